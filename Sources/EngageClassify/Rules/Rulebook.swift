import EngageCore
import Foundation

/// The rulebook: the default rules (embedded from `rules/`) with an optional overlay folder applied by
/// rule id. In an overlay a rule with a known id changes only the fields it gives (score, describe,
/// condition, examples) or is switched off with `disabled: true`; a rule with a new id is added; a file's
/// `threshold:` changes its class's threshold; a `bayes-*.tsv` model replaces the default model.
public struct Rulebook: Sendable {
    /// Classes by ``key(_:_:)`` (kind and name: `spam` is both a post and a reply class).
    var classes: [String: ClassSpec]

    /// The key of a class in ``classes``.
    static func key(_ kind: RuleKind, _ name: String) -> String { kind.rawValue + "/" + name }

    /// The spec of a class.
    func classSpec(_ kind: RuleKind, _ name: String) -> ClassSpec? { classes[Rulebook.key(kind, name)] }
    /// Rules in definition order (defaults first, then overlay additions).
    var rules: [RuleSpec]
    /// Learned models by kind.
    var models: [RuleKind: NaiveBayesModel]
    /// Kinds whose model came from an overlay (their `bayes:` rules' examples were written for the default model).
    var replacedModels: Set<RuleKind> = []
    /// The layers, for resolving `list:` files.
    let layers: [RuleFiles]
    /// Warnings found while loading (errors throw).
    public internal(set) var warnings: [RuleProblem]

    /// Loads the default rulebook, with `overlay` (a folder) applied when given.
    ///
    /// - Throws: ``RulebookError`` listing every problem with its `file:line`, or an `EngageError` when
    ///   the folder cannot be read.
    public static func load(overlay: String? = nil) throws -> Rulebook {
        var layers = [RuleFiles.defaults]
        if let overlay { layers.append(try RuleFiles.folder(overlay)) }
        let (book, problems) = merge(layers)
        if problems.contains(where: { $0.severity == .error }) { throw RulebookError(problems) }
        return book
    }

    /// Loads a folder as a whole rulebook, without the defaults (for checking `rules/` itself).
    public static func loadStandalone(_ folder: String) throws -> Rulebook {
        let (book, problems) = merge([try RuleFiles.folder(folder)])
        if problems.contains(where: { $0.severity == .error }) { throw RulebookError(problems) }
        return book
    }

    /// Every problem in the rulebook made of the defaults and `overlay` (or of `folder` alone when
    /// `standalone`), compiling it too: what `engage rules check` prints.
    public static func check(_ folder: String?, standalone: Bool = false) throws -> [RuleProblem] {
        var layers: [RuleFiles] = standalone ? [] : [.defaults]
        if let folder { layers.append(try RuleFiles.folder(folder)) }
        let (book, problems) = merge(layers)
        // Compile even after errors, so pattern and meta problems are reported in the same run.
        var all = problems
        do {
            all += try CompiledRulebook(book).warnings
        } catch let e as RulebookError {
            all += e.problems
        }
        var seen = Set<String>()
        return all.filter { seen.insert($0.description).inserted }
    }

    // MARK: - Merging

