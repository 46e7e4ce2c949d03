#!/usr/bin/python3
"""Lint a corpus of drafts across a Dask distributed cluster with presscheck.

Each partition of the corpus is one `presscheck lint --files-from - -0 --format jsonl` run
on a worker; the fact base (--facts, else the one the configuration of the current folder
names, as for presscheck itself, else the starter base) is compiled once here, uploaded
once to every worker and opened read-only there. The partitions' outputs are joined in
corpus order, so that standard output is byte for byte that of one local
`presscheck lint --format jsonl` over the same paths. The workers must see the drafts under
the same paths as this machine (a shared mount) and have presscheck installed at the path
--presscheck names.

    python3 contrib/dask/presscheck_dask.py --local-workers 4 archive/ > findings.jsonl
    python3 contrib/dask/presscheck_dask.py --scheduler tcp://head:8786 --files-from list.txt
"""

import argparse
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib

def fail(message):
    """Stops with a usage or data error, as presscheck does (exit 2)."""
    print("presscheck_dask: error: " + message, file=sys.stderr)
    sys.exit(2)


try:
    from distributed import Client, LocalCluster, WorkerPlugin, get_worker
except ImportError as error:
    fail(f"needs Dask distributed ({error}); on Debian: apt-get install python3-distributed")

# The selection of a folder walk when no configuration sets `include` (Config::includes).
DRAFT_EXTENSIONS = (".md", ".markdown", ".txt", ".html", ".htm")
# Lint options the recipe sets itself for every partition.
RESERVED_OPTIONS = ("--format", "--files-from", "-0", "--null", "--fix", "--facts",
                    "--no-facts", "--changed-since", "--stdin-filename", "--no-color")


def cpp_extension(name):
    """The extension std::filesystem::path gives: from the last dot, unless it starts the name."""
    if name in (".", ".."):
        return ""
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


CONFIG_NAME = ".presscheck.toml"


def nearest_config(folder):
    """The configuration presscheck applies in `folder`: the nearest one at or above it."""
    folder = os.path.abspath(folder)
    while True:
        candidate = os.path.join(folder, CONFIG_NAME)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def refuse_include(config):
    """A configuration's `include` selects files by globs this walk does not apply; a list
    made by the user then says exactly which files a run means."""
    if config is None:
        return
    try:
        with open(config, "rb") as file:
            sets_include = "include" in tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError):
        return  # presscheck reports a bad configuration itself, on the worker
    if sets_include:
        fail(f"{config} sets `include`, which this recipe's folder walk does not apply: "
             "list the drafts yourself and pass the list with --files-from")


def walk_folder(folder, config=None):
    """The drafts presscheck's own walk of `folder` finds, in its order (lint_runner.cpp):
    hidden folders and links to folders not entered, FIFOs, sockets and devices passed
    over, dangling links kept, all sorted by their bytes."""
    found = []
    refuse_include(config or nearest_config(folder))
    for root, dirs, files in os.walk(folder):
        if config is None and CONFIG_NAME in files:
            refuse_include(os.path.join(root, CONFIG_NAME))
        dirs[:] = [d for d in dirs
                   if not (len(d) > 1 and d.startswith("."))
                   and not os.path.islink(os.path.join(root, d))]
        for name in files:
            path = os.path.join(root, name)
            if cpp_extension(name) not in DRAFT_EXTENSIONS:
                continue
            try:
                mode = os.stat(path).st_mode
            except OSError:
                found.append(path)  # dangling or looping link: presscheck reports it
                continue
            if stat.S_ISREG(mode):
                found.append(path)
    return sorted(found, key=os.fsencode)


def read_list(list_path, nul):
    """The paths a --files-from list names, read as presscheck reads it."""
    data = sys.stdin.buffer.read() if list_path == "-" else open(list_path, "rb").read()
    if nul:
        entries = data.split(b"\0")
    else:
        entries = [line[:-1] if line.endswith(b"\r") else line for line in data.split(b"\n")]
    return [os.fsdecode(entry) for entry in entries if entry]


