import Foundation

/// A calendar date without time or time zone, as written in `since`/`until` columns and `network.yaml`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date; `nil` when the day does not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `2024-03-01`, `2024-03`, `2024` (start of the period), `01.03.2024` and `1.3.2024` (German).
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        func ints(_ parts: [Substring]) -> [Int]? {
            let values = parts.map { Int($0) }
            guard values.allSatisfy({ $0 != nil }) else { return nil }
            return values.compactMap { $0 }
        }
        if t.contains("-") {
            let parts = t.split(separator: "-", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), parts[0].count == 4, let v = ints(parts) else { return nil }
            self.init(year: v[0], month: v[1], day: v.count == 3 ? v[2] : 1)
        } else if t.contains(".") {
            let parts = t.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4 || parts[2].count == 2, let v = ints(parts) else { return nil }
            let year = parts[2].count == 2 ? 2000 + v[2] : v[2]
            self.init(year: year, month: v[1], day: v[0])
        } else if t.count == 4, let y = Int(t) {
            self.init(year: y, month: 1, day: 1)
        } else {
            return nil
        }
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO 8601: `2024-03-01`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
