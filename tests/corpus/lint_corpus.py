#!/usr/bin/env python3
"""Lints every article of ../shared/corpus/*.jsonl and prints the findings per rule.

Each article becomes a Markdown draft: the title as headline, the lead (when there is one)
as standfirst, the date as the article date, then the body. Published copy is mostly right,
so nearly every error-level finding here is a false alarm to look at.

    tests/corpus/lint_corpus.py --binary build/presscheck [--show RULE] [--keep DIR]

Skips cleanly (exit 0) when the corpus folder is absent.
"""
import argparse
import collections
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent.parent / "shared" / "corpus"


def yaml_string(text):
    """A double-quoted YAML scalar on one line."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("\r", " ")
    return '"' + escaped + '"'


def write_draft(folder, article):
    lines = ["---", "title: " + yaml_string(article.get("title", ""))]
    if article.get("lead"):
        lines.append("standfirst: " + yaml_string(article["lead"]))
    if article.get("date"):
        lines.append("date: " + article["date"])
    lines += ["---", "", article.get("body", ""), ""]
    path = folder / (article["id"] + ".md")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="build/presscheck")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--show", action="append", default=[], help="print every hit of RULE")
    parser.add_argument("--keep", help="write the drafts here and keep them")
    parser.add_argument("--facts", help="fact base to lint with (default: the bundled one)")
    args = parser.parse_args()

    corpus = pathlib.Path(args.corpus)
    files = sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else []
    if not files:
        print(f"corpus: no corpus at {corpus}, skipped")
        return 0

    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="corpus-"))
    status = 0
    for corpus_file in files:
        name = corpus_file.stem
        folder = work / name
        folder.mkdir(parents=True, exist_ok=True)
        articles = {}
        with corpus_file.open(encoding="utf-8") as stream:
            for line in stream:
                article = json.loads(line)
                articles[article["id"]] = article
                write_draft(folder, article)
        command = [args.binary, "lint", "--format", "json", "--no-color", str(folder)]
        if args.facts:
            command += ["--facts", args.facts]
        started = time.monotonic()
        run = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.monotonic() - started
        if run.returncode not in (0, 1):
            print(f"{name}: presscheck exited with {run.returncode}\n{run.stderr}", file=sys.stderr)
            status = 1
            continue
        report = json.loads(run.stdout)
        per_rule = collections.Counter()
        articles_per_rule = collections.defaultdict(set)
        for d in report["diagnostics"]:
            per_rule[(d["rule"], d["severity"])] += 1
            articles_per_rule[d["rule"]].add(d["path"])
        langs = collections.Counter(f["lang"] for f in report["files"])
        total = len(report["files"])
        print(f"== {name}: {total} articles, {elapsed:.2f} s, languages {dict(langs)}")
        if not per_rule:
            print("   no findings")
        for (rule, severity), count in sorted(per_rule.items()):
            hit = len(articles_per_rule[rule])
            print(f"   {rule:<26} {severity:<8} {count:>5} findings in {hit:>4} articles "
                  f"({100.0 * hit / max(total, 1):.2f}%)")
        for d in report["diagnostics"]:
            if d["rule"] in args.show:
                article = articles[pathlib.Path(d["path"]).stem]
                print(f"\n-- {d['path']}:{d['line']}:{d['column']} {d['rule']}: {d['message']}")
                print(f"   title: {article.get('title', '')}")
                for e in d.get("evidence", []):
                    print(f"   evidence: {e['text']}")
    if not args.keep:
        subprocess.run(["rm", "-rf", str(work)])
    return status


if __name__ == "__main__":
    sys.exit(main())
