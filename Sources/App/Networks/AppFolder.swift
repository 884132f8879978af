import Foundation
import NetworkMap
import Wording

/// The folder the app serves (FOLDER), and the one gate through which every path inside it is reached.
///
/// Nothing below takes a path from a request: a request names a network by its entry name, which must be one
/// single plain component (no `/`, `\`, NUL, control characters, no leading dot, valid UTF-8) that exists in
/// FOLDER. On top of that every file is opened only after its real path (symlinks resolved by `realpath(3)`)
/// is found inside FOLDER's real path, so a symlink that leads out is refused as well.
struct AppFolder: Sendable {
    /// FOLDER with every symlink resolved; the prefix every file read or written must have.
    let root: URL

    /// The folder at `url`, which must exist and be a folder.
    init(_ url: URL) throws(AppError) {
        guard let real = Self.realPath(url.path) else { throw .folderMissing(url.path) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notAFolder(url.path)
        }
        root = URL(fileURLWithPath: real, isDirectory: true)
    }

    /// The real path of `path` (symlinks and `..` resolved), or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the real path of `url` lies inside FOLDER (FOLDER itself is not "inside").
    func contains(_ url: URL) -> Bool {
        guard let real = Self.realPath(url.path) else { return false }
        return real.hasPrefix(root.path + "/")
    }

    /// Whether `name` may name an entry of FOLDER: one plain path component, nothing hidden, nothing to escape with.
    ///
    /// A name arrives percent-decoded exactly once, and decoding fails on invalid UTF-8 (overlong `%c0%ae` too), so
    /// `%252e%252e` arrives as `%2e%2e`: a literal name that exists nowhere, never a second `..`.
    static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 255, !name.hasPrefix("."), name != "..", name != "." else { return false }
        return !name.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
                || (0xD800...0xDFFF).contains(scalar.value) || scalar == "\u{FFFD}"
        }
    }

    /// The entries of FOLDER that are not hidden, sorted by name so that listings are stable.
    func entries() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter(Self.isPlainName).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// The URL of the entry `name` of FOLDER, if `name` is a plain name and the entry (followed through any
    /// symlink) lies inside FOLDER.
    func entry(_ name: String) -> URL? {
        guard Self.isPlainName(name) else { return nil }
        let url = root.appendingPathComponent(name)
        return contains(url) ? url : nil
    }
}

/// What can go wrong when the app starts, as typed values; the words are Wording's (``Wording/AppMessage``).
public enum AppError: Error, Sendable, Hashable {
    /// FOLDER does not exist.
    case folderMissing(String)
    /// FOLDER is a file, not a folder.
    case notAFolder(String)
    /// The port could not be bound (in use, or not allowed).
    case cannotListen(port: Int, reason: String)

    /// The message that says it.
    public var message: AppMessage {
        switch self {
        case .folderMissing(let path): return .folderMissing(path)
        case .notAFolder(let path): return .notAFolder(path)
        case let .cannotListen(port, reason): return .cannotListen(port: port, reason: reason)
        }
    }
}
