import Foundation
import Testing
import VerbatimModel
@testable import VerbatimIngest

/// Replays every input that `Fuzz/run` ever found crashing (kept in
/// Fixtures/fuzz-regressions/<format>/): each must read without a crash and
/// with every record either emitted or skipped with a reason.
@Suite struct FuzzRegressionTests {
    static let root = Paths.fixtures.appendingPathComponent("fuzz-regressions")

    static var cases: [String] {
        let fm = FileManager.default
        guard let formats = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
        return formats.sorted().flatMap { format in
            ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(format).path)) ?? []).sorted().map { "\(format)/\($0)" }
        }
    }

    @Test(arguments: cases)
    func savedFuzzInputReadsWithoutCrashing(_ relative: String) throws {
        let format = try #require(InputFormat(rawValue: String(relative.split(separator: "/")[0])))
        let path = Self.root.appendingPathComponent(relative).path
        let sink = CollectingSink()
        var options = IngestOptions(maxFieldBytes: 1 << 16)
        options.format = format
        do {
            try Ingestor.read(InputFile(path: path, displayPath: relative), as: format, options: options, into: sink)
        } catch {
            #expect(error.path == relative)
        }
        #expect(sink.records.allSatisfy { $0.source.file == relative })
        #expect((sink.skipped + sink.warnings).allSatisfy { $0.path == relative })
    }
}
