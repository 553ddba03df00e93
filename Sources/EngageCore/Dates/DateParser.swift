import Foundation

/// Fast parsing of every date shape engage's inputs use, into UTC `Date`s, and ISO 8601 output.
///
/// Shapes (see FORMATS.md §0): `Wed Nov 02 21:30:39 +0000 2022` (X), ISO 8601 with or without
/// fraction and zone (`2022-11-14T18:44:55.824Z`, `2010-11-29T12:35:44.027-08:00`), `2015-04-07
/// 09:59:58 +0000` (classic archives), site-local `2007-04-25 14:50:39` (read as UTC), RFC 822
/// `Thu, 05 Jan 2012 14:30:46 +0000` / `GMT` / zone names, `M/D/YYYY H:MM` (spreadsheets, two-digit
/// years too) and bare `YYYY-MM-DD`. Impossible dates (`0000-00-00 00:00:00`, year `-0001` or `20081`)
/// give nil, never a crash. `DateFormatter` is about 100 times slower and is not used.
public enum DateParser {
    /// Parses `text`; nil when it is not a date engage understands or is out of range (years 1900–2200).
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Parses UTF-8 bytes; see ``parse(_:)``.
    public static func parse(bytes raw: UnsafeBufferPointer<UInt8>) -> Date? {
        var lo = 0
        var hi = raw.count
        while lo < hi, isSpace(raw[lo]) { lo += 1 }
        while hi > lo, isSpace(raw[hi - 1]) { hi -= 1 }
        guard hi > lo else { return nil }
        let b = UnsafeBufferPointer(rebasing: raw[lo..<hi])
        if b.count == 30, let d = parseTwitter(b) { return d }
        if isDigit(b[0]) {
            if b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") { return parseISOLike(b) }
            if b.contains(UInt8(ascii: "/")) { return parseSlashed(b) }
        }
        return parseWords(b)
    }

    // MARK: - Shapes

    /// `Wed Nov 02 21:30:39 +0000 2022`
    static func parseTwitter(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b[3] == 32, b[7] == 32, b[10] == 32, b[13] == 58, b[16] == 58, b[19] == 32, b[25] == 32,
              let month = monthNumber(b[4], b[5], b[6]),
              let day = num(b, 8, 2), let h = num(b, 11, 2), let mi = num(b, 14, 2), let s = num(b, 17, 2),
              let zone = zoneOffset(b, 20), let y = num(b, 26, 4)
        else { return nil }
        return make(y, month, day, h, mi, s, 0, zone)
    }

