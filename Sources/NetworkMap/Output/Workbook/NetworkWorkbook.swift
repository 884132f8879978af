/// A network as a workbook: a sheet of actors and a sheet of ties that the loader reads back as the same network.
///
/// The one writer behind `init --format xlsx` (the template, with drop-down lists and a sheet explaining the
/// columns), `convert --to xlsx` (the network itself) and `report --format xlsx` (the actors with their measures as
/// further columns, and sheets of findings after the two). Every field and extra column is written; numbers and
/// dates as numbers and dates, types and kinds by the language's labels (custom ones by their id, which is what the
/// loader takes back without `network.yaml`). Ties name their actors by name where the name identifies the actor
/// (no other actor has that name, or that name as id), else by id. Settings stay in `network.yaml`.
public enum NetworkWorkbook {
    /// The words of one language the workbook is written in.
    public struct Words: Hashable, Sendable {
        public var actorsSheet: String
        public var tiesSheet: String
        /// The hidden sheet of the drop-down lists (template only).
        public var listsSheet: String
        /// The sheet explaining each column (template only).
        public var helpSheet: String
        /// Headers in ``ActorColumn`` order and ``TieColumn`` order.
        public var actorHeaders: [String]
        public var tieHeaders: [String]
        /// Labels of the built-in types, kinds and attitudes.
        public var typeLabels: [ActorType: String]
        public var kindLabels: [TieKind: String]
        public var attitudeLabels: [Attitude: String]
        /// "ja"/"nein".
        public var yes: String
        public var no: String
        /// The help sheet's rows: a header, then one row per column (its header and what it holds).
        public var help: [[String]]
        /// The lists sheet's header: type, kind, strength, attitude, yes/no.
        public var listHeaders: [String]

        public init(actorsSheet: String, tiesSheet: String, listsSheet: String, helpSheet: String, actorHeaders: [String],
                    tieHeaders: [String], typeLabels: [ActorType: String], kindLabels: [TieKind: String],
                    attitudeLabels: [Attitude: String], yes: String, no: String, help: [[String]], listHeaders: [String]) {
            self.actorsSheet = actorsSheet; self.tiesSheet = tiesSheet; self.listsSheet = listsSheet
            self.helpSheet = helpSheet; self.actorHeaders = actorHeaders; self.tieHeaders = tieHeaders
            self.typeLabels = typeLabels; self.kindLabels = kindLabels; self.attitudeLabels = attitudeLabels
            self.yes = yes; self.no = no; self.help = help; self.listHeaders = listHeaders
        }
    }

    /// A further column of the actors sheet (a measure), one value per actor.
    public struct Column: Hashable, Sendable {
        public var header: String
        public var values: [OutputCell]

        public init(header: String, values: [OutputCell]) { self.header = header; self.values = values }
    }

    /// How far down the template's drop-downs reach.
    static let templateRows = 1_000

    /// The workbook of `network`; `template` adds drop-downs, the lists and the help sheet; `actorColumns` go after
    /// the actors' own columns, `sheets` after the ties.
    public static func document(_ network: Network, words: Words, template: Bool = false, actorColumns: [Column] = [],
                                sheets: [SheetDocument] = []) -> WorkbookDocument {
        var actorsSheet = actorSheet(network, words: words, extra: actorColumns)
        var tiesSheet = tieSheet(network, words: words)
        var all: [SheetDocument] = []
        if template {
            let lists = listSheet(network, words: words)
            func list(_ column: Int, rows: Int) -> CellRange {
                CellRange(first: CellReference(row: 2, column: column), last: CellReference(row: rows + 1, column: column))
            }
            func cells(_ column: Int) -> CellRange {
                CellRange(first: CellReference(row: 2, column: column), last: CellReference(row: templateRows, column: column))
            }
            func at(_ column: ActorColumn) -> Int { (ActorColumn.allCases.firstIndex(of: column) ?? 0) + 1 }
            func at(_ column: TieColumn) -> Int { (TieColumn.allCases.firstIndex(of: column) ?? 0) + 1 }
            // Room below the types and kinds for the user's own, which the drop-downs then offer too.
            actorsSheet.validations = [
                ListValidation(cells: cells(at(.type)), sourceSheet: words.listsSheet, source: list(1, rows: 30)),
                ListValidation(cells: cells(at(.attitude)), sourceSheet: words.listsSheet, source: list(4, rows: 3)),
                ListValidation(cells: cells(at(.isPrivate)), sourceSheet: words.listsSheet, source: list(5, rows: 2)),
            ]
            tiesSheet.validations = [
                ListValidation(cells: cells(at(.kind)), sourceSheet: words.listsSheet, source: list(2, rows: 30)),
                ListValidation(cells: cells(at(.strength)), sourceSheet: words.listsSheet, source: list(3, rows: 3)),
                ListValidation(cells: cells(at(.directed)), sourceSheet: words.listsSheet, source: list(5, rows: 2)),
            ]
            all = [actorsSheet, tiesSheet,
                   SheetDocument(name: words.helpSheet, rows: words.help.map { $0.map(OutputCell.text) }, hasHeader: true,
                                 columnWidths: [1: 18, 2: 90]),
                   lists]
        } else {
            all = [actorsSheet, tiesSheet]
        }
        return WorkbookDocument(sheets: all + sheets, title: network.name.isEmpty ? nil : network.name, date: network.date)
    }

