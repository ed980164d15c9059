extension BuiltInScenarios {
    /// `suncatcher`: an 81-satellite formation cluster in a dawn–dusk SSO at 650 km
    /// (Google Project Suncatcher, 2025).
    static let suncatcherYAML = """
    # Google Project Suncatcher (2025): 81 satellites flying in formation within a 1 km
    # radius, 100-200 m apart, in a dawn-dusk sun-synchronous orbit near 650 km. The
    # cluster shell lays them out on a 9 x 9 grid 150 m apart in the plane of a bounded
    # Hill-frame relative orbit, so the pattern turns once per orbit without drifting apart.
    name: suncatcher
    description: 81-satellite formation cluster, 150 m apart, dawn-dusk SSO 650 km (Project Suncatcher)
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
        cluster:
          members: 81
          spacing_m: 150
          min_separation_m: 100
    ground_stations:
      - {name: Svalbard, lat_deg: 78.23, lon_deg: 15.41, elevation_mask_deg: 5}
      - {name: Troll, lat_deg: -72.01, lon_deg: 2.53, elevation_mask_deg: 5}
    workload:
      training_jobs: 1
      satellites_per_job: 81
      job_hours: 24

    """
}
