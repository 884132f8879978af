import Foundation
import NetworkMap
import Wording

/// The rows of a network's files as the edit forms show them: each actor and each tie with the values of the
/// columns the loader knows (types, kinds, attitudes and yes/no as their canonical names, so that a form can
/// preselect them), where it is (line), and a fingerprint of its text.
///
/// Privacy as everywhere: unless names are shown, a private person's row shows only the pseudonym and cannot be
/// edited, ties name such persons by their pseudonym, and a person's tie to a faith community, a migrant
/// organisation or a party is not listed at all (it would reveal a special category of personal data).
enum RowsView {
    static func json(_ files: NetworkFiles, network: Network?, showingPrivateNames: Bool, language: Language,
                     version: String) -> JSONValue {
        let phrases = language.phrases
        let prepared = network?.prepared(showingPrivateNames: showingPrivateNames, pseudonym: phrases.pseudonym).network
        var actorRows: [JSONValue] = []
        // Actor index by the line its row starts on, and which rows are private persons.
        var indexByLine: [Int: Int] = [:]
        for (index, actor) in (network?.actors ?? []).enumerated() {
            if let line = actor.location?.line { indexByLine[line] = index }
        }
        var privateLabels: [String: String] = [:]
        if let file = files.actors {
            let header = file.csv.header
            let columns = NetworkFiles.actorColumns(header)
            let custom = network?.customActorTypes ?? []
            var privateCount = 0
            for record in 0..<file.csv.dataCount {
                guard let row = file.csv.dataRecord(record) else { continue }
                let index = indexByLine[row.line]
                let typeText = row.value(columns[.type])
                let type = ActorType(named: typeText, custom: custom)
                let privateText = row.value(columns[.isPrivate])
                let isPrivate = index.map { network?.actors[$0].isPrivate ?? false }
                    ?? (Self.bool(privateText) ?? (type == .resident))
                var fields: [(String, JSONValue)] = []
                let hidden = isPrivate && !showingPrivateNames
                if hidden {
                    privateCount += 1
                    let label = index.flatMap { prepared?.actors[$0].name } ?? phrases.pseudonym(privateCount)
                    fields.append(("name", .string(label)))
                    for key in [row.value(columns[.id]), row.value(columns[.name])] where !key.isEmpty {
                        privateLabels[Normalize.key(key)] = label
                    }
                } else {
                    for column in ActorColumn.allCases {
                        let text = row.value(columns[column])
                        let value: String
                        switch column {
                        case .type: value = type?.rawValue ?? text
                        case .attitude: value = Attitude(parsing: text)?.rawValue ?? text
                        case .isPrivate: value = Self.bool(text).map { $0 ? "yes" : "no" } ?? text
                        default: value = text
                        }
                        fields.append((column.rawValue, .string(value)))
                    }
                }
                let known = Set(columns.values)
                let extra = NetworkFiles.extraColumns(header, known: known)
                actorRows.append(.object([
                    ("record", .int(record)), ("line", .int(row.line)),
                    ("digest", .string(NetworkFiles.digest(file.csv.text(of: row)))),
                    ("index", index.map { .int($0) } ?? .null), ("editable", .bool(!hidden)),
                    ("fields", .object(fields)), ("extra", .array(hidden ? [] : extra.map { .string($0) })),
                ]))
            }
        }
        var tieRows: [JSONValue] = []
        var withheld = 0
        if let file = files.ties {
            let header = file.csv.header
            let columns = NetworkFiles.tieColumns(header)
            let lookup = network.map(TieEndLookup.init)
            let custom = network?.customTieKinds ?? []
            for record in 0..<file.csv.dataCount {
                guard let row = file.csv.dataRecord(record) else { continue }
                var ends: [(String, JSONValue)] = []
                var sensitive = false
                var endIndices: [Int] = []
                for column in [TieColumn.source, .target] {
                    let text = row.value(columns[column])
                    let index = lookup?.index(text)
                    if let index { endIndices.append(index) }
                    let label: String
                    if let index, let prepared {
                        label = prepared.actors[index].name
                    } else {
                        label = showingPrivateNames ? text : privateLabels[Normalize.key(text)] ?? text
                    }
                    ends.append((column.rawValue, .object([("index", index.map { .int($0) } ?? .null),
                                                           ("label", .string(label))])))
                }
                if !showingPrivateNames, let network, endIndices.count == 2 {
                    let a = network.actors[endIndices[0]], b = network.actors[endIndices[1]]
                    sensitive = (a.isPrivate && b.isSensitive) || (b.isPrivate && a.isSensitive)
                }
                if sensitive { withheld += 1; continue }
                var fields: [(String, JSONValue)] = []
                for column in TieColumn.allCases where column != .source && column != .target {
                    let text = row.value(columns[column])
                    let value: String
                    switch column {
                    case .kind: value = TieKind(named: text, custom: custom)?.rawValue ?? text
                    case .directed: value = Self.bool(text).map { $0 ? "yes" : "no" } ?? text
                    case .strength: value = Self.strength(text) ?? text
                    default: value = text
                    }
                    fields.append((column.rawValue, .string(value)))
                }
                let extra = NetworkFiles.extraColumns(header, known: Set(columns.values))
                tieRows.append(.object([
                    ("record", .int(record)), ("line", .int(row.line)),
                    ("digest", .string(NetworkFiles.digest(file.csv.text(of: row)))),
                    ("ends", .object(ends)), ("fields", .object(fields)), ("extra", .array(extra.map { .string($0) })),
                ]))
            }
        }
        let customTypes = network?.customActorTypes ?? [], customKinds = network?.customTieKinds ?? []
        let types = (ActorType.builtIn + customTypes.map { ActorType(rawValue: $0.id) }).map { type -> JSONValue in
            .array([.string(type.rawValue), .string(phrases.label(type, plural: false, custom: customTypes))])
        }
        let kinds = (TieKind.builtIn + customKinds.map { TieKind(rawValue: $0.id) }).map { kind -> JSONValue in
            .array([.string(kind.rawValue), .string(phrases.label(kind, custom: customKinds))])
        }
        let actors: [JSONValue] = (prepared?.actors ?? []).enumerated().map { index, actor in
            .array([.int(index), .string(actor.name)])
        }
        return .object([
            ("version", .string(version)),
            ("actorsFile", files.actors.map { .string($0.name) } ?? .null),
            ("tiesFile", files.ties.map { .string($0.name) } ?? .null),
            ("actors", .array(actorRows)), ("ties", .array(tieRows)), ("withheldTies", .int(withheld)),
            ("choices", .object([("types", .array(types)), ("kinds", .array(kinds)), ("actors", .array(actors))])),
        ])
    }

    static func bool(_ text: String) -> Bool? { ValueParsing.bool(text) }

    /// A strength cell as the form's choice ("1", "2", "3"), or `nil` when it is another value.
    static func strength(_ text: String) -> String? {
        guard let value = ValueParsing.strength(text), value == value.rounded() else { return nil }
        return String(Int(value))
    }
}

/// Actors by the texts a ties file names them with, as the loader resolves them: id, then name.
struct TieEndLookup {
    private var byID: [String: Int] = [:]
    private var byName: [String: [Int]] = [:]

    init(_ network: Network) {
        for (index, actor) in network.actors.enumerated() {
            if byID[Normalize.key(actor.id)] == nil { byID[Normalize.key(actor.id)] = index }
            byName[Normalize.key(actor.name), default: []].append(index)
        }
    }

    func index(_ text: String) -> Int? {
        let key = Normalize.key(text)
        if let index = byID[key] { return index }
        if let indices = byName[key], indices.count == 1 { return indices[0] }
        return nil
    }
}
