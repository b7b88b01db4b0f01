extension PodSpec {
    /// The pod spec with the API server's defaults for a spec in any object (a template in a
    /// Deployment, Job, ...: upstream `SetDefaults_PodSpec` and the nested defaulters):
    /// `dnsPolicy: ClusterFirst`, `restartPolicy: Always`, an empty security context,
    /// `terminationGracePeriodSeconds: 30`, `schedulerName: default-scheduler`, and the volume
    /// and container defaults.
    ///
    /// The pod-only defaults (requests from limits, service links, host ports with host
    /// networking) are applied by ``Pod/defaulted()``, as upstream.
    ///
    /// ```swift
    /// let spec = PodSpec(containers: [Container(image: "nginx", name: "web")]).defaulted()
    /// spec.restartPolicy                      // "Always"
    /// spec.containers[0].imagePullPolicy      // "Always" (no tag means :latest)
    /// ```
    public func defaulted() -> PodSpec {
        var spec = self
        spec.applyDefaults()
        return spec
    }

    mutating func applyDefaults() {
        if (dnsPolicy ?? "").isEmpty { dnsPolicy = "ClusterFirst" }
        if (restartPolicy ?? "").isEmpty { restartPolicy = "Always" }
        if securityContext == nil { securityContext = PodSecurityContext() }
        if terminationGracePeriodSeconds == nil { terminationGracePeriodSeconds = 30 }
        if (schedulerName ?? "").isEmpty { schedulerName = "default-scheduler" }
        for index in volumes.indices { volumes[index].applyDefaults() }
        for index in initContainers.indices { initContainers[index].applyDefaults() }
        for index in containers.indices { containers[index].applyDefaults() }
        for index in ephemeralContainers.indices { ephemeralContainers[index].applyDefaults() }
        ResourceListDefaults.roundUp(&overhead)
    }
}

extension PodTemplateSpec {
    /// The template with the pod spec defaults of ``PodSpec/defaulted()`` (an absent spec is
    /// defaulted as an empty one, as the API server's value type is).
    public func defaulted() -> PodTemplateSpec {
        var template = self
        template.applyDefaults()
        return template
    }

    mutating func applyDefaults() {
        var podSpec = spec ?? PodSpec()
        podSpec.applyDefaults()
        spec = podSpec
    }
}

extension Pod {
    /// The pod with the API server's defaults (upstream `SetObjectDefaults_Pod`): for each
    /// container and init container, requests copied from limits where absent; service links
    /// enabled; with host networking, host ports equal to container ports; then the pod spec
    /// defaults of ``PodSpec/defaulted()``.
    ///
    /// ```swift
    /// var pod = Pod(name: "web", namespace: "default")
    /// pod.spec.containers = [Container(image: "nginx:1.27", name: "web",
    ///                                  resources: ResourceRequirements(limits: ["cpu": .cpu(millis: 500)]))]
    /// let defaulted = pod.defaulted()
    /// defaulted.spec.containers[0].resources?.requests["cpu"]   // 500m
    /// defaulted.spec.containers[0].imagePullPolicy              // "IfNotPresent"
    /// ```
    public func defaulted() -> Pod {
        var pod = self
        pod.spec.applyPodOnlyDefaults()
        pod.spec.applyDefaults()
        return pod
    }
}

extension PodSpec {
    /// Upstream `SetDefaults_Pod`.
    mutating func applyPodOnlyDefaults() {
        for index in containers.indices { containers[index].defaultRequestsFromLimits() }
        for index in initContainers.indices { initContainers[index].defaultRequestsFromLimits() }
        if enableServiceLinks == nil { enableServiceLinks = true }
        if hostNetwork == true {
            for index in containers.indices { containers[index].defaultHostPortsToContainerPorts() }
            for index in initContainers.indices { initContainers[index].defaultHostPortsToContainerPorts() }
        }
    }
}

extension Container {
    /// Requests set to the limits for every resource that has a limit but no request.
    mutating func defaultRequestsFromLimits() {
        guard var requirements = resources, !requirements.limits.isEmpty else { return }
        for (name, limit) in requirements.limits where requirements.requests[name] == nil {
            requirements.requests[name] = limit
        }
        resources = requirements
    }

    /// Host ports set to the container ports where unset.
    mutating func defaultHostPortsToContainerPorts() {
        for index in ports.indices where (ports[index].hostPort ?? 0) == 0 {
            ports[index].hostPort = ports[index].containerPort
        }
    }
}
