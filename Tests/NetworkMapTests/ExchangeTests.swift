import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// The network without where it was read from, so that networks from different files compare equal.
private func stripped(_ network: Network) -> Network {
    var copy = network
    for i in copy.actors.indices { copy.actors[i].location = nil }
    for i in copy.ties.indices { copy.ties[i].location = nil }
    return copy
}

private func exchangeFixture(_ name: String) throws -> URL {
    let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return base.appendingPathComponent("exchange").appendingPathComponent(name)
}

/// The network written as it is (names shown), as `convert --show-private` writes it.
private func write(_ network: Network, _ format: ExchangeFormat) -> String {
    let shown = network.prepared(showingPrivateNames: true)
    return format == .graphml ? GraphMLWriter.document(shown) : GEXFWriter.document(shown)
}

@Suite("Exchange: GraphML and GEXF")
struct ExchangeTests {
    static let examples = ["muehlenviertel", "muehlenviertel-2026", "riverside"]

    @Test("Round trip keeps every field", arguments: examples, [ExchangeFormat.graphml, .gexf])
    func roundTrip(name: String, format: ExchangeFormat) throws {
        let network = try NetworkLoader.load(from: Repository.network(name)).network
        let text = write(network, format)
        let back = try ExchangeReader.read(Data(text.utf8), file: "x.\(format.rawValue)", format: format)
        #expect(stripped(back.network) == stripped(network))
        // Written again, the same bytes: nothing drifts.
        #expect(write(back.network, format) == text)
    }

    @Test("Round trip of a pseudonymised network, custom types and awkward text", arguments: [ExchangeFormat.graphml, .gexf])
    func awkward(format: ExchangeFormat) throws {
        let awkward = "A <b> & \"c\" 'd'\nline\ttab\r\\ ]]> é 🚲"
        let network = Network(
            name: awkward, date: Day(year: 2024, month: 2, day: 29), language: .en, home: "b", themes: [],
            customActorTypes: [CustomStyle(id: "werkstatt", labelDE: "Werkstatt", labelEN: nil, color: "#aabbcc", shape: "hexagon")],
            customTieKinds: [CustomStyle(id: "lends", labelEN: "lends to", shape: "dotted")], source: awkward,
            actors: [
                Actor(id: "a&<1>", name: awkward, type: .resident, themes: ["x", "y z"], influence: 2.25, interest: 0,
                      attitude: .opposed, contact: awkward, notes: awkward,
                      attributes: [Attribute(name: "Feld <1>", value: awkward), Attribute(name: "type", value: "not the type")]),
                Actor(id: "b", name: "B", type: ActorType(rawValue: "werkstatt"), isPrivate: true),
                Actor(id: "c", name: "C", type: .business, attributes: [Attribute(name: "Feld <1>", value: "")]),
            ],
            ties: [
                Tie(source: 0, target: 1, kind: TieKind(rawValue: "lends"), strength: 2.5, isDirected: true,
                    since: Day(year: 2020, month: 1, day: 1), until: Day(year: 2021, month: 12, day: 31),
                    reportedBy: awkward, notes: awkward, attributes: [Attribute(name: "kind", value: "extra, not the kind")]),
                Tie(source: 2, target: 1, kind: .funding),
            ])
        let text = write(network, format)
        let back = try ExchangeReader.read(Data(text.utf8), file: "x", format: format)
        // A carriage return survives XML's line-end normalisation only because it is written as &#13;.
        #expect(stripped(back.network) == network)
        #expect(back.warnings.isEmpty)
        let shown = network.prepared(in: .en, showingPrivateNames: false).network
        let again = try ExchangeReader.read(Data(write(shown, format).utf8), file: "x", format: format)
        #expect(stripped(again.network) == shown)
    }

