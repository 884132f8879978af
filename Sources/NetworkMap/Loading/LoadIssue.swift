/// One problem found while loading a network: an error that stops the load, or a warning that does not.
public struct LoadIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// The file, line and column the problem is in; `nil` for problems of the whole network.
    public var location: SourceLocation?
    /// What is wrong, in plain words.
    public var message: String
    /// What to do about it.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation? = nil, _ message: String, hint: String? = nil) {
        self.severity = severity; self.location = location; self.message = message; self.hint = hint
    }

    /// `ties.csv, line 12, column "An": "Kita Sonnenschien" names no actor. Did you mean "Kita Sonnenschein"?`
    ///
    /// The severity is not part of the text; the caller says "error" or "warning" in its own language.
    public var description: String {
        var text = ""
        if let location {
            text = location.line > 0 ? "\(location.file), line \(location.line)" : location.file
            if let column = location.column { text += ", column \"\(column)\"" }
            text += ": "
        }
        text += message
        if let hint { text += " " + hint }
        return text
    }
}

/// A network that loaded, with the warnings found on the way.
public struct LoadResult: Sendable {
    public var network: Network
    public var warnings: [LoadIssue]

    public init(network: Network, warnings: [LoadIssue]) {
        self.network = network; self.warnings = warnings
    }
}

/// A network that did not load: every error found (not only the first) and the warnings.
///
/// `isIOError` says that a file could not be read at all (a missing or unreadable path: exit code 74);
/// otherwise the data is bad (exit code 65).
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [LoadIssue]
    public var warnings: [LoadIssue]
    public var isIOError: Bool

    public init(errors: [LoadIssue], warnings: [LoadIssue] = [], isIOError: Bool = false) {
        self.errors = errors; self.warnings = warnings; self.isIOError = isIOError
    }

    /// The errors, one per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
