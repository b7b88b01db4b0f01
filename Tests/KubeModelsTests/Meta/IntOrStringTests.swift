import Foundation
import Testing
@testable import KubeModels

/// Upstream's intstr_test.go tables and deployment util's `TestResolveFenceposts`.
@Suite("IntOrString")
struct IntOrStringTests {
    /// An IntOrString in a fixture: `{"int": n}` or `{"string": s}`, with the case's fields.
    struct IntOrPercentCase: Codable, Sendable, CustomTestStringConvertible {
        var int: Int32?
        var string: String?
        var expectError: Bool
        var expectValue: Int
        var expectPercent: Bool
        var value: IntOrString { int.map(IntOrString.int) ?? .string(string ?? "") }
        var testDescription: String { "\(value.debugLabel)" }
    }

    struct ScaledCase: Codable, Sendable, CustomTestStringConvertible {
        var int: Int32?
        var string: String?
        var total: Int
        var roundUp: Bool
        var expectError: Bool
        var expectValue: Int
        var value: IntOrString { int.map(IntOrString.int) ?? .string(string ?? "") }
        var testDescription: String { "\(value.debugLabel) of \(total) rounded \(roundUp ? "up" : "down")" }
    }

    struct ParseCase: Codable, Sendable, CustomTestStringConvertible {
        var input: String
        var int: Int32?
        var string: String?
        var testDescription: String { "\"\(input)\"" }
    }

    struct JSONCase: Codable, Sendable, CustomTestStringConvertible {
        var json: String
        var int: Int32?
        var string: String?
        var value: IntOrString { int.map(IntOrString.int) ?? .string(string ?? "") }
        var testDescription: String { json }
    }

    struct FencepostCase: Codable, Sendable, CustomTestStringConvertible {
        var maxSurge: String?
        var maxUnavailable: String?
        var desired: Int32
        var expectSurge: Int32
        var expectUnavailable: Int32
        var expectError: Bool
        var testDescription: String {
            "surge \(maxSurge ?? "nil"), unavailable \(maxUnavailable ?? "nil"), desired \(desired)"
        }
    }

    struct Table: Codable, Sendable {
        var intOrPercent: [IntOrPercentCase]
        var scaledValue: [ScaledCase]
        var legacyScaledValue: [ScaledCase]
        var parse: [ParseCase]
        var json: [JSONCase]
        var resolveFenceposts: [FencepostCase]
    }

