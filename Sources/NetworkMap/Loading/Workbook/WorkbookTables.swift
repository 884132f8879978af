/// The actors and ties tables of a workbook, found by sheet name or by header, with the sheets left out.
///
/// How a sheet is chosen for a role (actors, ties):
/// 1. A sheet the user names (`--actors-sheet`, `--ties-sheet`) is taken, hidden or not; a name that is no sheet is
///    ``WorkbookError/sheetNotFound(_:name:available:)``.
/// 2. Hidden sheets (a hidden list of last year's actors) and sheets whose name contains "(ignore)" or "(ignorieren)"
///    are skipped and listed in ``skipped``.
/// 3. A sheet whose name is one the role is known by (``SheetNames``) is taken: "Akteure", "Elements", "Kanten",
///    also with a year or number before or after it ("Akteure 2025") or a remark in parentheses ("Akteure (Stand
///    März)"). Two such sheets for one role are ``WorkbookError/ambiguousSheets(_:candidates:by:)``.
/// 4. Otherwise a sheet whose header row names the role's columns is taken: a source and a target column
///    ("Von"/"An", "From"/"To", "Source"/"Target", "Vertex 1"/"Vertex 2") make a ties table; a name or id column
///    ("Name", "Label", "Id") with one more actor column make an actors table. Two such sheets are ambiguous too.
/// 5. A file that holds one table only (`actors.xlsx`) may also have it on its only sheet, whatever its header.
///
/// Within the sheet, ``WorkbookTable`` has the rule for where the table starts and ends.
public struct WorkbookTables: Hashable, Sendable {
    public var actors: WorkbookTable?
    public var ties: WorkbookTable?
    /// Sheets left out, in the workbook's order, and why.
    public var skipped: [SkippedSheet]
    /// Visible sheets used for neither role (a sheet of explanations, of lists), in the workbook's order.
    public var unused: [String]

    public init(actors: WorkbookTable?, ties: WorkbookTable?, skipped: [SkippedSheet], unused: [String]) {
        self.actors = actors; self.ties = ties; self.skipped = skipped; self.unused = unused
    }

    /// The actors and ties tables of one workbook holding both; `actorsSheet`/`tiesSheet` name the sheets explicitly.
    ///
    /// A role no sheet qualifies for is `nil` (a workbook of actors alone has no ties).
    public static func find(in workbook: Workbook, actorsSheet: String? = nil,
                            tiesSheet: String? = nil) throws(WorkbookError) -> WorkbookTables {
        var finder = Finder(workbook: workbook)
        try finder.takeExplicit(.actors, actorsSheet)
        try finder.takeExplicit(.ties, tiesSheet)
        for role in TableRole.allCases where finder.chosen[role] == nil { try finder.takeByName(role) }
        for role in TableRole.allCases where finder.chosen[role] == nil { try finder.takeByHeader(role) }
        return finder.result()
    }

    /// The table of `role` in a workbook that holds that table alone (`actors.xlsx`, `ties.xlsx` in a folder).
    ///
    /// As ``find(in:actorsSheet:tiesSheet:)`` for one role, and when no sheet qualifies by name or header, the only
    /// sheet left (not hidden, not ignored) is taken.
    public static func find(_ role: TableRole, in workbook: Workbook,
                            sheet: String? = nil) throws(WorkbookError) -> WorkbookTables {
        var finder = Finder(workbook: workbook)
        try finder.takeExplicit(role, sheet)
        if finder.chosen[role] == nil { try finder.takeByName(role, alone: true) }
        if finder.chosen[role] == nil { try finder.takeByHeader(role, alone: true) }
        if finder.chosen[role] == nil {
            let left = finder.open(for: role, alone: true)
            if left.count == 1, let only = left.first { finder.choose(role, sheet: only, match: .onlySheet) }
        }
        return finder.result()
    }
}

/// A sheet left out of the search for tables.
public struct SkippedSheet: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        /// Hidden or very hidden in the workbook.
        case hidden
        /// Its name contains "(ignore)" or "(ignorieren)".
        case markedIgnore
    }

    public var name: String
    public var reason: Reason

    public init(name: String, reason: Reason) {
        self.name = name; self.reason = reason
    }
}

/// The sheet names each role is known by, in the tools people come from (Kumu: Elements/Connections; Gephi,
/// Polinode, Onodo: Nodes/Edges/Relations; NodeXL: Vertices/Edges) and in German and English.
public enum SheetNames {
    /// Names, as ``headerKey(_:)`` reduces them.
    public static let actors: Set<String> = [
        "akteure", "akteur", "akteurinnen", "akteursliste", "akteurliste", "actors", "actor", "elements", "element",
        "nodes", "node", "knoten", "vertices", "vertex", "organisationen", "organisation", "organizations",
        "organisations",
    ]
    public static let ties: Set<String> = [
        "beziehungen", "beziehung", "beziehungsliste", "ties", "tie", "connections", "connection", "edges", "edge",
        "kanten", "kante", "relations", "relation", "relationships", "verbindungen", "verbindung",
    ]

