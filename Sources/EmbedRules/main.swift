// Build tool behind the EmbedRulesPlugin: writes a Swift file holding every rule file, model and list
// of the flat `rules/` folder as string literals. Usage: EmbedRules RULES_DIR OUTPUT.swift
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedRules RULES_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
let embedded: Set<String> = ["yaml", "yml", "tsv", "txt"]
var names: [String] = []
do {
    names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { embedded.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) && !$0.hasPrefix(".") }
        .sorted()
} catch {
    FileHandle.standardError.write(Data("EmbedRules: cannot list \(folder.path): \(error)\n".utf8))
    exit(1)
}

var out = """
    // Generated at build time by the EmbedRules plugin from the files in rules/. Do not edit: edit rules/.

    /// The default rulebook's files, by name.
    enum EmbeddedRulebook {
        static let files: [(name: String, text: String)] = [

    """
for name in names {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
          let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("EmbedRules: rules/\(name) is not readable UTF-8 text\n".utf8))
        exit(1)
    }
    let clean = text.replacingOccurrences(of: "\r\n", with: "\n")
    // A raw-string delimiter longer than any run of # that follows a quote or a backslash in the file.
    var hashes = 1
    while clean.contains("\"" + String(repeating: "#", count: hashes))
        || clean.contains("\\" + String(repeating: "#", count: hashes)) { hashes += 1 }
    let delimiter = String(repeating: "#", count: hashes)
    out += "        (\"\(name)\", \(delimiter)\"\"\"\n\(clean)\n\"\"\"\(delimiter)),\n"
}
out += "    ]\n}\n"
do {
    try out.write(to: URL(fileURLWithPath: arguments[2]), atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedRules: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
