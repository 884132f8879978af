import Foundation
import NetworkMap

/// A seeded run of many cases: every format's seeds, mutated, through the commands, checked by ``FuzzOracle``.
///
/// Case `i` depends only on the seed and `i`, so the same seed gives the same cases in any order and with any
/// number of parallel jobs. Failing inputs are minimised and can be saved as fixtures (``FuzzFixture``).
public struct FuzzCampaign: Sendable {
    public enum Commands: Sendable {
        /// Every command on every case (`make fuzz`).
        case all
        /// `check` and one more command per case, in turn (the bounded run in `make test`).
        case rotating
    }

    public var binary: URL
    public var repository: URL
    public var cases: Int
    public var seed: UInt64
    public var timeout: Double
    public var jobs: Int
    public var limits: FuzzLimits
    public var largeSeeds: Bool
    public var commands: Commands
    public var memoryLimitMB: Int?
    /// Test runs allowed to minimise each distinct failure; 0 keeps failing inputs as they are.
    public var minimiseBudget: Int
    public var formats: [any FuzzFormat]

    public init(binary: URL, repository: URL, cases: Int, seed: UInt64, timeout: Double = 30, jobs: Int = 2,
                limits: FuzzLimits = .quick, largeSeeds: Bool = false, commands: Commands = .rotating,
                memoryLimitMB: Int? = 4_096, minimiseBudget: Int = 150, formats: [any FuzzFormat] = FuzzFormats.all) {
        self.binary = binary; self.repository = repository; self.cases = cases; self.seed = seed
        self.timeout = timeout; self.jobs = jobs; self.limits = limits; self.largeSeeds = largeSeeds
        self.commands = commands; self.memoryLimitMB = memoryLimitMB; self.minimiseBudget = minimiseBudget
        self.formats = formats
    }

    /// One failing case: the input as generated, as minimised, and what was found.
    public struct Failure: Sendable {
        public var index: Int
        public var format: String
        public var input: FuzzInput
        public var minimised: FuzzInput
        public var findings: [FuzzFinding]
    }

    public struct Summary: Sendable {
        public var cases = 0
        public var runs = 0
        /// How often each command ended how ("check exit 65": 120).
        public var outcomes: [String: Int] = [:]
        public var failures: [Failure] = []
        public var seconds = 0.0
    }

    /// The input of case `index` and the commands it runs.
    public func makeCase(_ index: Int, seeds: [[FuzzInput]]) -> (format: Int, input: FuzzInput, commands: [FuzzCommand]) {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let format = index % formats.count
        let start = random.pick(seeds[format])
        var input = formats[format].mutate(start, &random, limits: limits)
        input.steps.insert("seed \(seed), case \(index), format \(formats[format].name)", at: 0)
        let all = FuzzCommand.all
        let commands: [FuzzCommand]
        switch self.commands {
        case .all: commands = all
        case .rotating: commands = [all[0], all[1 + (index / formats.count) % (all.count - 1)]]
        }
        return (format, input, commands)
    }

