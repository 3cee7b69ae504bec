#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-12.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: how a payer's prior-auth desk receives requests. 24 requested services are
billed as HCPCS Level II J-/Q-/A-codes (buy-and-bill infusions, biosimilars,
radiopharmaceuticals); 24 are oral drugs requested by RxNorm ingredient RXCUI.
Every bundle is fictitious; encodings vary (letters of medical necessity in
base64 DocumentReferences or Compositions, Epic-like ICD-10-CM Conditions, mCODE
profiles, Cerner-like text-only Observations, HCPCS-coded administrations, CPT
procedures, DiagnosticReport conclusions, draft MedicationRequest /
ServiceRequest / Claim for the requested service).

Written blind: the author did not read src/, crates/, pathways/, README.md, the
other fixtures under tests/fixtures/necessity/ or any scripts/gen-*.py.

Usage:
    python3 scripts/gen-label-cases-12.py           # write the .json and .md
    python3 scripts/gen-label-cases-12.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

CODES USED AND WHERE EACH WAS VERIFIED
======================================

HCPCS Level II (system http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets).
Sources: [ADDB] CMS OPPS Addendum B, April 2026 release (code, short descriptor,
status indicator), as mirrored in github.com/softek/CMS.HCPCS sample.csv;
[ANWEB] CMS 2020 HCPCS alpha-numeric file (long descriptors), as mirrored in
github.com/pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master
output/anweb_hcpcs_codes.csv; [PAYER] payer/manufacturer bulletins for codes
created after 2020 (NC Medicaid bulletin 2022-11-01 for A9607; Aetna CPB 0977 /
carepatron for J9316; QualChoice policy BI663 + Immunomedics coding guide +
carecostestimate (CMS ASP file 2026 Q2) for J9317).
  Requested services:
    Q5114  Injection, trastuzumab-dkst, biosimilar, (ogivri), 10 mg      [ADDB][ANWEB]
    Q5116  Injection, trastuzumab-qyyp, biosimilar, (trazimera), 10 mg   [ADDB][ANWEB]
    Q5107  Injection, bevacizumab-awwb, biosimilar, (mvasi), 10 mg       [ADDB][ANWEB]
    Q5118  Injection, bevacizumab-bvzr, biosimilar, (zirabev), 10 mg     [ADDB][ANWEB]
    J9354  Injection, ado-trastuzumab emtansine, 1 mg                    [ADDB][ANWEB]
    J9316  Injection, pertuzumab, trastuzumab, and hyaluronidase-zzxf,
           per 10 mg                                                     [ADDB][PAYER]
    J9317  Injection, sacituzumab govitecan-hziy, 2.5 mg                 [ADDB][PAYER]
    J9271  Injection, pembrolizumab, 1 mg                                [ADDB][ANWEB]
    J9173  Injection, durvalumab, 10 mg                                  [ADDB][ANWEB]
    J9308  Injection, ramucirumab, 5 mg                                  [ADDB][ANWEB]
    J9119  Injection, cemiplimab-rwlc, 1 mg                              [ADDB][ANWEB]
    J9022  Injection, atezolizumab, 10 mg                                [ADDB][ANWEB]
    J9305  Injection, pemetrexed, not otherwise specified, 10 mg         [ADDB][ANWEB]
    J9303  Injection, panitumumab, 10 mg                                 [ADDB][ANWEB]
    J9055  Injection, cetuximab, 10 mg                                   [ADDB][ANWEB]
    J9299  Injection, nivolumab, 1 mg                                    [ADDB][ANWEB]
    J9171  Injection, docetaxel, 1 mg                                    [ADDB][ANWEB]
    J9155  Injection, degarelix, 1 mg                                    [ADDB][ANWEB]
    J9043  Injection, cabazitaxel, 1 mg                                  [ADDB][ANWEB]
    A9606  Radium ra-223 dichloride, therapeutic, per microcurie         [ADDB][ANWEB]
    A9607  Lutetium lu 177 vipivotide tetraxetan, therapeutic,
           1 millicurie                                                  [ADDB][PAYER]
  Chart-only (prior administrations):
    Q5117  Injection, trastuzumab-anns, biosimilar, (kanjinti), 10 mg    [ADDB][ANWEB]
    J9355  Injection, trastuzumab, excludes biosimilar, 10 mg            [ADDB][ANWEB]
    J9306  Injection, pertuzumab, 1 mg                                   [ADDB][ANWEB]
    J9358  Injection, fam-trastuzumab deruxtecan-nxki, 1 mg              [ADDB][ANWEB]
    J9267  Injection, paclitaxel, 1 mg                                   [ADDB][ANWEB]
    J9045  Injection, carboplatin, 50 mg                                 [ADDB][ANWEB]
    J9060  Injection, cisplatin, powder or solution, 10 mg               [ADDB][ANWEB]
    J9263  Injection, oxaliplatin, 0.5 mg                                [ADDB][ANWEB]
    J9206  Injection, irinotecan, 20 mg                                  [ADDB][ANWEB]
    J9190  Injection, fluorouracil, 500 mg                               [ADDB][ANWEB]
    J9035  Injection, bevacizumab, 10 mg                                 [ADDB][ANWEB]
    J9201  Injection, gemcitabine hydrochloride, not otherwise
           specified, 200 mg                                             [ADDB][ANWEB]
    J9000  Injection, doxorubicin hydrochloride, 10 mg                   [ADDB][ANWEB]
    J9217  Leuprolide acetate (for depot suspension), 7.5 mg             [ADDB][ANWEB]
    J0897  Injection, denosumab, 1 mg                                    [ADDB][ANWEB]

