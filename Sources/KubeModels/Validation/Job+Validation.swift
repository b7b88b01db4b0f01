extension Job {
    /// The API server's validation of a (defaulted) Job (`ValidateJob`): metadata, the job spec
    /// (counts, completion mode, pod failure and replacement policies, a pod template that
    /// restarts `OnFailure` or `Never`), and a selector that matches the template's labels.
    ///
    /// The API server generates the selector (from the Job's UID) unless `manualSelector` is set,
    /// before validating; so here a Job without a selector is accepted unless `manualSelector` is
    /// `true`, and the generated-selector labels are not checked.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        errors += spec.validate(path: "spec")
        let labels = spec.template.metadata.labels
        if let selector = spec.selector, !selector.isEmptySelector {
            errors += selector.validate(path: "spec.selector")
            errors += WorkloadRules.matching(selector, templateLabels: labels, path: "spec", templatePath: "spec.template")
        } else if spec.manualSelector == true {
            errors += [.required("spec.selector"), WorkloadRules.mismatch(labels, templatePath: "spec.template")]
        }
        if spec.completionMode == "Indexed", let completions = spec.completions, completions > 0 {
            let hostname = "\(metadata.name)-\(completions - 1)"
            if !Validation.isDNS1123Label(hostname).isEmpty {
                errors.append(.invalid("metadata.name", .string(metadata.name),
                                       "will not able to create pod with invalid DNS label: \(hostname)"))
            }
        }
        return errors
    }
}

extension JobSpec {
    static let failurePolicyActions = ["Count", "FailIndex", "FailJob", "Ignore"]
    static let conditionStatuses = ["False", "True", "Unknown"]

