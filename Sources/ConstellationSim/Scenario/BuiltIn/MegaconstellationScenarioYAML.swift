extension BuiltInScenarios {
    /// `megaconstellation`: 1,000,000 satellites, 500–2,000 km, 30° to sun-synchronous.
    static let megaconstellationYAML = """
    # The scale of the 2026 orbital data-center filing: up to 1,000,000 satellites between
    # 500 and 2,000 km, inclinations from 30 deg to sun-synchronous. The shell split is ours.
    name: megaconstellation
    description: 1,000,000 satellites in 10 shells, 500-2000 km, 30° to SSO (2026 filing scale)
    epoch: 2026-06-21T00:00:00Z
    dt_s: 60
    seed: 1
    duration: 6h
    shells:
      - {name: m500-30, altitude_km: 500, inclination_deg: 30, planes: 250, per_plane: 400, phasing: 1}
      - {name: m550-53, altitude_km: 550, inclination_deg: 53, planes: 250, per_plane: 400, phasing: 1}
      - {name: m600-43, altitude_km: 600, inclination_deg: 43, planes: 250, per_plane: 400, phasing: 1}
      - {name: m700-70, altitude_km: 700, inclination_deg: 70, planes: 250, per_plane: 400, phasing: 1}
      - {name: m800-sso, altitude_km: 800, sun_synchronous: true, ltan: "18:00", planes: 250, per_plane: 400, phasing: 1}
      - {name: m1000-sso, altitude_km: 1000, sun_synchronous: true, ltan: "06:00", planes: 250, per_plane: 400, phasing: 1}
      - {name: m1200-60, altitude_km: 1200, inclination_deg: 60, planes: 250, per_plane: 400, phasing: 1}
      - {name: m1500-80, altitude_km: 1500, inclination_deg: 80, planes: 250, per_plane: 400, phasing: 1}
      - {name: m1800-sso, altitude_km: 1800, sun_synchronous: true, ltan: "10:30", planes: 250, per_plane: 400, phasing: 1}
      - {name: m2000-sso, altitude_km: 2000, sun_synchronous: true, ltan: "18:00", planes: 250, per_plane: 400, phasing: 1}
    ground_stations:
      - {name: Svalbard, lat_deg: 78.23, lon_deg: 15.41, elevation_mask_deg: 5}
      - {name: Fairbanks, lat_deg: 64.86, lon_deg: -147.85}
      - {name: Punta Arenas, lat_deg: -52.94, lon_deg: -70.85}
      - {name: Awarua, lat_deg: -46.53, lon_deg: 168.38}
    workload:
      training_jobs: 64
      satellites_per_job: 1024

    """
}
