import EngageCore
import EngageTestSupport
import EngageXML
import Foundation
import Testing

@Suite struct MarkupSafetyTests {
    @Test func externalEntitiesNeverReadLocalFiles() throws {
        let dir = try Fixtures.temporaryFolder("xxe")
        let secret = dir.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-8c1f".utf8).write(to: secret)
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY xxe SYSTEM "file://\(secret.path)">
          <!ENTITY % pe SYSTEM "file://\(secret.path)"> %pe;
        ]>
        <rss version="2.0"><channel><title>before &xxe; after</title></channel></rss>
        """
        let doc = try MarkupDocument.parseXML(Array(xml.utf8), name: "xxe.xml")
        #expect(doc.declaresExternalEntities)
        let root = try #require(doc.root)
        #expect(!root.text.contains("TOP-SECRET"))
        #expect(!root.readableText().contains("TOP-SECRET"))
        #expect(root.firstElement(named: "channel")?.firstElement(named: "title")?.readableText() == "before after")
        // A DTD referenced from outside is never fetched either.
        let external = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"file://\(secret.path)\"><rss>&xxe;</rss>"
        let d2 = try MarkupDocument.parseXML(Array(external.utf8), name: "dtd.xml")
        #expect(!(d2.root?.text.contains("TOP-SECRET") ?? true))
    }

    @Test func billionLaughsIsRefusedWithoutBlowingUpMemory() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let prev = i == 1 ? "lol" : "lol\(i - 1)"
            xml += " <!ENTITY lol\(i) \"" + String(repeating: "&\(prev);", count: 10) + "\">\n"
        }
        xml += "]>\n<rss><channel><title>&lol9;</title></channel></rss>"
        #expect(throws: EngageError.self) { _ = try MarkupDocument.parseXML(Array(xml.utf8), name: "lol.xml") }
        do {
            _ = try MarkupDocument.parseXML(Array(xml.utf8), name: "lol.xml")
        } catch let e as EngageError {
            #expect(e.code == .unsafeInput)
            #expect(e.file == "lol.xml")
        }
        // The quadratic-blowup variant: one large entity referenced many times.
        let big = String(repeating: "x", count: 100_000)
        let quad = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>"
            + String(repeating: "&a;", count: 100_000) + "</r>"
        let result = Result { try MarkupDocument.parseXML(Array(quad.utf8), name: "quad.xml") }
        switch result {
        case .failure(let error): #expect((error as? EngageError)?.code == .unsafeInput)
        case .success(let doc):
            // Entities are never substituted into the tree: the text is read from references only on demand.
            #expect(doc.root != nil)
        }
    }

    @Test func undeclaredPrefixesKeepTheirQualifiedName() throws {
        let xml = "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><atom:link href=\"x\"/><link>y</link><wp:post_id>7</wp:post_id></channel></rss>"
        let doc = try MarkupDocument.parseXML(Array(xml.utf8), name: "ns.xml")
        #expect(!doc.recovered)
        #expect(doc.issues.contains { $0.level == .error })
        let channel = try #require(doc.root?.firstElement(named: "channel"))
        let names = channel.elements.map { ($0.localName, $0.namespaceURI) }
        #expect(names[0] == ("atom:link", nil))
        #expect(names[1] == ("link", nil))
        #expect(names[2] == ("post_id", "http://wordpress.org/export/1.2/"))
        #expect(channel.elements[2].qualifiedName == "wp:post_id")
    }

    @Test func brokenCDATARecoversAndSaysSo() throws {
        let xml = "<rss><channel><item><title>t</title><description><![CDATA[a <![CDATA[ b ]]> c]]></description></item></channel></rss>"
        let doc = try MarkupDocument.parseXML(Array(xml.utf8), name: "cdata.xml")
        #expect(doc.recovered)
        #expect(doc.issues.first?.line == 1)
        #expect(doc.root?.firstElement(named: "channel")?.firstElement(named: "item")?.firstElement(named: "title")?.text == "t")
        #expect(throws: EngageError.self) { _ = try MarkupDocument.parseXML(Array(xml.utf8), name: "cdata.xml", recover: false) }
    }

    @Test func garbageIsAClearError() {
        do {
            _ = try MarkupDocument.parseXML(Array("not xml at all".utf8), name: "g.txt")
            Issue.record("expected an error")
        } catch let e as EngageError {
            #expect(e.code == .malformedXML)
            #expect(e.file == "g.txt")
            #expect(e.line == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: EngageError.self) { _ = try MarkupDocument.parseXML([], name: "empty.xml") }
    }

    @Test func xpathWithNamespacesAndClassPredicate() throws {
        let xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id></entry><entry><id>2</id></entry></feed>"
        let doc = try MarkupDocument.parseXML(Array(xml.utf8), name: "a.xml")
        let root = try #require(doc.root)
        let ids = try root.xpath("//a:entry/a:id", namespaces: ["a": "http://www.w3.org/2005/Atom"]).map(\.text)
        #expect(ids == ["1", "2"])
        #expect(throws: EngageError.self) { _ = try root.xpath("//[") }
        let html = try MarkupDocument.parseHTML(Array("<ol><li class=\"comment even depth-1\">a</li><li class=\"commentary\">b</li></ol>".utf8))
        let q = try XPathQuery("//li[\(XPathQuery.hasClass("comment"))]")
        #expect(q.nodes(from: try #require(html.root)).map(\.text) == ["a"])
    }

    @Test func htmlCharsetFromMetaElseUTF8() throws {
        var latin1: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8)
        latin1 += [0xE9]
        latin1 += Array("</p></body></html>".utf8)
        #expect(try MarkupDocument.parseHTML(latin1).root?.readableText() == "café")
        let utf8 = Array("<html><body><p>café ✓</p></body></html>".utf8)
        #expect(try MarkupDocument.parseHTML(utf8).root?.readableText() == "café ✓")
    }
}
