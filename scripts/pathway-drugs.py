#!/usr/bin/env python3
"""Lists, per cancer, every drug on a pathway node (RxNorm ingredient, from the code table),
with the nodes that carry it and the HCPCS codes claims may use. Prints Markdown for the
README. Usage: scripts/pathway-drugs.py [--counts]"""
import csv, glob, os, sys, tomllib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pathways")
display = {}
for f in glob.glob(os.path.join(ROOT, "codes", "*.csv")):
    for r in csv.DictReader(open(f)):
        display[(r["system"], r["code"])] = (r["display"], r["source"].upper().startswith("UNVERIFIED"))

for name in ["breast", "nsclc", "colorectal", "prostate"]:
    p = tomllib.load(open(os.path.join(ROOT, name + ".toml"), "rb"))
    drugs = {}
    for n in p.get("node", []):
        for d in n.get("drugs", []):
            e = drugs.setdefault(d["rxnorm"], {"nodes": set(), "hcpcs": set()})
            e["nodes"].add(n["id"])
            if "hcpcs" in d:
                e["hcpcs"].add(d["hcpcs"])
        for s in n.get("services", []):
            if s.startswith("hcpcs:Q"):
                pass
    rows = []
    for rx, e in drugs.items():
        disp, unverified = display.get(("rxnorm", rx), (f"rxnorm:{rx} (not in the code table)", True))
        rows.append((disp.lower(), rx, sorted(e["hcpcs"]), len(e["nodes"]), unverified))
    rows.sort()
    if "--counts" in sys.argv:
        print(f"{name}: {len(rows)} ingredients, {sum(1 for r in rows if r[4])} with an unverified RxNorm code")
        continue
    print(f"**{p['pathway']['title']}** ({len(rows)} ingredients): " + ", ".join(
        f"{d}{'†' if u else ''}" for d, _, _, _, u in rows) + "\n")
