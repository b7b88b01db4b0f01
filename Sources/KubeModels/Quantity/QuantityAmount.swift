/// The exact value of a ``Quantity``: `mantissa × 10^exponent`.
///
/// The mantissa is an `Int64` whenever it fits (the fast path, as apimachinery's `int64Amount`)
/// and an arbitrary-precision magnitude with a sign otherwise (as its `inf.Dec` fallback). The
/// exponent is kept as upstream would keep it (parse, builders and addition produce the same
/// mantissa and exponent as apimachinery), because `asApproximateDouble` depends on it.
struct QuantityAmount: Sendable {
    /// The digits of the value.
    enum Mantissa: Sendable {
        case small(Int64)
        /// Never holds a value that fits in an `Int64`.
        case large(negative: Bool, magnitude: QuantityMagnitude)
    }

    var mantissa: Mantissa
    var exponent: Int64

    /// Exponents whose gap is larger than this are not aligned digit by digit when adding: an
    /// operand smaller than the other's leading digit by more than this many orders of magnitude
    /// is rounded away from zero to one unit at that precision, which keeps sums bounded in size.
    static let alignmentLimit: Int64 = 4000

    static let zero = QuantityAmount(mantissa: .small(0), exponent: 0)

    init(mantissa: Mantissa, exponent: Int64) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    init(_ value: Int64, exponent: Int64) {
        self.mantissa = .small(value)
        self.exponent = exponent
    }

    /// Builds an amount from a sign and magnitude, using the `Int64` form when it fits.
    init(negative: Bool, magnitude: QuantityMagnitude, exponent: Int64) {
        self.exponent = exponent
        if let m = magnitude.uint64Value {
            if m <= UInt64(Int64.max) {
                mantissa = .small(negative ? -Int64(m) : Int64(m))
                return
            }
            if negative && m == UInt64(Int64.max) + 1 {
                mantissa = .small(.min)
                return
            }
        }
        mantissa = .large(negative: negative, magnitude: magnitude)
    }

    /// Builds an amount from a 128-bit mantissa.
    init(wide value: Int128, exponent: Int64) {
        if let small = Int64(exactly: value) {
            self.init(small, exponent: exponent)
            return
        }
        let m = value.magnitude
        var magnitude = QuantityMagnitude(UInt64(truncatingIfNeeded: m >> 64))
        magnitude.shiftLeft(64)
        magnitude.add(QuantityMagnitude(UInt64(truncatingIfNeeded: m)))
        self.init(negative: value < 0, magnitude: magnitude, exponent: exponent)
    }

    // MARK: Sign and magnitude

    /// -1, 0 or 1.
    var sign: Int {
        switch mantissa {
        case .small(let v): return v == 0 ? 0 : (v < 0 ? -1 : 1)
        case .large(let negative, _): return negative ? -1 : 1
        }
    }

    var isZero: Bool {
        if case .small(0) = mantissa { return true }
        return false
    }

    var isNegative: Bool { sign < 0 }

    /// The absolute value of the mantissa.
    var magnitude: QuantityMagnitude {
        switch mantissa {
        case .small(let v): return QuantityMagnitude(v.magnitude)
        case .large(_, let m): return m
        }
    }

    /// The mantissa when it is an `Int64`.
    var smallMantissa: Int64? {
        if case .small(let v) = mantissa { return v }
        return nil
    }

    /// Bounds on the number of digits of `|mantissa|`: 10^(lo-1) <= |mantissa| < 10^hi. Zero has none.
    var digitBounds: (lo: Int64, hi: Int64) {
        switch mantissa {
        case .small(let v):
            let d = Int64(Self.decimalDigitCount(v.magnitude))
            return (d, d)
        case .large(_, let m):
            // An n-bit number has between (n-1)·log10(2) and n·log10(2) digits past the first.
            let n = Int64(m.bitWidth)
            return ((n - 1) * 30102 / 100_000 + 1, n * 30103 / 100_000 + 1)
        }
    }

    /// Bounds on the decimal order of the value: 10^(lo-1) <= |value| < 10^hi.
    var orderBounds: (lo: Int64, hi: Int64) {
        let d = digitBounds
        return (exponent + d.lo, exponent + d.hi)
    }

