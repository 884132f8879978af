import ArgumentParser
import Foundation
import NetworkMap

/// The one place that prints: results to standard output, warnings and errors to standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func printWarnings(_ warnings: [LoadIssue]) {
        guard !warnings.isEmpty else { return }
        err(warnings.count == 1 ? "1 warning:" : "\(warnings.count) warnings:")
        for warning in warnings { err("  warning: \(warning)") }
    }

    /// At most this many errors are listed; a file that is wrong on every row would otherwise flood the terminal.
    static let errorListLimit = 100

    static func printErrors(_ errors: [LoadIssue]) {
        guard !errors.isEmpty else { return }
        err(errors.count == 1 ? "1 error:" : "\(errors.count) errors:")
        for error in errors.prefix(errorListLimit) { err("  error: \(error)") }
        if errors.count > errorListLimit {
            err("  … and \(errors.count - errorListLimit) more errors of the same kinds; correct these first.")
        }
        err("Nothing was analysed. Correct the files and run the command again.")
    }

    /// Whether standard error is a terminal (for progress bars).
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes `text` to the `-o` destination, or to standard output when there is none or it is `-`.
    static func deliver(_ text: String, to output: String?) throws {
        guard let output, output != "-" else { return out(text) }
        try deliver(Data(text.utf8), toFile: output)
    }

    /// Writes bytes to a file whole or not at all; exits 74 when that fails.
    static func deliver(_ data: Data, toFile path: String) throws {
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        } catch {
            err("error: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
    }
}
