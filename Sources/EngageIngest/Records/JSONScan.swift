import EngageCore

/// Loops over JSON containers with ``JSONCursor`` for the feed readers: the members of an object and
/// the object elements of an array, tolerating `null` and values of an unexpected type (skipped).
enum JSONScan {
    /// Calls `body` with each member of the object at the cursor; `body` reads the value and returns
    /// true, or returns false to have it skipped. `null` and non-objects are skipped whole.
    static func members(_ c: inout JSONCursor, _ body: (inout JSONCursor, JSONKey) throws -> Bool) throws {
        guard try c.peek() == UInt8(ascii: "{") else {
            try c.skipValue()
            return
        }
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if try !body(&c, k) { try c.skipValue() }
        }
    }

    /// Calls `body` on each object element of the array at the cursor; other elements, `null` and
    /// non-arrays are skipped.
    static func objects(_ c: inout JSONCursor, _ body: (inout JSONCursor) throws -> Void) throws {
        guard try c.peek() == UInt8(ascii: "[") else {
            try c.skipValue()
            return
        }
        var a = try c.beginArray()
        while try c.nextElement(&a) {
            if try c.peek() == UInt8(ascii: "{") { try body(&c) } else { try c.skipValue() }
        }
    }

    /// Like ``objects(_:_:)`` for an array of objects, or a single object, at the cursor.
    static func objectOrObjects(_ c: inout JSONCursor, _ body: (inout JSONCursor) throws -> Void) throws {
        if try c.peek() == UInt8(ascii: "{") { try body(&c) } else { try objects(&c, body) }
    }
}
