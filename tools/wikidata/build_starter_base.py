#!/usr/bin/env python3
"""Regenerates facts/wikidata/ from the Wikidata office-holder bundle, reproducibly.

    tools/wikidata/build_starter_base.py [--data ../shared/data/wikidata] [--out facts/wikidata]

Reads who held which office, from when to when, from the bundle's tables (Wikidata query
results) and entity JSON, keeps the offices named in office_names.toml (French and English
names written by hand: the tables only give short English titles) and writes JSON Lines the
fact base reads: offices, people, one source per person and snapshot (the Wikidata item's
page, retrieved on the snapshot's date) and one position_held statement per term.

The same input always gives the same files: records are sorted by id, and the ids come from
Wikidata (statement ids where the table gives them, else person, office and start date).
Prints what it kept and what it left out, and why. Python 3 standard library only.
"""
import argparse
import collections
import csv
import json
import pathlib
import re
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wikidata"
PROPERTY = "position_held"

# The tables read: (path under officeholders/, snapshot date, reader). Snapshot dates are
# the commit dates the bundle's SOURCE.txt files give: later changes are not in the data.
CABINET_TABLES = [
    ("france-cabinet", "2022-07-23"),
    ("united-kingdom-cabinet", "2022-07-23"),
    ("us-cabinet", "2022-08-03"),
]
# Members of parliament, from the same tables: the chambers whose past terms all have an end
# in the data (the French Senate and the regional councils are left out: many of their past
# terms have none, which would read as still held).
LEGISLATURES = [
    ("france-cabinet", "2022-07-23", "member of the French National Assembly"),
    ("us-cabinet", "2022-08-03", "United States representative"),
    ("us-cabinet", "2022-08-03", "United States senator"),
]
# Full histories of one office each (wikibase-cli SPARQL output, with statement ids).
OFFICE_HISTORIES = [
    ("uk-home-secretary-wikipedia", "Q2484309", "2020-07-14"),
    ("uk-defence-secretary-wikipedia", "Q2747647", "2020-07-14"),
    ("uk-scotland-secretary-wikipedia", "Q111784", "2020-07-15"),
    ("uk-welsh-secretary-wikipedia", "Q1846384", "2020-07-14"),
]
WORLD_LEADERS = ("world-leaders-2021", "2022-10-10")
# Entity JSON (wbgetentities responses) of people whose whole record the tables lack.
ENTITY_FILES = [
    "entities/opensanctions__nomenklatura/tests/fixtures/wikidata/"
    "api_php_action_wbgetentities_format_json_ids_q7747_props_info_7csitelinks_2furls_"
    "7caliases_7clabels_7cdescriptions_7cclaims_7cdatatype.json",
]

DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def cut_date(text):
    """A table date cut to its precision (YYYY, YYYY-MM, YYYY-MM-DD); None when empty or
    vaguer than a year (a decade, "1990s")."""
    text = (text or "").strip()
    if not text:
        return None
    if text.endswith("s"):
        raise ValueError("vaguer than a year")
    match = DATE.match(text[:10])
    if not match:
        raise ValueError(f"unreadable date {text!r}")
    return "-".join(part for part in match.groups() if part)


def date_without_precision(text):
    """A SPARQL dateTime: as precise as its zeros allow (2014-01-01 is the year 2014)."""
    if not text:
        return None
    day = text[:10]
    if day.endswith("-01-01"):
        return day[:4]
    if day.endswith("-01"):
        return day[:7]
    return day


def wikidata_time(value):
    """A Wikidata time value at its precision (9 year, 10 month, 11 day), else None."""
    precision = value.get("precision", 0)
    if precision < 9:
        return None
    day = value["time"].lstrip("+")[:10]
    return day[: {9: 4, 10: 7}.get(precision, 10)]


def date_record(iso):
    precision = {4: "year", 7: "month", 10: "day"}[len(iso)]
    return {"date": iso, "precision": precision}


def statement_key(iso):
    return iso.replace("-", "")


