import NetworkMap

extension English {
    // MARK: What if

    public var whatIfTitle: String { "What if …" }

    public func scenario(removed: String?, added: String?, addedCount: Int) -> String {
        var parts: [String] = []
        if let removed { parts.append("Without " + removed) }
        if let added { parts.append("with the new \(addedCount == 1 ? "tie" : "ties") \(added)") }
        guard !parts.isEmpty else { return "No change given." }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    public var scenarioOverviewHeading: String { "Overview" }
    public var beforeAfterHeader: [String] { ["", "before", "after"] }

    public func row(_ row: ScenarioRow) -> String {
        switch row {
        case .actors: return "Actors"
        case .ties: return "Ties"
        case .linkedPairs: return "Linked pairs"
        case .components: return "Separate parts"
        case .isolates: return "Actors without ties"
        case .main: return "Largest connected part"
        case .fragmentation: return "Fragmentation (share of pairs not connected)"
        case .density: return "Density"
        }
    }

    public var cutOffHeading: String { "Who is cut off" }

    public func cutOffSentence(lead: String, members: Int, others: String, mainSize: Int) -> String {
        if members == 1 { return "**\(lead)** loses every path to the rest of the network (\(mainSize) actors)." }
        return "**Group around \(lead)** (\(members) actors: \(lead), \(others)) loses every path to the rest of the network (\(mainSize) actors)."
    }

    public var nobodyCutOff: String {
        "Nobody is cut off: all remaining actors of the main network can still reach each other."
    }

    public func newlyIsolatedSentence(_ names: String) -> String { "Left without any tie: \(names)." }

    public func pairsSentence(lost: Int, gained: Int) -> String {
        var bits: [String] = []
        if lost > 0 { bits.append("\(lost) pairs of actors who could reach each other no longer can") }
        if gained > 0 { bits.append("\(gained) pairs who could not reach each other now can") }
        guard !bits.isEmpty else { return "Who can reach whom does not change." }
        return list(bits) + "."
    }

    public var mendsHeading: String { "What the new ties mend" }

    public func reconnectedSentence(_ names: String?) -> String {
        guard let names else { return "The new ties bring nobody new into the main network; they shorten paths." }
        return "Newly joined to the main network: \(names)."
    }

    public func keptSentence(count: Int, names: String) -> String {
        "The planned ties keep \(count) actors in the network who would be cut off without them: \(names)."
    }

    public func alreadyLinkedSentence(_ pairs: String) -> String { "Already linked (changes nothing): \(pairs)." }
    public func ignoredSentence(_ pairs: String) -> String { "Left out because one of the two leaves: \(pairs)." }
    public var reachHeading: String { "Reach by actor type" }
    public var reachCommunityHeading: String { "Reach by group" }
    public var reachExplanation: String {
        "Share of the other actors a member of the group can reach by any path (mean), before and after."
    }
    public var reachHeader: [String] { ["Group", "Members", "Remaining", "Before", "After", "Change"] }
    public func points(sign: String, number: String) -> String { "\(sign)\(number) pp" }

    // MARK: Diff

    public var diffTitlePrefix: String { "What changed: " }
    public var actorsHeading: String { "Actors" }
    public var tiesHeading: String { "Ties" }
    public func addedLabel(_ count: Int) -> String { "Added (\(count))" }
    public func lostLabel(_ count: Int) -> String { "Lost (\(count))" }
    public var noActorChange: String { "No actor added or lost." }
    public var noTieChange: String { "No tie added or lost." }
    public var movedHeading: String { "Who gained or lost weight" }
    public var betweennessExplanation: String { "Betweenness: the share of shortest paths between others that run through the actor." }
    public var movedHeader: [String] { ["Actor", "Before", "After", "Change"] }
    public var contactsExplanation: String { "Number of contacts (distinct linked actors):" }
    public var diffGapsHeading: String { "Gaps" }
    public func gapsClosedLabel(_ count: Int) -> String { "**Closed (\(count)):**" }
    public func gapsOpenedLabel(_ count: Int) -> String { "**Opened (\(count)):**" }
    public func gapsRemainingSentence(_ count: Int) -> String {
        "\(count) \(count == 1 ? "gap remains" : "gaps remain") (`network-map gaps` lists them)."
    }
    public var noGapChange: String { "No gap closed or opened." }
    public var diffIntroductionsHeading: String { "Suggested introductions that happened" }
    public func introductionsMadeSentence(made: Int, suggested: Int) -> String {
        "\(made) of the \(suggested) introductions suggested for the old snapshot are now linked."
    }
    public func moreItems(_ count: Int) -> String { "… and \(count) more" }
}
