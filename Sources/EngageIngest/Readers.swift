/// The registered readers, in detection order (most specific first). Add a reader here when you add a
/// format file.
var registered: [SourceReader.Type] {
    [
        // Generic CSV last: it accepts any table whose header names post fields.
        XAnalyticsCSVReader.self,
        CSVPostsReader.self,
    ]
}
