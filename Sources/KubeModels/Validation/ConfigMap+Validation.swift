import Foundation

/// Upstream `core.MaxSecretSize`: the total data size of a Secret or ConfigMap, 1 MiB.
let maxConfigDataSize = 1 << 20

extension ConfigMap {
    /// The API server's validation of a ConfigMap (`ValidateConfigMap`): metadata, keys that are
    /// valid ConfigMap keys and not in both `data` and `binaryData`, and at most 1 MiB in all.
    ///
    /// ```swift
    /// var config = ConfigMap(name: "app", namespace: "default")
    /// config.data = ["bad key": "x"]
    /// config.validate().first?.field   // "data[bad key]"
    /// ```
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        var total = 0
        for key in FieldRules.sortedKeys(data) {
            errors += FieldRules.each(Validation.isConfigMapKey(key), "data[\(key)]", key)
            if binaryData[key] != nil {
                errors.append(.invalid("data[\(key)]", .string(key), "duplicate of key present in binaryData"))
            }
            total += data[key]?.utf8.count ?? 0
        }
        for key in FieldRules.sortedKeys(binaryData) {
            errors += FieldRules.each(Validation.isConfigMapKey(key), "binaryData[\(key)]", key)
            total += binaryData[key]?.count ?? 0
        }
        if total > maxConfigDataSize {
            errors.append(.tooLong("", max: maxConfigDataSize))
        }
        return errors
    }
}

extension Secret {
    /// The Secret's data as the API server sees it: `stringData` merged over `data`.
    var mergedData: [String: Data] {
        var merged = data
        for (key, value) in stringData { merged[key] = Data(value.utf8) }
        return merged
    }

    /// The API server's validation of a (defaulted) Secret (`ValidateSecret`): metadata, valid
    /// keys, at most 1 MiB of data (with `stringData` merged in, as the API server converts it),
    /// and the keys each built-in type needs (`tls.crt`/`tls.key`, `.dockerconfigjson`, ...).
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        let merged = mergedData
        var total = 0
        for key in FieldRules.sortedKeys(merged) {
            errors += FieldRules.each(Validation.isConfigMapKey(key), "data[\(key)]", key)
            total += merged[key]?.count ?? 0
        }
        if total > maxConfigDataSize {
            errors.append(.tooLong("data", max: maxConfigDataSize))
        }
        switch type ?? "" {
        case "kubernetes.io/service-account-token":
            if (metadata.annotations["kubernetes.io/service-account.name"] ?? "").isEmpty {
                errors.append(.required("metadata.annotations[kubernetes.io/service-account.name]"))
            }
        case "kubernetes.io/dockercfg":
            errors += Self.requireJSON(merged, key: ".dockercfg")
        case "kubernetes.io/dockerconfigjson":
            errors += Self.requireJSON(merged, key: ".dockerconfigjson")
        case "kubernetes.io/basic-auth":
            if merged["username"] == nil && merged["password"] == nil {
                errors += [.required("data[username]"), .required("data[password]")]
            }
        case "kubernetes.io/ssh-auth":
            if (merged["ssh-privatekey"] ?? Data()).isEmpty { errors.append(.required("data[ssh-privatekey]")) }
        case "kubernetes.io/tls":
            if merged["tls.crt"] == nil { errors.append(.required("data[tls.crt]")) }
            if merged["tls.key"] == nil { errors.append(.required("data[tls.key]")) }
        default:
            break
        }
        return errors
    }

    private static func requireJSON(_ data: [String: Data], key: String) -> [FieldError] {
        guard let bytes = data[key] else { return [.required("data[\(key)]")] }
        do {
            guard case .object = try JSONValue(parsing: bytes) else {
                return [.invalid("data[\(key)]", .string("<secret contents redacted>"), "json: cannot unmarshal into a map")]
            }
            return []
        } catch let error as KubeModelsError {
            return [.invalid("data[\(key)]", .string("<secret contents redacted>"), error.message)]
        } catch {
            return [.invalid("data[\(key)]", .string("<secret contents redacted>"), "invalid JSON")]
        }
    }
}
