/// How ``Pod/podRequests(_:)`` and ``Pod/podLimits(_:)`` add up a pod's resources (upstream
/// `k8s.io/component-helpers/resource.PodResourcesOptions`).
public struct PodResourcesOptions: Sendable, Hashable {
    /// Leave the pod's `spec.overhead` out.
    public var excludeOverhead: Bool
    /// Values used in place of a container's request for each listed resource it does not
    /// request (an explicit request, even zero, is kept). The scheduler passes
    /// ``schedulerNonZeroRequests`` when it scores.
    public var nonMissingContainerRequests: [String: Quantity]
    /// Take the resources the kubelet reports in the container statuses into account (in-place
    /// resize): the larger of spec and status, or the status alone when a resize is infeasible.
    public var useStatusResources: Bool
    /// Let pod-level `spec.resources` override the containers' sum for CPU, memory and
    /// hugepages (the `PodLevelResources` feature, off by default in 1.32).
    public var usePodLevelResources: Bool

    /// Creates options; the defaults add overhead and use the spec only, as upstream's zero value.
    public init(
        excludeOverhead: Bool = false, nonMissingContainerRequests: [String: Quantity] = [:],
        useStatusResources: Bool = false, usePodLevelResources: Bool = false
    ) {
        self.excludeOverhead = excludeOverhead
        self.nonMissingContainerRequests = nonMissingContainerRequests
        self.useStatusResources = useStatusResources
        self.usePodLevelResources = usePodLevelResources
    }

    /// The scheduler's defaults for containers without requests when it scores nodes
    /// (`DefaultMilliCPURequest` 100m and `DefaultMemoryRequest` 200Mi).
    public static let schedulerNonZeroRequests: [String: Quantity] = [
        "cpu": .cpu(millis: 100), "memory": .bytes(200 * 1024 * 1024),
    ]

    /// Options for the scheduler's scoring: non-zero defaults for missing CPU and memory
    /// requests.
    public static let schedulerScoring = PodResourcesOptions(nonMissingContainerRequests: schedulerNonZeroRequests)
}

/// Upstream's resource-list arithmetic (`addResourceList`, `maxResourceList`).
enum ResourceListMath {
    static func add(_ list: inout [String: Quantity], _ other: [String: Quantity]) {
        for (name, quantity) in other {
            if let existing = list[name] { list[name] = existing + quantity } else { list[name] = quantity }
        }
    }

    static func max(_ list: inout [String: Quantity], _ other: [String: Quantity]) {
        for (name, quantity) in other {
            if let existing = list[name] {
                if quantity > existing { list[name] = quantity }
            } else {
                list[name] = quantity
            }
        }
    }

    /// Each value the larger of the lists' (upstream's `max(a, b)` of resource lists).
    static func maxOf(_ a: [String: Quantity], _ b: [String: Quantity]) -> [String: Quantity] {
        var result = a
        max(&result, b)
        return result
    }

    /// Upstream `applyNonMissing`: the list with missing resources filled in.
    static func applyingNonMissing(_ list: [String: Quantity], _ nonMissing: [String: Quantity]) -> [String: Quantity] {
        var result = list
        for (name, quantity) in nonMissing where list[name] == nil { result[name] = quantity }
        return result
    }
}
