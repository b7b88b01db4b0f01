extension LabelSelector {
    /// The API server's check of a structured label selector (`ValidateLabelSelector`): valid
    /// `matchLabels`, and for each expression a known operator with the right number of values, a
    /// qualified key and valid values.
    ///
    /// ```swift
    /// LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "In")])
    ///     .validate(path: "spec.selector")
    /// // [spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn']
    /// ```
    ///
    /// - Parameters:
    ///   - path: the field path of the selector.
    ///   - allowInvalidLabelValues: skip the label-value format check of expression values, as the
    ///     API server does for some older fields.
    public func validate(path: String, allowInvalidLabelValues: Bool = false) -> [FieldError] {
        var errors = Validation.validateLabels(matchLabels, path: "\(path).matchLabels")
        for (index, requirement) in matchExpressions.enumerated() {
            let at = "\(path).matchExpressions[\(index)]"
            switch requirement.operator {
            case "In", "NotIn":
                if requirement.values.isEmpty {
                    errors.append(.required("\(at).values", "must be specified when `operator` is 'In' or 'NotIn'"))
                }
            case "Exists", "DoesNotExist":
                if !requirement.values.isEmpty {
                    errors.append(.forbidden("\(at).values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
                }
            default:
                errors.append(.invalid("\(at).operator", .string(requirement.operator), "not a valid selector operator"))
            }
            errors += FieldRules.qualifiedName(requirement.key, "\(at).key")
            if !allowInvalidLabelValues {
                for (valueIndex, value) in requirement.values.enumerated() {
                    errors += FieldRules.each(Validation.isValidLabelValue(value), "\(at).values[\(valueIndex)]", value)
                }
            }
        }
        return errors
    }

    /// Whether the selector has neither labels nor expressions. On the wire an absent selector
    /// and an empty one look the same in these models.
    var isEmptySelector: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }
}
