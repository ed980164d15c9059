internal import Yams

extension ScenarioFile {
    static let spacecraftKeys = [
        "array_area_m2", "cell_efficiency", "degradation_per_year", "array_pointing",
        "battery_wh", "battery_soc_min", "charge_efficiency", "discharge_efficiency", "max_c_rate",
        "bus_load_w", "accelerators", "accelerator_w", "accelerator_pflops",
        "radiator_area_m2", "radiating_sides", "radiator_emissivity", "absorptivity",
        "sun_projected_area_m2", "earth_view_area_m2",
        "accelerator_heat_capacity_j_per_k", "radiator_heat_capacity_j_per_k", "conductance_w_per_k",
        "throttle_c", "shutdown_c", "heater_setpoint_c", "heater_max_w",
        "radiator_emissivity_closed", "louver_closed_c", "louver_open_c", "louver_time_constant_s",
        "battery_strings", "array_strings", "radiator_loops", "accelerator_boards", "mtbf_hours",
        "dry_mass_kg", "propellant_kg", "isp_s",
    ]
    static let mtbfKeys = ["battery_cell", "array_string", "radiator_loop", "laser_terminal", "accelerator_board", "avionics"]

    /// `spacecraft:` — classes keyed by name, in file order; one default `odc-sat` when omitted.
    static func spacecraftClasses(_ top: ScenarioFileReader) throws(ScenarioFileError) -> [SpacecraftClass] {
        guard let node = top.node("spacecraft") else { return [SpacecraftClass()] }
        let classes = try ScenarioFileReader(node, source: top.source, path: "spacecraft",
                                             what: "spacecraft classes by name", keys: [])
        var result: [SpacecraftClass] = []
        for (name, _, value) in classes.pairs {
            result.append(try spacecraftClass(name: name, value, source: top.source))
        }
        if result.isEmpty { throw top.error("spacecraft", "no spacecraft classes: name at least one, e.g. 'odc-sat: {}'") }
        return result
    }

