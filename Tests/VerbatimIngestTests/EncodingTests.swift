import Foundation
import Testing
@testable import VerbatimIngest

/// Temporary input files and whole-file decoding for the encoding and CSV tests.
enum EncodingFixture {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    static let big5 = String.Encoding(rawValue: 0x8000_0A03)

    /// Writes `bytes` to a fresh temporary file.
    static func write(_ bytes: [UInt8], name: String = "input.csv") throws -> InputFile {
        let url = try Paths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return InputFile(path: url.path, displayPath: name)
    }

    /// `text` in `encoding`, as Foundation writes it.
    static func bytes(_ text: String, _ encoding: String.Encoding) throws -> [UInt8] {
        try #require(text.data(using: encoding).map { [UInt8]($0) })
    }

    /// Decodes a whole file, checking that every chunk is valid UTF-8 on its own.
    static func decode(_ input: DecodedInput) throws -> String {
        var all: [UInt8] = []
        while let chunk = try input.nextChunk() {
            #expect(!chunk.isEmpty)
            #expect(String(validating: chunk, as: UTF8.self) != nil, "a chunk must end on a character boundary")
            all += chunk
        }
        return String(decoding: all, as: UTF8.self)
    }

    /// Opens and decodes `bytes` written to a temporary file.
    static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil, chunkSize: Int = 1 << 20,
                       sink: CollectingSink = CollectingSink()) throws -> (text: String, input: DecodedInput) {
        let input = try DecodedInput(write(bytes), forcedEncoding: forced, sink: sink, chunkSize: chunkSize)
        return (try decode(input), input)
    }
}

@Suite struct EncodingTests {
    static let chineseSimplified = "送餐太慢了，菜都凉了。不过服务员态度很好，下次还会再来！价格也便宜。"
    static let chineseTraditional = "服務態度很好，餐點也很美味。下次還會再來！價格有點貴，但是值得。"
    static let latin = "Café crème brûlée – “excellent” service; the waiter said 5€ was fine. Très bien, naïve façade."

    // MARK: Round trips and detection

    @Test(arguments: [
        (TextEncoding.gb18030, chineseSimplified + "\nid,评论\n1,好评 good value"),
        (.big5, chineseTraditional + "\nid,評論\n1,好評 great"),
        (.windows1252, latin + "\nid,comment\n1,déjà vu"),
    ])
    func legacyEncodingsAreDetectedAndRoundTrip(encoding: TextEncoding, text: String) throws {
        let foundation: String.Encoding = switch encoding {
        case .gb18030: EncodingFixture.gb18030
        case .big5: EncodingFixture.big5
        default: .windowsCP1252
        }
        let sink = CollectingSink()
        let (decoded, input) = try EncodingFixture.decode(try EncodingFixture.bytes(text, foundation), sink: sink)
        #expect(input.encoding == encoding)
        #expect(input.confidence > 0.7, "\(input.reason)")
        #expect(decoded == text)
        #expect(sink.warnings.isEmpty)
        #expect(sink.noteValue("encoding")?.hasPrefix("\(encoding.rawValue) (confidence 0.") == true)
    }

    @Test(arguments: [
        (TextEncoding.utf8, [0xEF, 0xBB, 0xBF] as [UInt8]),
        (.utf16LE, [0xFF, 0xFE]),
        (.utf16BE, [0xFE, 0xFF]),
    ])
    func byteOrderMarksAreCertainAndStripped(encoding: TextEncoding, bom: [UInt8]) throws {
        let text = "rating,review\n5,Great service 服务很好 👍\n"
        let body: [UInt8] = switch encoding {
        case .utf16LE: try EncodingFixture.bytes(text, .utf16LittleEndian)
        case .utf16BE: try EncodingFixture.bytes(text, .utf16BigEndian)
        default: Array(text.utf8)
        }
        let (decoded, input) = try EncodingFixture.decode(bom + body)
        #expect(input.encoding == encoding)
        #expect(input.confidence == 1)
        #expect(input.reason == "byte order mark")
        #expect(decoded == text, "the BOM never reaches the reader")
    }

