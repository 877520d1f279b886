/// A run of digit groups such as "+86 138-1234-5678" or "(010) 1234 5678", as written.
struct DigitGroups {
    struct Group {
        var digits: [UInt8]
        var parenthesized: Bool
        var start: Int
        var end: Int
        /// The separator before this group: "" (none), " ", "-", "." (spaces around "-" count as "-").
        var separatorBefore: UInt32
        var spaceBefore: Bool
    }

    var plus: Bool
    var groups: [Group]
}

extension ScalarText {
    /// Phone numbers, resident ID numbers and payment card numbers among the runs of digits.
    func numbers() -> [RedactionSpan] {
        var spans: [RedactionSpan] = []
        var i = 0
        while i < count {
            guard startsNumber(at: i) else {
                i += 1
                continue
            }
            // Every personal kind has at least 10 digits, 8 after a "+" (see `kind(of:plus:)`), and a
            // run only takes the scalars `numberStretch` spans: when the stretch from here holds fewer
            // digits, no run starting in it can match, so it is passed over without building groups
            // (most numbers in feedback are prices, times, rooms and order numbers).
            let stretch = numberStretch(from: i)
            if stretch.digits < (stretch.plus ? 8 : 10) {
                i = stretch.end
                continue
            }
            guard let run = digitGroups(at: i) else {
                i += 1
                continue
            }
            let end = run.groups.last!.end
            spans += classify(run)
            i = max(end, i + 1)
        }
        return spans
    }

    /// The stretch from `i` of the scalars a digit-group run may take — digits, "+", "(", ")",
    /// " ", "-", ".", "x" — with the digits it holds and whether it has a "+".
    func numberStretch(from i: Int) -> (end: Int, digits: Int, plus: Bool) {
        var k = i, digits = 0, plus = false
        while k < count {
            let v = u[k]
            if Self.isDigit(v) {
                digits += 1
            } else if v == 0x2B {
                plus = true
            } else if !(v == 0x28 || v == 0x29 || v == 0x20 || v == 0x2D || v == 0x2E || v | 0x20 == 0x78) {
                break
            }
            k += 1
        }
        return (k, digits, plus)
    }

    /// Whether a number may start at `i`: a digit, "+digit" or "(digit", not continuing a number,
    /// date, time, decimal, path or handle ("3.5", "12:30", "2026-03-", "/item/", "_", "@").
    func startsNumber(at i: Int) -> Bool {
        let v = self[i]
        guard Self.isDigit(v) || ((v == 0x2B || v == 0x28) && Self.isDigit(self[i + 1])) else { return false }
        let p = self[i - 1]
        if Self.isDigit(p) || p == 0x5F || p == 0x40 || p == 0x2F || p == 0x5C || p == 0x2B { return false }
        if (p == 0x2E || p == 0x2C || p == 0x3A || p == 0x2D) && Self.isDigit(self[i - 2]) { return false }
        return true
    }

    /// The digit groups starting at `i` (at most 12 groups of at most 20 digits; longer runs are
    /// skipped whole).
    func digitGroups(at i: Int) -> DigitGroups? {
        var pos = i
        var run = DigitGroups(plus: false, groups: [])
        if self[pos] == 0x2B {
            run.plus = true
            pos += 1
        }
        var separator: UInt32 = 0
        var space = false
        while run.groups.count < 12 {
            let start = pos
            var paren = false
            if self[pos] == 0x28 {
                paren = true
                pos += 1
            }
            var digits: [UInt8] = []
            while Self.isDigit(self[pos]) {
                digits.append(UInt8(u[pos] - 0x30))
                pos += 1
            }
            if digits.count > 20 { return nil }
            if paren {
                guard self[pos] == 0x29, !digits.isEmpty else { break }
                pos += 1
            }
            // "X" ends an 18-character ID number.
            if digits.count == 17, !paren, (self[pos] | 0x20) == 0x78, !Self.isAlnum(self[pos + 1]) {
                digits.append(10)
                pos += 1
            }
            run.groups.append(.init(digits: digits, parenthesized: paren, start: run.groups.isEmpty && run.plus ? i : start,
                                    end: pos, separatorBefore: separator, spaceBefore: space))
            // Separator: spaces with at most one "-" or ".", then a digit or "(".
            var next = pos
            var sep: UInt32 = 0
            var sawSpace = false
            while next - pos < 3 {
                let c = self[next]
                if c == 0x20 {
                    sawSpace = true
                } else if (c == 0x2D || c == 0x2E) && sep == 0 {
                    sep = c
                } else {
                    break
                }
                next += 1
            }
            if sep == 0, sawSpace { sep = 0x20 }
            guard Self.isDigit(self[next]) || (self[next] == 0x28 && Self.isDigit(self[next + 1])) else { break }
            if sep == 0, !paren { break }  // "(010)12345678" is the only join without a separator
            if sep == 0x2E, sawSpace { break }
            separator = sep
            space = sawSpace
            pos = next
        }
        guard let last = run.groups.last else { return nil }
        // The end must not run into a word, a handle or a decimal.
        let after = self[last.end]
        if Self.isLetter(after) || after == 0x40 || after == 0x5F { return nil }
        if (after == 0x2E || after == 0x2C) && Self.isDigit(self[last.end + 1]) { return nil }
        return run
    }

