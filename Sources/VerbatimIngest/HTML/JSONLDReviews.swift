import Foundation
import VerbatimXML

/// schema.org reviews in `<script type="application/ld+json">` blocks: a
/// `Review`, an array, an `@graph`, or an item (`Product`, `LocalBusiness`,
/// `Hotel`…) holding `review: [...]` (and an `aggregateRating`, noted).
///
/// Each block is parsed with `JSONSerialization`; a block that does not parse
/// is reported as a warning (`I010`) and the other blocks are still read.
/// Object keys are visited in sorted order (JSON objects have no order), array
/// elements in order.
enum JSONLDReviews {
    static let maxDepth = 32

    static func extract(from page: HTMLDocument, file: InputFile, sink: RecordSink) -> [MarkupItem] {
        guard let scripts = try? page.nodes("//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'ld+json')]") else {
            return []
        }
        var reviews: [MarkupItem] = []
        for script in scripts {
            let raw = script.rawContent
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let json: Any
            do {
                json = try JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed])
            } catch {
                sink.warn(IngestError(.malformedJSON, path: file.displayPath, line: script.line,
                                      message: "JSON-LD block does not parse; skipped (other blocks still read)"))
                continue
            }
            visit(json, parent: nil, line: script.line, depth: 0, sink: sink, file: file, into: &reviews)
        }
        return reviews
    }

    private static func visit(_ value: Any, parent: MarkupItem?, line: Int, depth: Int, sink: RecordSink,
                              file: InputFile, into reviews: inout [MarkupItem]) {
        guard depth < maxDepth else { return }
        if let array = value as? [Any] {
            for element in array { visit(element, parent: parent, line: line, depth: depth + 1, sink: sink, file: file, into: &reviews) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        let item = convert(object, line: line, depth: depth)
        item.parent = parent
        if item.isReview {
            reviews.append(item)
            return
        }
        if let aggregate = item.item("aggregateRating"), let value = aggregate.string("ratingValue") {
            let best = aggregate.string("bestRating") ?? "5"
            let count = aggregate.string("reviewCount") ?? aggregate.string("ratingCount")
            let name = item.string("name").map { " for \($0)" } ?? ""
            sink.note("aggregateRating", "\(value)/\(best)" + (count.map { " (\($0) ratings)" } ?? "") + name)
        }
        // Reviews first, then anything else that may nest items (@graph, mainEntity, itemListElement…).
        let owner = item.types.isEmpty ? parent : item
        for key in ["review", "reviews"] {
            if let nested = object[key] { visit(nested, parent: owner, line: line, depth: depth + 1, sink: sink, file: file, into: &reviews) }
        }
        for key in object.keys.sorted() where key != "review" && key != "reviews" && key != "aggregateRating" {
            let nested = object[key]!
            if nested is [Any] || nested is [String: Any] {
                visit(nested, parent: owner, line: line, depth: depth + 1, sink: sink, file: file, into: &reviews)
            }
        }
    }

    /// A JSON object as a ``MarkupItem`` (nested objects become nested items).
    static func convert(_ object: [String: Any], line: Int, depth: Int) -> MarkupItem {
        let types: [String]
        if let t = object["@type"] as? String {
            types = [MarkupItem.localName(t)]
        } else if let ts = object["@type"] as? [Any] {
            types = ts.compactMap { $0 as? String }.map(MarkupItem.localName)
        } else {
            types = []
        }
        let item = MarkupItem(types: types, line: line)
        for key in object.keys.sorted() where key != "@type" {
            append(object[key]!, as: key, to: item, line: line, depth: depth)
        }
        return item
    }

    private static func append(_ value: Any, as key: String, to item: MarkupItem, line: Int, depth: Int) {
        guard depth < maxDepth else { return }
        switch value {
        case let s as String: item.add(key, .text(s))
        case let n as NSNumber: item.add(key, .text(n.stringValue))
        case let o as [String: Any]:
            item.add(key, .item(convert(o, line: line, depth: depth + 1)))
        case let a as [Any]: for element in a { append(element, as: key, to: item, line: line, depth: depth + 1) }
        default: break
        }
    }
}
