import EngageCore
import Foundation

/// A ``Rulebook`` compiled into one ``CompiledRuleSet`` per kind. Compiling validates what parsing
/// cannot: patterns, meta references and cycles, list files, model classes.
struct CompiledRulebook: Sendable {
    let posts: CompiledRuleSet
    let replies: CompiledRuleSet
    let accounts: CompiledRuleSet
    let warnings: [RuleProblem]

    /// Compiles `book`. Throws ``RulebookError`` with every error (and warning) found.
    init(_ book: Rulebook) throws {
        var problems: [RuleProblem] = []
        posts = CompiledRulebook.compile(.post, book, &problems)
        replies = CompiledRulebook.compile(.reply, book, &problems)
        accounts = CompiledRulebook.compile(.account, book, &problems)
        if problems.contains(where: { $0.severity == .error }) { throw RulebookError(problems) }
        self.warnings = problems
    }

    subscript(kind: RuleKind) -> CompiledRuleSet {
        switch kind {
        case .post: return posts
        case .reply: return replies
        case .account: return accounts
        }
    }

    // MARK: - Compiling one kind

    private static func compile(_ kind: RuleKind, _ book: Rulebook, _ problems: inout [RuleProblem]) -> CompiledRuleSet {
        let targets = kind.targets
        let classCount = kind.classes.count
        let specs = book.rules.filter { $0.kind == kind }
        var index: [String: Int] = [:]
        for (i, s) in specs.enumerated() { index[s.id] = i }
        let model = book.models[kind]

        var literals: [[UInt8]] = []
        var literalIndex: [[UInt8]: Int] = [:]
        var literalActions: [[CompiledRuleSet.LiteralAction]] = []
        func addLiteral(_ bytes: [UInt8], _ action: CompiledRuleSet.LiteralAction) {
            if let k = literalIndex[bytes] {
                literalActions[k].append(action)
            } else {
                literalIndex[bytes] = literals.count
                literals.append(bytes)
                literalActions.append([action])
            }
        }
        var patterns: [(rule: Int, program: PatternProgram)] = []
        var patternMasks: [UInt8] = []
        var anchored: [Bool] = []
        var alwaysRun: [Int] = []
        var domains: [String: [Int]] = [:]
        var rules: [CompiledRule] = []
        var usesBayes = false
        var usesOverlap = false
        var loadedLists: [String: [[UInt8]]] = [:]

        for (r, spec) in specs.enumerated() {
            let file = spec.location.file
            func problem(_ line: Int?, _ m: String, _ s: RuleProblem.Severity = .error) {
                problems.append(RuleProblem(s, file: file, line: line ?? spec.location.line, "\(spec.id): \(m)"))
            }
            var hasText = false
            for p in spec.patterns ?? [] {
                hasText = true
                do {
                    let pattern = try Pattern(p.value)
                    let program = try PatternProgram(pattern)
                    if let warning = literalWarning(p.value) { problem(p.line, warning) }
                    patterns.append((r, program))
                    var (groups, prefix) = pattern.prefilter
                    if let prefix {
                        // Literals the match starts with: group 0, and they tell where to try the pattern.
                        groups = [prefix] + groups.filter { $0 != prefix }.prefix(2)
                    }
                    anchored.append(prefix != nil)
                    patternMasks.append(UInt8((1 << groups.count) - 1))
                    if groups.isEmpty {
                        problem(p.line, "pattern \"\(p.value)\" has no literal text to look for first: it runs on every text (slow)", .warning)
                        alwaysRun.append(patterns.count - 1)
                    } else {
                        // Helpers run only when a meta rule asks for them, so their cost matters less.
                        if let weakest = groups.first, !spec.isHelper, pattern.prefilterIsWeak {
                            let shown = weakest.prefix(6).map { "'\(String(decoding: $0, as: UTF8.self))'" }.joined(separator: ", ")
                            problem(p.line, "pattern \"\(p.value)\" has only common text to look for first (\(shown)): it will run on most texts", .warning)
                        }
                        for (g, group) in groups.enumerated() {
                            for l in group {
                                if g == 0, prefix != nil {
                                    addLiteral(l, .patternStart(Int32(patterns.count - 1), length: Int32(l.count)))
                                } else {
                                    addLiteral(l, .pattern(Int32(patterns.count - 1), group: UInt8(g)))
                                }
                            }
                        }
                    }
                } catch let e as Pattern.ParseError {
                    problem(p.line, "pattern \"\(p.value)\", column \(e.column): \(e.message)")
                } catch {
                    problem(p.line, "pattern \"\(p.value)\" is too large to compile")
                }
            }
            for p in spec.phrases ?? [] {
                hasText = true
                let n = TextNormalizer.normalize(p.value)
                if n.isEmpty {
                    problem(p.line, "phrase \"\(p.value)\" is empty after normalisation")
                    continue
                }
                addLiteral(n, .phrase(rule: Int32(r), length: Int32(n.count), substring: false))
            }
            for tag in spec.hashtags ?? [] {
                hasText = true
                let n = TextNormalizer.normalize("#" + tag)
                guard n.count > 1 else {
                    problem(nil, "hashtag '\(tag)' is empty")
                    continue
                }
                addLiteral(n, .phrase(rule: Int32(r), length: Int32(n.count), substring: false))
            }
            if let list = spec.list {
                hasText = true
                let key = list.file
                var entries = loadedLists[key]
                if entries == nil {
                    if let found = book.layers.reversed().lazy.compactMap({ $0.list(list.file) }).first {
                        entries = listEntries(found.text)
                        loadedLists[key] = entries
                        if entries?.isEmpty ?? true { problem(list.line, "list \(list.file) holds no phrases", .warning) }
                    } else {
                        problem(list.line, "list file '\(list.file)' not found (looked next to the rule files)")
                    }
                }
                for e in entries ?? [] {
                    addLiteral(e, .phrase(rule: Int32(r), length: Int32(e.count), substring: list.match == .substring))
                }
            }
            for d in spec.domains ?? [] {
                hasText = true
                let host = Features.host(d)
                if host.isEmpty { problem(nil, "domain '\(d)' is empty") } else { domains[host, default: []].append(r) }
            }
            let tests = (spec.when ?? []).map(\.value)
            if tests.contains(where: { $0.field == .overlap }) { usesOverlap = true }
            var bayes: (Int, Double, Double)? = nil
            if let band = spec.bayes {
                usesBayes = true
                let target = band.target ?? spec.ownerClass ?? ""
                if let model {
                    let k = model.classes.firstIndex(of: target) ?? -1
                    if k < 0 {
                        problem(band.line, "the \(kind.rawValue) model has no class \(target) (it knows \(model.classes.joined(separator: ", "))): this rule never fires", .warning)
                    }
                    bayes = (k, band.min, band.max)
                } else {
                    problem(band.line, "no learned model for \(kind.rawValue)s is loaded: this rule never fires", .warning)
                    bayes = (-1, band.min, band.max)
                }
            }
            var meta: MetaExpression.Resolved? = nil
            if let m = spec.meta {
                do {
                    let expression = try MetaExpression(m.value)
                    for id in expression.ruleIDs where index[id] == nil {
                        let other = book.rules.first { $0.id == id }
                        problem(m.line, other.map { "meta names \(id), a \($0.kind?.rawValue ?? "?") rule; meta rules combine rules of their own kind" }
                                ?? "meta names unknown rule \(id)")
                    }
                    meta = expression.resolved { index[$0] }
                } catch let e as MetaExpression.ParseError {
                    problem(m.line, "meta \"\(m.value)\", column \(e.column): \(e.message)")
                } catch {
                    problem(m.line, "meta: \(error)")
                }
            }
            var scores: [(target: Int, score: Double)] = []
            for (target, score) in spec.score?.resolved(owner: spec.ownerClass) ?? [] {
                guard let t = targets.firstIndex(of: target) else {
                    problem(nil, "'\(target)' is not a \(kind.rawValue) class")
                    continue
                }
                scores.append((t, score))
            }
            rules.append(CompiledRule(
                id: spec.id, describe: spec.describe ?? spec.id, location: spec.location, isHelper: spec.isHelper,
                disabled: spec.disabled ?? false, scores: scores, hasText: hasText, tests: tests,
                bayes: bayes, meta: meta, examples: spec.examples))
        }

        // Meta rules after the rules they name; cycles are errors.
        var order: [Int] = []
        var state = [Int](repeating: 0, count: specs.count)  // 0 new, 1 visiting, 2 done
        func visit(_ r: Int, _ path: [String]) {
            if state[r] == 2 { return }
            if state[r] == 1 {
                problems.append(RuleProblem(file: specs[r].location.file, line: specs[r].meta?.line ?? specs[r].location.line,
                                            "\(specs[r].id): meta rules form a cycle: \((path + [specs[r].id]).joined(separator: " → "))"))
                return
            }
            state[r] = 1
            if let m = specs[r].meta, let e = try? MetaExpression(m.value) {
                for id in e.ruleIDs { if let d = index[id] { visit(d, path + [specs[r].id]) } }
            }
            state[r] = 2
            order.append(r)
        }
        for r in specs.indices where specs[r].meta == nil { visit(r, []) }
        for r in specs.indices where specs[r].meta != nil { visit(r, []) }

        var actionStart: [Int32] = [0]
        var actions: [CompiledRuleSet.LiteralAction] = []
        for a in literalActions {
            actions.append(contentsOf: a)
            actionStart.append(Int32(actions.count))
        }
        var thresholds = [Double](repeating: 0, count: targets.count)
        var priorities = [Int](repeating: 0, count: targets.count)
        for (c, name) in kind.classes.enumerated() {
            thresholds[c] = book.classSpec(kind, name)?.threshold ?? .infinity
            priorities[c] = book.classSpec(kind, name)?.priority ?? c
        }
        return CompiledRuleSet(
            kind: kind, targets: targets, classCount: classCount, thresholds: thresholds, priorities: priorities,
            rules: rules, order: order, automaton: AhoCorasick(literals), actionStart: actionStart, actions: actions,
            patterns: patterns, patternMasks: patternMasks, anchored: anchored, alwaysRun: alwaysRun, domains: domains, model: model, usesBayes: usesBayes,
            usesOverlap: usesOverlap, index: index)
    }

