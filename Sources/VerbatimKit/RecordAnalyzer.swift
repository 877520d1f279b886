import VerbatimModel

/// Analyses records in batches on several threads and hands them on in input order.
///
/// Each open-text answer is redacted first (when a redactor is given), so
/// personal data never reaches items, quotes or exports, then analysed on
/// its own: a survey row with two open questions gives two findings.
/// Memory is bounded by the batch.
///
/// ```swift
/// let batches = RecordAnalyzer(analyzer: analyzer, jobs: 2) { item in aggregator.add(item) }
/// for record in records { batches.add(record) }
/// batches.finish()
/// ```
public final class RecordAnalyzer {
    public let analyzer: Analyzer
    public let jobs: Int
    public let batchSize: Int
    private let analysis: RecordAnalysis
    private let deliver: (AnalyzedRecord) -> Void
    private var pending: [Record] = []

    /// - Parameters:
    ///   - redact: masks personal data in each answer before analysis; nil keeps text as written.
    ///   - deliver: receives every analysed record, in input order.
    public init(analyzer: Analyzer, jobs: Int, batchSize: Int = 1024, redact: ((String) -> String)? = nil,
                deliver: @escaping (AnalyzedRecord) -> Void) {
        self.analyzer = analyzer
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        self.analysis = RecordAnalysis(analyzer: analyzer, redact: redact)
        self.deliver = deliver
    }

    /// Queues a record; a full batch is analysed and delivered at once.
    public func add(_ record: Record) {
        pending.append(record)
        if pending.count >= batchSize { flush() }
    }

    /// Analyses and delivers what is still queued.
    public func finish() { flush() }

    private func flush() {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        // One contiguous chunk per worker, so each worker reuses one scratch for its chunk.
        let workers = min(jobs, batch.count)
        let chunk = (batch.count + workers - 1) / workers
        let chunks = stride(from: 0, to: batch.count, by: chunk).map { $0..<min(batch.count, $0 + chunk) }
        let analysis = self.analysis
        let results = parallelMap(chunks, jobs: workers) { range -> [AnalyzedRecord] in
            let scratch = AnalysisScratch()
            return batch[range].map { analysis.analyze($0, using: scratch) }
        }
        for items in results { for item in items { deliver(item) } }
    }

    /// Redacts and analyses one record.
    public func analyze(_ record: Record) -> AnalyzedRecord { analysis.analyze(record, using: AnalysisScratch()) }
}

/// One record's analysis: redaction, then each non-blank answer on its own.
/// Safe to call from several threads (the analyzer and redactor keep no mutable
/// state) as long as each thread passes its own scratch.
struct RecordAnalysis {
    let analyzer: Analyzer
    let redact: ((String) -> String)?

    /// - Parameter scratch: the calling thread's working storage (see ``AnalysisScratch``).
    func analyze(_ record: consuming Record, using scratch: AnalysisScratch) -> AnalyzedRecord {
        var record = record
        redactTexts(of: &record)
        var answers: [AnalyzedAnswer] = []
        answers.reserveCapacity(record.texts.count)
        for field in record.texts where !field.text.isAllWhitespace {
            answers.append(AnalyzedAnswer(question: field.question, text: field.text, finding: analyzer.analyze(field.text, using: scratch)))
        }
        return AnalyzedRecord(record: consume record, answers: answers)
    }

    /// ``analyze(_:using:)`` written into `item`, which a worker reuses from record to record:
    /// its answer array and each answer's theme array keep their capacity, so no array is
    /// allocated (nor freed) per record or answer (with the item moved out and back around `process`, ≈ 520 instructions a record fewer on mixed-10MB.csv; callgrind).
    /// `item` ends as the record `analyze(_:using:)` returns.
    func analyze(_ record: consuming Record, into item: inout AnalyzedRecord, using scratch: AnalysisScratch) {
        item.record = consume record
        redactTexts(of: &item.record)
        let texts = item.record.texts
        var n = 0
        for field in texts where !field.text.isAllWhitespace {
            if n < item.answers.count {
                item.answers[n].question = field.question
                item.answers[n].text = field.text
                analyzer.analyze(field.text, into: &item.answers[n].finding, using: scratch)
            } else {
                item.answers.append(AnalyzedAnswer(question: field.question, text: field.text, finding: analyzer.analyze(field.text, using: scratch)))
            }
            n += 1
        }
        if item.answers.count > n { item.answers.removeSubrange(n...) }
    }

    /// Redacts the record's answer texts in place.
    @inline(__always)
    private func redactTexts(of record: inout Record) {
        guard let redact else { return }
        for i in record.texts.indices {
            let text = record.texts[i].text
            let redacted = redact(text)
            // Written back only when the redactor made a new string: writing the same one
            // copied the record's answer array for nothing (≈ 700 instructions a record;
            // callgrind). Equal representations are the same string.
            if unsafeBitCast(redacted, to: (UInt64, UInt64).self) != unsafeBitCast(text, to: (UInt64, UInt64).self) {
                Self.replace(&record.texts, at: i, with: redacted)
            }
        }
    }

    /// An empty record to analyse into (``analyze(_:into:using:)``).
    static func emptyItem() -> AnalyzedRecord {
        AnalyzedRecord(record: Record(source: RecordSource(file: "", line: nil, ordinal: 0)), answers: [])
    }

    /// Out of line, so the array is made unique only when written (inlined, the uniqueness
    /// check was hoisted before the loop and copied the array for every record).
    @inline(never)
    static func replace(_ texts: inout [TextField], at i: Int, with text: String) {
        texts[i].text = text
    }
}
