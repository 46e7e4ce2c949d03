#!/usr/bin/env python3
"""Writes articles of ../shared/corpus/*.jsonl as Markdown drafts into a folder, for timing
and profiling lint on real text (French and English), beside lint_bench's generated drafts.

    tests/bench/corpus_drafts.py OUT [--count N] [--lang fr|en|all] [--copies K]

N articles per corpus file (all by default); K copies of each (default 1) make a folder big
enough to time. Drafts are written as lint_corpus.py writes them (title as headline, lead as
standfirst, date in the front matter). The folder should be outside the repository: the
corpus is test data only. Prints the folder's size. Exits 0 with a note when the corpus is
absent.
"""
import argparse
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from lint_corpus import DEFAULT_CORPUS, markdown_draft  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--count", type=int, default=0, help="articles per file (0: all)")
    parser.add_argument("--lang", choices=["fr", "en", "all"], default="all")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()

    corpus = pathlib.Path(args.corpus)
    files = sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else []
    if args.lang != "all":
        files = [f for f in files if f.stem.startswith(args.lang)]
    if not files:
        print(f"corpus: no corpus at {corpus}, nothing written")
        return 0
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    size = 0
    for corpus_file in files:
        with corpus_file.open(encoding="utf-8") as stream:
            for index, line in enumerate(stream):
                if args.count and index >= args.count:
                    break
                article = json.loads(line)
                text = markdown_draft(article).encode("utf-8")
                for copy in range(args.copies):
                    suffix = f"-{copy}" if args.copies > 1 else ""
                    (out / f"{article['id']}{suffix}.md").write_bytes(text)
                    written += 1
                    size += len(text)
    print(f"{written} drafts, {size / 1e6:.2f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
