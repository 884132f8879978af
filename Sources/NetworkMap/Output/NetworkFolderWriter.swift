import Foundation
import Yams

/// Writes a network as a folder that ``NetworkLoader`` reads back to the same network: `actors.csv`, `ties.csv`
/// and `network.yaml`.
///
/// The CSV files are in the chosen language's ``NetworkFileWords`` (German: `;`, decimal comma,
/// German headers and words such as `Verein`, `ja`, `bestätigt`; English: `,`, decimal point, the loader's
/// identifiers such as `residents_group`), UTF-8 with a byte order mark in both. Every field is written, every extra column is kept with its header, in the
/// network's order of actors, ties and columns, so that a network loaded, edited and saved changes only where it
/// was edited. Actors are written with their ids and ties name actors by id, so names may repeat or change.
/// The `Bestätigung`/`confirmation` column is written when some tie has a confirmation. `network.yaml` holds the
/// name, date, language, home, source, respondent, themes, custom types and kinds, and a merged network's
/// `merged_from`. Not kept: where each row came from (file and line).
///
/// The folder is written whole or not at all: into a temporary folder beside it, then renamed into place.
/// An existing folder is replaced only when asked (or when it is empty), and only if it holds nothing but a
/// network's files; its `aliases.csv`, the user's decisions about names, is carried over unless a new one is given.
public enum NetworkFolderWriter {
    /// The files written, in order.
    public static let fileNames = ["actors.csv", "ties.csv", "network.yaml"]

    /// Files of a replaced folder that are the user's own and move to the new one.
    static let carriedOver = ["aliases.csv"]

    /// Files an existing network folder may hold and still be replaced.
    static let replaceableNames: Set<String> = Set(
        NetworkLoader.actorFileNames + NetworkLoader.tieFileNames + NetworkLoader.settingsFileNames
            + ["aliases.csv", "merge-report.md", ".DS_Store"])

    /// The bytes of `actors.csv`, `ties.csv` and `network.yaml`, in ``fileNames`` order.
    public static func files(_ network: Network, words: any NetworkFileWords) throws(NetworkWriteError)
        -> [(name: String, bytes: [UInt8])] {
        var seen = Set<String>()
        for actor in network.actors where !seen.insert(Normalize.key(actor.id)).inserted {
            throw .duplicateID(actor.id)
        }
        return [("actors.csv", actorsCSV(network, words: words)), ("ties.csv", tiesCSV(network, words: words)),
                ("network.yaml", try settingsYAML(network))]
    }

