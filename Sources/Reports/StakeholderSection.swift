import NetworkMap
import Wording

extension FindingsSections {
    /// Influence and network position: how the rated actors fall into the four fields of the stakeholder
    /// matrix, and where ratings and network position disagree (``NetworkMap/StakeholderFindings``), each finding
    /// with its rule and the actors that have it.
    public func stakeholders(level: Int = 2) -> TextDocument {
        var doc = TextDocument()
        let p = s.phrases
        doc.heading(level, p.stakeholderHeading)
        let findings = analysis.stakeholderFindings
        let rated = findings.rated
        guard !rated.isEmpty else {
            doc.paragraph(p.noRatings)
            return doc
        }
        doc.paragraph(p.stakeholderIntro(rated: rated.count, actors: analysis.graph.nodeCount))
        var rank = [Int](repeating: Int.max, count: analysis.graph.nodeCount)
        for (k, v) in analysis.actorsByBetweenness.enumerated() { rank[v] = k }
        let rows = Quadrant.allCases.map { quadrant -> [String] in
            let members = findings.members(of: quadrant).map(\.actor).sorted { rank[$0] < rank[$1] }
            let highInfluence = quadrant == .keyPlayer || quadrant == .keepSatisfied
            let highInterest = quadrant == .keyPlayer || quadrant == .keepInformed
            return [p.quadrant(quadrant), p.ratingLevel(high: highInfluence), p.ratingLevel(high: highInterest),
                    String(members.count), members.isEmpty ? "–" : s.names(Array(members.prefix(3)))]
        }
        doc.table(p.stakeholderTableHeader, rows, alignRight: [3])
        let thresholds = findings.thresholds
        doc.bullets(StakeholderFlag.allCases.map { flag in
            let entries = findings.flagged(flag).map { p.flagEntry(flag, facts($0)) }
            return p.stakeholderFinding(flag, rule: p.flagRule(flag, topBrokers: thresholds.topBrokerCount,
                                                               fewTies: thresholds.fewTiesDegree),
                                        entries: entries.isEmpty ? nil : s.list(entries, limit: 8))
        })
        let unrated = findings.unrated.map(\.actor)
        if !unrated.isEmpty { doc.paragraph(p.unratedActors(count: unrated.count, names: s.names(unrated, limit: 12))) }
        return doc
    }

    /// The numbers a finding's entry may name, formatted in the report's language.
    func facts(_ stakeholder: Stakeholder) -> StakeholderFacts {
        func rating(_ value: Double?) -> String? {
            value.map { s.decimal($0, digits: $0 == $0.rounded() ? 0 : 1) }
        }
        return StakeholderFacts(name: s.name(stakeholder.actor), brokerRank: stakeholder.brokerRank,
                                influence: rating(stakeholder.influence), interest: rating(stakeholder.interest),
                                degree: stakeholder.degree, isInMainNetwork: stakeholder.isInMainNetwork)
    }
}
