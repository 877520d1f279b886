/// 64-bit FNV-1a: a small, fixed, platform-independent hash (Swift's `Hasher`
/// is seeded per process, so it can neither fingerprint files nor order
/// samples reproducibly). The one implementation every stage uses: lexicon
/// fingerprints, duplicate detection, quote and phrase sampling.
///
/// The adding methods are `@inlinable`: duplicate detection hashes every text
/// read and quote sampling every item with a theme, and the generic path,
/// unspecialized across modules, cost ≈ 10 instructions a byte (callgrind).
///
/// ```swift
/// FNV1a64.hash("")             // 0xcbf29ce484222325
/// var h = FNV1a64(); h.add("送餐"); h.add(0); h.value
/// ```
public struct FNV1a64: Sendable, Hashable {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @usableFromInline var state: UInt64 = FNV1a64.offset

    /// The hash of everything added so far.
    public var value: UInt64 { state }

    public init() {}

    @inlinable
    public mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* Self.prime
    }

    @inlinable
    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var h = state
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for b in buffer { h = (h ^ UInt64(b)) &* Self.prime }
        }
        if done == nil {
            for b in bytes { h = (h ^ UInt64(b)) &* Self.prime }
        }
        state = h
    }

    /// A string's UTF-8 bytes (from its contiguous storage when it has one, as native strings do).
    @inlinable
    public mutating func add(_ s: String) { add(bytes: s.utf8) }

    /// The bytes of `String(v)`, without making the string.
    @inlinable
    public mutating func add(decimal v: Int) {
        if v < 0 { add(0x2D) }
        var m = v.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in  // UInt64.max has 20 digits
            var n = 0
            repeat {
                digits[n] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                n += 1
            } while m > 0
            while n > 0 {
                n -= 1
                add(digits[n])
            }
        }
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(_ s: String) -> UInt64 {
        var h = FNV1a64()
        h.add(s)
        return h.value
    }

    /// 16 lowercase hex digits.
    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
