import Testing
@testable import KubeModels
import KubeTesting

/// Strategic merge patch over real kinds, with the metadata generated from the official schema.
@Suite("Built-in patch schema")
struct BuiltInPatchSchemaTests {
    func podJSON() throws -> JSONValue { try JSONValue(parsing: KubeJSON.encode(SampleObjects.scheduledPod(index: 1))) }

    @Test("containers merge by name, ports by containerPort, env by name; tolerations are replaced")
    func podMerges() throws {
        let schema = try #require(BuiltInPatchSchema(for: Pod.self))
        let patch: JSONValue = [
            "spec": [
                "containers": [["name": "web", "image": "web:2", "env": [["name": "EXTRA", "value": "1"]],
                                "ports": [["containerPort": 8443, "name": "https"]]]],
                "tolerations": [["key": "dedicated", "operator": "Exists"]],
            ],
            "metadata": ["finalizers": ["example.com/cleanup"]],
        ]
        let patched = try StrategicMergePatch.apply(patch, to: podJSON(), schema: schema)
        let pod = try KubeJSON.decode(Pod.self, from: patched.jsonBytes)
        #expect(pod.spec.containers.map(\.name) == ["web", "proxy"])
        let web = pod.spec.containers[0]
        #expect(web.image == "web:2")
        #expect(web.env.map(\.name) == ["EXTRA", "WEB_MODE", "WEB_LOG_LEVEL", "POD_NAME", "POD_IP"])  // patch items first, as upstream orders them
        #expect(Set(web.ports.map(\.containerPort)) == [8080, 9102, 8443])
        #expect(pod.spec.tolerations == [Toleration(key: "dedicated", operator: "Exists")])
        #expect(pod.metadata.finalizers == ["example.com/cleanup"])
        #expect(pod.spec.containers[1] == SampleObjects.scheduledPod(index: 1).spec.containers[1])
    }

    @Test("$patch: delete removes one container; a created two-way patch reproduces the change")
    func deleteAndCreate() throws {
        let schema = try #require(BuiltInPatchSchema(kind: "Pod"))
        let original = try podJSON()
        let patched = try StrategicMergePatch.apply(
            ["spec": ["containers": [["name": "proxy", "$patch": "delete"]]]], to: original, schema: schema)
        #expect(try KubeJSON.decode(Pod.self, from: patched.jsonBytes).spec.containers.map(\.name) == ["web"])
        let created = try StrategicMergePatch.create(from: original, to: patched, schema: schema)
        #expect(try StrategicMergePatch.apply(created, to: original, schema: schema) == patched)
    }

    @Test("maps of objects and nested kinds resolve through the generated table")
    func nestedTypes() throws {
        let schema = try #require(BuiltInPatchSchema(kind: "Deployment"))
        let template = try #require(schema.field("spec")?.schema?.field("template")?.schema)
        let containers = try #require(template.field("spec")?.schema?.field("containers"))
        #expect(containers.mergeKey == "name")
        #expect(containers.strategy.contains(.merge))
        #expect(BuiltInPatchSchema(kind: "StaticSite") == nil)
        let volumes = try #require(BuiltInPatchSchema(kind: "Pod")?.field("spec")?.schema?.field("volumes"))
        #expect(volumes.strategy == [.merge, .retainKeys])
    }
}
