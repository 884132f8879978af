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
        case let .created(folder):
            return """
                Neues Netzwerk in \(folder)/ angelegt: actors.csv, ties.csv, network.yaml.
                Tragen Sie Akteure und Beziehungen ein (Excel oder LibreOffice) und prüfen Sie dann mit:
                  network-map check \(folder)
                """
        case let .filesExist(files):
            return "Fehler: Diese Dateien gibt es schon; sie bleiben, wie sie sind: " + files.joined(separator: ", ")
                + ". Wählen Sie einen neuen Ordner, oder verschieben Sie die Dateien vorher."
        case let .cannotWrite(path, reason):
            let why: String
            switch reason {
            case let .folderNotCreated(folder, detail): why = "Der Ordner \(folder) lässt sich nicht anlegen (\(detail))."
            case .notWritable: why = "In den Ordner lässt sich nicht schreiben, oder der Datenträger ist voll."
            case let .system(detail): why = detail
            }
            return "Fehler: \(quoted(path)) lässt sich nicht schreiben. " + why
        case let .failure(detail): return "Fehler: " + detail
        case let .handoutFailed(detail): return "Fehler: Das Handout ließ sich nicht zeichnen: " + detail

        case let .ambiguousActor(option, text, count, ids):
            return "Fehler: \(option) „\(text)“ passt auf \(count) Akteure mit diesem Namen (ids \(ids)); geben Sie die id an."
        case let .unknownActor(option, text, network, suggestions):
            let hint = suggestions.isEmpty ? " Schreiben Sie den Namen oder die id wie in der Akteursdatei."
                : " Meinten Sie " + suggestions.map(quoted).joined(separator: " oder ") + "?"
            return "Fehler: \(option) „\(text)“ ist kein Akteur von \(network).\(hint)"
        case let .unknownTheme(option, theme, themes):
            return "Fehler: \(option): Zum Thema „\(theme)“ ist kein Akteur aktiv. Themen: \(list(themes.map(quoted), limit: 20))."
        case let .unknownType(text, valid): return "Fehler: --type: „\(text)“ ist kein Akteurstyp. Möglich sind: \(valid)."
        case let .joinsItself(text): return "Fehler: --add „\(text)“ verbindet einen Akteur mit sich selbst."
        case let .unknownMark(mark):
            return "--highlight kennt brokers, bridges, isolated, introductions und none, nicht „\(mark)“."
        case .negativeDepth: return "--depth muss 0 oder mehr sein."
        case .focusAndTheme: return "Geben Sie entweder --focus oder --theme an, nicht beides."
        case .tooFewMapActors: return "--map-actors muss 5 oder mehr sein."
        case .everyoneExcluded: return "Nach --exclude bleibt kein Akteur übrig: Bitte nennen Sie weniger Akteure."
        case .nothingToChange:
            return "Nennen Sie mindestens einen Akteur mit --remove oder eine geplante Beziehung mit --add \"A -- B\"."
        case let .notATie(text): return "--add „\(text)“ ist keine Beziehung; schreiben Sie sie als \"A -- B\"."
        case .networksAndDates:
            return "Geben Sie entweder zwei Netzwerke an oder ein Netzwerk mit --as-of und --to, nicht beides."
        case .networksOrDates:
            return "Geben Sie zwei Netzwerke an (älter, neuer) oder ein Netzwerk mit --as-of DATUM und --to DATUM."
        case let .notADate(option, text): return "\(option) „\(text)“ ist kein Datum; schreiben Sie es wie 2025-10-01."

        case .progressPaths: return "Wege (Vermittlung, Nähe)"
        case .progressWeightedPaths: return "Gewichtete Wege"

        case let .checkTitle(network, date): return network + (date.map { ", Stand \($0)" } ?? "")
        case let .checkCounts(actors, ties): return "  \(actors) Akteure, \(ties) Beziehungen"
        case .actorsByType: return "  Akteure nach Typ:"
        case .tiesByKind: return "  Beziehungen nach Art:"
        case let .privatePersons(count): return "  Privatpersonen (in allen Ausgaben pseudonymisiert): \(count)"
        case let .home(name): return "  QM-Büro: \(name)"
        case let .checkOK(warnings):
            switch warnings {
            case 0: return "OK: keine Fehler, keine Warnungen."
            case 1: return "OK: keine Fehler, 1 Warnung (siehe oben)."
            default: return "OK: keine Fehler, \(warnings) Warnungen (siehe oben)."
            }
        }
    }
}
