import Foundation

/// Runs a program and collects what it printed: the one way the tests start processes (the network-map
/// binary, poppler's tools, Chromium).
public enum Subprocess {
    /// What one run printed and returned.
    public struct Result: Sendable {
        public let status: Int32
        public let stdoutData: Data
        public let stderrData: Data
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        public var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    }

    /// Runs `executable ARGUMENTS` in `directory` with `environment` added to this process's, no standard input.
    ///
    /// Both pipes are read while the program runs, so that a large output cannot block it.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdoutData: outData, stderrData: errData)
    }

    /// The first of these programs that is installed, if any.
    public static func installed(_ paths: [String]) -> URL? {
        paths.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }
}

/// Whether the tests must find the tools they call (Chromium, poppler) rather than skip without them.
///
/// Under CI (`CI` set, as CI services and `make test CI=1` set it) a missing tool fails the tests that need
/// it; elsewhere those tests show as skipped.
public enum RequiredTools {
    public static var areRequired: Bool {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !value.isEmpty && value != "0" && value.lowercased() != "false"
    }
}
