import Foundation
import Testing
@testable import VerbatimKit

/// `RecordJSON` writes dates digit by digit; the bytes must equal `RecordDate.description`
/// as a JSON string, with the description as the fallback outside the usual ranges.
@Suite struct RecordJSONDateTests {
    func written(_ d: RecordDate) -> String {
        let r = Record(source: RecordSource(file: "a.csv", line: 2, ordinal: 1), date: d, answeredDate: d)
        return String(decoding: RecordJSON.line(r), as: UTF8.self)
    }

    @Test(arguments: [
        RecordDate(year: 2026, month: 3, day: 2),
        RecordDate(year: 987, month: 12, day: 31, secondOfDay: 0),
        RecordDate(year: 2026, month: 3, day: 2, secondOfDay: 36_000, utcOffsetMinutes: 480),
        RecordDate(year: 2026, month: 3, day: 2, secondOfDay: 86_399, utcOffsetMinutes: 0),
        RecordDate(year: 2026, month: 3, day: 2, secondOfDay: 3_661, utcOffsetMinutes: -330),
        RecordDate(year: 12_026, month: 3, day: 2),  // fallback: five-digit year
        RecordDate(year: -44, month: 3, day: 15, secondOfDay: 60),  // fallback: negative year
    ])
    func datesAreWrittenAsTheirDescription(_ d: RecordDate) {
        let line = written(d)
        #expect(line.contains(",\"date\":\"\(d.description)\",\"answered\":\"\(d.description)\","), "\(line)")
    }
}
