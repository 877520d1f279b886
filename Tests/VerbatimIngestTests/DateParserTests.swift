import Testing
import VerbatimModel
@testable import VerbatimIngest

@Suite struct DateParserTests {
    /// Value → ISO description of what it parses to.
    static let readable: [(String, String)] = [
        // ISO 8601 and year-first
        ("2026-03-02", "2026-03-02"),
        ("2026-03-02T10:00:00", "2026-03-02T10:00:00"),
        ("2026-03-02T10:00:00Z", "2026-03-02T10:00:00Z"),
        ("2026-03-02T10:00:00+08:00", "2026-03-02T10:00:00+08:00"),
        ("2026-03-02T10:00:00+0800", "2026-03-02T10:00:00+08:00"),
        ("2026-03-02T10:00:00-05:30", "2026-03-02T10:00:00-05:30"),
        ("2026-03-02T10:00:00.123456Z", "2026-03-02T10:00:00Z"),
        ("2026-03-02 10:00:00", "2026-03-02T10:00:00"),
        ("2026-03-02 10:00", "2026-03-02T10:00:00"),
        ("2026-3-2", "2026-03-02"),
        ("2026/3/2", "2026-03-02"),
        ("2026/03/02 23:59:59", "2026-03-02T23:59:59"),
        ("2026.3.2", "2026-03-02"),
        ("  2026-03-02  ", "2026-03-02"),
        ("2024-02-29", "2024-02-29"),
        ("2000-02-29", "2000-02-29"),
        // Chinese
        ("2026年3月2日", "2026-03-02"),
        ("2026年03月02日 10:00", "2026-03-02T10:00:00"),
        ("2026年3月2日10时5分", "2026-03-02T10:05:00"),
        ("2026年3月2日 10点05分30秒", "2026-03-02T10:05:30"),
        ("2026年3月2日 下午3点", "2026-03-02T15:00:00"),
        ("2026年3月2日 下午3点半", "2026-03-02T15:30:00"),
        ("2026年3月2日 上午12点", "2026-03-02T00:00:00"),
        ("2026年3月2日 星期一 晚上8:30", "2026-03-02T20:30:00"),
        ("２０２６年３月２日", "2026-03-02"),
        ("2026年3月2号", "2026-03-02"),
        // Numeric, month first by default
        ("3/2/2026", "2026-03-02"),
        ("3/2/26", "2026-03-02"),
        ("12/31/99", "1999-12-31"),
        ("2/24/2015 11:15", "2015-02-24T11:15:00"),
        ("2/24/2015 11:15:33", "2015-02-24T11:15:33"),
        ("3/2/2026 10:00 PM", "2026-03-02T22:00:00"),
        ("3/2/2026 12:30 am", "2026-03-02T00:30:00"),
        ("14/3/2026", "2026-03-14"),         // proves day first by itself
        ("02.03.2026", "2026-03-02"),        // dots: day first
        ("09 18, 2009", "2009-09-18"),       // Amazon reviewTime
        // English month names
        ("31-Jul-18", "2018-07-31"),
        ("02 Mar 2026", "2026-03-02"),
        ("2 March 2026", "2026-03-02"),
        ("Mar 2, 2026", "2026-03-02"),
        ("March 2, 2026", "2026-03-02"),
        ("March 2nd, 2026 at 10:00 PM", "2026-03-02T22:00:00"),
        ("Sept. 2, 2026", "2026-09-02"),
        ("Monday, March 2, 2026", "2026-03-02"),
        // RFC 2822, Twitter, asctime, JavaScript
        ("Mon, 02 Mar 2026 10:00:00 +0000", "2026-03-02T10:00:00Z"),
        ("Mon, 02 Mar 2026 10:00:00 GMT", "2026-03-02T10:00:00Z"),
        ("Mon, 2 Mar 2026 10:00:00 EST", "2026-03-02T10:00:00-05:00"),
        ("Mon, 02 Mar 2026 10:00 -0800", "2026-03-02T10:00:00-08:00"),
        ("Mon Mar 02 10:00:00 +0000 2026", "2026-03-02T10:00:00Z"),
        ("Wed Feb 25 23:59:01 +0800 2015", "2015-02-25T23:59:01+08:00"),
        ("Mon Mar  2 10:00:00 2026", "2026-03-02T10:00:00"),
        ("Mon Mar 02 2026 10:00:00 GMT+0800 (China Standard Time)", "2026-03-02T10:00:00+08:00"),
        ("2026-03-02 10:00:00 UTC+8", "2026-03-02T10:00:00+08:00"),
    ]

