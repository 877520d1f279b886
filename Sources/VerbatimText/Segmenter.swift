/// A clause: a slice of the normalized text between clause separators.
///
/// Clauses partition the text exactly: each runs from the end of the
/// previous one through its own separators.
public struct Clause: Sendable, Hashable {
    /// Normalized byte range, separators included.
    public var range: Range<Int>
    /// Index of the sentence the clause belongs to.
    public var sentence: Int
    /// The clause ends with `?` (or `？`).
    public var isQuestion: Bool
    /// `!` marks ending the clause (VADER counts up to four).
    public var exclamations: Int
}

/// Splits normalized text into sentences and clauses, for Chinese and
/// English alike.
///
/// Sentences end at `。！？!?；;`, line breaks, `…` and a `.` followed by a
/// space or the end; clauses also end at `，,、` and `~`, and at `：:` before a space, a line end or a Chinese character.
public enum Segmenter {
    /// The clauses of a normalized text, in order.
    ///
    /// ```swift
    /// Segmenter.clauses(of: Array("菜很好吃，但是送餐太慢了。".utf8)).count // 2
    /// ```
    public static func clauses(of bytes: [UInt8]) -> [Clause] {
        var result: [Clause] = []
        clauses(of: bytes, into: &result)
        return result
    }

    /// `clauses(of:)` into `clauses`, reusing its storage (one thread's scratch).
    /// `bytes` must be valid UTF-8 (a normalized text is): ideographs are skipped a character at a time.
    public static func clauses(of bytes: [UInt8], into clauses: inout [Clause]) {
        clauses.removeAll(keepingCapacity: true)
        clauses.reserveCapacity(bytes.count / 24 + 2)  // one allocation instead of regrowth
        var start = 0
        var sentence = 0
        var i = 0
        let n = bytes.count
        let skip = Self.skip
        while i < n {
            // Most bytes cannot start a separator: skip them with one table look-up
            // (a whole character for CJK ideographs: a third of the steps on Chinese text).
            let step = skip[Int(bytes[i])]
            if step != 0 {
                i += Int(step)
                continue
            }
            let (kind, len) = separator(bytes, i)
            if kind == .none {
                i += 1
                continue
            }
            // Swallow a run of separators ("!!!", "?!", "。。。").
            var end = i + len
            var question = kind == .question
            var bangs = kind == .exclamation ? 1 : 0
            var endsSentence = kind != .clause
            while end < n {
                let (k, l) = separator(bytes, end)
                if k == .none { break }
                if k == .question { question = true }
                if k == .exclamation { bangs += 1 }
                if k != .clause { endsSentence = true }
                end += l
            }
            while end < n && bytes[end] == 0x20 { end += 1 }
            if hasContent(bytes, start..<end) {
                clauses.append(Clause(range: start..<end, sentence: sentence, isQuestion: question, exclamations: bangs))
                if endsSentence { sentence += 1 }
            } else if let last = clauses.indices.last {
                clauses[last].range = clauses[last].range.lowerBound..<end
            } else {
                // Leading separators join the first clause.
                i = end
                continue
            }
            start = end
            i = end
        }
        if start < n {
            if hasContent(bytes, start..<n) || clauses.isEmpty {
                clauses.append(Clause(range: start..<n, sentence: sentence, isQuestion: false, exclamations: 0))
            } else {
                clauses[clauses.count - 1].range = clauses[clauses.count - 1].range.lowerBound..<n
            }
        }
    }

    enum SeparatorKind { case none, clause, sentence, question, exclamation }

    /// The first bytes of every separator `separator(_:_:)` knows.
    static let startsSeparator: [Bool] = (0..<256).map { b in
        [0x21, 0x3F, 0x3B, 0x0A, 0x2C, 0x7E, 0x3A, 0x2E, 0xE3, 0xE2].contains(b)
    }

    /// Per byte: 0 when it may start a separator, else how far to skip: 3 past a
    /// lead byte of U+4000–U+9FFF (E4–E9: no separator there; the text is valid UTF-8), 1 otherwise.
    static let skip: [UInt8] = (0..<256).map { b in
        startsSeparator[b] ? 0 : (0xE4...0xE9).contains(b) ? 3 : 1
    }

    @inline(__always)
    static func separator(_ b: [UInt8], _ i: Int) -> (SeparatorKind, Int) {
        switch b[i] {
        case 0x21: return (.exclamation, 1)
        case 0x3F: return (.question, 1)
        case 0x3B, 0x0A: return (.sentence, 1)
        case 0x2C, 0x7E: return (.clause, 1)
        case 0x3A:
            // A colon separates clauses ("价格: 很便宜") but not emoticons (":)") or times ("3:30").
            if i + 1 >= b.count || b[i + 1] == 0x20 || b[i + 1] == 0x0A || b[i + 1] >= 0x80 { return (.clause, 1) }
            return (.none, 1)
        case 0x2E:
            // A full stop ends a sentence only before a space, a line end or the end ("3.5" does not).
            if i + 1 >= b.count || b[i + 1] == 0x20 || b[i + 1] == 0x0A || b[i + 1] == 0x2E { return (.sentence, 1) }
            return (.none, 1)
        case 0xE3 where i + 2 < b.count && b[i + 1] == 0x80:
            switch b[i + 2] {
            case 0x82: return (.sentence, 3)  // 。
            case 0x81: return (.clause, 3)  // 、
            default: return (.none, 1)
            }
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0xA6:
            return (.sentence, 3)  // …
        default:
            return (.none, 1)
        }
    }

    static func hasContent(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            let (k, l) = separator(b, i)
            if k == .none && b[i] != 0x20 { return true }
            i += max(l, 1)
        }
        return false
    }
}
