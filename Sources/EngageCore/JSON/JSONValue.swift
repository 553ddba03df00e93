/// A small JSON tree for irregular documents (manifests, configuration, rule overlays). Objects keep
/// their members in order, duplicates included; ``subscript(_:)-swift.method`` returns the **last**
/// non-empty value of a duplicated key (a real Mastodon export writes `orderedItems` twice).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number as written, so 64-bit ids survive.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .bool(let b): h.combine(b)
        case .number(let s), .string(let s): h.combine(s)
        case .array(let a): h.combine(a)
        case .object(let o):
            for (k, v) in o {
                h.combine(k)
                h.combine(v)
            }
        }
    }

    /// The member named `key` (the last non-empty one when duplicated), or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        var found: JSONValue?
        for (k, v) in members where k == key {
            if found == nil || !v.isEmptyContainer { found = v }
        }
        return found
    }

    /// The element at `index`, or nil.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// A string, or a number's text.
    public var string: String? {
        switch self {
        case .string(let s), .number(let s): return s
        default: return nil
        }
    }

    /// An integer from a number or a numeric string.
    public var int: Int? {
        guard let s = string else { return nil }
        var s2 = s
        return s2.withUTF8 { JSONCursor.parseInt($0) }
    }

    /// A double from a number or a numeric string.
    public var double: Double? { string.flatMap { Double($0) } }

    /// A boolean (also from "true"/"false" strings).
    public var bool: Bool? {
        switch self {
        case .bool(let b): return b
        case .string(let s): return s == "true" ? true : s == "false" ? false : nil
        default: return nil
        }
    }

    /// The elements of an array (empty for anything else).
    public var array: [JSONValue] {
        if case .array(let a) = self { return a }
        return []
    }

    /// The members of an object (empty for anything else).
    public var members: [(String, JSONValue)] {
        if case .object(let o) = self { return o }
        return []
    }

    /// True for `null`.
    public var isNull: Bool { if case .null = self { return true } else { return false } }

    var isEmptyContainer: Bool {
        switch self {
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        case .null: return true
        default: return false
        }
    }

    /// Parses a whole document.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, offsetBase: Int = 0) throws -> JSONValue {
        var c = JSONCursor(bytes: bytes, offsetBase: offsetBase)
        let v = try c.readValue()
        guard c.atEnd() else { throw c.error("the end of the document") }
        return v
    }

    /// Parses a whole document from a string.
    public static func parse(_ text: String) throws -> JSONValue {
        var t = text
        return try t.withUTF8 { try parse($0) }
    }
}
