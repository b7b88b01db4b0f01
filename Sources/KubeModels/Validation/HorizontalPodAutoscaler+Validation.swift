extension HorizontalPodAutoscaler {
    static let metricTypes = ["ContainerResource", "External", "Object", "Pods", "Resource"]

    /// The API server's validation of a (defaulted) HorizontalPodAutoscaler
    /// (`ValidateHorizontalPodAutoscaler`): at least one replica minimum, a maximum of at least
    /// one and at least the minimum, a scale target with kind and name, metric specs with exactly
    /// their type's source and a valid target, and scaling behavior rules.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        let path = "spec"
        if let minReplicas = spec.minReplicas, minReplicas < 1 {
            errors.append(.invalid("\(path).minReplicas", .int(Int64(minReplicas)), "must be greater than or equal to 1"))
        }
        if spec.maxReplicas < 1 {
            errors.append(.invalid("\(path).maxReplicas", .int(Int64(spec.maxReplicas)), "must be greater than 0"))
        }
        if let minReplicas = spec.minReplicas, spec.maxReplicas < minReplicas {
            errors.append(.invalid("\(path).maxReplicas", .int(Int64(spec.maxReplicas)), "must be greater than or equal to `minReplicas`"))
        }
        errors += Self.validateReference(spec.scaleTargetRef.kind, spec.scaleTargetRef.name, path: "\(path).scaleTargetRef")
        for (index, metric) in spec.metrics.enumerated() {
            errors += Self.validateMetric(metric, path: "\(path).metrics[\(index)]")
        }
        if let behavior = spec.behavior {
            if let up = behavior.scaleUp { errors += Self.validateRules(up, path: "\(path).behavior.scaleUp") }
            if let down = behavior.scaleDown { errors += Self.validateRules(down, path: "\(path).behavior.scaleDown") }
        }
        return errors
    }

    /// Upstream `ValidateCrossVersionObjectReference`.
    static func validateReference(_ kind: String, _ name: String, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (field, value) in [("kind", kind), ("name", name)] {
            if value.isEmpty {
                errors.append(.required("\(path).\(field)"))
            } else {
                errors += FieldRules.each(FieldRules.pathSegmentName(value, prefix: false), "\(path).\(field)", value)
            }
        }
        return errors
    }

    /// Upstream `validateMetricSpec`.
    static func validateMetric(_ metric: MetricSpec, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if metric.type.isEmpty { errors.append(.required("\(path).type", "must specify a metric source type")) }
        if !metricTypes.contains(metric.type) { errors.append(.notSupported("\(path).type", .string(metric.type), metricTypes)) }
        var present: [String] = []
        if let object = metric.object {
            present.append("object")
            errors += validateReference(object.describedObject.kind, object.describedObject.name, path: "\(path).object.describedObject")
            errors += validateIdentifier(object.metric, path: "\(path).object.metric")
            errors += validateTarget(object.target, path: "\(path).object.target")
            if object.target.value == nil && object.target.averageValue == nil {
                errors.append(.required("\(path).object.target.averageValue", "must set either a target value or averageValue"))
            }
        }
        if let external = metric.external {
            present.append("external")
            if present.count == 1 {
                errors += validateIdentifier(external.metric, path: "\(path).external.metric")
                errors += validateTarget(external.target, path: "\(path).external.target")
                if external.target.value == nil && external.target.averageValue == nil {
                    errors.append(.required("\(path).external.target.averageValue", "must set either a target value for metric or a per-pod target"))
                }
                if external.target.value != nil && external.target.averageValue != nil {
                    errors.append(.forbidden("\(path).external.target.value", "may not set both a target value for metric and a per-pod target"))
                }
            }
        }
        if let pods = metric.pods {
            present.append("pods")
            if present.count == 1 {
                errors += validateIdentifier(pods.metric, path: "\(path).pods.metric")
                errors += validateTarget(pods.target, path: "\(path).pods.target")
                if pods.target.averageValue == nil {
                    errors.append(.required("\(path).pods.target.averageValue", "must specify a positive target averageValue"))
                }
            }
        }
        if let resource = metric.resource {
            present.append("resource")
            if present.count == 1 {
                errors += validateResourceTarget(name: resource.name, target: resource.target, path: "\(path).resource")
            }
        }
        if let container = metric.containerResource {
            present.append("containerResource")
            if present.count == 1 {
                errors += validateResourceTarget(name: container.name, target: container.target, path: "\(path).containerResource")
                if container.container.isEmpty {
                    errors.append(.required("\(path).containerResource.container", "must specify a container"))
                } else {
                    errors += FieldRules.each(Validation.isDNS1123Label(container.container), "\(path).containerResource.container", container.container)
                }
            }
        }
        let expected: String
        switch metric.type {
        case "Object": expected = "object"
        case "Pods": expected = "pods"
        case "Resource": expected = "resource"
        case "External": expected = "external"
        case "ContainerResource": expected = "containerResource"
        default:
            expected = ""
            errors.append(.notSupported("\(path).type", .string(metric.type), metricTypes))
        }
        if !expected.isEmpty && !present.contains(expected) {
            errors.append(.required("\(path).\(expected)", "must populate information for the given metric source"))
        }
        if present.count != 1 || present.first != expected {
            for type in present where type != expected {
                errors.append(.forbidden("\(path).\(type)", "must populate the given metric source only"))
            }
        }
        return errors
    }

    private static func validateResourceTarget(name: String, target: MetricTarget, path: String) -> [FieldError] {
        var errors: [FieldError] = name.isEmpty
            ? [.required("\(path).name", "must specify a resource name")]
            : ResourceNames.validateContainerName(name, "\(path).name")
        errors += validateTarget(target, path: "\(path).target")
        if target.averageUtilization == nil && target.averageValue == nil {
            errors.append(.required("\(path).target.averageUtilization", "must set either a target raw value or a target utilization"))
        }
        if target.averageUtilization != nil && target.averageValue != nil {
            errors.append(.forbidden("\(path).target.averageValue", "may not set both a target raw value and a target utilization"))
        }
        return errors
    }

    private static func validateIdentifier(_ identifier: MetricIdentifier, path: String) -> [FieldError] {
        if identifier.name.isEmpty { return [.required("\(path).name", "must specify a metric name")] }
        return FieldRules.each(FieldRules.pathSegmentName(identifier.name, prefix: false), "\(path).name", identifier.name)
    }

    /// Upstream `validateMetricTarget`.
    private static func validateTarget(_ target: MetricTarget, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if target.type.isEmpty { errors.append(.required("\(path).type", "must specify a metric target type")) }
        if !["Utilization", "Value", "AverageValue"].contains(target.type) {
            errors.append(.invalid("\(path).type", .string(target.type), "must be either Utilization, Value, or AverageValue"))
        }
        if let value = target.value, value.sign != 1 {
            errors.append(.invalid("\(path).value", .string(value.description), "must be positive"))
        }
        if let value = target.averageValue, value.sign != 1 {
            errors.append(.invalid("\(path).averageValue", .string(value.description), "must be positive"))
        }
        if let utilization = target.averageUtilization, utilization < 1 {
            errors.append(.invalid("\(path).averageUtilization", .int(Int64(utilization)), "must be greater than 0"))
        }
        return errors
    }

    /// Upstream `validateScalingRules`.
    static func validateRules(_ rules: HPAScalingRules, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let window = rules.stabilizationWindowSeconds {
            if window < 0 {
                errors.append(.invalid("\(path).stabilizationWindowSeconds", .int(Int64(window)), "must be greater than or equal to zero"))
            }
            if window > 3600 {
                errors.append(.invalid("\(path).stabilizationWindowSeconds", .int(Int64(window)), "must be less than or equal to 3600"))
            }
        }
        if let select = rules.selectPolicy, !["Disabled", "Max", "Min"].contains(select) {
            errors.append(.notSupported("\(path).selectPolicy", .string(select), ["Disabled", "Max", "Min"]))
        }
        if rules.policies.isEmpty { errors.append(.required("\(path).policies", "must specify at least one Policy")) }
        for (index, policy) in rules.policies.enumerated() {
            let at = "\(path).policies[\(index)]"
            if policy.type != "Pods" && policy.type != "Percent" {
                errors.append(.notSupported("\(at).type", .string(policy.type), ["Percent", "Pods"]))
            }
            if policy.value <= 0 { errors.append(.invalid("\(at).value", .int(Int64(policy.value)), "must be greater than zero")) }
            if policy.periodSeconds <= 0 {
                errors.append(.invalid("\(at).periodSeconds", .int(Int64(policy.periodSeconds)), "must be greater than zero"))
            }
            if policy.periodSeconds > 1800 {
                errors.append(.invalid("\(at).periodSeconds", .int(Int64(policy.periodSeconds)), "must be less than or equal to 1800"))
            }
        }
        return errors
    }
}
