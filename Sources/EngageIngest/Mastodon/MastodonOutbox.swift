import EngageCore

/// A Mastodon export's `outbox.json`: `{"@context", "id", "type": "OrderedCollection", "totalItems",
/// "orderedItems": […]}`.
///
/// A real streamed export writes `orderedItems` twice, first `[]` and then every item (FORMATS.md
/// §4.1): the last non-empty one is used. `totalItems` is a hint only.
struct MastodonOutbox {
    /// The activities with the byte offset of each.
    var activities: [(activity: MastodonActivity, offset: Int)] = []
    /// `totalItems` as stated.
    var totalItems: Int?
    /// How many `orderedItems` keys the file has.
    var orderedItemsKeys = 0
    /// Items that are not objects (bare URIs).
    var skippedItems = 0

    /// Parses the whole document.
    ///
    /// - Throws: `malformed-json` with the byte offset.
    static func parse(_ bytes: [UInt8], name: String) throws -> MastodonOutbox {
        var outbox = MastodonOutbox()
        do {
            try bytes.withUnsafeBufferPointer { buffer in
                var c = JSONCursor(bytes: buffer)
                if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { c.position = 3 }
                var o = try c.beginObject()
                while let k = try c.nextKey(&o) {
                    if k == "totalItems" {
                        outbox.totalItems = try c.readLenientInt()
                    } else if k == "orderedItems" {
                        outbox.orderedItemsKeys += 1
                        var items: [(MastodonActivity, Int)] = []
                        var skipped = 0
                        guard try c.peek() == UInt8(ascii: "[") else {
                            try c.skipValue()
                            continue
                        }
                        var a = try c.beginArray()
                        while try c.nextElement(&a) {
                            let at = c.offset
                            if try c.peek() == UInt8(ascii: "{") {
                                items.append((try MastodonActivity.parse(&c), at))
                            } else {
                                try c.skipValue()
                                skipped += 1
                            }
                        }
                        // Keep the last non-empty list.
                        if !items.isEmpty || outbox.activities.isEmpty {
                            outbox.activities = items.map { (activity: $0.0, offset: $0.1) }
                            outbox.skippedItems = skipped
                        }
                    } else {
                        try c.skipValue()
                    }
                }
                guard c.atEnd() else { throw c.error("the end of the document") }
            }
        } catch let e as EngageError {
            throw e.located(in: name)
        }
        return outbox
    }
}
