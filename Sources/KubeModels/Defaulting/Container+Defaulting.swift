/// Upstream `SetDefaults_ResourceList`: every quantity rounded up to a thousandth.
enum ResourceListDefaults {
    static func roundUp(_ list: inout [String: Quantity]) {
        for key in list.keys {
            list[key]?.roundUp(toScale: -3)
        }
    }
}

extension Container {
    /// The container with the API server's defaults (`SetDefaults_Container` and its nested
    /// defaulters): the image pull policy from the image's tag (`Always` for `:latest` or no tag,
    /// else `IfNotPresent`), the termination message path and policy, `TCP` ports, `v1` field
    /// references, quantities rounded up to a thousandth, and probe and HTTP hook defaults.
    public func defaulted() -> Container {
        var container = self
        container.applyDefaults()
        return container
    }

    mutating func applyDefaults() {
        if (imagePullPolicy ?? "").isEmpty {
            imagePullPolicy = ImageReference.defaultPullPolicy(for: image ?? "")
        }
        if (terminationMessagePath ?? "").isEmpty { terminationMessagePath = "/dev/termination-log" }
        if (terminationMessagePolicy ?? "").isEmpty { terminationMessagePolicy = "File" }
        for index in ports.indices where (ports[index].protocol ?? "").isEmpty {
            ports[index].protocol = "TCP"
        }
        for index in env.indices {
            env[index].valueFrom?.fieldRef?.applyDefaults()
        }
        if var requirements = resources {
            ResourceListDefaults.roundUp(&requirements.limits)
            ResourceListDefaults.roundUp(&requirements.requests)
            resources = requirements
        }
        livenessProbe?.applyDefaults()
        readinessProbe?.applyDefaults()
        startupProbe?.applyDefaults()
        lifecycle?.postStart?.httpGet?.applyDefaults()
        lifecycle?.preStop?.httpGet?.applyDefaults()
    }
}

extension EphemeralContainer {
    /// The ephemeral container with the same defaults as a regular container.
    mutating func applyDefaults() {
        var container = asContainer
        container.applyDefaults()
        imagePullPolicy = container.imagePullPolicy
        terminationMessagePath = container.terminationMessagePath
        terminationMessagePolicy = container.terminationMessagePolicy
        ports = container.ports
        env = container.env
        resources = container.resources
        livenessProbe = container.livenessProbe
        readinessProbe = container.readinessProbe
        startupProbe = container.startupProbe
        lifecycle = container.lifecycle
    }
}

extension Probe {
    /// Upstream `SetDefaults_Probe`: timeout 1s, period 10s, success threshold 1, failure
    /// threshold 3 (a zero counts as unset, as upstream), and the HTTP action's defaults.
    mutating func applyDefaults() {
        if (timeoutSeconds ?? 0) == 0 { timeoutSeconds = 1 }
        if (periodSeconds ?? 0) == 0 { periodSeconds = 10 }
        if (successThreshold ?? 0) == 0 { successThreshold = 1 }
        if (failureThreshold ?? 0) == 0 { failureThreshold = 3 }
        httpGet?.applyDefaults()
    }
}

extension HTTPGetAction {
    /// Upstream `SetDefaults_HTTPGetAction`: path `/`, scheme `HTTP`.
    mutating func applyDefaults() {
        if (path ?? "").isEmpty { path = "/" }
        if (scheme ?? "").isEmpty { scheme = "HTTP" }
    }
}

extension ObjectFieldSelector {
    /// Upstream `SetDefaults_ObjectFieldSelector`: API version `v1`.
    mutating func applyDefaults() {
        if (apiVersion ?? "").isEmpty { apiVersion = "v1" }
    }
}
