import Foundation

/// A command the fuzzer runs on every input, with the output it writes and how that output is checked.
public struct FuzzCommand: Sendable, Hashable {
    public enum Output: String, Sendable, Hashable {
        case none, json, markdown, html, svg, gexf, graphml
    }

    /// A short name such as `check`, `report-json` or `render-svg`.
    public var name: String
    /// The arguments before the network's path, then those after it.
    public var command: String
    public var arguments: [String]
    /// What the command writes with `-o`; `.none` prints (check).
    public var output: Output

    /// Every command the fuzzer knows: the loader's entry (`check`) and the outputs that parse as something.
    public static let all: [FuzzCommand] = [
        FuzzCommand(name: "check", command: "check", arguments: [], output: .none),
        FuzzCommand(name: "report-json", command: "report", arguments: ["--format", "json"], output: .json),
        FuzzCommand(name: "report-md", command: "report", arguments: ["--format", "md"], output: .markdown),
        FuzzCommand(name: "report-html", command: "report", arguments: ["--format", "html"], output: .html),
        FuzzCommand(name: "render-svg", command: "render", arguments: ["--format", "svg"], output: .svg),
        FuzzCommand(name: "convert-gexf", command: "convert", arguments: ["--to", "gexf"], output: .gexf),
        FuzzCommand(name: "convert-graphml", command: "convert", arguments: ["--to", "graphml"], output: .graphml),
    ]

    var fileName: String {
        switch output {
        case .none: return ""
        case .json: return "report.json"
        case .markdown: return "report.md"
        case .html: return "report.html"
        case .svg: return "map.svg"
        case .gexf: return "network.gexf"
        case .graphml: return "network.graphml"
        }
    }

    /// What is wrong with the output, `nil` when it is well-formed.
    func problem(_ data: Data) -> String? {
        switch output {
        case .none, .markdown: return OutputCheck.textProblem(data)
        case .json: return OutputCheck.jsonProblem(data)
        case .html: return OutputCheck.htmlProblem(data)
        case .svg, .gexf, .graphml: return OutputCheck.xmlProblem(data)
        }
    }
}

/// Something the fuzzer found: what went wrong, in which command.
public struct FuzzFinding: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case crash
        case hang
        case exitCode = "exit-code"
        case renderingFailure = "rendering-failure"
        case silentFailure = "silent-failure"
        case inputModified = "input-modified"
        case malformedOutput = "malformed-output"
        case halfWritten = "half-written"
        case strayFile = "stray-file"
        case leakedFile = "leaked-file"
    }

    public var kind: Kind
    public var command: String
    public var detail: String

    /// What must stay the same while an input is minimised.
    public var signature: String { "\(kind.rawValue) \(command)" }
    public var description: String { "\(kind.rawValue) in \(command): \(detail)" }
}

/// Runs commands on one input and checks what the project promises: no crash, no hang, only the documented exit
/// codes, a message on failure, inputs never written to, outputs well-formed and written whole or not at all.
public struct FuzzOracle: Sendable {
    public var binary: URL
    public var timeout: Double
    public var memoryLimitMB: Int?
    /// The exit codes allowed: done, usage, bad data, I/O.
    public static let allowedExitCodes: Set<Int32> = [0, 64, 65, 74]

    public init(binary: URL, timeout: Double, memoryLimitMB: Int? = nil) {
        self.binary = binary; self.timeout = timeout; self.memoryLimitMB = memoryLimitMB
    }

    /// Writes `input` into `folder` (which must not exist yet), runs `commands` on it, checks, and removes the folder.
    public func check(_ input: FuzzInput, commands: [FuzzCommand], in folder: URL) throws -> [FuzzFinding] {
        try run(input, commands: commands, in: folder).findings
    }

