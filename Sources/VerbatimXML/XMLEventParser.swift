internal import CLibXML2
import Foundation

/// A streaming, hardened XML parser (libxml2's SAX2 push parser) read as a
/// pull stream of element starts, ends and text.
///
/// Unlike ``XMLReader`` (libxml2's `xmlTextReader`, which holds back up to a
/// parse chunk of nodes and loses them when it meets an error), every event
/// the parser saw before an error is delivered before the error is thrown:
/// records before a truncation or a damaged element are not lost. Memory
/// stays bounded by one input chunk (64 KiB) of events whatever the file size.
///
/// Same guarantees as ``XMLReader``: no network, no DTD loading, no entity
/// substitution, and any entity declaration or non-predefined entity
/// reference stops the parse at once with a "refused" error (XXE, billion
/// laughs). Predefined entities (`&amp;`) and character references are decoded.
///
/// ```swift
/// let parser = try XMLEventParser(path: "reviews.xml")
/// while let event = try parser.next() {
///     if case .start(let name, let attributes, let line) = event { print(name, attributes, line) }
/// }
/// ```
public final class XMLEventParser {
    /// One step of the document.
    public enum Event {
        /// An element start, its name as written (`im:rating`), its attributes
        /// in order (namespace declarations as `xmlns`/`xmlns:prefix`) and its line.
        case start(name: String, attributes: [(name: String, value: String)], line: Int)
        /// An element end (empty elements get one too).
        case end(name: String)
        /// Character data (text, CDATA or whitespace), possibly split into several events.
        case text(String)
    }

    static let chunkSize = 1 << 16
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    private let label: String
    private var ctxt: xmlParserCtxtPtr?
    private let handle: FileHandle?
    private var memory: [UInt8]
    private var memoryOffset = 0
    private var events: [Event] = []
    private var head = 0
    private var finished = false
    fileprivate var error: XMLError?

