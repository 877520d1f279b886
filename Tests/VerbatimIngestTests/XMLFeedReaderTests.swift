import Foundation
import Testing
import VerbatimModel
@testable import VerbatimIngest

@Suite struct XMLFeedReaderTests {
    /// Reads an XML string through a temporary file.
    func read(_ xml: String, options: IngestOptions = IngestOptions()) throws -> CollectingSink {
        try read(bytes: Array(xml.utf8), options: options)
    }

    func read(bytes: [UInt8], options: IngestOptions = IngestOptions()) throws -> CollectingSink {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("in.xml")
        try Data(bytes).write(to: url)
        let sink = CollectingSink()
        try XMLFeedReader.read(InputFile(path: url.path, displayPath: "in.xml"), options: options, into: sink)
        return sink
    }

    /// Reads a file and returns the sink plus the error thrown, if any.
    func readCatching(_ xml: String, options: IngestOptions = IngestOptions()) throws -> (CollectingSink, IngestError?) {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("in.xml")
        try Data(xml.utf8).write(to: url)
        let sink = CollectingSink()
        do {
            try XMLFeedReader.read(InputFile(path: url.path, displayPath: "in.xml"), options: options, into: sink)
            return (sink, nil)
        } catch {
            return (sink, error)
        }
    }

    func fixture(_ name: String) -> InputFile {
        let url = Paths.fixtures.appendingPathComponent("xml/\(name)")
        return InputFile(path: url.path, displayPath: name)
    }

    @Test func semevalSnippetGivesTextIdAndJoinedAspects() throws {
        let sink = CollectingSink()
        try XMLFeedReader.read(fixture("semeval-snippet.xml"), options: IngestOptions(), into: sink)
        #expect(sink.noteValue("preset") == "semeval-absa")
        #expect(sink.noteValue("record path") == "/sentences/sentence (detected)")
        #expect(sink.records.map(\.id) == ["3121", "2777", "1634"])
        #expect(sink.records[2].text == "Where Gabriela personaly greets you & recommends you what to eat.")
        let second = sink.records[1]
        #expect(second.fields["aspectCategories"] == "food;service")
        #expect(second.fields["aspectCategoryPolarities"] == "positive;positive")
        #expect(second.fields["aspectTerms"] == "food;kitchen")
        #expect(second.fields["aspectTermPolarities"] == "positive;positive")
        #expect(second.fields["aspectTermFrom"] == "4;55")
        #expect(second.source.line == 12)
        #expect(second.source.ordinal == 2)
        #expect(sink.records[2].fields.isEmpty)
        #expect(sink.skipped.isEmpty && sink.warnings.isEmpty)
    }

    @Test func appStoreFeedSkipsTheAppEntryAndReadsReviews() throws {
        let sink = CollectingSink()
        try XMLFeedReader.read(fixture("appstore-feed.xml"), options: IngestOptions(), into: sink)
        #expect(sink.noteValue("preset") == "app-store-reviews")
        #expect(sink.noteValue("record path") == "/feed/entry (detected)")
        #expect(sink.skipped.count == 1)
        #expect(sink.skipped.first?.code == .unusableRecord)
        #expect(sink.skipped.first?.message.contains("app itself") == true)
        #expect(sink.records.count == 2)
        let first = sink.records[0]
        // type="text" content wins over its type="html" twin.
        #expect(first.texts.map(\.text) == ["Makes weekly planning easy & fast."])
        #expect(first.rating == Rating(value: 5, scaleMin: 1, scaleMax: 5))
        #expect(first.author == "happycook")
        #expect(first.id == "10001")
        #expect(first.date == RecordDate(year: 2024, month: 4, day: 30) || first.date?.year == 2024)
        #expect(first.fields["title"] == "Love it")
        #expect(first.fields["im:version"] == "3.2.1")
        #expect(first.product == "Meal Planner")
        #expect(first.channel == "App Store")
        let second = sink.records[1]
        #expect(second.text == "更新后一直闪退，无法登录")
        #expect(second.author == "李雷")
        #expect(second.rating?.value == 2)
    }

