extension Quantity {
    /// Why a string is not a quantity, with upstream's error texts.
    enum ParseFailure: String, Error {
        /// Upstream `ErrFormatWrong`.
        case formatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
        /// Upstream `ErrNumeric`.
        case numeric = "unable to parse numeric part of quantity"
        /// Upstream `ErrSuffix`.
        case suffix = "unable to parse quantity's suffix"
    }

    /// Parses a quantity exactly as apimachinery's `ParseQuantity` does.
    ///
    /// Every upstream form is accepted: `250m`, `1.5Gi`, `1e3`, `1E3`, `+.5`, `-1`, `0.1Ki`, `1.`.
    /// As upstream, values are rounded up (away from zero) to nano precision, `BinarySI` values
    /// are capped at 2^63-1, fractional `BinarySI` values below 1 switch to `DecimalSI`, and an
    /// input already in canonical form is kept as the ``description``.
    ///
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidQuantity`` and the
    ///   message `cannot parse '<input>': <reason>`, where the reason is upstream's
    ///   `ErrFormatWrong`, `ErrNumeric` or `ErrSuffix` text.
    public init(parsing string: String) throws {
        var text = string
        let result: Result<Quantity, ParseFailure> = text.withUTF8 { bytes in
            Quantity.parse(bytes, original: string)
        }
        switch result {
        case .success(let quantity):
            self = quantity
        case .failure(let failure):
            throw KubeModelsError(.invalidQuantity, "cannot parse '\(string)': \(failure.rawValue)")
        }
    }

    private static let ascii0 = UInt8(ascii: "0")
    private static let ascii9 = UInt8(ascii: "9")

    private static func isDigit(_ b: UInt8) -> Bool { b >= ascii0 && b <= ascii9 }

