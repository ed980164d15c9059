/// Writes the alarm engine's input columns (`WorldState.alarmSamples`), each in the
/// unit of its `AlarmParameter`. NaN = no sample: every column of a FAILED satellite
/// except the mode, and ground-contact loss when the scenario has no stations. Link loss
/// is written by the link phase, minimum separation by the cluster separation phase.
/// PROPELLANT is the propellant left as a percent of the class's load (NaN for a class
/// that carries none).
struct AlarmSamplePhase: FleetPhase {
    static let name = "alarm samples"
    static let reads: [WorldColumn] = [.mode, .faults, .batterySOC, .availableW, .heaterRequestW, .demand, .utilization,
                                       .acceleratorTempC, .radiatorTempC, .seuRatePerHour, .minutesSinceContact, .propellantKg]
    static let writes: [WorldColumn] = [.alarmSamples]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let hasStations = !context.stations.stations.isEmpty
        let soc = w.samples(.batterySOC), margin = w.samples(.busPowerMargin)
        let accel = w.samples(.acceleratorTemp), radiator = w.samples(.radiatorTemp)
        let collapse = w.samples(.utilizationCollapse), seu = w.samples(.seuRate)
        let contact = w.samples(.groundContactLoss), mode = w.samples(.modeChange)
        let propellant = w.samples(.propellant)
        for i in range {
            let m = w.mode[i]
            mode[i] = Double(m.rawValue)
            guard m != .failed else {
                for p in AlarmParameter.allCases where p != .modeChange && p != .linkLoss && p != .minSeparation && !p.isRoute { w.samples(p)[i] = .nan }
                continue
            }
            let model = context.classModels[Int(context.classOf[i])]
            let power = model.power(w.faults[i])
            // Demanded: bus + the heaters' request + the compute the workload asks for.
            let demandedW = power.busLoadW + w.heaterRequestW[i] + w.demand[i] * power.fullAcceleratorPowerW
            soc[i] = w.batterySOC[i] * 100
            margin[i] = demandedW > 0 ? (w.availableW[i] - demandedW) / demandedW * 100 : .nan
            accel[i] = w.acceleratorTempC[i]
            radiator[i] = w.radiatorTempC[i]
            let d = w.demand[i]
            collapse[i] = d > 0 ? max(0, d - w.utilization[i]) / d * 100 : 0
            seu[i] = w.seuRatePerHour[i]
            contact[i] = hasStations ? w.minutesSinceContact[i] : .nan
            let loadKg = model.propulsion.propellantKg
            propellant[i] = loadKg > 0 ? w.propellantKg[i] / loadKg * 100 : .nan
        }
    }
}
