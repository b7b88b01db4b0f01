import KubeModels

/// A kind whose objects are deleted gracefully (upstream's `RESTGracefulDeleteStrategy`): a
/// delete first sets `deletionTimestamp` to now plus a grace period and keeps the object, and a
/// later delete with a zero grace period (from the agent that stopped it) removes it.
///
/// ``Pod`` conforms, as upstream: the grace period is the request's, else
/// `spec.terminationGracePeriodSeconds`; an unscheduled or terminated pod is deleted at once.
public protocol GracefulDeletion: KubeResource {
    /// The grace period in seconds for a delete that asked for `requested` seconds (`nil`: the
    /// kind's default); `0` deletes at once.
    func deletionGracePeriod(requested: Int64?) -> Int64
}

extension Pod: GracefulDeletion {
    /// Upstream's `podStrategy.CheckGracefulDelete`.
    public func deletionGracePeriod(requested: Int64?) -> Int64 {
        var period = requested ?? spec.terminationGracePeriodSeconds ?? 0
        if spec.nodeName?.isEmpty ?? true { period = 0 }
        if status.phase == "Failed" || status.phase == "Succeeded" { period = 0 }
        return period < 0 ? 1 : period
    }
}
