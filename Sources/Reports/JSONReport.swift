import NetworkMap
import Wording

/// The machine-readable report: the schema `network-map/report@1` of DESIGN.md.
///
/// Field names are stable; measures that are undefined are `null`; ids are the actors' ids
/// (pseudonyms for private persons unless the caller analysed the network with names shown).
public enum JSONReport {
    public static let schema = "network-map/report@1"

    /// The whole report as a JSON document.
    ///
    /// `language` sets the wording of descriptions and reasons.
    public static func document(_ analysis: Analysis, language: Language = .en) -> JSONValue {
        let s = Strings(language, analysis: analysis)
        let network = analysis.network
        let id = { (v: Int) in JSONValue.string(network.actors[v].id) }
        let ids = { (vs: [Int]) in JSONValue.array(vs.map(id)) }
        let graph = analysis.graph
        let n = graph.nodeCount

        let summary: JSONValue = .object([
            ("actors", .int(n)),
            ("ties", .int(network.ties.count)),
            ("linkedPairs", .int(graph.edgeCount)),
            ("density", .number(graph.density)),
            ("components", .int(analysis.components.count)),
            ("isolates", .int(analysis.isolates.count)),
            ("averageDegree", .number(n == 0 ? 0 : 2 * Double(graph.edgeCount) / Double(n))),
            ("modularity", .number(analysis.modularity)),
            ("fragmentation", .number(analysis.fragmentation)),
        ])

        let actors: [JSONValue] = analysis.measures.enumerated().map { v, m in
            let actor = network.actors[v]
            return .object([
                ("id", .string(actor.id)),
                ("name", .string(actor.name)),
                ("type", .string(actor.type.rawValue)),
                ("degree", .int(m.degree)),
                ("betweenness", .number(m.betweenness)),
                ("weightedBetweenness", .number(m.weightedBetweenness)),
                ("closeness", .number(m.closeness)),
                ("harmonic", .number(m.harmonic)),
                ("pagerank", .number(m.pagerank)),
                ("eigenvector", .number(m.eigenvector)),
                ("constraint", .number(m.constraint)),
                ("effectiveSize", .number(m.effectiveSize)),
                ("coreNumber", .int(m.coreNumber)),
                ("component", .int(m.component)),
                ("community", .int(m.community)),
                ("articulationPoint", .bool(m.isArticulationPoint)),
                ("fragmentationIncrease", .number(m.fragmentationIncrease)),
                ("brokerage", .object(BrokerageRole.allCases.map { ($0.rawValue, .int(m.brokerage[$0])) })),
            ])
        }

        let components: [JSONValue] = analysis.components.enumerated().map { c, members in
            .object([("id", .int(c)), ("size", .int(members.count)), ("members", ids(members))])
        }
        let communities: [JSONValue] = analysis.communitySummaries.map { c in
            .object([
                ("id", .int(c.id)), ("members", ids(c.members)), ("internalTies", .int(c.internalTies)),
                ("externalTies", .int(c.externalTies)), ("eiIndex", .number(c.eiIndex)),
            ])
        }
        var typeMixing: [JSONValue] = []
        for a in analysis.types.indices {
            for b in analysis.types.indices where b >= a {
                typeMixing.append(.object([
                    ("from", .string(analysis.types[a].rawValue)), ("to", .string(analysis.types[b].rawValue)),
                    ("ties", .int(analysis.typeMixing.ties(a, b))), ("density", .number(analysis.typeMixing.density(a, b))),
                ]))
            }
        }
        let gaps: [JSONValue] = analysis.gaps.map { gap in
            .object([
                ("kind", .string(gap.kind.rawValue)), ("severity", .string(gap.severity.rawValue)),
                ("description", .string(s.describe(gap))), ("actors", ids(gap.actors)),
            ])
        }
        let introductions: [JSONValue] = analysis.introductions().map { intro in
            .object([
                ("source", id(intro.source)), ("target", id(intro.target)), ("gain", .number(intro.gain)),
                ("pairsConnected", .int(intro.pairsConnected)), ("reason", .string(s.reason(intro))),
            ])
        }
        let home: JSONValue = analysis.homeDependency.map { d in
            .object([
                ("id", id(d.actor)), ("pathShare", .number(d.pathShare)), ("rank", .int(d.rank)),
                ("componentsWithout", .int(d.componentsWithout)), ("cutOff", ids(d.cutOff)),
                ("fragmentationWithout", .number(d.fragmentationWithout)), ("onlyTiedToHome", ids(d.onlyTiedToHome)),
                ("description", .string(s.homeSentence(d))),
            ])
        } ?? .null
        let stakeholders: [JSONValue] = analysis.stakeholderFindings.stakeholders.map { st in
            .object([
                ("id", id(st.actor)), ("influence", .number(st.influence)), ("interest", .number(st.interest)),
                ("attitude", st.attitude.map { .string($0.rawValue) } ?? .null),
                ("quadrant", st.quadrant.map { .string($0.rawValue) } ?? .null),
                ("flags", .array(st.flags.map { .string($0.rawValue) })),
            ])
        }
        let sampling: JSONValue = analysis.sampling.map {
            .object([("samples", .int($0.samples)), ("expectedRelativeError", .number($0.expectedRelativeError))])
        } ?? .null

        return .object([
            ("schema", .string(schema)),
            ("network", .object([
                ("name", .string(network.name)),
                ("date", network.date.map { .string($0.description) } ?? .null),
            ])),
            ("summary", summary),
            ("actors", .array(actors)),
            ("components", .array(components)),
            ("isolates", ids(analysis.isolates)),
            ("articulationPoints", ids(analysis.articulationPoints)),
            ("bridges", .array(analysis.bridges.map { .array([id($0.u), id($0.v)]) })),
            ("communities", .array(communities)),
            ("typeMixing", .array(typeMixing)),
            ("gaps", .array(gaps)),
            ("introductions", .array(introductions)),
            ("home", home),
            ("stakeholders", .array(stakeholders)),
            ("sampling", sampling),
            ("cautions", .array(analysis.cautions.map { .string(s.caution($0)) })),
        ])
    }

    /// The report as text, ending with a newline.
    public static func render(_ analysis: Analysis, language: Language = .en) -> String {
        document(analysis, language: language).rendered() + "\n"
    }
}
