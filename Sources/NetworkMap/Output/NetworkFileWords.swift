/// The words a network's own files are written in, in one language: headers, types, kinds, yes and no.
///
/// The Wording module's tables conform (every `Phrases` is one), so that no German or English word lives here;
/// NetworkMap only decides what is written where. Every word written must be one the loader reads back
/// (`ColumnAliases.swift`, `ValueParsing.swift`, ``ActorType/init(named:custom:)``): a network written and
/// loaded again is the same network.
public protocol NetworkFileWords: Sendable {
    /// The separator of this language's spreadsheets.
    var spreadsheetDialect: CSVDialect { get }
    /// The decimal mark a spreadsheet of this language expects: a German Excel reads `9.5` as a date.
    var decimalMark: String { get }
    /// A column's header.
    func header(_ column: LoadProblem.TableColumn) -> String
    /// A built-in actor type as the type column writes it (custom types are written by their id).
    func fileWord(_ type: ActorType) -> String
    /// A built-in tie kind as the kind column writes it (custom kinds are written by their id).
    func fileWord(_ kind: TieKind) -> String
    func fileWord(_ attitude: Attitude) -> String
    /// Yes or no, as the private and directed columns write it.
    func fileWord(_ flag: Bool) -> String
    /// A tie's confirmation, as the `Bestätigung`/`confirmation` column writes it.
    func fileWord(_ confirmation: Confirmation) -> String
    /// The two headers of an aliases file: `Alias`, `Akteur` / `alias`, `actor`.
    var aliasHeaders: [String] { get }
}

extension NetworkFileWords {
    /// How network-map writes a network's tables: the language's separator, always with a byte order mark, without
    /// which Excel of any language reads "Mühle" as "MÃ¼hle".
    public var networkFileDialect: CSVDialect {
        CSVDialect(separator: spreadsheetDialect.separator, byteOrderMark: true)
    }

    /// The rows as the bytes of a file in ``networkFileDialect``.
    func networkFile(_ rows: [[String]]) -> [UInt8] { Array(networkFileDialect.document(rows).utf8) }
}
