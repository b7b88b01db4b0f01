/// A condition in an object's status (`metav1.Condition`, `PodCondition`, `NodeCondition`,
/// `DeploymentCondition`, ...): a type, a status (`True`, `False` or `Unknown`) and the time the
/// status last changed. The array helpers below work on any of them.
///
/// ```swift
/// var conditions = pod.status.conditions
/// conditions.setCondition(PodCondition(status: "True", type: "Ready"), now: clock.nowTime)
/// conditions.isTrue("Ready")   // true
/// ```
public protocol StatusCondition: Sendable, Hashable {
    /// The condition type, such as `Ready`.
    var type: String { get set }
    /// `True`, `False` or `Unknown`.
    var status: String { get set }
    /// When the status last changed (`lastTransitionTime`); `nil` when unset.
    var transitionTime: Time? { get set }
}

extension Array where Element: StatusCondition {
    /// The condition of `type`, if present (upstream `FindStatusCondition`).
    public func condition(ofType type: String) -> Element? {
        first { $0.type == type }
    }

    /// Whether the condition of `type` is present with status `True`.
    public func isTrue(_ type: String) -> Bool { condition(ofType: type)?.status == "True" }

    /// Whether the condition of `type` is present with status `False`.
    public func isFalse(_ type: String) -> Bool { condition(ofType: type)?.status == "False" }

    /// Adds or updates the condition of `condition.type` (upstream `meta.SetStatusCondition`,
    /// generalized to every condition type): the transition time moves only when the status
    /// changes, to `condition`'s own when set, else to `now`; all other fields are taken from
    /// `condition`. Tells whether anything changed.
    @discardableResult
    public mutating func setCondition(_ condition: Element, now: Time) -> Bool {
        guard let index = firstIndex(where: { $0.type == condition.type }) else {
            var added = condition
            if added.transitionTime == nil { added.transitionTime = now }
            append(added)
            return true
        }
        var updated = condition
        if self[index].status == condition.status {
            updated.transitionTime = self[index].transitionTime
        } else if updated.transitionTime == nil {
            updated.transitionTime = now
        }
        if updated == self[index] { return false }
        self[index] = updated
        return true
    }

    /// ``setCondition(_:now:)`` with the current time of `clock`.
    @discardableResult
    public mutating func setCondition(_ condition: Element, clock: some KubeClock) -> Bool {
        setCondition(condition, now: clock.nowTime)
    }

    /// Removes the condition of `type`; tells whether it was present (upstream
    /// `RemoveStatusCondition`).
    @discardableResult
    public mutating func removeCondition(ofType type: String) -> Bool {
        let count = self.count
        removeAll { $0.type == type }
        return self.count != count
    }
}

extension Condition: StatusCondition {
    /// `lastTransitionTime`, with the empty value (the Unix epoch) read as unset.
    public var transitionTime: Time? {
        get { lastTransitionTime.secondsSince1970 == 0 ? nil : lastTransitionTime }
        set { lastTransitionTime = newValue ?? Time(secondsSince1970: 0) }
    }
}

extension PodCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension NodeCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension NamespaceCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension PersistentVolumeClaimCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension DeploymentCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension ReplicaSetCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension StatefulSetCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension DaemonSetCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension JobCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}

extension HorizontalPodAutoscalerCondition: StatusCondition {
    /// `lastTransitionTime`.
    public var transitionTime: Time? { get { lastTransitionTime } set { lastTransitionTime = newValue } }
}
