import Foundation

/// A mergeable histogram of non-negative durations with log-spaced buckets
/// of 1 % relative width, for medians and percentiles in bounded memory.
///
/// Values below 1 second share bucket 0; a value t ≥ 1 goes to bucket
/// 1 + ⌊ln t / ln 1.01⌋ (about 2,400 buckets cover a century). A quantile is
/// found by nearest rank (the ⌈q·n⌉-th smallest value) and reported as its
/// bucket's geometric midpoint, clamped to the exact observed minimum and
/// maximum (the smallest and largest ranks are exact): relative error at
/// most ±0.5 %. Merging adds the bucket counts,
/// so any split and merge order gives the same result.
///
/// ```swift
/// var h = LogHistogram()
/// [60, 120, 3600].forEach { h.add($0) }
/// h.quantile(0.5)   // ≈ 120
/// ```
public struct LogHistogram: Sendable, Hashable, Codable {
    /// Bucket index → count.
    public private(set) var buckets: [Int: Int] = [:]
    public private(set) var count = 0
    public private(set) var minimum: Double?
    public private(set) var maximum: Double?

    static let growth = 1.01
    static let logGrowth = log(growth)

    public init() {}

    /// Adds a value; negative, NaN and infinite values are ignored (returns false).
    @discardableResult
    public mutating func add(_ value: Double) -> Bool {
        guard value.isFinite, value >= 0 else { return false }
        buckets[Self.bucket(of: value), default: 0] += 1
        count += 1
        minimum = Swift.min(minimum ?? value, value)
        maximum = Swift.max(maximum ?? value, value)
        return true
    }

    public mutating func merge(_ other: LogHistogram) {
        for (k, v) in other.buckets { buckets[k, default: 0] += v }
        count += other.count
        if let m = other.minimum { minimum = Swift.min(minimum ?? m, m) }
        if let m = other.maximum { maximum = Swift.max(maximum ?? m, m) }
    }

    /// The q-quantile (0 < q ≤ 1) by nearest rank; nil when empty.
    public func quantile(_ q: Double) -> Double? {
        guard count > 0, let lo = minimum, let hi = maximum else { return nil }
        let rank = Swift.max(1, Int((q * Double(count)).rounded(.up)))
        // The extreme ranks are known exactly.
        if rank >= count { return hi }
        if rank == 1 { return lo }
        var seen = 0
        for key in buckets.keys.sorted() {
            seen += buckets[key]!
            if seen >= rank { return Swift.min(hi, Swift.max(lo, Self.representative(of: key))) }
        }
        return hi
    }

    static func bucket(of value: Double) -> Int {
        value < 1 ? 0 : 1 + Int((log(value) / logGrowth).rounded(.down))
    }

    /// Geometric midpoint of a bucket (0.5 s for bucket 0).
    static func representative(of bucket: Int) -> Double {
        bucket == 0 ? 0.5 : pow(growth, Double(bucket - 1) + 0.5)
    }
}
