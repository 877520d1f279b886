/// One row of a table (a CSV/TSV line or a spreadsheet row) before roles are known.
public struct TableRow: Sendable, Hashable {
    /// Cell values in column order, already decoded to Swift strings.
    public var cells: [String]
    /// 1-based line (CSV) or row number (spreadsheet) where the row starts.
    public var line: Int

    public init(cells: [String], line: Int) {
        self.cells = cells
        self.line = line
    }
}

/// A stream of table rows. Sources report rows they cannot read (an
/// unterminated quote, an oversized field) to the sink as skipped and go on
/// with the next row, so the interpreter only sees usable rows.
public protocol TableRowSource {
    /// The next row, nil at the end of the table.
    /// - Throws: `IngestError` only when the rest of the table cannot be read.
    mutating func nextRow() throws(IngestError) -> TableRow?
}

/// Rows held in memory: for tests and small inputs.
public struct ArrayRowSource: TableRowSource {
    private var rows: [TableRow]
    private var index = 0

    public init(_ rows: [TableRow]) { self.rows = rows }

    /// Rows from cell arrays, numbered from line 1.
    public init(cells: [[String]]) {
        self.rows = cells.enumerated().map { TableRow(cells: $1, line: $0 + 1) }
    }

    public mutating func nextRow() throws(IngestError) -> TableRow? {
        guard index < rows.count else { return nil }
        defer { index += 1 }
        return rows[index]
    }
}
