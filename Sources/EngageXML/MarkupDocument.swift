import CLibXML2
import EngageCore

/// A parsed XML or HTML document. Owns the libxml2 tree and frees it when released; hands back Swift
/// values and ``MarkupNode``s that keep the document alive.
///
/// Safe by default: no network, no DTD or external entity is ever loaded (an XXE document cannot read a
/// local file), entity references are never substituted, and a document whose entities expand without
/// bound ("billion laughs") is refused with `unsafe-input`. Errors are collected as ``issues``, never
/// printed.
///
/// Not `Sendable`: use a document on one thread at a time.
public final class MarkupDocument: MarkupOwner {
    let doc: xmlDocPtr
    /// True for documents parsed as HTML.
    public let isHTML: Bool
    /// Problems reported while parsing (the first 50).
    public let issues: [MarkupIssue]
    /// Number of problems reported (all of them).
    public let issueCount: Int
    /// True when the parser had to recover from a well-formedness error: some text may be lost or
    /// misplaced. Always false for HTML, which is parsed leniently by design.
    public let recovered: Bool
    /// The XPath context, created on first use.
    var xpathContext: xmlXPathContextPtr?
    var registeredNamespaces: [String: String] = [:]
    let generation = 0

    init(doc: xmlDocPtr, isHTML: Bool, issues: [MarkupIssue], issueCount: Int, recovered: Bool) {
        self.doc = doc
        self.isHTML = isHTML
        self.issues = issues
        self.issueCount = issueCount
        self.recovered = recovered
    }

    deinit {
        if let xpathContext { xmlXPathFreeContext(xpathContext) }
        xmlFreeDoc(doc)
    }

    /// Parses XML from memory.
    ///
    /// - Parameters:
    ///   - bytes: the document.
    ///   - name: the file name used in errors.
    ///   - recover: continue after well-formedness errors (undeclared prefixes are never fatal);
    ///     ``recovered`` then says whether recovery was needed.
    /// - Throws: `malformed-xml` when nothing can be read (or, without `recover`, at the first fatal
    ///   error, with its line), `unsafe-input` for an entity expansion bomb.
    public static func parseXML(_ bytes: UnsafeRawBufferPointer, name: String, recover: Bool = true) throws -> MarkupDocument {
        _ = LibXML.ready
        guard bytes.count <= LibXML.maxBuffer else {
            throw EngageError(.malformedXML, "the document is larger than 2 GB: too large to read whole (stream it)",
                              file: name)
        }
        guard let ctxt = xmlNewParserCtxt() else {
            throw EngageError(.malformedXML, "cannot create an XML parser (out of memory?)", file: name)
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let collector = IssueCollector()
        ctxt.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        ctxt.pointee.sax.pointee.serror = IssueCollector.contextHandler
        var options = LibXML.xmlBaseOptions
        if recover { options |= Int32(XML_PARSE_RECOVER.rawValue) }
        let doc = withExtendedLifetime(collector) {
            LibXML.withCBuffer(bytes) { xmlCtxtReadMemory(ctxt, $0, $1, name, nil, options) }
        }
        ctxt.pointee._private = nil
        if collector.sawEntityBomb {
            if let doc { xmlFreeDoc(doc) }
            let line = collector.issues.first(where: \.isEntityBomb)?.line
            throw EngageError(.unsafeInput,
                              "entity references expand without bound (a \"billion laughs\" document): refused",
                              file: name, line: line)
        }
        let fatal = collector.issues.first { $0.level == .fatal }
        guard let doc, xmlDocGetRootElement(doc) != nil else {
            if let doc { xmlFreeDoc(doc) }
            let first = fatal ?? collector.issues.first
            throw EngageError(.malformedXML, "not XML: " + (first?.message ?? "no root element"),
                              file: name, line: first?.line)
        }
        if !recover, let fatal {
            xmlFreeDoc(doc)
            throw EngageError(.malformedXML, fatal.message, file: name, line: fatal.line)
        }
        return MarkupDocument(doc: doc, isHTML: false, issues: collector.issues, issueCount: collector.count,
                              recovered: fatal != nil || ctxt.pointee.wellFormed == 0)
    }

    /// Parses XML from a byte array; see ``parseXML(_:name:recover:)``.
    public static func parseXML(_ bytes: [UInt8], name: String, recover: Bool = true) throws -> MarkupDocument {
        try bytes.withUnsafeBytes { try parseXML($0, name: name, recover: recover) }
    }

    /// Parses an HTML page or fragment leniently (recover, no errors, no network), as a browser would
    /// read a saved page. The character set comes from a byte-order mark, else `<meta charset>`
    /// (or `http-equiv` Content-Type) in the first 4 KB, else UTF-8.
    ///
    /// - Throws: `malformed-xml` only for pages over 2 GB (libxml2's limit).
    public static func parseHTML(_ bytes: UnsafeRawBufferPointer, name: String = "") throws -> MarkupDocument {
        guard bytes.count <= LibXML.maxBuffer else {
            throw EngageError(.malformedXML, "the page is larger than 2 GB: too large to read", file: name)
        }
        return html(bytes, name: name, encoding: HTMLCharset.sniff(bytes))
    }

    /// Parses HTML from a byte array; see ``parseHTML(_:name:)``.
    public static func parseHTML(_ bytes: [UInt8], name: String = "") throws -> MarkupDocument {
        try bytes.withUnsafeBytes { try parseHTML($0, name: name) }
    }

    /// Parses an HTML string (already Unicode: the character set is UTF-8); nil only for strings over
    /// 2 GB.
    public static func parseHTML(string: String, name: String = "") -> MarkupDocument? {
        var s = string
        return s.withUTF8 { buf in
            guard buf.count <= LibXML.maxBuffer else { return nil }
            return html(UnsafeRawBufferPointer(buf), name: name, encoding: "UTF-8")
        }
    }

    private static func html(_ bytes: UnsafeRawBufferPointer, name: String, encoding: String) -> MarkupDocument {
        _ = LibXML.ready
        let parsed: xmlDocPtr? = LibXML.quietly {
            LibXML.withCBuffer(bytes) { htmlReadMemory($0, $1, name, encoding, LibXML.htmlOptions) }
        }
        // libxml2 returns NULL only for empty input (or when out of memory): an empty document then.
        guard let doc = parsed ?? htmlNewDocNoDtD(nil, nil) else {
            fatalError("libxml2 could not allocate an HTML document (out of memory)")
        }
        return MarkupDocument(doc: doc, isHTML: true, issues: [], issueCount: 0, recovered: false)
    }

    /// The root element (`<rss>`, `<feed>`, `<html>`), when there is one.
    public var root: MarkupNode? {
        xmlDocGetRootElement(doc).map { MarkupNode(owner: self, raw: $0) }
    }

    /// True when the document declares external entities (which are never loaded: their references read
    /// as nothing).
    public var declaresExternalEntities: Bool {
        guard let dtd = doc.pointee.intSubset else { return false }
        var child = dtd.pointee.children
        while let c = child {
            if c.pointee.type == XML_ENTITY_DECL {
                let ent = UnsafeMutableRawPointer(c).assumingMemoryBound(to: xmlEntity.self)
                let t = ent.pointee.etype
                if t == XML_EXTERNAL_GENERAL_PARSED_ENTITY || t == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY
                    || t == XML_EXTERNAL_PARAMETER_ENTITY {
                    return true
                }
            }
            child = c.pointee.next
        }
        return false
    }
}
