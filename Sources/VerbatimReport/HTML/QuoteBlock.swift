/// A verbatim quote on an HTML page: the respondent's text, a meta line (source, rating, date …),
/// the language of the text, and optional highlighted ranges (UTF-8 byte offsets into `text`,
/// as Verbatim's evidence spans use).
///
/// ```swift
/// QuoteBlock(text: "送餐太慢了", meta: "reviews.csv:12 · 2★", lang: "zh", marks: [6..<15])
/// ```
public struct QuoteBlock: Sendable, Hashable {
    public var text: String
    public var meta: String?
    /// A BCP 47 language tag such as "zh" or "en"; characters other than letters, digits and "-" are dropped.
    public var lang: String?
    public var marks: [Range<Int>]

    public init(text: String, meta: String? = nil, lang: String? = nil, marks: [Range<Int>] = []) {
        self.text = text
        self.meta = meta
        self.lang = lang
        self.marks = marks
    }

    var markup: Markup {
        // The language goes on the quoted text only: the meta line is in the page's language.
        var m: Markup = "<blockquote class=\"quote\"><p"
        if let lang, let tag = HTMLPage.languageTag(lang) { m += " lang=\"\(tag)\"" }
        m += ">\(Self.highlighted(text, marks))</p>"
        if let meta { m += "<footer>\(meta)</footer>" }
        return m + "</blockquote>"
    }

    /// `text` with the valid, non-overlapping `marks` wrapped in `<mark>`; invalid ranges are ignored.
    static func highlighted(_ text: String, _ marks: [Range<Int>]) -> Markup {
        let utf8 = Array(text.utf8)
        func isBoundary(_ i: Int) -> Bool { i == utf8.count || (i >= 0 && i < utf8.count && utf8[i] & 0xC0 != 0x80) }
        var out = Markup()
        var position = 0
        for r in marks.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            guard r.lowerBound >= position, r.upperBound <= utf8.count, !r.isEmpty,
                isBoundary(r.lowerBound), isBoundary(r.upperBound) else { continue }
            out += Markup(text: String(decoding: utf8[position..<r.lowerBound], as: UTF8.self))
            out += "<mark>\(String(decoding: utf8[r], as: UTF8.self))</mark>"
            position = r.upperBound
        }
        return out + Markup(text: String(decoding: utf8[position...], as: UTF8.self))
    }
}
