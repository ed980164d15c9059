import Foundation
@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// The built-in `latency` scenario at its epoch: a dozen watched city pairs and a route
/// to compute over Hypatia's 72 × 22 shell.
private let latencySimulation: Simulation = {
    guard let scenario = BuiltInScenarios.named("latency") else { preconditionFailure("no latency built-in") }
    return Simulation(scenario: scenario)
}()

private func renderLatency(_ size: Size, selected: Int = 0, simulation: Simulation = latencySimulation) -> (Grid, FleetSnapshot) {
    var state = AppState(size: size)
    state.view = .latency
    state.satelliteCount = simulation.fleet.count
    state.latencySelected = selected
    let snapshot = simulation.frame().snapshot(for: state.viewRequest)
    var grid = Grid(width: size.width, height: size.height)
    ConsoleLayout.render(state, snapshot, into: &grid)
    return (grid, snapshot)
}

@Suite struct LatencyViewTests {
    @Test func listsRoutesWithLatencyFibreDeltaHopsAndKilometres() {
        let (grid, snapshot) = renderLatency(Size(width: 100, height: 30))
        let text = grid.text
        #expect(text[1].hasPrefix(" Latency  13 routes · one way, ms"))
        #expect(text[2].hasPrefix("  ROUTE                           LATENCY   FIBRE       Δ  HOPS      KM  RECENT"))
        // Paris > Luanda as the engine routed it; the fibre bound by hand: 7,163 km great
        // circle × 1.468 / c = 31.8 ms.
        let route = latencySimulation.routes.routes[0]
        let latency = String(format: "%.1f", route.latencyMs), delta = String(format: "%.1f", route.latencyMs - 31.842)
        let km = String(Int(route.pathKm.rounded()))
        #expect(text[3].hasPrefix("▶ Paris > Luanda                " + String(repeating: " ", count: 9 - latency.count) + latency
                                  + "    31.8" + String(repeating: " ", count: 7 - delta.count) + "+" + delta
                                  + String(repeating: " ", count: 6 - String(route.hops).count) + String(route.hops)
                                  + String(repeating: " ", count: 8 - km.count) + km))
        #expect(text[4].hasPrefix("  London > New York"))
        #expect(snapshot.latency?.rows.count == LatencyView.listRows(in: ConsoleLayout.contentArea(Size(width: 100, height: 30))))
        // The compute route has no fibre bound.
        #expect(!text.contains { $0.hasPrefix("  Paris > compute") && $0.contains("31.8") })
    }

    @Test func drawsTheSelectedRouteOnTheMap() {
        let (grid, snapshot) = renderLatency(Size(width: 100, height: 30))
        let text = grid.text
        let mapTitle = 3 + LatencyView.listRows(in: ConsoleLayout.contentArea(Size(width: 100, height: 30)))
        let hops = latencySimulation.routes.routes[0].hops
        #expect(text[mapTitle].hasPrefix(" Route  Paris > Luanda · \(hops) links · ● ends · ◆ satellites · • users"))
        let map = text[(mapTitle + 1)..<(text.count - 1)].joined()
        #expect(map.filter { $0 == "●" }.count == 2)
        #expect(map.contains("◆"))
        // The path runs satellite by satellite: Paris, the path's satellites, Luanda.
        #expect(snapshot.latency?.selectedPath.count == latencySimulation.routes.routes[0].path.count + 2)
        #expect(snapshot.latency?.selectedPath.first?.name == "Paris")
        #expect(snapshot.latency?.selectedPath.last?.name == "Luanda")
        // Route cells are drawn in the track role.
        #expect(grid.cells.contains { $0.style.role == .track })
    }

    @Test func unreachableRouteIsFlagged() throws {
        let yaml = """
        shells:
          - {name: s, altitude_km: 550, inclination_deg: 53, planes: 6, per_plane: 6, phasing: 1}
        users:
          - {name: Pole, lat_deg: -90, lon_deg: 0}
        routes:
          - {from: Pole, to: Paris}
        """
        let simulation = Simulation(scenario: try ScenarioFile.parse(yaml, source: "pole.yaml"))
        let (grid, _) = renderLatency(Size(width: 80, height: 24), simulation: simulation)
        #expect(grid.text[3].hasPrefix("▶ Pole > Paris                   UNREACHABLE  75.6"))
    }

    @Test func keyEightOpensTheViewAndArrowsMoveTheRoute() {
        var state = AppState(size: Size(width: 100, height: 30))
        _ = update(&state, .keyPressed(.character("8")))
        #expect(state.view == .latency)
        #expect(state.viewRequest.latency?.selected == 0)
        var frame = FrameData()
        frame.routeCount = 13
        _ = update(&state, .frameArrived(frame))
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .keyPressed(.down))
        #expect(state.latencySelected == 2)
        #expect(state.cursor == 0)  // the fleet table's cursor did not move
        _ = update(&state, .keyPressed(.end))
        #expect(state.latencySelected == 12)
        #expect(state.viewRequest.latency?.firstRoute == 12 - LatencyView.listRows(in: ConsoleLayout.contentArea(state.size)) + 1)
        _ = update(&state, .keyPressed(.tab))
        #expect(state.view == .catalog)  // Tab order ends 7 events, 8 latency, 0 catalog
    }
}
