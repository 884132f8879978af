import Foundation
import TestSupport
import Testing

/// The same input gives the same bytes in two separate runs of the binary: what a user sees from one day to
/// the next (a second call in the same process could share state and hide the difference).
@Suite("network-map determinism across processes", .serialized)
struct DeterminismTests {
    static let quarter = "networks/muehlenviertel"

    /// Outputs not pinned elsewhere by two runs: handouts, the HTML page with its map and matrix, the stakeholder
    /// matrix, CSV, JSON and exchange files
    /// (maps of render, whatif and diff are in RenderCommandTests and ScenarioMapCommandTests).
    static let commands: [[String]] = [
        ["handout", quarter], ["handout", quarter, "--lang", "en", "--focus", "qm-buero"],
        ["handout", "networks/muehlenviertel-2026", "--since", quarter],
        ["report", quarter, "--format", "html"], ["report", quarter, "--format", "csv"], ["report", quarter, "--format", "md"],
        ["convert", quarter, "--to", "gexf"], ["convert", quarter, "--to", "graphml"],
        ["whatif", quarter, "--remove", "qm-buero", "--format", "json"],
        ["diff", quarter, "networks/muehlenviertel-2026", "--format", "txt"],
        ["matrix", quarter, "--format", "svg"], ["matrix", quarter, "--format", "pdf", "--ties"],
        ["matrix", quarter, "--format", "png", "--size-by", "degree"], ["handout", quarter, "--detailed"],
        ["report", quarter, "--format", "json"],
    ]

    @Test(arguments: commands)
    func twoRunsGiveTheSameBytes(_ command: [String]) throws {
        let first = try CommandRunner.run(command + ["-o", "-"])
        let second = try CommandRunner.run(command + ["-o", "-"])
        #expect(first.status == 0, "\(command): \(first.stderr)")
        #expect(first.stdoutData.count > 1_000)
        #expect(first.stdoutData == second.stdoutData, "\(command) differs between two runs")
    }
}
