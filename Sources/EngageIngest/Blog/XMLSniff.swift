/// What the first bytes of an XML file say: the root element's qualified name and its start tag (with
/// the namespace declarations), found without parsing. Used by readers to recognise formats cheaply.
struct XMLSniff {
    /// The root element's name as written (`rss`, `feed`, `ns0:feed`, `disqus`).
    var rootName: String
    /// The root start tag's text, `<` to `>` (or to the end of the sniffed bytes).
    var rootTag: String
    /// The sniffed bytes as text (lossy UTF-8), for further checks.
    var head: String

    /// The root element's local name (after any prefix).
    var rootLocalName: String {
        if let i = rootName.lastIndex(of: ":") { return String(rootName[rootName.index(after: i)...]) }
        return rootName
    }

    /// Reads the prefix of an XML document; nil when it does not start like XML (after an optional BOM,
    /// XML declaration, comments, processing instructions and a DOCTYPE).
    init?(_ bytes: [UInt8]) {
        var i = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        func skipSpace() { while i < n, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 } }
        func starts(_ s: String) -> Bool {
            let u = Array(s.utf8)
            return i + u.count <= n && Array(bytes[i..<(i + u.count)]) == u
        }
        func skipPast(_ s: String) -> Bool {
            let u = Array(s.utf8)
            while i + u.count <= n {
                if bytes[i] == u[0], Array(bytes[i..<(i + u.count)]) == u {
                    i += u.count
                    return true
                }
                i += 1
            }
            return false
        }
        while true {
            skipSpace()
            guard i < n, bytes[i] == UInt8(ascii: "<") else { return nil }
            if starts("<?") {
                guard skipPast("?>") else { return nil }
            } else if starts("<!--") {
                guard skipPast("-->") else { return nil }
            } else if starts("<!DOCTYPE") || starts("<!doctype") {
                // A DOCTYPE may hold an internal subset in brackets.
                var depth = 0
                while i < n {
                    if bytes[i] == UInt8(ascii: "[") { depth += 1 }
                    if bytes[i] == UInt8(ascii: "]") { depth -= 1 }
                    if bytes[i] == UInt8(ascii: ">") && depth <= 0 { break }
                    i += 1
                }
                guard i < n else { return nil }
                i += 1
            } else {
                break
            }
        }
        let start = i
        i += 1
        let nameStart = i
        while i < n, !(bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 || bytes[i] == UInt8(ascii: ">")
                       || bytes[i] == UInt8(ascii: "/")) {
            i += 1
        }
        guard i > nameStart else { return nil }
        rootName = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        var end = i
        while end < n, bytes[end] != UInt8(ascii: ">") { end += 1 }
        rootTag = String(decoding: bytes[start..<min(n, end + 1)], as: UTF8.self)
        head = String(decoding: bytes, as: UTF8.self)
    }
}
