extension Analysis {
    /// How many ties rest on one side's word in a merged network, and the brokers whose place depends on the
    /// one-sided ones; `nil` when no tie carries a confirmation (a network not merged from interviews).
    ///
    /// A broker's place depends on one-sided ties when it is among the top `top` brokers and falls out of
    /// them once the one-sided ties (the other side was interviewed and did not name them) are left out.
    /// Betweenness is computed again for that network, sampled as the analysis was. O(s |E|).
    public func tieEvidence(top: Int = 10) -> TieEvidence? {
        let ties = network.ties
        guard ties.contains(where: { $0.confirmation != nil }) else { return nil }
        var counts = ConfirmationCounts()
        for tie in ties { if let c = tie.confirmation { counts[c] += 1 } }
        var dependent: [Int] = []
        let brokers = self.brokers(top: top).map(\.actor)
        if counts.oneSided > 0 && !brokers.isEmpty {
            var without = network
            without.ties.removeAll { $0.confirmation == .oneSided }
            let graph = Graph(without)
            let samples = options.sampleCount(nodeCount: graph.nodeCount, edgeCount: graph.edgeCount)
            let betweenness = graph.betweenness(samples: samples, seed: options.seed)
            let ranked = betweenness.indices.filter { betweenness[$0] > 0 }.sorted { a, b in
                betweenness[a] != betweenness[b] ? betweenness[a] > betweenness[b] : a < b
            }
            let kept = Set(ranked.prefix(top))
            dependent = brokers.filter { !kept.contains($0) }
        }
        return TieEvidence(counts: counts, withoutConfirmation: ties.count - counts.total,
                           brokersDependingOnOneSided: dependent.map { network.actors[$0].name })
    }
}

/// How sure the ties of a merged network are (see ``Analysis/tieEvidence(top:)``).
public struct TieEvidence: Sendable, Hashable {
    public var counts: ConfirmationCounts
    /// Ties without a confirmation (added by hand after the merge).
    public var withoutConfirmation: Int
    /// The names (as the analysed network has them) of top brokers that are top brokers only through one-sided ties.
    public var brokersDependingOnOneSided: [String]

    /// Ties that rest on one side's word: one-sided and unverifiable ones.
    public var resting: Int { counts.oneSided + counts.unverifiable }
}
