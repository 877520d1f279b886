/// The XML exports Verbatim recognizes, and what their fields mean.
///
/// Detected from the root element, its namespaces and the record element;
/// anything else is read generically (roles from field names).
enum XMLFeedPreset: String {
    /// SemEval-2014 ABSA: `<sentences><sentence id><text>` with `aspectTerms` / `aspectCategories`.
    case semeval = "semeval-absa"
    /// App Store customer reviews (Atom with the `im:` iTunes namespace).
    case appStore = "app-store-reviews"
    /// Any other Atom feed (`feed/entry`).
    case atom = "atom-feed"
    /// RSS 2.0 / RDF comment or review feeds (`rss/channel/item`).
    case rss = "rss-feed"
    /// Anything else: `review`, `row`, `post`… exports.
    case generic = "generic-xml"

    /// Decides the preset from the root element (name and attributes) and the record element name.
    static func detect(root: String, rootAttributes: [(name: String, value: String)], record: String?) -> XMLFeedPreset {
        let localRoot = root.split(separator: ":").last.map(String.init) ?? root
        if localRoot == "sentences" && record == "sentence" { return .semeval }
        if localRoot == "feed" {
            let itunes = rootAttributes.contains { $0.name.hasPrefix("xmlns") && $0.value.contains("itunes.apple.com") }
            return itunes ? .appStore : .atom
        }
        if localRoot == "rss" || localRoot == "RDF" { return .rss }
        return .generic
    }

    /// Field renames (relative path → field name) for this preset.
    var renames: [String: String] {
        switch self {
        case .semeval:
            return [
                "aspectCategories/aspectCategory@category": "aspectCategories",
                "aspectCategories/aspectCategory@polarity": "aspectCategoryPolarities",
                "aspectTerms/aspectTerm@term": "aspectTerms",
                "aspectTerms/aspectTerm@polarity": "aspectTermPolarities",
                "aspectTerms/aspectTerm@from": "aspectTermFrom",
                "aspectTerms/aspectTerm@to": "aspectTermTo",
            ]
        default: return [:]
        }
    }

    /// Roles this preset knows better than the generic name vocabulary.
    func role(forField name: String) -> ColumnRole? {
        switch self {
        case .semeval:
            if name == "text" { return .text }
            if name == "id" { return .id }
            return name.hasPrefix("aspect") ? .field : nil
        case .appStore, .atom:
            switch name {
            case "content", "summary": return .text
            case "author/name": return .author
            case "id": return .id
            case "updated", "published": return .date
            case "im:rating": return .rating
            case "title", "im:version", "im:voteSum", "im:voteCount", "category@term": return .field
            default: return nil
            }
        case .rss:
            switch name {
            case "description", "content:encoded": return .text
            case "dc:creator", "author": return .author
            case "pubDate", "dc:date": return .date
            case "guid": return .id
            case "title", "category", "link", "comments": return .field
            default: return nil
            }
        case .generic: return nil
        }
    }

    /// Whether a field the vocabulary calls text may stay text: feeds hold
    /// `comments` URLs and `wfw:commentRss` links that only look like text by name.
    func allowsText(_ name: String) -> Bool {
        switch self {
        case .appStore, .atom: return name == "content" || name == "summary"
        case .rss: return name == "description" || name == "content:encoded"
        case .semeval: return name == "text"
        case .generic: return true
        }
    }
}
