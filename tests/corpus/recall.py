#!/usr/bin/env python3
"""Plants slips into real articles and measures how many presscheck catches.

Method. From each article of ../shared/corpus (OrangeSum in French, BBC and Reuters in
English) the generator writes drafts that carry one slip an editor could make, each with
its control, the same draft without the slip:

  negation-added    the headline negates words the body quotes affirmatively, in every
                    form editors write a negation (one sub-form each: ne-pas, bare-pas,
                    inside-quote, won't, headlinese...);
  negation-removed  the headline quotes affirmatively words the body quotes negated;
  misquote          the headline quotes a body quote with three or more words changed;
  number-change     the headline or standfirst changes a figure the body gives;
  date-change       the standfirst changes a date, a year, or gives the wrong weekday.

The headlines are rebuilt from the body's own clauses with simple templates (see the
slips_* modules); where a form cannot be written safely for a sentence, it is skipped.
Reuters headlines are in capitals, so Reuters articles only serve the standfirst slips.
A slip is caught when the rule expected for it fires on the line that carries it; the
same rule firing on a control's line is a false alarm of the generator's own text. The
unchanged articles are linted too, as lint_corpus.py writes them: articles with an
error-level finding, per 100 articles, per rule and language.

    tests/corpus/recall.py --binary build/presscheck [--kind KIND] [--lang fr|en]
                           [--show KIND] [--keep DIR] [--cap N] [--table FILE] [--strict]

The run is deterministic (each choice is seeded by the article and the kind). Skips
cleanly (exit 0) when the corpus folder is absent.
"""
import argparse
import collections
import json
import pathlib
import random
import shutil
import sys
import tempfile
import types

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from lint_corpus import DEFAULT_CORPUS, lint_folder, markdown_draft  # noqa: E402
from slips_misquote import misquote  # noqa: E402
from slips_negation import negation_added, negation_removed  # noqa: E402
from slips_values import date_change, number_change  # noqa: E402

KINDS = ["negation-added", "negation-removed", "misquote", "number-change", "date-change"]
# The targets: the least recall per kind group, in percent.
RECALL_TARGETS = {"negation": 90.0, "misquote": 95.0, "number-change": 80.0, "date-change": 70.0}
MAX_ERROR_ARTICLES_PER_100 = 0.5
PART_LINE = {"headline": 2, "standfirst": 3}  # in lint_corpus's Markdown drafts


def target_group(kind):
    return "negation" if kind.startswith("negation") else kind


def corpus_language(name):
    return "fr" if name.startswith("fr") else "en"


def load_corpora(folder, lang_filter):
    corpora = {}
    for path in sorted(folder.glob("*.jsonl")):
        lang = corpus_language(path.stem)
        if lang_filter and lang != lang_filter:
            continue
        with path.open(encoding="utf-8") as stream:
            corpora[path.stem] = [json.loads(line) for line in stream]
    return corpora


def slips_of(article, lang, corpus, kinds):
    """Every slip the article gives for the kinds asked. Reuters titles are capitals, so
    its articles carry only standfirst slips."""
    headline_ok = not corpus.startswith("en-reuters")
    made = []
    if "negation-added" in kinds and headline_ok:
        made += negation_added(article, lang, corpus)
    if "negation-removed" in kinds and headline_ok:
        made += negation_removed(article, lang, corpus)
    if "misquote" in kinds and headline_ok:
        made += misquote(article, lang, corpus)
    if "number-change" in kinds:
        made += number_change(article, lang, corpus, headline_allowed=headline_ok)
    if "date-change" in kinds:
        made += date_change(article, lang, corpus)
    return made


def capped(slips, cap):
    """At most `cap` slips per kind and language, taken in turn from each sub-form so
    rare forms keep their share; the choice is seeded, so runs agree."""
    groups = collections.defaultdict(lambda: collections.defaultdict(list))
    for slip in slips:
        groups[(slip.kind, slip.lang)][slip.form].append(slip)
    chosen = []
    for key in sorted(groups):
        forms = groups[key]
        for form in sorted(forms):
            random.Random(f"{key}/{form}").shuffle(forms[form])
        taken = []
        while len(taken) < cap and any(forms.values()):
            for form in sorted(forms):
                if forms[form] and len(taken) < cap:
                    taken.append(forms[form].pop())
        chosen += taken
    return chosen


