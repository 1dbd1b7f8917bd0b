import Foundation
import ICONRuntime
import ICONTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A real headless Chromium (Debian's `chromium`) showing one page, driven over the DevTools protocol:
/// a WebSocket on loopback to the page's target, spoken with hand-made frames. One thread uses it at a
/// time.
final class HeadlessBrowser: @unchecked Sendable {
  private let process: ChildProcess
  private let profile: URL
  private let connection: RawConnection
  private var nextID = 0

  /// The browser program, when installed.
  static let program = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Starts the browser on `url` in a window of `width`×`height` and connects to its page.
  init(url: String, width: Int = 1280, height: Int = 800) throws {
    guard let program = Self.program else { throw RuntimeFailure("chromium is not installed") }
    // a browser that fails to come up is stopped as its process object goes away
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "icon-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
    let browser = try ChildProcess(
      program,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
        "--remote-debugging-port=0", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)",
        url,
      ])
    // the browser writes the port it listens on into its profile
    let portFile = profile.appendingPathComponent("DevToolsActivePort")
    var port: Int?
    for _ in 0..<200 where port == nil {
      port = (try? String(contentsOf: portFile, encoding: .utf8))?.split(separator: "\n").first.flatMap {
        Int($0)
      }
      if port == nil { usleep(100_000) }
    }
    guard let port else {
      throw RuntimeFailure("chromium did not open its DevTools port within 20 s")
    }
    // the page's target, from the browser's target list
    var socketPath: String?
    for _ in 0..<100 where socketPath == nil {
      let list = try RawConnection(port: port)
      list.send("GET /json/list HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
      let answer = list.readToEnd()
      struct Target: Decodable {
        var type: String
        var webSocketDebuggerUrl: String?
      }
      let body = answer.range(of: "\r\n\r\n").map { String(answer[$0.upperBound...]) } ?? ""
      let targets = (try? JSONDecoder().decode([Target].self, from: Data(body.utf8))) ?? []
      socketPath = targets.first { $0.type == "page" }?.webSocketDebuggerUrl
        .flatMap { URL(string: $0)?.path }
      if socketPath == nil { usleep(100_000) }
    }
    guard let socketPath else {
      throw RuntimeFailure("chromium shows no page target")
    }
    let connection = try RawConnection(port: port)
    connection.send(
      "GET \(socketPath) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: aWNvbi1kYXNoYm9hcmQtdGVzdA==\r\nSec-WebSocket-Version: 13\r\n\r\n")
    let head = connection.readHead()
    guard head.hasPrefix("HTTP/1.1 101") else {
      throw RuntimeFailure("chromium refused the DevTools WebSocket: \(head)")
    }
    process = browser
    self.profile = profile
    self.connection = connection
    // the page gets exactly width×height (the headless window's own frame takes some of it otherwise)
    _ = try command(
      "Emulation.setDeviceMetricsOverride",
      ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
  }

  /// Sends the DevTools command `method` with `parameters` and returns its result.
  private func command(_ method: String, _ parameters: [String: Any]) throws -> [String: Any] {
    nextID += 1
    let id = nextID
    let message = try JSONSerialization.data(withJSONObject: [
      "id": id, "method": method, "params": parameters,
    ])
    connection.sendTextFrame(String(decoding: message, as: UTF8.self))
    // events of domains not enabled do not come; anything else without our id is skipped
    for _ in 0..<100 {
      let frame = connection.readTextFrame()
      guard let answer = try JSONSerialization.jsonObject(with: Data(frame.utf8)) as? [String: Any] else {
        throw RuntimeFailure("not a DevTools message: \(frame.prefix(200))")
      }
      guard answer["id"] as? Int == id else { continue }
      if let error = answer["error"] { throw RuntimeFailure("\(method) failed: \(error)") }
      return answer["result"] as? [String: Any] ?? [:]
    }
    throw RuntimeFailure("no answer to \(method)")
  }

  /// The value of the JavaScript `expression` in the page, which must give a string (for instance
  /// `JSON.stringify(…)`).
  func evaluate(_ expression: String) throws -> String {
    let result = try command("Runtime.evaluate", ["expression": expression, "returnByValue": true])
    guard let value = (result["result"] as? [String: Any])?["value"] as? String else {
      throw RuntimeFailure("\(expression) gave no string: \(result)")
    }
    return value
  }

  /// Presses the key `key` (a DOM key name such as `ArrowDown`, whose Windows key code is `code`) in the
  /// focused element.
  func press(_ key: String, code: Int) throws {
    for type in ["keyDown", "keyUp"] {
      _ = try command(
        "Input.dispatchKeyEvent", ["type": type, "key": key, "code": key, "windowsVirtualKeyCode": code])
    }
  }

  /// The page as a PNG image.
  func screenshot() throws -> Data {
    let result = try command("Page.captureScreenshot", ["format": "png"])
    guard let data = (result["data"] as? String).flatMap({ Data(base64Encoded: $0) }) else {
      throw RuntimeFailure("no screenshot")
    }
    return data
  }

  /// Ends the browser and removes its profile.
  func close() {
    process.stop()
    try? FileManager.default.removeItem(at: profile)
  }
}
