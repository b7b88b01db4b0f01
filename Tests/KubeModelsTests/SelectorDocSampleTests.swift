import Testing
@testable import KubeModels

/// The samples in the selector documentation comments, kept compiling and true.
@Suite("Selector documentation samples")
struct SelectorDocSampleTests {
    @Test("the Labels samples hold")
    func labelSamples() throws {
        let selector = try Labels.Selector(parsing: "app=web,tier in (a,b),!legacy")
        #expect(selector.matches(["app": "web", "tier": "a"]))
        #expect(Labels.formatted(["b": "2", "a": "1"]) == "a=1,b=2")

        let tier = try Labels.Requirement(key: "tier", operator: .in, values: ["web", "api"])
        #expect(tier.matches(["tier": "api"]))
        #expect(tier.description == "tier in (api,web)")

        let spaced = try Labels.Selector(parsing: "app=web, tier in (b,a), !legacy")
        #expect(spaced.description == "app=web,!legacy,tier in (a,b)")
        #expect(spaced.matches(["app": "web", "tier": "a"]))

        let converted = try Labels.Selector(LabelSelector(
            matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "In", values: ["a", "b"])],
            matchLabels: ["app": "web"]))
        #expect(converted.description == "app=web,tier in (a,b)")
    }

    @Test("the Fields samples hold")
    func fieldSamples() throws {
        let selector = try Fields.Selector(parsing: "spec.nodeName=node-1,status.phase!=Succeeded")
        #expect(selector.matches(["spec.nodeName": "node-1", "status.phase": "Running"]))
        #expect(selector.requiresExactMatch("spec.nodeName") == "node-1")

        let escaped = try Fields.Selector(parsing: "metadata.name=web\\,1,spec.nodeName!=")
        #expect(escaped.description == "metadata.name=web\\,1,spec.nodeName!=")
    }
}
