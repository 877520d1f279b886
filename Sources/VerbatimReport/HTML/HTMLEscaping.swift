/// Escaping of text for HTML and XML (text content and double- or single-quoted attributes).
///
/// ```swift
/// HTMLEscaping.escape("\"Tom\" & <Jerry>") // "&quot;Tom&quot; &amp; &lt;Jerry&gt;"
/// ```
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by entities and characters XML forbids
    /// (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) replaced by U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        escape(text, into: &out)
        return out
    }

    /// Appends the escaped `text` to `out`.
    public static func escape(_ text: String, into out: inout String) {
        // Fast path: most text needs nothing; scan the bytes once.
        var clean = true
        for b in text.utf8 where b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF {
            if b == 0x09 || b == 0x0A || b == 0x0D { continue }
            clean = false
            break
        }
        if clean {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
