extension Labels {
    /// One condition of a label selector: a key, an operator and values, as upstream's
    /// `labels.Requirement`.
    ///
    /// ```swift
    /// let tier = try Labels.Requirement(key: "tier", operator: .in, values: ["web", "api"])
    /// tier.matches(["tier": "api"])   // true
    /// tier.description                // "tier in (api,web)"
    /// ```
    public struct Requirement: Sendable, Hashable, CustomStringConvertible {
        /// The label key.
        public let key: String
        /// How the label's value relates to ``values``.
        public let `operator`: Operator
        /// The values, sorted by their bytes (duplicates given to the initializer are kept, as
        /// upstream's `String()` shows them).
        public let values: [String]
        /// The integer bound of a `gt`/`lt` requirement (validated at construction).
        let bound: Int64

        /// Creates a validated requirement, as upstream's `labels.NewRequirement`.
        ///
        /// The key must be a qualified name (`[prefix/]name`), every value a valid label value;
        /// `in`/`notin` need at least one value, `=`/`==`/`!=` exactly one, `exists`/`!` none,
        /// and `gt`/`lt` exactly one integer.
        ///
        /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector`` and
        ///   upstream's aggregated field-error message, e.g.
        ///   `values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty`.
        public init(key: String, operator: Operator, values: [String] = []) throws {
            try self.init(key: key, rawOperator: `operator`.rawValue, values: values, valuesAreNil: false, path: nil)
        }

        /// The shared validating constructor. `rawOperator` may be unknown (upstream reports it as
        /// `Unsupported value`); `valuesAreNil` chooses how Go would print an empty value list.
        init(key: String, rawOperator: String, values: [String], valuesAreNil: Bool, path: String?) throws {
            var errors = [FieldError]()
            let prefix = path.map { $0 + "." } ?? ""
            if let error = LabelSyntax.labelKeyError(key, path: prefix + "key") { errors.append(error) }
            let valuesPath = prefix + "values"
            func printedValues() -> FieldError.BadValue {
                .other(LabelSyntax.goStringSlice(values, isNil: valuesAreNil))
            }
            let op = Operator(rawValue: rawOperator)
            switch op {
            case .in?, .notIn?:
                if values.isEmpty {
                    errors.append(.invalid(valuesPath, printedValues(), "for 'in', 'notin' operators, values set can't be empty"))
                }
            case .equals?, .doubleEquals?, .notEquals?:
                if values.count != 1 {
                    errors.append(.invalid(valuesPath, printedValues(), "exact-match compatibility requires one single value"))
                }
            case .exists?, .doesNotExist?:
                if !values.isEmpty {
                    errors.append(.invalid(valuesPath, printedValues(), "values set must be empty for exists and does not exist"))
                }
            case .greaterThan?, .lessThan?:
                if values.count != 1 {
                    errors.append(.invalid(valuesPath, printedValues(), "for 'Gt', 'Lt' operators, exactly one value is required"))
                }
                for (i, value) in values.enumerated() where LabelSyntax.parseInt64(value) == nil {
                    errors.append(.invalid("\(valuesPath)[\(i)]", .string(value), "for 'Gt', 'Lt' operators, the value must be an integer"))
                }
            case nil:
                errors.append(.notSupported(prefix + "operator", .string(rawOperator), Operator.valid.map(\.rawValue)))
            }
            for (i, value) in values.enumerated() {
                if let error = LabelSyntax.labelValueError(key: key, value: value, path: "\(valuesPath)[\(i)]") {
                    errors.append(error)
                }
            }
            guard errors.isEmpty, let op else {
                throw KubeModelsError(.invalidSelector, LabelSyntax.aggregateMessage(errors))
            }
            self.init(uncheckedKey: key, operator: op, values: values)
        }

        /// Creates a requirement without validation (upstream builds these for
        /// `SelectorFromValidatedSet`); the values are sorted here.
        init(uncheckedKey key: String, operator: Operator, values: [String]) {
            self.key = key
            self.operator = `operator`
            self.values = values.count > 1 ? values.sorted(by: LabelSyntax.byteOrder) : values
            switch `operator` {
            case .greaterThan, .lessThan:
                self.bound = values.count == 1 ? LabelSyntax.parseInt64(values[0]) ?? 0 : 0
            default:
                self.bound = 0
            }
        }

        /// Whether the labels satisfy this requirement, with upstream's semantics:
        /// `in`/`=`/`==` need the key present with one of the values; `notin`/`!=` hold when the
        /// key is absent or its value is not listed; `exists`/`!` test presence; `gt`/`lt` need the
        /// key present with an integer value strictly above/below the bound. Allocation-free.
        public func matches(_ labels: [String: String]) -> Bool {
            switch `operator` {
            case .in, .equals, .doubleEquals:
                guard let value = labels[key] else { return false }
                return hasValue(value)
            case .notIn, .notEquals:
                guard let value = labels[key] else { return true }
                return !hasValue(value)
            case .exists:
                return labels[key] != nil
            case .doesNotExist:
                return labels[key] == nil
            case .greaterThan, .lessThan:
                guard let text = labels[key], let value = LabelSyntax.parseInt64(text), values.count == 1 else {
                    return false
                }
                return `operator` == .greaterThan ? value > bound : value < bound
            }
        }

        @inline(__always) func hasValue(_ value: String) -> Bool {
            for candidate in values where candidate == value { return true }
            return false
        }

        /// The requirement as selector text, as upstream's `Requirement.String()`:
        /// `key=v`, `key==v`, `key!=v`, `key in (a,b)`, `key notin (a,b)`, `key>1`, `key<1`,
        /// `key`, `!key`.
        public var description: String {
            var text = ""
            if `operator` == .doesNotExist { text += "!" }
            text += key
            switch `operator` {
            case .equals: text += "="
            case .doubleEquals: text += "=="
            case .notEquals: text += "!="
            case .in: text += " in "
            case .notIn: text += " notin "
            case .greaterThan: text += ">"
            case .lessThan: text += "<"
            case .exists, .doesNotExist: return text
            }
            let isSet = `operator` == .in || `operator` == .notIn
            if isSet { text += "(" }
            text += values.joined(separator: ",")
            if isSet { text += ")" }
            return text
        }
    }
}
