import Foundation
import NetworkMap
import Reports
import TestSupport
import Testing

/// Every report format in both languages on the example quarter, compared byte for byte with the files in `Golden/`.
///
/// The golden files were written by another process, so a match also says that the reports are the same
/// from run to run (CLITests' DeterminismTests checks the other outputs across two runs of the binary).
/// Re-record deliberately with `RECORD_GOLDEN=1 swift test --filter ReportsTests`, never in CI;
/// on a mismatch the actual output is written to a temporary file whose path the failure names.
@Suite("Golden reports of the example quarter")
struct GoldenReportTests {
    enum Format: String, CaseIterable { case md, txt, json, csv, html }

    struct Case: CustomStringConvertible, Sendable {
        let format: Format
        let language: Language
        var file: String { "muehlenviertel.\(language.rawValue).\(format.rawValue)" }
        var description: String { file }
    }

    static let cases = Format.allCases.flatMap { f in Language.allCases.map { Case(format: f, language: $0) } }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The report as the CLI writes it: loaded, pseudonymised in the report's language, analysed.
    static func render(_ c: Case) throws -> String {
        let network = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        let analysis = network.analysed(c.language, showingPrivateNames: false)
        switch c.format {
        case .md: return FullReport(analysis, language: c.language).document.rendered(.markdown)
        case .txt: return FullReport(analysis, language: c.language).document.rendered(.text)
        case .json: return JSONReport.render(analysis, language: c.language)
        case .csv: return CSVReport.render(analysis, language: c.language)
        // Without the map: the SVG is Graphviz's, pinned by its own tests; this pins the page around it.
        case .html: return HTMLReport.render(analysis, language: c.language, svg: nil)
        }
    }

    @Test(arguments: cases)
    func matchesGoldenFile(_ c: Case) throws {
        let actual = Data(try Self.render(c).utf8)
        let url = Self.folder.appendingPathComponent(c.file)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        if actual != expected {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(c.file)")
            try actual.write(to: out)
            Issue.record("\(c.file) differs from Tests/ReportsTests/Golden/\(c.file); actual output written to \(out.path) (RECORD_GOLDEN=1 re-records after a deliberate change)")
        }
    }
}
