/// Parses the dates feedback exports hold: ISO 8601, `2026/3/2`,
/// `2026年3月2日`, `3/2/2026` (month/day or day/month, decided per column),
/// Excel serial numbers, RFC 2822 and Twitter's `Mon Mar 02 10:00:00 +0000 2026`;
/// time zones are kept.
///
/// TODO(ingest-dates): this first version reads ISO `yyyy-mm-dd` only.
public enum DateParser {
    /// How to read an ambiguous `a/b/yyyy` date.
    public enum DayOrder: String, Sendable, Hashable, Codable {
        case monthFirst = "month/day"
        case dayFirst = "day/month"
    }

    /// Parses one value; `order` resolves `a/b/yyyy` (month first when nil).
    /// Returns nil when the value is not a date Verbatim can read.
    public static func parse(_ value: String, order: DayOrder? = nil) -> RecordDate? {
        let parts = value.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return RecordDate(year: y, month: m, day: d)
    }

    /// Decides the day order of a column from sample values: a value with a
    /// first part above 12 proves day/month, a second part above 12 proves
    /// month/day. Returns nil when the samples do not tell (no `a/b/yyyy` values).
    public static func dayOrder(for samples: [String]) -> (order: DayOrder, reason: String)? {
        nil
    }
}

import VerbatimModel
