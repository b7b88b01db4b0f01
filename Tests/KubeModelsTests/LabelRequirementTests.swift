import Testing
@testable import KubeModels

/// Upstream's `TestRequirementConstructor`, `TestToString`, `TestAdd`, `TestRequiresExactMatch`,
/// `metav1.TestLabelSelectorAsSelector`, and the `labels.Set` helpers' tests (`TestSetString`,
/// `TestLabelConflict`, `TestLabelMerge`, `TestLabelSelectorParse`).
@Suite("Label requirements and label maps")
struct LabelRequirementTests {
    struct RequirementTable: Codable, Sendable {
        struct Constructor: Codable, Sendable, CustomTestStringConvertible {
            var key: String, `operator`: String, values: [String], error: String?
            var testDescription: String { "\(key.prefix(20)) \(`operator`) \(values.map { $0.prefix(20) })" }
        }
        struct ToString: Codable, Sendable, CustomTestStringConvertible {
            var requirements: [RequirementSpec], description: String
            var testDescription: String { description }
        }
        struct ExactMatch: Codable, Sendable, CustomTestStringConvertible {
            var requirements: [RequirementSpec], label: String, value: String?
            var testDescription: String { "\(requirements) for \(label)" }
        }
        struct Add: Codable, Sendable, CustomTestStringConvertible {
            var selector: [RequirementSpec], requirement: RequirementSpec, expected: [RequirementSpec]
            var testDescription: String { "\(selector) plus \(requirement)" }
        }
        var constructor: [Constructor]
        var toString: [ToString]
        var requiresExactMatch: [ExactMatch]
        var add: [Add]
    }

    static func table() throws -> RequirementTable { try Fixtures.decode(RequirementTable.self, "labels-requirements.json") }

    @Test("a requirement is validated with upstream's aggregated field errors", arguments: try table().constructor)
    func constructs(_ item: RequirementTable.Constructor) {
        let spec = RequirementSpec(key: item.key, operator: item.operator, values: item.values)
        do {
            let requirement = try spec.make()
            #expect(item.error == nil, "built \(requirement)")
            #expect(requirement.key == item.key && requirement.operator.rawValue == item.operator)
        } catch let error as KubeModelsError {
            #expect(error.code == .invalidSelector)
            #expect(error.message == item.error)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("the typed initializer validates like upstream's NewRequirement")
    func typedInitializerValidates() throws {
        let requirement = try Labels.Requirement(key: "tier", operator: .in, values: ["web", "api"])
        #expect(requirement.values == ["api", "web"])
        #expect(requirement.description == "tier in (api,web)")
        #expect(throws: KubeModelsError.self) { try Labels.Requirement(key: "tier", operator: .in) }
        #expect(Labels.Operator.allCases.map(\.rawValue) == ["!", "=", "==", "in", "!=", "notin", "exists", "gt", "lt"])
    }

    @Test("requirements print as upstream's String()", arguments: try table().toString)
    func prints(_ item: RequirementTable.ToString) throws {
        let selector = Labels.Selector(try item.requirements.map { try $0.make() })
        #expect(selector.description == item.description)
    }

    @Test("an exact match is found only through =, == or a one-value in", arguments: try table().requiresExactMatch)
    func findsExactMatch(_ item: RequirementTable.ExactMatch) throws {
        let selector = Labels.Selector(try item.requirements.map { try $0.make() })
        #expect(selector.requiresExactMatch(item.label) == item.value)
    }

    @Test("adding a requirement keeps requirements sorted by key", arguments: try table().add)
    func adds(_ item: RequirementTable.Add) throws {
        let selector = Labels.Selector(try item.selector.map { try $0.make() })
        let added = selector.adding(try item.requirement.make())
        #expect(added.requirements == (try item.expected.map { try $0.make() }))
    }

    // MARK: - LabelSelector

    struct Conversion: Codable, Sendable, CustomTestStringConvertible {
        var name: String
        var selector: LabelSelector?
        var description: String?
        var error: String?
        var matchesNothing: Bool?
        var testDescription: String { name }
    }

    static func conversions() throws -> [Conversion] { try Fixtures.decode([Conversion].self, "labels-label-selector.json") }

    @Test("a LabelSelector converts as upstream's LabelSelectorAsSelector", arguments: try conversions())
    func converts(_ item: Conversion) {
        do {
            let selector = try Labels.Selector.from(item.selector)
            #expect(item.error == nil)
            #expect(selector.description == item.description)
            #expect(selector.matchesNothing == (item.matchesNothing ?? false))
            if let labelSelector = item.selector { #expect(try Labels.Selector(labelSelector) == selector) }
        } catch let error as KubeModelsError {
            #expect(error.code == .invalidSelector)
            #expect(error.message == item.error)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a converted selector matches as the equivalent parsed one")
    func convertedSelectorMatches() throws {
        let selector = try Labels.Selector(LabelSelector(
            matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "NotIn", values: ["db"])],
            matchLabels: ["app": "web"]))
        #expect(selector == (try Labels.Selector(parsing: "app=web,tier notin (db)")))
        #expect(selector.matches(["app": "web"]))
        #expect(!selector.matches(["app": "web", "tier": "db"]))
        #expect(Labels.Selector.nothing == (try Labels.Selector.from(nil)))
    }

    // MARK: - Label maps

    struct SetTable: Codable, Sendable {
        struct ParseMap: Codable, Sendable, CustomTestStringConvertible {
            var input: String
            var labels: [String: String]?
            var error: String?
            var testDescription: String { "\"\(input)\"" }
        }
        var formatted: [[JSONCell]]
        var conflicts: [[JSONCell]]
        var merge: [[JSONCell]]
        var parseMap: [ParseMap]
    }

    /// A table cell: a label map, a string, or a boolean.
    enum JSONCell: Codable, Sendable {
        case map([String: String]), text(String), flag(Bool)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .flag(flag) }
            else if let text = try? container.decode(String.self) { self = .text(text) }
            else { self = .map(try container.decode([String: String].self)) }
        }
        func encode(to encoder: any Encoder) throws {}
        var map: [String: String] { if case .map(let m) = self { return m } else { return [:] } }
        var text: String { if case .text(let t) = self { return t } else { return "" } }
        var flag: Bool { if case .flag(let f) = self { return f } else { return false } }
    }

    static func setTable() throws -> SetTable { try Fixtures.decode(SetTable.self, "labels-set.json") }

    @Test("label maps format, conflict and merge as upstream's labels.Set")
    func labelMaps() throws {
        let table = try Self.setTable()
        for row in table.formatted {
            #expect(Labels.formatted(row[0].map) == row[1].text)
        }
        #expect(Labels.formattedOrNone([:]) == "<none>")
        for row in table.conflicts {
            #expect(Labels.conflict(row[0].map, row[1].map) == row[2].flag, "\(row[0].map) \(row[1].map)")
        }
        for row in table.merge {
            #expect(Labels.merged(row[0].map, row[1].map) == row[2].map)
        }
        #expect(Labels.areAllowed(["a": "1"], by: [:]))
        #expect(Labels.areAllowed(["a": "1"], by: ["a": "1", "b": "2"]))
        #expect(!Labels.areAllowed(["a": "1"], by: ["a": "2"]))
    }

    @Test("a plain label string reads as upstream's ConvertSelectorToLabelsMap", arguments: try setTable().parseMap)
    func parsesMap(_ item: SetTable.ParseMap) {
        do {
            let labels = try Labels.parseMap(item.input)
            #expect(item.error == nil)
            #expect(labels == item.labels)
        } catch let error as KubeModelsError {
            #expect(error.message == item.error)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
