extension BuiltInScenarios {
    /// `suncatcher`: 81 satellites in a dawn–dusk SSO at 650 km (Google Project Suncatcher, 2025).
    static let suncatcherYAML = """
    # Google Project Suncatcher (2025): dawn-dusk sun-synchronous orbit near 650 km and an
    # illustrative 81-satellite cluster. Walker shells spread their planes over 360°, so this
    # flies the 81 satellites as 9 planes x 9 at the cluster's altitude and local time.
    name: suncatcher
    description: 81 satellites, dawn-dusk SSO 650 km, 9 planes x 9 (Project Suncatcher)
    epoch: 2026-03-20T00:00:00Z
    dt_s: 10
    seed: 1
    duration: 24h
    spacecraft:
      tpu-sat:
        accelerators: 24
        accelerator_w: 700
    shells:
      - name: suncatcher
        spacecraft: tpu-sat
        altitude_km: 650
        sun_synchronous: true
        ltan: "18:00"
        planes: 9
        per_plane: 9
        phasing: 1
    ground_stations:
      - {name: Svalbard, lat_deg: 78.23, lon_deg: 15.41, elevation_mask_deg: 5}
      - {name: Troll, lat_deg: -72.01, lon_deg: 2.53, elevation_mask_deg: 5}
    workload:
      training_jobs: 1
      satellites_per_job: 81
      job_hours: 24

    """
}
