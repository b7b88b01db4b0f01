import Testing
@testable import KubeModels

/// Go's `fmt` renderings reproduced for upstream's error texts and sort keys.
@Suite("Go formatting")
struct GoFormatTests {
    @Test("floats print as Go's %v", arguments: [
        (1.0, "1"), (1.5, "1.5"), (100000.0, "100000"), (1000000.0, "1e+06"), (1234567.0, "1.234567e+06"),
        (0.0001, "0.0001"), (0.00001, "1e-05"), (-2.5, "-2.5"), (1e21, "1e+21"), (3.4028234663852886e+38, "3.4028234663852886e+38"),
    ])
    func floats(_ value: Double, _ text: String) {
        #expect(GoFormat.float(value) == text)
    }

    @Test("maps print with sorted keys and lists with spaces")
    func containers() {
        let value: JSONValue = ["b": [1, "x", nil], "a": ["c": true]]
        #expect(GoFormat.v(value) == "map[a:map[c:true] b:[1 x <nil>]]")
        #expect(GoFormat.s(.int(1)) == "%!s(int64=1)")
        #expect(GoFormat.typeName(.array([])) == "[]interface {}")
    }
}
