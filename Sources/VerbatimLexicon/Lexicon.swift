import Foundation
import VerbatimModel
import VerbatimText

/// The compiled lexicon: every term of the core and of the domain packs in
/// one byte trie, with what each term means in each domain.
///
/// Load it once per run and share it: it is immutable and `Sendable`.
///
/// ```swift
/// let lexicon = try Lexicon.load(directories: ["lexicons"])
/// let matches = lexicon.match(lexicon.normalizer.normalize("送餐太慢了"), domain: 0)
/// ```
public struct Lexicon: Sendable {
    /// Domain names; index 0 is `general` (core only), then the packs by name.
    public let domains: [String]
    /// The packs, in `domains` order from index 1.
    public let packs: [PackInfo]
    /// The taxonomy, sorted by theme path.
    public let themes: [ThemeInfo]
    /// The core's rule constants (`rules.tsv`; the `general` domain).
    public let rules: RuleConstants
    /// Rule constants per domain (`domains` order): the core's, with a pack's own
    /// `packs/<name>/rules.tsv` applied over them in that pack's domain.
    public let domainRules: [RuleConstants]
    /// Files that went in, in load order.
    public let files: [LexiconFileInfo]
    /// FNV-1a 64 of every file's layer, path within its folder and bytes, in load order: same files, same
    /// fingerprint, wherever the folders are.
    public let fingerprint: String
    public let normalizer: TextNormalizer
    /// The normalized terms, indexed as the trie reports them.
    public let terms: [String]

    let trie: ByteTrie
    /// The same keys over words and characters, for matching.
    let tokenTrie: TokenTrie
    let roleTable: [TermRoles]
    let laneMasks: [UInt8]
    let languages: [LexiconLanguage]
    /// Per domain: term index → role index, or -1 when the term means nothing there.
    let views: [[Int32]]
    /// Term index → role index holding only cue packs, or -1.
    let cueView: [Int32]

    /// The roles of a match.
    public func roles(_ match: Match) -> TermRoles { roleTable[Int(match.roles)] }

    /// The domain index of a name (`general`, a pack name), or nil.
    public func domainIndex(_ name: String) -> Int? { domains.firstIndex(of: name) }

    /// Theme info for a reference, if the taxonomy has it.
    public func theme(_ ref: ThemeRef) -> ThemeInfo? { themes.first { $0.ref == ref } }

    /// Loads and compiles lexicon directories; later ones override earlier ones term by term.
    /// - Throws: `LexiconError` for the first error found (a malformed line, an unknown theme…).
    public static func load(directories: [String], normalizer: TextNormalizer = TextNormalizer()) throws(LexiconError) -> Lexicon {
        let (lexicon, problems) = compile(directories: directories, normalizer: normalizer)
        if let first = problems.first(where: { $0.severity == .error }) { throw first }
        guard let lexicon else {
            throw LexiconError(path: directories.joined(separator: ", "), line: 0, code: .noLexicon, message: "no lexicon files found")
        }
        return lexicon
    }

    /// Compiles directories, returning every problem found (for lint) and the lexicon when there is one.
    public static func compile(directories: [String], normalizer: TextNormalizer = TextNormalizer()) -> (Lexicon?, [LexiconError]) {
        var parsed: [(LexiconFile, Int)] = []
        var problems: [LexiconError] = []
        var hash = FNV1a64()
        for (layer, dir) in directories.enumerated() {
            let (files, readProblems) = LexiconDirectory.read(dir)
            problems += readProblems
            for (file, bytes) in files {
                // The path within its layer, not where the folder sits: the same lexicon copied
                // elsewhere (another machine, a Spark executor's work folder) keeps its fingerprint.
                let inLayer = file.path.hasPrefix(dir) ? String(file.path.dropFirst(dir.count)) : file.path
                // Each part ends with 0xFF (not UTF-8), so part boundaries cannot shift.
                hash.add(bytes: "\(layer):\(inLayer)".utf8)
                hash.add(0xFF)
                hash.add(bytes: bytes)
                hash.add(0xFF)
                parsed.append((file, layer))
            }
        }
        var compiler = LexiconCompiler(normalizer: normalizer)
        compiler.add(parsed)
        compiler.checkTaxonomy()
        problems += compiler.problems
        if parsed.isEmpty { return (nil, problems) }
        return (build(compiler, fingerprint: hash.hex), problems)
    }

