extension Service {
    static let serviceTypes = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]

    /// The cluster IPs as the API server sees them before validating: `clusterIPs`, or the
    /// single `clusterIP` when only that is given (upstream's create strategy copies it over).
    var effectiveClusterIPs: [String] {
        if spec.clusterIPs.isEmpty, let single = spec.clusterIP, !single.isEmpty { return [single] }
        return spec.clusterIPs
    }

    /// Upstream `isHeadlessService`: exactly one cluster IP, `None`.
    var isHeadless: Bool { effectiveClusterIPs == ["None"] }

    /// The API server's validation of a (defaulted) Service (`ValidateService`): a DNS-1035 name,
    /// ports (required unless headless or ExternalName; named when there are several; unique by
    /// protocol and number), the type's own rules, session affinity, cluster IPs and families,
    /// external IPs, source ranges and traffic policies.
    ///
    /// Node port ranges, IP allocation and the health check node port are the allocator's job
    /// in the API server and are not checked here.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNS1035Label)
        let hints = metadata.annotations["service.kubernetes.io/topology-aware-hints"]
        if let mode = metadata.annotations["service.kubernetes.io/topology-mode"], let hints, mode != hints {
            errors.append(.invalid("metadata.annotations[service.kubernetes.io/topology-mode]", .string(mode),
                                   "must match annotations[service.kubernetes.io/topology-aware-hints] when both are specified"))
        }
        let type = spec.type ?? ""
        if spec.ports.isEmpty && !isHeadless && type != "ExternalName" {
            errors.append(.required("spec.ports"))
        }
        errors += validateTypeSpecifics(type)
        var names = Set<String>()
        for (index, port) in spec.ports.enumerated() {
            errors += Self.validatePort(port, requireName: spec.ports.count > 1, names: &names, path: "spec.ports[\(index)]")
        }
        if !spec.selector.isEmpty {
            errors += Validation.validateLabels(spec.selector, path: "spec.selector")
        }
        errors += validateSessionAffinity()
        errors += validateClusterIPs()
        for (index, ip) in spec.externalIPs.enumerated() {
            let ipErrors = FieldRules.ip(ip, "spec.externalIPs[\(index)]")
            errors += ipErrors.isEmpty ? Self.nonSpecialIP(ip, "spec.externalIPs[\(index)]") : ipErrors
        }
        if type.isEmpty {
            errors.append(.required("spec.type"))
        } else if !Self.serviceTypes.contains(type) {
            errors.append(.notSupported("spec.type", .string(type), Self.serviceTypes))
        }
        errors += validatePortUniqueness(type)
        errors += validateLoadBalancerFields(type)
        errors += validateTrafficPolicies(type)
        return errors
    }

    private func validateTypeSpecifics(_ type: String) -> [FieldError] {
        switch type {
        case "LoadBalancer", "NodePort":
            if isHeadless {
                return [.invalid("spec.clusterIPs[0]", .string("None"), "may not be set to 'None' for \(type) services")]
            }
            return []
        case "ExternalName":
            var errors: [FieldError] = []
            if !effectiveClusterIPs.isEmpty { errors.append(.forbidden("spec.clusterIPs", "may not be set for ExternalName services")) }
            if !spec.ipFamilies.isEmpty { errors.append(.forbidden("spec.ipFamilies", "may not be set for ExternalName services")) }
            if spec.ipFamilyPolicy != nil { errors.append(.forbidden("spec.ipFamilyPolicy", "may not be set for ExternalName services")) }
            var name = spec.externalName ?? ""
            if name.hasSuffix(".") { name.removeLast() }
            errors += name.isEmpty ? [.required("spec.externalName")] : FieldRules.dnsSubdomain(name, "spec.externalName")
            return errors
        default:
            return []
        }
    }

    /// Upstream `validateServicePort`.
    private static func validatePort(_ port: ServicePort, requireName: Bool, names: inout Set<String>, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let name = port.name ?? ""
        if requireName && name.isEmpty {
            errors.append(.required("\(path).name"))
        } else if !name.isEmpty {
            errors += FieldRules.dnsLabel(name, "\(path).name")
            if !names.insert(name).inserted { errors.append(.duplicate("\(path).name", .string(name))) }
        }
        errors += Validation.isValidPortNum(Int(port.port)).map { .invalid("\(path).port", .int(Int64(port.port)), $0) }
        switch port.protocol ?? "" {
        case "": errors.append(.required("\(path).protocol"))
        case let value where !Container.supportedProtocols.contains(value):
            errors.append(.notSupported("\(path).protocol", .string(value), Container.supportedProtocols))
        default: break
        }
        errors += FieldRules.portNumOrName(port.targetPort ?? .int(0), "\(path).targetPort")
        if let appProtocol = port.appProtocol {
            errors += FieldRules.qualifiedName(appProtocol, "\(path).appProtocol")
        }
        return errors
    }

    private func validateSessionAffinity() -> [FieldError] {
        let affinity = spec.sessionAffinity ?? ""
        var errors: [FieldError] = []
        if affinity.isEmpty {
            errors.append(.required("spec.sessionAffinity"))
        } else if affinity != "ClientIP" && affinity != "None" {
            errors.append(.notSupported("spec.sessionAffinity", .string(affinity), ["ClientIP", "None"]))
        }
        let path = "spec.sessionAffinityConfig"
        if affinity == "ClientIP" {
            guard let config = spec.sessionAffinityConfig else { return errors + [.required(path, "when session affinity type is ClientIP")] }
            guard let clientIP = config.clientIP else { return errors + [.required("\(path).clientIP", "when session affinity type is ClientIP")] }
            guard let timeout = clientIP.timeoutSeconds else {
                return errors + [.required("\(path).clientIP.timeoutSeconds", "when session affinity type is ClientIP")]
            }
            if timeout <= 0 || timeout > 86400 {
                errors.append(.invalid("\(path).clientIP.timeoutSeconds", .int(Int64(timeout)), "must be greater than 0 and less than 86400"))
            }
        } else if affinity == "None" && spec.sessionAffinityConfig != nil {
            errors.append(.forbidden(path, "must not be set when session affinity is None"))
        }
        return errors
    }

    /// Upstream `ValidateServiceClusterIPsRelatedFields`.
    private func validateClusterIPs() -> [FieldError] {
        if spec.type == "ExternalName" { return [] }
        var errors: [FieldError] = []
        let ips = effectiveClusterIPs
        let path = "spec.clusterIPs"
        if let single = spec.clusterIP, !single.isEmpty {
            if ips.first != single { errors.append(.invalid(path, FieldRules.goStringSlice(ips), "first value must match `clusterIP`")) }
        } else if !ips.isEmpty {
            errors.append(.invalid(path, FieldRules.goStringSlice(ips), "must be empty when `clusterIP` is not specified"))
        }
        var families = Set<String>()
        for (index, family) in spec.ipFamilies.enumerated() {
            if family != "IPv4" && family != "IPv6" {
                errors.append(.notSupported("spec.ipFamilies[\(index)]", .string(family), ["IPv4", "IPv6"]))
            }
            if !families.insert(family).inserted { errors.append(.duplicate("spec.ipFamilies[\(index)]", .string(family))) }
        }
        if let policy = spec.ipFamilyPolicy, !["PreferDualStack", "RequireDualStack", "SingleStack"].contains(policy) {
            errors.append(.notSupported("spec.ipFamilyPolicy", .string(policy), ["PreferDualStack", "RequireDualStack", "SingleStack"]))
        }
        var invalid = false
        for (index, ip) in ips.enumerated() {
            if index == 0 && ip == "None" {
                if ips.count > 1 {
                    invalid = true
                    errors.append(.invalid(path, FieldRules.goStringSlice(ips), "'None' must be the first and only value"))
                }
                continue
            }
            let ipErrors = FieldRules.ip(ip, "\(path)[\(index)]")
            invalid = invalid || !ipErrors.isEmpty
            errors += ipErrors
        }
        if ips.count > 2 { errors.append(.invalid(path, FieldRules.goStringSlice(ips), "may only hold up to 2 values")) }
        if invalid { return errors }
        let parsed = ips.map(IPAddressBytes.parse)
        if ips.count > 1 {
            let v4 = parsed.filter { $0.map(IPAddressBytes.isV4) == true }.count
            if !(ips.count == 2 && v4 == 1) {
                errors.append(.invalid(path, FieldRules.goStringSlice(ips), "may specify no more than one IP for each IP family"))
            }
        }
        if !isHeadless {
            for (index, ip) in ips.enumerated() where index < spec.ipFamilies.count {
                let isV6 = parsed[index].map { !IPAddressBytes.isV4($0) } ?? false
                if spec.ipFamilies[index] == "IPv4" && isV6 {
                    errors.append(.invalid("\(path)[\(index)]", .string(ip), "expected an IPv4 value as indicated by `ipFamilies[\(index)]`"))
                }
                if spec.ipFamilies[index] == "IPv6" && !isV6 {
                    errors.append(.invalid("\(path)[\(index)]", .string(ip), "expected an IPv6 value as indicated by `ipFamilies[\(index)]`"))
                }
            }
        }
        return errors
    }

    private func validatePortUniqueness(_ type: String) -> [FieldError] {
        var errors: [FieldError] = []
        if type == "ClusterIP" {
            for (index, port) in spec.ports.enumerated() where (port.nodePort ?? 0) != 0 {
                errors.append(.forbidden("spec.ports[\(index)].nodePort", "may not be used when `type` is 'ClusterIP'"))
            }
        }
        var nodePorts = Set<String>(), ports = Set<String>()
        for (index, port) in spec.ports.enumerated() {
            if let nodePort = port.nodePort, nodePort != 0, !nodePorts.insert("\(port.protocol ?? "")/\(nodePort)").inserted {
                errors.append(.duplicate("spec.ports[\(index)].nodePort", .int(Int64(nodePort))))
            }
        }
        for (index, port) in spec.ports.enumerated() where !ports.insert("\(port.protocol ?? "")/\(port.port)").inserted {
            let key = "core.ServicePort{Name:\"\", Protocol:\(FieldError.goQuote(port.protocol ?? "")), AppProtocol:(*string)(nil), "
                + "Port:\(port.port), TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}"
            errors.append(.duplicate("spec.ports[\(index)]", .other(key)))
        }
        return errors
    }

    private func validateLoadBalancerFields(_ type: String) -> [FieldError] {
        var errors: [FieldError] = []
        if !spec.loadBalancerSourceRanges.isEmpty {
            let path = "spec.LoadBalancerSourceRanges"
            if type != "LoadBalancer" { errors.append(.forbidden(path, "may only be used when `type` is 'LoadBalancer'")) }
            for (index, range) in spec.loadBalancerSourceRanges.enumerated() {
                errors += FieldRules.cidr(String(range.trimmingWhitespace), "\(path)[\(index)]")
            }
        } else if let value = metadata.annotations["service.beta.kubernetes.io/load-balancer-source-ranges"] {
            let path = "metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]"
            if type != "LoadBalancer" { errors.append(.forbidden(path, "may only be used when `type` is 'LoadBalancer'")) }
            let trimmed = value.trimmingWhitespace
            if !trimmed.isEmpty {
                for range in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
                    errors += FieldRules.cidr(String(String(range).trimmingWhitespace), path)
                }
            }
        }
        if spec.allocateLoadBalancerNodePorts != nil && type != "LoadBalancer" {
            errors.append(.forbidden("spec.allocateLoadBalancerNodePorts", "may only be used when `type` is 'LoadBalancer'"))
        }
        if type == "LoadBalancer" && spec.allocateLoadBalancerNodePorts == nil {
            errors.append(.required("allocateLoadBalancerNodePorts"))
        }
        if let className = spec.loadBalancerClass {
            if type != "LoadBalancer" {
                errors.append(.forbidden("spec.loadBalancerClass", "may only be used when `type` is 'LoadBalancer'"))
            } else {
                errors += FieldRules.qualifiedName(className, "spec.loadBalancerClass")
            }
        }
        return errors
    }

    private func validateTrafficPolicies(_ type: String) -> [FieldError] {
        var errors: [FieldError] = []
        let external = spec.externalTrafficPolicy ?? ""
        if !isExternallyAccessible {
            if !external.isEmpty {
                errors.append(.invalid("spec.externalTrafficPolicy", .string(external), "may only be set for externally-accessible services"))
            }
        } else if external.isEmpty {
            errors.append(.required("spec.externalTrafficPolicy"))
        } else if external != "Cluster" && external != "Local" {
            errors.append(.notSupported("spec.externalTrafficPolicy", .string(external), ["Cluster", "Local"]))
        }
        let needsHealthCheck = type == "LoadBalancer" && external == "Local"
        if let port = spec.healthCheckNodePort, port != 0 {
            if !needsHealthCheck {
                errors.append(.invalid("spec.healthCheckNodePort", .int(Int64(port)),
                                       "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"))
            } else {
                errors += Validation.isValidPortNum(Int(port)).map { .invalid("spec.healthCheckNodePort", .int(Int64(port)), $0) }
            }
        }
        if let internalPolicy = spec.internalTrafficPolicy {
            if internalPolicy != "Cluster" && internalPolicy != "Local" {
                errors.append(.notSupported("spec.internalTrafficPolicy", .string(internalPolicy), ["Cluster", "Local"]))
            }
        } else if type == "NodePort" || type == "LoadBalancer" || type == "ClusterIP" {
            errors.append(.required("spec.internalTrafficPolicy"))
        }
        if let distribution = spec.trafficDistribution, distribution != "PreferClose" {
            errors.append(.notSupported("spec.trafficDistribution", .string(distribution), ["PreferClose"]))
        }
        return errors
    }

    /// Upstream `ValidateNonSpecialIP`: not unspecified, loopback or link-local.
    static func nonSpecialIP(_ address: String, _ path: String) -> [FieldError] {
        guard let bytes = IPAddressBytes.parse(address) else { return [.invalid(path, .string(address), "must be a valid IP address")] }
        var errors: [FieldError] = []
        if let v4 = IPAddressBytes.v4(bytes) {
            if v4 == [0, 0, 0, 0] { errors.append(.invalid(path, .string(address), "may not be unspecified (\(address))")) }
            if v4[0] == 127 { errors.append(.invalid(path, .string(address), "may not be in the loopback range (127.0.0.0/8, ::1/128)")) }
            if v4[0] == 169 && v4[1] == 254 {
                errors.append(.invalid(path, .string(address), "may not be in the link-local range (169.254.0.0/16, fe80::/10)"))
            }
            if v4[0] == 224 && v4[1] == 0 && v4[2] == 0 {
                errors.append(.invalid(path, .string(address), "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"))
            }
        } else {
            if bytes.allSatisfy({ $0 == 0 }) { errors.append(.invalid(path, .string(address), "may not be unspecified (\(address))")) }
            if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 {
                errors.append(.invalid(path, .string(address), "may not be in the loopback range (127.0.0.0/8, ::1/128)"))
            }
            if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 {
                errors.append(.invalid(path, .string(address), "may not be in the link-local range (169.254.0.0/16, fe80::/10)"))
            }
            if bytes[0] == 0xFF && bytes[1] & 0x0F == 0x02 {
                errors.append(.invalid(path, .string(address), "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"))
            }
        }
        return errors
    }
}
