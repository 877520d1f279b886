import VerbatimModel

/// Where a reader sends what it finds in one file: records, skipped records
/// with their reason, warnings, and what it detected (for `inspect`).
///
/// Readers call it in input order from one thread. The ingest driver puts
/// duplicate detection, accounting and output behind it, so a reader never
/// decides alone that a record disappears: every record it meets is either
/// `emit`ted or `skip`ped with a reason.
public protocol RecordSink: AnyObject {
    /// A record read successfully (it may still turn out to be a duplicate). Handed over, so
    /// that it moves on to its consumer instead of being copied there and destroyed here.
    func emit(_ record: consuming Record)
    /// A record the reader met but cannot use; counted as skipped with `problem.code` as the reason.
    func skip(_ problem: IngestError)
    /// A problem that loses nothing (an unparseable date dropped from a kept record, a resynchronisation…).
    func warn(_ problem: IngestError)
    /// Something the reader detected, shown by `inspect` and kept in the summary
    /// (`encoding` → `gb18030 (confidence 0.97)`, `preset` → `qualtrics`, `column Q3` → `text`…).
    func note(_ key: String, _ value: String)
}

/// A sink that keeps everything in memory: for tests and `inspect`.
public final class CollectingSink: RecordSink {
    public private(set) var records: [Record] = []
    public private(set) var skipped: [IngestError] = []
    public private(set) var warnings: [IngestError] = []
    /// Notes in the order given (a key given twice appears twice).
    public private(set) var notes: [(key: String, value: String)] = []

    public init() {}

    public func emit(_ record: consuming Record) { records.append(record) }
    public func skip(_ problem: IngestError) { skipped.append(problem) }
    public func warn(_ problem: IngestError) { warnings.append(problem) }
    public func note(_ key: String, _ value: String) { notes.append((key, value)) }

    /// The last value noted for `key`.
    public func noteValue(_ key: String) -> String? { notes.last { $0.key == key }?.value }
}

/// One input file as readers see it.
public struct InputFile: Sendable, Hashable {
    /// The path to open.
    public var path: String
    /// The path to print in messages and `source.file` (`-` for stdin).
    public var displayPath: String

    public init(path: String, displayPath: String? = nil) {
        self.path = path
        self.displayPath = displayPath ?? path
    }
}

/// A reader for one format. Readers stream: memory stays bounded by the
/// largest record (and, for tables, a sample of rows used to detect roles).
public protocol RecordReader {
    /// Reads `file`, sending each record or skip to `sink`, in input order.
    /// - Throws: `IngestError` only when the rest of the file cannot be read
    ///   (unreadable, binary, fatally malformed); what was sent before counts.
    static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError)
}