    /// networkx 3.6.1 read our export of the example quarter (Fixtures/exchange/make_fixtures.py); every
    /// attribute it saw must be the actor's or tie's field, with the type we declared, and nothing missing.
    @Test("networkx reads every attribute of our GEXF and GraphML", arguments: ["gexf", "graphml"])
    func networkxSawEverything(format: String) throws {
        let data = try Data(contentsOf: exchangeFixture("networkx-read.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let seen = try #require(root[format] as? [String: Any])
        let nodes = try #require(seen["nodes"] as? [String: [String: String]])
        let edges = try #require(seen["edges"] as? [String: [String: Any]])
        let network = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        #expect(nodes.count == network.actors.count)
        #expect(edges.count == network.ties.count)
        func tag(_ field: ExchangeFields.Field?, _ value: String) -> String {
            switch field?.type ?? .string {
            case .string: return "str:" + value
            case .double: return "float:\(Double(value) ?? .nan)"
            case .boolean: return value == "true" ? "bool:True" : "bool:False"
            }
        }
        for actor in network.actors {
            var expected: [String: String] = [:]
            for (key, value) in ExchangeFields.values(of: actor) {
                expected[key] = tag(ExchangeFields.actorFields.first { $0.key == key }, value)
            }
            for a in actor.attributes { expected[a.name] = "str:" + a.value }
            #expect(nodes[actor.id] == expected, "actor \(actor.id)")
        }
        for (i, tie) in network.ties.enumerated() {
            let key = format == "gexf" ? String(i) : "e\(i)"
            var record = try #require(edges[key])
            let ends = record.removeValue(forKey: "_ends") as? [String]
            #expect(ends == [network.actors[tie.source].id, network.actors[tie.target].id].sorted())
            var expected: [String: String] = format == "gexf" ? ["id": "str:\(i)"] : [:]
            for (k, value) in ExchangeFields.values(of: tie) {
                expected[k] = tag(ExchangeFields.tieFields.first { $0.key == k }, value)
            }
            for a in tie.attributes { expected[a.name] = "str:" + a.value }
            #expect(record as? [String: String] == expected, "tie \(i)")
        }
        if format == "graphml" {
            let graph = try #require(seen["graph"] as? [String: String])
            #expect(graph["home"] == "str:qm-buero")
            #expect(graph["date"] == "str:2025-10-01")
            #expect(graph["themes"] == "str:" + network.themes.joined(separator: "|"))
        }
    }

    @Test("Files written by networkx load: Zachary's karate club", arguments: ["gexf", "graphml"])
    func karate(format: String) throws {
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: exchangeFixture("karate.json"))) as? [String: Any])
        let result = try NetworkLoader.load(from: exchangeFixture("karate-networkx.\(format)"))
        let network = result.network
        #expect(network.name == "Zachary's Karate Club")
        #expect(network.actors.count == summary["nodes"] as? Int)
        #expect(network.ties.count == summary["edges"] as? Int)
        let clubs = try #require(summary["club"] as? [String: String])
        for actor in network.actors {
            #expect(actor.attributes == [Attribute(name: "club", value: clubs[actor.id] ?? "?")])
            #expect(actor.name == "Member \(actor.id)")
        }
        #expect(network.ties.allSatisfy { (1...3).contains($0.strength) && !$0.isDirected })
        #expect(result.warnings.count == 2)  // no types; weights above 3
        #expect(result.warnings.contains { $0.message(.en).contains("\(summary["weightsAbove3"] as? Int ?? -1) edges have a weight") })
    }

    @Test("Bad files give errors with line numbers, never a crash")
    func badInput() throws {
        func failure(_ text: String, _ format: ExchangeFormat) -> LoadFailure? {
            do {
                _ = try ExchangeReader.read(Data(text.utf8), file: "bad", format: format)
                return nil
            } catch { return error }
        }
        let broken = failure("<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n<node id=\"a\">\n</graph>", .graphml)
        #expect(broken?.errors.first?.location?.line ?? 0 >= 4)
        let wrong = failure("<gexf><graph/></gexf>", .graphml)
        #expect(wrong?.errors.first?.message(.en).contains("<gexf>") == true)
        let edges = failure("""
            <graphml>
            <graph edgedefault="undirected">
            <node id="kita"/>
            <node id="kita"/>
            <edge source="kita" target="kitta"/>
            <edge source="kita" target="kita"/>
            <edge target="kita"/>
            </graph>
            </graphml>
            """, .graphml)
        let lines = edges?.errors.compactMap { $0.location?.line }
        #expect(lines == [4, 5, 6, 7])
        #expect(edges?.errors[1].hint(.en)?.contains("\"kita\"") == true)
        let values = failure("""
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph>
            <attributes class="node"><attribute id="0" title="Einfluss" type="double"/></attributes>
            <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="11"/></attvalues></node><node id="b"/></nodes>
            <edges><edge source="a" target="b" weight="heavy"/></edges>
            </graph></gexf>
            """, .gexf)
        #expect(values?.errors.count == 2)
        #expect(failure("", .gexf) != nil)
        #expect(failure("<graphml><graph/></graphml>", .graphml)?.errors.first?.message(.en) == "The network has no actors.")
        // Random bytes and truncations of a valid file: an error or a network, never a crash.
        let valid = GEXFWriter.document(try NetworkLoader.load(from: Repository.network("riverside")).network.prepared())
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let cut = Int.random(in: 0..<valid.utf8.count, using: &generator)
            _ = failure(String(decoding: Array(valid.utf8.prefix(cut)), as: UTF8.self), .gexf)
        }
    }

    @Test("DOT escapes quotes, backslashes and line breaks")
    func dot() {
        let network = Network(name: "Q \"x\"", actors: [Actor(id: "a\\b", name: "A\n\"B\"", type: .business),
                                                        Actor(id: "c", name: "C", type: .business)],
                              ties: [Tie(source: 0, target: 1, kind: .funding)])
        let text = DOTWriter.document(network.prepared(showingPrivateNames: true))
        #expect(text.contains("graph \"Q \\\"x\\\"\" {"))
        #expect(text.contains("\"a\\\\b\" [\"label\"=\"A\\n\\\"B\\\"\""))
        #expect(text.contains("\"a\\\\b\" -- \"c\" [\"kind\"=\"funding\", \"weight\"=\"1\", \"directed\"=\"true\", \"dir\"=\"forward\"];"))
    }
}
