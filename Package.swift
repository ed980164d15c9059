// swift-tools-version: 6.0
import PackageDescription

/// Code generation of the engine. On x86-64 Linux hosts (this machine and CI: AMD EPYC)
/// the engine is compiled for Haswell-class CPUs (AVX2, FMA; swiftc 6.3 has no
/// `x86-64-v3` name): the SGP4 batch kernels' `SIMD4<Double>` lanes become one 256-bit
/// register instead of two SSE2 halves. Swift does not contract `a * b + c` into FMA, so
/// results stay bit-identical to the baseline build (the SGP4 tests check it).
#if arch(x86_64) && os(Linux)
let engineCodegen: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"], .when(platforms: [.linux]))]
#else
let engineCodegen: [SwiftSetting] = []
#endif

let package = Package(
    name: "OrbitOps",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "orbitops", targets: ["orbitops"]),
        .library(name: "ConstellationSim", targets: ["ConstellationSim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The engine: no UI, no C.
        .target(
            name: "ConstellationSim",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: engineCodegen
        ),
        // The only C edge: ncursesw, reached solely from OpsConsole/Backend.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "OpsConsole",
            dependencies: ["ConstellationSim", "CNcursesw", .product(name: "Yams", package: "Yams")],
            exclude: ["Map/make_land_mask.py"]
        ),
        .executableTarget(
            name: "orbitops",
            dependencies: [
                "ConstellationSim",
                "OpsConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ConstellationSimTests", dependencies: ["ConstellationSim"], resources: [.copy("Fixtures")]),
        .testTarget(name: "OpsConsoleTests", dependencies: ["OpsConsole", "ConstellationSim"]),
        // End to end: drives the real binary (built as a dependency) in tmux.
        .testTarget(name: "orbitopsTests", dependencies: ["orbitops", "ConstellationSim"]),
    ],
    swiftLanguageModes: [.v6]
)
