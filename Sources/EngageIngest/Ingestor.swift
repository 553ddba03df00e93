import EngageCore

/// The ingestion stage's entry point: opens each path, detects its format from content, and streams
/// normalised posts to a consumer.
///
/// ```swift
/// let summary = try Ingestor().run(paths: ["archive.zip"]) { post in … }
/// ```
public struct Ingestor {
    /// The options every reader sees.
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Reads every path in order, calling `consumer` once per post (replies and comments included).
    ///
    /// - Throws: ``EngageError`` when a path is missing, unreadable, of no known format, or its main
    ///   data cannot be read. Problems in secondary files do not throw: they are in the summary.
    public func run(paths: [String], consumer: @escaping (Post) throws -> Void) throws -> IngestSummary {
        let context = IngestContext(options: options, sink: consumer)
        var sources: [SourceInfo] = []
        for path in paths {
            let input = try InputOpener.open(path)
            guard let reader = Self.detect(input) else {
                throw EngageError(.unknownFormat, Self.unknownFormatReason(input), file: path)
            }
            context.resetSourceCount()
            var info = try reader.read(input, context: context)
            info.records = context.emitted
            sources.append(info)
        }
        return IngestSummary(sources: sources, diagnostics: context.diagnostics,
                             accounts: context.accounts.keys.sorted().compactMap { context.accounts[$0] })
    }

    /// Reads every path and returns all posts in memory (for small inputs and tests).
    public func readAll(paths: [String]) throws -> (posts: [Post], summary: IngestSummary) {
        var posts: [Post] = []
        let summary = try run(paths: paths) { posts.append($0) }
        return (posts, summary)
    }

    /// The format `path` would be read as, or nil.
    public static func detectFormat(_ path: String) throws -> SourceFormat? {
        detect(try InputOpener.open(path))?.format
    }

    static func detect(_ input: InputContainer) -> SourceReader.Type? {
        SourceReaders.all.first { $0.recognizes(input) }
    }

    static func unknownFormatReason(_ input: InputContainer) -> String {
        switch input.kind {
        case .file:
            let head = input.sniff(input.entries[0], count: 64)
            let shown = String(decoding: head.prefix(40), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            if head.isEmpty { return "the file is empty: expected an archive, export, feed or page" }
            return "unknown format: expected an X/Twitter archive or tweets file, API/scraper JSON, CSV, Mastodon, "
                + "WordPress, Blogger, Ghost, Medium, Disqus, RSS/Atom or HTML; the file starts with \"\(shown)\""
        case .zip, .folder:
            if input.kind == .zip, !input.entries.isEmpty,
               !input.entries.contains(where: { $0.hasSuffix("tweets.js") || $0.hasSuffix("tweet.js") }),
               input.entries.contains(where: { $0.hasSuffix("manifest.js") || $0.hasSuffix("account.js") }) {
                return "the archive holds no tweets file: expected data/tweets.js or data/tweet.js"
            }
            return "unknown format: found \(input.entries.count) files but no X archive (data/tweets.js), classic "
                + "archive (tweets.csv), Mastodon export (outbox.json) or Medium export (posts/*.html)"
        }
    }
}

/// What one ingestion run read.
public struct IngestSummary: Sendable {
    /// One entry per path, in the order given.
    public var sources: [SourceInfo]
    /// Everything that did not stop the run but must be reported.
    public var diagnostics: [Diagnostic]
    /// Accounts the sources described (owners, reply authors), merged by platform and id.
    public var accounts: [Account]

    public init(sources: [SourceInfo], diagnostics: [Diagnostic], accounts: [Account]) {
        self.sources = sources
        self.diagnostics = diagnostics
        self.accounts = accounts
    }

    /// Files that could not be read: their records are missing.
    public var unreadFiles: [(source: String, file: FileReport)] {
        sources.flatMap { s in s.files.filter { $0.status == .failed }.map { (s.path, $0) } }
    }
}
