extension Toleration {
    /// Whether this toleration tolerates `taint` (upstream `Toleration.ToleratesTaint`): an empty
    /// effect matches every effect, an empty key (with `Exists`) every key, `Exists` every value,
    /// and `Equal` (or no operator) the same value. Other operators match nothing.
    ///
    /// ```swift
    /// Toleration(key: "gpu", operator: "Exists").tolerates(Taint(effect: "NoSchedule", key: "gpu", value: "a100"))   // true
    /// ```
    public func tolerates(_ taint: Taint) -> Bool {
        if let effect, !effect.isEmpty, effect != taint.effect { return false }
        if let key, !key.isEmpty, key != taint.key { return false }
        switch `operator` ?? "" {
        case "", "Equal": return (value ?? "") == (taint.value ?? "")
        case "Exists": return true
        default: return false
        }
    }

    /// Whether two tolerations are the same (upstream `MatchToleration`: key, effect, operator
    /// and value, ignoring `tolerationSeconds`).
    public func matches(_ other: Toleration) -> Bool {
        (key ?? "") == (other.key ?? "") && (effect ?? "") == (other.effect ?? "")
            && (`operator` ?? "") == (other.operator ?? "") && (value ?? "") == (other.value ?? "")
    }
}

extension Array where Element == Toleration {
    /// Whether any of the tolerations tolerates `taint` (upstream `TolerationsTolerateTaint`).
    public func tolerates(_ taint: Taint) -> Bool { contains { $0.tolerates(taint) } }

    /// The first of `taints` that passes `filter` and that none of the tolerations tolerates
    /// (upstream `FindMatchingUntoleratedTaint`), as the scheduler's TaintToleration filter looks
    /// for `NoSchedule` and `NoExecute` taints.
    public func firstUntolerated(of taints: [Taint], where filter: (Taint) -> Bool = { _ in true }) -> Taint? {
        taints.first { filter($0) && !tolerates($0) }
    }
}

extension Taint: CustomStringConvertible {
    /// Whether two taints are the same taint: same key and effect (upstream `MatchTaint`).
    public func matches(_ other: Taint) -> Bool { key == other.key && effect == other.effect }

    /// `key=value:effect`, or `key:effect` without a value (upstream `Taint.ToString`).
    public var description: String {
        if let value, !value.isEmpty { return "\(key)=\(value):\(effect)" }
        return "\(key):\(effect)"
    }
}
