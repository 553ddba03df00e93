import EngageCore

/// JSON for sources, accounts and diagnostics, shared by every report.
public enum SourceJSON {
    /// Writes a source description.
    public static func write(_ s: SourceInfo, to w: inout JSONWriter) {
        w.object { w in
            w.key("path"); w.string(s.path)
            w.key("format"); w.string(s.format.rawValue)
            w.key("variant"); w.string(s.variant)
            w.key("owner")
            if let o = s.owner { AccountJSON.write(o, to: &w) } else { w.null() }
            w.key("countsAsOf"); w.date(s.countsAsOf)
            w.key("records"); w.int(s.records)
            w.key("files"); w.array { w in
                for f in s.files {
                    w.object { w in
                        w.key("entry"); w.string(f.entry)
                        w.key("role"); w.string(f.role)
                        w.key("records"); w.int(f.records)
                        w.key("bytes"); w.int(f.bytes)
                        w.key("status"); w.string(f.status.rawValue)
                        w.key("reason"); w.string(f.reason)
                    }
                }
            }
            w.key("notes"); w.strings(s.notes)
        }
    }
}

/// JSON for accounts (never e-mail or IP: engage does not keep them).
public enum AccountJSON {
    public static func write(_ a: Account, to w: inout JSONWriter) {
        w.object { w in
            w.key("platform"); w.string(a.platform.rawValue)
            w.key("id"); w.string(a.id)
            w.key("handle"); w.string(a.handle)
            w.key("name"); w.string(a.name)
            w.key("followers"); w.int(a.followers)
            w.key("following"); w.int(a.following)
            w.key("posts"); w.int(a.posts)
            w.key("createdAt"); w.date(a.createdAt)
        }
    }
}

/// JSON for diagnostics.
public enum DiagnosticJSON {
    public static func write(_ d: Diagnostic, to w: inout JSONWriter) {
        w.object { w in
            w.key("severity"); w.string(d.severity.rawValue)
            w.key("code"); w.string(d.code)
            w.key("message"); w.string(d.message)
            w.key("file"); w.string(d.file)
            w.key("offset"); w.int(d.offset)
            w.key("line"); w.int(d.line)
        }
    }
}
