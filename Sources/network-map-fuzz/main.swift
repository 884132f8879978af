import Foundation
import Fuzzing

// network-map-fuzz, the project's fuzzer (make fuzz): mutates the example networks in every format the loader
// reads, runs the real binary on each case and checks what the project promises; minimises what fails and keeps
// it as a regression fixture.
let usage = """
    USAGE: network-map-fuzz [--cases N] [--seed S] [--binary PATH] [--timeout SECONDS] [--jobs N]
                            [--quick] [--rotate] [--memory MB] [--minimise RUNS] [--save FOLDER]

      --cases N         How many cases (default 3000).
      --seed S          The seed: the same seed gives the same cases (default 1).
      --binary PATH     The network-map binary to run (default .build/release/network-map).
      --timeout SECONDS Seconds one command may take before it counts as a hang (default 60).
      --jobs N          Cases run side by side (default 2).
      --quick           Small mutations and only the small example network (as in make test).
      --rotate          check and one more command per case instead of all seven.
      --memory MB       Address-space limit of each run, so that a memory bomb ends as a crash (default 4096).
      --minimise RUNS   Runs spent minimising each failing input (default 200; 0: keep it as it is).
      --save FOLDER     Keep minimised failing inputs there (default Tests/CLITests/Fixtures/fuzz).
    Exit status: 0 when nothing was found, 1 when something was, 64 on wrong usage.

    """

/// A line on standard output, unbuffered: progress reaches a log file as it is printed.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("network-map-fuzz: \(message)\n\n\(usage)".utf8))
    exit(64)
}

let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
var campaign = FuzzCampaign(binary: root.appendingPathComponent(".build/release/network-map"), repository: root,
                            cases: 3_000, seed: 1, timeout: 60, limits: .long, largeSeeds: true, commands: .all,
                            minimiseBudget: 200)
var save = root.appendingPathComponent("Tests/CLITests/Fixtures/fuzz")
var arguments = CommandLine.arguments.dropFirst()
@MainActor func value(_ option: String) -> String {
    guard let v = arguments.popFirst() else { fail("\(option) needs a value") }
    return v
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--cases": campaign.cases = Int(value(argument)) ?? { fail("--cases needs a number") }()
    case "--seed": campaign.seed = UInt64(value(argument)) ?? { fail("--seed needs a number") }()
    case "--binary": campaign.binary = URL(fileURLWithPath: value(argument))
    case "--timeout": campaign.timeout = Double(value(argument)) ?? { fail("--timeout needs a number") }()
    case "--jobs": campaign.jobs = Int(value(argument)) ?? { fail("--jobs needs a number") }()
    case "--quick": campaign.limits = .quick; campaign.largeSeeds = false
    case "--rotate": campaign.commands = .rotating
    case "--memory": campaign.memoryLimitMB = Int(value(argument)) ?? { fail("--memory needs a number") }()
    case "--minimise": campaign.minimiseBudget = Int(value(argument)) ?? { fail("--minimise needs a number") }()
    case "--save": save = URL(fileURLWithPath: value(argument))
    case "-h", "--help": say(usage); exit(0)
    default: fail("unknown option \(argument)")
    }
}
guard FileManager.default.isExecutableFile(atPath: campaign.binary.path) else {
    fail("no binary at \(campaign.binary.path); build it first (swift build -c release --product network-map)")
}

let total = campaign.cases
say("Fuzzing \(campaign.binary.path): \(total) cases, seed \(campaign.seed), \(campaign.jobs) jobs")
let keep = save
let summary = try campaign.run(progress: { _, summary in
    if summary.cases % 100 == 0 || summary.cases == total {
        say("  \(summary.cases)/\(total) cases, \(summary.runs) runs, \(summary.failures.count) failing")
    }
}, failed: { failure in
    say("  case \(failure.index) (\(failure.format)): " + failure.findings.map(\.description).joined(separator: "; "))
    if let kept = try? FuzzFixture.save(failure, into: keep) { say("    kept as \(kept.path)") }
})
say("\nDone in \(Int(summary.seconds)) s: \(summary.cases) cases, \(summary.runs) runs.")
for (outcome, count) in summary.outcomes.sorted(by: { $0.key < $1.key }) { say("  \(outcome): \(count)") }
if summary.failures.isEmpty {
    say("Nothing found.")
    exit(0)
}
say("\n\(summary.failures.count) failing cases (kept as listed above).")
exit(1)
