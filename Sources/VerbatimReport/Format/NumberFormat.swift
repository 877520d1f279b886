import Foundation

/// Deterministic, locale-independent number formatting for reports.
///
/// ```swift
/// NumberFormat.fixed(0.126, decimals: 2)   // "0.13" (exact ties round to even, as printf)
/// NumberFormat.fixed(-0.001, decimals: 2)  // "0.00" (never "-0.00")
/// NumberFormat.signed(0.25, decimals: 2)   // "+0.25"
/// NumberFormat.percent(0.4567)             // "46%"
/// ```
public enum NumberFormat {
    /// `value` with exactly `decimals` digits after the point (0…10); "NaN", "∞", "-∞" for non-finite values.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        let d = max(0, min(decimals, 10))
        var s = String(format: "%.\(d)f", value)
        if s.hasPrefix("-"), s.utf8.allSatisfy({ $0 == 0x2D || $0 == 0x30 || $0 == 0x2E }) {
            s.removeFirst()
        }
        return s
    }

    /// `value` with an explicit sign ("+0.25", "-0.10", "0.00").
    public static func signed(_ value: Double, decimals: Int) -> String {
        let s = fixed(value, decimals: decimals)
        if s.hasPrefix("-") || !value.isFinite { return s }
        return s.utf8.allSatisfy({ $0 == 0x30 || $0 == 0x2E }) ? s : "+" + s
    }

    /// A share in [0, 1] as a percentage ("46%", "45.7%").
    public static func percent(_ share: Double, decimals: Int = 0) -> String {
        guard share.isFinite else { return fixed(share, decimals: decimals) }
        return fixed(share * 100, decimals: decimals) + "%"
    }
}
