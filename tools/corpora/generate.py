#!/usr/bin/env python3
"""Writes every file under corpora/ (except sample-reviews.jsonl) from our own phrase banks.

Python 3 standard library only; deterministic: every file is byte-identical on every run.

    python3 tools/corpora/generate.py            # writes corpora/
    python3 tools/corpora/generate.py --out DIR  # writes elsewhere (used by the determinism check)
    python3 tools/corpora/generate.py --bench N  # also writes corpora-bench/ with N synthetic JSONL records (not committed)

All review text is composed from the phrase banks in phrases_en.py, phrases_zh.py and phrases_zht.py,
written by the Verbatim team for these corpora. Brands, people, handles and IP addresses are fictional
(IPs are from the RFC 5737 documentation ranges).
"""

import argparse
import calendar
import csv
import datetime as dt
import html
import io
import json
import os
import random
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compose as C  # noqa: E402

SEED = "verbatim-corpora-2026"
YEAR = 2026
MONTHS = list(range(1, 8))  # 2026-01 … 2026-07

CHANNELS_EN = ["app", "web", "phone", "mini program"]
CHANNELS_ZH = ["App", "小程序", "网页", "电话"]
CTYPE_EN = ["new", "returning", "member"]
CTYPE_ZH = ["新客", "老客", "会员"]
HOTEL_CITIES = {  # region index → (city en, city zh)
    0: [("Beijing", "北京"), ("Tianjin", "天津")],
    1: [("Guangzhou", "广州"), ("Shenzhen", "深圳")],
    2: [("Shanghai", "上海"), ("Hangzhou", "杭州")],
    3: [("Chengdu", "成都"), ("Chongqing", "重庆")],
}
TRAVELLER_EN = ["Business", "Couple", "Family", "Solo", "Friends"]
TRAVELLER_ZH = ["商务出行", "情侣出游", "家庭出游", "独自旅行", "朋友结伴"]

EN_FIRST = ["Alex", "Sam", "Jordan", "Priya", "Chen", "Maria", "Tom", "Aisha", "Ben", "Yuki", "Leo", "Nina",
            "Omar", "Grace", "Ravi", "Zoe", "Ethan", "Mei", "Lucas", "Hana", "Dev", "Iris", "Noah", "Lena"]
EN_LAST = ["K.", "W.", "L.", "M.", "T.", "R.", "S.", "H.", "B.", "Z."]
ZH_NICK_A = ["爱吃", "晚睡的", "加班的", "快乐", "佛系", "认真", "路过的", "挑剔的", "减肥中的", "周末"]
ZH_NICK_B = ["小王", "猫", "打工人", "吃货", "阿杰", "小鹿", "老李", "橙子", "团子", "大白"]

SUGGEST_EN = {
    "late": ["Give honest delivery estimates.", "Hire more riders at dinner time.", "Faster delivery, please."],
    "price": ["Lower the delivery fee.", "Bring back the old prices.", "Show all fees up front."],
    "price_hike": ["Bring back the old prices."],
    "app": ["Test updates before releasing them.", "Fix the crash on the cart screen.", "Make the app faster."],
    "app_crash": ["Test updates before releasing them.", "Fix the crash on the cart screen."],
    "food": ["Check the food quality of partner restaurants.", "More healthy options please."],
    "courier": ["Train the drivers to be more polite."],
    "packaging": ["Use sealed containers for soup."],
    "payment": ["Fix the payment errors.", "Add more payment methods."],
    "support": ["Let me talk to a real person.", "Answer support chats faster."],
    "refund": ["Make refunds automatic for missing items."],
    "wrong": ["Double-check orders before they leave the restaurant."],
}
SUGGEST_ZH = {
    "late": ["希望配送快一点", "高峰期多安排点骑手", "预计送达时间准一点"],
    "price": ["配送费能不能降一点", "价格透明一点，别乱加服务费"],
    "price_hike": ["希望恢复原来的价格", "别再涨价了"],
    "app": ["App优化一下，太卡了"],
    "app_crash": ["更新前多测试一下，别再闪退了", "赶紧修复闪退"],
    "food": ["把控一下商家的菜品质量", "希望多一些健康餐"],
    "courier": ["骑手态度有待提高"],
    "packaging": ["汤类用密封盒"],
    "payment": ["修复支付问题"],
    "support": ["客服能不能转人工快一点"],
    "refund": ["退款流程简化一下"],
    "wrong": ["出餐前核对一下订单"],
}


# ---------------------------------------------------------------- helpers

def rng_for(name):
    return random.Random(SEED + "/" + name)


def when(rng, month, industry):
    day = rng.randint(1, calendar.monthrange(YEAR, month)[1])
    if industry == "delivery":
        hour = C.weighted(rng, [8, 11, 12, 13, 17, 18, 19, 20, 21, 22, 23],
                          [1, 3, 5, 3, 2, 5, 6, 4, 3, 2, 1])
    else:
        hour = rng.randint(7, 23)
    return dt.datetime(YEAR, month, day, hour, rng.randint(0, 59), rng.randint(0, 59))


def make_items(name, n, brands, langs, industry, allow_emoji=True):
    """n reviews spread over the months, sorted by time; langs: list of (lang, weight)."""
    rng = rng_for(name)
    items = []
    for i in range(n):
        brand = brands[i % len(brands)]
        month = MONTHS[(i // len(brands)) % len(MONTHS)]
        region = C.weighted(rng, [0, 1, 2, 3], [3, 3, 4, 2])
        lang = C.weighted(rng, [l for l, _ in langs], [w for _, w in langs])
        review = C.compose(rng, brand, month, lang, region, allow_emoji=allow_emoji)
        items.append({
            "brand": brand, "month": month, "when": when(rng, month, industry), "region": region,
            "age": C.weighted(rng, C.AGE_BANDS, C.AGE_WEIGHTS),
            "channel": C.weighted(rng, [0, 1, 2, 3], [6, 2, 1, 3]),
            "ctype": C.weighted(rng, [0, 1, 2], [2, 5, 3]),
            "traveller": rng.randrange(5),
            "review": review, "rng": random.Random(rng.random()),
        })
    items.sort(key=lambda it: (it["when"], it["brand"]))
    return items


def en_name(rng):
    return rng.choice(EN_FIRST) + " " + rng.choice(EN_LAST)


def zh_name(rng):
    return rng.choice(ZH_NICK_A) + rng.choice(ZH_NICK_B)


def doc_ip(rng):
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))


