import Foundation
import Testing
@testable import NetworkMap

@Suite("CSV reader")
struct CSVReaderTests {
    private func parse(_ text: String) throws -> CSVTable {
        try CSVReader.read(Array(text.utf8))
    }

    @Test("separator detected from the header", arguments: [
        ("name,type\nA,verein\n", ","), ("name;type\nA;verein\n", ";"), ("name\ttype\nA\tverein\n", "\t"),
        // A comma inside a quoted header does not count.
        ("\"name, full\";type\nA;verein\n", ";"),
        ("\n\nname;type\nA,B;verein\n", ";"),
    ] as [(String, String)])
    func separator(text: String, expected: String) throws {
        let table = try parse(text)
        #expect(table.separator == expected.unicodeScalars.first)
        #expect(table.records.first?.fields.count == 2)
    }

    @Test("line ends CRLF, CR and LF give the same records and line numbers", arguments: ["\r\n", "\r", "\n"])
    func lineEnds(newline: String) throws {
        let text = ["name;type", "A;x", "", "B;y"].joined(separator: newline) + newline
        let table = try parse(text)
        #expect(table.header == CSVRecord(line: 1, fields: ["name", "type"]))
        #expect(table.records == [CSVRecord(line: 2, fields: ["A", "x"]), CSVRecord(line: 4, fields: ["B", "y"])])
    }

    @Test func quotedFields() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,\"\",z\r\n"
        let table = try parse(text)
        #expect(table.records.count == 2)
        #expect(table.records[0] == CSVRecord(line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"]))
        // The record after a two-line field starts on line 4.
        #expect(table.records[1] == CSVRecord(line: 4, fields: ["next", "", "z"]))
    }

    @Test func blankLinesAndEmptyRowsAreSkipped() throws {
        let table = try parse("name;type;;\n\n   \n;;;\nA;x;;\n\n")
        #expect(table.header?.fields == ["name", "type"])
        #expect(table.records == [CSVRecord(line: 5, fields: ["A", "x", "", ""])])
    }

    @Test func unterminatedQuoteNamesItsLine() {
        #expect(throws: CSVError(line: 3)) { try parse("a;b\nx;y\n\"open;z\nmore\n") }
    }

    @Test func emptyInput() throws {
        #expect(try parse("").header == nil)
        #expect(try parse("\n\r\n").header == nil)
        #expect(try parse("name;type\n").records.isEmpty)
    }

    @Test func quoteInsideUnquotedFieldIsKept() throws {
        #expect(try parse("a;b\n5\" pipe;x\n").records[0].fields == ["5\" pipe", "x"])
    }

    // MARK: Encodings

    @Test func utf8WithAndWithoutBOM() {
        let text = "Name;Typ\nBäckerei Öztürk 🥐;Unternehmen\n"
        let plain = TextDecoding.decode(Array(text.utf8))
        #expect(plain.text == text && plain.encoding == .utf8)
        let bom = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(bom.text == text && bom.encoding == .utf8WithBOM)
    }

    @Test func utf16WithBOM() {
        let text = "Name;Typ\nİstanbul Kültür ş ğ ı;Verein\n"
        var le: [UInt8] = [0xFF, 0xFE], be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(TextDecoding.decode(le) == (text, .utf16LittleEndian))
        #expect(TextDecoding.decode(be) == (text, .utf16BigEndian))
    }

    @Test func windows1252GermanLetters() {
        // "Müller-Straße 5 €" as Windows-1252 bytes.
        let bytes: [UInt8] = [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x2D, 0x53, 0x74, 0x72, 0x61, 0xDF, 0x65, 0x20,
                              0x35, 0x20, 0x80, 0x20, 0xE4, 0xF6, 0xC4, 0xD6, 0xDC]
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Müller-Straße 5 € äöÄÖÜ")
    }

    /// Every defined byte 0x80-0xFF against Python's cp1252 codec (fixture with provenance in its README).
    @Test func windows1252TableMatchesPython() throws {
        let url = try LoadingFixture.fixture("cp1252-python.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 123)
        for line in lines {
            let parts = line.split(separator: " ")
            let byte = try #require(UInt8(parts[0], radix: 16))
            let scalar = try #require(UInt32(parts[1], radix: 16))
            // A leading invalid-UTF-8 byte forces the Windows-1252 path.
            let decoded = TextDecoding.decode([0x41, 0xFF, byte]).text.unicodeScalars.map(\.value)
            #expect(decoded == [0x41, 0xFF, scalar], "byte \(parts[0])")
        }
    }
}
