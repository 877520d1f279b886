import Foundation
import VerbatimModel

extension LexiconCompiler {
    /// Stores a value for a term, reporting duplicates, conflicts and overrides.
    /// `display` shows a value in messages; it runs only when there is one to write.
    mutating func store<Key: Hashable, V: Equatable>(
        _ dict: inout [Key: Sourced<V>], _ key: Key, _ name: String, _ value: V, _ display: (V) -> String,
        _ file: LexiconFile, _ line: Int, _ layer: Int, what: @autoclosure () -> String
    ) {
        let new = Sourced(value: value, path: file.path, line: line, layer: layer)
        if let old = dict.updateValue(new, forKey: key) {
            if old.layer == layer {
                if old.value == value {
                    problem(file, line, .duplicate, "duplicate \(what()) '\(name)' (also \(old.path):\(old.line))", .warning)
                } else {
                    problem(file, line, .conflict, "conflicting \(what()) for '\(name)': \(display(value)) here, \(display(old.value)) at \(old.path):\(old.line)")
                }
            } else {
                problem(file, line, .override, "overrides \(what()) '\(name)' of \(old.path):\(old.line) (\(display(old.value)) → \(display(value)))", .note)
            }
        }
    }

    /// One of an enum's spellings (`strong`, `weak`, `none`…), or nil after reporting
    /// "WHAT 'x' must be a, b or c" at the line.
    mutating func choice<E: RawRepresentable & CaseIterable>(
        _ field: String, _ what: String, _ file: LexiconFile, _ line: Int
    ) -> E? where E.RawValue == String {
        if let value = E(rawValue: trimWhitespace(field)) { return value }
        let names = E.allCases.map(\.rawValue)
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        problem(file, line, .badValue, "\(what) '\(field)' must be \(list)")
        return nil
    }

