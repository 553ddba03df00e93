import CLibXML2
import EngageCore

/// A compiled XPath 1.0 expression, reusable across nodes and documents (compile once per run, evaluate
/// per page). Not `Sendable`.
public final class XPathQuery {
    let compiled: xmlXPathCompExprPtr
    /// The expression as written.
    public let expression: String
    /// Prefix → namespace URI bindings the expression uses.
    public let namespaces: [String: String]

    /// Compiles `expression`.
    ///
    /// - Throws: `invalid-argument` when the expression does not compile.
    public init(_ expression: String, namespaces: [String: String] = [:]) throws {
        _ = LibXML.ready
        guard let c = LibXML.quietly({ xmlXPathCompile(expression) }) else {
            throw EngageError(.invalidArgument, "invalid XPath expression: \(expression)")
        }
        self.compiled = c
        self.expression = expression
        self.namespaces = namespaces
    }

    deinit { xmlXPathFreeCompExpr(compiled) }

    /// The elements (and other nodes) the expression selects with `node` as the context node, in
    /// document order. An evaluation error (an unbound prefix) selects nothing.
    public func nodes(from node: MarkupNode) -> [MarkupNode] {
        let raw = node.node
        guard let doc = raw.pointee.doc, let ctx = xmlXPathNewContext(doc) else { return [] }
        defer { xmlXPathFreeContext(ctx) }
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(ctx, prefix, uri) }
        ctx.pointee.node = raw
        guard let result = LibXML.quietly({ xmlXPathCompiledEval(compiled, ctx) }) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { return [] }
        let n = Int(set.pointee.nodeNr)
        var out: [MarkupNode] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            if let p = set.pointee.nodeTab[i] { out.append(MarkupNode(owner: node.owner, raw: p)) }
        }
        return out
    }

    /// The first selected node.
    public func first(from node: MarkupNode) -> MarkupNode? { nodes(from: node).first }

    /// The expression's value as a string (XPath `string()` semantics: the first node's text).
    public func string(from node: MarkupNode) -> String? {
        let raw = node.node
        guard let doc = raw.pointee.doc, let ctx = xmlXPathNewContext(doc) else { return nil }
        defer { xmlXPathFreeContext(ctx) }
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(ctx, prefix, uri) }
        ctx.pointee.node = raw
        guard let result = LibXML.quietly({ xmlXPathCompiledEval(compiled, ctx) }) else { return nil }
        defer { xmlXPathFreeObject(result) }
        return LibXML.consume(xmlXPathCastToString(result))
    }

    /// An XPath predicate that is true when the `class` attribute holds `name` as a whole word, for use
    /// inside `[…]`: `//li[\(XPathQuery.hasClass("comment"))]`.
    public static func hasClass(_ name: String) -> String {
        "contains(concat(' ', normalize-space(@class), ' '), ' \(name) ')"
    }
}

extension MarkupNode {
    /// Evaluates an XPath expression with this node as the context node (compiles it each time; keep an
    /// ``XPathQuery`` for expressions used in a loop).
    ///
    /// - Throws: `invalid-argument` when the expression does not compile.
    public func xpath(_ expression: String, namespaces: [String: String] = [:]) throws -> [MarkupNode] {
        try XPathQuery(expression, namespaces: namespaces).nodes(from: self)
    }
}
