import Foundation

/// How the normaliser treats one non-ASCII scalar: the tables behind "folded look-alike letters and
/// diacritics".
///
/// - Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF) become their base letters (`é` → `e`,
///   `ß` → `ss`, `ø` → `o`).
/// - Styled letters people use to dodge filters become plain ones: fullwidth forms, mathematical
///   bold/italic/script/fraktur/monospace letters and digits, circled, parenthesised and squared letters,
///   small capitals.
/// - Cyrillic and Greek letters that look like Latin ones (`о`, `а`, `ο`) are returned as *look-alikes*:
///   the normaliser folds them only inside words that also hold Latin letters (`fоllow` with a Cyrillic
///   `о`), so real Russian or Greek text stays as it is.
/// - Zero-width characters, variation selectors, skin-tone modifiers and soft hyphens are dropped; every
///   Unicode space is a space; curly quotes, dashes and the ellipsis become ASCII.
enum CharacterFolding {
    /// The outcome for one scalar.
    enum Fold: Equatable {
        /// Not folded: the normaliser lower-cases it and keeps it.
        case keep
        /// Removed (zero-width, variation selectors, skin tones).
        case drop
        /// A space.
        case space
        /// One ASCII byte (already lower-case).
        case ascii(UInt8)
        /// Two ASCII bytes (`ß` → `ss`, `æ` → `ae`).
        case pair(UInt8, UInt8)
        /// ASCII punctuation of several bytes (`…` → `...`).
        case ellipsis
        /// A Cyrillic or Greek letter that looks like this Latin one; folded only in mixed words.
        case lookalike(UInt8)
    }

