import NetworkMap

extension SplitMix64 {
    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + next(below: range.count) }
    /// One of `items`.
    mutating func pick<T>(_ items: [T]) -> T { items[next(below: items.count)] }
    /// `true` with probability 1 / `n`.
    mutating func oneIn(_ n: Int) -> Bool { next(below: n) == 0 }
}

/// Names and cells that have broken parsers and outputs elsewhere: markup, control characters, formulas, paths.
enum HostileText {
    static let strings: [String] = [
        "![x](http://evil.invalid/x.png) [click](javascript:alert(1))", "**fett** `code` _x_ ~~y~~", "# Titel", "- Punkt",
        "1. Eins", "> Zitat", "| a | b |", "<img src=x onerror=alert(1)>", "</script><!--", "&amp; &#0; &#x1F; &bogus;",
        "]]>", "\u{0B}", "\u{0}", "\u{1B}[31mrot\u{1B}[0m", "\u{202E}gnp.exe", "\u{200B}", "\u{FEFF}", "\u{85}",
        "=HYPERLINK(\"http://evil.invalid\")", "+cmd|' /C calc'!A0", "@SUM(1)", "../../etc/passwd", "%s%n%x", "\\N\\G\\E",
        "NaN", "1e999", "-0", "9223372036854775808", "2024-02-30", "0000-00-00", "99999-01-01", "ja;nein", "x|y||z",
        "\"", "\"\"", "'", "İIıi", "ß", "e\u{301}", "👩‍👩‍👧", "Ω≈ç√∫", "\r", "\n\n", "\t", " ", "",
    ]
}

