import Foundation

extension Workbook {
    /// Reads the `.xlsx` or `.ods` workbook at `url`, whatever its name says: the content decides.
    ///
    /// The file is only read, never written, and nothing is written beside it. What is not a workbook is refused with
    /// the reason (``WorkbookError``): an old binary `.xls`, a password-protected file, a CSV renamed to `.xlsx`,
    /// a damaged zip, a workbook beyond ``WorkbookLimits``.
    public static func read(from url: URL, limits: WorkbookLimits = .standard) throws(WorkbookError) -> Workbook {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType != .typeDirectory else {
                throw WorkbookError.unreadable(reason: "is a folder")
            }
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw .unreadable(reason: error.localizedDescription)
        }
        guard size <= limits.maximumFileBytes else { throw .tooLarge(part: nil, limit: .fileBytes(limits.maximumFileBytes)) }
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4096) ?? Data()
        } catch {
            throw .unreadable(reason: error.localizedDescription)
        }
        switch WorkbookSniffer.kind(of: head) {
        case .zip:
            return try read(ZipPackage(url: url, limits: limits), limits: limits)
        case .compoundFile:
            let data: Data
            do { data = try Data(contentsOf: url) } catch { throw .unreadable(reason: error.localizedDescription) }
            throw WorkbookSniffer.compoundFileError(data)
        case .refused(let error):
            throw error
        }
    }

    /// Reads a workbook from its bytes (an upload); see ``read(from:limits:)``.
    public static func read(data: Data, limits: WorkbookLimits = .standard) throws(WorkbookError) -> Workbook {
        guard data.count <= limits.maximumFileBytes else {
            throw .tooLarge(part: nil, limit: .fileBytes(limits.maximumFileBytes))
        }
        switch WorkbookSniffer.kind(of: data.prefix(4096)) {
        case .zip: return try read(ZipPackage(data: data, limits: limits), limits: limits)
        case .compoundFile: throw WorkbookSniffer.compoundFileError(data)
        case .refused(let error): throw error
        }
    }

    private static func read(_ package: ZipPackage, limits: WorkbookLimits) throws(WorkbookError) -> Workbook {
        if package.contains("mimetype") || package.contains("content.xml") {
            let mediaType = try package.read("mimetype").map { String(decoding: $0.prefix(200), as: UTF8.self) }?
                .trimmingWhitespace
            // Without a mimetype (some producers leave it out) content.xml decides.
            if let mediaType, !mediaType.hasPrefix(ODSReader.mediaType) { throw .notAWorkbook(mediaType: mediaType) }
            guard package.contains("content.xml") else { throw .notAWorkbook(mediaType: mediaType) }
            return try ODSReader.read(package, limits: limits)
        }
        return try XLSXReader.read(package, limits: limits)
    }
}

/// Tells a workbook from what people rename to `.xlsx` by the first bytes.
enum WorkbookSniffer {
    enum Kind {
        case zip, compoundFile
        case refused(WorkbookError)
    }

    static func kind(of head: Data) -> Kind {
        let bytes = [UInt8](head)
        guard !bytes.isEmpty else { return .refused(.emptyFile) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if bytes.starts(with: [0x50, 0x4B]) { return .refused(.corruptArchive(part: nil)) }
        if let text = self.text(bytes) {
            let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
            let looksLikeCSV = firstLine.contains { $0 == "," || $0 == ";" || $0 == "\t" }
            return .refused(.textFile(looksLikeCSV: looksLikeCSV))
        }
        return .refused(.unknownFormat)
    }

    /// The bytes as text if they read as UTF-8, UTF-16 with a byte order mark, or Windows-1252 text without control bytes.
    static func text(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return String(decoding: bytes.dropFirst(2).filter { $0 != 0 }, as: UTF8.self)
        }
        let isControl: (UInt8) -> Bool = { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard !bytes.contains(where: isControl) else { return nil }
        // A cut-off multi-byte character at the end of the sample is no reason to doubt the rest.
        var sample = bytes
        while let last = sample.last, last >= 0x80, sample.count > bytes.count - 4 { sample.removeLast() }
        if let text = String(validating: sample, as: UTF8.self) { return text }
        return TextDecoding.decode(bytes).text
    }

    /// What a compound file (OLE2 / CFB, MS-CFB) holds: an encrypted Office file, an old Excel workbook, or other.
    ///
    /// Stream names are UTF-16LE in the directory; looking for them in the whole file is enough to tell these apart.
    static func compoundFileError(_ data: Data) -> WorkbookError {
        func utf16(_ name: String) -> Data { Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0]) }
        if data.range(of: utf16("EncryptedPackage")) != nil { return .encrypted }
        if data.range(of: utf16("Workbook")) != nil || data.range(of: utf16("Book")) != nil { return .legacyExcel }
        return .otherCompoundFile
    }
}
