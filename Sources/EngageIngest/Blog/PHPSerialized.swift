/// Reads single values out of PHP-serialized strings (`a:4:{s:4:"time";s:15:"1694181791.1234";…}`), as
/// WordPress stores them in meta values. Only what engage needs: the scalar stored under a string key.
/// String lengths are in bytes, as PHP writes them; a length that does not fit gives nil, never a crash.
enum PHPSerialized {
    /// The scalar under `key` (a string `s:N:"…"`, a double `d:…;`, an integer `i:…;` or a boolean
    /// `b:0|1;`) as text; nil when absent or malformed.
    static func scalar(_ key: String, in serialized: String) -> String? {
        let bytes = Array(serialized.utf8)
        let needle = Array("s:\(key.utf8.count):\"\(key)\";".utf8)
        guard let at = find(needle, in: bytes) else { return nil }
        var i = at + needle.count
        guard i + 2 <= bytes.count else { return nil }
        let type = bytes[i]
        i += 2  // "s:", "d:", "i:", "b:"
        switch type {
        case UInt8(ascii: "s"):
            var length = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                length = length * 10 + Int(bytes[i] - 48)
                if length > bytes.count { return nil }
                i += 1
            }
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: "\"") else { return nil }
            let start = i + 2
            guard start + length <= bytes.count else { return nil }
            return String(decoding: bytes[start..<(start + length)], as: UTF8.self)
        case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "b"):
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ";") { i += 1 }
            guard i < bytes.count else { return nil }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        default:
            return nil
        }
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
