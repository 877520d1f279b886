/// Finds one RFC 4180 row in a buffer of UTF-8 bytes.
///
/// Pure and restartable: given the buffer and where a row starts, it answers
/// with the row's cells (as spans), "need more input", or a broken row with
/// where reading should resume. ``CSVRowSource`` owns the buffer and the
/// line count.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks (LF,
/// CRLF or CR; each counts one line). A quote inside an unquoted field is
/// kept as it is. A quoted field is taken as broken — an unterminated quote
/// — when the input ends inside it, when it spans more than
/// `maxQuotedLines` lines, or when a field that spans lines closes with a
/// quote not followed by a delimiter or line end. Reading then resumes on
/// the line after the one where the quote opened, so one stray quote costs
/// one row, not the rest of the file.
///
/// ```swift
/// let scanner = CSVRowScanner(delimiter: UInt8(ascii: ","), maxFieldBytes: 1 << 20)
/// Array("a,\"b\"\"c\"\n".utf8).withUnsafeBufferPointer { scanner.scan($0, from: 0, atEnd: true) }
/// // .row(cells: [.plain(0, 1), .quoted(3, 7, escaped: true)], end: 9, lines: 1)
/// ```
struct CSVRowScanner {
    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")

    var delimiter: UInt8
    /// The largest field, in bytes.
    var maxFieldBytes: Int
    /// The largest row (many fields each under the field limit).
    var maxRowBytes: Int
    /// Line breaks a quoted field may hold before it counts as unterminated.
    var maxQuotedLines: Int

    /// The default for `maxQuotedLines`: far more than any real comment holds,
    /// small enough that a stray quote is caught after a short rescan.
    static let defaultMaxQuotedLines = 1_000

    init(delimiter: UInt8, maxFieldBytes: Int, maxQuotedLines: Int = CSVRowScanner.defaultMaxQuotedLines) {
        self.delimiter = delimiter
        self.maxFieldBytes = max(1, maxFieldBytes)
        self.maxRowBytes = max(4 * self.maxFieldBytes, 1 << 20)
        self.maxQuotedLines = max(1, maxQuotedLines)
    }

    enum Outcome: Equatable {
        /// A row; `end` is the index after its line break, `lines` the line breaks consumed.
        case row(cells: [CSVCellSpan], end: Int, lines: Int)
        /// The row is not complete in the buffer: read more and scan again from the same start.
        case needMore
        /// A row that cannot be read.
        case broken(Break)
    }

    /// Why a row is broken and where to go on.
    struct Break: Equatable {
        var code: IngestError.Code
        /// What went wrong, for the message (never the row's text).
        var reason: String
        /// Lines from the row's first line to the line where the quote opened.
        var quoteLine: Int?
        var resume: Resume
    }

    enum Resume: Equatable {
        /// Go on at `index`, `lines` line breaks after the row's start.
        case at(index: Int, lines: Int)
        /// Skip forward from `index` (`lines` after the row's start) past the next line break.
        case nextLineFrom(index: Int, lines: Int)
        /// Nothing readable is left.
        case end
    }

    /// Scans the row starting at `start` (`start < p.count`).
    /// - Parameter atEnd: the buffer holds the rest of the input.
    func scan(_ p: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool) -> Outcome {
        var cells: [CSVCellSpan] = []
        return scan(p, from: start, atEnd: atEnd, reusing: &cells)
    }

