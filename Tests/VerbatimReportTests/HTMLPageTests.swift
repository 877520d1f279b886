import Foundation
import Testing
@testable import VerbatimReport

@Suite struct HTMLPageTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("中文<b>", "中文&lt;b&gt;"),
        ("nul\u{0}bell\u{7}", "nul\u{FFFD}bell\u{FFFD}"),
        ("tab\tnew\nline", "tab\tnew\nline"),
        ("\u{FFFF}", "\u{FFFD}"),
    ])
    func escapesTextAndAttributes(_ input: String, _ expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
        #expect(Markup(text: input).rendered == expected)
    }

    @Test func interpolationKeepsLiteralsAndEscapesData() {
        let data = "\"><img src=x onerror=alert(1)>"
        let inner: Markup = "<b>\(data)</b>"
        let m: Markup = "<p title=\"\(data)\">\(inner) \(3) \(0.5, decimals: 2)</p>"
        #expect(m.rendered == "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"><b>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</b> 3 0.50</p>")
    }

    @Test(arguments: hostileStrings)
    func everyBuilderEscapesHostileData(_ hostile: String) throws {
        let html = SamplePages.page(hostile).render()
        #expect(unsafeMarkup(html) == [])
        #expect(xmlError(html) == nil)
        #expect(html.contains(HTMLEscaping.escape(hostile)))
        if hostile.contains("<") { #expect(!html.contains(hostile)) }
        // Exactly the literal <script>-free structure: no data turned into elements.
        let names = Set(startTags(html).map(\.name))
        #expect(names.isSubset(of: ["html", "head", "meta", "title", "style", "body", "header", "h1", "p", "nav", "ol", "li",
                                    "a", "main", "section", "h2", "h3", "div", "table", "caption", "thead", "tr", "th",
                                    "tbody", "td", "blockquote", "footer", "mark", "figure", "figcaption", "svg", "desc",
                                    "g", "rect", "text", "line", "polyline", "polygon", "circle", "ul", "details", "summary"]),
                "\(names.sorted())")
    }

    @Test func pageIsSelfContainedWithAStrictPolicy() {
        let html = SamplePages.page("x").render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"x\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"))
        // Nothing external: the only URL is the SVG namespace name.
        let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!withoutNamespace.contains("http:"))
        #expect(!withoutNamespace.contains("https:"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("@media print"))
        #expect(html.contains("\"Noto Sans CJK SC\""))
    }

    @Test func renderingIsDeterministic() {
        #expect(SamplePages.page("送餐 <x>").render() == SamplePages.page("送餐 <x>").render())
    }

    @Test(arguments: [
        ("Delivery / Late", "delivery-late"),
        ("themes", "themes"),
        ("  A__b  ", "a__b"),
        ("配送", nil),
        ("\"><script>", "script"),
        ("javascript:alert(1)", "javascript-alert-1"),
    ] as [(String, String?)])
    func anchorsAreReducedToSafeCharacters(_ id: String, _ expected: String?) {
        #expect(HTMLPage.anchor(id) == expected)
    }

    @Test func sectionAnchorsAreUnique() {
        var page = HTMLPage(title: "t")
        for id in ["a", "a", "配送", "provenance"] { page.append(HTMLSection(id: id, title: id)) }
        let ids = startTags(page.render()).filter { $0.name == "section" }.compactMap { $0.attributes.first { $0.name == "id" }?.value }
        #expect(ids == ["a", "a-2", "section-3", "provenance-2"])
    }

    @Test func numericColumnsAreRightAligned() {
        var t = HTMLTable(header: ["Theme", "n", "note"], numericColumns: [])
        t.append([.text("Delivery"), .integer(12), .text("x")])
        t.append([.text("Price"), .number(-0.5, decimals: 2), .numericText("+3%")])
        var c = HTMLContent()
        c.table(t)
        let html = c.blocks[0].rendered
        #expect(html.contains("<th scope=\"col\" class=\"num\">n</th>"))
        #expect(html.contains("<th scope=\"col\">note</th>"))
        #expect(html.contains("<td class=\"num\">-0.50</td>"))
        #expect(html.contains("<td>+3%</td>"))
    }

    @Test func quoteHighlightsOnlyValidRanges() {
        // 送餐 = bytes 0..<6; 6..<7 is inside 太 and is ignored; 100..<200 is out of range.
        let m = QuoteBlock.highlighted("送餐太慢<了>", [0..<6, 6..<7, 100..<200, 9..<12])
        #expect(m.rendered == "<mark>送餐</mark>太<mark>慢</mark>&lt;了&gt;")
    }

    @Test func quoteCarriesItsLanguage() {
        var c = HTMLContent()
        c.quote(QuoteBlock(text: "送餐太慢了", meta: "reviews.csv:12", lang: "zh"))
        #expect(c.blocks[0].rendered == "<blockquote class=\"quote\"><p lang=\"zh\">送餐太慢了</p><footer>reviews.csv:12</footer></blockquote>")
    }

    @Test func provenanceHasNoTimestamp() {
        let p = Provenance(version: "0.1.0", lexicons: ["core zh 2025.06.0"], options: ["--neutral-band 0.05"])
        #expect(p.lines == ["Produced by Verbatim 0.1.0", "Lexicons: core zh 2025.06.0", "Options: --neutral-band 0.05"])
    }
}
