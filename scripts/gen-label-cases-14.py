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
CCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
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
    "PAYER": "payer/manufacturer bulletins for post-2020 codes: NC Medicaid bulletin 2022-11-01 (A9607); QualChoice policy BI663, Immunomedics coding guide and CMS ASP file 2026 Q2 (J9317), as cited in label-cases-12",
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
    ("J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "ADDB, PAYER, PUBJ"),
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
    ("condition-category#problem-list-item", "Problem List Item"),
    ("condition-category#encounter-diagnosis", "Encounter Diagnosis"),
    ("v3-ActCode#AMB", "ambulatory"),
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

    def add(self, rt, _subj=True, **fields):
        self.n += 1
        res = {"resourceType": rt}
        if _subj:
            res["subject"] = {"reference": self.pref}
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
        f["category"] = [cc({"system": CCAT,
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
        return self.add("Observation", _subj=sub, **f)

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
        return self.add("MedicationAdministration", _subj=False, **f)

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
        return self.add("MedicationStatement", _subj=False, **f)

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
        return self.add("MedicationRequest", _subj=False, **f)

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
        return self.add("Procedure", _subj=False, **f)

    def enc(self, start, end=None, text="Oncology clinic visit", klass="AMB"):
        f = {"status": "finished",
             "class": {"system": ACTCODE,
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
def breast_primary(b, icd_code, side, onset, stage=None, ver="confirmed", ext=None):
    body = cc(sct("80248007" if side == "L" else "73056007"),
              text="left breast" if side == "L" else "right breast")
    return b.cond(cc(icd(icd_code), sct("254837009")), onset=onset, body=body, stage=stage,
                  ver=ver, ext=ext)


def er_obs(b, when, positive, text=None, status="final", subject=True, style="coded", note=None):
    if style == "string":
        return b.obs(cc(lnc("16112-5")), when, status=status, subject=subject,
                     value=vstr(text), note=note)
    return b.obs(cc(lnc("16112-5")), when, status=status, subject=subject,
                 value=vcc(POS if positive else NEG, text=text), note=note)


def pr_obs(b, when, positive, text=None, status="final", subject=True, style="coded"):
    if style == "string":
        return b.obs(cc(lnc("16113-3")), when, status=status, subject=subject, value=vstr(text))
    return b.obs(cc(lnc("16113-3")), when, status=status, subject=subject,
                 value=vcc(POS if positive else NEG, text=text))


def her2_ihc(b, when, score, status="final", subject=True, style="coded", local_code=False,
             note=None, ext=None):
    codings = [lnc("85319-2")]
    if local_code:
        codings.append(local("HER2IHC", "HER2 IHC (4B5) score"))
    if style == "string":
        value = vstr(score)
    elif score.startswith("3+"):
        value = vcc(POS, text="IHC " + score)
    elif score.startswith("2+"):
        value = vcc(text="IHC " + score)
    else:
        value = vcc(NEG, text="IHC " + score)
    return b.obs(cc(*codings), when, status=status, subject=subject, value=value, note=note,
                 ext=ext)


def her2_ish(b, when, amplified, ratio=None, status="final", subject=True, note=None):
    comps = []
    if ratio is not None:
        comps.append({"code": cc(text="HER2/CEP17 ratio"), "valueQuantity":
                      {"value": ratio, "unit": "{ratio}", "system": UCUM, "code": "{ratio}"}})
    return b.obs(cc(lnc("85318-4")), when, status=status, subject=subject,
                 value=vcc(POS if amplified else NEG,
                           text="amplified" if amplified else "not amplified"),
                 comps=comps or None, note=note)


def her2_interp(b, when, positive, text=None, status="final"):
    return b.obs(cc(lnc("48676-1")), when, status=status,
                 value=vcc(POS if positive else NEG, text=text))


def b01():
    b = B("lab14-breast-01", "female", "1968-07-22", "Okafor", "Adaeze")
    breast_primary(b, "C50.411", "R", "2019-03-12", stage=stage_text("Stage IIB (cT2 cN1 M0) at diagnosis"))
    her2_ihc(b, "2019-03-15", "3+")
    er_obs(b, "2019-03-15", False, "0%")
    pr_obs(b, "2019-03-15", False, "0%")
    for med, s, e in [(("HCPCS", "J9171"), "2019-04-02", "2019-07-16"),
                      (("HCPCS", "J9045"), "2019-04-02", "2019-07-16"),
                      (("HCPCS", "J9355"), "2019-04-02", "2020-03-30"),
                      (("HCPCS", "J9306"), "2019-04-02", "2020-03-30")]:
        b.madmin(med, s, e)
    b.proc(cc(cpt("19303")), "2019-08-20", body=cc(sct("73056007")))
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2024-02-20")
    r1 = her2_ihc(b, "2024-02-20", "1+ (HER2-low)", subject=False)
    r2 = er_obs(b, "2024-02-20", False, "0%", subject=False)
    r3 = pr_obs(b, "2024-02-20", False, "0%", subject=False)
    b.dr(cc(text="Surgical pathology: liver core biopsy"), "2024-02-20", [r1, r2, r3], cat="PAT",
         issued="2024-02-23T16:05:00-05:00",
         conclusion="Metastatic carcinoma consistent with breast primary. HER2 IHC 1+ (HER2-low; "
                    "previously 3+ on 2019 primary). ER 0%, PR 0%.")
    b.madmin(("HCPCS", "J9267"), "2024-03-11", "2024-11-25")
    progression(b, "2025-01-10")
    ecog(b, "2025-01-21", 1)
    case("lab14-breast-01", "breast",
         "Right breast cancer HER2 IHC 3+ at diagnosis (2019), treated with TCHP; liver recurrence "
         "2024 with re-biopsy HER2 IHC 1+ (HER2-low), HR-negative; weekly paclitaxel in the "
         "metastatic setting, now progressing. Request fam-trastuzumab deruxtecan (J9358).",
         "FDA label Enhertu (fam-trastuzumab deruxtecan-nxki) 1 INDICATIONS AND USAGE: unresectable "
         "or metastatic HER2-low (IHC 1+ or IHC 2+/ISH-) breast cancer in adults who have received a "
         "prior chemotherapy in the metastatic setting or developed recurrence during or within 6 "
         "months of adjuvant chemotherapy (DESTINY-Breast04); also HER2-positive MBC after a prior "
         "anti-HER2 regimen (DESTINY-Breast03). The latest valid HER2 result (2024 liver biopsy, IHC "
         "1+) is HER2-low and paclitaxel was given in the metastatic setting, so the HER2-low "
         "indication is met; the earlier 3+ and prior trastuzumab/pertuzumab would also satisfy "
         "the HER2-positive indication. Supported either way.",
         "2025-02-03", service("HCPCS", "J9358"), "supported", b,
         reason="HER2 3+ -> 1+ on metastatic re-biopsy; HER2-low after metastatic chemo")


def b02():
    b = B("lab14-breast-02", "female", "1957-01-30", "Lindqvist", "Marta")
    breast_primary(b, "C50.912", "L", "2024-10-28", stage=stage4_summary())
    b.cond(cc(icd("C79.51"), sct("94222008"), text="Bone metastases (T10, L2, right iliac)"),
           onset="2024-11-01")
    postmeno(b, "2024-10-28", style="cond")
    er_obs(b, "2024-11-04", False, "Negative (<1%)", status="preliminary",
           note="Preliminary: cold ischaemia time > 1 h; repeat staining on block A3 requested.")
    er_obs(b, "2024-11-12", True, "Positive, 90% strong", status="amended",
           note="Amended report: repeat ER on block A3 positive 90%, supersedes preliminary result.")
    pr_obs(b, "2024-11-12", True, "Positive, 40%")
    her2_ihc(b, "2024-11-04", "1+")
    her2_interp(b, "2024-11-04", False, "HER2-negative (IHC 1+)")
    ecog(b, "2024-11-20", 0)
    case("lab14-breast-02", "breast",
         "De novo metastatic (bone) left breast cancer in a postmenopausal woman. ER first reported "
         "negative on a preliminary report, then amended to ER 90% positive; PR 40%; HER2 IHC 1+. "
         "Request ribociclib with an aromatase inhibitor.",
         "FDA label Kisqali (ribociclib) 1 INDICATIONS AND USAGE: HR-positive, HER2-negative advanced "
         "or metastatic breast cancer with an aromatase inhibitor as initial endocrine-based therapy, "
         "or with fulvestrant as initial endocrine-based therapy or after progression on endocrine "
         "therapy (MONALEESA-2/-3/-7); adjuvant HR+/HER2- stage II-III EBC at high risk (NATALEE). "
         "The amended ER result (positive) replaces the preliminary negative one; HER2 IHC 1+ is "
         "HER2-negative; bone metastases and stage IV are documented; postmenopausal. Supported.",
         "2024-12-02", service("RxNorm", "1873916"), "supported", b,
         reason="preliminary ER- amended to ER+ 90%; HR+/HER2- metastatic")


def b03():
    b = B("lab14-breast-03", "female", "1961-09-05", "Haddad", "Rana")
    breast_primary(b, "C50.912", "L", "2018", ext=[ext_irr("source-system", "outside-records-import")])
    b.mstmt(("RxNorm", "84857"), "2018-11", "2023-12", status="completed",
            note="Adjuvant anastrozole per patient; outside pathology not received.")
    postmeno(b, "2018-06-01")
    b.cond(cc(icd("C79.51"), sct("94222008")), onset="2025-01-17")
    r1 = er_obs(b, "2025-01-24", True, "Positive, 95%", subject=False)
    r2 = pr_obs(b, "2025-01-24", True, "Positive, 60%", subject=False)
    b.dr(cc(text="Bone biopsy (iliac crest) - hormone receptors"), "2025-01-24", [r1, r2], cat="PAT",
         issued="2025-01-29T09:12:00+00:00",
         conclusion="Metastatic breast carcinoma, ER 95%, PR 60%. HER2 to follow in separate report.")
    her2_ihc(b, "2025-01-24", "2+ (equivocal) - reflex ISH sent", status="preliminary",
             style="string", note="Preliminary; awaiting ISH on decalcified specimen.")
    case("lab14-breast-03", "breast",
         "Bone-only recurrence of HR-positive left breast cancer after adjuvant anastrozole; ER/PR "
         "are final on the metastatic biopsy but the only HER2 result is a preliminary IHC 2+ "
         "(equivocal) with reflex ISH pending. Request palbociclib.",
         "FDA label Ibrance (palbociclib) 1 INDICATIONS AND USAGE: HR-positive, HER2-negative "
         "advanced or metastatic breast cancer with an aromatase inhibitor as initial endocrine-based "
         "therapy, or with fulvestrant after progression on endocrine therapy (PALOMA-2/-3). HER2 "
         "negativity is a gate; the only HER2 result is preliminary and equivocal (ISH pending), so "
         "HER2 status is undocumented rather than contradicted: needs documentation of HER2.",
         "2025-02-14", service("RxNorm", "1601374"), "needs-documentation", b, missing=["her2"],
         reason="HER2 only preliminary IHC 2+ with ISH pending")


def b04():
    b = B("lab14-breast-04", "female", "1972-04-18", "Moreau", "Celine")
    breast_primary(b, "C50.911", "R", "2020-02-10", stage=stage_text("Stage IIA"))
    b.cond(cc(icd("Z17.0")), onset="2020-02-14", recorded="2020-02-14")
    er_obs(b, "2020-02-14", True, "Positive, 95%")
    pr_obs(b, "2020-02-14", True, "Positive, 70%")
    her2_ihc(b, "2020-02-14", "0")
    b.mstmt(("RxNorm", "72965"), "2020-06-01", "2025-03-15", status="stopped")
    b.cond(cc(icd("C78.01"), text="Pulmonary metastases, right lung"), onset="2025-04-02")
    er_obs(b, "2025-04-22", False, "Negative (<1%)",
           note="Right lower lobe wedge biopsy: receptor conversion compared with 2020 primary.")
    pr_obs(b, "2025-04-22", False, "Negative (0%)")
    her2_ihc(b, "2025-04-22", "0")
    b.cond(cc(icd("Z17.1")), onset="2025-04-22")
    case("lab14-breast-04", "breast",
         "ER/PR-positive HER2-0 breast cancer (2020) on adjuvant letrozole; 2025 lung metastasis "
         "re-biopsy shows ER <1%, PR 0% (receptor conversion to triple-negative); the 2020 Z17.0 "
         "problem-list entry is still active. Request abemaciclib.",
         "FDA label Verzenio (abemaciclib) 1 INDICATIONS AND USAGE: HR-positive, HER2-negative "
         "early breast cancer (adjuvant, node-positive high risk; monarchE) and HR-positive, "
         "HER2-negative advanced or metastatic breast cancer (MONARCH 2/3, MONARCH 1). The latest "
         "valid receptor results (2025 metastatic biopsy: ER and PR negative, with Z17.1) contradict "
         "the HR-positive gate; the stale 2020 Z17.0 entry does not override them. Refer.",
         "2025-05-20", service("RxNorm", "1946825"), "refer-to-reviewer", b,
         reason="ER+ at diagnosis, ER-/PR- on metastatic re-biopsy")


def b05():
    b = B("lab14-breast-05", "male", "1959-12-01", "Brennan", "Thomas")
    b.cond(cc(icd("C50.911"), sct("254837009"), text="Carcinoma of right male breast"),
           onset="2021-05-14", body=cc(sct("73056007")))
    er_obs(b, "2021-05-18", True, "Positive, 80%")
    pr_obs(b, "2021-05-18", True, "Positive, 10%")
    her2_ihc(b, "2021-05-18", "0")
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2022-06-03")
    b.obs(cc(lnc("21908-9")), "2022-06-03", value=vcc(sct("1222837003")))
    b.mstmt(cc(rx("72965"), text="letrozole 2.5 mg tablet"), "2022-06-20", "2024-12-18",
            status="completed", contained=True,
            note="Letrozole with leuprolide for metastatic disease; progression on CT 2024-12.")
    b.proc(cc(cpt("81455")), "2025-01-08")
    v = variant(b, "2025-01-08", "HGNC:8975", True, p="p.His1047Arg", c="c.3140A>G", subject=False,
                method_text="Tissue NGS (FDA-approved companion diagnostic)")
    b.dr(cc(lnc("51969-4")), "2025-01-08", [v], issued="2025-01-20T11:40:00-06:00",
         conclusion="PIK3CA H1047R detected.")
    progression(b, "2024-12-18")
    case("lab14-breast-05", "breast",
         "Man with HR-positive HER2-0 metastatic (liver) breast cancer progressing on letrozole "
         "(MedicationStatement with contained Medication). PIK3CA H1047R on tissue NGS, reachable "
         "only through the genetic-analysis DiagnosticReport. Request alpelisib with fulvestrant.",
         "FDA label Piqray (alpelisib) 1 INDICATIONS AND USAGE: with fulvestrant for postmenopausal "
         "women, and men, with HR-positive, HER2-negative, PIK3CA-mutated advanced or metastatic "
         "breast cancer as detected by an FDA-approved test following progression on or after an "
         "endocrine-based regimen (SOLAR-1). Male patient (menopause not applicable), HR+, HER2 IHC "
         "0, PIK3CA H1047R, metastatic, progressed on letrozole. Supported.",
         "2025-02-20", service("RxNorm", "2169285"), "supported", b,
         reason="male, HR+/HER2-, PIK3CA H1047R via DiagnosticReport, prior letrozole (#med1)")


def b06():
    b = B("lab14-breast-06", "female", "1984-03-09", "Cohen", "Dana")
    breast_primary(b, "C50.411", "R", "2024-05-02", stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2024-05-10")
    b.cond(cc(icd("C79.51"), sct("94222008")), onset="2024-05-10")
    er_obs(b, "2024-05-06", False, "Negative (0%)")
    pr_obs(b, "2024-05-06", False, "Negative (<1%)")
    her2_ihc(b, "2024-05-06", "1+")
    b.madmin(("HCPCS", "J9267"), "2024-05-20", "2024-10-28")
    b.madmin(("HCPCS", "J9045"), "2024-05-20", "2024-10-28")
    progression(b, "2025-02-04")
    b.proc(cc(cpt("81162")), "2025-02-06")
    b.obs(cc(lnc("69548-6"), text="Germline BRCA1/BRCA2 analysis"), "2025-02-06", dar="error",
          comps=[gene_comp(text="BRCA1"), gene_comp("HGNC:1101")],
          note="Specimen failed quality control (insufficient DNA yield); redraw requested.")
    case("lab14-breast-06", "breast",
         "Metastatic HR-negative HER2 IHC 1+ breast cancer after first-line carboplatin/paclitaxel. "
         "The germline BRCA1/2 test result carries dataAbsentReason 'error' (failed QC). Request "
         "olaparib.",
         "FDA label Lynparza (olaparib) 1 INDICATIONS AND USAGE (breast): deleterious or suspected "
         "deleterious germline BRCA-mutated, HER2-negative metastatic breast cancer previously "
         "treated with chemotherapy in the neoadjuvant, adjuvant or metastatic setting (OlympiAD); "
         "adjuvant gBRCAm HER2-negative high-risk EBC (OlympiA). HER2-negative, metastatic and prior "
         "chemotherapy are documented; the germline BRCA result is absent (dataAbsentReason), so "
         "BRCA status needs documentation.",
         "2025-03-10", service("RxNorm", "1597582"), "needs-documentation", b, missing=["brca"],
         reason="gBRCA test failed QC (dataAbsentReason)")


def b07():
    b = B("lab14-breast-07", "female", "1979-10-14", "Nakamura", "Emi")
    breast_primary(b, "C50.912", "L", "2021-03", stage=stage_text("cT2 N1 M0, stage IIB"))
    er_obs(b, "2021-03-19", False, "Negative (0%)", style="string")
    pr_obs(b, "2021-03-19", False, "Negative (<1%)", style="string")
    her2_ihc(b, "2021-03-19", "Negative (IHC 0)", style="string")
    b.mstmt(("RxNorm", "3639"), "2021-04", "2021-06", status="completed")
    b.mstmt(("RxNorm", "3002"), "2021-04", "2021-06", status="completed")
    b.mstmt(("RxNorm", "56946"), "2021-06", "2021-09", status="completed",
            note="Neoadjuvant AC-T then mastectomy (outside hospital).")
    b.cond(cc(icd("C78.01"), text="Lung metastases"), onset="2023-11")
    b.madmin(("HCPCS", "J9267"), "2023-12-04T09:30:00-08:00", "2024-06-17T12:00:00-07:00")
    b.mreq(("RxNorm", "194000", "capecitabine 500 mg tablet"), "2024-07-01", status="completed",
           start="2024-07-01", end="2025-01-31")
    progression(b, "2025-02-11")
    ecog(b, "2025-02-20", 1)
    case("lab14-breast-07", "breast",
         "Triple-negative left breast cancer (receptors as valueString), neoadjuvant AC-T 2021 "
         "(partial dates); lung metastases 2023-11; paclitaxel then capecitabine in the metastatic "
         "setting, now progressing. Request sacituzumab govitecan (J9317).",
         "FDA label Trodelvy (sacituzumab govitecan-hziy) 1 INDICATIONS AND USAGE: unresectable "
         "locally advanced or metastatic triple-negative breast cancer in adults who have received "
         "two or more prior systemic therapies, at least one of them for metastatic disease "
         "(ASCENT). ER, PR and HER2 negative; two metastatic-setting lines (paclitaxel, "
         "capecitabine). Supported.",
         "2025-03-03", service("HCPCS", "J9317"), "supported", b,
         reason="mTNBC, two prior metastatic lines; text-valued receptors, partial dates")


def b08():
    b = B("lab14-breast-08", "female", "1975-06-27", "Alvarez", "Lucia")
    breast_primary(b, "C50.911", "R", "2024-12-09", stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2024-12-16")
    er_obs(b, "2024-12-12", False, "0%")
    pr_obs(b, "2024-12-12", False, "0%")
    her2_ihc(b, "2024-12-12", "0")
    b.obs(cc(lnc("85147-7"), text="PD-L1 22C3 combined positive score"), "2025-01-08",
          status="preliminary", value=qty(12, "{score}"))
    b.obs(cc(lnc("85147-7"), text="PD-L1 22C3 combined positive score"), "2025-01-08",
          status="corrected", value=qty(5, "{score}"), issued="2025-01-15T10:20:00-05:00",
          note="Corrected report: CPS re-scored as 5 after recount of viable tumour cells; "
               "supersedes preliminary CPS 12.")
    ecog(b, "2025-01-20", 1)
    case("lab14-breast-08", "breast",
         "De novo metastatic triple-negative breast cancer. PD-L1 22C3 CPS first reported 12 "
         "(preliminary), then corrected to CPS 5. Request pembrolizumab with chemotherapy.",
         "FDA label Keytruda (pembrolizumab) 1 INDICATIONS AND USAGE (TNBC): with chemotherapy for "
         "locally recurrent unresectable or metastatic TNBC whose tumors express PD-L1 (CPS >= 10) "
         "as determined by an FDA-approved test (KEYNOTE-355); high-risk early-stage TNBC "
         "neoadjuvant/adjuvant (KEYNOTE-522, not applicable: stage IV). The corrected CPS 5 replaces "
         "the preliminary 12 and contradicts the CPS >= 10 gate. Refer.",
         "2025-01-27", service("HCPCS", "J9271"), "refer-to-reviewer", b,
         reason="preliminary CPS 12 corrected to CPS 5 (<10)")


def b09():
    b = B("lab14-breast-09", "female", "1966-02-11", "Schmidt", "Anke")
    e1 = b.enc("2023-08-14", text="Breast surgery follow-up")
    e2 = b.enc("2024-08-26", text="Infusion centre visit")
    for e in (e1, e2):
        b.cond(cc(icd("C50.411"), sct("254837009"), local("BRCA-UOQ-R", "Ca breast R UOQ", LOCALDX)),
               onset="2023-07-03", body=cc(sct("73056007")), category="encounter-diagnosis",
               encounter=e)
    b.obs(cc(lnc("21908-9")), "2023-08-10", value=vcc(text="Stage IIA (pT2 pN0 M0)"))
    her2_ihc(b, "2023-07-06", "3+", local_code=True)
    er_obs(b, "2023-07-06", True, "Positive, 60%")
    pr_obs(b, "2023-07-06", True, "Positive, 20%")
    b.proc(cc(cpt("19303")), "2023-08-02", body=cc(sct("73056007")))
    b.madmin(("HCPCS", "J9267"), "2023-09-05", "2023-11-21", encounter=e1)
    for e in (e1, e2):
        b.madmin(("HCPCS", "J9355"), "2023-09-05", "2024-08-26", encounter=e,
                 note="Adjuvant trastuzumab, 1 year completed 2024-08-26.")
    b.mstmt(("RxNorm", "10324"), "2023-12-01", status="active")
    case("lab14-breast-09", "breast",
         "Stage IIA HER2 IHC 3+ (LOINC and local coding), ER/PR-positive right breast cancer after "
         "mastectomy, adjuvant paclitaxel/trastuzumab completed 2024-08; the diagnosis and the "
         "trastuzumab administration are repeated across two encounter exports. Request neratinib "
         "as extended adjuvant therapy.",
         "FDA label Nerlynx (neratinib) 1 INDICATIONS AND USAGE: extended adjuvant treatment of "
         "adults with early-stage HER2-positive breast cancer, to follow adjuvant trastuzumab-based "
         "therapy (ExteNET); with capecitabine for advanced/metastatic HER2+ disease after two or "
         "more anti-HER2 regimens (NALA). Early stage, HER2-positive, adjuvant trastuzumab "
         "completed. Duplicated resources do not change the facts. Supported.",
         "2024-10-15", service("RxNorm", "1940643"), "supported", b,
         reason="early HER2+ after adjuvant trastuzumab; duplicated encounter resources")


def b10():
    b = B("lab14-breast-10", "female", "1970-08-08", "Petrov", "Irina")
    breast_primary(b, "C50.912", "L", "2021-01-15", stage=stage_text("Stage IIB at diagnosis (outside)"))
    her2_ihc(b, "2025-03-04", "3+")
    her2_ish(b, "2025-03-04", True, ratio=5.2)
    er_obs(b, "2025-03-04", False, "Negative")
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2025-02-26")
    b.madmin(("HCPCS", "J9355"), "2025-03-10", status="entered-in-error",
             note="Charted on wrong patient; voided by pharmacy 2025-03-10.")
    b.obs(cc(lnc("11506-3")), "2025-03-18", cat="survey",
          value=vstr("Recurrent HER2+ MBC. Prior adjuvant therapy at outside hospital 2021; "
                     "records requested, not yet received."))
    case("lab14-breast-10", "breast",
         "HER2-positive (IHC 3+, ISH ratio 5.2) liver recurrence of left breast cancer treated "
         "elsewhere in 2021; outside treatment records not received. The only trastuzumab "
         "administration in the chart is entered-in-error. Request ado-trastuzumab emtansine.",
         "FDA label Kadcyla (ado-trastuzumab emtansine) 1 INDICATIONS AND USAGE: HER2-positive "
         "metastatic breast cancer in patients who previously received trastuzumab and a taxane, "
         "separately or in combination (EMILIA); adjuvant HER2+ EBC with residual invasive disease "
         "after neoadjuvant taxane and trastuzumab (KATHERINE). HER2-positive and metastatic are "
         "documented; prior trastuzumab and taxane are not (the only administration is "
         "entered-in-error and must be ignored). Needs documentation of prior therapy.",
         "2025-04-01", service("HCPCS", "J9354"), "needs-documentation", b,
         missing=["prior_therapy"],
         reason="prior trastuzumab only as entered-in-error; taxane undocumented")


def b11():
    b = B("lab14-breast-11", "female", "1963-05-19", "O'Neill", "Siobhan")
    breast_primary(b, "C50.411", "R", "2018-09-04")
    her2_ihc(b, "2018-09-07", "3+")
    her2_ish(b, "2018-09-07", True, ratio=4.4)
    er_obs(b, "2018-09-07", False, "Negative")
    pr_obs(b, "2018-09-07", False, "Negative")
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2023-01-12")
    for med in (("HCPCS", "J9355"), ("HCPCS", "J9306"), ("HCPCS", "J9171")):
        b.madmin(med, "2023-02-01", "2024-12-16")
    progression(b, "2025-05-02")
    r1 = her2_ihc(b, "2025-05-14", "1+", subject=False)
    r2 = her2_ish(b, "2025-05-14", False, ratio=1.3, subject=False)
    b.dr(cc(text="Liver core biopsy, HER2 retesting"), "2025-05-14", [r1, r2], cat="PAT",
         issued="2025-05-19T15:02:00-04:00",
         conclusion="HER2 IHC 1+; HER2/CEP17 ratio 1.3, not amplified: HER2-negative (HER2-low), "
                    "discordant with 2018 primary (3+).")
    her2_interp(b, "2025-05-19", False, "HER2-negative (HER2-low) on metastatic re-biopsy")
    case("lab14-breast-11", "breast",
         "HER2 3+/amplified breast cancer (2018); liver metastases treated with THP; at progression "
         "the liver re-biopsy is HER2 IHC 1+, ISH not amplified (HER2-low). Request tucatinib with "
         "trastuzumab and capecitabine.",
         "FDA label Tukysa (tucatinib) 1 INDICATIONS AND USAGE: with trastuzumab and capecitabine "
         "for advanced unresectable or metastatic HER2-positive breast cancer after one or more "
         "prior anti-HER2-based regimens in the metastatic setting (HER2CLIMB). The latest valid "
         "HER2 result (2025 re-biopsy: IHC 1+, not amplified) is HER2-negative/HER2-low, which "
         "contradicts the HER2-positive gate. Refer.",
         "2025-06-10", service("RxNorm", "2361285"), "refer-to-reviewer", b,
         reason="HER2 3+ -> IHC 1+/ISH- on metastatic re-biopsy")


def b12():
    b = B("lab14-breast-12", "female", "1981-11-23", "Dubois", "Helene")
    breast_primary(b, "C50.911", "R", "2025-01-29", stage=stage4_summary())
    b.cond(cc(icd("C78.01"), text="Bilateral pulmonary metastases"), onset="2025-02-05")
    her2_ihc(b, "2025-02-03", "2+ (equivocal)",
             ext=[ext_irr("lis-accession", "S25-004417-A1")])
    her2_ish(b, "2025-02-06", False, status="preliminary",
             note="Preliminary count on 20 nuclei; final count pending.")
    her2_ish(b, "2025-02-12T14:32:00-05:00", True, ratio=2.8,
             note="Final: 40 nuclei, HER2/CEP17 2.8, average HER2 copy number 6.1. Supersedes "
                  "preliminary result.")
    her2_interp(b, "2025-02-12T14:32:00-05:00", True, "HER2-positive (IHC 2+, ISH amplified)")
    er_obs(b, "2025-02-03", True, "Positive, 30%")
    ecog(b, "2025-02-18", 1)
    case("lab14-breast-12", "breast",
         "De novo metastatic (lung) right breast cancer: HER2 IHC 2+ equivocal, a preliminary ISH "
         "read 'not amplified', then final ISH amplified (ratio 2.8). Request trastuzumab-qyyp "
         "(Trazimera, Q5116) with paclitaxel first line.",
         "FDA label Trazimera (trastuzumab-qyyp) 1 INDICATIONS AND USAGE: adjuvant HER2-overexpressing "
         "breast cancer; metastatic HER2-overexpressing breast cancer with paclitaxel as first-line "
         "treatment or alone after one or more chemotherapy regimens; select patients by an "
         "FDA-approved HER2 test. The final ISH (amplified) replaces the preliminary read; IHC 2+ "
         "with ISH amplification is HER2-positive; metastatic. Supported.",
         "2025-02-24", service("HCPCS", "Q5116"), "supported", b,
         reason="IHC 2+, preliminary ISH- replaced by final ISH amplified")


# NSCLC ----------------------------------------------------------------------
def lung_primary(b, icd_code, text, onset, stage=None, ver="confirmed", note=None, ext=None):
    return b.cond(cc(icd(icd_code), sct("254637007"), text=text), onset=onset, stage=stage,
                  ver=ver, note=note, ext=ext)


def egfr_neg(b, when, subject=True):
    return variant(b, when, "HGNC:3236", False, subject=subject,
                   note="No EGFR exon 18-21 alteration detected.")


def alk_text(b, when, txt, status="final", style="cc"):
    if style == "string":
        return b.obs(cc(text="ALK rearrangement"), when, status=status, value=vstr(txt))
    return b.obs(cc(text="ALK rearrangement"), when, status=status, value=vcc(text=txt))


def n01():
    b = B("lab14-nsclc-01", "female", "1962-03-03", "Tanaka", "Yuki")
    lung_primary(b, "C34.12", "Adenocarcinoma of left upper lobe", "2022-04-11", stage=stage4_summary())
    b.cond(cc(icd("C79.51"), sct("94222008")), onset="2022-04-11")
    variant(b, "2022-04-20", "HGNC:3236", True, p="p.Glu746_Ala750del", c="c.2235_2249del",
            method_text="Tissue NGS")
    b.mstmt(("RxNorm", "328134"), "2022-05-02", "2025-03-20", status="completed")
    progression(b, "2025-03-14")
    b.proc(cc(cpt("31652")), "2025-04-01")
    v1 = variant(b, "2025-04-01", "HGNC:3236", True, p="p.Thr790Met", c="c.2369C>T", subject=False)
    v2 = variant(b, "2025-04-01", "HGNC:3236", True, p="p.Glu746_Ala750del", c="c.2235_2249del",
                 subject=False)
    b.dr(cc(lnc("51969-4")), "2025-04-01", [v1, v2], issued="2025-04-11T17:45:00+09:00",
         conclusion="EGFR exon 19 deletion with acquired T790M at progression on gefitinib.")
    case("lab14-nsclc-01", "nsclc",
         "Stage IV EGFR exon 19 deletion lung adenocarcinoma on gefitinib since 2022; at progression "
         "the EBUS re-biopsy shows acquired EGFR T790M (variants reachable only through the "
         "DiagnosticReport). Request osimertinib.",
         "FDA label Tagrisso (osimertinib) 1 INDICATIONS AND USAGE: metastatic EGFR T790M "
         "mutation-positive NSCLC whose disease has progressed on or after EGFR TKI therapy (AURA3); "
         "first-line metastatic NSCLC with EGFR exon 19 deletions or exon 21 L858R (FLAURA, FLAURA2); "
         "adjuvant (ADAURA) and post-chemoradiation stage III (LAURA). T790M after gefitinib, "
         "metastatic. Supported.",
         "2025-04-21", service("RxNorm", "1721560"), "supported", b,
         reason="EGFR ex19del -> acquired T790M on re-biopsy after gefitinib")


def n02():
    b = B("lab14-nsclc-02", "male", "1955-10-10", "Kowalski", "Piotr")
    lung_primary(b, "C34.31", "Adenocarcinoma of right lower lobe", "2025-01-08", stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2025-01-08")
    variant(b, "2025-01-20", "HGNC:3236", True, p="p.Leu858Arg", status="preliminary",
            method_text="Rapid EGFR PCR screen",
            note="Preliminary rapid PCR result; NGS to follow.")
    variant(b, "2025-01-30", "HGNC:3236", False, status="amended", method_text="Tissue NGS",
            note="AMENDED: the preliminary PCR result was reported from a mislabelled specimen "
                 "(sample swap, incident 25-0117). NGS on this patient's specimen: no EGFR "
                 "mutation detected (exons 18-21).")
    alk_text(b, "2025-01-30", "Not detected")
    case("lab14-nsclc-02", "nsclc",
         "Metastatic lung adenocarcinoma: a preliminary rapid PCR reported EGFR L858R, then the "
         "result was amended (sample swap) to no EGFR mutation on NGS. Request osimertinib.",
         "FDA label Tagrisso (osimertinib) 1 INDICATIONS AND USAGE: every indication requires an "
         "EGFR exon 19 deletion or exon 21 L858R (or T790M after EGFR TKI). The amended NGS result "
         "(no EGFR mutation) replaces the preliminary PCR, so the record contradicts the EGFR gate. "
         "Refer.",
         "2025-02-12", service("RxNorm", "1721560"), "refer-to-reviewer", b,
         reason="preliminary EGFR L858R amended to EGFR not detected")


def n03():
    b = B("lab14-nsclc-03", "female", "1978-12-30", "Achterberg", "Femke")
    lung_primary(b, "C34.11", "Adenocarcinoma of right upper lobe", "2023-05-22",
                 stage=stage_text("Stage IIIA (cT2b cN2 M0) at diagnosis"))
    b.obs(cc(lnc("21908-9")), "2023-06-05", value=vcc(text="Stage IIIA"))
    b.proc(cc(cpt("77301")), "2023-06-12")
    b.madmin(("HCPCS", "J9045"), "2023-06-19", "2023-07-31")
    b.madmin(("HCPCS", "J9267"), "2023-06-19", "2023-07-31")
    b.proc(cc(cpt("78815")), "2025-03-03")
    b.cond(cc(icd("C79.51"), sct("94222008")), onset="2025-03-03")
    b.cond(cc(sct("94225005")), onset="2025-03-06")
    b.obs(cc(lnc("21908-9")), "2025-03-10", value=vcc(sct("1222837003")))
    v = b.obs(cc(lnc("69548-6")), "2025-03-12", subject=False, value=vcc(PRESENT),
              comps=[gene_comp(text="ALK"),
                     {"code": cc(text="Structural variant"),
                      "valueCodeableConcept": cc(text="EML4::ALK fusion (variant 1, E13;A20)")}])
    b.dr(cc(lnc("51969-4")), "2025-03-12", [v], issued="2025-03-19T08:00:00Z",
         conclusion="ALK rearrangement detected (EML4::ALK).")
    case("lab14-nsclc-03", "nsclc",
         "Stage IIIA lung adenocarcinoma treated with chemoradiation in 2023 (M0); 2025 PET shows "
         "new bone and brain metastases (stage IV) and NGS, reachable only through the report, "
         "shows EML4::ALK. Request alectinib.",
         "FDA label Alecensa (alectinib) 1 INDICATIONS AND USAGE: ALK-positive metastatic NSCLC "
         "(ALEX); adjuvant treatment after resection of ALK-positive NSCLC (ALINA). The record moved "
         "from M0 (2023) to metastatic (2025 PET, stage IV) and ALK is positive. Supported.",
         "2025-03-28", service("RxNorm", "1727455"), "supported", b,
         reason="M0 -> M1 on new PET; ALK fusion via DiagnosticReport")


def n04():
    b = B("lab14-nsclc-04", "male", "1969-06-14", "Mensah", "Kwame")
    lung_primary(b, "C34.90", "Non-small cell lung carcinoma, adenocarcinoma", "2025-04-02",
                 stage=stage4_summary())
    b.cond(cc(sct("94225005")), onset="2025-04-02")
    egfr_neg(b, "2025-04-15")
    variant(b, "2025-04-15", "HGNC:6407", False)
    b.obs(cc(text="ALK (D5F3) immunohistochemistry"), "2025-04-15", status="preliminary",
          value=vstr("Equivocal weak granular staining; FISH confirmation pending"))
    ecog(b, "2025-04-20", 1)
    case("lab14-nsclc-04", "nsclc",
         "Stage IV lung adenocarcinoma with brain metastases, EGFR and KRAS negative; the only ALK "
         "result is a preliminary, equivocal IHC with FISH pending. Request lorlatinib.",
         "FDA label Lorbrena (lorlatinib) 1 INDICATIONS AND USAGE: metastatic NSCLC whose tumors are "
         "ALK-positive as detected by an FDA-approved test (CROWN). Metastatic is documented; ALK "
         "positivity is not (preliminary equivocal IHC only). Needs documentation of ALK.",
         "2025-05-06", service("RxNorm", "2103164"), "needs-documentation", b, missing=["alk"],
         reason="ALK only preliminary equivocal IHC, FISH pending")


def n05():
    b = B("lab14-nsclc-05", "female", "1958-08-25", "Rossi", "Giulia")
    lung_primary(b, "C34.11", "Adenocarcinoma of right upper lobe", "2024-02-12")
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2024-02-12")
    b.obs(cc(lnc("21908-9"), local("STG-GRP", "Stage group (local)")), "2024-02-20",
          value=vcc(sct("1222837003"), local("IV", "Stage IV", LOCAL)))
    variant(b, "2024-02-26", "HGNC:6407", True, p="p.Gly12Cys", c="c.34G>T")
    egfr_neg(b, "2024-02-26")
    alk_text(b, "2024-02-26", "Negative", style="string")
    b.madmin(cc(hc("J9045"), text="CARBOplatin"), "2024-03-11", "2024-05-13", contained=True)
    b.madmin(("HCPCS", "J9305"), "2024-03-11", "2024-12-16")
    b.madmin(("HCPCS", "J9271"), "2024-03-11", "2024-12-16")
    progression(b, "2025-01-21")
    case("lab14-nsclc-05", "nsclc",
         "Metastatic KRAS G12C lung adenocarcinoma (stage group with a local coding beside "
         "SNOMED) progressing after carboplatin (contained Medication '#med1'), pemetrexed and "
         "pembrolizumab. Request sotorasib.",
         "FDA label Lumakras (sotorasib) 1 INDICATIONS AND USAGE: KRAS G12C-mutated locally advanced "
         "or metastatic NSCLC, as determined by an FDA-approved test, in adults who have received "
         "at least one prior systemic therapy (CodeBreaK 100/200). KRAS G12C, metastatic, prior "
         "platinum chemo-immunotherapy. Supported.",
         "2025-02-07", service("RxNorm", "2550714"), "supported", b,
         reason="KRAS G12C after chemo-immunotherapy (contained #med1)")


def n06():
    b = B("lab14-nsclc-06", "male", "1981-01-17", "Nguyen", "Minh")
    lung_primary(b, "C34.12", "Adenocarcinoma of left upper lobe", "2025-01", stage=stage4_summary())
    b.cond(cc(icd("C78.6"), text="Pleural and peritoneal metastases"), onset="2025-01")
    egfr_neg(b, "2025-01-28")
    alk_text(b, "2025-01-28", "Not detected")
    b.obs(cc(text="ROS1 rearrangement (RNA NGS)"), "2025-01-28",
          value=vstr("POSITIVE - CD74::ROS1 fusion detected"))
    b.obs(cc(text="Tobacco smoking status"), "2025-01-10", cat="social-history",
          value=vcc(text="Never smoker"))
    case("lab14-nsclc-06", "nsclc",
         "Never-smoker with metastatic lung adenocarcinoma (partial onset date 2025-01); ROS1 "
         "fusion reported as a valueString, EGFR and ALK negative. Request crizotinib.",
         "FDA label Xalkori (crizotinib) 1 INDICATIONS AND USAGE: metastatic NSCLC whose tumors are "
         "ALK- or ROS1-positive as detected by an FDA-approved test (PROFILE 1014, PROFILE 1001 ROS1 "
         "cohort). ROS1-positive, metastatic. Supported.",
         "2025-02-25", service("RxNorm", "1148495"), "supported", b,
         reason="ROS1 fusion as valueString; partial dates")


def n07():
    b = B("lab14-nsclc-07", "female", "1960-04-04", "Fischer", "Claudia")
    lung_primary(b, "C34.31", "Adenocarcinoma of right lower lobe", "2023-12-18", stage=stage4_summary())
    b.cond(cc(icd("C79.51"), sct("94222008")), onset="2023-12-18")
    egfr_neg(b, "2024-01-05")
    alk_text(b, "2024-01-05", "Negative (FISH)")
    b.obs(cc(lnc("85147-7"), text="PD-L1 22C3 tumor proportion score"), "2024-01-05",
          value=qty(30, "%"))
    e1 = b.enc("2024-01-15", text="Infusion, cycle 1")
    e2 = b.enc("2024-04-08", text="Infusion, cycle 5 (maintenance)")
    b.madmin(("HCPCS", "J9045"), "2024-01-15", "2024-03-18", encounter=e1)
    for e in (e1, e2):
        b.madmin(("HCPCS", "J9305"), "2024-01-15", "2024-10-21", encounter=e)
        b.madmin(("HCPCS", "J9271"), "2024-01-15", "2024-10-21", encounter=e,
                 ext=[ext_irr("infusion-chair", "B-07")])
    progression(b, "2025-02-11")
    case("lab14-nsclc-07", "nsclc",
         "Metastatic EGFR/ALK-negative lung adenocarcinoma (PD-L1 TPS 30%) progressing after "
         "carboplatin-pemetrexed-pembrolizumab (administrations repeated across two encounter "
         "exports, with an irrelevant vendor extension). Request ramucirumab with docetaxel.",
         "FDA label Cyramza (ramucirumab) 1 INDICATIONS AND USAGE (NSCLC): with docetaxel for "
         "metastatic NSCLC with disease progression on or after platinum-based chemotherapy; "
         "patients with EGFR or ALK aberrations should have progressed on FDA-approved therapy for "
         "them (REVEL); with erlotinib first-line for EGFR ex19del/L858R (RELAY). Metastatic, "
         "progressed after platinum, EGFR/ALK negative. Supported.",
         "2025-03-05", service("HCPCS", "J9308"), "supported", b,
         reason="progression after platinum; duplicated administrations")


def n08():
    b = B("lab14-nsclc-08", "male", "1952-09-09", "Lindgren", "Olof")
    lung_primary(b, "C34.11", "Adenocarcinoma of right upper lobe", "2025-04-03T08:15:00+02:00",
                 stage=stage_text("Stage IVB"))
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2025-04-03T08:15:00+02:00")
    b.obs(cc(text="BRAF mutation analysis"), "2025-04-14T10:00:00+02:00",
          value=vcc(text="BRAF p.V600E detected"))
    egfr_neg(b, "2025-04-14T10:00:00+02:00")
    alk_text(b, "2025-04-14T10:00:00+02:00", "Negative")
    ecog(b, "2025-04-22", 1)
    case("lab14-nsclc-08", "nsclc",
         "Stage IVB lung adenocarcinoma (stage as Condition.stage.summary text; datetimes with "
         "+02:00 offsets); BRAF V600E reported only as text in a valueCodeableConcept. Request "
         "encorafenib with binimetinib.",
         "FDA label Braftovi (encorafenib) 1 INDICATIONS AND USAGE: with binimetinib for metastatic "
         "NSCLC with a BRAF V600E mutation, as detected by an FDA-approved test (PHAROS). Metastatic "
         "and BRAF V600E documented. Supported.",
         "2025-04-30", service("RxNorm", "2049106"), "supported", b,
         reason="BRAF V600E as text-only CodeableConcept; TZ datetimes")


def n09():
    b = B("lab14-nsclc-09", "male", "1957-02-21", "Murphy", "Sean")
    b.proc(cc(cpt("31652")), "2025-02-10")
    lung_primary(b, "C34.11", "Adenocarcinoma of right upper lobe (favoured, small EBUS sample)",
                 "2025-02-10", ver="refuted",
                 note="Refuted 2025-03-05: core biopsy p40 positive, TTF-1 negative; see squamous "
                      "cell carcinoma diagnosis.")
    lung_primary(b, "C34.11", "Squamous cell carcinoma of right upper lobe", "2025-03-04",
                 stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2025-02-14")
    b.obs(cc(text="Histologic type"), "2025-03-04", cat="laboratory",
          value=vcc(text="Squamous cell carcinoma (p40+, TTF-1-)"))
    case("lab14-nsclc-09", "nsclc",
         "Metastatic NSCLC first recorded as adenocarcinoma on a small EBUS sample (Condition now "
         "verificationStatus 'refuted'); core biopsy confirmed squamous cell carcinoma. Request "
         "pemetrexed.",
         "FDA label pemetrexed (Alimta and 505(b)(2) products) 1 INDICATIONS AND USAGE: locally "
         "advanced or metastatic non-squamous NSCLC (with pembrolizumab and platinum, with cisplatin, "
         "maintenance, or after prior chemotherapy); Limitations of Use: not indicated for squamous "
         "cell NSCLC. The refuted adenocarcinoma diagnosis is ignored; confirmed squamous histology "
         "contradicts the non-squamous gate. Refer.",
         "2025-03-20", service("HCPCS", "J9305"), "refer-to-reviewer", b,
         reason="adenocarcinoma refuted; confirmed squamous histology")


def n10():
    b = B("lab14-nsclc-10", "female", "1966-07-07", "Sato", "Keiko")
    lung_primary(b, "C34.12", "Adenocarcinoma of left upper lobe", "2024-11-04", stage=stage4_summary())
    b.cond(cc(sct("94225005")), onset="2024-11-04")
    b.obs(cc(text="BRAF V600 mutation (PCR)"), "2024-11-20", status="preliminary",
          value=vcc(text="V600 mutation detected"),
          note="Preliminary hotspot PCR; confirmation by NGS pending.")
    v1 = variant(b, "2024-12-05", "HGNC:1097", True, p="p.Gly469Ala", c="c.1406G>C", subject=False)
    v2 = variant(b, "2024-12-05", "HGNC:1097", False, p="p.Val600Glu", subject=False)
    b.dr(cc(lnc("51969-4")), "2024-12-05", [v1, v2], issued="2024-12-11T13:30:00-08:00",
         conclusion="BRAF G469A (class II, non-V600) detected. BRAF V600E not detected; the "
                    "preliminary PCR signal reflected G469A cross-reactivity.")
    egfr_neg(b, "2024-12-05")
    case("lab14-nsclc-10", "nsclc",
         "Metastatic lung adenocarcinoma: a preliminary BRAF V600 PCR was 'detected', but the final "
         "NGS report shows BRAF G469A (non-V600) and V600E not detected. Request dabrafenib (with "
         "trametinib).",
         "FDA label Tafinlar (dabrafenib) 1 INDICATIONS AND USAGE: with trametinib for metastatic "
         "NSCLC with BRAF V600E mutation as detected by an FDA-approved test (BRF113928). The final "
         "NGS (V600E not detected; G469A) replaces the preliminary PCR and contradicts the V600E "
         "gate. Refer.",
         "2024-12-19", service("RxNorm", "1424911"), "refer-to-reviewer", b,
         reason="preliminary BRAF V600 PCR; final NGS G469A, V600E absent")


def n11():
    b = B("lab14-nsclc-11", "male", "1963-03-28", "Ibrahim", "Yusuf")
    lung_primary(b, "C34.31", "Adenocarcinoma of right lower lobe", "2025-04-28")
    b.cond(cc(icd("C79.51"), sct("94222008")), onset="2025-04-28")
    b.obs(cc(lnc("21908-9")), "2025-05-06", value=vcc(sct("1222837003"), text="Stage IVA"))
    variant(b, "2025-05-12", "HGNC:6407", True, p="p.G12C")
    egfr_neg(b, "2025-05-12")
    alk_text(b, "2025-05-12", "Not detected")
    b.mstmt(("RxNorm", "6809"), "2019-01-01", status="active")
    b.mstmt(("RxNorm", "83367"), "2020-05-01", status="active")
    ecog(b, "2025-05-20", 1)
    case("lab14-nsclc-11", "nsclc",
         "Newly diagnosed stage IVA KRAS G12C (one-letter p.HGVS) lung adenocarcinoma; the chart "
         "shows no systemic anticancer therapy (home metformin and atorvastatin only). Request "
         "adagrasib.",
         "FDA label Krazati (adagrasib) 1 INDICATIONS AND USAGE: KRAS G12C-mutated locally advanced "
         "or metastatic NSCLC, as determined by an FDA-approved test, in adults who have received "
         "at least one prior systemic therapy (KRYSTAL-1). KRAS G12C and metastatic documented; a "
         "prior systemic therapy is not documented. Needs documentation of prior therapy.",
         "2025-06-02", service("RxNorm", "2625882"), "needs-documentation", b,
         missing=["prior_therapy"],
         reason="KRAS G12C metastatic, no prior systemic therapy documented")


def n12():
    b = B("lab14-nsclc-12", "female", "1959-05-05", "Horvath", "Eszter")
    lung_primary(b, "C34.12", "Adenocarcinoma of left upper lobe", "2024-08-26")
    b.proc(cc(cpt("32663")), "2024-09-18")
    b.obs(cc(lnc("21908-9")), "2024-10-01", value=vcc(text="Stage IIIA (pT3 pN1 M0)"))
    egfr_neg(b, "2024-10-01")
    alk_text(b, "2024-10-01", "Negative")
    b.obs(cc(text="PD-L1 (SP263) tumour cell staining"), "2024-10-01", dar="not-performed",
          note="Insufficient viable tumour in submitted block; retest on block B4 requested.")
    b.madmin(("HCPCS", "J9060"), "2024-10-28", "2025-01-06")
    b.madmin(("HCPCS", "J9305"), "2024-10-28", "2025-01-06")
    case("lab14-nsclc-12", "nsclc",
         "Resected stage IIIA lung adenocarcinoma (lobectomy), EGFR/ALK negative, adjuvant "
         "cisplatin-pemetrexed completed; the PD-L1 (SP263) result has dataAbsentReason "
         "'not-performed'. Request adjuvant atezolizumab.",
         "FDA label Tecentriq (atezolizumab) 1 INDICATIONS AND USAGE (NSCLC): adjuvant treatment "
         "following resection and platinum-based chemotherapy for stage II to IIIA NSCLC whose "
         "tumors have PD-L1 expression on >= 1% of tumor cells, as determined by an FDA-approved "
         "test (IMpower010); the metastatic indications do not apply (M0). Resection, stage and "
         "adjuvant platinum are documented; PD-L1 is absent. Needs documentation of PD-L1.",
         "2025-01-27", service("HCPCS", "J9022"), "needs-documentation", b, missing=["pdl1"],
         reason="adjuvant setting; PD-L1 dataAbsentReason not-performed")


# Colorectal -----------------------------------------------------------------
def crc_primary(b, icd_code, text, onset, stage=None, ver="confirmed", ext=None, note=None):
    if icd_code.startswith("C18"):
        concept = cc(icd(icd_code), sct("363406005"), text=text)
    else:
        concept = cc(icd(icd_code), text=text)
    return b.cond(concept, onset=onset, stage=stage, ver=ver, ext=ext, note=note)


def nras(b, when, present, p=None, c=None, subject=True, status="final"):
    return variant(b, when, None, present, p=p, c=c, gene_text="NRAS", subject=subject, status=status)


def msi(b, when, txt, status="final", note=None):
    return b.obs(cc(lnc("81695-9")), when, status=status, value=vcc(text=txt), note=note)


def imaging(b, when, conclusion, cpt_code=None):
    if cpt_code:
        b.proc(cc(cpt(cpt_code)), when)
    return b.dr(cc(lnc("18748-4")), when, None, cat="RAD", conclusion=conclusion)


def c01():
    b = B("lab14-colorectal-01", "male", "1961-04-12", "Becker", "Jonas")
    crc_primary(b, "C18.7", "Adenocarcinoma of sigmoid colon", "2022-09-14",
                stage=stage_text("Stage IIIB (pT3 pN1b M0)"))
    b.proc(cc(cpt("44204")), "2022-10-05")
    b.mstmt(("RxNorm", "194000"), "2022-11", "2023-04", status="completed")
    b.madmin(("HCPCS", "J9263"), "2022-11-07", "2023-04-17")
    imaging(b, "2025-03-18", "New hepatic metastases in segments VI and VII (largest 3.1 cm).")
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2025-03-18")
    b.obs(cc(lnc("21908-9")), "2025-03-25", value=vcc(sct("1222837003")))
    r1 = variant(b, "2025-03-28", "HGNC:6407", False, subject=False)
    r2 = nras(b, "2025-03-28", False, subject=False)
    r3 = variant(b, "2025-03-28", "HGNC:1097", False, p="p.Val600Glu", subject=False)
    b.dr(cc(lnc("51969-4")), "2025-03-28", [r1, r2, r3], issued="2025-04-03T12:00:00-05:00",
         conclusion="Liver biopsy: KRAS and NRAS (exons 2, 3, 4) wild-type; BRAF V600E not "
                    "detected.")
    b.obs(cc(local("RASEXT", "Extended RAS status"), text="RAS (KRAS/NRAS) status"), "2025-03-28",
          value=vcc(text="RAS wild-type"))
    b.obs(cc(text="EGFR protein expression (IHC)"), "2025-03-28", value=vstr("Positive (membranous)"))
    case("lab14-colorectal-01", "colorectal",
         "Stage IIIB sigmoid adenocarcinoma resected in 2022 with adjuvant CAPOX (M0); new liver "
         "metastases on 2025 CT; liver biopsy extended RAS wild-type (KRAS/NRAS via "
         "DiagnosticReport, plus a local 'RAS status' coding), BRAF wild-type. Request cetuximab "
         "with FOLFIRI.",
         "FDA label Erbitux (cetuximab) 1 INDICATIONS AND USAGE (CRC): K-Ras wild-type, "
         "EGFR-expressing metastatic colorectal cancer as determined by an FDA-approved test, with "
         "FOLFIRI first line, with irinotecan or alone after prior chemotherapy (CRYSTAL, EPIC, "
         "CO.17); Limitations of Use: not for RAS-mutant mCRC or when RAS status is unknown. The "
         "record moved from M0 to metastatic; RAS wild-type. Supported.",
         "2025-04-14", service("HCPCS", "J9055"), "supported", b,
         reason="M0 -> M1 on new CT; extended RAS wild-type")


def c02():
    b = B("lab14-colorectal-02", "female", "1958-11-02", "Santos", "Maria")
    crc_primary(b, "C18.2", "Adenocarcinoma of ascending colon", "2023-01-09", stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2023-01-09")
    variant(b, "2023-01-20", "HGNC:6407", False)
    nras(b, "2023-01-20", False)
    for med in (("HCPCS", "J9263"), ("HCPCS", "J9190"), ("HCPCS", "J9303")):
        b.madmin(med, "2023-02-06", "2024-01-15")
    for med in (("HCPCS", "J9206"), ("HCPCS", "J9190"), ("HCPCS", "J9035")):
        b.madmin(med, "2024-02-05", "2025-02-10")
    progression(b, "2025-03-04")
    r1 = nras(b, "2025-03-20", True, p="p.Gln61Lys", c="c.181C>A", subject=False)
    r2 = variant(b, "2025-03-20", "HGNC:6407", False, subject=False)
    b.dr(cc(lnc("51969-4")), "2025-03-20", [r1, r2], issued="2025-03-27T10:10:00+01:00",
         conclusion="Liver re-biopsy: NRAS p.Gln61Lys detected (acquired; primary 2023 was RAS "
                    "wild-type). KRAS wild-type.")
    case("lab14-colorectal-02", "colorectal",
         "Metastatic ascending-colon cancer, RAS wild-type on the 2023 primary; after FOLFOX-"
         "panitumumab and FOLFIRI-bevacizumab, the 2025 liver re-biopsy shows an acquired NRAS "
         "Q61K. Request panitumumab monotherapy.",
         "FDA label Vectibix (panitumumab) 1 INDICATIONS AND USAGE: wild-type RAS (KRAS and NRAS) "
         "metastatic colorectal cancer, first line with FOLFOX or as monotherapy after "
         "fluoropyrimidine, oxaliplatin and irinotecan chemotherapy (PRIME, 20020408); Limitations of "
         "Use: not indicated for RAS-mutant mCRC or unknown RAS status. The latest valid result "
         "(2025 NRAS Q61K) contradicts the RAS wild-type gate. Refer.",
         "2025-04-08", service("HCPCS", "J9303"), "refer-to-reviewer", b,
         reason="RAS wild-type 2023 -> acquired NRAS Q61K on re-biopsy")


def c03():
    b = B("lab14-colorectal-03", "male", "1970-01-25", "Dimitriou", "Nikos")
    crc_primary(b, "C20", "Adenocarcinoma of rectum", "2025-05-05", stage=stage4_summary())
    b.cond(cc(icd("C78.01"), text="Pulmonary metastases"), onset="2025-05-05")
    msi(b, "2025-05-14", "Microsatellite stable (MSS)")
    p1 = b.obs(cc(lnc("69548-6"), text="KRAS/NRAS/BRAF hotspot panel"), "2025-05-14",
               status="preliminary", subject=False,
               comps=[gene_comp("HGNC:6407"), gene_comp(text="NRAS"), gene_comp("HGNC:1097")],
               note="Sequencing in progress; no result released.")
    b.dr(cc(lnc("51969-4")), "2025-05-14", [p1], status="preliminary",
         issued="2025-05-20T09:00:00-04:00",
         conclusion="Preliminary: KRAS/NRAS/BRAF analysis in progress; final report to follow.")
    b.obs(cc(text="EGFR protein expression (IHC)"), "2025-05-14", value=vstr("Positive"))
    case("lab14-colorectal-03", "colorectal",
         "Metastatic (lung) rectal adenocarcinoma, MSS; the RAS panel DiagnosticReport is "
         "preliminary with no result released. Request cetuximab.",
         "FDA label Erbitux (cetuximab) 1 INDICATIONS AND USAGE (CRC): K-Ras wild-type, "
         "EGFR-expressing mCRC as determined by an FDA-approved test; Limitations of Use: not "
         "indicated when the results of RAS mutation tests are unknown. Metastatic documented; RAS "
         "status absent (preliminary report, no value). Needs documentation of RAS.",
         "2025-06-03", service("HCPCS", "J9055"), "needs-documentation", b, missing=["ras"],
         reason="RAS panel only a preliminary report without results")


def c04():
    b = B("lab14-colorectal-04", "female", "1949-08-30", "Andersen", "Ingrid")
    crc_primary(b, "C18.2", "Adenocarcinoma of ascending colon", "2024-12-02", stage=stage4_summary())
    b.cond(cc(icd("C78.6"), text="Peritoneal carcinomatosis"), onset="2024-12-02")
    b.obs(cc(text="Mismatch repair protein IHC (MLH1, PMS2, MSH2, MSH6)"), "2024-12-12",
          status="preliminary", value=vstr("All four proteins intact"))
    b.obs(cc(text="Mismatch repair protein IHC (MLH1, PMS2, MSH2, MSH6)"), "2024-12-12",
          status="amended", issued="2024-12-18T15:45:00+01:00",
          value=vcc(text="Deficient mismatch repair (dMMR): loss of MLH1 and PMS2"),
          comps=[{"code": cc(text="MLH1"), "valueString": "Loss of nuclear expression"},
                 {"code": cc(text="PMS2"), "valueString": "Loss of nuclear expression"},
                 {"code": cc(text="MSH2"), "valueString": "Intact"},
                 {"code": cc(text="MSH6"), "valueString": "Intact"}],
          note="Amended after review of internal control: tumour nuclei negative for MLH1/PMS2; "
               "preliminary 'intact' read on stromal cells.")
    ecog(b, "2024-12-20", 1)
    case("lab14-colorectal-04", "colorectal",
         "Metastatic (peritoneal) ascending-colon cancer: mismatch-repair IHC first reported "
         "'intact' (preliminary), amended to MLH1/PMS2 loss (dMMR). Request pembrolizumab.",
         "FDA label Keytruda (pembrolizumab) 1 INDICATIONS AND USAGE (CRC): unresectable or "
         "metastatic MSI-H or dMMR colorectal cancer (KEYNOTE-177, first line; no prior-therapy "
         "requirement). The amended dMMR result replaces the preliminary read; metastatic. "
         "Supported.",
         "2025-01-06", service("HCPCS", "J9271"), "supported", b,
         reason="preliminary MMR intact amended to dMMR")


def c05():
    b = B("lab14-colorectal-05", "male", "1966-12-19", "Walsh", "Declan")
    crc_primary(b, "C18.7", "Adenocarcinoma of sigmoid colon", "2025-01-20", stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2025-01-20")
    msi(b, "2025-02-03", "MSI-High", status="entered-in-error",
        note="Voided: result belonged to another patient (accession mix-up).")
    msi(b, "2025-02-10", "Microsatellite stable (MSS)")
    b.obs(cc(text="Mismatch repair protein IHC"), "2025-02-10",
          value=vstr("MLH1, PMS2, MSH2, MSH6 intact (proficient MMR)"))
    case("lab14-colorectal-05", "colorectal",
         "Metastatic sigmoid adenocarcinoma: an MSI-High result is entered-in-error (another "
         "patient's accession); the valid results are MSS by PCR and intact MMR IHC. Request "
         "nivolumab.",
         "FDA label Opdivo (nivolumab) 1 INDICATIONS AND USAGE (CRC): unresectable or metastatic "
         "MSI-H or dMMR colorectal cancer, alone or with ipilimumab (CheckMate 142, CheckMate 8HW). "
         "Ignoring the entered-in-error result, MSS and pMMR contradict the MSI-H/dMMR gate. Refer.",
         "2025-02-24", service("HCPCS", "J9299"), "refer-to-reviewer", b,
         reason="MSI-H entered-in-error; valid MSS/pMMR")


def c06():
    b = B("lab14-colorectal-06", "female", "1972-03-15", "Kaur", "Simran")
    crc_primary(b, "C18.2", "Adenocarcinoma of ascending colon", "2024-05-20", stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2024-05-20")
    v1 = variant(b, "2024-05-30", "HGNC:1097", True, p="p.Val600Glu", c="c.1799T>A", subject=False)
    v2 = variant(b, "2024-05-30", "HGNC:6407", False, subject=False)
    b.dr(cc(lnc("51969-4")), "2024-05-30", [v1, v2], issued="2024-06-05T11:00:00-07:00",
         conclusion="BRAF V600E detected; KRAS/NRAS wild-type.")
    msi(b, "2024-05-30", "MSS")
    b.madmin(("HCPCS", "J9263"), "2024-06-10", "2024-12-09")
    b.madmin(("HCPCS", "J9190"), "2024-06-10", "2024-12-09")
    progression(b, "2025-01-14")
    case("lab14-colorectal-06", "colorectal",
         "Metastatic BRAF V600E (via DiagnosticReport only) MSS colon cancer progressing after "
         "first-line FOLFOX. Request encorafenib with cetuximab.",
         "FDA label Braftovi (encorafenib) 1 INDICATIONS AND USAGE (CRC): with cetuximab for "
         "metastatic CRC with BRAF V600E, as detected by an FDA-approved test, after prior therapy "
         "(BEACON CRC); with cetuximab and mFOLFOX6 for metastatic CRC with BRAF V600E "
         "(BREAKWATER). BRAF V600E, metastatic, prior FOLFOX. Supported.",
         "2025-02-05", service("RxNorm", "2049106"), "supported", b,
         reason="BRAF V600E via DiagnosticReport, after FOLFOX")


def c07():
    b = B("lab14-colorectal-07", "male", "1956-06-06", "Okonkwo", "Chidi")
    crc_primary(b, "C20", "Adenocarcinoma of rectum", "2022-09-26", stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2022-09-26")
    b.cond(cc(icd("C78.01"), text="Lung metastases"), onset="2024-10-15")
    variant(b, "2022-10-04", "HGNC:6407", True, p="p.Gly12Asp", c="c.35G>A")
    msi(b, "2022-10-04", "Microsatellite stable")
    e1 = b.enc("2022-10-17", text="Infusion FOLFOX-bevacizumab")
    e2 = b.enc("2023-09-11", text="Infusion FOLFIRI-bevacizumab")
    b.madmin(("HCPCS", "J9263"), "2022-10-17", "2023-08-07", encounter=e1)
    b.madmin(("HCPCS", "J9190"), "2022-10-17", "2024-10-07", encounter=e1)
    b.madmin(("HCPCS", "J9206"), "2023-09-11", "2024-10-07", encounter=e2)
    for e in (e1, e2):
        b.madmin(("HCPCS", "J9035"), "2022-10-17", "2024-10-07", encounter=e)
    progression(b, "2025-01-28")
    case("lab14-colorectal-07", "colorectal",
         "KRAS G12D metastatic rectal cancer after FOLFOX-bevacizumab and FOLFIRI-bevacizumab "
         "(bevacizumab administration repeated across both encounter exports); now progressing. "
         "Request regorafenib.",
         "FDA label Stivarga (regorafenib) 1 INDICATIONS AND USAGE: metastatic colorectal cancer "
         "previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based "
         "chemotherapy, an anti-VEGF therapy, and, if RAS wild-type, an anti-EGFR therapy (CORRECT). "
         "RAS-mutant, so no anti-EGFR is required; all other prior therapies documented. Supported.",
         "2025-02-18", service("RxNorm", "1312397"), "supported", b,
         reason="KRAS G12D, prior FOLFOX/FOLFIRI/bevacizumab")


def c08():
    b = B("lab14-colorectal-08", "female", "1964-10-08", "Bauer", "Sabine")
    crc_primary(b, "C18.7", "Adenocarcinoma of sigmoid colon", "2025-04-07")
    b.proc(cc(cpt("45380")), "2025-04-07")
    imaging(b, "2025-04-10", "CT chest/abdomen/pelvis: sigmoid mass; no distant metastatic disease.")
    b.proc(cc(cpt("44204")), "2025-04-28")
    s1 = b.obs(cc(text="Pathologic stage (AJCC 8th edition)"), "2025-04-30", status="preliminary",
               subject=False, value=vstr("pT3 pNX - lymph node examination pending"))
    b.dr(cc(text="Surgical pathology: sigmoid colectomy"), "2025-04-30", [s1], status="preliminary",
         cat="PAT", issued="2025-05-02T08:30:00-05:00",
         conclusion="Adenocarcinoma, moderately differentiated, margins negative. Lymph node "
                    "count and pTNM to follow in final report.")
    msi(b, "2025-04-30", "MSS")
    case("lab14-colorectal-08", "colorectal",
         "Sigmoid adenocarcinoma after laparoscopic colectomy; CT shows no distant disease; the "
         "only stage is a preliminary 'pT3 pNX, nodes pending' inside a preliminary pathology "
         "report. Request adjuvant capecitabine.",
         "FDA label Xeloda (capecitabine) 1 INDICATIONS AND USAGE (CRC): adjuvant treatment of "
         "stage III colon cancer; perioperative locally advanced rectal cancer; unresectable or "
         "metastatic CRC (X-ACT, NO16968). Not metastatic, so the adjuvant stage III indication is "
         "the only route; the stage is only preliminary (nodal status pending). Needs "
         "documentation of stage.",
         "2025-05-12", service("RxNorm", "194000"), "needs-documentation", b, missing=["stage"],
         reason="stage only preliminary (pNX), adjuvant setting")


def c09():
    b = B("lab14-colorectal-09", "male", "1968-02-14", "Yilmaz", "Emre")
    crc_primary(b, "C18.7", "Adenocarcinoma of sigmoid colon", "2025-03", stage=stage4_summary(),
                ext=[ext_irr("problem-list-sort-order", "3")])
    b.cond(cc(icd("C78.7"), sct("94381002"), local("MET-LIV", "Liver mets", LOCALDX)),
           onset="2025-03")
    variant(b, "2025-03-21", "HGNC:6407", True, p="p.G12V")
    msi(b, "2025-03-21", "MSS")
    b.obs(cc(lnc("11506-3")), "2025-03-27", cat="survey",
          value=vstr("Plan: first-line FOLFOX with bevacizumab-awwb."))
    case("lab14-colorectal-09", "colorectal",
         "De novo metastatic (liver) sigmoid cancer, KRAS G12V, MSS; partial onset dates (2025-03), "
         "stage IV in Condition.stage.summary, local problem-list coding and an irrelevant "
         "extension. Request bevacizumab-awwb (Mvasi, Q5107) with FOLFOX.",
         "FDA label Mvasi (bevacizumab-awwb) 1 INDICATIONS AND USAGE: metastatic colorectal cancer "
         "with intravenous fluorouracil-based chemotherapy for first- or second-line treatment; "
         "Limitations of Use: not indicated for adjuvant treatment of colon cancer (AVF2107g). "
         "Metastatic, first line with FOLFOX. Supported.",
         "2025-04-02", service("HCPCS", "Q5107"), "supported", b,
         reason="de novo mCRC, partial dates, stage.summary")


def c10():
    b = B("lab14-colorectal-10", "female", "1971-07-21", "Novak", "Petra")
    crc_primary(b, "C18.2", "Adenocarcinoma of ascending colon", "2025-02-18")
    imaging(b, "2025-02-25", "CT: ascending colon mass; 1.2 cm hypodense lesion segment IVb, "
                             "indeterminate, MRI recommended.")
    b.cond(cc(icd("C78.7"), sct("94381002"), text="Suspected liver metastasis"),
           onset="2025-02-25", ver="refuted",
           note="Refuted: MRI liver 2025-03-04 shows a typical haemangioma; no metastasis.")
    imaging(b, "2025-03-04", "MRI liver: 1.2 cm segment IVb haemangioma. No hepatic metastasis.")
    b.proc(cc(cpt("44160")), "2025-03-10")
    b.obs(cc(lnc("21908-9")), "2025-03-17", value=vcc(text="Stage IIIB (pT3 pN1a M0)"))
    msi(b, "2025-03-17", "MSS")
    case("lab14-colorectal-10", "colorectal",
         "Resected stage IIIB ascending-colon cancer; a suspected liver metastasis was refuted by "
         "MRI (Condition verificationStatus 'refuted'). Request bevacizumab-bvzr (Zirabev, Q5118) "
         "with adjuvant FOLFOX.",
         "FDA label Zirabev (bevacizumab-bvzr) 1 INDICATIONS AND USAGE: metastatic colorectal "
         "cancer with fluorouracil-based chemotherapy; Limitations of Use: not indicated for "
         "adjuvant treatment of colon cancer (NSABP C-08, AVANT). The refuted metastasis is ignored; "
         "documented stage III M0 after resection contradicts the metastatic gate. Refer.",
         "2025-04-07", service("HCPCS", "Q5118"), "refer-to-reviewer", b,
         reason="liver metastasis refuted; stage III adjuvant")


def c11():
    b = B("lab14-colorectal-11", "male", "1960-09-17", "Ferreira", "Joao")
    crc_primary(b, "C18.7", "Adenocarcinoma of sigmoid colon", "2023-04-24", stage=stage4_summary())
    b.cond(cc(icd("C78.01"), text="Lung metastases"), onset="2023-04-24")
    b.madmin(("HCPCS", "J9263"), "2023-05-08", "2023-12-11")
    b.madmin(("HCPCS", "J9190"), "2023-05-08", "2024-11-18")
    b.madmin(("HCPCS", "J9206"), "2024-01-08", "2024-11-18")
    b.madmin(("HCPCS", "J9035"), "2024-01-08", "2024-11-18")
    progression(b, "2025-01-09")
    b.proc(cc(cpt("81445")), "2025-01-20")
    b.obs(cc(lnc("69548-6"), text="KRAS mutation analysis"), "2025-01-20", dar="error",
          comps=[gene_comp("HGNC:6407")],
          note="Tissue NGS failed: tumour content < 10%. Plasma ctDNA ordered.")
    msi(b, "2023-05-02", "MSS")
    case("lab14-colorectal-11", "colorectal",
         "Metastatic sigmoid cancer after FOLFOX and FOLFIRI-bevacizumab; the KRAS result has "
         "dataAbsentReason 'error' (failed NGS). Request sotorasib with panitumumab.",
         "FDA label Lumakras (sotorasib) 1 INDICATIONS AND USAGE (CRC): with panitumumab for KRAS "
         "G12C-mutated metastatic colorectal cancer, as determined by an FDA-approved test, after "
         "prior fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (CodeBreaK 300). "
         "Metastatic and prior chemotherapy documented; KRAS G12C absent (failed test). Needs "
         "documentation of KRAS.",
         "2025-02-20", service("RxNorm", "2550714"), "needs-documentation", b, missing=["kras"],
         reason="KRAS test failed (dataAbsentReason)")


def c12():
    b = B("lab14-colorectal-12", "female", "1967-05-29", "Richter", "Anna")
    crc_primary(b, "C20", "Adenocarcinoma of rectum", "2023-08-14T10:30:00-04:00",
                stage=stage4_summary())
    b.cond(cc(icd("C78.7"), sct("94381002")), onset="2023-08-14T10:30:00-04:00")
    variant(b, "2023-08-25T14:00:00-04:00", "HGNC:6407", True, p="p.Gly12Cys", c="c.34G>T")
    msi(b, "2023-08-25T14:00:00-04:00", "MSS")
    b.madmin(("HCPCS", "J9263"), "2023-09-05T09:00:00-04:00", "2024-03-19T13:00:00-04:00")
    b.madmin(("HCPCS", "J9190"), "2023-09-05T09:00:00-04:00", "2024-12-10T13:00:00-05:00")
    b.madmin(("HCPCS", "J9206"), "2024-04-02T09:00:00-04:00", "2024-12-10T13:00:00-05:00")
    progression(b, "2025-01-27T15:00:00-05:00")
    case("lab14-colorectal-12", "colorectal",
         "Metastatic KRAS G12C rectal cancer (timestamps with -04:00/-05:00 offsets) after FOLFOX "
         "and FOLFIRI. Request adagrasib with cetuximab.",
         "FDA label Krazati (adagrasib) 1 INDICATIONS AND USAGE (CRC): with cetuximab for KRAS "
         "G12C-mutated locally advanced or metastatic colorectal cancer, as determined by an "
         "FDA-approved test, after prior fluoropyrimidine-, oxaliplatin- and irinotecan-based "
         "chemotherapy (KRYSTAL-1). All gates documented. Supported.",
         "2025-02-14", service("RxNorm", "2625882"), "supported", b,
         reason="KRAS G12C after FOLFOX/FOLFIRI; TZ datetimes")


# Prostate -------------------------------------------------------------------
def prostate_primary(b, onset, stage=None, ext=None, extra_coding=None):
    codings = [icd("C61"), sct("399068003")]
    if extra_coding:
        codings.append(extra_coding)
    return b.cond(cc(*codings, text="Adenocarcinoma of prostate"), onset=onset, stage=stage, ext=ext)


def bone_mets(b, onset, ver="confirmed", text=None, note=None):
    return b.cond(cc(icd("C79.51"), sct("94222008"), text=text), onset=onset, ver=ver, note=note)


def z19(b, which, onset, clin="active", abatement=None, local_code=False):
    codings = [icd("Z19.1" if which == "sensitive" else "Z19.2")]
    if local_code:
        codings.append(local("CSPC" if which == "sensitive" else "CRPC",
                             "Castration-sensitive" if which == "sensitive" else "Castration-resistant",
                             LOCALDX))
    return b.cond(cc(*codings), onset=onset, clin=clin, abatement=abatement)


def clin_sig(txt):
    return {"code": cc(text="Clinical significance"), "valueCodeableConcept": cc(text=txt)}


def p01():
    b = B("lab14-prostate-01", "male", "1950-01-08", "Jensen", "Lars")
    prostate_primary(b, "2022-03-01", stage=stage4_summary())
    bone_mets(b, "2022-03-01")
    psa(b, "2022-03-01", 86.0)
    b.madmin(("HCPCS", "J9217"), "2022-03-10", "2025-04-07")
    b.mstmt(("RxNorm", "1100072"), "2022-03-15", "2024-05-01", status="stopped")
    z19(b, "sensitive", "2022-03-10", clin="resolved", abatement="2024-05-01")
    psa(b, "2022-09-12", 0.4)
    psa(b, "2024-01-15", 1.1)
    psa(b, "2024-03-11", 2.6)
    psa(b, "2024-05-01", 5.9)
    testo(b, "2024-05-01", 14)
    z19(b, "resistant", "2024-05-01")
    b.madmin(("HCPCS", "J9171"), "2024-06-03", "2024-09-16")
    psa(b, "2025-01-13", 8.8)
    psa(b, "2025-03-24", 19.4)
    testo(b, "2025-03-24", 11)
    progression(b, "2025-03-31")
    case("lab14-prostate-01", "prostate",
         "Metastatic prostate cancer, castration-sensitive in 2022 (Z19.1, now resolved) on "
         "leuprolide plus abiraterone; PSA rose on ADT with castrate testosterone in 2024 (Z19.2), "
         "docetaxel given, now progressing again. Request cabazitaxel.",
         "FDA label Jevtana (cabazitaxel) 1 INDICATIONS AND USAGE: with prednisone for metastatic "
         "castration-resistant prostate cancer previously treated with a docetaxel-containing "
         "regimen (TROPIC). Castration resistance (PSA rise on ADT, testosterone < 50 ng/dL, "
         "Z19.2), bone metastases and prior docetaxel are documented. Supported.",
         "2025-04-15", service("HCPCS", "J9043"), "supported", b,
         reason="CSPC -> CRPC on ADT; prior docetaxel")


def p02():
    b = B("lab14-prostate-02", "male", "1958-07-30", "Moretti", "Luca")
    prostate_primary(b, "2019-04-02", stage=stage_text("pT2c pN0 (radical prostatectomy 2019)"))
    b.proc(cc(cpt("55866")), "2019-05-14")
    psa(b, "2024-06-10", 0.3)
    psa(b, "2024-12-09", 0.9)
    psa(b, "2025-04-07", 1.8)
    testo(b, "2025-04-07", 410)
    b.proc(cc(cpt("78815")), "2025-04-22")
    bone_mets(b, "2025-04-22", ver="refuted", text="Suspected rib metastasis (PSMA PET)",
              note="Refuted: MRI and CT-guided biopsy 2025-05-06 benign (healed rib fracture).")
    imaging(b, "2025-05-06", "MRI chest wall and CT: healed right 7th rib fracture; biopsy benign. "
                             "No evidence of metastatic disease.")
    b.mstmt(("RxNorm", "77492"), "2021-02-01", status="active")
    case("lab14-prostate-02", "prostate",
         "Biochemical recurrence after prostatectomy, never on ADT (testosterone 410 ng/dL); a "
         "PSMA-PET rib lesion was refuted by MRI/biopsy (Condition 'refuted'). Request "
         "apalutamide.",
         "FDA label Erleada (apalutamide) 1 INDICATIONS AND USAGE: metastatic castration-sensitive "
         "prostate cancer (TITAN) and non-metastatic castration-resistant prostate cancer "
         "(SPARTAN). The record documents non-metastatic (metastasis refuted, imaging negative) and "
         "castration-sensitive disease (no ADT, normal testosterone): neither indication. Refer.",
         "2025-05-26", service("RxNorm", "1999574"), "refer-to-reviewer", b,
         reason="bone lesion refuted; nmCSPC (no ADT)")


def p03():
    b = B("lab14-prostate-03", "male", "1951-11-11", "Hoffmann", "Dieter")
    prostate_primary(b, "2021-09-06", stage=stage4_summary())
    bone_mets(b, "2021-09-06")
    b.madmin(("HCPCS", "J9217"), "2021-09-15", "2025-02-03")
    b.mstmt(("RxNorm", "1307298"), "2023-02-01", "2025-01-06", status="stopped",
            note="Stopped for PSA and radiographic progression.")
    z19(b, "resistant", "2023-01-16")
    psa(b, "2024-10-07", 6.2)
    psa(b, "2025-01-06", 15.8)
    testo(b, "2025-01-06", 13)
    b.proc(cc(cpt("81162")), "2025-01-20")
    b.obs(cc(lnc("69548-6"), text="Germline BRCA2"), "2025-01-20", status="preliminary",
          value=vcc(PRESENT),
          comps=[gene_comp("HGNC:1101"), chgvs("c.9976A>T"), phgvs("p.Lys3326Ter"),
                 clin_sig("Likely pathogenic (preliminary)")])
    g2 = b.obs(cc(lnc("69548-6"), text="Germline BRCA2"), "2025-01-20", status="amended",
               value=vcc(PRESENT), subject=False,
               comps=[gene_comp("HGNC:1101"), chgvs("c.9976A>T"), phgvs("p.Lys3326Ter"),
                      clin_sig("Benign / low-risk (not deleterious)")],
               note="Amended 2025-02-10: the terminal-exon truncation p.Lys3326Ter is a known "
                    "low-risk variant and is not deleterious; preliminary call withdrawn.")
    b.dr(cc(lnc("51969-4")), "2025-01-20", [g2], status="amended",
         issued="2025-02-10T16:00:00-05:00",
         conclusion="Amended: BRCA2 c.9976A>T (p.Lys3326Ter) reclassified as benign/low-risk. "
                    "No deleterious germline variant identified.")
    b.proc(cc(cpt("81455")), "2025-02-12")
    s1 = variant(b, "2025-02-12", "HGNC:1101", False, subject=False)
    s2 = variant(b, "2025-02-12", "HGNC:795", False, subject=False)
    s3 = b.obs(cc(text="HRR gene alteration status"), "2025-02-12", subject=False,
               value=vstr("Negative - no deleterious alteration in BRCA1, BRCA2, ATM, CDK12, "
                          "CHEK2, PALB2 or other HRR genes"))
    b.dr(cc(lnc("51969-4")), "2025-02-12", [s1, s2, s3], issued="2025-02-20T10:00:00-05:00",
         conclusion="Somatic tumour NGS: no deleterious HRR gene alteration.")
    case("lab14-prostate-03", "prostate",
         "mCRPC progressing on enzalutamide. Germline BRCA2 p.Lys3326Ter first reported 'likely "
         "pathogenic' (preliminary), amended to benign/not deleterious; somatic NGS finds no "
         "deleterious HRR alteration. Request olaparib.",
         "FDA label Lynparza (olaparib) 1 INDICATIONS AND USAGE (prostate): deleterious or "
         "suspected deleterious germline or somatic HRR gene-mutated mCRPC after enzalutamide or "
         "abiraterone (PROfound); with abiraterone and prednisone for deleterious BRCA-mutated "
         "mCRPC (PROpel). The amended germline result (not deleterious) and the negative somatic HRR panel "
         "contradict the HRR/BRCA gate. Refer.",
         "2025-03-03", service("RxNorm", "1597582"), "refer-to-reviewer", b,
         reason="BRCA2 likely pathogenic (prelim) amended to not deleterious; HRR panel negative")


def p04():
    b = B("lab14-prostate-04", "male", "1957-03-22", "Gallagher", "Brendan")
    prostate_primary(b, "2024-12-02", stage=stage4_summary())
    bone_mets(b, "2024-12-02", text="Multiple bone metastases (high volume)")
    psa(b, "2024-12-02", 212.0)
    b.madmin(("HCPCS", "J9155"), "2024-12-10")
    b.madmin(("HCPCS", "J9217"), "2025-01-07", "2025-06-02")
    z19(b, "sensitive", "2024-12-10")
    b.madmin(("HCPCS", "J9171"), "2025-01-06", "2025-04-21")
    psa(b, "2025-02-03", 38.0)
    psa(b, "2025-04-07", 6.1)
    psa(b, "2025-06-02", 1.4)
    testo(b, "2025-06-02", 18)
    b.obs(cc(lnc("11506-3")), "2025-06-09", cat="survey",
          value=vstr("PSA falling on ADT after 6 cycles of docetaxel; castration-sensitive "
                     "disease responding."))
    case("lab14-prostate-04", "prostate",
         "High-volume metastatic castration-sensitive prostate cancer (Z19.1) on ADT after six "
         "cycles of docetaxel, PSA falling 212 -> 1.4. Request cabazitaxel.",
         "FDA label Jevtana (cabazitaxel) 1 INDICATIONS AND USAGE: with prednisone for metastatic "
         "castration-resistant prostate cancer previously treated with a docetaxel-containing "
         "regimen (TROPIC). Metastatic and prior docetaxel are documented, but the disease is "
         "documented castration-sensitive (Z19.1, PSA responding on ADT), which contradicts the "
         "castration-resistant gate. Refer.",
         "2025-06-16", service("HCPCS", "J9043"), "refer-to-reviewer", b,
         reason="castration-sensitive, PSA falling on ADT")


def p05():
    b = B("lab14-prostate-05", "male", "1947-06-18", "Kovacs", "Laszlo")
    prostate_primary(b, "2016-01-11", stage=stage_text("pT3a pN0, prostatectomy 2016"))
    b.proc(cc(cpt("55866")), "2016-02-23")
    b.madmin(("HCPCS", "J9217"), "2021-04-06", "2025-05-05")
    psa(b, "2023-11-06", 3.2)
    psa(b, "2024-02-05", 6.0)
    testo(b, "2024-02-05", 16)
    imaging(b, "2024-02-19", "Whole-body bone scan and CT: no evidence of metastatic disease (M0).",
            cpt_code="78306")
    z19(b, "resistant", "2024-03-04")
    psa(b, "2025-05-05", 14.7)
    testo(b, "2025-05-05", 12)
    imaging(b, "2025-05-12", "Whole-body bone scan: new osseous metastases in T8 and left iliac "
                             "bone.", cpt_code="78306")
    bone_mets(b, "2025-05-12")
    case("lab14-prostate-05", "prostate",
         "Castration-resistant prostate cancer on leuprolide (Z19.2), M0 on 2024 imaging; the 2025 "
         "bone scan shows new osseous metastases (M0 -> M1). Request abiraterone with prednisone.",
         "FDA label Zytiga (abiraterone acetate) 1 INDICATIONS AND USAGE: with prednisone for "
         "metastatic castration-resistant prostate cancer (COU-AA-301/302) and metastatic high-risk "
         "castration-sensitive prostate cancer (LATITUDE). The latest imaging documents bone "
         "metastases; castration resistance is documented. Supported.",
         "2025-05-27", service("RxNorm", "1100072"), "supported", b,
         reason="nmCRPC -> mCRPC on new bone scan")


def p06():
    b = B("lab14-prostate-06", "male", "1955-08-01", "Silva", "Ricardo")
    prostate_primary(b, "2025-02", stage=stage4_summary())
    bone_mets(b, "2025-02")
    psa(b, "2025-02-11", 48.2)
    b.madmin(("HCPCS", "J9155"), "2025-02-20")
    z19(b, "sensitive", "2025-02-20", local_code=True)
    psa(b, "2025-03-20", 9.1)
    testo(b, "2025-03-20", 19)
    case("lab14-prostate-06", "prostate",
         "De novo metastatic (bone) prostate cancer (partial dates 2025-02) started on degarelix; "
         "castration-sensitive (Z19.1 with a local coding), PSA falling. Request enzalutamide.",
         "FDA label Xtandi (enzalutamide) 1 INDICATIONS AND USAGE: castration-resistant prostate "
         "cancer; metastatic castration-sensitive prostate cancer (ARCHES); non-metastatic "
         "castration-sensitive prostate cancer with biochemical recurrence at high risk for "
         "metastasis (EMBARK). Metastatic castration-sensitive disease documented. Supported.",
         "2025-04-01", service("RxNorm", "1307298"), "supported", b,
         reason="mCSPC on degarelix; partial dates")


def p07():
    b = B("lab14-prostate-07", "male", "1949-10-27", "Eriksen", "Nils")
    prostate_primary(b, "2017-05-08",
                     stage=stage_text("nmCRPC - M0 by conventional imaging (2025-05)"))
    b.proc(cc(cpt("55866")), "2017-06-20")
    b.madmin(("HCPCS", "J9217"), "2022-01-10", "2025-06-02")
    psa(b, "2024-11-04", 2.1)
    psa(b, "2025-02-03", 4.3)
    psa(b, "2025-05-05", 7.9)
    testo(b, "2025-05-05", 22)
    z19(b, "resistant", "2025-05-20")
    imaging(b, "2025-05-28", "CT chest/abdomen/pelvis and whole-body bone scan: no evidence of "
                             "distant metastatic disease (M0).", cpt_code="78306")
    case("lab14-prostate-07", "prostate",
         "Post-prostatectomy prostate cancer on leuprolide since 2022; PSA 2.1 -> 4.3 -> 7.9 with "
         "testosterone 22 ng/dL (Z19.2); conventional imaging M0. Request apalutamide.",
         "FDA label Erleada (apalutamide) 1 INDICATIONS AND USAGE: metastatic castration-sensitive "
         "prostate cancer (TITAN) and non-metastatic castration-resistant prostate cancer "
         "(SPARTAN; the label has no PSA doubling-time criterion). Non-metastatic and "
         "castration-resistant documented. Supported.",
         "2025-06-12", service("RxNorm", "1999574"), "supported", b,
         reason="nmCRPC: PSA rise on ADT, castrate T, M0 imaging")


def p08():
    b = B("lab14-prostate-08", "male", "1953-04-09", "Laurent", "Pierre")
    prostate_primary(b, "2022-11-14", stage=stage4_summary())
    bone_mets(b, "2022-11-14")
    b.madmin(("HCPCS", "J9217"), "2022-11-21", "2025-03-03")
    b.mstmt(cc(rx("1100072"), text="abiraterone acetate 250 mg tablet"), "2023-04-03",
            "2025-02-10", status="stopped", contained=True)
    psa(b, "2024-11-18", 4.4)
    psa(b, "2025-02-10", 12.9)
    testo(b, "2025-02-10", 9)
    z19(b, "resistant", "2025-02-10")
    b.proc(cc(cpt("81455")), "2025-02-24")
    v = b.obs(cc(lnc("69548-6")), "2025-02-24", subject=False, value=vcc(PRESENT),
              comps=[gene_comp("HGNC:1101"), chgvs("c.5946del"), phgvs("p.Ser1982ArgfsTer22"),
                     clin_sig("Pathogenic")])
    b.dr(cc(lnc("51969-4")), "2025-02-24", [v], issued="2025-03-07T09:15:00-05:00",
         conclusion="Somatic BRCA2 c.5946del (p.Ser1982Argfs*22), pathogenic.")
    case("lab14-prostate-08", "prostate",
         "mCRPC progressing on abiraterone (MedicationStatement with contained Medication "
         "'#med1'); somatic BRCA2 frameshift, pathogenic, reachable only through the NGS report. "
         "Request olaparib.",
         "FDA label Lynparza (olaparib) 1 INDICATIONS AND USAGE (prostate): deleterious or "
         "suspected deleterious germline or somatic HRR gene-mutated mCRPC after prior enzalutamide "
         "or abiraterone (PROfound). BRCA2 pathogenic, metastatic, castration-resistant, prior "
         "abiraterone. Supported.",
         "2025-03-25", service("RxNorm", "1597582"), "supported", b,
         reason="somatic BRCA2 via DiagnosticReport; prior abiraterone (#med1)")


def p09():
    b = B("lab14-prostate-09", "male", "1944-12-05", "Sorensen", "Henrik")
    prostate_primary(b, "2019-08-19", stage=stage4_summary())
    bone_mets(b, "2019-08-19", text="Multiple bone metastases (spine, pelvis, ribs)")
    b.madmin(("HCPCS", "J9217"), "2019-09-02", "2025-02-03")
    b.mstmt(("RxNorm", "1307298"), "2022-03-01", "2024-10-14", status="stopped")
    z19(b, "resistant", "2022-02-14")
    psa(b, "2024-10-14", 22.5)
    psa(b, "2025-02-03", 41.0)
    testo(b, "2025-02-03", 9)
    b.cond(cc(text="Cancer-related bone pain requiring opioid analgesia"), onset="2025-01-06")
    imaging(b, "2025-02-10", "CT chest/abdomen/pelvis: progressive osseous metastases; no visceral "
                             "(liver, lung) metastases; no lymph node > 3 cm.")
    case("lab14-prostate-09", "prostate",
         "CRPC after enzalutamide with symptomatic (opioid-requiring) bone metastases and no "
         "visceral disease on CT. Request radium-223 (A9606).",
         "FDA label Xofigo (radium Ra 223 dichloride) 1 INDICATIONS AND USAGE: castration-resistant "
         "prostate cancer with symptomatic bone metastases and no known visceral metastatic disease "
         "(ALSYMPCA). CRPC, symptomatic bone metastases, no visceral metastases. Supported.",
         "2025-03-04", service("HCPCS", "A9606"), "supported", b,
         reason="CRPC, symptomatic bone-only metastases")


def p10():
    b = B("lab14-prostate-10", "male", "1952-02-02", "Van Dijk", "Maarten")
    prostate_primary(b, "2020-06-15", stage=stage4_summary())
    bone_mets(b, "2020-06-15")
    b.madmin(("HCPCS", "J9217"), "2020-06-22", "2025-01-27")
    b.mstmt(("RxNorm", "1307298"), "2022-11-07", "2024-06-03", status="stopped")
    z19(b, "resistant", "2022-10-24")
    b.madmin(("HCPCS", "J9171"), "2024-07-01", "2024-11-04")
    psa(b, "2024-11-04", 9.8)
    psa(b, "2025-01-27", 24.3)
    testo(b, "2025-01-27", 15)
    b.proc(cc(cpt("81455")), "2025-01-13")
    b.obs(cc(lnc("69548-6"), text="BRCA1/BRCA2 somatic analysis"), "2025-01-13",
          dar="not-performed", comps=[gene_comp(text="BRCA1"), gene_comp("HGNC:1101")],
          note="Not performed: decalcified bone biopsy, insufficient DNA. Plasma assay ordered.")
    case("lab14-prostate-10", "prostate",
         "mCRPC after enzalutamide and docetaxel; the BRCA1/2 tissue analysis has "
         "dataAbsentReason 'not-performed' (decalcified bone biopsy). Request rucaparib.",
         "FDA label Rubraca (rucaparib) 1 INDICATIONS AND USAGE (prostate): deleterious BRCA "
         "mutation (germline and/or somatic)-associated metastatic castration-resistant prostate "
         "cancer after androgen receptor-directed therapy (and a taxane) (TRITON2/TRITON3). "
         "Metastatic, castration-resistant, prior ARPI and taxane documented; BRCA status absent. "
         "Needs documentation of BRCA.",
         "2025-02-10", service("RxNorm", "1862579"), "needs-documentation", b, missing=["brca"],
         reason="BRCA analysis not performed (dataAbsentReason)")


def p11():
    b = B("lab14-prostate-11", "male", "1948-09-14", "Petersen", "Ole")
    prostate_primary(b, "2014-03-03", stage=stage_text("pT2c pN0, prostatectomy 2014"))
    b.proc(cc(cpt("55866")), "2014-04-15")
    b.madmin(("HCPCS", "J9217"), "2020-02-03", "2025-04-07")
    psa(b, "2024-10-07", 1.8)
    psa(b, "2025-01-06", 3.9)
    psa(b, "2025-04-07", 7.6)
    testo(b, "2025-04-07", 15)
    z19(b, "resistant", "2025-01-20")
    imaging(b, "2025-04-15", "Whole-body bone scan: equivocal focal uptake L3; MRI recommended.",
            cpt_code="78306")
    bone_mets(b, "2025-04-15", ver="provisional", text="Possible L3 metastasis",
              note="Provisional pending MRI lumbar spine.")
    case("lab14-prostate-11", "prostate",
         "Castration-resistant prostate cancer on leuprolide (PSA 1.8 -> 7.6, testosterone "
         "15 ng/dL); bone scan equivocal, L3 metastasis recorded only as a provisional Condition "
         "pending MRI. Request abiraterone.",
         "FDA label Zytiga (abiraterone acetate) 1 INDICATIONS AND USAGE: metastatic "
         "castration-resistant prostate cancer and metastatic high-risk castration-sensitive "
         "prostate cancer. Castration resistance documented; metastatic disease is only "
         "provisional (and not refuted). Needs documentation of metastatic status.",
         "2025-05-05", service("RxNorm", "1100072"), "needs-documentation", b,
         missing=["metastatic"],
         reason="bone metastasis only provisional pending MRI")


def p12():
    b = B("lab14-prostate-12", "male", "1950-05-25", "Whitfield", "George")
    prostate_primary(b, "2021-06", stage=stage4_summary())
    bone_mets(b, "2021-06")
    b.madmin(("HCPCS", "J9217"), "2021-06-14", "2025-03-03")
    z19(b, "resistant", "2024-09-09")
    psa(b, "2024-09-09", 5.2)
    psa(b, "2025-03-03", 17.6)
    testo(b, "2025-03-03", 10)
    b.proc(cc(cpt("78815")), "2025-03-04")
    b.obs(cc(text="PSMA PET/CT (68Ga-PSMA-11) result"), "2025-03-04", cat="imaging",
          value=vstr("PSMA-positive: multiple avid bone and nodal lesions (SUVmax 24); no "
                     "PSMA-negative measurable lesions."))
    b.mstmt(("RxNorm", "77492"), "2020-01-01", status="active")
    b.obs(cc(lnc("11506-3")), "2025-03-10", cat="survey",
          value=vstr("Transferred care 2025. Prior systemic therapy at outside institution "
                     "2022-2024 - details not available; records requested."))
    case("lab14-prostate-12", "prostate",
         "PSMA-positive mCRPC on leuprolide (Z19.2, rising PSA, castrate testosterone) "
         "transferred from an outside institution; no androgen-receptor pathway inhibitor or taxane "
         "is documented. Request lutetium Lu 177 vipivotide tetraxetan (A9607).",
         "FDA label Pluvicto (lutetium Lu 177 vipivotide tetraxetan) 1 INDICATIONS AND USAGE: "
         "PSMA-positive mCRPC in adults treated with an androgen receptor pathway inhibitor and "
         "either a taxane-based chemotherapy or considered appropriate to delay taxane-based "
         "chemotherapy (VISION, PSMAfore). PSMA-positive, metastatic and castration-resistant "
         "documented; prior ARPI is not. Needs documentation of prior therapy.",
         "2025-03-25", service("HCPCS", "A9607"), "needs-documentation", b,
         missing=["prior_therapy"],
         reason="PSMA+ mCRPC, prior ARPI undocumented")


# ---------------------------------------------------------------------------
# Validation, rendering, main
# ---------------------------------------------------------------------------
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
INSTANT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "abatementDateTime", "recordedDate",
             "authoredOn", "performedDateTime", "issued", "start", "end", "dateAsserted",
             "birthDate"}
RT_ID_RE = re.compile(r"^[A-Za-z0-9\-\.]{1,64}$")


def _walk(node, path, fn):
    if isinstance(node, dict):
        for k, v in node.items():
            fn(k, v, path)
            _walk(v, path + [k], fn)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            fn(None, v, path)
            _walk(v, path + [i], fn)


def validate(cases):
    errs = []
    ids = set()
    pids = set()
    counts = {(c, a): 0 for c in CANCERS for a in ANSWERS}
    services = {}
    for c in cases:
        cid = c.get("id", "?")
        keys = ["id", "cancer", "description", "basis", "date", "service", "expected"]
        if c.get("expected") == "needs-documentation":
            keys.append("expected_missing")
        keys.append("bundle")
        if list(c.keys()) != keys:
            errs.append(f"{cid}: keys {list(c.keys())}")
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        if not re.match(r"^lab14-(breast|nsclc|colorectal|prostate)-\d\d$", cid) or \
                cid.split("-")[1] != c["cancer"]:
            errs.append(f"{cid}: bad id/cancer")
        if c["expected"] not in ANSWERS:
            errs.append(f"{cid}: bad expected")
        counts[(c["cancer"], c["expected"])] += 1
        if c["expected"] == "needs-documentation":
            m = c["expected_missing"]
            if not m or any(x not in FACTS for x in m):
                errs.append(f"{cid}: bad expected_missing {m}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", c["date"]):
            errs.append(f"{cid}: bad date")
        s = c["service"]
        if set(s) != {"system", "code", "display"} or s["system"] not in (RX, HCPCS):
            errs.append(f"{cid}: bad service")
        else:
            lab = SYS_LABEL[s["system"]]
            if (lab, s["code"]) not in CODES or CODES[(lab, s["code"])][0] != s["display"]:
                errs.append(f"{cid}: service code not in verified table")
        services[cid] = s["code"]
        bd = c["bundle"]
        if bd.get("resourceType") != "Bundle" or bd.get("type") != "collection":
            errs.append(f"{cid}: not a collection Bundle")
        full = set()
        pats = []
        for e in bd["entry"]:
            r = e["resource"]
            fu = e["fullUrl"]
            if not fu.startswith("urn:uuid:"):
                errs.append(f"{cid}: fullUrl {fu}")
            try:
                uuid.UUID(fu[len("urn:uuid:"):])
            except ValueError:
                errs.append(f"{cid}: fullUrl not a uuid {fu}")
            if fu in full:
                errs.append(f"{cid}: duplicate fullUrl")
            full.add(fu)
            if "resourceType" not in r or not RT_ID_RE.match(r.get("id", "")):
                errs.append(f"{cid}: resource without type/id")
            if r["resourceType"] == "Patient":
                pats.append(r["id"])
            elif r["id"] != fu[len("urn:uuid:"):]:
                errs.append(f"{cid}: id/fullUrl mismatch")
        if len(pats) != 1 or not pats[0].startswith("nec14-"):
            errs.append(f"{cid}: patients {pats}")
        elif pats[0] in pids:
            errs.append(f"{cid}: duplicate patient id")
        else:
            pids.add(pats[0])
        for e in bd["entry"]:
            r = e["resource"]
            contained = {x["id"] for x in r.get("contained", [])}
            if r["resourceType"] not in ("Patient", "Encounter", "DiagnosticReport") and \
                    "subject" not in r and "patient" not in r:
                # Observations reachable only through DiagnosticReport.result
                if r["resourceType"] != "Observation" or not any(
                        {"reference": e["fullUrl"]} in x["resource"].get("result", [])
                        for x in bd["entry"] if x["resource"]["resourceType"] == "DiagnosticReport"):
                    errs.append(f"{cid}: {r['resourceType']} without subject and not in a report")

            def chk(k, v, path, r=r, contained=contained):
                if k == "reference" and isinstance(v, str):
                    if v.startswith("#"):
                        if v[1:] not in contained:
                            errs.append(f"{cid}: dangling contained ref {v}")
                    elif v not in full:
                        errs.append(f"{cid}: dangling ref {v}")
                if k in DATE_KEYS and isinstance(v, str):
                    if not DATE_RE.match(v):
                        errs.append(f"{cid}: bad date {k}={v}")
                    if k == "issued" and not INSTANT_RE.match(v):
                        errs.append(f"{cid}: issued must be an instant: {v}")
                    if v[:10] > c["date"][:len(v[:10])]:
                        errs.append(f"{cid}: {k}={v} after as-of {c['date']}")
            _walk(r, [], chk)
            # every coded value uses a verified code (or a FHIR/local/UCUM system)
            def chk2(k, v, path):
                if isinstance(v, dict) and "system" in v and "code" in v and "display" in v:
                    lab = SYS_LABEL.get(v["system"])
                    if lab:
                        if (lab, v["code"]) not in CODES:
                            errs.append(f"{cid}: unverified code {lab} {v['code']}")
                        elif CODES[(lab, v["code"])][0] != v["display"]:
                            errs.append(f"{cid}: display mismatch {lab} {v['code']}")
            _walk(r, [], chk2)
    for cn in CANCERS:
        want = {"supported": 6, "needs-documentation": 3, "refer-to-reviewer": 3}
        for a in ANSWERS:
            if counts[(cn, a)] != want[a]:
                errs.append(f"count {cn}/{a} = {counts[(cn, a)]} (want {want[a]})")
    if len(cases) != 48:
        errs.append(f"{len(cases)} cases (want 48)")
    return errs, counts


def used_codes(cases):
    used = set()
    for c in cases:
        s = c["service"]
        used.add((SYS_LABEL[s["system"]], s["code"]))

        def f(k, v, path):
            if isinstance(v, dict) and "system" in v and "code" in v:
                lab = SYS_LABEL.get(v["system"])
                if lab:
                    used.add((lab, v["code"]))
                elif v["system"] in (CVS, CCS, OBSCAT, DAR, V2_0074, CCAT, ACTCODE):
                    used.add(("FHIR", v["system"].rsplit("/", 1)[1] + "#" + v["code"]))
                elif v["system"] in (LOCAL, LOCALDX):
                    used.add(("local", "LOCAL"))
        _walk(c["bundle"], [], f)
    return used


def render_md(cases, counts):
    L = []
    L.append("# Necessity label cases, set 14: records that change over time, messy exports")
    L.append("")
    L.append("Generated by `scripts/gen-label-cases-14.py` (stdlib Python, deterministic); do not edit "
             "by hand. `python3 scripts/gen-label-cases-14.py --check` regenerates in memory, "
             "validates the structure and diffs with these files.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read: `tests/fixtures/necessity/README.md` (case format), the \"Code "
             "verification\" sections of `label-cases-12.md` and `label-cases-13.md` (codes reused with "
             "their sources) and the first 140 lines of `scripts/gen-label-cases-12.py` (header and "
             "code notes). Not read: anything under `src/`, `crates/`, `pathways/`, the top-level "
             "`README.md`, any other `scripts/gen-*.py`, or any `tests/fixtures/necessity/*.json`. "
             "Cargo and the oncotwin binary were not built or run. Expected answers follow from the "
             "current US FDA label (section 1, Indications and Usage) of the requested drug, applied "
             "to the latest valid data in the record: preliminary results superseded by final / "
             "amended / corrected ones, entered-in-error resources ignored, refuted conditions "
             "ignored, provisional conditions not counted as documentation.")
    L.append("")
    L.append("Every patient and record is fictitious.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total |")
    L.append("|---|---|---|---|---|")
    for cn in CANCERS:
        row = [counts[(cn, a)] for a in ANSWERS]
        L.append(f"| {cn} | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    L.append("")
    L.append("## Cases")
    for cn in CANCERS:
        L.append("")
        L.append(f"### {cn}")
        L.append("")
        L.append("| id | service | code | expected | reason |")
        L.append("|---|---|---|---|---|")
        for c in cases:
            if c["cancer"] != cn:
                continue
            s = c["service"]
            exp = c["expected"]
            if exp == "needs-documentation":
                exp += " (" + ", ".join(c["expected_missing"]) + ")"
            L.append(f"| {c['id']} | {s['display']} | {SYS_LABEL[s['system']]} {s['code']} | "
                     f"{exp} | {c['_reason']} |")
    L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used and "
             "where it was verified (source tags below). Codes marked [service] are requested "
             "services.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codes(cases)
    svc = {(SYS_LABEL[c["service"]["system"]], c["service"]["code"]) for c in cases}
    order = ["HCPCS", "RxNorm", "ICD-10-CM", "SNOMED CT", "LOINC", "HGNC", "CPT", "FHIR", "local"]
    for lab in order:
        for (l2, cd) in sorted(k for k in CODES if k[0] == lab):
            if (l2, cd) not in used:
                continue
            disp, src = CODES[(l2, cd)]
            tag = " [service]" if (l2, cd) in svc else ""
            L.append(f"| {l2} | {cd} | {disp}{tag} | {src} |")
    L.append("")
    L.append("Source tags:")
    L.append("")
    tags = set()
    for k in used:
        for t in re.findall(r"[A-Z][A-Z0-9]+", CODES[k][1]):
            if t in SRC:
                tags.add(t)
    for t in sorted(tags):
        L.append(f"- **{t}**: {SRC[t]}")
    L.append("")
    L.append("Drugs named only in descriptions or basis text, never coded in a bundle: "
             "trametinib, binimetinib, prednisone, ipilimumab. "
             "Local codings are fictitious and always sit beside a standard coding or text.")
    L.append("")
    return "\n".join(L)


def build():
    CASES.clear()
    for fn in CASE_FNS:
        fn()
    cases = []
    for c in CASES:
        c = dict(c)
        c.pop("_reason")
        cases.append(c)
    errs, counts = validate(cases)
    js = json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n"
    md = render_md(CASES, counts)
    return js, md, errs


def main():
    check = "--check" in sys.argv[1:]
    js, md, errs = build()
    # round-trip the JSON to be sure it parses
    json.loads(js)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
    if check:
        bad = bool(errs)
        for p, txt in ((OUT_JSON, js), (OUT_MD, md)):
            if not p.exists() or p.read_text() != txt:
                print(f"DIFF: {p.relative_to(ROOT)} differs from regenerated output", file=sys.stderr)
                bad = True
        if bad:
            sys.exit(1)
        print(f"ok: {len(json.loads(js)['cases'])} cases, files match")
        return
    if errs:
        sys.exit(1)
    OUT_JSON.write_text(js)
    OUT_MD.write_text(md)
    print(f"wrote {OUT_JSON.relative_to(ROOT)} and {OUT_MD.relative_to(ROOT)}")


CASE_FNS = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12,
            n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12,
            c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12,
            p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12]

if __name__ == "__main__":
    main()
