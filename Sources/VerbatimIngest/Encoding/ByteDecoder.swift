/// Turns bytes of one encoding into UTF-8, one piece at a time.
///
/// A decoder keeps an incomplete multibyte sequence at the end of a piece for
/// the next call, so the UTF-8 it returns always ends on a scalar boundary.
/// Invalid sequences come out as U+FFFD and their file offsets are appended to
/// `problems`.
protocol ByteDecoder {
    /// Decodes the next piece of the file.
    /// - Parameters:
    ///   - bytes: the next bytes of the file, in order.
    ///   - problems: receives the file offset of each invalid sequence.
    /// - Returns: UTF-8, possibly empty when the piece only began a sequence.
    mutating func decode(_ bytes: [UInt8], problems: inout [Int]) -> [UInt8]

    /// Ends the input: a sequence left incomplete is invalid.
    mutating func finish(problems: inout [Int]) -> [UInt8]
}

/// U+FFFD REPLACEMENT CHARACTER in UTF-8.
let replacementCharacterUTF8: [UInt8] = [0xEF, 0xBF, 0xBD]
