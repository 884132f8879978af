/// The four fields of the power/interest grid (Mendelow 1991; Eden and Ackermann 1998, who call them players,
/// context setters, subjects and crowd), named as practitioners name what to do with each.
public enum Quadrant: String, Sendable, Hashable, CaseIterable {
    /// High influence, high interest: manage closely ("Eng einbinden"; Eden and Ackermann's players).
    case keyPlayer
    /// High influence, low interest: keep satisfied ("Zufriedenstellen"; context setters).
    case keepSatisfied
    /// Low influence, high interest: keep informed ("Informieren"; subjects).
    case keepInformed
    /// Low influence, low interest: monitor ("Beobachten"; the crowd).
    case monitor

    /// The field of a rating: a value at or above ``StakeholderThresholds/scaleMiddle`` counts as high.
    public init(influence: Double, interest: Double, middle: Double = StakeholderThresholds.scaleMiddle) {
        switch (influence >= middle, interest >= middle) {
        case (true, true): self = .keyPlayer
        case (true, false): self = .keepSatisfied
        case (false, true): self = .keepInformed
        case (false, false): self = .monitor
        }
    }
}

/// Where an actor's ratings and its place in the network disagree: what a stakeholder matrix makes visible.
public enum StakeholderFlag: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Among the top brokers by betweenness, but rated below the middle in influence.
    case hiddenBroker
    /// Rated at or above the middle in influence, but with few ties or outside the main network.
    case powerfulButPeripheral
    /// Opposed, and rated at or above the middle in influence or among the top brokers.
    case opponentWithReach
    /// Supportive and rated at or above the middle in interest, but with few ties.
    case supporterNotInvolved

    public static func < (a: StakeholderFlag, b: StakeholderFlag) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// The thresholds behind every ``StakeholderFlag``, fixed for the scale and taken from the network's own
/// distribution, so that a reader can check each finding by hand.
///
/// - The rating scale runs from 0 to 10; its middle is 5. A rating **at or above 5 is high**, below 5 low.
///   The quadrant lines of the matrix lie at 5.
/// - **Top brokers** are the `max(5, ⌈5 % of the actors⌉)` actors with the highest betweenness (ties broken as
///   ``Analysis/actorsByBetweenness`` breaks them), counting only actors with a betweenness above 0: 8 of the 147
///   actors of the example quarter, 5 of a network of up to 100 actors.
/// - **Few ties** means a degree (distinct contacts) of at most 1, or below the network's lower quartile of
///   degree (the ⌈n/4⌉-th smallest degree, nearest rank): in the example quarter, whose lower quartile is 2,
///   at most 1 contact.
/// - **Outside the main network** means not in the largest component.
public struct StakeholderThresholds: Sendable, Hashable {
    /// The middle of the 0-10 rating scale: ratings at or above it are high.
    public static let scaleMiddle = 5.0
    /// The share of actors counted as top brokers, and the least number counted.
    public static let topBrokerShare = 0.05
    public static let topBrokerMinimum = 5

    /// How many actors count as top brokers in this network (fewer when fewer have any betweenness).
    public let topBrokerCount: Int
    /// The top brokers, most central first.
    public let topBrokers: [Int]
    /// The lower quartile of degree (nearest rank), 0 for an empty network.
    public let lowerQuartileDegree: Int
    /// The largest degree that counts as few ties: `max(1, lowerQuartileDegree - 1)`.
    public let fewTiesDegree: Int

    /// The thresholds of one analysed network.
    ///
    /// - Complexity: O(n log n).
    public init(_ analysis: Analysis) {
        let n = analysis.graph.nodeCount
        let count = max(Self.topBrokerMinimum, Int((Self.topBrokerShare * Double(n)).rounded(.up)))
        topBrokerCount = count
        topBrokers = Array(analysis.actorsByBetweenness.filter { analysis.measures[$0].betweenness > 0 }.prefix(count))
        let degrees = analysis.measures.map(\.degree).sorted()
        let quartile = degrees.isEmpty ? 0 : degrees[max(0, Int((Double(n) / 4).rounded(.up)) - 1)]
        lowerQuartileDegree = quartile
        fewTiesDegree = max(1, quartile - 1)
    }
}

