#!/usr/bin/python3
"""contrib/dask/presscheck_dask.py on a LocalCluster of 2 worker processes, against one local
`presscheck lint --format jsonl` over the same paths: the samples, generated French and
English drafts (one with a line break in its name, one in a hidden folder, one not a draft),
a --files-from list and a missing path; and drafts in a folder whose configuration names a
fact base of its own. Standard output must be the same bytes, the exit code the same, and
presscheck's errors reach standard error.

    dask_recipe_test.py --binary build/presscheck --source .

Needs python3-distributed (.ci/install-deps installs it). It fails when that is missing;
PRESSCHECK_SKIP_DASK_TESTS=1 turns that into a skip.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SKIP = 77  # ctest's SKIP_RETURN_CODE for this test
ARGS = None

FRENCH = ("---\ntitle: \"L'UE ne « prend pas très au sérieux » les vidéos\"\nlang: fr\n---\n\n"
          "La Commission prend « très au sérieux » ces vidéos.\n")
ENGLISH = ("---\ntitle: 'EU is \"not taking very seriously\" the videos'\nlang: en\n---\n\n"
           "The Commission said it was taking the videos \"very seriously\".\n")
FIGURES = ("# Seine : une amende de 12 millions d'euros\n\n"
           "L'entreprise devra payer une amende de 15 millions d'euros, a annoncé le préfet.\n")
CLEAN = "# The mayor opens the tram line\n\nThe mayor opened the tram line on Monday.\n"


def write_drafts(folder):
    """Generated drafts; the recipe must pick the same files as presscheck's own walk."""
    drafts = {
        "fr/titre.md": FRENCH,
        "fr/chiffres.txt": FIGURES,
        "fr/deux\nlignes.md": FRENCH,  # travels only in a NUL-separated list
        "en/headline.md": ENGLISH,
        "en/clean.markdown": CLEAN,
        "en/page.html": "<html><body><h1>EU is \"not taking very seriously\" the videos</h1>"
                        "<p>The Commission is taking them \"very seriously\".</p></body></html>",
        ".hidden/skipped.md": ENGLISH,  # hidden folders are not walked
        "en/notes.csv": "not,a,draft\n",  # not a draft extension
    }
    for name, text in drafts.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    listed = folder.parent / "list.txt"
    listed.write_text("samples/fr/sans-entete.md\n\n" + str(folder / "en/headline.md") + "\n",
                      encoding="utf-8")
    return listed


