import VerbatimModel

/// Reads one date form from tokens, front to back. Each `read…` method either
/// consumes what it recognises and returns it, or leaves the cursor where it was.
struct DateCursor {
    let tokens: [DateToken]
    var i = 0

    init(_ tokens: [DateToken]) { self.tokens = tokens }

    var atEnd: Bool { i >= tokens.count }
    var peek: DateToken? { i < tokens.count ? tokens[i] : nil }
    func peek(_ k: Int) -> DateToken? { i + k < tokens.count ? tokens[i + k] : nil }

    mutating func number(digits allowed: ClosedRange<Int>) -> Int? {
        guard case .number(let v, let d)? = peek, allowed.contains(d) else { return nil }
        i += 1
        return v
    }

    mutating func symbol(_ c: Character) -> Bool {
        guard case .symbol(let s)? = peek, s == c.asciiValue! else { return false }
        i += 1
        return true
    }

    mutating func symbol(in set: String) -> UInt8? {
        guard case .symbol(let s)? = peek, set.utf8.contains(s) else { return nil }
        i += 1
        return s
    }

    mutating func mark(_ m: DateMark) -> Bool {
        guard case .mark(let x)? = peek, x == m else { return false }
        i += 1
        return true
    }

    mutating func month() -> Int? {
        guard case .month(let m)? = peek else { return nil }
        i += 1
        return m
    }

    mutating func skipWeekday() {
        if case .weekday? = peek {
            i += 1
            _ = symbol(",")
        }
    }

    mutating func skipFiller() { while case .filler? = peek { i += 1 } }

    /// A year of two or four digits; two-digit years follow POSIX `%y` (69–99 → 19xx, 00–68 → 20xx).
    mutating func year() -> Int? {
        guard case .number(let v, let d)? = peek, d == 2 || d == 4 else { return nil }
        i += 1
        if d == 2 { return v >= 69 ? 1900 + v : 2000 + v }
        return v
    }
}

/// A time of day with an optional offset, as read after a date.
struct TimeOfDay {
    var secondOfDay: Int
    var utcOffsetMinutes: Int?
}

extension DateCursor {
    /// An optional time after a date: `T10:00`, ` 10:00:00.123Z`, `10:00 PM`, `+08:00`,
    /// `下午3点`, `10时5分`. Returns `.some(nil)` when no time follows, nil when a
    /// time starts but is not valid (the whole value is then rejected).
    mutating func optionalTime() -> TimeOfDay?? {
        _ = symbol(",")
        if case .timeDesignator? = peek { i += 1 }
        skipFiller()
        if atEnd { return .some(nil) }
        guard let t = time() else { return nil }
        return .some(t)
    }

    /// A time, then an optional zone.
    mutating func time() -> TimeOfDay? {
        var meridiem: Bool?
        if case .meridiem(let pm)? = peek {
            meridiem = pm
            i += 1
        }
        guard var hour = number(digits: 1...2) else { return nil }
        var minute = 0
        var second = 0
        if symbol(":") {
            guard let m = number(digits: 2...2) else { return nil }
            minute = m
            if symbol(":") {
                guard let s = number(digits: 2...2) else { return nil }
                second = s
                if symbol(in: ".,") != nil {
                    guard number(digits: 1...12) != nil else { return nil }  // fractions of a second are dropped
                }
            }
        } else if mark(.hour) {
            if mark(.half) {
                minute = 30
            } else if let m = number(digits: 1...2) {
                minute = m
                guard mark(.minute) || atEnd else { return nil }
                if let s = number(digits: 1...2) {
                    second = s
                    _ = mark(.second)
                }
            }
        } else if case .meridiem? = peek, meridiem == nil {
            // `10 AM`: the hour alone, told by its meridiem.
        } else {
            return nil
        }
        if case .meridiem(let pm)? = peek, meridiem == nil {
            meridiem = pm
            i += 1
        }
        if let pm = meridiem {
            guard (0...12).contains(hour) || (pm && (12...23).contains(hour)) else { return nil }
            if pm && hour < 12 { hour += 12 } else if !pm && hour == 12 { hour = 0 }
        }
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        var result = TimeOfDay(secondOfDay: hour * 3600 + minute * 60 + min(second, 59))
        guard let zone = optionalZone() else { return nil }
        result.utcOffsetMinutes = zone
        return result
    }

    /// `Z`, `+08:00`, `+0800`, `+08`, `-05:00`, `GMT`, `UTC+8`, `GMT+08:00`, `EST`.
    /// `.some(nil)` when there is none; nil when it is malformed.
    mutating func optionalZone() -> Int?? {
        switch peek {
        case .utc?:
            i += 1
            if case .symbol(let s)? = peek, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
                return signedOffset().map { .some($0) } ?? nil
            }
            return .some(0)
        case .namedZone(let minutes)?:
            i += 1
            return .some(minutes)
        case .symbol(let s)? where s == UInt8(ascii: "+") || s == UInt8(ascii: "-"):
            // `-` only starts a zone when digits follow; Twitter's `+0000 2026` keeps the year after it.
            return signedOffset().map { .some($0) } ?? nil
        default:
            return .some(nil)
        }
    }

    /// `+hh:mm`, `+hhmm`, `+hh`, `+h` → minutes east of UTC.
    private mutating func signedOffset() -> Int? {
        guard let sign = symbol(in: "+-") else { return nil }
        guard case .number(let v, let digits)? = peek else { return nil }
        i += 1
        var hours: Int
        var minutes = 0
        switch digits {
        case 1, 2:
            hours = v
            if symbol(":") {
                guard let m = number(digits: 2...2) else { return nil }
                minutes = m
            }
        case 4:
            hours = v / 100
            minutes = v % 100
        default:
            return nil
        }
        guard hours <= 14, minutes < 60 else { return nil }
        let total = hours * 60 + minutes
        return sign == UInt8(ascii: "-") ? -total : total
    }
}
