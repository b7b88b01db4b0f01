extension Probe {
    /// Which probe a ``Probe`` is, for the rules that differ between them.
    enum Kind {
        case liveness, readiness, startup
    }

    /// Upstream `validateLivenessProbe`/`validateReadinessProbe`/`validateStartupProbe`: exactly
    /// one handler, non-negative timings, a positive probe-level grace period, `successThreshold`
    /// 1 for liveness and startup probes and no grace period for readiness probes.
    func validate(kind: Kind, gracePeriod: Int64?, path: String) -> [FieldError] {
        var errors = HandlerRules.validate(
            exec: exec, httpGet: httpGet, tcpSocket: tcpSocket, grpc: grpc, sleep: nil, gracePeriod: gracePeriod, path: path)
        errors += FieldRules.nonNegative(initialDelaySeconds ?? 0, "\(path).initialDelaySeconds")
        errors += FieldRules.nonNegative(timeoutSeconds ?? 0, "\(path).timeoutSeconds")
        errors += FieldRules.nonNegative(periodSeconds ?? 0, "\(path).periodSeconds")
        errors += FieldRules.nonNegative(successThreshold ?? 0, "\(path).successThreshold")
        errors += FieldRules.nonNegative(failureThreshold ?? 0, "\(path).failureThreshold")
        if let grace = terminationGracePeriodSeconds, grace <= 0 {
            errors.append(.invalid("\(path).terminationGracePeriodSeconds", .int(grace), "must be greater than 0"))
        }
        switch kind {
        case .liveness, .startup:
            if (successThreshold ?? 0) != 1 {
                errors.append(.invalid("\(path).successThreshold", .int(Int64(successThreshold ?? 0)), "must be 1"))
            }
        case .readiness:
            if let grace = terminationGracePeriodSeconds {
                errors.append(.invalid("\(path).terminationGracePeriodSeconds", .int(grace), "must not be set for readinessProbes"))
            }
        }
        return errors
    }
}

extension Lifecycle {
    /// Upstream `validateLifecycle`: each hook has exactly one valid handler.
    func validate(gracePeriod: Int64?, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let postStart {
            errors += HandlerRules.validate(exec: postStart.exec, httpGet: postStart.httpGet, tcpSocket: postStart.tcpSocket,
                                            grpc: nil, sleep: postStart.sleep, gracePeriod: gracePeriod, path: "\(path).postStart")
        }
        if let preStop {
            errors += HandlerRules.validate(exec: preStop.exec, httpGet: preStop.httpGet, tcpSocket: preStop.tcpSocket,
                                            grpc: nil, sleep: preStop.sleep, gracePeriod: gracePeriod, path: "\(path).preStop")
        }
        return errors
    }
}

/// Upstream `validateHandler` and the action checks it calls.
enum HandlerRules {
    static func validate(
        exec: ExecAction?, httpGet: HTTPGetAction?, tcpSocket: TCPSocketAction?, grpc: GRPCAction?, sleep: SleepAction?,
        gracePeriod: Int64?, path: String
    ) -> [FieldError] {
        var errors: [FieldError] = []
        var handlers = 0
        func another(_ name: String) -> Bool {
            if handlers > 0 {
                errors.append(.forbidden("\(path).\(name)", "may not specify more than 1 handler type"))
                return false
            }
            handlers += 1
            return true
        }
        if let exec, another("exec"), exec.command.isEmpty {
            errors.append(.required("\(path).exec.command"))
        }
        if let httpGet, another("httpGet") {
            errors += validate(httpGet, path: "\(path).httpGet")
        }
        if let tcpSocket, another("tcpSocket") {
            errors += FieldRules.portNumOrName(tcpSocket.port, "\(path).tcpSocket.port")
        }
        if let grpc, another("grpc") {
            errors += FieldRules.portNumOrName(.int(grpc.port), "\(path).grpc.port")
        }
        if let sleep, another("sleep"), let gracePeriod, sleep.seconds <= 0 || sleep.seconds > gracePeriod {
            errors.append(.invalid("\(path).sleep", .int(sleep.seconds),
                "must be greater than 0 and less than terminationGracePeriodSeconds (\(gracePeriod)). "
                    + "Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep."))
        }
        if handlers == 0 {
            errors.append(.required(path, "must specify a handler type"))
        }
        return errors
    }

    /// Upstream `validateHTTPGetAction`.
    static func validate(_ action: HTTPGetAction, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if (action.path ?? "").isEmpty { errors.append(.required("\(path).path")) }
        errors += FieldRules.portNumOrName(action.port, "\(path).port")
        let scheme = action.scheme ?? ""
        if scheme != "HTTP" && scheme != "HTTPS" {
            errors.append(.notSupported("\(path).scheme", .string(scheme), ["HTTP", "HTTPS"]))
        }
        for header in action.httpHeaders {
            errors += FieldRules.each(Validation.isHTTPHeaderName(header.name), "\(path).httpHeaders", header.name)
        }
        return errors
    }
}
