import EngageCore
import Foundation
import Yams

/// Reads one rule file (YAML) into a ``RuleFileSpec``, collecting every problem with its line instead
/// of stopping at the first.
///
/// ```yaml
/// class: follower-begging
/// kind: post
/// threshold: 5
/// describe: Asking for follows, likes or reposts to reach a number.
/// rules:
///   - id: BEG_HELP_REACH
///     describe: Asks for help to reach a follower count
///     score: 3
///     pattern: "help (us|me) (get|reach|hit) {num}"
///     examples:
///       match: ["Help us reach 5k followers!"]
///       no-match: ["Our 1,000 followers asked for a guide, so here it is"]
/// ```
struct RuleFileParser {
    let file: String
    private(set) var problems: [RuleProblem] = []

    init(file: String) { self.file = file }

    static let fileKeys: Set<String> = ["class", "kind", "threshold", "describe", "priority", "rules", "examples"]
    static let ruleKeys: Set<String> = [
        "id", "describe", "score", "disabled", "pattern", "phrases", "list", "hashtags", "domains", "when", "meta",
        "bayes", "examples",
    ]
    static let idPattern = #"^(__)?[A-Z][A-Z0-9_]*$"#

    mutating func problem(_ line: Int?, _ message: String, _ severity: RuleProblem.Severity = .error) {
        problems.append(RuleProblem(severity, file: file, line: line, message))
    }