/// One actor as the stakeholder matrix sees it: its ratings, its field, and what stands out.
public struct Stakeholder: Sendable, Hashable {
    /// Index into the analysed network's actors.
    public let actor: Int
    /// 0-10, `nil` when not rated.
    public let influence: Double?
    public let interest: Double?
    public let attitude: Attitude?
    /// The field of the matrix; `nil` unless both influence and interest are rated.
    public let quadrant: Quadrant?
    /// What stands out, in ``StakeholderFlag`` order.
    public let flags: [StakeholderFlag]
    /// Rank among the top brokers (1 = most central), `nil` when not among them.
    public let brokerRank: Int?
    public let degree: Int
    public let isInMainNetwork: Bool

    /// Whether the actor has both ratings the matrix places it by.
    public var isRated: Bool { quadrant != nil }
}

/// The stakeholder matrix's findings for a whole network: every actor's field and flags, and the thresholds.
///
/// Hidden brokers are central actors everyone underrates; powerful but peripheral actors have a say but
/// hardly any contacts; opponents with reach can carry their opposition far; supporters not yet involved are
/// the cheapest new partners. See ``StakeholderThresholds`` for the exact rules.
public struct StakeholderFindings: Sendable, Hashable {
    public let thresholds: StakeholderThresholds
    /// One per actor, in the analysed network's order.
    public let stakeholders: [Stakeholder]

    /// The findings of an analysed network.
    ///
    /// - Complexity: O(n log n).
    public init(_ analysis: Analysis) {
        let thresholds = StakeholderThresholds(analysis)
        self.thresholds = thresholds
        let middle = StakeholderThresholds.scaleMiddle
        var rank: [Int: Int] = [:]
        for (k, v) in thresholds.topBrokers.enumerated() { rank[v] = k + 1 }
        let main = Set(analysis.mainComponent)
        stakeholders = analysis.network.actors.enumerated().map { v, actor in
            let degree = analysis.measures[v].degree
            let fewTies = degree <= thresholds.fewTiesDegree
            let inMain = main.contains(v)
            let highInfluence = actor.influence.map { $0 >= middle }
            let highInterest = actor.interest.map { $0 >= middle }
            var flags: [StakeholderFlag] = []
            if rank[v] != nil, highInfluence == false { flags.append(.hiddenBroker) }
            if highInfluence == true, fewTies || !inMain { flags.append(.powerfulButPeripheral) }
            if actor.attitude == .opposed, highInfluence == true || rank[v] != nil { flags.append(.opponentWithReach) }
            if actor.attitude == .supportive, highInterest == true, fewTies { flags.append(.supporterNotInvolved) }
            var quadrant: Quadrant?
            if let influence = actor.influence, let interest = actor.interest {
                quadrant = Quadrant(influence: influence, interest: interest, middle: middle)
            }
            return Stakeholder(actor: v, influence: actor.influence, interest: actor.interest, attitude: actor.attitude,
                               quadrant: quadrant, flags: flags, brokerRank: rank[v], degree: degree,
                               isInMainNetwork: inMain)
        }
    }

    /// The actors with both ratings, in input order.
    public var rated: [Stakeholder] { stakeholders.filter(\.isRated) }

    /// The actors the matrix cannot place (influence or interest missing), in input order.
    public var unrated: [Stakeholder] { stakeholders.filter { !$0.isRated } }

    /// The actors with a flag, the most telling first: top brokers by rank, then by influence (highest first),
    /// then in input order.
    public func flagged(_ flag: StakeholderFlag) -> [Stakeholder] {
        stakeholders.filter { $0.flags.contains(flag) }.sorted { a, b in
            let x = (a.brokerRank ?? Int.max, -(a.influence ?? -1), a.actor)
            let y = (b.brokerRank ?? Int.max, -(b.influence ?? -1), b.actor)
            return x < y
        }
    }

    /// The rated actors of one field, in input order.
    public func members(of quadrant: Quadrant) -> [Stakeholder] { stakeholders.filter { $0.quadrant == quadrant } }
}

extension Analysis {
    /// Ratings and network position together: the stakeholder matrix's fields and flags (``StakeholderFindings``).
    public var stakeholderFindings: StakeholderFindings { StakeholderFindings(self) }
}
