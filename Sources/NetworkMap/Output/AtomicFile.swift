import Foundation

/// Writes output files whole or not at all: a temporary file beside the target, then a rename.
///
/// A replaced file keeps its permissions and, where the system allows, its owner and group: a report written with
/// `--show-private` into a file the user had made private (0600) must stay private. The temporary file is named
/// `.NAME.network-map-PID-RANDOM.tmp`; one left behind by a killed run (its process gone, or older than
/// ``staleAge``) is removed by the next write into the same folder. A symbolic link stays a link: the file it
/// points to is replaced. A pipe or a device (`-o /dev/stdout`) is written into as it is, never replaced.
public enum AtomicFile {
    /// An output file that could not be written; the CLI says why (in Wording's words) and exits 74.
    public struct WriteError: Error, Sendable {
        /// Why, as the system said it.
        public enum Reason: Sendable, Hashable {
            /// A folder on the way to the file could not be made.
            case folderNotCreated(folder: String, SystemProblem)
            /// The file could not be made, filled or put in place.
            case system(SystemProblem)
        }

        public let path: String
        public let reason: Reason

        public init(path: String, reason: Reason) { self.path = path; self.reason = reason }
    }

    /// A temporary file of a running process younger than this is never touched, whatever its process id says.
    public static let staleAge: TimeInterval = 15 * 60

    /// What every temporary file's name contains, between the target's name and the process id.
    static let marker = ".network-map-"

    /// Writes `data` to `url`, creating missing parent folders; an existing file is replaced only once the new one
    /// is complete.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let target = resolved(url)
        var existing = stat()
        if stat(target.path, &existing) == 0, let kind = FileKind(mode: existing.st_mode) {
            guard kind != .folder else { throw WriteError(path: url.path, reason: .system(.isAFolder)) }
            // A pipe or a device has no folder to hold a temporary file, and replacing it would break it.
            try stream(data, into: target, shownAs: url)
            return
        }
        let temporary = try prepare(target, shownAs: url)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteError(path: url.path, reason: .system(.current)) }
        var failure = fill(fd, with: data)
        // The bytes reach the disk before the name does: a crash cannot leave an empty file under the final name.
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        guard failure == 0 else {
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: .system(SystemProblem(errno: failure)))
        }
        try commit(temporary, to: target, shownAs: url)
    }

    /// Writes UTF-8 text.
    public static func write(_ text: String, to url: URL) throws(WriteError) {
        try write(Data(text.utf8), to: url)
    }

    /// The path a write replaces: the file a symbolic link points to (so the link stays), else `url` itself.
    static func resolved(_ url: URL) -> URL {
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
              let real = realpath(url.path, nil) else { return url }
        defer { free(real) }
        return URL(fileURLWithPath: String(cString: real))
    }

    /// Writes `data` into an existing pipe or device.
    static func stream(_ data: Data, into target: URL, shownAs url: URL) throws(WriteError) {
        let fd = open(target.path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(path: url.path, reason: .system(.current)) }
        let failure = fill(fd, with: data)
        close(fd)
        guard failure == 0 else { throw WriteError(path: url.path, reason: .system(SystemProblem(errno: failure))) }
    }

    /// Writes all of `data` to `fd`; `errno` of the failure, or 0.
    static func fill(_ fd: Int32, with data: Data) -> Int32 {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32 in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }

    /// Creates the folder, removes stale temporary files there, and returns the temporary path to write to.
    static func prepare(_ target: URL, shownAs url: URL) throws(WriteError) -> URL {
        let folder = target.deletingLastPathComponent()
        try makeFolder(folder, shownAs: url)
        removeStaleTemporaries(in: folder)
        return folder.appendingPathComponent(temporaryName(for: target.lastPathComponent))
    }

    /// `mkdir -p`, with the system's reason when a folder on the way cannot be made.
    static func makeFolder(_ folder: URL, shownAs url: URL) throws(WriteError) {
        var info = stat()
        if stat(folder.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw WriteError(path: url.path, reason: .folderNotCreated(folder: folder.path, .notAFolder))
            }
            return
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path { try makeFolder(parent, shownAs: url) }
        if mkdir(folder.path, 0o777) != 0 && errno != EEXIST {
            throw WriteError(path: url.path, reason: .folderNotCreated(folder: folder.path, .current))
        }
    }

    /// Puts the finished temporary file in place of `target`, with the mode, owner and group of the file it replaces.
    static func commit(_ temporary: URL, to target: URL, shownAs url: URL) throws(WriteError) {
        var existing = stat()
        if stat(target.path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            // The owner first: chown clears set-id bits, which the mode then restores. Either may be refused
            // (only root gives files away); the file is still written.
            _ = chown(temporary.path, existing.st_uid, existing.st_gid)
            _ = chmod(temporary.path, existing.st_mode & 0o7777)
        }
        // rename(2) replaces the target atomically on the same file system.
        if rename(temporary.path, target.path) != 0 {
            let problem = SystemProblem.current
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: .system(problem))
        }
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
