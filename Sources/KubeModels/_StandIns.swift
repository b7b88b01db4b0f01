// TEMPORARY stand-ins until the real selectors land (same API surface).
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
