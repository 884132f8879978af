import Foundation

/// Writes output files whole or not at all: a temporary file beside the target, then a rename.
public enum AtomicFile {
    /// An output file that could not be written; the CLI maps it to exit code 74.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "Cannot write \(path): \(reason)" }
    }

    /// Writes `data` to `url`, creating missing parent folders; an existing file is replaced only once the new one is complete.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let folder = url.deletingLastPathComponent()
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: "the folder \(folder.path) cannot be created (\(error.localizedDescription))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard manager.createFile(atPath: temporary.path, contents: data) else {
            throw WriteError(path: url.path, reason: "the folder is not writable or the disk is full")
        }
        // rename(2) replaces the target atomically on the same file system.
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw WriteError(path: url.path, reason: reason)
        }
    }

    /// Writes UTF-8 text.
    public static func write(_ text: String, to url: URL) throws(WriteError) {
        try write(Data(text.utf8), to: url)
    }
}
