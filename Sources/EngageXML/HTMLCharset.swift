/// The character set of a saved HTML page, found the way browsers do: a byte-order mark, else a
/// `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB, else
/// UTF-8 (libxml2 alone would assume ISO-8859-1 and garble every non-ASCII character).
enum HTMLCharset {
    static func sniff(_ bytes: UnsafeRawBufferPointer) -> String {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return "UTF-8" }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
        let head = bytes.prefix(4096)
        let lower = head.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < lower.count {
            if lower[i] == 0x63, Array(lower[i..<(i + needle.count)]) == needle, insideMeta(lower, i) {
                var j = i + needle.count
                while j < lower.count, lower[j] == 32 || lower[j] == 9 { j += 1 }
                guard j < lower.count, lower[j] == UInt8(ascii: "=") else {
                    i += 1
                    continue
                }
                j += 1
                while j < lower.count, lower[j] == 32 || lower[j] == 34 || lower[j] == 39 { j += 1 }
                var name: [UInt8] = []
                while j < lower.count, name.count < 40 {
                    let c = lower[j]
                    guard (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45 || c == 95 || c == 46 || c == 58
                    else { break }
                    name.append(c)
                    j += 1
                }
                if !name.isEmpty { return normalise(String(decoding: name, as: UTF8.self)) }
            }
            i += 1
        }
        return "UTF-8"
    }

    /// True when position `at` lies inside a `<meta …>` tag.
    private static func insideMeta(_ b: [UInt8], _ at: Int) -> Bool {
        var k = at
        while k > 0 {
            k -= 1
            if b[k] == UInt8(ascii: ">") { return false }
            if b[k] == UInt8(ascii: "<") {
                return k + 5 <= b.count && Array(b[(k + 1)..<(k + 5)]) == Array("meta".utf8)
            }
        }
        return false
    }

    /// Browsers read Latin-1 and ASCII labels as Windows-1252; libxml2 (iconv) knows that name.
    private static func normalise(_ label: String) -> String {
        switch label {
        case "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii", "l1", "cp1252", "windows-1252": return "windows-1252"
        case "utf8", "unicode-1-1-utf-8": return "UTF-8"
        // A page saved to disk is bytes; a declared UTF-16 without BOM is usually a lie.
        case "utf-16", "utf-16le", "utf-16be": return "UTF-8"
        default: return label
        }
    }
}
