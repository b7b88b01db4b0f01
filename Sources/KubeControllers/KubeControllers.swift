import KubeModels
import KubeStore

/// The `KubeControllers` module: see DESIGN.md. Its capability arrives with its own issue; the module exists
/// now so the package layout and the umbrella product are stable for users.
public enum KubeControllersModule {
    /// The module's name.
    public static let name = "KubeControllers"
}
