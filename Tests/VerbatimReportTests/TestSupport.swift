import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Strings that try to break out of text or attributes.
let hostileStrings = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "javascript:alert(document.cookie)",
    "' onmouseover='alert(1)' x='",
    "&amp; &lt;b&gt; &#x3C;",
    "]]><!-- -->",
    "送餐太慢了<b>差评</b>",
    "ctrl\u{0}\u{1}\u{FFFE}chars",
]

/// A fresh temporary directory.
func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// Whether `text` parses as well-formed XML; the error otherwise.
func xmlError(_ text: String) -> String? {
    final class Delegate: NSObject, XMLParserDelegate {
        var error: String?
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            error = "\(parseError) line \(parser.lineNumber) column \(parser.columnNumber)"
        }
    }
    let parser = XMLParser(data: Data(text.utf8))
    let delegate = Delegate()
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    let ok = parser.parse()
    return ok ? nil : (delegate.error ?? "parse failed")
}

/// One start tag found in serialized HTML: its name and attributes (names lower-cased).
struct Tag {
    var name: String
    var attributes: [(name: String, value: String)]
}

/// The start tags of serialized HTML/XML. In correctly escaped markup every "<" in text is "&lt;",
/// so every raw "<" starts a tag; quoted attribute values are skipped whole.
func startTags(_ html: String) -> [Tag] {
    let s = Array(html.unicodeScalars)
    var tags: [Tag] = []
    var i = 0
    func isNameChar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ":"
    }
    while i < s.count {
        guard s[i] == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic else {
            i += 1
            continue
        }
        i += 1
        var name = ""
        while i < s.count, isNameChar(s[i]) { name.unicodeScalars.append(s[i]); i += 1 }
        var tag = Tag(name: name.lowercased(), attributes: [])
        while i < s.count, s[i] != ">" {
            if s[i].properties.isWhitespace || s[i] == "/" { i += 1; continue }
            var attr = ""
            while i < s.count, !s[i].properties.isWhitespace, s[i] != "=", s[i] != ">", s[i] != "/" {
                attr.unicodeScalars.append(s[i]); i += 1
            }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let q = s[i]
                    i += 1
                    while i < s.count, s[i] != q { value.unicodeScalars.append(s[i]); i += 1 }
                    i += 1
                } else {
                    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                }
            }
            if !attr.isEmpty { tag.attributes.append((attr.lowercased(), value)) }
        }
        tags.append(tag)
    }
    return tags
}

/// Problems that would let data run code or fetch things: script/img/iframe/object/embed/link
/// elements, `on*` attributes, and links or sources that are not in-page fragments.
func unsafeMarkup(_ html: String) -> [String] {
    var problems: [String] = []
    for tag in startTags(html) {
        if ["script", "img", "iframe", "object", "embed", "link", "base", "form", "meta"].contains(tag.name),
           !(tag.name == "meta" && tag.attributes.allSatisfy { ["charset", "http-equiv", "content", "name"].contains($0.name) }) {
            problems.append("element <\(tag.name)>")
        }
        for a in tag.attributes {
            if a.name.hasPrefix("on") { problems.append("attribute \(a.name) on <\(tag.name)>") }
            if ["href", "src", "xlink:href", "action", "formaction"].contains(a.name), !a.value.hasPrefix("#") {
                problems.append("\(a.name)=\(a.value) on <\(tag.name)>")
            }
        }
    }
    return problems
}
