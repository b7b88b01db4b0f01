extension Labels.Selector {
    /// Converts the API's structured selector, as upstream's `metav1.LabelSelectorAsSelector`.
    ///
    /// Each `matchLabels` entry becomes `key=value` and each `matchExpressions` entry a
    /// requirement with operator `In`, `NotIn`, `Exists` or `DoesNotExist`; all are validated as
    /// upstream's `NewRequirement` does. An empty `LabelSelector` matches everything (a missing one
    /// matches nothing: see ``from(_:)``).
    ///
    /// ```swift
    /// let selector = try Labels.Selector(LabelSelector(
    ///     matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "In", values: ["a", "b"])],
    ///     matchLabels: ["app": "web"]))
    /// selector.description   // "app=web,tier in (a,b)"
    /// ```
    ///
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector`` and
    ///   upstream's message, e.g. `"Foo" is not a valid label selector operator` or
    ///   `values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty`.
    ///   `matchLabels` are checked in key order, so the error names the first invalid key.
    public init(_ selector: LabelSelector) throws {
        if selector.matchLabels.isEmpty && selector.matchExpressions.isEmpty {
            self = .everything
            return
        }
        var requirements = [Labels.Requirement]()
        requirements.reserveCapacity(selector.matchLabels.count + selector.matchExpressions.count)
        for key in selector.matchLabels.keys.sorted(by: LabelSyntax.byteOrder) {
            let value = selector.matchLabels[key] ?? ""
            requirements.append(try Labels.Requirement(key: key, operator: .equals, values: [value]))
        }
        for expression in selector.matchExpressions {
            let op: Labels.Operator
            switch expression.operator {
            case "In": op = .in
            case "NotIn": op = .notIn
            case "Exists": op = .exists
            case "DoesNotExist": op = .doesNotExist
            default:
                throw KubeModelsError(
                    .invalidSelector, "\(FieldError.goQuote(expression.operator)) is not a valid label selector operator")
            }
            // Upstream copies the values with append([]string(nil), ...), so an empty list prints as nil.
            requirements.append(try Labels.Requirement(
                key: expression.key, rawOperator: op.rawValue, values: expression.values, valuesAreNil: true, path: nil))
        }
        self.init(requirements)
    }

    /// Converts an optional API selector: `nil` gives ``nothing`` (matches no object), anything
    /// else ``init(_:)``, as upstream's `LabelSelectorAsSelector` does with a nil pointer.
    ///
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector``.
    public static func from(_ selector: LabelSelector?) throws -> Labels.Selector {
        guard let selector else { return .nothing }
        return try Labels.Selector(selector)
    }
}