def write_bytes(root, rel, data, registry, records, note=""):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    registry.append((rel, records, len(data), note))


def csv_text(rows, lineterminator="\r\n", delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def suggestion(rng, review, bank):
    for k in review.keys:
        if k.endswith("-"):
            base = k[:-1]
            if base in bank:
                return rng.choice(bank[base])
    return ""


def aspect_counts(items):
    """brand → month → {key: count}, for the README story table."""
    out = {}
    for it in items:
        r = it["review"]
        for k in r.keys:
            out.setdefault(r.brand, {}).setdefault(r.month, {}).setdefault(k, 0)
            out[r.brand][r.month][k] += 1
    return out


# ---------------------------------------------------------------- delivery

def delivery_reviews_en(root, reg, stats):
    items = make_items("delivery-en", 252, C.DELIVERY_BRANDS, [("en", 1)], "delivery")
    late_seen = 0
    rows = [["review_id", "app", "rating", "date", "region", "age_band", "channel", "customer_type", "review"]]
    for i, it in enumerate(items, 1):
        r = it["review"]
        text = r.text
        if i % 41 == 7 and ". " in text:  # a review typed in two paragraphs
            text = text.replace(". ", ".\n", 1)
        if "late-" in r.keys:
            late_seen += 1
            if late_seen % 6 == 1:  # doubled quotes inside a quoted field
                text = 'The app said "arriving in 5 min" for half an hour. ' + text
        if i in (60, 170):  # star rating given, no text
            text = ""
        rows.append([f"EN-{i:04d}", C.BRANDS[it["brand"]]["en"], r.rating, it["when"].strftime("%Y-%m-%d"),
                     C.REGIONS_EN[it["region"]], it["age"], CHANNELS_EN[it["channel"]], CTYPE_EN[it["ctype"]],
                     text])
    data = csv_text(rows).encode("utf-8")
    write_bytes(root, "delivery/reviews-en.csv", data, reg, len(items))
    stats.append(("delivery-en", items))


def delivery_reviews_zh_excel(root, reg, stats):
    items = make_items("delivery-zh", 252, C.DELIVERY_BRANDS, [("zh", 1)], "delivery")
    header = ["序号", "品牌", "评分", "评价时间", "地区", "年龄段", "渠道", "客户类型", "评价内容"]
    broken_at = 126  # record number (序号) of the deliberately broken row
    lines = [csv_text([header])]
    broken_line = None
    line_no = 2
    for i, it in enumerate(items, 1):
        r = it["review"]
        text = r.text
        if i > broken_at:  # after the broken row the file has no '"' at all (see README)
            text = text.replace('"', "").replace(",", "，")
        elif i == 40:
            text = '说是"准时宝"超时赔付，' + text  # doubled quotes inside a quoted field
        elif i == 77:
            text = text.replace("，", "，\n", 1) if "，" in text else text + "\n（追评）还是一样。"
        when = it["when"]
        row = [i, C.BRANDS[it["brand"]]["zh"], r.rating, f"{when.year}/{when.month}/{when.day} {when.hour}:{when.minute:02d}",
               C.REGIONS_ZH[it["region"]], it["age"], CHANNELS_ZH[it["channel"]], CTYPE_ZH[it["ctype"]], text]
        if i == broken_at:
            # An unterminated quote: the cell starts with '"' and never closes. Written raw, not via csv.
            row[2] = 1
            row[-1] = '"骑手说已经送到了，可是我在楼下等了二十分钟也没见人，打电话一直占线'
            s = ",".join(str(c) for c in row) + "\r\n"
            broken_line = line_no
        else:
            s = csv_text([row])
        lines.append(s)
        line_no += s.count("\n")  # physical lines: an LF inside a quoted cell starts a new line too
    data = "".join(lines).encode("gb18030")
    assert data.decode("gb18030") == "".join(lines)
    after = len(items) - broken_at
    write_bytes(root, "delivery/reviews-zh-excel.csv", data, reg, len(items),
                f"broken row: line {broken_line} (序号 {broken_at}); {after} good rows follow")
    stats.append(("delivery-zh", items))
    return broken_line, broken_at, after


def delivery_qualtrics(root, reg, stats):
    items = make_items("qualtrics", 91, C.DELIVERY_BRANDS, [("en", 1)], "delivery")
    cols = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
            "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
            "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage",
            "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8"]
    texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)",
             "Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name",
             "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
             "Distribution Channel", "User Language",
             "Which food delivery app did you order from most recently?",
             "How likely are you to recommend ${q://QID1/ChoiceGroup/SelectedChoices} to a friend or colleague? (0-10)",
             "Why did you give that score?",
             "Overall, how satisfied were you with your last order? (1 = very dissatisfied, 5 = very satisfied)",
             "Is there anything we could do better?",
             "Which region do you live in?", "What is your age?", "How did you place your order?"]
    tz = '"timeZone":"America/Denver"'
    ids = ['{"ImportId":"startDate",' + tz + '}', '{"ImportId":"endDate",' + tz + '}', '{"ImportId":"status"}',
           '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}', '{"ImportId":"duration"}',
           '{"ImportId":"finished"}', '{"ImportId":"recordedDate",' + tz + '}', '{"ImportId":"_recordId"}',
           '{"ImportId":"recipientLastName"}', '{"ImportId":"recipientFirstName"}', '{"ImportId":"recipientEmail"}',
           '{"ImportId":"externalDataReference"}', '{"ImportId":"locationLatitude"}',
           '{"ImportId":"locationLongitude"}', '{"ImportId":"distributionChannel"}', '{"ImportId":"userLanguage"}',
           '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '{"ImportId":"QID3_TEXT"}', '{"ImportId":"QID4"}',
           '{"ImportId":"QID5_TEXT"}', '{"ImportId":"QID6"}', '{"ImportId":"QID7"}', '{"ImportId":"QID8"}']
    rows = [cols, texts, ids]
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    no_comment = partial = preview = 0
    for i, it in enumerate(items):
        rng = it["rng"]
        r = it["review"]
        start = it["when"]
        dur = rng.randint(48, 600)
        end = start + dt.timedelta(seconds=dur)
        status, progress, finished = "IP Address", 100, "True"
        why = r.text
        better = suggestion(rng, r, SUGGEST_EN) if rng.random() < 0.55 else ""
        q4, q6, q7, q8 = r.rating, C.REGIONS_EN[it["region"]], it["age"], ["App", "Website", "Phone", "Mini program"][it["channel"]]
        if i % 9 == 4:  # score only, no comment
            why, better = "", ""
            no_comment += 1
        if i % 23 == 11:  # abandoned half way: NPS given, the rest missing
            progress, finished, why, better, q4, q6, q7, q8 = 45, "False", "", "", "", "", "", ""
            partial += 1
        if i == 2:
            status, preview = "Survey Preview", 1
        rid = "R_" + "".join(rng.choice(alnum) for _ in range(15))
        rows.append([start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"), status,
                     doc_ip(rng) if status == "IP Address" else "", progress, dur, finished,
                     end.strftime("%Y-%m-%d %H:%M:%S"), rid, "", "", "", "", "", "", "anonymous" if status != "Survey Preview" else "preview",
                     "EN", C.BRANDS[it["brand"]]["en"], r.nps, why, q4, better, q6, q7, q8])
    data = b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8")
    write_bytes(root, "delivery/survey-qualtrics.csv", data, reg, len(items),
                f"{no_comment} score-only, {partial} partial (Finished=False), {preview} Survey Preview")
    stats.append(("qualtrics", items))


