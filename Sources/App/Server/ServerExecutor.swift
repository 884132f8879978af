import Foundation

/// A few threads of the app's own on which the server answers requests and loads networks.
///
/// Swift's cooperative pool has one thread per core; whatever else the process computes on it (the test suite's
/// CPU-bound tests on the same two cores, a large analysis) would otherwise keep the server from answering even
/// the page. The server's tasks prefer this executor (SE-0417 task executor preference, inherited by the server's
/// task groups and so by every request handler); analyses and maps already run on threads of their own (``Job``).
final class ServerExecutor: TaskExecutor, @unchecked Sendable {
    /// The one executor of the process: its threads live as long as the process, whatever number of servers a test
    /// suite starts and stops.
    static let shared = ServerExecutor(threads: 4, name: "network-map.app")

    // `@unchecked Sendable`: `jobs` is only touched with `condition` locked.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    /// Starts `threads` threads named `name.0`, `name.1`, … that run for as long as the process does.
    init(threads: Int, name: String) {
        for number in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "\(name).\(number)"
            // A load parses the whole network on this thread; the default 512 KB of a secondary thread is tight.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
