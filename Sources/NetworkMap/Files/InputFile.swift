import Foundation

/// Reads the files a network is made of: only regular files, only up to a size, with the system's reasons typed.
///
/// Foundation's `Data(contentsOf:)` waits for ever on a named pipe, reads `/dev/zero` until memory runs out and
/// says "NSCocoaErrorDomain error 256" about a folder named `actors.csv`. Here a path is opened without waiting
/// (`O_NONBLOCK`, so a pipe without a writer does not block), then looked at (`fstat`) before a byte is read.
public enum InputFile {
    /// The largest input read, 256 MiB.
    ///
    /// A network of 150,000 actors with notes takes some 30 MB; anything larger is the wrong file, and reading it
    /// whole would only fill the memory.
    public static let sizeLimit = 256 << 20

    /// Why an input could not be read.
    public enum Failure: Error, Hashable, Sendable {
        case system(SystemProblem)
        /// Something other than a regular file stands at the path.
        case notAFile(FileKind)
        /// Larger than ``sizeLimit``.
        case tooLarge(limit: Int)
    }

    /// The bytes of the regular file at `url` (a symbolic link is followed).
    public static func read(_ url: URL, limit: Int = sizeLimit) throws(Failure) -> [UInt8] {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw .system(.current) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(.current) }
        if let kind = FileKind(mode: info.st_mode) { throw .notAFile(kind) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notAFile(.device) }
        guard info.st_size <= limit else { throw .tooLarge(limit: limit) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var count = 0
        while true {
            // A file that grows while it is read is read up to the limit, and refused beyond it.
            if count == bytes.count {
                guard count < limit + 1 else { throw .tooLarge(limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, min(count, limit + 1 - count))))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .system(.current)
            }
            if got == 0 { break }
            count += got
            if count > limit { throw .tooLarge(limit: limit) }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Which file a path leads to, whatever the path says: the device and inode after every symbolic link.
    ///
    /// Two paths name the same file exactly when their identities are equal (`net/../net/ties.csv`, a link to
    /// it, a hard link to it).
    public struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// The identity of the file at `url`, `nil` when there is none (or it cannot be looked at).
    public static func identity(of url: URL) -> Identity? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// What stands at `url`: `nil` for nothing at all, else whether it is a folder; the system's reason when the
    /// path cannot even be looked at (a folder on the way that may not be entered).
    public static func kind(of url: URL) throws(Failure) -> (exists: Bool, isFolder: Bool) {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return (false, false) }
            throw .system(.current)
        }
        return (true, info.st_mode & S_IFMT == S_IFDIR)
    }

    /// The names in the folder at `url`, without `.` and `..`, sorted.
    public static func entries(ofFolder url: URL) throws(Failure) -> [String] {
        guard let folder = opendir(url.path) else { throw .system(.current) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
