/// Excel's serial dates: days since 1899-12-31 (serial 1 is 1900-01-01),
/// with Excel's 1900 leap-year bug (serial 60 is the nonexistent 1900-02-29),
/// or days since 1904-01-01 in 1904-system workbooks; the fraction is the time of day.
///
/// ```swift
/// ExcelSerialDate.iso(45352, date1904: false)         // "2024-03-01"
/// ExcelSerialDate.iso(45352.5, date1904: false)       // "2024-03-01T12:00:00"
/// ExcelSerialDate.time(0.75)                          // "18:00:00"
/// ```
enum ExcelSerialDate {
    /// ISO 8601 for a serial, nil outside years 1900…9999 or for non-finite values.
    static func iso(_ serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86400).rounded())
        if seconds >= 86400 {
            days += 1
            seconds -= 86400
        }
        let epochDays: Int
        if date1904 {
            epochDays = -24107 + days  // 1904-01-01 is day -24107 since 1970-01-01
        } else {
            // Serials after the fake 1900-02-29 are one day ahead of the calendar.
            let corrected = days >= 60 ? days - 1 : days
            epochDays = -25568 + corrected  // 1899-12-31 is day -25568
        }
        let (y, m, d) = civil(fromDays: epochDays)
        var s = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        if serial != serial.rounded(.down) { s += "T" + clock(seconds) }
        return s
    }

    /// `HH:MM:SS` for the fraction of a day in `serial`.
    static func time(_ serial: Double) -> String? {
        guard serial.isFinite, serial >= 0 else { return nil }
        let seconds = Int(((serial - serial.rounded(.down)) * 86400).rounded()) % 86400
        return clock(seconds)
    }

    private static func clock(_ seconds: Int) -> String {
        pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
    }

    /// Howard Hinnant's civil_from_days.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
