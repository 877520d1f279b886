extension ScalarText {
    /// IPv4 (four decimal octets ≤ 255) and IPv6 addresses (eight hex groups, or fewer with one "::",
    /// optionally ending in an IPv4 address).
    func ipAddresses() -> [RedactionSpan] {
        // IPv6 needs a ":" and IPv4 a "."; without a ":" only IPv4 can match, and it starts with a digit.
        guard hasColon || hasDot else { return [] }
        let ipv4Only = !hasColon
        var spans: [RedactionSpan] = []
        var i = 0
        while i < count {
            // IPv4 starts with a digit; IPv6 with a digit, a hex letter or "::", and has a ":" within
            // its first five scalars (see `ipv6(at:)`): elsewhere neither can start.
            let v = u[i]
            if !Self.isDigit(v), ipv4Only || !(Self.isHex(v) || v == 0x3A) || !colon(within: i) {
                i += 1
                continue
            }
            let prev = self[i - 1]
            // Not inside a word, a number or an address; "IP:10.0.0.1" is fine, "1:10.0.0.1" is not.
            let startsWord = !Self.isAlnum(prev) && prev != 0x2E && prev != 0x5F
                && !(prev == 0x3A && (Self.isDigit(self[i - 2]) || self[i - 2] == 0x3A))
            if startsWord, let end = ipv6(at: i) ?? ipv4(at: i) {
                spans.append(RedactionSpan(start: i, end: end, kind: .ip))
                i = end
            } else {
                i += 1
            }
        }
        return spans
    }

    /// Whether one of the scalars `i…i+4` is a ":" (an IPv6 address's first group has at most
    /// four hex digits before its ":").
    func colon(within i: Int) -> Bool {
        self[i] == 0x3A || self[i + 1] == 0x3A || self[i + 2] == 0x3A || self[i + 3] == 0x3A || self[i + 4] == 0x3A
    }

    /// The end of an IPv4 address starting at `i`.
    func ipv4(at i: Int) -> Int? {
        var pos = i
        for octet in 0..<4 {
            let s = pos
            var value = 0
            while Self.isDigit(self[pos]), pos - s < 3 {
                value = value * 10 + Int(u[pos] - 0x30)
                pos += 1
            }
            guard pos > s, value <= 255, !Self.isDigit(self[pos]) else { return nil }
            if octet < 3 {
                guard self[pos] == 0x2E else { return nil }
                pos += 1
            }
        }
        // Not followed by more of a number or a word ("1.2.3.4.5", "1.2.3.4a").
        if Self.isAlnum(self[pos]) || (self[pos] == 0x2E && Self.isDigit(self[pos + 1])) { return nil }
        return pos
    }

    /// The end of an IPv6 address starting at `i`.
    func ipv6(at i: Int) -> Int? {
        guard Self.isHex(self[i]) || (self[i] == 0x3A && self[i + 1] == 0x3A) else { return nil }
        var pos = i
        var groups = 0
        var compressed = false
        var hasDigit = false
        if self[pos] == 0x3A {
            compressed = true
            pos += 2
        }
        while groups < 8 {
            let s = pos
            while Self.isHex(self[pos]), pos - s < 5 {
                if Self.isDigit(self[pos]) { hasDigit = true }
                pos += 1
            }
            let length = pos - s
            if length == 0 { break }
            if length > 4 || Self.isAlnum(self[pos]) { return nil }
            if self[pos] == 0x2E, let end = ipv4(at: s), groups <= 6 {
                return (compressed || groups == 6) ? end : nil
            }
            groups += 1
            if self[pos] == 0x3A, self[pos + 1] == 0x3A {
                if compressed { break }
                compressed = true
                pos += 2
            } else if self[pos] == 0x3A, Self.isHex(self[pos + 1]) {
                pos += 1
            } else {
                break
            }
        }
        if Self.isAlnum(self[pos]) || self[pos] == 0x3A && Self.isHex(self[pos + 1]) { return nil }
        let valid = compressed ? (groups <= 7 && hasDigit && (groups >= 1)) : groups == 8
        return valid ? pos : nil
    }
}
