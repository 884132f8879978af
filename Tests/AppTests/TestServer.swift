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
        folder: URL? = nil, language: Language? = nil, uploadLimit: Int = 20_000_000, editKinds: [NetworkEditKind] = [],
        _ body: @Sendable (TestServer) async throws -> T
    ) async throws -> T {
        let folder = try folder ?? Self.exampleFolder()
        let configuration = AppConfiguration(folder: folder, port: 0, language: language, uploadLimit: uploadLimit,
                                             editKinds: editKinds)
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

    /// A same-origin POST of `json` with the cookie, as the page's fetch sends it.
    func post(_ target: String, json: Data, headers: [String] = []) async throws -> RawHTTP.Response {
        try await request("POST", target, headers: ["Origin: http://127.0.0.1:\(port)", "Sec-Fetch-Site: same-origin",
                                                    "Content-Type: application/json"] + headers, body: json)
    }
}

enum TestServerError: Error {
    case didNotStart
}
