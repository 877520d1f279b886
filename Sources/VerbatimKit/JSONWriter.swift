import Foundation

/// Appends JSON to a byte buffer by hand: `JSONEncoder` writes ≈ 73k
/// lines/s here, a hand-written escaper ≈ 700k (shared/PLATFORM.md).
/// Output is deterministic: keys in the order written, fixed decimals.
///
/// Small pieces (keys, punctuation, numbers, short strings) are first copied
/// into a 256-byte stage inside the writer and moved to `bytes` in one
/// append when it fills or `bytes` is used: each `Array.append(contentsOf:)`
/// costs ≈ 100 instructions whatever its length (callgrind,
/// Benchmarks/perf/profile), and an annotation line made ≈ 30 of them.
struct JSONWriter {
    private var storage: [UInt8] = []
    private var stage = Stage()
    private var staged = 0

    /// 256 bytes kept inline (no allocation, no uniqueness check per write).
    private struct Stage {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        static let size = 256
    }

    /// Everything written so far.
    var bytes: [UInt8] {
        mutating get {
            flush()
            return storage
        }
        _modify {
            flush()
            yield &storage
        }
        set {
            storage = newValue
            staged = 0
        }
    }

    init() {}

    /// A writer whose buffer will not need to grow below `capacity` bytes
    /// (growing from empty reallocated a line's buffer about six times).
    init(capacity: Int) { storage.reserveCapacity(capacity) }

    /// Moves the staged bytes to `storage`.
    private mutating func flush() {
        guard staged > 0 else { return }
        let n = staged
        staged = 0
        withUnsafeBytes(of: &stage) { stageBytes in
            storage.append(contentsOf: UnsafeRawBufferPointer(rebasing: stageBytes[0..<n]))
        }
    }

    /// Appends `n` bytes from `src`: staged when small, appended directly when long.
    @inline(__always)
    private mutating func put(_ src: UnsafeRawPointer, _ n: Int) {
        if n > Stage.size - staged {
            flush()
            if n > Stage.size / 2 {
                storage.append(contentsOf: UnsafeRawBufferPointer(start: src, count: n))
                return
            }
        }
        let at = staged
        withUnsafeMutableBytes(of: &stage) { $0.baseAddress!.advanced(by: at).copyMemory(from: src, byteCount: n) }
        staged += n
    }

    /// How many bytes have been written (staged ones included): a position for ``repeatBytes(_:)``.
    var count: Int { storage.count + staged }

    /// Appends again bytes written earlier, at `range` of ``count`` positions: a string
    /// written twice (the main text of an items.jsonl line) is escaped once.
    mutating func repeatBytes(_ range: Range<Int>) {
        flush()
        let n = range.count
        guard n > 0 else { return }
        if n <= Stage.size {
            // Into the (empty) stage, which is not `storage`: no overlap with the source.
            storage.withUnsafeBufferPointer { src in
                withUnsafeMutableBytes(of: &stage) { $0.baseAddress!.copyMemory(from: src.baseAddress! + range.lowerBound, byteCount: n) }
            }
            staged = n
        } else {
            // `put` would append to `storage` from inside it: copy out first.
            let copy = Array(storage[range])
            copy.withUnsafeBufferPointer { storage.append(contentsOf: $0) }
        }
    }

    /// Appends one byte.
    @inline(__always)
    mutating func byte(_ b: UInt8) {
        if staged == Stage.size { flush() }
        let at = staged
        withUnsafeMutableBytes(of: &stage) { $0[at] = b }
        staged += 1
    }

    mutating func raw(_ s: StaticString) {
        put(UnsafeRawPointer(s.utf8Start), s.utf8CodeUnitCount)
    }

    mutating func raw<S: Sequence>(_ s: S) where S.Element == UInt8 { bytes.append(contentsOf: s) }

    /// Appends bytes that are already JSON (a pre-escaped fragment, a raw id).
    mutating func raw(_ b: UnsafeBufferPointer<UInt8>) {
        if let base = b.baseAddress { put(UnsafeRawPointer(base), b.count) }
    }

    /// Appends bytes that are already JSON.
    mutating func raw(_ b: [UInt8]) { b.withUnsafeBufferPointer { raw($0) } }

    /// A JSON string, escaping quotes, backslashes, control characters and U+2028/2029.
    mutating func string(_ s: String) {
        var copy = s
        copy.withUTF8 { string($0) }
    }

