import Foundation
import VerbatimLexicon
import VerbatimModel
import VerbatimText

/// Scores one piece of feedback: overall sentiment, themes with their own
/// sentiment, complaint flag, and the evidence for each.
///
/// Immutable and `Sendable`: share one analyzer across threads.
///
/// ```swift
/// let analyzer = Analyzer(lexicon: try Lexicon.load(directories: ["lexicons"]))
/// let finding = analyzer.analyze("菜很好吃，但是送餐太慢了")
/// finding.label // .neg; themes: food positive, delivery negative
/// ```
public struct Analyzer: Sendable {
    public let lexicon: Lexicon
    public let options: AnalysisOptions
    let themeRanks: ThemeRanks

    public init(lexicon: Lexicon, options: AnalysisOptions = AnalysisOptions()) {
        self.lexicon = lexicon
        self.options = options
        self.themeRanks = ThemeRanks(lexicon: lexicon)
    }

    /// Analyzes one text.
    public func analyze(_ text: String) -> Finding {
        analyze(text, using: AnalysisScratch())
    }

    /// Analyzes one text with a thread's reusable working storage: the same
    /// result as `analyze(_:)`, without allocating that storage per item.
    public func analyze(_ text: String, using scratch: AnalysisScratch) -> Finding {
        let normalized = lexicon.normalizer.normalize(text, vocabulary: lexicon)
        return analyze(normalized)
    }