/// Mutations of raw bytes that fit every text format.
enum ByteMutator {
    /// One step on `bytes`; returns its description.
    static func step(_ bytes: inout [UInt8], _ random: inout SplitMix64, limits: FuzzLimits, donors: [[UInt8]]) -> String {
        let at = bytes.isEmpty ? 0 : random.next(below: bytes.count + 1)
        switch random.next(below: 16) {
        case 0:
            guard at < bytes.count else { return "nothing" }
            let bit = random.next(below: 8)
            bytes[at] ^= UInt8(1 << bit)
            return "flip bit \(bit) at \(at)"
        case 1:
            guard at < bytes.count else { return "nothing" }
            bytes[at] = UInt8(random.next(below: 256))
            return "random byte at \(at)"
        case 2:
            bytes.insert(0, at: at)
            return "NUL at \(at)"
        case 3:
            bytes.removeSubrange(at...)
            return "truncate at \(at)"
        case 4:
            let end = min(bytes.count, at + random.int(1...200))
            bytes.removeSubrange(at..<end)
            return "delete \(at)..<\(end)"
        case 5:
            // A line copied many times: a long file.
            let (start, end) = line(around: at, in: bytes)
            let lineBytes = Array(bytes[start..<end]) + [10]
            // Within the file size before allocating: 20,000 copies of a megabyte line would be 20 GB.
            let room = max(1, (limits.fileSize - bytes.count) / lineBytes.count)
            let copies = min(random.int(2...max(2, limits.manyRows)), room)
            bytes.insert(contentsOf: Array(repeating: lineBytes, count: copies).joined(), at: end < bytes.count ? end + 1 : end)
            return "line at \(start) repeated \(copies) times"
        case 6:
            let count = random.int(1...max(1, limits.hugeCell))
            let filler = random.pick(["x", "ä", " ", ";", "\"", "a b "])
            bytes.insert(contentsOf: Array(String(repeating: filler, count: count).utf8), at: at)
            return "\(count) × \(filler.debugDescription) at \(at)"
        case 7:
            let invalid: [[UInt8]] = [[0xC3], [0xFF], [0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                      [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]
            let piece = random.pick(invalid)
            bytes.insert(contentsOf: piece, at: at)
            return "invalid UTF-8 \(piece) at \(at)"
        case 8:
            let text = String(decoding: bytes, as: UTF8.self)
            let bigEndian = random.oneIn(2)
            var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            for unit in text.utf16 {
                let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
                out += bigEndian ? pair : pair.reversed()
            }
            // An unpaired surrogate or an odd last byte now and then.
            if random.oneIn(3) { out += bigEndian ? [0xD8, 0x00] : [0x00, 0xD8] }
            if random.oneIn(3) { out.append(0x41) }
            bytes = out
            return "as UTF-16 \(bigEndian ? "BE" : "LE")"
        case 9:
            let text = random.pick(HostileText.strings)
            bytes.insert(contentsOf: Array(text.utf8), at: at)
            return "insert \(text.debugDescription) at \(at)"
        case 10:
            let piece: [UInt8] = random.pick([[34], [34, 34], [44], [59], [9], [13], [10], [13, 10], [92], [124]])
            bytes.insert(contentsOf: piece, at: at)
            return "insert \(piece) at \(at)"
        case 11:
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: at)
            return "BOM at \(at)"
        case 12:
            guard let donor = donors.isEmpty ? nil : random.pick(donors), !donor.isEmpty else { return "nothing" }
            let start = random.next(below: donor.count)
            let end = min(donor.count, start + random.int(1...2_000))
            bytes.insert(contentsOf: donor[start..<end], at: at)
            return "splice \(end - start) bytes of another file at \(at)"
        case 13:
            // Separators swapped throughout: a file saved with another delimiter than its header suggests.
            let (a, b) = random.pick([(UInt8(44), UInt8(59)), (59, 44), (44, 9), (59, 9), (44, 124)])
            bytes = bytes.map { $0 == a ? b : $0 }
            return "every \(a) as \(b)"
        case 14:
            let (start, end) = line(around: at, in: bytes)
            bytes.removeSubrange(start..<end)
            return "empty line at \(start)"
        default:
            let control = UInt8(random.pick([1, 7, 8, 11, 12, 27, 31, 127]))
            bytes.insert(control, at: at)
            return "control \(control) at \(at)"
        }
    }

    /// The line holding `index`: from after the previous line feed to before the next.
    static func line(around index: Int, in bytes: [UInt8]) -> (Int, Int) {
        var start = min(index, bytes.count)
        while start > 0 && bytes[start - 1] != 10 { start -= 1 }
        var end = min(index, bytes.count)
        while end < bytes.count && bytes[end] != 10 { end += 1 }
        return (start, end)
    }
}

/// Mutations of CSV as spreadsheets get it wrong: rows with thousands of cells, stray quotes, repeated headers.
enum CSVMutator {
    static func step(_ bytes: inout [UInt8], _ random: inout SplitMix64, limits: FuzzLimits) -> String {
        let at = bytes.isEmpty ? 0 : random.next(below: bytes.count + 1)
        switch random.next(below: 7) {
        case 5, 6:
            return hostileName(&bytes, &random, limits: limits)
        case 0:
            let count = random.int(1...max(1, limits.manyRows * 10))
            bytes.insert(contentsOf: Array(repeating: UInt8(ascii: ","), count: count), at: at)
            return "\(count) commas at \(at): a row of many cells"
        case 1:
            // A quote opened at the start of a cell and never closed.
            let (start, _) = ByteMutator.line(around: at, in: bytes)
            bytes.insert(UInt8(ascii: "\""), at: start)
            return "unbalanced quote at \(start)"
        case 2:
            let (_, end) = ByteMutator.line(around: 0, in: bytes)
            bytes.insert(contentsOf: Array(bytes[0..<end]) + [10], at: min(bytes.count, end + 1))
            return "header repeated"
        case 3:
            let (start, end) = ByteMutator.line(around: at, in: bytes)
            let row = Array(bytes[start..<end])
            bytes.insert(contentsOf: row + [10], at: start)
            return "row at \(start) doubled (duplicate id or tie)"
        default:
            let cell = "\"" + String(repeating: "\n", count: random.int(1...50)) + "\""
            bytes.insert(contentsOf: Array(cell.utf8), at: at)
            return "quoted line breaks at \(at)"
        }
    }
}

extension CSVMutator {
    /// A name cell replaced by hostile text (quoted as CSV wants): ties name actors by id, so the network still
    /// loads and the text reaches every output.
    static func hostileName(_ bytes: inout [UInt8], _ random: inout SplitMix64, limits: FuzzLimits) -> String {
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        guard lines.count > 2, let header = lines.first else { return "nothing" }
        let separator: Character = header.contains(";") ? ";" : ","
        let columns = header.split(separator: separator, omittingEmptySubsequences: false).map { $0.lowercased() }
        guard let column = columns.firstIndex(where: { $0.contains("name") }) else { return "nothing" }
        let row = random.int(1...(lines.count - 2))
        guard !lines[row].contains("\"") else { return "nothing" }
        var cells = lines[row].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard column < cells.count else { return "nothing" }
        var text = (0..<random.int(1...3)).map { _ in random.pick(HostileText.strings) }.joined(separator: " ")
        if random.oneIn(8) { text += String(repeating: "ä", count: random.int(1...max(1, limits.hugeCell))) }
        cells[column] = "\"" + cells[column] + " " + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        lines[row] = cells.joined(separator: String(separator))
        bytes = Array(lines.joined(separator: "\n").utf8)
        return "name in line \(row + 1) with \(text.prefix(80).debugDescription)"
    }
}

/// Mutations of YAML: alias bombs ("billion laughs"), deep nesting, tags, anchors in odd places, tabs.
enum YAMLMutator {
    static func step(_ bytes: inout [UInt8], _ random: inout SplitMix64, limits: FuzzLimits) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        let description: String
        switch random.next(below: 6) {
        case 0:
            var bomb = "lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
            for i in 1...9 { bomb += "lol\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
            let key = random.pick(["themes", "name", "home", "actors", "ties", "actor_types", "source", "date"])
            bomb += "\(key): *a9\n"
            text += "\n" + bomb
            description = "alias bomb under \(key)"
        case 1:
            let depth = random.int(10...max(10, limits.deepNesting))
            let key = random.pick(["themes", "actors", "x", "tie_kinds"])
            text += "\n\(key): " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
            description = "\(key) nested \(depth) deep"
        case 2:
            let tag = random.pick(["!!binary AAAA", "!!python/object:os.system ls", "!!timestamp 2001-13-45", "!!float .nan",
                                   "!!int 0x7fffffffffffffffff", "!<tag:evil> x", "!!set {a, b}", "!!omap [a: 1]"])
            text += "\n" + random.pick(["name", "date", "home", "language"]) + ": " + tag + "\n"
            description = "tag \(tag)"
        case 3:
            text += "\nname: &n Zwei\nname: *n\n<<: {language: xx}\n"
            description = "duplicate keys and a merge key"
        case 4:
            text = text.replacingOccurrences(of: "  ", with: "\t")
            description = "tabs for indentation"
        default:
            text += "\n--- \nname: zweites Dokument\n...\n%YAML 9.9\n"
            description = "a second document"
        }
        bytes = Array(text.utf8)
        return description
    }
}

/// Mutations of XML: deep nesting, entity tricks (internal expansion, external and parameter entities), CDATA.
enum XMLMutator {
    static func step(_ bytes: inout [UInt8], _ random: inout SplitMix64, limits: FuzzLimits) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        let bodyStart = text.range(of: "?>").map(\.upperBound) ?? text.startIndex
        switch random.next(below: 7) {
        case 0:
            let depth = random.int(10...max(10, limits.deepNesting))
            guard let close = text.range(of: "</graph>") else { return "nothing" }
            text.insert(contentsOf: String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth), at: close.lowerBound)
            bytes = Array(text.utf8)
            return "\(depth) nested elements"
        case 1:
            var doctype = "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
            for i in 1...9 { doctype += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1 == 0 ? "" : String(i - 1));", count: 10) + "\">\n" }
            doctype += "]>\n"
            text.insert(contentsOf: doctype, at: bodyStart)
            text = text.replacingOccurrences(of: "<node id=\"", with: "<node label=\"&lol9;\" id=\"", options: [], range: nil)
            bytes = Array(text.utf8)
            return "billion laughs"
        case 2:
            let target = random.pick(["file:///etc/passwd", "file:///dev/zero", "http://127.0.0.1:9/x", "/etc/hostname"])
            text.insert(contentsOf: "<!DOCTYPE x [<!ENTITY ext SYSTEM \"\(target)\">]>\n", at: bodyStart)
            text = text.replacingOccurrences(of: "<node id=\"", with: "<node label=\"&ext;\" id=\"")
                .replacingOccurrences(of: "<data key=\"n_label\">", with: "<data key=\"n_label\">&ext;")
            bytes = Array(text.utf8)
            return "external entity \(target)"
        case 3:
            let target = random.pick(["file:///etc/passwd", "http://127.0.0.1:9/evil.dtd"])
            text.insert(contentsOf: "<!DOCTYPE x [<!ENTITY % p SYSTEM \"\(target)\"> %p; <!ENTITY % q \"<!ENTITY r 'x'>\"> %q;]>\n",
                        at: bodyStart)
            bytes = Array(text.utf8)
            return "parameter entities \(target)"
        case 4:
            text = text.replacingOccurrences(of: "label=\"", with: "label=\"]]&gt;&#1;&#xFFFE;")
                .replacingOccurrences(of: "<data key=\"n_label\">", with: "<data key=\"n_label\"><![CDATA[<b>]]]]><![CDATA[>]]>")
            bytes = Array(text.utf8)
            return "CDATA and bad character references"
        case 5:
            let nodes = max(1, text.components(separatedBy: "<node id=\"").count - 1)
            let count = min(random.int(1...max(1, limits.hugeCell)), max(1, limits.fileSize / nodes))
            text = text.replacingOccurrences(of: "<node id=\"", with: "<node x=\"" + String(repeating: "a", count: count) + "\" id=\"")
            bytes = Array(text.utf8)
            return "attributes of \(count) characters"
        default:
            text = text.replacingOccurrences(of: "version=\"1.0\"", with: random.pick(["version=\"1.1\"", "version=\"1.0\" encoding=\"UTF-16\"",
                                                                                  "version=\"1.0\" encoding=\"EBCDIC\""]))
            bytes = Array(text.utf8)
            return "XML declaration changed"
        }
    }
}
