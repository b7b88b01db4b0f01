extension Fields {
    /// How a field selector term compares a field; raw values are the selector spellings.
    public enum Operator: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The field equals the value (`field=value`; `==` parses to this too).
        case equals = "="
        /// The field differs from the value (`field!=value`).
        case notEquals = "!="

        /// The operator's spelling (its raw value).
        public var description: String { rawValue }
    }

    /// One term of a field selector, as upstream's `fields.Requirement` (`hasTerm`/`notHasTerm`).
    public struct Requirement: Sendable, Hashable, CustomStringConvertible {
        /// The field path, e.g. `spec.nodeName` (taken literally: no escaping, no trimming).
        public var field: String
        /// The comparison.
        public var `operator`: Operator
        /// The unescaped value.
        public var value: String

        /// Creates a term.
        public init(field: String, operator: Operator, value: String) {
            self.field = field
            self.operator = `operator`
            self.value = value
        }

        /// Whether the fields satisfy the term; a missing field reads as the empty string, as
        /// upstream's `Set.Get`. Allocation-free.
        @inline(__always)
        public func matches(_ fields: [String: String]) -> Bool {
            let equal: Bool
            if let actual = fields[field] { equal = actual == value } else { equal = value.isEmpty }
            return `operator` == .equals ? equal : !equal
        }

        /// The term as selector text with the value escaped: `field=value` or `field!=value`.
        public var description: String { field + `operator`.rawValue + Fields.escapeValue(value) }
    }
}
