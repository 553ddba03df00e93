/// A meta rule's expression over other rules (SpamAssassin's `meta`): rule ids are 1 when the rule
/// fired and 0 when not; `!`, `&&`, `||`, `+`, `-`, comparisons (`>= > <= < == !=`), integer literals
/// and parentheses. Non-zero is true.
///
/// ```
/// BEG_REACH_NUMBER && !VAL_DELIVERS_CONTENT
/// (SPAM_LINK + SPAM_MONEY + SPAM_URGENT) >= 2
/// ```
struct MetaExpression: Sendable {
    indirect enum Node: Sendable {
        case rule(String)
        case number(Double)
        case not(Node)
        case and(Node, Node)
        case or(Node, Node)
        case add(Node, Node)
        case subtract(Node, Node)
        case compare(Node, String, Node)
    }

    struct ParseError: Error {
        var message: String
        var column: Int
    }

    let source: String
    let root: Node

    /// Parses `source`; throws ``ParseError`` with a 1-based column.
    init(_ source: String) throws {
        self.source = source
        var p = Parser(tokens: try MetaExpression.tokenize(source))
        root = try p.parseOr()
        if p.i < p.tokens.count {
            throw ParseError(message: "unexpected '\(p.tokens[p.i].text)'", column: p.tokens[p.i].column)
        }
    }

    /// Every rule id the expression names.
    var ruleIDs: [String] {
        var out: [String] = []
        func walk(_ n: Node) {
            switch n {
            case .rule(let id): if !out.contains(id) { out.append(id) }
            case .number: break
            case .not(let a): walk(a)
            case .and(let a, let b), .or(let a, let b), .add(let a, let b), .subtract(let a, let b),
                 .compare(let a, _, let b):
                walk(a)
                walk(b)
            }
        }
        walk(root)
        return out
    }

    /// Resolves rule ids to indices once, for fast evaluation.
    func resolved(_ index: (String) -> Int?) -> Resolved? {
        func r(_ n: Node) -> Resolved.Node? {
            switch n {
            case .rule(let id): return index(id).map { .rule($0) }
            case .number(let v): return .number(v)
            case .not(let a): return r(a).map { .not($0) }
            case .and(let a, let b): return pair(a, b) { .and($0, $1) }
            case .or(let a, let b): return pair(a, b) { .or($0, $1) }
            case .add(let a, let b): return pair(a, b) { .add($0, $1) }
            case .subtract(let a, let b): return pair(a, b) { .subtract($0, $1) }
            case .compare(let a, let op, let b): return pair(a, b) { .compare($0, op, $1) }
            }
        }
        func pair(_ a: Node, _ b: Node, _ make: (Resolved.Node, Resolved.Node) -> Resolved.Node) -> Resolved.Node? {
            guard let x = r(a), let y = r(b) else { return nil }
            return make(x, y)
        }
        return r(root).map(Resolved.init)
    }

    /// An expression whose rule ids are indices into a fired-rules table.
    struct Resolved: Sendable {
        indirect enum Node: Sendable {
            case rule(Int)
            case number(Double)
            case not(Node)
            case and(Node, Node)
            case or(Node, Node)
            case add(Node, Node)
            case subtract(Node, Node)
            case compare(Node, String, Node)
        }
        let root: Node

        func evaluate(_ fired: (Int) -> Bool) -> Bool { Resolved.value(root, fired) != 0 }

        private static func value(_ n: Node, _ fired: (Int) -> Bool) -> Double {
            switch n {
            case .rule(let i): return fired(i) ? 1 : 0
            case .number(let v): return v
            case .not(let a): return value(a, fired) == 0 ? 1 : 0
            case .and(let a, let b): return value(a, fired) != 0 && value(b, fired) != 0 ? 1 : 0
            case .or(let a, let b): return value(a, fired) != 0 || value(b, fired) != 0 ? 1 : 0
            case .add(let a, let b): return value(a, fired) + value(b, fired)
            case .subtract(let a, let b): return value(a, fired) - value(b, fired)
            case .compare(let a, let op, let b): return MetaExpression.compare(value(a, fired), op, value(b, fired))
            }
        }
    }

    static func compare(_ x: Double, _ op: String, _ y: Double) -> Double {
        let r: Bool
        switch op {
        case ">=": r = x >= y
        case ">": r = x > y
        case "<=": r = x <= y
        case "<": r = x < y
        case "==": r = x == y
        default: r = x != y
        }
        return r ? 1 : 0
    }

    // MARK: - Parsing

    struct Token {
        var text: String
        var column: Int
        var isIdentifier: Bool { text.first.map { $0 == "_" || $0.isLetter } ?? false }
        var isNumber: Bool { text.first?.isNumber ?? false }
    }

    static func tokenize(_ s: String) throws -> [Token] {
        let chars = Array(s)
        var out: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\n" {
                i += 1
                continue
            }
            let start = i
            if c == "_" || (c.isASCII && c.isLetter) {
                while i < chars.count, chars[i] == "_" || (chars[i].isASCII && (chars[i].isLetter || chars[i].isNumber)) { i += 1 }
            } else if c.isASCII && c.isNumber {
                while i < chars.count, chars[i].isASCII && chars[i].isNumber { i += 1 }
            } else if i + 1 < chars.count, ["&&", "||", ">=", "<=", "==", "!="].contains(String(chars[i...i + 1])) {
                i += 2
            } else if "!()+-<>".contains(c) {
                i += 1
            } else {
                throw ParseError(message: "unexpected character '\(c)'", column: i + 1)
            }
            out.append(Token(text: String(chars[start..<i]), column: start + 1))
        }
        return out
    }

    private struct Parser {
        let tokens: [Token]
        var i = 0

        var peek: String? { i < tokens.count ? tokens[i].text : nil }
        var column: Int { i < tokens.count ? tokens[i].column : (tokens.last.map { $0.column + $0.text.count } ?? 1) }

        mutating func parseOr() throws -> Node {
            var left = try parseAnd()
            while peek == "||" {
                i += 1
                left = .or(left, try parseAnd())
            }
            return left
        }

        mutating func parseAnd() throws -> Node {
            var left = try parseCompare()
            while peek == "&&" {
                i += 1
                left = .and(left, try parseCompare())
            }
            return left
        }

        mutating func parseCompare() throws -> Node {
            let left = try parseSum()
            if let op = peek, [">=", ">", "<=", "<", "==", "!="].contains(op) {
                i += 1
                return .compare(left, op, try parseSum())
            }
            return left
        }

        mutating func parseSum() throws -> Node {
            var left = try parseUnary()
            while let op = peek, op == "+" || op == "-" {
                i += 1
                let right = try parseUnary()
                left = op == "+" ? .add(left, right) : .subtract(left, right)
            }
            return left
        }

        mutating func parseUnary() throws -> Node {
            guard i < tokens.count else { throw ParseError(message: "expression ends too early", column: column) }
            let t = tokens[i]
            if t.text == "!" {
                i += 1
                return .not(try parseUnary())
            }
            if t.text == "(" {
                i += 1
                let inner = try parseOr()
                guard peek == ")" else { throw ParseError(message: "expected ')'", column: column) }
                i += 1
                return inner
            }
            if t.isIdentifier {
                i += 1
                return .rule(t.text)
            }
            if t.isNumber, let v = Double(t.text) {
                i += 1
                return .number(v)
            }
            throw ParseError(message: "expected a rule id, a number, '!' or '('", column: t.column)
        }
    }
}
