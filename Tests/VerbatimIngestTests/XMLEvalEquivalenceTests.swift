import Foundation
import Testing
@testable import VerbatimIngest

/// The shared SemEval raw XML files read exactly as the matching JSONL splits.
///
/// The JSONL `text` is the source text with only surrounding whitespace
/// stripped (shared/eval/README.md); the reader trims XML values the same way
/// (surrounding whitespace in XML is indentation), so texts are compared exactly.
@Suite(.enabled(if: Paths.hasSharedEval)) struct XMLEvalEquivalenceTests {
    struct Expected: Decodable {
        var id: String
        var text: String
        var aspects: [Aspect]?
        struct Aspect: Decodable { var category: String; var polarity: String; var term: String? }
    }

    @Test(arguments: [
        ("semeval14_restaurants", "Restaurants_Train_v2", "dev"), ("semeval14_restaurants", "Restaurants_Train_v2", "train"),
        ("semeval14_laptops", "Laptop_Train_v2", "dev"), ("semeval14_laptops", "Laptop_Train_v2", "train"),
    ])
    func rawXMLMatchesJSONL(set: String, name: String, split: String) throws {
        let dir = Paths.sharedEval.appendingPathComponent(set)
        let xml = dir.appendingPathComponent("raw/\(name).\(split).xml")
        let jsonl = try String(contentsOf: dir.appendingPathComponent("\(split).jsonl"), encoding: .utf8)
        let decoder = JSONDecoder()
        let expected = try jsonl.split(separator: "\n").map { try decoder.decode(Expected.self, from: Data($0.utf8)) }

        let sink = CollectingSink()
        try XMLFeedReader.read(InputFile(path: xml.path, displayPath: xml.lastPathComponent), options: IngestOptions(), into: sink)
        #expect(sink.noteValue("preset") == "semeval-absa")
        #expect(sink.skipped.isEmpty)
        #expect(sink.records.count == expected.count)
        for (record, want) in zip(sink.records, expected) {
            #expect(record.id == want.id)
            #expect(record.text == want.text, "record \(want.id)")
            let categories = (want.aspects ?? []).filter { $0.category != "term" }.map(\.category)
            #expect(record.fields["aspectCategories"] == (categories.isEmpty ? nil : categories.joined(separator: ";")), "record \(want.id)")
            let terms = (want.aspects ?? []).filter { $0.category == "term" }.compactMap(\.term)
            #expect(record.fields["aspectTerms"] == (terms.isEmpty ? nil : terms.joined(separator: ";")), "record \(want.id)")
        }
    }
}
