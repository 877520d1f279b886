import Foundation
import VerbatimModel

/// Renders a `Finding` for people (`verbatim explain`) or as JSON (`--json`).
public enum ExplanationRenderer {
    /// A readable breakdown: clauses, each matched term with its rules and contribution, themes, complaint.
    ///
    /// ```swift
    /// print(ExplanationRenderer.text(analyzer.analyze("not bad at all")))
    /// ```
    public static func text(_ f: Finding) -> String {
        var out = ""
        out += "overall: \(f.label.rawValue) \(num(f.score))  (language \(f.language.rawValue), domain \(f.domain))\n"
        out += "complaint: \(f.complaint ? "yes" : "no") — \(f.complaintReason)\n"
        for (c, clause) in f.clauses.enumerated() {
            let themes = clause.themes.map(\.description).joined(separator: ", ")
            out += "\nclause \(c + 1) [\(clause.language.rawValue)] \(clause.text.trimmingCharacters(in: .whitespacesAndNewlines))\n"
            out += "  sum \(num(clause.sum))" + (clause.weight != 1 ? "  contrast weight \(num(clause.weight))" : "")
                + (themes.isEmpty ? "" : "  themes: \(themes)") + "\n"
            for t in f.contributions where t.clause == c {
                out += "  \(t.text)  [\(t.term)]  base \(num(t.baseValence)) → \(num(t.valence))"
                out += t.rules.isEmpty ? "\n" : "  (" + t.rules.joined(separator: "; ") + ")\n"
            }
        }
        if !f.themes.isEmpty {
            out += "\nthemes:\n"
            for t in f.themes {
                out += "  \(t.theme)  \(t.label.rawValue) \(num(t.sentiment))  evidence: \(t.evidence.joined(separator: ", "))\n"
            }
        }
        return out
    }

    /// The finding as pretty, key-sorted JSON (deterministic).
    public static func json(_ f: Finding) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(f)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func num(_ v: Double) -> String {
        let s = String(format: "%+.3f", v)
        return s == "-0.000" ? "+0.000" : s
    }
}
