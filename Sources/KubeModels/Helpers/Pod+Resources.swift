extension Pod {
    /// The pod's effective resource requests, exactly as the scheduler and the kubelet's
    /// admission add them up (upstream `resource.PodRequests`): the larger of the sum over the
    /// app containers and sidecars (init containers with `restartPolicy: Always`) and, for each
    /// ordinary init container, its request plus the sidecars started before it; then the pod
    /// overhead.
    ///
    /// ```swift
    /// pod.podRequests()["cpu"]                            // as the NodeResourcesFit filter sees it
    /// pod.podRequests(.schedulerScoring)["memory"]        // with 200Mi for containers without a request
    /// ```
    public func podRequests(_ options: PodResourcesOptions = PodResourcesOptions()) -> [String: Quantity] {
        var requests = aggregate(options) { container, status, infeasible in
            let spec = container.resources?.requests ?? [:]
            guard let actual = status?.resources?.requests, status?.resources != nil else { return spec }
            return infeasible ? actual : ResourceListMath.maxOf(spec, actual)
        }
        if options.usePodLevelResources, let podRequests = spec.resources?.requests, isPodLevelSet(podRequests) {
            for (name, quantity) in podRequests where Self.isPodLevelResource(name) { requests[name] = quantity }
        }
        if !options.excludeOverhead { ResourceListMath.add(&requests, spec.overhead) }
        return requests
    }

    /// The pod's effective limits (upstream `resource.PodLimits`): the same sums and maxima over
    /// the containers' limits, with the overhead added only to resources that have a limit.
    public func podLimits(_ options: PodResourcesOptions = PodResourcesOptions()) -> [String: Quantity] {
        var options = options
        options.nonMissingContainerRequests = [:]
        var limits = aggregate(options) { container, status, infeasible in
            let spec = container.resources?.limits ?? [:]
            guard let actual = status?.resources?.limits, status?.resources != nil else { return spec }
            return infeasible ? actual : ResourceListMath.maxOf(spec, actual)
        }
        if options.usePodLevelResources, let resources = spec.resources,
           isPodLevelSet(resources.requests) || isPodLevelSet(resources.limits) {
            for (name, quantity) in resources.limits where Self.isPodLevelResource(name) { limits[name] = quantity }
        }
        if !options.excludeOverhead {
            for (name, quantity) in spec.overhead where limits[name] != nil {
                limits[name] = (limits[name] ?? .zero) + quantity
            }
        }
        return limits
    }

    /// Whether an init container is a sidecar (`restartPolicy: Always`).
    static func isSidecar(_ container: Container) -> Bool { container.restartPolicy == "Always" }

    /// Upstream `IsSupportedPodLevelResource`.
    static func isPodLevelResource(_ name: String) -> Bool {
        name == "cpu" || name == "memory" || name.hasPrefix("hugepages-")
    }

    private func isPodLevelSet(_ list: [String: Quantity]) -> Bool {
        list.keys.contains(where: Self.isPodLevelResource)
    }

    /// Whether the pod's resize is reported infeasible (1.32's `status.resize`).
    private var isResizeInfeasible: Bool { status.resize == "Infeasible" }

    /// Upstream's container aggregation: app containers and sidecars summed, each ordinary init
    /// container with the sidecars before it, the larger of the two.
    private func aggregate(
        _ options: PodResourcesOptions, _ list: (Container, ContainerStatus?, Bool) -> [String: Quantity]
    ) -> [String: Quantity] {
        let statuses = options.useStatusResources
            ? Dictionary(status.containerStatuses.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        let infeasible = isResizeInfeasible
        var result: [String: Quantity] = [:]
        for container in spec.containers {
            var resources = list(container, statuses[container.name], infeasible)
            if !options.nonMissingContainerRequests.isEmpty {
                resources = ResourceListMath.applyingNonMissing(resources, options.nonMissingContainerRequests)
            }
            ResourceListMath.add(&result, resources)
        }
        var sidecars: [String: Quantity] = [:]
        var initMaximum: [String: Quantity] = [:]
        for container in spec.initContainers {
            var resources = list(container, nil, infeasible)
            if !options.nonMissingContainerRequests.isEmpty {
                resources = ResourceListMath.applyingNonMissing(resources, options.nonMissingContainerRequests)
            }
            if Self.isSidecar(container) {
                ResourceListMath.add(&result, resources)
                ResourceListMath.add(&sidecars, resources)
                resources = sidecars
            } else {
                ResourceListMath.add(&resources, sidecars)
            }
            ResourceListMath.max(&initMaximum, resources)
        }
        ResourceListMath.max(&result, initMaximum)
        return result
    }
}
