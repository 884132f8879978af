import Foundation
import Testing
@testable import NetworkMapApp

/// The session token: random, URL-safe, required on every request, and where it may come from.
@Suite("Session token", .ownThreads)
struct TokenTests {
    @Test func tokensAre256RandomURLSafeBits() throws {
        let tokens = (0..<1_000).map { _ in SessionToken().text }
        #expect(Set(tokens).count == tokens.count)
        for token in tokens.prefix(50) {
            #expect(token.count == 43)
            #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            // base64url of 32 bytes: back to standard base64 with its padding, it decodes to exactly 32 bytes.
            let standard = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "="
            #expect(Data(base64Encoded: standard)?.count == 32)
        }
        // Every one of the 64 symbols turns up across 1,000 tokens, as it would from uniform random bits.
        #expect(Set(tokens.joined()).count == 64)
    }

    @Test func matchesOnlyTheExactToken() throws {
        let token = SessionToken()
        #expect(token.matches(token.text))
        #expect(!token.matches(String(token.text.dropLast())))
        #expect(!token.matches(token.text + "A"))
        #expect(!token.matches(""))
        #expect(!token.matches(String(token.text.reversed())))
        var flipped = Array(token.text.utf8)
        flipped[flipped.count - 1] ^= 0x01
        #expect(!token.matches(String(decoding: flipped, as: UTF8.self)))
    }

    @Test func everyPathIsRefusedWithoutTheToken() async throws {
        do { let server = try await TestServer.suite("security")
            for target in ["/", "/app.js", "/app.css", "/api/networks", "/api/networks/muehlenviertel", "/nowhere"] {
                let response = try await server.request(target, credential: .none)
                #expect(response.status == 403, "\(target)")
                #expect(!response.text.contains("Mühlenviertel"), "\(target)")
                #expect(!response.text.contains("function ("), "\(target)")
                #expect(response.header("Set-Cookie") == nil)
            }
            let upload = try await server.request("POST", "/api/networks", credential: .none,
                                                  headers: ["Origin: http://127.0.0.1:\(server.port)"], body: Data("{}".utf8))
            #expect(upload.status == 403)
            // The page says what to do, in a page of its own.
            let page = try await server.request("/", credential: .none, headers: ["Accept-Language: de"])
            #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(page.text.contains("<html lang=\"de\">"))
            #expect(page.text.contains("Sitzungsschlüssel"))
        }
    }

    @Test func aWrongTokenIsRefusedWhereverItComes() async throws {
        do { let server = try await TestServer.suite("security")
            let wrong = SessionToken().text
            let near = String(server.token.dropLast()) + (server.token.hasSuffix("A") ? "B" : "A")
            for value in [wrong, near, "", String(server.token.prefix(20)), server.token + server.token] {
                #expect(try await server.request("/api/networks", credential: .cookieValue(value)).status == 403)
                #expect(try await server.request("/api/networks", credential: .headerValue(value)).status == 403)
                #expect(try await server.request("/", credential: .queryValue(value)).status == 403)
            }
            // A wrong header is not rescued by a right cookie: the header, when sent, decides.
            let both = try await server.request("/api/networks", credential: .headerValue(wrong),
                                                headers: ["Cookie: \(server.cookie)"])
            #expect(both.status == 403)
        }
    }

    @Test func theRightTokenOpensInQueryCookieAndHeader() async throws {
        do { let server = try await TestServer.suite("security")
            // First load: the query opens the page and sets the cookie.
            let first = try await server.request("/", credential: .query)
            #expect(first.status == 200)
            #expect(first.text.contains("<html lang=\"en\">"))
            let cookie = try #require(first.header("Set-Cookie"))
            #expect(cookie == "network-map-\(server.port)=\(server.token); HttpOnly; SameSite=Strict; Path=/")
            // From then on the cookie (links, downloads, the page's fetch calls) or the header (scripts) carry it.
            let byCookie = try await server.request("/api/networks", credential: .cookie)
            #expect(byCookie.status == 200)
            #expect(byCookie.header("Set-Cookie") == nil)
            #expect(try await server.request("/api/networks", credential: .header).status == 200)
            #expect(try await server.request("/app.js", credential: .cookie).status == 200)
            // The query opens only the first load of the page; elsewhere it would end up in histories and logs.
            #expect(try await server.request("/api/networks", credential: .query).status == 403)
            #expect(try await server.request("/app.js", credential: .query).status == 403)
            // A stray cookie of the same name (another port's page may set one) does not hide the real one.
            let stray = try await server.request("/api/networks", credential: .none,
                                                 headers: ["Cookie: network-map-\(server.port)=forged; \(server.cookie)"])
            #expect(stray.status == 200)
            // Another app on another port has its own cookie name; its token does not open this one.
            let otherPort = try await server.request("/api/networks", credential: .none,
                                                     headers: ["Cookie: network-map-\(server.port + 1)=\(server.token)"])
            #expect(otherPort.status == 403)
        }
    }
}
