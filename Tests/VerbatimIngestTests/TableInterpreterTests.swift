import Foundation
import Testing
import VerbatimModel
@testable import VerbatimIngest

/// Runs the interpreter over rows held in memory.
func interpret(_ cells: [[String]], options: IngestOptions = IngestOptions(), file: String = "t.csv",
               shortRowsAreNormal: Bool = false) throws(IngestError) -> CollectingSink {
    let sink = CollectingSink()
    var rows = ArrayRowSource(cells: cells)
    try TableInterpreter(file: InputFile(path: file), options: options, sink: sink, shortRowsAreNormal: shortRowsAreNormal)
        .read(&rows)
    return sink
}

/// The role part of a `column <name>` note (`rating 1–5 by content (e.g. '4')` → `rating 1–5`).
func roleNote(_ sink: CollectingSink, _ column: String) -> String? {
    guard let v = sink.noteValue("column \(column)"), let by = v.range(of: " by ") else { return nil }
    return String(v[..<by.lowerBound])
}

func mapOptions(_ spec: String) throws -> IngestOptions {
    var options = IngestOptions()
    options.columnMap = try ColumnMap(parsing: spec)
    return options
}

@Suite struct TableInterpreterTests {
    @Test func headerAboveNumbersIsDetectedAndEachRowIsARecord() throws {
        let sink = try interpret([
            ["Comment", "Score"],
            ["Delivery was late and the food was cold", "2"],
            ["Friendly staff, quick service", "5"],
            ["Okay overall but a bit pricey", "3"],
        ])
        #expect(sink.noteValue("header") == "row 1")
        #expect(sink.records.count == 3)
        #expect(sink.records[0].texts == [TextField(question: "Comment", text: "Delivery was late and the food was cold")])
        #expect(sink.records[0].rating == Rating(value: 2, scaleMin: 1, scaleMax: 5))
        #expect(sink.records[1].source == RecordSource(file: "t.csv", line: 3, ordinal: 2))
        #expect(sink.skipped.isEmpty && sink.warnings.isEmpty)
    }

    @Test func headerlessTableKeepsItsFirstRowAsData() throws {
        let sink = try interpret([
            ["房间很干净，服务员态度也很好", "5"],
            ["太吵了，晚上根本睡不着", "1"],
            ["位置不错，早餐一般", "3"],
            ["前台办理入住太慢，等了半小时", "2"],
        ])
        #expect(sink.noteValue("header")?.hasPrefix("none") == true)
        #expect(sink.records.count == 4)
        #expect(sink.records[0].text == "房间很干净，服务员态度也很好")
        #expect(roleNote(sink, "column 1") == "text")
        #expect(roleNote(sink, "column 2") == "rating 1–5")
    }

    static let meaningless: [[String]] = [
        ["col1", "col2", "col3", "col4", "col5", "col6"],
        ["R_1001", "The checkout page kept timing out on my phone", "North", "2", "3", "2024-03-01"],
        ["R_1002", "Great selection and the prices were fair", "South", "5", "10", "2024-03-02"],
        ["R_1003", "Support answered fast but could not fix it", "North", "3", "0", "2024-03-02"],
        ["R_1004", "Package arrived damaged, second time this month", "East", "1", "6", "2024-03-04"],
        ["R_1005", "Easy returns, will order again", "South", "4", "9", "2024-03-05"],
        ["R_1006", "App crashes whenever I open my order history", "North", "2", "7", "2024-03-06"],
    ]

    @Test func contentDecidesRolesUnderMeaninglessHeaders() throws {
        let sink = try interpret(Self.meaningless)
        #expect(roleNote(sink, "col1") == "id")
        #expect(roleNote(sink, "col2") == "text")
        #expect(roleNote(sink, "col3") == "segment")
        #expect(roleNote(sink, "col4") == "rating 1–5")
        #expect(roleNote(sink, "col5") == "recommend 0–10")
        #expect(roleNote(sink, "col6") == "date")
        let r = try #require(sink.records.first)
        #expect(r.id == "R_1001")
        #expect(r.segments == ["col3": "North"])
        #expect(r.recommend == Rating(value: 3, scaleMin: 0, scaleMax: 10))
        #expect(r.date == RecordDate(year: 2024, month: 3, day: 1))
        #expect(sink.noteValue("roles") == "text: col2; id: col1; rating: col4 (1–5); recommend: col5 (0–10); date: col6; segment: col3")
    }

