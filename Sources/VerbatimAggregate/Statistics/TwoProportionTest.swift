/// The pooled two-proportion z-test: is k1/n1 different from k2/n2?
///
/// z = (p1 − p2) / √(p̂(1 − p̂)(1/n1 + 1/n2)) with the pooled p̂ = (k1 + k2)/(n1 + n2).
///
/// ```swift
/// let t = TwoProportionTest(k1: 30, n1: 100, k2: 10, n2: 100)!
/// t.z               // ≈ 3.54
/// t.pGreater        // one-sided p for p1 > p2, ≈ 0.0002
/// ```
public struct TwoProportionTest: Sendable, Hashable, Codable {
    public var p1: Double
    public var p2: Double
    public var z: Double

    /// Nil when either side is empty. When the pooled proportion is 0 or 1
    /// (no variance) z is 0: no evidence of a difference.
    public init?(k1: Int, n1: Int, k2: Int, n2: Int) {
        guard n1 > 0, n2 > 0, k1 >= 0, k2 >= 0, k1 <= n1, k2 <= n2 else { return nil }
        p1 = Double(k1) / Double(n1)
        p2 = Double(k2) / Double(n2)
        let pooled = Double(k1 + k2) / Double(n1 + n2)
        let variance = pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))
        z = variance > 0 ? (p1 - p2) / variance.squareRoot() : 0
    }

    /// One-sided p-value for the alternative p1 > p2.
    public var pGreater: Double { NormalDistribution.upperTail(z) }
    /// One-sided p-value for the alternative p1 < p2.
    public var pLess: Double { NormalDistribution.cdf(z) }
    /// Two-sided p-value.
    public var pTwoSided: Double { NormalDistribution.twoSided(z) }
}
