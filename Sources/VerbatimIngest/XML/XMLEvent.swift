import VerbatimXML

/// One step of an XML document as the feed reader sees it: an element start
/// (with its attributes and line), an element end, or a run of text.
typealias XMLEvent = XMLEventParser.Event

/// The events of one document, with a bounded look-ahead for detection.
///
/// Detection reads the first few hundred elements ahead (``prefetch(maxElements:maxBytes:)``);
/// ``next()`` then replays them before reading on, so the file is read once and
/// memory stays bounded by the look-ahead plus one record. An error met while
/// looking ahead is held back until the events before it have been replayed,
/// so records before a truncation are still emitted.
final class XMLEventStream {
    private let parser: XMLEventParser
    private var buffer: [XMLEvent] = []
    private var head = 0
    private var heldError: XMLError?

    init(parser: XMLEventParser) {
        self.parser = parser
    }

    /// Reads ahead up to `maxElements` element starts or `maxBytes` of text,
    /// and returns what was read (also kept for ``next()``).
    func prefetch(maxElements: Int, maxBytes: Int) -> [XMLEvent] {
        var elements = 0
        var bytes = 0
        while elements < maxElements, bytes < maxBytes {
            do {
                guard let event = try readLive() else { break }
                buffer.append(event)
                switch event {
                case .start(let name, let attributes, _):
                    elements += 1
                    bytes += name.utf8.count + attributes.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count }
                case .text(let s): bytes += s.utf8.count
                case .end: break
                }
            } catch {
                heldError = error
                break
            }
        }
        return buffer
    }

    /// The next event, nil at the end of the document.
    /// - Throws: `XMLError` for malformed XML or refused entities.
    func next() throws(XMLError) -> XMLEvent? {
        if head < buffer.count {
            let event = buffer[head]
            head += 1
            if head == buffer.count {
                // Free the look-ahead once replayed.
                buffer = []
                head = 0
            }
            return event
        }
        if let heldError {
            self.heldError = nil
            throw heldError
        }
        return try readLive()
    }

    private func readLive() throws(XMLError) -> XMLEvent? {
        try parser.next()
    }
}
