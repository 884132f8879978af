import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// The loader's messages in German: every issue carries both languages, and `description(.de)` reads
/// „ties.csv, Zeile 4, Spalte „An“: …“ with German quotation marks.
@Suite("Network loader: German messages")
struct LoadingMessagesGermanTests {
    let actors = "Name;Typ\nKita Sonnenschein;Institution\nQuartiersbüro;Institution\nKita Regenbogen;Institution\n"

    @Test func misspeltActorWithSuggestion() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": actors,
            "ties.csv": "Von;An\nQuartiersbüro;Kita Sonnenschein\n\nQuartiersbüro;Kita Sonnenschien\n",
        ])
        let error = try #require(failure.errors.first)
        #expect(error.description(.de)
            == "ties.csv, Zeile 4, Spalte „An“: „Kita Sonnenschien“ ist kein bekannter Akteur. Meinten Sie „Kita Sonnenschein“?")
        // English stays what it was, and `description` is English.
        #expect(error.description(.en)
            == "ties.csv, line 4, column \"An\": \"Kita Sonnenschien\" names no actor. Did you mean \"Kita Sonnenschein\"?")
        #expect(failure.description(.de) == error.description(.de))
    }

    @Test func missingColumnNamesTheGermanHeader() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": "Bezeichnung;Telefon\nA;1\n",
            "ties.csv": "Von;Nach Akteur\nA;A\n",
        ])
        #expect(failure.errors.map { $0.description(.de) } == [
            "ties.csv, Zeile 1: Die Spalte „An“ (oder „target“) fehlt; die Datei hat die Spalten „Von“ und „Nach Akteur“. "
                + "In der ersten Zeile müssen die Spaltennamen stehen, auf Deutsch oder Englisch (zum Beispiel Von, An, Art oder source, target, kind).",
        ])
        let both = try LoadingFixture.failure(["actors.csv": "Name;Typ\nA;verein\n", "ties.csv": "Quelle\nA\n"])
        #expect(both.errors.first?.message(.de)
            == "Die Spalten „Von“ (oder „source“) und „An“ (oder „target“) fehlen; die Datei hat nur die Spalte „Quelle“.")
    }

    /// The fixture of `LoadingErrorTests.allErrorsAreReportedAtOnce`: one of nearly every kind of error.
    func manyErrors() throws -> LoadFailure {
        try LoadingFixture.failure([
            "actors.csv": """
                id,name,type,influence,interest,private,attitude
                a,Alpha,verein,11,5,ja,
                a,Beta,Vrein,abc,"7,5",vielleicht,begeistert
                ,,verein,,,,
                ,Gamma,institution,2.5,,,
                """,
            "ties.csv": """
                source,target,strength,since,until,kind
                Alpha,Gama,4,2024-02-30,,
                Alpha,Alpha,,,,
                Alpha,Gamma,,2024-05-01,2023-01-01,Kooperatoin
                Beta,Gamma,0,,,
                """,
        ])
    }

    @Test func representativeErrorsInGerman() throws {
        let errors = try manyErrors().errors.map { $0.description(.de) }
        #expect(errors.count == 14)
        #expect(errors[0] == "actors.csv, Zeile 3, Spalte „id“: Die id „a“ hat schon der Akteur in Zeile 2. "
            + "Jeder Akteur braucht eine eigene id; ändern Sie eine der beiden (oder lassen Sie die id leer, dann wird sie aus dem Namen gebildet).")
        #expect(errors[1] == "actors.csv, Zeile 2, Spalte „influence“: „11“ ist keine Zahl von 0 bis 10. "
            + "Schreiben Sie eine Zahl von 0 bis 10 (auch mit Komma, etwa 2,5), oder lassen Sie die Zelle leer.")
        #expect(errors[2] == "actors.csv, Zeile 3, Spalte „type“: „Vrein“ ist kein bekannter Akteurstyp. Meinten Sie „Verein“? "
            + "Möglich sind: Bewohner:in, Bewohnergruppe, Verein, Unternehmen, Institution, Gremium; "
            + "oder tragen Sie den Typ in network.yaml unter actor_types ein.")
        #expect(errors[6] == "actors.csv, Zeile 4, Spalte „name“: Der Name fehlt. Jede Zeile braucht einen Namen.")
        #expect(errors[10] == "ties.csv, Zeile 3: Diese Beziehung führt von „Alpha“ zu „Alpha“ selbst. "
            + "Eine Beziehung verbindet zwei verschiedene Akteure; korrigieren Sie einen der beiden Namen, oder löschen Sie die Zeile.")
        #expect(errors[11].hasPrefix("ties.csv, Zeile 4, Spalte „kind“: „Kooperatoin“ ist keine bekannte Art von Beziehung."))
        #expect(errors[11].contains("Möglich sind: Kooperation, Informationsaustausch, Förderung, Mitgliedschaft, Konflikt; "
            + "oder tragen Sie die Art in network.yaml unter tie_kinds ein."))
        #expect(errors[12] == "ties.csv, Zeile 4: Die Beziehung endet (2023-01-01), bevor sie beginnt (2024-05-01). "
            + "Prüfen Sie die beiden Daten; vielleicht sind sie vertauscht.")
    }

    /// The German labels the unknown-type hint lists, and the spellings "did you mean" proposes, are accepted in a
    /// type cell (else the hint would mislead).
    @Test func listedGermanLabelsAreAccepted() throws {
        for label in ActorType.builtIn.map({ German().label($0, plural: false, custom: []) }) {
            #expect(ActorType(parsing: label) != nil, "\(label)")
        }
        for label in TieKind.builtIn.map({ German().label($0, custom: []) }) { #expect(TieKind(parsing: label) != nil, "\(label)") }
        for type in ActorType.builtIn {
            #expect(type.spellings.first == German().label(type, plural: false, custom: []))
            #expect(type.spellings.last == English().label(type, plural: false, custom: []))
        }
        for kind in TieKind.builtIn {
            #expect(kind.spellings == [German().label(kind, custom: []), English().label(kind, custom: [])])
        }
    }

    /// Every message of the fixture really is German: different from the English, German quotes only, no English words
    /// of the English template left.
    @Test func everyIssueHasItsOwnGermanText() throws {
        let failure = try manyErrors()
        for issue in failure.errors + failure.warnings {
            let de = issue.description(.de)
            #expect(issue.message(.de) != issue.message(.en), "\(de)")
            #expect(issue.hint(.de) != nil && issue.hint(.de) != issue.hint(.en), "\(de)")
            #expect(!de.contains("\""), "English quotes in \(de)")
            #expect(de.contains("Zeile") && !de.contains("line"), "\(de)")
        }
    }

    @Test func warningsInGerman() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "Name;Typ;Lieblingsfarbe\nA;Verein;rot\nB;Gremium;blau\nC;Verein;grün\n",
            "ties.csv": "Von;An;Stärke\nA;B;1\nB;A;3\n",
        ])
        #expect(result.warnings.map { $0.description(.de) } == [
            "actors.csv, Zeile 1: Die Spalte „Lieblingsfarbe“ ist unbekannt; sie wird als zusätzliche Angabe übernommen. "
                + "Ist das so gewollt, ist nichts zu tun; sonst prüfen Sie die Schreibweise der Überschrift.",
            "ties.csv, Zeile 3: Die Beziehung zwischen „B“ und „A“ wiederholt die aus Zeile 2; beide werden zusammengefasst "
                + "(es gilt die größere Stärke). Löschen Sie eine der beiden Zeilen, oder geben Sie den Beziehungen verschiedene Arten.",
            "1 Akteur hat keine Beziehungen: „C“. Oft fehlen bei solchen Akteuren Daten, und sie sind gar nicht isoliert; "
                + "prüfen Sie, ob Beziehungen fehlen.",
        ])
    }

    @Test func yamlValuesInGerman() throws {
        let failure = try LoadingFixture.failure([
            "network.yaml": "name: X\nlanguage: fr\nthemes: [a, b]\nname2: y\n", "actors.csv": actors,
            "ties.csv": "Von;An\nKita Sonnenschein;Quartiersbüro\n",
        ])
        #expect(failure.errors.map { $0.description(.de) } == [
            "network.yaml, Zeile 2, Spalte „language“: „fr“ ist kein gültiger Wert für language. Erwartet wird de oder en."])
        #expect(failure.warnings.first?.message(.de) == "Die unbekannte Einstellung „name2“ wird ignoriert.")
    }

    @Test func failureKeepsTheNetworksLanguage() throws {
        let bad = ["actors.csv": actors, "ties.csv": "Von;An\nQuartiersbüro;Kita Sonnenschien\n"]
        var german = bad
        german["network.yaml"] = "name: Test\nlanguage: de\n"
        #expect(try LoadingFixture.failure(german).language == .de)
        var english = bad
        english["network.yaml"] = "name: Test\nlanguage: en\n"
        #expect(try LoadingFixture.failure(english).language == .en)
        #expect(try LoadingFixture.failure(bad).language == nil)
        german["ties.csv"] = "Von;An\nQuartiersbüro;Kita Sonnenschein\n"
        #expect(try LoadingFixture.load(german).language == .de)
    }

    @Test func exchangeMessagesInGerman() throws {
        let data = Data("<graphml><graph><node id=\"a\"/><node id=\"kita\"/><edge source=\"a\" target=\"kit\"/></graph></graphml>".utf8)
        do {
            _ = try ExchangeReader.read(data, file: "x.graphml", format: .graphml)
            Issue.record("expected a failure")
        } catch {
            #expect(error.errors.first?.description(.de)
                == "x.graphml, Zeile 1: Die Kante hier nennt den Knoten „kit“, den es in der Datei nicht gibt. Meinten Sie „kita“?")
        }
    }

    /// A workbook's cell is named as spreadsheets name it (`Beziehungen!B9`), the column's header after it.
    @Test func cellsOfWorkbooksAreNamedAsSpreadsheetsDo() {
        let cell = SourceLocation(file: "netz.xlsx", sheet: "Beziehungen", row: 9, columnIndex: 2, column: "An")
        #expect(German().place(cell) == "netz.xlsx, Beziehungen!B9 (Spalte „An“)")
        #expect(English().place(cell) == "netz.xlsx, Beziehungen!B9 (column \"An\")")
        let issue = LoadIssue(.unknownActor(value: "Kita Sonnenschien", suggestions: [.init(index: 0, name: "Kita Sonnenschein", id: "kita-sonnenschein")]), at: cell)
        #expect(issue.description(.de)
            == "netz.xlsx, Beziehungen!B9 (Spalte „An“): „Kita Sonnenschien“ ist kein bekannter Akteur. Meinten Sie „Kita Sonnenschein“?")
        // A sheet name with spaces is quoted as Excel quotes it; a whole row has no cell.
        #expect(German().place(SourceLocation(file: "a.ods", sheet: "Alte Liste", row: 3)) == "a.ods, 'Alte Liste', Zeile 3")
        #expect(English().place(SourceLocation(file: "a.ods", sheet: "O'Brien's", row: 0)) == "a.ods, 'O''Brien''s'")
        #expect([1, 2, 26, 27, 52, 702, 703, 16_384].map(SourceLocation.columnLetters) == ["A", "B", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"])
        // Text files keep their form.
        #expect(German().place(SourceLocation(file: "ties.csv", line: 12, column: "An")) == "ties.csv, Zeile 12, Spalte „An“")
        #expect(English().place(SourceLocation(file: "ties.csv", line: 0)) == "ties.csv")
    }
}
