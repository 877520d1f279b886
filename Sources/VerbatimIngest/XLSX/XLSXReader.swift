/// Reads Excel `.xlsx` workbooks: the first visible sheet, or the one
/// `--sheet` names, row by row (``XLSXRowSource``) into records
/// (``TableInterpreter``), like a CSV file.
///
/// Hostile files stop with a clear error, never a crash: not a ZIP
/// (`binaryFile`), a truncated ZIP (`truncated`), a part expanding beyond
/// ``XLSXLimits/maxPartBytes`` (`oversizedField`, ZIP bombs), missing or
/// malformed parts (`malformedMarkup`), XML entities (`refusedEntities`).
///
/// ```swift
/// var options = IngestOptions()
/// options.sheet = "Responses"
/// try XLSXReader.read(InputFile(path: "survey.xlsx"), options: options, into: sink)
/// ```
public enum XLSXReader: RecordReader {
    public static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError) {
        try read(file, options: options, limits: XLSXLimits(), into: sink)
    }

    /// Reads with explicit limits (tests use a small cap to stand in for a ZIP bomb).
    public static func read(_ file: InputFile, options: IngestOptions, limits: XLSXLimits,
                            into sink: RecordSink) throws(IngestError) {
        let archive = try XLSXArchive(file: file, limits: limits)
        let workbook = try XLSXWorkbook(archive: archive)
        let sheet = try workbook.sheet(named: options.sheet, file: file)
        guard sheet.isWorksheet else {
            throw IngestError(.badOption, path: file.displayPath, message: "sheet '\(sheet.name)' is a chart, not a table")
        }
        sink.note("sheet", sheet.name)
        var rows = try XLSXRowSource(archive: archive, sheet: sheet, workbook: workbook, options: options, sink: sink)
        try TableInterpreter(file: file, options: options, sink: sink, shortRowsAreNormal: true).read(&rows)
    }
}
