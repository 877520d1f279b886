import VerbatimModel

/// Parses the dates feedback exports hold, without `DateFormatter` (slow and
/// locale-dependent): one scan into tokens, then a few fixed forms.
///
/// | Form | Examples |
/// |---|---|
/// | ISO 8601 and year-first | `2026-03-02`, `2026-03-02T10:00:00.5+08:00`, `2026-03-02 10:00`, `2026/3/2 10:00`, `2026.3.2` |
/// | Chinese | `2026年3月2日`, `2026年3月2日 10:00`, `2026年3月2日10时5分`, `2026年3月2日 下午3点` |
/// | Numeric, day order per column | `3/2/2026`, `3/2/26`, `2/24/2015 11:15`, `02.03.2026`, `09 18, 2009` |
/// | English month names | `31-Jul-18`, `02 Mar 2026`, `Mar 2, 2026`, `March 2nd, 2026 at 10:00 PM` |
/// | RFC 2822 and Twitter | `Mon, 02 Mar 2026 10:00:00 +0000`, `… GMT`, `… EST`, `Mon Mar 02 10:00:00 +0000 2026` |
/// | Excel serial (opt-in) | `46083`, `46083.5` |
///
/// Time zones are kept in `utcOffsetMinutes` (never converted); fractions of
/// a second are dropped. Impossible dates (Feb 30, month 13), unknown words
/// and ambiguous zone names (`CST`, `IST`) give nil: a date is never guessed.
///
/// ```swift
/// DateParser.parse("2026年3月2日 下午3点")?.description      // "2026-03-02T15:00:00"
/// DateParser.parse("02/03/2026", order: .dayFirst)?.description  // "2026-03-02"
/// DateParser.parse("46083", allowExcelSerial: true)?.description // "2026-03-02"
/// ```
public enum DateParser {
    /// How to read an ambiguous `a/b/yyyy` date.
    public enum DayOrder: String, Sendable, Hashable, Codable {
        case monthFirst = "month/day"
        case dayFirst = "day/month"
    }

    /// Parses one value; nil when it is not a date Verbatim can read.
    ///
    /// - Parameters:
    ///   - order: how to read `a/b/y` dates. When nil, a value that proves its
    ///     order (a part above 12) is read that way; otherwise `a/b/y` and `a-b-y`
    ///     are month first and `a.b.y` (a European form) day first.
    ///   - allowExcelSerial: also read a bare number in 20000…80000 as an Excel
    ///     serial day (1954…2119). Off by default: a bare `2026` or `5` is not a date.
    public static func parse(_ value: String, order: DayOrder? = nil, allowExcelSerial: Bool = false) -> RecordDate? {
        if allowExcelSerial, let serial = excelSerialNumber(value) { return fromExcelSerial(serial) }
        if let day = plainISODay(value) { return day }
        return parseTokens(value, order: order)
    }

    /// `yyyy-mm-dd` exactly, the usual export form, read without tokenizing (a date is in
    /// nearly every row): `.some(date or nil)` with the answer ``parseTokens(_:order:)`` gives,
    /// nil when the value has another form.
    static func plainISODay(_ value: String) -> RecordDate?? {
        guard value.utf8.count == 10 else { return nil }
        // From the bytes in place (a generic walk of a small string's UTF-8 view cost ≈ 40
        // instructions a byte; callgrind).
        var copy = value
        let fields: (Int, Int, Int)? = copy.withUTF8 { b in
            var fields = (0, 0, 0)
            for k in 0..<10 {
                let c = b[k]
                switch k {
                case 4, 7:
                    guard c == 0x2D else { return nil }
                default:
                    guard c >= 0x30 && c <= 0x39 else { return nil }
                    let v = Int(c - 0x30)
                    if k < 4 { fields.0 = fields.0 * 10 + v } else if k < 7 { fields.1 = fields.1 * 10 + v } else { fields.2 = fields.2 * 10 + v }
                }
            }
            return fields
        }
        guard let fields else { return nil }
        return .some(make(fields.0, fields.1, fields.2, nil))
    }

    /// ``parse(_:order:allowExcelSerial:)`` by tokens, without the Excel and `yyyy-mm-dd` shortcuts.
    static func parseTokens(_ value: String, order: DayOrder?) -> RecordDate? {
        guard let tokens = DateTokenizer.tokens(value), !tokens.isEmpty else { return nil }
        var cursor = DateCursor(tokens)
        cursor.skipWeekday()
        let forms: [(inout DateCursor, DayOrder?) -> RecordDate?] = [yearFirst, numericDayMonth, dayMonthName, monthNameFirst]
        for form in forms {
            var attempt = cursor
            if let date = form(&attempt, order), attempt.atEnd { return date }
        }
        return nil
    }

    /// The date an Excel serial number stands for (1900 date system; the
    /// fraction is the time of day). Nil outside 20000…80000 (1954-10-03…2119-01-10),
    /// where a number is far likelier a count, a year or an id than a date.
    ///
    /// ```swift
    /// DateParser.fromExcelSerial(46083.5)?.description  // "2026-03-02T12:00:00"
    /// ```
    public static func fromExcelSerial(_ serial: Double) -> RecordDate? {
        guard serial.isFinite, (20000...80000).contains(serial) else { return nil }
        return ExcelSerialDate.date(serial, date1904: false)
    }

