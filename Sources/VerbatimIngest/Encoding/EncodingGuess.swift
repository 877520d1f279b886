/// What encoding detection concluded about a file's first bytes.
///
/// ```swift
/// let guess = EncodingDetector.detect(Array("送餐快".utf8), isWholeFile: true)
/// guess.encoding     // .utf8
/// guess.confidence   // 0.9
/// ```
public struct EncodingGuess: Sendable, Hashable {
    /// The encoding to decode with.
    public var encoding: TextEncoding
    /// How sure detection is, 0…1 (1 for a BOM).
    public var confidence: Double
    /// Why, in words (`BOM`, `valid UTF-8 (12 multibyte characters)`…).
    public var reason: String
    /// Bytes of byte order mark to drop before decoding.
    public var bomLength: Int

    public init(encoding: TextEncoding, confidence: Double, reason: String, bomLength: Int = 0) {
        self.encoding = encoding
        self.confidence = confidence
        self.reason = reason
        self.bomLength = bomLength
    }
}
