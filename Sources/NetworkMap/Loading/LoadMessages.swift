/// Every message the loader writes, in English and German, in one place.
///
/// Each message says what is wrong in words a non-programmer understands; each hint says what to do. The German
/// texts are written for German neighbourhood managers (formal "Sie", the product's terms: Akteur, Beziehung,
/// Spalte, Zeile, Datei), not translated word for word; quotations in German text use „…“.
extension LoadIssue {
    // MARK: Files

    static func pathMissing(_ path: String) -> LoadIssue {
        LoadIssue(.error,
                  en: "There is no file or folder \(q(path, .en)).",
                  de: "Es gibt keine Datei und keinen Ordner \(q(path, .de)).",
                  hintEN: "Check the spelling of the path, or create a new network with `network-map init \(path)`.",
                  hintDE: "Prüfen Sie die Schreibweise des Pfads, oder legen Sie mit `network-map init \(path)` ein neues Netzwerk an.")
    }

    static func unreadable(_ path: String, reason: String) -> LoadIssue {
        LoadIssue(.error,
                  en: "The file \(q(path, .en)) cannot be read (\(reason)).",
                  de: "Die Datei \(q(path, .de)) lässt sich nicht lesen (\(reason)).",
                  hintEN: "Check that it exists and that you are allowed to open it.",
                  hintDE: "Prüfen Sie, ob es die Datei gibt und ob Sie sie öffnen dürfen.")
    }

    static func noActorsFile(folder: String) -> LoadIssue {
        LoadIssue(.error,
                  en: "The folder \(q(folder, .en)) has no actors.csv.",
                  de: "Im Ordner \(q(folder, .de)) fehlt die Datei actors.csv (oder akteure.csv).",
                  hintEN: "A network folder holds actors.csv (one row per actor), ties.csv and optionally network.yaml. "
                      + "`network-map init` writes templates.",
                  hintDE: "Ein Netzwerk-Ordner enthält actors.csv (eine Zeile je Akteur), ties.csv (eine Zeile je Beziehung) "
                      + "und bei Bedarf network.yaml. `network-map init` legt Vorlagen an.")
    }

    static func notANetwork(_ path: String) -> LoadIssue {
        LoadIssue(.error,
                  en: "\(q(path, .en)) is neither a network folder nor a network.yaml file.",
                  de: "\(q(path, .de)) ist weder ein Netzwerk-Ordner noch eine network.yaml-Datei.",
                  hintEN: "Give the folder that holds actors.csv and ties.csv.",
                  hintDE: "Geben Sie den Ordner an, in dem actors.csv und ties.csv liegen.")
    }

    static func severalFiles(_ names: [String], using: String) -> LoadIssue {
        LoadIssue(.warning,
                  en: "The folder holds several files for the same purpose: \(quoted(names, .en)). Using \(q(using, .en)).",
                  de: "Im Ordner liegen mehrere Dateien für denselben Zweck: \(quoted(names, .de)). Verwendet wird \(q(using, .de)).",
                  hintEN: "Remove or rename the others to avoid confusion.",
                  hintDE: "Entfernen Sie die anderen oder benennen Sie sie um, damit nichts verwechselt wird.")
    }