    /// Analyzes an already normalized text.
    public func analyze(_ text: NormalizedText) -> Finding {
        let explain = options.explanations
        let language: Language
        let filter: LanguageFilter
        switch options.language {
        case .auto:
            language = LanguageDetector.detect(text.bytes[...])
            filter = .all
        case .en:
            language = .en
            filter = .english
        case .zh:
            language = .zh
            filter = .chinese
        }
        let domain = chooseDomain(text, filter)
        let rules = lexicon.domainRules[domain]  // a pack's rules.tsv applies in its domain
        var matches = lexicon.match(text, domain: domain, languages: filter)
        var clauses = Segmenter.clauses(of: text.bytes)
        // A reply by the business appended to the feedback (宾馆反馈…：感谢您…, "Response from the
        // owner") is not the customer's voice: ignore everything from its marker on.
        if let cut = matches.polarity.first(where: { $0.range.lowerBound > 0 && lexicon.startsResponse($0) })?.range.lowerBound {
            matches.polarity.removeAll { $0.range.lowerBound >= cut }
            matches.themes.removeAll { $0.range.lowerBound >= cut }
            matches.complaints.removeAll { $0.range.lowerBound >= cut }
            let first = clauses.first?.range.lowerBound ?? 0
            clauses.removeAll { $0.range.lowerBound >= cut && $0.range.lowerBound > first }
        }
        let tokens = TokenIndex(bytes: text.bytes, matches: matches.polarity)

        // Themes per clause.
        var clauseThemes = [[ThemeRef]](repeating: [], count: clauses.count)
        var themeMentions: [ThemeMentionAt] = []
        // Capacities up front: growing from empty reallocated each array two or
        // three times per item, and allocation was half of annotate's time.
        themeMentions.reserveCapacity(matches.themes.count + 2)
        for m in matches.themes {
            let c = clauseIndex(of: m.range.lowerBound, in: clauses)
            let ranks = themeRanks.ranks(ofRole: m.roles)
            for (k, ref) in lexicon.roles(m).themes.enumerated() {
                if !clauseThemes[c].contains(ref) { clauseThemes[c].append(ref) }
                themeMentions.append(ThemeMentionAt(ref: ref, rank: ranks[k], clause: c, range: m.range))
            }
        }

        let weights = ContrastWeights(matches: matches.polarity, lexicon: lexicon, clauses: clauses)
        var contributions: [Contribution] = []
        // Whether any term so far carries sentiment (decides politeness formulas).
        var othersCarrySentiment = false
        var termCount = 0
        var scored: [ScoredTerm] = []
        scored.reserveCapacity(matches.polarity.count + 2)
        var contrastStarts: [Int] = []
        var clauseSums = [Double](repeating: 0, count: clauses.count)
        var state = ClauseState()
        state.negators.reserveCapacity(4)
        state.modifiers.reserveCapacity(4)
        var currentClause = -1
        var negatorRecords: [NegatorRecord] = []
        var politeness: [(match: Int, clause: Int, value: Double)] = []
        for (k, m) in matches.polarity.enumerated() {
            let c = clauseIndex(of: m.range.lowerBound, in: clauses)
            if c != currentClause {
                state.reset()
                currentClause = c
            }
            let roles = lexicon.roles(m)
            let t = tokens.ofMatch[k]
            if roles.contrast != nil { contrastStarts.append(m.range.lowerBound) }
            if let rule = roles.negator {
                state.negators.append(PendingNegator(token: t, rule: rule, range: m.range, record: negatorRecords.count))
                negatorRecords.append(NegatorRecord(match: k, clause: c, rule: rule, range: m.range, consumed: false))
            }
            if let value = roles.politeness, roles.valence == nil {
                politeness.append((k, c, value))
                continue
            }
            if let factor = roles.modifier { state.modifiers.append(PendingModifier(token: t, factor: factor, range: m.range)) }
            if let rule = roles.irrealis {
                state.irrealis = (rule, m.range)
                if rule.effect == .rhetorical { state.rhetorical = true }
            }
            // A word that is both a sentiment term and an intensifier ("seriously", "damn") intensifies
            // a sentiment term after it within reach, in its clause, instead of counting itself.
            if roles.modifier != nil && roles.valence != nil {
                var j = k + 1
                var intensifies = false
                while j < matches.polarity.count, Double(tokens.ofMatch[j] - t) <= rules.modifierWindow,
                    matches.polarity[j].range.lowerBound < clauses[c].range.upperBound
                {
                    if lexicon.roles(matches.polarity[j]).valence != nil { intensifies = true; break }
                    j += 1
                }
                if intensifies { continue }
            }
            guard let (base, aspect) = baseValence(roles, clauseThemes[c]) else { continue }
            if base == 0 { continue }  // a set phrase that hides shorter words
            var applied: [String] = []
            if explain, let aspect { applied.append("aspect \(aspect) \(fmt(base))") }
            if roles.negator != nil || roles.modifier != nil {
                // A term that is both (rare) should not modify itself.
                state.negators.removeAll { $0.token == t }
                state.modifiers.removeAll { $0.token == t }
            }
            var v = base
            let sign: Double = v > 0 ? 1 : -1
            // Intensifiers and dampeners in front (VADER B_INCR with distance decay).
            for mod in state.modifiers where t - mod.token >= 1 && Double(t - mod.token) <= rules.modifierWindow {
                let scalar = mod.factor * (1 - rules.modifierDecay * Double(t - mod.token - 1))
                v += sign * scalar
                if explain {
                    applied.append("\(scalar >= 0 ? "intensified" : "dampened") by \(text.originalText(mod.range)) \(fmt(sign * scalar))")
                }
            }
            if !state.modifiers.isEmpty { state.modifiers.removeAll { $0.token < t } }
            if (v > 0) != (base > 0) { v = sign * 0.1 }  // a dampener never flips polarity
            for span in text.emphasis where span.range.overlaps(m.range) {
                if span.kind == .caps && text.capsAreEmphasis {
                    v += sign * rules.capsEmphasis
                    if explain { applied.append("CAPITALS \(fmt(sign * rules.capsEmphasis))") }
                } else if span.kind == .elongated {
                    v += sign * rules.elongationEmphasis
                    if explain { applied.append("elongated \(fmt(sign * rules.elongationEmphasis))") }
                }
            }
            // Negation: negators in scope since the previous sentiment term; an even number cancels.
            if !state.negators.isEmpty {
                var inScope = 0
                var last: PendingNegator?
                var names: [String] = []  // only filled when explaining
                for n in state.negators where t - n.token >= 1 && t - n.token <= n.rule.scope {
                    negatorRecords[n.record].consumed = true
                    inScope += 1
                    last = n
                    if explain { names.append(text.originalText(n.range)) }
                }
                if let last {
                    let joined = names.joined(separator: "+")
                    if state.rhetorical {
                        if explain { applied.append("negation by \(joined) cancelled by rhetorical question") }
                    } else if inScope % 2 == 1 {
                        let scalar = last.rule.scalar ?? (v > 0 ? rules.negationScalar : rules.negationScalarNegative)
                        v *= scalar
                        if explain { applied.append("negated by \(joined) ×\(fmt(scalar))") }
                    } else {
                        if explain { applied.append("double negation \(joined) cancels") }
                    }
                }
                state.negators.removeAll(keepingCapacity: true)
            }
            if let (rule, range) = state.irrealis, range.upperBound <= m.range.lowerBound || range == m.range {
                v *= rule.factor
                if explain { applied.append("\(rule.effect.rawValue) by \(text.originalText(range)) ×\(fmt(rule.factor))") }
            }
            if clauses[c].isQuestion && !state.rhetorical {
                let q = v > 0 ? rules.questionPositive : rules.questionNegative
                v *= q
                if explain { applied.append("question ×\(fmt(q))") }
            }
            let w = weights.weight(forMatchAt: k)
            if w != 1 {
                v *= w
                if explain { applied.append("contrast ×\(fmt(w))") }
            }
            clauseSums[c] += v
            termCount += 1
            if v != 0 { othersCarrySentiment = true }
            scored.append(ScoredTerm(position: m.range.lowerBound, end: m.range.upperBound, clause: c, value: v))
            if explain {
                let orig = text.originalRange(m.range)
                contributions.append(
                    Contribution(
                        text: text.originalText(m.range), term: roles.term, start: orig.lowerBound, end: orig.upperBound,
                        clause: c, baseValence: base, valence: v, rules: applied))
            }
        }

        // Absence: a negator that negated nothing, followed in scope by a theme term
        // (没有筷子, "no response"), is a negative mention of that theme. With no theme
        // in scope it still says something expected did not happen (还没送到, 没有给,
        // "didn't get it", "no!"): a weaker negative, on the negator itself.
        for n in negatorRecords where !n.consumed && n.rule.scalar == nil {
            let w = weights.weight(forMatchAt: n.match)
            guard let mention = themeMentions.first(where: {
                $0.clause == n.clause && $0.range.lowerBound >= n.range.upperBound
                    && $0.range.lowerBound - n.range.upperBound <= n.rule.scope * 6
            }) else {
                let base = rules.absenceValence * rules.absenceUnnamedFactor
                let v = base * w
                clauseSums[n.clause] += v
                termCount += 1
                if v != 0 { othersCarrySentiment = true }
                scored.append(ScoredTerm(position: n.range.lowerBound, end: n.range.upperBound, clause: n.clause, value: v))
                if explain {
                    let orig = text.originalRange(n.range)
                    contributions.append(
                        Contribution(
                            text: text.originalText(n.range), term: lexicon.roles(matches.polarity[n.match]).term,
                            start: orig.lowerBound, end: orig.upperBound, clause: n.clause, baseValence: base,
                            valence: v, rules: ["absence (negates nothing)"] + (w != 1 ? ["contrast ×\(fmt(w))"] : [])))
                }
                continue
            }
            let v = rules.absenceValence * w
            clauseSums[n.clause] += v
            termCount += 1
            if v != 0 { othersCarrySentiment = true }
            scored.append(ScoredTerm(position: mention.range.lowerBound, end: mention.range.upperBound, clause: n.clause, value: v))
            if explain {
                let range = n.range.lowerBound..<mention.range.upperBound
                let orig = text.originalRange(range)
                contributions.append(
                    Contribution(
                        text: text.originalText(range), term: lexicon.roles(matches.polarity[n.match]).term,
                        start: orig.lowerBound, end: orig.upperBound, clause: n.clause, baseValence: rules.absenceValence,
                        valence: v, rules: ["absence of \(mention.ref)"] + (w != 1 ? ["contrast ×\(fmt(w))"] : [])))
            }
        }
        // Politeness formulas count only when nothing else carries sentiment ("thanks" ending a complaint).
        for p in politeness {
            let m = matches.polarity[p.match]
            let v = othersCarrySentiment ? 0 : p.value * weights.weight(forMatchAt: p.match)
            clauseSums[p.clause] += v
            termCount += 1
            if v != 0 { scored.append(ScoredTerm(position: m.range.lowerBound, end: m.range.upperBound, clause: p.clause, value: v)) }
            if explain {
                let orig = text.originalRange(m.range)
                contributions.append(
                    Contribution(
                        text: text.originalText(m.range), term: lexicon.roles(m).term, start: orig.lowerBound, end: orig.upperBound,
                        clause: p.clause, baseValence: p.value, valence: v,
                        rules: [othersCarrySentiment ? "politeness formula, outweighed by other sentiment" : "politeness formula"]))
            }
        }
        if explain { contributions.sort { ($0.start, $0.end) < ($1.start, $1.end) } }

        var sum = clauseSums.reduce(0, +)
        if sum != 0 {
            let bangs = clauses.reduce(0) { $0 + $1.exclamations }
            if bangs > 0 { sum += (sum > 0 ? 1 : -1) * min(Double(bangs), rules.exclamationMax) * rules.exclamationStep }
        }
        let score = normalize(sum)
        let label = SentimentLabel(score: score, neutralBand: rules.neutralBand)
        let themes = summarizeThemes(themeMentions, scored, contrastStarts, clauses, text)
        let (complaint, reason) = decideComplaint(matches.complaints, label: label, themes: themes, text: text, explain: explain)
        let summaries = !explain ? [] : clauses.enumerated().map { c, clause in
            ClauseSummary(
                text: text.originalText(clause.range), start: text.originalRange(clause.range).lowerBound,
                end: text.originalRange(clause.range).upperBound,
                language: LanguageDetector.detect(text.bytes[clause.range]), sum: clauseSums[c],
                weight: weights.clauseWeight(c), themes: clauseThemes[c])
        }
        return Finding(
            language: language, domain: lexicon.domains[domain], score: score, label: label, themes: themes,
            complaint: complaint, complaintReason: reason, termCount: termCount, contributions: contributions,
            clauses: summaries)
    }

