import NetworkMap

extension German {
    /// What is wrong with a workbook, and what to do.
    func workbookText(_ error: WorkbookError) -> IssueText {
        let q = quoted
        let saveAs = "Öffnen Sie die Datei in Excel oder LibreOffice Calc und speichern Sie sie als Excel-Arbeitsmappe (.xlsx) "
            + "oder als OpenDocument-Tabelle (.ods)."
        switch error {
        case .legacyExcel:
            return IssueText("Die Datei ist eine Arbeitsmappe im alten Excel-Format 97-2003 (.xls), das network-map nicht liest.",
                             hint: saveAs)
        case .encrypted:
            return IssueText("Die Arbeitsmappe ist mit einem Kennwort geschützt und lässt sich deshalb nicht lesen.",
                             hint: "Öffnen Sie sie, entfernen Sie den Kennwortschutz (Datei › Informationen › Arbeitsmappe schützen) "
                                 + "und speichern Sie sie ohne Kennwort.")
        case .otherCompoundFile:
            return IssueText("Die Datei ist ein altes Office-Dokument, aber keine Arbeitsmappe.",
                             hint: "Geben Sie die Arbeitsmappe mit den Akteuren und Beziehungen an (.xlsx oder .ods).")
        case .binaryExcel:
            return IssueText("Die Datei ist eine binäre Excel-Arbeitsmappe (.xlsb), die network-map nicht liest.", hint: saveAs)
        case .textFile(let looksLikeCSV):
            return IssueText(looksLikeCSV ? "Die Datei ist keine Arbeitsmappe, sondern eine Textdatei, wohl eine CSV-Datei mit falscher Endung."
                                 : "Die Datei ist keine Arbeitsmappe, sondern eine Textdatei.",
                             hint: looksLikeCSV ? "Geben Sie ihr die Endung .csv (actors.csv oder ties.csv), oder speichern Sie sie "
                                 + "in Excel oder LibreOffice als Excel-Arbeitsmappe (.xlsx)." : saveAs)
        case .unknownFormat:
            return IssueText("Die Datei ist keine Arbeitsmappe (weder .xlsx noch .ods).", hint: saveAs)
        case .emptyFile:
            return IssueText("Die Datei ist leer (0 Byte).",
                             hint: "Vermutlich wurde das Speichern unterbrochen; nehmen Sie eine Sicherungskopie oder speichern Sie die Arbeitsmappe erneut.")
        case .corruptArchive(let part):
            return IssueText("Die Arbeitsmappe ist beschädigt oder unvollständig\(part.map { " (Teil \(q($0)))" } ?? "").",
                             hint: "Kopieren Sie die Datei noch einmal vom Original, oder öffnen Sie sie in Excel oder LibreOffice, "
                                 + "die beschädigte Dateien oft reparieren, und speichern Sie sie neu.")
        case .notAWorkbook(let mediaType):
            return IssueText("Die Datei ist ein Office-Dokument, aber keine Tabelle\(mediaType.map { " (\($0))" } ?? "").",
                             hint: "Geben Sie die Arbeitsmappe mit den Akteuren und Beziehungen an (.xlsx oder .ods).")
        case .missingPart(let part):
            return IssueText("In der Arbeitsmappe fehlt ein Teil, den sie braucht (\(q(part))).",
                             hint: "Das Programm, das sie geschrieben hat, hat sie unvollständig gespeichert. " + saveAs)
        case .malformedPart(let part, let line):
            return IssueText("Ein Teil der Arbeitsmappe (\(q(part))\(line.map { ", Zeile \($0)" } ?? "")) ist kein gültiges XML.",
                             hint: "Die Datei ist beschädigt. " + saveAs)
        case .forbiddenDoctype(let part):
            return IssueText("Ein Teil der Arbeitsmappe (\(q(part))) enthält eine DTD, wie sie Excel und LibreOffice nie schreiben; "
                                 + "aus Sicherheitsgründen wird die Datei nicht gelesen.",
                             hint: "Wenn Sie der Herkunft der Datei trauen: " + saveAs)
        case .badCellReference(let part, let reference):
            return IssueText("Die Arbeitsmappe nennt eine ungültige Zelle \(q(reference)) (in \(q(part))).",
                             hint: "Die Datei ist beschädigt. " + saveAs)
        case .tooLarge(let part, let limit):
            return IssueText("Die Arbeitsmappe ist zu groß zum Lesen: \(limitText(limit))\(part.map { " (in \(q($0)))" } ?? "").",
                             hint: "Löschen Sie Tabellenblätter, die nicht zum Netzwerk gehören, oder speichern Sie Akteure und "
                                 + "Beziehungen als CSV-Dateien.")
        case .unreadable(let reason):
            return IssueText("Die Arbeitsmappe lässt sich nicht lesen (\(reason)).",
                             hint: "Prüfen Sie, ob es die Datei gibt und ob Sie sie öffnen dürfen.")
        case let .ambiguousSheets(role, candidates, _):
            return IssueText("Mehrere Tabellenblätter kommen für die \(roleName(role)) in Frage: \(quotedList(candidates)).",
                             hint: "Wählen Sie eines mit \(roleOption(role)) \(q(candidates.first ?? "")), oder schreiben Sie "
                                 + "„(ignorieren)“ in den Namen der anderen.")
        case let .sheetNotFound(role, name, available):
            let suggestions = Suggestions.closest(to: name, in: available)
            return IssueText("Die Arbeitsmappe hat kein Tabellenblatt \(q(name)) (für die \(roleName(role))).",
                             hint: suggestions.isEmpty ? "Vorhanden sind \(quotedList(available))."
                                 : "Meinten Sie \(alternatives(suggestions))? Vorhanden sind \(quotedList(available)).")
        case .sameSheetForBothRoles(let name):
            return IssueText("Das Tabellenblatt \(q(name)) ist zugleich für die Akteure und für die Beziehungen angegeben.",
                             hint: "Akteure und Beziehungen stehen auf zwei verschiedenen Tabellenblättern; geben Sie mit "
                                 + "--actors-sheet und --ties-sheet zwei verschiedene an.")
        }
    }

