import ArgumentParser
import Foundation
import VerbatimKit

/// Options shared by `analyze` and `compare`: period, KPIs, privacy, output.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write the outputs into this folder (created if missing).", valueName: "DIR"))
    var out: String?

    @Option(help: "Trend period: week (ISO), month or quarter.")
    var period: String = "month"

    @Option(help: ArgumentHelp("Only records dated on or after this day (records without a date are kept and counted).", valueName: "DATE"))
    var since: String?

    @Option(help: ArgumentHelp("Only records dated on or before this day.", valueName: "DATE"))
    var until: String?

    @Option(help: ArgumentHelp("CSAT counts a rating as satisfied when it is in the top N points of its scale (2: 4–5 of 1–5).", valueName: "N"))
    var csatTopBox: Int = 2

    @Option(help: ArgumentHelp("Order volume for the period, to report complaints per 1,000 orders.", valueName: "N"))
    var orders: Int?

    @Option(help: ArgumentHelp("CSV of periods for the retention rate: period,customers_at_start,customers_at_end,new_customers.", valueName: "FILE"))
    var retention: String?

    @Flag(help: "Keep personal data (e-mail, phone, ID and card numbers, IPs, WeChat/QQ ids) in quotes and exports; masked by default.")
    var noRedact = false

    @Flag(help: "Write CSV files as UTF-8 with a byte order mark and CRLF, so Excel shows Chinese correctly.")
    var excel = false

    @Option(help: "Worker threads (default: all cores). Outputs are identical for any value.")
    var jobs: Int?

    @Flag(help: "No progress bar on stderr.")
    var quiet = false

    @Flag(help: "Stop at the first skipped record or unreadable file (exit code 3); nothing is written.")
    var strict = false

    func validate() throws {
        guard PeriodKind(rawValue: period) != nil else { throw ValidationError("--period must be week, month or quarter") }
        guard csatTopBox >= 1 else { throw ValidationError("--csat-top-box must be at least 1") }
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let orders, orders < 1 { throw ValidationError("--orders must be at least 1") }
        _ = try sinceDate()
        _ = try untilDate()
    }

    func sinceDate() throws -> RecordDate? { try since.map { try Self.date($0, option: "--since") } }
    func untilDate() throws -> RecordDate? { try until.map { try Self.date($0, option: "--until") } }

    static func date(_ text: String, option: String) throws -> RecordDate {
        guard let d = DateParser.parse(text) else { throw ValidationError("\(option): cannot read '\(text)' as a date (use 2026-03-01)") }
        return RecordDate(year: d.year, month: d.month, day: d.day)
    }

    /// Periods for the retention KPI, from the user's CSV.
    func retentionPeriods() throws -> [RetentionPeriod] { try Self.retentionPeriods(retention) }

    /// Periods for the retention KPI, from the CSV at `retention` (none when nil).
    static func retentionPeriods(_ retention: String?) throws -> [RetentionPeriod] {
        guard let retention else { return [] }
        guard let text = try? String(contentsOfFile: retention, encoding: .utf8) else {
            throw ValidationError("--retention: cannot read \(retention) as UTF-8 text")
        }
        var periods: [RetentionPeriod] = []
        for (i, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if i == 0 && Int(cells.count > 1 ? cells[1] : "") == nil { continue }  // header
            guard cells.count == 4, let start = Int(cells[1]), let end = Int(cells[2]), let new = Int(cells[3]) else {
                throw ValidationError("--retention: \(retention):\(i + 1): expected period,customers_at_start,customers_at_end,new_customers")
            }
            periods.append(RetentionPeriod(label: cells[0], customersAtStart: start, customersAtEnd: end, newCustomers: new))
        }
        return periods
    }

    /// The options that shape outputs, for provenance (`--out`, `--jobs`, `--quiet` do not).
    var provenance: [String] {
        AnalysisSettings.reportOptions(period: period, csatTopBox: csatTopBox, since: since, until: until, orders: orders,
                                       retention: retention.map { ($0 as NSString).lastPathComponent },
                                       noRedact: noRedact, excel: excel)
    }
}

extension ReportOptions {
    /// The ingest-and-analyse run these options describe (period, strictness, redaction, jobs),
    /// printing problems and a progress line on stderr; shared by `analyze` and `compare`.
    func analysisRun(analyzer: Analyzer, ingest: IngestOptions, label: String) throws -> (AnalysisRun, ProgressLine) {
        var run = AnalysisRun(analyzer: analyzer, ingest: ingest, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        run.since = try sinceDate()
        run.until = try untilDate()
        run.strict = strict
        if !noRedact {
            let redactor = Redactor()
            run.redact = { redactor.redact($0).text }
        }
        run.report = ProblemPrinter().print
        let progress = ProgressLine(label: label, quiet: quiet)
        run.progress = progress.update
        return (run, progress)
    }
}

/// A progress line on stderr, only when stderr is a terminal.
final class ProgressLine {
    private let enabled: Bool
    private var last = Date.distantPast
    private let start = Date()
    private let label: String

    init(label: String, quiet: Bool) {
        self.label = label
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func update(_ records: Int) {
        guard enabled, Date().timeIntervalSince(last) > 0.2 else { return }
        last = Date()
        let rate = Double(records) / max(Date().timeIntervalSince(start), 0.001)
        FileHandle.standardError.write(Data("\r\(label): \(records) records read (\(Int(rate))/s)\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension LexiconOptions {
    /// The lexicon options in effect, for provenance.
    var provenance: [String] {
        var o = ["--domain \(domain)", "--lang \(lang.rawValue)"]
        for overlay in overlays { o.append("--lexicon \((overlay as NSString).lastPathComponent)") }
        return o
    }
}