    @Test func utf16WithoutBOMIsRecognisedByItsNULBytes() throws {
        let text = "rating,review\n5,Great food\n1,Cold 冷\n"
        let le = try EncodingFixture.decode(try EncodingFixture.bytes(text, .utf16LittleEndian))
        #expect(le.input.encoding == .utf16LE)
        #expect(le.text == text)
        let be = try EncodingFixture.decode(try EncodingFixture.bytes(text, .utf16BigEndian))
        #expect(be.input.encoding == .utf16BE)
        #expect(be.text == text)
    }

    @Test(arguments: [
        ("rating,review\n5,fine\n", "ASCII only", 1.0),
        ("评分,评论\n5,很好吃，送餐也快\n", "valid UTF-8", 0.99),
    ])
    func utf8IsDetectedWithItsConfidence(text: String, reasonPrefix: String, confidence: Double) throws {
        let guess = EncodingDetector.detect(Array(text.utf8), isWholeFile: true)
        #expect(guess.encoding == .utf8)
        #expect(guess.reason.hasPrefix(reasonPrefix))
        #expect(abs(guess.confidence - confidence) < 0.001)
    }

    @Test func asciiSampleOfALargerFileIsLessCertain() {
        let guess = EncodingDetector.detect(Array(repeating: UInt8(ascii: "a"), count: 1000), isWholeFile: false)
        #expect(guess.encoding == .utf8)
        #expect(guess.confidence < 1)
    }

    @Test func utf8WithAFewDamagedBytesStaysUTF8() throws {
        var bytes = Array((Self.chineseSimplified + "\n").utf8)
        bytes.insert(0xFF, at: 9)   // after three characters
        let sink = CollectingSink()
        let (decoded, input) = try EncodingFixture.decode(bytes, sink: sink)
        #expect(input.encoding == .utf8)
        #expect(input.confidence < 0.99)
        #expect(decoded.hasPrefix("送餐太\u{FFFD}慢"))
        #expect(sink.warnings.map(\.byteOffset) == [9])
        #expect(sink.warnings.map(\.code) == [.invalidEncoding])
    }

    @Test func simplifiedAndTraditionalChineseAreToldApart() throws {
        let gb = LegacyEncodingScores(try EncodingFixture.bytes(Self.chineseSimplified, EncodingFixture.gb18030))
        #expect(gb.gb18030 > gb.big5)
        let big5 = LegacyEncodingScores(try EncodingFixture.bytes(Self.chineseTraditional, EncodingFixture.big5))
        #expect(big5.big5 > big5.gb18030)
    }

    @Test func aFileThatStartsWithPagesOfASCIIIsDetectedAgainAtItsFirstChinese() throws {
        let ascii = String(repeating: "1,plain ascii row,5\n", count: 5_000)   // 100 KB, past the detection sample
        let text = "id,text,score\n" + ascii + "2,\(Self.chineseSimplified),4\n"
        let sink = CollectingSink()
        let (decoded, input) = try EncodingFixture.decode(try EncodingFixture.bytes(text, EncodingFixture.gb18030), sink: sink)
        #expect(input.encoding == .gb18030)
        #expect(input.reason.contains("ASCII before it"))
        #expect(decoded == text)
        #expect(sink.warnings.isEmpty)
        #expect(sink.notes.map(\.key) == ["encoding", "encoding"])
    }

    // MARK: Forcing

    @Test func forcedEncodingOverridesDetection() throws {
        let bytes = try EncodingFixture.bytes(Self.chineseSimplified, EncodingFixture.gb18030)
        let sink = CollectingSink()
        let input = try DecodedInput(EncodingFixture.write(bytes), forcedEncoding: .big5, sink: sink)
        #expect(input.encoding == .big5)
        #expect(input.confidence == 1)
        #expect(input.reason.contains("forced"))
        #expect(sink.noteValue("encoding") == "big5 (confidence 1: forced with --encoding)")
        #expect(try EncodingFixture.decode(input) != Self.chineseSimplified)
    }

