extension Aggregator {
    /// The KPIs of everything added so far.
    func kpis(_ options: AggregateOptions) -> KPISet {
        let k = total.kpi
        return KPISet(
            nps: Self.npsKPI(k), csat: Self.csatKPI(k, rule: collecting.csat.description),
            averageRating: averageRatingKPI(), averageRatingNormalized: Self.normalizedKPI(k),
            complaintRate: complaintRateKPI(), complaintsPerThousandOrders: perThousandKPI(options.orderVolume),
            responseTimeMedian: responseKPI(0.5), responseTimeP90: responseKPI(0.9),
            retention: options.retention.map(Self.retention))
    }

    static func npsKPI(_ k: KPITally) -> KPI {
        let f = KPIFormulas.nps
        let e = k.nps
        return KPI(
            id: "nps", value: e?.nps, interval: e?.interval, unit: .points, n: k.recommenders,
            reason: "no 0–10 recommend answers", formula: f.0, formulaZh: f.1,
            parts: [
                KPIPart(name: "promoters", value: Double(k.promoters)),
                KPIPart(name: "passives", value: Double(k.passives)),
                KPIPart(name: "detractors", value: Double(k.detractors)),
            ])
    }

    static func csatKPI(_ k: KPITally, rule: String) -> KPI {
        let f = KPIFormulas.csat(rule)
        return KPI(
            id: "csat", value: k.csatShare, interval: Wilson.interval(successes: k.satisfied, of: k.rated),
            unit: .share, n: k.rated, reason: "no ratings", formula: f.0, formulaZh: f.1,
            parts: [
                KPIPart(name: "satisfied", value: Double(k.satisfied)),
                KPIPart(name: "rated", value: Double(k.rated)),
            ])
    }

    static func normalizedKPI(_ k: KPITally) -> KPI {
        let f = KPIFormulas.averageRatingNormalized
        let m = k.normalized
        return KPI(
            id: "averageRatingNormalized", value: m.mean(scale: FixedPoint.normalized),
            interval: meanInterval(m, scale: FixedPoint.normalized, clamp: (0, 1)), unit: .share, n: m.n,
            reason: "no ratings", formula: f.0, formulaZh: f.1)
    }

    func averageRatingKPI() -> KPI {
        let f = KPIFormulas.averageRating
        let ratingScales = self.ratingScales.dictionary
        let n = ratingScales.values.reduce(0) { $0 + $1.n }
        guard ratingScales.count == 1, let (scale, m) = ratingScales.first else {
            let reason = ratingScales.isEmpty
                ? "no ratings"
                : "ratings use several scales (" + ratingScales.keys.sorted().map(\.label).joined(separator: ", ")
                    + "); see the normalized average"
            return KPI(id: "averageRating", value: nil, unit: .rating, n: n, reason: reason, formula: f.0, formulaZh: f.1)
        }
        // The spread comes from the normalized moments (exact and overflow-safe), scaled back.
        var interval: Interval?
        if let mean = m.mean(scale: FixedPoint.rating),
            let sd = total.kpi.normalized.standardDeviation(scale: FixedPoint.normalized)
        {
            let half = NormalDistribution.z95 * sd * (scale.max - scale.min) / Double(m.n).squareRoot()
            interval = Interval(low: max(scale.min, mean - half), high: min(scale.max, mean + half))
        }
        return KPI(
            id: "averageRating", value: m.mean(scale: FixedPoint.rating), interval: interval, unit: .rating,
            n: m.n, formula: f.0, formulaZh: f.1,
            parts: [KPIPart(name: "scaleMin", value: scale.min), KPIPart(name: "scaleMax", value: scale.max)])
    }

    static func meanInterval(_ m: Moments, scale: Double, clamp: (Double, Double)) -> Interval? {
        guard let mean = m.mean(scale: scale), let sd = m.standardDeviation(scale: scale) else { return nil }
        let half = NormalDistribution.z95 * sd / Double(m.n).squareRoot()
        return Interval(low: max(clamp.0, mean - half), high: min(clamp.1, mean + half))
    }

    func complaintRateKPI() -> KPI {
        let f = KPIFormulas.complaintRate
        let n = total.items
        return KPI(
            id: "complaintRate", value: n > 0 ? Double(total.complaintItems) / Double(n) : nil,
            interval: Wilson.interval(successes: total.complaintItems, of: n), unit: .share, n: n,
            reason: "no open-text answers", formula: f.0, formulaZh: f.1,
            parts: [
                KPIPart(name: "complaintItems", value: Double(total.complaintItems)),
                KPIPart(name: "items", value: Double(n)),
            ])
    }

    func perThousandKPI(_ orders: Int?) -> KPI {
        let f = KPIFormulas.perThousandOrders
        let c = complaintRespondents
        guard let orders, orders > 0 else {
            return KPI(
                id: "complaintsPerThousandOrders", value: nil, unit: .perThousand, n: c,
                reason: "no order volume given", formula: f.0, formulaZh: f.1)
        }
        let ci = Wilson.interval(successes: c, of: orders).map { Interval(low: $0.low * 1000, high: $0.high * 1000) }
        return KPI(
            id: "complaintsPerThousandOrders", value: Double(c) / Double(orders) * 1000, interval: ci,
            unit: .perThousand, n: c, formula: f.0, formulaZh: f.1,
            parts: [
                KPIPart(name: "complaintRespondents", value: Double(c)),
                KPIPart(name: "orders", value: Double(orders)),
            ])
    }

    func responseKPI(_ q: Double) -> KPI {
        let f = q == 0.5 ? KPIFormulas.responseMedian : KPIFormulas.responseP90
        return KPI(
            id: q == 0.5 ? "responseTimeMedian" : "responseTimeP90", value: responseTimes.quantile(q),
            unit: .seconds, n: responseTimes.count, reason: "no response times", formula: f.0, formulaZh: f.1)
    }

    static func retention(_ p: RetentionPeriod) -> RetentionRate {
        let f = KPIFormulas.retention
        let valid = p.customersAtStart > 0 && p.customersAtEnd >= 0 && p.newCustomers >= 0
        let value = valid ? Double(p.customersAtEnd - p.newCustomers) / Double(p.customersAtStart) : nil
        let kpi = KPI(
            id: "retention", value: value, unit: .share, n: p.customersAtStart,
            reason: "customers at start must be positive and counts non-negative", formula: f.0, formulaZh: f.1,
            parts: [
                KPIPart(name: "customersAtStart", value: Double(p.customersAtStart)),
                KPIPart(name: "customersAtEnd", value: Double(p.customersAtEnd)),
                KPIPart(name: "newCustomers", value: Double(p.newCustomers)),
            ])
        return RetentionRate(
            period: p.label, customersAtStart: p.customersAtStart, customersAtEnd: p.customersAtEnd,
            newCustomers: p.newCustomers, kpi: kpi)
    }
}
