import Foundation

/// How a table is laid out: how many header rows, what each column is
/// called, and the roles a survey preset fixes for its metadata columns.
///
/// ```swift
/// let layout = TableLayout.detect([["Comment", "Score"], ["Slow delivery", "2"]].rows)
/// layout.headerRowCount   // 1
/// layout.names            // ["Comment", "Score"]
/// ```
struct TableLayout: Sendable {
    /// Rows at the top that are headers, not data (0 when the table has none).
    var headerRowCount: Int
    /// Column names, unique, in column order (`column 3` when the header has none).
    var names: [String]
    /// The names used to look a role up in ``FieldNames`` (a question without its `3、` number…).
    var lookupNames: [String]
    /// Roles the preset fixes (survey metadata), nil where content and name decide.
    var fixedRoles: [ColumnRole?]
    /// The survey tool recognised, if any.
    var preset: SurveyPreset?

    /// The layout of a table from its first rows: a survey preset when one
    /// matches, else one header row or none (``HeaderDetector``).
    static func detect(_ rows: [TableRow]) -> TableLayout {
        if let layout = SurveyPreset.layout(of: rows) { return layout }
        guard let first = rows.first else {
            return TableLayout(headerRowCount: 0, names: [], lookupNames: [], fixedRoles: [], preset: nil)
        }
        if HeaderDetector.rowOneIsHeader(rows) {
            let names = uniqueNames(first.cells)
            return TableLayout(headerRowCount: 1, names: names, lookupNames: first.cells.map(trimmed),
                               fixedRoles: Array(repeating: nil, count: names.count), preset: nil)
        }
        return TableLayout(headerRowCount: 0, names: [], lookupNames: [], fixedRoles: [], preset: nil)
    }

    /// Widens the layout to `width` columns, naming new ones `column N`.
    mutating func extend(to width: Int) {
        while names.count < width {
            var name = "column \(names.count + 1)"
            while names.contains(name) { name += "'" }
            names.append(name)
            lookupNames.append("")
            fixedRoles.append(nil)
        }
    }

    /// Header cells made into unique names: blanks become `column N`, a
    /// repeated name gets ` (2)`, ` (3)`… so records never mix two columns.
    static func uniqueNames(_ cells: [String]) -> [String] {
        var used = Set<String>()
        var names: [String] = []
        for (i, cell) in cells.enumerated() {
            let base = trimmed(cell).isEmpty ? "column \(i + 1)" : trimmed(cell)
            var name = base
            var n = 2
            while used.contains(name) {
                name = "\(base) (\(n))"
                n += 1
            }
            used.insert(name)
            names.append(name)
        }
        return names
    }

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
}
