import Testing
@testable import KubeModels

/// Upstream's `TestMilliNewSet`, `TestNewSet`, `TestNewScaledSet`, `TestScaledValue`,
/// `TestQuantityAsApproximateFloat64`, and the amount tables of amount_test.go and scale_int_test.go.
@Suite("Quantity values")
struct QuantityValueTests {
    struct MilliCase: Codable, Sendable, CustomTestStringConvertible {
        var value: Int64
        var format: Quantity.Format
        var expect: String
        var exact: Bool
        var testDescription: String { "\(value) thousandths in \(format.rawValue)" }
    }

    struct WholeCase: Codable, Sendable, CustomTestStringConvertible {
        var value: Int64
        var format: Quantity.Format
        var expect: String
        var testDescription: String { "\(value) in \(format.rawValue)" }
    }

    struct ScaledCase: Codable, Sendable, CustomTestStringConvertible {
        var value: Int64
        var scale: Int
        var expect: String
        var testDescription: String { "\(value) × 10^\(scale)" }
    }

    struct ScaledValueCase: Codable, Sendable, CustomTestStringConvertible {
        var fromScale: Int
        var toScale: Int
        var expect: Int64
        var testDescription: String { "10^\(fromScale) in units of 10^\(toScale)" }
    }

    struct AmountScaledCase: Codable, Sendable, CustomTestStringConvertible {
        var name: String
        var mantissa: String
        var exponent: Int64
        var scale: Int
        var expect: Int64
        var testDescription: String { name }
    }

    struct BigScaledCase: Codable, Sendable, CustomTestStringConvertible {
        var mantissa: String
        var infScale: Int64
        var newInfScale: Int
        var expect: Int64
        var testDescription: String { "\(mantissa)e\(-infScale) in units of 10^\(-newInfScale)" }
    }

    struct CanonicalCase: Codable, Sendable, CustomTestStringConvertible {
        var mantissa: String
        var exponent: Int64
        var digits: String
        var canonicalExponent: Int
        var testDescription: String { "\(mantissa)e\(exponent)" }
    }

    struct SignCase: Codable, Sendable, CustomTestStringConvertible {
        var mantissa: String
        var exponent: Int64
        var expect: Int
        var testDescription: String { "\(mantissa)e\(exponent)" }
    }

