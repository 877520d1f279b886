import Foundation
import Testing
@testable import VerbatimIngest

/// Reads every row of a CSV given as text or bytes.
struct CSVRun {
    var rows: [TableRow] = []
    var sink = CollectingSink()
    var delimiter: UInt8 = 0
    var peakBufferBytes = 0

    init(_ text: String, delimiter: UInt8? = nil, maxFieldBytes: Int = IngestOptions.defaultMaxFieldBytes,
         chunkSize: Int = 1 << 20, maxQuotedLines: Int = CSVRowScanner.defaultMaxQuotedLines) throws {
        try self.init(bytes: Array(text.utf8), delimiter: delimiter, maxFieldBytes: maxFieldBytes,
                      chunkSize: chunkSize, maxQuotedLines: maxQuotedLines)
    }

    init(bytes: [UInt8], delimiter: UInt8? = nil, maxFieldBytes: Int = IngestOptions.defaultMaxFieldBytes,
         chunkSize: Int = 1 << 20, maxQuotedLines: Int = CSVRowScanner.defaultMaxQuotedLines) throws {
        try self.init(file: EncodingFixture.write(bytes), delimiter: delimiter, maxFieldBytes: maxFieldBytes,
                      chunkSize: chunkSize, maxQuotedLines: maxQuotedLines)
    }

    init(file: InputFile, delimiter: UInt8? = nil, maxFieldBytes: Int = IngestOptions.defaultMaxFieldBytes,
         chunkSize: Int = 1 << 20, maxQuotedLines: Int = CSVRowScanner.defaultMaxQuotedLines) throws {
        let input = try DecodedInput(file, forcedEncoding: nil, sink: sink, chunkSize: chunkSize)
        var source = CSVRowSource(input: input, delimiter: delimiter, options: IngestOptions(maxFieldBytes: maxFieldBytes),
                                  sink: sink, maxQuotedLines: maxQuotedLines)
        self.delimiter = source.delimiter
        while let row = try source.nextRow() { rows.append(row) }
        peakBufferBytes = source.peakBufferBytes
    }

    var cells: [[String]] { rows.map(\.cells) }
    var lines: [Int] { rows.map(\.line) }
}

@Suite struct CSVRowSourceTests {
    // MARK: RFC 4180

    @Test(arguments: [
        ("id,comment\n1,\"He said \"\"great\"\", then left\"\n", ["1", "He said \"great\", then left"]),
        ("id,comment\n1,\"送餐\"\"很快\"\"，好评\"\n", ["1", "送餐\"很快\"，好评"]),
        ("id,comment\n1,\"a, b; c\"\n", ["1", "a, b; c"]),
        ("id,comment\n1,\"\"\n", ["1", ""]),
        ("id,comment\n1,\"\"\"\"\n", ["1", "\""]),
    ])
    func quotedFieldsKeepDelimitersAndUndoubleQuotes(text: String, second: [String]) throws {
        let run = try CSVRun(text)
        #expect(run.cells == [["id", "comment"], second])
        #expect(run.sink.skipped.isEmpty)
    }

    @Test func embeddedNewlinesKeepTheRowsStartingLine() throws {
        let text = "id,comment\n1,\"line one\nline two\nline three\"\n2,\"第一行\r\n第二行\"\n3,plain\n"
        let run = try CSVRun(text)
        #expect(run.cells == [["id", "comment"], ["1", "line one\nline two\nline three"], ["2", "第一行\r\n第二行"], ["3", "plain"]])
        #expect(run.lines == [1, 2, 5, 7])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndingSplitsRows(ending: String) throws {
        let text = ["rating,review", "5,很好", "", "1,\"bad\(ending)really\"", "3,ok"].joined(separator: ending) + ending
        let run = try CSVRun(text)
        #expect(run.cells == [["rating", "review"], ["5", "很好"], ["1", "bad\(ending)really"], ["3", "ok"]])
        #expect(run.lines == [1, 2, 4, 6])
    }