    static func unterminatedQuote(_ file: String, line: Int) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "A quotation mark (\") opens a cell here but is never closed, so the rest of the file cannot be read.",
                  de: "Hier beginnt eine Zelle mit einem Anführungszeichen (\"), das nirgends geschlossen wird; "
                      + "deshalb lässt sich der Rest der Datei nicht lesen.",
                  hintEN: "Add the closing quotation mark, or write a quotation mark inside a cell as two (\"\").",
                  hintDE: "Ergänzen Sie das schließende Anführungszeichen, oder schreiben Sie ein Anführungszeichen "
                      + "innerhalb einer Zelle doppelt (\"\").")
    }

    // MARK: network.yaml

    static func yamlSyntax(_ file: String, line: Int, problem: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "This line is not valid YAML (\(problem)).",
                  de: "Diese Zeile ist kein gültiges YAML (\(problem)).",
                  hintEN: "Check the indentation and that every key is followed by a colon and a space.",
                  hintDE: "Prüfen Sie die Einrückung, und ob auf jeden Schlüssel ein Doppelpunkt und ein Leerzeichen folgen.")
    }

    static func yamlNotMapping(_ file: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: 0),
                  en: "The file does not hold settings of the form `key: value`.",
                  de: "Die Datei enthält keine Einstellungen der Form `schlüssel: wert`.",
                  hintEN: "Start from the network.yaml that `network-map init` writes.",
                  hintDE: "Gehen Sie von der network.yaml aus, die `network-map init` anlegt.")
    }

    static func yamlUnknownKeys(_ file: String, line: Int, keys: [String], known: [String]) -> LoadIssue {
        let one = keys.count == 1
        return LoadIssue(.warning, at: SourceLocation(file: file, line: line),
                         en: "Unknown \(one ? "setting" : "settings") \(quoted(keys, .en)) \(one ? "is" : "are") ignored.",
                         de: one ? "Die unbekannte Einstellung \(quoted(keys, .de)) wird ignoriert."
                             : "Die unbekannten Einstellungen \(quoted(keys, .de)) werden ignoriert.",
                         hintEN: "Known settings: \(known.joined(separator: ", ")).",
                         hintDE: "Bekannte Einstellungen: \(known.joined(separator: ", ")).")
    }

    /// A value shown in a message about `network.yaml`: the text the user wrote, or a description of what was there.
    enum ShownValue {
        case text(String)
        case list, mapping, noID

        func text(_ language: Language) -> String {
            switch (self, language) {
            case (.text(let text), _): return text
            case (.list, .en): return "(a list)"
            case (.list, .de): return "(eine Liste)"
            case (.mapping, .en): return "(a mapping)"
            case (.mapping, .de): return "(eine Zuordnung)"
            case (.noID, .en): return "(no id)"
            case (.noID, .de): return "(keine id)"
            }
        }
    }

    /// What a setting or attribute should have held.
    enum Expected {
        case singleValue, valueOrList, language, trueOrFalse, attitude, idForEveryEntry
        case date(example: String)
        case number(from: Int, to: Int)
        /// `actor_types` / `tie_kinds`.
        case styleList
        /// Inline `actors` / `ties`.
        case rowList, rowEntry
        /// `merged_from`: the sources of a merged network.
        case sourceList

        func text(_ language: Language) -> String {
            let de = language == .de
            switch self {
            case .singleValue: return de ? "ein einzelner Wert" : "a single value"
            case .valueOrList: return de ? "ein einzelner Wert oder eine Liste" : "a single value or a list"
            case .language: return de ? "de oder en" : "de or en"
            case .trueOrFalse: return de ? "true oder false" : "true or false"
            case .attitude:
                return de ? "supportive, neutral oder opposed (unterstützend, neutral, ablehnend)" : "supportive, neutral or opposed"
            case .idForEveryEntry: return de ? "eine id für jeden Eintrag" : "an id for every entry"
            case .date(let example): return de ? "ein Datum wie \(example)" : "a date like \(example)"
            case .number(let low, let high): return de ? "eine Zahl von \(low) bis \(high)" : "a number from \(low) to \(high)"
            case .styleList:
                return de ? "eine Liste von Einträgen mit id, label_de, label_en, color und shape"
                    : "a list of entries with id, label_de, label_en, color and shape"
            case .rowList:
                return de ? "eine Liste mit einem Eintrag (- name: …) je Zeile" : "a list with one entry (- name: …) per row"
            case .rowEntry:
                return de ? "ein Eintrag mit Feldern wie name: und type:" : "an entry with fields such as name: and type:"
            case .sourceList:
                return de ? "eine Liste von Einträgen mit name: und wahlweise respondent: und date:"
                    : "a list of entries with name: and optionally respondent: and date:"
            }
        }
    }

    static func yamlInvalid(_ file: String, line: Int, key: String, value: ShownValue, expected: Expected) -> LoadIssue {
        invalidSetting(SourceLocation(file: file, line: line, column: key), key: key, value: value, expected: expected)
    }

    /// `"x" is not a valid value for key. Expected …` (network.yaml settings and GraphML/GEXF attributes).
    static func invalidSetting(_ location: SourceLocation, key: String, value: ShownValue, expected: Expected) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value.text(.en), .en)) is not a valid value for \(key).",
                  de: "\(q(value.text(.de), .de)) ist kein gültiger Wert für \(key).",
                  hintEN: "Expected \(expected.text(.en)).",
                  hintDE: "Erwartet wird \(expected.text(.de)).")
    }

    static func inlineAndFile(_ file: String, line: Int, key: String, csv: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line, column: key),
                  en: "The \(key) are listed both here and in \(csv).",
                  de: "Die Einträge unter \(key) stehen sowohl hier als auch in der Datei \(csv).",
                  hintEN: "Keep them in one place: remove the list from \(file) or the file \(csv).",
                  hintDE: "Führen Sie sie an einer Stelle: Entfernen Sie die Liste aus \(file) oder die Datei \(csv).")
    }

    // MARK: Columns

    /// A column the loader needs, by the header name it has in each language ("target" / "An").
    struct ColumnName {
        var en: String
        var de: String
    }

    static func missingColumns(_ file: String, line: Int, missing: [ColumnName], present: [String]) -> LoadIssue {
        let one = missing.count == 1
        let there = present.isEmpty ? "no column headers" : "the columns \(quoted(present, .en))"
        let thereDE = present.isEmpty ? "keine Spaltenüberschriften"
            : present.count == 1 ? "nur die Spalte \(quoted(present, .de))" : "die Spalten \(quoted(present, .de))"
        let missingDE = list(missing.map { "\(q($0.de, .de)) (oder \(q($0.en, .de)))" }, .de)
        let isTies = file.lowercased().hasPrefix("ties") || file.lowercased().hasPrefix("bezieh")
        return LoadIssue(.error, at: SourceLocation(file: file, line: line),
                         en: "The \(one ? "column" : "columns") \(quoted(missing.map(\.en), .en)) \(one ? "is" : "are") missing; the file has \(there).",
                         de: "\(one ? "Die Spalte" : "Die Spalten") \(missingDE) \(one ? "fehlt" : "fehlen"); die Datei hat \(thereDE).",
                         hintEN: "The first row must name the columns, in English or German (for example "
                             + (isTies ? "source, target, kind or Von, An, Art" : "name, type or Name, Typ") + ").",
                         hintDE: "In der ersten Zeile müssen die Spaltennamen stehen, auf Deutsch oder Englisch (zum Beispiel "
                             + (isTies ? "Von, An, Art oder source, target, kind" : "Name, Typ oder name, type") + ").")
    }

    static func unknownColumns(_ file: String, line: Int, headers: [String]) -> LoadIssue {
        let one = headers.count == 1
        return LoadIssue(.warning, at: SourceLocation(file: file, line: line),
                         en: "The \(one ? "column" : "columns") \(quoted(headers, .en)) \(one ? "is" : "are") not known; kept as extra information.",
                         de: one ? "Die Spalte \(quoted(headers, .de)) ist unbekannt; sie wird als zusätzliche Angabe übernommen."
                             : "Die Spalten \(quoted(headers, .de)) sind unbekannt; sie werden als zusätzliche Angaben übernommen.",
                         hintEN: "Nothing to do if that is intended; otherwise check the spelling of the header.",
                         hintDE: "Ist das so gewollt, ist nichts zu tun; sonst prüfen Sie die Schreibweise der Überschrift.")
    }

    static func duplicateColumn(_ file: String, line: Int, header: String, earlier: String) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: line, column: header),
                  en: "This column means the same as the column \(q(earlier, .en)); the first one is used, this one is kept as extra information.",
                  de: "Diese Spalte bedeutet dasselbe wie die Spalte \(q(earlier, .de)); verwendet wird die erste, "
                      + "diese hier wird als zusätzliche Angabe übernommen.",
                  hintEN: "Rename or remove one of them.",
                  hintDE: "Benennen Sie eine der beiden Spalten um, oder entfernen Sie eine.")
    }

    static func extraValues(_ file: String, lines: [Int]) -> LoadIssue {
        let numbers = lines.map(String.init)
        return LoadIssue(.warning, at: SourceLocation(file: file, line: lines.first ?? 0),
                         en: "\(lines.count == 1 ? "This row has" : "\(lines.count) rows (lines \(list(numbers, .en))) have") more values than the first row has column headers; the extra values are ignored.",
                         de: "\(lines.count == 1 ? "Diese Zeile hat" : "\(lines.count) Zeilen (Zeilen \(list(numbers, .de))) haben") mehr Werte, "
                             + "als die erste Zeile Spaltenüberschriften hat; die überzähligen Werte werden ignoriert.",
                         hintEN: "Give the column a header, or check for a separator (, or ;) inside a cell that should be quoted.",
                         hintDE: "Geben Sie der Spalte eine Überschrift, oder prüfen Sie, ob in einer Zelle ein Trennzeichen (, oder ;) "
                             + "steht; eine solche Zelle gehört in Anführungszeichen.")
    }

    // MARK: Actors

    static func noActors(_ file: String?) -> LoadIssue {
        LoadIssue(.error, at: file.map { SourceLocation(file: $0, line: 0) },
                  en: "The network has no actors.",
                  de: "Das Netzwerk enthält keine Akteure.",
                  hintEN: "Add one row per actor below the header row, with at least a name and a type.",
                  hintDE: "Tragen Sie unter der Kopfzeile je Akteur eine Zeile ein, mindestens mit Name und Typ.")
    }

    /// A cell every row must fill.
    enum RequiredCell {
        case name, type, source, target
    }

    static func emptyCell(_ location: SourceLocation, what: RequiredCell) -> LoadIssue {
        switch what {
        case .name:
            return LoadIssue(.error, at: location, en: "The name is empty.", de: "Der Name fehlt.",
                             hintEN: "Every row needs a name.", hintDE: "Jede Zeile braucht einen Namen.")
        case .type:
            return LoadIssue(.error, at: location, en: "The type is empty.", de: "Der Typ fehlt.",
                             hintEN: "Every row needs a type.",
                             hintDE: "Jede Zeile braucht einen Typ, zum Beispiel Verein, Gremium oder Bewohner:in.")
        case .source:
            return LoadIssue(.error, at: location, en: "The source is empty.",
                             de: "Hier fehlt der Akteur, von dem die Beziehung ausgeht.",
                             hintEN: "Every row needs a source.",
                             hintDE: "Jede Beziehung verbindet zwei Akteure: Tragen Sie beide ein (Spalten „Von“ und „An“).")
        case .target:
            return LoadIssue(.error, at: location, en: "The target is empty.",
                             de: "Hier fehlt der Akteur, zu dem die Beziehung führt.",
                             hintEN: "Every row needs a target.",
                             hintDE: "Jede Beziehung verbindet zwei Akteure: Tragen Sie beide ein (Spalten „Von“ und „An“).")
        }
    }

    /// `valid` are the ids users may write, `validDE` the German labels (which are accepted too).
    static func unknownType(_ location: SourceLocation, value: String, suggestions: [String], valid: [String],
                            validDE: [String]) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is not a known actor type.",
                  de: "\(q(value, .de)) ist kein bekannter Akteurstyp.",
                  hintEN: didYouMean(suggestions, .en) + "Use one of: \(valid.joined(separator: ", ")); "
                      + "or declare it under actor_types in network.yaml.",
                  hintDE: didYouMean(suggestions, .de) + "Möglich sind: \(validDE.joined(separator: ", ")); "
                      + "oder tragen Sie den Typ in network.yaml unter actor_types ein.")
    }

    /// `valid` are the ids users may write, `validDE` the German labels (which are accepted too).
    static func unknownKind(_ location: SourceLocation, value: String, suggestions: [String], valid: [String],
                            validDE: [String]) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is not a known kind of tie.",
                  de: "\(q(value, .de)) ist keine bekannte Art von Beziehung.",
                  hintEN: didYouMean(suggestions, .en) + "Use one of: \(valid.joined(separator: ", ")); "
                      + "or declare it under tie_kinds in network.yaml.",
                  hintDE: didYouMean(suggestions, .de) + "Möglich sind: \(validDE.joined(separator: ", ")); "
                      + "oder tragen Sie die Art in network.yaml unter tie_kinds ein.")
    }

    static func duplicateID(_ location: SourceLocation, id: String, firstLine: Int) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "The id \(q(id, .en)) is already used by the actor in line \(firstLine).",
                  de: "Die id \(q(id, .de)) hat schon der Akteur in Zeile \(firstLine).",
                  hintEN: "Every actor needs its own id; change one of them (or leave the id empty to derive it from the name).",
                  hintDE: "Jeder Akteur braucht eine eigene id; ändern Sie eine der beiden (oder lassen Sie die id leer, "
                      + "dann wird sie aus dem Namen gebildet).")
    }

    static func invalidNumber(_ location: SourceLocation, value: String, from low: Int, to high: Int) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is not a number from \(low) to \(high).",
                  de: "\(q(value, .de)) ist keine Zahl von \(low) bis \(high).",
                  hintEN: "Write a number from \(low) to \(high) (a decimal comma like 2,5 is fine), or leave the cell empty.",
                  hintDE: "Schreiben Sie eine Zahl von \(low) bis \(high) (auch mit Komma, etwa 2,5), oder lassen Sie die Zelle leer.")
    }

    static func invalidBool(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is neither yes nor no.",
                  de: "\(q(value, .de)) ist weder ja noch nein.",
                  hintEN: "Write yes or no (ja or nein, x for yes), or leave the cell empty.",
                  hintDE: "Schreiben Sie ja oder nein (x steht für ja), oder lassen Sie die Zelle leer.")
    }

    static func invalidAttitude(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is not a known attitude.",
                  de: "\(q(value, .de)) ist keine bekannte Haltung.",
                  hintEN: "Write supportive, neutral or opposed (unterstützend, neutral, ablehnend), or leave the cell empty.",
                  hintDE: "Schreiben Sie unterstützend, neutral oder ablehnend, oder lassen Sie die Zelle leer.")
    }

    // MARK: Ties

    static func invalidConfirmation(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is not a known confirmation.",
                  de: "\(q(value, .de)) ist keine bekannte Bestätigung.",
                  hintEN: "Write confirmed, one-sided or unverifiable, or leave the cell empty.",
                  hintDE: "Schreiben Sie bestätigt, einseitig oder nicht prüfbar, oder lassen Sie die Zelle leer.")
    }

    static func unknownActor(_ location: SourceLocation, value: String, suggestions: [String]) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) names no actor.",
                  de: "\(q(value, .de)) ist kein bekannter Akteur.",
                  hintEN: suggestions.isEmpty
                      ? "Write the name or id exactly as in the actors file, or add the actor there."
                      : "Did you mean \(alternatives(suggestions, .en))?",
                  hintDE: suggestions.isEmpty
                      ? "Schreiben Sie den Namen oder die id genau wie in der Akteursdatei, oder ergänzen Sie den Akteur dort."
                      : "Meinten Sie \(alternatives(suggestions, .de))?")
    }

    static func ambiguousActor(_ location: SourceLocation, value: String, lines: [Int]) -> LoadIssue {
        let numbers = lines.map(String.init)
        return LoadIssue(.error, at: location,
                         en: "\(q(value, .en)) could mean several actors with this name (lines \(list(numbers, .en)) of the actors file).",
                         de: "\(q(value, .de)) kann mehrere Akteure dieses Namens meinen (Zeilen \(list(numbers, .de)) der Akteursdatei).",
                         hintEN: "Give those actors different names, or ids, and use the id here.",
                         hintDE: "Geben Sie diesen Akteuren verschiedene Namen oder ids, und verwenden Sie hier die id.")
    }

    static func invalidStrength(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is not a tie strength.",
                  de: "\(q(value, .de)) ist keine Stärke einer Beziehung.",
                  hintEN: "Write 1 (weak), 2 (medium) or 3 (strong), or schwach, mittel, stark; empty means 1.",
                  hintDE: "Schreiben Sie 1 (schwach), 2 (mittel) oder 3 (stark), oder die Wörter schwach, mittel, stark; "
                      + "eine leere Zelle bedeutet 1.")
    }

    static func invalidDate(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "\(q(value, .en)) is not a date.",
                  de: "\(q(value, .de)) ist kein Datum.",
                  hintEN: "Write a date like 2024-03-01, 01.03.2024, 2024-03 or 2024, or leave the cell empty.",
                  hintDE: "Schreiben Sie ein Datum wie 01.03.2024, 2024-03-01, 2024-03 oder 2024, oder lassen Sie die Zelle leer.")
    }

    static func sinceAfterUntil(_ location: SourceLocation, since: Day, until: Day) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "The tie ends (\(until)) before it begins (\(since)).",
                  de: "Die Beziehung endet (\(until)), bevor sie beginnt (\(since)).",
                  hintEN: "Check the two dates; perhaps they are swapped.",
                  hintDE: "Prüfen Sie die beiden Daten; vielleicht sind sie vertauscht.")
    }

    static func selfTie(_ location: SourceLocation, name: String) -> LoadIssue {
        LoadIssue(.error, at: location,
                  en: "This is a tie from \(q(name, .en)) to \(q(name, .en)) itself.",
                  de: "Diese Beziehung führt von \(q(name, .de)) zu \(q(name, .de)) selbst.",
                  hintEN: "A tie joins two different actors; correct one of the two names or remove the row.",
                  hintDE: "Eine Beziehung verbindet zwei verschiedene Akteure; korrigieren Sie einen der beiden Namen, "
                      + "oder löschen Sie die Zeile.")
    }

    static func duplicateTie(_ location: SourceLocation, firstLine: Int, source: String, target: String) -> LoadIssue {
        LoadIssue(.warning, at: location,
                  en: "The tie between \(q(source, .en)) and \(q(target, .en)) repeats the one in line \(firstLine); the two are merged (keeping the stronger strength).",
                  de: "Die Beziehung zwischen \(q(source, .de)) und \(q(target, .de)) wiederholt die aus Zeile \(firstLine); "
                      + "beide werden zusammengefasst (es gilt die größere Stärke).",
                  hintEN: "Remove one of the rows, or give them different kinds.",
                  hintDE: "Löschen Sie eine der beiden Zeilen, oder geben Sie den Beziehungen verschiedene Arten.")
    }

    static func noTies(_ file: String?) -> LoadIssue {
        LoadIssue(.warning, at: file.map { SourceLocation(file: $0, line: 0) },
                  en: "The network has no ties.",
                  de: "Das Netzwerk enthält keine Beziehungen.",
                  hintEN: "Add ties.csv with one row per relationship (columns source and target, or Von and An).",
                  hintDE: "Legen Sie ties.csv an, mit einer Zeile je Beziehung (Spalten Von und An, oder source und target).")
    }

    static func actorsWithoutTies(_ names: [String], total: Int) -> LoadIssue {
        let shownEN = names.prefix(5).map { q($0, .en) }.joined(separator: ", ")
        let shownDE = names.prefix(5).map { q($0, .de) }.joined(separator: ", ")
        return LoadIssue(.warning,
                         en: "\(total == 1 ? "1 actor has" : "\(total) actors have") no ties: \(shownEN)\(total > 5 ? " and \(total - 5) more" : "").",
                         de: "\(total == 1 ? "1 Akteur hat" : "\(total) Akteure haben") keine Beziehungen: \(shownDE)\(total > 5 ? " und \(total - 5) weitere" : "").",
                         hintEN: "Often such actors are missing data rather than isolated; check whether ties are missing.",
                         hintDE: "Oft fehlen bei solchen Akteuren Daten, und sie sind gar nicht isoliert; prüfen Sie, ob Beziehungen fehlen.")
    }

    static func unknownHome(_ file: String, line: Int, value: String, suggestions: [String]) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line, column: "home"),
                  en: "\(q(value, .en)) names no actor, so it cannot be the home (the QM office).",
                  de: "\(q(value, .de)) ist kein bekannter Akteur und kann daher nicht das QM-Büro (home) sein.",
                  hintEN: suggestions.isEmpty ? "Write the name or id of an actor from the actors file."
                      : "Did you mean \(alternatives(suggestions, .en))?",
                  hintDE: suggestions.isEmpty ? "Schreiben Sie den Namen oder die id eines Akteurs aus der Akteursdatei."
                      : "Meinten Sie \(alternatives(suggestions, .de))?")
    }

    // MARK: Places and helpers

    /// `ties.csv, line 12, column "An"` / `ties.csv, Zeile 12, Spalte „An“`; line 0 stands for the whole file.
    static func place(_ location: SourceLocation, _ language: Language) -> String {
        var text = location.file
        if location.line > 0 { text += language == .de ? ", Zeile \(location.line)" : ", line \(location.line)" }
        if let column = location.column { text += (language == .de ? ", Spalte " : ", column ") + q(column, language) }
        return text
    }

    /// `"text"` in English, `„text“` in German.
    static func q(_ text: String, _ language: Language) -> String {
        language == .de ? "„\(text)“" : "\"\(text)\""
    }

    static func quoted(_ items: [String], _ language: Language) -> String {
        list(items.map { q($0, language) }, language)
    }

    /// "a", "a and b", "a, b and c" (German: "und").
    static func list(_ items: [String], _ language: Language) -> String {
        joined(items, language == .de ? " und " : " and ")
    }

    /// `"a"`, `"a" or "b"` (German: „a“ oder „b“).
    static func alternatives(_ items: [String], _ language: Language) -> String {
        joined(items.map { q($0, language) }, language == .de ? " oder " : " or ")
    }

    private static func joined(_ items: [String], _ last: String) -> String {
        guard items.count > 1, let final = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + last + final
    }

    private static func didYouMean(_ suggestions: [String], _ language: Language) -> String {
        guard !suggestions.isEmpty else { return "" }
        return language == .de ? "Meinten Sie \(alternatives(suggestions, .de))? " : "Did you mean \(alternatives(suggestions, .en))? "
    }
}
