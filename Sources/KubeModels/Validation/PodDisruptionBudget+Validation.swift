extension PodDisruptionBudget {
    /// The API server's validation of a PodDisruptionBudget (`ValidatePodDisruptionBudget`, and
    /// the generic metadata check the API server runs for every object): not both
    /// `minAvailable` and `maxUnavailable`, each a non-negative number or a percentage of at most
    /// 100%, a well-formed selector and a known unhealthy-pod eviction policy.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: FieldRules.pathSegmentName)
        if spec.minAvailable != nil && spec.maxUnavailable != nil {
            errors.append(.invalid("spec", .omitted, "minAvailable and maxUnavailable cannot be both set"))
        }
        for (field, value) in [("minAvailable", spec.minAvailable), ("maxUnavailable", spec.maxUnavailable)] {
            guard let value else { continue }
            errors += WorkloadRules.positiveIntOrPercent(value, "spec.\(field)")
            errors += WorkloadRules.notMoreThan100Percent(value, "spec.\(field)")
        }
        errors += spec.selector?.validate(path: "spec.selector") ?? []
        if let policy = spec.unhealthyPodEvictionPolicy, policy != "AlwaysAllow" && policy != "IfHealthyBudget" {
            errors.append(.notSupported("spec.unhealthyPodEvictionPolicy", .string(policy), ["AlwaysAllow", "IfHealthyBudget"]))
        }
        return errors
    }
}
