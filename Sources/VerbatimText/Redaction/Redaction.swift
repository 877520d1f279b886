/// The result of ``Redactor/redact(_:)``: the masked text and how many matches of each kind were masked.
public struct Redaction: Sendable, Hashable {
    /// The text with each match replaced by its kind's placeholder.
    public var text: String
    /// Matches masked, per kind (kinds with no match are absent).
    public var counts: [RedactionKind: Int]

    /// The number of matches masked.
    public var total: Int { counts.values.reduce(0, +) }
}
