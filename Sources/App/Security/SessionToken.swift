import Foundation

/// The secret a browser must show on every request to the app: 256 random bits, base64url without padding.
///
/// The bits come from `SystemRandomNumberGenerator`, which Swift documents as cryptographically secure on every
/// platform (on Linux it reads `getrandom(2)`). The text uses only `A-Z a-z 0-9 - _`, so it travels unescaped in a
/// query, a cookie and a header.
public struct SessionToken: Sendable, Hashable, CustomStringConvertible {
    /// The token as it appears in the address, the cookie and the header.
    public let text: String

    /// A fresh random token.
    public init() {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        for _ in 0..<(Self.byteCount / 8) {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.append(contentsOf: $0) }
        }
        self.text = Self.base64URL(bytes)
    }

    /// A token with a given text; for tests that need to know it in advance.
    public init?(text: String) {
        guard text.utf8.count >= 22, text.utf8.allSatisfy(Self.isTokenByte) else { return nil }
        self.text = text
    }

    /// 32 bytes: 256 bits, twice the 128 that make guessing hopeless.
    static let byteCount = 32

    public var description: String { "SessionToken(…)" }

    /// Whether `candidate` is this token, in time that depends only on the lengths (never on where they differ).
    ///
    /// An early exit at the first differing byte would let a client learn the token byte by byte from response
    /// times; every byte is compared instead, and the length (the same for every token) is not a secret.
    public func matches<S: StringProtocol>(_ candidate: S) -> Bool {
        let expected = Array(text.utf8)
        let given = Array(candidate.utf8)
        var difference: UInt8 = expected.count == given.count ? 0 : 1
        for index in expected.indices {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// RFC 4648 §5 (base64url), without padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
