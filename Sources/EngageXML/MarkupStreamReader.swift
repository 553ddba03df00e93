import CLibXML2
import EngageCore

/// Streams a large XML file node by node with libxml2's `xmlTextReader`, in bounded memory: a 1 GB
/// WordPress export is read item by item, each item expanded into a small tree that is freed when the
/// reader moves on.
///
/// ```swift
/// let reader = try MarkupStreamReader(source: input.source(entry))
/// var more = try reader.read()
/// while more {
///     if reader.isElement, reader.depth == 2, reader.isNamed("item") {
///         let item = try reader.expand()   // valid until the reader moves
///         …
///         more = try reader.skipSubtree()
///     } else {
///         more = try reader.read()
///     }
/// }
/// ```
///
/// Same safety as ``MarkupDocument``: no network, no DTD or external entity loading, no entity
/// substitution, errors collected not printed. The reader stops at the first well-formedness error
/// (libxml2's reader cannot recover); the thrown error names the line and byte offset, and
/// ``itemsCompleted``-style bookkeeping is the caller's, so that it can re-read the rest leniently.
/// Not `Sendable`.
public final class MarkupStreamReader: MarkupOwner {
    private let reader: xmlTextReaderPtr
    private let pump: BytePump
    private let collector = IssueCollector()
    private let name: String
    /// Bumped whenever the reader moves: nodes from ``expand()`` check it.
    private(set) var generation = 1

    /// Opens `source` for streaming.
    ///
    /// - Throws: `file-not-found` / `unreadable` when the source cannot be opened.
    public init(source: ByteSource) throws {
        _ = LibXML.ready
        let pump = try BytePump(source)
        let context = Unmanaged.passUnretained(pump).toOpaque()
        guard let r = xmlReaderForIO({ ctx, buffer, len in
            guard let ctx, let buffer else { return -1 }
            return Unmanaged<BytePump>.fromOpaque(ctx).takeUnretainedValue().read(into: buffer, count: Int(len))
        }, nil, context, source.name, nil, LibXML.xmlBaseOptions) else {
            throw EngageError(.unreadable, "cannot create an XML reader", file: source.name)
        }
        self.reader = r
        self.pump = pump
        self.name = source.name
        xmlTextReaderSetStructuredErrorHandler(r, IssueCollector.readerHandler,
                                               Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Problems reported so far (the first 50).
    public var issues: [MarkupIssue] { collector.issues }

    /// Bytes of the source libxml2 has consumed (parsed), approximately the position in the file.
    public var byteOffset: Int {
        let n = xmlTextReaderByteConsumed(reader)
        return n >= 0 ? Int(n) : pump.delivered
    }

    /// Moves to the next node in document order.
    ///
    /// - Returns: false at the end of the document.
    /// - Throws: `malformed-xml` at a well-formedness error (with line and byte offset), `unsafe-input`
    ///   for an entity bomb, or the source's own error (a corrupt zip entry).
    public func read() throws -> Bool {
        generation += 1
        return try check(xmlTextReaderRead(reader))
    }

    /// Moves past the current node's subtree to its next sibling (or the next node after it).
    ///
    /// - Returns: false at the end of the document.
    public func skipSubtree() throws -> Bool {
        generation += 1
        return try check(xmlTextReaderNext(reader))
    }

    private func check(_ ret: Int32) throws -> Bool {
        if ret == 1 { return true }
        if ret == 0 { return false }
        throw failure()
    }

    /// The error to report after the reader failed.
    private func failure() -> EngageError {
        if let e = pump.error { return e }
        if collector.sawEntityBomb {
            return EngageError(.unsafeInput,
                               "entity references expand without bound (a \"billion laughs\" document): refused",
                               file: name, line: collector.issues.first(where: \.isEntityBomb)?.line)
        }
        let fatal = collector.issues.first { $0.level == .fatal } ?? collector.issues.last
        return EngageError(.malformedXML, fatal?.message ?? "the XML reader failed", file: name,
                           offset: byteOffset, line: fatal?.line)
    }

    /// True when the current node is an element start tag.
    public var isElement: Bool { xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) }

    /// True when the current node is an end tag.
    public var isEndElement: Bool { xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) }

    /// True for an empty element (`<x/>`).
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// Depth of the current node (the root element is 0).
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// The local name (with an undeclared prefix, libxml2 keeps the whole `prefix:name`).
    public var localName: String { LibXML.string(xmlTextReaderConstLocalName(reader)) ?? "" }

    /// The qualified name as written (`wp:post_id`).
    public var qualifiedName: String { LibXML.string(xmlTextReaderConstName(reader)) ?? "" }

    /// True when the local name equals `name`, without allocating.
    public func isNamed(_ name: StaticString) -> Bool { LibXML.equals(xmlTextReaderConstLocalName(reader), name) }

    /// The namespace URI of the current node, when it has one.
    public var namespaceURI: String? { LibXML.string(xmlTextReaderConstNamespaceUri(reader)) }

    /// An attribute of the current element, ignoring namespaces.
    public func attribute(_ name: String) -> String? {
        LibXML.consume(xmlTextReaderGetAttribute(reader, name))
    }

    /// The current element with its whole subtree, read ahead as needed. Valid until the next
    /// ``read()`` or ``skipSubtree()``.
    ///
    /// - Throws: as ``read()``, when the subtree is not well-formed.
    public func expand() throws -> MarkupNode {
        guard let node = xmlTextReaderExpand(reader) else { throw failure() }
        return MarkupNode(owner: self, raw: node)
    }
}
