extension ScalarText {
    /// E-mail addresses: a local part of `[A-Za-z0-9._%+-]` before "@", and a domain of at least two
    /// labels after it whose last label is two or more letters.
    func emails() -> [RedactionSpan] {
        guard hasAt else { return [] }
        var spans: [RedactionSpan] = []
        var k = 0
        var lastEnd = 0
        while k < count {
            defer { k += 1 }
            guard u[k] == 0x40, k >= lastEnd else { continue }
            var start = k
            while start > lastEnd, Self.isLocalPart(self[start - 1]) { start -= 1 }
            while start < k, u[start] == 0x2E { start += 1 }
            guard start < k else { continue }
            // Domain labels.
            var pos = k + 1
            var labels = 0
            var lastLabelStart = pos
            var end = pos
            while true {
                let labelStart = pos
                while Self.isAlnum(self[pos]) || self[pos] == 0x2D { pos += 1 }
                guard pos > labelStart else { break }
                labels += 1
                lastLabelStart = labelStart
                end = pos
                if self[pos] == 0x2E, Self.isAlnum(self[pos + 1]) {
                    pos += 1
                } else {
                    break
                }
            }
            let tld = u[lastLabelStart..<end]
            guard labels >= 2, tld.count >= 2, tld.allSatisfy(Self.isLetter) else { continue }
            spans.append(RedactionSpan(start: start, end: end, kind: .email))
            lastEnd = end
            k = end - 1
        }
        return spans
    }

    static func isLocalPart(_ v: UInt32) -> Bool {
        isAlnum(v) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
    }
}
