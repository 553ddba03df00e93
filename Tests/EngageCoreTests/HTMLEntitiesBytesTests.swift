import EngageCore
import Testing

/// HTMLEntities.decode works on UTF-8 bytes: references next to multi-byte text, at the ends, and
/// malformed ones kept as written.
@Suite struct HTMLEntitiesBytesTests {
    @Test(arguments: [
        ("🚀&amp;🚀", "🚀&🚀"),
        ("é&eacute;ü&uuml;", "ééüü"),
        ("&lt;3 &gt;", "<3 >"),
        ("&#x1F680 no semicolon", "🚀 no semicolon"),
        ("&#128512;&#0;", "😀\u{FFFD}"),
        ("&amp &AMP; &amp;amp;", "&amp &AMP; &amp;"),
        ("tail &", "tail &"),
        ("&verylongnamethatisnot;", "&verylongnamethatisnot;"),
        ("&;&#;&#x;", "&;&#;&#x;"),
        ("ZWJ 👩‍💻 &quot;ok&quot;", "ZWJ 👩‍💻 \"ok\""),
    ])
    func decodes(input: String, expected: String) {
        #expect(HTMLEntities.decode(input) == expected)
    }
}
