extension Endpoints {
    /// The API server's validation of Endpoints (`ValidateEndpoints`): metadata, and subsets with
    /// at least one address, valid non-special IPs, and ports (named when there are several).
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        for (index, subset) in subsets.enumerated() {
            let at = "subsets[\(index)]"
            if subset.addresses.isEmpty && subset.notReadyAddresses.isEmpty {
                errors.append(.required(at, "must specify `addresses` or `notReadyAddresses`"))
            }
            for (addressIndex, address) in subset.addresses.enumerated() {
                errors += Self.validateAddress(address, path: "\(at).addresses[\(addressIndex)]")
            }
            for (addressIndex, address) in subset.notReadyAddresses.enumerated() {
                errors += Self.validateAddress(address, path: "\(at).notReadyAddresses[\(addressIndex)]")
            }
            for (portIndex, port) in subset.ports.enumerated() {
                errors += Self.validatePort(port, requireName: subset.ports.count > 1, path: "\(at).ports[\(portIndex)]")
            }
        }
        return errors
    }

    private static func validateAddress(_ address: EndpointAddress, path: String) -> [FieldError] {
        var errors = FieldRules.ip(address.ip, "\(path).ip")
        if let hostname = address.hostname, !hostname.isEmpty { errors += FieldRules.dnsLabel(hostname, "\(path).hostname") }
        if let nodeName = address.nodeName {
            errors += FieldRules.name(nodeName, Validation.nameIsDNSSubdomain, "\(path).nodeName")
        }
        errors += Service.nonSpecialIP(address.ip, "\(path).ip")
        return errors
    }

    private static func validatePort(_ port: EndpointPort, requireName: Bool, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let name = port.name ?? ""
        if requireName && name.isEmpty {
            errors.append(.required("\(path).name"))
        } else if !name.isEmpty {
            errors += FieldRules.dnsLabel(name, "\(path).name")
        }
        errors += Validation.isValidPortNum(Int(port.port)).map { .invalid("\(path).port", .int(Int64(port.port)), $0) }
        switch port.protocol ?? "" {
        case "": errors.append(.required("\(path).protocol"))
        case let value where !Container.supportedProtocols.contains(value):
            errors.append(.notSupported("\(path).protocol", .string(value), Container.supportedProtocols))
        default: break
        }
        if let appProtocol = port.appProtocol { errors += FieldRules.qualifiedName(appProtocol, "\(path).appProtocol") }
        return errors
    }
}

extension Event {
    /// The API server's validation of a core/v1 Event (`legacyValidateEvent`, which is all the
    /// v1 API applies): the involved object's namespace agrees with the event's, the reporting
    /// fields of a new-style event (with `eventTime`) are set and short enough, and the
    /// namespace is a DNS subdomain.
    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        let namespace = metadata.namespace
        let involvedNamespace = involvedObject.namespace ?? ""
        let mismatch = FieldError.invalid("involvedObject.namespace", .string(involvedNamespace), "does not match event.namespace")
        if eventTime == nil {
            if involvedNamespace.isEmpty {
                if !namespace.isEmpty && namespace != "default" { errors.append(mismatch) }
            } else if namespace != involvedNamespace {
                errors.append(mismatch)
            }
        } else {
            if involvedNamespace.isEmpty && namespace != "default" && namespace != "kube-system" { errors.append(mismatch) }
            let controller = reportingComponent ?? ""
            if controller.isEmpty { errors.append(.required("reportingComponent")) }
            errors += FieldRules.qualifiedName(controller, "reportingComponent")
            for (field, value, limit, required) in [
                ("reportingInstance", reportingInstance ?? "", 128, true), ("action", action ?? "", 128, true),
                ("reason", reason ?? "", 128, true), ("message", message ?? "", 1024, false),
            ] {
                if required && value.isEmpty { errors.append(.required(field)) }
                if value.utf8.count > limit { errors.append(.invalid(field, .string(""), "can have at most \(limit) characters")) }
            }
        }
        errors += FieldRules.dnsSubdomain(namespace, "namespace")
        return errors
    }
}

extension ControllerRevision {
    /// The API server's validation of a ControllerRevision (`ValidateControllerRevision`):
    /// metadata, data present, and a non-negative revision.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        if data == nil { errors.append(.required("data", "data is mandatory")) }
        errors += FieldRules.nonNegative(revision, "revision")
        return errors
    }
}