def wjx_rows(items):
    header = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您最近使用的外卖平台",
              "2、您对本次配送的满意度", "3、您向朋友推荐的可能性(0-10分)", "4、您有什么意见或建议？", "5、您的年龄段",
              "6、您所在的地区", "7、您通常通过什么渠道下单"]
    cities = {0: ["北京-北京", "天津-天津", "河北-石家庄"], 1: ["广东-广州", "广东-深圳", "广西-南宁"],
              2: ["上海-上海", "浙江-杭州", "江苏-南京"], 3: ["四川-成都", "重庆-重庆", "云南-昆明"]}
    rows = [header]
    for i, it in enumerate(items, 1):
        rng = it["rng"]
        r = it["review"]
        w = it["when"]
        src = rng.choice(["手机提交", "微信", "手机提交", "链接"])
        detail = "直接访问" if src != "微信" else rng.choice(["微信群", "朋友圈", "N/A"])
        text = r.text if rng.random() < 0.8 else suggestion(rng, r, SUGGEST_ZH)
        if i % 7 == 3:
            text = ""
        rows.append([i, f"{w.year}/{w.month}/{w.day} {w.hour}:{w.minute:02d}:{w.second:02d}", f"{rng.randint(35, 400)}秒",
                     src, detail, f"{doc_ip(rng)}({rng.choice(cities[it['region']])})", C.BRANDS[it["brand"]]["zh"],
                     r.rating, r.nps, text or "(空)", it["age"], C.REGIONS_ZH[it["region"]],
                     ["App", "微信小程序", "网页", "电话"][it["channel"]]])
    return rows


def delivery_wenjuanxing(root, reg, stats):
    items = make_items("wenjuanxing", 91, C.DELIVERY_BRANDS, [("zh", 1)], "delivery")
    rows = wjx_rows(items)
    data = b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8")
    empties = sum(1 for row in rows[1:] if row[9] == "(空)")
    write_bytes(root, "delivery/wenjuanxing-export.csv", data, reg, len(items), f"{empties} answers are (空)")
    write_bytes(root, "delivery/wenjuanxing-export.xlsx", xlsx_bytes(rows, "Sheet1"), reg, len(items),
                "same rows as the CSV")
    stats.append(("wenjuanxing", items))


