import Foundation

/// The standard normal distribution, as the significance tests need it.
///
/// ```swift
/// NormalDistribution.cdf(1.96)          // ≈ 0.975
/// NormalDistribution.upperTail(2.326)   // ≈ 0.01
/// ```
public enum NormalDistribution {
    /// Φ(x), computed as ½·erfc(−x/√2), which keeps full relative precision in both tails.
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// 1 − Φ(x), without the cancellation of `1 - cdf(x)` for large x.
    public static func upperTail(_ x: Double) -> Double {
        0.5 * erfc(x / 2.0.squareRoot())
    }

    /// Two-sided p-value of a z statistic: 2·(1 − Φ(|z|)).
    public static func twoSided(_ z: Double) -> Double {
        min(1, 2 * upperTail(abs(z)))
    }

    /// The z critical value of a two-sided 95 % interval.
    public static let z95 = 1.959963984540054
}
