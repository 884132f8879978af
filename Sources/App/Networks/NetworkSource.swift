import Foundation
import NetworkMap

/// One network in FOLDER as the app finds it: a subfolder with the loader's files, or a workbook file.
struct NetworkSource: Sendable, Hashable {
    /// How the network is stored.
    enum Kind: String, Sendable, Codable {
        /// A folder with actors.csv, ties.csv (and network.yaml), or with workbooks, as `NetworkLoader` reads it.
        case folder
        /// A `.xlsx` or `.ods` file, read by `NetworkLoader` like any workbook.
        case workbook
    }

    /// Why the app will not read a network it found.
    enum Refusal: Sendable, Hashable {
        /// The entry, or one of its files, is a symlink whose target lies outside FOLDER.
        case linksOutside(file: String)
    }

    /// The entry's name in FOLDER: how requests name the network.
    var name: String
    var kind: Kind
    /// The folder or workbook file.
    var url: URL
    /// The files the network is read from (its version is theirs).
    var files: [URL]
    var refusal: Refusal?

    /// The network's version now: stamps of its files.
    var version: FileVersion { FileVersion(files: files) }

    /// Whether the edit forms may write it: they write CSV files, so a network read from a workbook is shown but not
    /// edited.
    var isEditable: Bool {
        kind == .folder && !files.contains { Self.workbookExtensions.contains($0.pathExtension.lowercased()) }
    }

    /// Extensions of workbook files, lowercased.
    static let workbookExtensions: Set<String> = ["xlsx", "ods"]

    /// The networks in `folder`, in name order.
    ///
    /// Entries that hold no network (other files, empty folders) are left out.
    static func discover(in folder: AppFolder) -> [NetworkSource] {
        folder.entries().compactMap { source(named: $0, in: folder) }
    }

    /// The network `name` of `folder`, or `nil` when `name` is no plain entry name or holds no network.
    ///
    /// A symlink leading out of FOLDER is listed as refused (so the user learns why it does not open), and nothing
    /// behind it is read, not even the names of its files.
    static func source(named name: String, in folder: AppFolder) -> NetworkSource? {
        guard AppFolder.isPlainName(name) else { return nil }
        let url = folder.root.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        let inside = folder.contains(url)
        if isDirectory.boolValue {
            guard inside else { return NetworkSource(name: name, kind: .folder, url: url, files: [], refusal: .linksOutside(file: name)) }
            // The files a load reads, as the loader chooses them (CSV files, workbooks, network.yaml, aliases.csv),
            // found by their names only.
            let files = NetworkLoader.inputFiles(at: url).sorted { $0.path < $1.path }
            guard !files.isEmpty else { return nil }
            let outside = files.first { !folder.contains($0) }
            return NetworkSource(name: name, kind: .folder, url: url, files: files,
                                 refusal: outside.map { .linksOutside(file: $0.lastPathComponent) })
        }
        guard workbookExtensions.contains(url.pathExtension.lowercased()) else { return nil }
        guard inside else { return NetworkSource(name: name, kind: .workbook, url: url, files: [], refusal: .linksOutside(file: name)) }
        // A network.yaml beside the workbook is its settings, so the loader reads it too.
        let files = NetworkLoader.inputFiles(at: url).sorted { $0.path < $1.path }
        let outside = files.first { !folder.contains($0) }
        return NetworkSource(name: name, kind: .workbook, url: url, files: files.isEmpty ? [url] : files,
                             refusal: outside.map { .linksOutside(file: $0.lastPathComponent) })
    }
}
