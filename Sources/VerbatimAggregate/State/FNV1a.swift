/// 64-bit FNV-1a over UTF-8 bytes: a fixed, platform-independent hash
/// (Swift's `Hasher` is seeded per process, so it cannot order samples).
///
/// ```swift
/// FNV1a.hash("")   // 0xcbf29ce484222325
/// ```
enum FNV1a {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func hash(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* prime
        }
        return h
    }
}
