/// Short stop lists for the unmatched-phrase candidates: function words
/// that would otherwise top every list. Negations (not, no, 不, 没) are
/// kept out of the English list on purpose: "not working" is a phrase worth
/// seeing; in Chinese they are stop characters only when an n-gram is made
/// of nothing else (不是, 没有).
enum StopWords {
    static let english: Set<String> = [
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "done",
        "for", "from", "get", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how",
        "i", "i'm", "i've", "if", "in", "into", "is", "it", "it's", "its", "just", "me", "more", "most", "my",
        "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "why", "will", "with", "would", "you", "your", "really", "still", "even", "one", "much", "there's",
        "ve", "ll", "re", "s", "t", "d", "m",
    ]

    static let chinese: Set<Character> = [
        "的", "了", "是", "我", "在", "也", "都", "就", "和", "有", "很", "不", "这", "那", "你", "他", "她", "它",
        "们", "吗", "呢", "吧", "啊", "呀", "哦", "嗯", "个", "一", "着", "过", "还", "又", "没", "被", "把", "给",
        "让", "与", "及", "或", "而", "但", "到", "说", "要", "会", "对", "去", "来", "上", "下", "得", "地", "之",
        "为", "以", "所", "些", "其", "么", "什", "怎",
    ]

    /// ``chinese`` by scalar value (each is one scalar).
    static let chineseScalars: Set<UInt32> = Set(chinese.map { $0.unicodeScalars.first!.value })
}
