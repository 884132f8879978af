import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

@Suite("Network loader")
struct LoadingTests {
    let actors = """
        name,type,themes,influence
        Quartiersbüro,institution,Umwelt | Jugend;  Kultur ,8
        Kita Sonnenschein,Institution,,3
        Bürgerverein Süd e.V.,Verein,,
        """

    // MARK: Excel exports

    @Test("German Excel: semicolons, Windows-1252, German headers, CRLF, line break in a cell",
          arguments: ["excel-cp1252", "excel-utf8-bom"])
    func germanExcel(folder: String) throws {
        let result = try NetworkLoader.load(from: LoadingFixture.fixture(folder))
        let network = result.network
        #expect(network.name == folder)
        #expect(network.actors.map(\.name) == ["Quartiersbüro Nord", "Bürgerverein Süd e.V.", "Jürgen Weiß",
                                               "Bäckerei Öztürk"])
        #expect(network.actors.map(\.id) == ["quartiersbuero-nord", "buergerverein-sued-e-v", "juergen-weiss",
                                             "baeckerei-oeztuerk"])
        #expect(network.actors.map(\.type) == [.institution, .association, .resident, .business])
        #expect(network.actors.map(\.location?.line) == [2, 4, 5, 7])  // the notes cell spans lines 2-3
        let office = network.actors[0]
        #expect(office.notes == "Trägerin: Stadtteilförderung\nBüro im Erdgeschoss")
        #expect(office.themes == ["Öffentlicher Raum", "Umwelt"])
        #expect(office.influence == 8.5)
        #expect(office.attitude == .supportive)
        #expect(office.attributes == [Attribute(name: "Telefon", value: "030 123")])
        #expect(network.actors[1].notes == "Beitrag 5 €, „Straßenfest“ im Mai")
        #expect(network.actors[2].isPrivate)
        #expect(network.ties.count == 3)
        let funding = network.ties[2]
        #expect(funding.kind == .funding && funding.isDirected && funding.strength == 2.5)
        #expect(funding.since == Day(year: 2022, month: 1, day: 1) && funding.until == Day(year: 2024, month: 12, day: 31))
        #expect(funding.notes == "Zuschuss \"Schaufenster\"")
        #expect(network.ties[0].strength == 3 && network.ties[0].since == Day(year: 2023, month: 3, day: 1))
        #expect(network.ties[0].reportedBy == "Interview")
        #expect(result.warnings.map { $0.message(.en) } == [
            "The column \"Telefon\" is not known; kept as extra information."])
    }

    @Test("every separator with every encoding", arguments: [",", ";", "\t"], [
        TextDecoding.Encoding.utf8, .utf8WithBOM, .utf16LittleEndian, .utf16BigEndian, .windows1252])
    func separatorsAndEncodings(separator: String, encoding: TextDecoding.Encoding) throws {
        let actors = ["Name", "Typ", "Notizen"].joined(separator: separator) + "\r\n"
            + ["Café Müßig", "Unternehmen", "\"a\(separator) b\""].joined(separator: separator) + "\r\n"
            + ["Straßenfest-Team", "Gruppe", ""].joined(separator: separator) + "\r\n"
        let ties = ["Von", "An"].joined(separator: separator) + "\n" + ["Café Müßig", "straßenfest-team"]
            .joined(separator: separator) + "\n"
        func encode(_ text: String) -> [UInt8] {
            switch encoding {
            case .utf8: return Array(text.utf8)
            case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case .utf16LittleEndian: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .utf16BigEndian: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            case .windows1252: return text.unicodeScalars.map { UInt8($0.value) }  // all below 0x100 here
            }
        }
        let url = try LoadingFixture.folder(bytes: ["actors.csv": encode(actors), "ties.csv": encode(ties)])
        let network = try NetworkLoader.load(from: url).network
        #expect(network.actors.map(\.name) == ["Café Müßig", "Straßenfest-Team"])
        #expect(network.actors[0].notes == "a\(separator) b")
        #expect(network.actors[1].type == .residentsGroup)
        #expect(network.ties.map { [$0.source, $0.target] } == [[0, 1]])
    }

    // MARK: Columns and values

    @Test func headerAliasesInAnyOrderAndCase() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "NOTIZEN;Bezeichnung;Art;  einfluss (0-10) ;Privatperson;KATEGORIE;Haltung\n"
                + "n;Moschee-Verein;Verein;2,5;x;Glaubensgemeinschaft;Ablehnend\nm;Schule am Park;Einrichtung;10;nein;Schule;\n",
            "ties.csv": "Art der Beziehung,Staerke,An,Von,Reported By,Seit,Bis,gerichtet\n"
                + "Mitgliedschaft,mittel,Schule am Park,moschee-verein,Workshop,2020,2021-06,ja\n",
        ])
        let network = result.network
        #expect(result.warnings.isEmpty)
        let mosque = network.actors[0]
        #expect(mosque.name == "Moschee-Verein" && mosque.influence == 2.5 && mosque.isPrivate)
        #expect(mosque.category == "Glaubensgemeinschaft" && mosque.attitude == .opposed && mosque.notes == "n")
        #expect(network.actors[1].type == .institution && network.actors[1].influence == 10)
        let tie = network.ties[0]
        #expect(tie.source == 0 && tie.target == 1)
        #expect(tie.kind == .membership && tie.strength == 2 && tie.isDirected && tie.reportedBy == "Workshop")
        #expect(tie.until == Day(year: 2021, month: 6, day: 1))
    }

    @Test func trailingEmptyColumnsAndExtraValues() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "name;type;;;\nA;verein;;;\nB;verein;;;surplus\n",
            "ties.csv": "source;target\nA;B\n",
        ])
        #expect(result.network.actors.count == 2)
        #expect(result.network.actors[0].attributes.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].location == Location(file: "actors.csv", line: 3))
    }

    @Test("strength words and numbers", arguments: [
        ("1", 1.0), ("3", 3), ("2,5", 2.5), ("2.5", 2.5), ("schwach", 1), ("Mittel", 2), ("STARK", 3),
        ("weak", 1), ("medium", 2), ("strong", 3), ("", 1),
    ])
    func strengths(text: String, expected: Double) throws {
        let network = try LoadingFixture.load([
            "actors.csv": "name;type\nA;verein\nB;verein\n", "ties.csv": "source;target;strength\nA;B;\(text)\n",
        ]).network
        #expect(network.ties[0].strength == expected)
    }

    @Test("booleans", arguments: [
        ("yes", true), ("Ja", true), ("TRUE", true), ("1", true), ("x", true), ("wahr", true),
        ("no", false), ("nein", false), ("false", false), ("0", false), ("falsch", false),
    ])
    func booleans(text: String, expected: Bool) throws {
        let network = try LoadingFixture.load([
            "actors.csv": "name,type,private\nA,verein,\(text)\nB,person,\n",
            "ties.csv": "source,target,directed\nA,B,\(text)\n",
        ]).network
        #expect(network.actors[0].isPrivate == expected)
        #expect(network.actors[1].isPrivate)  // residents are private by default
        #expect(network.ties[0].isDirected == expected)
    }

    @Test func directedDefaultsByKind() throws {
        let network = try LoadingFixture.load([
            "actors.csv": "name,type\nA,verein\nB,verein\n",
            "ties.csv": "source,target,kind\nA,B,Förderung\nA,B,Kooperation\n",
        ]).network
        #expect(network.ties.map(\.isDirected) == [true, false])
    }

    @Test func unicodeNamesSurviveAndMatch() throws {
        let names = ["İstanbul Kültür ve Dayanışma Derneği", "Çiğdem Işık", "مركز الجالية العربية",
                     "Café \"Zur Ecke\" <Nord> & Söhne", "Repair-Café 🔧🌱",
                     String(repeating: "Sehr langer Name eines Vereins ", count: 40).trimmingWhitespace]
        var actors = "name;type\n"
        for name in names { actors += "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\";verein\n" }
        var ties = "source;target\n"
        for i in 1..<names.count { ties += "\"\(names[0])\";\" \(names[i].replacingOccurrences(of: "\"", with: "\"\"")) \"\n" }
        let network = try LoadingFixture.load(["actors.csv": actors, "ties.csv": ties]).network
        #expect(network.actors.map(\.name) == names)
        #expect(network.ties.count == names.count - 1)
        #expect(network.actors[3].id == "café-zur-ecke-nord-soehne")
        #expect(network.actors[1].id == "çiğdem-işık")
        #expect(network.actors[4].id == "repair-café")
    }

    @Test func derivedIDsStepAroundCollisions() throws {
        let network = try LoadingFixture.load([
            "actors.csv": "id,name,type\n,Kita Nord,institution\n,kita nord,institution\nkita-nord-2,Other,verein\n,KITA  NORD,institution\n",
            "ties.csv": "source,target\nkita-nord-2,kita-nord\n",
        ]).network
        #expect(network.actors.map(\.id) == ["kita-nord", "kita-nord-3", "kita-nord-2", "kita-nord-4"])
    }

    @Test func yamlSettingsAndCustomTypes() throws {
        let yaml = """
            name: Quartier Nord
            date: 2024-06-01
            language: de
            home: quartiersbüro
            source: Interviews
            themes: [Umwelt, Jugend]
            actor_types:
              - id: schule
                label_de: Schule
                label_en: School
                color: "#56b4e9"
                shape: box
            tie_kinds:
              - {id: advice, label_de: Beratung, shape: dashed}
            colour_scheme: bright
            """
        let result = try LoadingFixture.load([
            "network.yaml": yaml,
            "actors.csv": "name,type\nQuartiersbüro,institution\nGrundschule,Schule\n",
            "ties.csv": "source,target,kind\nQuartiersbüro,Grundschule,Beratung\n",
        ])
        let network = result.network
        #expect(network.name == "Quartier Nord" && network.date == Day(year: 2024, month: 6, day: 1))
        #expect(network.language == .de && network.source == "Interviews" && network.themes == ["Umwelt", "Jugend"])
        #expect(network.home == "quartiersbuero")
        #expect(network.actors[1].type == ActorType(rawValue: "schule"))
        #expect(network.customActorTypes == [CustomStyle(id: "schule", labelDE: "Schule", labelEN: "School",
                                                         color: "#56b4e9", shape: "box")])
        #expect(network.ties[0].kind == TieKind(rawValue: "advice"))
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].location == Location(file: "network.yaml", line: 15))
        #expect(result.warnings[0].message(.en).contains("\"colour_scheme\""))
    }

    @Test func defaultsWithoutYAML() throws {
        let network = try LoadingFixture.load([
            "actors.csv": actors, "ties.csv": "source,target\nKita Sonnenschein,Quartiersbüro\n",
        ]).network
        #expect(network.themes == Network.defaultThemes(language: nil))
        #expect(network.actors[0].themes == ["Umwelt", "Jugend", "Kultur"])
        #expect(network.home == nil)
    }

    @Test func singleYAMLFile() throws {
        let yaml = """
            name: Kleines Netz
            home: A
            actors:
              - name: A
                type: institution
                themes: [Umwelt, Jugend]
                Telefon: "123"
              - {name: B, type: Verein, influence: 3}
            ties:
              - source: A
                target: b
                strength: stark
            """
        let folder = try LoadingFixture.folder(["kleines-netz.yaml": yaml])
        let result = try NetworkLoader.load(from: folder.appendingPathComponent("kleines-netz.yaml"))
        let network = result.network
        #expect(network.name == "Kleines Netz" && network.home == "a")
        #expect(network.actors.map(\.name) == ["A", "B"])
        #expect(network.actors[0].themes == ["Umwelt", "Jugend"])
        #expect(network.actors[0].attributes == [Attribute(name: "Telefon", value: "123")])
        #expect(network.actors[0].location == Location(file: "kleines-netz.yaml", line: 4))
        #expect(network.actors[1].influence == 3)
        #expect(network.ties.map(\.strength) == [3])
    }

    @Test func oneActorAndNoTiesLoadsWithWarning() throws {
        let result = try LoadingFixture.load(["actors.csv": "name,type\nEinsam,verein\n"])
        #expect(result.network.actors.count == 1 && result.network.ties.isEmpty)
        #expect(result.warnings.map { $0.message(.en) } == ["The network has no ties."])
    }

    @Test func actorsWithoutTiesAreListedOnce() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "name,type\nA,verein\nB,verein\nC,verein\nD,verein\n",
            "ties.csv": "source,target\nA,B\n",
        ])
        #expect(result.warnings.map { $0.description(.en) } == [
            "2 actors have no ties: \"C\", \"D\". Often such actors are missing data rather than isolated; check whether ties are missing."])
    }

    @Test func duplicateTiesAreMergedKeepingTheStrongest() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "name,type\nA,verein\nB,verein\n",
            "ties.csv": "source,target,strength,kind\nA,B,1,\nB,A,3,\nA,B,2,information\nA,B,1,funding\nB,A,1,funding\n",
        ])
        #expect(result.network.ties.map(\.strength) == [3, 2, 1, 1])
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].location?.line == 3 && result.warnings[0].message(.en).contains("line 2"))
    }

    @Test func fiftyThousandActors() throws {
        var actors = "id;name;type;influence\n"
        var ties = "source;target;strength\n"
        let types = ["Verein", "Unternehmen", "Institution", "Bewohnergruppe", "Gremium"]
        for i in 0..<50_000 { actors += "a\(i);Akteur \(i);\(types[i % 5]);\(i % 11)\n" }
        for i in 1..<50_000 { ties += "a\(i / 2);Akteur \(i);\(1 + i % 3)\n" }
        let network = try LoadingFixture.load(["actors.csv": actors, "ties.csv": ties]).network
        #expect(network.actors.count == 50_000 && network.ties.count == 49_999)
        #expect(network.actors[49_999].name == "Akteur 49999" && network.actors[49_999].type == .body)
        #expect(network.ties[49_998].source == 24_999 && network.ties[49_998].target == 49_999)
        #expect(network.ties[49_998].strength == 2)
    }

    @Test func inputFilesAreNotTouched() throws {
        let url = try LoadingFixture.folder(["actors.csv": actors, "ties.csv": "source,target\nA,B\n"])
        let before = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        let bytes = try Data(contentsOf: url.appendingPathComponent("actors.csv"))
        _ = try? NetworkLoader.load(from: url)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() == before)
        #expect(try Data(contentsOf: url.appendingPathComponent("actors.csv")) == bytes)
    }
}
