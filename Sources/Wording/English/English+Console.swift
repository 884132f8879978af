import NetworkMap

extension English {
    public func console(_ message: ConsoleMessage) -> String {
        switch message {
        case let .warningsHeader(count): return count == 1 ? "1 warning:" : "\(count) warnings:"
        case let .warning(text): return "  warning: " + text
        case let .warningCount(count, network):
            return "note: the data has \(count == 1 ? "1 warning" : "\(count) warnings"); `network-map check \(network)` lists them."
        case let .errorsHeader(count): return count == 1 ? "1 error:" : "\(count) errors:"
        case let .error(text): return "  error: " + text
        case let .moreErrors(count): return "  … and \(count) more errors of the same kinds; correct these first."
        case .nothingAnalysed: return "Nothing was analysed. Correct the files and run the command again."

        case let .mapWritten(path): return "Map written to \(path)"
        case let .handoutWritten(path): return "Handout written to \(path)"
        case let .matrixWritten(path): return "Stakeholder matrix written to \(path)"
        case let .reportWritten(path): return "Report written to \(path)"
        case let .created(folder):
            return """
                Created a new network in \(folder)/: actors.csv, ties.csv, network.yaml.
                Fill in actors and ties (Excel or LibreOffice), then check with:
                  network-map check \(folder)
                """
        case let .createdWorkbook(folder, file):
            return """
                Created a new network in \(folder)/: \(file) (sheets "Actors" and "Ties", with drop-down lists and \
                explanations) and network.yaml.
                Fill in actors and ties (Excel or LibreOffice), then check them with:
                  network-map check \(folder)
                """
        case let .filesExist(files):
            return "error: These files already exist and are left as they are: " + files.joined(separator: ", ")
                + ". Choose a new folder, or move them away first."
        case let .cannotWrite(path, reason):
            switch reason {
            case let .folderNotCreated(folder, problem):
                return "error: Cannot write \(shown(path)): the folder \(shown(folder)) cannot be created. " + self.reason(problem)
            case let .system(problem):
                return "error: Cannot write \(shown(path)). " + self.reason(problem)
            }
        case let .outputIsInput(path):
            return "error: \(quotedPath(path)) is a file of the network this command reads; writing the result there would "
                + "replace your data. The file is left as it is. Give another file with -o, or -o - for standard output."
        case let .mapTooLarge(actors, ties, maximumActors, maximumTies):
            return "error: The map would show \(actors) actors and \(ties) ties; a map is drawn with at most "
                + "\(maximumActors) actors and \(maximumTies) ties, since laying out more takes Graphviz many "
                + "minutes and nobody could read it. Draw a part: --focus ACTOR --depth 1 (an actor's neighbourhood), "
                + "--type TYPE or --theme THEME; or use report and convert, which have no such limit."
        case let .failure(detail): return "error: " + ShownText.escaped(detail)
        case let .handoutFailed(detail): return "error: the handout could not be drawn: " + ShownText.escaped(detail)

        case let .ambiguousActor(option, text, count, ids):
            return "error: \(option) \(quoted(text)) could mean \(count) actors with this name (ids \(ids)); use the id."
        case let .unknownActor(option, text, network, suggestions):
            let hint = suggestions.isEmpty ? " Write the name or id as in the actors file."
                : " Did you mean " + suggestions.map(quoted).joined(separator: " or ") + "?"
            return "error: \(option) \(quoted(text)) names no actor of \(network).\(hint)"
        case let .unknownTheme(option, theme, themes):
            return "error: \(option): no actor works on \(quoted(theme)). Themes: \(list(themes.map(quoted), limit: 20))."
        case let .unknownType(text, valid): return "error: --type: \(quoted(text)) is not an actor type. Types: \(valid)."
        case let .joinsItself(text): return "error: --add \(quoted(text)) joins an actor to itself."
        case let .unknownMark(mark): return "--highlight knows brokers, bridges, isolated, introductions, unconfirmed and none, not \(quoted(mark))."
        case .negativeDepth: return "--depth must be 0 or more."
        case .focusAndTheme: return "Give either --focus or --theme, not both."
        case .tooFewMapActors: return "--map-actors must be 5 or more."
        case .everyoneExcluded: return "--exclude leaves no actor: name fewer actors."
        case .nothingToChange: return "Name at least one actor with --remove or one planned tie with --add \"A -- B\"."
        case let .notATie(text): return "--add \(quoted(text)) is not a tie; write it as \"A -- B\"."
        case .networksAndDates: return "Give either two networks, or one network with --as-of and --to, not both."
        case .networksOrDates: return "Give two networks (older, newer), or one network with --as-of DATE and --to DATE."
        case let .notADate(option, text): return "\(option) \(quoted(text)) is not a date; write it like 2025-10-01."

        case .progressPaths: return "Paths (betweenness, closeness)"
        case .progressWeightedPaths: return "Weighted paths"

        case let .checkTitle(network, date): return network + (date.map { ", as of \($0)" } ?? "")
        case let .checkCounts(actors, ties): return "  \(actors) actors, \(ties) ties"
        case .actorsByType: return "  Actors by type:"
        case .tiesByKind: return "  Ties by kind:"
        case let .privatePersons(count): return "  Private persons (pseudonymised in every output): \(count)"
        case let .home(name): return "  Home (QM office): \(name)"
        case let .sheetsUsed(file, actors, ties):
            let parts = [actors.map { "actors from \(quoted($0))" }, ties.map { "ties from \(quoted($0))" }].compactMap { $0 }
            return "  \(file): " + (parts.isEmpty ? "no sheet used" : list(parts))
        case let .sheetsSkipped(hidden, ignored, unused):
            var parts: [String] = []
            if !hidden.isEmpty { parts.append("passed over as hidden: \(quotedList(hidden))") }
            if !ignored.isEmpty { parts.append("passed over as marked \"(ignore)\": \(quotedList(ignored))") }
            if !unused.isEmpty { parts.append("not used: \(quotedList(unused))") }
            return "  Sheets " + parts.joined(separator: "; ")
        case let .checkOK(warnings):
            switch warnings {
            case 0: return "OK: no errors, no warnings."
            case 1: return "OK: no errors, 1 warning (see above)."
            default: return "OK: no errors, \(warnings) warnings (see above)."
            }
        }
    }
}