def config_option(lint_options):
    """The file `-- --config FILE` gives every draft, if any."""
    for i, option in enumerate(lint_options):
        if option.startswith("--config="):
            return option.split("=", 1)[1]
        if option == "--config" and i + 1 < len(lint_options):
            return lint_options[i + 1]
    return None


def corpus_paths(args, lint_options=()):
    """Every draft of the run in the order one local run would lint them."""
    config = config_option(lint_options)
    listed = read_list(args.files_from, args.null) if args.files_from else []
    paths = []
    for path in list(args.paths) + listed:
        if path == "-":
            fail("standard input (-) cannot be split across workers")
        # A path that is not a folder goes as is: presscheck reports it if it is missing.
        paths.extend(walk_folder(path, config) if os.path.isdir(path) else [path])
    return paths


def is_sqlite(path):
    with open(path, "rb") as file:
        return file.read(16) == b"SQLite format 3\0"


def starter_facts(presscheck):
    """The starter fact base's folder, looked for where presscheck looks (core/data_dir.cpp)."""
    folder = os.path.dirname(os.path.realpath(presscheck))
    candidates = [os.path.join(folder, "..", "share", "presscheck")]
    if os.environ.get("PRESSCHECK_HOME"):
        candidates.append(os.environ["PRESSCHECK_HOME"])
    for level in range(3):
        candidates.append(os.path.join(folder, *[".."] * level, "presscheck-data"))
    for candidate in candidates:
        if os.path.isdir(os.path.join(candidate, "rules")) and \
                os.path.isdir(os.path.join(candidate, "facts")):
            return os.path.join(candidate, "facts")
    fail(f"no starter fact base found next to {presscheck}; give one with --facts or run "
         "with --no-facts")


def configured_facts(presscheck, lint_options):
    """The fact base one local run reads when not given --facts: the one the configuration of
    the current folder names (lint_setup.cpp), as `presscheck config show` resolves it, or
    None for the starter base. A configuration presscheck cannot read stops the run here,
    with presscheck's own message, as it would stop a local run."""
    command = [presscheck, "config", "show", "."]
    config = config_option(lint_options)
    if config is not None:
        command += ["--config", config]
    shown = run_here(command, capture_output=True)
    if shown.returncode != 0:
        pass_on_failure(shown)
    facts = tomllib.loads(shown.stdout.decode(errors="surrogateescape")).get("facts", [])
    if len(facts) > 1:
        fail(f"the configuration names {len(facts)} fact bases ({', '.join(facts)}); one run "
             "reads one: put the JSON Lines files in one folder and name that folder")
    return facts[0] if facts else None


def run_here(command, **options):
    """Runs presscheck on this machine; stops with a message when it cannot start."""
    try:
        return subprocess.run(command, **options)
    except OSError as error:
        fail(f"cannot run {command[0]} ({error.strerror}); name the program with --presscheck")


def pass_on_failure(done):
    """Stops as the presscheck run `done` did: its message, its exit code."""
    sys.stderr.buffer.write(done.stderr)
    sys.stderr.flush()
    sys.exit(done.returncode)


