#!/usr/bin/env python3
"""A catalog-like mix of TLEs for SGP4 benchmarks and tests (deterministic).

    python3 Benchmarks/make_catalog_mix.py N OUT.tle [--seed S]

About 70 % LEO and 30 % higher orbits, shaped like the public catalog:
  LEO  50 % circular 350-1200 km, all inclinations, small e
       12 % eccentric (e 0.02-0.25, perigee 250-700 km: rocket bodies, debris)
        8 % decaying (perigee 120-230 km, high B*): many re-enter or fail within a day
  deep space (period >= 225 min, SDP4):
       10 % GEO and near-GEO drifters (1-day resonance)
        8 % GNSS MEO (12 h, small e)
        5 % GTO (e ~ 0.7, 10.5 h)
        3 % Molniya (e 0.65-0.74, 12 h: half-day resonance)
        4 % other MEO (periods 230-600 min)
Epochs spread over the 20 days before 2026 day 60.5, the latest one at exactly that
instant, so benchmark times (counted from the latest epoch) reach every set at 0-20 days.
Both lines carry valid checksums; catalog numbers are 5 digits from 10000.
"""
import argparse
import math
import random

MU = 398600.8  # WGS-72, km^3/s^2
RE = 6378.135  # WGS-72, km


def with_checksum(line68):
    total = sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line68)
    return line68 + str(total % 10)


def rev_per_day(a_km):
    return 86400.0 / (2 * math.pi * math.sqrt(a_km ** 3 / MU))


def exp_field(value):
    """TLE 'assumed decimal point' field: sign, 5 digits, exponent sign and digit (8 chars)."""
    if value == 0:
        return " 00000-0"
    sign = "-" if value < 0 else " "
    exponent = math.floor(math.log10(abs(value))) + 1
    mantissa = int(round(abs(value) / 10 ** exponent * 1e5))
    if mantissa >= 100000:
        mantissa //= 10
        exponent += 1
    return "%s%05d%s%d" % (sign, mantissa, "-" if exponent < 0 else "+", abs(exponent))


def ndot_field(value):
    """First derivative of mean motion / 2 (rev/day^2): sign and '.8 digits' (10 chars)."""
    sign = "-" if value < 0 else " "
    return "%s.%08d" % (sign, min(99999999, int(round(abs(value) * 1e8))))


def orbit(rng, kind):
    """(a km, e, inclination deg, bstar, ndot) for one set of `kind`."""
    if kind == "leo":
        a = RE + rng.uniform(350.0, 1200.0)
        return a, rng.uniform(0.0, 0.005), rng.uniform(0.0, 180.0), rng.uniform(-2e-5, 4e-4), 1e-5
    if kind == "eccentric":
        perigee = RE + rng.uniform(250.0, 700.0)
        e = rng.uniform(0.02, 0.25)
        return perigee / (1 - e), e, rng.uniform(0.0, 110.0), rng.uniform(1e-5, 5e-4), 5e-5
    if kind == "decaying":
        perigee = RE + rng.uniform(120.0, 230.0)
        e = rng.uniform(0.0, 0.03)
        return perigee / (1 - e), e, rng.uniform(20.0, 100.0), rng.uniform(5e-4, 5e-3), 2e-3
    if kind == "geo":
        return 42164.2 + rng.uniform(-300.0, 300.0), rng.uniform(0.0, 0.002), rng.uniform(0.0, 15.0), 0.0, 0.0
    if kind == "gnss":
        return 26560.0 + rng.uniform(-600.0, 900.0), rng.uniform(0.0, 0.02), rng.uniform(54.0, 66.0), 0.0, 0.0
    if kind == "gto":
        perigee, apogee = RE + rng.uniform(200.0, 600.0), RE + rng.uniform(30000.0, 36000.0)
        return 0.5 * (perigee + apogee), (apogee - perigee) / (apogee + perigee), rng.uniform(0.0, 30.0), \
            rng.uniform(0.0, 2e-4), 0.0
    if kind == "molniya":
        return 26560.0 + rng.uniform(-50.0, 50.0), rng.uniform(0.65, 0.74), rng.uniform(62.0, 65.0), 0.0, 0.0
    period = rng.uniform(230.0, 600.0)  # other MEO
    a = (MU * (period * 60.0 / (2 * math.pi)) ** 2) ** (1.0 / 3.0)
    return a, rng.uniform(0.0, 0.05), rng.uniform(0.0, 90.0), rng.uniform(0.0, 1e-4), 0.0


KINDS = [("leo", 50), ("eccentric", 12), ("decaying", 8), ("geo", 10), ("gnss", 8), ("gto", 5),
         ("molniya", 3), ("meo", 4)]


def write_mix(path, count, seed=2026):
    rng = random.Random(seed)
    weights = [w for _, w in KINDS]
    with open(path, "w", encoding="ascii") as out:
        for k in range(count):
            kind = rng.choices([name for name, _ in KINDS], weights)[0]
            a, e, inc, bstar, ndot = orbit(rng, kind)
            # Latest epoch 26060.5 exactly (the first set), the others up to 20 days before.
            epoch = 60.5 if k == 0 else 60.5 - rng.uniform(0.0, 20.0)
            catalog = 10000 + k
            l1 = "1 %05dU 26001A   26%012.8f %s  00000-0 %s 0  999" % (
                catalog, epoch, ndot_field(ndot * rng.uniform(0.5, 1.5)), exp_field(bstar))
            l2 = "2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d" % (
                catalog, inc, rng.uniform(0.0, 360.0), int(round(e * 1e7)), rng.uniform(0.0, 360.0),
                rng.uniform(0.0, 360.0), rev_per_day(a), 1 + k % 99999)
            assert len(l1) == 68 and len(l2) == 68, (l1, l2)
            out.write("%s-%05d\n%s\n%s\n" % (kind.upper(), k, with_checksum(l1), with_checksum(l2)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    write_mix(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