    /// A JSON string from UTF-8 bytes, escaped as `string(_: String)` does.
    ///
    /// Runs without anything to escape (nearly all text) are found eight bytes
    /// at a time and appended in one piece.
    mutating func string(_ buf: UnsafeBufferPointer<UInt8>) {
        byte(0x22)
        let n = buf.count
        guard let base = buf.baseAddress else {
            byte(0x22)
            return
        }
        var i = 0
        var runStart = 0
        while i < n {
            if i + 8 <= n && !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            // A candidate lies in the next eight bytes: find it byte by byte.
            let end = min(i + 8, n)
            while i < end {
                let c = base[i]
                if c == 0x22 || c == 0x5C || c < 0x20 || c == 0xE2 { break }
                i += 1
            }
            if i == end { continue }
            let c = base[i]
            var escape: StaticString?
            switch c {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20: escape = ""
            case 0xE2 where i + 2 < n && base[i + 1] == 0x80 && (base[i + 2] == 0xA8 || base[i + 2] == 0xA9):
                escape = base[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            default: break
            }
            if let escape {
                if runStart < i { put(UnsafeRawPointer(base + runStart), i - runStart) }
                if escape.utf8CodeUnitCount == 0 {
                    let hex: StaticString = "0123456789abcdef"
                    let h = hex.utf8Start
                    for b in [0x5C, 0x75, 0x30, 0x30, h[Int(c >> 4)], h[Int(c & 15)]] { byte(b) }
                } else {
                    raw(escape)
                }
                i += (c == 0xE2) ? 3 : 1
                runStart = i
            } else {
                i += 1
            }
        }
        if runStart < n { put(UnsafeRawPointer(base + runStart), n - runStart) }
        byte(0x22)
    }

    /// Whether any of the eight bytes in `w` may need escaping: a quote, a
    /// backslash, a control character or 0xE2 (the lead byte of U+2028/2029).
    /// Never false when one does.
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let e2 = w ^ (ones &* 0xE2)
        let hits = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((e2 &- ones) & ~e2)
            | ((w &- ones &* 0x20) & ~w)
        return hits & high != 0
    }

    /// A number with at most four decimals, trailing zeros dropped; never `-0`.
    ///
    /// Formatted into a stack buffer and appended once (a byte-by-byte append
    /// checks the array's uniqueness and capacity for every digit).
    mutating func number(_ v: Double) {
        let scaled = (v * 10000).rounded()
        if scaled == 0 {
            byte(0x30)
            return
        }
        var n = Int(scaled)
        let negative = n < 0
        if negative { n = -n }
        let whole = n / 10000
        var frac = n % 10000
        if whole < 10 {
            // The usual number (a score, a theme's sentiment, a rating): sign, one digit and the
            // fraction's ready-made ".xxxx" (trailing zeros dropped) in one word. Formatted digit
            // by digit it was ≈ 180 instructions a number (callgrind).
            let fragment = Self.fractions[frac]
            var word = fragment << 16 | UInt64(0x30 + whole) << 8 | 0x2D
            let length = Int(fragment >> 56)
            withUnsafeBytes(of: &word) { w in
                if negative { put(w.baseAddress!, 2 + length) } else { put(w.baseAddress! + 1, 1 + length) }
            }
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buf in
            // Written backwards from the end: fraction, point, whole part, sign.
            var p = 32
            if frac != 0 {
                var width = 4
                while frac % 10 == 0 {
                    frac /= 10
                    width -= 1
                }
                for _ in 0..<width {
                    p -= 1
                    buf[p] = UInt8(truncatingIfNeeded: 0x30 + frac % 10)
                    frac /= 10
                }
                p -= 1
                buf[p] = 0x2E
            }
            var w = whole
            repeat {
                p -= 1
                buf[p] = UInt8(truncatingIfNeeded: 0x30 + w % 10)
                w /= 10
            } while w > 0
            if negative {
                p -= 1
                buf[p] = 0x2D
            }
            put(UnsafeRawPointer(buf.baseAddress! + p), 32 - p)
        }
    }

    /// `.xxxx` for each fraction 0…9999 of 10⁻⁴, trailing zeros dropped (nothing for 0), as up to
    /// five bytes from the low end of a word, with the length in the top byte.
    static let fractions: [UInt64] = (0..<10000).map { f -> UInt64 in
        guard f > 0 else { return 0 }
        var digits = [UInt8(0x30 + f / 1000), UInt8(0x30 + f / 100 % 10), UInt8(0x30 + f / 10 % 10), UInt8(0x30 + f % 10)]
        while digits.last == 0x30 { digits.removeLast() }
        var word: UInt64 = 0x2E
        for (k, d) in digits.enumerated() { word |= UInt64(d) << UInt64(8 * (k + 1)) }
        return word | UInt64(1 + digits.count) << 56
    }

    mutating func int(_ v: Int) {
        if v == .min {  // its magnitude does not fit in Int
            raw(String(v).utf8)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf in
            var p = 24
            var m = abs(v)
            repeat {
                p -= 1
                buf[p] = UInt8(truncatingIfNeeded: 0x30 + m % 10)
                m /= 10
            } while m > 0
            if v < 0 {
                p -= 1
                buf[p] = 0x2D
            }
            put(UnsafeRawPointer(buf.baseAddress! + p), 24 - p)
        }
    }

    mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }
}
