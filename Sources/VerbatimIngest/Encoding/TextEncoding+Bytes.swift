extension TextEncoding {
    /// The byte order mark that announces this encoding, if it has one.
    ///
    /// ```swift
    /// TextEncoding.utf16LE.byteOrderMark   // [0xFF, 0xFE]
    /// ```
    package var byteOrderMark: [UInt8]? {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        case .gb18030: [0x84, 0x31, 0x95, 0x33]
        case .big5, .windows1252: nil
        }
    }

    /// The name glibc `iconv_open` knows it by (nil when we decode it without iconv).
    ///
    /// Big5 is read as CP950, Microsoft's Big5, which is what Windows Excel
    /// writes for traditional Chinese (Big5 plus a few symbols such as €).
    var iconvName: String? {
        switch self {
        case .utf8, .windows1252: nil
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "CP950"
        }
    }

    /// Bytes to step over after an invalid sequence: a whole code unit for
    /// UTF-16, one byte for the multibyte encodings (so an ASCII delimiter that
    /// follows a broken lead byte survives).
    var invalidSkipLength: Int {
        switch self {
        case .utf16LE, .utf16BE: 2
        default: 1
        }
    }
}
