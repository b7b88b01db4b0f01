extension Quantity {
    // MARK: Reading the value

    /// The value rounded away from zero to a whole number (upstream `Value()`); clamped to the
    /// `Int64` range when it does not fit.
    public var value: Int64 { amount.scaledInt64(0) }

    /// The value in thousandths, rounded away from zero (upstream `MilliValue()`); clamped to the
    /// `Int64` range when it does not fit.
    public var milliValue: Int64 { amount.scaledInt64(-3) }

    /// The value in units of 10^`scale`, rounded away from zero (upstream `ScaledValue`): `-9`
    /// gives nanos, `-3` millis, `0` units, `3` thousands and so on up to `18`. Clamped to the
    /// `Int64` range when it does not fit.
    ///
    /// ```swift
    /// Quantity(1, format: .decimalSI).scaledValue(-3)   // 1000
    /// ```
    public func scaledValue(_ scale: Int) -> Int64 {
        amount.scaledInt64(Int64(Int32(clamping: scale)))
    }

    /// The value as a `Double`, which may lose precision (upstream `AsApproximateFloat64`):
    /// infinite when the value is beyond the `Double` range.
    public var asApproximateDouble: Double {
        if amount.isZero { return 0 }
        var base: Double
        var exponent = amount.exponent
        switch amount.mantissa {
        case .small(let v):
            base = Double(v)
        case .large(let negative, var magnitude):
            // Keep about 20 significant digits when the mantissa alone would overflow a Double.
            let digits = amount.digitBounds.lo
            if digits > 300 {
                _ = magnitude.divideByPowerOfTen(Int(digits - 20))
                exponent += digits - 20
            }
            base = magnitude.doubleValue
            if negative { base = -base }
        }
        if exponent == 0 { return base }
        return base * Self.goPow10(exponent)
    }

    /// Go's `math.Pow10`, so that results match upstream to the last bit.
    static func goPow10(_ n: Int64) -> Double {
        if n >= 0 && n <= 308 {
            return pow10PositiveBy32[Int(n / 32)] * pow10Table[Int(n % 32)]
        }
        if n >= -323 && n <= 0 {
            return pow10NegativeBy32[Int(-n / 32)] / pow10Table[Int(-n % 32)]
        }
        return n > 0 ? .infinity : 0
    }

    private static let pow10Table: [Double] = [
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    ]
    private static let pow10PositiveBy32: [Double] = [1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288]
    private static let pow10NegativeBy32: [Double] = [
        1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, Double(bitPattern: 2024),  // 1e-320, a subnormal
    ]

    // MARK: Rounding

    /// Rounds the value away from zero to a multiple of 10^`scale` (upstream `RoundUp`), and
    /// tells whether no precision was lost. A value already that coarse is left untouched.
    @discardableResult
    public mutating func roundUp(toScale scale: Int) -> Bool {
        let target = Int64(Int32(clamping: scale))
        if amount.exponent >= target { return true }
        let (rounded, exact) = amount.roundedAwayFromZero(toExponent: target)
        amount = rounded
        cachedString = nil
        return exact
    }

    // MARK: Arithmetic

    /// Adds `other`. The result keeps this quantity's format, or takes `other`'s when this one
    /// is zero (upstream `Add`).
    public mutating func add(_ other: Quantity) {
        if amount.isZero { format = other.format }
        amount = QuantityAmount.add(amount, other.amount)
        cachedString = nil
    }

    /// Subtracts `other`. The result keeps this quantity's format, or takes `other`'s when this
    /// one is zero (upstream `Sub`).
    public mutating func subtract(_ other: Quantity) {
        if amount.isZero { format = other.format }
        amount = QuantityAmount.add(amount, other.amount.negated())
        cachedString = nil
    }

    /// Multiplies by `factor` (upstream `Mul`) and tells whether the resulting mantissa still
    /// fits in an `Int64`. The value is exact either way.
    @discardableResult
    public mutating func multiply(by factor: Int64) -> Bool {
        let (product, fits) = amount.multiplied(by: factor)
        amount = product
        cachedString = nil
        return fits
    }

    /// The value multiplied by `factor`, in this quantity's format.
    public func multiplied(by factor: Int64) -> Quantity {
        var result = self
        result.multiply(by: factor)
        return result
    }

    /// Negates the value in place (upstream `Neg`).
    public mutating func negate() {
        amount = amount.negated()
        cachedString = nil
    }

    /// The sum, in the left operand's format (or the right one's when the left is zero).
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        var result = lhs
        result.add(rhs)
        return result
    }

    /// The difference, in the left operand's format (or the right one's when the left is zero).
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
        var result = lhs
        result.subtract(rhs)
        return result
    }

    /// Adds `rhs` to `lhs`.
    public static func += (lhs: inout Quantity, rhs: Quantity) {
        lhs.add(rhs)
    }

    /// Subtracts `rhs` from `lhs`.
    public static func -= (lhs: inout Quantity, rhs: Quantity) {
        lhs.subtract(rhs)
    }

    /// The negated value, in the same format.
    public static prefix func - (operand: Quantity) -> Quantity {
        var result = operand
        result.negate()
        return result
    }
}
