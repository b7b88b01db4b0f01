import Testing
@testable import KubeModels

/// Upstream's `TestQuantityCmp`, `TestQuantityCmpInt64AndDec`, `TestQuantityRoundUp`, `TestAdd`,
/// `TestSub`, `TestMul`, `TestNeg`, `TestQuantityNeg` and the zero-preserves-suffix tests.
@Suite("Quantity arithmetic")
struct QuantityArithmeticTests {
    struct RoundUpCase: Codable, Sendable, CustomTestStringConvertible {
        var input: String
        var scale: Int
        var expect: QuantitySpec
        var exact: Bool
        var testDescription: String { "\"\(input)\" rounded up to 10^\(scale)" }
    }

    struct ParsedCompareCase: Codable, Sendable, CustomTestStringConvertible {
        var x, y: String
        var expect: Int
        var testDescription: String { "\"\(x)\" against \"\(y)\"" }
    }

    struct CompareCase: Codable, Sendable, CustomTestStringConvertible {
        var x, y: QuantitySpec
        var expect: Int
        var testDescription: String { "\(x) against \(y)" }
    }

    struct CompareTable: Codable, Sendable {
        var roundUp: [RoundUpCase]
        var compareParsed: [ParsedCompareCase]
        var compare: [CompareCase]
    }

    struct BinaryCase: Codable, Sendable, CustomTestStringConvertible {
        var a, b, expect: QuantitySpec
        var testDescription: String { "\(a) with \(b)" }
    }

    struct MultiplyCase: Codable, Sendable, CustomTestStringConvertible {
        var a: QuantitySpec
        var factor: Int64
        var expect: QuantitySpec
        var fits: Bool
        var testDescription: String { "\(a) times \(factor)" }
    }

    struct NegateCase: Codable, Sendable, CustomTestStringConvertible {
        var a, expect: QuantitySpec
        var testDescription: String { "negating \(a)" }
    }

    struct NegateStringCase: Codable, Sendable, CustomTestStringConvertible {
        var a: QuantitySpec
        var expect: String
        var testDescription: String { "negating \(a)" }
    }

    struct ArithmeticTable: Codable, Sendable {
        var add, subtract: [BinaryCase]
        var multiply: [MultiplyCase]
        var negate: [NegateCase]
        var negateString: [NegateStringCase]
        var zeroPreservesSuffix: [String]
    }

    static func compareTable() throws -> CompareTable { try Fixtures.decode(CompareTable.self, "quantity-compare.json") }
    static func arithmeticTable() throws -> ArithmeticTable {
        try Fixtures.decode(ArithmeticTable.self, "quantity-arithmetic.json")
    }

    @Test("rounding up to a scale gives upstream's value and exactness", arguments: try compareTable().roundUp)
    func roundsUp(_ item: RoundUpCase) throws {
        var q = try Quantity(parsing: item.input)
        #expect(q.roundUp(toScale: item.scale) == item.exact)
        #expect(q == item.expect.quantity, "got \(q.debugAmount)")
    }

    @Test("parsed quantities compare by value", arguments: try compareTable().compareParsed)
    func comparesParsed(_ item: ParsedCompareCase) throws {
        let x = try Quantity(parsing: item.x), y = try Quantity(parsing: item.y)
        #expect(x.compare(to: y) == item.expect)
        #expect((x < y) == (item.expect < 0))
    }

