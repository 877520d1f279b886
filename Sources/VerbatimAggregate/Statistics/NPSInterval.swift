/// The Net Promoter Score and its normal-approximation interval.
///
/// Each respondent scores +1 (promoter, 9–10), 0 (passive, 7–8) or −1
/// (detractor, 0–6); NPS is 100 × the mean. With p and d the promoter and
/// detractor shares, the score's variance is p + d − (p − d)², so
/// se = √((p + d − (p − d)²)/n) and the 95 % interval is NPS ± 1.96·se·100,
/// clipped to [−100, 100]. When everyone agrees (all promoters) se is 0
/// and the interval collapses onto the estimate.
///
/// ```swift
/// NPSEstimate(promoters: 50, passives: 30, detractors: 20)!.nps   // 30
/// ```
public struct NPSEstimate: Sendable, Hashable, Codable {
    public var promoters: Int
    public var passives: Int
    public var detractors: Int
    /// NPS in points, −100…100.
    public var nps: Double
    /// Standard error in points.
    public var standardError: Double
    public var interval: Interval

    /// Nil when there are no respondents.
    public init?(promoters: Int, passives: Int, detractors: Int, z: Double = NormalDistribution.z95) {
        let n = promoters + passives + detractors
        guard n > 0, promoters >= 0, passives >= 0, detractors >= 0 else { return nil }
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
        let p = Double(promoters) / Double(n)
        let d = Double(detractors) / Double(n)
        nps = (p - d) * 100
        let variance = max(0, p + d - (p - d) * (p - d))
        standardError = (variance / Double(n)).squareRoot() * 100
        interval = Interval(
            low: max(-100, nps - z * standardError), high: min(100, nps + z * standardError))
    }

    public var respondents: Int { promoters + passives + detractors }
}
