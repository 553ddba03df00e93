import EngageCore
import Foundation

/// The JavaScript files of a classic ("Grailbird") archive (FORMATS.md §2): month files
/// `data/js/tweets/YYYY_MM.js` (`Grailbird.data.tweets_2015_04 = [ … ]`, read as tweet objects by
/// ``XTweetObject``), and the index files `tweet_index.js`, `user_details.js`, `payload_details.js`
/// (`var user_details =  { … }`).
enum XGrailbird {
    /// True when the first bytes are a month file's assignment.
    static func isMonthFile(_ head: [UInt8]) -> Bool {
        var i = 0
        while i < head.count, head[i] == 0x20 || head[i] == 0x0A || head[i] == 0x0D || head[i] == 0x09 { i += 1 }
        return head[i...].starts(with: Array("Grailbird.data.tweets_".utf8))
    }

    /// The month files of a classic archive, oldest first.
    static func monthFiles(_ input: InputContainer) -> [String] {
        input.entries.filter { e in
            guard e.hasSuffix(".js") else { return false }
            let parts = e.split(separator: "/")
            guard parts.count >= 4, parts.count <= 5 else { return false }
            return Array(parts[(parts.count - 4)..<(parts.count - 1)]) == ["data", "js", "tweets"]
        }.sorted()
    }

    /// The owner from `user_details.js`: `{ "screen_name", "full_name", "id", "created_at", "bio" … }`.
    static func userDetails(_ value: JSONValue) -> Account? {
        guard case .object = value else { return nil }
        let a = Account(platform: .x, id: nonEmpty(value["id"]?.string), handle: nonEmpty(value["screen_name"]?.string),
                        name: nonEmpty(value["full_name"]?.string),
                        createdAt: value["created_at"]?.string.flatMap(DateParser.parse),
                        description: nonEmpty(value["bio"]?.string))
        return a.id == nil && a.handle == nil ? nil : a
    }

    /// `tweet_index.js`: the month files the archive should hold, with their tweet counts.
    static func tweetIndex(_ value: JSONValue) -> [(fileName: String, count: Int?)] {
        value.array.compactMap { item in
            guard let f = nonEmpty(item["file_name"]?.string) else { return nil }
            return (f, item["tweet_count"]?.int)
        }
    }

    /// `payload_details.js` `created_at`: when the archive (or its rewrite) was made.
    static func payloadDate(_ value: JSONValue) -> Date? {
        value["created_at"]?.string.flatMap(DateParser.parse)
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}
