import EngageCore
import Foundation

/// The result of running every rule's examples and every class's verdict examples (SwiftLint's model:
/// each rule carries inputs it must fire on and inputs it must not). `engage rules test` prints it;
/// the test suite runs it so CI fails when a rule and its examples disagree.
public struct ExampleReport: Sendable {
    /// One example that did not behave as written.
    public struct Failure: Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        /// The rule id, or `class NAME` for verdict examples.
        public var subject: String
        /// The example, shortened.
        public var input: String
        /// What should have happened and what did.
        public var problem: String

        public var description: String {
            "\(file)\(line.map { ":\($0)" } ?? ""): \(subject): \(input) \(problem)"
        }
    }

    /// Examples run.
    public var checked = 0
    /// Rules (and classes) whose examples ran.
    public var subjects = 0
    /// Examples of `bayes:` rules not run because an overlay replaced the model they were written for.
    public var skipped = 0
    public var failures: [Failure] = []

    /// True when every example behaved.
    public var passed: Bool { failures.isEmpty }
}

extension Classifier {
    /// Runs every enabled rule's examples and every class's verdict examples.
    public func runExamples() -> ExampleReport {
        var report = ExampleReport()
        let now = Date()
        for kind in RuleKind.allCases {
            let set = compiled[kind]
            func features(_ input: JSONValue) -> Features {
                if kind == .account {
                    return Features(account: AccountRecord.account(from: input), asOf: now)
                }
                let object: JSONValue = input.string != nil && input["text"] == nil ? .object([("text", input)]) : input
                let (post, parent) = PostRecord.post(from: object, defaultKind: kind == .reply ? .reply : .original)
                var scratch = [UInt8]()
                return Features(post: post, parent: parent, needsOverlap: true, scratch: &scratch)
            }
            for (r, rule) in set.rules.enumerated() where !rule.disabled {
                guard let examples = rule.examples, !(examples.match.isEmpty && examples.noMatch.isEmpty) else { continue }
                if rule.bayes != nil && rulebook.replacedModels.contains(kind) {
                    report.skipped += examples.match.count + examples.noMatch.count
                    continue
                }
                report.subjects += 1
                for (expected, list) in [(true, examples.match), (false, examples.noMatch)] {
                    for e in list {
                        report.checked += 1
                        let fired = set.evaluate(features(e.value), decideHelpers: true).fired[r]
                        if fired != expected {
                            report.failures.append(.init(
                                file: rule.location.file, line: e.line, subject: rule.id,
                                input: ExampleReport.render(e.value),
                                problem: expected ? "should fire but did not" : "should not fire but did"))
                        }
                    }
                }
            }
            for name in kind.classes {
                guard let c = rulebook.classSpec(kind, name), let examples = c.examples else { continue }
                report.subjects += 1
                for (expected, list) in [(true, examples.match), (false, examples.noMatch)] {
                    for e in list {
                        report.checked += 1
                        let f = features(e.value)
                        let isReply = kind == .reply || f[.kind] == 1
                        let v = set.verdict(set.evaluate(f), isReply: isReply)
                        if (v.label == name) != expected {
                            let why = v.hits.prefix(3).map { "\($0.id) \(JSONWriter.format($0.score))" }.joined(separator: ", ")
                            report.failures.append(.init(
                                file: c.location.file, line: e.line, subject: "class \(name)",
                                input: ExampleReport.render(e.value),
                                problem: (expected ? "should be \(name) but was \(v.label)" : "should not be \(name) but was")
                                    + " (\(v.scoredClass ?? v.label) \(JSONWriter.format(v.score))/\(JSONWriter.format(v.threshold))\(why.isEmpty ? "" : ": " + why))"))
                        }
                    }
                }
            }
        }
        return report
    }
}

extension ExampleReport {
    /// An example as a short quoted text or a compact object.
    static func render(_ v: JSONValue) -> String {
        let s: String
        if let text = v.string {
            s = "\"\(text)\""
        } else {
            var w = JSONWriter()
            w.raw(json(v))
            s = w.output
        }
        return s.count > 90 ? String(s.prefix(87)) + "…" : s
    }

    private static func json(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s):
            var out = ""
            JSONWriter.appendQuoted(s, to: &out)
            return out
        case .array(let a): return "[" + a.map(json).joined(separator: ",") + "]"
        case .object(let o):
            return "{" + o.map { k, x in
                var key = ""
                JSONWriter.appendQuoted(k, to: &key)
                return key + ":" + json(x)
            }.joined(separator: ",") + "}"
        }
    }
}