    /// Writes the network into `folder`, with `additionalFiles` (such as a merge report) beside its own.
    ///
    /// - Parameters:
    ///   - network: the network to write.
    ///   - folder: the folder to write; created with its parents.
    ///   - words: the headers and words of the files, in one language (a Wording table).
    ///   - replacing: replace an existing folder (`--force`); otherwise an existing one is an error.
    ///   - inputs: files and folders the command read; the folder may not be one of them, nor hold one.
    ///   - additionalFiles: more files to write into the folder, by name.
    /// - Throws: ``NetworkWriteError``; nothing is written then.
    public static func write(
        _ network: Network, to folder: URL, words: any NetworkFileWords, replacing: Bool = false, protecting inputs: [URL] = [],
        additionalFiles: [(name: String, bytes: [UInt8])] = []
    ) throws(NetworkWriteError) {
        let target = folder.standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs {
            let protected = input.standardizedFileURL.resolvingSymlinksInPath()
            if isSameOrInside(protected, target) { throw .wouldOverwriteInput(path: folder.path, input: input.path) }
        }
        var contents = try files(network, words: words) + additionalFiles
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw .notAFolder(path: folder.path) }
            let names = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            guard replacing || names.allSatisfy({ $0 == ".DS_Store" }) else { throw .exists(path: folder.path) }
            let allowed = replaceableNames.union(additionalFiles.map(\.name))
            let unexpected = names.filter { !allowed.contains($0) }.sorted()
            guard unexpected.isEmpty else { throw .notANetworkFolder(path: folder.path, unexpected: unexpected) }
            for name in carriedOver where names.contains(name) && !contents.contains(where: { $0.name == name }) {
                guard let data = manager.contents(atPath: target.appendingPathComponent(name).path) else {
                    throw .cannotWrite(path: folder.appendingPathComponent(name).path, reason: "it cannot be read to keep it")
                }
                contents.append((name, [UInt8](data)))
            }
        }
        let parent = target.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: parent.path, reason: error.localizedDescription)
        }
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(unique)")
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        for file in contents {
            let url = temporary.appendingPathComponent(file.name)
            guard manager.createFile(atPath: url.path, contents: Data(file.bytes)) else {
                try? manager.removeItem(at: temporary)
                throw .cannotWrite(path: folder.appendingPathComponent(file.name).path,
                                   reason: "the folder is not writable or the disk is full")
            }
        }
        if !exists {
            guard rename(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(at: temporary)
                throw .cannotWrite(path: folder.path, reason: reason)
            }
            return
        }
        // rename(2) cannot replace a folder that has files; move the old one aside first and back on failure.
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(unique)")
        guard rename(target.path, old.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw .cannotWrite(path: folder.path, reason: reason)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old.path, target.path)
            try? manager.removeItem(at: temporary)
            throw .cannotWrite(path: folder.path, reason: reason)
        }
        try? manager.removeItem(at: old)
    }

    /// Whether `inner` is `outer` or lies inside it.
    static func isSameOrInside(_ inner: URL, _ outer: URL) -> Bool {
        let a = inner.pathComponents, b = outer.pathComponents
        return a.count >= b.count && Array(a.prefix(b.count)) == b
    }

    // MARK: Files

    static func actorsCSV(_ network: Network, words: any NetworkFileWords) -> [UInt8] {
        let extra = ExchangeFields.extraNames(network.actors.map(\.attributes))
        let columns = ActorColumn.written(for: network.actors)
        var rows = [columns.map { words.header(.actors($0)) } + extra]
        for actor in network.actors {
            var row: [String] = []
            for column in columns {
                switch column {
                case .id: row.append(actor.id)
                case .name: row.append(actor.name)
                case .type: row.append(actor.type.isBuiltIn ? words.fileWord(actor.type) : actor.type.rawValue)
                case .category: row.append(actor.category ?? "")
                case .themes: row.append(actor.themes.joined(separator: "|"))
                case .area: row.append(actor.area ?? "")
                case .influence: row.append(actor.influence.map { number($0, words) } ?? "")
                case .interest: row.append(actor.interest.map { number($0, words) } ?? "")
                case .attitude: row.append(actor.attitude.map(words.fileWord) ?? "")
                case .isPrivate: row.append(words.fileWord(actor.isPrivate))
                case .isLocal: row.append(actor.isLocal.map(words.fileWord) ?? "")
                case .contact: row.append(actor.contact ?? "")
                case .notes: row.append(actor.notes ?? "")
                }
            }
            rows.append(row + values(actor.attributes, for: extra))
        }
        return words.networkFile(rows)
    }

    static func tiesCSV(_ network: Network, words: any NetworkFileWords) -> [UInt8] {
        let extra = ExchangeFields.extraNames(network.ties.map(\.attributes))
        let hasConfirmation = network.ties.contains { $0.confirmation != nil }
        let columns = TieColumn.allCases.filter { $0 != .confirmation || hasConfirmation }
        var rows = [columns.map { words.header(.ties($0)) } + extra]
        for tie in network.ties {
            var row: [String] = []
            for column in columns {
                switch column {
                case .source: row.append(network.actors[tie.source].id)
                case .target: row.append(network.actors[tie.target].id)
                case .kind: row.append(tie.kind.isBuiltIn ? words.fileWord(tie.kind) : tie.kind.rawValue)
                case .strength: row.append(number(tie.strength, words))
                case .directed: row.append(words.fileWord(tie.isDirected))
                case .since: row.append(tie.since?.description ?? "")
                case .until: row.append(tie.until?.description ?? "")
                case .reportedBy: row.append(tie.reportedBy ?? "")
                case .notes: row.append(tie.notes ?? "")
                case .confirmation: row.append(tie.confirmation.map(words.fileWord) ?? "")
                }
            }
            rows.append(row + values(tie.attributes, for: extra))
        }
        return words.networkFile(rows)
    }

    /// The value of each extra column, empty where an item lacks it.
    private static func values(_ attributes: [Attribute], for columns: [String]) -> [String] {
        var byName: [String: String] = [:]
        for attribute in attributes where byName[attribute.name] == nil { byName[attribute.name] = attribute.value }
        return columns.map { byName[$0] ?? "" }
    }

    static func settingsYAML(_ network: Network) throws(NetworkWriteError) -> [UInt8] {
        func scalar(_ text: String) -> Node { Node(text) }
        var pairs: [(Node, Node)] = [(scalar("name"), scalar(network.name))]
        if let date = network.date { pairs.append((scalar("date"), scalar(date.description))) }
        if let language = network.language { pairs.append((scalar("language"), scalar(language.rawValue))) }
        if let home = network.home { pairs.append((scalar("home"), scalar(home))) }
        if let source = network.source { pairs.append((scalar("source"), scalar(source))) }
        if let respondent = network.respondent { pairs.append((scalar("respondent"), scalar(respondent))) }
        pairs.append((scalar("themes"), Node(network.themes.map(scalar))))
        func styles(_ list: [CustomStyle]) -> Node {
            Node(list.map { style in
                var fields: [(Node, Node)] = [(scalar("id"), scalar(style.id))]
                if let v = style.labelDE { fields.append((scalar("label_de"), scalar(v))) }
                if let v = style.labelEN { fields.append((scalar("label_en"), scalar(v))) }
                if let v = style.color { fields.append((scalar("color"), scalar(v))) }
                if let v = style.shape { fields.append((scalar("shape"), scalar(v))) }
                return Node(fields)
            })
        }
        if !network.customActorTypes.isEmpty { pairs.append((scalar("actor_types"), styles(network.customActorTypes))) }
        if !network.customTieKinds.isEmpty { pairs.append((scalar("tie_kinds"), styles(network.customTieKinds))) }
        if !network.mergedFrom.isEmpty {
            pairs.append((scalar("merged_from"), Node(network.mergedFrom.map { source in
                var fields: [(Node, Node)] = [(scalar("name"), scalar(source.name))]
                if let v = source.respondent { fields.append((scalar("respondent"), scalar(v))) }
                if let v = source.date { fields.append((scalar("date"), scalar(v.description))) }
                return Node(fields)
            })))
        }
        do {
            return Array(try Yams.serialize(node: Node(pairs), indent: 2, width: -1, allowUnicode: true).utf8)
        } catch {
            throw .cannotWrite(path: "network.yaml", reason: "\(error)")
        }
    }

    // MARK: Words

    /// A number in its shortest exact form, with the language's decimal mark: a German Excel reads `9.5` as a date.
    private static func number(_ value: Double, _ words: any NetworkFileWords) -> String {
        ExchangeFields.number(value).replacingOccurrences(of: ".", with: words.decimalMark)
    }
}

/// Why a network folder was not written.
///
/// Nothing was written when one occurs.
public enum NetworkWriteError: Error, Hashable, Sendable {
    /// The folder exists and replacing it was not asked for (`--force`).
    case exists(path: String)
    /// The path is a file, not a folder.
    case notAFolder(path: String)
    /// The folder holds files that are not a network's; it is never replaced.
    case notANetworkFolder(path: String, unexpected: [String])
    /// The folder is, or holds, a file or folder the command read.
    case wouldOverwriteInput(path: String, input: String)
    /// Two actors share an id (ignoring case), which the ties file could not tell apart.
    case duplicateID(String)
    case cannotWrite(path: String, reason: String)

    /// A file-system failure (exit code 74) rather than a refusal to write (64) or bad data (65).
    public var isIOError: Bool {
        if case .cannotWrite = self { return true }
        return false
    }
}
