#!/usr/bin/env python3
"""Dev case set for the medical-necessity twin: tests/fixtures/necessity/cases.json.

    scripts/gen-necessity-cases.py            # write tests/fixtures/necessity/cases.json
    scripts/gen-necessity-cases.py --check    # also ingest every bundle with the built binary
                                              # and compare the derived facts with the intended ones
    scripts/gen-necessity-cases.py --check --bin target/release/oncotwin --case nsclc-egfr-exon19del-metastatic-osimertinib

Stdlib only; the output is deterministic (UUIDs are uuid5 of the case and resource ids).

Each case: a small FHIR R4 collection Bundle (Patient, primary-cancer Condition, staging and
biomarker Observations, earlier therapy), a requested service (RxNorm ingredient, HCPCS J-code,
CPT or SNOMED CT code as listed in pathways/*.toml), a date, and the expected answer:

  supported            every criterion along at least one route to a supporting node is met
  needs-documentation  no route contradicted, but facts are missing (expected_missing: fact
                       names that MUST appear among the engine's missing facts; the engine may
                       list more, e.g. `recurrence` from the surveillance -> recurrence routes)
  refer-to-reviewer    every route contradicted, or no node for the patient's cancer supports
                       the service (off-pathway)

The expectation rests on the FDA label indication (cited in `basis`) and on the pathway graph
(routes from the entry, criteria = edge guards + target `when`; `otherwise` = no sibling).
`--check` ingests each bundle into a fresh SQLite database and runs
`oncotwin timeline PATIENT --facts --as-of DATE`, then prints, per case, the facts the routes
need next to the values this script intended (INTENDED below, not written to cases.json),
and the answer the pathway routes give on the derived facts (a small reference
re-implementation of crates/pathway's route and three-valued criteria semantics). A case whose
expected answer knowingly differs from that literal answer is listed in KNOWN_GAPS and printed
as GAP; anything else that differs is FAIL (exit 1).
"""

import argparse
import re
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "tests", "fixtures", "necessity", "cases.json")

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ICDO3 = "http://terminology.hl7.org/CodeSystem/icd-o-3"
HCPCS = "https://bluebutton.cms.gov/resources/codesystem/hcpcs"
HCPCS_CMS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
HGNC = "http://www.genenames.org/geneId"
NS = uuid.UUID("6f1c2b1e-3c1a-4f55-9d0e-6e2a0b7c9a11")

CANCERS = {
    "breast": ("254837009", "Malignant neoplasm of breast (disorder)", "female"),
    "nsclc": ("254637007", "Non-small cell lung cancer (disorder)", None),
    "colon": ("363406005", "Malignant neoplasm of colon (disorder)", None),
    "rectum": ("363351006", "Malignant neoplasm of rectum (disorder)", None),
    "prostate": ("399068003", "Malignant tumor of prostate (disorder)", "male"),
}

# RxNorm ingredient CUIs, as in pathways/*.toml.
RX = {
    "trastuzumab": "224905", "pertuzumab": "1298944", "docetaxel": "72962", "paclitaxel": "56946",
    "carboplatin": "40048", "cisplatin": "2555", "pemetrexed": "68446", "pembrolizumab": "1547545",
    "ado-trastuzumab emtansine": "1371041", "palbociclib": "1601374", "letrozole": "72965",
    "olaparib": "1597582", "osimertinib": "1721560", "erlotinib": "337525", "alectinib": "1727455",
    "atezolizumab": "1792776", "durvalumab": "1919503", "dabrafenib": "1424911", "cetuximab": "318341",
    "panitumumab": "263034", "bevacizumab": "253337", "oxaliplatin": "32592", "fluorouracil": "4492",
    "leucovorin": "6313", "irinotecan": "51499", "capecitabine": "194000", "regorafenib": "1312397",
    "leuprolide": "42375", "goserelin": "50610", "abiraterone": "1100072", "enzalutamide": "1307298",
    "cabazitaxel": "996051",
}

POS = {"coding": [{"system": SNOMED, "code": "10828004", "display": "Positive (qualifier value)"}], "text": "Positive"}
NEG = {"coding": [{"system": SNOMED, "code": "260385009", "display": "Negative (qualifier value)"}], "text": "Negative"}


def rx(name, hcpcs=None, cms=False):
    if hcpcs:
        return {"system": HCPCS_CMS if cms else HCPCS, "code": hcpcs, "display": name}
    return {"system": RXNORM, "code": RX[name], "display": name}


class Patient:
    """Builds one case's Bundle. Resource ids are `<pid>-<n>`, fullUrls urn:uuid (uuid5)."""

    def __init__(self, pid, sex, birth):
        self.pid = pid
        self.entries = []
        self.n = 0
        self.add({"resourceType": "Patient", "id": pid, "gender": sex, "birthDate": birth,
                  "name": [{"family": "Necessity", "given": [pid]}]}, rid=pid)

    def url(self, rid):
        return "urn:uuid:" + str(uuid.uuid5(NS, rid))

    def add(self, res, rid=None):
        if rid is None:
            self.n += 1
            rid = f"{self.pid}-{self.n}"
        res["id"] = rid
        if res["resourceType"] != "Patient":
            res["subject"] = {"reference": self.url(self.pid)}
        self.entries.append({"fullUrl": self.url(rid), "resource": res})
        return self

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"{self.pid}-bundle", "type": "collection", "entry": self.entries}

    # -- diagnosis -----------------------------------------------------------------------
    def cancer(self, which, onset):
        code, display, _ = CANCERS[which]
        return self.add({
            "resourceType": "Condition",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display.replace(" (disorder)", "")},
            "onsetDateTime": onset,
        })

    def condition(self, code, display, onset):
        return self.add({
            "resourceType": "Condition",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display},
            "onsetDateTime": onset,
        })

    def obs(self, code, date, value, category="laboratory"):
        res = {"resourceType": "Observation", "status": "final",
               "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
               "code": code, "effectiveDateTime": date}
        res.update(value)
        return self.add(res)

    def histology(self, icdo3, display, date):
        return self.obs({"coding": [{"system": LOINC, "code": "59847-4", "display": "Histology and Behavior ICD-O-3 Cancer"}]},
                        date, {"valueCodeableConcept": {"coding": [{"system": ICDO3, "code": icdo3, "display": display}], "text": display}})

    # -- staging -------------------------------------------------------------------------
    def stage(self, group, date, pathological=False):
        code = ("21902-2", "Stage group.pathology Cancer") if pathological else ("21908-9", "Stage group.clinical Cancer")
        return self.obs({"coding": [{"system": LOINC, "code": code[0], "display": code[1]}]}, date,
                        {"valueCodeableConcept": {"text": f"Stage {group}"}}, "survey")

    def tnm(self, t, n, m, date, pathological=False):
        p = "p" if pathological else "c"
        codes = ([("21899-0", "Primary tumor.pathology"), ("21900-6", "Regional lymph nodes.pathology"), ("21901-4", "Distant metastases.pathology")]
                 if pathological else
                 [("21905-5", "Primary tumor.clinical"), ("21906-3", "Regional lymph nodes.clinical"), ("21907-1", "Distant metastases.clinical")])
        for (lc, disp), val in zip(codes, (t, n, m)):
            if val is None:
                continue
            # M is clinical in practice ("cM0"/"cM1b") even beside a pathological T and N.
            prefix = "c" if val.startswith("M") else p
            self.obs({"coding": [{"system": LOINC, "code": lc, "display": disp + " Cancer"}]}, date,
                     {"valueCodeableConcept": {"text": prefix + val}}, "survey")
        return self

    # -- markers -------------------------------------------------------------------------
    def er(self, positive, date):
        return self.obs({"coding": [{"system": LOINC, "code": "16112-5", "display": "Estrogen receptor [Interpretation] in Tissue"}]},
                        date, {"valueCodeableConcept": POS if positive else NEG})

    def pr(self, positive, date):
        return self.obs({"coding": [{"system": LOINC, "code": "16113-3", "display": "Progesterone receptor [Interpretation] in Tissue"}]},
                        date, {"valueCodeableConcept": POS if positive else NEG})

    def her2_ihc(self, score, date):
        return self.obs({"coding": [{"system": LOINC, "code": "85319-2", "display": "HER2 [Presence] in Breast cancer specimen by Immune stain"}]},
                        date, {"valueCodeableConcept": {"text": f"Score {score}" if score == "0" else score}})

    def her2_ish(self, amplified, date):
        return self.obs({"coding": [{"system": LOINC, "code": "85318-4", "display": "HER2 [Presence] in Breast cancer specimen by FISH"}]},
                        date, {"valueCodeableConcept": POS if amplified else NEG})

    def her2(self, positive, date):
        return self.obs({"coding": [{"system": LOINC, "code": "48676-1", "display": "HER2 [Interpretation] in Tissue"}]},
                        date, {"valueCodeableConcept": POS if positive else NEG})

    def pdl1(self, kind, value, date):
        text = "PD-L1 (22C3) tumor proportion score" if kind == "tps" else "PD-L1 (22C3) combined positive score"
        unit = {"value": value, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"} if kind == "tps" else {"value": value}
        return self.obs({"text": text}, date, {"valueQuantity": unit})

    def egfr(self, result_text, date):
        return self.obs({"coding": [{"system": LOINC, "code": "21665-5", "display": "EGFR gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal"}],
                         "text": "EGFR mutation analysis"}, date, {"valueCodeableConcept": {"text": result_text}})

    def kras(self, result_text, date):
        return self.obs({"coding": [{"system": LOINC, "code": "21702-6", "display": "KRAS gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal"}],
                         "text": "KRAS mutation analysis"}, date, {"valueCodeableConcept": {"text": result_text}})

    def text_marker(self, name, result_text, date):
        return self.obs({"text": name}, date, {"valueCodeableConcept": {"text": result_text}})

    def alk(self, positive, date):
        return self.obs({"text": "ALK gene rearrangement by FISH"}, date, {"valueCodeableConcept": POS if positive else NEG})

    def msi(self, high, date):
        return self.obs({"coding": [{"system": LOINC, "code": "81695-9", "display": "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"}]},
                        date, {"valueCodeableConcept": {"text": "MSI-H (microsatellite instability-high)" if high else "Microsatellite stable (MSS)"}})

    def mmr(self, deficient, date):
        return self.obs({"text": "Mismatch repair protein (MLH1, MSH2, MSH6, PMS2) immunohistochemistry"}, date,
                        {"valueCodeableConcept": {"text": "Loss of MLH1 and PMS2 expression (deficient)" if deficient else "Expression intact (proficient)"}})

    def variant(self, gene, hgnc, change, date, germline):
        comps = [
            {"code": {"coding": [{"system": LOINC, "code": "48018-6", "display": "Gene studied [ID]"}]},
             "valueCodeableConcept": {"coding": [{"system": HGNC, "code": hgnc, "display": gene}]}},
            {"code": {"coding": [{"system": LOINC, "code": "48004-6", "display": "DNA change (c.HGVS)"}]},
             "valueCodeableConcept": {"text": change}},
            {"code": {"coding": [{"system": LOINC, "code": "48002-0", "display": "Genomic source class [Type]"}]},
             "valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA6683-2" if germline else "LA6684-0",
                                                  "display": "Germline" if germline else "Somatic"}],
                                      "text": "Germline" if germline else "Somatic"}},
        ]
        return self.obs({"coding": [{"system": LOINC, "code": "69548-6", "display": "Genetic variant assessment"}]}, date,
                        {"valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA9633-4", "display": "Present"}]},
                         "component": comps})

    def psa(self, value, date):
        return self.obs({"coding": [{"system": LOINC, "code": "2857-1", "display": "Prostate specific Ag [Mass/volume] in Serum or Plasma"}]},
                        date, {"valueQuantity": {"value": value, "unit": "ng/mL", "system": "http://unitsofmeasure.org", "code": "ng/mL"}})

    def gleason(self, text, date):
        return self.obs({"coding": [{"system": LOINC, "code": "35266-6", "display": "Gleason score in Specimen Qualitative"}]}, date,
                        {"valueCodeableConcept": {"text": text}})

    def ecog(self, value, date):
        return self.obs({"coding": [{"system": LOINC, "code": "89247-1", "display": "ECOG Performance Status score"}]}, date,
                        {"valueInteger": value}, "survey")

    def status(self, what, date):
        value = {
            "progression": ("271299001", "Patient's condition worsened (finding)"),
            "stable": ("359746009", "Patient's condition stable (finding)"),
            "remission": ("550991000124107", "Malignant neoplasm in full remission (disorder)"),
        }[what]
        return self.obs({"coding": [{"system": LOINC, "code": "97509-4", "display": "Cancer disease status"}]}, date,
                        {"valueCodeableConcept": {"coding": [{"system": SNOMED, "code": value[0], "display": value[1]}]}}, "survey")

    # -- treatment -----------------------------------------------------------------------
    def give(self, drugs, *dates):
        """MedicationAdministration of each drug (RxNorm ingredient) on each date."""
        for d in dates:
            for name in drugs:
                self.add({"resourceType": "MedicationAdministration", "status": "completed",
                          "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": RX[name], "display": name}], "text": name},
                          "effectiveDateTime": d})
        return self

    def oral(self, name, start, end, status="completed"):
        """MedicationRequest for an oral drug, start..end."""
        return self.add({"resourceType": "MedicationRequest", "status": status, "intent": "order",
                         "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": RX[name], "display": name}], "text": name},
                         "authoredOn": start,
                         "dosageInstruction": [{"text": "as directed", "timing": {"repeat": {"boundsPeriod": {"start": start, "end": end}}}}]})

    def procedure(self, code, display, start, end=None):
        res = {"resourceType": "Procedure", "status": "completed",
               "code": {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display}}
        if end:
            res["performedPeriod"] = {"start": start, "end": end}
        else:
            res["performedDateTime"] = start
        return self.add(res)


