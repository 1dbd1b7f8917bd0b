// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "ICON",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ICONCore", targets: ["ICONCore"]),
    .executable(name: "icon", targets: ["icon"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(name: "ICONCore"),
    .executableTarget(
      name: "icon",
      dependencies: [
        "ICONCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ICONCoreTests", dependencies: ["ICONCore"]),
  ],
  swiftLanguageModes: [.v6]
)
