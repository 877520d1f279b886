import ArgumentParser
import Foundation
import VerbatimKit

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate JSON Lines or plain text lines: one JSON object out per line in, in order.",
        discussion: """
            Input lines starting with '{' are JSON objects with "id" and "text" (or content, body, review, \
            comment, message); other lines are plain text with the line number as id. Output schema \
            verbatim.annotate/1: {"id","lang","sentiment":{"score","label"},"themes":[{"id","subtheme",\
            "sentiment","evidence"}],"complaint"}. A bad line gives {"id","error"} and a message on stderr.
            """
    )

    @Argument(help: "Input file, or - for standard input.")
    var file: String = "-"

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Stop at the first bad line (exit code 3).")
    var strict = false

    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var jobs: Int?

    @Option(help: "Longest line accepted, in bytes; longer lines are reported and skipped.")
    var maxLineBytes: Int = 64 << 20

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxLineBytes >= 1 else { throw ValidationError("--max-line-bytes must be at least 1") }
    }

    func run() throws {
        let analyzer = try lexicon.analyzer()
        let reader: LineReader
        let name: String
        if file == "-" {
            reader = LineReader(standardInputWithMaxLineBytes: maxLineBytes)
            name = "<stdin>"
        } else {
            guard let r = LineReader(path: file, maxLineBytes: maxLineBytes) else {
                printError("\(file): error: cannot open (\(String(cString: strerror(errno))))")
                throw ExitCodes.unreadableInput
            }
            reader = r
            name = file
        }
        let annotator = Annotator(analyzer: analyzer, sourceName: name, strict: strict, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let out = FileHandle.standardOutput
        let summary = annotator.run(reader, write: { out.write(Data($0)) }, warn: printError)
        printError("annotate: \(summary.lines) line(s), \(summary.annotated) annotated, \(summary.bad) bad")
        if summary.stoppedAt != nil { throw ExitCodes.badLine }
    }
}
