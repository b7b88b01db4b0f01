/// apimachinery's `util/validation` checks (Kubernetes 1.32): each takes a string (ports: an
/// `Int`) and returns upstream's messages, empty when the value is valid.
///
/// ```swift
/// Validation.isDNS1123Label("my-name")   // []
/// Validation.isDNS1123Label("My_Name")   // ["a lowercase RFC 1123 label must consist of ..."]
/// ```
/// The checks are hand-written byte scanners equivalent to upstream's regular expressions.
public enum Validation {
    // MARK: Message builders (upstream's RegexError, MaxLenError, EmptyError, InclusiveRangeError)

    static func regexError(_ message: String, _ format: String, _ examples: String...) -> String {
        if examples.isEmpty { return message + " (regex used for validation is '" + format + "')" }
        var out = message + " (e.g. "
        for (i, e) in examples.enumerated() {
            if i > 0 { out += " or " }
            out += "'" + e + "', "
        }
        return out + "regex used for validation is '" + format + "')"
    }

    static func maxLenError(_ length: Int) -> String { "must be no more than \(length) characters" }
    static let emptyError = "must be non-empty"
    static func inclusiveRangeError(_ lo: Int, _ hi: Int) -> String { "must be between \(lo) and \(hi), inclusive" }

    // MARK: Character classes

    @inline(__always) static func isLowerAlnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isLowerAlnum(b) || (b >= 0x41 && b <= 0x5A) }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?` over a byte range.
    static func matchesDNS1123Label<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isLowerAlnum(first), isLowerAlnum(last) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == 0x2D }
    }

    /// `label(\.label)*`.
    static func matchesDNS1123Subdomain(_ value: String) -> Bool {
        let parts = value.utf8.split(separator: 0x2E, omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { matchesDNS1123Label($0) }
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`.
    static func matchesQualifiedNamePart<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isAlnum(first), isAlnum(last) else { return false }
        return bytes.allSatisfy { isAlnum($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    // MARK: Names

    static let qualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let qualifiedNameMessage = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"

    /// A qualified name: an optional DNS-subdomain prefix and `/`, then a name of at most 63
    /// characters (label keys, annotation keys, finalizers).
    public static func isQualifiedName(_ value: String) -> [String] {
        var errors: [String] = []
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = parts[0]
            name = parts[1]
            if prefix.isEmpty {
                errors.append("prefix part " + emptyError)
            } else {
                errors += isDNS1123Subdomain(String(prefix)).map { "prefix part " + $0 }
            }
        default:
            return [
                "a qualified name " + regexError(qualifiedNameMessage, qualifiedNameFormat, "MyName", "my.name", "123-abc")
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
            ]
        }
        if name.isEmpty {
            errors.append("name part " + emptyError)
        } else if name.utf8.count > 63 {
            errors.append("name part " + maxLenError(63))
        }
        if !matchesQualifiedNamePart(name.utf8) {
            errors.append("name part " + regexError(qualifiedNameMessage, qualifiedNameFormat, "MyName", "my.name", "123-abc"))
        }
        return errors
    }

    /// A label value: empty, or a qualified-name part of at most 63 characters.
    public static func isValidLabelValue(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLenError(63)) }
        if !value.isEmpty && !matchesQualifiedNamePart(value.utf8) {
            errors.append(regexError(
                "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                "(" + qualifiedNameFormat + ")?", "MyValue", "my_value", "12345"))
        }
        return errors
    }

    static let dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"

    /// An RFC 1123 label (most object names that become DNS names: namespaces, services, ...).
    public static func isDNS1123Label(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLenError(63)) }
        if !matchesDNS1123Label(value.utf8) {
            if matchesDNS1123Subdomain(value) {
                errors.append("must not contain dots")
            } else {
                errors.append(regexError(
                    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                    dns1123LabelFormat, "my-name", "123-abc"))
            }
        }
        return errors
    }

    /// An RFC 1123 subdomain of at most 253 characters (most object names).
    public static func isDNS1123Subdomain(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 253 { errors.append(maxLenError(253)) }
        if !matchesDNS1123Subdomain(value) {
            errors.append(regexError(
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                dns1123LabelFormat + "(\\." + dns1123LabelFormat + ")*", "example.com"))
        }
        return errors
    }

    /// An RFC 1035 label: starts with a letter (service names, port names of some kinds).
    public static func isDNS1035Label(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLenError(63)) }
        let b = value.utf8
        let ok = b.first.map { $0 >= 0x61 && $0 <= 0x7A } == true && b.last.map(isLowerAlnum) == true
            && b.allSatisfy { isLowerAlnum($0) || $0 == 0x2D }
        if !ok {
            errors.append(regexError(
                "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
                "[a-z]([-a-z0-9]*[a-z0-9])?", "my-name", "abc-123"))
        }
        return errors
    }

    /// `*.` followed by a DNS subdomain (Ingress wildcard hosts).
    public static func isWildcardDNS1123Subdomain(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 253 { errors.append(maxLenError(253)) }
        if !(value.hasPrefix("*.") && matchesDNS1123Subdomain(String(value.dropFirst(2)))) {
            errors.append(regexError(
                "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
                "\\*\\." + dns1123LabelFormat + "(\\." + dns1123LabelFormat + ")*", "*.example.com"))
        }
        return errors
    }

    /// A C identifier: `[A-Za-z_][A-Za-z0-9_]*`.
    public static func isCIdentifier(_ value: String) -> [String] {
        let b = value.utf8
        let ok = b.first.map { isAlpha($0) || $0 == 0x5F } == true && b.allSatisfy { isAlnum($0) || $0 == 0x5F }
        return ok ? [] : [regexError(
            "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'",
            "[A-Za-z_][A-Za-z0-9_]*", "my_name", "MY_NAME", "MyName")]
    }

    // MARK: Name validation with generateName prefixes (k8s.io/apimachinery/pkg/api/validation)

    /// With `prefix`, a trailing `-` is allowed (a generateName prefix), as upstream's `maskTrailingDash`.
    static func maskTrailingDash(_ name: String, _ prefix: Bool) -> String {
        guard prefix, name.utf8.count > 1, name.hasSuffix("-") else { return name }
        return String(name.dropLast(2)) + "a"
    }

    /// Upstream's `NameIsDNSSubdomain`: the name rule of most kinds.
    public static func nameIsDNSSubdomain(_ name: String, prefix: Bool) -> [String] {
        isDNS1123Subdomain(maskTrailingDash(name, prefix))
    }

    /// Upstream's `NameIsDNSLabel` (namespaces, ...).
    public static func nameIsDNSLabel(_ name: String, prefix: Bool) -> [String] {
        isDNS1123Label(maskTrailingDash(name, prefix))
    }

    /// Upstream's `NameIsDNS1035Label` (services).
    public static func nameIsDNS1035Label(_ name: String, prefix: Bool) -> [String] {
        isDNS1035Label(maskTrailingDash(name, prefix))
    }

    /// Upstream's `IsValidPathSegmentName`: not `.` or `..`, no `/` or `%`.
    public static func isValidPathSegmentName(_ name: String) -> [String] {
        if name == "." || name == ".." { return ["may not be '\(name)'"] }
        var errors: [String] = []
        for illegal in ["/", "%"] where name.contains(illegal) {
            errors.append("may not contain '\(illegal)'")
        }
        return errors
    }
}
