#!/usr/bin/env python3
"""Independent label-based dev/eval cases for the medical-necessity twin.

Writes tests/fixtures/necessity/label-cases.json ({"cases": [...]}, same schema as
cases.json). Stdlib only, deterministic, no network. Expected answers rest on the FDA
label (1 Indications and Usage) of the requested drug and its pivotal trial, not on the
project's pathway files. The bundles are written the way EHRs tend to write data (codes
from different systems, text-only entries, mCODE / US Core / Genomics Reporting
profiles), deliberately varied from case to case; label-cases.md lists which case uses
which encoding.

Usage: python3 scripts/gen-label-cases.py [--out PATH]
"""
import argparse
import json
import os
import uuid

NS = uuid.UUID("6f1c1d7e-3b2a-4c55-9a8e-7e0a1b2c3d4e")

LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
HGNC = "http://www.genenames.org"
AJCC = "http://cancerstaging.org"
UCUM = "http://unitsofmeasure.org"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
GENOMICS = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"
USCORE = "http://hl7.org/fhir/us/core/StructureDefinition/"

# ---------------------------------------------------------------------------------
# Service codes. Every code below was looked up with the search tool (stored public
# copies); the comment says where. Codes that could not be verified are NOT used
# (see UNVERIFIED below): the cases that needed them use a verified drug with the
# same label gate instead.
# ---------------------------------------------------------------------------------
RX = {
    # RxNorm ingredient (IN) RXCUIs
    "pembrolizumab": "1547545",   # LinkML MedicationEnum table (rxcui:1547545) + breast FHIR generator chemo_drug_dict
    "durvalumab": "1919503",      # breast FHIR generator chemo_drug_dict (RxNorm 1919503 Durvalumab)
    "osimertinib": "1721560",     # 'Diognosis' substance->RxNorm table, source NIH RxNav, scope ingredient
    "lorlatinib": "2103164",      # same RxNav-sourced ingredient table
    "sotorasib": "2550714",       # same RxNav-sourced ingredient table
    "selpercatinib": "2370147",   # same RxNav-sourced ingredient table
    "capmatinib": "2362165",      # same RxNav-sourced ingredient table
    "entrectinib": "2197862",     # same RxNav-sourced ingredient table
    "alectinib": "1727455",       # same RxNav-sourced ingredient table
    "carboplatin": "40048",       # LinkML MedicationEnum (rxcui:40048); CPIC drug.sql RxNorm:40048
    "cisplatin": "2555",          # LinkML MedicationEnum (rxcui:2555); CPIC drug.sql
    "etoposide": "4179",          # LinkML MedicationEnum (rxcui:4179); RxNav-sourced table
    "paclitaxel": "56946",        # breast FHIR generator chemo_drug_dict
    "docetaxel": "72962",         # breast FHIR generator chemo_drug_dict
    "gemcitabine": "12574",       # LinkML MedicationEnum (rxcui:12574); RxNav-sourced table
    # Corrected after review: 2267582 (from a third-party generator's table) is no RxNorm
    # concept in the 2025-10 release; RxNorm files T-DXd as the precise ingredient 2267574
    # "fam-trastuzumab deruxtecan-nxki" (davidanderson3/rxnorm-ingredients, F.json, TTY=PIN).
    "fam-trastuzumab deruxtecan": "2267574",
    # Corrected after review: 2360232 is no RxNorm concept; the ingredient is 2360231
    # "sacituzumab" (davidanderson3/rxnorm-ingredients, S.json, TTY=IN).
    "sacituzumab govitecan": "2360231",
    "trastuzumab": "224905",      # breast FHIR generator chemo_drug_dict
    "pertuzumab": "1298944",      # breast FHIR generator chemo_drug_dict
    "ado-trastuzumab emtansine": "1371041",  # breast FHIR generator chemo_drug_dict (TDM1)
    "tucatinib": "2361285",       # breast FHIR generator chemo_drug_dict + RxNav-sourced table
    "capecitabine": "194000",     # CPIC drug.sql RxNorm:194000 + RxNav-sourced table
    "palbociclib": "1601374",     # breast FHIR generator chemo_drug_dict + RxNorm->SNOMED map (trial matcher)
    "letrozole": "72965",         # breast FHIR generator chemo_drug_dict
    "anastrozole": "84857",       # breast FHIR generator chemo_drug_dict
    "fulvestrant": "282357",      # RxNorm->SNOMED map in a trial-matching client (282357 -> 385519002)
    "alpelisib": "2169285",       # RxNav-sourced ingredient table
    "olaparib": "1597582",        # RxNav-sourced ingredient table
    "cyclophosphamide": "3002",   # RxNav-sourced table; LinkML MedicationEnum
    "doxorubicin": "3639",        # RxNav-sourced table; breast FHIR generator
    "tamoxifen": "10324",         # RxNav-sourced table
    "encorafenib": "2049106",     # RxNav-sourced ingredient table
    "cetuximab": "318341",        # CPIC drug.sql RxNorm:318341
    "regorafenib": "1312397",     # RxNav-sourced ingredient table
    "oxaliplatin": "32592",       # RxNorm conso fixture row ("32592", "Oxaliplatin") in a FOLFOX resolver test
    "fluorouracil": "4492",       # RxNav-sourced table; breast FHIR generator
    "irinotecan": "51499",        # RxNav-sourced table
    "bevacizumab": "253337",      # RxNorm->SNOMED map in a trial-matching client (253337 -> 409406007)
    "darolutamide": "2180325",    # RxNav-sourced ingredient table
    "enzalutamide": "1307298",    # RxNav-sourced ingredient table
    "abiraterone": "1100072",     # RxNav-sourced ingredient table
    "cabazitaxel": "996051",      # RxNav-sourced ingredient table
    "leuprolide": "42375",        # RxNorm->SNOMED map in a trial-matching client (42375 -> 397198002)
}
HC = {
    "panitumumab": ("J9303", "Injection, panitumumab, 10 mg"),     # drugs.com Vectibix PI header: "J Code: J9303 (Per 10 mg, injection)"
    "durvalumab": ("J9173", "Injection, durvalumab, 10 mg"),        # coding.health J9173 page; Centene CP.PHAR.339 (J9173 durvalumab 10 mg)
    "lutetium Lu 177 vipivotide tetraxetan": ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie"),  # pabau.com A9607 billing guide (not a J/Q code: none exists)
    "radium Ra 223 dichloride": ("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie"),  # rvuedge.com A9606 page (not a J/Q code: none exists)
}
UNVERIFIED = [
    "elacestrant (RxNorm IN)", "capivasertib (RxNorm IN)", "talazoparib (RxNorm IN)",
    "fruquintinib (RxNorm IN)", "relugolix (RxNorm IN)", "amivantamab (RxNorm IN; HCPCS J9061)",
    "pemetrexed, leucovorin, prednisone (RxNorm IN; written as text only in histories)",
]


def rx(name):
    return {"system": RXNORM, "code": RX[name], "display": name}


def hc(name):
    code, disp = HC[name]
    return {"system": HCPCS, "code": code, "display": disp}


def cc(codings=None, text=None):
    out = {}
    if codings:
        out["coding"] = [dict(zip(("system", "code", "display"), c)) if isinstance(c, tuple) else c for c in codings]
    if text:
        out["text"] = text
    return out


POS = (SCT, "10828004", "Positive (qualifier value)")
NEG = (SCT, "260385009", "Negative (qualifier value)")
DETECTED = (SCT, "260373001", "Detected (qualifier value)")
NOT_DETECTED = (SCT, "260415000", "Not detected (qualifier value)")
LA_POS = (LOINC, "LA6576-8", "Positive")
LA_NEG = (LOINC, "LA6577-6", "Negative")
LA_PRESENT = (LOINC, "LA9633-4", "Present")
LA_ABSENT = (LOINC, "LA9634-2", "Absent")
HER2_IHC_ANS = {0: (LOINC, "LA6111-4", "0"), 1: (LOINC, "LA11841-6", "1+"),
                2: (LOINC, "LA11842-4", "2+"), 3: (LOINC, "LA11843-2", "3+")}
GENES = {"EGFR": "HGNC:3236", "KRAS": "HGNC:6407", "BRAF": "HGNC:1097", "ALK": "HGNC:427",
         "RET": "HGNC:9967", "MET": "HGNC:7029", "ROS1": "HGNC:10261", "NRAS": "HGNC:7989",
         "PIK3CA": "HGNC:8975", "BRCA1": "HGNC:1100", "BRCA2": "HGNC:1101", "ERBB2": "HGNC:3430"}


class Case:
    def __init__(self, n, cid, cancer, gender, birth, description, basis, date, service,
                 expected, missing=None, encodings=None):
        self.n, self.cid, self.cancer = n, cid, cancer
        self.meta = dict(description=description, basis=basis, date=date, service=service,
                         expected=expected, missing=missing or [])
        self.encodings = encodings or []
        self.entries, self.k = [], 0
        pid = f"lab-{n}"
        self.pat = self._add({"resourceType": "Patient", "gender": gender, "birthDate": birth,
                              "name": [{"family": "Label", "given": [pid]}],
                              "meta": {"profile": [USCORE + "us-core-patient"]}}, rid=pid)

    def _add(self, res, rid=None):
        if rid is None:
            self.k += 1
            rid = f"lab-{self.n}-{self.k}"
        res["id"] = rid
        urn = "urn:uuid:" + str(uuid.uuid5(NS, f"{self.cid}/{rid}"))
        if res["resourceType"] != "Patient":
            res["subject"] = {"reference": self.pat}
        self.entries.append({"fullUrl": urn, "resource": res})
        return urn

    # -- conditions -------------------------------------------------------------
    def condition(self, codings=None, text=None, onset=None, profile=None, histology=None,
                  primary=None, category="problem-list-item", note=None, status="active",
                  body_site=None, recorded=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc([("http://terminology.hl7.org/CodeSystem/condition-clinical", status, None)]),
             "verificationStatus": cc([("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", None)]),
             "category": [cc([("http://terminology.hl7.org/CodeSystem/condition-category", category, None)])],
             "code": cc(codings, text)}
        for c in r["clinicalStatus"]["coding"] + r["verificationStatus"]["coding"] + r["category"][0]["coding"]:
            c.pop("display", None)
        if profile:
            r["meta"] = {"profile": [MCODE + profile]}
        ext = []
        if histology:
            ext.append({"url": MCODE + "mcode-histology-morphology-behavior",
                        "valueCodeableConcept": cc([histology])})
        if primary:
            ext.append({"url": MCODE + "mcode-related-primary-cancer-condition",
                        "valueReference": {"reference": primary}})
        if ext:
            r["extension"] = ext
        if body_site:
            r["bodySite"] = [cc([body_site])]
        if onset:
            r["onsetDateTime"] = onset
        r["recordedDate"] = recorded or onset
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    # -- observations -----------------------------------------------------------
    def obs(self, codings, text, date, value=None, category="laboratory", profile=None,
            components=None, focus=None, method=None, interpretation=None, note=None, specimen_text=None):
        r = {"resourceType": "Observation", "status": "final",
             "category": [cc([("http://terminology.hl7.org/CodeSystem/observation-category", category, None)])],
             "code": cc(codings, text), "effectiveDateTime": date}
        r["category"][0]["coding"][0].pop("display")
        if profile:
            r["meta"] = {"profile": [profile if profile.startswith("http") else MCODE + profile]}
        if value is not None:
            r.update(val(value))
        if components:
            r["component"] = [dict(code=cc(*c[0]) if isinstance(c[0], tuple) else c[0], **val(c[1])) for c in components]
        if focus:
            r["focus"] = [{"reference": focus}]
        if method:
            r["method"] = cc(*method)
        if interpretation:
            r["interpretation"] = [cc([interpretation])]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def stage(self, date, value_codings, value_text, focus, pathological=False, profile=True):
        code = (LOINC, "21902-2", "Stage group.pathology Cancer") if pathological else (LOINC, "21908-9", "Stage group.clinical Cancer")
        prof = ("mcode-tnm-pathological-stage-group" if pathological else "mcode-tnm-clinical-stage-group") if profile else None
        return self.obs([code], None, date, ("cc", value_codings, value_text), category="survey",
                        profile=prof, focus=focus)

    def tnm(self, date, axis, value_text, focus, pathological=False, codings=None):
        codes = {("T", False): ("21905-5", "Primary tumor.clinical Cancer"), ("N", False): ("21906-3", "Regional lymph nodes.clinical Cancer"),
                 ("M", False): ("21907-1", "Distant metastases.clinical Cancer"), ("T", True): ("21899-0", "Primary tumor.pathology Cancer"),
                 ("N", True): ("21900-6", "Regional lymph nodes.pathology Cancer"), ("M", True): ("21901-4", "Distant metastases.pathology Cancer")}
        c, d = codes[(axis, pathological)]
        prof = {"T": "mcode-tnm-primary-tumor-category", "N": "mcode-tnm-regional-nodes-category", "M": "mcode-tnm-distant-metastases-category"}[axis]
        return self.obs([(LOINC, c, d)], None, date, ("cc", codings or [(AJCC, value_text, value_text)], value_text),
                        category="survey", profile=prof, focus=focus)

    def marker(self, codings, text, date, value, focus=None, method=None, note=None):
        return self.obs(codings, text, date, value, profile="mcode-tumor-marker-test", focus=focus, method=method, note=note)

    def variant(self, date, gene, protein=None, dna=None, fusion=None, present=True, source=None,
                value_text=None, profile="genomics", focus=None, note=None, extra_components=None):
        comps = [((([(LOINC, "48018-6", "Gene studied [ID]")], None)), ("cc", [(HGNC, GENES[gene], gene)], gene))]
        if dna:
            comps.append((([(LOINC, "48004-6", "DNA change (c.HGVS)")], None), ("cc", [("http://varnomen.hgvs.org", dna, dna)], dna)))
        if protein:
            comps.append((([(LOINC, "48005-3", "Amino acid change (pHGVS)")], None), ("cc", [("http://varnomen.hgvs.org", protein, protein)], protein)))
        if fusion:
            comps.append((([(LOINC, "81252-9", "Discrete genetic variant")], None), ("cc", None, fusion)))
        if source:
            comps.append((([(LOINC, "48002-0", "Genomic source class [Type]")], None), ("cc", None, source)))
        comps += extra_components or []
        prof = GENOMICS + "variant" if profile == "genomics" else MCODE + "mcode-genomic-variant"
        return self.obs([(LOINC, "69548-6", "Genetic variant assessment")], None, date,
                        ("cc", [LA_PRESENT if present else LA_ABSENT], value_text or ("Present" if present else "Absent")),
                        profile=prof, components=comps, focus=focus, note=note)

    def ecog(self, date, score, la=False):
        las = {0: ("LA9622-7", "Fully active, able to carry on all pre-disease performance without restriction"),
               }  # only the ECOG 0 answer code (given in the brief) is used; other scores are written as integers
        v = ("cc", [(LOINC, las[score][0], las[score][1])], None) if la else ("i", score)
        return self.obs([(LOINC, "89247-1", "ECOG Performance Status score")], None, date, v,
                        category="survey", profile="mcode-ecog-performance-status")

    def disease_status(self, date, worsened, focus, note=None):
        v = [(SCT, "271299001", "Patient's condition worsened (finding)")] if worsened else [(SCT, "359746009", "Patient's condition stable (finding)")]
        return self.obs([(LOINC, "97509-4", "Cancer disease progression")], None, date, ("cc", v, None),
                        category="exam", profile="mcode-cancer-disease-status", focus=focus, note=note)

    def lab(self, loinc, disp, date, value, unit, ucum):
        return self.obs([(LOINC, loinc, disp)], None, date, ("q", value, unit, ucum),
                        profile=USCORE + "us-core-observation-lab")

    # -- treatments -------------------------------------------------------------
    def med(self, kind, codings, text, start, end=None, status="completed", reason=None, note=None):
        code = cc(codings, text)
        if kind == "admin":
            r = {"resourceType": "MedicationAdministration", "status": status, "medicationCodeableConcept": code,
                 "effectivePeriod": {"start": start, "end": end or start}}
            if reason:
                r["reasonReference"] = [{"reference": reason}]
        elif kind == "request":
            r = {"resourceType": "MedicationRequest", "status": status, "intent": "order",
                 "medicationCodeableConcept": code, "authoredOn": start}
            if end:
                r["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
            if reason:
                r["reasonReference"] = [{"reference": reason}]
        else:
            r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": code,
                 "effectivePeriod": {"start": start, "end": end} if end else {"start": start}}
            if reason:
                r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def proc(self, codings, text, date, reason=None, status="completed", note=None):
        r = {"resourceType": "Procedure", "status": status, "code": cc(codings, text), "performedDateTime": date}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def to_json(self):
        m = self.meta
        out = {"id": self.cid, "cancer": self.cancer, "description": m["description"], "basis": m["basis"],
               "date": m["date"], "service": m["service"], "expected": m["expected"]}
        if m["expected"] == "needs-documentation":
            out["expected_missing"] = m["missing"]
        out["bundle"] = {"resourceType": "Bundle", "id": f"lab-{self.n}-bundle", "type": "collection", "entry": self.entries}
        return out