class DaskRecipe(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scratch = tempfile.TemporaryDirectory(prefix="presscheck-dask-test-")
        drafts = Path(cls.scratch.name) / "drafts"
        listed = write_drafts(drafts)
        paths = ["samples", str(drafts), "absent/draft.md", "--files-from", str(listed)]
        env = dict(os.environ, CI="true")
        cls.local = subprocess.run([ARGS.binary, "lint", "--format", "jsonl", *paths],
                                   cwd=ARGS.source, capture_output=True, env=env, timeout=120)
        recipe = Path(ARGS.source) / "contrib/dask/presscheck_dask.py"
        cls.dask = subprocess.run(
            [sys.executable, str(recipe), "--presscheck", ARGS.binary, "--local-workers", "2",
             "--partition-size", "3", *paths], cwd=ARGS.source, capture_output=True, env=env,
            timeout=240)

    @classmethod
    def tearDownClass(cls):
        cls.scratch.cleanup()

    def test_output_is_byte_identical_to_one_local_run(self):
        self.assertEqual(self.dask.stdout, self.local.stdout,
                         self.dask.stderr.decode(errors="replace"))

    def test_the_exit_code_is_the_local_runs(self):
        self.assertEqual(self.local.returncode, 2)  # the missing path outranks the findings
        self.assertEqual(self.dask.returncode, 2, self.dask.stderr.decode(errors="replace"))

    def test_the_missing_path_is_reported_as_locally(self):
        error = b"presscheck: error: absent/draft.md: no such file or folder\n"
        self.assertEqual(self.local.stderr, error)
        self.assertIn(error, self.dask.stderr)

    def test_the_compared_output_covers_both_languages_the_fact_base_and_every_file(self):
        out = self.local.stdout.decode()
        lines = out.splitlines()
        self.assertGreater(len(lines), 20)
        # Findings that need the shipped base: without it on the workers, they would be missing.
        self.assertIn('"rule":"fact.', out)
        self.assertIn('"rule":"claim.previously-checked"', out)
        self.assertIn("le titre met à la forme négative", out)
        self.assertIn("the headline negates the quote", out)
        self.assertIn('/drafts/fr/deux\\nlignes.md"', out)
        self.assertIn('/drafts/en/page.html"', out)
        self.assertNotIn("skipped.md", out)
        self.assertNotIn("notes.csv", out)


class RecipeRefusals(unittest.TestCase):
    """What the recipe cannot split as one local run would, it refuses before a cluster starts."""

    def recipe(self, *args, cwd=None):
        recipe = Path(ARGS.source) / "contrib/dask/presscheck_dask.py"
        return subprocess.run([sys.executable, str(recipe), "--presscheck", ARGS.binary, *args],
                              cwd=cwd or ARGS.source, capture_output=True, timeout=60,
                              stdin=subprocess.DEVNULL)

    def lint(self, *args, cwd):
        return subprocess.run([ARGS.binary, "lint", "--format", "jsonl", *args], cwd=cwd,
                              capture_output=True, timeout=60, stdin=subprocess.DEVNULL)

    def test_a_folder_whose_configuration_sets_include(self):
        with tempfile.TemporaryDirectory() as scratch:
            config = Path(scratch, "ninjs", ".presscheck.toml")
            config.parent.mkdir()
            config.write_text('include = ["**/*.json"]\n', encoding="utf-8")
            run = self.recipe(scratch)
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stderr.decode(),
                         f"presscheck_dask: error: {config} sets `include`, which this recipe's "
                         "folder walk does not apply: list the drafts yourself and pass the list "
                         "with --files-from\n")

    def test_standard_input(self):
        run = self.recipe("samples", "-")
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stderr,
                         b"presscheck_dask: error: standard input (-) cannot be split across "
                         b"workers\n")

    def test_a_configuration_that_names_two_fact_bases(self):
        with tempfile.TemporaryDirectory() as scratch:
            Path(scratch, ".presscheck.toml").write_text('facts = ["wire", "desk"]\n',
                                                         encoding="utf-8")
            Path(scratch, "draft.md").write_text(CLEAN, encoding="utf-8")
            run = self.recipe("draft.md", cwd=scratch)
            local = self.lint("draft.md", cwd=scratch)
        folder = os.path.realpath(scratch)
        self.assertEqual(local.returncode, 2)
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stderr.decode(),
                         f"presscheck_dask: error: the configuration names 2 fact bases "
                         f"({folder}/wire, {folder}/desk); one run reads one: put the JSON Lines "
                         "files in one folder and name that folder\n")

    def test_a_configuration_presscheck_cannot_read_stops_it_as_it_stops_lint(self):
        with tempfile.TemporaryDirectory() as scratch:
            Path(scratch, ".presscheck.toml").write_text("facts = [\n", encoding="utf-8")
            Path(scratch, "draft.md").write_text(CLEAN, encoding="utf-8")
            run = self.recipe("draft.md", cwd=scratch)
            local = self.lint("draft.md", cwd=scratch)
        self.assertEqual(local.returncode, 2)
        self.assertIn(b".presscheck.toml:1:", local.stderr)
        self.assertEqual((run.returncode, run.stderr), (2, local.stderr))

    def test_a_program_that_cannot_run(self):
        recipe = Path(ARGS.source) / "contrib/dask/presscheck_dask.py"
        run = subprocess.run([sys.executable, str(recipe), "--presscheck", "/absent/presscheck",
                              "samples"], cwd=ARGS.source, capture_output=True, timeout=60)
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stderr.decode(),
                         "presscheck_dask: error: cannot run /absent/presscheck (No such file or "
                         "directory); name the program with --presscheck\n")

    def test_a_fact_base_that_cannot_be_read_stops_it_as_it_stops_lint(self):
        run = self.recipe("--facts", "absent-facts", "samples")
        local = self.lint("--facts", "absent-facts", "samples", cwd=ARGS.source)
        self.assertEqual(local.stderr, b"presscheck: error: absent-facts: no such file or folder\n")
        self.assertEqual((run.returncode, run.stderr), (2, local.stderr))


