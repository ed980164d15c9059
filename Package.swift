// swift-tools-version: 6.0
import PackageDescription

/// Code generation of the engine. Portable by default (baseline x86-64: runs on any
/// 64-bit PC). `ORBITOPS_TARGET_CPU=haswell swift build -c release` compiles the engine for
/// AVX2-class CPUs instead, where the SGP4 batch kernels' `SIMD4<Double>` lanes fill one
/// 256-bit register (≈ 25 % faster SGP4); such a binary stops with SIGILL on an older CPU,
/// which is why it is opt-in. Swift does not contract `a * b + c` into FMA, so results are
/// bit-identical either way (the SGP4 tests check it).
let engineCodegen: [SwiftSetting] = {
    guard let cpu = Context.environment["ORBITOPS_TARGET_CPU"], !cpu.isEmpty else { return [] }
    return [.unsafeFlags(["-target-cpu", cpu])]
}()

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
        // SHA-256 of the scenario flown and of the command log (session recording).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
    ],
    targets: [
        // The engine: no UI, no C.
        .target(
            name: "ConstellationSim",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
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
        // Fuzzing (issue 14): the mutation engine and one target per parser, a command to
        // run them for a long time (`Tools/fuzz.sh SECONDS`), and a short smoke in `swift test`.
        .target(
            name: "OrbitOpsFuzz",
            dependencies: ["ConstellationSim", "OpsConsole", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(name: "orbitops-fuzz", dependencies: ["OrbitOpsFuzz"]),
        .testTarget(name: "OrbitOpsFuzzTests", dependencies: ["OrbitOpsFuzz"]),
        .testTarget(name: "ConstellationSimTests", dependencies: ["ConstellationSim", .product(name: "GRDB", package: "GRDB.swift")], resources: [.copy("Fixtures")]),
        .testTarget(name: "OpsConsoleTests", dependencies: ["OpsConsole", "ConstellationSim"]),
        // End to end: drives the real binary (built as a dependency) in tmux.
        .testTarget(name: "orbitopsTests", dependencies: ["orbitops", "ConstellationSim"]),
    ],
    swiftLanguageModes: [.v6]
)
