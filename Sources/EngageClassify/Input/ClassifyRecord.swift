import EngageCore
import Foundation

/// One input line of `engage classify --jsonl` or of a labelled JSONL set.
///
/// Posts and replies: `{"id","text"}` plus the optional fields ``PostRecord`` reads. Accounts:
/// `{"id","account":{…v1.1 user fields…}}`, or the user object itself. A `label` (or `class`) field
/// carries the gold label in labelled sets.
public struct ClassifyRecord: Sendable {
    public var id: String
    public var post: Post?
    public var parent: Post?
    public var account: Account?
    public var label: String?
    /// When the item was written (`date` or `created_at`), for date-ordered splits.
    public var date: Date?

    /// Reads one JSON line. Throws `malformed-json` (with the line and byte offset) or `invalid-record`.
    public static func read(_ line: UnsafeBufferPointer<UInt8>, kind: RuleKind, file: String, lineNumber: Int,
                            offset: Int) throws -> ClassifyRecord {
        do {
            return try kind == .account ? readAccount(line) : readPost(line, kind: kind, lineNumber: lineNumber)
        } catch let e as EngageError {
            throw EngageError(e.code, e.reason, file: file, offset: e.offset.map { $0 + offset }, line: lineNumber)
        }
    }

    /// The fast path for posts and replies: only the fields needed are decoded.
    private static func readPost(_ line: UnsafeBufferPointer<UInt8>, kind: RuleKind, lineNumber: Int) throws -> ClassifyRecord {
        var c = JSONCursor(bytes: line)
        var o = try c.beginObject()
        var id: String? = nil
        var text: String? = nil
        var label: String? = nil
        var postKind: PostKind = kind == .reply ? .reply : .original
        var urls: [String] = [], hashtags: [String] = [], mentions: [String] = []
        var byOwner: Bool? = nil
        var commentType: CommentType? = nil
        var author: String? = nil
        var parentValue: JSONValue? = nil
        var date: Date? = nil
        while let key = try c.nextKey(&o) {
            if key == "id" {
                id = try c.readScalarText()
            } else if key == "text" || key == "full_text" || key == "content" {
                text = try c.readOptionalString()
            } else if key == "label" || key == "class" {
                label = try c.readScalarText()
            } else if key == "kind" {
                postKind = try choice(&c, "kind", PostKind.init(rawValue:), "original, reply, selfReply, repost or quote")
            } else if key == "urls" {
                urls = try c.readStringArray()
            } else if key == "hashtags" {
                hashtags = try c.readStringArray()
            } else if key == "mentions" {
                mentions = try c.readStringArray()
            } else if key == "by_owner" || key == "byOwner" {
                byOwner = try c.readLenientBool()
            } else if key == "comment_type" || key == "commentType" {
                commentType = try choice(&c, "comment_type", CommentType.init(rawValue:), "comment, pingback or trackback")
            } else if key == "author" {
                author = try c.readScalarText()
            } else if key == "parent" {
                parentValue = try c.readValue()
            } else if key == "date" || key == "created_at" {
                date = try c.readScalarText().flatMap(DateParser.parse)
            } else {
                try c.skipValue()
            }
        }
        guard c.atEnd() else { throw c.error("the end of the line after the object") }
        guard let text else { throw EngageError(.invalidRecord, "a record to classify needs a \"text\" field", offset: 0) }
        let post = Post(platform: .web, id: id ?? String(lineNumber), author: author.map { AuthorRef(handle: $0) }, text: text,
                        kind: postKind, urls: urls, hashtags: hashtags, mentions: mentions, commentType: commentType,
                        byOwner: byOwner, provenance: Provenance(source: "input", line: lineNumber))
        var parent: Post? = nil
        if let p = parentValue, !p.isNull {
            parent = PostRecord.post(from: p.string != nil ? .object([("text", p)]) : p, line: lineNumber).post
        }
        return ClassifyRecord(id: id ?? String(lineNumber), post: post, parent: parent, account: nil, label: label, date: date)
    }

    /// A string field that must be one of a few names.
    private static func choice<T>(_ c: inout JSONCursor, _ field: String, _ make: (String) -> T?, _ expected: String) throws -> T {
        let text = try c.readOptionalString() ?? ""
        guard let value = make(text) else {
            throw EngageError(.invalidRecord, "\(field) '\(text)' is not \(expected)", offset: c.offset)
        }
        return value
    }

    private static func readAccount(_ line: UnsafeBufferPointer<UInt8>) throws -> ClassifyRecord {
        let v = try JSONValue.parse(line)
        guard case .object = v else { throw EngageError(.invalidRecord, "expected a JSON object", offset: 0) }
        let user = v["account"] ?? v["user"] ?? v
        guard case .object = user else {
            throw EngageError(.invalidRecord, "\"account\" must be an object of user fields", offset: 0)
        }
        let account = AccountRecord.account(from: user)
        let id = v["id"]?.string ?? account.id ?? account.handle ?? ""
        return ClassifyRecord(id: id, post: nil, parent: nil, account: account,
                              label: (v["label"] ?? v["class"])?.string, date: v["date"]?.string.flatMap(DateParser.parse))
    }
}
