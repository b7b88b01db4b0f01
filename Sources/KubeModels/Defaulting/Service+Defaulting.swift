extension Service {
    /// Whether traffic from outside the cluster reaches the service (upstream
    /// `ExternallyAccessible`): a LoadBalancer, a NodePort, or a ClusterIP with external IPs.
    var isExternallyAccessible: Bool {
        let type = spec.type ?? ""
        return type == "LoadBalancer" || type == "NodePort" || (type == "ClusterIP" && !spec.externalIPs.isEmpty)
    }

    /// The Service with the API server's defaults (upstream `SetDefaults_Service`): type
    /// `ClusterIP`, session affinity `None` (with no config) or a 10800-second `ClientIP` timeout,
    /// `TCP` ports targeting their own port number, `Cluster` traffic policies where they apply,
    /// node ports allocated for load balancers, and `VIP` as the load balancer IP mode.
    ///
    /// The cluster IPs, IP families and the family policy are left to the allocator, as upstream.
    public func defaulted() -> Service {
        var service = self
        if (service.spec.sessionAffinity ?? "").isEmpty { service.spec.sessionAffinity = "None" }
        if service.spec.sessionAffinity == "None" { service.spec.sessionAffinityConfig = nil }
        if service.spec.sessionAffinity == "ClientIP", service.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds == nil {
            service.spec.sessionAffinityConfig = SessionAffinityConfig(clientIP: ClientIPConfig(timeoutSeconds: 10800))
        }
        if (service.spec.type ?? "").isEmpty { service.spec.type = "ClusterIP" }
        for index in service.spec.ports.indices {
            if (service.spec.ports[index].protocol ?? "").isEmpty { service.spec.ports[index].protocol = "TCP" }
            switch service.spec.ports[index].targetPort {
            case nil, .int(0), .string(""): service.spec.ports[index].targetPort = .int(service.spec.ports[index].port)
            default: break
            }
        }
        if service.isExternallyAccessible && (service.spec.externalTrafficPolicy ?? "").isEmpty {
            service.spec.externalTrafficPolicy = "Cluster"
        }
        let type = service.spec.type ?? ""
        if service.spec.internalTrafficPolicy == nil && (type == "NodePort" || type == "LoadBalancer" || type == "ClusterIP") {
            service.spec.internalTrafficPolicy = "Cluster"
        }
        if type == "LoadBalancer" {
            if service.spec.allocateLoadBalancerNodePorts == nil { service.spec.allocateLoadBalancerNodePorts = true }
            for index in service.status.loadBalancer?.ingress.indices ?? 0..<0 {
                if let ip = service.status.loadBalancer?.ingress[index].ip, !ip.isEmpty,
                   service.status.loadBalancer?.ingress[index].ipMode == nil {
                    service.status.loadBalancer?.ingress[index].ipMode = "VIP"
                }
            }
        }
        return service
    }
}

extension Endpoints {
    /// The Endpoints with the API server's defaults (upstream `SetDefaults_Endpoints`): `TCP`
    /// ports.
    public func defaulted() -> Endpoints {
        var endpoints = self
        for subset in endpoints.subsets.indices {
            for port in endpoints.subsets[subset].ports.indices where (endpoints.subsets[subset].ports[port].protocol ?? "").isEmpty {
                endpoints.subsets[subset].ports[port].protocol = "TCP"
            }
        }
        return endpoints
    }
}
