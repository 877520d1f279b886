import ArgumentParser
import Foundation
import VerbatimKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare brands (or stores, channels…) side by side, with significance tests.",
        discussion: """
            Groups come from --group "NAME=PATH" (repeatable; PATH a file or folder) or from --by FIELD over the \
            inputs (brand, product, store, channel, or any segment column). Writes compare.json \
            (verbatim.compare/1), compare.csv, compare.md and compare.html into --out, atomically.
            """
    )

    @Argument(help: "Files or folders to split with --by (not used with --group).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("A group and its input: \"Brand A=reviews/a.csv\" (repeatable).", valueName: "NAME=PATH"))
    var group: [String] = []

    @Option(help: ArgumentHelp("Split the inputs into groups by this field: brand, product, store, channel, or a segment column.", valueName: "FIELD"))
    var by: String?

    @Option(help: ArgumentHelp("With --by: treat a value as another (\"快点到=DashBite\"), e.g. a brand written in two languages (repeatable).", valueName: "VALUE=GROUP"))
    var alias: [String] = []

    @Option(help: "With --by: groups with fewer respondents are listed but not compared.")
    var minGroup: Int = 10

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var report: ReportOptions

    func validate() throws {
        guard report.out != nil else { throw ValidationError("Missing expected argument '--out <DIR>'") }
        if group.isEmpty == (by == nil) { throw ValidationError("give either --group NAME=PATH (at least two) or --by FIELD with input paths") }
        if !group.isEmpty {
            guard group.count >= 2 else { throw ValidationError("--group: give at least two groups") }
            guard paths.isEmpty else { throw ValidationError("with --group, inputs go inside each --group, not as arguments") }
            for g in group where !g.contains("=") || g.hasPrefix("=") || g.hasSuffix("=") {
                throw ValidationError("--group: expected NAME=PATH, found '\(g)'")
            }
        } else if paths.isEmpty {
            throw ValidationError("--by needs input paths")
        }
        for a in alias where !a.contains("=") || a.hasPrefix("=") || a.hasSuffix("=") {
            throw ValidationError("--alias: expected VALUE=GROUP, found '\(a)'")
        }
        guard minGroup >= 1 else { throw ValidationError("--min-group must be at least 1") }
    }

    /// `--alias` as a lookup table.
    var aliases: [String: String] {
        var table: [String: String] = [:]
        for a in alias {
            let eq = a.firstIndex(of: "=")!
            table[String(a[..<eq]).trimmingCharacters(in: .whitespaces)] = String(a[a.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        }
        return table
    }

    func run() throws {
        let analyzer = try lexicon.analyzer()
        let ingestOptions = try input.ingestOptions()
        var options = AggregateOptions()
        options.csat = CSATDefinition(topBox: report.csatTopBox)
        options.period = PeriodKind(rawValue: report.period) ?? .month

        let (baseRun, progress) = try report.analysisRun(analyzer: analyzer, ingest: ingestOptions, label: "compare")

        var aggregators: [(name: String, aggregator: Aggregator)] = []
        var inputs: [ComparisonDocument.GroupInput] = []
        var withoutGroup = 0
        var smallGroups: [String] = []
        let grouping: String
        let inputsNamed: [String]
        do {
            if let by {
                grouping = "--by \(by)"
                inputsNamed = paths
                let aliases = self.aliases
                // Each worker groups its own records; the groups are merged afterwards (exact, any order).
                let (result, parts) = try baseRun.run(paths, state: { GroupedAggregators() }, process: { [options] item, groups, _ in
                    guard let raw = ComparisonDocument.groupValue(item.record, field: by) else {
                        groups.withoutGroup += 1
                        return
                    }
                    let value = aliases[raw] ?? raw
                    groups.byValue[value, default: Aggregator(options: options)].add(item)
                    groups.respondents[value, default: 0] += 1
                }, write: { _ in })
                var byValue: [String: Aggregator] = [:]
                var respondents: [String: Int] = [:]
                for part in parts {
                    withoutGroup += part.withoutGroup
                    for (k, v) in part.byValue { byValue[k, default: Aggregator(options: options)].merge(v) }
                    for (k, v) in part.respondents { respondents[k, default: 0] += v }
                }
                try stopIfStrict(result)
                inputs.append(ComparisonDocument.GroupInput(group: "all", input: result.ingest, outsidePeriod: result.outsidePeriod))
                let names = byValue.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                for name in names where respondents[name, default: 0] < minGroup {
                    smallGroups.append("\(name) (\(respondents[name, default: 0]))")
                    withoutGroup += respondents[name, default: 0]
                }
                aggregators = names.filter { respondents[$0, default: 0] >= minGroup }.map { ($0, byValue[$0]!) }
                guard aggregators.count >= 2 else {
                    progress.finish()
                    printError("compare: --by \(by) found \(aggregators.count) group(s) (\(aggregators.map(\.name).joined(separator: ", "))); a comparison needs at least two")
                    throw ExitCode.validationFailure
                }
            } else {
                let pairs = group.map { g -> (String, String) in
                    let eq = g.firstIndex(of: "=")!
                    return (String(g[..<eq]).trimmingCharacters(in: .whitespaces), String(g[g.index(after: eq)...]))
                }
                grouping = "--group " + pairs.map(\.0).joined(separator: ", ")
                inputsNamed = pairs.map { "\($0.0)=\($0.1)" }
                for (name, path) in pairs {
                    let (result, parts) = try baseRun.run([path], state: { [options] in Aggregator(options: options) },
                                                          process: { item, aggregator, _ in aggregator.add(item) }, write: { _ in })
                    let aggregator = Aggregator.merged(parts, options: options)
                    try stopIfStrict(result)
                    inputs.append(ComparisonDocument.GroupInput(group: name, input: result.ingest, outsidePeriod: result.outsidePeriod))
                    aggregators.append((name, aggregator))
                }
            }
        } catch let error as IngestError {
            progress.finish()
            printError(error.description)
            throw ExitCodes.unreadableInput
        }
        progress.finish()
        for i in inputs {
            printError("compare \(i.group):\n" + i.input.textTable)
            if let forgotten = i.input.textsNotRemembered {
                printError("  --keep-duplicates: \(forgotten) text(s) met after the first \(DuplicateFilter.keptDuplicatesCapacity) distinct ones were not remembered; duplicate counts are lower bounds")
            }
        }
        if !smallGroups.isEmpty { printError("compare: groups under --min-group \(minGroup) not compared: " + smallGroups.joined(separator: ", ")) }
        if withoutGroup > 0 { printError("compare: \(withoutGroup) record(s) are in no compared group") }

        let provenance = RunProvenance(lexicon: analyzer.lexicon,
                                       options: lexicon.provenance + input.provenance + report.provenance
                                           + alias.map { "--alias \($0)" } + (by != nil ? ["--min-group \(minGroup)"] : []),
                                       inputs: inputsNamed)
        var document = ComparisonDocument(producedBy: provenance, grouping: grouping, inputs: inputs, withoutGroup: withoutGroup,
                                          comparison: Aggregator.comparison(groups: aggregators, options: options))
        document.smallGroups = smallGroups
        let rendered = ComparisonReport(document: document, lexicon: analyzer.lexicon, excel: report.excel)
        let outputs = try OutputFolder(path: report.out!)
        do {
            try outputs.write("compare.json", try document.jsonBytes())
            try outputs.write("compare.csv", rendered.csv())
            try outputs.write("compare.md", rendered.markdown())
            try outputs.write("compare.html", rendered.html())
        } catch {
            throw outputs.failure(error)
        }
        printError("compare: wrote compare.json, compare.csv, compare.md, compare.html to \(report.out!)")
    }

    private func stopIfStrict(_ result: AnalysisRun.Result) throws {
        if result.ingest.stoppedEarly {
            printError("compare: --strict: stopped at the first problem; nothing written")
            throw ExitCodes.badLine
        }
    }
}

/// One worker's share of `compare --by`: an aggregator per group value.
private struct GroupedAggregators {
    var byValue: [String: Aggregator] = [:]
    var respondents: [String: Int] = [:]
    var withoutGroup = 0
}
