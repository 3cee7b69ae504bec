#!/usr/bin/env python3
"""Writes the benchmark's inputs into WORK (used by scripts/bench.sh).

  bundles/NNNN.json  COPIES copies of each bundled Synthea transaction Bundle, each copy's
                     UUIDs made distinct (last three hex digits = copy number)
  patients.txt       one patient id per line
  order-sign.json    a CDS Hooks order-sign request: a dev-case patient with every prefetch
                     template filled and a draft MedicationRequest the pathway supports

Usage: bench_data.py WORK COPIES
"""
import gzip
import json
import os
import re
import sys
import uuid

work, copies = sys.argv[1], int(sys.argv[2])
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
fixtures = os.path.join(root, "tests", "fixtures")
UUID = re.compile(r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{9})[0-9a-f]{3}")

os.makedirs(os.path.join(work, "bundles"), exist_ok=True)
synthea = sorted(f for f in os.listdir(os.path.join(fixtures, "synthea")) if f.endswith(".json.gz"))
patients = []
n = 0
for copy in range(copies):
    for name in synthea:
        text = gzip.open(os.path.join(fixtures, "synthea", name), "rt").read()
        text = UUID.sub(lambda m: m.group(1) + format(copy, "03x"), text)
        bundle = json.loads(text)
        patients += [e["resource"]["id"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
        with open(os.path.join(work, "bundles", f"{n:04d}.json"), "w") as f:
            f.write(text)
        n += 1
with open(os.path.join(work, "patients.txt"), "w") as f:
    f.write("\n".join(patients) + "\n")


def hook_request(resources, order):
    def by(t):
        return {"resourceType": "Bundle", "type": "searchset",
                "entry": [{"resource": r} for r in resources if r["resourceType"] == t]}
    patient = next(r for r in resources if r["resourceType"] == "Patient")
    return {"hook": "order-sign", "hookInstance": str(uuid.uuid4()),
            "context": {"userId": "Practitioner/1", "patientId": patient["id"],
                        "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": order}]}},
            "prefetch": {"patient": patient, "conditions": by("Condition"), "observations": by("Observation"),
                         "medicationRequests": by("MedicationRequest"),
                         "medicationAdministrations": by("MedicationAdministration"),
                         "procedures": by("Procedure"), "diagnosticReports": by("DiagnosticReport"),
                         "coverage": by("Coverage")}}


cases = json.load(open(os.path.join(fixtures, "necessity", "cases.json")))["cases"]
case = next(c for c in cases if c["expected"] == "supported")
resources = [e["resource"] for e in case["bundle"]["entry"]]
pid = next(r["id"] for r in resources if r["resourceType"] == "Patient")
order = {"resourceType": "MedicationRequest", "id": "bench-order", "status": "draft", "intent": "order",
         "subject": {"reference": f"Patient/{pid}"},
         "medicationCodeableConcept": {"coding": [{"system": case["service"]["system"], "code": case["service"]["code"]}]}}
with open(os.path.join(work, "order-sign.json"), "w") as f:
    json.dump(hook_request(resources, order), f)
print(f"{n} bundles, {len(patients)} patients")
