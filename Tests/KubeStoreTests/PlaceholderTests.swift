import Testing
import KubeStore

@Test func storeModuleLinks() { #expect(KubeStoreModule.name == "KubeStore") }
