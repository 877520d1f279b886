/// The overall polarity of an item, clause or theme mention.
public enum SentimentLabel: String, Sendable, Hashable, Codable {
    case pos, neg, neu

    /// The label of a score in [−1, 1] with a symmetric neutral band.
    ///
    /// ```swift
    /// SentimentLabel(score: 0.3, neutralBand: 0.05) // .pos
    /// ```
    public init(score: Double, neutralBand: Double) {
        if score >= neutralBand {
            self = .pos
        } else if score <= -neutralBand {
            self = .neg
        } else {
            self = .neu
        }
    }
}
