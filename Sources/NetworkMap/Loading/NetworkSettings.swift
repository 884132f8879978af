import Yams

/// A table of rows read from a CSV file or from a list in `network.yaml`, before it is turned into actors or ties.
struct RowTable {
    var file: String
    /// Column headers as written; for YAML lists, the keys in order of first appearance.
    var headers: [String]
    /// The line of the header (CSV) or of the list's key (YAML).
    var headerLine: Int
    var rows: [CSVRecord]
    /// The sheet of a workbook the table was read from; `nil` for CSV and YAML.
    var sheet: String? = nil
    /// The sheet column (1-based) of each field, for a table from a workbook.
    var columns: [Int] = []

    /// Where `line` (and field `field`) is: a line of a text file, or a row (cell) of the sheet.
    func location(line: Int, field: Int? = nil) -> SourceLocation {
        let header = field.flatMap { $0 < headers.count && !headers[$0].isEmpty ? headers[$0] : nil }
        guard let sheet else { return SourceLocation(file: file, line: line, column: header) }
        let column = field.flatMap { $0 < columns.count ? columns[$0] : nil }
        return SourceLocation(file: file, sheet: sheet, row: line, columnIndex: column, column: header)
    }

    /// `location` of a text file's issue moved into the sheet, with the cell of the column it names.
    func relocated(_ location: SourceLocation) -> SourceLocation {
        guard sheet != nil, location.sheet == nil, location.file == file else { return location }
        return self.location(line: location.line, field: location.column.flatMap { headers.firstIndex(of: $0) })
    }
}

/// What `network.yaml` says, checked: the settings, and the actor and tie lists of the single-file form.
struct NetworkSettings {
    var name: String?
    var date: Day?
    var language: Language?
    var home: (value: String, line: Int)?
    var themes: [String]?
    var source: String?
    /// The actor whose interview this is, as written.
    var respondent: String?
    var mergedFrom: [MergedSource] = []
    /// Areas outside the quarter (`outside_areas:`), for ``Network/locality(of:)``.
    var outsideAreas: [String] = []
    var customActorTypes: [CustomStyle] = []
    var customTieKinds: [CustomStyle] = []
    var actors: RowTable?
    var ties: RowTable?

    static let knownKeys = ["name", "date", "language", "home", "themes", "source", "respondent", "merged_from", "outside_areas",
                            "actor_types", "tie_kinds", "actors", "ties"]
    static let styleKeys = ["id", "label_de", "label_en", "color", "shape"]

