import Foundation

extension JSONRecordReader {
    /// Reads a JSON document (or `tweets.js`) element by element.
    static func readDocument(first: [UInt8], rest input: DecodedInput, tweetsJS: Bool, context: inout Context) throws(IngestError) {
        let file = context.file
        var chunks = ChunkSource(first: first, input: input)
        let path: [String]
        if let given = context.options.jsonPath {
            path = try JSONPath.parse(given)
        } else if firstValueByte(first, tweetsJS: tweetsJS) == UInt8(ascii: "{") {
            // Which array holds the records is only known once the whole object is seen: a first, capture-free pass.
            var discovery = JSONElementScanner(mode: .discover, maxElementBytes: 0)
            discovery.skipAssignmentPrefix = tweetsJS
            try chunks.replayable(file: file, options: context.options, context.sink) { chunk throws(IngestError) in
                try discovery.feed(chunk) { _ throws(IngestError) in }
            }
            path = try choosePath(discovery, context: context)
            if !path.isEmpty { context.sink.note("json path", path.joined(separator: ".") + " (detected)") }
        } else {
            path = []
        }

        var scanner = JSONElementScanner(mode: .records(path: path), maxElementBytes: context.options.maxFieldBytes,
                                         startLine: context.startLine)
        scanner.skipAssignmentPrefix = tweetsJS
        var ctx = context
        let emit = { (element: JSONElementScanner.Element) throws(IngestError) in
            handle(element, context: &ctx)
        }
        do {
            try chunks.forEach { chunk throws(IngestError) in try scanner.feed(chunk, emit: emit) }
            try scanner.finish(emit: emit)
        } catch {
            context = ctx
            var e = error
            e.path = file.displayPath
            throw e
        }
        context = ctx
        if !scanner.foundTarget {
            if let given = context.options.jsonPath {
                throw context.error(.badOption, line: nil, "no array or object at JSON path '\(given)'")
            }
            throw context.error(.malformedJSON, line: scanner.line, "no JSON array or object found")
        }
        if let line = scanner.trailingContentLine {
            context.sink.warn(context.error(.malformedJSON, line: line, "content after the end of the JSON value is ignored"))
        } else if scanner.endedInsideStructure {
            context.sink.warn(context.error(.truncated, line: scanner.line, "the file ends before the JSON closes"))
        }
    }

    private static func handle(_ element: JSONElementScanner.Element, context: inout Context) {
        let n = element.ordinal
        switch element.problem {
        case .oversized(let limit)?:
            context.sink.skip(context.error(.oversizedField, line: element.line, "record \(n) is larger than \(limit) bytes; skipped"))
        case .tooDeep?:
            context.sink.skip(context.error(.malformedJSON, line: element.line,
                                            "record \(n) is nested deeper than \(JSONElementScanner.maxDepth) levels; skipped"))
        case .corrupt(let why)?:
            context.sink.skip(context.error(.malformedJSON, line: element.line, "record \(n) is malformed (\(why)); skipped"))
        case .truncated?:
            context.sink.skip(context.error(.truncated, line: element.line, "file ends inside record \(n)"))
        case nil:
            parseAndHandle((element.bytes ?? [])[...], line: element.line, ordinal: n, context: &context)
        }
    }

    /// The first byte of the JSON value (after a `tweets.js` assignment).
    static func firstValueByte(_ bytes: [UInt8], tweetsJS: Bool) -> UInt8? {
        var rest = bytes[...]
        if tweetsJS, let eq = rest.firstIndex(of: UInt8(ascii: "=")) { rest = rest[(eq + 1)...] }
        return rest.first { !isWhitespace($0) }
    }

    /// Where the records of a top-level object are (see ``JSONRecordReader``).
    static func choosePath(_ d: JSONElementScanner, context: Context) throws(IngestError) -> [String] {
        if d.topLevelStringKeys.contains(where: { FieldNames.role(forName: $0) == .text }) { return [] }
        let candidates = d.discoveries.filter { $0.firstIsObject == true }.map(\.path)
        if candidates.count <= 1 { return candidates.first ?? [] }
        for key in wellKnownKeys {
            let named = candidates.filter { $0.last?.lowercased() == key }
            if named.count == 1 { return named[0] }
        }
        let listed = candidates.prefix(5).map { $0.joined(separator: ".") }.joined(separator: ", ")
        throw context.error(.badOption, line: nil,
                            "several arrays of records (\(listed)); choose one with --json-path")
    }
}

/// The chunks of one input, readable twice when a first pass must look at
/// the whole document: a regular file is reopened; anything else (a pipe)
/// is kept in memory for the second pass.
struct ChunkSource {
    private var first: [UInt8]?
    private var input: DecodedInput
    private var kept: [[UInt8]]?

    init(first: [UInt8], input: DecodedInput) {
        self.first = first
        self.input = input
    }

    /// Runs `body` over every chunk, then makes the chunks available again to ``forEach``.
    mutating func replayable(file: InputFile, options: IngestOptions, _ sink: RecordSink,
                             _ body: ([UInt8]) throws(IngestError) -> Void) throws(IngestError) {
        let isRegular = (try? FileManager.default.attributesOfItem(atPath: file.path)[.type] as? FileAttributeType) == .typeRegular
        var keep: [[UInt8]] = []
        if let first { try body(first); if !isRegular { keep.append(first) } }
        while let chunk = try input.nextChunk() {
            try body(chunk)
            if !isRegular { keep.append(chunk) }
        }
        if isRegular {
            input = try DecodedInput(file, forcedEncoding: options.encoding, sink: nil)
            first = nil
        } else {
            kept = keep
            first = nil
        }
    }

    /// Runs `body` over every chunk.
    mutating func forEach(_ body: ([UInt8]) throws(IngestError) -> Void) throws(IngestError) {
        if let kept {
            for chunk in kept { try body(chunk) }
            self.kept = nil
            return
        }
        if let first { try body(first) }
        first = nil
        while let chunk = try input.nextChunk() { try body(chunk) }
    }
}
