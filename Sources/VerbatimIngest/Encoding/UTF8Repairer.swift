/// Validates UTF-8 and replaces each ill-formed sequence by U+FFFD.
///
/// Follows the Unicode "maximal subpart" practice (one U+FFFD per broken
/// piece, the byte that broke a sequence starts the next one), so a stray byte
/// never swallows the delimiter after it. Valid input is passed through
/// without copying.
///
/// ```swift
/// var d = UTF8Repairer(startOffset: 0)
/// var problems: [Int] = []
/// d.decode([0x61, 0xFF, 0x62], problems: &problems)   // "a\u{FFFD}b", problems == [1]
/// ```
struct UTF8Repairer: ByteDecoder {
    /// File offset of the next byte `decode` will be given.
    private var nextOffset: Int
    /// The start of a sequence cut by the end of the previous piece (≤ 3 bytes).
    private var carry: [UInt8] = []

    init(startOffset: Int) { nextOffset = startOffset }

    mutating func decode(_ fresh: [UInt8], problems: inout [Int]) -> [UInt8] {
        let bytes = carry.isEmpty ? fresh : carry + fresh
        let base = nextOffset - carry.count
        nextOffset += fresh.count
        carry = []
        return repair(bytes, base: base, isLast: false, problems: &problems)
    }

    mutating func finish(problems: inout [Int]) -> [UInt8] {
        guard !carry.isEmpty else { return [] }
        let bytes = carry
        carry = []
        return repair(bytes, base: nextOffset - bytes.count, isLast: true, problems: &problems)
    }

    /// Validates `bytes`; returns them unchanged (minus a cut tail, kept in
    /// `carry`) when valid, else a repaired copy.
    private mutating func repair(_ bytes: [UInt8], base: Int, isLast: Bool, problems: inout [Int]) -> [UInt8] {
        var output: [UInt8]? = nil
        var tail = bytes.count
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var copiedUpTo = 0
            while i < n {
                // ASCII fast path, eight bytes at a time.
                while i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= n { break }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                // Three-byte characters led by E1–EC or EE–EF (CJK, full-width forms) need only
                // their two continuation bytes checked: taken inline, a run at a time (through
                // `sequence` they were ≈ 25 instructions a character; callgrind).
                if b &- 0xE1 < 12 || b >= 0xEE && b <= 0xEF, i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
                    i += 3
                    continue
                }
                let sequence = UTF8Repairer.sequence(at: i, in: p)
                switch sequence {
                case .valid(let length):
                    i += length
                case .incomplete where !isLast:
                    tail = i
                    i = n
                case .incomplete, .invalid:
                    var length = n - i
                    if case .invalid(let l) = sequence { length = l }
                    if output == nil {
                        output = []
                        output!.reserveCapacity(n + 16)
                    }
                    output!.append(contentsOf: UnsafeBufferPointer(rebasing: p[copiedUpTo..<i]))
                    output!.append(contentsOf: replacementCharacterUTF8)
                    problems.append(base + i)
                    i += length
                    copiedUpTo = i
                }
            }
            if output != nil {
                output!.append(contentsOf: UnsafeBufferPointer(rebasing: p[copiedUpTo..<min(tail, n)]))
            }
        }
        if tail < bytes.count { carry = Array(bytes[tail...]) }
        if let output { return output }
        if tail < bytes.count { return Array(bytes[..<tail]) }
        return bytes
    }

    enum Sequence: Equatable {
        case valid(Int)
        /// A valid start that the end of the buffer cuts.
        case incomplete
        /// The maximal subpart to replace by one U+FFFD.
        case invalid(Int)
    }

    /// Classifies the sequence starting with the non-ASCII byte at `i`
    /// (well-formed sequences per Unicode Table 3-7).
    static func sequence(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> Sequence {
        let b = p[i]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return .invalid(1)
        }
        var k = 1
        while k < length {
            guard i + k < p.count else { return .incomplete }
            let c = p[i + k]
            if k == 1 {
                if c < low || c > high { return .invalid(1) }
            } else if c & 0xC0 != 0x80 {
                return .invalid(k)
            }
            k += 1
        }
        return .valid(length)
    }
}