class Base:
    """The terms gathered so far, merged across tables, and what was left out."""

    def __init__(self, offices, people):
        self.offices = offices  # office id -> names
        self.people = people  # person id -> French names, curated id
        self.terms = {}  # (person, office, start year) -> term
        self.labels = {}  # person -> English label
        self.left_out = collections.Counter()
        self.read = collections.Counter()

    def add(self, table, person, label, office, start, end, snapshot, statement_id=None):
        self.read[table] += 1
        if office not in self.offices:
            self.left_out[f"{table}: office with no names in office_names.toml"] += 1
            return
        try:
            start, end = cut_date(start), cut_date(end)
        except ValueError as error:
            self.left_out[f"{table}: date {error}"] += 1
            return
        if start and end and start >= end[: len(start)] and start[:4] >= end[:4]:
            self.left_out[f"{table}: end not after start"] += 1
            return
        if label and not re.fullmatch(r"Q\d+", label):
            self.labels.setdefault(person, label)
        key = (person, office, start[:4] if start else "")
        term = {"person": person, "office": office, "start": start, "end": end,
                "snapshot": snapshot, "id": statement_id}
        known = self.terms.get(key)
        self.terms[key] = merge(known, term) if known else term

    def entity_id(self, person):
        """The person's id: the hand-curated one when the base already has them."""
        return self.people.get(person, {}).get("id", person.lower())

    def sources_and_statements(self):
        sources, statements = {}, []
        for term in self.terms.values():
            if term["person"] not in self.labels:
                self.left_out["person with no name in any table"] += 1
                continue
            source_id = f"wikidata-{term['person'].lower()}-{statement_key(term['snapshot'])}"
            sources[source_id] = {
                "type": "source", "id": source_id,
                "url": f"https://www.wikidata.org/wiki/{term['person']}",
                "title": f"{self.labels[term['person']]} ({term['person']}), Wikidata",
                "publisher": "Wikidata", "retrieved": term["snapshot"],
            }
            statement_id = term["id"] or "wikidata-{}-p39-{}-{}".format(
                term["person"], term["office"], term["start"] or "undated")
            statement = {"type": "statement", "id": fact_id(statement_id),
                         "subject": self.entity_id(term["person"]), "property": PROPERTY,
                         "value": {"entity": term["office"].lower()}}
            if term["start"]:
                statement["valid_from"] = date_record(term["start"])
            if term["end"]:
                statement["valid_to"] = date_record(term["end"])
            statement["sources"] = [source_id]
            statements.append(statement)
        return sources, statements


def merge(known, term):
    """One term seen in two tables: the more precise start, the latest snapshot's end, and
    the Wikidata statement id when either gives it."""
    newer, older = (term, known) if term["snapshot"] >= known["snapshot"] else (known, term)
    merged = dict(newer)
    starts = [t["start"] for t in (known, term) if t["start"]]
    merged["start"] = max(starts, key=len) if starts else None
    merged["id"] = newer["id"] or older["id"]
    return merged


def fact_id(wikidata_id):
    return wikidata_id.lower().replace("$", "-")


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def read_cabinets(base, data):
    for repo, snapshot in CABINET_TABLES:
        folder = data / "officeholders" / repo
        title_to_office = {row["title"]: row["position"]
                           for row in read_csv(folder / "wikidata" / "wanted-positions.csv")}
        for row in read_csv(folder / "html" / "holders21.csv"):
            office = title_to_office.get(row["position"], "")
            base.add(f"{repo}/html/holders21.csv", row["personID"], row["person"], office,
                     row["start"], row["end"], snapshot)
        official = folder / "sources" / "official" / "wikidata.csv"
        if repo == "france-cabinet":
            for row in read_csv(official):
                base.add(f"{repo}/sources/official/wikidata.csv", row["item"],
                         row["itemLabel"], row["position"], row["startDate"], row["endDate"],
                         snapshot, row["psid"])


def read_legislatures(base, data):
    for repo, snapshot, title in LEGISLATURES:
        folder = data / "officeholders" / repo
        offices = {row["title"]: row["position"]
                   for row in read_csv(folder / "wikidata" / "legislative-positions.csv")}
        for row in read_csv(folder / "html" / "legislators.csv"):
            if row["position"] == title:
                base.add(f"{repo}/html/legislators.csv", row["personID"], row["person"],
                         offices[title], row["start"], row["end"], snapshot)


def read_histories(base, data):
    for repo, office, snapshot in OFFICE_HISTORIES:
        path = data / "officeholders" / repo / "wikidata.json"
        for row in json.loads(path.read_text(encoding="utf-8")):
            base.add(f"{repo}/wikidata.json", row["item"]["value"], row["item"].get("label"),
                     office, date_without_precision(row.get("start")),
                     date_without_precision(row.get("end")), snapshot, row.get("statement"))


