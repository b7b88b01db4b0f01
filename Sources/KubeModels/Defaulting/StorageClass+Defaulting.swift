extension StorageClass {
    /// The StorageClass with the API server's defaults: reclaim policy `Delete`, binding mode
    /// `Immediate`.
    public func defaulted() -> StorageClass {
        var storageClass = self
        if (storageClass.reclaimPolicy ?? "").isEmpty { storageClass.reclaimPolicy = "Delete" }
        if storageClass.volumeBindingMode == nil { storageClass.volumeBindingMode = "Immediate" }
        return storageClass
    }
}

extension PriorityClass {
    /// The PriorityClass with the API server's default preemption policy, `PreemptLowerPriority`.
    public func defaulted() -> PriorityClass {
        var priorityClass = self
        if priorityClass.preemptionPolicy == nil { priorityClass.preemptionPolicy = "PreemptLowerPriority" }
        return priorityClass
    }
}
