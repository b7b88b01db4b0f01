import Foundation
import KubeModels

/// Realistic sample objects for tests and benchmarks.
public enum SampleObjects {
    /// A realistic scheduled, running pod of about 3.4 KB of JSON: two containers with env, ports,
    /// probes, resources and volume mounts; four volumes; status with conditions and container statuses.
    /// `index` varies names, labels, the node and the IP.
    public static func scheduledPod(index: Int, namespace: String = "default") -> Pod {
        let name = "web-\(index)"
        let start = Time(secondsSince1970: 1_735_689_600 + Int64(index % 86_400))
        var pod = Pod(name: name, namespace: namespace)
        pod.metadata.uid = String(format: "6f1c0a2e-%04x-4d6b-9a47-%012x", index & 0xffff, index)
        pod.metadata.resourceVersion = String(1000 + index)
        pod.metadata.creationTimestamp = start
        pod.metadata.labels = ["app": "web", "tier": "frontend", "pod-template-hash": "5d8f7c9b6d", "shard": String(index % 16)]
        pod.metadata.ownerReferences = [OwnerReference(
            apiVersion: "apps/v1", blockOwnerDeletion: true, controller: true, kind: "ReplicaSet",
            name: "web-5d8f7c9b6d", uid: "0b7e2a91-3c1d-4f5e-8a6b-9c0d1e2f3a4b")]

        func env(_ prefix: String, count: Int) -> [EnvVar] {
            Array([
                EnvVar(name: "\(prefix)_MODE", value: "production"),
                EnvVar(name: "\(prefix)_LOG_LEVEL", value: "info"),
                EnvVar(name: "POD_NAME", valueFrom: EnvVarSource(fieldRef: ObjectFieldSelector(apiVersion: "v1", fieldPath: "metadata.name"))),
                EnvVar(name: "POD_IP", valueFrom: EnvVarSource(fieldRef: ObjectFieldSelector(apiVersion: "v1", fieldPath: "status.podIP"))),
                EnvVar(name: "DB_PASSWORD", valueFrom: EnvVarSource(secretKeyRef: SecretKeySelector(key: "password", name: "db-credentials"))),
            ].prefix(count))
        }
        func resources(cpu: Int64, memoryMi: Int64) -> ResourceRequirements {
            ResourceRequirements(
                limits: ["cpu": .cpu(millis: cpu * 2), "memory": .bytes(memoryMi * 2 * 1024 * 1024)],
                requests: ["cpu": .cpu(millis: cpu), "memory": .bytes(memoryMi * 1024 * 1024)])
        }
        let mounts = [
            VolumeMount(mountPath: "/etc/web", name: "config", readOnly: true),
            VolumeMount(mountPath: "/var/cache/web", name: "cache"),
            VolumeMount(mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", name: "kube-api-access", readOnly: true),
        ]
        let app = Container(
            args: ["--port=8080", "--metrics-port=9102"], command: ["/usr/local/bin/web"], env: env("WEB", count: 4),
            image: "registry.example.com/web/frontend:1.27.3", imagePullPolicy: "IfNotPresent",
            livenessProbe: Probe(failureThreshold: 3, httpGet: HTTPGetAction(path: "/healthz", port: .int(8080), scheme: "HTTP"),
                                 initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1),
            name: "web",
            ports: [ContainerPort(containerPort: 8080, name: "http", protocol: "TCP"),
                    ContainerPort(containerPort: 9102, name: "metrics", protocol: "TCP")],
            readinessProbe: Probe(failureThreshold: 3, httpGet: HTTPGetAction(path: "/ready", port: .string("http"), scheme: "HTTP"),
                                  periodSeconds: 5, successThreshold: 1, timeoutSeconds: 1),
            resources: resources(cpu: 250, memoryMi: 256),
            terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File", volumeMounts: mounts)
        let sidecar = Container(
            env: env("PROXY", count: 1), image: "envoyproxy/envoy:v1.31.2",
            imagePullPolicy: "IfNotPresent",
            livenessProbe: Probe(failureThreshold: 3, periodSeconds: 10, successThreshold: 1,
                                 tcpSocket: TCPSocketAction(port: .int(15000)), timeoutSeconds: 1),
            name: "proxy", ports: [ContainerPort(containerPort: 15001, name: "proxy", protocol: "TCP")],
            resources: resources(cpu: 100, memoryMi: 128),
            terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File", volumeMounts: [mounts[2]])
        pod.spec = PodSpec(
            containers: [app, sidecar], dnsPolicy: "ClusterFirst", enableServiceLinks: true,
            nodeName: "node-\(index % 5000)", preemptionPolicy: "PreemptLowerPriority", priority: 0,
            restartPolicy: "Always", schedulerName: "default-scheduler", securityContext: PodSecurityContext(),
            serviceAccount: "web", serviceAccountName: "web", terminationGracePeriodSeconds: 30,
            tolerations: [
                Toleration(effect: "NoExecute", key: "node.kubernetes.io/not-ready", operator: "Exists", tolerationSeconds: 300),
            ],
            volumes: [
                Volume(configMap: ConfigMapVolumeSource(defaultMode: 420, name: "web-config"), name: "config"),
                Volume(emptyDir: EmptyDirVolumeSource(sizeLimit: .bytes(512 * 1024 * 1024)), name: "cache"),
                Volume(name: "kube-api-access", projected: ProjectedVolumeSource(defaultMode: 420, sources: [
                    VolumeProjection(serviceAccountToken: ServiceAccountTokenProjection(expirationSeconds: 3607, path: "token")),
                ])),
            ])
        let ip = "10.\(16 + (index >> 16) % 16).\((index >> 8) & 255).\(index & 255)"
        let conditions = ["Initialized", "Ready", "ContainersReady", "PodScheduled"].map {
            PodCondition(lastTransitionTime: start, status: "True", type: $0)
        }
        func status(_ c: Container, id: Int) -> ContainerStatus {
            ContainerStatus(
                containerID: "containerd://\(String(repeating: String(id), count: 8))\(String(format: "%024x", index))",
                image: c.image ?? "", imageID: "\(c.image ?? "")@sha256:\(String(repeating: "ab", count: 16))",
                name: c.name, ready: true, restartCount: 0, started: true,
                state: ContainerState(running: ContainerStateRunning(startedAt: start)))
        }
        pod.status = PodStatus(
            conditions: conditions, containerStatuses: [status(app, id: 1), status(sidecar, id: 2)],
            hostIP: "192.168.\((index / 250) % 250).\(index % 250 + 1)", phase: "Running", podIP: ip,
            podIPs: [PodIP(ip: ip)], qosClass: "Burstable", startTime: start)
        return pod
    }

    /// A JSON list of `count` realistic scheduled pods (`PodList`), as an API server returns it.
    public static func podListJSON(count: Int) throws -> [UInt8] {
        try KubeJSON.encode(KubeList(items: (0 ..< count).map { scheduledPod(index: $0) }, metadata: ListMeta(resourceVersion: "123456")))
    }

    /// One valid sample of each kind the corpus lacks, for schema checks.
    public static var all: [any KubeResource] {
        var node = Node(name: "node-1")
        node.metadata.labels = ["kubernetes.io/hostname": "node-1", "topology.kubernetes.io/zone": "zone-a"]
        node.spec = NodeSpec(podCIDR: "10.244.1.0/24", podCIDRs: ["10.244.1.0/24"],
                             taints: [Taint(effect: "NoSchedule", key: "dedicated", value: "gpu")])
        node.status = NodeStatus(
            addresses: [NodeAddress(address: "192.168.1.10", type: "InternalIP")],
            allocatable: ["cpu": .cpu(millis: 3800), "memory": .bytes(15 * 1024 * 1024 * 1024), "pods": Quantity(110, format: .decimalSI)],
            capacity: ["cpu": .cpu(millis: 4000), "memory": .bytes(16 * 1024 * 1024 * 1024), "pods": Quantity(110, format: .decimalSI)],
            conditions: [NodeCondition(status: "True", type: "Ready")],
            images: [ContainerImage(names: ["nginx:1.27"], sizeBytes: 70_000_000)],
            nodeInfo: NodeSystemInfo(architecture: "amd64", bootID: "b", containerRuntimeVersion: "containerd://1.7.0",
                                     kernelVersion: "6.1.0", kubeProxyVersion: "v1.32.0", kubeletVersion: "v1.32.0",
                                     machineID: "m", operatingSystem: "linux", osImage: "Debian GNU/Linux 12", systemUUID: "s"))
        var endpoints = Endpoints(name: "web", namespace: "default")
        endpoints.subsets = [EndpointSubset(addresses: [EndpointAddress(ip: "10.16.0.1", nodeName: "node-1")],
                                            ports: [EndpointPort(name: "http", port: 8080, protocol: "TCP")])]
        var event = Event(name: "web-1.17f", namespace: "default")
        event.involvedObject = ObjectReference(apiVersion: "v1", kind: "Pod", name: "web-1", namespace: "default")
        event.reason = "Scheduled"
        event.message = "Successfully assigned default/web-1 to node-1"
        event.type = "Normal"
        event.count = 1
        event.firstTimestamp = Time(secondsSince1970: 1_735_689_600)
        event.lastTimestamp = Time(secondsSince1970: 1_735_689_600)
        event.source = EventSource(component: "default-scheduler")
        var binding = Binding(name: "web-1", namespace: "default")
        binding.target = ObjectReference(kind: "Node", name: "node-1")
        var template = PodTemplate(name: "web", namespace: "default")
        template.template = PodTemplateSpec(metadata: ObjectMeta(labels: ["app": "web"]), spec: scheduledPod(index: 1).spec)
        var revision = ControllerRevision(name: "web-7c9d", namespace: "default")
        revision.revision = 2
        revision.data = ["spec": ["template": ["metadata": ["labels": ["app": "web"]]]]]
        var eviction = Eviction(name: "web-1", namespace: "default")
        eviction.deleteOptions = DeleteOptions(gracePeriodSeconds: 30)
        var lease = Lease(name: "node-1", namespace: "kube-node-lease")
        lease.spec = LeaseSpec(holderIdentity: "node-1", leaseDurationSeconds: 40,
                               renewTime: MicroTime(microsecondsSince1970: 1_735_689_600_123_456))
        return [scheduledPod(index: 7), node, endpoints, event, binding, template, revision, eviction, lease]
    }
}
