/// Reads CSV and TSV files: decodes the text (any supported encoding), splits
/// rows (``CSVRowSource``) and turns them into records (``TableInterpreter``).
///
/// A `.tsv` file (or `--format tsv`) is split on tabs; anything else has its
/// delimiter sniffed (`,` `;` tab `|`). The chosen delimiter is noted.
///
/// ```swift
/// let sink = CollectingSink()
/// try CSVReader.read(InputFile(path: "survey.csv"), options: IngestOptions(), into: sink)
/// sink.noteValue("roles")   // "text: Comment; rating: Score (1–5)"
/// ```
public enum CSVReader: RecordReader {
    public static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError) {
        let input = try DecodedInput(file, forcedEncoding: options.encoding, sink: sink)
        let isTSV = options.format == .tsv || (options.format == nil && file.path.lowercased().hasSuffix(".tsv"))
        var rows = CSVRowSource(input: input, delimiter: isTSV ? UInt8(ascii: "\t") : nil, options: options, sink: sink)
        try TableInterpreter(file: file, options: options, sink: sink).read(&rows)
        sink.note("delimiter", delimiterName(rows.delimiter))
    }

    static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        case UInt8(ascii: "|"): "pipe"
        default: "0x" + String(d, radix: 16)
        }
    }
}