def with_slip_line(article, slip, line):
    """The article with the slip's line (headline or standfirst) replaced by `line`."""
    draft = dict(article)
    draft["title" if slip.part == "headline" else "lead"] = line
    return draft


def write_drafts(folder, slips, articles):
    folder.mkdir(parents=True, exist_ok=True)
    for index, slip in enumerate(slips):
        article = articles[(slip.corpus, slip.article_id)]
        for role, line in (("planted", slip.planted), ("control", slip.control)):
            path = folder / f"{index:05d}-{role}.md"
            path.write_text(markdown_draft(with_slip_line(article, slip, line)), encoding="utf-8")


def findings_by_draft(report):
    found = collections.defaultdict(list)
    for d in report["diagnostics"]:
        found[pathlib.Path(d["path"]).stem].append(d)
    return found


def fires_on_line(findings, slip):
    line = PART_LINE[slip.part]
    return any(d["rule"] in slip.expected and d["line"] == line for d in findings)


def score(slips, found):
    """Per (kind, form, lang): [caught, planted, control false alarms], and the misses."""
    table = collections.defaultdict(lambda: [0, 0, 0])
    misses = []
    for index, slip in enumerate(slips):
        row = table[(slip.kind, slip.form, slip.lang)]
        row[1] += 1
        planted = found.get(f"{index:05d}-planted", [])
        if fires_on_line(planted, slip):
            row[0] += 1
        else:
            misses.append((slip, planted))
        row[2] += fires_on_line(found.get(f"{index:05d}-control", []), slip)
    return table, misses


def clean_false_alarms(args, corpora, work):
    """Per language: articles linted, and articles with an error-level finding per rule
    (with "any error" and headline.negated-quote at any severity)."""
    totals = collections.Counter()
    hits = collections.defaultdict(lambda: collections.defaultdict(set))
    for name, articles in corpora.items():
        lang = corpus_language(name)
        folder = work / "clean" / name
        folder.mkdir(parents=True, exist_ok=True)
        for article in articles:
            (folder / (article["id"] + ".md")).write_text(markdown_draft(article), encoding="utf-8")
        report, _ = lint_folder(args, folder)
        if report is None:
            return None, None
        totals[lang] += len(report["files"])
        for d in report["diagnostics"]:
            article = name + "/" + pathlib.Path(d["path"]).stem
            if d["severity"] == "error":
                hits[lang][d["rule"]].add(article)
                hits[lang]["(any error)"].add(article)
            if d["rule"] == "headline.negated-quote":
                hits[lang]["headline.negated-quote (any)"].add(article)
    return totals, hits


def mark(met):
    return "met" if met else "MISSED"


def percent(part, whole):
    return 100.0 * part / whole if whole else 0.0


def recall_lines(table):
    lines = ["| kind | form | lang | caught/planted | recall | control false alarms |",
             "|---|---|---|---|---|---|"]
    for (kind, form, lang), (caught, planted, alarms) in sorted(table.items()):
        lines.append(f"| {kind} | {form} | {lang} | {caught}/{planted} | "
                     f"{percent(caught, planted):.1f}% | {alarms}/{planted} |")
    return lines


def target_lines(table, totals, hits):
    """The issue's targets next to the figures, each marked met or missed."""
    grouped = collections.defaultdict(lambda: [0, 0, 0])
    for (kind, _, lang), row in table.items():
        for i in range(3):
            grouped[(target_group(kind), lang)][i] += row[i]
    lines = ["| measure | lang | figure | target | status |", "|---|---|---|---|---|"]
    all_met = True
    for (group, lang), (caught, planted, alarms) in sorted(grouped.items()):
        value = percent(caught, planted)
        met = value >= RECALL_TARGETS[group]
        all_met &= met
        lines.append(f"| {group} recall ({caught}/{planted}; control alarms {alarms}) | {lang} | "
                     f"{value:.1f}% | >= {RECALL_TARGETS[group]:.0f}% | {mark(met)} |")
    for lang in sorted(totals):
        errors = len(hits[lang]["(any error)"])
        per_100 = 100.0 * errors / totals[lang]
        met = per_100 <= MAX_ERROR_ARTICLES_PER_100
        negated = len(hits[lang]["headline.negated-quote (any)"])
        all_met &= met and negated == 0
        lines.append(f"| clean articles with an error ({errors}/{totals[lang]}) | {lang} | "
                     f"{per_100:.2f} per 100 | <= {MAX_ERROR_ARTICLES_PER_100} per 100 | {mark(met)} |")
        lines.append(f"| headline.negated-quote on the clean corpus | {lang} | {negated} | 0 | "
                     f"{mark(negated == 0)} |")
    return lines, all_met


