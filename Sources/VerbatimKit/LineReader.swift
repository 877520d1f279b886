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
        while true {
            if start < end {
                let found: Int? = buffer.withUnsafeBufferPointer { buf in
                    guard let p = memchr(buf.baseAddress! + start, 0x0A, end - start) else { return nil }
                    return buf.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                }
                if let nl = found {
                    let piece = buffer[start..<nl]
                    start = nl + 1
                    return finish(piece)
                }
                // No newline in the buffer: keep what we have and read on.
                append(buffer[start..<end])
                start = end
            }
            if eof {
                if pending.isEmpty && overflow == 0 { return nil }
                return finish([][...])
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

    private func finish(_ last: ArraySlice<UInt8>) -> Line {
        lineNumber += 1
        append(last)
        defer {
            pending = []
            overflow = 0
        }
        if overflow > 0 { return .tooLong(length: overflow, number: lineNumber) }
        var line = pending
        if line.last == 0x0D { line.removeLast() }
        if lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        return .bytes(line, number: lineNumber)
    }
}
