extension Namespace {
    /// The Namespace with the API server's defaults (upstream `SetObjectDefaults_Namespace`): the
    /// `kubernetes.io/metadata.name` label set to the name, and phase `Active`.
    public func defaulted() -> Namespace {
        var namespace = self
        if !namespace.metadata.name.isEmpty {
            namespace.metadata.labels["kubernetes.io/metadata.name"] = namespace.metadata.name
        }
        if (namespace.status.phase ?? "").isEmpty { namespace.status.phase = "Active" }
        return namespace
    }
}

extension Node {
    /// The Node with the API server's defaults (upstream `SetObjectDefaults_Node`): allocatable
    /// equal to capacity when unset, and quantities rounded up to a thousandth.
    public func defaulted() -> Node {
        var node = self
        if node.status.allocatable.isEmpty && !node.status.capacity.isEmpty {
            node.status.allocatable = node.status.capacity
        }
        ResourceListDefaults.roundUp(&node.status.capacity)
        ResourceListDefaults.roundUp(&node.status.allocatable)
        return node
    }
}

extension Secret {
    /// The Secret with the API server's default type `Opaque`.
    public func defaulted() -> Secret {
        var secret = self
        if (secret.type ?? "").isEmpty { secret.type = "Opaque" }
        return secret
    }
}

extension PodTemplate {
    /// The PodTemplate with the pod spec defaults of ``PodSpec/defaulted()``.
    public func defaulted() -> PodTemplate {
        var podTemplate = self
        podTemplate.template?.applyDefaults()
        return podTemplate
    }
}
