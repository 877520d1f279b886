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

    /// `isAllWhitespace` answers as `allSatisfy(\.isWhitespace)`: every BMP scalar alone, after a
    /// space, before a letter, and white space followed by combining marks.
    @Test func allWhitespaceAgreesWithCharacters() {
        var texts = ["", " ", "\t\r\n", "\r\n", " \u{301}", "\u{3000}\u{301}", "a\u{301}", "\u{301}", "\u{0}", " \u{1F}",
                     "\u{3000} ", " \u{3000}", "\u{A0}x", "\u{1F44D}\u{1F3FB}", "\u{200D}", " \u{200D}"]
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            texts.append(String(s))
            if v % 7 == 0 { texts += [" " + String(s), String(s) + "a", String(s) + " "] }
        }
        for t in texts {
            #expect(t.isAllWhitespace == t.allSatisfy(\.isWhitespace), "\(t.unicodeScalars.map(\.value))")
        }
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

@Suite struct FieldRecordBuilderTests {
    @Test(arguments: ["(空)", "（空）", "(跳过)", "N/A", "   "])
    func surveyNoAnswerMarkersAreNotText(_ marker: String) {
        let builder = FieldRecordBuilder(options: IngestOptions())
        let sink = CollectingSink()
        let record = builder.build([.init(name: "您有什么建议？", value: marker, role: .text), .init(name: "满意度", value: "4", role: .rating)],
                                   source: RecordSource(file: "w.csv", line: 2, ordinal: 1), sink: sink)
        #expect(record?.hasText == false)
        #expect(record?.rating == Rating(value: 4, scaleMin: 1, scaleMax: 5))
    }

    @Test func unreadableValuesAreDroppedWithAWarningNamingTheField() {
        let builder = FieldRecordBuilder(options: IngestOptions())
        let sink = CollectingSink()
        let record = builder.build([.init(name: "review", value: "Great"), .init(name: "rating", value: "five"), .init(name: "date", value: "soon")],
                                   source: RecordSource(file: "r.json", line: 7, ordinal: 3), sink: sink)
        #expect(record?.text == "Great")
        #expect(record?.rating == nil && record?.date == nil)
        #expect(sink.warnings.map(\.code) == [.badValue, .badValue])
        #expect(sink.warnings.allSatisfy { $0.line == 7 && $0.path == "r.json" })
    }

    @Test func aRecordWithNothingCountableIsSkippedWithItsReason() {
        let sink = CollectingSink()
        let record = FieldRecordBuilder(options: IngestOptions()).build([.init(name: "comment", value: "  ")],
                                                                        source: RecordSource(file: "r.csv", line: 9, ordinal: 8), sink: sink)
        #expect(record == nil)
        #expect(sink.skipped.map(\.code) == [.emptyRecord])
    }
}

@Suite struct CanonicalSegmentTests {
    @Test(arguments: [
        ("地区", "region"), ("Region", "region"), ("6、您所在的地区", "region"), ("Which region do you live in?", "region"),
        ("年龄段", "age"), ("What is your age?", "age"), ("Age Band", "age"), ("性别", "gender"), ("City", "city"),
        ("客户类型", "customer_type"), ("Traveller Type", "customer_type"),
    ])
    func segmentColumnsAlsoLandUnderTheirCanonicalName(name: String, canonical: String) {
        #expect(FieldNames.canonicalSegment(forName: name) == canonical)
        let record = FieldRecordBuilder(options: IngestOptions()).build(
            [.init(name: name, value: "x", role: .segment), .init(name: "review", value: "ok")],
            source: RecordSource(file: "f", line: 2, ordinal: 1), sink: CollectingSink())
        #expect(record?.segments[canonical] == "x")
        #expect(record?.segments[name] == "x")
    }

    @Test func channelLinksFromExportsBecomeTheirText() {
        let record = FieldRecordBuilder(options: IngestOptions()).build(
            [.init(name: "source", value: #"<a href="https://x" rel="nofollow">Example for iPhone</a>"#, role: .channel), .init(name: "text", value: "ok")],
            source: RecordSource(file: "f", line: 2, ordinal: 1), sink: CollectingSink())
        #expect(record?.channel == "Example for iPhone")
    }
}
