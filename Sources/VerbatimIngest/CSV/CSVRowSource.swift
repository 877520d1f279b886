/// RFC 4180 rows from decoded text: quoted fields, embedded newlines, doubled
/// quotes, delimiter sniffing (`,` `;` tab `|`), resynchronisation after a
/// broken row.
///
/// TODO(ingest-csv): this first version splits lines on the delimiter without
/// quote handling; the full tokenizer replaces it.
public struct CSVRowSource: TableRowSource {
    /// The delimiter in use (sniffed unless given).
    public private(set) var delimiter: UInt8
    private let input: DecodedInput
    private let sink: RecordSink
    private let options: IngestOptions
    private var lines: [[UInt8]] = []
    private var lineIndex = 0
    private var loaded = false

    /// Reads rows from `input`; `delimiter` nil sniffs it from the first lines.
    public init(input: DecodedInput, delimiter: UInt8?, options: IngestOptions, sink: RecordSink) {
        self.input = input
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        self.options = options
        self.sink = sink
    }

    public mutating func nextRow() throws(IngestError) -> TableRow? {
        if !loaded {
            let all = try input.readAll(limit: Int.max)
            lines = all.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
            loaded = true
        }
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            lineIndex += 1
            if line.isEmpty { continue }
            let cells = line.split(separator: delimiter, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            return TableRow(cells: cells, line: lineIndex)
        }
        return nil
    }
}