def every(start, days, count):
    """`count` ISO dates from `start`, `days` apart."""
    import datetime
    d = datetime.date.fromisoformat(start)
    return [(d + datetime.timedelta(days=days * i)).isoformat() for i in range(count)]


CASES = []
INTENDED = {}   # case id -> {fact: intended value (rendered as in --check), or None = must be absent}


def case(cid, cancer, description, basis, date, service, expected, p, intended, missing=None):
    assert len(cid) <= 64
    c = {"id": cid, "cancer": cancer, "description": description, "basis": basis, "date": date,
         "service": service, "expected": expected}
    if missing:
        c["expected_missing"] = missing
    c["bundle"] = p.bundle()
    CASES.append(c)
    INTENDED[cid] = intended


# Cases whose expected answer is the clinically right one but which the graph, evaluated on the
# facts facts.rs derives today, answers differently; --check reports them as KNOWN GAP.
KNOWN_GAPS = {}

SUP, DOC, REF = "supported", "needs-documentation", "refer-to-reviewer"

# =========================================================================== breast
def breast_patient(pid, birth, dx, stage, t=None, n=None, m=None, er=None, pr=None, pathological=False):
    p = Patient(pid, "female", birth).cancer("breast", dx)
    if stage:
        p.stage(stage, dx, pathological)
    if t or n or m:
        p.tnm(t, n, m, dx, pathological)
    if er is not None:
        p.er(er, dx)
    if pr is not None:
        p.pr(pr, dx)
    return p


p = breast_patient("nec-b01", "1968-04-12", "2025-03-10", "IV", "T2", "N1", "M1", er=False, pr=False)
p.her2_ihc("3+", "2025-03-12").ecog(0, "2025-03-20")
case("breast-her2pos-metastatic-trastuzumab", "breast",
     "De novo stage IV HER2-positive (IHC 3+), ER/PR-negative breast cancer, first line: trastuzumab",
     "FDA label: trastuzumab (Herceptin), 1.2 Metastatic Breast Cancer (HER2-overexpressing); pertuzumab (Perjeta) 1.1 with trastuzumab and docetaxel (CLEOPATRA, NEJM 2012) -> node met_her2_l1_thp",
     "2025-04-01", rx("trastuzumab"), SUP, p,
     {"dx": "snomed:254837009", "stage": "IV", "m": "M1", "her2": "positive", "her2_ihc": 3.0, "er": "negative", "prior_drugs": [], "prior_lines": 0.0})

p = breast_patient("nec-b02", "1961-09-02", "2025-02-03", "IV", "T2", "N1", "M1", er=True, pr=True)
p.her2_ihc("1+", "2025-02-05").ecog(1, "2025-02-10")
case("breast-her2neg-metastatic-trastuzumab", "breast",
     "Stage IV HR-positive, HER2-negative (IHC 1+) breast cancer: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 1 Indications (HER2-overexpressing breast cancer only; select patients by HER2 protein overexpression or gene amplification, 2.1) -> every trastuzumab node requires her2 = positive",
     "2025-03-01", rx("trastuzumab", "J9355"), REF, p,
     {"stage": "IV", "her2": "negative", "her2_ihc": 1.0, "er": "positive"})

p = breast_patient("nec-b03", "1959-01-20", "2025-01-15", "IV", None, None, "M1", er=True, pr=True)
p.ecog(1, "2025-01-20")
case("breast-her2-undocumented-metastatic-trastuzumab", "breast",
     "Stage IV HR-positive breast cancer, HER2 status not documented: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 1 Indications and 2.1 Patient Selection (HER2 testing required) -> her2 unknown on every trastuzumab route",
     "2025-02-01", rx("trastuzumab"), DOC, p,
     {"stage": "IV", "er": "positive", "her2": None}, ["her2"])

p = breast_patient("nec-b04", "1979-06-30", "2025-01-20", "IIA", "T2", "N0", "M0", er=False, pr=False)
p.her2_ish(True, "2025-01-24").ecog(0, "2025-01-27")
case("breast-her2pos-stage2-neoadjuvant-pertuzumab", "breast",
     "Clinical stage IIA (cT2 cN0) HER2-positive (ISH amplified) breast cancer: neoadjuvant pertuzumab (TCHP)",
     "FDA label: pertuzumab (Perjeta), 1.2 Early Breast Cancer (neoadjuvant, HER2-positive, locally advanced, inflammatory or early stage >2 cm or node-positive); TRYPHAENA -> node neoadj_her2_tchp",
     "2025-02-10", rx("pertuzumab", "J9306"), SUP, p,
     {"stage": "IIA", "t": "T2", "n": "N0", "her2": "positive", "er": "negative", "pr": "negative"})

p = breast_patient("nec-b05", "1957-11-11", "2025-02-14", "IV", None, None, "M1", er=True, pr=True)
p.her2(False, "2025-02-18")
case("breast-osimertinib-offpathway", "breast",
     "Stage IV HR+/HER2- breast cancer: osimertinib requested (no breast indication; only the NSCLC pathway supports it)",
     "FDA label: osimertinib (Tagrisso), 1 Indications and Usage (EGFR-mutated NSCLC only) -> nsclc workup dx criterion not met",
     "2025-03-05", rx("osimertinib"), REF, p,
     {"dx": "snomed:254837009", "stage": "IV", "her2": "negative"})

p = breast_patient("nec-b06", "1960-08-08", "2025-04-02", "IV", "T3", "N1", "M1", er=True, pr=True)
p.her2(False, "2025-04-04").ecog(0, "2025-04-10")
case("breast-hrpos-her2neg-metastatic-palbociclib", "breast",
     "De novo stage IV ER/PR-positive, HER2-negative breast cancer, first line: palbociclib (with an aromatase inhibitor)",
     "FDA label: palbociclib (Ibrance), 1 Indications (HR-positive, HER2-negative advanced or metastatic breast cancer with an aromatase inhibitor as initial endocrine-based therapy; PALOMA-2) -> node met_hr_l1_cdk46_ai",
     "2025-04-20", rx("palbociclib"), SUP, p,
     {"stage": "IV", "er": "positive", "pr": "positive", "her2": "negative", "prior_drugs": []})

p = breast_patient("nec-b07", "1972-03-03", "2025-03-01", "IV", None, None, "M1", er=False, pr=False)
p.her2_ihc("0", "2025-03-03")
case("breast-tnbc-metastatic-palbociclib", "breast",
     "Stage IV triple-negative breast cancer (ER-, PR-, HER2 IHC 0): palbociclib requested",
     "FDA label: palbociclib (Ibrance), 1 Indications (HR-positive, HER2-negative only) -> hr_positive not met on every palbociclib route",
     "2025-03-20", rx("palbociclib"), REF, p,
     {"stage": "IV", "er": "negative", "pr": "negative", "her2": "negative", "her2_ihc": 0.0})

p = breast_patient("nec-b08", "1966-05-19", "2024-02-01", "IV", "T2", "N2", "M1", er=False, pr=False)
p.her2_ihc("3+", "2024-02-05")
p.give(["pertuzumab", "trastuzumab", "docetaxel"], *every("2024-02-20", 21, 6))
p.give(["pertuzumab", "trastuzumab"], *every("2024-06-25", 21, 13))
p.status("progression", "2025-04-15")
case("breast-her2pos-second-line-tdm1", "breast",
     "Stage IV HER2-positive breast cancer progressing after first-line docetaxel-trastuzumab-pertuzumab: ado-trastuzumab emtansine",
     "FDA label: ado-trastuzumab emtansine (Kadcyla), 1.1 Metastatic Breast Cancer (HER2-positive, previously treated with trastuzumab and a taxane; EMILIA, NEJM 2012) -> node met_her2_l2_tdm1",
     "2025-05-01", rx("ado-trastuzumab emtansine", "J9354"), SUP, p,
     {"stage": "IV", "her2": "positive", "prior_drugs": ["rxnorm:1298944", "rxnorm:224905", "rxnorm:72962"], "progression": "2025-04-15", "prior_lines": 1.0})

