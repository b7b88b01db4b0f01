extension Namespace {
    /// The API server's validation of a Namespace (`ValidateNamespace`): a DNS-label name, no
    /// namespace, and valid spec finalizer names.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: false, name: Validation.nameIsDNSLabel)
        for finalizer in spec.finalizers {
            errors += FieldRules.qualifiedName(finalizer, "spec.finalizers")
            if !finalizer.utf8.contains(UInt8(ascii: "/")) && !ObjectMeta.standardFinalizers.contains(finalizer) {
                errors.append(.invalid("spec.finalizers", .string(finalizer), "name is neither a standard finalizer name nor is it fully qualified"))
            }
        }
        return errors
    }
}

extension ServiceAccount {
    /// The API server's validation of a ServiceAccount (`ValidateServiceAccount`): its metadata.
    public func validate() -> [FieldError] {
        metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
    }
}

extension Node {
    /// The API server's validation of a Node (`ValidateNode`): metadata, taints (reported under
    /// `metadata.taints`, as upstream), non-negative capacity and allocatable, and pod CIDRs (one
    /// per IP family, no duplicates).
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: false, name: Validation.nameIsDNSSubdomain)
        if !spec.taints.isEmpty { errors += Self.validateTaints(spec.taints, path: "metadata.taints") }
        for (field, list) in [("capacity", status.capacity), ("allocatable", status.allocatable)] {
            for name in FieldRules.sortedKeys(list) {
                guard let value = list[name] else { continue }
                errors += ResourceNames.validateQuantity(name, value, "status.\(field).\(name)")
            }
        }
        if !spec.podCIDRs.isEmpty {
            let path = "spec.podCIDRs"
            for (index, cidr) in spec.podCIDRs.enumerated() { errors += FieldRules.cidr(cidr, "\(path)[\(index)]") }
            if spec.podCIDRs.count > 1 {
                let v4 = spec.podCIDRs.compactMap { cidr in cidr.split(separator: "/").first.flatMap { IPAddressBytes.parse(String($0)) } }
                    .filter(IPAddressBytes.isV4).count
                if spec.podCIDRs.count > 2 || v4 != 1 {
                    errors.append(.invalid(path, FieldRules.goStringSlice(spec.podCIDRs), "may specify no more than one CIDR for each IP family"))
                }
                var seen = Set<String>()
                for (index, cidr) in spec.podCIDRs.enumerated() where !seen.insert(cidr).inserted {
                    errors.append(.duplicate("\(path)[\(index)]", .string(cidr)))
                }
            }
        }
        return errors
    }

    /// Upstream `validateNodeTaints`: qualified keys, label values, a known effect, and unique
    /// key-effect pairs.
    static func validateTaints(_ taints: [Taint], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var seen = Set<String>()
        for (index, taint) in taints.enumerated() {
            let at = "\(path)[\(index)]"
            errors += FieldRules.qualifiedName(taint.key, "\(at).key")
            let value = taint.value ?? ""
            let messages = Validation.isValidLabelValue(value)
            if !messages.isEmpty { errors.append(.invalid("\(at).value", .string(value), messages.joined(separator: ";"))) }
            if taint.effect.isEmpty {
                errors.append(.required("\(at).effect"))
            } else if !PodSpec.taintEffects.contains(taint.effect) {
                errors.append(.notSupported("\(at).effect", .string(taint.effect), PodSpec.taintEffects))
            }
            if !seen.insert("\(taint.effect)\u{0}\(taint.key)").inserted {
                let added = taint.timeAdded == nil ? "(*v1.Time)(nil)" : "(*v1.Time)(\(taint.timeAdded?.description ?? ""))"
                let rendered = "core.Taint{Key:\(FieldError.goQuote(taint.key)), Value:\(FieldError.goQuote(value)), "
                    + "Effect:\(FieldError.goQuote(taint.effect)), TimeAdded:\(added)}"
                errors.append(FieldError(.duplicate, field: at, badValue: .other(rendered), detail: "taints must be unique by key and effect pair"))
            }
        }
        return errors
    }
}
