/// A record together with the analysis of each of its open-text answers:
/// what the Aggregate stage consumes.
///
/// An *item* is one open-text answer; a *respondent* is one record. Theme,
/// sentiment and complaint statistics count items (a survey row with two open
/// questions gives two items, each under its question); KPIs such as NPS and
/// CSAT count respondents, with or without text.
public struct AnalyzedRecord: Sendable, Hashable {
    public var record: Record
    /// One entry per non-blank answer of `record.texts`, in the same order.
    public var answers: [AnalyzedAnswer]

    public init(record: Record, answers: [AnalyzedAnswer]) {
        self.record = record
        self.answers = answers
    }

    /// Whether any answer is a complaint.
    public var isComplaint: Bool { answers.contains { $0.finding.complaint } }
}

/// One open-text answer and what Verbatim found in it.
public struct AnalyzedAnswer: Sendable, Hashable {
    /// The question (column, field) the answer belongs to.
    public var question: String
    /// The answer as written (already redacted when redaction is on).
    public var text: String
    public var finding: Finding

    public init(question: String, text: String, finding: Finding) {
        self.question = question
        self.text = text
        self.finding = finding
    }
}