RxNorm ingredient RXCUIs (system http://www.nlm.nih.gov/research/umls/rxnorm).
Sources: [RXL] "NIH RxNav" exact-ingredient substance table in a public GitHub
file (read_file id 59752181126, EXTERNAL_SUBSTANCE_MAPPINGS); [RXV] "RxNav-verified
ingredient codes" regression test (read_file id 70453578013); [TRM] breast
trial-matching RxNorm->SNOMED CT map (read_file id 42531085711); [TRL] RxNav
properties dump with term_type IN (read_file id 71525756067); [CPIC]
github.com/cpicpgx/cpic-schema drug.sql; [CTS2] github.com/CTS2OnFHIR
Breast_Cancer_Drug_Core-RxNorm-Mappings.txt (OMOP concept_code); [OFDA] openFDA
NDC records: openfda.rxcui of the marketed product lists the SCD/SBD concepts
created in the same RxNorm batch, immediately after the ingredient RXCUI
(numerically adjacent); [GEN] other public code pairing the code with the drug
(find_string on the quoted RXCUI).
  Requested services:
    1721560  osimertinib    [RXL][GEN x4: trial/NSCLC registries]
    1727455  alectinib      [RXL][TRL]
    2103164  lorlatinib     [RXL][OFDA Lorbrena 0069-0231: 2103169, 2103175]
    2550714  sotorasib      [RXL][OFDA Lumakras 55513-512: 2550719, 2550725]
    2625882  adagrasib      [RXL][TRL]
    1424911  dabrafenib     [RXL][RXV][CPIC]
    1946825  abemaciclib    [RXL][TRM][OFDA Verzenio 0002-4483: 1946830]
    1601374  palbociclib    [CTS2][TRM]
    2169285  alpelisib      [RXL][TRM]
    2361285  tucatinib      [RXL][RXV][OFDA Tukysa 51144-002: 2361290]
    1940643  neratinib      [RXL][RXV][TRM]
    1597582  olaparib       [RXL][TRM][GEN]
    2049106  encorafenib    [RXL][GEN: FHIR knowledge base "rxcui:2049106"]
    194000   capecitabine   [CPIC][RXL][CTS2][TRM]
    1999574  apalutamide    [RXL][RXV][OFDA Erleada 59676-600: 1999581]
    1100072  abiraterone    [RXL][OFDA Zytiga 57894-195: 1100075]
    1307298  enzalutamide   [RXL][RXV][GEN]
  Chart-only (prior therapy, home medications):
    3002 cyclophosphamide [CPIC][TRM][CTS2]; 3639 doxorubicin [TRM][CTS2][RXL];
    56946 paclitaxel [TRM][CTS2]; 72965 letrozole [TRM][CTS2];
    84857 anastrozole [TRM][CTS2]; 10324 tamoxifen [CPIC][TRM][RXL];
    6809 metformin [CPIC][RXL]; 83367 atorvastatin [CPIC][RXL];
    7646 omeprazole [CPIC][RXL]; 6918 metoprolol [CPIC][RXL];
    36437 sertraline [CPIC][RXL]; 26225 ondansetron [CPIC][RXL];
    77492 tamsulosin [CPIC][RXL]; 40790 pantoprazole [CPIC][RXL];
    301542 rosuvastatin [CPIC][RXL]; 5487 hydrochlorothiazide [CPIC][RXL].
  Drugs left out because no ingredient RXCUI could be verified from two
  sources here: regorafenib (one source only), darolutamide (one source only),
  tepotinib and capmatinib (one source only), elacestrant, talazoparib,
  niraparib/abiraterone (Akeega), trifluridine/tipiracil, fruquintinib,
  capivasertib (no ingredient-level source found). Trametinib and prednisone
  appear only as uncoded text.

Other code systems (standard, not the subject of verification): ICD-10-CM
diagnosis codes; LOINC (21908-9 / 21902-2 stage group, 85147-7 PD-L1 22C3 [HL7
genomics-reporting IG example], 48018-6 / 48004-6 / 48005-3 / 69548-6 genomic
variant components, 2857-1 PSA, 2986-8 / 14913-8 testosterone, 89247-1 ECOG,
97509-4 disease status, labs and vitals); HGNC gene ids; CPT procedure codes
checked against the same Addendum B file (19303, 19307, 38745, 38525, 32663,
44160, 44204, 55866, 78815, 78306, 81445, 81455, 81162, 77301, 31652, 45380).

Label basis (FDA label section 1, 2025 labels): see each case's "basis". Note:
the apalutamide and enzalutamide labels name nmCRPC without any PSA
doubling-time threshold (PSADT <= 10 months was a SPARTAN/PROSPER eligibility
criterion, not a label criterion); enzalutamide's nmCSPC indication is limited to
"biochemical recurrence at high risk for metastasis" (EMBARK: PSADT <= 9 months),
so PSA kinetics matter there and only there.
"""

import argparse
import base64
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-12.json"
OUT_MD = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-12.md"

NS = uuid.UUID("5b0d7c1e-3f42-4a8e-9d61-0c12a7e4b912")

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
AJCC = "http://cancerstaging.org"
UCUM = "http://unitsofmeasure.org"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"

FAMILIES = {
    "alk", "braf", "brca", "castration", "castration_resistant", "egfr", "er",
    "esr1", "her2", "hrr", "kras", "nras", "ras", "menopause", "met", "msi",
    "pdl1", "pdl1_cps", "pik3ca", "prior_therapy", "psa", "psma", "ret",
    "ros1", "stage",
}

# RxNorm ingredients: name -> (rxcui, display). Sources in the module docstring.
RX = {
    # requested services
    "osimertinib": "1721560", "alectinib": "1727455", "lorlatinib": "2103164",
    "sotorasib": "2550714", "adagrasib": "2625882", "dabrafenib": "1424911",
    "abemaciclib": "1946825", "palbociclib": "1601374", "alpelisib": "2169285",
    "tucatinib": "2361285", "neratinib": "1940643", "olaparib": "1597582",
    "encorafenib": "2049106", "capecitabine": "194000", "apalutamide": "1999574",
    "abiraterone": "1100072", "enzalutamide": "1307298",
    # chart-only
    "cyclophosphamide": "3002", "doxorubicin": "3639", "paclitaxel": "56946",
    "letrozole": "72965", "anastrozole": "84857", "tamoxifen": "10324",
    "metformin": "6809", "atorvastatin": "83367",
    "omeprazole": "7646", "metoprolol": "6918", "sertraline": "36437",
    "ondansetron": "26225", "tamsulosin": "77492", "pantoprazole": "40790",
    "rosuvastatin": "301542", "hydrochlorothiazide": "5487",
}
RX_SERVICE = {
    "osimertinib", "alectinib", "lorlatinib", "sotorasib", "adagrasib",
    "dabrafenib", "abemaciclib", "palbociclib", "alpelisib", "tucatinib",
    "neratinib", "olaparib", "encorafenib", "capecitabine", "apalutamide",
    "abiraterone", "enzalutamide",
}

# HCPCS: code -> (long descriptor, CMS short descriptor, brand/generic label)
HC = {
    "Q5114": ("Injection, trastuzumab-dkst, biosimilar, (ogivri), 10 mg", "Inj ogivri 10 mg", "Ogivri (trastuzumab-dkst)"),
    "Q5116": ("Injection, trastuzumab-qyyp, biosimilar, (trazimera), 10 mg", "Inj., trazimera, 10 mg", "Trazimera (trastuzumab-qyyp)"),
    "Q5107": ("Injection, bevacizumab-awwb, biosimilar, (mvasi), 10 mg", "Inj mvasi 10 mg", "Mvasi (bevacizumab-awwb)"),
    "Q5118": ("Injection, bevacizumab-bvzr, biosimilar, (zirabev), 10 mg", "Inj., zirabev, 10 mg", "Zirabev (bevacizumab-bvzr)"),
    "J9354": ("Injection, ado-trastuzumab emtansine, 1 mg", "Inj, ado-trastuzumab emt 1mg", "Kadcyla (ado-trastuzumab emtansine)"),
    "J9316": ("Injection, pertuzumab, trastuzumab, and hyaluronidase-zzxf, per 10 mg", "Pertuzu, trastuzu, 10 mg", "Phesgo (pertuzumab/trastuzumab/hyaluronidase-zzxf)"),
    "J9317": ("Injection, sacituzumab govitecan-hziy, 2.5 mg", "Sacituzumab govitecan-hziy", "Trodelvy (sacituzumab govitecan-hziy)"),
    "J9271": ("Injection, pembrolizumab, 1 mg", "Inj pembrolizumab", "Keytruda (pembrolizumab)"),
    "J9173": ("Injection, durvalumab, 10 mg", "Inj., durvalumab, 10 mg", "Imfinzi (durvalumab)"),
    "J9308": ("Injection, ramucirumab, 5 mg", "Injection, ramucirumab", "Cyramza (ramucirumab)"),
    "J9119": ("Injection, cemiplimab-rwlc, 1 mg", "Inj., cemiplimab-rwlc, 1 mg", "Libtayo (cemiplimab-rwlc)"),
    "J9022": ("Injection, atezolizumab, 10 mg", "Inj, atezolizumab,10 mg", "Tecentriq (atezolizumab)"),
    "J9305": ("Injection, pemetrexed, not otherwise specified, 10 mg", "Inj. pemetrexed nos 10mg", "pemetrexed"),
    "J9303": ("Injection, panitumumab, 10 mg", "Panitumumab injection", "Vectibix (panitumumab)"),
    "J9055": ("Injection, cetuximab, 10 mg", "Cetuximab injection", "Erbitux (cetuximab)"),
    "J9299": ("Injection, nivolumab, 1 mg", "Injection, nivolumab", "Opdivo (nivolumab)"),
    "J9171": ("Injection, docetaxel, 1 mg", "Docetaxel injection", "docetaxel"),
    "J9155": ("Injection, degarelix, 1 mg", "Degarelix injection", "Firmagon (degarelix)"),
    "J9043": ("Injection, cabazitaxel, 1 mg", "Cabazitaxel injection", "Jevtana (cabazitaxel)"),
    "A9606": ("Radium ra-223 dichloride, therapeutic, per microcurie", "Radium ra223 dichloride ther", "Xofigo (radium Ra 223 dichloride)"),
    "A9607": ("Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "Lutetium lu 177 vipivotide", "Pluvicto (lutetium Lu 177 vipivotide tetraxetan)"),
    # chart-only
    "Q5117": ("Injection, trastuzumab-anns, biosimilar, (kanjinti), 10 mg", "Inj., kanjinti, 10 mg", "Kanjinti (trastuzumab-anns)"),
    "J9355": ("Injection, trastuzumab, excludes biosimilar, 10 mg", "Inj trastuzumab excl biosimi", "Herceptin (trastuzumab)"),
    "J9306": ("Injection, pertuzumab, 1 mg", "Injection, pertuzumab, 1 mg", "Perjeta (pertuzumab)"),
    "J9358": ("Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "Inj fam-trastu deru-nxki 1mg", "Enhertu (fam-trastuzumab deruxtecan-nxki)"),
    "J9267": ("Injection, paclitaxel, 1 mg", "Paclitaxel injection", "paclitaxel"),
    "J9045": ("Injection, carboplatin, 50 mg", "Carboplatin injection", "carboplatin"),
    "J9060": ("Injection, cisplatin, powder or solution, 10 mg", "Cisplatin 10 mg injection", "cisplatin"),
    "J9263": ("Injection, oxaliplatin, 0.5 mg", "Oxaliplatin", "oxaliplatin"),
    "J9206": ("Injection, irinotecan, 20 mg", "Irinotecan injection", "irinotecan"),
    "J9190": ("Injection, fluorouracil, 500 mg", "Fluorouracil injection", "fluorouracil"),
    "J9035": ("Injection, bevacizumab, 10 mg", "Bevacizumab injection", "Avastin (bevacizumab)"),
    "J9201": ("Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg", "In gemcitabine hcl nos 200mg", "gemcitabine"),
    "J9000": ("Injection, doxorubicin hydrochloride, 10 mg", "Doxorubicin hcl injection", "doxorubicin"),
    "J9217": ("Leuprolide acetate (for depot suspension), 7.5 mg", "Leuprolide acetate suspnsion", "Eligard/Lupron Depot (leuprolide)"),
    "J0897": ("Injection, denosumab, 1 mg", "Denosumab injection", "Xgeva (denosumab)"),
}
HC_SERVICE = {
    "Q5114", "Q5116", "Q5107", "Q5118", "J9354", "J9316", "J9317", "J9271",
    "J9173", "J9308", "J9119", "J9022", "J9305", "J9303", "J9055", "J9299",
    "J9171", "J9155", "J9043", "A9606", "A9607",
}

CPT_CODES = {
    "19303": "Mastectomy, simple, complete",
    "19307": "Mastectomy, modified radical",
    "38745": "Axillary lymphadenectomy; complete",
    "38525": "Biopsy or excision of lymph node(s); open, deep axillary node(s)",
    "32663": "Thoracoscopy, surgical; with lobectomy",
    "44160": "Colectomy, partial, with removal of terminal ileum with ileocolostomy",
    "44204": "Laparoscopy, surgical; colectomy, partial, with anastomosis",
    "55866": "Laparoscopy, surgical prostatectomy, retropubic radical",
    "78815": "PET with concurrently acquired CT; skull base to mid-thigh",
    "78306": "Bone and/or joint imaging; whole body",
    "81445": "Targeted genomic sequence analysis panel, solid organ neoplasm, 5-50 genes",
    "81455": "Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm, 51 or greater genes",
    "81162": "BRCA1, BRCA2 full sequence analysis and full duplication/deletion analysis",
    "77301": "Intensity modulated radiotherapy plan",
    "31652": "Bronchoscopy with EBUS-guided transtracheal/transbronchial sampling, 1 or 2 nodal stations",
    "45380": "Colonoscopy, flexible; with biopsy, single or multiple",
}

HGNC_IDS = {
    "EGFR": "HGNC:3236", "KRAS": "HGNC:6407", "NRAS": "HGNC:7989",
    "BRAF": "HGNC:1097", "ALK": "HGNC:427", "ROS1": "HGNC:10261",
    "ERBB2": "HGNC:3430", "BRCA1": "HGNC:1100", "BRCA2": "HGNC:1101",
    "PIK3CA": "HGNC:8975", "MET": "HGNC:7029", "CD274": "HGNC:17635",
    "ATM": "HGNC:795",
}


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def rx(name, text=None):
    code = RX[name]
    return {"coding": [{"system": RXNORM, "code": code, "display": name}],
            "text": text or name}


def hc(code, text=None):
    long_, _short, label = HC[code]
    return {"coding": [{"system": HCPCS, "code": code, "display": long_}],
            "text": text or label}


def cc(system, code, display, text=None):
    d = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        d["text"] = text
    return d


def txt(text):
    return {"text": text}


def lc(code, display, text=None):
    return cc(LOINC, code, display, text)


POS = cc(LOINC, "LA6576-8", "Positive")
NEG = cc(LOINC, "LA6577-6", "Negative")
PRESENT = cc(LOINC, "LA9633-4", "Present")
ABSENT = cc(LOINC, "LA9634-2", "Absent")

CAT_LAB = [cc("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")]
CAT_VITAL = [cc("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")]
CAT_EXAM = [cc("http://terminology.hl7.org/CodeSystem/observation-category", "exam", "Exam")]
CAT_SURVEY = [cc("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")]
CAT_IMAGING = [cc("http://terminology.hl7.org/CodeSystem/observation-category", "imaging", "Imaging")]


class Chart:
    """Accumulates the FHIR resources of one patient's record."""

    def __init__(self, cid, date, gender, birth, given, family, mcode=False,
                 mrn_system="urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14"):
        self.cid = cid
        self.date = date
        self.entries = []
        self.n = 0
        self.pid = self._id("Patient")
        pat = {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": mrn_system,
                            "value": "MRN" + self.pid.replace("-", "")[:8].upper()}],
            "name": [{"family": family, "given": [given]}],
            "gender": gender, "birthDate": birth,
        }
        if mcode:
            pat["meta"] = {"profile": [MCODE + "mcode-cancer-patient"]}
        self._add(pat)
        self.primary = None

    # -- plumbing -----------------------------------------------------------
    def _id(self, kind):
        self.n += 1
        return uid(self.cid, kind, str(self.n))

    def _add(self, res):
        self.entries.append({"fullUrl": "urn:uuid:" + res["id"], "resource": res})
        return res["id"]

    def ref(self, rid):
        return {"reference": "urn:uuid:" + rid}

    @property
    def subj(self):
        return self.ref(self.pid)

    def new(self, rtype, **fields):
        res = {"resourceType": rtype, "id": self._id(rtype)}
        res.update(fields)
        return self._add(res)

    # -- conditions ---------------------------------------------------------
    def condition(self, code, onset, category="problem-list-item",
                  profile=None, body_site=None, stage=None, notes=None,
                  primary=False, verification="confirmed"):
        fields = {
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
            "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification, verification.capitalize()),
            "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", category,
                            "Problem List Item" if category == "problem-list-item" else "Encounter Diagnosis")],
            "code": code, "subject": self.subj, "onsetDateTime": onset,
        }
        if profile:
            fields["meta"] = {"profile": [MCODE + profile]}
        if body_site:
            fields["bodySite"] = [txt(body_site)]
        if stage:
            fields["stage"] = [{"summary": txt(stage)}]
        if notes:
            fields["note"] = [{"text": notes}]
        rid = self.new("Condition", **fields)
        if primary:
            self.primary = rid
        return rid

    def icd(self, code, display, onset, **kw):
        return self.condition(cc(ICD10, code, display, display), onset, **kw)

    def icd_snomed(self, icd_code, icd_display, sct_code, sct_display, onset, **kw):
        code = {"coding": [{"system": ICD10, "code": icd_code, "display": icd_display},
                           {"system": SCT, "code": sct_code, "display": sct_display}],
                "text": icd_display}
        return self.condition(code, onset, **kw)

    def comorbid(self, code, display, onset):
        return self.condition(cc(ICD10, code, display, display), onset)

    # -- observations -------------------------------------------------------
    def obs(self, code, date, value=None, category=None, profile=None,
            components=None, note=None, focus=None, method=None, interp=None):
        fields = {"status": "final", "category": category or CAT_LAB,
                  "code": code, "subject": self.subj, "effectiveDateTime": date}
        if profile:
            fields["meta"] = {"profile": [MCODE + profile]}
        if value is not None:
            fields.update(value)
        if components:
            fields["component"] = components
        if note:
            fields["note"] = [{"text": note}]
        if focus:
            fields["focus"] = [self.ref(focus)]
        if method:
            fields["method"] = txt(method)
        if interp:
            fields["interpretation"] = [txt(interp)]
        return self.new("Observation", **fields)

    def text_obs(self, name, value, date, note=None, category=None):
        """Cerner-like text-only observation."""
        return self.obs(txt(name), date, {"valueString": value}, note=note,
                        category=category)

    def qty(self, loinc, display, val, unit, ucum, date, category=None, interp=None):
        return self.obs(lc(loinc, display, display), date,
                        {"valueQuantity": {"value": val, "unit": unit, "system": UCUM, "code": ucum}},
                        category=category, interp=interp)

    def psa(self, val, date):
        return self.qty("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", val, "ng/mL", "ng/mL", date)

    def testosterone_ngdl(self, val, date):
        return self.qty("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", val, "ng/dL", "ng/dL", date)

    def testosterone_nmol(self, val, date):
        return self.qty("14913-8", "Testosterone [Moles/volume] in Serum or Plasma", val, "nmol/L", "nmol/L", date)

    def ecog(self, score, date, mcode=False):
        disp = {0: "Fully active", 1: "Restricted in physically strenuous activity",
                2: "Ambulatory and capable of all selfcare"}[score]
        return self.obs(lc("89247-1", "ECOG Performance Status score"), date,
                        {"valueInteger": score}, category=CAT_SURVEY,
                        profile="mcode-ecog-performance-status" if mcode else None,
                        note=disp)

    def stage(self, loinc, group, date, t=None, n=None, m=None, focus=None, mcode=True):
        disp = "Stage group.clinical Cancer" if loinc == "21908-9" else "Stage group.pathology Cancer"
        comps = []
        for lcode, ldisp, val in (("21905-5" if loinc == "21908-9" else "21899-0",
                                   "Primary tumor.clinical [Class] Cancer" if loinc == "21908-9" else "Primary tumor.pathology Cancer", t),
                                  ("21906-3" if loinc == "21908-9" else "21900-6",
                                   "Regional lymph nodes.clinical [Class] Cancer" if loinc == "21908-9" else "Regional lymph nodes.pathology Cancer", n),
                                  ("21907-1" if loinc == "21908-9" else "21901-4",
                                   "Distant metastases.clinical [Class] Cancer" if loinc == "21908-9" else "Distant metastases.pathology Cancer", m)):
            if val:
                comps.append({"code": lc(lcode, ldisp), "valueCodeableConcept": cc(AJCC, val, val)})
        return self.obs(lc(loinc, disp), date,
                        {"valueCodeableConcept": cc(AJCC, group, "Stage " + group, "AJCC 8th ed. stage " + group)},
                        category=CAT_SURVEY, components=comps or None,
                        profile="mcode-tnm-stage-group" if mcode else None,
                        focus=focus or self.primary, method="AJCC Cancer Staging Manual, 8th edition")

    def marker(self, loinc, display, value, date, note=None, mcode=True):
        if isinstance(value, dict) and "coding" in value:
            v = {"valueCodeableConcept": value}
        elif isinstance(value, str):
            v = {"valueString": value}
        else:
            v = value
        return self.obs(lc(loinc, display), date, v, note=note,
                        profile="mcode-tumor-marker-test" if mcode else None,
                        focus=self.primary if mcode else None)

    def variant(self, gene, date, c_hgvs=None, p_hgvs=None, present=True,
                note=None, method=None, extra=None):
        comps = [{"code": lc("48018-6", "Gene studied [ID]"),
                  "valueCodeableConcept": cc(HGNC, HGNC_IDS[gene], gene)}]
        if c_hgvs:
            comps.append({"code": lc("48004-6", "DNA change (c.HGVS)"),
                          "valueCodeableConcept": cc(HGVS, c_hgvs, c_hgvs)})
        if p_hgvs:
            comps.append({"code": lc("48005-3", "Amino acid change (pHGVS)"),
                          "valueCodeableConcept": cc(HGVS, p_hgvs, p_hgvs)})
        if extra:
            comps.extend(extra)
        return self.obs(lc("69548-6", "Genetic variant assessment"), date,
                        {"valueCodeableConcept": PRESENT if present else ABSENT},
                        profile="mcode-genomic-variant", components=comps,
                        note=note, method=method)

    def pdl1(self, date, value_text, note=None):
        comps = [{"code": lc("48018-6", "Gene studied [ID]"),
                  "valueCodeableConcept": cc(HGNC, HGNC_IDS["CD274"], "CD274")}]
        return self.obs(lc("85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report"), date,
                        {"valueString": value_text}, components=comps, note=note,
                        profile="mcode-tumor-marker-test", focus=self.primary)

    def disease_status(self, status_text, date, evidence=None):
        return self.obs(lc("97509-4", "Cancer disease progression"), date,
                        {"valueCodeableConcept": txt(status_text)}, category=CAT_EXAM,
                        profile="mcode-cancer-disease-status", focus=self.primary,
                        note=evidence)

    def vitals(self, date, weight_kg, sys_bp, dia_bp):
        self.qty("29463-7", "Body weight", weight_kg, "kg", "kg", date, category=CAT_VITAL)
        self.obs(lc("85354-9", "Blood pressure panel with all children optional"), date,
                 category=CAT_VITAL,
                 components=[{"code": lc("8480-6", "Systolic blood pressure"),
                              "valueQuantity": {"value": sys_bp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                             {"code": lc("8462-4", "Diastolic blood pressure"),
                              "valueQuantity": {"value": dia_bp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}])

    def cbc_cmp(self, date, hgb=12.9, plt=231, anc=3.8, cr=0.9, alt=22, bili=0.6):
        self.qty("718-7", "Hemoglobin [Mass/volume] in Blood", hgb, "g/dL", "g/dL", date)
        self.qty("777-3", "Platelets [#/volume] in Blood by Automated count", plt, "10*3/uL", "10*3/uL", date)
        self.qty("751-8", "Neutrophils [#/volume] in Blood by Automated count", anc, "10*3/uL", "10*3/uL", date)
        self.qty("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", cr, "mg/dL", "mg/dL", date)
        self.qty("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", alt, "U/L", "U/L", date)
        self.qty("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", bili, "mg/dL", "mg/dL", date)

    # -- medications --------------------------------------------------------
    def administered(self, med, start, end=None, note=None, mcode=False, reason=True):
        fields = {"status": "completed", "medicationCodeableConcept": med,
                  "subject": self.subj}
        if end:
            fields["effectivePeriod"] = {"start": start, "end": end}
        else:
            fields["effectiveDateTime"] = start
        if note:
            fields["note"] = [{"text": note}]
        if reason and self.primary:
            fields["reasonReference"] = [self.ref(self.primary)]
        if mcode:
            fields["meta"] = {"profile": [MCODE + "mcode-cancer-related-medication-administration"]}
        return self.new("MedicationAdministration", **fields)

    def statement(self, med, start, end=None, status="completed", note=None):
        fields = {"status": status, "medicationCodeableConcept": med,
                  "subject": self.subj}
        if end:
            fields["effectivePeriod"] = {"start": start, "end": end}
        else:
            fields["effectivePeriod"] = {"start": start}
        if note:
            fields["note"] = [{"text": note}]
        return self.new("MedicationStatement", **fields)

    def home_med(self, name, start, dose):
        return self.statement(rx(name), start, status="active", note=dose)

    def request(self, med, date, dosage, status="draft", note=None, mcode=False):
        fields = {"status": status, "intent": "order", "medicationCodeableConcept": med,
                  "subject": self.subj, "authoredOn": date,
                  "dosageInstruction": [{"text": dosage}]}
        if self.primary:
            fields["reasonReference"] = [self.ref(self.primary)]
        if note:
            fields["note"] = [{"text": note}]
        if mcode:
            fields["meta"] = {"profile": [MCODE + "mcode-cancer-related-medication-request"]}
        return self.new("MedicationRequest", **fields)

    def service_request(self, med, date, note=None):
        fields = {"status": "draft", "intent": "order", "code": med,
                  "subject": self.subj, "authoredOn": date,
                  "category": [txt("Prior authorization request - specialty drug")]}
        if self.primary:
            fields["reasonReference"] = [self.ref(self.primary)]
        if note:
            fields["note"] = [{"text": note}]
        return self.new("ServiceRequest", **fields)

    def claim(self, hcpcs_code, units, date, icd_codes, payer="Fictitious Health Plan"):
        cov = self.new("Coverage", status="active", beneficiary=self.subj,
                       payor=[{"display": payer}],
                       subscriberId="FHP" + self.pid.replace("-", "")[:9].upper())
        diags = [{"sequence": i + 1, "diagnosisCodeableConcept": cc(ICD10, c, d)}
                 for i, (c, d) in enumerate(icd_codes)]
        return self.new(
            "Claim", status="draft",
            type=cc("http://terminology.hl7.org/CodeSystem/claim-type", "professional", "Professional"),
            use="preauthorization", patient=self.subj, created=date,
            provider={"display": "Fictitious Oncology Associates"},
            priority=cc("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal"),
            insurance=[{"sequence": 1, "focal": True, "coverage": self.ref(cov)}],
            diagnosis=diags,
            item=[{"sequence": 1, "diagnosisSequence": [1],
                   "productOrService": hc(hcpcs_code),
                   "servicedDate": date,
                   "quantity": {"value": units}}])

    # -- procedures, reports, documents ----------------------------------------
    def procedure(self, cpt, date, note=None, text=None):
        fields = {"status": "completed",
                  "code": cc(CPT, cpt, CPT_CODES[cpt], text or CPT_CODES[cpt]),
                  "subject": self.subj, "performedDateTime": date}
        if note:
            fields["note"] = [{"text": note}]
        return self.new("Procedure", **fields)

    def report(self, title, date, conclusion, loinc=("18748-4", "Diagnostic imaging study"),
               category="RAD"):
        return self.new(
            "DiagnosticReport", status="final",
            category=[cc("http://terminology.hl7.org/CodeSystem/v2-0074", category,
                         {"RAD": "Radiology", "PAT": "Pathology (gross & histopath, not surgical)",
                          "GE": "Genetics", "NMR": "Nuclear Magnetic Resonance"}.get(category, category))],
            code=lc(loinc[0], loinc[1], title), subject=self.subj,
            effectiveDateTime=date, issued=date + "T17:00:00Z", conclusion=conclusion)

    def letter(self, title, date, text, author="Fictitious Oncology Associates",
               loinc=("11488-4", "Consult note")):
        return self.new(
            "DocumentReference", status="current",
            type=lc(loinc[0], loinc[1], title),
            category=[txt("Prior authorization attachment")],
            subject=self.subj, date=date + "T09:00:00Z",
            author=[{"display": author}], description=title,
            content=[{"attachment": {"contentType": "text/plain", "language": "en-US",
                                     "data": b64(text), "title": title,
                                     "creation": date}}])

    def composition(self, title, date, sections, author="Fictitious Cancer Center"):
        secs = []
        for stitle, stext in sections:
            secs.append({"title": stitle,
                         "text": {"status": "generated",
                                  "div": '<div xmlns="http://www.w3.org/1999/xhtml"><p>' +
                                  stext.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") +
                                  "</p></div>"}})
        return self.new("Composition", status="final",
                        type=lc("11488-4", "Consult note", title),
                        subject=self.subj, date=date + "T10:00:00Z",
                        author=[{"display": author}], title=title, section=secs)

    def bundle(self):
        return {"resourceType": "Bundle", "id": uid(self.cid, "Bundle"),
                "type": "collection", "timestamp": self.date + "T12:00:00Z",
                "entry": self.entries}


CASES = []


def case(cid, cancer, service, expected, date, description, basis, reason,
         missing=None):
    """Decorator registering a case builder."""
    def deco(fn):
        CASES.append({"id": cid, "cancer": cancer, "service": service,
                      "expected": expected, "date": date,
                      "description": description, "basis": basis,
                      "reason": reason, "missing": missing, "build": fn})
        return fn
    return deco


def svc_rx(name):
    return {"system": RXNORM, "code": RX[name], "display": name}


def svc_hc(code):
    return {"system": HCPCS, "code": code, "display": HC[code][0]}


# ===========================================================================
# BREAST
# ===========================================================================

@case("lab12-breast-01", "breast", svc_hc("Q5114"), "supported", "2025-05-06",
      "Biosimilar trastuzumab (Ogivri, Q5114) with weekly paclitaxel after AC for node-positive HER2 3+ early breast cancer.",
      "Ogivri label 1.1: adjuvant treatment of HER2-overexpressing node-positive (or high-risk node-negative) breast cancer as part of a regimen of doxorubicin, cyclophosphamide and paclitaxel or docetaxel; reference-product pivotal trials NSABP B-31 / NCCTG N9831.",
      "HER2 IHC 3+, pT2 pN1a, AC x4 completed; Q-code biosimilar billed exactly like the reference product.")
def breast_01(cid, date):
    c = Chart(cid, date, "female", "1971-03-14", "Renata", "Oduya")
    c.icd_snomed("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast",
                 "254837009", "Malignant neoplasm of breast", "2024-11-18", primary=True,
                 category="encounter-diagnosis")
    c.icd("Z17.1", "Estrogen receptor negative status [ER-]", "2024-11-18")
    c.icd("C77.3", "Secondary and unspecified malignant neoplasm of axilla and upper limb lymph nodes", "2024-12-09")
    c.comorbid("E03.9", "Hypothyroidism, unspecified", "2016-05-02")
    c.marker("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain",
             cc(LOINC, "LA6576-8", "Positive", "3+ (complete intense membrane staining >10% cells)"), "2024-11-20", mcode=False)
    c.marker("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain",
             cc(LOINC, "LA6577-6", "Negative", "ER 0%"), "2024-11-20", mcode=False)
    c.marker("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain",
             cc(LOINC, "LA6577-6", "Negative", "PR <1%"), "2024-11-20", mcode=False)
    c.procedure("19307", "2024-12-09", note="Right modified radical mastectomy: 2.8 cm grade 3 IDC, 2/14 axillary nodes positive.")
    c.stage("21902-2", "IIB", "2024-12-16", t="pT2", n="pN1a", m="cM0", mcode=False)
    c.qty("10230-1", "Left ventricular Ejection fraction", 61, "%", "%", "2025-01-02", category=CAT_IMAGING)
    for i, d in enumerate(["2025-01-08", "2025-01-22", "2025-02-05", "2025-02-19"]):
        c.administered(rx("doxorubicin", "doxorubicin 60 mg/m2 (AC cycle %d)" % (i + 1)), d)
        c.administered(rx("cyclophosphamide", "cyclophosphamide 600 mg/m2 (AC cycle %d)" % (i + 1)), d)
    c.administered(hc("J9267", "paclitaxel 80 mg/m2 weekly, week 1"), "2025-04-29")
    c.home_med("sertraline", "2023-02-01", "50 mg by mouth daily")
    c.vitals("2025-04-29", 71.4, 124, 78)
    c.cbc_cmp("2025-04-29", hgb=11.2, plt=198, anc=2.1)
    c.letter("Letter of medical necessity - trastuzumab-dkst", date,
             "RE: Renata Oduya, DOB 03/14/1971\n\n"
             "I am requesting authorization for Ogivri (trastuzumab-dkst), HCPCS Q5114, "
             "4 mg/kg load then 2 mg/kg weekly with paclitaxel, then 6 mg/kg every 3 weeks "
             "to complete one year.\n\n"
             "Ms. Oduya has invasive ductal carcinoma of the right breast, pathologic stage IIB "
             "(pT2 pN1a M0), ER-negative, PR-negative, HER2 overexpressing by IHC 3+. She "
             "underwent modified radical mastectomy on 12/09/2024 with 2 of 14 axillary nodes "
             "involved. She completed four cycles of dose-dense doxorubicin and cyclophosphamide "
             "and started weekly paclitaxel on 04/29/2025. Baseline LVEF is 61%. Trastuzumab "
             "will be given concurrently with paclitaxel as adjuvant therapy.\n\n"
             "Sincerely,\nFictitious Oncology Associates")
    c.request(hc("Q5114"), date, "4 mg/kg IV loading dose, then 2 mg/kg IV weekly x 11 with paclitaxel, then 6 mg/kg IV q3w to complete 52 weeks")
    return c


@case("lab12-breast-02", "breast", svc_hc("Q5116"), "refer-to-reviewer", "2025-05-13",
      "Biosimilar trastuzumab (Trazimera, Q5116) requested for HER2-low (IHC 1+, ISH not amplified) metastatic breast cancer.",
      "Trazimera label 1.1-1.2: HER2-overexpressing breast cancer only (adjuvant; metastatic with paclitaxel or after chemotherapy); patient selection requires HER2 overexpression or gene amplification. HER2-low is a DESTINY-Breast04 population for trastuzumab deruxtecan, not for trastuzumab.",
      "IHC 1+ / ISH non-amplified is HER2-negative for every trastuzumab indication; HER2-low is not HER2-positive.")
def breast_02(cid, date):
    c = Chart(cid, date, "female", "1964-08-02", "Marisol", "Trevino")
    c.condition(txt("Metastatic breast carcinoma, HR+/HER2-low, bone and liver"), "2025-03-11",
                primary=True, notes="Recurrence 6 years after lumpectomy/radiation for stage I disease.")
    c.text_obs("HER2 IHC (HercepTest) - liver biopsy", "1+ (faint incomplete membrane staining); HER2-low", "2025-03-14")
    c.text_obs("HER2 FISH (ERBB2/CEP17)", "NOT AMPLIFIED - ratio 1.1, mean ERBB2 copy number 2.3", "2025-03-18")
    c.text_obs("ER (SP1)", "Positive, 80%, strong", "2025-03-14")
    c.text_obs("PR (1E2)", "Positive, 10%", "2025-03-14")
    c.report("CT chest/abdomen/pelvis with contrast", "2025-03-07",
             "Multiple new hepatic lesions up to 2.4 cm and sclerotic lesions in T10 and left iliac bone, consistent with metastatic disease.")
    c.statement(rx("letrozole"), "2025-03-20", note="letrozole 2.5 mg daily, started at recurrence")
    c.statement(rx("palbociclib"), "2025-03-20", note="palbociclib 125 mg d1-21 q28d")
    c.home_med("atorvastatin", "2019-06-10", "20 mg nightly")
    c.vitals("2025-05-06", 68.0, 132, 84)
    c.claim("Q5116", 56, date, [("C50.912", "Malignant neoplasm of unspecified site of left female breast"),
                                ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"),
                                ("C79.51", "Secondary malignant neoplasm of bone")])
    c.letter("Prior authorization request form - attachment", date,
             "Drug requested: Trazimera (trastuzumab-qyyp) Q5116, 8 mg/kg load then 6 mg/kg q3w.\n"
             "Diagnosis: metastatic breast cancer to liver and bone, HR-positive, HER2-low (IHC 1+).\n"
             "Rationale from ordering office: 'HER2-expressing disease; add HER2 blockade to "
             "letrozole/palbociclib.'\n"
             "Pathology attached: HER2 IHC 1+, FISH not amplified (ratio 1.1).",
             loinc=("51855-5", "Patient Note"))
    return c


@case("lab12-breast-03", "breast", svc_rx("abemaciclib"), "supported", "2025-05-20",
      "Adjuvant abemaciclib with anastrozole for HR+/HER2- early breast cancer with 5 positive axillary nodes.",
      "Verzenio label 1: with endocrine therapy (tamoxifen or an aromatase inhibitor) for adjuvant treatment of HR+, HER2-negative, node-positive early breast cancer at high risk of recurrence; pivotal monarchE (>=4 positive nodes, or 1-3 nodes with grade 3 or tumor >=5 cm).",
      "HR+/HER2- (IHC 1+), pN2a (5/12 nodes) = node-positive high risk; on an aromatase inhibitor.")
def breast_03(cid, date):
    c = Chart(cid, date, "female", "1969-12-21", "Joanna", "Prescott", mcode=True)
    c.condition(cc(SCT, "254837009", "Malignant neoplasm of breast", "Invasive lobular carcinoma, left breast"),
                "2024-06-03", profile="mcode-primary-cancer-condition", body_site="Left breast",
                primary=True)
    c.marker("16112-5", "Estrogen receptor [Interpretation] in Tissue", POS, "2024-06-05", note="ER 95%, strong")
    c.marker("16113-3", "Progesterone receptor [Interpretation] in Tissue", POS, "2024-06-05", note="PR 40%")
    c.marker("48676-1", "HER2 [Interpretation] in Tissue", NEG, "2024-06-05", note="IHC 1+")
    c.procedure("19303", "2024-07-15", note="Left total mastectomy")
    c.procedure("38745", "2024-07-15", note="Axillary dissection: 5 of 12 lymph nodes with macrometastases")
    c.stage("21902-2", "IIIA", "2024-07-22", t="pT2", n="pN2a", m="cM0")
    c.administered(rx("doxorubicin"), "2024-08-20", "2024-10-01", note="AC x4 q2w", mcode=True)
    c.administered(rx("cyclophosphamide"), "2024-08-20", "2024-10-01", mcode=True)
    c.administered(rx("paclitaxel"), "2024-10-15", "2024-12-31", note="weekly x12", mcode=True)
    c.procedure("77301", "2025-01-20", note="Post-mastectomy radiation plan; 50 Gy/25 fx completed 2025-02-28")
    c.statement(rx("anastrozole"), "2025-03-10", status="active", note="anastrozole 1 mg daily")
    c.icd("N95.1", "Menopausal and female climacteric states", "2021-04-01")
    c.comorbid("M81.0", "Age-related osteoporosis without current pathological fracture", "2023-09-12")
    c.home_med("pantoprazole", "2022-01-15", "40 mg daily")
    c.ecog(0, "2025-05-12", mcode=True)
    c.cbc_cmp("2025-05-12")
    c.request(rx("abemaciclib"), date, "150 mg by mouth twice daily with anastrozole, 2 years", mcode=True)
    return c


@case("lab12-breast-04", "breast", svc_hc("J9271"), "needs-documentation", "2025-05-27",
      "Pembrolizumab (J9271) with paclitaxel, first line for metastatic triple-negative breast cancer; PD-L1 CPS not in the record.",
      "Keytruda label 1 (TNBC): with chemotherapy for locally recurrent unresectable or metastatic TNBC whose tumors express PD-L1 CPS >=10 by an FDA-approved test (KEYNOTE-355); the early-stage KEYNOTE-522 indication does not apply to metastatic disease.",
      "Metastatic TNBC first line is consistent with KEYNOTE-355 but the CPS >=10 result is not documented.",
      missing=["pdl1_cps"])
def breast_04(cid, date):
    c = Chart(cid, date, "female", "1978-02-09", "Keisha", "Langford")
    c.icd_snomed("C50.912", "Malignant neoplasm of unspecified site of left female breast",
                 "254837009", "Malignant neoplasm of breast", "2025-04-02", primary=True)
    c.icd("Z17.1", "Estrogen receptor negative status [ER-]", "2025-04-02")
    c.icd("C78.01", "Secondary malignant neoplasm of right lung", "2025-04-02")
    c.marker("16112-5", "Estrogen receptor [Interpretation] in Tissue", NEG, "2025-04-04", note="ER 0%", mcode=False)
    c.marker("16113-3", "Progesterone receptor [Interpretation] in Tissue", NEG, "2025-04-04", note="PR 0%", mcode=False)
    c.marker("48676-1", "HER2 [Interpretation] in Tissue", NEG, "2025-04-04", note="IHC 0", mcode=False)
    c.report("CT chest with contrast", "2025-03-28",
             "Innumerable bilateral pulmonary nodules up to 1.8 cm and mediastinal adenopathy; lung biopsy shows metastatic carcinoma consistent with breast primary.")
    c.stage("21908-9", "IV", "2025-04-04", t="cT2", n="cN1", m="cM1", mcode=False)
    c.comorbid("E11.9", "Type 2 diabetes mellitus without complications", "2019-10-01")
    c.home_med("metformin", "2019-10-01", "1000 mg twice daily")
    c.qty("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 6.9, "%", "%", "2025-04-20")
    c.ecog(1, "2025-05-20")
    c.cbc_cmp("2025-05-20", hgb=11.8)
    c.letter("Letter of medical necessity - pembrolizumab", date,
             "To the utilization management department:\n\n"
             "Ms. Langford is a 47-year-old woman with de novo metastatic triple-negative breast "
             "cancer (ER 0%, PR 0%, HER2 IHC 0) with pulmonary and nodal metastases diagnosed in "
             "April 2025. She has received no prior systemic therapy for metastatic disease. I plan "
             "pembrolizumab 200 mg every 3 weeks with weekly paclitaxel as first-line treatment, "
             "billed as J9271. Tissue has been sent for additional biomarker studies.\n\n"
             "Thank you for your prompt review.")
    c.request(hc("J9271"), date, "200 mg IV every 3 weeks with paclitaxel 90 mg/m2 days 1, 8, 15 q28d")
    return c


@case("lab12-breast-05", "breast", svc_hc("J9354"), "supported", "2025-06-03",
      "Adjuvant ado-trastuzumab emtansine (J9354) for residual invasive HER2+ disease after neoadjuvant TCHP given with a Kanjinti biosimilar.",
      "Kadcyla label 1.2: adjuvant treatment of HER2-positive early breast cancer with residual invasive disease after neoadjuvant taxane and trastuzumab-based treatment (KATHERINE).",
      "Neoadjuvant docetaxel + trastuzumab (billed as Q5117 Kanjinti) and residual ypT1c ypN1a disease; a desk that only searches for 'trastuzumab' by name misses the biosimilar Q-code.")
def breast_05(cid, date):
    c = Chart(cid, date, "female", "1982-07-30", "Yuki", "Halvorsen", mcode=True)
    c.condition(cc(SCT, "254837009", "Malignant neoplasm of breast", "HER2-positive invasive ductal carcinoma, right breast"),
                "2024-09-10", profile="mcode-primary-cancer-condition", body_site="Right breast", primary=True)
    c.marker("48676-1", "HER2 [Interpretation] in Tissue", POS, "2024-09-12", note="IHC 3+")
    c.marker("16112-5", "Estrogen receptor [Interpretation] in Tissue", POS, "2024-09-12", note="ER 30%")
    c.stage("21908-9", "IIB", "2024-09-20", t="cT2", n="cN1", m="cM0")
    for d in ["2024-10-01", "2024-10-22", "2024-11-12", "2024-12-03", "2024-12-24", "2025-01-14"]:
        c.administered(hc("J9171", "docetaxel 75 mg/m2"), d, mcode=True)
        c.administered(hc("J9045", "carboplatin AUC 6"), d, mcode=True)
        c.administered(hc("Q5117", "Kanjinti 8 mg/kg then 6 mg/kg"), d, mcode=True)
        c.administered(hc("J9306", "pertuzumab 840 mg then 420 mg"), d, mcode=True)
    c.procedure("19303", "2025-02-18", note="Right mastectomy")
    c.procedure("38525", "2025-02-18", note="Sentinel node biopsy: 1/3 nodes with 4 mm metastasis")
    c.report("Surgical pathology - right mastectomy", "2025-02-21",
             "Residual invasive ductal carcinoma, 1.4 cm (ypT1c), 1 of 3 sentinel nodes positive (ypN1a). No pathologic complete response.",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.stage("21902-2", "IIA", "2025-02-21", t="ypT1c", n="ypN1a", m="cM0")
    c.qty("10230-1", "Left ventricular Ejection fraction", 58, "%", "%", "2025-05-20", category=CAT_IMAGING)
    c.statement(rx("tamoxifen"), "2025-04-01", status="active", note="tamoxifen 20 mg daily")
    c.ecog(0, "2025-05-28", mcode=True)
    c.request(hc("J9354"), date, "3.6 mg/kg IV every 3 weeks x 14 cycles", mcode=True)
    return c


@case("lab12-breast-06", "breast", svc_rx("palbociclib"), "refer-to-reviewer", "2025-06-10",
      "Palbociclib with letrozole requested for ER+/HER2-positive (IHC 3+) metastatic breast cancer.",
      "Ibrance label 1: HR-positive, HER2-negative advanced or metastatic breast cancer with an aromatase inhibitor as initial endocrine therapy (postmenopausal women or men; PALOMA-2) or with fulvestrant after endocrine progression (PALOMA-3).",
      "HER2 IHC 3+ contradicts the HER2-negative requirement of every palbociclib indication.")
def breast_06(cid, date):
    c = Chart(cid, date, "female", "1956-01-17", "Dolores", "Whitcombe")
    c.icd_snomed("C50.911", "Malignant neoplasm of unspecified site of right female breast",
                 "254837009", "Malignant neoplasm of breast", "2025-04-15", primary=True)
    c.icd("Z17.0", "Estrogen receptor positive status [ER+]", "2025-04-15")
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2025-04-15")
    c.comorbid("I10", "Essential (primary) hypertension", "2012-03-03")
    c.comorbid("E78.5", "Hyperlipidemia, unspecified", "2012-03-03")
    c.marker("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain", POS, "2025-04-17", note="ER 90%", mcode=False)
    c.marker("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", POS, "2025-04-17", note="HER2 IHC 3+", mcode=False)
    c.report("Whole-body bone scan", "2025-04-10",
             "Multifocal osseous metastases: T6, L2, sacrum, right 7th rib.", loinc=("18748-4", "Diagnostic imaging study"))
    c.home_med("hydrochlorothiazide", "2012-03-03", "25 mg daily")
    c.home_med("rosuvastatin", "2016-08-20", "10 mg daily")
    c.vitals("2025-06-02", 77.2, 138, 82)
    c.composition("Oncology consult note", "2025-06-02", [
        ("History", "69-year-old postmenopausal woman with de novo metastatic breast cancer to bone. "
                    "Core biopsy right breast: invasive ductal carcinoma, ER 90%, PR 20%, HER2 IHC 3+."),
        ("Assessment and plan", "Strongly ER-positive disease, bone-only, asymptomatic. Patient declines "
                                "infusional therapy at this time. Plan letrozole 2.5 mg daily with palbociclib "
                                "125 mg days 1-21 of 28; denosumab for bone health."),
    ])
    c.request(rx("palbociclib"), date, "125 mg by mouth daily days 1-21 of each 28-day cycle with letrozole 2.5 mg daily")
    return c


@case("lab12-breast-07", "breast", svc_hc("J9317"), "supported", "2025-06-17",
      "Sacituzumab govitecan (J9317) third line for metastatic TNBC after carboplatin/gemcitabine and capecitabine.",
      "Trodelvy label 1.1: unresectable locally advanced or metastatic TNBC after two or more prior systemic therapies, at least one for metastatic disease (ASCENT).",
      "ER 0 / PR 0 / HER2 0; two lines in the metastatic setting, documented as text-only flowsheet rows.")
def breast_07(cid, date):
    c = Chart(cid, date, "female", "1975-10-05", "Anneliese", "Borrego")
    c.condition(txt("Triple negative breast cancer, metastatic to liver and nodes"), "2024-02-12", primary=True)
    c.text_obs("ER/PR/HER2 panel (metastatic liver biopsy)", "ER 0%; PR 0%; HER2 IHC 0 - TRIPLE NEGATIVE", "2024-02-15")
    c.text_obs("Treatment line 1 (metastatic)", "Carboplatin AUC2 + gemcitabine d1,8 q21d, 03/2024-11/2024, best response PR, progressed in liver", "2024-11-20")
    c.text_obs("Treatment line 2 (metastatic)", "Capecitabine 1000 mg/m2 BID d1-14 q21d, 12/2024-05/2025, progression", "2025-05-22")
    c.administered(hc("J9045", "carboplatin"), "2024-03-05", "2024-11-05")
    c.administered(hc("J9201", "gemcitabine"), "2024-03-05", "2024-11-12")
    c.statement(rx("capecitabine"), "2024-12-02", "2025-05-20", note="Stopped for progression")
    c.report("CT abdomen/pelvis with contrast", "2025-05-22",
             "Interval enlargement of hepatic metastases (segment 7 lesion 3.9 cm, previously 2.6 cm) and new portocaval node. Progressive disease.")
    c.text_obs("ECOG", "1", "2025-06-10", category=CAT_SURVEY)
    c.home_med("ondansetron", "2024-03-05", "8 mg every 8 hours as needed")
    c.cbc_cmp("2025-06-10", anc=2.9, alt=48, bili=0.9)
    c.letter("Medical necessity - sacituzumab govitecan", date,
             "Patient: Anneliese Borrego. Metastatic triple-negative breast cancer (ER 0, PR 0, "
             "HER2 0). Prior therapies for metastatic disease: (1) carboplatin/gemcitabine, "
             "(2) capecitabine, with radiographic progression on CT 05/22/2025. Requesting "
             "Trodelvy 10 mg/kg days 1 and 8 every 21 days (J9317).")
    c.request(hc("J9317"), date, "10 mg/kg IV days 1 and 8 of 21-day cycles")
    return c


@case("lab12-breast-08", "breast", svc_hc("J9316"), "needs-documentation", "2025-06-24",
      "Subcutaneous Phesgo (J9316) requested for neoadjuvant therapy of a 3.4 cm node-positive breast cancer; HER2 result still pending.",
      "Phesgo label 1: HER2-positive breast cancer only - neoadjuvant with chemotherapy for locally advanced, inflammatory or early-stage disease (>2 cm or node-positive), adjuvant at high risk, or metastatic with docetaxel (FeDeriCa; NeoSphere/APHINITY/CLEOPATRA for the components).",
      "Tumor size and nodal status meet the neoadjuvant criterion; HER2 status is the one missing element.",
      missing=["her2"])
def breast_08(cid, date):
    c = Chart(cid, date, "female", "1987-04-22", "Priya", "Castellanos")
    c.icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast", "2025-06-09", primary=True)
    c.icd("Z17.0", "Estrogen receptor positive status [ER+]", "2025-06-12")
    c.report("Diagnostic mammogram and ultrasound, left breast", "2025-06-05",
             "3.4 cm irregular mass left upper outer quadrant (BI-RADS 5) with two abnormal axillary nodes; ultrasound-guided biopsy performed.")
    c.report("Core biopsy pathology", "2025-06-09",
             "Invasive ductal carcinoma, grade 3. Axillary node FNA: metastatic carcinoma. ER 60%, PR 5%. HER2 immunohistochemistry: in progress, addendum to follow.",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.stage("21908-9", "IIB", "2025-06-12", t="cT2", n="cN1", m="cM0", mcode=False)
    c.qty("10230-1", "Left ventricular Ejection fraction", 63, "%", "%", "2025-06-18", category=CAT_IMAGING)
    c.comorbid("F41.1", "Generalized anxiety disorder", "2020-02-14")
    c.home_med("sertraline", "2020-02-14", "100 mg daily")
    c.service_request(hc("J9316"), date, note="Neoadjuvant Phesgo with docetaxel/carboplatin x6, start pending authorization")
    c.letter("Neoadjuvant plan - request for authorization", date,
             "Ms. Castellanos is a 38-year-old with a newly diagnosed left breast cancer, clinical "
             "stage IIB (cT2 cN1 M0), tumor 3.4 cm with biopsy-proven axillary nodal involvement. "
             "Echocardiogram shows LVEF 63%. We plan neoadjuvant TCHP using subcutaneous Phesgo "
             "(1200 mg/600 mg loading, then 600 mg/600 mg every 3 weeks) with docetaxel and "
             "carboplatin for six cycles, followed by surgery. Please authorize J9316.")
    return c


@case("lab12-breast-09", "breast", svc_rx("tucatinib"), "supported", "2025-07-01",
      "Tucatinib with trastuzumab and capecitabine for HER2+ metastatic breast cancer with brain metastases after THP and T-DXd.",
      "Tukysa label 1.1: with trastuzumab and capecitabine for advanced unresectable or metastatic HER2-positive breast cancer, including brain metastases, after one or more prior anti-HER2 regimens in the metastatic setting (HER2CLIMB).",
      "HER2 3+, two prior anti-HER2 regimens for metastatic disease (one billed as J9358), new brain metastases.")
def breast_09(cid, date):
    c = Chart(cid, date, "female", "1966-05-28", "Gwendolyn", "Achebe", mcode=True)
    c.condition(cc(SCT, "254837009", "Malignant neoplasm of breast", "HER2-positive breast cancer, metastatic"),
                "2022-11-02", profile="mcode-primary-cancer-condition", body_site="Left breast", primary=True)
    c.condition(cc(ICD10, "C79.31", "Secondary malignant neoplasm of brain", "Brain metastases x3"),
                "2025-06-12", profile="mcode-secondary-cancer-condition")
    c.marker("48676-1", "HER2 [Interpretation] in Tissue", POS, "2022-11-04", note="IHC 3+; FISH ratio 5.8")
    c.variant("ERBB2", "2022-11-20", note="ERBB2 amplification, copy number 14 (NGS)",
              method="Hybrid-capture NGS 324-gene panel")
    c.stage("21908-9", "IV", "2022-11-10", t="cT3", n="cN2", m="cM1")
    c.administered(hc("J9355", "Herceptin"), "2022-12-01", "2023-11-15", note="THP first line metastatic", mcode=True)
    c.administered(hc("J9306"), "2022-12-01", "2023-11-15", mcode=True)
    c.administered(hc("J9171"), "2022-12-01", "2023-04-10", mcode=True)
    c.administered(hc("J9358", "Enhertu 5.4 mg/kg"), "2023-12-05", "2025-05-20", note="second line metastatic; stopped for CNS progression", mcode=True)
    c.report("MRI brain with and without contrast", "2025-06-10",
             "Three new enhancing lesions (right frontal 1.1 cm, left cerebellar 0.8 cm, left parietal 0.6 cm) consistent with metastases; mild vasogenic edema.",
             loinc=("18748-4", "Diagnostic imaging study"))
    c.disease_status("Progressive disease (CNS)", "2025-06-12", evidence="MRI brain 2025-06-10; extracranial disease stable")
    c.ecog(1, "2025-06-24", mcode=True)
    c.cbc_cmp("2025-06-24")
    c.request(rx("tucatinib"), date, "300 mg by mouth twice daily with trastuzumab q3w and capecitabine 1000 mg/m2 BID d1-14", mcode=True)
    return c


@case("lab12-breast-10", "breast", svc_rx("alpelisib"), "needs-documentation", "2025-07-08",
      "Alpelisib with fulvestrant after progression on letrozole + palbociclib in a postmenopausal woman; PIK3CA result not on file.",
      "Piqray label 1: with fulvestrant for postmenopausal women and men with HR+, HER2-negative, PIK3CA-mutated advanced or metastatic breast cancer, detected by an FDA-approved test, after progression on or after an endocrine regimen (SOLAR-1).",
      "HR+/HER2-, postmenopausal, endocrine progression documented; the PIK3CA mutation is not.",
      missing=["pik3ca"])
def breast_10(cid, date):
    c = Chart(cid, date, "female", "1958-09-12", "Beatrix", "Olumide")
    c.icd("C50.911", "Malignant neoplasm of unspecified site of right female breast", "2021-05-18", primary=True)
    c.icd("Z17.0", "Estrogen receptor positive status [ER+]", "2021-05-18")
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2023-01-09")
    c.icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "2025-06-20")
    c.icd("Z78.0", "Asymptomatic menopausal state", "2010-01-01")
    c.marker("16112-5", "Estrogen receptor [Interpretation] in Tissue", POS, "2023-01-12", note="ER 85%", mcode=False)
    c.marker("48676-1", "HER2 [Interpretation] in Tissue", NEG, "2023-01-12", note="IHC 0", mcode=False)
    c.statement(rx("letrozole"), "2023-01-20", "2025-06-18", note="first-line metastatic; progression")
    c.statement(rx("palbociclib"), "2023-01-20", "2025-06-18", note="first-line metastatic; progression")
    c.report("CT chest/abdomen/pelvis", "2025-06-18",
             "New hypodense hepatic lesions (largest 2.1 cm); stable sclerotic bone metastases. Progression.")
    c.qty("1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", 96, "mg/dL", "mg/dL", "2025-06-30")
    c.qty("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.6, "%", "%", "2025-06-30")
    c.home_med("omeprazole", "2018-03-01", "20 mg daily")
    c.text_obs("Molecular send-out", "Tissue NGS (liver core) sent 06/24/2025 - report not yet received", "2025-06-24")
    c.letter("Request for alpelisib", date,
             "Mrs. Olumide is a 66-year-old postmenopausal woman with HR-positive, HER2-negative "
             "metastatic breast cancer (bone, now liver) who progressed on letrozole plus "
             "palbociclib after 29 months. Fasting glucose and HbA1c are normal. I am requesting "
             "alpelisib 300 mg daily with fulvestrant 500 mg.")
    c.request(rx("alpelisib"), date, "300 mg by mouth daily with fulvestrant 500 mg IM days 1, 15, 29 then monthly")
    return c


@case("lab12-breast-11", "breast", svc_rx("olaparib"), "supported", "2025-07-15",
      "Olaparib for germline BRCA1 HER2-negative metastatic breast cancer previously treated with neoadjuvant chemotherapy.",
      "Lynparza label 1: deleterious or suspected deleterious gBRCAm, HER2-negative metastatic breast cancer previously treated with chemotherapy in the neoadjuvant, adjuvant or metastatic setting (OlympiAD).",
      "Germline BRCA1 c.68_69del pathogenic, TNBC (so prior endocrine therapy not required), prior anthracycline/taxane.")
def breast_11(cid, date):
    c = Chart(cid, date, "female", "1984-11-03", "Talia", "Rosenfeld")
    c.icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast", "2022-03-14", primary=True)
    c.icd("Z15.01", "Genetic susceptibility to malignant neoplasm of breast", "2022-04-01")
    c.icd("C78.00", "Secondary malignant neoplasm of unspecified lung", "2025-06-26")
    c.variant("BRCA1", "2022-04-01", c_hgvs="NM_007294.4:c.68_69del", p_hgvs="NP_009225.1:p.Glu23ValfsTer17",
              note="Germline, pathogenic (ACMG class 5)", method="Germline hereditary cancer panel")
    c.procedure("81162", "2022-03-25")
    c.composition("Medical oncology progress note", "2025-07-08", [
        ("Oncologic history", "Left breast triple-negative IDC (ER 0%, PR 0%, HER2 1+ / FISH not amplified), "
                              "cT2N1. Neoadjuvant dose-dense AC x4 then weekly paclitaxel x12 (04/2022-09/2022), "
                              "lumpectomy with residual disease, adjuvant radiation. Germline BRCA1 185delAG."),
        ("Interval history", "CT 06/26/2025 shows multiple bilateral pulmonary nodules; biopsy confirms "
                             "recurrent triple-negative carcinoma, HER2-negative."),
        ("Plan", "Metastatic gBRCA1 HER2-negative breast cancer previously treated with chemotherapy. "
                 "Start olaparib 300 mg twice daily."),
    ])
    c.administered(hc("J9000", "doxorubicin"), "2022-04-11", "2022-05-23")
    c.administered(hc("J9267", "paclitaxel"), "2022-06-06", "2022-08-22")
    c.ecog(0, "2025-07-08")
    c.cbc_cmp("2025-07-08", hgb=12.4)
    c.request(rx("olaparib"), date, "300 mg by mouth twice daily")
    return c


@case("lab12-breast-12", "breast", svc_rx("neratinib"), "refer-to-reviewer", "2025-07-22",
      "Extended-adjuvant neratinib requested for HR+ early breast cancer that is HER2 IHC 2+ but FISH non-amplified.",
      "Nerlynx label 1: HER2-positive breast cancer only - extended adjuvant after adjuvant trastuzumab-based therapy (ExteNET), or with capecitabine after two or more anti-HER2 regimens for metastatic disease (NALA).",
      "IHC 2+ with a non-amplified reflex FISH is HER2-negative; neither neratinib indication applies.")
def breast_12(cid, date):
    c = Chart(cid, date, "female", "1973-06-19", "Carmen", "Delacroix")
    c.condition(txt("Left breast invasive ductal carcinoma, pT2 pN1a, HR+, HER2 equivocal IHC 2+ / FISH negative"),
                "2024-03-20", primary=True)
    c.text_obs("HER2 IHC", "2+ (equivocal)", "2024-03-22")
    c.text_obs("HER2 dual-probe ISH (reflex)", "NEGATIVE (not amplified): HER2/CEP17 ratio 1.3, average HER2 copy number 3.1 signals/cell (ASCO/CAP group 5)", "2024-03-27")
    c.text_obs("ER", "95% positive", "2024-03-22")
    c.text_obs("PR", "70% positive", "2024-03-22")
    c.administered(rx("doxorubicin"), "2024-05-01", "2024-06-12")
    c.administered(rx("paclitaxel"), "2024-06-26", "2024-09-11")
    c.statement(rx("letrozole"), "2024-11-01", status="active", note="letrozole 2.5 mg daily")
    c.comorbid("G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2018-07-07")
    c.home_med("metoprolol", "2020-01-01", "25 mg twice daily")
    c.letter("Extended adjuvant therapy request", date,
             "Ms. Delacroix completed adjuvant AC-T for a node-positive (1/2 sentinel nodes) left "
             "breast cancer that was HER2 2+ by IHC. Given her high-risk features I would like to "
             "add neratinib 240 mg daily for one year as extended adjuvant therapy while she "
             "continues letrozole. She did not receive trastuzumab.")
    c.request(rx("neratinib"), date, "240 mg by mouth daily x 1 year with loperamide prophylaxis")
    return c

# ===========================================================================
# NSCLC
# ===========================================================================

@case("lab12-nsclc-01", "nsclc", svc_hc("J9271"), "supported", "2025-05-08",
      "Single-agent pembrolizumab (J9271) first line for metastatic lung adenocarcinoma with PD-L1 TPS 30% and no EGFR/ALK alteration.",
      "Keytruda label 1 (NSCLC): single agent first line for stage III (not a candidate for resection or definitive chemoradiation) or metastatic NSCLC with PD-L1 TPS >=1% and no EGFR or ALK aberrations (KEYNOTE-042); also with pemetrexed/platinum regardless of PD-L1 (KEYNOTE-189).",
      "TPS 30% meets the >=1% monotherapy threshold; desks that apply the 50% cut-off of KEYNOTE-024 turn this down wrongly.")
def nsclc_01(cid, date):
    c = Chart(cid, date, "male", "1949-02-25", "Walter", "Brennan", mcode=True)
    c.condition(cc(SCT, "254637007", "Non-small cell lung cancer", "Adenocarcinoma of right upper lobe"),
                "2025-03-31", profile="mcode-primary-cancer-condition", body_site="Right upper lobe", primary=True)
    c.stage("21908-9", "IVA", "2025-04-08", t="cT2b", n="cN2", m="cM1a")
    c.pdl1("2025-04-14", "TPS 30%", note="22C3 pharmDx, tumor proportion score 30%")
    c.variant("EGFR", "2025-04-21", present=False, note="No EGFR exon 19 deletion, L858R, exon 20 insertion or T790M detected")
    c.variant("ALK", "2025-04-21", present=False, note="No ALK fusion detected (RNA NGS)")
    c.variant("ROS1", "2025-04-21", present=False, note="No ROS1 fusion detected")
    c.procedure("31652", "2025-03-31", note="EBUS-TBNA 4R and 7: adenocarcinoma")
    c.procedure("81445", "2025-04-21")
    c.report("Thoracentesis cytology", "2025-04-03", "Right pleural fluid positive for metastatic adenocarcinoma (TTF-1 positive).",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.comorbid("J44.9", "Chronic obstructive pulmonary disease, unspecified", "2015-09-09")
    c.comorbid("I48.91", "Unspecified atrial fibrillation", "2019-02-02")
    c.home_med("metoprolol", "2019-02-02", "50 mg twice daily")
    c.ecog(2, "2025-05-01", mcode=True)
    c.letter("Letter of medical necessity - pembrolizumab monotherapy", date,
             "Mr. Brennan is a 76-year-old with stage IVA (M1a, malignant pleural effusion) "
             "adenocarcinoma of the lung. PD-L1 22C3 TPS is 30%. Comprehensive NGS shows no EGFR, "
             "ALK or ROS1 alteration. Given ECOG 2, COPD and atrial fibrillation, platinum doublet "
             "is not appropriate; I recommend first-line pembrolizumab 200 mg every 3 weeks as a "
             "single agent (J9271).")
    c.request(hc("J9271"), date, "200 mg IV every 3 weeks, single agent", mcode=True)
    return c


@case("lab12-nsclc-02", "nsclc", svc_hc("J9305"), "refer-to-reviewer", "2025-05-15",
      "Pemetrexed (J9305) with carboplatin requested for stage IV squamous cell carcinoma of the lung.",
      "Pemetrexed label 1: non-squamous NSCLC (first line with platinum, with pembrolizumab and platinum, maintenance, or after prior chemotherapy); limitation of use: not indicated for squamous cell NSCLC (JMDB histology interaction).",
      "Squamous histology is an explicit limitation of use on the pemetrexed label.")
def nsclc_02(cid, date):
    c = Chart(cid, date, "male", "1957-07-07", "Desmond", "Okafor")
    c.condition(txt("Squamous cell carcinoma of left lower lobe, stage IVB (adrenal, bone)"), "2025-04-10", primary=True)
    c.text_obs("Surgical pathology - LLL biopsy", "Squamous cell carcinoma, moderately differentiated. p40 POSITIVE, TTF-1 NEGATIVE, napsin A NEGATIVE.", "2025-04-12")
    c.text_obs("PD-L1 22C3", "TPS <1%", "2025-04-18")
    c.text_obs("NGS (FoundationOne-type)", "No EGFR/ALK/ROS1/BRAF/MET/RET/KRAS G12C alterations; TMB 6 mut/Mb", "2025-04-28")
    c.report("PET/CT skull base to mid-thigh", "2025-04-15",
             "FDG-avid 5.1 cm left lower lobe mass, left adrenal metastasis and lytic T9 lesion.")
    c.procedure("78815", "2025-04-15")
    c.comorbid("J44.9", "Chronic obstructive pulmonary disease, unspecified", "2014-01-01")
    c.comorbid("F17.210", "Nicotine dependence, cigarettes, uncomplicated", "1975-01-01")
    c.home_med("omeprazole", "2021-05-05", "20 mg daily")
    c.text_obs("ECOG", "1", "2025-05-08", category=CAT_SURVEY)
    c.claim("J9305", 95, date, [("C34.32", "Malignant neoplasm of lower lobe, left bronchus or lung"),
                               ("C79.72", "Secondary malignant neoplasm of left adrenal gland"),
                               ("C79.51", "Secondary malignant neoplasm of bone")])
    c.letter("Authorization request - pemetrexed/carboplatin", date,
             "Requesting pemetrexed 500 mg/m2 (J9305) with carboplatin AUC 5 every 21 days for "
             "first-line treatment of stage IVB squamous cell lung cancer. Patient prefers to avoid "
             "immunotherapy because of a prior autoimmune hepatitis flare.")
    return c


@case("lab12-nsclc-03", "nsclc", svc_rx("osimertinib"), "supported", "2025-05-22",
      "First-line osimertinib for metastatic lung adenocarcinoma with EGFR L858R.",
      "Tagrisso label 1: first-line metastatic NSCLC with EGFR exon 19 deletions or exon 21 L858R mutations, as monotherapy (FLAURA) or with pemetrexed and platinum (FLAURA2); also adjuvant (ADAURA), stage III after chemoradiation (LAURA) and T790M after EGFR TKI (AURA3).",
      "L858R (exon 21) is a labelled sensitising mutation; metastatic, treatment naive.")
def nsclc_03(cid, date):
    c = Chart(cid, date, "female", "1962-12-01", "Mei", "Tanaka")
    c.icd_snomed("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung",
                 "254637007", "Non-small cell lung cancer", "2025-04-14", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2025-04-14")
    c.icd("C79.31", "Secondary malignant neoplasm of brain", "2025-04-20")
    c.variant("EGFR", "2025-05-02", c_hgvs="NM_005228.5:c.2573T>G", p_hgvs="NP_005219.2:p.Leu858Arg",
              note="EGFR exon 21 L858R, VAF 34%", method="Tissue NGS")
    c.stage("21908-9", "IVB", "2025-04-22", t="cT2a", n="cN1", m="cM1c", mcode=False)
    c.report("MRI brain", "2025-04-20", "Two punctate enhancing lesions (4 mm, 6 mm) without edema; asymptomatic brain metastases.")
    c.comorbid("E78.5", "Hyperlipidemia, unspecified", "2014-04-04")
    c.home_med("atorvastatin", "2014-04-04", "40 mg daily")
    c.ecog(1, "2025-05-15")
    c.cbc_cmp("2025-05-15")
    c.request(rx("osimertinib"), date, "80 mg by mouth once daily")
    return c


@case("lab12-nsclc-04", "nsclc", svc_hc("J9022"), "needs-documentation", "2025-05-29",
      "Adjuvant atezolizumab (J9022) after resection and adjuvant cisplatin/pemetrexed for stage IIB NSCLC; PD-L1 result not on file.",
      "Tecentriq label 1 (NSCLC): adjuvant treatment after resection and platinum-based chemotherapy for stage II-IIIA NSCLC whose tumors have PD-L1 expression on >=1% of tumor cells (IMpower010); the metastatic indications do not apply to resected disease.",
      "Stage, resection and completed platinum adjuvant chemotherapy are documented; PD-L1 TC >=1% is not.",
      missing=["pdl1"])
def nsclc_04(cid, date):
    c = Chart(cid, date, "male", "1960-04-16", "Anton", "Kowalczyk")
    c.icd("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "2024-10-21", primary=True)
    c.procedure("32663", "2024-11-12", note="VATS right lower lobectomy with mediastinal lymph node dissection")
    c.report("Surgical pathology - right lower lobe", "2024-11-15",
             "Invasive adenocarcinoma, acinar predominant, 5.6 cm, visceral pleura not involved; 0/14 lymph nodes; margins negative (pT3 pN0, R0).",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.stage("21902-2", "IIB", "2024-11-15", t="pT3", n="pN0", m="cM0", mcode=False)
    c.variant("EGFR", "2024-11-29", present=False, note="EGFR wild-type")
    c.variant("ALK", "2024-11-29", present=False, note="ALK rearrangement not detected")
    for d in ["2024-12-16", "2025-01-06", "2025-01-27", "2025-02-17"]:
        c.administered(hc("J9060", "cisplatin 75 mg/m2"), d)
        c.administered(hc("J9305", "pemetrexed 500 mg/m2"), d)
    c.report("CT chest with contrast", "2025-05-12", "Post-lobectomy changes. No evidence of recurrent or metastatic disease.")
    c.comorbid("I10", "Essential (primary) hypertension", "2011-11-11")
    c.comorbid("E11.9", "Type 2 diabetes mellitus without complications", "2016-06-06")
    c.home_med("metformin", "2016-06-06", "500 mg twice daily")
    c.home_med("hydrochlorothiazide", "2011-11-11", "12.5 mg daily")
    c.ecog(0, "2025-05-20")
    c.letter("Adjuvant immunotherapy - authorization request", date,
             "Mr. Kowalczyk underwent right lower lobectomy on 11/12/2024 for a 5.6 cm "
             "adenocarcinoma, pathologic stage IIB (pT3 N0), R0 resection. He completed four "
             "cycles of adjuvant cisplatin/pemetrexed on 02/17/2025 and restaging CT is without "
             "recurrence. EGFR and ALK are negative. I am requesting adjuvant atezolizumab "
             "1200 mg every 3 weeks for up to one year (J9022).")
    c.request(hc("J9022"), date, "1200 mg IV every 3 weeks for up to 16 cycles")
    return c


@case("lab12-nsclc-05", "nsclc", svc_hc("J9173"), "supported", "2025-06-05",
      "Consolidation durvalumab (J9173) for unresectable stage IIIB NSCLC without progression after concurrent chemoradiation.",
      "Imfinzi label 1 (NSCLC): unresectable stage III NSCLC whose disease has not progressed following concurrent platinum-based chemotherapy and radiation therapy (PACIFIC).",
      "Unresectable stage IIIB, concurrent carboplatin/paclitaxel + 60 Gy completed, restaging CT shows response without progression.")
def nsclc_05(cid, date):
    c = Chart(cid, date, "female", "1958-03-09", "Ingrid", "Solberg")
    c.icd("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "2025-01-08", primary=True)
    c.stage("21908-9", "IIIB", "2025-01-15", t="cT3", n="cN2", m="cM0", mcode=False)
    c.composition("Thoracic tumor board summary", "2025-01-17", [
        ("Case", "66-year-old woman, right upper lobe squamous cell carcinoma 5.8 cm with "
                 "multistation ipsilateral N2 disease (4R, 2R) on EBUS; PET negative for distant disease."),
        ("Recommendation", "Unresectable stage IIIB (cT3 N2 M0). Definitive concurrent "
                           "chemoradiation with weekly carboplatin/paclitaxel and 60 Gy, followed by "
                           "consolidation durvalumab if no progression."),
    ])
    for d in ["2025-01-27", "2025-02-03", "2025-02-10", "2025-02-17", "2025-02-24", "2025-03-03"]:
        c.administered(hc("J9045", "carboplatin AUC 2 weekly with RT"), d)
        c.administered(hc("J9267", "paclitaxel 45 mg/m2 weekly with RT"), d)
    c.procedure("77301", "2025-01-22", note="IMRT plan 60 Gy in 30 fractions; completed 2025-03-07")
    c.report("CT chest with contrast (post-chemoradiation restaging)", "2025-04-18",
             "Right upper lobe mass decreased from 5.8 to 2.9 cm with post-radiation change; mediastinal nodes decreased. No new lesions. Partial response, no progression.")
    c.disease_status("Partial response; no progression after chemoradiation", "2025-04-18")
    c.comorbid("J44.9", "Chronic obstructive pulmonary disease, unspecified", "2018-02-02")
    c.home_med("pantoprazole", "2025-02-01", "40 mg daily (radiation esophagitis)")
    c.ecog(1, "2025-05-28")
    c.request(hc("J9173"), date, "1500 mg IV every 4 weeks for up to 12 months")
    return c


@case("lab12-nsclc-06", "nsclc", svc_rx("sotorasib"), "needs-documentation", "2025-06-12",
      "Sotorasib for KRAS G12C metastatic lung adenocarcinoma; the record is silent on any prior systemic therapy.",
      "Lumakras label 1 (NSCLC): KRAS G12C-mutated locally advanced or metastatic NSCLC, as determined by an FDA-approved test, who have received at least one prior systemic therapy (CodeBreaK 100/200).",
      "KRAS G12C and metastatic stage are documented; the required prior systemic therapy is neither documented nor contradicted.",
      missing=["prior_therapy"])
def nsclc_06(cid, date):
    c = Chart(cid, date, "male", "1955-08-30", "Graham", "Ashworth", mcode=True)
    c.condition(cc(SCT, "254637007", "Non-small cell lung cancer", "Lung adenocarcinoma, left upper lobe"),
                "2024-12-02", profile="mcode-primary-cancer-condition", body_site="Left upper lobe", primary=True)
    c.stage("21908-9", "IVB", "2024-12-10", t="cT3", n="cN2", m="cM1c")
    c.variant("KRAS", "2024-12-20", c_hgvs="NM_004985.5:c.34G>T", p_hgvs="NP_004976.2:p.Gly12Cys",
              note="KRAS G12C, VAF 22%", method="Plasma ctDNA NGS (FDA-approved companion diagnostic)")
    c.variant("EGFR", "2024-12-20", present=False)
    c.variant("ALK", "2024-12-20", present=False)
    c.report("CT chest/abdomen/pelvis", "2025-05-30",
             "Left upper lobe mass 4.6 cm, hepatic and adrenal metastases; compared with 12/2024, liver lesions have enlarged.")
    c.disease_status("Progressive disease", "2025-05-30", evidence="CT 2025-05-30")
    c.comorbid("E78.5", "Hyperlipidemia, unspecified", "2010-01-01")
    c.home_med("rosuvastatin", "2010-01-01", "20 mg daily")
    c.ecog(1, "2025-06-05", mcode=True)
    c.cbc_cmp("2025-06-05", alt=31)
    c.request(rx("sotorasib"), date, "960 mg by mouth once daily", mcode=True,
              note="Referred by outside oncologist for KRAS-directed therapy; outside treatment records requested.")
    return c


@case("lab12-nsclc-07", "nsclc", svc_hc("J9308"), "supported", "2025-06-19",
      "Ramucirumab (J9308) plus docetaxel after progression on carboplatin/pemetrexed/pembrolizumab in EGFR/ALK-negative metastatic NSCLC.",
      "Cyramza label 1 (NSCLC): with docetaxel for metastatic NSCLC with disease progression on or after platinum-based chemotherapy; patients with EGFR or ALK aberrations must first progress on approved targeted therapy (REVEL).",
      "Platinum progression documented through J-coded administrations and a CT conclusion; EGFR/ALK negative.")
def nsclc_07(cid, date):
    c = Chart(cid, date, "male", "1963-01-19", "Rashid", "Benali")
    c.condition(txt("Metastatic non-small cell lung cancer, adenocarcinoma, RUL, liver and bone metastases"), "2024-06-03", primary=True)
    c.text_obs("EGFR mutation analysis", "NEGATIVE (no exon 18-21 alterations)", "2024-06-14")
    c.text_obs("ALK FISH (break-apart)", "NEGATIVE, 3% split signals", "2024-06-14")
    c.text_obs("PD-L1 22C3", "TPS 5%", "2024-06-14")
    for d in ["2024-06-24", "2024-07-15", "2024-08-05", "2024-08-26"]:
        c.administered(hc("J9045", "carboplatin AUC 5"), d)
        c.administered(hc("J9305", "pemetrexed 500 mg/m2"), d)
        c.administered(hc("J9271", "pembrolizumab 200 mg"), d)
    c.administered(hc("J9271", "pembrolizumab maintenance"), "2024-09-16", "2025-05-05")
    c.administered(hc("J9305", "pemetrexed maintenance"), "2024-09-16", "2025-05-05")
    c.report("CT chest/abdomen/pelvis", "2025-05-27",
             "Enlarging right upper lobe primary (3.1 to 4.4 cm), new hepatic metastases in segments 6 and 8. Progressive disease on carboplatin-pemetrexed-pembrolizumab and maintenance.")
    c.text_obs("ECOG", "1", "2025-06-12", category=CAT_SURVEY)
    c.comorbid("K21.9", "Gastro-esophageal reflux disease without esophagitis", "2012-12-12")
    c.home_med("pantoprazole", "2012-12-12", "40 mg daily")
    c.cbc_cmp("2025-06-12", anc=3.1)
    c.request(hc("J9308"), date, "10 mg/kg IV day 1 every 21 days with docetaxel 75 mg/m2")
    return c


@case("lab12-nsclc-08", "nsclc", svc_rx("osimertinib"), "refer-to-reviewer", "2025-06-26",
      "Osimertinib requested first line for metastatic NSCLC whose only EGFR alteration is an exon 20 insertion (A767_V769dup).",
      "Tagrisso label 1: EGFR exon 19 deletion or exon 21 L858R (adjuvant, stage III post-chemoradiation, first-line metastatic) or T790M after prior EGFR TKI; exon 20 insertions are the amivantamab (PAPILLON) population, not an osimertinib indication.",
      "The documented EGFR variant is an exon 20 insertion with ex19del, L858R and T790M explicitly not detected.")
def nsclc_08(cid, date):
    c = Chart(cid, date, "female", "1970-09-09", "Lucia", "Ferreira", mcode=True)
    c.condition(cc(SCT, "254637007", "Non-small cell lung cancer", "Lung adenocarcinoma, right lower lobe, metastatic"),
                "2025-05-05", profile="mcode-primary-cancer-condition", body_site="Right lower lobe", primary=True)
    c.stage("21908-9", "IVA", "2025-05-12", t="cT2a", n="cN1", m="cM1b")
    c.variant("EGFR", "2025-05-28", c_hgvs="NM_005228.5:c.2300_2308dup", p_hgvs="NP_005219.2:p.Ala767_Val769dup",
              note="EGFR exon 20 insertion. EGFR exon 19 deletion: not detected. L858R: not detected. T790M: not detected.",
              method="Tissue DNA/RNA NGS")
    c.variant("ALK", "2025-05-28", present=False)
    c.procedure("81455", "2025-05-28")
    c.composition("New patient consult", "2025-06-18", [
        ("Assessment", "55-year-old never-smoker with EGFR-mutant metastatic lung adenocarcinoma "
                       "(exon 20 insertion A767_V769dup), single adrenal metastasis."),
        ("Plan", "Patient wishes to avoid intravenous therapy. Start osimertinib 80 mg daily; "
                 "reassess with CT in 8 weeks."),
    ])
    c.ecog(0, "2025-06-18", mcode=True)
    c.home_med("omeprazole", "2022-02-02", "20 mg daily")
    c.request(rx("osimertinib"), date, "80 mg by mouth once daily", mcode=True)
    return c


@case("lab12-nsclc-09", "nsclc", svc_hc("J9119"), "supported", "2025-07-03",
      "Cemiplimab (J9119) monotherapy first line for metastatic squamous NSCLC with PD-L1 TPS 80% and no EGFR/ALK/ROS1 aberration.",
      "Libtayo label 1 (NSCLC): single agent first line for locally advanced (not a candidate for resection or definitive chemoradiation) or metastatic NSCLC with PD-L1 TPS >=50% and no EGFR, ALK or ROS1 aberrations (EMPOWER-Lung 1); with platinum chemotherapy regardless of PD-L1 (EMPOWER-Lung 3).",
      "TPS 80% >= 50%, EGFR/ALK/ROS1 all negative, metastatic, no prior systemic therapy.")
def nsclc_09(cid, date):
    c = Chart(cid, date, "male", "1952-11-11", "Bernard", "Lemaire")
    c.icd_snomed("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung",
                 "254637007", "Non-small cell lung cancer", "2025-05-20", primary=True)
    c.icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "2025-05-20")
    c.pdl1("2025-05-28", "TPS 80%", note="22C3 pharmDx TPS 80% (high expression)")
    c.variant("EGFR", "2025-06-06", present=False)
    c.variant("ALK", "2025-06-06", present=False)
    c.variant("ROS1", "2025-06-06", present=False)
    c.stage("21908-9", "IVA", "2025-05-28", t="cT3", n="cN1", m="cM1b", mcode=False)
    c.report("PET/CT", "2025-05-22", "FDG-avid right upper lobe mass 6.2 cm, right hilar node and solitary segment 4 liver metastasis (biopsy: squamous cell carcinoma).")
    c.comorbid("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "2017-03-03")
    c.home_med("tamsulosin", "2017-03-03", "0.4 mg nightly")
    c.ecog(1, "2025-06-26")
    c.letter("Letter of medical necessity - cemiplimab-rwlc", date,
             "Mr. Lemaire has newly diagnosed metastatic squamous cell carcinoma of the lung (liver "
             "metastasis). PD-L1 TPS is 80% by 22C3. NGS shows no EGFR, ALK or ROS1 alterations. "
             "He has received no prior systemic therapy. We request first-line Libtayo "
             "(cemiplimab-rwlc) 350 mg every 3 weeks as monotherapy, billed as J9119.")
    c.request(hc("J9119"), date, "350 mg IV every 3 weeks, single agent")
    return c


@case("lab12-nsclc-10", "nsclc", svc_rx("dabrafenib"), "needs-documentation", "2025-07-10",
      "Dabrafenib plus trametinib requested for metastatic lung adenocarcinoma while the BRAF result is still outstanding.",
      "Tafinlar label 1 (NSCLC): with trametinib for metastatic NSCLC with BRAF V600E mutation as detected by an FDA-approved test (BRF113928).",
      "Metastatic NSCLC documented; the BRAF V600E result is pending, not negative.",
      missing=["braf"])
def nsclc_10(cid, date):
    c = Chart(cid, date, "female", "1947-06-06", "Eleanor", "Vance")
    c.icd("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "2025-06-02", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2025-06-02")
    c.icd("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "2025-06-02")
    c.text_obs("EGFR PCR", "No mutation detected", "2025-06-12")
    c.text_obs("ALK IHC (D5F3)", "Negative", "2025-06-12")
    c.text_obs("PD-L1 22C3", "TPS 10%", "2025-06-12")
    c.text_obs("Comprehensive NGS (send-out)", "Specimen received by reference lab 06/20/2025; report pending", "2025-06-20")
    c.report("CT chest/abdomen/pelvis", "2025-05-29", "Left upper lobe mass 3.8 cm, peritoneal implants and multiple lytic bone lesions.")
    c.comorbid("I10", "Essential (primary) hypertension", "2000-01-01")
    c.comorbid("M81.0", "Age-related osteoporosis without current pathological fracture", "2015-05-05")
    c.home_med("metoprolol", "2000-01-01", "25 mg daily")
    c.ecog(1, "2025-07-02")
    c.letter("Targeted therapy request", date,
             "Mrs. Vance, 78, has stage IVB adenocarcinoma of the left lung with peritoneal and "
             "bone metastases; EGFR and ALK are negative. She is frail for chemo-immunotherapy. We "
             "request dabrafenib 150 mg twice daily with trametinib 2 mg daily.")
    c.request(rx("dabrafenib"), date, "150 mg by mouth twice daily with trametinib 2 mg daily")
    return c


@case("lab12-nsclc-11", "nsclc", svc_rx("alectinib"), "supported", "2025-07-17",
      "Adjuvant alectinib after lobectomy for ALK-positive stage IIIA (pT2b pN2) NSCLC.",
      "Alecensa label 1: adjuvant treatment following tumor resection of ALK-positive NSCLC (tumors >=4 cm or node positive) (ALINA); and ALK-positive metastatic NSCLC (ALEX).",
      "Resected, node-positive (pN2), ALK fusion by NGS and IHC; adjuvant setting correctly labelled since 2024.")
def nsclc_11(cid, date):
    c = Chart(cid, date, "male", "1979-01-23", "Hiroshi", "Nakamura")
    c.icd("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "2025-04-07", primary=True)
    c.procedure("32663", "2025-05-06", note="VATS right upper lobectomy and mediastinal lymph node dissection")
    c.report("Surgical pathology - RUL lobectomy", "2025-05-09",
             "Invasive adenocarcinoma, solid predominant, 4.3 cm; 2/6 station 4R nodes positive (pT2b pN2); margins negative. ALK (D5F3) IHC strongly positive.",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.stage("21902-2", "IIIA", "2025-05-09", t="pT2b", n="pN2", m="cM0", mcode=False)
    c.variant("ALK", "2025-05-20", note="EML4-ALK fusion (variant 1, E13;A20) detected by RNA NGS",
              method="RNA fusion panel")
    c.composition("Postoperative oncology consult", "2025-07-09", [
        ("Summary", "46-year-old never-smoker, resected stage IIIA ALK-positive adenocarcinoma (EML4-ALK). "
                    "Recovered well from surgery; CT chest 07/01/2025 without evidence of disease."),
        ("Plan", "Adjuvant alectinib 600 mg twice daily for 2 years in place of platinum chemotherapy."),
    ])
    c.ecog(0, "2025-07-09")
    c.cbc_cmp("2025-07-09")
    c.request(rx("alectinib"), date, "600 mg by mouth twice daily with food for 2 years")
    return c


@case("lab12-nsclc-12", "nsclc", svc_rx("lorlatinib"), "refer-to-reviewer", "2025-07-24",
      "Lorlatinib requested for ROS1-rearranged (CD74-ROS1), ALK-negative metastatic NSCLC.",
      "Lorbrena label 1: metastatic NSCLC whose tumors are ALK-positive as detected by an FDA-approved test (CROWN); ROS1 is not a labelled lorlatinib indication.",
      "ALK is negative by IHC and FISH; the driver is ROS1, which lorlatinib's label does not cover.")
def nsclc_12(cid, date):
    c = Chart(cid, date, "female", "1985-02-14", "Sofia", "Marchetti")
    c.condition(txt("Stage IV lung adenocarcinoma, ROS1 fusion-positive, pleural and bone metastases"), "2025-06-09", primary=True)
    c.text_obs("ALK IHC (D5F3, Ventana)", "NEGATIVE", "2025-06-13")
    c.text_obs("ALK FISH", "NEGATIVE - no rearrangement", "2025-06-16")
    c.text_obs("RNA fusion panel", "CD74-ROS1 fusion DETECTED (exons 6:34). No ALK, RET, NTRK fusions.", "2025-06-27")
    c.text_obs("EGFR", "No mutation detected", "2025-06-27")
    c.report("MRI brain", "2025-06-11", "No intracranial metastases.")
    c.home_med("sertraline", "2023-05-05", "50 mg daily")
    c.text_obs("ECOG", "0", "2025-07-17", category=CAT_SURVEY)
    c.letter("Request for lorlatinib", date,
             "Ms. Marchetti (40) has metastatic lung adenocarcinoma with a CD74-ROS1 fusion; ALK is "
             "negative by IHC and FISH. Given lorlatinib's CNS penetration and ROS1 activity, I "
             "request lorlatinib 100 mg daily as first-line therapy.")
    c.request(rx("lorlatinib"), date, "100 mg by mouth once daily")
    return c

# ===========================================================================
# COLORECTAL
# ===========================================================================

@case("lab12-colorectal-01", "colorectal", svc_hc("J9303"), "supported", "2025-05-09",
      "Panitumumab (J9303) with FOLFOX first line for left-sided RAS wild-type metastatic colorectal cancer.",
      "Vectibix label 1: wild-type RAS (KRAS and NRAS exons 2, 3, 4) metastatic colorectal cancer, first line with FOLFOX (PRIME) or as monotherapy after fluoropyrimidine, oxaliplatin and irinotecan; also with sotorasib for KRAS G12C after those chemotherapies. Not indicated for RAS-mutant or unknown-RAS mCRC outside the sotorasib combination.",
      "Extended RAS testing (KRAS and NRAS exons 2-4) wild-type; first-line FOLFOX partner.")
def crc_01(cid, date):
    c = Chart(cid, date, "male", "1966-10-10", "Tomasz", "Wieczorek", mcode=True)
    c.condition(cc(SCT, "363406005", "Malignant tumor of colon", "Adenocarcinoma of sigmoid colon"),
                "2025-03-18", profile="mcode-primary-cancer-condition", body_site="Sigmoid colon", primary=True)
    c.condition(cc(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "Liver metastases"),
                "2025-03-25", profile="mcode-secondary-cancer-condition")
    c.stage("21908-9", "IVA", "2025-03-28", t="cT3", n="cN1", m="cM1a")
    for gene, note in (("KRAS", "KRAS exons 2, 3 and 4 wild-type (codons 12, 13, 59, 61, 117, 146)"),
                       ("NRAS", "NRAS exons 2, 3 and 4 wild-type"),
                       ("BRAF", "BRAF V600E not detected")):
        c.variant(gene, "2025-04-08", present=False, note=note, method="Tissue NGS 50-gene panel")
    c.marker("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative",
             "Microsatellite stable (MSS)", "2025-04-08")
    c.procedure("45380", "2025-03-18", note="Colonoscopy: fungating sigmoid mass at 30 cm, biopsied")
    c.procedure("81445", "2025-04-08")
    c.qty("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", 48.2, "ng/mL", "ng/mL", "2025-04-01")
    c.comorbid("I10", "Essential (primary) hypertension", "2013-03-03")
    c.home_med("hydrochlorothiazide", "2013-03-03", "25 mg daily")
    c.ecog(0, "2025-05-02", mcode=True)
    c.cbc_cmp("2025-05-02")
    c.request(hc("J9303"), date, "6 mg/kg IV every 14 days with FOLFOX", mcode=True)
    return c


@case("lab12-colorectal-02", "colorectal", svc_hc("J9299"), "refer-to-reviewer", "2025-05-16",
      "Nivolumab (J9299) requested after FOLFOX and FOLFIRI for microsatellite-stable, mismatch-repair-proficient metastatic colorectal cancer.",
      "Opdivo label 1 (CRC): MSI-H or dMMR metastatic colorectal cancer - after fluoropyrimidine, oxaliplatin and irinotecan as a single agent or with ipilimumab (CheckMate 142), or first line with ipilimumab (CheckMate 8HW).",
      "MMR IHC proficient (all four proteins retained) and MSI PCR stable contradict the MSI-H/dMMR requirement of every nivolumab CRC indication.")
def crc_02(cid, date):
    c = Chart(cid, date, "female", "1959-12-30", "Ruth", "Abernathy")
    c.condition(txt("Metastatic adenocarcinoma of ascending colon (liver, peritoneum)"), "2023-09-14", primary=True)
    c.text_obs("Mismatch repair IHC", "MLH1 retained, PMS2 retained, MSH2 retained, MSH6 retained - MMR PROFICIENT (pMMR)", "2023-09-20")
    c.text_obs("MSI by PCR (5 mononucleotide markers)", "MICROSATELLITE STABLE (MSS), 0/5 unstable", "2023-09-29")
    c.text_obs("KRAS", "G12V mutation detected", "2023-09-29")
    c.text_obs("Line 1", "FOLFOX + bevacizumab 10/2023-06/2024 - progression", "2024-06-20")
    c.text_obs("Line 2", "FOLFIRI + bevacizumab 07/2024-04/2025 - progression", "2025-04-28")
    c.administered(hc("J9263", "oxaliplatin 85 mg/m2"), "2023-10-05", "2024-06-06")
    c.administered(hc("J9206", "irinotecan 180 mg/m2"), "2024-07-08", "2025-04-14")
    c.administered(hc("J9035", "bevacizumab 5 mg/kg"), "2023-10-05", "2025-04-14")
    c.report("CT abdomen/pelvis", "2025-04-28", "Progression of hepatic metastases and new peritoneal nodularity.")
    c.comorbid("E11.9", "Type 2 diabetes mellitus without complications", "2010-10-10")
    c.home_med("metformin", "2010-10-10", "1000 mg twice daily")
    c.letter("Immunotherapy request", date,
             "Mrs. Abernathy has metastatic right-sided colon cancer, KRAS G12V, microsatellite "
             "stable, progressing after FOLFOX-bevacizumab and FOLFIRI-bevacizumab. She is "
             "interested in immunotherapy and has read about its benefit in colon cancer. We request "
             "nivolumab 480 mg every 4 weeks (J9299).")
    c.request(hc("J9299"), date, "480 mg IV every 4 weeks")
    return c


@case("lab12-colorectal-03", "colorectal", svc_rx("sotorasib"), "supported", "2025-05-23",
      "Sotorasib with panitumumab for KRAS G12C metastatic colorectal cancer after FOLFOX and FOLFIRI.",
      "Lumakras label 1 (CRC): with panitumumab for KRAS G12C-mutated metastatic colorectal cancer, as determined by an FDA-approved test, after prior fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (CodeBreaK 300, approved January 2025).",
      "KRAS G12C plus documented fluoropyrimidine, oxaliplatin and irinotecan exposure (HCPCS-coded administrations).")
def crc_03(cid, date):
    c = Chart(cid, date, "male", "1971-05-05", "Daniel", "Ostrowski")
    c.icd_snomed("C18.7", "Malignant neoplasm of sigmoid colon", "363406005", "Malignant tumor of colon",
                 "2023-11-06", primary=True)
    c.icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "2023-11-06")
    c.icd("C78.01", "Secondary malignant neoplasm of right lung", "2024-12-02")
    c.variant("KRAS", "2023-11-20", c_hgvs="NM_004985.5:c.34G>T", p_hgvs="NP_004976.2:p.Gly12Cys",
              note="KRAS G12C; NRAS and BRAF wild-type; MSS", method="Tissue NGS (FDA-approved test)")
    c.administered(hc("J9263", "oxaliplatin (FOLFOX)"), "2023-12-04", "2024-08-12")
    c.administered(hc("J9190", "fluorouracil bolus + infusion"), "2023-12-04", "2025-04-21")
    c.administered(hc("J9035", "bevacizumab"), "2023-12-04", "2025-04-21")
    c.administered(hc("J9206", "irinotecan (FOLFIRI)"), "2024-09-09", "2025-04-21")
    c.report("CT chest/abdomen/pelvis", "2025-05-05", "New bilateral pulmonary nodules and enlarging liver metastases on FOLFIRI-bevacizumab: progressive disease.")
    c.qty("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", 112.0, "ng/mL", "ng/mL", "2025-05-05")
    c.comorbid("K21.9", "Gastro-esophageal reflux disease without esophagitis", "2015-01-01")
    c.home_med("omeprazole", "2015-01-01", "20 mg daily")
    c.ecog(1, "2025-05-16")
    c.letter("Request - sotorasib with panitumumab", date,
             "Mr. Ostrowski has KRAS G12C-mutated metastatic sigmoid adenocarcinoma (liver, lung) that "
             "progressed on FOLFOX-bevacizumab and then FOLFIRI-bevacizumab. We request sotorasib "
             "960 mg daily with panitumumab 6 mg/kg every 2 weeks.")
    c.request(rx("sotorasib"), date, "960 mg by mouth once daily with panitumumab 6 mg/kg IV q14d")
    return c


@case("lab12-colorectal-04", "colorectal", svc_hc("J9271"), "needs-documentation", "2025-05-30",
      "First-line pembrolizumab (J9271) for newly diagnosed metastatic colon cancer; MSI/MMR status not in the record.",
      "Keytruda label 1 (CRC): first-line unresectable or metastatic MSI-H or dMMR colorectal cancer (KEYNOTE-177); the tumor-agnostic MSI-H/TMB-H indications require prior progression.",
      "First-line metastatic CRC is consistent with KEYNOTE-177, but MSI-H/dMMR is undocumented.",
      missing=["msi"])
def crc_04(cid, date):
    c = Chart(cid, date, "female", "1981-03-03", "Naomi", "Guerrero")
    c.icd("C18.0", "Malignant neoplasm of cecum", "2025-04-22", primary=True)
    c.icd("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "2025-04-22")
    c.report("CT abdomen/pelvis with contrast", "2025-04-18", "Cecal mass with omental caking and peritoneal implants; no liver lesions.")
    c.report("Surgical pathology - diagnostic laparoscopy, omental biopsy", "2025-04-25",
             "Metastatic adenocarcinoma with mucinous features and tumor-infiltrating lymphocytes, consistent with colonic primary. Ancillary studies requested.",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.stage("21908-9", "IVC", "2025-04-28", t="cT4a", n="cN1", m="cM1c", mcode=False)
    c.comorbid("F41.1", "Generalized anxiety disorder", "2019-09-09")
    c.home_med("sertraline", "2019-09-09", "50 mg daily")
    c.ecog(1, "2025-05-23")
    c.cbc_cmp("2025-05-23", hgb=10.6)
    c.claim("J9271", 200, date, [("C18.0", "Malignant neoplasm of cecum"),
                                 ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum")])
    c.letter("Pembrolizumab request", date,
             "Ms. Guerrero is a 44-year-old with newly diagnosed metastatic cecal adenocarcinoma "
             "with peritoneal carcinomatosis, no prior systemic therapy. We request first-line "
             "pembrolizumab 200 mg every 3 weeks (J9271).")
    return c


@case("lab12-colorectal-05", "colorectal", svc_hc("Q5107"), "supported", "2025-06-06",
      "Biosimilar bevacizumab (Mvasi, Q5107) with FOLFIRI second line after progression on FOLFOX plus bevacizumab.",
      "Mvasi label 1: metastatic colorectal cancer with intravenous fluorouracil-based chemotherapy first or second line, and with fluoropyrimidine-irinotecan or -oxaliplatin chemotherapy second line after progression on a first-line bevacizumab-product regimen (ML18147/TML; E3200).",
      "Metastatic, progressed on first-line FOLFOX + bevacizumab (J9035); second-line FOLFIRI partner.")
def crc_05(cid, date):
    c = Chart(cid, date, "male", "1958-08-18", "Emeka", "Adeyemi")
    c.icd("C20", "Malignant neoplasm of rectum", "2024-02-05", primary=True)
    c.icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "2024-02-05")
    c.composition("GI oncology note", "2025-05-30", [
        ("History", "Metastatic rectal adenocarcinoma to liver (synchronous), KRAS G12D, MSS. First line "
                    "FOLFOX + bevacizumab 03/2024 - 04/2025 with initial partial response."),
        ("Restaging", "CT 05/21/2025: enlarging hepatic metastases (segment 8: 3.2 -> 4.5 cm) and new "
                      "segment 3 lesion. Progressive disease."),
        ("Plan", "Second line FOLFIRI with continued VEGF blockade using biosimilar bevacizumab "
                 "(Mvasi) 5 mg/kg every 2 weeks per plan formulary."),
    ])
    c.administered(hc("J9263"), "2024-03-04", "2025-04-14")
    c.administered(hc("J9190"), "2024-03-04", "2025-04-14")
    c.administered(hc("J9035", "bevacizumab 5 mg/kg"), "2024-03-04", "2025-04-14")
    c.variant("KRAS", "2024-02-20", c_hgvs="NM_004985.5:c.35G>A", p_hgvs="NP_004976.2:p.Gly12Asp")
    c.comorbid("I10", "Essential (primary) hypertension", "2009-09-09")
    c.home_med("metoprolol", "2009-09-09", "50 mg daily")
    c.vitals("2025-05-30", 84.0, 136, 84)
    c.qty("2889-4", "Protein [Mass/time] in 24 hour Urine", 0.12, "g/(24.h)", "g/(24.h)", "2025-05-28")
    c.request(hc("Q5107"), date, "5 mg/kg IV every 14 days with FOLFIRI")
    return c


@case("lab12-colorectal-06", "colorectal", svc_rx("capecitabine"), "needs-documentation", "2025-06-13",
      "Adjuvant capecitabine after sigmoid colectomy; the pathologic stage is not in the record.",
      "Capecitabine label 1 (CRC): adjuvant treatment of stage III colon cancer (X-ACT), perioperative chemoradiotherapy for locally advanced rectal cancer, or unresectable/metastatic colorectal cancer.",
      "Resected colon cancer without metastases is consistent with the stage III adjuvant indication, but the stage (nodal status) is not documented.",
      missing=["stage"])
def crc_06(cid, date):
    c = Chart(cid, date, "female", "1952-01-29", "Margaret", "Lindqvist")
    c.icd("C18.7", "Malignant neoplasm of sigmoid colon", "2025-04-14", primary=True)
    c.procedure("44204", "2025-05-06", note="Laparoscopic sigmoid colectomy; final pathology to follow")
    c.report("CT chest/abdomen/pelvis (preoperative staging)", "2025-04-18", "Sigmoid wall thickening; no hepatic or pulmonary metastases.")
    c.qty("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", 2.1, "ng/mL", "ng/mL", "2025-06-02")
    c.comorbid("E78.5", "Hyperlipidemia, unspecified", "2005-05-05")
    c.comorbid("M81.0", "Age-related osteoporosis without current pathological fracture", "2016-06-06")
    c.home_med("atorvastatin", "2005-05-05", "20 mg daily")
    c.text_obs("DPYD genotype", "No DPYD*2A, c.2846A>T, c.1679T>G or c.1236G>A variants detected", "2025-06-04")
    c.ecog(0, "2025-06-06")
    c.letter("Adjuvant chemotherapy authorization", date,
             "Mrs. Lindqvist, 73, underwent laparoscopic sigmoid colectomy on 05/06/2025 for "
             "adenocarcinoma. She has recovered well; there is no evidence of distant disease. "
             "Given her age and preference to avoid oxaliplatin neuropathy, I recommend adjuvant "
             "single-agent capecitabine 1250 mg/m2 twice daily days 1-14 every 21 days for 8 cycles.")
    c.request(rx("capecitabine"), date, "1250 mg/m2 by mouth twice daily days 1-14 q21d x 8 cycles")
    return c


@case("lab12-colorectal-07", "colorectal", svc_hc("J9055"), "supported", "2025-06-20",
      "Cetuximab (J9055) with FOLFIRI first line for EGFR-expressing, KRAS/NRAS wild-type metastatic colon cancer.",
      "Erbitux label 1 (CRC): K-Ras wild-type, EGFR-expressing metastatic colorectal cancer as determined by an FDA-approved test, with FOLFIRI first line (CRYSTAL), with irinotecan after irinotecan failure, or as a single agent; with encorafenib for BRAF V600E after prior therapy. Not indicated for RAS-mutant disease.",
      "KRAS and NRAS wild-type, EGFR IHC positive, first line with FOLFIRI; all recorded as text-only lab rows.")
def crc_07(cid, date):
    c = Chart(cid, date, "female", "1968-04-04", "Hannah", "Kristiansen")
    c.condition(txt("Metastatic adenocarcinoma of descending colon with liver metastases (unresectable)"), "2025-05-02", primary=True)
    c.text_obs("KRAS (exons 2,3,4)", "Wild type", "2025-05-16")
    c.text_obs("NRAS (exons 2,3,4)", "Wild type", "2025-05-16")
    c.text_obs("BRAF V600E", "Not detected", "2025-05-16")
    c.text_obs("EGFR IHC (pharmDx)", "POSITIVE - membranous staining in 40% of tumor cells", "2025-05-16")
    c.text_obs("MMR IHC", "Intact (proficient)", "2025-05-16")
    c.text_obs("CEA", "36.4 ng/mL", "2025-05-20")
    c.report("MRI liver", "2025-05-08", "Seven bilobar hepatic metastases, largest 5.2 cm; deemed unresectable by hepatobiliary surgery.")
    c.comorbid("E03.9", "Hypothyroidism, unspecified", "2011-01-01")
    c.home_med("omeprazole", "2018-08-08", "20 mg daily")
    c.text_obs("ECOG", "0", "2025-06-13", category=CAT_SURVEY)
    c.cbc_cmp("2025-06-13")
    c.request(hc("J9055"), date, "400 mg/m2 IV loading dose then 250 mg/m2 weekly with FOLFIRI")
    return c


@case("lab12-colorectal-08", "colorectal", svc_rx("adagrasib"), "refer-to-reviewer", "2025-06-27",
      "Adagrasib with cetuximab requested for metastatic colorectal cancer whose KRAS mutation is G12D, not G12C.",
      "Krazati label 1 (CRC): with cetuximab for KRAS G12C-mutated locally advanced or metastatic colorectal cancer after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (KRYSTAL-1).",
      "KRAS G12D is documented and G12C explicitly not detected; 'KRAS-mutant' is not the labelled biomarker.")
def crc_08(cid, date):
    c = Chart(cid, date, "male", "1961-09-21", "Viktor", "Hallström", mcode=True)
    c.condition(cc(SCT, "363406005", "Malignant tumor of colon", "Adenocarcinoma of transverse colon, metastatic"),
                "2023-07-11", profile="mcode-primary-cancer-condition", body_site="Transverse colon", primary=True)
    c.stage("21908-9", "IVB", "2023-07-20", t="cT4a", n="cN2a", m="cM1b")
    c.variant("KRAS", "2023-07-28", c_hgvs="NM_004985.5:c.35G>A", p_hgvs="NP_004976.2:p.Gly12Asp",
              note="KRAS G12D detected; KRAS G12C not detected", method="Tissue NGS")
    c.administered(hc("J9263"), "2023-08-14", "2024-03-25", mcode=True)
    c.administered(hc("J9190"), "2023-08-14", "2025-05-19", mcode=True)
    c.administered(hc("J9206"), "2024-04-15", "2025-05-19", mcode=True)
    c.disease_status("Progressive disease", "2025-06-02", evidence="CT 2025-06-02: new lung and nodal metastases")
    c.ecog(1, "2025-06-20", mcode=True)
    c.home_med("tamsulosin", "2020-02-20", "0.4 mg nightly")
    c.request(rx("adagrasib"), date, "600 mg by mouth twice daily with cetuximab 500 mg/m2 q2w", mcode=True,
              note="KRAS-mutant mCRC refractory to fluoropyrimidine, oxaliplatin and irinotecan")
    return c


@case("lab12-colorectal-09", "colorectal", svc_rx("encorafenib"), "supported", "2025-07-04",
      "Encorafenib with cetuximab for BRAF V600E metastatic colon cancer after first-line FOLFOX.",
      "Braftovi label 1 (CRC): with cetuximab for metastatic colorectal cancer with a BRAF V600E mutation after prior therapy (BEACON CRC); with cetuximab and mFOLFOX6 first line (BREAKWATER). Not for wild-type BRAF CRC.",
      "BRAF V600E (c.1799T>A) documented; progressed after FOLFOX.")
def crc_09(cid, date):
    c = Chart(cid, date, "female", "1963-06-26", "Colette", "Baptiste")
    c.icd_snomed("C18.2", "Malignant neoplasm of ascending colon", "363406005", "Malignant tumor of colon",
                 "2024-08-12", primary=True)
    c.icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "2024-08-12")
    c.variant("BRAF", "2024-08-26", c_hgvs="NM_004333.6:c.1799T>A", p_hgvs="NP_004324.2:p.Val600Glu",
              note="BRAF V600E; KRAS/NRAS wild-type; MSS", method="Tissue NGS")
    c.stage("21908-9", "IVA", "2024-08-20", t="cT3", n="cN2b", m="cM1a", mcode=False)
    c.administered(hc("J9263", "oxaliplatin"), "2024-09-09", "2025-05-12")
    c.administered(hc("J9190", "fluorouracil"), "2024-09-09", "2025-05-12")
    c.report("CT chest/abdomen/pelvis", "2025-06-16", "Progression of hepatic metastases and new retroperitoneal adenopathy after 8 months of FOLFOX.")
    c.comorbid("I10", "Essential (primary) hypertension", "2015-02-02")
    c.home_med("hydrochlorothiazide", "2015-02-02", "12.5 mg daily")
    c.ecog(1, "2025-06-27")
    c.letter("Letter of medical necessity - encorafenib", date,
             "Ms. Baptiste has BRAF V600E-mutant metastatic adenocarcinoma of the ascending colon, "
             "progressing after first-line FOLFOX. We request encorafenib 300 mg daily with "
             "cetuximab 500 mg/m2 every 2 weeks as second-line therapy.")
    c.request(rx("encorafenib"), date, "300 mg by mouth once daily with cetuximab")
    return c


@case("lab12-colorectal-10", "colorectal", svc_hc("Q5118"), "refer-to-reviewer", "2025-07-11",
      "Biosimilar bevacizumab (Zirabev, Q5118) added to adjuvant FOLFOX after resection of stage IIIB colon cancer.",
      "Zirabev label 1: metastatic colorectal cancer with fluoropyrimidine-based chemotherapy; limitation of use: not indicated for adjuvant treatment of colon cancer (NSABP C-08, AVANT negative).",
      "Resected stage III disease with no metastases: the adjuvant setting is an explicit limitation of use.")
def crc_10(cid, date):
    c = Chart(cid, date, "male", "1974-12-12", "Marcus", "Delgado")
    c.icd("C18.2", "Malignant neoplasm of ascending colon", "2025-05-19", primary=True)
    c.procedure("44160", "2025-05-29", note="Laparoscopic right hemicolectomy")
    c.composition("Pathology and adjuvant plan", "2025-07-03", [
        ("Pathology", "Right hemicolectomy: adenocarcinoma of ascending colon, 4.8 cm, invades through "
                      "muscularis propria into pericolic fat (pT3), 3 of 22 lymph nodes positive (pN1b), "
                      "margins negative. Stage IIIB. pMMR."),
        ("Staging", "Postoperative CT chest/abdomen/pelvis: no distant metastases."),
        ("Plan", "Adjuvant FOLFOX x 12 with Zirabev (bevacizumab-bvzr) 5 mg/kg q2w for additional risk reduction."),
    ])
    c.stage("21902-2", "IIIB", "2025-06-03", t="pT3", n="pN1b", m="cM0", mcode=False)
    c.comorbid("E66.9", "Obesity, unspecified", "2015-01-01")
    c.home_med("atorvastatin", "2019-04-04", "10 mg daily")
    c.service_request(hc("Q5118"), date, note="Adjuvant FOLFOX + Zirabev, 12 cycles")
    return c


@case("lab12-colorectal-11", "colorectal", svc_rx("capecitabine"), "supported", "2025-07-18",
      "Adjuvant single-agent capecitabine after right hemicolectomy for pathologic stage IIIB colon cancer.",
      "Capecitabine label 1 (CRC): adjuvant treatment of adults with stage III colon cancer as a single agent or as part of combination chemotherapy (X-ACT, XELOXA).",
      "Pathologic stage IIIB (pT3 pN1a M0) after complete resection, mCODE-encoded.")
def crc_11(cid, date):
    c = Chart(cid, date, "male", "1948-05-15", "Otto", "Brandvold", mcode=True)
    c.condition(cc(SCT, "363406005", "Malignant tumor of colon", "Adenocarcinoma of hepatic flexure"),
                "2025-05-12", profile="mcode-primary-cancer-condition", body_site="Hepatic flexure of colon", primary=True)
    c.procedure("44160", "2025-06-02", note="Open right hemicolectomy")
    c.stage("21902-2", "IIIB", "2025-06-06", t="pT3", n="pN1a", m="cM0")
    c.marker("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative",
             "Microsatellite stable (MSS); MMR proteins intact", "2025-06-10")
    c.comorbid("I48.91", "Unspecified atrial fibrillation", "2017-07-07")
    c.comorbid("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "2012-12-12")
    c.home_med("metoprolol", "2017-07-07", "25 mg twice daily")
    c.home_med("tamsulosin", "2012-12-12", "0.4 mg daily")
    c.qty("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.1, "mg/dL", "mg/dL", "2025-07-10")
    c.ecog(1, "2025-07-10", mcode=True)
    c.request(rx("capecitabine"), date, "1250 mg/m2 by mouth twice daily days 1-14 every 21 days x 8 cycles", mcode=True)
    return c


@case("lab12-colorectal-12", "colorectal", svc_rx("tucatinib"), "needs-documentation", "2025-07-25",
      "Tucatinib with trastuzumab for RAS wild-type metastatic colorectal cancer after FOLFOX and FOLFIRI; HER2 status not documented.",
      "Tukysa label 1.2: with trastuzumab for RAS wild-type, HER2-positive unresectable or metastatic colorectal cancer that progressed after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (MOUNTAINEER).",
      "RAS wild-type and all three prior chemotherapy classes are documented; HER2 positivity is not.",
      missing=["her2"])
def crc_12(cid, date):
    c = Chart(cid, date, "female", "1970-07-07", "Irene", "Papadakis")
    c.condition(txt("Metastatic rectosigmoid adenocarcinoma, liver and lung metastases"), "2023-03-01", primary=True)
    c.text_obs("KRAS/NRAS extended RAS panel", "WILD TYPE (KRAS and NRAS exons 2, 3, 4)", "2023-03-15")
    c.text_obs("BRAF V600E", "Not detected", "2023-03-15")
    c.text_obs("MSI", "Stable", "2023-03-15")
    c.administered(hc("J9263"), "2023-04-03", "2023-12-18", note="FOLFOX + panitumumab")
    c.administered(hc("J9190"), "2023-04-03", "2025-06-02")
    c.administered(hc("J9206"), "2024-01-15", "2025-06-02", note="FOLFIRI + bevacizumab")
    c.report("CT chest/abdomen/pelvis", "2025-06-16", "Further progression of liver and lung metastases on FOLFIRI-bevacizumab.")
    c.text_obs("Tissue send-out", "Additional IHC/ISH studies on 2023 liver biopsy requested 06/20/2025", "2025-06-20")
    c.comorbid("E11.9", "Type 2 diabetes mellitus without complications", "2014-04-14")
    c.home_med("metformin", "2014-04-14", "500 mg twice daily")
    c.text_obs("ECOG", "1", "2025-07-18", category=CAT_SURVEY)
    c.letter("Tucatinib + trastuzumab request", date,
             "Ms. Papadakis has RAS wild-type metastatic rectosigmoid cancer that has progressed after "
             "FOLFOX-panitumumab and FOLFIRI-bevacizumab (fluoropyrimidine, oxaliplatin and "
             "irinotecan all received). We request tucatinib 300 mg twice daily with trastuzumab "
             "8 mg/kg then 6 mg/kg every 21 days.")
    c.request(rx("tucatinib"), date, "300 mg by mouth twice daily with trastuzumab q21d")
    return c

# ===========================================================================
# PROSTATE
# ===========================================================================

def psa_series(c, values):
    for d, v in values:
        c.psa(v, d)


@case("lab12-prostate-01", "prostate", svc_hc("A9607"), "supported", "2025-05-12",
      "Lutetium Lu 177 vipivotide tetraxetan (Pluvicto, A9607) for PSMA-positive mCRPC after enzalutamide and docetaxel.",
      "Pluvicto label 1: PSMA-positive metastatic castration-resistant prostate cancer treated with an androgen receptor pathway inhibitor and either taxane chemotherapy or considered appropriate to delay taxane (VISION; PSMAfore).",
      "PSMA PET positive, castrate testosterone with rising PSA, prior ARPI and docetaxel.")
def pros_01(cid, date):
    c = Chart(cid, date, "male", "1950-03-30", "Frederick", "Osei", mcode=True)
    c.condition(cc(SCT, "399068003", "Malignant tumor of prostate", "Prostate adenocarcinoma, metastatic castration-resistant"),
                "2019-06-10", profile="mcode-primary-cancer-condition", body_site="Prostate", primary=True)
    c.condition(cc(ICD10, "C79.51", "Secondary malignant neoplasm of bone", "Bone metastases"), "2021-02-01",
                profile="mcode-secondary-cancer-condition")
    c.icd("Z19.2", "Hormone resistant malignancy status", "2023-04-01")
    c.administered(hc("J9217", "Eligard 22.5 mg q3 months"), "2021-02-08", "2025-04-28", mcode=True)
    c.statement(rx("enzalutamide"), "2023-05-01", "2024-06-15", note="Progression on enzalutamide")
    for d in ["2024-07-08", "2024-07-29", "2024-08-19", "2024-09-09", "2024-09-30", "2024-10-21"]:
        c.administered(hc("J9171", "docetaxel 75 mg/m2 with prednisone"), d, mcode=True)
    c.testosterone_ngdl(18, "2025-04-14")
    psa_series(c, [("2025-01-13", 6.2), ("2025-02-24", 11.8), ("2025-04-14", 24.5)])
    c.report("Ga-68 gozetotide (PSMA-11) PET/CT", "2025-04-22",
             "Multiple PSMA-avid osseous metastases (spine, pelvis, ribs) and retroperitoneal nodes with uptake greater than liver; no PSMA-negative FDG-only lesions. PSMA-positive disease meeting VISION criteria.",
             loinc=("18748-4", "Diagnostic imaging study"), category="NMR")
    c.disease_status("Progressive disease (biochemical and radiographic)", "2025-04-22")
    c.cbc_cmp("2025-05-05", hgb=10.9, plt=168, anc=2.6, cr=1.0)
    c.ecog(1, "2025-05-05", mcode=True)
    c.request(hc("A9607"), date, "7.4 GBq (200 mCi) IV every 6 weeks for up to 6 doses", mcode=True)
    return c


@case("lab12-prostate-02", "prostate", svc_hc("A9606"), "refer-to-reviewer", "2025-05-19",
      "Radium-223 (Xofigo, A9606) requested for painful bone metastases in mCRPC with biopsy-proven liver metastases.",
      "Xofigo label 1: castration-resistant prostate cancer with symptomatic bone metastases and no known visceral metastatic disease (ALSYMPCA).",
      "Documented hepatic metastases contradict the 'no known visceral metastatic disease' condition.")
def pros_02(cid, date):
    c = Chart(cid, date, "male", "1946-11-02", "Harold", "Mbeki")
    c.condition(txt("Metastatic castration-resistant prostate cancer - bone and liver"), "2018-04-04", primary=True)
    c.text_obs("Testosterone, total", "<20 ng/dL (castrate) on leuprolide", "2025-04-21")
    c.text_obs("PSA trend", "3.1 (01/2025) -> 9.7 (03/2025) -> 21.4 ng/mL (04/2025)", "2025-04-21")
    c.report("Bone scan, whole body", "2025-04-24", "Numerous new osseous metastases in thoracic spine, pelvis and left femur.")
    c.report("CT abdomen/pelvis with contrast", "2025-04-24",
             "Three new hypoattenuating liver lesions up to 2.7 cm; percutaneous biopsy 05/02/2025 confirmed metastatic prostatic adenocarcinoma (NKX3.1 positive).")
    c.text_obs("Pain assessment", "Left hip and lumbar pain 6/10 requiring oxycodone", "2025-05-12")
    c.administered(hc("J9217", "leuprolide 22.5 mg"), "2018-05-01", "2025-04-21")
    c.statement(rx("abiraterone"), "2022-02-01", "2024-11-20", note="abiraterone + prednisone; progression")
    c.comorbid("N18.30", "Chronic kidney disease, stage 3 unspecified", "2020-02-02")
    c.home_med("tamsulosin", "2015-05-05", "0.4 mg nightly")
    c.claim("A9606", 119, date, [("C61", "Malignant neoplasm of prostate"),
                               ("C79.51", "Secondary malignant neoplasm of bone"),
                               ("Z19.2", "Hormone resistant malignancy status")])
    c.letter("Xofigo request", date,
             "Mr. Mbeki has castration-resistant prostate cancer with symptomatic bone metastases "
             "despite abiraterone. We request radium-223, 55 kBq/kg every 4 weeks for 6 injections.")
    return c


@case("lab12-prostate-03", "prostate", svc_rx("abiraterone"), "supported", "2025-05-26",
      "Abiraterone with prednisone and ADT for de novo high-risk metastatic castration-sensitive prostate cancer (Gleason 9, 7 bone lesions).",
      "Zytiga label 1: metastatic castration-resistant prostate cancer (COU-AA-301/302) and metastatic high-risk castration-sensitive prostate cancer (LATITUDE: at least two of Gleason >=8, >=3 bone lesions, visceral metastases).",
      "Two LATITUDE high-risk features (Gleason 4+5=9, 7 bone lesions) on ADT.")
def pros_03(cid, date):
    c = Chart(cid, date, "male", "1959-08-08", "Curtis", "Fairweather")
    c.icd_snomed("C61", "Malignant neoplasm of prostate", "399068003", "Malignant tumor of prostate",
                 "2025-04-09", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2025-04-15")
    c.icd("Z19.1", "Hormone sensitive malignancy status", "2025-04-15")
    c.report("Prostate biopsy pathology", "2025-04-09",
             "Prostatic adenocarcinoma, Gleason score 4+5=9 (Grade Group 5), 10 of 12 cores.",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.report("Bone scan, whole body", "2025-04-15", "Seven osseous metastases (T4, T11, L3, sacrum, both iliac bones, right 6th rib).")
    c.procedure("78306", "2025-04-15")
    c.stage("21908-9", "IVB", "2025-04-16", t="cT3a", n="cN1", m="cM1b", mcode=False)
    c.psa(142.0, "2025-04-02")
    c.administered(hc("J9217", "leuprolide 22.5 mg"), "2025-04-18")
    c.testosterone_ngdl(36, "2025-05-19")
    c.comorbid("E11.9", "Type 2 diabetes mellitus without complications", "2015-03-03")
    c.comorbid("I10", "Essential (primary) hypertension", "2015-03-03")
    c.home_med("metformin", "2015-03-03", "1000 mg twice daily")
    c.ecog(0, "2025-05-19")
    c.letter("Abiraterone request", date,
             "Mr. Fairweather has newly diagnosed metastatic castration-sensitive prostate cancer, "
             "Gleason 9, with seven bone metastases on bone scan (high-risk/high-volume). ADT with "
             "leuprolide began 04/18/2025. Requesting abiraterone 1000 mg daily with prednisone 5 mg daily.")
    c.request(rx("abiraterone"), date, "1000 mg by mouth once daily with prednisone 5 mg daily and continued ADT")
    return c


@case("lab12-prostate-04", "prostate", svc_hc("J9043"), "needs-documentation", "2025-06-02",
      "Cabazitaxel (J9043) requested for mCRPC progressing on enzalutamide; no docetaxel exposure documented.",
      "Jevtana label 1: with prednisone for metastatic castration-resistant prostate cancer previously treated with a docetaxel-containing regimen (TROPIC; CARD).",
      "Castration resistance and metastases are documented; the prior docetaxel requirement is not.",
      missing=["prior_therapy"])
def pros_04(cid, date):
    c = Chart(cid, date, "male", "1954-02-17", "Leonard", "Achterberg")
    c.icd("C61", "Malignant neoplasm of prostate", "2020-09-14", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2022-01-10")
    c.icd("Z19.2", "Hormone resistant malignancy status", "2023-08-01")
    c.administered(hc("J9217"), "2022-01-17", "2025-05-05")
    c.statement(rx("enzalutamide"), "2023-08-15", "2025-05-01", note="progression")
    c.testosterone_nmol(0.6, "2025-05-05")
    psa_series(c, [("2025-01-06", 4.4), ("2025-03-03", 9.1), ("2025-05-05", 17.3)])
    c.report("Bone scan", "2025-05-12", "New lesions in the sternum and right scapula compared with 11/2024; progression.")
    c.comorbid("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2016-06-06")
    c.home_med("atorvastatin", "2016-06-06", "80 mg daily")
    c.home_med("metoprolol", "2016-06-06", "25 mg twice daily")
    c.ecog(1, "2025-05-26")
    c.cbc_cmp("2025-05-26", anc=3.3)
    c.letter("Cabazitaxel authorization request", date,
             "Mr. Achterberg is a 71-year-old with metastatic castration-resistant prostate cancer "
             "(testosterone 0.6 nmol/L on leuprolide) with rising PSA and new bone lesions after "
             "20 months of enzalutamide. Prior oncologic history is per the transferring "
             "institution's records (not yet received). Requesting cabazitaxel 20 mg/m2 every "
             "3 weeks with prednisone 10 mg daily and G-CSF support.")
    c.request(hc("J9043"), date, "20 mg/m2 IV every 3 weeks with prednisone 10 mg daily")
    return c


@case("lab12-prostate-05", "prostate", svc_hc("J9171"), "supported", "2025-06-09",
      "Docetaxel (J9171) with prednisone for mCRPC after abiraterone, castrate testosterone reported in nmol/L.",
      "Docetaxel label 1 (prostate): with prednisone for metastatic castration-resistant prostate cancer (TAX 327).",
      "Testosterone 0.5 nmol/L (about 14 ng/dL) on degarelix with three rising PSA values and new bone metastases.")
def pros_05(cid, date):
    c = Chart(cid, date, "male", "1957-10-27", "Ramon", "Quintero")
    c.icd("C61", "Malignant neoplasm of prostate", "2021-11-22", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2021-11-22")
    c.icd("C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes", "2025-05-20")
    c.administered(hc("J9155", "degarelix 80 mg monthly"), "2021-12-01", "2025-05-15")
    c.statement(rx("abiraterone"), "2021-12-15", "2025-04-30", note="mCSPC; progressed")
    c.testosterone_nmol(0.5, "2025-05-15")
    psa_series(c, [("2025-01-15", 2.1), ("2025-03-15", 5.6), ("2025-05-15", 13.9)])
    c.composition("GU oncology consult", "2025-06-02", [
        ("Assessment", "Metastatic castration-resistant prostate cancer: castrate testosterone "
                       "(0.5 nmol/L) on degarelix with PSA rising 2.1 -> 5.6 -> 13.9 ng/mL and new "
                       "bone and retroperitoneal nodal disease on CT/bone scan 05/20/2025, after "
                       "abiraterone for castration-sensitive disease."),
        ("Plan", "Docetaxel 75 mg/m2 every 3 weeks with prednisone 5 mg twice daily, up to 10 cycles."),
    ])
    c.report("CT abdomen/pelvis + bone scan", "2025-05-20", "New retroperitoneal adenopathy (2.2 cm) and new lesions in L1 and right ilium.")
    c.administered(hc("J0897", "denosumab 120 mg"), "2025-05-15")
    c.comorbid("G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2014-04-04")
    c.ecog(1, "2025-06-02")
    c.cbc_cmp("2025-06-02", anc=4.0)
    c.request(hc("J9171"), date, "75 mg/m2 IV every 3 weeks with prednisone 5 mg twice daily")
    return c


@case("lab12-prostate-06", "prostate", svc_rx("enzalutamide"), "needs-documentation", "2025-06-16",
      "Enzalutamide for biochemical recurrence after prostatectomy and salvage radiation in a hormone-naive man; PSA doubling time not documented.",
      "Xtandi label 1: CRPC, metastatic CSPC (ARCHES), and non-metastatic CSPC with biochemical recurrence at high risk for metastasis (EMBARK: PSADT <=9 months).",
      "Non-metastatic, castration-sensitive biochemical recurrence is documented by a single PSA; the high-risk criterion (PSA doubling time) cannot be derived.",
      missing=["psa"])
def pros_06(cid, date):
    c = Chart(cid, date, "male", "1961-01-05", "Gerald", "Hutchins", mcode=True)
    c.condition(cc(SCT, "399068003", "Malignant tumor of prostate", "Prostate adenocarcinoma, biochemically recurrent"),
                "2019-03-12", profile="mcode-primary-cancer-condition", body_site="Prostate", primary=True)
    c.procedure("55866", "2019-05-20", note="Robotic radical prostatectomy: pT3a pN0, Gleason 4+3, positive apical margin")
    c.stage("21902-2", "IIIB", "2019-05-28", t="pT3a", n="pN0", m="cM0")
    c.procedure("77301", "2021-08-02", note="Salvage radiation to prostate bed, 66 Gy (completed 09/2021), no ADT")
    c.psa(1.8, "2025-05-28")
    c.testosterone_ngdl(412, "2025-05-28")
    c.report("Piflufolastat F-18 PSMA PET/CT", "2025-06-04",
             "No PSMA-avid local, nodal, osseous or visceral disease. No evidence of metastasis.",
             category="NMR")
    c.disease_status("Biochemical recurrence without radiographic disease", "2025-06-04")
    c.comorbid("E78.5", "Hyperlipidemia, unspecified", "2012-02-02")
    c.home_med("rosuvastatin", "2012-02-02", "10 mg daily")
    c.ecog(0, "2025-06-09", mcode=True)
    c.request(rx("enzalutamide"), date, "160 mg by mouth once daily as monotherapy or with leuprolide", mcode=True,
              note="Rising PSA after prostatectomy and salvage RT; earlier PSA values at outside lab")
    return c


@case("lab12-prostate-07", "prostate", svc_rx("apalutamide"), "supported", "2025-06-23",
      "Apalutamide with ADT for low-volume metastatic castration-sensitive prostate cancer.",
      "Erleada label 1: metastatic castration-sensitive prostate cancer (TITAN) and non-metastatic castration-resistant prostate cancer (SPARTAN); the label states no PSA doubling-time threshold.",
      "Metastatic (two bone lesions + nodes) castration-sensitive disease on goserelin; text-only flowsheet encodings.")
def pros_07(cid, date):
    c = Chart(cid, date, "male", "1966-07-14", "Andre", "Villeneuve")
    c.condition(txt("Metastatic hormone-sensitive prostate cancer (mHSPC), bone + pelvic nodes"), "2025-04-28", primary=True)
    c.text_obs("Biopsy", "Acinar adenocarcinoma, Gleason 4+4=8", "2025-04-10")
    c.text_obs("PSMA PET (Ga-68)", "Avid prostate primary, 3 pelvic nodes, 2 bone lesions (L4, right acetabulum)", "2025-04-25")
    c.text_obs("PSA", "38.5 ng/mL", "2025-04-08")
    c.text_obs("Testosterone", "489 ng/dL (pre-ADT)", "2025-04-08")
    c.home_med("tamsulosin", "2019-01-01", "0.4 mg nightly")
    c.administered(txt("Zoladex (goserelin) 10.8 mg SC implant"), "2025-05-05")
    c.comorbid("I10", "Essential (primary) hypertension", "2018-08-08")
    c.home_med("hydrochlorothiazide", "2018-08-08", "25 mg daily")
    c.text_obs("ECOG", "0", "2025-06-16", category=CAT_SURVEY)
    c.letter("Apalutamide request", date,
             "Mr. Villeneuve has newly diagnosed metastatic castration-sensitive prostate cancer "
             "(low volume: two bone metastases and pelvic nodes). Goserelin started 05/05/2025. "
             "We request apalutamide 240 mg daily in combination with continuous ADT.")
    c.request(rx("apalutamide"), date, "240 mg by mouth once daily with continuous ADT")
    return c


@case("lab12-prostate-08", "prostate", svc_hc("A9607"), "refer-to-reviewer", "2025-06-30",
      "Pluvicto (A9607) requested for mCRPC whose PSMA PET shows no PSMA-avid disease and FDG-avid liver and bone lesions.",
      "Pluvicto label 1: PSMA-positive mCRPC only, with patient selection by PSMA PET (VISION excluded PSMA-negative lesions).",
      "PSMA PET negative (no lesion above liver uptake) contradicts the PSMA-positive requirement.")
def pros_08(cid, date):
    c = Chart(cid, date, "male", "1952-04-04", "Stanley", "Kaczmarek")
    c.icd("C61", "Malignant neoplasm of prostate", "2017-10-10", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2021-03-03")
    c.icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "2025-05-20")
    c.icd("Z19.2", "Hormone resistant malignancy status", "2022-09-09")
    c.administered(hc("J9217"), "2021-03-10", "2025-05-26")
    c.statement(rx("enzalutamide"), "2022-09-15", "2024-05-01", note="progression")
    c.administered(hc("J9171", "docetaxel"), "2024-05-20", "2024-09-23")
    c.testosterone_ngdl(12, "2025-05-26")
    psa_series(c, [("2025-02-10", 3.9), ("2025-05-26", 6.4)])
    c.report("Ga-68 gozetotide (PSMA-11) PET/CT", "2025-06-09",
             "PSMA-NEGATIVE study: no lesion with uptake above liver background. Known liver and bone lesions are PSMA non-avid.",
             category="NMR")
    c.report("FDG PET/CT", "2025-06-12",
             "Multiple FDG-avid hepatic metastases and lytic bone lesions without corresponding PSMA uptake (discordant, PSMA-negative disease); suspicious for neuroendocrine/treatment-emergent phenotype.",
             category="NMR")
    c.home_med("pantoprazole", "2020-01-01", "40 mg daily")
    c.ecog(1, "2025-06-23")
    c.letter("Request for Lu-177 PSMA therapy", date,
             "Mr. Kaczmarek has mCRPC progressing after enzalutamide and docetaxel. We would like to "
             "offer Pluvicto as he has limited options. PSMA and FDG PET reports are attached.")
    c.request(hc("A9607"), date, "7.4 GBq IV every 6 weeks x up to 6 doses")
    return c


@case("lab12-prostate-09", "prostate", svc_hc("J9155"), "supported", "2025-07-07",
      "Degarelix (J9155) loading dose for newly diagnosed prostate cancer with bone metastases.",
      "Firmagon label 1: treatment of advanced prostate cancer (CS21).",
      "Advanced (metastatic) prostate cancer documented; GnRH antagonist appropriate with no further biomarker criteria.")
def pros_09(cid, date):
    c = Chart(cid, date, "male", "1944-12-19", "Ezekiel", "Thornbury")
    c.icd_snomed("C61", "Malignant neoplasm of prostate", "399068003", "Malignant tumor of prostate",
                 "2025-06-16", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2025-06-23")
    c.psa(86.0, "2025-06-05")
    c.report("Prostate biopsy", "2025-06-16", "Adenocarcinoma, Gleason 4+4=8 in 8/12 cores.",
             loinc=("11526-1", "Pathology study"), category="PAT")
    c.report("Bone scan, whole body", "2025-06-23", "Osseous metastases in L2, L5 and left ilium.")
    c.comorbid("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2008-08-08")
    c.comorbid("I10", "Essential (primary) hypertension", "2008-08-08")
    c.home_med("metoprolol", "2008-08-08", "50 mg twice daily")
    c.home_med("atorvastatin", "2008-08-08", "40 mg daily")
    c.ecog(1, "2025-06-30")
    c.service_request(hc("J9155"), date, note="Firmagon 240 mg SC loading (two 120 mg injections), then 80 mg monthly; GnRH antagonist preferred given coronary disease")
    return c


@case("lab12-prostate-10", "prostate", svc_rx("olaparib"), "needs-documentation", "2025-07-14",
      "Olaparib requested for mCRPC progressing on enzalutamide; HRR gene testing sent but not resulted.",
      "Lynparza label 1 (prostate): deleterious germline or somatic HRR gene-mutated mCRPC after progression on enzalutamide or abiraterone (PROfound); with abiraterone/prednisone for BRCA-mutated mCRPC (PROpel).",
      "mCRPC after enzalutamide documented; HRR mutation status is pending.",
      missing=["hrr"])
def pros_10(cid, date):
    c = Chart(cid, date, "male", "1955-05-25", "Douglas", "Fennimore")
    c.icd("C61", "Malignant neoplasm of prostate", "2018-02-02", primary=True)
    c.icd("C79.51", "Secondary malignant neoplasm of bone", "2020-07-07")
    c.icd("C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes", "2025-06-10")
    c.icd("Z19.2", "Hormone resistant malignancy status", "2023-03-03")
    c.administered(hc("J9217"), "2020-07-15", "2025-06-16")
    c.statement(rx("enzalutamide"), "2023-03-20", "2025-06-01", note="stopped for radiographic and PSA progression")
    c.testosterone_ngdl(22, "2025-06-16")
    psa_series(c, [("2025-02-03", 5.5), ("2025-04-07", 10.2), ("2025-06-16", 19.8)])
    c.report("CT chest/abdomen/pelvis and bone scan", "2025-06-10", "New retroperitoneal adenopathy and two new rib lesions. Progression.")
    c.text_obs("Somatic tumor NGS (HRR genes) + germline panel", "Ordered 06/18/2025 - in process", "2025-06-18")
    c.comorbid("E11.9", "Type 2 diabetes mellitus without complications", "2012-12-12")
    c.home_med("metformin", "2012-12-12", "500 mg twice daily")
    c.ecog(1, "2025-07-07")
    c.cbc_cmp("2025-07-07", hgb=11.6)
    c.request(rx("olaparib"), date, "300 mg by mouth twice daily")
    return c


@case("lab12-prostate-11", "prostate", svc_rx("olaparib"), "supported", "2025-07-21",
      "Olaparib for BRCA2-mutated mCRPC after progression on abiraterone.",
      "Lynparza label 1 (prostate): deleterious germline or somatic HRR gene-mutated mCRPC that progressed after enzalutamide or abiraterone (PROfound cohort A: BRCA1, BRCA2, ATM).",
      "Germline BRCA2 frameshift (mCODE genomic variant with HGNC/HGVS) and prior abiraterone progression.")
def pros_11(cid, date):
    c = Chart(cid, date, "male", "1960-09-09", "Isaac", "Rothman", mcode=True)
    c.condition(cc(SCT, "399068003", "Malignant tumor of prostate", "Metastatic castration-resistant prostate adenocarcinoma"),
                "2020-04-20", profile="mcode-primary-cancer-condition", body_site="Prostate", primary=True)
    c.icd("Z15.03", "Genetic susceptibility to malignant neoplasm of prostate", "2024-01-10")
    c.variant("BRCA2", "2024-01-10", c_hgvs="NM_000059.4:c.5946del", p_hgvs="NP_000050.3:p.Ser1982ArgfsTer22",
              note="Germline pathogenic BRCA2 variant (6174delT)", method="Germline multigene panel")
    c.administered(hc("J9217"), "2020-05-01", "2025-07-07", mcode=True)
    c.statement(rx("abiraterone"), "2024-02-01", "2025-06-20", note="abiraterone/prednisone for mCRPC; PSA and radiographic progression")
    c.testosterone_nmol(0.7, "2025-07-07")
    psa_series(c, [("2025-03-10", 8.0), ("2025-05-12", 15.5), ("2025-07-07", 31.0)])
    c.disease_status("Progressive disease", "2025-06-20", evidence="Bone scan 2025-06-18: new lesions")
    c.ecog(1, "2025-07-14", mcode=True)
    c.cbc_cmp("2025-07-14", hgb=12.0)
    c.request(rx("olaparib"), date, "300 mg by mouth twice daily with continued ADT", mcode=True)
    return c


@case("lab12-prostate-12", "prostate", svc_rx("apalutamide"), "refer-to-reviewer", "2025-07-28",
      "Apalutamide requested for non-metastatic, castration-sensitive biochemical recurrence after prostatectomy.",
      "Erleada label 1: metastatic castration-sensitive (TITAN) or non-metastatic castration-resistant (SPARTAN) prostate cancer; unlike enzalutamide (EMBARK) it has no non-metastatic castration-sensitive indication.",
      "PSMA PET shows no metastases (not mCSPC) and testosterone is normal without ADT (not CRPC).")
def pros_12(cid, date):
    c = Chart(cid, date, "male", "1963-03-03", "Philip", "Ngata")
    c.icd("C61", "Malignant neoplasm of prostate", "2020-08-08", primary=True)
    c.icd("Z19.1", "Hormone sensitive malignancy status", "2025-07-01")
    c.procedure("55866", "2020-10-12", note="Radical prostatectomy: pT2 pN0, Gleason 3+4")
    psa_series(c, [("2024-07-01", 0.4), ("2024-12-02", 0.8), ("2025-06-30", 1.9)])
    c.testosterone_ngdl(455, "2025-06-30")
    c.report("PSMA PET/CT (piflufolastat F-18)", "2025-07-08",
             "No PSMA-avid disease in prostate bed, lymph nodes, bone or viscera. Negative for metastatic disease.",
             category="NMR")
    c.comorbid("G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2016-06-06")
    c.home_med("omeprazole", "2016-06-06", "20 mg daily")
    c.ecog(0, "2025-07-21")
    c.letter("Apalutamide for biochemical recurrence", date,
             "Mr. Ngata has a rising PSA (0.4 -> 0.8 -> 1.9 ng/mL; doubling time about 6 months) "
             "after radical prostatectomy. PSMA PET is negative and testosterone is normal (no "
             "prior ADT). He wishes to avoid injections; I propose apalutamide 240 mg daily "
             "without ADT.")
    c.request(rx("apalutamide"), date, "240 mg by mouth once daily")
    return c

# ===========================================================================
# Assembly, markdown, validation
# ===========================================================================

CANCER_ORDER = ["breast", "nsclc", "colorectal", "prostate"]
DATE_KEYS = {"effectiveDateTime", "authoredOn", "onsetDateTime", "performedDateTime",
             "date", "created", "servicedDate", "issued", "creation", "start", "end"}


def build_cases():
    out = []
    for meta in CASES:
        chart = meta["build"](meta["id"], meta["date"])
        rec = {"id": meta["id"], "cancer": meta["cancer"],
               "description": meta["description"], "basis": meta["basis"],
               "date": meta["date"], "service": meta["service"],
               "expected": meta["expected"]}
        if meta["expected"] == "needs-documentation":
            rec["expected_missing"] = list(meta["missing"])
        rec["bundle"] = chart.bundle()
        out.append(rec)
    out.sort(key=lambda r: (CANCER_ORDER.index(r["cancer"]), r["id"]))
    return {"cases": out}


def drug_label(service):
    if service["system"] == RXNORM:
        return service["display"]
    return HC[service["code"]][2]


ENCODINGS = """\
Each bundle is a FHIR R4 `Bundle` of type `collection`; `fullUrl` is `urn:uuid:<id>` and every
reference uses the same `urn:uuid:` form. Encodings are mixed case by case, as a payer's
prior-auth desk receives them from different EHRs and portals:

- **Letters of medical necessity** as `DocumentReference` with a base64 `text/plain` attachment
  (LOINC 11488-4 consult note or 51855-5 patient note), stating diagnosis, stage, biomarkers and
  prior lines in prose; some charts carry a `Composition` with narrative sections instead.
- **Epic-like coded problems**: `Condition` with ICD-10-CM (sometimes ICD-10-CM plus SNOMED CT),
  status Z-codes (Z17.0/Z17.1 receptor status, Z19.1/Z19.2 hormone sensitivity, Z15.0x genetic
  susceptibility), metastatic-site C7x codes.
- **mCODE profiles**: `mcode-primary-cancer-condition` / `mcode-secondary-cancer-condition`,
  `mcode-tnm-stage-group` (LOINC 21908-9 clinical / 21902-2 pathologic, AJCC 8th values with T/N/M
  components), `mcode-tumor-marker-test` (ER/PR/HER2, PD-L1 22C3 85147-7, MSI),
  `mcode-genomic-variant` (69548-6 with 48018-6 HGNC gene, 48004-6 c.HGVS, 48005-3 p.HGVS; absent
  variants as LA9634-2), `mcode-ecog-performance-status`, `mcode-cancer-disease-status`,
  `mcode-cancer-related-medication-*`.
- **Cerner-like text-only Observations** (`code.text` + `valueString`) for receptor panels,
  RAS/BRAF/MMR results, PD-L1, treatment-line summaries, ECOG.
- **Prior therapy** as `MedicationAdministration` / `MedicationStatement` coded with RxNorm, with
  HCPCS J-/Q-codes (CodeableConcept in the HCPCS system, e.g. Q5117 Kanjinti, J9035, J9217), or
  brand text only.
- **Procedures** with CPT (mastectomy, lobectomy, colectomy, prostatectomy, EBUS, NGS panels,
  IMRT planning); **DiagnosticReports** whose `conclusion` carries the finding (CT progression,
  PSMA/FDG PET, bone scan, surgical pathology).
- **Labs**: PSA series (2857-1), testosterone in ng/dL (2986-8) or nmol/L (14913-8), CEA, LVEF,
  CBC/CMP, HbA1c; vitals; comorbidities and home medications as noise.
- **The request itself**: a draft `MedicationRequest` on the decision date in most bundles; some
  desks receive a draft `ServiceRequest`, or a `Claim` with `use = preauthorization`, a
  `Coverage`, ICD-10-CM diagnoses and the HCPCS code with billing units.
"""


def render_md(data):
    lines = []
    lines.append("# label-cases-12 - payer prior-auth desk intake (HCPCS-billed and RxNorm-coded requests)")
    lines.append("")
    lines.append("Generated by `scripts/gen-label-cases-12.py` (do not edit by hand; run it with `--check` to verify).")
    lines.append("")
    lines.append("## How this set was written (blind)")
    lines.append("")
    lines.append("Written without reading `src/`, `crates/`, `pathways/`, `README.md`, any other file under "
                 "`tests/fixtures/necessity/` or any `scripts/gen-*.py`; the engine was not built or run. "
                 "What was read: FDA label section 1 wording (openFDA label records where retrieved; otherwise "
                 "the current prescribing information as known to the author, 2025 versions), CMS HCPCS data (OPPS Addendum B April 2026 for code and short "
                 "descriptor, the 2020 alpha-numeric HCPCS file for long descriptors, payer/manufacturer "
                 "bulletins for post-2020 codes), openFDA NDC records (openfda.rxcui) and public RxNorm "
                 "ingredient tables for RXCUIs, and the HL7 mCODE / genomics-reporting IG pages for "
                 "profile URLs and LOINC codes. Expected outcomes follow the current (2025) FDA label "
                 "section 1 only, not NCCN compendia.")
    lines.append("")
    lines.append("Outcomes: `supported` = every criterion of one labelled indication is documented; "
                 "`needs-documentation` = consistent with a labelled indication but exactly one criterion is "
                 "simply undocumented (its family in `expected_missing`); `refer-to-reviewer` = the chart "
                 "documents something that contradicts every labelled indication of the drug for that cancer.")
    lines.append("")
    counts = {}
    nsys = {"HCPCS": 0, "RxNorm": 0}
    for c in data["cases"]:
        counts.setdefault(c["cancer"], {}).setdefault(c["expected"], 0)
        counts[c["cancer"]][c["expected"]] += 1
        nsys["HCPCS" if c["service"]["system"] == HCPCS else "RxNorm"] += 1
    lines.append("| cancer | supported | needs-documentation | refer-to-reviewer |")
    lines.append("|---|---|---|---|")
    for k in CANCER_ORDER:
        d = counts[k]
        lines.append("| %s | %d | %d | %d |" % (k, d.get("supported", 0), d.get("needs-documentation", 0),
                                             d.get("refer-to-reviewer", 0)))
    lines.append("")
    lines.append("Requested services: %d billed as HCPCS Level II codes, %d as RxNorm ingredient RXCUIs."
                 % (nsys["HCPCS"], nsys["RxNorm"]))
    lines.append("")
    lines.append("## Encodings")
    lines.append("")
    lines.append(ENCODINGS)
    lines.append("## Cases")
    lines.append("")
    lines.append("| id | drug | code | expected | reason |")
    lines.append("|---|---|---|---|---|")
    reasons = {m["id"]: m["reason"] for m in CASES}
    for c in data["cases"]:
        sysname = "HCPCS" if c["service"]["system"] == HCPCS else "RxNorm"
        exp = c["expected"]
        if exp == "needs-documentation":
            exp += " (" + ", ".join(c["expected_missing"]) + ")"
        lines.append("| %s | %s | %s %s | %s | %s |" % (c["id"], drug_label(c["service"]), sysname,
                                                      c["service"]["code"], exp, reasons[c["id"]].replace("|", "/")))
    lines.append("")
    lines.append("## Code verification")
    lines.append("")
    lines.append("HCPCS sources: [ADDB] CMS OPPS Addendum B, April 2026 (code + short descriptor; mirrored in "
                 "github.com/softek/CMS.HCPCS `sample.csv`); [ANWEB] CMS 2020 HCPCS alpha-numeric file (long "
                 "descriptor; mirrored in pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master); "
                 "[PAYER] NC Medicaid bulletin 2022-11-01 (A9607), Aetna CPB 0977 and coding references (J9316), "
                 "QualChoice BI663 / Immunomedics coding guide / CMS ASP 2026 Q2 as quoted by carecostestimate (J9317). "
                 "RxNorm sources: [RXL] public 'NIH RxNav' exact-ingredient table; [RXV] public 'RxNav-verified "
                 "ingredient codes' test; [TRM] breast trial-matching RxNorm-to-SNOMED map; [TRL] RxNav properties "
                 "dump (term_type IN); [CPIC] cpicpgx/cpic-schema drug.sql; [CTS2] CTS2OnFHIR breast drug RxNorm "
                 "mappings; [OFDA] openFDA NDC openfda.rxcui of the marketed product (SCD/SBD RXCUIs minted right "
                 "after the ingredient); [GEN] other public code pairing the RXCUI with the drug.")
    lines.append("")
    lines.append("| code | descriptor | source |")
    lines.append("|---|---|---|")
    hsrc = {"J9316": "ADDB, PAYER", "J9317": "ADDB, PAYER", "A9607": "ADDB, PAYER"}
    used_hc = set()
    used_rx = set()
    for c in data["cases"]:
        _walk_codes(c["bundle"], used_hc, used_rx)
        if c["service"]["system"] == HCPCS:
            used_hc.add(c["service"]["code"])
        else:
            used_rx.add(c["service"]["code"])
    for code in sorted(used_hc, key=lambda k: (k not in HC_SERVICE, k)):
        long_, short, label = HC[code]
        role = "service" if code in HC_SERVICE else "chart"
        lines.append("| HCPCS %s | %s (CMS short: %s; %s) [%s] | %s |" % (
            code, long_, short, label, role, hsrc.get(code, "ADDB, ANWEB")))
    rsrc = {
        "1721560": "RXL, GEN (4 repositories)", "1727455": "RXL, TRL",
        "2103164": "RXL, OFDA (Lorbrena 2103169/2103175)", "2550714": "RXL, OFDA (Lumakras 2550719/2550725)",
        "2625882": "RXL, TRL", "1424911": "RXL, RXV, CPIC", "1946825": "RXL, TRM, OFDA (Verzenio 1946830)",
        "1601374": "CTS2, TRM", "2169285": "RXL, TRM", "2361285": "RXL, RXV, OFDA (Tukysa 2361290)",
        "1940643": "RXL, RXV, TRM", "1597582": "RXL, TRM, GEN", "2049106": "RXL, GEN",
        "194000": "CPIC, RXL, CTS2, TRM", "1999574": "RXL, RXV, OFDA (Erleada 1999581)",
        "1100072": "RXL, OFDA (Zytiga 1100075)", "1307298": "RXL, RXV, GEN",
        "3002": "CPIC, TRM, CTS2", "3639": "TRM, CTS2, RXL", "56946": "TRM, CTS2",
        "72965": "TRM, CTS2", "84857": "TRM, CTS2", "10324": "CPIC, TRM, RXL",
        "6809": "CPIC, RXL", "83367": "CPIC, RXL", "7646": "CPIC, RXL", "6918": "CPIC, RXL",
        "36437": "CPIC, RXL", "26225": "CPIC, RXL", "77492": "CPIC, RXL", "40790": "CPIC, RXL",
        "301542": "CPIC, RXL", "5487": "CPIC, RXL",
    }
    name_of = {v: k for k, v in RX.items()}
    for code in sorted(used_rx, key=lambda k: (name_of[k] not in RX_SERVICE, name_of[k])):
        name = name_of[code]
        role = "service" if name in RX_SERVICE else "chart"
        src = rsrc[code]
        lines.append("| RxNorm %s | %s (ingredient) [%s] | %s |" % (code, name, role, src))
    for code in sorted(CPT_CODES):
        lines.append("| CPT %s | %s [chart procedure] | ADDB (CPT row, short descriptor) |" % (code, CPT_CODES[code]))
    lines.append("")
    lines.append("Left out (ingredient RXCUI not verifiable from two sources here): regorafenib, darolutamide, "
                 "tepotinib, capmatinib, elacestrant, talazoparib, niraparib/abiraterone, trifluridine/tipiracil, "
                 "fruquintinib, capivasertib. Trametinib, prednisone and goserelin appear only as text.")
    lines.append("")
    lines.append("Label notes that drive outcomes: pembrolizumab NSCLC monotherapy needs TPS >=1% (not 50%); "
                 "cemiplimab and atezolizumab monotherapy need high PD-L1 (TPS >=50% / TC >=50% or IC >=10%); "
                 "adjuvant atezolizumab needs TC >=1%; pembrolizumab metastatic TNBC needs CPS >=10; "
                 "pemetrexed excludes squamous NSCLC; bevacizumab products exclude adjuvant colon cancer; "
                 "anti-EGFR antibodies need RAS (KRAS and NRAS) wild-type except with a KRAS G12C inhibitor; "
                 "apalutamide and enzalutamide labels carry no PSADT threshold for nmCRPC, but enzalutamide's "
                 "nmCSPC indication requires high-risk biochemical recurrence; trastuzumab products need HER2 "
                 "overexpression/amplification (HER2-low is not HER2-positive).")
    lines.append("")
    return "\n".join(lines)


def _walk_codes(obj, used_hc, used_rx):
    if isinstance(obj, dict):
        if obj.get("system") == HCPCS and "code" in obj:
            used_hc.add(obj["code"])
        if obj.get("system") == RXNORM and "code" in obj:
            used_rx.add(obj["code"])
        for v in obj.values():
            _walk_codes(v, used_hc, used_rx)
    elif isinstance(obj, list):
        for v in obj:
            _walk_codes(v, used_hc, used_rx)


def _walk(obj, fn, key=None):
    fn(key, obj)
    if isinstance(obj, dict):
        for k, v in obj.items():
            _walk(v, fn, k)
    elif isinstance(obj, list):
        for v in obj:
            _walk(v, fn, key)


def validate(data):
    errors = []
    cases = data["cases"]
    if len(cases) != 48:
        errors.append("expected 48 cases, got %d" % len(cases))
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errors.append("duplicate case ids")
    tally = {}
    nsys = {HCPCS: 0, RXNORM: 0}
    all_ids = set()
    doc = __doc__ or ""
    rx_codes = {v: k for k, v in RX.items()}
    for c in cases:
        cid = c["id"]
        if list(c.keys())[:6] != ["id", "cancer", "description", "basis", "date", "service"]:
            errors.append("%s: key order" % cid)
        if not cid.startswith("lab12-%s-" % c["cancer"]):
            errors.append("%s: id does not match cancer" % cid)
        if c["cancer"] not in CANCER_ORDER:
            errors.append("%s: bad cancer" % cid)
        tally.setdefault(c["cancer"], {}).setdefault(c["expected"], 0)
        tally[c["cancer"]][c["expected"]] += 1
        svc = c["service"]
        nsys[svc["system"]] = nsys.get(svc["system"], 0) + 1
        if svc["system"] == HCPCS:
            if svc["code"] not in HC_SERVICE or svc["display"] != HC[svc["code"]][0]:
                errors.append("%s: unverified HCPCS service %s" % (cid, svc["code"]))
        elif svc["system"] == RXNORM:
            name = rx_codes.get(svc["code"])
            if name not in RX_SERVICE or svc["display"] != name:
                errors.append("%s: unverified RxNorm service %s" % (cid, svc["code"]))
        else:
            errors.append("%s: bad service system" % cid)
        if c["expected"] == "needs-documentation":
            miss = c.get("expected_missing")
            if not miss or len(miss) != 1 or miss[0] not in FAMILIES:
                errors.append("%s: expected_missing must be exactly one known family" % cid)
        elif "expected_missing" in c:
            errors.append("%s: expected_missing only for needs-documentation" % cid)
        if c["expected"] not in ("supported", "needs-documentation", "refer-to-reviewer"):
            errors.append("%s: bad expected" % cid)
        if re.search(r"\bden(y|ied|ial)\b", json.dumps(c).lower()):
            errors.append("%s: mentions denial" % cid)
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            errors.append("%s: not a collection bundle" % cid)
        if b["timestamp"][:10] != c["date"]:
            errors.append("%s: bundle timestamp != decision date" % cid)
        rids = set()
        pats = []
        for e in b["entry"]:
            r = e["resource"]
            if e["fullUrl"] != "urn:uuid:" + r["id"]:
                errors.append("%s: fullUrl mismatch" % cid)
            if r["id"] in rids or r["id"] in all_ids:
                errors.append("%s: duplicate resource id" % cid)
            rids.add(r["id"])
            if r["resourceType"] == "Patient":
                pats.append(r)
            if r["resourceType"] == "DocumentReference":
                for ct in r["content"]:
                    try:
                        base64.b64decode(ct["attachment"]["data"]).decode("utf-8")
                    except Exception:  # noqa: BLE001
                        errors.append("%s: bad base64" % cid)
        all_ids |= rids
        if len(pats) != 1:
            errors.append("%s: need exactly one Patient" % cid)
        else:
            p = pats[0]
            want = {"breast": "female", "prostate": "male"}.get(c["cancer"])
            if want and p["gender"] != want:
                errors.append("%s: gender does not fit" % cid)
            age = int(c["date"][:4]) - int(p["birthDate"][:4])
            if not 30 <= age <= 90:
                errors.append("%s: implausible age %d" % (cid, age))

        def check(key, val, cid=cid, rids=rids):
            if key == "reference" and isinstance(val, str):
                if not val.startswith("urn:uuid:") or val[9:] not in rids:
                    errors.append("%s: dangling reference %s" % (cid, val))
            if key in DATE_KEYS and isinstance(val, str) and len(val) >= 10 and val[4] == "-":
                if val[:10] > c["date"]:
                    errors.append("%s: %s %s after decision date" % (cid, key, val))
            if isinstance(val, dict) and "system" in val and "code" in val:
                s, k = val["system"], val["code"]
                if s == RXNORM and k not in rx_codes:
                    errors.append("%s: unverified RxNorm %s" % (cid, k))
                if s == RXNORM and val.get("display") != rx_codes.get(k):
                    errors.append("%s: RxNorm display mismatch %s" % (cid, k))
                if s == HCPCS and (k not in HC or val.get("display") != HC[k][0]):
                    errors.append("%s: unverified HCPCS %s" % (cid, k))
                if s == CPT and k not in CPT_CODES:
                    errors.append("%s: unknown CPT %s" % (cid, k))
                if s == HGNC and k not in HGNC_IDS.values():
                    errors.append("%s: unknown HGNC %s" % (cid, k))
        _walk(b, check)
        # the requested service should be visible to the desk in some order/claim/letter
        blob = json.dumps(b)
        letters = " ".join(base64.b64decode(ct["attachment"]["data"]).decode("utf-8")
                           for e in b["entry"] if e["resource"]["resourceType"] == "DocumentReference"
                           for ct in e["resource"]["content"])
        if ('"code": "%s"' % svc["code"]) not in blob and svc["code"] not in letters:
            errors.append("%s: requested service not present in bundle" % cid)
    for k in CANCER_ORDER:
        d = tally.get(k, {})
        if (d.get("supported"), d.get("needs-documentation"), d.get("refer-to-reviewer")) != (6, 3, 3):
            errors.append("%s: outcome mix %r" % (k, d))
    if nsys.get(HCPCS) != 24 or nsys.get(RXNORM) != 24:
        errors.append("service systems: %r (want 24/24)" % nsys)
    used_hc, used_rx = set(), set()
    for c in cases:
        _walk_codes(c, used_hc, used_rx)
    if set(HC) - used_hc:
        errors.append("HCPCS registry entries never used: %s" % sorted(set(HC) - used_hc))
    if set(RX.values()) - used_rx:
        errors.append("RxNorm registry entries never used: %s" % sorted(set(RX.values()) - used_rx))
    used_cpt = set()
    for c in cases:
        _walk(c["bundle"], lambda k, v: used_cpt.add(v["code"])
              if isinstance(v, dict) and v.get("system") == CPT else None)
    if set(CPT_CODES) - used_cpt:
        errors.append("CPT registry entries never used: %s" % sorted(set(CPT_CODES) - used_cpt))
    for code in CPT_CODES:
        if code not in doc:
            errors.append("CPT %s missing from docstring" % code)
    for code in HC:
        if code not in doc:
            errors.append("HCPCS %s missing from docstring" % code)
    for name, code in RX.items():
        if code not in doc or name not in doc:
            errors.append("RxNorm %s/%s missing from docstring" % (name, code))
    return errors


def render_json(data):
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="regenerate in memory, validate, and compare with the files on disk")
    args = ap.parse_args()
    data = build_cases()
    errors = validate(data)
    if errors:
        for e in errors:
            print("INVALID:", e, file=sys.stderr)
        return 1
    js = render_json(data)
    md = render_md(data)
    if args.check:
        ok = True
        for path, text in ((OUT_JSON, js), (OUT_MD, md)):
            if not path.exists():
                print("MISSING: %s" % path, file=sys.stderr)
                ok = False
            elif path.read_text(encoding="utf-8") != text:
                print("STALE: %s differs from generator output" % path, file=sys.stderr)
                ok = False
        if ok:
            print("ok: %d cases valid; %s and %s up to date" % (len(data["cases"]), OUT_JSON.name, OUT_MD.name))
        return 0 if ok else 1
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_text(js, encoding="utf-8")
    OUT_MD.write_text(md, encoding="utf-8")
    print("wrote %s (%d cases) and %s" % (OUT_JSON, len(data["cases"]), OUT_MD))
    return 0


if __name__ == "__main__":
    sys.exit(main())
