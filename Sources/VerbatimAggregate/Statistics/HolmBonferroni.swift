/// Holm's step-down correction for a family of tests (Holm 1979): controls
/// the family-wise error rate at α, uniformly more powerful than Bonferroni.
///
/// Sort the m p-values ascending; reject while p(i) ≤ α / (m − i + 1) (i from 1),
/// stop at the first failure. The adjusted p-value is
/// max over j ≤ i of min(1, (m − j + 1)·p(j)), so `adjusted[i] ≤ α ⇔ rejected[i]`.
///
/// ```swift
/// let h = HolmBonferroni(pValues: [0.01, 0.04, 0.03], alpha: 0.05)
/// h.rejected   // [true, false, false]
/// h.adjusted   // [0.03, 0.06, 0.06]
/// ```
public struct HolmBonferroni: Sendable, Hashable {
    /// Adjusted p-values, in the input order.
    public var adjusted: [Double]
    /// Whether each hypothesis is rejected at α, in the input order.
    public var rejected: [Bool]

    public init(pValues: [Double], alpha: Double = 0.05) {
        let m = pValues.count
        // Stable: ties keep input order, so the result never depends on sort internals.
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var adjusted = Array(repeating: 1.0, count: m)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            let p = pValues[index].isNaN ? 1 : pValues[index]
            running = max(running, min(1, Double(m - rank) * p))
            adjusted[index] = running
        }
        self.adjusted = adjusted
        rejected = adjusted.map { $0 <= alpha }
    }
}
