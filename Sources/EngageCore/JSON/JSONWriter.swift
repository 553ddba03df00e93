import Foundation

/// Writes JSON text with members in the order they are written (stable output for golden files and
/// JSON Lines), without the cost of `JSONEncoder`.
///
/// ```swift
/// var w = JSONWriter()
/// w.object {
///     w.key("id"); w.string("1700000000000000101")
///     w.key("likes"); w.int(nil)          // null: unknown, never 0
/// }
/// ```
public struct JSONWriter {
    /// The text written so far.
    public var output: String { String(decoding: buffer, as: UTF8.self) }
    /// Indentation width; 0 writes everything on one line.
    public let indent: Int
    /// The UTF-8 bytes written so far (appending bytes is several times faster than growing a String).
    var buffer: [UInt8] = []
    var depth = 0
    var needsComma = [false]
    var afterKey = false

    /// Creates a writer; `indent` > 0 pretty-prints.
    public init(indent: Int = 0) {
        self.indent = indent
        buffer.reserveCapacity(1024)
    }

    @inline(__always)
    mutating func emit(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma[needsComma.count - 1] { emit(",") }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    mutating func newline() {
        guard indent > 0, depth > 0 else { return }
        buffer.append(0x0A)
        buffer.append(contentsOf: repeatElement(0x20, count: depth * indent))
    }

    /// Writes an object whose members `body` writes.
    public mutating func object(_ body: (inout JSONWriter) throws -> Void) rethrows {
        beforeValue()
        emit("{")
        depth += 1
        needsComma.append(false)
        try body(&self)
        let had = needsComma.removeLast()
        depth -= 1
        if had { newline() }
        emit("}")
    }

    /// Writes an array whose elements `body` writes.
    public mutating func array(_ body: (inout JSONWriter) throws -> Void) rethrows {
        beforeValue()
        emit("[")
        depth += 1
        needsComma.append(false)
        try body(&self)
        let had = needsComma.removeLast()
        depth -= 1
        if had { newline() }
        emit("]")
    }

    /// Writes a member key; the next value written is its value.
    public mutating func key(_ k: String) {
        if needsComma[needsComma.count - 1] { emit(",") }
        needsComma[needsComma.count - 1] = true
        newline()
        Self.appendQuoted(k, to: &buffer)
        if indent > 0 { emit(": ") } else { emit(":") }
        afterKey = true
    }

    /// Writes a string, or null.
    public mutating func string(_ s: String?) {
        beforeValue()
        if let s { Self.appendQuoted(s, to: &buffer) } else { emit("null") }
    }

    /// Writes an integer, or null.
    public mutating func int(_ v: Int?) {
        beforeValue()
        if let v { buffer.append(contentsOf: String(v).utf8) } else { emit("null") }
    }

    /// Writes a number, or null (also for NaN and infinities, which JSON cannot hold). Integral values
    /// print without a fraction; others with up to 17 significant digits (round-trip exact).
    public mutating func double(_ v: Double?) {
        beforeValue()
        guard let v, v.isFinite else {
            emit("null")
            return
        }
        buffer.append(contentsOf: Self.format(v).utf8)
    }

    /// Writes a boolean, or null.
    public mutating func bool(_ v: Bool?) {
        beforeValue()
        switch v {
        case true?: emit("true")
        case false?: emit("false")
        case nil: emit("null")
        }
    }

    /// Writes null.
    public mutating func null() {
        beforeValue()
        emit("null")
    }

    /// Writes a date as an ISO 8601 UTC string, or null.
    public mutating func date(_ d: Date?) {
        string(d.map(DateParser.iso8601))
    }

    /// Writes an array of strings.
    public mutating func strings(_ items: [String]) {
        array { w in for s in items { w.string(s) } }
    }

    /// Writes pre-encoded JSON as a value.
    public mutating func raw(_ json: String) {
        beforeValue()
        buffer.append(contentsOf: json.utf8)
    }

    /// Formats a finite double the way JSON output shows it.
    public static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    /// Appends `s` as a JSON string literal.
    public static func appendQuoted(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal, as UTF-8 bytes: quotes, backslashes and control characters
    /// escaped, everything else (non-ASCII included) as is.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = s
        text.withUTF8 { b in
            var start = 0
            for i in 0..<b.count {
                let u = b[i]
                guard u < 0x20 || u == 0x22 || u == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
                switch u {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                default: out.append(contentsOf: String(format: "\\u%04x", u).utf8)
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<b.count]))
        }
        out.append(0x22)
    }
}
