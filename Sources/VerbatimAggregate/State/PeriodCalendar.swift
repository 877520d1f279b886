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
            let y = RecordDate(daysSinceEpoch: thursday).year
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
            return RecordDate(daysSinceEpoch: 4 + index * 7)
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { (a - floorMod(a, b)) / b }
    static func floorMod(_ a: Int, _ b: Int) -> Int { ((a % b) + b) % b }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