    /// S / sqrt(S² + α), VADER's normalization into [−1, 1].
    func normalize(_ s: Double) -> Double {
        guard s != 0 else { return 0 }
        return max(-1, min(1, s / (s * s + lexicon.rules.alpha).squareRoot()))
    }

    /// The term's valence here: an aspect-specific one (with its theme) when that theme is in the clause.
    func baseValence(_ roles: TermRoles, _ themes: [ThemeRef]) -> (Double, ThemeRef?)? {
        for a in roles.aspects where themes.contains(where: { a.theme.covers($0) }) {
            return (a.valence, a.theme)
        }
        guard let v = roles.valence else { return nil }
        return (v, nil)
    }

    func chooseDomain(_ text: NormalizedText, _ filter: LanguageFilter) -> Int {
        switch options.domain {
        case .general: return 0
        case .pack(let i): return i
        case .auto:
            let cues = lexicon.match(text, domain: 0, languages: filter, cues: true).cues
            var votes = [Int](repeating: 0, count: lexicon.domains.count)
            for m in cues { for p in lexicon.roles(m).cues { votes[p] += 1 } }
            guard let top = votes.max(), top > 0 else { return 0 }
            let winners = votes.indices.filter { votes[$0] == top }
            return winners.count == 1 ? winners[0] : 0
        }
    }

