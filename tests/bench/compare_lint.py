#!/usr/bin/env python3
"""Times `presscheck lint -j 1` of several builds back to back on the same folders, for
comparing a change with what came before it on a machine shared with other work.

    tests/bench/compare_lint.py FOLDER[,FOLDER...] BINARY... [--runs 3] [-- LINT ARGS]

The runs of the builds alternate (A B A B ...), and each build's figure is its fastest run,
in CPU seconds of the child (user + system), which other processes disturb far less than
the wall clock; the wall clock and the load average are printed beside it. MB/s counts the
bytes of every file in the folders.
"""
import argparse
import os
import pathlib
import resource
import subprocess
import sys
import time


def folder_bytes(folders):
    return sum(p.stat().st_size for f in folders for p in pathlib.Path(f).rglob("*") if p.is_file())


def timed_run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({run.returncode}): {run.stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders")
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    folders = args.folders.split(",")
    mb = folder_bytes(folders) / 1e6
    best = {b: (float("inf"), float("inf")) for b in args.binaries}
    for _ in range(args.runs):
        for binary in args.binaries:
            cpu, wall = timed_run([binary, "lint", "-j", "1", "--no-color", *extra, *folders])
            best[binary] = (min(best[binary][0], cpu), min(best[binary][1], wall))
    load = os.getloadavg()[0]
    print(f"{args.folders}: {mb:.2f} MB, best of {args.runs}, load average {load:.1f}")
    for binary, (cpu, wall) in best.items():
        print(f"  {binary}: {cpu:.2f} s CPU ({mb / cpu:.1f} MB/s), {wall:.2f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
