import Foundation

/// Runs a program with a time limit (and optionally a memory limit), capturing what it prints.
public struct ProcessRun: Sendable {
    public enum Outcome: Sendable, Hashable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)
        case timedOut

        public var description: String {
            switch self {
            case .exited(let code): return "exit \(code)"
            case .signalled(let signal): return "signal \(signal)"
            case .timedOut: return "no answer within the time limit"
            }
        }
    }

    public var outcome: Outcome
    public var stdout: Data
    public var stderr: String
    public var seconds: Double

    /// The most bytes of standard output and error kept; the rest is read and dropped.
    static let captureLimit = 1 << 20

    /// Runs `program ARGUMENTS` and kills it after `timeout` seconds.
    ///
    /// With `memoryLimitMB` it runs under `ulimit -v`, so that a memory bomb ends as a crash instead of taking the
    /// machine down.
    public static func run(_ program: URL, _ arguments: [String], timeout: Double, memoryLimitMB: Int? = nil,
                           directory: URL? = nil) throws -> ProcessRun {
        let process = Process()
        if let memoryLimitMB {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -v \(memoryLimitMB * 1024) && exec \"$0\" \"$@\"", program.path] + arguments
        } else {
            process.executableURL = program
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let pid = process.processIdentifier
        let timedOut = Flag()
        let watchdog = DispatchWorkItem {
            timedOut.set()
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let group = DispatchGroup()
        let errBox = Box()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = read(err.fileHandleForReading)
            group.leave()
        }
        let outData = read(out.fileHandleForReading)
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        let seconds = Date().timeIntervalSince(start)
        let outcome: Outcome
        if timedOut.isSet {
            outcome = .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            outcome = .signalled(process.terminationStatus)
        } else if memoryLimitMB != nil, process.terminationStatus > 128 {
            // Through the shell's exec the program is the process itself; this only covers a shell that did not exec.
            outcome = .signalled(process.terminationStatus - 128)
        } else {
            outcome = .exited(process.terminationStatus)
        }
        return ProcessRun(outcome: outcome, stdout: outData, stderr: String(decoding: errBox.data, as: UTF8.self),
                          seconds: seconds)
    }

    private static func read(_ handle: FileHandle) -> Data {
        var kept = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            if kept.count < captureLimit { kept.append(chunk.prefix(captureLimit - kept.count)) }
        }
        return kept
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

private final class Box: @unchecked Sendable {
    var data = Data()
}
