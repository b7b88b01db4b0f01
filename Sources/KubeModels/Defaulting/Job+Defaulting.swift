extension Job {
    /// The Job with the API server's defaults (upstream `SetDefaults_Job` and the pod template's
    /// defaults): completions and parallelism 1 when both are unset (else parallelism 1), a
    /// back-off limit of 6 (the largest `Int32` with a per-index limit), the template's labels
    /// on a Job without labels, `NonIndexed` completion, not suspended, pod-condition patterns
    /// with status `True`, a pod replacement policy (`Failed` with a pod failure policy, else
    /// `TerminatingOrFailed`) and `manualSelector: false`.
    ///
    /// ```swift
    /// let job = Job(name: "pi", namespace: "default").defaulted()
    /// job.spec.backoffLimit      // 6
    /// job.spec.completionMode    // "NonIndexed"
    /// ```
    public func defaulted() -> Job {
        var job = self
        if job.spec.completions == nil && job.spec.parallelism == nil {
            job.spec.completions = 1
            job.spec.parallelism = 1
        }
        if job.spec.parallelism == nil { job.spec.parallelism = 1 }
        if job.spec.backoffLimit == nil {
            job.spec.backoffLimit = job.spec.backoffLimitPerIndex != nil ? Int32.max : 6
        }
        let templateLabels = job.spec.template.metadata.labels
        if !templateLabels.isEmpty && job.metadata.labels.isEmpty { job.metadata.labels = templateLabels }
        if job.spec.completionMode == nil { job.spec.completionMode = "NonIndexed" }
        if job.spec.suspend == nil { job.spec.suspend = false }
        if job.spec.podFailurePolicy != nil {
            for rule in job.spec.podFailurePolicy?.rules.indices ?? 0..<0 {
                for pattern in job.spec.podFailurePolicy?.rules[rule].onPodConditions.indices ?? 0..<0
                where job.spec.podFailurePolicy?.rules[rule].onPodConditions[pattern].status.isEmpty == true {
                    job.spec.podFailurePolicy?.rules[rule].onPodConditions[pattern].status = "True"
                }
            }
        }
        if job.spec.podReplacementPolicy == nil {
            job.spec.podReplacementPolicy = job.spec.podFailurePolicy != nil ? "Failed" : "TerminatingOrFailed"
        }
        if job.spec.manualSelector == nil { job.spec.manualSelector = false }
        job.spec.template.applyDefaults()
        return job
    }
}

extension CronJob {
    /// The CronJob with the API server's defaults (upstream `SetDefaults_CronJob` and the job
    /// template's pod template defaults): `concurrencyPolicy: Allow`, not suspended, 3
    /// successful and 1 failed job kept. As upstream, the job template's own spec gets no Job
    /// defaults here; the controller's Job does when it is created.
    public func defaulted() -> CronJob {
        var cronJob = self
        if (cronJob.spec.concurrencyPolicy ?? "").isEmpty { cronJob.spec.concurrencyPolicy = "Allow" }
        if cronJob.spec.suspend == nil { cronJob.spec.suspend = false }
        if cronJob.spec.successfulJobsHistoryLimit == nil { cronJob.spec.successfulJobsHistoryLimit = 3 }
        if cronJob.spec.failedJobsHistoryLimit == nil { cronJob.spec.failedJobsHistoryLimit = 1 }
        var jobSpec = cronJob.spec.jobTemplate.spec ?? JobSpec()
        jobSpec.template.applyDefaults()
        cronJob.spec.jobTemplate.spec = jobSpec
        return cronJob
    }
}
