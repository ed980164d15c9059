import Testing
@testable import ConstellationSim

@Suite struct ModeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var inputs = ModeInputs()
        var faults: [FaultKind] = []
        var doseRadSi = 0.0
        var mode: OperatingMode
        var cause: ModeCause
        var testDescription: String { name }
    }

    static let table: [Case] = [
        Case(name: "healthy", mode: .nominal, cause: .none),
        Case(name: "battery cell", faults: [.batteryCell], mode: .degraded, cause: .batteryCellFailed),
        Case(name: "latest fault is the cause", faults: [.radiatorLoop, .laserTerminal], mode: .degraded, cause: .laserTerminalFailed),
        Case(name: "dose above 2 krad", doseRadSi: 2_500, mode: .degraded, cause: .radiationDose),
        Case(name: "dose below 2 krad", doseRadSi: 1_999, mode: .nominal, cause: .none),
        Case(name: "energy short", inputs: ModeInputs(energyShort: true), mode: .safe, cause: .energyShort),
        Case(name: "over-temperature", inputs: ModeInputs(overTemperatureShutdown: true), mode: .safe, cause: .overTemperature),
        Case(name: "commanded", inputs: ModeInputs(commandedSafe: true), mode: .safe, cause: .operatorCommand),
        Case(name: "energy before temperature", inputs: ModeInputs(energyShort: true, overTemperatureShutdown: true), mode: .safe, cause: .energyShort),
        Case(name: "safe beats degraded", inputs: ModeInputs(energyShort: true), faults: [.acceleratorBoard], mode: .safe, cause: .energyShort),
        Case(name: "avionics", faults: [.avionics], mode: .failed, cause: .avionicsFailed),
        Case(name: "failed beats safe", inputs: ModeInputs(energyShort: true), faults: [.avionics], mode: .failed, cause: .avionicsFailed),
        Case(name: "all 8 boards", faults: Array(repeating: .acceleratorBoard, count: 8), mode: .failed, cause: .allAcceleratorsFailed),
        Case(name: "7 of 8 boards", faults: Array(repeating: .acceleratorBoard, count: 7), mode: .degraded, cause: .acceleratorBoardFailed),
        // 38 of 50 strings: 12/50 = 0.24 < 0.25 survival; 37: 0.26 survives.
        Case(name: "battery lost", faults: Array(repeating: .batteryCell, count: 38), mode: .failed, cause: .batteryLost),
        Case(name: "battery weak", faults: Array(repeating: .batteryCell, count: 37), mode: .degraded, cause: .batteryCellFailed),
        Case(name: "array lost", faults: Array(repeating: .arrayString, count: 38), mode: .failed, cause: .arrayLost),
        Case(name: "radiator lost", faults: Array(repeating: .radiatorLoop, count: 4), mode: .failed, cause: .radiatorLost),
    ]

    @Test(arguments: table)
    func transitionTable(_ c: Case) {
        let fp = FaultParameters()
        var faults = FaultState()
        for kind in c.faults { faults.apply(kind, parameters: fp) }
        var state = ModeState()
        let t = state.step(nowSimSeconds: 10, inputs: c.inputs, faults: faults, doseRadSi: c.doseRadSi,
                           faultParameters: fp, radiation: .init(), parameters: .init())
        #expect(state.mode == c.mode)
        #expect(state.cause == c.cause)
        #expect((t == nil) == (c.mode == .nominal))
    }

    @Test func safeRecoversAfterTheDwell() {
        // Energy short at t = 0; clear from t = 10; flicker at 300 restarts the clock (clear
        // again from 310); the 600 s dwell ends at 910 → DEGRADED (a board failed meanwhile).
        let fp = FaultParameters()
        var faults = FaultState()
        var s = ModeState()
        func step(_ t: Double, short: Bool) -> ModeTransition? {
            s.step(nowSimSeconds: t, inputs: ModeInputs(energyShort: short), faults: faults, doseRadSi: 0,
                   faultParameters: fp, radiation: .init(), parameters: .init())
        }
        let first = step(0, short: true)
        #expect(first == ModeTransition(from: .nominal, to: .safe, cause: .energyShort, atSimSeconds: 0))
        faults.apply(.acceleratorBoard, parameters: fp)
        for t in stride(from: 10.0, through: 290, by: 10) {
            let r = step(t, short: false)
            #expect(r == nil)
        }
        let flicker = step(300, short: true)
        #expect(flicker == nil)
        for t in stride(from: 310.0, through: 900, by: 10) {
            let r = step(t, short: false)
            #expect(r == nil)
            #expect(s.mode == .safe)
        }
        let recovered = step(910, short: false)
        #expect(recovered == ModeTransition(from: .safe, to: .degraded, cause: .acceleratorBoardFailed, atSimSeconds: 910))
        #expect(s.sinceSimSeconds == 910)
    }

    @Test func failedIsFinal() {
        let fp = FaultParameters()
        var faults = FaultState()
        faults.apply(.avionics, parameters: fp)
        var s = ModeState()
        _ = s.step(nowSimSeconds: 0, inputs: .init(), faults: faults, doseRadSi: 0, faultParameters: fp, radiation: .init(), parameters: .init())
        let later = s.step(nowSimSeconds: 1e6, inputs: .init(), faults: FaultState(), doseRadSi: 0,
                           faultParameters: fp, radiation: .init(), parameters: .init())
        #expect(later == nil)
        #expect(s.mode == .failed && s.cause == .avionicsFailed)
    }
}