def xlsx_bytes(rows, sheet_name):
    """A minimal valid .xlsx (inline strings), written by hand with zipfile, byte-identical every run."""
    def col(n):
        s = ""
        n += 1
        while n:
            n, rem = divmod(n - 1, 26)
            s = chr(65 + rem) + s
        return s

    def esc(s):
        return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                .replace("\n", "&#10;"))

    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows, 1):
        out.append(f'<row r="{ri}">')
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if isinstance(v, int):
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                out.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(str(v))}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", "".join(out)),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 8, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def delivery_appstore(root, reg, stats):
    rng = rng_for("appstore")
    items = []
    for i in range(50):
        month = MONTHS[i % 7]
        r = C.compose(rng, "hopbox", month, "en", C.weighted(rng, [0, 1, 2, 3], [3, 3, 4, 2]), allow_mixed=False)
        items.append({"review": r, "when": when(rng, month, "delivery"), "rng": random.Random(rng.random()),
                      "brand": "hopbox", "month": month})
    items.sort(key=lambda it: it["when"], reverse=True)  # the feed lists newest first

    def version(d):
        if d < dt.datetime(2026, 2, 10):
            return "5.0.4"
        if d < dt.datetime(2026, 4, 8):
            return "5.1.2"
        if d < dt.datetime(2026, 4, 29):
            return "5.2.0"
        if d < dt.datetime(2026, 6, 3):
            return "5.2.1"
        if d < dt.datetime(2026, 7, 9):
            return "5.2.3"
        return "5.3.0"

    def stamp(d):
        return d.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"

    e = html.escape
    out = ['<?xml version="1.0" encoding="utf-8"?>\n',
           '<feed xmlns:im="http://itunes.apple.com/rss" xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n',
           '  <id>https://itunes.apple.com/us/rss/customerreviews/page=1/id9900001234/sortby=mostrecent/xml</id>\n',
           '  <title>iTunes Store: Customer Reviews</title>\n',
           '  <updated>2026-07-31T23:59:00-07:00</updated>\n',
           '  <link rel="alternate" type="text/html" href="https://apps.apple.com/example/app/hopbox/id9900001234"/>\n',
           '  <icon>http://itunes.apple.com/favicon.ico</icon>\n',
           '  <author><name>iTunes Store</name><uri>http://www.apple.com/itunes/</uri></author>\n',
           '  <rights>Copyright 2008 Apple Inc.</rights>\n',
           '  <entry>\n', '    <updated>2026-07-31T23:59:00-07:00</updated>\n',
           '    <id im:id="9900001234" im:bundleId="com.example.hopbox">https://apps.apple.com/example/app/hopbox/id9900001234</id>\n',
           '    <title>Hopbox: Food Delivery - Hopbox Ltd.</title>\n',
           '    <summary>Order from hundreds of local kitchens. (Fictional app for Verbatim sample data.)</summary>\n',
           '    <im:name>Hopbox: Food Delivery</im:name>\n',
           '    <im:contentType term="Application" label="Application"/>\n',
           '    <category im:id="6023" term="Food &amp; Drink" label="Food &amp; Drink"/>\n',
           '    <im:artist>Hopbox Ltd.</im:artist>\n', '    <im:price amount="0.00000" currency="USD">Get</im:price>\n',
           '    <im:releaseDate label="March 3, 2024">2024-03-03T00:00:00-07:00</im:releaseDate>\n',
           '  </entry>\n']
    for n, it in enumerate(items):
        r, rng = it["review"], it["rng"]
        author = en_name(rng).replace(" ", "").replace(".", "") + str(rng.randint(1, 999))
        rid = 11000000000 + n * 7919 + rng.randint(0, 5000)
        html_body = ('<table border="0" width="100%"><tr><td><table border="0" width="100%" cellspacing="0" '
                     'cellpadding="0"><tr valign="top" align="left"><td width="100%"><b><a href="https://apps.apple.com/'
                     f'example/app/hopbox/id9900001234?uo=2">{e(r.title)}</a></b><br/><font size="2" face="Helvetica,Arial,'
                     f'Geneva,Swiss,SunSans-Regular"></font></td></tr><tr><td><font size="2" face="Helvetica,Arial,Geneva,Swiss,'
                     f'SunSans-Regular"><br/>{e(r.text)}</font><br/></td></tr></table></td></tr></table>')
        out += ['  <entry>\n', f'    <updated>{stamp(it["when"])}</updated>\n',
                f'    <id>{rid}</id>\n', f'    <title>{e(r.title)}</title>\n',
                f'    <content type="text">{e(r.text)}</content>\n',
                f'    <im:contentType term="Application" label="Application"/>\n',
                f'    <im:voteSum>{rng.randint(0, 6)}</im:voteSum>\n', f'    <im:voteCount>{rng.randint(0, 9)}</im:voteCount>\n',
                f'    <im:rating>{r.rating}</im:rating>\n', f'    <im:version>{version(it["when"])}</im:version>\n',
                f'    <author><name>{e(author)}</name><uri>https://itunes.apple.com/us/reviews/id{rid % 100000000}</uri><label/></author>\n',
                f'    <link rel="related" href="https://itunes.apple.com/us/review?id=9900001234&amp;type=Purple%20Software"/>\n',
                f'    <content type="html">{e(html_body)}</content>\n', '  </entry>\n']
    out.append('</feed>\n')
    write_bytes(root, "delivery/appstore-feed.xml", "".join(out).encode("utf-8"), reg, len(items),
                "first <entry> is the app itself, not a review")
    stats.append(("appstore", items))


# ---------------------------------------------------------------- hotels

def hotels_utf16(root, reg, stats):
    items = make_items("hotels-utf16", 189, C.HOTEL_BRANDS, [("en", 6), ("zh", 4)], "hotel")
    rows = [["Review ID", "Hotel", "City", "Stay Date", "Rating", "Traveller Type", "Age Band", "Region",
             "Booking Channel", "Title", "Review"]]
    for i, it in enumerate(items, 1):
        r, rng = it["review"], it["rng"]
        zh = r.lang == "zh"
        city = rng.choice(HOTEL_CITIES[it["region"]])
        text = r.text
        if i == 33:
            text = text + "\n\nP.S. " + ("The lift was out of order on day two." if not zh else "第二天电梯坏了。")
        if i == 90:
            text = 'Room 1208: "ocean view" was a car park.\t' + text  # a tab inside a cell → quoted by Excel
        rows.append([f"H{i:05d}", C.BRANDS[it["brand"]]["zh" if zh else "en"], city[1] if zh else city[0],
                     it["when"].strftime("%d/%m/%Y"), r.rating,
                     (TRAVELLER_ZH if zh else TRAVELLER_EN)[it["traveller"]], it["age"],
                     (C.REGIONS_ZH if zh else C.REGIONS_EN)[it["region"]],
                     ["Hotel app", "Website", "Phone", "Mini program"][it["channel"]], r.title, text])
    data = b"\xff\xfe" + csv_text(rows, delimiter="\t").encode("utf-16-le")
    write_bytes(root, "hotels/reviews-utf16.tsv", data, reg, len(items), "dates are DD/MM/YYYY")
    stats.append(("hotels-utf16", items))


def hotels_tencent(root, reg, stats):
    items = make_items("tencent", 81, C.HOTEL_BRANDS, [("zh", 1)], "hotel")
    header = ["编号", "开始答题时间", "结束答题时间", "答题时长", "IP", "地理位置国家和地区", "地理位置省", "地理位置市",
              "来源渠道", "1.您本次入住的酒店品牌", "2.您对本次入住的整体满意度（1-5星）",
              "3.您向亲友推荐该酒店的可能性有多大？（0-10分）", "4.请谈谈本次入住中让您满意或不满意的地方",
              "5.您的年龄段", "6.本次出行类型"]
    prov = {0: ("北京", "北京"), 1: ("广东", "广州"), 2: ("上海", "上海"), 3: ("四川", "成都")}
    rows = [header]
    for i, it in enumerate(items, 1):
        r, rng = it["review"], it["rng"]
        start = it["when"]
        secs = rng.randint(40, 700)
        end = start + dt.timedelta(seconds=secs)
        p, c = prov[it["region"]]
        text = r.text if i % 8 != 5 else ""
        rows.append([i, start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"),
                     f"{secs // 60}分{secs % 60}秒", doc_ip(rng), "中国", p, c,
                     ["微信", "QQ", "链接", "二维码"][it["channel"]], C.BRANDS[it["brand"]]["zh"], r.rating, r.nps,
                     text, it["age"], TRAVELLER_ZH[it["traveller"]]])
    data = b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8")
    write_bytes(root, "hotels/tencent-survey.csv", data, reg, len(items))
    stats.append(("tencent", items))


