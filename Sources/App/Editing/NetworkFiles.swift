import Foundation
import NetworkMap

/// The actors and ties files of a network folder, read for editing, with their columns recognised as the loader
/// recognises them.
struct NetworkFiles {
    /// One of the two tables.
    enum Table: String, Sendable, Codable {
        case actors = "actor"
        case ties = "tie"
    }

    struct File {
        var url: URL
        var csv: CSVFile
        var bytes: [UInt8]

        var name: String { url.lastPathComponent }
    }

    var actors: File?
    var ties: File?

    /// The files of `source`, the first of each kind in the loader's order of preference.
    init(_ source: NetworkSource) throws(CSVFile.Problem) {
        func pick(_ names: [String]) -> URL? {
            names.lazy.compactMap { name in source.files.first { $0.lastPathComponent.lowercased() == name } }.first
        }
        func read(_ url: URL?) throws(CSVFile.Problem) -> File? {
            guard let url, let data = try? Data(contentsOf: url) else { return nil }
            let bytes = [UInt8](data)
            return File(url: url, csv: try CSVFile(bytes), bytes: bytes)
        }
        actors = try read(pick(NetworkLoader.actorFileNames))
        ties = try read(pick(NetworkLoader.tieFileNames))
    }

    func file(_ table: Table) -> File? { table == .actors ? actors : ties }

    /// Column index by the loader's column, for the actors file.
    static func actorColumns(_ header: [String]) -> [ActorColumn: Int] {
        var columns: [ActorColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            if let column = ActorColumn(header: name), columns[column] == nil { columns[column] = index }
        }
        return columns
    }

    static func tieColumns(_ header: [String]) -> [TieColumn: Int] {
        var columns: [TieColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            if let column = TieColumn(header: name), columns[column] == nil { columns[column] = index }
        }
        return columns
    }

    /// The headers of columns the loader does not know (kept as extra attributes), in file order.
    static func extraColumns(_ header: [String], known: Set<Int>) -> [String] {
        header.enumerated().filter { !known.contains($0.offset) && !$0.element.isEmpty }.map(\.element)
    }

    /// A short fingerprint of a record's text: tells a form whether the row changed since it was shown.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension CSVFile.Record {
    /// The trimmed value of column `index`; empty when the row is shorter.
    func value(_ index: Int?) -> String {
        guard let index, index < fields.count else { return "" }
        return fields[index].value.trimmingCharacters(in: .whitespaces)
    }
}
