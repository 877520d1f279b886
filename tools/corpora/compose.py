"""Composes sample reviews from the phrase banks, following each fictional brand's story.

The brand stories (what a theme report should reveal) live in `aspect_table`:

Food delivery (industry A)
  DashBite / 快点到      delivery delays grow every month (Jan → Jul), worst in the South / 华南 region;
                         food and price are fine.
  Fanlai Eats / 饭来了   food praised throughout; price criticised, and from March 2026 a price increase
                         ("price hike", 涨价) becomes a frequent complaint.
  Hopbox / 跳跳盒        app update 5.2.0 (April 2026) crashes; crash + payment complaints spike in April and
                         May, the 5.2.3 fix in June brings "fixed now" reviews, July is back to normal.
Hotel chains (industry B)
  Harbourlight Hotels / 港湾之光酒店  staff and location praised; noise (thin walls, street) is the steady complaint.
  Maplestay Inn / 枫居酒店            cheap, praised for value; weak wifi throughout; cleanliness complaints jump
                                      from May 2026 (emerging complaint).
  Crestmoor Hotel / 云岭酒店          spotless rooms and a great breakfast, criticised as expensive; check-in
                                      queues spike in the June–July peak season.
"""

import phrases_en as EN
import phrases_zh as ZH
import phrases_zht as ZHT

BRANDS = {
    "dashbite": {"industry": "delivery", "en": "DashBite", "zh": "快点到", "handle": "DashBiteApp"},
    "fanlai": {"industry": "delivery", "en": "Fanlai Eats", "zh": "饭来了", "handle": "FanlaiEats"},
    "hopbox": {"industry": "delivery", "en": "Hopbox", "zh": "跳跳盒", "handle": "HopboxFood"},
    "harbourlight": {"industry": "hotel", "en": "Harbourlight Hotels", "zh": "港湾之光酒店", "zht": "港灣之光酒店",
                     "handle": "HarbourlightHotels"},
    "maplestay": {"industry": "hotel", "en": "Maplestay Inn", "zh": "枫居酒店", "zht": "楓居酒店",
                  "handle": "MaplestayInn"},
    "crestmoor": {"industry": "hotel", "en": "Crestmoor Hotel", "zh": "云岭酒店", "zht": "雲嶺酒店",
                  "handle": "CrestmoorHotel"},
}
DELIVERY_BRANDS = ["dashbite", "fanlai", "hopbox"]
HOTEL_BRANDS = ["harbourlight", "maplestay", "crestmoor"]

REGIONS_EN = ["North", "South", "East", "West"]
REGIONS_ZH = ["华北", "华南", "华东", "西南"]
AGE_BANDS = ["18-24", "25-34", "35-44", "45+"]
AGE_WEIGHTS = [3, 4, 2, 1.5]


