import Foundation

/// One file's identity and state as `stat(2)` reports them: any write or replacement changes at least one field.
///
/// Device and inode change when a file is replaced by rename (as every write of the app does); size and the
/// modification and status-change times, in nanoseconds, change on a write in place. Reading the stamp costs one
/// system call, so a listing can tell an unchanged file from a changed one without reading it.
struct FileStamp: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64

    /// The stamp of the file at `url` (followed through symlinks), or `nil` when it cannot be read.
    init?(_ url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }
}

/// The version of one network: the stamps of the files it is read from, by file name.
///
/// Two equal versions mean the same bytes on disk (short of someone forging a stamp), so a cached check or
/// analysis of that version can be reused. ``tag`` is its short form for ETags and edit requests.
struct FileVersion: Hashable, Sendable {
    var stamps: [String: FileStamp]

    /// The stamps of `files`; a file that cannot be stat'ed counts as absent.
    init(files: [URL]) {
        var stamps: [String: FileStamp] = [:]
        for file in files { stamps[file.lastPathComponent] = FileStamp(file) }
        self.stamps = stamps
    }

    /// 16 hex digits, FNV-1a (64 bit) over the stamps in file-name order: the same on every run for the same files.
    ///
    /// Not a cryptographic hash: it only tells versions apart, and a clash would at worst let an edit skip its
    /// conflict check against a change made outside the app at the same nanosecond and size.
    var tag: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) {
                hash ^= (value >> UInt64(shift)) & 0xFF
                hash = hash &* 0x100_0000_01b3
            }
        }
        for name in stamps.keys.sorted() {
            for byte in name.utf8 { mix(UInt64(byte)) }
            guard let stamp = stamps[name] else { continue }
            for value in [stamp.device, stamp.inode, UInt64(bitPattern: stamp.size), UInt64(bitPattern: stamp.modified),
                          UInt64(bitPattern: stamp.changed)] {
                mix(value)
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