    static func spacecraftClass(name: String, _ node: Node, source: String) throws(ScenarioFileError) -> SpacecraftClass {
        var design = SpacecraftClass(name: name)
        if node.null != nil { return design }  // `odc-sat:` alone: all defaults
        let r = try ScenarioFileReader(node, source: source, path: "spacecraft.\(name)", what: "a spacecraft class",
                                       keys: spacecraftKeys)
        var power = design.power
        power.array.areaM2 = try r.double("array_area_m2", unit: "square metres", default: power.array.areaM2, range: .nonNegative)
        power.array.cellEfficiency = try r.double("cell_efficiency", unit: "fraction", default: power.array.cellEfficiency,
                                                  range: .efficiency)
        power.array.degradationPerYear = try r.double("degradation_per_year", unit: "fraction per year",
                                                      default: power.array.degradationPerYear, range: .belowOne)
        power.array.pointing = try r.choice("array_pointing", [("sun_tracking", ArrayPointing.sunTracking),
                                                               ("nadir_fixed", .nadirFixed)], default: power.array.pointing)
        power.battery.capacityWh = try r.double("battery_wh", unit: "watt-hours", default: power.battery.capacityWh,
                                                range: .positive)
        power.battery.minStateOfCharge = try r.double("battery_soc_min", unit: "fraction of capacity",
                                                      default: power.battery.minStateOfCharge, range: .belowOne)
        power.battery.chargeEfficiency = try r.double("charge_efficiency", unit: "fraction",
                                                      default: power.battery.chargeEfficiency, range: .efficiency)
        power.battery.dischargeEfficiency = try r.double("discharge_efficiency", unit: "fraction",
                                                         default: power.battery.dischargeEfficiency, range: .efficiency)
        power.battery.maxCRate = try r.double("max_c_rate", unit: "multiple of capacity per hour",
                                              default: power.battery.maxCRate, range: .nonNegative)
        power.busLoadW = try r.double("bus_load_w", unit: "watts", default: power.busLoadW, range: .nonNegative)
        power.acceleratorCount = try r.int("accelerators", what: "a count", default: power.acceleratorCount, minimum: 0)
        power.acceleratorPowerW = try r.double("accelerator_w", unit: "watts", default: power.acceleratorPowerW,
                                               range: .nonNegative)
        design.power = power
        design.acceleratorPFLOPS = try r.double("accelerator_pflops", unit: "PFLOP/s", default: design.acceleratorPFLOPS,
                                                range: .nonNegative)
        var propulsion = design.propulsion
        propulsion.dryMassKg = try r.double("dry_mass_kg", unit: "kilograms", default: propulsion.dryMassKg, range: .positive)
        propulsion.propellantKg = try r.double("propellant_kg", unit: "kilograms", default: propulsion.propellantKg,
                                               range: .nonNegative)
        propulsion.ispS = try r.double("isp_s", unit: "seconds", default: propulsion.ispS, range: .positive)
        design.propulsion = propulsion
        var thermal = design.thermal
        thermal.radiatorAreaM2 = try r.double("radiator_area_m2", unit: "square metres per face",
                                              default: thermal.radiatorAreaM2, range: .nonNegative)
        thermal.radiatingSides = try r.int("radiating_sides", what: "1 or 2", default: thermal.radiatingSides, minimum: 1)
        thermal.emissivity = try r.double("radiator_emissivity", unit: "fraction", default: thermal.emissivity, range: .fraction)
        thermal.solarAbsorptivity = try r.double("absorptivity", unit: "fraction", default: thermal.solarAbsorptivity,
                                                 range: .fraction)
        thermal.sunProjectedAreaM2 = try r.double("sun_projected_area_m2", unit: "square metres",
                                                  default: thermal.sunProjectedAreaM2, range: .nonNegative)
        thermal.earthViewAreaM2 = try r.double("earth_view_area_m2", unit: "square metres",
                                               default: thermal.earthViewAreaM2, range: .nonNegative)
        thermal.acceleratorHeatCapacityJPerK = try r.double("accelerator_heat_capacity_j_per_k", unit: "joules per kelvin",
                                                            default: thermal.acceleratorHeatCapacityJPerK, range: .positive)
        thermal.radiatorHeatCapacityJPerK = try r.double("radiator_heat_capacity_j_per_k", unit: "joules per kelvin",
                                                         default: thermal.radiatorHeatCapacityJPerK, range: .positive)
        thermal.conductanceWPerK = try r.double("conductance_w_per_k", unit: "watts per kelvin",
                                                default: thermal.conductanceWPerK, range: .positive)
        thermal.throttleC = try r.double("throttle_c", unit: "degrees Celsius", default: thermal.throttleC)
        thermal.shutdownC = try r.double("shutdown_c", unit: "degrees Celsius", default: thermal.shutdownC)
        thermal.heaterSetpointC = try r.double("heater_setpoint_c", unit: "degrees Celsius",
                                               default: thermal.heaterSetpointC)
        thermal.heaterMaxW = try r.double("heater_max_w", unit: "watts", default: thermal.heaterMaxW, range: .nonNegative)
        thermal.closedEmissivity = try r.double("radiator_emissivity_closed", unit: "fraction",
                                                default: min(thermal.closedEmissivity, thermal.emissivity), range: .fraction)
        thermal.louverClosedC = try r.double("louver_closed_c", unit: "degrees Celsius", default: thermal.louverClosedC)
        thermal.louverOpenC = try r.double("louver_open_c", unit: "degrees Celsius", default: thermal.louverOpenC)
        thermal.louverTimeConstantS = try r.double("louver_time_constant_s", unit: "seconds",
                                                   default: thermal.louverTimeConstantS, range: .nonNegative)
        design.thermal = thermal
        design.faults = try faultParameters(r, base: design.faults)
        let issues = power.validationIssues + thermal.validationIssues
        if let issue = issues.first { throw r.error(nil, yamlNames(issue)) }
        return design
    }

