import EngageCore
import Foundation

/// The first row of a CSV file and its delimiter, read from the file's first bytes for detection.
struct CSVHeader {
    /// `,`, `;` or tab.
    let delimiter: UInt8
    /// The column names.
    let names: [String]

    /// Reads the header of `entry`, or nil when the file does not start like a CSV table (JSON, XML,
    /// HTML, a single column).
    init?(_ input: InputContainer, entry: String) {
        let head = input.sniff(entry, count: 64 << 10)
        guard let first = head.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
              first != UInt8(ascii: "{"), first != UInt8(ascii: "["), first != UInt8(ascii: "<") else { return nil }
        guard !head.contains(0) else { return nil }  // binary
        let delimiter = Self.delimiter(head)
        var names: [String]?
        do {
            try CSVReader.read(MemoryByteSource(name: entry, bytes: head), delimiter: delimiter, encoding: .utf8) { fields, _, _ in
                names = fields
                throw StopAfterHeader()
            }
        } catch {}
        guard let names, names.count >= 2, names.allSatisfy({ $0.count <= 200 }) else { return nil }
        self.delimiter = delimiter
        self.names = names
    }

    /// The delimiter of the first line: the most frequent of `,`, `;` and tab outside quotes.
    static func delimiter(_ head: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var inQuotes = false
        for c in head {
            if c == 0x22 { inQuotes.toggle() }
            if !inQuotes, c == 0x0A { break }
            if !inQuotes, counts[c] != nil { counts[c]! += 1 }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!
        return best.value > 0 ? best.key : UInt8(ascii: ",")
    }

    /// True for X Analytics' tweet-activity export (`"Tweet id","Tweet permalink","Tweet text","time",…`).
    var isXAnalytics: Bool {
        let n = Set(names.map(CSVColumns.normalise))
        return n.contains("tweetid") && n.contains("tweetpermalink") && n.contains("tweettext")
            && n.contains("impressions")
    }

    /// True when the header names a text column, or at least two post fields, or the file is named
    /// `.csv`/`.tsv` (a supporting hint only: the content must still be a table).
    func looksLikePosts(entry: String) -> Bool {
        let fields = names.compactMap { CSVColumns.detectField($0)?.0 }
        if fields.contains(.text) || Set(fields).count >= 2 { return true }
        let lower = entry.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
    }
}

/// Stops the CSV reader after the header row.
private struct StopAfterHeader: Error {}
