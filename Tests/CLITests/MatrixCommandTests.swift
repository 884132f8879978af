import Foundation
import NetworkMap
import TestSupport
import Testing

/// `network-map matrix` and the stakeholder parts of `report`, run as a user runs them.
@Suite("network-map matrix and stakeholder findings", .serialized)
struct MatrixCommandTests {
    let quarter = "networks/muehlenviertel"

    /// The example quarter's fields and flags as make_fixture.py computed them from the spreadsheets.
    struct Fixture: Decodable {
        struct Row: Decodable { let id: String; let quadrant: String?; let flags: [String] }
        let stakeholders: [Row]
        static func load() throws -> Fixture {
            let url = Repository.root.appendingPathComponent("Tests/NetworkMapTests/Fixtures/stakeholders/muehlenviertel.json")
            return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        }
    }

    @Test func writesTheMatrixInEachFormat() throws {
        let folder = try Repository.scratchFolder("matrix")
        let svg = folder.appendingPathComponent("m.svg")
        let r = try CommandRunner.run(["matrix", quarter, "-o", svg.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Stakeholder-Matrix geschrieben: \(svg.path)"))
        let text = try String(contentsOf: svg, encoding: .utf8)
        for expected in ["Eng einbinden", "Zufriedenstellen", "Informieren", "Beobachten", "Verdeckte Vermittler",
                         "Gegner mit Reichweite", "Gewerbeverein Mühlenviertel e.V.", "Was ist dargestellt?"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        // The format follows the file's extension, or --format.
        let png = folder.appendingPathComponent("m.png")
        #expect(try CommandRunner.run(["matrix", quarter, "-o", png.path]).status == 0)
        #expect(try Data(contentsOf: png).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let pdf = try CommandRunner.run(["matrix", quarter, "--format", "pdf", "--lang", "en", "-o", "-"])
        #expect(pdf.status == 0)
        #expect(pdf.stdoutData.prefix(5) == Data("%PDF-".utf8))
        let english = try Poppler.run("pdftotext", [], pdf: pdf.stdoutData)
        for expected in ["Manage closely", "Keep informed", "Monitor", "Hidden brokers"] {
            #expect(english.contains(expected), "missing in the PDF: \(expected)")
        }
    }

    @Test func privatePersonsArePseudonymisedUnlessAsked() throws {
        let network = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        let hidden = try CommandRunner.run(["matrix", quarter, "-o", "-"])
        let shown = try CommandRunner.run(["matrix", quarter, "--show-private", "-o", "-"])
        #expect(hidden.status == 0 && shown.status == 0)
        let rated = network.actors.filter { $0.isPrivate && $0.influence != nil && $0.interest != nil }
        #expect(!rated.isEmpty)
        for actor in network.actors where actor.isPrivate {
            #expect(!hidden.stdout.contains(actor.name), "private name drawn: \(actor.name)")
        }
        #expect(hidden.stdout.contains("Bewohner:in"))
        #expect(rated.contains { shown.stdout.contains($0.name) })
    }

    @Test func excludeLeavesActorsOutAndSaysSo() throws {
        let r = try CommandRunner.run(["matrix", quarter, "--exclude", "qm-buero", "Quartiersrat Mühlenviertel", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("matrix&#45;actor&#45;qm&#45;buero"))
        #expect(!r.stdout.contains("matrix&#45;actor&#45;quartiersrat\""))
        #expect(r.stdout.contains("Ohne Quartiersmanagement Mühlenviertel und Quartiersrat Mühlenviertel dargestellt und berechnet"))
        let json = try CommandRunner.run(["report", quarter, "--format", "json", "--exclude", "qm-buero", "-o", "-"])
        #expect(json.status == 0)
        #expect(!json.stdout.contains("\"id\": \"qm-buero\""))
        // An unknown actor is a usage error that names it, and nothing is written.
        let bad = try CommandRunner.run(["matrix", quarter, "--exclude", "Kita Sonnenschien", "-o", "-"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("Kita Sonnenschien"))
        #expect(bad.stdout.isEmpty)
    }

    @Test func jsonStakeholdersAreWhatPythonComputed() throws {
        // With --show-private nothing is withheld, so the analysis is the spreadsheets' as Python read them.
        let r = try CommandRunner.run(["report", quarter, "--format", "json", "--show-private", "-o", "-"])
        #expect(r.status == 0)
        struct Report: Decodable {
            struct Row: Decodable {
                let id: String; let influence: Double?; let interest: Double?; let attitude: String?
                let quadrant: String?; let flags: [String]
            }
            let stakeholders: [Row]
        }
        let report = try JSONDecoder().decode(Report.self, from: r.stdoutData)
        let fixture = try Fixture.load()
        #expect(report.stakeholders.map(\.id) == fixture.stakeholders.map(\.id))
        for (ours, theirs) in zip(report.stakeholders, fixture.stakeholders) {
            #expect(ours.quadrant == theirs.quadrant, "\(theirs.id)")
            #expect(ours.flags == theirs.flags, "\(theirs.id)")
            #expect((ours.quadrant == nil) == (ours.influence == nil || ours.interest == nil), "\(theirs.id)")
        }
        let gewerbeverein = try #require(report.stakeholders.first { $0.id == "gewerbeverein" })
        #expect(gewerbeverein.attitude == "opposed" && gewerbeverein.flags == ["opponentWithReach"])
        #expect(report.stakeholders.first { $0.id == "gemeinschaftsgarten" }?.flags == ["hiddenBroker"])
    }
}
