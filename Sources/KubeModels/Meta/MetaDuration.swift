/// A length of time written as Go's `time.Duration` text (`"1h30m0s"`, `"250ms"`), as
/// `metav1.Duration` is. Named so it does not hide Swift's `Duration`.
public struct MetaDuration: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The length in nanoseconds.
    public var nanoseconds: Int64

    /// Creates a duration from nanoseconds.
    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    /// Creates a duration from a Swift `Duration` (saturating at Go's range).
    public init(_ duration: Swift.Duration) {
        let (s, atto) = duration.components
        let (ns, overflow) = s.multipliedReportingOverflow(by: 1_000_000_000)
        nanoseconds = overflow ? (s < 0 ? .min : .max) : ns.addingReportingOverflow(atto / 1_000_000_000).partialValue
    }

    /// The duration as a Swift `Duration`.
    public var duration: Swift.Duration { .nanoseconds(nanoseconds) }

    /// Creates a duration from seconds.
    public static func seconds(_ s: Int64) -> MetaDuration { MetaDuration(nanoseconds: s * 1_000_000_000) }

    /// Parses Go's duration syntax (`time.ParseDuration`): a sign, then numbers with units
    /// `ns`, `us`/`µs`, `ms`, `s`, `m`, `h`, e.g. `"1h15m30.5s"`; `"0"` alone needs no unit.
    public init(parsing text: String) throws {
        let quoted = FieldError.goQuote(text)
        func invalid() -> KubeModelsError { KubeModelsError(.invalidValue, "time: invalid duration \(quoted)") }
        var scalars = Array(text.unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars.removeFirst()
        }
        if scalars == ["0"] { nanoseconds = 0; return }
        guard !scalars.isEmpty else { throw invalid() }
        var total: UInt64 = 0
        var i = 0
        while i < scalars.count {
            var whole: UInt64 = 0
            var fraction: UInt64 = 0, scale: UInt64 = 1
            var sawDigits = false
            while i < scalars.count, let d = Self.digit(scalars[i]) {
                let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(d))
                if o1 || o2 { throw invalid() }
                whole = a
                sawDigits = true
                i += 1
            }
            if i < scalars.count, scalars[i] == "." {
                i += 1
                while i < scalars.count, let d = Self.digit(scalars[i]) {
                    if scale < 1_000_000_000_000_000_000 / 10 {
                        fraction = fraction * 10 + UInt64(d)
                        scale *= 10
                    }
                    sawDigits = true
                    i += 1
                }
            }
            guard sawDigits else { throw invalid() }
            let unitStart = i
            while i < scalars.count, scalars[i] != ".", Self.digit(scalars[i]) == nil { i += 1 }
            let unit = String(String.UnicodeScalarView(scalars[unitStart ..< i]))
            if unit.isEmpty { throw KubeModelsError(.invalidValue, "time: missing unit in duration \(quoted)") }
            let perUnit: UInt64
            switch unit {
            case "ns": perUnit = 1
            case "us", "µs", "μs": perUnit = 1_000
            case "ms": perUnit = 1_000_000
            case "s": perUnit = 1_000_000_000
            case "m": perUnit = 60_000_000_000
            case "h": perUnit = 3_600_000_000_000
            default: throw KubeModelsError(.invalidValue, "time: unknown unit \(FieldError.goQuote(unit)) in duration \(quoted)")
            }
            let (w, o1) = whole.multipliedReportingOverflow(by: perUnit)
            let f = UInt64(Double(fraction) * (Double(perUnit) / Double(scale)))
            let (sum, o2) = w.addingReportingOverflow(f)
            let (t, o3) = total.addingReportingOverflow(sum)
            if o1 || o2 || o3 || t > UInt64(Int64.max) + (negative ? 1 : 0) { throw invalid() }
            total = t
        }
        nanoseconds = negative ? Int64(truncatingIfNeeded: 0 &- total) : Int64(total)
    }

    private static func digit(_ s: Unicode.Scalar) -> UInt64? {
        s.value >= 0x30 && s.value <= 0x39 ? UInt64(s.value - 0x30) : nil
    }

    /// Go's `Duration.String()`: `"1h0m0s"`, `"1.5s"`, `"250ms"`, `"0s"`.
    public var description: String {
        if nanoseconds == 0 { return "0s" }
        let negative = nanoseconds < 0
        var u = nanoseconds.magnitude
        var out: String
        func fraction(_ v: UInt64, digits: Int) -> (String, UInt64) {
            var v = v
            var text = ""
            var printed = false
            for _ in 0 ..< digits {
                let digit = v % 10
                printed = printed || digit != 0
                if printed { text = String(digit) + text }
                v /= 10
            }
            return (printed ? "." + text : "", v)
        }
        if u < 1_000_000_000 {
            if u < 1_000 {
                out = "\(u)ns"
            } else if u < 1_000_000 {
                let (f, w) = fraction(u, digits: 3)
                out = "\(w)\(f)µs"
            } else {
                let (f, w) = fraction(u, digits: 6)
                out = "\(w)\(f)ms"
            }
        } else {
            let (f, w) = fraction(u, digits: 9)
            u = w
            out = "\(u % 60)\(f)s"
            u /= 60
            if u > 0 {
                out = "\(u % 60)m" + out
                u /= 60
                if u > 0 { out = "\(u)h" + out }
            }
        }
        return negative ? "-" + out : out
    }

    public static func < (a: MetaDuration, b: MetaDuration) -> Bool { a.nanoseconds < b.nanoseconds }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        do { try self.init(parsing: text) } catch let e as KubeModelsError {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: e.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension MetaDuration: KubeJSONCodable {
    public init(kubeJSON reader: inout KubeJSONReader) throws {
        let text = try reader.readString()
        do { try self.init(parsing: text) } catch let e as KubeModelsError { throw reader.invalidValue(e.message) }
    }

    public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(description) }
}