    func clauseIndex(of position: Int, in clauses: [Clause]) -> Int {
        var lo = 0
        var hi = clauses.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if clauses[mid].range.lowerBound <= position { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }
}

/// Rule state within one clause.
struct ClauseState {
    var negators: [PendingNegator] = []
    var modifiers: [PendingModifier] = []
    var irrealis: (IrrealisRule, Range<Int>)?
    var rhetorical = false

    /// A new clause: the arrays keep their storage for the next one.
    mutating func reset() {
        negators.removeAll(keepingCapacity: true)
        modifiers.removeAll(keepingCapacity: true)
        irrealis = nil
        rhetorical = false
    }
}

/// A negator waiting for the sentiment term it negates.
struct PendingNegator {
    var token: Int
    var rule: NegatorRule
    var range: Range<Int>
    /// Index into the item's negator records.
    var record: Int
}

/// An intensifier or dampener waiting for its sentiment term.
struct PendingModifier {
    var token: Int
    var factor: Double
    var range: Range<Int>
}

/// Every negator of an item, and whether it negated a sentiment term.
struct NegatorRecord {
    var match: Int
    var clause: Int
    var rule: NegatorRule
    var range: Range<Int>
    var consumed: Bool
}

/// A theme term's reference, clause and normalized range.
struct ThemeMentionAt {
    var ref: ThemeRef
    /// The reference's place in `ThemeRef` order (`ThemeRanks`).
    var rank: Int32
    var clause: Int
    var range: Range<Int>
}

/// `+0.293`, `-0.74`, `1.5`: at most three decimals, trailing zeros dropped, a sign on positives.
/// Hand-written: `String(format:)` was 7 % of annotate's instructions (callgrind, Benchmarks/perf/profile).
func fmt(_ v: Double) -> String {
    let thousandths = Int((abs(v) * 1000).rounded())
    if thousandths == 0 { return "0" }
    var frac = thousandths % 1000
    var s = String(thousandths / 1000)
    if frac != 0 {
        var digits = 3
        while frac % 10 == 0 {
            frac /= 10
            digits -= 1
        }
        let f = String(frac)
        s += "." + String(repeating: "0", count: digits - f.count) + f
    }
    return (v > 0 ? "+" : "-") + s
}