class ConfiguredFactBase(unittest.TestCase):
    """Without --facts, the recipe reads the fact base the configuration of the current folder
    names, as a local run does: here a newsroom base that lacks the facts the starter base
    holds about the two drafts."""

    @classmethod
    def setUpClass(cls):
        cls.scratch = tempfile.TemporaryDirectory(prefix="presscheck-dask-config-")
        folder = Path(cls.scratch.name)
        (folder / "newsroom-facts").mkdir()
        (folder / "newsroom-facts/entities.jsonl").write_text(
            '{"type":"entity","id":"jean-exemple","kind":"person",'
            '"names":{"fr":["Jean Exemple"],"en":["Jean Exemple"]}}\n', encoding="utf-8")
        (folder / ".presscheck.toml").write_text('facts = "newsroom-facts"\n', encoding="utf-8")
        (folder / "drafts").mkdir()
        for sample in ("fr/amende-x-base-de-faits.md", "en/x-fine-fact-base.md"):
            shutil.copy(Path(ARGS.source, "samples", sample), folder / "drafts")
        env = dict(os.environ, CI="true")

        def lint(*options):
            return subprocess.run([ARGS.binary, "lint", "--format", "jsonl", *options, "drafts"],
                                  cwd=folder, capture_output=True, env=env, timeout=120)

        cls.local = lint()
        cls.starter = lint("--facts", str(Path(ARGS.source, "facts")))
        recipe = Path(ARGS.source) / "contrib/dask/presscheck_dask.py"
        cls.dask = subprocess.run(
            [sys.executable, str(recipe), "--presscheck", ARGS.binary, "--local-workers", "2",
             "--partition-size", "1", "drafts"], cwd=folder, capture_output=True, env=env,
            timeout=240)

    @classmethod
    def tearDownClass(cls):
        cls.scratch.cleanup()

    def test_the_configured_base_is_the_one_lint_reads(self):
        self.assertIn(b'"rule":"fact.value-mismatch"', self.starter.stdout)
        self.assertNotIn(b'"rule":"fact.', self.local.stdout)

    def test_output_and_exit_code_are_those_of_one_local_run(self):
        self.assertEqual(self.dask.stdout, self.local.stdout,
                         self.dask.stderr.decode(errors="replace"))
        self.assertEqual(self.dask.returncode, self.local.returncode)


class PartitionWrapper(unittest.TestCase):
    """contrib/streaming/presscheck-partition, the worker Hadoop Streaming and RDD.pipe run."""

    def partition(self, paths):
        wrapper = Path(ARGS.source) / "contrib/streaming/presscheck-partition"
        return subprocess.run(["sh", str(wrapper)], input="".join(p + "\n" for p in paths).encode(),
                              cwd=ARGS.source, capture_output=True, timeout=120,
                              env={"PRESSCHECK": ARGS.binary, "CI": "true"})

    def test_partitions_joined_are_one_run_and_findings_are_no_failure(self):
        paths = sorted(str(p.relative_to(ARGS.source))
                       for p in Path(ARGS.source, "samples").rglob("*.md"))
        first, second = self.partition(paths[:5]), self.partition(paths[5:])
        whole = subprocess.run([ARGS.binary, "lint", "--format", "jsonl", *paths],
                               cwd=ARGS.source, capture_output=True, timeout=120)
        self.assertEqual(whole.returncode, 1)
        self.assertEqual((first.returncode, second.returncode), (0, 0))
        self.assertEqual(first.stdout + second.stdout, whole.stdout)

    def test_a_missing_draft_fails_the_task(self):
        run = self.partition(["samples/fr/absent.md"])
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stderr, b"presscheck: error: samples/fr/absent.md: no such file or folder\n")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True, help="the checkout (holds samples/)")
    ARGS, rest = parser.parse_known_args()
    ARGS.binary = str(Path(ARGS.binary).resolve())
    ARGS.source = str(Path(ARGS.source).resolve())  # some tests run in folders of their own
    try:
        import distributed  # noqa: F401  (the recipe's own import would fail less clearly)
    except ImportError as error:
        print(f"dask_recipe_test: missing python3-distributed ({error}): run .ci/install-deps",
              file=sys.stderr)
        if os.environ.get("PRESSCHECK_SKIP_DASK_TESTS") == "1":
            print("dask_recipe_test: skipped (PRESSCHECK_SKIP_DASK_TESTS=1)", file=sys.stderr)
            return SKIP
        return 1
    program = unittest.main(argv=[sys.argv[0], *rest], exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
