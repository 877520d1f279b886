import Foundation

/// The central directory of a ZIP file: where each entry's data starts, how it
/// is stored and how big it claims to be.
///
/// Read by hand (≈ 80 lines) because ZIPFoundation 0.9.20 hides the data
/// offset, and its own extraction loops forever on a deflate stream that is
/// cut short (its reader returns empty chunks at end of file and the inflate
/// loop waits for more; found by `Fuzz/run --formats xlsx`). With the offset we
/// feed ZIPFoundation's public `Data.decompress` from a reader that stops at
/// the entry's end and throws instead of returning nothing.
struct ZIPDirectory {
    struct Entry: Hashable {
        var path: String
        /// 0 = stored, 8 = deflate.
        var method: UInt16
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
    }

    enum Problem: Error {
        case notZip(String)
    }

    private(set) var entries: [String: Entry] = [:]

    /// Reads the directory from the end of the file.
    init(handle: FileHandle, fileSize: UInt64) throws {
        // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
        let tailLength = min(fileSize, 22 + 65_535)
        try handle.seek(toOffset: fileSize - tailLength)
        let tail = [UInt8](try handle.read(upToCount: Int(tailLength)) ?? Data())
        guard tail.count >= 22, let eocd = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
            tail[$0] == 0x50 && tail[$0 + 1] == 0x4B && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06
        }) else { throw Problem.notZip("no end-of-central-directory record") }
        let count = Int(Self.u16(tail, eocd + 10))
        let size = UInt64(Self.u32(tail, eocd + 12))
        let offset = UInt64(Self.u32(tail, eocd + 16))
        guard offset != 0xFFFF_FFFF, size != 0xFFFF_FFFF else { throw Problem.notZip("ZIP64 archives are not supported") }
        guard offset + size <= fileSize, size <= 64 << 20 else { throw Problem.notZip("central directory lies outside the file") }
        try handle.seek(toOffset: offset)
        let directory = [UInt8](try handle.read(upToCount: Int(size)) ?? Data())
        var p = 0
        for _ in 0..<count {
            guard p + 46 <= directory.count, Self.u32(directory, p) == 0x0201_4B50 else {
                throw Problem.notZip("damaged central directory entry")
            }
            let nameLength = Int(Self.u16(directory, p + 28))
            let extraLength = Int(Self.u16(directory, p + 30))
            let commentLength = Int(Self.u16(directory, p + 32))
            guard p + 46 + nameLength <= directory.count else { throw Problem.notZip("damaged central directory entry") }
            let name = String(decoding: directory[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(
                path: name, method: Self.u16(directory, p + 10), compressedSize: UInt64(Self.u32(directory, p + 20)),
                uncompressedSize: UInt64(Self.u32(directory, p + 24)), localHeaderOffset: UInt64(Self.u32(directory, p + 42)))
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// Where `entry`'s data starts, from its local header.
    static func dataOffset(of entry: Entry, handle: FileHandle, fileSize: UInt64) throws -> UInt64 {
        guard entry.localHeaderOffset + 30 <= fileSize else { throw Problem.notZip("local header outside the file") }
        try handle.seek(toOffset: entry.localHeaderOffset)
        let header = [UInt8](try handle.read(upToCount: 30) ?? Data())
        guard header.count == 30, u32(header, 0) == 0x0403_4B50 else { throw Problem.notZip("damaged local header") }
        let start = entry.localHeaderOffset + 30 + UInt64(u16(header, 26)) + UInt64(u16(header, 28))
        guard start + entry.compressedSize <= fileSize else { throw Problem.notZip("entry data runs past the end of the file") }
        return start
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
