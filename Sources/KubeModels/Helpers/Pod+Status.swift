extension Pod {
    /// Whether the pod's `Ready` condition is `True` (upstream `podutil.IsPodReady`).
    public var isReady: Bool { status.conditions.isTrue("Ready") }

    /// Whether the pod has finished: phase `Succeeded` or `Failed` (upstream
    /// `podutil.IsPodTerminal`).
    public var isTerminal: Bool { status.phase == "Succeeded" || status.phase == "Failed" }

    /// Whether the pod is bound to a node (`spec.nodeName` set), as the scheduler tells assigned
    /// pods apart.
    public var isScheduled: Bool { !(spec.nodeName ?? "").isEmpty }

    /// Whether the pod has been ready for at least `minReadySeconds` at `now` (upstream
    /// `podutil.IsPodAvailable`).
    public func isAvailable(minReadySeconds: Int32, now: Time) -> Bool {
        guard isReady else { return false }
        if minReadySeconds == 0 { return true }
        guard let since = status.conditions.condition(ofType: "Ready")?.lastTransitionTime else { return false }
        return since.adding(seconds: Int64(minReadySeconds)) < now
    }

    /// The pod's condition of `type` (upstream `podutil.GetPodCondition`).
    public func condition(ofType type: String) -> PodCondition? { status.conditions.condition(ofType: type) }

    /// Adds or updates a status condition, moving its transition time only when the status
    /// changes (upstream `podutil.UpdatePodCondition`); tells whether anything changed.
    @discardableResult
    public mutating func setCondition(_ condition: PodCondition, now: Time) -> Bool {
        status.conditions.setCondition(condition, now: now)
    }

    /// The pod's priority, 0 when unset (upstream `corev1helpers.PodPriority`).
    public var priority: Int32 { spec.priority ?? 0 }
}

extension Node {
    /// Whether the node's `Ready` condition is `True`.
    public var isReady: Bool { status.conditions.isTrue("Ready") }

    /// Whether new pods may be scheduled to the node (`spec.unschedulable` is not set).
    public var isSchedulable: Bool { spec.unschedulable != true }

    /// The node's condition of `type`.
    public func condition(ofType type: String) -> NodeCondition? { status.conditions.condition(ofType: type) }

    /// Adds or updates a status condition, moving its transition time only when the status
    /// changes; tells whether anything changed.
    @discardableResult
    public mutating func setCondition(_ condition: NodeCondition, now: Time) -> Bool {
        status.conditions.setCondition(condition, now: now)
    }
}
