import Testing
@testable import NetworkMapApp

/// Runs each test of a suite on threads of its own rather than Swift's cooperative pool.
///
/// `make test` runs every suite at once on two cores; the CPU-bound suites (golden reports, networkx comparisons)
/// then hold the pool's two threads for minutes, and an app test, which awaits the server at every request,
/// waited that long for each resumption (5 minutes in all, with nothing of its own to compute). With this trait
/// its continuations resume on these threads (SE-0417 task executor preference), as the server's do on its own.
struct OwnThreads: SuiteTrait, TestTrait, TestScoping {
    static let executor = ServerExecutor(threads: 4, name: "network-map.app-tests")

    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void)
        async throws
    {
        try await withTaskExecutorPreference(Self.executor) { try await function() }
    }
}

extension Trait where Self == OwnThreads {
    /// The test, or every test of the suite, on threads of its own (``OwnThreads``).
    static var ownThreads: Self { OwnThreads() }
}
