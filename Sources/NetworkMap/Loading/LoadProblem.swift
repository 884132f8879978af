/// What is wrong with the data, as a typed value: one case per kind of problem, with what a message needs.
///
/// The loader (and the GraphML/GEXF reader) only decide *that* something is wrong and collect the facts;
/// the words, in every language, are the Wording module's (`LoadPhrases`). Adding a problem is a new case
/// here and one `case` in each language's table; the compiler lists the tables that lack it.
public enum LoadProblem: Hashable, Sendable {
    // MARK: Files

    /// There is no file or folder at the path given.
    case pathMissing(path: String)
    /// A file or folder exists but cannot be read, for the system's `reason`.
    case unreadable(file: String, reason: SystemProblem)
    /// Something other than a regular file (a folder, a named pipe, a device) stands where a file is read.
    case notAFile(file: String, kind: FileKind)
    /// A file larger than any network (``InputFile/sizeLimit``), in bytes.
    case tooLarge(file: String, limit: Int)
    /// A network folder without an actors file.
    case noActorsFile(folder: String)
    /// The path is neither a network folder nor a network file.
    case notANetwork(path: String)
    /// Several files in a folder for the same purpose (`actors.csv` and `akteure.csv`); the first is used.
    case severalFiles([String], using: String)
    /// A quotation mark opens a cell and never closes (at the issue's location).
    case unterminatedQuote
    /// The folder's `aliases.csv` (or a merge's `--aliases` file) is bad: the user's decisions about names.
    case aliases(AliasIssue)

    // MARK: network.yaml

    /// The line is not valid YAML; `problem` is the parser's explanation.
    case yamlSyntax(problem: String)
    /// The file holds something other than settings of the form `key: value`.
    case yamlNotMapping
    /// Settings nobody knows, ignored; `known` lists the settings there are.
    case unknownSettings([String], known: [String])
    /// A setting (or a GraphML/GEXF attribute) holds a value it cannot have.
    case invalidValue(key: String, value: ShownValue, expected: ExpectedValue)
    /// The actors or ties are listed both inline in `network.yaml` and in their own file.
    case inlineAndFile(key: String, settingsFile: String, table: String)

    // MARK: Columns

    /// Required columns are missing; `present` are the headers the table has.
    case missingColumns([TableColumn], present: [String])
    /// Columns the loader does not know, kept as extra information.
    case unknownColumns([String])
    /// A column that means the same as an earlier one; the earlier one is used.
    case duplicateColumn(earlier: String)
    /// Rows with more values than there are headers (the rows' lines).
    case extraValues(lines: [Int])

    // MARK: Actors

    case noActors
    /// A cell every row must fill is empty.
    case emptyCell(RequiredCell)
    /// An actor type that is neither built in nor declared; `declared` are the custom types of `network.yaml`.
    case unknownType(value: String, suggestions: [String], declared: [CustomStyle])
    /// A tie kind that is neither built in nor declared; `declared` are the custom kinds of `network.yaml`.
    case unknownKind(value: String, suggestions: [String], declared: [CustomStyle])
    /// Two actors with the same explicit id.
    case duplicateID(id: String, firstLine: Int)
    /// A number outside its range (influence and interest: 0-10).
    case invalidNumber(value: String, low: Int, high: Int)
    case invalidBool(value: String)
    case invalidAttitude(value: String)

    // MARK: Ties

    /// A tie names an actor there is none of; `suggestions` are the closest actors, by reference: a private
    /// person among them is named as the prepared network names them (``LoadIssue/naming(_:)``).
    case unknownActor(value: String, suggestions: [ActorReference])
    /// A name several actors share (the actors' lines).
    case ambiguousActor(value: String, lines: [Int])
    case invalidStrength(value: String)
    /// A `Bestätigung`/`confirmation` cell that is none of the three words.
    case invalidConfirmation(value: String)
    case invalidDate(value: String)
    /// A tie that ends before it begins.
    case sinceAfterUntil(since: Day, until: Day)
    /// A tie from an actor to itself.
    case selfTie(ActorReference)
    /// A tie that repeats the one in `firstLine`; the two are merged.
    case duplicateTie(firstLine: Int, source: ActorReference, target: ActorReference)
    case noTies
    /// Actors without any tie: the first few, and how many there are.
    case actorsWithoutTies([ActorReference], total: Int)
    /// `home` in `network.yaml` names no actor.
    case unknownHome(value: String, suggestions: [ActorReference])

