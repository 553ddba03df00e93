import EngageCore
import EngageXML
import Foundation

/// WordPress eXtended RSS (WXR 1.0, 1.1, 1.2 under `http` or `https` namespace URIs): one file, or a
/// folder / zip of numbered files (WordPress.com's `site.wordpress.2025-01-19.000.xml`, `.001.xml`).
///
/// Streams with libxml2's text reader, item by item, in bounded memory. When the reader meets malformed
/// XML (an unsplit `]]>` in CDATA, a truncated file), the rest of the file is cut into items by a byte
/// scan and each is parsed in recover mode: records read that way are flagged `recovered`, and the file
/// fails with a clear error only when no item at all can be read.
enum WordPressWXRReader: SourceReader {
    static var format: SourceFormat { .wordpressWXR }

    static func recognizes(_ input: InputContainer) -> Bool {
        !wxrEntries(input).isEmpty
    }

    /// Entries that are WordPress exports, in name order.
    static func wxrEntries(_ input: InputContainer) -> [String] {
        let candidates: [String]
        switch input.kind {
        case .file: candidates = input.entries
        case .zip, .folder:
            candidates = input.entries.filter {
                let l = $0.lowercased()
                return (l.hasSuffix(".xml") || l.hasSuffix(".wxr")) && !($0 as NSString).lastPathComponent.hasPrefix(".")
            }
        }
        return candidates.filter { isWXR(input.sniff($0, count: 16_384)) }
    }

    /// An RSS document that declares (or uses) a `wordpress.org/export/` namespace.
    static func isWXR(_ head: [UInt8]) -> Bool {
        guard let sniff = XMLSniff(head), sniff.rootLocalName == "rss" else { return false }
        return sniff.rootTag.contains("wordpress.org/export/1.") || sniff.head.contains("<wp:wxr_version>")
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        var mapper = WXRItemMapper(context: context, source: input.path)
        var info = SourceInfo(path: input.path, format: format)
        var firstError: EngageError?
        let entries = wxrEntries(input)
        for entry in entries {
            mapper.entry = input.kind == .file ? nil : entry
            let before = context.emitted
            do {
                try readEntry(input, entry, &mapper, context)
                info.files.append(FileReport(entry: entry, role: "posts and comments", records: context.emitted - before,
                                             bytes: input.size(of: entry)))
            } catch let e as EngageError where entries.count > 1 && e.code != .unsafeInput {
                firstError = firstError ?? e
                info.files.append(FileReport(entry: entry, role: "posts and comments", records: context.emitted - before,
                                             bytes: input.size(of: entry), status: .failed, reason: e.description))
                context.report(Diagnostic(e))
            }
            mapper.warnings.flush(to: context, file: input.displayName(entry))
            mapper.warnings = WarningTally()
        }
        if let firstError, !info.files.contains(where: { $0.status == .read }) { throw firstError }
        info.variant = mapper.site.variant
        info.owner = mapper.site.owner
        info.notes = mapper.notes
        info.notes.append("WordPress's exporter leaves out spam comments: comment counts are lower bounds")
        if mapper.items == 0 { info.notes.append("the export holds no items (posts, pages or attachments)") }
        return info
    }

    /// Streams one file; on malformed XML, reads the rest item by item in recover mode.
    static func readEntry(_ input: InputContainer, _ entry: String, _ mapper: inout WXRItemMapper,
                          _ context: IngestContext) throws {
        let name = input.displayName(entry)
        let reader = try MarkupStreamReader(source: input.source(entry))
        let names = WXRName.makeCache()
        var itemsRead = 0
        do {
            var more = try reader.read()
            while more {
                guard reader.isElement else {
                    more = try reader.read()
                    continue
                }
                switch reader.depth {
                case 0:
                    guard reader.isNamed("rss") else {
                        throw EngageError(.malformedXML, "expected an <rss> root element, found <\(reader.qualifiedName)>",
                                          file: name, line: nil)
                    }
                    more = try reader.read()
                case 1:
                    if !reader.isNamed("channel") {
                        context.warn("unexpected-element",
                                     "expected <channel> inside <rss>, found <\(reader.qualifiedName)>: reading its items anyway",
                                     file: name)
                    }
                    more = try reader.read()
                case 2:
                    let node = try reader.expand()
                    if node.isNamed("item"), node.namespaceURI == nil {
                        if mapper.site.namespaceVersion == nil { node.forEachElement { mapper.site.noteNamespace($0) } }
                        try mapper.emit(WXRItem(node, names: names), recovered: false)
                        itemsRead += 1
                    } else {
                        mapper.site.read(node)
                    }
                    more = try reader.skipSubtree()
                default:
                    more = try reader.read()
                }
            }
            for issue in reader.issues where issue.level == .error {
                mapper.warnings.add("namespace-error", "XML namespace problem (read by qualified name): \(issue.message)",
                                    line: issue.line, severity: .note)
            }
        } catch let e as EngageError where e.code == .malformedXML && e.reason.hasPrefix("expected an <rss>") == false {
            try recover(input, entry, after: itemsRead, error: e, &mapper, context)
        }
    }

    /// Reads the items after the first `done` ones leniently, one small document each.
    static func recover(_ input: InputContainer, _ entry: String, after done: Int, error: EngageError,
                        _ mapper: inout WXRItemMapper, _ context: IngestContext) throws {
        let name = input.displayName(entry)
        context.warn("recovered-xml", "malformed XML (\(error.reason)): the rest of the file was read item by item in recover mode",
                     file: name, offset: error.offset, line: error.line)
        var splitter = WXRItemSplitter()
        var recoveredItems = 0
        try splitter.split(input.source(entry)) { piece, state in
            if piece.kind == .item, piece.index < done { return }
            let (bytes, linesBefore) = state.wrap(piece)
            let doc: MarkupDocument
            do {
                doc = try MarkupDocument.parseXML(bytes, name: name, recover: true)
            } catch let e as EngageError where e.code == .malformedXML {
                mapper.warnings.add("unreadable-item", "an item could not be read even in recover mode: \(e.reason)",
                                    line: piece.line)
                return
            }
            let lineBase = piece.line - 1 - linesBefore
            guard let channel = doc.root?.elements.first else { return }
            for node in channel.elements {
                if piece.kind == .item, node.isNamed("item") {
                    let flagged = doc.recovered || !piece.closed
                    try mapper.emit(WXRItem(node, names: WXRName.makeCache()), recovered: flagged, lineBase: lineBase)
                    recoveredItems += 1
                    if !piece.closed {
                        mapper.warnings.add("truncated", "the file ends inside an item (truncated export?): the item was read as far as it goes",
                                            line: piece.line)
                    }
                    break
                } else if piece.kind == .author {
                    mapper.site.read(node)
                    break
                }
            }
        }
        if done + recoveredItems == 0 {
            throw error
        }
    }
}
