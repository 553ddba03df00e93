import EngageCore

/// Which column of a CSV of posts holds which field: detected from the header's names (`text`,
/// `Tweet text`, `created_at`, `retweets`, `favorites`…) and overridden by `--map column=field`.
struct CSVColumns {
    /// The fields a column can feed.
    enum Field: String, CaseIterable {
        case text, date, id, url, author, replies, reposts, likes, quotes, impressions, replyTo, lang, ignore

        /// Normalised header names that mean this field, best first.
        var headerNames: [String] {
            switch self {
            case .text: return ["text", "tweettext", "fulltext", "rawcontent", "content", "body", "message", "posttext",
                                "tweet", "post", "status", "caption"]
            case .date: return ["createdat", "date", "time", "timestamp", "created", "publishedat", "published", "postedat",
                                "posted", "datetime", "tweetdate", "tweetcreatedat", "postdate"]
            case .id: return ["idstr", "tweetidstr", "tweetid", "id", "statusid", "postid"]
            case .url: return ["url", "tweetpermalink", "permalink", "tweeturl", "statusurl", "posturl", "link"]
            case .author: return ["user", "author", "screenname", "username", "handle", "userscreenname", "userusername",
                                  "authorusername", "authorhandle", "fromuser", "account", "twitterhandle"]
            case .replies: return ["replies", "replycount", "repliescount", "numreplies", "comments", "commentcount",
                                   "commentscount"]
            case .reposts: return ["retweets", "retweetcount", "retweetscount", "reposts", "repostcount", "repostscount",
                                   "shares", "sharecount", "boosts", "reblogs"]
            case .likes: return ["likes", "likecount", "likescount", "favorites", "favoritecount", "favoritescount",
                                 "favourites", "favouritecount", "favouritescount", "hearts"]
            case .quotes: return ["quotes", "quotecount", "quotescount", "quotetweets"]
            case .impressions: return ["impressions", "impressioncount", "views", "viewcount", "viewscount"]
            case .replyTo: return ["inreplytostatusidstr", "inreplytostatusid", "inreplytotweetid", "inreplytoid",
                                   "inreplyto", "replyto"]
            case .lang: return ["lang", "language"]
            case .ignore: return []
            }
        }

        /// Names `--map` accepts for this field (its own name and common spellings).
        var mapNames: [String] {
            switch self {
            case .reposts: return ["reposts", "retweets", "shares", "boosts"]
            case .likes: return ["likes", "favorites", "favourites"]
            case .impressions: return ["impressions", "views"]
            case .date: return ["date", "createdat", "time"]
            case .replyTo: return ["replyto", "inreplyto"]
            case .ignore: return ["ignore", "skip", "none", "-"]
            default: return [rawValue.lowercased()]
            }
        }
    }

    /// Column index of each field found.
    private(set) var index: [Field: Int] = [:]
    /// The header as written.
    let header: [String]
    /// Mapped columns that the header does not have.
    private(set) var missingMapped: [String] = []

    /// Letters and digits only, lower-cased: `Tweet text` → `tweettext`, `favorite_count` → `favoritecount`.
    static func normalise(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9")
        }))
    }

    /// The field `--map` names, or nil.
    static func mapField(_ name: String) -> Field? {
        let n = normalise(name)
        if name.trimmingCharacters(in: .whitespaces) == "-" { return .ignore }
        return Field.allCases.first { $0.mapNames.contains(n) }
    }

    /// The fields a header name can mean, with the rank of the match (lower is better).
    static func detectField(_ name: String) -> (Field, Int)? {
        let n = normalise(name)
        guard !n.isEmpty else { return nil }
        for f in Field.allCases {
            if let rank = f.headerNames.firstIndex(of: n) { return (f, rank) }
        }
        return nil
    }

    /// Maps `header`, then applies `mapping` (column name → field name; names compared ignoring case
    /// and punctuation).
    ///
    /// - Throws: `invalid-argument` for a `--map` field engage does not know.
    init(header: [String], mapping: [String: String]) throws {
        self.header = header
        var best: [Field: (Int, Int)] = [:]  // field → (column, rank)
        var mappedColumns = Set<Int>()
        // Overrides first: they win over detection.
        var overrides: [(Int, Field)] = []
        for (column, fieldName) in mapping.sorted(by: { $0.key < $1.key }) {
            guard let field = Self.mapField(fieldName) else {
                let names = Field.allCases.filter { $0 != .ignore }.map(\.rawValue).joined(separator: ", ")
                throw EngageError(.invalidArgument, "--map \(column)=\(fieldName): unknown field '\(fieldName)'; expected one of \(names) or ignore")
            }
            let wanted = Self.normalise(column)
            let found = header.firstIndex { $0.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(column.trimmingCharacters(in: .whitespaces)) == .orderedSame }
                ?? header.firstIndex { Self.normalise($0) == wanted && !wanted.isEmpty }
            guard let col = found else {
                missingMapped.append(column)
                continue
            }
            overrides.append((col, field))
            mappedColumns.insert(col)
        }
        for (col, name) in header.enumerated() where !mappedColumns.contains(col) {
            guard let (field, rank) = Self.detectField(name) else { continue }
            if let old = best[field], old.1 <= rank { continue }
            best[field] = (col, rank)
        }
        for (field, (col, _)) in best { index[field] = col }
        for (col, field) in overrides {
            // A mapped column takes the field from any detected column.
            if field == .ignore {
                for (f, c) in index where c == col { index[f] = nil }
            } else {
                index[field] = col
            }
        }
    }

    /// The column of `field`, or nil.
    subscript(field: Field) -> Int? { index[field] }

    /// How many known post fields the header names.
    var knownFieldCount: Int { index.count }
}
