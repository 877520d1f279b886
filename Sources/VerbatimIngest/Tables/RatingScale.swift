/// The scale of a rating column, measured from the values it holds.
///
/// Survey tools rarely say their scale, so it is read from the lowest and
/// highest values seen: the smallest usual scale that holds them all
/// (1–5, 1–7, 1–10, 0–5, 0–10, 0–100). Star glyphs use the number of star
/// slots (`★★★☆☆` is on 1–5).
///
/// ```swift
/// RatingScale.measure(observed: 2...4)    // 1...5
/// RatingScale.measure(observed: 0...9)    // 0...10
/// RatingScale.measure(observed: 1...6)    // 1...7
/// ```
enum RatingScale {
    /// The usual scale holding `observed`, nil when none does (negative values, above 100).
    static func measure(observed: ClosedRange<Double>) -> ClosedRange<Double>? {
        let low = observed.lowerBound, high = observed.upperBound
        guard low >= 0, high <= 100 else { return nil }
        if low >= 1 {
            if high <= 5 { return 1...5 }
            if high <= 7 { return 1...7 }
            if high <= 10 { return 1...10 }
            return 0...100
        }
        if high <= 5 { return 0...5 }
        if high <= 10 { return 0...10 }
        return 0...100
    }

    /// The scale of a star-glyph column with `slots` stars per value (at least 1–5).
    static func stars(slots: Int) -> ClosedRange<Double> {
        1...Double(max(5, slots))
    }

    /// `1–5`, `0–10`: the scale as written in notes.
    static func label(_ scale: ClosedRange<Double>) -> String {
        "\(format(scale.lowerBound))–\(format(scale.upperBound))"
    }

    private static func format(_ v: Double) -> String {
        v.rounded() == v ? String(Int(v)) : String(v)
    }
}
