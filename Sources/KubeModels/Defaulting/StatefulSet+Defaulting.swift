extension StatefulSet {
    /// The StatefulSet with the API server's defaults (upstream `SetDefaults_StatefulSet` and
    /// the pod template's defaults): `OrderedReady` pod management, a `RollingUpdate` strategy
    /// with partition 0, a `Retain`/`Retain` claim retention policy, one replica and 10 revisions
    /// of history. The claim templates get a claim's defaults (including the `Pending` phase, as
    /// upstream).
    public func defaulted() -> StatefulSet {
        var set = self
        if (set.spec.podManagementPolicy ?? "").isEmpty { set.spec.podManagementPolicy = "OrderedReady" }
        var strategy = set.spec.updateStrategy ?? StatefulSetUpdateStrategy()
        if (strategy.type ?? "").isEmpty {
            strategy.type = "RollingUpdate"
            if strategy.rollingUpdate == nil { strategy.rollingUpdate = RollingUpdateStatefulSetStrategy() }
        }
        if strategy.type == "RollingUpdate", strategy.rollingUpdate != nil, strategy.rollingUpdate?.partition == nil {
            strategy.rollingUpdate?.partition = 0
        }
        set.spec.updateStrategy = strategy
        var retention = set.spec.persistentVolumeClaimRetentionPolicy ?? StatefulSetPersistentVolumeClaimRetentionPolicy()
        if (retention.whenDeleted ?? "").isEmpty { retention.whenDeleted = "Retain" }
        if (retention.whenScaled ?? "").isEmpty { retention.whenScaled = "Retain" }
        set.spec.persistentVolumeClaimRetentionPolicy = retention
        if set.spec.replicas == nil { set.spec.replicas = 1 }
        if set.spec.revisionHistoryLimit == nil { set.spec.revisionHistoryLimit = 10 }
        set.spec.template.applyDefaults()
        for index in set.spec.volumeClaimTemplates.indices {
            set.spec.volumeClaimTemplates[index].applyDefaults()
        }
        return set
    }
}

extension DaemonSet {
    /// The DaemonSet with the API server's defaults (upstream `SetDefaults_DaemonSet` and the
    /// pod template's defaults): a `RollingUpdate` strategy with at most 1 unavailable and no
    /// surge, and 10 revisions of history.
    public func defaulted() -> DaemonSet {
        var set = self
        var strategy = set.spec.updateStrategy ?? DaemonSetUpdateStrategy()
        if (strategy.type ?? "").isEmpty { strategy.type = "RollingUpdate" }
        if strategy.type == "RollingUpdate" {
            var rolling = strategy.rollingUpdate ?? RollingUpdateDaemonSet()
            if rolling.maxUnavailable == nil { rolling.maxUnavailable = 1 }
            if rolling.maxSurge == nil { rolling.maxSurge = 0 }
            strategy.rollingUpdate = rolling
        }
        set.spec.updateStrategy = strategy
        if set.spec.revisionHistoryLimit == nil { set.spec.revisionHistoryLimit = 10 }
        set.spec.template.applyDefaults()
        return set
    }
}
