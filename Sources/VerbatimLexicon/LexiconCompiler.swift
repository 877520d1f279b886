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
        /// Per term with a valence in this scope: whether that entry is of kind `expressive`.
        var expressive: [Int32: Bool] = [:]
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
        // Where each term of this file was listed as `none` / for a real theme, for the warning on both;
        // kept only in a file with a `none` row (one compare per row), so other files load as before.
        let hasNoneRow = file.lines.contains { $0.fields.count == 5 && trimWhitespace($0.fields[0]) == Self.noThemeID }
        var noneLine: [Int32: Int] = [:]
        var themeLine: [Int32] = []  // by term id (dense), 0 = not listed for a theme in this file: no hashing
        var refOfLine: [Int: ThemeRef] = [:]  // per row, not per term: the theme a warning names
        var warnedBoth: Set<Int32> = []
        for line in file.lines where line.fields.count == 5 {
            let f = line.fields.map { trimWhitespace($0) }
            guard Self.isThemeID(f[0]) else {
                problem(file, line.number, .badValue, "theme id '\(f[0])' must be lower-case letters, digits and _ (optionally id/subtheme)")
                continue
            }
            let ref = ThemeRef(path: f[0])
            // `none` lists set phrases that hide shorter theme terms; it is no theme itself.
            let hides = f[0] == Self.noThemeID
            if !hides && (ref.id == Self.noThemeID || ref.subtheme == Self.noThemeID) {
                problem(file, line.number, .badValue, "'\(Self.noThemeID)' names no theme: it cannot be a theme id or subtheme ('\(f[0])')")
                continue
            }
            if !seenInFile.insert(ref).inserted {
                problem(file, line.number, .duplicate, "theme '\(ref)' appears twice in this file")
            }
            // A lone `-` (like an empty column) lists no terms: a `none` row may have no Chinese ones.
            let en = f[3] == "-" ? [] : f[3].split(separator: "|").map { trimWhitespace($0) }.filter { !$0.isEmpty }
            let zh = f[4] == "-" ? [] : f[4].split(separator: "|").map { trimWhitespace($0) }.filter { !$0.isEmpty }
            if hasNoneRow && !hides { refOfLine[line.number] = ref }
            if hides {
                // Not part of the taxonomy: no labels, no `ThemeInfo`, nothing in reports or stats.
            } else if var existing = themes[ref] {
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
                if hides {
                    // An empty theme list marks the term; a real theme listed in the same scope wins.
                    if themeTerms[scope]?[id] == nil { themeTerms[scope, default: [:]][id] = [] }
                    if noneLine[id] == nil { noneLine[id] = line.number }
                    if Int(id) < themeLine.count, themeLine[Int(id)] > 0, let otherRef = refOfLine[Int(themeLine[Int(id)])],
                        warnedBoth.insert(id).inserted
                    {
                        let other = themeLine[Int(id)]
                        problem(file, line.number, .conflict, "term '\(raw)' is listed as '\(Self.noThemeID)' and for theme '\(otherRef)' (line \(other)): the theme wins", .warning)
                    }
                } else {
                    themeTerms[scope, default: [:]][id, default: []].appendIfMissing(ref)
                    if hasNoneRow {
                        if Int(id) >= themeLine.count { themeLine += repeatElement(0, count: Int(id) + 1 - themeLine.count) }
                        if themeLine[Int(id)] == 0 { themeLine[Int(id)] = Int32(line.number) }
                    }
                    if !noneLine.isEmpty, let other = noneLine[id], warnedBoth.insert(id).inserted {
                        problem(file, line.number, .conflict, "term '\(raw)' is listed for theme '\(ref)' and as '\(Self.noThemeID)' (line \(other)): the theme wins", .warning)
                    }
                }
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
    /// The `themes` row id of set phrases that hide shorter theme terms and name no theme.
    static let noThemeID = "none"

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
