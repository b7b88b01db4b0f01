extension StatefulSet {
    /// The API server's validation of a (defaulted) StatefulSet (`ValidateStatefulSet`): a
    /// DNS-label name, the pod management policy, update strategy and claim retention policy,
    /// non-negative counts, a selector that matches the template's labels, and a template that
    /// always restarts. As upstream, the template's pod spec itself is not validated here.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSLabel)
        let policy = spec.podManagementPolicy ?? ""
        switch policy {
        case "": errors.append(.required("spec.podManagementPolicy"))
        case "OrderedReady", "Parallel": break
        default: errors.append(.invalid("spec.podManagementPolicy", .string(policy), "must be 'OrderedReady' or 'Parallel'"))
        }
        errors += Self.validateUpdateStrategy(spec.updateStrategy ?? StatefulSetUpdateStrategy())
        if let retention = spec.persistentVolumeClaimRetentionPolicy {
            for (field, value) in [("whenDeleted", retention.whenDeleted), ("whenScaled", retention.whenScaled)] {
                let value = value ?? ""
                if value != "Retain" && value != "Delete" {
                    errors.append(.notSupported("spec.persistentVolumeClaimRetentionPolicy.\(field)", .string(value), ["Retain", "Delete"]))
                }
            }
        }
        errors += FieldRules.nonNegative(spec.replicas ?? 0, "spec.replicas")
        errors += FieldRules.nonNegative(spec.minReadySeconds ?? 0, "spec.minReadySeconds")
        if let ordinals = spec.ordinals {
            errors += FieldRules.nonNegative(ordinals.start ?? 0, "spec.ordinals.start")
        }
        let labels = spec.template.metadata.labels
        if spec.selector.isEmptySelector {
            errors += [.required("spec.selector"), WorkloadRules.mismatch(labels, templatePath: "spec.template")]
        } else {
            errors += spec.selector.validate(path: "spec.selector")
            errors += WorkloadRules.matching(spec.selector, templateLabels: labels, path: "spec", templatePath: "spec.template",
                                             invalidConversionDetail: "")
        }
        errors += Validation.validateLabels(labels, path: "spec.template.labels")
        errors += Validation.validateAnnotations(spec.template.metadata.annotations, path: "spec.template.annotations")
        errors += Pod.validateSpecificAnnotations(spec.template.metadata.annotations, spec: spec.template.spec ?? PodSpec(),
                                                  path: "spec.template.annotations")
        errors += WorkloadRules.alwaysRestartNoDeadline(spec.template.spec ?? PodSpec(), kind: "StatefulSet", path: "spec.template")
        return errors
    }

    private static func validateUpdateStrategy(_ strategy: StatefulSetUpdateStrategy) -> [FieldError] {
        let path = "spec.updateStrategy"
        switch strategy.type ?? "" {
        case "":
            return [.required(path)]
        case "OnDelete":
            if strategy.rollingUpdate != nil {
                return [.invalid("\(path).rollingUpdate", .omitted, "only allowed for updateStrategy 'RollingUpdate'")]
            }
            return []
        case "RollingUpdate":
            guard let rolling = strategy.rollingUpdate else { return [] }
            var errors = FieldRules.nonNegative(rolling.partition ?? 0, "\(path).rollingUpdate.partition")
            if let unavailable = rolling.maxUnavailable {
                let at = "\(path).rollingUpdate.maxUnavailable"
                errors += WorkloadRules.positiveIntOrPercent(unavailable, at)
                if WorkloadRules.intOrPercentValue(unavailable) == 0 {
                    errors.append(.invalid(at, FieldRules.goIntOrString(unavailable), "cannot be 0"))
                }
                errors += WorkloadRules.notMoreThan100Percent(unavailable, at)
            }
            return errors
        default:
            return [.invalid(path, .omitted, "must be 'RollingUpdate' or 'OnDelete'")]
        }
    }
}
