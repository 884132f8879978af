import NetworkMap

extension German {
    public func console(_ message: ConsoleMessage) -> String {
        switch message {
        case let .warningsHeader(count): return count == 1 ? "1 Warnung:" : "\(count) Warnungen:"
        case let .warning(text): return "  Warnung: " + text
        case let .warningCount(count, network):
            return "Hinweis: Die Daten haben \(count == 1 ? "1 Warnung" : "\(count) Warnungen"); `network-map check \(network)` zeigt sie an."
        case let .errorsHeader(count): return "\(count) Fehler:"
        case let .error(text): return "  Fehler: " + text
        case let .moreErrors(count): return "  … und \(count) weitere Fehler derselben Arten; korrigieren Sie zuerst diese."
        case .nothingAnalysed:
            return "Es wurde nichts ausgewertet. Korrigieren Sie die Dateien, und rufen Sie den Befehl dann noch einmal auf."

        case let .mapWritten(path): return "Karte geschrieben: \(path)"
        case let .handoutWritten(path): return "Handout geschrieben: \(path)"
        case let .matrixWritten(path): return "Stakeholder-Matrix geschrieben: \(path)"
        case let .reportWritten(path): return "Bericht geschrieben: \(path)"
        case let .created(folder):
            return """
                Neues Netzwerk in \(folder)/ angelegt: actors.csv, ties.csv, network.yaml.
                Tragen Sie Akteure und Beziehungen ein (Excel oder LibreOffice) und prüfen Sie dann mit:
                  network-map check \(folder)
                """
        case let .createdWorkbook(folder, file):
            return """
                Neues Netzwerk in \(folder)/ angelegt: \(file) (Tabellenblätter „Akteure“ und „Beziehungen“, mit Auswahllisten \
                und Erläuterungen) und network.yaml.
                Tragen Sie Akteure und Beziehungen ein (Excel oder LibreOffice) und prüfen Sie dann mit:
                  network-map check \(folder)
                """
        case let .filesExist(files):
            return "Fehler: Diese Dateien gibt es schon; sie bleiben, wie sie sind: " + files.joined(separator: ", ")
                + ". Wählen Sie einen neuen Ordner, oder verschieben Sie die Dateien vorher."
        case let .cannotWrite(path, reason):
            switch reason {
            case let .folderNotCreated(folder, problem):
                return "Fehler: \(quotedPath(path)) lässt sich nicht schreiben. Der Ordner \(shown(folder)) lässt sich nicht anlegen. "
                    + self.reason(problem)
            case let .system(problem):
                return "Fehler: \(quotedPath(path)) lässt sich nicht schreiben. " + self.reason(problem)
            }
        case let .outputIsInput(path):
            return "Fehler: \(quotedPath(path)) ist eine Datei des Netzwerks, das dieser Befehl liest; das Ergebnis dort zu "
                + "schreiben, würde Ihre Daten ersetzen. Die Datei bleibt, wie sie ist. Geben Sie mit -o eine andere Datei an, "
                + "oder -o - für die Standardausgabe."
        case let .mapTooLarge(actors, ties, maximumActors, maximumTies):
            return "Fehler: Die Karte würde \(actors) Akteure und \(ties) Beziehungen zeigen; eine Karte wird mit "
                + "höchstens \(maximumActors) Akteuren und \(maximumTies) Beziehungen gezeichnet, denn mehr "
                + "anzuordnen, dauert für Graphviz viele Minuten, und lesen könnte es niemand. Zeichnen Sie einen Ausschnitt: "
                + "--focus AKTEUR --depth 1 (das Umfeld eines Akteurs), --type TYP oder --theme THEMA; oder nutzen Sie "
                + "report und convert, die keine solche Grenze haben."
        case let .failure(detail): return "Fehler: " + ShownText.escaped(detail)
        case let .handoutFailed(detail): return "Fehler: Das Handout ließ sich nicht zeichnen: " + ShownText.escaped(detail)

        case let .ambiguousActor(option, text, count, ids):
            return "Fehler: \(option) \(quoted(text)) passt auf \(count) Akteure mit diesem Namen (ids \(ids)); geben Sie die id an."
        case let .unknownActor(option, text, network, suggestions):
            let hint = suggestions.isEmpty ? " Schreiben Sie den Namen oder die id wie in der Akteursdatei."
                : " Meinten Sie " + suggestions.map(quoted).joined(separator: " oder ") + "?"
            return "Fehler: \(option) \(quoted(text)) ist kein Akteur von \(network).\(hint)"
        case let .unknownTheme(option, theme, themes):
            return "Fehler: \(option): Zum Thema \(quoted(theme)) ist kein Akteur aktiv. Themen: \(list(themes.map(quoted), limit: 20))."
        case let .unknownType(text, valid): return "Fehler: --type: \(quoted(text)) ist kein Akteurstyp. Möglich sind: \(valid)."
        case let .joinsItself(text): return "Fehler: --add \(quoted(text)) verbindet einen Akteur mit sich selbst."
        case let .unknownMark(mark):
            return "--highlight kennt brokers, bridges, isolated, introductions, unconfirmed und none, nicht \(quoted(mark))."
        case .negativeDepth: return "--depth muss 0 oder mehr sein."
        case .focusAndTheme: return "Geben Sie entweder --focus oder --theme an, nicht beides."
        case .tooFewMapActors: return "--map-actors muss 5 oder mehr sein."
        case .everyoneExcluded: return "Nach --exclude bleibt kein Akteur übrig: Bitte nennen Sie weniger Akteure."
        case .nothingToChange:
            return "Nennen Sie mindestens einen Akteur mit --remove oder eine geplante Beziehung mit --add \"A -- B\"."
        case let .notATie(text): return "--add \(quoted(text)) ist keine Beziehung; schreiben Sie sie als \"A -- B\"."
        case .networksAndDates:
            return "Geben Sie entweder zwei Netzwerke an oder ein Netzwerk mit --as-of und --to, nicht beides."
        case .networksOrDates:
            return "Geben Sie zwei Netzwerke an (älter, neuer) oder ein Netzwerk mit --as-of DATUM und --to DATUM."
        case let .notADate(option, text): return "\(option) \(quoted(text)) ist kein Datum; schreiben Sie es wie 2025-10-01."

        case .progressPaths: return "Wege (Vermittlung, Nähe)"
        case .progressWeightedPaths: return "Gewichtete Wege"

        case let .checkTitle(network, date): return network + (date.map { ", Stand \($0)" } ?? "")
        case let .checkCounts(actors, ties): return "  \(actors) Akteure, \(ties) Beziehungen"
        case .actorsByType: return "  Akteure nach Typ:"
        case .tiesByKind: return "  Beziehungen nach Art:"
        case let .privatePersons(count): return "  Privatpersonen (in allen Ausgaben pseudonymisiert): \(count)"
        case let .home(name): return "  QM-Büro: \(name)"
        case let .sheetsUsed(file, actors, ties):
            let parts = [actors.map { "Akteure aus \(quoted($0))" }, ties.map { "Beziehungen aus \(quoted($0))" }].compactMap { $0 }
            return "  \(file): " + (parts.isEmpty ? "kein Tabellenblatt verwendet" : list(parts))
        case let .sheetsSkipped(hidden, ignored, unused):
            var parts: [String] = []
            if !hidden.isEmpty { parts.append("übergangen, weil ausgeblendet: \(quotedList(hidden))") }
            if !ignored.isEmpty { parts.append("übergangen, weil „(ignorieren)“ im Namen steht: \(quotedList(ignored))") }
            if !unused.isEmpty { parts.append("nicht verwendet: \(quotedList(unused))") }
            return "  Tabellenblätter " + parts.joined(separator: "; ")
        case let .checkOK(warnings):
            switch warnings {
            case 0: return "OK: keine Fehler, keine Warnungen."
            case 1: return "OK: keine Fehler, 1 Warnung (siehe oben)."
            default: return "OK: keine Fehler, \(warnings) Warnungen (siehe oben)."
            }
        }
    }
}
