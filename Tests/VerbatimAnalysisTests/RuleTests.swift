import Foundation
import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// One test per scoring rule, in both languages, against the small fixture
/// lexicon (Tests/Fixtures/lexicon) so they do not move when data is tuned.
@Suite struct RuleTests {
    static let lexicon = try! Lexicon.load(directories: [Paths.fixtureLexicon])
    static let analyzer = Analyzer(lexicon: lexicon)

    func score(_ s: String) -> Double { Self.analyzer.analyze(s).score }
    func label(_ s: String) -> SentimentLabel { Self.analyzer.analyze(s).label }
    func contribution(_ s: String, _ term: String) -> Contribution? {
        Self.analyzer.analyze(s).contributions.first { $0.term == term }
    }

    @Test(arguments: [("this is not good", "good"), ("这个不好", "好"), ("这个没有好", "好")])
    func negationFlipsPolarityWithinScope(_ text: String, _ term: String) throws {
        let c = try #require(contribution(text, term))
        #expect(c.valence < 0)
        #expect(c.rules.contains { $0.hasPrefix("negated by") })
    }

    @Test(arguments: ["not that it matters, the food is good", "不，这个好"])
    func negationStopsAtClauseBoundary(_ text: String) {
        #expect(label(text) == .pos)
    }

    @Test func negationScopeIsLimitedInTokens() {
        // "not" is five words before "good": out of its 3-token scope.
        #expect(label("not at all a pretty good") == .pos)
        #expect(label("not a good") == .neg)
    }

    @Test(arguments: ["没有不满意", "不是不好"])
    func doubleNegationCancels(_ text: String) {
        #expect(label(text) == .pos)
    }

    @Test(arguments: ["not bad", "no problem", "没问题"])
    func setPhrasesWhoseWordsMisleadArePositive(_ text: String) {
        #expect(label(text) == .pos)
    }

    @Test(arguments: ["不好意思", "好不容易"])
    func politenessPhrasesAreNotNegative(_ text: String) {
        #expect(label(text) == .neu)
    }

    @Test func weakNegatorsNegateLess() throws {
        let weak = try #require(contribution("not very good", "good"))
        let strong = try #require(contribution("not good", "good"))
        #expect(weak.valence < 0 && weak.valence > strong.valence)
        let weakZh = try #require(contribution("不太好", "好"))
        let strongZh = try #require(contribution("不好", "好"))
        #expect(weakZh.valence > strongZh.valence)
    }

    @Test(arguments: [("very good", "good", 1.9), ("非常好", "好", 1.9), ("很慢", "慢", -1.5)])
    func intensifiersStrengthen(_ text: String, _ term: String, _ base: Double) throws {
        let c = try #require(contribution(text, term))
        #expect(abs(c.valence) > abs(base))
    }

    @Test(arguments: [("slightly bad", "bad", -2.5), ("有点慢", "慢", -1.5)])
    func dampenersWeakenWithoutFlipping(_ text: String, _ term: String, _ base: Double) throws {
        let c = try #require(contribution(text, term))
        #expect(abs(c.valence) < abs(base))
        #expect((c.valence < 0) == (base < 0))
    }

    @Test(arguments: ["the food was good but the delivery was terrible", "菜很好吃，但是送餐太慢了"])
    func clauseAfterContrastWeighsMore(_ text: String) {
        let f = Self.analyzer.analyze(text)
        #expect(f.label == .neg)
        #expect(f.contributions.first!.rules.contains("contrast ×+0.5"))
        #expect(f.contributions.last!.rules.contains("contrast ×+1.5"))
    }

    @Test func contrastMarkerOpeningASentenceDiscountsThePreviousOne() {
        #expect(label("好吃。但是送餐太慢了。") == .neg)
    }

    @Test func concessiveAndButDoNotStack() throws {
        let c = try #require(contribution("虽然价格贵，但是很好吃", "好吃"))
        #expect(c.rules.contains("contrast ×+1.5"))
    }

    @Test(arguments: ["if the food were good", "如果菜好吃"])
    func conditionsSuppressPolarity(_ text: String) {
        #expect(abs(score(text)) < 0.2)
    }

    @Test(arguments: ["I expected good food", "本以为很好吃"])
    func disappointedExpectationsFlipPolarity(_ text: String) {
        #expect(label(text) == .neg)
    }

    @Test func rhetoricalQuestionCancelsNegation() {
        #expect(label("难道不好吗？") == .pos)
    }

    @Test func plainQuestionsWeakenPraiseMoreThanComplaint() throws {
        let praise = try #require(contribution("is it good?", "good"))
        #expect(praise.valence < 1.0 && praise.valence > 0)
        let complaint = try #require(contribution("why so slow?", "slow"))
        #expect(complaint.valence < -0.9)
    }

    @Test func nearMissWeakensWhatFollows() throws {
        let c = try #require(contribution("差点好吃", "好吃"))
        #expect(c.rules.contains { $0.hasPrefix("nearmiss") })
        #expect(c.valence < 1)
    }

    @Test func capitalsAndElongationEmphasize() throws {
        let caps = try #require(contribution("the food was GOOD", "good"))
        #expect(caps.valence > 1.9 + 0.7)
        let shout = try #require(contribution("THE FOOD WAS GOOD", "good"))
        #expect(shout.valence == 1.9)
        let long = try #require(contribution("goooood", "good"))
        #expect(long.valence > 1.9)
    }

