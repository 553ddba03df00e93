/// A streaming RFC 4180 CSV reader: quoted fields with `""`, raw newlines and bare `\r` inside quotes,
/// `\n` or `\r\n` row ends, rows of uneven length. Rows come with their 1-based row number (the header
/// is row 1) and the byte offset where they start.
public enum CSVReader {
    /// How the bytes are decoded.
    public enum Encoding: Sendable {
        /// UTF-8 (invalid sequences become U+FFFD).
        case utf8
        /// ISO-8859-1: every byte is the code point of the same value.
        case latin1
        /// UTF-8 when the whole input is valid UTF-8 (a first pass checks), else ISO-8859-1.
        case auto
    }

    /// Which encoding `.auto` picks for `source`: UTF-8 if every byte sequence is valid UTF-8.
    public static func detectEncoding(_ source: ByteSource) throws -> Encoding {
        var validator = UTF8Validator()
        try source.forEachChunk { chunk in
            if validator.valid { validator.feed(chunk.bindMemory(to: UInt8.self)) }
        }
        return validator.valid && validator.pending == 0 ? .utf8 : .latin1
    }

    /// Calls `row` with each record's fields, row number and byte offset. A leading UTF-8 BOM is
    /// skipped. Throws `malformed-csv` when a quoted field never closes.
    ///
    /// - Returns: The encoding actually used.
    @discardableResult
    public static func read(_ source: ByteSource, delimiter: UInt8 = UInt8(ascii: ","), encoding: Encoding = .auto,
                            row: ([String], _ number: Int, _ offset: Int) throws -> Void) throws -> Encoding {
        let enc = encoding == .auto ? try detectEncoding(source) : encoding
        var fields: [String] = []
        var field = [UInt8]()
        var inQuotes = false
        var quoteJustClosed = false
        var rowNumber = 1
        var rowOffset = 0
        var quoteOffset = 0
        var absolute = 0
        var first = true
        var fieldStarted = false
        var rowHasContent = false

        func decode(_ bytes: [UInt8]) -> String {
            switch enc {
            case .latin1: return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            default: return String(decoding: bytes, as: UTF8.self)
            }
        }

        func endField() {
            fields.append(decode(field))
            field.removeAll(keepingCapacity: true)
            quoteJustClosed = false
            fieldStarted = false
        }

        func endRow(_ next: Int) throws {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty && !rowHasContent) {
                try row(fields, rowNumber, rowOffset)
                rowNumber += 1
            }
            fields.removeAll(keepingCapacity: true)
            rowOffset = next
            rowHasContent = false
        }

        var pendingCR = false
        try source.forEachChunk { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            if first {
                first = false
                if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                    i = 3
                    rowOffset = 3
                }
            }
            while i < bytes.count {
                let c = bytes[i]
                let at = absolute + i
                i += 1
                if pendingCR {
                    pendingCR = false
                    if c == 0x0A {
                        rowOffset = at + 1
                        continue
                    }
                }
                if inQuotes {
                    if c == 0x22 {
                        inQuotes = false
                        quoteJustClosed = true
                    } else {
                        field.append(c)
                    }
                    continue
                }
                switch c {
                case 0x22:
                    if quoteJustClosed {
                        field.append(0x22)  // "" inside a quoted field
                        inQuotes = true
                        quoteJustClosed = false
                    } else if !fieldStarted {
                        inQuotes = true
                        fieldStarted = true
                        rowHasContent = true
                        quoteOffset = at
                    } else {
                        field.append(c)  // a stray quote inside an unquoted field: keep it
                    }
                case delimiter:
                    rowHasContent = true
                    endField()
                case 0x0A:
                    try endRow(at + 1)
                case 0x0D:
                    try endRow(at + 1)
                    pendingCR = true
                default:
                    quoteJustClosed = false
                    fieldStarted = true
                    rowHasContent = true
                    field.append(c)
                }
            }
            absolute += bytes.count
        }
        if inQuotes {
            throw EngageError(.malformedCSV, "a quoted field never closes: expected '\"' before the end of the file",
                              file: source.name, offset: quoteOffset, line: rowNumber)
        }
        if fieldStarted || !fields.isEmpty || !field.isEmpty || quoteJustClosed { try endRow(absolute) }
        return enc
    }
}

/// Incremental UTF-8 validity check.
struct UTF8Validator {
    var valid = true
    var pending = 0  // continuation bytes still expected

    mutating func feed(_ b: UnsafeBufferPointer<UInt8>) {
        for c in b {
            if pending > 0 {
                guard c & 0xC0 == 0x80 else {
                    valid = false
                    return
                }
                pending -= 1
            } else if c < 0x80 {
                continue
            } else if c & 0xE0 == 0xC0, c >= 0xC2 {
                pending = 1
            } else if c & 0xF0 == 0xE0 {
                pending = 2
            } else if c & 0xF8 == 0xF0, c <= 0xF4 {
                pending = 3
            } else {
                valid = false
                return
            }
        }
    }
}
