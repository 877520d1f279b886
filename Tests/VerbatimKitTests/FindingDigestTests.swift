import Foundation
import Testing
import VerbatimAnalysis
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimKit

/// `annotate` writes from the analysis buffers (`FindingDigest`) instead of a
/// `Finding`: its bytes must be exactly those the `Finding` gives.
@Suite struct FindingDigestTests {
    static let lexicon = try! Lexicon.load(directories: [Paths.shippedLexicon])

    /// Texts that exercise themes, merged subthemes, repeated and differently
    /// spelled evidence, Traditional script, full-width forms, escapes, and no themes at all.
    static let texts: [String] = [
        "菜很好吃，但是送餐太慢了", "the food was great and the service terrible", "服務很好，服務很好，服务很好",
        "ＧＲＥＡＴ delivery!!! delivery was late", "Delivery, DELIVERY, delivery — all late", "没有筷子，汤也洒了",
        "\"quoted\" \\ back\\slash food", "", "   ", "ok", "😀 great app, login broken", "酒店位置不错，房间干净，前台态度差",
        "Cafe\u{301} food vs Café food", "no complaints, good value", "退款", "I want a refund, never again",
    ]

    /// The corpora's JSON Lines sample adds real reviews in both languages.
    static func corpusTexts() throws -> [String] {
        let url = Paths.root.appendingPathComponent("corpora/sample-reviews.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["text"] as? String ?? ""
        }
    }

    @Test(arguments: [DomainChoice.general, .auto])
    func digestWritesTheFindingsBytes(domain: DomainChoice) throws {
        var options = AnalysisOptions()
        options.domain = domain
        options.explanations = false  // as annotate runs
        let analyzer = Analyzer(lexicon: Self.lexicon, options: options)
        let scratch = AnalysisScratch()
        let heads = ThemeHeadCache()
        let texts = try Self.texts + Self.corpusTexts()
        #expect(texts.count > 40)
        var themed = 0
        for text in texts {
            let finding = analyzer.analyze(text)
            var expected = JSONWriter()
            AnnotationJSON.write(finding, into: &expected)
            var utf8 = Array(text.utf8)
            let (written, count) = utf8.withUnsafeMutableBufferPointer { buf in
                analyzer.withDigest(ofUTF8: UnsafeBufferPointer(buf), using: scratch) { digest in
                    var w = JSONWriter()
                    AnnotationJSON.write(digest, into: &w, heads: heads)
                    return (w.bytes, digest.themeCount)
                }
            }
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected.bytes, as: UTF8.self), "\(text)")
            #expect(written == expected.bytes)
            #expect(count == finding.themes.count)
            if count > 0 { themed += 1 }
        }
        #expect(themed > 20)  // the comparison covered themes and evidence, not only empty lists
    }
}
