/// Scenarios compiled into the program, so `orbitops` always has something to fly.
public enum BuiltInScenarios {
    /// One 53° shell at 550 km, 72 planes × 22 (1,584 satellites), a Starlink-like
    /// Walker 1584/72/17 layout, starting at the 2026 June solstice.
    public static let `default` = Scenario(
        name: "default",
        epoch: JulianDate(year: 2026, month: 6, day: 21, hour: 0, minute: 0, second: 0),
        dtSeconds: 10,
        seed: 1,
        shells: [
            ShellDesign(WalkerShell(name: "shell-550", altitudeKm: 550, inclinationDeg: 53, planes: 72, perPlane: 22,
                                    phasing: 17)),
        ])

    /// All built-in scenarios by name.
    public static let all: [String: Scenario] = ["default": `default`]
}
