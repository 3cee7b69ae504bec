#!/usr/bin/env python3
"""Self-check of pathways/valuesets/ajcc-anatomic-stage.csv (AJCC 8th edition stage groups
from T, N and M for breast (anatomic groups), colorectal and non-small cell lung cancer).

Reads the table the way src/twin/history/ajcc.rs does (rows top-down per cancer, the first
row that matches wins; a row value matches when it is `*`, the same category, or its parent:
`T1` covers `T1mi`/`T1a`/..., `N1` covers `N1mi`/`N1a`/..., `M1` covers `M1a`/...), then:
  * checks every row's fields (cancer, T/N/M form, stage group, a source) and that no row is
    shadowed by an earlier, broader one;
  * spot checks taken from the source tables (MSD Manual anatomic breast table, SEER EOD /
    VistA colorectal tables and NCI PDQ colon table 5, NCI PDQ NSCLC tables 2-6);
  * for each cancer, every T x N of the AJCC grid with M0 resolves to one stage: some row
    matches, the first match is the most specific of the matching rows, and all equally
    specific matches agree;
  * combinations that straddle two groups (colorectal T4 N0, nsclc T2 N0 ...) do not resolve.
Also warns when a stage group is not in the STAGES list of src/twin/history/ajcc.rs.

Stdlib only. Usage: python3 scripts/check-ajcc-stage.py [--csv PATH]
"""
import argparse
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CSV = os.path.join(ROOT, "pathways", "valuesets", "ajcc-anatomic-stage.csv")
RUST = os.path.join(ROOT, "src", "twin", "history", "ajcc.rs")

CANCERS = ("breast", "colorectal", "nsclc")
STAGES = ("0", "I", "IA", "IA1", "IA2", "IA3", "IB", "IIA", "IIB", "IIC",
          "IIIA", "IIIB", "IIIC", "IV", "IVA", "IVB", "IVC")
AXIS = {"t": re.compile(r"^(\*|T(is|\d)[a-z0-9]*)$"),
        "n": re.compile(r"^(\*|N\d[a-z0-9]*)$"),
        "m": re.compile(r"^(\*|M\d[a-z0-9]*)$")}


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        lines = [(i + 1, l) for i, l in enumerate(f.read().splitlines())
                 if l.strip() and not l.lstrip().startswith("#")]
    reader = csv.reader([l for _, l in lines])
    rows = []
    header = None
    for (line, _), fields in zip(lines, reader):
        fields = [x.strip() for x in fields]
        if header is None:
            header = fields
            assert header == ["cancer", "t", "n", "m", "stage", "source"], f"{path}:{line}: header {header}"
            continue
        assert len(fields) == 6, f"{path}:{line}: expected 6 fields, found {len(fields)}"
        row = dict(zip(header, fields), line=line)
        assert row["cancer"] in CANCERS, f"{path}:{line}: unknown cancer {row['cancer']!r}"
        for ax in "tnm":
            assert AXIS[ax].match(row[ax]), f"{path}:{line}: bad {ax} {row[ax]!r}"
        assert row["stage"] in STAGES, f"{path}:{line}: unknown stage group {row['stage']!r}"
        assert row["source"], f"{path}:{line}: no source"
        rows.append(row)
    assert header is not None, f"{path}: no header"
    return rows


def covers(pattern, value):
    """`*`, the same category, or its parent (T1 covers T1mi/T1c; never T1 for T10)."""
    if pattern == "*" or pattern == value:
        return True
    return value.startswith(pattern) and value[len(pattern):][:1].islower()


def score(pattern, value):
    return 0 if pattern == "*" else (2 if pattern == value else 1)


def matches(rows, cancer, t, n, m):
    return [r for r in rows if r["cancer"] == cancer
            and covers(r["t"], t) and covers(r["n"], n) and covers(r["m"], m)]


def stage(rows, cancer, t, n, m):
    found = matches(rows, cancer, t, n, m)
    return found[0]["stage"] if found else None


