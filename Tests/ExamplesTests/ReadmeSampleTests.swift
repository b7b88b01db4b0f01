import Foundation
import KubeModels
import Testing

/// The README's code samples, compiled and run.
@Suite("README samples")
struct ReadmeSampleTests {
    @Test("the models sample builds a valid Deployment that round-trips through the scheme")
    func modelsSample() throws {
        var deployment = Deployment(name: "web", namespace: "default")
        deployment.spec.replicas = 3
        deployment.spec.selector = LabelSelector(matchLabels: ["app": "web"])
        deployment.spec.template.metadata.labels = ["app": "web"]
        deployment.spec.template.spec = PodSpec(containers: [
            Container(image: "nginx:1.27", name: "web",
                      resources: ResourceRequirements(requests: ["cpu": .cpu(millis: 250), "memory": try Quantity(parsing: "128Mi")])),
        ])
        let errors = deployment.defaulted().validate()
        #expect(errors.isEmpty, "\(errors)")
        let bytes = try KubeJSON.encode(deployment)
        let decoded = try Scheme.default.decodeAll(bytes)
        #expect(decoded.count == 1)
        #expect(decoded.first as? Deployment == deployment)
        #expect(try Scheme.default.decode(Deployment.self, from: bytes) == deployment)
        #expect(throws: KubeModelsError.self) { try Scheme.default.decode(Pod.self, from: bytes) }
    }
}
