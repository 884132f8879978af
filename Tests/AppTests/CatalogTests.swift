import Foundation
import NetworkMap
import TestSupport
import Testing
import Wording
@testable import NetworkMapApp

/// The networks of FOLDER: listed with their checks, in the user's language, loaded once per file version.
@Suite("Networks in FOLDER", .ownThreads)
struct CatalogTests {
    /// Row counts of the example networks' CSV files, by Python's csv module (no duplicates among them, so the
    /// loader keeps every row): `python3 -c "import csv; print(len(list(csv.reader(open(F, encoding='utf-8-sig'))))-1)"`.
    static let rowCounts: [String: (actors: Int, ties: Int)] = [
        "muehlenviertel": (147, 398), "muehlenviertel-2026": (151, 427), "riverside": (29, 43),
        // The example quarter as LibreOffice saved it (`make_quarter_workbooks.py` from muehlenviertel's CSV files).
        "Quartier.xlsx": (147, 398),
    ]

    @Test func theListShowsEveryNetworkWithItsCounts() async throws {
        let folder = try TestServer.exampleFolder()
        // Beside the examples: a broken network, a workbook, one that is no workbook inside, and things that are no
        // network at all.
        let broken = folder.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: false)
        try Data("id,name,type\na1,Kita Sonnenschein,association\n".utf8).write(to: broken.appendingPathComponent("actors.csv"))
        try Data("source,target\na1,Kita Sonnenschien\n".utf8).write(to: broken.appendingPathComponent("ties.csv"))
        try FileManager.default.copyItem(at: Repository.network("muehlenviertel-xlsx").appendingPathComponent("muehlenviertel.xlsx"),
                                         to: folder.appendingPathComponent("Quartier.xlsx"))
        try Data([0x50, 0x4B, 0x03, 0x04]).write(to: folder.appendingPathComponent("Zerbrochen.xlsx"))
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("output"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: false)
        try await TestServer.with(folder: folder) { server in
            let list = try await server.request("/api/networks?lang=en")
            #expect(list.status == 200)
            #expect(list.header("Content-Type") == "application/json; charset=utf-8")
            let networks = try #require(try list.json()["networks"] as? [[String: Any]])
            #expect(networks.map { $0["name"] as? String } == ["broken", "muehlenviertel", "muehlenviertel-2026",
                                                                "Quartier.xlsx", "riverside", "Zerbrochen.xlsx"])
            for network in networks {
                guard let name = network["name"] as? String, let counts = Self.rowCounts[name] else { continue }
                #expect(network["kind"] as? String == (name.hasSuffix(".xlsx") ? "workbook" : "folder"))
                #expect(network["loads"] as? Bool == true)
                #expect(network["actors"] as? Int == counts.actors, "\(name)")
                #expect(network["ties"] as? Int == counts.ties, "\(name)")
                #expect((network["version"] as? String)?.count == 16)
            }
            let brokenEntry = try #require(networks.first)
            #expect(brokenEntry["state"] as? String == "failed")
            let errors = try #require(brokenEntry["errors"] as? [[String: Any]])
            #expect(errors.count == 1)
            #expect(errors.first?["file"] as? String == "ties.csv")
            #expect(errors.first?["line"] as? Int == 2)
            #expect((errors.first?["text"] as? String)?.contains("Did you mean \"Kita Sonnenschein\"?") == true)
            #expect(networks[3]["kind"] as? String == "workbook")
            #expect(networks[3]["state"] as? String == "loaded")
            // A workbook that does not open: the loader's error, naming the file.
            let unreadable = try #require(networks.last)
            #expect(unreadable["kind"] as? String == "workbook")
            #expect(unreadable["state"] as? String == "failed")
            let workbookErrors = try #require(unreadable["errors"] as? [[String: Any]])
            #expect(workbookErrors.contains { ($0["text"] as? String)?.contains("Zerbrochen.xlsx") == true })
            // The edit forms write CSV files: a workbook's rows and edits are refused, saying why.
            let readOnly = "The app edits only networks of CSV files; this one is a workbook"
            let rows = try await server.request("/api/networks/Quartier.xlsx/rows?lang=en")
            #expect(rows.status == 409)
            #expect((try rows.json()["error"] as? String)?.hasPrefix(readOnly) == true)
            let version = try #require(networks[3]["version"] as? String)
            let edit = try await server.post("/api/networks/Quartier.xlsx/edits?lang=en", json: EditTests.note(0, "x"),
                                             headers: ["If-Match: \"\(version)\""])
            #expect(edit.status == 409)
            #expect((try edit.json()["error"] as? String)?.hasPrefix(readOnly) == true)
            // In German: the same issue in the loader's German words.
            let german = try await server.request("/api/networks/broken?lang=de")
            let text = try #require((try german.json()["errors"] as? [[String: Any]])?.first?["text"] as? String)
            #expect(text.contains("Zeile 2"))
            #expect(text.contains("Meinten Sie „Kita Sonnenschein“?"))
        }
    }

    @Test func oneNetworksCheckHasItsBreakdownAndVersion() async throws {
        do { let server = try await TestServer.suite("read-only")
            let response = try await server.request("/api/networks/riverside")
            #expect(response.status == 200)
            let json = try response.json()
            #expect(response.header("ETag") == "\"\(json["version"] as? String ?? "")\"")
            #expect(json["title"] as? String == "Riverside")
            let types = try #require(json["actorsByType"] as? [[String: Any]])
            #expect(types.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 29)
            let kinds = try #require(json["tiesByKind"] as? [[String: Any]])
            #expect(kinds.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 43)
            #expect(try await server.request("/api/networks/none-such").status == 404)
            let encoded = try await server.request("/api/networks/muehlenviertel%2D2026")
            #expect(try encoded.json()["name"] as? String == "muehlenviertel-2026")
        }
    }

    @Test func messagesNamePrivatePersonsByTheirPseudonym() async throws {
        // Olga P. is a private person without ties; the loader's warning names her. She is the 29th of the 29 rows
        // with Privatperson = ja in actors.csv (Python's csv module), so every output calls her "Bewohner:in 29".
        do { let server = try await TestServer.suite("read-only")
            for (lang, pseudonym) in [("de", "„Bewohner:in 29“"), ("en", "\"Resident 29\"")] {
                let check = try await server.request("/api/networks/muehlenviertel?lang=\(lang)")
                #expect(!check.text.contains("Olga"))
                #expect(!check.text.contains("olga-p"))
                let warnings = try #require(try check.json()["warnings"] as? [[String: Any]])
                #expect(warnings.contains { ($0["text"] as? String)?.contains(pseudonym) == true }, "\(lang)")
                // Organisations stay named.
                #expect(warnings.contains { ($0["text"] as? String)?.contains("Imbiss Mühlenstübchen") == true })
            }
            #expect(!(try await server.request("/api/networks")).text.contains("Olga"))
        }
    }

    @Test func repeatedRequestsDoNotReloadUntilAFileChanges() async throws {
        let folder = try TestServer.exampleFolder()
        let catalog = NetworkCatalog(folder: try AppFolder(folder))
        _ = await catalog.list()
        #expect(await catalog.loadCount == 3)
        _ = await catalog.list()
        _ = await catalog.check(named: "riverside")
        #expect(await catalog.loadCount == 3)
        // A change to one file: only that network loads again.
        let ties = folder.appendingPathComponent("riverside/ties.csv")
        var text = String(decoding: try Data(contentsOf: ties), as: UTF8.self)
        text += "community-office,council-regen,information,1,,,,,\n"
        try Data(text.utf8).write(to: ties)
        let check = await catalog.check(named: "riverside")
        #expect(await catalog.loadCount == 4)
        #expect(check?.network?.ties.count == 44 || check?.network == nil)
        _ = await catalog.list()
        #expect(await catalog.loadCount == 4)
    }

    @Test func analysesAreCachedPerVersionAndBounded() async throws {
        let folder = try TestServer.exampleFolder()
        let catalog = NetworkCatalog(folder: try AppFolder(folder), analysisCapacity: 2)
        func analysis(_ name: String, _ language: Language) async -> Analysis? {
            guard case .ready(let analysis, _, _) = await catalog.analysis(named: name, language: language,
                                                                          waiting: .seconds(600))
            else { return nil }
            return analysis
        }
        let first = await analysis("riverside", .en)
        #expect(await catalog.analysisCount == 1)
        let again = await analysis("riverside", .en)
        #expect(await catalog.analysisCount == 1)
        #expect(first?.measures == again?.measures)
        // Another language is another analysis (pseudonyms differ); a third key pushes out the oldest.
        _ = await analysis("riverside", .de)
        _ = await analysis("muehlenviertel", .de)
        #expect(await catalog.analysisCount == 3)
        _ = await analysis("riverside", .en)
        #expect(await catalog.analysisCount == 4)
        // The same values as an analysis made directly from the loaded network.
        let network = try NetworkLoader.load(from: folder.appendingPathComponent("riverside")).network
        let direct = Analysis(network.prepared(showingPrivateNames: false, pseudonym: Language.en.phrases.pseudonym))
        #expect(first?.measures == direct.measures)
        guard case .noNetwork = await catalog.analysis(named: "none-such", language: .en) else {
            Issue.record("an analysis of a network that is not there")
            return
        }
    }

    @Test func theBoundedCacheForgetsTheLeastRecentlyUsed() {
        var cache = BoundedCache<String, Int>(capacity: 2)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        #expect(cache.value(for: "a") == 1)  // "a" is now the most recent
        cache.insert(3, for: "c")
        #expect(cache.value(for: "b") == nil)
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
        #expect(cache.count == 2)
    }

    @Test func theLanguageFollowsSwitchThenOptionThenBrowser() async throws {
        #expect(LanguageChoice.choose(query: nil, option: nil, acceptLanguage: nil) == .en)
        #expect(LanguageChoice.choose(query: nil, option: nil, acceptLanguage: "de-DE,de;q=0.9,en;q=0.8") == .de)
        #expect(LanguageChoice.choose(query: nil, option: nil, acceptLanguage: "fr-FR,en;q=0.5,de;q=0.7") == .de)
        #expect(LanguageChoice.choose(query: nil, option: nil, acceptLanguage: "fr-FR, en-GB;q=0.8") == .en)
        #expect(LanguageChoice.choose(query: nil, option: nil, acceptLanguage: "de;q=0, en;q=0.1") == .en)
        #expect(LanguageChoice.choose(query: nil, option: nil, acceptLanguage: "fr") == .en)
        #expect(LanguageChoice.choose(query: nil, option: .en, acceptLanguage: "de") == .en)
        #expect(LanguageChoice.choose(query: "de", option: .en, acceptLanguage: "en") == .de)
        #expect(LanguageChoice.choose(query: "xx", option: .en, acceptLanguage: "de") == .en)
        try await TestServer.with(language: .de) { server in
            let page = try await server.request("/", credential: .query, headers: ["Accept-Language: en"])
            #expect(page.text.contains("<html lang=\"de\">"))
            #expect(page.text.contains("Netzwerk hinzufügen"))
            let english = try await server.request("/?lang=en", credential: .query)
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("Add a network"))
            #expect(english.text.contains("<a href=\"/?lang=de\" hreflang=\"de\" lang=\"de\">Deutsch</a>"))
        }
        do { let server = try await TestServer.suite("read-only")
            let page = try await server.request("/", credential: .query, headers: ["Accept-Language: de-AT,de;q=0.9"])
            #expect(page.text.contains("<html lang=\"de\">"))
        }
    }
}
