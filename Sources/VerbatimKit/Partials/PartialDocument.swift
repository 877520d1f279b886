import Foundation

/// A partial analysis, schema `verbatim.partial/1`: what `analyze --partial`
/// writes so that runs over disjoint shards of the inputs (other machines,
/// Spark executors, last month's files) can be merged by `verbatim merge` into
/// the reports of one run over all of them.
///
/// It holds the aggregate state (counters, fixed-point sums, histogram and
/// bottom-k samples — bounded by themes × periods × segment values, not by
/// records), the ingest accounting, the period filter's count and the
/// provenance. It holds no records: `items.jsonl` cannot be rebuilt from partials.
///
/// ```swift
/// let bytes = try PartialDocument(producedBy: p, settings: s, input: result.ingest,
///                                 outsidePeriod: result.outsidePeriod, aggregate: aggregator).jsonBytes()
/// let back = try PartialDocument.decode(bytes)
/// ```
public struct PartialDocument: Sendable, Codable {
    public static let schemaName = "verbatim.partial/1"

    public var schema = PartialDocument.schemaName
    /// Version, lexicon fingerprint and file versions, options and inputs of the run.
    public var producedBy: RunProvenance
    /// The options that must agree for partials to merge.
    public var settings: AnalysisSettings
    public var input: IngestSummary
    /// Records passed over because their date lies outside `--since`/`--until`.
    public var outsidePeriod: Int
    public var aggregate: Aggregator

    public init(producedBy: RunProvenance, settings: AnalysisSettings, input: IngestSummary, outsidePeriod: Int,
                aggregate: Aggregator) {
        self.producedBy = producedBy
        self.settings = settings
        self.input = input
        self.outsidePeriod = outsidePeriod
        self.aggregate = aggregate
    }

    /// Compact, key-sorted JSON (deterministic), ending in a newline.
    public func jsonBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }

    /// Reads a partial.
    /// - Throws: ``PartialError`` when the bytes are not a `verbatim.partial/1` document.
    public static func decode(_ bytes: [UInt8], name: String) throws(PartialError) -> PartialDocument {
        struct Header: Decodable { var schema: String? }
        let data = Data(bytes)
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw PartialError("\(name): not a partial (not a JSON object); write partials with `verbatim analyze … --partial FILE`")
        }
        guard header.schema == schemaName else {
            throw PartialError("\(name): schema is \(header.schema.map { "'\($0)'" } ?? "missing"), expected '\(schemaName)'")
        }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            return try decoder.decode(PartialDocument.self, from: data)
        } catch {
            throw PartialError("\(name): damaged partial (\(Self.describe(error)))")
        }
    }

    /// A decoding error in a few words, naming the JSON path.
    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        func path(_ c: DecodingError.Context) -> String {
            c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch e {
        case .keyNotFound(let key, let c): return "missing \(path(c)).\(key.stringValue)"
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): return "bad value at \(path(c)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// Why partials cannot be read or merged; the message names the file and the difference.
public struct PartialError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