    @Test(arguments: readable)
    func readsKnownForms(value: String, expected: String) {
        #expect(DateParser.parse(value)?.description == expected, "\(value)")
    }

    static let unreadable: [String] = [
        "", "   ", "5", "2026", "46083", "2026-02-30", "2026-13-01", "2025-02-29", "1900-02-29", "2026-00-10",
        "2026-03-32", "13/13/2026", "2026-03-02T25:00", "2026-03-02T10:61", "2026-03-02 10:00 foo",
        "yesterday", "昨天", "3月2日", "2026年3月", "2026-03", "Mon, 02 Mar 2026 10:00:00 CST",
        "Foo 2, 2026", "31-Jul-018", "2026-03-02T10:00:00+99:00", "12:30", "3/2", "1/2/3",
        "2026-03-02 下午25点", "2026-3-2-1", String(repeating: "9", count: 200), "\u{0}\u{1}",
        "很好吃，送餐太慢了", "Great product, would buy again",
    ]

    @Test(arguments: unreadable)
    func rejectsWhatIsNotAValidDate(value: String) {
        #expect(DateParser.parse(value) == nil, "\(value)")
    }

    @Test func explicitOrderDecidesAmbiguousDates() {
        #expect(DateParser.parse("02/03/2026", order: .dayFirst)?.description == "2026-03-02")
        #expect(DateParser.parse("02/03/2026", order: .monthFirst)?.description == "2026-02-03")
        #expect(DateParser.parse("03/02/2026")?.description == "2026-03-02")
        // An explicit order is kept even when a value contradicts it: never guessed.
        #expect(DateParser.parse("14/03/2026", order: .monthFirst) == nil)
        #expect(DateParser.parse("03/14/2026", order: .dayFirst) == nil)
    }

    @Test func excelSerialsOnlyWhenAllowedAndPlausible() {
        #expect(DateParser.parse("46083") == nil)
        #expect(DateParser.parse("46083", allowExcelSerial: true)?.description == "2026-03-02")
        #expect(DateParser.parse("46083.5", allowExcelSerial: true)?.description == "2026-03-02T12:00:00")
        #expect(DateParser.parse("5", allowExcelSerial: true) == nil)
        #expect(DateParser.parse("2026", allowExcelSerial: true) == nil)
        #expect(DateParser.parse("99999", allowExcelSerial: true) == nil)
        #expect(DateParser.parse("2026-03-02", allowExcelSerial: true)?.description == "2026-03-02")
        #expect(DateParser.fromExcelSerial(43312)?.description == "2018-07-31")
        #expect(DateParser.fromExcelSerial(.nan) == nil)
    }

    @Test func dayOrderFromColumnSamples() throws {
        var samples = Array(repeating: "03/02/2026", count: 186)
        samples += (13...26).map { "\($0)/02/2026" }
        let dayFirst = try #require(DateParser.dayOrder(for: samples))
        #expect(dayFirst.order == .dayFirst)
        #expect(dayFirst.reason == "day/month: 14 of 200 values have a first part above 12")

        let monthFirst = try #require(DateParser.dayOrder(for: ["2/24/2015 11:15", "2/3/2015 9:00", "", "n/a"]))
        #expect(monthFirst.order == .monthFirst)
        #expect(monthFirst.reason == "month/day: 1 of 2 values have a second part above 12")
    }

    @Test(arguments: [
        ["03/02/2026", "04/05/2026"],            // nothing above 12
        ["13/02/2026", "02/13/2026"],            // conflicting evidence
        ["2026-03-14", "2026年3月2日"],            // no a/b/y values at all
        [String](),
    ])
    func dayOrderIsNilWhenSamplesDoNotTell(samples: [String]) {
        #expect(DateParser.dayOrder(for: samples) == nil)
    }

    @Test func timeZonesAreKeptNotConverted() throws {
        let d = try #require(DateParser.parse("2026-03-02T10:00:00+08:00"))
        #expect(d.secondOfDay == 36000)
        #expect(d.utcOffsetMinutes == 480)
        #expect(DateParser.parse("2026-03-02T10:00:00")?.utcOffsetMinutes == nil)
        #expect(DateParser.parse("2026-03-02")?.secondOfDay == nil)
    }

    /// Speed lives in Benchmarks/, not in unit tests; this checks repeated parsing is stable.
    @Test func parsesManyValuesTheSameWay() {
        let values = ["2026-03-02T10:00:00Z", "Mon Mar 02 10:00:00 +0000 2026", "2026年3月2日 下午3点", "2/24/2015 11:15"]
        var count = 0
        for i in 0..<4_000 where DateParser.parse(values[i % 4]) != nil { count += 1 }
        #expect(count == 4_000)
    }
}
