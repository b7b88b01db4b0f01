/// The small building blocks the per-kind validations share: upstream's `ValidateNonnegativeField`,
/// `ValidateDNS1123Label`, `ValidatePortNumOrName` and friends, plus the way Go prints the values
/// that end up in an error (`%#v` of maps, slices and `IntOrString`).
enum FieldRules {
    /// Upstream's `IsNegativeErrorMsg`.
    static let negativeMessage = "must be greater than or equal to 0"
    /// Upstream's `isNotPositiveErrorMsg`.
    static let notPositiveMessage = "must be greater than zero"
    /// Upstream's `fileModeErrorMsg`.
    static let fileModeMessage = "must be a number between 0 and 0777 (octal), both inclusive"

    // MARK: Paths

    /// `path.child`, or `child` alone when `path` is empty (upstream `field.NewPath`).
    @inline(__always)
    static func child(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : "\(path).\(name)"
    }

    // MARK: Numbers

    /// `Invalid value: <value>: must be greater than or equal to 0` when `value` is negative.
    static func nonNegative<T: BinaryInteger>(_ value: T, _ path: String) -> [FieldError] {
        Validation.validateNonnegative(Int64(value), path: path)
    }

    /// Upstream `validation.InclusiveRangeError`.
    static func inclusiveRange(_ low: Int64, _ high: Int64) -> String {
        "must be between \(low) and \(high), inclusive"
    }

    // MARK: Names and formats

    /// One `Invalid` error per message of `check(value)`.
    static func each(_ messages: [String], _ path: String, _ value: String) -> [FieldError] {
        messages.map { .invalid(path, .string(value), $0) }
    }

    /// Upstream `ValidateDNS1123Label`.
    static func dnsLabel(_ value: String, _ path: String) -> [FieldError] {
        each(Validation.isDNS1123Label(value), path, value)
    }

    /// Upstream `ValidateDNS1123Subdomain`.
    static func dnsSubdomain(_ value: String, _ path: String) -> [FieldError] {
        each(Validation.isDNS1123Subdomain(value), path, value)
    }

    /// Upstream `ValidateQualifiedName` (and `ValidateLabelName`, which is the same check).
    static func qualifiedName(_ value: String, _ path: String) -> [FieldError] {
        each(Validation.isQualifiedName(value), path, value)
    }

    /// A value checked with a name function (`NameIsDNSSubdomain` and friends) as a non-prefix.
    static func name(_ value: String, _ check: (String, Bool) -> [String], _ path: String) -> [FieldError] {
        each(check(value, false), path, value)
    }

    /// Upstream `validation.IsValidIP` in its field-path form.
    static func ip(_ value: String, _ path: String) -> [FieldError] {
        each(Validation.isValidIP(value), path, value)
    }

    /// Upstream `validation.IsValidCIDR` in its field-path form.
    static func cidr(_ value: String, _ path: String) -> [FieldError] {
        each(Validation.isValidCIDR(value), path, value)
    }

    /// Upstream `ValidatePortNumOrName`: a number in 1-65535 or an IANA service name.
    static func portNumOrName(_ port: IntOrString, _ path: String) -> [FieldError] {
        switch port {
        case .int(let number):
            return Validation.isValidPortNum(Int(number)).map { .invalid(path, .int(Int64(number)), $0) }
        case .string(let name):
            return each(Validation.isValidPortName(name), path, name)
        }
    }

    /// Upstream `path.ValidatePathSegmentName`, the generic name check for kinds without their
    /// own (RBAC objects, PodDisruptionBudgets, ...).
    static func pathSegmentName(_ name: String, prefix: Bool) -> [String] {
        let messages = Validation.isValidPathSegmentName(name)
        return prefix ? messages.filter { $0.hasPrefix("may not contain") } : messages
    }

    // MARK: How Go prints values

    /// Go's byte-wise string order, which `%v` uses for map keys.
    @inline(__always)
    static func goLess(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The keys of a map in Go's print order.
    static func sortedKeys<V>(_ map: [String: V]) -> [String] {
        map.keys.sorted(by: goLess)
    }

    /// `%#v` of a `map[string]string`: `map[string]string{"a":"b", "c":"d"}`; an empty map is
    /// printed as the `nil` map upstream has when the field is absent.
    static func goMap(_ map: [String: String]) -> FieldError.BadValue {
        if map.isEmpty { return .other("map[string]string(nil)") }
        let entries = sortedKeys(map).map { "\(FieldError.goQuote($0)):\(FieldError.goQuote(map[$0] ?? ""))" }
        return .other("map[string]string{" + entries.joined(separator: ", ") + "}")
    }

    /// `%#v` of an `intstr.IntOrString` value (its `String()` has a pointer receiver, so Go
    /// prints the struct).
    static func goIntOrString(_ value: IntOrString) -> FieldError.BadValue {
        switch value {
        case .int(let number): return .other("intstr.IntOrString{Type:0, IntVal:\(number), StrVal:\"\"}")
        case .string(let text): return .other("intstr.IntOrString{Type:1, IntVal:0, StrVal:\(FieldError.goQuote(text))}")
        }
    }

    /// `%q` of a `[]string`: `["a" "b"]`.
    static func goQuotedList(_ values: [String]) -> String {
        "[" + values.map(FieldError.goQuote).joined(separator: " ") + "]"
    }

    /// `%#v` of a `[]string`; an empty list is the `nil` slice of an absent field.
    static func goStringSlice(_ values: [String]) -> FieldError.BadValue {
        if values.isEmpty { return .other("[]string(nil)") }
        return .other("[]string{" + values.map(FieldError.goQuote).joined(separator: ", ") + "}")
    }

    /// `%#v` of a `[]int32`; an empty list is the `nil` slice of an absent field.
    static func goInt32Slice(_ values: [Int32]) -> FieldError.BadValue {
        if values.isEmpty { return .other("[]int32(nil)") }
        return .other("[]int32{" + values.map { String($0) }.joined(separator: ", ") + "}")
    }
}
