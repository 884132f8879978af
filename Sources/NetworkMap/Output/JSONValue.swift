/// A JSON document with ordered keys and deterministic number formatting.
///
/// Foundation's encoder reorders or formats differently across platforms; reports must be byte-identical
/// for the same input, so they are written through this small value type, or, for the large report,
/// straight through ``JSONWriter`` in the same layout.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// A number, or `null` where it is not finite (JSON has no NaN).
    public static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// The document as text, pretty-printed with two-space indentation, ending without a newline.
    public func rendered(indent: String = "") -> String {
        var writer = JSONWriter(indent: indent.count / 2)
        write(into: &writer)
        return writer.text
    }

    /// Writes the value at the writer's current place.
    func write(into writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let b): writer.bool(b)
        case .int(let i): writer.int(i)
        case .number(let d): writer.number(d)
        case .string(let s): writer.string(s)
        case .array(let items):
            writer.beginArray(inline: items.allSatisfy(\.isScalar))
            for item in items { item.write(into: &writer) }
            writer.endArray()
        case .object(let pairs):
            writer.beginObject()
            for (key, value) in pairs {
                writer.key(key)
                value.write(into: &writer)
            }
            writer.endObject()
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; everything else as UTF-8.
    public static func quote(_ s: String) -> String {
        var writer = JSONWriter()
        writer.string(s)
        return writer.text
    }
}

/// Writes JSON text straight into one byte buffer, in exactly the layout of ``JSONValue/rendered(indent:)``.
///
/// Objects and arrays of objects or arrays break one entry per line, indented by two spaces per level;
/// arrays of scalars stay on one line (`[1, 2]`), empty ones are `[]` and `{}`. Whole numbers below 10^15
/// are written without a fraction, other numbers as Swift prints them (shortest round-trip). A report
/// of 100,000 actors is written this way without a tree of values or a string per value.
public struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var level: Int
    /// Per open container: whether nothing is in it yet, and whether it stays on one line.
    private var open: [(empty: Bool, inline: Bool)] = []

    /// A writer whose outermost value sits `indent` levels deep.
    public init(indent: Int = 0, capacity: Int = 0) {
        level = indent
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes written, with a final newline; the writer is done.
    public mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    private mutating func newline() {
        bytes.append(0x0A)
        let width = 2 * level
        if width <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[..<width])
        } else {
            bytes.append(contentsOf: repeatElement(0x20, count: width))
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// Before a value in an array (a key in an object writes its own separator).
    private mutating func separate() {
        guard let last = open.last, !isKeyed else { return }
        if last.inline {
            if !last.empty { bytes.append(0x2C); bytes.append(0x20) }
        } else {
            if !last.empty { bytes.append(0x2C) }
            newline()
        }
        open[open.count - 1].empty = false
    }

    /// Whether the innermost container is an object whose key was just written.
    private var isKeyed = false

    private mutating func scalar() {
        if isKeyed { isKeyed = false } else { separate() }
    }

    public mutating func beginObject() {
        scalar()
        bytes.append(0x7B)
        open.append((true, false))
        level += 1
    }

    public mutating func key(_ name: String) {
        if let last = open.last, !last.empty { bytes.append(0x2C) }
        newline()
        open[open.count - 1].empty = false
        quoted(name)
        bytes.append(0x3A)
        bytes.append(0x20)
        isKeyed = true
    }

    public mutating func endObject() {
        level -= 1
        if open.removeLast().empty { bytes.append(0x7D); return }
        newline()
        bytes.append(0x7D)
    }

    /// Opens an array; `inline` when it holds only scalars (then it stays on one line).
    public mutating func beginArray(inline: Bool) {
        scalar()
        bytes.append(0x5B)
        open.append((true, inline))
        level += 1
    }

    public mutating func endArray() {
        level -= 1
        let closed = open.removeLast()
        if closed.empty || closed.inline { bytes.append(0x5D); return }
        newline()
        bytes.append(0x5D)
    }

    public mutating func null() {
        scalar()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func bool(_ b: Bool) {
        scalar()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    public mutating func int(_ i: Int) {
        scalar()
        appendDigits(i)
    }

    /// A number as ``JSONValue/number(_:)-swift.enum.case`` writes it (a non-finite one as Swift prints it).
    public mutating func number(_ d: Double) {
        scalar()
        if d == d.rounded() && abs(d) < 1e15 {
            appendDigits(Int(d))
        } else {
            bytes.append(contentsOf: d.description.utf8)
        }
    }

    /// A number, or `null` where it is missing or not finite.
    public mutating func number(_ d: Double?) {
        guard let d, d.isFinite else { return null() }
        number(d)
    }

    public mutating func string(_ s: String) {
        scalar()
        quoted(s)
    }

    private mutating func appendDigits(_ i: Int) {
        guard i != 0 else { bytes.append(0x30); return }
        if i < 0 { bytes.append(0x2D) }
        var magnitude = i.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[k]) }
        }
    }

    /// A JSON string literal: quotes, backslashes, control characters and U+2028/U+2029 escaped.
    private mutating func quoted(_ s: String) {
        bytes.append(0x22)
        // Most strings (every key, most names) need no escape: copied in one go.
        let copied = s.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            for byte in utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(0x22)
            return
        }
        var utf8 = s.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = pending.isEmpty ? utf8.next() : pending.removeFirst() {
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript: escaped.
                guard let second = utf8.next() else { bytes.append(byte); continue }
                guard second == 0x80, let third = utf8.next() else {
                    bytes.append(byte)
                    pending.append(second)
                    continue
                }
                if third == 0xA8 || third == 0xA9 {
                    bytes.append(contentsOf: (third == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                } else {
                    bytes.append(byte)
                    bytes.append(second)
                    pending.append(third)
                }
            default:
                if byte < 0x20 {
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 15)])
                } else {
                    bytes.append(byte)
                }
            }
        }
        bytes.append(0x22)
    }
}
