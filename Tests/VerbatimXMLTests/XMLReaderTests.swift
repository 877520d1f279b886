import Foundation
import Testing
@testable import VerbatimXML

@Suite struct XMLReaderTests {
    func texts(_ xml: String, element: String) throws -> [String] {
        let reader = try XMLReader(bytes: Array(xml.utf8), label: "t.xml")
        var out: [String] = []
        while let node = try reader.next() {
            if node.kind == .element && node.name == element { out.append(try reader.readInnerText()) }
        }
        return out
    }

    @Test func readsElementTextInOrder() throws {
        let xml = "<reviews><review id=\"1\"><text>好吃 &amp; cheap</text></review><review id=\"2\"><text><![CDATA[<b>ok</b>]]></text></review></reviews>"
        #expect(try texts(xml, element: "text") == ["好吃 & cheap", "<b>ok</b>"])
    }

    @Test func readsAttributes() throws {
        let reader = try XMLReader(bytes: Array("<r><s id=\"42\" polarity=\"positive\"/></r>".utf8))
        var ids: [String?] = []
        while let node = try reader.next() {
            if node.kind == .element && node.name == "s" { ids.append(reader.attribute("id")) }
        }
        #expect(ids == ["42"])
    }

    @Test func malformedXMLReportsFileAndLine() throws {
        let xml = "<a>\n<b>\n</a>\n"
        #expect {
            _ = try texts(xml, element: "b")
        } throws: { error in
            let e = error as! XMLError
            return e.path == "t.xml" && e.line >= 2 && e.description.hasPrefix("t.xml:")
        }
    }

    @Test func entityExpansionBombIsRefused() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 { xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1 == 0 ? "" : String(i - 1));", count: 10) + "\">\n" }
        xml += "]>\n<lolz><text>&lol9;</text></lolz>\n"
        #expect(throws: XMLError.self) { _ = try texts(xml, element: "text") }
    }

    @Test func externalEntityIsRefusedAndNeverRead() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<r><text>&xxe;</text></r>\n"
        var leaked = false
        do {
            leaked = try texts(xml, element: "text").joined().contains("root:")
        } catch let e as XMLError {
            #expect(e.message.contains("refused"))
        }
        #expect(!leaked)
    }

    @Test func libraryVersionIsReported() {
        #expect(Int(XMLReader.libraryVersion) ?? 0 >= 20900)
    }
}
