import Foundation
import Testing

@testable import NetworkMap

/// The workbook fixtures (`Fixtures/workbooks`, made by `make_workbooks.py`) and what each one holds.
enum WorkbookFixtures {
    /// `Fixtures/workbooks/NAME`.
    static func url(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return base.appendingPathComponent("workbooks").appendingPathComponent(name)
    }

    /// One sheet as `expected.json` describes it.
    struct ExpectedSheet: Decodable {
        var name: String
        var visibility: String
        var cells: [String: [JSONValue]]
        var merged: [String]
        var uncachedFormulas: [String]
    }

    struct ExpectedWorkbook: Decodable {
        var madeBy: String
        var sheets: [ExpectedSheet]
    }

    private struct File: Decodable {
        var versions: [String: String]
        var fixtures: [String: ExpectedWorkbook]
    }

    /// The fixtures `expected.json` describes, by file name.
    static func expected() throws -> [String: ExpectedWorkbook] {
        let data = try Data(contentsOf: url("expected.json"))
        return try JSONDecoder().decode(File.self, from: data).fixtures
    }

    /// A value of `expected.json`: a string, a number or a boolean.
    enum JSONValue: Decodable, Equatable {
        case string(String)
        case number(Double)
        case boolean(Bool)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) {
                self = .boolean(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }

    /// The cell value `[type, value]` of `expected.json` stands for.
    static func value(_ pair: [JSONValue]) throws -> CellValue {
        guard pair.count == 2, case .string(let type) = pair[0] else { throw Failure("bad expected cell \(pair)") }
        switch (type, pair[1]) {
        case ("text", .string(let text)): return .text(text)
        case ("number", .number(let number)): return .number(number)
        case ("boolean", .boolean(let value)): return .boolean(value)
        case ("error", .string(let text)): return .error(text)
        case ("time", .number(let seconds)): return .time(secondOfDay: Int(seconds))
        case ("date", .string(let text)):
            guard case .date(let day)? = XLSXNumberFormat.isoValue(text) else { throw Failure("bad date \(text)") }
            return .date(day)
        case ("dateTime", .string(let text)):
            guard let value = XLSXNumberFormat.isoValue(text) else { throw Failure("bad date-time \(text)") }
            return value
        default:
            throw Failure("bad expected cell \(pair)")
        }
    }

    /// Every non-empty cell of a sheet by its A1 reference.
    static func cells(of sheet: Sheet) -> [String: CellValue] {
        var result: [String: CellValue] = [:]
        for row in sheet.rows {
            for cell in row.cells { result[CellReference(row: row.number, column: cell.column).description] = cell.value }
        }
        return result
    }

    /// Reads a fixture, recording the error if it does not read.
    static func read(_ name: String) throws -> Workbook {
        try Workbook.read(from: url(name))
    }

    /// The error reading `name` gives, or `nil` if it reads.
    static func error(reading name: String, limits: WorkbookLimits = .standard) throws -> WorkbookError? {
        let file = try url(name)
        do {
            _ = try Workbook.read(from: file, limits: limits)
            return nil
        } catch {
            return error
        }
    }
}

/// A failure of the test's own setup.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
