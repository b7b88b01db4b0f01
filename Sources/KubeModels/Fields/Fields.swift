/// Kubernetes field selectors over flattened object fields (`metadata.name`, `spec.nodeName`,
/// `status.phase`, ...), as `k8s.io/apimachinery/pkg/fields`.
///
/// ```swift
/// let selector = try Fields.Selector(parsing: "spec.nodeName=node-1,status.phase!=Succeeded")
/// selector.matches(["spec.nodeName": "node-1", "status.phase": "Running"])   // true
/// selector.requiresExactMatch("spec.nodeName")                               // "node-1"
/// ```
public enum Fields {
    /// Escapes a literal value for use in field selector text (`\` → `\\`, `,` → `\,`,
    /// `=` → `\=`), as upstream's `fields.EscapeValue`.
    public static func escapeValue(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "=") })
        else { return value }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 4)
        for scalar in value.unicodeScalars {
            if scalar == "\\" || scalar == "," || scalar == "=" { escaped.unicodeScalars.append("\\") }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }

    /// Reverses ``escapeValue(_:)``, as upstream's `fields.UnescapeValue`.
    ///
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector`` and
    ///   upstream's message: `invalid field selector: invalid escape sequence: \a` for an unknown
    ///   or trailing escape, `invalid field selector: unescaped character in value: 61` for a bare
    ///   `=` or `,` (upstream prints the character's code point).
    public static func unescapeValue(_ value: String) throws -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "=") })
        else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count)
        var inSlash = false
        for scalar in value.unicodeScalars {
            if inSlash {
                switch scalar {
                case "\\", ",", "=":
                    result.unicodeScalars.append(scalar)
                default:
                    throw KubeModelsError(
                        .invalidSelector, "invalid field selector: invalid escape sequence: \\" + String(Character(scalar)))
                }
                inSlash = false
                continue
            }
            switch scalar {
            case "\\":
                inSlash = true
            case ",", "=":
                throw KubeModelsError(.invalidSelector, "invalid field selector: unescaped character in value: \(scalar.value)")
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        if inSlash { throw KubeModelsError(.invalidSelector, "invalid field selector: invalid escape sequence: \\") }
        return result
    }

    /// A field map as one string, `field=value` pairs sorted (by bytes) and joined by commas, as
    /// upstream's `fields.Set.String()`. Values are not escaped, as upstream.
    public static func formatted(_ fields: [String: String]) -> String {
        var pairs = [String]()
        pairs.reserveCapacity(fields.count)
        for (key, value) in fields { pairs.append(key + "=" + value) }
        pairs.sort(by: LabelSyntax.byteOrder)
        return pairs.joined(separator: ",")
    }

    /// Splits selector text at unescaped commas, keeping escapes, as upstream's `splitTerms`.
    static func splitTerms(_ text: String) -> [Substring] {
        if text.isEmpty { return [] }
        var terms = [Substring]()
        let utf8 = text.utf8
        var start = utf8.startIndex
        var inSlash = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if inSlash {
                inSlash = false
            } else if byte == UInt8(ascii: "\\") {
                inSlash = true
            } else if byte == UInt8(ascii: ",") {
                terms.append(Substring(utf8[start..<index]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        terms.append(Substring(utf8[start..<utf8.endIndex]))
        return terms
    }

    /// Splits one term at the first operator (`!=`, then `==`, then `=` at each position), as
    /// upstream's `splitTerm`; the value is returned still escaped.
    static func splitTerm(_ term: Substring) -> (field: Substring, operator: String, value: Substring)? {
        let utf8 = term.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            let second: UInt8? = next != utf8.endIndex ? utf8[next] : nil
            if byte == UInt8(ascii: "!"), second == UInt8(ascii: "=") {
                return (Substring(utf8[utf8.startIndex..<index]), "!=", Substring(utf8[utf8.index(after: next)...]))
            }
            if byte == UInt8(ascii: "=") {
                if second == UInt8(ascii: "=") {
                    return (Substring(utf8[utf8.startIndex..<index]), "==", Substring(utf8[utf8.index(after: next)...]))
                }
                return (Substring(utf8[utf8.startIndex..<index]), "=", Substring(utf8[next...]))
            }
            index = next
        }
        return nil
    }
}
