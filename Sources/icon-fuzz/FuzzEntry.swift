import Foundation
import ICONFuzzing

#if FUZZING
  import CLibFuzzer

  /// The harness named by `ICON_FUZZ_HARNESS`.
  private let harness: FuzzHarness = {
    let name = ProcessInfo.processInfo.environment["ICON_FUZZ_HARNESS"] ?? ""
    guard let harness = FuzzHarness(rawValue: name) else {
      FileHandle.standardError.write(
        Data(
          "set ICON_FUZZ_HARNESS to one of: \(FuzzHarness.allCases.map(\.rawValue).joined(separator: ", "))\n"
            .utf8))
      exit(2)
    }
    return harness
  }()

  /// libFuzzer's driver, with libFuzzer's arguments, running the harness on every input it makes.
  @main
  struct FuzzDriver {
    static func main() {
      _ = harness
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(
        LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
          harness.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
          return 0
        })
    }
  }
#else
  /// Without libFuzzer: `icon-fuzz HARNESS FILE...` runs the harness on each file (a crash found, a seed).
  @main
  struct FuzzReplay {
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      if arguments.first == "--list" {
        for harness in FuzzHarness.allCases { print(harness.rawValue) }
        return
      }
      if arguments.first == "--write-seeds", arguments.count == 3,
        let harness = FuzzHarness(rawValue: arguments[arguments.startIndex + 1])
      {
        let folder = URL(fileURLWithPath: arguments[arguments.startIndex + 2])
        for (index, seed) in harness.seeds.enumerated() {
          try? seed.write(to: folder.appendingPathComponent("seed-\(index)"))
        }
        print("\(harness.seeds.count) seeds in \(folder.path)")
        return
      }
      guard let name = arguments.first, let harness = FuzzHarness(rawValue: name) else {
        print(
          "usage: icon-fuzz HARNESS FILE...         run a harness on files (a crash found, a seed)\n"
            + "       icon-fuzz --write-seeds HARNESS DIR  write its seeds into DIR\n"
            + "       icon-fuzz --list                     the harnesses: "
            + FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ") + "\n"
            + "bench/fuzz.sh builds it with libFuzzer and runs every harness.")
        exit(2)
      }
      for file in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: file) else {
          print("\(file): cannot read")
          exit(1)
        }
        harness.run(data)
        print("\(file): ok")
      }
    }
  }
#endif
