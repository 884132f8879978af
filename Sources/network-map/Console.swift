import ArgumentParser
import Foundation
import NetworkMap
import Wording

/// The one place that prints: results to standard output, warnings and errors to standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Lists the warnings of a load in `language`.
    static func printWarnings(_ warnings: [LoadIssue], _ language: Language) {
        guard !warnings.isEmpty else { return }
        let phrases = language.phrases
        err(phrases.console(.warningsHeader(count: warnings.count)))
        for warning in warnings { err(phrases.console(.warning(warning.description(language)))) }
    }

    /// The one line the analysing commands print instead of the warnings: how many, and that `check` lists them.
    static func printWarningCount(_ count: Int, network: String, _ language: Language) {
        guard count > 0 else { return }
        err(language.phrases.console(.warningCount(count, network: network)))
    }

    /// At most this many errors are listed; a file that is wrong on every row would otherwise flood the terminal.
    static let errorListLimit = 100

    /// Lists the errors of a failed load in `language`, and says that nothing was analysed.
    static func printErrors(_ errors: [LoadIssue], _ language: Language) {
        guard !errors.isEmpty else { return }
        let phrases = language.phrases
        err(phrases.console(.errorsHeader(count: errors.count)))
        for error in errors.prefix(errorListLimit) { err(phrases.console(.error(error.description(language)))) }
        if errors.count > errorListLimit { err(phrases.console(.moreErrors(errors.count - errorListLimit))) }
        err(phrases.console(.nothingAnalysed))
    }

    /// Whether standard error is a terminal (for progress bars).
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes a result, the same bytes wherever it goes: to the `-o` file, to standard output for `-o -`, and
    /// without `-o` to `defaultFile` when the command has one (maps, handouts), else to standard output.
    ///
    /// A file is written whole or not at all (``NetworkMap/AtomicFile``); one that cannot be written exits 74
    /// with the reason in `language`. Returns the file written, if any.
    @discardableResult
    static func deliver(_ data: Data, to output: String?, defaultFile: String? = nil, language: Language) throws -> String? {
        guard let path = output == "-" ? nil : output ?? defaultFile else {
            FileHandle.standardOutput.write(data)
            return nil
        }
        try refuseInput(path, language: language)
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        } catch {
            err(language.phrases.console(.cannotWrite(path: error.path, reason: error.reason)))
            throw ExitCode(ExitStatus.ioError)
        }
        return path
    }

    /// The files this run reads (every network it loads), by identity: no result is ever written over one.
    static let inputs = InputRegistry()

    /// Exits 64 when `path` leads to a file this run read.
    ///
    /// `report net --format csv -o net/actors.csv` would otherwise replace the user's data with a report of it.
    /// Compared by device and inode, so a symbolic or hard link, `..` or another spelling of the path is caught too.
    static func refuseInput(_ path: String, language: Language) throws {
        guard let identity = InputFile.identity(of: URL(fileURLWithPath: path)), inputs.contains(identity) else { return }
        err(language.phrases.console(.outputIsInput(path: path)))
        throw ExitCode(ExitStatus.usage)
    }

    /// Writes a workbook (see ``deliver(_:to:defaultFile:language:)``), never over a file this run read.
    @discardableResult
    static func deliverWorkbook(_ document: WorkbookDocument, to output: String?, defaultFile: String,
                                language: Language) throws -> String? {
        if let path = output == "-" ? nil : output ?? defaultFile { try refuseInput(path, language: language) }
        let data: Data
        do {
            data = try XLSXWriter.data(for: document)
        } catch {
            err(language.phrases.console(.failure(error.reason)))
            throw ExitCode(ExitStatus.renderingFailed)
        }
        return try deliver(data, to: output, defaultFile: defaultFile, language: language)
    }

    /// Writes a text result (see ``deliver(_:to:defaultFile:language:)``) as UTF-8, exactly as it is.
    @discardableResult
    static func deliver(_ text: String, to output: String?, defaultFile: String? = nil, language: Language) throws -> String? {
        try deliver(Data(text.utf8), to: output, defaultFile: defaultFile, language: language)
    }
}

/// The identities of the files a run has read; written while loading, read before each write.
final class InputRegistry: @unchecked Sendable {
    // A lock rather than an actor: the commands are synchronous, and the registry is touched a few times per run.
    private let lock = NSLock()
    private var identities: Set<InputFile.Identity> = []

    /// Remembers the files at `urls` (those that exist) as read by this run.
    func add(_ urls: [URL]) {
        let found = urls.compactMap(InputFile.identity(of:))
        lock.withLock { identities.formUnion(found) }
    }

    func contains(_ identity: InputFile.Identity) -> Bool { lock.withLock { identities.contains(identity) } }
}
