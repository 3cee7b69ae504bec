#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-17.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: early-stage and perioperative decisions, where the stage is everything --
neoadjuvant, adjuvant, perioperative and consolidation indications whose label
gates are stage, nodal status, resection and pathological response
(pembrolizumab KEYNOTE-522, abemaciclib monarchE, ribociclib NATALEE, olaparib
OlympiA, ado-trastuzumab emtansine KATHERINE, pertuzumab APHINITY, osimertinib
ADAURA and LAURA, alectinib ALINA, atezolizumab IMpower010, pembrolizumab
KEYNOTE-091, nivolumab CheckMate-816/77T, durvalumab PACIFIC, oxaliplatin MOSAIC,
capecitabine X-ACT / NO16968 / rectal chemoradiotherapy, bevacizumab and
pembrolizumab outside the adjuvant colon setting, enzalutamide EMBARK and
PROSPER, apalutamide SPARTAN, abiraterone LATITUDE, leuprolide, degarelix and
goserelin with radiotherapy). Stage is written the many ways real systems write
it: AJCC roman stage group as text or SNOMED CT qualifier, AJCC numeric code
("3B", http://cancerstaging.org), separate c/p/yp TNM category Observations
(mCODE LOINC codes), node counts as numbers or pathology text, residual disease
after neoadjuvant therapy, Condition.stage.summary text (AJCC 7th / Dukes),
resection as a CPT or SNOMED CT Procedure with margin status, PSA doubling time
stated or computable from serial PSA values only.

Written blind: the author read only tests/fixtures/necessity/README.md,
scripts/gen-label-cases-15.py (whole file; its builders, validation and Markdown
renderer are copied here) and the "Code verification" sections of
label-cases-12..16.md. Not read: src/, crates/, pathways/, README.md, any
tests/fixtures/necessity/*.json, any other scripts/gen-*.py.

Usage:
    python3 scripts/gen-label-cases-17.py           # write the .json and .md
    python3 scripts/gen-label-cases-17.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Codes: every coding written is looked up in VERIFIED below (system, code ->
display, source tags); the .md code-verification table is generated from the
codings actually used. Sources are those cited by label-cases-12..16 plus, for
this set: [CANSHARE] a public SNOMED CT AJCC stage-group value set (find_string
id 18115121853) with a second pairing per code; [MCODE17] the mCODE staging
ValueSet FSH listing the LOINC TNM observation codes (find_string id
40891610556); [AJCC] http://cancerstaging.org numeric stage-group codes
("3C" = IIIC) as used in public FHIR code; [GEN17] other public pairings (ids
listed). Darolutamide, relugolix, vinorelbine, etoposide, flutamide, leucovorin
and prednisone are not coded (no verified ingredient RXCUI here): they appear as
text only, and darolutamide is not requested.
"""
import argparse
import base64
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-17.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-17.md"
NS = uuid.UUID("9d3b7a17-2c4e-4f17-8a17-17e0c5a9b017")

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
CPT = "http://www.ama-assn.org/go/cpt"
AJCC = "http://cancerstaging.org"
TH = "http://terminology.hl7.org/CodeSystem/"
LOCAL = "http://lab.example-hospital.org/fhir/CodeSystem/local-results"
SYSNAME = {RX: "RxNorm", HCPCS: "HCPCS", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", HGNC: "HGNC", CPT: "CPT", HGVS: "HGVS", AJCC: "AJCC"}
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology"}

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- HCPCS: requested services and chart administrations
for code, disp, src in [
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9022", "Injection, atezolizumab, 10 mg", "ADDB, ANWEB"),
    ("J9299", "Injection, nivolumab, 1 mg", "ADDB, ANWEB"),
    ("J9173", "Injection, durvalumab, 10 mg", "ADDB, ANWEB"),
    ("J9354", "Injection, ado-trastuzumab emtansine, 1 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9155", "Injection, degarelix, 1 mg", "ADDB, ANWEB"),
    ("J9202", "Goserelin acetate implant, per 3.6 mg",
     "GEN17 33379528970 (prior-auth sample row pairing J9202 with 'GOSERELIN ACETATE IMPLANT, PER 3.6 MG', code type HCPCS) / "
     "47814293184 (VistA encounter-form HCPCS list 'J9202 Goserelin Acetate Implant 3.6mg')"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9000", "Injection, doxorubicin hydrochloride, 10 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9060", "Injection, cisplatin, powder or solution, 10 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
]:
    V(HCPCS, code, disp, src)

# ---- RxNorm ingredients
for code, disp, src in [
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1727455", "alectinib", "RXL, TRL"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("1100072", "abiraterone", "RXL, TRL"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("224905", "trastuzumab", "TRM, OMOPL, GEN 61430868925"),
]:
    V(RX, code, disp, src)

# ---- ICD-10-CM
for code, disp, src in [
    ("C18.2", "Malignant neoplasm of ascending colon", "ICDX"),
    ("C18.7", "Malignant neoplasm of sigmoid colon", "ICDX"),
    ("C20", "Malignant neoplasm of rectum", "ICDX"),
    ("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "ICDX"),
    ("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "ICDX"),
    ("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "ICDX"),
    ("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung", "ICDX"),
    ("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast", "ICDX"),
    ("C50.911", "Malignant neoplasm of unspecified site of right female breast", "ICDX"),
    ("C50.912", "Malignant neoplasm of unspecified site of left female breast", "ICDX"),
    ("C61", "Malignant neoplasm of prostate", "ICDX"),
    ("C79.51", "Secondary malignant neoplasm of bone", "ICDX"),
    ("Z17.0", "Estrogen receptor positive status [ER+]", "ICDX"),
    ("Z17.1", "Estrogen receptor negative status [ER-]", "GEN14 55661557572"),
    ("Z19.1", "Hormone sensitive malignancy status", "GEN14 55661557572 / 12312469823 / 12053113399"),
    ("Z19.2", "Hormone resistant malignancy status", "ICDX"),
]:
    V(ICD, code, disp, src)

# ---- SNOMED CT
for code, disp, src in [
    ("1222837003", "American Joint Committee on Cancer stage IV (qualifier value)", "GEN 18131229102 / 18115121853"),
    ("1222769001", "American Joint Committee on Cancer stage IIB (qualifier value)",
     "CANSHARE 18115121853 ('IIB'); GEN17 40655546085 / 15545145458 (mCODE example TNM stage group)"),
    ("1222802001", "American Joint Committee on Cancer stage IIIA (qualifier value)",
     "CANSHARE 18115121853 ('IIIA'); GEN17 67168720842 ('Cancer stage SNOMED code corrected ... 1222802001 IIIA')"),
    ("1222806003", "American Joint Committee on Cancer stage IIIC (qualifier value)",
     "CANSHARE 18115121853 ('IIIC'); GEN17 36949945546 / 41279242222 (mCODE Condition stage.summary)"),
    ("254637007", "Non-small cell lung cancer (disorder)", "MCODE"),
    ("254837009", "Malignant neoplasm of breast (disorder)", "MCODE"),
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("73056007", "Right breast structure", "GEN14 53250974630 / 14446098577"),
    ("80248007", "Left breast structure", "GEN14 53734731630 / 53261709540"),
    ("76498008", "Postmenopausal state", "GEN 53237695867 / 54523174829"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    ("173171007", "Lobectomy of lung",
     "GEN17 66422976363 (coding display 'Lobectomy of lung') / 43247335714 / 56931920256 (lobectomy); "
     "other public files mislabel this id, see the .md note"),
    ("26294005", "Radical prostatectomy (procedure)",
     "GEN17 69458401736 (MII onco prostate example Procedure) / 19785080549 (SNOMED descendant test)"),
]:
    V(SCT, code, disp, src)

# ---- LOINC
for code, disp, src in [
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("11488-4", "Consult note", "GEN 54149578163 / 57160072403"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
    ("21908-9", "Stage group.clinical Cancer", "MCODE"),
    ("21902-2", "Stage group.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889"),
    ("21905-5", "Primary tumor.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21906-3", "Regional lymph nodes.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21907-1", "Distant metastases.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21899-0", "Primary tumor.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889 / 52481248369"),
    ("21900-6", "Regional lymph nodes.pathology [Class] Cancer", "MCODE17 40891610556; GEN17 34087727747 / 52481248369"),
    ("21901-4", "Distant metastases.pathology [Class] Cancer", "MCODE17 40891610556; GEN17 52481248369"),
    ("21893-3", "Regional lymph nodes positive [#] Specimen", "GEN17 71048029361 / 70795553889"),
    ("21894-1", "Regional lymph nodes examined [#] Specimen", "GEN17 70795553889 / 70257144365"),
    ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "MCODE"),
    ("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "GEN 41511871330"),
    ("48004-6", "DNA change (c.HGVS)", "GEN 4706047252 / 61384671171"),
    ("48005-3", "Amino acid change (pHGVS)", "GEN 59721034127 / 69512973287"),
    ("48018-6", "Gene studied [ID]", "MCODE"),
    ("48676-1", "HER2 [Interpretation] in Tissue", "MCODE"),
    ("51969-4", "Genetic analysis report", "GEN14 41597787145 / 29301661751"),
    ("69548-6", "Genetic variant assessment", "MCODE"),
    ("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative", "MCODE"),
    ("85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH", "MCODE"),
    ("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", "MCODE"),
    ("89247-1", "ECOG Performance Status score", "MCODE"),
    ("97509-4", "Cancer Disease Progression", "MCODE"),
    ("LA6576-8", "Positive", "MCODE"),
    ("LA6577-6", "Negative", "MCODE"),
    ("LA9633-4", "Present", "MCODE"),
    ("LA9634-2", "Absent", "MCODE"),
]:
    V(LN, code, disp, src)

# ---- HGNC
for code, disp, src in [
    ("HGNC:1100", "BRCA1", "GEN15 48499960154 / 8530574144"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:427", "ALK", "GEN15 68309973542 / 16105278727"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:7989", "NRAS", "GEN15 59660611392 / 14300782392"),
]:
    V(HGNC, code, disp, src)

# ---- CPT (CPT rows of CMS OPPS Addendum B)
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("19307", "Mastectomy, modified radical"),
    ("38745", "Axillary lymphadenectomy; complete"),
    ("38525", "Biopsy or excision of lymph node(s); open, deep axillary node(s)"),
    ("31652", "Bronchoscopy with EBUS-guided transtracheal/transbronchial sampling, 1 or 2 nodal stations"),
    ("32663", "Thoracoscopy, surgical; with lobectomy"),
    ("44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"),
    ("45380", "Colonoscopy, flexible; with biopsy, single or multiple"),
    ("55866", "Laparoscopy, surgical prostatectomy, retropubic radical"),
    ("77301", "Intensity modulated radiotherapy plan"),
    ("78306", "Bone and/or joint imaging; whole body"),
    ("78815", "PET with concurrently acquired CT; skull base to mid-thigh"),
    ("81162", "BRCA1, BRCA2 full sequence analysis and full duplication/deletion analysis"),
    ("81445", "Targeted genomic sequence analysis panel, solid organ neoplasm, 5-50 genes"),
]:
    V(CPT, code, disp, "CPTA")

# ---- AJCC numeric stage-group codes (http://cancerstaging.org)
for code, disp in [("3A", "IIIA"), ("3B", "IIIB"), ("3C", "IIIC"), ("4A", "IVA")]:
    V(AJCC, code, disp, "AJCC")

# ---- FHIR R4 terminology
for sysname, code, disp in [
    ("condition-clinical", "active", "Active"),
    ("condition-ver-status", "confirmed", "Confirmed"),
    ("condition-category", "problem-list-item", "Problem List Item"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis"),
    ("observation-category", "laboratory", "Laboratory"),
    ("observation-category", "imaging", "Imaging"),
    ("observation-category", "survey", "Survey"),
    ("observation-category", "social-history", "Social History"),
    ("observation-category", "exam", "Exam"),
    ("v2-0074", "GE", "Genetics"),
    ("v2-0074", "PAT", "Pathology (gross & histopath, not surgical)"),
    ("v2-0074", "RAD", "Radiology"),
]:
    V(TH + sysname, code, disp, "FHIR")

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..16"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..16"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12..16"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12..16"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12..16"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12..16"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12..16"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13..16"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12..16"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12..16"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12..16"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..16"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..16"),
    ("MCODE17", "mCODE staging ValueSet FSH read for this set (find_string / read_file id 40891610556: ObservationCodesStageGroupVS, ...PrimaryTumorVS, ...RegionalNodesVS, ...DistantMetastasesVS, with the LOINC displays used here)"),
    ("CANSHARE", "public SNOMED CT AJCC stage-group value set (NZ CanShare pathological TNM group FSH, read_file id 18115121853: '$snomed#1222769001 \"IIB\"', '#1222802001 \"IIIA\"', '#1222806003 \"IIIC\"', '#1222837003 \"IV\"'); display in the mCODE form 'American Joint Committee on Cancer stage X (qualifier value)'"),
    ("AJCC", "AJCC numeric stage-group codes of http://cancerstaging.org as written in public FHIR code (find_string ids 21650994909 / 36016507272: system cancerstaging.org, code '3C', display 'IIIC') and the AJCC 8th automatic staging tables of WorldVistA/VistA-M Packages/Oncology/Routines/ONCSGA8C.m (stage groups '3A', '3B', '4A'); display = roman stage group"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..16"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14..16"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol (find_string ids listed), as cited in label-cases-15/16"),
    ("GEN17", "public code pairing the code with its name, found for this set with find_string (ids listed)"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification)"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
]


# ---------------------------------------------------------------- builders
def coding(system, code, display=None):
    if system in (HGVS, LOCAL):
        return {"system": system, "code": code, **({"display": display} if display else {})}
    if (system, code) not in VERIFIED:
        raise SystemExit(f"unverified code {system} {code}")
    return {"system": system, "code": code, "display": display or VERIFIED[(system, code)][0]}


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [c if isinstance(c, dict) else coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def tcc(text):
    return {"text": text}


def qty(v, unit, code=None):
    q = {"value": v, "unit": unit}
    if code:
        q.update({"system": "http://unitsofmeasure.org", "code": code})
    return {"valueQuantity": q}


def vcc(*codings, text=None):
    return {"valueCodeableConcept": cc(*codings, text=text)}


def vstr(s):
    return {"valueString": s}


def ocat(code):
    return [cc((TH + "observation-category", code))]


POS = (LN, "LA6576-8")
NEG = (LN, "LA6577-6")
PRESENT = (LN, "LA9633-4")
ABSENT = (LN, "LA9634-2")


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, description,
                 basis, reason, gender, birth, name):
        self.cid = f"lab17-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.pid = "nec17-" + self.cid[len("lab17-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.17",
                            "value": f"MRN17{num:02d}{cancer[:2].upper()}"}],
            "name": [{"family": fam, "given": [given]}],
            "gender": gender, "birthDate": birth}})
        self.subj = {"reference": self.purl}

    # generic ------------------------------------------------------------
    def add(self, res):
        self.n += 1
        rid = str(uuid.uuid5(NS, f"{self.cid}/{self.n}"))
        res = {"resourceType": res.pop("resourceType"), "id": rid, **res}
        url = "urn:uuid:" + rid
        self.entries.append({"fullUrl": url, "resource": res})
        return url

    def cond(self, code, onset, *, cat="problem-list-item", clinical="active",
             body=None, stage=None, note=None, recorded=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc((TH + "condition-clinical", clinical)),
             "verificationStatus": cc((TH + "condition-ver-status", "confirmed")),
             "category": [cc((TH + "condition-category", cat))],
             "code": code, "subject": self.subj, "onsetDateTime": onset,
             "recordedDate": recorded or onset}
        if body:
            r["bodySite"] = [body]
        if stage:
            r["stage"] = [{"summary": stage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, code, date, value=None, *, cat="laboratory", comps=None, note=None,
            interp=None, method=None, specimen_text=None, derived=None, status="final"):
        r = {"resourceType": "Observation", "status": status}
        if cat:
            r["category"] = ocat(cat)
        r.update({"code": code, "subject": self.subj, "effectiveDateTime": date,
                  "issued": date + "T12:00:00Z"})
        if value:
            r.update(value)
        if interp:
            r["interpretation"] = [interp]
        if method:
            r["method"] = tcc(method)
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        if derived:
            r["derivedFrom"] = [{"reference": u} for u in derived]
        return self.add(r)

    def variant(self, date, gene, *, present=True, c=None, p=None, text=None, note=None):
        """mCODE-style genomic variant Observation (69548-6 + components)."""
        comps = [{"code": cc((LN, "48018-6")), "valueCodeableConcept": cc((HGNC, gene))}]
        if c:
            comps.append({"code": cc((LN, "48004-6")),
                          "valueCodeableConcept": cc((HGVS, c), text=c)})
        if p:
            comps.append({"code": cc((LN, "48005-3")),
                          "valueCodeableConcept": cc((HGVS, p), text=p)})
        return self.obs(cc((LN, "69548-6")), date,
                        vcc(PRESENT if present else ABSENT, text=text), comps=comps, note=note)

    def med(self, kind, med, date, *, status=None, end=None, note=None, reason=None,
            dose=None, intent="order"):
        if kind == "admin":
            r = {"resourceType": "MedicationAdministration", "status": status or "completed",
                 "medicationCodeableConcept": med, "subject": self.subj,
                 "effectiveDateTime": date}
            if dose:
                r["dosage"] = {"text": dose}
        elif kind == "req":
            r = {"resourceType": "MedicationRequest", "status": status or "active",
                 "intent": intent, "medicationCodeableConcept": med, "subject": self.subj,
                 "authoredOn": date}
            if dose:
                r["dosageInstruction"] = [{"text": dose}]
        else:
            r = {"resourceType": "MedicationStatement", "status": status or "completed",
                 "medicationCodeableConcept": med, "subject": self.subj,
                 "effectivePeriod": {"start": date, **({"end": end} if end else {})},
                 "dateAsserted": end or date}
            if dose:
                r["dosage"] = [{"text": dose}]
        if reason:
            r["reasonCode"] = [reason]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, code, date, *, status="completed", note=None):
        r = {"resourceType": "Procedure", "status": status, "code": code,
             "subject": self.subj, "performedDateTime": date}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def sreq(self, code, date, *, status="active", note=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": "order",
             "code": code, "subject": self.subj, "authoredOn": date}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def doc(self, text, date, *, kind="11506-3", title=None):
        r = {"resourceType": "DocumentReference", "status": "current",
             "type": cc((LN, kind)), "subject": self.subj, "date": date + "T09:00:00Z",
             "content": [{"attachment": {
                 "contentType": "text/plain; charset=utf-8",
                 "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                 **({"title": title} if title else {})}}]}
        return self.add(r)

    def report(self, code, date, conclusion, *, cat="PAT", results=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc((TH + "v2-0074", cat))], "code": code,
             "subject": self.subj, "effectiveDateTime": date,
             "issued": date + "T15:00:00Z", "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": u} for u in results]
        return self.add(r)

    # common shortcuts --------------------------------------------------
    def ecog(self, date, score):
        return self.obs(cc((LN, "89247-1")), date, {"valueInteger": score}, cat="survey")

    def stage(self, date, text, *, snomed_iv=False, loinc=True):
        code = cc((LN, "21908-9")) if loinc else tcc("Cancer stage")
        val = vcc((SCT, "1222837003"), text=text) if snomed_iv else vcc(text=text)
        return self.obs(code, date, val, cat="survey")

    def progression(self, date, note=None):
        return self.obs(cc((LN, "97509-4")), date, vcc((SCT, "271299001")), cat="survey",
                        note=note)

    def psa(self, date, v):
        return self.obs(cc((LN, "2857-1")), date, qty(v, "ng/mL", "ng/mL"))

    def testosterone(self, date, v):
        return self.obs(cc((LN, "2986-8")), date, qty(v, "ng/dL", "ng/dL"))

    def postmeno(self, date):
        return self.obs(tcc("Menopausal status"), date, vcc((SCT, "76498008")),
                        cat="social-history")

    def to_json(self):
        out = {"id": self.cid, "cancer": self.cancer, "description": self.description,
               "basis": self.basis, "date": self.date, "service": self.service,
               "expected": self.expected}
        if self.expected == "needs-documentation":
            out["expected_missing"] = self.missing
        out["bundle"] = {"resourceType": "Bundle", "id": "bundle-" + self.pid,
                         "type": "collection", "entry": self.entries}
        return out


def svc(system, code, display=None):
    return coding(system, code, display)


def hc(code, text=None):
    return cc((HCPCS, code), text=text)


def rx(code, text=None):
    return cc((RX, code), text=text)


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c



# ---------------------------------------------------------------- staging helpers
def tnm(c, date, code, text, cat="survey"):
    """One TNM category Observation (mCODE LOINC code, value as written)."""
    return c.obs(cc((LN, code)), date, vcc(text=text), cat=cat)


def nodes(c, date, pos, exam):
    """Regional lymph nodes positive / examined, as two count Observations."""
    a = c.obs(cc((LN, "21893-3")), date, {"valueInteger": pos})
    b = c.obs(cc((LN, "21894-1")), date, {"valueInteger": exam})
    return [a, b]


def sg(c, date, text, *, path=False, code=None):
    """Stage group Observation: clinical (21908-9) or pathological (21902-2),
    value as text with an optional SNOMED CT or AJCC numeric coding."""
    loinc = "21902-2" if path else "21908-9"
    val = vcc(code, text=text) if code else vcc(text=text)
    return c.obs(cc((LN, loinc)), date, val, cat="survey")


def txt(c, date, name, value, cat="laboratory", note=None):
    return c.obs(tcc(name), date, vstr(value), cat=cat, note=note)


def imaging(c, date, conclusion):
    return c.report(cc((LN, "18748-4")), date, conclusion, cat="RAD")


def path(c, date, title, conclusion, results=None):
    return c.report(tcc(title), date, conclusion, cat="PAT", results=results)


def draft(c, med, date, dose=None):
    return c.med("req", med, date, status="draft", intent="proposal", dose=dose)


# ================================================================ BREAST
S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"

# b01 pembrolizumab neoadjuvant/adjuvant high-risk early TNBC (KEYNOTE-522)
c = case(1, "breast", "2026-03-10", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab (Keytruda) with neoadjuvant paclitaxel + carboplatin then AC, continued "
         "as adjuvant monotherapy after surgery, for triple-negative cT2 cN1 cM0 (clinical stage "
         "IIB) breast cancer; TNM written as three clinical category Observations and the stage "
         "group as a SNOMED CT qualifier.",
         "Keytruda label section 1 (Triple-Negative Breast Cancer): high-risk early-stage TNBC, "
         "in combination with chemotherapy as neoadjuvant treatment, then continued as a single "
         "agent as adjuvant treatment after surgery. Pivotal trial KEYNOTE-522 (AJCC T1c N1-2 or "
         "T2-4 N0-2). Record: ER <1%, PR 0%, HER2 IHC 0, cT2 (3.1 cm) with a biopsy-proven "
         "axillary node, cM0 on staging CT/bone scan, stage IIB, untreated: every gate met, so "
         "supported.",
         "TNBC cT2 cN1 M0 (stage IIB), neoadjuvant with chemotherapy",
         "female", "1984-06-11", ("Okonkwo", "Adaeze"))
c.cond(cc((ICD, "C50.912")), "2026-02-02",
       note="Core biopsy left breast 10 o'clock: invasive ductal carcinoma, Nottingham grade 3 "
            "(ICD-O-3 8500/3).")
c.obs(cc((LN, "16112-5")), "2026-02-05", vcc(NEG, text="Negative (<1%)"))
c.obs(cc((LN, "16113-3")), "2026-02-05", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "85319-2")), "2026-02-05", vcc(NEG, text="0 (negative)"))
c.proc(cc((CPT, "38525")), "2026-02-09", note="Ultrasound-guided excision of a 1.8 cm level I "
                                              "axillary node: metastatic carcinoma.")
tnm(c, "2026-02-16", "21905-5", "cT2 (3.1 cm on MRI)")
tnm(c, "2026-02-16", "21906-3", "cN1")
tnm(c, "2026-02-16", "21907-1", "cM0")
sg(c, "2026-02-16", "Clinical stage IIB (AJCC 8th anatomic)", code=(SCT, "1222769001"))
imaging(c, "2026-02-13", "Staging CT chest/abdomen/pelvis and whole-body bone scan: no distant "
                         "metastases.")
c.doc("Breast tumour board 2026-02-26: high-risk early-stage TNBC, cT2 cN1 M0. Plan KEYNOTE-522: "
      "pembrolizumab 200 mg q3w with weekly paclitaxel + carboplatin x12 weeks, then AC x4, "
      "surgery, then adjuvant pembrolizumab x9 cycles.", "2026-02-26", kind="11488-4")
draft(c, hc("J9267", "paclitaxel 80 mg/m2 weekly x12"), "2026-03-03")
draft(c, hc("J9045", "carboplatin AUC 5 q3w x4"), "2026-03-03")
draft(c, hc("J9271", "Keytruda 200 mg IV q3w (neoadjuvant) then adjuvant"), "2026-03-03")

# b02 abemaciclib adjuvant: 2/15 nodes + grade 3 (monarchE cohort 1)
c = case(2, "breast", "2026-02-20", svc(RX, "1946825"), S, None,
         "Abemaciclib (Verzenio) with letrozole as adjuvant therapy for HR-positive, HER2-negative "
         "breast cancer after modified radical mastectomy: pT2 (3.4 cm) grade 3 with 2 of 15 "
         "axillary lymph nodes positive (pN1a), node counts as numbers and in pathology text.",
         "Verzenio label section 1 (early breast cancer): with endocrine therapy (tamoxifen or an "
         "aromatase inhibitor) for adjuvant treatment of adults with HR-positive, HER2-negative, "
         "node-positive early breast cancer at high risk of recurrence. Pivotal trial monarchE "
         "(cohort 1: >= 4 positive nodes, or 1-3 with grade 3 or tumour >= 5 cm). Record: ER 95%, "
         "PR 20%, HER2 1+ (negative), 2/15 nodes positive with grade 3, letrozole started: "
         "supported.",
         "HR+/HER2- pN1a (2/15) grade 3: node-positive high risk",
         "female", "1962-09-04", ("Lindahl", "Karin"))
c.cond(cc((ICD, "C50.411"), text="Invasive ductal carcinoma, Nottingham grade 3"), "2025-09-15")
c.cond(cc((ICD, "Z17.0")), "2025-09-15")
c.obs(cc((LN, "16112-5")), "2025-09-18", vcc(POS, text="Positive, 95% strong"))
c.obs(cc((LN, "16113-3")), "2025-09-18", vcc(POS, text="Positive, 20%"))
c.obs(cc((LN, "85319-2")), "2025-09-18", vcc(text="1+"))
c.obs(cc((LN, "48676-1")), "2025-09-18", vcc(NEG, text="HER2 negative (IHC 1+)"))
c.proc(cc((CPT, "19307")), "2025-10-20", note="Right modified radical mastectomy; "
                                             "margins negative.")
t = tnm(c, "2025-10-24", "21899-0", "pT2", cat="laboratory")
n = tnm(c, "2025-10-24", "21900-6", "pN1a", cat="laboratory")
cnt = nodes(c, "2025-10-24", 2, 15)
path(c, "2025-10-24", "Surgical pathology - right mastectomy and axillary dissection",
     "Invasive ductal carcinoma, Nottingham grade 3 (3+3+2), 3.4 cm. 2/15 lymph nodes positive "
     "(largest deposit 6 mm, no extranodal extension). Margins negative. pT2 pN1a.",
     results=[t, n] + cnt)
c.postmeno("2025-09-15")
for d in ("2025-11-17", "2025-12-08", "2025-12-29", "2026-01-19"):
    c.med("admin", hc("J9171"), d)
    c.med("admin", rx("3002", "cyclophosphamide 600 mg/m2 IV"), d)
c.med("req", rx("72965", "letrozole 2.5 mg daily"), "2026-02-09")
draft(c, rx("1946825", "Verzenio 150 mg BID x 2 years with letrozole"), "2026-02-16")

# b03 ribociclib adjuvant, stage IIB as Condition.stage.summary text (NATALEE)
c = case(3, "breast", "2026-04-08", svc(RX, "1873916"), S, None,
         "Ribociclib (Kisqali) with anastrozole as adjuvant therapy for HR-positive, HER2-negative "
         "breast cancer, stage written only as Condition.stage.summary text 'Stage IIB (T2N1M0)' "
         "plus a pathology report (1/3 sentinel nodes positive).",
         "Kisqali label section 1: with an aromatase inhibitor for adjuvant treatment of adults "
         "with HR-positive, HER2-negative stage II and stage III early breast cancer at high risk "
         "of recurrence. Pivotal trial NATALEE (AJCC anatomic stage IIA-III). Record: ER 80%, PR "
         "50%, HER2 2+ with FISH not amplified, stage IIB (pT2 pN1a), postmenopausal, anastrozole "
         "started: supported.",
         "HR+/HER2- stage IIB (T2N1M0) with an aromatase inhibitor",
         "female", "1960-01-23", ("Ferreira", "Ines"))
c.cond(cc((ICD, "C50.911")), "2025-11-03", stage=tcc("Stage IIB (T2N1M0)"),
       note="Invasive ductal carcinoma, grade 2.")
c.obs(cc((LN, "16112-5")), "2025-11-06", vcc(POS, text="Positive, 80%"))
c.obs(cc((LN, "16113-3")), "2025-11-06", vcc(POS, text="Positive, 50%"))
c.obs(cc((LN, "85319-2")), "2025-11-06", vcc(text="2+ (equivocal)"))
c.obs(cc((LN, "85318-4")), "2025-11-10", vcc(NEG, text="Not amplified, HER2/CEP17 ratio 1.1"))
c.proc(cc((CPT, "19303")), "2025-12-08", note="Simple mastectomy with sentinel node biopsy.")
path(c, "2025-12-12", "Surgical pathology - right breast and sentinel nodes",
     "Invasive ductal carcinoma, grade 2, 2.6 cm (pT2). Sentinel nodes: 1/3 with a 4 mm "
     "macrometastasis (pN1a). Margins negative.")
c.postmeno("2025-11-03")
c.med("req", rx("84857", "anastrozole 1 mg daily"), "2026-03-02")
draft(c, rx("1873916", "Kisqali 400 mg daily d1-21 q28d x 3 years with anastrozole"), "2026-04-02")

# b04 olaparib adjuvant gBRCA1 TNBC with residual disease after neoadjuvant (OlympiA)
c = case(4, "breast", "2026-05-12", svc(RX, "1597582"), S, None,
         "Olaparib (Lynparza) as adjuvant therapy for germline BRCA1-mutated triple-negative breast "
         "cancer with residual invasive carcinoma 1.2 cm and 1/12 nodes (ypT1c ypN1a) after "
         "neoadjuvant carboplatin/paclitaxel then AC.",
         "Lynparza label section 1 (adjuvant early breast cancer): adjuvant treatment of adults "
         "with deleterious or suspected deleterious gBRCAm HER2-negative high-risk early breast "
         "cancer who have been treated with neoadjuvant or adjuvant chemotherapy. Pivotal trial "
         "OlympiA (TNBC after neoadjuvant chemotherapy: residual invasive disease). Record: "
         "germline BRCA1 c.5266dupC, ER/PR/HER2 negative, neoadjuvant chemotherapy given, "
         "residual invasive disease (no pCR): supported.",
         "gBRCA1 TNBC, residual ypT1c ypN1a after neoadjuvant chemotherapy",
         "female", "1979-02-17", ("Levi", "Tamar"))
c.cond(cc((ICD, "C50.912")), "2025-05-05")
c.obs(cc((LN, "16112-5")), "2025-05-08", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "16113-3")), "2025-05-08", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "85319-2")), "2025-05-08", vcc(NEG, text="0"))
c.stage("2025-05-14", "cT2 cN1 cM0 - clinical stage IIB")
b = c.variant("2025-05-28", "HGNC:1100", c="NM_007294.4:c.5266dupC",
              p="NP_009225.1:p.(Gln1756ProfsTer74)", text="Pathogenic germline BRCA1 variant")
c.report(cc((LN, "51969-4")), "2025-05-28", "Germline BRCA1 c.5266dupC (p.Gln1756Profs*74), "
         "pathogenic. BRCA2 no variant.", cat="GE", results=[b])
for d in ("2025-06-02", "2025-06-23", "2025-07-14", "2025-08-04"):
    c.med("admin", hc("J9267"), d)
    c.med("admin", hc("J9045"), d)
for d in ("2025-08-25", "2025-09-15", "2025-10-06", "2025-10-27"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002"), d)
c.proc(cc((CPT, "19303")), "2025-11-17")
t = tnm(c, "2025-11-21", "21899-0", "ypT1c", cat="laboratory")
n = tnm(c, "2025-11-21", "21900-6", "ypN1a", cat="laboratory")
path(c, "2025-11-21", "Surgical pathology after neoadjuvant chemotherapy",
     "Residual invasive carcinoma 1.2 cm (ypT1c); 1/12 lymph nodes with metastatic carcinoma "
     "(ypN1a). Residual cancer burden class II. No pathologic complete response. Margins "
     "negative.", results=[t, n])
c.proc(cc((CPT, "77301")), "2025-12-15", note="Adjuvant chest wall and nodal radiotherapy, "
                                              "completed 2026-02-06.")
draft(c, rx("1597582", "Lynparza 300 mg BID x 1 year"), "2026-05-06")

# b05 ado-trastuzumab emtansine after residual invasive disease (KATHERINE)
c = case(5, "breast", "2026-03-18", svc(HCPCS, "J9354"), S, None,
         "Ado-trastuzumab emtansine (Kadcyla) as adjuvant therapy for HER2-positive breast cancer "
         "(clinical stage IIIA, AJCC numeric code '3A') with residual invasive carcinoma 0.7 cm "
         "(ypT1b ypN0) after neoadjuvant docetaxel/carboplatin/trastuzumab/pertuzumab.",
         "Kadcyla label section 1 (early breast cancer): adjuvant treatment of HER2-positive early "
         "breast cancer with residual invasive disease after neoadjuvant taxane and "
         "trastuzumab-based treatment. Pivotal trial KATHERINE. Record: HER2 IHC 3+, six cycles of "
         "docetaxel + carboplatin + trastuzumab + pertuzumab, mastectomy with residual invasive "
         "carcinoma (not pCR): supported.",
         "HER2+ residual invasive disease (ypT1b ypN0) after taxane + trastuzumab",
         "female", "1975-08-30", ("Dimitrova", "Elena"))
c.cond(cc((ICD, "C50.911")), "2025-06-10")
c.obs(cc((LN, "85319-2")), "2025-06-13", vcc(POS, text="3+ (complete intense membrane staining)"))
c.obs(cc((LN, "16112-5")), "2025-06-13", vcc(NEG, text="Negative"))
sg(c, "2025-06-20", "cT2 cN2a cM0 - clinical stage IIIA", code=(AJCC, "3A"))
for d in ("2025-07-07", "2025-07-28", "2025-08-18", "2025-09-08", "2025-09-29", "2025-10-20"):
    for code in ("J9171", "J9045", "J9355", "J9306"):
        c.med("admin", hc(code), d)
c.proc(cc((CPT, "19307")), "2026-01-12")
t = tnm(c, "2026-01-16", "21899-0", "ypT1b", cat="laboratory")
n = tnm(c, "2026-01-16", "21900-6", "ypN0", cat="laboratory")
path(c, "2026-01-16", "Surgical pathology - mastectomy after neoadjuvant therapy",
     "Residual invasive carcinoma 0.7 cm (ypT1b) with treatment effect; 0/14 lymph nodes "
     "(ypN0). Residual invasive disease present: not a pathologic complete response.",
     results=[t, n])
draft(c, hc("J9354", "Kadcyla 3.6 mg/kg IV q3w x 14 cycles"), "2026-03-10")

# b06 pertuzumab adjuvant, node-positive (APHINITY)
c = case(6, "breast", "2026-01-28", svc(HCPCS, "J9306"), S, None,
         "Pertuzumab (Perjeta) with trastuzumab and paclitaxel after AC as adjuvant therapy for "
         "HER2-amplified breast cancer, pT1c pN1a (2/12 nodes), pathological stage group IIA.",
         "Perjeta label section 1 (early breast cancer): with trastuzumab and chemotherapy as "
         "adjuvant treatment of HER2-positive early breast cancer at high risk of recurrence. "
         "Pivotal trial APHINITY (node-positive, or high-risk node-negative). Record: FISH "
         "amplified, 2/12 axillary nodes positive, AC given, taxane + trastuzumab planned: "
         "supported.",
         "HER2+ node-positive (pN1a) adjuvant with trastuzumab + taxane",
         "female", "1970-10-12", ("Nilsen", "Ingrid"))
c.cond(cc((ICD, "C50.411")), "2025-09-01")
c.obs(cc((LN, "85318-4")), "2025-09-05", vcc(POS, text="Amplified, HER2/CEP17 ratio 5.2"))
c.obs(cc((LN, "16112-5")), "2025-09-05", vcc(POS, text="Positive, 40%"))
c.proc(cc((CPT, "19303")), "2025-10-06")
c.proc(cc((CPT, "38745")), "2025-10-06")
tnm(c, "2025-10-10", "21899-0", "pT1c", cat="laboratory")
tnm(c, "2025-10-10", "21900-6", "pN1a", cat="laboratory")
nodes(c, "2025-10-10", 2, 12)
sg(c, "2025-10-10", "Stage IIA (pT1c pN1a M0)", path=True)
for d in ("2025-11-03", "2025-11-17", "2025-12-01", "2025-12-15"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002"), d)
draft(c, hc("J9267", "paclitaxel 80 mg/m2 weekly x12"), "2026-01-22")
draft(c, hc("J9355", "trastuzumab 8 mg/kg then 6 mg/kg q3w to complete 1 year"), "2026-01-22")
draft(c, hc("J9306", "Perjeta 840 mg then 420 mg q3w to complete 1 year"), "2026-01-22")

# b07 abemaciclib adjuvant: nodal status pending
c = case(7, "breast", "2026-02-26", svc(RX, "1946825"), ND, ["stage"],
         "Abemaciclib with letrozole requested as adjuvant therapy for HR-positive, HER2-negative "
         "lobular carcinoma after mastectomy; primary tumour pT2 is reported but the sentinel node "
         "result (nodal status) and stage group are still pending.",
         "Verzenio label section 1: adjuvant, node-positive HR-positive HER2-negative early breast "
         "cancer at high risk of recurrence (monarchE). Receptor status, surgery and endocrine "
         "therapy are documented; the nodal category (pN) -- and so the stage group -- is absent "
         "(pathology addendum pending): needs-documentation (stage).",
         "nodal status absent: sentinel node addendum pending",
         "female", "1958-04-27", ("Moretti", "Giulia"))
c.cond(cc((ICD, "C50.912"), text="Invasive lobular carcinoma, grade 2"), "2025-11-20")
c.obs(cc((LN, "16112-5")), "2025-11-24", vcc(POS, text="Positive, 90%"))
c.obs(cc((LN, "16113-3")), "2025-11-24", vcc(POS, text="Positive, 60%"))
c.obs(cc((LN, "85319-2")), "2025-11-24", vcc(NEG, text="0 (negative)"))
c.proc(cc((CPT, "19303")), "2026-01-05", note="Sentinel lymph node biopsy performed at the same "
                                              "operation; nodes reported separately.")
t = tnm(c, "2026-01-09", "21899-0", "pT2", cat="laboratory")
path(c, "2026-01-09", "Surgical pathology - left mastectomy",
     "Invasive lobular carcinoma, grade 2, 3.8 cm (pT2). Margins negative. Sentinel lymph node "
     "specimen: report to follow in an addendum.", results=[t])
c.postmeno("2025-11-20")
c.med("req", rx("72965"), "2026-02-02")
c.doc("Oncology note 2026-02-20: considering adjuvant abemaciclib with letrozole. Sentinel node "
      "addendum still outstanding; nodal status unknown.", "2026-02-20")

# b08 olaparib adjuvant: germline BRCA result pending
c = case(8, "breast", "2026-04-22", svc(RX, "1597582"), ND, ["brca"],
         "Olaparib requested as adjuvant therapy for triple-negative pT2 pN1a breast cancer after "
         "mastectomy and adjuvant AC-paclitaxel; germline BRCA testing sent, no result.",
         "Lynparza label section 1: adjuvant gBRCAm HER2-negative high-risk early breast cancer "
         "after neoadjuvant or adjuvant chemotherapy (OlympiA). HER2-negative status, high-risk "
         "stage (IIB, 3/16 nodes) and adjuvant chemotherapy are documented; the germline BRCA "
         "result is absent: needs-documentation (brca).",
         "gBRCA gate absent: germline test pending",
         "female", "1981-12-03", ("Cohen", "Miriam"))
c.cond(cc((ICD, "C50.911")), "2025-06-02")
c.obs(cc((LN, "16112-5")), "2025-06-05", vcc(NEG))
c.obs(cc((LN, "16113-3")), "2025-06-05", vcc(NEG))
c.obs(cc((LN, "85319-2")), "2025-06-05", vcc(NEG, text="0"))
c.proc(cc((CPT, "19303")), "2025-07-01")
c.proc(cc((CPT, "38745")), "2025-07-01")
sg(c, "2025-07-07", "pT2 pN1a M0 - pathological stage IIB", path=True, code=(SCT, "1222769001"))
nodes(c, "2025-07-07", 3, 16)
for d in ("2025-08-04", "2025-08-18", "2025-09-01", "2025-09-15"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002"), d)
for d in ("2025-09-29", "2025-10-27", "2025-11-24", "2025-12-22"):
    c.med("admin", hc("J9267"), d)
c.sreq(cc((CPT, "81162")), "2026-03-02", note="Germline BRCA1/2 sent 2026-03-02; result pending.")
c.doc("Note 2026-04-15: mother had ovarian cancer at 48. Requesting adjuvant olaparib; germline "
      "report not yet received.", "2026-04-15")

# b09 pembrolizumab KEYNOTE-522: staging not done
c = case(9, "breast", "2026-03-25", svc(HCPCS, "J9271"), ND, ["stage"],
         "Pembrolizumab with neoadjuvant chemotherapy requested for newly diagnosed triple-negative "
         "breast cancer; no tumour size, nodal assessment or stage group in the record (breast "
         "MRI, axillary ultrasound and staging CT scheduled).",
         "Keytruda label section 1 (TNBC): high-risk early-stage TNBC, neoadjuvant with "
         "chemotherapy then adjuvant (KEYNOTE-522: T1c N1-2 or T2-4 N0-2). Receptor status is "
         "documented; the stage (size, nodes, M) that decides 'high-risk early-stage' is absent: "
         "needs-documentation (stage).",
         "stage gate absent: staging work-up pending",
         "female", "1990-07-19", ("Mensah", "Abena"))
c.cond(cc((ICD, "C50.411")), "2026-03-02",
       note="Core biopsy: invasive ductal carcinoma, grade 3.")
c.obs(cc((LN, "16112-5")), "2026-03-05", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "16113-3")), "2026-03-05", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "85319-2")), "2026-03-05", vcc(NEG, text="0 (negative)"))
c.sreq(tcc("Breast MRI, axillary ultrasound and staging CT chest/abdomen/pelvis"), "2026-03-06",
       note="Scheduled; not yet performed.")
c.doc("Consult 2026-03-18: palpable right breast mass on self-examination, not yet measured on "
      "imaging; axilla not assessed. Requesting pembrolizumab + carboplatin/paclitaxel "
      "(KEYNOTE-522).", "2026-03-18", kind="11488-4")

# b10 ribociclib adjuvant for stage IA
c = case(10, "breast", "2026-03-03", svc(RX, "1873916"), RR, None,
         "Ribociclib with anastrozole requested as adjuvant therapy for HR-positive, HER2-negative "
         "breast cancer that is pT1c (1.4 cm) pN0 (0/3 sentinel nodes), grade 2: pathological "
         "stage IA.",
         "Kisqali label section 1: adjuvant HR-positive, HER2-negative stage II and stage III early "
         "breast cancer at high risk of recurrence (NATALEE enrolled anatomic stage IIA-III). "
         "Stage IA (pT1c pN0) is outside the labelled stages; the record contradicts the stage "
         "gate: refer-to-reviewer.",
         "stage IA (pT1c pN0) contradicts stage II-III gate",
         "female", "1963-05-08", ("Walsh", "Siobhan"))
c.cond(cc((ICD, "C50.912")), "2025-10-14")
c.obs(cc((LN, "16112-5")), "2025-10-17", vcc(POS, text="Positive, 95%"))
c.obs(cc((LN, "16113-3")), "2025-10-17", vcc(POS, text="Positive, 70%"))
c.obs(cc((LN, "85319-2")), "2025-10-17", vcc(NEG, text="0"))
c.proc(cc((CPT, "19303")), "2025-11-17", note="Simple mastectomy and sentinel node biopsy.")
tnm(c, "2025-11-21", "21899-0", "pT1c (1.4 cm)", cat="laboratory")
tnm(c, "2025-11-21", "21900-6", "pN0 (0/3 sentinel nodes)", cat="laboratory")
tnm(c, "2025-10-20", "21907-1", "cM0")
sg(c, "2025-11-21", "Stage IA (pT1c pN0 M0), grade 2, Ki-67 15%", path=True)
c.postmeno("2025-10-14")
c.med("req", rx("84857"), "2026-01-05")
draft(c, rx("1873916", "Kisqali 400 mg d1-21 q28d with anastrozole"), "2026-02-25")

# b11 ado-trastuzumab emtansine after pathologic complete response
c = case(11, "breast", "2026-02-10", svc(HCPCS, "J9354"), RR, None,
         "Ado-trastuzumab emtansine requested as adjuvant therapy for HER2-positive breast cancer "
         "that had a pathologic complete response (ypT0 ypN0, RCB-0) to neoadjuvant TCHP.",
         "Kadcyla label section 1: adjuvant treatment of HER2-positive early breast cancer with "
         "residual invasive disease after neoadjuvant taxane and trastuzumab-based treatment "
         "(KATHERINE enrolled only patients without pCR). ypT0 ypN0 means no residual invasive "
         "disease, contradicting the gate: refer-to-reviewer.",
         "pCR (ypT0 ypN0) contradicts residual-invasive-disease gate",
         "female", "1972-11-29", ("Romero", "Lucia"))
c.cond(cc((ICD, "C50.911")), "2025-05-12")
c.obs(cc((LN, "85319-2")), "2025-05-15", vcc(POS, text="3+"))
c.obs(cc((LN, "16112-5")), "2025-05-15", vcc(NEG))
c.stage("2025-05-20", "cT2 cN1 cM0 - clinical stage IIB")
for d in ("2025-06-02", "2025-06-23", "2025-07-14", "2025-08-04", "2025-08-25", "2025-09-15"):
    for code in ("J9171", "J9045", "J9355", "J9306"):
        c.med("admin", hc(code), d)
c.proc(cc((CPT, "19303")), "2025-10-27")
t = tnm(c, "2025-10-31", "21899-0", "ypT0", cat="laboratory")
n = tnm(c, "2025-10-31", "21900-6", "ypN0", cat="laboratory")
path(c, "2025-10-31", "Surgical pathology after neoadjuvant therapy",
     "No residual invasive carcinoma in the breast; 0/11 lymph nodes with tumour: pCR ypT0 ypN0 "
     "(RCB-0).", results=[t, n])
for d in ("2025-11-17", "2025-12-08", "2025-12-29", "2026-01-19"):
    c.med("admin", hc("J9355"), d)
    c.med("admin", hc("J9306"), d)
draft(c, hc("J9354", "Kadcyla 3.6 mg/kg q3w (switch from HP)"), "2026-02-04")

# b12 abemaciclib adjuvant for node-negative 6.2 cm tumour
c = case(12, "breast", "2026-01-30", svc(RX, "1946825"), RR, None,
         "Abemaciclib requested as adjuvant therapy for HR-positive, HER2-negative breast cancer "
         "6.2 cm grade 3 with 0/18 axillary nodes (pT3 pN0, stage IIB).",
         "Verzenio label section 1: adjuvant treatment of HR-positive, HER2-negative, "
         "node-positive early breast cancer at high risk of recurrence (monarchE required "
         "positive axillary nodes; tumour >= 5 cm counted only with 1-3 positive nodes). 0/18 "
         "nodes (pN0) contradicts the node-positive gate: refer-to-reviewer.",
         "pN0 (0/18) contradicts node-positive gate despite 6.2 cm grade 3",
         "female", "1966-03-15", ("Kaur", "Harpreet"))
c.cond(cc((ICD, "C50.411"), text="Invasive ductal carcinoma, grade 3"), "2025-08-04")
c.obs(cc((LN, "16112-5")), "2025-08-07", vcc(POS, text="Positive, 70%"))
c.obs(cc((LN, "16113-3")), "2025-08-07", vcc(NEG, text="Negative"))
c.obs(cc((LN, "48676-1")), "2025-08-07", vcc(NEG, text="HER2 negative (IHC 1+)"))
c.proc(cc((CPT, "19307")), "2025-09-08")
tnm(c, "2025-09-12", "21899-0", "pT3", cat="laboratory")
tnm(c, "2025-09-12", "21900-6", "pN0", cat="laboratory")
nodes(c, "2025-09-12", 0, 18)
path(c, "2025-09-12", "Surgical pathology - right modified radical mastectomy",
     "Invasive ductal carcinoma, grade 3, 6.2 cm. 0/18 lymph nodes. Margins negative. pT3 pN0.")
sg(c, "2025-09-12", "Stage IIB (pT3 pN0 M0)", path=True)
for d in ("2025-10-06", "2025-10-27", "2025-11-17", "2025-12-08"):
    c.med("admin", hc("J9171"), d)
    c.med("admin", rx("3002"), d)
c.postmeno("2025-08-04")
c.med("req", rx("72965"), "2026-01-05")
draft(c, rx("1946825", "Verzenio 150 mg BID x 2 years"), "2026-01-26")


# ================================================================ NSCLC
# n01 osimertinib adjuvant after resection, EGFR L858R (ADAURA)
c = case(1, "nsclc", "2026-01-15", svc(RX, "1721560"), S, None,
         "Osimertinib (Tagrisso) as adjuvant therapy after VATS right lower lobectomy (R0) for "
         "pT2a pN1 (1/11 nodes) lung adenocarcinoma, AJCC 8th pathological stage IIB, with EGFR "
         "p.L858R; adjuvant cisplatin/pemetrexed completed.",
         "Tagrisso label section 1: adjuvant therapy after tumor resection in adults with NSCLC "
         "whose tumors have EGFR exon 19 deletions or exon 21 L858R mutations, as detected by an "
         "FDA-approved test. Pivotal trial ADAURA (completely resected stage IB-IIIA, AJCC 7th). "
         "Record: lobectomy with negative margins, stage IIB, EGFR L858R, no recurrence on CT: "
         "supported.",
         "resected stage IIB, EGFR L858R, after adjuvant chemotherapy",
         "female", "1961-08-21", ("Nakagawa", "Yumiko"))
c.cond(cc((ICD, "C34.31"), (SCT, "254637007"), text="Adenocarcinoma of right lower lobe"),
       "2025-05-20")
c.proc(cc((CPT, "32663")), "2025-06-16", note="VATS right lower lobectomy with mediastinal "
                                              "lymph node dissection; R0, margins negative.")
t = tnm(c, "2025-06-20", "21899-0", "pT2a", cat="laboratory")
n = tnm(c, "2025-06-20", "21900-6", "pN1", cat="laboratory")
path(c, "2025-06-20", "Surgical pathology - right lower lobectomy",
     "Invasive adenocarcinoma, acinar predominant, 3.6 cm (pT2a); 1/11 lymph nodes positive "
     "(station 11R; pN1). Bronchial and vascular margins negative (R0). AJCC 8th pathological "
     "stage IIB.", results=[t, n])
c.variant("2025-06-30", "HGNC:3236", c="NM_005228.5:c.2573T>G", p="NP_005219.2:p.(Leu858Arg)",
          text="EGFR exon 21 L858R detected")
for d in ("2025-07-21", "2025-08-11", "2025-09-01", "2025-09-22"):
    c.med("admin", hc("J9060"), d)
    c.med("admin", hc("J9305"), d)
imaging(c, "2025-12-15", "CT chest/abdomen: post-lobectomy changes; no evidence of recurrence or "
                         "metastasis.")
c.ecog("2026-01-05", 0)
draft(c, rx("1721560", "Tagrisso 80 mg daily x 3 years"), "2026-01-08")

# n02 osimertinib after chemoradiation for unresectable stage III (LAURA)
c = case(2, "nsclc", "2026-02-18", svc(RX, "1721560"), S, None,
         "Osimertinib for unresectable cT4 cN2 cM0 (stage IIIB, AJCC numeric code '3B') lung "
         "adenocarcinoma with an EGFR exon 19 deletion, without progression after concurrent "
         "carboplatin/paclitaxel and 60 Gy.",
         "Tagrisso label section 1 (September 2024): adults with locally advanced, unresectable "
         "(stage III) NSCLC whose disease has not progressed during or following concurrent or "
         "sequential platinum-based chemoradiation therapy and whose tumors have EGFR exon 19 "
         "deletions or exon 21 L858R mutations. Pivotal trial LAURA. Record: stage IIIB judged "
         "unresectable, concurrent platinum chemoradiation completed, two post-treatment scans "
         "without progression, EGFR p.E746_A750del: supported.",
         "unresectable stage IIIB, EGFR ex19del, no progression after platinum CRT",
         "male", "1958-12-02", ("Chen", "Ming"))
c.cond(cc((ICD, "C34.12"), text="Adenocarcinoma of left upper lobe"), "2025-07-01")
sg(c, "2025-07-14", "cT4 cN2 cM0 - stage IIIB", code=(AJCC, "3B"))
c.variant("2025-07-18", "HGNC:3236", c="NM_005228.5:c.2235_2249del",
          p="NP_005219.2:p.(Glu746_Ala750del)", text="EGFR exon 19 deletion")
c.doc("Thoracic tumour board 2025-07-20: LUL mass invading the mediastinum with bulky "
      "ipsilateral N2 disease; unresectable stage IIIB. Plan concurrent chemoradiation.",
      "2025-07-20", kind="11488-4")
c.proc(cc((CPT, "77301")), "2025-07-28", note="60 Gy in 30 fractions with concurrent weekly "
                                              "carboplatin/paclitaxel; completed 2025-09-12.")
for d in ("2025-08-04", "2025-08-11", "2025-08-18", "2025-08-25", "2025-09-01", "2025-09-08"):
    c.med("admin", hc("J9045"), d)
    c.med("admin", hc("J9267"), d)
imaging(c, "2025-10-27", "Post-chemoradiation CT chest/abdomen and MRI brain: partial response "
                         "of the LUL mass and mediastinal nodes; no new lesions; no distant "
                         "metastases.")
imaging(c, "2026-01-26", "CT chest/abdomen: stable post-radiation changes; no progression.")
draft(c, rx("1721560", "Tagrisso 80 mg daily until progression"), "2026-02-10")

# n03 alectinib adjuvant ALK+ pT2b (4.6 cm) pN0 (ALINA)
c = case(3, "nsclc", "2026-03-05", svc(RX, "1727455"), S, None,
         "Alectinib (Alecensa) as adjuvant therapy after right upper lobectomy (SNOMED CT "
         "procedure) for ALK-positive adenocarcinoma 4.6 cm, 0/13 nodes (pT2b pN0, stage IIA).",
         "Alecensa label section 1 (April 2024): adjuvant treatment following tumor resection of "
         "ALK-positive NSCLC (tumors >= 4 cm or node positive), as detected by an FDA-approved "
         "test. Pivotal trial ALINA. Record: R0 lobectomy, 4.6 cm tumour, ALK IHC positive: "
         "supported (size alone meets the gate).",
         "resected ALK+ tumour 4.6 cm (pT2b pN0)",
         "female", "1974-04-09", ("Varga", "Zsofia"))
c.cond(cc((ICD, "C34.11")), "2025-10-06")
c.proc(cc((SCT, "173171007"), text="Right upper lobectomy"), "2025-11-03",
       note="R0 resection; all margins negative.")
t = tnm(c, "2025-11-07", "21899-0", "pT2b", cat="laboratory")
n = tnm(c, "2025-11-07", "21900-6", "pN0", cat="laboratory")
cnt = nodes(c, "2025-11-07", 0, 13)
path(c, "2025-11-07", "Surgical pathology - right upper lobectomy",
     "Invasive adenocarcinoma, solid predominant, 4.6 cm (pT2b); 0/13 lymph nodes (pN0); "
     "margins negative. Pathological stage IIA (AJCC 8th).", results=[t, n] + cnt)
c.obs(tcc("ALK (D5F3) IHC, VENTANA"), "2025-11-14",
      vcc(POS, text="Positive (strong granular cytoplasmic staining)"))
c.variant("2025-11-14", "HGNC:3236", present=False, text="No EGFR mutation detected")
imaging(c, "2026-02-09", "CT chest: post-surgical changes, no recurrence.")
draft(c, rx("1727455", "Alecensa 600 mg BID x 2 years"), "2026-02-26")

# n04 atezolizumab adjuvant stage IIIA, PD-L1 TC 30% (IMpower010)
c = case(4, "nsclc", "2026-02-25", svc(HCPCS, "J9022"), S, None,
         "Atezolizumab (Tecentriq) as adjuvant therapy after lobectomy and four cycles of "
         "cisplatin/vinorelbine for squamous cell carcinoma pT1c pN2 (pathological stage IIIA as "
         "a SNOMED CT qualifier); PD-L1 SP263 TC 30%.",
         "Tecentriq label section 1 (NSCLC): adjuvant treatment following resection and "
         "platinum-based chemotherapy for adults with stage II to IIIA NSCLC whose tumors have "
         "PD-L1 expression on >= 1% of tumor cells, as determined by an FDA-approved test. "
         "Pivotal trial IMpower010. Record: R0 lobectomy, stage IIIA, cisplatin-based adjuvant "
         "chemotherapy given, PD-L1 TC 30%: supported.",
         "resected stage IIIA, PD-L1 TC 30%, after adjuvant cisplatin",
         "male", "1955-03-30", ("Horvat", "Marko"))
c.cond(cc((ICD, "C34.12"), text="Squamous cell carcinoma, left upper lobe"), "2025-06-09")
c.proc(cc((CPT, "32663")), "2025-07-07", note="VATS left upper lobectomy, R0.")
sg(c, "2025-07-11", "pT1c pN2 M0 - pathological stage IIIA", path=True, code=(SCT, "1222802001"))
nodes(c, "2025-07-11", 2, 14)
c.obs(tcc("PD-L1 (SP263) tumor cell staining"), "2025-07-18", vstr("TC 30%"),
      note="VENTANA PD-L1 (SP263) on resection specimen.")
c.variant("2025-07-18", "HGNC:3236", present=False)
txt(c, "2025-07-18", "ALK rearrangement (IHC)", "Negative")
for d in ("2025-08-11", "2025-09-01", "2025-09-22", "2025-10-13"):
    c.med("admin", hc("J9060", "cisplatin 80 mg/m2 d1 (with vinorelbine 30 mg/m2 d1,8)"), d)
imaging(c, "2026-01-19", "CT chest/abdomen: no recurrence.")
draft(c, hc("J9022", "Tecentriq 1200 mg q3w x 16 cycles"), "2026-02-18")

# n05 durvalumab consolidation after concurrent chemoradiation (PACIFIC)
c = case(5, "nsclc", "2025-10-20", svc(HCPCS, "J9173"), S, None,
         "Durvalumab (Imfinzi) consolidation for unresectable stage III squamous NSCLC (Condition "
         "stage text 'AJCC 7th stage IIIA (T2a N2 M0) - unresectable, multistation N2') without "
         "progression after concurrent cisplatin/etoposide and 60 Gy.",
         "Imfinzi label section 1 (NSCLC): adults with unresectable stage III NSCLC whose disease "
         "has not progressed following concurrent platinum-based chemotherapy and radiation "
         "therapy. Pivotal trial PACIFIC. Record: unresectable stage IIIA, concurrent cisplatin "
         "chemoradiation, post-treatment PET-CT with partial response and no progression: "
         "supported.",
         "unresectable stage III, no progression after concurrent platinum CRT",
         "male", "1951-07-07", ("O'Neill", "Brendan"))
c.cond(cc((ICD, "C34.31"), text="Squamous cell carcinoma of right lower lobe"), "2025-06-16",
       stage=tcc("AJCC 7th stage IIIA (T2a N2 M0) - unresectable, multistation N2"))
c.proc(cc((CPT, "31652")), "2025-06-25", note="EBUS-TBNA: stations 4R and 7 positive for squamous "
                                              "cell carcinoma.")
c.proc(cc((CPT, "77301")), "2025-07-07", note="60 Gy in 30 fractions with concurrent "
                                              "cisplatin/etoposide; completed 2025-08-22.")
for d in ("2025-07-14", "2025-08-11"):
    c.med("admin", hc("J9060", "cisplatin 50 mg/m2 d1,8 (with etoposide 50 mg/m2 d1-5)"), d)
imaging(c, "2025-10-06", "Post-chemoradiation PET-CT: partial metabolic response; no new lesions; "
                         "no distant metastases.")
c.ecog("2025-10-06", 1)
draft(c, hc("J9173", "Imfinzi 10 mg/kg q2w (or 1500 mg q4w) up to 12 months"), "2025-10-14")

# n06 nivolumab neoadjuvant with platinum doublet, cT2b cN1 (CheckMate-816)
c = case(6, "nsclc", "2026-04-14", svc(HCPCS, "J9299"), S, None,
         "Nivolumab (Opdivo) with carboplatin/paclitaxel as neoadjuvant therapy for resectable "
         "cT2b (4.8 cm) cN1 cM0 lung adenocarcinoma (clinical stage IIB), EGFR and ALK negative; "
         "lobectomy planned after three cycles.",
         "Opdivo label section 1 (NSCLC): resectable (tumors >= 4 cm or node positive) NSCLC, "
         "neoadjuvant in combination with platinum-doublet chemotherapy (CheckMate-816); and, for "
         "tumours without EGFR/ALK alterations, perioperative use (CheckMate-77T). Record: 4.8 cm "
         "tumour with EBUS-positive N1 node, M0, surgeon judges resectable, EGFR/ALK negative: "
         "supported.",
         "resectable cT2b cN1 (IIB), neoadjuvant with platinum doublet",
         "male", "1963-11-16", ("Andersen", "Mikkel"))
c.cond(cc((ICD, "C34.11"), (SCT, "254637007"), text="Adenocarcinoma of right upper lobe"),
       "2026-02-23")
c.proc(cc((CPT, "31652")), "2026-03-04", note="EBUS: station 10R positive; 4R and 7 negative.")
tnm(c, "2026-03-10", "21905-5", "cT2b (4.8 cm)")
tnm(c, "2026-03-10", "21906-3", "cN1")
tnm(c, "2026-03-10", "21907-1", "cM0")
sg(c, "2026-03-10", "Clinical stage IIB", code=(SCT, "1222769001"))
c.variant("2026-03-16", "HGNC:3236", present=False, text="EGFR wild-type")
txt(c, "2026-03-16", "ALK (D5F3) IHC", "Negative")
c.doc("Thoracic tumour board 2026-03-25: resectable cT2b cN1 adenocarcinoma; lobectomy feasible. "
      "Plan nivolumab 360 mg + carboplatin/paclitaxel q3w x3, then lobectomy.", "2026-03-25",
      kind="11488-4")
draft(c, cc(text="carboplatin AUC 6 + paclitaxel 200 mg/m2 q3w x3"), "2026-04-08")
draft(c, hc("J9299", "Opdivo 360 mg q3w x3 (neoadjuvant)"), "2026-04-08")

# n07 osimertinib adjuvant: EGFR result pending
c = case(7, "nsclc", "2026-02-03", svc(RX, "1721560"), ND, ["egfr"],
         "Osimertinib requested as adjuvant therapy after lobectomy and adjuvant "
         "cisplatin/pemetrexed for pathological stage IIIA (pT2a pN2, 3/15 nodes) adenocarcinoma; "
         "EGFR testing on the resection specimen has not resulted.",
         "Tagrisso label section 1: adjuvant therapy after tumor resection for NSCLC with EGFR "
         "exon 19 deletion or exon 21 L858R (ADAURA). Resection and stage are documented; the "
         "EGFR result is absent: needs-documentation (egfr).",
         "EGFR gate absent: panel sent, not resulted",
         "female", "1969-01-12", ("Yamamoto", "Keiko"))
c.cond(cc((ICD, "C34.11"), text="Adenocarcinoma of lung"), "2025-09-08")
c.proc(cc((CPT, "32663")), "2025-10-06", note="R0.")
sg(c, "2025-10-10", "Stage IIIA (pT2a pN2 M0)", path=True)
nodes(c, "2025-10-10", 3, 15)
c.sreq(cc((CPT, "81445")), "2025-10-20", note="EGFR/ALK panel on resection specimen: sent, report "
                                               "not received.")
for d in ("2025-11-03", "2025-11-24", "2025-12-15", "2026-01-05"):
    c.med("admin", hc("J9060"), d)
    c.med("admin", hc("J9305"), d)
c.doc("Note 2026-01-28: never-smoker. Requesting adjuvant osimertinib; molecular report from the "
      "reference laboratory still pending.", "2026-01-28")

# n08 atezolizumab adjuvant: PD-L1 not tested
c = case(8, "nsclc", "2026-03-11", svc(HCPCS, "J9022"), ND, ["pdl1"],
         "Atezolizumab requested as adjuvant therapy after lobectomy and cisplatin/pemetrexed for "
         "pT3 pN0 (stage IIB) adenocarcinoma; PD-L1 was never tested on the resection specimen.",
         "Tecentriq label section 1: adjuvant after resection and platinum-based chemotherapy for "
         "stage II-IIIA NSCLC with PD-L1 >= 1% of tumor cells (IMpower010). Resection, stage and "
         "adjuvant platinum are documented; the PD-L1 result is absent: needs-documentation "
         "(pdl1).",
         "PD-L1 gate absent: not tested",
         "male", "1960-10-25", ("Kowalski", "Piotr"))
c.cond(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2025-08-11")
c.proc(cc((SCT, "173171007")), "2025-09-08", note="Right lower lobectomy, R0.")
sg(c, "2025-09-12", "pT3 pN0 - stage IIB", path=True)
c.variant("2025-09-19", "HGNC:3236", present=False)
txt(c, "2025-09-19", "ALK FISH", "Negative")
for d in ("2025-10-13", "2025-11-03", "2025-11-24", "2025-12-15"):
    c.med("admin", hc("J9060"), d)
    c.med("admin", hc("J9305"), d)
c.doc("Note 2026-03-04: adjuvant chemotherapy completed. PD-L1 not performed on the resection "
      "specimen; request sent to pathology. Requesting atezolizumab.", "2026-03-04")

# n09 pembrolizumab adjuvant (KEYNOTE-091): pathological stage not in record
c = case(9, "nsclc", "2026-02-12", svc(HCPCS, "J9271"), ND, ["stage"],
         "Pembrolizumab requested as adjuvant monotherapy after lobectomy and carboplatin/"
         "pemetrexed; the final surgical pathology (size, nodes, stage) was never received.",
         "Keytruda label section 1 (NSCLC): single agent, adjuvant treatment following resection "
         "and platinum-based chemotherapy for adults with stage IB (T2a >= 4 cm), II or IIIA "
         "NSCLC (KEYNOTE-091). Resection and adjuvant platinum are documented and pre-operative "
         "PET showed no distant disease; the pathological stage is absent: needs-documentation "
         "(stage).",
         "stage gate absent: outside pathology not received",
         "female", "1957-06-14", ("Duarte", "Helena"))
c.cond(cc((ICD, "C34.12"), text="Non-small cell carcinoma, left upper lobe"), "2025-08-18")
imaging(c, "2025-08-28", "Pre-operative PET-CT: FDG-avid left upper lobe mass; no distant "
                         "metastatic disease.")
c.proc(cc((CPT, "32663")), "2025-09-15")
for d in ("2025-10-20", "2025-11-10", "2025-12-01", "2025-12-22"):
    c.med("admin", hc("J9045"), d)
    c.med("admin", hc("J9305"), d)
c.doc("Note 2026-02-05: surgery at an outside hospital; final surgical pathology (size, nodes, "
      "margins, stage) not in our chart. Requesting adjuvant pembrolizumab 400 mg q6w.",
      "2026-02-05")

# n10 alectinib adjuvant for pT1b pN0 (stage IA2)
c = case(10, "nsclc", "2026-01-27", svc(RX, "1727455"), RR, None,
         "Alectinib requested as adjuvant therapy after lobectomy for ALK-positive adenocarcinoma "
         "1.6 cm with 0/12 nodes (pT1b pN0, stage IA2), no metastases.",
         "Alecensa label section 1: adjuvant treatment following resection of ALK-positive NSCLC "
         "(tumors >= 4 cm or node positive) (ALINA); the other indication is metastatic "
         "ALK-positive NSCLC. A 1.6 cm node-negative tumour with no metastases contradicts both: "
         "refer-to-reviewer.",
         "pT1b pN0 (1.6 cm, node-negative) contradicts >= 4 cm or N+ gate",
         "male", "1976-09-02", ("Ibrahim", "Yusuf"))
c.cond(cc((ICD, "C34.11")), "2025-09-22")
c.proc(cc((SCT, "173171007")), "2025-10-20", note="R0.")
tnm(c, "2025-10-24", "21899-0", "pT1b", cat="laboratory")
tnm(c, "2025-10-24", "21900-6", "pN0", cat="laboratory")
nodes(c, "2025-10-24", 0, 12)
sg(c, "2025-10-24", "IA2", path=True)
path(c, "2025-10-24", "Surgical pathology - right upper lobectomy",
     "Adenocarcinoma, 1.6 cm; 0/12 lymph nodes; margins negative. pT1b pN0, stage IA2 (AJCC 8th).")
c.obs(tcc("ALK (D5F3) IHC"), "2025-10-30", vcc(POS, text="Positive"))
imaging(c, "2026-01-12", "CT chest/abdomen and MRI brain: no recurrence, no metastases.")
draft(c, rx("1727455", "Alecensa 600 mg BID x 2 years"), "2026-01-20")

# n11 atezolizumab adjuvant for stage IB
c = case(11, "nsclc", "2026-02-17", svc(HCPCS, "J9022"), RR, None,
         "Atezolizumab requested as adjuvant therapy after lobectomy and cisplatin/pemetrexed for "
         "a 3.2 cm node-negative adenocarcinoma with visceral pleural invasion (pT2a pN0, "
         "Condition stage text 'AJCC 7th stage IB'); PD-L1 TC 60%.",
         "Tecentriq label section 1: adjuvant after resection and platinum-based chemotherapy for "
         "stage II to IIIA NSCLC with PD-L1 TC >= 1% (IMpower010 randomised stage II-IIIA only). "
         "Stage IB (T2a N0, 3.2 cm: IB in both AJCC 7th and 8th) contradicts the stage gate: "
         "refer-to-reviewer.",
         "stage IB contradicts stage II-IIIA gate",
         "female", "1959-12-20", ("Fontaine", "Sylvie"))
c.cond(cc((ICD, "C34.90"), text="Adenocarcinoma of lung"), "2025-06-30",
       stage=tcc("AJCC 7th stage IB (T2a N0 M0)"))
c.proc(cc((CPT, "32663")), "2025-07-28")
path(c, "2025-08-01", "Surgical pathology - lobectomy",
     "Adenocarcinoma 3.2 cm with visceral pleural invasion (PL1); 0/16 lymph nodes; margins "
     "negative (R0). pT2a pN0.")
for d in ("2025-08-25", "2025-09-15", "2025-10-06", "2025-10-27"):
    c.med("admin", hc("J9060"), d)
    c.med("admin", hc("J9305"), d)
c.obs(tcc("PD-L1 (SP263) tumor cell staining"), "2025-08-08", vstr("TC 60%"))
draft(c, hc("J9022", "Tecentriq 1200 mg q3w x 16"), "2026-02-10")

# n12 durvalumab consolidation after progression to stage IV
c = case(12, "nsclc", "2025-12-09", svc(HCPCS, "J9173"), RR, None,
         "Durvalumab requested as single-agent consolidation after concurrent carboplatin/"
         "paclitaxel chemoradiation for unresectable stage IIIB NSCLC, but the post-treatment MRI "
         "shows three new brain metastases (progression, now stage IVB).",
         "Imfinzi label section 1: unresectable stage III NSCLC whose disease has not progressed "
         "following concurrent platinum-based chemoradiation (PACIFIC). Documented progression "
         "with distant metastases contradicts the no-progression / stage III gate; the request "
         "is not the labelled metastatic regimen (with tremelimumab and platinum chemotherapy, "
         "first line): refer-to-reviewer.",
         "progression to stage IVB after CRT contradicts PACIFIC gate",
         "male", "1956-02-28", ("Gallagher", "Sean"))
c.cond(cc((ICD, "C34.11")), "2025-05-05")
c.stage("2025-05-16", "cT3 cN2 cM0 - stage IIIB, unresectable")
c.proc(cc((CPT, "77301")), "2025-06-02", note="60 Gy/30 fractions with concurrent weekly "
                                              "carboplatin/paclitaxel; completed 2025-07-14.")
for d in ("2025-06-09", "2025-06-16", "2025-06-23", "2025-06-30", "2025-07-07"):
    c.med("admin", hc("J9045"), d)
    c.med("admin", hc("J9267"), d)
c.cond(cc((SCT, "94225005")), "2025-11-17")
c.progression("2025-11-17", note="Post-chemoradiation MRI brain: three new enhancing lesions "
                                 "(largest 1.4 cm).")
c.stage("2025-11-20", "Stage IVB (new brain metastases after chemoradiation)", snomed_iv=True)
draft(c, hc("J9173", "Imfinzi 10 mg/kg q2w single agent"), "2025-12-02")


# ================================================================ COLORECTAL
# c01 oxaliplatin FOLFOX adjuvant stage IIIB (MOSAIC)
c = case(1, "colorectal", "2026-01-20", svc(HCPCS, "J9263"), S, None,
         "Oxaliplatin (FOLFOX) as adjuvant therapy after R0 right hemicolectomy for ascending-"
         "colon adenocarcinoma pT3 pN1b (3/21 nodes); pathological stage group IIIB with the AJCC "
         "numeric code '3B'.",
         "Oxaliplatin (Eloxatin) label section 1: in combination with infusional fluorouracil/"
         "leucovorin, adjuvant treatment of stage III colon cancer in patients who have undergone "
         "complete resection of the primary tumor. Pivotal trial MOSAIC. Record: complete "
         "resection with negative margins, stage IIIB, no distant metastases, infusional 5-FU/LV "
         "planned: supported.",
         "resected stage IIIB colon, FOLFOX",
         "male", "1960-05-06", ("Bianchi", "Luca"))
c.cond(cc((ICD, "C18.2"), text="Adenocarcinoma of ascending colon"), "2025-10-06")
imaging(c, "2025-10-10", "Staging CT chest/abdomen/pelvis: no distant metastases.")
c.proc(cc((CPT, "44160")), "2025-10-27", note="Right hemicolectomy; R0, all margins negative.")
path(c, "2025-10-31", "Surgical pathology - right hemicolectomy",
     "Adenocarcinoma, moderately differentiated, invading through the muscularis propria into "
     "pericolorectal tissue (pT3). 3/21 lymph nodes positive (pN1b). Margins negative (R0). MMR "
     "proficient.")
sg(c, "2025-10-31", "Stage IIIB", path=True, code=(AJCC, "3B"))
c.ecog("2026-01-08", 0)
draft(c, hc("J9190", "5-FU 400 mg/m2 bolus + 2400 mg/m2 46-h infusion q2w with leucovorin"),
      "2026-01-12")
draft(c, hc("J9263", "oxaliplatin 85 mg/m2 q2w x12 (mFOLFOX6)"), "2026-01-12")

# c02 capecitabine single agent, Dukes C
c = case(2, "colorectal", "2025-12-16", svc(RX, "194000"), S, None,
         "Capecitabine (Xeloda) single agent as adjuvant therapy for sigmoid adenocarcinoma after "
         "laparoscopic colectomy, stage written as Condition.stage.summary text 'Dukes' C (AJCC "
         "7th stage IIIB, T3 N1b M0)' and node counts 4 positive of 17.",
         "Xeloda label section 1 (colorectal cancer): adjuvant treatment of adults with stage III "
         "colon cancer as a single agent or as a component of a combination chemotherapy regimen "
         "(earlier labels: Dukes' C colon cancer after complete resection). Pivotal trial X-ACT. "
         "Record: resected Dukes' C / stage IIIB sigmoid cancer, 4/17 nodes: supported.",
         "resected Dukes' C (stage IIIB) colon, single-agent capecitabine",
         "female", "1946-03-09", ("Gruber", "Hildegard"))
c.cond(cc((ICD, "C18.7")), "2025-09-01", stage=tcc("Dukes' C (AJCC 7th stage IIIB, T3 N1b M0)"))
c.proc(cc((CPT, "44204")), "2025-10-13", note="Laparoscopic sigmoid colectomy; margins negative.")
cnt = nodes(c, "2025-10-17", 4, 17)
path(c, "2025-10-17", "Surgical pathology - sigmoid colectomy",
     "Adenocarcinoma pT3; 4 of 17 lymph nodes positive; R0.", results=cnt)
imaging(c, "2025-09-05", "CT chest/abdomen/pelvis: no metastases.")
c.ecog("2025-12-01", 1)
c.doc("Oncology note 2025-12-01: 79 years old, grade 2 diabetic neuropathy; oxaliplatin not "
      "offered. Plan capecitabine 1250 mg/m2 BID d1-14 q21d x8.", "2025-12-01")
draft(c, rx("194000", "capecitabine 1250 mg/m2 BID d1-14 q21d x8"), "2025-12-09")

# c03 capecitabine in CAPOX, stage IIIC (SNOMED CT in Condition.stage.summary)
c = case(3, "colorectal", "2026-02-05", svc(RX, "194000"), S, None,
         "Capecitabine with oxaliplatin (CAPOX) as adjuvant therapy for transverse-colon "
         "adenocarcinoma pT4a pN2a (5/19 nodes) after laparoscopic colectomy; stage IIIC as a "
         "SNOMED CT qualifier in Condition.stage.summary.",
         "Xeloda label section 1: adjuvant treatment of stage III colon cancer as a single agent "
         "or as a component of a combination chemotherapy regimen. Pivotal trials X-ACT and "
         "NO16968 (XELOXA). Record: resected stage IIIC, separate pT4a / pN2a Observations, no "
         "metastases: supported.",
         "resected stage IIIC colon, CAPOX",
         "male", "1967-08-18", ("Keller", "Stefan"))
c.cond(cc((SCT, "363406005"), text="Adenocarcinoma of transverse colon"), "2025-11-03",
       stage=cc((SCT, "1222806003"), text="Stage IIIC"))
c.proc(cc((CPT, "44204")), "2025-11-24", note="Laparoscopic extended right colectomy, R0.")
tnm(c, "2025-11-28", "21899-0", "pT4a", cat="laboratory")
tnm(c, "2025-11-28", "21900-6", "pN2a", cat="laboratory")
nodes(c, "2025-11-28", 5, 19)
imaging(c, "2025-11-06", "CT chest/abdomen/pelvis: no distant metastases.")
draft(c, hc("J9263", "oxaliplatin 130 mg/m2 d1 q3w x8"), "2026-01-28")
draft(c, rx("194000", "capecitabine 1000 mg/m2 BID d1-14 q3w x8 (CAPOX)"), "2026-01-28")

# c04 capecitabine with long-course chemoradiotherapy, locally advanced rectal
c = case(4, "colorectal", "2026-03-02", svc(RX, "194000"), S, None,
         "Capecitabine concurrent with long-course pelvic radiotherapy for locally advanced rectal "
         "adenocarcinoma cT3c cN1b cM0 (clinical stage IIIB by MRI), total mesorectal excision "
         "to follow.",
         "Xeloda label section 1 (colorectal cancer): perioperative treatment of adults with "
         "locally advanced rectal cancer as a component of chemoradiotherapy. Record: rectal "
         "adenocarcinoma, MRI cT3c cN1b, CT M0, chemoradiotherapy planned with surgery after: "
         "supported.",
         "locally advanced rectal (cT3 cN1), capecitabine with chemoradiotherapy",
         "male", "1964-10-30", ("Svoboda", "Jan"))
c.cond(cc((ICD, "C20"), text="Adenocarcinoma of rectum, 7 cm from anal verge"), "2026-01-12")
c.proc(cc((CPT, "45380")), "2026-01-12")
imaging(c, "2026-01-26", "Pelvic MRI: cT3c tumour, mesorectal fascia clear, two suspicious "
                         "mesorectal nodes. CT chest/abdomen: no metastases.")
tnm(c, "2026-01-28", "21905-5", "cT3c")
tnm(c, "2026-01-28", "21906-3", "cN1b")
tnm(c, "2026-01-28", "21907-1", "cM0")
c.stage("2026-01-28", "Stage IIIB (cT3 cN1 cM0), locally advanced rectal cancer")
c.sreq(cc((CPT, "77301")), "2026-02-16",
       note="Long-course chemoradiotherapy 50.4 Gy/28 fractions with concurrent capecitabine "
            "825 mg/m2 BID on radiotherapy days, followed by total mesorectal excision.")
draft(c, rx("194000", "capecitabine 825 mg/m2 BID with radiotherapy"), "2026-02-23")

# c05 oxaliplatin FOLFOX, AJCC 7th stage IIIA as text
c = case(5, "colorectal", "2026-04-21", svc(HCPCS, "J9263"), S, None,
         "Oxaliplatin (mFOLFOX6) as adjuvant therapy after laparoscopic sigmoid colectomy for "
         "pT2 pN1a (1/14 nodes) adenocarcinoma, stage written only as 'AJCC 7th stage IIIA (T2 "
         "N1a M0)'.",
         "Eloxatin label section 1: with infusional 5-FU/leucovorin, adjuvant treatment of stage "
         "III colon cancer after complete resection of the primary tumor (MOSAIC). Stage IIIA is "
         "stage III; resection R0: supported.",
         "resected stage IIIA (T2 N1a) colon, FOLFOX",
         "female", "1971-02-14", ("Marquez", "Rosa"))
c.cond(cc((ICD, "C18.7")), "2026-01-19", stage=tcc("AJCC 7th stage IIIA (T2 N1a M0)"))
c.proc(cc((CPT, "44204")), "2026-02-09", note="Laparoscopic sigmoid colectomy, R0.")
path(c, "2026-02-13", "Surgical pathology - sigmoid colectomy",
     "Adenocarcinoma invading the muscularis propria (pT2); 1/14 lymph nodes positive (pN1a); "
     "margins negative.")
imaging(c, "2026-01-23", "CT chest/abdomen/pelvis: no metastases.")
draft(c, hc("J9190", "5-FU bolus + 46-h infusion with leucovorin q2w"), "2026-04-14")
draft(c, hc("J9263", "oxaliplatin 85 mg/m2 q2w x12"), "2026-04-14")

# c06 oxaliplatin FOLFOX, node count in pathology text + AJCC '3C' in Condition
c = case(6, "colorectal", "2025-11-25", svc(HCPCS, "J9263"), S, None,
         "Oxaliplatin (FOLFOX) as adjuvant therapy after right hemicolectomy; stage written as "
         "the AJCC numeric code '3C' in Condition.stage.summary and in pathology text "
         "('9 of 26 lymph nodes positive', pT3 pN2b).",
         "Eloxatin label section 1: adjuvant treatment of stage III colon cancer after complete "
         "resection, with infusional 5-FU/LV (MOSAIC). Record: R0 resection, stage IIIC, no "
         "metastases: supported.",
         "resected stage IIIC (9/26 nodes) colon, FOLFOX",
         "male", "1958-07-23", ("Haddad", "Karim"))
c.cond(cc((ICD, "C18.2")), "2025-08-04", stage=cc((AJCC, "3C"), text="IIIC"))
c.proc(cc((CPT, "44160")), "2025-08-25")
path(c, "2025-08-29", "Surgical pathology - right hemicolectomy",
     "Pathologic staging: pT3 pN2b; 9 of 26 lymph nodes positive for metastatic adenocarcinoma; "
     "tumour deposits absent; margins negative (R0).")
imaging(c, "2025-08-08", "CT chest/abdomen/pelvis: no distant metastases.")
draft(c, hc("J9190"), "2025-11-18")
draft(c, hc("J9263", "oxaliplatin 85 mg/m2 q2w x12"), "2025-11-18")

# c07 oxaliplatin adjuvant: nodal status pending
c = case(7, "colorectal", "2026-02-24", svc(HCPCS, "J9263"), ND, ["stage"],
         "Oxaliplatin (FOLFOX) requested as adjuvant therapy after right hemicolectomy for pT3 "
         "ascending-colon cancer; the lymph-node report (and so the stage group) is pending.",
         "Eloxatin label section 1: adjuvant treatment of stage III colon cancer after complete "
         "resection (MOSAIC). Resection and pT3 are documented; nodal status -- which decides "
         "stage II versus III -- is absent: needs-documentation (stage).",
         "nodal status absent: node report pending",
         "female", "1965-12-01", ("Novakova", "Petra"))
c.cond(cc((ICD, "C18.2")), "2025-12-08")
c.proc(cc((CPT, "44160")), "2026-01-05", note="R0.")
t = tnm(c, "2026-01-09", "21899-0", "pT3", cat="laboratory")
path(c, "2026-01-09", "Surgical pathology - right hemicolectomy",
     "Adenocarcinoma pT3; margins negative. Lymph node dissection: report to follow after "
     "additional levels.", results=[t])
imaging(c, "2025-12-12", "CT chest/abdomen/pelvis: no distant metastases.")
c.doc("Note 2026-02-17: requesting adjuvant FOLFOX; nodal status still pending.", "2026-02-17")

# c08 oxaliplatin adjuvant: resection not documented
c = case(8, "colorectal", "2026-03-16", svc(HCPCS, "J9263"), ND, ["resection"],
         "Oxaliplatin (FOLFOX) requested as 'adjuvant' therapy for sigmoid adenocarcinoma with "
         "clinical stage III (cT3 cN1 cM0) on CT; no operative note, surgical pathology or "
         "resection procedure in the record.",
         "Eloxatin label section 1: adjuvant treatment of stage III colon cancer in patients who "
         "have undergone complete resection of the primary tumor (MOSAIC). Stage III is "
         "documented (clinically), but whether and how completely the primary was resected is "
         "absent: needs-documentation (resection).",
         "resection absent: operative and pathology reports not received",
         "male", "1962-04-04", ("Lindqvist", "Erik"))
c.cond(cc((ICD, "C18.7")), "2025-12-01", note="Colonoscopic biopsy: invasive adenocarcinoma.")
c.proc(cc((CPT, "45380")), "2025-12-01")
tnm(c, "2025-12-10", "21905-5", "cT3")
tnm(c, "2025-12-10", "21906-3", "cN1")
tnm(c, "2025-12-10", "21907-1", "cM0")
c.stage("2025-12-10", "Clinical stage III (cT3 cN1 cM0)")
c.doc("New-patient note 2026-03-09: transferred care, referred for adjuvant FOLFOX. Operative "
      "report and surgical pathology not received; date and extent of surgery, resection status "
      "and margins unknown.", "2026-03-09", kind="11488-4")
draft(c, hc("J9263"), "2026-03-10")

# c09 capecitabine chemoradiotherapy: rectal staging pending
c = case(9, "colorectal", "2026-02-18", svc(RX, "194000"), ND, ["stage"],
         "Capecitabine with long-course chemoradiotherapy requested for newly diagnosed rectal "
         "adenocarcinoma; staging pelvic MRI and CT are scheduled but not done.",
         "Xeloda label section 1: perioperative treatment of locally advanced rectal cancer as a "
         "component of chemoradiotherapy. Rectal adenocarcinoma is documented; whether it is "
         "locally advanced (T and N category, M0) is absent: needs-documentation (stage).",
         "stage gate absent: MRI and CT pending",
         "female", "1970-09-09", ("Popescu", "Ioana"))
c.cond(cc((ICD, "C20")), "2026-01-26", note="Biopsy: adenocarcinoma, 6 cm from the anal verge.")
c.proc(cc((CPT, "45380")), "2026-01-26")
c.sreq(tcc("Pelvic MRI (rectal protocol) and CT chest/abdomen/pelvis"), "2026-01-30",
       note="Scheduled 2026-02-24.")
c.doc("Note 2026-02-11: plan long-course chemoradiotherapy with capecitabine if locally advanced "
      "on MRI; requesting authorisation now.", "2026-02-11")

# c10 oxaliplatin adjuvant for stage IIA without high-risk features
c = case(10, "colorectal", "2026-01-13", svc(HCPCS, "J9263"), RR, None,
         "Oxaliplatin (FOLFOX) requested as adjuvant therapy for resected ascending-colon "
         "adenocarcinoma pT3 pN0 (0/24 nodes), stage IIA, MMR proficient, no high-risk features.",
         "Eloxatin label section 1: adjuvant treatment of stage III colon cancer after complete "
         "resection (MOSAIC), and treatment of advanced colorectal cancer. Stage IIA (0/24 "
         "nodes, no metastases) is neither: the record contradicts the stage gate, "
         "refer-to-reviewer.",
         "stage IIA (pT3 pN0) contradicts stage III gate",
         "female", "1959-11-11", ("Schmidt", "Anna"))
c.cond(cc((ICD, "C18.2")), "2025-09-15")
c.proc(cc((CPT, "44160")), "2025-10-06")
tnm(c, "2025-10-10", "21899-0", "pT3", cat="laboratory")
tnm(c, "2025-10-10", "21900-6", "pN0", cat="laboratory")
nodes(c, "2025-10-10", 0, 24)
sg(c, "2025-10-10", "Stage IIA", path=True)
path(c, "2025-10-10", "Surgical pathology - right hemicolectomy",
     "pT3 pN0 (0/24); no lymphovascular or perineural invasion; no perforation or obstruction; "
     "margins negative.")
c.obs(cc((LN, "81695-9")), "2025-10-10", vcc(text="MSS (microsatellite stable)"))
imaging(c, "2025-09-19", "CT chest/abdomen/pelvis: no metastases.")
draft(c, hc("J9263"), "2026-01-06")

# c11 bevacizumab added to adjuvant FOLFOX
c = case(11, "colorectal", "2026-02-09", svc(HCPCS, "J9035"), RR, None,
         "Bevacizumab requested to add to adjuvant FOLFOX for resected sigmoid adenocarcinoma "
         "pT3 pN1a (2/18 nodes), stage IIIB (AJCC code '3B' in Condition.stage.summary), no "
         "metastases.",
         "Avastin label section 1 (metastatic colorectal cancer only), Limitations of Use: not "
         "indicated for adjuvant treatment of colon cancer (NSABP C-08 / AVANT showed no "
         "benefit). The record documents resected non-metastatic stage III disease on adjuvant "
         "therapy, contradicting the metastatic gate: refer-to-reviewer.",
         "adjuvant stage III (non-metastatic) contradicts metastatic-only label",
         "male", "1966-06-06", ("Morales", "Diego"))
c.cond(cc((ICD, "C18.7")), "2025-10-20", stage=cc((AJCC, "3B"), text="Stage IIIB"))
c.proc(cc((CPT, "44204")), "2025-11-10", note="R0.")
tnm(c, "2025-11-14", "21899-0", "pT3", cat="laboratory")
tnm(c, "2025-11-14", "21900-6", "pN1a", cat="laboratory")
nodes(c, "2025-11-14", 2, 18)
imaging(c, "2025-10-24", "CT chest/abdomen/pelvis: no distant metastases.")
for d in ("2026-01-05", "2026-01-19", "2026-02-02"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
draft(c, hc("J9035", "bevacizumab 5 mg/kg q2w added to adjuvant FOLFOX"), "2026-02-02")

# c12 pembrolizumab adjuvant for resected dMMR stage III
c = case(12, "colorectal", "2026-03-24", svc(HCPCS, "J9271"), RR, None,
         "Pembrolizumab requested as adjuvant therapy instead of chemotherapy for resected "
         "MSI-high (MLH1/PMS2 loss) ascending-colon cancer pT4a pN1b, stage IIIB, no metastases.",
         "Keytruda label section 1: colorectal indication is unresectable or metastatic MSI-H/"
         "dMMR colorectal cancer (KEYNOTE-177); the tumour-agnostic MSI-H indication is also "
         "unresectable or metastatic disease. Resected, non-metastatic stage III disease "
         "contradicts both: refer-to-reviewer.",
         "resected non-metastatic stage III contradicts unresectable/metastatic gate",
         "female", "1975-01-31", ("Byrne", "Aoife"))
c.cond(cc((ICD, "C18.2")), "2025-12-01")
c.proc(cc((CPT, "44160")), "2025-12-22", note="R0 right hemicolectomy.")
sg(c, "2025-12-29", "pT4a pN1b M0 - stage IIIB", path=True)
c.obs(cc((LN, "81695-9")), "2025-12-29", vcc(text="MSI-High"))
txt(c, "2025-12-29", "Mismatch repair IHC", "Loss of MLH1 and PMS2; MSH2 and MSH6 retained (dMMR)")
imaging(c, "2026-01-15", "CT chest/abdomen/pelvis: no metastatic disease.")
c.doc("Note 2026-03-16: declines adjuvant FOLFOX/CAPOX; asks for adjuvant pembrolizumab for "
      "her MSI-high tumour.", "2026-03-16")
draft(c, hc("J9271", "Keytruda 200 mg q3w x 1 year (adjuvant)"), "2026-03-17")


# ================================================================ PROSTATE
# p01 enzalutamide high-risk BCR, PSADT computable only from serial PSA (EMBARK)
c = case(1, "prostate", "2025-10-15", svc(RX, "1307298"), S, None,
         "Enzalutamide (Xtandi) for biochemical recurrence after radical prostatectomy (SNOMED CT "
         "procedure): PSA 0.9 -> 1.4 -> 2.3 ng/mL over six months (doubling time about 4.4 "
         "months, computable only from the serial values), testosterone 410 ng/dL, negative CT "
         "and bone scan.",
         "Xtandi label section 1: non-metastatic castration-sensitive prostate cancer with "
         "biochemical recurrence at high risk for metastasis (high-risk BCR). Pivotal trial "
         "EMBARK (PSA doubling time <= 9 months; PSA >= 1 ng/mL after prostatectomy; testosterone "
         ">= 150 ng/dL). Record: serial PSA gives PSADT ~4.4 months, PSA 2.3, non-castrate, no "
         "metastases on conventional imaging: supported.",
         "high-risk BCR: PSADT ~4.4 months computed from serial PSA, M0, non-castrate",
         "male", "1956-09-14", ("Jensen", "Ole"))
c.cond(cc((ICD, "C61")), "2019-02-11", note="Gleason 4+3, pT3a pN0, margins negative.")
c.proc(cc((SCT, "26294005")), "2019-04-08",
       note="Robotic radical prostatectomy with pelvic lymph node dissection; margins negative.")
for d, v in (("2025-03-03", 0.9), ("2025-06-02", 1.4), ("2025-09-01", 2.3)):
    c.psa(d, v)
c.testosterone("2025-09-01", 410)
c.proc(cc((CPT, "78306")), "2025-09-22")
imaging(c, "2025-09-24", "Whole-body bone scan and CT abdomen/pelvis: no evidence of metastatic "
                         "disease.")
draft(c, rx("1307298", "Xtandi 160 mg daily"), "2025-10-08")

# p02 apalutamide nmCRPC with stated PSADT (SPARTAN)
c = case(2, "prostate", "2026-01-26", svc(RX, "1999574"), S, None,
         "Apalutamide (Erleada) for non-metastatic castration-resistant prostate cancer: PSA "
         "1.6 -> 2.3 -> 3.5 ng/mL on leuprolide with testosterone 14 ng/dL, PSA doubling time "
         "5.3 months recorded as a value, cM0 on CT and bone scan.",
         "Erleada label section 1: non-metastatic castration-resistant prostate cancer (and "
         "metastatic castration-sensitive). Pivotal trial SPARTAN (PSADT <= 10 months). Record: "
         "castrate testosterone with rising PSA (Z19.2), PSADT 5.3 months, conventional imaging "
         "negative: supported.",
         "nmCRPC, PSADT 5.3 months, castrate, M0",
         "male", "1949-02-02", ("Moreau", "Alain"))
c.cond(cc((ICD, "C61")), "2016-05-02")
for d in ("2025-05-05", "2025-08-04", "2025-11-03"):
    c.med("admin", hc("J9217"), d)
for d, v in (("2025-05-05", 1.6), ("2025-08-04", 2.3), ("2025-11-03", 3.5)):
    c.psa(d, v)
c.obs(tcc("PSA doubling time"), "2025-11-03", qty(5.3, "months", "mo"))
c.testosterone("2025-11-03", 14)
c.cond(cc((ICD, "Z19.2")), "2025-11-10")
imaging(c, "2025-12-01", "CT chest/abdomen/pelvis and whole-body bone scan: no metastases.")
tnm(c, "2025-12-01", "21907-1", "cM0")
draft(c, rx("1999574", "Erleada 240 mg daily with continued ADT"), "2026-01-19")

# p03 enzalutamide nmCRPC, PSADT computable (PROSPER)
c = case(3, "prostate", "2026-03-03", svc(RX, "1307298"), S, None,
         "Enzalutamide for non-metastatic CRPC after radiotherapy and ADT: PSA 2.2 -> 3.1 -> 4.6 "
         "ng/mL on degarelix (doubling time ~5.6 months, not stated), testosterone 11 ng/dL, CT "
         "and bone scan negative.",
         "Xtandi label section 1: castration-resistant prostate cancer (metastatic or "
         "non-metastatic). Pivotal trial PROSPER (nmCRPC, PSADT <= 10 months). Record: castrate "
         "testosterone, three rising PSA values, no metastases: supported.",
         "nmCRPC: PSA rising on degarelix, castrate, M0",
         "male", "1947-05-19", ("Petersen", "Hans"))
c.cond(cc((SCT, "399068003")), "2018-09-10",
       note="Gleason 4+4; radiotherapy 2018; biochemical failure 2022; ADT since 2022.")
for d in ("2025-06-02", "2025-09-01", "2025-12-01"):
    c.med("admin", hc("J9155", "degarelix 80 mg SC monthly"), d)
for d, v in (("2025-06-02", 2.2), ("2025-09-01", 3.1), ("2025-12-01", 4.6)):
    c.psa(d, v)
c.testosterone("2025-12-01", 11)
imaging(c, "2026-01-12", "CT chest/abdomen/pelvis and bone scan: no metastases (M0).")
draft(c, rx("1307298", "Xtandi 160 mg daily"), "2026-02-24")

# p04 leuprolide with radiotherapy, cT3b cN1 (stage IVA)
c = case(4, "prostate", "2026-02-16", svc(HCPCS, "J9217"), S, None,
         "Leuprolide (Eligard) 24 months with prostate and pelvic-node IMRT for cT3b cN1 cM0 "
         "Gleason 4+4 prostate cancer, stage IVA written as the AJCC numeric code '4A'.",
         "Eligard label section 1: treatment of advanced prostate cancer (pivotal basis: the "
         "open-label testosterone-suppression studies of label section 14 in advanced disease); "
         "node-positive stage IVA disease is advanced prostate cancer. Record: PSMA PET-positive "
         "pelvic nodes, seminal vesicle invasion, no distant metastases: supported.",
         "node-positive (cN1) stage IVA, ADT with radiotherapy",
         "male", "1954-12-12", ("Rahman", "Abdul"))
c.cond(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+4=8 (Grade Group 4)"),
       "2025-12-15")
c.psa("2025-12-10", 24.0)
c.testosterone("2025-12-10", 465)
c.proc(cc((CPT, "78815"), text="PSMA PET/CT"), "2026-01-08")
imaging(c, "2026-01-08", "PSMA PET/CT: prostate and right seminal vesicle uptake; two avid "
                         "obturator nodes; no distant disease.")
tnm(c, "2026-01-12", "21905-5", "cT3b")
tnm(c, "2026-01-12", "21906-3", "cN1")
tnm(c, "2026-01-12", "21907-1", "cM0")
sg(c, "2026-01-12", "Stage IVA", code=(AJCC, "4A"))
c.sreq(cc((CPT, "77301")), "2026-02-09", note="IMRT prostate and pelvic nodes after 2 months of ADT.")
draft(c, hc("J9217", "Eligard 22.5 mg SC q3 months x 24 months"), "2026-02-09")

# p05 abiraterone high-risk mCSPC (LATITUDE)
c = case(5, "prostate", "2026-01-29", svc(RX, "1100072"), S, None,
         "Abiraterone (Zytiga) with prednisone and ADT for newly diagnosed metastatic "
         "castration-sensitive prostate cancer: Gleason 4+5, six bone lesions, cM1b as a TNM "
         "Observation.",
         "Zytiga label section 1: with prednisone, metastatic high-risk castration-sensitive "
         "prostate cancer (and mCRPC). Pivotal trial LATITUDE (high risk = two of Gleason >= 8, "
         ">= 3 bone lesions, measurable visceral metastasis). Record: Gleason 9 and six bone "
         "lesions, ADT started: supported.",
         "high-risk mCSPC: Gleason 9 + 6 bone lesions",
         "male", "1955-04-22", ("Oyelaran", "Tunde"))
c.cond(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+5=9"), "2025-12-08")
c.cond(cc((ICD, "C79.51")), "2025-12-22")
c.psa("2025-12-08", 62.0)
c.testosterone("2025-12-08", 388)
imaging(c, "2025-12-22", "Bone scan: six lesions (thoracic spine, pelvis, ribs). CT: no visceral "
                         "metastases.")
tnm(c, "2025-12-22", "21905-5", "cT3a")
tnm(c, "2025-12-22", "21906-3", "cN0")
tnm(c, "2025-12-22", "21907-1", "cM1b (6 bone lesions)")
c.med("admin", hc("J9155", "degarelix 240 mg loading dose"), "2026-01-05")
c.cond(cc((ICD, "Z19.1")), "2026-01-05")
draft(c, rx("1100072", "abiraterone 1000 mg daily + prednisone 5 mg daily"), "2026-01-22")

# p06 goserelin with flutamide before and during radiotherapy, cT3a (stage C)
c = case(6, "prostate", "2026-03-09", svc(HCPCS, "J9202"), S, None,
         "Goserelin (Zoladex) with flutamide starting 8 weeks before and continuing during "
         "external-beam radiotherapy for locally confined cT3a cN0 cM0 prostate cancer "
         "(Whitmore-Jewett stage C).",
         "Zoladex label section 1: in combination with flutamide for the management of locally "
         "confined carcinoma of the prostate stage T2b-T4 (stage B2-C), starting 8 weeks before "
         "radiation therapy and continuing during it (pivotal trial RTOG 86-10); also palliative treatment of "
         "advanced carcinoma of the prostate. Record: cT3a N0 M0, radiotherapy planned: "
         "supported.",
         "locally confined cT3a (stage C) with flutamide before radiotherapy",
         "male", "1952-08-08", ("Svensson", "Bengt"))
c.cond(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+3=7"), "2026-01-12")
c.psa("2026-01-05", 14.0)
imaging(c, "2026-01-26", "Prostate MRI: right-sided extracapsular extension, seminal vesicles "
                         "clear. Bone scan and CT: no metastases.")
tnm(c, "2026-01-28", "21905-5", "cT3a")
tnm(c, "2026-01-28", "21906-3", "cN0")
tnm(c, "2026-01-28", "21907-1", "cM0")
c.stage("2026-01-28", "Stage IIIB (cT3a cN0 cM0, PSA 14, Grade Group 3); Whitmore-Jewett stage C")
c.sreq(cc((CPT, "77301")), "2026-03-02", note="EBRT 78 Gy to start 8 weeks after goserelin + "
                                               "flutamide.")
draft(c, cc(text="flutamide 250 mg three times daily"), "2026-03-02")
draft(c, hc("J9202", "Zoladex 3.6 mg SC, then 10.8 mg 28 days later"), "2026-03-02")

# p07 apalutamide: metastatic staging not done
c = case(7, "prostate", "2026-02-11", svc(RX, "1999574"), ND, ["metastatic"],
         "Apalutamide requested for castration-resistant prostate cancer (PSA rising on leuprolide, "
         "testosterone 17 ng/dL); restaging CT and bone scan ordered but not performed, so "
         "metastatic status is unknown.",
         "Erleada label section 1: non-metastatic CRPC or metastatic castration-sensitive prostate "
         "cancer (SPARTAN, TITAN); metastatic CRPC is not labelled. Castration resistance is "
         "documented; whether the disease is metastatic decides the answer and is absent: "
         "needs-documentation (metastatic).",
         "metastatic status absent: restaging pending",
         "male", "1950-10-10", ("Hughes", "Gareth"))
c.cond(cc((ICD, "C61")), "2017-03-06")
for d in ("2025-06-09", "2025-09-08", "2025-12-08"):
    c.med("admin", hc("J9217"), d)
for d, v in (("2025-06-09", 2.8), ("2025-09-08", 4.0), ("2025-12-08", 6.1)):
    c.psa(d, v)
c.testosterone("2025-12-08", 17)
c.cond(cc((ICD, "Z19.2")), "2025-12-15")
c.sreq(cc((CPT, "78306"), text="Bone scan + CT chest/abdomen/pelvis"), "2026-01-05",
       note="Ordered; not yet performed.")
c.doc("Note 2026-02-04: CRPC; restaging outstanding. Requesting apalutamide.", "2026-02-04")

# p08 enzalutamide BCR: single PSA value
c = case(8, "prostate", "2026-01-21", svc(RX, "1307298"), ND, ["psa"],
         "Enzalutamide requested for biochemical recurrence after prostatectomy; one PSA value "
         "(1.8 ng/mL) only, so no doubling time can be computed; testosterone 430 ng/dL, imaging "
         "negative.",
         "Xtandi label section 1: nmCSPC with biochemical recurrence at high risk for metastasis "
         "(EMBARK: PSADT <= 9 months). Non-metastatic, castration-sensitive status is documented; "
         "PSA kinetics are absent (single value): needs-documentation (psa).",
         "PSA kinetics absent: single value, PSADT not computable",
         "male", "1957-07-07", ("Campbell", "Ross"))
c.cond(cc((ICD, "C61")), "2020-01-13")
c.proc(cc((CPT, "55866")), "2020-03-02")
c.psa("2025-12-15", 1.8)
c.testosterone("2025-12-15", 430)
imaging(c, "2026-01-08", "CT and bone scan: no metastatic disease.")
c.doc("Note 2026-01-14: earlier post-operative PSA values were measured at an outside urology "
      "practice and are not available; doubling time cannot be calculated. Requesting "
      "enzalutamide.", "2026-01-14")

# p09 degarelix: staging not done
c = case(9, "prostate", "2026-01-14", svc(HCPCS, "J9155"), ND, ["stage"],
         "Degarelix (Firmagon) requested at diagnosis of Gleason 4+3 prostate cancer (PSA 18); "
         "no clinical T category, nodal or metastatic staging yet (MRI and bone scan scheduled).",
         "Firmagon label section 1: treatment of advanced prostate cancer (pivotal trial CS21). "
         "Whether the disease is "
         "advanced (locally advanced, node-positive or metastatic) is not documented: the stage "
         "is absent, needs-documentation (stage).",
         "stage absent: staging scheduled",
         "male", "1953-01-30", ("Olawale", "Femi"))
c.cond(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+3=7, 6/12 cores"), "2025-12-19")
c.psa("2025-12-01", 18.0)
c.sreq(cc((CPT, "78306"), text="Bone scan; prostate MRI; CT abdomen/pelvis"), "2025-12-22",
       note="Staging scheduled for late January.")
c.doc("Urology note 2026-01-07: requesting degarelix now; staging incomplete.", "2026-01-07")

# p10 apalutamide for nmCSPC biochemical recurrence
c = case(10, "prostate", "2026-02-04", svc(RX, "1999574"), RR, None,
         "Apalutamide requested for biochemical recurrence after prostatectomy (PSA 0.6 -> 1.0 "
         "-> 1.7 ng/mL), testosterone 380 ng/dL, no metastases on CT and bone scan: "
         "non-metastatic castration-sensitive disease.",
         "Erleada label section 1: metastatic castration-sensitive prostate cancer (TITAN) and "
         "non-metastatic castration-resistant prostate cancer (SPARTAN). The record documents "
         "non-metastatic (cM0) and castration-sensitive (testosterone 380, Z19.1) disease, which "
         "contradicts both: refer-to-reviewer.",
         "nmCSPC (non-castrate, M0) contradicts mCSPC / nmCRPC gates",
         "male", "1959-03-03", ("Fischer", "Dieter"))
c.cond(cc((ICD, "C61")), "2018-04-02")
c.proc(cc((CPT, "55866")), "2018-06-11")
for d, v in (("2025-04-01", 0.6), ("2025-07-01", 1.0), ("2025-10-01", 1.7)):
    c.psa(d, v)
c.testosterone("2025-10-01", 380)
c.cond(cc((ICD, "Z19.1")), "2025-10-06")
imaging(c, "2025-10-20", "CT chest/abdomen/pelvis and bone scan: no metastases.")
tnm(c, "2025-10-20", "21907-1", "cM0")
draft(c, rx("1999574"), "2026-01-28")

# p11 abiraterone for nmCRPC
c = case(11, "prostate", "2026-03-18", svc(RX, "1100072"), RR, None,
         "Abiraterone with prednisone requested for non-metastatic CRPC: PSA rising on leuprolide "
         "with testosterone 12 ng/dL, CT, bone scan and PSMA PET negative.",
         "Zytiga label section 1: metastatic CRPC and metastatic high-risk CSPC (COU-AA-301/302, "
         "LATITUDE). Non-metastatic disease on three imaging modalities contradicts the "
         "metastatic gate: refer-to-reviewer.",
         "non-metastatic CRPC contradicts metastatic gate",
         "male", "1948-11-24", ("Wagner", "Fritz"))
c.cond(cc((ICD, "C61")), "2016-10-03")
for d in ("2025-06-16", "2025-09-15", "2025-12-15"):
    c.med("admin", hc("J9217"), d)
for d, v in (("2025-06-16", 3.0), ("2025-09-15", 4.4), ("2025-12-15", 6.8)):
    c.psa(d, v)
c.testosterone("2025-12-15", 12)
c.cond(cc((ICD, "Z19.2")), "2025-12-22")
c.proc(cc((CPT, "78815"), text="PSMA PET/CT"), "2026-02-16")
imaging(c, "2026-02-16", "CT chest/abdomen/pelvis, bone scan and PSMA PET/CT: no metastatic "
                         "disease.")
tnm(c, "2026-02-16", "21907-1", "cM0")
draft(c, rx("1100072", "abiraterone 1000 mg daily + prednisone 5 mg BID"), "2026-03-10")

# p12 leuprolide for low-risk localized disease
c = case(12, "prostate", "2026-01-08", svc(HCPCS, "J9217"), RR, None,
         "Leuprolide (Eligard) requested as sole therapy for low-risk localized prostate cancer "
         "cT1c cN0 cM0, Gleason 3+3, PSA 5.4 (stage I), with no radiotherapy or surgery planned.",
         "Eligard label section 1: treatment of advanced prostate cancer (label section 14 "
         "testosterone-suppression studies in advanced disease). Stage I, Grade Group 1, "
         "cT1c N0 M0 disease is localized low-risk, not advanced; the record contradicts the "
         "stage gate: refer-to-reviewer.",
         "stage I low-risk localized contradicts 'advanced' gate",
         "male", "1961-06-15", ("Turner", "Mark"))
c.cond(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 3+3=6 (Grade Group 1)"),
       "2025-11-17", note="2/12 cores, <10% involvement.")
c.psa("2025-11-03", 5.4)
tnm(c, "2025-12-01", "21905-5", "cT1c")
tnm(c, "2025-12-01", "21906-3", "cN0")
tnm(c, "2025-12-01", "21907-1", "cM0")
c.stage("2025-12-01", "Stage I (cT1c cN0 cM0, PSA 5.4, Grade Group 1) - low risk")
c.doc("Note 2025-12-18: candidate for active surveillance; patient anxious and requests a hormone "
      "injection instead. No radiotherapy or surgery planned.", "2025-12-18")
draft(c, hc("J9217", "Eligard 22.5 mg SC q3 months"), "2026-01-02")


# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "recordedDate", "issued",
             "authoredOn", "performedDateTime", "date", "dateAsserted", "start", "end",
             "birthDate", "occurrenceDateTime"}
URN_RE = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def walk(node, fn, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            fn(k, v, path)
            walk(v, fn, path + "." + k)
    elif isinstance(node, list):
        for v in node:
            walk(v, fn, path)


MAX_ASOF = "2026-11-30"


def validate(doc):
    errs = []
    cases = doc["cases"]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate case ids")
    if len(cases) != 48:
        errs.append(f"expected 48 cases, got {len(cases)}")
    tally = {}
    all_urls = set()
    for c in cases:
        cid = c["id"]
        e = lambda m: errs.append(f"{cid}: {m}")
        if not re.fullmatch(r"lab17-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]):
            e("bad as-of date")
        elif c["date"] > MAX_ASOF:
            e(f"as-of {c['date']} after {MAX_ASOF}")
        s = c["service"]
        if s["system"] not in (RX, HCPCS) or (s["system"], s["code"]) not in VERIFIED:
            e("service not a verified RxNorm/HCPCS code")
        if c["expected"] == "needs-documentation":
            m = c.get("expected_missing") or []
            if not m or not set(m) <= ALLOWED_FACTS:
                e(f"bad expected_missing {m}")
        elif "expected_missing" in c:
            e("expected_missing on a non-needs-documentation case")
        if c["expected"] not in ("supported", "needs-documentation", "refer-to-reviewer"):
            e("bad expected")
        for k in ("description", "basis"):
            if len(c[k]) < 40:
                e(f"{k} too short")
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            e("bundle not a collection Bundle")
        urls = set()
        patients = 0
        for ent in b["entry"]:
            u, r = ent["fullUrl"], ent["resource"]
            if not URN_RE.match(u):
                e(f"bad fullUrl {u}")
            if u in urls or u in all_urls:
                e(f"duplicate fullUrl {u}")
            urls.add(u)
            if "resourceType" not in r or not r.get("id"):
                e("resource without resourceType/id")
            if r["resourceType"] == "Patient":
                patients += 1
                if not r["id"].startswith("nec17-"):
                    e("patient id prefix")
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
        all_urls |= urls
        if patients != 1:
            e(f"{patients} patients")

        def chk(k, v, path):
            if k == "reference" and isinstance(v, str) and v not in urls:
                e(f"dangling reference {v}")
            if k in DATE_KEYS and isinstance(v, str):
                if not (DATE_RE.match(v) or DT_RE.match(v)):
                    e(f"bad date {k}={v}")
                elif v[:10] > c["date"]:
                    e(f"event {k}={v} after as-of {c['date']}")
            if k == "coding" and isinstance(v, list):
                for cd in v:
                    key = (cd.get("system"), cd.get("code"))
                    if cd.get("system") in (HGVS, LOCAL):
                        continue
                    if key not in VERIFIED:
                        e(f"unverified coding {key}")
                    elif cd.get("display") != VERIFIED[key][0]:
                        e(f"display mismatch {key}")
            if k == "data" and isinstance(v, str):
                base64.b64decode(v, validate=True)
        walk(b, chk)
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp), 0) != n:
                errs.append(f"{cancer} {exp}: {tally.get((cancer, exp), 0)} != {n}")
    return errs


# ---------------------------------------------------------------- markdown
def used_codings(doc):
    used = {}

    def fn(k, v, path):
        if k == "coding" and isinstance(v, list):
            for cd in v:
                if cd.get("system") in (HGVS, LOCAL):
                    used[(cd["system"], "*")] = True
                else:
                    used[(cd["system"], cd["code"])] = used.get((cd["system"], cd["code"]), False)
    for c in doc["cases"]:
        walk(c["bundle"], fn)
    for c in doc["cases"]:
        used[(c["service"]["system"], c["service"]["code"])] = True
    return used


def render_md(doc):
    L = []
    L.append("# Label cases 17: early-stage and perioperative decisions, where the stage is "
             "everything")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-17.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates). Do not edit by hand; change the script and "
             "rerun it. `--check` regenerates in memory, validates (48 cases, 6/3/3 per cancer, "
             "collection Bundles with `urn:uuid:` fullUrls, every reference resolving, ISO dates "
             "no later than the as-of date, as-of dates no later than 2026-11-30, exactly one "
             "Patient `nec17-*` per case, every coding in the verified table below) and diffs "
             "with the files on disk.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read: `tests/fixtures/necessity/README.md` (case format); "
             "`scripts/gen-label-cases-15.py` in full (its builders, validation and Markdown "
             "renderer are copied into this script, and its verified code table is reused); the "
             "\"Code verification\" sections of `label-cases-12.md`, `label-cases-13.md`, "
             "`label-cases-14.md`, `label-cases-15.md` and `label-cases-16.md` (codes and sources "
             "reused). Not read: anything under `src/`, `crates/`, `pathways/`, the top-level "
             "`README.md`, any `tests/fixtures/necessity/*.json`, any other `scripts/gen-*.py`. "
             "Cargo and the oncotwin binary were neither built nor run. New codes were verified "
             "with the public-code search tools (find_string / read_file; ids in the table). "
             "Expected answers come only from the FDA label Indications and Usage section "
             "(section 1) of the requested product, as of the 2025 labels, and the pivotal trial "
             "named in each case's `basis`.")
    L.append("")
    L.append("Theme: neoadjuvant, adjuvant, perioperative and consolidation indications whose label "
             "gates are stage, nodal status, resection and pathological response. The same fact is "
             "written the ways different systems write it: AJCC roman stage group as text "
             "(`Stage IIB (T2N1M0)`, `AJCC 7th stage IIIA`, `Dukes' C`), as a SNOMED CT AJCC "
             "qualifier or as an AJCC numeric code (`3B`, system `http://cancerstaging.org`) in a "
             "clinical (21908-9) or pathological (21902-2) stage-group Observation or in "
             "`Condition.stage.summary`; c/p/yp TNM categories as separate mCODE LOINC "
             "Observations; node counts as 21893-3/21894-1 numbers or pathology text; residual "
             "disease or pCR after neoadjuvant therapy; resection as a CPT or SNOMED CT Procedure "
             "with margins; PSA doubling time stated or computable only from serial PSA values. "
             "refer-to-reviewer = the record contradicts a label gate; needs-documentation = a gate "
             "fact is simply absent (`expected_missing` lists the facts that must be among the "
             "missing ones); supported = every gate documented.")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total |")
    L.append("|---|---|---|---|---|")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        cs = [c for c in doc["cases"] if c["cancer"] == cancer]
        n = lambda x: sum(1 for c in cs if c["expected"] == x)
        L.append(f"| {cancer} | {n('supported')} | {n('needs-documentation')} | "
                 f"{n('refer-to-reviewer')} | {len(cs)} |")
    L.append("")
    reasons = {c.cid: c.reason for c in CASES}
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        L.append(f"## {cancer}")
        L.append("")
        L.append("| id | service | code | expected | reason |")
        L.append("|---|---|---|---|---|")
        for c in doc["cases"]:
            if c["cancer"] != cancer:
                continue
            s = c["service"]
            exp = c["expected"]
            if exp == "needs-documentation":
                exp += " (" + ", ".join(c["expected_missing"]) + ")"
            L.append(f"| {c['id']} | {s['display']} | {SYSNAME[s['system']]} {s['code']} | "
                     f"{exp} | {reasons[c['id']]} |")
        L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codings(doc)
    order = [HCPCS, RX, ICD, SCT, LN, HGNC, CPT, AJCC]
    for sysurl in order + sorted({k[0] for k in used} - set(order) - {HGVS, LOCAL}):
        for (s, code) in sorted((k for k in used if k[0] == sysurl), key=lambda k: k[1]):
            disp, src = VERIFIED[(s, code)]
            name = SYSNAME.get(s, "FHIR " + s.replace(TH, ""))
            L.append(f"| {name} | {code} | {disp}{' [service]' if used[(s, code)] else ''} | {src} |")
    if (HGVS, "*") in used:
        L.append("| HGVS | (expressions) | c./p. variant descriptions in genomic-variant components | HGVS |")
    if (LOCAL, "*") in used:
        L.append(f"| local | LOCAL | fictitious local result codes ({LOCAL}), always beside a standard coding or text | LOC |")
    L.append("")
    L.append("Source tags:")
    L.append("")
    for tag, text in SOURCE_TAGS:
        L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("Notes on sources: the SNOMED CT id 173171007 is paired with 'Lobectomy of lung' by "
             "three public files (ids 66422976363, 43247335714, 56931920256) but mislabelled in "
             "others (e.g. 32253561429 'Hysterectomy', 59767551697 'Thoracentesis', 54571287906 "
             "'Colectomy'); the majority lobectomy pairing is used. One public file swaps LOINC "
             "21893-3 and 21894-1 (53242164359); the pairing used (21893-3 positive, 21894-1 "
             "examined) follows 71048029361 and 70795553889. SNOMED CT AJCC stage IIB has a "
             "conflicting public pairing 1222806001 (14092534136); 1222769001 is used (CanShare "
             "value set plus two mCODE examples). SNOMED CT stage IIIB is not coded (public "
             "pairings disagree: 1222805004 vs 1222594001); IIIB is written as the AJCC numeric "
             "code '3B' or as text.")
    L.append("")
    L.append("Not coded (no ingredient RXCUI confirmed from two independent sources here): "
             "darolutamide (not requested), relugolix, vinorelbine, etoposide, flutamide, "
             "leucovorin, prednisone; they appear only as text.")
    L.append("")
    return "\n".join(L)


def build():
    doc = {"cases": [c.to_json() for c in CASES]}
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n", render_md(doc) + "", doc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    js, md, doc = build()
    errs = validate(json.loads(js))
    if errs:
        for x in errs:
            print("ERROR", x, file=sys.stderr)
        sys.exit(1)
    if args.check:
        bad = False
        for path, text in ((OUT_JSON, js), (OUT_MD, md)):
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"DIFF {path.relative_to(ROOT)} differs from regenerated output",
                      file=sys.stderr)
                bad = True
        if bad:
            sys.exit(1)
        print(f"ok: {len(doc['cases'])} cases valid and identical to disk")
        return
    OUT_JSON.write_text(js, encoding="utf-8")
    OUT_MD.write_text(md, encoding="utf-8")
    print(f"wrote {OUT_JSON.relative_to(ROOT)} and {OUT_MD.relative_to(ROOT)} "
          f"({len(doc['cases'])} cases)")


if __name__ == "__main__":
    main()