    @Test func blankLinesAreNotRows() throws {
        let run = try CSVRun("\n\na,b\n\n  \n1,2\n\n")
        #expect(run.cells == [["a", "b"], ["1", "2"]])
        #expect(run.lines == [3, 6])
        #expect(run.sink.skipped.isEmpty)
    }

    @Test func aLastRowWithoutLineBreakAndTrailingEmptyCellsAreKept() throws {
        let run = try CSVRun("a,b,c\n1,,\n2,x,")
        #expect(run.cells == [["a", "b", "c"], ["1", "", ""], ["2", "x", ""]])
    }

    @Test(arguments: [
        ("1,5\" screen,ok\n", ["1", "5\" screen", "ok"]),
        ("1,\"abc\"def,ok\n", ["1", "abcdef", "ok"]),
        ("1,他说\"好\",ok\n", ["1", "他说\"好\"", "ok"]),
    ])
    func strayQuotesAreReadLikeExcelDoes(text: String, cells: [String]) throws {
        let run = try CSVRun("a,b,c\n" + text)
        #expect(run.cells.last == cells)
        #expect(run.sink.skipped.isEmpty)
    }

    @Test func aNULByteInARowDoesNotStopReading() throws {
        // Enough Chinese that the file is still taken as UTF-8 with one bad byte.
        let head = "a,b\n0," + String(repeating: "好评", count: 12) + "\n1,x"
        let run = try CSVRun(bytes: Array(head.utf8) + [0, 0xFF] + Array("y\n2,z\n".utf8))
        #expect(run.cells.count == 4)
        #expect(run.cells[2] == ["1", "x\u{0}\u{FFFD}y"])
        #expect(run.cells[3] == ["2", "z"])
        #expect(run.sink.warnings.map(\.code) == [.invalidEncoding])
    }

    // MARK: Delimiters

    @Test(arguments: [
        (UInt8(ascii: ","), "comma", "id,text,score\n1,\"好; 吃|\",5\n2,ok,4\n"),
        (0x09, "tab", "id\ttext\tscore\n1\tgood, cheap; fast\t5\n2\t好吃，实惠\t4\n"),
        (UInt8(ascii: ";"), "semicolon", "id;text;score\n1;good, cheap;5\n2;\"a;b\";4,5\n"),
        (UInt8(ascii: "|"), "pipe", "id|text|score\n1|good, cheap; fast|5\n2|送餐快|4\n"),
    ] as [(UInt8, String, String)])
    func delimiterIsSniffedFromTheFirstRows(delimiter: UInt8, name: String, text: String) throws {
        let run = try CSVRun(text)
        #expect(run.delimiter == delimiter)
        #expect(run.sink.noteValue("delimiter") == name)
        #expect(run.cells.allSatisfy { $0.count == 3 })
    }

    @Test func aGivenDelimiterIsUsedAsIs() throws {
        let run = try CSVRun("a;b,c\n1;2,3\n", delimiter: UInt8(ascii: ";"))
        #expect(run.cells == [["a", "b,c"], ["1", "2,3"]])
        #expect(run.sink.noteValue("delimiter") == "semicolon")
    }

    @Test func excelsSepLineNamesTheDelimiterAndIsNotARow() throws {
        let run = try CSVRun("sep=;\r\nid;text\r\n1;good, cheap\r\n")
        #expect(run.delimiter == UInt8(ascii: ";"))
        #expect(run.cells == [["id", "text"], ["1", "good, cheap"]])
        #expect(run.lines == [2, 3])
    }

    @Test func aOneColumnFileIsCommaSeparated() throws {
        let run = try CSVRun("review\n很好\ngreat\n")
        #expect(run.delimiter == UInt8(ascii: ","))
        #expect(run.cells == [["review"], ["很好"], ["great"]])
    }

    // MARK: Broken rows

