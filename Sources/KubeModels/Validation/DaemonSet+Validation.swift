extension DaemonSet {
    /// The API server's validation of a (defaulted) DaemonSet (`ValidateDaemonSet`): metadata, a
    /// well-formed non-empty selector that matches the template's labels, a valid pod template
    /// that always restarts, and the update strategy.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        let labels = spec.template.metadata.labels
        if spec.selector.isEmptySelector {
            // Upstream: an absent selector matches nothing, so only the mismatch is reported.
            errors.append(WorkloadRules.mismatch(labels, templatePath: "spec.template"))
        } else {
            errors += spec.selector.validate(path: "spec.selector")
            errors += WorkloadRules.matching(spec.selector, templateLabels: labels, path: "spec", templatePath: "spec.template")
        }
        errors += spec.template.validate(path: "spec.template")
        errors += WorkloadRules.alwaysRestartNoDeadline(spec.template.spec ?? PodSpec(), kind: "DaemonSet", path: "spec.template")
        errors += FieldRules.nonNegative(spec.minReadySeconds ?? 0, "spec.minReadySeconds")
        errors += Self.validateUpdateStrategy(spec.updateStrategy ?? DaemonSetUpdateStrategy())
        if let limit = spec.revisionHistoryLimit {
            errors += FieldRules.nonNegative(limit, "spec.revisionHistoryLimit")
        }
        return errors
    }

    private static func validateUpdateStrategy(_ strategy: DaemonSetUpdateStrategy) -> [FieldError] {
        let path = "spec.updateStrategy"
        switch strategy.type ?? "" {
        case "OnDelete":
            return []
        case "RollingUpdate":
            guard let rolling = strategy.rollingUpdate else { return [.required("\(path).rollingUpdate")] }
            let at = "\(path).rollingUpdate"
            let unavailable = rolling.maxUnavailable ?? .int(0), surge = rolling.maxSurge ?? .int(0)
            var errors = WorkloadRules.positiveIntOrPercent(unavailable, "\(at).maxUnavailable")
            errors += WorkloadRules.positiveIntOrPercent(surge, "\(at).maxSurge")
            errors += WorkloadRules.notMoreThan100Percent(unavailable, "\(at).maxUnavailable")
            errors += WorkloadRules.notMoreThan100Percent(surge, "\(at).maxSurge")
            let hasUnavailable = WorkloadRules.intOrPercentValue(unavailable) != 0
            let hasSurge = WorkloadRules.intOrPercentValue(surge) != 0
            if hasUnavailable && hasSurge {
                errors.append(.invalid("\(at).maxSurge", FieldRules.goIntOrString(surge), "may not be set when maxUnavailable is non-zero"))
            } else if !hasUnavailable && !hasSurge {
                errors.append(.required("\(at).maxUnavailable", "cannot be 0 when maxSurge is 0"))
            }
            return errors
        case let other:
            return [.notSupported(path, .string(other), ["RollingUpdate", "OnDelete"])]
        }
    }
}