def hotels_surveymonkey(root, reg, stats):
    items = make_items("surveymonkey", 81, C.HOTEL_BRANDS, [("en", 1)], "hotel")
    row1 = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
            "Last Name", "Custom Data 1", "Which hotel did you stay at?", "How would you rate your overall stay? (1-5)",
            "How likely is it that you would recommend this hotel to a friend or colleague?",
            "What is the main reason for your score?", "Which of these did you use during your stay?", "", "", "",
            "What is your age?", "Where do you live?"]
    row2 = ["", "", "", "", "", "", "", "", "", "Response", "Response", "Response", "Open-Ended Response",
            "Breakfast", "Wi-Fi", "Gym", "Parking", "Response", "Response"]
    rows = [row1, row2]
    for i, it in enumerate(items):
        r, rng = it["review"], it["rng"]
        start = it["when"]
        end = start + dt.timedelta(seconds=rng.randint(60, 900))
        used = ["Breakfast" if "breakfast" in " ".join(r.keys) or rng.random() < 0.5 else "",
                "Wi-Fi" if "wifi" in " ".join(r.keys) or rng.random() < 0.4 else "",
                "Gym" if rng.random() < 0.2 else "", "Parking" if rng.random() < 0.25 else ""]
        text = r.text if i % 10 != 6 else ""
        rows.append([str(11400000000 + i * 1237 + rng.randint(0, 999)), "431207788",
                     start.strftime("%m/%d/%Y %I:%M:%S %p"), end.strftime("%m/%d/%Y %I:%M:%S %p"), doc_ip(rng),
                     "", "", "", f"BK{rng.randint(100000, 999999)}" if rng.random() < 0.5 else "",
                     C.BRANDS[it["brand"]]["en"], r.rating, r.nps, text] + used +
                    [it["age"], C.REGIONS_EN[it["region"]]])
    data = csv_text(rows).encode("utf-8")
    write_bytes(root, "hotels/survey-monkey.csv", data, reg, len(items), "checkbox question spans 4 columns")
    stats.append(("surveymonkey", items))


def hotels_google_forms(root, reg, stats):
    items = make_items("google-forms", 63, C.HOTEL_BRANDS, [("en", 1), ("zh", 1)], "hotel")
    rows = [["Timestamp", "Which hotel did you stay at? 您入住的酒店", "Overall rating 总体评分 (1-5)",
             "How likely are you to recommend us? 推荐可能性 (0-10)", "Tell us about your stay 请分享您的入住体验",
             "Age band 年龄段", "Region 地区"]]
    for it in items:
        r = it["review"]
        w = it["when"]
        zh = r.lang == "zh"
        rows.append([w.strftime("%Y/%m/%d %I:%M:%S %p") + " GMT+8",
                     C.BRANDS[it["brand"]]["en"] + " " + C.BRANDS[it["brand"]]["zh"], r.rating, r.nps, r.text,
                     it["age"], (C.REGIONS_ZH if zh else C.REGIONS_EN)[it["region"]]])
    data = csv_text(rows, lineterminator="\n").encode("utf-8")
    write_bytes(root, "hotels/google-forms.csv", data, reg, len(items))
    stats.append(("google-forms", items))


def hotels_big5(root, reg, stats):
    items = make_items("big5-tw", 42, C.HOTEL_BRANDS, [("zht", 1)], "hotel", allow_emoji=False)
    rows = [["編號", "飯店", "分店", "評分", "入住日期", "年齡層", "訂房管道", "評論內容"]]
    for i, it in enumerate(items, 1):
        r, rng = it["review"], it["rng"]
        rows.append([f"TW{i:03d}", C.BRANDS[it["brand"]]["zht"], rng.choice(["台北", "台中", "高雄"]), r.rating,
                     it["when"].strftime("%Y/%m/%d"), it["age"], ["官方App", "官網", "電話", "訂房網站"][it["channel"]],
                     r.text])
    data = csv_text(rows).encode("big5")
    write_bytes(root, "hotels/reviews-tw-big5.csv", data, reg, len(items), "Traditional Chinese, Big5")
    stats.append(("big5-tw", items))


PAGE_CSS = """    body { font-family: "Helvetica Neue", Arial, "PingFang SC", sans-serif; margin: 0; color: #222; }
    nav a { margin-right: 1em; } .review { border-bottom: 1px solid #ddd; padding: 1em 0; }
    .stars::before { content: "★★★★★"; } /* not review text */
"""
PAGE_SCRIPT = """  <script>
    // Analytics stub: these strings must never become review text.
    window.dataLayer = window.dataLayer || [];
    function track(e) { window.dataLayer.push({event: e, label: "Write a review - terrible wifi? tell us!"}); }
    document.addEventListener("DOMContentLoaded", function () { track("reviews_view"); });
  </script>
"""


def page_items(name, brand, n, langs, scale10=False):
    rng = rng_for(name)
    out = []
    for i in range(n):
        month = MONTHS[i % 7]
        lang = C.weighted(rng, [l for l, _ in langs], [w for _, w in langs])
        r = C.compose(rng, brand, month, lang, 2, allow_mixed=False, allow_emoji=(name != "page-gbk"))
        d = when(rng, month, "hotel")
        author = zh_name(rng) if lang == "zh" else en_name(rng)
        rating = str(r.rating) if not scale10 else f"{min(10.0, r.rating * 2 - rng.choice([0, 0.4, 0.8])):.1f}"
        out.append({"review": r, "when": d, "author": author, "rating": rating, "brand": brand, "month": month})
    out.sort(key=lambda it: it["when"], reverse=True)
    return out


def jsonld(obj):
    # Escape "<" so that no "</script>" can end the element early (what real sites do).
    return json.dumps(obj, ensure_ascii=False, indent=2).replace("<", "\\u003c").replace(">", "\\u003e")


def page_chrome(title, lang, charset_meta, head_extra, body):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{charset_meta}\n  <title>{html.escape(title)}</title>\n'
            f'  <style>\n{PAGE_CSS}  </style>\n{head_extra}{PAGE_SCRIPT}</head>\n<body>\n'
            '  <nav><a href="/">Home</a><a href="/hotels">Hotels</a><a href="/deals">Deals</a>'
            '<a href="/login">Sign in</a></nav>\n'
            f'{body}'
            '  <footer><p>&copy; 2026 Example Travel (fictional). Reviews are sample data written by the Verbatim team.</p>'
            '<a href="/privacy">Privacy</a></footer>\n'
            '  <script src="/static/app.js" defer></script>\n</body>\n</html>\n')


