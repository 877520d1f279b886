import Testing
@testable import VerbatimLexicon

@Suite struct WordByteTests {
    /// The bit-mask test agrees with the plain definition on every byte.
    @Test func wordBytesAreLettersDigitsAndUnderscore() {
        for b in UInt8.min...UInt8.max {
            let expected = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
            #expect(isWordByte(b) == expected, "byte \(b)")
        }
    }
}

@Suite struct FirstCharacterTableTests {
    /// The root's three-byte-character table gives the node the byte walk reaches, for every character.
    @Test func first3AgreesWithTheByteWalk() {
        let keys = ["菜", "菜品", "好吃", "好", "ࠀx", "ｱｲ", "\u{FFFD}", "服务", "服務", "a", "ab"].map { Array($0.utf8) }
        let trie = ByteTrie(keys: keys)
        var found = 0
        for cp in UInt32(0x800)...0xFFFF where !(0xD800...0xDFFF).contains(cp) {
            let bytes = Array(String(Unicode.Scalar(cp)!).utf8)
            bytes.withUnsafeBufferPointer { p in
                let fast = trie.first3(p.baseAddress!)
                #expect(fast == trie.child3(0, p.baseAddress!), "U+\(String(cp, radix: 16))")
                if fast >= 0 { found += 1 }
            }
        }
        #expect(found == 6)  // the distinct first characters: 菜 好 ࠀ ｱ U+FFFD 服
    }
}
