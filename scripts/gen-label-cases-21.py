#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-21.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: services other than drugs. What a prior-authorisation desk is also asked
for in these four cancers: radiotherapy (SBRT for medically inoperable early
NSCLC, whole-breast and post-mastectomy RT, definitive chemoradiation, prostate
IMRT with ADT, LDR brachytherapy, palliative RT for a painful bone metastasis,
short-course RT for rectal cancer), surgery (lobectomy, partial mastectomy,
sentinel node biopsy, radical prostatectomy, colectomy, low anterior resection
with total mesorectal excision, partial hepatectomy for liver-only colorectal
metastases) and the imaging and tests that pathways gate (PSMA PET agents, FDG
PET/CT for NSCLC staging, comprehensive genomic profiling, germline BRCA1/2,
the 21-gene recurrence score, MSI testing). The requested service is a draft
proposal ServiceRequest coded in CPT, HCPCS Level II (A- and G-codes) or SNOMED
CT, with reasonReference to the cancer Condition in most cases.

Written blind: the author read scripts/gen-label-cases-20.py in full (its machinery
is copied and adapted here), tests/fixtures/necessity/README.md, and only the
"Code verification" sections of tests/fixtures/necessity/label-cases-15.md ..
label-cases-20.md. Not read: src/, crates/, pathways/, the top-level README.md,
any tests/fixtures/necessity/*.json, any other scripts/gen-*.py, and the case
tables or other sections of those .md files. Cargo and the oncotwin binary were
neither built nor run.

Usage:
    python3 scripts/gen-label-cases-21.py           # write the .json and .md
    python3 scripts/gen-label-cases-21.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Dates: the case `date` is the request date (the authoredOn of the draft
ServiceRequest). Every resource dates on or before it; no date anywhere is later
than 2026-11-30.

Codes: every coding written is looked up in VERIFIED below (system, code ->
display, source tags); the .md code-verification table is generated from the
codings actually used. Rows reuse the label-cases-15..20 verification tables and
their sources; rows tagged ADDB21, PAGE21, GEN21 or ICDX21 were verified for this
set (CPT/HCPCS service codes, SNOMED CT procedure codes, ICD-10-CM R97.2x).
meta.profile URLs are checked against VERIFIED_URLS the same way.
"""
import argparse
import base64
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-21.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-21.md"
NS = uuid.UUID("3f0b2c21-6d1e-4a7b-9c21-21c0ffee2121")
DATE_CAP = "2026-11-30"

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
AJCC = "http://cancerstaging.org"
TH = "http://terminology.hl7.org/CodeSystem/"
SYSNAME = {RX: "RxNorm", HCPCS: "HCPCS", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", CPT: "CPT", AJCC: "AJCC"}
SERVICE_SYSTEMS = (CPT, HCPCS, SCT)
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology"}

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- CPT
# Rows of the label-cases-15..20 tables (display and source as cited there).
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("19307", "Mastectomy, modified radical"),
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
    ("81455", "Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm, 51 or greater genes"),
]:
    V(CPT, code, disp, "CPTA")
# Verified for this set: present in CMS OPPS Addendum B 2026-04 (short descriptor
# quoted) and the official descriptor read on a public coding page.
for code, disp, src in [
    ("19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)",
     "ADDB21 'Partial mastectomy'; PAGE21 webhooks.codingahead.com/cpt/codes/19301, "
     "www.codingahead.com/cpt-code-19301-partial-mastectomy/"),
    ("44145", "Colectomy, partial; with coloproctostomy (low pelvic anastomosis)",
     "ADDB21 'Partial removal of colon'; PAGE21 webhooks.codingahead.com/cpt/codes/44145 "
     "(44146 is the same with colostomy)"),
    ("47120", "Hepatectomy, resection of liver; partial lobectomy",
     "ADDB21 'Partial removal of liver'; PAGE21 facs.org Bulletin 2018-10 'CPT coding for "
     "hepatobiliary surgery' (quotes the descriptor), openpayer.com cpt-47120"),
    ("77295", "3-dimensional radiotherapy plan, including dose-volume histograms",
     "ADDB21 '3-d radiotherapy plan'; PAGE21 webhooks.codingahead.com/cpt/codes/77295, "
     "rvuedge.com/cpt-codes/radiology/77295"),
    ("77373", "Stereotactic body radiation therapy, treatment delivery, per fraction to 1 or "
              "more lesions, including image guidance, entire course not to exceed 5 fractions",
     "ADDB21 'Strtctc bdy rad ther tx dlvr'; PAGE21 webhooks.codingahead.com/cpt/codes/77373, "
     "openpayer.com cpt-77373"),
    ("81301", "Microsatellite instability analysis (eg, hereditary non-polyposis colorectal "
              "cancer, Lynch syndrome) of markers for mismatch repair deficiency (eg, BAT25, "
              "BAT26), includes comparison of neoplastic and normal tissue, if performed",
     "ADDB21 'Microsatellite instability'; PAGE21 webhooks.codingahead.com/cpt/codes/81301, "
     "genhealth.ai/code/cpt4/81301"),
    ("81519", "Oncology (breast), mRNA, gene expression profiling by real-time RT-PCR of 21 "
              "genes, utilizing formalin-fixed paraffin-embedded tissue, algorithm reported "
              "as recurrence score",
     "ADDB21 'Oncology breast mrna'; PAGE21 genhealth.ai/code/cpt4/81519 (Oncotype DX)"),
]:
    V(CPT, code, disp, src)

# ---- HCPCS Level II
V(HCPCS, "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB")
for code, disp, src in [
    ("A9595", "Piflufolastat f-18, diagnostic, 1 millicurie",
     "ADDB21 'Piflu f-18, dia 1 millicurie'; PAGE21 cgsmedicare.com/partb/pubs/news/2021/10/"
     "cope23664.html (CGS billing instructions, revised 2024-08-30: A9595 for Pylarify), "
     "palmettogba.com PSMA PET article 2024-09-18"),
    ("A9596", "Gallium illuccix 1 millicure",
     "ADDB21 (CMS short descriptor, verbatim, sic); PAGE21 medicaid.ncdhhs.gov 2022-08-30 "
     "'Gallium Ga 68 Gozetotide Injection Kits (Illuccix) HCPCS Code A9596', "
     "cgsmedicare.com cope23664 (A9596 for Ga 68 gozetotide)"),
    ("A9608", "Flotufolastat f18 diag 1 mci",
     "ADDB21 (CMS short descriptor, verbatim); PAGE21 posluma.com/reimbursement-and-support "
     "('HCPCS code A9608 assigned, effective January 1, 2024')"),
    ("G0339", "Image-guided robotic linear accelerator-based stereotactic radiosurgery, "
              "complete course of therapy in one session or first session of fractionated "
              "treatment",
     "ADDB21 'Robot lin-radsurg com, first'; PAGE21 genhealth.ai/code/hcpcs/G0339, "
     "coding.health/hcpcs-g0339 (G0340 = sessions 2-5)"),
    ("G0458", "Low dose rate (LDR) prostate brachytherapy services, composite rate",
     "ADDB21 'Ldr prostate brachy comp rat'; GEN21 1997329026 / 6872424496 (OMOP HCPCS "
     "domain scripts: \"concept_code = 'G0458' ... Low dose rate (ldr) prostate brachytherapy "
     "services, composite rate\")"),
]:
    V(HCPCS, code, disp, src)

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
    ("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast",
     "ICDX19 lib/codes/codes_c50.ex (read_file id 29233930255)"),
    ("C50.911", "Malignant neoplasm of unspecified site of right female breast", "ICDX"),
    ("C50.912", "Malignant neoplasm of unspecified site of left female breast", "ICDX"),
    ("C61", "Malignant neoplasm of prostate", "ICDX"),
    ("C78.01", "Secondary malignant neoplasm of right lung", "ICDX"),
    ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "ICDX"),
    ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "ICDX"),
    ("C79.51", "Secondary malignant neoplasm of bone", "ICDX"),
    ("R97.20", "Elevated prostate specific antigen [PSA]",
     "ICDX21 lib/codes/codes_r97.ex (read_file id 29937754334)"),
    ("R97.21", "Rising PSA following treatment for malignant neoplasm of prostate",
     "ICDX21 lib/codes/codes_r97.ex (read_file id 29937754334)"),
    ("Z19.2", "Hormone resistant malignancy status", "ICDX"),
]:
    V(ICD, code, disp, src)

# ---- SNOMED CT
for code, disp, src in [
    ("1222769001", "American Joint Committee on Cancer stage IIB (qualifier value)",
     "CANSHARE 18115121853; GEN17 40655546085 / 15545145458"),
    ("1222802001", "American Joint Committee on Cancer stage IIIA (qualifier value)",
     "CANSHARE 18115121853; GEN17 67168720842"),
    ("1222837003", "American Joint Committee on Cancer stage IV (qualifier value)",
     "GEN 18131229102 / 18115121853"),
    ("254637007", "Non-small cell lung cancer (disorder)", "MCODE"),
    ("254837009", "Malignant neoplasm of breast (disorder)", "MCODE"),
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("73056007", "Right breast structure", "GEN14 53250974630 / 14446098577"),
    ("80248007", "Left breast structure", "GEN14 53734731630 / 53261709540"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("94381002", "Secondary malignant neoplasm of liver", "GEN 70248098329 / 67516913204"),
    ("173171007", "Lobectomy of lung",
     "GEN17 66422976363 / 43247335714 / 56931920256, as cited in label-cases-17 (see note)"),
    ("26294005", "Radical prostatectomy (procedure)",
     "GEN17 69458401736 / 19785080549, as cited in label-cases-17"),
    # verified for this set
    ("396487001", "Sentinel lymph node biopsy (procedure)",
     "GEN21 53367026260 (FHIR Procedure coding with this display) / 6997450488 / "
     "30605106953 / 24845403363"),
    ("392021009", "Lumpectomy of breast (procedure)",
     "GEN21 6972252308 (Synthea mCODE mapper, breast module) / 53516888242 / 63245048815 / "
     "49263992286"),
    ("33195004", "External beam radiation therapy procedure (procedure)",
     "GEN21 5725954519 (SNOMED CT editorial text naming 33195004 External beam radiation "
     "therapy procedure (procedure)) / 63222570666 / 10397418467; earlier FSN "
     "'Teleradiotherapy procedure (procedure)' (41011957610, 6972252308)"),
    ("441799006", "Intensity modulated radiation therapy (procedure)",
     "GEN21 40655546085 (mCODE radiotherapy course example) / 1493027656 / 41011957610"),
    ("113120007", "Interstitial brachytherapy (procedure)",
     "GEN21 6972252308 / 41011957610 / 63222570666"),
    ("43075005", "Partial resection of colon (procedure)",
     "GEN21 43668919592 (code table row with this display) / 6972252308 / 63245048815"),
]:
    V(SCT, code, disp, src)

# ---- AJCC numeric stage groups (http://cancerstaging.org)
for code, disp in [("3A", "IIIA"), ("3B", "IIIB")]:
    V(AJCC, code, disp, "AJCC")

# ---- LOINC
for code, disp, src in [
    ("11488-4", "Consult note", "GEN 54149578163 / 57160072403"),
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
    ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma",
     "GEN19 61377107555 / 5819454336 / 54506294751"),
    ("21893-3", "Regional lymph nodes positive [#] Specimen", "GEN17 71048029361 / 70795553889"),
    ("21894-1", "Regional lymph nodes examined [#] Specimen", "GEN17 70795553889 / 70257144365"),
    ("21899-0", "Primary tumor.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889 / 52481248369"),
    ("21900-6", "Regional lymph nodes.pathology [Class] Cancer", "MCODE17 40891610556; GEN17 34087727747 / 52481248369"),
    ("21902-2", "Stage group.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889"),
    ("21905-5", "Primary tumor.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21906-3", "Regional lymph nodes.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21907-1", "Distant metastases.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21908-9", "Stage group.clinical Cancer", "MCODE"),
    ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "MCODE"),
    ("48676-1", "HER2 [Interpretation] in Tissue", "MCODE"),
    ("85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH", "MCODE"),
    ("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", "MCODE"),
    ("89247-1", "ECOG Performance Status score", "MCODE"),
    ("LA6576-8", "Positive", "MCODE"),
    ("LA6577-6", "Negative", "MCODE"),
]:
    V(LN, code, disp, src)

# ---- FHIR R4 terminology
for sysname, code, disp, src in [
    ("condition-clinical", "active", "Active", "FHIR"),
    ("condition-ver-status", "confirmed", "Confirmed", "FHIR"),
    ("condition-category", "problem-list-item", "Problem List Item", "FHIR"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis", "FHIR"),
    ("observation-category", "laboratory", "Laboratory", "FHIR"),
    ("observation-category", "survey", "Survey", "FHIR"),
    ("v2-0074", "PAT", "Pathology (gross & histopath, not surgical)", "FHIR"),
    ("v2-0074", "RAD", "Radiology", "FHIR"),
]:
    V(TH + sysname, code, disp, src)

# ---- profile URLs written in meta.profile
MC = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
P_PRIMARY = MC + "mcode-primary-cancer-condition"
P_SECONDARY = MC + "mcode-secondary-cancer-condition"
P_MARKER = MC + "mcode-tumor-marker-test"
P_STAGE = MC + "mcode-tnm-stage-group"
VERIFIED_URLS = {
    P_PRIMARY: "MCODEURL: find_string id 41513285777, as cited in label-cases-19/20",
    P_SECONDARY: "MCODEURL: find_string ids 3634690252 / 20773729078 / 43424007295, as cited in label-cases-19/20",
    P_MARKER: "MCODEURL: find_string ids 3634690252 / 56870742482 / 37201239835, as cited in label-cases-19/20",
    P_STAGE: "MCODEURL: find_string id 1254961191, as cited in label-cases-19/20",
}

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..20"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..20"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12..20"),
    ("ADDB21", "read for this set: CMS OPPS Addendum B 2026-04 rows in sample.csv at commit 55a5494 of github.com/softek/CMS.HCPCS (fetched snapshot; the CMS short descriptor is quoted in the source column). The same history shows CPT 77385/77386 and HCPCS G6011-G6015 present through the 2025-10 file and absent from 2026-01, so no IMRT/3D delivery G-code is used in this set"),
    ("PAGE21", "public web pages read for this set with the search tool (pages corpus); address in the source column. Coding-reference pages quote the CPT official descriptor; payer and MAC pages pair the HCPCS code with the agent"),
    ("GEN21", "public code pairing the code with its name, found for this set with find_string (ids listed; the first id's display is the one used)"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..20"),
    ("ICDX19", "same medtrack-io/icd_code table, rows read with read_file at commit 688bfba (file and id in the source column), as cited in label-cases-19/20"),
    ("ICDX21", "same medtrack-io/icd_code table, rows read for this set with read_file at commit 688bfba (the table writes 'R9720' / 'R9721' without the dot; its full_name is the display)"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..20"),
    ("MCODE17", "mCODE staging ValueSet FSH (read_file id 40891610556), as cited in label-cases-17..20"),
    ("CANSHARE", "public SNOMED CT AJCC stage-group value set (NZ CanShare FSH, read_file id 18115121853), as cited in label-cases-17..20"),
    ("AJCC", "AJCC numeric stage-group codes of http://cancerstaging.org (find_string ids 21650994909 / 36016507272; WorldVistA ONCSGA8C.m), display = roman stage group, as cited in label-cases-17/19/20"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..20"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14..20"),
    ("GEN17", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-17..20"),
    ("GEN19", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-19"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification), rows of the label-cases-14/18/19/20 tables"),
    ("MCODEURL", "canonical mCODE StructureDefinition URLs found with find_string in public mCODE IG sources and bundles, as cited in label-cases-19/20"),
]


# ---------------------------------------------------------------- builders
def coding(system, code, display=None):
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


def inst(d, hhmm="12:00"):
    """A FHIR instant from a date (or pass an instant through)."""
    return d if "T" in d else f"{d}T{hhmm}:00Z"


POS = (LN, "LA6576-8")
NEG = (LN, "LA6577-6")
S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, label, description,
                 basis, reason, gender, birth, name):
        self.cid = f"lab21-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.label = label
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.pid = "nec21-" + self.cid[len("lab21-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.21",
                            "value": f"MRN21{num:02d}{cancer[:2].upper()}"}],
            "name": [{"family": fam, "given": [given]}],
            "gender": gender, "birthDate": birth}})
        self.subj = {"reference": self.purl}

    # generic ------------------------------------------------------------
    def add(self, res, *, profile=None):
        self.n += 1
        rid = str(uuid.uuid5(NS, f"{self.cid}/{self.n}"))
        head = {"resourceType": res.pop("resourceType"), "id": rid}
        if profile:
            head["meta"] = {"profile": [profile]}
        res = {**head, **res}
        url = "urn:uuid:" + rid
        self.entries.append({"fullUrl": url, "resource": res})
        return url

    def cond(self, code, onset, *, cat="problem-list-item", body=None, note=None,
             recorded=None, profile=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc((TH + "condition-clinical", "active")),
             "verificationStatus": cc((TH + "condition-ver-status", "confirmed")),
             "category": [cc((TH + "condition-category", cat))],
             "code": code, "subject": self.subj, "onsetDateTime": onset,
             "recordedDate": recorded or onset}
        if body:
            r["bodySite"] = [body]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, profile=profile)

    def primary(self, code, onset, **k):
        return self.cond(code, onset, profile=P_PRIMARY, **k)

    def secondary(self, code, onset, **k):
        return self.cond(code, onset, profile=P_SECONDARY, **k)

    def obs(self, code, date, value=None, *, cat="laboratory", issued=None, note=None,
            method=None, profile=None, focus=None):
        r = {"resourceType": "Observation", "status": "final"}
        if cat:
            r["category"] = ocat(cat)
        r.update({"code": code, "subject": self.subj, "effectiveDateTime": date,
                  "issued": inst(issued or date)})
        if focus:
            r["focus"] = [{"reference": focus}]
        if value:
            r.update(value)
        if method:
            r["method"] = tcc(method)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, profile=profile)

    def marker(self, code, date, value=None, **k):
        return self.obs(code, date, value, profile=P_MARKER, **k)

    def stmt(self, med, start, *, end=None, note=None):
        r = {"resourceType": "MedicationStatement", "status": "completed" if end else "active",
             "medicationCodeableConcept": med, "subject": self.subj,
             "effectivePeriod": {"start": start, **({"end": end} if end else {})},
             "dateAsserted": end or start}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def admin(self, med, date, *, dose=None):
        r = {"resourceType": "MedicationAdministration", "status": "completed",
             "medicationCodeableConcept": med, "subject": self.subj,
             "effectiveDateTime": date}
        if dose:
            r["dosage"] = {"text": dose}
        return self.add(r)

    def proc(self, code, date, *, end=None, reason=None, note=None, body=None):
        r = {"resourceType": "Procedure", "status": "completed", "code": code,
             "subject": self.subj}
        if end:
            r["performedPeriod"] = {"start": date, "end": end}
        else:
            r["performedDateTime"] = date
        if body:
            r["bodySite"] = [body]
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def order(self, code, date, *, status="active", reason=None, note=None):
        """Another order in the chart (not the request under review)."""
        r = {"resourceType": "ServiceRequest", "status": status, "intent": "order",
             "code": code, "subject": self.subj, "authoredOn": date}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def ask(self, code, *, reason=None, reason_code=None, body=None, note=None):
        """The request under review: a draft proposal ServiceRequest for the service,
        authored on the case date."""
        svc = self.service
        if not any(cd.get("system") == svc["system"] and cd.get("code") == svc["code"]
                   for cd in code.get("coding", [])):
            raise SystemExit(f"{self.cid}: ask code does not carry the service coding")
        r = {"resourceType": "ServiceRequest", "status": "draft", "intent": "proposal",
             "code": code, "subject": self.subj, "authoredOn": self.date}
        if reason_code:
            r["reasonCode"] = [reason_code]
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if body:
            r["bodySite"] = [body]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def doc(self, text, date, *, kind="11506-3"):
        r = {"resourceType": "DocumentReference", "status": "current",
             "type": cc((LN, kind)), "subject": self.subj, "date": inst(date, "09:00"),
             "content": [{"attachment": {
                 "contentType": "text/plain; charset=utf-8",
                 "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}}]}
        return self.add(r)

    def report(self, code, date, conclusion, *, cat="RAD", issued=None, results=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc((TH + "v2-0074", cat))], "code": code,
             "subject": self.subj, "effectiveDateTime": date,
             "issued": inst(issued or date, "15:00"), "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": u} for u in results]
        return self.add(r)

    def imaging(self, date, conclusion, *, title=None, issued=None):
        code = cc((LN, "18748-4"), text=title) if title else cc((LN, "18748-4"))
        return self.report(code, date, conclusion, cat="RAD", issued=issued)

    # common shortcuts --------------------------------------------------
    def ecog(self, date, score):
        return self.obs(cc((LN, "89247-1")), date, {"valueInteger": score}, cat="survey")

    def stage(self, date, text, *, code=None, path=False, **k):
        """mCODE TNM stage group: clinical (21908-9) or pathological (21902-2)."""
        sc = cc((LN, "21902-2" if path else "21908-9"))
        val = vcc(code, text=text) if code else vcc(text=text)
        return self.obs(sc, date, val, cat="survey", profile=P_STAGE, **k)

    def tnm(self, date, t, n, m=None, *, path=False, issued=None):
        """TNM categories as text values: clinical 21905-5/21906-3/21907-1, pathological
        21899-0/21900-6."""
        codes = ("21899-0", "21900-6", None) if path else ("21905-5", "21906-3", "21907-1")
        for lc, v in zip(codes, (t, n, m)):
            if lc and v:
                self.obs(cc((LN, lc)), date, vcc(text=v), cat="survey", issued=issued)

    def nodes(self, date, positive, examined, issued=None):
        self.obs(cc((LN, "21893-3")), date, qty(positive, "{#}", "{#}"), issued=issued)
        self.obs(cc((LN, "21894-1")), date, qty(examined, "{#}", "{#}"), issued=issued)

    def er(self, date, pos, text=None, issued=None):
        return self.marker(cc((LN, "16112-5")), date, vcc(POS if pos else NEG, text=text),
                           issued=issued)

    def pr(self, date, pos, text=None, issued=None):
        return self.marker(cc((LN, "16113-3")), date, vcc(POS if pos else NEG, text=text),
                           issued=issued)

    def her2_ihc(self, date, value, issued=None):
        return self.marker(cc((LN, "85319-2")), date, value, issued=issued)

    def her2_ish(self, date, pos, text, issued=None):
        return self.marker(cc((LN, "85318-4")), date, vcc(POS if pos else NEG, text=text),
                           issued=issued)

    def psa(self, date, v, **k):
        return self.obs(cc((LN, "2857-1")), date, qty(v, "ng/mL", "ng/mL"), **k)

    def text_obs(self, name, date, value, *, cat="laboratory", **k):
        return self.obs(tcc(name), date, vstr(value), cat=cat, **k)

    def to_json(self):
        out = {"id": self.cid, "cancer": self.cancer, "description": self.description,
               "basis": self.basis, "date": self.date, "service": self.service,
               "expected": self.expected}
        if self.expected == "needs-documentation":
            out["expected_missing"] = self.missing
        out["bundle"] = {"resourceType": "Bundle", "id": "bundle-" + self.pid,
                         "type": "collection", "entry": self.entries}
        return out


def svc(system, code):
    return coding(system, code)


def cpt(code, text=None):
    return cc((CPT, code), text=text)


def hc(code, text=None):
    return cc((HCPCS, code), text=text)


def sct(code, text=None):
    return cc((SCT, code), text=text)


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


RIGHT = cc((SCT, "73056007"))
LEFT = cc((SCT, "80248007"))

# ================================================================ BREAST
# b01 partial mastectomy for unifocal cT1c cN0
c = case(1, "breast", "2026-03-16", svc(CPT, "19301"), S, None,
         "Partial mastectomy (lumpectomy)",
         "Partial mastectomy (lumpectomy) with sentinel node biopsy for a unifocal 1.6 cm "
         "ER-positive, HER2-negative invasive ductal carcinoma of the right breast, clinically "
         "node-negative on axillary ultrasound; the patient wants breast conservation and has no "
         "contraindication to radiotherapy.",
         "NCI PDQ Breast Cancer Treatment (early / localized disease): breast-conserving surgery "
         "followed by radiation therapy is a standard local treatment for stage I-II breast "
         "cancer, with survival equivalent to mastectomy. Pivotal trials NSABP B-06 and Milan I "
         "(20-year follow-up). Record: unifocal cT1c cN0 cM0 (clinical stage IA), ER+/HER2-, "
         "ECOG 0, radiotherapy acceptable: supported.",
         "unifocal cT1c cN0, breast conservation wanted, RT feasible",
         "female", "1968-09-14", ("Whitaker", "Helen"))
p = c.primary(cc((ICD, "C50.411"), text="Invasive ductal carcinoma, right breast UOQ"),
              "2026-02-10", body=RIGHT)
c.imaging("2026-02-03", "Diagnostic mammogram and ultrasound: single 1.6 cm irregular mass at "
          "10 o'clock right breast, no other lesion; axillary ultrasound normal (BI-RADS 5).",
          title="Mammogram and breast/axillary ultrasound")
c.er("2026-02-10", True, "Positive, 95%", issued="2026-02-16")
c.pr("2026-02-10", True, "Positive, 60%", issued="2026-02-16")
c.her2_ihc("2026-02-10", vcc(NEG, text="1+ (negative)"), issued="2026-02-16")
c.tnm("2026-02-20", "cT1c (1.6 cm)", "cN0 (axillary ultrasound negative)", "cM0")
c.stage("2026-02-20", "cT1c cN0 cM0 - clinical stage IA")
c.ecog("2026-03-02", 0)
c.doc("Breast surgery consult 2026-03-02: 57-year-old with a unifocal 1.6 cm right breast IDC, "
      "ER/PR positive, HER2 negative, clinically node negative. No prior chest irradiation, no "
      "connective-tissue disease. Wishes breast conservation. Plan partial mastectomy with "
      "sentinel lymph node biopsy, then whole-breast radiotherapy.", "2026-03-02", kind="11488-4")
c.ask(cpt("19301", "Right partial mastectomy (wire-localised) with sentinel node biopsy"),
      reason=p, body=RIGHT)

# b02 sentinel node biopsy, cT2 cN0, with mastectomy
c = case(2, "breast", "2026-04-13", svc(SCT, "396487001"), S, None,
         "Sentinel lymph node biopsy",
         "Sentinel lymph node biopsy at total mastectomy for a 3.2 cm ER-positive, HER2-negative "
         "left breast carcinoma with a clinically and sonographically negative axilla.",
         "NCI PDQ Breast Cancer Treatment (axillary staging): sentinel lymph node biopsy is the "
         "standard axillary staging for clinically node-negative early breast cancer. Pivotal "
         "trials NSABP B-32 (SLNB vs axillary dissection in cN0) and ACOSOG Z0011. Record: cT2 "
         "cN0 cM0 (clinical stage IIA), negative axillary ultrasound: supported.",
         "cT2 cN0 (axillary US negative): SLNB is the axillary staging",
         "female", "1979-06-02", ("Osei", "Abena"))
p = c.primary(cc((SCT, "254837009"), text="Invasive lobular carcinoma, left breast"),
              "2026-03-09", body=LEFT)
c.imaging("2026-03-03", "Breast MRI: 3.2 cm enhancing mass, left upper outer quadrant, with a "
          "second 0.9 cm focus in the lower inner quadrant (multicentric). Axilla: no abnormal "
          "nodes.", title="MRI breast bilateral")
c.er("2026-03-09", True, "Positive, 90%", issued="2026-03-13")
c.pr("2026-03-09", False, "Negative (<1%)", issued="2026-03-13")
c.her2_ish("2026-03-09", False, "Not amplified, HER2/CEP17 ratio 1.2", issued="2026-03-16")
c.tnm("2026-03-18", "cT2 (3.2 cm, multicentric)", "cN0", "cM0")
c.stage("2026-03-18", "cT2 cN0 cM0 - clinical stage IIA")
c.ecog("2026-03-30", 0)
c.order(cpt("19303", "Left total mastectomy"), "2026-04-06", reason=p,
        note="Scheduled with sentinel node biopsy.")
c.doc("Surgery note 2026-04-06: multicentric left breast ILC, clinically node negative. Total "
      "mastectomy with sentinel lymph node biopsy (dual tracer).", "2026-04-06")
c.ask(sct("396487001", "Left axillary sentinel lymph node biopsy (dual tracer)"), reason=p,
      body=LEFT)

# b03 whole-breast RT after partial mastectomy
c = case(3, "breast", "2026-05-11", svc(SCT, "33195004"), S, None,
         "Whole-breast radiotherapy (hypofractionated)",
         "Hypofractionated whole-breast radiotherapy (40 Gy in 15 fractions) after partial "
         "mastectomy with negative margins and negative sentinel nodes for pT1b pN0(sn) "
         "ER-positive breast cancer in a 57-year-old.",
         "NCI PDQ Breast Cancer Treatment: breast-conserving surgery is followed by whole-breast "
         "radiation therapy in stage I-II disease. Pivotal trials NSABP B-06 (lumpectomy with vs "
         "without radiation) and, for hypofractionation, START-B and FAST-Forward; ASTRO "
         "whole-breast radiotherapy guideline. Record: lumpectomy and SLNB done, margins "
         "negative, pT1b pN0(sn): supported.",
         "after lumpectomy, margins negative, pT1b pN0(sn)",
         "female", "1968-11-20", ("Lindqvist", "Maria"))
p = c.primary(cc((ICD, "C50.912")), "2026-02-16", body=LEFT)
c.er("2026-02-16", True, "Positive, 85%", issued="2026-02-20")
c.her2_ihc("2026-02-16", vcc(NEG, text="0"), issued="2026-02-20")
c.proc(sct("392021009"), "2026-03-30", reason=p, body=LEFT)
c.proc(sct("396487001"), "2026-03-30", reason=p, body=LEFT)
c.tnm("2026-03-30", "pT1b (0.8 cm)", "pN0(sn) (0/2)", path=True, issued="2026-04-06")
c.stage("2026-03-30", "pT1b pN0(sn) - pathological stage IA", path=True, issued="2026-04-06")
c.text_obs("Surgical margin status", "2026-03-30", "Negative; closest margin 4 mm (superior)",
           cat=None, issued="2026-04-06")
c.doc("Radiation oncology consult 2026-04-27: left lumpectomy + SLNB 2026-03-30, pT1b pN0(sn), "
      "margins clear, ER+. Plan whole-breast RT 40 Gy/15 fractions; endocrine therapy after.",
      "2026-04-27", kind="11488-4")
c.ask(sct("33195004", "Whole-breast external beam RT, left, 40 Gy in 15 fractions"), reason=p,
      body=LEFT)

# b04 post-mastectomy RT, pN2a
c = case(4, "breast", "2026-06-22", svc(CPT, "77295"), S, None,
         "Post-mastectomy radiotherapy (3D plan)",
         "Post-mastectomy radiotherapy to the chest wall and regional nodes (3D conformal plan) "
         "after modified radical mastectomy showing pT2 pN2a (5 of 16 nodes) ER-positive breast "
         "cancer, after adjuvant chemotherapy.",
         "NCI PDQ Breast Cancer Treatment: post-mastectomy radiation therapy is indicated for "
         "node-positive disease, standard with four or more positive nodes. Pivotal evidence: "
         "Danish Breast Cancer Cooperative Group 82b/82c trials and the EBCTCG 2014 "
         "meta-analysis. Record: MRM, 5/16 positive nodes, pathological stage IIIA: supported.",
         "pT2 pN2a (5/16) after MRM: PMRT indicated",
         "female", "1975-01-28", ("Novak", "Petra"))
p = c.primary(cc((ICD, "C50.411")), "2026-01-12", body=RIGHT)
c.er("2026-01-12", True, "Positive, 70%", issued="2026-01-16")
c.her2_ish("2026-01-12", False, "Not amplified", issued="2026-01-20")
c.proc(cpt("19307"), "2026-01-26", reason=p, body=RIGHT)
c.tnm("2026-01-26", "pT2 (3.4 cm)", "pN2a", path=True, issued="2026-02-02")
c.nodes("2026-01-26", 5, 16, issued="2026-02-02")
c.stage("2026-01-26", "pT2 pN2a cM0 - pathological stage IIIA", code=(SCT, "1222802001"),
        path=True, issued="2026-02-02")
c.stmt(tcc("Adjuvant dose-dense doxorubicin/cyclophosphamide then paclitaxel"), "2026-02-16",
       end="2026-06-08")
c.ecog("2026-06-15", 0)
c.ask(cpt("77295", "3D conformal PMRT: chest wall + supraclavicular/axillary apex, 50 Gy/25"),
      reason=p, body=RIGHT)

# b05 Oncotype DX, pT1c pN0 ER+ HER2-
c = case(5, "breast", "2026-04-27", svc(CPT, "81519"), S, None,
         "21-gene recurrence score (Oncotype DX)",
         "21-gene recurrence score on the lumpectomy specimen of a 1.4 cm ER/PR-positive, "
         "HER2-negative (IHC 2+, ISH not amplified), node-negative invasive carcinoma, to decide "
         "on adjuvant chemotherapy.",
         "Oncotype DX Breast Recurrence Score intended use (laboratory-developed test, not an FDA "
         "label): HR-positive, HER2-negative early invasive breast cancer, node-negative or 1-3 "
         "positive nodes, to inform adjuvant chemotherapy. Pivotal trial TAILORx (node-negative; "
         "RxPONDER for 1-3 nodes); NCI PDQ Breast Cancer Treatment (multigene assays). Record: "
         "pT1c pN0(sn), ER+/PR+, HER2 negative by ISH: supported.",
         "HR+/HER2- (IHC 2+, ISH negative), pT1c pN0",
         "female", "1964-03-05", ("Marchetti", "Laura"))
p = c.primary(cc((ICD, "C50.911")), "2026-02-23", body=RIGHT)
c.proc(cpt("19301"), "2026-03-23", reason=p, body=RIGHT)
c.er("2026-02-23", True, "Positive, 90%", issued="2026-02-27")
c.pr("2026-02-23", True, "Positive, 40%", issued="2026-02-27")
c.her2_ihc("2026-02-23", vcc(text="2+ (equivocal) - reflex ISH"), issued="2026-02-27")
c.her2_ish("2026-02-23", False, "Not amplified, HER2/CEP17 ratio 1.3, HER2 copies 2.9",
           issued="2026-03-04")
c.marker(cc((LN, "48676-1")), "2026-02-23", vcc(NEG, text="HER2 negative (IHC 2+ / ISH negative)"),
         issued="2026-03-04")
c.tnm("2026-03-23", "pT1c (1.4 cm)", "pN0(sn) (0/3)", path=True, issued="2026-03-30")
c.stage("2026-03-23", "pT1c pN0 - pathological stage IA", path=True, issued="2026-03-30")
c.ecog("2026-04-20", 0)
c.ask(cpt("81519", "Oncotype DX Breast Recurrence Score on lumpectomy block A3"), reason=p)

# b06 germline BRCA1/2, triple-negative at 35
c = case(6, "breast", "2026-02-23", svc(CPT, "81162"), S, None,
         "Germline BRCA1/BRCA2 testing",
         "Germline BRCA1/BRCA2 full sequencing and deletion/duplication analysis for a "
         "35-year-old with newly diagnosed triple-negative breast cancer, never tested before.",
         "CMS NCD 90.2 B.2 (germline NGS for breast cancer with a clinical indication and a risk "
         "factor for hereditary breast cancer); Lynparza (olaparib) label section 1: adjuvant use "
         "requires germline BRCA-mutated HER2-negative high-risk early breast cancer detected by "
         "an FDA-approved test, pivotal trial OlympiA; ASCO-SSO 2024 germline testing guideline. "
         "Record: triple-negative, age 35, no prior germline test: supported.",
         "triple-negative at 35, no prior germline test",
         "female", "1990-07-19", ("Kowalczyk", "Anna"))
p = c.primary(cc((SCT, "254837009"), text="Triple-negative invasive ductal carcinoma, left breast"),
              "2026-02-02", body=LEFT)
c.er("2026-02-02", False, "Negative (<1%)", issued="2026-02-06")
c.pr("2026-02-02", False, "Negative (<1%)", issued="2026-02-06")
c.her2_ihc("2026-02-02", vcc(NEG, text="0"), issued="2026-02-06")
c.stage("2026-02-10", "cT2 cN0 cM0 - clinical stage IIA")
c.doc("Oncology consult 2026-02-16: 35-year-old, triple-negative left breast cancer cT2 cN0. "
      "No previous genetic testing. Maternal aunt with ovarian cancer at 52. Plan neoadjuvant "
      "chemotherapy; germline BRCA1/2 testing now (results inform surgery and adjuvant "
      "olaparib).", "2026-02-16", kind="11488-4")
c.ask(cpt("81162", "Germline BRCA1/BRCA2 sequencing and del/dup (blood)"),
      reason_code=cc((SCT, "254837009"), text="Triple-negative breast cancer, age 35"))

# b07 Oncotype, HER2 not documented
c = case(7, "breast", "2026-05-18", svc(CPT, "81519"), ND, ["her2"],
         "21-gene recurrence score (Oncotype DX)",
         "21-gene recurrence score requested after lumpectomy for a 1.2 cm ER-positive, "
         "node-negative carcinoma; HER2 was not tested on the core biopsy and the HER2 order on "
         "the surgical specimen has no result.",
         "Oncotype DX Breast Recurrence Score intended use: HR-positive, HER2-negative early "
         "breast cancer, node-negative or 1-3 nodes. Pivotal trial TAILORx (HER2-negative "
         "only). ER and nodal status are documented; HER2 status is simply absent (order "
         "pending, no result): needs-documentation (her2).",
         "HER2 gate absent: never resulted",
         "female", "1970-10-08", ("Brennan", "Siobhan"))
p = c.primary(cc((ICD, "C50.412")), "2026-03-16", body=LEFT)
c.er("2026-03-16", True, "Positive, 95%", issued="2026-03-20")
c.pr("2026-03-16", True, "Positive, 70%", issued="2026-03-20")
c.proc(sct("392021009"), "2026-04-14", reason=p, body=LEFT)
c.tnm("2026-04-14", "pT1c (1.2 cm)", "pN0(sn) (0/2)", path=True, issued="2026-04-21")
c.order(cc((LN, "85319-2"), text="HER2 IHC with reflex ISH on lumpectomy specimen"),
        "2026-04-21", reason=p, note="Not performed on the core biopsy; result outstanding.")
c.ask(cpt("81519"), reason=p)

# b08 PMRT, nodal status absent
c = case(8, "breast", "2026-07-13", svc(SCT, "441799006"), ND, ["stage"],
         "Post-mastectomy radiotherapy (IMRT)",
         "Post-mastectomy IMRT to the chest wall requested after total mastectomy for a 4.1 cm "
         "ER-positive carcinoma; the sentinel node result was never filed (outside laboratory) "
         "and no nodal category or stage is recorded.",
         "NCI PDQ Breast Cancer Treatment: post-mastectomy radiation is indicated for "
         "node-positive disease (and T3 or larger); for a 4.1 cm pT2 tumour the nodal status "
         "decides. Pivotal evidence: Danish 82b/82c and the EBCTCG 2014 meta-analysis. The "
         "record has pT2 and negative margins but no nodal result or stage: "
         "needs-documentation (stage).",
         "nodal status / stage absent after mastectomy",
         "female", "1958-04-16", ("Ferreira", "Ana"))
p = c.primary(cc((ICD, "C50.911")), "2026-04-20", body=RIGHT)
c.er("2026-04-20", True, "Positive, 80%", issued="2026-04-24")
c.her2_ihc("2026-04-20", vcc(NEG, text="1+"), issued="2026-04-24")
c.proc(cpt("19303"), "2026-05-26", reason=p, body=RIGHT,
       note="Sentinel node biopsy performed at the same operation.")
c.obs(cc((LN, "21899-0")), "2026-05-26", vcc(text="pT2 (4.1 cm)"), cat="survey",
      issued="2026-06-02")
c.doc("Pathology summary 2026-06-02: right total mastectomy - invasive ductal carcinoma 4.1 cm, "
      "grade 2, margins negative. Sentinel lymph nodes: sent to reference laboratory, report to "
      "follow.", "2026-06-02")
c.ask(sct("441799006", "Chest wall IMRT 50 Gy/25 fractions, right"), reason=p, body=RIGHT)

# b09 whole-breast RT, breast-conserving surgery not documented
c = case(9, "breast", "2026-03-09", svc(CPT, "77295"), ND, ["resection"],
         "Whole-breast radiotherapy (3D plan)",
         "Whole-breast radiotherapy requested as 'post-lumpectomy'; the record holds the core "
         "biopsy, receptors and clinical stage but no breast operation, surgical pathology or "
         "margin status (surgery said to be done at an outside hospital).",
         "NCI PDQ Breast Cancer Treatment: whole-breast radiation follows breast-conserving "
         "surgery for stage I-II disease. Pivotal trial NSABP B-06; START-B / FAST-Forward for "
         "fractionation. The gate fact - breast-conserving surgery with margin status - is "
         "absent: needs-documentation (resection).",
         "breast-conserving surgery / margins absent",
         "female", "1972-12-03", ("Hughes", "Rachel"))
p = c.primary(cc((ICD, "C50.411")), "2026-01-05", body=RIGHT)
c.er("2026-01-05", True, "Positive", issued="2026-01-09")
c.her2_ihc("2026-01-05", vcc(NEG, text="0"), issued="2026-01-09")
c.stage("2026-01-12", "cT1b cN0 cM0 - clinical stage IA")
c.doc("Radiation oncology referral 2026-03-02: referred for whole-breast RT after right "
      "lumpectomy at an outside hospital (date not given). Operative note and surgical "
      "pathology requested, not yet received.", "2026-03-02")
c.ask(cpt("77295", "Whole-breast RT, right, 3D conformal, 40 Gy/15"), body=RIGHT)

# b10 Oncotype for HER2-positive disease
c = case(10, "breast", "2026-04-06", svc(CPT, "81519"), RR, None,
         "21-gene recurrence score (Oncotype DX)",
         "21-gene recurrence score requested after lumpectomy for a node-negative ER-positive "
         "tumour that is HER2-positive (IHC 3+, ISH amplified).",
         "Oncotype DX Breast Recurrence Score intended use: HR-positive, HER2-negative early "
         "breast cancer. Pivotal trial TAILORx enrolled HER2-negative disease only; NCI PDQ: "
         "HER2-positive early breast cancer receives HER2-directed therapy with chemotherapy "
         "(APT trial for small node-negative tumours). The record's HER2-positive result "
         "contradicts the HER2-negative gate: refer-to-reviewer.",
         "HER2 3+ / ISH amplified contradicts HER2-negative gate",
         "female", "1966-05-24", ("Tanaka", "Emi"))
p = c.primary(cc((ICD, "C50.912")), "2026-01-26", body=LEFT)
c.er("2026-01-26", True, "Positive, 80%", issued="2026-01-30")
c.her2_ihc("2026-01-26", vcc(POS, text="3+"), issued="2026-01-30")
c.her2_ish("2026-01-26", True, "Amplified, HER2/CEP17 ratio 5.1", issued="2026-02-03")
c.proc(cpt("19301"), "2026-03-02", reason=p, body=LEFT)
c.tnm("2026-03-02", "pT1c (1.1 cm)", "pN0(sn)", path=True, issued="2026-03-09")
c.ask(cpt("81519"), reason=p,
      note="Recurrence score requested to decide whether chemotherapy is needed.")

# b11 Oncotype with 6 positive nodes
c = case(11, "breast", "2026-05-04", svc(CPT, "81519"), RR, None,
         "21-gene recurrence score (Oncotype DX)",
         "21-gene recurrence score requested after modified radical mastectomy for an "
         "ER-positive, HER2-negative carcinoma with 6 of 14 axillary nodes positive (pN2a).",
         "Oncotype DX Breast Recurrence Score intended use: node-negative or 1-3 positive "
         "nodes. Pivotal trials TAILORx (N0) and RxPONDER (1-3 nodes); four or more nodes were "
         "excluded. Six positive nodes contradict the 0-3 node gate: refer-to-reviewer.",
         "pN2a (6/14 nodes) contradicts 0-3 node gate",
         "female", "1961-08-30", ("Dubois", "Claire"))
p = c.primary(cc((SCT, "254837009")), "2026-02-09", body=RIGHT)
c.er("2026-02-09", True, "Positive, 95%", issued="2026-02-13")
c.pr("2026-02-09", True, "Positive, 50%", issued="2026-02-13")
c.her2_ihc("2026-02-09", vcc(NEG, text="1+"), issued="2026-02-13")
c.proc(cpt("19307"), "2026-03-30", reason=p, body=RIGHT)
c.nodes("2026-03-30", 6, 14, issued="2026-04-06")
c.tnm("2026-03-30", "pT2 (2.6 cm)", "pN2a (6/14)", path=True, issued="2026-04-06")
c.stage("2026-03-30", "pT2 pN2a - pathological stage IIIA", code=(SCT, "1222802001"), path=True,
        issued="2026-04-06")
c.ask(cpt("81519"), reason=p)

# b12 curative lumpectomy in de novo stage IV
c = case(12, "breast", "2026-03-23", svc(CPT, "19301"), RR, None,
         "Partial mastectomy (lumpectomy)",
         "Partial mastectomy requested with curative intent for a right breast primary in a "
         "patient with biopsy-proven liver and bone metastases at diagnosis (de novo stage IV).",
         "NCI PDQ Breast Cancer Treatment (stage IV / metastatic): treatment is systemic; "
         "curative-intent surgery of the primary is not part of standard care. Pivotal trials "
         "ECOG-ACRIN E2108 and Tata Memorial (Badwe) found no survival benefit from early "
         "locoregional therapy of the primary. Confirmed distant metastases contradict the "
         "non-metastatic gate of curative breast surgery: refer-to-reviewer.",
         "de novo stage IV (liver, bone) contradicts curative resection",
         "female", "1969-02-11", ("Haddad", "Lina"))
p = c.primary(cc((ICD, "C50.411")), "2026-01-19", body=RIGHT)
c.secondary(cc((ICD, "C78.7")), "2026-02-02", note="Liver biopsy: metastatic breast carcinoma.")
c.secondary(cc((ICD, "C79.51")), "2026-02-02")
c.er("2026-01-19", True, "Positive", issued="2026-01-23")
c.her2_ihc("2026-01-19", vcc(NEG, text="1+"), issued="2026-01-23")
c.stage("2026-02-09", "cT2 cN1 cM1 (liver, bone) - stage IV", code=(SCT, "1222837003"))
c.ask(cpt("19301", "Right partial mastectomy, curative intent"), reason=p, body=RIGHT)

# ================================================================ NSCLC
# n01 SBRT, medically inoperable stage IA2
c = case(1, "nsclc", "2026-03-02", svc(CPT, "77373"), S, None,
         "SBRT treatment delivery",
         "Stereotactic body radiation therapy (54 Gy in 3 fractions) for a 1.8 cm peripheral "
         "right upper lobe adenocarcinoma, PET node-negative, in a patient judged medically "
         "inoperable (FEV1 38%, DLCO 31%, home oxygen).",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment (stage I, medically inoperable): "
         "stereotactic body radiation therapy. Pivotal trial RTOG 0236 (peripheral T1-T2 N0, "
         "medically inoperable); ASTRO early-stage NSCLC SBRT guideline. Record: cT1b cN0 cM0 "
         "(stage IA2), surgeon documents inoperability: supported.",
         "peripheral cT1b N0, medically inoperable",
         "male", "1947-05-03", ("Gallagher", "Thomas"))
p = c.primary(cc((ICD, "C34.11"), (SCT, "254637007"), text="Adenocarcinoma, right upper lobe"),
              "2026-01-19")
c.imaging("2026-01-26", "FDG PET/CT: 1.8 cm peripheral RUL nodule, SUVmax 6.2; no hilar, "
          "mediastinal or distant FDG-avid disease.", title="FDG PET/CT")
c.tnm("2026-01-28", "cT1b (1.8 cm)", "cN0", "cM0")
c.stage("2026-01-28", "cT1b cN0 cM0 - clinical stage IA2")
c.text_obs("FEV1 (% predicted)", "2026-02-02", "38%")
c.text_obs("DLCO (% predicted)", "2026-02-02", "31%")
c.ecog("2026-02-09", 2)
c.doc("Thoracic surgery consult 2026-02-09: severe COPD on home oxygen, FEV1 38%, DLCO 31%. "
      "Not a candidate for lobectomy or sublobar resection. Refer for SBRT.", "2026-02-09",
      kind="11488-4")
c.ask(cpt("77373", "SBRT 54 Gy in 3 fractions, peripheral RUL"), reason=p)

# n02 VATS lobectomy, stage IA3
c = case(2, "nsclc", "2026-04-20", svc(CPT, "32663"), S, None,
         "Thoracoscopic lobectomy",
         "VATS right lower lobectomy with mediastinal lymph node dissection for a 2.6 cm "
         "adenocarcinoma, node-negative on PET/CT and EBUS, in a fit patient.",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment (stage I-II): surgical resection, "
         "lobectomy for patients who can tolerate it. Pivotal trial Lung Cancer Study Group 821 "
         "(lobectomy vs limited resection). Record: cT1c cN0 cM0 (stage IA3), EBUS negative, "
         "ECOG 0, FEV1 86%: supported.",
         "cT1c N0 (PET + EBUS), ECOG 0, adequate lung function",
         "female", "1961-10-22", ("Moreau", "Sophie"))
p = c.primary(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2026-02-23")
c.imaging("2026-03-09", "FDG PET/CT: 2.6 cm RLL mass SUVmax 8.1; no nodal or distant uptake.",
          title="FDG PET/CT")
c.proc(cpt("31652"), "2026-03-30", reason=p, note="EBUS-TBNA stations 4R and 7: negative.")
c.tnm("2026-03-30", "cT1c (2.6 cm)", "cN0 (PET and EBUS negative)", "cM0")
c.stage("2026-03-30", "cT1c cN0 cM0 - clinical stage IA3")
c.text_obs("FEV1 (% predicted)", "2026-03-16", "86%")
c.text_obs("DLCO (% predicted)", "2026-03-16", "79%")
c.ecog("2026-04-06", 0)
c.ask(cpt("32663", "VATS right lower lobectomy with mediastinal node dissection"), reason=p)

# n03 FDG PET/CT for initial staging
c = case(3, "nsclc", "2026-02-09", svc(CPT, "78815"), S, None,
         "FDG PET/CT for initial staging",
         "FDG PET/CT for initial staging of a newly biopsy-proven squamous cell carcinoma of the "
         "left upper lobe (4.2 cm mass, enlarged AP-window node on CT), being considered for "
         "curative treatment.",
         "CMS NCD 220.6.17 (FDG PET for oncologic conditions): one FDG PET study is nationally "
         "covered to guide the initial anti-tumour treatment strategy for a biopsy-proven solid "
         "tumour. Pivotal trial PLIT (van Tinteren, Lancet 2002: PET before surgery reduced "
         "futile thoracotomies); NCI PDQ NSCLC staging evaluation. Record: biopsy-proven NSCLC, "
         "no prior PET, curative-intent work-up: supported.",
         "biopsy-proven NSCLC, no prior PET, curative work-up",
         "male", "1956-12-01", ("Eriksson", "Nils"))
p = c.primary(cc((ICD, "C34.12"), text="Squamous cell carcinoma, left upper lobe (bronchoscopic biopsy)"),
              "2026-01-19")
c.imaging("2026-01-12", "CT chest with contrast: 4.2 cm LUL mass; 1.5 cm AP-window node; no "
          "adrenal, liver or bone lesion.", title="CT chest")
c.stage("2026-01-26", "cT2b cN2 cM0 (CT only) - clinical stage IIIA", code=(AJCC, "3A"))
c.ecog("2026-02-02", 1)
c.ask(cpt("78815", "FDG PET/CT skull base to mid-thigh, initial staging"),
      reason_code=cc((ICD, "C34.12")))

# n04 comprehensive genomic profiling, stage IVB
c = case(4, "nsclc", "2026-05-04", svc(CPT, "81455"), S, None,
         "Comprehensive genomic profiling (51+ genes)",
         "Tissue comprehensive genomic profiling (FDA-approved companion diagnostic panel) for "
         "newly diagnosed metastatic lung adenocarcinoma (bone and brain) in a never-smoker, "
         "before first-line therapy; no prior NGS.",
         "CMS NCD 90.2 B.1 (NGS nationally covered for metastatic or advanced stage III-IV "
         "cancer, not previously tested with the same test, patient seeking further treatment, "
         "FDA-approved companion diagnostic); NCI PDQ NSCLC stage IV (test for EGFR, ALK, ROS1, "
         "BRAF, MET, RET, NTRK, KRAS before first-line therapy); companion-diagnostic claims "
         "validated in the pivotal targeted-therapy trials (e.g. FLAURA for EGFR). Record: stage "
         "IVB, untested: supported.",
         "metastatic adenocarcinoma, never tested, before first line",
         "female", "1972-04-09", ("Park", "Soo-jin"))
p = c.primary(cc((ICD, "C34.90"), (SCT, "254637007"), text="Adenocarcinoma of lung"),
              "2026-04-06")
c.secondary(cc((ICD, "C79.51")), "2026-04-13")
c.secondary(cc((SCT, "94225005")), "2026-04-13")
c.stage("2026-04-15", "cT2a cN2 cM1c (bone, brain) - stage IVB", code=(SCT, "1222837003"))
c.ecog("2026-04-27", 1)
c.ask(cpt("81455", "Comprehensive genomic profiling (FDA-approved CDx) on lung core"), reason=p)

# n05 IMRT plan, definitive chemoradiation, stage IIIB
c = case(5, "nsclc", "2026-03-16", svc(CPT, "77301"), S, None,
         "IMRT plan for definitive chemoradiation",
         "IMRT planning for definitive concurrent chemoradiation (60 Gy in 30 fractions with "
         "weekly carboplatin/paclitaxel, then durvalumab) for unresectable stage IIIB squamous "
         "NSCLC with bulky multistation N2 disease.",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment (stage IIIB, unresectable): concurrent "
         "platinum-based chemoradiation. Pivotal trials RTOG 0617 (60 Gy standard; IMRT with "
         "less severe pneumonitis in its secondary analysis) and PACIFIC. Record: cT3 cN2 cM0, "
         "EBUS-proven N2, tumour board unresectable, ECOG 1: supported.",
         "unresectable cT3 N2 (stage IIIB), ECOG 1",
         "male", "1958-07-15", ("Kowalski", "Piotr"))
p = c.primary(cc((ICD, "C34.11"), text="Squamous cell carcinoma, right upper lobe"), "2026-01-26")
c.proc(cpt("31652"), "2026-02-09", reason=p, note="EBUS-TBNA 4R and 7 positive for carcinoma.")
c.imaging("2026-02-02", "FDG PET/CT and brain MRI: 5.6 cm RUL mass, FDG-avid 4R, 2R and 7 "
          "nodes (bulky); no distant metastasis.", title="FDG PET/CT and MRI brain")
c.stage("2026-02-16", "cT3 cN2 cM0 - stage IIIB", code=(AJCC, "3B"))
c.ecog("2026-02-23", 1)
c.doc("Thoracic tumour board 2026-02-26: bulky multistation N2 - unresectable. Definitive "
      "concurrent chemoradiation then consolidation durvalumab.", "2026-02-26")
c.ask(cpt("77301", "IMRT 60 Gy/30 fractions with concurrent chemotherapy"), reason=p)

# n06 robotic SBRT (G0339), stage IB inoperable
c = case(6, "nsclc", "2026-06-08", svc(HCPCS, "G0339"), S, None,
         "Robotic SBRT, first session (G-code)",
         "Robotic linear-accelerator SBRT (50 Gy in 5 fractions; first session coded G0339) for "
         "a 3.4 cm peripheral left lower lobe NSCLC, node-negative on PET/CT, in an 85-year-old "
         "with severe COPD judged inoperable.",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment (stage I, medically inoperable): SBRT. "
         "Pivotal trial RTOG 0236 (peripheral tumours up to 5 cm, N0, medically inoperable); "
         "ASTRO SBRT guideline. Record: cT2a cN0 cM0 (stage IB), ECOG 2, FEV1 41%, surgeon "
         "documents high operative risk: supported.",
         "peripheral cT2a N0, medically inoperable",
         "male", "1941-02-17", ("Lindgren", "Karl"))
p = c.primary(cc((SCT, "254637007"), text="NSCLC (adenocarcinoma), left lower lobe"),
              "2026-04-20")
c.imaging("2026-04-27", "FDG PET/CT: 3.4 cm peripheral LLL mass; no nodal or distant uptake.",
          title="FDG PET/CT")
c.tnm("2026-05-04", "cT2a (3.4 cm)", "cN0", "cM0")
c.stage("2026-05-04", "cT2a cN0 cM0 - clinical stage IB")
c.text_obs("FEV1 (% predicted)", "2026-05-11", "41%")
c.ecog("2026-05-18", 2)
c.doc("Thoracic surgery opinion 2026-05-18: age 85, severe COPD, FEV1 41%; prohibitive "
      "operative risk. Recommend SBRT.", "2026-05-18", kind="11488-4")
c.ask(hc("G0339", "CyberKnife SBRT, fraction 1 of 5 (fractions 2-5 as G0340)"), reason=p)

# n07 lobectomy requested, no staging
c = case(7, "nsclc", "2026-04-27", svc(SCT, "173171007"), ND, ["stage"],
         "Lobectomy of lung",
         "Right upper lobectomy requested for a 2.9 cm biopsy-proven adenocarcinoma seen on CT; "
         "no PET/CT, no mediastinal staging and no clinical stage are recorded.",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment: lobectomy is standard for stage I-II "
         "(and selected IIIA) disease after staging with PET/CT and, where indicated, invasive "
         "mediastinal staging. Pivotal trial LCSG 821. Histology and fitness are documented; "
         "stage (nodal and distant status) is absent: needs-documentation (stage).",
         "no PET, no mediastinal staging, no stage",
         "female", "1959-08-11", ("Brennan", "Orla"))
p = c.primary(cc((ICD, "C34.11"), text="Adenocarcinoma, right upper lobe (CT-guided biopsy)"),
              "2026-04-06")
c.imaging("2026-03-30", "CT chest: 2.9 cm spiculated RUL mass. Mediastinum not assessed on this "
          "non-contrast study.", title="CT chest")
c.ecog("2026-04-20", 0)
c.doc("Thoracic surgery note 2026-04-20: plan right upper lobectomy; staging PET/CT and "
      "mediastinal evaluation not yet done.", "2026-04-20")
c.ask(sct("173171007", "Right upper lobectomy"), reason=p)

# n08 IMRT chemoradiation, performance status absent
c = case(8, "nsclc", "2026-05-18", svc(CPT, "77301"), ND, ["ecog"],
         "IMRT plan for definitive chemoradiation",
         "IMRT planning for concurrent chemoradiation of unresectable stage IIIA NSCLC; no "
         "performance status is recorded anywhere in the chart.",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment (stage III, unresectable): concurrent "
         "chemoradiation for patients with good performance status. Pivotal trials RTOG 0617 "
         "and PACIFIC enrolled ECOG 0-1. Stage and unresectability are documented; performance "
         "status is absent: needs-documentation (ecog).",
         "ECOG / performance status absent",
         "male", "1963-01-30", ("Rahman", "Karim"))
p = c.primary(cc((ICD, "C34.12")), "2026-03-23")
c.stage("2026-04-13", "cT4 cN1 cM0 (aortic invasion) - stage IIIA, unresectable",
        code=(SCT, "1222802001"))
c.doc("Tumour board 2026-04-30: T4 by aortic invasion, unresectable. Plan concurrent "
      "chemoradiation; performance status to be assessed at radiation oncology consult.",
      "2026-04-30")
c.ask(cpt("77301", "IMRT 60 Gy/30 with concurrent chemotherapy"), reason=p)

# n09 NGS, stage absent
c = case(9, "nsclc", "2026-03-30", svc(CPT, "81455"), ND, ["stage"],
         "Comprehensive genomic profiling (51+ genes)",
         "Comprehensive genomic profiling requested on a bronchoscopic biopsy of a newly "
         "diagnosed lung adenocarcinoma; staging CT is ordered but not done, and no stage or "
         "metastatic status is recorded.",
         "CMS NCD 90.2 B.1: NGS is covered for recurrent, relapsed, refractory, metastatic or "
         "advanced stage III-IV cancer; NCI PDQ NSCLC stage IV (biomarker testing before "
         "first-line systemic therapy); pivotal targeted-therapy trials (e.g. FLAURA). The "
         "advanced-stage gate is neither met nor contradicted - stage is absent: "
         "needs-documentation (stage).",
         "stage / metastatic status absent",
         "male", "1966-06-06", ("Ibrahim", "Omar"))
p = c.primary(cc((ICD, "C34.90"), text="Adenocarcinoma of lung (bronchoscopic biopsy)"),
              "2026-03-16")
c.order(tcc("CT chest/abdomen/pelvis with contrast (staging)"), "2026-03-23", reason=p,
        note="Scheduled 2026-04-08.")
c.doc("Oncology note 2026-03-27: new lung adenocarcinoma, staging in progress. Requesting "
      "genomic profiling now to save time.", "2026-03-27")
c.ask(cpt("81455"), reason=p)

# n10 lobectomy with stage IVB
c = case(10, "nsclc", "2026-04-13", svc(CPT, "32663"), RR, None,
         "Thoracoscopic lobectomy",
         "Curative-intent VATS lobectomy requested for a right lower lobe adenocarcinoma with "
         "biopsy-proven bone metastasis and liver metastases (stage IVB).",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment (stage IV): systemic therapy; resection "
         "of the primary has no curative role with multi-organ metastases. Lobectomy's evidence "
         "(LCSG 821 and the stage I-III surgical trials) is in non-metastatic disease. Confirmed "
         "M1c disease contradicts the gate: refer-to-reviewer.",
         "M1c (bone, liver) contradicts curative resection",
         "female", "1957-11-19", ("Schmidt", "Ursula"))
p = c.primary(cc((ICD, "C34.31")), "2026-02-23")
c.secondary(cc((ICD, "C79.51")), "2026-03-09", note="Iliac bone biopsy: metastatic adenocarcinoma, TTF-1 positive.")
c.secondary(cc((ICD, "C78.7")), "2026-03-09")
c.stage("2026-03-16", "cT2a cN1 cM1c (bone, liver) - stage IVB", code=(SCT, "1222837003"))
c.ecog("2026-03-30", 1)
c.ask(cpt("32663", "VATS right lower lobectomy, curative intent"), reason=p)

# n11 SBRT for N3 disease
c = case(11, "nsclc", "2026-05-25", svc(CPT, "77373"), RR, None,
         "SBRT treatment delivery",
         "SBRT to a 2.4 cm left upper lobe primary requested although EBUS proved a "
         "contralateral mediastinal (4R) nodal metastasis: cT1c cN3, stage IIIB.",
         "NCI PDQ Non-Small Cell Lung Cancer Treatment: SBRT is for node-negative early-stage "
         "(stage I) disease in medically inoperable patients; stage IIIB is treated with "
         "concurrent chemoradiation. Pivotal trial RTOG 0236 enrolled N0 only. EBUS-proven N3 "
         "contradicts the node-negative gate: refer-to-reviewer.",
         "EBUS-proven N3 (stage IIIB) contradicts node-negative SBRT gate",
         "male", "1950-09-27", ("Doyle", "Brendan"))
p = c.primary(cc((ICD, "C34.12")), "2026-04-06")
c.proc(cpt("31652"), "2026-05-04", reason=p,
       note="EBUS-TBNA: station 4R (contralateral) positive for squamous carcinoma; 7 negative.")
c.tnm("2026-05-11", "cT1c (2.4 cm)", "cN3 (contralateral 4R, EBUS-proven)", "cM0")
c.stage("2026-05-11", "cT1c cN3 cM0 - stage IIIB", code=(AJCC, "3B"))
c.ecog("2026-05-18", 1)
c.ask(cpt("77373", "SBRT 50 Gy/5 to the LUL primary"), reason=p)

# n12 NGS after resected stage IA1, no evidence of disease
c = case(12, "nsclc", "2026-03-09", svc(CPT, "81455"), RR, None,
         "Comprehensive genomic profiling (51+ genes)",
         "Comprehensive genomic profiling requested 'for completeness' on the lobectomy "
         "specimen of a completely resected pT1a pN0 (stage IA1) adenocarcinoma; surveillance CT "
         "shows no evidence of disease and no systemic therapy is planned.",
         "CMS NCD 90.2 B.1: NGS is nationally covered only for recurrent, relapsed, refractory, "
         "metastatic or advanced stage III-IV cancer in a patient seeking further cancer "
         "treatment; NCI PDQ NSCLC stage IA: no adjuvant systemic therapy (the pivotal adjuvant "
         "trial ADAURA enrolled stage IB-IIIA). Resected stage IA1 with no evidence of disease contradicts the "
         "advanced-cancer gate: refer-to-reviewer.",
         "resected stage IA1, NED: contradicts advanced-cancer NGS gate",
         "female", "1968-01-14", ("Okafor", "Ngozi"))
p = c.primary(cc((ICD, "C34.11")), "2025-11-17")
c.proc(cpt("32663"), "2025-12-15", reason=p)
c.tnm("2025-12-15", "pT1a (0.9 cm)", "pN0 (0/14)", path=True, issued="2025-12-22")
c.stage("2025-12-15", "pT1a pN0 - pathological stage IA1", path=True, issued="2025-12-22")
c.imaging("2026-03-02", "Surveillance CT chest: post-lobectomy changes; no evidence of "
          "recurrence.", title="CT chest")
c.ask(cpt("81455", "Comprehensive genomic profiling on resection specimen"), reason=p)

# ================================================================ COLORECTAL
# c01 short-course RT for cT3 N1 rectal cancer
c = case(1, "colorectal", "2026-02-16", svc(CPT, "77295"), S, None,
         "Short-course pelvic RT (3D plan)",
         "Short-course preoperative pelvic radiotherapy (25 Gy in 5 fractions, 3D plan) for a "
         "mid-rectal adenocarcinoma, MRI cT3c cN1b, no distant metastasis on CT.",
         "NCI PDQ Rectal Cancer Treatment (stage II-III): preoperative short-course radiation "
         "or long-course chemoradiation before total mesorectal excision, or total neoadjuvant "
         "therapy. Pivotal trials Swedish Rectal Cancer Trial, Dutch TME trial (Kapiteijn 2001) "
         "and RAPIDO. Record: rectal adenocarcinoma 7 cm from the anal verge, cT3c cN1b cM0 "
         "(stage IIIB): supported.",
         "mid-rectal cT3 N1 M0",
         "male", "1962-03-21", ("Ricci", "Marco"))
p = c.primary(cc((ICD, "C20"), text="Adenocarcinoma of rectum, 7 cm from anal verge"),
              "2026-01-12")
c.imaging("2026-01-19", "MRI pelvis (rectal protocol): mid-rectal tumour 7 cm from the anal "
          "verge, mrT3c (6 mm extramural spread), 2 suspicious mesorectal nodes (N1b), MRF clear.",
          title="MRI pelvis")
c.imaging("2026-01-21", "CT chest/abdomen/pelvis: no distant metastasis.", title="CT staging")
c.tnm("2026-01-26", "cT3c", "cN1b", "cM0")
c.stage("2026-01-26", "cT3c cN1b cM0 - stage IIIB", code=(AJCC, "3B"))
c.ecog("2026-02-02", 0)
c.ask(cpt("77295", "Short-course pelvic RT 25 Gy/5 fractions, 3D conformal"), reason=p)

# c02 low anterior resection with TME after neoadjuvant therapy
c = case(2, "colorectal", "2026-06-15", svc(CPT, "44145"), S, None,
         "Low anterior resection with TME",
         "Low anterior resection with total mesorectal excision (colectomy with low pelvic "
         "coloproctostomy) after short-course RT and consolidation CAPOX for a cT3 cN2a rectal "
         "cancer; restaging shows response and no distant disease.",
         "NCI PDQ Rectal Cancer Treatment (stage II-III): total mesorectal excision after "
         "neoadjuvant therapy. Pivotal trials Dutch TME trial (TME with or without short-course "
         "RT) and RAPIDO (short-course RT, chemotherapy, then TME). Record: neoadjuvant therapy "
         "completed, ymrT2 N0, no metastasis, ECOG 0: supported.",
         "after SCRT + CAPOX, restaged ymrT2 N0 M0",
         "female", "1965-09-09", ("Jensen", "Mette"))
p = c.primary(cc((ICD, "C20")), "2026-01-05")
c.tnm("2026-01-19", "cT3", "cN2a", "cM0")
c.stage("2026-01-19", "cT3 cN2a cM0 - stage IIIB", code=(AJCC, "3B"))
c.proc(sct("33195004", text="Short-course pelvic RT 25 Gy/5"), "2026-02-02", end="2026-02-06",
       reason=p)
c.stmt(tcc("CAPOX (capecitabine + oxaliplatin) x6, consolidation"), "2026-02-23",
       end="2026-05-18")
c.imaging("2026-06-01", "Restaging MRI pelvis and CT: ymrT2 N0, marked response; no distant "
          "metastasis.", title="Restaging MRI/CT")
c.ecog("2026-06-08", 0)
c.ask(cpt("44145", "Low anterior resection with TME, coloproctostomy"), reason=p)

# c03 laparoscopic colectomy, stage IIA sigmoid
c = case(3, "colorectal", "2026-03-02", svc(CPT, "44204"), S, None,
         "Laparoscopic partial colectomy",
         "Laparoscopic sigmoid colectomy for a biopsy-proven sigmoid adenocarcinoma, cT3 cN0, "
         "with no metastasis on CT.",
         "NCI PDQ Colon Cancer Treatment (stage I-III): surgical resection with en bloc "
         "regional lymphadenectomy. Pivotal trial COST (laparoscopic colectomy non-inferior to "
         "open; NEJM 2004). Record: cT3 cN0 cM0 (stage IIA), ECOG 0: supported.",
         "cT3 N0 M0 sigmoid, resectable",
         "male", "1957-07-07", ("Horvat", "Ivan"))
p = c.primary(cc((SCT, "363406005"), text="Adenocarcinoma of sigmoid colon"), "2026-01-26")
c.proc(cpt("45380"), "2026-01-26", reason=p, note="Sigmoid mass at 28 cm; biopsy adenocarcinoma.")
c.imaging("2026-02-02", "CT chest/abdomen/pelvis: sigmoid wall thickening with pericolic fat "
          "stranding; no enlarged nodes; no liver or lung metastasis.", title="CT staging")
c.obs(cc((LN, "2039-6")), "2026-02-02", qty(3.1, "ng/mL", "ng/mL"))
c.stage("2026-02-09", "cT3 cN0 cM0 - clinical stage IIA")
c.ecog("2026-02-16", 0)
c.ask(cpt("44204", "Laparoscopic sigmoid colectomy with primary anastomosis"), reason=p)

# c04 partial hepatectomy for resectable liver-only metastases
c = case(4, "colorectal", "2026-05-11", svc(CPT, "47120"), S, None,
         "Partial hepatectomy (liver metastasectomy)",
         "Partial hepatectomy for two colorectal liver metastases (segments VI and VII) judged "
         "resectable by the HPB tumour board, with no extrahepatic disease on PET/CT, after "
         "perioperative FOLFOX.",
         "NCI PDQ Colon Cancer Treatment (stage IV with resectable liver-only metastases): "
         "hepatic resection, with perioperative chemotherapy. Pivotal trial EORTC 40983 "
         "(Nordlinger: perioperative FOLFOX with resection of up to four liver metastases). "
         "Record: liver-only disease, resectable per HPB surgery, adequate future liver "
         "remnant, ECOG 0: supported.",
         "liver-only, resectable (HPB board), no extrahepatic disease",
         "male", "1960-12-12", ("O'Brien", "Declan"))
p = c.primary(cc((ICD, "C18.7")), "2025-06-16")
c.proc(cpt("44204"), "2025-07-14", reason=p)
c.tnm("2025-07-14", "pT3", "pN1a (1/19)", path=True, issued="2025-07-21")
s = c.secondary(cc((ICD, "C78.7")), "2026-02-09",
                note="Two lesions, segments VI (2.1 cm) and VII (1.6 cm).")
c.proc(cpt("78815"), "2026-02-23", reason=s)
c.imaging("2026-02-23", "FDG PET/CT: two FDG-avid liver lesions (segments VI and VII); no "
          "extrahepatic disease.", title="FDG PET/CT")
c.stmt(tcc("Perioperative FOLFOX, 3 of 6 pre-operative cycles"), "2026-03-09", end="2026-04-20")
c.doc("HPB tumour board 2026-04-30: two liver metastases, segments VI/VII. Resectable with R0 "
      "intent (right posterior partial hepatectomy); future liver remnant >40%. No "
      "extrahepatic disease.", "2026-04-30")
c.ecog("2026-05-04", 0)
c.ask(cpt("47120", "Partial hepatectomy, segments VI/VII"), reason=s)

# c05 targeted NGS panel, metastatic colon cancer
c = case(5, "colorectal", "2026-04-06", svc(CPT, "81445"), S, None,
         "Targeted NGS panel (5-50 genes)",
         "Targeted tumour NGS panel (KRAS, NRAS, BRAF, ERBB2) before first-line therapy for "
         "newly diagnosed metastatic ascending-colon cancer (liver and peritoneum); no prior "
         "molecular testing.",
         "CMS NCD 90.2 B.1 (NGS covered for metastatic or advanced stage III-IV cancer, not "
         "previously tested with the same test, seeking further treatment; FDA companion "
         "diagnostics for anti-EGFR antibodies); NCI PDQ Colon Cancer Treatment stage IV "
         "(RAS/BRAF testing before anti-EGFR therapy). Pivotal trial PRIME (benefit confined to "
         "RAS wild-type). Record: stage IVC, untested: supported.",
         "metastatic CRC, untested, before first line",
         "female", "1963-02-02", ("Nieminen", "Aino"))
p = c.primary(cc((ICD, "C18.2")), "2026-03-02")
c.secondary(cc((ICD, "C78.7")), "2026-03-09")
c.secondary(cc((ICD, "C78.6")), "2026-03-09")
c.stage("2026-03-16", "cT4a cN1 cM1c (liver, peritoneum) - stage IVC", code=(SCT, "1222837003"))
c.ecog("2026-03-30", 1)
c.ask(cpt("81445", "Tumour NGS panel: KRAS, NRAS, BRAF, ERBB2"), reason=p)

# c06 MSI testing, resected stage IIA colon cancer
c = case(6, "colorectal", "2026-02-23", svc(CPT, "81301"), S, None,
         "Microsatellite instability analysis",
         "MSI analysis on the right hemicolectomy specimen of a pT3 pN0 ascending-colon "
         "adenocarcinoma, to decide on adjuvant therapy and screen for Lynch syndrome.",
         "NCI PDQ Colon Cancer Treatment: MSI/MMR status should be determined for all colorectal "
         "cancers; in stage II, MSI-high/dMMR tumours do not benefit from fluorouracil-based "
         "adjuvant therapy (Sargent pooled analysis of adjuvant trials, JCO 2010). Record: "
         "resected stage IIA adenocarcinoma, MSI not yet tested: supported.",
         "resected stage IIA, MSI untested",
         "male", "1970-04-14", ("Papadakis", "Nikos"))
p = c.primary(cc((ICD, "C18.2"), text="Adenocarcinoma, ascending colon"), "2026-01-12")
c.proc(cpt("44160"), "2026-02-02", reason=p)
c.tnm("2026-02-02", "pT3", "pN0 (0/22)", path=True, issued="2026-02-09")
c.stage("2026-02-02", "pT3 pN0 cM0 - pathological stage IIA", path=True, issued="2026-02-09")
c.ask(cpt("81301", "MSI PCR, tumour vs normal, block B2"), reason_code=cc((ICD, "C18.2")))

# c07 colectomy, no staging
c = case(7, "colorectal", "2026-03-16", svc(SCT, "43075005"), ND, ["stage"],
         "Partial colectomy",
         "Partial colectomy requested for a biopsy-proven sigmoid adenocarcinoma; the staging "
         "CT is ordered but not done and no stage or metastatic status is recorded.",
         "NCI PDQ Colon Cancer Treatment: resection with regional lymphadenectomy for stage "
         "I-III disease after staging CT of chest, abdomen and pelvis; stage IV follows other "
         "rules. Pivotal trial COST. Histology is documented; stage is absent: "
         "needs-documentation (stage).",
         "staging absent",
         "female", "1956-10-28", ("Walsh", "Maureen"))
p = c.primary(cc((ICD, "C18.7")), "2026-03-02")
c.proc(cpt("45380"), "2026-03-02", reason=p, note="Sigmoid mass at 30 cm; biopsy adenocarcinoma.")
c.order(tcc("CT chest/abdomen/pelvis with contrast (staging)"), "2026-03-09", reason=p)
c.ecog("2026-03-09", 1)
c.ask(sct("43075005", "Sigmoid colectomy"), reason=p)

# c08 hepatectomy, resectability not documented
c = case(8, "colorectal", "2026-06-01", svc(CPT, "47120"), ND, ["resection"],
         "Partial hepatectomy (liver metastasectomy)",
         "Partial hepatectomy requested for liver metastases of a resected sigmoid cancer; the "
         "only imaging is a CT reporting 'multiple liver lesions'; no liver MRI, no PET/CT, no "
         "HPB surgical assessment of resectability or future liver remnant.",
         "NCI PDQ Colon Cancer Treatment (stage IV): hepatic resection for resectable liver-only "
         "metastases. Pivotal trial EORTC 40983 (resectable liver-only disease). Metastatic "
         "disease is documented; resectability and the liver-only extent are simply absent: "
         "needs-documentation (resection).",
         "resectability / extent of liver disease absent",
         "male", "1958-03-03", ("Kaya", "Mehmet"))
p = c.primary(cc((ICD, "C18.7")), "2025-03-10")
c.proc(cpt("44204"), "2025-04-07", reason=p)
s = c.secondary(cc((ICD, "C78.7")), "2026-05-11")
c.imaging("2026-05-11", "CT abdomen: multiple hypodense liver lesions consistent with "
          "metastases; further characterisation recommended.", title="CT abdomen")
c.ecog("2026-05-25", 1)
c.ask(cpt("47120"), reason=s)

# c09 short-course RT, rectal staging absent
c = case(9, "colorectal", "2026-04-20", svc(CPT, "77295"), ND, ["stage"],
         "Short-course pelvic RT (3D plan)",
         "Short-course pelvic radiotherapy requested for a rectal adenocarcinoma 6 cm from the "
         "anal verge; the rectal MRI and staging CT are ordered but not done; no T, N or M "
         "category is recorded.",
         "NCI PDQ Rectal Cancer Treatment: preoperative radiation is for stage II-III (T3-4 or "
         "node-positive) rectal cancer, defined on rectal MRI and CT. Pivotal trials Swedish "
         "Rectal Cancer Trial and Dutch TME trial. Stage is absent: needs-documentation "
         "(stage).",
         "rectal MRI / staging absent",
         "female", "1967-07-25", ("Sorensen", "Karen"))
p = c.primary(cc((ICD, "C20"), text="Adenocarcinoma of rectum, 6 cm from anal verge"),
              "2026-04-06")
c.order(tcc("MRI pelvis, rectal cancer protocol"), "2026-04-08", reason=p)
c.order(tcc("CT chest/abdomen/pelvis with contrast (staging)"), "2026-04-08", reason=p)
c.ask(cpt("77295", "Short-course pelvic RT 25 Gy/5"), reason=p)

# c10 curative colectomy with unresectable widespread metastases
c = case(10, "colorectal", "2026-05-18", svc(CPT, "44204"), RR, None,
         "Laparoscopic partial colectomy",
         "Curative-intent sigmoid colectomy requested for an asymptomatic primary in a patient "
         "with unresectable bilobar liver, lung and peritoneal metastases (stage IVC).",
         "NCI PDQ Colon Cancer Treatment (stage IV, unresectable): systemic therapy; resection "
         "of an asymptomatic primary is not curative. Pivotal trials JCOG1007 (iPACS) and "
         "CAIRO4 found no survival benefit from primary tumour resection in asymptomatic "
         "unresectable stage IV disease. Widespread metastases contradict the curative "
         "resection gate: refer-to-reviewer.",
         "unresectable M1c (liver, lung, peritoneum) contradicts curative resection",
         "male", "1955-12-19", ("Lefebvre", "Olivier"))
p = c.primary(cc((ICD, "C18.7")), "2026-03-30")
c.secondary(cc((ICD, "C78.7")), "2026-04-06", note="More than ten bilobar lesions.")
c.secondary(cc((ICD, "C78.01")), "2026-04-06")
c.secondary(cc((ICD, "C78.6")), "2026-04-06")
c.stage("2026-04-13", "cT3 cN1 cM1c (liver, lung, peritoneum) - stage IVC",
        code=(SCT, "1222837003"))
c.doc("Oncology note 2026-05-11: asymptomatic primary (no bleeding, no obstruction); "
      "metastases unresectable. Surgical request for curative-intent sigmoid colectomy "
      "received.", "2026-05-11")
c.ask(cpt("44204", "Laparoscopic sigmoid colectomy, curative intent"), reason=p)

# c11 hepatectomy with unresectable extrahepatic disease
c = case(11, "colorectal", "2026-04-27", svc(CPT, "47120"), RR, None,
         "Partial hepatectomy (liver metastasectomy)",
         "Partial hepatectomy requested for two liver metastases of an ascending-colon cancer "
         "while PET/CT and laparoscopy show peritoneal carcinomatosis and multiple bilateral lung "
         "metastases.",
         "NCI PDQ Colon Cancer Treatment: hepatic resection is for resectable liver-only (or "
         "limited, resectable extrahepatic) metastatic disease. Pivotal trial EORTC 40983 "
         "enrolled liver-only metastases. Unresectable peritoneal and bilateral lung disease "
         "contradicts the liver-only gate: refer-to-reviewer.",
         "peritoneal + bilateral lung metastases contradict liver-only gate",
         "female", "1961-06-30", ("Alvarez", "Carmen"))
p = c.primary(cc((ICD, "C18.2")), "2025-09-15")
c.proc(cpt("44160"), "2025-10-13", reason=p)
s = c.secondary(cc((ICD, "C78.7")), "2026-03-16")
c.secondary(cc((ICD, "C78.6")), "2026-04-06", note="Diagnostic laparoscopy: PCI 18.")
c.secondary(cc((ICD, "C78.01")), "2026-03-23")
c.imaging("2026-03-23", "FDG PET/CT: two liver lesions; multiple bilateral pulmonary nodules "
          "and peritoneal deposits, all FDG-avid.", title="FDG PET/CT")
c.ask(cpt("47120"), reason=s)

# c12 short-course pelvic RT for sigmoid colon cancer
c = case(12, "colorectal", "2026-03-30", svc(SCT, "33195004"), RR, None,
         "Short-course pelvic RT",
         "Short-course preoperative pelvic radiotherapy requested for a cT3 cN1 adenocarcinoma "
         "of the sigmoid colon at 32 cm, above the peritoneal reflection on MRI.",
         "NCI PDQ Colon Cancer Treatment (stage III colon): colectomy then adjuvant "
         "chemotherapy; preoperative pelvic radiation belongs to rectal cancer (NCI PDQ Rectal "
         "Cancer Treatment; pivotal trials Swedish Rectal Cancer Trial and Dutch TME trial "
         "enrolled rectal adenocarcinoma). A sigmoid primary contradicts the rectal gate: "
         "refer-to-reviewer.",
         "sigmoid colon (above reflection) contradicts rectal-cancer gate",
         "male", "1964-11-05", ("Kovac", "Marko"))
p = c.primary(cc((ICD, "C18.7"), text="Adenocarcinoma, sigmoid colon at 32 cm"), "2026-02-23")
c.imaging("2026-03-09", "MRI pelvis: tumour in the mid-sigmoid colon, entirely above the "
          "peritoneal reflection; rectum and rectosigmoid junction uninvolved.",
          title="MRI pelvis")
c.tnm("2026-03-16", "cT3", "cN1", "cM0")
c.stage("2026-03-16", "cT3 cN1 cM0 - stage IIIB", code=(AJCC, "3B"))
c.ask(sct("33195004", "Short-course pelvic RT 25 Gy/5 fractions"), reason=p)

# ================================================================ PROSTATE
# p01 PSMA PET (piflufolastat) for biochemical recurrence
c = case(1, "prostate", "2026-03-09", svc(HCPCS, "A9595"), S, None,
         "PSMA PET agent (Pylarify)",
         "PSMA PET/CT with piflufolastat F 18 for rising PSA (0.08 -> 0.19 -> 0.41 ng/mL) after "
         "radical prostatectomy in 2022.",
         "Pylarify label section 1: PET of PSMA-positive lesions in men with prostate cancer with "
         "suspected recurrence based on elevated serum PSA. Pivotal trial CONDOR (and OSPREY). "
         "NCI PDQ Prostate Cancer Treatment (recurrent disease evaluation). Record: prostate "
         "cancer, prostatectomy, rising detectable PSA: supported.",
         "post-prostatectomy PSA rise to 0.41",
         "male", "1958-02-25", ("Fitzgerald", "Liam"))
p = c.primary(cc((ICD, "C61")), "2022-04-11")
c.cond(cc((ICD, "R97.21")), "2026-02-16")
c.proc(cpt("55866"), "2022-06-13", reason=p)
c.tnm("2022-06-13", "pT3a", "pN0 (0/12)", path=True, issued="2022-06-20")
for d, v in (("2025-06-09", 0.08), ("2025-10-13", 0.19), ("2026-02-16", 0.41)):
    c.psa(d, v)
c.ask(hc("A9595", "Pylarify PSMA PET/CT (CPT 78815)"), reason=p)

# p02 PSMA PET (Ga-68 gozetotide, Illuccix) for initial staging of high-risk disease
c = case(2, "prostate", "2026-02-02", svc(HCPCS, "A9596"), S, None,
         "PSMA PET agent (Illuccix)",
         "PSMA PET/CT with Ga 68 gozetotide (Illuccix) for initial staging of newly diagnosed "
         "high-risk prostate cancer (Gleason 4+5, PSA 28.4, cT3a) in a candidate for definitive "
         "therapy.",
         "Illuccix label section 1: PET of PSMA-positive lesions in men with prostate cancer with "
         "suspected metastasis who are candidates for initial definitive therapy. Pivotal "
         "evidence: proPSMA (Hofman, Lancet 2020) and the prospective Ga 68 PSMA-11 studies. "
         "NCI PDQ Prostate Cancer Treatment. Record: grade group 5, PSA 28.4, cT3a, candidate "
         "for surgery or RT: supported.",
         "grade group 5, PSA 28.4, cT3a: high risk, candidate for definitive therapy",
         "male", "1955-10-10", ("Marsh", "Graham"))
p = c.primary(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+5=9 (grade group 5)"),
              "2026-01-05")
c.psa("2025-12-15", 28.4)
c.text_obs("Gleason score (biopsy)", "2026-01-05", "4+5=9, grade group 5; 8/12 cores")
c.obs(cc((LN, "21905-5")), "2026-01-12", vcc(text="cT3a (extraprostatic extension on MRI)"),
      cat="survey")
c.ecog("2026-01-19", 0)
c.doc("Urology note 2026-01-19: high-risk disease; candidate for radical prostatectomy or RT "
      "with long-term ADT. PSMA PET for staging before deciding.", "2026-01-19")
c.ask(hc("A9596", "Illuccix Ga 68 gozetotide PSMA PET/CT"), reason=p)

# p03 radical prostatectomy, intermediate risk
c = case(3, "prostate", "2026-04-13", svc(CPT, "55866"), S, None,
         "Laparoscopic radical prostatectomy",
         "Robotic-assisted laparoscopic radical prostatectomy for localized intermediate-risk "
         "prostate cancer (grade group 2, PSA 7.6, cT2b) in a fit 61-year-old.",
         "NCI PDQ Prostate Cancer Treatment (localized, stage I-II): radical prostatectomy, "
         "radiation therapy or active surveillance. Pivotal trials SPCG-4 (prostatectomy vs "
         "watchful waiting) and ProtecT. Record: cT2b cN0 cM0, grade group 2, PSA 7.6 (stage "
         "IIB), ECOG 0: supported.",
         "localized intermediate risk, fit",
         "male", "1964-08-08", ("Clarke", "Stephen"))
p = c.primary(cc((ICD, "C61")), "2026-02-16")
c.psa("2026-01-26", 7.6)
c.text_obs("Gleason score (biopsy)", "2026-02-16", "3+4=7, grade group 2; 4/12 cores")
c.imaging("2026-02-09", "MRI prostate: PI-RADS 4 lesion left peripheral zone, organ-confined; "
          "no nodal enlargement.", title="MRI prostate")
c.tnm("2026-02-23", "cT2b", "cN0", "cM0")
c.stage("2026-02-23", "cT2b cN0 cM0, PSA 7.6, grade group 2 - stage IIB",
        code=(SCT, "1222769001"))
c.ecog("2026-03-30", 0)
c.ask(cpt("55866", "Robotic-assisted laparoscopic radical prostatectomy"), reason=p)

# p04 IMRT with ADT, high risk
c = case(4, "prostate", "2026-05-04", svc(CPT, "77301"), S, None,
         "IMRT plan (prostate) with ADT",
         "IMRT planning for definitive radiotherapy with long-term ADT for high-risk localized "
         "prostate cancer (grade group 4, PSA 22, cT3a), node- and metastasis-negative on PSMA "
         "PET and bone scan; leuprolide started.",
         "NCI PDQ Prostate Cancer Treatment (stage III / high-risk): external-beam RT with "
         "androgen deprivation. Pivotal trials EORTC 22863 (Bolla: RT plus long-term ADT "
         "improves survival) and RTOG 8531. Record: high risk, M0 on PSMA PET and bone scan, ADT "
         "given: supported.",
         "high risk (GG4, PSA 22, cT3a), M0, ADT started",
         "male", "1952-01-17", ("Berg", "Anders"))
p = c.primary(cc((ICD, "C61")), "2026-02-23")
c.psa("2026-02-09", 22.0)
c.text_obs("Gleason score (biopsy)", "2026-02-23", "4+4=8, grade group 4")
c.proc(cpt("78815", "PSMA PET/CT"), "2026-03-16", reason=p)
c.imaging("2026-03-16", "PSMA PET/CT: PSMA-avid prostate primary with right extraprostatic "
          "extension; no nodal or distant disease.", title="PSMA PET/CT")
c.proc(cpt("78306"), "2026-03-18", reason=p, note="Whole-body bone scan: no metastasis.")
c.tnm("2026-03-23", "cT3a", "cN0", "cM0")
c.admin(hc("J9217", "leuprolide acetate depot 22.5 mg"), "2026-04-06")
c.ecog("2026-04-20", 1)
c.ask(cpt("77301", "IMRT prostate + seminal vesicles 70 Gy/28 with long-term ADT"), reason=p)

# p05 palliative RT for a painful bone metastasis
c = case(5, "prostate", "2026-06-29", svc(SCT, "33195004"), S, None,
         "Palliative external beam RT (bone)",
         "Single-fraction 8 Gy palliative radiotherapy to a painful L3 vertebral metastasis "
         "(pain 7/10 on opioids, no cord compression) in castration-resistant prostate cancer "
         "on ADT.",
         "NCI PDQ Prostate Cancer Treatment (stage IV, symptomatic bone metastasis): palliative "
         "external-beam radiation therapy. Pivotal trial RTOG 9714 (8 Gy single fraction "
         "equivalent pain relief to 30 Gy in 10); ASTRO bone metastases guideline. Record: "
         "MRI-confirmed painful L3 metastasis: supported.",
         "painful L3 metastasis, no cord compression",
         "male", "1949-04-04", ("Nakamura", "Kenji"))
p = c.primary(cc((SCT, "399068003"), text="Adenocarcinoma of prostate"), "2019-03-18")
s = c.secondary(cc((SCT, "94222008"), text="Metastasis to L3 vertebra"), "2026-06-08")
c.cond(cc((ICD, "Z19.2")), "2025-09-15")
c.admin(hc("J9217"), "2026-04-06")
c.imaging("2026-06-08", "MRI lumbar spine: L3 vertebral body metastasis with mild posterior "
          "cortical involvement; no epidural extension or cord compression.",
          title="MRI lumbar spine")
c.text_obs("Pain score (NRS) at L3", "2026-06-15", "7/10 despite oral opioids", cat="survey")
c.ask(sct("33195004", "Palliative RT L3, 8 Gy single fraction"), reason=s)

# p06 LDR brachytherapy monotherapy, favourable intermediate risk
c = case(6, "prostate", "2026-03-23", svc(HCPCS, "G0458"), S, None,
         "LDR prostate brachytherapy (G-code)",
         "I-125 low-dose-rate seed implant monotherapy for favourable intermediate-risk prostate "
         "cancer (grade group 2 with 10% pattern 4, 2/12 cores, PSA 6.2, cT1c), gland 34 cc, "
         "IPSS 7.",
         "NCI PDQ Prostate Cancer Treatment (localized): interstitial brachytherapy is a "
         "standard option. Pivotal trial NRG/RTOG 0232 (brachytherapy alone vs EBRT plus "
         "brachytherapy in intermediate risk: no difference in progression); ASCO/CCO "
         "brachytherapy guideline. Record: favourable intermediate risk, small gland, low "
         "urinary symptom score: supported.",
         "favourable intermediate risk, 34 cc, IPSS 7",
         "male", "1960-05-30", ("Delgado", "Ramon"))
p = c.primary(cc((ICD, "C61")), "2026-01-26")
c.psa("2026-01-05", 6.2)
c.text_obs("Gleason score (biopsy)", "2026-01-26", "3+4=7 (10% pattern 4), grade group 2; 2/12 cores")
c.text_obs("Prostate volume (TRUS)", "2026-02-09", "34 cc")
c.text_obs("IPSS", "2026-02-09", "7", cat="survey")
c.tnm("2026-02-16", "cT1c", "cN0", "cM0")
c.stage("2026-02-16", "cT1c cN0 cM0, PSA 6.2, grade group 2 - stage IIB",
        code=(SCT, "1222769001"))
c.ecog("2026-03-02", 0)
c.ask(hc("G0458", "I-125 LDR seed implant monotherapy, 145 Gy"))

# p07 PSMA PET (flotufolastat, Posluma) after prostatectomy, PSA absent
c = case(7, "prostate", "2026-04-20", svc(HCPCS, "A9608"), ND, ["psa"],
         "PSMA PET agent (Posluma)",
         "PSMA PET/CT with flotufolastat F 18 for 'rising PSA' after radical prostatectomy in "
         "2023; no post-operative PSA value is recorded (outside laboratory results not "
         "received).",
         "Posluma label section 1: PET of PSMA-positive lesions in men with prostate cancer with "
         "suspected recurrence based on elevated serum PSA. Pivotal trial SPOTLIGHT. "
         "Prostatectomy is documented; the post-prostatectomy PSA that the indication rests on "
         "is absent: needs-documentation (psa).",
         "post-prostatectomy PSA absent",
         "male", "1957-12-06", ("Abara", "Chidi"))
p = c.primary(cc((ICD, "C61")), "2023-03-13")
c.proc(cpt("55866"), "2023-05-08", reason=p)
c.tnm("2023-05-08", "pT2", "pN0 (0/9)", path=True, issued="2023-05-15")
c.order(cc((LN, "2857-1")), "2026-04-13", reason=p, note="Repeat PSA; outside values requested.")
c.doc("Urology note 2026-04-13: PSA reported rising by outside laboratory; values not yet "
      "received. Requesting PSMA PET.", "2026-04-13")
c.ask(hc("A9608", "Posluma PSMA PET/CT"), reason=p)

# p08 radical prostatectomy, stage absent
c = case(8, "prostate", "2026-05-11", svc(SCT, "26294005"), ND, ["stage"],
         "Radical prostatectomy",
         "Radical prostatectomy requested for biopsy-proven grade group 3 prostate cancer with "
         "PSA 14; no clinical T category, no MRI and no staging imaging are recorded.",
         "NCI PDQ Prostate Cancer Treatment: radical prostatectomy treats localized (M0) "
         "disease, staged by DRE/MRI and, for unfavourable intermediate or high risk, by "
         "imaging. Pivotal trials SPCG-4 and ProtecT (localized disease). Histology and PSA are "
         "documented; the stage is absent: needs-documentation (stage).",
         "clinical T / staging absent",
         "male", "1962-07-21", ("Hughes", "Owen"))
p = c.primary(cc((ICD, "C61")), "2026-04-13")
c.psa("2026-03-30", 14.0)
c.text_obs("Gleason score (biopsy)", "2026-04-13", "4+3=7, grade group 3; 6/12 cores")
c.ask(sct("26294005", "Radical prostatectomy with pelvic lymph node dissection"), reason=p)

# p09 PSMA PET (Illuccix) for initial staging, PSA absent
c = case(9, "prostate", "2026-03-16", svc(HCPCS, "A9596"), ND, ["psa"],
         "PSMA PET agent (Illuccix)",
         "PSMA PET/CT requested for initial staging of grade group 2, cT2a prostate cancer; the "
         "diagnostic PSA value is not in the record.",
         "Illuccix label section 1: men with prostate cancer with suspected metastasis who are "
         "candidates for initial definitive therapy. Pivotal evidence proPSMA (high-risk "
         "disease). With grade group 2 and cT2a, suspicion of metastasis turns on the PSA, "
         "which is absent: needs-documentation (psa).",
         "diagnostic PSA absent (GG2, cT2a)",
         "male", "1959-09-19", ("Moore", "Trevor"))
p = c.primary(cc((ICD, "C61")), "2026-02-16")
c.text_obs("Gleason score (biopsy)", "2026-02-16", "3+4=7, grade group 2; 3/12 cores")
c.obs(cc((LN, "21905-5")), "2026-02-23", vcc(text="cT2a"), cat="survey")
c.doc("Urology note 2026-03-09: referred from primary care with an elevated PSA (value not "
      "provided). Requesting PSMA PET for staging.", "2026-03-09")
c.ask(hc("A9596"), reason_code=cc((ICD, "C61")))

# p10 PSMA PET with no prostate cancer diagnosis
c = case(10, "prostate", "2026-02-16", svc(HCPCS, "A9595"), RR, None,
         "PSMA PET agent (Pylarify)",
         "PSMA PET/CT requested to 'characterise' a PI-RADS 4 lesion before any biopsy in a man "
         "with an elevated PSA; there is no prostate cancer diagnosis.",
         "Pylarify label section 1 is limited to men with prostate cancer (suspected metastasis "
         "before definitive therapy, or suspected recurrence); pivotal trials OSPREY and "
         "CONDOR enrolled men with prostate cancer. Palmetto GBA billing article (2024): a PSMA "
         "PET scan should not be used without prostate cancer present. Elevated PSA without "
         "a cancer diagnosis contradicts the gate: refer-to-reviewer.",
         "no prostate cancer diagnosis (elevated PSA only)",
         "male", "1961-01-23", ("Walsh", "Gerard"))
e = c.cond(cc((ICD, "R97.20")), "2026-01-12", cat="encounter-diagnosis")
c.psa("2025-11-10", 6.1)
c.psa("2026-01-12", 7.4)
c.imaging("2026-01-26", "MRI prostate: 1.1 cm PI-RADS 4 lesion, right peripheral zone. "
          "Targeted biopsy recommended.", title="MRI prostate")
c.doc("Urology note 2026-02-09: patient reluctant to have a biopsy; requesting PSMA PET first.",
      "2026-02-09")
c.ask(hc("A9595"), reason=e, note="PSMA PET before biopsy.")

# p11 radical prostatectomy with high-volume M1b disease
c = case(11, "prostate", "2026-03-30", svc(CPT, "55866"), RR, None,
         "Laparoscopic radical prostatectomy",
         "Radical prostatectomy requested with curative intent for grade group 5 prostate "
         "cancer (PSA 64) with multiple bone metastases on PSMA PET and bone scan (high-volume "
         "M1b).",
         "NCI PDQ Prostate Cancer Treatment (stage IV): androgen deprivation-based systemic "
         "therapy; radical prostatectomy is a treatment of localized disease (pivotal trials "
         "SPCG-4, ProtecT). High-volume M1b disease (CHAARTED definition) contradicts the "
         "localized-disease gate: refer-to-reviewer.",
         "high-volume M1b contradicts localized-disease gate",
         "male", "1959-04-12", ("Fitzpatrick", "Sean"))
p = c.primary(cc((ICD, "C61")), "2026-02-09")
c.secondary(cc((ICD, "C79.51")), "2026-03-02",
            note="PSMA PET: T8, L2, both iliac bones, sacrum, two ribs (7 lesions).")
c.psa("2026-01-26", 64.0)
c.stage("2026-03-09", "cT3b cN1 cM1b - stage IVB", code=(SCT, "1222837003"))
c.ask(cpt("55866", "Radical prostatectomy, curative intent"), reason=p)

# p12 brachytherapy after prostatectomy
c = case(12, "prostate", "2026-05-25", svc(SCT, "113120007"), RR, None,
         "Interstitial (seed) brachytherapy",
         "Interstitial prostate seed brachytherapy requested for PSA recurrence (0.03 -> 0.12 -> "
         "0.24 ng/mL) in a man whose prostate was removed by radical prostatectomy in 2024.",
         "NCI PDQ Prostate Cancer Treatment (recurrence after prostatectomy): salvage "
         "external-beam radiation to the prostate bed (pivotal trials RADICALS-RT, GETUG-AFU 17, "
         "RAVES); prostate seed brachytherapy implants the gland, which is absent after radical "
         "prostatectomy. The prior prostatectomy contradicts the gate: refer-to-reviewer.",
         "prostate removed (2024 RP) contradicts seed implant",
         "male", "1956-08-14", ("Kowalczyk", "Tadeusz"))
p = c.primary(cc((ICD, "C61")), "2024-07-08")
c.proc(cpt("55866"), "2024-09-16", reason=p)
c.tnm("2024-09-16", "pT2", "pN0 (0/11)", path=True, issued="2024-09-23")
for d, v in (("2025-06-16", 0.03), ("2025-12-15", 0.12), ("2026-05-11", 0.24)):
    c.psa(d, v)
c.ask(sct("113120007", "Prostate I-125 seed implant"), reason=p)


# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "recordedDate", "issued", "lastUpdated",
             "authoredOn", "performedDateTime", "date", "dateAsserted", "start", "end",
             "birthDate", "occurrenceDateTime"}
URN_RE = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STATUS = {
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                    "entered-in-error", "unknown"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected",
                         "appended", "cancelled", "entered-in-error", "unknown"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed",
                                 "entered-in-error", "stopped", "unknown"},
    "MedicationStatement": {"active", "completed", "entered-in-error", "intended", "stopped",
                            "on-hold", "unknown", "not-taken"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                  "entered-in-error", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error",
                       "unknown"},
    "DocumentReference": {"current", "superseded", "entered-in-error"},
}
SR_INTENT = {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
             "filler-order", "instance-order", "option"}
VALUE_KEYS = ("valueQuantity", "valueCodeableConcept", "valueString", "valueInteger",
              "valueBoolean")
SOURCE_RE = re.compile(r"NCI PDQ|NCD \d|label section|intended use")
TRIAL_RE = re.compile(r"[Pp]ivotal|trial")


def walk(node, fn, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            fn(k, v, path)
            walk(v, fn, path + "." + k)
    elif isinstance(node, list):
        for v in node:
            walk(v, fn, path)


def code_of(cc_, system):
    for cd in (cc_ or {}).get("coding", []):
        if cd.get("system") == system:
            return cd.get("code")
    return None


def the_ask(c):
    """The draft/proposal ServiceRequest carrying the requested service coding."""
    s = c["service"]
    out = []
    for ent in c["bundle"]["entry"]:
        r = ent["resource"]
        if r.get("resourceType") == "ServiceRequest" and \
                (r.get("status"), r.get("intent")) == ("draft", "proposal") and \
                any((cd.get("system"), cd.get("code")) == (s["system"], s["code"])
                    for cd in r.get("code", {}).get("coding", [])):
            out.append(r)
    return out


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
    with_reason_ref = 0
    for c in cases:
        cid = c["id"]
        e = lambda m, cid=cid: errs.append(f"{cid}: {m}")
        if not re.fullmatch(r"lab21-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]) or c["date"] > DATE_CAP:
            e("bad as-of date")
        s = c["service"]
        if s["system"] not in SERVICE_SYSTEMS or (s["system"], s["code"]) not in VERIFIED:
            e("service not a verified CPT/HCPCS/SNOMED CT code")
        elif s.get("display") != VERIFIED[(s["system"], s["code"])][0]:
            e("service display mismatch")
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
        if not SOURCE_RE.search(c["basis"]) or not TRIAL_RE.search(c["basis"]):
            e("basis must name the standard source (NCI PDQ / NCD / label section / intended use) and a trial")
        if c["expected"] not in c["basis"]:
            e("basis does not state the expected answer")
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            e("bundle not a collection Bundle")
        urls = {ent["fullUrl"] for ent in b["entry"]}
        if len(urls) != len(b["entry"]):
            e("duplicate fullUrl in bundle")
        if urls & all_urls:
            e("fullUrl reused across cases")
        all_urls |= urls
        patients = 0
        asks = the_ask(c)
        if len(asks) != 1:
            e(f"{len(asks)} draft/proposal ServiceRequests for the service (want 1)")
        else:
            a = asks[0]
            if a.get("authoredOn") != c["date"]:
                e("request authoredOn is not the case date")
            if a.get("reasonReference"):
                with_reason_ref += 1
                for rr in a["reasonReference"]:
                    tgt = next((ent["resource"] for ent in b["entry"]
                                if ent["fullUrl"] == rr["reference"]), None)
                    if not tgt or tgt.get("resourceType") != "Condition":
                        e("reasonReference does not point at a Condition")
        for ent in b["entry"]:
            u, r = ent["fullUrl"], ent["resource"]
            t = r.get("resourceType")
            if not URN_RE.match(u):
                e(f"bad fullUrl {u}")
            if not t or not r.get("id"):
                e("resource without resourceType/id")
                continue
            if t == "Patient":
                patients += 1
                if r["id"] != "nec21-" + cid[len("lab21-"):]:
                    e("patient id")
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
            if t != "Patient" and r.get("subject", {}).get("reference") != b["entry"][0]["fullUrl"]:
                e(f"{t} subject is not the case's Patient")
            st = r.get("status")
            if t in STATUS and st not in STATUS[t]:
                e(f"{t}.status {st} not an R4 code")
            if t == "ServiceRequest" and r.get("intent") not in SR_INTENT:
                e("bad ServiceRequest.intent")
            if t == "Observation":
                if not any(k in r for k in VALUE_KEYS):
                    e("Observation without a value")
            if t == "Condition":
                cats = [code_of(x, TH + "condition-category") for x in r.get("category", [])]
                if "problem-list-item" in cats and "clinicalStatus" not in r:
                    e("problem-list Condition without clinicalStatus (con-3)")
            if t in ("Observation", "DiagnosticReport"):
                if r["issued"][:10] < r["effectiveDateTime"]:
                    e("issued before effective")
            for prof in r.get("meta", {}).get("profile", []):
                if prof not in VERIFIED_URLS:
                    e(f"unverified profile {prof}")

            def chk(k, v, path):
                if k == "reference" and isinstance(v, str) and v not in urls:
                    e(f"dangling reference {v}")
                if k in DATE_KEYS and isinstance(v, str):
                    if not (DATE_RE.match(v) or DT_RE.match(v)):
                        e(f"bad date {k}={v}")
                    elif v[:10] > DATE_CAP:
                        e(f"date {k}={v} after {DATE_CAP}")
                    elif v[:10] > c["date"]:
                        e(f"{k}={v} after the request date {c['date']}")
                if k == "coding" and isinstance(v, list):
                    for cd in v:
                        key = (cd.get("system"), cd.get("code"))
                        if key not in VERIFIED:
                            e(f"unverified coding {key}")
                        elif cd.get("display") != VERIFIED[key][0]:
                            e(f"display mismatch {key}")
                if k == "data" and isinstance(v, str):
                    base64.b64decode(v, validate=True)
            walk(r, chk)
        if patients != 1:
            e(f"{patients} patients")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp), 0) != n:
                errs.append(f"{cancer} {exp}: {tally.get((cancer, exp), 0)} != {n}")
    if with_reason_ref < 36:
        errs.append(f"only {with_reason_ref} requests carry reasonReference (want most)")
    systems = {c["service"]["system"] for c in cases}
    if systems != set(SERVICE_SYSTEMS):
        errs.append("requests must use CPT, HCPCS and SNOMED CT")
    return errs


# ---------------------------------------------------------------- markdown
def used_codings(doc):
    used = {}

    def fn(k, v, path):
        if k == "coding" and isinstance(v, list):
            for cd in v:
                used.setdefault((cd["system"], cd["code"]), False)
    for c in doc["cases"]:
        walk(c["bundle"], fn)
    for c in doc["cases"]:
        used[(c["service"]["system"], c["service"]["code"])] = True
    return used


def used_profiles(doc):
    out = set()
    for c in doc["cases"]:
        for ent in c["bundle"]["entry"]:
            out.update(ent["resource"].get("meta", {}).get("profile", []))
    return out


def encodings(doc):
    """Per-case encoding notes for the theme table (computed from the bundles)."""
    rows = {}
    for c in doc["cases"]:
        ents = [x["resource"] for x in c["bundle"]["entry"]]
        dx = set()
        stage = set()
        prior = set()
        for r in ents:
            t = r["resourceType"]
            if t == "Condition":
                for cd in r["code"].get("coding", []):
                    dx.add(SYSNAME[cd["system"]])
            if t == "Observation":
                lc = code_of(r["code"], LN)
                if lc in ("21908-9", "21902-2"):
                    v = r.get("valueCodeableConcept", {})
                    sysn = {SYSNAME[cd["system"]] for cd in v.get("coding", [])}
                    stage.add("stage group " + ("/".join(sorted(sysn)) if sysn else "text"))
                if lc in ("21905-5", "21906-3", "21907-1", "21899-0", "21900-6"):
                    stage.add("TNM categories")
            if t == "Procedure":
                for cd in r["code"].get("coding", []):
                    prior.add(SYSNAME[cd["system"]])
        a = the_ask(c)[0]
        rows[c["id"]] = (", ".join(sorted(dx)), ", ".join(sorted(stage)) or "-",
                         ", ".join(sorted(prior)) or "-",
                         "reasonReference" if a.get("reasonReference") else
                         "reasonCode" if a.get("reasonCode") else "-")
    return rows


def render_md(doc):
    L = []
    L.append("# Label cases 21: services other than drugs")
    L.append("")
    L.append("## How it was written")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-21.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates, no clock or randomness). Do not edit by hand; "
             "change the script and rerun it. `python3 scripts/gen-label-cases-21.py --check` "
             "regenerates in memory, validates and diffs with the files on disk. Validation: 48 "
             "cases, 6/3/3 per cancer; collection Bundles with `urn:uuid:` fullUrls, exactly one "
             "Patient `nec21-*`, every resource's subject that Patient and every reference "
             "resolving; R4 status and intent codes; exactly one draft proposal ServiceRequest "
             "carrying the requested service coding, authored on the case date, its "
             "reasonReference (where present) pointing at a Condition; requests in CPT, HCPCS "
             "and SNOMED CT; ISO dates, none later than the case date and none later than "
             f"{DATE_CAP}; every coding and meta.profile in the verified tables below, displays "
             "identical; each basis naming its standard source (NCI PDQ, a CMS NCD, a label "
             "section or a test's intended use) and a trial, and stating the expected answer.")
    L.append("")
    L.append("Each case's `date` is the date of the request. Expected answers come from the "
             "standard structure named in `basis`: the NCI PDQ treatment summary for the cancer "
             "and stage, the pivotal trials behind it, the CMS NCD where there is one (90.2 for "
             "NGS, 220.6.17 for FDG PET), and the product label Indications and Usage (section 1) "
             "for the PSMA PET agents, or the test's stated intended use (Oncotype DX, a "
             "laboratory-developed test). refer-to-reviewer = the record contradicts a gate "
             "(metastatic disease for a curative resection, a HER2-positive or N2 tumour for the "
             "recurrence score, no cancer diagnosis for a PSMA PET, no prostate for a seed "
             "implant); needs-documentation = a gate fact is simply absent (`expected_missing` "
             "lists the fact families that must be among the missing ones); supported = every "
             "gate is documented as of the request date.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read in the repository: `scripts/gen-label-cases-20.py` in full (case "
             "format, builders, validation and verified-code-table approach, copied and adapted); "
             "`tests/fixtures/necessity/README.md` (case format); and the \"Code verification\" "
             "sections (code tables, source tags and notes) of "
             "`tests/fixtures/necessity/label-cases-15.md` through `label-cases-20.md`, extracted "
             "by heading. Not read: anything under `src/`, `crates/` or `pathways/`; the top-level "
             "`README.md`; any `tests/fixtures/necessity/*.json`; any other `scripts/gen-*.py`; the "
             "case tables or other sections of the label-cases .md files (of "
             "`label-cases-20.md` the author also saw its title, its first paragraph, which "
             "`gen-label-cases-20.py` writes verbatim, and its list of section headings). Cargo "
             "and the oncotwin binary were neither built nor run, so no expectation here was "
             "checked against the engine or the pathway graph. Outside the repository only "
             "public sources were consulted, to verify codes and coverage facts (tags ADDB21, "
             "PAGE21, GEN21, ICDX21 below); NCCN text was not used. Clinical content is the "
             "author's reading of NCI PDQ, the named trials, CMS NCDs and the PSMA PET labels.")
    L.append("")
    L.append("## Theme")
    L.append("")
    n_ref = sum(1 for c in doc["cases"] if the_ask(c)[0].get("reasonReference"))
    L.append("Services other than drugs, as a prior-authorisation desk sees them: radiotherapy "
             "(SBRT delivery by CPT and by the robotic-linac G-code, whole-breast and "
             "post-mastectomy RT, definitive chemoradiation and prostate IMRT plans, LDR "
             "brachytherapy by G-code and by SNOMED CT, palliative RT for a painful bone "
             "metastasis, short-course RT for rectal cancer), surgery (partial mastectomy, "
             "sentinel node biopsy, thoracoscopic and SNOMED-coded lobectomy, radical "
             "prostatectomy, colectomy, low anterior resection with TME, partial hepatectomy) and "
             "gated imaging and tests (Pylarify, Illuccix and Posluma PSMA PET agents by HCPCS "
             "A-code, FDG PET/CT, comprehensive genomic profiling and targeted NGS panels, "
             "germline BRCA1/2, the 21-gene recurrence score, MSI analysis). Radium-223 is a drug "
             "and is left out. No IMRT/3D delivery G-code is used: CMS's 2026 Addendum B no "
             "longer carries G6011-G6015 or CPT 77385/77386 (see ADDB21), so radiotherapy is "
             "requested by plan code (77295, 77301), SBRT delivery (77373, G0339), the LDR "
             "composite G0458 or SNOMED CT procedure codes. The requested service is always a "
             "`ServiceRequest` with status `draft` and intent `proposal`, with reasonReference to "
             f"a Condition in {n_ref} of {len(doc['cases'])} requests (the cancer, or a "
             "metastasis; for prostate-10, which has no cancer, the elevated-PSA diagnosis) and "
             "reasonCode only, or no reason, in the others; prior surgery and "
             "radiotherapy are `Procedure` resources coded in CPT or SNOMED CT; diagnoses are "
             "ICD-10-CM or SNOMED CT (with mCODE profiles); stage is text, an AJCC numeric code, "
             "a SNOMED CT stage qualifier or TNM category Observations; receptors are LOINC "
             "answers with text; imaging is a radiology DiagnosticReport conclusion.")
    L.append("")
    enc = encodings(doc)
    L.append("| case | request code | diagnosis coding | stage encoding | prior procedures coded | request reason |")
    L.append("|---|---|---|---|---|---|")
    for c in doc["cases"]:
        s = c["service"]
        d, st, pr, rr = enc[c["id"]]
        L.append(f"| {c['id'].replace('lab21-', '')} | {SYSNAME[s['system']]} {s['code']} | "
                 f"{d} | {st} | {pr} | {rr} |")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total |")
    L.append("|---|---|---|---|---|")
    tot = [0, 0, 0, 0]
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        cs = [c for c in doc["cases"] if c["cancer"] == cancer]
        row = [sum(1 for c in cs if c["expected"] == x)
               for x in ("supported", "needs-documentation", "refer-to-reviewer")] + [len(cs)]
        tot = [a + b for a, b in zip(tot, row)]
        L.append(f"| {cancer} | " + " | ".join(map(str, row)) + " |")
    L.append("| all | " + " | ".join(map(str, tot)) + " |")
    L.append("")
    meta = {c.cid: (c.label, c.reason) for c in CASES}
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
            label, reason = meta[c["id"]]
            L.append(f"| {c['id']} | {label} | {SYSNAME[s['system']]} {s['code']} | "
                     f"{exp} | {reason} |")
        L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services. Rows tagged ADDB21, "
             "PAGE21, GEN21 or ICDX21 were verified for this set; every other row is a row of the "
             "label-cases-15..20 verification tables, with the sources those sets cite. For CPT "
             "rows verified for this set the display is the AMA official descriptor as quoted on "
             "the public coding page named, and the CMS short descriptor is quoted from Addendum "
             "B; for HCPCS A9596 and A9608 no long descriptor was found in a public source, so "
             "the CMS short descriptor is the display, verbatim. Status and intent values are "
             "FHIR `code` elements, not codings; the script checks them against the R4 value "
             "sets.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codings(doc)
    order = [CPT, HCPCS, SCT, ICD, AJCC, LN]
    for sysurl in order + sorted({k[0] for k in used} - set(order)):
        for (s, code) in sorted((k for k in used if k[0] == sysurl), key=lambda k: k[1]):
            disp, src = VERIFIED[(s, code)]
            name = SYSNAME.get(s, "FHIR " + s.replace(TH, ""))
            L.append(f"| {name} | {code} | {disp}{' [service]' if used[(s, code)] else ''} | {src} |")
    L.append("")
    L.append("Profile URLs written in `meta.profile`:")
    L.append("")
    L.append("| URL | source |")
    L.append("|---|---|")
    for url in sorted(used_profiles(doc)):
        L.append(f"| {url} | {VERIFIED_URLS[url]} |")
    L.append("")
    L.append("The Patient identifier system `urn:oid:2.16.840.1.113883.19.5.21` is under the HL7 "
             "example OID arc (fictitious).")
    L.append("")
    L.append("Source tags:")
    L.append("")
    for tag, text in SOURCE_TAGS:
        L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("Notes on sources: SNOMED CT 33195004 carries the current FSN 'External beam "
             "radiation therapy procedure (procedure)' (SNOMED CT editorial text, id 5725954519); "
             "older files and the mCODE draft value set call it 'Teleradiotherapy procedure "
             "(procedure)'. Public files mislabel some SNOMED CT ids (392021009 as 'Lumbar "
             "puncture' in 58470988283, 396487001 as 'Bone marrow biopsy' in 6245841148, "
             "173171007 as noted in label-cases-17); the majority pairing is used. No SNOMED CT "
             "concept for stereotactic body radiation therapy was found in a public source, so "
             "SBRT is requested only by CPT 77373 or HCPCS G0339.")
    L.append("")
    L.append("Not coded: chemotherapy regimens given as context (dose-dense AC-T, CAPOX, FOLFOX) "
             "are text-only MedicationStatements; pulmonary function (FEV1, DLCO), Gleason score, "
             "prostate volume, IPSS, pain score and surgical margin status are text-coded "
             "Observations; CT/MRI/PET findings are radiology report conclusions. Stage groups "
             "without a verified code here (IA, IA1-IA3, IB, IIA, IIIB as SNOMED, IVB, IVC) are "
             "text under the stage-group LOINC, the AJCC numeric code, or the verified SNOMED CT "
             "stage IV qualifier with the finer group in the text.")
    L.append("")
    return "\n".join(L)


def build():
    doc = {"cases": [c.to_json() for c in CASES]}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n", render_md(doc), doc


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
