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
    private let archive: Archive

    /// Opens `file`.
    /// - Throws: `IngestError` — `emptyFile`, `unreadable`, `truncated` (a ZIP
    ///   without its central directory), `binaryFile` (not a ZIP at all).
    init(file: InputFile, limits: XLSXLimits) throws(IngestError) {
        self.file = file
        self.limits = limits
        let url = URL(fileURLWithPath: file.path)
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw IngestError(.unreadable, path: file.displayPath, message: "cannot open file")
        }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        if head.isEmpty { throw IngestError(.emptyFile, path: file.displayPath, message: "the file is empty") }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                throw IngestError(.truncated, path: file.displayPath,
                                  message: "not a readable Excel workbook: the ZIP archive is truncated or damaged (no central directory)")
            }
            throw IngestError(.binaryFile, path: file.displayPath, message: "not an Excel .xlsx workbook (not a ZIP archive)")
        }
    }

    /// Whether the archive holds `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

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

    private func extract(_ path: String, into consume: (Data) throws -> Void) throws(IngestError) {
        guard let entry = archive[path] else {
            throw IngestError(.malformedMarkup, path: file.displayPath, message: "the workbook has no part '\(path)'")
        }
        let cap = limits.maxPartBytes
        if entry.uncompressedSize > UInt64(cap) { throw overCap(path) }
        var total = 0
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { data in
                total += data.count
                if total > cap { throw OverCap() }
                try consume(data)
            }
        } catch is OverCap {
            throw overCap(path)
        } catch {
            throw IngestError(.unreadable, path: file.displayPath, message: "part '\(path)' cannot be extracted (damaged ZIP entry: \(error))")
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
