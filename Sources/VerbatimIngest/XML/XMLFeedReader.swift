import Foundation
import VerbatimModel
import VerbatimXML

/// Reads review, comment and survey exports in XML: SemEval ABSA files, App
/// Store review feeds, RSS/Atom comment feeds and generic `review`/`row`/`post` exports.
///
/// The file is streamed through the hardened ``XMLEventParser`` (libxml2's SAX
/// push parser: no network, no DTD loading, no entity substitution, documents
/// declaring or referencing entities refused), so memory stays bounded by one
/// record plus a short look-ahead whatever the file size, and every record
/// before a damaged or truncated spot is still emitted.
///
/// The record element comes from `options.recordPath` (see ``RecordPath`` for
/// the accepted forms) or is detected from the first 400 elements
/// (``RecordPathDetector``); both are noted (`record path`), with the
/// recognized export (`preset`: `semeval-absa`, `app-store-reviews`,
/// `atom-feed`, `rss-feed`, `generic-xml`).
///
/// Fields are the record's attributes (`id`), its child elements (`text`,
/// `im:rating`) and their nested leaves and attributes, named by their path in
/// the record (`author/name`, `aspectTerms/aspectTerm@term`); repeated names are
/// joined with `;` in document order (SemEval gives `aspectCategories` =
/// `food;service` and `aspectCategoryPolarities` = `positive;negative`). Roles
/// come from `--map`, the preset, then ``FieldNames``. Values are trimmed of
/// surrounding whitespace (XML indentation); text holding HTML markup (RSS
/// `description`, Atom `type="html"`) becomes plain text, never keeping
/// `<script>` bodies. When an Atom entry has both `type="text"` and
/// `type="html"` content, the text one is used.
///
/// Records met: each is emitted or skipped with a reason — oversized fields
/// (`I006`), records with nothing countable (`I011`), and the App Store feed's
/// first entry when it describes the app itself (`I012`; its name becomes the
/// `product` of the reviews). Fatal problems are thrown after the records
/// before them were emitted: truncation (`I013`), malformed XML (`I008`),
/// entity declarations or references (`I009`), binary data (`I003`).
///
/// ```swift
/// let sink = CollectingSink()
/// try XMLFeedReader.read(InputFile(path: "Restaurants_Train_v2.xml"), options: IngestOptions(), into: sink)
/// sink.records[0].fields["aspectCategories"]   // "food;service"
/// ```
public enum XMLFeedReader: RecordReader {
    /// Elements read ahead to detect the record element.
    static let lookaheadElements = 400
    /// Text read ahead at most while detecting.
    static let lookaheadBytes = 4 << 20

    public static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError) {
        var userPath: RecordPath?
        if let spec = options.recordPath { userPath = try RecordPath(parsing: spec) }
        try MarkupSniff.check(file, kind: "XML")
        let parser: XMLEventParser
        do {
            parser = try XMLEventParser(path: file.path, encoding: options.encoding.map(libxmlName))
        } catch {
            throw IngestError(.unreadable, path: file.displayPath, message: error.message)
        }
        let stream = XMLEventStream(parser: parser)
        let sample = stream.prefetch(maxElements: lookaheadElements, maxBytes: lookaheadBytes)
        let path = userPath ?? RecordPathDetector.detect(sample)

        var rootName = ""
        var rootAttributes: [(name: String, value: String)] = []
        for event in sample {
            guard case .start(let name, let attributes, _) = event else { continue }
            rootName = name
            rootAttributes = attributes
            break
        }
        let preset = XMLFeedPreset.detect(root: rootName, rootAttributes: rootAttributes, record: path?.steps.last)
        if let path {
            sink.note("preset", preset.rawValue)
            sink.note("record path", path.description + (userPath == nil ? " (detected)" : " (given)"))
        }

        var assembler = XMLFeedRecordAssembler(file: file, options: options, preset: preset)
        var stack: [String] = []
        var collector: XMLRecordCollector?
        var recordDepth = 0
        var recordLine = 0
        var recordName = ""
        var ordinal = 0
        while true {
            let event: XMLEvent?
            do {
                event = try stream.next()
            } catch {
                throw mapError(error, file: file, stack: stack, openRecord: collector == nil ? nil : ordinal)
            }
            guard let event else { break }
            switch event {
            case .start(let name, let attributes, let line):
                stack.append(name)
                if let collector {
                    collector.start(name, attributes: attributes)
                } else if let path, path.matches(stack) {
                    ordinal += 1
                    collector = XMLRecordCollector(attributes: attributes, maxBytes: options.maxFieldBytes)
                    recordDepth = stack.count
                    recordLine = line
                    recordName = name
                }
            case .text(let s):
                collector?.text(s)
            case .end:
                if let current = collector {
                    if stack.count == recordDepth {
                        assembler.finish(current, recordName: recordName, line: recordLine, ordinal: ordinal, sink: sink)
                        collector = nil
                    } else {
                        current.end()
                    }
                }
                _ = stack.popLast()
            }
        }
        if ordinal == 0 {
            let why = userPath != nil
                ? "record path '\(userPath!)' matched no element"
                : "no record elements found"
            sink.warn(IngestError(userPath != nil ? .badOption : .unusableRecord, path: file.displayPath,
                                  message: "\(why) (root <\(rootName)>); give --record-path"))
        }
    }

    /// libxml2's (iconv) name for a forced encoding.
    static func libxmlName(_ encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        case .big5: return "BIG5"
        case .windows1252: return "WINDOWS-1252"
        }
    }

    /// Turns libxml2's complaint into a stable ingest error.
    static func mapError(_ error: XMLError, file: InputFile, stack: [String], openRecord: Int?) -> IngestError {
        let line = error.line > 0 ? error.line : nil
        let message = error.message
        if message.contains("refused") || (message.hasPrefix("Entity '") && message.hasSuffix("not defined")) {
            return IngestError(.refusedEntities, path: file.displayPath, line: line, message: message)
        }
        if message.contains("huge text node") || message.contains("too long") {
            return IngestError(.oversizedField, path: file.displayPath, line: line,
                               message: "a text node exceeds libxml2's 10 MB limit (\(message))")
        }
        if !stack.isEmpty {
            let endOfData = message.contains("Extra content at the end of the document")
                || message.contains("Premature end of data")
                || (error.line > 0 && !message.contains("mismatch") && error.line >= lineCount(file.path))
            if endOfData {
                let inside = openRecord.map { "inside record \($0) <\(stack.last!)>" } ?? "inside <\(stack.last!)>"
                return IngestError(.truncated, path: file.displayPath, line: line,
                                   message: "file ends \(inside); records before it were read (libxml2: \(message))")
            }
        }
        if message.contains("Document is empty") || message.contains("Start tag expected") {
            return IngestError(.malformedMarkup, path: file.displayPath, line: line,
                               message: "not XML: no root element (libxml2: \(message))")
        }
        return IngestError(.malformedMarkup, path: file.displayPath, line: line, message: "malformed XML: \(message)")
    }

    /// The file's number of lines (only counted after an error, to tell truncation from damage).
    static func lineCount(_ path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return Int.max }
        defer { try? handle.close() }
        var newlines = 0
        var last: UInt8 = 0x0A
        while let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty {
            data.withUnsafeBytes { raw in
                for b in raw where b == 0x0A { newlines += 1 }
            }
            last = data.last ?? last
        }
        return newlines + (last == 0x0A ? 0 : 1)
    }
}
