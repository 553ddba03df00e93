import EngageCore

/// One item of a Mastodon export's `outbox.json`: `Create` (a Note or Question) or `Announce` (a
/// boost, whose `object` is the boosted status's URI).
struct MastodonActivity {
    var id: String?
    var type: String?
    var actor: String?
    var published: String?
    var to: [String] = []
    var cc: [String] = []
    /// The created object.
    var note: MastodonNote?
    /// The object as a URI (boosts; deletions).
    var objectURI: String?

    /// Reads one activity.
    static func parse(_ c: inout JSONCursor) throws -> MastodonActivity {
        var a = MastodonActivity()
        try JSONScan.members(&c) { c, k in
            if k == "id" { a.id = try c.readScalarText() }
            else if k == "type" { a.type = try c.readScalarText() }
            else if k == "actor" { a.actor = try readIdOrString(&c) }
            else if k == "published" { a.published = try c.readScalarText() }
            else if k == "to" { a.to = try readAudience(&c) }
            else if k == "cc" { a.cc = try readAudience(&c) }
            else if k == "object" {
                if try c.peek() == UInt8(ascii: "{") { a.note = try MastodonNote.parse(&c) } else { a.objectURI = try c.readScalarText() }
            } else { return false }
            return true
        }
        return a
    }

    /// A string, or an object's `id`/`href` (ActivityPub allows both); nil for null.
    static func readIdOrString(_ c: inout JSONCursor) throws -> String? {
        switch try c.peek() {
        case UInt8(ascii: "{"):
            var found: String?
            try JSONScan.members(&c) { c, k in
                guard k == "id" || k == "href" else { return false }
                let v = try c.readScalarText()
                if found == nil { found = v }
                return true
            }
            return found
        case UInt8(ascii: "["):
            var first: String?
            var a = try c.beginArray()
            while try c.nextElement(&a) {
                let v = try readIdOrString(&c)
                if first == nil { first = v }
            }
            return first
        default:
            return try c.readScalarText()
        }
    }

    /// `to`/`cc`: a string or an array of strings.
    static func readAudience(_ c: inout JSONCursor) throws -> [String] {
        if try c.peek() == UInt8(ascii: "[") {
            var out: [String] = []
            var a = try c.beginArray()
            while try c.nextElement(&a) { if let s = try readIdOrString(&c) { out.append(s) } }
            return out
        }
        return try readIdOrString(&c).map { [$0] } ?? []
    }
}
