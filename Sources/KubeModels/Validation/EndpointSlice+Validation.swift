extension EndpointSlice {
    static let addressTypes = ["FQDN", "IPv4", "IPv6"]

    /// The API server's validation of a (defaulted) EndpointSlice (`ValidateEndpointSlice`):
    /// metadata, a known address type, at most 1000 endpoints each with 1 to 100 addresses of
    /// that type (non-special IPs, or fully qualified names), node names, topology labels and
    /// hostnames, and at most 20000 ports with unique names and a known protocol.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        if addressType.isEmpty {
            errors.append(.required("addressType"))
        } else if !Self.addressTypes.contains(addressType) {
            errors.append(.notSupported("addressType", .string(addressType), Self.addressTypes))
        }
        if endpoints.count > 1000 {
            errors.append(.tooMany("endpoints", actual: endpoints.count, max: 1000))
        } else {
            for (index, endpoint) in endpoints.enumerated() { errors += validateEndpoint(endpoint, path: "endpoints[\(index)]") }
        }
        if ports.count > 20000 {
            errors.append(.tooMany("ports", actual: ports.count, max: 20000))
            return errors
        }
        var names = Set<String>()
        for (index, port) in ports.enumerated() {
            let at = "ports[\(index)]", name = port.name ?? ""
            if !name.isEmpty { errors += FieldRules.dnsLabel(name, "\(at).name") }
            if !names.insert(name).inserted { errors.append(.duplicate("\(at).name", .string(name))) }
            if let value = port.protocol {
                if !Container.supportedProtocols.contains(value) {
                    errors.append(.notSupported("\(at).protocol", .string(value), Container.supportedProtocols))
                }
            } else {
                errors.append(.required("\(at).protocol"))
            }
            if let appProtocol = port.appProtocol { errors += FieldRules.qualifiedName(appProtocol, "\(at).appProtocol") }
        }
        return errors
    }

    private func validateEndpoint(_ endpoint: Endpoint, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let addressesPath = "\(path).addresses"
        if endpoint.addresses.isEmpty {
            errors.append(.required(addressesPath, "must contain at least 1 address"))
        } else if endpoint.addresses.count > 100 {
            errors.append(.tooMany(addressesPath, actual: endpoint.addresses.count, max: 100))
        }
        for (index, address) in endpoint.addresses.enumerated() {
            let at = "\(addressesPath)[\(index)]"
            switch addressType {
            case "IPv4":
                let messages = Validation.isValidIPv4Address(address)
                errors += messages.isEmpty ? Service.nonSpecialIP(address, at) : FieldRules.each(messages, at, address)
            case "IPv6":
                let messages = Validation.isValidIPv6Address(address)
                errors += messages.isEmpty ? Service.nonSpecialIP(address, at) : FieldRules.each(messages, at, address)
            case "FQDN":
                errors += Self.fullyQualifiedDomainName(address, at)
            default:
                break
            }
        }
        if let nodeName = endpoint.nodeName {
            errors += FieldRules.name(nodeName, Validation.nameIsDNSSubdomain, "\(path).nodeName")
        }
        if endpoint.deprecatedTopology.count > 16 {
            errors.append(.tooMany("\(path).deprecatedTopology", actual: endpoint.deprecatedTopology.count, max: 16))
        }
        errors += Validation.validateLabels(endpoint.deprecatedTopology, path: "\(path).deprecatedTopology")
        if let hostname = endpoint.hostname { errors += FieldRules.dnsLabel(hostname, "\(path).hostname") }
        if let hints = endpoint.hints {
            if hints.forZones.count > 8 { errors.append(.tooMany("\(path).hints.forZones", actual: hints.forZones.count, max: 8)) }
            var zones = Set<String>()
            for (index, zone) in hints.forZones.enumerated() where !zones.insert(zone.name).inserted {
                errors.append(.duplicate("\(path).hints.forZones[\(index)].name", .string(zone.name)))
            }
        }
        return errors
    }

    /// Upstream `validation.IsFullyQualifiedDomainName`.
    static func fullyQualifiedDomainName(_ value: String, _ path: String) -> [FieldError] {
        if value.isEmpty { return [.required(path)] }
        let name = value.hasSuffix(".") ? String(value.dropLast()) : value
        let messages = Validation.isDNS1123Subdomain(name)
        if !messages.isEmpty { return [.invalid(path, .string(name), messages.joined(separator: ","))] }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { return [.invalid(path, .string(name), "should be a domain with at least two segments separated by dots")] }
        for label in labels {
            let labelMessages = Validation.isDNS1123Label(String(label))
            if !labelMessages.isEmpty { return [.invalid(path, .string(String(label)), labelMessages.joined(separator: ","))] }
        }
        return []
    }
}
