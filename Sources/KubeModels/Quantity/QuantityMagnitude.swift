/// An unsigned integer of any size: the mantissa of a ``Quantity`` that does not fit in an `Int64`.
///
/// Little-endian 64-bit limbs with no zero limb at the top, so zero is the empty array. Only the
/// operations quantities need are here (scaling by powers of ten and two, small factors and
/// divisors, addition, subtraction, comparison, decimal text and `Double` conversion).
struct QuantityMagnitude: Sendable, Hashable {
    /// The limbs, least significant first; never ends with a zero limb.
    private(set) var limbs: [UInt64]

    /// 10^19, the largest power of ten that fits in a `UInt64`.
    static let chunk: UInt64 = 10_000_000_000_000_000_000
    /// Digits in ``chunk``.
    static let chunkDigits = 19

    /// Zero.
    init() { limbs = [] }

    /// The value `value`.
    init(_ value: UInt64) { limbs = value == 0 ? [] : [value] }

    /// Whether the value is zero.
    var isZero: Bool { limbs.isEmpty }

    /// The value, when it fits in a `UInt64`.
    var uint64Value: UInt64? {
        switch limbs.count {
        case 0: return 0
        case 1: return limbs[0]
        default: return nil
        }
    }

    /// The number of significant bits (0 for zero).
    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    /// The number of trailing zero bits (0 for zero).
    var trailingZeroBitCount: Int {
        for (i, limb) in limbs.enumerated() where limb != 0 {
            return i * 64 + limb.trailingZeroBitCount
        }
        return 0
    }

    private mutating func trim() {
        while let top = limbs.last, top == 0 { limbs.removeLast() }
    }

