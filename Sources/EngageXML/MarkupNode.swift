import CLibXML2

/// What owns the libxml2 nodes a ``MarkupNode`` points into: a document (nodes live as long as it does)
/// or a stream reader (nodes of an expanded subtree live until the reader moves on, which bumps its
/// generation).
protocol MarkupOwner: AnyObject {
    var generation: Int { get }
}

/// A node of a parsed document: element, text, CDATA or comment. Holds its owner alive; every accessor
/// returns Swift values.
///
/// Nodes handed out by ``MarkupStreamReader/expand()`` are valid only until the reader moves; using one
/// later is a programming error that stops the program (never a silent read of freed memory).
public struct MarkupNode {
    /// The kind of a node.
    public enum Kind: Sendable, Hashable {
        case element, text, cdata, comment, entityReference, other
    }

    let owner: MarkupOwner
    let raw: xmlNodePtr
    let generation: Int

    init(owner: MarkupOwner, raw: xmlNodePtr) {
        self.owner = owner
        self.raw = raw
        self.generation = owner.generation
    }

    @inline(__always) var node: xmlNodePtr {
        precondition(owner.generation == generation,
                     "a MarkupNode from MarkupStreamReader.expand() was used after the reader moved on")
        return raw
    }

    @inline(__always) func wrap(_ p: xmlNodePtr?) -> MarkupNode? {
        p.map { MarkupNode(owner: owner, raw: $0) }
    }

