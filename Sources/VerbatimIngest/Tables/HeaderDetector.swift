import Foundation

/// Decides whether the first row of a table is a header.
///
/// Each column votes by comparing row 1 with the rows below it: a word above
/// a column of numbers or dates is a header (+2), a number above numbers is
/// data (−3), a name ``FieldNames`` knows (`review`, `评分`) is a header (+2),
/// a short cell above long text leans header (+1), and a cell that repeats a
/// value of its column leans data (−1). A tie goes to "header" when row 1 is
/// all distinct, short, non-numeric cells, as real headers are.
///
/// ```swift
/// HeaderDetector.rowOneIsHeader(rows(["col1", "col2"], ["Great stay, friendly staff", "5"]))  // true
/// HeaderDetector.rowOneIsHeader(rows(["很好", "5"], ["太差了", "1"]))                            // false
/// ```
enum HeaderDetector {
    static func rowOneIsHeader(_ rows: [TableRow]) -> Bool {
        guard let first = rows.first else { return false }
        let cells = first.cells.map(TableLayout.trimmed)
        let body = rows.dropFirst()
        var score = 0
        for (j, h) in cells.enumerated() where !h.isEmpty {
            let hWidth = ColumnProfile.shape(of: h).width
            let hNumeric = ColumnProfile.plainNumber(h) != nil
            let hDate = !hNumeric && DateParser.parse(h) != nil
            if !hNumeric, hWidth <= 40, FieldNames.role(forName: h) != nil { score += 2 }
            let values = body.map { j < $0.cells.count ? $0.cells[j] : "" }
            let profile = ColumnProfile(values: values)
            guard profile.nonEmpty > 0 else { continue }
            if profile.numericShare >= 0.8 {
                score += hNumeric ? -3 : 2
            } else if profile.dateShare >= 0.8 {
                score += hDate ? -3 : 2
            } else if hNumeric || hDate {
                score -= 1
            }
            if profile.meanWidth >= 20, profile.meanWidth >= 3 * Double(hWidth) { score += 1 }
            if profile.distinct <= 20, values.contains(where: { TableLayout.trimmed($0) == h }) { score -= 1 }
        }
        if score != 0 { return score > 0 }
        let nonEmpty = cells.filter { !$0.isEmpty }
        return !nonEmpty.isEmpty && Set(nonEmpty).count == nonEmpty.count
            && nonEmpty.allSatisfy { ColumnProfile.plainNumber($0) == nil && ColumnProfile.shape(of: $0).width <= 40 }
    }
}
