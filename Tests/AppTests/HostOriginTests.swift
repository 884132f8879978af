import Foundation
import NetworkMap
import Testing
import Wording
@testable import NetworkMapApp

/// DNS rebinding, cross-site requests, the security headers, and that nothing but loopback is listened on.
@Suite("Host, origin and headers", .ownThreads)
struct HostOriginTests {
    @Test func onlyItsOwnHostIsAnswered() async throws {
        do { let server = try await TestServer.suite("security")
            let port = server.port
            for host in ["localhost:\(port)", "LOCALHOST:\(port)", "127.0.0.1:\(port)"] {
                #expect(try await server.request("/api/networks", host: host).status == 200, "\(host)")
            }
            // A rebinding page sends its own name; another port, no port, or an IPv6 form is not this server either.
            for host in ["evil.example:\(port)", "evil.example", "127.0.0.1", "localhost", "127.0.0.1:\(port + 1)",
                         "[::1]:\(port)", "127.0.0.2:\(port)", "0.0.0.0:\(port)", "127.0.0.1:\(port).evil.example",
                         "127.0.0.1:\(port)@evil.example"] {
                let response = try await server.request("/api/networks", host: host)
                #expect(response.status == 421, "\(host)")
                #expect(!response.text.contains("muehlenviertel"), "\(host)")
            }
            // No Host at all (HTTP/1.0 style), or two of them.
            let none = try await RawHTTP.send("GET /api/networks HTTP/1.0\r\nCookie: \(server.cookie)", port: port)
            #expect(none.status == 421)
            let twice = try await server.request("/api/networks", headers: ["Host: evil.example"])
            #expect(twice.status != 200)
            // An absolute URL as request target: its authority is ignored (the server reads only the path of it),
            // and Host still decides, so it cannot smuggle another name past the check.
            let absolute = try await server.request("http://127.0.0.1:\(port)/api/networks", host: "evil.example")
            #expect(absolute.status == 421)
            let asterisk = try await server.request("OPTIONS", "*")
            #expect(asterisk.status == 400)
        }
    }

    @Test func crossSiteRequestsAreRefused() async throws {
        do { let server = try await TestServer.suite("security")
            let own = "http://127.0.0.1:\(server.port)"
            let foreign = ["http://evil.example", "http://127.0.0.1:\(server.port + 1)", "http://localhost:\(server.port)",
                           "null", "https://127.0.0.1:\(server.port)"]
            for origin in foreign {
                #expect(try await server.request("/api/networks", headers: ["Origin: \(origin)"]).status == 403, "\(origin)")
                let post = try await server.post("/api/networks", json: Data("{}".utf8), headers: [])
                #expect(post.status != 403)  // the same request from the page itself gets through to the handler
                let forged = try await server.request("POST", "/api/networks", headers: ["Origin: \(origin)"],
                                                      body: Data("{}".utf8))
                #expect(forged.status == 403, "\(origin)")
            }
            #expect(try await server.request("/api/networks", headers: ["Origin: \(own)"]).status == 200)
            // Fetch metadata: only same-origin requests and the user's own navigation ("none").
            for site in ["cross-site", "same-site"] {
                #expect(try await server.request("/api/networks", headers: ["Sec-Fetch-Site: \(site)"]).status == 403)
                #expect(try await server.request("/", headers: ["Sec-Fetch-Site: \(site)",
                                                                "Sec-Fetch-Mode: navigate"]).status == 403)
            }
            for site in ["same-origin", "none"] {
                #expect(try await server.request("/api/networks", headers: ["Sec-Fetch-Site: \(site)"]).status == 200)
            }
            // The one exception: the first load may come from elsewhere (the launcher page), when it brings the token.
            let launch = try await server.request("/", credential: .query,
                                                  headers: ["Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate"])
            #expect(launch.status == 200)
            let launchWrong = try await server.request("/", credential: .queryValue(SessionToken().text),
                                                       headers: ["Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate"])
            #expect(launchWrong.status == 403)
            let launchFetch = try await server.request("/", credential: .query,
                                                       headers: ["Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors"])
            #expect(launchFetch.status == 403)
        }
    }

    @Test func changesNeedProofOfTheirOrigin() async throws {
        do { let server = try await TestServer.suite("security")
            // The cookie alone does not make a POST: a browser always adds Origin, so its absence means no page of ours.
            let bare = try await server.request("POST", "/api/networks", body: Data("{}".utf8))
            #expect(bare.status == 403)
            #expect(try bare.json()["error"] as? String == Language.en.phrases.app(AppMessage.refused(.noSameOriginProof)))
            // The header token is such a proof (no other site can set it); so is the page's own Origin.
            let scripted = try await server.request("POST", "/api/networks", credential: .header, body: Data("{}".utf8))
            #expect(scripted.status == 400)
            let page = try await server.post("/api/networks", json: Data("{}".utf8))
            #expect(page.status == 400)
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        do { let server = try await TestServer.suite("security")
            let answers = [
                try await server.request("/", credential: .query),
                try await server.request("/app.js"),
                try await server.request("/api/networks"),
                try await server.request("/api/networks/none-such"),
                try await server.request("/nowhere"),
                try await server.request("/api/networks", credential: .none),
                try await server.request("/api/networks", host: "evil.example"),
                try await server.request("OPTIONS", "*"),
                try await server.post("/api/networks", json: Data("not json".utf8)),
            ]
            #expect(answers.map(\.status) == [200, 200, 200, 404, 404, 403, 421, 400, 400])
            for answer in answers {
                let policy = try #require(answer.header("Content-Security-Policy"), "\(answer.status)")
                #expect(policy.contains("default-src 'self'"))
                #expect(policy.contains("script-src 'self'"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(!policy.contains("unsafe"))
                #expect(!policy.contains("http:") && !policy.contains("https:") && !policy.contains("*"))
                #expect(answer.header("X-Content-Type-Options") == "nosniff")
                #expect(answer.header("Referrer-Policy") == "no-referrer")
                #expect(answer.header("Cache-Control") == "no-store")
                #expect(answer.header("X-Frame-Options") == "DENY")
            }
            // The page loads its script and style from the app only, and has no inline script or handler.
            let page = answers[0].text
            #expect(page.contains("<script src=\"/app.js\" defer></script>"))
            #expect(!page.contains("<script>"))
            #expect(!page.contains("onclick=") && !page.contains("style="))
            #expect(!page.contains("http://") && !page.contains("https://"))
        }
    }

    @Test func listensOnLoopbackOnly() async throws {
        do { let server = try await TestServer.suite("security")
            #expect(RawHTTP.canConnect(port: server.port, address: "127.0.0.1"))
            // Every other address of this machine (its network interfaces, IPv6 loopback) has nothing on that port.
            let others = Self.localAddresses().filter { $0 != "127.0.0.1" }
            for address in others {
                #expect(!RawHTTP.canConnect(port: server.port, address: address), "\(address)")
            }
            #expect(!RawHTTP.canConnect(port: server.port, address: "::1", family: AF_INET6))
            print("note: checked that port \(server.port) is closed on \(others.joined(separator: ", ")) and ::1")
        }
    }

    /// The IPv4 addresses of this machine's interfaces.
    static func localAddresses() -> [String] {
        var result: [String] = []
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return [] }
        defer { freeifaddrs(list) }
        var entry = list
        while let current = entry {
            if let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    var raw = pointer.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &raw, &text, socklen_t(INET_ADDRSTRLEN))
                }
                result.append(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
            entry = current.pointee.ifa_next
        }
        return result
    }
}
