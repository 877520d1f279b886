import Foundation

/// A file's bytes turned into UTF-8, chunk by chunk, whatever its encoding.
///
/// The encoding is detected from the first bytes (BOM, UTF-8 validity,
/// GB18030/Big5/Windows-1252 plausibility) unless forced; chunks always end on
/// a character boundary, and a BOM never reaches the reader.
///
/// ```swift
/// let input = try DecodedInput(InputFile(path: "survey.csv"), forcedEncoding: nil)
/// while let chunk = try input.nextChunk() { consume(chunk) }
/// ```
///
/// TODO(ingest-encoding): detection and decoding of non-UTF-8 encodings (this first
/// version reads UTF-8 only and strips a BOM).
public final class DecodedInput {
    public let file: InputFile
    /// The encoding being decoded.
    public private(set) var encoding: TextEncoding
    /// How sure detection is (1 for a BOM or a forced encoding).
    public private(set) var confidence: Double
    /// Why this encoding was chosen, in words (`BOM`, `valid UTF-8`, `forced`…).
    public private(set) var reason: String

    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var atStart = true
    private var finished = false
    static let chunkSize = 1 << 20

    /// Opens `file` and detects its encoding.
    /// - Throws: `IngestError` (`unreadable`) when the file cannot be opened.
    public init(_ file: InputFile, forcedEncoding: TextEncoding?, sink: RecordSink? = nil) throws(IngestError) {
        self.file = file
        guard let h = FileHandle(forReadingAtPath: file.path) else {
            throw IngestError(.unreadable, path: file.displayPath, message: "cannot open file")
        }
        self.handle = h
        self.encoding = forcedEncoding ?? .utf8
        self.confidence = 1
        self.reason = forcedEncoding == nil ? "default" : "forced"
    }

    deinit { try? handle.close() }

    /// The next chunk of UTF-8 bytes; nil at the end of the file.
    /// - Throws: `IngestError` when reading fails.
    public func nextChunk() throws(IngestError) -> [UInt8]? {
        if finished { return nil }
        let data: Data
        do {
            data = try handle.read(upToCount: Self.chunkSize) ?? Data()
        } catch {
            throw IngestError(.unreadable, path: file.displayPath, message: "read failed: \(error.localizedDescription)")
        }
        if data.isEmpty {
            finished = true
            return nil
        }
        var bytes = [UInt8](data)
        if atStart {
            atStart = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        return bytes
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
}
