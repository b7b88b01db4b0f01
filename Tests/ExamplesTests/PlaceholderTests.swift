import Testing
import KubeModels

@Test func examplesLink() { #expect(Pod.kind == "Pod") }