def resolve_strict(rows, cancer, t, n, m):
    """The stage, after checking the first match is the most specific one and that equally
    specific matches agree; raises AssertionError otherwise."""
    found = matches(rows, cancer, t, n, m)
    assert found, f"{cancer} {t} {n} {m}: no row matches"
    spec = [score(r["t"], t) + score(r["n"], n) + score(r["m"], m) for r in found]
    best = max(spec)
    assert spec[0] == best, (f"{cancer} {t} {n} {m}: first match (line {found[0]['line']}) is less "
                             f"specific than line {found[spec.index(best)]['line']}")
    top = {r["stage"] for r, s in zip(found, spec) if s == best}
    assert len(top) == 1, f"{cancer} {t} {n} {m}: equally specific rows disagree: {sorted(top)}"
    return found[0]["stage"]


# (cancer, T, N, M, stage group) read off the source tables named in the CSV header.
SPOT = [
    # breast, AJCC 8th anatomic stage groups (MSD Manual table; T1 includes T1mi; N1 excludes N1mi)
    ("breast", "Tis", "N0", "M0", "0"),
    ("breast", "T1mi", "N0", "M0", "IA"),
    ("breast", "T0", "N1mi", "M0", "IB"),
    ("breast", "T1c", "N1mi", "M0", "IB"),
    ("breast", "T1b", "N1a", "M0", "IIA"),
    ("breast", "T2", "N0", "M0", "IIA"),
    ("breast", "T2", "N1", "M0", "IIB"),
    ("breast", "T3", "N0", "M0", "IIB"),
    ("breast", "T3", "N1", "M0", "IIIA"),
    ("breast", "T0", "N2", "M0", "IIIA"),
    ("breast", "T4b", "N2a", "M0", "IIIB"),
    ("breast", "T2", "N3b", "M0", "IIIC"),
    ("breast", "T1", "N0", "M1", "IV"),
    # colorectal (SEER EOD tnm8_path_stage_upw / VistA ONCSGA8A tag 20 / PDQ colon table 5)
    ("colorectal", "Tis", "N0", "M0", "0"),
    ("colorectal", "T2", "N0", "M0", "I"),
    ("colorectal", "T3", "N0", "M0", "IIA"),
    ("colorectal", "T4a", "N0", "M0", "IIB"),
    ("colorectal", "T4b", "N0", "M0", "IIC"),
    ("colorectal", "T2", "N1c", "M0", "IIIA"),
    ("colorectal", "T1", "N2a", "M0", "IIIA"),
    ("colorectal", "T1", "N2b", "M0", "IIIB"),
    ("colorectal", "T3", "N2a", "M0", "IIIB"),
    ("colorectal", "T4a", "N1b", "M0", "IIIB"),
    ("colorectal", "T4a", "N2a", "M0", "IIIC"),
    ("colorectal", "T3", "N2b", "M0", "IIIC"),
    ("colorectal", "T4b", "N1a", "M0", "IIIC"),
    ("colorectal", "T3", "N1", "M1a", "IVA"),
    ("colorectal", "T2", "N0", "M1b", "IVB"),
    ("colorectal", "T4b", "N2b", "M1c", "IVC"),
    # nsclc (NCI PDQ NSCLC tables 2-6, AJCC 8th)
    ("nsclc", "Tis", "N0", "M0", "0"),
    ("nsclc", "T1mi", "N0", "M0", "IA1"),
    ("nsclc", "T1a", "N0", "M0", "IA1"),
    ("nsclc", "T1b", "N0", "M0", "IA2"),
    ("nsclc", "T1c", "N0", "M0", "IA3"),
    ("nsclc", "T2a", "N0", "M0", "IB"),
    ("nsclc", "T2b", "N0", "M0", "IIA"),
    ("nsclc", "T1a", "N1", "M0", "IIB"),
    ("nsclc", "T3", "N0", "M0", "IIB"),
    ("nsclc", "T4", "N0", "M0", "IIIA"),
    ("nsclc", "T3", "N1", "M0", "IIIA"),
    ("nsclc", "T3", "N2", "M0", "IIIB"),
    ("nsclc", "T2b", "N3", "M0", "IIIB"),
    ("nsclc", "T4", "N3", "M0", "IIIC"),
    ("nsclc", "T2a", "N1", "M1b", "IVA"),
    ("nsclc", "T1a", "N0", "M1c", "IVB"),
]

