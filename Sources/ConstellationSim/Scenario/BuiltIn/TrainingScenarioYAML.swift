extension BuiltInScenarios {
    /// `training`: a small fleet and a scripted failure every few minutes, for an operator drill.
    static let trainingYAML = """
    # Operator drill: a 48-satellite shell, random failures off, and one scripted fault of
    # each kind an operator must recognise, from +10 min to +60 min.
    name: training
    description: Operator drill, 48 satellites, scripted radiator, battery, accelerator and laser faults
    epoch: 2026-06-21T00:00:00Z
    dt_s: 10
    seed: 42
    duration: 2h
    shells:
      - name: drill-550
        altitude_km: 550
        inclination_deg: 53
        planes: 6
        per_plane: 8
        phasing: 1
    ground_stations:
      - {name: Svalbard, lat_deg: 78.23, lon_deg: 15.41, elevation_mask_deg: 5}
      - {name: Fairbanks, lat_deg: 64.86, lon_deg: -147.85}
      - {name: Awarua, lat_deg: -46.53, lon_deg: 168.38}
    workload:
      training_jobs: 1
      satellites_per_job: 16
    faults:
      random: false
      scripted:
        - {at: "+10m", satellite: P02-S03, fault: radiator_loop}
        - {at: "+25m", satellite: P03-S05, fault: battery_cell}
        - {at: "+40m", satellite: P04-S02, fault: accelerator_board}
        - {at: "+60m", satellite: P05-S07, fault: laser_terminal}

    """
}
