import Foundation
import NetworkMap
import Wording

/// The machine-readable report: the schema `network-map/report@1` of DESIGN.md.
///
/// Field names are stable; measures that are undefined are `null`; ids are the actors' ids
/// (pseudonyms for private persons unless the caller analysed the network with names shown).
public enum JSONReport {
    public static let schema = "network-map/report@1"

    /// The report as text, ending with a newline.
    ///
    /// `language` sets the wording of descriptions and reasons. Written straight into one buffer
    /// (``JSONWriter``), in the layout of ``JSONValue``, without building a tree of values first.
    public static func render(_ analysis: Analysis, language: Language = .en) -> String {
        String(decoding: utf8(analysis, language: language), as: UTF8.self)
    }

    /// The same report as UTF-8 bytes, for writing to a file: at city scale the text is about 100 MB, and
    /// going through a `String` would hold it twice more.
    public static func data(_ analysis: Analysis, language: Language = .en) -> Data {
        Data(utf8(analysis, language: language))
    }

    private static func utf8(_ analysis: Analysis, language: Language) -> [UInt8] {
        let s = Strings(language, analysis: analysis)
        let network = analysis.network
        let graph = analysis.graph
        let n = graph.nodeCount
        // About 940 bytes per actor on the benchmark's networks: reserved at once, so that the buffer never
        // grows by copying (pages reserved and not written cost no memory).
        var w = JSONWriter(capacity: 1_200 * n + 4_096)
        func id(_ v: Int) { w.string(network.actors[v].id) }
        func ids(_ vs: [Int]) {
            w.beginArray(inline: true)
            for v in vs { id(v) }
            w.endArray()
        }

        w.beginObject()
        w.key("schema"); w.string(schema)
        w.key("network")
        w.beginObject()
        w.key("name"); w.string(network.name)
        w.key("date")
        if let date = network.date { w.string(date.description) } else { w.null() }
        w.endObject()

        w.key("summary")
        w.beginObject()
        w.key("actors"); w.int(n)
        w.key("ties"); w.int(network.ties.count)
        w.key("linkedPairs"); w.int(graph.edgeCount)
        w.key("density"); w.number(graph.density)
        w.key("components"); w.int(analysis.components.count)
        w.key("isolates"); w.int(analysis.isolates.count)
        w.key("averageDegree"); w.number(n == 0 ? 0 : 2 * Double(graph.edgeCount) / Double(n))
        w.key("modularity"); w.number(analysis.modularity)
        w.key("fragmentation"); w.number(analysis.fragmentation)
        w.endObject()

        w.key("actors")
        w.beginArray(inline: analysis.measures.isEmpty)
        for (v, m) in analysis.measures.enumerated() {
            let actor = network.actors[v]
            w.beginObject()
            w.key("id"); w.string(actor.id)
            w.key("name"); w.string(actor.name)
            w.key("type"); w.string(actor.type.rawValue)
            w.key("degree"); w.int(m.degree)
            w.key("betweenness"); w.number(m.betweenness)
            w.key("weightedBetweenness"); w.number(m.weightedBetweenness)
            w.key("closeness"); w.number(m.closeness)
            w.key("harmonic"); w.number(m.harmonic)
            w.key("pagerank"); w.number(m.pagerank)
            w.key("eigenvector"); w.number(m.eigenvector)
            w.key("constraint"); w.number(m.constraint)
            w.key("effectiveSize"); w.number(m.effectiveSize)
            w.key("coreNumber"); w.int(m.coreNumber)
            w.key("component"); w.int(m.component)
            w.key("community"); w.int(m.community)
            w.key("articulationPoint"); w.bool(m.isArticulationPoint)
            w.key("fragmentationIncrease"); w.number(m.fragmentationIncrease)
            w.key("brokerage")
            w.beginObject()
            for role in BrokerageRole.allCases {
                w.key(role.rawValue); w.int(m.brokerage[role])
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()

        w.key("components")
        w.beginArray(inline: analysis.components.isEmpty)
        for (c, members) in analysis.components.enumerated() {
            w.beginObject()
            w.key("id"); w.int(c)
            w.key("size"); w.int(members.count)
            w.key("members"); ids(members)
            w.endObject()
        }
        w.endArray()
        w.key("isolates"); ids(analysis.isolates)
        w.key("articulationPoints"); ids(analysis.articulationPoints)
        w.key("bridges")
        w.beginArray(inline: analysis.bridges.isEmpty)
        for bridge in analysis.bridges { ids([bridge.u, bridge.v]) }
        w.endArray()

        let communities = analysis.communitySummaries
        w.key("communities")
        w.beginArray(inline: communities.isEmpty)
        for c in communities {
            w.beginObject()
            w.key("id"); w.int(c.id)
            w.key("members"); ids(c.members)
            w.key("internalTies"); w.int(c.internalTies)
            w.key("externalTies"); w.int(c.externalTies)
            w.key("eiIndex"); w.number(c.eiIndex)
            w.endObject()
        }
        w.endArray()

        w.key("typeMixing")
        w.beginArray(inline: analysis.types.isEmpty)
        for a in analysis.types.indices {
            for b in analysis.types.indices where b >= a {
                w.beginObject()
                w.key("from"); w.string(analysis.types[a].rawValue)
                w.key("to"); w.string(analysis.types[b].rawValue)
                w.key("ties"); w.int(analysis.typeMixing.ties(a, b))
                w.key("density"); w.number(analysis.typeMixing.density(a, b))
                w.endObject()
            }
        }
        w.endArray()

        w.key("gaps")
        w.beginArray(inline: analysis.gaps.isEmpty)
        for gap in analysis.gaps {
            w.beginObject()
            w.key("kind"); w.string(gap.kind.rawValue)
            w.key("severity"); w.string(gap.severity.rawValue)
            w.key("description"); w.string(s.describe(gap))
            w.key("actors"); ids(gap.actors)
            w.endObject()
        }
        w.endArray()

        let introductions = analysis.introductions()
        w.key("introductions")
        w.beginArray(inline: introductions.isEmpty)
        for intro in introductions {
            w.beginObject()
            w.key("source"); id(intro.source)
            w.key("target"); id(intro.target)
            w.key("gain"); w.number(intro.gain)
            w.key("pairsConnected"); w.int(intro.pairsConnected)
            w.key("reason"); w.string(s.reason(intro))
            w.endObject()
        }
        w.endArray()

        w.key("home")
        if let d = analysis.homeDependency {
            w.beginObject()
            w.key("id"); id(d.actor)
            w.key("pathShare"); w.number(d.pathShare)
            w.key("rank"); w.int(d.rank)
            w.key("componentsWithout"); w.int(d.componentsWithout)
            w.key("cutOff"); ids(d.cutOff)
            w.key("fragmentationWithout"); w.number(d.fragmentationWithout)
            w.key("onlyTiedToHome"); ids(d.onlyTiedToHome)
            w.key("description"); w.string(s.homeSentence(d))
            w.endObject()
        } else {
            w.null()
        }
        w.key("stakeholders")
        let stakeholders = analysis.stakeholderFindings.stakeholders
        w.beginArray(inline: stakeholders.isEmpty)
        for st in stakeholders {
            w.beginObject()
            w.key("id"); id(st.actor)
            w.key("influence"); w.number(st.influence)
            w.key("interest"); w.number(st.interest)
            w.key("attitude")
            if let attitude = st.attitude { w.string(attitude.rawValue) } else { w.null() }
            w.key("quadrant")
            if let quadrant = st.quadrant { w.string(quadrant.rawValue) } else { w.null() }
            w.key("flags")
            w.beginArray(inline: true)
            for flag in st.flags { w.string(flag.rawValue) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("sampling")
        if let sampling = analysis.sampling {
            w.beginObject()
            w.key("samples"); w.int(sampling.samples)
            w.key("expectedRelativeError"); w.number(sampling.expectedRelativeError)
            w.endObject()
        } else {
            w.null()
        }
        w.key("cautions")
        w.beginArray(inline: true)
        for caution in analysis.cautions { w.string(s.caution(caution)) }
        w.endArray()
        w.endObject()
        return w.finish()
    }
}
