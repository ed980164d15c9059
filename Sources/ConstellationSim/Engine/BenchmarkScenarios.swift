/// Large scenarios for measuring the tick rate (not shipped as built-ins): one 550 km,
/// 53° Walker shell of the default spacecraft class, the default workload and faults,
/// the default epoch and 10 s tick. `orbitops simulate --benchmark-scenario NAME` flies them.
package enum BenchmarkScenarios {
    /// 100,000 satellites: 400 planes × 250.
    package static let hundredThousand = shell(name: "bench-100k", planes: 400, perPlane: 250)
    /// 1,000,000 satellites: 1,000 planes × 1,000.
    package static let million = shell(name: "bench-1m", planes: 1_000, perPlane: 1_000)

    /// Benchmark scenarios by name.
    package static let all: [String: Scenario] = ["100k": hundredThousand, "1m": million]

    private static func shell(name: String, planes: Int, perPlane: Int) -> Scenario {
        var scenario = BuiltInScenarios.default
        scenario.name = name
        scenario.shells = [ShellDesign(WalkerShell(name: "shell-550", altitudeKm: 550, inclinationDeg: 53,
                                                   planes: planes, perPlane: perPlane, phasing: 1))]
        return scenario
    }
}