    /// Swift property names in a `validationIssues` sentence, as the file spells them.
    static func yamlNames(_ issue: String) -> String {
        let names: [(String, String)] = [
            ("array: ", ""), ("battery: ", ""), ("areaM2", "array_area_m2"), ("cellEfficiency", "cell_efficiency"),
            ("degradationPerYear", "degradation_per_year"), ("capacityWh", "battery_wh"),
            ("dischargeEfficiency", "discharge_efficiency"), ("chargeEfficiency", "charge_efficiency"),
            ("maxCRate", "max_c_rate"), ("minStateOfCharge", "battery_soc_min"), ("busLoadW", "bus_load_w"),
            ("acceleratorCount", "accelerators"), ("acceleratorPowerW", "accelerator_w"),
            ("acceleratorHeatCapacityJPerK", "accelerator_heat_capacity_j_per_k"),
            ("radiatorHeatCapacityJPerK", "radiator_heat_capacity_j_per_k"), ("conductanceWPerK", "conductance_w_per_k"),
            ("radiatorAreaM2", "radiator_area_m2"), ("radiatingSides", "radiating_sides"),
            ("solarAbsorptivity", "absorptivity"), ("emissivity", "radiator_emissivity"),
            ("sunProjectedAreaM2", "sun_projected_area_m2"), ("earthViewAreaM2", "earth_view_area_m2"),
            ("shutdownC", "shutdown_c"), ("throttleC", "throttle_c"),
            ("heaterSetpointC", "heater_setpoint_c"), ("heaterMaxW", "heater_max_w"),
            ("closedEmissivity", "radiator_emissivity_closed"), ("louverClosedC", "louver_closed_c"),
            ("louverOpenC", "louver_open_c"), ("louverTimeConstantS", "louver_time_constant_s"),
        ]
        var text = issue
        for (swiftName, fileName) in names where text.hasPrefix(swiftName) || text.contains(" " + swiftName) || text.contains("(" + swiftName) {
            text = text.replacingOccurrences(of: swiftName, with: fileName)
        }
        return text
    }

    static func faultParameters(_ r: ScenarioFileReader, base: FaultParameters) throws(ScenarioFileError) -> FaultParameters {
        var faults = base
        faults.batteryStrings = try r.int("battery_strings", what: "a count", default: faults.batteryStrings, minimum: 1)
        faults.arrayStrings = try r.int("array_strings", what: "a count", default: faults.arrayStrings, minimum: 1)
        faults.radiatorLoops = try r.int("radiator_loops", what: "a count", default: faults.radiatorLoops, minimum: 1)
        faults.acceleratorBoards = try r.int("accelerator_boards", what: "a count", default: faults.acceleratorBoards, minimum: 1)
        guard let node = r.node("mtbf_hours") else { return faults }
        let m = try ScenarioFileReader(node, source: r.source, path: r.keyPath("mtbf_hours"), what: "MTBFs by unit",
                                       keys: mtbfKeys)
        faults.batteryCellMTBFHours = try m.double("battery_cell", unit: "hours", default: faults.batteryCellMTBFHours, range: .positive)
        faults.arrayStringMTBFHours = try m.double("array_string", unit: "hours", default: faults.arrayStringMTBFHours, range: .positive)
        faults.radiatorLoopMTBFHours = try m.double("radiator_loop", unit: "hours", default: faults.radiatorLoopMTBFHours, range: .positive)
        faults.laserTerminalMTBFHours = try m.double("laser_terminal", unit: "hours", default: faults.laserTerminalMTBFHours,
                                                     range: .positive)
        faults.acceleratorBoardMTBFHours = try m.double("accelerator_board", unit: "hours",
                                                        default: faults.acceleratorBoardMTBFHours, range: .positive)
        faults.avionicsMTBFHours = try m.double("avionics", unit: "hours", default: faults.avionicsMTBFHours, range: .positive)
        return faults
    }
}