    /// The phrases of a list file: one per line; blank lines and lines starting `# ` are skipped.
    static func listEntries(_ text: String) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var seen = Set<[UInt8]>()
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let s = line.trimmingCharacters(in: .whitespaces)
            if s.isEmpty || s.hasPrefix("# ") { continue }
            let n = TextNormalizer.normalize(s)
            if !n.isEmpty, seen.insert(n).inserted { out.append(n) }
        }
        return out
    }

    /// A warning for pattern text that normalised input never contains (`5k`, `5,000`, capitals are fine).
    static func literalWarning(_ pattern: String) -> String? {
        let b = Array(pattern.utf8)
        for i in 0..<b.count where TextNormalizer.isDigit(b[i]) && i + 1 < b.count {
            let next = b[i + 1] | 0x20
            if (next == 0x6B || next == 0x6D) && (i + 2 == b.count || !TextNormalizer.isAlnum(b[i + 2])) && (i == 0 || b[i - 1] != 0x5C) {
                return "pattern \"\(pattern)\" contains a number with a k/m suffix; normalised text writes 5k as 5000, so use {num} or the full number"
            }
            if b[i + 1] == 0x2C, i + 4 < b.count, b[(i + 2)...(i + 4)].allSatisfy(TextNormalizer.isDigit) {
                return "pattern \"\(pattern)\" contains a number with a thousands separator; normalised text writes 5,000 as 5000"
            }
        }
        return nil
    }
}
