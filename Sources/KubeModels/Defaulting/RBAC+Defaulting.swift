extension Subject {
    /// Upstream `SetDefaults_Subject`: users and groups are in the RBAC API group.
    mutating func applyDefaults() {
        if (apiGroup ?? "").isEmpty && (kind == "User" || kind == "Group") { apiGroup = RBACRules.group }
    }
}

extension RoleBinding {
    /// The RoleBinding with the API server's defaults: the role reference and user and group
    /// subjects in the `rbac.authorization.k8s.io` group.
    public func defaulted() -> RoleBinding {
        var binding = self
        if binding.roleRef.apiGroup.isEmpty { binding.roleRef.apiGroup = RBACRules.group }
        for index in binding.subjects.indices { binding.subjects[index].applyDefaults() }
        return binding
    }
}

extension ClusterRoleBinding {
    /// The ClusterRoleBinding with the API server's defaults: the role reference and user and
    /// group subjects in the `rbac.authorization.k8s.io` group.
    public func defaulted() -> ClusterRoleBinding {
        var binding = self
        if binding.roleRef.apiGroup.isEmpty { binding.roleRef.apiGroup = RBACRules.group }
        for index in binding.subjects.indices { binding.subjects[index].applyDefaults() }
        return binding
    }
}
