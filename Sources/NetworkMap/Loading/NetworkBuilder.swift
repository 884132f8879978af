/// Turns the rows of the actors and ties tables into a checked ``Network``, collecting every problem.
struct NetworkBuilder {
    var network: Network
    var issues: [LoadIssue]
    let settings: NetworkSettings

    /// Actor index by normalised explicit id, by normalised name, and by derived id.
    ///
    /// Several actors may share a name. Ties are matched in that order: a derived id ("kita") must not hide a
    /// name ("Kita").
    private var indexByID: [String: Int] = [:]
    private var indexByDerivedID: [String: Int] = [:]
    private var indicesByName: [String: [Int]] = [:]

    init(settings: NetworkSettings, issues: [LoadIssue]) {
        self.settings = settings
        self.issues = issues
        let language = settings.language
        network = Network(
            name: settings.name ?? "", date: settings.date, language: language,
            themes: settings.themes ?? Network.defaultThemes(language: language),
            customActorTypes: settings.customActorTypes, customTieKinds: settings.customTieKinds,
            source: settings.source)
        network.outsideAreas = settings.outsideAreas
    }

    // MARK: Columns

    /// Which field each column holds; unknown columns are kept as attributes, reported once per file.
    private mutating func columns<Column: SpreadsheetColumn>(
        of table: RowTable, _ parse: (String) -> Column?
    ) -> (field: [Column: Int], extra: [(index: Int, header: String)]) {
        var field: [Column: Int] = [:]
        var extra: [(Int, String)] = []
        var unknown: [String] = []
        for (i, header) in table.headers.enumerated() where !header.isEmpty {
            if let column = parse(header) {
                if let earlier = field[column] {
                    issues.append(.duplicateColumn(table.file, line: table.headerLine, header: header,
                                                   earlier: table.headers[earlier]))
                    extra.append((i, header))
                } else {
                    field[column] = i
                }
            } else {
                extra.append((i, header))
                unknown.append(header)
            }
        }
        if !unknown.isEmpty { issues.append(.unknownColumns(table.file, line: table.headerLine, headers: unknown)) }
        return (field, extra)
    }

    /// The columns of a table, or `nil` after reporting the required ones it lacks; checks stray values too.
    private mutating func columnMap<Column: SpreadsheetColumn>(
        of table: RowTable, required: [Column]
    ) -> (columns: ColumnMap<Column>, extra: [(index: Int, header: String)])? {
        let (field, extra) = columns(of: table, Column.init(header:))
        let missing = required.filter { field[$0] == nil }
        guard missing.isEmpty else {
            issues.append(.missingColumns(table.file, line: table.headerLine,
                                          missing: missing.map(\.tableColumn),
                                          present: table.headers.filter { !$0.isEmpty }))
            return nil
        }
        checkExtraValues(table)
        return (ColumnMap(table: table, field: field), extra)
    }

    /// Reports rows with non-empty values beyond the last header, once per file.
    private mutating func checkExtraValues(_ table: RowTable) {
        let width = table.headers.count
        let lines = table.rows.filter { $0.fields.dropFirst(width).contains { !$0.isBlank } }.map(\.line)
        if !lines.isEmpty { issues.append(.extraValues(table.file, lines: lines)) }
    }

    // MARK: Actors

