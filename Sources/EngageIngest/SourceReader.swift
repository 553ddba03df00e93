import EngageCore

/// One input format: how to recognise it from content, and how to read it.
///
/// Each format lives in its own file and is listed once in ``SourceReaders/all``. Recognition looks
/// at content (the first bytes of files, the entries a container holds), never at a file name alone.
protocol SourceReader {
    /// The format this reader reads.
    static var format: SourceFormat { get }
    /// True when `input` is this format. Called in registry order; cheap (sniff a few KB at most).
    static func recognizes(_ input: InputContainer) -> Bool
    /// Reads every record, sending posts to `context`, and describes what was found.
    ///
    /// Throws only when nothing sensible can be read (the main file is missing or broken); a broken
    /// secondary file is reported in the returned ``SourceInfo/files`` and as a diagnostic.
    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo
}

/// The registry of readers, in detection order (most specific first).
enum SourceReaders {
    static var all: [SourceReader.Type] { registered }
}
