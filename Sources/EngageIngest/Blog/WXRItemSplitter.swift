import EngageCore

/// Cuts a WordPress export into its `<item>` (and `<…:author>`) elements by scanning bytes, without
/// parsing, so that a file libxml2's streaming reader gave up on can be read on, item by item, in
/// bounded memory and in recover mode.
///
/// The scan skips CDATA sections and comments (an `</item>` inside a post body does not end the item).
/// A broken CDATA nesting (`<![CDATA[a <![CDATA[ b ]]> c]]>`) ends the section at the first `]]>`,
/// which is what a recovering parser does too. Each piece comes with the XML declaration and the
/// `<rss>` and `<channel>` start tags of the file (their namespace declarations), ready to be wrapped.
struct WXRItemSplitter {
    /// One element cut out of the file.
    struct Piece {
        /// `item` or `author`.
        var kind: Kind
        /// The element's bytes, start tag to end tag (to the end of the file when never closed).
        var bytes: [UInt8]
        /// 1-based line of the start tag in the file.
        var line: Int
        /// Byte offset of the start tag in the file.
        var offset: Int
        /// False when the file ended before the end tag.
        var closed: Bool
        /// 0-based position among the file's items (authors: -1).
        var index: Int
    }

    enum Kind { case item, author }

    private(set) var declaration: [UInt8] = []
    private(set) var rssTag: [UInt8] = []
    private(set) var channelTag: [UInt8] = []

