extension Volume {
    static let hostPathTypes = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"]
    static let volumeFieldPaths = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"]

    /// Upstream `ValidateVolumes`: each volume named with a unique DNS label and exactly one valid
    /// source. Returns the volumes that passed, by name, for the mount checks.
    static func validate(_ volumes: [Volume], podName: String?, path: String) -> ([String: Volume], [FieldError]) {
        var errors: [FieldError] = []
        var valid: [String: Volume] = [:]
        var names = Set<String>()
        var createdClaims = Set<String>()
        if let podName, !podName.isEmpty {
            for volume in volumes where volume.ephemeral != nil { createdClaims.insert("\(podName)-\(volume.name)") }
        }
        for (index, volume) in volumes.enumerated() {
            let at = "\(path)[\(index)]"
            var own = volume.validateSource(podName: podName, path: at)
            if volume.name.isEmpty {
                own.append(.required("\(at).name"))
            } else {
                own += FieldRules.dnsLabel(volume.name, "\(at).name")
            }
            if names.contains(volume.name) {
                own.append(.duplicate("\(at).name", .string(volume.name)))
            }
            if own.isEmpty {
                names.insert(volume.name)
                valid[volume.name] = volume
            } else {
                errors += own
            }
            if let claim = volume.persistentVolumeClaim, createdClaims.contains(claim.claimName) {
                errors.append(.invalid("\(at).persistentVolumeClaim.claimName", .string(claim.claimName),
                                       "must not reference a PVC that gets created for an ephemeral volume"))
            }
        }
        return (valid, errors)
    }

    /// The sources in upstream's order, each with the path segment used when a second one is
    /// forbidden (upstream spells two of them differently from the field).
    private var sources: [(present: Bool, forbiddenName: String)] {
        [
            (emptyDir != nil, "emptyDir"), (hostPath != nil, "hostPath"), (gitRepo != nil, "gitRepo"),
            (gcePersistentDisk != nil, "gcePersistentDisk"), (awsElasticBlockStore != nil, "awsElasticBlockStore"),
            (secret != nil, "secret"), (nfs != nil, "nfs"), (iscsi != nil, "iscsi"), (glusterfs != nil, "glusterfs"),
            (flocker != nil, "flocker"), (persistentVolumeClaim != nil, "persistentVolumeClaim"), (rbd != nil, "rbd"),
            (cinder != nil, "cinder"), (cephfs != nil, "cephFS"), (quobyte != nil, "quobyte"),
            (downwardAPI != nil, "downwarAPI"), (fc != nil, "fc"), (flexVolume != nil, "flexVolume"),
            (configMap != nil, "configMap"), (azureFile != nil, "azureFile"), (vsphereVolume != nil, "vsphereVolume"),
            (photonPersistentDisk != nil, "photonPersistentDisk"), (portworxVolume != nil, "portworxVolume"),
            (azureDisk != nil, "azureDisk"), (storageos != nil, "storageos"), (projected != nil, "projected"),
            (scaleIO != nil, "scaleIO"), (csi != nil, "csi"), (ephemeral != nil, "ephemeral"), (image != nil, "image"),
        ]
    }

    /// Upstream `validateVolumeSource`: exactly one source, each checked for its required fields.
    func validateSource(podName: String?, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var count = 0
        for (index, source) in sources.enumerated() where source.present {
            if count > 0 {
                errors.append(.forbidden("\(path).\(source.forbiddenName)", "may not specify more than 1 volume type"))
                continue
            }
            count += 1
            errors += validateSource(at: index, podName: podName, path: path)
        }
        if count == 0 {
            errors.append(.required(path, "must specify a volume type"))
        }
        return errors
    }

