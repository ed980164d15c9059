extension BuiltInScenarios {
    /// `default`: a mixed constellation with every key written out, to copy from.
    static let defaultYAML = """
    # OrbitOps scenario: the built-in default. Save it (orbitops scenarios --show default > mine.yaml),
    # edit it and fly it (orbitops console --scenario mine.yaml). Omitted keys take the defaults shown here.
    name: default
    description: Mixed constellation, dawn-dusk SSO 650 km + 53° 550 km, 4 polar/subpolar stations, full workload
    epoch: 2026-06-21T00:00:00Z    # ISO 8601 UTC: the June solstice
    dt_s: 10                       # tick, simulated seconds
    seed: 1                        # one scenario + one seed = one history
    duration: 24h                  # default length of a headless run (s, m, h, d)

    spacecraft:
      odc-sat:                     # an orbital data-center satellite (defaults of the models)
        array_area_m2: 100
        cell_efficiency: 0.30
        degradation_per_year: 0.01
        array_pointing: sun_tracking   # or nadir_fixed
        battery_wh: 48000
        battery_soc_min: 0.20
        charge_efficiency: 0.95
        discharge_efficiency: 0.95
        max_c_rate: 0.5
        bus_load_w: 1500
        accelerators: 24
        accelerator_w: 700
        accelerator_pflops: 1.0
        radiator_area_m2: 50           # per face
        radiating_sides: 2
        radiator_emissivity: 0.9
        absorptivity: 0.2              # solar absorptivity of the radiator
        sun_projected_area_m2: 5
        earth_view_area_m2: 50
        accelerator_heat_capacity_j_per_k: 60000
        radiator_heat_capacity_j_per_k: 180000
        conductance_w_per_k: 400
        throttle_c: 90
        shutdown_c: 105
        heater_setpoint_c: 0           # thermostat of the accelerator-node heaters
        heater_max_w: 14000            # heater rating (0: no heaters)
        radiator_emissivity_closed: 0.15   # louvers closed (= radiator_emissivity: a fixed radiator)
        louver_closed_c: 10            # accelerator node at or below: louvers fully closed
        louver_open_c: 25              # at or above: fully open
        louver_time_constant_s: 300    # actuator lag
        battery_strings: 50
        array_strings: 50
        radiator_loops: 4
        accelerator_boards: 8
        mtbf_hours:
          battery_cell: 200000
          array_string: 150000
          radiator_loop: 300000
          laser_terminal: 100000
          accelerator_board: 50000
          avionics: 1000000

    shells:
      - name: sso-650              # dawn-dusk sun-synchronous: inclination and first RAAN follow
        spacecraft: odc-sat
        altitude_km: 650
        sun_synchronous: true
        ltan: "18:00"              # local time of the ascending node
        planes: 12
        per_plane: 20
        phasing: 1
      - name: i53-550
        spacecraft: odc-sat
        altitude_km: 550
        inclination_deg: 53
        raan_offset_deg: 0
        planes: 36
        per_plane: 22
        phasing: 17

    catalogs: []                   # e.g. - {file: sats.tle, spacecraft: odc-sat, skip_invalid: false}

    ground_stations:
      - {name: Svalbard, lat_deg: 78.23, lon_deg: 15.41, elevation_mask_deg: 5}
      - {name: Fairbanks, lat_deg: 64.86, lon_deg: -147.85, elevation_mask_deg: 10}
      - {name: Punta Arenas, lat_deg: -52.94, lon_deg: -70.85, elevation_mask_deg: 10}
      - {name: Awarua, lat_deg: -46.53, lon_deg: 168.38, elevation_mask_deg: 10}

    links:
      isl_max_range_km: 5000
      wraps_across_planes: true

    workload:
      training_jobs: 4
      satellites_per_job: 64
      job_hours: 12                # at full rate on all its satellites
      checkpoint_interval_s: 1800
      inference_peak: 0.9          # fraction of the accelerators at the busiest hour and band
      # constant_utilization: 0.8  # for studies: every satellite at this utilization instead

    radiation:
      sensitive_bits: 1e9
      upsets_per_bit_per_day_outside_saa: 8.602e-8
      upsets_per_bit_per_day_inside_saa: 4.571e-6
      uncorrectable_fraction: 0.001
      dose_rad_per_day_outside_saa: 0.1325
      dose_rad_per_day_inside_saa: 4.107
      hbm_irregularity_dose_rad: 2000
      hard_failure_dose_rad: 15000
      throughput_loss_at_hard_failure_dose: 0.10
      accelerator_hazard_increase_per_krad: 1.0

    faults:
      random: true                 # failures drawn from the MTBFs
      scripted: []                 # e.g. - {at: "+30m", satellite: sso-650/P03-S07, fault: radiator_loop}

    environment:
      albedo: true
      earth_ir: true
      solar_heating: true

    modes:
      safe_recovery_dwell_s: 600
      survival_battery_capacity_fraction: 0.25
      survival_array_area_fraction: 0.25

    alarms:                        # overrides of the default limits; flat (all classes) or per class
      odc-sat:
        BATTERY_SOC: {low_warning: 30, low_critical: 20}

    """
}
