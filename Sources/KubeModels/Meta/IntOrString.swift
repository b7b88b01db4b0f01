/// A value that is either a 32-bit integer or a string, such as a port (`8080` or `"http"`) or
/// a count or percentage (`1` or `"25%"`): upstream `k8s.io/apimachinery/pkg/util/intstr.IntOrString`.
///
/// ```swift
/// let surge: IntOrString = "25%"
/// try surge.scaledValue(total: 10, roundUp: true)   // 3
/// let port: IntOrString = 8080
/// ```
public enum IntOrString: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// An integer (upstream `Type == Int`, `IntVal`).
    case int(Int32)
    /// A string (upstream `Type == String`, `StrVal`).
    case string(String)

    /// An integer value.
    public init(integerLiteral value: Int32) {
        self = .int(value)
    }

    /// A string value.
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    /// An integer when `text` is one that fits in an `Int32`, otherwise the string itself
    /// (upstream `intstr.Parse`).
    public static func parse(_ text: String) -> IntOrString {
        if case .success(let value) = goAtoi(text), let small = Int32(exactly: value) {
            return .int(small)
        }
        return .string(text)
    }

    /// The string, or the integer in decimal (upstream `String()`).
    public var description: String {
        switch self {
        case .int(let value): return String(value)
        case .string(let text): return text
        }
    }

    /// The integer, or the string read as a decimal integer, 0 when it is not one (upstream
    /// `IntValue()`).
    public var intValue: Int {
        switch self {
        case .int(let value):
            return Int(value)
        case .string(let text):
            switch Self.goAtoi(text) {
            case .success(let value): return value
            case .failure(let error): return error.clampedValue
            }
        }
    }
}

extension IntOrString: Codable {
    /// Decodes a JSON integer (`Int32`) or a JSON string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for anything else, including integers outside the
    ///   `Int32` range and fractional numbers. (Foundation's `JSONDecoder` reads a whole number
    ///   written `1.0` or `1e2` as an integer, which Go rejects.)
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int32.self) {
            self = .int(value)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "an IntOrString must be a JSON string or a JSON integer that fits in int32"))
        }
    }

    /// Encodes the integer as a JSON number or the string as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let text): try container.encode(text)
        }
    }
}
