import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// Regression tests for issue 11 (hostile and broken input), at the level of the loader and its helpers.
@Suite("Hostile input: loader")
struct HostileInputTests {
    let actors = "Name;Typ\nNachbarschaftshaus Mühle e.V.;Verein\nQuartiersbüro;Institution\n"

    /// Finding 1: a NUL after a near-miss crashed Foundation's `contains` ("String index is out of bounds").
    @Test func aNULByteInACellGetsASuggestionInsteadOfACrash() throws {
        #expect(Suggestions.closest(to: "derung\u{0}", in: ["Kooperation", "Förderung"]) == ["Förderung"])
        #expect(Suggestions.closest(to: "nachbarschaftshaus\u{0}", in: ["Quartiersbüro", "Nachbarschaftshaus Mühle e.V."])
            == ["Nachbarschaftshaus Mühle e.V."])
        // A zero-width space or a NUL inside a name is not a letter either.
        #expect(Suggestions.closest(to: "Quartiers\u{200B}büro\u{0}", in: ["Quartiersbüro"]) == ["Quartiersbüro"])

        let kind = try LoadingFixture.failure([
            "actors.csv": actors,
            "ties.csv": "Von;An;Art\nQuartiersbüro;Nachbarschaftshaus Mühle e.V.;Fördrung\u{0}\n",
        ])
        #expect(kind.errors.count == 1)
        #expect(kind.errors.first?.hint(.en)?.contains("Did you mean \"Förderung\"?") == true)
        let actor = try LoadingFixture.failure([
            "actors.csv": actors,
            "ties.csv": "Von;An\nQuartiersbüro;nachbarschaftshaus\u{0}\n",
        ])
        #expect(actor.errors.first?.hint(.de) == "Meinten Sie „Nachbarschaftshaus Mühle e.V.“?")
    }

    /// Finding 7: a megabyte-long unknown name took seconds to match and came back whole in the message.
    @Test(.timeLimit(.minutes(1))) func aMegabyteNameIsNeitherMatchedAtLengthNorQuotedWhole() throws {
        let huge = "Quartiersbüro" + String(repeating: "x", count: 10_000_000)
        #expect(Suggestions.closest(to: huge, in: ["Quartiersbüro", "Nachbarschaftshaus Mühle e.V."]).isEmpty)
        #expect(Suggestions.cleanKey(String(repeating: "ab", count: Suggestions.maximumLength)) == nil)

        let failure = try LoadingFixture.failure([
            "actors.csv": actors,
            "ties.csv": "Von;An\nQuartiersbüro;" + String(repeating: "y", count: 1_000_000) + "\n",
        ])
        let message = try #require(failure.errors.first).description(.de)
        #expect(message.count < 300)
        #expect(message.contains("„yyyyyyyyyy") && message.contains("yyy…yyy"))
    }

    @Test func excerptsKeepShortTextWholeAndCutLongTextInTheMiddle() {
        #expect("Kita".excerpt() == "Kita")
        let eighty = String(repeating: "ä", count: 80)
        #expect(eighty.excerpt() == eighty)
        let long = String(repeating: "a", count: 60) + String(repeating: "b", count: 60)
        #expect(long.excerpt() == String(repeating: "a", count: 53) + "…" + String(repeating: "b", count: 26))
        #expect(long.excerpt().count == 80)
    }

    /// Finding 2: a GraphML/GEXF file nested 50,000 levels deep built a tree that overflowed the stack when freed.
    @Test(arguments: [50_000, 1_000_000])
    func deeplyNestedXMLIsRefusedWithItsLine(depth: Int) throws {
        for format in [ExchangeFormat.graphml, .gexf] {
            let root = format == .graphml ? "graphml" : "gexf"
            let text = "<?xml version=\"1.0\"?>\n<\(root)>\n<graph>\n" + String(repeating: "<a>", count: depth)
                + String(repeating: "</a>", count: depth) + "</graph></\(root)>\n"
            do {
                _ = try ExchangeReader.read(Data(text.utf8), file: "deep.\(root)", format: format)
                Issue.record("a document nested \(depth) levels deep loaded")
            } catch {
                let issue = try #require(error.errors.first)
                #expect(error.errors.count == 1 && !error.isIOError)
                #expect(issue.location?.line == 4)
                #expect(issue.message(.en) == "The elements here are nested more than 256 levels deep.")
            }
        }
    }

    @Test func nestingUpToTheLimitStillReads() throws {
        // 256 open elements: graphml, graph and 254 more inside the graph, which the reader skips.
        let inner = XMLTree.maximumDepth - 2
        let text = "<graphml><graph>" + String(repeating: "<a>", count: inner) + String(repeating: "</a>", count: inner)
            + "<node id=\"x\"/></graph></graphml>"
        let tree = try XMLTree.parse(Data(text.utf8)).get()
        #expect(tree.child(named: "graph")?.children(named: "node").count == 1)
        let deeper = "<graphml><graph>" + String(repeating: "<a>", count: inner + 1)
            + String(repeating: "</a>", count: inner + 1) + "</graph></graphml>"
        guard case .failure(let error) = XMLTree.parse(Data(deeper.utf8)), case .nestedTooDeeply = error.problem else {
            Issue.record("257 levels were read")
            return
        }
    }

    /// Broken XML is said in words: libxml2's codes (observed through `XMLParser` on Linux: 4, 5, 26, 38, 39, 42, 76,
    /// 89) were shown as "NSXMLParserErrorDomain error 89".
    @Test(arguments: [
        ("", XMLFault.notXML),
        ("hello", .notXML),
        ("<graphml><graph>", .endsEarly),
        ("<graphml><graph/></graphml><x/>", .endsEarly),
        ("<graphml><graph></grap></graphml>", .mismatchedTag),
        ("<graphml><graph><node id=a/></graph></graphml>", .badAttribute),
        ("<graphml><graph><node id=\"a\" id=\"b\"/></graph></graphml>", .badAttribute),
        ("<graphml><graph><node id=\"a<b\"/></graph></graphml>", .badAttribute),
        ("<graphml><graph><node id=\"&foo;\"/></graph></graphml>", .undeclaredEntity),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]>\n<graphml><graph><node id=\"&a;\"/></graph></graphml>",
         .entityLoop),
    ])
    func brokenXMLIsSaidInWords(document: String, fault: XMLFault) throws {
        do {
            _ = try ExchangeReader.read(Data(document.utf8), file: "broken.graphml", format: .graphml)
            Issue.record("\(document) loaded")
        } catch {
            let issue = try #require(error.errors.first)
            #expect(issue.problem == .notWellFormed(fault), "\(document): \(issue.problem)")
            for language in Language.allCases {
                #expect(!issue.description(language).contains("NSXMLParserErrorDomain"))
            }
        }
    }
}