    /// The fold for scalar value `v` (v ≥ 0x80).
    static func fold(_ v: UInt32) -> Fold {
        switch v {
        case 0x80...0x9F: return v == 0x85 ? .space : .drop
        case 0xA0: return .space
        case 0xAD: return .drop
        case 0xAB, 0xBB: return .ascii(0x22)
        case 0xC0...0x24F: return latinTable(v, base: 0xC0, table: latin)
        case 0x262, 0x26A, 0x274, 0x280, 0x28F, 0x299, 0x29C, 0x29F, 0x1D00...0x1D22, 0xA730, 0xA731:
            return smallCap(v)
        case 0x370...0x3FF: return greekLookalike(v)
        case 0x400...0x52F: return cyrillicLookalike(v)
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F:
            return .drop
        case 0x1E00...0x1EFF: return latinTable(v, base: 0x1E00, table: latinAdditional)
        case 0x2010...0x2015, 0x2212: return .ascii(UInt8(ascii: "-"))
        case 0x2018...0x201B, 0x2032: return .ascii(UInt8(ascii: "'"))
        case 0x201C...0x201F, 0x2033: return .ascii(0x22)
        case 0x2026: return .ellipsis
        case 0x2100...0x214F: return letterlike(v)
        case 0x2460...0x2468: return .ascii(UInt8(ascii: "1") + UInt8(v - 0x2460))
        case 0x249C...0x24B5: return .ascii(UInt8(ascii: "a") + UInt8(v - 0x249C))
        case 0x24B6...0x24CF: return .ascii(UInt8(ascii: "a") + UInt8(v - 0x24B6))
        case 0x24D0...0x24E9: return .ascii(UInt8(ascii: "a") + UInt8(v - 0x24D0))
        case 0x24EA: return .ascii(UInt8(ascii: "0"))
        case 0xFF01...0xFF5E:
            let b = UInt8(v - 0xFEE0)
            return .ascii(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        case 0x1D400...0x1D6A3:
            let i = (v - 0x1D400) % 52
            return .ascii(UInt8(ascii: "a") + UInt8(i % 26))
        case 0x1D7CE...0x1D7FF: return .ascii(UInt8(ascii: "0") + UInt8((v - 0x1D7CE) % 10))
        case 0x1F130...0x1F149: return .ascii(UInt8(ascii: "a") + UInt8(v - 0x1F130))
        case 0x1F150...0x1F169: return .ascii(UInt8(ascii: "a") + UInt8(v - 0x1F150))
        case 0x1F170...0x1F189: return .ascii(UInt8(ascii: "a") + UInt8(v - 0x1F170))
        default: return .keep
        }
    }

    private static func latinTable(_ v: UInt32, base: UInt32, table: [UInt16]) -> Fold {
        let e = table[Int(v - base)]
        if e == 0 { return .keep }
        let a = UInt8(e & 0xFF), b = UInt8(e >> 8)
        return b == 0 ? .ascii(a) : .pair(a, b)
    }

    /// U+00C0–U+024F: base letters by canonical decomposition, plus letters without one.
    static let latin: [UInt16] = makeTable(0xC0...0x24F, extra: [
        0xC6: "ae", 0xE6: "ae", 0xD0: "d", 0xF0: "d", 0xD8: "o", 0xF8: "o", 0xDE: "th", 0xFE: "th", 0xDF: "ss",
        0x110: "d", 0x111: "d", 0x126: "h", 0x127: "h", 0x131: "i", 0x132: "ij", 0x133: "ij", 0x138: "k",
        0x13F: "l", 0x140: "l", 0x141: "l", 0x142: "l", 0x149: "n", 0x14A: "n", 0x14B: "n", 0x152: "oe",
        0x153: "oe", 0x166: "t", 0x167: "t", 0x17F: "s", 0x180: "b", 0x181: "b", 0x183: "b", 0x187: "c",
        0x188: "c", 0x189: "d", 0x18A: "d", 0x191: "f", 0x192: "f", 0x193: "g", 0x197: "i", 0x198: "k",
        0x199: "k", 0x19A: "l", 0x19D: "n", 0x19E: "n", 0x1A4: "p", 0x1A5: "p", 0x1AB: "t", 0x1AC: "t",
        0x1AD: "t", 0x1AE: "t", 0x1B2: "v", 0x1B3: "y", 0x1B4: "y", 0x1B5: "z", 0x1B6: "z", 0x1E4: "g",
        0x1E5: "g", 0x21C: "y", 0x21D: "y", 0x220: "n", 0x221: "d", 0x224: "z", 0x225: "z", 0x234: "l",
        0x235: "n", 0x236: "t", 0x237: "j", 0x23A: "a", 0x23B: "c", 0x23C: "c", 0x23D: "l", 0x23E: "t",
        0x23F: "s", 0x240: "z", 0x243: "b", 0x244: "u", 0x246: "e", 0x247: "e", 0x248: "j", 0x249: "j",
        0x24A: "q", 0x24B: "q", 0x24C: "r", 0x24D: "r", 0x24E: "y", 0x24F: "y", 0xD7: "", 0xF7: "",
    ])

    /// U+1E00–U+1EFF (Vietnamese and other Latin letters with stacked marks).
    static let latinAdditional: [UInt16] = makeTable(0x1E00...0x1EFF, extra: [0x1E9E: "ss"])

    private static func makeTable(_ range: ClosedRange<UInt32>, extra: [UInt32: String]) -> [UInt16] {
        var table = [UInt16](repeating: 0, count: Int(range.upperBound - range.lowerBound + 1))
        for v in range {
            var folded = ""
            if let e = extra[v] {
                folded = e
            } else if let s = Unicode.Scalar(v) {
                let d = String(Character(s)).decomposedStringWithCanonicalMapping
                if let first = d.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic {
                    folded = String(Character(first)).lowercased()
                }
            }
            let bytes = Array(folded.utf8)
            guard !bytes.isEmpty, bytes.count <= 2, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            table[Int(v - range.lowerBound)] = UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
        }
        return table
    }

    private static let smallCaps: [UInt32: Character] = [
            0x1D00: "a", 0x299: "b", 0x1D04: "c", 0x1D05: "d", 0x1D07: "e", 0xA730: "f", 0x262: "g", 0x29C: "h",
            0x26A: "i", 0x1D0A: "j", 0x1D0B: "k", 0x29F: "l", 0x1D0D: "m", 0x274: "n", 0x1D0F: "o", 0x1D18: "p",
            0x280: "r", 0xA731: "s", 0x1D1B: "t", 0x1D1C: "u", 0x1D20: "v", 0x1D21: "w", 0x28F: "y", 0x1D22: "z",
        ]

    private static func smallCap(_ v: UInt32) -> Fold {
        guard let c = smallCaps[v], let b = c.asciiValue else { return .keep }
        return .ascii(b)
    }

    private static func letterlike(_ v: UInt32) -> Fold {
        switch v {
        case 0x2102: return .ascii(UInt8(ascii: "c"))
        case 0x210A: return .ascii(UInt8(ascii: "g"))
        case 0x210B...0x210E: return .ascii(UInt8(ascii: "h"))
        case 0x2110, 0x2111: return .ascii(UInt8(ascii: "i"))
        case 0x2112, 0x2113: return .ascii(UInt8(ascii: "l"))
        case 0x2115: return .ascii(UInt8(ascii: "n"))
        case 0x2119: return .ascii(UInt8(ascii: "p"))
        case 0x211A: return .ascii(UInt8(ascii: "q"))
        case 0x211B...0x211D: return .ascii(UInt8(ascii: "r"))
        case 0x2124, 0x2128: return .ascii(UInt8(ascii: "z"))
        case 0x212C: return .ascii(UInt8(ascii: "b"))
        case 0x212D: return .ascii(UInt8(ascii: "c"))
        case 0x212F, 0x2130: return .ascii(UInt8(ascii: "e"))
        case 0x2131: return .ascii(UInt8(ascii: "f"))
        case 0x2133: return .ascii(UInt8(ascii: "m"))
        case 0x2134: return .ascii(UInt8(ascii: "o"))
        case 0x2139: return .ascii(UInt8(ascii: "i"))
        default: return .keep
        }
    }

    private static func greekLookalike(_ v: UInt32) -> Fold {
        let c: Character
        switch v {
        case 0x391, 0x3B1: c = "a"
        case 0x392, 0x3B2: c = "b"
        case 0x395, 0x3B5: c = "e"
        case 0x396: c = "z"
        case 0x397: c = "h"
        case 0x399, 0x3B9: c = "i"
        case 0x39A, 0x3BA: c = "k"
        case 0x39C: c = "m"
        case 0x39D, 0x3BD: c = "v"
        case 0x39F, 0x3BF: c = "o"
        case 0x3A1, 0x3C1: c = "p"
        case 0x3A4, 0x3C4: c = "t"
        case 0x3A5, 0x3C5: c = "u"
        case 0x3A7, 0x3C7: c = "x"
        case 0x3F9, 0x3F2: c = "c"
        default: return .keep
        }
        return .lookalike(c.asciiValue ?? 0x3F)
    }

    private static func cyrillicLookalike(_ v: UInt32) -> Fold {
        let c: Character
        switch v {
        case 0x410, 0x430: c = "a"
        case 0x412, 0x42C, 0x44C: c = "b"
        case 0x415, 0x435, 0x401, 0x451: c = "e"
        case 0x41A, 0x43A: c = "k"
        case 0x41C, 0x43C: c = "m"
        case 0x41D: c = "h"
        case 0x41E, 0x43E: c = "o"
        case 0x420, 0x440: c = "p"
        case 0x421, 0x441: c = "c"
        case 0x422, 0x442: c = "t"
        case 0x423, 0x443, 0x4AE, 0x4AF: c = "y"
        case 0x425, 0x445: c = "x"
        case 0x405, 0x455: c = "s"
        case 0x406, 0x456, 0x407, 0x457: c = "i"
        case 0x408, 0x458: c = "j"
        case 0x500, 0x501: c = "d"
        case 0x4C0, 0x4CF: c = "l"
        case 0x51A, 0x51B: c = "q"
        case 0x51C, 0x51D: c = "w"
        default: return .keep
        }
        return .lookalike(c.asciiValue ?? 0x3F)
    }
}
