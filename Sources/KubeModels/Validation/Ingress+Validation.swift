extension Ingress {
    static let pathTypes = ["Exact", "ImplementationSpecific", "Prefix"]

    /// The API server's validation of an Ingress (`ValidateIngressCreate`): metadata, a default
    /// backend or rules, DNS hosts (not IPs; wildcards allowed), HTTP paths with a `pathType` and
    /// a well-formed absolute path, backends naming a service port or a resource, TLS hosts, and
    /// the class name.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        let path = "spec"
        if spec.rules.isEmpty && spec.defaultBackend == nil {
            errors.append(.invalid(path, .other("[]networking.IngressRule(nil)"), "either `defaultBackend` or `rules` must be specified"))
        }
        if let backend = spec.defaultBackend { errors += backend.validate(path: "\(path).defaultBackend") }
        for (index, rule) in spec.rules.enumerated() {
            let at = "\(path).rules[\(index)]"
            if let host = rule.host, !host.isEmpty {
                if IPAddressBytes.parse(host) != nil {
                    errors.append(.invalid("\(at).host", .string(host), "must be a DNS name, not an IP address"))
                }
                let messages = host.contains("*") ? Validation.isWildcardDNS1123Subdomain(host) : Validation.isDNS1123Subdomain(host)
                errors += FieldRules.each(messages, "\(at).host", host)
            }
            if let http = rule.http {
                if http.paths.isEmpty { errors.append(.required("\(at).http.paths")) }
                for (pathIndex, httpPath) in http.paths.enumerated() {
                    errors += Self.validatePath(httpPath, path: "\(at).http.paths[\(pathIndex)]")
                }
            }
        }
        for (index, tls) in spec.tls.enumerated() {
            for (hostIndex, host) in tls.hosts.enumerated() {
                let messages = host.contains("*") ? Validation.isWildcardDNS1123Subdomain(host) : Validation.isDNS1123Subdomain(host)
                errors += FieldRules.each(messages, "\(path).tls[\(index)].hosts[\(hostIndex)]", host)
            }
        }
        if let className = spec.ingressClassName {
            errors += FieldRules.name(className, Validation.nameIsDNSSubdomain, "\(path).ingressClassName")
        }
        return errors
    }

    private static func validatePath(_ httpPath: HTTPIngressPath, path: String) -> [FieldError] {
        if httpPath.pathType.isEmpty { return [.required("\(path).pathType", "pathType must be specified")] }
        var errors: [FieldError] = []
        let value = httpPath.path ?? ""
        switch httpPath.pathType {
        case "Exact", "Prefix":
            if !value.hasPrefix("/") { errors.append(.invalid("\(path).path", .string(value), "must be an absolute path")) }
            if !value.isEmpty {
                for sequence in ["//", "/./", "/../", "%2f", "%2F"] where value.contains(sequence) {
                    errors.append(.invalid("\(path).path", .string(value), "must not contain '\(sequence)'"))
                }
                for suffix in ["/..", "/."] where value.hasSuffix(suffix) {
                    errors.append(.invalid("\(path).path", .string(value), "cannot end with '\(suffix)'"))
                }
            }
        case "ImplementationSpecific":
            if !value.isEmpty && !value.hasPrefix("/") {
                errors.append(.invalid("\(path).path", .string(value), "must be an absolute path"))
            }
        default:
            errors.append(.notSupported("\(path).pathType", .string(httpPath.pathType), pathTypes))
        }
        errors += httpPath.backend.validate(path: "\(path).backend")
        return errors
    }
}