def val(v):
    kind = v[0]
    if kind == "cc":
        return {"valueCodeableConcept": cc(v[1], v[2])}
    if kind == "q":
        return {"valueQuantity": {"value": v[1], "unit": v[2], "system": UCUM, "code": v[3]}}
    if kind == "s":
        return {"valueString": v[1]}
    if kind == "i":
        return {"valueInteger": v[1]}
    raise ValueError(kind)


PCT = lambda x: ("q", x, "%", "%")


# ---------------------------------------------------------------------------------
# Shared codings
# ---------------------------------------------------------------------------------
NSCLC_SCT = (SCT, "254637007", "Non-small cell lung cancer (disorder)")
LUAD_SCT = (SCT, "254626006", "Adenocarcinoma of lung (disorder)")
ADENO_HIST = (SCT, "35917007", "Adenocarcinoma, no subtype specified (morphologic abnormality)")
IDC_HIST = (SCT, "82711006", "Infiltrating duct carcinoma (morphologic abnormality)")
BREAST_SCT = (SCT, "254837009", "Malignant neoplasm of breast (disorder)")
COLON_SCT = (SCT, "363406005", "Malignant neoplasm of colon (disorder)")
RECTUM_SCT = (SCT, "363351006", "Malignant neoplasm of rectum (disorder)")
PROSTATE_SCT = (SCT, "399068003", "Malignant tumor of prostate (disorder)")
BONE_MET = [(SCT, "94222008", "Secondary malignant neoplasm of bone (disorder)"), (ICD10, "C79.51", "Secondary malignant neoplasm of bone")]
LIVER_MET = [(SCT, "94381002", "Secondary malignant neoplasm of liver (disorder)"), (ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")]
STG = {"1": (SCT, "258215001", "Stage 1 (qualifier value)"), "2": (SCT, "258219007", "Stage 2 (qualifier value)"),
       "3": (SCT, "258224005", "Stage 3 (qualifier value)"), "4": (SCT, "258228008", "Stage 4 (qualifier value)")}
ER = [(LOINC, "16112-5", "Estrogen receptor [Interpretation] in Tissue")]
ER2 = [(LOINC, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")]
PR = [(LOINC, "16113-3", "Progesterone receptor [Interpretation] in Tissue")]
PR2 = [(LOINC, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")]
HER2_IHC = [(LOINC, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")]
HER2_INT = [(LOINC, "48676-1", "HER2 [Interpretation] in Tissue")]
HER2_ISH = [(LOINC, "85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH")]
KI67 = [(LOINC, "85330-9", "Cells.Ki-67 nuclear Ag/100 cells in Breast cancer specimen by Immune stain")]
PDL1 = [(LOINC, "85147-9", "PD-L1 by clone 22C3 [Interpretation] in Cancer specimen by Immune stain")]
MSI = [(LOINC, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")]
PSA = ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")
TESTO = ("2986-8", "Testosterone [Mass/volume] in Serum or Plasma")
GLEASON = [(LOINC, "35266-6", "Gleason score in Specimen Qualitative")]
MENSES = [(LOINC, "8678-5", "Menstrual status")]
NODES_POS = [(LOINC, "21893-3", "Regional lymph nodes positive [#] in Specimen")]
NODES_EX = [(LOINC, "21894-1", "Regional lymph nodes examined [#] in Specimen")]

CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


def nsclc_primary(c, onset, style, stage="4", text=None):
    """Primary lung cancer written in one of several EHR styles."""
    if style == "icd":
        return c.condition([(ICD10, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")], None, onset)
    if style == "sct":
        return c.condition([NSCLC_SCT], None, onset)
    if style == "both":
        return c.condition([LUAD_SCT, (ICD10, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung")],
                           "Adenocarcinoma of right lower lobe", onset)
    if style == "mcode":
        return c.condition([NSCLC_SCT, (ICD10, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")], None, onset,
                           profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis",
                           body_site=(SCT, "44714003", "Left upper lobe of lung"))
    if style == "text":
        return c.condition(None, text or "Adenocarcinoma of lung, stage IV", onset)
    raise ValueError(style)


def no_egfr_alk(c, date, focus, style="genomics"):
    c.variant(date, "EGFR", present=False, value_text="No EGFR mutation detected (exons 18-21)", profile=style, focus=focus)
    c.variant(date, "ALK", present=False, value_text="ALK rearrangement not detected", profile=style, focus=focus)


SURV = "FDA label"

# =================================================================================
# NSCLC
# =================================================================================
c = case(1, "lab-nsclc-pembro-tps20-first-line", "nsclc", "male", "1956-03-02",
         "Stage IV lung adenocarcinoma, PD-L1 TPS 20 % (22C3, valueQuantity), EGFR/ALK negative, untreated: pembrolizumab monotherapy first line",
         "FDA label KEYTRUDA 1 Indications (NSCLC): single agent first line for NSCLC expressing PD-L1 (TPS >= 1 %) with no EGFR or ALK genomic tumor aberrations, stage III not candidate for resection/definitive chemoradiation or metastatic; KEYNOTE-042 (Lancet 2019)",
         "2024-03-20", rx("pembrolizumab"), "supported",
         encodings=["Condition ICD-10-CM only", "stage 21908-9 AJCC roman 'IV'", "PD-L1 85147-9 valueQuantity %", "EGFR/ALK as Genomics Reporting variant Absent (LA9634-2)", "ECOG 89247-1 valueInteger"])
p = nsclc_primary(c, "2024-02-12", "icd")
c.stage("2024-02-20", [(AJCC, "IV", "Stage IV")], "Stage IV", p)
c.marker(PDL1, "PD-L1 22C3 tumor proportion score", "2024-02-26", PCT(20), focus=p)
no_egfr_alk(c, "2024-03-01", p)
c.ecog("2024-03-05", 1)

c = case(2, "lab-nsclc-pembro-tps0-monotherapy", "nsclc", "female", "1951-07-19",
         "Stage IV lung adenocarcinoma, PD-L1 TPS 0 % (text '<1 %, no staining'), EGFR/ALK negative, untreated: pembrolizumab requested as monotherapy (no chemotherapy partner ordered)",
         "FDA label KEYTRUDA 1 Indications (NSCLC): single-agent use requires PD-L1 TPS >= 1 % (KEYNOTE-042); TPS 0 % contradicts the monotherapy gate. (With pemetrexed + platinum, KEYNOTE-189, PD-L1 is not required: a twin that cannot tell monotherapy from combination may reasonably answer otherwise; no chemotherapy is ordered here.)",
         "2024-05-14", rx("pembrolizumab"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "stage SNOMED 258228008", "PD-L1 valueQuantity 0 % plus note", "ECOG LA9622-7 answer code"])
p = nsclc_primary(c, "2024-04-02", "sct")
c.stage("2024-04-09", [STG["4"]], None, p)
c.marker(PDL1, None, "2024-04-15", PCT(0), focus=p, note="TPS <1 %: no membranous staining of viable tumor cells")
no_egfr_alk(c, "2024-04-22", p)
c.ecog("2024-05-01", 0, la=True)
c.med("request", [rx("pembrolizumab")], "pembrolizumab 200 mg IV q3w (monotherapy)", "2024-05-13", status="draft", reason=p)

c = case(3, "lab-nsclc-pembro-egfr-untested", "nsclc", "male", "1960-01-30",
         "Metastatic lung adenocarcinoma, PD-L1 TPS 60 %, ALK negative, EGFR never tested: pembrolizumab first line",
         "FDA label KEYTRUDA 1 Indications: every non-squamous NSCLC route (monotherapy KEYNOTE-024/042; with pemetrexed-platinum KEYNOTE-189) requires no EGFR or ALK genomic tumor aberrations; EGFR status absent from the record",
         "2024-08-06", rx("pembrolizumab"), "needs-documentation", missing=["egfr"],
         encodings=["Condition SNOMED + ICD-10 + text", "stage numeric-style AJCC '4'", "PD-L1 valueString '60%'", "ALK as FISH text result (valueString)"])
p = nsclc_primary(c, "2024-06-28", "both")
c.stage("2024-07-02", [(AJCC, "4", "Stage 4")], "Stage 4", p)
c.marker(PDL1, None, "2024-07-10", ("s", "TPS 60%"), focus=p)
c.obs(None, "ALK (2p23) break-apart FISH", "2024-07-18", ("s", "Negative for ALK rearrangement (4% split signals)"), focus=p)
c.ecog("2024-07-25", 1)

c = case(4, "lab-nsclc-lorlatinib-alk-first-line", "nsclc", "female", "1972-11-08",
         "Metastatic NSCLC with EML4-ALK fusion (text component 81252-9), untreated: lorlatinib first line",
         "FDA label LORBRENA 1 Indications: adults with metastatic NSCLC whose tumors are ALK-positive as detected by an FDA-approved test; CROWN (NEJM 2020) first line",
         "2024-01-22", rx("lorlatinib"), "supported",
         encodings=["mCODE PrimaryCancerCondition with histology extension", "brain metastasis SecondaryCancerCondition", "ALK fusion: 69548-6 Present + 81252-9 text 'EML4-ALK fusion'", "stage SNOMED 258228008"])
p = nsclc_primary(c, "2023-12-04", "mcode")
c.condition([(SCT, "94225005", "Secondary malignant neoplasm of brain (disorder)")], None, "2023-12-11",
            profile="mcode-secondary-cancer-condition", primary=p)
c.stage("2023-12-12", [STG["4"]], "Stage IV (cT2a cN2 cM1c)", p)
c.variant("2023-12-20", "ALK", fusion="EML4-ALK fusion", value_text="EML4-ALK fusion detected", profile="mcode", focus=p)
c.ecog("2024-01-08", 0, la=True)

c = case(5, "lab-nsclc-lorlatinib-alk-negative-egfr", "nsclc", "female", "1966-05-25",
         "Metastatic lung adenocarcinoma with EGFR L858R, ALK rearrangement not detected: lorlatinib requested",
         "FDA label LORBRENA 1 Indications: ALK-positive metastatic NSCLC only; ALK negative contradicts the gate",
         "2024-06-18", rx("lorlatinib"), "refer-to-reviewer",
         encodings=["Condition ICD-10 only", "EGFR as p.L858R short form", "ALK Absent (LA9634-2)"])
p = nsclc_primary(c, "2024-05-06", "icd")
c.stage("2024-05-10", [(AJCC, "IVA", "Stage IVA")], "IVA", p)
c.variant("2024-05-21", "EGFR", protein="p.L858R", dna="c.2573T>G", focus=p)
c.variant("2024-05-21", "ALK", present=False, value_text="ALK fusion not detected", focus=p)

c = case(6, "lab-nsclc-sotorasib-g12c-after-chemo-io", "nsclc", "male", "1953-09-14",
         "Metastatic lung adenocarcinoma, KRAS p.G12C, progressed after carboplatin + pemetrexed + pembrolizumab: sotorasib second line",
         "FDA label LUMAKRAS 1 Indications: KRAS G12C-mutated locally advanced or metastatic NSCLC, as determined by an FDA-approved test, who have received at least one prior systemic therapy; CodeBreaK 100 / CodeBreaK 200",
         "2024-11-12", rx("sotorasib"), "supported",
         encodings=["Condition text only 'Adenocarcinoma of lung, stage IV'", "KRAS p.G12C short form + c.34G>T", "MedicationAdministration RxNorm ingredient (carboplatin, pembrolizumab) and text-only pemetrexed", "progression CancerDiseaseStatus 97509-4 = 271299001"])
p = nsclc_primary(c, "2023-12-01", "text")
c.variant("2023-12-15", "KRAS", protein="p.G12C", dna="c.34G>T", focus=p)
no_egfr_alk(c, "2023-12-15", p)
c.marker(PDL1, None, "2023-12-18", PCT(5), focus=p)
for d in ("2024-01-08", "2024-01-29", "2024-02-19", "2024-03-11"):
    c.med("admin", [rx("carboplatin")], None, d, reason=p)
    c.med("admin", None, "Pemetrexed 500 mg/m2 IV", d, reason=p)
    c.med("admin", [rx("pembrolizumab")], None, d, reason=p)
for d in ("2024-04-01", "2024-05-13", "2024-06-24", "2024-08-05"):
    c.med("admin", None, "Alimta (pemetrexed) maintenance", d, reason=p)
    c.med("admin", [rx("pembrolizumab")], None, d, reason=p)
c.disease_status("2024-10-21", True, p, note="CT: new hepatic lesions, enlarging right hilar mass")

c = case(7, "lab-nsclc-sotorasib-first-line", "nsclc", "female", "1958-02-17",
         "Newly diagnosed metastatic NSCLC, KRAS G12C (written p.Gly12Cys), no prior systemic therapy: sotorasib first line",
         "FDA label LUMAKRAS 1 Indications: requires at least one prior systemic therapy (CodeBreaK 100 enrolled pretreated patients); untreated patient contradicts the gate",
         "2024-09-03", rx("sotorasib"), "refer-to-reviewer",
         encodings=["mCODE primary condition", "KRAS p.Gly12Cys three-letter HGVS", "mCODE GenomicVariant profile"])
p = nsclc_primary(c, "2024-07-22", "mcode")
c.stage("2024-07-26", [(AJCC, "IVB", "Stage IVB")], None, p)
c.variant("2024-08-12", "KRAS", protein="p.Gly12Cys", profile="mcode", focus=p)
c.ecog("2024-08-20", 1)

c = case(8, "lab-nsclc-sotorasib-kras-g12d", "nsclc", "male", "1961-06-06",
         "Metastatic NSCLC with KRAS p.G12D after platinum doublet + pembrolizumab: sotorasib requested",
         "FDA label LUMAKRAS 1 Indications: KRAS G12C only; a G12D variant does not meet the gate",
         "2024-12-02", rx("sotorasib"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "KRAS p.G12D", "MedicationStatement completed RxNorm ingredient"])
p = nsclc_primary(c, "2024-01-10", "sct")
c.stage("2024-01-15", [STG["4"]], None, p)
c.variant("2024-01-30", "KRAS", protein="p.G12D", dna="c.35G>A", focus=p)
c.med("statement", [rx("carboplatin")], None, "2024-02-12", "2024-05-06", reason=p)
c.med("statement", [rx("paclitaxel")], None, "2024-02-12", "2024-05-06", reason=p)
c.med("statement", [rx("pembrolizumab")], None, "2024-02-12", "2024-10-14", status="stopped", reason=p)
c.disease_status("2024-10-28", True, p)

c = case(9, "lab-nsclc-selpercatinib-ret-fusion", "nsclc", "female", "1979-04-03",
         "Metastatic lung adenocarcinoma with KIF5B-RET fusion, untreated: selpercatinib",
         "FDA label RETEVMO 1 Indications: adults with locally advanced or metastatic NSCLC with a RET gene fusion, as detected by an FDA-approved test; LIBRETTO-001 / LIBRETTO-431",
         "2024-04-30", rx("selpercatinib"), "supported",
         encodings=["Condition SNOMED + ICD-10", "RET fusion as valueCodeableConcept text + 81252-9", "stage pathological 21902-2 'IVA'"])
p = nsclc_primary(c, "2024-03-05", "both")
c.stage("2024-03-12", [(AJCC, "IVA", "IVA")], "pIVA", p, pathological=True)
c.variant("2024-03-28", "RET", fusion="KIF5B::RET fusion (exon 15::exon 12)", value_text="RET fusion detected", focus=p)
c.ecog("2024-04-10", 0)

c = case(10, "lab-nsclc-capmatinib-met-ex14", "nsclc", "male", "1944-12-21",
         "Metastatic NSCLC with MET exon 14 skipping splice variant (c.3028+1G>T), 80 y: capmatinib",
         "FDA label TABRECTA 1 Indications: adults with metastatic NSCLC whose tumors have a mutation that leads to MET exon 14 skipping as detected by an FDA-approved test; GEOMETRY mono-1",
         "2024-07-09", rx("capmatinib"), "supported",
         encodings=["Condition text only", "MET variant DNA change only + free-text interpretation"])
p = nsclc_primary(c, "2024-05-20", "text", text="Non-small cell carcinoma of left lung, metastatic to bone")
c.condition(BONE_MET, None, "2024-05-20")
c.variant("2024-06-10", "MET", dna="c.3028+1G>T", value_text="MET exon 14 skipping alteration detected", focus=p)

c = case(11, "lab-nsclc-capmatinib-met-amplification", "nsclc", "male", "1957-08-12",
         "Metastatic NSCLC with MET amplification (copy number 9), no exon 14 skipping alteration: capmatinib",
         "FDA label TABRECTA 1 Indications: only MET exon 14 skipping; MET amplification is not the labeled alteration",
         "2024-10-15", rx("capmatinib"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "MET amplification as text component, exon 14 skipping Absent"])
p = nsclc_primary(c, "2024-08-26", "sct")
c.stage("2024-08-30", [STG["4"]], None, p)
c.variant("2024-09-16", "MET", fusion="MET amplification, estimated copy number 9", value_text="MET amplification detected", focus=p)
c.obs(None, "MET exon 14 skipping (NGS RNA panel)", "2024-09-16", ("cc", [LA_ABSENT], "Not detected"), focus=p)

c = case(12, "lab-nsclc-durvalumab-stage3-after-crt", "nsclc", "male", "1955-10-10",
         "Unresectable stage IIIA NSCLC (numeric-style '3A'), no progression after concurrent cisplatin-etoposide + thoracic IMRT: durvalumab consolidation (HCPCS J9173)",
         "FDA label IMFINZI 1 Indications: unresectable stage III NSCLC whose disease has not progressed following concurrent platinum-based chemotherapy and radiation therapy; PACIFIC (NEJM 2017)",
         "2024-06-25", hc("durvalumab"), "supported",
         encodings=["service HCPCS J9173", "stage '3A' numeric-style cancerstaging.org code", "TNM T/N/M category Observations", "radiation by CPT 77386", "chemo MedicationAdministration RxNorm ingredient", "disease status stable (359746009)"])
p = nsclc_primary(c, "2024-01-08", "mcode")
c.stage("2024-01-16", [(AJCC, "3A", "Stage 3A")], "Stage IIIA, unresectable (tumor board 2024-01-18: N2 multistation, not a surgical candidate)", p)
c.tnm("2024-01-16", "T", "cT2b", p); c.tnm("2024-01-16", "N", "cN2", p); c.tnm("2024-01-16", "M", "cM0", p)
no_egfr_alk(c, "2024-01-25", p)
for d in ("2024-02-05", "2024-03-04"):
    c.med("admin", [rx("cisplatin")], None, d, reason=p)
    c.med("admin", [rx("etoposide")], None, d, reason=p)
c.proc([(CPT, "77386", "Intensity modulated radiation treatment delivery (IMRT), complex")], "Thoracic IMRT 60 Gy in 30 fractions", "2024-03-15", reason=p,
       note="Concurrent chemoradiation 2024-02-05 to 2024-03-15")
c.disease_status("2024-05-28", False, p, note="Post-CRT CT: partial response, no progression")
c.ecog("2024-06-10", 1)

c = case(13, "lab-nsclc-durvalumab-stage2-after-crt", "nsclc", "female", "1949-03-27",
         "Stage IIB NSCLC treated with definitive concurrent carboplatin-paclitaxel + radiation (patient declined surgery): durvalumab consolidation requested",
         "FDA label IMFINZI 1 Indications: consolidation after chemoradiation is labeled for unresectable stage III only (PACIFIC); stage II contradicts it. The perioperative indication (AEGEAN) needs resectable disease treated with neoadjuvant chemotherapy and surgery, which this record does not describe.",
         "2024-09-24", hc("durvalumab"), "refer-to-reviewer",
         encodings=["service HCPCS J9173", "stage roman 'IIB'", "radiation by CPT 77412", "MedicationRequest completed"])
p = nsclc_primary(c, "2024-03-18", "icd")
c.stage("2024-03-25", [(AJCC, "IIB", "Stage IIB")], "IIB", p)
c.tnm("2024-03-25", "T", "cT3", p); c.tnm("2024-03-25", "N", "cN0", p); c.tnm("2024-03-25", "M", "cM0", p)
c.med("request", [rx("carboplatin")], None, "2024-04-15", "2024-05-24", reason=p)
c.med("request", [rx("paclitaxel")], None, "2024-04-15", "2024-05-24", reason=p)
c.proc([(CPT, "77412", "Radiation treatment delivery, >=1 MeV; complex")], "Definitive thoracic radiotherapy 60 Gy", "2024-05-24", reason=p)
c.disease_status("2024-08-20", False, p)

c = case(14, "lab-nsclc-osimertinib-l858r-hgvs3", "nsclc", "male", "1963-09-09",
         "Metastatic lung adenocarcinoma, EGFR p.Leu858Arg (three-letter HGVS) with c.2573T>G, untreated: osimertinib first line",
         "FDA label TAGRISSO 1 Indications: first-line metastatic NSCLC whose tumors have EGFR exon 19 deletions or exon 21 L858R mutations, as detected by an FDA-approved test; FLAURA (NEJM 2018)",
         "2024-02-27", rx("osimertinib"), "supported",
         encodings=["Condition SNOMED + ICD-10", "EGFR p.Leu858Arg three-letter HGVS", "stage pathological SNOMED"])
p = nsclc_primary(c, "2024-01-15", "both")
c.stage("2024-01-22", [STG["4"]], "Stage 4", p, pathological=True)
c.variant("2024-02-05", "EGFR", protein="p.Leu858Arg", dna="NM_005228.5:c.2573T>G", focus=p)
c.ecog("2024-02-12", 0, la=True)

c = case(15, "lab-nsclc-osimertinib-exon20-insertion", "nsclc", "female", "1970-06-15",
         "Metastatic lung adenocarcinoma with EGFR exon 20 insertion p.Ala767_Val769dup, untreated: osimertinib requested",
         "FDA label TAGRISSO 1 Indications: EGFR exon 19 deletions or exon 21 L858R (first line / adjuvant / with chemo), or T790M after EGFR TKI; an exon 20 insertion is none of these",
         "2024-04-16", rx("osimertinib"), "refer-to-reviewer",
         encodings=["Condition text only", "EGFR exon 20 insertion HGVS dup notation"])
p = nsclc_primary(c, "2024-03-01", "text", text="Metastatic adenocarcinoma of the lung (TTF-1 positive)")
c.stage("2024-03-05", [(AJCC, "IVB", "IVB")], None, p)
c.variant("2024-03-22", "EGFR", protein="p.Ala767_Val769dup", dna="c.2300_2308dup", value_text="EGFR exon 20 insertion detected", focus=p)

c = case(16, "lab-nsclc-entrectinib-ros1", "nsclc", "female", "1982-01-12",
         "Metastatic NSCLC with CD74-ROS1 fusion, untreated: entrectinib",
         "FDA label ROZLYTREK 1 Indications: adults with metastatic NSCLC whose tumors are ROS1-positive; ALKA-372-001 / STARTRK-1 / STARTRK-2 integrated analysis",
         "2024-05-28", rx("entrectinib"), "supported",
         encodings=["mCODE primary condition + histology", "ROS1 fusion text component 81252-9", "mCODE GenomicVariant profile"])
p = nsclc_primary(c, "2024-04-08", "mcode")
c.stage("2024-04-12", [(AJCC, "IV", "Stage IV")], None, p)
c.variant("2024-05-02", "ROS1", fusion="CD74-ROS1 fusion", profile="mcode", focus=p)
c.ecog("2024-05-10", 0, la=True)

c = case(17, "lab-nsclc-entrectinib-ros1-untested", "nsclc", "male", "1975-10-30",
         "Metastatic lung adenocarcinoma, EGFR and ALK negative, ROS1 and NTRK not tested: entrectinib requested",
         "FDA label ROZLYTREK 1 Indications: ROS1-positive metastatic NSCLC, or NTRK gene fusion solid tumors; neither ROS1 nor NTRK status is in the record",
         "2024-10-01", rx("entrectinib"), "needs-documentation", missing=["ros1"],
         encodings=["Condition ICD-10 only", "EGFR/ALK Absent"])
p = nsclc_primary(c, "2024-08-19", "icd")
c.stage("2024-08-22", [STG["4"]], None, p)
no_egfr_alk(c, "2024-09-05", p)

c = case(18, "lab-nsclc-pembro-text-pdl1-30", "nsclc", "female", "1959-12-05",
         "Text-only record: 'Adenocarcinoma of lung, stage IV', PD-L1 written only as code.text 'PD-L1 (22C3) TPS' valueString '30%', EGFR/ALK negative by text: pembrolizumab first line",
         "FDA label KEYTRUDA 1 Indications (NSCLC): single agent first line for PD-L1 TPS >= 1 % without EGFR/ALK aberrations (KEYNOTE-042)",
         "2024-07-30", rx("pembrolizumab"), "supported",
         encodings=["Condition text only", "no stage Observation (stage only in condition text)", "PD-L1 code.text only, valueString", "EGFR/ALK as text-only Observations"])
p = nsclc_primary(c, "2024-06-10", "text")
c.obs(None, "PD-L1 (22C3) TPS", "2024-06-24", ("s", "30%"), focus=p)
c.obs(None, "EGFR mutation analysis (NGS)", "2024-06-28", ("s", "No pathogenic EGFR variant detected"), focus=p)
c.obs(None, "ALK IHC (D5F3)", "2024-06-28", ("s", "Negative"), focus=p)

# =================================================================================
# Breast
# =================================================================================
def breast_primary(c, onset, style, text=None):
    if style == "icd":
        return c.condition([(ICD10, "C50.912", "Malignant neoplasm of unspecified site of left female breast")], None, onset)
    if style == "sct":
        return c.condition([BREAST_SCT], None, onset)
    if style == "both":
        return c.condition([BREAST_SCT, (ICD10, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")],
                           "Invasive ductal carcinoma, left breast", onset)
    if style == "mcode":
        return c.condition([BREAST_SCT, (ICD10, "C50.911", "Malignant neoplasm of unspecified site of right female breast")], None, onset,
                           profile="mcode-primary-cancer-condition", histology=IDC_HIST, category="encounter-diagnosis")
    if style == "text":
        return c.condition(None, text, onset)
    raise ValueError(style)


def hr(c, date, focus, er, pr, style="sct"):
    if style == "sct":
        c.marker(ER, None, date, ("cc", [POS if er else NEG], "Positive" if er else "Negative"), focus=focus)
        c.marker(PR, None, date, ("cc", [POS if pr else NEG], "Positive" if pr else "Negative"), focus=focus)
    elif style == "la":
        c.marker(ER2, None, date, ("cc", [LA_POS if er else LA_NEG], None), focus=focus)
        c.marker(PR2, None, date, ("cc", [LA_POS if pr else LA_NEG], None), focus=focus)
    else:  # percent, as pathology systems report Allred/percent
        c.marker(ER2, "ER (SP1) % nuclei", date, PCT(90 if er else 0), focus=focus)
        c.marker(PR2, "PR (1E2) % nuclei", date, PCT(40 if pr else 0), focus=focus)


c = case(19, "lab-breast-tdxd-her2-low-after-chemo", "breast", "female", "1961-04-11",
         "Metastatic HR+ breast cancer, HER2-low (IHC 2+ LA11842-4, FISH not amplified), progressed after capecitabine in the metastatic setting and prior endocrine therapy: fam-trastuzumab deruxtecan",
         "FDA label ENHERTU 1.1 Indications: unresectable or metastatic HER2-low (IHC 1+ or IHC 2+/ISH-) breast cancer after prior chemotherapy in the metastatic setting or recurrence during/within 6 months of adjuvant chemotherapy; DESTINY-Breast04 (NEJM 2022)",
         "2024-09-10", rx("fam-trastuzumab deruxtecan"), "supported",
         encodings=["mCODE primary + histology", "HER2 IHC 85319-2 LOINC answer LA11842-4 '2+'", "HER2 ISH 85318-4 SNOMED Negative + text 'Not amplified'", "ER/PR 85337-4/85339-0 LA6576-8/LA6577-6", "liver SecondaryCancerCondition", "MedicationStatement / MedicationAdministration RxNorm"])
p = breast_primary(c, "2019-05-14", "mcode")
hr(c, "2019-05-20", p, True, True, "la")
c.marker(HER2_IHC, None, "2023-06-02", ("cc", [HER2_IHC_ANS[2]], "2+ (equivocal)"), focus=p)
c.marker(HER2_ISH, None, "2023-06-09", ("cc", [NEG], "Not amplified (HER2/CEP17 ratio 1.3, mean HER2 copy number 3.1)"), focus=p)
m = c.condition(LIVER_MET, None, "2023-05-22", profile="mcode-secondary-cancer-condition", primary=p)
c.med("statement", [rx("letrozole")], None, "2023-06-20", "2023-12-01", status="stopped", reason=p)
c.med("statement", [rx("palbociclib")], None, "2023-06-20", "2023-12-01", status="stopped", reason=p)
c.med("statement", [rx("capecitabine")], "Xeloda 1500 mg BID d1-14 q21d", "2023-12-18", "2024-07-29", status="stopped", reason=p)
c.disease_status("2024-08-12", True, p, note="Progression in liver")
c.ecog("2024-08-20", 1)

c = case(20, "lab-breast-tdxd-her2-ihc0-null", "breast", "female", "1966-09-02",
         "Metastatic HR+ breast cancer after endocrine therapy and capecitabine, HER2 IHC 0 with no membrane staining (HER2-null): fam-trastuzumab deruxtecan",
         "FDA label ENHERTU 1.1 Indications: HER2-positive, HER2-low (IHC 1+ or 2+/ISH-) or HER2-ultralow (IHC 0 with membrane staining); IHC 0 with no staining is none of these (DESTINY-Breast04/06 excluded it)",
         "2024-11-05", rx("fam-trastuzumab deruxtecan"), "refer-to-reviewer",
         encodings=["Condition ICD-10 only", "HER2 IHC valueString '0' with note 'no staining'", "ER/PR valueQuantity %"])
p = breast_primary(c, "2020-02-10", "icd")
hr(c, "2020-02-14", p, True, False, "pct")
c.condition(BONE_MET, None, "2023-09-04")
c.marker(HER2_IHC, None, "2023-09-12", ("s", "0"), focus=p, note="No membrane staining in any tumor cells (HER2-null)")
c.med("statement", [rx("anastrozole")], None, "2020-04-01", "2023-09-01", reason=p)
c.med("statement", [rx("capecitabine")], None, "2023-10-02", "2024-09-23", status="stopped", reason=p)
c.disease_status("2024-10-07", True, p)

c = case(21, "lab-breast-tdxd-her2-missing", "breast", "female", "1958-01-27",
         "Metastatic ER-positive breast cancer after endocrine therapy and paclitaxel, no HER2 result anywhere in the record: fam-trastuzumab deruxtecan",
         "FDA label ENHERTU 1.1 Indications: every breast indication is defined by HER2 status (positive, low, ultralow); HER2 is not documented",
         "2024-06-11", rx("fam-trastuzumab deruxtecan"), "needs-documentation", missing=["her2"],
         encodings=["Condition SNOMED only", "ER only (16112-5 SNOMED Positive)"])
p = breast_primary(c, "2021-03-03", "sct")
c.marker(ER, None, "2021-03-08", ("cc", [POS], None), focus=p)
c.condition(LIVER_MET, None, "2023-08-15")
c.med("statement", [rx("letrozole")], None, "2021-04-01", "2023-08-01", reason=p)
c.med("admin", [rx("paclitaxel")], None, "2023-09-05", "2024-04-16", reason=p)
c.disease_status("2024-05-06", True, p)

c = case(22, "lab-breast-sacituzumab-tnbc-two-prior", "breast", "female", "1977-08-19",
         "Metastatic triple-negative breast cancer after adjuvant AC-T and first-line carboplatin + gemcitabine for metastatic disease: sacituzumab govitecan",
         "FDA label TRODELVY 1 Indications: unresectable locally advanced or metastatic TNBC after two or more prior systemic therapies, at least one of them for metastatic disease; ASCENT (NEJM 2021)",
         "2024-05-07", rx("sacituzumab govitecan"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "ER/PR SNOMED Negative", "HER2 IHC LA6111-4 '0'", "adjuvant therapy as MedicationStatement, metastatic line as MedicationAdministration", "lung SecondaryCancerCondition by text"])
p = breast_primary(c, "2021-02-01", "both")
hr(c, "2021-02-05", p, False, False)
c.marker(HER2_IHC, None, "2021-02-05", ("cc", [HER2_IHC_ANS[0]], None), focus=p)
c.stage("2021-03-10", [(AJCC, "IIA", "IIA")], None, p, pathological=True)
c.proc([(CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")], None, "2021-03-02", reason=p)
c.med("statement", [rx("doxorubicin")], None, "2021-04-01", "2021-05-13", reason=p, note="Adjuvant AC x4")
c.med("statement", [rx("cyclophosphamide")], None, "2021-04-01", "2021-05-13", reason=p)
c.med("statement", [rx("paclitaxel")], None, "2021-05-27", "2021-08-12", reason=p, note="Adjuvant weekly paclitaxel x12")
c.condition(None, "Metastatic breast carcinoma to lung", "2023-06-20")
for d in ("2023-07-10", "2023-07-31", "2023-08-21", "2023-09-11", "2023-10-02", "2023-10-23"):
    c.med("admin", [rx("carboplatin")], None, d, reason=p)
    c.med("admin", [rx("gemcitabine")], None, d, reason=p)
c.disease_status("2024-04-15", True, p)
c.ecog("2024-04-22", 1)

c = case(23, "lab-breast-sacituzumab-tnbc-one-prior", "breast", "female", "1983-03-30",
         "Metastatic TNBC (de novo recurrence after neoadjuvant AC-T only), no therapy for metastatic disease yet, no PD-L1 result: sacituzumab govitecan",
         "FDA label TRODELVY 1 Indications (June 24, 2026): first-line unresectable locally advanced or metastatic TNBC, with pembrolizumab when PD-L1 CPS >= 10 (ASCENT-04/KEYNOTE-D19) or alone when not a candidate for PD-1/PD-L1 therapy (ASCENT-03); without a PD-L1 result the first-line indication cannot be told apart. (Until June 2026 the gold here was refer-to-reviewer: the earlier label required two prior systemic therapies, one for metastatic disease; the first-line approval made that gold wrong, found 2026-12-05.)",
         "2024-03-19", rx("sacituzumab govitecan"), "needs-documentation", missing=["pdl1_cps"],
         encodings=["Condition ICD-10 only", "ER/PR LOINC answers", "HER2 interpretation 48676-1 SNOMED Negative", "MedicationRequest completed"])
p = breast_primary(c, "2022-05-09", "icd")
hr(c, "2022-05-12", p, False, False, "la")
c.marker(HER2_INT, None, "2022-05-12", ("cc", [NEG], "Negative (IHC 1+)"), focus=p)
c.med("request", [rx("doxorubicin")], None, "2022-06-01", "2022-07-13", reason=p)
c.med("request", [rx("cyclophosphamide")], None, "2022-06-01", "2022-07-13", reason=p)
c.med("request", [rx("paclitaxel")], None, "2022-07-27", "2022-10-12", reason=p)
c.proc([(SCT, "392021009", "Lumpectomy of breast (procedure)")], None, "2022-11-03", reason=p)
c.condition(BONE_MET, None, "2024-02-20")

c = case(24, "lab-breast-alpelisib-pik3ca-after-ai", "breast", "female", "1955-11-23",
         "Metastatic HR+/HER2- breast cancer, PIK3CA p.His1047Arg, progressed on letrozole + palbociclib, postmenopausal (LOINC 8678-5): alpelisib with fulvestrant",
         "FDA label PIQRAY 1 Indications: with fulvestrant for postmenopausal women and men with HR+, HER2-negative, PIK3CA-mutated advanced or metastatic breast cancer following progression on or after an endocrine-based regimen; SOLAR-1 (NEJM 2019). (Stands in for the capivasertib/PIK3CA-AKT1-PTEN case: no verified RxNorm ingredient code for capivasertib was found.)",
         "2024-10-08", rx("alpelisib"), "supported",
         encodings=["mCODE primary", "menopause 8678-5 text 'Postmenopausal'", "PIK3CA p.His1047Arg + c.3140A>G", "HER2 48676-1 LA6577-6"])
p = breast_primary(c, "2022-01-17", "mcode")
hr(c, "2022-01-20", p, True, True)
c.marker(HER2_INT, None, "2022-01-20", ("cc", [LA_NEG], None), focus=p)
c.obs(MENSES, None, "2022-01-17", ("cc", None, "Postmenopausal"), category="social-history")
c.condition(BONE_MET, None, "2022-01-17", profile="mcode-secondary-cancer-condition", primary=p)
c.med("statement", [rx("letrozole")], None, "2022-02-01", "2024-08-15", status="stopped", reason=p)
c.med("statement", [rx("palbociclib")], "Ibrance 125 mg", "2022-02-01", "2024-08-15", status="stopped", reason=p)
c.disease_status("2024-08-12", True, p)
c.variant("2024-09-02", "PIK3CA", protein="p.His1047Arg", dna="c.3140A>G", focus=p)

c = case(25, "lab-breast-alpelisib-pik3ca-wildtype", "breast", "female", "1952-06-06",
         "Metastatic HR+/HER2- breast cancer progressed on anastrozole, PIK3CA not detected on tissue NGS: alpelisib",
         "FDA label PIQRAY 1 Indications: PIK3CA-mutated disease only; PIK3CA wild-type contradicts the gate",
         "2024-07-23", rx("alpelisib"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "PIK3CA Absent", "age 72 no menopause record"])
p = breast_primary(c, "2021-09-13", "sct")
hr(c, "2021-09-16", p, True, True)
c.marker(HER2_IHC, None, "2021-09-16", ("cc", [HER2_IHC_ANS[1]], None), focus=p)
c.condition(BONE_MET, None, "2021-09-13")
c.med("statement", [rx("anastrozole")], None, "2021-10-01", "2024-05-30", status="stopped", reason=p)
c.disease_status("2024-06-03", True, p)
c.variant("2024-06-24", "PIK3CA", present=False, value_text="No PIK3CA mutation detected", focus=p)

c = case(26, "lab-breast-palbociclib-letrozole-age63-no-menopause", "breast", "female", "1961-02-14",
         "De novo metastatic HR+/HER2- breast cancer, 63-year-old woman, no menopausal status recorded: palbociclib with letrozole first line",
         "FDA label IBRANCE 1 Indications: with an aromatase inhibitor as initial endocrine-based therapy in postmenopausal women or men (PALOMA-2); NCCN definition of menopause counts age >= 60 as postmenopausal, so the twin should infer it",
         "2024-05-21", rx("palbociclib"), "supported",
         encodings=["Condition ICD-10 + SNOMED", "no menopause Observation (age only)", "ER/PR SNOMED", "HER2 IHC valueString '1+'", "stage SNOMED 258228008"])
p = breast_primary(c, "2024-04-02", "both")
c.stage("2024-04-08", [STG["4"]], None, p)
hr(c, "2024-04-05", p, True, True)
c.marker(HER2_IHC, None, "2024-04-05", ("s", "1+"), focus=p)
c.condition(BONE_MET, None, "2024-04-02")
c.ecog("2024-04-30", 0)

c = case(27, "lab-breast-palbociclib-age41-menopause-unknown", "breast", "female", "1983-07-07",
         "De novo metastatic HR+/HER2- breast cancer, 41-year-old woman, menopausal status and ovarian suppression not documented: palbociclib",
         "FDA label IBRANCE 1 Indications: with an aromatase inhibitor in postmenopausal women (PALOMA-2) or with fulvestrant after progression on endocrine therapy (PALOMA-3, pre/perimenopausal only with LHRH agonist); at 41 menopausal status decides the route and is not recorded",
         "2024-08-27", rx("palbociclib"), "needs-documentation", missing=["menopause"],
         encodings=["Condition text only", "ER/PR percent", "HER2 ISH only (not amplified)"])
p = breast_primary(c, "2024-07-15", "text", text="Metastatic invasive ductal carcinoma of right breast, ER+ PR+ HER2-negative")
hr(c, "2024-07-18", p, True, True, "pct")
c.marker(HER2_ISH, None, "2024-07-22", ("cc", [NEG], "Not amplified"), focus=p)
c.condition(LIVER_MET, None, "2024-07-15")

c = case(28, "lab-breast-palbociclib-postmenopausal-coded", "breast", "female", "1959-10-01",
         "Metastatic HR+/HER2- breast cancer, postmenopausal recorded (8678-5), untreated for metastatic disease: palbociclib with letrozole",
         "FDA label IBRANCE 1 Indications: with an aromatase inhibitor as initial endocrine-based therapy in postmenopausal women; PALOMA-2 (NEJM 2016)",
         "2024-02-13", rx("palbociclib"), "supported",
         encodings=["mCODE primary", "menopause 8678-5 text", "ER/PR 85337-4/85339-0 LOINC answers", "HER2 48676-1 SNOMED Negative", "stage numeric '4'"])
p = breast_primary(c, "2024-01-03", "mcode")
c.stage("2024-01-09", [(AJCC, "4", "4")], None, p)
hr(c, "2024-01-05", p, True, False, "la")
c.marker(HER2_INT, None, "2024-01-05", ("cc", [NEG], None), focus=p)
c.obs(MENSES, None, "2024-01-03", ("cc", None, "Postmenopausal"), category="social-history")
c.condition(BONE_MET, None, "2024-01-03", profile="mcode-secondary-cancer-condition", primary=p)

c = case(29, "lab-breast-tucatinib-after-thp-tdm1", "breast", "female", "1969-12-12",
         "Metastatic HER2-positive (IHC 3+ valueString) breast cancer with brain metastases after trastuzumab + pertuzumab + docetaxel and then T-DM1 (brand names only): tucatinib with trastuzumab and capecitabine",
         "FDA label TUKYSA 1 Indications: with trastuzumab and capecitabine for advanced unresectable or metastatic HER2-positive breast cancer, including brain metastases, after one or more prior anti-HER2-based regimens in the metastatic setting; HER2CLIMB (NEJM 2020)",
         "2024-06-04", rx("tucatinib"), "supported",
         encodings=["Condition SNOMED only", "HER2 IHC valueString '3+'", "prior therapies MedicationRequest completed, brand names text only (Herceptin, Perjeta, Taxotere, Kadcyla)", "brain met Condition ICD-10 only"])
p = breast_primary(c, "2021-08-02", "sct")
c.marker(HER2_IHC, None, "2021-08-05", ("s", "3+"), focus=p)
hr(c, "2021-08-05", p, False, False)
c.condition([(ICD10, "C79.31", "Secondary malignant neoplasm of brain")], None, "2023-11-20")
c.med("request", None, "Herceptin 8 mg/kg load then 6 mg/kg q3w", "2021-09-01", "2023-02-14", reason=p)
c.med("request", None, "Perjeta 840 mg load then 420 mg q3w", "2021-09-01", "2023-02-14", reason=p)
c.med("request", None, "Taxotere 75 mg/m2 q3w x6", "2021-09-01", "2021-12-15", reason=p)
c.med("request", None, "Kadcyla 3.6 mg/kg q3w", "2023-03-07", "2024-04-30", status="stopped", reason=p)
c.disease_status("2024-05-06", True, p, note="MRI brain: two new lesions")

c = case(30, "lab-breast-tucatinib-her2-negative", "breast", "female", "1964-04-04",
         "Metastatic HR+ breast cancer, HER2 IHC 1+ and FISH not amplified, after endocrine therapy: tucatinib requested",
         "FDA label TUKYSA 1 Indications: HER2-positive breast cancer only (and HER2-positive RAS wild-type CRC); HER2-negative contradicts the gate",
         "2024-09-17", rx("tucatinib"), "refer-to-reviewer",
         encodings=["Condition ICD-10 + SNOMED", "HER2 IHC LA11841-6 '1+' + ISH SNOMED Negative"])
p = breast_primary(c, "2020-10-05", "both")
hr(c, "2020-10-08", p, True, True)
c.marker(HER2_IHC, None, "2020-10-08", ("cc", [HER2_IHC_ANS[1]], None), focus=p)
c.marker(HER2_ISH, None, "2020-10-12", ("cc", [NEG], "Not amplified"), focus=p)
c.condition(BONE_MET, None, "2023-03-01")
c.med("statement", [rx("fulvestrant")], None, "2023-03-15", "2024-08-20", status="stopped", reason=p)
c.disease_status("2024-08-26", True, p)

c = case(31, "lab-breast-olaparib-adjuvant-gbrca1-tnbc-pt2", "breast", "female", "1980-09-18",
         "Early TNBC, germline BRCA1 c.68_69delAG, upfront lumpectomy pT2 pN0 (stage IIA), adjuvant AC-T completed: adjuvant olaparib",
         "FDA label LYNPARZA 1 Indications (adjuvant breast): gBRCAm HER2-negative high-risk early breast cancer treated with neoadjuvant or adjuvant chemotherapy; OlympiA (NEJM 2021) high risk for TNBC after adjuvant chemotherapy = pT2 or higher or node positive",
         "2023-11-28", rx("olaparib"), "supported",
         encodings=["mCODE primary", "pathological T/N category Observations (21899-0/21900-6)", "BRCA1 germline variant with 48002-0 text 'Germline'", "surgery CPT 19301", "nodes 21893-3 / 21894-1 counts"])
p = breast_primary(c, "2023-01-10", "mcode")
hr(c, "2023-01-12", p, False, False)
c.marker(HER2_IHC, None, "2023-01-12", ("cc", [HER2_IHC_ANS[0]], "0"), focus=p)
c.proc([(CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")], "Left lumpectomy + sentinel node biopsy", "2023-02-07", reason=p)
c.tnm("2023-02-14", "T", "pT2", p, pathological=True); c.tnm("2023-02-14", "N", "pN0", p, pathological=True)
c.stage("2023-02-14", [(AJCC, "IIA", "IIA")], None, p, pathological=True)
c.obs(NODES_POS, None, "2023-02-14", ("i", 0), focus=p); c.obs(NODES_EX, None, "2023-02-14", ("i", 3), focus=p)
c.variant("2023-01-30", "BRCA1", dna="c.68_69delAG", protein="p.Glu23ValfsTer17", source="Germline", focus=p)
c.med("statement", [rx("doxorubicin")], None, "2023-03-06", "2023-04-17", reason=p)
c.med("statement", [rx("cyclophosphamide")], None, "2023-03-06", "2023-04-17", reason=p)
c.med("statement", [rx("paclitaxel")], None, "2023-05-01", "2023-07-17", reason=p)
c.proc([(CPT, "77412", "Radiation treatment delivery, >=1 MeV; complex")], "Whole breast radiotherapy", "2023-09-29", reason=p)

c = case(32, "lab-breast-olaparib-adjuvant-gbrca2-hr-one-node", "breast", "female", "1976-02-20",
         "Early HR+/HER2- breast cancer, germline BRCA2, mastectomy pT2 pN1a with 1/14 positive nodes, adjuvant chemotherapy, no neoadjuvant therapy: adjuvant olaparib",
         "FDA label LYNPARZA 1 Indications (adjuvant breast) / OlympiA eligibility: HR+ disease treated with adjuvant chemotherapy qualifies as high risk only with >= 4 pathologically positive lymph nodes; 1 positive node contradicts it",
         "2024-01-16", rx("olaparib"), "refer-to-reviewer",
         encodings=["Condition ICD-10 only", "pathological N category + node count 21893-3 = 1", "BRCA2 germline text", "surgery CPT 19303"])
p = breast_primary(c, "2023-03-01", "icd")
hr(c, "2023-03-03", p, True, True, "la")
c.marker(HER2_IHC, None, "2023-03-03", ("cc", [HER2_IHC_ANS[1]], None), focus=p)
c.proc([(CPT, "19303", "Mastectomy, simple, complete")], "Right mastectomy + axillary dissection", "2023-03-28", reason=p)
c.tnm("2023-04-04", "T", "pT2", p, pathological=True); c.tnm("2023-04-04", "N", "pN1a", p, pathological=True)
c.obs(NODES_POS, None, "2023-04-04", ("i", 1), focus=p); c.obs(NODES_EX, None, "2023-04-04", ("i", 14), focus=p)
c.stage("2023-04-04", [(AJCC, "IIB", "IIB")], None, p, pathological=True)
c.variant("2023-03-20", "BRCA2", dna="c.5946delT", protein="p.Ser1982ArgfsTer22", source="Germline", focus=p)
c.med("statement", [rx("doxorubicin")], None, "2023-05-01", "2023-06-12", reason=p)
c.med("statement", [rx("cyclophosphamide")], None, "2023-05-01", "2023-06-12", reason=p)
c.med("statement", [rx("paclitaxel")], None, "2023-06-26", "2023-09-11", reason=p)
c.med("statement", [rx("tamoxifen")], None, "2023-10-02", None, status="active", reason=p)

c = case(33, "lab-breast-olaparib-gbrca-metastatic-after-chemo", "breast", "female", "1971-05-05",
         "Metastatic TNBC with germline BRCA1 mutation, previously treated with adjuvant chemotherapy: olaparib (stands in for talazoparib gBRCA)",
         "FDA label LYNPARZA 1 Indications (metastatic breast): deleterious gBRCAm HER2-negative metastatic breast cancer previously treated with chemotherapy in the neoadjuvant, adjuvant or metastatic setting; OlympiAD (NEJM 2017). (Talazoparib/EMBRACA has the same gate; no verified RxNorm ingredient code for talazoparib was found.)",
         "2024-04-09", rx("olaparib"), "supported",
         encodings=["Condition SNOMED + ICD-10", "BRCA1 variant as mCODE GenomicVariant with germline text", "liver met ICD/SNOMED"])
p = breast_primary(c, "2019-06-03", "both")
hr(c, "2019-06-06", p, False, False)
c.marker(HER2_IHC, None, "2019-06-06", ("cc", [HER2_IHC_ANS[0]], None), focus=p)
c.med("statement", [rx("doxorubicin")], None, "2019-07-08", "2019-08-19", reason=p)
c.med("statement", [rx("cyclophosphamide")], None, "2019-07-08", "2019-08-19", reason=p)
c.med("statement", [rx("paclitaxel")], None, "2019-09-02", "2019-11-18", reason=p)
c.condition(LIVER_MET, None, "2024-02-26")
c.variant("2024-03-18", "BRCA1", dna="c.5266dupC", protein="p.Gln1756ProfsTer74", source="Germline", profile="mcode", focus=p)

c = case(34, "lab-breast-olaparib-brca-undocumented", "breast", "female", "1968-08-30",
         "Metastatic TNBC after adjuvant chemotherapy, germline testing ordered but no BRCA result in the record: olaparib",
         "FDA label LYNPARZA 1 Indications (breast): all breast indications require a deleterious germline BRCA mutation; BRCA status absent",
         "2024-06-25", rx("olaparib"), "needs-documentation", missing=["brca"],
         encodings=["Condition text only", "ER/PR/HER2 text-coded only"])
p = breast_primary(c, "2020-11-09", "text", text="Triple negative carcinoma of left breast")
c.obs(ER, None, "2020-11-12", ("s", "Negative (<1%)"), focus=p)
c.obs(PR, None, "2020-11-12", ("s", "Negative (0%)"), focus=p)
c.obs(HER2_IHC, None, "2020-11-12", ("s", "0"), focus=p)
c.med("statement", None, "AC-T (doxorubicin/cyclophosphamide then paclitaxel)", "2020-12-07", "2021-05-10", reason=p)
c.condition(None, "Metastatic triple negative breast cancer to lung and mediastinal nodes", "2024-05-13")

# =================================================================================
# Colorectal
# =================================================================================
def crc_primary(c, onset, style, text=None):
    if style == "icd":
        return c.condition([(ICD10, "C18.7", "Malignant neoplasm of sigmoid colon")], None, onset)
    if style == "sct":
        return c.condition([COLON_SCT], None, onset)
    if style == "both":
        return c.condition([COLON_SCT, (ICD10, "C18.2", "Malignant neoplasm of ascending colon")], "Adenocarcinoma of ascending colon", onset)
    if style == "rectum":
        return c.condition([RECTUM_SCT, (ICD10, "C20", "Malignant neoplasm of rectum")], None, onset)
    if style == "mcode":
        return c.condition([COLON_SCT, (ICD10, "C18.7", "Malignant neoplasm of sigmoid colon")], None, onset,
                           profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis")
    if style == "text":
        return c.condition(None, text, onset)
    raise ValueError(style)


def folfox(c, kind, dates, focus, oxali_text=None):
    for d in dates:
        c.med(kind, [rx("oxaliplatin")] if not oxali_text else None, oxali_text, d, reason=focus)
        c.med(kind, [rx("fluorouracil")], None, d, reason=focus)
        c.med(kind, None, "Leucovorin calcium 400 mg/m2 IV", d, reason=focus)


def folfiri(c, kind, dates, focus):
    for d in dates:
        c.med(kind, [rx("irinotecan")], None, d, reason=focus)
        c.med(kind, [rx("fluorouracil")], None, d, reason=focus)
        c.med(kind, None, "leucovorin", d, reason=focus)


def ras_wt_full(c, date, focus):
    for g, txt in (("KRAS", "KRAS exons 2, 3, 4: no mutation detected"), ("NRAS", "NRAS exons 2, 3, 4: no mutation detected"), ("BRAF", "BRAF V600E not detected")):
        c.variant(date, g, present=False, value_text=txt, focus=focus)


c = case(35, "lab-crc-pembro-msih-first-line", "colorectal", "female", "1957-03-09",
         "Metastatic MSI-H sigmoid adenocarcinoma (LOINC 81695-9 with SNOMED 'Detected' + text 'MSI-H'), untreated: pembrolizumab first line",
         "FDA label KEYTRUDA 1 Indications (CRC): unresectable or metastatic MSI-H or dMMR colorectal cancer, first line; KEYNOTE-177 (NEJM 2020)",
         "2024-04-23", rx("pembrolizumab"), "supported",
         encodings=["Condition ICD-10 + SNOMED (mcode)", "MSI 81695-9 SNOMED 260373001 + text 'MSI-H'", "liver met SecondaryCancerCondition", "stage 'IVA'"])
p = crc_primary(c, "2024-02-26", "mcode")
c.condition(LIVER_MET, None, "2024-02-26", profile="mcode-secondary-cancer-condition", primary=p)
c.stage("2024-03-04", [(AJCC, "IVA", "IVA")], None, p)
c.marker(MSI, None, "2024-03-18", ("cc", [DETECTED], "MSI-H (high)"), focus=p)
c.ecog("2024-04-02", 1)

c = case(36, "lab-crc-pembro-mss", "colorectal", "male", "1962-11-11",
         "Metastatic microsatellite-stable colon cancer (81695-9 'Not detected' / MSS), proficient MMR by IHC text: pembrolizumab requested",
         "FDA label KEYTRUDA 1 Indications (CRC): MSI-H or dMMR only; MSS / pMMR contradicts the gate",
         "2024-06-18", rx("pembrolizumab"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "MSI SNOMED 260415000 + text 'MSS'", "MMR IHC text Observation"])
p = crc_primary(c, "2024-04-15", "sct")
c.stage("2024-04-19", [STG["4"]], None, p)
c.marker(MSI, None, "2024-05-06", ("cc", [NOT_DETECTED], "Microsatellite stable (MSS)"), focus=p)
c.obs(None, "Mismatch repair protein IHC (MLH1, PMS2, MSH2, MSH6)", "2024-05-06", ("s", "Intact nuclear expression of all four proteins (pMMR)"), focus=p)

c = case(37, "lab-crc-encorafenib-braf-v600e-after-folfox", "colorectal", "female", "1964-07-27",
         "Metastatic colon cancer with BRAF p.Val600Glu (c.1799T>A), progressed after FOLFOX + bevacizumab: encorafenib with cetuximab",
         "FDA label BRAFTOVI 1 Indications: with cetuximab for adult metastatic CRC with a BRAF V600E mutation, as detected by an FDA-approved test, after prior therapy; BEACON CRC (NEJM 2019)",
         "2024-09-10", rx("encorafenib"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "BRAF p.Val600Glu three-letter + c.1799T>A", "FOLFOX MedicationAdministration RxNorm + leucovorin text", "bevacizumab MedicationAdministration"])
p = crc_primary(c, "2023-10-02", "both")
c.stage("2023-10-06", [(AJCC, "IVB", "IVB")], None, p)
c.variant("2023-10-20", "BRAF", protein="p.Val600Glu", dna="c.1799T>A", focus=p)
c.marker(MSI, None, "2023-10-20", ("cc", [NOT_DETECTED], "MSS"), focus=p)
folfox(c, "admin", ("2023-11-06", "2023-11-20", "2023-12-04", "2023-12-18", "2024-01-08", "2024-01-22"), p)
for d in ("2023-11-06", "2023-12-04", "2024-01-08"):
    c.med("admin", [rx("bevacizumab")], None, d, reason=p)
c.disease_status("2024-08-19", True, p)

c = case(38, "lab-crc-encorafenib-braf-wildtype", "colorectal", "male", "1959-05-16",
         "Metastatic colon cancer with KRAS p.G12D, BRAF not mutated, after FOLFOX: encorafenib requested",
         "FDA label BRAFTOVI 1 Indications (CRC): BRAF V600E only; BRAF wild-type contradicts the gate",
         "2024-08-13", rx("encorafenib"), "refer-to-reviewer",
         encodings=["Condition ICD-10 only", "BRAF Absent", "KRAS p.G12D", "FOLFOX MedicationStatement"])
p = crc_primary(c, "2023-09-11", "icd")
c.stage("2023-09-15", [STG["4"]], None, p)
c.variant("2023-09-28", "KRAS", protein="p.G12D", focus=p)
c.variant("2023-09-28", "BRAF", present=False, value_text="BRAF V600 not detected", focus=p)
c.med("statement", None, "mFOLFOX6 (oxaliplatin, leucovorin, 5-FU)", "2023-10-09", "2024-03-25", reason=p)
c.disease_status("2024-07-15", True, p)

c = case(39, "lab-crc-sotorasib-g12c-after-folfox-folfiri", "colorectal", "female", "1966-01-04",
         "Metastatic rectal cancer with KRAS G12C, progressed after FOLFOX and FOLFIRI: sotorasib (with panitumumab)",
         "FDA label LUMAKRAS 1 Indications (CRC): with panitumumab for KRAS G12C-mutated metastatic CRC, as determined by an FDA-approved test, after prior fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy; CodeBreaK 300 (NEJM 2023)",
         "2024-10-29", rx("sotorasib"), "supported",
         encodings=["Condition rectum SNOMED + ICD-10 C20", "KRAS p.G12C + c.34G>T", "FOLFOX and FOLFIRI MedicationRequest completed RxNorm", "progression by new liver metastasis Condition"])
p = crc_primary(c, "2023-01-09", "rectum")
c.stage("2023-01-13", [(AJCC, "IV", "IV")], None, p)
c.variant("2023-01-27", "KRAS", protein="p.G12C", dna="c.34G>T", focus=p)
folfox(c, "request", ("2023-02-06", "2023-03-06", "2023-04-03", "2023-05-01"), p)
c.condition(LIVER_MET, None, "2023-11-13", note="New hepatic metastases on CT (progression on FOLFOX maintenance)")
folfiri(c, "request", ("2023-12-04", "2024-01-08", "2024-02-05", "2024-03-04", "2024-04-01"), p)
c.disease_status("2024-09-30", True, p)

c = case(40, "lab-crc-panitumumab-with-sotorasib-g12c", "colorectal", "male", "1958-12-19",
         "Metastatic colon cancer with KRAS p.Gly12Cys after FOLFOXIRI + bevacizumab: panitumumab (HCPCS J9303) with sotorasib",
         "FDA label VECTIBIX 1 Indications: with sotorasib for KRAS G12C-mutated metastatic CRC after prior fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (CodeBreaK 300); the RAS-mutant limitation of use does not apply to this combination",
         "2024-11-19", hc("panitumumab"), "supported",
         encodings=["service HCPCS J9303", "Condition text only", "KRAS p.Gly12Cys three-letter", "FOLFOXIRI components RxNorm ingredient MedicationAdministration"])
p = crc_primary(c, "2023-06-05", "text", text="Adenocarcinoma of transverse colon with liver and peritoneal metastases")
c.variant("2023-06-19", "KRAS", protein="p.Gly12Cys", focus=p)
for d in ("2023-07-03", "2023-07-17", "2023-07-31", "2023-08-14", "2023-08-28", "2023-09-11"):
    for n in ("oxaliplatin", "irinotecan", "fluorouracil", "bevacizumab"):
        c.med("admin", [rx(n)], None, d, reason=p)
c.disease_status("2024-10-28", True, p)

c = case(41, "lab-crc-regorafenib-after-full-list", "colorectal", "female", "1952-08-08",
         "RAS wild-type metastatic colon cancer after FOLFOX + bevacizumab, FOLFIRI + cetuximab: regorafenib",
         "FDA label STIVARGA 1.1 Indications: metastatic CRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy and, if RAS wild-type, an anti-EGFR therapy; CORRECT (Lancet 2013)",
         "2024-12-03", rx("regorafenib"), "supported",
         encodings=["Condition ICD-10 + SNOMED (mcode)", "RAS/BRAF wild-type as Absent variants", "MedicationStatement RxNorm for all lines"])
p = crc_primary(c, "2022-03-14", "mcode")
c.stage("2022-03-18", [STG["4"]], None, p)
ras_wt_full(c, "2022-04-01", p)
c.med("statement", [rx("oxaliplatin")], None, "2022-04-11", "2022-09-26", reason=p)
c.med("statement", [rx("fluorouracil")], None, "2022-04-11", "2023-05-08", reason=p)
c.med("statement", [rx("bevacizumab")], None, "2022-04-11", "2023-05-08", reason=p)
c.med("statement", [rx("irinotecan")], None, "2023-05-22", "2024-10-14", reason=p)
c.med("statement", [rx("cetuximab")], None, "2023-05-22", "2024-10-14", reason=p)
c.disease_status("2024-11-04", True, p)

c = case(42, "lab-crc-regorafenib-after-folfox-only", "colorectal", "male", "1960-04-22",
         "Metastatic colon cancer after first-line FOLFOX only (no irinotecan, no anti-VEGF): regorafenib",
         "FDA label STIVARGA 1.1 Indications: requires prior fluoropyrimidine, oxaliplatin AND irinotecan chemotherapy plus anti-VEGF therapy; after FOLFOX alone the prior-therapy gate is not met",
         "2024-07-16", rx("regorafenib"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "FOLFOX MedicationAdministration, oxaliplatin as brand text 'Eloxatin'"])
p = crc_primary(c, "2023-08-07", "sct")
c.stage("2023-08-11", [STG["4"]], None, p)
folfox(c, "admin", ("2023-09-04", "2023-09-18", "2023-10-02", "2023-10-16", "2023-10-30", "2023-11-13"), p, oxali_text="Eloxatin 85 mg/m2")
c.disease_status("2024-06-24", True, p)

c = case(43, "lab-crc-panitumumab-kras-exon2-only", "colorectal", "female", "1968-10-10",
         "Untreated metastatic colon cancer, KRAS codon 12/13 (exon 2) wild-type only; NRAS and KRAS exons 3/4 not tested: panitumumab first line with FOLFOX",
         "FDA label VECTIBIX 1 Indications: wild-type RAS (both KRAS and NRAS, exons 2, 3, 4, by an FDA-approved test); limitation of use: not for RAS status unknown; PRIME extended RAS analysis (NEJM 2013). NRAS is simply not in the record",
         "2024-03-12", hc("panitumumab"), "needs-documentation", missing=["nras"],
         encodings=["service HCPCS J9303", "Condition ICD-10 only", "KRAS exon 2 result as text Observation only"])
p = crc_primary(c, "2024-01-22", "icd")
c.stage("2024-01-26", [(AJCC, "IVA", "IVA")], None, p)
c.obs(None, "KRAS codon 12/13 mutation analysis (PCR)", "2024-02-09", ("s", "No mutation detected in KRAS codons 12 and 13"), focus=p)

c = case(44, "lab-crc-panitumumab-ras-wt-first-line", "colorectal", "male", "1963-02-28",
         "Untreated metastatic left-sided colon cancer, KRAS/NRAS exons 2-4 wild-type and BRAF wild-type: panitumumab first line with FOLFOX",
         "FDA label VECTIBIX 1 Indications: wild-type RAS metastatic CRC in combination with FOLFOX for first-line treatment; PRIME (JCO 2010, NEJM 2013)",
         "2024-05-14", hc("panitumumab"), "supported",
         encodings=["service HCPCS J9303", "Condition SNOMED + ICD-10", "RAS/BRAF Absent variants", "MSI SNOMED Not detected"])
p = crc_primary(c, "2024-03-25", "both")
c.stage("2024-03-29", [STG["4"]], None, p)
ras_wt_full(c, "2024-04-15", p)
c.marker(MSI, None, "2024-04-15", ("cc", [NOT_DETECTED], "MSS"), focus=p)

c = case(45, "lab-crc-panitumumab-kras-g12d", "colorectal", "female", "1955-09-29",
         "Metastatic colon cancer with KRAS p.G12D: panitumumab first line with FOLFOX",
         "FDA label VECTIBIX 1 Indications / limitation of use: not indicated for RAS-mutant mCRC (except KRAS G12C with sotorasib); G12D contradicts the gate",
         "2024-02-06", hc("panitumumab"), "refer-to-reviewer",
         encodings=["service HCPCS J9303", "Condition SNOMED only", "KRAS p.G12D mCODE GenomicVariant"])
p = crc_primary(c, "2023-12-11", "sct")
c.stage("2023-12-15", [STG["4"]], None, p)
c.variant("2024-01-05", "KRAS", protein="p.G12D", dna="c.35G>A", profile="mcode", focus=p)

c = case(46, "lab-crc-adjuvant-oxaliplatin-stage3", "colorectal", "male", "1958-06-17",
         "Stage IIIB colon cancer (pT3 pN1b M0) after laparoscopic sigmoid colectomy (CPT 44204): adjuvant oxaliplatin (FOLFOX/CAPOX)",
         "FDA label ELOXATIN 1 Indications: adjuvant treatment of stage III colon cancer in patients who have undergone complete resection of the primary tumor (with infusional 5-FU/LV); MOSAIC (NEJM 2004)",
         "2024-03-05", rx("oxaliplatin"), "supported",
         encodings=["Condition ICD-10 + SNOMED (mcode)", "pathological stage 21902-2 roman 'IIIB'", "pathological T/N/M Observations", "colectomy CPT 44204"])
p = crc_primary(c, "2024-01-08", "mcode")
c.proc([(CPT, "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis")], "Laparoscopic sigmoid colectomy", "2024-01-23", reason=p)
c.tnm("2024-01-30", "T", "pT3", p, pathological=True); c.tnm("2024-01-30", "N", "pN1b", p, pathological=True); c.tnm("2024-01-30", "M", "cM0", p)
c.stage("2024-01-30", [(AJCC, "IIIB", "IIIB")], "Stage IIIB", p, pathological=True)
c.obs(NODES_POS, None, "2024-01-30", ("i", 3), focus=p); c.obs(NODES_EX, None, "2024-01-30", ("i", 21), focus=p)
c.ecog("2024-02-20", 0)

c = case(47, "lab-crc-adjuvant-oxaliplatin-stage1", "colorectal", "female", "1961-12-02",
         "Stage I colon cancer (pT2 pN0, 0/18 nodes) after right hemicolectomy (CPT 44160), no evidence of disease: adjuvant oxaliplatin requested",
         "FDA label ELOXATIN 1 Indications: adjuvant use is for stage III colon cancer; stage I after complete resection has no adjuvant indication (NCCN: surveillance)",
         "2024-05-21", rx("oxaliplatin"), "refer-to-reviewer",
         encodings=["Condition SNOMED + ICD-10 + text", "pathological stage SNOMED 258215001", "colectomy CPT 44160", "disease status stable"])
p = crc_primary(c, "2024-03-04", "both")
c.proc([(CPT, "44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy")], "Right hemicolectomy", "2024-03-19", reason=p)
c.tnm("2024-03-26", "T", "pT2", p, pathological=True); c.tnm("2024-03-26", "N", "pN0", p, pathological=True)
c.stage("2024-03-26", [STG["1"]], "Stage I", p, pathological=True)
c.obs(NODES_POS, None, "2024-03-26", ("i", 0), focus=p); c.obs(NODES_EX, None, "2024-03-26", ("i", 18), focus=p)
c.disease_status("2024-05-07", False, p, note="Post-operative CT chest/abdomen/pelvis: no evidence of disease")

c = case(48, "lab-crc-adjuvant-oxaliplatin-stage-missing", "colorectal", "male", "1966-04-14",
         "Colon adenocarcinoma after sigmoid colectomy, pathology staging not in the record: adjuvant oxaliplatin requested",
         "FDA label ELOXATIN 1 Indications: adjuvant indication is defined by stage III; no stage group and no T/N categories are documented",
         "2024-06-11", rx("oxaliplatin"), "needs-documentation", missing=["stage"],
         encodings=["Condition ICD-10 only", "colectomy CPT 44140", "no stage / TNM Observations"])
p = crc_primary(c, "2024-04-01", "icd")
c.proc([(CPT, "44140", "Colectomy, partial; with anastomosis")], "Sigmoid colectomy", "2024-04-16", reason=p)

c = case(49, "lab-crc-cetuximab-with-encorafenib-braf", "colorectal", "male", "1970-09-21",
         "Metastatic rectal cancer, BRAF V600E (p.V600E), progressed after CAPOX (capecitabine + oxaliplatin): cetuximab with encorafenib",
         "FDA label BRAFTOVI 1 Indications / ERBITUX 1 Indications: cetuximab with encorafenib for metastatic CRC with BRAF V600E after prior therapy; BEACON CRC",
         "2024-10-22", rx("cetuximab"), "supported",
         encodings=["Condition rectum SNOMED + ICD-10", "BRAF p.V600E short form", "CAPOX as MedicationRequest RxNorm"])
p = crc_primary(c, "2023-11-06", "rectum")
c.stage("2023-11-10", [(AJCC, "IVC", "IVC")], None, p)
c.variant("2023-11-24", "BRAF", protein="p.V600E", focus=p)
c.med("request", [rx("capecitabine")], None, "2023-12-04", "2024-05-20", reason=p)
c.med("request", [rx("oxaliplatin")], None, "2023-12-04", "2024-05-20", reason=p)
c.disease_status("2024-09-30", True, p)

# =================================================================================
# Prostate
# =================================================================================
HRPC = [(SCT, "427492003", "Hormone refractory prostate cancer (disorder)"), (ICD10, "Z19.2", "Hormone resistant malignancy status")]


def prostate_primary(c, onset, style, text=None):
    if style == "icd":
        return c.condition([(ICD10, "C61", "Malignant neoplasm of prostate")], None, onset)
    if style == "sct":
        return c.condition([PROSTATE_SCT], None, onset)
    if style == "both":
        return c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], "Adenocarcinoma of prostate", onset)
    if style == "mcode":
        return c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], None, onset,
                           profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis")
    if style == "text":
        return c.condition(None, text, onset)
    raise ValueError(style)


def psa_series(c, pairs):
    for d, v in pairs:
        c.lab(PSA[0], PSA[1], d, v, "ng/mL", "ng/mL")


def adt(c, start, focus, kind="statement", text=None):
    c.med(kind, [rx("leuprolide")] if not text else None, text, start, status="active", reason=focus)


c = case(50, "lab-prostate-darolutamide-nmcrpc-hrpc-dx", "prostate", "male", "1949-05-08",
         "Non-metastatic CRPC: diagnosis 'hormone-refractory prostate cancer' (SNOMED + ICD-10 Z19.2), PSA rising 2.1 -> 4.8 -> 9.6 ng/mL on leuprolide, testosterone 18 ng/dL, M0: darolutamide",
         "FDA label NUBEQA 1 Indications: non-metastatic castration-resistant prostate cancer; ARAMIS (NEJM 2019, PSA doubling time <= 10 months, castrate testosterone)",
         "2024-07-09", rx("darolutamide"), "supported",
         encodings=["castration resistance by HRPC diagnosis Condition (SNOMED 427492003 + ICD-10 Z19.2)", "PSA 2857-1 ng/mL series", "testosterone 2986-8 ng/dL", "clinical M category 'cM0'", "ADT MedicationStatement active RxNorm"])
p = prostate_primary(c, "2019-03-11", "icd")
c.obs(GLEASON, None, "2019-03-11", ("i", 7), focus=p)
adt(c, "2021-06-01", p)
psa_series(c, (("2023-10-02", 2.1), ("2024-01-08", 4.8), ("2024-04-08", 9.6)))
c.lab(TESTO[0], TESTO[1], "2024-04-08", 18, "ng/dL", "ng/dL")
c.condition(HRPC, "Hormone-refractory prostate cancer", "2024-04-15")
c.tnm("2024-05-20", "M", "cM0", p)
c.obs(None, "PSMA PET/CT", "2024-05-20", ("s", "No PSMA-avid nodal or distant metastatic disease"), focus=p)

c = case(51, "lab-prostate-darolutamide-docetaxel-mcspc", "prostate", "male", "1956-10-19",
         "De novo metastatic hormone-sensitive prostate cancer (bone metastases), ADT started, docetaxel planned: darolutamide with docetaxel",
         "FDA label NUBEQA 1 Indications: metastatic hormone-sensitive prostate cancer in combination with docetaxel (ARASENS, NEJM 2022)",
         "2024-03-12", rx("darolutamide"), "supported",
         encodings=["Condition SNOMED + ICD-10 (mcode)", "bone met SecondaryCancerCondition", "stage 'IVB'", "docetaxel MedicationRequest active", "ADT as text 'Eligard 45 mg'"])
p = prostate_primary(c, "2024-01-22", "mcode")
c.condition(BONE_MET, None, "2024-01-29", profile="mcode-secondary-cancer-condition", primary=p)
c.stage("2024-02-01", [(AJCC, "IVB", "IVB")], None, p)
c.obs(GLEASON, None, "2024-01-22", ("i", 8), focus=p)
psa_series(c, (("2024-01-15", 86.0),))
adt(c, "2024-02-05", p, text="Eligard 45 mg SC q6 months")
c.med("request", [rx("docetaxel")], "docetaxel 75 mg/m2 q3w x6", "2024-03-11", status="active", reason=p)

c = case(52, "lab-prostate-enzalutamide-nmcrpc-labs", "prostate", "male", "1947-02-25",
         "M0 prostate cancer on ADT since 2020, castration resistance shown only by labs (testosterone 15 ng/dL, PSA 3.0 -> 6.4 -> 12.9 ng/mL): enzalutamide",
         "FDA label XTANDI 1 Indications: castration-resistant prostate cancer (PROSPER, non-metastatic CRPC with PSA doubling time <= 10 months)",
         "2024-09-17", rx("enzalutamide"), "supported",
         encodings=["castration resistance from labs only (no CRPC diagnosis)", "Condition SNOMED only", "cM0 via 21907-1", "ADT MedicationAdministration leuprolide"])
p = prostate_primary(c, "2018-06-04", "sct")
for d in ("2020-03-02", "2020-09-01", "2021-03-01", "2021-09-01", "2022-03-01", "2022-09-01", "2023-03-01", "2023-09-01", "2024-03-01"):
    c.med("admin", [rx("leuprolide")], None, d, reason=p)
psa_series(c, (("2023-12-04", 3.0), ("2024-03-04", 6.4), ("2024-06-03", 12.9)))
c.lab(TESTO[0], TESTO[1], "2024-06-03", 15, "ng/dL", "ng/dL")
c.tnm("2024-07-15", "M", "cM0", p)

c = case(53, "lab-prostate-abiraterone-high-risk-mcspc", "prostate", "male", "1953-07-13",
         "De novo metastatic castration-sensitive prostate cancer, Gleason 9, six bone metastases on bone scan: abiraterone (with prednisone) + ADT",
         "FDA label ZYTIGA 1 Indications: metastatic high-risk castration-sensitive prostate cancer; LATITUDE (NEJM 2017) high risk = at least two of Gleason >= 8, >= 3 bone lesions, measurable visceral metastasis",
         "2024-04-16", rx("abiraterone"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "Gleason 35266-6 valueInteger 9", "bone metastasis Condition with lesion count in note", "prednisone text only"])
p = prostate_primary(c, "2024-02-19", "both")
c.obs(GLEASON, None, "2024-02-19", ("i", 9), focus=p)
c.condition(BONE_MET, None, "2024-03-04", note="Bone scan 2024-03-04: 6 lesions (spine, pelvis, ribs)")
c.obs(None, "Number of bone metastases on bone scan", "2024-03-04", ("i", 6), category="imaging", focus=p)
c.stage("2024-03-06", [STG["4"]], None, p)
psa_series(c, (("2024-02-12", 212.0),))
adt(c, "2024-03-11", p)

c = case(54, "lab-prostate-abiraterone-low-risk-mcspc", "prostate", "male", "1958-11-30",
         "Metastatic castration-sensitive prostate cancer, low volume / low risk: Gleason 7 (3+4), a single bone lesion, no visceral disease: abiraterone",
         "FDA label ZYTIGA 1 Indications: CSPC indication is limited to metastatic HIGH-risk disease (LATITUDE: >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis); this record meets none; the other indication is metastatic CRPC",
         "2024-06-04", rx("abiraterone"), "refer-to-reviewer",
         encodings=["Condition ICD-10 only", "Gleason 7", "bone lesion count 1", "testosterone not castrate (ADT just started)"])
p = prostate_primary(c, "2024-03-25", "icd")
c.obs(GLEASON, None, "2024-03-25", ("i", 7), focus=p, note="Gleason 3+4=7, grade group 2")
c.condition(BONE_MET, None, "2024-04-08", note="Solitary L3 lesion on PSMA PET; no visceral disease")
c.obs(None, "Number of bone metastases on bone scan", "2024-04-08", ("i", 1), category="imaging", focus=p)
psa_series(c, (("2024-03-18", 14.2),))
c.lab(TESTO[0], TESTO[1], "2024-03-18", 410, "ng/dL", "ng/dL")
adt(c, "2024-04-22", p)

c = case(55, "lab-prostate-olaparib-brca2-after-enzalutamide", "prostate", "male", "1950-03-03",
         "Metastatic CRPC with somatic BRCA2 p.Glu1953Ter, progressed on enzalutamide: olaparib",
         "FDA label LYNPARZA 1 Indications (prostate): deleterious or suspected deleterious germline or somatic HRR gene-mutated mCRPC after progression on enzalutamide or abiraterone; PROfound (NEJM 2020)",
         "2024-11-26", rx("olaparib"), "supported",
         encodings=["Condition SNOMED only + HRPC ICD-10 Z19.2 only", "BRCA2 somatic variant (48002-0 text 'Somatic')", "enzalutamide MedicationStatement stopped", "progression CancerDiseaseStatus"])
p = prostate_primary(c, "2020-05-18", "sct")
c.condition(BONE_MET, None, "2020-05-18")
adt(c, "2020-06-01", p)
c.condition([(ICD10, "Z19.2", "Hormone resistant malignancy status")], None, "2023-02-06")
c.med("statement", [rx("enzalutamide")], None, "2023-02-13", "2024-09-30", status="stopped", reason=p)
c.disease_status("2024-09-23", True, p)
c.variant("2024-10-21", "BRCA2", protein="p.Glu1953Ter", dna="c.5857G>T", source="Somatic", focus=p)

c = case(56, "lab-prostate-olaparib-hrr-untested", "prostate", "male", "1948-08-15",
         "Metastatic CRPC progressed on abiraterone, no HRR / BRCA testing in the record: olaparib",
         "FDA label LYNPARZA 1 Indications (prostate): HRR gene-mutated mCRPC (PROfound) or BRCA-mutated mCRPC with abiraterone (PROpel); no HRR/BRCA result documented",
         "2024-08-20", rx("olaparib"), "needs-documentation", missing=[],
         encodings=["Condition text only", "CRPC as text Condition", "abiraterone MedicationStatement"])
p = prostate_primary(c, "2019-10-07", "text", text="Metastatic adenocarcinoma of prostate")
c.condition(None, "Metastatic castration-resistant prostate cancer (mCRPC)", "2022-11-14")
c.condition(BONE_MET, None, "2019-10-07")
adt(c, "2019-10-21", p)
c.med("statement", [rx("abiraterone")], None, "2022-12-01", "2024-07-15", status="stopped", reason=p)
c.disease_status("2024-07-08", True, p)

c = case(57, "lab-prostate-lu177-psma-after-arpi-docetaxel", "prostate", "male", "1951-12-24",
         "PSMA-positive mCRPC (PSMA PET), after enzalutamide and docetaxel: lutetium Lu 177 vipivotide tetraxetan (HCPCS A9607)",
         "FDA label PLUVICTO 1 Indications: PSMA-positive mCRPC treated with androgen receptor pathway inhibition and taxane-based chemotherapy (VISION, NEJM 2021); 2025 label also covers ARPI-treated patients considered appropriate to delay taxane (PSMAfore)",
         "2024-10-01", hc("lutetium Lu 177 vipivotide tetraxetan"), "supported",
         encodings=["service HCPCS A9607 (no J/Q code exists)", "PSMA PET result as SNOMED Positive with text", "HRPC diagnosis SNOMED only", "docetaxel MedicationAdministration RxNorm"])
p = prostate_primary(c, "2018-02-05", "mcode")
c.condition(BONE_MET, None, "2021-05-10", profile="mcode-secondary-cancer-condition", primary=p)
c.condition([HRPC[0]], None, "2021-05-10")
adt(c, "2018-03-01", p)
c.med("statement", [rx("enzalutamide")], None, "2021-05-24", "2023-06-12", status="stopped", reason=p)
for d in ("2023-07-03", "2023-07-24", "2023-08-14", "2023-09-04", "2023-09-25", "2023-10-16"):
    c.med("admin", [rx("docetaxel")], None, d, reason=p)
c.disease_status("2024-07-29", True, p)
c.obs(None, "PSMA PET/CT (68Ga-gozetotide)", "2024-08-19", ("cc", [POS], "PSMA-positive: PSMA uptake greater than liver in metastatic lesions, no PSMA-negative measurable lesions"), category="imaging", focus=p)

c = case(58, "lab-prostate-lu177-psma-negative", "prostate", "male", "1954-04-09",
         "mCRPC after abiraterone and docetaxel, PSMA PET negative (PSMA-negative liver lesions): lutetium Lu 177 vipivotide tetraxetan",
         "FDA label PLUVICTO 1 Indications: PSMA-positive mCRPC only; PSMA-negative imaging contradicts the gate",
         "2024-09-03", hc("lutetium Lu 177 vipivotide tetraxetan"), "refer-to-reviewer",
         encodings=["service HCPCS A9607", "PSMA PET SNOMED Negative", "docetaxel as text 'Taxotere'"])
p = prostate_primary(c, "2019-01-14", "both")
c.condition(LIVER_MET, None, "2023-12-04")
c.condition(HRPC, None, "2022-04-04")
adt(c, "2019-02-01", p)
c.med("statement", [rx("abiraterone")], None, "2022-04-11", "2023-11-20", status="stopped", reason=p)
c.med("statement", None, "Taxotere 75 mg/m2 q3w x6", "2023-12-18", "2024-04-01", reason=p)
c.disease_status("2024-07-15", True, p)
c.obs(None, "PSMA PET/CT", "2024-08-05", ("cc", [NEG], "PSMA-negative: liver lesions without PSMA uptake"), category="imaging", focus=p)

c = case(59, "lab-prostate-radium-crpc-bone-only", "prostate", "male", "1946-06-30",
         "CRPC with symptomatic bone metastases (ICD-10 C79.51), no visceral disease: radium Ra 223 dichloride (HCPCS A9606)",
         "FDA label XOFIGO 1 Indications: castration-resistant prostate cancer with symptomatic bone metastases and no known visceral metastatic disease; ALSYMPCA (NEJM 2013)",
         "2024-05-14", hc("radium Ra 223 dichloride"), "supported",
         encodings=["service HCPCS A9606 (no J/Q code exists)", "bone met ICD-10 only", "HRPC both codes", "bone pain text Condition"])
p = prostate_primary(c, "2017-09-18", "icd")
c.condition([BONE_MET[1]], None, "2023-10-02")
c.condition(HRPC, None, "2023-10-02")
c.condition(None, "Bone pain due to metastatic prostate cancer, on oxycodone", "2024-03-18")
adt(c, "2017-10-02", p)
psa_series(c, (("2024-01-08", 24.0), ("2024-04-08", 41.0)))
c.obs(None, "CT chest/abdomen/pelvis", "2024-04-15", ("s", "No visceral or nodal metastases"), category="imaging", focus=p)

c = case(60, "lab-prostate-radium-visceral-mets", "prostate", "male", "1952-01-17",
         "CRPC with bone AND liver metastases: radium Ra 223 dichloride",
         "FDA label XOFIGO 1 Indications: only without known visceral metastatic disease; liver metastases contradict the gate",
         "2024-08-06", hc("radium Ra 223 dichloride"), "refer-to-reviewer",
         encodings=["service HCPCS A9606", "liver met SNOMED + ICD-10", "castration from labs"])
p = prostate_primary(c, "2018-11-05", "sct")
c.condition(BONE_MET, None, "2023-01-09")
c.condition(LIVER_MET, None, "2024-06-17")
adt(c, "2018-12-03", p)
c.lab(TESTO[0], TESTO[1], "2024-06-10", 12, "ng/dL", "ng/dL")
psa_series(c, (("2024-02-12", 8.0), ("2024-06-10", 27.5)))

c = case(61, "lab-prostate-cabazitaxel-after-docetaxel", "prostate", "male", "1950-10-05",
         "mCRPC progressed after docetaxel (6 cycles) and abiraterone: cabazitaxel",
         "FDA label JEVTANA 1 Indications: with prednisone for metastatic castration-resistant prostate cancer previously treated with a docetaxel-containing regimen; TROPIC (Lancet 2010), CARD (NEJM 2019)",
         "2024-07-23", rx("cabazitaxel"), "supported",
         encodings=["Condition SNOMED + ICD-10 (mcode)", "HRPC ICD-10 Z19.2 only", "docetaxel MedicationAdministration RxNorm", "prednisone text"])
p = prostate_primary(c, "2019-04-22", "mcode")
c.condition(BONE_MET, None, "2019-04-22", profile="mcode-secondary-cancer-condition", primary=p)
c.condition([HRPC[1]], None, "2022-08-01")
adt(c, "2019-05-06", p)
c.med("statement", [rx("abiraterone")], None, "2022-08-15", "2023-09-18", status="stopped", reason=p)
c.med("statement", None, "prednisone 5 mg BID", "2022-08-15", "2023-09-18", status="stopped", reason=p)
for d in ("2023-10-09", "2023-10-30", "2023-11-20", "2023-12-11", "2024-01-02", "2024-01-22"):
    c.med("admin", [rx("docetaxel")], None, d, reason=p)
c.disease_status("2024-06-24", True, p)

c = case(62, "lab-prostate-cabazitaxel-docetaxel-naive", "prostate", "male", "1957-03-14",
         "mCRPC after abiraterone only, never received docetaxel: cabazitaxel",
         "FDA label JEVTANA 1 Indications: requires prior docetaxel-containing regimen; docetaxel-naive contradicts the gate",
         "2024-10-08", rx("cabazitaxel"), "refer-to-reviewer",
         encodings=["Condition ICD-10 only", "HRPC SNOMED only", "abiraterone MedicationRequest stopped"])
p = prostate_primary(c, "2020-07-13", "icd")
c.condition(BONE_MET, None, "2020-07-13")
c.condition([HRPC[0]], None, "2023-03-06")
adt(c, "2020-08-03", p)
c.med("request", [rx("abiraterone")], None, "2023-03-13", "2024-08-26", status="stopped", reason=p)
c.disease_status("2024-09-09", True, p)

c = case(63, "lab-prostate-leuprolide-advanced", "prostate", "male", "1955-05-27",
         "Newly diagnosed metastatic prostate cancer (bone), testosterone 480 ng/dL: leuprolide (stands in for relugolix, advanced prostate cancer)",
         "FDA label LUPRON DEPOT / ELIGARD 1 Indications: palliative treatment of advanced prostate cancer (relugolix/ORGOVYX HERO has the same 'advanced prostate cancer' gate; no verified RxNorm ingredient code for relugolix was found)",
         "2024-02-20", rx("leuprolide"), "supported",
         encodings=["Condition text only", "bone met SNOMED + ICD-10", "testosterone 2986-8 ng/dL", "stage SNOMED 258228008"])
p = prostate_primary(c, "2024-01-15", "text", text="Prostate adenocarcinoma, Gleason 4+4=8, metastatic to bone")
c.condition(BONE_MET, None, "2024-01-29")
c.stage("2024-02-01", [STG["4"]], None, p)
c.lab(TESTO[0], TESTO[1], "2024-01-22", 480, "ng/dL", "ng/dL")
psa_series(c, (("2024-01-22", 64.0),))

c = case(64, "lab-prostate-darolutamide-castration-unknown", "prostate", "male", "1951-09-09",
         "M0 prostate cancer on leuprolide with rising PSA (1.2 -> 2.9 ng/mL), no testosterone level and no CRPC diagnosis: darolutamide",
         "FDA label NUBEQA 1 Indications: nmCRPC (needs castration resistance) or metastatic HSPC (needs metastases); M0 excludes the latter and castrate testosterone / CRPC status is not documented",
         "2024-10-15", rx("darolutamide"), "needs-documentation", missing=["castration"],
         encodings=["Condition SNOMED + ICD-10", "PSA series only, no testosterone", "cM0"])
p = prostate_primary(c, "2020-02-03", "both")
adt(c, "2022-01-10", p)
psa_series(c, (("2024-03-04", 1.2), ("2024-07-08", 2.9)))
c.tnm("2024-08-19", "M", "cM0", p)


def check(cases):
    ids = set()
    for c in cases:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        urns = {e["fullUrl"] for e in c["bundle"]["entry"]}
        rids = [e["resource"]["id"] for e in c["bundle"]["entry"]]
        assert len(rids) == len(set(rids))
        pats = [e for e in c["bundle"]["entry"] if e["resource"]["resourceType"] == "Patient"]
        assert len(pats) == 1 and pats[0]["resource"]["id"].startswith("lab-")
        s = json.dumps(c["bundle"])
        import re
        for ref in re.findall(r'"reference": "([^"]+)"', s):
            assert ref in urns, (c["id"], ref)
        dates = re.findall(r'"(\d{4}-\d{2}-\d{2})"', s)
        assert all(d <= c["date"] for d in dates if not d.startswith(("19", "18"))), (c["id"], max(dates), c["date"])


MD_HEAD = """# Label-based medical-necessity cases (independent set)

Written by `scripts/gen-label-cases.py` (stdlib Python, deterministic, no network); do not edit
`label-cases.json` or this file by hand. Same schema as `cases.json`; patients `lab-<n>`.

This set was written by a different hand from the project's reader and case generator, without
reading them. Expected answers come from the FDA label (section 1, Indications and Usage) of the
requested drug and its pivotal trial, not from `pathways/*.toml`. The bundles imitate how real
EHR feeds write oncology data, and the encodings vary deliberately from case to case (see the
per-case list). `expected_missing` names only facts the label gate needs and the record lacks; an
engine may list more.

Expected values: `supported` = the record documents what the label gate needs;
`needs-documentation` = a gate fact is simply absent; `refer-to-reviewer` = the record
contradicts the gate (or the drug is not indicated for this situation).
"""

MD_ENC = """
## Encodings used (across the set)

- **Conditions**: ICD-10-CM only (`http://hl7.org/fhir/sid/icd-10-cm`); SNOMED CT only; both with
  `code.text`; text only (e.g. "Adenocarcinoma of lung, stage IV"); mCODE
  PrimaryCancerCondition (profile, `category` encounter-diagnosis, histology-morphology-behavior
  extension, bodySite) and SecondaryCancerCondition (related-primary-cancer-condition extension);
  metastases as separate Conditions (SNOMED 94222008 / ICD-10 C79.51 bone, 94381002 / C78.7 liver,
  94225005 / C79.31 brain) or text only; castration resistance as a diagnosis (SNOMED 427492003
  "Hormone refractory prostate cancer", ICD-10-CM Z19.2 "Hormone resistant malignancy status",
  either or both, or the text "mCRPC").
- **Stage**: LOINC 21908-9 (clinical) / 21902-2 (pathological) stage group, valued with
  `http://cancerstaging.org` roman codes (`IV`, `IIIA`, `IIB`, `IVA`...), numeric-style codes
  (`4`, `3A`) or SNOMED stage qualifiers (258215001 stage 1 ... 258228008 stage 4), with or
  without `text`; mCODE TNM profiles; separate T/N/M category Observations (21905-5/21906-3/21907-1
  clinical, 21899-0/21900-6/21901-4 pathological) with c/p prefixes (`cT2b`, `pN1a`, `cM0`);
  some records carry no stage Observation at all (stage only in condition text).
- **Labs (US Core)**: PSA LOINC 2857-1 in ng/mL (series), testosterone LOINC 2986-8 in ng/dL,
  UCUM units.
- **Tumor markers (mCODE TumorMarkerTest)**: ER 16112-5 / 85337-4, PR 16113-3 / 85339-0 with SNOMED
  10828004 / 260385009, LOINC answers LA6576-8 / LA6577-6, or valueQuantity %; HER2 IHC 85319-2
  with LOINC answers LA6111-4 (0), LA11841-6 (1+), LA11842-4 (2+) or valueString ("3+", "1+",
  "0"); HER2 interpretation 48676-1; HER2 ISH 85318-4 ("Not amplified"); PD-L1 85147-9 as
  valueQuantity %, valueString "TPS 60%", or a text-only code ("PD-L1 (22C3) TPS" = "30%");
  MSI 81695-9 with SNOMED 260373001 Detected + text "MSI-H" or 260415000 Not detected + "MSS";
  MMR IHC as text; Gleason 35266-6 valueInteger; nodes 21893-3 / 21894-1 counts; menstrual status
  8678-5 (text "Postmenopausal") present in two cases and deliberately absent in others.
- **Genomics**: Genomics Reporting `variant` or mCODE `mcode-genomic-variant` Observations, code
  69548-6, value LA9633-4 Present / LA9634-2 Absent, components 48018-6 gene studied (HGNC ids:
  EGFR 3236, KRAS 6407, BRAF 1097, ALK 427, RET 9967, MET 7029, ROS1 10261, NRAS 7989, PIK3CA 8975,
  BRCA1 1100, BRCA2 1101), 48005-3 amino-acid change written short (p.G12C, p.L858R, p.V600E) or
  three-letter (p.Gly12Cys, p.Leu858Arg, p.Val600Glu, p.His1047Arg, p.Ala767_Val769dup), 48004-6
  DNA change (c.34G>T, NM_005228.5:c.2573T>G, c.3028+1G>T), 81252-9 discrete variant text for
  fusions / amplification ("EML4-ALK fusion", "KIF5B::RET fusion", "CD74-ROS1 fusion"), 48002-0
  genomic source as text ("Germline", "Somatic"); some results only as text Observations
  ("ALK (2p23) break-apart FISH", "KRAS codon 12/13 mutation analysis (PCR)").
- **Performance status**: ECOG LOINC 89247-1 valueInteger or LOINC answer LA9622-7 (ECOG 0).
- **Therapy history**: MedicationAdministration (per cycle), MedicationRequest (status
  completed / stopped / active / draft) and MedicationStatement (completed / stopped / active),
  coded by RxNorm ingredient, or text / brand only ("Alimta (pemetrexed) maintenance", "Xeloda",
  "Herceptin", "Perjeta", "Taxotere", "Kadcyla", "Eloxatin 85 mg/m2", "Eligard 45 mg",
  "mFOLFOX6 (oxaliplatin, leucovorin, 5-FU)", "AC-T ...", leucovorin and prednisone always text).
- **Procedures**: CPT (19301 lumpectomy, 19303 mastectomy, 44140 / 44160 / 44204 colectomy,
  77386 IMRT, 77412 radiation delivery) or SNOMED 392021009 lumpectomy.
- **Progression**: mCODE CancerDiseaseStatus LOINC 97509-4 = SNOMED 271299001 (worsened) or
  359746009 (stable), or a new metastasis Condition with a note.
- **Service**: RxNorm ingredient RXCUI, or HCPCS (J9303 panitumumab, J9173 durvalumab; A9607
  lutetium Lu 177 vipivotide tetraxetan and A9606 radium-223 are A codes: no J/Q code exists).

## Substitutions and codes that could not be verified

The brief asked for elacestrant, capivasertib, talazoparib, fruquintinib, relugolix and
amivantamab cases. No stored public source confirmed their RxNorm ingredient RXCUIs (nor
amivantamab's HCPCS code), so no case requests them. Where another verified drug has the same
label gate, it stands in: alpelisib + fulvestrant for the PIK3CA route (capivasertib), olaparib
gBRCA metastatic (OlympiAD) for talazoparib (EMBRACA), leuprolide for relugolix (advanced prostate
cancer), osimertinib with an EGFR exon 20 insertion (refer) for the exon 20 theme. The elacestrant
(ESR1) and fruquintinib cases are not in the set. Pemetrexed, leucovorin and prednisone appear
only as text. Where each service code was verified is commented in the script (`RX`, `HC`).

## Known judgement calls

- `lab-nsclc-pembro-tps0-monotherapy`: refer is right for pembrolizumab **monotherapy**; with
  pemetrexed + platinum (KEYNOTE-189) PD-L1 is not required. The record orders pembrolizumab
  alone (draft MedicationRequest "monotherapy"); a twin that cannot see the regimen may differ.
- `lab-breast-palbociclib-age63-no-menopause`: supported only if age >= 60 is taken as
  postmenopausal (NCCN definition); `lab-breast-palbociclib-age41-menopause-unknown` is the
  counterpart.
- `lab-prostate-olaparib-hrr-untested`: `expected_missing` is left empty because the missing fact
  may be reported as `hrr` or `brca` (PROfound vs PROpel routes).
- Stage-IIB durvalumab: the perioperative (AEGEAN) indication is not met because the patient had
  definitive chemoradiation, not neoadjuvant chemotherapy and surgery.
- Sotorasib first line and sacituzumab after one prior therapy are refer (the record documents
  no / too few prior lines); an engine cannot distinguish "not given" from "not recorded".
"""


def render_md(cases, counts):
    out = [MD_HEAD, "\n## Counts\n\n| cancer | supported | needs-documentation | refer-to-reviewer | total |\n|---|---|---|---|---|\n"]
    for k in ("breast", "nsclc", "colorectal", "prostate"):
        v = counts.get(k, {})
        out.append(f"| {k} | {v.get('supported', 0)} | {v.get('needs-documentation', 0)} | {v.get('refer-to-reviewer', 0)} | {sum(v.values())} |\n")
    out.append(f"| all | {sum(v.get('supported', 0) for v in counts.values())} | {sum(v.get('needs-documentation', 0) for v in counts.values())} | {sum(v.get('refer-to-reviewer', 0) for v in counts.values())} | {len(cases)} |\n")
    enc = {c.cid: c.encodings for c in CASES}
    for k in ("nsclc", "breast", "colorectal", "prostate"):
        for e in ("supported", "needs-documentation", "refer-to-reviewer"):
            rows = [c for c in cases if c["cancer"] == k and c["expected"] == e]
            if not rows:
                continue
            out.append(f"\n### {k} / {e}\n\n| id | service | missing | encodings |\n|---|---|---|---|\n")
            for c in rows:
                s = c["service"]
                sysname = "RxNorm" if s["system"] == RXNORM else "HCPCS"
                miss = ", ".join(c.get("expected_missing", [])) if e == "needs-documentation" else ""
                name = s["display"] if sysname == "RxNorm" else next(k for k, v in HC.items() if v[0] == s["code"])
                out.append(f"| `{c['id']}` | {name} ({sysname} {s['code']}) | {miss} | {'; '.join(enc[c['id']])} |\n")
    out.append(MD_ENC)
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "tests", "fixtures", "necessity", "label-cases.json"))
    args = ap.parse_args()
    cases = [c.to_json() for c in CASES]
    check(cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["cancer"], {}).setdefault(c["expected"], 0)
        counts[c["cancer"]][c["expected"]] += 1
    with open(args.out, "w") as f:
        json.dump({"cases": cases}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    md = os.path.join(os.path.dirname(args.out), "label-cases.md")
    with open(md, "w") as f:
        f.write(render_md(cases, counts))
    print(f"wrote {len(cases)} cases to {os.path.normpath(args.out)} and {os.path.normpath(md)}")
    for k, v in counts.items():
        print(k, v)


if __name__ == "__main__":
    main()
