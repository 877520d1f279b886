import Foundation
import Testing
import VerbatimModel
import ZIPFoundation
@testable import VerbatimIngest

/// Builds small `.xlsx` workbooks part by part, so tests commit no binaries.
struct WorkbookBuilder {
    var sheets: [(name: String, xml: String)] = []
    var sharedStrings: [String] = []
    /// `<xf numFmtId>` of each cell style: style 1 is a date (14), style 2 a custom date-time.
    var styles = #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>"#
    var date1904 = false
    var extraParts: [(String, [UInt8])] = []
    var omit: Set<String> = []

    static func sheetXML(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>"#
            + rows + "</sheetData></worksheet>"
    }

    /// A shared-string cell (adds the string to the table).
    mutating func s(_ ref: String, _ text: String) -> String {
        sharedStrings.append(text)
        return #"<c r="\#(ref)" t="s"><v>\#(sharedStrings.count - 1)</v></c>"#
    }

    func parts() -> [(String, [UInt8])] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var sheetList = ""
        var rels = ""
        for (i, sheet) in sheets.enumerated() {
            sheetList += #"<sheet name="\#(sheet.name)" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
            rels += #"<Relationship Id="rId\#(i + 1)" Type="\#(rel)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        var out: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="\#(main)" xmlns:r="\#(rel)"><workbookPr date1904="\#(date1904 ? 1 : 0)"/><sheets>\#(sheetList)</sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(rels)</Relationships>"#),
            ("xl/styles.xml", styles),
        ]
        let si = sharedStrings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined()
        out.append(("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="\#(main)" count="\#(sharedStrings.count)">\#(si)</sst>"#))
        for (i, sheet) in sheets.enumerated() { out.append(("xl/worksheets/sheet\(i + 1).xml", sheet.xml)) }
        return out.filter { !omit.contains($0.0) }.map { ($0.0, Array($0.1.utf8)) } + extraParts
    }

    func write(to url: URL) throws {
        try Self.zip(parts(), to: url)
    }

    static func zip(_ parts: [(String, [UInt8])], to url: URL, compression: CompressionMethod = .deflate) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}

@Suite struct XLSXReaderTests {
    func read(_ book: WorkbookBuilder, options: IngestOptions = IngestOptions(), limits: XLSXLimits = XLSXLimits()) throws -> CollectingSink {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("survey.xlsx")
        try book.write(to: url)
        let sink = CollectingSink()
        try XLSXReader.read(InputFile(path: url.path, displayPath: "survey.xlsx"), options: options, limits: limits, into: sink)
        return sink
    }

    /// A sheet with shared strings (one rich text), an inline string, numbers, a date column and a missing cell.
    func surveyBook() -> WorkbookBuilder {
        var b = WorkbookBuilder()
        var rows = "<row r=\"1\">" + b.s("A1", "Comment") + b.s("B1", "Score") + b.s("C1", "Submitted") + b.s("D1", "Region") + "</row>"
        rows += "<row r=\"2\">" + b.s("A2", "The room was spotless & quiet") + #"<c r="B2"><v>5</v></c><c r="C2" s="1"><v>45352</v></c>"# + b.s("D2", "North") + "</row>"
        // Rich text: two runs, one of them bold; B3 is missing.
        b.sharedStrings.append("")
        let rich = b.sharedStrings.count - 1
        rows += #"<row r="3"><c r="A3" t="s"><v>\#(rich)</v></c><c r="C3" s="2"><v>45353.75</v></c>"# + b.s("D3", "South") + "</row>"
        rows += #"<row r="5"><c r="A5" t="inlineStr"><is><t>服务很好，</t><r><t>下次还来</t></r></is></c><c r="B5"><v>4</v></c><c r="C5" s="1"><v>45355</v></c><c r="D5" t="inlineStr"><is><t>North</t></is></c></row>"#
        b.sheets = [("Responses", WorkbookBuilder.sheetXML(rows))]
        return b
    }

