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
    public private(set) var output: String = ""
    /// Indentation width; 0 writes everything on one line.
    public let indent: Int
    var depth = 0
    var needsComma = [false]
    var afterKey = false

    /// Creates a writer; `indent` > 0 pretty-prints.
    public init(indent: Int = 0) {
        self.indent = indent
        output.reserveCapacity(256)
    }

    mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    mutating func newline() {
        guard indent > 0, depth > 0 else { return }
        output += "\n"
        output += String(repeating: " ", count: depth * indent)
    }

    /// Writes an object whose members `body` writes.
    public mutating func object(_ body: (inout JSONWriter) throws -> Void) rethrows {
        beforeValue()
        output += "{"
        depth += 1
        needsComma.append(false)
        try body(&self)
        let had = needsComma.removeLast()
        depth -= 1
        if had { newline() }
        output += "}"
    }

    /// Writes an array whose elements `body` writes.
    public mutating func array(_ body: (inout JSONWriter) throws -> Void) rethrows {
        beforeValue()
        output += "["
        depth += 1
        needsComma.append(false)
        try body(&self)
        let had = needsComma.removeLast()
        depth -= 1
        if had { newline() }
        output += "]"
    }

    /// Writes a member key; the next value written is its value.
    public mutating func key(_ k: String) {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        newline()
        Self.appendQuoted(k, to: &output)
        output += indent > 0 ? ": " : ":"
        afterKey = true
    }

    /// Writes a string, or null.
    public mutating func string(_ s: String?) {
        beforeValue()
        if let s { Self.appendQuoted(s, to: &output) } else { output += "null" }
    }

    /// Writes an integer, or null.
    public mutating func int(_ v: Int?) {
        beforeValue()
        output += v.map(String.init) ?? "null"
    }

    /// Writes a number, or null (also for NaN and infinities, which JSON cannot hold). Integral values
    /// print without a fraction; others with up to 17 significant digits (round-trip exact).
    public mutating func double(_ v: Double?) {
        beforeValue()
        guard let v, v.isFinite else {
            output += "null"
            return
        }
        output += Self.format(v)
    }

    /// Writes a boolean, or null.
    public mutating func bool(_ v: Bool?) {
        beforeValue()
        output += v.map { $0 ? "true" : "false" } ?? "null"
    }

    /// Writes null.
    public mutating func null() {
        beforeValue()
        output += "null"
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
        output += json
    }

    /// Formats a finite double the way JSON output shows it.
    public static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    /// Appends `s` as a JSON string literal.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        var needsEscape = false
        for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C {
            needsEscape = true
            break
        }
        if !needsEscape {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        out += String(format: "\\u%04x", scalar.value)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}
