import Foundation
import NetworkMap
import TestSupport
import Testing
@testable import NetworkMapApp

/// The views of one network over HTTP against the real server: map, findings, what-if, diff, rows, downloads, and
/// that nothing private leaves the server unless the page asks for names.
///
/// Counts from Python's csv module on the example files: riverside/actors.csv has 29 rows, 4 of them with
/// private = yes (the first "Mary O."); muehlenviertel/actors.csv has 147 rows, 29 private (the first "Jürgen K.").
/// Most views use riverside: an analysis of the larger quarter takes seconds in a debug build.
@Suite("App views", .ownThreads)
struct ViewTests {
    static func server() async throws -> TestServer { try await TestServer.suite("read-only") }

    static func json(_ server: TestServer, _ target: String) async throws -> [String: Any] {
        let response = try await server.finished(target)
        #expect(response.status == 200, "\(target): \(response.status) \(response.text.prefix(300))")
        return try response.json()
    }

    @Test func theMapCarriesTheExplorersDataAndThePseudonyms() async throws {
        let server = try await Self.server()
        let map = try await Self.json(server, "/api/networks/riverside/map?lang=en")
        let svg = try #require(map["svg"] as? String)
        #expect(svg.hasPrefix("<svg"))
        let data = try #require(map["data"] as? [String: Any])
        let actors = try #require(data["actors"] as? [[String: Any]])
        #expect(actors.count == 29)
        // Every actor's node is in the SVG under the id the script looks for (Graphviz writes "-" as "&#45;", which
        // the browser reads back as "-").
        let ids = svg.replacingOccurrences(of: "&#45;", with: "-")
        #expect(actors.allSatisfy { ids.contains("id=\"\($0["svg"] as? String ?? "-")\" class=\"node") })
        #expect(actors.filter { ($0["name"] as? String)?.hasPrefix("Resident ") == true }.count == 4)
        #expect(!svg.contains("Mary O.") && !map.description.contains("Mary O."))
        let filters = try #require(data["filters"] as? [String: Any])
        #expect((filters["areas"] as? [Any])?.isEmpty == false)
        // Names only when asked for.
        let named = try await server.finished("/api/networks/riverside/map?lang=en&private=1")
        #expect(named.text.contains("Mary O."))
        // Other choices draw another map; unknown values fall back to the defaults.
        let byArea = try await Self.json(server, "/api/networks/riverside/map?color=area&size=degree&marks=")
        #expect(byArea["svg"] as? String != svg)
        let forged = try await server.finished("/api/networks/riverside/map?color=%3Cscript%3E")
        #expect(forged.status == 200)
        #expect(try await server.request("/api/networks/none-such/map").status == 404)
    }

    @Test func findingsAndWhatIfAreTheReportsOwn() async throws {
        let server = try await Self.server()
        let findings = try await Self.json(server, "/api/networks/riverside/findings?lang=en")
        let html = try #require(findings["html"] as? String)
        #expect(html.contains("<h3"))
        #expect(!html.contains("Mary O."))
        let whatIf = try await Self.json(server, "/api/networks/riverside/whatif?lang=en&remove=community-office")
        #expect((whatIf["html"] as? String)?.contains("Riverside Community Office") == true)
        let scenarioMap = try #require(whatIf["svg"] as? String)
        #expect(scenarioMap.hasPrefix("<svg"))
        let unknown = try await server.finished("/api/networks/riverside/whatif?remove=nobody")
        #expect(unknown.status == 400)
        let diff = try await Self.json(server, "/api/networks/muehlenviertel-2026/diff?lang=de&with=muehlenviertel")
        #expect((diff["html"] as? String)?.isEmpty == false)
        #expect(try await server.request("/api/networks/muehlenviertel-2026/diff").status == 400)
    }

    @Test func rowsHidePrivatePersonsUnlessNamesAreShown() async throws {
        let server = try await Self.server()
        let rows = try await Self.json(server, "/api/networks/riverside/rows?lang=en")
        let actors = try #require(rows["actors"] as? [[String: Any]])
        #expect(actors.count == 29)
        #expect(actors.filter { $0["editable"] as? Bool == false }.count == 4)
        let text = try await server.finished("/api/networks/riverside/rows?lang=en").text
        #expect(!text.contains("Mary O."))
        let named = try await Self.json(server, "/api/networks/riverside/rows?lang=en&private=1")
        #expect((named["actors"] as? [[String: Any]])?.allSatisfy { $0["editable"] as? Bool == true } == true)
    }

    @Test func downloadsAreFilesWithNamesAndNoPrivateNames() async throws {
        let server = try await Self.server()
        let handout = try await server.finished("/api/networks/riverside/download/handout.pdf?lang=en")
        #expect(handout.status == 200)
        #expect(handout.header("Content-Type") == "application/pdf")
        #expect(handout.header("Content-Disposition") == "attachment; filename=\"riverside-handout.pdf\"")
        #expect(handout.body.starts(with: Data("%PDF-".utf8)))
        let report = try await server.finished("/api/networks/riverside/download/report.md?lang=en")
        #expect(report.status == 200)
        #expect(report.text.contains("Riverside"))
        #expect(!report.text.contains("Mary O."))
        // The HTML page is report --format html's: the map and the stakeholder matrix with every rated actor (28 of
        // the 29 rows of actors.csv have both influence and interest, by Python's csv module).
        let page = try await server.finished("/api/networks/riverside/download/report.html?lang=en")
        #expect(page.status == 200)
        #expect(page.text.contains("<div id=\"map\">") && page.text.contains("<div id=\"matrix\""))
        // (Graphviz writes the ids' dashes as &#45;.)
        #expect(page.text.components(separatedBy: "id=\"matrix&#45;actor&#45;").count - 1 == 28)
        #expect(!page.text.contains("Mary O."))
        let graphml = try await server.finished("/api/networks/riverside/download/network.graphml")
        #expect(graphml.status == 200)
        #expect(graphml.text.components(separatedBy: "<node ").count - 1 == 29)
        #expect(!graphml.text.contains("Mary O."))
        #expect(try await server.request("/api/networks/riverside/download/passwd").status == 404)
    }
}