    /// Scans `source`, calling `piece` for every item (and author block) in order.
    mutating func split(_ source: ByteSource, _ piece: (Piece, WXRItemSplitter) throws -> Void) throws {
        var buffer: [UInt8] = []
        var base = 0          // file offset of buffer[0]
        var line = 1          // line at buffer[scan]
        var scan = 0          // next byte to look at
        var itemIndex = 0
        var capture: (kind: Kind, start: Int, line: Int)?
        enum Mode { case markup, cdata, comment }
        var mode = Mode.markup

        func matches(_ lit: StaticString, at i: Int) -> Bool? {
            let n = lit.utf8CodeUnitCount
            if i + n > buffer.count { return nil }
            return lit.withUTF8Buffer { l in
                for k in 0..<n where buffer[i + k] != l[k] { return false }
                return true
            }
        }
        func isNameEnd(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 62 || c == 47 }
        // Position after the next '>' from i, or nil when not yet in the buffer.
        func tagEnd(from i: Int) -> Int? {
            var j = i
            while j < buffer.count {
                if buffer[j] == 62 { return j + 1 }
                j += 1
            }
            return nil
        }
        // A start or end tag whose local name (after any prefix) is `name`, at i (buffer[i] == '<').
        func tag(_ name: StaticString, at i: Int, closing: Bool, anyPrefix: Bool) -> Bool? {
            var j = i + 1
            if closing {
                guard j < buffer.count else { return nil }
                guard buffer[j] == 47 else { return false }
                j += 1
            }
            if anyPrefix {
                var k = j
                while k < buffer.count, !isNameEnd(buffer[k]), buffer[k] != 58 { k += 1 }
                guard k < buffer.count else { return nil }
                if buffer[k] == 58 { j = k + 1 }
            }
            guard let m = matches(name, at: j) else { return nil }
            guard m else { return false }
            let after = j + name.utf8CodeUnitCount
            guard after < buffer.count else { return nil }
            return isNameEnd(buffer[after])
        }

        func process(final: Bool) throws {
            scanLoop: while scan < buffer.count {
                let c = buffer[scan]
                switch mode {
                case .cdata:
                    if c == 93 {
                        guard let m = matches("]]>", at: scan) else { break scanLoop }
                        if m {
                            scan += 3
                            mode = .markup
                            continue
                        }
                    }
                case .comment:
                    if c == 45 {
                        guard let m = matches("-->", at: scan) else { break scanLoop }
                        if m {
                            scan += 3
                            mode = .markup
                            continue
                        }
                    }
                case .markup:
                    if c == 60 {
                        guard let cd = matches("<![CDATA[", at: scan), let cm = matches("<!--", at: scan) else {
                            if final { scan += 1; continue } else { break scanLoop }
                        }
                        if cd {
                            mode = .cdata
                            scan += 9
                            continue
                        }
                        if cm {
                            mode = .comment
                            scan += 4
                            continue
                        }
                        if let cap = capture {
                            let endName: StaticString = cap.kind == .item ? "item" : "author"
                            guard let isEnd = tag(endName, at: scan, closing: true, anyPrefix: cap.kind == .author) else {
                                if final { scan += 1; continue } else { break scanLoop }
                            }
                            if isEnd {
                                guard let end = tagEnd(from: scan) else {
                                    if final { scan = buffer.count; continue } else { break scanLoop }
                                }
                                let bytes = Array(buffer[cap.start..<end])
                                let p = Piece(kind: cap.kind, bytes: bytes, line: cap.line, offset: base + cap.start,
                                              closed: true, index: cap.kind == .item ? itemIndex : -1)
                                if cap.kind == .item { itemIndex += 1 }
                                capture = nil
                                line += countNewlines(scan..<end)
                                scan = end
                                try piece(p, self)
                                continue
                            }
                        } else {
                            guard let isItem = tag("item", at: scan, closing: false, anyPrefix: false),
                                  let isAuthor = tag("author", at: scan, closing: false, anyPrefix: true),
                                  let isRSS = tag("rss", at: scan, closing: false, anyPrefix: true),
                                  let isChannel = tag("channel", at: scan, closing: false, anyPrefix: true),
                                  let isDecl = matches("<?xml", at: scan)
                            else {
                                if final { scan += 1; continue } else { break scanLoop }
                            }
                            if isItem || (isAuthor && buffer[scan + 1] != 47 && hasPrefix(at: scan)) {
                                capture = (isItem ? .item : .author, scan, line)
                            } else if isRSS || isChannel || (isDecl && declaration.isEmpty && base + scan < 8) {
                                guard let end = tagEnd(from: scan) else {
                                    if final { scan = buffer.count; continue } else { break scanLoop }
                                }
                                let text = Array(buffer[scan..<end])
                                if isRSS, rssTag.isEmpty { rssTag = text }
                                if isChannel, channelTag.isEmpty { channelTag = text }
                                if isDecl { declaration = text }
                                line += countNewlines(scan..<end)
                                scan = end
                                continue
                            }
                        }
                    }
                }
                if c == 10 { line += 1 }
                scan += 1
            }
            // Drop what no capture needs.
            let keepFrom = capture?.start ?? scan
            if keepFrom > 1 << 16 {
                buffer.removeFirst(keepFrom)
                base += keepFrom
                scan -= keepFrom
                if let cap = capture { capture = (cap.kind, 0, cap.line) }
            }
        }

        func countNewlines(_ r: Range<Int>) -> Int {
            var n = 0
            for i in r where buffer[i] == 10 { n += 1 }
            return n
        }
        func hasPrefix(at i: Int) -> Bool {
            var k = i + 1
            while k < buffer.count, !isNameEnd(buffer[k]) {
                if buffer[k] == 58 { return true }
                k += 1
            }
            return false
        }

        try source.forEachChunk { chunk in
            buffer.append(contentsOf: chunk.bindMemory(to: UInt8.self))
            try process(final: false)
        }
        try process(final: true)
        if let cap = capture {
            let p = Piece(kind: cap.kind, bytes: Array(buffer[cap.start...]), line: cap.line, offset: base + cap.start,
                          closed: false, index: cap.kind == .item ? itemIndex : -1)
            try piece(p, self)
        }
    }

    /// The piece wrapped into a small document of its own: the file's XML declaration, `<rss>` and
    /// `<channel>` start tags, the piece, and the closing tags. Returns the document and the number of
    /// lines before the piece (to map libxml2's line numbers back to the file).
    func wrap(_ piece: Piece) -> (bytes: [UInt8], linesBefore: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(piece.bytes.count + rssTag.count + channelTag.count + 64)
        out += declaration.isEmpty ? Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8) : declaration
        out.append(10)
        out += rssTag.isEmpty ? Array("<rss version=\"2.0\">".utf8) : rssTag
        out += channelTag.isEmpty ? Array("<channel>".utf8) : channelTag
        var linesBefore = 1
        for b in out where b == 10 { linesBefore += 1 }
        out += piece.bytes
        out += Array("</channel></rss>\n".utf8)
        return (out, linesBefore - 1)
    }
}
