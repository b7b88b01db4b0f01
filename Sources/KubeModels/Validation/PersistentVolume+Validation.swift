enum StorageRules {
    static let accessModes = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"]
    static let volumeModes = ["Block", "Filesystem"]
    static let reclaimPolicies = ["Delete", "Recycle", "Retain"]

    /// The access-mode checks PersistentVolumes and claims share.
    static func validateAccessModes(_ modes: [String], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var oncePod = false, other = false
        for mode in modes {
            if !accessModes.contains(mode) {
                errors.append(.notSupported(path, .string(mode), accessModes))
            } else if mode == "ReadWriteOncePod" {
                oncePod = true
            } else {
                other = true
            }
        }
        if oncePod && other {
            errors.append(.forbidden(path, "may not use ReadWriteOncePod with other access modes"))
        }
        return errors
    }

    /// Upstream `ValidatePositiveQuantityValue`.
    static func positive(_ value: Quantity, _ path: String) -> [FieldError] {
        value.sign > 0 ? [] : [.invalid(path, .string(value.description), FieldRules.notPositiveMessage)]
    }
}

extension PersistentVolumeClaimSpec {
    /// The API server's validation of a claim spec (`ValidatePersistentVolumeClaimSpec`): access
    /// modes, a positive storage request, a valid class name, volume mode and data source.
    public func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if accessModes.isEmpty {
            errors.append(.required("\(path).accessModes", "at least 1 access mode is required"))
        }
        errors += selector?.validate(path: "\(path).selector") ?? []
        errors += StorageRules.validateAccessModes(accessModes, path: "\(path).accessModes")
        let storagePath = "\(path).resources[storage]"
        if let storage = resources?.requests[ResourceNames.storage] {
            let positive = StorageRules.positive(storage, storagePath)
            errors += positive.isEmpty ? ResourceNames.validateQuantity(ResourceNames.storage, storage, storagePath) : positive
        } else {
            errors.append(.required(storagePath))
        }
        if let className = storageClassName, !className.isEmpty {
            errors += FieldRules.name(className, Validation.nameIsDNSSubdomain, "\(path).storageClassName")
        }
        if let mode = volumeMode, !StorageRules.volumeModes.contains(mode) {
            errors.append(.notSupported("\(path).volumeMode", .string(mode), StorageRules.volumeModes))
        }
        if let source = dataSource {
            let at = "\(path).dataSource"
            if source.name.isEmpty { errors.append(.required("\(at).name")) }
            if source.kind.isEmpty { errors.append(.required("\(at).kind")) }
            let group = source.apiGroup ?? ""
            if group.isEmpty && source.kind != "PersistentVolumeClaim" {
                errors.append(.invalid(at, .string(source.kind), "must be 'PersistentVolumeClaim' when referencing the default apiGroup"))
            }
            if !group.isEmpty { errors += FieldRules.dnsSubdomain(group, "\(at).apiGroup") }
        }
        return errors
    }
}

extension PersistentVolumeClaim {
    /// The API server's validation of a PersistentVolumeClaim (`ValidatePersistentVolumeClaim`).
    ///
    /// ```swift
    /// PersistentVolumeClaim(name: "data", namespace: "default").defaulted().validate().map(\.description)
    /// // ["spec.accessModes: Required value: at least 1 access mode is required", "spec.resources[storage]: Required value"]
    /// ```
    public func validate() -> [FieldError] {
        metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain) + spec.validate(path: "spec")
    }
}

