import VerbatimModel

/// Period indexes and labels. Months and weeks are stored at `add` time;
/// quarters are built from months at summary time.
enum PeriodCalendar {
    static func monthIndex(_ d: RecordDate) -> Int { d.year * 12 + (d.month - 1) }

    /// Monday-based week index: 0 is the week starting Monday 1970-01-05.
    static func weekIndex(_ d: RecordDate) -> Int {
        let days = d.daysSinceEpoch
        let monday = days - floorMod(days + 3, 7)
        return floorDiv(monday - 4, 7)
    }

    static func quarterIndex(month: Int) -> Int { floorDiv(month, 3) }

    static func label(_ index: Int, _ kind: PeriodKind) -> String {
        switch kind {
        case .month:
            let y = floorDiv(index, 12)
            return pad(y, 4) + "-" + pad(floorMod(index, 12) + 1, 2)
        case .quarter:
            return pad(floorDiv(index, 4), 4) + "-Q\(floorMod(index, 4) + 1)"
        case .week:
            let thursday = 4 + index * 7 + 3
            let (y, _, _) = civil(thursday)
            let jan1 = RecordDate(year: y, month: 1, day: 1).daysSinceEpoch
            return pad(y, 4) + "-W" + pad((thursday - jan1) / 7 + 1, 2)
        }
    }

    /// First day of a period.
    static func start(_ index: Int, _ kind: PeriodKind) -> RecordDate {
        switch kind {
        case .month: return RecordDate(year: floorDiv(index, 12), month: floorMod(index, 12) + 1, day: 1)
        case .quarter: return RecordDate(year: floorDiv(index, 4), month: floorMod(index, 4) * 3 + 1, day: 1)
        case .week:
            let (y, m, d) = civil(4 + index * 7)
            return RecordDate(year: y, month: m, day: d)
        }
    }

    /// Howard Hinnant's civil_from_days.
    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { (a - floorMod(a, b)) / b }
    static func floorMod(_ a: Int, _ b: Int) -> Int { ((a % b) + b) % b }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