def hotel_pages(root, reg, stats):
    e = html.escape
    # 1. JSON-LD Hotel with review array; one body carries an escaped <script> payload.
    items = page_items("page-harbourlight", "harbourlight", 12, [("en", 2), ("zh", 1)])
    items[3]["review"].text = "Lovely stay <script>alert(1)</script> but the walls are thin."
    items[3]["review"].rating, items[3]["rating"] = 3, "3"
    reviews = [{"@type": "Review", "author": {"@type": "Person", "name": it["author"]},
                "datePublished": it["when"].strftime("%Y-%m-%d"),
                "reviewRating": {"@type": "Rating", "ratingValue": it["rating"], "bestRating": "5", "worstRating": "1"},
                "reviewBody": it["review"].text} for it in items]
    ld = {"@context": "https://schema.org", "@type": "Hotel", "name": "Harbourlight Hotel Shanghai Bund",
          "address": {"@type": "PostalAddress", "addressLocality": "Shanghai", "addressCountry": "CN"},
          "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.1", "reviewCount": "1287"},
          "review": reviews}
    cards = "".join(f'    <div class="review"><span class="stars" data-rating="{it["rating"]}"></span>'
                    f'<p class="who">{e(it["author"])}</p><p>{e(it["review"].text)}</p></div>\n' for it in items[:4])
    body = ('  <main>\n    <h1>Harbourlight Hotel Shanghai Bund</h1>\n    <p class="intro">Rooms from ¥899 per night. '
            'Free cancellation on most rates.</p>\n    <section id="top-reviews"><h2>Top reviews</h2>\n' + cards +
            '    </section>\n  </main>\n')
    page = page_chrome("Harbourlight Hotel Shanghai Bund - Reviews", "en", '  <meta charset="utf-8">',
                       f'  <script type="application/ld+json">\n{jsonld(ld)}\n  </script>\n', body)
    write_bytes(root, "hotels/pages/harbourlight-shanghai.html", page.encode("utf-8"), reg, len(items),
                "JSON-LD; 4 visible cards repeat JSON-LD reviews; review 4 contains <script>alert(1)</script>")
    stats.append(("page-harbourlight", items))

    # 2. Microdata; one body with real <img onerror> markup, one with the same as escaped text.
    items = page_items("page-maplestay", "maplestay", 10, [("en", 1), ("zh", 1)])
    blocks = []
    for n, it in enumerate(items):
        body_html = e(it["review"].text)
        if n == 2:
            body_html = 'Check the photo <img src="x" onerror="alert(2)"> — ' + body_html
        if n == 5:
            body_html = "Cheap room &lt;img src=x onerror=alert(3)&gt; " + body_html
            it["review"].text = "Cheap room <img src=x onerror=alert(3)> " + it["review"].text
        blocks.append(
            '      <div class="review" itemprop="review" itemscope itemtype="https://schema.org/Review">\n'
            f'        <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{e(it["author"])}</span></span>\n'
            f'        <meta itemprop="datePublished" content="{it["when"].strftime("%Y-%m-%d")}">'
            f'<time>{it["when"].strftime("%B %d, %Y")}</time>\n'
            '        <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
            f'<meta itemprop="worstRating" content="1"><span itemprop="ratingValue">{it["rating"]}</span>/'
            '<span itemprop="bestRating">5</span></div>\n'
            f'        <div itemprop="reviewBody">{body_html}</div>\n'
            '        <button class="helpful">Helpful?</button>\n      </div>\n')
    body = ('  <main itemscope itemtype="https://schema.org/Hotel">\n    <h1 itemprop="name">Maplestay Inn Chengdu Chunxi Road</h1>\n'
            '    <div class="sidebar">Guests also viewed: three other hotels nearby</div>\n'
            '    <section id="reviews">\n' + "".join(blocks) + '    </section>\n  </main>\n')
    page = page_chrome("Maplestay Inn Chengdu - Guest reviews", "en", '  <meta charset="utf-8">', "", body)
    write_bytes(root, "hotels/pages/maplestay-chengdu.html", page.encode("utf-8"), reg, len(items),
                "microdata; review 3 has <img onerror> markup, review 6 the same as escaped text")
    stats.append(("page-maplestay", items))

    # 3. JSON-LD @graph, ratings out of 10, Chinese.
    items = page_items("page-crestmoor", "crestmoor", 14, [("zh", 1)], scale10=True)
    graph = [{"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "酒店", "item": "https://example.com/hotels"},
        {"@type": "ListItem", "position": 2, "name": "杭州", "item": "https://example.com/hotels/hangzhou"}]},
        {"@type": "Organization", "name": "Example Travel", "url": "https://example.com"},
        {"@type": "Hotel", "name": "云岭酒店（杭州西湖店）", "priceRange": "¥¥¥",
         "aggregateRating": {"@type": "AggregateRating", "ratingValue": "8.7", "bestRating": "10", "reviewCount": "642"},
         "review": [{"@type": "Review", "author": {"@type": "Person", "name": it["author"]},
                     "datePublished": it["when"].strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                     "reviewRating": {"@type": "Rating", "ratingValue": it["rating"], "bestRating": "10",
                                      "worstRating": "1"},
                     "reviewBody": it["review"].text} for it in items]}]
    ld = {"@context": "https://schema.org", "@graph": graph}
    body = '  <main>\n    <h1>云岭酒店（杭州西湖店）</h1>\n    <p>住客评分 8.7 / 10</p>\n    <div id="reviews-app"></div>\n  </main>\n'
    page = page_chrome("云岭酒店（杭州西湖店）- 住客点评", "zh-CN", '  <meta charset="utf-8">',
                       f'  <script type="application/ld+json">\n{jsonld(ld)}\n  </script>\n', body)
    write_bytes(root, "hotels/pages/crestmoor-hangzhou.html", page.encode("utf-8"), reg, len(items),
                "JSON-LD @graph; ratings out of 10")
    stats.append(("page-crestmoor", items))

    # 4. An older Chinese site saved in GBK, charset declared in a http-equiv meta.
    items = page_items("page-gbk", "harbourlight", 10, [("zh", 1)])
    reviews = [{"@type": "Review", "author": {"@type": "Person", "name": it["author"]},
                "datePublished": it["when"].strftime("%Y-%m-%d"),
                "reviewRating": {"@type": "Rating", "ratingValue": int(it["rating"]), "bestRating": 5},
                "reviewBody": it["review"].text} for it in items]
    ld = {"@context": "http://schema.org", "@type": "Hotel", "name": "港湾之光酒店（广州珠江新城店）", "review": reviews}
    body = '  <div id="main">\n    <h1>港湾之光酒店（广州珠江新城店）</h1>\n    <p>点评共 10 条</p>\n  </div>\n'
    page = page_chrome("港湾之光酒店（广州珠江新城店）点评", "zh-CN",
                       '  <meta http-equiv="Content-Type" content="text/html; charset=gbk">',
                       f'  <script type="application/ld+json">\n{jsonld(ld)}\n  </script>\n', body)
    write_bytes(root, "hotels/pages/harbourlight-guangzhou-gbk.html", page.encode("gbk"), reg, len(items),
                "GBK-encoded page, charset in http-equiv meta")
    stats.append(("page-gbk", items))


