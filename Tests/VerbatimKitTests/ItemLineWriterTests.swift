import Foundation
import Testing
import VerbatimModel
@testable import VerbatimKit

/// `ItemLineWriter` keeps escaped recurring strings; its lines must be `ItemJSON`'s byte for byte,
/// whatever the cache holds: first and second sightings, evictions, long strings, theme refs
/// with and without subthemes, strings that need escaping.
@Suite struct ItemLineWriterTests {
    static func item(_ i: Int, _ rng: inout UInt64) -> AnalyzedRecord {
        func next(_ n: Int) -> Int {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Int(rng >> 33) % n
        }
        let words = ["West", "East", "\"quoted\"", "tab\there", "line\u{2028}sep", "Maplestay Inn — a long brand name over fifteen bytes",
                     "太慢了", "送餐太慢了，汤都洒了", "", "back\\slash", "v\(i % 2000)"]
        let refs = [ThemeRef(id: "delivery"), ThemeRef(id: "delivery", subtheme: "late"), ThemeRef(id: "food", subtheme: "taste"),
                    ThemeRef(id: "a\"b", subtheme: "c\\d"), ThemeRef(id: "long-theme-id-over-fifteen", subtheme: "and-a-long-subtheme")]
        let themes = (0..<next(4)).map { _ in
            ThemeFinding(theme: refs[next(refs.count)], sentiment: Double(next(200) - 100) / 100, label: .neu,
                         evidence: (0..<next(3)).map { _ in words[next(words.count)] })
        }
        let finding = Finding(language: .en, domain: "general", score: 0.25, label: .pos, themes: themes, complaint: next(2) == 0,
                              complaintReason: "", contributions: [], clauses: [])
        let question = ["text", "评价内容", "A question long enough to be stored out of line"][next(3)]
        let record = Record(id: next(3) == 0 ? nil : "R\(i)", source: RecordSource(file: "data/reviews file.csv", line: i + 2, ordinal: i + 1),
                            texts: [TextField(question: question, text: "answer \(i) " + words[next(words.count)])],
                            rating: next(4) == 0 ? nil : Rating(value: [1, 2, 3, 4, 5, 4.5, -0.0, 0.0][next(8)], scaleMin: 1, scaleMax: 5),
                            recommend: next(2) == 0 ? nil : Rating(value: Double(next(11)), scaleMin: 0, scaleMax: 10),
                            brand: next(2) == 0 ? words[next(words.count)] : nil,
                            segments: next(2) == 0 ? ["region": words[next(words.count)]] : [:],
                            fields: next(3) == 0 ? ["order": "#\(i)", "channel name": words[next(words.count)]] : [:])
        return AnalyzedRecord(record: record, answers: [AnalyzedAnswer(question: question, text: record.texts[0].text, finding: finding)])
    }

    @Test func linesEqualItemJSON() {
        let writer = ItemLineWriter(producedBy: "Verbatim 0.1.0; lexicon fb8fd02c2f6c6d32")
        var rng: UInt64 = 7
        var cached: [UInt8] = []
        var plain: [UInt8] = []
        for i in 0..<5_000 {
            let item = Self.item(i, &rng)
            writer.append(item, to: &cached)
            ItemJSON.append(item, producedBy: writer.producedBy, to: &plain)
        }
        #expect(cached == plain)
    }

    /// `ItemJSON` writes each answer's finding read in place (`AnnotationJSON.write(_: UnsafePointer<Finding>…)`):
    /// the line must be the one assembled from the finding passed by value, as before.
    @Test func findingsReadInPlaceWriteTheByValueBytes() {
        var rng: UInt64 = 11
        for i in 0..<2_000 {
            let item = Self.item(i, &rng)
            var w = JSONWriter()
            w.raw("{")
            RecordJSON.writeFields(item.record, into: &w)
            w.raw(",\"analysis\":[")
            for (k, answer) in item.answers.enumerated() {
                if k > 0 { w.raw(",") }
                w.raw("{\"question\":")
                w.string(answer.question)
                AnnotationJSON.write(answer.finding, into: &w)
                w.raw("}")
            }
            w.raw("],\"producedBy\":")
            w.string("p")
            w.raw("}\n")
            #expect(ItemJSON.line(item, producedBy: "p") == w.bytes)
        }
    }

    /// Many distinct short strings through one slot table: every line still right after evictions.
    @Test func evictionsKeepTheBytes() {
        let cache = JSONStringCache()
        for round in 0..<3 {
            for k in 0..<5_000 {
                let s = "k\(k % 3_000)\(round == 1 ? "\"" : "")"
                var a = JSONWriter(), b = JSONWriter()
                cache.write(s, into: &a)
                b.string(s)
                #expect(a.bytes == b.bytes)
            }
        }
    }
}
