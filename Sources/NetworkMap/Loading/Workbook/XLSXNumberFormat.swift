/// Dates in SpreadsheetML: which number formats make a number a date, and which date a serial number is.
///
/// SpreadsheetML stores a date as a plain number, the days since an epoch, and only the cell's number format says
/// it is a date (ECMA-376 Part 1, 18.8.30 numFmt; 18.17.4 dates). Rules:
/// - Built-in formats 14-17 are dates, 22 a date with time, 18-21 and 45-47 times of day (18.8.30's table).
/// - A custom format code is a date or time if, outside quoted text, `\`-escaped characters, `_`/`*` fillers and
///   `[…]` sections (colours such as `[Red]`, locales such as `[$-407]`), it has one of `y d m h s` or `AM/PM`.
///   `m` is minutes right after an `h` or right before an `s`, otherwise the month. So `0.00`, `[Red]0`,
///   `#,##0 "Tage"` and `General` are numbers; `DD.MM.YYYY`, `yyyy-mm-dd h:mm` and `[$-F800]dddd, mmmm dd, yyyy`
///   are dates. Elapsed-time formats (`[h]:mm`) are durations and read as numbers.
/// - The 1900 date system counts 1 as 1900-01-01 and, as Lotus 1-2-3 did, takes 1900 for a leap year: serial 60 is
///   the day 1900-02-29 that never was, and serials from 61 on are one day ahead of a plain count from 1899-12-31.
///   The 1904 system (`workbookPr date1904`, old Mac Excel) counts 0 as 1904-01-01.
enum XLSXNumberFormat {
    /// What a number with a given format means.
    enum Kind: Hashable, Sendable {
        case number, date, dateTime, time
    }

    /// The kind of a built-in format id.
    static func kind(builtIn id: Int) -> Kind {
        switch id {
        case 14...17: return .date
        case 22: return .dateTime
        case 18...21, 45...47: return .time
        default: return .number
        }
    }

    /// The kind of a custom format code; see ``XLSXNumberFormat`` for the rule.
    static func kind(code: String) -> Kind {
        var hasDate = false
        var hasTime = false
        var elapsed = false
        var letters: [Character] = []  // y d m h s in order, lower-cased, to tell minutes from months
        var chars = Array(code.lowercased())
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\"":
                i += 1
                while i < chars.count && chars[i] != "\"" { i += 1 }
            case "\\", "_", "*":
                i += 1  // the next character is literal (or a filler)
            case "[":
                var inner = ""
                i += 1
                while i < chars.count && chars[i] != "]" { inner.append(chars[i]); i += 1 }
                if !inner.isEmpty, inner.allSatisfy({ "hms".contains($0) }) { elapsed = true }
            case "a":
                if chars[i...].starts(with: "am/pm") {
                    hasTime = true; i += 4
                } else if chars[i...].starts(with: "a/p") {
                    hasTime = true; i += 2
                }
            case "y", "d", "m", "h", "s":
                letters.append(c)
            case "g" where chars[i...].starts(with: "general"):
                i += 6
            default:
                break
            }
            i += 1
        }
        chars.removeAll()
        for (index, letter) in letters.enumerated() {
            switch letter {
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            default:  // "m": minutes next to h or s, else month
                let before = letters[..<index].last { $0 != "m" }
                let after = letters[(index + 1)...].first { $0 != "m" }
                if before == "h" || after == "s" { hasTime = true } else { hasDate = true }
            }
        }
        if elapsed && !hasDate { return .number }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }

    /// The value a serial number of `kind` stands for; a serial outside the calendar stays a number.
    ///
    /// `date1904` selects the 1904 date system. Serial 60 of the 1900 system (the day 1900-02-29 that Excel shows
    /// and that never was) reads as the text `1900-02-29`, so that the loader says it is no date.
    static func value(serial: Double, kind: Kind, date1904: Bool) -> CellValue {
        guard kind != .number, serial.isFinite, serial >= 0, serial < 2_958_466 else { return .number(serial) }
        var whole = serial.rounded(.down)
        var second = Int(((serial - whole) * 86_400).rounded())
        if second >= 86_400 {
            second -= 86_400; whole += 1
        }
        if kind == .time {
            // A time of day is a fraction; with whole days it is a duration or a date, and stays a number.
            return whole == 0 ? .time(secondOfDay: second) : .number(serial)
        }
        let days = Int(whole)
        let day: Day?
        if date1904 {
            day = Day(daysSince1970: days + Day.daysFrom1970To1904)
        } else {
            if days == 60 { return .text("1900-02-29") }
            guard days >= 1 else { return .number(serial) }
            // 1899-12-31 plus the serial before the fictitious leap day, 1899-12-30 plus it after.
            day = Day(daysSince1970: days + (days < 60 ? -25_568 : -25_569))
        }
        guard let day else { return .number(serial) }
        return kind == .date ? .date(day) : .dateTime(day, secondOfDay: second)
    }

    /// A `t="d"` cell or an ods `office:date-value`: `2024-03-01`, `2024-03-01T14:30:00(.5)(Z)`; `nil` if malformed.
    static func isoValue(_ text: String) -> CellValue? {
        let t = text.trimmingWhitespace
        let parts = t.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let dateParts = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard dateParts.count == 3, let y = Int(dateParts[0]), let m = Int(dateParts[1]), let d = Int(dateParts[2]),
              let day = Day(year: y, month: m, day: d) else { return nil }
        guard parts.count == 2 else { return .date(day) }
        guard let second = secondOfDay(String(parts[1])) else { return nil }
        return .dateTime(day, secondOfDay: second)
    }

    /// `14:30:00`, `14:30`, `14:30:00.5Z` or `14:30:00+01:00` as seconds after midnight (the zone is dropped).
    static func secondOfDay(_ text: String) -> Int? {
        var clock = Substring(text)
        if let zone = clock.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { clock = clock[..<zone] }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), let h = Int(fields[0]), let m = Int(fields[1]) else { return nil }
        let s = fields.count == 3 ? Double(fields[2]) : 0
        guard let s, (0..<24).contains(h), (0..<60).contains(m), s >= 0, s < 61 else { return nil }
        return min(86_399, h * 3600 + m * 60 + Int(s.rounded()))
    }

    /// An ods `office:time-value` duration such as `PT14H30M00S` (or `PT14H30M00.123S`) as seconds of a day.
    ///
    /// A duration of a day or more is no time of day and gives `nil`.
    static func durationSeconds(_ text: String) -> Int? {
        var rest = Substring(text.uppercased())
        guard rest.hasPrefix("PT") else { return nil }
        rest = rest.dropFirst(2)
        var total = 0.0
        var number = ""
        for ch in rest {
            switch ch {
            case "0"..."9", ".": number.append(ch)
            case "H", "M", "S":
                guard let value = Double(number) else { return nil }
                total += value * (ch == "H" ? 3600 : ch == "M" ? 60 : 1)
                number = ""
            default: return nil
            }
        }
        guard number.isEmpty, total < 86_400 else { return nil }
        return min(86_399, Int(total.rounded()))
    }
}

extension Day {
    /// Days from 1970-01-01 to 1904-01-01.
    static let daysFrom1970To1904 = -24_107

    /// The day `days` after 1970-01-01 (negative before), or `nil` outside years 1-9999.
    ///
    /// Hinnant's `civil_from_days` (chrono-Compatible Low-Level Date Algorithms, 2013), proleptic Gregorian.
    init?(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// Days from 1970-01-01 to this day (Hinnant's `days_from_civil`).
    var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