    /// Compares two magnitudes: -1, 0 or 1.
    static func compare(_ a: QuantityMagnitude, _ b: QuantityMagnitude) -> Int {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
        var i = a.limbs.count - 1
        while i >= 0 {
            let x = a.limbs[i], y = b.limbs[i]
            if x != y { return x < y ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// Multiplies by `factor` and adds `carry`.
    mutating func multiply(by factor: UInt64, adding carry: UInt64 = 0) {
        if factor == 0 {
            limbs.removeAll()
            if carry != 0 { limbs.append(carry) }
            return
        }
        var carry = carry
        for i in limbs.indices {
            let (high, low) = limbs[i].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            limbs[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// Divides by `divisor` (non-zero) and returns the remainder.
    @discardableResult
    mutating func divide(by divisor: UInt64) -> UInt64 {
        var remainder: UInt64 = 0
        var i = limbs.count - 1
        while i >= 0 {
            let (q, r) = divisor.dividingFullWidth((high: remainder, low: limbs[i]))
            limbs[i] = q
            remainder = r
            i -= 1
        }
        trim()
        return remainder
    }

    /// Adds `other`.
    mutating func add(_ other: QuantityMagnitude) {
        if other.limbs.count > limbs.count {
            limbs.append(contentsOf: repeatElement(0, count: other.limbs.count - limbs.count))
        }
        var carry = false
        for i in limbs.indices {
            let y: UInt64 = i < other.limbs.count ? other.limbs[i] : 0
            if y == 0 && !carry && i >= other.limbs.count { break }
            let (s1, o1) = limbs[i].addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
            limbs[i] = s2
            carry = o1 || o2
        }
        if carry { limbs.append(1) }
    }

    /// Subtracts `other`, which must not be larger.
    mutating func subtract(_ other: QuantityMagnitude) {
        var borrow = false
        for i in limbs.indices {
            let y: UInt64 = i < other.limbs.count ? other.limbs[i] : 0
            if y == 0 && !borrow && i >= other.limbs.count { break }
            let (d1, o1) = limbs[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            limbs[i] = d2
            borrow = o1 || o2
        }
        trim()
    }

    /// Multiplies by 10^`power` (`power` >= 0).
    mutating func multiplyByPowerOfTen(_ power: Int) {
        guard !isZero else { return }
        var left = power
        while left >= Self.chunkDigits {
            multiply(by: Self.chunk)
            left -= Self.chunkDigits
        }
        if left > 0 { multiply(by: Self.powersOfTen[left]) }
    }

    /// Divides by 10^`power` (`power` >= 0), truncating, and tells whether anything non-zero was
    /// dropped.
    mutating func divideByPowerOfTen(_ power: Int) -> Bool {
        var dropped = false
        var left = power
        while left >= Self.chunkDigits {
            if isZero { return dropped }
            if divide(by: Self.chunk) != 0 { dropped = true }
            left -= Self.chunkDigits
        }
        if left > 0, !isZero, divide(by: Self.powersOfTen[left]) != 0 { dropped = true }
        return dropped
    }

    /// Removes trailing decimal zeros and returns how many were removed.
    mutating func removeTrailingDecimalZeros() -> Int {
        guard !isZero else { return 0 }
        var removed = 0
        while true {
            var copy = self
            if copy.divide(by: Self.chunk) != 0 { break }
            self = copy
            removed += Self.chunkDigits
        }
        while true {
            var copy = self
            if copy.divide(by: 10) != 0 { break }
            self = copy
            removed += 1
        }
        return removed
    }

    /// Multiplies by 2^`bits`.
    mutating func shiftLeft(_ bits: Int) {
        guard !isZero, bits > 0 else { return }
        let whole = bits / 64, part = bits % 64
        if part != 0 {
            var carry: UInt64 = 0
            for i in limbs.indices {
                let limb = limbs[i]
                limbs[i] = (limb << UInt64(part)) | carry
                carry = limb >> UInt64(64 - part)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    }

    /// Divides by 2^`bits`, truncating.
    mutating func shiftRight(_ bits: Int) {
        guard !isZero, bits > 0 else { return }
        let whole = bits / 64, part = bits % 64
        if whole >= limbs.count {
            limbs.removeAll()
            return
        }
        if whole > 0 { limbs.removeFirst(whole) }
        if part != 0 {
            for i in limbs.indices {
                let next: UInt64 = i + 1 < limbs.count ? limbs[i + 1] : 0
                limbs[i] = (limbs[i] >> UInt64(part)) | (next << UInt64(64 - part))
            }
        }
        trim()
    }

    /// Parses ASCII decimal digits (the caller guarantees only digits are present).
    init(decimalDigits digits: UnsafeBufferPointer<UInt8>) {
        self.init()
        var i = digits.startIndex
        while i < digits.endIndex {
            let n = min(Self.chunkDigits, digits.endIndex - i)
            var part: UInt64 = 0
            for j in i..<(i + n) { part = part &* 10 &+ UInt64(digits[j] &- 48) }
            multiply(by: Self.powersOfTen[n], adding: part)
            i += n
        }
        trim()
    }

    /// The value in decimal digits, without sign or leading zeros ("0" for zero).
    var decimalString: String {
        if let small = uint64Value { return String(small) }
        var chunks: [UInt64] = []
        var rest = self
        while !rest.isZero { chunks.append(rest.divide(by: Self.chunk)) }
        var out = String(chunks[chunks.count - 1])
        var i = chunks.count - 2
        while i >= 0 {
            let text = String(chunks[i])
            out += String(repeating: "0", count: Self.chunkDigits - text.count) + text
            i -= 1
        }
        return out
    }

    /// The nearest `Double` (ties to even), or infinity when the value is too large.
    var doubleValue: Double {
        let width = bitWidth
        if width <= 64 { return Double(uint64Value ?? 0) }
        var top = self
        top.shiftRight(width - 64)
        var high = top.uint64Value ?? 0
        // Any dropped bit makes the value strictly above `high`: mark it in the lowest bit, far
        // below the 53 kept bits, so the conversion rounds as the exact value would.
        if trailingZeroBitCount < width - 64 { high |= 1 }
        return Double(sign: .plus, exponent: width - 64, significand: Double(high))
    }

    /// 10^0 ... 10^19.
    static let powersOfTen: [UInt64] = {
        var table: [UInt64] = [1]
        for _ in 1...19 { table.append(table[table.count - 1] * 10) }
        return table
    }()
}
