import Foundation

/// Validates one JSON Lines record and pulls out what annotation needs:
/// the raw `id` token (echoed byte for byte) and the text field.
///
/// Hand-written because `JSONDecoder` manages ≈ 33k small lines/s on this
/// platform (shared/PLATFORM.md) and annotate must stream far faster; it
/// validates the full JSON grammar so a broken line is reported, not guessed.
struct JSONLineScanner {
    /// What a line holds.
    struct Record {
        /// Where the id value lies in the line, exactly as written (a string
        /// with its quotes, a number…), if present.
        var rawID: Range<Int>?
        /// Where the text lies in the line when it holds no escapes (its bytes
        /// are the text); nil when it was decoded or no text field exists.
        var textRange: Range<Int>?
        /// The decoded text's UTF-8 when the string held escapes.
        var decodedText: [UInt8]?
        /// Whether a usable text field was found (`textRange` or `decodedText`).
        var hasText: Bool { textRange != nil || decodedText != nil }

        /// The text's UTF-8 bytes (valid: the line was validated, escapes decode to scalars), or nil.
        func withText<R>(in line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            if let r = textRange { return body(UnsafeBufferPointer(rebasing: line[r])) }
            return decodedText?.withUnsafeBufferPointer(body)
        }

        /// The text as a `String`, or nil.
        func text(in line: UnsafeBufferPointer<UInt8>) -> String? {
            withText(in: line) { String(decoding: $0, as: UTF8.self) }
        }
        /// Why the text is unusable (not a string, empty), if it is.
        var textProblem: String?
    }

    static let maxDepth = 256

    private let b: UnsafeBufferPointer<UInt8>
    private var i: Int

