import Foundation
import VerbatimModel
import VerbatimText

/// Interprets parsed lexicon files into a `Lexicon`, collecting every
/// problem so `lexicon lint` can list them all at once.
struct LexiconCompiler {
    /// A value from one line, with where it came from.
    struct Sourced<Value> {
        var value: Value
        var path: String
        var line: Int
        var layer: Int
    }

    /// Entries of one scope (core = "", or a pack name), by kind then term id (`terms`).
    struct Scope {
        var valence: [Int32: Sourced<Double>] = [:]
        var modifier: [Int32: Sourced<Double>] = [:]
        var politeness: [Int32: Sourced<Double>] = [:]
        var negator: [Int32: Sourced<NegatorRule>] = [:]
        var contrast: [Int32: Sourced<ContrastRule>] = [:]
        var irrealis: [Int32: Sourced<IrrealisRule>] = [:]
        var complaint: [Int32: Sourced<ComplaintStrength>] = [:]
        var response: [Int32: Sourced<ResponseAction>] = [:]
        var aspects: [Int32: [String: Sourced<Double>]] = [:]  // term → theme path → valence
        var language: [Int32: LexiconLanguage] = [:]
    }

    let normalizer: TextNormalizer
    /// Every normalized term met, by id.
    var terms = TermTable()
    var problems: [LexiconError] = []
    var scopes: [String: Scope] = ["": Scope()]
    var themes: [ThemeRef: ThemeInfo] = [:]
    var themeOrder: [ThemeRef] = []
    /// term id → themes, per scope.
    var themeTerms: [String: [Int32: [ThemeRef]]] = [:]
    var packs: [String: PackInfo] = [:]
    var rules = RuleConstants()
    /// Per pack: constants its `rules.tsv` sets, applied over the core's for that domain only.
    var packRules: [String: [(name: String, value: Double)]] = [:]
    var files: [LexiconFileInfo] = []

    /// Working storage `normalizeTerm` reuses from term to term.
    let termScratch = TermScratch()

    init(normalizer: TextNormalizer) { self.normalizer = normalizer }

    /// Normalizes a term the way text is normalized, so analysts may write
    /// Traditional characters, capitals or full-width forms.
    func normalizeTerm(_ raw: String) -> String {
        let trimmed = trimWhitespace(raw)
        normalizer.normalize(trimmed, vocabulary: EmptyVocabulary(), into: &termScratch.text, scratch: termScratch.normalizer)
        return String(decoding: termScratch.text.bytes, as: UTF8.self)
    }

    mutating func problem(_ file: LexiconFile, _ line: Int, _ code: LexiconError.Code, _ message: String,
                          _ severity: LexiconError.Severity = .error) {
        problems.append(LexiconError(path: file.path, line: line, code: code, severity: severity, message: message))
    }

    func number(_ s: String) -> Double? {
        let t = trimWhitespace(s)
        guard let v = Double(t), v.isFinite else { return nil }
        return v
    }

    /// Adds every file. `layer` is the index of the directory it came from.
    mutating func add(_ files: [(LexiconFile, Int)]) {
        for (file, _) in files { problems.append(contentsOf: file.problems) }
        let usable = files.filter { f in !f.0.problems.contains { $0.code == .missingHeader || $0.code == .unknownKind || $0.code == .unreadable || ($0.code == .badHeader && $0.line == 0 && $0.message.contains("kind")) } }
        // Themes, packs and rules first: term kinds refer to them.
        for (file, layer) in usable where file.kind == .themes { addThemes(file, layer) }
        for (file, layer) in usable where file.kind == .pack { addPack(file, layer) }
        for (file, layer) in usable where file.kind == .rules { addRules(file, layer) }
        for (file, layer) in usable where ![.themes, .pack, .rules].contains(file.kind) { addTerms(file, layer) }
    }

    mutating func addThemes(_ file: LexiconFile, _ layer: Int) {
        var seenInFile: Set<ThemeRef> = []
        var count = 0
        let scope = file.pack ?? ""
        for line in file.lines where line.fields.count == 5 {
            let f = line.fields.map { trimWhitespace($0) }
            guard Self.isThemeID(f[0]) else {
                problem(file, line.number, .badValue, "theme id '\(f[0])' must be lower-case letters, digits and _ (optionally id/subtheme)")
                continue
            }
            let ref = ThemeRef(path: f[0])
            if !seenInFile.insert(ref).inserted {
                problem(file, line.number, .duplicate, "theme '\(ref)' appears twice in this file")
            }
            let en = f[3].split(separator: "|").map { trimWhitespace($0) }.filter { !$0.isEmpty }
            let zh = f[4].split(separator: "|").map { trimWhitespace($0) }.filter { !$0.isEmpty }
            if var existing = themes[ref] {
                existing.termsEn += en
                existing.termsZh += zh
                if !f[1].isEmpty { existing.labelEn = f[1] }
                if !f[2].isEmpty { existing.labelZh = f[2] }
                themes[ref] = existing
            } else {
                themes[ref] = ThemeInfo(ref: ref, labelEn: f[1], labelZh: f[2], pack: file.pack, termsEn: en, termsZh: zh)
                themeOrder.append(ref)
            }
            var seenTerms: Set<Int32> = []
            for raw in en + zh {
                let term = normalizeTerm(raw)
                if term.isEmpty { continue }
                let id = terms.id(term)
                if !seenTerms.insert(id).inserted {
                    problem(file, line.number, .duplicate, "term '\(raw)' listed twice for theme '\(ref)'", .warning)
                    continue
                }
                themeTerms[scope, default: [:]][id, default: []].appendIfMissing(ref)
                count += 1
                if scopes[scope]?.language[id] == nil {
                    scopes[scope, default: Scope()].language[id] = LexiconFile.scriptLanguage(of: term)
                }
            }
        }
        files.append(LexiconFileInfo(path: file.path, kind: file.kind.rawValue, language: file.language, version: file.version, pack: file.pack, entries: count))
    }

