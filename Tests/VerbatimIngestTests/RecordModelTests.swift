import Testing
import VerbatimModel
@testable import VerbatimIngest

@Suite struct RecordModelTests {
    @Test func mainTextIsTheFirstNonBlankAnswer() {
        let r = Record(source: RecordSource(file: "a.csv", line: 2, ordinal: 1),
                       texts: [TextField(question: "Q1", text: "  "), TextField(question: "Q2", text: "送餐太慢")])
        #expect(r.text == "送餐太慢")
        #expect(r.hasText)
        #expect(!Record(source: RecordSource(file: "a.csv", line: 3, ordinal: 2)).hasText)
    }

    @Test func datesPrintAsISOWithTheirOffset() {
        #expect(RecordDate(year: 2026, month: 3, day: 2).description == "2026-03-02")
        #expect(RecordDate(year: 2026, month: 3, day: 2, secondOfDay: 36000, utcOffsetMinutes: 480).description == "2026-03-02T10:00:00+08:00")
        #expect(RecordDate(year: 2026, month: 3, day: 2, secondOfDay: 36000, utcOffsetMinutes: 0).description == "2026-03-02T10:00:00Z")
        #expect(RecordDate(year: 1970, month: 1, day: 2).epochSeconds == 86400)
        #expect(RecordDate(year: 2026, month: 3, day: 2, secondOfDay: 36000, utcOffsetMinutes: 480).epochSeconds
                == RecordDate(year: 2026, month: 3, day: 2, secondOfDay: 7200, utcOffsetMinutes: 0).epochSeconds)
    }

    @Test func columnMapParsesRolesAndRejectsUnknownOnes() throws {
        let map = try ColumnMap(parsing: "text=Comment, rating=Score,segment=Region,segment=Age")
        #expect(map.assignments.map(\.role) == [.text, .rating, .segment, .segment])
        #expect(map.assignments.map(\.column) == ["Comment", "Score", "Region", "Age"])
        #expect(throws: IngestError.self) { try ColumnMap(parsing: "colour=Comment") }
        #expect(throws: IngestError.self) { try ColumnMap(parsing: "Comment") }
    }

    @Test func errorsPrintWithPlaceAndCode() {
        let e = IngestError(.unterminatedQuote, path: "survey.csv", line: 12, message: "quote opened here never closes")
        #expect(e.description == "survey.csv:12: error: quote opened here never closes [I005]")
    }
}
