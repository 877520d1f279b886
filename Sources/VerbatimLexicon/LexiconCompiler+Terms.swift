import Foundation
import VerbatimModel

extension LexiconCompiler {
    /// Stores a value for a term, reporting duplicates, conflicts and overrides.
    mutating func store<V: Equatable>(
        _ dict: inout [String: Sourced<V>], _ term: String, _ value: V, _ display: String,
        _ file: LexiconFile, _ line: Int, _ layer: Int, what: String
    ) {
        let new = Sourced(value: value, path: file.path, line: line, layer: layer, display: display)
        if let old = dict[term] {
            if old.layer == layer {
                if old.value == value {
                    problem(file, line, .duplicate, "duplicate \(what) '\(term)' (also \(old.path):\(old.line))", .warning)
                } else {
                    problem(file, line, .conflict, "conflicting \(what) for '\(term)': \(display) here, \(old.display) at \(old.path):\(old.line)")
                }
            } else {
                problem(file, line, .override, "overrides \(what) '\(term)' of \(old.path):\(old.line) (\(old.display) → \(display))", .note)
            }
        }
        dict[term] = new
    }

    mutating func addTerms(_ file: LexiconFile, _ layer: Int) {
        let scopeName = file.pack ?? ""
        var scope = scopes[scopeName] ?? Scope()
        var count = 0
        var previousRaw: String?
        var reportedUnsorted = false
        for line in file.lines where file.kind.fieldCounts.contains(line.fields.count) {
            let f = line.fields
            let raw = f[0].trimmedWhitespace
            if raw != f[0] {
                problem(file, line.number, .badValue, "term '\(f[0])' has leading or trailing spaces", .warning)
            }
            let term = normalizeTerm(raw)
            if term.isEmpty {
                problem(file, line.number, .emptyTerm, "empty term")
                continue
            }
            if let prev = previousRaw, raw < prev, !reportedUnsorted {
                problem(file, line.number, .unsorted, "entries are not sorted by term ('\(raw)' after '\(prev)')", .warning)
                reportedUnsorted = true
            }
            previousRaw = raw
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
            var ok = true
            switch file.kind {
            case .sentiment:
                guard let v = num(f[1], -4...4, "valence") else { ok = false; break }
                store(&scope.valence, term, v, fmt(v), file, line.number, layer, what: "valence")
            case .politeness:
                guard let v = num(f[1], -4...4, "valence") else { ok = false; break }
                store(&scope.politeness, term, v, fmt(v), file, line.number, layer, what: "politeness valence")
            case .modifiers:
                guard let v = num(f[1], -2...2, "factor") else { ok = false; break }
                store(&scope.modifier, term, v, fmt(v), file, line.number, layer, what: "modifier")
            case .negators:
                guard let s = num(f[1], 1...30, "scope") else { ok = false; break }
                var scalar: Double?
                if f.count == 3 && !f[2].trimmedWhitespace.isEmpty {
                    guard let v = num(f[2], -2...0, "scalar") else { ok = false; break }
                    scalar = v
                }
                let rule = NegatorRule(scope: Int(s), scalar: scalar)
                store(&scope.negator, term, rule, "scope \(Int(s))", file, line.number, layer, what: "negator")
            case .contrast:
                guard let b = num(f[1], 0...5, "before"), let a = num(f[2], 0...5, "after") else { ok = false; break }
                var concessive = false
                if f.count == 4 {
                    switch f[3].trimmedWhitespace {
                    case "", "but": concessive = false
                    case "although": concessive = true
                    default:
                        problem(file, line.number, .badValue, "contrast kind '\(f[3])' must be 'but' or 'although'")
                        ok = false
                    }
                }
                guard ok else { break }
                store(&scope.contrast, term, ContrastRule(before: b, after: a, concessive: concessive), "\(fmt(b)) \(fmt(a))", file, line.number, layer, what: "contrast")
            case .irrealis:
                guard let effect = IrrealisEffect(rawValue: f[1].trimmedWhitespace) else {
                    problem(file, line.number, .badValue, "irrealis effect '\(f[1])' must be one of suppress, flip, rhetorical, nearmiss")
                    ok = false
                    break
                }
                guard let v = num(f[2], -2...2, "factor") else { ok = false; break }
                store(&scope.irrealis, term, IrrealisRule(effect: effect, factor: v), "\(effect.rawValue) \(fmt(v))", file, line.number, layer, what: "irrealis")
            case .complaints:
                guard let s = ComplaintStrength(rawValue: f[1].trimmedWhitespace) else {
                    problem(file, line.number, .badValue, "complaint strength '\(f[1])' must be strong, weak or none")
                    ok = false
                    break
                }
                store(&scope.complaint, term, s, s.rawValue, file, line.number, layer, what: "complaint marker")
            case .aspectSentiment:
                let themePath = f[1].trimmedWhitespace
                let ref = ThemeRef(path: themePath)
                if themes[ref] == nil {
                    problem(file, line.number, .unknownTheme, "unknown theme id '\(themePath)'")
                    ok = false
                    break
                }
                guard let v = num(f[2], -4...4, "valence") else { ok = false; break }
                var byTheme = scope.aspects[term] ?? [:]
                store(&byTheme, themePath, v, fmt(v), file, line.number, layer, what: "aspect valence of '\(term)' for")
                scope.aspects[term] = byTheme
            case .themes, .pack, .rules:
                break
            }
            if ok {
                count += 1
                scope.language[term] = file.language(of: raw)
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