    @Test func forcingUTF8OnWindows1252ReportsEachBadByte() throws {
        let bytes = try EncodingFixture.bytes("naïve café", .windowsCP1252)
        let sink = CollectingSink()
        let (decoded, _) = try EncodingFixture.decode(bytes, forced: .utf8, sink: sink)
        #expect(decoded == "na\u{FFFD}ve caf\u{FFFD}")
        #expect(sink.warnings.map(\.byteOffset) == [2, 9])
        #expect(sink.warnings.allSatisfy { $0.path == "input.csv" && $0.code == .invalidEncoding })
    }

    @Test func forcedUTF8StillDropsItsBOM() throws {
        let (decoded, _) = try EncodingFixture.decode([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8), forced: .utf8)
        #expect(decoded == "a,b\n")
    }

    // MARK: Invalid sequences

    @Test func invalidGB18030BytesBecomeReplacementCharactersAtTheirOffsets() throws {
        let head = try EncodingFixture.bytes("好评,", EncodingFixture.gb18030)   // 5 bytes
        let bytes = head + [0xFF] + (try EncodingFixture.bytes("差评\n", EncodingFixture.gb18030))
        let sink = CollectingSink()
        let (decoded, _) = try EncodingFixture.decode(bytes, forced: .gb18030, sink: sink)
        #expect(decoded == "好评,\u{FFFD}差评\n")
        #expect(sink.warnings.map(\.byteOffset) == [5])
    }

    @Test func aBrokenLeadByteDoesNotSwallowTheDelimiterAfterIt() throws {
        // 0xD6 starts a GB18030 pair, but ',' cannot end one.
        let sink = CollectingSink()
        let (decoded, _) = try EncodingFixture.decode([0x61, 0xD6, 0x2C, 0x62], forced: .gb18030, sink: sink)
        #expect(decoded == "a\u{FFFD},b")
        #expect(sink.warnings.map(\.byteOffset) == [1])
    }

    @Test func aFileEndingInsideASequenceReportsIt() throws {
        let sink = CollectingSink()
        let bytes = Array("评论".utf8) + [0xE5, 0xA5]   // 好 without its last byte
        let (decoded, _) = try EncodingFixture.decode(bytes, forced: .utf8, chunkSize: 4, sink: sink)
        #expect(decoded == "评论\u{FFFD}")
        #expect(sink.warnings.map(\.byteOffset) == [6])
    }

    @Test func invalidSequenceWarningsAreCappedWithATotal() throws {
        let pair: [UInt8] = [UInt8(ascii: "a"), 0xFF]
        let bytes: [UInt8] = Array(repeating: pair, count: 30).flatMap { $0 }
        let sink = CollectingSink()
        _ = try EncodingFixture.decode(bytes, forced: .utf8, sink: sink)
        #expect(sink.warnings.count == DecodedInput.reportedInvalidLimit + 1)
        #expect(sink.warnings.prefix(20).map(\.byteOffset) == (0..<20).map { 2 * $0 + 1 })
        #expect(sink.warnings.last?.byteOffset == nil)
        #expect(sink.warnings.last?.message.hasPrefix("30 invalid utf-8 byte sequences") == true)
    }

    @Test func undefinedWindows1252BytesPassThroughAsC1Controls() throws {
        let sink = CollectingSink()
        let (decoded, _) = try EncodingFixture.decode([0x93, 0x6F, 0x6B, 0x94, 0x81], forced: .windows1252, sink: sink)
        #expect(decoded == "“ok”\u{81}")
        #expect(sink.warnings.isEmpty)
    }

