extension Labels {
    /// How a requirement relates a label's value to its values; the raw values are upstream's
    /// `selection.Operator` strings.
    public enum Operator: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The label is absent (`!key`).
        case doesNotExist = "!"
        /// The label equals the single value (`key=value`).
        case equals = "="
        /// The label equals the single value (`key==value`).
        case doubleEquals = "=="
        /// The label is present and its value is one of the values (`key in (a,b)`).
        case `in` = "in"
        /// The label is absent or differs from the single value (`key!=value`).
        case notEquals = "!="
        /// The label is absent or its value is none of the values (`key notin (a,b)`).
        case notIn = "notin"
        /// The label is present (`key`).
        case exists = "exists"
        /// The label is an integer greater than the single integer value (`key>1`).
        case greaterThan = "gt"
        /// The label is an integer less than the single integer value (`key<1`).
        case lessThan = "lt"

        /// The operator's upstream name (its raw value).
        public var description: String { rawValue }

        /// Upstream's `binaryOperators` order, used in parser messages.
        static let binary: [Operator] = [.in, .notIn, .equals, .doubleEquals, .notEquals, .greaterThan, .lessThan]
        /// Upstream's `validRequirementOperators` order (binary, then unary).
        static let valid: [Operator] = binary + [.exists, .doesNotExist]
    }
}
