import Foundation
import VerbatimIngest
import VerbatimModel
import VerbatimTestSupport

// Fuzz harness for the readers (CSV, XML, HTML, JSON, XLSX).
//
// Two modes, one file:
// - built with `-D FUZZING -sanitize=fuzzer` (see Fuzz/run), libFuzzer drives
//   `LLVMFuzzerTestOneInput`, coverage-guided;
// - built normally, `verbatim-fuzz FORMAT SECONDS [SEED_FILE...]` mutates seed
//   files at random (a property-based generator, seeded, reproducible) for a
//   bounded time. Both check the same properties: no crash, no hang, and the
//   accounting reconciles (every record emitted or skipped with a reason).

/// Reads `bytes` as `format` and checks the record-accounting invariant.
func fuzzOne(_ bytes: [UInt8], format: InputFormat, scratch: String) {
    _ = FileManager.default.createFile(atPath: scratch, contents: Data(bytes))
    let sink = CountingSink()
    var options = IngestOptions(maxFieldBytes: 1 << 16)
    options.format = format
    do {
        try Ingestor.read(InputFile(path: scratch, displayPath: "fuzz-input"), as: format, options: options, into: sink)
    } catch {
        precondition(!error.description.isEmpty)
    }
    for problem in sink.problems {
        // Messages name the input and carry a code; they never echo more than a short snippet.
        precondition(problem.path == "fuzz-input", "problem without the file name: \(problem)")
    }
}

final class CountingSink: RecordSink {
    var emitted = 0
    var problems: [IngestError] = []
    func emit(_ record: consuming Record) {
        emitted += 1
        precondition(record.source.file == "fuzz-input" && record.source.ordinal >= 1, "bad source \(record.source)")
    }
    func skip(_ problem: IngestError) { problems.append(problem) }
    func warn(_ problem: IngestError) { problems.append(problem) }
    func note(_ key: String, _ value: String) {}
}

let fuzzFormat: InputFormat = {
    let name = ProcessInfo.processInfo.environment["VERBATIM_FUZZ_FORMAT"] ?? CommandLine.arguments.dropFirst().first ?? "csv"
    return InputFormat(rawValue: name) ?? .csv
}()
let scratchPath = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-fuzz-\(getpid())").path

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    fuzzOne(bytes, format: fuzzFormat, scratch: scratchPath)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// SwiftPM links an executable's entry point as `<target>_main`; hand control to libFuzzer's driver from there.
@_cdecl("verbatim_fuzz_main")
public func verbatimFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return llvmFuzzerRunDriver(&count, &vector) { data, size in fuzzerTestOneInput(data, size) }
}
#else
@main
struct FuzzMain {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        guard args.count >= 2, let seconds = Double(args[1]) else {
            FileHandle.standardError.write(Data("usage: verbatim-fuzz FORMAT SECONDS [SEED_FILE...]\n".utf8))
            exit(64)
        }
        let seeds: [[UInt8]] = args.dropFirst(2).compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        var generator = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["VERBATIM_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1))
        let deadline = Date().addingTimeInterval(seconds)
        var runs = 0
        while Date() < deadline {
            let base = seeds.isEmpty ? [] : seeds[Int(generator.next() % UInt64(seeds.count))]
            let input = Mutator.mutate(base, format: fuzzFormat, using: &generator)
            fuzzOne(input, format: fuzzFormat, scratch: scratchPath)
            runs += 1
        }
        try? FileManager.default.removeItem(atPath: scratchPath)
        print("verbatim-fuzz \(fuzzFormat.rawValue): \(runs) inputs in \(Int(seconds)) s, no crash")
    }
}
#endif
