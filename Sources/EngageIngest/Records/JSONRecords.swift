import EngageCore

/// The top-level records of a JSON feed file, in bounded memory, whatever its layout:
/// JSON Lines (one value per line: twarc pages, flattened tweets, snscrape), one top-level array
/// (v1.1 statuses, a saved list), or whole documents (a pretty-printed API response).
///
/// Each record is parsed by a pure `parse` function first and acted on afterwards, because an array
/// element that runs past the buffered bytes is parsed again once more bytes have arrived.
enum JSONRecords {
    /// How the records are laid out.
    enum Layout: String {
        /// One JSON value per line; a malformed line is reported and skipped.
        case lines = "JSON Lines"
        /// One top-level array whose elements are the records.
        case array = "JSON array"
        /// One or more whole documents (pretty-printed); a syntax error stops the file.
        case documents = "JSON document"
    }

    /// Where a record starts.
    struct Position {
        /// 1-based line (JSON Lines only).
        var line: Int?
        /// Absolute byte offset.
        var offset: Int
    }

    /// The single file of `input`, its bytes and its layout.
    ///
    /// - Throws: `malformed-json` when the file does not start with `{` or `[`.
    static func open(_ input: InputContainer) throws -> (entry: String, source: ByteSource, layout: Layout) {
        guard let entry = input.entries.first else { throw EngageError(.unreadable, "no file", file: input.path) }
        let source = input.source(entry)
        guard let layout = try layout(source) else {
            throw EngageError(.malformedJSON, "expected a JSON object or array", file: source.name, offset: 0)
        }
        return (entry, source, layout)
    }

    /// The layout of `source`, from its first line; nil when it does not start with `{` or `[`.
    static func layout(_ source: ByteSource) throws -> Layout? {
        var line = [UInt8]()
        do {
            try source.forEachChunk { chunk in
                let bytes = chunk.bindMemory(to: UInt8.self)
                if let nl = bytes.firstIndex(of: 0x0A) {
                    line.append(contentsOf: bytes[..<nl])
                    throw StopReading()
                }
                line.append(contentsOf: bytes)
                if line.count > 256 << 20 { throw StopReading() }
            }
        } catch is StopReading {}
        let trimmed = line.drop { isSpace($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard let first = trimmed.first else { return nil }
        if first == UInt8(ascii: "[") { return .array }
        guard first == UInt8(ascii: "{") else { return nil }
        let end = trimmed.reversed().drop(while: isSpace).first
        if end == UInt8(ascii: "}") { return .lines }
        return .documents
    }

    /// Calls `parse` on each record and `act` with its result.
    ///
    /// - Parameters:
    ///   - bad: receives a malformed line (JSON Lines) with its line and offset; reading goes on.
    /// - Throws: `malformed-json` for a broken array or document (offset included); what `act` throws.
    static func forEach<T>(_ source: ByteSource, layout: Layout, bad: (EngageError) -> Void,
                           parse: (inout JSONCursor) throws -> T, act: (T, Position) throws -> Void) throws {
        switch layout {
        case .lines:
            try LineReader.forEachLine(source) { line, number, offset in
                var start = 0
                if number == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { start = 3 }
                guard line[start...].contains(where: { !isSpace($0) }) else { return }
                var c = JSONCursor(bytes: line, position: start, isFinal: true, offsetBase: offset)
                let value: T
                do {
                    value = try parse(&c)
                    guard c.atEnd() else { throw c.error("the end of the line after one JSON value") }
                } catch let e as EngageError {
                    bad(EngageError(e.code, e.reason, file: source.name, offset: e.offset, line: number))
                    return
                }
                try act(value, Position(line: number, offset: offset))
            }
        case .array:
            try JSONArrayStream.read(source, prefix: .none) { cursor, offset in
                let value = try parse(&cursor)
                try act(value, Position(line: nil, offset: offset))
            }
        case .documents:
            let bytes = try source.readAll()
            try bytes.withUnsafeBufferPointer { buffer in
                var c = JSONCursor(bytes: buffer)
                c.skipWhitespace()
                if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { c.position = 3 }
                while !c.atEnd() {
                    let offset = c.offset
                    let value: T
                    do {
                        value = try parse(&c)
                    } catch let e as EngageError {
                        throw e.located(in: source.name)
                    }
                    try act(value, Position(line: nil, offset: offset))
                }
            }
        }
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    private struct StopReading: Error {}
}
