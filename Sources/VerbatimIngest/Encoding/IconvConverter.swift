import Glibc

/// A streaming glibc `iconv` conversion to UTF-8 (GB18030, Big5/CP950, UTF-16).
///
/// A multibyte sequence cut by the end of a piece is carried to the next one;
/// an invalid one becomes U+FFFD and conversion goes on after it.
///
/// ```swift
/// let d = try IconvConverter(from: .gb18030, startOffset: 0)
/// var problems: [Int] = []
/// d.decode([0xD6, 0xD0], problems: &problems)   // "中" in UTF-8
/// ```
final class IconvConverter: ByteDecoder {
    private let descriptor: iconv_t
    private let skipLength: Int
    private var nextOffset: Int
    private var carry: [UInt8] = []

    /// Opens the conversion; nil when glibc does not know the encoding.
    init?(from encoding: TextEncoding, startOffset: Int) {
        guard let name = encoding.iconvName else { return nil }
        let cd = iconv_open("UTF-8", name)
        guard let cd, Int(bitPattern: cd) != -1 else { return nil }
        descriptor = cd
        skipLength = encoding.invalidSkipLength
        nextOffset = startOffset
    }

    deinit { iconv_close(descriptor) }

    func decode(_ fresh: [UInt8], problems: inout [Int]) -> [UInt8] {
        let bytes = carry.isEmpty ? fresh : carry + fresh
        let base = nextOffset - carry.count
        nextOffset += fresh.count
        carry = []
        return convert(bytes, base: base, isLast: false, problems: &problems)
    }

    func finish(problems: inout [Int]) -> [UInt8] {
        guard !carry.isEmpty else { return [] }
        let bytes = carry
        carry = []
        return convert(bytes, base: nextOffset - bytes.count, isLast: true, problems: &problems)
    }

    private func convert(_ bytes: [UInt8], base: Int, isLast: Bool, problems: inout [Int]) -> [UInt8] {
        if bytes.isEmpty { return [] }
        // Converting never grows text by more than 3× (one skipped byte → U+FFFD,
        // three bytes), so one allocation suffices and E2BIG cannot happen.
        let capacity = bytes.count * 3 + 16
        var leftover = 0
        var found: [Int] = []
        let skip = skipLength
        var input = bytes
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
            input.withUnsafeMutableBufferPointer { inBuffer in
                let inBase = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inPtr: UnsafeMutablePointer<CChar>? = inBase
                var inLeft = inBuffer.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = capacity
                while inLeft > 0 {
                    let result = iconv(descriptor, &inPtr, &inLeft, &outPtr, &outLeft)
                    if result != -1 { break }
                    let error = errno
                    let at = inBase.distance(to: inPtr!)
                    if error == EINVAL && !isLast {
                        leftover = inLeft
                        break
                    }
                    if error == EILSEQ || error == EINVAL {
                        found.append(base + at)
                        for byte in replacementCharacterUTF8 {
                            outPtr!.pointee = CChar(bitPattern: byte)
                            outPtr! += 1
                        }
                        outLeft -= 3
                        let step = min(skip, inLeft)
                        inPtr! += step
                        inLeft -= step
                        continue
                    }
                    // E2BIG cannot happen (see capacity); stop rather than loop.
                    break
                }
                written = capacity - outLeft
            }
        }
        if leftover > 0 { carry = Array(bytes[(bytes.count - leftover)...]) }
        problems.append(contentsOf: found)
        return output
    }
}
