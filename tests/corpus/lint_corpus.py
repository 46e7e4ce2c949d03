#!/usr/bin/env python3
"""Lints every article of ../shared/corpus/*.jsonl and prints the findings per rule.

Each article becomes a draft: the title as headline, the lead (when there is one) as
standfirst, the date as the article date, then the body. Published copy is mostly right,
so nearly every error-level finding here is a false alarm to look at.

The same articles can be written as Markdown with YAML front matter (the default), as an
HTML page (a site logo in the page header, the article in <article>, the lead as a
standfirst paragraph) or as plain text as copied from a site (a section label, the
headline, the lead, the body). `--format all` lints the three and prints the counts side by
side: a reader that reads one format worse than the others shows up as a difference.

    tests/corpus/lint_corpus.py --binary build/presscheck [--format md|html|txt|all]
                                [--show RULE] [--keep DIR]

Skips cleanly (exit 0) when the corpus folder is absent.
"""
import argparse
import collections
import html
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


def paragraphs(body):
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def markdown_draft(article):
    lines = ["---", "title: " + yaml_string(article.get("title", ""))]
    if article.get("lead"):
        lines.append("standfirst: " + yaml_string(article["lead"]))
    if article.get("date"):
        lines.append("date: " + article["date"])
    lines += ["---", "", article.get("body", ""), ""]
    return "\n".join(lines)


def html_draft(article, lang):
    """A news site's page: logo and menu in the header, the article in <article>."""
    esc = html.escape
    head = [f"<title>{esc(article.get('title', ''))} | Le Quotidien</title>"]
    if article.get("date"):
        head.append(f'<meta property="article:published_time" content="{esc(article["date"])}">')
    body = [f"<h1>{esc(article.get('title', ''))}</h1>"]
    if article.get("lead"):
        body.append(f'<p class="standfirst">{esc(article["lead"])}</p>')
    body += [f"<p>{esc(p)}</p>" for p in paragraphs(article.get("body", ""))]
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            + "\n".join(head) + "\n</head>\n<body>\n"
            '<header><h1 class="logo">Le Quotidien</h1><nav><a href="/">Accueil</a></nav></header>\n'
            "<article>\n" + "\n".join(body) + "\n</article>\n"
            "<footer><p>Tous droits réservés</p></footer>\n</body>\n</html>\n")


def text_draft(article):
    """As copied from a site: a section label, the headline (on one line, as a page shows
    it), the lead, then the body. A page copy has no date, so the date the other forms carry
    comes in a front matter of its own: undated drafts get no title check."""
    parts = ["Actualité", " ".join(article.get("title", "").split())]
    if article.get("lead"):
        parts.append(article["lead"])
    parts += paragraphs(article.get("body", ""))
    dated = f"---\ndate: {article['date']}\n---\n\n" if article.get("date") else ""
    return dated + "\n\n".join(parts) + "\n"


def write_draft(folder, article, form, lang):
    text = {"md": markdown_draft, "txt": text_draft}.get(form)
    content = text(article) if text else html_draft(article, lang)
    path = folder / (article["id"] + "." + form)
    path.write_text(content, encoding="utf-8")
    return path


def lint_folder(args, folder):
    """The JSON report of one folder run, or None when presscheck failed."""
    command = [args.binary, "lint", "--format", "json", "--no-color", str(folder)]
    if args.facts:
        command += ["--facts", args.facts]
    started = time.monotonic()
    run = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if run.returncode not in (0, 1):
        print(f"{folder}: presscheck exited with {run.returncode}\n{run.stderr}", file=sys.stderr)
        return None, elapsed
    return json.loads(run.stdout), elapsed


def counts_per_rule(report):
    per_rule = collections.Counter()
    articles_per_rule = collections.defaultdict(set)
    for d in report["diagnostics"]:
        per_rule[(d["rule"], d["severity"])] += 1
        articles_per_rule[d["rule"]].add(pathlib.Path(d["path"]).stem)
    return per_rule, articles_per_rule


def compare_forms(name, counts):
    """Prints the rules whose findings differ between formats; 1 when any does."""
    rules = sorted({rule for per_rule, _ in counts.values() for rule in per_rule})
    differ = False
    print(f"== {name}: findings per rule in " + ", ".join(counts))
    for rule in rules:
        row = [counts[form][0].get(rule, 0) for form in counts]
        mark = "" if len(set(row)) == 1 else "   <- differs"
        differ |= bool(mark)
        print(f"   {rule[0]:<26} {rule[1]:<8} " + " ".join(f"{n:>6}" for n in row) + mark)
        if mark:
            sets = [counts[form][1].get(rule[0], set()) for form in counts]
            union = set().union(*sets)
            for article in sorted(union - set.intersection(*sets))[:10]:
                where = [form for form, hits in zip(counts, sets) if article in hits]
                print(f"      {article}: only in {', '.join(where)}")
    if not differ:
        print("   the same in every format")
    return 1 if differ else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="build/presscheck")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--format", choices=["md", "html", "txt", "all"], default="md",
                        help="how each article is written (all: the three, compared)")
    parser.add_argument("--show", action="append", default=[], help="print every hit of RULE")
    parser.add_argument("--keep", help="write the drafts here and keep them")
    parser.add_argument("--facts", help="fact base to lint with (default: the bundled one)")
    args = parser.parse_args()

    corpus = pathlib.Path(args.corpus)
    files = sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else []
    if not files:
        print(f"corpus: no corpus at {corpus}, skipped")
        return 0

    forms = ["md", "html", "txt"] if args.format == "all" else [args.format]
    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="corpus-"))
    status = 0
    for corpus_file in files:
        name = corpus_file.stem
        lang = "fr" if name.startswith("fr") else "en"
        articles = {}
        with corpus_file.open(encoding="utf-8") as stream:
            for line in stream:
                article = json.loads(line)
                articles[article["id"]] = article
        counts = {}
        for form in forms:
            folder = work / name / form
            folder.mkdir(parents=True, exist_ok=True)
            for article in articles.values():
                write_draft(folder, article, form, lang)
            report, elapsed = lint_folder(args, folder)
            if report is None:
                status = 1
                continue
            counts[form] = counts_per_rule(report)
            langs = collections.Counter(f["lang"] for f in report["files"])
            total = len(report["files"])
            print(f"== {name} ({form}): {total} articles, {elapsed:.2f} s, languages {dict(langs)}")
            per_rule, articles_per_rule = counts[form]
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
        if len(counts) > 1:
            status |= compare_forms(name, counts)
    if not args.keep:
        subprocess.run(["rm", "-rf", str(work)])
    return status


if __name__ == "__main__":
    sys.exit(main())
