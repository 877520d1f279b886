import VerbatimXML

/// Turns a schema.org `Review` item into named fields with roles, and its
/// rating scale (`bestRating`/`worstRating`, schema.org defaults 5 and 1).
enum ReviewMapper {
    struct Mapped {
        var fields: [FieldRecordBuilder.Field]
        var scale: ClosedRange<Double>?
        var line: Int
    }

    /// Types whose `name` is a product (else a business or brand).
    static let businessSuffixes = ["Business", "Organization", "Hotel", "Restaurant", "Store", "Establishment",
                                   "Corporation", "Airline", "Place", "Brand", "LodgingBusiness", "Motel", "Resort"]

    static func map(_ review: MarkupItem) -> Mapped {
        var fields: [FieldRecordBuilder.Field] = []
        func add(_ name: String, _ value: String?, _ role: ColumnRole) {
            guard let value else { return }
            let clean = cleanText(value)
            if !clean.isEmpty { fields.append(FieldRecordBuilder.Field(name: name, value: clean, role: role)) }
        }
        add("id", review.string("@id"), .id)
        add("title", review.string("name") ?? review.string("headline"), .field)
        add("reviewBody", review.string("reviewBody") ?? review.string("description") ?? review.string("text")
            ?? review.string("#text"), .text)

        var scale: ClosedRange<Double>?
        let ratingItem = review.item("reviewRating")
        let ratingSource = ratingItem ?? review
        if let value = ratingSource.string("ratingValue") ?? (ratingItem == nil ? review.string("reviewRating") : nil) {
            add("rating", value, .rating)
            let best = ratingSource.string("bestRating").flatMap(FieldRecordBuilder.number) ?? 5
            let worst = ratingSource.string("worstRating").flatMap(FieldRecordBuilder.number) ?? 1
            if best > worst { scale = worst...best }
        }
        add("date", review.string("datePublished") ?? review.string("dateCreated"), .date)
        add("author", review.string("author") ?? review.item("author")?.string("#text"), .author)
        add("language", review.string("inLanguage"), .field)

        // What is reviewed: the review's own `itemReviewed`, else the item holding it
        // (past any review an unclosed element made it a part of).
        var holder = review.parent
        while let h = holder, h.isReview { holder = h.parent }
        if let reviewed = review.item("itemReviewed") ?? holder {
            let isBusiness = reviewed.types.contains { t in businessSuffixes.contains { t.hasSuffix($0) } }
            add(isBusiness ? "brand" : "product", reviewed.string("name"), isBusiness ? .brand : .product)
            if !isBusiness { add("brand", reviewed.string("brand"), .brand) }
        } else if let name = review.string("itemReviewed") {
            add("product", name, .product)
        }
        return Mapped(fields: fields, scale: scale, line: review.line)
    }

    /// Review text from markup may still hold tags or entities (JSON-LD bodies
    /// are often HTML-escaped): decode them, tidy whitespace, drop U+00A0.
    static func cleanText(_ s: String) -> String {
        if HTMLText.containsMarkup(s) || hasEntity(s) { return HTMLText.plainText(fromHTML: s) }
        return HTMLText.normalizeWhitespace(s)
    }

    static func hasEntity(_ s: String) -> Bool {
        guard s.contains("&") else { return false }
        let bytes = Array(s.utf8)
        for i in bytes.indices where bytes[i] == UInt8(ascii: "&") {
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "#") { j += 1 }
            let start = j
            while j < bytes.count, j - start < 10, (bytes[j] >= 0x30 && bytes[j] <= 0x39) || (bytes[j] | 0x20 >= 0x61 && bytes[j] | 0x20 <= 0x7A) { j += 1 }
            if j > start, j < bytes.count, bytes[j] == UInt8(ascii: ";") { return true }
        }
        return false
    }
}
