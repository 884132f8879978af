import Foundation
import NetworkMap
import NetworkMapApp
import TestSupport

/// A real app server on a free loopback port, serving a scratch FOLDER, for one test.
struct TestServer: Sendable {
    let address: AppAddress
    let folder: URL
    var port: Int { address.port }
    var token: String { address.token.text }
    var cookie: String { "network-map-\(port)=\(token)" }

    /// How a request shows the token.
    enum Credential: Sendable {
        case none, cookie, header, query
        case cookieValue(String)
        case headerValue(String)
        case queryValue(String)
    }

    /// Runs `body` with a server on `folder` (by default a fresh FOLDER holding copies of the example networks),
    /// then stops the server and waits until it has stopped.
    static func with<T: Sendable>(
        folder: URL? = nil, language: Language? = nil, uploadLimit: Int = 20_000_000,
        _ body: @Sendable (TestServer) async throws -> T
    ) async throws -> T {
        let folder = try folder ?? Self.exampleFolder()
        let configuration = AppConfiguration(folder: folder, port: 0, language: language, uploadLimit: uploadLimit)
        let (ready, continuation) = AsyncStream.makeStream(of: AppAddress.self)
        let server = Task {
            try await LocalApp.run(configuration, handlingSignals: false) { address in
                continuation.yield(address)
                continuation.finish()
            }
        }
        var iterator = ready.makeAsyncIterator()
        guard let address = await iterator.next() else {
            server.cancel()
            _ = try await server.value
            throw TestServerError.didNotStart
        }
        let result: T
        do {
            result = try await body(TestServer(address: address, folder: folder))
        } catch {
            server.cancel()
            _ = try? await server.value
            throw error
        }
        server.cancel()
        _ = try? await server.value
        return result
    }

    /// The server of the suite `name`, started once and kept running until the test process ends.
    ///
    /// Started on the first call with a fresh FOLDER (the example networks unless `folder` makes another): starting a server per test is what made the app's tests slow. A suite whose tests
    /// change FOLDER (uploads, edits) has a server of its own, so no other suite sees its networks.
    static func suite(_ name: String, folder: @escaping @Sendable () throws -> URL = exampleFolder) async throws
        -> TestServer
    {
        try await SuiteServers.shared.server(name, folder: folder)
    }

    /// A new FOLDER with copies of the three example networks.
    static func exampleFolder() throws -> URL {
        let folder = try Repository.scratchFolder("app")
        for name in ["muehlenviertel", "muehlenviertel-2026", "riverside"] {
            try FileManager.default.copyItem(at: Repository.network(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A GET of `target` (see ``request(_:_:credential:host:headers:body:)``).
    func request(_ target: String, credential: Credential = .cookie, host: String? = nil,
                 headers: [String] = []) async throws -> RawHTTP.Response {
        try await request("GET", target, credential: credential, host: host, headers: headers)
    }

    /// A request with `credential`, a correct Host unless `host` is given, and `headers` added.
    func request(_ method: String, _ target: String, credential: Credential = .cookie, host: String? = nil,
                 headers: [String] = [], body: Data = Data()) async throws -> RawHTTP.Response {
        var target = target
        var lines: [String] = []
        switch credential {
        case .none: break
        case .cookie: lines.append("Cookie: \(cookie)")
        case .header: lines.append("X-Session-Token: \(token)")
        case .query: target += (target.contains("?") ? "&" : "?") + "token=\(token)"
        case .cookieValue(let value): lines.append("Cookie: network-map-\(port)=\(value)")
        case .headerValue(let value): lines.append("X-Session-Token: \(value)")
        case .queryValue(let value): target += (target.contains("?") ? "&" : "?") + "token=\(value)"
        }
        var head = "\(method) \(target) HTTP/1.1"
        if let host { if !host.isEmpty { head += "\r\nHost: \(host)" } } else { head += "\r\nHost: 127.0.0.1:\(port)" }
        for line in lines + headers { head += "\r\n" + line }
        return try await RawHTTP.send(head, body: body, port: port)
    }

    /// A GET of a view made from an analysis, asked again while the server answers 202 (still working).
    ///
    /// No pause between: the server itself waits up to 1.5 s for the work before it answers 202.
    func finished(_ target: String) async throws -> RawHTTP.Response {
        var response = try await request(target)
        var attempts = 1
        while response.status == 202, attempts < 400 {
            response = try await request(target)
            attempts += 1
        }
        return response
    }

    /// A same-origin POST of `json` with the cookie, as the page's fetch sends it.
    func post(_ target: String, json: Data, headers: [String] = []) async throws -> RawHTTP.Response {
        try await request("POST", target, headers: ["Origin: http://127.0.0.1:\(port)", "Sec-Fetch-Site: same-origin",
                                                    "Content-Type: application/json"] + headers, body: json)
    }
}

enum TestServerError: Error {
    case didNotStart
}

/// The suites' servers (``TestServer/suite(_:)``), one per name, each started once.
actor SuiteServers {
    static let shared = SuiteServers()
    private var servers: [String: Task<TestServer, any Error>] = [:]

    func server(_ name: String, folder: @escaping @Sendable () throws -> URL) async throws -> TestServer {
        if let task = servers[name] { return try await task.value }
        let task = Task<TestServer, any Error> {
            let configuration = AppConfiguration(folder: try folder())
            let (ready, continuation) = AsyncStream.makeStream(of: AppAddress.self)
            // Runs until the test process ends; its threads are the app's own (ServerExecutor), not the pool's.
            Task.detached {
                try await LocalApp.run(configuration, handlingSignals: false) { address in
                    continuation.yield(address)
                    continuation.finish()
                }
            }
            var iterator = ready.makeAsyncIterator()
            guard let address = await iterator.next() else { throw TestServerError.didNotStart }
            return TestServer(address: address, folder: configuration.folder)
        }
        servers[name] = task
        return try await task.value
    }
}