# ---------------------------------------------------------------- social

def social_items(name, n, langs):
    rng = rng_for(name)
    brands = C.DELIVERY_BRANDS + C.HOTEL_BRANDS
    out = []
    for i in range(n):
        brand = brands[i % 6]
        month = MONTHS[(i // 6) % 7]
        lang = C.weighted(rng, [l for l, _ in langs], [w for _, w in langs])
        if lang == "zht" and C.BRANDS[brand]["industry"] != "hotel":
            lang = "zh"
        region = C.weighted(rng, [0, 1, 2, 3], [3, 3, 4, 2])
        r = C.compose(rng, brand, month, lang, region)
        out.append({"review": r, "when": when(rng, month, C.BRANDS[brand]["industry"]), "brand": brand,
                    "month": month, "rng": random.Random(rng.random()), "region": region})
    out.sort(key=lambda it: it["when"])
    return out


def social_tweets(root, reg, stats):
    items = social_items("tweets", 63, [("en", 3), ("zh", 1)])
    tweets = []
    for n, it in enumerate(items):
        r, rng = it["review"], it["rng"]
        b = C.BRANDS[it["brand"]]
        mention = "@" + b["handle"]
        text = r.text
        if r.lang == "zh":
            full = f"#{b['zh']}# {text} {mention}"
        else:
            full = f"{mention} {text}"
        hashtags = []
        if rng.random() < 0.3:
            tag = b["en"].replace(" ", "")
            full += f" #{tag}"
            hashtags.append({"text": tag, "indices": [len(full) - len(tag) - 1, len(full)]})
        if n == 10:
            full = f"{mention} fish &amp; chips were great &amp; hot, the rider was quick &lt;3"
        if n in (20, 41):
            full = "RT @foodie_xu: " + full
        full = full[:280]
        created = it["when"].replace(tzinfo=dt.timezone.utc)
        tid = str(1745000000000000000 + int(created.timestamp()) * 4194304 + n)
        start = full.find(mention)
        tweets.append({"tweet": {
            "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "", "editsRemaining": "5",
                                      "isEditEligible": False}},
            "retweeted": False, "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
            "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": [
                {"name": b["en"], "screen_name": b["handle"], "indices": [str(start), str(start + len(mention))],
                 "id_str": str(9000000 + 17 * len(b["handle"]) + ord(b["handle"][0]))}], "urls": []},
            "display_text_range": ["0", str(len(full))], "favorite_count": str(rng.randint(0, 40)),
            "id_str": tid, "truncated": False, "retweet_count": str(rng.randint(0, 8)), "id": tid,
            "created_at": created.strftime("%a %b %d %H:%M:%S +0000 %Y"), "favorited": False,
            "full_text": full, "lang": "zh" if r.lang == "zh" else "en" if r.lang == "en" else "und"}})
    data = "window.YTD.tweets.part0 = " + json.dumps(tweets, ensure_ascii=False, indent=2) + "\n"
    write_bytes(root, "social/tweets.js", data.encode("utf-8"), reg, len(items),
                "2 retweets (RT @…), one tweet with &amp; &lt; entities")
    stats.append(("tweets", items))


def social_listening(root, reg, stats):
    items = social_items("listening", 63, [("zh", 5), ("en", 1), ("zht", 1)])
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<!-- Social-listening export (fictional vendor). Sample data written by the Verbatim team. -->\n',
           '<posts exported="2026-08-01T09:00:00+08:00" query="外卖 OR 酒店" count="%d">\n' % len(items)]
    platforms = ["weibo", "xiaohongshu", "douyin", "dianping", "twitter"]
    for n, it in enumerate(items):
        r, rng = it["review"], it["rng"]
        b = C.BRANDS[it["brand"]]
        plat = "twitter" if r.lang == "en" else rng.choice(platforms[:4])
        author = en_name(rng) if r.lang == "en" else zh_name(rng)
        brand_name = b["en"] if r.lang == "en" else b.get("zht", b["zh"]) if r.lang == "zht" else b["zh"]
        stamp = it["when"].strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"
        if n == 5:
            text_xml = f"<![CDATA[{r.text} <b>转发</b> & 收藏]]>"
        elif n == 9:
            text_xml = e(r.text) + " &#x1F602;"
        else:
            text_xml = e(r.text)
        out.append(f'  <post id="p{n + 1:04d}" platform="{plat}" date="{stamp}" lang="{"zh-Hant" if r.lang == "zht" else r.lang}">\n'
                   f'    <author followers="{rng.randint(3, 90000)}">{e(author)}</author>\n'
                   f'    <brand>{e(brand_name)}</brand>\n'
                   f'    <text>{text_xml}</text>\n'
                   f'    <metrics likes="{rng.randint(0, 500)}" reposts="{rng.randint(0, 80)}" comments="{rng.randint(0, 60)}"/>\n'
                   f'    <region>{C.REGIONS_ZH[it["region"]]}</region>\n'
                   '  </post>\n')
    out.append("</posts>\n")
    write_bytes(root, "social/listening-dump.xml", "".join(out).encode("utf-8"), reg, len(items),
                "one CDATA text with markup, one numeric character reference")
    stats.append(("listening", items))


