import EngageCore

/// A problem found in a rule file, reported as `file:line: message`.
public struct RuleProblem: Sendable, Hashable, CustomStringConvertible {
    /// Errors stop a rulebook from loading; warnings do not.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// The file as the user named it (`rules/spam.yaml`, `my-rules/overlay.yaml`).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity = .error, file: String, line: Int?, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` (warnings say so).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity == .warning ? "warning: " : "")\(message)"
    }

    /// The problem as an ``EngageError`` (code `invalid-rule`).
    public var error: EngageError { EngageError(.invalidRule, message, file: file, line: line) }
}

/// Thrown when a rulebook has errors; carries every problem found, not only the first.
public struct RulebookError: Error, Sendable, CustomStringConvertible {
    public var problems: [RuleProblem]

    public init(_ problems: [RuleProblem]) { self.problems = problems }

    /// One line per problem.
    public var description: String { problems.map(\.description).joined(separator: "\n") }

    /// The first error as an ``EngageError``, for one-line command-line reporting.
    public var engageError: EngageError {
        let errors = problems.filter { $0.severity == .error }
        let first = errors.first ?? problems.first ?? RuleProblem(file: "rules", line: nil, "invalid rulebook")
        let more = errors.count > 1 ? " (and \(errors.count - 1) more: run `engage rules check`)" : ""
        return EngageError(.invalidRule, first.message + more, file: first.file, line: first.line)
    }
}
