/// The label key and value checks that selector parsing performs (apimachinery's
/// `validation.IsQualifiedName`, `IsValidLabelValue` and `IsDNS1123Subdomain`, with their exact
/// messages), and the Go formatting helpers the error texts need.
enum LabelSyntax {
    static let qualifiedNameMaxLength = 63
    static let labelValueMaxLength = 63
    static let dns1123SubdomainMaxLength = 253

    static let qualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let qualifiedNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let labelValueFormat = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"
    static let labelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let dns1123SubdomainFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
    static let dns1123SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"

    // MARK: - Upstream message builders

    static func maxLengthError(_ length: Int) -> String { "must be no more than \(length) characters" }

    static func regexError(_ message: String, _ format: String, _ examples: [String]) -> String {
        if examples.isEmpty { return message + " (regex used for validation is '" + format + "')" }
        var text = message + " (e.g. "
        for (i, example) in examples.enumerated() {
            if i > 0 { text += " or " }
            text += "'" + example + "', "
        }
        return text + "regex used for validation is '" + format + "')"
    }

    // MARK: - Checks

    /// `validation.IsQualifiedName`: the messages, empty when valid.
    static func qualifiedNameErrors(_ value: String) -> [String] {
        var errors = [String]()
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = parts[0]
            name = parts[1]
            if prefix.isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                errors += dns1123SubdomainErrors(prefix).map { "prefix part " + $0 }
            }
        default:
            return ["a qualified name "
                + regexError(qualifiedNameMessage, qualifiedNameFormat, ["MyName", "my.name", "123-abc"])
                + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else if name.utf8.count > qualifiedNameMaxLength {
            errors.append("name part " + maxLengthError(qualifiedNameMaxLength))
        }
        if !isQualifiedNamePart(name.utf8) {
            errors.append("name part " + regexError(qualifiedNameMessage, qualifiedNameFormat, ["MyName", "my.name", "123-abc"]))
        }
        return errors
    }

    /// `validation.IsValidLabelValue`: the messages, empty when valid.
    static func labelValueErrors(_ value: String) -> [String] {
        var errors = [String]()
        if value.utf8.count > labelValueMaxLength { errors.append(maxLengthError(labelValueMaxLength)) }
        if !value.isEmpty && !isQualifiedNamePart(value.utf8) {
            errors.append(regexError(labelValueMessage, labelValueFormat, ["MyValue", "my_value", "12345"]))
        }
        return errors
    }

    /// `validation.IsDNS1123Subdomain`: the messages, empty when valid.
    static func dns1123SubdomainErrors(_ value: Substring) -> [String] {
        var errors = [String]()
        if value.utf8.count > dns1123SubdomainMaxLength { errors.append(maxLengthError(dns1123SubdomainMaxLength)) }
        if !isDNS1123Subdomain(value.utf8) {
            errors.append(regexError(dns1123SubdomainMessage, dns1123SubdomainFormat, ["example.com"]))
        }
        return errors
    }

    /// Whether the bytes match `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`.
    static func isQualifiedNamePart<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first else { return false }
        var last = first
        for byte in bytes {
            guard isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            else { return false }
            last = byte
        }
        return isAlphanumeric(first) && isAlphanumeric(last)
    }

    /// Whether the bytes match the RFC 1123 subdomain pattern (lowercase labels joined by dots).
    static func isDNS1123Subdomain<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var labelLength = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0, isLowerAlphanumeric(previous) else { return false }
                labelLength = 0
            } else if isLowerAlphanumeric(byte) || byte == UInt8(ascii: "-") {
                if labelLength == 0 && byte == UInt8(ascii: "-") { return false }
                labelLength += 1
            } else {
                return false
            }
            previous = byte
        }
        return labelLength > 0 && isLowerAlphanumeric(previous)
    }

    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @inline(__always) static func isLowerAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A)
    }

    // MARK: - Field errors as the selector code reports them

    /// `labels.validateLabelKey`: an `Invalid value` error at `path` (`nil` prints `<nil>`).
    static func labelKeyError(_ key: String, path: String?) -> FieldError? {
        let errors = qualifiedNameErrors(key)
        if errors.isEmpty { return nil }
        return .invalid(path ?? "<nil>", .string(key), errors.joined(separator: "; "))
    }

    /// `labels.validateLabelValue`: an `Invalid value` error at `path[key]`.
    static func labelValueError(key: String, value: String, path: String?) -> FieldError? {
        let errors = labelValueErrors(value)
        if errors.isEmpty { return nil }
        return .invalid((path ?? "") + "[" + key + "]", .string(value), errors.joined(separator: "; "))
    }

    /// The message of upstream's `field.ErrorList.ToAggregate()`: duplicates dropped, one error
    /// alone or `[a, b]`.
    static func aggregateMessage(_ errors: [FieldError]) -> String {
        var seen = Set<String>()
        var unique = [FieldError]()
        for error in errors where seen.insert(error.description).inserted { unique.append(error) }
        return unique.aggregateDescription
    }

    /// A `[]string` printed as Go's `%#v`: `[]string{"a", "b"}`, `[]string{}`, or `[]string(nil)`.
    static func goStringSlice(_ values: [String], isNil: Bool) -> String {
        if isNil && values.isEmpty { return "[]string(nil)" }
        return "[]string{" + values.map(FieldError.goQuote).joined(separator: ", ") + "}"
    }

    // MARK: - Go string helpers

    /// Go's string ordering (by UTF-8 bytes), which `sort.Strings` uses.
    @inline(__always) static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Go's `strings.TrimSpace` (Unicode white space).
    static func trimmingGoSpace(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isGoSpace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isGoSpace($0) }) else { return "" }
        return String(scalars[start...last])
    }

    /// Go's `unicode.IsSpace`.
    static func isGoSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Parses a decimal `Int64` as Go's `strconv.ParseInt(s, 10, 64)`: an optional sign, then one
    /// or more ASCII digits, within range. Allocation-free.
    static func parseInt64(_ text: String) -> Int64? {
        var utf8 = text.utf8.makeIterator()
        guard var byte = utf8.next() else { return nil }
        var negative = false
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            negative = byte == UInt8(ascii: "-")
            guard let next = utf8.next() else { return nil }
            byte = next
        }
        // Accumulate as a negative number so Int64.min fits.
        var value: Int64 = 0
        while true {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.subtractingReportingOverflow(Int64(byte - 0x30))
            if o1 || o2 { return nil }
            value = next
            guard let following = utf8.next() else { break }
            byte = following
        }
        if negative { return value }
        return value == .min ? nil : -value
    }
}
