import Testing
@testable import KubeModels

/// Property tests: a selector's description parses back to an equivalent selector (same
/// requirements, same matches) and printing is stable under re-parsing.
@Suite("Selector properties")
struct SelectorPropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let keys = ["app", "tier", "a", "in", "notin", "k8s.io/app", "x.y_z-1", "example.com/Name", "0", "Z"]
    static let values = ["", "web", "api", "1", "-1x", "0", "42", "in", "notin", "a.b_c-d", "9223372036854775807"]

    static func randomLabels(_ rng: inout SplitMix) -> [String: String] {
        var labels = [String: String]()
        for key in keys where Bool.random(using: &rng) {
            labels[key] = values.randomElement(using: &rng) ?? ""
        }
        return labels
    }

    static func randomRequirement(_ rng: inout SplitMix) -> Labels.Requirement? {
        let key = keys.randomElement(using: &rng) ?? "a"
        let op = Labels.Operator.allCases.randomElement(using: &rng) ?? .exists
        var chosen: [String]
        switch op {
        case .exists, .doesNotExist: chosen = []
        case .in, .notIn: chosen = (0..<Int.random(in: 1...3, using: &rng)).map { _ in values.randomElement(using: &rng) ?? "" }
        case .greaterThan, .lessThan: chosen = [String(Int.random(in: 0...99, using: &rng))]
        default: chosen = [values.randomElement(using: &rng) ?? ""]
        }
        return try? Labels.Requirement(key: key, operator: op, values: chosen)
    }

    /// Re-spaces selector text the way a person might type it, only where tokens already break.
    static func respaced(_ text: String, _ rng: inout SplitMix) -> String {
        var out = ""
        for character in text {
            if ",)".contains(character), Int.random(in: 0..<3, using: &rng) == 0 { out += " " }
            out.append(character)
            if ",(".contains(character), Int.random(in: 0..<3, using: &rng) == 0 { out += Bool.random(using: &rng) ? "\t" : "\n " }
        }
        return out
    }

    @Test("a label selector's description parses back to the same requirements and matches")
    func labelDescriptionRoundTrips() throws {
        var rng = SplitMix(state: 0x5E1E_C702)
        for _ in 0..<2_000 {
            var requirements = [Labels.Requirement]()
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                if let requirement = Self.randomRequirement(&rng) { requirements.append(requirement) }
            }
            let selector = Labels.Selector(requirements)
            let text = selector.description
            let reparsed = try Labels.Selector(parsing: text)
            // Parsing folds duplicate values, which a hand-built requirement may carry.
            let deduplicated = Labels.Selector(requirements.map {
                Labels.Requirement(uncheckedKey: $0.key, operator: $0.operator, values: Array(Set($0.values)))
            })
            #expect(reparsed == deduplicated, "\(text)")
            #expect(try Labels.Selector(parsing: reparsed.description) == reparsed)
            #expect(try Labels.Selector(parsing: Self.respaced(text, &rng)) == reparsed, "\(text)")
            for _ in 0..<8 {
                let labels = Self.randomLabels(&rng)
                #expect(reparsed.matches(labels) == selector.matches(labels), "\(text) on \(labels)")
            }
        }
    }

    @Test("parsing is idempotent on its own output")
    func labelParseIsStable() throws {
        var rng = SplitMix(state: 42)
        let pieces = ["a", "b", "x in (a,,b)", "!c", "d=", "e!=f", "g notin ()", "h>1", "i<2", "j==k", "in", "x in (in,notin)"]
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 1...4, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "a" }
                .joined(separator: Bool.random(using: &rng) ? "," : " , ")
            let once = try Labels.Selector(parsing: text)
            let twice = try Labels.Selector(parsing: once.description)
            #expect(twice == once, "\(text)")
            #expect(twice.description == once.description)
        }
    }

    static let fieldNames = ["metadata.name", "metadata.namespace", "spec.nodeName", "status.phase", "x", ""]
    static let fieldValues = ["", "a", "node-1", "a,b", "a=b", "\\", "\\,", "x==y", "!=", "함=수", " spaced "]

    @Test("a field selector's description parses back to an equivalent selector")
    func fieldDescriptionRoundTrips() throws {
        var rng = SplitMix(state: 7)
        for _ in 0..<2_000 {
            let requirements = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                Fields.Requirement(
                    field: Self.fieldNames.randomElement(using: &rng) ?? "x",
                    operator: Bool.random(using: &rng) ? .equals : .notEquals,
                    value: Self.fieldValues.randomElement(using: &rng) ?? "")
            }
            let selector = Fields.Selector(requirements)
            let reparsed = try Fields.Selector(parsing: selector.description)
            #expect(try Fields.Selector(parsing: reparsed.description) == reparsed)
            #expect(Set(reparsed.requirements) == Set(requirements))
            for _ in 0..<8 {
                var fields = [String: String]()
                for name in Self.fieldNames where Bool.random(using: &rng) {
                    fields[name] = Self.fieldValues.randomElement(using: &rng) ?? ""
                }
                #expect(reparsed.matches(fields) == selector.matches(fields), "\(selector) on \(fields)")
            }
        }
    }

    @Test("escaping then unescaping any value gives it back")
    func escapingRoundTrips() throws {
        var rng = SplitMix(state: 99)
        let alphabet = Array("ab\\,=!é 함")
        for _ in 0..<2_000 {
            let value = String((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" })
            #expect(try Fields.unescapeValue(Fields.escapeValue(value)) == value)
        }
    }
}
