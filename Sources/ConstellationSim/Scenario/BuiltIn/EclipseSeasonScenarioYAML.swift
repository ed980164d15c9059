extension BuiltInScenarios {
    /// `eclipse-season`: a dawn–dusk shell at the June solstice, when it does see eclipses.
    static let eclipseSeasonYAML = """
    # A dawn-dusk orbit is not always in sunlight. With the ascending node at 18:00 the orbit
    # normal leans away from the sun in northern summer: at the June solstice the angle
    # between the sun and the orbit plane is beta = 58.5 deg, below the no-eclipse limit
    # asin(R / (R + h)) = 65.2 deg at 650 km, so every revolution crosses the shadow for
    # about 20 minutes (20 % of the orbit) near the south pole. The battery is sized
    # smaller than the default so that its depth of discharge (mean 23 %, max 31 % with heaters) and the radiator's
    # cool-down in shadow show.
    name: eclipse-season
    description: Dawn-dusk SSO 650 km at the June solstice, 20-min eclipses every orbit, small battery
    epoch: 2026-06-21T00:00:00Z
    dt_s: 10
    seed: 7
    duration: 2d
    spacecraft:
      odc-sat:
        battery_wh: 24000
        heater_setpoint_c: 0     # heaters hold the accelerator node here in shadow
        heater_max_w: 14000      # (set 0 to fly without heaters)
    shells:
      - name: dd-650
        altitude_km: 650
        sun_synchronous: true
        ltan: "18:00"
        planes: 12
        per_plane: 12
        phasing: 1
    ground_stations:
      - {name: Svalbard, lat_deg: 78.23, lon_deg: 15.41, elevation_mask_deg: 5}
      - {name: Fairbanks, lat_deg: 64.86, lon_deg: -147.85}
      - {name: Punta Arenas, lat_deg: -52.94, lon_deg: -70.85}

    """
}
