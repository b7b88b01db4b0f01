import Foundation
import Testing
@testable import KubeModels

/// Defaulting and validation over the shared corpus of real manifests from the Kubernetes
/// documentation: the API server accepts all but two of them, and so must `validate()`.
@Suite("Corpus defaulting and validation")
struct CorpusRulesTests {
    static let problematicLimitRange = "content__en__examples__concepts__policy__limit-range__problematic-limit-range.0.json"
    static let podFailurePolicyJob = "content__en__examples__controllers__job-pod-failure-policy-example.0.json"

    /// The typed objects of a corpus document, each given the `default` namespace when its kind is
    /// namespaced and it has none (the API server takes it from the request).
    static func resources(_ name: String) throws -> [any KubeResource] {
        try Scheme.default.decodeAll(Corpus.document(name)).compactMap { object -> (any KubeResource)? in
            guard var resource = object as? any KubeResource else { return nil }
            if type(of: resource).isNamespaced && resource.metadata.namespace.isEmpty { resource.metadata.namespace = "default" }
            return resource
        }
    }

    @Test("the LimitRange item without a type is rejected at spec.limits[0].type, defaulted or not")
    func problematicLimitRange() throws {
        let limitRange = try #require(Self.resources(Self.problematicLimitRange).first)
        let expected = [
            "spec.limits[0].type: Invalid value: \"\": name part must be non-empty",
            "spec.limits[0].type: Invalid value: \"\": name part must consist of alphanumeric characters, '-', '_' or '.', "
                + "and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
                + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        ]
        #expect(ResourceSupport.errors(limitRange) == expected)
        #expect(ResourceSupport.errors(ResourceSupport.defaulted(limitRange)) == expected)
    }

    @Test("the pod failure policy pattern without a status is rejected until defaulting fills in True")
    func podFailurePolicyStatus() throws {
        let job = try #require(Self.resources(Self.podFailurePolicyJob).first)
        let errors = ResourceSupport.errors(job)
        #expect(errors.contains(
            "spec.podFailurePolicy.rules[1].onPodConditions[0].status: Required value: valid values: [\"False\" \"True\" \"Unknown\"]"))
        // The API server defaults the status to True before validating, and then accepts the Job.
        #expect(ResourceSupport.errors(ResourceSupport.defaulted(job)) == [])
    }

    @Test("every other corpus object is accepted once defaulted")
    func everythingElseIsValid() throws {
        var checked = 0
        var failures: [String] = []
        for (name, bytes) in try Corpus.documents() where name != Self.problematicLimitRange {
            guard let objects = try? Scheme.default.decodeAll(bytes) else { continue }  // the placeholder TLS secret
            for object in objects {
                guard var resource = object as? any KubeResource else { continue }  // the autoscaling/v1 HPA
                if type(of: resource).isNamespaced && resource.metadata.namespace.isEmpty { resource.metadata.namespace = "default" }
                // The ServiceAccount admission plugin gives pods the namespace's default account
                // before validation (a projected token needs one).
                if var pod = resource as? Pod, (pod.spec.serviceAccountName ?? "").isEmpty {
                    pod.spec.serviceAccountName = "default"
                    resource = pod
                }
                checked += 1
                let errors = ResourceSupport.errors(ResourceSupport.defaulted(resource))
                if !errors.isEmpty { failures.append("\(name): \(errors)") }
            }
        }
        #expect(checked > 150)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
