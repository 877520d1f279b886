import VerbatimModel

/// Proleptic Gregorian calendar arithmetic, without Foundation (no time zone
/// or locale can change the answer).
enum CivilCalendar {
    static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Days in `month` of `year` (0 for a month outside 1…12).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Whether y-m-d is a real calendar day in the years Verbatim accepts (1000…9999).
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1000...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }
}
