import EngageCore

/// A user's web site behind its t.co link: `entities.url.urls[0].expanded_url`, the same shape in
/// X API v1.1 and v2 user objects.
enum XProfileURL {
    /// Reads a user's `entities` value and returns the first expanded profile URL.
    static func read(_ c: inout JSONCursor) throws -> String? {
        var found: String?
        try JSONScan.members(&c) { c, key in
            guard key == "url" else { return false }
            try JSONScan.members(&c) { c, key in
                guard key == "urls" else { return false }
                try JSONScan.objects(&c) { c in
                    try JSONScan.members(&c) { c, key in
                        guard key == "expanded_url" else { return false }
                        let v = try c.readScalarText()
                        if found == nil { found = v }
                        return true
                    }
                }
                return true
            }
            return true
        }
        return found
    }
}
