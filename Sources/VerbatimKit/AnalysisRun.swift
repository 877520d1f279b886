import Foundation
import VerbatimIngest
import VerbatimModel

/// Ingest → analyse, streaming: reads every input, analyses each record's
/// answers in parallel batches, and hands each analysed record on in input
/// order — to `items.jsonl`, to an aggregator, to anything.
///
/// Records outside `since…until` are counted (not analysed), so the
/// accounting still reconciles: `read = analyzed + skipped + duplicates`, and
/// `analyzed = in period + outside period`.
///
/// ```swift
/// var run = AnalysisRun(analyzer: analyzer, ingest: IngestOptions(), jobs: 2)
/// let result = try run.run(["corpora"]) { item in aggregator.add(item) }
/// ```
public struct AnalysisRun {
    public let analyzer: Analyzer
    public var ingest: IngestOptions
    public var jobs: Int
    /// Mask personal data in answers before analysis and output.
    public var redact: ((String) -> String)?
    /// Only records dated on or after this day (records without a date are kept and counted).
    public var since: RecordDate?
    /// Only records dated on or before this day.
    public var until: RecordDate?
    /// Stop at the first skipped record or unreadable file.
    public var strict = false
    /// Called now and then with the number of records read so far (for a progress bar).
    public var progress: ((Int) -> Void)?
    /// Receives every skipped record, warning and file problem, in input order.
    public var report: ((IngestReport) -> Void)?

    public init(analyzer: Analyzer, ingest: IngestOptions, jobs: Int) {
        self.analyzer = analyzer
        self.ingest = ingest
        self.jobs = jobs
    }

    /// What a run counted.
    public struct Result: Sendable {
        public var ingest: IngestSummary
        /// Records passed over because their date lies outside `since…until`.
        public var outsidePeriod: Int
        /// Records analysed (in the period, or without a date).
        public var analyzed: Int
        /// Records analysed that carry no date (kept whatever the period).
        public var withoutDate: Int
    }

    /// Reads `paths` and delivers every analysed record, in input order.
    /// - Throws: `IngestError` only when a named path does not exist.
    public func run(_ paths: [String], deliver: @escaping (AnalyzedRecord) -> Void) throws(IngestError) -> Result {
        var ingestor = Ingestor(options: ingest)
        ingestor.stopAtFirstProblem = strict
        let analyzerBatches = RecordAnalyzer(analyzer: analyzer, jobs: jobs, redact: redact, deliver: deliver)
        var outside = 0
        var analyzed = 0
        var withoutDate = 0
        var seen = 0
        let sinceDay = since?.daysSinceEpoch
        let untilDay = until?.daysSinceEpoch
        let summary = try ingestor.run(paths, consume: { record in
            seen += 1
            if seen % 1000 == 0 { progress?(seen) }
            if let day = record.date?.daysSinceEpoch {
                if let sinceDay, day < sinceDay { outside += 1; return }
                if let untilDay, day > untilDay { outside += 1; return }
            } else {
                withoutDate += 1
            }
            analyzed += 1
            analyzerBatches.add(record)
        }, report: { problem in report?(problem) })
        analyzerBatches.finish()
        progress?(seen)
        return Result(ingest: summary, outsidePeriod: outside, analyzed: analyzed, withoutDate: withoutDate)
    }
}
