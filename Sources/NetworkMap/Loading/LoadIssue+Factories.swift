import Foundation

/// The issues the loaders report, with their places: what the spreadsheet, YAML, GraphML and GEXF loaders
/// call. Only facts; the Wording module says them in words.
extension LoadIssue {
    // MARK: Files

    static func pathMissing(_ path: String) -> LoadIssue { LoadIssue(.pathMissing(path: path)) }

    /// The issue for an input that could not be read (at `url`, named by its file name).
    static func unreadable(_ url: URL, _ failure: InputFile.Failure) -> LoadIssue {
        let file = url.lastPathComponent
        switch failure {
        case .system(let problem): return LoadIssue(.unreadable(file: file, reason: problem))
        case .notAFile(let kind): return LoadIssue(.notAFile(file: file, kind: kind))
        case .tooLarge(let limit): return LoadIssue(.tooLarge(file: file, limit: limit))
        }
    }

    static func noActorsFile(folder: String) -> LoadIssue { LoadIssue(.noActorsFile(folder: folder)) }

    static func notANetwork(_ path: String) -> LoadIssue { LoadIssue(.notANetwork(path: path)) }

    static func severalFiles(_ names: [String], using: String) -> LoadIssue {
        LoadIssue(.severalFiles(names, using: using))
    }

    static func unterminatedQuote(_ file: String, line: Int) -> LoadIssue {
        LoadIssue(.unterminatedQuote, at: SourceLocation(file: file, line: line))
    }

    // MARK: network.yaml

    static func yamlSyntax(_ file: String, line: Int, problem: String) -> LoadIssue {
        LoadIssue(.yamlSyntax(problem: problem), at: SourceLocation(file: file, line: line))
    }

    static func yamlNotMapping(_ file: String) -> LoadIssue {
        LoadIssue(.yamlNotMapping, at: SourceLocation(file: file, line: 0))
    }

    static func yamlUnknownKeys(_ file: String, line: Int, keys: [String], known: [String]) -> LoadIssue {
        LoadIssue(.unknownSettings(keys, known: known), at: SourceLocation(file: file, line: line))
    }

    static func yamlInvalid(_ file: String, line: Int, key: String, value: LoadProblem.ShownValue,
                            expected: LoadProblem.ExpectedValue) -> LoadIssue {
        LoadIssue(.invalidValue(key: key, value: value, expected: expected),
                  at: SourceLocation(file: file, line: line, column: key))
    }

    static func inlineAndFile(_ file: String, line: Int, key: String, csv: String) -> LoadIssue {
        LoadIssue(.inlineAndFile(key: key, settingsFile: file, table: csv), at: SourceLocation(file: file, line: line, column: key))
    }

    // MARK: Columns

    static func missingColumns(_ file: String, line: Int, missing: [LoadProblem.TableColumn], present: [String]) -> LoadIssue {
        LoadIssue(.missingColumns(missing, present: present), at: SourceLocation(file: file, line: line))
    }

    static func unknownColumns(_ file: String, line: Int, headers: [String]) -> LoadIssue {
        LoadIssue(.unknownColumns(headers), at: SourceLocation(file: file, line: line))
    }

    static func duplicateColumn(_ file: String, line: Int, header: String, earlier: String) -> LoadIssue {
        LoadIssue(.duplicateColumn(earlier: earlier), at: SourceLocation(file: file, line: line, column: header))
    }

    static func extraValues(_ file: String, lines: [Int]) -> LoadIssue {
        LoadIssue(.extraValues(lines: lines), at: SourceLocation(file: file, line: lines.first ?? 0))
    }

    // MARK: Actors

    static func noActors(_ file: String?) -> LoadIssue {
        LoadIssue(.noActors, at: file.map { SourceLocation(file: $0, line: 0) })
    }

    static func emptyCell(_ location: SourceLocation, what: LoadProblem.RequiredCell) -> LoadIssue {
        LoadIssue(.emptyCell(what), at: location)
    }

    static func unknownType(_ location: SourceLocation, value: String, suggestions: [String],
                            declared: [CustomStyle]) -> LoadIssue {
        LoadIssue(.unknownType(value: value, suggestions: suggestions, declared: declared), at: location)
    }

    static func unknownKind(_ location: SourceLocation, value: String, suggestions: [String],
                            declared: [CustomStyle]) -> LoadIssue {
        LoadIssue(.unknownKind(value: value, suggestions: suggestions, declared: declared), at: location)
    }

    static func duplicateID(_ location: SourceLocation, id: String, firstLine: Int) -> LoadIssue {
        LoadIssue(.duplicateID(id: id, firstLine: firstLine), at: location)
    }

    static func invalidNumber(_ location: SourceLocation, value: String, from low: Int, to high: Int) -> LoadIssue {
        LoadIssue(.invalidNumber(value: value, low: low, high: high), at: location)
    }

