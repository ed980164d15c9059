@testable import ConstellationSim
import Testing

/// Numerical containment (issue 14): a model value poisoned with NaN or infinity (by the
/// test, through the engine's internal column setter: nothing reachable from input)
/// fails that satellite with cause `numerical`, raises its MODE_CHANGE alarm, and keeps
/// the aggregates, the telemetry and every other satellite finite and untouched.
@Suite struct NumericalContainmentTests {
    static func training() throws -> Simulation {
        var simulation = Simulation(scenario: try #require(BuiltInScenarios.named("training")))
        simulation.threads = 1
        simulation.advance(ticks: 2)
        return simulation
    }

    /// The satellite's telemetry row as `simulate` writes it, joined.
    static func telemetryRow(_ simulation: Simulation, _ i: Int) throws -> String {
        var values: [Double] = []
        SatelliteSamples.appendRow(simulation.world, i, to: &values)
        let stations = simulation.scenario.groundStations.map(\.name)
        let row = try #require(HeadlessRun.satelliteRow(time: "t", simS: "0", id: simulation.fleet.ids[i], values,
                                                        stations: stations))
        return row.map { value in
            switch value {
            case .text(let t), .number(let t): t
            case .missing: ""
            }
        }.joined(separator: ",")
    }

    static func fleetRow(_ simulation: Simulation) -> String {
        HeadlessRun.fleetRow(time: "t", simS: "0", simulation.aggregates).map { value in
            switch value {
            case .text(let t), .number(let t): t
            case .missing: ""
            }
        }.joined(separator: ",")
    }

    /// Poisons that reach the guard: a state the thermal model carries (an infinite node
    /// temperature stays infinite), the radiation dose, and a column no model rewrites
    /// before the guard (minutes since contact, carried from the last tick).
    enum Poison: String, CaseIterable { case thermalInfinity, doseInfinity, contactMinutesNaN }

    @Test(arguments: Poison.allCases)
    func poisonedSatelliteFailsNumericallyAndEverythingStaysFinite(_ poison: Poison) throws {
        var simulation = try Self.training()
        var clean = try Self.training()
        let victim = 5
        switch poison {
        case .thermalInfinity: simulation.world.thermal[victim].acceleratorK = .infinity
        case .doseInfinity: simulation.world.radiation[victim].doseRadSi = .infinity
        case .contactMinutesNaN: simulation.world.minutesSinceContact[victim] = .nan
        }
        simulation.advance()
        clean.advance()
        #expect(simulation.world.mode[victim] == .failed)
        #expect(simulation.world.modeState[victim].cause == .numerical)
        #expect(simulation.alarms.state(of: AlarmKey(satellite: victim, parameter: .modeChange)) != .normal)
        let a = simulation.aggregates
        for value in [a.litFraction, a.solarMW, a.loadMW, a.meanSOC, a.minSOC, a.maxAcceleratorC, a.meanUtilization,
                      a.deliveredPFLOPS] {
            #expect(value.isFinite)
        }
        #expect(a.failed == clean.aggregates.failed + 1)
        for text in [try Self.telemetryRow(simulation, victim), Self.fleetRow(simulation)] {
            #expect(!text.lowercased().contains("nan") && !text.lowercased().contains("inf"), "\(text)")
        }
        // Every other satellite stays finite and keeps its mode (its power may differ: the
        // victim leaves its training job, whose other members then run differently).
        for i in 0..<simulation.world.count where i != victim {
            #expect(simulation.world.mode[i] == clean.world.mode[i])
            #expect(NumericalGuardPhase.allFinite(simulation.world, i))
        }
        // And the failed satellite stays FAILED and finite on later ticks.
        simulation.advance(ticks: 5)
        #expect(simulation.world.mode[victim] == .failed)
        #expect(!(try Self.telemetryRow(simulation, victim)).lowercased().contains("nan"))
    }

    @Test func finiteWorldFailsNoSatellite() throws {
        var simulation = try Self.training()
        simulation.advance(ticks: 200)
        for i in 0..<simulation.world.count {
            #expect(simulation.world.modeState[i].cause != .numerical)
            #expect(NumericalGuardPhase.allFinite(simulation.world, i))
        }
    }

    @Test func hugeButFiniteValuesAreNotMistakenForOverflow() throws {
        let simulation = try Self.training()
        let w = simulation.world
        w.solarW[0] = 1.7e308
        w.availableW[0] = 1.7e308
        w.loadW[0] = 1.7e308
        #expect(NumericalGuardPhase.allFinite(w, 0))
        w.loadW[0] = .infinity
        #expect(!NumericalGuardPhase.allFinite(w, 0))
    }

    @Test func failNumericallyKeepsAnEarlierFailureCause() {
        var state = ModeState()
        #expect(state.failNumerically(nowSimSeconds: 10)?.cause == .numerical)
        #expect(state.mode == .failed)
        #expect(state.failNumerically(nowSimSeconds: 20) == nil)
    }
}
