/// A confidence interval: `low ≤ estimate ≤ high`, in the unit of its estimate.
public struct Interval: Sendable, Hashable, Codable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }
}

/// The Wilson score interval for a binomial proportion.
///
/// Unlike the Wald interval it stays inside [0, 1] and is sensible for
/// 0 or n successes and small n (Wilson 1927; Agresti & Coull 1998).
///
/// ```swift
/// Wilson.interval(successes: 8, of: 10)   // ≈ 0.490 … 0.943
/// Wilson.interval(successes: 0, of: 0)    // nil
/// ```
public enum Wilson {
    /// The interval at `z` (default 95 %); nil when `n` is 0.
    public static func interval(successes k: Int, of n: Int, z: Double = NormalDistribution.z95) -> Interval? {
        guard n > 0, k >= 0, k <= n else { return nil }
        let nn = Double(n)
        let p = Double(k) / nn
        let z2 = z * z
        let denominator = 1 + z2 / nn
        let centre = (p + z2 / (2 * nn)) / denominator
        let half = z * (p * (1 - p) / nn + z2 / (4 * nn * nn)).squareRoot() / denominator
        return Interval(low: max(0, centre - half), high: min(1, centre + half))
    }
}