def read_world_leaders(base, data):
    repo, snapshot = WORLD_LEADERS
    for row in read_csv(data / "officeholders" / repo / "data" / "wikidata.csv"):
        base.add(f"{repo}/data/wikidata.csv", row["officeholder"], row["officeholderLabel"],
                 row["position"], row["start_year"], row["end_year"], snapshot)


def read_entities(base, data):
    for name in ENTITY_FILES:
        response = json.loads((data / name).read_text(encoding="utf-8"))
        for person, entity in response["entities"].items():
            snapshot = entity.get("modified", "")[:10]
            label = entity.get("labels", {}).get("en", {}).get("value")
            for claim in entity.get("claims", {}).get("P39", []):
                snak = claim["mainsnak"]
                if snak.get("snaktype") != "value" or claim.get("rank") == "deprecated":
                    continue
                qualifiers = claim.get("qualifiers", {})
                bound = {}
                for key, prop in (("start", "P580"), ("end", "P582")):
                    snaks = [s for s in qualifiers.get(prop, []) if s.get("snaktype") == "value"]
                    bound[key] = wikidata_time(snaks[0]["datavalue"]["value"]) if snaks else None
                if qualifiers.get("P582") and not bound["end"]:
                    base.left_out[f"{name}: end unknown"] += 1
                    continue
                base.add(name.split("/")[1] + " entity JSON", person, label,
                         snak["datavalue"]["value"]["id"], bound["start"], bound["end"],
                         snapshot, claim["id"])


def entity_records(base, statements):
    held = {s["value"]["entity"] for s in statements}
    people = {s["subject"] for s in statements}
    records = []
    for office, names in sorted(base.offices.items()):
        if office.lower() not in held:
            continue
        record = {"type": "entity", "id": office.lower(), "kind": "office",
                  "names": {lang: names[lang] for lang in ("fr", "en")}}
        aliases = {lang: names[f"{lang}_aliases"] for lang in ("fr", "en")
                   if names.get(f"{lang}_aliases")}
        if aliases:
            record["aliases"] = aliases
        records.append(record)
    extra = base.people
    for person in sorted(base.labels):
        more = extra.get(person, {})
        if person.lower() not in people or "id" in more:
            continue  # not holding a kept office, or curated by hand in facts/
        label = base.labels[person]
        names = {"fr": more.get("fr", [label]), "en": [label]}
        record = {"type": "entity", "id": person.lower(), "kind": "person", "names": names}
        aliases = {lang: more[f"{lang}_aliases"] for lang in ("fr", "en")
                   if more.get(f"{lang}_aliases")}
        if "fr" in more and label not in more["fr"]:
            aliases.setdefault("fr", []).append(label)
        if aliases:
            record["aliases"] = aliases
        records.append(record)
    return records


def write_jsonl(path, records):
    records = sorted(records, key=lambda r: r["id"])
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for r in records)
    path.write_text(text, encoding="utf-8")
    return len(records)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--out", default=str(ROOT / "facts" / "wikidata"))
    args = parser.parse_args()
    data = pathlib.Path(args.data)
    if not (data / "officeholders").is_dir():
        print(f"no Wikidata bundle at {data}", file=sys.stderr)
        return 2
    with open(HERE / "office_names.toml", "rb") as stream:
        offices = tomllib.load(stream)
    people = offices.pop("people", {})
    base = Base(offices, people)
    read_cabinets(base, data)
    read_legislatures(base, data)
    read_histories(base, data)
    read_world_leaders(base, data)
    read_entities(base, data)
    sources, statements = base.sources_and_statements()
    entities = entity_records(base, statements)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    counts = {
        "entities": write_jsonl(out / "entities.jsonl", entities),
        "sources": write_jsonl(out / "sources.jsonl", sources.values()),
        "statements": write_jsonl(out / "statements.jsonl", statements),
    }
    for table, count in sorted(base.read.items()):
        print(f"read {count:>5} rows  {table}")
    for reason, count in sorted(base.left_out.items()):
        print(f"left out {count:>5}  {reason}")
    print("wrote " + ", ".join(f"{n} {kind}" for kind, n in counts.items()) + f" to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
