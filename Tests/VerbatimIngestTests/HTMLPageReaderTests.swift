import Foundation
import Testing
import VerbatimModel
@testable import VerbatimIngest

@Suite struct HTMLPageReaderTests {
    func read(_ html: String, options: IngestOptions = IngestOptions()) throws -> CollectingSink {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: url)
        let sink = CollectingSink()
        try HTMLPageReader.read(InputFile(path: url.path, displayPath: "page.html"), options: options, into: sink)
        return sink
    }

    func readFixture(_ name: String, options: IngestOptions = IngestOptions()) throws -> CollectingSink {
        let url = Paths.fixtures.appendingPathComponent("html/\(name)")
        let sink = CollectingSink()
        try HTMLPageReader.read(InputFile(path: url.path, displayPath: name), options: options, into: sink)
        return sink
    }

    @Test func jsonLDHotelWithReviewsAggregateAndBrokenBlock() throws {
        let sink = try readFixture("hotel-jsonld.html")
        #expect(sink.noteValue("preset") == "html-jsonld")
        #expect(sink.noteValue("aggregateRating") == "4.1/5 (2 ratings) for Harbour Hotel")
        #expect(sink.records.count == 2)
        let first = sink.records[0]
        #expect(first.text == "Lovely view & friendly staff. Quiet rooms.")
        #expect(first.rating == Rating(value: 9, scaleMin: 1, scaleMax: 10))
        #expect(first.author == "Mia")
        #expect(first.brand == "Harbour Hotel")
        #expect(first.date == RecordDate(year: 2024, month: 2, day: 10))
        #expect(first.fields["title"] == "Lovely")
        #expect(first.source.line == 6)
        let second = sink.records[1]
        #expect(second.text == "房间很干净，但是早餐一般。")
        #expect(second.author == "王芳")
        #expect(second.rating == Rating(value: 3, scaleMin: 1, scaleMax: 5))
        // The broken block is a warning; reading went on.
        #expect(sink.warnings.map(\.code) == [.malformedJSON])
        #expect(sink.warnings.first?.line == 17)
    }

    @Test(arguments: [
        // A single Review.
        ("{\"@type\":\"Review\",\"reviewBody\":\"Solid.\",\"itemReviewed\":{\"@type\":\"Product\",\"name\":\"Phone X\"}}", ["Solid."], "Phone X"),
        // An array of reviews.
        ("[{\"@type\":\"Review\",\"reviewBody\":\"One\"},{\"@type\":\"Review\",\"description\":\"Two\"}]", ["One", "Two"], nil),
        // An @graph holding a Product with reviews.
        ("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"p\"},{\"@type\":\"Product\",\"name\":\"Kettle\",\"review\":[{\"@type\":\"Review\",\"reviewBody\":\"Hot\"},{\"@type\":\"Review\",\"reviewBody\":\"Cold\"}]}]}", ["Hot", "Cold"], "Kettle"),
        // Product.review as a single object, type given as a list and as a URL.
        ("{\"@type\":[\"Product\"],\"name\":\"Lamp\",\"review\":{\"@type\":\"http://schema.org/Review\",\"reviewBody\":\"Bright\"}}", ["Bright"], "Lamp"),
    ])
    func jsonLDShapes(json: String, texts: [String], product: String?) throws {
        let sink = try read("<html><head><script type=\"application/ld+json\">\(json)</script></head><body></body></html>")
        #expect(sink.records.map(\.text) == texts.map(Optional.some))
        #expect(sink.records.first?.product == product)
    }

    @Test func microdataWithNestedItemsAndUnclosedDiv() throws {
        let sink = try readFixture("product-microdata.html")
        #expect(sink.noteValue("preset") == "html-microdata")
        #expect(sink.records.count == 2)
        let first = sink.records[0]
        #expect(first.text == "Boils in two minutes. Quiet too.")
        #expect(first.author == "Sam")
        #expect(first.rating == Rating(value: 5, scaleMin: 1, scaleMax: 5))
        #expect(first.date == RecordDate(year: 2024, month: 1, day: 5))
        #expect(first.product == "Acme Kettle")
        #expect(first.brand == "Acme")
        #expect(first.fields["title"] == "Boils fast")
        let second = sink.records[1]
        #expect(second.text == "Lid broke after a week.")
        #expect(second.author == "Lee")
        #expect(second.rating?.value == 2)
        #expect(second.product == "Acme Kettle")
    }

    @Test func rdfaReviews() throws {
        let sink = try readFixture("restaurant-rdfa.html")
        #expect(sink.noteValue("preset") == "html-rdfa")
        #expect(sink.records.map(\.text) == ["Great broth, slow service.", "汤很好喝"])
        #expect(sink.records.map { $0.rating?.value } == [4, 5])
        #expect(sink.records[0].author == "Kim")
        #expect(sink.records[0].date == RecordDate(year: 2024, month: 3, day: 3))
        #expect(sink.records.allSatisfy { $0.brand == "Noodle Bar" })
    }

    @Test func xpathSelectorsPickInnermostItems() throws {
        let html = """
            <html><body>
            <div class="rv" data-stars="4"><p class="t">Good&nbsp;coffee &amp; cake</p><span class="by">Ann</span><script>x()</script>
            <div class="rv" data-stars="1"><p class="t">Rude staff</p><span class="by">Bo</span></div>
            </body></html>
            """
        let selectors = XPathSelectors(item: "//div[@class='rv']", text: ".//p[@class='t']", rating: "@data-stars", author: ".//span[@class='by']")
        let sink = try read(html, options: IngestOptions(xpath: selectors))
        #expect(sink.noteValue("preset") == "html-xpath")
        // The unclosed first div contains the second: only innermost matches are items.
        #expect(sink.records.map(\.text) == ["Rude staff"])
        #expect(sink.records.map(\.author) == ["Bo"])
        #expect(sink.records.map { $0.rating?.value } == [1])
    }

    @Test func xpathItemsWithoutTextSelectorUseVisibleText() throws {
        let html = "<ul><li class=\"c\">First<style>.x{}</style></li><li class=\"c\">Second <script>s()</script>one</li><li class=\"c\"> </li></ul>"
        let sink = try read(html, options: IngestOptions(xpath: XPathSelectors(item: "//li[@class='c']")))
        #expect(sink.records.map(\.text) == ["First", "Second one"])
        #expect(sink.skipped.map(\.code) == [.emptyRecord])
    }

    @Test func invalidXPathIsABadOption() throws {
        #expect {
            _ = try read("<p>x</p>", options: IngestOptions(xpath: XPathSelectors(item: "//div[")))
        } throws: { ($0 as? IngestError)?.code == .badOption }
    }

    @Test func pageWithoutMarkupIsOneExplainedSkip() throws {
        let sink = try read("<html><body><div class=\"review\">Nice place</div></body></html>")
        #expect(sink.records.isEmpty)
        #expect(sink.skipped.count == 1)
        #expect(sink.skipped.first?.code == .unusableRecord)
        #expect(sink.skipped.first?.message.contains("--xpath") == true)
    }

    @Test func malformedHTMLIsRecovered() throws {
        let html = "<html><body><table><tr><td><div itemscope itemtype=\"http://schema.org/Review\"><b><i itemprop=\"reviewBody\">Works <u>fine</b></i><meta itemprop=\"ratingValue\" content=\"4\"></td></table>"
        let sink = try read(html)
        #expect(sink.records.map(\.text) == ["Works fine"])
        #expect(sink.records.first?.rating?.value == 4)
    }

    @Test func oversizedReviewIsSkipped() throws {
        let big = String(repeating: "x", count: 5000)
        let json = "[{\"@type\":\"Review\",\"reviewBody\":\"\(big)\"},{\"@type\":\"Review\",\"reviewBody\":\"short\"}]"
        let sink = try read("<script type=\"application/ld+json\">\(json)</script>", options: IngestOptions(maxFieldBytes: 1024))
        #expect(sink.records.map(\.text) == ["short"])
        #expect(sink.skipped.map(\.code) == [.oversizedField])
    }

    @Test func pageOverTheCapIsRejected() throws {
        let html = "<p>" + String(repeating: "a", count: 70_000) + "</p>"
        #expect {
            _ = try read(html, options: IngestOptions(maxFieldBytes: 1024))
        } throws: { ($0 as? IngestError)?.code == .oversizedField }
    }

    @Test func binaryAndEmptyPagesGetClearErrors() throws {
        #expect { _ = try read("") } throws: { ($0 as? IngestError)?.code == .emptyFile }
        #expect { _ = try read("\u{0}\u{1}\u{2}PK\u{3}\u{4}") } throws: { ($0 as? IngestError)?.code == .binaryFile }
    }
}