    @Test func chineseHeadersGiveTheSameRoles() throws {
        let sink = try interpret([
            ["编号", "评论内容", "地区", "评分", "推荐意愿", "日期"],
            ["1", "快递太慢了，等了一个星期才到", "华东", "2", "3", "2024-03-01"],
            ["2", "东西很好，包装也很用心，下次还买", "华南", "5", "10", "2024-03-02"],
            ["3", "客服回复很快，但是问题没解决", "华东", "3", "5", "2024-03-02"],
            ["4", "", "华北", "4", "8", "2024-03-03"],
        ])
        #expect(roleNote(sink, "编号") == "id")
        #expect(roleNote(sink, "评论内容") == "text")
        #expect(roleNote(sink, "地区") == "segment")
        #expect(roleNote(sink, "评分") == "rating 1–5")
        #expect(roleNote(sink, "推荐意愿") == "recommend 0–10")
        #expect(roleNote(sink, "日期") == "date")
        #expect(sink.records.count == 4)
        #expect(sink.records[3].texts.isEmpty)
        #expect(sink.records[3].rating?.value == 4)
    }

    @Test(arguments: [
        (["1", "3", "5", "4"], "rating 1–5"),
        (["2", "6", "7", "5"], "rating 1–7"),
        (["1", "9", "10", "8"], "rating 1–10"),
        (["0", "3", "5", "2"], "rating 0–5"),
        (["0", "10", "7", "9"], "rating 0–10"),
        (["15", "80", "100", "65"], "rating 0–100"),
        (["★★★☆☆", "★★★★★", "★☆☆☆☆", "★★★★☆"], "rating 1–5"),
    ])
    func ratingScaleIsMeasuredPerColumn(values: [String], expected: String) throws {
        let sink = try interpret([["评论", "Rating"]] + values.map { ["好评，物流很快，包装完好 \($0)", $0] })
        #expect(roleNote(sink, "Rating") == expected)
        #expect(sink.records.allSatisfy { $0.rating != nil })
    }

    @Test(arguments: [
        (["1", "5", "4", "2"], "rating 1–5"),        // 1…5 without a name: a rating
        (["0", "9", "10", "6"], "recommend 0–10"),   // reaches 0 and goes above 5: the NPS scale
        (["0", "1", "1", "0"], "field"),             // a 0/1 label is neither
    ])
    func unnamedNumbersAreRatingsOrRecommendScores(values: [String], expected: String) throws {
        let sink = try interpret([["text", "x"]] + values.enumerated().map { ["Some comment number \($0)", $1] })
        #expect(roleNote(sink, "x") == expected)
    }