    mutating func buildActors(_ table: RowTable?, defaultFile: String?) {
        guard let table else { return }  // unreadable: already reported
        guard !table.rows.isEmpty else {
            issues.append(.noActors(defaultFile ?? table.file))
            return
        }
        guard let (map, extra) = columnMap(of: table, required: [ActorColumn.name, .type]) else { return }
        let file = table.file
        let cell = map.cell
        let at = map.at

        // Explicit ids first, so that derived ids step around them.
        var explicitLine: [String: Int] = [:]
        for row in table.rows {
            let id = cell(row, .id)
            guard !id.isEmpty else { continue }
            let key = Normalize.key(id)
            if let first = explicitLine[key] {
                issues.append(.duplicateID(at(row, .id), id: id, firstLine: first))
            } else {
                explicitLine[key] = row.line
            }
        }
        var usedIDs = Set(explicitLine.keys)
        let validTypes = ActorType.builtIn.map(\.rawValue) + settings.customActorTypes.map(\.id)

        for row in table.rows {
            let name = cell(row, .name)
            guard !name.isEmpty else {
                issues.append(.emptyCell(at(row, .name), what: .name))
                continue
            }
            var id = cell(row, .id)
            let isDerived = id.isEmpty
            if isDerived {
                let base = Actor.deriveID(from: name)
                id = base
                var n = 2
                while usedIDs.contains(Normalize.key(id)) { id = "\(base)-\(n)"; n += 1 }
                usedIDs.insert(Normalize.key(id))
            }
            let typeText = cell(row, .type)
            var type = ActorType.institution  // stands in for a bad type so that later checks still run
            if typeText.isEmpty {
                issues.append(.emptyCell(at(row, .type), what: .type))
            } else if let parsed = ActorType(named: typeText, custom: settings.customActorTypes) {
                type = parsed
            } else {
                let labels = validTypes + ActorType.builtIn.flatMap(\.spellings)
                issues.append(.unknownType(at(row, .type), value: typeText,
                                           suggestions: Suggestions.closest(to: typeText, in: labels, limit: 2),
                                           declared: settings.customActorTypes))
            }
            let influence = score(cell(row, .influence), at(row, .influence))
            let interest = score(cell(row, .interest), at(row, .interest))
            let isPrivate = bool(cell(row, .isPrivate), at(row, .isPrivate))
            let isLocal = bool(cell(row, .isLocal), at(row, .isLocal))
            var attitude: Attitude?
            let attitudeText = cell(row, .attitude)
            if !attitudeText.isEmpty {
                attitude = Attitude(parsing: attitudeText)
                if attitude == nil { issues.append(.invalidAttitude(at(row, .attitude), value: attitudeText)) }
            }
            let attributes = extra.map { Attribute(name: $0.header, value: $0.index < row.fields.count
                                                       ? row.fields[$0.index].trimmingWhitespace : "") }
            let actor = Actor(
                id: id, name: name, type: type, category: nonEmpty(cell(row, .category)),
                themes: ValueParsing.themes(cell(row, .themes)), area: nonEmpty(cell(row, .area)),
                influence: influence, interest: interest, attitude: attitude, isPrivate: isPrivate, isLocal: isLocal,
                contact: nonEmpty(cell(row, .contact)), notes: nonEmpty(cell(row, .notes)),
                attributes: attributes, location: SourceLocation(file: file, line: row.line))
            let index = network.actors.count
            network.actors.append(actor)
            let idKey = Normalize.key(id)
            if isDerived { indexByDerivedID[idKey] = index } else if indexByID[idKey] == nil { indexByID[idKey] = index }
            indicesByName[Normalize.key(name), default: []].append(index)
        }
        if network.actors.isEmpty && !issues.contains(where: { $0.severity == .error }) {
            issues.append(.noActors(file))
        }
    }

    /// Influence and interest: 0-10, empty for unknown.
    private mutating func score(_ text: String, _ location: SourceLocation) -> Double? {
        guard !text.isEmpty else { return nil }
        guard let value = ValueParsing.number(text), (0...10).contains(value) else {
            issues.append(.invalidNumber(location, value: text, from: 0, to: 10))
            return nil
        }
        return value
    }

    private mutating func bool(_ text: String, _ location: SourceLocation) -> Bool? {
        guard !text.isEmpty else { return nil }
        guard let value = ValueParsing.bool(text) else {
            issues.append(.invalidBool(location, value: text))
            return nil
        }
        return value
    }

    private mutating func day(_ text: String, _ location: SourceLocation) -> Day? {
        guard !text.isEmpty else { return nil }
        guard let value = Day(parsing: text) else {
            issues.append(.invalidDate(location, value: text))
            return nil
        }
        return value
    }

    // MARK: Ties

    /// The actor a cell names, by id first, then by name; reports a miss with the closest names.
    private mutating func resolve(_ text: String, _ location: SourceLocation) -> Int? {
        let key = Normalize.key(text)
        if let index = indexByID[key] { return index }
        if let indices = indicesByName[key] {
            if indices.count == 1 { return indices[0] }
            issues.append(.ambiguousActor(location, value: text,
                                          lines: indices.compactMap { network.actors[$0].location?.line }))
            return nil
        }
        if let index = indexByDerivedID[key] { return index }
        let names = network.actors.map(\.name)
        issues.append(.unknownActor(location, value: text, suggestions: Suggestions.closest(to: text, in: names)))
        return nil
    }

