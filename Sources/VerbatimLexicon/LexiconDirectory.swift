import Foundation

/// Finds and reads the `.tsv` files of a lexicon directory, in sorted
/// order so loading is deterministic.
enum LexiconDirectory {
    static func read(_ dir: String) -> ([(LexiconFile, [UInt8])], [LexiconError]) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir) else {
            return ([], [LexiconError(path: dir, line: 0, code: .unreadable, message: "no such directory")])
        }
        var paths: [String] = []
        if isDir.boolValue {
            guard let e = fm.enumerator(atPath: dir) else {
                return ([], [LexiconError(path: dir, line: 0, code: .unreadable, message: "cannot list directory")])
            }
            while let rel = e.nextObject() as? String {
                if rel.hasSuffix(".tsv") && !rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { paths.append(rel) }
            }
            paths.sort()
        } else {
            paths = [""]
        }
        var files: [(LexiconFile, [UInt8])] = []
        var problems: [LexiconError] = []
        for rel in paths {
            let full = rel.isEmpty ? dir : (dir as NSString).appendingPathComponent(rel)
            guard let data = fm.contents(atPath: full) else {
                problems.append(LexiconError(path: full, line: 0, code: .unreadable, message: "cannot read file"))
                continue
            }
            let parts = rel.split(separator: "/")
            let pack = parts.count >= 3 && parts[0] == "packs" ? String(parts[1]) : nil
            let bytes = [UInt8](data)
            files.append((LexiconFile.parse(bytes, path: full, pack: pack), bytes))
        }
        return (files, problems)
    }
}
