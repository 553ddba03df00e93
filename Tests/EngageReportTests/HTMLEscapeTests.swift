import EngageReport
import Testing

@Suite struct HTMLEscapeTests {
    @Test func escapesMarkupAndQuotes() {
        #expect(HTMLEscape.text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLEscape.text("\"><img src=x onerror='a'>") == "&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;")
        #expect(HTMLEscape.text("a & b") == "a &amp; b")
        #expect(HTMLEscape.text("]]></style>") == "]]&gt;&lt;/style&gt;")
        #expect(HTMLEscape.text("bell\u{07}esc\u{1B}[31m") == "bellesc[31m")
        #expect(HTMLEscape.text("émoji 🌱") == "émoji 🌱")
    }

    @Test(arguments: ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil.example/x",
                      "/relative", "http://", "https://ok.example/\"onmouseover=x", "https://a b.example", "ftp://x.example/"])
    func onlyHTTPLinksBecomeHrefs(_ url: String) {
        #expect(HTMLEscape.safeURL(url) == nil)
        #expect(!HTMLEscape.link("t", url).contains("href"))
    }

    @Test func httpLinksAreEscaped() {
        #expect(HTMLEscape.safeURL("https://example.com/a?b=1&c=<2>") == nil)
        #expect(HTMLEscape.safeURL("https://example.com/a?b=1&c=2") == "https://example.com/a?b=1&amp;c=2")
        #expect(HTMLEscape.link("x<y", "http://example.com/") ==
                "<a href=\"http://example.com/\" rel=\"noopener noreferrer nofollow\">x&lt;y</a>")
    }
}
