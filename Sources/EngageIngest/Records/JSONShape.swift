import EngageCore

/// The shape of a JSON file's first record, read from its first bytes for format detection: the keys
/// of the first object (or of the first element of a top-level array), the keys of its `data`
/// member's first element, and its short top-level string values (`_type`).
struct JSONShape {
    /// Keys of the first object.
    private(set) var keys: Set<String> = []
    /// Keys of `data` (an object) or of its first element (an array).
    private(set) var dataKeys: Set<String> = []
    /// Keys of the first element of `ancestors` or `descendants` (Mastodon context).
    private(set) var nestedKeys: Set<String> = []
    /// True when the file is one top-level array.
    private(set) var isArray = false
    /// Short string members of the first object.
    private(set) var strings: [String: String] = [:]

    /// Reads the shape of a single-file input; nil when it does not start with a JSON object or array.
    init?(_ input: InputContainer) {
        guard input.kind == .file, let entry = input.entries.first else { return nil }
        let head = input.sniff(entry, count: 64 << 10)
        let ok: Bool = head.withUnsafeBufferPointer { buffer in
            var c = JSONCursor(bytes: buffer, isFinal: false)
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { c.position = 3 }
            do {
                var first = try c.peek()
                if first == UInt8(ascii: "[") {
                    isArray = true
                    var a = try c.beginArray()
                    guard try c.nextElement(&a) else { return true }
                    first = try c.peek()
                }
                guard first == UInt8(ascii: "{") else { return false }
                try readObject(&c)
            } catch {
                // A truncated window or bad JSON: what was seen so far decides.
            }
            return !keys.isEmpty
        }
        if !ok { return nil }
    }

    private mutating func readObject(_ c: inout JSONCursor) throws {
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            let key = k.string
            keys.insert(key)
            switch key {
            case "data":
                dataKeys = try Self.firstKeys(&c)
            case "ancestors", "descendants":
                let found = try Self.firstKeys(&c)
                if nestedKeys.isEmpty { nestedKeys = found }
            default:
                if try c.peek() == UInt8(ascii: "\""), strings.count < 64 {
                    let s = try c.readString()
                    if s.utf8.count <= 200 { strings[key] = s }
                } else {
                    try c.skipValue()
                }
            }
        }
    }

    /// The keys of an object value, or of the first object in an array value.
    private static func firstKeys(_ c: inout JSONCursor) throws -> Set<String> {
        var out: Set<String> = []
        var p = try c.peek()
        var array: JSONCursor.Container?
        if p == UInt8(ascii: "[") {
            var a = try c.beginArray()
            guard try c.nextElement(&a) else { return out }
            array = a
            p = try c.peek()
        }
        if p == UInt8(ascii: "{") {
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                out.insert(k.string)
                try c.skipValue()
            }
        } else {
            try c.skipValue()
        }
        if var a = array { while try c.nextElement(&a) { try c.skipValue() } }
        return out
    }

    /// True when the first object has every key in `all`.
    func has(_ all: String...) -> Bool { all.allSatisfy(keys.contains) }

    /// True when the first object has any key in `any`.
    func hasAny(_ any: String...) -> Bool { any.contains(where: keys.contains) }
}
