#!/usr/bin/env python3
"""Times the start-up of several builds of presscheck in turn, for comparing a change with
what came before it on a machine shared with other work.

    tests/bench/compare_startup.py DRAFT BINARY... [--runs 40] [--facts FOLDER]

For each case (`--version`, `lint -j 1 DRAFT` with the starter base, the same with the base
of FOLDER when given, and `lint DRAFT` with every core), the builds run one after the other,
RUNS times over, so that a busy minute slows them alike. Each figure is a run's wall time;
the minimum and the median are printed. Run each build once before, so that a fact base it
compiles is in the cache.
"""
import argparse
import statistics
import subprocess
import time


def wall_ms(command):
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("draft")
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--facts", help="a fact folder or .db for a second lint case")
    args = parser.parse_args()
    cases = {
        "--version": ["--version"],
        "lint -j 1, starter base": ["lint", "-j", "1", args.draft],
        "lint, every core": ["lint", args.draft],
    }
    if args.facts:
        cases["lint -j 1, --facts"] = ["lint", "-j", "1", "--facts", args.facts, args.draft]
    times = {(case, binary): [] for case in cases for binary in args.binaries}
    for _ in range(args.runs):
        for case, words in cases.items():
            for binary in args.binaries:
                times[(case, binary)].append(wall_ms([binary] + words))
    for case in cases:
        for binary in args.binaries:
            runs = sorted(times[(case, binary)])
            print(f"{case:26} {binary}: min {runs[0]:.1f} ms, median "
                  f"{statistics.median(runs):.1f} ms over {len(runs)} runs")


if __name__ == "__main__":
    main()
