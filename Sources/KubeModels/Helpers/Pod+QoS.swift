/// A pod's quality-of-service class (upstream `v1.PodQOSClass`).
public enum PodQOSClass: String, Sendable, Hashable, CaseIterable {
    /// Every container limits and requests CPU and memory, with requests equal to limits.
    case guaranteed = "Guaranteed"
    /// Something is requested or limited, but not enough for `Guaranteed`.
    case burstable = "Burstable"
    /// Nothing is requested or limited.
    case bestEffort = "BestEffort"
}

extension Pod {
    /// The pod's QoS class (upstream `GetPodQOS`): `status.qosClass` when the kubelet has set it
    /// (the class never changes once set), else ``computedQOSClass(usePodLevelResources:)``.
    public var qosClass: PodQOSClass {
        if let recorded = status.qosClass, let known = PodQOSClass(rawValue: recorded) { return known }
        return computedQOSClass()
    }

    /// The QoS class computed from the spec (upstream `ComputePodQOS`): only CPU and memory
    /// count, zero quantities are ignored; `BestEffort` with no requests or limits, `Guaranteed`
    /// when every container (app and init) limits both and the summed requests equal the summed
    /// limits, else `Burstable`.
    ///
    /// - Parameter usePodLevelResources: judge by the pod-level `spec.resources` when present
    ///   (the `PodLevelResources` feature, off by default in 1.32).
    public func computedQOSClass(usePodLevelResources: Bool = false) -> PodQOSClass {
        var requests: [String: Quantity] = [:], limits: [String: Quantity] = [:]
        var guaranteed = true
        func collect(_ list: [String: Quantity], into total: inout [String: Quantity]) -> Set<String> {
            var found = Set<String>()
            for (name, quantity) in list where (name == "cpu" || name == "memory") && quantity.sign > 0 {
                found.insert(name)
                total[name] = (total[name].map { $0 + quantity }) ?? quantity
            }
            return found
        }
        if usePodLevelResources, let podResources = spec.resources {
            _ = collect(podResources.requests, into: &requests)
            let found = collect(podResources.limits, into: &limits)
            if !found.isSuperset(of: ["cpu", "memory"]) { guaranteed = false }
        } else {
            for container in spec.containers + spec.initContainers {
                _ = collect(container.resources?.requests ?? [:], into: &requests)
                let found = collect(container.resources?.limits ?? [:], into: &limits)
                if !found.isSuperset(of: ["cpu", "memory"]) { guaranteed = false }
            }
        }
        if requests.isEmpty && limits.isEmpty { return .bestEffort }
        if guaranteed {
            for (name, request) in requests where limits[name] != request {
                guaranteed = false
                break
            }
        }
        return guaranteed && requests.count == limits.count ? .guaranteed : .burstable
    }
}
