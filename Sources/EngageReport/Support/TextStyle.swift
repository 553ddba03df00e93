import Foundation

/// ANSI styling for terminal reports: on only when asked (a TTY without `NO_COLOR`, or
/// `--color always`); ``plain`` writes no escape codes at all.
public struct TextStyle: Sendable {
    /// Whether escape codes are written.
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// No colour.
    public static let plain = TextStyle(enabled: false)

    /// True when `NO_COLOR` is set to anything non-empty (https://no-color.org).
    public static func noColorRequested(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func good(_ s: String) -> String { wrap(s, "32") }
    public func bad(_ s: String) -> String { wrap(s, "31") }
    public func warn(_ s: String) -> String { wrap(s, "33") }
    /// A section heading: bold, underlined by a rule.
    public func heading(_ s: String) -> String {
        bold(s) + "\n" + dim(String(repeating: "─", count: min(78, s.count))) + "\n"
    }
    /// A class name in its colour: green for the genuine classes, red for the low-value ones.
    public func label(_ s: String, padTo width: Int = 0) -> String {
        let padded = TextFormat.pad(s, width)
        switch s {
        case "valuable", "genuine", "ok": return good(padded)
        case "author-reply", "pingback", "trackback": return padded
        default: return bad(padded)
        }
    }
}