    /// The role a sheet name names, if any: the name with digits (a year) before or after it and "(…)" dropped.
    public static func role(ofSheetNamed name: String) -> TableRole? {
        var key = Substring(headerKey(name))
        while let first = key.first, first.isNumber { key.removeFirst() }
        while let last = key.last, last.isNumber { key.removeLast() }
        if actors.contains(String(key)) { return .actors }
        if ties.contains(String(key)) { return .ties }
        return nil
    }

    /// Whether the user marked a sheet to be left out: "(ignore)" or "(ignorieren)" anywhere in its name, any case.
    public static func isMarkedIgnore(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("(ignore)") || lower.contains("(ignorieren)")
    }
}

/// The search state of ``WorkbookTables``.
private struct Finder {
    let workbook: Workbook
    var chosen: [TableRole: (sheet: Int, match: SheetMatch)] = [:]

    init(workbook: Workbook) { self.workbook = workbook }

    func skipReason(_ sheet: Sheet) -> SkippedSheet.Reason? {
        if sheet.isHidden { return .hidden }
        if SheetNames.isMarkedIgnore(sheet.name) { return .markedIgnore }
        return nil
    }

    /// Sheets still open for `role`: not skipped, not taken, and (unless the file holds one table) not named for
    /// the other role.
    func open(for role: TableRole, alone: Bool = false) -> [Int] {
        let taken = Set(chosen.values.map(\.sheet))
        return workbook.sheets.indices.filter { index in
            let sheet = workbook.sheets[index]
            guard skipReason(sheet) == nil, !taken.contains(index) else { return false }
            if alone { return true }
            let named = SheetNames.role(ofSheetNamed: sheet.name)
            return named == nil || named == role
        }
    }

    mutating func choose(_ role: TableRole, sheet: Int, match: SheetMatch) {
        chosen[role] = (sheet, match)
    }

    mutating func takeExplicit(_ role: TableRole, _ name: String?) throws(WorkbookError) {
        guard let name else { return }
        let index = workbook.sheets.firstIndex { $0.name == name }
            ?? workbook.sheets.firstIndex { Normalize.key($0.name) == Normalize.key(name) }
        guard let index else {
            throw .sheetNotFound(role, name: name, available: workbook.sheets.map(\.name))
        }
        if chosen.contains(where: { $0.key != role && $0.value.sheet == index }) {
            throw .sameSheetForBothRoles(workbook.sheets[index].name)
        }
        choose(role, sheet: index, match: .explicit)
    }

    mutating func takeByName(_ role: TableRole, alone: Bool = false) throws(WorkbookError) {
        let candidates = open(for: role, alone: alone).filter { SheetNames.role(ofSheetNamed: workbook.sheets[$0].name) == role }
        guard candidates.count <= 1 else {
            throw .ambiguousSheets(role, candidates: candidates.map { workbook.sheets[$0].name }, by: .name)
        }
        if let only = candidates.first { choose(role, sheet: only, match: .name) }
    }

    mutating func takeByHeader(_ role: TableRole, alone: Bool = false) throws(WorkbookError) {
        let candidates = open(for: role, alone: alone).filter { index in
            let sheet = workbook.sheets[index]
            guard HeaderSearch.strongHeader(in: sheet, for: role) != nil else { return false }
            // A sheet whose header is a ties header is no actors table, even though it may name an id.
            return role == .ties || HeaderSearch.strongHeader(in: sheet, for: .ties) == nil
        }
        guard candidates.count <= 1 else {
            throw .ambiguousSheets(role, candidates: candidates.map { workbook.sheets[$0].name }, by: .header)
        }
        if let only = candidates.first { choose(role, sheet: only, match: .header) }
    }

    func result() -> WorkbookTables {
        var tables = WorkbookTables(actors: nil, ties: nil, skipped: [], unused: [])
        for (role, choice) in chosen {
            let table = WorkbookTable(role: role, sheet: workbook.sheets[choice.sheet], match: choice.match)
            if role == .actors { tables.actors = table } else { tables.ties = table }
        }
        let used = Set(chosen.values.map(\.sheet))
        for (index, sheet) in workbook.sheets.enumerated() where !used.contains(index) {
            if let reason = skipReason(sheet) {
                tables.skipped.append(SkippedSheet(name: sheet.name, reason: reason))
            } else {
                tables.unused.append(sheet.name)
            }
        }
        return tables
    }
}
