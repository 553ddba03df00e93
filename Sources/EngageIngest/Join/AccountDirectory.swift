import EngageCore

/// Finds the ``Account`` a post's author refers to, by platform and id, else by handle
/// (case-insensitive). Built from the accounts an ingestion run described.
public struct AccountDirectory: Sendable {
    /// The accounts, in the order given.
    public let accounts: [Account]
    private var index: [String: Int] = [:]

    /// Indexes `accounts` (the first account with a handle wins that handle).
    public init(_ accounts: [Account]) {
        self.accounts = accounts
        for (i, a) in accounts.enumerated() {
            if let key = IngestContext.accountKey(a) { index[key] = i }
            if let h = a.handle, !h.isEmpty {
                let key = "\(a.platform.rawValue):handle:\(h.lowercased())"
                if index[key] == nil { index[key] = i }
            }
        }
    }

    /// The account of `post`'s author, when the run described it.
    public func account(of post: Post) -> Account? {
        guard let author = post.author else { return nil }
        if let id = author.id, !id.isEmpty, let i = index["\(post.platform.rawValue):id:\(id)"] { return accounts[i] }
        if let h = author.handle, !h.isEmpty, let i = index["\(post.platform.rawValue):handle:\(h.lowercased())"] {
            return accounts[i]
        }
        return nil
    }
}
