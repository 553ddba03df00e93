import EngageXML
import Testing

@Suite struct HTMLTextTests {
    @Test func paragraphsLineBreaksAndEntities() {
        let html = "<p>Hello <a href=\"https://a.example\">world</a> &amp; all</p><p>Line one<br>Line two</p>"
        #expect(HTMLText.plainText(fromHTML: html) == "Hello world & all\n\nLine one\nLine two")
    }

    @Test func whitespaceCollapsesExceptInPre() {
        let html = "<div>  a \n\t b  </div><pre>x  y\n  z</pre><p>c</p>"
        #expect(HTMLText.plainText(fromHTML: html) == "a b\n\nx  y\n  z\n\nc")
    }

    @Test func scriptsStylesAndFormsAreDropped() {
        let html = "<p>Keep</p><script>var x = '<p>no</p>';</script><style>p{}</style><template>t</template><button>Send</button>"
        #expect(HTMLText.plainText(fromHTML: html) == "Keep")
    }

    @Test func plainTextWithoutMarkupIsReturnedCollapsed() {
        #expect(HTMLText.plainText(fromHTML: "  just   text\n here ") == "just text here")
        #expect(HTMLText.plainText(fromHTML: "one\n\ntwo\nthree", preservingLineBreaks: true) == "one\n\ntwo\nthree")
    }

    @Test func wordpressNewlinesArePreservedOnRequest() {
        let text = "First paragraph with <strong>bold</strong>.\n\nSecond paragraph.\nSame paragraph, new line."
        #expect(HTMLText.plainText(fromHTML: text, preservingLineBreaks: true)
            == "First paragraph with bold.\n\nSecond paragraph.\nSame paragraph, new line.")
        #expect(HTMLText.plainText(fromHTML: text)
            == "First paragraph with bold. Second paragraph. Same paragraph, new line.")
    }

    @Test func mastodonContentReadsWholeLinksAndMentions() {
        let html = """
        <p><span class="h-card"><a href="https://social.example/@dana" class="u-url mention">@<span>dana</span></a></span> see <a href="https://blog.example.com/2023/09/five-things-we-learned/" rel="nofollow noopener noreferrer" target="_blank"><span class="invisible">https://</span><span class="ellipsis">blog.example.com/2023/09/five-t</span><span class="invisible">hings-we-learned/</span></a> <a href="https://social.example/tags/release" class="mention hashtag" rel="tag">#<span>release</span></a></p>
        """
        let f = HTMLText.extract(fromHTML: html)
        #expect(f.text == "@dana see https://blog.example.com/2023/09/five-things-we-learned/ #release")
        #expect(f.links.count == 3)
        #expect(f.links[0] == HTMLLink(href: "https://social.example/@dana", text: "@dana", rel: [], classes: ["u-url", "mention"]))
        #expect(f.links[1].rel == ["nofollow", "noopener", "noreferrer"])
        #expect(f.links[2].classes == ["mention", "hashtag"])
        #expect(HTMLText.links(fromHTML: html).map(\.text) == ["@dana", "https://blog.example.com/2023/09/five-things-we-learned/", "#release"])
    }

    @Test func emojiImagesKeepTheirAltOtherImagesAreListed() {
        let html = "<p>Great <img class=\"wp-smiley emoji\" alt=\"😀\" src=\"s.png\"> post<img src=\"photo.jpg\" alt=\"A photo\"></p>"
        let f = HTMLText.extract(fromHTML: html)
        #expect(f.text == "Great 😀 post")
        #expect(f.images.map(\.src) == ["s.png", "photo.jpg"])
    }

    @Test func listsAndTables() {
        let html = "<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
        #expect(HTMLText.plainText(fromHTML: html) == "one\ntwo\n\na b\nc")
    }

    @Test func brokenMarkupNeverFails() {
        #expect(HTMLText.plainText(fromHTML: "<p>unclosed <b>bold <i>it") == "unclosed bold it")
        #expect(HTMLText.plainText(fromHTML: "</div></p>text<") == "text<")
        #expect(HTMLText.plainText(fromHTML: "") == "")
        #expect(HTMLText.plainText(fromHTML: "&#8217;&laquo;&nbsp;x") == "’« x")
    }

    @Test func deepNestingReadsAndHostileNestingDoesNotCrash() {
        let deep = String(repeating: "<div><span>", count: 100) + "deep" + String(repeating: "</span></div>", count: 100)
        #expect(HTMLText.plainText(fromHTML: deep) == "deep")
        // libxml2 stops building the tree at depth 256 (its guard against hostile input); what lies deeper
        // is not read, and nothing crashes.
        let hostile = "<p>before</p>" + String(repeating: "<div><span>", count: 20_000) + "deep"
        #expect(HTMLText.plainText(fromHTML: hostile).hasPrefix("before"))
    }

    @Test func nonBreakingSpacesReadAsSpaces() {
        #expect(HTMLText.plainText(fromHTML: "<p>a&nbsp;&nbsp;b</p>") == "a b")
    }
}
