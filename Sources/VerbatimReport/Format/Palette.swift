/// Colour-blind-safe colours for charts and pages (Okabe & Ito 2008), and a blue/orange diverging
/// scale for sentiment. Charts never rely on colour alone: values are always written as text too.
///
/// ```swift
/// Palette.series(0)          // "#0072B2"
/// Palette.diverging(-1)      // "#D55E00" (negative = orange)
/// Palette.diverging(1)       // "#0072B2" (positive = blue)
/// ```
public enum Palette {
    /// Okabe–Ito colours in the order used for series: blue, orange, bluish green, reddish purple,
    /// sky blue, vermillion, yellow, black.
    public static let okabeIto = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
    /// Positive sentiment (blue).
    public static let positive = "#0072B2"
    /// Neutral sentiment (grey).
    public static let neutral = "#BBBBBB"
    /// Negative sentiment (vermillion/orange).
    public static let negative = "#D55E00"
    /// Text and axis colour.
    public static let ink = "#222222"
    /// Grid line colour.
    public static let grid = "#DDDDDD"

    /// The colour of series `index` (cycles after eight).
    public static func series(_ index: Int) -> String {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }

    /// A dash pattern for line series `index`, so lines differ without colour ("" = solid).
    public static func dash(_ index: Int) -> String {
        let patterns = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"]
        return patterns[((index % patterns.count) + patterns.count) % patterns.count]
    }

    /// The diverging colour of `value` in −1…1: orange (−1) → light grey (0) → blue (+1).
    public static func diverging(_ value: Double) -> String {
        guard value.isFinite else { return "#FFFFFF" }
        let v = max(-1, min(1, value))
        let mid = (0xF2, 0xF2, 0xF2)
        let end = v < 0 ? (0xD5, 0x5E, 0x00) : (0x00, 0x72, 0xB2)
        return hex(mix(mid, end, abs(v)))
    }

    /// The sequential colour of `value` in 0…1: light grey → blue.
    public static func sequential(_ value: Double) -> String {
        guard value.isFinite else { return "#FFFFFF" }
        return hex(mix((0xF2, 0xF2, 0xF2), (0x00, 0x72, 0xB2), max(0, min(1, value))))
    }

    /// Black or white, whichever reads better on `background` (a "#RRGGBB" colour).
    public static func textColor(on background: String) -> String {
        guard let (r, g, b) = rgb(background) else { return ink }
        let luminance = (0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b)) / 255
        return luminance < 0.55 ? "#FFFFFF" : "#111111"
    }

    static func mix(_ a: (Int, Int, Int), _ b: (Int, Int, Int), _ t: Double) -> (Int, Int, Int) {
        func m(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * t).rounded()) }
        return (m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
    }

    static func hex(_ c: (Int, Int, Int)) -> String {
        let digits = Array("0123456789ABCDEF")
        var s = "#"
        for v in [c.0, c.1, c.2] {
            let x = max(0, min(255, v))
            s.append(digits[x / 16])
            s.append(digits[x % 16])
        }
        return s
    }

    static func rgb(_ hex: String) -> (Int, Int, Int)? {
        let u = Array(hex.utf8)
        guard u.count == 7, u[0] == 0x23 else { return nil }
        func h(_ i: Int) -> Int? { Int(String(decoding: u[i...i + 1], as: UTF8.self), radix: 16) }
        guard let r = h(1), let g = h(3), let b = h(5) else { return nil }
        return (r, g, b)
    }
}
