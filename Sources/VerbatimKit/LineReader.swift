#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in 1 MiB chunks, in bounded memory.
///
/// Lines keep their bytes (no `String` until needed: shared/PLATFORM.md
/// measured a String per line capping any reader near 210 MB/s). A line
/// longer than `maxLineBytes` is not buffered: it is reported as too long
/// and skipped to its end. A UTF-8 BOM on the first line is dropped, as is
/// the `\r` of CRLF endings.
public final class LineReader {
    /// One line of input.
    public enum Line: Sendable {
        case bytes([UInt8], number: Int)
        case tooLong(length: Int, number: Int)
    }

    private let fd: Int32
    private let ownsFD: Bool
    public let maxLineBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    private var end = 0
    private var eof = false
    private var lineNumber = 0
    /// The start of a line that spans chunks (or the whole of an over-long one is counted in `overflow`).
    private var pending: [UInt8] = []
    private var overflow = 0

    /// Reads standard input.
    public init(standardInputWithMaxLineBytes max: Int) {
        fd = 0
        ownsFD = false
        maxLineBytes = max
    }

    /// Opens a file; nil when it cannot be opened (`errno` says why).
    public init?(path: String, maxLineBytes max: Int) {
        let f = open(path, O_RDONLY)
        if f < 0 { return nil }
        fd = f
        ownsFD = true
        maxLineBytes = max
    }

    deinit { if ownsFD { close(fd) } }

    /// The next line, or nil at the end of input.
    public func next() -> Line? {
        withNextLine { bytes, tooLong, number in
            if let bytes { return .bytes(Array(bytes), number: number) }
            return .tooLong(length: tooLong, number: number)
        }
    }

    /// Appends whole lines to `batch` until it holds `maxLines` lines or at
    /// least `maxBytes` bytes, or the input ends; false when no line was left.
    ///
    /// Copies each line once, straight from the read buffer into the batch
    /// (`next()` allocates an array per line).
    package func readLines(into batch: inout LineBatch, maxLines: Int, maxBytes: Int) -> Bool {
        let before = batch.lines.count
        while batch.lines.count - before < maxLines && batch.bytes.count < maxBytes {
            let more: Void? = withNextLine { bytes, tooLong, number in
                let start = batch.bytes.count
                if let bytes { batch.bytes.append(contentsOf: bytes) }
                batch.lines.append(LineBatch.Entry(start: start, end: batch.bytes.count, number: number,
                                                   tooLongLength: bytes == nil ? tooLong : nil))
            }
            if more == nil { break }
        }
        return batch.lines.count > before
    }

    /// Finds the next line and calls `body` with its bytes (valid only during
    /// the call; CR and first-line BOM removed), or with nil and the length of
    /// a line over the limit; nil at the end of input.
    private func withNextLine<R>(_ body: (UnsafeBufferPointer<UInt8>?, Int, Int) -> R) -> R? {
        while true {
            if start < end {
                let found: Int? = buffer.withUnsafeBufferPointer { buf in
                    guard let p = memchr(buf.baseAddress! + start, 0x0A, end - start) else { return nil }
                    return buf.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                }
                if let nl = found {
                    let lineStart = start
                    start = nl + 1
                    if pending.isEmpty && overflow == 0 {
                        // The whole line lies in the buffer (the common case): no copy.
                        lineNumber += 1
                        let length = nl - lineStart
                        if length > maxLineBytes { return body(nil, length, lineNumber) }
                        return buffer.withUnsafeBufferPointer { buf in
                            body(trimmed(UnsafeBufferPointer(rebasing: buf[lineStart..<nl])), 0, lineNumber)
                        }
                    }
                    append(buffer[lineStart..<nl])
                    return finishPending(body)
                }
                // No newline in the buffer: keep what we have and read on.
                append(buffer[start..<end])
                start = end
            }
            if eof {
                if pending.isEmpty && overflow == 0 { return nil }
                return finishPending(body)
            }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 {
                eof = true
            } else {
                start = 0
                end = n
            }
        }
    }

    private func append(_ piece: ArraySlice<UInt8>) {
        if overflow > 0 || pending.count + piece.count > maxLineBytes {
            overflow += pending.count + piece.count
            pending.removeAll(keepingCapacity: false)
        } else {
            pending.append(contentsOf: piece)
        }
    }

    /// Ends the line gathered in `pending` (or counted in `overflow`).
    private func finishPending<R>(_ body: (UnsafeBufferPointer<UInt8>?, Int, Int) -> R) -> R {
        lineNumber += 1
        let line = pending
        let length = overflow
        pending = []
        overflow = 0
        if length > 0 { return body(nil, length, lineNumber) }
        return line.withUnsafeBufferPointer { body(trimmed($0), 0, lineNumber) }
    }

    /// Drops the `\r` of a CRLF ending and, on the first line, a UTF-8 BOM.
    private func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0
        var hi = line.count
        if hi > 0 && line[hi - 1] == 0x0D { hi -= 1 }
        if lineNumber == 1 && hi - lo >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF { lo = 3 }
        return UnsafeBufferPointer(rebasing: line[lo..<hi])
    }
}

/// Lines read together: their bytes back to back and where each one lies.
package struct LineBatch: Sendable {
    /// One line of the batch.
    package struct Entry: Sendable {
        /// The line's bytes are `bytes[start..<end]` (empty for a line over the limit).
        package var start: Int
        package var end: Int
        /// 1-based line number in the input.
        package var number: Int
        /// Set for a line longer than the limit: its length (it was skipped, not stored).
        package var tooLongLength: Int?
    }

    package var bytes: [UInt8] = []
    package var lines: [Entry] = []

    package init() {}
}
