/// Every message the loader writes, in one place, so that the command line can localise them later.
///
/// Each message says what is wrong in words a non-programmer understands; each hint says what to do.
extension LoadIssue {
    // MARK: Files

    static func pathMissing(_ path: String) -> LoadIssue {
        LoadIssue(.error, "There is no file or folder \"\(path)\".",
                  hint: "Check the spelling of the path, or create a new network with `network-map init \(path)`.")
    }

    static func unreadable(_ path: String, reason: String) -> LoadIssue {
        LoadIssue(.error, "The file \"\(path)\" cannot be read (\(reason)).",
                  hint: "Check that it exists and that you are allowed to open it.")
    }

    static func noActorsFile(folder: String) -> LoadIssue {
        LoadIssue(.error, "The folder \"\(folder)\" has no actors.csv.",
                  hint: "A network folder holds actors.csv (one row per actor), ties.csv and optionally network.yaml. "
                      + "`network-map init` writes templates.")
    }

    static func notANetwork(_ path: String) -> LoadIssue {
        LoadIssue(.error, "\"\(path)\" is neither a network folder nor a network.yaml file.",
                  hint: "Give the folder that holds actors.csv and ties.csv.")
    }

    static func severalFiles(_ names: [String], using: String) -> LoadIssue {
        LoadIssue(.warning, "The folder holds several files for the same purpose: \(quoted(names)). Using \"\(using)\".",
                  hint: "Remove or rename the others to avoid confusion.")
    }

