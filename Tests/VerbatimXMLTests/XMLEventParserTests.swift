import Foundation
import Testing
@testable import VerbatimXML

@Suite struct XMLEventParserTests {
    func events(_ xml: String) throws -> [String] {
        let parser = try XMLEventParser(bytes: Array(xml.utf8), label: "t.xml")
        var out: [String] = []
        while let event = try parser.next() {
            switch event {
            case .start(let name, let attributes, let line):
                out.append("<\(name)" + attributes.map { " \($0.name)=\($0.value)" }.joined() + ">@\(line)")
            case .end(let name): out.append("</\(name)>")
            case .text(let s): if !s.allSatisfy(\.isWhitespace) { out.append(s) }
            }
        }
        return out
    }

    @Test func streamsStartsEndsTextAndAttributes() throws {
        let xml = "<feed xmlns:im=\"http://itunes.apple.com/rss\">\n<entry a=\"x &amp; y\"><im:rating>5</im:rating><t><![CDATA[<b>]]>&lt;ok&gt;</t><e/></entry></feed>"
        #expect(try events(xml) == [
            "<feed xmlns:im=http://itunes.apple.com/rss>@1", "<entry a=x & y>@2", "<im:rating>@2", "5", "</im:rating>",
            "<t>@2", "<b>", "<", "ok", ">", "</t>", "<e>@2", "</e>", "</entry>", "</feed>",
        ])
    }

    @Test func eventsBeforeAnErrorAreDelivered() throws {
        let parser = try XMLEventParser(bytes: Array("<r>\n<a>1</a>\n<a>2</b>\n".utf8), label: "t.xml")
        var starts = 0
        var thrown: XMLError?
        do {
            while let event = try parser.next() { if case .start = event { starts += 1 } }
        } catch { thrown = error }
        #expect(starts == 3)
        #expect(thrown?.line == 3)
        #expect(thrown?.description.hasPrefix("t.xml:3: error:") == true)
    }

    @Test func entityDeclarationsAreRefusedBeforeAnyExpansion() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 { xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">\n" }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        #expect { _ = try events(xml) } throws: { ($0 as? XMLError)?.message.contains("refused") == true }
        let xxe = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>"
        #expect { _ = try events(xxe) } throws: { ($0 as? XMLError)?.message.contains("refused") == true }
    }

    @Test func externalDTDIsNeverLoaded() throws {
        // An external subset would define `x`; it is not loaded, so the reference is refused.
        let xml = "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r>&x;</r>"
        var text = ""
        do {
            let parser = try XMLEventParser(bytes: Array(xml.utf8))
            while let event = try parser.next() { if case .text(let s) = event { text += s } }
        } catch {}
        #expect(!text.contains("root:"))
    }

    @Test func forcedEncodingIsUsed() throws {
        let bytes = Array("<r>".utf8) + [0xBA, 0xC3] + Array("</r>".utf8)
        let parser = try XMLEventParser(bytes: bytes, encoding: "GB18030")
        var text = ""
        while let event = try parser.next() { if case .text(let s) = event { text += s } }
        #expect(text == "好")
    }
}
