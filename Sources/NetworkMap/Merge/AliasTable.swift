import Foundation

/// The user's decisions about names: each row says that a name (or id) some source uses is that actor.
///
/// A CSV file with two columns, `Alias;Akteur` in German or `alias,actor` in English (any order, other columns
/// ignored), as Excel or LibreOffice save it; read with ``CSVReader``. A row such as
/// `Kita Sonnenschein (Frau Peters);Kita Sonnenschein` makes every source actor whose name or id is the alias,
/// or is the same once normalised (see ``ActorName``), one actor with every source actor whose name or id is the
/// `Akteur`; the merged actor is then called by the `Akteur` cell, unless that cell is an id.
public struct AliasTable: Hashable, Sendable {
    /// The file the rows came from, as named in messages.
    public var file: String
    public var rules: [AliasRule]

    public init(file: String = "aliases.csv", rules: [AliasRule] = []) {
        self.file = file; self.rules = rules
    }

    public static let empty = AliasTable()

    /// Header names of the two columns, as ``headerKey(_:)`` reduces them.
    static let aliasHeaders: Set<String> = ["alias", "aliasname", "schreibweise", "anderername", "andereschreibweise"]
    static let actorHeaders: Set<String> = ["akteur", "akteurin", "actor", "name", "zielakteur", "target"]

    /// Reads the file at `url`.
    public static func read(from url: URL) throws(AliasFailure) -> AliasTable {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: url))
        } catch {
            throw AliasFailure(file: url.lastPathComponent, errors: [.unreadable(reason: error.localizedDescription)],
                               isIOError: true)
        }
        return try parse(bytes, file: url.lastPathComponent)
    }

    /// Parses the bytes of an aliases file; every problem is reported at once.
    public static func parse(_ bytes: [UInt8], file: String) throws(AliasFailure) -> AliasTable {
        let table: CSVTable
        do {
            table = try CSVReader.read(bytes)
        } catch {
            throw AliasFailure(file: file, errors: [.unterminatedQuote(line: error.line)])
        }
        guard let header = table.header else { return AliasTable(file: file) }
        let keys = header.fields.map(headerKey)
        guard let aliasColumn = keys.firstIndex(where: aliasHeaders.contains),
              let actorColumn = keys.firstIndex(where: actorHeaders.contains) else {
            throw AliasFailure(file: file, errors: [.missingColumns(line: header.line,
                                                                    present: header.fields.map(\.trimmingWhitespace))])
        }
        var errors: [AliasIssue] = []
        var rules: [AliasRule] = []
        var targetOf: [String: (key: String, line: Int)] = [:]
        for record in table.records {
            func cell(_ column: Int) -> String {
                column < record.fields.count ? record.fields[column].trimmingWhitespace : ""
            }
            let alias = cell(aliasColumn), actor = cell(actorColumn)
            if alias.isEmpty { errors.append(.emptyCell(line: record.line, column: header.fields[aliasColumn])) }
            if actor.isEmpty { errors.append(.emptyCell(line: record.line, column: header.fields[actorColumn])) }
            guard !alias.isEmpty, !actor.isEmpty else { continue }
            let aliasKey = ActorName(alias).key, actorKey = ActorName(actor).key
            if let earlier = targetOf[aliasKey], earlier.key != actorKey {
                // One spelling cannot be two actors; merging both would join actors the user keeps apart.
                errors.append(.conflictingActors(alias: alias, lines: [earlier.line, record.line]))
                continue
            }
            targetOf[aliasKey] = (actorKey, record.line)
            rules.append(AliasRule(alias: alias, actor: actor, line: record.line))
        }
        guard errors.isEmpty else { throw AliasFailure(file: file, errors: errors) }
        return AliasTable(file: file, rules: rules)
    }

    /// The table as a CSV file the way ``parse(_:file:)`` reads it: `Alias;Akteur` or `alias,actor` as `words` has
    /// them, in the dialect of a network's files (see ``NetworkFolderWriter``).
    public func csv(words: any NetworkFileWords) -> [UInt8] {
        words.networkFile([words.aliasHeaders] + rules.map { [$0.alias, $0.actor] })
    }
}

/// One row of an aliases table.
public struct AliasRule: Hashable, Sendable {
    /// The name or id as some source writes it.
    public var alias: String
    /// The actor it is: a name or an id.
    public var actor: String
    /// The row's line in the file (0 for rules not read from a file).
    public var line: Int

    public init(alias: String, actor: String, line: Int = 0) {
        self.alias = alias; self.actor = actor; self.line = line
    }
}

/// An aliases table that could not be read, with every problem found.
public struct AliasFailure: Error, Hashable, Sendable {
    public var file: String
    public var errors: [AliasIssue]
    /// The file could not be read at all (exit code 74); otherwise its content is bad (65).
    public var isIOError = false
}

extension AliasFailure {
    /// The problems as load issues, each at its line of the file, so that they are said like any other file's.
    public var issues: [LoadIssue] {
        errors.map { issue in
            let line: Int
            switch issue {
            case .unreadable: line = 0
            case let .unterminatedQuote(l), let .missingColumns(l, _), let .emptyCell(l, _): line = l
            case let .conflictingActors(_, lines): line = lines.last ?? 0
            }
            return LoadIssue(.aliases(issue), at: SourceLocation(file: file, line: line))
        }
    }
}

extension AliasTable {
    /// The table with `other`'s rules added where they name an alias this table does not: the user's own file
    /// decides before what a network folder brings along.
    public func adding(_ other: AliasTable) -> AliasTable {
        var known = Set(rules.map { ActorName($0.alias).key })
        var copy = self
        for rule in other.rules where known.insert(ActorName(rule.alias).key).inserted { copy.rules.append(rule) }
        return copy
    }

    /// The actor (a name or id) an aliases row gives for `name`, compared as normalised names.
    func actor(for name: String) -> String? {
        let key = ActorName(name).key
        return rules.first { ActorName($0.alias).key == key }?.actor
    }
}

/// One problem of an aliases table.
public enum AliasIssue: Hashable, Sendable {
    case unreadable(reason: String)
    case unterminatedQuote(line: Int)
    /// No column headed `Alias`/`alias` or none headed `Akteur`/`actor`; `present` are the headers found.
    case missingColumns(line: Int, present: [String])
    case emptyCell(line: Int, column: String)
    /// The same alias (as normalised) is given two different actors, on these lines.
    case conflictingActors(alias: String, lines: [Int])
}
