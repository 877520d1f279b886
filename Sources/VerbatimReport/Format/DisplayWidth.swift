/// Display width of text in terminal-style columns: East Asian wide and full-width characters and
/// emoji count 2, combining marks and zero-width characters 0, everything else 1.
///
/// Used to truncate chart labels so that Chinese and English labels take about the same room.
///
/// ```swift
/// DisplayWidth.of("配送很慢")                    // 8
/// DisplayWidth.truncate("配送速度太慢了", maxWidth: 8) // "配送速…"
/// ```
public enum DisplayWidth {
    /// The display width of `text`.
    public static func of(_ text: String) -> Int {
        var w = 0
        for c in text { w += width(of: c) }
        return w
    }

    /// `text` cut to at most `maxWidth` columns, ending with "…" (width 1) when anything was cut.
    /// Cuts only between grapheme clusters, so emoji sequences and combining marks stay whole.
    public static func truncate(_ text: String, maxWidth: Int) -> String {
        if of(text) <= maxWidth { return text }
        guard maxWidth >= 1 else { return "" }
        var out = ""
        var w = 0
        for c in text {
            let cw = width(of: c)
            if w + cw > maxWidth - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "…"
    }

    /// The width of one grapheme cluster.
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) {
            return 2  // emoji presentation
        }
        return width(of: first)
    }

    /// The width of one scalar.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || v == 0x2060 || v == 0xFEFF
            || (0xFE00...0xFE0F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }
}