    struct Holder: Codable, Equatable {
        var val: IntOrString
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "intorstring.json") }

    @Test("reading an int or a percentage gives upstream's value, kind and error", arguments: try load().intOrPercent)
    func intOrPercent(_ item: IntOrPercentCase) {
        do {
            let (value, isPercent) = try item.value.intOrPercent()
            #expect(!item.expectError)
            #expect(value == item.expectValue)
            #expect(isPercent == item.expectPercent)
        } catch {
            #expect(item.expectError)
        }
    }

    @Test("a scaled value is upstream's GetScaledValueFromIntOrPercent", arguments: try load().scaledValue)
    func scaledValue(_ item: ScaledCase) {
        do {
            let value = try item.value.scaledValue(total: item.total, roundUp: item.roundUp)
            #expect(!item.expectError)
            #expect(value == item.expectValue)
        } catch {
            #expect(item.expectError)
        }
    }

    @Test("a legacy scaled value is upstream's deprecated GetValueFromIntOrPercent", arguments: try load().legacyScaledValue)
    func legacyScaledValue(_ item: ScaledCase) {
        do {
            let value = try item.value.legacyScaledValue(total: item.total, roundUp: item.roundUp)
            #expect(!item.expectError)
            #expect(value == item.expectValue)
        } catch {
            #expect(item.expectError)
        }
    }

    @Test("parsing keeps integers that fit in Int32 and strings otherwise", arguments: try load().parse)
    func parse(_ item: ParseCase) {
        let expected: IntOrString = item.int.map(IntOrString.int) ?? .string(item.string ?? "")
        #expect(IntOrString.parse(item.input) == expected)
    }

    @Test("JSON decodes and encodes as upstream", arguments: try load().json)
    func json(_ item: JSONCase) throws {
        let decoded = try JSONDecoder().decode(Holder.self, from: Data(item.json.utf8))
        #expect(decoded.val == item.value)
        let encoded = try JSONEncoder().encode(Holder(val: item.value))
        #expect(String(decoding: encoded, as: UTF8.self) == item.json)
    }

    @Test("deployment fenceposts resolve as upstream", arguments: try load().resolveFenceposts)
    func fenceposts(_ item: FencepostCase) {
        do {
            let (surge, unavailable) = try IntOrString.resolveFenceposts(
                maxSurge: item.maxSurge.map(IntOrString.string), maxUnavailable: item.maxUnavailable.map(IntOrString.string),
                desired: item.desired)
            #expect(!item.expectError)
            #expect(surge == item.expectSurge)
            #expect(unavailable == item.expectUnavailable)
        } catch {
            #expect(item.expectError)
        }
    }

    @Test("integer fenceposts and rounding", arguments: [
        (IntOrString.int(1), IntOrString.int(1), Int32(2), Int32(1), Int32(1)),
        ("25%", "25%", 8, 2, 2), ("25%", "25%", 10, 3, 2), (0, 0, 3, 0, 1), (3, 2, 10, 3, 2), ("50%", "50%", 3, 2, 1),
    ])
    func integerFenceposts(_ surge: IntOrString, _ unavailable: IntOrString, _ desired: Int32, _ s: Int32, _ u: Int32) throws {
        let resolved = try IntOrString.resolveFenceposts(maxSurge: surge, maxUnavailable: unavailable, desired: desired)
        #expect(resolved.surge == s)
        #expect(resolved.unavailable == u)
    }

    @Test("errors carry upstream's messages", arguments: [
        (IntOrString.string("90"), "invalid value for IntOrString: invalid type: string is not a percentage"),
        ("30%0", "invalid value for IntOrString: invalid type: string is not a percentage"),
        ("%", "invalid value for IntOrString: invalid value \"%\": strconv.Atoi: parsing \"\": invalid syntax"),
        ("#%", "invalid value for IntOrString: invalid value \"#%\": strconv.Atoi: parsing \"#\": invalid syntax"),
        ("40%%", "invalid value for IntOrString: invalid value \"40%%\": strconv.Atoi: parsing \"40%\": invalid syntax"),
        (" 5%", "invalid value for IntOrString: invalid value \" 5%\": strconv.Atoi: parsing \" 5\": invalid syntax"),
        ("99999999999999999999%",
         "invalid value for IntOrString: invalid value \"99999999999999999999%\": strconv.Atoi: parsing \"99999999999999999999\": value out of range"),
        ("99999999999999999999x%",
         "invalid value for IntOrString: invalid value \"99999999999999999999x%\": strconv.Atoi: parsing \"99999999999999999999x\": value out of range"),
        ("\"%", "invalid value for IntOrString: invalid value \"\\\"%\": strconv.Atoi: parsing \"\\\"\": invalid syntax"),
    ])
    func errorMessages(_ value: IntOrString, _ message: String) {
        do {
            _ = try value.scaledValue(total: 10, roundUp: true)
            Issue.record("\(value) scaled")
        } catch let error as KubeModelsError {
            #expect(error.code == .invalidValue)
            #expect(error.message == message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("the legacy reading removes every percent sign and names the original")
    func legacyMessages() throws {
        #expect(try IntOrString.string("5%0%").legacyScaledValue(total: 100, roundUp: false) == 50)
        #expect(try IntOrString.string("50").legacyScaledValue(total: 10, roundUp: false) == 5)
        do {
            _ = try IntOrString.string("90#").legacyScaledValue(total: 10, roundUp: true)
            Issue.record("90# scaled")
        } catch let error as KubeModelsError {
            #expect(error.message == "invalid value for IntOrString: invalid value \"90#\": strconv.Atoi: parsing \"90#\": invalid syntax")
        }
    }

    @Test("Atoi accepts signs and rejects anything else as Go does", arguments: [
        ("+5", 5), ("-5", -5), ("007", 7), ("-0", 0), ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func atoi(_ text: String, _ value: Int) throws {
        #expect(try IntOrString.goAtoi(text).get() == value)
        #expect(IntOrString.string(text).intValue == value)
    }

    @Test("an int value is the string read as an integer, 0 or clamped when it is not one")
    func intValue() {
        #expect(IntOrString.string("abc").intValue == 0)
        #expect(IntOrString.string("99999999999999999999").intValue == .max)
        #expect(IntOrString.string("-99999999999999999999").intValue == .min)
        #expect(IntOrString.int(-7).intValue == -7)
    }

    @Test("literals, description and coding")
    func basics() throws {
        let port: IntOrString = 8080
        let name: IntOrString = "http"
        #expect(port == .int(8080))
        #expect(name == .string("http"))
        #expect(port.description == "8080")
        #expect(name.description == "http")
        let data = try JSONEncoder().encode([port, name])
        #expect(String(decoding: data, as: UTF8.self) == "[8080,\"http\"]")
        #expect(try JSONDecoder().decode([IntOrString].self, from: data) == [port, name])
    }

    @Test("anything but an int32 or a string fails to decode", arguments: [
        "{\"val\":1.5}", "{\"val\":true}", "{\"val\":null}", "{\"val\":{}}", "{\"val\":[]}", "{\"val\":2147483648}",
    ])
    func rejectsOtherJSON(_ json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Holder.self, from: Data(json.utf8)) }
    }
}

extension IntOrString {
    fileprivate var debugLabel: String {
        switch self {
        case .int(let v): return "int \(v)"
        case .string(let s): return "string \"\(s)\""
        }
    }
}