    struct Table: Codable, Sendable {
        var milli: [MilliCase]
        var whole: [WholeCase]
        var scaled: [ScaledCase]
        var scaledValue: [ScaledValueCase]
        var amountScaledValue: [AmountScaledCase]
        var bigScaledValue: [BigScaledCase]
        var canonical: [CanonicalCase]
        var sign: [SignCase]
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "quantity-values.json") }

    @Test("a milli quantity is written and read back as upstream", arguments: try load().milli)
    func milli(_ item: MilliCase) throws {
        let q = Quantity(milli: item.value, format: item.format)
        #expect(q.description == item.expect)
        if item.exact {
            #expect(try Quantity(parsing: q.description).milliValue == item.value)
        }
    }

    @Test("a whole quantity is written and read back as upstream", arguments: try load().whole)
    func whole(_ item: WholeCase) throws {
        let q = Quantity(item.value, format: item.format)
        #expect(q.description == item.expect)
        #expect(try Quantity(parsing: q.description).value == item.value)
    }

    @Test("a scaled quantity is written and read back as upstream", arguments: try load().scaled)
    func scaled(_ item: ScaledCase) throws {
        let q = Quantity(scaled: item.value, scale: item.scale)
        #expect(q.description == item.expect)
        #expect(try Quantity(parsing: q.description).scaledValue(item.scale) == item.value)
    }

    @Test("one unit at a scale reads in another scale rounded up", arguments: try load().scaledValue)
    func scaledValue(_ item: ScaledValueCase) {
        #expect(Quantity(scaled: 1, scale: item.fromScale).scaledValue(item.toScale) == item.expect)
    }

    @Test("an int64 amount reads at a scale as upstream's AsScaledInt64", arguments: try load().amountScaledValue)
    func amountScaledValue(_ item: AmountScaledCase) {
        let q = QuantitySpec(mantissa: item.mantissa, exponent: item.exponent, format: .decimalSI).quantity
        #expect(q.scaledValue(item.scale) == item.expect)
    }

    @Test("a large amount reads at a scale rounded away from zero", arguments: try load().bigScaledValue)
    func bigScaledValue(_ item: BigScaledCase) {
        let q = QuantitySpec(mantissa: item.mantissa, exponent: -item.infScale, format: .decimalSI).quantity
        #expect(q.scaledValue(-item.newInfScale) == item.expect)
    }

    @Test("the canonical digits and exponent are upstream's", arguments: try load().canonical)
    func canonical(_ item: CanonicalCase) {
        let q = QuantitySpec(mantissa: item.mantissa, exponent: item.exponent, format: .decimalExponent).quantity
        let expected = item.canonicalExponent == 0 ? item.digits : "\(item.digits)e\(item.canonicalExponent)"
        #expect(q.description == expected)
    }

    @Test("the sign is upstream's", arguments: try load().sign)
    func sign(_ item: SignCase) {
        let q = QuantitySpec(mantissa: item.mantissa, exponent: item.exponent, format: .decimalSI).quantity
        #expect(q.sign == item.expect)
        #expect(q.isZero == (item.expect == 0))
    }

    @Test("values round away from zero, as upstream's examples and the negative-rounding fix", arguments: [
        ("5Gi", Int64(5_368_709_120), Int64(5_368_709_120_000)), ("5G", 5_000_000_000, 5_000_000_000_000),
        ("5300m", 6, 5300), ("5.4", 6, 5400), ("1500m", 2, 1500), ("-1500m", -2, -1500),
        ("0.0005", 1, 1), ("-0.0005", -1, -1), (".484785E-1", 1, 49), ("-.484785E-1", -1, -49),
        (".484785E-7466", 1, 1), ("-.484785E-7466", -1, -1),
        ("9.5000000001Gi", 10_200_547_329, 10_200_547_328_108), ("-9.5000000001Gi", -10_200_547_329, -10_200_547_328_108),
        ("1", 1, 1000), ("-1", -1, -1000), ("0", 0, 0),
    ])
    func valueAndMilliValue(_ input: String, _ value: Int64, _ milli: Int64) throws {
        let q = try Quantity(parsing: input)
        #expect(q.value == value)
        #expect(q.milliValue == milli)
    }

    @Test("values beyond Int64 are clamped to its range", arguments: [
        ("9223372036854775808", Int64.max, Int64.max), ("-9223372036854775809", Int64.min, Int64.min),
        ("1e19", Int64.max, Int64.max), ("-1e19", Int64.min, Int64.min), ("1e2147483647", Int64.max, Int64.max),
        ("9223372036854775807", Int64.max, Int64.max), ("9223372036854775.807", 9_223_372_036_854_776, Int64.max),
        ("9223372036854775.807k", Int64.max, Int64.max), ("-9223372036854775808", Int64.min, Int64.min),
    ])
    func clampsValues(_ input: String, _ value: Int64, _ milli: Int64) throws {
        let q = try Quantity(parsing: input)
        #expect(q.value == value)
        #expect(q.milliValue == milli)
    }

    @Test("a scaled value is clamped outside the Int64 range")
    func clampsScaledValue() {
        #expect(Quantity(scaled: 1, scale: 19).value == .max)
        #expect(Quantity(scaled: -1, scale: 19).value == .min)
        #expect(Quantity(scaled: 1, scale: 18).value == 1_000_000_000_000_000_000)
        #expect(Quantity(scaled: 1, scale: -2_000_000_000).value == 1)
        #expect(Quantity(scaled: 7, scale: 0).scaledValue(Int.max) == 1)
        #expect(Quantity(scaled: 7, scale: 0).scaledValue(Int.min) == .max)
    }
}
