import Foundation
import Synchronization

/// A computation that runs once on its own thread and that any number of requests can wait for, or ask how far
/// it got.
///
/// A request waits a short while for the value (``value(waiting:)``); when a large network's analysis or map takes
/// longer, the request answers "still working" with ``progress`` instead, and the page asks again. The computation
/// is never cancelled by a request that gave up waiting: the next request finds it further along, or done.
final class Job<Value: Sendable>: Sendable {
    /// How far the computation got: the phase's name and the share done (0...1).
    struct Progress: Sendable, Equatable {
        var phase: String
        var fraction: Double
    }

    private let state = Mutex<(value: Value?, progress: Progress)>((nil, Progress(phase: "", fraction: 0)))

    /// Starts `work` on a thread of its own (not the cooperative pool that serves requests); `work` may report its
    /// progress through the handler it is given.
    init(phase: String, _ work: @escaping @Sendable (_ report: @escaping @Sendable (String, Double) -> Void) -> Value) {
        state.withLock { $0.progress.phase = phase }
        let thread = Thread { [self] in
            let value = work { phase, fraction in
                self.state.withLock { $0.progress = Progress(phase: phase, fraction: fraction) }
            }
            self.state.withLock { $0.value = value }
        }
        // The analysis's path searches recurse over the network; the default 512 KB of a secondary thread is tight.
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The value, once computed.
    var finished: Value? { state.withLock { $0.value } }

    var progress: Progress { state.withLock { $0.progress } }

    /// The value, waiting at most `timeout` for it; `nil` when it is still being computed then.
    func value(waiting timeout: Duration) async -> Value? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var pause = Duration.milliseconds(1)
        while true {
            if let value = finished { return value }
            if clock.now >= deadline { return nil }
            try? await Task.sleep(for: pause)
            pause = min(pause * 2, .milliseconds(25))
        }
    }
}