    /// ``scan(_:from:atEnd:)`` with the cell array taken from `storage` (emptied, its capacity
    /// kept): a row's array grew from empty four times for six cells, ≈ 1,500 instructions a
    /// row (callgrind). Hand the row's cells back through `storage` to reuse them.
    func scan(_ p: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, reusing storage: inout [CSVCellSpan]) -> Outcome {
        let n = p.count
        let delimiter = self.delimiter
        let quote = Self.quote, lf = Self.lf, cr = Self.cr
        var cells: [CSVCellSpan] = []
        swap(&cells, &storage)
        cells.removeAll(keepingCapacity: true)
        var i = start
        var lines = 0

        while true {
            // At the start of a field.
            if i - start > maxRowBytes {
                return .broken(Break(code: .oversizedField, reason: "row larger than \(maxRowBytes) bytes", quoteLine: nil,
                                     resume: .nextLineFrom(index: i, lines: lines)))
            }
            if i == n {
                if !atEnd { return .needMore }
                cells.append(.plain(start: i, end: i))   // "a,b," then the end: an empty last cell
                return .row(cells: cells, end: i, lines: lines)
            }
            if p[i] == quote {
                let open = i
                let openLines = lines
                var fieldLines = 0
                var escaped = false
                // The line after the one where the quote opened: where to resume if the field is broken.
                var resume: (index: Int, lines: Int)? = nil
                var j = i + 1
                func broken(_ code: IngestError.Code, _ reason: String) -> Outcome {
                    let where_: Resume = resume.map { .at(index: $0.index, lines: $0.lines) }
                        ?? (j >= n && atEnd ? .end : .nextLineFrom(index: j, lines: lines))
                    return .broken(Break(code: code, reason: reason, quoteLine: openLines, resume: where_))
                }
                while true {
                    j = Self.firstOf(quote, lf, cr, in: p, from: j)
                    if j - open > maxFieldBytes {
                        return broken(.oversizedField, "quoted field larger than \(maxFieldBytes) bytes")
                    }
                    if j >= n {
                        if !atEnd { return .needMore }
                        return broken(.unterminatedQuote, "quoted field never closes (the file ends inside it)")
                    }
                    let b = p[j]
                    if b == quote {
                        if j + 1 >= n && !atEnd { return .needMore }
                        if j + 1 < n && p[j + 1] == quote {
                            escaped = true
                            j += 2
                            continue
                        }
                        break   // the closing quote
                    }
                    // A line break inside the field.
                    if b == cr {
                        if j + 1 >= n && !atEnd { return .needMore }
                        if j + 1 < n && p[j + 1] == lf { j += 1 }
                    }
                    j += 1
                    lines += 1
                    fieldLines += 1
                    if resume == nil { resume = (j, lines) }
                    if fieldLines > maxQuotedLines {
                        return broken(.unterminatedQuote, "quoted field still open after \(maxQuotedLines) lines")
                    }
                }
                // p[j] is the closing quote.
                let k = j + 1
                if k == n || p[k] == delimiter || p[k] == lf || p[k] == cr {
                    cells.append(.quoted(start: open + 1, end: j, escaped: escaped))
                    i = k
                } else if fieldLines > 0 {
                    // A quote that spans lines and closes on text: the quotes are out of step.
                    return broken(.unterminatedQuote, "quoted field spanning lines closes with a quote followed by text")
                } else {
                    var m = k
                    while m < n {
                        let c = p[m]
                        if c == delimiter || c == lf || c == cr { break }
                        m += 1
                    }
                    if m - open > maxFieldBytes {
                        return .broken(Break(code: .oversizedField, reason: "field larger than \(maxFieldBytes) bytes", quoteLine: nil,
                                             resume: .nextLineFrom(index: m, lines: lines)))
                    }
                    if m == n && !atEnd { return .needMore }
                    cells.append(.quotedThenPlain(start: open + 1, end: j, escaped: escaped, restEnd: m))
                    i = m
                }
            } else {
                let j = Self.firstOf(delimiter, lf, cr, in: p, from: i)
                if j - i > maxFieldBytes {
                    return .broken(Break(code: .oversizedField, reason: "field larger than \(maxFieldBytes) bytes", quoteLine: nil,
                                         resume: .nextLineFrom(index: j, lines: lines)))
                }
                if j == n && !atEnd { return .needMore }
                cells.append(.plain(start: i, end: j))
                i = j
            }
            // After a field: a delimiter, a line break or the end.
            if i == n { return .row(cells: cells, end: i, lines: lines) }
            let b = p[i]
            if b == delimiter {
                i += 1
                continue
            }
            if b == cr {
                if i + 1 >= n && !atEnd { return .needMore }
                i += (i + 1 < n && p[i + 1] == lf) ? 2 : 1
            } else {
                i += 1
            }
            return .row(cells: cells, end: i, lines: lines + 1)
        }
    }

    /// The index of the first byte from `j` on that is `a`, `b` or `c`; `p.count` when none.
    ///
    /// Eight bytes at a time (SWAR): a word XORed with a byte repeated has a zero byte exactly
    /// where the word holds that byte, and `(x − 0x01…01) & ~x & 0x80…80` flags zero bytes with
    /// the lowest flag on the first one (borrows only run upward). Fields are mostly long runs
    /// of text: the byte-at-a-time loop was ≈ 20 instructions a byte of the row scan (callgrind).
    @inline(__always)
    static func firstOf(_ a: UInt8, _ b: UInt8, _ c: UInt8, in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = p.count
        var j = start
        if let base = p.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let ma = ones &* UInt64(a), mb = ones &* UInt64(b), mc = ones &* UInt64(c)
            let raw = UnsafeRawPointer(base)
            while j + 8 <= n {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                let xa = w ^ ma, xb = w ^ mb, xc = w ^ mc
                let hit = (((xa &- ones) & ~xa) | ((xb &- ones) & ~xb) | ((xc &- ones) & ~xc)) & highs
                if hit != 0 { return j + hit.trailingZeroBitCount >> 3 }
                j += 8
            }
        }
        while j < n {
            let x = p[j]
            if x == a || x == b || x == c { return j }
            j += 1
        }
        return n
    }
}
