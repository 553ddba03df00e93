/// The registered readers, in detection order (most specific first). Add a reader here when you add a
/// format file.
var registered: [SourceReader.Type] {
    [
        // Archives and exports (folders, zips, their characteristic files).
        XArchiveReader.self,
        XClassicArchiveReader.self,
        MastodonArchiveReader.self,
        // Blog exports, feeds and saved pages (XML/HTML/JSON recognised by their content).
        WordPressWXRReader.self,
        BloggerTakeoutReader.self,
        BloggerClassicReader.self,
        GhostReader.self,
        MediumReader.self,
        DisqusReader.self,
        RSSFeedReader.self,
        AtomFeedReader.self,
        SavedPageReader.self,
        // API and scraper JSON (single files, recognised by their first record's keys).
        MastodonAPIReader.self,
        SnscrapeReader.self,
        XAPIv2Reader.self,
        XAPIv1Reader.self,
        // Generic CSV last: it accepts any table whose header names post fields.
        XAnalyticsCSVReader.self,
        CSVPostsReader.self,
    ]
}