    /// The personal numbers in `run`: the whole run, or sub-runs split at spaces
    /// ("2026-03-02 13812345678" holds a phone number after the date).
    func classify(_ run: DigitGroups) -> [RedactionSpan] {
        let g = run.groups
        // Every personal kind has 8–19 digits (see `kind(of:plus:)`): most runs (prices, room
        // numbers, dates) are shorter and need no sub-run tried.
        var total = 0
        for group in g { total += group.digits.count }
        if total < 8 { return [] }
        var spans: [RedactionSpan] = []
        var a = 0
        while a < g.count {
            var matched = false
            if a == 0 || g[a].spaceBefore {
                var b = g.count - 1
                while b >= a {
                    if b == g.count - 1 || g[b + 1].spaceBefore,
                       let kind = kind(of: Array(g[a...b]), plus: run.plus && a == 0) {
                        spans.append(RedactionSpan(start: g[a].start, end: g[b].end, kind: kind))
                        a = b + 1
                        matched = true
                        break
                    }
                    b -= 1
                }
            }
            if !matched { a += 1 }
        }
        return spans
    }

    /// What the groups are, if personal.
    func kind(of g: [DigitGroups.Group], plus: Bool) -> RedactionKind? {
        // Checked before building anything: the shortest kind below has 8 digits with "+" (E.164)
        // and 10 without (US, landline), the longest 19 (payment cards).
        var count = 0
        for group in g { count += group.digits.count }
        if count < (plus ? 8 : 10) || count > 19 { return nil }
        let digits = g.flatMap(\.digits)
        let n = digits.count
        let lengths = g.map(\.digits.count)
        let seps = g.dropFirst().map(\.separatorBefore)
        let anyParen = g.contains(where: \.parenthesized)
        let dotted = seps.contains(0x2E)
        let uniformSeps = Set(seps).count <= 1

        if !plus, !anyParen, !dotted {
            // Resident ID: 18 (with check) or 15 digits, contiguous or 6-8-4 with spaces.
            if n == 18, lengths == [18] || lengths == [6, 8, 4], Checksums.chineseID18(digits) { return .idCard }
            if n == 15, lengths == [15], Checksums.chineseID15(digits) { return .idCard }
            if digits.contains(10) { return nil }
            // Payment card: 13–19 digits, Luhn, a known issuer prefix, grouped 4-… or contiguous.
            if (13...19).contains(n), lengths.count == 1 || (lengths[0] == 4 && lengths.allSatisfy { $0 >= 3 } && uniformSeps),
               Self.cardPrefix(digits), Set(digits).count > 1, Checksums.luhn(digits) {
                return .card
            }
        }
        if digits.contains(10) { return nil }
        // Chinese mobile, optionally after +86 or 0086.
        var body = g
        if plus, lengths.first == 2, digits.starts(with: [8, 6]) { body = Array(g.dropFirst()) }
        if !plus, lengths.first == 4, digits.starts(with: [0, 0, 8, 6]), g.count > 1 { body = Array(g.dropFirst()) }
        let bodyDigits = body.flatMap(\.digits)
        if !dotted, !anyParen, bodyDigits.count == 11, bodyDigits[0] == 1, (3...9).contains(bodyDigits[1]),
           body.allSatisfy({ $0.digits.count >= 3 }), !plus || body.count < g.count {
            return .phone
        }
        if !plus, !dotted, lengths.count == 1, n == 13, digits.starts(with: [8, 6, 1]), (3...9).contains(digits[3]) { return .phone }
        // International with "+": 8–15 digits in all (E.164).
        if plus, (8...15).contains(n), !dotted || uniformSeps { return .phone }
        if plus { return nil }
        // Chinese landline: area code 0xx / 0xxx (or "(010)"), then 7–8 digits, optional extension.
        if !dotted, n >= 2, digits[0] == 0, digits[1] != 0, lengths[0] >= 3, lengths[0] <= 4 || (lengths.count == 1 && (11...12).contains(n)) {
            if lengths.count == 1 { return (11...12).contains(n) ? .phone : nil }
            let rest = Array(lengths.dropFirst())
            if rest.allSatisfy({ $0 >= 3 }), (7...8).contains(rest.reduce(0, +)) { return .phone }
            if rest.count >= 2, rest.last! <= 4, seps.last == 0x2D, rest.dropLast().allSatisfy({ $0 >= 3 }),
               (7...8).contains(rest.dropLast().reduce(0, +)) { return .phone }
        }
        // US / NANP: (xxx) xxx-xxxx, xxx-xxx-xxxx, xxx.xxx.xxxx, with an optional leading 1.
        var us = lengths
        var usSeps = seps
        if us.first == 1, digits[0] == 1, us.count == 4 {
            us.removeFirst()
            usSeps.removeFirst()
        }
        if us == [3, 3, 4] {
            let area = digits[n - 10]
            let parenFirst = g[g.count - 3].parenthesized
            if (2...9).contains(area), parenFirst || (Set(usSeps).count == 1 && usSeps.first != 0) { return .phone }
        }
        return nil
    }

    /// Issuer prefixes of the card networks: 3 (Amex, Diners, JCB), 4 (Visa), 51–55 and 2221–2720
    /// (Mastercard), 6 (UnionPay 62, Discover 60/64/65, Maestro).
    static func cardPrefix(_ d: [UInt8]) -> Bool {
        switch d[0] {
        case 3, 4, 6: return true
        case 5: return (1...5).contains(d[1])
        case 2:
            let p = Int(d[0]) * 1000 + Int(d[1]) * 100 + Int(d[2]) * 10 + Int(d[3])
            return (2221...2720).contains(p)
        default: return false
        }
    }
}
