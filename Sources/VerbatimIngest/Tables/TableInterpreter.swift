import Foundation
import VerbatimModel

/// Turns table rows (CSV, TSV, spreadsheet) into records, one per data row.
///
/// The interpreter buffers the first rows (``defaultSampleSize``) to learn
/// the table: its header rows and survey preset (``TableLayout``,
/// ``SurveyPreset``), each column's role from its name and content
/// (``ColumnRoleDetector``), rating scales and date day orders. `--map`
/// overrides the roles. It then emits the buffered rows and streams the
/// rest, holding one row at a time. What it decided is reported through
/// `sink.note` (`preset`, `header`, `column <name>`, `day order <name>`, `roles`).
///
/// Every respondent is kept: a row with a score and no comment is a record
/// with empty `texts`; several open questions stay apart, named by their
/// question. Row shape:
/// - a row with fewer cells than the header is padded with empty cells, and
///   warned about (``IngestError/Code/malformedRow``) unless the source
///   omits trailing empty cells by design (spreadsheets: `shortRowsAreNormal`);
/// - extra non-empty cells are kept as plain fields `column N`, with a warning;
///   extra empty cells (trailing delimiters) are dropped silently;
/// - a row repeating the header (concatenated exports) is skipped as malformed;
/// - a blank line is not a record; a row of empty cells is skipped by
///   ``FieldRecordBuilder`` as an empty record.
///
/// ```swift
/// var rows = ArrayRowSource(cells: [["Comment", "Score"], ["送餐太慢了", "2"], ["", "5"]])
/// try TableInterpreter(file: InputFile(path: "s.csv"), options: IngestOptions(), sink: sink).read(&rows)
/// // two records: texts ["送餐太慢了"] rated 2/5, and a text-less record rated 5/5
/// ```
public struct TableInterpreter {
    /// Rows buffered to detect the layout and roles.
    public static let defaultSampleSize = 200

    public let file: InputFile
    public let options: IngestOptions
    public let sink: RecordSink
    public let sampleSize: Int
    /// Whether short rows are normal (spreadsheets omit trailing empty cells).
    public let shortRowsAreNormal: Bool

    public init(file: InputFile, options: IngestOptions, sink: RecordSink,
                sampleSize: Int = TableInterpreter.defaultSampleSize, shortRowsAreNormal: Bool = false) {
        self.file = file
        self.options = options
        self.sink = sink
        self.sampleSize = max(1, sampleSize)
        self.shortRowsAreNormal = shortRowsAreNormal
    }

    /// Reads every row of `source`, sending records and skips to the sink.
    /// - Throws: `IngestError` when the table has no rows (`emptyFile`), when
    ///   `--map` names a missing column (`badOption`), or when the source fails.
    public func read<Source: TableRowSource>(_ source: inout Source) throws(IngestError) {
        var sample: [TableRow] = []
        // A few rows more than the sample, so multi-row headers leave a full sample of data.
        while sample.count < sampleSize + 3, let row = try source.nextRow() {
            if isBlankLine(row) { continue }
            sample.append(row)
        }
        guard !sample.isEmpty else {
            throw IngestError(.emptyFile, path: file.displayPath, message: "the table has no rows")
        }
        let plan = try TablePlan(sample: sample, file: file, options: options, sink: sink)
        var emitter = RowEmitter(plan: plan, file: file, sink: sink, shortRowsAreNormal: shortRowsAreNormal)
        for row in sample.dropFirst(plan.layout.headerRowCount) { emitter.take(row) }
        while let row = try source.nextRow() {
            if isBlankLine(row) { continue }
            emitter.take(row)
        }
    }

    private func isBlankLine(_ row: TableRow) -> Bool {
        row.cells.count <= 1 && row.cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}

/// Sends each data row to the record builder, fixing its shape first.
struct RowEmitter {
    let plan: TablePlan
    let file: InputFile
    let sink: RecordSink
    let shortRowsAreNormal: Bool
    private var ordinal = 0
    /// Each named column's role as the builder resolves it (`--map`, detection, name), decided once.
    private let resolvedRoles: [ColumnRole]
    /// Each named column as the builder adds its cells (role `.ignore`: the column is not read).
    private let columns: [FieldRecordBuilder.Column]

    init(plan: TablePlan, file: InputFile, sink: RecordSink, shortRowsAreNormal: Bool) {
        self.plan = plan
        self.file = file
        self.sink = sink
        self.shortRowsAreNormal = shortRowsAreNormal
        let resolvedRoles = zip(plan.layout.names, plan.decisions).map { name, decision in
            plan.builder.role(forName: name, detected: decision.role)
        }
        self.resolvedRoles = resolvedRoles
        columns = plan.layout.names.indices.map { i in
            plan.builder.column(named: plan.layout.names[i], role: plan.decisions[i].role == .ignore ? .ignore : resolvedRoles[i])
        }
    }

    mutating func take(_ row: TableRow) {
        ordinal += 1
        let width = plan.layout.names.count
        let source = RecordSource(file: file.displayPath, line: row.line, ordinal: ordinal)
        if let header = plan.headerCells, row.cells.count >= header.count, row.cells.prefix(header.count).elementsEqual(header),
           row.cells.dropFirst(header.count).allSatisfy(\.isEmpty) {
            sink.skip(IngestError(.malformedRow, path: file.displayPath, line: row.line,
                                  message: "row \(ordinal) repeats the header; skipped"))
            return
        }
        if row.cells.count < width, !shortRowsAreNormal {
            sink.warn(IngestError(.malformedRow, path: file.displayPath, line: row.line,
                                  message: "row \(ordinal) has \(row.cells.count) cells, expected \(width); missing cells left empty"))
        }
        if row.cells.count <= width {
            // No extra cells: each cell goes straight into the record through its column.
            var record = Record(source: source)
            let cells = row.cells.count
            for i in 0..<width where columns[i].role != .ignore {
                plan.builder.add(i < cells ? row.cells[i] : "", as: columns[i], to: &record, sink: sink)
            }
            if plan.builder.finish(&record, sink: sink) { sink.emit(consume record) }
            return
        }
        var fields: [FieldRecordBuilder.Field] = []
        fields.reserveCapacity(width)
        for (i, name) in plan.layout.names.enumerated() {
            let role = plan.decisions[i].role
            if role == .ignore { continue }
            fields.append(FieldRecordBuilder.Field(name: name, value: i < row.cells.count ? row.cells[i] : "", role: resolvedRoles[i]))
        }
        if row.cells.count > width {
            let extras = row.cells[width...].enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
            if !extras.isEmpty {
                sink.warn(IngestError(.malformedRow, path: file.displayPath, line: row.line,
                                      message: "row \(ordinal) has \(row.cells.count) cells, expected \(width); extra cells kept as fields"))
                for (k, value) in extras {
                    let name = "column \(width + k + 1)"
                    fields.append(FieldRecordBuilder.Field(name: name, value: value, role: plan.builder.role(forName: name, detected: .field)))
                }
            }
        }
        if let record = plan.builder.build(fields, source: source, sink: sink, rolesResolved: true) { sink.emit(record) }
    }
}
