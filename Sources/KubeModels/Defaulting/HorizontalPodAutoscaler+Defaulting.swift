extension HorizontalPodAutoscaler {
    /// The HorizontalPodAutoscaler with the API server's defaults (upstream
    /// `SetDefaults_HorizontalPodAutoscaler`): one replica minimum, an 80% average CPU
    /// utilization metric when no metric is given, and, when a behavior is given, its unset
    /// fields filled: scale-up without stabilization, the larger of 4 pods or 100% per 15
    /// seconds; scale-down 100% per 15 seconds, both selecting `Max`.
    ///
    /// As upstream, the scale-down stabilization window stays unset (the controller then uses its
    /// `--horizontal-pod-autoscaler-downscale-stabilization` flag, 300 seconds by default), and
    /// an HPA without a behavior keeps none.
    public func defaulted() -> HorizontalPodAutoscaler {
        var hpa = self
        if hpa.spec.minReplicas == nil { hpa.spec.minReplicas = 1 }
        if hpa.spec.metrics.isEmpty {
            hpa.spec.metrics = [MetricSpec(
                resource: ResourceMetricSource(name: "cpu", target: MetricTarget(averageUtilization: 80, type: "Utilization")),
                type: "Resource")]
        }
        if var behavior = hpa.spec.behavior {
            behavior.scaleUp = Self.filled(behavior.scaleUp, defaults: HPAScalingRules(
                policies: [HPAScalingPolicy(periodSeconds: 15, type: "Pods", value: 4),
                           HPAScalingPolicy(periodSeconds: 15, type: "Percent", value: 100)],
                selectPolicy: "Max", stabilizationWindowSeconds: 0))
            behavior.scaleDown = Self.filled(behavior.scaleDown, defaults: HPAScalingRules(
                policies: [HPAScalingPolicy(periodSeconds: 15, type: "Percent", value: 100)],
                selectPolicy: "Max", stabilizationWindowSeconds: nil))
            hpa.spec.behavior = behavior
        }
        return hpa
    }

    /// Upstream `copyHPAScalingRules`: the given rules' set fields over the defaults.
    private static func filled(_ rules: HPAScalingRules?, defaults: HPAScalingRules) -> HPAScalingRules {
        var result = defaults
        guard let rules else { return result }
        if rules.selectPolicy != nil { result.selectPolicy = rules.selectPolicy }
        if rules.stabilizationWindowSeconds != nil { result.stabilizationWindowSeconds = rules.stabilizationWindowSeconds }
        if !rules.policies.isEmpty { result.policies = rules.policies }
        return result
    }
}
