import VerbatimXML

/// Gathers the fields of one record element from its events.
///
/// Field names are paths relative to the record: a child element's name
/// (`text`, `im:rating`), a nested leaf's path (`author/name`), and `@` for
/// attributes (`id` for the record's own, `aspectCategories/aspectCategory@category`
/// for a child's). An element holding text directly (mixed content such as
/// `<p>a <b>b</b></p>`, or `type="html"`/`"xhtml"` content) is one field with
/// all its text; any other element with children is looked into.
/// Repeated names are kept in document order; the reader joins them.
final class XMLRecordCollector {
    struct RawField {
        var name: String
        var value: String
        /// The value is HTML (Atom `type="html"`/`"xhtml"`): strip tags before use.
        var isHTML: Bool
        /// Whether the field lies below a child of the record (a path), for role decisions.
        var isNested: Bool
        /// The record element's own text (`<sentence>text</sentence>`).
        var isOwnText = false
    }

    private struct Frame {
        var name: String
        var path: String
        var text = ""
        var hasDirectText = false
        var hasChildren = false
        var markup: Markup = .none
        var attributes: [RawField] = []
        var children: [RawField] = []
    }

    enum Markup { case none, html, xhtml }

    private var frames: [Frame] = []
    let maxBytes: Int
    /// The first field that grew past `maxBytes`, if any.
    private(set) var oversizedField: String?

    /// Starts a record from its element's attributes.
    init(attributes: [(name: String, value: String)], maxBytes: Int) {
        self.maxBytes = maxBytes
        var root = Frame(name: "", path: "")
        for (name, value) in attributes where !Self.isNamespace(name) {
            root.attributes.append(RawField(name: name, value: value, isHTML: false, isNested: false))
        }
        frames = [root]
    }

    private static func isNamespace(_ name: String) -> Bool { name == "xmlns" || name.hasPrefix("xmlns:") }

    func start(_ name: String, attributes: [(name: String, value: String)]) {
        let parent = frames[frames.count - 1]
        frames[frames.count - 1].hasChildren = true
        let path = parent.path.isEmpty ? name : parent.path + "/" + name
        var frame = Frame(name: name, path: path)
        if parent.markup != .none {
            frame.markup = parent.markup
        } else if let type = attributes.first(where: { $0.name == "type" })?.value.lowercased() {
            if type == "html" || type == "text/html" { frame.markup = .html }
            if type == "xhtml" || type == "application/xhtml+xml" { frame.markup = .xhtml }
        }
        if parent.markup == .none {
            for (attr, value) in attributes where !Self.isNamespace(attr) && !(attr == "type" && ["text", "html", "xhtml"].contains(value)) {
                frame.attributes.append(RawField(name: path + "@" + attr, value: value, isHTML: false, isNested: true))
            }
        }
        frames.append(frame)
    }

    func text(_ s: String) {
        let i = frames.count - 1
        if frames[i].text.utf8.count + s.utf8.count > maxBytes {
            if oversizedField == nil { oversizedField = frames[i].path.isEmpty ? "(record text)" : frames[i].path }
            return
        }
        frames[i].text += s
        if !frames[i].hasDirectText, s.contains(where: { !$0.isWhitespace }) { frames[i].hasDirectText = true }
    }

    func end() {
        guard frames.count > 1, let frame = frames.popLast() else { return }
        let p = frames.count - 1
        // The parent's text grows by the child's (for mixed content), with a line
        // break after block elements of embedded XHTML.
        if frames[p].text.utf8.count + frame.text.utf8.count <= maxBytes {
            frames[p].text += frame.text
            if frame.markup == .xhtml, HTMLText.isBlockElement(frame.name.split(separator: ":").last.map(String.init) ?? frame.name) {
                frames[p].text += "\n"
            }
        } else if oversizedField == nil {
            oversizedField = frames[p].path.isEmpty ? "(record text)" : frames[p].path
        }
        if frames[p].markup != .none { return }
        var produced = frame.attributes
        if !frame.hasChildren || frame.hasDirectText || frame.markup != .none {
            produced.append(RawField(name: frame.path, value: frame.text, isHTML: frame.markup == .html,
                                     isNested: frame.path.contains("/")))
        } else {
            produced += frame.children
        }
        frames[p].children += produced
    }

    /// The record's fields in document order (its attributes first).
    func finish() -> [RawField] {
        let root = frames[0]
        var fields = root.attributes + root.children
        // A record that is a bare text element (`<sentence>text</sentence>`) is its own text.
        if !root.hasChildren, root.hasDirectText { fields.append(RawField(name: "#text", value: root.text, isHTML: false, isNested: false, isOwnText: true)) }
        return fields
    }
}