    private func validateSource(at index: Int, podName: String?, path: String) -> [FieldError] {
        switch index {
        case 0:
            if let limit = emptyDir?.sizeLimit, limit.sign < 0 {
                return [.forbidden("\(path).emptyDir.sizeLimit", "SizeLimit field must be a valid resource quantity")]
            }
        case 1:
            if let hostPath { return Self.validateHostPath(hostPath, path: "\(path).hostPath") }
        case 2:
            if let gitRepo {
                var errors: [FieldError] = gitRepo.repository.isEmpty ? [.required("\(path).gitRepo.repository")] : []
                errors += PathRules.localDescending(gitRepo.directory ?? "", "\(path).gitRepo.directory")
                return errors
            }
        case 5:
            if let secret {
                var errors: [FieldError] = (secret.secretName ?? "").isEmpty ? [.required("\(path).secret.secretName")] : []
                errors += Self.fileMode(secret.defaultMode, "\(path).secret.defaultMode")
                errors += KeyToPath.validate(secret.items, path: "\(path).secret.items")
                return errors
            }
        case 6:
            if let nfs {
                var errors: [FieldError] = []
                if nfs.server.isEmpty { errors.append(.required("\(path).nfs.server")) }
                if nfs.path.isEmpty { errors.append(.required("\(path).nfs.path")) }
                if !nfs.path.hasPrefix("/") { errors.append(.invalid("\(path).nfs.path", .string(nfs.path), "must be an absolute path")) }
                return errors
            }
        case 10:
            if let claim = persistentVolumeClaim, claim.claimName.isEmpty {
                return [.required("\(path).persistentVolumeClaim.claimName")]
            }
        case 15:
            if let downwardAPI {
                var errors = Self.fileMode(downwardAPI.defaultMode, "\(path).downwardAPI.defaultMode")
                for file in downwardAPI.items { errors += file.validate(path: "\(path).downwardAPI") }
                return errors
            }
        case 18:
            if let configMap {
                var errors: [FieldError] = (configMap.name ?? "").isEmpty ? [.required("\(path).configMap.name")] : []
                errors += Self.fileMode(configMap.defaultMode, "\(path).configMap.defaultMode")
                errors += KeyToPath.validate(configMap.items, path: "\(path).configMap.items")
                return errors
            }
        case 25:
            if let projected { return Self.validateProjected(projected, path: "\(path).projected") }
        case 27:
            if let csi {
                var errors: [FieldError] = csi.driver.isEmpty ? [.required("\(path).csi.driver")] : []
                if let secretRef = csi.nodePublishSecretRef, (secretRef.name ?? "").isEmpty {
                    errors.append(.required("\(path).csi.nodePublishSecretRef.name"))
                }
                return errors
            }
        case 28:
            if let ephemeral { return Self.validateEphemeral(ephemeral, volumeName: name, podName: podName, path: path) }
        case 29:
            if let image, (image.reference ?? "").isEmpty {
                return [.required("\(path).image.reference")]
            }
        default:
            break
        }
        return []
    }

    private static func validateHostPath(_ hostPath: HostPathVolumeSource, path: String) -> [FieldError] {
        if hostPath.path.isEmpty { return [.required("\(path).path")] }
        var errors = PathRules.noBacksteps(hostPath.path, "\(path).path")
        if let type = hostPath.type, !hostPathTypes.contains(type) {
            errors.append(.notSupported("\(path).type", .string(type), hostPathTypes))
        }
        return errors
    }

    private static func validateEphemeral(_ source: EphemeralVolumeSource, volumeName: String, podName: String?, path: String) -> [FieldError] {
        guard let template = source.volumeClaimTemplate else {
            return [.required("\(path).ephemeral.volumeClaimTemplate")]
        }
        var errors = template.spec.validate(path: "\(path).ephemeral.volumeClaimTemplate.spec")
        if let podName, !podName.isEmpty, !volumeName.isEmpty {
            let claimName = "\(podName)-\(volumeName)"
            for message in Validation.nameIsDNSSubdomain(claimName, prefix: false) {
                errors.append(.invalid("\(path).name", .string(volumeName), "PVC name \(FieldError.goQuote(claimName)): \(message)"))
            }
        }
        return errors
    }

