import Testing
@testable import KubeModels

/// Bad input: each rejected string with the precise upstream reason.
@Suite("Quantity parse errors")
struct QuantityErrorTests {
    static let formatWrong =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    static let numeric = "unable to parse numeric part of quantity"
    static let suffix = "unable to parse quantity's suffix"

    @Test("a malformed string is rejected with upstream's reason", arguments: [
        ("", formatWrong), ("1.1.1", formatWrong), ("1Qi", formatWrong), (" 1", formatWrong), ("1 ", formatWrong),
        ("1.1.M", formatWrong), ("1+1.0M", formatWrong), ("aoeu", formatWrong), ("-3.01e-", suffix),
        ("1e3k", formatWrong), ("1e", suffix), ("1e+", suffix), ("1K", suffix), ("1Mm", suffix), ("0.1mi", suffix),
        ("0.1am", formatWrong), (".5i", suffix), ("1i", suffix), ("-3.01i", suffix), ("--1", suffix), ("1ei", suffix),
        ("1e9223372036854775808", suffix), ("1e-9223372036854775809", suffix),
        ("1e2147483648", suffix), ("1e-2147483648", suffix), ("1e4294967297", suffix), ("1e9223372036854775807", suffix),
        (".e-10", numeric), ("-.e-10", numeric), ("+.n1", suffix), ("+.n1x", formatWrong), ("1.5Ki ", formatWrong), ("１", formatWrong),
    ])
    func rejects(_ input: String, _ reason: String) {
        do {
            _ = try Quantity(parsing: input)
            Issue.record("\"\(input)\" parsed")
        } catch let error as KubeModelsError {
            #expect(error.code == .invalidQuantity)
            #expect(error.message == "cannot parse '\(input)': \(reason)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("exponents within the int32 range are accepted", arguments: [
        ("1e2147483647", "10e2147483646"), ("1e-2147483647", "1e-9"), ("1E+9", "1E+9"), ("5e-1", "500e-3"),
        ("1e-0", "1e-0"), (".", "0"), ("-", "0"), ("+", "0"),
    ])
    func acceptsExponents(_ input: String, _ expect: String) throws {
        #expect(try Quantity(parsing: input).description == expect)
    }

    @Test("a 19-digit number beyond Int64 parses exactly rather than failing")
    func nineteenDigits() throws {
        let q = try Quantity(parsing: "9223372036854775808")
        #expect(q.description == "9223372036854775808")
        #expect(q == -Quantity(Int64.min, format: .decimalSI))
        #expect(try Quantity(parsing: "9999999999999999999").description == "9999999999999999999")
        #expect(try Quantity(parsing: "922337203685477580.8").description == "922337203685477580800m")
    }

    @Test("binary quantities are capped at Int64.max as upstream")
    func binaryCap() throws {
        #expect(try Quantity(parsing: "8Ei").value == .max)
        #expect(try Quantity(parsing: "-9Ei").value == -Int64.max)
        #expect(try Quantity(parsing: "100000000000000000000000Ki").description == "9223372036854775807")
    }
}
