extension ResourceRequirements {
    /// The API server's check of a container's resources (`ValidateContainerResourceRequirements`):
    /// standard or extended resource names, non-negative quantities, every request at most its
    /// limit (equal for resources that cannot be overcommitted), hugepages with cpu or memory, and
    /// claims that name one of the pod's resource claims.
    ///
    /// ```swift
    /// ResourceRequirements(limits: ["cpu": .cpu(millis: 1000)], requests: ["cpu": .cpu(millis: 2000)])
    ///     .validate(path: "spec.containers[0].resources")
    /// // [spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1]
    /// ```
    ///
    /// - Parameters:
    ///   - path: the field path of the requirements.
    ///   - podClaims: the names in the pod's `spec.resourceClaims`.
    public func validate(path: String, podClaims: Set<String> = []) -> [FieldError] {
        var errors: [FieldError] = []
        let limitsPath = "\(path).limits"
        let requestsPath = "\(path).requests"
        var limitsHaveCPUOrMemory = false, requestsHaveCPUOrMemory = false
        var hugePages = false
        for name in FieldRules.sortedKeys(limits) {
            guard let quantity = limits[name] else { continue }
            let at = "\(limitsPath)[\(name)]"
            errors += ResourceNames.validateContainerName(name, at)
            errors += ResourceNames.validateQuantity(name, quantity, at)
            if ResourceNames.isHugePages(name) {
                hugePages = true
                errors += Self.hugePagesValue(name, quantity, at)
            }
            if name == ResourceNames.cpu || name == ResourceNames.memory { limitsHaveCPUOrMemory = true }
        }
        for name in FieldRules.sortedKeys(requests) {
            guard let quantity = requests[name] else { continue }
            let at = "\(requestsPath)[\(name)]"
            errors += ResourceNames.validateContainerName(name, at)
            errors += ResourceNames.validateQuantity(name, quantity, at)
            if let limit = limits[name] {
                if quantity != limit && !ResourceNames.isOvercommitAllowed(name) {
                    errors.append(.invalid(requestsPath, .string(quantity.description),
                                           "must be equal to \(name) limit of \(limit.description)"))
                } else if quantity > limit {
                    errors.append(.invalid(requestsPath, .string(quantity.description),
                                           "must be less than or equal to \(name) limit of \(limit.description)"))
                }
            } else if !ResourceNames.isOvercommitAllowed(name) {
                errors.append(.required(limitsPath, "Limit must be set for non overcommitable resources"))
            }
            if ResourceNames.isHugePages(name) {
                hugePages = true
                errors += Self.hugePagesValue(name, quantity, at)
            }
            if name == ResourceNames.cpu || name == ResourceNames.memory { requestsHaveCPUOrMemory = true }
        }
        if !limitsHaveCPUOrMemory && !requestsHaveCPUOrMemory && hugePages {
            errors.append(.forbidden(path, "HugePages require cpu or memory"))
        }
        errors += Self.validateClaims(claims, podClaims: podClaims, path: "\(path).claims")
        return errors
    }

    private static func hugePagesValue(_ name: String, _ quantity: Quantity, _ path: String) -> [FieldError] {
        if ResourceNames.isHugePagesValueDivisible(name, quantity) { return [] }
        return [.invalid(path, .string(quantity.description), "\(quantity.description) is not positive integer multiple of \(name)")]
    }

    /// Upstream `validateResourceClaimNames`.
    private static func validateClaims(_ claims: [ResourceClaim], podClaims: Set<String>, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var seen = Set<String>()
        for (index, claim) in claims.enumerated() {
            let at = "\(path)[\(index)]"
            if claim.name.isEmpty {
                errors.append(.required(at))
                continue
            }
            let request = claim.request ?? ""
            if seen.contains(claim.name) {
                errors.append(.duplicate(at, .string(claim.name)))
            } else {
                var key = claim.name
                if !request.isEmpty {
                    errors += FieldRules.dnsLabel(request, "\(at).request")
                    key += "/" + request
                }
                if seen.contains(key) {
                    errors.append(.duplicate(at, .string(key)))
                } else if request.isEmpty {
                    for existing in seen where existing.hasPrefix(claim.name + "/") {
                        errors.append(.duplicate(at, .string(claim.name)))
                    }
                }
                seen.insert(key)
            }
            if !podClaims.contains(claim.name) {
                var error = FieldError.notFound(at, .string(claim.name))
                error.detail = "must be one of the names in pod.spec.resourceClaims"
                    + (podClaims.isEmpty ? " which is empty" : ": " + podClaims.sorted(by: FieldRules.goLess).joined(separator: ", "))
                errors.append(error)
            }
        }
        return errors
    }
}