    /// The exact number of digits of `|mantissa|` (1 for zero).
    var exactDigitCount: Int {
        switch mantissa {
        case .small(let v):
            return Self.decimalDigitCount(v.magnitude)
        case .large(_, let m):
            var digits = Int(digitBounds.lo)
            var power = QuantityMagnitude(1)
            power.multiplyByPowerOfTen(digits)
            while QuantityMagnitude.compare(m, power) >= 0 {
                power.multiply(by: 10)
                digits += 1
            }
            return digits
        }
    }

    static func decimalDigitCount(_ v: UInt64) -> Int {
        var count = 1
        var rest = v
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    func negated() -> QuantityAmount {
        switch mantissa {
        case .small(let v):
            if v == .min {
                return QuantityAmount(negative: false, magnitude: QuantityMagnitude(v.magnitude), exponent: exponent)
            }
            return QuantityAmount(-v, exponent: exponent)
        case .large(let negative, let m):
            return QuantityAmount(negative: !negative, magnitude: m, exponent: exponent)
        }
    }

    // MARK: Comparison

    /// Compares two values numerically: -1, 0 or 1.
    static func compare(_ a: QuantityAmount, _ b: QuantityAmount) -> Int {
        if case .small(let x) = a.mantissa, case .small(let y) = b.mantissa, a.exponent == b.exponent {
            return x == y ? 0 : (x < y ? -1 : 1)
        }
        let sa = a.sign, sb = b.sign
        if sa != sb { return sa < sb ? -1 : 1 }
        if sa == 0 { return 0 }
        let c = compareMagnitudes(a, b)
        return sa > 0 ? c : -c
    }

    /// Compares `|a|` and `|b|` (both non-zero).
    static func compareMagnitudes(_ a: QuantityAmount, _ b: QuantityAmount) -> Int {
        if case .small(let x) = a.mantissa, case .small(let y) = b.mantissa {
            let gap = a.exponent - b.exponent
            if gap >= 0 && gap <= 18 {
                let lhs = UInt128(x.magnitude) * UInt128(QuantityMagnitude.powersOfTen[Int(gap)])
                let rhs = UInt128(y.magnitude)
                return lhs == rhs ? 0 : (lhs < rhs ? -1 : 1)
            }
            if gap < 0 && gap >= -18 {
                let lhs = UInt128(x.magnitude)
                let rhs = UInt128(y.magnitude) * UInt128(QuantityMagnitude.powersOfTen[Int(-gap)])
                return lhs == rhs ? 0 : (lhs < rhs ? -1 : 1)
            }
        }
        let oa = a.orderBounds, ob = b.orderBounds
        if oa.lo > ob.hi { return 1 }
        if oa.hi < ob.lo { return -1 }
        // The orders overlap, so the exponents differ by at most about the digits of the longer
        // mantissa: aligning them is cheap.
        var ma = a.magnitude, mb = b.magnitude
        if a.exponent > b.exponent {
            ma.multiplyByPowerOfTen(Int(a.exponent - b.exponent))
        } else if b.exponent > a.exponent {
            mb.multiplyByPowerOfTen(Int(b.exponent - a.exponent))
        }
        return QuantityMagnitude.compare(ma, mb)
    }

    // MARK: Arithmetic

    /// `a + b`, exact (see ``alignmentLimit`` for operands many thousands of orders apart).
    static func add(_ a: QuantityAmount, _ b: QuantityAmount) -> QuantityAmount {
        if b.isZero { return a }
        if a.isZero { return b }
        if case .small(let x) = a.mantissa, case .small(let y) = b.mantissa {
            if a.exponent == b.exponent {
                let (sum, overflow) = x.addingReportingOverflow(y)
                if !overflow { return QuantityAmount(sum, exponent: a.exponent) }
                return QuantityAmount(wide: Int128(x) + Int128(y), exponent: a.exponent)
            }
            let gap = a.exponent - b.exponent
            if gap > 0 && gap <= 18 {
                let sum = Int128(x) * Int128(QuantityMagnitude.powersOfTen[Int(gap)]) + Int128(y)
                return QuantityAmount(wide: sum, exponent: b.exponent)
            }
            if gap < 0 && gap >= -18 {
                let sum = Int128(x) + Int128(y) * Int128(QuantityMagnitude.powersOfTen[Int(-gap)])
                return QuantityAmount(wide: sum, exponent: a.exponent)
            }
        }
        // Let `high` be the operand with the larger exponent.
        var high = a, low = b
        if b.exponent > a.exponent { swap(&high, &low) }
        if high.exponent - low.exponent > alignmentLimit {
            let unit = high.exponent + Int64(high.exactDigitCount) - alignmentLimit
            if low.orderBounds.hi <= unit {
                low = QuantityAmount(low.isNegative ? -1 : 1, exponent: unit)
            }
        }
        var mh = high.magnitude
        mh.multiplyByPowerOfTen(Int(high.exponent - low.exponent))
        let ml = low.magnitude
        if high.isNegative == low.isNegative {
            mh.add(ml)
            return QuantityAmount(negative: high.isNegative, magnitude: mh, exponent: low.exponent)
        }
        switch QuantityMagnitude.compare(mh, ml) {
        case 0:
            return QuantityAmount(0, exponent: low.exponent)
        case 1:
            mh.subtract(ml)
            return QuantityAmount(negative: high.isNegative, magnitude: mh, exponent: low.exponent)
        default:
            var result = ml
            result.subtract(mh)
            return QuantityAmount(negative: low.isNegative, magnitude: result, exponent: low.exponent)
        }
    }

    /// `self × factor` at the same exponent (exponent 0 when `factor` is 0, as upstream), and
    /// whether the resulting mantissa fits in an `Int64` (upstream `Mul`'s result).
    func multiplied(by factor: Int64) -> (QuantityAmount, fits: Bool) {
        if isZero { return (self, true) }
        if factor == 0 { return (.zero, true) }
        switch mantissa {
        case .small(let v):
            let (product, overflow) = v.multipliedReportingOverflow(by: factor)
            if !overflow { return (QuantityAmount(product, exponent: exponent), true) }
            return (QuantityAmount(wide: Int128(v) * Int128(factor), exponent: exponent), false)
        case .large(let negative, var m):
            m.multiply(by: factor.magnitude)
            let result = QuantityAmount(negative: negative != (factor < 0), magnitude: m, exponent: exponent)
            return (result, result.smallMantissa != nil)
        }
    }

    /// The value rounded away from zero to a multiple of 10^`target` when its exponent is below
    /// `target` (otherwise unchanged), and whether that lost nothing (upstream `AsScale`).
    func roundedAwayFromZero(toExponent target: Int64) -> (QuantityAmount, exact: Bool) {
        if exponent >= target { return (self, true) }
        let shift = target - exponent
        if case .small(let v) = mantissa {
            if shift <= 18 {
                let p = Int64(QuantityMagnitude.powersOfTen[Int(shift)])
                let (q, r) = v.quotientAndRemainder(dividingBy: p)
                if r == 0 { return (QuantityAmount(q, exponent: target), true) }
                return (QuantityAmount(q + (v < 0 ? -1 : 1), exponent: target), false)
            }
            if v == 0 { return (QuantityAmount(0, exponent: target), true) }
            return (QuantityAmount(v < 0 ? -1 : 1, exponent: target), false)
        }
        var m = magnitude
        let digits = digitBounds.hi
        let dropped: Bool
        if shift > digits {
            m = QuantityMagnitude()
            dropped = true
        } else {
            dropped = m.divideByPowerOfTen(Int(shift))
        }
        if dropped { m.add(QuantityMagnitude(1)) }
        return (QuantityAmount(negative: isNegative, magnitude: m, exponent: target), !dropped)
    }

    /// The value in units of 10^`scale`, rounded away from zero and clamped to the `Int64` range.
    func scaledInt64(_ scale: Int64) -> Int64 {
        if isZero { return 0 }
        if exponent <= scale {
            let (rounded, _) = roundedAwayFromZero(toExponent: scale)
            if let v = rounded.smallMantissa { return v }
            return rounded.isNegative ? .min : .max
        }
        let saturated: Int64 = isNegative ? .min : .max
        let up = exponent - scale
        guard up <= 18, case .small(let v) = mantissa else { return saturated }
        let (product, overflow) = v.multipliedReportingOverflow(by: Int64(QuantityMagnitude.powersOfTen[Int(up)]))
        return overflow ? saturated : product
    }

    // MARK: Normal form

    /// The mantissa without trailing decimal zeros, and the exponent adjusted to match.
    var withoutTrailingZeros: QuantityAmount {
        switch mantissa {
        case .small(var v):
            guard v != 0 else { return .zero }
            var e = exponent
            while v % 10 == 0 {
                v /= 10
                e += 1
            }
            return QuantityAmount(v, exponent: e)
        case .large(let negative, var m):
            let removed = m.removeTrailingDecimalZeros()
            return QuantityAmount(negative: negative, magnitude: m, exponent: exponent + Int64(removed))
        }
    }
}
