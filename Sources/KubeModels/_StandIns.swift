// TEMPORARY stand-ins until the real Quantity/IntOrString land (same API surface).
public struct Quantity: Sendable, Hashable, Codable, CustomStringConvertible {
    var text: String
    public init(from decoder: any Decoder) throws { let c = try decoder.singleValueContainer(); if let s = try? c.decode(String.self) { text = s } else { text = String(try c.decode(Int64.self)) } }
    public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(text) }
    public init(parsing s: String) throws { text = s }
    public var description: String { text }
    public static let zero = Quantity(text: "0")
    init(text: String) { self.text = text }
}
public enum IntOrString: Sendable, Hashable, Codable {
    case int(Int32)
    case string(String)
    public init(from decoder: any Decoder) throws { let c = try decoder.singleValueContainer(); if let s = try? c.decode(String.self) { self = .string(s) } else { self = .int(try c.decode(Int32.self)) } }
    public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); switch self { case .int(let i): try c.encode(i); case .string(let s): try c.encode(s) } }
}
public enum Labels {
    public struct Selector: Sendable, Hashable, CustomStringConvertible {
        public init(parsing s: String) throws {}
        public func matches(_ labels: [String: String]) -> Bool { true }
        public var description: String { "" }
        public static let everything = Selector()
        init() {}
    }
}
public enum Fields {
    public struct Selector: Sendable, Hashable, CustomStringConvertible {
        public init(parsing s: String) throws {}
        public func matches(_ fields: [String: String]) -> Bool { true }
        public func requiresExactMatch(_ field: String) -> String? { nil }
        public var description: String { "" }
        public static let everything = Selector()
        init() {}
    }
}
extension Quantity {
    public enum Format: String, Sendable { case decimalExponent = "DecimalExponent", binarySI = "BinarySI", decimalSI = "DecimalSI" }
    public static func cpu(millis: Int64) -> Quantity { Quantity(text: millis % 1000 == 0 ? "\(millis / 1000)" : "\(millis)m") }
    public static func bytes(_ n: Int64) -> Quantity { Quantity(text: n % (1 << 20) == 0 ? "\(n >> 20)Mi" : "\(n)") }
    public init(_ value: Int64, format: Format) { text = "\(value)" }
}
