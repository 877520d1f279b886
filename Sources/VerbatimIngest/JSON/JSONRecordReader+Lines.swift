extension JSONRecordReader {
    /// Reads JSON Lines: one record per line, the line number is the source line.
    /// A malformed line is skipped and reading resumes at the next line; a line
    /// longer than the limit is skipped without being kept in memory.
    static func readLines(first: [UInt8], rest input: DecodedInput, context: inout Context) throws(IngestError) {
        let limit = context.options.maxFieldBytes
        var current: [UInt8] = []
        var oversized = false
        var lineNumber = context.startLine
        var ordinal = 0

        func finishLine(atEndOfFile: Bool, context: inout Context) {
            defer {
                current.removeAll(keepingCapacity: current.capacity <= 1 << 16)
                oversized = false
            }
            if oversized {
                ordinal += 1
                context.sink.skip(context.error(.oversizedField, line: lineNumber, "record \(ordinal) is larger than \(limit) bytes; skipped"))
                return
            }
            var slice = current[...]
            while let f = slice.first, isWhitespace(f) { slice.removeFirst() }
            while let l = slice.last, isWhitespace(l) { slice.removeLast() }
            guard !slice.isEmpty else { return }
            ordinal += 1
            parseAndHandle(slice, line: lineNumber, ordinal: ordinal, atEndOfFile: atEndOfFile, context: &context)
        }

        func consume(_ chunk: [UInt8], context: inout Context) {
            var start = 0
            while start < chunk.count {
                guard let nl = chunk[start...].firstIndex(of: 0x0A) else {
                    take(chunk[start...])
                    return
                }
                take(chunk[start..<nl])
                finishLine(atEndOfFile: false, context: &context)
                lineNumber += 1
                start = nl + 1
            }
        }

        func take(_ part: ArraySlice<UInt8>) {
            if oversized { return }
            if current.count + part.count > limit {
                oversized = true
                current = []
                return
            }
            current.append(contentsOf: part)
        }

        consume(first, context: &context)
        while let chunk = try input.nextChunk() { consume(chunk, context: &context) }
        finishLine(atEndOfFile: true, context: &context)
    }
}