p = breast_patient("nec-b09", "1970-12-01", "2025-01-10", "IV", None, None, "M1", er=False, pr=False)
p.her2_ihc("3+", "2025-01-13")
case("breast-her2pos-first-line-tdm1", "breast",
     "De novo stage IV HER2-positive breast cancer, no prior trastuzumab or taxane: ado-trastuzumab emtansine first line",
     "FDA label: ado-trastuzumab emtansine (Kadcyla), 1.1 (metastatic: after trastuzumab and a taxane) and 1.2 (early: residual disease after neoadjuvant taxane + trastuzumab) -> prior_trastuzumab not met",
     "2025-02-01", rx("ado-trastuzumab emtansine"), REF, p,
     {"stage": "IV", "her2": "positive", "prior_drugs": []})

for pid, cid, cps, expected, desc in [
    ("nec-b10", "breast-tnbc-metastatic-pembrolizumab-cps15", 15, SUP, "PD-L1 CPS 15"),
    ("nec-b11", "breast-tnbc-metastatic-pembrolizumab-cps1", 1, REF, "PD-L1 CPS 1"),
    ("nec-b12", "breast-tnbc-metastatic-pembrolizumab-cps-undocumented", None, DOC, "PD-L1 CPS not documented"),
]:
    p = breast_patient(pid, "1975-07-07", "2025-02-10", "IV", None, None, "M1", er=False, pr=False)
    p.her2_ihc("1+", "2025-02-12")
    if cps is not None:
        p.pdl1("cps", cps, "2025-02-20")
    case(cid, "breast",
         f"Stage IV triple-negative breast cancer, {desc}: first-line pembrolizumab (with chemotherapy)",
         "FDA label: pembrolizumab (Keytruda), 1.x Triple-Negative Breast Cancer (locally recurrent unresectable or metastatic TNBC with PD-L1 CPS >= 10, with chemotherapy; KEYNOTE-355) -> node met_tnbc_l1_pembro_chemo (pdl1_cps >= 10)",
         "2025-03-01", rx("pembrolizumab", "J9271"), expected, p,
         {"stage": "IV", "er": "negative", "pr": "negative", "her2": "negative", "pdl1_cps": float(cps) if cps is not None else None},
         ["pdl1_cps"] if cps is None else None)

p = breast_patient("nec-b13", "1982-02-14", "2024-05-06", "IV", None, None, "M1", er=False, pr=False)
p.her2_ihc("0", "2024-05-08")
p.variant("BRCA1", "HGNC:1100", "c.68_69del (p.Glu23fs)", "2024-05-20", germline=True)
p.give(["paclitaxel"], *every("2024-06-03", 21, 8))
p.status("progression", "2025-02-10")
case("breast-gbrca1-her2neg-metastatic-olaparib", "breast",
     "Stage IV HER2-negative breast cancer with a germline BRCA1 variant, progressing after paclitaxel: olaparib",
     "FDA label: olaparib (Lynparza), 1.x gBRCAm HER2-negative metastatic breast cancer previously treated with chemotherapy (OlympiAD, NEJM 2017) -> node met_olaparib",
     "2025-02-25", rx("olaparib"), SUP, p,
     {"stage": "IV", "her2": "negative", "brca": ["brca1"], "prior_drugs": ["rxnorm:56946"], "progression": "2025-02-10"})

p = breast_patient("nec-b14", "1971-10-10", "2025-01-13", "IA", "T1c", "N0", "M0", er=True, pr=True, pathological=True)
p.her2(False, "2025-01-13")
p.procedure("392021009", "Lumpectomy of breast (procedure)", "2025-02-10")
case("breast-hrpos-early-adjuvant-letrozole-menopause-undocumented", "breast",
     "53-year-old with pT1c pN0 ER/PR+ HER2- breast cancer after lumpectomy, menopausal status not recorded (under 60: not inferable by age): adjuvant letrozole",
     "FDA label: letrozole (Femara), 1 Indications (adjuvant treatment of postmenopausal women with HR-positive early breast cancer) -> node adj_aromatase_inhibitor needs menopause = post",
     "2025-03-10", rx("letrozole"), DOC, p,
     {"stage": "IA", "t": "T1c", "n": "N0", "er": "positive", "her2": "negative", "menopause": None, "surgery": "2025-02-10"},
     ["menopause"])

p = breast_patient("nec-b14b", "1958-10-10", "2025-01-13", "IA", "T1c", "N0", "M0", er=True, pr=True, pathological=True)
p.her2(False, "2025-01-13")
p.procedure("392021009", "Lumpectomy of breast (procedure)", "2025-02-10")
case("breast-hrpos-early-adjuvant-letrozole-postmenopausal-by-age", "breast",
     "66-year-old with pT1c pN0 ER/PR+ HER2- breast cancer after lumpectomy, menopausal status not recorded: adjuvant letrozole (postmenopausal inferred from age >= 60)",
     "FDA label: letrozole (Femara), 1 Indications (postmenopausal women, adjuvant HR+ early breast cancer); NCCN's definition of menopause counts age >= 60 as postmenopausal -> node adj_aromatase_inhibitor, menopause = post inferred",
     "2025-03-10", rx("letrozole"), SUP, p,
     {"stage": "IA", "t": "T1c", "n": "N0", "er": "positive", "her2": "negative", "menopause": "post", "surgery": "2025-02-10"})

p = breast_patient("nec-b15", "1964-04-04", "2025-03-03", "IV", None, None, "M1", er=True, pr=False)
p.her2_ihc("2+", "2025-03-05")
case("breast-her2-equivocal-metastatic-trastuzumab", "breast",
     "Stage IV breast cancer with HER2 IHC 2+ (equivocal) and no ISH result: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 2.1 Patient Selection (HER2 overexpression IHC 3+ or gene amplification by ISH) -> her2 = equivocal contradicts her2 = positive",
     "2025-03-20", rx("trastuzumab"), REF, p,
     {"stage": "IV", "her2": "equivocal", "her2_ihc": 2.0})

p = Patient("nec-x01", "female", "1963-03-15").condition("59621000", "Essential hypertension (disorder)", "2019-05-01")
case("no-cancer-diagnosis-trastuzumab", "breast",
     "Patient with hypertension and no cancer diagnosis on record: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 1 Indications (HER2-overexpressing breast, gastric or GEJ adenocarcinoma) -> no primary cancer Condition, dx unknown on every route",
     "2025-03-01", rx("trastuzumab"), DOC, p,
     {"dx": None, "stage": None, "her2": None}, ["dx"])


# =========================================================================== NSCLC
def lung_patient(pid, birth, dx, stage, t, n, m, histo=("8140/3", "Adenocarcinoma, NOS"), sex="male"):
    p = Patient(pid, sex, birth).cancer("nsclc", dx)
    p.histology(histo[0], histo[1], dx)
    p.stage(stage, dx).tnm(t, n, m, dx)
    return p


p = lung_patient("nec-n01", "1956-02-02", "2025-01-08", "IVA", "T2a", "N2", "M1b", sex="female")
p.egfr("EGFR exon 19 deletion (p.E746_A750del) detected", "2025-01-20").alk(False, "2025-01-20").ecog(1, "2025-01-22")
case("nsclc-egfr-exon19del-metastatic-osimertinib", "nsclc",
     "Stage IVA lung adenocarcinoma with EGFR exon 19 deletion, first line: osimertinib",
     "FDA label: osimertinib (Tagrisso), 1 Indications (first-line metastatic NSCLC with EGFR exon 19 deletion or exon 21 L858R; FLAURA, NEJM 2018) -> node met_egfr_osimertinib",
     "2025-02-01", rx("osimertinib"), SUP, p,
     {"dx": "snomed:254637007", "stage": "IVA", "m": "M1b", "histology": "adenocarcinoma", "egfr": ["exon19del"], "alk": [], "prior_drugs": []})

p = lung_patient("nec-n02", "1950-06-21", "2025-01-14", "IVB", "T3", "N2", "M1c")
p.egfr("EGFR mutation not detected", "2025-01-28").alk(False, "2025-01-28")
case("nsclc-egfr-wildtype-metastatic-osimertinib", "nsclc",
     "Stage IVB lung adenocarcinoma, EGFR wild-type and ALK-negative: osimertinib requested",
     "FDA label: osimertinib (Tagrisso), 1 Indications (EGFR exon 19 deletion / L858R, or T790M after an EGFR TKI, as detected by an FDA-approved test) -> egfr = wildtype contradicts every osimertinib route",
     "2025-02-10", rx("osimertinib"), REF, p,
     {"stage": "IVB", "egfr": [], "alk": []})

p = lung_patient("nec-n03", "1962-09-09", "2025-02-03", "IVA", "T2b", "N1", "M1a", sex="female")
p.ecog(1, "2025-02-05")
case("nsclc-egfr-undocumented-metastatic-osimertinib", "nsclc",
     "Stage IVA lung adenocarcinoma, no EGFR result on record: osimertinib requested",
     "FDA label: osimertinib (Tagrisso), 1 Indications and 2.1 Patient Selection (EGFR mutation status by an FDA-approved test) -> egfr unknown",
     "2025-02-20", rx("osimertinib"), DOC, p,
     {"stage": "IVA", "egfr": None}, ["egfr"])

p = lung_patient("nec-n04", "1954-01-30", "2024-03-04", "IVB", "T2a", "N2", "M1c", sex="female")
p.egfr("EGFR exon 21 L858R (p.Leu858Arg) detected", "2024-03-12").alk(False, "2024-03-12")
p.oral("erlotinib", "2024-03-20", "2025-01-31")
p.status("progression", "2025-02-05")
p.egfr("EGFR T790M (p.Thr790Met) detected", "2025-02-20")
case("nsclc-egfr-t790m-after-erlotinib-osimertinib", "nsclc",
     "Stage IVB EGFR L858R adenocarcinoma progressing on erlotinib with acquired T790M: osimertinib",
     "FDA label: osimertinib (Tagrisso), 1 Indications (metastatic EGFR T790M-positive NSCLC progressing on or after EGFR TKI therapy; AURA3, NEJM 2017) -> node met_l2_osimertinib_t790m (also met_egfr_osimertinib)",
     "2025-03-05", rx("osimertinib"), SUP, p,
     {"egfr": ["l858r", "t790m"], "prior_drugs": ["rxnorm:337525"], "progression": "2025-02-05", "prior_lines": 1.0})