extension IngressBackend {
    /// Upstream `validateIngressBackend`: a service (with a port name or number) or a resource.
    func validate(path: String) -> [FieldError] {
        switch (resource, service) {
        case (.some, .some):
            return [.invalid(path, .string(""), "cannot set both resource and service backends")]
        case (.some(let resource), nil):
            return IngressRules.validateTypedReference(apiGroup: resource.apiGroup, kind: resource.kind, name: resource.name,
                                                       path: "\(path).resource")
        case (nil, .some(let service)):
            var errors: [FieldError] = service.name.isEmpty
                ? [.required("\(path).service.name")]
                : FieldRules.name(service.name, Validation.nameIsDNS1035Label, "\(path).service.name")
            let portName = service.port?.name ?? "", portNumber = service.port?.number ?? 0
            if !portName.isEmpty && portNumber != 0 {
                errors.append(.invalid(path, .string(""), "cannot set both port name & port number"))
            } else if !portName.isEmpty {
                errors += FieldRules.each(Validation.isValidPortName(portName), "\(path).service.port.name", portName)
            } else if portNumber != 0 {
                errors += Validation.isValidPortNum(Int(portNumber)).map { .invalid("\(path).service.port.number", .int(Int64(portNumber)), $0) }
            } else {
                errors.append(.required(path, "port name or number is required"))
            }
            return errors
        case (nil, nil):
            return [.invalid(path, .string(""), "resource or service backend is required")]
        }
    }
}

extension IngressClass {
    /// The API server's validation of an IngressClass (`ValidateIngressClass`): metadata, a
    /// domain-prefixed controller of at most 250 characters, and a well-formed parameters
    /// reference with a scope.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: false, name: Validation.nameIsDNSSubdomain)
        let controller = spec.controller ?? ""
        if controller.utf8.count > 250 { errors.append(.tooLong("spec.controller", max: 250)) }
        errors += IngressRules.domainPrefixedPath(controller, "spec.controller")
        if let parameters = spec.parameters {
            let path = "spec.parameters"
            errors += IngressRules.validateTypedReference(apiGroup: parameters.apiGroup, kind: parameters.kind, name: parameters.name, path: path)
            if let scope = parameters.scope {
                if scope != "Cluster" && scope != "Namespace" {
                    errors.append(.notSupported("\(path).scope", .string(scope), ["Cluster", "Namespace"]))
                } else if scope == "Namespace" {
                    if let namespace = parameters.namespace {
                        errors += FieldRules.name(namespace, Validation.nameIsDNSLabel, "\(path).namespace")
                    } else {
                        errors.append(.required("\(path).namespace", "`parameters.scope` is set to 'Namespace'"))
                    }
                } else if parameters.namespace != nil {
                    errors.append(.forbidden("\(path).namespace", "`parameters.scope` is set to 'Cluster'"))
                }
            } else {
                errors.append(.required("\(path).scope"))
            }
        }
        return errors
    }
}

enum IngressRules {
    /// Upstream `validateIngressTypedLocalObjectReference`.
    static func validateTypedReference(apiGroup: String?, kind: String, name: String, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let apiGroup { errors += FieldRules.dnsSubdomain(apiGroup, "\(path).apiGroup") }
        if kind.isEmpty {
            errors.append(.required("\(path).kind"))
        } else {
            errors += FieldRules.each(FieldRules.pathSegmentName(kind, prefix: false), "\(path).kind", kind)
        }
        if name.isEmpty {
            errors.append(.required("\(path).name"))
        } else {
            errors += FieldRules.each(FieldRules.pathSegmentName(name, prefix: false), "\(path).name", name)
        }
        return errors
    }

    /// Upstream `validation.IsDomainPrefixedPath`.
    static func domainPrefixedPath(_ value: String, _ path: String) -> [FieldError] {
        if value.isEmpty { return [.required(path)] }
        guard let slash = value.firstIndex(of: "/"), slash != value.startIndex, value.index(after: slash) != value.endIndex else {
            return [.invalid(path, .string(value), "must be a domain-prefixed path (such as \"acme.io/foo\")")]
        }
        let host = String(value[..<slash]), rest = value[value.index(after: slash)...]
        var errors = FieldRules.each(Validation.isDNS1123Subdomain(host), path, host)
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-._~%!$&'()*+,;=:".utf8)
        if !rest.utf8.allSatisfy(allowed.contains) {
            errors.append(.invalid(path, .string(String(rest)),
                "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')"))
        }
        return errors
    }
}
