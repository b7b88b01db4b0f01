extension Deployment {
    /// The API server's validation of a (defaulted) Deployment (`ValidateDeployment`): metadata,
    /// a non-negative replica count, a selector that matches the template's labels, a valid pod
    /// template that always restarts, the rollout strategy and the history and deadline fields.
    ///
    /// ```swift
    /// var deployment = Deployment(name: "web", namespace: "default")
    /// deployment.spec.replicas = -1
    /// deployment.defaulted().validate().first?.description
    /// // "spec.replicas: Invalid value: -1: must be greater than or equal to 0"
    /// ```
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        errors += FieldRules.nonNegative(spec.replicas ?? 0, "spec.replicas")
        errors += WorkloadRules.validateRequiredSelector(
            spec.selector, templateLabels: spec.template.metadata.labels, path: "spec", templatePath: "spec.template")
        errors += WorkloadRules.validateReplicatedTemplate(spec.template, kind: "ReplicaSet", path: "spec.template")
        errors += Self.validateStrategy(spec.strategy ?? DeploymentStrategy(), path: "spec.strategy")
        errors += FieldRules.nonNegative(spec.minReadySeconds ?? 0, "spec.minReadySeconds")
        if let limit = spec.revisionHistoryLimit {
            errors += FieldRules.nonNegative(limit, "spec.revisionHistoryLimit")
        }
        if let deadline = spec.progressDeadlineSeconds {
            errors += FieldRules.nonNegative(deadline, "spec.progressDeadlineSeconds")
            if deadline <= spec.minReadySeconds ?? 0 {
                errors.append(.invalid("spec.progressDeadlineSeconds", .int(Int64(deadline)), "must be greater than minReadySeconds"))
            }
        }
        return errors
    }

    /// Upstream `ValidateDeploymentStrategy` and `ValidateRollingUpdateDeployment`.
    static func validateStrategy(_ strategy: DeploymentStrategy, path: String) -> [FieldError] {
        switch strategy.type ?? "" {
        case "Recreate":
            if strategy.rollingUpdate != nil {
                return [.forbidden("\(path).rollingUpdate", "may not be specified when strategy `type` is 'Recreate'")]
            }
            return []
        case "RollingUpdate":
            guard let rolling = strategy.rollingUpdate else {
                return [.required("\(path).rollingUpdate", "this should be defaulted and never be nil")]
            }
            let unavailable = rolling.maxUnavailable ?? .int(0), surge = rolling.maxSurge ?? .int(0)
            let at = "\(path).rollingUpdate"
            var errors = WorkloadRules.positiveIntOrPercent(unavailable, "\(at).maxUnavailable")
            errors += WorkloadRules.positiveIntOrPercent(surge, "\(at).maxSurge")
            if WorkloadRules.intOrPercentValue(unavailable) == 0 && WorkloadRules.intOrPercentValue(surge) == 0 {
                errors.append(.invalid("\(at).maxUnavailable", FieldRules.goIntOrString(unavailable), "may not be 0 when `maxSurge` is 0"))
            }
            errors += WorkloadRules.notMoreThan100Percent(unavailable, "\(at).maxUnavailable")
            return errors
        case let other:
            return [.notSupported(path, .string(other), ["Recreate", "RollingUpdate"])]
        }
    }
}
