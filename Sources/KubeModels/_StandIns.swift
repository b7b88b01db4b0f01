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
