import Foundation
import VerbatimAggregate
import VerbatimIngest

/// `summary.json`, schema `verbatim.summary/1`: provenance, the input
/// accounting (per file, reconciled), the period filter, and every figure of
/// the analysis (``AnalysisSummary``: accounting, KPIs with intervals and
/// formulas, themes with impact and quotes, coverage, trends, segments).
public struct SummaryDocument: Sendable, Codable {
    public var schema = "verbatim.summary/1"
    public var producedBy: RunProvenance
    public var input: IngestSummary
    /// Records passed over because their date lies outside `--since`/`--until`.
    public var outsidePeriod: Int
    public var analysis: AnalysisSummary

    public init(producedBy: RunProvenance, input: IngestSummary, outsidePeriod: Int, analysis: AnalysisSummary) {
        self.producedBy = producedBy
        self.input = input
        self.outsidePeriod = outsidePeriod
        self.analysis = analysis
    }

    /// Pretty, key-sorted JSON (deterministic).
    public func jsonBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }
}
