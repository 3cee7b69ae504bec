#!/usr/bin/env python3
"""Checks pathways/valuesets/medications.csv (non-antineoplastic medications, RxNorm IN/MIN).

- the header is rxcui,name,group,synonyms,source (lines starting with '#' and blank lines are skipped);
- every row has 5 fields; every rxcui is digits and unique; every name is unique and lower-case;
- every group is one of GROUPS; every row has a non-empty source;
- no rxcui or name of medications.csv is also in antineoplastics.csv;
- synonyms are lower-case, not repeated across rows, and name no medication or antineoplastic
  (name or synonym), so a name in a note resolves to one row of one table.

Usage: scripts/check-medications.py [medications.csv [antineoplastics.csv]]; exits 1 on any error.
Python 3 standard library only.
"""

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEDICATIONS = ROOT / "pathways" / "valuesets" / "medications.csv"
ANTINEOPLASTICS = ROOT / "pathways" / "valuesets" / "antineoplastics.csv"

HEADER = ["rxcui", "name", "group", "synonyms", "source"]
GROUPS = [
    "antiemetic",
    "corticosteroid",
    "growth_factor",
    "bone_agent",
    "anticoagulant",
    "antibiotic",
    "antifungal",
    "antiviral",
    "analgesic_opioid",
    "analgesic_other",
    "anaesthetic",
    "antihistamine",
    "gastrointestinal",
    "cardiovascular",
    "endocrine_metabolic",
    "psychiatric_neuro",
    "respiratory",
    "urologic",
    "vitamin_mineral",
    "other",
]


def records(path):
    """(line number, fields) for each record; '#' lines and blank lines are skipped, as the Rust
    loader (oncotwin_pathway::codetable::csv_records) skips them."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    kept = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    # One record per line: no field in these tables spans lines.
    for n, line in kept:
        yield n, next(csv.reader([line]))


def synonyms(field):
    return [s.strip() for s in field.split(";") if s.strip()]


def main(argv):
    meds = Path(argv[1]) if len(argv) > 1 else MEDICATIONS
    onco = Path(argv[2]) if len(argv) > 2 else ANTINEOPLASTICS
    errors = []

    def err(line, message):
        errors.append(f"{meds}:{line}: {message}")

    # antineoplastics.csv: rxcui, name, synonyms (header rxcui,name,class,group,classes,synonyms,source)
    onco_rxcui, onco_name, onco_syn = {}, {}, {}
    onco_rows = list(records(onco))
    if not onco_rows or [f.strip() for f in onco_rows[0][1]][:2] != ["rxcui", "name"]:
        print(f"{onco}: unexpected header", file=sys.stderr)
        return 1
    o_head = [f.strip() for f in onco_rows[0][1]]
    o_syn = o_head.index("synonyms") if "synonyms" in o_head else None
    for line, f in onco_rows[1:]:
        onco_rxcui[f[0].strip()] = line
        onco_name[f[1].strip().lower()] = line
        if o_syn is not None and len(f) > o_syn:
            for s in synonyms(f[o_syn]):
                onco_syn.setdefault(s.lower(), line)

    rows = list(records(meds))
    if not rows:
        print(f"{meds}: no header", file=sys.stderr)
        return 1
    head_line, head = rows[0]
    if [h.strip() for h in head] != HEADER:
        err(head_line, f"the header must be {','.join(HEADER)}")
        print("\n".join(errors), file=sys.stderr)
        return 1

    seen_rxcui, seen_name, seen_syn = {}, {}, {}
    groups = Counter()
    parsed = []
    for line, f in rows[1:]:
        if len(f) != len(HEADER):
            err(line, f"expected {len(HEADER)} fields, found {len(f)}")
            continue
        rxcui, name, group, syn, source = (x.strip() for x in f)
        if not rxcui or not rxcui.isdigit() or not rxcui.isascii():
            err(line, f"`{rxcui}` is not an RxNorm CUI (digits)")
        elif rxcui in seen_rxcui:
            err(line, f"rxcui {rxcui} is already listed at line {seen_rxcui[rxcui]}")
        else:
            seen_rxcui[rxcui] = line
        if not name:
            err(line, "empty name")
        elif name != name.lower():
            err(line, f"name `{name}` is not lower-case")
        elif name in seen_name:
            err(line, f"name `{name}` is already listed at line {seen_name[name]}")
        else:
            seen_name[name] = line
        if group not in GROUPS:
            err(line, f"unknown group `{group}` ({', '.join(GROUPS)})")
        else:
            groups[group] += 1
        if not source:
            err(line, "a row needs a source")
        if rxcui in onco_rxcui:
            err(line, f"rxcui {rxcui} is also in {onco.name} (line {onco_rxcui[rxcui]})")
        if name.lower() in onco_name:
            err(line, f"name `{name}` is also in {onco.name} (line {onco_name[name.lower()]})")
        parsed.append((line, name, synonyms(syn)))

    # Synonyms: after every name is known, so a synonym naming a later row is caught too.
    for line, name, syns in parsed:
        for s in syns:
            if s != s.lower():
                err(line, f"synonym `{s}` is not lower-case")
            key = s.lower()
            if key == name:
                err(line, f"synonym `{s}` repeats the row's name")
            elif key in seen_name:
                err(line, f"synonym `{s}` is the name of the row at line {seen_name[key]}")
            elif key in seen_syn:
                err(line, f"synonym `{s}` is also a synonym at line {seen_syn[key]}")
            else:
                seen_syn[key] = line
            if key in onco_name:
                err(line, f"synonym `{s}` is an antineoplastic name in {onco.name} (line {onco_name[key]})")
            if key in onco_syn:
                err(line, f"synonym `{s}` is an antineoplastic synonym in {onco.name} (line {onco_syn[key]})")

    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    total = sum(groups.values())
    print(f"{meds.relative_to(ROOT) if meds.is_relative_to(ROOT) else meds}: {total} rows, OK")
    for g in GROUPS:
        if groups[g]:
            print(f"  {g:20} {groups[g]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
