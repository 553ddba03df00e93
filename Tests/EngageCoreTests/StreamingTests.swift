import EngageCore
import Testing

/// A source that hands out its bytes in tiny chunks, to exercise refills at every position.
struct ChunkedSource: ByteSource {
    let name = "test.js"
    let bytes: [UInt8]
    let chunk: Int
    var size: Int? { bytes.count }
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + chunk)
            try bytes[i..<end].withUnsafeBytes { try body($0) }
            i = end
        }
    }
}

@Suite struct StreamingTests {
    let archive = """
        window.YTD.tweets.part0 = [
          {
            "tweet" : { "id_str" : "1", "full_text" : "a \\"quoted\\" [text]" }
          },
          {
            "tweet" : { "id_str" : "2", "full_text" : "b" }
          }
        ]
        """

    func ids(_ text: String, chunk: Int, prefix: JSONArrayStream.Prefix = .assignment) throws -> ([String], String?) {
        var ids: [String] = []
        let name = try JSONArrayStream.read(ChunkedSource(bytes: Array(text.utf8), chunk: chunk), prefix: prefix,
                                            bufferSize: 64) { c, _ in
            // The handler may run again for the same element after a refill: no side effects until done.
            var found: [String] = []
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                guard k == "tweet" else { try c.skipValue(); continue }
                var t = try c.beginObject()
                while let k2 = try c.nextKey(&t) {
                    if k2 == "id_str" { found.append(try c.readString()) } else { try c.skipValue() }
                }
            }
            ids += found
        }
        return (ids, name)
    }

    @Test(arguments: [1, 2, 3, 7, 16, 1000])
    func streamsElementsAcrossChunkBoundaries(chunk: Int) throws {
        let (ids, name) = try ids(archive, chunk: chunk)
        #expect(ids == ["1", "2"])
        #expect(name == "window.YTD.tweets.part0")
    }

    /// `true`, `false` and `null` split across a refill are read once the rest arrives, at every split point.
    @Test(arguments: [1, 3, 5, 11])
    func literalsAcrossChunkBoundaries(chunk: Int) throws {
        var text = "window.YTD.tweets.part0 = ["
        for i in 0..<40 {
            text += (i == 0 ? "" : ",") + "{\"tweet\":{\"retweeted\":false,\"x\":null,\"y\":true,\"id_str\":\"\(i)\"}}"
        }
        text += "]"
        let (ids, _) = try ids(text, chunk: chunk)
        #expect(ids == (0..<40).map(String.init))
    }

    @Test func emptyArrayAndTrailingSemicolon() throws {
        #expect(try ids("window.YTD.deleted_tweets.part0 = [ ]", chunk: 5).0 == [])
        #expect(try ids("window.YTD.tweets.part0 = [ ];\n", chunk: 5).0 == [])
    }

    @Test func truncatedFileIsAnErrorWithOffset() {
        let cut = String(archive.prefix(archive.count - 30))
        do {
            _ = try ids(cut, chunk: 8)
            Issue.record("expected an error")
        } catch let e as EngageError {
            #expect(e.code == .malformedJSON)
            #expect(e.file == "test.js")
            #expect(e.offset != nil)
        } catch { Issue.record("\(error)") }
    }

    @Test func unknownPrefixIsReported() {
        do {
            _ = try ids("alert('hi'); window.YTD.tweets.part0 = []", chunk: 100)
            Issue.record("expected an error")
        } catch let e as EngageError {
            #expect(e.code == .unknownPrefix)
        } catch { Issue.record("\(error)") }
    }

    @Test func linesCarryNumbersAndOffsets() throws {
        let text = "{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":3}"
        var seen: [(String, Int, Int)] = []
        try LineReader.forEachLine(ChunkedSource(bytes: Array(text.utf8), chunk: 3)) { line, n, off in
            seen.append((String(decoding: line, as: UTF8.self), n, off))
        }
        #expect(seen.map(\.0) == ["{\"a\":1}", "", "{\"b\":2}", "{\"c\":3}"])
        #expect(seen.map(\.1) == [1, 2, 3, 4])
        #expect(seen.map(\.2) == [0, 9, 10, 18])
    }
}

@Suite struct HTMLEntitiesTests {
    @Test(arguments: [
        ("Five &amp; six &lt;3 &gt;", "Five & six <3 >"),
        ("What&#8217;s new &laquo; Blog", "What’s new « Blog"),
        ("&#x1F680; &#146; &nbsp;", "🚀 ’ \u{00A0}"),
        ("AT&T &unknown; & &#;", "AT&T &unknown; & &#;"),
    ])
    func decodes(input: String, expected: String) {
        #expect(HTMLEntities.decode(input) == expected)
    }
}
