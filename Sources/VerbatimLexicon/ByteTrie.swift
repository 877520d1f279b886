/// The lexicon's keys as a byte trie in compressed-row form (children of
/// node `n` are `edgeLabel/edgeTarget[edgeStart[n]..<edgeStart[n+1]]`,
/// sorted by label), with a 256-way table for the root.
///
/// Built once per run from sorted keys without per-node dictionaries. It
/// answers the normalizer's word questions (`hasWord`, asked for elongated
/// words only); matching walks `TokenTrie`, and the tests walk this trie
/// byte by byte as the matcher's reference.
struct ByteTrie: Sendable {
    private(set) var rootTable: [Int32]
    private(set) var edgeStart: [Int32] = []
    private(set) var edgeLabel: [UInt8] = []
    private(set) var edgeTarget: [Int32] = []
    /// Key index ending at each node, or -1.
    private(set) var terminal: [Int32] = []

    /// Builds the trie; `keys[i]` is reported as `i` on a match.
    init(keys: [[UInt8]]) {
        let order = keys.indices.filter { !keys[$0].isEmpty }.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var terminal: [Int32] = [-1]  // node 0 is the root
        var parents: [Int32] = []
        var labels: [UInt8] = []
        var children: [Int32] = []
        var path: [Int32] = [0]  // path[d] = node at depth d of the previous key
        var previous: [UInt8] = []
        for k in order {
            let key = keys[k]
            var common = 0
            while common < key.count && common < previous.count && key[common] == previous[common] { common += 1 }
            path.removeSubrange((common + 1)...)
            for d in common..<key.count {
                let node = Int32(terminal.count)
                terminal.append(-1)
                parents.append(path[d])
                labels.append(key[d])
                children.append(node)
                path.append(node)
            }
            if terminal[Int(path[key.count])] == -1 { terminal[Int(path[key.count])] = Int32(k) }
            previous = key
        }
        // Edges were created grouped by parent in label order along each parent's
        // DFS visits; a stable counting sort by parent yields compressed rows.
        let nodeCount = terminal.count
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        for p in parents { counts[Int(p) + 1] += 1 }
        for i in 1...nodeCount { counts[i] += counts[i - 1] }
        var fill = counts
        var label = [UInt8](repeating: 0, count: parents.count)
        var target = [Int32](repeating: 0, count: parents.count)
        for e in parents.indices {
            let p = Int(parents[e])
            let slot = Int(fill[p])
            label[slot] = labels[e]
            target[slot] = children[e]
            fill[p] += 1
        }
        self.edgeStart = counts
        self.edgeLabel = label
        self.edgeTarget = target
        self.terminal = terminal
        var root = [Int32](repeating: -1, count: 256)
        for e in Int(counts[0])..<Int(counts[1]) { root[Int(label[e])] = target[e] }
        self.rootTable = root
    }

    /// The child of `node` along `byte`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32 {
        if node == 0 { return rootTable[Int(byte)] }
        var lo = Int(edgeStart[Int(node)])
        let hi = Int(edgeStart[Int(node) + 1])
        while lo < hi {
            if edgeLabel[lo] == byte { return edgeTarget[lo] }
            lo += 1
        }
        return -1
    }

    /// The key index at `node`, or -1.
    @inline(__always)
    func key(at node: Int32) -> Int32 { terminal[Int(node)] }

    /// The node reached by `bytes` from the root, or -1.
    func node(for bytes: ArraySlice<UInt8>) -> Int32 {
        var node: Int32 = 0
        for b in bytes {
            node = child(node, b)
            if node < 0 { return -1 }
        }
        return node
    }

    /// Whether a key is `word`, or starts with it and a space.
    func hasWord(_ word: ArraySlice<UInt8>) -> Bool {
        let node = node(for: word)
        return node >= 0 && (key(at: node) >= 0 || child(node, 0x20) >= 0)
    }

    var nodeCount: Int { terminal.count }
}
