extension EnvVar {
    /// The pod fields an environment variable may read through `fieldRef`.
    static let envFieldPaths = [
        "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
        "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ]
    /// The container resources an environment variable or a downward API file may read.
    static let resourceFieldPaths = [
        "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage",
        "requests.memory",
    ]

    /// Upstream `ValidateEnv`: names that are C-identifier-like environment variable names, and at
    /// most one source for a value.
    static func validate(_ variables: [EnvVar], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, variable) in variables.enumerated() {
            let at = "\(path)[\(index)]"
            if variable.name.isEmpty {
                errors.append(.required("\(at).name"))
            } else {
                errors += FieldRules.each(Validation.isEnvVarName(variable.name), "\(at).name", variable.name)
            }
            if let source = variable.valueFrom {
                errors += source.validate(hasValue: !(variable.value ?? "").isEmpty, path: "\(at).valueFrom")
            }
        }
        return errors
    }
}

extension EnvVarSource {
    /// Upstream `validateEnvVarValueFrom`.
    func validate(hasValue: Bool, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var sources = 0
        if let fieldRef {
            sources += 1
            errors += fieldRef.validate(allowed: EnvVar.envFieldPaths, path: "\(path).fieldRef")
        }
        if let resourceFieldRef {
            sources += 1
            errors += resourceFieldRef.validate(requireContainerName: false, path: "\(path).resourceFieldRef")
        }
        if let configMapKeyRef {
            sources += 1
            errors += Self.validateKeySelector(name: configMapKeyRef.name ?? "", key: configMapKeyRef.key, path: "\(path).configMapKeyRef")
        }
        if let secretKeyRef {
            sources += 1
            errors += Self.validateKeySelector(name: secretKeyRef.name ?? "", key: secretKeyRef.key, path: "\(path).secretKeyRef")
        }
        if sources == 0 {
            errors.append(.invalid(path, .string(""), "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"))
        } else if hasValue {
            errors.append(.invalid(path, .string(""), "may not be specified when `value` is not empty"))
        } else if sources > 1 {
            errors.append(.invalid(path, .string(""), "may not have more than one field specified at a time"))
        }
        return errors
    }

    /// Upstream `validateConfigMapKeySelector` / `validateSecretKeySelector`.
    static func validateKeySelector(name: String, key: String, path: String) -> [FieldError] {
        var errors = FieldRules.each(Validation.nameIsDNSSubdomain(name, prefix: false), "\(path).name", name)
        if key.isEmpty {
            errors.append(.required("\(path).key"))
        } else {
            errors += FieldRules.each(Validation.isConfigMapKey(key), "\(path).key", key)
        }
        return errors
    }
}

extension ObjectFieldSelector {
    /// Upstream `validateObjectFieldSelector`: an API version (only `v1` converts), a field path,
    /// and either a supported path or `metadata.labels['key']`/`metadata.annotations['key']`.
    func validate(allowed: [String], path: String) -> [FieldError] {
        let version = apiVersion ?? ""
        if version.isEmpty { return [.required("\(path).apiVersion")] }
        if fieldPath.isEmpty { return [.required("\(path).fieldPath")] }
        let converted: String
        if version != "v1" {
            return [.invalid("\(path).fieldPath", .string(fieldPath), "error converting fieldPath: unsupported pod version: \(version)")]
        }
        if let split = Self.splitSubscript(fieldPath) {
            guard split.base == "metadata.annotations" || split.base == "metadata.labels" else {
                return [.invalid("\(path).fieldPath", .string(fieldPath),
                                 "error converting fieldPath: field label does not support subscript: \(fieldPath)")]
            }
            converted = fieldPath
        } else {
            switch fieldPath {
            case "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid",
                 "spec.nodeName", "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase",
                 "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs":
                converted = fieldPath
            case "spec.host":
                converted = "spec.nodeName"
            default:
                return [.invalid("\(path).fieldPath", .string(fieldPath), "error converting fieldPath: field label not supported: \(fieldPath)")]
            }
        }
        if let split = Self.splitSubscript(converted) {
            switch split.base {
            case "metadata.annotations": return FieldRules.qualifiedName(split.subscript.lowercased(), path)
            case "metadata.labels": return FieldRules.qualifiedName(split.subscript, path)
            default: return [.invalid(path, .string(split.base), "does not support subscript")]
            }
        }
        if !allowed.contains(converted) {
            return [.notSupported("\(path).fieldPath", .string(converted), allowed)]
        }
        return []
    }

