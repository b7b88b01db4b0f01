import KubeModels
import KubeStore

/// The `KubeTesting` module: test clock, conformance kit and fault injection arrive with the store issue.
public enum KubeTestingModule {
    /// The module's name.
    public static let name = "KubeTesting"
}
