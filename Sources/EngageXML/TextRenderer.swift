import CLibXML2

/// Turns a libxml2 subtree into the text a person reads: block elements become line breaks, `<br>` a
/// newline, whitespace collapses (except in `<pre>`), invisible elements are dropped, emoji images keep
/// their `alt`. Works on HTML and on XML (XHTML content in feeds) alike; element names compare
/// case-insensitively.
struct TextRenderer {
    let preservingLineBreaks: Bool
    private var out: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreaks = 0
    private var preDepth = 0
    private var entityDepth = 0

    init(preservingLineBreaks: Bool) {
        self.preservingLineBreaks = preservingLineBreaks
        out.reserveCapacity(256)
    }

    /// Renders the node itself (an element's whole subtree, or a text node).
    mutating func render(_ node: MarkupNode, excluding: ((MarkupNode) -> Bool)?) {
        let owner = node.owner
        if let excluding {
            renderRaw(node.node) { excluding(MarkupNode(owner: owner, raw: $0)) }
        } else {
            renderRaw(node.node, excluding: nil)
        }
    }

    /// Renders a raw subtree, leaving out the elements `excluding` names.
    private mutating func renderRaw(_ raw: xmlNodePtr, excluding: ((xmlNodePtr) -> Bool)?) {
        if raw.pointee.type != XML_ELEMENT_NODE {
            visitLeaf(raw)
            return
        }
        guard enterElement(raw) else { return }
        TreeWalk.descendants(of: raw) { n, event in
            let isElement = n.pointee.type == XML_ELEMENT_NODE
            if isElement, let excluding, excluding(n) { return false }
            switch event {
            case .enter: return isElement ? self.enterElement(n) : false
            case .leave:
                if isElement { self.leaveElement(n) } else { self.visitLeaf(n) }
                return false
            }
        }
        leaveElement(raw)
    }

    /// The rendered text, trimmed.
    mutating func finish() -> String {
        while let last = out.last, last == 32 || last == 10 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Nodes

    private mutating func visitLeaf(_ n: xmlNodePtr) {
        switch n.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = n.pointee.content { appendText(content) }
        case XML_ENTITY_REF_NODE:
            // Internal entities render their parsed content (bounded depth); external ones were never
            // loaded and read as nothing.
            guard entityDepth < 8, let ent = xmlGetDocEntity(n.pointee.doc, n.pointee.name),
                  ent.pointee.etype == XML_INTERNAL_GENERAL_ENTITY else { return }
            entityDepth += 1
            var c = ent.pointee.children
            while let child = c {
                renderRaw(child, excluding: nil)
                c = child.pointee.next
            }
            entityDepth -= 1
        default:
            break
        }
    }

    /// Returns whether to descend.
    private mutating func enterElement(_ n: xmlNodePtr) -> Bool {
        let tag = ElementClass.of(n.pointee.name)
        switch tag {
        case .hidden:
            return false
        case .lineBreak:
            pendingBreaks = min(2, pendingBreaks + 1)
            if out.isEmpty { pendingBreaks = 0 }
            return false
        case .image:
            if let alt = emojiAlt(n) { appendText(alt) }
            return false
        case .block(let level):
            requestBreak(level)
            if tag == .pre { preDepth += 1 }
            return true
        case .cell:
            pendingSpace = true
            return true
        case .inline:
            return true
        }
    }

    private mutating func leaveElement(_ n: xmlNodePtr) {
        let tag = ElementClass.of(n.pointee.name)
        switch tag {
        case .block(let level):
            if tag == .pre { preDepth = max(0, preDepth - 1) }
            requestBreak(level)
        case .cell:
            pendingSpace = true
        default:
            break
        }
    }

    private func emojiAlt(_ n: xmlNodePtr) -> [UInt8]? {
        guard let cls = LibXML.consume(xmlGetProp(n, "class")),
              cls.contains("emoji") || cls.contains("smiley"),
              let alt = LibXML.consume(xmlGetProp(n, "alt")), !alt.isEmpty else { return nil }
        return Array(alt.utf8)
    }

    // MARK: - Text

    private mutating func requestBreak(_ level: Int) {
        if out.isEmpty { return }
        pendingBreaks = max(pendingBreaks, min(level, 2))
    }

