import Synchronization

/// Counts finished units of a long computation across worker threads and reports the share done.
///
/// The analysis hands one to the path searches (one unit per source); the command line turns the
/// reports into a progress bar on standard error. Reports come at most once per percent.
public final class ProgressCounter: Sendable {
    /// Called with the phase's name and the share done (0...1), from any thread.
    public typealias Handler = @Sendable (_ phase: String, _ fraction: Double) -> Void

    private let phase: String
    private let total: Int
    private let handler: Handler
    private let state = Mutex<(done: Int, reportedPercent: Int)>((0, -1))

    public init(phase: String, total: Int, handler: @escaping Handler) {
        self.phase = phase
        self.total = max(1, total)
        self.handler = handler
    }

    /// Marks `count` more units done.
    public func advance(by count: Int = 1) {
        let percent: Int? = state.withLock { state in
            state.done += count
            let percent = min(100, state.done * 100 / total)
            guard percent > state.reportedPercent else { return nil }
            state.reportedPercent = percent
            return percent
        }
        if let percent { handler(phase, Double(percent) / 100) }
    }
}
