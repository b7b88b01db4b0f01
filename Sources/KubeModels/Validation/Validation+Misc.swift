extension Validation {
    /// A percentage such as `25%` (`[0-9]+%`).
    public static func isValidPercent(_ value: String) -> [String] {
        let b = value.utf8
        let ok = b.count >= 2 && b.last == 0x25 && b.dropLast().allSatisfy(isDigit)
        return ok ? [] : [regexError("a valid percent string must be a numeric string followed by an ending '%'", "[0-9]+%", "1%", "93%")]
    }

    /// A ConfigMap or Secret key: `[-._a-zA-Z0-9]+`, at most 253 characters, not `.`/`..`.
    public static func isConfigMapKey(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 253 { errors.append(maxLenError(253)) }
        let b = value.utf8
        if b.isEmpty || !b.allSatisfy({ isAlnum($0) || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F }) {
            errors.append(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
                                     "[-._a-zA-Z0-9]+", "key.name", "KEY_NAME", "key-name"))
        }
        return errors + hasChDirPrefix(value)
    }

    /// An environment variable name: `[-._a-zA-Z][-._a-zA-Z0-9]*`, not `.`/`..`.
    public static func isEnvVarName(_ value: String) -> [String] {
        var errors: [String] = []
        let b = value.utf8
        let ok = b.first.map { isAlpha($0) || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F } == true
            && b.allSatisfy { isAlnum($0) || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F }
        if !ok {
            errors.append(regexError(
                "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
                "[-._a-zA-Z][-._a-zA-Z0-9]*", "my.env-name", "MY_ENV.NAME", "MyEnvName1"))
        }
        return errors + hasChDirPrefix(value)
    }

    /// A relaxed environment variable name (1.32's `RelaxedEnvironmentVariableValidation`):
    /// printable ASCII other than `=`.
    public static func isRelaxedEnvVarName(_ value: String) -> [String] {
        var errors: [String] = []
        if value.isEmpty { errors.append("environment variable name " + emptyError) }
        if !value.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E && $0 != 0x3D }) {
            errors.append("a valid environment variable name must consist only of printable ASCII characters other than '='")
        }
        return errors + hasChDirPrefix(value)
    }

    /// An HTTP header name: `[-A-Za-z0-9]+`.
    public static func isHTTPHeaderName(_ value: String) -> [String] {
        let b = value.utf8
        return !b.isEmpty && b.allSatisfy({ isAlnum($0) || $0 == 0x2D }) ? [] : [
            regexError("a valid HTTP header must consist of alphanumeric characters or '-'", "[-A-Za-z0-9]+", "X-Header-Name"),
        ]
    }

    static func hasChDirPrefix(_ value: String) -> [String] {
        if value == "." { return ["must not be '.'"] }
        if value == ".." { return ["must not be '..'"] }
        if value.hasPrefix("..") { return ["must not start with '..'"] }
        return []
    }

    // MARK: Object metadata (metav1 validation, apimachinery api/validation)

    /// Label keys must be qualified names and values valid label values; errors at `path` as
    /// upstream's `ValidateLabels` (keys in sorted order, so the output is stable).
    public static func validateLabels(_ labels: [String: String], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for key in labels.keys.sorted() {
            for m in isQualifiedName(key) { errors.append(.invalid(path, .string(key), m)) }
            let value = labels[key] ?? ""
            for m in isValidLabelValue(value) { errors.append(.invalid(path, .string(value), m)) }
        }
        return errors
    }

    /// The total size of all annotations (keys and values) may not exceed 256 KiB.
    public static let totalAnnotationSizeLimit = 256 * 1024

    /// Annotation keys must be qualified names (case-insensitively), and all annotations
    /// together at most 256 KiB, as upstream's `ValidateAnnotations`.
    public static func validateAnnotations(_ annotations: [String: String], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var size = 0
        for key in annotations.keys.sorted() {
            for m in isQualifiedName(key.lowercased()) { errors.append(.invalid(path, .string(key), m)) }
            size += key.utf8.count + (annotations[key]?.utf8.count ?? 0)
        }
        if size > totalAnnotationSizeLimit { errors.append(.tooLong(path, max: totalAnnotationSizeLimit)) }
        return errors
    }

    /// `must be greater than or equal to 0` at `path` for a negative value.
    public static func validateNonnegative(_ value: Int64, path: String) -> [FieldError] {
        value < 0 ? [.invalid(path, .int(value), "must be greater than or equal to 0")] : []
    }
}
