import Foundation

/// Appends JSON to a byte buffer by hand: `JSONEncoder` writes ≈ 73k
/// lines/s here, a hand-written escaper ≈ 700k (shared/PLATFORM.md).
/// Output is deterministic: keys in the order written, fixed decimals.
struct JSONWriter {
    var bytes: [UInt8] = []

    init() {}

    /// A writer whose buffer will not need to grow below `capacity` bytes
    /// (growing from empty reallocated a line's buffer about six times).
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func raw<S: Sequence>(_ s: S) where S.Element == UInt8 { bytes.append(contentsOf: s) }

    /// A JSON string, escaping quotes, backslashes, control characters and U+2028/2029.
    mutating func string(_ s: String) {
        bytes.append(0x22)
        var copy = s
        copy.withUTF8 { buf in
            var i = 0
            let n = buf.count
            var runStart = 0
            while i < n {
                let c = buf[i]
                var escape: StaticString?
                switch c {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = ""
                case 0xE2 where i + 2 < n && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9):
                    escape = buf[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: break
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i]))
                    if escape.utf8CodeUnitCount == 0 {
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
                    } else {
                        raw(escape)
                    }
                    i += (c == 0xE2) ? 3 : 1
                    runStart = i
                } else {
                    i += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n]))
        }
        bytes.append(0x22)
    }

    /// A number with at most four decimals, trailing zeros dropped; never `-0`.
    mutating func number(_ v: Double) {
        let scaled = (v * 10000).rounded()
        if scaled == 0 {
            bytes.append(0x30)
            return
        }
        var n = Int(scaled)
        if n < 0 {
            bytes.append(0x2D)
            n = -n
        }
        let whole = n / 10000
        var frac = n % 10000
        digits(whole)
        if frac != 0 {
            var width = 4
            while frac % 10 == 0 {
                frac /= 10
                width -= 1
            }
            bytes.append(0x2E)
            var place = 1
            for _ in 1..<width { place *= 10 }
            while place > 0 {
                bytes.append(UInt8(truncatingIfNeeded: 0x30 + frac / place))
                frac %= place
                place /= 10
            }
        }
    }

    mutating func int(_ v: Int) {
        if v < 0 {
            bytes.append(0x2D)
            if v == .min {  // its magnitude does not fit in Int
                raw(String(v).utf8.dropFirst())
                return
            }
        }
        digits(abs(v))
    }

    /// The decimal digits of a non-negative integer, without building a String.
    private mutating func digits(_ n: Int) {
        if n >= 10 { digits(n / 10) }
        bytes.append(UInt8(truncatingIfNeeded: 0x30 + n % 10))
    }

    mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }
}