def aspect_table(brand, month, region):
    """(aspect, weight, probability of being negative) for one brand, month (1–7) and region index."""
    m = month
    south = region == 1
    if brand == "dashbite":
        late_w = 0.1 + 0.13 * (m - 1)
        late_neg = min(0.95, 0.25 + 0.11 * (m - 1))
        if south:
            late_w *= 1.5
            late_neg = min(0.97, late_neg + 0.1)
        return [("late", late_w, late_neg), ("food", 0.35, 0.3), ("courier", 0.12, 0.2 + 0.06 * (m - 1)),
                ("price", 0.2, 0.25), ("app", 0.1, 0.3), ("packaging", 0.08, 0.4), ("wrong", 0.05, 1.0),
                ("support", 0.08, 0.5), ("refund", 0.05, 0.4), ("payment", 0.03, 0.5)]
    if brand == "fanlai":
        return [("food", 0.55, 0.1), ("price", 0.45, 0.6 if m < 3 else 0.85), ("late", 0.2, 0.3),
                ("packaging", 0.2, 0.15), ("courier", 0.1, 0.2), ("app", 0.08, 0.3), ("support", 0.06, 0.4),
                ("refund", 0.05, 0.3), ("wrong", 0.04, 1.0), ("payment", 0.03, 0.4)]
    if brand == "hopbox":
        if m in (4, 5):
            app, pay = (0.65, 0.92), (0.25, 0.9)
        elif m == 6:
            app, pay = (0.3, 0.35), (0.05, 0.4)
        else:
            app, pay = (0.15, 0.25), (0.05, 0.4)
        return [("app",) + app, ("payment",) + pay, ("refund", 0.15, 0.25), ("late", 0.2, 0.35),
                ("food", 0.3, 0.3), ("price", 0.15, 0.4), ("support", 0.1, 0.35), ("packaging", 0.08, 0.4),
                ("courier", 0.08, 0.3), ("wrong", 0.05, 1.0)]
    if brand == "harbourlight":
        return [("staff", 0.45, 0.08), ("location", 0.4, 0.05), ("noise", 0.4, 0.9), ("breakfast", 0.2, 0.35),
                ("clean", 0.2, 0.2), ("room", 0.2, 0.4), ("price", 0.15, 0.5), ("wifi", 0.1, 0.3),
                ("checkin", 0.12, 0.2)]
    if brand == "maplestay":
        clean = (0.25, 0.35) if m <= 4 else (0.6 + 0.1 * (m - 4), 0.9)
        return [("price", 0.45, 0.12), ("clean",) + clean, ("wifi", 0.3, 0.75), ("staff", 0.2, 0.4),
                ("location", 0.15, 0.4), ("room", 0.25, 0.5), ("breakfast", 0.1, 0.6), ("noise", 0.1, 0.5),
                ("checkin", 0.1, 0.3)]
    if brand == "crestmoor":
        checkin = (0.9, 0.9) if m in (6, 7) else (0.12, 0.3)
        return [("clean", 0.35, 0.06), ("breakfast", 0.4, 0.08), ("price", 0.4, 0.8), ("checkin",) + checkin,
                ("room", 0.3, 0.1), ("staff", 0.25, 0.25), ("wifi", 0.1, 0.2), ("noise", 0.1, 0.1),
                ("location", 0.15, 0.2)]
    raise ValueError(brand)


def weighted(rng, items, weights):
    total = sum(weights)
    x = rng.random() * total
    for item, w in zip(items, weights):
        x -= w
        if x < 0:
            return item
    return items[-1]


def pick_keys(rng, brand, month, region):
    """Chooses 1–3 aspect keys ("late-", "food+", …) following the brand's story."""
    table = list(aspect_table(brand, month, region))
    n = weighted(rng, [1, 2, 3], [35, 45, 20])
    keys = []
    for _ in range(n):
        aspect, w, neg = weighted(rng, table, [t[1] for t in table])
        table = [t for t in table if t[0] != aspect]
        pol = "-" if rng.random() < neg else "+"
        key = aspect + pol
        if brand == "fanlai" and key == "price-" and month >= 3 and rng.random() < 0.6:
            key = "price_hike-"
        if brand == "hopbox" and key == "app-" and month in (4, 5) and rng.random() < 0.9:
            key = "app_crash-"
        if brand == "hopbox" and key == "app+" and month == 6 and rng.random() < 0.7:
            key = "app_fixed+"
        keys.append(key)
    return keys


def rating_for(rng, keys):
    pos = sum(1 for k in keys if k.endswith("+"))
    neg = len(keys) - pos
    if neg == 0:
        r = rng.choice([5, 5, 4])
    elif pos == 0:
        r = rng.choice([1, 1, 2]) if neg >= 2 else rng.choice([1, 2, 2])
    elif pos > neg:
        r = rng.choice([4, 3, 4])
    elif neg > pos:
        r = rng.choice([2, 3, 2])
    else:
        r = rng.choice([3, 3, 2, 4])
    if rng.random() < 0.03:  # people are not always consistent
        r = max(1, min(5, r + rng.choice([-1, 1])))
    return r


