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
