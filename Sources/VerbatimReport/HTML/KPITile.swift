/// One headline number on an HTML page: a label, the value as text, an optional confidence
/// interval text and an optional note. Values are passed pre-formatted (renderers compute nothing).
///
/// ```swift
/// KPITile(label: "Net sentiment", value: "+0.23", ci: "95% CI +0.19 … +0.27", note: "n = 1,204")
/// ```
public struct KPITile: Sendable, Hashable {
    public var label: String
    public var value: String
    public var ci: String?
    public var note: String?

    public init(label: String, value: String, ci: String? = nil, note: String? = nil) {
        self.label = label
        self.value = value
        self.ci = ci
        self.note = note
    }

    var markup: Markup {
        var m: Markup = "<div class=\"kpi\"><div class=\"label\">\(label)</div><div class=\"value\">\(value)</div>"
        if let ci { m += "<div class=\"ci\">\(ci)</div>" }
        if let note { m += "<div class=\"kpi-note\">\(note)</div>" }
        return m + "</div>"
    }
}
