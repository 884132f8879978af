/// Turns the rows of the actors and ties tables into a checked ``Network``, collecting every problem.
struct NetworkBuilder {
    var network: Network
    var issues: [LoadIssue]
    let settings: NetworkSettings
    /// The folder's `aliases.csv`: a tie may name an actor by a spelling the user has decided is that actor.
    var aliases = AliasTable.empty

    /// Actor index by normalised explicit id, by normalised name, and by derived id.
    ///
    /// Several actors may share a name. Ties are matched in that order: a derived id ("kita") must not hide a
    /// name ("Kita").
    private var indexByID: [String: Int] = [:]
    private var indexByDerivedID: [String: Int] = [:]
    private var indicesByName: [String: [Int]] = [:]
    /// The actors' names prepared for "did you mean", made at the first unknown actor of the ties.
    private var actorNameSuggestions: Suggestions?

    init(settings: NetworkSettings, issues: [LoadIssue]) {
        self.settings = settings
        self.issues = issues
        let language = settings.language
        network = Network(
            name: settings.name ?? "", date: settings.date, language: language,
            themes: settings.themes ?? Network.defaultThemes(language: language),
            customActorTypes: settings.customActorTypes, customTieKinds: settings.customTieKinds,
            source: settings.source)
        network.respondent = settings.respondent
        network.mergedFrom = settings.mergedFrom
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

    /// Moves the issues found since `start` that name a line of `table`'s file into its sheet (for a workbook).
    private mutating func relocate(from start: Int, _ table: RowTable) {
        guard table.sheet != nil, start < issues.count else { return }
        for i in start..<issues.count {
            if let location = issues[i].location { issues[i].location = table.relocated(location) }
        }
    }

    mutating func buildActors(_ table: RowTable?, defaultFile: String?) {
        guard let table else { return }  // unreadable: already reported
        let start = issues.count
        defer { relocate(from: start, table) }
        guard !table.rows.isEmpty else {
            issues.append(.noActors(defaultFile ?? table.file))
            return
        }
        guard let (map, extra) = columnMap(of: table, required: [ActorColumn.name]) else { return }
        let file = table.file
        // Tools such as Polinode and NodeXL have no type column: every actor is then of an `unspecified` type.
        let hasTypeColumn = map.field[.type] != nil
        if !hasTypeColumn {
            issues.append(LoadIssue(.noTypeColumn(actors: table.rows.count), at: table.location(line: table.headerLine)))
            if !network.customActorTypes.contains(where: { $0.id == ExchangeBuilder.unspecified.id }) {
                network.customActorTypes.append(ExchangeBuilder.unspecified)
            }
        }
        var newTypes: [String] = []
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
        // The next suffix to try per derived id: a sheet with 1,500 rows of one name tried 2, 3, 4, … afresh for each
        // row (quadratic; minutes for `check`, found by the fuzzer).
        var nextSuffix: [String: Int] = [:]
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
                let baseKey = Normalize.key(base)
                id = base
                var n = nextSuffix[baseKey, default: 2]
                var key = baseKey
                if usedIDs.contains(key) {
                    repeat { id = "\(base)-\(n)"; key = Normalize.key(id); n += 1 } while usedIDs.contains(key)
                    nextSuffix[baseKey] = n
                }
                usedIDs.insert(key)
            }
            let typeText = cell(row, .type)
            var type = ActorType.institution  // stands in for a bad type so that later checks still run
            if !hasTypeColumn {
                type = ActorType(rawValue: ExchangeBuilder.unspecified.id)
            } else if typeText.isEmpty {
                issues.append(.emptyCell(at(row, .type), what: .type))
            } else if let parsed = ActorType(named: typeText, custom: network.customActorTypes) {
                type = parsed
            } else {
                let labels = validTypes + ActorType.builtIn.flatMap(\.spellings)
                let suggestions = Suggestions.closest(to: typeText, in: labels, limit: 2)
                if Suggestions.isNearMiss(typeText, of: suggestions) {
                    issues.append(.unknownType(at(row, .type), value: typeText, suggestions: suggestions,
                                               declared: settings.customActorTypes))
                } else {
                    // A type of the user's own ("Schule"), as Kumu and Gephi files carry them: taken, with one warning.
                    network.customActorTypes.append(CustomStyle(id: typeText))
                    newTypes.append(typeText)
                    type = ActorType(rawValue: typeText)
                }
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
                attributes: attributes, location: table.location(line: row.line))
            let index = network.actors.count
            network.actors.append(actor)
            let idKey = Normalize.key(id)
            if isDerived { indexByDerivedID[idKey] = index } else if indexByID[idKey] == nil { indexByID[idKey] = index }
            indicesByName[Normalize.key(name), default: []].append(index)
        }
        if !newTypes.isEmpty {
            issues.append(LoadIssue(.undeclaredTypes(newTypes, ofTies: false), at: table.location(line: 0)))
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
    private mutating func resolve(_ text: String, _ location: SourceLocation, followingAliases: Bool = true) -> Int? {
        let key = Normalize.key(text)
        if let index = indexByID[key] { return index }
        if let indices = indicesByName[key] {
            if indices.count == 1 { return indices[0] }
            issues.append(.ambiguousActor(location, value: text,
                                          lines: indices.compactMap { network.actors[$0].location?.line }))
            return nil
        }
        if let index = indexByDerivedID[key] { return index }
        // One step only: a table saying A is B and B is A must not send the lookup round in circles.
        if followingAliases, let actor = aliases.actor(for: text) { return resolve(actor, location, followingAliases: false) }
        let suggestions = actorNameSuggestions ?? Suggestions(network.actors.map(\.name))
        actorNameSuggestions = suggestions
        // By reference: the message of a failed load is shown only once its actors are prepared for showing.
        let closest = suggestions.closestIndices(to: text).map(network.reference)
        issues.append(.unknownActor(location, value: text, suggestions: closest))
        return nil
    }

    /// Whether `text` is the name (or id) of an actor.
    private func names(_ text: String) -> Bool {
        let key = Normalize.key(text)
        return indexByID[key] != nil || indicesByName[key] != nil || indexByDerivedID[key] != nil
    }

    /// Directed or not: yes/no words, or Kumu's and Gephi's directed/undirected/mutual.
    private mutating func direction(_ text: String, _ location: SourceLocation) -> Bool? {
        guard !text.isEmpty else { return nil }
        guard let value = ValueParsing.bool(text) ?? ValueParsing.directionWord(text) else {
            issues.append(.invalidBool(location, value: text))
            return nil
        }
        return value
    }

    mutating func buildTies(_ table: RowTable?, defaultFile: String?) {
        let start = issues.count
        defer { if let table { relocate(from: start, table) } }
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
        var newKinds: [String] = []
        var clamped: [Int] = []
        // A "Weight" column (Gephi, Polinode, NodeXL) holds any number, a "Strength" column network-map's 1-3.
        let weightsClamped = map.field[.strength].map { ["weight", "edgeweight", "gewicht"].contains(headerKey(table.headers[$0])) }
            ?? false
        // Gephi writes the direction in a "Type" column (Directed/Undirected): such a column is no tie kind.
        let kindIsDirection = map.field[.directed] == nil && map.field[.kind] != nil
            && table.rows.contains { !cell($0, .kind).isEmpty }
            && table.rows.allSatisfy { row in
                let text = cell(row, .kind)
                return text.isEmpty || ValueParsing.directionWord(text) != nil
            }

        for row in table.rows {
            let errorsBefore = issues.count
            let sourceText = cell(row, .source), targetText = cell(row, .target)
            var source: Int?
            var targets: [Int?] = []
            if sourceText.isEmpty { issues.append(.emptyCell(at(row, .source), what: .source)) } else {
                source = resolve(sourceText, at(row, .source))
            }
            if targetText.isEmpty { issues.append(.emptyCell(at(row, .target), what: .target)) } else {
                // Kumu lists several targets in one cell, separated by `|`: one tie each, unless an actor has that name.
                let names = targetText.contains("|") && !names(targetText)
                    ? targetText.split(separator: "|").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
                    : [targetText]
                targets = names.map { resolve($0, at(row, .target)) }
            }
            var kind = TieKind.cooperation
            let kindText = kindIsDirection ? "" : cell(row, .kind)
            if !kindText.isEmpty {
                if let parsed = TieKind(named: kindText, custom: network.customTieKinds) { kind = parsed } else {
                    let labels = validKinds + TieKind.builtIn.flatMap(\.spellings)
                    let suggestions = Suggestions.closest(to: kindText, in: labels, limit: 2)
                    if Suggestions.isNearMiss(kindText, of: suggestions) {
                        issues.append(.unknownKind(at(row, .kind), value: kindText, suggestions: suggestions,
                                                   declared: settings.customTieKinds))
                    } else {
                        network.customTieKinds.append(CustomStyle(id: kindText))
                        newKinds.append(kindText)
                        kind = TieKind(rawValue: kindText)
                    }
                }
            }
            var strength = 1.0
            var keptWeight: [Attribute] = []
            let strengthText = cell(row, .strength)
            if !strengthText.isEmpty {
                if let value = ValueParsing.strength(strengthText) { strength = value } else if weightsClamped,
                    let weight = ValueParsing.number(strengthText), weight >= 0 {
                    // Gephi's and NodeXL's weights are any number: clamped to 1-3, with one warning, the weight kept.
                    strength = min(3, max(1, weight))
                    if strength != weight {
                        clamped.append(row.line)
                        keptWeight = map.field[.strength].map { [Attribute(name: table.headers[$0], value: strengthText)] } ?? []
                    }
                } else {
                    issues.append(.invalidStrength(at(row, .strength), value: strengthText))
                }
            }
            let directed = kindIsDirection ? direction(cell(row, .kind), at(row, .kind))
                : direction(cell(row, .directed), at(row, .directed))
            var confirmation: Confirmation?
            let confirmationText = cell(row, .confirmation)
            if !confirmationText.isEmpty {
                confirmation = Confirmation(parsing: confirmationText)
                if confirmation == nil { issues.append(.invalidConfirmation(at(row, .confirmation), value: confirmationText)) }
            }
            let since = day(cell(row, .since), at(row, .since))
            let until = day(cell(row, .until), at(row, .until))
            if let since, let until, since > until {
                issues.append(.sinceAfterUntil(table.location(line: row.line), since: since, until: until))
            }
            guard let source else { continue }
            for case let target? in targets {
                if source == target {
                    issues.append(.selfTie(table.location(line: row.line), actor: network.reference(source)))
                    continue
                }
                guard issues.count == errorsBefore || !issues[errorsBefore...].contains(where: { $0.severity == .error })
                else { continue }
                let tie = Tie(
                    source: source, target: target, kind: kind, strength: strength, isDirected: directed,
                    since: since, until: until, reportedBy: nonEmpty(cell(row, .reportedBy)),
                    notes: nonEmpty(cell(row, .notes)),
                    attributes: extra.map { Attribute(name: $0.header, value: $0.index < row.fields.count
                                                          ? row.fields[$0.index].trimmingWhitespace : "") } + keptWeight,
                    location: table.location(line: row.line), confirmation: confirmation)
                merger.add(tie, to: &network, issues: &issues)
            }
        }
        if !newKinds.isEmpty {
            issues.append(LoadIssue(.undeclaredTypes(newKinds, ofTies: true), at: table.location(line: 0)))
        }
        if let first = clamped.first {
            issues.append(LoadIssue(.strengthClamped(count: clamped.count), at: table.location(line: first, field: map.field[.strength])))
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
                                           suggestions: network.closestActors(to: home.value, by: \.name)))
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
        LoadProblem.ActorReference(index: index, name: actors[index].name, id: actors[index].id)
    }

    /// The actors whose name (or id) is closest to a misspelt `text`, by reference (see ``Suggestions``).
    func closestActors(to text: String, by field: KeyPath<Actor, String>, limit: Int = 3) -> [LoadProblem.ActorReference] {
        Suggestions(actors.map { $0[keyPath: field] }).closestIndices(to: text, limit: limit).map(reference)
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
        table.location(line: row.line, field: field[column])
    }
}
