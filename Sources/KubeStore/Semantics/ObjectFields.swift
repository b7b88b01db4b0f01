import KubeModels

/// The fields a field selector can name for each kind (upstream's per-strategy `GetAttrs`):
/// `metadata.name` and, for namespaced kinds, `metadata.namespace` everywhere, plus the kind's
/// own (`spec.nodeName` and `status.phase` for pods, `spec.unschedulable` for nodes, ...).
public enum ObjectFields {
    /// The selectable fields of an object and their values.
    public static func fields<R: KubeResource>(of object: R) -> [String: String] {
        var f = ["metadata.name": object.metadata.name]
        if R.isNamespaced { f["metadata.namespace"] = object.metadata.namespace }
        switch object {
        case let pod as Pod:
            f["spec.nodeName"] = pod.spec.nodeName ?? ""
            f["spec.restartPolicy"] = pod.spec.restartPolicy ?? ""
            f["spec.schedulerName"] = pod.spec.schedulerName ?? ""
            f["spec.serviceAccountName"] = pod.spec.serviceAccountName ?? ""
            f["spec.hostNetwork"] = (pod.spec.hostNetwork ?? false) ? "true" : "false"
            f["status.phase"] = pod.status.phase ?? ""
            f["status.podIP"] = pod.status.podIP ?? ""
            f["status.nominatedNodeName"] = pod.status.nominatedNodeName ?? ""
        case let node as Node:
            f["spec.unschedulable"] = (node.spec.unschedulable ?? false) ? "true" : "false"
        case let namespace as Namespace:
            f["status.phase"] = namespace.status.phase ?? ""
        case let secret as Secret:
            f["type"] = secret.type ?? ""
        case let event as Event:
            let o = event.involvedObject
            f["involvedObject.kind"] = o.kind ?? ""
            f["involvedObject.namespace"] = o.namespace ?? ""
            f["involvedObject.name"] = o.name ?? ""
            f["involvedObject.uid"] = o.uid ?? ""
            f["involvedObject.apiVersion"] = o.apiVersion ?? ""
            f["involvedObject.resourceVersion"] = o.resourceVersion ?? ""
            f["involvedObject.fieldPath"] = o.fieldPath ?? ""
            f["reason"] = event.reason ?? ""
            f["reportingComponent"] = event.reportingComponent ?? ""
            f["source"] = event.source?.component ?? ""
            f["type"] = event.type ?? ""
        case let rs as ReplicaSet:
            f["status.replicas"] = String(rs.status.replicas)
        case let job as Job:
            f["status.successful"] = String(job.status.succeeded ?? 0)
        default:
            break
        }
        return f
    }
}
