import Foundation

/// A change to one network's files that the app applies on the user's behalf (the edit forms build these).
///
/// An edit names the rows it changes, so that an edit made on an older version can still apply when nobody
/// touched those rows since; and it writes whole files atomically (temporary file, then rename), so that a
/// reader never sees half an edit.
public protocol NetworkEdit: Sendable {
    /// The rows the edit changes, one string per row: the file and the row's key, e.g. `actors.csv#kita-sonne`.
    var rows: Set<String> { get }

    /// Applies the change to the network in `folder`.
    func apply(in folder: URL) throws
}

/// One kind of edit the app accepts: its name in requests, and how to read it from a request's JSON body.
public struct NetworkEditKind: Sendable {
    public let name: String
    public let decode: @Sendable (Data) throws -> any NetworkEdit

    public init(name: String, decode: @escaping @Sendable (Data) throws -> any NetworkEdit) {
        self.name = name
        self.decode = decode
    }
}

/// What became of an edit.
enum EditOutcome: Sendable, Equatable {
    /// Written; the network's new version.
    case applied(version: String)
    /// Not written: a row it changes was changed since the version it was made on, or the files were changed
    /// outside the app so the app cannot tell which rows moved. Carries the current version.
    case conflict(current: String)
}

/// Applies edits one at a time, and decides for an edit made on an older version whether it may still apply.
///
/// Edits of every network pass through this one actor, so two writes never interleave (a read-modify-write of
/// one file cannot lose the other's change). For each network it keeps a short journal: which version each
/// edit started from, which it produced, and the rows it changed. An edit made on version V applies when V is
/// current, or when the journal leads from V to the current version through edits that touched none of its rows;
/// otherwise it is a conflict (409), and the user reloads and decides.
actor EditCoordinator {
    struct Record: Sendable {
        var from: String
        var to: String
        var rows: Set<String>
    }

    /// Journal entries kept per network; an edit older than that many edits is a conflict.
    static let journalLength = 200
    private var journals: [String: [Record]] = [:]

    func apply(_ edit: any NetworkEdit, madeOn version: String, to source: NetworkSource) throws -> EditOutcome {
        let current = source.version.tag
        if version != current {
            guard let changed = rowsChanged(in: source.name, from: version, to: current), changed.isDisjoint(with: edit.rows)
            else { return .conflict(current: current) }
        }
        try edit.apply(in: source.url)
        let new = source.version.tag
        var journal = journals[source.name, default: []]
        journal.append(Record(from: current, to: new, rows: edit.rows))
        if journal.count > Self.journalLength { journal.removeFirst(journal.count - Self.journalLength) }
        journals[source.name] = journal
        return .applied(version: new)
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
