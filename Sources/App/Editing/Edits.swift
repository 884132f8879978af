import Foundation
import NetworkMap
import Wording

/// What became of an edit.
enum EditOutcome: Sendable {
    /// Written; the network's new version, the file written and where its previous version is kept.
    case applied(version: String, file: String, backup: String)
    /// Not written: a row it changes was changed since the version it was made on, or the files were changed
    /// outside the app so the app cannot tell which rows moved. Carries the current version.
    case conflict(current: String)
    /// Not written: the loader would find these new errors.
    case rejected([LoadIssue])
    /// Not written, for this reason.
    case failed(AppMessage)
}

/// Applies edits one at a time, and decides for an edit made on an older version whether it may still apply.
///
/// Edits of every network pass through this one actor, so two writes never interleave (a read-modify-write of
/// one file cannot lose the other's change). For each network it keeps a short journal: which version each
/// edit started from, which it produced, and the rows it changed. An edit made on version V applies when V is
/// current, or when the journal leads from V to the current version through edits that touched none of its rows
/// (and the row's fingerprint still matches); otherwise it is a conflict (409), and the user reloads and decides.
///
/// An edit is checked as the loader checks a load: the edited files are loaded from a hidden scratch folder in
/// FOLDER, and an edit that brings an error the network did not have is refused with the loader's own messages.
/// Then the previous file is copied to `.network-map-backup/STAMP/` inside the network's folder and the new one
/// written whole: to a temporary file beside it, then renamed over it.
actor EditCoordinator {
    struct Record: Sendable {
        var from: String
        var to: String
        var rows: Set<String>
    }

    /// Journal entries kept per network; an edit older than that many edits is a conflict.
    static let journalLength = 200
    /// The folder inside a network's folder where previous versions of its files are kept.
    static let backupFolder = ".network-map-backup"
    private var journals: [String: [Record]] = [:]
    private var lastStamp = ""

    func apply(_ edit: RowEdit, madeOn version: String, to source: NetworkSource, in folder: AppFolder,
               context: EditContext) -> EditOutcome {
        let current = source.version.tag
        let files: NetworkFiles
        do { files = try NetworkFiles(source) } catch { return .failed(.writeFailed(source.name)) }
        guard let target = files.file(edit.kind) else { return .failed(.noSuchRow) }
        let rows = edit.rows(file: target.name)
        if version != current {
            guard let changed = rowsChanged(in: source.name, from: version, to: current), changed.isDisjoint(with: rows)
            else { return .conflict(current: current) }
        }
        let edited: NetworkFiles.File
        do {
            edited = try edit.applied(to: files, context: context)
        } catch {
            switch error {
            case .conflict: return .conflict(current: current)
            case .message(let message): return .failed(message)
            case .rejected(let issues): return .rejected(issues)
            }
        }
        let newErrors = Self.newErrors(source, replacing: edited, in: folder, before: context.errorsBefore)
        guard newErrors.isEmpty else { return .rejected(newErrors) }
        let backup: String
        do {
            backup = try keep(target, in: source.url)
            try Self.write(edited.bytes, over: target.url)
        } catch {
            return .failed(.writeFailed(error.localizedDescription))
        }
        let new = source.version.tag
        var journal = journals[source.name, default: []]
        journal.append(Record(from: current, to: new, rows: rows))
        if journal.count > Self.journalLength { journal.removeFirst(journal.count - Self.journalLength) }
        journals[source.name] = journal
        return .applied(version: new, file: target.name, backup: backup)
    }

    /// The errors the loader finds in the network with `edited` in place of its file, beyond those in `before`.
    static func newErrors(_ source: NetworkSource, replacing edited: NetworkFiles.File, in folder: AppFolder,
                          before: [LoadIssue]) -> [LoadIssue] {
        let scratch = folder.root.appendingPathComponent(".edit-\(SessionToken().text.prefix(16))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            for file in source.files {
                let bytes = file == edited.url ? Data(edited.bytes) : try Data(contentsOf: file)
                try bytes.write(to: scratch.appendingPathComponent(file.lastPathComponent))
            }
        } catch {
            return []
        }
        let errors: [LoadIssue]
        do {
            _ = try NetworkLoader.load(from: scratch)
            return []
        } catch {
            errors = error.errors
        }
        var known: [LoadProblem: Int] = [:]
        for issue in before { known[issue.problem, default: 0] += 1 }
        return errors.filter { issue in
            guard let count = known[issue.problem], count > 0 else { return true }
            known[issue.problem] = count - 1
            return false
        }
    }

    /// Copies `file` into a new backup folder `.network-map-backup/STAMP/` of `network` and returns its path
    /// relative to the network's folder.
    private func keep(_ file: NetworkFiles.File, in network: URL) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        var stamp = formatter.string(from: Date())
        // Two edits within one millisecond get folders of their own.
        if stamp <= lastStamp { stamp = lastStamp + "-1" }
        lastStamp = stamp
        let folder = network.appendingPathComponent(Self.backupFolder).appendingPathComponent(stamp)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
        return "\(Self.backupFolder)/\(stamp)/\(file.name)"
    }

    /// Writes `bytes` whole over `url`: a temporary file beside it, then `rename(2)`, keeping the file's permissions.
    static func write(_ bytes: [UInt8], over url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).edit-\(SessionToken().text.prefix(8))")
        let permissions = (try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? NSNumber
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes),
                                             attributes: permissions.map { [.posixPermissions: $0] } ?? [:])
        else { throw CocoaError(.fileWriteUnknown) }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    /// The rows the app's own edits changed between two versions, or `nil` when the journal does not lead from
    /// one to the other (a change from outside, or an edit too old to remember).
    private func rowsChanged(in name: String, from start: String, to end: String) -> Set<String>? {
        let journal = journals[name, default: []]
        guard var index = journal.lastIndex(where: { $0.from == start }) else { return nil }
        var rows: Set<String> = []
        while true {
            let record = journal[index]
            rows.formUnion(record.rows)
            if record.to == end { return rows }
            guard let next = journal[(index + 1)...].firstIndex(where: { $0.from == record.to }) else { return nil }
            index = next
        }
    }
}

extension EditCoordinator {
    /// Writes a checked upload as a new network (see ``CheckedUpload/store(in:)``), in turn with the edits.
    func store(_ upload: CheckedUpload, in folder: AppFolder) throws(AppStoreError) -> String {
        try upload.store(in: folder)
    }
}
