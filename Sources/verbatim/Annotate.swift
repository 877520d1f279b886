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
        let summary = annotator.run(reader, write: writeStandardOutput, warn: printError)
        printError("annotate: \(summary.lines) line(s), \(summary.annotated) annotated, \(summary.bad) bad")
        if summary.stoppedAt != nil { throw ExitCodes.badLine }
    }
}

/// Writes bytes to standard output with write(2), all of them.
///
/// `FileHandle.write(Data(bytes))` copied every output batch into a `Data`
/// first (≈ 1 % of `annotate`'s instructions, callgrind). A failed write
/// (a full disk) ends the run with `unwritableOutput`: the stream cannot go on.
func writeStandardOutput(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
        guard var p = buffer.baseAddress else { return }
        var left = buffer.count
        while left > 0 {
            let n = write(STDOUT_FILENO, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                printError("annotate: error: cannot write standard output (\(String(cString: strerror(errno))))")
                exit(ExitCodes.unwritableOutput.rawValue)
            }
            p += n
            left -= n
        }
    }
}
