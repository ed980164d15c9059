extension BuiltInScenarios {
    /// `training`: a small fleet, a scripted failure every few minutes and a scripted
    /// operator, for an operator drill whose whole alarm life cycle shows in the journal.
    static let trainingYAML = """
    # Operator drill: a 48-satellite shell, random failures off, and one scripted fault of
    # each kind an operator must recognise, from +10 min to +60 min. A scripted operator
    # ("drill") works the alarms so that a headless run shows every alarm transition in
    # the journal: raise, acknowledge, clear, shelve, shelve expiry, latch and reset.
    name: training
    description: Operator drill, 48 satellites, scripted faults and a scripted operator
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
    # The drill lowers the accelerator warning to 87 °C (throttling starts near 85–95 °C),
    # with a 1 °C deadband, and makes it latching: with one radiator loop gone, P02-S03
    # (a training-job member) passes 87 °C at about +80 min, peaks near 88.7 °C at +91 min
    # and cools below 86 °C at about +106 min, so its alarm latches until it is reset.
    alarms:
      ACCELERATOR_TEMP: {high_warning: 87, deadband: 1, latching: true}
      # A drill wants floods to practise on: SEU_RATE alarms on every SAA pass
      # (≈ 190 SEU/h inside the SAA), where the default limits (400/1000) stay quiet.
      SEU_RATE: {high_warning: 100, high_critical: 500, deadband: 10}
    # The scripted operator. Each action applies in the tick that contains its time and
    # is journaled with operator "drill" and its comment. Alarm ids are SATELLITE:PARAMETER.
    operator_name: drill
    operator:
      # SEU_RATE WARNINGs are raised from the first tick by the upset background: ack
      # them as a group; those that then clear go ACKED → NORMAL, later ones RTN_UNACKED.
      - {at: "+5m", action: acknowledge_group, parameter: SEU_RATE, severity: WARNING,
         comment: "upset background, EDAC coping"}
      # P01-S05's SEU_RATE (raised at +7 min): shelved until it clears (about +25 min).
      - {at: "+10m", action: shelve_one_shot, alarm: "P01-S05:SEU_RATE", comment: "shelve until the burst clears"}
      # Radiator loop fault at +10 min: DEGRADED raises MODE_CHANGE (latching, never
      # clears while the fault stands). Acknowledge it with a comment.
      - {at: "+12m", action: acknowledge, alarm: "P02-S03:MODE_CHANGE", comment: "seen, radiator loop 2"}
      # Battery cell fault at +25 min: shelve 10 min; at +40 min the shelve expires and,
      # the condition still active, the alarm comes back UNACKED; acknowledge at +45 min.
      - {at: "+30m", action: shelve, alarm: "P03-S05:MODE_CHANGE", duration: "10m", comment: "power team assessing"}
      - {at: "+45m", action: acknowledge, alarm: "P03-S05:MODE_CHANGE", comment: "capacity loss within margin"}
      # Accelerator board fault at +40 min: shelved for 1 h, unshelved early at +55 min.
      - {at: "+42m", action: shelve, alarm: "P04-S02:MODE_CHANGE", duration: "1h", comment: "work moved off board 3"}
      - {at: "+55m", action: unshelve, alarm: "P04-S02:MODE_CHANGE"}
      # Laser terminal fault at +60 min: alarm out of service during maintenance, back at +90 min.
      - {at: "+62m", action: remove_from_service, alarm: "P05-S07:MODE_CHANGE", comment: "terminal maintenance"}
      - {at: "+90m", action: return_to_service, alarm: "P05-S07:MODE_CHANGE"}
      # P02-S03's accelerator overheats (see alarms: above): acknowledge, let it clear
      # (LATCHED at about +106 min), then reset it.
      - {at: "+85m", action: acknowledge, alarm: "P02-S03:ACCELERATOR_TEMP", comment: "throttled, watching the loop"}
      - {at: "+110m", action: reset_latched, alarm: "P02-S03:ACCELERATOR_TEMP"}
      # Shift handover: acknowledge whatever still awaits acknowledgement.
      - {at: "+115m", action: acknowledge_all, comment: "handover to the next shift"}

    """
}
