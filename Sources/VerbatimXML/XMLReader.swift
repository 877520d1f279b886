internal import CLibXML2
import Foundation

/// A streaming, hardened reader over libxml2's `xmlTextReader`.
///
/// Memory stays constant whatever the file size (shared/PLATFORM.md measured
/// ≈ 22 MB peak on any input). The reader is safe for untrusted input:
/// no network, no external entities, no DTD loading, libxml2's default
/// entity-amplification and depth limits kept (never `XML_PARSE_HUGE`), and
/// any document that declares or references entities is refused, because
/// expanding them is how XXE and "billion laughs" attacks work.
///
/// ```swift
/// let reader = try XMLReader(path: "reviews.xml")
/// while let node = try reader.next() {
///     if node.kind == .element && node.name == "text" { print(try reader.readInnerText()) }
/// }
/// ```
public final class XMLReader {
    /// The kinds of node the reader reports (a subset of libxml2's).
    public enum NodeKind: Sendable, Hashable {
        case element, endElement, text, cdata, whitespace, other
    }

    /// One step of the stream.
    public struct Node: Sendable, Hashable {
        public var kind: NodeKind
        public var name: String
        public var depth: Int
        public var isEmptyElement: Bool
        /// Line of the node in the source, when libxml2 knows it.
        public var line: Int
    }

    private let reader: OpaquePointer
    private let path: String
    private var capturedError: String?
    private var capturedErrorLine = 0
    /// The bytes an in-memory reader parses: libxml2 does not copy them.
    private let ownedBytes: UnsafeMutableBufferPointer<CChar>?

    /// The libxml2 version this was built against, e.g. `20914`.
    public static var libraryVersion: String { String(cString: verbatim_xmlParserVersion()) }

    /// Safe parser options for untrusted documents (see shared/PLATFORM.md).
    /// `BIG_LINES` only keeps line numbers right past line 65535.
    static let safeOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Opens a file for streaming.
    /// - Parameter encoding: forces the encoding (an iconv name such as `GB18030`);
    ///   nil reads the XML declaration / BOM as usual.
    /// - Throws: `XMLError` when the file cannot be opened.
    public init(path: String, encoding: String? = nil) throws(XMLError) {
        LibXML2.initialize()
        guard let r = xmlReaderForFile(path, encoding, Self.safeOptions) else {
            throw XMLError(path: path, line: 0, message: "cannot open file")
        }
        self.reader = r
        self.path = path
        self.ownedBytes = nil
        installErrorHandler()
    }

    /// Reads a document held in memory (for small inputs and tests).
    /// - Throws: `XMLError` when libxml2 cannot start a reader.
    public init(bytes: [UInt8], label: String = "<memory>") throws(XMLError) {
        LibXML2.initialize()
        let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
        for (i, b) in bytes.enumerated() { copy[i] = CChar(bitPattern: b) }
        guard let r = xmlReaderForMemory(copy.baseAddress, Int32(bytes.count), label, nil, Self.safeOptions) else {
            copy.deallocate()
            throw XMLError(path: label, line: 0, message: "cannot start XML reader")
        }
        self.reader = r
        self.path = label
        self.ownedBytes = copy
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        ownedBytes?.deallocate()
    }

    private func installErrorHandler() {
        // Capture libxml2's messages instead of letting it print to stderr.
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { ctx, error in
            guard let ctx, let error else { return }
            let me = Unmanaged<XMLReader>.fromOpaque(ctx).takeUnretainedValue()
            if me.capturedError == nil, let message = error.pointee.message {
                me.capturedError = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
                me.capturedErrorLine = Int(error.pointee.line)
            }
        }, context)
    }

    /// Advances to the next node; `nil` at the end of the document.
    /// - Throws: `XMLError` for malformed XML, entity declarations or references.
    public func next() throws(XMLError) -> Node? {
        let status = xmlTextReaderRead(reader)
        if status == 0 { return nil }
        var line = Int(xmlTextReaderGetParserLineNumber(reader))
        if status < 0 {
            if capturedErrorLine > 0 { line = capturedErrorLine }
            throw XMLError(path: path, line: line, message: capturedError ?? "malformed XML")
        }
        // The parser runs ahead of the reader: prefer the node's own line.
        if let current = xmlTextReaderCurrentNode(reader) {
            let nodeLine = Int(xmlGetLineNo(current))
            if nodeLine > 0 { line = nodeLine }
        }
        let type = xmlTextReaderNodeType(reader)
        // The reader reports the DTD (10) and entity references (5). Refuse
        // entity declarations and references: review exports use neither.
        switch type {
        case 10:
            if documentDeclaresEntities() {
                throw XMLError(path: path, line: line, message: "document declares entities (refused: XXE / entity expansion risk)")
            }
        case 5:
            throw XMLError(path: path, line: line, message: "entity reference (refused: XXE / entity expansion risk)")
        default: break
        }
        let kind: NodeKind
        switch type {
        case 1: kind = .element
        case 15: kind = .endElement
        case 3: kind = .text
        case 4: kind = .cdata
        case 13, 14: kind = .whitespace
        default: kind = .other
        }
        let name = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
        return Node(
            kind: kind, name: name, depth: Int(xmlTextReaderDepth(reader)),
            isEmptyElement: xmlTextReaderIsEmptyElement(reader) == 1, line: line)
    }

    private func documentDeclaresEntities() -> Bool {
        // The DTD node's outer XML holds any <!ENTITY> declarations.
        guard let raw = xmlTextReaderReadOuterXml(reader) else { return false }
        defer { verbatim_xmlFree(raw) }
        return String(cString: raw).contains("<!ENTITY")
    }

    /// The text value of the current text or CDATA node.
    public var value: String {
        guard let v = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: v)
    }

    /// All attributes of the current element in document order, namespace
    /// declarations (`xmlns`, `xmlns:im`) included; names keep their prefix.
    public func attributes() -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        guard xmlTextReaderHasAttributes(reader) == 1 else { return out }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            out.append((name, value))
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    /// The value of an attribute of the current element.
    public func attribute(_ name: String) -> String? {
        guard let v = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { verbatim_xmlFree(v) }
        return String(cString: v)
    }

    /// Reads the text inside the current element (all descendants), leaving
    /// the reader on the element's end.
    /// - Throws: `XMLError` for malformed XML or entities inside.
    public func readInnerText() throws(XMLError) -> String {
        let startDepth = Int(xmlTextReaderDepth(reader))
        if xmlTextReaderIsEmptyElement(reader) == 1 { return "" }
        var text = ""
        while let node = try next() {
            if node.kind == .endElement && node.depth == startDepth { break }
            if node.kind == .text || node.kind == .cdata || node.kind == .whitespace { text += value }
        }
        return text
    }
}
