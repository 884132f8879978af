/// A community with its ties inside and outside and how it hangs on the rest.
public struct CommunitySummary: Sendable, Hashable {
    public let id: Int
    public let members: [Int]
    public let internalTies: Int
    public let externalTies: Int
    /// Krackhardt & Stern's E-I index: (external − internal) / (external + internal); `nil` without ties.
    public let eiIndex: Double?
    /// Set when every external tie of the community leaves through this one member.
    public let attachedThrough: Int?
    /// True when the community has exactly one tie to the rest.
    public let attachedByOneTie: Bool
}

/// Groups apart from the main network, and groups that hang on a thread.
public struct IsolatedGroups: Sendable, Hashable {
    /// Components apart from the main one with two or more actors (indices into ``Analysis/components``).
    public let detachedComponents: [Int]
    /// Actors without any tie.
    public let isolates: [Int]
    /// Communities that hang on one actor or one tie.
    public let looselyAttached: [CommunitySummary]
    /// Actors in the main network with a single contact.
    public let peripheral: [Int]
}

extension Analysis {
    /// Each community with its internal and external ties, E-I index and attachment.
    public var communitySummaries: [CommunitySummary] {
        communities.groups.enumerated().map { id, members in
            var internalTies = 0, externalTies = 0
            var exits = Set<Int>()
            for v in members {
                for w in graph.neighbors(of: v) {
                    if communities.membership[Int(w)] == id { internalTies += 1 } else { externalTies += 1; exits.insert(v) }
                }
            }
            internalTies /= 2
            let total = internalTies + externalTies
            let ei = total == 0 ? nil : Double(externalTies - internalTies) / Double(total)
            return CommunitySummary(
                id: id, members: members, internalTies: internalTies, externalTies: externalTies, eiIndex: ei,
                attachedThrough: exits.count == 1 && members.count >= 2 ? exits.first : nil,
                attachedByOneTie: externalTies == 1)
        }
    }

    /// Components apart from the main one, isolates, loosely attached communities and peripheral actors.
    public var isolatedGroups: IsolatedGroups {
        let detached = components.indices.dropFirst().filter { components[$0].count >= 2 }
        let main = Set(mainComponent)
        let loose = communitySummaries.filter { summary in
            summary.members.count >= 2 && summary.externalTies > 0 && main.contains(summary.members[0])
                && (summary.attachedThrough != nil || summary.attachedByOneTie)
        }
        let peripheral = mainComponent.filter { graph.degree(of: $0) == 1 }
        return IsolatedGroups(detachedComponents: Array(detached), isolates: isolates,
                              looselyAttached: loose, peripheral: peripheral)
    }

    /// Where the numbers need care, in plain words for the reader.
    public var cautions: [Caution] {
        var result: [Caution] = []
        let n = graph.nodeCount
        if n < 30 { result.append(.smallNetwork(actors: n)) }
        if !isolates.isEmpty { result.append(.isolatesMayBeMissingData(count: isolates.count)) }
        if let sampling { result.append(.sampled(sampling)) }
        if graph.edgeCount > 0 && modularity < 0.3 && communities.count > 1 { result.append(.weakCommunities(modularity: modularity)) }
        if graph.edgeCount == 0 && n > 0 { result.append(.noTies) }
        if withheldTies > 0 { result.append(.withheldTies(count: withheldTies)) }
        if inactiveTies > 0 { result.append(.inactiveTies(count: inactiveTies)) }
        if let evidence = tieEvidence(), evidence.resting > 0 { result.append(.unconfirmedTies(evidence)) }
        return result
    }
}

/// A reason to read a number with care.
public enum Caution: Sendable, Hashable {
    /// Below 30 actors one tie more or less moves the measures a lot.
    case smallNetwork(actors: Int)
    /// Actors without recorded ties are often missing data rather than isolated people.
    case isolatesMayBeMissingData(count: Int)
    /// Betweenness and closeness were estimated from sampled sources.
    case sampled(SamplingNote)
    /// The communities found are weak (low modularity): groups blur into each other.
    case weakCommunities(modularity: Double)
    /// No ties recorded at all.
    case noTies
    /// Ties of private persons to faith, origin or political organisations left out (GDPR).
    case withheldTies(count: Int)
    /// Ties that ended before the data's date (or begin after it) and do not count.
    case inactiveTies(count: Int)
    /// A merged network's ties that rest on one side's word, and the brokers that depend on one-sided ones.
    case unconfirmedTies(TieEvidence)
}
