/// Streams the elements of one top-level JSON array, optionally behind a JavaScript assignment prefix
/// (`window.YTD.tweets.part0 = [ … ]`, `Grailbird.data.tweets_2015_04 = [ … ]`), in bounded memory.
///
/// Bytes arrive in chunks from a ``ByteSource``; each complete element is handed to the caller's
/// handler as a ``JSONCursor`` positioned on it. The handler must read exactly one value; it may be
/// called again for the same element when the element ran past the end of the buffered bytes (it
/// should have no side effects before it returns).
public struct JSONArrayStream {
    /// What precedes the array.
    public enum Prefix: Sendable {
        /// The array starts the file.
        case none
        /// Everything up to and including the first `=` is a JavaScript assignment (X archives).
        case assignment
        /// Either: an assignment when the first non-blank byte is not `[` or `{`.
        case optionalAssignment
    }

    /// Streams `source`, calling `element` with each element and its absolute byte offset. Returns the
    /// assignment target (`window.YTD.tweets.part0`) when there was a prefix.
    ///
    /// - Throws: ``EngageError`` `unknown-prefix` when a required assignment is missing,
    ///   `malformed-json` with the byte offset for anything else.
    @discardableResult
    public static func read(_ source: ByteSource, prefix: Prefix = .none, bufferSize: Int = 4 << 20,
                            element: (inout JSONCursor, Int) throws -> Void) throws -> String? {
        var state = State(prefix: prefix, name: source.name)
        var buffer = [UInt8]()
        buffer.reserveCapacity(bufferSize)
        var consumedBase = 0  // absolute offset of buffer[0]
        try source.forEachChunk { chunk in
            buffer.append(contentsOf: chunk)
            if buffer.count < bufferSize / 2 { return }
            let used = try state.process(buffer, base: consumedBase, isFinal: false, element: element)
            if used > 0 {
                buffer.removeFirst(used)
                consumedBase += used
            }
        }
        let used = try state.process(buffer, base: consumedBase, isFinal: true, element: element)
        _ = used
        guard state.phase == .done || state.phase == .trailer else {
            let at = consumedBase + buffer.count
            switch state.phase {
            case .prefix:
                throw EngageError(.unknownPrefix, "expected a JavaScript assignment `<name> = ` before the data",
                                  file: source.name, offset: 0)
            default:
                throw EngageError(.malformedJSON, "unexpected end of file inside the array (truncated?)",
                                  file: source.name, offset: at)
            }
        }
        return state.assignment
    }

    enum Phase { case prefix, open, elements, trailer, done }

    struct State {
        var phase: Phase
        let prefix: Prefix
        let name: String
        var assignment: String?
        var array = JSONCursor.Container()

        init(prefix: Prefix, name: String) {
            self.prefix = prefix
            self.name = name
            self.phase = prefix == .none ? .open : .prefix
        }

        /// Processes as much of `buffer` as possible; returns how many leading bytes may be dropped.
        mutating func process(_ buffer: [UInt8], base: Int, isFinal: Bool,
                              element: (inout JSONCursor, Int) throws -> Void) throws -> Int {
            try buffer.withUnsafeBufferPointer { bytes in
                var c = JSONCursor(bytes: bytes, isFinal: isFinal, offsetBase: base)
                var keep = 0
                var keptArray = array
                do {
                    if phase == .prefix {
                        // A UTF-8 byte order mark (a file saved again by an editor) may come first.
                        if base == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { c.position = 3 }
                        c.skipWhitespace()
                        if c.position < bytes.count, prefix == .optionalAssignment,
                           bytes[c.position] == UInt8(ascii: "[") || bytes[c.position] == UInt8(ascii: "{") {
                            phase = .open
                        } else if let eq = bytes.firstIndex(of: UInt8(ascii: "=")), eq < 4096 {
                            let lhs = String(decoding: UnsafeBufferPointer(rebasing: bytes[c.position..<eq]), as: UTF8.self)
                                .trimmingCharacters(in: .whitespacesAndNewlines)
                            guard Self.isAssignmentTarget(lhs) else {
                                throw EngageError(.unknownPrefix,
                                                  "expected a JavaScript assignment `<name> = ` before the data, found `\(lhs.prefix(40))`",
                                                  file: name, offset: base + c.position)
                            }
                            assignment = lhs.hasPrefix("var ") ? String(lhs.dropFirst(4)).trimmingCharacters(in: .whitespaces) : lhs
                            c.position = eq + 1
                            phase = .open
                        } else if isFinal || bytes.count >= 4096 {
                            throw EngageError(.unknownPrefix,
                                              "expected a JavaScript assignment `<name> = ` in the first 4096 bytes",
                                              file: name, offset: base)
                        } else {
                            return 0
                        }
                    }
                    keep = c.position
                    if phase == .open {
                        array = try c.beginArray()
                        phase = .elements
                    }
                    while phase == .elements {
                        keep = c.position
                        keptArray = array
                        guard try c.nextElement(&array) else {
                            phase = .trailer
                            break
                        }
                        c.skipWhitespace()
                        if c.position >= bytes.count {
                            if isFinal { throw c.error("an array element") }
                            array = keptArray
                            return keep
                        }
                        let start = c.position
                        try element(&c, base + start)
                        keep = c.position
                    }
                    if phase == .trailer {
                        // Tolerate whitespace and a trailing `;` only.
                        c.skipWhitespace()
                        while c.position < bytes.count, bytes[c.position] == UInt8(ascii: ";") {
                            c.position += 1
                            c.skipWhitespace()
                        }
                        if c.position < bytes.count {
                            throw EngageError(.malformedJSON, "unexpected data after the closing ']'",
                                              file: name, offset: base + c.position)
                        }
                        if isFinal { phase = .done }
                        return c.position
                    }
                    return c.position
                } catch is JSONCursor.NeedMoreInput {
                    array = keptArray
                    return keep
                } catch let e as EngageError {
                    throw e.file == nil ? EngageError(e.code, e.reason, file: name, offset: e.offset, line: e.line) : e
                }
            }
        }

        static func isAssignmentTarget(_ s: String) -> Bool {
            var t = Substring(s)
            if t.hasPrefix("var ") { t = t.dropFirst(4) }
            t = t.drop(while: { $0 == " " })
            guard !t.isEmpty else { return false }
            return t.unicodeScalars.allSatisfy {
                ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_" || $0 == "." || $0 == "$"
            }
        }
    }
}