    @Test func anUnterminatedQuoteCostsOneRowAndReadingResumes() throws {
        let text = "id,text,score\n1,\"fine\",5\n2,\"broken,3\n3,\"好评\",4\n4,ok,5\n"
        let run = try CSVRun(text)
        #expect(run.cells == [["id", "text", "score"], ["1", "fine", "5"], ["3", "好评", "4"], ["4", "ok", "5"]])
        #expect(run.lines == [1, 2, 4, 5])
        #expect(run.sink.skipped.map(\.code) == [.unterminatedQuote])
        #expect(run.sink.skipped.map(\.line) == [3])
        #expect(run.sink.skipped.first?.message.contains("reading resumes on line 4") == true)
        #expect(run.sink.skipped.first?.message.contains("好") == false, "messages never echo respondent text")
    }

    @Test func aQuoteThatRunsToTheEndResumesOnTheNextLine() throws {
        let text = "id,text\n1,\"never closed\n2,fine\n3,也很好\n"
        let run = try CSVRun(text)
        #expect(run.cells == [["id", "text"], ["2", "fine"], ["3", "也很好"]])
        #expect(run.sink.skipped.map(\.line) == [2])
        #expect(run.sink.skipped.map(\.code) == [.unterminatedQuote])
    }

    @Test func aQuoteOpenForTooManyLinesIsGivenUp() throws {
        let body = (1...50).map { "\($0),row \($0)" }.joined(separator: "\n")
        let text = "id,text\n0,\"stray\n" + body + "\n51,\"closes\"\"\"\n"
        let run = try CSVRun(text, maxQuotedLines: 10)
        #expect(run.sink.skipped.map(\.line) == [2])
        #expect(run.sink.skipped.first?.message.contains("after 10 lines") == true)
        #expect(run.rows.count == 1 + 50 + 1)
        #expect(run.cells.last == ["51", "closes\""])
    }

    @Test func aFileEndingInsideQuotesReportsTheLastRow() throws {
        let run = try CSVRun("id,text\n1,ok\n2,\"truncated in the mid")
        #expect(run.cells == [["id", "text"], ["1", "ok"]])
        #expect(run.sink.skipped.map(\.code) == [.unterminatedQuote])
        #expect(run.sink.skipped.map(\.line) == [3])
        #expect(run.sink.skipped.first?.message.contains("nothing follows") == true)
    }

    @Test(arguments: [
        "1,\(String(repeating: "x", count: 100)),5\n",
        "1,\"\(String(repeating: "长", count: 40))\",5\n",
        "1,\"\(String(repeating: "y", count: 100))\"tail,5\n",
    ])
    func anOversizedFieldIsReportedAndTheNextRowsRead(row: String) throws {
        let text = "id,text,score\n0,short,1\n" + row + "2,next,3\n3,\"最后\",4\n"
        let run = try CSVRun(text, maxFieldBytes: 64)
        #expect(run.cells == [["id", "text", "score"], ["0", "short", "1"], ["2", "next", "3"], ["3", "最后", "4"]])
        #expect(run.lines == [1, 2, 4, 5])
        #expect(run.sink.skipped.map(\.code) == [.oversizedField])
        #expect(run.sink.skipped.map(\.line) == [3])
    }

    @Test func aFiftyMegabyteFieldIsSkippedWithBoundedMemory() throws {
        let url = try Paths.temporaryDirectory().appendingPathComponent("huge.csv")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        handle.write(Data("id,text,score\n1,\"".utf8))
        let block = Data(repeating: UInt8(ascii: "z"), count: 1 << 20)
        for _ in 0..<50 { handle.write(block) }
        handle.write(Data("\",5\n2,after the giant,4\n3,\"还在\",5\n".utf8))
        try handle.close()

        let run = try CSVRun(file: InputFile(path: url.path, displayPath: "huge.csv"))
        #expect(run.cells == [["id", "text", "score"], ["2", "after the giant", "4"], ["3", "还在", "5"]])
        #expect(run.lines == [1, 3, 4])
        #expect(run.sink.skipped.map(\.code) == [.oversizedField], "\(run.sink.skipped)")
        #expect(run.sink.skipped.first?.description.hasPrefix("huge.csv:2: error: row skipped: quoted field larger than 1048576 bytes") == true)
        #expect(run.peakBufferBytes < 4 << 20, "memory stays near one field limit plus one chunk")
    }

