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
    private let redact: ((String) -> String)?
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
        self.redact = redact
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
        for item in parallelMap(batch, jobs: jobs, analyze) { deliver(item) }
    }

    /// Redacts and analyses one record.
    public func analyze(_ record: Record) -> AnalyzedRecord {
        var record = record
        if let redact {
            record.texts = record.texts.map { TextField(question: $0.question, text: redact($0.text)) }
        }
        let answers = record.texts.compactMap { field -> AnalyzedAnswer? in
            guard !field.text.allSatisfy(\.isWhitespace) else { return nil }
            return AnalyzedAnswer(question: field.question, text: field.text, finding: analyzer.analyze(field.text))
        }
        return AnalyzedRecord(record: record, answers: answers)
    }
}