    static func build(_ c: LexiconCompiler, fingerprint: String) -> Lexicon {
        let packNames = Set(c.packs.keys).union(c.scopes.keys.filter { !$0.isEmpty }).union(c.themeTerms.keys.filter { !$0.isEmpty })
            .union(c.packRules.keys).sorted()
        let packs = packNames.map { c.packs[$0] ?? PackInfo(name: $0, labelEn: $0, labelZh: $0, cues: []) }
        let domains = ["general"] + packNames
        var termTable = c.terms
        // Every term any scope knows, by id.
        var cueIDs: [[Int32]] = []
        for p in packs { cueIDs.append(p.cues.map { termTable.id($0) }) }
        var known = [Bool](repeating: false, count: termTable.count)
        func mark<V>(_ d: [Int32: V]) { for id in d.keys { known[Int(id)] = true } }
        for scope in c.scopes.values {
            mark(scope.valence)
            mark(scope.modifier)
            mark(scope.politeness)
            mark(scope.negator)
            mark(scope.contrast)
            mark(scope.irrealis)
            mark(scope.complaint)
            mark(scope.response)
            mark(scope.aspects)
        }
        for byTerm in c.themeTerms.values { mark(byTerm) }
        for ids in cueIDs { for id in ids { known[Int(id)] = true } }
        // Sorted as `String` sorts: byte order of the NFC forms.
        let order = (0..<Int32(termTable.count)).filter { known[Int($0)] }.sorted {
            termTable.keys[Int($0)].lexicographicallyPrecedes(termTable.keys[Int($1)])
        }
        let terms = order.map { termTable.spellings[Int($0)] }
        let keyBytes = terms.map { Array($0.utf8) }
        let trie = ByteTrie(keys: keyBytes)
        let tokenTrie = TokenTrie(keys: keyBytes)

        // Roles of different terms never compare equal (`term` is part of them), so a role is
        // interned among the roles already made for its own term: no hashing of `TermRoles`.
        var roleTable: [TermRoles] = []
        var rolesOfTerm = [[Int32]](repeating: [], count: terms.count)
        func intern(_ r: TermRoles, _ t: Int) -> Int32 {
            for i in rolesOfTerm[t] where roleTable[Int(i)] == r { return i }
            let i = Int32(roleTable.count)
            roleTable.append(r)
            rolesOfTerm[t].append(i)
            return i
        }
        let core = c.scopes[""] ?? LexiconCompiler.Scope()
        let coreThemes = c.themeTerms[""] ?? [:]
        func roles(_ t: Int, pack: LexiconCompiler.Scope?, packThemes: [Int32: [ThemeRef]]?) -> TermRoles {
            let id = order[t]
            let term = terms[t]
            var r = TermRoles(term: term, language: pack?.language[id] ?? core.language[id] ?? LexiconFile.scriptLanguage(of: term))
            let v = pack?.valence[id] ?? core.valence[id]
            r.valence = v?.value
            r.valenceSource = v.map { "\($0.path):\($0.line)" }
            // The kind goes with the entry that gives the valence: a pack's entry replaces the core's whole.
            r.expressive = (pack?.valence[id] != nil ? pack?.expressive[id] : core.expressive[id]) ?? false
            r.modifier = (pack?.modifier[id] ?? core.modifier[id])?.value
            r.politeness = (pack?.politeness[id] ?? core.politeness[id])?.value
            r.negator = (pack?.negator[id] ?? core.negator[id])?.value
            r.contrast = (pack?.contrast[id] ?? core.contrast[id])?.value
            r.irrealis = (pack?.irrealis[id] ?? core.irrealis[id])?.value
            r.complaint = (pack?.complaint[id] ?? core.complaint[id])?.value
            r.response = (pack?.response[id] ?? core.response[id])?.value
            let coreAspects = core.aspects[id]
            let packAspects = pack?.aspects[id]
            if coreAspects != nil || packAspects != nil {
                var aspects = coreAspects?.mapValues(\.value) ?? [:]
                for (k, v) in packAspects ?? [:] { aspects[k] = v.value }
                r.aspects = aspects.keys.sorted().map { AspectValence(theme: ThemeRef(path: $0), valence: aspects[$0]!) }
            }
            // A pack that lists a term decides its themes in that domain ("slow" → wait_time for restaurants).
            // An empty list is a `none` row: the term stays in the theme lane and hides shorter theme terms.
            if let themes = packThemes?[id] ?? coreThemes[id] {
                r.themes = themes.sorted()
                r.hidesThemes = themes.isEmpty
            }
            return r
        }
        var general = [Int32](repeating: -1, count: terms.count)
        for t in terms.indices {
            let r = roles(t, pack: nil, packThemes: nil)
            if r.laneMask != 0 { general[t] = intern(r, t) }
        }
        var views = [general]
        for packName in packNames {
            let pack = c.scopes[packName]
            let packThemes = c.themeTerms[packName]
            // A term the pack says nothing about has its general roles in the pack's domain.
            var touched = [Bool](repeating: false, count: termTable.count)
            func touch<V>(_ d: [Int32: V]?) {
                guard let d else { return }
                for id in d.keys { touched[Int(id)] = true }
            }
            touch(pack?.valence)
            touch(pack?.modifier)
            touch(pack?.politeness)
            touch(pack?.negator)
            touch(pack?.contrast)
            touch(pack?.irrealis)
            touch(pack?.complaint)
            touch(pack?.response)
            touch(pack?.aspects)
            touch(pack?.language)
            touch(packThemes)
            var view = general
            for t in terms.indices where touched[Int(order[t])] {
                let r = roles(t, pack: pack, packThemes: packThemes)
                view[t] = r.laneMask != 0 ? intern(r, t) : -1
            }
            views.append(view)
        }
        var cueView = [Int32](repeating: -1, count: terms.count)
        var cuePacks: [Int32: [Int]] = [:]
        for (p, ids) in cueIDs.enumerated() {
            for id in ids where !(cuePacks[id]?.contains(p + 1) ?? false) { cuePacks[id, default: []].append(p + 1) }
        }
        for (t, term) in terms.enumerated() {
            if let list = cuePacks[order[t]] {
                var r = TermRoles(term: term, language: LexiconFile.scriptLanguage(of: term))
                r.cues = list
                cueView[t] = intern(r, t)
            }
        }
        let themes = c.themes.values.sorted { $0.ref < $1.ref }
        return Lexicon(
            domains: domains, packs: packs, themes: themes, rules: c.rules,
            domainRules: [c.rules] + packNames.map { name in
                var r = c.rules
                for (key, value) in c.packRules[name] ?? [] { _ = r.set(key, value) }
                return r
            },
            files: c.files, fingerprint: fingerprint,
            normalizer: c.normalizer, terms: terms, trie: trie, tokenTrie: tokenTrie, roleTable: roleTable, laneMasks: roleTable.map(\.laneMask),
            languages: roleTable.map(\.language), views: views, cueView: cueView)
    }
}

extension Lexicon {
    /// Distinct scored sentiment terms per language in a domain (0 = core).
    public func scoredTermCounts(domain: Int = 0) -> [LexiconLanguage: Int] {
        var counts: [LexiconLanguage: Int] = [:]
        for t in terms.indices {
            let r = views[domain][t]
            guard r >= 0, roleTable[Int(r)].valence != nil else { continue }
            counts[roleTable[Int(r)].language, default: 0] += 1
        }
        return counts
    }

    /// The roles of a term in a domain, if it has any (for tools and tests).
    public func roles(ofTerm term: String, domain: Int = 0) -> TermRoles? {
        var lo = 0
        var hi = terms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if terms[mid] < term { lo = mid + 1 } else { hi = mid }
        }
        guard lo < terms.count, terms[lo] == term else { return nil }
        let r = views[domain][lo]
        return r >= 0 ? roleTable[Int(r)] : nil
    }
}
