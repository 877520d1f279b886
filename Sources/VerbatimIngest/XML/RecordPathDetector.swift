/// Finds the record element of an XML document from its first few hundred elements.
///
/// Each element path (`feed/entry`) is measured: how often it occurs, how
/// many of its instances hold text or attributes, and whether it has child
/// elements. The record is the shallowest repeated path that holds content,
/// preferring elements with children (`<review><text>…`) over attribute-only
/// rows (`<row Id="1" Body="…"/>`) over bare text leaves (`<sentence>…</sentence>`);
/// ties go to the most frequent, then the first seen. When such a path is
/// only a wrapper around a repeated structured child (`page/review`, twice
/// per page or more), the child is taken instead. A document with nothing
/// repeated is one record: the root's first structured child, else the root.
enum RecordPathDetector {
    struct Stats {
        var depth: Int
        var count = 0
        var withContent = 0
        var withChildren = 0
        var withAttributes = 0
        var firstSeen: Int
    }

    /// The detected record path (anchored at the root), nil for a document without elements.
    static func detect(_ events: [XMLEvent]) -> RecordPath? {
        var stats: [String: Stats] = [:]
        struct Frame { var path: String; var hasText = false; var hasChildren = false; var attributeCount = 0 }
        var stack: [Frame] = []
        var order = 0
        for event in events {
            switch event {
            case .start(let name, let attributes, _):
                if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
                let path = stack.last.map { $0.path + "/" + name } ?? name
                if stats[path] == nil {
                    stats[path] = Stats(depth: stack.count, firstSeen: order)
                    order += 1
                }
                var frame = Frame(path: path)
                frame.attributeCount = attributes.filter { !$0.name.hasPrefix("xmlns") && !$0.value.isEmpty }.count
                stack.append(frame)
            case .text(let s):
                if !stack.isEmpty, s.contains(where: { !$0.isWhitespace }) {
                    for i in stack.indices { stack[i].hasText = true }
                }
            case .end:
                guard let frame = stack.popLast() else { continue }
                if frame.hasText || frame.attributeCount > 0, !stack.isEmpty { stack[stack.count - 1].hasText = true }
                stats[frame.path]?.count += 1
                if frame.hasText || frame.attributeCount > 0 { stats[frame.path]?.withContent += 1 }
                if frame.hasChildren { stats[frame.path]?.withChildren += 1 }
                if frame.attributeCount >= 2 { stats[frame.path]?.withAttributes += 1 }
            }
        }
        guard let rootPath = stats.first(where: { $0.value.depth == 0 })?.key else { return nil }

        func tier(_ s: Stats) -> Int {
            if s.withChildren * 2 >= s.count { return 0 }
            if s.withAttributes * 2 >= s.count { return 1 }
            return 2
        }
        let repeated = stats.filter { $0.value.depth >= 1 && $0.value.count >= 2 && $0.value.withContent * 2 >= $0.value.count }
        let best = repeated.min { a, b in
            (tier(a.value), a.value.depth, -a.value.count, a.value.firstSeen) < (tier(b.value), b.value.depth, -b.value.count, b.value.firstSeen)
        }
        var chosen: String
        if let best {
            chosen = best.key
            // Descend through wrappers (`page` holding several `review`s).
            while tier(stats[chosen]!) == 0 {
                let parentCount = stats[chosen]!.count
                let inner = stats.filter {
                    $0.key.hasPrefix(chosen + "/") && tier($0.value) == 0 && $0.value.count >= 2 * parentCount
                        && $0.value.withContent * 2 >= $0.value.count
                }.min { ($0.value.depth, $0.value.firstSeen) < ($1.value.depth, $1.value.firstSeen) }
                guard let inner else { break }
                chosen = inner.key
            }
        } else if let child = stats.filter({ $0.value.depth == 1 && $0.value.withChildren > 0 && $0.value.withContent > 0 })
            .min(by: { $0.value.firstSeen < $1.value.firstSeen }) {
            chosen = child.key
        } else {
            chosen = rootPath
        }
        return RecordPath(steps: chosen.split(separator: "/").map(String.init), anchored: true)
    }
}
