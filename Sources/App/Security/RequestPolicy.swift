import Foundation
import Hummingbird
import NetworkMap
import Wording

/// The rules every request must pass before any handler sees it, in the order they are checked.
///
/// 1. The request target is a path (`/…`), not an absolute URL or `*`: the Host header is then the only authority.
/// 2. Host is exactly `127.0.0.1:PORT` or `localhost:PORT`, given once. A page on another name that resolves to
///    127.0.0.1 (DNS rebinding) sends its own name and is refused.
/// 3. Cross-site requests are refused: `Sec-Fetch-Site` must be `same-origin` or `none` (the user opened the
///    address), and an `Origin`, when sent, must be this server's own (`http://` + Host). `same-site` is refused as
///    well: a page on another port of 127.0.0.1 is "same site" to the browser (ports do not count) but not ours.
///    One exception: the first load, a navigation to `/` that carries the right `?token=`, may come from elsewhere
///    (the launcher page opened from a file, a link in a terminal); whoever has the token may open the app anyway.
/// 4. Requests that change something (any method but GET and HEAD) must show a same-origin `Origin`, or carry the
///    token in the header: a browser always sends `Origin` on such requests, and no other site can set the header.
/// 5. The session token: in the `X-Session-Token` header (the page's fetch calls may use it; tests and scripts
///    do), in the cookie `network-map-PORT` (links, downloads, the page's own fetch calls), or, on the first load
///    of `/` only, in the `?token=` query; that first load sets the cookie. Compared in constant time.
///
/// Why a cookie: links and downloads cannot carry a header, and a token in every link would land in the history.
/// The cookie is `HttpOnly` (the page's script never sees it), `SameSite=Strict`, `Path=/`, without expiry (gone
/// with the browser session), and named after the port: cookies are not separated by port, so two apps on two
/// ports must not overwrite each other's.
struct RequestPolicy: Sendable {
    let token: SessionToken
    let port: Int

    /// The verdict on one request.
    enum Verdict: Equatable, Sendable {
        /// Let it through; `setCookie` when the token came in the query of the first load.
        case allow(setCookie: Bool)
        /// Refuse it with `status`, for `reason`.
        case refuse(HTTPResponse.Status, AccessRefusal)
    }

    /// The header that carries the token on fetch calls.
    static let tokenHeader = "x-session-token"

    /// The cookie's name: one per port.
    var cookieName: String { "network-map-\(port)" }

    /// The two names this server answers to.
    var hosts: [String] { ["127.0.0.1:\(port)", "localhost:\(port)"] }

    /// The `Set-Cookie` value that carries the token from the first load on.
    var cookie: String { "\(cookieName)=\(token.text); HttpOnly; SameSite=Strict; Path=/" }

    func verdict(for request: Request) -> Verdict {
        guard let path = request.head.path, path.hasPrefix("/"), !path.hasPrefix("//") else {
            return .refuse(.badRequest, .notAPath)
        }
        guard let host = request.head.authority?.lowercased(), hosts.contains(host),
              request.headers.value(named: "host") == nil
        else { return .refuse(.misdirectedRequest, .wrongHost) }

        let safe = request.method == .get || request.method == .head
        let queryToken = safe && request.uri.path == "/" ? request.uri.queryParameters["token"].map(String.init) : nil
        let bootstrap = queryToken.map { token.matches($0) } ?? false
        let navigation = request.headers.value(named: "sec-fetch-mode").map { $0 == "navigate" } ?? true

        if let site = request.headers.value(named: "sec-fetch-site"), site != "same-origin", site != "none", !(bootstrap && navigation) {
            return .refuse(.forbidden, .crossSite)
        }
        let origin = request.headers[.origin]
        if let origin, origin != "http://" + host, !(bootstrap && navigation) {
            return .refuse(.forbidden, .crossSite)
        }
        let headerToken = request.headers.value(named: Self.tokenHeader)
        if !safe, origin == nil, headerToken == nil {
            return .refuse(.forbidden, .noSameOriginProof)
        }
        if let headerToken { return token.matches(headerToken) ? .allow(setCookie: false) : .refuse(.forbidden, .wrongToken) }
        let cookies = cookieValues(request.headers)
        if cookies.contains(where: { token.matches($0) }) { return .allow(setCookie: false) }
        if bootstrap { return .allow(setCookie: true) }
        let offered = queryToken != nil || !cookies.isEmpty
        return .refuse(.forbidden, offered ? .wrongToken : .noToken)
    }
}

extension RequestPolicy {
    /// Every value sent for this app's cookie, in every `Cookie` field.
    ///
    /// All of them, not the first: a page on another port of 127.0.0.1 may set a cookie of the same name (cookies
    /// do not keep ports apart), and the browser then sends both; that stray one must not hide the real one.
    func cookieValues(_ headers: HTTPFields) -> [Substring] {
        headers.filter { $0.name.canonicalName == "cookie" }.flatMap { field in
            field.value.split(separator: ";").compactMap { pair -> Substring? in
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == cookieName else { return nil }
                return parts[1]
            }
        }
    }
}

extension HTTPFields {
    /// The first value of the field whose lowercased name is `name`, for fields HTTPTypes has no constant for.
    func value(named name: String) -> String? {
        first { $0.name.canonicalName == name }?.value
    }
}
