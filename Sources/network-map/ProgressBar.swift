import Foundation
import NetworkMap
import Synchronization
import Wording

/// A one-line progress bar on standard error, for long analyses run in a terminal.
///
/// Shown only when standard error is a terminal and the network is large enough to take a while;
/// redirected output and small networks stay clean.
final class ProgressBar: Sendable {
    /// Below this many actors the analysis takes well under a second: no bar.
    static let threshold = 5_000

    private let language: Language
    private let drawn = Mutex(false)

    private init(language: Language) { self.language = language }

    /// A bar when it is worth showing, else `nil`.
    static func forTerminal(actors: Int, language: Language) -> ProgressBar? {
        guard actors >= threshold, Console.isErrorTerminal else { return nil }
        return ProgressBar(language: language)
    }

    /// The handler to give the analysis.
    var handler: ProgressCounter.Handler {
        { [self] phase, fraction in self.draw(phase: phase, fraction: fraction) }
    }

    private func label(_ phase: String) -> String {
        switch phase {
        case "paths": return language.phrases.console(.progressPaths)
        case "weightedPaths": return language.phrases.console(.progressWeightedPaths)
        default: return phase
        }
    }

    private func draw(phase: String, fraction: Double) {
        let width = 30
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let percent = Int((fraction * 100).rounded())
        let line = "\r[\(bar)] \(percent < 10 ? "  " : percent < 100 ? " " : "")\(percent) %  \(label(phase))   "
        drawn.withLock { drawn in
            FileHandle.standardError.write(Data(line.utf8))
            drawn = true
        }
    }

    /// Clears the bar's line.
    func finish() {
        drawn.withLock { drawn in
            if drawn { FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 72) + "\r").utf8)) }
            drawn = false
        }
    }
}
