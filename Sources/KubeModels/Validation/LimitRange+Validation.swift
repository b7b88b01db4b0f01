import Foundation

extension LimitRange {
    /// The API server's validation of a LimitRange (`ValidateLimitRange`): each item has a known
    /// or qualified `type` (at most one item per type), valid resource names, and consistent
    /// bounds (`min <= defaultRequest <= default <= max`, ratios at least 1 and at most max/min).
    ///
    /// ```swift
    /// var limits = LimitRange(name: "cpu", namespace: "default")
    /// limits.spec.limits = [LimitRangeItem(max: ["cpu": .cpu(millis: 1000)])]   // no type
    /// limits.validate().first?.field   // "spec.limits[0].type"
    /// ```
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        var types = Set<String>()
        for (index, item) in spec.limits.enumerated() {
            let at = "spec.limits[\(index)]"
            errors += Self.validateTypeName(item.type, "\(at).type")
            if !types.insert(item.type).inserted { errors.append(.duplicate("\(at).type", .string(item.type))) }
            errors += Self.validateItem(item, path: at)
        }
        return errors
    }

    /// Upstream `validateLimitRangeTypeName`.
    private static func validateTypeName(_ type: String, _ path: String) -> [FieldError] {
        let errors = FieldRules.qualifiedName(type, path)
        if !errors.isEmpty { return errors }
        if !ResourceNames.hasSlash(type) && !["Pod", "Container", "PersistentVolumeClaim"].contains(type) {
            return [.invalid(path, .string(type), "must be a standard limit type or fully qualified")]
        }
        return []
    }

    private static func validateItem(_ item: LimitRangeItem, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let isPodOrContainer = item.type == "Pod" || item.type == "Container"
        func checkName(_ name: String, _ at: String) -> [FieldError] {
            isPodOrContainer ? ResourceNames.validateContainerName(name, at) : ResourceNames.validateName(name, at)
        }
        var keys = Set<String>()
        for name in FieldRules.sortedKeys(item.max) { errors += checkName(name, "\(path).max[\(name)]"); keys.insert(name) }
        for name in FieldRules.sortedKeys(item.min) { errors += checkName(name, "\(path).min[\(name)]"); keys.insert(name) }
        if item.type == "Pod" {
            if !item.default.isEmpty { errors.append(.forbidden("\(path).default", "may not be specified when `type` is 'Pod'")) }
            if !item.defaultRequest.isEmpty { errors.append(.forbidden("\(path).defaultRequest", "may not be specified when `type` is 'Pod'")) }
        } else {
            for name in FieldRules.sortedKeys(item.default) { errors += checkName(name, "\(path).default[\(name)]"); keys.insert(name) }
            for name in FieldRules.sortedKeys(item.defaultRequest) {
                errors += checkName(name, "\(path).defaultRequest[\(name)]")
                keys.insert(name)
            }
        }
        if item.type == "PersistentVolumeClaim" && item.min["storage"] == nil && item.max["storage"] == nil {
            errors.append(.required("\(path).limits", "either minimum or maximum storage value is required, but neither was provided"))
        }
        for name in FieldRules.sortedKeys(item.maxLimitRequestRatio) {
            errors += checkName(name, "\(path).maxLimitRequestRatio[\(name)]")
            keys.insert(name)
        }
        let defaults = item.type == "Pod" ? [:] : item.default
        let defaultRequests = item.type == "Pod" ? [:] : item.defaultRequest
        for key in keys.sorted(by: FieldRules.goLess) {
            errors += validateBounds(key, min: item.min[key], max: item.max[key], defaultLimit: defaults[key],
                                     defaultRequest: defaultRequests[key], ratio: item.maxLimitRequestRatio[key], path: path)
        }
        return errors
    }

    private static func validateBounds(
        _ key: String, min: Quantity?, max: Quantity?, defaultLimit: Quantity?, defaultRequest: Quantity?, ratio: Quantity?,
        path: String
    ) -> [FieldError] {
        var errors: [FieldError] = []
        func text(_ q: Quantity) -> FieldError.BadValue { .string(q.description) }
        if let min, let max, min > max {
            errors.append(.invalid("\(path).min[\(key)]", text(min), "min value \(min) is greater than max value \(max)"))
        }
        if let defaultRequest, let min, min > defaultRequest {
            errors.append(.invalid("\(path).defaultRequest[\(key)]", text(defaultRequest),
                                   "min value \(min) is greater than default request value \(defaultRequest)"))
        }
        if let defaultRequest, let max, defaultRequest > max {
            errors.append(.invalid("\(path).defaultRequest[\(key)]", text(defaultRequest),
                                   "default request value \(defaultRequest) is greater than max value \(max)"))
        }
        if let defaultRequest, let defaultLimit, defaultRequest > defaultLimit {
            errors.append(.invalid("\(path).defaultRequest[\(key)]", text(defaultRequest),
                                   "default request value \(defaultRequest) is greater than default limit value \(defaultLimit)"))
        }
        if let defaultLimit, let min, min > defaultLimit {
            errors.append(.invalid("\(path).default[\(key)]", text(min), "min value \(min) is greater than default value \(defaultLimit)"))
        }
        if let defaultLimit, let max, defaultLimit > max {
            errors.append(.invalid("\(path).default[\(key)]", text(max), "default value \(defaultLimit) is greater than max value \(max)"))
        }
        if let ratio, ratio < Quantity(1, format: .decimalSI) {
            errors.append(.invalid("\(path).maxLimitRequestRatio[\(key)]", text(ratio), "ratio \(ratio) is less than 1"))
        }
        if let ratio, let min, let max {
            let maxMilli: Int64 = 9_223_372_036_854_775
            var ratioValue = Double(ratio.value), minValue = min.value, maxValue = max.value
            if ratio.value < maxMilli && minValue < maxMilli && maxValue < maxMilli {
                ratioValue = Double(ratio.milliValue) / 1000
                minValue = min.milliValue
                maxValue = max.milliValue
            }
            let limit = Double(maxValue) / Double(minValue)
            if ratioValue > limit {
                errors.append(.invalid("\(path).maxLimitRequestRatio[\(key)]", text(ratio),
                                       "ratio \(ratio) is greater than max/min = \(String(format: "%f", limit))"))
            }
        }
        if !ResourceNames.isOvercommitAllowed(key), let defaultLimit, let defaultRequest, defaultLimit != defaultRequest {
            errors.append(.invalid("\(path).defaultRequest[\(key)]", text(defaultRequest),
                                   "default value \(defaultLimit) must equal to defaultRequest value \(defaultRequest) in \(key)"))
        }
        return errors
    }
}

