extension BuiltInScenarios {
    /// `latency`: a Starlink-like 72 × 22 shell at 550 km / 53° with a dozen watched city
    /// pairs and one route to compute.
    static let latencyYAML = """
    # The shell Hypatia routes (Kassing et al., IMC 2020): 72 planes of 22 satellites at
    # 550 km, 53 deg, +grid laser links, users linking to satellites 25 deg or more above
    # their horizon. A dozen city pairs from the 100 built-in cities are watched with
    # one-way latency limits (Paris-Luanda: Hypatia reports 85-117 ms round trip).
    name: latency
    description: Starlink-like 72 x 22 shell at 550 km / 53 deg, a dozen city pairs routed over the laser mesh
    epoch: 2026-06-21T00:00:00Z
    dt_s: 10
    seed: 1
    duration: 2h
    shells:
      - {name: s550, altitude_km: 550, inclination_deg: 53, planes: 72, per_plane: 22, phasing: 1}
    links:
      isl_max_range_km: 5000
    user_min_elevation_deg: 25
    hop_delay_ms: 0
    routes:
      - {from: Paris, to: Luanda, latency_ms: {warning: 55, high: 70}}
      - {from: London, to: New York, latency_ms: {warning: 35, high: 50}}
      - {from: Tokyo, to: Los Angeles, latency_ms: {warning: 60, high: 80}}
      - {from: Sydney, to: Singapore, latency_ms: {warning: 40, high: 60}}
      - {from: São Paulo, to: Johannesburg, latency_ms: {warning: 50, high: 70}}
      - {from: Madrid, to: Buenos Aires, latency_ms: {warning: 55, high: 75}}
      - {from: Moscow, to: Beijing, latency_ms: {warning: 35, high: 50}}
      - {from: London, to: Mumbai, latency_ms: {warning: 45, high: 65}}
      - {from: Lagos, to: Cairo, latency_ms: {warning: 25, high: 40}}
      - {from: Mexico City, to: Bogotá, latency_ms: {warning: 20, high: 35}}
      - {from: Seoul, to: Sydney, latency_ms: {warning: 50, high: 70}}
      - {from: Istanbul, to: Riyadh, latency_ms: {warning: 15, high: 25}}
      - {from: Paris, to: compute, latency_ms: {warning: 8, high: 15}}
    ground_stations:
      - {name: Svalbard, lat_deg: 78.23, lon_deg: 15.41, elevation_mask_deg: 5}
      - {name: Fairbanks, lat_deg: 64.86, lon_deg: -147.85}
      - {name: Punta Arenas, lat_deg: -52.94, lon_deg: -70.85}

    """
}
