/// Go's `fmt` rendering of decoded JSON values (`map[string]interface{}`, `[]interface{}`,
/// `string`, `int64`, `float64`, `bool`, `nil`), used to reproduce upstream's error texts and
/// the string comparisons strategic merge patch sorts by.
enum GoFormat {
    /// `fmt.Sprintf("%v", value)`; `nil` prints `<nil>`.
    static func v(_ value: JSONValue?) -> String {
        var out = ""
        appendV(value, to: &out)
        return out
    }

    /// `fmt.Sprintf("%s", value)`: strings print bare, other scalars as `%!s(type=value)`.
    static func s(_ value: JSONValue?) -> String {
        switch value {
        case .string(let s)?: return s
        case nil, .null?: return "%!s(<nil>)"
        case .object?, .array?: return v(value)
        case let other?: return "%!s(\(typeName(other))=\(v(other)))"
        }
    }

    /// Go's `reflect.TypeOf(value).String()` for a decoded JSON value.
    static func typeName(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return "%!s(<nil>)"
        case .bool?: return "bool"
        case .int?: return "int64"
        case .double?: return "float64"
        case .string?: return "string"
        case .array?: return "[]interface {}"
        case .object?: return "map[string]interface {}"
        }
    }

    /// `fmt.Sprintf("%v", []string)` for plain strings: `[a b]`.
    static func list(_ items: [String]) -> String { "[" + items.joined(separator: " ") + "]" }

    private static func appendV(_ value: JSONValue?, to out: inout String) {
        switch value {
        case nil, .null?: out += "<nil>"
        case .bool(let b)?: out += b ? "true" : "false"
        case .int(let i)?: out += String(i)
        case .double(let d)?: out += float(d)
        case .string(let s)?: out += s
        case .array(let a)?:
            out += "["
            for (i, e) in a.enumerated() {
                if i > 0 { out += " " }
                appendV(e, to: &out)
            }
            out += "]"
        case .object(let o)?:
            out += "map["
            for (i, k) in o.keys.sorted(by: goLess).enumerated() {
                if i > 0 { out += " " }
                out += k
                out += ":"
                appendV(o[k], to: &out)
            }
            out += "]"
        }
    }

    /// Go's `%v` for a `float64` (`strconv` `'g'` format, shortest digits, exponent from 1e+06).
    static func float(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        // Swift's description is the shortest round-trip representation; take its digits.
        let text = abs(d).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [Character] = []
        var pointAt = 0
        var seenPoint = false
        for c in mantissa {
            if c == "." { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { pointAt += 1 }
        }
        // Normalise: drop leading zeros (moving the point) and trailing zeros.
        while let f = digits.first, f == "0", digits.count > 1 { digits.removeFirst(); pointAt -= 1 }
        while let l = digits.last, l == "0", digits.count > 1 { digits.removeLast() }
        let dp = pointAt + exponent
        let exp = dp - 1
        var out = d < 0 ? "-" : ""
        if exp < -4 || exp >= 6 {
            out.append(digits[0])
            if digits.count > 1 {
                out += "."
                out += String(digits[1...])
            }
            out += exp < 0 ? "e-" : "e+"
            let e = abs(exp)
            if e < 10 { out += "0" }
            out += String(e)
            return out
        }
        if dp <= 0 {
            out += "0." + String(repeating: "0", count: -dp) + String(digits)
        } else if dp >= digits.count {
            out += String(digits) + String(repeating: "0", count: dp - digits.count)
        } else {
            out += String(digits[..<dp]) + "." + String(digits[dp...])
        }
        return out
    }

    /// Go's string ordering: bytewise over UTF-8.
    static func goLess(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
                let n = min(pa.count, pb.count)
                for i in 0..<n where pa[i] != pb[i] { return pa[i] < pb[i] }
                return pa.count < pb.count
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

extension KubeModelsError {
    /// An ``Code/invalidPatch`` error with upstream's text.
    static func patch(_ message: String) -> KubeModelsError {
        KubeModelsError(.invalidPatch, message)
    }
}
