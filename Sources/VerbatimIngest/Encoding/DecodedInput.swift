import Glibc

/// A file's bytes turned into UTF-8, chunk by chunk, whatever its encoding.
///
/// The encoding is detected from the first 64 KiB (BOM, UTF-8 validity,
/// UTF-16 NUL pattern, GB18030/Big5/Windows-1252 plausibility; see
/// ``EncodingDetector``) unless forced. Chunks always end on a scalar
/// boundary, and a BOM never reaches the reader. Invalid sequences become
/// U+FFFD and are reported to the sink (`invalidEncoding`, with their byte
/// offset; the first 20, then one warning with the total).
///
/// ```swift
/// let input = try DecodedInput(InputFile(path: "survey.csv"), forcedEncoding: nil, sink: sink)
/// print(input.encoding, input.confidence, input.reason)   // gb18030 0.97 …
/// while let chunk = try input.nextChunk() { consume(chunk) }
/// ```
public final class DecodedInput {
    public let file: InputFile
    /// The encoding being decoded.
    public private(set) var encoding: TextEncoding
    /// How sure detection is (1 for a BOM or a forced encoding).
    public private(set) var confidence: Double
    /// Why this encoding was chosen, in words (`byte order mark`, `valid UTF-8 …`, `forced`…).
    public private(set) var reason: String
    /// The first bytes of the file as read (at most 64 KiB, before decoding),
    /// for callers that want to sniff (``EncodingDetector/looksBinary(_:)``).
    public let sample: [UInt8]
    /// How many invalid sequences were met so far.
    public private(set) var invalidSequenceCount = 0

    /// The default size of one read.
    static let chunkSize = 1 << 20
    /// Invalid sequences reported one by one before a file's summary warning.
    static let reportedInvalidLimit = 20

    private let descriptor: Int32
    private let sink: RecordSink?
    private let readSize: Int
    private var decoder: any ByteDecoder
    /// Raw bytes read ahead for detection, not yet decoded, and where they start.
    private var lookahead: [UInt8]
    private var lookaheadIndex = 0
    private var atEndOfFile = false
    private var finished = false
    /// File offset of the next raw byte to decode.
    private var rawOffset = 0
    /// Detection saw only ASCII (and nothing was forced): the first non-ASCII
    /// bytes decide again, since a GB18030 export may start with pages of ASCII.
    private var onlyASCIISoFar: Bool

    /// Opens `file` and detects its encoding (or uses `forcedEncoding`).
    /// Notes `encoding` → `gb18030 (confidence 0.97: …)` to `sink`.
    /// - Throws: `IngestError` (`unreadable`) when the file cannot be opened or read.
    public convenience init(_ file: InputFile, forcedEncoding: TextEncoding?, sink: RecordSink? = nil) throws(IngestError) {
        try self.init(file, forcedEncoding: forcedEncoding, sink: sink, chunkSize: DecodedInput.chunkSize)
    }

