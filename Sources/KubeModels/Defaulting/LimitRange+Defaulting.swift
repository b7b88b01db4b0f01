extension LimitRange {
    /// The LimitRange with the API server's defaults (upstream `SetDefaults_LimitRangeItem` and
    /// quantity rounding): for `Container` items, a default limit from the maximum, a default
    /// request from the default limit, else from the minimum.
    ///
    /// ```swift
    /// var limits = LimitRange(name: "cpu", namespace: "default")
    /// limits.spec.limits = [LimitRangeItem(max: ["cpu": .cpu(millis: 1000)], type: "Container")]
    /// limits.defaulted().spec.limits[0].defaultRequest["cpu"]   // 1
    /// ```
    public func defaulted() -> LimitRange {
        var range = self
        for index in range.spec.limits.indices {
            var item = range.spec.limits[index]
            if item.type == "Container" {
                for (name, value) in item.max where item.default[name] == nil { item.default[name] = value }
                for (name, value) in item.default where item.defaultRequest[name] == nil { item.defaultRequest[name] = value }
                for (name, value) in item.min where item.defaultRequest[name] == nil { item.defaultRequest[name] = value }
            }
            ResourceListDefaults.roundUp(&item.max)
            ResourceListDefaults.roundUp(&item.min)
            ResourceListDefaults.roundUp(&item.default)
            ResourceListDefaults.roundUp(&item.defaultRequest)
            ResourceListDefaults.roundUp(&item.maxLimitRequestRatio)
            range.spec.limits[index] = item
        }
        return range
    }
}

extension ResourceQuota {
    /// The ResourceQuota with its quantities rounded up to a thousandth, as upstream.
    public func defaulted() -> ResourceQuota {
        var quota = self
        ResourceListDefaults.roundUp(&quota.spec.hard)
        ResourceListDefaults.roundUp(&quota.status.hard)
        ResourceListDefaults.roundUp(&quota.status.used)
        return quota
    }
}
