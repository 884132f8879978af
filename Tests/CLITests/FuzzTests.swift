import Foundation
import Fuzzing
import TestSupport
import Testing

/// The project's fuzzer inside `make test`: a bounded seeded run, and every kept failing input replayed.
///
/// `make fuzz` runs thousands of cases with large mutations on the release build; this is the quick part.
@Suite("Fuzzer", .serialized)
struct FuzzTests {
    static let fixtures = Repository.root.appendingPathComponent("Tests/CLITests/Fixtures/fuzz")

    /// A few hundred cases (check and one more command each) on the debug binary: nothing may be found.
    @Test(.timeLimit(.minutes(5))) func seededRunFindsNothing() throws {
        let campaign = FuzzCampaign(binary: CommandRunner.binary, repository: Repository.root, cases: 160, seed: 20_261_201,
                                    timeout: 60, jobs: 2, limits: .quick, commands: .rotating, minimiseBudget: 40)
        let summary = try campaign.run()
        #expect(summary.cases == 160)
        for failure in summary.failures {
            let found = failure.findings.map(\.description).joined(separator: "; ")
            Issue.record("case \(failure.index) (\(failure.format)): \(found)\n\(failure.input.steps.joined(separator: "\n"))")
        }
        // The mutations reach both sides: inputs that load and are drawn, and inputs that are refused.
        let outcomes = summary.outcomes
        #expect(outcomes["check exit 0", default: 0] > 10 && outcomes["check exit 65", default: 0] > 10, "\(outcomes)")
        #expect(outcomes.keys.contains { $0.hasPrefix("render-svg exit 0") } && outcomes.keys.contains { $0.hasPrefix("report-html exit 0") })
    }

    /// Every minimised failing input the fuzzer ever kept, through every command: each must now pass.
    @Test func keptFailuresStayFixed() throws {
        let kept = try FuzzFixture.all(in: Self.fixtures)
        #expect(!kept.isEmpty)
        let oracle = FuzzOracle(binary: CommandRunner.binary, timeout: 60)
        for (name, input) in kept {
            let folder = try Repository.scratchFolder("fuzz-replay").appendingPathComponent(name)
            let findings = try oracle.check(input, commands: FuzzCommand.all, in: folder)
            #expect(findings.isEmpty, "\(name): \(findings.map(\.description).joined(separator: "; "))")
        }
    }

    /// The same seed gives the same cases, whatever the order they run in.
    @Test func casesDependOnlyOnTheSeed() throws {
        let campaign = FuzzCampaign(binary: CommandRunner.binary, repository: Repository.root, cases: 0, seed: 7)
        let seeds = try campaign.formats.map { try $0.seeds(repository: Repository.root, binary: CommandRunner.binary, large: false) }
        let forward = (0..<12).map { campaign.makeCase($0, seeds: seeds).input }
        let backward = (0..<12).reversed().map { campaign.makeCase($0, seeds: seeds).input }.reversed()
        #expect(forward == Array(backward))
        #expect(Set(forward.map(\.files)).count == 12)
    }

    /// The minimiser keeps what makes a test fail and drops the rest.
    @Test func minimiserKeepsOnlyWhatFails() {
        let input = FuzzInput(files: ["a.csv": Array("one\ntwo\nBAD\nthree\nfour\n".utf8), "b.csv": Array("x\ny\n".utf8)])
        let result = Minimizer.minimise(input, budget: 200) { candidate in
            String(decoding: candidate.files["a.csv"] ?? [], as: UTF8.self).contains("BAD")
        }
        #expect(result.files["a.csv"] == Array("BAD".utf8))
        #expect(result.files["b.csv"]?.count == 1)
    }
}
