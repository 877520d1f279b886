import Foundation
import Testing
import VerbatimModel

@testable import VerbatimAggregate

/// The aggregator saved as JSON (for `analyze --partial`) and read back.
@Suite struct CodableTests {
    typealias T = TestData
    static let options = AggregateOptions(segmentBy: ["brand", "region", "question", "language"])

    static func encode(_ a: Aggregator) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(a)
    }

    @Test(arguments: [UInt64(1), 2])
    func aggregatorSurvivesAJSONRoundTrip(seed: UInt64) throws {
        let a = T.aggregate(T.generated(count: 800, seed: seed), Self.options)
        let data = try Self.encode(a)
        let back = try JSONDecoder().decode(Aggregator.self, from: data)
        #expect(back == a)
        #expect(back.summary(Self.options) == a.summary(Self.options))
        // Deterministic: encoding the decoded state gives the same bytes.
        #expect(try Self.encode(back) == data)
    }

    @Test func decodedShardsMergeToOnePass() throws {
        let data = T.generated(count: 900, seed: 7)
        let one = T.aggregate(data, Self.options)
        let parts = [data[0..<300], data[300..<600], data[600...]].map { T.aggregate(Array($0), Self.options) }
        let decoded = try parts.map { try JSONDecoder().decode(Aggregator.self, from: Self.encode($0)) }
        #expect(decoded.allSatisfy { one.canMerge($0) })
        #expect(Aggregator.merged(decoded.reversed(), options: Self.options) == one)
    }

    @Test func aggregatorsCollectedDifferentlyDoNotMerge() {
        let a = Aggregator(options: AggregateOptions(segmentBy: ["brand"]))
        #expect(!a.canMerge(Aggregator(options: AggregateOptions(segmentBy: ["region"]))))
        #expect(!a.canMerge(Aggregator(options: AggregateOptions(segmentBy: ["brand"], csat: CSATDefinition(topBox: 1)))))
        #expect(a.canMerge(Aggregator(options: AggregateOptions(segmentBy: ["brand"], period: .week))))
    }
}