    /// Element, text, CDATA, comment, entity reference or other.
    public var kind: Kind {
        switch node.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE: return .text
        case XML_CDATA_SECTION_NODE: return .cdata
        case XML_COMMENT_NODE: return .comment
        case XML_ENTITY_REF_NODE: return .entityReference
        default: return .other
        }
    }

    /// True for elements.
    public var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// The name as written without its namespace prefix (`link` for `<atom:link>` in a declared
    /// namespace). With an *undeclared* prefix libxml2 keeps the whole qualified name (`atom:link`) and no
    /// namespace: compare ``qualifiedName`` or ``namespaceURI`` rather than trusting a bare local name.
    /// HTML element names are lower case.
    public var localName: String { LibXML.string(node.pointee.name) ?? "" }

    /// `prefix:local` as written (for a declared prefix), else the name.
    public var qualifiedName: String {
        if let ns = node.pointee.ns, let prefix = ns.pointee.prefix {
            return String(cString: prefix) + ":" + localName
        }
        return localName
    }

    /// True when the local name equals `name` (ASCII, exact), without allocating.
    public func isNamed(_ name: StaticString) -> Bool { LibXML.equals(node.pointee.name, name) }

    /// The namespace URI, or nil for no namespace (and for undeclared prefixes).
    public var namespaceURI: String? { LibXML.string(node.pointee.ns?.pointee.href) }

    /// True when the namespace URI equals `uri` exactly.
    public func isInNamespace(_ uri: StaticString) -> Bool { LibXML.equals(node.pointee.ns?.pointee.href, uri) }

    /// The line the node starts on (1-based), when libxml2 knows it.
    public var line: Int? {
        let l = xmlGetLineNo(node)
        return l > 0 ? Int(l) : nil
    }

    // MARK: - Text

    /// The concatenated text of the node and its descendants exactly as parsed (entities of the markup
    /// decoded, CDATA included, whitespace untouched). Entity references to external entities read as
    /// nothing.
    public var text: String { LibXML.consume(xmlNodeGetContent(node)) ?? "" }

    /// ``text`` without leading and trailing whitespace.
    public var trimmedText: String { TextBuffer.trim(text) }

    /// The text a person reads when the node is rendered: block elements become line breaks, `<br>` a
    /// newline, runs of whitespace collapse, `script`/`style` and similar are dropped.
    ///
    /// - Parameters:
    ///   - preservingLineBreaks: keep newlines of the source text as line breaks (WordPress stores
    ///     paragraphs as bare newlines that its `wpautop` turns into `<p>` only when displaying).
    ///   - excluding: subtrees to leave out (a nested reply list, a "Reply" link).
    public func readableText(preservingLineBreaks: Bool = false, excluding: ((MarkupNode) -> Bool)? = nil) -> String {
        var renderer = TextRenderer(preservingLineBreaks: preservingLineBreaks)
        renderer.render(self, excluding: excluding)
        return renderer.finish()
    }

    // MARK: - Attributes

    /// An attribute's value by name, ignoring its namespace (`dsq:id` is found as `id`); nil when absent.
    public func attribute(_ name: String) -> String? {
        LibXML.consume(xmlGetProp(node, name))
    }

    /// An attribute in a namespace (nil namespace = an attribute without prefix).
    public func attribute(_ name: String, namespace: String?) -> String? {
        if let namespace { return LibXML.consume(xmlGetNsProp(node, name, namespace)) }
        return LibXML.consume(xmlGetNoNsProp(node, name))
    }

    /// True when the element has the attribute.
    public func hasAttribute(_ name: String) -> Bool { xmlHasProp(node, name) != nil }

    /// Every attribute as (qualified name, value), in document order.
    public var attributes: [(name: String, value: String)] {
        var out: [(String, String)] = []
        var a = node.pointee.properties
        while let attr = a {
            var name = LibXML.string(attr.pointee.name) ?? ""
            if let p = attr.pointee.ns?.pointee.prefix { name = String(cString: p) + ":" + name }
            let value = LibXML.consume(xmlNodeListGetString(node.pointee.doc, attr.pointee.children, 1)) ?? ""
            out.append((name, value))
            a = attr.pointee.next
        }
        return out
    }

    /// The class names of an HTML element (the `class` attribute split on whitespace).
    public var classes: [String] {
        guard let c = attribute("class") else { return [] }
        return c.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            .map(String.init)
    }

    /// True when the `class` attribute holds `name` as a whole word.
    public func hasClass(_ name: String) -> Bool {
        guard let c = attribute("class") else { return false }
        return TextBuffer.containsWord(c, name)
    }

    // MARK: - Navigation

    /// The parent node (nil for the root element and for nodes whose parent is the document).
    public var parent: MarkupNode? {
        guard let p = node.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return wrap(p)
    }

    /// The first child node of any kind.
    public var firstChild: MarkupNode? { wrap(node.pointee.children) }

    /// The next sibling node of any kind.
    public var nextSibling: MarkupNode? { wrap(node.pointee.next) }

    /// The previous sibling node of any kind.
    public var previousSibling: MarkupNode? { wrap(node.pointee.prev) }

    /// Every child node, in order.
    public var children: [MarkupNode] {
        var out: [MarkupNode] = []
        var c = node.pointee.children
        while let n = c {
            out.append(MarkupNode(owner: owner, raw: n))
            c = n.pointee.next
        }
        return out
    }

    /// The child elements, in order.
    public var elements: [MarkupNode] {
        var out: [MarkupNode] = []
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { out.append(MarkupNode(owner: owner, raw: n)) }
            c = n.pointee.next
        }
        return out
    }

    /// Calls `body` for each child element, without building an array.
    public func forEachElement(_ body: (MarkupNode) throws -> Void) rethrows {
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { try body(MarkupNode(owner: owner, raw: n)) }
            c = n.pointee.next
        }
    }

    /// The first child element with this local name.
    public func firstElement(named name: StaticString) -> MarkupNode? {
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE, LibXML.equals(n.pointee.name, name) {
                return MarkupNode(owner: owner, raw: n)
            }
            c = n.pointee.next
        }
        return nil
    }

    /// Every descendant element (document order) for which `predicate` holds; subtrees of matches are
    /// not searched when `descendIntoMatches` is false.
    public func descendants(where predicate: (MarkupNode) -> Bool, descendIntoMatches: Bool = true) -> [MarkupNode] {
        var out: [MarkupNode] = []
        let owner = self.owner
        TreeWalk.descendants(of: node) { n, event in
            guard event == .enter, n.pointee.type == XML_ELEMENT_NODE else { return false }
            let m = MarkupNode(owner: owner, raw: n)
            if predicate(m) {
                out.append(m)
                return descendIntoMatches
            }
            return true
        }
        return out
    }

    /// True when `other` is this node or one of its descendants.
    public func contains(_ other: MarkupNode) -> Bool {
        var p: xmlNodePtr? = other.node
        while let n = p {
            if n == node { return true }
            p = n.pointee.parent
        }
        return false
    }

    /// Identity: the same libxml2 node.
    public func isSameNode(_ other: MarkupNode) -> Bool { raw == other.raw }

    /// An opaque identity usable as a dictionary key while the owner lives.
    public var identity: Int { Int(bitPattern: raw) }

    /// Unlinks the node from its tree and frees it (for removing boilerplate before reading a page's
    /// text). Only for nodes of a ``MarkupDocument``; the node must not be used afterwards.
    public func remove() {
        guard owner is MarkupDocument else { return }
        xmlUnlinkNode(raw)
        xmlFreeNode(raw)
    }

    // MARK: - Serialization

    /// The node serialised as markup (HTML serialisation for HTML documents).
    public var markup: String {
        guard let buf = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buf) }
        if let doc = node.pointee.doc, doc.pointee.type == XML_HTML_DOCUMENT_NODE {
            htmlNodeDump(buf, doc, node)
        } else {
            xmlNodeDump(buf, node.pointee.doc, node, 0, 0)
        }
        return LibXML.string(xmlBufferContent(buf)) ?? ""
    }

    /// The serialised children (the node's inner markup).
    public var innerMarkup: String {
        var out = ""
        var c = node.pointee.children
        while let n = c {
            out += MarkupNode(owner: owner, raw: n).markup
            c = n.pointee.next
        }
        return out
    }
}
