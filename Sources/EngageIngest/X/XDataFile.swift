import EngageCore
import Foundation

/// What an X archive data file holds, recognised from its first bytes (the JavaScript global it
/// assigns: `window.YTD.tweets.part0 = […]`, `window.__THAR_CONFIG = {…}`), with the file name as a
/// fallback for files whose first bytes are broken (so the problem is reported, not the file ignored).
enum XDataFile: Equatable {
    /// The roles engage reads.
    enum Role: String, CaseIterable {
        case manifest
        case account
        case profile
        case tweets
        case noteTweet = "note-tweet"
        case deletedTweets = "deleted-tweets"
        case communityTweet = "community-tweet"
        case circleTweet = "twitter-circle-tweet"
        case tweetHeaders = "tweet-headers"

        /// Roles whose items are tweet objects.
        var holdsTweets: Bool { self == .tweets || self == .deletedTweets || self == .communityTweet || self == .circleTweet }

        /// The manifest's `dataTypes` keys for this role (2020 archives say `tweet`, later ones `tweets`).
        var manifestKeys: [String] {
            switch self {
            case .manifest: return []
            case .account: return ["account"]
            case .profile: return ["profile"]
            case .tweets: return ["tweets", "tweet"]
            case .noteTweet: return ["noteTweet"]
            case .deletedTweets: return ["deletedTweets", "deletedTweet"]
            case .communityTweet: return ["communityTweet"]
            case .circleTweet: return ["twitterCircleTweet"]
            case .tweetHeaders: return ["tweetHeaders"]
            }
        }

        /// The role of a `window.YTD.<stem>.partN` global's stem.
        init?(stem: String) {
            switch stem {
            case "tweets", "tweet": self = .tweets
            case "note_tweet": self = .noteTweet
            case "deleted_tweets", "deleted_tweet": self = .deletedTweets
            case "community_tweet": self = .communityTweet
            case "twitter_circle_tweet": self = .circleTweet
            case "account": self = .account
            case "profile": self = .profile
            case "tweet_headers", "tweets_headers": self = .tweetHeaders
            default: return nil
            }
        }

        /// The role of a well-known file name (`tweets-part2.js`, `note-tweet.js`), or nil.
        init?(fileName name: String) {
            guard name.hasSuffix(".js") else { return nil }
            let stem = String(name.dropLast(3))
            if stem == "manifest" {
                self = .manifest
                return
            }
            let base = XDataFile.dropPartSuffix(stem)
            guard let r = Role(stem: base.replacingOccurrences(of: "-", with: "_")) else { return nil }
            self = r
        }
    }

    /// `window.YTD.<stem>.part<N> =`.
    case ytd(stem: String, part: Int)
    /// `window.__THAR_CONFIG =` (the manifest).
    case manifest
    /// Something else (or nothing readable).
    case other

    /// Identifies a data file from its first bytes.
    static func identify(_ head: [UInt8]) -> XDataFile {
        var i = 0
        // A UTF-8 BOM and whitespace may precede the assignment.
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { i = 3 }
        while i < head.count, head[i] == 0x20 || head[i] == 0x0A || head[i] == 0x0D || head[i] == 0x09 { i += 1 }
        var j = i
        while j < head.count, head[j] != UInt8(ascii: "="), head[j] != 0x0A, j - i < 200 { j += 1 }
        guard j < head.count, head[j] == UInt8(ascii: "=") else { return .other }
        let lhs = String(decoding: head[i..<j], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        if lhs == "window.__THAR_CONFIG" { return .manifest }
        guard lhs.hasPrefix("window.YTD.") else { return .other }
        let rest = lhs.dropFirst("window.YTD.".count)
        guard let dot = rest.range(of: ".part", options: .backwards) else { return .other }
        let stem = String(rest[rest.startIndex..<dot.lowerBound])
        guard let part = Int(rest[dot.upperBound...]), !stem.isEmpty else { return .other }
        return .ytd(stem: stem, part: part)
    }

    /// The role this content declares, if engage reads it.
    var role: Role? {
        switch self {
        case .manifest: return .manifest
        case .ytd(let stem, _): return Role(stem: stem)
        case .other: return nil
        }
    }

    /// The part number of a YTD global (0 for everything else).
    var part: Int {
        if case .ytd(_, let p) = self { return p }
        return 0
    }

    /// `tweets-part12` → `tweets`; other stems unchanged.
    static func dropPartSuffix(_ stem: String) -> String {
        guard let r = stem.range(of: "-part", options: .backwards),
              !stem[r.upperBound...].isEmpty, stem[r.upperBound...].allSatisfy(\.isASCII),
              stem[r.upperBound...].allSatisfy(\.isNumber)
        else { return stem }
        return String(stem[stem.startIndex..<r.lowerBound])
    }

    /// The part number in a file name (`tweets-part3.js` → 3; `tweets.js` → 0).
    static func partNumber(fileName name: String) -> Int {
        let stem = name.hasSuffix(".js") ? String(name.dropLast(3)) : name
        guard let r = stem.range(of: "-part", options: .backwards) else { return 0 }
        return Int(stem[r.upperBound...]) ?? 0
    }

    /// Reads a small data file whole and parses the JSON after its `<name> =` prefix.
    ///
    /// - Throws: `unknown-prefix` when there is no assignment, `malformed-json` with the byte offset.
    static func readAssigned(_ source: ByteSource) throws -> JSONValue {
        let bytes = try source.readAll()
        return try bytes.withUnsafeBufferPointer { b -> JSONValue in
            guard let eq = b.prefix(4096).firstIndex(of: UInt8(ascii: "=")) else {
                throw EngageError(.unknownPrefix, "expected a JavaScript assignment `<name> = ` before the data",
                                  file: source.name, offset: 0)
            }
            var c = JSONCursor(bytes: b, position: eq + 1)
            do {
                let v = try c.readValue()
                c.skipWhitespace()
                while c.position < b.count, b[c.position] == UInt8(ascii: ";") {
                    c.position += 1
                    c.skipWhitespace()
                }
                guard c.position >= b.count else { throw c.error("the end of the data") }
                return v
            } catch let e as EngageError {
                throw e.located(in: source.name)
            }
        }
    }
}