    private static func isSuffixLetter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "u"),
             UInt8(ascii: "m"), UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "G"),
             UInt8(ascii: "T"), UInt8(ascii: "P"):
            return true
        default:
            return false
        }
    }

    /// The parts of a quantity string, as upstream's `parseQuantityString` splits it.
    struct Parts {
        var positive = true
        /// The signed number before the suffix (upstream `value`).
        var value: Range<Int> = 0..<0
        /// Digits before the point, without leading zeros; empty means "0".
        var num: Range<Int> = 0..<0
        /// Digits after the point.
        var denom: Range<Int> = 0..<0
        var suffix: Range<Int> = 0..<0
        /// The number is all zeros (upstream returns early with `num = "0"`).
        var allZeros = false
    }

    /// Upstream `parseQuantityString`: a fast scanner for the number and the suffix.
    static func split(_ s: UnsafeBufferPointer<UInt8>) -> Parts? {
        var parts = Parts()
        let end = s.count
        var pos = 0
        if pos < end {
            if s[0] == UInt8(ascii: "-") {
                parts.positive = false
                pos += 1
            } else if s[0] == UInt8(ascii: "+") {
                pos += 1
            }
        }
        // Leading zeros.
        while true {
            if pos >= end {
                parts.allZeros = true
                parts.value = 0..<end
                return parts
            }
            if s[pos] != ascii0 { break }
            pos += 1
        }
        // Numerator.
        var i = pos
        while i < end && isDigit(s[i]) { i += 1 }
        parts.num = pos..<i
        if i >= end {
            parts.value = 0..<end
            return parts
        }
        pos = i
        // Denominator.
        if s[pos] == UInt8(ascii: ".") {
            pos += 1
            i = pos
            while i < end && isDigit(s[i]) { i += 1 }
            parts.denom = pos..<i
            if i >= end {
                parts.value = 0..<end
                return parts
            }
            pos = i
        }
        parts.value = 0..<pos
        // Suffix: letters, an optional sign, digits.
        let suffixStart = pos
        i = pos
        while i < end && isSuffixLetter(s[i]) { i += 1 }
        if i >= end {
            parts.suffix = suffixStart..<end
            return parts
        }
        pos = i
        if s[pos] == UInt8(ascii: "-") || s[pos] == UInt8(ascii: "+") { pos += 1 }
        i = pos
        while i < end && isDigit(s[i]) { i += 1 }
        if i >= end {
            parts.suffix = suffixStart..<end
            return parts
        }
        return nil
    }

    /// Upstream `quantitySuffixer.interpret`: the base, exponent and format a suffix names.
    static func interpret(_ s: UnsafeBufferPointer<UInt8>) -> (base: Int, exponent: Int64, format: Format)? {
        switch s.count {
        case 0:
            return (10, 0, .decimalSI)
        case 1:
            switch s[0] {
            case UInt8(ascii: "n"): return (10, -9, .decimalSI)
            case UInt8(ascii: "u"): return (10, -6, .decimalSI)
            case UInt8(ascii: "m"): return (10, -3, .decimalSI)
            case UInt8(ascii: "k"): return (10, 3, .decimalSI)
            case UInt8(ascii: "M"): return (10, 6, .decimalSI)
            case UInt8(ascii: "G"): return (10, 9, .decimalSI)
            case UInt8(ascii: "T"): return (10, 12, .decimalSI)
            case UInt8(ascii: "P"): return (10, 15, .decimalSI)
            case UInt8(ascii: "E"): return (10, 18, .decimalSI)
            default: return nil
            }
        default:
            break
        }
        if s.count == 2 && s[1] == UInt8(ascii: "i") {
            switch s[0] {
            case UInt8(ascii: "K"): return (2, 10, .binarySI)
            case UInt8(ascii: "M"): return (2, 20, .binarySI)
            case UInt8(ascii: "G"): return (2, 30, .binarySI)
            case UInt8(ascii: "T"): return (2, 40, .binarySI)
            case UInt8(ascii: "P"): return (2, 50, .binarySI)
            case UInt8(ascii: "E"): return (2, 60, .binarySI)
            default: break
            }
        }
        guard s[0] == UInt8(ascii: "e") || s[0] == UInt8(ascii: "E"),
              let exponent = parseInt64(UnsafeBufferPointer(rebasing: s[1...])),
              exponent >= -Int64(Int32.max), exponent <= Int64(Int32.max)
        else { return nil }
        return (10, exponent, .decimalExponent)
    }

    /// Go's `strconv.ParseInt(s, 10, 64)`: an optional sign and at least one digit.
    private static func parseInt64(_ s: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        var negative = false
        if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            negative = s[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < s.count else { return nil }
        var magnitude: UInt64 = 0
        while i < s.count {
            guard isDigit(s[i]) else { return nil }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(s[i] - ascii0))
            if o1 || o2 { return nil }
            magnitude = m2
            i += 1
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// Upstream `ParseQuantity`.
    static func parse(_ s: UnsafeBufferPointer<UInt8>, original: String) -> Result<Quantity, ParseFailure> {
        if s.isEmpty { return .failure(.formatWrong) }
        if s.count == 1 && s[0] == ascii0 {
            return .success(Quantity(amount: .zero, format: .decimalSI, cachedString: original))
        }
        guard let parts = split(s) else { return .failure(.formatWrong) }
        if parts.allZeros {
            return .success(Quantity(amount: .zero, format: .decimalSI))
        }
        guard let (base, exponent, suffixFormat) = interpret(UnsafeBufferPointer(rebasing: s[parts.suffix])) else {
            return .failure(.suffix)
        }
        var format = suffixFormat
        // `num` is "0" when no significant digit precedes the point.
        let numCount = max(parts.num.count, 1)
        let denomCount = parts.denom.count

        // The int64 fast path.
        var precision: Int64
        var scale: Int64 = 0
        var factor: Int64 = 1
        switch format {
        case .decimalExponent, .decimalSI:
            scale = exponent
            precision = 19 - Int64(numCount + denomCount)
        case .binarySI:
            if exponent >= 0 && denomCount == 0 {
                factor = 1 << exponent
                // 1Mi (2^20) has ~6 digits of decimal precision: exponent*3/10 is roughly its precision.
                precision = 15 - Int64(numCount) - exponent * 3 / 10 - 1
            } else {
                precision = -1
            }
        }
        if precision >= 0 {
            scale -= Int64(denomCount)
            if scale >= -9, let shifted = digitsValue(s, parts) {
                let (product, overflow) = shifted.multipliedReportingOverflow(by: factor)
                if !overflow {
                    let result = parts.positive ? product : -product
                    let amount = QuantityAmount(result, exponent: scale)
                    // Keep the input when it is already canonical, as upstream does.
                    let canonical: Bool
                    switch format {
                    case .binarySI:
                        canonical = exponent % 10 == 0 && shifted & 0x07 != 0
                    case .decimalExponent, .decimalSI:
                        canonical = scale % 3 == 0 && !endsWithThreeZeros(s, parts) && startsWithNonZero(parts)
                    }
                    return .success(Quantity(amount: amount, format: format, cachedString: canonical ? original : nil))
                }
            }
        }

        // The exact path (upstream's inf.Dec).
        guard parts.value.contains(where: { isDigit(s[$0]) }) else { return .failure(.numeric) }
        var magnitude = digitsMagnitude(s, parts)
        var exp10 = -Int64(denomCount)
        if base == 10 {
            exp10 += exponent
        } else {
            magnitude.shiftLeft(Int(exponent))
        }
        if magnitude.isZero {
            return .success(Quantity(amount: QuantityAmount(0, exponent: exp10), format: format))
        }
        // Round non-zero values up to the nano scale, so a request for some resource gets some.
        if exp10 < -9 {
            if magnitude.divideByPowerOfTen(Int(-9 - exp10)) || magnitude.isZero {
                magnitude.add(QuantityMagnitude(1))
            }
            exp10 = -9
        } else if exp10 > -9 && exp10 <= 320 {
            // Upstream rescales to nano; beyond 10^320 a Double is infinite either way.
            magnitude.multiplyByPowerOfTen(Int(exp10 + 9))
            exp10 = -9
        }
        var amount = QuantityAmount(negative: false, magnitude: magnitude, exponent: exp10)
        if format == .binarySI {
            if QuantityAmount.compare(amount, QuantityAmount(.max, exponent: 0)) > 0 {
                amount = QuantityAmount(.max, exponent: 0)
            } else if QuantityAmount.compare(amount, QuantityAmount(1, exponent: 0)) < 0 {
                format = .decimalSI
            }
        }
        if !parts.positive { amount = amount.negated() }
        return .success(Quantity(amount: amount, format: format))
    }

    /// The digits of `num` and `denom` as one `Int64`, or nil when they overflow.
    private static func digitsValue(_ s: UnsafeBufferPointer<UInt8>, _ parts: Parts) -> Int64? {
        var value: Int64 = 0
        func append(_ range: Range<Int>) -> Bool {
            for i in range {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(s[i] &- ascii0))
                if o1 || o2 { return false }
                value = a
            }
            return true
        }
        return append(parts.num) && append(parts.denom) ? value : nil
    }

    /// The digits of `num` and `denom` as one magnitude.
    private static func digitsMagnitude(_ s: UnsafeBufferPointer<UInt8>, _ parts: Parts) -> QuantityMagnitude {
        if parts.denom.isEmpty { return QuantityMagnitude(decimalDigits: UnsafeBufferPointer(rebasing: s[parts.num])) }
        var digits = [UInt8]()
        digits.reserveCapacity(parts.num.count + parts.denom.count)
        digits.append(contentsOf: s[parts.num])
        digits.append(contentsOf: s[parts.denom])
        return digits.withUnsafeBufferPointer { QuantityMagnitude(decimalDigits: $0) }
    }

    /// Whether `num + denom` (with "0" for an empty `num`) ends in "000".
    private static func endsWithThreeZeros(_ s: UnsafeBufferPointer<UInt8>, _ parts: Parts) -> Bool {
        var zeros = 0
        for i in parts.denom.reversed() {
            guard s[i] == ascii0 else { return false }
            zeros += 1
            if zeros == 3 { return true }
        }
        if parts.num.isEmpty { return zeros == 2 }
        for i in parts.num.reversed() {
            guard s[i] == ascii0 else { return false }
            zeros += 1
            if zeros == 3 { return true }
        }
        return false
    }

    /// Whether `num + denom` (with "0" for an empty `num`) starts with a non-zero digit: `num`
    /// has no leading zeros, so it does unless `num` is empty.
    private static func startsWithNonZero(_ parts: Parts) -> Bool {
        !parts.num.isEmpty
    }
}