p = lung_patient("nec-n05", "1958-12-12", "2025-01-06", "IVA", "T3", "N2", "M1b")
p.egfr("EGFR mutation not detected", "2025-01-15").alk(False, "2025-01-15").pdl1("tps", 80, "2025-01-15").ecog(1, "2025-01-16")
case("nsclc-pdl1-80-first-line-pembrolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma, EGFR/ALK negative, PD-L1 TPS 80%: first-line pembrolizumab",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (first-line monotherapy, PD-L1 TPS >= 1%, no EGFR or ALK aberrations; KEYNOTE-024, KEYNOTE-042) -> node met_pembrolizumab_mono",
     "2025-01-30", rx("pembrolizumab", "J9271"), SUP, p,
     {"stage": "IVA", "egfr": [], "alk": [], "pdl1_tps": 80.0, "histology": "adenocarcinoma"})

p = lung_patient("nec-n06", "1961-04-18", "2025-01-09", "IVA", "T2b", "N2", "M1b", sex="female")
p.egfr("EGFR exon 21 L858R (p.Leu858Arg) detected", "2025-01-20").alk(False, "2025-01-20").pdl1("tps", 60, "2025-01-20")
case("nsclc-egfr-l858r-first-line-pembrolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma with EGFR L858R and PD-L1 TPS 60%: first-line pembrolizumab requested",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (first-line monotherapy and combinations only without EGFR or ALK genomic tumor aberrations) -> no_egfr_alk not met",
     "2025-02-03", rx("pembrolizumab"), REF, p,
     {"egfr": ["l858r"], "alk": [], "pdl1_tps": 60.0})

p = lung_patient("nec-n07", "1955-03-23", "2025-02-10", "IVA", "T2a", "N3", "M1a")
p.alk(False, "2025-02-18").pdl1("tps", 70, "2025-02-18")
case("nsclc-egfr-undocumented-first-line-pembrolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma, ALK-negative, PD-L1 TPS 70%, EGFR result not on record: first-line pembrolizumab",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (first line only without EGFR or ALK aberrations) -> egfr unknown",
     "2025-03-01", rx("pembrolizumab", "J9271", cms=True), DOC, p,
     {"egfr": None, "alk": [], "pdl1_tps": 70.0}, ["egfr"])

p = lung_patient("nec-n08", "1953-07-01", "2025-02-17", "IVB", "T4", "N2", "M1c")
p.egfr("EGFR mutation not detected", "2025-02-25").alk(False, "2025-02-25")
case("nsclc-nonsquamous-pdl1-unknown-pembrolizumab-combination", "nsclc",
     "Stage IVB nonsquamous NSCLC, EGFR/ALK negative, PD-L1 not reported: first-line pembrolizumab (with pemetrexed and platinum)",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (with pemetrexed and platinum, first-line metastatic nonsquamous NSCLC without EGFR/ALK aberrations, regardless of PD-L1; KEYNOTE-189) -> node met_pembro_pemetrexed_platinum",
     "2025-03-10", rx("pembrolizumab"), SUP, p,
     {"egfr": [], "alk": [], "pdl1_tps": None, "histology": "adenocarcinoma"})

p = lung_patient("nec-n09", "1949-11-05", "2025-01-27", "IVA", "T3", "N1", "M1b")
p.egfr("EGFR mutation not detected", "2025-02-04").alk(False, "2025-02-04").pdl1("tps", 60, "2025-02-04")
case("nsclc-pdl1-high-first-line-atezolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma, EGFR/ALK negative, PD-L1 TPS 60%: first-line atezolizumab monotherapy",
     "FDA label: atezolizumab (Tecentriq), 1.x Metastatic NSCLC (first-line single agent, high PD-L1 expression (>= 50% tumor cells), no EGFR or ALK aberrations; IMpower110, NEJM 2020) -> node met_atezolizumab_mono",
     "2025-02-20", rx("atezolizumab", "J9022"), SUP, p,
     {"egfr": [], "alk": [], "pdl1_tps": 60.0})

p = lung_patient("nec-n10", "1951-08-14", "2025-01-20", "IVA", "T3", "N2", "M1a", histo=("8070/3", "Squamous cell carcinoma, NOS"))
p.egfr("EGFR mutation not detected", "2025-01-29").alk(False, "2025-01-29").pdl1("tps", 5, "2025-01-29")
case("nsclc-squamous-pdl1-5-first-line-atezolizumab", "nsclc",
     "Stage IVA squamous NSCLC, EGFR/ALK negative, PD-L1 TPS 5%, untreated: first-line atezolizumab requested",
     "FDA label: atezolizumab (Tecentriq), 1.x Metastatic NSCLC (first-line single agent needs high PD-L1; first-line combinations are for nonsquamous only; later line after platinum) -> pdl1_tps >= 50 and prior_platinum not met",
     "2025-02-12", rx("atezolizumab"), REF, p,
     {"histology": "squamous", "egfr": [], "alk": [], "pdl1_tps": 5.0, "prior_drugs": []})

p = lung_patient("nec-n11", "1970-10-22", "2025-02-06", "IVB", "T2b", "N3", "M1c", sex="female")
p.alk(True, "2025-02-14").egfr("EGFR mutation not detected", "2025-02-14")
case("nsclc-alk-positive-metastatic-alectinib", "nsclc",
     "Stage IVB lung adenocarcinoma with ALK rearrangement (FISH positive): first-line alectinib",
     "FDA label: alectinib (Alecensa), 1.2 Metastatic ALK-positive NSCLC (ALEX, NEJM 2017) -> node met_alk_alectinib",
     "2025-02-28", rx("alectinib"), SUP, p,
     {"alk": ["fusion"], "egfr": []})

p = lung_patient("nec-n12", "1966-01-09", "2025-03-03", "IVA", "T2a", "N2", "M1b")
p.alk(False, "2025-03-11").egfr("EGFR mutation not detected", "2025-03-11")
case("nsclc-alk-negative-metastatic-alectinib", "nsclc",
     "Stage IVA lung adenocarcinoma, ALK-negative and EGFR wild-type: alectinib requested",
     "FDA label: alectinib (Alecensa), 1 Indications (ALK-positive NSCLC as detected by an FDA-approved test) -> alk = fusion not met",
     "2025-03-25", rx("alectinib"), REF, p,
     {"alk": [], "egfr": []})

p = lung_patient("nec-n13", "1957-05-05", "2025-01-13", "IVA", "T2b", "N2", "M1b")
p.egfr("EGFR mutation not detected", "2025-01-22").alk(False, "2025-01-22")
case("nsclc-cetuximab-offpathway", "nsclc",
     "Stage IVA lung adenocarcinoma: cetuximab requested (no NSCLC indication; only the colorectal pathway supports it)",
     "FDA label: cetuximab (Erbitux), 1 Indications (head and neck SCC and K-Ras wild-type colorectal cancer only) -> colorectal workup dx criterion not met",
     "2025-02-05", rx("cetuximab", "J9055"), REF, p,
     {"dx": "snomed:254637007", "stage": "IVA"})

p = lung_patient("nec-n14", "1952-02-27", "2024-12-02", "IIIB", "T3", "N2", "M0")
p.egfr("EGFR mutation not detected", "2024-12-10").alk(False, "2024-12-10").pdl1("tps", 30, "2024-12-10")
p.give(["carboplatin", "paclitaxel"], *every("2025-01-06", 7, 6))
p.procedure("33195004", "External beam radiation therapy (procedure)", "2025-01-06", "2025-02-14")
p.status("stable", "2025-03-10")
case("nsclc-stage3-after-chemoradiation-durvalumab", "nsclc",
     "Stage IIIB NSCLC without progression after concurrent carboplatin-paclitaxel and thoracic RT (resectability not recorded): durvalumab consolidation",
     "FDA label: durvalumab (Imfinzi), 1.1 NSCLC (unresectable stage III without progression after concurrent platinum-based chemoradiation; PACIFIC, NEJM 2017) -> route needs stage in [II, III] and resectable = false",
     "2025-03-20", rx("durvalumab", "J9173"), DOC, p,
     {"stage": "IIIB", "egfr": [], "progression": "false", "radiotherapy_end": "2025-02-14", "resectable": None}, ["resectable"])

p = lung_patient("nec-n15", "1959-09-19", "2025-02-03", "IA2", "T1b", "N0", "M0", sex="female")
p.egfr("EGFR mutation not detected", "2025-02-11")
case("nsclc-stage1a-lobectomy-resectability-undocumented", "nsclc",
     "Clinical stage IA2 lung adenocarcinoma, operability/resectability not recorded: lobectomy (SNOMED)",
     "NCI PDQ Non-Small Cell Lung Cancer Treatment (Health Professional), 2025 (lobectomy for resectable stage I) -> node surgery needs resectable = true",
     "2025-02-24", {"system": SNOMED, "code": "173171007", "display": "Lobectomy of lung (procedure)"}, DOC, p,
     {"stage": "IA2", "t": "T1b", "n": "N0", "resectable": None}, ["resectable"])

p = lung_patient("nec-n16", "1963-06-06", "2025-02-24", "IVB", "T4", "N2", "M1c", sex="female")
p.text_marker("BRAF V600E mutation analysis", "BRAF V600E (p.Val600Glu) detected", "2025-03-04")
p.egfr("EGFR mutation not detected", "2025-03-04").alk(False, "2025-03-04")
case("nsclc-braf-v600e-metastatic-dabrafenib", "nsclc",
     "Stage IVB lung adenocarcinoma with BRAF V600E: dabrafenib (with trametinib)",
     "FDA label: dabrafenib (Tafinlar), 1.x Metastatic NSCLC with BRAF V600E mutation, with trametinib (BRF113928, Lancet Oncol 2017) -> node met_braf_dabrafenib_trametinib",
     "2025-03-18", rx("dabrafenib"), SUP, p,
     {"braf": ["v600e"], "egfr": [], "alk": []})

p = lung_patient("nec-n17", "1955-10-30", "2024-05-27", "IVA", "T2b", "N2", "M1b")
p.egfr("EGFR mutation not detected", "2024-06-04").alk(False, "2024-06-04").pdl1("tps", 20, "2024-06-04")
p.give(["carboplatin", "pemetrexed", "pembrolizumab"], *every("2024-06-10", 21, 4))
p.give(["pemetrexed", "pembrolizumab"], *every("2024-08-12", 21, 8))
p.status("progression", "2025-02-03")
case("nsclc-second-line-docetaxel-after-platinum", "nsclc",
     "Stage IVA adenocarcinoma progressing after carboplatin-pemetrexed-pembrolizumab and maintenance: docetaxel",
     "FDA label: docetaxel (Taxotere), 1.2 Non-Small Cell Lung Cancer (locally advanced or metastatic NSCLC after platinum therapy failure; TAX 317) -> node met_l2_docetaxel",
     "2025-02-20", rx("docetaxel", "J9171"), SUP, p,
     {"prior_drugs": ["rxnorm:1547545", "rxnorm:40048", "rxnorm:68446"], "progression": "2025-02-03", "prior_lines": 1.0, "egfr": [], "alk": []})


# =========================================================================== colorectal
def crc_patient(pid, birth, dx, sex="male", site="colon"):
    return Patient(pid, sex, birth).cancer(site, dx)