    mutating func addTerms(_ file: LexiconFile, _ layer: Int) {
        let scopeName = file.pack ?? ""
        var scope = scopes[scopeName] ?? Scope()
        var count = 0
        var previousRaw: (text: String, key: [UInt8])?
        var reportedUnsorted = false
        for line in file.lines where file.kind.fieldCounts.contains(line.fields.count) {
            let f = line.fields
            let raw = trimWhitespace(f[0])
            if raw != f[0] {
                problem(file, line.number, .badValue, "term '\(f[0])' has leading or trailing spaces", .warning)
            }
            let term = normalizeTerm(raw)
            if term.isEmpty {
                problem(file, line.number, .emptyTerm, "empty term")
                continue
            }
            let id = terms.id(term)
            // `String`'s `<` is byte order on the NFC form.
            let rawKey = TermTable.canonicalBytes(raw)
            if let prev = previousRaw, rawKey.lexicographicallyPrecedes(prev.key), !reportedUnsorted {
                problem(file, line.number, .unsorted, "entries are not sorted by term ('\(raw)' after '\(prev.text)')", .warning)
                reportedUnsorted = true
            }
            previousRaw = (raw, rawKey)
            func num(_ s: String, _ range: ClosedRange<Double>, _ what: String) -> Double? {
                guard let v = number(s) else {
                    problem(file, line.number, .badNumber, "\(what) '\(s)' is not a number")
                    return nil
                }
                guard range.contains(v) else {
                    problem(file, line.number, .outOfRange, "\(what) \(s) is outside \(range.lowerBound)…\(range.upperBound)")
                    return nil
                }
                return v
            }
            /// An optional two-valued last column: false for "" or `off`, true for `on`, nil (reported) otherwise.
            func flag(_ index: Int, _ what: String, off: String, on: String) -> Bool? {
                guard f.count > index else { return false }
                switch trimWhitespace(f[index]) {
                case "", off: return false
                case on: return true
                default:
                    problem(file, line.number, .badValue, "\(what) '\(f[index])' must be '\(off)' or '\(on)'")
                    return nil
                }
            }
            var ok = true
            switch file.kind {
            case .sentiment:
                guard let v = num(f[1], -4...4, "valence") else { ok = false; break }
                guard let expressive = flag(2, "sentiment kind", off: "word", on: "expressive") else { ok = false; break }
                store(&scope.valence, id, term, v, fmt, file, line.number, layer, what: "valence")
                scope.expressive[id] = expressive
            case .politeness:
                guard let v = num(f[1], -4...4, "valence") else { ok = false; break }
                store(&scope.politeness, id, term, v, fmt, file, line.number, layer, what: "politeness valence")
            case .modifiers:
                guard let v = num(f[1], -2...2, "factor") else { ok = false; break }
                store(&scope.modifier, id, term, v, fmt, file, line.number, layer, what: "modifier")
            case .negators:
                guard let s = num(f[1], 1...30, "scope") else { ok = false; break }
                var scalar: Double?
                if f.count == 3 && !trimWhitespace(f[2]).isEmpty {
                    guard let v = num(f[2], -2...0, "scalar") else { ok = false; break }
                    scalar = v
                }
                let rule = NegatorRule(scope: Int(s), scalar: scalar)
                store(&scope.negator, id, term, rule, { "scope \($0.scope)" }, file, line.number, layer, what: "negator")
            case .contrast:
                guard let b = num(f[1], 0...5, "before"), let a = num(f[2], 0...5, "after") else { ok = false; break }
                guard let concessive = flag(3, "contrast kind", off: "but", on: "although") else { ok = false; break }
                store(
                    &scope.contrast, id, term, ContrastRule(before: b, after: a, concessive: concessive), { "\(fmt($0.before)) \(fmt($0.after))" },
                    file, line.number, layer, what: "contrast")
            case .irrealis:
                guard let effect = IrrealisEffect(rawValue: trimWhitespace(f[1])) else {
                    problem(file, line.number, .badValue, "irrealis effect '\(f[1])' must be one of suppress, flip, rhetorical, nearmiss")
                    ok = false
                    break
                }
                guard let v = num(f[2], -2...2, "factor") else { ok = false; break }
                store(
                    &scope.irrealis, id, term, IrrealisRule(effect: effect, factor: v), { "\($0.effect.rawValue) \(fmt($0.factor))" },
                    file, line.number, layer, what: "irrealis")
            case .complaints:
                guard let s: ComplaintStrength = choice(f[1], "complaint strength", file, line.number) else { ok = false; break }
                store(&scope.complaint, id, term, s, \.rawValue, file, line.number, layer, what: "complaint marker")
            case .responses:
                guard let a: ResponseAction = choice(f[1], "response action", file, line.number) else { ok = false; break }
                store(&scope.response, id, term, a, \.rawValue, file, line.number, layer, what: "response marker")
            case .aspectSentiment:
                let themePath = trimWhitespace(f[1])
                let ref = ThemeRef(path: themePath)
                if themes[ref] == nil {
                    problem(file, line.number, .unknownTheme, "unknown theme id '\(themePath)'")
                    ok = false
                    break
                }
                guard let v = num(f[2], -4...4, "valence") else { ok = false; break }
                store(
                    &scope.aspects[id, default: [:]], themePath, themePath, v, fmt, file, line.number, layer,
                    what: "aspect valence of '\(term)' for")
            case .themes, .pack, .rules:
                break
            }
            if ok {
                count += 1
                scope.language[id] = file.language(of: raw)
            }
        }
        scopes[scopeName] = scope
        files.append(LexiconFileInfo(path: file.path, kind: file.kind.rawValue, language: file.language, version: file.version, pack: file.pack, entries: count))
    }

    /// Checks that every subtheme has its top-level theme.
    mutating func checkTaxonomy() {
        for ref in themeOrder where ref.subtheme != nil {
            if themes[ThemeRef(id: ref.id)] == nil {
                problems.append(LexiconError(path: "themes", line: 0, code: .unknownTheme, message: "subtheme '\(ref)' has no top-level theme '\(ref.id)'"))
            }
        }
    }
}

func fmt(_ v: Double) -> String {
    let s = String(format: "%.3f", v)
    var t = s
    while t.hasSuffix("0") { t.removeLast() }
    if t.hasSuffix(".") { t.removeLast() }
    return v > 0 ? "+" + t : t
}