    // MARK: GraphML and GEXF

    /// The XML parser stopped, for the reason given.
    case notWellFormed(XMLFault)
    /// Elements nested deeper than `limit` levels (GraphML and GEXF need about five).
    case nestedTooDeeply(limit: Int)
    /// A document meant as UTF-8 (declared so, or not declared) with bytes that are not UTF-8, from the issue's line on.
    case xmlNotUTF8
    /// The outermost element is not the format's.
    case wrongRoot(found: String, expected: String)
    case noGraph
    case missingXMLAttribute(element: String, attribute: String)
    case duplicateNode(id: String, firstLine: Int)
    /// An edge names a node the file does not contain.
    case unknownNode(id: String, suggestions: [ActorReference])
    /// Actor types (or, with `ofTies`, tie kinds) that are not built in, taken as custom ones.
    case undeclaredTypes([String], ofTies: Bool)
    /// Nodes without a type, read as type `unspecified`.
    case untypedActors(count: Int)
    /// Edges whose weight lies outside 1-3, clamped.
    case strengthClamped(count: Int)
    /// An edge from a node to itself.
    case selfLoop(id: String)

    // MARK: Workbooks

    /// The workbook cannot be read, or its tables cannot be told apart (``WorkbookError`` has the cases).
    case workbook(WorkbookError)
    /// A cell shows a formula's error (`#DIV/0!`, `#NV`); it is read as empty.
    case formulaError(value: String)
    /// Cells whose formula was saved without its result (a file written by a program, never opened in an office
    /// suite); they read as empty. `first` is the first such cell.
    case uncachedFormulas(count: Int, first: String)
    /// Rows below the table after a blank row, taken as notes and not read (the rows' numbers).
    case rowsBelowTable(rows: [Int])
    /// The actors table has no type column: every actor gets the type `unspecified`.
    case noTypeColumn(actors: Int)

    /// Whether the problem stops the load.
    public var severity: LoadIssue.Severity {
        switch self {
        case .severalFiles, .unknownSettings, .unknownColumns, .duplicateColumn, .extraValues, .duplicateTie, .noTies,
             .actorsWithoutTies, .undeclaredTypes, .untypedActors, .strengthClamped, .formulaError, .uncachedFormulas,
             .rowsBelowTable, .noTypeColumn:
            return .warning
        default:
            return .error
        }
    }
}

extension LoadProblem {
    /// A value shown in a message about a setting: the text the user wrote, or what kind of thing stood there.
    public enum ShownValue: Hashable, Sendable {
        case text(String)
        case list, mapping, noID
    }

    /// What a setting or attribute should have held.
    public enum ExpectedValue: Hashable, Sendable {
        case singleValue, valueOrList, language, trueOrFalse, attitude, idForEveryEntry
        case date(example: String)
        case number(from: Int, to: Int)
        /// `actor_types` / `tie_kinds`.
        case styleList
        /// Inline `actors` / `ties`.
        case rowList, rowEntry
        /// `merged_from`: the sources of a merged network.
        case sourceList
    }

    /// A column the loader needs, of the actors or of the ties table.
    public enum TableColumn: Hashable, Sendable {
        case actors(ActorColumn)
        case ties(TieColumn)
    }

    /// A cell every row must fill.
    public enum RequiredCell: Hashable, Sendable {
        case name, type, source, target
    }

    /// An actor a message names: its index in the loaded network, and its name and id as the file has them.
    ///
    /// The index lets whoever prepares the network for showing give a private person's pseudonym and
    /// pseudonymous id instead (``LoadIssue/naming(_:)``).
    public struct ActorReference: Hashable, Sendable {
        public var index: Int
        public var name: String
        public var id: String
        public init(index: Int, name: String, id: String) { self.index = index; self.name = name; self.id = id }
    }
}