    private init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        self.i = 0
    }

    /// Scans one line (without its newline); throws a readable reason when it is not a JSON object.
    static func scan(_ line: UnsafeBufferPointer<UInt8>) throws(ScanError) -> Record {
        var s = JSONLineScanner(line)
        return try s.object()
    }

    struct ScanError: Error {
        var message: String
        var offset: Int
    }

    private func fail(_ m: String) -> ScanError { ScanError(message: m, offset: i) }

    private mutating func ws() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
    }

    private mutating func object() throws(ScanError) -> Record {
        ws()
        guard i < b.count, b[i] == 0x7B else { throw fail("not a JSON object") }
        i += 1
        var record = Record()
        var bestText = Int.max
        ws()
        if i < b.count && b[i] == 0x7D {
            i += 1
        } else {
            while true {
                ws()
                guard i < b.count, b[i] == 0x22 else { throw fail("expected a quoted key") }
                let keyStart = i
                let (keyRange, keyEscaped) = try rawString()
                // Keys are compared where they lie; only an escaped key is decoded (rare).
                let decodedKey: [UInt8]?
                if keyEscaped {
                    let after = i
                    i = keyStart
                    decodedKey = try string()
                    i = after
                } else {
                    decodedKey = nil
                }
                let role = decodedKey.map { key in key.withUnsafeBufferPointer { Self.role(of: $0) } }
                    ?? Self.role(of: UnsafeBufferPointer(rebasing: b[keyRange]))
                ws()
                guard i < b.count, b[i] == 0x3A else { throw fail("expected ':' after key") }
                i += 1
                ws()
                let valueStart = i
                if role == Self.idRole {
                    try value(depth: 1)
                    record.rawID = valueStart..<i
                } else if let rank = role, rank < bestText {
                    if i < b.count && b[i] == 0x22 {
                        let (range, escaped) = try rawString()
                        // The text stays bytes (no `String` made and validated again per line).
                        if escaped {
                            i = valueStart
                            record.decodedText = try string()
                            record.textRange = nil
                        } else {
                            record.decodedText = nil
                            record.textRange = range
                        }
                        bestText = rank
                        record.textProblem = nil
                        if isBlank(range, escaped), let text = record.text(in: b), text.allSatisfy(\.isWhitespace) {
                            record.textProblem = "empty text"
                        }
                    } else {
                        try value(depth: 1)
                        if b[valueStart] != 0x6E {  // null counts as absent
                            bestText = rank
                            record.textRange = nil
                            record.decodedText = nil
                            let name = decodedKey ?? Array(b[keyRange])
                            record.textProblem = "field '\(String(decoding: name, as: UTF8.self))' is not a string"
                        }
                    }
                } else {
                    try value(depth: 1)
                }
                ws()
                guard i < b.count else { throw fail("unterminated object") }
                if b[i] == 0x2C {
                    i += 1
                    continue
                }
                if b[i] == 0x7D {
                    i += 1
                    break
                }
                throw fail("expected ',' or '}'")
            }
        }
        ws()
        if i != b.count { throw fail("unexpected data after the object") }
        return record
    }

    private mutating func value(depth: Int) throws(ScanError) {
        guard depth <= Self.maxDepth else { throw fail("nested too deeply") }
        guard i < b.count else { throw fail("missing value") }
        switch b[i] {
        case 0x22: _ = try rawString()
        case 0x7B:
            i += 1
            ws()
            if i < b.count && b[i] == 0x7D { i += 1; return }
            while true {
                ws()
                guard i < b.count, b[i] == 0x22 else { throw fail("expected a quoted key") }
                _ = try rawString()
                ws()
                guard i < b.count, b[i] == 0x3A else { throw fail("expected ':' after key") }
                i += 1
                ws()
                try value(depth: depth + 1)
                ws()
                guard i < b.count else { throw fail("unterminated object") }
                if b[i] == 0x2C { i += 1; continue }
                if b[i] == 0x7D { i += 1; return }
                throw fail("expected ',' or '}'")
            }
        case 0x5B:
            i += 1
            ws()
            if i < b.count && b[i] == 0x5D { i += 1; return }
            while true {
                ws()
                try value(depth: depth + 1)
                ws()
                guard i < b.count else { throw fail("unterminated array") }
                if b[i] == 0x2C { i += 1; continue }
                if b[i] == 0x5D { i += 1; return }
                throw fail("expected ',' or ']'")
            }
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(ScanError) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard i + w.count <= b.count, (0..<w.count).allSatisfy({ b[i + $0] == w[$0] }) else { throw fail("invalid literal") }
        i += w.count
    }

    private mutating func number() throws(ScanError) {
        let start = i
        if i < b.count && b[i] == 0x2D { i += 1 }
        guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("invalid value") }
        if b[i] == 0x30 { i += 1 } else { while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
        if i < b.count && b[i] == 0x2E {
            i += 1
            guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("invalid number") }
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        }
        if i < b.count && (b[i] == 0x65 || b[i] == 0x45) {
            i += 1
            if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("invalid number") }
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        }
        if i == start { throw fail("invalid value") }
    }

    /// ``role(of:)`` of the `id` key.
    static let idRole = -1

    /// What a key means: ``idRole`` for `id`, the rank of a text field (most
    /// preferred first: text, content, body, review, comment, message), nil
    /// for anything else. Dispatches on the length first:
    /// every key of every line comes here.
    @inline(__always)
    static func role(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        func isKey(_ word: StaticString) -> Bool {
            memcmp(key.baseAddress!, word.utf8Start, word.utf8CodeUnitCount) == 0
        }
        switch key.count {
        case 2: return isKey("id") ? idRole : nil
        case 4: return isKey("text") ? 0 : isKey("body") ? 2 : nil
        case 6: return isKey("review") ? 3 : nil
        case 7: return isKey("content") ? 1 : isKey("comment") ? 4 : isKey("message") ? 5 : nil
        default: return nil
        }
    }

    /// Whether a text needs the (slower) whitespace check: escaped, or holding
    /// neither an ASCII character other than white space nor a character in
    /// U+4000–U+9FFF (lead bytes E4–E9: CJK ideographs and hexagrams). Either
    /// kind starts a `Character` that is not white space, so the text is not
    /// blank; other non-ASCII characters may be spaces (U+3000). Without the
    /// CJK test every all-Chinese line made a `String` only to be told no
    /// (≈ 1,300 instructions a line, callgrind).
    private func isBlank(_ range: Range<Int>, _ escaped: Bool) -> Bool {
        if escaped { return true }
        for k in range {
            let c = b[k]
            if c >= 0x80 {
                if c >= 0xE4 && c <= 0xE9 { return false }
                continue
            }
            if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0B && c != 0x0C { return false }
        }
        return true
    }

    /// Validates a string at `i` (on its opening quote) without decoding it: the
    /// range between the quotes and whether it holds escapes.
    ///
    /// Skips eight plain bytes at a time (no quote, backslash or control
    /// character), on local copies of the position: this loop sees every byte
    /// of every line.
    private mutating func rawString() throws(ScanError) -> (Range<Int>, Bool) {
        let base = b.baseAddress!
        let n = b.count
        var j = i + 1
        let start = j
        var escaped = false
        while true {
            if j + 8 <= n && !Self.mayNeedAttention(UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)) {
                j += 8
                continue
            }
            // The next eight bytes hold a candidate: find it byte by byte (not
            // retrying the eight-byte test at every byte of a short string).
            let end = min(j + 8, n)
            while j < end {
                let c = base[j]
                if c == 0x22 || c == 0x5C || c < 0x20 { break }
                j += 1
            }
            if j == end && end < n { continue }
            guard j < n else {
                i = j
                throw fail("unterminated string")
            }
            let c = base[j]
            if c == 0x22 {
                i = j + 1
                return (start..<j, escaped)
            }
            if c < 0x20 {
                i = j
                throw fail("control character in string")
            }
            if c == 0x5C {
                escaped = true
                j += 1
                guard j < n else {
                    i = j
                    throw fail("unterminated escape")
                }
                switch base[j] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: break
                case 0x75:
                    i = j
                    _ = try hex4(at: j + 1)
                    j += 4
                default:
                    i = j
                    throw fail("invalid escape")
                }
            }
            j += 1
        }
    }

    /// Whether any of the eight bytes in `w` may be a quote, a backslash or a
    /// control character (never false when one is; rarely true when none is).
    @inline(__always)
    static func mayNeedAttention(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let zeroOrBelow = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- ones &* 0x20) & ~w)
        return zeroOrBelow & high != 0
    }

    /// Reads a string at `i` (on its opening quote) and returns its decoded UTF-8.
    /// Lone surrogates from `\u` escapes become U+FFFD rather than failing.
    private mutating func string() throws(ScanError) -> [UInt8] {
        i += 1
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard i < b.count else { throw fail("unterminated string") }
            let c = b[i]
            if c == 0x22 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
                i += 1
                return out
            }
            if c < 0x20 { throw fail("control character in string") }
            if c != 0x5C {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
            i += 1
            guard i < b.count else { throw fail("unterminated escape") }
            switch b[i] {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var cp = try hex4(at: i + 1)
                i += 4
                if (0xD800...0xDBFF).contains(cp), i + 6 < b.count, b[i + 1] == 0x5C, b[i + 2] == 0x75,
                    let low = try? hex4(at: i + 3), (0xDC00...0xDFFF).contains(low)
                {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let scalar = Unicode.Scalar(cp) ?? "\u{FFFD}"
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: throw fail("invalid escape")
            }
            i += 1
            runStart = i
        }
    }

    private func hex4(at p: Int) throws(ScanError) -> UInt32 {
        guard p + 4 <= b.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = b[p + k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            v = v << 4 | d
        }
        return v
    }
}
