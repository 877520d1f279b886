import Foundation
import Testing
@testable import VerbatimXML

@Suite struct HTMLDocumentTests {
    @Test func visibleTextSkipsScriptAndStyleAndDecodesEntities() throws {
        let page = try HTMLDocument(html: "<html><head><title>T</title><style>p{color:red}</style></head><body><p>Tom&nbsp;&amp;&#32;Jerry</p><script>var x = '<p>no</p>';</script><p>caf&eacute; 好</p></body></html>")
        #expect(page.root?.text == "Tom & Jerry\ncafé 好")
    }

    @Test func scriptBodiesAreKeptWholeForJSONLD() throws {
        let html = "<script type=\"application/ld+json\">{\"reviewBody\": \"a </b> b\"}</script><p>x</p>"
        let page = try HTMLDocument(html: html)
        let scripts = try page.nodes("//script[@type='application/ld+json']")
        #expect(scripts.count == 1)
        #expect(scripts[0].rawContent == "{\"reviewBody\": \"a </b> b\"}")
    }

    @Test func unclosedDivsGiveInnermostMatches() throws {
        let html = "<div class=\"review\"><p>first</p>\n<div class=\"review\"><p>second</p>\n<div class=\"review\"><p>third</p></div></body>"
        let page = try HTMLDocument(html: html)
        let all = try page.nodes("//div[@class='review']")
        #expect(all.count == 3)
        let inner = try page.nodes("//div[@class='review']", innermost: true)
        #expect(inner.map(\.text) == ["third"])
        #expect(inner[0].line == 3)
    }

    @Test func xpathValuesOfEveryKind() throws {
        let page = try HTMLDocument(html: "<div class=\"r\" data-stars=\"4\"><span>ok</span></div>")
        let div = try page.nodes("//div")[0]
        #expect(try page.evaluate("@data-stars", relativeTo: div).text == "4")
        #expect(try page.evaluate("string(span)", relativeTo: div).text == "ok")
        #expect(try page.evaluate("count(//span)").text == "1")
        #expect(try page.evaluate("boolean(//span)").text == "true")
        #expect(div.attribute("class") == "r")
        #expect(div.hasAttribute("data-stars"))
        #expect(!div.hasAttribute("itemscope"))
    }

    @Test(arguments: ["//div[", "//*[@x=", "###"])
    func invalidXPathThrowsWithoutPrinting(xpath: String) throws {
        let page = try HTMLDocument(html: "<p>x</p>")
        #expect(throws: XMLError.self) { _ = try page.evaluate(xpath) }
    }

    @Test(arguments: [
        ("<p>Great&nbsp;app &amp; <b>fast</b></p><script>alert(1)</script>", "Great app & fast"),
        ("<p>好吃</p><p>不贵</p>", "好吃\n不贵"),
        ("line one<br>line two", "line one\nline two"),
        ("&lt;not a tag&gt; &quot;q&quot;", "<not a tag> \"q\""),
    ])
    func plainTextFromHTML(html: String, expected: String) {
        #expect(HTMLText.plainText(fromHTML: html) == expected)
    }

    @Test(arguments: [
        ("<p>x</p>", true), ("a <b>b</b>", true), ("<br/>", true), ("<a href=\"x\">l</a>", true),
        ("a < b and c > d", false), ("I <3 it", false), ("5<6", false), ("价格<100元>", false),
    ])
    func detectsMarkup(text: String, expected: Bool) {
        #expect(HTMLText.containsMarkup(text) == expected)
    }

    @Test func malformedHTMLIsRecovered() throws {
        let page = try HTMLDocument(html: "<table><tr><td>a<td>b</table><p>c<p>d</i></b>")
        #expect(page.root?.text == "a\nb\nc\nd")
    }
}
