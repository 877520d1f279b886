import VerbatimModel

/// Excel's serial dates: days since 1899-12-31 (serial 1 is 1900-01-01),
/// with Excel's 1900 leap-year bug (serial 60 is the nonexistent 1900-02-29),
/// or days since 1904-01-01 in 1904-system workbooks; the fraction is the time of day.
/// The one converter: spreadsheets (by cell style) and `DateParser` (by value) both use it.
///
/// ```swift
/// ExcelSerialDate.iso(45352, date1904: false)         // "2024-03-01"
/// ExcelSerialDate.iso(45352.5, date1904: false)       // "2024-03-01T12:00:00"
/// ExcelSerialDate.time(0.75)                          // "18:00:00"
/// ```
enum ExcelSerialDate {
    /// The date (and time, when the serial has a fraction) of a serial; nil outside years
    /// 1900…9999 or for non-finite values.
    static func date(_ serial: Double, date1904: Bool) -> RecordDate? {
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
        return RecordDate(daysSinceEpoch: epochDays, secondOfDay: serial != serial.rounded(.down) ? seconds : nil)
    }

    /// ISO 8601 for a serial, nil outside years 1900…9999 or for non-finite values.
    static func iso(_ serial: Double, date1904: Bool) -> String? {
        date(serial, date1904: date1904)?.description
    }

    /// `HH:MM:SS` for the fraction of a day in `serial`.
    static func time(_ serial: Double) -> String? {
        guard serial.isFinite, serial >= 0 else { return nil }
        let seconds = Int(((serial - serial.rounded(.down)) * 86400).rounded()) % 86400
        return pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
}
