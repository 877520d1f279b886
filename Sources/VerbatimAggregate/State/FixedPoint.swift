/// Fixed-point sums, so that adding in any order (and merging shards in any
/// order) gives bit-identical totals: floating-point addition is not
/// associative, integer addition is.
enum FixedPoint {
    /// Sentiment scores in [−1, 1]: resolution 1e-9.
    static let score = 1_000_000_000.0
    /// Ratings on their own scale: resolution 1e-3 (squares at 1e-6).
    static let rating = 1_000.0
    /// Normalized ratings in [0, 1]: resolution 1e-4 (squares at 1e-8).
    static let normalized = 10_000.0

    /// `x × scale` rounded; non-finite values count as 0 and magnitudes are
    /// capped at 2^40 so sums of billions of values cannot overflow.
    static func quantize(_ x: Double, _ scale: Double) -> Int {
        guard x.isFinite else { return 0 }
        let limit = 1_099_511_627_776.0
        return Int(max(-limit, min(limit, (x * scale).rounded())))
    }

    /// A score-like value clamped to [−1, 1] (0 when not finite).
    static func unit(_ x: Double) -> Double {
        x.isFinite ? max(-1, min(1, x)) : 0
    }
}

/// Count, sum and sum of squares of a quantity, in fixed point. Used for
/// values in [0, 1] at ``FixedPoint/normalized`` (squares ≤ 10^8, so sums
/// stay exact for 9·10^10 values) and, for ratings on their own scale,
/// only `n` and `sum` are read.
struct Moments: Sendable, Hashable, Codable, TallyValue {
    var n = 0
    var sum = 0
    var sumOfSquares = 0

    mutating func add(_ x: Double, scale: Double) {
        let q = FixedPoint.quantize(x, scale)
        n += 1
        sum += q
        sumOfSquares += q * q
    }

    mutating func merge(_ o: Moments) {
        n += o.n
        sum += o.sum
        sumOfSquares += o.sumOfSquares
    }

    func subtracting(_ o: Moments) -> Moments {
        Moments(n: n - o.n, sum: sum - o.sum, sumOfSquares: sumOfSquares - o.sumOfSquares)
    }

    func mean(scale: Double) -> Double? { n > 0 ? Double(sum) / Double(n) / scale : nil }

    /// Sample standard deviation; nil below 2 values.
    func standardDeviation(scale: Double) -> Double? {
        guard n > 1 else { return nil }
        let nn = Double(n)
        let s = Double(sum) / scale
        let ss = Double(sumOfSquares) / (scale * scale)
        return max(0, (ss - s * s / nn) / (nn - 1)).squareRoot()
    }
}
