internal import CLibXML2
import Foundation

/// A parsed HTML page (libxml2's forgiving HTML parser) that answers XPath queries.
///
/// Parsing always recovers from broken markup, never touches the network and
/// never prints to stderr (see shared/PLATFORM.md: without recovery, script
/// and JSON-LD bodies are cut short). HTML has no user-defined entities, so
/// the XML entity attacks do not apply; `&nbsp;` arrives as U+00A0.
///
/// ```swift
/// let page = try HTMLDocument(bytes: Array(html.utf8), label: "page.html")
/// for node in try page.nodes("//script[@type='application/ld+json']") { print(node.rawContent) }
/// for review in try page.nodes("//div[@class='review']", innermost: true) { print(review.text) }
/// ```
public final class HTMLDocument {
    let doc: UnsafeMutablePointer<xmlDoc>
    /// The label used in errors (usually the file's display path).
    public let label: String

    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses UTF-8 HTML bytes (a `<meta charset>` in the page is ignored:
    /// the caller has already decoded the page to UTF-8).
    /// - Throws: `XMLError` when libxml2 cannot build any document (e.g. empty input).
    public init(bytes: [UInt8], label: String = "<memory>") throws(XMLError) {
        LibXML2.initialize()
        let parsed: UnsafeMutablePointer<xmlDoc>? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), label, "UTF-8", Self.options)
            }
        }
        guard let parsed else { throw XMLError(path: label, line: 0, message: "cannot parse HTML (no content)") }
        self.doc = parsed
        self.label = label
    }

    /// Parses an HTML string (a page or a fragment such as an RSS description).
    public convenience init(html: String, label: String = "<memory>") throws(XMLError) {
        try self.init(bytes: Array(html.utf8), label: label)
    }

    deinit { xmlFreeDoc(doc) }

    /// The root element (`<html>`), nil for a document without elements.
    public var root: HTMLNode? {
        xmlDocGetRootElement(doc).map { HTMLNode(document: self, pointer: UnsafeMutableRawPointer($0)) }
    }

    /// Evaluates an XPath expression, relative to `context` when given (else the document).
    /// - Throws: `XMLError` for an invalid expression.
    public func evaluate(_ xpath: String, relativeTo context: HTMLNode? = nil) throws(XMLError) -> XPathValue {
        guard let ctx = xmlXPathNewContext(doc) else {
            throw XMLError(path: label, line: 0, message: "cannot create XPath context")
        }
        defer { xmlXPathFreeContext(ctx) }
        // A context error callback keeps libxml2 from printing to stderr.
        ctx.pointee.error = { _, _ in }
        if let context { ctx.pointee.node = context.xmlNode }
        guard let result = xmlXPathEvalExpression(xpath, ctx) else {
            throw XMLError(path: label, line: 0, message: "invalid XPath expression '\(xpath)'")
        }
        defer { xmlXPathFreeObject(result) }
        switch result.pointee.type {
        case XPATH_NODESET:
            var nodes: [HTMLNode] = []
            if let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let tab = set.pointee.nodeTab {
                for i in 0..<Int(set.pointee.nodeNr) {
                    if let n = tab[i] { nodes.append(HTMLNode(document: self, pointer: UnsafeMutableRawPointer(n))) }
                }
            }
            return .nodes(nodes)
        case XPATH_STRING:
            return .string(result.pointee.stringval.map { String(cString: $0) } ?? "")
        case XPATH_NUMBER:
            return .number(result.pointee.floatval)
        case XPATH_BOOLEAN:
            return .boolean(result.pointee.boolval != 0)
        default:
            throw XMLError(path: label, line: 0, message: "XPath expression '\(xpath)' gives an unsupported result type")
        }
    }

    /// The nodes an XPath expression selects, in document order.
    /// - Parameter innermost: drop every match that contains another match
    ///   (an unclosed `<div class="review">` swallows the next review; the inner one is the real match).
    /// - Throws: `XMLError` for an invalid expression or one that selects no node-set.
    public func nodes(_ xpath: String, relativeTo context: HTMLNode? = nil, innermost: Bool = false) throws(XMLError) -> [HTMLNode] {
        guard case .nodes(let found) = try evaluate(xpath, relativeTo: context) else {
            throw XMLError(path: label, line: 0, message: "XPath expression '\(xpath)' does not select nodes")
        }
        return innermost ? Self.innermost(found) : found
    }

    /// The matches that contain no other match, in their original order.
    public static func innermost(_ nodes: [HTMLNode]) -> [HTMLNode] {
        let set = Set(nodes.map(\.pointer))
        var hasInner = Set<UnsafeMutableRawPointer>()
        for node in nodes {
            var p = node.parent
            while let ancestor = p {
                if set.contains(ancestor.pointer) { hasInner.insert(ancestor.pointer) }
                p = ancestor.parent
            }
        }
        return nodes.filter { !hasInner.contains($0.pointer) }
    }
}

/// What an XPath expression evaluates to.
public enum XPathValue {
    case nodes([HTMLNode])
    case string(String)
    case number(Double)
    case boolean(Bool)

    /// The value as text: node-sets give their nodes' visible text joined by a space.
    public var text: String {
        switch self {
        case .nodes(let nodes): return nodes.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
        case .string(let s): return HTMLText.normalizeWhitespace(s)
        case .number(let n):
            if n.isNaN { return "" }
            return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .boolean(let b): return b ? "true" : "false"
        }
    }
}