    @Test("quantities compare by value in both directions", arguments: try compareTable().compare)
    func compares(_ item: CompareCase) {
        let x = item.x.quantity, y = item.y.quantity
        #expect(x.compare(to: y) == item.expect)
        #expect(y.compare(to: x) == -item.expect)
        #expect((x == y) == (item.expect == 0))
        if item.expect == 0 { #expect(x.hashValue == y.hashValue) }
    }

    @Test("adding gives upstream's value and the receiver's format", arguments: try arithmeticTable().add)
    func adds(_ item: BinaryCase) {
        let sum = item.a.quantity + item.b.quantity
        #expect(sum == item.expect.quantity)
        #expect(sum.format == item.expect.format)
        var inPlace = item.a.quantity
        inPlace += item.b.quantity
        #expect(inPlace == item.expect.quantity)
    }

    @Test("subtracting gives upstream's value and the receiver's format", arguments: try arithmeticTable().subtract)
    func subtracts(_ item: BinaryCase) {
        let difference = item.a.quantity - item.b.quantity
        #expect(difference == item.expect.quantity)
        #expect(difference.format == item.expect.format)
        var inPlace = item.a.quantity
        inPlace -= item.b.quantity
        #expect(inPlace == item.expect.quantity)
    }

    @Test("multiplying gives upstream's value and fit", arguments: try arithmeticTable().multiply)
    func multiplies(_ item: MultiplyCase) {
        var q = item.a.quantity
        #expect(q.multiply(by: item.factor) == item.fits)
        #expect(q == item.expect.quantity, "got \(q.debugAmount)")
        #expect(item.a.quantity.multiplied(by: item.factor) == item.expect.quantity)
    }

    @Test("negating flips the sign and keeps the format", arguments: try arithmeticTable().negate)
    func negates(_ item: NegateCase) {
        let negated = -item.a.quantity
        #expect(negated == item.expect.quantity)
        #expect(negated.format == item.expect.format)
    }

    @Test("a negated quantity is written as upstream writes it", arguments: try arithmeticTable().negateString)
    func negatesString(_ item: NegateStringCase) {
        let negated = -item.a.quantity
        #expect(negated.description == item.expect)
        #expect(negated != item.a.quantity)
    }

    @Test("adding or subtracting zero keeps the suffix", arguments: try arithmeticTable().zeroPreservesSuffix)
    func zeroKeepsSuffix(_ text: String) throws {
        let value = try Quantity(parsing: text), zero = try Quantity(parsing: "0")
        #expect((value + zero).description == text)
        #expect((zero + value).description == text)
        #expect((value - zero).description == text)
        #expect((zero - value).description == (-value).description)
    }

    @Test("the most negative mantissa negates and subtracts without wrapping")
    func mostNegative() throws {
        let two63 = try Quantity(parsing: "92233720368547758080e-1")
        let minimum = Quantity(Int64.min, format: .decimalSI)
        #expect((-minimum) == two63)
        #expect((-minimum).description == "9223372036854775808")
        #expect((Quantity.zero - minimum) == two63)
        #expect((Quantity(1, format: .decimalSI) - minimum).description == "9223372036854775809")
        #expect((Quantity(10, format: .decimalSI) - minimum).description == "9223372036854775818")
        #expect((-Quantity(milli: Int64.min, format: .decimalSI)).description == "9223372036854775808m")
        #expect((Quantity.zero - Quantity(Int64.min, format: .binarySI)).description == "8Ei")
        #expect(-(-minimum) == minimum)
    }

    @Test("adding then subtracting many random amounts at one scale cancels", arguments: -10...10)
    func addSubRoundTrip(_ scale: Int) {
        var generator = QuantityTestGenerator(seed: UInt64(scale + 100))
        var q = Quantity(0, format: .decimalSI)
        var order: [Int64] = []
        for _ in 0..<100 {
            let j = Int64(bitPattern: generator.next() >> 1)
            order.append(j)
            q += Quantity(scaled: j, scale: scale)
        }
        for j in order { q -= Quantity(scaled: j, scale: scale) }
        #expect(q.isZero, "left \(q)")
    }

    @Test("adding then subtracting many random amounts across scales cancels")
    func addSubRoundTripAcrossScales() {
        var generator = QuantityTestGenerator(seed: 7)
        var q = Quantity(0, format: .decimalSI)
        var order: [Int64] = []
        for _ in 0..<100 {
            let j = Int64(bitPattern: generator.next() >> 1)
            order.append(j)
            q += Quantity(scaled: j, scale: Int(j % 20 - 10))
        }
        for j in order { q -= Quantity(scaled: j, scale: Int(j % 20 - 10)) }
        #expect(q.isZero, "left \(q)")
    }

    @Test("double negation cancels", arguments: -10...10)
    func negateRoundTrip(_ scale: Int) {
        var generator = QuantityTestGenerator(seed: UInt64(scale + 1000))
        for _ in 0..<100 {
            let q = Quantity(scaled: Int64(bitPattern: generator.next() >> 1), scale: scale)
            #expect(-(-q) == q)
        }
    }
}

/// A small deterministic generator for repeatable random tests.
struct QuantityTestGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
