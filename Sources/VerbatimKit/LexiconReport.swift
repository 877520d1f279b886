import Foundation
import VerbatimLexicon
import VerbatimModel

/// `lexicon lint` and `lexicon stats` as text.
public enum LexiconReport {
    /// Every problem, one per line, errors first; and the error count.
    public static func lint(directories: [String]) -> (text: String, errors: Int, warnings: Int) {
        let (_, problems) = Lexicon.compile(directories: directories)
        let order: [LexiconError.Severity: Int] = [.error: 0, .warning: 1, .note: 2]
        let sorted = problems.sorted {
            (order[$0.severity]!, $0.path, $0.line, $0.message) < (order[$1.severity]!, $1.path, $1.line, $1.message)
        }
        var text = sorted.map(\.description).joined(separator: "\n")
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.filter { $0.severity == .warning }.count
        let notes = problems.count - errors - warnings
        if !text.isEmpty { text += "\n" }
        text += "\(errors) error(s), \(warnings) warning(s), \(notes) note(s) in \(directories.joined(separator: ", "))\n"
        return (text, errors, warnings)
    }

    /// Entries per file, per language and per theme.
    public static func stats(_ lexicon: Lexicon) -> String {
        var out = "lexicon fingerprint \(lexicon.fingerprint)\n\nentries per file:\n"
        for f in lexicon.files {
            out += "  \(f.path)\t\(f.kind)\t\(f.language)\tv\(f.version)\t\(f.entries)\n"
        }
        out += "\nscored sentiment entries per language (distinct terms, core):\n"
        let core = lexicon.scoredTermCounts()
        for l in LexiconLanguage.allCases { out += "  \(l.rawValue)\t\(core[l] ?? 0)\n" }
        out += "\nterms per theme (core and packs):\n"
        for theme in lexicon.themes {
            out += "  \(theme.ref)\t\(theme.labelEn) / \(theme.labelZh)\ten \(theme.termsEn.count)\tzh \(theme.termsZh.count)"
                + (theme.pack.map { "\tpack \($0)" } ?? "") + "\n"
        }
        out += "\ndomains: \(lexicon.domains.joined(separator: ", "))\n"
        return out
    }
}
