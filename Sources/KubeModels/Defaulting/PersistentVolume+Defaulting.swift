extension PersistentVolumeClaim {
    /// The claim with the API server's defaults (upstream `SetObjectDefaults_PersistentVolumeClaim`):
    /// volume mode `Filesystem`, phase `Pending`, quantities rounded up to a thousandth.
    public func defaulted() -> PersistentVolumeClaim {
        var claim = self
        claim.applyDefaults()
        return claim
    }

    mutating func applyDefaults() {
        if (status.phase ?? "").isEmpty { status.phase = "Pending" }
        spec.applyDefaults()
        ResourceListDefaults.roundUp(&status.capacity)
        ResourceListDefaults.roundUp(&status.allocatedResources)
    }
}

extension PersistentVolume {
    /// The volume with the API server's defaults (upstream `SetObjectDefaults_PersistentVolume`):
    /// reclaim policy `Retain`, volume mode `Filesystem`, phase `Pending`, the unset host path
    /// type, the legacy plugins' fixed defaults, and capacity rounded up to a thousandth.
    public func defaulted() -> PersistentVolume {
        var volume = self
        if (volume.status.phase ?? "").isEmpty { volume.status.phase = "Pending" }
        if (volume.spec.persistentVolumeReclaimPolicy ?? "").isEmpty { volume.spec.persistentVolumeReclaimPolicy = "Retain" }
        if volume.spec.volumeMode == nil { volume.spec.volumeMode = "Filesystem" }
        ResourceListDefaults.roundUp(&volume.spec.capacity)
        if volume.spec.hostPath != nil, volume.spec.hostPath?.type == nil { volume.spec.hostPath?.type = "" }
        if volume.spec.rbd != nil {
            if (volume.spec.rbd?.pool ?? "").isEmpty { volume.spec.rbd?.pool = "rbd" }
            if (volume.spec.rbd?.user ?? "").isEmpty { volume.spec.rbd?.user = "admin" }
            if (volume.spec.rbd?.keyring ?? "").isEmpty { volume.spec.rbd?.keyring = "/etc/ceph/keyring" }
        }
        if volume.spec.iscsi != nil, (volume.spec.iscsi?.iscsiInterface ?? "").isEmpty {
            volume.spec.iscsi?.iscsiInterface = "default"
        }
        if volume.spec.azureDisk != nil {
            if volume.spec.azureDisk?.cachingMode == nil { volume.spec.azureDisk?.cachingMode = "ReadWrite" }
            if volume.spec.azureDisk?.fsType == nil { volume.spec.azureDisk?.fsType = "ext4" }
            if volume.spec.azureDisk?.readOnly == nil { volume.spec.azureDisk?.readOnly = false }
            if volume.spec.azureDisk?.kind == nil { volume.spec.azureDisk?.kind = "Shared" }
        }
        if volume.spec.scaleIO != nil {
            if (volume.spec.scaleIO?.storageMode ?? "").isEmpty { volume.spec.scaleIO?.storageMode = "ThinProvisioned" }
            if (volume.spec.scaleIO?.fsType ?? "").isEmpty { volume.spec.scaleIO?.fsType = "xfs" }
        }
        return volume
    }
}