    @Test func aRowOfCountlessSmallFieldsIsCappedToo() throws {
        let wide = String(repeating: "a,", count: 600_000) + "end\n"   // 1.2 MB, every field tiny
        let run = try CSVRun("id,text\n" + wide + "1,after\n", maxFieldBytes: 64)
        #expect(run.cells == [["id", "text"], ["1", "after"]])
        #expect(run.sink.skipped.map(\.code) == [.oversizedField])
        #expect(run.sink.skipped.first?.message.contains("row larger than") == true)
    }

    // MARK: Streaming

    @Test(arguments: [1, 2, 3, 5, 8, 13])
    func rowsAreTheSameWhateverTheChunkSize(chunkSize: Int) throws {
        let text = "id,text,score\r\n1,\"line one\r\nline two, \"\"quoted\"\"\",5\r\n\r\n2,送餐快 👍,4\r\n3,\"unterminated,1\r\n4,\"好\",2\r\n"
        let reference = try CSVRun(text)
        let small = try CSVRun(text, chunkSize: chunkSize)
        #expect(small.cells == reference.cells)
        #expect(small.lines == reference.lines)
        #expect(small.sink.skipped == reference.sink.skipped)
        #expect(reference.lines == [1, 2, 5, 7])
    }

    @Test func anEmptyFileHasNoRows() throws {
        let run = try CSVRun("")
        #expect(run.rows.isEmpty)
        #expect(run.sink.skipped.isEmpty)
        let blank = try CSVRun("\n\r\n\n")
        #expect(blank.rows.isEmpty)
    }

    @Test func binaryJunkEndsWithoutCrashOrHang() throws {
        let bytes = EncodingTests.junk(count: 300_000)
        #expect(EncodingDetector.looksBinary(Array(bytes.prefix(EncodingDetector.sampleSize))))
        let run = try CSVRun(bytes: bytes, maxFieldBytes: 4096)
        #expect(run.rows.count + run.sink.skipped.count > 0)
        #expect(run.lines == run.lines.sorted())
    }

    // MARK: Real data

    static var sharedEvalTables: [String] {
        guard Paths.hasSharedEval, let sets = try? FileManager.default.contentsOfDirectory(atPath: Paths.sharedEval.path) else { return [] }
        return sets.sorted().flatMap { set -> [String] in
            let raw = Paths.sharedEval.appendingPathComponent(set).appendingPathComponent("raw")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: raw.path)) ?? []
            return names.sorted().filter { $0.hasSuffix(".csv") || $0.hasSuffix(".tsv") }.map { raw.appendingPathComponent($0).path }
        }
    }

    @Test(.enabled(if: Paths.hasSharedEval), arguments: sharedEvalTables)
    func realExportsTokenizeWithTheSameCellCountOnEveryRow(path: String) throws {
        let run = try CSVRun(file: InputFile(path: path))
        let header = try #require(run.rows.first)
        #expect(run.rows.count > 50)
        #expect(run.sink.skipped.isEmpty)
        let odd = run.rows.filter { $0.cells.count != header.cells.count }.map(\.line)
        #expect(odd.isEmpty, "rows with another cell count start on lines \(odd.prefix(10))")
        #expect(run.lines == run.lines.sorted())
        #expect(header.cells.first?.hasPrefix("\u{FEFF}") == false)
        if path.hasSuffix(".tsv") { #expect(run.delimiter == 0x09) }
    }

    @Test(.enabled(if: Paths.hasSharedEval))
    func alexaTSVWithBOMAndCRLFIsReadWhole() throws {
        let path = Paths.sharedEval.appendingPathComponent("en_alexa_ratings/raw/amazon_alexa.dev.tsv").path
        let run = try CSVRun(file: InputFile(path: path))
        #expect(run.sink.noteValue("encoding")?.hasPrefix("utf-8 (confidence 1: byte order mark") == true)
        #expect(run.sink.noteValue("delimiter") == "tab")
        #expect(run.rows.first?.cells == ["rating", "date", "variation", "verified_reviews", "feedback"])
        #expect(run.rows.allSatisfy { $0.cells.count == 5 })
    }
}