    @Test func readsStringsNumbersDatesAndMissingCells() throws {
        // Replace the placeholder rich-text entry with real runs.
        var parts = surveyBook().parts()
        let i = try #require(parts.firstIndex { $0.0 == "xl/sharedStrings.xml" })
        let richSI = "<si><r><rPr><b/></rPr><t>Check-in was slow, </t></r><r><t xml:space=\"preserve\">but the staff apologised</t></r><rPh><t>ふりがな</t></rPh></si>"
        var sst = String(decoding: parts[i].1, as: UTF8.self)
        sst = sst.replacingOccurrences(of: "<si><t xml:space=\"preserve\"></t></si>", with: richSI)
        parts[i].1 = Array(sst.utf8)

        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("survey.xlsx")
        try WorkbookBuilder.zip(parts, to: url)
        let sink = CollectingSink()
        try XLSXReader.read(InputFile(path: url.path, displayPath: "survey.xlsx"), options: IngestOptions(), into: sink)

        #expect(sink.noteValue("sheet") == "Responses")
        #expect(sink.records.count == 3)
        #expect(sink.warnings.isEmpty && sink.skipped.isEmpty)
        let r = sink.records
        #expect(r.map(\.text) == ["The room was spotless & quiet", "Check-in was slow, but the staff apologised", "服务很好，下次还来"])
        #expect(r[0].rating == Rating(value: 5, scaleMin: 1, scaleMax: 5))
        #expect(r[1].rating == nil)  // B3 is missing
        #expect(r[0].date == RecordDate(year: 2024, month: 3, day: 1))
        #expect(r[1].date?.day == 2)
        #expect(r[1].segments == ["Region": "South", "region": "South"])
        #expect(r.map(\.source.line) == [2, 3, 5])
        #expect(r.map(\.source.ordinal) == [1, 2, 3])
        #expect(roleNote(sink, "Submitted") == "date")
    }

    @Test func theSheetOptionPicksASheetAndAnUnknownOneIsListed() throws {
        var book = surveyBook()
        var second = "<row r=\"1\">" + book.s("A1", "Feedback") + "</row>"
        second += "<row r=\"2\">" + book.s("A2", "Second sheet comment about parking") + "</row>"
        book.sheets.append(("Other", WorkbookBuilder.sheetXML(second)))

        var options = IngestOptions()
        options.sheet = "Other"
        let sink = try read(book, options: options)
        #expect(sink.records.map(\.text) == ["Second sheet comment about parking"])
        #expect(sink.noteValue("sheet") == "Other")

        options.sheet = "Missing"
        let error = #expect(throws: IngestError.self) { _ = try read(book, options: options) }
        #expect(error?.code == .badOption)
        #expect(error?.message.contains("'Responses', 'Other'") == true)
    }

    @Test func mapAcceptsSpreadsheetLetters() throws {
        var options = IngestOptions()
        options.columnMap = try ColumnMap(parsing: "text=A,segment=D,rating=B")
        let sink = try read(surveyBook(), options: options)
        #expect(sink.noteValue("column Region")?.hasPrefix("segment by --map") == true)
        #expect(sink.records[0].rating?.value == 5)
    }

    @Test func dates1904AndBooleansAndErrors() throws {
        var b = WorkbookBuilder()
        b.date1904 = true
        var rows = "<row r=\"1\">" + b.s("A1", "Comment") + b.s("B1", "Date") + b.s("C1", "Verified") + b.s("D1", "Calc") + "</row>"
        rows += "<row r=\"2\">" + b.s("A2", "Too slow to answer my emails") + #"<c r="B2" s="1"><v>0</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c></row>"#
        rows += "<row r=\"3\">" + b.s("A3", "Friendly and quick support") + #"<c r="B3" s="1"><v>43890</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" t="str"><f>A1</f><v>x</v></c></row>"#
        b.sheets = [("S", WorkbookBuilder.sheetXML(rows))]
        let sink = try read(b)
        #expect(sink.records[0].date == RecordDate(year: 1904, month: 1, day: 1))
        #expect(sink.records[1].date == RecordDate(year: 2024, month: 3, day: 1))  // 1900-system serial 45352
        #expect(sink.records[0].segments["Verified"] == "TRUE")
        #expect(sink.records[1].segments["Verified"] == "FALSE")
        #expect(sink.records[0].segments["Calc"] == nil)  // an error cell reads as empty
        #expect(sink.records[1].segments["Calc"] == "x")  // a formula's cached string
    }

    // MARK: - Hostile files

