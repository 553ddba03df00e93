import Foundation
import CLibXML2

/// A problem libxml2 reported while parsing: kept as a value, never printed.
public struct MarkupIssue: Sendable, Hashable, CustomStringConvertible {
    /// How serious libxml2 considered it.
    public enum Level: Int, Sendable, Hashable, Comparable {
        /// A warning: the document is still well-formed.
        case warning = 1
        /// An error the parser continues after (a namespace error such as an undeclared prefix).
        case error = 2
        /// A well-formedness error: without recover mode the parse would stop here.
        case fatal = 3

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// Warning, error or fatal.
    public var level: Level
    /// libxml2's error code (`xmlParserErrors`), stable across releases.
    public var code: Int
    /// libxml2's message, one line.
    public var message: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?

    /// Creates an issue.
    public init(level: Level, code: Int, message: String, line: Int? = nil, column: Int? = nil) {
        self.level = level
        self.code = code
        self.message = message
        self.line = line
        self.column = column
    }

    /// True for an entity reference loop or an entity expansion beyond libxml2's limits (a
    /// "billion laughs" document).
    public var isEntityBomb: Bool { code == Int(XML_ERR_ENTITY_LOOP.rawValue) }

    /// `line 12: Sequence ']]>' not allowed in content`.
    public var description: String {
        (line.map { "line \($0): " } ?? "") + message
    }
}

/// Collects the structured errors of one parse. Its address is handed to libxml2 as user data; the
/// owner keeps it alive for as long as the parser context lives.
final class IssueCollector {
    /// The first issues, in order (bounded: a broken 1 GB file must not fill memory with messages).
    private(set) var issues: [MarkupIssue] = []
    /// Every issue counted, including those not kept.
    private(set) var count = 0
    /// The most severe level seen.
    private(set) var worst: MarkupIssue.Level?
    /// True once an entity loop / amplification was reported.
    private(set) var sawEntityBomb = false
    static let keep = 50

    func add(_ e: UnsafePointer<xmlError>) {
        let level: MarkupIssue.Level
        switch e.pointee.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_ERROR: level = .error
        case XML_ERR_FATAL: level = .fatal
        default: return
        }
        count += 1
        if worst.map({ level > $0 }) ?? true { worst = level }
        let issue = MarkupIssue(level: level, code: Int(e.pointee.code),
                                message: e.pointee.message.map { Self.oneLine(String(cString: $0)) } ?? "error",
                                line: e.pointee.line > 0 ? Int(e.pointee.line) : nil,
                                column: e.pointee.int2 > 0 ? Int(e.pointee.int2) : nil)
        if issue.isEntityBomb { sawEntityBomb = true }
        if issues.count < Self.keep { issues.append(issue) }
    }

    static func oneLine(_ s: String) -> String {
        var t = s
        while let last = t.last, last.isNewline || last == " " { t.removeLast() }
        return t.replacingOccurrences(of: "\n", with: " ")
    }

    /// The C callback for parser contexts, whose user data is the context itself: the collector is in
    /// the context's `_private`.
    static let contextHandler: xmlStructuredErrorFunc = { data, error in
        guard let data, let error else { return }
        let ctxt = data.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let priv = ctxt.pointee._private else { return }
        Unmanaged<IssueCollector>.fromOpaque(priv).takeUnretainedValue().add(error)
    }

    /// The C callback for text readers, whose user data is the collector.
    static let readerHandler: xmlStructuredErrorFunc = { data, error in
        guard let data, let error else { return }
        Unmanaged<IssueCollector>.fromOpaque(data).takeUnretainedValue().add(error)
    }
}
