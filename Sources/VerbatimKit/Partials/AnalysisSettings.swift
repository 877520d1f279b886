/// The options of an `analyze` run that decide what is counted — as opposed
/// to how the summary is shown (`--period`, `--orders`, `--retention`,
/// `--excel`), which `merge` chooses itself. Partials merge only when their
/// settings are equal, so the merged report states one set of options that
/// really was in effect for every input.
///
/// ```swift
/// let s = AnalysisSettings(lexicon: ["--domain auto", "--lang auto"], input: [], segmentBy: ["region"])
/// s.provenanceOptions(period: "month")
/// // ["--domain auto", "--lang auto", "--period month", "--csat-top-box 2", "--segment-by region"]
/// ```
public struct AnalysisSettings: Sendable, Hashable, Codable {
    /// Lexicon options as written in provenance (`--domain …`, `--lang …`, `--lexicon NAME`).
    public var lexicon: [String]
    /// Ingest options as written in provenance (`--map …`, `--keep-duplicates`…).
    public var input: [String]
    public var segmentBy: [String]
    public var csatTopBox: Int
    /// `--since` / `--until` as given.
    public var since: String?
    public var until: String?
    public var noRedact: Bool

    public init(lexicon: [String], input: [String], segmentBy: [String], csatTopBox: Int = 2,
                since: String? = nil, until: String? = nil, noRedact: Bool = false) {
        self.lexicon = lexicon
        self.input = input
        self.segmentBy = segmentBy
        self.csatTopBox = csatTopBox
        self.since = since
        self.until = until
        self.noRedact = noRedact
    }

    /// The aggregate options of a run with these settings and these summary-time choices.
    public func aggregateOptions(period: PeriodKind, orders: Int?, retention: [RetentionPeriod]) -> AggregateOptions {
        var o = AggregateOptions()
        o.segmentBy = segmentBy
        o.csat = CSATDefinition(topBox: csatTopBox)
        o.period = period
        o.orderVolume = orders
        o.retention = retention
        return o
    }

    /// Every option in effect, in the order reports state them (`analyze` and `merge` alike).
    /// - Parameter retention: the retention file's name (not its folder).
    public func provenanceOptions(period: String, orders: Int? = nil, retention: String? = nil, excel: Bool = false) -> [String] {
        lexicon + input
            + Self.reportOptions(period: period, csatTopBox: csatTopBox, since: since, until: until, orders: orders,
                                 retention: retention, noRedact: noRedact, excel: excel)
            + segmentBy.map { "--segment-by \($0)" }
    }

    /// The settings alone as options (what partials must agree on), e.g. for messages.
    public var options: [String] {
        lexicon + input + ["--csat-top-box \(csatTopBox)"] + (since.map { ["--since \($0)"] } ?? [])
            + (until.map { ["--until \($0)"] } ?? []) + (noRedact ? ["--no-redact"] : []) + segmentBy.map { "--segment-by \($0)" }
    }

    /// The report options in effect, in a fixed order (`--out`, `--jobs`, `--quiet` never shape outputs).
    public static func reportOptions(period: String, csatTopBox: Int, since: String?, until: String?, orders: Int?,
                                     retention: String?, noRedact: Bool, excel: Bool) -> [String] {
        var o = ["--period \(period)", "--csat-top-box \(csatTopBox)"]
        if let since { o.append("--since \(since)") }
        if let until { o.append("--until \(until)") }
        if let orders { o.append("--orders \(orders)") }
        if let retention { o.append("--retention \(retention)") }
        if noRedact { o.append("--no-redact") }
        if excel { o.append("--excel") }
        return o
    }
}
