import Foundation

/// What a field or column name says about its role, in English and Chinese.
///
/// Used by every reader: table headers, JSON keys, XML element and attribute
/// names. Content-based detection (tables) refines it; `--map` overrides it.
public enum FieldNames {
    /// The role a name suggests, nil when it suggests nothing.
    ///
    /// Matching is on the normalized name (lowercased, `_`/`-`/spaces removed);
    /// exact names win over names that merely contain a keyword.
    public static func role(forName name: String) -> ColumnRole? {
        let key = normalize(name)
        if key.isEmpty { return nil }
        if let role = exact[key] { return role }
        for (keyword, role) in containing where key.contains(keyword) { return role }
        return nil
    }

    /// Lowercased, without spaces, `_`, `-`, `.`, `:` or full-width punctuation.
    public static func normalize(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case " ", "_", "-", ".", ":", "\t", "\u{3000}", "：", "（", "）", "(", ")", "?", "？": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let exact: [String: ColumnRole] = {
        var m: [String: ColumnRole] = [:]
        func add(_ role: ColumnRole, _ names: [String]) { for n in names { m[normalize(n)] = role } }
        add(.text, ["text", "content", "body", "review", "reviewtext", "review_body", "comment", "comments", "message",
                    "feedback", "verbatim", "description", "fulltext", "full_text", "tweet_text", "open_text",
                    "评论", "评价", "内容", "评论内容", "评价内容", "留言", "意见", "建议", "意见建议", "反馈", "正文", "回复内容"])
        add(.id, ["id", "review_id", "reviewid", "tweet_id", "tweetid", "responseid", "response_id", "respondent_id",
                  "respondentid", "content_id", "index", "编号", "序号", "评论id", "订单号", "id号"])
        add(.rating, ["rating", "stars", "star", "score", "csat", "satisfaction", "overall", "overall_rating",
                      "review_rating", "ratingvalue", "im:rating", "评分", "星级", "打分", "满意度", "总体满意度", "分数", "星"])
        add(.recommend, ["nps", "recommend", "likelihood_to_recommend", "ltr", "推荐", "推荐度", "推荐意愿", "nps得分"])
        add(.date, ["date", "time", "timestamp", "created", "created_at", "createdat", "date_created", "datecreated",
                    "review_date", "published", "datepublished", "updated", "submitted", "submitdate", "startdate",
                    "enddate", "recordeddate", "tweet_created", "日期", "时间", "评论时间", "评价时间", "提交时间",
                    "提交答卷时间", "创建时间", "发布时间", "开始时间"])
        add(.answeredDate, ["answered", "answered_at", "closed", "closed_date", "replied", "solved", "solved_at", "replied_at", "reply_date", "response_date", "resolved",
                            "resolved_at", "closed_at", "回复时间", "处理时间", "解决时间", "答复时间"])
        add(.author, ["author", "user", "username", "user_name", "name", "reviewer", "screen_name", "nickname",
                      "作者", "用户", "用户名", "昵称", "评论人", "姓名"])
        add(.brand, ["brand", "company", "airline", "competitor", "hotel", "restaurant", "app", "merchant",
                     "品牌", "公司", "商家", "航空公司", "酒店", "餐厅"])
        add(.product, ["product", "item", "sku", "model", "variation", "cat", "category", "商品", "产品", "型号", "品类", "类别"])
        add(.store, ["store", "shop", "branch", "location", "outlet", "店铺", "门店", "分店", "网点"])
        add(.channel, ["channel", "source", "platform", "via", "渠道", "来源", "平台", "来源渠道"])
        add(.segment, ["region", "country", "province", "state", "city", "age", "agegroup", "age_band", "ageband",
                       "gender", "sex", "segment", "customer_type", "customertype", "tier", "membership", "plan",
                       "地区", "区域", "省份", "省", "城市", "年龄", "年龄段", "性别", "客户类型", "会员等级", "用户类型"])
        // Amazon review exports (reviewerID would otherwise contain "review" and read as text).
        add(.field, ["reviewerid", "reviewer_id", "summary"])
        add(.author, ["reviewername", "reviewer_name"])
        add(.product, ["asin"])
        add(.date, ["reviewtime", "unixreviewtime"])
        add(.ignore, ["ipaddress", "ip", "ip地址", "来源ip", "来自ip", "所用时间", "duration", "durationinseconds",
                      "progress", "finished", "status", "latitude", "longitude", "locationlatitude",
                      "locationlongitude", "distributionchannel", "userlanguage", "externalreference"])
        return m
    }()

    /// The canonical segment a segment column is about, so `--segment-by region` finds
    /// `地区`, `Region`, `6、您所在的地区` and `Which region do you live in?` alike:
    /// `region`, `city`, `age`, `gender` or `customer_type`; nil for other segments.
    public static func canonicalSegment(forName name: String) -> String? {
        let key = normalize(name)
        // "国家和地区" / "country or region" is a country, not a region.
        if key.contains("国家") || key.contains("country") { return nil }
        for (canonical, keywords) in canonicalSegments where keywords.contains(where: { key.contains($0) }) {
            return canonical
        }
        return nil
    }

    static let canonicalSegments: [(String, [String])] = [
        ("customer_type", ["customertype", "客户类型", "用户类型", "travellertype", "travelertype", "出行类型", "membership", "会员"]),
        ("age", ["age", "年龄"]),
        ("gender", ["gender", "sex", "性别"]),
        ("city", ["city", "城市", "地理位置市"]),
        ("region", ["region", "地区", "区域", "省份", "province", "地理位置省"]),
    ]

    /// Keywords that give a role when a longer name contains them, most specific first.
    static let containing: [(String, ColumnRole)] = [
        ("recommend", .recommend), ("推荐", .recommend), ("nps", .recommend),
        ("satisf", .rating), ("满意", .rating), ("rating", .rating), ("评分", .rating), ("星级", .rating),
        ("comment", .text), ("feedback", .text), ("review", .text), ("why", .text), ("为什么", .text),
        ("原因", .text), ("意见", .text), ("建议", .text), ("评价", .text), ("评论", .text), ("留言", .text),
        ("date", .date), ("timestamp", .date), ("datetime", .date), ("日期", .date), ("时间", .date),
        ("brand", .brand), ("品牌", .brand), ("store", .store), ("门店", .store), ("店铺", .store),
        ("region", .segment), ("地区", .segment), ("城市", .segment), ("省", .segment), ("age", .segment),
        ("年龄", .segment), ("gender", .segment), ("性别", .segment), ("channel", .channel), ("渠道", .channel),
    ]
}
