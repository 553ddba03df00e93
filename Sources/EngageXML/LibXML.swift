import CLibXML2

/// One-time set-up of libxml2 and the small helpers every wrapper shares. Internal: nothing outside
/// EngageXML touches libxml2.
enum LibXML {
    /// Initialises the parser once (thread-safe through a lazily initialised global) and installs an
    /// external entity loader that refuses everything: no DTD, no external entity, no XInclude is ever
    /// fetched from disk or the network, whatever options a caller passes.
    static let ready: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(refusingLoader)
        return true
    }()

    /// Parse options shared by every XML parse: no network, no error printing, no DTD loading, no
    /// entity substitution (entities stay references; libxml2's own expansion limits apply).
    static var xmlBaseOptions: Int32 {
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
              | XML_PARSE_COMPACT.rawValue)
    }

    /// Options for HTML: recover, quiet, no network, no implied DOCTYPE.
    static var htmlOptions: Int32 {
        Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
              | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue)
    }

    /// Calls `body` with a C view of `bytes` (a valid pointer even for an empty buffer) and its length.
    /// Callers check the size fits an `Int32` first.
    static func withCBuffer<T>(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafePointer<CChar>, Int32) throws -> T) rethrows -> T {
        if let base = bytes.baseAddress, bytes.count > 0 {
            return try body(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        }
        var zero: CChar = 0
        return try withUnsafePointer(to: &zero) { try body($0, 0) }
    }

    /// The largest buffer libxml2's memory parsers take (their length is a C `int`).
    static let maxBuffer = Int(Int32.max)

    /// A libxml2 string as a Swift string (nil for NULL). Does not free.
    @inline(__always)
    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    /// A libxml2 string the caller owns: converted, then freed.
    @inline(__always)
    static func consume(_ p: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        defer { engage_xmlFree(p) }
        return String(cString: p)
    }

    /// Compares a libxml2 string with an ASCII literal without allocating.
    @inline(__always)
    static func equals(_ p: UnsafePointer<xmlChar>?, _ literal: StaticString) -> Bool {
        guard let p else { return false }
        return literal.withUTF8Buffer { lit in
            var i = 0
            while i < lit.count {
                if p[i] != lit[i] { return false }
                i += 1
            }
            return p[i] == 0
        }
    }

    /// Runs `body` with a structured error handler installed for this thread, so that libxml2 code paths
    /// without a parser context (XPath, the tree API) never print; the messages are discarded.
    static func quietly<T>(_ body: () throws -> T) rethrows -> T {
        _ = ready
        xmlSetStructuredErrorFunc(nil, silentHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }
}

/// Refuses every external resource (DTDs, external entities): returns NULL, which libxml2 reports as a
/// failed load and continues without the content.
private func refusingLoader(_ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?,
                            _ ctxt: xmlParserCtxtPtr?) -> xmlParserInputPtr? {
    nil
}

private func silentHandler(_ data: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
