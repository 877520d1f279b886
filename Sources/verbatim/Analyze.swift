import ArgumentParser
import Foundation
import VerbatimKit

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze feedback files and write theme reports: items, themes, KPIs, trends, segments.",
        discussion: """
            Reads every input as `ingest` does, analyses each open-text answer, and writes into --out: \
            items.jsonl (verbatim.item/1), themes.csv, summary.json (verbatim.summary/1), report.md and \
            report.html. Every file is written atomically; the same inputs, lexicons and options give \
            byte-identical outputs. --partial FILE also writes the aggregate state (verbatim.partial/1), \
            so runs over shards of the inputs can be combined with `verbatim merge`.
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var report: ReportOptions

    @Option(help: ArgumentHelp("Segment the report by this field (repeatable): a segment column, or brand, product, store, channel, question, language.", valueName: "FIELD"))
    var segmentBy: [String] = []

    @Option(help: ArgumentHelp("Also (or, without --out, only) write the run's aggregate state to FILE (verbatim.partial/1), for `verbatim merge`.", valueName: "FILE"))
    var partial: String?

    func validate() throws {
        guard report.out != nil || partial != nil else { throw ValidationError("give --out DIR, --partial FILE, or both") }
    }

    /// What this run's options decide about the counting (partials must agree on it to merge).
    var settings: AnalysisSettings {
        AnalysisSettings(lexicon: lexicon.provenance, input: input.provenance, segmentBy: segmentBy,
                         csatTopBox: report.csatTopBox, since: report.since, until: report.until, noRedact: report.noRedact)
    }

    func run() throws {
        let analyzer = try lexicon.analyzer()
        let ingestOptions = try input.ingestOptions()
        let settings = self.settings
        let aggregateOptions = settings.aggregateOptions(period: PeriodKind(rawValue: report.period) ?? .month,
                                                         orders: report.orders, retention: try report.retentionPeriods())

        let (run, progress) = try report.analysisRun(analyzer: analyzer, ingest: ingestOptions, label: "analyze")

        let outputs = try report.out.map { try OutputFolder(path: $0) }
        let items = try outputs?.writer("items.jsonl")
        let renderItems = items != nil
        var writeFailure: Error?
        let result: AnalysisRun.Result
        let aggregator: Aggregator
        let producedBy = RunProvenance.short(lexiconFingerprint: analyzer.lexicon.fingerprint)
        do {
            // Workers aggregate and render on their own (see AnalysisRun); the writer keeps input order.
            let (counted, parts) = try run.run(paths, state: {
                AnalyzeWorker(aggregator: Aggregator(options: aggregateOptions), scratch: AggregatorScratch(),
                              lines: renderItems ? ItemLineWriter(producedBy: producedBy) : nil)
            }, process: { item, worker, out in
                worker.aggregator.add(item, scratch: worker.scratch)
                worker.lines?.append(item, to: &out)
            }, write: { bytes in
                guard let items, writeFailure == nil else { return }
                do { try items.write(bytes) } catch { writeFailure = error }
            })
            result = counted
            aggregator = Aggregator.merged(parts.map(\.aggregator), options: aggregateOptions)
        } catch {
            progress.finish()
            printError(error.description)
            throw ExitCodes.unreadableInput
        }
        progress.finish()
        printError("analyze:\n" + result.ingest.textTable)
        if result.outsidePeriod > 0 { printError("  outside --since/--until: \(result.outsidePeriod) record(s)") }
        if let forgotten = result.ingest.textsNotRemembered {
            printError("  --keep-duplicates: \(forgotten) text(s) met after the first \(DuplicateFilter.keptDuplicatesCapacity) distinct ones were not remembered; duplicate counts are lower bounds")
        }
        if result.ingest.stoppedEarly {
            printError("analyze: --strict: stopped at the first problem; nothing written")
            throw ExitCodes.badLine
        }
        if let writeFailure, let outputs { throw outputs.failure(writeFailure) }

        let provenance = RunProvenance(lexicon: analyzer.lexicon,
                                       options: settings.provenanceOptions(period: report.period, orders: report.orders,
                                                                           retention: report.retention.map { ($0 as NSString).lastPathComponent },
                                                                           excel: report.excel),
                                       inputs: paths)
        if let partial {
            let document = PartialDocument(producedBy: provenance, settings: settings, input: result.ingest,
                                           outsidePeriod: result.outsidePeriod, aggregate: aggregator)
            try writePartial(document, to: partial)
            printError("analyze: wrote the partial \(partial)")
        }
        guard let outputs, let items else { return }
        do { try items.commit() } catch { throw outputs.failure(error) }
        try writeThemeReports(aggregator: aggregator, options: aggregateOptions, input: result.ingest,
                              outsidePeriod: result.outsidePeriod, provenance: provenance, lexicon: analyzer.lexicon,
                              excel: report.excel, to: outputs)
        printError("analyze: wrote items.jsonl, themes.csv, summary.json, report.md, report.html to \(outputs.path)")
    }
}

/// One `analyze` worker's state: its share of the aggregate and its items.jsonl line writer.
struct AnalyzeWorker {
    var aggregator: Aggregator
    let scratch: AggregatorScratch
    let lines: ItemLineWriter?
}

/// Writes summary.json, themes.csv, report.md and report.html — the reports
/// `analyze` and `merge` share — from an aggregator and its run's accounting.
func writeThemeReports(aggregator: Aggregator, options: AggregateOptions, input: IngestSummary, outsidePeriod: Int,
                       provenance: RunProvenance, lexicon: Lexicon, excel: Bool, to outputs: OutputFolder) throws {
    let document = SummaryDocument(producedBy: provenance, input: input, outsidePeriod: outsidePeriod,
                                   analysis: aggregator.summary(options))
    let themes = ThemeReport(document: document, lexicon: lexicon, excel: excel)
    do {
        try outputs.write("summary.json", try document.jsonBytes())
        try outputs.write("themes.csv", themes.themesCSV())
        try outputs.write("report.md", themes.markdown())
        try outputs.write("report.html", themes.html())
    } catch {
        throw outputs.failure(error)
    }
}

/// Writes a partial atomically (exit code 5 when it cannot be written).
func writePartial(_ document: PartialDocument, to path: String) throws {
    do {
        let writer = try AtomicFileWriter(path: path)
        try writer.write(try document.jsonBytes())
        try writer.commit()
    } catch {
        printError("\(path): error: cannot write the partial (\(error.localizedDescription))")
        throw ExitCodes.unwritableOutput
    }
}

/// The folder outputs go to; each file written atomically.
struct OutputFolder {
    let path: String

    init(path: String) throws {
        self.path = path
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            printError("\(path): error: cannot create the output folder (\(error.localizedDescription))")
            throw ExitCodes.unwritableOutput
        }
    }

    func writer(_ name: String) throws -> AtomicFileWriter {
        do { return try AtomicFileWriter(path: (path as NSString).appendingPathComponent(name)) } catch {
            throw failure(error)
        }
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let w = try writer(name)
        try w.write(bytes)
        try w.commit()
    }

    func failure(_ error: Error) -> ExitCode {
        printError("\(path): error: cannot write outputs (\(error.localizedDescription))")
        return ExitCodes.unwritableOutput
    }
}

extension InputOptions {
    /// The ingest options in effect, for provenance.
    var provenance: [String] {
        var o: [String] = []
        if let map { o.append("--map \(map)") }
        if let encoding { o.append("--encoding \(encoding)") }
        if let format { o.append("--format \(format)") }
        o += include.map { "--include \($0)" } + exclude.map { "--exclude \($0)" }
        if let recordPath { o.append("--record-path \(recordPath)") }
        if let xpath { o.append("--xpath \(xpath)") }
        if let sheet { o.append("--sheet \(sheet)") }
        if let jsonPath { o.append("--json-path \(jsonPath)") }
        if keepDuplicates { o.append("--keep-duplicates") }
        if maxFieldBytes != IngestOptions.defaultMaxFieldBytes { o.append("--max-field-bytes \(maxFieldBytes)") }
        return o
    }
}
