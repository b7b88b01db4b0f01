import Testing
@testable import KubeModels

/// Properties over many random quantities built from random mantissas, scales and formats.
@Suite("Quantity properties")
struct QuantityPropertyTests {
    /// A random quantity: a random Int64 mantissa (sometimes small or a power of 1024, like
    /// upstream's fuzzer), a scale from nano to 10^30, and a random format.
    static func randomQuantity(using generator: inout QuantityTestGenerator) -> Quantity {
        let formats: [Quantity.Format] = [.decimalSI, .binarySI, .decimalExponent]
        let format = formats[Int(generator.next() % 3)]
        var mantissa: Int64
        switch generator.next() % 4 {
        case 0: mantissa = Int64(bitPattern: generator.next())
        case 1: mantissa = Int64(generator.next() % 1000)
        case 2: mantissa = Int64(generator.next() % 1024) << (10 * Int64(generator.next() % 5))
        default: mantissa = Int64(bitPattern: generator.next()) >> Int64(generator.next() % 63)
        }
        if generator.next() % 2 == 0 { mantissa = mantissa == .min ? .max : -mantissa }
        let scale = Int(generator.next() % 40) - 9
        var q = Quantity(scaled: mantissa, scale: scale, format: format)
        // Parsing caps BinarySI at Int64.max (upstream), so such values would not come back.
        if format == .binarySI, q.value == .max || q.value <= -Int64.max { q.format = .decimalSI }
        return q
    }

    @Test("parsing the description gives back the value, and its description is stable", arguments: 0..<8)
    func parseDescription(_ seed: Int) throws {
        var generator = QuantityTestGenerator(seed: UInt64(seed))
        for _ in 0..<500 {
            let q = Self.randomQuantity(using: &generator)
            let parsed = try Quantity(parsing: q.description)
            #expect(parsed == q, "\(q.debugAmount) \(q.format.rawValue) written \(q.description)")
            #expect(try Quantity(parsing: parsed.description).description == parsed.description)
        }
    }

    @Test("a + b - b == a, and addition commutes", arguments: 0..<8)
    func addSubtract(_ seed: Int) {
        var generator = QuantityTestGenerator(seed: UInt64(seed) + 100)
        for _ in 0..<500 {
            let a = Self.randomQuantity(using: &generator), b = Self.randomQuantity(using: &generator)
            #expect(a + b - b == a, "\(a.debugAmount) \(b.debugAmount)")
            #expect(a + b == b + a)
            #expect((a - b) == -(b - a))
            #expect((a + b).compare(to: a) == b.sign)
        }
    }

    @Test("equal values hash alike whatever their spelling", arguments: 0..<4)
    func hashAndEquality(_ seed: Int) throws {
        var generator = QuantityTestGenerator(seed: UInt64(seed) + 200)
        for _ in 0..<500 {
            let a = Self.randomQuantity(using: &generator)
            let reparsed = try Quantity(parsing: a.description)
            #expect(reparsed.hashValue == a.hashValue)
            // The same value with a mantissa ten times larger at a lower exponent.
            let digits = a.debugAmount.prefix { $0 != "e" }
            let spelledWider = Quantity(
                amount: QuantityAmount(decimal: digits + "0", exponent: a.amount.exponent - 1), format: .decimalExponent)
            #expect(spelledWider == a)
            #expect(spelledWider.hashValue == a.hashValue)
            // A large mantissa whose value fits: 10^25 × 10^-20 is 100000.
            let tenTo25 = Quantity(amount: QuantityAmount(decimal: "1" + String(repeating: "0", count: 25), exponent: -20), format: .decimalSI)
            #expect(tenTo25 == Quantity(100_000, format: .binarySI))
            #expect(tenTo25.hashValue == Quantity(100_000, format: .binarySI).hashValue)
        }
    }

    @Test("comparison agrees with the sign of the difference", arguments: 0..<4)
    func compareMatchesDifference(_ seed: Int) {
        var generator = QuantityTestGenerator(seed: UInt64(seed) + 300)
        for _ in 0..<500 {
            let a = Self.randomQuantity(using: &generator), b = Self.randomQuantity(using: &generator)
            #expect(a.compare(to: b) == (a - b).sign)
            #expect((a < b) == ((a - b).sign < 0))
        }
    }

    @Test("multiplying then comparing is exact", arguments: 0..<4)
    func multiply(_ seed: Int) {
        var generator = QuantityTestGenerator(seed: UInt64(seed) + 400)
        for _ in 0..<500 {
            let a = Self.randomQuantity(using: &generator)
            let factor = Int64(generator.next() % 2000) - 1000
            var sum = Quantity.zero
            for _ in 0..<Int(factor.magnitude) { sum += a }
            if factor < 0 { sum = -sum }
            #expect(a.multiplied(by: factor) == sum)
        }
    }

    @Test("operands thousands of orders apart add without blowing up and keep their order")
    func farApart() throws {
        let huge = try Quantity(parsing: "1e2147483647"), tiny = try Quantity(parsing: "1n")
        let sum = huge + tiny
        #expect(sum > huge)
        #expect(sum - huge > .zero)
        // Within the alignment limit (4000 orders) sums are exact.
        let far = try Quantity(parsing: "1e3990")
        #expect(far + tiny - tiny == far)
        #expect((far + tiny).description == "1" + String(repeating: "0", count: 3998) + "1e-9")
        #expect((huge - huge).isZero)
        #expect(huge > tiny && -huge < tiny)
    }
}