    /// Parses `text`. Returns nil when the file cannot be read as a rule file at all.
    mutating func parse(_ text: String) -> RuleFileSpec? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            let (line, message) = RuleFileParser.describe(e)
            problem(line, "YAML: \(message)")
            return nil
        } catch {
            problem(nil, "YAML: \(error)")
            return nil
        }
        guard let root, let top = root.mapping else {
            problem(root?.mark?.line ?? 1, "a rule file is a mapping with class, kind, threshold, describe and rules")
            return nil
        }
        for (k, _) in top {
            guard let key = k.string else { continue }
            if !RuleFileParser.fileKeys.contains(key) {
                problem(k.mark?.line, "unknown key '\(key)' (expected \(RuleFileParser.fileKeys.sorted().joined(separator: ", ")))")
            }
        }
        var kind: RuleKind?
        if let k = top["kind"] {
            if let s = k.string, let v = RuleKind(rawValue: s) {
                kind = v
            } else {
                problem(k.mark?.line, "kind is post, reply or account, not '\(k.string ?? "?")'")
            }
        }
        var classSpec: ClassSpec?
        if let c = top["class"] {
            if let name = c.string {
                if kind == nil {
                    kind = RuleKind.allCases.first { $0.classes.contains(name) }
                    if top["kind"] == nil, kind != nil {
                        // Inferred; fine.
                    }
                }
                if let kind, !kind.classes.contains(name) {
                    problem(c.mark?.line, "'\(name)' is not a \(kind.rawValue) class (\(kind.classes.joined(separator: ", ")))")
                } else if let kind {
                    classSpec = ClassSpec(name: name, kind: kind, threshold: nil, describe: nil, priority: nil,
                                          location: SourceLocation(file: file, line: c.mark?.line), examples: nil)
                } else {
                    problem(c.mark?.line, "unknown class '\(name)'")
                }
            } else {
                problem(c.mark?.line, "class must be a name")
            }
        }
        if var spec = classSpec {
            if let t = top["threshold"] {
                if let v = number(t) { spec.threshold = v } else { problem(t.mark?.line, "threshold must be a number") }
            }
            if let d = top["describe"] { spec.describe = oneLine(d, "describe") }
            if let p = top["priority"] {
                if let v = p.int { spec.priority = v } else { problem(p.mark?.line, "priority must be an integer") }
            }
            if let e = top["examples"] { spec.examples = examples(e) }
            classSpec = spec
        } else {
            for key in ["threshold", "priority", "examples"] where top[key] != nil {
                problem(top[key]?.mark?.line, "\(key) needs a class: key in the same file")
            }
        }
        var rules: [RuleSpec] = []
        if let r = top["rules"] {
            if let seq = r.sequence {
                for item in seq {
                    if let spec = rule(item, ownerClass: classSpec?.name, kind: kind) { rules.append(spec) }
                }
            } else if !(r.scalar?.string.isEmpty ?? false) && r.null == nil {
                problem(r.mark?.line, "rules must be a list of rules")
            }
        }
        return RuleFileSpec(file: file, classSpec: classSpec, kind: kind, rules: rules)
    }

    // MARK: - Rules

    mutating func rule(_ node: Node, ownerClass: String?, kind: RuleKind?) -> RuleSpec? {
        let line = node.mark?.line
        guard let m = node.mapping else {
            problem(line, "a rule is a mapping with id, describe, score, a condition and examples")
            return nil
        }
        guard let idNode = m["id"], let id = idNode.string, !id.isEmpty else {
            problem(line, "rule without an id")
            return nil
        }
        if id.range(of: RuleFileParser.idPattern, options: .regularExpression) == nil {
            problem(idNode.mark?.line, "rule id '\(id)' must be UPPER_SNAKE_CASE (helpers start with __)")
        }
        for (k, _) in m {
            guard let key = k.string else { continue }
            if !RuleFileParser.ruleKeys.contains(key) {
                problem(k.mark?.line, "\(id): unknown key '\(key)' (expected \(RuleFileParser.ruleKeys.sorted().joined(separator: ", ")))")
            }
        }
        var spec = RuleSpec(id: id, location: SourceLocation(file: file, line: line), ownerClass: ownerClass, kind: kind)
        if let d = m["describe"] { spec.describe = oneLine(d, "\(id): describe") }
        if let s = m["score"] { spec.score = score(s, id: id, kind: kind) }
        if let d = m["disabled"] {
            if let b = d.bool { spec.disabled = b } else { problem(d.mark?.line, "\(id): disabled is true or false") }
        }
        if let p = m["pattern"] {
            let items = strings(p, "\(id): pattern")
            spec.patterns = items
            if kind == .account { problem(p.mark?.line, "\(id): account rules have no text to match; use when:") }
        }
        if let p = m["phrases"] {
            spec.phrases = strings(p, "\(id): phrases")
            if kind == .account { problem(p.mark?.line, "\(id): account rules have no text to match; use when:") }
        }
        if let h = m["hashtags"] {
            spec.hashtags = strings(h, "\(id): hashtags").map { $0.value.hasPrefix("#") ? String($0.value.dropFirst()) : $0.value }
        }
        if let d = m["domains"] { spec.domains = strings(d, "\(id): domains").map { $0.value.lowercased() } }
        if let l = m["list"] { spec.list = list(l, id: id) }
        if let w = m["when"] { spec.when = when(w, id: id, kind: kind) }
        if let x = m["meta"] {
            if let s = x.string, !s.isEmpty {
                spec.meta = Located(value: s, line: x.mark?.line)
            } else {
                problem(x.mark?.line, "\(id): meta must be an expression such as \"RULE_A && !RULE_B\"")
            }
        }
        if let b = m["bayes"] { spec.bayes = bayes(b, id: id, kind: kind) }
        if let e = m["examples"] { spec.examples = examples(e) }
        if spec.meta != nil, spec.patterns != nil || spec.phrases != nil || spec.list != nil || spec.hashtags != nil
            || spec.domains != nil || spec.when != nil || spec.bayes != nil {
            problem(line, "\(id): a meta rule has only meta: combine other rules by id instead")
        }
        return spec
    }

    mutating func score(_ node: Node, id: String, kind: RuleKind?) -> ScoreSpec? {
        if let v = number(node) { return .plain(v) }
        guard let m = node.mapping else {
            problem(node.mark?.line, "\(id): score is a number or a mapping of class to number")
            return nil
        }
        var out: [(target: String, score: Double)] = []
        for (k, v) in m {
            guard let target = k.string else { continue }
            if let kind, !kind.targets.contains(target) {
                problem(k.mark?.line, "\(id): '\(target)' is not a \(kind.rawValue) class\(kind == .post ? " or content kind" : "") (\(kind.targets.joined(separator: ", ")))")
                continue
            }
            guard let x = number(v) else {
                problem(v.mark?.line, "\(id): the score for \(target) must be a number")
                continue
            }
            out.append((target, x))
        }
        return .targets(out)
    }

    mutating func list(_ node: Node, id: String) -> ListSpec? {
        if let s = node.string, node.mapping == nil {
            return ListSpec(file: s, match: .words, line: node.mark?.line)
        }
        guard let m = node.mapping, let f = m["file"]?.string else {
            problem(node.mark?.line, "\(id): list is a file name, or {file: NAME, match: words|substring}")
            return nil
        }
        var match = ListSpec.Match.words
        if let x = m["match"] {
            if let v = x.string.flatMap(ListSpec.Match.init(rawValue:)) { match = v } else {
                problem(x.mark?.line, "\(id): list match is words or substring")
            }
        }
        return ListSpec(file: f, match: match, line: node.mark?.line)
    }

    mutating func when(_ node: Node, id: String, kind: RuleKind?) -> [Located<FieldTest>]? {
        guard let m = node.mapping else {
            problem(node.mark?.line, "\(id): when is a mapping of field to test, such as followers: \"< 30\"")
            return nil
        }
        var out: [Located<FieldTest>] = []
        for (k, v) in m {
            guard let name = k.string else { continue }
            guard let field = Field.named(name) else {
                let known = Field.allCases.filter { kind == nil || $0.kinds.contains(kind!) }.map(\.name)
                problem(k.mark?.line, "\(id): unknown field '\(name)' (known: \(known.joined(separator: ", ")))")
                continue
            }
            if let kind, !field.kinds.contains(kind) {
                problem(k.mark?.line, "\(id): \(name) is a field of \(field.kinds.map(\.rawValue).joined(separator: " and ")) rules, not \(kind.rawValue) rules")
                continue
            }
            do {
                let test: FieldTest
                if let seq = v.sequence {
                    test = try FieldTest(field: field, scalar: nil, list: seq.compactMap(\.string))
                } else {
                    test = try FieldTest(field: field, scalar: v.string, list: nil)
                }
                out.append(Located(value: test, line: k.mark?.line))
            } catch let e as FieldTest.Problem {
                problem(v.mark?.line, "\(id): \(e.message)")
            } catch {
                problem(v.mark?.line, "\(id): \(error)")
            }
        }
        return out
    }

    mutating func bayes(_ node: Node, id: String, kind: RuleKind?) -> BayesBand? {
        guard let m = node.mapping else {
            problem(node.mark?.line, "\(id): bayes is {class: NAME, min: P, max: P}")
            return nil
        }
        if kind == .account { problem(node.mark?.line, "\(id): the learned model classifies text; account rules cannot use bayes") }
        var band = BayesBand(target: m["class"]?.string, min: 0, max: 1, line: node.mark?.line)
        if let t = band.target, let kind, !kind.classes.contains(t) {
            problem(m["class"]?.mark?.line, "\(id): '\(t)' is not a \(kind.rawValue) class")
        }
        for (k, _) in m where !["class", "min", "max"].contains(k.string ?? "") {
            problem(k.mark?.line, "\(id): bayes takes class, min and max")
        }
        if let x = m["min"] { if let v = number(x) { band.min = v } else { problem(x.mark?.line, "\(id): bayes min must be a number") } }
        if let x = m["max"] { if let v = number(x) { band.max = v } else { problem(x.mark?.line, "\(id): bayes max must be a number") } }
        if band.min < 0 || band.max > 1 || band.min >= band.max {
            problem(node.mark?.line, "\(id): bayes needs 0 ≤ min < max ≤ 1")
        }
        return band
    }

    mutating func examples(_ node: Node) -> RuleExamples? {
        guard let m = node.mapping else {
            problem(node.mark?.line, "examples is a mapping with match: and no-match: lists")
            return nil
        }
        var ex = RuleExamples(match: [], noMatch: [])
        for (k, v) in m {
            let key = k.string ?? ""
            guard key == "match" || key == "no-match" else {
                problem(k.mark?.line, "examples take match: and no-match:, not '\(key)'")
                continue
            }
            guard let seq = v.sequence else {
                problem(v.mark?.line, "examples \(key): must be a list")
                continue
            }
            let items = seq.map { Located(value: RuleFileParser.json($0), line: $0.mark?.line) }
            if key == "match" { ex.match = items } else { ex.noMatch = items }
        }
        return ex
    }

    // MARK: - Scalars

    func number(_ node: Node) -> Double? {
        guard let s = node.scalar, s.style == .plain else { return nil }
        return Double(s.string)
    }

    mutating func oneLine(_ node: Node, _ what: String) -> String? {
        guard let s = node.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem(node.mark?.line, "\(what) must be one line of text")
            return nil
        }
        if s.trimmingCharacters(in: .whitespacesAndNewlines).contains("\n") {
            problem(node.mark?.line, "\(what) must be one line")
        }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    mutating func strings(_ node: Node, _ what: String) -> [Located<String>] {
        if let s = node.scalar {
            return [Located(value: s.string, line: node.mark?.line)]
        }
        guard let seq = node.sequence else {
            problem(node.mark?.line, "\(what) must be a string or a list of strings")
            return []
        }
        var out: [Located<String>] = []
        for item in seq {
            if let s = item.scalar {
                out.append(Located(value: s.string, line: item.mark?.line))
            } else {
                problem(item.mark?.line, "\(what) must hold strings")
            }
        }
        if out.isEmpty { problem(node.mark?.line, "\(what) is empty") }
        return out
    }

    /// A YAML node as a JSON value (examples are JSON-like records).
    static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let s):
            if s.style != .plain { return .string(s.string) }
            switch s.string {
            case "true", "True": return .bool(true)
            case "false", "False": return .bool(false)
            case "null", "~", "": return .null
            default: return Double(s.string) != nil && !s.string.hasPrefix("+") ? .number(s.string) : .string(s.string)
            }
        case .mapping(let m):
            return .object(m.map { ($0.key.string ?? "", json($0.value)) })
        case .sequence(let q):
            return .array(q.map(json))
        case .alias:
            return .null
        }
    }

    /// The line and message of a Yams error.
    static func describe(_ e: YamlError) -> (Int?, String) {
        switch e {
        case .scanner(let context, let problem, let mark, _):
            return (mark.line, [context?.text, problem].compactMap { $0 }.joined(separator: ": "))
        case .parser(let context, let problem, let mark, _):
            return (mark.line, [context?.text, problem].compactMap { $0 }.joined(separator: ": "))
        case .composer(let context, let problem, let mark, _):
            return (mark.line, [context?.text, problem].compactMap { $0 }.joined(separator: ": "))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicate key \(duplicates.joined(separator: ", "))")
        case .reader(let problem, let offset, _, _):
            return (nil, problem + (offset.map { " at character \($0)" } ?? ""))
        default:
            return (nil, "\(e)")
        }
    }
}
