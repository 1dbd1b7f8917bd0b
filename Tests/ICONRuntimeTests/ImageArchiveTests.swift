import Foundation
import Testing

@testable import ICONRuntime

/// A yard loads another yard's archive only if it tags nothing but moved images.
@Suite struct ImageArchiveTests {
  /// A tar holding `files`, as `tar` writes one (512-byte headers, octal sizes, two zero blocks).
  static func tar(_ files: [(String, String)]) -> Data {
    var data = Data()
    for (name, content) in files {
      var header = [UInt8](repeating: 0, count: 512)
      for (index, byte) in name.utf8.enumerated() { header[index] = byte }
      for (index, byte) in String(format: "%011o", content.utf8.count).utf8.enumerated() {
        header[124 + index] = byte
      }
      data.append(contentsOf: header)
      var body = Array(content.utf8)
      body += [UInt8](repeating: 0, count: (512 - body.count % 512) % 512)
      data.append(contentsOf: body)
    }
    data.append(contentsOf: [UInt8](repeating: 0, count: 1024))
    return data
  }

  @Test func anArchiveOfAMovedImageMayBeLoaded() {
    let archive = Self.tar([
      ("blobs/layer.tar", "x"), ("manifest.json", #"[{"RepoTags": ["localhost/icon-moved:paris-shop-1"]}]"#),
    ])
    #expect(ImageArchive.tags(in: archive) == ["localhost/icon-moved:paris-shop-1"])
    #expect(ImageArchive.problem(with: archive) == nil)
  }

  @Test func anArchiveTaggingAnotherImageOrNoneIsRefused() {
    let hijack = Self.tar([
      ("manifest.json", #"[{"RepoTags": ["localhost/icon-moved:a", "docker.io/victim/shop:latest"]}]"#)
    ])
    #expect(ImageArchive.problem(with: hijack)?.contains("victim/shop") == true)
    #expect(ImageArchive.problem(with: Self.tar([("layer.tar", "x")])) != nil)
    #expect(ImageArchive.problem(with: Data("not a tar".utf8)) != nil)
    #expect(ImageArchive.problem(with: Data(repeating: 0x37, count: 2048)) != nil)
  }
}
