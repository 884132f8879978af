import Foundation

/// Runs the built `network-map` binary as a user would, for end-to-end tests.
public enum CommandRunner {
    /// The debug build of the executable (`swift build --build-tests` builds it next to the tests).
    public static var binary: URL {
        let env = ProcessInfo.processInfo.environment
        if let path = env["NETWORK_MAP_BINARY"] { return URL(fileURLWithPath: path) }
        return Repository.root.appendingPathComponent(".build/debug/network-map")
    }

    /// Runs `network-map ARGS` in `directory` (default: the package root) with no standard input.
    public static func run(_ arguments: [String], in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> Subprocess.Result {
        try Subprocess.run(binary, arguments, in: directory ?? Repository.root, environment: environment)
    }
}