    // MARK: Chunk boundaries

    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func multibyteSequencesSplitAcrossChunksSurvive(chunkSize: Int) throws {
        let text = "评论,rating\n送餐快 👍,5\n" + Self.chineseSimplified + "\n"
        let utf8 = try EncodingFixture.decode(Array(text.utf8), forced: .utf8, chunkSize: chunkSize)
        #expect(utf8.text == text)
        let gb = try EncodingFixture.decode(try EncodingFixture.bytes(text, EncodingFixture.gb18030), forced: .gb18030, chunkSize: chunkSize)
        #expect(gb.text == text)
        let utf16 = try EncodingFixture.decode(try EncodingFixture.bytes(text, .utf16LittleEndian), forced: .utf16LE, chunkSize: chunkSize)
        #expect(utf16.text == text)
        let big5Text = Self.chineseTraditional + "\n"
        let big5 = try EncodingFixture.decode(try EncodingFixture.bytes(big5Text, EncodingFixture.big5), forced: .big5, chunkSize: chunkSize)
        #expect(big5.text == big5Text)
    }

    @Test func detectionWorksWhenTheSampleIsReadInTinyPieces() throws {
        let bytes = try EncodingFixture.bytes(Self.chineseSimplified, EncodingFixture.gb18030)
        let (decoded, input) = try EncodingFixture.decode(bytes, chunkSize: 3)
        #expect(input.encoding == .gb18030)
        #expect(decoded == Self.chineseSimplified)
    }

    @Test func largeGB18030FileDecodesAcrossMegabyteChunks() throws {
        let line = "1,\(Self.chineseSimplified) good\n"
        let text = String(repeating: line, count: 30_000)   // ≈ 3 MB in GB18030
        let (decoded, input) = try EncodingFixture.decode(try EncodingFixture.bytes(text, EncodingFixture.gb18030))
        #expect(input.encoding == .gb18030)
        #expect(decoded == text)
    }

    // MARK: Files that are not text

    @Test func emptyFileGivesNoChunks() throws {
        let (decoded, input) = try EncodingFixture.decode([])
        #expect(decoded.isEmpty)
        #expect(input.encoding == .utf8)
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: IngestError.self) {
            _ = try DecodedInput(InputFile(path: "/nonexistent/verbatim/none.csv"), forcedEncoding: nil)
        }
        do {
            _ = try DecodedInput(InputFile(path: "/nonexistent/verbatim/none.csv", displayPath: "none.csv"), forcedEncoding: nil)
        } catch {
            #expect(error.code == .unreadable)
            #expect(error.path == "none.csv")
        }
    }

    @Test(arguments: [
        ("zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0] + Array(repeating: UInt8(0), count: 100), true),
        ("junk", EncodingTests.junk(count: 4096), true),
        ("csv", Array("rating,review\n5,很好\n".utf8), false),
        ("utf-16", [0xFF, 0xFE, 0x61, 0, 0x2C, 0, 0x62, 0, 0x0A, 0], false),
        ("utf-16 without BOM", [0x61, 0, 0x2C, 0, 0x62, 0, 0x0A, 0], false),
        ("one NUL in text", Array(String(repeating: "some text, more text\n", count: 20).utf8) + [0] + Array("tail\n".utf8), false),
    ] as [(String, [UInt8], Bool)])
    func binaryFilesAreRecognised(kind: String, sample: [UInt8], binary: Bool) {
        #expect(EncodingDetector.looksBinary(sample) == binary, "\(kind)")
    }

    @Test func binaryJunkDecodesWithoutTrouble() throws {
        let bytes = Self.junk(count: 200_000)
        let sink = CollectingSink()
        let (decoded, input) = try EncodingFixture.decode(bytes, sink: sink)
        #expect(EncodingDetector.looksBinary(input.sample))
        #expect(!decoded.isEmpty)
        #expect(sink.warnings.count <= DecodedInput.reportedInvalidLimit + 1)
    }

    /// Deterministic pseudo-random bytes.
    static func junk(count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }
}