p = crc_patient("nec-c01", "1960-03-09", "2025-01-15")
p.procedure("43075005", "Partial resection of colon (procedure)", "2025-02-03")
p.stage("IIIB", "2025-02-03", pathological=True).tnm("T3", "N1a", "M0", "2025-02-03", pathological=True)
p.msi(False, "2025-02-10")
case("colon-stage3-adjuvant-oxaliplatin", "colorectal",
     "Resected pT3 pN1a (stage IIIB) colon adenocarcinoma, 5 weeks after colectomy: adjuvant oxaliplatin (FOLFOX)",
     "FDA label: oxaliplatin (Eloxatin), 1 Indications (adjuvant treatment of stage III colon cancer after complete resection of the primary tumor, with infusional 5-FU/LV; MOSAIC, NEJM 2004) -> node adj_folfox_capox",
     "2025-03-10", rx("oxaliplatin", "J9263"), SUP, p,
     {"dx": "snomed:363406005", "stage": "IIIB", "n": "N1a", "surgery": "2025-02-03", "msi": "stable"})

p = crc_patient("nec-c02", "1958-08-17", "2025-01-20", sex="female")
p.procedure("43075005", "Partial resection of colon (procedure)", "2025-02-06")
p.stage("I", "2025-02-06", pathological=True).tnm("T2", "N0", "M0", "2025-02-06", pathological=True)
p.msi(False, "2025-02-12").mmr(False, "2025-02-12")
p.status("remission", "2025-03-03")
case("colon-stage1-adjuvant-oxaliplatin", "colorectal",
     "Resected pT2 pN0 (stage I) colon cancer, no evidence of disease after surgery: adjuvant oxaliplatin requested",
     "FDA label: oxaliplatin (Eloxatin), 1 Indications (adjuvant use is for stage III colon cancer; advanced colorectal cancer otherwise) -> stage = III not met; metastatic routes need recurrence",
     "2025-03-10", rx("oxaliplatin"), REF, p,
     {"stage": "I", "t": "T2", "n": "N0", "surgery": "2025-02-06", "progression": "false", "recurrence": "false"})

p = crc_patient("nec-c03", "1963-12-03", "2025-01-08")
p.procedure("43075005", "Partial resection of colon (procedure)", "2025-01-27")
p.msi(False, "2025-02-03")
case("colon-stage-undocumented-adjuvant-oxaliplatin", "colorectal",
     "Colon cancer after colectomy, no pathological or clinical stage on record: adjuvant oxaliplatin requested",
     "FDA label: oxaliplatin (Eloxatin), 1 Indications (adjuvant treatment of stage III colon cancer) -> stage unknown",
     "2025-02-24", rx("oxaliplatin", "J9263", cms=True), DOC, p,
     {"stage": None, "surgery": "2025-01-27"}, ["stage"])


def crc_metastatic(pid, birth, dx, stage="IVA", m="M1a", sex="male"):
    p = crc_patient(pid, birth, dx, sex)
    p.stage(stage, dx).tnm("T3", "N1", m, dx)
    return p


p = crc_metastatic("nec-c04", "1966-04-25", "2025-01-06")
p.kras("KRAS mutation not detected", "2025-01-17")
p.text_marker("NRAS gene mutation analysis", "NRAS mutation not detected", "2025-01-17")
p.text_marker("BRAF V600E mutation analysis", "BRAF V600E not detected", "2025-01-17")
p.msi(False, "2025-01-17").mmr(False, "2025-01-17")
case("colon-ras-wildtype-metastatic-panitumumab", "colorectal",
     "Stage IVA colon cancer (liver), KRAS/NRAS/BRAF wild-type, MSS/pMMR: first-line panitumumab (with FOLFOX)",
     "FDA label: panitumumab (Vectibix), 1.1 Colorectal Cancer (wild-type RAS (KRAS and NRAS) metastatic colorectal cancer, first line with FOLFOX; PRIME, J Clin Oncol 2010) -> node met_chemo_anti_egfr",
     "2025-01-31", rx("panitumumab", "J9303"), SUP, p,
     {"stage": "IVA", "kras": [], "nras": [], "braf": [], "msi": "stable", "mmr": "proficient"})

p = crc_metastatic("nec-c05", "1959-02-11", "2025-02-03", sex="female")
p.kras("KRAS c.35G>A (p.G12D) detected", "2025-02-12")
p.msi(False, "2025-02-12").mmr(False, "2025-02-12")
case("colon-kras-g12d-metastatic-panitumumab", "colorectal",
     "Stage IVA colon cancer with KRAS G12D, MSS: panitumumab requested",
     "FDA label: panitumumab (Vectibix), 1.1 Limitations of Use (not indicated for RAS-mutant mCRC or when RAS status is unknown) -> ras_wildtype not met on every route",
     "2025-02-25", rx("panitumumab"), REF, p,
     {"kras": ["g12d"], "msi": "stable"})

p = crc_metastatic("nec-c06", "1962-07-29", "2025-02-10")
p.kras("KRAS mutation not detected", "2025-02-19")
p.text_marker("BRAF V600E mutation analysis", "BRAF V600E not detected", "2025-02-19")
p.msi(False, "2025-02-19").mmr(False, "2025-02-19")
case("colon-nras-untested-metastatic-cetuximab", "colorectal",
     "Stage IVA colon cancer, KRAS and BRAF wild-type, NRAS not tested: cetuximab requested",
     "FDA label: cetuximab (Erbitux), 1.2 Colorectal Cancer (K-Ras wild-type mCRC; Limitations of Use: not for RAS-mutant mCRC or unknown RAS status) -> nras unknown",
     "2025-03-03", rx("cetuximab", "J9055"), DOC, p,
     {"kras": [], "braf": [], "nras": None, "msi": "stable"}, ["nras"])

p = crc_metastatic("nec-c07", "1971-11-19", "2025-01-22", sex="female")
p.msi(True, "2025-01-31").mmr(True, "2025-01-31").kras("KRAS mutation not detected", "2025-01-31")
case("colon-msi-high-metastatic-pembrolizumab", "colorectal",
     "Stage IVA colon cancer, MSI-H/dMMR, untreated: first-line pembrolizumab",
     "FDA label: pembrolizumab (Keytruda), 1.x MSI-H or dMMR Colorectal Cancer (first-line unresectable or metastatic; KEYNOTE-177, NEJM 2020) -> node met_pembrolizumab",
     "2025-02-14", rx("pembrolizumab", "J9271"), SUP, p,
     {"msi": "high", "mmr": "deficient", "prior_drugs": []})

p = crc_metastatic("nec-c08", "1957-06-02", "2025-02-05")
p.msi(False, "2025-02-13").mmr(False, "2025-02-13")
case("colon-mss-metastatic-pembrolizumab", "colorectal",
     "Stage IVA colon cancer, microsatellite stable with intact MMR: pembrolizumab requested",
     "FDA label: pembrolizumab (Keytruda), 1.x MSI-H or dMMR Colorectal Cancer (MSI-H/dMMR only) -> msi_high not met",
     "2025-02-27", rx("pembrolizumab"), REF, p,
     {"msi": "stable", "mmr": "proficient"})

p = crc_metastatic("nec-c09", "1969-09-13", "2025-02-17", sex="female")
p.kras("KRAS mutation not detected", "2025-02-25")
case("colon-msi-undocumented-metastatic-pembrolizumab", "colorectal",
     "Stage IVA colon cancer, neither MSI nor MMR status on record: pembrolizumab requested",
     "FDA label: pembrolizumab (Keytruda), 1.x MSI-H or dMMR Colorectal Cancer (patient selection by MSI or MMR testing) -> msi and mmr unknown",
     "2025-03-10", rx("pembrolizumab"), DOC, p,
     {"msi": None, "mmr": None}, ["msi", "mmr"])

p = crc_metastatic("nec-c10", "1955-05-15", "2025-01-13", stage="IVB", m="M1b")
p.kras("KRAS c.35G>T (p.G12V) detected", "2025-01-22").msi(False, "2025-01-22").mmr(False, "2025-01-22")
case("colon-kras-g12v-metastatic-bevacizumab", "colorectal",
     "Stage IVB colon cancer with KRAS G12V, MSS/pMMR: first-line bevacizumab (with FOLFOX)",
     "FDA label: bevacizumab (Avastin), 1.1 Metastatic Colorectal Cancer (with intravenous fluorouracil-based chemotherapy, first or second line; Hurwitz, NEJM 2004) -> node met_chemo_bevacizumab",
     "2025-02-05", rx("bevacizumab", "J9035"), SUP, p,
     {"stage": "IVB", "kras": ["g12v"], "msi": "stable", "mmr": "proficient"})

p = crc_metastatic("nec-c11", "1964-10-08", "2025-01-27")
p.kras("KRAS c.35G>A (p.G12D) detected", "2025-02-04").msi(False, "2025-02-04")
case("colon-osimertinib-offpathway", "colorectal",
     "Stage IVA colon cancer: osimertinib requested (no colorectal indication; only the NSCLC pathway supports it)",
     "FDA label: osimertinib (Tagrisso), 1 Indications (EGFR-mutated NSCLC only) -> nsclc workup dx criterion not met",
     "2025-02-18", rx("osimertinib"), REF, p,
     {"dx": "snomed:363406005", "stage": "IVA"})

p = crc_metastatic("nec-c12", "1956-01-21", "2024-01-08", stage="IVB", m="M1b", sex="female")
p.kras("KRAS c.35G>A (p.G12D) detected", "2024-01-17").msi(False, "2024-01-17").mmr(False, "2024-01-17")
p.give(["oxaliplatin", "fluorouracil", "leucovorin", "bevacizumab"], *every("2024-01-29", 14, 12))
p.status("progression", "2024-07-22")
p.give(["irinotecan", "fluorouracil", "leucovorin", "bevacizumab"], *every("2024-08-05", 14, 12))
p.status("progression", "2025-02-03")
case("colon-third-line-regorafenib", "colorectal",
     "Stage IVB KRAS-mutant colon cancer progressing after FOLFOX-bevacizumab and FOLFIRI-bevacizumab: regorafenib",
     "FDA label: regorafenib (Stivarga), 1.1 Colorectal Cancer (mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, and anti-EGFR if RAS wild-type; CORRECT, Lancet 2013) -> node met_l2_regorafenib",
     "2025-02-20", rx("regorafenib"), SUP, p,
     {"prior_drugs": ["rxnorm:253337", "rxnorm:32592", "rxnorm:4492", "rxnorm:51499", "rxnorm:6313"], "progression": "2025-02-03", "prior_lines": 2.0, "kras": ["g12d"]})

