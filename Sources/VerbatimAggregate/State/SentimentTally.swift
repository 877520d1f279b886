import VerbatimModel

/// Items by sentiment label with the fixed-point sum of their scores.
struct SentimentTally: Sendable, Hashable, Codable {
    var positive = 0
    var negative = 0
    var neutral = 0
    var scoreSum = 0

    var total: Int { positive + negative + neutral }

    mutating func add(label: SentimentLabel, score: Double) {
        switch label {
        case .pos: positive += 1
        case .neg: negative += 1
        case .neu: neutral += 1
        }
        scoreSum += FixedPoint.quantize(FixedPoint.unit(score), FixedPoint.score)
    }

    mutating func merge(_ o: SentimentTally) {
        positive += o.positive
        negative += o.negative
        neutral += o.neutral
        scoreSum += o.scoreSum
    }

    var distribution: SentimentDistribution {
        SentimentDistribution(tally: self)
    }
}
