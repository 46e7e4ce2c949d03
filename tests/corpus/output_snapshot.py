#!/usr/bin/env python3
"""Saves, or checks against a saved copy, the full `lint --format json` output of some
folders, so that a change meant to be invisible (a speed-up) can be shown byte-identical.

    tests/corpus/output_snapshot.py save  SNAPSHOT [--binary B] [--facts DB] FOLDER...
    tests/corpus/output_snapshot.py check SNAPSHOT [--binary B] [--facts DB] FOLDER...

Each folder is linted in one run (`-j 1`); the snapshot holds, per folder, the exit status
and the exact output. `check` prints the first differing lines of each folder that differs
and exits 1. Typical folders: samples/, the corpus drafts of tests/bench/corpus_drafts.py
and lint_bench's generated drafts (`lint_bench --generate 10 0 DIR`, then DIR/drafts).
The snapshot holds corpus text: keep it outside the repository.
"""
import argparse
import difflib
import json
import pathlib
import subprocess
import sys


def lint(binary, facts, folder):
    command = [binary, "lint", "-j", "1", "--format", "json", "--no-color", str(folder)]
    if facts:
        command += ["--facts", facts]
    run = subprocess.run(command, capture_output=True)
    if run.returncode not in (0, 1):
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
    return {"status": run.returncode, "output": run.stdout.decode("utf-8", "surrogateescape")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["save", "check"])
    parser.add_argument("snapshot")
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--binary", default="build/presscheck")
    parser.add_argument("--facts")
    args = parser.parse_args()

    now = {str(pathlib.Path(f).resolve()): lint(args.binary, args.facts, f) for f in args.folders}
    snapshot = pathlib.Path(args.snapshot)
    if args.mode == "save":
        failed = [folder for folder, result in now.items() if result["status"] not in (0, 1)]
        if failed:
            print("not saved: lint failed on " + ", ".join(failed))
            return 1
        snapshot.write_text(json.dumps(now), encoding="utf-8")
        for folder, result in now.items():
            print(f"saved {folder}: status {result['status']}, {len(result['output'])} chars")
        return 0
    saved = json.loads(snapshot.read_text(encoding="utf-8"))
    status = 0
    for folder, result in now.items():
        before = saved.get(folder)
        if before is None:
            print(f"{folder}: not in the snapshot")
            status = 1
        elif before == result:
            print(f"{folder}: identical ({len(result['output'])} chars)")
        else:
            status = 1
            print(f"{folder}: DIFFERS (status {before['status']} -> {result['status']})")
            diff = difflib.unified_diff(before["output"].splitlines(), result["output"].splitlines(),
                                        "before", "after", lineterm="", n=1)
            for line in list(diff)[:40]:
                print("   " + line)
    return status


if __name__ == "__main__":
    sys.exit(main())
