import EngageCore
import EngageTestSupport
import EngageXML
import Foundation
import Testing

/// A source that is neither a file nor memory (like a zip entry): chunks pushed from a closure, read
/// through the helper-thread queue.
struct ChunkedSource: ByteSource {
    let name: String
    let bytes: [UInt8]
    let chunk: Int
    var failAt: Int?
    var size: Int? { bytes.count }

    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var i = 0
        while i < bytes.count {
            if let failAt, i >= failAt {
                throw EngageError(.badZip, "CRC-32 mismatch: the entry is corrupt", file: name, offset: i)
            }
            let end = min(bytes.count, i + chunk)
            try bytes[i..<end].withUnsafeBytes { try body($0) }
            i = end
        }
    }
}

@Suite struct StreamReaderTests {
    static let doc: String = {
        var s = "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>\n"
        for i in 1...500 { s += "<item><title>Item \(i)</title><wp:post_id>\(i)</wp:post_id><body><![CDATA[<p>x & y</p>]]></body></item>\n" }
        return s + "</channel></rss>\n"
    }()

    func titles(_ source: ByteSource) throws -> [String] {
        let reader = try MarkupStreamReader(source: source)
        var out: [String] = []
        var more = try reader.read()
        while more {
            if reader.isElement, reader.depth == 2, reader.isNamed("item") {
                let item = try reader.expand()
                out.append(item.firstElement(named: "title")?.text ?? "?")
                #expect(item.firstElement(named: "post_id")?.namespaceURI == "http://wordpress.org/export/1.2/")
                #expect(item.firstElement(named: "body")?.text == "<p>x & y</p>")
                more = try reader.skipSubtree()
            } else {
                more = try reader.read()
            }
        }
        return out
    }

    @Test func readsTheSameFromMemoryFileAndAChunkedSource() throws {
        let bytes = Array(Self.doc.utf8)
        let expected = (1...500).map { "Item \($0)" }
        #expect(try titles(MemoryByteSource(name: "m.xml", bytes: bytes)) == expected)
        let dir = try Fixtures.temporaryFolder("stream")
        let file = dir.appendingPathComponent("f.xml")
        try Data(bytes).write(to: file)
        #expect(try titles(FileByteSource(path: file.path)) == expected)
        #expect(try titles(ChunkedSource(name: "z.zip:f.xml", bytes: bytes, chunk: 777)) == expected)
    }

    @Test func malformedXMLStopsWithLineAndOffset() throws {
        let xml = "<rss><channel>\n<item><title>ok</title></item>\n<item><title>bad</item>\n</channel></rss>"
        let reader = try MarkupStreamReader(source: MemoryByteSource(name: "bad.xml", text: xml))
        var items = 0
        do {
            var more = try reader.read()
            while more {
                if reader.isElement, reader.isNamed("item") {
                    _ = try reader.expand()
                    items += 1
                    more = try reader.skipSubtree()
                } else {
                    more = try reader.read()
                }
            }
            Issue.record("expected malformed-xml")
        } catch let e as EngageError {
            #expect(e.code == .malformedXML)
            #expect(e.file == "bad.xml")
            #expect(e.line == 3)
            #expect(e.offset != nil)
        }
        // libxml2 parses ahead in chunks: in a small file the error can come before the first item is
        // handed out (the WXR reader re-reads what it did not get, leniently).
        #expect(items <= 1)
    }

    @Test func sourceErrorsSurfaceAsTheSourceError() throws {
        let bytes = Array(Self.doc.utf8)
        let source = ChunkedSource(name: "z.zip:f.xml", bytes: bytes, chunk: 1000, failAt: 5000)
        do {
            _ = try titles(source)
            Issue.record("expected the source's error")
        } catch let e as EngageError {
            #expect(e.code == .badZip)
        }
    }

    @Test func abandoningAReaderMidwayStopsItsHelperThread() throws {
        for _ in 0..<20 {
            let reader = try MarkupStreamReader(source: ChunkedSource(name: "z", bytes: Array(Self.doc.utf8), chunk: 64))
            _ = try reader.read()
        }
    }
}
