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
    let plain: PlainRoles
    /// The lexicon's words for the normalizer, by reference: passing the whole
    /// `Lexicon` struct copied it (and retained its ≈ 15 arrays) per item.
    let vocabulary: LexiconVocabulary

    public init(lexicon: Lexicon, options: AnalysisOptions = AnalysisOptions()) {
        self.lexicon = lexicon
        self.options = options
        self.plain = PlainRoles(lexicon: lexicon)
        self.vocabulary = LexiconVocabulary(lexicon)
    }

    /// Analyzes one text.
    public func analyze(_ text: String) -> Finding {
        analyze(text, using: AnalysisScratch())
    }

    /// Analyzes one text with a thread's reusable working storage: the same
    /// result as `analyze(_:)`, without allocating that storage per item.
    public func analyze(_ text: String, using scratch: AnalysisScratch) -> Finding {
        if scratch.buffers == nil { scratch.buffers = AnalysisBuffers() }
        // Analysed in place: moving the buffers out of the scratch and back, and the text out of
        // the buffers and back around a placeholder, copied ≈ 1 KB and built an empty text per
        // item (≈ 900 instructions; callgrind).
        let finding = analyze(text, in: &scratch.buffers!)
        scratch.dropBuffersIfHuge(afterTextBytes: scratch.buffers!.text.originalUTF8.count)
        return finding
    }

    /// ``analyze(_:using:)`` written into `finding`, whose theme array keeps its capacity: a
    /// worker that reuses one finding from item to item allocates no theme array per item.
    /// The finding is the same as the one `analyze(_:using:)` returns.
    package func analyze(_ text: String, into finding: inout Finding, using scratch: AnalysisScratch) {
        if scratch.buffers == nil { scratch.buffers = AnalysisBuffers() }
        analyze(text, into: &finding, in: &scratch.buffers!)
        scratch.dropBuffersIfHuge(afterTextBytes: scratch.buffers!.text.originalUTF8.count)
    }

    private func analyze(_ text: String, into finding: inout Finding, in b: inout AnalysisBuffers) {
        lexicon.normalizer.normalize(text, vocabulary: vocabulary, into: &b.text, scratch: b.normalizer)
        let normalized = b.text
        let v = verdict(normalized, &b)
        finding.language = v.language
        finding.domain = lexicon.domains[v.domain]
        finding.score = v.score
        finding.label = v.label
        fillThemeFindings(normalized, b.scopes, b.quotes, into: &finding.themes)
        finding.complaint = v.complaint
        finding.complaintReason = v.complaintReason
        finding.termCount = v.termCount
        finding.contributions = v.contributions
        finding.clauses = !options.explanations ? [] : clauseSummaries(normalized, b)
    }

    private func analyze(_ text: String, in b: inout AnalysisBuffers) -> Finding {
        lexicon.normalizer.normalize(text, vocabulary: vocabulary, into: &b.text, scratch: b.normalizer)
        // A second reference to the text's arrays for the analysis, which only reads them; the
        // buffers hold the only one again when it ends, so the next item reuses their storage.
        let normalized = b.text
        return analyze(normalized, &b)
    }

    /// Analyzes an already normalized text.
    public func analyze(_ text: NormalizedText) -> Finding {
        var b = AnalysisBuffers()
        return analyze(text, &b)
    }

    func analyze(_ text: NormalizedText, _ b: inout AnalysisBuffers) -> Finding {
        let v = verdict(text, &b)
        return Finding(
            language: v.language, domain: lexicon.domains[v.domain], score: v.score, label: v.label,
            themes: themeFindings(text, b.scopes, b.quotes), complaint: v.complaint, complaintReason: v.complaintReason,
            termCount: v.termCount, contributions: v.contributions,
            clauses: !options.explanations ? [] : clauseSummaries(text, b))
    }

    /// Analyzes a normalized text into `b`: everything but the themes is
    /// returned, the themes are left in `b.scopes` (`summarizeThemes`).
    func verdict(_ text: NormalizedText, _ b: inout AnalysisBuffers) -> ItemVerdict {
        let explain = options.explanations
        let language: Language
        let filter: LanguageFilter
        switch options.language {
        case .auto:
            language = text.language
            filter = .all
        case .en:
            language = .en
            filter = .english
        case .zh:
            language = .zh
            filter = .chinese
        }
        let domain = chooseDomain(text, filter, &b)
        let rules = lexicon.domainRules[domain]  // a pack's rules.tsv applies in its domain
        lexicon.match(text, domain: domain, languages: filter, into: &b.matches)
        Segmenter.clauses(of: text.bytes, separatorStarts: text.separatorStarts, into: &b.clauses)
        // A reply by the business appended to the feedback (宾馆反馈…：感谢您…, "Response from the
        // owner") is not the customer's voice: ignore everything from its marker on.
        if let cut = b.matches.polarity.first(where: { $0.range.lowerBound > 0 && plain.roles[Int($0.roles)].cutsText })?
            .range.lowerBound
        {
            b.matches.polarity.removeAll { $0.range.lowerBound >= cut }
            b.matches.themes.removeAll { $0.range.lowerBound >= cut }
            b.matches.complaints.removeAll { $0.range.lowerBound >= cut }
            let first = b.clauses.first?.range.lowerBound ?? 0
            b.clauses.removeAll { $0.range.lowerBound >= cut && $0.range.lowerBound > first }
        }
        TokenIndex.tokens(bytes: text.bytes, matches: b.matches.polarity, into: &b.tokenOfMatch)
        let clauseCount = b.clauses.count

        // Theme mentions in text order, so each clause's mentions are consecutive.
        b.mentions.removeAll(keepingCapacity: true)
        b.clauseMentionStart.reset(to: 0, count: clauseCount + 1)
        for m in b.matches.themes {
            let c = Self.clauseIndex(of: m.range.lowerBound, in: b.clauses)
            for k in plain.roles[Int(m.roles)].themes {
                b.mentions.append(ThemeMentionAt(rank: plain.themeRanks[Int(k)], clause: c, range: m.range))
            }
        }
        do {
            // clauseMentionStart[c] = first mention of clause c or later.
            var k = 0
            for c in 0...clauseCount {
                while k < b.mentions.count && b.mentions[k].clause < c { k += 1 }
                b.clauseMentionStart[c] = k
            }
        }

        b.contrast.compute(matches: b.matches.polarity, roles: plain, clauses: b.clauses)
        var contributions: [Contribution] = []
        // Whether any term so far carries sentiment (decides politeness formulas).
        var othersCarrySentiment = false
        var termCount = 0
        b.scored.removeAll()
        b.contrastStarts.removeAll()
        b.clauseSums.reset(to: 0, count: clauseCount)
        b.negators.removeAll(keepingCapacity: true)
        b.modifiers.removeAll(keepingCapacity: true)
        b.negatorRecords.removeAll(keepingCapacity: true)
        b.politeness.removeAll()
        var irrealis: (IrrealisRule, Range<Int>)?
        var rhetorical = false
        var currentClause = -1
        for k in b.matches.polarity.indices {
            let m = b.matches.polarity[k]
            let c = Self.clauseIndex(of: m.range.lowerBound, in: b.clauses)
            if c != currentClause {
                // A new clause: pending modifiers, negators and irrealis end with the old one.
                b.negators.removeAll(keepingCapacity: true)
                b.modifiers.removeAll(keepingCapacity: true)
                irrealis = nil
                rhetorical = false
                currentClause = c
            }
            let roles = plain.roles[Int(m.roles)]
            let t = b.tokenOfMatch[k]
            if roles.contrast != nil { b.contrastStarts.append(m.range.lowerBound) }
            if let rule = roles.negator {
                b.negators.append(PendingNegator(token: t, rule: rule, range: m.range, record: b.negatorRecords.count))
                b.negatorRecords.append(NegatorRecord(match: k, clause: c, rule: rule, range: m.range, consumed: false))
            }
            if let value = roles.politeness, roles.valence == nil {
                b.politeness.append(PolitenessAt(match: k, clause: c, value: value))
                continue
            }
            if let factor = roles.modifier { b.modifiers.append(PendingModifier(token: t, factor: factor, range: m.range)) }
            if let rule = roles.irrealis {
                irrealis = (rule, m.range)
                if rule.effect == .rhetorical { rhetorical = true }
            }
            // A word that is both a sentiment term and an intensifier ("seriously", "damn") intensifies
            // a sentiment term after it within reach, in its clause, instead of counting itself.
            if roles.modifier != nil && roles.valence != nil {
                var j = k + 1
                var intensifies = false
                while j < b.matches.polarity.count, Double(b.tokenOfMatch[j] - t) <= rules.modifierWindow,
                    b.matches.polarity[j].range.lowerBound < b.clauses[c].range.upperBound
                {
                    if plain.roles[Int(b.matches.polarity[j].roles)].valence != nil {
                        intensifies = true
                        break
                    }
                    j += 1
                }
                if intensifies { continue }
            }
            guard let (base, aspect) = baseValence(roles, b.mentions[b.clauseMentionStart[c]..<b.clauseMentionStart[c + 1]])
            else { continue }
            if base == 0 { continue }  // a set phrase that hides shorter words
            var applied: [String] = []
            if explain, let aspect { applied.append("aspect \(plain.refs[Int(aspect)]) \(fmt(base))") }
            if roles.negator != nil || roles.modifier != nil {
                // A term that is both (rare) should not modify itself.
                b.negators.removeAll { $0.token == t }
                b.modifiers.removeAll { $0.token == t }
            }
            var v = base
            let sign: Double = v > 0 ? 1 : -1
            // Intensifiers and dampeners in front (VADER B_INCR with distance decay).
            for mod in b.modifiers where t - mod.token >= 1 && Double(t - mod.token) <= rules.modifierWindow {
                let scalar = mod.factor * (1 - rules.modifierDecay * Double(t - mod.token - 1))
                v += sign * scalar
                if explain {
                    applied.append("\(scalar >= 0 ? "intensified" : "dampened") by \(text.originalText(mod.range)) \(fmt(sign * scalar))")
                }
            }
            if !b.modifiers.isEmpty { b.modifiers.removeAll { $0.token < t } }
            if (v > 0) != (base > 0) { v = sign * 0.1 }  // a dampener never flips polarity
            // The spans overlapping the term: from the first ending after its start, while they start before its end.
            var e = Self.firstEmphasis(endingAfter: m.range.lowerBound, in: text.emphasis)
            while e < text.emphasis.count && text.emphasis[e].range.lowerBound < m.range.upperBound {
                let span = text.emphasis[e]
                e += 1
                if span.kind == .caps && text.capsAreEmphasis {
                    v += sign * rules.capsEmphasis
                    if explain { applied.append("CAPITALS \(fmt(sign * rules.capsEmphasis))") }
                } else if span.kind == .elongated {
                    v += sign * rules.elongationEmphasis
                    if explain { applied.append("elongated \(fmt(sign * rules.elongationEmphasis))") }
                }
            }
            // Negation: negators in scope since the previous sentiment term; an even number cancels.
            // An expressive term (emoji, emoticon, laughter) is beside the negated statement, not in it:
            // it is not negated and leaves the negators to the words after it ("not today :)").
            if !b.negators.isEmpty && !roles.expressive {
                var inScope = 0
                var last: PendingNegator?
                var names: [String] = []  // only filled when explaining
                for n in b.negators where t - n.token >= 1 && t - n.token <= n.rule.scope {
                    b.negatorRecords[n.record].consumed = true
                    inScope += 1
                    last = n
                    if explain { names.append(text.originalText(n.range)) }
                }
                if let last {
                    let joined = names.joined(separator: "+")
                    if rhetorical {
                        if explain { applied.append("negation by \(joined) cancelled by rhetorical question") }
                    } else if inScope % 2 == 1 {
                        let scalar = last.rule.scalar ?? (v > 0 ? rules.negationScalar : rules.negationScalarNegative)
                        v *= scalar
                        if explain { applied.append("negated by \(joined) ×\(fmt(scalar))") }
                    } else {
                        if explain { applied.append("double negation \(joined) cancels") }
                    }
                }
                b.negators.removeAll(keepingCapacity: true)
            }
            if let (rule, range) = irrealis, range.upperBound <= m.range.lowerBound || range == m.range {
                v *= rule.factor
                if explain { applied.append("\(rule.effect.rawValue) by \(text.originalText(range)) ×\(fmt(rule.factor))") }
            }
            if b.clauses[c].isQuestion && !rhetorical {
                let q = v > 0 ? rules.questionPositive : rules.questionNegative
                v *= q
                if explain { applied.append("question ×\(fmt(q))") }
            }
            let w = b.contrast.weight(forMatchAt: k)
            if w != 1 {
                v *= w
                if explain { applied.append("contrast ×\(fmt(w))") }
            }
            b.clauseSums[c] += v
            termCount += 1
            if v != 0 { othersCarrySentiment = true }
            b.scored.append(ScoredTerm(position: m.range.lowerBound, end: m.range.upperBound, clause: c, value: v))
            if explain {
                let orig = text.originalRange(m.range)
                contributions.append(
                    Contribution(
                        text: text.originalText(m.range), term: lexicon.roles(m).term, start: orig.lowerBound, end: orig.upperBound,
                        clause: c, baseValence: base, valence: v, rules: applied))
            }
        }

        // Absence: a negator that negated nothing, followed in scope by a theme term
        // (没有筷子, "no response"), is a negative mention of that theme. With no theme
        // in scope it still says something expected did not happen (还没送到, 没有给,
        // "didn't get it", "no!"): a weaker negative, on the negator itself.
        for n in b.negatorRecords where !n.consumed && n.rule.scalar == nil {
            let w = b.contrast.weight(forMatchAt: n.match)
            // The clause's first mention starting after the negator (mentions are in text order), if near.
            var found: ThemeMentionAt?
            let first = Self.firstMention(startingAtOrAfter: n.range.upperBound, in: b.mentions,
                                          b.clauseMentionStart[n.clause]..<b.clauseMentionStart[n.clause + 1])
            if let first, b.mentions[first].range.lowerBound - n.range.upperBound <= n.rule.scope * 6 {
                found = b.mentions[first]
            }
            guard let mention = found else {
                let base = rules.absenceValence * rules.absenceUnnamedFactor
                let v = base * w
                b.clauseSums[n.clause] += v
                termCount += 1
                if v != 0 { othersCarrySentiment = true }
                b.scored.append(ScoredTerm(position: n.range.lowerBound, end: n.range.upperBound, clause: n.clause, value: v))
                if explain {
                    let orig = text.originalRange(n.range)
                    contributions.append(
                        Contribution(
                            text: text.originalText(n.range), term: lexicon.roles(b.matches.polarity[n.match]).term,
                            start: orig.lowerBound, end: orig.upperBound, clause: n.clause, baseValence: base,
                            valence: v, rules: ["absence (negates nothing)"] + (w != 1 ? ["contrast ×\(fmt(w))"] : [])))
                }
                continue
            }
            let v = rules.absenceValence * w
            b.clauseSums[n.clause] += v
            termCount += 1
            if v != 0 { othersCarrySentiment = true }
            b.scored.append(ScoredTerm(position: mention.range.lowerBound, end: mention.range.upperBound, clause: n.clause, value: v))
            if explain {
                let range = n.range.lowerBound..<mention.range.upperBound
                let orig = text.originalRange(range)
                contributions.append(
                    Contribution(
                        text: text.originalText(range), term: lexicon.roles(b.matches.polarity[n.match]).term,
                        start: orig.lowerBound, end: orig.upperBound, clause: n.clause, baseValence: rules.absenceValence,
                        valence: v, rules: ["absence of \(plain.refs[Int(mention.rank)])"] + (w != 1 ? ["contrast ×\(fmt(w))"] : [])))
            }
        }
        // Politeness formulas count only when nothing else carries sentiment ("thanks" ending a complaint).
        for p in b.politeness {
            let m = b.matches.polarity[p.match]
            let v = othersCarrySentiment ? 0 : p.value * b.contrast.weight(forMatchAt: p.match)
            b.clauseSums[p.clause] += v
            termCount += 1
            if v != 0 { b.scored.append(ScoredTerm(position: m.range.lowerBound, end: m.range.upperBound, clause: p.clause, value: v)) }
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

        var sum = b.clauseSums.reduce(0, +)
        if sum != 0 {
            let bangs = b.clauses.reduce(0) { $0 + $1.exclamations }
            if bangs > 0 { sum += (sum > 0 ? 1 : -1) * min(Double(bangs), rules.exclamationMax) * rules.exclamationStep }
        }
        let score = normalize(sum)
        let label = SentimentLabel(score: score, neutralBand: rules.neutralBand)
        summarizeThemes(text, &b)
        let (complaint, reason) = decideComplaint(b.matches.complaints, label: label, themes: b.scopes, text: text, explain: explain)
        return ItemVerdict(
            language: language, domain: domain, score: score, label: label, complaint: complaint, complaintReason: reason,
            termCount: termCount, contributions: contributions)
    }

    /// The clauses as explained: text, language, sum, contrast weight and the themes each names.
    func clauseSummaries(_ text: NormalizedText, _ b: AnalysisBuffers) -> [ClauseSummary] {
        b.clauses.enumerated().map { c, clause in
            var themes: [ThemeRef] = []
            for m in b.mentions[b.clauseMentionStart[c]..<b.clauseMentionStart[c + 1]] {
                let ref = plain.refs[Int(m.rank)]
                if !themes.contains(ref) { themes.append(ref) }
            }
            return ClauseSummary(
                text: text.originalText(clause.range), start: text.originalRange(clause.range).lowerBound,
                end: text.originalRange(clause.range).upperBound,
                language: LanguageDetector.detect(text.bytes[clause.range]), sum: b.clauseSums[c],
                weight: b.contrast.clauseWeight(c), themes: themes)
        }
    }

    /// S / sqrt(S² + α), VADER's normalization into [−1, 1].
    func normalize(_ s: Double) -> Double {
        guard s != 0 else { return 0 }
        return max(-1, min(1, s / (s * s + lexicon.rules.alpha).squareRoot()))
    }

    /// The term's valence here: an aspect-specific one (with its theme's rank) when
    /// that theme is mentioned in the clause (`mentions`).
    @inline(__always)
    func baseValence(_ roles: PlainRole, _ mentions: ArraySlice<ThemeMentionAt>) -> (Double, Int32?)? {
        for a in roles.aspects {
            let rank = plain.aspectRanks[Int(a)]
            if mentions.contains(where: { plain.covers(rank, $0.rank) }) { return (plain.aspectValences[Int(a)], rank) }
        }
        guard let v = roles.valence else { return nil }
        return (v, nil)
    }

    func chooseDomain(_ text: NormalizedText, _ filter: LanguageFilter, _ b: inout AnalysisBuffers) -> Int {
        switch options.domain {
        case .general: return 0
        case .pack(let i): return i
        case .auto:
            lexicon.match(text, domain: 0, languages: filter, cues: true, into: &b.cueMatches)
            b.domainVotes.reset(to: 0, count: lexicon.domains.count)
            for m in b.cueMatches.cues {
                for k in plain.roles[Int(m.roles)].cues { b.domainVotes[Int(plain.cuePacks[Int(k)])] += 1 }
            }
            guard let top = b.domainVotes.max(), top > 0 else { return 0 }
            var winner = -1
            for (d, votes) in b.domainVotes.enumerated() where votes == top {
                if winner >= 0 { return 0 }  // a tie
                winner = d
            }
            return winner
        }
    }

    static func clauseIndex(of position: Int, in clauses: [Clause]) -> Int {
        var lo = 0
        var hi = clauses.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if clauses[mid].range.lowerBound <= position { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }
}

/// One analysis's conclusions apart from its themes (which stay in the buffers).
struct ItemVerdict {
    var language: Language
    /// Index into `Lexicon.domains`.
    var domain: Int
    var score: Double
    var label: SentimentLabel
    var complaint: Bool
    var complaintReason: String
    var termCount: Int
    var contributions: [Contribution]
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

/// A theme term's reference (by rank), clause and normalized range.
extension Analyzer {
    /// Index of the first emphasis span (in text order, disjoint) that ends after `position`;
    /// a binary search, as one huge text can hold thousands of spans and terms.
    @inline(__always)
    static func firstEmphasis(endingAfter position: Int, in spans: [EmphasisSpan]) -> Int {
        var lo = 0
        var hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the first mention in `run` (mentions in order of their starts) starting at or after `position`.
    static func firstMention(startingAtOrAfter position: Int, in mentions: [ThemeMentionAt], _ run: Range<Int>) -> Int? {
        var lo = run.lowerBound
        var hi = run.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.lowerBound < position { lo = mid + 1 } else { hi = mid }
        }
        return lo < run.upperBound ? lo : nil
    }
}

struct ThemeMentionAt {
    /// The theme reference's rank (`PlainRoles.refs`).
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
