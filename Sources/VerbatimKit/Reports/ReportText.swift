import VerbatimAggregate
import VerbatimIngest
import VerbatimLexicon
import VerbatimModel
import VerbatimReport

/// Wording shared by the theme and comparison reports: theme names in both
/// languages, KPI values with their units and intervals, counts.
struct ReportText {
    let lexicon: Lexicon

    /// `Delivery · 配送` (or the id when the lexicon has no label).
    func theme(_ ref: ThemeRef) -> String {
        guard let info = lexicon.theme(ref) ?? lexicon.theme(ThemeRef(id: ref.id)) else { return ref.description }
        let en = info.labelEn.isEmpty ? ref.description : info.labelEn
        let zh = info.labelZh
        if ref.subtheme != nil && lexicon.theme(ref) == nil { return "\(en) / \(ref.subtheme!)" }
        return zh.isEmpty || zh == en ? en : "\(en) · \(zh)"
    }

    func theme(id: String) -> String { theme(ThemeRef(id: id)) }

    static let kpiNames: [String: String] = [
        "nps": "NPS", "csat": "CSAT", "averageRating": "Average rating", "averageRatingNormalized": "Average rating (0–1)",
        "complaintRate": "Complaint rate", "complaintsPerThousandOrders": "Complaints per 1,000 orders",
        "responseTimeMedian": "Response time (median)", "responseTimeP90": "Response time (p90)",
    ]

    static func kpiName(_ kpi: KPI) -> String {
        if kpi.id.hasPrefix("retention") { return "Retention " + kpi.id.dropFirst("retention".count).trimmingCharacters(in: .punctuationCharacters) }
        return kpiNames[kpi.id] ?? kpi.id
    }

    /// The value with its unit: `+32`, `78%`, `4.12`, `3.4 per 1,000`, `2 h 5 min`.
    static func value(_ v: Double, unit: KPIUnit) -> String {
        switch unit {
        case .points: return NumberFormat.signed(v, decimals: 0)
        case .share: return NumberFormat.percent(v, decimals: 1)
        case .rating: return NumberFormat.fixed(v, decimals: 2)
        case .perThousand: return NumberFormat.fixed(v, decimals: 1)
        case .seconds: return duration(v)
        }
    }

    /// The `--keep-duplicates` caveat when its duplicate counter overflowed
    /// (`IngestSummary.textsNotRemembered`), nil otherwise: the input sections show it
    /// next to the duplicate counts it qualifies.
    static func textsNotRemembered(_ input: IngestSummary) -> String? {
        guard let n = input.textsNotRemembered, n > 0 else { return nil }
        return "--keep-duplicates: \(count(n)) text(s) met after the first \(count(DuplicateFilter.keptDuplicatesCapacity)) distinct ones were not remembered, so the duplicate counts are lower bounds."
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        if s < 86400 { return "\(s / 3600) h \(s % 3600 / 60) min" }
        return "\(s / 86400) d \(s % 86400 / 3600) h"
    }

    static func kpiValue(_ kpi: KPI) -> String {
        guard let v = kpi.value else { return "—" }
        return value(v, unit: kpi.unit)
    }

    static func kpiInterval(_ kpi: KPI) -> String? {
        guard let i = kpi.interval else { return nil }
        return "95% CI \(value(i.low, unit: kpi.unit)) … \(value(i.high, unit: kpi.unit))"
    }

    static func percent(_ share: Double) -> String { NumberFormat.percent(share, decimals: 1) }
    static func signed(_ v: Double) -> String { NumberFormat.signed(v, decimals: 2) }
    static func optionalSigned(_ v: Double?, decimals: Int = 2) -> String { v.map { NumberFormat.signed($0, decimals: decimals) } ?? "—" }

    /// `1,234`: thousands separated, locale-independent.
    static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    static func language(_ l: Language) -> String? {
        switch l {
        case .zh: return "zh"
        case .en: return "en"
        default: return nil
        }
    }
}
