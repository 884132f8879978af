import CGraphviz
import Foundation

/// The one gate to Graphviz: its libraries keep global state (error handler, layout engines' statics),
/// so every use in this process runs inside ``Graphviz/withExclusiveAccess(_:)``.
enum Graphviz {
    private static let lock = NSLock()

    /// Runs `body` while holding the process-wide Graphviz lock, with Graphviz's messages captured.
    static func withExclusiveAccess<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        ErrorSink.shared.install()
        return try body()
    }

    /// Graphviz's messages since the last call, and clears them.
    ///
    /// Only valid inside the lock.
    static func takeMessages() -> [String] {
        ErrorSink.shared.take()
    }
}

/// Collects what Graphviz reports through `agerr` instead of letting it print to standard error.
///
/// Only touched while ``Graphviz``'s lock is held; Graphviz calls the handler on the locking thread.
private final class ErrorSink: @unchecked Sendable {
    static let shared = ErrorSink()
    private var buffer = ""
    private var installed = false

    func install() {
        guard !installed else { return }
        installed = true
        _ = agseterrf { message in
            if let message { ErrorSink.shared.buffer += String(cString: message) }
            return 0
        }
        _ = agseterr(AGWARN)  // report warnings and errors to the handler, not to a temporary file
    }

    func take() -> [String] {
        let lines = buffer.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        buffer = ""
        return lines.filter { !$0.isEmpty }
    }
}
