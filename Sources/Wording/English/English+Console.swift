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
        case let .created(folder):
            return """
                Created a new network in \(folder)/: actors.csv, ties.csv, network.yaml.
                Fill in actors and ties (Excel or LibreOffice), then check with:
                  network-map check \(folder)
                """
        case let .filesExist(files):
            return "error: These files already exist and are left as they are: " + files.joined(separator: ", ")
                + ". Choose a new folder, or move them away first."
        case let .cannotWrite(path, reason):
            let why: String
            switch reason {
            case let .folderNotCreated(folder, detail): why = "the folder \(folder) cannot be created (\(detail))"
            case .notWritable: why = "the folder is not writable or the disk is full"
            case let .system(detail): why = detail
            }
            return "error: Cannot write \(path): \(why)"
        case let .failure(detail): return "error: " + detail
        case let .handoutFailed(detail): return "error: the handout could not be drawn: " + detail

        case let .ambiguousActor(option, text, count, ids):
            return "error: \(option) \"\(text)\" could mean \(count) actors with this name (ids \(ids)); use the id."
        case let .unknownActor(option, text, network, suggestions):
            let hint = suggestions.isEmpty ? " Write the name or id as in the actors file."
                : " Did you mean " + suggestions.map(quoted).joined(separator: " or ") + "?"
            return "error: \(option) \"\(text)\" names no actor of \(network).\(hint)"
        case let .unknownTheme(option, theme, themes):
            return "error: \(option): no actor works on \"\(theme)\". Themes: \(list(themes.map(quoted), limit: 20))."
        case let .unknownType(text, valid): return "error: --type: \"\(text)\" is not an actor type. Types: \(valid)."
        case let .joinsItself(text): return "error: --add \"\(text)\" joins an actor to itself."
        case let .unknownMark(mark): return "--highlight knows brokers, bridges, isolated, introductions and none, not '\(mark)'."
        case .negativeDepth: return "--depth must be 0 or more."
        case .focusAndTheme: return "Give either --focus or --theme, not both."
        case .tooFewMapActors: return "--map-actors must be 5 or more."
        case .everyoneExcluded: return "--exclude leaves no actor: name fewer actors."
        case .nothingToChange: return "Name at least one actor with --remove or one planned tie with --add \"A -- B\"."
        case let .notATie(text): return "--add \"\(text)\" is not a tie; write it as \"A -- B\"."
        case .networksAndDates: return "Give either two networks, or one network with --as-of and --to, not both."
        case .networksOrDates: return "Give two networks (older, newer), or one network with --as-of DATE and --to DATE."
        case let .notADate(option, text): return "\(option) \"\(text)\" is not a date; write it like 2025-10-01."

        case .progressPaths: return "Paths (betweenness, closeness)"
        case .progressWeightedPaths: return "Weighted paths"

        case let .checkTitle(network, date): return network + (date.map { ", as of \($0)" } ?? "")
        case let .checkCounts(actors, ties): return "  \(actors) actors, \(ties) ties"
        case .actorsByType: return "  Actors by type:"
        case .tiesByKind: return "  Ties by kind:"
        case let .privatePersons(count): return "  Private persons (pseudonymised in every output): \(count)"
        case let .home(name): return "  Home (QM office): \(name)"
        case let .checkOK(warnings):
            switch warnings {
            case 0: return "OK: no errors, no warnings."
            case 1: return "OK: no errors, 1 warning (see above)."
            default: return "OK: no errors, \(warnings) warnings (see above)."
            }
        }
    }
}
