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

    /// Resolves rule ids to indices once, for fast evaluation; nil when an id is unknown.
    func resolved(_ index: (String) -> Int?) -> Resolved? {
        Resolved(root, index)
    }

    /// An expression whose rule ids are indices into a fired-rules table, compiled to a postfix program
    /// run on a small stack (no allocation). `&&` and `||` skip their right side when the left decides.
    struct Resolved: Sendable {
        enum Op: Sendable {
            case rule(Int)
            case number(Double)
            case not, add, subtract
            case compare(UInt8)
            /// Pops; if the value is false (`&&`) or true (`||`), pushes it back as 0/1 and jumps.
            case jumpIfFalse(Int), jumpIfTrue(Int)
            /// Turns the top into 0/1.
            case truth
        }

        let code: [Op]

        init?(_ root: Node, _ index: (String) -> Int?) {
            var code: [Op] = []
            guard Resolved.emit(root, index, into: &code) else { return nil }
            self.code = code
        }

        private static func emit(_ n: Node, _ index: (String) -> Int?, into code: inout [Op]) -> Bool {
            func both(_ a: Node, _ b: Node) -> Bool { emit(a, index, into: &code) && emit(b, index, into: &code) }
            switch n {
            case .rule(let id):
                guard let i = index(id) else { return false }
                code.append(.rule(i))
            case .number(let v): code.append(.number(v))
            case .not(let a):
                guard emit(a, index, into: &code) else { return false }
                code.append(.not)
            case .add(let a, let b):
                guard both(a, b) else { return false }
                code.append(.add)
            case .subtract(let a, let b):
                guard both(a, b) else { return false }
                code.append(.subtract)
            case .compare(let a, let op, let b):
                guard both(a, b) else { return false }
                let k: UInt8 = [">=": 0, ">": 1, "<=": 2, "<": 3, "==": 4][op] ?? 5
                code.append(.compare(k))
            case .and(let a, let b), .or(let a, let b):
                var isAnd = false
                if case .and = n { isAnd = true }
                guard emit(a, index, into: &code) else { return false }
                let jump = code.count
                code.append(.truth)
                guard emit(b, index, into: &code) else { return false }
                code.append(.truth)
                code[jump] = isAnd ? .jumpIfFalse(code.count) : .jumpIfTrue(code.count)
            }
            return true
        }

        /// Evaluates with `fired(i)` telling whether rule `i` fired (asked only when needed).
        func evaluate(_ fired: (Int) -> Bool) -> Bool {
            withUnsafeTemporaryAllocation(of: Double.self, capacity: code.count + 1) { stack in
                var top = 0
                var pc = 0
                while pc < code.count {
                    switch code[pc] {
                    case .rule(let i):
                        stack[top] = fired(i) ? 1 : 0
                        top += 1
                    case .number(let v):
                        stack[top] = v
                        top += 1
                    case .not:
                        stack[top - 1] = stack[top - 1] == 0 ? 1 : 0
                    case .add:
                        top -= 1
                        stack[top - 1] += stack[top]
                    case .subtract:
                        top -= 1
                        stack[top - 1] -= stack[top]
                    case .compare(let k):
                        top -= 1
                        let x = stack[top - 1], y = stack[top]
                        let r: Bool
                        switch k {
                        case 0: r = x >= y
                        case 1: r = x > y
                        case 2: r = x <= y
                        case 3: r = x < y
                        case 4: r = x == y
                        default: r = x != y
                        }
                        stack[top - 1] = r ? 1 : 0
                    case .truth:
                        stack[top - 1] = stack[top - 1] == 0 ? 0 : 1
                    case .jumpIfFalse(let target):
                        if stack[top - 1] == 0 {
                            pc = target
                            continue
                        }
                        top -= 1
                    case .jumpIfTrue(let target):
                        if stack[top - 1] != 0 {
                            stack[top - 1] = 1
                            pc = target
                            continue
                        }
                        top -= 1
                    }
                    pc += 1
                }
                return top > 0 && stack[top - 1] != 0
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
            try leftAssociative("||", { try $0.parseAnd() }, Node.or)
        }

        mutating func parseAnd() throws -> Node {
            try leftAssociative("&&", { try $0.parseCompare() }, Node.and)
        }

        /// `operand (op operand)*`, grouped from the left.
        mutating func leftAssociative(_ op: String, _ operand: (inout Parser) throws -> Node,
                                      _ make: (Node, Node) -> Node) throws -> Node {
            var left = try operand(&self)
            while peek == op {
                i += 1
                left = make(left, try operand(&self))
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