def nps_for(rng, rating):
    lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (2, 5), 1: (0, 3)}[rating]
    return rng.randint(lo, hi)


def fill(rng, template, slots, brand_name):
    out = template
    for _ in range(3):
        if "{" not in out:
            break
        for name, values in slots.items():
            token = "{" + name + "}"
            if token in out:
                out = out.replace(token, rng.choice(values), 1)
        out = out.replace("{brand}", brand_name)
    return out


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def _elongate_en(text):
    for a, b in ((" so ", " sooo "), ("slow", "sloooow"), (" good", " soooo good"), ("late", "laaate"),
                 ("love", "loooove"), ("!", "!!!")):
        if a in text:
            return text.replace(a, b, 1)
    return text.rstrip(".") + "!!!"


def _elongate_zh(text):
    for a, b in (("太", "太太太"), ("好吃", "好吃好吃好吃"), ("很", "超级无敌"), ("！", "！！！")):
        if a in text:
            return text.replace(a, b, 1)
    return text + "啊啊啊"


class Review:
    __slots__ = ("brand", "month", "lang", "keys", "text", "rating", "nps", "title", "region")

    def polarity(self):
        pos = sum(1 for k in self.keys if k.endswith("+"))
        neg = len(self.keys) - pos
        return "+" if neg == 0 else "-" if pos == 0 else "~"


def compose(rng, brand, month, lang, region=0, allow_mixed=True, allow_emoji=True):
    """One review: lang is "en", "zh" (Simplified) or "zht" (Traditional, Big5-safe, hotels only)."""
    info = BRANDS[brand]
    industry = info["industry"]
    r = Review()
    r.brand, r.month, r.lang, r.region = brand, month, lang, region
    r.keys = pick_keys(rng, brand, month, region)
    r.rating = rating_for(rng, r.keys)
    r.nps = nps_for(rng, r.rating)
    pol = r.polarity()
    if lang == "zht":
        r.text = _compose_zht(rng, r, info)
        r.title = ""
        return r
    bank = EN if lang == "en" else ZH
    clauses_bank = bank.DELIVERY if industry == "delivery" else bank.HOTEL
    brand_name = info["en"] if lang == "en" else info["zh"]
    if allow_mixed and rng.random() < 0.07:
        options = [(k, t) for k, t in EN.MIXED[industry] if k in r.keys]
        if options:
            key, mixed = rng.choice(options)
            r.keys = [key]
            r.rating = rating_for(rng, r.keys)
            r.nps = nps_for(rng, r.rating)
            r.lang = "mixed"
            r.text = mixed
            r.title = rng.choice(EN.TITLES_POS if key.endswith("+") else EN.TITLES_NEG)
            return r
    clauses = []
    for k in r.keys:
        c = fill(rng, rng.choice(clauses_bank[k]), bank.SLOTS, brand_name)
        clauses.append((k, c))
    # ALL CAPS for one angry clause
    if lang == "en" and pol == "-" and rng.random() < 0.07:
        i = rng.randrange(len(clauses))
        clauses[i] = (clauses[i][0], clauses[i][1].upper())
    text = _join_en(rng, clauses) if lang == "en" else _join_zh(rng, clauses)
    extras_before = []
    extras_after = []
    if rng.random() < 0.15:
        extras_before.append(fill(rng, rng.choice(bank.OPENERS[industry]), bank.SLOTS, brand_name))
    neg_keys = [k for k in r.keys if k.endswith("-") and k in bank.IRREALIS]
    if neg_keys and rng.random() < 0.15:
        extras_after.append(rng.choice(bank.IRREALIS[neg_keys[0]]))
    if rng.random() < 0.08:
        extras_after.append(rng.choice(bank.POLITE_POS if pol == "+" else bank.POLITE_NEG))
    if rng.random() < 0.07:
        extras_after.append(rng.choice(bank.SLANG_POS if pol == "+" else bank.SLANG_NEG))
    if rng.random() < 0.3:
        closers = bank.CLOSERS_POS if pol == "+" else bank.CLOSERS_NEG if pol == "-" else bank.CLOSERS_MIX
        extras_after.append(rng.choice(closers[industry]))
    sep = " " if lang == "en" else ""
    text = sep.join(extras_before + [text] + extras_after)
    if rng.random() < 0.06:
        text = _elongate_en(text) if lang == "en" else _elongate_zh(text)
    if allow_emoji and rng.random() < 0.18:
        e = rng.choice(bank.EMOJI_POS if pol == "+" else bank.EMOJI_NEG)
        text = text + (" " if lang == "en" else "") + e * rng.choice([1, 1, 2, 3])
    r.text = text
    titles = bank.TITLES.get(r.keys[0])
    if titles and rng.random() < 0.7:
        r.title = rng.choice(titles)
    else:
        r.title = rng.choice(bank.TITLES_POS if pol == "+" else bank.TITLES_NEG if pol == "-" else bank.TITLES_MIX)
    return r