extension PersistentVolume {
    /// The API server's validation of a PersistentVolume (`ValidatePersistentVolume`): access
    /// modes, a positive `storage` capacity (and nothing else), class name, volume mode, reclaim
    /// policy, node affinity, and exactly one volume source.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: false, name: Validation.nameIsDNSSubdomain)
        let path = "spec"
        if spec.accessModes.isEmpty { errors.append(.required("\(path).accessModes")) }
        errors += StorageRules.validateAccessModes(spec.accessModes, path: "\(path).accessModes")
        if spec.capacity.isEmpty { errors.append(.required("\(path).capacity")) }
        if spec.capacity[ResourceNames.storage] == nil || spec.capacity.count > 1 {
            errors.append(.notSupported("\(path).capacity", spec.capacity.isEmpty ? .other("core.ResourceList(nil)") : .omitted, ["storage"]))
        }
        for name in FieldRules.sortedKeys(spec.capacity) {
            guard let quantity = spec.capacity[name] else { continue }
            let at = "\(path).capacity[\(name)]"
            if quantity.value < 0 { errors.append(.invalid(at, .int(quantity.value), "must be a valid resource quantity")) }
            errors += StorageRules.positive(quantity, at)
        }
        if let className = spec.storageClassName, !className.isEmpty {
            errors += FieldRules.name(className, Validation.nameIsDNSSubdomain, "\(path).storageClassName")
        }
        if let mode = spec.volumeMode, !StorageRules.volumeModes.contains(mode) {
            errors.append(.notSupported("\(path).volumeMode", .string(mode), StorageRules.volumeModes))
        }
        let policy = spec.persistentVolumeReclaimPolicy ?? ""
        if policy.isEmpty {
            errors.append(.required("\(path).persistentVolumeReclaimPolicy"))
        } else if !StorageRules.reclaimPolicies.contains(policy) {
            errors.append(.notSupported("\(path).persistentVolumeReclaimPolicy", .string(policy), StorageRules.reclaimPolicies))
        }
        var hasNodeAffinity = false
        if let affinity = spec.nodeAffinity {
            hasNodeAffinity = true
            if let required = affinity.required {
                errors += required.validate(allowInvalidLabelValues: false, path: "\(path).nodeAffinity.required")
            } else {
                errors.append(.required("\(path).nodeAffinity.required", "must specify required node constraints"))
            }
        }
        errors += validateSources(path: path)
        if spec.local != nil && !hasNodeAffinity {
            errors.append(.required("\(path).nodeAffinity", "Local volume requires node affinity"))
        }
        if let hostPath = spec.hostPath, policy == "Recycle", hostPath.path.split(separator: "/").isEmpty, hostPath.path.hasPrefix("/") {
            errors.append(.forbidden("\(path).persistentVolumeReclaimPolicy", "may not be 'recycle' for a hostPath mount of '/'"))
        }
        return errors
    }

    private func validateSources(path: String) -> [FieldError] {
        let sources: [(Bool, String)] = [
            (spec.hostPath != nil, "hostPath"), (spec.gcePersistentDisk != nil, "gcePersistentDisk"),
            (spec.awsElasticBlockStore != nil, "awsElasticBlockStore"), (spec.glusterfs != nil, "glusterfs"),
            (spec.flocker != nil, "flocker"), (spec.nfs != nil, "nfs"), (spec.rbd != nil, "rbd"), (spec.quobyte != nil, "quobyte"),
            (spec.cinder != nil, "cinder"), (spec.cephfs != nil, "cephFS"), (spec.iscsi != nil, "iscsi"), (spec.fc != nil, "fc"),
            (spec.flexVolume != nil, "flexVolume"), (spec.azureFile != nil, "azureFile"), (spec.vsphereVolume != nil, "vsphereVolume"),
            (spec.photonPersistentDisk != nil, "photonPersistentDisk"), (spec.portworxVolume != nil, "portworxVolume"),
            (spec.azureDisk != nil, "azureDisk"), (spec.scaleIO != nil, "scaleIO"), (spec.local != nil, "local"),
            (spec.storageos != nil, "storageos"), (spec.csi != nil, "csi"),
        ]
        var errors: [FieldError] = []
        var count = 0
        for (present, name) in sources where present {
            if count > 0 {
                errors.append(.forbidden("\(path).\(name)", "may not specify more than 1 volume type"))
                continue
            }
            count += 1
            switch name {
            case "hostPath":
                if let hostPath = spec.hostPath {
                    if hostPath.path.isEmpty {
                        errors.append(.required("\(path).hostPath.path"))
                    } else {
                        errors += PathRules.noBacksteps(hostPath.path, "\(path).hostPath.path")
                        if let type = hostPath.type, !Volume.hostPathTypes.contains(type) {
                            errors.append(.notSupported("\(path).hostPath.type", .string(type), Volume.hostPathTypes))
                        }
                    }
                }
            case "nfs":
                if let nfs = spec.nfs {
                    if nfs.server.isEmpty { errors.append(.required("\(path).nfs.server")) }
                    if nfs.path.isEmpty { errors.append(.required("\(path).nfs.path")) }
                    if !nfs.path.hasPrefix("/") { errors.append(.invalid("\(path).nfs.path", .string(nfs.path), "must be an absolute path")) }
                }
            case "local":
                if let local = spec.local {
                    if local.path.isEmpty {
                        errors.append(.required("\(path).local.path"))
                    } else {
                        errors += PathRules.noBacksteps(local.path, "\(path).local.path")
                    }
                }
            case "csi":
                if let csi = spec.csi {
                    if csi.driver.isEmpty { errors.append(.required("\(path).csi.driver")) }
                    if csi.volumeHandle.isEmpty { errors.append(.required("\(path).csi.volumeHandle")) }
                }
            default:
                break
            }
        }
        if count == 0 { errors.append(.required(path, "must specify a volume type")) }
        return errors
    }
}
