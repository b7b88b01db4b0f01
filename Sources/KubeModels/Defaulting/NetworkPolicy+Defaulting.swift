extension NetworkPolicy {
    /// The NetworkPolicy with the API server's defaults (upstream `SetDefaults_NetworkPolicy`
    /// and `SetDefaults_NetworkPolicyPort`): `TCP` ports, and policy types `Ingress` (plus
    /// `Egress` when egress rules are given) when none are listed.
    public func defaulted() -> NetworkPolicy {
        var policy = self
        for rule in policy.spec.ingress.indices {
            for port in policy.spec.ingress[rule].ports.indices where policy.spec.ingress[rule].ports[port].protocol == nil {
                policy.spec.ingress[rule].ports[port].protocol = "TCP"
            }
        }
        for rule in policy.spec.egress.indices {
            for port in policy.spec.egress[rule].ports.indices where policy.spec.egress[rule].ports[port].protocol == nil {
                policy.spec.egress[rule].ports[port].protocol = "TCP"
            }
        }
        if policy.spec.policyTypes.isEmpty {
            policy.spec.policyTypes = policy.spec.egress.isEmpty ? ["Ingress"] : ["Ingress", "Egress"]
        }
        return policy
    }
}

extension IngressClass {
    /// The IngressClass with the API server's default parameters scope, `Cluster`.
    public func defaulted() -> IngressClass {
        var ingressClass = self
        if ingressClass.spec.parameters != nil, ingressClass.spec.parameters?.scope == nil {
            ingressClass.spec.parameters?.scope = "Cluster"
        }
        return ingressClass
    }
}

extension EndpointSlice {
    /// The EndpointSlice with the API server's port defaults (upstream `SetDefaults_EndpointPort`):
    /// an empty name and `TCP`.
    public func defaulted() -> EndpointSlice {
        var slice = self
        for index in slice.ports.indices {
            if slice.ports[index].name == nil { slice.ports[index].name = "" }
            if slice.ports[index].protocol == nil { slice.ports[index].protocol = "TCP" }
        }
        return slice
    }
}
