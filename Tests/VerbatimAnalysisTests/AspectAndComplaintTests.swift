import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

@Suite struct AspectAndComplaintTests {
    static let analyzer = Analyzer(lexicon: try! Lexicon.load(directories: [Paths.fixtureLexicon]))

    @Test func eachThemeTakesTheSentimentOfItsOwnClause() throws {
        let f = Self.analyzer.analyze("菜很好吃，但是送餐太慢了")
        let food = try #require(f.themes.first { $0.theme.id == "food" })
        let delivery = try #require(f.themes.first { $0.theme.id == "delivery" })
        #expect(food.label == .pos)
        #expect(delivery.label == .neg)
        #expect(delivery.theme.subtheme == "late")
        #expect(delivery.evidence == ["送餐太慢"])
        #expect(f.label == .neg)
    }

    @Test func inOneClauseEachTermGoesToTheNearestTheme() throws {
        let f = Self.analyzer.analyze("the food was great and the service terrible")
        #expect(f.themes.first { $0.theme.id == "food" }?.label == .pos)
        #expect(f.themes.first { $0.theme.id == "service" }?.label == .neg)
    }

    @Test func themeWithoutSentimentBorrowsFromTheNextClause() throws {
        let f = Self.analyzer.analyze("服务，很差")
        #expect(f.themes.first { $0.theme.id == "service" }?.label == .neg)
    }

    @Test func negativeFeedbackAboutAThemeIsAComplaint() {
        #expect(Self.analyzer.analyze("the delivery was terrible").complaint)
        #expect(!Self.analyzer.analyze("terrible").complaint)  // nothing actionable named
        #expect(!Self.analyzer.analyze("the delivery was great").complaint)
    }

    @Test(arguments: ["I want to cancel my account", "我要投诉"])
    func strongMarkersAreAlwaysComplaints(_ text: String) {
        #expect(Self.analyzer.analyze(text).complaint)
    }

    @Test func weakMarkersCountOnlyWhenNotPositive() {
        #expect(Self.analyzer.analyze("退款").complaint)
        #expect(!Self.analyzer.analyze("退款很快，满意").complaint)
    }

    @Test func setPhrasesHideMarkers() {
        #expect(!Self.analyzer.analyze("no complaints, good").complaint)
    }

    @Test func explanationListsRulesAndContributions() {
        let f = Self.analyzer.analyze("not very good")
        #expect(f.contributions.count == 1)
        #expect(f.contributions[0].text == "good")
        #expect(f.contributions[0].rules == ["negated by not very ×-0.5"])
        #expect(f.contributions[0].start == 9 && f.contributions[0].end == 13)
    }
}
