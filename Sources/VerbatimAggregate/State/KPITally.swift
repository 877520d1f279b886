import VerbatimModel

/// What one respondent contributes to the KPIs, decided once per record.
struct RespondentKPI: Sendable, Hashable {
    enum NPSClass { case promoter, passive, detractor }
    var nps: NPSClass?
    var satisfied: Bool?
    var normalizedRating: Double?

    init(_ record: Record, csat: CSATDefinition) {
        self.init(recommend: record.recommend, rating: record.rating, csat: csat)
    }

    /// From the record's two answers only (passing the whole record copied it; callgrind).
    init(recommend: Rating?, rating: Rating?, csat: CSATDefinition) {
        if let r = recommend, r.scaleMin == 0, r.scaleMax == 10, r.value.isFinite, r.value >= 0, r.value <= 10 {
            nps = r.value >= 9 ? .promoter : r.value >= 7 ? .passive : .detractor
        }
        if let r = rating, Self.isValid(r) {
            satisfied = csat.isSatisfied(r)
            normalizedRating = r.normalized
        }
    }

    static func isValid(_ r: Rating) -> Bool {
        r.value.isFinite && r.scaleMin.isFinite && r.scaleMax.isFinite && r.scaleMax > r.scaleMin
            && r.value >= r.scaleMin && r.value <= r.scaleMax && abs(r.scaleMin) <= 1e6 && abs(r.scaleMax) <= 1e6
    }
}

/// Respondent counts behind NPS, CSAT and the average rating.
struct KPITally: Sendable, Hashable, Codable {
    var promoters = 0
    var passives = 0
    var detractors = 0
    var satisfied = 0
    var rated = 0
    /// Ratings normalized to 0–1, fixed point at ``FixedPoint/normalized``.
    var normalized = Moments()

    var recommenders: Int { promoters + passives + detractors }

    mutating func add(_ k: RespondentKPI) {
        switch k.nps {
        case .promoter: promoters += 1
        case .passive: passives += 1
        case .detractor: detractors += 1
        case nil: break
        }
        if let s = k.satisfied {
            rated += 1
            if s { satisfied += 1 }
        }
        if let v = k.normalizedRating { normalized.add(v, scale: FixedPoint.normalized) }
    }

    mutating func merge(_ o: KPITally) {
        promoters += o.promoters
        passives += o.passives
        detractors += o.detractors
        satisfied += o.satisfied
        rated += o.rated
        normalized.merge(o.normalized)
    }

    func subtracting(_ o: KPITally) -> KPITally {
        KPITally(
            promoters: promoters - o.promoters, passives: passives - o.passives, detractors: detractors - o.detractors,
            satisfied: satisfied - o.satisfied, rated: rated - o.rated, normalized: normalized.subtracting(o.normalized))
    }

    var nps: NPSEstimate? { NPSEstimate(promoters: promoters, passives: passives, detractors: detractors) }
    var csatShare: Double? { rated > 0 ? Double(satisfied) / Double(rated) : nil }
}
