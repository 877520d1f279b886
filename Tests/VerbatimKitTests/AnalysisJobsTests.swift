import Foundation
import Testing
import VerbatimTestSupport
@testable import VerbatimKit

/// Outputs do not depend on how `analyze` splits the work (`--jobs`, batch size).
@Suite struct AnalysisJobsTests {
    let cli = CLITests()

    @Test func everyOutputAndThePartialAreByteIdenticalForOneTwoAndThreeJobs() throws {
        let corpora = Paths.root.appendingPathComponent("corpora").path
        var outputs: [[Data]] = []
        for jobs in ["1", "2", "3"] {
            let dir = Paths.temporaryDirectory()
            let r = try cli.run(["analyze", corpora, "--out", dir.path, "--partial", dir.appendingPathComponent("p.json").path,
                                 "--domain", "auto", "--segment-by", "question", "--keep-duplicates", "--jobs", jobs, "--quiet"])
            #expect(r.status == 0, "\(r.stderr.suffix(500))")
            outputs.append(try (AnalyzeCLITests.outputs + ["p.json"]).map { try Data(contentsOf: dir.appendingPathComponent($0)) })
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
        #expect(outputs[0].allSatisfy { $0.count > 100 })
    }

    @Test func smallBatchesOnThreeWorkersGiveTheOneThreadResult() throws {
        let pipeline = try Pipeline(lexiconRoot: Paths.shippedLexicon, domain: "auto")
        let corpora = Paths.root.appendingPathComponent("corpora").path
        func run(jobs: Int, batch: Int) throws -> (bytes: [UInt8], aggregator: Aggregator, read: Int) {
            var run = AnalysisRun(analyzer: pipeline.analyzer, ingest: IngestOptions(), jobs: jobs)
            run.batchRecords = batch
            var bytes: [UInt8] = []
            let (result, parts) = try run.run([corpora], state: { Aggregator() }, process: { item, aggregator, out in
                aggregator.add(item)
                ItemJSON.append(item, to: &out)
            }, write: { bytes += $0 })
            #expect(parts.count == jobs)
            return (bytes, Aggregator.merged(parts, options: AggregateOptions()), result.ingest.totals.read)
        }
        let one = try run(jobs: 1, batch: 256)
        let three = try run(jobs: 3, batch: 7)
        #expect(one.read > 1000)
        #expect(one.bytes == three.bytes)
        #expect(one.aggregator == three.aggregator)
    }

    @Test func orderedPipelineKeepsOrderWithBoundedBatchesInFlight() {
        let pipeline = OrderedPipeline<[Int], [Int], Int>(workers: 3, inFlight: 2, makeState: { 0 })
        var seen: [Int] = []
        let states = pipeline.run(produce: { emit in
            for k in 0..<500 { emit([k, k]) }
        }, work: { batch, sum in
            sum += batch.reduce(0, +)
            if batch[0] % 7 == 0 { usleep(100) }   // uneven work, so batches finish out of order
            return batch.map { $0 * 2 }
        }, consume: { seen += $0 })
        #expect(seen == (0..<500).flatMap { [$0 * 2, $0 * 2] })
        #expect(states.count == 3 && states.reduce(0, +) == 2 * (0..<500).reduce(0, +))
    }
}