    /// Opens a file for streaming.
    /// - Parameter encoding: forces the encoding (an iconv name such as `GB18030`);
    ///   nil reads the BOM / XML declaration as usual.
    /// - Throws: `XMLError` when the file cannot be opened.
    public init(path: String, encoding: String? = nil) throws(XMLError) {
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw XMLError(path: path, line: 0, message: "cannot open file")
        }
        self.label = path
        self.handle = h
        self.memory = []
        try start(encoding: encoding)
    }

    /// Parses a document held in memory (small inputs and tests).
    public init(bytes: [UInt8], label: String = "<memory>", encoding: String? = nil) throws(XMLError) {
        self.label = label
        self.handle = nil
        self.memory = bytes
        try start(encoding: encoding)
    }

    deinit {
        if let ctxt {
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
            xmlFreeParserCtxt(ctxt)
        }
        try? handle?.close()
    }

    private func start(encoding: String?) throws(XMLError) {
        LibXML2.initialize()
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { ctx, localname, prefix, _, nbNamespaces, namespaces, nbAttributes, _, attributes in
            guard let me = XMLEventParser.from(ctx) else { return }
            var attrs: [(name: String, value: String)] = []
            if let namespaces {
                for i in 0..<Int(nbNamespaces) {
                    let p = namespaces[2 * i].map { String(cString: $0) }
                    let uri = namespaces[2 * i + 1].map { String(cString: $0) } ?? ""
                    attrs.append((p.map { "xmlns:" + $0 } ?? "xmlns", uri))
                }
            }
            if let attributes {
                for i in 0..<Int(nbAttributes) {
                    let local = attributes[5 * i].map { String(cString: $0) } ?? ""
                    let p = attributes[5 * i + 1].map { String(cString: $0) }
                    var value = ""
                    if let begin = attributes[5 * i + 3], let end = attributes[5 * i + 4] {
                        value = String(decoding: UnsafeBufferPointer(start: begin, count: begin.distance(to: end)), as: UTF8.self)
                        // Without entity substitution libxml2 hands `&amp;` over as `&#38;`.
                        if value.contains("&#38;") { value = value.replacingOccurrences(of: "&#38;", with: "&") }
                    }
                    attrs.append((p.map { $0 + ":" + local } ?? local, value))
                }
            }
            me.events.append(.start(name: XMLEventParser.qualified(localname, prefix), attributes: attrs, line: me.currentLine))
        }
        sax.endElementNs = { ctx, localname, prefix, _ in
            guard let me = XMLEventParser.from(ctx) else { return }
            me.events.append(.end(name: XMLEventParser.qualified(localname, prefix)))
        }
        let characters: charactersSAXFunc = { ctx, ch, len in
            guard let me = XMLEventParser.from(ctx), let ch, len > 0 else { return }
            me.events.append(.text(String(decoding: UnsafeBufferPointer(start: ch, count: Int(len)), as: UTF8.self)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.entityDecl = { ctx, _, _, _, _, _ in
            XMLEventParser.from(ctx)?.refuse("document declares entities (refused: XXE / entity expansion risk)")
        }
        sax.unparsedEntityDecl = { ctx, _, _, _, _ in
            XMLEventParser.from(ctx)?.refuse("document declares entities (refused: XXE / entity expansion risk)")
        }
        sax.reference = { ctx, _ in
            XMLEventParser.from(ctx)?.refuse("entity reference (refused: XXE / entity expansion risk)")
        }
        sax.serror = { ctx, err in
            guard let me = XMLEventParser.from(ctx), let err, me.error == nil else { return }
            // Warnings (level 1) lose nothing; errors and fatal errors stop the stream.
            guard err.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = err.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
            me.error = XMLError(path: me.label, line: Int(err.pointee.line), message: message ?? "malformed XML")
        }
        let user = Unmanaged.passUnretained(self).toOpaque()
        guard let c = xmlCreatePushParserCtxt(&sax, user, nil, 0, label) else {
            throw XMLError(path: label, line: 0, message: "cannot start XML parser")
        }
        ctxt = c
        if let encoding {
            guard xmlFindCharEncodingHandler(encoding) != nil else {
                throw XMLError(path: label, line: 0, message: "unsupported encoding '\(encoding)'")
            }
            xmlCtxtResetPush(c, nil, 0, label, encoding)
        }
        xmlCtxtUseOptions(c, Self.options)
    }

    private static func from(_ ctx: UnsafeMutableRawPointer?) -> XMLEventParser? {
        guard let ctx else { return nil }
        return Unmanaged<XMLEventParser>.fromOpaque(ctx).takeUnretainedValue()
    }

    private static func qualified(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> String {
        let name = local.map { String(cString: $0) } ?? ""
        guard let prefix else { return name }
        return String(cString: prefix) + ":" + name
    }

    private var currentLine: Int {
        guard let input = ctxt?.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    private func refuse(_ message: String) {
        if error == nil { error = XMLError(path: label, line: currentLine, message: message) }
        if let ctxt { xmlStopParser(ctxt) }
    }

    /// The next event; nil at the end of the document.
    /// - Throws: `XMLError` for malformed XML, refused entities or a read failure,
    ///   after every event before the problem was returned.
    public func next() throws(XMLError) -> Event? {
        while head >= events.count {
            events.removeAll(keepingCapacity: true)
            head = 0
            if let error {
                finished = true
                self.error = nil
                throw error
            }
            if finished { return nil }
            try feed()
        }
        let event = events[head]
        head += 1
        return event
    }

    private func feed() throws(XMLError) {
        guard let ctxt else { finished = true; return }
        let chunk: [UInt8]
        if let handle {
            do {
                chunk = [UInt8](try handle.read(upToCount: Self.chunkSize) ?? Data())
            } catch {
                throw XMLError(path: label, line: currentLine, message: "read failed: \(error.localizedDescription)")
            }
        } else {
            let end = min(memory.count, memoryOffset + Self.chunkSize)
            chunk = Array(memory[memoryOffset..<end])
            memoryOffset = end
        }
        let terminate: Int32 = chunk.isEmpty ? 1 : 0
        let status = chunk.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlParseChunk(ctxt, $0.baseAddress, Int32(buffer.count), terminate) }
        }
        if status != 0 && error == nil {
            error = XMLError(path: label, line: currentLine, message: "malformed XML (libxml2 error \(status))")
        }
        if terminate == 1 { finished = true }
    }
}
