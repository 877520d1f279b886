import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// `themeFindings` takes one-quote evidence lists from a `QuoteCache`: they must be the lists it
/// made afresh before, `[String(decoding: bytes, as: UTF8.self)]`.
@Suite struct QuoteCacheTests {
    static let lexicon = try! Lexicon.load(directories: [Paths.fixtureLexicon])

    /// Quotes of 0…15 bytes, including ones that differ only by a trailing NUL or by length,
    /// decomposed and precomposed spellings, and enough of them to collide in the 512 slots.
    static let quotes: [[UInt8]] = {
        var q: [[UInt8]] = [[], [0], [0, 0], Array("a".utf8), Array("a\u{0}".utf8), Array("late".utf8), Array("Late".utf8),
                            Array("太慢".utf8), Array("太慢了".utf8), Array("café".utf8), Array("cafe\u{301}".utf8),
                            Array("123456789012345".utf8), Array("12345678901234".utf8), Array("送餐太慢了吧".utf8)]
        for i in 0..<2000 { q.append(Array("q\(i)".utf8)) }
        return q
    }()

    @Test func listsAreTheQuotesAsDecoded() {
        let cache = QuoteCache()
        // Three rounds: first misses, then hits, evictions and re-fills.
        for _ in 0..<3 {
            for bytes in Self.quotes {
                let got = bytes.withUnsafeBufferPointer { cache.quotes($0) }
                #expect(got == [String(decoding: bytes, as: UTF8.self)])
                #expect(got.first.map { Array($0.utf8) } == bytes)
            }
        }
    }

    /// The single quotes (the quotes of a theme with several) are the strings as decoded.
    @Test func quotesAreTheStringsAsDecoded() {
        let cache = QuoteCache()
        for _ in 0..<3 {
            for bytes in Self.quotes {
                let got = bytes.withUnsafeBufferPointer { cache.quote($0) }
                #expect(got == String(decoding: bytes, as: UTF8.self))
                #expect(Array(got.utf8) == bytes)
            }
        }
    }

    /// Texts whose themes quote short and long terms, once and several times, through one
    /// scratch (the cache warm) and through fresh buffers (the cache cold).
    @Test func findingsThroughAWarmCacheEqualFreshOnes() {
        let texts = [
            "菜很好吃，但是送餐太慢了", "the food was great and the service terrible", "good food, FOOD again, and pizza",
            "送餐太慢了，送餐太慢了", "delivery late, DELIVERY late", "服务员态度很差，服务员态度很差", "caf\u{E9} food",
            "cafe\u{301} food", "the food the food the food", "",
        ]
        let analyzer = Analyzer(lexicon: Self.lexicon)
        let scratch = AnalysisScratch()
        var quoted = 0
        var several = 0
        for _ in 0..<3 {
            for text in texts {
                let warm = analyzer.analyze(text, using: scratch)
                #expect(warm == analyzer.analyze(text))
                quoted += warm.themes.filter { $0.evidence.count == 1 }.count
                several += warm.themes.filter { $0.evidence.count > 1 }.count
            }
        }
        #expect(quoted > 0)  // the cache was used
        #expect(several > 0)  // and its single quotes
    }
}
