/// One answer, review or post, as every reader produces it.
///
/// Readers fill what their input has; everything but `source` is optional.
/// Open-text answers are kept apart, named by their question, so a survey
/// row with three open questions is one record with three `texts`; a row
/// with a score and no comment is still a record (it counts for NPS/CSAT),
/// with `texts` empty.
///
/// ```swift
/// let r = Record(source: RecordSource(file: "survey.csv", line: 4, ordinal: 3),
///                texts: [TextField(question: "Why?", text: "送餐太慢了")])
/// r.text    // "送餐太慢了"
/// ```
public struct Record: Sendable, Hashable, Codable {
    /// The record's own id when the input has one (kept as text, never renumbered).
    public var id: String?
    /// Where the record starts in its input.
    public var source: RecordSource
    /// Open-text answers in input order; empty when the respondent wrote nothing.
    public var texts: [TextField]
    /// A star or satisfaction rating (CSAT-style), with its scale.
    public var rating: Rating?
    /// A 0–10 likelihood-to-recommend answer (NPS).
    public var recommend: Rating?
    /// When the feedback was created.
    public var date: RecordDate?
    /// When it was answered or resolved (support notes, replied reviews).
    public var answeredDate: RecordDate?
    /// Seconds from `date` to `answeredDate`, when both exist.
    public var responseTimeSeconds: Double?
    public var author: String?
    public var brand: String?
    public var product: String?
    public var store: String?
    /// Channel or source (App Store, 微信, web, hotline…).
    public var channel: String?
    /// Segment fields by name (region, age band, customer type, any mapped column).
    public var segments: [String: String]
    /// Other fields worth keeping (aspect categories, language, title…).
    public var fields: [String: String]

    public init(
        id: String? = nil, source: RecordSource, texts: [TextField] = [], rating: Rating? = nil,
        recommend: Rating? = nil, date: RecordDate? = nil, answeredDate: RecordDate? = nil,
        responseTimeSeconds: Double? = nil, author: String? = nil, brand: String? = nil,
        product: String? = nil, store: String? = nil, channel: String? = nil,
        segments: [String: String] = [:], fields: [String: String] = [:]
    ) {
        self.id = id
        self.source = source
        self.texts = texts
        self.rating = rating
        self.recommend = recommend
        self.date = date
        self.answeredDate = answeredDate
        self.responseTimeSeconds = responseTimeSeconds
        self.author = author
        self.brand = brand
        self.product = product
        self.store = store
        self.channel = channel
        self.segments = segments
        self.fields = fields
    }

    /// A record with only its source, for readers to fill field by field.
    ///
    /// Its own initializer: built through the one with fifteen defaulted parameters, every
    /// record was made in a temporary, copied and the temporary destroyed (≈ 600
    /// instructions a CSV row; callgrind).
    @inlinable @inline(__always)
    public init(source: RecordSource) {
        id = nil
        self.source = source
        texts = []
        rating = nil
        recommend = nil
        date = nil
        answeredDate = nil
        responseTimeSeconds = nil
        author = nil
        brand = nil
        product = nil
        store = nil
        channel = nil
        segments = [String: String]()
        fields = [String: String]()
    }

    /// The main open text: the first non-blank answer, nil when there is none.
    public var text: String? {
        texts.first { !$0.text.isAllWhitespace }?.text
    }

    /// Whether any open-text answer holds more than whitespace.
    public var hasText: Bool { text != nil }
}

/// Where a record starts: its file (`-` for stdin), the 1-based line when the
/// format has lines, and its 1-based ordinal among the file's records.
///
/// Prints as `file:line` (or `file#ordinal` when there is no line).
public struct RecordSource: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var ordinal: Int

    public init(file: String, line: Int?, ordinal: Int) {
        self.file = file
        self.line = line
        self.ordinal = ordinal
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        return "\(file)#\(ordinal)"
    }

    public static func < (a: RecordSource, b: RecordSource) -> Bool {
        (a.file, a.ordinal) < (b.file, b.ordinal)
    }
}

/// One open-text answer, named by its question (or column, or element).
public struct TextField: Sendable, Hashable, Codable {
    public var question: String
    public var text: String

    public init(question: String, text: String) {
        self.question = question
        self.text = text
    }
}

/// A numeric answer with its scale, e.g. 4 on 1…5 stars or 9 on 0…10.
public struct Rating: Sendable, Hashable, Codable {
    public var value: Double
    public var scaleMin: Double
    public var scaleMax: Double

    public init(value: Double, scaleMin: Double, scaleMax: Double) {
        self.value = value
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
    }

    /// The value mapped onto 0…1 (0 at the bottom of the scale).
    public var normalized: Double {
        scaleMax > scaleMin ? (value - scaleMin) / (scaleMax - scaleMin) : 0
    }
}

/// A calendar date with an optional time and UTC offset, as written in the
/// input (time zones are kept, never converted silently).
public struct RecordDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds after midnight, when the input gave a time.
    public var secondOfDay: Int?
    /// Offset from UTC in minutes, when the input gave one.
    public var utcOffsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, secondOfDay: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.secondOfDay = secondOfDay
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// ISO 8601: `2026-03-02`, `2026-03-02T10:00:00` or `2026-03-02T10:00:00+08:00`.
    public var description: String {
        var s = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard let t = secondOfDay else { return s }
        s += "T" + pad(t / 3600, 2) + ":" + pad(t / 60 % 60, 2) + ":" + pad(t % 60, 2)
        guard let o = utcOffsetMinutes else { return s }
        if o == 0 { return s + "Z" }
        return s + (o < 0 ? "-" : "+") + pad(abs(o) / 60, 2) + ":" + pad(abs(o) % 60, 2)
    }

    /// Days since 1970-01-01 for the calendar date (proleptic Gregorian).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The calendar date `days` after 1970-01-01 (Howard Hinnant's civil_from_days), the
    /// inverse of ``daysSinceEpoch``; the one implementation the stages share.
    public init(daysSinceEpoch days: Int, secondOfDay: Int? = nil, utcOffsetMinutes: Int? = nil) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d,
                  secondOfDay: secondOfDay, utcOffsetMinutes: utcOffsetMinutes)
    }

    /// Seconds since the Unix epoch in UTC when the offset is known, else as local time.
    public var epochSeconds: Int {
        daysSinceEpoch * 86400 + (secondOfDay ?? 0) - (utcOffsetMinutes ?? 0) * 60
    }

    public static func < (a: RecordDate, b: RecordDate) -> Bool { a.epochSeconds < b.epochSeconds }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
