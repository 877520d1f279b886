extension DateParser {
    /// Decides the day order of a column from sample values: a value with a
    /// first part above 12 proves day/month, a second part above 12 proves
    /// month/day. Nil when the samples do not tell: no `a/b/y` values, none
    /// above 12, or evidence both ways (a column of mixed formats is not guessed).
    ///
    /// ```swift
    /// DateParser.dayOrder(for: ["03/02/2026", "14/02/2026"])
    /// // (.dayFirst, "day/month: 1 of 2 values have a first part above 12")
    /// ```
    public static func dayOrder(for samples: [String]) -> (order: DayOrder, reason: String)? {
        var numeric = 0
        var firstAbove12 = 0
        var secondAbove12 = 0
        for sample in samples {
            guard let (a, b) = dayMonthParts(sample) else { continue }
            numeric += 1
            if a > 12 { firstAbove12 += 1 }
            if b > 12 { secondAbove12 += 1 }
        }
        if firstAbove12 > 0 && secondAbove12 == 0 {
            return (.dayFirst, "day/month: \(firstAbove12) of \(numeric) values have a first part above 12")
        }
        if secondAbove12 > 0 && firstAbove12 == 0 {
            return (.monthFirst, "month/day: \(secondAbove12) of \(numeric) values have a second part above 12")
        }
        return nil
    }

    /// The two leading parts of an `a/b/y` (or `a-b-y`, `a.b.y`) value, nil for other forms.
    static func dayMonthParts(_ value: String) -> (Int, Int)? {
        guard let tokens = DateTokenizer.tokens(value) else { return nil }
        var c = DateCursor(tokens)
        c.skipWeekday()
        guard let a = c.number(digits: 1...2), let (_, b, _) = numericRest(&c) else { return nil }
        return (a, b)
    }
}