    private func roleName(_ role: TableRole) -> String { role == .actors ? "Akteure" : "Beziehungen" }

    private func roleOption(_ role: TableRole) -> String { role == .actors ? "--actors-sheet" : "--ties-sheet" }

    private func limitText(_ limit: WorkbookLimits.Limit) -> String {
        switch limit {
        case .fileBytes(let n): return "mehr als \(n >> 20) MB"
        case .partBytes(let n): return "ein Teil entpackt mehr als \(n >> 20) MB"
        case .totalBytes(let n): return "entpackt mehr als \(n >> 20) MB"
        case .cells(let n): return "mehr als \(n) Zellen"
        case .sheets(let n): return "mehr als \(n) Tabellenblätter"
        case .depth(let n): return "XML tiefer als \(n) Ebenen verschachtelt"
        case .entries(let n): return "mehr als \(n) Teile im Archiv"
        case .mergedRanges(let n): return "mehr als \(n) verbundene Zellbereiche"
        }
    }
}

extension German {
    public var workbookWords: NetworkWorkbook.Words {
        networkWords(
            actorsSheet: "Akteure", tiesSheet: "Beziehungen", listsSheet: "Listen", helpSheet: "Erläuterungen", yes: "ja",
            no: "nein", attitudes: [.supportive: "unterstützend", .neutral: "neutral", .opposed: "ablehnend"],
            help: [
                ["Spalte", "Bedeutung"],
                ["Akteure: id", "Kurzes Kennzeichen des Akteurs (frei lassen: wird aus dem Namen gebildet)."],
                ["Name", "Name der Organisation, Gruppe oder Person; jede Zeile braucht einen."],
                ["Typ", "Bewohner:in, Bewohnergruppe, Verein, Unternehmen, Institution oder Gremium; eigene Typen in der Liste ergänzen."],
                ["Kategorie", "Feinere Einordnung, frei (Kita, Schule, Wohnungsunternehmen …)."],
                ["Themen", "Handlungsfelder, getrennt durch |."],
                ["Gebiet", "Teilgebiet des Quartiers."],
                ["Einfluss, Interesse", "Zahlen von 0 bis 10, oder leer."],
                ["Haltung", "unterstützend, neutral oder ablehnend."],
                ["Privatperson", "ja für Einzelpersonen: sie erscheinen in allen Ausgaben pseudonymisiert."],
                ["Kontakt, Notizen", "Frei; Kontakte und Notizen von Privatpersonen werden nie ausgegeben."],
                ["Beziehungen: Von, An", "Name oder id der beiden Akteure."],
                ["Art", "Kooperation, Informationsaustausch, Förderung, Mitgliedschaft oder Konflikt."],
                ["Stärke", "1 schwach, 2 mittel, 3 stark (leer: 1)."],
                ["gerichtet", "ja, wenn die Beziehung nur in eine Richtung geht (Förderung: vom Geldgeber zum Empfänger)."],
                ["seit, bis", "Datum, seit wann und bis wann die Beziehung besteht."],
                ["Quelle", "Woher die Angabe stammt (Interview, Workshop …)."],
                ["Weitere Spalten", "Werden als zusätzliche Angaben übernommen."],
            ],
            listHeaders: ["Typ", "Art", "Stärke", "Haltung", "ja/nein"])
    }

    public var resultSheetNames: (gaps: String, introductions: String, groups: String) {
        ("Lücken", "Vorgeschlagene Kontakte", "Gruppen")
    }

    public var gapHeaders: [String] { ["Dringlichkeit", "Beschreibung", "Betroffene Akteure"] }

    public var introductionHeaders: [String] { ["Von", "An", "Gewinn", "Neu verbundene Paare", "Begründung"] }

    public var groupHeaders: [String] { ["Gruppe", "Mitglieder", "Beziehungen innen", "Beziehungen nach außen", "E-I-Index", "Akteure"] }
}
