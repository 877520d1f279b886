/// One typed CSV cell. Typing keeps numbers intact and makes text safe for spreadsheets:
/// numbers are written as plain numbers (a negative number keeps its "-"), while text that a
/// spreadsheet would run as a formula is neutralized (see ``CSVWriter/field(_:)``).
///
/// ```swift
/// let row: [CSVCell] = [.text("=HYPERLINK(…)"), .number(-0.5, decimals: 2), .integer(12)]
/// CSVWriter.line(row)  // "'=HYPERLINK(…),-0.50,12"
/// ```
public enum CSVCell: Sendable, Hashable {
    /// Text from data; neutralized when it starts like a formula.
    case text(String)
    /// A number with fixed decimals; NaN and infinities are written as an empty field.
    case number(Double, decimals: Int)
    /// An integer.
    case integer(Int)
    /// An empty field.
    case empty
}
