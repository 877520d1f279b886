internal import CLibXML2

/// A node of an ``HTMLDocument`` (element, text, attribute…); it keeps its document alive.
///
/// ```swift
/// let review = try page.nodes("//*[@itemprop='review']")[0]
/// review.attribute("itemtype")   // "https://schema.org/Review"
/// review.text                    // visible text, no script/style, entities decoded
/// ```
public struct HTMLNode: Hashable {
    /// Holds the document so that `pointer` stays valid.
    let document: HTMLDocument
    /// The libxml2 `xmlNode`, untyped because CLibXML2 is imported internally.
    let pointer: UnsafeMutableRawPointer

    init(document: HTMLDocument, pointer: UnsafeMutableRawPointer) {
        self.document = document
        self.pointer = pointer
    }

    var xmlNode: UnsafeMutablePointer<xmlNode> { pointer.assumingMemoryBound(to: CLibXML2.xmlNode.self) }

    public static func == (a: HTMLNode, b: HTMLNode) -> Bool { a.pointer == b.pointer }
    public func hash(into h: inout Hasher) { h.combine(pointer) }

    /// The lowercased element (or attribute) name; `#text` for text nodes.
    public var name: String {
        if isText { return "#text" }
        return xmlNode.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// Whether this is an element (not text, comment or attribute).
    public var isElement: Bool { xmlNode.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { xmlNode.pointee.type == XML_TEXT_NODE || xmlNode.pointee.type == XML_CDATA_SECTION_NODE }
    var isAttribute: Bool { xmlNode.pointee.type == XML_ATTRIBUTE_NODE }

    /// The 1-based source line of the node (0 when unknown).
    public var line: Int {
        var n: UnsafeMutablePointer<CLibXML2.xmlNode>? = xmlNode
        // Attributes carry no line: use their element's.
        if isAttribute { n = n?.pointee.parent }
        guard let n else { return 0 }
        return max(0, Int(xmlGetLineNo(n)))
    }

    /// The parent node (nil for the root element's document).
    public var parent: HTMLNode? {
        guard let p = xmlNode.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(document: document, pointer: UnsafeMutableRawPointer(p))
    }

    /// An attribute's value, nil when absent (names are matched as written; HTML lowercases them).
    public func attribute(_ name: String) -> String? {
        guard isElement, let v = xmlGetProp(xmlNode, name) else { return nil }
        defer { verbatim_xmlFree(v) }
        return String(cString: v)
    }

    /// Whether the element carries `name` (with or without a value, as in `itemscope`).
    public func hasAttribute(_ name: String) -> Bool {
        isElement && xmlHasProp(xmlNode, name) != nil
    }

    /// The visible text: descendants' text without `<script>`, `<style>`,
    /// `<template>` or comments, entities decoded, U+00A0 turned into a space,
    /// runs of spaces collapsed, and block elements (`p`, `br`, `div`, `li`…)
    /// separated by line breaks. An attribute node gives its value.
    public var text: String {
        if isAttribute || isText { return HTMLText.normalizeWhitespace(rawContent) }
        return HTMLText.visibleText(of: self)
    }

    /// All text below the node exactly as parsed, script bodies included
    /// (what a `<script type="application/ld+json">` holds).
    public var rawContent: String {
        guard let c = xmlNodeGetContent(xmlNode) else { return "" }
        defer { verbatim_xmlFree(c) }
        return String(cString: c)
    }

    /// Child nodes of every kind, in order.
    var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var c = xmlNode.pointee.children
        while let child = c {
            out.append(HTMLNode(document: document, pointer: UnsafeMutableRawPointer(child)))
            c = child.pointee.next
        }
        return out
    }

    /// The text node's own characters (for text nodes only).
    var textValue: String {
        guard isText, let c = xmlNode.pointee.content else { return "" }
        return String(cString: c)
    }
}