p = crc_patient("nec-c13", "1968-08-28", "2025-02-03", site="rectum")
p.stage("IIIB", "2025-02-03").tnm("T3", "N1", "M0", "2025-02-03")
p.msi(False, "2025-02-10").mmr(False, "2025-02-10")
case("rectal-stage3-neoadjuvant-capecitabine", "colorectal",
     "Clinical stage IIIB (cT3 cN1) rectal adenocarcinoma: capecitabine with long-course chemoradiation (total neoadjuvant therapy)",
     "FDA label: capecitabine (Xeloda), 1.1 Colorectal Cancer (perioperative treatment of locally advanced rectal cancer as a component of chemoradiotherapy, 2022) -> node rectal_tnt",
     "2025-02-20", rx("capecitabine"), SUP, p,
     {"dx": "icd10:C20", "stage": "IIIB", "msi": "stable"})


# =========================================================================== prostate
def prostate_patient(pid, birth, dx, t, n, m, gleason, psa):
    p = Patient(pid, "male", birth).cancer("prostate", dx)
    p.tnm(t, n, m, dx).gleason(gleason, dx).psa(psa, dx)
    return p


# ADT administrations are recorded only up to the next systemic therapy: therapy.rs starts a new
# line when a drug absent from the current regimen reappears later, so a continuous GnRH backbone
# recorded through docetaxel or an ARPI would inflate prior_lines (criteria do not test it).
GG5 = "Gleason score 9 (4+5), ISUP grade group 5"
GG2 = "Gleason score 7 (3+4), ISUP grade group 2"
GG4 = "Gleason score 8 (4+4), ISUP grade group 4"

p = prostate_patient("nec-p01", "1950-02-10", "2024-01-10", "T3b", "N1", "M1b", GG5, 48.0)
p.give(["leuprolide"], *every("2024-02-01", 91, 5))
p.psa(0.9, "2024-05-02").psa(2.5, "2024-11-01").psa(4.8, "2025-02-03")
case("prostate-mcrpc-abiraterone", "prostate",
     "Metastatic (cM1b) prostate cancer with PSA progression on leuprolide (castration-resistant), no prior ARPI: abiraterone",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (with prednisone, metastatic castration-resistant prostate cancer; COU-AA-302, NEJM 2013) -> node mcrpc_arpi",
     "2025-02-20", rx("abiraterone"), SUP, p,
     {"dx": "snomed:399068003", "m": "M1b", "castration": "resistant", "prior_drugs": ["rxnorm:42375"], "grade_group": 5.0})

p = prostate_patient("nec-p02", "1953-06-15", "2025-03-01", "T3a", "N1", "M1b", GG5, 120.0)
p.obs({"text": "Number of bone metastases on bone scan"}, "2025-03-05", {"valueInteger": 5}, category="imaging")
p.give(["leuprolide"], "2025-03-15")
case("prostate-mcspc-high-risk-abiraterone", "prostate",
     "Newly diagnosed metastatic (cM1b, grade group 5, 5 bone lesions on bone scan) castration-sensitive prostate cancer, ADT started: abiraterone (LATITUDE high risk: Gleason >= 8 and >= 3 bone lesions)",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (with prednisone, metastatic high-risk castration-sensitive prostate cancer; LATITUDE, NEJM 2017: >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis) -> node mcs_adt_abiraterone",
     "2025-03-25", rx("abiraterone"), SUP, p,
     {"m": "M1b", "castration": "sensitive", "grade_group": 5.0, "psa": 120.0, "mcspc_risk": "high"})

p = prostate_patient("nec-p02b", "1953-06-15", "2025-03-01", "T3a", "N1", "M1b", GG5, 120.0)
p.give(["leuprolide"], "2025-03-15")
case("prostate-mcspc-gleason-only-abiraterone", "prostate",
     "Newly diagnosed metastatic (cM1b, grade group 5) castration-sensitive prostate cancer, number of bone lesions not recorded: abiraterone (LATITUDE high risk needs a second criterion)",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (metastatic HIGH-RISK castration-sensitive prostate cancer; LATITUDE: >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis; M1b rules out visceral) -> mcspc_risk undetermined",
     "2025-03-25", rx("abiraterone"), DOC, p,
     {"m": "M1b", "castration": "sensitive", "grade_group": 5.0, "mcspc_risk": None}, ["mcspc_risk"])

p = prostate_patient("nec-p03", "1949-09-09", "2025-03-01", "T3b", "N1", "M1b", GG5, 86.0)
case("prostate-metastatic-no-adt-abiraterone", "prostate",
     "Newly diagnosed metastatic (cM1b, grade group 5) prostate cancer, androgen deprivation not yet started (hormone-naive: castration-sensitive, inferred), bone lesion count not recorded: abiraterone requested",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (mCRPC, or high-risk mCSPC; LATITUDE risk needs >= 2 criteria) -> castration = sensitive inferred (no ADT on record), mcspc_risk undetermined",
     "2025-03-20", rx("abiraterone"), DOC, p,
     {"m": "M1b", "castration": "sensitive"}, ["mcspc_risk"])

p = prostate_patient("nec-p04", "1956-12-24", "2025-02-10", "T2b", "N0", "M0", GG2, 8.2)
case("prostate-localized-intermediate-abiraterone", "prostate",
     "Localized intermediate-risk prostate cancer (cT2b N0 M0, grade group 2, PSA 8.2): abiraterone requested",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (metastatic CRPC and metastatic high-risk CSPC only) -> m = M1 not met on every route",
     "2025-03-03", rx("abiraterone"), REF, p,
     {"t": "T2b", "n": "N0", "m": "M0", "grade_group": 2.0, "psa": 8.2})

p = prostate_patient("nec-p05", "1955-04-01", "2025-02-17", "T3a", "N1", "M1b", GG4, 35.0)
p.give(["leuprolide"], "2025-02-24")
case("prostate-mcspc-enzalutamide", "prostate",
     "Metastatic (cM1b) castration-sensitive prostate cancer on leuprolide: enzalutamide",
     "FDA label: enzalutamide (Xtandi), 1 Indications (metastatic castration-sensitive prostate cancer; ARCHES, J Clin Oncol 2019) -> node mcs_adt_arpi",
     "2025-03-10", rx("enzalutamide"), SUP, p,
     {"m": "M1b", "castration": "sensitive"})

