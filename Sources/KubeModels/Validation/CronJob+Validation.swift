extension CronJob {
    /// The API server's validation of a (defaulted) CronJob on creation (`ValidateCronJobCreate`):
    /// metadata with a name of at most 52 characters (the controller appends an 11-character
    /// suffix), a schedule the cron parser accepts without `TZ=`, a well-formed time zone, the
    /// concurrency policy, history limits, and a job template with a generated selector.
    ///
    /// The time zone is checked for its form only: whether the zone exists depends on the time
    /// zone database, which this library does not read.
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        let path = "spec"
        if spec.schedule.isEmpty {
            errors.append(.required("\(path).schedule"))
        } else {
            if let message = CronScheduleSyntax.error(spec.schedule) {
                errors.append(.invalid("\(path).schedule", .string(spec.schedule), message))
            }
            if spec.schedule.contains("TZ") {
                errors.append(.invalid("\(path).schedule", .string(spec.schedule), "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"))
            }
        }
        if let deadline = spec.startingDeadlineSeconds {
            errors += FieldRules.nonNegative(deadline, "\(path).startingDeadlineSeconds")
        }
        errors += Self.validateTimeZone(spec.timeZone, path: "\(path).timeZone")
        let policy = spec.concurrencyPolicy ?? ""
        switch policy {
        case "Allow", "Forbid", "Replace": break
        case "": errors.append(.required("\(path).concurrencyPolicy"))
        default: errors.append(.notSupported("\(path).concurrencyPolicy", .string(policy), ["Allow", "Forbid", "Replace"]))
        }
        let jobSpec = spec.jobTemplate.spec ?? JobSpec()
        let templatePath = "\(path).jobTemplate"
        errors += jobSpec.validate(path: "\(templatePath).spec")
        if jobSpec.selector != nil {
            errors.append(.invalid("\(templatePath).spec.selector", .omitted, "`selector` will be auto-generated"))
        }
        if jobSpec.manualSelector == true {
            errors.append(.notSupported("\(templatePath).spec.manualSelector", .bool(true), ["nil", "false"]))
        }
        if let limit = spec.successfulJobsHistoryLimit {
            errors += FieldRules.nonNegative(limit, "\(path).successfulJobsHistoryLimit")
        }
        if let limit = spec.failedJobsHistoryLimit {
            errors += FieldRules.nonNegative(limit, "\(path).failedJobsHistoryLimit")
        }
        if metadata.name.utf8.count > 52 {
            errors.append(.invalid("metadata.name", .string(metadata.name), "must be no more than 52 characters"))
        }
        return errors
    }

    /// Upstream `validateTimeZone`, without the time zone database lookup.
    static func validateTimeZone(_ zone: String?, path: String) -> [FieldError] {
        guard let zone else { return [] }
        if zone.isEmpty { return [.invalid(path, .string(zone), "timeZone must be nil or non-empty string")] }
        for part in zone.split(separator: "/", omittingEmptySubsequences: false) {
            let bytes = part.utf8
            let validCharacters = (1...14).contains(bytes.count) && bytes.allSatisfy { byte in
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
            }
            if part == "." || part == ".." || part.hasPrefix("-") || !validCharacters {
                return [.invalid(path, .string(zone), "unknown time zone \(zone)")]
            }
        }
        if zone.lowercased() == "local" {
            return [.invalid(path, .string(zone), "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones")]
        }
        return []
    }
}