    @Test func rssDescriptionLosesMarkupAndScripts() throws {
        let sink = CollectingSink()
        try XMLFeedReader.read(fixture("rss-comments.xml"), options: IngestOptions(), into: sink)
        #expect(sink.noteValue("preset") == "rss-feed")
        #expect(sink.noteValue("record path") == "/rss/channel/item (detected)")
        #expect(sink.records.map(\.text) == ["The soup was cold & bland.", "Great service, thanks!"])
        #expect(sink.records.allSatisfy { !($0.text ?? "").contains("alert") && !($0.text ?? "").contains("p{}") })
        #expect(sink.records.map(\.author) == ["Ann", "Bob"])
        #expect(sink.records.map(\.id) == ["c-1", "c-2"])
        // `comments` is a URL in RSS, never review text.
        #expect(sink.records[0].texts.count == 1)
        #expect(sink.records[0].fields["comments"] == "https://example.com/menu#comments")
    }

    @Test func genericReviewsWithAttributesAsFields() throws {
        let xml = """
            <reviews>
              <review rating="4" date="2024-03-01" store="Main St"><text>Nice coffee</text><tags><tag>drinks</tag><tag>staff</tag></tags></review>
              <review rating="2" date="2024-03-02" store="Airport"><text>Slow</text></review>
            </reviews>
            """
        let sink = try read(xml)
        #expect(sink.noteValue("preset") == "generic-xml")
        #expect(sink.noteValue("record path") == "/reviews/review (detected)")
        #expect(sink.records.map(\.text) == ["Nice coffee", "Slow"])
        #expect(sink.records.map { $0.rating?.value } == [4, 2])
        #expect(sink.records.map(\.store) == ["Main St", "Airport"])
        #expect(sink.records[0].date == RecordDate(year: 2024, month: 3, day: 1))
        #expect(sink.records[0].fields["tags/tag"] == "drinks;staff")
    }

    @Test(arguments: [
        ("<export><meta><count>2</count></meta><data><rows><row><comment>A</comment></row><row><comment>B</comment></row></rows></data></export>", "/export/data/rows/row"),
        ("<site><page><post><body>A</body></post><post><body>B</body></post></page><page><post><body>C</body></post><post><body>D</body></post></page></site>", "/site/page/post"),
        ("<posts><row Id=\"1\" Body=\"A\"/><row Id=\"2\" Body=\"B\"/></posts>", "/posts/row"),
        ("<评论列表><评论><内容>好吃</内容><评分>5</评分></评论><评论><内容>太慢了</内容><评分>1</评分></评论></评论列表>", "/评论列表/评论"),
    ])
    func detectsDeeperRecordPaths(xml: String, path: String) throws {
        let sink = try read(xml)
        #expect(sink.noteValue("record path") == path + " (detected)")
        #expect(sink.records.count >= 2)
        #expect(sink.records.allSatisfy { $0.hasText })
    }

    @Test func chineseReviewsGetRolesFromChineseNames() throws {
        let sink = try read("<评论列表><评论><内容>好吃</内容><评分>5</评分><日期>2024-01-02</日期></评论><评论><内容>送餐太慢了</内容><评分>1</评分></评论></评论列表>")
        #expect(sink.records.map(\.text) == ["好吃", "送餐太慢了"])
        #expect(sink.records.map { $0.rating?.value } == [5, 1])
        #expect(sink.records[0].date == RecordDate(year: 2024, month: 1, day: 2))
    }

    @Test(arguments: ["item", "//item", "channel/item", "/rss/channel/item", "rss/*/item"])
    func recordPathOptionSelectsRecords(path: String) throws {
        let xml = "<rss><channel><title>T</title><item><description>one</description></item><item><description>two</description></item><extra><item><description>x</description></item></extra></channel></rss>"
        let sink = try read(xml, options: IngestOptions(recordPath: path))
        #expect(sink.noteValue("record path")?.hasSuffix("(given)") == true)
        let texts = sink.records.compactMap(\.text)
        #expect(texts.starts(with: ["one", "two"]))
        #expect(texts.count == (path == "item" || path == "//item" ? 3 : 2))
    }