    func readBytes(_ bytes: [UInt8], name: String = "bad.xlsx") throws -> CollectingSink {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        let sink = CollectingSink()
        try XLSXReader.read(InputFile(path: url.path), options: IngestOptions(), into: sink)
        return sink
    }

    @Test func aFileThatIsNotAZipIsRefused() {
        let error = #expect(throws: IngestError.self) { _ = try readBytes(Array("Comment,Score\nGood,5\n".utf8)) }
        #expect(error?.code == .binaryFile)
        let empty = #expect(throws: IngestError.self) { _ = try readBytes([]) }
        #expect(empty?.code == .emptyFile)
    }

    @Test func aTruncatedZipIsRefused() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("full.xlsx")
        try surveyBook().write(to: url)
        let bytes = [UInt8](try Data(contentsOf: url))
        for cut in [bytes.count / 2, bytes.count - 30, 10] {
            let error = #expect(throws: IngestError.self) { _ = try readBytes(Array(bytes.prefix(cut))) }
            #expect(error?.code == .truncated)
        }
    }

    @Test func aPartExpandingPastTheCapIsRefused() throws {
        var book = surveyBook()
        // 4 MiB of repeated rows compress to a few KiB: a small ZIP bomb against a 1 MiB cap.
        let row = #"<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>"#
        book.sheets = [("Bomb", WorkbookBuilder.sheetXML(String(repeating: row, count: 4 << 20 / row.utf8.count)))]
        let error = #expect(throws: IngestError.self) { _ = try read(book, limits: XLSXLimits(maxPartBytes: 1 << 20)) }
        #expect(error?.code == .oversizedField)
        #expect(error?.message.contains("xl/worksheets/sheet1.xml") == true)
    }

    @Test func missingPartsAreNamed() throws {
        var noSheet = surveyBook()
        noSheet.omit = ["xl/worksheets/sheet1.xml"]
        let error = #expect(throws: IngestError.self) { _ = try read(noSheet) }
        #expect(error?.code == .malformedMarkup)
        #expect(error?.message.contains("xl/worksheets/sheet1.xml") == true)

        var noWorkbook = surveyBook()
        noWorkbook.omit = ["xl/workbook.xml"]
        let other = #expect(throws: IngestError.self) { _ = try read(noWorkbook) }
        #expect(other?.code == .binaryFile)
    }

    @Test func entityDeclarationsInASheetAreRefused() throws {
        var book = surveyBook()
        book.sheets = [("Evil", #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>"#)]
        let error = #expect(throws: IngestError.self) { _ = try read(book) }
        #expect(error?.code == .refusedEntities)
    }

    @Test func malformedSheetXMLIsAnError() throws {
        var book = surveyBook()
        book.sheets = [("Broken", #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Comment</t></is></c></row><row r="2"><c"#)]
        let error = #expect(throws: IngestError.self) { _ = try read(book) }
        #expect(error?.code == .malformedMarkup)
    }

    // MARK: - Parts

    @Test(arguments: [
        (1.0, "1900-01-01"), (59.0, "1900-02-28"), (61.0, "1900-03-01"), (45352.0, "2024-03-01"),
        (45352.5, "2024-03-01T12:00:00"), (45352.999999, "2024-03-02T00:00:00"),
    ])
    func excelSerialsBecomeISODates(serial: Double, expected: String) {
        #expect(ExcelSerialDate.iso(serial, date1904: false) == expected)
    }

    @Test(arguments: [
        ("yyyy-mm-dd", XLSXStyles.Kind.date), ("0.00", .number), ("h:mm", .time), (#"yyyy"年"m"月"d"日""#, .date),
        ("[Red]0.00", .number), (#""Day "0"#, .number), ("m/d/yy h:mm", .date), ("General", .number), ("[h]:mm:ss", .time),
    ])
    func numberFormatsAreClassified(code: String, expected: XLSXStyles.Kind) {
        #expect(XLSXStyles.kind(code: code) == expected)
    }

    @Test(arguments: [("A1", 0), ("Z9", 25), ("AA1", 26), ("XFD1048576", 16383), ("b2", 1)])
    func cellReferencesGiveColumns(reference: String, column: Int) {
        #expect(XLSXRowSource.columnIndex(reference) == column)
    }
}
