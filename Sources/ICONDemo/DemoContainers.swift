import Foundation
import ICONRuntime

/// Where the demo's workload runs when it runs in containers: the engine and the image.
public struct DemoContainers: Sendable {
  /// The engine.
  public var engine: ContainerEngine
  /// The workload's image.
  public var image: String

  /// The demo workload's image at `engine`.
  public init(engine: ContainerEngine, image: String = "localhost/icon-demo-workload:latest") {
    self.engine = engine
    self.image = image
  }

  /// Fails, saying how to fix it, unless the engine answers and has the image.
  func check() async throws {
    do {
      _ = try await engine.version()
    } catch {
      throw RuntimeFailure(
        """
        --driver engine: no container engine answers at \(engine.address).
        Start one and build the demo's image, for example:
            scripts/podman-service.sh start /tmp/icon-engine    # prints unix:///tmp/icon-engine/engine.sock
            ICON_ENGINE=unix:///tmp/icon-engine/engine.sock scripts/build-demo-image.sh
            swift run icon demo --driver engine --engine unix:///tmp/icon-engine/engine.sock
        or name a running Docker with --engine unix:///var/run/docker.sock.
        """)
    }
    guard try await engine.hasImage(image) else {
      throw RuntimeFailure(
        """
        --driver engine: the engine at \(engine.address) has no image \(image). Build it with
            ICON_ENGINE=\(engine.address) scripts/build-demo-image.sh
        """)
    }
  }
}
