import VerbatimXML

/// Reviews picked by the user's `--xpath item=…,text=…,rating=…,date=…,author=…`.
///
/// `item` selects the record nodes (innermost matches only, so an unclosed
/// `<div>` cannot swallow its neighbours); the others are XPaths relative to
/// each item (`.//p[@class='body']`, `@data-rating`, `string(.//time/@datetime)`).
/// Without `item`, every node `text` selects is a record. Without `text`, an
/// item's own visible text is its text.
enum XPathReviews {
    static func extract(from page: HTMLDocument, selectors: XPathSelectors, file: InputFile) throws(IngestError) -> [ReviewMapper.Mapped] {
        func fail(_ which: String, _ error: XMLError) -> IngestError {
            IngestError(.badOption, path: "--xpath", message: "\(which): \(error.message)")
        }
        let items: [HTMLNode]
        let textIsItem = selectors.item == nil
        do {
            items = try page.nodes(selectors.item ?? selectors.text ?? "/..", innermost: true)
        } catch {
            throw fail(textIsItem ? "text" : "item", error)
        }
        var out: [ReviewMapper.Mapped] = []
        for item in items {
            var fields: [FieldRecordBuilder.Field] = []
            func add(_ name: String, _ xpath: String?, _ role: ColumnRole) throws(IngestError) {
                guard let xpath else { return }
                let value: String
                do {
                    value = try page.evaluate(xpath, relativeTo: item).text
                } catch {
                    throw fail(name, error)
                }
                if !value.isEmpty { fields.append(FieldRecordBuilder.Field(name: name, value: value, role: role)) }
            }
            if textIsItem || selectors.text == nil {
                let text = item.text
                if !text.isEmpty { fields.append(FieldRecordBuilder.Field(name: "text", value: text, role: .text)) }
            } else {
                try add("text", selectors.text, .text)
            }
            try add("rating", selectors.rating, .rating)
            try add("date", selectors.date, .date)
            try add("author", selectors.author, .author)
            out.append(ReviewMapper.Mapped(fields: fields, scale: nil, line: item.line))
        }
        return out
    }
}
