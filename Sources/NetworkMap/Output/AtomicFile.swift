import Foundation

/// Writes output files whole or not at all: a temporary file beside the target, then a rename.
public enum AtomicFile {
    /// An output file that could not be written; the CLI says why (in Wording's words) and exits 74.
    public struct WriteError: Error, Sendable {
        /// Why: the folder could not be made, the folder takes no new file, or what the system said.
        public enum Reason: Sendable, Hashable {
            case folderNotCreated(folder: String, detail: String)
            case notWritable
            case system(String)
        }

        public let path: String
        public let reason: Reason
    }

    /// Writes `data` to `url`, creating missing parent folders; an existing file is replaced only once the new one is complete.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let folder = url.deletingLastPathComponent()
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: .folderNotCreated(folder: folder.path, detail: error.localizedDescription))
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard manager.createFile(atPath: temporary.path, contents: data) else {
            throw WriteError(path: url.path, reason: .notWritable)
        }
        // rename(2) replaces the target atomically on the same file system.
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw WriteError(path: url.path, reason: .system(reason))
        }
    }

    /// Writes UTF-8 text.
    public static func write(_ text: String, to url: URL) throws(WriteError) {
        try write(Data(text.utf8), to: url)
    }
}
