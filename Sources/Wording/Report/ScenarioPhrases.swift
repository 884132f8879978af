import NetworkMap

/// The words of the what-if and diff reports, in one language.
public protocol ScenarioPhrases {
    // MARK: What if

    var whatIfTitle: String { get }
    /// Who leaves (`removed`, a list of names) and which planned ties come (`added`, a list of pairs, `addedCount`
    /// of them), as one sentence; "no change given" when both are nil.
    func scenario(removed: String?, added: String?, addedCount: Int) -> String
    var scenarioOverviewHeading: String { get }
    var beforeAfterHeader: [String] { get }
    func row(_ row: ScenarioRow) -> String
    var cutOffHeading: String { get }
    /// A cut-off group: its lead actor alone, or the lead and `others` (a list, `members` in all).
    func cutOffSentence(lead: String, members: Int, others: String, mainSize: Int) -> String
    var nobodyCutOff: String { get }
    func newlyIsolatedSentence(_ names: String) -> String
    func pairsSentence(lost: Int, gained: Int) -> String
    var mendsHeading: String { get }
    /// `names` nil: nobody is newly joined.
    func reconnectedSentence(_ names: String?) -> String
    func keptSentence(count: Int, names: String) -> String
    func alreadyLinkedSentence(_ pairs: String) -> String
    func ignoredSentence(_ pairs: String) -> String
    var reachHeading: String { get }
    var reachCommunityHeading: String { get }
    var reachExplanation: String { get }
    var reachHeader: [String] { get }
    /// A change of a share in percentage points, from its sign and number: "+3,5 Pp." / "−12.0 pp".
    func points(sign: String, number: String) -> String

    // MARK: Diff

    /// "Was hat sich verändert: " before the two snapshots' labels.
    var diffTitlePrefix: String { get }
    var actorsHeading: String { get }
    var tiesHeading: String { get }
    func addedLabel(_ count: Int) -> String
    func lostLabel(_ count: Int) -> String
    var noActorChange: String { get }
    var noTieChange: String { get }
    var movedHeading: String { get }
    var betweennessExplanation: String { get }
    var movedHeader: [String] { get }
    var contactsExplanation: String { get }
    var diffGapsHeading: String { get }
    func gapsClosedLabel(_ count: Int) -> String
    func gapsOpenedLabel(_ count: Int) -> String
    func gapsRemainingSentence(_ count: Int) -> String
    var noGapChange: String { get }
    var diffIntroductionsHeading: String { get }
    func introductionsMadeSentence(made: Int, suggested: Int) -> String
    /// What ends a list of changes cut short: "… und 3 weitere".
    func moreItems(_ count: Int) -> String
}

/// The rows of the before-and-after tables of what-if and diff.
public enum ScenarioRow: Sendable {
    case actors, ties, linkedPairs, components, isolates, main, fragmentation, density
}

extension Strings {
    public var whatIfTitle: String { phrases.whatIfTitle }

    /// The scenario in one sentence: who leaves, which ties are new.
    ///
    /// "Ohne A und B; mit den neuen Beziehungen C – D." / "Without A and B; with the new ties C – D."
    public func scenario(removed: [Int], added: [PlannedTie]) -> String {
        phrases.scenario(removed: removed.isEmpty ? nil : names(removed, limit: 12),
                         added: added.isEmpty ? nil : pairs(added, limit: 12), addedCount: added.count)
    }

    /// "A – B, C – D": planned ties by the names of their two actors.
    func pairs(_ ties: [PlannedTie], limit: Int = 6) -> String {
        list(ties.map { "\(name($0.source)) – \(name($0.target))" }, limit: limit)
    }

    /// A cut-off group, named by its best-connected member.
    public func cutOffSentence(_ group: CutOffGroup, mainSize: Int) -> String {
        phrases.cutOffSentence(lead: name(group.lead), members: group.members.count,
                               others: names(group.members.filter { $0 != group.lead }, limit: 10), mainSize: mainSize)
    }

    public func newlyIsolatedSentence(_ actors: [Int]) -> String { phrases.newlyIsolatedSentence(names(actors, limit: 12)) }

    public func reconnectedSentence(_ actors: [Int]) -> String {
        phrases.reconnectedSentence(actors.isEmpty ? nil : names(actors, limit: 12))
    }

    /// Actors who would be cut off by the departures alone and stay linked thanks to the planned ties.
    public func keptSentence(_ actors: [Int]) -> String { phrases.keptSentence(count: actors.count, names: names(actors, limit: 8)) }

    public func alreadyLinkedSentence(_ ties: [PlannedTie]) -> String { phrases.alreadyLinkedSentence(pairs(ties)) }

    public func ignoredSentence(_ ties: [PlannedTie]) -> String { phrases.ignoredSentence(pairs(ties)) }

    /// A change of a share in percentage points: "+3,5 Pp." / "−12.0 pp".
    public func points(_ delta: Double) -> String {
        let tenths = (abs(delta) * 1000).rounded()
        let sign = tenths == 0 ? "±" : (delta > 0 ? "+" : "−")
        return phrases.points(sign: sign, number: decimal(tenths / 10, digits: 1))
    }

    public func diffTitle(old: Network, new: Network) -> String {
        func label(_ n: Network) -> String { n.date.map { "\(user(n.name)) (\($0))" } ?? user(n.name) }
        return phrases.diffTitlePrefix + label(old) + " → " + label(new)
    }

    /// "A – B (Kooperation)" / "A – B (cooperation)".
    public func tieLabel(_ tie: Tie) -> String {
        "\(name(tie.source)) – \(name(tie.target)) (\(kindLabel(tie.kind)))"
    }
}
