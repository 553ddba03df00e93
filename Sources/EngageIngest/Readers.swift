/// The registered readers, in detection order (most specific first). Add a reader here when you add a
/// format file.
var registered: [SourceReader.Type] {
    [
        XArchiveReader.self,
        XClassicArchiveReader.self,
        MastodonArchiveReader.self,
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
