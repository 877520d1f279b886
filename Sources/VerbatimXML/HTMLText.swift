/// Plain text out of HTML: tags stripped, entities decoded, script and style
/// content dropped, whitespace tidied.
///
/// ```swift
/// HTMLText.plainText(fromHTML: "<p>Great&nbsp;app &amp; <b>fast</b></p><script>x()</script>")
/// // "Great app & fast"
/// ```
public enum HTMLText {
    /// Elements whose content is never text a reader sees.
    static let invisible: Set<String> = ["script", "style", "template", "noscript", "head", "title", "iframe", "object", "svg"]
    /// Elements that end a line of text.
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "section", "article", "header", "footer", "pre", "dd", "dt", "dl", "hr", "form", "aside",
    ]

    /// Whether an element name (lowercase, no prefix) ends a line of text (`p`, `div`, `br`, `li`…).
    public static func isBlockElement(_ name: String) -> Bool { blocks.contains(name) }

    /// The visible text of an HTML page or fragment (a whole page gives its `<body>` text).
    public static func plainText(fromHTML html: String) -> String {
        guard let doc = try? HTMLDocument(html: html), let root = doc.root else {
            return normalizeWhitespace(html)
        }
        return visibleText(of: root)
    }

    /// Whether a value holds HTML markup (a tag such as `<p>`, `</b>`, `<br/>`, `<a href=…>`),
    /// not just a `<` in prose such as `a < b` or `<3`.
    public static func containsMarkup(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                var j = i + 1
                if j < bytes.count && (bytes[j] == UInt8(ascii: "/") || bytes[j] == UInt8(ascii: "!")) { j += 1 }
                let nameStart = j
                while j < bytes.count, (bytes[j] >= 0x61 && bytes[j] <= 0x7A) || (bytes[j] >= 0x41 && bytes[j] <= 0x5A)
                    || (bytes[j] >= 0x30 && bytes[j] <= 0x39 && j > nameStart) || (bytes[j] == UInt8(ascii: "-") && j > nameStart) {
                    j += 1
                }
                if j > nameStart, j < bytes.count {
                    let b = bytes[j]
                    if b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                        // A closing `>` must follow before the next `<`.
                        var k = j
                        while k < bytes.count, bytes[k] != UInt8(ascii: "<") {
                            if bytes[k] == UInt8(ascii: ">") { return true }
                            k += 1
                        }
                    }
                }
            }
            i += 1
        }
        return false
    }

    /// Collapses spaces and tabs (and U+00A0) into one space, trims each line
    /// and drops empty lines.
    public static func normalizeWhitespace(_ text: String) -> String {
        var lines: [String] = []
        var current = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}":
                if !current.isEmpty { lines.append(current) }
                current = ""
                pendingSpace = false
            case " ", "\t", "\u{A0}", "\u{0B}", "\u{0C}", "\u{2007}", "\u{202F}":
                pendingSpace = !current.isEmpty
            default:
                if pendingSpace { current.append(" ") }
                pendingSpace = false
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// The visible text below `node` (iterative, so deep nesting cannot overflow the stack).
    static func visibleText(of node: HTMLNode) -> String {
        var out = ""
        // Work items: a node to visit, or a line break to emit after a block closes.
        enum Step { case visit(HTMLNode), lineBreak }
        var stack: [Step] = [.visit(node)]
        while let step = stack.popLast() {
            switch step {
            case .lineBreak:
                out += "\n"
            case .visit(let n):
                if n.isText {
                    // Source line breaks inside a text node are layout, not paragraphs.
                    out += n.textValue.replacingNewlines()
                    continue
                }
                guard n.isElement else { continue }
                let name = n.name
                if invisible.contains(name) && n != node { continue }
                let isBlock = blocks.contains(name)
                if isBlock { out += "\n" }
                if isBlock { stack.append(.lineBreak) }
                for child in n.children.reversed() { stack.append(.visit(child)) }
            }
        }
        return normalizeWhitespace(out)
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        guard contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return self }
        return String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