    /// As ``check(_:commands:in:)``, with how each command ended ("check exit 65").
    public func run(_ input: FuzzInput, commands: [FuzzCommand], in folder: URL) throws
        -> (findings: [FuzzFinding], outcomes: [String]) {
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFolder = folder.appendingPathComponent("input")
        let path = try input.write(to: inputFolder)
        var findings: [FuzzFinding] = []
        var outcomes: [String] = []
        for command in commands {
            let out = folder.appendingPathComponent("out-\(command.name)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let target = out.appendingPathComponent(command.fileName)
            let arguments = [command.command, path.path] + command.arguments
                + (command.output == .none ? [] : ["-o", target.path])
            let run = try ProcessRun.run(binary, arguments, timeout: timeout, memoryLimitMB: memoryLimitMB, directory: folder)
            outcomes.append("\(command.name) \(run.outcome)")
            findings += judge(run, command: command, target: target, out: out)
            if let changed = try changes(input, inputFolder) {
                findings.append(FuzzFinding(kind: .inputModified, command: command.name, detail: changed))
            }
        }
        return (findings, outcomes)
    }

    func judge(_ run: ProcessRun, command: FuzzCommand, target: URL, out: URL) -> [FuzzFinding] {
        func finding(_ kind: FuzzFinding.Kind, _ detail: String) -> FuzzFinding {
            FuzzFinding(kind: kind, command: command.name, detail: detail)
        }
        let firstLines = run.stderr.split(separator: "\n").prefix(3).joined(separator: " / ")
        switch run.outcome {
        case .timedOut:
            return [finding(.hang, "no answer after \(Int(timeout)) s")]
        case .signalled(let signal):
            let fatal = run.stderr.split(separator: "\n").first { $0.contains("Fatal error") || $0.contains("crashed") }
            return [finding(.crash, "signal \(signal)" + (fatal.map { ": \($0)" } ?? ""))]
        case .exited(let code):
            var found: [FuzzFinding] = []
            if code == 70 {
                found.append(finding(.renderingFailure, "exit 70: \(firstLines)"))
            } else if !Self.allowedExitCodes.contains(code) {
                found.append(finding(.exitCode, "exit \(code): \(firstLines)"))
            }
            if code != 0 && run.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                found.append(finding(.silentFailure, "exit \(code) without a message"))
            }
            let written = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).sorted()
            if code == 0, command.output != .none {
                if let data = try? Data(contentsOf: target) {
                    if let problem = command.problem(data) { found.append(finding(.malformedOutput, problem)) }
                    if Self.leaks(data) { found.append(finding(.leakedFile, "the output holds /etc/passwd")) }
                } else {
                    found.append(finding(.halfWritten, "exit 0 but no \(command.fileName)"))
                }
                if written != [command.fileName] { found.append(finding(.strayFile, "the output folder holds \(written)")) }
            } else if !written.isEmpty {
                found.append(finding(code == 0 ? .strayFile : .halfWritten, "exit \(code) and the output folder holds \(written)"))
            }
            if command.output == .none, let problem = command.problem(run.stdout) {
                found.append(finding(.malformedOutput, "standard output: \(problem)"))
            }
            if Self.leaks(run.stdout) || Self.leaks(Data(run.stderr.utf8)) {
                found.append(finding(.leakedFile, "a message holds /etc/passwd"))
            }
            return found
        }
    }

    /// Whether `data` shows the first line of /etc/passwd, which an external entity would have pulled in.
    static func leaks(_ data: Data) -> Bool {
        data.range(of: Data("root:x:0:0:".utf8)) != nil
    }

    /// What changed in the input folder, `nil` when nothing did.
    func changes(_ input: FuzzInput, _ folder: URL) throws -> String? {
        let now = try FuzzInput.read(from: folder, entry: input.entry)
        guard now.files != input.files else { return nil }
        let changed = Set(now.files.keys).union(input.files.keys).filter { now.files[$0] != input.files[$0] }.sorted()
        return "changed in the network's folder: \(changed.joined(separator: ", "))"
    }
}
