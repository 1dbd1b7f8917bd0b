// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "ICON",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ICONCore", targets: ["ICONCore"]),
    .library(name: "ICONTopology", targets: ["ICONTopology"]),
    .library(name: "ICONSim", targets: ["ICONSim"]),
    .executable(name: "icon", targets: ["icon"]),
    .executable(name: "icon-fuzz", targets: ["icon-fuzz"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
  ],
  targets: [
    .target(name: "ICONCore"),
    .target(name: "ICONCharts"),
    .target(name: "CPrefetch"),
    .target(
      name: "ICONTopology", dependencies: [.product(name: "HeapModule", package: "swift-collections")]),
    .target(
      name: "ICONFormats",
      dependencies: ["ICONCore", "ICONTopology", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "ICONTrust", dependencies: ["ICONCore", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "ICONLedger",
      dependencies: ["ICONCore", "ICONTrust", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "ICONDiscovery",
      dependencies: [
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
      ]),
    .target(
      name: "ICONSim",
      dependencies: [
        "ICONCore", "ICONTopology", "ICONFormats", "CPrefetch",
        .product(name: "HeapModule", package: "swift-collections"),
      ]),
    .target(
      name: "ICONRuntime",
      dependencies: [
        "ICONCore", "ICONTopology", "ICONFormats", "ICONTrust", "ICONLedger", "ICONDiscovery",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "CoreMetrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
      ]),
    .target(
      name: "ICONDashboard",
      dependencies: [
        "ICONCore", "ICONTopology", "ICONTrust", "ICONRuntime",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]),
    .target(
      name: "ICONDemo",
      dependencies: [
        "ICONCore", "ICONTopology", "ICONFormats", "ICONTrust", "ICONLedger", "ICONDiscovery", "ICONRuntime",
        "ICONDashboard",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOWebSocket", package: "swift-nio"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "ICONFuzzing",
      dependencies: [
        "ICONCore", "ICONTrust", "ICONLedger", "ICONFormats", "ICONTopology", "ICONSim", "ICONRuntime",
        "ICONDemo", "ICONDiscovery",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]),
    .target(name: "CLibFuzzer"),
    .executableTarget(name: "icon-fuzz", dependencies: ["ICONFuzzing", "CLibFuzzer"]),
    .executableTarget(
      name: "icon",
      dependencies: [
        "ICONCore", "ICONTopology", "ICONFormats", "ICONSim", "ICONCharts", "ICONTrust", "ICONLedger",
        "ICONRuntime",
        "ICONDemo", "ICONDiscovery", "ICONDashboard",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(name: "ICONCoreTests", dependencies: ["ICONCore", "ICONTestSupport"]),
    .testTarget(name: "ICONTrustTests", dependencies: ["ICONTrust", "ICONCore"]),
    .testTarget(name: "ICONLedgerTests", dependencies: ["ICONLedger", "ICONTrust", "ICONCore"]),
    .testTarget(name: "ICONDiscoveryTests", dependencies: ["ICONDiscovery", "ICONTestSupport"]),
    .testTarget(name: "ICONFuzzingTests", dependencies: ["ICONFuzzing"]),
    .target(name: "ICONTestSupport", dependencies: ["ICONCore", "ICONSim"], path: "Tests/ICONTestSupport"),
    .testTarget(name: "ICONTopologyTests", dependencies: ["ICONTopology", "ICONTestSupport"]),
    .testTarget(
      name: "ICONSimTests", dependencies: ["ICONSim", "ICONCore", "ICONTopology", "ICONTestSupport"]),
    .testTarget(name: "iconTests", dependencies: ["icon", "ICONCore", "ICONTestSupport"]),
    .testTarget(
      name: "ICONRuntimeTests",
      dependencies: [
        "ICONRuntime", "ICONDemo", "ICONCore", "ICONTopology", "ICONTrust", "ICONLedger", "ICONTestSupport",
        "ICONDashboard",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