    mutating func buildTies(_ table: RowTable?, defaultFile: String?) {
        guard let table, !table.rows.isEmpty else {
            if table != nil || defaultFile == nil, !network.actors.isEmpty {
                issues.append(.noTies(table?.file ?? defaultFile))
            }
            return
        }
        guard let (map, extra) = columnMap(of: table, required: [TieColumn.source, .target]) else { return }
        let file = table.file
        let cell = map.cell
        let at = map.at
        let validKinds = TieKind.builtIn.map(\.rawValue) + settings.customTieKinds.map(\.id)
        var merger = TieMerger()

        for row in table.rows {
            let errorsBefore = issues.count
            let sourceText = cell(row, .source), targetText = cell(row, .target)
            var source: Int?, target: Int?
            if sourceText.isEmpty { issues.append(.emptyCell(at(row, .source), what: .source)) } else {
                source = resolve(sourceText, at(row, .source))
            }
            if targetText.isEmpty { issues.append(.emptyCell(at(row, .target), what: .target)) } else {
                target = resolve(targetText, at(row, .target))
            }
            var kind = TieKind.cooperation
            let kindText = cell(row, .kind)
            if !kindText.isEmpty {
                if let parsed = TieKind(named: kindText, custom: settings.customTieKinds) { kind = parsed } else {
                    let labels = validKinds + TieKind.builtIn.flatMap(\.spellings)
                    issues.append(.unknownKind(at(row, .kind), value: kindText,
                                               suggestions: Suggestions.closest(to: kindText, in: labels, limit: 2),
                                               declared: settings.customTieKinds))
                }
            }
            var strength = 1.0
            let strengthText = cell(row, .strength)
            if !strengthText.isEmpty {
                if let value = ValueParsing.strength(strengthText) { strength = value } else {
                    issues.append(.invalidStrength(at(row, .strength), value: strengthText))
                }
            }
            let directed = bool(cell(row, .directed), at(row, .directed))
            let since = day(cell(row, .since), at(row, .since))
            let until = day(cell(row, .until), at(row, .until))
            if let since, let until, since > until {
                issues.append(.sinceAfterUntil(SourceLocation(file: file, line: row.line), since: since, until: until))
            }
            guard let source, let target else { continue }
            if source == target {
                issues.append(.selfTie(SourceLocation(file: file, line: row.line), actor: network.reference(source)))
                continue
            }
            guard issues.count == errorsBefore || !issues[errorsBefore...].contains(where: { $0.severity == .error })
            else { continue }
            let tie = Tie(
                source: source, target: target, kind: kind, strength: strength, isDirected: directed,
                since: since, until: until, reportedBy: nonEmpty(cell(row, .reportedBy)),
                notes: nonEmpty(cell(row, .notes)),
                attributes: extra.map { Attribute(name: $0.header, value: $0.index < row.fields.count
                                                      ? row.fields[$0.index].trimmingWhitespace : "") },
                location: SourceLocation(file: file, line: row.line))
            merger.add(tie, to: &network, issues: &issues)
        }
        if network.ties.isEmpty, !network.actors.isEmpty, !issues.contains(where: { $0.severity == .error }) {
            issues.append(.noTies(file))
        }
    }

    // MARK: Whole network

    /// Resolves `home` and reports actors without ties.
    mutating func finish(settingsFile: String?) {
        if let home = settings.home, let file = settingsFile, !network.actors.isEmpty {
            let key = Normalize.key(home.value)
            if let index = indexByID[key] ?? indicesByName[key]?.first ?? indexByDerivedID[key] {
                network.home = network.actors[index].id
            } else {
                issues.append(.unknownHome(file, line: home.line, value: home.value,
                                           suggestions: Suggestions.closest(to: home.value,
                                                                            in: network.actors.map(\.name))))
            }
        }
        guard !network.ties.isEmpty else { return }
        var hasTie = [Bool](repeating: false, count: network.actors.count)
        for tie in network.ties { hasTie[tie.source] = true; hasTie[tie.target] = true }
        let lonely = network.actors.indices.filter { !hasTie[$0] }
        if !lonely.isEmpty {
            issues.append(.actorsWithoutTies(lonely.prefix(5).map(network.reference), total: lonely.count))
        }
    }
}

private func nonEmpty(_ text: String) -> String? {
    text.isEmpty ? nil : text
}

/// A column kind of one of the spreadsheets: recognised from a header.
protocol SpreadsheetColumn: Hashable {
    init?(header: String)
    /// The column as messages name it.
    var tableColumn: LoadProblem.TableColumn { get }
}

extension ActorColumn: SpreadsheetColumn {
    var tableColumn: LoadProblem.TableColumn { .actors(self) }
}

extension TieColumn: SpreadsheetColumn {
    var tableColumn: LoadProblem.TableColumn { .ties(self) }
}

extension Network {
    /// The actor at `index` as a message names it.
    func reference(_ index: Int) -> LoadProblem.ActorReference {
        LoadProblem.ActorReference(index: index, name: actors[index].name)
    }
}

/// Where each known column sits in a table: cell values and source locations by column.
struct ColumnMap<Column: SpreadsheetColumn> {
    let table: RowTable
    let field: [Column: Int]

    /// The trimmed cell of `column` in `row`; empty when the column or the cell is missing.
    func cell(_ row: CSVRecord, _ column: Column) -> String {
        guard let i = field[column], i < row.fields.count else { return "" }
        return row.fields[i].trimmingWhitespace
    }

    /// The place of that cell, with the column's header as the user wrote it.
    func at(_ row: CSVRecord, _ column: Column) -> SourceLocation {
        SourceLocation(file: table.file, line: row.line, column: field[column].map { table.headers[$0] })
    }
}