    /// `YYYY-MM-DD`, then optionally `T` or space, `HH:MM[:SS[.fff]]`, then `Z`, `±HH:MM`, `±HHMM`,
    /// ` +0000`, ` UTC`/` GMT` or nothing.
    static func parseISOLike(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard let y = num(b, 0, 4), let m = num(b, 5, 2), let d = num(b, 8, 2) else { return nil }
        var i = 10
        let n = b.count
        if i == n { return make(y, m, d, 0, 0, 0, 0, 0) }
        guard b[i] == UInt8(ascii: "T") || b[i] == 32 else { return nil }
        i += 1
        guard i + 5 <= n, let h = num(b, i, 2), b[i + 2] == 58, let mi = num(b, i + 3, 2) else { return nil }
        i += 5
        var s = 0
        var nanos = 0
        if i + 3 <= n, b[i] == 58, let sec = num(b, i + 1, 2) {
            s = sec
            i += 3
            if i < n, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                var scale = 100_000_000
                while i < n, isDigit(b[i]) {
                    nanos += Int(b[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
            }
        }
        while i < n, b[i] == 32 { i += 1 }
        if i == n { return make(y, m, d, h, mi, s, nanos, 0) }
        guard let zone = zoneOffset(b, i, allowColon: true, consumed: &i), i == n else { return nil }
        return make(y, m, d, h, mi, s, nanos, zone)
    }

    /// `M/D/YYYY H:MM[:SS] [AM|PM]` (US spreadsheet order), two-digit years meaning 20YY (≤ 69) or 19YY.
    static func parseSlashed(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        var fields: [Int] = []
        var i = 0
        let n = b.count
        var pm: Bool?
        var yearDigits = 0
        while i < n {
            if isDigit(b[i]) {
                var v = 0
                var digits = 0
                while i < n, isDigit(b[i]) {
                    // Saturates: a run of 20 digits is out of range, not an overflow.
                    v = min(v * 10 + Int(b[i] - 48), 1_000_000_000)
                    digits += 1
                    i += 1
                }
                if fields.count == 2 { yearDigits = digits }
                fields.append(v)
            } else if b[i] == UInt8(ascii: "A") || b[i] == UInt8(ascii: "a") {
                pm = false
                i += 1
            } else if b[i] == UInt8(ascii: "P") || b[i] == UInt8(ascii: "p") {
                pm = true
                i += 1
            } else {
                i += 1
            }
        }
        guard fields.count >= 3 else { return nil }
        var y = fields[2]
        if yearDigits <= 2 { y += y <= 69 ? 2000 : 1900 }
        var h = fields.count > 3 ? fields[3] : 0
        if let pm { h = (h % 12) + (pm ? 12 : 0) }
        return make(y, fields[0], fields[1], h, fields.count > 4 ? fields[4] : 0, fields.count > 5 ? fields[5] : 0, 0, 0)
    }

    /// RFC 822 and other word orders: `Thu, 05 Jan 2012 14:30:46 +0000`, `05 Jan 2012 14:30 GMT`,
    /// `Wed Nov 02 21:30:39 +0000 2022` with odd spacing, `January 5, 2012`.
    static func parseWords(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        var month: Int?
        var day: Int?
        var year: Int?
        var h = 0, mi = 0, s = 0
        var zone = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if isSpace(c) || c == UInt8(ascii: ",") || c == UInt8(ascii: ".") {
                i += 1
                continue
            }
            let start = i
            if isDigit(c) {
                while i < n, isDigit(b[i]) || b[i] == 58 { i += 1 }
                let tok = UnsafeBufferPointer(rebasing: b[start..<i])
                if tok.contains(58) {
                    guard tok.count >= 4, let hh = num(tok, 0, tok[1] == 58 ? 1 : 2) else { return nil }
                    let off = tok[1] == 58 ? 2 : 3
                    guard let mm = num(tok, off, 2) else { return nil }
                    h = hh
                    mi = mm
                    if tok.count >= off + 5, tok[off + 2] == 58, let ss = num(tok, off + 3, 2) { s = ss }
                } else {
                    // A year has 4 digits, a day 1 or 2: anything longer is not a date (and would overflow).
                    guard tok.count <= 4 else { return nil }
                    var v = 0
                    for d in tok { v = v * 10 + Int(d - 48) }
                    if tok.count >= 3 {
                        guard year == nil, tok.count == 4 else { return nil }
                        year = v
                    } else if day == nil {
                        day = v
                    } else {
                        return nil
                    }
                }
            } else if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                var j = i
                guard let z = zoneOffset(b, i, allowColon: true, consumed: &j) else { return nil }
                zone = z
                i = j
            } else if isLetter(c) {
                while i < n, isLetter(b[i]) { i += 1 }
                let tok = UnsafeBufferPointer(rebasing: b[start..<i])
                if tok.count >= 3, let m = monthNumber(tok[0], tok[1], tok[2]), month == nil,
                   tok.count == 3 || isFullMonthName(tok, m) {
                    month = m
                } else if let z = namedZone(tok) {
                    zone = z
                } else if tok.count == 2, lower(tok[1]) == UInt8(ascii: "m"),
                          lower(tok[0]) == UInt8(ascii: "a") || lower(tok[0]) == UInt8(ascii: "p") {
                    h = (h % 12) + (lower(tok[0]) == UInt8(ascii: "p") ? 12 : 0)
                } else if !isWeekday(tok) {
                    return nil
                }
            } else {
                return nil
            }
        }
        guard let month, let day, let year else { return nil }
        return make(year, month, day, h, mi, s, 0, zone)
    }

    // MARK: - Output

