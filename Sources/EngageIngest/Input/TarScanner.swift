import EngageCore
import Foundation

/// Reads tar headers from a stream of bytes: entry names, sizes, offsets and dates, keeping the
/// contents of small data files.
struct TarScanner {
    /// Data files at most this large are kept in memory while scanning.
    static let cacheEntryLimit = 64 << 20
    /// At most this many bytes are kept in all.
    static let cacheTotalLimit = 512 << 20

    let name: String
    private(set) var table: [String: TarInput.Entry] = [:]
    private(set) var cache: [String: [UInt8]] = [:]
    private var cached = 0

    private var position = 0  // absolute offset of the next byte fed
    private var header = [UInt8]()
    private var state = State.header
    private var zeroBlocks = 0
    private var pendingName: String?  // from a GNU `L` or pax `path`
    private var pendingSize: Int?  // from a pax `size`
    private var metadata = [UInt8]()

    private enum State {
        case header
        /// Inside an entry's data: bytes left, padding after, what to do with the bytes.
        case data(remaining: Int, padding: Int, sink: Sink)
        case padding(Int)
        case end
    }

    private enum Sink {
        case skip
        case keep(String)
        case longName
        case pax
    }

    init(name: String) {
        self.name = name
    }

    mutating func feed(_ chunk: UnsafeRawBufferPointer) throws {
        var i = 0
        let bytes = chunk.bindMemory(to: UInt8.self)
        while i < bytes.count {
            switch state {
            case .end:
                position += bytes.count - i
                return
            case .header:
                let take = min(512 - header.count, bytes.count - i)
                header.append(contentsOf: bytes[i..<(i + take)])
                i += take
                position += take
                if header.count == 512 {
                    try parseHeader()
                    header.removeAll(keepingCapacity: true)
                }
            case let .padding(n):
                let take = min(n, bytes.count - i)
                i += take
                position += take
                state = n - take > 0 ? .padding(n - take) : .header
            case let .data(remaining, padding, sink):
                let take = min(remaining, bytes.count - i)
                let slice = bytes[i..<(i + take)]
                switch sink {
                case .skip: break
                case .keep(let entry): cache[entry, default: []].append(contentsOf: slice)
                case .longName, .pax: metadata.append(contentsOf: slice)
                }
                i += take
                position += take
                if remaining - take > 0 {
                    state = .data(remaining: remaining - take, padding: padding, sink: sink)
                } else {
                    finishData(sink)
                    state = padding > 0 ? .padding(padding) : .header
                }
            }
        }
    }

    mutating func finish() throws {
        switch state {
        case .end: return
        case .header where header.isEmpty && (zeroBlocks > 0 || !table.isEmpty):
            return  // some writers omit the two closing zero blocks
        case .header where header.isEmpty && position == 0:
            throw EngageError(.badArchive, "the archive is empty: expected tar headers", file: name, offset: 0)
        default:
            throw EngageError(.badArchive, "truncated tar archive: expected more data at byte \(position)",
                              file: name, offset: position)
        }
    }

    private mutating func finishData(_ sink: Sink) {
        switch sink {
        case .longName:
            pendingName = String(decoding: metadata.prefix { $0 != 0 }, as: UTF8.self)
        case .pax:
            // Records: "<length> <key>=<value>\n".
            for line in String(decoding: metadata, as: UTF8.self).split(separator: "\n") {
                guard let space = line.firstIndex(of: " ") else { continue }
                let kv = line[line.index(after: space)...]
                guard let eq = kv.firstIndex(of: "=") else { continue }
                let key = kv[..<eq]
                let value = String(kv[kv.index(after: eq)...])
                if key == "path" { pendingName = value }
                if key == "size" { pendingSize = Int(value) }
            }
        default: break
        }
        metadata.removeAll()
    }

    private mutating func parseHeader() throws {
        let at = position - 512
        if header.allSatisfy({ $0 == 0 }) {
            zeroBlocks += 1
            if zeroBlocks >= 2 { state = .end }
            return
        }
        zeroBlocks = 0
        guard Self.checksumMatches(header[0..<512]) else {
            throw EngageError(.badArchive, "corrupt tar header: the checksum does not match", file: name, offset: at)
        }
        let type = header[156]
        guard var size = Self.number(header[124..<136]) else {
            throw EngageError(.badArchive, "corrupt tar header: unreadable size", file: name, offset: at)
        }
        if let s = pendingSize, type != UInt8(ascii: "x"), type != UInt8(ascii: "g") { size = s }
        var entryName = Self.string(header[0..<100])
        if header[257..<262].elementsEqual("ustar".utf8) {
            let prefix = Self.string(header[345..<500])
            if !prefix.isEmpty { entryName = prefix + "/" + entryName }
        }
        let padding = (512 - size % 512) % 512
        var sink = Sink.skip
        switch type {
        case UInt8(ascii: "L"):
            sink = .longName
        case UInt8(ascii: "x"):
            sink = .pax
        case UInt8(ascii: "g"):
            sink = .skip
        case 0, UInt8(ascii: "0"), UInt8(ascii: "7"):
            if let long = pendingName { entryName = long }
            pendingName = nil
            pendingSize = nil
            while entryName.hasPrefix("./") { entryName.removeFirst(2) }
            if !entryName.isEmpty, !entryName.hasSuffix("/") {
                let modified = Self.number(header[136..<148]).flatMap { DateParser.unixSeconds(Double($0)) }
                table[entryName] = TarInput.Entry(offset: position, size: size, modified: modified)
                if Self.isDataFile(entryName), size <= Self.cacheEntryLimit, cached + size <= Self.cacheTotalLimit {
                    cached += size
                    cache[entryName] = []
                    cache[entryName]?.reserveCapacity(size)
                    sink = .keep(entryName)
                }
            }
        default:
            // Directories, links, devices: nothing to read.
            pendingName = nil
            pendingSize = nil
        }
        state = size > 0 ? .data(remaining: size, padding: padding, sink: sink) : .header
    }

    static func isDataFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".json", ".jsonl", ".js", ".csv", ".html", ".htm", ".xml", ".txt", ".atom"].contains { lower.hasSuffix($0) }
    }

    static func checksumMatches(_ block: ArraySlice<UInt8>) -> Bool {
        let b = Array(block)
        guard b.count == 512, let stated = number(b[148..<156][...]) else { return false }
        var sum = 0
        for (k, c) in b.enumerated() { sum += (148..<156).contains(k) ? 32 : Int(c) }
        return sum == stated
    }

    /// An octal field (NUL/space padded), or GNU base-256 when the high bit is set.
    static func number(_ field: ArraySlice<UInt8>) -> Int? {
        guard let first = field.first else { return nil }
        if first & 0x80 != 0 {
            var v = 0
            for (k, c) in field.enumerated() {
                let byte = k == 0 ? Int(c & 0x7F) : Int(c)
                guard v < Int.max >> 9 else { return nil }
                v = v << 8 | byte
            }
            return v
        }
        var v = 0
        var digits = 0
        for c in field {
            if c == 0 || c == 0x20 {
                if digits > 0 { break } else { continue }
            }
            guard c >= 48, c <= 55 else { return nil }
            v = v * 8 + Int(c - 48)
            digits += 1
        }
        return v
    }

    static func string(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }
}
