/// KPI formulas in words (English and Chinese), printed next to each figure.
enum KPIFormulas {
    static let nps = (
        "NPS = % promoters (9–10) − % detractors (0–6) among respondents with a 0–10 recommend answer, in points; 95 % interval: NPS ± 1.96 × √((p + d − (p − d)²) ÷ n) × 100, clipped to ±100, where p and d are the promoter and detractor shares.",
        "NPS = 推荐者（9–10 分）占比 − 贬损者（0–6 分）占比（仅统计有 0–10 推荐意愿评分的受访者），单位为分；95% 置信区间：NPS ± 1.96 × √((p + d − (p − d)²) ÷ n) × 100，限制在 ±100 之内。"
    )
    static func csat(_ rule: String) -> (String, String) {
        (
            "CSAT = satisfied respondents ÷ respondents with a rating (satisfied: \(rule)); 95 % Wilson score interval.",
            rule == CSATDefinition().description
                ? "CSAT = 满意的受访者 ÷ 有评分的受访者（满意：评分位于量表最高两档，如 1–5 分中的 4–5 分）；95% Wilson 置信区间。"
                : "CSAT = 满意的受访者 ÷ 有评分的受访者（满意：\(rule)）；95% Wilson 置信区间。"
        )
    }
    static let averageRating = (
        "Mean rating on its scale over respondents with a rating; 95 % interval: mean ± 1.96 × sd ÷ √n (normal approximation, sample standard deviation).",
        "有评分受访者的平均评分（原量表）；95% 置信区间：均值 ± 1.96 × 标准差 ÷ √n（正态近似）。"
    )
    static let averageRatingNormalized = (
        "Mean of (rating − scale minimum) ÷ (scale maximum − scale minimum) over respondents with a rating, 0–1; 95 % interval: mean ± 1.96 × sd ÷ √n.",
        "评分归一化到 0–1（(评分 − 量表最小值) ÷ (最大值 − 最小值)）后的平均值；95% 置信区间：均值 ± 1.96 × 标准差 ÷ √n。"
    )
    static let complaintRate = (
        "Complaint rate = complaint items ÷ items (open-text answers); 95 % Wilson score interval.",
        "投诉率 = 投诉条目数 ÷ 文本条目数；95% Wilson 置信区间。"
    )
    static let perThousandOrders = (
        "Complaints per 1,000 orders = respondents with at least one complaint ÷ orders × 1,000; 95 % Wilson interval × 1,000.",
        "每千单投诉 = 至少有一条投诉的受访者数 ÷ 订单数 × 1000；95% Wilson 置信区间 × 1000。"
    )
    static let responseMedian = (
        "Median response time: the 50th percentile (nearest rank) of seconds from creation to answer, over records with a response time ≥ 0; from a histogram with 1 % wide buckets (±0.5 %).",
        "响应时间中位数：创建到回复的秒数的第 50 百分位（最近秩），仅统计响应时间 ≥ 0 的记录；由 1% 宽度的对数直方图得出（误差 ±0.5%）。"
    )
    static let responseP90 = (
        "90th percentile response time (nearest rank) of seconds from creation to answer, over records with a response time ≥ 0; from a histogram with 1 % wide buckets (±0.5 %).",
        "响应时间第 90 百分位（最近秩），仅统计响应时间 ≥ 0 的记录；由 1% 宽度的对数直方图得出（误差 ±0.5%）。"
    )
    static let retention = (
        "Retention rate = (customers at end − new customers) ÷ customers at start.",
        "留存率 = (期末客户数 − 新客户数) ÷ 期初客户数。"
    )
}
