import Foundation
import NetworkMap
import Wording

/// A new network sent by the page: one workbook, or an actors and a ties CSV file.
///
/// The body is JSON, `{"name": "…", "files": [{"name": "actors.csv", "content": "<base64>"}, …]}`: the page
/// reads the chosen or dropped files and sends them in one request, so the network arrives whole or not at all,
/// and the server needs no multipart parser. The size limit applies to the files' bytes after decoding.
struct UploadRequest: Decodable, Sendable {
    struct File: Decodable, Sendable {
        var name: String
        var content: String
    }

    var name: String?
    var files: [File]
}

/// A checked upload, ready to be written: file names inside the new network and their bytes.
struct CheckedUpload: Sendable {
    /// The sanitised name the network should get (a suffix is added when it is taken).
    var baseName: String
    /// For a workbook: its extension (`xlsx`, `ods`); `nil` for a folder of CSV files.
    var workbookExtension: String?
    var files: [(name: String, bytes: [UInt8])]

    /// Checks `request` without writing anything.
    ///
    /// Checked: the file count and kinds, that CSV decodes and has a header, which file holds actors and which ties,
    /// and that a workbook is a ZIP archive. `limit` caps the decoded bytes.
    static func check(_ request: UploadRequest, limit: Int) throws(UploadRefusal) -> CheckedUpload {
        var decoded: [(name: String, bytes: [UInt8])] = []
        var total = 0
        for file in request.files {
            guard let data = Data(base64Encoded: file.content) else { throw .problem(.notBase64(file.name)) }
            total += data.count
            if total > limit { throw .tooLarge }
            guard !data.isEmpty else { throw .problem(.empty(file.name)) }
            decoded.append((file.name, [UInt8](data)))
        }
        let extensions = decoded.map { URL(fileURLWithPath: $0.name).pathExtension.lowercased() }
        if decoded.count == 1, let ext = extensions.first, NetworkSource.workbookExtensions.contains(ext) {
            let file = decoded[0]
            // Both .xlsx and .ods are ZIP archives; the loader checks the rest when it reads it.
            guard file.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .problem(.notAWorkbook(file.name)) }
            let stem = URL(fileURLWithPath: file.name).deletingPathExtension().lastPathComponent
            return CheckedUpload(baseName: NetworkName.sanitised(request.name ?? stem), workbookExtension: ext,
                                 files: [("workbook." + ext, file.bytes)])
        }
        if let bad = zip(decoded, extensions).first(where: { !["csv", "tsv", "txt"].contains($0.1) }) {
            throw .problem(.unsupportedFile(bad.0.name))
        }
        guard decoded.count == 2 else { throw .problem(.fileCount(decoded.count)) }
        var actors: (name: String, bytes: [UInt8], ext: String)?
        var ties: (name: String, bytes: [UInt8], ext: String)?
        for (file, ext) in zip(decoded, extensions) {
            guard !file.bytes.contains(0) else { throw .problem(.notText(file.name)) }
            let table: CSVTable
            do { table = try CSVReader.read(file.bytes) } catch { throw .problem(.unterminatedQuote(file.name, line: error.line)) }
            guard let header = table.header, header.fields.contains(where: { !$0.isEmpty }) else {
                throw .problem(.noHeader(file.name))
            }
            let columns = Set(header.fields.compactMap { TieColumn(header: $0) })
            if columns.contains(.source), columns.contains(.target) {
                if ties != nil { throw .problem(.rolesUnclear) }
                ties = (file.name, file.bytes, ext)
            } else if header.fields.contains(where: { ActorColumn(header: $0) == .name }) {
                if actors != nil { throw .problem(.rolesUnclear) }
                actors = (file.name, file.bytes, ext)
            } else {
                throw .problem(.rolesUnclear)
            }
        }
        guard let actors, let ties else { throw .problem(.rolesUnclear) }
        let stem = URL(fileURLWithPath: actors.name).deletingPathExtension().lastPathComponent
        let generic = NetworkLoader.actorFileNames.contains { $0.hasPrefix(stem.lowercased() + ".") }
        return CheckedUpload(baseName: NetworkName.sanitised(request.name ?? (generic ? "" : stem)), workbookExtension: nil,
                             files: [("actors." + actors.ext, actors.bytes), ("ties." + ties.ext, ties.bytes)])
    }

    /// Writes the upload into `folder` under a new name and returns that name; an existing entry is never touched.
    ///
    /// The files go into a hidden temporary entry in FOLDER first (the listing skips hidden names), then move to a
    /// name claimed atomically: a workbook by `link(2)`, which fails when the name exists; a folder by `mkdir(2)`
    /// of the new name, then `rename(2)` of the finished folder onto that empty one. Two uploads of one name at
    /// once get two names.
    func store(in folder: AppFolder) throws(AppStoreError) -> String {
        let temporary = folder.root.appendingPathComponent(".upload-\(SessionToken().text.prefix(16))")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            if workbookExtension == nil {
                try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
                for file in files { try Data(file.bytes).write(to: temporary.appendingPathComponent(file.name)) }
            } else if let file = files.first {
                try Data(file.bytes).write(to: temporary)
            }
        } catch {
            throw AppStoreError(reason: error.localizedDescription)
        }
        for attempt in 1...100 {
            let name = (attempt == 1 ? baseName : "\(baseName)-\(attempt)") + (workbookExtension.map { "." + $0 } ?? "")
            let target = folder.root.appendingPathComponent(name)
            if workbookExtension != nil {
                if link(temporary.path, target.path) == 0 { return name }
            } else if mkdir(target.path, 0o755) == 0 {
                if rename(temporary.path, target.path) == 0 { return name }
                let reason = String(cString: strerror(errno))
                rmdir(target.path)
                throw AppStoreError(reason: reason)
            }
            guard errno == EEXIST else { throw AppStoreError(reason: String(cString: strerror(errno))) }
        }
        throw AppStoreError(reason: "no free name for \(baseName)")
    }
}

/// Why a checked upload could not be written.
struct AppStoreError: Error, Sendable {
    var reason: String
}

/// Why an upload was refused before anything was written.
enum UploadRefusal: Error, Sendable {
    case tooLarge
    case problem(UploadProblem)
}

/// The names the app gives new networks.
enum NetworkName {
    /// `text` as a safe entry name: letters (umlauts too) and digits kept, spaces and other marks become `-`, no
    /// leading dot or dash, NFC, at most 60 characters; `network` when nothing is left.
    static func sanitised(_ text: String) -> String {
        var out = ""
        for character in text.precomposedStringWithCanonicalMapping {
            if character.isLetter || character.isNumber || character == "_" {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
            if out.count >= 60 { break }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "network" : out
    }
}
