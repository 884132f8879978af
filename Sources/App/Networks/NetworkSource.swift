import Foundation
import NetworkMap

/// One network in FOLDER as the app finds it: a subfolder with the loader's files, or a workbook file.
struct NetworkSource: Sendable, Hashable {
    /// How the network is stored.
    enum Kind: String, Sendable, Codable {
        /// A folder with actors.csv, ties.csv (and network.yaml), as `NetworkLoader` reads it.
        case folder
        /// A `.xlsx` or `.ods` file; read once the workbook reader exists.
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
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            let known = Set(NetworkLoader.actorFileNames + NetworkLoader.tieFileNames + NetworkLoader.settingsFileNames)
            let files = entries.filter { known.contains($0.lowercased()) }.sorted().map { url.appendingPathComponent($0) }
            guard !files.isEmpty else { return nil }
            let outside = files.first { !folder.contains($0) }
            return NetworkSource(name: name, kind: .folder, url: url, files: files,
                                 refusal: outside.map { .linksOutside(file: $0.lastPathComponent) })
        }
        guard workbookExtensions.contains(url.pathExtension.lowercased()) else { return nil }
        guard inside else { return NetworkSource(name: name, kind: .workbook, url: url, files: [], refusal: .linksOutside(file: name)) }
        return NetworkSource(name: name, kind: .workbook, url: url, files: [url], refusal: nil)
    }
}