    /// Upstream `fieldpath.SplitMaybeSubscriptedPath`: `base['subscript']`.
    static func splitSubscript(_ path: String) -> (base: String, subscript: String)? {
        guard path.hasSuffix("']") else { return nil }
        let trimmed = path.dropLast(2)
        guard let open = trimmed.range(of: "['") else { return nil }
        let base = trimmed[..<open.lowerBound]
        guard !base.isEmpty else { return nil }
        return (String(base), String(trimmed[open.upperBound...]))
    }
}

extension ResourceFieldSelector {
    /// Upstream `validateContainerResourceFieldSelector`.
    func validate(requireContainerName: Bool, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if requireContainerName && (containerName ?? "").isEmpty {
            errors.append(.required("\(path).containerName"))
        } else if resource.isEmpty {
            errors.append(.required("\(path).resource"))
        } else if !EnvVar.resourceFieldPaths.contains(resource)
                    && !resource.hasPrefix("requests.hugepages-") && !resource.hasPrefix("limits.hugepages-") {
            errors.append(.notSupported("\(path).resource", .string(resource), EnvVar.resourceFieldPaths))
        }
        if let divisor, !divisor.isZero {
            errors += validateDivisor(divisor, path: path)
        }
        return errors
    }

    private func validateDivisor(_ divisor: Quantity, path: String) -> [FieldError] {
        let text = divisor.description
        let binaryAndDecimal: Set<String> = ["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"]
        let list = "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei"
        var errors: [FieldError] = []
        switch resource {
        case "limits.cpu", "requests.cpu":
            if text != "1m" && text != "1" {
                errors.append(.invalid("\(path).divisor", .string(resource), "only divisor's values 1m and 1 are supported with the cpu resource"))
            }
        case "limits.memory", "requests.memory":
            if !binaryAndDecimal.contains(text) {
                errors.append(.invalid("\(path).divisor", .string(resource), "only divisor's values \(list) are supported with the memory resource"))
            }
        case "limits.ephemeral-storage", "requests.ephemeral-storage":
            if !binaryAndDecimal.contains(text) {
                errors.append(.invalid("\(path).divisor", .string(resource),
                                       "only divisor's values \(list) are supported with the local ephemeral storage resource"))
            }
        default: break
        }
        if (resource.hasPrefix("requests.hugepages-") || resource.hasPrefix("limits.hugepages-")) && !binaryAndDecimal.contains(text) {
            errors.append(.invalid("\(path).divisor", .string(resource), "only divisor's values \(list) are supported with the hugepages resource"))
        }
        return errors
    }
}

extension EnvFromSource {
    /// Upstream `ValidateEnvFrom`: a valid prefix and exactly one of a ConfigMap or a Secret.
    static func validate(_ sources: [EnvFromSource], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, source) in sources.enumerated() {
            let at = "\(path)[\(index)]"
            if let prefix = source.prefix, !prefix.isEmpty {
                errors += FieldRules.each(Validation.isEnvVarName(prefix), "\(at).prefix", prefix)
            }
            var count = 0
            if let configMap = source.configMapRef {
                count += 1
                errors += Self.validateReference(configMap.name ?? "", path: "\(at).configMapRef")
            }
            if let secret = source.secretRef {
                count += 1
                errors += Self.validateReference(secret.name ?? "", path: "\(at).secretRef")
            }
            if count == 0 {
                errors.append(.invalid(path, .string(""), "must specify one of: `configMapRef` or `secretRef`"))
            } else if count > 1 {
                errors.append(.invalid(path, .string(""), "may not have more than one field specified at a time"))
            }
        }
        return errors
    }

    private static func validateReference(_ name: String, path: String) -> [FieldError] {
        if name.isEmpty { return [.required("\(path).name")] }
        return FieldRules.each(Validation.nameIsDNSSubdomain(name, prefix: true), "\(path).name", name)
    }
}
