import Testing
import VerbatimKit

/// The README's "Library use" snippet, as a user would write it.
@Suite struct LibraryUseTests {
    @Test func pipelineAnalyzesAndAScratchGivesTheSameFindings() throws {
        let pipeline = try Pipeline(lexiconRoot: Paths.shippedLexicon, domain: "restaurant")
        let finding = pipeline.analyze("菜很好吃，但是送餐太慢了")
        #expect(finding.label == .neg)
        #expect(finding.themes.contains { $0.theme.id == "food" && $0.label == .pos })
        #expect(finding.themes.contains { $0.theme.id == "delivery" && $0.label == .neg })

        let scratch = AnalysisScratch()
        for text in ["送餐太慢", "服务很好", "", "the food was great but the delivery was late"] {
            #expect(pipeline.analyzer.analyze(text, using: scratch) == pipeline.analyze(text))
        }
    }
}