    /// Upstream `validateProjectedVolumeSource` and `validateProjectionSources`.
    private static func validateProjected(_ projected: ProjectedVolumeSource, path: String) -> [FieldError] {
        var errors = fileMode(projected.defaultMode, "\(path).defaultMode")
        var paths = Set<String>()
        for (index, source) in projected.sources.enumerated() {
            let at = "\(path).sources[\(index)]"
            var count = 0
            if let secret = source.secret {
                count += 1
                if (secret.name ?? "").isEmpty { errors.append(.required("\(at).secret.name")) }
                for (itemIndex, item) in secret.items.enumerated() {
                    errors += item.validate(path: "\(at).secret.items[\(itemIndex)]")
                    if !item.path.isEmpty && !paths.insert(item.path).inserted {
                        errors.append(.invalid(path, .string(secret.name ?? ""), "conflicting duplicate paths"))
                    }
                }
            }
            if let configMap = source.configMap {
                count += 1
                if (configMap.name ?? "").isEmpty { errors.append(.required("\(at).configMap.name")) }
                for (itemIndex, item) in configMap.items.enumerated() {
                    errors += item.validate(path: "\(at).configMap.items[\(itemIndex)]")
                    if !item.path.isEmpty && !paths.insert(item.path).inserted {
                        errors.append(.invalid(path, .string(configMap.name ?? ""), "conflicting duplicate paths"))
                    }
                }
            }
            if let downwardAPI = source.downwardAPI {
                count += 1
                for file in downwardAPI.items {
                    errors += file.validate(path: "\(at).downwardAPI")
                    if !file.path.isEmpty && !paths.insert(file.path).inserted {
                        errors.append(.invalid(path, .string(file.path), "conflicting duplicate paths"))
                    }
                }
            }
            if let token = source.serviceAccountToken {
                count += 1
                let expiration = token.expirationSeconds ?? 0
                if expiration < 600 {
                    errors.append(.invalid("\(at).serviceAccountToken.expirationSeconds", .int(expiration),
                                           "may not specify a duration less than 10 minutes"))
                }
                if expiration > 1 << 32 {
                    errors.append(.invalid("\(at).serviceAccountToken.expirationSeconds", .int(expiration),
                                           "may not specify a duration larger than 2^32 seconds"))
                }
                if token.path.isEmpty {
                    errors.append(.required("\(path).path"))
                } else {
                    errors += PathRules.localNonReserved(token.path, "\(path).path")
                }
            }
            if let bundle = source.clusterTrustBundle {
                count += 1
                if bundle.path.isEmpty {
                    errors.append(.required("\(at).clusterTrustBundlePEM.path"))
                } else {
                    errors += PathRules.localNonReserved(bundle.path, "\(at).clusterTrustBundlePEM.path")
                }
            }
            if count > 1 {
                errors.append(.forbidden(at, "may not specify more than 1 volume type per source"))
            }
        }
        return errors
    }

    static func fileMode(_ mode: Int32?, _ path: String) -> [FieldError] {
        guard let mode, mode < 0 || mode > 0o777 else { return [] }
        return [.invalid(path, .int(Int64(mode)), FieldRules.fileModeMessage)]
    }
}

extension KeyToPath {
    /// Upstream `validateKeyToPath`.
    func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if key.isEmpty { errors.append(.required("\(path).key")) }
        if self.path.isEmpty { errors.append(.required("\(path).path")) }
        errors += PathRules.localNonReserved(self.path, "\(path).path")
        errors += Volume.fileMode(mode, "\(path).mode")
        return errors
    }

    static func validate(_ items: [KeyToPath], path: String) -> [FieldError] {
        items.enumerated().flatMap { $1.validate(path: "\(path)[\($0)]") }
    }
}

extension DownwardAPIVolumeFile {
    /// Upstream `validateDownwardAPIVolumeFile` (reported at the volume's path, as upstream).
    func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if self.path.isEmpty { errors.append(.required("\(path).path")) }
        errors += PathRules.localNonReserved(self.path, "\(path).path")
        if let fieldRef {
            errors += fieldRef.validate(allowed: Volume.volumeFieldPaths, path: "\(path).fieldRef")
            if resourceFieldRef != nil {
                errors.append(.invalid(path, .string("resource"), "fieldRef and resourceFieldRef can not be specified simultaneously"))
            }
        } else if let resourceFieldRef {
            errors += resourceFieldRef.validate(requireContainerName: true, path: "\(path).resourceFieldRef")
        } else {
            errors.append(.required(path, "one of fieldRef and resourceFieldRef is required"))
        }
        errors += Volume.fileMode(mode, "\(path).mode")
        return errors
    }
}
