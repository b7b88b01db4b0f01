import KubeModels

// The built-in kinds whose status is a subresource (each already has `var status`).
extension Pod: HasStatusSubresource {}
extension Node: HasStatusSubresource {}
extension Namespace: HasStatusSubresource {}
extension Service: HasStatusSubresource {}
extension PersistentVolume: HasStatusSubresource {}
extension PersistentVolumeClaim: HasStatusSubresource {}
extension ResourceQuota: HasStatusSubresource {}
extension Deployment: HasStatusSubresource {}
extension ReplicaSet: HasStatusSubresource {}
extension StatefulSet: HasStatusSubresource {}
extension DaemonSet: HasStatusSubresource {}
extension Job: HasStatusSubresource {}
extension CronJob: HasStatusSubresource {}
extension HorizontalPodAutoscaler: HasStatusSubresource {}
extension PodDisruptionBudget: HasStatusSubresource {}
extension Ingress: HasStatusSubresource {}
