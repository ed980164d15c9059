#!/usr/bin/env python3
"""The screening benchmark catalog (deterministic): Starlink-like shells plus a random mix.

    python3 Benchmarks/make_screen_mix.py OUT.tle [--shells 10000] [--random 5000] [--seed S]

--random sets come from make_catalog_mix.py (LEO, eccentric, decaying, GEO, GNSS, GTO,
Molniya, MEO; catalog numbers from 10000). --shells sets fill four Walker-like shells,
catalog numbers from 20000, epochs within the day before 2026 day 60.5:
  40 % at 550 km, 53.0 deg      20 % at 540 km, 43.0 deg
  20 % at 570 km, 70.0 deg      20 % at 560 km, 97.6 deg
Planes are spread in RAAN, satellites evenly in each plane with a Walker phase offset and
a small random jitter (0.02 deg in mean anomaly, 0.3 km in altitude), so the shells cross
each other and themselves as real ones do.
"""
import argparse
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_catalog_mix import RE, rev_per_day, with_checksum, write_mix  # noqa: E402

SHELLS = [(0.4, 550.0, 53.0, 80), (0.2, 540.0, 43.0, 50), (0.2, 570.0, 70.0, 50), (0.2, 560.0, 97.6, 40)]


def write_shells(out, count, rng, first_catalog=20000):
    k = 0
    for share, altitude, inc, planes in SHELLS:
        n = int(round(count * share)) if (share, altitude) != SHELLS[-1][:2] else count - k
        per_plane = max(1, n // planes)
        for s in range(n):
            plane, slot = divmod(s, per_plane)
            raan = (360.0 * plane / planes) % 360.0
            anomaly = (360.0 * slot / per_plane + 360.0 * plane / (planes * per_plane) + rng.uniform(-0.02, 0.02)) % 360.0
            a = RE + altitude + rng.uniform(-0.3, 0.3)
            epoch = 60.5 - rng.uniform(0.0, 1.0)
            catalog = first_catalog + k
            l1 = "1 %05dU 26001A   26%012.8f  .00001000  00000-0  10000-3 0  999" % (catalog, epoch)
            l2 = "2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d" % (
                catalog, inc, raan, 1000, 90.0, anomaly, rev_per_day(a), 1)
            assert len(l1) == 68 and len(l2) == 68, (l1, l2)
            out.write("SHELL%03d-%05d\n%s\n%s\n" % (int(inc), k, with_checksum(l1), with_checksum(l2)))
            k += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--shells", type=int, default=10000)
    parser.add_argument("--random", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    random_path = args.out + ".random"
    write_mix(random_path, args.random, args.seed)
    with open(args.out, "w", encoding="ascii") as out:
        with open(random_path, encoding="ascii") as mix:
            out.write(mix.read())
        write_shells(out, args.shells, random.Random(args.seed + 1))
    os.remove(random_path)


if __name__ == "__main__":
    main()
