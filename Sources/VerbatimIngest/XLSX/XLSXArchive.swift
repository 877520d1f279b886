import Foundation
import ZIPFoundation

/// An `.xlsx` file opened as a ZIP archive, with every part read under a
/// size cap so a ZIP bomb stops with an error instead of filling memory or disk.
///
/// ```swift
/// let archive = try XLSXArchive(file: InputFile(path: "survey.xlsx"), limits: XLSXLimits())
/// let workbook = try archive.bytes(of: "xl/workbook.xml")
/// ```
final class XLSXArchive {
    let file: InputFile
    let limits: XLSXLimits
    private let directory: ZIPDirectory
    private let handle: FileHandle
    /// The archive's size on disk: no entry can honestly be larger.
    private let fileSize: UInt64

    /// Opens `file`.
    /// - Throws: `IngestError` when the file is empty, not a ZIP archive, or truncated.
    init(file: InputFile, limits: XLSXLimits) throws(IngestError) {
        self.file = file
        self.limits = limits
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw IngestError(.unreadable, path: file.displayPath, message: "cannot open file")
        }
        self.handle = handle
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        fileSize = (try? handle.seekToEnd()) ?? 0
        if head.isEmpty { throw IngestError(.emptyFile, path: file.displayPath, message: "the file is empty") }
        do {
            directory = try ZIPDirectory(handle: handle, fileSize: fileSize)
        } catch {
            if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                throw IngestError(.truncated, path: file.displayPath,
                                  message: "not a readable Excel workbook: the ZIP archive is truncated or damaged (no central directory)")
            }
            throw IngestError(.binaryFile, path: file.displayPath, message: "not an Excel .xlsx workbook (not a ZIP archive)")
        }
    }

    deinit { try? handle.close() }

    /// Whether the archive holds `path`.
    func contains(_ path: String) -> Bool { directory.entries[path] != nil }

    /// The bytes of a part, in memory.
    /// - Throws: `IngestError` when the part is missing, damaged or larger than the cap.
    func bytes(of path: String) throws(IngestError) -> [UInt8] {
        var out: [UInt8] = []
        try extract(path) { out.append(contentsOf: $0) }
        return out
    }

    /// Writes a part to a new temporary file (for streaming large sheets) and returns its path.
    /// - Throws: `IngestError` as ``bytes(of:)``, or `unreadable` when the temporary file cannot be written.
    func temporaryCopy(of path: String) throws(IngestError) -> String {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-xlsx-\(UUID().uuidString).xml").path
        guard FileManager.default.createFile(atPath: tmp, contents: nil), let out = FileHandle(forWritingAtPath: tmp) else {
            throw IngestError(.unreadable, path: file.displayPath, message: "cannot create a temporary file to read '\(path)'")
        }
        defer { try? out.close() }
        do {
            try extract(path) { try out.write(contentsOf: $0) }
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            throw error
        }
        return tmp
    }

    private struct OverCap: Error {}
    private struct PastEnd: Error {}

    private func extract(_ path: String, into consume: (Data) throws -> Void) throws(IngestError) {
        guard let entry = directory.entries[path] else {
            throw IngestError(.malformedMarkup, path: file.displayPath, message: "the workbook has no part '\(path)'")
        }
        let cap = limits.maxPartBytes
        if entry.uncompressedSize > UInt64(cap) { throw overCap(path) }
        guard entry.method == 0 || entry.method == 8 else {
            throw IngestError(.unreadable, path: file.displayPath, message: "part '\(path)' uses ZIP method \(entry.method) (only stored and deflate are read)")
        }
        var total = 0
        do {
            let start = try ZIPDirectory.dataOffset(of: entry, handle: handle, fileSize: fileSize)
            try handle.seek(toOffset: start)
            var remaining = entry.compressedSize
            // Reads at most the entry's own bytes and throws past them, so a cut deflate
            // stream ends in an error instead of an endless wait for more input.
            let provider: (Int64, Int) throws -> Data = { _, size in
                guard remaining > 0 else { throw PastEnd() }
                let chunk = try self.handle.read(upToCount: Int(min(UInt64(size), remaining))) ?? Data()
                guard !chunk.isEmpty else { throw PastEnd() }
                remaining -= UInt64(chunk.count)
                return chunk
            }
            try withoutActuallyEscaping(consume) { consume in
                let counted: (Data) throws -> Void = { data in
                    total += data.count
                    if total > cap { throw OverCap() }
                    try consume(data)
                }
                if entry.method == 0 {
                    while remaining > 0 { try counted(try provider(0, 1 << 16)) }
                } else {
                    _ = try Data.decompress(size: Int64(entry.compressedSize), bufferSize: 1 << 16, skipCRC32: true,
                                            provider: provider, consumer: counted)
                }
            }
        } catch is OverCap {
            throw overCap(path)
        } catch {
            throw IngestError(.unreadable, path: file.displayPath, message: "part '\(path)' cannot be extracted (damaged ZIP entry)")
        }
    }

    private func overCap(_ path: String) -> IngestError {
        IngestError(.oversizedField, path: file.displayPath,
                    message: "part '\(path)' expands beyond \(limits.maxPartBytes) bytes (ZIP bomb?); refused")
    }
}

/// Limits on what an `.xlsx` file may expand to.
public struct XLSXLimits: Sendable, Hashable {
    /// The largest uncompressed part (sheet, shared strings…), 1 GiB by default.
    public var maxPartBytes: Int

    public init(maxPartBytes: Int = 1 << 30) {
        self.maxPartBytes = maxPartBytes
    }
}