    @Test(arguments: ["sentences[1]/sentence", "@id", "", "a//b"])
    func unsupportedRecordPathIsABadOption(path: String) throws {
        let (_, error) = try readCatching("<a><b>x</b></a>", options: IngestOptions(recordPath: path))
        #expect(error?.code == .badOption)
    }

    @Test func recordPathMatchingNothingWarns() throws {
        let sink = try read("<a><b><t>x</t></b><b><t>y</t></b></a>", options: IngestOptions(recordPath: "review"))
        #expect(sink.records.isEmpty)
        #expect(sink.warnings.first?.code == .badOption)
    }

    @Test func bareTextElementsAreRecords() throws {
        let sink = try read("<sentences><sentence>Good food.</sentence><sentence>Bad service.</sentence></sentences>")
        #expect(sink.records.map(\.text) == ["Good food.", "Bad service."])
    }

    @Test func atomXHTMLAndHTMLContentBecomePlainText() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
            <entry><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <b>bold</b> line</p><p>Second</p></div></content></entry>
            <entry><id>2</id><content type="html">&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;</content></entry>
            </feed>
            """
        let sink = try read(xml)
        #expect(sink.noteValue("preset") == "atom-feed")
        #expect(sink.records.map(\.text) == ["First bold line\nSecond", "Tom & Jerry"])
    }

    @Test func truncatedFileEmitsRecordsBeforeAndThrowsWithLine() throws {
        var xml = "<?xml version=\"1.0\"?>\n<reviews>\n"
        for i in 1...5 { xml += "  <review id=\"\(i)\"><text>Review \(i)</text></review>\n" }
        xml += "  <review id=\"6\"><text>Cut off in the mid"
        let (sink, error) = try readCatching(xml)
        #expect(sink.records.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(error?.code == .truncated)
        #expect(error?.line == 8)
        #expect(error?.message.contains("record 6") == true)
        #expect(error?.description.hasPrefix("in.xml:8:") == true)
    }

    @Test func truncatedAfterManyRecordsBeyondLookahead() throws {
        var xml = "<reviews>\n"
        for i in 1...1000 { xml += "<review><text>r\(i)</text></review>\n" }
        xml += "<review><text>half"
        let (sink, error) = try readCatching(xml)
        #expect(sink.records.count == 1000)
        #expect(error?.code == .truncated)
        #expect(error?.line == 1002)
    }

    @Test func malformedMiddleIsMalformedMarkupWithLine() throws {
        let xml = "<reviews>\n<review><text>a</text></review>\n<review><text>b</txet></review>\n<review><text>c</text></review>\n</reviews>\n"
        let (sink, error) = try readCatching(xml)
        #expect(sink.records.map(\.text) == ["a"])
        #expect(error?.code == .malformedMarkup)
        #expect(error?.line == 3)
    }

    @Test func externalEntityIsRefusedWithoutLeakingContent() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<reviews><review><text>&xxe;</text></review><review><text>x</text></review></reviews>\n"
        let (sink, error) = try readCatching(xml)
        #expect(error?.code == .refusedEntities)
        #expect(error?.line != nil)
        #expect(sink.records.isEmpty)
        #expect(!(error?.description.contains("root:") ?? true))
    }

    @Test func parameterEntityIsRefused() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n<r><text>a</text></r>\n"
        let (sink, error) = try readCatching(xml)
        #expect(error != nil)
        #expect(sink.records.allSatisfy { !($0.text ?? "").contains("root:") })
        #expect(!(error?.description.contains("root:x") ?? false))
    }

    @Test func billionLaughsFailsFast() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let previous = i == 1 ? "lol" : "lol\(i - 1)"
            xml += "<!ENTITY lol\(i) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz><lol><text>&lol9;</text></lol><lol><text>&lol9;</text></lol></lolz>\n"
        let start = Date()
        let (sink, error) = try readCatching(xml)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(error?.code == .refusedEntities)
        #expect(error?.message.contains("refused") == true)
        #expect(sink.records.isEmpty)
    }

    @Test func undeclaredEntityReferenceIsAnError() throws {
        let (sink, error) = try readCatching("<r><t>a &foo; b</t></r>")
        #expect(error?.code == .refusedEntities)
        #expect(sink.records.isEmpty)
    }

    @Test func binaryJunkIsRejectedClearly() throws {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        var x: UInt32 = 12345
        for _ in 0..<2000 {
            x = x &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: x >> 16))
        }
        #expect {
            _ = try read(bytes: bytes)
        } throws: { ($0 as? IngestError)?.code == .binaryFile }
    }

    @Test func emptyAndNonXMLFilesGetClearErrors() throws {
        #expect { _ = try read("") } throws: { ($0 as? IngestError)?.code == .emptyFile }
        let (_, error) = try readCatching("id,text\n1,hello\n")
        #expect(error?.code == .malformedMarkup)
        #expect(error?.message.contains("not XML") == true)
    }

    @Test func hugeTextNodeIsSkippedAndReadingContinues() throws {
        let big = String(repeating: "很长的评论 ", count: 30_000)
        let xml = "<reviews><review><text>short one</text></review><review><text>\(big)</text></review><review><text>after</text></review></reviews>"
        let sink = try read(xml, options: IngestOptions(maxFieldBytes: 64 * 1024))
        #expect(sink.records.map(\.text) == ["short one", "after"])
        #expect(sink.skipped.count == 1)
        #expect(sink.skipped.first?.code == .oversizedField)
        #expect(sink.skipped.first?.message.contains("record 2") == true)
        #expect(sink.skipped.first?.message.contains("很长") == false)
    }

    @Test func namespacedNamesKeepTheirPrefix() throws {
        let xml = "<feed xmlns:im=\"http://example.com/im\"><item><im:rating>4</im:rating><im:version>1.0</im:version><body>ok</body></item><item><im:rating>3</im:rating><body>fine</body></item></feed>"
        let sink = try read(xml)
        #expect(sink.records.map { $0.rating?.value } == [4, 3])
        #expect(sink.records[0].fields["im:version"] == "1.0")
    }

    @Test func forcedEncodingReadsGB18030() throws {
        // "好吃" in GB18030, no encoding declaration.
        let head = Array("<rs><r><text>".utf8)
        let tail = Array("</text></r><r><text>ok</text></r></rs>".utf8)
        let bytes = head + [0xBA, 0xC3, 0xB3, 0xD4] + tail
        let sink = try read(bytes: bytes, options: IngestOptions(encoding: .gb18030))
        #expect(sink.records.map(\.text) == ["好吃", "ok"])
    }

    @Test func largeFileStreamsWithBoundedLookahead() throws {
        var xml = "<reviews>\n"
        for i in 0..<20_000 { xml += "<review id=\"\(i)\"><text>评论 number \(i) &amp; more</text><rating>\(i % 5 + 1)</rating></review>\n" }
        xml += "</reviews>\n"
        let sink = try read(xml)
        #expect(sink.records.count == 20_000)
        #expect(sink.records.last?.id == "19999")
        #expect(sink.records.last?.source.line == 20_001)
    }
}

extension XMLFeedReaderTests {
    @Test func textNodeOverLibxmlLimitIsHandled() throws {
        let big = String(repeating: "abcdefghij", count: 1_200_000)
        let xml = "<reviews><review><text>first</text></review><review><text>\(big)</text></review><review><text>after</text></review></reviews>"
        let (sink, error) = try readCatching(xml)
        // SAX delivers the text in pieces: libxml2's 10 MB text-node limit never applies,
        // the record is skipped by --max-field-bytes and reading goes on.
        #expect(error == nil)
        #expect(sink.records.map(\.text) == ["first", "after"])
        #expect(sink.skipped.map(\.code) == [.oversizedField])
    }
}
