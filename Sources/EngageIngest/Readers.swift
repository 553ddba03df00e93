/// The registered readers, in detection order (most specific first). Add a reader here when you add a
/// format file.
var registered: [SourceReader.Type] {
    [
        WordPressWXRReader.self,
        BloggerTakeoutReader.self,
        BloggerClassicReader.self,
        GhostReader.self,
        MediumReader.self,
        DisqusReader.self,
        RSSFeedReader.self,
        AtomFeedReader.self,
        SavedPageReader.self,
    ]
}
