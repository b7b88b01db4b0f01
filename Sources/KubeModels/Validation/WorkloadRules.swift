/// The selector and template checks the workload controllers share (Deployment, ReplicaSet,
/// StatefulSet, DaemonSet, Job).
enum WorkloadRules {
    /// `` `selector` does not match template `labels` `` at the template's labels.
    static func mismatch(_ labels: [String: String], templatePath: String) -> FieldError {
        .invalid("\(templatePath).metadata.labels", FieldRules.goMap(labels), "`selector` does not match template `labels`")
    }

    /// Upstream's selector handling for Deployment, ReplicaSet and StatefulSet: required and
    /// non-empty, well formed, and matching the template's labels.
    ///
    /// An absent selector and an empty one look the same in these models; both are reported as
    /// upstream reports an absent one (required, and matching nothing).
    static func validateRequiredSelector(
        _ selector: LabelSelector, templateLabels: [String: String], path: String, templatePath: String,
        invalidConversionDetail: String = "invalid label selector"
    ) -> [FieldError] {
        if selector.isEmptySelector {
            return [.required("\(path).selector"), mismatch(templateLabels, templatePath: templatePath)]
        }
        var errors = selector.validate(path: "\(path).selector")
        errors += matching(selector, templateLabels: templateLabels, path: path, templatePath: templatePath,
                           invalidConversionDetail: invalidConversionDetail)
        return errors
    }

    /// The template-label match of a non-empty selector (upstream `LabelSelectorAsSelector` then
    /// `Matches`).
    static func matching(
        _ selector: LabelSelector, templateLabels: [String: String], path: String, templatePath: String,
        invalidConversionDetail: String = "invalid label selector"
    ) -> [FieldError] {
        do {
            let parsed = try Labels.Selector(selector)
            if !parsed.isEmpty && !parsed.matches(templateLabels) {
                return [mismatch(templateLabels, templatePath: templatePath)]
            }
            return []
        } catch {
            return [.invalid("\(path).selector", .omitted, invalidConversionDetail)]
        }
    }

    /// Upstream `ValidatePodTemplateSpecForReplicaSet` (used by Deployments and ReplicaSets): the
    /// pod template, with `restartPolicy: Always` and no `activeDeadlineSeconds`.
    static func validateReplicatedTemplate(_ template: PodTemplateSpec, kind: String, path: String) -> [FieldError] {
        var errors = template.validate(path: path)
        errors += alwaysRestartNoDeadline(template.spec ?? PodSpec(), kind: kind, path: path)
        return errors
    }

    /// `restartPolicy` must be `Always` and `activeDeadlineSeconds` unset in a long-running
    /// workload's template.
    static func alwaysRestartNoDeadline(_ spec: PodSpec, kind: String, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let policy = spec.restartPolicy ?? ""
        if policy != "Always" {
            errors.append(.notSupported("\(path).spec.restartPolicy", .string(policy), ["Always"]))
        }
        if spec.activeDeadlineSeconds != nil {
            errors.append(.forbidden("\(path).spec.activeDeadlineSeconds", "activeDeadlineSeconds in \(kind) is not Supported"))
        }
        return errors
    }

    // MARK: Int or percent

    /// Upstream `ValidatePositiveIntOrPercent`.
    static func positiveIntOrPercent(_ value: IntOrString, _ path: String) -> [FieldError] {
        switch value {
        case .string(let text):
            return Validation.isValidPercent(text).map { .invalid(path, FieldRules.goIntOrString(value), $0) }
        case .int(let number):
            return FieldRules.nonNegative(number, path)
        }
    }

    /// Upstream `getPercentValue`: the number of a valid percentage.
    static func percentValue(_ value: IntOrString) -> Int? {
        guard case .string(let text) = value, Validation.isValidPercent(text).isEmpty, text.hasSuffix("%") else { return nil }
        return Int(text.dropLast())
    }

    /// Upstream `getIntOrPercentValue`.
    static func intOrPercentValue(_ value: IntOrString) -> Int {
        percentValue(value) ?? value.intValue
    }

    /// Upstream `IsNotMoreThan100Percent`.
    static func notMoreThan100Percent(_ value: IntOrString, _ path: String) -> [FieldError] {
        guard let percent = percentValue(value), percent > 100 else { return [] }
        return [.invalid(path, FieldRules.goIntOrString(value), "must not be greater than 100%")]
    }
}
