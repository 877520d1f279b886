import Foundation
import Testing
@testable import VerbatimKit

/// `RecordAnalyzer` (one scratch per worker chunk) delivers, for any number of jobs and any
/// batch size, exactly what analysing each record on its own gives, in input order.
@Suite struct RecordAnalyzerTests {
    static let analyzer = Analyzer(lexicon: try! Lexicon.load(directories: [Paths.fixtureLexicon]))

    static let records: [Record] = (0..<37).map { k in
        let texts = ["delivery was late and the food cold", "送餐太慢了，汤都洒了", "great service, call 13812345678", "  ", "ok"]
        return Record(source: RecordSource(file: "t.csv", line: k + 2, ordinal: k + 1),
                      texts: [TextField(question: "q", text: texts[k % texts.count]), TextField(question: "p", text: texts[(k + 2) % texts.count])])
    }

    @Test(arguments: [(1, 1024), (2, 5), (3, 7), (4, 1)])
    func deliversWhatEachRecordGivesAloneInOrder(_ jobs: Int, _ batchSize: Int) {
        let redactor = Redactor()
        let alone = RecordAnalysis(analyzer: Self.analyzer, redact: { redactor.redact($0).text })
        let expected = Self.records.map { alone.analyze($0, using: AnalysisScratch()) }
        var delivered: [AnalyzedRecord] = []
        let batches = RecordAnalyzer(analyzer: Self.analyzer, jobs: jobs, batchSize: batchSize, redact: { redactor.redact($0).text }) {
            delivered.append($0)
        }
        for r in Self.records { batches.add(r) }
        batches.finish()
        #expect(delivered == expected)
        #expect(delivered.contains { $0.answers.contains { $0.text.contains("[phone]") } })
    }
}

/// A worker analyses every record into one reused `AnalyzedRecord`
/// (`RecordAnalysis.analyze(_:into:using:)`): after each record it equals the record analysed
/// afresh, whatever the previous record left in it (more or fewer answers, themes, quotes).
@Suite struct ReusedItemTests {
    static let texts = [
        "delivery was late and the food cold", "送餐太慢了，汤都洒了", "great service, call 13812345678", "  ", "ok",
        "the food was good but the delivery was terrible, the driver rude and the soup cold, cold, cold",
        "菜很好吃，但是送餐太慢了，服务员态度很差，菜也凉了", "", "terrible terrible food, awful service, no refund",
    ]

    /// Records of 0 to 4 answers drawn from `texts` by a fixed generator.
    static func records(_ count: Int) -> [Record] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { k in
            let answers = next(5)
            return Record(source: RecordSource(file: "t.csv", line: k + 2, ordinal: k + 1),
                          texts: (0..<answers).map { TextField(question: "q\($0)", text: texts[next(texts.count)]) })
        }
    }

    @Test(arguments: [false, true])
    func reusedItemEqualsFreshAnalysis(_ explanations: Bool) {
        var options = AnalysisOptions()
        options.explanations = explanations
        let analyzer = Analyzer(lexicon: RecordAnalyzerTests.analyzer.lexicon, options: options)
        let redactor = Redactor()
        for redact in [nil, { redactor.redact($0).text }] as [((String) -> String)?] {
            let analysis = RecordAnalysis(analyzer: analyzer, redact: redact)
            let scratch = AnalysisScratch()
            var item = RecordAnalysis.emptyItem()
            var themed = 0
            for r in Self.records(200) {
                let expected = analysis.analyze(r, using: AnalysisScratch())
                analysis.analyze(r, into: &item, using: scratch)
                #expect(item == expected)
                themed += item.answers.filter { !$0.finding.themes.isEmpty }.count
            }
            #expect(themed > 50)
        }
    }

    /// A copy kept by the consumer (as `RecordAnalyzer`'s callers may) is not changed by the next record.
    @Test func keptCopyIsUnchanged() {
        let analysis = RecordAnalysis(analyzer: RecordAnalyzerTests.analyzer, redact: nil)
        let scratch = AnalysisScratch()
        var item = RecordAnalysis.emptyItem()
        var kept: [AnalyzedRecord] = []
        let records = Self.records(50)
        for r in records {
            analysis.analyze(r, into: &item, using: scratch)
            kept.append(item)
        }
        #expect(kept == records.map { analysis.analyze($0, using: AnalysisScratch()) })
    }
}
