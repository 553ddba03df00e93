import CLibXML2

/// Remembers what a caller made of an element's (namespace URI, local name) pair, so that classifying the
/// millions of elements of a large export costs a dictionary lookup instead of two string conversions.
///
/// Keyed by libxml2's interned name and namespace pointers and verified against the stored bytes on every
/// hit, so a pointer reused after its element was freed can never return another name's value. Use one
/// cache per document or stream reader. Not `Sendable`.
public final class MarkupNameCache<Value> {
    private struct Key: Hashable {
        var name: UInt
        var uri: UInt
    }

    private struct Entry {
        var name: [UInt8]
        var uri: [UInt8]?
        var value: Value
    }

    private var entries: [Key: Entry] = [:]
    private let classify: (_ localName: String, _ namespaceURI: String?) -> Value

    /// Creates a cache that computes missing values with `classify` (local name as libxml2 reports it,
    /// namespace URI or nil).
    public init(_ classify: @escaping (_ localName: String, _ namespaceURI: String?) -> Value) {
        self.classify = classify
    }

    /// The value for `node`'s name and namespace.
    public func value(for node: MarkupNode) -> Value {
        let raw = node.node
        let name = raw.pointee.name
        let uri = raw.pointee.ns?.pointee.href
        let key = Key(name: UInt(bitPattern: name), uri: UInt(bitPattern: uri))
        if let e = entries[key], Self.same(name, e.name), Self.same(uri, e.uri) { return e.value }
        let n = LibXML.string(name) ?? ""
        let u = LibXML.string(uri)
        let v = classify(n, u)
        entries[key] = Entry(name: Array(n.utf8), uri: u.map { Array($0.utf8) }, value: v)
        return v
    }

    private static func same(_ p: UnsafePointer<xmlChar>?, _ bytes: [UInt8]?) -> Bool {
        guard let p else { return bytes == nil }
        guard let bytes else { return false }
        var i = 0
        while i < bytes.count {
            if p[i] != bytes[i] { return false }
            i += 1
        }
        return p[i] == 0
    }
}
