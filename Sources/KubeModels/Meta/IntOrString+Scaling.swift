extension IntOrString {
    /// The value, with a percentage taken of `total` (upstream `GetScaledValueFromIntOrPercent`):
    /// an integer is returned as is, a string must be an integer followed by `%`, and the
    /// percentage is rounded up or down as asked.
    ///
    /// ```swift
    /// try IntOrString.string("90%").scaledValue(total: 95, roundUp: true)    // 86
    /// try IntOrString.string("90%").scaledValue(total: 95, roundUp: false)   // 85
    /// ```
    ///
    /// - Throws: ``KubeModelsError`` (code ``KubeModelsError/Code/invalidValue``) with upstream's
    ///   text, such as `invalid value for IntOrString: invalid type: string is not a percentage`.
    public func scaledValue(total: Int, roundUp: Bool) throws -> Int {
        let (value, isPercent) = try Self.wrapped { try intOrPercent() }
        return isPercent ? Self.percent(value, of: total, roundUp: roundUp) : value
    }

    /// The value as the deprecated `GetValueFromIntOrPercent` computes it: every string is a
    /// percentage, with all `%` signs removed before it is read (`"50"` is 50%).
    ///
    /// - Throws: ``KubeModelsError`` (code ``KubeModelsError/Code/invalidValue``) with upstream's
    ///   text when the string is not an integer.
    public func legacyScaledValue(total: Int, roundUp: Bool) throws -> Int {
        let (value, isPercent): (Int, Bool)
        switch self {
        case .int(let int):
            (value, isPercent) = (Int(int), false)
        case .string(let text):
            let digits = text.replacingAll("%")
            (value, isPercent) = (try Self.wrapped { try Self.atoi(digits, quoting: text) }, true)
        }
        return isPercent ? Self.percent(value, of: total, roundUp: roundUp) : value
    }

    /// Deployment's `maxSurge` and `maxUnavailable` resolved against `desired` replicas
    /// (upstream `deployment/util.ResolveFenceposts`): a missing value is 0, surge rounds up,
    /// unavailability rounds down, and when both come out 0 unavailability becomes 1 so a
    /// rollout can progress.
    ///
    /// - Throws: the ``scaledValue(total:roundUp:)`` error of the first invalid value.
    public static func resolveFenceposts(
        maxSurge: IntOrString?, maxUnavailable: IntOrString?, desired: Int32
    ) throws -> (surge: Int32, unavailable: Int32) {
        let surge = try (maxSurge ?? .int(0)).scaledValue(total: Int(desired), roundUp: true)
        var unavailable = try (maxUnavailable ?? .int(0)).scaledValue(total: Int(desired), roundUp: false)
        if surge == 0 && unavailable == 0 {
            // Validation never allows both to be zero explicitly, but rounding unavailability
            // down may make it zero: then one pod may be unavailable, as surge is zero.
            unavailable = 1
        }
        return (Int32(truncatingIfNeeded: surge), Int32(truncatingIfNeeded: unavailable))
    }

    /// Upstream `getIntOrPercentValueSafely`: the number and whether it is a percentage.
    func intOrPercent() throws -> (value: Int, isPercent: Bool) {
        switch self {
        case .int(let value):
            return (Int(value), false)
        case .string(let text):
            guard text.unicodeScalars.last == "%" else {
                throw KubeModelsError(.invalidValue, "invalid type: string is not a percentage")
            }
            let digits = String(String.UnicodeScalarView(text.unicodeScalars.dropLast()))
            return (try Self.atoi(digits, quoting: text), true)
        }
    }

    /// Prefixes an error with upstream's `invalid value for IntOrString: `.
    private static func wrapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as KubeModelsError {
            throw KubeModelsError(.invalidValue, "invalid value for IntOrString: \(error.message)")
        }
    }

    /// `percent`% of `total`, rounded as asked, computed in `Double` as upstream.
    private static func percent(_ percent: Int, of total: Int, roundUp: Bool) -> Int {
        let exact = Double(percent) * Double(total) / 100
        let rounded = roundUp ? exact.rounded(.up) : exact.rounded(.down)
        // Go's conversion of an out-of-range float is undefined; clamp instead of trapping.
        if rounded >= 9_223_372_036_854_775_807.0 { return .max }
        if rounded <= -9_223_372_036_854_775_808.0 { return .min }
        return Int(rounded)
    }

    /// Reads `digits` as Go's `strconv.Atoi`, with upstream's `invalid value %q: %v` message
    /// naming `original`.
    private static func atoi(_ digits: String, quoting original: String) throws -> Int {
        switch goAtoi(digits) {
        case .success(let value):
            return value
        case .failure(let error):
            throw KubeModelsError(.invalidValue, "invalid value \(FieldError.goQuote(original)): \(error.message)")
        }
    }

    /// A `strconv.Atoi` failure.
    struct AtoiError: Error {
        var message: String
        /// What Atoi returns alongside the error: the clamped value when out of range, else 0.
        var clampedValue: Int
    }

    /// Go's `strconv.Atoi`: an optional sign and decimal digits, in the `Int` range.
    static func goAtoi(_ text: String) -> Result<Int, AtoiError> {
        let quoted = FieldError.goQuote(text)
        let syntax = AtoiError(message: "strconv.Atoi: parsing \(quoted): invalid syntax", clampedValue: 0)
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return .failure(syntax) }
        var magnitude: UInt64 = 0
        var overflowed = false
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else {
                // Go reports the overflow it meets first, before a later bad character.
                return overflowed ? .failure(range(negative, quoted)) : .failure(syntax)
            }
            if overflowed { continue }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            if o1 || o2 { overflowed = true } else { magnitude = m2 }
        }
        if overflowed { return .failure(range(negative, quoted)) }
        if negative {
            if magnitude > UInt64(Int.max) + 1 { return .failure(range(negative, quoted)) }
            return .success(magnitude == UInt64(Int.max) + 1 ? .min : -Int(magnitude))
        }
        if magnitude > UInt64(Int.max) { return .failure(range(negative, quoted)) }
        return .success(Int(magnitude))
    }

    private static func range(_ negative: Bool, _ quoted: String) -> AtoiError {
        AtoiError(message: "strconv.Atoi: parsing \(quoted): value out of range", clampedValue: negative ? .min : .max)
    }
}

extension String {
    /// The string with every occurrence of `character` removed.
    fileprivate func replacingAll(_ scalar: Unicode.Scalar) -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != scalar }))
    }
}