    /// Runs the cases; `progress` is called after each and `failed` after each failing one (from any thread, one
    /// call at a time), so that a long run that is stopped keeps what it found.
    public func run(progress: @Sendable (Int, Summary) -> Void = { _, _ in },
                    failed: @Sendable (Failure) -> Void = { _ in }) throws -> Summary {
        let seeds = try formats.map { try $0.seeds(repository: repository, binary: binary, large: largeSeeds) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("network-map-fuzz-\(getpid())-\(seed)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let oracle = FuzzOracle(binary: binary, timeout: timeout, memoryLimitMB: memoryLimitMB)
        let state = State()
        let start = Date()
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { job in
            while let index = state.nextIndex(below: cases) {
                let (format, input, commands) = makeCase(index, seeds: seeds)
                let folder = work.appendingPathComponent("case-\(index)")
                let findings: [FuzzFinding]
                var outcomes: [String] = []
                do {
                    (findings, outcomes) = try oracle.run(input, commands: commands, in: folder)
                } catch {
                    findings = [FuzzFinding(kind: .crash, command: "fuzzer", detail: "could not run: \(error)")]
                }
                var failure: Failure?
                if !findings.isEmpty {
                    let signatures = Set(findings.map(\.signature))
                    let failing = commands.filter { c in findings.contains { $0.command == c.name } }
                    var attempt = 0
                    // Each try of a hang costs the whole time limit: a few tries only.
                    let budget = findings.contains { $0.kind == .hang } ? min(minimiseBudget, 6) : minimiseBudget
                    let minimised = budget == 0 ? input : Minimizer.minimise(input, budget: budget) { candidate in
                        attempt += 1
                        let again = (try? oracle.check(candidate, commands: failing,
                                                       in: work.appendingPathComponent("min-\(index)-\(attempt)"))) ?? []
                        return !signatures.isDisjoint(with: again.map(\.signature))
                    }
                    failure = Failure(index: index, format: formats[format].name, input: input, minimised: minimised,
                                      findings: findings)
                }
                state.report {
                    let summary = state.record(commands: outcomes, failure: failure, job: job)
                    if let failure { failed(failure) }
                    progress(index, summary)
                }
            }
        }
        var summary = state.summary
        summary.seconds = Date().timeIntervalSince(start)
        summary.failures.sort { $0.index < $1.index }
        return summary
    }

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        /// Keeps the callbacks one at a time.
        let reporting = NSLock()
        var next = 0
        var summary = Summary()

        func nextIndex(below count: Int) -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func report(_ body: () -> Void) { reporting.withLock(body) }

        func record(commands: [String], failure: Failure?, job: Int) -> Summary {
            lock.withLock {
                summary.cases += 1
                summary.runs += commands.count
                for outcome in commands { summary.outcomes[outcome, default: 0] += 1 }
                if let failure { summary.failures.append(failure) }
                return summary
            }
        }
    }
}

/// A minimised failing input kept as a regression fixture.
///
/// It lives under `Tests/CLITests/Fixtures/fuzz/NAME/`: the files in `input/`, and `fuzz-case.txt` with the entry,
/// what was found and how the input was made. The regression test replays them all.
public enum FuzzFixture {
    /// Saves `failure` into `folder` (the fixtures' folder); returns the new fixture's folder, or `nil` when an equal
    /// input is already kept.
    public static func save(_ failure: FuzzCampaign.Failure, into folder: URL) throws -> URL? {
        let input = failure.minimised
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over names and bytes: equal inputs, one fixture
        for name in input.files.keys.sorted() {
            for byte in Array(name.utf8) + [0] + (input.files[name] ?? []) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let first = failure.findings[0]
        let name = "\(failure.format)-\(first.kind.rawValue)-\(first.command)-\(String(hash, radix: 16).prefix(8))"
        let target = folder.appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: target.path) else { return nil }
        _ = try input.write(to: target.appendingPathComponent("input"))
        var notes = "entry: \(input.entry ?? "(folder)")\n"
        notes += "found:\n" + failure.findings.map { "  - \($0)\n" }.joined()
        notes += "made by:\n" + failure.input.steps.map { "  - \($0)\n" }.joined()
        notes += "minimised from \(failure.input.files.values.map(\.count).reduce(0, +)) to "
            + "\(input.files.values.map(\.count).reduce(0, +)) bytes\n"
        try Data(notes.utf8).write(to: target.appendingPathComponent("fuzz-case.txt"))
        return target
    }

    /// Every fixture in `folder`: its name and input.
    public static func all(in folder: URL) throws -> [(name: String, input: FuzzInput)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.sorted().compactMap { name in
            let notes = folder.appendingPathComponent(name).appendingPathComponent("fuzz-case.txt")
            guard let text = try? String(contentsOf: notes, encoding: .utf8),
                  let line = text.split(separator: "\n").first, line.hasPrefix("entry: ") else { return nil }
            let entry = String(line.dropFirst("entry: ".count))
            let input = try FuzzInput.read(from: folder.appendingPathComponent(name).appendingPathComponent("input"),
                                           entry: entry == "(folder)" ? nil : entry)
            return (name, input)
        }
    }
}
