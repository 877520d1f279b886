/// RFC 4180 rows from decoded text: quoted fields, embedded newlines, doubled
/// quotes, CRLF/LF/CR line ends, delimiter sniffing (`,` `;` tab `|`), and
/// resynchronisation after a broken row.
///
/// Streams: it holds the current row plus at most one chunk of input. A row
/// it cannot read (an unterminated quote, a field over `maxFieldBytes`) is
/// reported to the sink as one skipped record naming its line, and reading
/// goes on at the next plausible row start (see ``CSVRowScanner``). Blank
/// lines are not rows, nor is Excel's `sep=;` first line (which names the
/// delimiter). Each row knows the line it starts on.
///
/// ```swift
/// let input = try DecodedInput(InputFile(path: "survey.csv"), forcedEncoding: nil, sink: sink)
/// var rows = CSVRowSource(input: input, delimiter: nil, options: IngestOptions(), sink: sink)
/// while let row = try rows.nextRow() { print(row.line, row.cells) }
/// ```
public struct CSVRowSource: TableRowSource {
    /// The delimiter in use (sniffed unless given).
    public private(set) var delimiter: UInt8
    private let input: DecodedInput
    private let sink: RecordSink
    private let options: IngestOptions
    private var scanner: CSVRowScanner
    /// Decoded bytes not yet turned into rows; `position` is where the next row starts.
    private var buffer: [UInt8] = []
    private var position = 0
    /// The line `position` is on.
    private var line = 1
    private var atEnd = false
    /// A read error met while sniffing in `init`, thrown by the first `nextRow`.
    private var pendingError: IngestError?
    /// The last row's cell spans, handed back to the scanner to reuse their storage.
    private var spans: [CSVCellSpan] = []
    /// The most bytes held at once (tests check that memory stays bounded).
    private(set) var peakBufferBytes = 0

    /// Reads rows from `input`; `delimiter` nil sniffs it from the first lines.
    /// Notes `delimiter` → `comma` / `tab` / `semicolon` / `pipe` to `sink`.
    public init(input: DecodedInput, delimiter: UInt8?, options: IngestOptions, sink: RecordSink) {
        self.init(input: input, delimiter: delimiter, options: options, sink: sink,
                  maxQuotedLines: CSVRowScanner.defaultMaxQuotedLines)
    }

    /// As the public initializer, with the line limit on a quoted field (tests lower it).
    init(input: DecodedInput, delimiter: UInt8?, options: IngestOptions, sink: RecordSink, maxQuotedLines: Int) {
        self.input = input
        self.options = options
        self.sink = sink
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        self.scanner = CSVRowScanner(delimiter: self.delimiter, maxFieldBytes: options.maxFieldBytes, maxQuotedLines: maxQuotedLines)
        // Read ahead enough to sniff from; a read error waits for the first nextRow.
        do {
            while !atEnd && buffer.count < EncodingDetector.sampleSize { try fill() }
        } catch {
            pendingError = error
        }
        let hinted = skipSeparatorHint()
        if let hinted, delimiter == nil {
            self.delimiter = hinted
            scanner.delimiter = hinted
        } else if delimiter == nil {
            let choice = CSVDelimiterSniffer.sniff(Array(buffer.prefix(EncodingDetector.sampleSize)),
                                                   atEnd: atEnd && buffer.count <= EncodingDetector.sampleSize)
            self.delimiter = choice.delimiter
            scanner.delimiter = choice.delimiter
        }
        sink.note("delimiter", CSVDelimiterSniffer.name(of: self.delimiter))
    }

    /// Excel's `sep=;` first line names the delimiter; it is not a row.
    /// Returns the delimiter it names and moves past it.
    private mutating func skipSeparatorHint() -> UInt8? {
        let prefix = Array("sep=".utf8)
        guard buffer.count >= 5, buffer.starts(with: prefix) else { return nil }
        let end = buffer.count > 5 ? buffer[5] : CSVRowScanner.lf
        guard end == CSVRowScanner.lf || end == CSVRowScanner.cr else { return nil }
        position = min(buffer.count, 5 + (end == CSVRowScanner.cr && buffer.count > 6 && buffer[6] == CSVRowScanner.lf ? 2 : 1))
        line = 2
        return buffer[4]
    }

    /// The next row; nil at the end of the input.
    /// - Throws: `IngestError` when the input cannot be read further.
    public mutating func nextRow() throws(IngestError) -> TableRow? {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        while true {
            if position >= buffer.count {
                if atEnd { return nil }
                try fill()
                continue
            }
            let start = position
            let scanner = self.scanner
            let isEnd = atEnd
            var spare: [CSVCellSpan] = []
            swap(&spare, &spans)
            let outcome = buffer.withUnsafeBufferPointer { scanner.scan($0, from: start, atEnd: isEnd, reusing: &spare) }
            switch outcome {
            case .needMore:
                try fill()
            case .row(let rowSpans, let end, let lines):
                let rowLine = line
                position = end
                line += lines
                let cells: [String]? = buffer.withUnsafeBufferPointer { p in
                    if rowSpans.count == 1 && rowSpans[0].isBlank(in: p) { return nil }
                    return rowSpans.map { $0.string(in: p) }
                }
                spans = rowSpans
                if let cells { return TableRow(cells: cells, line: rowLine) }
            case .broken(let problem):
                try recover(from: problem)
            }
        }
    }

    /// Reports a broken row as skipped and moves to where reading resumes.
    private mutating func recover(from problem: CSVRowScanner.Break) throws(IngestError) {
        let rowLine = line
        switch problem.resume {
        case .at(let index, let lines):
            position = index
            line = rowLine + lines
        case .nextLineFrom(let index, let lines):
            position = index
            line = rowLine + lines
            try skipPastLineBreak()
        case .end:
            position = buffer.count
        }
        var message = "row skipped: \(problem.reason)"
        if let quoteLine = problem.quoteLine { message += " (the quote opens on line \(rowLine + quoteLine))" }
        message += position >= buffer.count && atEnd ? "; nothing follows it" : "; reading resumes on line \(line)"
        sink.skip(IngestError(problem.code, path: input.file.displayPath, line: rowLine, message: message))
    }

    /// Moves past the next line break, dropping what comes before it (without
    /// holding it: this is how a huge field is stepped over).
    private mutating func skipPastLineBreak() throws(IngestError) {
        while true {
            let from = position
            let found: Int? = buffer.withUnsafeBufferPointer { p in
                var k = from
                while k < p.count {
                    let b = p[k]
                    if b == CSVRowScanner.lf || b == CSVRowScanner.cr { return k }
                    k += 1
                }
                return nil
            }
            guard let k = found else {
                position = buffer.count
                if atEnd { return }
                try fill()
                continue
            }
            if buffer[k] == CSVRowScanner.cr && k + 1 == buffer.count && !atEnd {
                position = k
                try fill()   // is the CR followed by an LF?
                continue
            }
            position = k + (buffer[k] == CSVRowScanner.cr && k + 1 < buffer.count && buffer[k + 1] == CSVRowScanner.lf ? 2 : 1)
            line += 1
            return
        }
    }

    /// Appends the next decoded chunk, first dropping the bytes before `position`.
    private mutating func fill() throws(IngestError) {
        guard let chunk = try input.nextChunk() else {
            atEnd = true
            return
        }
        if position >= buffer.count {
            buffer = chunk
        } else {
            if position > 0 { buffer.removeSubrange(0..<position) }
            buffer.append(contentsOf: chunk)
        }
        position = 0
        peakBufferBytes = max(peakBufferBytes, buffer.count)
    }
}
