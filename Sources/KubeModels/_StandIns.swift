// TEMPORARY stand-ins until the real Quantity/IntOrString land (same API surface).
public struct Quantity: Sendable, Hashable, Codable, CustomStringConvertible {
    var text: String
    public init(parsing s: String) throws { text = s }
    public var description: String { text }
    public static let zero = Quantity(text: "0")
    init(text: String) { self.text = text }
}
public enum IntOrString: Sendable, Hashable, Codable {
    case int(Int32)
    case string(String)
}
