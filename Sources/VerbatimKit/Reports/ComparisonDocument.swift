import Foundation
import VerbatimAggregate
import VerbatimIngest
import VerbatimModel

/// `compare.json`, schema `verbatim.compare/1`: provenance, how the groups
/// were formed and what each read, and the side-by-side comparison.
public struct ComparisonDocument: Sendable, Codable {
    public var schema = "verbatim.compare/1"
    public var producedBy: RunProvenance
    /// `--group NAME=PATH` or `--by FIELD`, in words.
    public var grouping: String
    /// Input accounting per `--group` run (one entry when grouping `--by` a field).
    public var inputs: [GroupInput]
    /// Records of a `--by` run in no compared group: without a value for the field, or in a group under `--min-group`.
    public var withoutGroup: Int
    /// Groups under `--min-group`, as `name (respondents)`: listed, not compared.
    public var smallGroups: [String] = []
    public var comparison: ComparisonSummary

    public struct GroupInput: Sendable, Codable {
        public var group: String
        public var input: IngestSummary
        public var outsidePeriod: Int

        public init(group: String, input: IngestSummary, outsidePeriod: Int) {
            self.group = group
            self.input = input
            self.outsidePeriod = outsidePeriod
        }
    }

    public init(producedBy: RunProvenance, grouping: String, inputs: [GroupInput], withoutGroup: Int, comparison: ComparisonSummary) {
        self.producedBy = producedBy
        self.grouping = grouping
        self.inputs = inputs
        self.withoutGroup = withoutGroup
        self.comparison = comparison
    }

    /// Pretty, key-sorted JSON (deterministic).
    public func jsonBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }

    /// The value of `field` in a record, for `--by`: brand, product, store, channel, author,
    /// a segment or a plain field; nil when the record has none.
    public static func groupValue(_ record: Record, field: String) -> String? {
        let value: String?
        switch field {
        case "brand": value = record.brand
        case "product": value = record.product
        case "store": value = record.store
        case "channel": value = record.channel
        case "author": value = record.author
        default: value = record.segments[field] ?? record.fields[field]
        }
        guard let v = value?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }
}