def clean_lines(totals, hits):
    lines = ["| rule | lang | articles | per 100 articles |", "|---|---|---|---|"]
    for lang in sorted(totals):
        for rule in sorted(hits[lang]):
            count = len(hits[lang][rule])
            lines.append(f"| {rule} | {lang} | {count}/{totals[lang]} | "
                         f"{100.0 * count / totals[lang]:.2f} |")
    return lines


def show_misses(misses, kinds):
    for slip, findings in misses:
        if slip.kind not in kinds:
            continue
        on_line = [f"{d['rule']} ({d['severity']})" for d in findings
                   if d["line"] == PART_LINE[slip.part]]
        print(f"\n-- missed {slip.kind}/{slip.form} [{slip.lang}] {slip.corpus}/{slip.article_id}")
        print(f"   {slip.part}: {slip.planted}")
        print(f"   control:  {slip.control}")
        print(f"   body:     {slip.source}")
        print(f"   on that line: {', '.join(on_line) or 'nothing'}")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="build/presscheck")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeatable)")
    parser.add_argument("--lang", choices=["fr", "en"], help="only this language")
    parser.add_argument("--show", action="append", default=[], choices=KINDS,
                        help="print each missed draft of KIND with its body sentence")
    parser.add_argument("--keep", help="write the drafts here and keep them")
    parser.add_argument("--cap", type=int, default=300, help="planted drafts per kind and language")
    parser.add_argument("--table", help="write the tables here (default: recall.md next to the binary)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--facts", help="fact base to lint with (default: the bundled one)")
    return parser.parse_args()


def main():
    args = parse_args()
    corpus = pathlib.Path(args.corpus)
    if not corpus.is_dir() or not any(corpus.glob("*.jsonl")):
        print(f"recall: no corpus at {corpus}, skipped")
        return 0
    kinds = args.kind or KINDS
    corpora = load_corpora(corpus, args.lang)
    articles = {(name, a["id"]): a for name, items in corpora.items() for a in items}
    slips = capped([slip for name, items in corpora.items() for a in items
                    for slip in slips_of(a, corpus_language(name), name, kinds)], args.cap)
    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="recall-"))
    try:
        write_drafts(work / "planted", slips, articles)
        lint_args = types.SimpleNamespace(binary=args.binary, facts=args.facts)
        report, elapsed = lint_folder(lint_args, work / "planted")
        totals, hits = clean_false_alarms(lint_args, corpora, work)
        if report is None or totals is None:
            return 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    table, misses = score(slips, findings_by_draft(report))
    targets, all_met = target_lines(table, totals, hits)
    print(f"recall: {len(slips)} planted drafts and their controls linted in {elapsed:.2f} s; "
          "Reuters (capital headlines) serves only the standfirst slips\n")
    text = ["## Recall per kind, form and language", *recall_lines(table), "",
            "## False alarms on the clean corpus (articles with an error-level finding)",
            *clean_lines(totals, hits), "", "## The issue's targets", *targets]
    print("\n".join(text))
    show_misses(misses, set(args.show))
    table_path = pathlib.Path(args.table) if args.table else pathlib.Path(args.binary).parent / "recall.md"
    try:
        table_path.write_text("\n".join(text) + "\n", encoding="utf-8")
        print(f"\nrecall: tables written to {table_path}")
    except OSError as error:
        print(f"\nrecall: could not write {table_path}: {error}", file=sys.stderr)
    return 1 if args.strict and not all_met else 0


if __name__ == "__main__":
    sys.exit(main())
