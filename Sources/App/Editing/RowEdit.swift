import Foundation
import NetworkMap
import Wording

/// An edit of one actor or one tie, as the page's forms send it.
///
/// `{"kind": "actor"|"tie", "record": 3, "digest": "…", "delete": false, "fields": {"name": "…", "source": 12}}`:
/// `record` is the row below the header (0 for the first), `null` for a new row; `digest` the fingerprint of the row
/// as the form showed it (``NetworkFiles/digest(_:)``); `fields` the loader's column names (`ActorColumn`,
/// `TieColumn`) with the new values: text, or for a tie's `source` and `target` an actor's index in the network.
/// Types, kinds, attitudes and yes/no come as their canonical names and are written in the data's language.
struct RowEdit: Decodable, Sendable {
    /// A new value: text as typed, or an actor.
    enum Value: Decodable, Sendable, Hashable {
        case text(String)
        case actor(Int)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) { self = .actor(index) } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    var kind: NetworkFiles.Table
    var record: Int?
    var digest: String?
    var delete: Bool?
    var fields: [String: Value]

    /// The rows it changes, for ``EditCoordinator``'s journal: the file's name and the record, or a new row of its own.
    func rows(file: String) -> Set<String> {
        if let record { return ["\(file)#\(record)"] }
        return ["\(file)#new-\(SessionToken().text.prefix(12))"]
    }
}

/// What the coordinator needs to know about the network to turn an edit's values into cells.
struct EditContext: Sendable {
    /// The network as it loaded (nil when it does not load): actors named by index, who is private.
    var network: Network?
    /// The errors of the network as it is, so that an edit is refused only for errors of its own.
    var errorsBefore: [LoadIssue]
    var showsPrivateNames: Bool
    /// The language the data is written in (network.yaml), else the page's: the words written into cells.
    var dataLanguage: Language
}

/// Why an edit was not written.
enum EditFailure: Error, Sendable {
    /// The loader finds these errors in the edited network that it did not find before.
    case rejected([LoadIssue])
    case message(AppMessage)
    /// The row changed since the form showed it.
    case conflict
}

extension RowEdit {
    /// The edited file: `files`' table with this edit applied, still in memory.
    func applied(to files: NetworkFiles, context: EditContext) throws(EditFailure) -> NetworkFiles.File {
        guard var file = files.file(kind) else { throw .message(.noSuchRow) }
        if let record {
            guard let row = file.csv.dataRecord(record) else { throw .message(.noSuchRow) }
            guard digest == nil || digest == NetworkFiles.digest(file.csv.text(of: row)) else { throw .conflict }
            if kind == .actors, !context.showsPrivateNames, isPrivate(row, file: file, context: context) {
                throw .message(.privateRow)
            }
            if delete == true {
                file.csv.delete(dataRecord: record)
                return try encoded(file)
            }
        } else if delete == true {
            throw .message(.badEdit("record"))
        }
        var values: [Int: String] = [:]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            let header: LoadProblem.TableColumn
            switch kind {
            case .actors:
                guard let column = ActorColumn(rawValue: key) else { throw .message(.badEdit(key)) }
                header = .actors(column)
            case .ties:
                guard let column = TieColumn(rawValue: key) else { throw .message(.badEdit(key)) }
                header = .ties(column)
            }
            let text = try cell(header, value, files: files, context: context)
            let index: Int
            if let existing = columnIndex(header, in: file.csv.header) {
                index = existing
            } else if text.isEmpty {
                continue  // no column, nothing to say: the file stays as it is
            } else {
                index = file.csv.addColumn(context.dataLanguage.phrases.header(header))
            }
            values[index] = text
        }
        if let record {
            file.csv.replace(dataRecord: record, with: values)
        } else {
            file.csv.append(values)
        }
        return try encoded(file)
    }

    private func encoded(_ file: NetworkFiles.File) throws(EditFailure) -> NetworkFiles.File {
        var file = file
        do {
            file.bytes = try file.csv.bytes()
        } catch {
            if case .cannotEncode(let character) = error {
                throw .message(.cannotEncode(file: file.name, character: String(character)))
            }
            throw .message(.writeFailed(file.name))
        }
        return file
    }

    private func columnIndex(_ column: LoadProblem.TableColumn, in header: [String]) -> Int? {
        switch column {
        case .actors(let actorColumn): return NetworkFiles.actorColumns(header)[actorColumn]
        case .ties(let tieColumn): return NetworkFiles.tieColumns(header)[tieColumn]
        }
    }

    private func isPrivate(_ row: CSVFile.Record, file: NetworkFiles.File, context: EditContext) -> Bool {
        if let actor = context.network?.actors.first(where: { $0.location?.line == row.line && $0.location?.file == file.name }) {
            return actor.isPrivate
        }
        let columns = NetworkFiles.actorColumns(file.csv.header)
        let type = ActorType(named: row.value(columns[.type]), custom: context.network?.customActorTypes ?? [])
        return ValueParsing.bool(row.value(columns[.isPrivate])) ?? (type == .resident)
    }

    /// The cell's text for a value: an actor by its id (or by name where the actors file has no id column), a
    /// type, kind or attitude by its word in the data's language, yes/no likewise, everything else as typed.
    private func cell(_ column: LoadProblem.TableColumn, _ value: Value, files: NetworkFiles,
                      context: EditContext) throws(EditFailure) -> String {
        let phrases = context.dataLanguage.phrases
        let network = context.network
        switch value {
        case .actor(let index):
            guard let network, network.actors.indices.contains(index) else { throw .message(.badEdit(column.englishHeader)) }
            let actor = network.actors[index]
            let hasIDs = files.actors.map { NetworkFiles.actorColumns($0.csv.header)[.id] != nil } ?? false
            return hasIDs ? actor.id : actor.name
        case .text(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return "" }
            switch column {
            case .actors(.type):
                let custom = network?.customActorTypes ?? []
                let type = ActorType(rawValue: text)
                return ActorType.builtIn.contains(type) ? phrases.label(type, plural: false, custom: custom) : text
            case .ties(.kind):
                let custom = network?.customTieKinds ?? []
                let kind = TieKind(rawValue: text)
                return TieKind.builtIn.contains(kind) ? phrases.label(kind, custom: custom) : text
            case .actors(.attitude):
                switch Attitude(rawValue: text) {
                case .supportive: return phrases.app(.attitudeSupportive)
                case .neutral: return phrases.app(.attitudeNeutral)
                case .opposed: return phrases.app(.attitudeOpposed)
                case nil: return text
                }
            case .actors(.isPrivate), .ties(.directed):
                switch text {
                case "yes": return phrases.app(.yes)
                case "no": return phrases.app(.no)
                default: return text
                }
            default:
                return raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespaces)
            }
        }
    }
}
