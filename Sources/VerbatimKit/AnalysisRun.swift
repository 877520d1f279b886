import Foundation
import VerbatimIngest
import VerbatimModel

/// Ingest → analyse, streaming: reads every input, analyses each record's
/// answers, and hands each analysed record on — to an aggregator, to
/// `items.jsonl`, to anything.
///
/// Records outside `since…until` are counted (not analysed), so the
/// accounting still reconciles: `read = analyzed + skipped + duplicates`, and
/// `analyzed = in period + outside period`.
///
/// ```swift
/// var run = AnalysisRun(analyzer: analyzer, ingest: IngestOptions(), jobs: 2)
/// let (result, aggregators) = try run.run(["corpora"], state: { Aggregator() },
///     process: { item, aggregator, out in aggregator.add(item); out += ItemJSON.line(item) },
///     write: { bytes in try? items.write(bytes) })
/// let aggregator = Aggregator.merged(aggregators, options: AggregateOptions())
/// ```
///
/// ## How `--jobs N` uses the cores
///
/// With one job everything runs on the calling thread. With N ≥ 2 jobs the
/// run is a pipeline (``OrderedPipeline``): the calling thread ingests
/// (reading, parsing, duplicate filtering, the period filter) and cuts the
/// records into batches of ``batchRecords`` records or ``batchTextBytes``
/// bytes of text; N worker threads each analyse a batch, `process` every
/// analysed record into that worker's own state (its aggregator) and into the
/// batch's output bytes (its items.jsonl lines); one writer thread `write`s
/// the outputs in input order. At most 2N + 2 batches are in flight, so
/// memory does not grow with the input. The per-worker states are returned
/// for the caller to merge, which gives the same result as one sequential
/// pass only because the merge is exact and order-independent
/// (``Aggregator/merge(_:)``: integer and fixed-point sums, bottom-k samples
/// under a total order, distinct-sampled phrase counts); the bytes are
/// identical for every N because each record's output depends on that record
/// only and the writer keeps input order.
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
    /// A batch handed to a worker closes at this many records…
    public var batchRecords = 256
    /// …or at this many bytes of answer text, whichever comes first.
    public var batchTextBytes = 1 << 20

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

    /// Reads `paths`, analyses every record in the period and passes it to
    /// `process` together with a state and the output bytes of its batch.
    ///
    /// - Parameters:
    ///   - state: makes an empty state (one per worker thread).
    ///   - process: adds an analysed record to a state and appends its output
    ///     (e.g. its items.jsonl line). Called concurrently from several
    ///     threads (each with its own state and bytes), so it must not touch
    ///     shared mutable data.
    ///   - write: receives the output bytes batch by batch, in input order, on one thread at a time.
    /// - Returns: the accounting and the states, to merge in any order.
    /// - Throws: `IngestError` only when a named path does not exist.
    public func run<State>(
        _ paths: [String], state makeState: @escaping () -> State,
        process: @escaping (AnalyzedRecord, inout State, inout [UInt8]) -> Void,
        write: @escaping ([UInt8]) -> Void
    ) throws(IngestError) -> (result: Result, states: [State]) {
        let analysis = RecordAnalysis(analyzer: analyzer, redact: redact)
        let batchRecords = max(1, self.batchRecords)
        let batchTextBytes = max(1, self.batchTextBytes)
        if jobs <= 1 {
            var state = makeState()
            let scratch = AnalysisScratch()
            var out: [UInt8] = []
            var pending = 0
            let item = ReusedItem()
            let result = try ingestRecords(paths) { record in
                item.analyze(record, analysis, scratch) { process($0, &state, &out) }
                pending += 1
                if pending >= batchRecords || out.count >= batchTextBytes {
                    write(out)
                    out.removeAll(keepingCapacity: true)
                    pending = 0
                }
            }
            if !out.isEmpty { write(out) }
            return (result, [state])
        }

        // Each worker's state is the caller's state plus that worker's analysis scratch.
        let pipeline = OrderedPipeline<RecordBatch, [UInt8], WorkerState<State>>(
            workers: jobs, inFlight: 2 * jobs + 2, makeState: { WorkerState(state: makeState(), scratch: AnalysisScratch()) })
        var outcome: Swift.Result<Result, IngestError> = .failure(IngestError(.unreadable, path: "", message: "not run"))
        let states = pipeline.run(produce: { emit in
            var batch: [Record] = []
            var textBytes = 0
            outcome = Swift.Result { () throws(IngestError) -> Result in
                try ingestRecords(paths) { record in
                    for t in record.texts { textBytes += t.text.utf8.count }
                    batch.append(record)
                    if batch.count >= batchRecords || textBytes >= batchTextBytes {
                        emit(RecordBatch(batch))
                        batch = []
                        batch.reserveCapacity(batchRecords)
                        textBytes = 0
                    }
                }
            }
            if !batch.isEmpty { emit(RecordBatch(batch)) }
        }, work: { batch, worker in
            var out: [UInt8] = []
            out.reserveCapacity(worker.lastOutput + worker.lastOutput / 4)
            // Each record moved out of the batch, in order (a `for` over the batch copied each one).
            var records = batch.take()
            records.reverse()
            while let record = records.popLast() {
                worker.item.analyze(record, analysis, worker.scratch) { process($0, &worker.state, &out) }
            }
            worker.lastOutput = out.count
            return out
        }, consume: { out in
            if !out.isEmpty { write(out) }
        })
        return (try outcome.get(), states.map(\.state))
    }

    /// A batch of records on its way to a worker, which takes them out: the array is then the only
    /// reference to its records, which move out one by one. (Passed as an array through the
    /// pipeline's generic closures, it reached the worker shared, so taking the records out
    /// copied every one and the batch was destroyed after: ≈ 1,600 instructions a record;
    /// callgrind.)
    final class RecordBatch: @unchecked Sendable {
        private var records: [Record]
        init(_ records: [Record]) { self.records = records }

        /// The records, leaving the batch empty.
        func take() -> [Record] {
            var out: [Record] = []
            swap(&out, &records)
            return out
        }
    }

    /// The record a thread analyses into, record after record (``RecordAnalysis/analyze(_:into:using:)``).
    final class ReusedItem {
        private let pointer: UnsafeMutablePointer<AnalyzedRecord>

        init() {
            pointer = .allocate(capacity: 1)
            pointer.initialize(to: RecordAnalysis.emptyItem())
        }

        deinit {
            pointer.deinitialize(count: 1)
            pointer.deallocate()
        }

        /// Analyses `record` into the item and hands it to `body`.
        ///
        /// The item is moved into a local for the analysis and the call: handed to `process`
        /// from a captured variable, a worker's state or the pointer, the whole record was
        /// copied for the call and the copy destroyed after (≈ 700 instructions a record;
        /// callgrind). Moving it out and back copies its bytes only.
        @inline(__always)
        func analyze(_ record: consuming Record, _ analysis: RecordAnalysis, _ scratch: AnalysisScratch,
                     _ body: (AnalyzedRecord) -> Void) {
            var item = pointer.move()
            analysis.analyze(record, into: &item, using: scratch)
            body(item)
            pointer.initialize(to: consume item)
        }
    }

    /// A pipeline worker's private data: the caller's state and the scratch its analyses reuse.
    private struct WorkerState<State> {
        var state: State
        let scratch: AnalysisScratch
        /// The record the worker analyses into, reused (``RecordAnalysis/analyze(_:into:using:)``).
        let item = ReusedItem()
        /// The size of the worker's last output, to reserve for the next (grown from empty, a
        /// batch's output was copied about ten times over: ≈ 1,800 instructions a record).
        var lastOutput = 0
    }

    /// Reads `paths` and delivers every analysed record, in input order, on the calling thread.
    /// - Throws: `IngestError` only when a named path does not exist.
    public func run(_ paths: [String], deliver: @escaping (AnalyzedRecord) -> Void) throws(IngestError) -> Result {
        let analyzerBatches = RecordAnalyzer(analyzer: analyzer, jobs: jobs, redact: redact, deliver: deliver)
        let result = try ingestRecords(paths) { record in analyzerBatches.add(record) }
        analyzerBatches.finish()
        return result
    }

    /// Ingests `paths`, passing on every record in the period (in input order) and counting the rest.
    private func ingestRecords(_ paths: [String], _ analyze: @escaping (consuming Record) -> Void) throws(IngestError) -> Result {
        var ingestor = Ingestor(options: ingest)
        ingestor.stopAtFirstProblem = strict
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
            analyze(record)
        }, report: { problem in report?(problem) })
        progress?(seen)
        return Result(ingest: summary, outsidePeriod: outside, analyzed: analyzed, withoutDate: withoutDate)
    }
}