extension ResourceQuota {
    static let scopes = ["BestEffort", "CrossNamespacePodAffinity", "NotBestEffort", "NotTerminating", "PriorityClass",
                         "Terminating", "VolumeAttributesClass"]

    /// The API server's validation of a ResourceQuota (`ValidateResourceQuota`): quota resource
    /// names with non-negative (and, where counted, whole) values, known and compatible scopes,
    /// and a well-formed scope selector.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        for (path, list) in [("spec.hard", spec.hard), ("status.hard", status.hard), ("status.used", status.used)] {
            for name in FieldRules.sortedKeys(list) {
                guard let value = list[name] else { continue }
                errors += ResourceNames.validateQuotaName(name, "\(path)[\(name)]")
                errors += ResourceNames.validateQuantity(name, value, "\(path)[\(name)]")
            }
        }
        let hard = FieldRules.sortedKeys(spec.hard)
        if !spec.scopes.isEmpty {
            let scopesValue = FieldError.BadValue.other(
                "[]core.ResourceQuotaScope{" + spec.scopes.map(FieldError.goQuote).joined(separator: ", ") + "}")
            for scope in spec.scopes {
                if !Self.scopes.contains(scope) { errors.append(.invalid("spec.scopes", scopesValue, "unsupported scope")) }
                for name in hard where ResourceNames.isStandardQuota(name) && !Self.scope(scope, appliesTo: name) {
                    errors.append(.invalid("spec.scopes", scopesValue, "unsupported scope applied to resource"))
                }
            }
            let set = Set(spec.scopes)
            if set.isSuperset(of: ["BestEffort", "NotBestEffort"]) || set.isSuperset(of: ["Terminating", "NotTerminating"]) {
                errors.append(.invalid("spec.scopes", scopesValue, "conflicting scopes"))
            }
        }
        if let selector = spec.scopeSelector {
            errors += Self.validateScopeSelector(selector, hard: hard)
        }
        return errors
    }

    /// Upstream `IsResourceQuotaScopeValidForResource`.
    static func scope(_ scope: String, appliesTo resource: String) -> Bool {
        let podCompute: Set<String> = ["cpu", "memory", "limits.cpu", "limits.memory", "requests.cpu", "requests.memory"]
        switch scope {
        case "Terminating", "NotTerminating", "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity":
            return resource == "pods" || podCompute.contains(resource)
        case "BestEffort":
            return resource == "pods"
        case "VolumeAttributesClass":
            return resource == "persistentvolumeclaims" || resource == "requests.storage"
        default:
            return true
        }
    }

    private static func validateScopeSelector(_ selector: ScopeSelector, hard: [String]) -> [FieldError] {
        var errors: [FieldError] = []
        let path = "spec.scopeSelector.matchExpressions"
        var scopes = Set<String>()
        for requirement in selector.matchExpressions {
            if !Self.scopes.contains(requirement.scopeName) {
                errors.append(.invalid("\(path).scopeName", .string(requirement.scopeName), "unsupported scope"))
            }
            for name in hard where ResourceNames.isStandardQuota(name) && !scope(requirement.scopeName, appliesTo: name) {
                errors.append(.invalid(path, .omitted, "unsupported scope applied to resource"))
            }
            if ["BestEffort", "NotBestEffort", "Terminating", "NotTerminating", "CrossNamespacePodAffinity"].contains(requirement.scopeName)
                && requirement.operator != "Exists" {
                errors.append(.invalid("\(path).operator", .string(requirement.operator),
                    "must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, "
                        + "ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity"))
            }
            switch requirement.operator {
            case "In", "NotIn":
                if requirement.values.isEmpty {
                    errors.append(.required("\(path).values", "must be at least one value when `operator` is 'In' or 'NotIn' for scope selector"))
                }
            case "Exists", "DoesNotExist":
                if !requirement.values.isEmpty {
                    errors.append(.invalid("\(path).values", FieldRules.goStringSlice(requirement.values),
                                           "must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector"))
                }
            default:
                errors.append(.invalid("\(path).operator", .string(requirement.operator), "not a valid selector operator"))
            }
            scopes.insert(requirement.scopeName)
        }
        if scopes.isSuperset(of: ["BestEffort", "NotBestEffort"]) || scopes.isSuperset(of: ["Terminating", "NotTerminating"]) {
            errors.append(.invalid(path, .other("[]core.ResourceQuotaScope(nil)"), "conflicting scopes"))
        }
        return errors
    }
}
