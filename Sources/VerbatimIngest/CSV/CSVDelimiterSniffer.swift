/// Picks the delimiter of a delimited text file from its first rows.
///
/// Each candidate (`,` tab `;` `|`) splits the first rows with the real,
/// quote-aware scanner; the winner gives the same number of cells (more
/// than one) on the largest share of rows. Ties go to the candidate giving
/// more cells, then to the order comma, tab, semicolon, pipe. A file no
/// candidate splits is a one-column comma file.
///
/// ```swift
/// CSVDelimiterSniffer.sniff(Array("a;b;c\n1;2,5;3\n".utf8), atEnd: true).delimiter   // ";"
/// ```
enum CSVDelimiterSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ","), 0x09, UInt8(ascii: ";"), UInt8(ascii: "|")]
    /// Rows looked at.
    static let sampleRows = 50

    struct Choice: Equatable {
        var delimiter: UInt8
        /// Rows whose cell count is the most common one, out of `rows`.
        var consistentRows: Int
        var rows: Int
        var cells: Int
    }

    /// The delimiter of the text in `sample` (the start of the file).
    /// - Parameter atEnd: the sample is the whole file.
    static func sniff(_ sample: [UInt8], atEnd: Bool) -> Choice {
        var best = Choice(delimiter: candidates[0], consistentRows: 0, rows: 0, cells: 1)
        var bestScore = 0.0
        for delimiter in candidates {
            let counts = cellCounts(sample, delimiter: delimiter, atEnd: atEnd)
            guard !counts.isEmpty else { continue }
            // The most common cell count (the larger on a tie), and how many rows have it.
            var frequency: [Int: Int] = [:]
            for c in counts { frequency[c, default: 0] += 1 }
            let (cells, rows) = frequency.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }!
            guard cells > 1 else { continue }
            let score = Double(rows) / Double(counts.count)
            if score > bestScore || (score == bestScore && cells > best.cells) {
                best = Choice(delimiter: delimiter, consistentRows: rows, rows: counts.count, cells: cells)
                bestScore = score
            }
        }
        return best
    }

    /// Cells per row for the first rows of `sample` split on `delimiter`
    /// (blank rows left out; stops at a row cut by the sample's end or broken).
    static func cellCounts(_ sample: [UInt8], delimiter: UInt8, atEnd: Bool) -> [Int] {
        let scanner = CSVRowScanner(delimiter: delimiter, maxFieldBytes: 1 << 20)
        var counts: [Int] = []
        sample.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count && counts.count < sampleRows {
                guard case .row(let cells, let end, _) = scanner.scan(p, from: i, atEnd: atEnd) else { break }
                if !(cells.count == 1 && cells[0].isBlank(in: p)) { counts.append(cells.count) }
                i = end
            }
        }
        return counts
    }

    /// The name `inspect` shows for a delimiter.
    static func name(of delimiter: UInt8) -> String {
        switch delimiter {
        case UInt8(ascii: ","): "comma"
        case 0x09: "tab"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "|"): "pipe"
        default: "U+\(String(delimiter, radix: 16, uppercase: true).leftPadded(to: 4))"
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
