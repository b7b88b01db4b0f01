extension StorageClass {
    /// The API server's validation of a (defaulted) StorageClass (`ValidateStorageClass`):
    /// metadata, a provisioner that is a qualified name, at most 512 parameters in 256 KiB, a
    /// reclaim policy of `Delete` or `Retain`, a binding mode, and allowed topologies.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: false, name: Validation.nameIsDNSSubdomain)
        if provisioner.isEmpty {
            errors.append(.required("provisioner"))
        } else {
            errors += FieldRules.qualifiedName(provisioner.lowercased(), "provisioner")
        }
        if parameters.count > 512 {
            errors.append(.tooLong("parameters", max: 512))
        } else {
            var size = 0
            for key in FieldRules.sortedKeys(parameters) {
                if key.isEmpty { errors.append(.invalid("parameters", .string(key), "field can not be empty.")) }
                size += key.utf8.count + (parameters[key]?.utf8.count ?? 0)
            }
            if size > 256 * 1024 { errors.append(.tooLong("parameters", max: 256 * 1024)) }
        }
        if let policy = reclaimPolicy, !policy.isEmpty, policy != "Delete" && policy != "Retain" {
            errors.append(.notSupported("reclaimPolicy", .string(policy), ["Delete", "Retain"]))
        }
        if let mode = volumeBindingMode {
            if mode != "Immediate" && mode != "WaitForFirstConsumer" {
                errors.append(.notSupported("volumeBindingMode", .string(mode), ["Immediate", "WaitForFirstConsumer"]))
            }
        } else {
            errors.append(.required("volumeBindingMode"))
        }
        var seenTerms: [TopologySelectorTerm] = []
        for (index, term) in allowedTopologies.enumerated() {
            let at = "allowedTopologies[\(index)]"
            var keys = Set<String>()
            for (expressionIndex, expression) in term.matchLabelExpressions.enumerated() {
                let expressionPath = "\(at).matchLabelExpressions[\(expressionIndex)]"
                if expression.values.isEmpty { errors.append(.required("\(expressionPath).values")) }
                var values = Set<String>()
                for (valueIndex, value) in expression.values.enumerated() where !values.insert(value).inserted {
                    errors.append(.duplicate("\(expressionPath).values[\(valueIndex)]", .string(value)))
                }
                errors += FieldRules.qualifiedName(expression.key, "\(expressionPath).key")
                if !keys.insert(expression.key).inserted { errors.append(.duplicate("\(expressionPath).key", .string(expression.key))) }
            }
            if term.matchLabelExpressions.isEmpty {
                errors.append(.required("\(at).matchLabelExpressions"))
            }
            if seenTerms.contains(term) {
                errors.append(.duplicate(at, .omitted))
            }
            seenTerms.append(term)
        }
        return errors
    }
}

extension PriorityClass {
    /// The priority classes Kubernetes defines, with their values.
    static let systemClasses: [String: Int32] = ["system-node-critical": 2_000_001_000, "system-cluster-critical": 2_000_000_000]

    /// The API server's validation of a (defaulted) PriorityClass (`ValidatePriorityClass`):
    /// `system-` names only for the built-in classes with their values, user values up to one
    /// billion, and a known preemption policy.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: false, name: Validation.nameIsDNSSubdomain)
        if metadata.name.hasPrefix("system-") {
            var problem: String?
            if let expected = Self.systemClasses[metadata.name] {
                if value != expected {
                    problem = "value of \(metadata.name) PriorityClass must be \(expected)"
                } else if globalDefault == true {
                    problem = "globalDefault of \(metadata.name) PriorityClass must be false"
                }
            } else {
                problem = "\(metadata.name) is not a known system priority class"
            }
            if let problem {
                errors.append(.forbidden("metadata.name",
                    "priority class names with 'system-' prefix are reserved for system use only. error: \(problem)"))
            }
        } else if value > 1_000_000_000 {
            errors.append(.forbidden("value", "maximum allowed value of a user defined priority is 1000000000"))
        }
        if let policy = preemptionPolicy {
            switch policy {
            case "PreemptLowerPriority", "Never": break
            case "": errors.append(.required("preemptionPolicy"))
            default: errors.append(.notSupported("preemptionPolicy", .string(policy), ["PreemptLowerPriority", "Never"]))
            }
        }
        return errors
    }
}

extension Lease {
    /// The API server's validation of a Lease (`ValidateLease`): a positive duration, a
    /// non-negative transition count, and a preferred holder only with a strategy.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        if let duration = spec.leaseDurationSeconds, duration <= 0 {
            errors.append(.invalid("spec.leaseDurationSeconds", .int(Int64(duration)), "must be greater than 0"))
        }
        if let transitions = spec.leaseTransitions, transitions < 0 {
            errors.append(.invalid("spec.leaseTransitions", .int(Int64(transitions)), FieldRules.negativeMessage))
        }
        if let holder = spec.preferredHolder, !holder.isEmpty, (spec.strategy ?? "").isEmpty {
            errors.append(.forbidden("spec.preferredHolder", "may only be specified if `strategy` is defined"))
        }
        return errors
    }
}