    static func invalidBool(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.invalidBool(value: value), at: location)
    }

    static func invalidAttitude(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.invalidAttitude(value: value), at: location)
    }

    // MARK: Ties

    static func unknownActor(_ location: SourceLocation, value: String, suggestions: [LoadProblem.ActorReference]) -> LoadIssue {
        LoadIssue(.unknownActor(value: value, suggestions: suggestions), at: location)
    }

    static func ambiguousActor(_ location: SourceLocation, value: String, lines: [Int]) -> LoadIssue {
        LoadIssue(.ambiguousActor(value: value, lines: lines), at: location)
    }

    static func invalidStrength(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.invalidStrength(value: value), at: location)
    }

    static func invalidConfirmation(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.invalidConfirmation(value: value), at: location)
    }

    static func invalidDate(_ location: SourceLocation, value: String) -> LoadIssue {
        LoadIssue(.invalidDate(value: value), at: location)
    }

    static func sinceAfterUntil(_ location: SourceLocation, since: Day, until: Day) -> LoadIssue {
        LoadIssue(.sinceAfterUntil(since: since, until: until), at: location)
    }

    static func selfTie(_ location: SourceLocation, actor: LoadProblem.ActorReference) -> LoadIssue {
        LoadIssue(.selfTie(actor), at: location)
    }

    static func duplicateTie(_ location: SourceLocation, firstLine: Int, source: LoadProblem.ActorReference,
                             target: LoadProblem.ActorReference) -> LoadIssue {
        LoadIssue(.duplicateTie(firstLine: firstLine, source: source, target: target), at: location)
    }

    static func noTies(_ file: String?) -> LoadIssue {
        LoadIssue(.noTies, at: file.map { SourceLocation(file: $0, line: 0) })
    }

    static func actorsWithoutTies(_ actors: [LoadProblem.ActorReference], total: Int) -> LoadIssue {
        LoadIssue(.actorsWithoutTies(actors, total: total))
    }

    static func unknownHome(_ file: String, line: Int, value: String, suggestions: [LoadProblem.ActorReference]) -> LoadIssue {
        LoadIssue(.unknownHome(value: value, suggestions: suggestions), at: SourceLocation(file: file, line: line, column: "home"))
    }

    // MARK: GraphML and GEXF

    static func notWellFormed(_ file: String, line: Int, fault: XMLFault) -> LoadIssue {
        LoadIssue(.notWellFormed(fault), at: SourceLocation(file: file, line: line))
    }

    static func nestedTooDeeply(_ file: String, line: Int, limit: Int) -> LoadIssue {
        LoadIssue(.nestedTooDeeply(limit: limit), at: SourceLocation(file: file, line: line))
    }

    static func xmlNotUTF8(_ file: String, line: Int) -> LoadIssue {
        LoadIssue(.xmlNotUTF8, at: SourceLocation(file: file, line: line))
    }

    static func wrongRoot(_ file: String, found: String, expected: String) -> LoadIssue {
        LoadIssue(.wrongRoot(found: found, expected: expected), at: SourceLocation(file: file, line: 1))
    }

    static func noGraph(_ file: String) -> LoadIssue { LoadIssue(.noGraph, at: SourceLocation(file: file, line: 1)) }

    static func missingXMLAttribute(_ file: String, line: Int, element: String, attribute: String) -> LoadIssue {
        LoadIssue(.missingXMLAttribute(element: element, attribute: attribute), at: SourceLocation(file: file, line: line))
    }

    static func duplicateNode(_ file: String, line: Int, id: String, firstLine: Int) -> LoadIssue {
        LoadIssue(.duplicateNode(id: id, firstLine: firstLine), at: SourceLocation(file: file, line: line))
    }

    static func unknownNode(_ file: String, line: Int, id: String, suggestions: [LoadProblem.ActorReference]) -> LoadIssue {
        LoadIssue(.unknownNode(id: id, suggestions: suggestions), at: SourceLocation(file: file, line: line))
    }

    static func invalidValue(_ file: String, line: Int, key: String, value: String,
                             expected: LoadProblem.ExpectedValue) -> LoadIssue {
        LoadIssue(.invalidValue(key: key, value: .text(value), expected: expected),
                  at: SourceLocation(file: file, line: line, column: key))
    }

    static func undeclaredTypes(_ file: String, types: [String], ofTies: Bool) -> LoadIssue {
        LoadIssue(.undeclaredTypes(types, ofTies: ofTies), at: SourceLocation(file: file, line: 0))
    }

    static func untypedActors(_ file: String, count: Int) -> LoadIssue {
        LoadIssue(.untypedActors(count: count), at: SourceLocation(file: file, line: 0))
    }

    static func strengthClamped(_ file: String, count: Int, line: Int) -> LoadIssue {
        LoadIssue(.strengthClamped(count: count), at: SourceLocation(file: file, line: line))
    }

    static func selfLoop(_ file: String, line: Int, id: String) -> LoadIssue {
        LoadIssue(.selfLoop(id: id), at: SourceLocation(file: file, line: line))
    }
}