    @Test func severalOpenQuestionsStayApartInOneRecord() throws {
        let sink = try interpret([
            ["What did you like?", "What should we improve?", "Satisfaction"],
            ["The staff were friendly", "Checkout took far too long", "4"],
            ["房间很大，视野很好", "早餐种类太少了", "3"],
            ["", "Parking is expensive and hard to find", "2"],
        ])
        #expect(sink.records.count == 3)
        #expect(sink.records[0].texts == [
            TextField(question: "What did you like?", text: "The staff were friendly"),
            TextField(question: "What should we improve?", text: "Checkout took far too long"),
        ])
        #expect(sink.records[2].texts == [TextField(question: "What should we improve?", text: "Parking is expensive and hard to find")])
    }

    @Test func aRowWithAScoreAndNoCommentIsStillARecord() throws {
        let sink = try interpret([
            ["Comment", "NPS"],
            ["Love the new app", "10"],
            ["", "3"],
            ["", ""],
        ])
        #expect(sink.records.count == 2)
        #expect(sink.records[1].texts.isEmpty)
        #expect(sink.records[1].recommend == Rating(value: 3, scaleMin: 0, scaleMax: 10))
        // The fully empty row is skipped by the builder, with its line.
        #expect(sink.skipped.map(\.code) == [.emptyRecord])
        #expect(sink.skipped.first?.line == 4)
    }

    @Test func mapOverridesDetectionByNameNumberAndLetter() throws {
        let sink = try interpret(Self.meaningless, options: try mapOptions("text=col2,rating=5,segment=F,id=col1"))
        #expect(roleNote(sink, "col2") == "text")
        #expect(sink.noteValue("column col5")?.contains("by --map") == true)
        #expect(roleNote(sink, "col5") == "rating 0–10")
        #expect(roleNote(sink, "col6") == "segment")
        #expect(roleNote(sink, "col4") == "field")  // the detected rating gives way to the mapped one
        let r = try #require(sink.records.first)
        #expect(r.rating == Rating(value: 3, scaleMin: 0, scaleMax: 10))
        #expect(r.segments["col6"] == "2024-03-01")
        #expect(r.fields["col4"] == "2")
        #expect(r.recommend == nil)
    }

    @Test func mappingOneTextColumnMakesOtherTextColumnsFields() throws {
        let sink = try interpret([
            ["Title", "Body"],
            ["Broken on arrival, very disappointed", "The screen was cracked when I opened the box"],
            ["Works great after two weeks of use", "Battery lasts all day and it charges quickly"],
        ], options: try mapOptions("text=Body"))
        #expect(sink.records[0].texts.map(\.question) == ["Body"])
        #expect(sink.records[0].fields["Title"] == "Broken on arrival, very disappointed")
    }

    @Test func mapNamingAMissingColumnThrowsAndListsTheHeaders() throws {
        let error = #expect(throws: IngestError.self) {
            _ = try interpret(Self.meaningless, options: try mapOptions("text=Comments"))
        }
        #expect(error?.code == .badOption)
        #expect(error?.message.contains("Comments") == true)
        #expect(error?.message.contains("'col1', 'col2'") == true)
    }

    @Test func dayOrderIsDecidedPerColumn() throws {
        // Needs the full DateParser (a/b/yyyy dates); the first version reads ISO dates only.
        guard DateParser.dayOrder(for: ["13/2/2026", "1/2/2026"]) != nil else { return }
        let sink = try interpret([
            ["Comment", "Created", "Closed"],
            ["The parcel never arrived at all", "13/2/2026", "2/14/2026"],
            ["Refund took three weeks to arrive", "1/3/2026", "3/20/2026"],
            ["Great service from the support team", "25/3/2026", "3/26/2026"],
        ])
        #expect(sink.noteValue("day order Created")?.hasPrefix("day/month") == true)
        #expect(sink.noteValue("day order Closed")?.hasPrefix("month/day") == true)
        #expect(sink.records[0].date == RecordDate(year: 2026, month: 2, day: 13))
        #expect(sink.records[1].answeredDate == RecordDate(year: 2026, month: 3, day: 20))
    }

    @Test func rowsOfTheWrongWidthArePaddedOrKeptWithAWarning() throws {
        let sink = try interpret([
            ["Comment", "Score", "Region"],
            ["Nice and quiet rooms", "5", "North"],
            ["Too short a row here"],
            ["Long row with an extra cell", "4", "South", "surplus"],
            ["Trailing delimiters are fine", "3", "North", "", ""],
        ])
        #expect(sink.records.count == 4)
        #expect(sink.warnings.map(\.code) == [.malformedRow, .malformedRow])
        #expect(sink.warnings.map(\.line) == [3, 4])
        #expect(sink.records[1].rating == nil)
        #expect(sink.records[2].fields["column 4"] == "surplus")
    }

    @Test func spreadsheetsMayOmitTrailingCellsWithoutWarnings() throws {
        let sink = try interpret([["Comment", "Score", "Note"], ["Fine", "4"], ["Good value", "5", "x"]], shortRowsAreNormal: true)
        #expect(sink.records.count == 2)
        #expect(sink.warnings.isEmpty)
    }

    @Test func aRepeatedHeaderRowIsSkipped() throws {
        let sink = try interpret([
            ["Comment", "Score"], ["First export row", "4"], ["Comment", "Score"], ["Second export row", "2"],
        ])
        #expect(sink.records.count == 2)
        #expect(sink.skipped.map(\.code) == [.malformedRow])
        #expect(sink.records[1].source.ordinal == 3)
    }

    @Test func rowsPastTheSampleAreStreamedInOrder() throws {
        let rows = (1...650).map { ["Comment number \($0) about the service", String($0 % 5 + 1)] }
        let sink = try interpret([["Comment", "Score"]] + rows)
        #expect(sink.records.count == 650)
        #expect(sink.records.map(\.source.ordinal) == Array(1...650))
        #expect(sink.records.last?.source.line == 651)
        #expect(sink.records.last?.text == "Comment number 650 about the service")
    }

    @Test func anEmptyTableIsAnEmptyFile() {
        let error = #expect(throws: IngestError.self) { _ = try interpret([]) }
        #expect(error?.code == .emptyFile)
    }

    @Test func columnNotesGiveRoleAndAShortExample() throws {
        let long = String(repeating: "很长的评论内容", count: 10)
        let sink = try interpret([["评论", "IP Address"], [long, "10.0.0.1"], ["短评，还不错", "10.0.0.2"]])
        let note = try #require(sink.noteValue("column 评论"))
        #expect(note.hasPrefix("text by name (e.g. '很长的评论内容"))
        #expect(note.hasSuffix("…')"))
        #expect(sink.noteValue("column IP Address") == "ignore by name")  // no example for personal metadata
        #expect(sink.records[0].fields.isEmpty)
    }

    @Test func blankAndDuplicateHeadersGetUniqueNames() throws {
        let sink = try interpret([["", "Comment", "Comment"], ["1", "Slow", "Rude staff at the desk"], ["2", "Fast", "Nice"]])
        #expect(sink.notes.map(\.key).filter { $0.hasPrefix("column ") } == ["column column 1", "column Comment", "column Comment (2)"])
    }

    @Test func csvReaderReadsAFileAndTSVByExtension() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("s.csv")
        try "Comment,Score\nGreat coffee and quick service,5\n服务态度差,1\n".write(to: csv, atomically: true, encoding: .utf8)
        let sink = CollectingSink()
        try CSVReader.read(InputFile(path: csv.path, displayPath: "s.csv"), options: IngestOptions(), into: sink)
        #expect(sink.records.map(\.text) == ["Great coffee and quick service", "服务态度差"])
        #expect(sink.records[1].source == RecordSource(file: "s.csv", line: 3, ordinal: 2))

        let tsv = dir.appendingPathComponent("s.tsv")
        try "Comment\tScore\nGood, but slow\t4\n".write(to: tsv, atomically: true, encoding: .utf8)
        let tsvSink = CollectingSink()
        try CSVReader.read(InputFile(path: tsv.path), options: IngestOptions(), into: tsvSink)
        #expect(tsvSink.records.first?.text == "Good, but slow")
        #expect(tsvSink.noteValue("delimiter") == "tab")
    }

    // MARK: - Real data

    @Test(.enabled(if: Paths.hasSharedEval)) func chineseHotelReviewsFindTheReviewColumn() throws {
        let path = Paths.sharedEval.appendingPathComponent("zh_hotel/raw/ChnSentiCorp_htl_all.dev.csv").path
        let sink = CollectingSink()
        try CSVReader.read(InputFile(path: path), options: IngestOptions(), into: sink)
        #expect(roleNote(sink, "review") == "text")
        #expect(roleNote(sink, "label") != "text")
        #expect(sink.records.count > 1000)
        #expect(sink.records.filter(\.hasText).count > 1000)
    }

    /// Passes with the first (naive) CSV splitter and with the full tokenizer:
    /// it checks roles and most rows, not the tweets that hold quoted commas.
    @Test(.enabled(if: Paths.hasSharedEval)) func airlineTweetsFindTextBrandDateAndId() throws {
        let path = Paths.sharedEval.appendingPathComponent("airline_tweets/raw/Tweets.dev.csv").path
        let sink = CollectingSink()
        try CSVReader.read(InputFile(path: path), options: IngestOptions(), into: sink)
        #expect(roleNote(sink, "text") == "text")
        #expect(roleNote(sink, "airline") == "brand")
        #expect(roleNote(sink, "tweet_created") == "date")
        #expect(roleNote(sink, "tweet_id") == "id")
        // `airline_sentiment` contains "time" but holds words: not a date.
        #expect(roleNote(sink, "airline_sentiment") == "segment")
        #expect(sink.records.count > 1900)
        let first = try #require(sink.records.first)
        #expect(first.id == "570301130888122368")
        #expect(first.brand == "Virgin America")
        if DateParser.parse("2/24/2015 11:15", order: .monthFirst) != nil {
            #expect(sink.noteValue("day order tweet_created")?.hasPrefix("month/day") == true)
            #expect(first.date?.month == 2 && first.date?.day == 24)
        }
    }
}
