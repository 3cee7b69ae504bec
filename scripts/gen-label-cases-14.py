#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-14.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: records that change over time, and messy real-world exports.
  (a) facts that change: re-biopsy at progression changes a biomarker (HER2 3+ ->
      HER2 1+, ER+ -> ER-, EGFR T790M after a first-generation TKI, acquired
      NRAS), castration-sensitive -> castration-resistant, M0 -> M1; the latest
      valid result decides;
  (b) corrections: Observation status amended/corrected replacing a preliminary
      value, entered-in-error resources that must be ignored, Condition
      verificationStatus refuted / provisional;
  (c) export quirks: contained Medication (medicationReference "#med1"),
      Observations without subject reachable only through DiagnosticReport.result,
      partial dates, datetimes with offsets, dataAbsentReason, valueString vs
      text-only valueCodeableConcept, local codings beside standard ones,
      Condition.stage.summary, laterality in bodySite, irrelevant extensions, the
      same resource repeated across encounters.

Written blind: the author read only tests/fixtures/necessity/README.md, the "Code
verification" sections of label-cases-12.md / label-cases-13.md and the first 140
lines of scripts/gen-label-cases-12.py; not src/, crates/, pathways/, README.md,
other scripts/gen-*.py or any tests/fixtures/necessity/*.json.

Usage:
    python3 scripts/gen-label-cases-14.py           # write the .json and .md
    python3 scripts/gen-label-cases-14.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only. Codes and their sources: see CODES below (rendered in the
.md "Code verification" table).
"""

import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-14.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-14.md"

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://oncotwin.example/necessity/label-cases-14")

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
SCT = "http://snomed.info/sct"
LNC = "http://loinc.org"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HGNC = "http://www.genenames.org/geneid"
LOCAL = "http://lab.example-hospital.org/fhir/CodeSystem/local-results"
LOCALDX = "urn:oid:1.2.840.114350.1.13.999.2.7.2.696580"  # fictitious EHR problem-list OID
CVS = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CCS = "http://terminology.hl7.org/CodeSystem/condition-clinical"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
DAR = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
UCUM = "http://unitsofmeasure.org"
EXT_IRR = "http://ehr-vendor.example.com/fhir/StructureDefinition/"

FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1", "egfr",
         "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca", "pik3ca", "esr1",
         "psa", "castration", "prior_therapy", "ecog", "resection", "histology"}
CANCERS = ["breast", "nsclc", "colorectal", "prostate"]
ANSWERS = ["supported", "needs-documentation", "refer-to-reviewer"]

# ---------------------------------------------------------------------------
# Codes (every code written into a bundle or requested), official display, source
# ---------------------------------------------------------------------------
SRC = {
    "ADDB": "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12/13",
    "ANWEB": "CMS 2020 HCPCS alpha-numeric file, long descriptors (github.com/pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master output/anweb_hcpcs_codes.csv), as cited in label-cases-12/13",
    "PUBJ": "public prior-auth sample pairing J9317 with sacituzumab govitecan-hziy (read_file id 22015981327), as cited in label-cases-13",
    "PAYER": "NC Medicaid bulletin 2022-11-01 (A9607), as cited in label-cases-12",
    "RXL": "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12/13",
    "RXV": "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12/13",
    "TRL": "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12/13",
    "TRM": "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12/13",
    "OMOPL": "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13",
    "CPIC": "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12",
    "CTS2": "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12",
    "OFDA": "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12/13",
    "ICDX": "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13",
    "MCODE": "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13",
    "GEN": "other public code pairing the code with its name (find_string; ids listed), as cited in label-cases-13",
    "GEN14": "public code pairing the code with its name, found for this set with find_string (ids listed)",
    "CPTA": "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12",
    "FHIR": "HL7 FHIR R4 terminology (terminology.hl7.org code system bound in the R4 specification)",
    "LOC": "fictitious local code of this fixture set (not a standard code; always beside a standard coding or text)",
}

# (system label, code) -> (display, sources)
CODES = {}


def _c(label, code, display, src):
    CODES[(label, code)] = (display, src)


# HCPCS
for code, disp, src in [
    ("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "ADDB, ANWEB"),
    ("J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "ADDB (short descriptor), PUBJ"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9354", "Injection, ado-trastuzumab emtansine, 1 mg", "ADDB, ANWEB"),
    ("Q5116", "Injection, trastuzumab-qyyp, biosimilar, (trazimera), 10 mg", "ADDB, ANWEB"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9060", "Injection, cisplatin, powder or solution, 10 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9308", "Injection, ramucirumab, 5 mg", "ADDB, ANWEB"),
    ("J9022", "Injection, atezolizumab, 10 mg", "ADDB, ANWEB"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9299", "Injection, nivolumab, 1 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("Q5107", "Injection, bevacizumab-awwb, biosimilar, (mvasi), 10 mg", "ADDB, ANWEB"),
    ("Q5118", "Injection, bevacizumab-bvzr, biosimilar, (zirabev), 10 mg", "ADDB, ANWEB"),
    ("J9043", "Injection, cabazitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9155", "Injection, degarelix, 1 mg", "ADDB, ANWEB"),
    ("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie", "ADDB, ANWEB"),
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "ADDB, PAYER"),
    ("J9395", "Injection, fulvestrant, 25 mg", "ADDB, ANWEB"),
]:
    _c("HCPCS", code, disp, src)

# RxNorm ingredients
for code, disp, src in [
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1727455", "alectinib", "RXL, TRL"),
    ("2103164", "lorlatinib", "RXL, OMOPL"),
    ("1148495", "crizotinib", "RXL, RXV, OMOPL"),
    ("328134", "gefitinib", "RXL, OMOPL"),
    ("2550714", "sotorasib", "RXL, OFDA"),
    ("2625882", "adagrasib", "RXL, TRL"),
    ("1424911", "dabrafenib", "RXL, RXV, CPIC"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("2169285", "alpelisib", "RXL, TRM"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("2361285", "tucatinib", "RXL, RXV"),
    ("1940643", "neratinib", "RXL, RXV, TRM, OMOPL"),
    ("224905", "trastuzumab", "TRM, OMOPL, GEN 61430868925"),
    ("1298944", "pertuzumab", "TRM, OMOPL"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("1312397", "regorafenib", "RXL, OMOPL"),
    ("1100072", "abiraterone", "RXL, TRL"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("1862579", "rucaparib", "RXL, TRL, OMOPL"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("3639", "doxorubicin", "TRM, CTS2, RXL"),
    ("56946", "paclitaxel", "TRM, CTS2"),
    ("6809", "metformin", "CPIC, RXL"),
    ("83367", "atorvastatin", "CPIC, RXL"),
    ("6918", "metoprolol", "CPIC, RXL"),
    ("40790", "pantoprazole", "CPIC, RXL"),
    ("77492", "tamsulosin", "CPIC, RXL"),
    ("5487", "hydrochlorothiazide", "CPIC, RXL"),
]:
    _c("RxNorm", code, disp, src)

# ICD-10-CM
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
    ("C78.01", "Secondary malignant neoplasm of right lung", "ICDX"),
    ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "ICDX"),
    ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "ICDX"),
    ("C79.51", "Secondary malignant neoplasm of bone", "ICDX"),
    ("Z17.0", "Estrogen receptor positive status [ER+]", "ICDX"),
    ("Z17.1", "Estrogen receptor negative status [ER-]", "GEN14 55661557572"),
    ("Z19.1", "Hormone sensitive malignancy status", "GEN14 55661557572 / 12312469823 / 12053113399"),
    ("Z19.2", "Hormone resistant malignancy status", "ICDX"),
]:
    _c("ICD-10-CM", code, disp, src)

# SNOMED CT
for code, disp, src in [
    ("1222837003", "American Joint Committee on Cancer stage IV (qualifier value)", "GEN 18131229102 / 18115121853"),
    ("254637007", "Non-small cell lung cancer (disorder)", "MCODE"),
    ("254837009", "Malignant neoplasm of breast (disorder)", "MCODE"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("367336001", "Chemotherapy (procedure)", "GEN 58555415348 / 27428244623"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("76498008", "Postmenopausal state", "GEN 53237695867 / 54523174829"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("94381002", "Secondary malignant neoplasm of liver", "GEN 70248098329 / 67516913204"),
    ("80248007", "Left breast structure", "GEN14 53734731630 / 53261709540"),
    ("73056007", "Right breast structure", "GEN14 53250974630 / 14446098577"),
]:
    _c("SNOMED CT", code, disp, src)

# LOINC
for code, disp, src in [
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("21908-9", "Stage group.clinical Cancer", "MCODE"),
    ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "MCODE"),
    ("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "GEN 41511871330"),
    ("48004-6", "DNA change (c.HGVS)", "GEN 4706047252 / 61384671171"),
    ("48005-3", "Amino acid change (pHGVS)", "GEN 59721034127 / 69512973287"),
    ("48018-6", "Gene studied [ID]", "MCODE"),
    ("48676-1", "HER2 [Interpretation] in Tissue", "MCODE"),
    ("51969-4", "Genetic analysis report", "GEN14 41597787145 / 29301661751"),
    ("69548-6", "Genetic variant assessment", "MCODE"),
    ("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative", "MCODE"),
    ("85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report", "MCODE"),
    ("85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH", "MCODE"),
    ("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", "MCODE"),
    ("89247-1", "ECOG Performance Status score", "MCODE"),
    ("97509-4", "Cancer Disease Progression", "MCODE"),
    ("LA6576-8", "Positive", "MCODE"),
    ("LA6577-6", "Negative", "MCODE"),
    ("LA9633-4", "Present", "MCODE"),
    ("LA9634-2", "Absent", "MCODE"),
]:
    _c("LOINC", code, disp, src)

# HGNC
for code, disp, src in [
    ("HGNC:1097", "BRAF", "GEN 69512973287"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:3430", "ERBB2", "GEN 66036805935 / 59660611392"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:795", "ATM", "GEN 59658408810 / 68290097721"),
    ("HGNC:8975", "PIK3CA", "GEN 41597822208 / 57284591633"),
]:
    _c("HGNC", code, disp, src)

# CPT (procedures in the chart)
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("38745", "Axillary lymphadenectomy; complete"),
    ("31652", "Bronchoscopy with EBUS-guided transtracheal/transbronchial sampling, 1 or 2 nodal stations"),
    ("32663", "Thoracoscopy, surgical; with lobectomy"),
    ("44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"),
    ("45380", "Colonoscopy, flexible; with biopsy, single or multiple"),
    ("55866", "Laparoscopy, surgical prostatectomy, retropubic radical"),
    ("78306", "Bone and/or joint imaging; whole body"),
    ("78815", "PET with concurrently acquired CT; skull base to mid-thigh"),
    ("81162", "BRCA1, BRCA2 full sequence analysis and full duplication/deletion analysis"),
    ("81445", "Targeted genomic sequence analysis panel, solid organ neoplasm, 5-50 genes"),
    ("81455", "Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm, 51 or greater genes"),
    ("77301", "Intensity modulated radiotherapy plan"),
]:
    _c("CPT", code, disp, "CPTA")

# FHIR terminology codes used structurally
for code, disp in [
    ("condition-ver-status#confirmed", "Confirmed"),
    ("condition-ver-status#provisional", "Provisional"),
    ("condition-ver-status#refuted", "Refuted"),
    ("condition-ver-status#entered-in-error", "Entered in Error"),
    ("condition-clinical#active", "Active"),
    ("condition-clinical#resolved", "Resolved"),
    ("observation-category#laboratory", "Laboratory"),
    ("observation-category#imaging", "Imaging"),
    ("observation-category#survey", "Survey"),
    ("observation-category#social-history", "Social History"),
    ("data-absent-reason#not-performed", "Not Performed"),
    ("data-absent-reason#error", "Error"),
    ("data-absent-reason#asked-unknown", "Asked But Unknown"),
    ("v2-0074#GE", "Genetics"),
    ("v2-0074#PAT", "Pathology (gross & histopath, not surgical)"),
    ("v2-0074#RAD", "Radiology"),
]:
    _c("FHIR", code, disp, "FHIR")

_c("local", "LOCAL", "fictitious local result / problem-list codes (system http://lab.example-hospital.org/fhir/CodeSystem/local-results and urn:oid:1.2.840.114350.1.13.999.2.7.2.696580), always beside a standard coding or text", "LOC")

SYS_LABEL = {RX: "RxNorm", HCPCS: "HCPCS", SCT: "SNOMED CT", LNC: "LOINC", ICD: "ICD-10-CM",
             CPT: "CPT", HGNC: "HGNC"}


def code(label, c):
    """Coding for a verified code (display from CODES)."""
    sysuri = {v: k for k, v in SYS_LABEL.items()}[label]
    disp = CODES[(label, c)][0]
    return {"system": sysuri, "code": c, "display": disp}


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = list(codings)
    if text is not None:
        out["text"] = text
    return out


def sct(c):
    return code("SNOMED CT", c)


def lnc(c):
    return code("LOINC", c)


def icd(c):
    return code("ICD-10-CM", c)


def rx(c):
    return code("RxNorm", c)


def hc(c):
    return code("HCPCS", c)


def cpt(c):
    return code("CPT", c)


def hgnc(c):
    return code("HGNC", c)


def local(c, d, system=LOCAL):
    return {"system": system, "code": c, "display": d}


POS = lnc("LA6576-8")
NEG = lnc("LA6577-6")
PRESENT = lnc("LA9633-4")
ABSENT = lnc("LA9634-2")


def service(label, c):
    sysuri = {v: k for k, v in SYS_LABEL.items()}[label]
    return {"system": sysuri, "code": c, "display": CODES[(label, c)][0]}


# ---------------------------------------------------------------------------
# Bundle builder
# ---------------------------------------------------------------------------
class B:
    def __init__(self, cid, gender, birth, family, given, extra=None):
        self.cid = cid
        self.entries = []
        self.n = 0
        pid = "nec14-" + cid[len("lab14-"):]
        pat = {"resourceType": "Patient", "id": pid,
               "identifier": [{"system": "http://hospital.example.org/mrn",
                               "value": "MRN14" + str(uuid.uuid5(NS, cid).int % 10**7).zfill(7)}],
               "name": [{"family": family, "given": [given]}],
               "gender": gender, "birthDate": birth}
        if extra:
            pat.update(extra)
        self.pref = self._put(pat, "Patient")

    def uid(self, key):
        return str(uuid.uuid5(NS, f"{self.cid}/{key}"))

    def _put(self, res, key):
        u = self.uid(key)
        if res["resourceType"] != "Patient":
            res = dict([("resourceType", res["resourceType"]), ("id", u)] +
                       [(k, v) for k, v in res.items() if k != "resourceType"])
        self.entries.append({"fullUrl": "urn:uuid:" + u, "resource": res})
        return "urn:uuid:" + u

    def add(self, rt, subject=True, subj_key="subject", **fields):
        self.n += 1
        res = {"resourceType": rt}
        if subject:
            res[subj_key] = {"reference": self.pref}
        for k, v in fields.items():
            if v is None:
                continue
            res[k.rstrip("_")] = v
        return self._put(res, f"{rt}-{self.n}")

    # --- resource helpers -------------------------------------------------
    def cond(self, code_cc, onset=None, ver="confirmed", clin="active", stage=None,
             body=None, recorded=None, category="problem-list-item", ext=None,
             encounter=None, note=None, abatement=None):
        f = {}
        if ext:
            f["extension"] = ext
        if clin:
            f["clinicalStatus"] = cc({"system": CCS, "code": clin,
                                      "display": CODES[("FHIR", "condition-clinical#" + clin)][0]})
        if ver:
            f["verificationStatus"] = cc({"system": CVS, "code": ver,
                                          "display": CODES[("FHIR", "condition-ver-status#" + ver)][0]})
        f["category"] = [cc({"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                             "code": category,
                             "display": {"problem-list-item": "Problem List Item",
                                         "encounter-diagnosis": "Encounter Diagnosis"}[category]})]
        f["code"] = code_cc
        if body:
            f["bodySite"] = [body]
        if encounter:
            f["encounter"] = {"reference": encounter}
        if onset:
            f["onsetDateTime"] = onset
        if abatement:
            f["abatementDateTime"] = abatement
        if recorded:
            f["recordedDate"] = recorded
        if stage:
            f["stage"] = [stage]
        if note:
            f["note"] = [{"text": note}]
        return self.add("Condition", **f)

    def obs(self, code_cc, when, status="final", cat="laboratory", subject=True, value=None,
            comps=None, dar=None, note=None, ext=None, interp=None, method=None,
            specimen_text=None, body=None, issued=None, encounter=None, focus=None,
            derived=None):
        f = {}
        if ext:
            f["extension"] = ext
        f["status"] = status
        f["category"] = [cc({"system": OBSCAT, "code": cat,
                             "display": CODES[("FHIR", "observation-category#" + cat)][0]})]
        f["code"] = code_cc
        f["_subject"] = subject
        if focus:
            f["focus"] = [{"reference": focus}]
        if encounter:
            f["encounter"] = {"reference": encounter}
        if isinstance(when, dict):
            f["effectivePeriod"] = when
        elif when:
            f["effectiveDateTime"] = when
        if issued:
            f["issued"] = issued
        if value:
            k, v = value
            f[k] = v
        if dar:
            f["dataAbsentReason"] = cc({"system": DAR, "code": dar,
                                        "display": CODES[("FHIR", "data-absent-reason#" + dar)][0]},
                                       text=None)
        if interp:
            f["interpretation"] = [interp]
        if note:
            f["note"] = [{"text": note}]
        if body:
            f["bodySite"] = body
        if method:
            f["method"] = method
        if specimen_text:
            f["specimen"] = {"display": specimen_text}
        if derived:
            f["derivedFrom"] = [{"reference": r} for r in derived]
        if comps:
            f["component"] = comps
        sub = f.pop("_subject")
        # keep FHIR element order roughly canonical: subject after code
        return self.add("Observation", subject=sub, **f)

    def dr(self, code_cc, when, results, status="final", cat="GE", conclusion=None,
           issued=None, conclusion_code=None, ext=None):
        f = {}
        if ext:
            f["extension"] = ext
        f["status"] = status
        f["category"] = [cc({"system": V2_0074, "code": cat,
                             "display": CODES[("FHIR", "v2-0074#" + cat)][0]})]
        f["code"] = code_cc
        f["effectiveDateTime"] = when
        if issued:
            f["issued"] = issued
        if results:
            f["result"] = [{"reference": r} for r in results]
        if conclusion:
            f["conclusion"] = conclusion
        if conclusion_code:
            f["conclusionCode"] = [conclusion_code]
        return self.add("DiagnosticReport", **f)

    def _med(self, med, contained):
        """med: (label, code) or (label, code, text) or a CodeableConcept dict."""
        if isinstance(med, dict):
            concept = med
        else:
            label, c = med[0], med[1]
            concept = cc(code(label, c), text=med[2] if len(med) > 2 else None)
        if contained:
            return ({"contained": [{"resourceType": "Medication", "id": "med1", "code": concept}]},
                    {"medicationReference": {"reference": "#med1"}})
        return ({}, {"medicationCodeableConcept": concept})

    def madmin(self, med, start, end=None, status="completed", contained=False, encounter=None,
               note=None, ext=None):
        head, medf = self._med(med, contained)
        f = dict(head)
        if ext:
            f["extension"] = ext
        f["status"] = status
        f.update(medf)
        subj = {"subject": {"reference": self.pref}}
        f.update(subj)
        if encounter:
            f["context"] = {"reference": encounter}
        if end:
            f["effectivePeriod"] = {"start": start, "end": end}
        else:
            f["effectiveDateTime"] = start
        if note:
            f["note"] = [{"text": note}]
        return self.add("MedicationAdministration", subject=False, **f)

    def mstmt(self, med, start, end=None, status="completed", contained=False, note=None,
              asserted=None):
        head, medf = self._med(med, contained)
        f = dict(head)
        f["status"] = status
        f.update(medf)
        f["subject"] = {"reference": self.pref}
        if end:
            f["effectivePeriod"] = {"start": start, "end": end}
        else:
            f["effectiveDateTime"] = start
        if asserted:
            f["dateAsserted"] = asserted
        if note:
            f["note"] = [{"text": note}]
        return self.add("MedicationStatement", subject=False, **f)

    def mreq(self, med, authored, status="completed", intent="order", contained=False,
             note=None, start=None, end=None):
        head, medf = self._med(med, contained)
        f = dict(head)
        f["status"] = status
        f["intent"] = intent
        f.update(medf)
        f["subject"] = {"reference": self.pref}
        f["authoredOn"] = authored
        if start:
            per = {"start": start}
            if end:
                per["end"] = end
            f["dispenseRequest"] = {"validityPeriod": per}
        if note:
            f["note"] = [{"text": note}]
        return self.add("MedicationRequest", subject=False, **f)

    def proc(self, code_cc, when, status="completed", body=None, note=None, encounter=None):
        f = {"status": status, "code": code_cc}
        f["subject"] = {"reference": self.pref}
        if encounter:
            f["encounter"] = {"reference": encounter}
        f["performedDateTime"] = when
        if body:
            f["bodySite"] = [body]
        if note:
            f["note"] = [{"text": note}]
        return self.add("Procedure", subject=False, **f)

    def enc(self, start, end=None, text="Oncology clinic visit", klass="AMB"):
        f = {"status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                       "code": klass, "display": {"AMB": "ambulatory", "IMP": "inpatient encounter"}[klass]},
             "type": [cc(text=text)],
             "period": {"start": start, "end": end or start}}
        return self.add("Encounter", **f)

    def bundle(self):
        return {"resourceType": "Bundle", "id": self.uid("Bundle"), "type": "collection",
                "entry": self.entries}


# --- fact encoders ----------------------------------------------------------
def ext_irr(name, val):
    return {"url": EXT_IRR + name, "valueString": val}


def stage4_summary():
    return {"summary": cc(sct("1222837003"), text="Stage IV")}


def stage_text(txt):
    return {"summary": cc(text=txt)}


def qty(v, unit, ucum=None):
    return ("valueQuantity", {"value": v, "unit": unit, "system": UCUM, "code": ucum or unit})


def vcc(*codings, text=None):
    return ("valueCodeableConcept", cc(*codings, text=text))


def vstr(s):
    return ("valueString", s)


def gene_comp(gene_label_code=None, text=None):
    if gene_label_code:
        return {"code": cc(lnc("48018-6")), "valueCodeableConcept": cc(hgnc(gene_label_code), text=text)}
    return {"code": cc(lnc("48018-6")), "valueCodeableConcept": cc(text=text)}


def phgvs(p):
    return {"code": cc(lnc("48005-3")), "valueCodeableConcept": cc(text=p)}


def chgvs(c):
    return {"code": cc(lnc("48004-6")), "valueCodeableConcept": cc(text=c)}


def variant(b, when, gene, present, p=None, c=None, gene_text=None, status="final",
            subject=True, note=None, method_text=None):
    comps = [gene_comp(gene, gene_text)]
    if c:
        comps.append(chgvs(c))
    if p:
        comps.append(phgvs(p))
    return b.obs(cc(lnc("69548-6")), when, status=status, subject=subject,
                 value=vcc(PRESENT if present else ABSENT), comps=comps, note=note,
                 method=cc(text=method_text) if method_text else None)


def psa(b, when, v, status="final"):
    return b.obs(cc(lnc("2857-1")), when, status=status, value=qty(v, "ng/mL"))


def testo(b, when, v):
    return b.obs(cc(lnc("2986-8")), when, value=qty(v, "ng/dL"))


def ecog(b, when, v):
    return b.obs(cc(lnc("89247-1")), when, cat="survey", value=("valueInteger", v))


def progression(b, when, focus=None):
    return b.obs(cc(lnc("97509-4")), when, cat="imaging", value=vcc(sct("271299001")), focus=focus)


def postmeno(b, when, style="obs"):
    if style == "obs":
        return b.obs(cc(text="Menopausal status"), when, cat="social-history",
                     value=vcc(sct("76498008")))
    return b.cond(cc(sct("76498008")), onset=when, category="problem-list-item")


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------
CASES = []


def case(cid, cancer, desc, basis, date, svc, expected, b, missing=None, reason=""):
    c = {"id": cid, "cancer": cancer, "description": desc, "basis": basis, "date": date,
         "service": svc, "expected": expected}
    if expected == "needs-documentation":
        c["expected_missing"] = missing
    c["bundle"] = b.bundle()
    c["_reason"] = reason
    CASES.append(c)


# Breast ---------------------------------------------------------------------
