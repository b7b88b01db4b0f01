/// One validation failure at one field, formatted exactly as the Kubernetes API server does
/// (`k8s.io/apimachinery/pkg/util/validation/field.Error`).
///
/// ```swift
/// FieldError.invalid("spec.replicas", .int(-1), "must be greater than or equal to 0").description
/// // "spec.replicas: Invalid value: -1: must be greater than or equal to 0"
/// ```
public struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, with upstream's wording.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case notFound = "Not found"
        case required = "Required value"
        case duplicate = "Duplicate value"
        case invalid = "Invalid value"
        case notSupported = "Unsupported value"
        case forbidden = "Forbidden"
        case tooLong = "Too long"
        case tooMany = "Too many"
        case `internal` = "Internal error"
        case typeInvalid = "Invalid value "
    }

    /// The offending value, printed as Go's `%v`/`%q` would print it.
    public enum BadValue: Sendable, Hashable, CustomStringConvertible {
        /// No value is printed (upstream's `omitValue`).
        case omitted
        /// A `nil` value, printed as `null`.
        case null
        case int(Int64)
        case double(Double)
        case bool(Bool)
        /// A string, printed quoted (`"abc"`) as Go's `%q` does.
        case string(String)
        /// Any other value, printed as given.
        case other(String)

        public var description: String {
            switch self {
            case .omitted: return ""
            case .null: return "null"
            case .int(let v): return String(v)
            case .double(let v): return FieldError.goFloat(v)
            case .bool(let v): return v ? "true" : "false"
            case .string(let s): return FieldError.goQuote(s)
            case .other(let s): return s
            }
        }
    }

    /// The kind of failure.
    public var kind: Kind
    /// The JSON path of the field, e.g. `spec.template.spec.containers[0].image`.
    public var field: String
    /// The offending value.
    public var badValue: BadValue
    /// Extra explanation, appended after the value.
    public var detail: String

    /// Creates a field error.
    public init(_ kind: Kind, field: String, badValue: BadValue = .omitted, detail: String = "") {
        self.kind = kind
        self.field = field
        self.badValue = badValue
        self.detail = detail
    }

    /// `Required value`, with an optional detail.
    public static func required(_ field: String, _ detail: String = "") -> FieldError {
        FieldError(.required, field: field, detail: detail)
    }
    /// `Invalid value: <value>: <detail>`.
    public static func invalid(_ field: String, _ value: BadValue, _ detail: String) -> FieldError {
        FieldError(.invalid, field: field, badValue: value, detail: detail)
    }
    /// `Unsupported value: <value>: supported values: "a", "b"`.
    public static func notSupported(_ field: String, _ value: BadValue, _ supported: [String]) -> FieldError {
        let detail = supported.isEmpty ? "" : "supported values: " + supported.map(goQuote).joined(separator: ", ")
        return FieldError(.notSupported, field: field, badValue: value, detail: detail)
    }
    /// `Duplicate value: <value>`.
    public static func duplicate(_ field: String, _ value: BadValue) -> FieldError {
        FieldError(.duplicate, field: field, badValue: value)
    }
    /// `Forbidden: <detail>`.
    public static func forbidden(_ field: String, _ detail: String) -> FieldError {
        FieldError(.forbidden, field: field, detail: detail)
    }
    /// `Too long: may not be more than <max> bytes` (upstream's wording when the limit is known).
    public static func tooLong(_ field: String, max: Int) -> FieldError {
        FieldError(.tooLong, field: field, detail: "may not be more than \(max) bytes")
    }
    /// `Too many: <actual>: must have at most <max> items`.
    public static func tooMany(_ field: String, actual: Int, max: Int) -> FieldError {
        FieldError(.tooMany, field: field, badValue: .int(Int64(actual)), detail: "must have at most \(max) items")
    }
    /// `Not found: <value>`.
    public static func notFound(_ field: String, _ value: BadValue) -> FieldError {
        FieldError(.notFound, field: field, badValue: value)
    }

    /// The error body without the field path, as `field.Error.ErrorBody()`.
    public var body: String {
        var s: String
        switch kind {
        case .required, .forbidden, .tooLong, .internal:
            s = kind.rawValue
        default:
            if case .omitted = badValue {
                s = kind.rawValue
            } else {
                s = "\(kind.rawValue): \(badValue)"
            }
        }
        if !detail.isEmpty { s += ": \(detail)" }
        return s
    }

    /// `<field>: <body>`, exactly as the API server prints it.
    public var description: String { "\(field): \(body)" }

    /// Quotes a string as Go's `%q` does (strconv.Quote).
    public static func goQuote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{0B}": out += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex2(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex2(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 4) & 0xF], digits[Int(v) & 0xF]])
    }

    /// Formats a double as Go's `%v` does for the common cases.
    static func goFloat(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e21 { return String(Int64(v)) }
        return String(v)
    }
}

extension Array where Element == FieldError {
    /// The errors joined as the API server's aggregate message: one error alone, or
    /// `[a, b, c]` for several.
    public var aggregateDescription: String {
        switch count {
        case 0: return ""
        case 1: return self[0].description
        default: return "[" + map(\.description).joined(separator: ", ") + "]"
        }
    }
}