    @Test func exclamationMarksAmplify() {
        #expect(score("good!!!") > score("good"))
        #expect(score("差!!!") < score("差"))
    }

    @Test(arguments: [("👍", SentimentLabel.pos), ("😡", .neg), ("ok :)", .pos), ("👍🏽", .pos), ("❤️😡😡", .neg)])
    func emojiAndEmoticonsCarrySentiment(_ text: String, _ expected: SentimentLabel) {
        #expect(label(text) == expected)
    }

    @Test func fullWidthAndTraditionalInputMatchTheSameTerms() {
        #expect(label("ＧＯＯＤ") == .pos)
        #expect(label("滿意") == .pos)
        #expect(Self.analyzer.analyze("服務ＧＯＯＤ").contributions.first?.text == "ＧＯＯＤ")
    }

    @Test func mixedLanguageClausesAreEachScored() {
        let f = Self.analyzer.analyze("菜很好吃, but the delivery was slow")
        #expect(f.language == .mixed)
        #expect(f.clauses.map(\.language) == [.zh, .en])
        #expect(f.themes.first { $0.theme.id == "delivery" }?.label == .neg)
        #expect(f.themes.first { $0.theme.id == "food" }?.label == .pos)
    }

    @Test func aspectSentimentDependsOnTheTheme() {
        let f = Self.analyzer.analyze("cheap price, cheap quality")
        #expect(f.themes.first { $0.theme.id == "price" }?.label == .pos)
        #expect(f.themes.first { $0.theme.id == "quality" }?.label == .neg)
    }

    @Test func domainPackChangesPolarity() throws {
        let restaurant = try #require(Self.lexicon.domainIndex("restaurant"))
        let general = Self.analyzer.analyze("油腻")
        let packed = Analyzer(lexicon: Self.lexicon, options: AnalysisOptions(domain: .pack(restaurant))).analyze("油腻")
        #expect(general.label == .neu)
        #expect(packed.label == .neg && packed.domain == "restaurant")
    }

    @Test func autoDomainFollowsCueWords() {
        let auto = Analyzer(lexicon: Self.lexicon, options: AnalysisOptions(domain: .auto))
        #expect(auto.analyze("the pizza was 油腻").domain == "restaurant")
        #expect(auto.analyze("nothing to cue").domain == "general")
    }

    @Test func forcedLanguageUsesOnlyThatLanguage() {
        let en = Analyzer(lexicon: Self.lexicon, options: AnalysisOptions(language: .en))
        let f = en.analyze("好 good")
        #expect(f.language == .en)
        #expect(f.contributions.map(\.term) == ["good"])
    }
}

@Suite struct PolitenessAndAbsenceTests {
    static let analyzer = Analyzer(lexicon: try! Lexicon.load(directories: [Paths.fixtureLexicon]))

    @Test(arguments: ["thanks", "谢谢"])
    func politenessAloneIsPositive(_ text: String) {
        #expect(Self.analyzer.analyze(text).label == .pos)
    }

    @Test(arguments: ["thanks, the delivery was terrible", "谢谢，送餐太慢了"])
    func politenessDoesNotRescueAComplaint(_ text: String) throws {
        let f = Self.analyzer.analyze(text)
        #expect(f.label == .neg)
        let polite = try #require(f.contributions.first { $0.rules.contains("politeness formula, outweighed by other sentiment") })
        #expect(polite.valence == 0)
    }

    @Test(arguments: [("没有菜", "food"), ("no service at all", "service")])
    func absenceOfAThemeIsANegativeMention(_ text: String, _ theme: String) throws {
        let f = Self.analyzer.analyze(text)
        #expect(f.label == .neg)
        #expect(f.themes.first { $0.theme.id == theme }?.label == .neg)
        #expect(f.contributions.contains { $0.rules.first == "absence of \(theme)" })
    }

    @Test(arguments: ["the drinks never came", "饮料没有送"])
    func negatorThatNegatesNothingIsAWeakNegative(_ text: String) throws {
        let f = Self.analyzer.analyze(text)
        #expect(f.label == .neg)
        let c = try #require(f.contributions.first { $0.rules.first == "absence (negates nothing)" })
        #expect(c.valence < 0 && c.valence > RuleTests.lexicon.rules.absenceValence)
    }

    @Test(arguments: [(0.5, -0.75), (1.0, -1.5), (0.0, 0.0)])
    func unnamedAbsenceShareComesFromRulesFile(_ factor: Double, _ expected: Double) throws {
        let overlay = Paths.temporaryDirectory()
        let rules = "# verbatim-lexicon 1\n# kind: rules\n# language: mul\n# version: t\n# source: test\n"
            + "absence_valence\t-1.5\nabsence_unnamed_factor\t\(factor)\n"
        try rules.write(to: overlay.appendingPathComponent("rules.tsv"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(directories: [Paths.fixtureLexicon, overlay.path])
        #expect(lexicon.rules.absenceUnnamedFactor == factor)
        let f = Analyzer(lexicon: lexicon).analyze("the drinks never came")
        let c = try #require(f.contributions.first { $0.rules.first == "absence (negates nothing)" })
        #expect(abs(c.valence - expected) < 1e-9)
    }

    @Test func negatorThatNegatesASentimentTermIsNotAbsence() {
        let f = Self.analyzer.analyze("the service was not bad")
        #expect(f.label == .pos)
        #expect(!f.contributions.contains { $0.rules.first?.hasPrefix("absence") == true })
    }
}
