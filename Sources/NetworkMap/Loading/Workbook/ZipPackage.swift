import Foundation
import ZIPFoundation

/// The zip container of a workbook, read part by part within ``WorkbookLimits``.
///
/// Part names are matched ignoring case and a leading `/`, as Open Packaging Conventions (ECMA-376 Part 2, 8.1.1.2)
/// has them. Each part is inflated into memory whole, counting the bytes as they come: a part larger than the limit,
/// or a zip that lies about its sizes, stops at the limit. The checksum of every part is verified.
final class ZipPackage {
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: WorkbookLimits
    private var totalBytes = 0

    /// A zip entry's bytes went past a limit while being inflated.
    private struct LimitReached: Error {
        var limit: WorkbookLimits.Limit
    }

    /// Opens the zip at `url` for reading; throws ``WorkbookError/corruptArchive(part:)`` if it has no readable directory.
    convenience init(url: URL, limits: WorkbookLimits) throws(WorkbookError) {
        try self.init(archive: ZipPackage.open { try Archive(url: url, accessMode: .read) }, limits: limits)
    }

    /// Opens a zip held in memory.
    convenience init(data: Data, limits: WorkbookLimits) throws(WorkbookError) {
        try self.init(archive: ZipPackage.open { try Archive(data: data, accessMode: .read) }, limits: limits)
    }

    private static func open(_ make: () throws -> Archive) throws(WorkbookError) -> Archive {
        do { return try make() } catch { throw .corruptArchive(part: nil) }
    }

    private init(archive: Archive, limits: WorkbookLimits) throws(WorkbookError) {
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            // The workbooks people keep have a few dozen parts; ten thousand leaves room for images and comments.
            guard count <= 10_000 else { throw .tooLarge(part: nil, limit: .entries(10_000)) }
            entries[ZipPackage.key(entry.path)] = entry
        }
        guard !entries.isEmpty else { throw .corruptArchive(part: nil) }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    /// Whether the package holds `part`.
    func contains(_ part: String) -> Bool { entries[ZipPackage.key(part)] != nil }

    /// The bytes of `part`, or `nil` if the package has no such part.
    func read(_ part: String) throws(WorkbookError) -> Data? {
        guard let entry = entries[ZipPackage.key(part)] else { return nil }
        guard entry.type == .file else { return Data() }
        let partLimit = limits.maximumPartBytes
        guard entry.uncompressedSize <= UInt64(partLimit) else {
            throw .tooLarge(part: part, limit: .partBytes(partLimit))
        }
        guard UInt64(totalBytes) + entry.uncompressedSize <= UInt64(limits.maximumTotalBytes) else {
            throw .tooLarge(part: part, limit: .totalBytes(limits.maximumTotalBytes))
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        let totalBefore = totalBytes
        let totalLimit = limits.maximumTotalBytes
        do {
            let checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= partLimit else { throw LimitReached(limit: .partBytes(partLimit)) }
                guard totalBefore + data.count + chunk.count <= totalLimit else {
                    throw LimitReached(limit: .totalBytes(totalLimit))
                }
                data.append(chunk)
            }
            guard checksum == entry.checksum, data.count == Int(entry.uncompressedSize) else {
                throw WorkbookError.corruptArchive(part: part)
            }
        } catch let reached as LimitReached {
            throw .tooLarge(part: part, limit: reached.limit)
        } catch {
            throw .corruptArchive(part: part)
        }
        totalBytes += data.count
        return data
    }

    /// The bytes of `part`, which the workbook must have.
    func require(_ part: String) throws(WorkbookError) -> Data {
        guard let data = try read(part) else { throw .missingPart(part) }
        return data
    }

    private static func key(_ path: String) -> String {
        var path = path.lowercased()
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }
}
