import Foundation

/// One `when:` test on a ``Field``: `followers: "< 30"`, `following_ratio: ">= 10"`, `verified: true`,
/// `kind: [reply, quote]`, `age_days: "0..30"`, `likes: unknown`.
struct FieldTest: Sendable {
    enum Operation: Sendable, Equatable {
        case compare(String, Double)
        case range(Double, Double)
        /// One of the choices whose bits are set (choice k is bit k).
        case oneOf(UInt64)
        case unknown
        case known
    }

    let field: Field
    let operation: Operation

    /// True when `value` (NaN = unknown) passes.
    @inline(__always)
    func passes(_ value: Double) -> Bool {
        if value.isNaN { return operation == .unknown }
        switch operation {
        case .compare(let op, let x):
            switch op {
            case "<": return value < x
            case "<=": return value <= x
            case ">": return value > x
            case ">=": return value >= x
            case "!=": return value != x
            default: return value == x
            }
        case .range(let lo, let hi): return value >= lo && value <= hi
        case .oneOf(let bits): return value >= 0 && value < 64 && bits & (1 << UInt64(value)) != 0
        case .unknown: return false
        case .known: return true
        }
    }

    /// Parses the YAML value of a test: a number, a boolean, a comparison string, a range, a choice or a
    /// list of choices. Throws a message when it does not fit the field.
    init(field: Field, scalar: String?, list: [String]?) throws {
        self.field = field
        if let list {
            guard case .choice(let choices) = field.type else { throw Problem("\(field.name) is not a choice field; a list is not a test for it") }
            var bits: UInt64 = 0
            for item in list {
                guard let k = choices.firstIndex(of: item) else {
                    throw Problem("\(field.name) is one of \(choices.joined(separator: ", ")), not '\(item)'")
                }
                bits |= 1 << UInt64(k)
            }
            operation = .oneOf(bits)
            return
        }
        let s = (scalar ?? "").trimmingCharacters(in: .whitespaces)
        if s == "unknown" {
            operation = .unknown
            return
        }
        if s == "known" {
            operation = .known
            return
        }
        switch field.type {
        case .bool:
            switch s.lowercased() {
            case "true", "yes": operation = .compare("==", 1)
            case "false", "no": operation = .compare("==", 0)
            default: throw Problem("\(field.name) is true or false, not '\(s)'")
            }
        case .choice(let choices):
            guard let k = choices.firstIndex(of: s) else {
                throw Problem("\(field.name) is one of \(choices.joined(separator: ", ")), not '\(s)'")
            }
            operation = .oneOf(1 << UInt64(k))
        case .number:
            if let r = s.range(of: "..") {
                guard let lo = Double(s[..<r.lowerBound].trimmingCharacters(in: .whitespaces)),
                      let hi = Double(s[r.upperBound...].trimmingCharacters(in: .whitespaces)), lo <= hi else {
                    throw Problem("a range is written LOW..HIGH with LOW ≤ HIGH, not '\(s)'")
                }
                operation = .range(lo, hi)
                return
            }
            for op in ["<=", ">=", "==", "!=", "<", ">"] where s.hasPrefix(op) {
                guard let x = Double(s.dropFirst(op.count).trimmingCharacters(in: .whitespaces)) else {
                    throw Problem("expected a number after '\(op)' in '\(s)'")
                }
                operation = .compare(op, x)
                return
            }
            guard let x = Double(s) else {
                throw Problem("\(field.name) takes a number, a comparison such as \">= 10\", a range such as \"1..30\", known or unknown; not '\(s)'")
            }
            operation = .compare("==", x)
        }
    }

    struct Problem: Error {
        var message: String
        init(_ m: String) { message = m }
    }
}