    mutating func addPack(_ file: LexiconFile, _ layer: Int) {
        guard let name = file.pack else {
            problem(file, 0, .badValue, "a 'pack' file belongs in packs/<name>/")
            return
        }
        var info = packs[name] ?? PackInfo(name: name, labelEn: name, labelZh: name, cues: [])
        for line in file.lines where line.fields.count == 2 {
            let key = trimWhitespace(line.fields[0])
            let value = trimWhitespace(line.fields[1])
            switch key {
            case "name":
                if value != name { problem(file, line.number, .badValue, "pack name '\(value)' differs from its folder '\(name)'") }
            case "label_en": info.labelEn = value
            case "label_zh": info.labelZh = value
            case "cues": info.cues += value.split(separator: "|").map { normalizeTerm(String($0)) }.filter { !$0.isEmpty }
            default: problem(file, line.number, .badValue, "unknown pack key '\(key)' (name, label_en, label_zh, cues)")
            }
        }
        packs[name] = info
        files.append(LexiconFileInfo(path: file.path, kind: file.kind.rawValue, language: file.language, version: file.version, pack: file.pack, entries: info.cues.count))
    }

    mutating func addRules(_ file: LexiconFile, _ layer: Int) {
        var count = 0
        for line in file.lines where line.fields.count == 2 {
            let name = trimWhitespace(line.fields[0])
            guard let value = number(line.fields[1]) else {
                problem(file, line.number, .badNumber, "'\(line.fields[1])' is not a number")
                continue
            }
            if let pack = file.pack {
                // The score scale stays one for all domains, so item scores compare across them.
                guard !RuleConstants.globalNames.contains(name) else {
                    problem(file, line.number, .badValue, "rule '\(name)' applies to every domain: set it in the core rules.tsv, not in a pack")
                    continue
                }
                var probe = RuleConstants()
                if probe.set(name, value) {
                    packRules[pack, default: []].append((name, value))
                } else {
                    problem(file, line.number, .unknownRule, "unknown rule '\(name)' (known: \(RuleConstants.names.joined(separator: ", ")))")
                }
            } else if !rules.set(name, value) {
                problem(file, line.number, .unknownRule, "unknown rule '\(name)' (known: \(RuleConstants.names.joined(separator: ", ")))")
            }
            count += 1
        }
        files.append(LexiconFileInfo(path: file.path, kind: file.kind.rawValue, language: file.language, version: file.version, pack: file.pack, entries: count))
    }
}

extension LexiconCompiler {
    /// Whether a trimmed field is a theme id, `^[a-z0-9_]+(/[a-z0-9_]+)?$` (an id, optionally
    /// `id/subtheme`), checked on bytes rather than with a regular expression per line.
    static func isThemeID(_ s: String) -> Bool {
        var partLength = 0
        var slashes = 0
        for b in s.utf8 {
            switch b {
            case 0x61...0x7A, 0x30...0x39, 0x5F: partLength += 1
            case 0x2F:
                guard partLength > 0, slashes == 0 else { return false }
                slashes += 1
                partLength = 0
            default: return false
            }
        }
        return partLength > 0
    }
}

extension Array where Element: Equatable {
    mutating func appendIfMissing(_ e: Element) {
        if !contains(e) { append(e) }
    }
}

/// `trimmedWhitespace` (Unicode white space at both ends), returning the string itself, without
/// building a copy scalar by scalar, when neither end is white space: nearly every field.
func trimWhitespace<S: StringProtocol>(_ s: S) -> String {
    @inline(__always) func isSpace(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? u.value == 0x20 || (0x09...0x0D).contains(u.value) : u.properties.isWhitespace
    }
    let scalars = s.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return "" }
    if !isSpace(first) && !isSpace(last) { return String(s) }
    return s.trimmedWhitespace
}

/// What `LexiconCompiler.normalizeTerm` reuses: a fresh normalizer scratch
/// (two 1 KB buffers) and result per term was ≈ 14 % of lexicon load (callgrind).
final class TermScratch {
    let normalizer = NormalizerScratch()
    var text = NormalizedText(bytes: [], origin: [], emphasis: [], capsAreEmphasis: false, original: "")
}
