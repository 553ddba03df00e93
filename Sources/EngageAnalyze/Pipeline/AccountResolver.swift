import EngageCore

/// Decides which account each feed post belongs to: ids and handles of the same account (from
/// source owners and account readings) are one account; a post without an author belongs to its
/// source's owner.
struct AccountResolver {
    /// Canonical keys in first-seen order.
    private(set) var keys: [String] = []
    private var alias: [String: Int] = [:]
    /// Best-known handle, name and id per account.
    private(set) var handle: [String?] = []
    private(set) var name: [String?] = []
    private(set) var id: [String?] = []
    private(set) var platform: [Platform?] = []

    init(_ input: AnalysisInput) {
        for a in input.accounts { register(id: a.id, handle: a.handle, name: a.name, platform: a.platform) }
    }

    @discardableResult
    mutating func register(id: String?, handle: String?, name: String? = nil, platform: Platform?) -> Int {
        let h = handle?.lowercased()
        let idKey = id.map { "id:" + $0 }, hKey = h.map { "handle:" + $0 }
        if let k = idKey.flatMap({ alias[$0] }) ?? hKey.flatMap({ alias[$0] }) {
            if let idKey, alias[idKey] == nil { alias[idKey] = k }
            if let hKey, alias[hKey] == nil { alias[hKey] = k }
            if self.handle[k] == nil { self.handle[k] = handle }
            if self.id[k] == nil { self.id[k] = id }
            if self.name[k] == nil { self.name[k] = name }
            return k
        }
        let k = keys.count
        keys.append(idKey ?? hKey ?? "name:" + (name ?? "unknown"))
        self.handle.append(handle)
        self.name.append(name)
        self.id.append(id)
        self.platform.append(platform)
        if let idKey { alias[idKey] = k }
        if let hKey { alias[hKey] = k }
        return k
    }

    /// The account of a feed record.
    mutating func account(of r: FeedRecord, in input: AnalysisInput) -> Int {
        let id = input.strings[r.authorId], h = input.strings[r.authorHandle]
        if id != nil || h != nil { return register(id: id, handle: h, platform: r.platform) }
        let path = input.strings[r.source]
        if let owner = input.sources.first(where: { $0.path == path })?.owner {
            return register(id: owner.id, handle: owner.handle, name: owner.name, platform: owner.platform)
        }
        let k = "source:" + (path ?? "unknown")
        if let i = alias[k] { return i }
        let i = keys.count
        keys.append(k)
        handle.append(nil)
        name.append(path)
        self.id.append(nil)
        platform.append(r.platform)
        alias[k] = i
        return i
    }

    /// Finds an account by handle (with or without `@`) or id.
    func find(_ s: String) -> Int? {
        let t = s.hasPrefix("@") ? String(s.dropFirst()) : s
        return alias["handle:" + t.lowercased()] ?? alias["id:" + t]
    }

    /// `@handle`, else the name, else the id.
    func label(_ k: Int) -> String {
        if let h = handle[k], !h.isEmpty { return "@" + h }
        if let n = name[k], !n.isEmpty { return n }
        return id[k] ?? keys[k]
    }

    /// Matches an account reading to an account index without registering it.
    func index(of a: Account) -> Int? {
        if let id = a.id, let k = alias["id:" + id] { return k }
        if let h = a.handle?.lowercased(), let k = alias["handle:" + h] { return k }
        return nil
    }
}
