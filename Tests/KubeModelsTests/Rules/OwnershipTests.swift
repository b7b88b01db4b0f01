import Foundation
import Testing
@testable import KubeModels

/// Owner references and finalizers (apimachinery's `metav1` helpers and controller-runtime's
/// `controllerutil`).
@Suite("Owner references and finalizers")
struct OwnershipTests {
    static func deployment(_ name: String, uid: String) -> Deployment {
        var deployment = Deployment(name: name, namespace: "ns")
        deployment.metadata.uid = uid
        return deployment
    }

    @Test("an owner reference names the owner's kind, name and UID")
    func reference() {
        let reference = Self.deployment("web", uid: "u1").ownerReference(controller: true)
        #expect(reference == OwnerReference(apiVersion: "apps/v1", blockOwnerDeletion: true, controller: true,
                                            kind: "Deployment", name: "web", uid: "u1"))
        #expect(Self.deployment("web", uid: "u1").ownerReference(controller: false).controller == false)
    }

    @Test("ownedBy sets the controller reference once, replacing a reference to the same owner")
    func ownedBy() {
        let owner = Self.deployment("web", uid: "u1")
        let page = ConfigMap(name: "page", namespace: "ns").ownedBy(owner).ownedBy(owner)
        #expect(page.metadata.ownerReferences.count == 1)
        #expect(page.isOwned(by: owner))
        #expect(page.isControlled(by: owner))
        #expect(page.controllerReference?.name == "web")
        #expect(!page.isOwned(by: Self.deployment("other", uid: "u2")))
    }

    @Test("a second owner does not take over control")
    func secondOwner() throws {
        let first = Self.deployment("a", uid: "u1"), second = Self.deployment("b", uid: "u2")
        let page = ConfigMap(name: "page", namespace: "ns").ownedBy(first).ownedBy(second)
        #expect(page.metadata.ownerReferences.count == 2)
        #expect(page.isControlled(by: first))
        #expect(!page.isControlled(by: second))
        #expect(page.isOwned(by: second))
        #expect(throws: KubeModelsError.self) { try page.settingControllerReference(to: second) }
        #expect(try page.settingControllerReference(to: first).metadata.ownerReferences.count == 2)
        #expect(page.validate().isEmpty)
    }

    @Test("references match by name before the owner has a UID")
    func beforeCreation() {
        let owner = Deployment(name: "web", namespace: "ns")
        let page = ConfigMap(name: "page", namespace: "ns").ownedBy(owner)
        #expect(page.isControlled(by: owner))
        #expect(!page.isControlled(by: Deployment(name: "api", namespace: "ns")))
    }

    @Test("finalizers are added once and removed")
    func finalizers() {
        var config = ConfigMap(name: "c", namespace: "ns")
        let changed1 = config.addFinalizer("example.com/cleanup")
        #expect(changed1)
        let changed2 = config.addFinalizer("example.com/cleanup")
        #expect(!changed2)
        #expect(config.hasFinalizer("example.com/cleanup"))
        #expect(config.metadata.finalizers == ["example.com/cleanup"])
        let changed3 = config.removeFinalizer("example.com/cleanup")
        #expect(changed3)
        let changed4 = config.removeFinalizer("example.com/cleanup")
        #expect(!changed4)
        #expect(!config.isBeingDeleted)
        config.metadata.deletionTimestamp = Time(secondsSince1970: 1)
        #expect(config.isBeingDeleted)
    }
}