    /// A plain decimal number (`46083`, `46083.5`), nil for anything else.
    static func excelSerialNumber(_ value: String) -> Double? {
        var sawDigit = false
        var sawDot = false
        var length = 0
        for b in value.utf8 {
            length += 1
            if length > 24 { return nil }
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: ".") where !sawDot: sawDot = true
            case 0x20, 0x09: continue
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(value.trimmingASCIISpaces())
    }

    /// Makes the date (and time) when they are a real calendar day.
    static func make(_ y: Int, _ m: Int, _ d: Int, _ time: TimeOfDay?) -> RecordDate? {
        guard CivilCalendar.isValid(year: y, month: m, day: d) else { return nil }
        return RecordDate(year: y, month: m, day: d, secondOfDay: time?.secondOfDay, utcOffsetMinutes: time?.utcOffsetMinutes)
    }

    /// `2026-03-02…`, `2026/3/2…`, `2026.3.2…`, `2026年3月2日…`.
    static func yearFirst(_ c: inout DateCursor, _: DayOrder?) -> RecordDate? {
        guard let y = c.number(digits: 4...4) else { return nil }
        let m: Int
        let d: Int
        if c.mark(.year) {
            guard let mm = c.number(digits: 1...2), c.mark(.month), let dd = c.number(digits: 1...2) else { return nil }
            _ = c.mark(.day)
            m = mm
            d = dd
            c.skipWeekday()
        } else {
            guard let sep = c.symbol(in: "-/."), let mm = c.number(digits: 1...2), c.symbol(Character(UnicodeScalar(sep))),
                  let dd = c.number(digits: 1...2) else { return nil }
            m = mm
            d = dd
        }
        guard let time = c.optionalTime() else { return nil }
        return make(y, m, d, time)
    }

    /// `3/2/2026`, `3/2/26`, `02-03-2026`, `2.3.2026`, Amazon's `09 18, 2009`, each with an optional time.
    static func numericDayMonth(_ c: inout DateCursor, _ order: DayOrder?) -> RecordDate? {
        guard let a = c.number(digits: 1...2), let (sep, b, y) = numericRest(&c) else { return nil }
        guard let time = c.optionalTime() else { return nil }
        let resolved: DayOrder
        if let order {
            resolved = order
        } else if a > 12 && b <= 12 {
            resolved = .dayFirst
        } else if b > 12 && a <= 12 {
            resolved = .monthFirst
        } else {
            resolved = sep == UInt8(ascii: ".") ? .dayFirst : .monthFirst
        }
        return resolved == .monthFirst ? make(y, a, b, time) : make(y, b, a, time)
    }

    /// After the first part of a numeric date: the separator, second part and year.
    static func numericRest(_ c: inout DateCursor) -> (UInt8, Int, Int)? {
        var attempt = c
        if let sep = attempt.symbol(in: "/-."), let b = attempt.number(digits: 1...2),
           attempt.symbol(Character(UnicodeScalar(sep))), let y = attempt.year() {
            c = attempt
            return (sep, b, y)
        }
        // `MM DD, YYYY`, in the order of `Mar 02, 2026`.
        attempt = c
        if let b = attempt.number(digits: 1...2), attempt.symbol(","), let y = attempt.number(digits: 4...4) {
            c = attempt
            return (UInt8(ascii: " "), b, y)
        }
        return nil
    }

    /// `31-Jul-18`, `02 Mar 2026`, `2 March, 2026 10:00`, `Mon, 02 Mar 2026 10:00:00 +0000`.
    static func dayMonthName(_ c: inout DateCursor, _: DayOrder?) -> RecordDate? {
        guard let d = c.number(digits: 1...2) else { return nil }
        c.skipFiller()
        _ = c.symbol(in: "-/.")
        guard let m = c.month() else { return nil }
        _ = c.symbol(in: "-/.,")
        guard let y = c.year() else { return nil }
        guard let time = c.optionalTime() else { return nil }
        return make(y, m, d, time)
    }

    /// `Mar 2, 2026`, `March 2nd 2026 at 10:00 PM`, Twitter's `Mar 02 10:00:00 +0000 2026`
    /// and asctime's `Mar  2 10:00:00 2026`.
    static func monthNameFirst(_ c: inout DateCursor, _: DayOrder?) -> RecordDate? {
        guard let m = c.month() else { return nil }
        _ = c.symbol(in: "-.")
        guard let d = c.number(digits: 1...2) else { return nil }
        c.skipFiller()
        _ = c.symbol(in: ",-")
        if case .symbol(let s)? = c.peek(1), s == UInt8(ascii: ":") {
            // The time comes before the year (Twitter, asctime, JavaScript's Date.toString order differs).
            guard let time = c.time(), let y = c.number(digits: 4...4) else { return nil }
            return make(y, m, d, time)
        }
        guard let y = c.number(digits: 4...4) else { return nil }
        guard let time = c.optionalTime() else { return nil }
        return make(y, m, d, time)
    }
}

extension String {
    func trimmingASCIISpaces() -> Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
