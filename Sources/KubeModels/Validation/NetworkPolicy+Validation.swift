extension NetworkPolicy {
    /// The API server's validation of a (defaulted) NetworkPolicy (`ValidateNetworkPolicy`):
    /// metadata, a valid pod selector, each rule's ports and peers (exactly one kind of peer with
    /// an IP block), and at most the two known policy types.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        errors += spec.podSelector.validate(path: "spec.podSelector")
        for (index, rule) in spec.ingress.enumerated() {
            let at = "spec.ingress[\(index)]"
            for (portIndex, port) in rule.ports.enumerated() { errors += port.validate(path: "\(at).ports[\(portIndex)]") }
            for (peerIndex, peer) in rule.from.enumerated() { errors += peer.validate(path: "\(at).from[\(peerIndex)]") }
        }
        for (index, rule) in spec.egress.enumerated() {
            let at = "spec.egress[\(index)]"
            for (portIndex, port) in rule.ports.enumerated() { errors += port.validate(path: "\(at).ports[\(portIndex)]") }
            for (peerIndex, peer) in rule.to.enumerated() { errors += peer.validate(path: "\(at).to[\(peerIndex)]") }
        }
        if spec.policyTypes.count > 2 {
            errors.append(.invalid("spec.policyTypes", .omitted, "may not specify more than two policyTypes"))
            return errors
        }
        for (index, type) in spec.policyTypes.enumerated() where type != "Ingress" && type != "Egress" {
            errors.append(.notSupported("spec.policyTypes[\(index)]", .string(type), ["Ingress", "Egress"]))
        }
        return errors
    }
}

extension NetworkPolicyPort {
    /// Upstream `ValidateNetworkPolicyPort`.
    func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let value = `protocol`, !["TCP", "UDP", "SCTP"].contains(value) {
            errors.append(.notSupported("\(path).protocol", .string(value), ["TCP", "UDP", "SCTP"]))
        }
        switch port {
        case .int(let number)?:
            errors += Validation.isValidPortNum(Int(number)).map { .invalid("\(path).port", .int(Int64(number)), $0) }
            if let endPort {
                if endPort < number {
                    errors.append(.invalid("\(path).endPort", .int(Int64(number)), "must be greater than or equal to `port`"))
                }
                errors += Validation.isValidPortNum(Int(endPort)).map { .invalid("\(path).endPort", .int(Int64(endPort)), $0) }
            }
        case .string(let name)?:
            if let endPort {
                errors.append(.invalid("\(path).endPort", .int(Int64(endPort)), "may not be specified when `port` is non-numeric"))
            }
            errors += FieldRules.each(Validation.isValidPortName(name), "\(path).port", name)
        case nil:
            if let endPort {
                errors.append(.invalid("\(path).endPort", .int(Int64(endPort)), "may not be specified when `port` is not specified"))
            }
        }
        return errors
    }
}

extension NetworkPolicyPeer {
    /// Upstream `ValidateNetworkPolicyPeer`.
    func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var peers = 0
        if let podSelector { peers += 1; errors += podSelector.validate(path: "\(path).podSelector") }
        if let namespaceSelector { peers += 1; errors += namespaceSelector.validate(path: "\(path).namespaceSelector") }
        if let ipBlock { peers += 1; errors += ipBlock.validate(path: "\(path).ipBlock") }
        if peers == 0 {
            errors.append(.required(path, "must specify a peer"))
        } else if peers > 1 && ipBlock != nil {
            errors.append(.forbidden(path, "may not specify both ipBlock and another peer"))
        }
        return errors
    }
}

extension IPBlock {
    /// Upstream `ValidateIPBlock`: a valid CIDR, and exceptions that are strict subsets of it.
    func validate(path: String) -> [FieldError] {
        if cidr.isEmpty { return [.required("\(path).cidr")] }
        var errors = FieldRules.cidr(cidr, "\(path).cidr")
        guard let outer = CIDRBlock(cidr) else { return errors }
        for (index, exception) in except.enumerated() {
            let at = "\(path).except[\(index)]"
            errors += FieldRules.cidr(exception, at)
            guard let inner = CIDRBlock(exception) else { continue }
            if !outer.contains(inner.address) || outer.prefix >= inner.prefix {
                errors.append(.invalid(at, .string(exception), "must be a strict subset of `cidr`"))
            }
        }
        return errors
    }
}

/// A parsed CIDR block (network address and prefix length), as `net.ParseCIDR` reads it.
struct CIDRBlock {
    var address: [UInt8]
    var prefix: Int

    init?(_ text: String) {
        guard let parsed = Validation.parseCIDR(text) else { return nil }
        address = parsed.address
        prefix = parsed.prefix
    }

    /// Whether `other` (same family) lies in this block.
    func contains(_ other: [UInt8]) -> Bool {
        guard other.count == address.count else { return false }
        var remaining = prefix
        for index in address.indices where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if address[index] & mask != other[index] & mask { return false }
            remaining -= bits
        }
        return true
    }
}
