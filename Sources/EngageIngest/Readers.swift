/// The registered readers, in detection order (most specific first). Add a reader here when you add a
/// format file.
var registered: [SourceReader.Type] {
    [
        XArchiveReader.self,
        XClassicArchiveReader.self,
    ]
}