def social_jsonl(root, reg, stats):
    items = social_items("posts-jsonl", 63, [("en", 1), ("zh", 1)])
    lines = []
    for n, it in enumerate(items):
        r, rng = it["review"], it["rng"]
        b = C.BRANDS[it["brand"]]
        obj = {"id": f"post-{n + 1:04d}", "platform": rng.choice(["instagram", "reddit", "xiaohongshu", "weibo"]),
               "created_at": it["when"].strftime("%Y-%m-%dT%H:%M:%S") + "Z",
               "author": en_name(rng) if r.lang == "en" else zh_name(rng),
               "brand": b["en"] if r.lang == "en" else b["zh"], "text": r.text,
               "likes": rng.randint(0, 300), "lang": r.lang, "region": C.REGIONS_EN[it["region"]]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    write_bytes(root, "social/posts.jsonl", ("\n".join(lines) + "\n").encode("utf-8"), reg, len(items))
    stats.append(("posts-jsonl", items))


def social_export_json(root, reg, stats):
    items = social_items("export-json", 42, [("en", 1), ("zh", 1)])
    reviews = []
    for n, it in enumerate(items):
        r, rng = it["review"], it["rng"]
        b = C.BRANDS[it["brand"]]
        ms = int(it["when"].replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp() * 1000)
        reviews.append({"reviewId": f"RV{n + 1:05d}", "createdAt": ms,
                        "brand": {"name": b["en"] if r.lang == "en" else b["zh"], "industry": b["industry"]},
                        "author": {"displayName": en_name(rng) if r.lang == "en" else zh_name(rng)},
                        "rating": {"value": r.rating, "scale": 5},
                        "content": {"title": r.title, "body": r.text},
                        "segments": {"region": C.REGIONS_EN[it["region"]], "ageBand": rng.choice(C.AGE_BANDS)},
                        "channel": rng.choice(["app", "web"])})
    doc = {"meta": {"exportedAt": "2026-08-01T00:00:00Z", "source": "fictional review platform", "total": len(reviews)},
           "data": {"reviews": reviews}}
    write_bytes(root, "social/export.json", (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
                reg, len(items), "nested {data:{reviews:[…]}}, createdAt in epoch milliseconds (UTC+8 times)")
    stats.append(("export-json", items))


# ---------------------------------------------------------------- story table and bench

STORY_KEYS = [("dashbite", "late-"), ("fanlai", "food+"), ("fanlai", "price_hike-"),
              ("fanlai", "price-"), ("hopbox", "app_crash-"), ("hopbox", "payment-"), ("hopbox", "app_fixed+"),
              ("harbourlight", "noise-"), ("harbourlight", "staff+"), ("maplestay", "clean-"), ("maplestay", "wifi-"),
              ("maplestay", "price+"), ("crestmoor", "checkin-"), ("crestmoor", "price-"), ("crestmoor", "breakfast+")]


def story_table(stats):
    counts = {}
    total = {}
    for _, items in stats:
        for it in items:
            r = it["review"]
            total.setdefault((r.brand, r.month), 0)
            total[(r.brand, r.month)] += 1
            for k in r.keys:
                counts[(r.brand, r.month, k)] = counts.get((r.brand, r.month, k), 0) + 1
    lines = ["| brand | aspect | " + " | ".join(f"2026-{m:02d}" for m in MONTHS) + " |",
             "|---|---|" + "---|" * len(MONTHS)]
    for brand, key in STORY_KEYS:
        cells = []
        for m in MONTHS:
            c, t = counts.get((brand, m, key), 0), total.get((brand, m), 0)
            cells.append(f"{c}/{t}")
        lines.append(f"| {C.BRANDS[brand]['en']} | `{key}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def bench(out_dir, n):
    rng = rng_for("bench")
    brands = C.DELIVERY_BRANDS + C.HOTEL_BRANDS
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"bench-{n}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            brand = brands[i % 6]
            month = rng.choice(MONTHS)
            r = C.compose(rng, brand, month, rng.choice(["en", "zh"]), rng.randrange(4))
            f.write(json.dumps({"id": i + 1, "brand": C.BRANDS[brand]["en"], "date": when(rng, month, "hotel").strftime("%Y-%m-%d"),
                                "rating": r.rating, "text": r.text}, ensure_ascii=False) + "\n")
    print(f"wrote {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.normpath(os.path.join(here, "..", "..", "corpora")))
    ap.add_argument("--bench", type=int, default=0, help="also write N synthetic JSONL records for benchmarks")
    ap.add_argument("--bench-out", default=os.path.normpath(os.path.join(here, "..", "..", "corpora-bench")))
    args = ap.parse_args()
    reg, stats = [], []
    delivery_reviews_en(args.out, reg, stats)
    broken = delivery_reviews_zh_excel(args.out, reg, stats)
    delivery_qualtrics(args.out, reg, stats)
    delivery_wenjuanxing(args.out, reg, stats)
    delivery_appstore(args.out, reg, stats)
    hotels_utf16(args.out, reg, stats)
    hotels_tencent(args.out, reg, stats)
    hotels_surveymonkey(args.out, reg, stats)
    hotels_google_forms(args.out, reg, stats)
    hotels_big5(args.out, reg, stats)
    hotel_pages(args.out, reg, stats)
    social_tweets(args.out, reg, stats)
    social_listening(args.out, reg, stats)
    social_jsonl(args.out, reg, stats)
    social_export_json(args.out, reg, stats)
    manifest = {"generator": "tools/corpora/generate.py", "seed": SEED,
                "files": [{"path": p, "records": n, "bytes": b, "note": note} for p, n, b, note in reg],
                "total_records": sum(n for p, n, _b, _note in reg if not p.endswith(".xlsx")),
                "brokenRow": {"file": "delivery/reviews-zh-excel.csv", "line": broken[0], "serial": broken[1],
                              "goodRowsAfter": broken[2]}}
    # Metadata lives in a hidden folder: readers pass over it, so `verbatim analyze corpora` sees only feedback.
    os.makedirs(os.path.join(args.out, ".meta"), exist_ok=True)
    with open(os.path.join(args.out, ".meta", "MANIFEST.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(args.out, ".meta", "STORY.md"), "w", encoding="utf-8") as f:
        f.write("# Brand stories by month (generated)\n\nEach cell: reviews with that aspect / all reviews of the brand "
                "that month, over every corpus file. Written by tools/corpora/generate.py; do not edit.\n\n")
        f.write(story_table(stats) + "\n")
    for p, n, b, note in reg:
        print(f"{p:45s} {n:5d} records {b:8d} bytes  {note}")
    if args.bench:
        bench(args.bench_out, args.bench)


if __name__ == "__main__":
    main()