def compile_facts(presscheck, facts, scratch):
    """A database file for --facts: a SQLite file as is, JSON Lines compiled once here.
    Its name carries its digest, so that runs with different bases never share a copy."""
    if os.path.isfile(facts) and is_sqlite(facts):
        source = facts
    else:
        source = os.path.join(scratch, "facts.db")
        built = run_here([presscheck, "facts", "build", facts, "-o", source],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if built.returncode != 0:
            pass_on_failure(built)
    digest = hashlib.sha256()
    with open(source, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    named = os.path.join(scratch, "presscheck-facts-" + digest.hexdigest()[:16] + ".db")
    shutil.copyfile(source, named)
    return named


class ShipFile(WorkerPlugin):
    """Copies one file into every worker's folder, those that join later included; unlike
    Client.upload_file it does not try to import the file as Python code."""

    def __init__(self, path):
        self.name = "presscheck-ship-" + os.path.basename(path)
        self.filename = os.path.basename(path)
        with open(path, "rb") as file:
            self.data = file.read()

    async def setup(self, worker):
        await worker.upload_file(filename=self.filename, data=self.data, load=False)


def lint_partition(paths, presscheck, facts_name, lint_options, cwd):
    """Runs on a worker: one presscheck run over `paths`, as (exit code, stdout, stderr)."""
    command = [presscheck, "lint", "--files-from", "-", "-0", "--format", "jsonl"]
    if facts_name is None:
        command.append("--no-facts")
    else:
        command += ["--facts", os.path.join(get_worker().local_directory, facts_name)]
    # Dask runs one task per worker thread: a partition takes one core unless told more.
    if not any(option.split("=")[0] in ("-j", "--jobs") or option.startswith("-j")
               for option in lint_options):
        command += ["-j", "1"]
    command += lint_options
    done = subprocess.run(command, input=b"\0".join(os.fsencode(p) for p in paths),
                          capture_output=True, cwd=cwd, env=dict(os.environ, CI="true"))
    return done.returncode, done.stdout, done.stderr


def partitions(paths, size):
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def overall_exit(codes):
    """A usage or data error (2) outranks findings (1), which outrank a clean run (0); any
    other code (a crash) is passed on as it is."""
    for code in codes:
        if code not in (0, 1, 2):
            return code
    return max(codes, default=0)


def run(presscheck, base, args, lint_options, paths, client, out, err):
    """Lints `paths` on `client`'s cluster with the fact base file `base` (None: no facts);
    writes the joined outputs; returns the exit code."""
    facts_name = None
    if base is not None:
        client.register_worker_plugin(ShipFile(base))
        facts_name = os.path.basename(base)
    futures = [client.submit(lint_partition, part, presscheck, facts_name, lint_options,
                             os.getcwd(), pure=False)
               for part in partitions(paths, args.partition_size)]
    results = client.gather(futures)
    for _, stdout, stderr in results:
        out.write(stdout)
        err.write(stderr)
    out.flush()
    err.flush()
    return overall_exit([code for code, _, _ in results])


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Options after -- go to every `presscheck lint` run (e.g. -- --lang fr -j 2).")
    parser.add_argument("paths", nargs="*", help="drafts or folders")
    parser.add_argument("--files-from", help="also the paths this file lists (- for stdin)")
    parser.add_argument("-0", "--null", action="store_true", help="the list is NUL-separated")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local-workers", type=int, default=2,
                       help="else a LocalCluster of this many worker processes (default 2)")
    parser.add_argument("--presscheck", default="presscheck",
                        help="the program, at the same path on every worker")
    facts = parser.add_mutually_exclusive_group()
    facts.add_argument("--facts", help="fact base (.db, or JSON Lines files or folder); default: "
                       "the one the current folder's configuration names, else the starter base")
    facts.add_argument("--no-facts", action="store_true")
    parser.add_argument("--partition-size", type=int, default=200, help="drafts per task")
    cut = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:cut])
    lint_options = argv[cut + 1:]
    if not args.paths and not args.files_from:
        parser.error("name drafts or folders, or a list with --files-from")
    if args.partition_size < 1:
        parser.error("--partition-size must be at least 1")
    for option in lint_options:
        if option.split("=")[0] in RESERVED_OPTIONS:
            parser.error(f"{option} is the recipe's to set (its own --facts, --no-facts and "
                         "--files-from come before --)")
    return args, lint_options


def main(argv):
    args, lint_options = parse_args(argv)
    # Everything that may stop the run happens before a cluster starts.
    paths = corpus_paths(args, lint_options)
    presscheck = os.path.abspath(shutil.which(args.presscheck) or args.presscheck)
    with tempfile.TemporaryDirectory(prefix="presscheck-dask-") as scratch:
        base = None
        if not args.no_facts:
            facts = (args.facts or configured_facts(presscheck, lint_options)
                     or starter_facts(presscheck))
            base = compile_facts(presscheck, facts, scratch)
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            client = Client(LocalCluster(n_workers=args.local_workers, threads_per_worker=1,
                                         processes=True, dashboard_address=None))
        with client:
            return run(presscheck, base, args, lint_options, paths, client, sys.stdout.buffer,
                       sys.stderr.buffer)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
