import Foundation

/// What a run of the built `network-map` printed and how it ended.
public struct CommandResult: Sendable {
    public let stdout: String
    public let stderr: String
    public let status: Int32
}

/// Runs the real `network-map` binary, as a user would, for end-to-end tests.
public enum NetworkMapBinary {
    /// `.build/debug/network-map` under the package root (`swift test` builds it with the tests).
    public static var url: URL {
        Repository.root.appendingPathComponent(".build/debug/network-map")
    }

    /// Runs the binary with `arguments` in `directory` (default: the package root) and waits for it.
    ///
    /// Standard output and error are read while the process runs, so large outputs cannot block it.
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Repository.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
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
        return CommandResult(stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
    }
}