p = prostate_patient("nec-p06", "1948-07-07", "2024-02-05", "T3b", "N1", "M1b", GG5, 64.0)
p.give(["leuprolide"], *every("2024-02-19", 91, 5))
p.psa(1.1, "2024-05-20").psa(3.9, "2024-11-18").psa(7.4, "2025-02-17")
case("prostate-mcrpc-cabazitaxel-without-docetaxel", "prostate",
     "Castration-resistant metastatic prostate cancer, never treated with docetaxel: cabazitaxel requested",
     "FDA label: cabazitaxel (Jevtana), 1 Indications (with prednisone, mCRPC previously treated with a docetaxel-containing regimen; TROPIC, Lancet 2010) -> prior_docetaxel not met",
     "2025-03-03", rx("cabazitaxel", "J9043"), REF, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:42375"]})

p = prostate_patient("nec-p07", "1951-11-30", "2024-01-15", "T4", "N1", "M1b", GG5, 210.0)
p.give(["leuprolide"], *every("2024-01-29", 91, 3))
p.status("progression", "2024-08-12")
p.give(["docetaxel"], *every("2024-08-26", 21, 6))
p.status("progression", "2025-01-20")
case("prostate-mcrpc-cabazitaxel-after-docetaxel", "prostate",
     "mCRPC progressing after docetaxel (on continued leuprolide): cabazitaxel",
     "FDA label: cabazitaxel (Jevtana), 1 Indications (with prednisone, mCRPC previously treated with a docetaxel-containing regimen; TROPIC, Lancet 2010) -> node mcrpc_cabazitaxel",
     "2025-02-05", rx("cabazitaxel", "J9043", cms=True), SUP, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:42375", "rxnorm:72962"], "progression": "2025-01-20"})

p = prostate_patient("nec-p08", "1947-03-12", "2024-01-22", "T3b", "N1", "M1b", GG5, 75.0)
p.give(["leuprolide"], *every("2024-02-05", 91, 3))
p.psa(0.7, "2024-05-06").psa(3.1, "2024-08-05")
p.oral("enzalutamide", "2024-08-19", "2025-01-31")
p.status("progression", "2025-02-03")
case("prostate-mcrpc-olaparib-hrr-untested", "prostate",
     "mCRPC progressing on enzalutamide, no HRR gene testing on record: olaparib requested",
     "FDA label: olaparib (Lynparza), 1.x mCRPC (deleterious germline or somatic HRR gene-mutated, after enzalutamide or abiraterone; PROfound, NEJM 2020) -> hrr unknown",
     "2025-02-20", rx("olaparib"), DOC, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:1307298", "rxnorm:42375"], "hrr": None}, ["hrr"])

p = prostate_patient("nec-p09", "1952-05-25", "2024-01-29", "T3b", "N1", "M1b", GG5, 92.0)
p.give(["leuprolide"], *every("2024-02-12", 91, 3))
p.psa(0.6, "2024-05-13").psa(2.9, "2024-08-12")
p.oral("enzalutamide", "2024-08-26", "2025-01-31")
p.status("progression", "2025-02-03")
p.variant("BRCA2", "HGNC:1101", "c.5946del (p.Ser1982fs)", "2025-02-10", germline=False)
case("prostate-mcrpc-brca2-olaparib", "prostate",
     "mCRPC with a somatic BRCA2 variant, progressing on enzalutamide: olaparib",
     "FDA label: olaparib (Lynparza), 1.x mCRPC (HRR gene-mutated, progressed after enzalutamide or abiraterone; PROfound, NEJM 2020) -> node mcrpc_olaparib",
     "2025-02-24", rx("olaparib"), SUP, p,
     {"castration": "resistant", "hrr": ["brca2"], "prior_drugs": ["rxnorm:1307298", "rxnorm:42375"]})

p = prostate_patient("nec-p10", "1954-08-03", "2025-01-13", "T3a", "N1", "M1b", GG4, 40.0)
p.give(["leuprolide"], "2025-01-27")
case("prostate-palbociclib-offpathway", "prostate",
     "Metastatic castration-sensitive prostate cancer: palbociclib requested (no prostate indication; only the breast pathway supports it)",
     "FDA label: palbociclib (Ibrance), 1 Indications (HR-positive, HER2-negative breast cancer only) -> breast workup dx criterion not met",
     "2025-02-10", rx("palbociclib"), REF, p,
     {"dx": "snomed:399068003", "castration": "sensitive"})

p = prostate_patient("nec-p11", "1957-10-14", "2025-01-20", "T2b", "N0", "M0", GG2, 8.2)
case("prostate-intermediate-risk-imrt", "prostate",
     "Localized intermediate-risk prostate cancer (cT2b N0 M0, grade group 2, PSA 8.2): IMRT delivery (CPT)",
     "NCI PDQ Prostate Cancer Treatment (Health Professional), 2025; RTOG 9408, NEJM 2011 (radiotherapy with short-course ADT for intermediate risk) -> node ebrt_short_adt",
     "2025-02-17", {"system": CPT, "code": "77385", "display": "Intensity modulated radiation treatment delivery, simple"}, SUP, p,
     {"t": "T2b", "n": "N0", "m": "M0", "grade_group": 2.0, "psa": 8.2})

p = prostate_patient("nec-p12", "1950-12-19", "2025-02-03", "T3b", "N1", "M1b", GG5, 150.0)
p.give(["leuprolide"], "2025-02-10")
case("prostate-metastatic-radical-prostatectomy", "prostate",
     "Metastatic (cM1b) prostate cancer: robotic radical prostatectomy requested (CPT)",
     "NCI PDQ Prostate Cancer Treatment (Health Professional), 2025 (radical prostatectomy for localized disease) -> localized (m = M0, n = N0) not met",
     "2025-03-03", {"system": CPT, "code": "55866", "display": "Laparoscopic radical prostatectomy, including robotic assistance"}, REF, p,
     {"m": "M1b", "n": "N1"})

p = prostate_patient("nec-p13", "1946-01-18", "2024-01-08", "T3b", "N1", "M1b", GG5, 130.0)
p.give(["leuprolide"], *every("2024-01-22", 91, 3))
p.psa(1.2, "2024-04-22").psa(4.0, "2024-07-22")
p.oral("abiraterone", "2024-08-05", "2025-01-31")
p.status("progression", "2025-02-03")
case("prostate-mcrpc-enzalutamide-after-abiraterone", "prostate",
     "mCRPC progressing on abiraterone, HRR status not tested: enzalutamide requested (alone it is ARPI after ARPI; with talazoparib it needs an HRR gene alteration)",
     "FDA label: enzalutamide (Xtandi), 1 Indications (CRPC; PREVAIL/AFFIRM populations were ARPI-naive -> node mcrpc_arpi requires not prior_arpi); FDA label: talazoparib (Talzenna), 1 Indications (with enzalutamide, HRR gene-mutated mCRPC; TALAPRO-2, Lancet 2023) -> node mcrpc_talazoparib_enzalutamide needs hrr",
     "2025-02-20", rx("enzalutamide"), DOC, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:1100072", "rxnorm:42375"]}, ["hrr"])

p = prostate_patient("nec-p14", "1955-09-27", "2025-01-06", "T3a", "N0", "M0", GG4, 24.0)
case("prostate-high-risk-goserelin-with-radiotherapy", "prostate",
     "Localized high-risk prostate cancer (cT3a N0 M0, grade group 4, PSA 24): goserelin with radiotherapy",
     "FDA label: goserelin implant (Zoladex 3.6 mg), 1 Indications (with radiotherapy and flutamide for locally confined stage T2b-T4 prostate cancer); EORTC 22961, NEJM 2009 -> node ebrt_long_adt",
     "2025-01-27", rx("goserelin", "J9202"), SUP, p,
     {"t": "T3a", "n": "N0", "m": "M0", "grade_group": 4.0, "psa": 24.0})



# =========================================================================== reference oracle
# A small re-implementation of the route semantics (crates/pathway: paths_in, branch_criterion,
# three-valued Test::evaluate) used by --check to say what the graph implies for the derived
# facts. It is a cross-check for this case set, not the integrator's engine.

def _load_pathways():
    import tomllib
    out = []
    d = os.path.join(REPO, "pathways")
    for name in sorted(os.listdir(d)):
        if name.endswith(".toml"):
            with open(os.path.join(d, name), "rb") as f:
                out.append(tomllib.load(f))
    return out


_TOKEN = re.compile(r"\s*(<=|>=|!=|=|<|>|\(|\)|\[|\]|,|[A-Za-z0-9_:.\-]+)")


def _tokens(s):
    pos, out = 0, []
    s = s.strip()
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if not m:
            raise ValueError(f"cannot tokenize {s[pos:]!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


def parse_criterion(src, defs):
    toks = _tokens(src)
    i = 0

    def peek():
        return toks[i] if i < len(toks) else None

    def take():
        nonlocal i
        i += 1
        return toks[i - 1]

    def expr():
        parts = [conj()]
        while peek() == "or":
            take()
            parts.append(conj())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def conj():
        parts = [unary()]
        while peek() == "and":
            take()
            parts.append(unary())
        return parts[0] if len(parts) == 1 else ("and", parts)

    def unary():
        t = peek()
        if t == "not":
            take()
            return ("not", unary())
        if t == "(":
            take()
            e = expr()
            assert take() == ")"
            return e
        if t in ("true", "false"):
            take()
            return ("const", t == "true")
        if t in defs and (i + 1 >= len(toks) or toks[i + 1] not in ("=", "!=", "<", "<=", ">", ">=", "in", "not")):
            take()
            return parse_criterion(defs[t], defs)
        subject = take()
        if subject == "since":
            assert take() == "("
            fact = take()
            assert take() == ")"
            op = take()
            amount, unit = take(), take()
            days = int(amount) * {"day": 1.0, "days": 1.0, "week": 7.0, "weeks": 7.0, "month": 30.4375,
                                  "months": 30.4375, "year": 365.25, "years": 365.25}[unit]
            return ("since", fact, op, days)
        op = take()
        if op == "not":
            assert take() == "in"
            op = "not in"
        if op in ("in", "not in"):
            assert take() == "["
            vals = []
            while True:
                vals.append(take())
                sep = take()
                if sep == "]":
                    break
            return ("test", subject, op, vals)
        return ("test", subject, op, [take()])

    e = expr()
    assert i == len(toks), f"trailing tokens in {src!r}"
    return e


ROMAN_RANK = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _graded(fact, text):
    if fact == "stage":
        if text == "0":
            return (0, "")
        m = re.match(r"^(IV|I{1,3})(.*)$", text)
        return (ROMAN_RANK[m.group(1)], m.group(2))
    m = re.match(r"^([TNM])(is|\d)(.*)$", text)
    if m.group(2) == "is":
        return (1, m.group(3))
    d = int(m.group(2))
    rank = d + 1 if (m.group(1) == "T" and d > 0) else d
    return (rank, m.group(3))


def _relate(p, c):
    if p[0] != c[0]:
        return "less" if p[0] < c[0] else "greater"
    if p[1].startswith(c[1]):
        return "within"
    if c[1].startswith(p[1]):
        return "coarser"
    return "less" if p[1] < c[1] else "greater"


def _graded_op(rel, op):
    if rel == "coarser":
        return None
    if rel == "within":
        return op in ("=", "in", ">=", "<=")
    if rel == "less":
        return op in ("<", "<=", "!=", "not in")
    return op in (">", ">=", "!=", "not in")


def _num_op(a, op, b):
    return {"=": a == b, "in": a == b, "!=": a != b, "not in": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _covers(lit, code):
    ls, lc = lit.lower().split(":", 1)
    cs, cc = code.lower().split(":", 1)
    if ls != cs:
        return False
    if ls == "icd10":
        return cc.replace(".", "").startswith(lc.replace(".", ""))
    return lc == cc


def evaluate(c, facts, missing):
    """Kleene evaluation: True / False / None (unknown; fact names added to `missing`)."""
    kind = c[0]
    if kind == "const":
        return c[1]
    if kind == "not":
        v = evaluate(c[1], facts, missing)
        return None if v is None else not v
    if kind in ("and", "or"):
        results = []
        for x in c[1]:
            m = set()
            results.append((evaluate(x, facts, m), m))
        vals = [v for v, _ in results]
        decisive = False if kind == "and" else True
        if decisive in vals:
            return decisive
        if None in vals:
            for v, m in results:
                if v is None:
                    missing |= m
            return None
        return not decisive
    if kind == "since":
        _, fact, op, days = c
        if fact not in facts:
            missing.add(fact)
            return None
        v = facts[fact][1]
        if v is None:
            return False
        import datetime
        elapsed = (datetime.date.fromisoformat(facts["__as_of"]) - datetime.date.fromisoformat(v)).days
        return _num_op(float(elapsed), op, days)
    _, fact, op, vals = c
    if fact not in facts:
        missing.add(fact)
        return None
    ty, v = facts[fact]
    neg = op in ("!=", "not in")
    if ty == "event":
        return (v is not None) == (vals[0] == "true")  if not neg else (v is not None) != (vals[0] == "true")
    if ty == "bool":
        return (v == (vals[0] == "true")) != neg
    if ty == "number":
        if op in ("in", "not in"):
            return any(float(x) == v for x in vals) != neg
        return _num_op(v, op, float(vals[0]))
    if ty == "word":
        return (v in vals) != neg
    if ty == "graded":
        p = _graded(fact if fact == "stage" else "tnm", v)
        if op in ("<", "<=", ">", ">="):
            r = _graded_op(_relate(p, _graded(fact if fact == "stage" else "tnm", vals[0])), op)
        else:
            rs = [_graded_op(_relate(p, _graded(fact if fact == "stage" else "tnm", x)), "=") for x in vals]
            r = True if True in rs else (None if None in rs else False)
            r = None if r is None else (r != neg)
        if r is None:
            missing.add(fact)
        return r
    if ty == "variants":
        hit = any((not v) if x == "wildtype" else (x in v) for x in vals)
        return hit != neg
    if ty == "codes":
        hit = any(any(_covers(x, code) for code in v) for x in vals)
        return hit != neg
    raise ValueError(ty)


def oracle_facts(facts_json):
    """Facts JSON (timeline --facts) -> {name: (type, value)}."""
    out = {}
    for name, entry in facts_json.items():
        ty, v = entry["value"]["type"], entry["value"].get("value")
        if ty == "graded":
            out[name] = ("graded", render(entry["value"]))
        elif ty == "codes":
            out[name] = ("codes", [f"{c['system']}:{c['code']}".lower() if c['system'] else c['code'] for c in v])
        elif ty in ("variants", "number", "word", "bool", "event"):
            out[name] = (ty, v)
    return out


def _service_key(service):
    s = service["system"]
    short = "rxnorm" if s == RXNORM else "hcpcs" if s in (HCPCS, HCPCS_CMS) else "cpt" if s == CPT else "snomed" if s == SNOMED else s
    return f"{short}:{service['code']}".lower()


def _node_services(node):
    out = set(x.lower() for x in node.get("services", []))
    for d in node.get("drugs", []):
        for k in ("rxnorm", "hcpcs"):
            if d.get(k):
                out.add(f"{k}:{d[k]}".lower())
    for group in ("procedures", "radiotherapy"):
        for pr in node.get(group, []):
            out.update(x.lower() for x in pr.get("codes", []))
    return out


def routes_to(pw, target):
    """[(node ids, criterion)] as crates/pathway paths_in builds them."""
    defs = pw.get("defs", {})
    nodes = {n["id"]: n for n in pw["node"]}
    edges = []   # (src, dst, guard, recurrence, index among src's edges)
    for n in pw["node"]:
        for e in n.get("next", []):
            edges.append((n["id"], e["to"], e.get("when"), bool(e.get("recurrence")), ))
    when = {nid: (parse_criterion(n["when"], defs) if n.get("when") else None) for nid, n in nodes.items()}

    def own(e):
        parts = []
        if e[2] and e[2] != "otherwise":
            parts.append(parse_criterion(e[2], defs))
        if when[e[1]] is not None:
            parts.append(when[e[1]])
        return ("and", parts) if parts else None

    def branch(e):
        if e[2] == "otherwise":
            sibs = [own(x) or ("const", True) for x in edges if x[0] == e[0] and x is not e and x[2] != "otherwise"]
            parts = [("not", ("or", sibs))]
            if when[e[1]] is not None:
                parts.append(when[e[1]])
            return ("and", parts)
        return own(e)

    reaches = {target}
    stack = [target]
    while stack:
        x = stack.pop()
        for e in edges:
            if e[1] == x and not e[3] and e[0] not in reaches:
                reaches.add(e[0])
                stack.append(e[0])
    entry = pw["pathway"]["entry"]
    entry_parts = [when[entry]] if when[entry] is not None else []
    work = []
    for e in edges:
        if e[3] and e[1] in reaches:
            work.append((e[1], [e[0], e[1]], entry_parts + [branch(e)]))
    if entry in reaches:
        work.append((entry, [entry], list(entry_parts)))
    out = []
    while work:
        ix, path, parts = work.pop()
        if ix == target:
            out.append((path, ("and", parts)))
            continue
        for e in edges:
            if e[0] != ix or e[3] or e[1] not in reaches or e[1] in path:
                continue
            c = branch(e)
            work.append((e[1], path + [e[1]], parts + ([c] if c is not None else [])))
    return out


_PATHWAYS = None


def oracle(service, facts):
    """(outcome, missing facts, supporting nodes with their best route truth)."""
    global _PATHWAYS
    if _PATHWAYS is None:
        _PATHWAYS = _load_pathways()
    key = _service_key(service)
    truths, missing, nodes = [], set(), []
    for pw in _PATHWAYS:
        for n in pw["node"]:
            if key not in _node_services(n):
                continue
            best = False
            for _, crit in routes_to(pw, n["id"]):
                m = set()
                t = evaluate(crit, facts, m)
                truths.append(t)
                if t is None:
                    missing |= m
                if t is True or (t is None and best is False):
                    best = t
            nodes.append(f"{pw['pathway']['id']}/{n['id']}={'met' if best is True else 'unknown' if best is None else 'not-met'}")
    if True in truths:
        return SUP, set(), nodes
    if None in truths:
        return DOC, missing, nodes
    return REF, set(), nodes


# =========================================================================== output and --check

def write():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    pids = [c["bundle"]["entry"][0]["resource"]["id"] for c in CASES]
    assert len(pids) == len(set(pids)), "duplicate patient ids"
    # One line per case field and per Bundle entry: readable diffs, a tenth of the indented size.
    d = lambda v: json.dumps(v, ensure_ascii=False)
    parts = []
    for c in CASES:
        fields = [f'  {d(k)}: {d(v)}' for k, v in c.items() if k != "bundle"]
        b = c["bundle"]
        head = ", ".join(f"{d(k)}: {d(v)}" for k, v in b.items() if k != "entry")
        entries = ",\n".join("    " + d(e) for e in b["entry"])
        fields.append(f'  "bundle": {{{head}, "entry": [\n{entries}\n  ]}}')
        parts.append(" {\n" + ",\n".join(fields) + "\n }")
    text = '{"cases": [\n' + ",\n".join(parts) + "\n]}\n"
    assert json.loads(text) == {"cases": CASES}
    with open(OUT, "w") as f:
        f.write(text)
    counts = {}
    for c in CASES:
        counts.setdefault(c["cancer"], {}).setdefault(c["expected"], 0)
        counts[c["cancer"]][c["expected"]] += 1
    outcomes = [SUP, DOC, REF]
    rows = "\n".join(f"| {cancer} | " + " | ".join(str(by.get(o, 0)) for o in outcomes) + f" | {sum(by.values())} |"
                     for cancer, by in counts.items())
    gaps = "\n".join(f"- `{k}`: {v}" for k, v in KNOWN_GAPS.items())
    readme = f"""# Medical-necessity dev cases

Written by `scripts/gen-necessity-cases.py` (stdlib Python; deterministic). Do not edit
`cases.json` by hand: change the script and rerun it. `--check` ingests every bundle with the
built binary, derives the facts as of each case date (`oncotwin timeline ID --facts --as-of`),
compares them with the facts the script intended, and evaluates the pathway routes to every
node supporting the service on those facts (a small reference re-implementation of the
criteria semantics) to confirm the expected answer.

| cancer | {' | '.join(outcomes)} | total |
|---|---|---|---|---|
{rows}

Each case: `id`, `cancer`, `description`, `basis` (FDA label section / trial / NCI PDQ, and the
pathway node the expectation rests on), `date` (as-of, after every event), `service`
(`system`, `code`, `display`: RxNorm ingredient, HCPCS J-code, CPT or SNOMED CT as listed in
`pathways/*.toml`), `expected` (`supported` | `needs-documentation` | `refer-to-reviewer`),
`expected_missing` (needs-documentation only: facts that must be among the missing ones; an
engine may list more, typically `recurrence` from the surveillance -> recurrence routes, which
facts.rs never derives as false) and `bundle` (FHIR R4 `collection` Bundle, `urn:uuid:`
fullUrls and references, one patient per case, patient ids `nec-*`).

Known gaps (expected answer is the clinically right one; a literal engine on today's facts
differs):

{gaps}
"""
    with open(os.path.join(os.path.dirname(OUT), "README.md"), "w") as f:
        f.write(readme)
    print(f"wrote {os.path.relpath(OUT, REPO)}: {len(CASES)} cases")
    for cancer, by in counts.items():
        print(f"  {cancer:11} " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))


ROMAN = {0: "0", 1: "I", 2: "II", 3: "III", 4: "IV"}


def render(value):
    """A fact value from the facts JSON, in the same shape as INTENDED."""
    ty, v = value.get("type"), value.get("value")
    if ty == "graded":
        scale = v["scale"]
        rank, sub = v["rank"], v["sub"]
        if scale == "Stage" or scale == "stage":
            return ROMAN.get(rank, str(rank)) + sub
        axis = scale.get("Tnm") if isinstance(scale, dict) else str(scale)[-1]
        axis = (axis or "?")[-1].upper()
        if axis == "T":
            return "T0" if rank == 0 else "Tis" if rank == 1 else f"T{rank - 1}{sub}"
        return f"{axis}{rank}{sub}"
    if ty == "codes":
        return sorted(f"{c['system']}:{c['code']}".lower() if isinstance(c, dict) else str(c).lower() for c in v)
    if ty == "variants":
        return sorted(v)
    if ty == "event":
        return "false" if v is None else v
    return v


def matches(fact, want, got):
    if want is None:
        return got is None
    if got is None:
        return False
    if fact == "dx":
        return any(want == g or want.lower() in str(g) for g in (got if isinstance(got, list) else [got]))
    if isinstance(want, list):
        return sorted(x.lower() for x in want) == sorted(str(x).lower() for x in got)
    if isinstance(want, float):
        return isinstance(got, (int, float)) and abs(got - want) < 1e-9
    return str(want) == str(got)


def check(binary, only):
    if not os.path.exists(binary):
        sys.exit(f"--check: binary {binary} not found (build it, or pass --bin)")
    work = tempfile.mkdtemp(prefix="necessity-cases-")
    bundles = os.path.join(work, "bundles")
    os.makedirs(bundles)
    selected = [c for c in CASES if not only or c["id"] in only]
    for c in selected:
        with open(os.path.join(bundles, c["id"] + ".json"), "w") as f:
            json.dump(c["bundle"], f)
    env = dict(os.environ, ONCOTWIN_DATABASE_URL=f"sqlite://{work}/db.sqlite?mode=rwc")
    r = subprocess.run([binary, "ingest", bundles, "--json"], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout[-4000:], r.stderr[-4000:])
        sys.exit(f"ingest failed ({r.returncode})")
    failures = 0
    for c in selected:
        pid = c["bundle"]["entry"][0]["resource"]["id"]
        r = subprocess.run([binary, "timeline", pid, "--facts", "--as-of", c["date"]], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print(f"FAIL {c['id']}: timeline exited {r.returncode}: {r.stderr.strip()[:300]}")
            failures += 1
            continue
        report = json.loads(r.stdout)
        facts = report["facts"]["facts"]
        got = {k: render(v["value"]) for k, v in facts.items()}
        bad = []
        lines = []
        for fact, want in INTENDED[c["id"]].items():
            g = got.get(fact)
            ok = matches(fact, want, g)
            if not ok:
                bad.append(fact)
            lines.append(f"    {'ok ' if ok else 'BAD'} {fact:14} intended {json.dumps(want)}  derived {json.dumps(g)}")
        ofacts = oracle_facts(facts)
        ofacts["__as_of"] = c["date"]
        outcome, missing, nodes = oracle(c["service"], ofacts)
        want_missing = set(c.get("expected_missing", []))
        graph_ok = outcome == c["expected"] and want_missing <= missing
        gap = not graph_ok and c["id"] in KNOWN_GAPS
        status = "ok  " if not bad and graph_ok else "GAP " if not bad and gap else "FAIL"
        failures += bool(bad) or not (graph_ok or gap)
        print(f"{status} {c['id']}  expected {c['expected']}{' missing ' + ','.join(sorted(want_missing)) if want_missing else ''}"
              f" | graph on derived facts: {outcome}{' missing ' + ','.join(sorted(missing)) if missing else ''}")
        if gap:
            print("    KNOWN GAP: " + KNOWN_GAPS[c["id"]])
        print("    supporting nodes: " + (", ".join(nodes) if nodes else "none"))
        print("\n".join(lines))
        others = {k: v for k, v in got.items() if k not in INTENDED[c["id"]]}
        if others:
            print("    other derived: " + ", ".join(f"{k}={json.dumps(v)}" for k, v in sorted(others.items())))
    shutil.rmtree(work, ignore_errors=True)
    print(f"\n{len(selected) - failures}/{len(selected)} cases derive the intended facts")
    return failures == 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="ingest each bundle and compare derived facts with the intended ones")
    ap.add_argument("--bin", default=os.environ.get("ONCOTWIN_BIN", os.path.join(REPO, "target", "debug", "oncotwin")), help="oncotwin binary for --check (default $ONCOTWIN_BIN or target/debug/oncotwin)")
    ap.add_argument("--case", action="append", default=[], help="only this case id (repeatable; --check)")
    args = ap.parse_args()
    write()
    if args.check:
        sys.exit(0 if check(args.bin, set(args.case)) else 1)
