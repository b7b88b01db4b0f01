extension PodSpec {
    static let taintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"]

    /// Upstream `ValidateTolerations`.
    static func validateTolerations(_ tolerations: [Toleration], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, toleration) in tolerations.enumerated() {
            let at = "\(path)[\(index)]"
            let key = toleration.key ?? "", op = toleration.operator ?? "", value = toleration.value ?? ""
            let effect = toleration.effect ?? ""
            if !key.isEmpty { errors += FieldRules.qualifiedName(key, "\(at).key") }
            if key.isEmpty && op != "Exists" {
                errors.append(.invalid("\(at).operator", .string(op),
                                       "operator must be Exists when `key` is empty, which means \"match all values and all keys\""))
            }
            if toleration.tolerationSeconds != nil && effect != "NoExecute" {
                errors.append(.invalid("\(at).effect", .string(effect), "effect must be 'NoExecute' when `tolerationSeconds` is set"))
            }
            switch op {
            case "Equal", "":
                let messages = Validation.isValidLabelValue(value)
                if !messages.isEmpty {
                    errors.append(.invalid("\(at).operator", .string(value), messages.joined(separator: ";")))
                }
            case "Exists":
                if !value.isEmpty {
                    errors.append(.invalid("\(at).operator", .string(value), "value must be empty when `operator` is 'Exists'"))
                }
            default:
                errors.append(.notSupported("\(at).operator", .string(op), ["Equal", "Exists"]))
            }
            if !effect.isEmpty && !taintEffects.contains(effect) {
                errors.append(.notSupported("\(at).effect", .string(effect), taintEffects))
            }
        }
        return errors
    }

    /// Upstream `validateAffinity`.
    static func validateAffinity(_ affinity: Affinity, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let node = affinity.nodeAffinity {
            let at = "\(path).nodeAffinity"
            if let required = node.requiredDuringSchedulingIgnoredDuringExecution {
                errors += required.validate(allowInvalidLabelValues: false, path: "\(at).requiredDuringSchedulingIgnoredDuringExecution")
            }
            for (index, term) in node.preferredDuringSchedulingIgnoredDuringExecution.enumerated() {
                let termPath = "\(at).preferredDuringSchedulingIgnoredDuringExecution[\(index)]"
                if term.weight <= 0 || term.weight > 100 {
                    errors.append(.invalid("\(termPath).weight", .int(Int64(term.weight)), "must be in the range 1-100"))
                }
                errors += term.preference.validate(allowInvalidLabelValues: true, path: "\(termPath).preference")
            }
        }
        if let pod = affinity.podAffinity {
            errors += validatePodAffinity(required: pod.requiredDuringSchedulingIgnoredDuringExecution,
                                          preferred: pod.preferredDuringSchedulingIgnoredDuringExecution, path: "\(path).podAffinity")
        }
        if let anti = affinity.podAntiAffinity {
            errors += validatePodAffinity(required: anti.requiredDuringSchedulingIgnoredDuringExecution,
                                          preferred: anti.preferredDuringSchedulingIgnoredDuringExecution, path: "\(path).podAntiAffinity")
        }
        return errors
    }

    private static func validatePodAffinity(required: [PodAffinityTerm], preferred: [WeightedPodAffinityTerm], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, term) in required.enumerated() {
            errors += term.validate(path: "\(path).requiredDuringSchedulingIgnoredDuringExecution[\(index)]")
        }
        for (index, weighted) in preferred.enumerated() {
            let at = "\(path).preferredDuringSchedulingIgnoredDuringExecution[\(index)]"
            if weighted.weight <= 0 || weighted.weight > 100 {
                errors.append(.invalid("\(at).weight", .int(Int64(weighted.weight)), "must be in the range 1-100"))
            }
            errors += weighted.podAffinityTerm.validate(path: "\(at).podAffinityTerm")
        }
        return errors
    }

    /// Upstream `validateTopologySpreadConstraints`.
    static func validateTopologySpread(_ constraints: [TopologySpreadConstraint], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let policies = ["Honor", "Ignore"]
        for (index, constraint) in constraints.enumerated() {
            let at = "\(path)[\(index)]"
            if constraint.maxSkew <= 0 {
                errors.append(.invalid("\(at).maxSkew", .int(Int64(constraint.maxSkew)), FieldRules.notPositiveMessage))
            }
            if constraint.topologyKey.isEmpty {
                errors.append(.required("\(at).topologyKey", "can not be empty"))
            }
            if !["DoNotSchedule", "ScheduleAnyway"].contains(constraint.whenUnsatisfiable) {
                errors.append(.notSupported("\(at).whenUnsatisfiable", .string(constraint.whenUnsatisfiable), ["DoNotSchedule", "ScheduleAnyway"]))
            }
            if constraints[(index + 1)...].contains(where: {
                $0.topologyKey == constraint.topologyKey && $0.whenUnsatisfiable == constraint.whenUnsatisfiable
            }) {
                errors.append(.duplicate("\(at).{topologyKey, whenUnsatisfiable}",
                                         .string("{\(constraint.topologyKey), \(constraint.whenUnsatisfiable)}")))
            }
            if let minDomains = constraint.minDomains {
                if minDomains <= 0 {
                    errors.append(.invalid("\(at).minDomains", .int(Int64(minDomains)), FieldRules.notPositiveMessage))
                }
                if constraint.whenUnsatisfiable != "DoNotSchedule" {
                    errors.append(.invalid("\(at).minDomains", .int(Int64(minDomains)),
                                           "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not \(constraint.whenUnsatisfiable)"))
                }
            }
            for (field, value) in [("nodeAffinityPolicy", constraint.nodeAffinityPolicy), ("nodeTaintsPolicy", constraint.nodeTaintsPolicy)] {
                if let value, !policies.contains(value) {
                    errors.append(.notSupported("\(at).\(field)", .string(value), policies))
                }
            }
            if !constraint.matchLabelKeys.isEmpty {
                let keysPath = "\(at).matchLabelKeys"
                var selectorKeys = Set<String>()
                if let selector = constraint.labelSelector {
                    selectorKeys.formUnion(selector.matchLabels.keys)
                    selectorKeys.formUnion(selector.matchExpressions.map(\.key))
                } else {
                    errors.append(.forbidden(keysPath, "must not be specified when labelSelector is not set"))
                }
                for (keyIndex, key) in constraint.matchLabelKeys.enumerated() {
                    errors += FieldRules.qualifiedName(key, "\(keysPath)[\(keyIndex)]")
                    if selectorKeys.contains(key) {
                        errors.append(.invalid("\(keysPath)[\(keyIndex)]", .string(key), "exists in both matchLabelKeys and labelSelector"))
                    }
                }
            }
            errors += constraint.labelSelector?.validate(path: "\(at).labelSelector") ?? []
        }
        return errors
    }

    /// Upstream `validatePodDNSConfig`.
    static func validateDNSConfig(_ config: PodDNSConfig?, dnsPolicy: String, path: String) -> [FieldError] {
        if dnsPolicy == "None" {
            guard let config else { return [.required(path, "must provide `dnsConfig` when `dnsPolicy` is None")] }
            if config.nameservers.isEmpty {
                return [.required("\(path).nameservers", "must provide at least one DNS nameserver when `dnsPolicy` is None")]
            }
        }
        guard let config else { return [] }
        var errors: [FieldError] = []
        if config.nameservers.count > 3 {
            errors.append(.invalid("\(path).nameservers", FieldRules.goStringSlice(config.nameservers), "must not have more than 3 nameservers"))
        }
        for (index, server) in config.nameservers.enumerated() {
            errors += FieldRules.ip(server, "\(path).nameservers[\(index)]")
        }
        if config.searches.count > 32 {
            errors.append(.invalid("\(path).searches", FieldRules.goStringSlice(config.searches), "must not have more than 32 search paths"))
        }
        if config.searches.joined(separator: " ").utf8.count > 2048 {
            errors.append(.invalid("\(path).searches", FieldRules.goStringSlice(config.searches),
                                   "must not have more than 2048 characters (including spaces) in the search list"))
        }
        for (index, search) in config.searches.enumerated() {
            let trimmed = search.hasSuffix(".") ? String(search.dropLast()) : search
            errors += FieldRules.dnsSubdomain(trimmed, "\(path).searches[\(index)]")
        }
        for (index, option) in config.options.enumerated() where (option.name ?? "").isEmpty {
            errors.append(.required("\(path).options[\(index)]", "must not be empty"))
        }
        return errors
    }
}

