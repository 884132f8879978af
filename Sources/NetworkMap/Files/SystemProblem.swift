import Foundation

/// Why the system refused to read or write a file, as a typed value the Wording module says in plain words.
///
/// Made from `errno` in the one place each system call fails; never from a `localizedDescription`, which on
/// Linux reads "The operation could not be completed. (NSCocoaErrorDomain error 256.)".
public enum SystemProblem: Hashable, Sendable {
    /// `EACCES`, `EPERM`.
    case permissionDenied
    /// `ENOENT`: the file, or a folder on its way, does not exist.
    case noSuchFile
    /// `ENOTDIR`: a part of the path is a file, not a folder.
    case notAFolder
    /// `EISDIR`.
    case isAFolder
    /// `ENOSPC`, `EDQUOT`.
    case diskFull
    /// `EROFS`.
    case readOnly
    /// `ENAMETOOLONG`.
    case nameTooLong
    /// `ELOOP`: symbolic links that point at each other.
    case symbolicLinkLoop
    /// `EBUSY`, `ETXTBSY`.
    case busy
    /// `EIO`: the drive failed.
    case deviceFailed
    /// `EMFILE`, `ENFILE`.
    case tooManyOpenFiles
    /// `EXDEV`: the temporary file and the target are on different drives.
    case otherDrive
    /// Any other code, with the system's own (English) text for it.
    case other(code: Int32, text: String)

    /// The problem `code` (an `errno` value) stands for.
    public init(errno code: Int32) {
        switch code {
        case EACCES, EPERM: self = .permissionDenied
        case ENOENT: self = .noSuchFile
        case ENOTDIR: self = .notAFolder
        case EISDIR: self = .isAFolder
        case ENOSPC, EDQUOT: self = .diskFull
        case EROFS: self = .readOnly
        case ENAMETOOLONG: self = .nameTooLong
        case ELOOP: self = .symbolicLinkLoop
        case EBUSY, ETXTBSY: self = .busy
        case EIO: self = .deviceFailed
        case EMFILE, ENFILE: self = .tooManyOpenFiles
        case EXDEV: self = .otherDrive
        default: self = .other(code: code, text: String(cString: strerror(code)))
        }
    }

    /// The problem the last failed system call of this thread left in `errno`.
    public static var current: SystemProblem { SystemProblem(errno: errno) }
}

/// What stands at a path when a file was expected.
public enum FileKind: Hashable, Sendable {
    case folder
    /// A named pipe (FIFO): reading it waits for a writer, possibly for ever.
    case pipe
    /// A device such as `/dev/zero`, which never ends, or a terminal.
    case device
    case socket

    /// The kind `mode` (a `stat` mode) stands for; `nil` for a regular file (or a kind this enum does not name).
    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .pipe
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFSOCK: self = .socket
        default: return nil
        }
    }
}