    private mutating func appendText(_ p: UnsafePointer<xmlChar>) {
        var i = 0
        if preDepth > 0 {
            while p[i] != 0 {
                flushPending()
                out.append(p[i] == 13 ? 10 : p[i])
                i += 1
            }
            return
        }
        var newlinesInRun = 0
        while true {
            let c = p[i]
            if c == 0 { break }
            if TextBuffer.isSpace(c) {
                if c == 10 && preservingLineBreaks { newlinesInRun += 1 }
                pendingSpace = true
                i += 1
                continue
            }
            if c == 0xC2 && p[i + 1] == 0xA0 {  // no-break space reads as a space
                pendingSpace = true
                i += 2
                continue
            }
            if newlinesInRun > 0 {
                if !out.isEmpty { pendingBreaks = max(pendingBreaks, min(2, newlinesInRun)) }
                newlinesInRun = 0
            }
            flushPending()
            out.append(c)
            i += 1
        }
        if newlinesInRun > 0, !out.isEmpty { pendingBreaks = max(pendingBreaks, min(2, newlinesInRun)) }
    }

    private mutating func appendText(_ bytes: [UInt8]) {
        flushPending()
        out.append(contentsOf: bytes)
    }

    private mutating func flushPending() {
        if pendingBreaks > 0 {
            while let last = out.last, last == 32 { out.removeLast() }
            var have = 0
            var k = out.count - 1
            while k >= 0, out[k] == 10, have < 2 {
                have += 1
                k -= 1
            }
            if !out.isEmpty {
                for _ in have..<max(have, pendingBreaks) { out.append(10) }
            }
            pendingBreaks = 0
            pendingSpace = false
        } else if pendingSpace {
            if let last = out.last, last != 32, last != 10 { out.append(32) }
            pendingSpace = false
        }
    }
}

/// How an element affects rendered text.
enum ElementClass: Equatable {
    /// Not shown (script, style, head…): skipped with its subtree.
    case hidden
    /// `<br>`.
    case lineBreak
    /// `<img>`: only emoji images show (their `alt`).
    case image
    /// A block: line breaks around it (2 = paragraph, 1 = line).
    case block(Int)
    /// A table cell: a space around it.
    case cell
    /// Everything else.
    case inline

    static let pre = ElementClass.block(3)

    /// A lower-cased element name of up to 16 bytes packed into two integers (a dictionary key that
    /// needs no allocation).
    struct Key: Hashable {
        var a: UInt64 = 0
        var b: UInt64 = 0

        init?(_ name: UnsafePointer<xmlChar>) {
            var i = 0
            while name[i] != 0 {
                if i >= 16 { return nil }
                var c = UInt64(name[i])
                if c >= 65 && c <= 90 { c += 32 }
                if i < 8 { a |= c << (8 * UInt64(i)) } else { b |= c << (8 * UInt64(i - 8)) }
                i += 1
            }
        }

        init(_ s: String) {
            for (i, c) in s.utf8.enumerated() {
                if i < 8 { a |= UInt64(c) << (8 * UInt64(i)) } else { b |= UInt64(c) << (8 * UInt64(i - 8)) }
            }
        }
    }

    static func of(_ name: UnsafePointer<xmlChar>?) -> ElementClass {
        guard let name, let key = Key(name) else { return .inline }
        return table[key] ?? .inline
    }

    static let table: [Key: ElementClass] = {
        var t: [String: ElementClass] = [:]
        for n in ["script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg",
                  "math", "canvas", "select", "textarea", "button", "input", "audio", "video", "map", "frameset",
                  "frame", "noframes", "meta", "link", "source", "track", "param"] {
            t[n] = .hidden
        }
        t["br"] = .lineBreak
        t["img"] = .image
        for n in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "figure", "hr",
                  "address"] {
            t[n] = .block(2)
        }
        t["pre"] = .pre
        for n in ["div", "li", "dt", "dd", "tr", "thead", "tbody", "tfoot", "caption", "section", "article",
                  "header", "footer", "nav", "aside", "main", "figcaption", "details", "summary", "fieldset",
                  "legend", "form", "center", "menu", "dir", "body", "html", "option", "hgroup"] {
            t[n] = .block(1)
        }
        t["td"] = .cell
        t["th"] = .cell
        return Dictionary(uniqueKeysWithValues: t.map { (Key($0.key), $0.value) })
    }()
}
