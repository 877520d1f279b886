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
    public static func clauses(of bytes: [UInt8], into clauses: inout [Clause]) {
        Self.clauses(of: bytes, separatorStarts: separatorStarts(of: bytes), into: &clauses)
    }

    /// `clauses(of:)` into `clauses` from the offsets where a separator may
    /// start (ascending; every offset where one does start must be among
    /// them, as in `NormalizedText.separatorStarts`): only those offsets are
    /// looked at, not every byte. `bytes` must be valid UTF-8.
    ///
    /// The normalizer notes the offsets as it writes: scanning every byte
    /// here again cost ≈ 2.5k instructions a line on English reviews
    /// (callgrind, Benchmarks/perf/profile).
    public static func clauses(of bytes: [UInt8], separatorStarts: [Int32], into clauses: inout [Clause]) {
        clauses.removeAll(keepingCapacity: true)
        clauses.reserveCapacity(separatorStarts.count + 2)  // one allocation instead of regrowth
        var start = 0
        var sentence = 0
        var i = 0
        let n = bytes.count
        for candidate in separatorStarts {
            let at = Int(candidate)
            if at < i { continue }  // inside a run already taken
            let (kind, len) = separator(bytes, at)
            if kind == .none { continue }
            // Swallow a run of separators ("!!!", "?!", "。。。").
            var end = at + len
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

    /// Every offset of valid UTF-8 `bytes` where a separator may start: the
    /// ASCII separator bytes (`isSeparatorByte`) and the first bytes of 。、….
    public static func separatorStarts(of bytes: [UInt8]) -> [Int32] {
        var starts: [Int32] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if isSeparatorByte(b) { starts.append(Int32(i)) }
                i += 1
                continue
            }
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            if len == 3 && i + 2 < bytes.count {
                let cp = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                if isSeparatorScalar(cp) { starts.append(Int32(i)) }
            }
            i += len
        }
        return starts
    }

    /// ASCII bytes that start a separator in some context: `! ? ; , ~ : .` and line feed.
    @inline(__always)
    public static func isSeparatorByte(_ b: UInt8) -> Bool {
        // Bits 0x0A "\n", 0x21 "!", 0x2C ",", 0x2E ".", 0x3A ":", 0x3B ";", 0x3F "?"; then 0x7E "~".
        let low: UInt64 = (1 << 0x0A) | (1 << 0x21) | (1 << 0x2C) | (1 << 0x2E) | (1 << 0x3A) | (1 << 0x3B) | (1 << 0x3F)
        if b < 64 { return (low >> UInt64(b)) & 1 != 0 }
        return b == 0x7E
    }

    /// Non-ASCII separators: 。、 and …
    @inline(__always)
    public static func isSeparatorScalar(_ cp: UInt32) -> Bool {
        cp == 0x3002 || cp == 0x3001 || cp == 0x2026
    }

    enum SeparatorKind { case none, clause, sentence, question, exclamation }

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
