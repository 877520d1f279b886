/// Where one cell's bytes lie in the scanner's buffer, before it becomes a `String`.
///
/// Cells stay spans until the whole row has been found, so a row that needs
/// more input (and is scanned again) costs no string building.
enum CSVCellSpan: Equatable {
    /// Bytes taken as they are.
    case plain(start: Int, end: Int)
    /// The inside of a quoted field; `escaped` when it holds doubled quotes to undo.
    case quoted(start: Int, end: Int, escaped: Bool)
    /// A quoted field followed by more text before the delimiter (`"abc"def`):
    /// the inside, then the rest as it is, the way Excel reads it.
    case quotedThenPlain(start: Int, end: Int, escaped: Bool, restEnd: Int)

    /// The cell's text.
    func string(in p: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .plain(let s, let e), .quoted(let s, let e, false):
            return String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self)
        case .quoted(let s, let e, true):
            return String(decoding: CSVCellSpan.unescape(p, s, e), as: UTF8.self)
        case .quotedThenPlain(let s, let e, let escaped, let restEnd):
            var bytes = escaped ? CSVCellSpan.unescape(p, s, e) : Array(p[s..<e])
            // The closing quote sits at `e`; the rest follows it.
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[(e + 1)..<restEnd]))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether the cell is an unquoted run of spaces and tabs (or nothing).
    func isBlank(in p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard case .plain(let s, let e) = self else { return false }
        return p[s..<e].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// `""` → `"` inside a quoted field.
    private static func unescape(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var k = s
        while k < e {
            let b = p[k]
            out.append(b)
            k += (b == CSVRowScanner.quote && k + 1 < e && p[k + 1] == CSVRowScanner.quote) ? 2 : 1
        }
        return out
    }
}