# The AJCC grid per cancer (with M0): T values x N values, plus pairs only valid alone.
GRIDS = {
    "breast": (["T0", "T1mi", "T1a", "T1b", "T1c", "T1", "T2", "T3", "T4a", "T4b", "T4c", "T4d", "T4"],
               ["N0", "N1mi", "N1", "N1a", "N1b", "N1c", "N2", "N2a", "N2b", "N3", "N3a", "N3b", "N3c"],
               {("T0", "N0")}, [("Tis", "N0")]),
    "colorectal": (["T1", "T2", "T3", "T4a", "T4b"],
                   ["N0", "N1", "N1a", "N1b", "N1c", "N2a", "N2b"],
                   set(), [("Tis", "N0"), ("T2", "N2"), ("T4a", "N2"), ("T4b", "N2"), ("T4", "N2"),
                           ("T4", "N2a"), ("T4", "N2b")]),
    "nsclc": (["T1mi", "T1a", "T1b", "T1c", "T1", "T2a", "T2b", "T3", "T4"],
              ["N0", "N1", "N2", "N3"],
              set(), [("Tis", "N0"), ("T2", "N1"), ("T2", "N2"), ("T2", "N3")]),
}

# Combinations that straddle two groups (or are not valid): must not resolve.
UNRESOLVED = [
    ("breast", "T0", "N0", "M0"), ("breast", "Tis", "N1", "M0"), ("breast", "TX", "N1", "M0"),
    ("breast", "T2", "NX", "M0"), ("breast", "T2", "N1", "MX"),
    ("colorectal", "T4", "N0", "M0"), ("colorectal", "T4", "N1", "M0"),
    ("colorectal", "T1", "N2", "M0"), ("colorectal", "T3", "N2", "M0"), ("colorectal", "T0", "N1", "M0"),
    ("nsclc", "T2", "N0", "M0"), ("nsclc", "TX", "N0", "M0"), ("nsclc", "T0", "N2", "M0"),
]


def rust_stages():
    try:
        text = open(RUST, encoding="utf-8").read()
    except OSError:
        return None
    m = re.search(r"const STAGES: &\[&str\] = &\[(.*?)\];", text, re.S)
    return set(re.findall(r'"([^"]+)"', m.group(1))) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", default=CSV)
    args = ap.parse_args()
    rows = load(args.csv)
    failures = []

    def check(cond, msg):
        if not cond:
            failures.append(msg)

    # No row is shadowed by an earlier row of the same cancer that covers it entirely.
    for i, r in enumerate(rows):
        for e in rows[:i]:
            if e["cancer"] == r["cancer"] and all(covers(e[a], r[a]) for a in "tnm"):
                check(False, f"line {r['line']} ({r['t']} {r['n']} {r['m']}) is shadowed by line {e['line']}")
                break
    # The same (cancer, t, n, m) is not listed twice.
    keys = [(r["cancer"], r["t"], r["n"], r["m"]) for r in rows]
    check(len(keys) == len(set(keys)), "a (cancer, t, n, m) is listed twice")

    for cancer, t, n, m, want in SPOT:
        got = stage(rows, cancer, t, n, m)
        check(got == want, f"spot check {cancer} {t} {n} {m}: want {want}, got {got}")

    cells = 0
    for cancer, (ts, ns, skip, extra) in GRIDS.items():
        pairs = [(t, n) for t in ts for n in ns if (t, n) not in skip] + list(extra)
        for t, n in pairs:
            try:
                resolve_strict(rows, cancer, t, n, "M0")
                cells += 1
            except AssertionError as e:
                check(False, str(e))
        # Any T x N with M1 and its subcategories (all cancers give a group for every M1).
        for t, n in pairs:
            for m in ("M1", "M1a", "M1b", "M1c") if cancer != "breast" else ("M1",):
                try:
                    resolve_strict(rows, cancer, t, n, m)
                    cells += 1
                except AssertionError as e:
                    check(False, str(e))

    for cancer, t, n, m in UNRESOLVED:
        got = stage(rows, cancer, t, n, m)
        check(got is None, f"{cancer} {t} {n} {m} should not resolve, got {got}")

    accepted = rust_stages()
    if accepted is not None:
        missing = sorted({r["stage"] for r in rows} - accepted)
        if missing:
            print(f"WARNING: stage group(s) {missing} used in the CSV are not in STAGES of "
                  f"{os.path.relpath(RUST, ROOT)}; its parser would reject the table", file=sys.stderr)

    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"ok: {len(rows)} rows, {len(SPOT)} spot checks, {cells} grid cells resolved, "
          f"{len(UNRESOLVED)} ambiguous combinations left unresolved")
    return 0


if __name__ == "__main__":
    sys.exit(main())
