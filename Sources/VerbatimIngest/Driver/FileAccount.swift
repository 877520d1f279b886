/// What happened to one input file: the numbers that must reconcile,
/// `read == analyzed + skipped + duplicates`.
///
/// "Analyzed" means passed on to whatever consumes the records (written by
/// `ingest`, analysed by `analyze`); records without text are analyzed too
/// (they count for NPS/CSAT) and also counted in `withoutText`.
public struct FileAccount: Sendable, Hashable, Codable {
    public var file: String
    /// How the file was read (`csv`, `xml`…), nil when it was not read.
    public var format: String?
    /// The encoding and how sure detection was, when the reader reported it.
    public var encoding: String?
    public var read = 0
    public var analyzed = 0
    public var withoutText = 0
    public var skipped = 0
    /// Skipped records by reason code (`I005` → 2).
    public var skippedByReason: [String: Int] = [:]
    public var duplicates = 0
    public var exactDuplicates = 0
    public var normalizedDuplicates = 0
    public var warnings = 0
    /// Why the rest of the file could not be read, when it could not.
    public var failure: String?
    /// Why the whole file was passed over (binary, hidden, excluded), when it was.
    public var passedOver: String?

    public init(file: String) { self.file = file }

    /// Whether `read == analyzed + skipped + duplicates`.
    public var reconciles: Bool { read == analyzed + skipped + duplicates }

    mutating func add(_ other: FileAccount) {
        read += other.read
        analyzed += other.analyzed
        withoutText += other.withoutText
        skipped += other.skipped
        for (k, v) in other.skippedByReason { skippedByReason[k, default: 0] += v }
        duplicates += other.duplicates
        exactDuplicates += other.exactDuplicates
        normalizedDuplicates += other.normalizedDuplicates
        warnings += other.warnings
    }
}

/// The accounting for a whole run: per file and in total.
public struct IngestSummary: Sendable, Hashable, Codable {
    /// Schema name and version of the JSON form.
    public var schema = "verbatim.ingest-summary/1"
    public var files: [FileAccount] = []
    public var totals = FileAccount(file: "(total)")
    /// Distinct texts remembered for duplicate detection.
    public var distinctTexts = 0
    /// Under `--keep-duplicates`, texts met after the duplicate filter was full
    /// (``DuplicateFilter/keptDuplicatesCapacity``): duplicate counts are then lower
    /// bounds. Nil (and absent from JSON) when every text was remembered.
    public var textsNotRemembered: Int?
    /// Whether `--strict` stopped the run at its first problem.
    public var stoppedEarly = false

    public init() {}

    /// Whether every file and the totals reconcile.
    public var reconciles: Bool { totals.reconciles && files.allSatisfy(\.reconciles) }
}
