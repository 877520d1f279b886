import Foundation

/// What the sampled values of one column look like: how many, how varied, how
/// long, how many are numbers, dates or star glyphs.
///
/// Content detection (``ColumnRoleDetector``) reads roles from these numbers,
/// so a column called `col3` holding long varied sentences is found to be
/// text, and one holding 1…5 is found to be a rating.
///
/// ```swift
/// let p = ColumnProfile(values: ["4", "5", "", "3"])
/// p.nonEmpty        // 3
/// p.numericShare    // 1.0
/// p.numericRange    // 3...5
/// ```
struct ColumnProfile: Sendable {
    /// Non-blank values in the sample.
    private(set) var nonEmpty = 0
    /// Distinct non-blank values (trimmed).
    private(set) var distinct = 0
    /// Mean display width of non-blank values (a CJK character counts 2).
    private(set) var meanWidth = 0.0
    /// Share of non-blank values that are plain numbers (`4`, `4.5`, `-1`).
    private(set) var numericShare = 0.0
    /// Share of non-blank values that are whole numbers.
    private(set) var integerShare = 0.0
    /// Smallest and largest plain number seen.
    private(set) var numericRange: ClosedRange<Double>?
    /// Share of non-blank values made of star glyphs (`★★★☆☆`).
    private(set) var starShare = 0.0
    /// The longest run of `★`+`☆` seen (the star scale).
    private(set) var starSlots = 0
    /// Share of non-blank, non-numeric values that ``DateParser`` reads.
    private(set) var dateShare = 0.0
    /// Share of non-blank values holding a letter or a CJK character.
    private(set) var letterShare = 0.0
    /// Share of non-blank values holding whitespace or CJK (words, not codes).
    private(set) var wordyShare = 0.0
    /// Share of non-blank values holding an ASCII digit (every date does).
    private(set) var digitShare = 0.0
    /// The first non-blank value, for notes.
    private(set) var example: String?
    /// Non-blank values that look like `a/b/yyyy` dates, for the day-order decision.
    private(set) var dateSamples: [String] = []

    init(values: [String]) {
        var seen = Set<String>()
        var width = 0, numeric = 0, integer = 0, stars = 0, dates = 0, letters = 0, wordy = 0, digits = 0
        var low = Double.infinity, high = -Double.infinity
        for raw in values {
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            nonEmpty += 1
            if example == nil { example = value }
            seen.insert(value)
            let shape = Self.shape(of: value)
            width += shape.width
            if shape.hasLetter { letters += 1 }
            if shape.hasSpaceOrCJK { wordy += 1 }
            if value.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { digits += 1 }
            if let n = Self.plainNumber(value) {
                numeric += 1
                if n.rounded() == n { integer += 1 }
                low = min(low, n)
                high = max(high, n)
            } else if Self.isStars(value) {
                stars += 1
                starSlots = max(starSlots, value.filter { $0 == "★" || $0 == "☆" }.count)
            } else if DateParser.parse(value) != nil {
                dates += 1
                if dateSamples.count < 200 { dateSamples.append(value) }
            }
        }
        distinct = seen.count
        guard nonEmpty > 0 else { return }
        let n = Double(nonEmpty)
        meanWidth = Double(width) / n
        numericShare = Double(numeric) / n
        integerShare = Double(integer) / n
        starShare = Double(stars) / n
        dateShare = Double(dates) / n
        letterShare = Double(letters) / n
        wordyShare = Double(wordy) / n
        digitShare = Double(digits) / n
        if numeric > 0 { numericRange = low...high }
    }

    /// Distinct values per non-blank value (1 when every value differs).
    var distinctRatio: Double { nonEmpty == 0 ? 0 : Double(distinct) / Double(nonEmpty) }

    /// A plain number: digits with an optional sign and decimal point, nothing else.
    static func plainNumber(_ value: String) -> Double? {
        guard value.utf8.count <= 24, value.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 }),
              value.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
        else { return nil }
        return Double(value)
    }

    /// Only `★`, `☆` and spaces, with at least one `★` or `☆`.
    static func isStars(_ value: String) -> Bool {
        value.contains { $0 == "★" || $0 == "☆" } && value.allSatisfy { $0 == "★" || $0 == "☆" || $0 == " " }
    }

    /// Width and character classes of a value, in one pass over its scalars.
    static func shape(of value: String) -> (width: Int, hasLetter: Bool, hasSpaceOrCJK: Bool) {
        var width = 0
        var letter = false, spaceOrCJK = false
        for scalar in value.unicodeScalars {
            if isCJK(scalar) {
                width += 2
                letter = true
                spaceOrCJK = true
            } else {
                width += 1
                if scalar.properties.isAlphabetic { letter = true }
                if scalar.properties.isWhitespace { spaceOrCJK = true }
            }
        }
        return (width, letter, spaceOrCJK)
    }

    /// Han ideographs, kana, hangul and CJK punctuation.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFF60,
             0x20000...0x2FA1F:
            return true
        default: return false
        }
    }
}
