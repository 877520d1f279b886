/// Check digits used to tell personal numbers from ordinary ones.
enum Checksums {
    /// The Luhn check of a digit string (payment cards).
    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            var x = Int(d)
            if i % 2 == 1 {
                x *= 2
                if x > 9 { x -= 9 }
            }
            sum += x
        }
        return sum % 10 == 0
    }

    /// A valid 18-character Chinese resident ID (GB 11643-1999): 17 digits, a check character
    /// (digit or X, given as 10), a province code 11…82 and a real birth date 1900…2099.
    static func chineseID18(_ digits: [UInt8]) -> Bool {
        guard digits.count == 18, (1...8).contains(digits[0]) else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for i in 0..<17 {
            guard digits[i] <= 9 else { return false }
            sum += Int(digits[i]) * weights[i]
        }
        let check: [UInt8] = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2]
        guard digits[17] == check[sum % 11] else { return false }
        let year = number(digits[6..<10])
        return (1900...2099).contains(year) && validDate(month: number(digits[10..<12]), day: number(digits[12..<14]))
    }

    /// A plausible 15-digit legacy ID (before 1999): a province digit 1…8 and a valid YYMMDD birth date.
    static func chineseID15(_ digits: [UInt8]) -> Bool {
        guard digits.count == 15, (1...8).contains(digits[0]) else { return false }
        return validDate(month: number(digits[8..<10]), day: number(digits[10..<12]))
    }

    static func validDate(month: Int, day: Int) -> Bool {
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && day >= 1 && day <= days[month - 1]
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1) }
    }
}
