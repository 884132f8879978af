import Foundation

/// Turns the bytes of a spreadsheet export into text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252.
///
/// Excel on a German Windows saves "CSV (Trennzeichen-getrennt)" in Windows-1252, LibreOffice and newer Excel
/// versions in UTF-8, often with a byte order mark. Bytes that are valid UTF-8 are read as UTF-8; anything else
/// is read as Windows-1252, which maps every byte to a character, so decoding never fails.
/// The table is built in, so that it does not depend on Foundation's encodings on Linux.
public enum TextDecoding {
    /// The encoding a file turned out to have.
    public enum Encoding: String, Sendable, Hashable {
        case utf8, utf8WithBOM, utf16LittleEndian, utf16BigEndian, windows1252
    }

    /// Decodes `bytes`, dropping a byte order mark.
    ///
    /// O(n).
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let rest = bytes[3...]
            if let text = strictUTF8(rest) { return (text, .utf8WithBOM) }
            return (windows1252(rest), .windows1252)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (utf16(bytes[2...], bigEndian: false), .utf16LittleEndian)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (utf16(bytes[2...], bigEndian: true), .utf16BigEndian)
        }
        if let text = strictUTF8(bytes[...]) { return (text, .utf8) }
        return (windows1252(bytes[...]), .windows1252)
    }

    /// The text when `bytes` are valid UTF-8, else `nil`.
    ///
    /// Foundation validates (it also drops a byte order mark, so it only says yes or no), the standard library
    /// decodes: both in native loops, where a scalar-by-scalar transcode took seconds for a 10 MB cell in a debug build.
    static func strictUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        guard String(bytes: bytes, encoding: .utf8) != nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-16 code units from byte pairs; an odd last byte is dropped, invalid surrogates become U+FFFD.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 except for 0x80-0x9F, which hold €, typographic quotes, dashes, Š, Œ, Ž, Ÿ and the like.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? UInt32(cp1252High[Int(byte) - 0x80]) : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Code points of bytes 0x80-0x9F (unicode.org's CP1252.TXT); the five undefined bytes map to the C1
    /// control of the same value, as the WHATWG Encoding Standard does.
    static let cp1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87: € ‚ ƒ „ … † ‡
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F: ˆ ‰ Š ‹ Œ Ž
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97: ‘ ’ “ ” • – —
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F: ˜ ™ š › œ ž Ÿ
    ]
}
