extension Deployment {
    /// The Deployment with the API server's defaults (upstream `SetDefaults_Deployment` and the
    /// pod template's defaults): one replica, a `RollingUpdate` strategy with 25% surge and 25%
    /// unavailability, 10 revisions of history and a 600-second progress deadline.
    ///
    /// ```swift
    /// let deployment = Deployment(name: "web", namespace: "default").defaulted()
    /// deployment.spec.replicas                                // 1
    /// deployment.spec.strategy?.rollingUpdate?.maxSurge       // "25%"
    /// ```
    public func defaulted() -> Deployment {
        var deployment = self
        if deployment.spec.replicas == nil { deployment.spec.replicas = 1 }
        var strategy = deployment.spec.strategy ?? DeploymentStrategy()
        if (strategy.type ?? "").isEmpty { strategy.type = "RollingUpdate" }
        if strategy.type == "RollingUpdate" {
            var rolling = strategy.rollingUpdate ?? RollingUpdateDeployment()
            if rolling.maxUnavailable == nil { rolling.maxUnavailable = "25%" }
            if rolling.maxSurge == nil { rolling.maxSurge = "25%" }
            strategy.rollingUpdate = rolling
        }
        deployment.spec.strategy = strategy
        if deployment.spec.revisionHistoryLimit == nil { deployment.spec.revisionHistoryLimit = 10 }
        if deployment.spec.progressDeadlineSeconds == nil { deployment.spec.progressDeadlineSeconds = 600 }
        deployment.spec.template.applyDefaults()
        return deployment
    }
}

extension ReplicaSet {
    /// The ReplicaSet with the API server's defaults (upstream `SetDefaults_ReplicaSet` and the
    /// pod template's defaults): one replica.
    public func defaulted() -> ReplicaSet {
        var replicaSet = self
        if replicaSet.spec.replicas == nil { replicaSet.spec.replicas = 1 }
        replicaSet.spec.template?.applyDefaults()
        return replicaSet
    }
}
