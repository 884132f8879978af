import Foundation

/// Writes output files whole or not at all: a temporary file beside the target, then a rename.
///
/// A replaced file keeps its permissions and, where the system allows, its owner and group: a report written with
/// `--show-private` into a file the user had made private (0600) must stay private. The temporary file is named
/// `.NAME.network-map-PID-RANDOM.tmp`; one left behind by a killed run (its process gone, or older than
/// ``staleAge``) is removed by the next write into the same folder.
public enum AtomicFile {
    /// An output file that could not be written; the CLI maps it to exit code 74.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "Cannot write \(path): \(reason)" }
    }

    /// A temporary file of a running process younger than this is never touched, whatever its process id says.
    public static let staleAge: TimeInterval = 15 * 60

    /// What every temporary file's name contains, between the target's name and the process id.
    static let marker = ".network-map-"

    /// Writes `data` to `url`, creating missing parent folders; an existing file is replaced only once the new one is complete.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let temporary = try prepare(url)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw WriteError(path: url.path, reason: "the folder is not writable (\(String(cString: strerror(errno))))")
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        // The bytes reach the disk before the name does: a crash cannot leave an empty file under the final name.
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        guard failure == 0 else {
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: failure == ENOSPC ? "the disk is full" : String(cString: strerror(failure)))
        }
        try commit(temporary, to: url)
    }

    /// Writes UTF-8 text.
    public static func write(_ text: String, to url: URL) throws(WriteError) {
        try write(Data(text.utf8), to: url)
    }

    /// The first half of a write for a writer that needs a path (Graphviz): creates the folder, removes stale
    /// temporary files there, and returns the path to write to; then ``commit(_:to:)`` or ``discard(_:)``.
    public static func prepare(_ url: URL) throws(WriteError) -> URL {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: "the folder \(folder.path) cannot be created (\(error.localizedDescription))")
        }
        removeStaleTemporaries(in: folder)
        return folder.appendingPathComponent(temporaryName(for: url.lastPathComponent))
    }

    /// Puts the finished temporary file in place of `url`, with the mode, owner and group of the file it replaces.
    public static func commit(_ temporary: URL, to url: URL) throws(WriteError) {
        var existing = stat()
        if stat(url.path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            // The owner first: chown clears set-id bits, which the mode then restores. Either may be refused
            // (only root gives files away); the file is still written.
            _ = chown(temporary.path, existing.st_uid, existing.st_gid)
            _ = chmod(temporary.path, existing.st_mode & 0o7777)
        }
        // rename(2) replaces the target atomically on the same file system.
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: reason)
        }
    }

    /// Removes a temporary file whose writing failed.
    public static func discard(_ temporary: URL) {
        unlink(temporary.path)
    }

    /// `.NAME.network-map-PID-RANDOM.tmp`, with a long name shortened so the whole stays within 255 bytes.
    static func temporaryName(for name: String) -> String {
        var base = name
        while base.utf8.count > 180 { base.removeLast() }
        let random = String((0..<8).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement() ?? "x" })
        return ".\(base)\(marker)\(getpid())-\(random).tmp"
    }

    /// The process id in a temporary file's name made by ``temporaryName(for:)``; `nil` for any other name.
    static func writerProcess(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), let range = name.range(of: marker, options: .backwards) else {
            return nil
        }
        let parts = name[range.upperBound...].dropLast(4).split(separator: "-")
        guard parts.count == 2, parts[1].count == 8, parts[1].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }),
              let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }

    /// Removes the temporary files of ours in `folder` that no run will finish: regular files of this user, named
    /// as ``temporaryName(for:)`` makes them, whose process is gone or which are older than ``staleAge``.
    static func removeStaleTemporaries(in folder: URL, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let pid = writerProcess(ofTemporary: name) else { continue }
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else { continue }
            #if os(Linux)
            let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
            #else
            let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtimespec.tv_sec))
            #endif
            let processGone = pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
            if processGone || now.timeIntervalSince(modified) > staleAge { unlink(path) }
        }
    }
}
