/// Items by sentiment label, with shares and the mean score.
///
/// ```swift
/// summary.accounting.sentiment.negativeShare   // 0.31
/// ```
public struct SentimentDistribution: Sendable, Hashable, Codable {
    public var positive: Int
    public var negative: Int
    public var neutral: Int
    /// positive + negative + neutral (items).
    public var total: Int
    /// Shares of `total` (0 when there are no items).
    public var positiveShare: Double
    public var negativeShare: Double
    public var neutralShare: Double
    /// Mean overall score in [−1, 1]; nil without items.
    public var meanScore: Double?

    init(tally t: SentimentTally) {
        positive = t.positive
        negative = t.negative
        neutral = t.neutral
        total = t.total
        let n = Double(max(total, 1))
        positiveShare = Double(positive) / n
        negativeShare = Double(negative) / n
        neutralShare = Double(neutral) / n
        meanScore = total > 0 ? Double(t.scoreSum) / FixedPoint.score / Double(total) : nil
    }
}
