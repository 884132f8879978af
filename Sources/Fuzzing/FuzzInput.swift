import Foundation
import NetworkMap

/// One input of the fuzzer: the files of a network folder, or a single network file among them.
public struct FuzzInput: Sendable, Hashable {
    /// File name to bytes, all in one folder.
    public var files: [String: [UInt8]]
    /// The file the command is given; `nil` gives it the folder.
    public var entry: String?
    /// What was done to the seed, in order (for the fixture's notes).
    public var steps: [String] = []

    public init(files: [String: [UInt8]], entry: String? = nil, steps: [String] = []) {
        self.files = files; self.entry = entry; self.steps = steps
    }

    /// Writes the files into `folder` (created) and returns the path a command is given.
    public func write(to folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return entry.map { folder.appendingPathComponent($0) } ?? folder
    }

    /// The input read back from a folder written by ``write(to:)``: every regular file in it.
    public static func read(from folder: URL, entry: String?) throws -> FuzzInput {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[name] = [UInt8](try Data(contentsOf: url))
        }
        return FuzzInput(files: files, entry: entry)
    }
}

/// How large mutations may grow: small for the run inside `make test`, large for `make fuzz`.
public struct FuzzLimits: Sendable {
    /// The longest run of characters a "huge cell" mutation inserts.
    public var hugeCell: Int
    /// The most copies a "many rows" mutation makes of one line.
    public var manyRows: Int
    /// How deep nesting mutations go (XML elements, YAML lists).
    public var deepNesting: Int
    /// The largest file a mutation may make; a step that would make it larger is undone. (Rows repeated after a
    /// huge cell made a 2.5 GB file.)
    public var fileSize: Int

    public init(hugeCell: Int, manyRows: Int, deepNesting: Int, fileSize: Int) {
        self.hugeCell = hugeCell; self.manyRows = manyRows; self.deepNesting = deepNesting; self.fileSize = fileSize
    }

    /// Sizes a debug build handles in a fraction of a second.
    public static let quick = FuzzLimits(hugeCell: 20_000, manyRows: 300, deepNesting: 2_000, fileSize: 1 << 20)
    /// Sizes of real trouble: megabyte cells, thousands of rows, nesting far past any parser's limit.
    public static let long = FuzzLimits(hugeCell: 3_000_000, manyRows: 20_000, deepNesting: 200_000, fileSize: 16 << 20)
}

/// A format the loader reads, as the fuzzer sees it: valid inputs to start from, and ways to break them.
///
/// A new format (the workbooks, `.xlsx` and `.ods`, once they load) is one more conforming type in
/// ``FuzzFormats/all``: its seeds (for instance `convert --to xlsx` of the example networks) and its mutations
/// (for a zip of XML parts: unzip, mutate a part with ``ByteMutator`` and ``XMLMutator``, zip again, or break
/// the zip itself).
public protocol FuzzFormat: Sendable {
    /// A short name for messages and fixture names: `csv`, `yaml`, `graphml`, `gexf`.
    var name: String { get }
    /// Valid inputs; `binary` may be used to make them (`convert`), `large` adds the big example networks.
    func seeds(repository: URL, binary: URL, large: Bool) throws -> [FuzzInput]
    /// One mutation of `seed`: a few steps, each recorded in ``FuzzInput/steps``.
    func mutate(_ seed: FuzzInput, _ random: inout SplitMix64, limits: FuzzLimits) -> FuzzInput
}
