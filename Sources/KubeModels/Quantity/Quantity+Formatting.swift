extension Quantity: CustomStringConvertible {
    /// The quantity as upstream's `String()` writes it: the kept input spelling when parsing found
    /// it canonical, otherwise the canonical form (upstream `CanonicalizeBytes`).
    ///
    /// The canonical form loses no precision, has no fractional digits, and uses the largest
    /// exponent or suffix of the ``format`` it can: `1.5` is `1500m`, `1.5Gi` is `1536Mi`. A
    /// `BinarySI` value strictly between -1024 and 1024, or one with a fraction, is written in
    /// `DecimalSI`.
    ///
    /// Unlike upstream 1.32, a value whose exponent has no suffix in its format (beyond `E` or
    /// `Ei`, or below `n`) is written with a decimal exponent (`1000E` is `1e21`) rather than
    /// with its suffix dropped, so the text always parses back to the same value.
    public var description: String {
        cachedString ?? canonicalString
    }

    /// The canonical spelling, ignoring any kept input spelling.
    var canonicalString: String {
        if amount.isZero { return "0" }
        var format = self.format
        if format == .binarySI {
            if QuantityAmount.compare(amount, QuantityAmount(-1024, exponent: 0)) > 0
                && QuantityAmount.compare(amount, QuantityAmount(1024, exponent: 0)) < 0 {
                // This avoids rounding and hopefully confusion, too.
                format = .decimalSI
            } else {
                let (rounded, exact) = amount.roundedAwayFromZero(toExponent: 0)
                if exact, let text = Self.binaryString(rounded) { return text }
                // Don't lose precision: show as DecimalSI (or with an exponent past Ei).
                format = exact ? .decimalExponent : .decimalSI
            }
        }
        return Self.decimalString(amount, format: format)
    }

    private static let decimalSuffixes = ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"]
    private static let binarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]

    /// The value as `<digits><suffix>` with an exponent that is a multiple of three (upstream
    /// `AsCanonicalBytes` and the suffixer).
    static func decimalString(_ amount: QuantityAmount, format: Format) -> String {
        let normal = amount.withoutTrailingZeros
        var exponent = normal.exponent
        // Move the exponent down to a multiple of three.
        let extraZeros = Int(((exponent % 3) + 3) % 3)
        exponent -= Int64(extraZeros)
        var text: String
        switch normal.mantissa {
        case .small(let v): text = String(v)
        case .large(let negative, let magnitude): text = (negative ? "-" : "") + magnitude.decimalString
        }
        if extraZeros == 1 { text += "0" } else if extraZeros == 2 { text += "00" }
        if format == .decimalSI, exponent >= -9, exponent <= 18 {
            return text + decimalSuffixes[Int(exponent + 9) / 3]
        }
        return exponent == 0 ? text : text + "e" + String(exponent)
    }

    /// The whole value `amount` (exponent >= 0) as `<digits><binary suffix>` with the largest
    /// power of 1024 (upstream `AsCanonicalBase1024Bytes`), or nil when that power has no suffix.
    static func binaryString(_ amount: QuantityAmount) -> String? {
        let normal = amount.withoutTrailingZeros
        var magnitude = normal.magnitude
        // Each factor 10 brings a factor 2: more than 69 factors of 2 need a suffix past Ei.
        let twos = Int64(magnitude.trailingZeroBitCount) + normal.exponent
        guard twos < 70 else { return nil }
        magnitude.multiplyByPowerOfTen(Int(normal.exponent))
        var power = 0
        while power < binarySuffixes.count, magnitude.bitWidth > 10, magnitude.trailingZeroBitCount >= 10 {
            magnitude.shiftRight(10)
            power += 1
        }
        guard power < binarySuffixes.count else { return nil }
        let digits = magnitude.decimalString
        return (amount.isNegative ? "-" : "") + digits + binarySuffixes[power]
    }
}
