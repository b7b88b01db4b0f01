extension ReplicaSet {
    /// The API server's validation of a (defaulted) ReplicaSet (`ValidateReplicaSet`): metadata,
    /// non-negative replicas and `minReadySeconds`, a selector that matches the template's
    /// labels, and a valid pod template that always restarts.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        errors += FieldRules.nonNegative(spec.replicas ?? 0, "spec.replicas")
        errors += FieldRules.nonNegative(spec.minReadySeconds ?? 0, "spec.minReadySeconds")
        let labels = spec.template?.metadata.labels ?? [:]
        errors += WorkloadRules.validateRequiredSelector(spec.selector, templateLabels: labels, path: "spec", templatePath: "spec.template")
        if let template = spec.template {
            errors += WorkloadRules.validateReplicatedTemplate(template, kind: "ReplicaSet", path: "spec.template")
        } else {
            errors.append(.required("spec.template"))
        }
        return errors
    }
}