    static func merge(_ layers: [RuleFiles]) -> (Rulebook, [RuleProblem]) {
        var problems: [RuleProblem] = []
        var classes: [String: ClassSpec] = [:]
        var rules: [RuleSpec] = []
        var index: [String: Int] = [:]
        var models: [RuleKind: NaiveBayesModel] = [:]
        var replacedModels: Set<RuleKind> = []
        for (layerNumber, layer) in layers.enumerated() {
            let isBase = layerNumber == 0
            var definedHere: [String: SourceLocation] = [:]
            var changedHere: [String: SourceLocation] = [:]
            var classesHere: [String: SourceLocation] = [:]
            var parsedRules: [(RuleSpec, RuleKind?)] = []
            for (name, text) in layer.ruleFiles {
                var parser = RuleFileParser(file: layer.shown(name))
                let parsed = parser.parse(text)
                problems += parser.problems
                guard let parsed else { continue }
                if let c = parsed.classSpec {
                    let key = Rulebook.key(c.kind, c.name)
                    if let other = classesHere[key] {
                        problems.append(RuleProblem(file: layer.shown(name), line: c.location.line,
                                                    "class \(c.name) is also declared in \(other.file)\(other.line.map { ":\($0)" } ?? "")"))
                    }
                    classesHere[key] = c.location
                    if var existing = classes[key], !isBase {
                        if let t = c.threshold { existing.threshold = t }
                        if let d = c.describe { existing.describe = d }
                        if let p = c.priority { existing.priority = p }
                        if let e = c.examples { existing.examples = e }
                        classes[key] = existing
                    } else {
                        classes[key] = c
                    }
                }
                parsedRules += parsed.rules.map { ($0, parsed.kind) }
            }
            // Within a layer, new rules are defined first and changes applied after, whatever the file
            // order: an overlay's fitted-scores file may come before the file that adds the rules it fits.
            let earlier = index
            let definedInLayer = Set(parsedRules.filter { $0.0.hasCondition }.map(\.0.id))
            var changes: [(RuleSpec, RuleKind?)] = []
            var seen: [String: SourceLocation] = [:]
            for (r, _) in parsedRules {
                let key = r.location.file + "\u{0}" + r.id
                if let other = seen[key] {
                    problems.append(RuleProblem(file: r.location.file, line: r.location.line,
                                                "rule \(r.id) is also defined at \(other.file):\(other.line ?? 0)"))
                }
                seen[key] = r.location
            }
            for (r, kind) in parsedRules {
                // A new rule: unknown to earlier layers, and either it has a condition or it is the first
                // mention of an id nothing in this layer defines (it then gets completeness errors).
                let isNew = earlier[r.id] == nil
                    && (r.hasCondition || (!definedInLayer.contains(r.id) && index[r.id] == nil))
                guard isNew else {
                    changes.append((r, kind))
                    continue
                }
                if let other = definedHere[r.id] {
                    problems.append(RuleProblem(file: r.location.file, line: r.location.line,
                                                "rule \(r.id) is also defined at \(other.file):\(other.line ?? 0)"))
                    continue
                }
                definedHere[r.id] = r.location
                problems += completeness(r, strict: isBase)
                index[r.id] = rules.count
                rules.append(r)
            }
            for (r, kind) in changes {
                if let other = changedHere[r.id] {
                    problems.append(RuleProblem(file: r.location.file, line: r.location.line,
                                                "rule \(r.id) is also changed at \(other.file):\(other.line ?? 0)"))
                    continue
                }
                changedHere[r.id] = r.location
                guard let k = index[r.id] else { continue }
                rules[k] = rules[k].applying(r)
                if let kind, let existingKind = rules[k].kind, kind != existingKind {
                    problems.append(RuleProblem(file: r.location.file, line: r.location.line,
                                                "rule \(r.id) is a \(existingKind.rawValue) rule; this file holds \(kind.rawValue) rules"))
                }
            }
            for (name, text) in layer.modelFiles {
                do {
                    let model = try NaiveBayesModel.parse(text, file: layer.shown(name))
                    models[model.kind] = model
                    if !isBase { replacedModels.insert(model.kind) }
                } catch let e as RulebookError {
                    problems += e.problems
                } catch {
                    problems.append(RuleProblem(file: layer.shown(name), line: nil, "\(error)"))
                }
            }
        }
        // Every class needs its file, and every class but the default a threshold.
        if !layers.isEmpty {
            for kind in RuleKind.allCases {
                for name in kind.classes {
                    guard let c = classes[Rulebook.key(kind, name)] else {
                        problems.append(RuleProblem(file: layers[0].prefix + "\(name).yaml", line: nil,
                                                    "no rule file declares class \(name) (kind \(kind.rawValue))"))
                        continue
                    }
                    if name != kind.defaultClass && c.threshold == nil {
                        problems.append(RuleProblem(file: c.location.file, line: c.location.line,
                                                    "class \(name) needs a threshold"))
                    }
                    if name == kind.defaultClass && c.threshold != nil {
                        problems.append(RuleProblem(.warning, file: c.location.file, line: c.location.line,
                                                    "\(name) is the default class: it wins when no other class reaches its threshold, so its threshold is not used"))
                    }
                }
            }
        }
        var book = Rulebook(classes: classes, rules: rules, models: models, layers: layers,
                            warnings: problems.filter { $0.severity == .warning })
        book.replacedModels = replacedModels
        return (book, problems)
    }

    /// What a new rule must have: describe, score (not for helpers), a condition and examples.
    static func completeness(_ r: RuleSpec, strict: Bool) -> [RuleProblem] {
        var out: [RuleProblem] = []
        func add(_ m: String, _ s: RuleProblem.Severity = .error) {
            out.append(RuleProblem(s, file: r.location.file, line: r.location.line, "\(r.id): \(m)"))
        }
        if r.kind == nil { add("a new rule needs its file to name its class: (or kind:)") }
        if case .plain? = r.score, r.ownerClass == nil {
            add("a plain score needs the file's class:; or write score: {CLASS: N}")
        }
        if r.describe == nil { add("a new rule needs describe: (one line saying what it detects)") }
        if r.isHelper {
            if r.score != nil { add("helper rules (__NAME) feed meta rules and never score; remove score:") }
        } else if r.score == nil {
            add("a new rule needs a score:")
        }
        if !r.hasCondition {
            add("a new rule needs a condition: pattern, phrases, list, hashtags, domains, when, meta or bayes")
        }
        let examples = r.examples ?? RuleExamples(match: [], noMatch: [])
        if examples.match.isEmpty { add("a new rule needs examples: match: (inputs it must fire on)") }
        if examples.noMatch.isEmpty {
            add("a new rule needs examples: no-match: (inputs it must not fire on)", strict ? .error : .warning)
        }
        return out
    }
}
