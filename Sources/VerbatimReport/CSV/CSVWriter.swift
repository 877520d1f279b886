/// An RFC 4180 CSV writer with spreadsheet-safe text cells.
///
/// - Fields containing `,` `"` CR or LF are quoted, with `"` doubled.
/// - **Formula neutralization** (CSV injection, OWASP): a `.text` cell whose first character —
///   after any leading spaces — is `=`, `+`, `-`, `@`, TAB or CR, or their full-width forms
///   `＝ ＋ － ＠` (some spreadsheet inputs fold width), gets a single quote `'` in front.
///   Numbers are typed cells (`.number`, `.integer`) and are never prefixed, so `-0.5` stays a
///   number; the price of that rule is that a text cell like "-5 stars" becomes "'-5 stars".
/// - `excel: true` writes a UTF-8 BOM first (Excel then reads Chinese correctly) and CRLF line
///   ends; otherwise no BOM and LF (RFC 4180 says CRLF; most tools accept both).
///
/// ```swift
/// var csv = CSVWriter(excel: true)
/// csv.writeHeader(["theme", "share"])
/// csv.writeRow([.text("配送"), .number(0.31, decimals: 3)])
/// let bytes = Array(csv.text.utf8)  // EF BB BF "theme,share\r\n配送,0.310\r\n"
/// ```
public struct CSVWriter: Sendable {
    public let excel: Bool
    /// Everything written so far, including the BOM in Excel mode.
    public private(set) var text: String

    public init(excel: Bool = false) {
        self.excel = excel
        text = excel ? "\u{FEFF}" : ""
    }

    /// The line end: CRLF in Excel mode, LF otherwise.
    public var lineEnd: String { excel ? "\r\n" : "\n" }

    /// Writes a header row of text cells.
    public mutating func writeHeader(_ names: [String]) {
        writeRow(names.map(CSVCell.text))
    }

    /// Writes one row.
    public mutating func writeRow(_ cells: [CSVCell]) {
        text += Self.line(cells)
        text += lineEnd
    }

    /// The row as one CSV line without the line end (for streaming writers).
    public static func line(_ cells: [CSVCell]) -> String {
        cells.map(field).joined(separator: ",")
    }

    /// One encoded field: neutralized (text only), then quoted if needed.
    public static func field(_ cell: CSVCell) -> String {
        switch cell {
        case .empty: return ""
        case .integer(let i): return String(i)
        case .number(let v, let d): return v.isFinite ? NumberFormat.fixed(v, decimals: d) : ""
        case .text(let s):
            let t = needsNeutralizing(s) ? "'" + s : s
            return quoted(t)
        }
    }

    /// Whether `s` would start a formula in a spreadsheet.
    public static func needsNeutralizing(_ s: String) -> Bool {
        for scalar in s.unicodeScalars {
            switch scalar {
            case " ": continue
            case "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": return true
            default: return false
            }
        }
        return false
    }

    static func quoted(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return s }
        var out = "\""
        for ch in s.unicodeScalars {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        return out + "\""
    }
}