def _join_en(rng, clauses):
    out = ""
    prev = None
    for i, (k, c) in enumerate(clauses):
        p = k[-1]
        if i == 0:
            out = cap(c)
        elif p != prev and p == "-":
            conn, capnext = rng.choice([(", but ", False), (". However, ", False), (", though ", False),
                                        (". On the other hand, ", False), (". But ", False)])
            out += conn + (cap(c) if capnext else c)
        elif p != prev:
            conn, capnext = rng.choice([(", but ", False), (". That said, ", False), (", though ", False),
                                        (". On the plus side, ", False)])
            out += conn + (cap(c) if capnext else c)
        else:
            conn, capnext = rng.choice([(". ", True), (", and ", False), (". Also, ", False), ("; ", False)])
            out += conn + (cap(c) if capnext else c)
        prev = p
    neg = any(k.endswith("-") for k, _ in clauses)
    return out + rng.choice([".", ".", "!"] if not neg else [".", "!", "...", "."])


def _join_zh(rng, clauses):
    out = ""
    prev = None
    for i, (k, c) in enumerate(clauses):
        p = k[-1]
        if i == 0:
            out = c
        elif p != prev and p == "-":
            out += rng.choice(["，但是", "，不过", "，可惜", "。但是", "，就是"]) + c
        elif p != prev:
            out += rng.choice(["，但是", "，不过", "。好在", "，还好"]) + c
        else:
            out += rng.choice(["，", "，而且", "。", "，还有", "；"]) + c
        prev = p
    return out + rng.choice(["。", "。", "！", "～"])


def _compose_zht(rng, r, info):
    clauses = []
    for k in r.keys:
        if k not in ZHT.HOTEL:
            continue
        clauses.append((k, fill(rng, rng.choice(ZHT.HOTEL[k]), ZHT.SLOTS, info["zht"])))
    if not clauses:
        clauses = [("clean+", ZHT.HOTEL["clean+"][0])]
        r.keys = ["clean+"]
    out = ""
    prev = None
    for i, (k, c) in enumerate(clauses):
        p = k[-1]
        if i == 0:
            out = c
        elif p != prev and p == "-":
            out += rng.choice(["，但是", "，不過", "，可惜"]) + c
        elif p != prev:
            out += rng.choice(["，但是", "，不過", "。還好"]) + c
        else:
            out += rng.choice(["，", "，而且", "。"]) + c
        prev = p
    out += rng.choice(["。", "！"])
    pol = r.polarity()
    if rng.random() < 0.35:
        out += rng.choice(ZHT.CLOSERS_POS if pol == "+" else ZHT.CLOSERS_NEG if pol == "-" else ZHT.CLOSERS_MIX)
    if rng.random() < 0.1:
        out += rng.choice(ZHT.SLANG_POS if pol == "+" else ZHT.SLANG_NEG)
    return out
