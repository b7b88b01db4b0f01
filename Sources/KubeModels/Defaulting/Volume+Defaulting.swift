extension Volume {
    /// Whether no volume source is set (upstream `ptr.AllPtrFieldsNil(&VolumeSource)`).
    var hasNoSource: Bool {
        emptyDir == nil && hostPath == nil && gitRepo == nil && gcePersistentDisk == nil && awsElasticBlockStore == nil
            && secret == nil && nfs == nil && iscsi == nil && glusterfs == nil && flocker == nil
            && persistentVolumeClaim == nil && rbd == nil && cinder == nil && cephfs == nil && quobyte == nil
            && downwardAPI == nil && fc == nil && flexVolume == nil && configMap == nil && azureFile == nil
            && vsphereVolume == nil && photonPersistentDisk == nil && portworxVolume == nil && azureDisk == nil
            && storageos == nil && projected == nil && scaleIO == nil && csi == nil && ephemeral == nil && image == nil
    }

    /// Upstream `SetDefaults_Volume` and the source defaulters: an empty directory when no source
    /// is given, file modes 0644 (420) for Secret, ConfigMap, downward API and projected volumes,
    /// `v1` field references, an hour for projected service account tokens, the unset host path
    /// type, and the legacy plugins' fixed defaults.
    mutating func applyDefaults() {
        if hasNoSource { emptyDir = EmptyDirVolumeSource() }
        if hostPath != nil, hostPath?.type == nil { hostPath?.type = "" }
        if secret != nil, secret?.defaultMode == nil { secret?.defaultMode = 420 }
        if configMap != nil, configMap?.defaultMode == nil { configMap?.defaultMode = 420 }
        if downwardAPI != nil {
            if downwardAPI?.defaultMode == nil { downwardAPI?.defaultMode = 420 }
            for index in downwardAPI?.items.indices ?? 0..<0 { downwardAPI?.items[index].fieldRef?.applyDefaults() }
        }
        if projected != nil {
            if projected?.defaultMode == nil { projected?.defaultMode = 420 }
            for index in projected?.sources.indices ?? 0..<0 {
                for item in projected?.sources[index].downwardAPI?.items.indices ?? 0..<0 {
                    projected?.sources[index].downwardAPI?.items[item].fieldRef?.applyDefaults()
                }
                if projected?.sources[index].serviceAccountToken != nil,
                   projected?.sources[index].serviceAccountToken?.expirationSeconds == nil {
                    projected?.sources[index].serviceAccountToken?.expirationSeconds = 3600
                }
            }
        }
        if iscsi != nil, (iscsi?.iscsiInterface ?? "").isEmpty { iscsi?.iscsiInterface = "default" }
        if rbd != nil {
            if (rbd?.pool ?? "").isEmpty { rbd?.pool = "rbd" }
            if (rbd?.user ?? "").isEmpty { rbd?.user = "admin" }
            if (rbd?.keyring ?? "").isEmpty { rbd?.keyring = "/etc/ceph/keyring" }
        }
        if azureDisk != nil {
            if azureDisk?.cachingMode == nil { azureDisk?.cachingMode = "ReadWrite" }
            if azureDisk?.fsType == nil { azureDisk?.fsType = "ext4" }
            if azureDisk?.readOnly == nil { azureDisk?.readOnly = false }
            if azureDisk?.kind == nil { azureDisk?.kind = "Shared" }
        }
        if scaleIO != nil {
            if (scaleIO?.storageMode ?? "").isEmpty { scaleIO?.storageMode = "ThinProvisioned" }
            if (scaleIO?.fsType ?? "").isEmpty { scaleIO?.fsType = "xfs" }
        }
        if ephemeral?.volumeClaimTemplate != nil {
            ephemeral?.volumeClaimTemplate?.spec.applyDefaults()
        }
    }
}

extension PersistentVolumeClaimSpec {
    /// Upstream `SetDefaults_PersistentVolumeClaimSpec` plus quantity rounding: volume mode
    /// `Filesystem`.
    mutating func applyDefaults() {
        if volumeMode == nil { volumeMode = "Filesystem" }
        if var requirements = resources {
            ResourceListDefaults.roundUp(&requirements.limits)
            ResourceListDefaults.roundUp(&requirements.requests)
            resources = requirements
        }
    }
}