    /// Upstream `validateJobSpec` (everything but the selector).
    func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let parallelism { errors += FieldRules.nonNegative(parallelism, "\(path).parallelism") }
        if let completions { errors += FieldRules.nonNegative(completions, "\(path).completions") }
        if let deadline = activeDeadlineSeconds { errors += FieldRules.nonNegative(deadline, "\(path).activeDeadlineSeconds") }
        if let backoffLimit { errors += FieldRules.nonNegative(backoffLimit, "\(path).backoffLimit") }
        if let ttl = ttlSecondsAfterFinished { errors += FieldRules.nonNegative(ttl, "\(path).ttlSecondsAfterFinished") }
        if let perIndex = backoffLimitPerIndex { errors += FieldRules.nonNegative(perIndex, "\(path).backoffLimitPerIndex") }
        if let maxFailed = maxFailedIndexes {
            errors += FieldRules.nonNegative(maxFailed, "\(path).maxFailedIndexes")
            if backoffLimitPerIndex == nil {
                errors.append(.required("\(path).backoffLimitPerIndex", "when maxFailedIndexes is specified"))
            }
        }
        errors += validateCompletionMode(path: path)
        if podFailurePolicy != nil { errors += validatePodFailurePolicy(path: "\(path).podFailurePolicy") }
        if let replacement = podReplacementPolicy {
            if podFailurePolicy != nil {
                if replacement != "Failed" {
                    errors.append(.notSupported("\(path).podReplacementPolicy", .string(replacement), ["Failed"]))
                }
            } else if replacement != "Failed" && replacement != "TerminatingOrFailed" {
                errors.append(.notSupported("\(path).podReplacementPolicy", .string(replacement), ["Failed", "TerminatingOrFailed"]))
            }
        }
        errors += template.validate(path: "\(path).template")
        let restart = template.spec?.restartPolicy ?? ""
        let restartPath = "\(path).template.spec.restartPolicy"
        if restart == "Always" || restart.isEmpty {
            errors.append(.required(restartPath, "valid values: \"OnFailure\", \"Never\""))
        } else if restart != "OnFailure" && restart != "Never" {
            errors.append(.notSupported(restartPath, .string(restart), ["OnFailure", "Never"]))
        } else if podFailurePolicy != nil && restart != "Never" {
            errors.append(.invalid(restartPath, .string(restart), "only \"Never\" is supported when podFailurePolicy is specified"))
        }
        return errors
    }

    private func validateCompletionMode(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let mode = completionMode {
            if mode != "NonIndexed" && mode != "Indexed" {
                errors.append(.notSupported("\(path).completionMode", .string(mode), ["NonIndexed", "Indexed"]))
            }
            if mode == "Indexed" {
                if completions == nil {
                    errors.append(.required("\(path).completions", "when completion mode is Indexed"))
                }
                if let parallelism, parallelism > 100_000 {
                    errors.append(.invalid("\(path).parallelism", .int(Int64(parallelism)),
                                           "must be less than or equal to 100000 when completion mode is Indexed"))
                }
                if let completions, let maxFailed = maxFailedIndexes, maxFailed > completions {
                    errors.append(.invalid("\(path).maxFailedIndexes", .int(Int64(maxFailed)), "must be less than or equal to completions"))
                }
                if let maxFailed = maxFailedIndexes, maxFailed > 100_000 {
                    errors.append(.invalid("\(path).maxFailedIndexes", .int(Int64(maxFailed)), "must be less than or equal to 100000"))
                }
            }
        }
        if completionMode == nil || completionMode == "NonIndexed" {
            if let perIndex = backoffLimitPerIndex {
                errors.append(.invalid("\(path).backoffLimitPerIndex", .int(Int64(perIndex)), "requires indexed completion mode"))
            }
            if let maxFailed = maxFailedIndexes {
                errors.append(.invalid("\(path).maxFailedIndexes", .int(Int64(maxFailed)), "requires indexed completion mode"))
            }
        }
        return errors
    }

    /// Upstream `validatePodFailurePolicy` and its rule checks.
    private func validatePodFailurePolicy(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let rules = podFailurePolicy?.rules ?? []
        if rules.count > 20 { errors.append(.tooMany("\(path).rules", actual: rules.count, max: 20)) }
        let podSpec = template.spec ?? PodSpec()
        let containerNames = Set(podSpec.containers.map(\.name) + podSpec.initContainers.map(\.name))
        for (index, rule) in rules.enumerated() {
            let at = "\(path).rules[\(index)]"
            if rule.action.isEmpty {
                errors.append(.required("\(at).action", "valid values: \(FieldRules.goQuotedList(Self.failurePolicyActions))"))
            } else if rule.action == "FailIndex" {
                if backoffLimitPerIndex == nil {
                    errors.append(.invalid("\(at).action", .string(rule.action), "requires the backoffLimitPerIndex to be set"))
                }
            } else if !Self.failurePolicyActions.contains(rule.action) {
                errors.append(.notSupported("\(at).action", .string(rule.action), Self.failurePolicyActions))
            }
            if let onExitCodes = rule.onExitCodes {
                errors += Self.validateOnExitCodes(onExitCodes, containerNames: containerNames, path: "\(at).onExitCodes")
            }
            if !rule.onPodConditions.isEmpty {
                errors += Self.validateOnPodConditions(rule.onPodConditions, path: "\(at).onPodConditions")
            }
            if rule.onExitCodes != nil && !rule.onPodConditions.isEmpty {
                errors.append(.invalid(at, .omitted, "specifying both OnExitCodes and OnPodConditions is not supported"))
            }
            if rule.onExitCodes == nil && rule.onPodConditions.isEmpty {
                errors.append(.invalid(at, .omitted, "specifying one of OnExitCodes and OnPodConditions is required"))
            }
        }
        return errors
    }

    private static func validateOnPodConditions(_ patterns: [PodFailurePolicyOnPodConditionsPattern], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if patterns.count > 20 { errors.append(.tooMany(path, actual: patterns.count, max: 20)) }
        for (index, pattern) in patterns.enumerated() {
            let at = "\(path)[\(index)]"
            errors += FieldRules.qualifiedName(pattern.type, "\(at).type")
            if pattern.status.isEmpty {
                errors.append(.required("\(at).status", "valid values: \(FieldRules.goQuotedList(conditionStatuses))"))
            } else if !conditionStatuses.contains(pattern.status) {
                errors.append(.notSupported("\(at).status", .string(pattern.status), conditionStatuses))
            }
        }
        return errors
    }

    private static func validateOnExitCodes(
        _ requirement: PodFailurePolicyOnExitCodesRequirement, containerNames: Set<String>, path: String
    ) -> [FieldError] {
        var errors: [FieldError] = []
        let operators = ["In", "NotIn"]
        if requirement.operator.isEmpty {
            errors.append(.required("\(path).operator", "valid values: \(FieldRules.goQuotedList(operators))"))
        } else if !operators.contains(requirement.operator) {
            errors.append(.notSupported("\(path).operator", .string(requirement.operator), operators))
        }
        if let name = requirement.containerName, !containerNames.contains(name) {
            errors.append(.invalid("\(path).containerName", .string(name),
                                   "must be one of the container or initContainer names in the pod template"))
        }
        let valuesPath = "\(path).values"
        if requirement.values.isEmpty {
            errors.append(.invalid(valuesPath, FieldRules.goInt32Slice(requirement.values), "at least one value is required"))
        } else if requirement.values.count > 255 {
            errors.append(.tooMany(valuesPath, actual: requirement.values.count, max: 255))
        }
        var seen = Set<Int32>()
        var ordered = true
        for (index, value) in requirement.values.enumerated() {
            if requirement.operator == "In" && value == 0 {
                errors.append(.invalid("\(valuesPath)[\(index)]", .int(Int64(value)), "must not be 0 for the In operator"))
            }
            if !seen.insert(value).inserted {
                errors.append(.duplicate("\(valuesPath)[\(index)]", .int(Int64(value))))
            }
            if index > 0 && requirement.values[index - 1] > value { ordered = false }
        }
        if !ordered {
            errors.append(.invalid(valuesPath, FieldRules.goInt32Slice(requirement.values), "must be ordered"))
        }
        return errors
    }
}
