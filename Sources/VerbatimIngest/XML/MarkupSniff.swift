import Foundation

/// A first look at a markup file before the parser sees it: empty files and
/// binary junk get a clear error instead of libxml2's "Document is empty".
enum MarkupSniff {
    static let sampleSize = 4096

    /// Checks the start of `file`.
    /// - Throws: `IngestError` `.unreadable`, `.emptyFile`, or `.binaryFile`
    ///   (NUL or other control bytes in the first 4 KiB, UTF-16 aside).
    static func check(_ file: InputFile, kind: String) throws(IngestError) {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw IngestError(.unreadable, path: file.displayPath, message: "cannot open file")
        }
        defer { try? handle.close() }
        let sample: [UInt8]
        do {
            sample = [UInt8](try handle.read(upToCount: sampleSize) ?? Data())
        } catch {
            throw IngestError(.unreadable, path: file.displayPath, message: "read failed: \(error.localizedDescription)")
        }
        if sample.isEmpty { throw IngestError(.emptyFile, path: file.displayPath, message: "empty file") }
        if sample.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw IngestError(.emptyFile, path: file.displayPath, message: "file holds only whitespace")
        }
        if isUTF16(sample) { return }
        var control = 0
        for (offset, b) in sample.enumerated() {
            if b == 0 {
                throw IngestError(.binaryFile, path: file.displayPath, byteOffset: offset,
                                  message: "binary data (NUL byte), not \(kind)")
            }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        if control * 100 > sample.count {
            throw IngestError(.binaryFile, path: file.displayPath, message: "binary data (control bytes), not \(kind)")
        }
    }

    private static func isUTF16(_ s: [UInt8]) -> Bool {
        guard s.count >= 2 else { return false }
        if (s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF) { return true }
        return (s[0] == 0x3C && s[1] == 0) || (s[0] == 0 && s[1] == 0x3C)
    }
}
