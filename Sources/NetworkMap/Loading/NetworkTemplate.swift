import Foundation

/// Writes a new network folder: `actors.csv`, `ties.csv` and a commented `network.yaml`, ready to fill in.
///
/// What the files say (headers, example rows, the comments of `network.yaml`) is the chosen language's, given
/// as ``Content`` (the Wording module's `template(folderName:)`); this type only writes it, in that language's
/// spreadsheet dialect, and never over an existing file.
public enum NetworkTemplate {
    /// Files that are in the way: the template never overwrites anything.
    public struct FilesExist: Error, Sendable, Hashable {
        public var files: [URL]
    }

    /// The three files' contents.
    public struct Content: Sendable, Hashable {
        /// Header row first, then example rows.
        public var actors: [[String]]
        public var ties: [[String]]
        /// The text of `network.yaml`.
        public var settings: String
        public var dialect: CSVDialect

        public init(actors: [[String]], ties: [[String]], settings: String, dialect: CSVDialect) {
            self.actors = actors; self.ties = ties; self.settings = settings; self.dialect = dialect
        }
    }

    public static let fileNames = ["actors.csv", "ties.csv", "network.yaml"]

    /// Writes the three files into `folder` (created if needed); throws ``FilesExist`` naming any that exist.
    public static func write(_ content: Content, to folder: URL) throws {
        let fm = FileManager.default
        let targets = fileNames.map { folder.appendingPathComponent($0) }
        let existing = targets.filter { fm.fileExists(atPath: $0.path) }
        guard existing.isEmpty else { throw FilesExist(files: existing) }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for (url, bytes) in zip(targets, files(content)) {
            try Data(bytes).write(to: url, options: .withoutOverwriting)
        }
    }

    /// The bytes of `actors.csv`, `ties.csv` and `network.yaml`, in that order.
    public static func files(_ content: Content) -> [[UInt8]] {
        [Array(content.dialect.document(content.actors).utf8), Array(content.dialect.document(content.ties).utf8),
         Array(content.settings.utf8)]
    }

    /// The example network the template's rows make, as the loader builds it (the settings' name and language too).
    public static func exampleNetwork(_ content: Content) -> Network {
        var issues: [LoadIssue] = []
        let settings = NetworkSettings.parse(content.settings, file: "network.yaml", issues: &issues)
        func table(_ rows: [[String]], _ file: String) -> RowTable {
            RowTable(file: file, headers: rows.first ?? [], headerLine: 1,
                     rows: rows.dropFirst().enumerated().map { CSVRecord(line: $0.offset + 2, fields: $0.element) })
        }
        var builder = NetworkBuilder(settings: settings, issues: issues)
        builder.network.name = settings.name ?? ""
        builder.buildActors(table(content.actors, "actors"), defaultFile: nil)
        builder.buildTies(table(content.ties, "ties"), defaultFile: nil)
        builder.finish(settingsFile: "network.yaml")
        return builder.network
    }

    /// Writes the template as one workbook `fileName` (with drop-downs, explanations and a hidden sheet of lists) and
    /// `network.yaml` into `folder`; throws ``FilesExist`` naming any that exist, and writes nothing then.
    public static func writeWorkbook(_ content: Content, words: NetworkWorkbook.Words, fileName: String,
                                     to folder: URL) throws {
        let fm = FileManager.default
        let targets = [folder.appendingPathComponent(fileName), folder.appendingPathComponent("network.yaml")]
        let existing = targets.filter { fm.fileExists(atPath: $0.path) }
        guard existing.isEmpty else { throw FilesExist(files: existing) }
        let document = NetworkWorkbook.document(exampleNetwork(content), words: words, template: true)
        let workbook = try XLSXWriter.data(for: document)
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try workbook.write(to: targets[0], options: .withoutOverwriting)
        try Data(content.settings.utf8).write(to: targets[1], options: .withoutOverwriting)
    }
}
