import Foundation

/// What a saved image archive (a docker-archive tar) would tag when loaded: the `RepoTags` of its
/// `manifest.json`. A yard loads an archive fetched from another yard only if it tags nothing but
/// images of ``EngineDriver/movedRepository``, so a load cannot replace another tenant's image.
enum ImageArchive {
  /// The tags the archive's `manifest.json` names; nil if the archive has none or cannot be read.
  static func tags(in archive: Data) -> [String]? {
    var offset = 0
    while offset + 512 <= archive.count {
      let header = archive[archive.startIndex + offset..<archive.startIndex + offset + 512]
      if header.allSatisfy({ $0 == 0 }) { return nil }
      let name = String(decoding: header.prefix(100).prefix { $0 != 0 }, as: UTF8.self)
      let sizeField = String(
        decoding: header.dropFirst(124).prefix(12).prefix { $0 != 0 && $0 != 32 }, as: UTF8.self)
      guard let size = Int(sizeField, radix: 8), size >= 0, size <= archive.count else { return nil }
      let start = offset + 512
      guard start + size <= archive.count else { return nil }
      if name == "manifest.json" || name == "./manifest.json" {
        struct Entry: Decodable {
          // swift-format-ignore: AlwaysUseLowerCamelCase
          var RepoTags: [String]?
        }
        let content = archive[archive.startIndex + start..<archive.startIndex + start + size]
        guard let entries = try? JSONDecoder().decode([Entry].self, from: Data(content)) else { return nil }
        return entries.flatMap { $0.RepoTags ?? [] }
      }
      offset = start + (size + 511) / 512 * 512
    }
    return nil
  }

  /// Why the archive may not be loaded, or nil when every tag it names is one of moved images.
  static func problem(with archive: Data) -> String? {
    guard let tags = tags(in: archive) else { return "the archive names no images (no manifest.json)" }
    let repository = EngineDriver.movedRepository
    let bare = repository.replacingOccurrences(of: "localhost/", with: "")
    let foreign = tags.filter { !$0.hasPrefix(repository + ":") && !$0.hasPrefix(bare + ":") }
    return foreign.isEmpty ? nil : "the archive would tag \(foreign.prefix(3).joined(separator: ", "))"
  }
}
