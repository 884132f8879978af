import Foundation
import NetworkMap

/// Paths into the repository for tests: the package root, `networks/`, and a fresh scratch folder.
public enum Repository {
    /// The package root, found from this source file's location.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `networks/NAME`.
    public static func network(_ name: String) -> URL {
        root.appendingPathComponent("networks").appendingPathComponent(name)
    }

    /// A new empty temporary folder, unique per call.
    public static func scratchFolder(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("network-map-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