    /// Parses the text of `network.yaml`; problems are appended to `issues`.
    static func parse(_ text: String, file: String, issues: inout [LoadIssue]) -> NetworkSettings {
        var settings = NetworkSettings()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                issues.append(.yamlSyntax(file, line: mark.line, problem: problem))
            default:
                issues.append(.yamlSyntax(file, line: 0, problem: "\(error)"))
            }
            return settings
        } catch {
            issues.append(.yamlSyntax(file, line: 0, problem: "\(error)"))
            return settings
        }
        guard let root else { return settings }  // an empty file: all defaults
        guard let mapping = root.mapping else {
            issues.append(.yamlNotMapping(file))
            return settings
        }
        var unknown: [String] = []
        var unknownLine = 0
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 0
            func text() -> String? {
                guard let s = value.scalar?.string.trimmingWhitespace, !s.isEmpty else {
                    if value.scalar == nil {
                        issues.append(.yamlInvalid(file, line: line, key: key, value: .list, expected: .singleValue))
                    }
                    return nil
                }
                return s
            }
            switch key {
            case "name": settings.name = text()
            case "source": settings.source = text()
            case "respondent": settings.respondent = text()
            case "merged_from":
                settings.mergedFrom = mergedSources(value, file: file, key: key, line: line, issues: &issues)
            case "date":
                if let t = text() {
                    if let day = Day(parsing: t) { settings.date = day } else {
                        issues.append(.yamlInvalid(file, line: line, key: key, value: .text(t), expected: .date(example: "2024-03-01")))
                    }
                }
            case "language":
                if let t = text() {
                    if let language = Language(parsing: t) { settings.language = language } else {
                        issues.append(.yamlInvalid(file, line: line, key: key, value: .text(t), expected: .language))
                    }
                }
            case "home":
                if let t = text() { settings.home = (t, line) }
            case "themes":
                if let items = value.sequence {
                    settings.themes = items.compactMap { $0.scalar?.string.trimmingWhitespace }.filter { !$0.isEmpty }
                } else if let s = value.scalar?.string {
                    settings.themes = ValueParsing.themes(s)
                }
            case "outside_areas":
                if let items = value.sequence {
                    settings.outsideAreas = items.compactMap { $0.scalar?.string.trimmingWhitespace }.filter { !$0.isEmpty }
                } else if let s = value.scalar?.string {
                    settings.outsideAreas = ValueParsing.themes(s)
                }
            case "actor_types":
                settings.customActorTypes = styles(value, file: file, key: key, line: line, issues: &issues)
            case "tie_kinds":
                settings.customTieKinds = styles(value, file: file, key: key, line: line, issues: &issues)
            case "actors", "ties":
                let table = rowTable(value, file: file, key: key, line: line, issues: &issues)
                if key == "actors" { settings.actors = table } else { settings.ties = table }
            default:
                if unknown.isEmpty { unknownLine = line }
                unknown.append(key)
            }
        }
        if !unknown.isEmpty {
            issues.append(.yamlUnknownKeys(file, line: unknownLine, keys: unknown, known: knownKeys))
        }
        return settings
    }

    /// Custom actor types or tie kinds: a list of mappings with `id`, or a mapping from id to its fields.
    static func styles(_ node: Node, file: String, key: String, line: Int, issues: inout [LoadIssue]) -> [CustomStyle] {
        var entries: [(id: String?, fields: Node.Mapping?, line: Int)] = []
        if let items = node.sequence {
            for item in items {
                if let m = item.mapping {
                    entries.append((m["id"]?.scalar?.string, m, item.mark?.line ?? line))
                } else if let id = item.scalar?.string {
                    entries.append((id, nil, item.mark?.line ?? line))
                }
            }
        } else if let mapping = node.mapping {
            for (k, v) in mapping { entries.append((k.string, v.mapping, k.mark?.line ?? line)) }
        } else if node.scalar?.string.isBlank == false {
            issues.append(.yamlInvalid(file, line: line, key: key, value: .text(node.scalar?.string ?? ""),
                                       expected: .styleList))
        }
        var result: [CustomStyle] = []
        for entry in entries {
            guard let rawID = entry.id?.trimmingWhitespace, !rawID.isEmpty else {
                issues.append(.yamlInvalid(file, line: entry.line, key: key, value: .noID,
                                           expected: .idForEveryEntry))
                continue
            }
            var style = CustomStyle(id: rawID)
            var unknown: [String] = []
            for (k, v) in entry.fields ?? [:] {
                let value = v.scalar?.string.trimmingWhitespace
                switch k.string ?? "" {
                case "id": break
                case "label_de": style.labelDE = value
                case "label_en": style.labelEN = value
                case "color", "colour": style.color = value
                case "shape", "style": style.shape = value
                default: unknown.append(k.string ?? "")
                }
            }
            if !unknown.isEmpty {
                issues.append(.yamlUnknownKeys(file, line: entry.line, keys: unknown, known: styleKeys))
            }
            result.append(style)
        }
        return result
    }

    /// The sources of a merged network: a list of mappings with `name` and optionally `respondent` and `date`.
    static func mergedSources(_ node: Node, file: String, key: String, line: Int, issues: inout [LoadIssue]) -> [MergedSource] {
        guard let items = node.sequence else {
            if node.scalar?.string.isBlank == false {
                issues.append(.yamlInvalid(file, line: line, key: key, value: .text(node.scalar?.string ?? ""),
                                           expected: .sourceList))
            }
            return []
        }
        var result: [MergedSource] = []
        for item in items {
            let itemLine = item.mark?.line ?? line
            guard let fields = item.mapping,
                  let name = fields["name"]?.scalar?.string.trimmingWhitespace, !name.isEmpty else {
                issues.append(.yamlInvalid(file, line: itemLine, key: key,
                                           value: item.scalar.map { .text($0.string) } ?? (item.mapping == nil ? .list : .mapping),
                                           expected: .sourceList))
                continue
            }
            var source = MergedSource(name: name)
            var unknown: [String] = []
            for (k, v) in fields {
                let text = v.scalar?.string.trimmingWhitespace ?? ""
                switch k.string ?? "" {
                case "name": break
                case "respondent": source.respondent = text.isEmpty ? nil : text
                case "date":
                    guard !text.isEmpty else { continue }
                    if let day = Day(parsing: text) { source.date = day } else {
                        issues.append(.yamlInvalid(file, line: k.mark?.line ?? itemLine, key: "date", value: .text(text),
                                                   expected: .date(example: "2024-03-01")))
                    }
                default: unknown.append(k.string ?? "")
                }
            }
            if !unknown.isEmpty {
                issues.append(.yamlUnknownKeys(file, line: itemLine, keys: unknown, known: ["name", "respondent", "date"]))
            }
            result.append(source)
        }
        return result
    }

    /// The single-file form's `actors:` or `ties:` list as a table whose columns are the keys used.
    static func rowTable(_ node: Node, file: String, key: String, line: Int, issues: inout [LoadIssue]) -> RowTable {
        var table = RowTable(file: file, headers: [], headerLine: line, rows: [])
        var column: [String: Int] = [:]
        guard let items = node.sequence else {
            if node.scalar?.string.isBlank == false {
                issues.append(.yamlInvalid(file, line: line, key: key, value: .text(node.scalar?.string ?? ""),
                                           expected: .rowList))
            }
            return table
        }
        for item in items {
            let itemLine = item.mark?.line ?? line
            guard let m = item.mapping else {
                issues.append(.yamlInvalid(file, line: itemLine, key: key, value: item.scalar.map { LoadProblem.ShownValue.text($0.string) } ?? .list,
                                           expected: .rowEntry))
                continue
            }
            var fields = [String](repeating: "", count: table.headers.count)
            for (k, v) in m {
                let header = k.string ?? ""
                let index: Int
                if let i = column[header] { index = i } else {
                    index = table.headers.count
                    column[header] = index
                    table.headers.append(header)
                }
                if fields.count <= index { fields += [String](repeating: "", count: index + 1 - fields.count) }
                if let s = v.scalar?.string {
                    fields[index] = s
                } else if let list = v.sequence {
                    fields[index] = list.compactMap { $0.scalar?.string }.joined(separator: "|")
                } else {
                    issues.append(.yamlInvalid(file, line: k.mark?.line ?? itemLine, key: header, value: .mapping,
                                               expected: .valueOrList))
                }
            }
            table.rows.append(CSVRecord(line: itemLine, fields: fields))
        }
        return table
    }
}
