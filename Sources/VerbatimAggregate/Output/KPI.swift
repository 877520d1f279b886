/// One key figure, ready to print: its value and interval, how many
/// respondents or items it rests on, and the formula in words.
///
/// When the data lacks what the KPI needs, `value` is nil and
/// `unavailableReason` says why ("no 0–10 recommend answers").
///
/// ```swift
/// let nps = summary.kpis.nps
/// nps.value          // 24.0 (points)
/// nps.interval       // 17.1 … 30.9
/// nps.formula        // "% promoters (9–10) − % detractors (0–6) …"
/// ```
public struct KPI: Sendable, Hashable, Codable {
    /// Stable id: `nps`, `csat`, `averageRating`, `averageRatingNormalized`,
    /// `complaintRate`, `complaintsPerThousandOrders`, `responseTimeMedian`,
    /// `responseTimeP90`, `retention`.
    public var id: String
    public var value: Double?
    /// 95 % interval, in the unit of `value`, when one is defined.
    public var interval: Interval?
    public var unit: KPIUnit
    /// Respondents, items or records the value rests on.
    public var n: Int
    public var unavailableReason: String?
    /// The formula in plain English, for the report.
    public var formula: String
    /// The formula in Chinese.
    public var formulaZh: String
    /// The counts behind the value (promoters, passives…), in a fixed order.
    public var parts: [KPIPart]

    init(
        id: String, value: Double?, interval: Interval? = nil, unit: KPIUnit, n: Int, reason: String? = nil,
        formula: String, formulaZh: String, parts: [KPIPart] = []
    ) {
        self.id = id
        self.value = value
        self.interval = interval
        self.unit = unit
        self.n = n
        unavailableReason = value == nil ? (reason ?? "not enough data") : nil
        self.formula = formula
        self.formulaZh = formulaZh
        self.parts = parts
    }
}

/// The unit of a ``KPI`` value, for formatting.
public enum KPIUnit: String, Sendable, Hashable, Codable {
    /// NPS points, −100…100.
    case points
    /// A proportion 0…1 (print as %).
    case share
    /// A mean on the rating's own scale (see the KPI's parts for the scale).
    case rating
    /// Per 1,000 orders.
    case perThousand
    case seconds
}

/// A named count or amount behind a KPI.
public struct KPIPart: Sendable, Hashable, Codable {
    public var name: String
    public var value: Double
}

/// All KPIs of a summary.
public struct KPISet: Sendable, Hashable, Codable {
    public var nps: KPI
    public var csat: KPI
    /// Mean rating on its scale (nil when ratings use several scales).
    public var averageRating: KPI
    /// Mean rating mapped to 0–1 (any mix of scales).
    public var averageRatingNormalized: KPI
    public var complaintRate: KPI
    public var complaintsPerThousandOrders: KPI
    public var responseTimeMedian: KPI
    public var responseTimeP90: KPI
    /// One KPI per period of ``AggregateOptions/retention``, in the given order.
    public var retention: [RetentionRate]

    /// Every KPI in report order (retention last).
    public var all: [KPI] {
        [nps, csat, averageRating, averageRatingNormalized, complaintRate, complaintsPerThousandOrders,
         responseTimeMedian, responseTimeP90] + retention.map(\.kpi)
    }
}

/// A retention rate for one period with its inputs.
public struct RetentionRate: Sendable, Hashable, Codable {
    public var period: String
    public var customersAtStart: Int
    public var customersAtEnd: Int
    public var newCustomers: Int
    public var kpi: KPI
}
