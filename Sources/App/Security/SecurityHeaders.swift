import Hummingbird

/// The headers every answer of the app carries, refusals and errors included.
///
/// - `Content-Security-Policy`: only the app's own script and style, no inline script or style, no frames, no
///   plugins, forms and fetch calls to the app itself only; nothing external can be loaded even if data smuggled
///   markup into the page.
/// - `X-Content-Type-Options: nosniff`: a CSV is never run as a script.
/// - `Referrer-Policy: no-referrer`: no address (with or without token) leaks into another site's logs.
/// - `X-Frame-Options: DENY` beside `frame-ancestors 'none'`: no framing for click-jacking, in older browsers too.
/// - `Cache-Control: no-store`: network data and the page stay out of the browser's disk cache.
/// - `Cross-Origin-Opener-Policy` and `-Resource-Policy: same-origin`: other sites get no window handle to the
///   app and cannot embed its answers.
enum SecurityHeaders {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
        "font-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    static func apply(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[.cacheControl] = "no-store"
        headers[.crossOriginResourcePolicy] = "same-origin"
        for (name, value) in [("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
                              ("Cross-Origin-Opener-Policy", "same-origin")] {
            if let name = HTTPFields.Element.Name(name) { headers[name] = value }
        }
    }
}
