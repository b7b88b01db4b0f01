enum RBACRules {
    static let group = "rbac.authorization.k8s.io"

    /// Upstream `ValidatePolicyRule`.
    static func validateRule(_ rule: PolicyRule, namespaced: Bool, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if rule.verbs.isEmpty { errors.append(.required("\(path).verbs", "verbs must contain at least one value")) }
        if !rule.nonResourceURLs.isEmpty {
            let urls = FieldRules.goStringSlice(rule.nonResourceURLs)
            if namespaced {
                errors.append(.invalid("\(path).nonResourceURLs", urls, "namespaced rules cannot apply to non-resource URLs"))
            }
            if !rule.apiGroups.isEmpty || !rule.resources.isEmpty || !rule.resourceNames.isEmpty {
                errors.append(.invalid("\(path).nonResourceURLs", urls, "rules cannot apply to both regular resources and non-resource URLs"))
            }
            return errors
        }
        if rule.apiGroups.isEmpty { errors.append(.required("\(path).apiGroups", "resource rules must supply at least one api group")) }
        if rule.resources.isEmpty { errors.append(.required("\(path).resources", "resource rules must supply at least one resource")) }
        return errors
    }

    /// Upstream `ValidateRoleBinding`/`ValidateClusterRoleBinding`, past the metadata.
    static func validateBinding(roleRef: RoleRef, subjects: [Subject], namespaced: Bool) -> [FieldError] {
        var errors: [FieldError] = []
        if roleRef.apiGroup != group {
            errors.append(.notSupported("roleRef.apiGroup", .string(roleRef.apiGroup), [group]))
        }
        let kinds = namespaced ? ["Role", "ClusterRole"] : ["ClusterRole"]
        if !kinds.contains(roleRef.kind) {
            errors.append(.notSupported("roleRef.kind", .string(roleRef.kind), kinds))
        }
        if roleRef.name.isEmpty {
            errors.append(.required("roleRef.name"))
        } else {
            errors += FieldRules.each(FieldRules.pathSegmentName(roleRef.name, prefix: false), "roleRef.name", roleRef.name)
        }
        for (index, subject) in subjects.enumerated() {
            errors += validateSubject(subject, namespaced: namespaced, path: "subjects[\(index)]")
        }
        return errors
    }

    /// Upstream `ValidateRoleBindingSubject`.
    static func validateSubject(_ subject: Subject, namespaced: Bool, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if subject.name.isEmpty { errors.append(.required("\(path).name")) }
        let apiGroup = subject.apiGroup ?? ""
        switch subject.kind {
        case "ServiceAccount":
            if !subject.name.isEmpty {
                errors += FieldRules.name(subject.name, Validation.nameIsDNSSubdomain, "\(path).name")
            }
            if !apiGroup.isEmpty { errors.append(.notSupported("\(path).apiGroup", .string(apiGroup), [""])) }
            if !namespaced && (subject.namespace ?? "").isEmpty { errors.append(.required("\(path).namespace")) }
        case "User", "Group":
            if apiGroup != group { errors.append(.notSupported("\(path).apiGroup", .string(apiGroup), [group])) }
        default:
            errors.append(.notSupported("\(path).kind", .string(subject.kind), ["ServiceAccount", "User", "Group"]))
        }
        return errors
    }
}

extension Role {
    /// The API server's validation of a Role (`ValidateRole`): a path-segment name and rules with
    /// verbs, API groups and resources (no non-resource URLs in a namespace).
    public func validate() -> [FieldError] {
        metadata.validate(namespaced: true, name: FieldRules.pathSegmentName)
            + rules.enumerated().flatMap { RBACRules.validateRule($1, namespaced: true, path: "rules[\($0)]") }
    }
}

extension ClusterRole {
    /// The API server's validation of a ClusterRole (`ValidateClusterRole`): like a Role, plus an
    /// aggregation rule with at least one valid selector when present.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: false, name: FieldRules.pathSegmentName)
        errors += rules.enumerated().flatMap { RBACRules.validateRule($1, namespaced: false, path: "rules[\($0)]") }
        if let aggregation = aggregationRule {
            let path = "aggregationRule.clusterRoleSelectors"
            if aggregation.clusterRoleSelectors.isEmpty {
                errors.append(.required(path, "at least one clusterRoleSelector required if aggregationRule is non-nil"))
            }
            for (index, selector) in aggregation.clusterRoleSelectors.enumerated() {
                errors += selector.validate(path: "\(path)[\(index)]")
                if (try? Labels.Selector(selector)) == nil {
                    errors.append(.invalid("\(path)[\(index)]", .omitted, "invalid label selector."))
                }
            }
        }
        return errors
    }
}

extension RoleBinding {
    /// The API server's validation of a (defaulted) RoleBinding (`ValidateRoleBinding`): a role
    /// reference to a Role or ClusterRole in the RBAC group, and well-formed subjects.
    public func validate() -> [FieldError] {
        metadata.validate(namespaced: true, name: FieldRules.pathSegmentName)
            + RBACRules.validateBinding(roleRef: roleRef, subjects: subjects, namespaced: true)
    }
}

extension ClusterRoleBinding {
    /// The API server's validation of a (defaulted) ClusterRoleBinding
    /// (`ValidateClusterRoleBinding`): a reference to a ClusterRole, and subjects (service
    /// accounts with a namespace).
    public func validate() -> [FieldError] {
        metadata.validate(namespaced: false, name: FieldRules.pathSegmentName)
            + RBACRules.validateBinding(roleRef: roleRef, subjects: subjects, namespaced: false)
    }
}
