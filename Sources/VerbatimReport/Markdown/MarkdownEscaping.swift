/// Escaping of data for CommonMark / GitHub-flavoured Markdown, so that text from respondents
/// renders as the same text and never as markup, links or raw HTML.
///
/// - Newlines (CR, LF, U+2028/9) become spaces: one block of data stays one line.
/// - `\ ` * _ [ ] < > | ~ & $` are backslash-escaped everywhere; `#`, `+`, `-`, `=`, and `N.`/`N)`
///   at the start of the text are escaped too (headings, lists, setext rules).
/// - "://" becomes ":\/\/" and "www." becomes "www\." so bare URLs are not auto-linked.
///
/// ```swift
/// MarkdownEscaping.inline("# *bold* <b>")  // "\\# \\*bold\\* \\<b\\>"
/// ```
public enum MarkdownEscaping {
    /// `text` escaped for use inside a paragraph, heading, list item or quote.
    public static func inline(_ text: String) -> String { escape(text, blockStart: true) }

    /// Escapes `text`; `blockStart` also escapes what would begin a heading or list at the start.
    static func escape(_ text: String, blockStart: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = blockStart
        var digitsOnly = false  // everything written so far is digits (and something was written)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            var s = scalars[i]
            if s == "\r" || s == "\n" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{0B}" || s == "\u{0C}" {
                s = " "
                if i + 1 < scalars.count, scalars[i] == "\r", scalars[i + 1] == "\n" { i += 1 }
            }
            if atStart || (out.isEmpty && !blockStart), s == " " || s == "\t" {
                i += 1
                continue  // leading blanks would make an indented code block
            }
            if "\\`*_[]<>|~&$".unicodeScalars.contains(s) {
                out += "\\"
                out.unicodeScalars.append(s)
            } else if atStart, "#+-=".unicodeScalars.contains(s) {
                out += "\\"
                out.unicodeScalars.append(s)
            } else if s == ":", i + 2 < scalars.count, scalars[i + 1] == "/", scalars[i + 2] == "/" {
                out += ":\\/\\/"
                i += 2
            } else if s == ".", endsWithWWW(out) {
                out += "\\."
            } else if s == "." || s == ")", digitsOnly {
                out += "\\"  // "1." or "1)" at the start would begin an ordered list
                out.unicodeScalars.append(s)
            } else if s.value < 0x20 && s != "\t" {
                out += " "
            } else {
                out.unicodeScalars.append(s)
            }
            digitsOnly = (atStart || digitsOnly) && ("0"..."9").contains(s)
            atStart = false
            i += 1
        }
        return out
    }

    static func endsWithWWW(_ s: String) -> Bool {
        let tail = s.utf8.suffix(4)
        guard tail.count >= 3 else { return false }
        let last3 = tail.suffix(3).map { $0 | 0x20 }
        guard last3 == [0x77, 0x77, 0x77] else { return false }
        // Not already escaped, and "www" starts a word.
        return tail.count == 3 || !(tail.first! == 0x5C || (tail.first! | 0x20) >= 0x61 && (tail.first! | 0x20) <= 0x7A)
    }

    /// `text` escaped for a table cell: as ``inline(_:)`` (which also escapes `|`), except that
    /// what only matters at the start of a block (`#`, `+`, `-`, `1.`) is left alone, since a
    /// cell never starts a block — `+6` and `54.3%` stay readable. An empty cell stays empty.
    public static func tableCell(_ text: String) -> String {
        escape(text, blockStart: false)
    }
}
