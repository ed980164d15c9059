#!/usr/bin/env python3
"""SGP4 throughput of the python `sgp4` package's C++ core (SatrecArray), one thread.

Peer measurement for `orbitops bench sgp4`: both propagate every element set of a TLE
file at every time of a minutes range, the times counted from the latest epoch in the
file, and report the median propagations per second over N runs. Sets with a bad
checksum are skipped, as OrbitOps' parser rejects them.

    pip install sgp4 numpy
    python3 Benchmarks/sgp4_peer.py FILE.tle --start 0 --stop 1440 --step 1 --runs 7
    python3 Benchmarks/sgp4_peer.py --write-leo leo1000.tle 1000   # a test file
"""
import argparse
import math
import os
import random
import statistics
import sys
import time


def checksum_ok(line):
    total = sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line[:68])
    return len(line) >= 69 and line[68].isdigit() and int(line[68]) == total % 10


def read_tle_pairs(path):
    lines = [l.rstrip("\r\n") for l in open(path, encoding="ascii", errors="replace")]
    pairs, skipped = [], 0
    for i, line in enumerate(lines):
        if line.startswith("1 ") and i + 1 < len(lines) and lines[i + 1].startswith("2 "):
            l1, l2 = line[:69], lines[i + 1][:69]
            if checksum_ok(l1) and checksum_ok(l2):
                pairs.append((l1, l2))
            else:
                skipped += 1
    return pairs, skipped


def with_checksum(line68):
    total = sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line68)
    return line68 + str(total % 10)


def write_leo(path, count, seed=1):
    """`count` LEO sets (350-1200 km, all inclinations, small e) at one epoch."""
    rng = random.Random(seed)
    with open(path, "w", encoding="ascii") as out:
        for k in range(count):
            catalog = 70000 + k
            alt = rng.uniform(350.0, 1200.0)
            a = 6378.135 + alt
            n = 86400.0 / (2 * math.pi * math.sqrt(a ** 3 / 398600.8))  # rev/day
            bstar_mant = rng.randint(1000, 99999)
            l1 = "1 %05dU 26001A   26001.50000000  .00001000  00000-0  %05d-4 0  999" % (catalog, bstar_mant)
            l2 = "2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d" % (
                catalog, rng.uniform(0.0, 180.0), rng.uniform(0.0, 360.0), rng.randint(0, 20000),
                rng.uniform(0.0, 360.0), rng.uniform(0.0, 360.0), n, 1)
            out.write("SAT-%05d\n%s\n%s\n" % (k, with_checksum(l1), with_checksum(l2)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--start", type=float, default=0.0, help="first minute after the latest epoch")
    parser.add_argument("--stop", type=float, default=1440.0, help="last minute (inclusive)")
    parser.add_argument("--step", type=float, default=1.0, help="minutes between times")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write-leo", nargs=2, metavar=("FILE", "COUNT"))
    args = parser.parse_args()
    if args.write_leo:
        write_leo(args.write_leo[0], int(args.write_leo[1]))
        return
    if not args.file:
        parser.error("a TLE file is required")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import numpy as np
    from sgp4.api import Satrec, SatrecArray, WGS72

    pairs, skipped = read_tle_pairs(args.file)
    sats = [Satrec.twoline2rv(l1, l2, WGS72) for l1, l2 in pairs]
    array = SatrecArray(sats)
    reference = max(s.jdsatepoch + s.jdsatepochF for s in sats)
    count = int(math.floor((args.stop - args.start) / args.step + 1e-9)) + 1
    minutes = args.start + args.step * np.arange(count)
    jd = np.full(count, math.floor(reference - 0.5) + 0.5)
    fr = (reference - jd) + minutes / 1440.0
    array.sgp4(jd, fr)  # warm-up, as orbitops bench does
    rates, cpu_rates = [], []
    for _ in range(args.runs):
        begin, cpu_begin = time.perf_counter(), time.process_time()
        e, r, v = array.sgp4(jd, fr)
        seconds, cpu_seconds = time.perf_counter() - begin, time.process_time() - cpu_begin
        rates.append(len(sats) * count / seconds)
        cpu_rates.append(len(sats) * count / max(cpu_seconds, 1e-9))
    failures = int(np.count_nonzero(e))
    print("sets %d (skipped %d bad checksums), times %d, propagations/run %d, failures %d"
          % (len(sats), skipped, count, len(sats) * count, failures), file=sys.stderr)
    print("sgp4 %s SatrecArray single thread: median %.0f propagations/s over %d runs"
          % (__import__("sgp4").__version__, statistics.median(rates), args.runs))
    print("cpu median %.0f propagations per CPU second" % statistics.median(cpu_rates))


if __name__ == "__main__":
    main()