    /// A date from seconds since 1970 (epoch timestamps in exports, `showComment=` links, tar headers);
    /// nil when the value is not finite or falls outside the years 1900–2200, like ``parse(_:)``.
    public static func unixSeconds(_ seconds: Double) -> Date? {
        guard seconds.isFinite, seconds >= earliest, seconds < latest else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// 1900-01-01T00:00:00Z and 2201-01-01T00:00:00Z in seconds since 1970.
    static let earliest: Double = -2_208_988_800
    static let latest: Double = 7_289_654_400

    /// Seconds since 1970 of any `Date`, clamped to the years 1–9999 (a date built elsewhere can hold
    /// anything; output never traps on it).
    static func clampedSeconds(_ date: Date) -> Double {
        let t = date.timeIntervalSince1970
        guard !t.isNaN else { return 0 }
        return min(max(t, -62_135_596_800), 253_402_300_799)
    }

    /// `2022-11-02T21:30:39Z`, with milliseconds when the date has a fraction of a second. Dates outside
    /// the years 1–9999 are written clamped to them.
    public static func iso8601(_ date: Date) -> String {
        let t = clampedSeconds(date)
        var secs = Int(t.rounded(.down))
        var millis = Int(((t - Double(secs)) * 1000).rounded())
        if millis == 1000 {
            secs += 1
            millis = 0
        }
        let days = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
        let rem = secs - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        var out = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(rem / 3600, 2) + ":"
            + pad(rem % 3600 / 60, 2) + ":" + pad(rem % 60, 2)
        if millis != 0 { out += "." + pad(millis, 3) }
        return out + "Z"
    }

    /// Year, month and day (UTC) of a date.
    public static func components(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, weekday: Int) {
        let secs = Int(clampedSeconds(date).rounded(.down))
        let days = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
        let rem = secs - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        // 1970-01-01 was a Thursday; weekday 1 = Monday … 7 = Sunday (ISO 8601).
        let weekday = ((days % 7) + 7 + 3) % 7 + 1
        return (y, m, d, rem / 3600, rem % 3600 / 60, weekday)
    }

    /// Builds a UTC date from civil fields and a zone offset in seconds east of UTC; nil when a field
    /// is out of range.
    public static func make(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, _ nanos: Int,
                            _ zoneSeconds: Int) -> Date? {
        guard (1900...2200).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(m, y),
              (0...24).contains(h), (0...59).contains(mi), (0...60).contains(s)
        else { return nil }
        let days = daysFromCivil(y, m, d)
        let secs = days * 86_400 + h * 3600 + mi * 60 + s - zoneSeconds
        return Date(timeIntervalSince1970: Double(secs) + Double(nanos) / 1e9)
    }

    // MARK: - Helpers

    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    static func daysIn(_ m: Int, _ y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isLetter(c) ? c | 0x20 : c }

    @inline(__always) static func num(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ len: Int) -> Int? {
        guard at + len <= b.count else { return nil }
        var v = 0
        for k in at..<(at + len) {
            let c = b[k]
            guard isDigit(c) else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    static func zoneOffset(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
        var end = at
        return zoneOffset(b, at, allowColon: false, consumed: &end)
    }

    /// `Z`, `+HHMM`, `-HH:MM`, `+HH`; sets `consumed` to the index after the zone.
    static func zoneOffset(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, allowColon: Bool, consumed: inout Int) -> Int? {
        guard at < b.count else { return nil }
        let c = b[at]
        if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") {
            consumed = at + 1
            return 0
        }
        if isLetter(c) {
            var j = at
            while j < b.count, isLetter(b[j]) { j += 1 }
            guard let z = namedZone(UnsafeBufferPointer(rebasing: b[at..<j])) else { return nil }
            consumed = j
            return z
        }
        guard c == UInt8(ascii: "+") || c == UInt8(ascii: "-"), let hh = num(b, at + 1, 2) else { return nil }
        var j = at + 3
        var mm = 0
        if allowColon, j < b.count, b[j] == 58 { j += 1 }
        if let m = num(b, j, 2) {
            mm = m
            j += 2
        }
        guard hh <= 14, mm < 60 else { return nil }
        consumed = j
        let secs = hh * 3600 + mm * 60
        return c == UInt8(ascii: "-") ? -secs : secs
    }

    static func namedZone(_ tok: UnsafeBufferPointer<UInt8>) -> Int? {
        let name = String(decoding: tok, as: UTF8.self).uppercased()
        switch name {
        case "Z", "UT", "UTC", "GMT", "WET": return 0
        case "EST": return -5 * 3600
        case "EDT": return -4 * 3600
        case "CST": return -6 * 3600
        case "CDT": return -5 * 3600
        case "MST": return -7 * 3600
        case "MDT": return -6 * 3600
        case "PST": return -8 * 3600
        case "PDT": return -7 * 3600
        case "CET", "BST", "WEST": return 3600
        case "CEST", "EET": return 2 * 3600
        case "EEST": return 3 * 3600
        case "JST", "KST": return 9 * 3600
        case "IST": return 19_800
        case "AEST": return 10 * 3600
        case "AEDT": return 11 * 3600
        default: return nil
        }
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let fullMonthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    static func monthNumber(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int? {
        let key = (UInt32(lower(a)) << 16) | (UInt32(lower(b)) << 8) | UInt32(lower(c))
        switch key {
        case 0x6A_616E: return 1   // jan
        case 0x66_6562: return 2   // feb
        case 0x6D_6172: return 3   // mar
        case 0x61_7072: return 4   // apr
        case 0x6D_6179: return 5   // may
        case 0x6A_756E: return 6   // jun
        case 0x6A_756C: return 7   // jul
        case 0x61_7567: return 8   // aug
        case 0x73_6570: return 9   // sep
        case 0x6F_6374: return 10  // oct
        case 0x6E_6F76: return 11  // nov
        case 0x64_6563: return 12  // dec
        default: return nil
        }
    }

    static func isFullMonthName(_ tok: UnsafeBufferPointer<UInt8>, _ m: Int) -> Bool {
        let s = String(decoding: tok, as: UTF8.self).lowercased()
        return s == fullMonthNames[m - 1] || (m == 9 && s == "sept")
    }

    static func isWeekday(_ tok: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = String(decoding: tok, as: UTF8.self).lowercased()
        return ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday", "tues", "thur", "thurs"].contains(s)
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