    static func unterminatedQuote(_ file: String, line: Int) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  "A quotation mark (\") opens a cell here but is never closed, so the rest of the file cannot be read.",
                  hint: "Add the closing quotation mark, or write a quotation mark inside a cell as two (\"\").")
    }

    // MARK: network.yaml

    static func yamlSyntax(_ file: String, line: Int, problem: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line), "This line is not valid YAML (\(problem)).",
                  hint: "Check the indentation and that every key is followed by a colon and a space.")
    }

    static func yamlNotMapping(_ file: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: 0), "The file does not hold settings of the form `key: value`.",
                  hint: "Start from the network.yaml that `network-map init` writes.")
    }

    static func yamlUnknownKeys(_ file: String, line: Int, keys: [String], known: [String]) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: line),
                  "Unknown \(keys.count == 1 ? "setting" : "settings") \(quoted(keys)) \(keys.count == 1 ? "is" : "are") ignored.",
                  hint: "Known settings: \(known.joined(separator: ", ")).")
    }

    static func yamlInvalid(_ file: String, line: Int, key: String, value: String, expected: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line, column: key),
                  "\"\(value)\" is not a valid value for \(key).", hint: "Expected \(expected).")
    }

    static func inlineAndFile(_ file: String, line: Int, key: String, csv: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line, column: key),
                  "The \(key) are listed both here and in \(csv).",
                  hint: "Keep them in one place: remove the list from \(file) or the file \(csv).")
    }

    // MARK: Columns

    static func missingColumns(_ file: String, line: Int, missing: [String], present: [String]) -> LoadIssue {
        let there = present.isEmpty ? "no column headers" : "the columns \(quoted(present))"
        return LoadIssue(.error, at: SourceLocation(file: file, line: line),
                         "The \(missing.count == 1 ? "column" : "columns") \(quoted(missing)) \(missing.count == 1 ? "is" : "are") missing; the file has \(there).",
                         hint: "The first row must name the columns, in English or German (for example \(examples(file))).")
    }

    static func unknownColumns(_ file: String, line: Int, headers: [String]) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: line),
                  "The \(headers.count == 1 ? "column" : "columns") \(quoted(headers)) \(headers.count == 1 ? "is" : "are") not known; kept as extra information.",
                  hint: "Nothing to do if that is intended; otherwise check the spelling of the header.")
    }

    static func duplicateColumn(_ file: String, line: Int, header: String, earlier: String) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: line, column: header),
                  "This column means the same as the column \"\(earlier)\"; the first one is used, this one is kept as extra information.",
                  hint: "Rename or remove one of them.")
    }

    static func extraValues(_ file: String, lines: [Int]) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: lines[0]),
                  "\(lines.count == 1 ? "This row has" : "\(lines.count) rows (lines \(list(lines.map(String.init)))) have") more values than the first row has column headers; the extra values are ignored.",
                  hint: "Give the column a header, or check for a separator (, or ;) inside a cell that should be quoted.")
    }

    // MARK: Actors

    static func noActors(_ file: String?) -> LoadIssue {
        LoadIssue(.error, at: file.map { SourceLocation(file: $0, line: 0) }, "The network has no actors.",
                  hint: "Add one row per actor below the header row, with at least a name and a type.")
    }

    static func emptyCell(_ location: SourceLocation, what: String) -> LoadIssue {
        LoadIssue(.error, at: location, "The \(what) is empty.", hint: "Every row needs a \(what).")
    }

    static func unknownType(_ location: SourceLocation, value: String, suggestions: [String], valid: [String]) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" is not a known actor type.",
                  hint: didYouMean(suggestions) + "Use one of: \(valid.joined(separator: ", ")); "
                      + "or declare it under actor_types in network.yaml.")
    }

    static func unknownKind(_ location: SourceLocation, value: String, suggestions: [String], valid: [String]) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" is not a known kind of tie.",
                  hint: didYouMean(suggestions) + "Use one of: \(valid.joined(separator: ", ")); "
                      + "or declare it under tie_kinds in network.yaml.")
    }

    static func duplicateID(_ location: SourceLocation, id: String, firstLine: Int) -> LoadIssue {
        LoadIssue(.error, at: location, "The id \"\(id)\" is already used by the actor in line \(firstLine).",
                  hint: "Every actor needs its own id; change one of them (or leave the id empty to derive it from the name).")
    }

    static func invalidNumber(_ location: SourceLocation, value: String, range: String) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" is not a number from \(range).",
                  hint: "Write a number from \(range) (a decimal comma like 2,5 is fine), or leave the cell empty.")
    }

    static func invalidBool(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" is neither yes nor no.",
                  hint: "Write yes or no (ja or nein, x for yes), or leave the cell empty.")
    }

    static func invalidAttitude(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" is not a known attitude.",
                  hint: "Write supportive, neutral or opposed (unterstützend, neutral, ablehnend), or leave the cell empty.")
    }

    // MARK: Ties

    static func unknownActor(_ location: SourceLocation, value: String, suggestions: [String]) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" names no actor.",
                  hint: suggestions.isEmpty
                      ? "Write the name or id exactly as in the actors file, or add the actor there."
                      : "Did you mean \(alternatives(suggestions))?")
    }

    static func ambiguousActor(_ location: SourceLocation, value: String, lines: [Int]) -> LoadIssue {
        LoadIssue(.error, at: location,
                  "\"\(value)\" could mean several actors with this name (lines \(list(lines.map(String.init))) of the actors file).",
                  hint: "Give those actors different names, or ids, and use the id here.")
    }

    static func invalidStrength(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" is not a tie strength.",
                  hint: "Write 1 (weak), 2 (medium) or 3 (strong), or schwach, mittel, stark; empty means 1.")
    }

    static func invalidDate(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.error, at: location, "\"\(value)\" is not a date.",
                  hint: "Write a date like 2024-03-01, 01.03.2024, 2024-03 or 2024, or leave the cell empty.")
    }

    static func sinceAfterUntil(_ location: SourceLocation, since: Day, until: Day) -> LoadIssue {
        LoadIssue(.error, at: location, "The tie ends (\(until)) before it begins (\(since)).",
                  hint: "Check the two dates; perhaps they are swapped.")
    }

    static func selfTie(_ location: SourceLocation, name: String) -> LoadIssue {
        LoadIssue(.error, at: location, "This is a tie from \"\(name)\" to \"\(name)\" itself.",
                  hint: "A tie joins two different actors; correct one of the two names or remove the row.")
    }

    static func duplicateTie(_ location: SourceLocation, firstLine: Int, source: String, target: String) -> LoadIssue {
        LoadIssue(.warning, at: location,
                  "The tie between \"\(source)\" and \"\(target)\" repeats the one in line \(firstLine); the two are merged (keeping the stronger strength).",
                  hint: "Remove one of the rows, or give them different kinds.")
    }

    static func noTies(_ file: String?) -> LoadIssue {
        LoadIssue(.warning, at: file.map { SourceLocation(file: $0, line: 0) }, "The network has no ties.",
                  hint: "Add ties.csv with one row per relationship (columns source and target, or Von and An).")
    }

    static func actorsWithoutTies(_ names: [String], total: Int) -> LoadIssue {
        let shown = names.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = total > 5 ? " and \(total - 5) more" : ""
        return LoadIssue(.warning,
                         "\(total == 1 ? "1 actor has" : "\(total) actors have") no ties: \(shown)\(more).",
                         hint: "Often such actors are missing data rather than isolated; check whether ties are missing.")
    }

    static func unknownHome(_ file: String, line: Int, value: String, suggestions: [String]) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line, column: "home"),
                  "\"\(value)\" names no actor, so it cannot be the home (the QM office).",
                  hint: suggestions.isEmpty ? "Write the name or id of an actor from the actors file."
                      : "Did you mean \(alternatives(suggestions))?")
    }

    // MARK: Helpers

    private static func quoted(_ items: [String]) -> String {
        list(items.map { "\"\($0)\"" })
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "\"a\"", "\"a\" or \"b\"".
    private static func alternatives(_ items: [String]) -> String {
        let q = items.map { "\"\($0)\"" }
        guard q.count > 1, let last = q.last else { return q.first ?? "" }
        return q.dropLast().joined(separator: ", ") + " or " + last
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "Did you mean \(alternatives(suggestions))? "
    }

    private static func examples(_ file: String) -> String {
        file.lowercased().hasPrefix("ties") || file.lowercased().hasPrefix("bezieh")
            ? "source, target, kind or Von, An, Art" : "name, type or Name, Typ"
    }
}
