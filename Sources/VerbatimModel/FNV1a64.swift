/// 64-bit FNV-1a: a small, fixed, platform-independent hash (Swift's `Hasher`
/// is seeded per process, so it can neither fingerprint files nor order
/// samples reproducibly). The one implementation every stage uses: lexicon
/// fingerprints, duplicate detection, quote and phrase sampling.
///
/// ```swift
/// FNV1a64.hash("")             // 0xcbf29ce484222325
/// var h = FNV1a64(); h.add("送餐"); h.add(0); h.value
/// ```
public struct FNV1a64: Sendable, Hashable {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    public private(set) var value: UInt64 = FNV1a64.offset

    public init() {}

    public mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* Self.prime
    }

    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for b in bytes { add(b) }
    }

    public mutating func add(_ s: String) { add(bytes: s.utf8) }

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