    /// As the public initializer, reading `chunkSize` bytes at a time (tests use tiny chunks).
    init(_ file: InputFile, forcedEncoding: TextEncoding?, sink: RecordSink?, chunkSize: Int) throws(IngestError) {
        self.file = file
        self.sink = sink
        self.readSize = max(1, chunkSize)
        let fd = open(file.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw IngestError(.unreadable, path: file.displayPath, message: "cannot open file: \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        // Read ahead until detection has its sample (or the file ends).
        var ahead: [UInt8] = []
        var eof = false
        do {
            while ahead.count < EncodingDetector.sampleSize {
                let piece = try DecodedInput.read(fd, count: max(readSize, 4096), path: file.displayPath)
                if piece.isEmpty { eof = true; break }
                ahead += piece
            }
        } catch {
            close(fd)
            throw error
        }
        lookahead = ahead
        atEndOfFile = eof
        sample = Array(ahead.prefix(EncodingDetector.sampleSize))

        let guess: EncodingGuess
        if let forcedEncoding {
            let bom = forcedEncoding.byteOrderMark.map { ahead.starts(with: $0) ? $0.count : 0 } ?? 0
            guess = EncodingGuess(encoding: forcedEncoding, confidence: 1, reason: "forced with --encoding", bomLength: bom)
        } else {
            guess = EncodingDetector.detect(sample, isWholeFile: eof && ahead.count <= EncodingDetector.sampleSize)
        }
        encoding = guess.encoding
        confidence = guess.confidence
        reason = guess.reason
        lookaheadIndex = guess.bomLength
        rawOffset = guess.bomLength
        onlyASCIISoFar = forcedEncoding == nil && guess.encoding == .utf8 && !sample.contains { $0 >= 0x80 }
        decoder = DecodedInput.makeDecoder(guess.encoding, startOffset: guess.bomLength)
        sink?.note("encoding", "\(guess.encoding.rawValue) (confidence \(DecodedInput.format(guess.confidence)): \(guess.reason))")
    }

    deinit { close(descriptor) }

    /// The next chunk of UTF-8 bytes (never empty); nil at the end of the file.
    /// - Throws: `IngestError` (`unreadable`) when reading fails.
    public func nextChunk() throws(IngestError) -> [UInt8]? {
        while !finished {
            var problems: [Int] = []
            let raw = try nextRawPiece()
            if onlyASCIISoFar { redetect(raw) }
            rawOffset += raw.count
            let output: [UInt8]
            if raw.isEmpty {
                finished = true
                output = decoder.finish(problems: &problems)
            } else {
                output = decoder.decode(raw, problems: &problems)
            }
            report(problems)
            if finished { reportSummary() }
            if !output.isEmpty { return output }
        }
        return nil
    }

    /// Reads the rest of the file, at most `limit` bytes of UTF-8.
    /// - Throws: `IngestError` (`oversizedField`) past the limit, or when reading fails.
    public func readAll(limit: Int) throws(IngestError) -> [UInt8] {
        var all: [UInt8] = []
        while let chunk = try nextChunk() {
            all += chunk
            if all.count > limit {
                throw IngestError(.oversizedField, path: file.displayPath, message: "input larger than \(limit) bytes")
            }
        }
        return all
    }

    /// When the first non-ASCII bytes of a file that began with only ASCII
    /// are not UTF-8, switches to the encoding they look like. Nothing before
    /// them needs decoding again: ASCII reads the same in every encoding here.
    private func redetect(_ raw: [UInt8]) {
        guard let first = raw.firstIndex(where: { $0 >= 0x80 }) else { return }
        onlyASCIISoFar = false
        let window = Array(raw[first..<min(raw.count, first + EncodingDetector.sampleSize)])
        let guess = EncodingDetector.detect(window, isWholeFile: false)
        guard guess.encoding != .utf8, guess.encoding != .utf16LE, guess.encoding != .utf16BE else { return }
        let offset = rawOffset + first
        encoding = guess.encoding
        confidence = guess.confidence
        reason = "\(guess.reason), from byte \(offset) (ASCII before it)"
        decoder = DecodedInput.makeDecoder(guess.encoding, startOffset: rawOffset)
        sink?.note("encoding", "\(encoding.rawValue) (confidence \(DecodedInput.format(confidence)): \(reason))")
    }

    // MARK: - Reading

    private func nextRawPiece() throws(IngestError) -> [UInt8] {
        if lookaheadIndex < lookahead.count {
            let end = min(lookahead.count, lookaheadIndex + readSize)
            let piece = Array(lookahead[lookaheadIndex..<end])
            lookaheadIndex = end
            if end == lookahead.count { lookahead = [] ; lookaheadIndex = 0 }
            return piece
        }
        if atEndOfFile { return [] }
        let piece = try DecodedInput.read(descriptor, count: readSize, path: file.displayPath)
        if piece.isEmpty { atEndOfFile = true }
        return piece
    }

    /// One `read(2)` of up to `count` bytes (empty at the end of the file).
    private static func read(_ fd: Int32, count: Int, path: String) throws(IngestError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, written in
            written = 0
            while true {
                let n = Glibc.read(fd, buffer.baseAddress, count)
                if n >= 0 { written = n; return }
                if errno == EINTR { continue }
                failure = errno
                return
            }
        }
        if failure != 0 {
            throw IngestError(.unreadable, path: path, message: "read failed: \(String(cString: strerror(failure)))")
        }
        return bytes
    }

    static func makeDecoder(_ encoding: TextEncoding, startOffset: Int) -> any ByteDecoder {
        switch encoding {
        case .utf8: return UTF8Repairer(startOffset: startOffset)
        case .windows1252: return Windows1252Decoder()
        case .utf16LE, .utf16BE, .gb18030, .big5:
            // glibc always has these; should it not, bytes still come out (as U+FFFD) rather than nothing.
            return IconvConverter(from: encoding, startOffset: startOffset) ?? UTF8Repairer(startOffset: startOffset)
        }
    }

    // MARK: - Reporting

    private func report(_ offsets: [Int]) {
        for offset in offsets {
            invalidSequenceCount += 1
            guard invalidSequenceCount <= Self.reportedInvalidLimit else { continue }
            sink?.warn(IngestError(.invalidEncoding, path: file.displayPath, byteOffset: offset,
                                   message: "invalid \(encoding.rawValue) byte sequence, read as U+FFFD"))
        }
    }

    private func reportSummary() {
        guard invalidSequenceCount > Self.reportedInvalidLimit else { return }
        sink?.warn(IngestError(.invalidEncoding, path: file.displayPath,
                               message: "\(invalidSequenceCount) invalid \(encoding.rawValue) byte sequences in all, read as U+FFFD (the first \(Self.reportedInvalidLimit) are reported one by one)"))
    }

    static func format(_ confidence: Double) -> String {
        let hundredths = Int((confidence * 100).rounded())
        return hundredths >= 100 ? "1" : "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