extension NodeSelector {
    /// Upstream `ValidateNodeSelector`: at least one term, each requirement well formed.
    func validate(allowInvalidLabelValues: Bool, path: String) -> [FieldError] {
        let termsPath = "\(path).nodeSelectorTerms"
        if nodeSelectorTerms.isEmpty { return [.required(termsPath, "must have at least one node selector term")] }
        return nodeSelectorTerms.enumerated().flatMap {
            $1.validate(allowInvalidLabelValues: allowInvalidLabelValues, path: "\(termsPath)[\($0)]")
        }
    }
}

extension NodeSelectorTerm {
    /// Upstream `ValidateNodeSelectorTerm`.
    func validate(allowInvalidLabelValues: Bool, path: String) -> [FieldError] {
        var errors: [FieldError] = []
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
            case "Gt", "Lt":
                if requirement.values.count != 1 {
                    errors.append(.required("\(at).values", "must be specified single value when `operator` is 'Lt' or 'Gt'"))
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
        for (index, requirement) in matchFields.enumerated() {
            let at = "\(path).matchFields[\(index)]"
            switch requirement.operator {
            case "In", "NotIn":
                if requirement.values.count != 1 {
                    errors.append(.required("\(at).values", "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"))
                }
            default:
                errors.append(.invalid("\(at).operator", .string(requirement.operator), "not a valid selector operator"))
            }
            if requirement.key != "metadata.name" {
                errors.append(.invalid("\(at).key", .string(requirement.key), "not a valid field selector key"))
            } else {
                for (valueIndex, value) in requirement.values.enumerated() {
                    errors += FieldRules.each(Validation.nameIsDNSSubdomain(value, prefix: false), "\(at).values[\(valueIndex)]", value)
                }
            }
        }
        return errors
    }
}

extension PodAffinityTerm {
    /// Upstream `validatePodAffinityTerm`.
    func validate(path: String) -> [FieldError] {
        var errors = labelSelector?.validate(path: "\(path).labelSelector") ?? []
        errors += namespaceSelector?.validate(path: "\(path).namespaceSelector") ?? []
        for namespace in namespaces {
            errors += FieldRules.each(Validation.nameIsDNSLabel(namespace, prefix: false), "\(path).namespace", namespace)
        }
        for (field, keys) in [("matchLabelKeys", matchLabelKeys), ("mismatchLabelKeys", mismatchLabelKeys)] where !keys.isEmpty {
            if labelSelector == nil {
                errors.append(.forbidden("\(path).\(field)", "must not be specified when labelSelector is not set"))
            } else {
                for (index, key) in keys.enumerated() { errors += FieldRules.qualifiedName(key, "\(path).\(field)[\(index)]") }
            }
        }
        let mismatch = Set(mismatchLabelKeys)
        for (index, key) in matchLabelKeys.enumerated() where mismatch.contains(key) {
            errors.append(.invalid("\(path).matchLabelKeys[\(index)]", .string(key), "exists in both matchLabelKeys and mismatchLabelKeys"))
        }
        if topologyKey.isEmpty {
            errors.append(.required("\(path).topologyKey", "can not be empty"))
        }
        errors += FieldRules.qualifiedName(topologyKey, "\(path).topologyKey")
        return errors
    }
}