    private static func text(_ value: String?) -> OutputCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    private static func number(_ value: Double?) -> OutputCell {
        guard let value else { return .empty }
        return .number(value, value == value.rounded() ? .integer : .general)
    }

    private static func flag(_ value: Bool?, _ words: Words) -> OutputCell {
        guard let value else { return .empty }
        return .text(value ? words.yes : words.no)
    }

    private static func date(_ day: Day?) -> OutputCell { day.map(OutputCell.date) ?? .empty }

    /// The names of the extra columns of `items`, in order of first appearance.
    private static func attributeNames(_ attributes: [[Attribute]]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for list in attributes { for a in list where seen.insert(a.name).inserted { names.append(a.name) } }
        return names
    }

    private static func values(_ attributes: [Attribute], _ names: [String]) -> [OutputCell] {
        names.map { name in text(attributes.first { $0.name == name }?.value) }
    }

    private static func actorSheet(_ network: Network, words: Words, extra: [Column]) -> SheetDocument {
        let names = attributeNames(network.actors.map(\.attributes))
        // `local` follows `private`, so the template's drop-down columns stay where they are.
        let columns = ActorColumn.written(for: network.actors)
        let headers = columns.map { column in
            ActorColumn.allCases.firstIndex(of: column).flatMap { $0 < words.actorHeaders.count ? words.actorHeaders[$0] : nil }
                ?? column.rawValue
        }
        var rows: [[OutputCell]] = [(headers + names + extra.map(\.header)).map(OutputCell.text)]
        for (i, actor) in network.actors.enumerated() {
            var row: [OutputCell] = columns.map { column in
                switch column {
                case .id: return text(actor.id)
                case .name: return text(actor.name)
                case .type: return text(words.typeLabels[actor.type] ?? actor.type.rawValue)
                case .category: return text(actor.category)
                case .themes: return text(actor.themes.joined(separator: "|"))
                case .area: return text(actor.area)
                case .influence: return number(actor.influence)
                case .interest: return number(actor.interest)
                case .attitude: return text(actor.attitude.flatMap { words.attitudeLabels[$0] })
                case .isPrivate: return flag(actor.isPrivate, words)
                case .isLocal: return flag(actor.isLocal, words)
                case .contact: return text(actor.contact)
                case .notes: return text(actor.notes)
                }
            }
            row += values(actor.attributes, names)
            row += extra.map { i < $0.values.count ? $0.values[i] : .empty }
            rows.append(row)
        }
        var widths: [Int: Double] = [2: 32, 3: 18, 5: 30]
        for i in 0..<extra.count { widths[columns.count + names.count + i + 1] = 14 }
        return SheetDocument(name: words.actorsSheet, rows: rows, hasHeader: true, autoFilter: true, columnWidths: widths)
    }

    /// How a tie names an actor: the name when it identifies the actor, else the id.
    private static func references(_ network: Network) -> [String] {
        var nameCount: [String: Int] = [:]
        for actor in network.actors { nameCount[Normalize.key(actor.name), default: 0] += 1 }
        let ids = Set(network.actors.map { Normalize.key($0.id) })
        return network.actors.map { actor in
            let key = Normalize.key(actor.name)
            return nameCount[key] == 1 && (!ids.contains(key) || key == Normalize.key(actor.id)) ? actor.name : actor.id
        }
    }

    private static func tieSheet(_ network: Network, words: Words) -> SheetDocument {
        let names = attributeNames(network.ties.map(\.attributes))
        let reference = references(network)
        var rows: [[OutputCell]] = [(words.tieHeaders + names).map(OutputCell.text)]
        for tie in network.ties {
            var row: [OutputCell] = [
                text(reference[tie.source]), text(reference[tie.target]), text(words.kindLabels[tie.kind] ?? tie.kind.rawValue),
                number(tie.strength), flag(tie.isDirected, words), date(tie.since), date(tie.until), text(tie.reportedBy),
                text(tie.notes),
            ]
            row += values(tie.attributes, names)
            rows.append(row)
        }
        return SheetDocument(name: words.tiesSheet, rows: rows, hasHeader: true, autoFilter: true, columnWidths: [1: 32, 2: 32])
    }

    private static func listSheet(_ network: Network, words: Words) -> SheetDocument {
        let types = ActorType.builtIn.map { words.typeLabels[$0] ?? $0.rawValue } + network.customActorTypes.map(\.id)
        let kinds = TieKind.builtIn.map { words.kindLabels[$0] ?? $0.rawValue } + network.customTieKinds.map(\.id)
        let attitudes = Attitude.allCases.map { words.attitudeLabels[$0] ?? $0.rawValue }
        let columns: [[OutputCell]] = [types.map(OutputCell.text), kinds.map(OutputCell.text),
                                       [1, 2, 3].map { OutputCell.number($0, .integer) }, attitudes.map(OutputCell.text),
                                       [OutputCell.text(words.yes), .text(words.no)]]
        let height = columns.map(\.count).max() ?? 0
        var rows: [[OutputCell]] = [words.listHeaders.map(OutputCell.text)]
        for r in 0..<height { rows.append(columns.map { r < $0.count ? $0[r] : .empty }) }
        return SheetDocument(name: words.listsSheet, visibility: .hidden, rows: rows, hasHeader: true)
    }
}
