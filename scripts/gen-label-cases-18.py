#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-18.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 4 supported / 4 needs-documentation / 4 refer-to-reviewer).

Theme: the label's fine print -- limitations of use, exclusions and sequencing
clauses of the FDA Indications and Usage section (and the pivotal trial's
population where the label defers to it) that a quick reader misses: pemetrexed
and bevacizumab not for squamous NSCLC, bevacizumab not adjuvant colon, anti-EGFR
antibodies only for RAS (KRAS and NRAS) wild-type mCRC, pembrolizumab monotherapy
only without EGFR/ALK aberrations, adjuvant atezolizumab only for PD-L1 TC >= 1%,
PACIFIC durvalumab only after concurrent platinum chemoradiation without
progression, adjuvant osimertinib only for exon 19 deletion / L858R, T-DXd
HER2-low only after chemotherapy for metastatic disease (or early relapse after
adjuvant chemotherapy), sacituzumab TNBC after >= 2 systemic therapies (>= 1 for
metastatic disease), eribulin after anthracycline and taxane, alpelisib after an
endocrine-based regimen, tucatinib after anti-HER2 therapy *in the metastatic
setting*, neratinib after adjuvant trastuzumab, regorafenib's prerequisite
list, BEACON encorafenib after prior therapy, sotorasib after chemotherapy,
cabazitaxel after docetaxel, radium-223 without visceral metastases,
Lu-177 PSMA-617 after an ARPI, olaparib HRR monotherapy after an ARPI.

Written blind: the author did not read src/, crates/, pathways/, README.md, any
tests/fixtures/necessity/*.json or any scripts/gen-*.py other than
scripts/gen-label-cases-15.py (read in full; its builders, validation and
markdown renderer are reused here), plus tests/fixtures/necessity/README.md and
the "Code verification" sections of label-cases-12.md .. label-cases-17.md.

Usage:
    python3 scripts/gen-label-cases-18.py           # write the .json and .md
    python3 scripts/gen-label-cases-18.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Codes: every coding written is looked up in VERIFIED below (system, code ->
display, source tags); the .md code-verification table is generated from the
codings actually used. All codes are reused from the verified tables of
label-cases-12..17 with the sources those sets cite; no new code was introduced.
"""
import argparse
import base64
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-18.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-18.md"
NS = uuid.UUID("7d3a9e18-4c61-4b2f-a818-5e0f1b18c0de")
MAX_ASOF = "2026-11-30"
PER_CANCER = (("supported", 4), ("needs-documentation", 4), ("refer-to-reviewer", 4))

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
CPT = "http://www.ama-assn.org/go/cpt"
TH = "http://terminology.hl7.org/CodeSystem/"
LOCAL = "http://lab.example-hospital.org/fhir/CodeSystem/local-results"
SYSNAME = {RX: "RxNorm", HCPCS: "HCPCS", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", HGNC: "HGNC", CPT: "CPT", HGVS: "HGVS"}
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology"}

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- HCPCS (rows of the label-cases-12..15 tables)
for code, disp, src in [
    ("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "ADDB, ANWEB"),
    ("J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "ADDB, PAYER, PUBJ"),
    ("J9179", "Injection, eribulin mesylate, 0.1 mg", "ADDB, ANWEB"),
    ("J9395", "Injection, fulvestrant, 25 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9022", "Injection, atezolizumab, 10 mg", "ADDB, ANWEB"),
    ("J9173", "Injection, durvalumab, 10 mg", "ADDB, ANWEB"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9043", "Injection, cabazitaxel, 1 mg", "ADDB, ANWEB"),
    ("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie", "ADDB, ANWEB"),
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "ADDB, PAYER"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9000", "Injection, doxorubicin hydrochloride, 10 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9060", "Injection, cisplatin, powder or solution, 10 mg", "ADDB, ANWEB"),
    ("J9201", "Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9155", "Injection, degarelix, 1 mg", "ADDB, ANWEB"),
]:
    V(HCPCS, code, disp, src)

# ---- RxNorm ingredients (rows of the label-cases-12..17 tables)
for code, disp, src in [
    ("2169285", "alpelisib", "RXL, TRM"),
    ("2361285", "tucatinib", "RXL, RXV"),
    ("1940643", "neratinib", "RXL, RXV, TRM, OMOPL"),
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1312397", "regorafenib", "RXL, OMOPL"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("2550714", "sotorasib", "RXL, OFDA"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1100072", "abiraterone", "RXL, TRL"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("224905", "trastuzumab", "TRM, OMOPL, GEN 61430868925"),
    ("1298944", "pertuzumab", "TRM, OMOPL"),
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
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
    ("C78.01", "Secondary malignant neoplasm of right lung", "ICDX"),
    ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "ICDX"),
    ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "ICDX"),
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
    ("1222802001", "American Joint Committee on Cancer stage IIIA (qualifier value)", "CANSHARE 18115121853; GEN17 67168720842"),
    ("1222769001", "American Joint Committee on Cancer stage IIB (qualifier value)", "CANSHARE 18115121853; GEN17 40655546085 / 15545145458"),
    ("254637007", "Non-small cell lung cancer (disorder)", "MCODE"),
    ("254837009", "Malignant neoplasm of breast (disorder)", "MCODE"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("76498008", "Postmenopausal state", "GEN 53237695867 / 54523174829"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("94381002", "Secondary malignant neoplasm of liver", "GEN 70248098329 / 67516913204"),
    ("173171007", "Lobectomy of lung", "GEN17 66422976363 / 43247335714 / 56931920256"),
    ("367336001", "Chemotherapy (procedure)", "GEN 58555415348 / 27428244623"),
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
    V(LN, code, disp, src)

# ---- HGNC
for code, disp, src in [
    ("HGNC:1097", "BRAF", "GEN 69512973287"),
    ("HGNC:1100", "BRCA1", "GEN15 48499960154 / 8530574144"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:427", "ALK", "GEN15 68309973542 / 16105278727"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:7989", "NRAS", "GEN15 59660611392 / 14300782392"),
    ("HGNC:795", "ATM", "GEN 59658408810 / 68290097721"),
    ("HGNC:8975", "PIK3CA", "GEN 41597822208 / 57284591633"),
]:
    V(HGNC, code, disp, src)

# ---- CPT (CPT rows of CMS OPPS Addendum B)
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("19307", "Mastectomy, modified radical"),
    ("38745", "Axillary lymphadenectomy; complete"),
    ("31652", "Bronchoscopy with EBUS-guided transtracheal/transbronchial sampling, 1 or 2 nodal stations"),
    ("32663", "Thoracoscopy, surgical; with lobectomy"),
    ("44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"),
    ("45380", "Colonoscopy, flexible; with biopsy, single or multiple"),
    ("77301", "Intensity modulated radiotherapy plan"),
    ("78306", "Bone and/or joint imaging; whole body"),
    ("78815", "PET with concurrently acquired CT; skull base to mid-thigh"),
    ("81162", "BRCA1, BRCA2 full sequence analysis and full duplication/deletion analysis"),
    ("81445", "Targeted genomic sequence analysis panel, solid organ neoplasm, 5-50 genes"),
    ("81455", "Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm, 51 or greater genes"),
]:
    V(CPT, code, disp, "CPTA")

# ---- FHIR R4 terminology
for sysname, code, disp in [
    ("condition-clinical", "active", "Active"),
    ("condition-clinical", "resolved", "Resolved"),
    ("condition-ver-status", "confirmed", "Confirmed"),
    ("condition-category", "problem-list-item", "Problem List Item"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis"),
    ("observation-category", "laboratory", "Laboratory"),
    ("observation-category", "imaging", "Imaging"),
    ("observation-category", "survey", "Survey"),
    ("observation-category", "social-history", "Social History"),
    ("data-absent-reason", "not-performed", "Not Performed"),
    ("v2-0074", "GE", "Genetics"),
    ("v2-0074", "PAT", "Pathology (gross & histopath, not surgical)"),
    ("v2-0074", "RAD", "Radiology"),
]:
    V(TH + sysname, code, disp, "FHIR")

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..17"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..17"),
    ("PAYER", "payer/manufacturer bulletins for post-2020 codes (NC Medicaid 2022-11-01 for A9607; QualChoice BI663 / Immunomedics coding guide / CMS ASP 2026 Q2 for J9317), as cited in label-cases-12/14"),
    ("PUBJ", "public prior-auth sample pairing J9317 with sacituzumab govitecan-hziy (read_file id 22015981327), as cited in label-cases-13/14"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12..17"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12..17"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12..17"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12..17"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12..17"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13..17"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12..17"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12..17"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12..17"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..17"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..17"),
    ("MCODE17", "mCODE staging ValueSet FSH (read_file id 40891610556), as cited in label-cases-17"),
    ("CANSHARE", "public SNOMED CT AJCC stage-group value set (NZ CanShare FSH, read_file id 18115121853), as cited in label-cases-17"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..17"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14..17"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol (find_string ids listed), as cited in label-cases-15..17"),
    ("GEN17", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-17"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification: condition-*, observation-category, data-absent-reason, v2-0074)"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
]

# Indication wording checked for this set (search tool, docs/pages corpora).
LABEL_CHECKS = [
    ("Pemetrexed (Alimta and generics)", "openFDA label JSON (docs corpus: api.fda.gov/drug/label.json set_id 3e087418-..., f5a860f3-... Alimta, Pemetrexed Dipotassium): non-squamous NSCLC indications; 'Limitations of Use: ... not indicated for the treatment of patients with squamous' cell NSCLC"),
    ("Bevacizumab (Avastin / Vegzelma)", "openFDA label JSON (docs corpus: Avastin brand record, 1.1 changed 9/2022; Vegzelma record quoting first-/second-line mCRC, second line after a first-line bevacizumab-product regimen, and 'Limitations of Use'); NSCLC non-squamous restriction and the adjuvant-colon exclusion from the author's reading of the label"),
    ("Panitumumab (Vectibix)", "openFDA label JSON (docs corpus; Indications and Usage revised 01/2025 for the sotorasib combination); RAS = KRAS and NRAS wild-type and the RAS-mutant/unknown limitation from the author's reading of the label"),
    ("Cetuximab (Erbitux)", "openFDA label JSON (docs corpus, record located; 1.3 revised 09/2021); K-Ras wild-type wording and Ras-mutant limitation from the author's reading of the label"),
    ("Eribulin (Halaven)", "openFDA label JSON (docs corpus, set_id 31ce4750-...): 'at least two chemotherapeutic regimens for the treatment of metastatic disease. Prior therapy should have included an anthracycline and a taxane in either the adjuvant or metastatic setting'"),
    ("Regorafenib (Stivarga)", "openFDA label JSON located (docs corpus); prerequisite list from the author's reading of the label"),
    ("Cabazitaxel (Jevtana)", "openFDA label JSON located (docs corpus); 'previously treated with a docetaxel-containing treatment regimen' from the author's reading of the label"),
    ("Alpelisib (Piqray)", "pages corpus (FDA approval coverage 2019, Novartis/EMA texts): with fulvestrant, HR+/HER2-, PIK3CA-mutated, following progression on or after an endocrine-based regimen; the population wording (postmenopausal women and men vs adults) differs between label versions, so no case turns on it"),
    ("Fam-trastuzumab deruxtecan (Enhertu)", "pages corpus (EMA catalogue study population quoting the HER2-low indication: 'received prior chemotherapy in the metastatic setting or developed disease recurrence during or within 6 months of completing adjuvant chemotherapy'); HER2-ultralow/DESTINY-Breast06 wording from the author's reading of the January 2025 label"),
    ("Sacituzumab govitecan (Trodelvy)", "pages corpus (Gilead medical-information letter and full-approval coverage: 'two or more prior systemic therapies, at least one of them for metastatic disease'; HR+/HER2- indication after endocrine therapy and two additional systemic therapies)"),
    ("Tucatinib (Tukysa)", "pages corpus: 'who have received one or more prior anti-HER2-based regimens in the metastatic setting'"),
    ("Neratinib (Nerlynx)", "pages corpus (nerlynx.com HCP indication text): 'extended adjuvant treatment of adult patients with early-stage HER2-overexpressed/amplified breast cancer, to follow adjuvant trastuzumab-based therapy'"),
    ("Atezolizumab (Tecentriq)", "pages corpus (FDA approval coverage 2021): adjuvant after resection and platinum-based chemotherapy, stage II-IIIA, PD-L1 on >= 1% of tumor cells, FDA-approved test (SP263)"),
    ("Pembrolizumab (Keytruda)", "pages corpus (MOAlmanac FDA statement quoting the label): single agent first line, PD-L1 TPS >= 1%, no EGFR or ALK genomic tumor aberrations, stage III not candidates for resection or definitive chemoradiation, or metastatic"),
    ("Osimertinib (Tagrisso)", "pages corpus (FDA approval coverage): adjuvant after tumor resection for EGFR exon 19 deletions or exon 21 L858R; LAURA stage III after chemoradiation also ex19del/L858R"),
    ("Durvalumab (Imfinzi)", "PACIFIC wording ('unresectable Stage III NSCLC whose disease has not progressed following concurrent platinum-based chemotherapy and radiation therapy') from the author's reading of the label; the search returned trial reviews only"),
    ("Encorafenib (Braftovi)", "BEACON wording ('in combination with cetuximab ... BRAF V600E ... after prior therapy') from the author's reading of the label; the search returned reviews only"),
    ("Sotorasib (Lumakras)", "openFDA label JSON located (docs corpus; Indications revised 01/2025 adding the panitumumab combination); prior-chemotherapy clause from the author's reading of the label"),
    ("Lutetium Lu 177 vipivotide tetraxetan (Pluvicto)", "pages corpus (FDA expansion coverage, March/April 2025): PSMA-positive mCRPC treated with an ARPI and considered appropriate to delay taxane-based chemotherapy (PSMAfore), besides ARPI + taxane (VISION)"),
    ("Radium-223 (Xofigo)", "pages corpus (ALSYMPCA and Bayer texts): CRPC, symptomatic bone metastases and no known visceral metastatic disease"),
    ("Olaparib (Lynparza)", "pages corpus (PROfound coverage: HRR gene-mutated mCRPC progressed on prior enzalutamide or abiraterone); PROpel BRCA-only combination wording from the author's reading of the May 2023 label"),
]

JUDGEMENT_CALLS = [
    "lab18-breast-02: the neoadjuvant AC-then-paclitaxel/carboplatin regimen is counted as one of the two prior systemic therapies (Trodelvy label wording; ASCENT counted it when relapse came within 12 months, here 7 months). An engine that counts only metastatic lines would answer refer-to-reviewer.",
    "lab18-breast-12 and lab18-breast-09: refer-to-reviewer rests on a note stating that no therapy was given in the metastatic setting; the adjuvant trastuzumab (breast-12) and adjuvant chemotherapy (breast-09) in the record do not satisfy the 'in the metastatic setting' / 'within 6 months' clauses.",
    "Explicit 'never given' cases (colorectal-12 irinotecan, prostate-10 docetaxel, prostate-11 ARPI, breast-10, breast-11) are refer-to-reviewer because the record contradicts a sequencing prerequisite; a reviewer might argue for needs-documentation when the prerequisite can still be completed.",
    "lab18-colorectal-05: KRAS exon 2-only testing is treated as RAS status absent (needs-documentation: ras), not as RAS wild-type.",
    "lab18-colorectal-07: expected_missing is ['metastatic'] only; an engine may also list stage.",
    "lab18-nsclc-05: histology is truly unclassified ('malignant cells, classification pending'), not 'NSCLC NOS'.",
    "lab18-prostate-05: expected_missing is ['hrr']; an engine may also list brca (PROpel route).",
    "lab18-prostate-12: olaparib + abiraterone for ATM-mutated, BRCA-negative, ARPI-naive mCRPC contradicts both the PROpel (BRCA) and PROfound (prior ARPI) routes.",
    "Pluvicto cases follow the March 2025 label (ARPI plus taxane, or taxane appropriately delayed); the label versions before 2025 required a taxane.",
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
        self.cid = f"lab18-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.pid = "nec18-" + self.cid[len("lab18-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.18",
                            "value": f"MRN18{num:02d}{cancer[:2].upper()}"}],
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


# ================================================================ BREAST
S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"
NOTDONE = {"dataAbsentReason": cc((TH + "data-absent-reason", "not-performed"))}

# b01 T-DXd, HER2-low HR-negative, after chemotherapy for metastatic disease (DESTINY-Breast04)
c = case(1, "breast", "2026-04-14", svc(HCPCS, "J9358"), S, None,
         "Fam-trastuzumab deruxtecan (Enhertu) for HER2-low (IHC 1+), ER/PR-negative breast cancer "
         "with liver metastases that progressed on first-line carboplatin + gemcitabine given for "
         "metastatic disease.",
         "Enhertu label 1.1 (Indications and Usage): unresectable or metastatic HER2-low (IHC 1+ or "
         "IHC 2+/ISH-) breast cancer in patients who have received a prior chemotherapy in the "
         "metastatic setting or developed disease recurrence during or within 6 months of "
         "completing adjuvant chemotherapy. Pivotal trial DESTINY-Breast04 (HR-positive and "
         "HR-negative cohorts). The fine print is the chemotherapy clause, which governs HR-negative "
         "disease (the DESTINY-Breast06 endocrine route needs HR-positive disease). Record: HER2 "
         "IHC 1+, ER 0% / PR 0%, liver metastases, carboplatin + gemcitabine administered for "
         "metastatic disease with documented progression: supported.",
         "HER2-low, HR-negative, prior chemotherapy in the metastatic setting documented",
         "female", "1971-02-19", ("Okonkwo", "Adaeze"))
c.cond(cc((ICD, "C50.912"), text="Invasive ductal carcinoma, left breast, grade 3"), "2021-05-10")
c.cond(cc((ICD, "Z17.1")), "2021-05-14")
c.obs(cc((LN, "16112-5")), "2021-05-14", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "16113-3")), "2021-05-14", vcc(NEG, text="Negative (0%)"))
for d in ("2021-06-07", "2021-06-21", "2021-07-05", "2021-07-19"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002", "cyclophosphamide 600 mg/m2 IV"), d)
c.med("admin", hc("J9267", "paclitaxel 80 mg/m2 weekly x12 (adjuvant)"), "2021-08-02")
c.proc(cc((CPT, "19303")), "2021-11-15")
c.cond(cc((SCT, "94381002")), "2025-03-03", note="Biopsy-proven hepatic recurrence.")
her2 = c.obs(cc((LN, "85319-2")), "2025-03-10", vcc(text="1+ (HER2-low)"),
             note="Liver core biopsy, PATHWAY 4B5; ISH not indicated.")
c.report(tcc("Surgical pathology - liver core biopsy"), "2025-03-10",
         "Metastatic carcinoma consistent with breast primary. ER 0%, PR 0%, HER2 IHC 1+ (HER2-low).",
         results=[her2])
for d in ("2025-03-24", "2025-04-14", "2025-05-05", "2025-05-26", "2025-06-16", "2025-07-07"):
    c.med("admin", hc("J9045"), d)
    c.med("admin", hc("J9201"), d)
c.progression("2026-03-20", note="Enlarging hepatic metastases on carboplatin + gemcitabine "
                                 "(first line for metastatic disease).")
c.ecog("2026-04-02", 1)
c.med("req", hc("J9358", "Enhertu 5.4 mg/kg IV q3w"), "2026-04-08", status="draft", intent="proposal")

# b02 sacituzumab, mTNBC: neoadjuvant regimen + one metastatic line (ASCENT)
c = case(2, "breast", "2026-05-05", svc(HCPCS, "J9317"), S, None,
         "Sacituzumab govitecan (Trodelvy) for metastatic triple-negative breast cancer that "
         "relapsed 7 months after neoadjuvant dose-dense AC then paclitaxel/carboplatin and surgery, "
         "and then progressed on first-line capecitabine for metastatic disease.",
         "Trodelvy label 1.1: unresectable locally advanced or metastatic TNBC in adults who have "
         "received two or more prior systemic therapies, at least one of them for metastatic "
         "disease. Pivotal trial ASCENT (a (neo)adjuvant regimen counted as one line when disease "
         "recurred within 12 months). Fine print: the count includes the early-stage regimen; only "
         "one line needs to be metastatic. Record: ER/PR <1%, HER2 IHC 0, neoadjuvant AC-TCb, "
         "lung recurrence 7 months after surgery, capecitabine for metastatic disease then "
         "progression: two prior systemic therapies, one metastatic -- supported.",
         "TNBC: neoadjuvant regimen + 1 metastatic line = 2 prior systemic therapies",
         "female", "1984-09-03", ("Reyes", "Daniela"))
c.cond(cc((SCT, "254837009"), text="Triple-negative invasive ductal carcinoma, right breast"),
       "2024-03-11")
c.obs(cc((LN, "16112-5")), "2024-03-14", vcc(NEG, text="Negative (<1%)"))
c.obs(cc((LN, "16113-3")), "2024-03-14", vcc(NEG, text="Negative (<1%)"))
c.obs(cc((LN, "85319-2")), "2024-03-14", vcc(NEG, text="IHC 0"))
c.obs(cc((LN, "48676-1")), "2024-03-14", vcc(NEG, text="HER2 negative"))
for d in ("2024-04-01", "2024-04-15", "2024-04-29", "2024-05-13"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002"), d)
for d in ("2024-05-27", "2024-06-17", "2024-07-08", "2024-07-29"):
    c.med("admin", hc("J9267"), d)
    c.med("admin", hc("J9045"), d)
c.proc(cc((CPT, "19303")), "2024-09-02", note="ypT1c ypN1a: residual disease.")
c.cond(cc((ICD, "C78.01")), "2025-04-08", note="Recurrence in right lung, biopsy-proven TNBC.")
c.med("stmt", rx("194000", "capecitabine 1000 mg/m2 BID d1-14 (first line, metastatic)"),
      "2025-04-28", end="2026-04-10")
c.progression("2026-04-10", note="New pulmonary and pleural disease on capecitabine.")
c.ecog("2026-04-20", 1)
c.med("req", hc("J9317", "Trodelvy 10 mg/kg d1,8 q21d"), "2026-04-28", status="draft", intent="proposal")

# b03 alpelisib + fulvestrant, PIK3CA H1047R after letrozole + palbociclib (SOLAR-1)
c = case(3, "breast", "2026-03-10", svc(RX, "2169285"), S, None,
         "Alpelisib (Piqray) with fulvestrant for postmenopausal HR-positive, HER2-negative breast "
         "cancer with bone metastases and PIK3CA p.His1047Arg, after progression on letrozole + "
         "palbociclib.",
         "Piqray label 1: in combination with fulvestrant for HR-positive, HER2-negative, "
         "PIK3CA-mutated advanced or metastatic breast cancer, as detected by an FDA-approved "
         "test, following progression on or after an endocrine-based regimen. Pivotal trial "
         "SOLAR-1 (postmenopausal women and men; PIK3CA cohort). Record documents every "
         "fine-print fact: PIK3CA H1047R (mCODE variant), postmenopausal, endocrine-based regimen "
         "with progression: supported.",
         "PIK3CA H1047R, postmenopausal, progression after AI + CDK4/6 inhibitor",
         "female", "1956-07-28", ("Lindahl", "Ingrid"))
c.cond(cc((ICD, "C50.911")), "2019-10-02")
c.cond(cc((ICD, "Z17.0")), "2019-10-02")
c.cond(cc((ICD, "C79.51")), "2023-11-20")
c.obs(cc((LN, "16113-3")), "2019-10-05", vcc(POS, text="Positive 60%"))
c.obs(cc((LN, "85319-2")), "2023-11-28", vcc(NEG, text="0"))
c.postmeno("2019-10-02")
c.med("stmt", rx("72965"), "2023-12-01", end="2026-01-30")
c.med("stmt", rx("1601374"), "2023-12-01", end="2026-01-30")
c.progression("2026-01-28", note="New osseous and nodal lesions on letrozole + palbociclib.")
pik = c.variant("2026-02-16", "HGNC:8975", c="NM_006218.4:c.3140A>G",
                p="NP_006209.2:p.(His1047Arg)", text="PIK3CA H1047R detected (therascreen)")
c.report(cc((LN, "51969-4")), "2026-02-16", "PIK3CA p.H1047R detected. ESR1 not detected.",
         cat="GE", results=[pik])
c.med("req", hc("J9395", "fulvestrant 500 mg IM d1, d15, d29 then monthly"), "2026-03-02",
      status="draft", intent="proposal")
c.med("req", rx("2169285", "Piqray 300 mg daily with fulvestrant"), "2026-03-02", status="draft",
      intent="proposal")

# b04 tucatinib after first-line THP for metastatic disease (HER2CLIMB)
c = case(4, "breast", "2026-06-02", svc(RX, "2361285"), S, None,
         "Tucatinib (Tukysa) with trastuzumab and capecitabine for HER2-positive metastatic breast "
         "cancer with new brain metastases after first-line trastuzumab + pertuzumab + docetaxel "
         "for metastatic disease.",
         "Tukysa label 1.1: with trastuzumab and capecitabine for advanced unresectable or "
         "metastatic HER2-positive breast cancer, including brain metastases, in adults who have "
         "received one or more prior anti-HER2-based regimens in the metastatic setting. Pivotal "
         "trial HER2CLIMB. Record: HER2 IHC 3+, THP given for metastatic disease, progression in "
         "the brain: the 'in the metastatic setting' clause is met -- supported.",
         "HER2+, one prior anti-HER2 regimen in the metastatic setting (THP)",
         "female", "1969-12-12", ("Petrovic", "Milena"))
c.cond(cc((ICD, "C50.411")), "2024-01-15", stage=cc((SCT, "1222837003"), text="Stage IV de novo"))
c.cond(cc((SCT, "94381002")), "2024-01-15")
c.obs(cc((LN, "85319-2")), "2024-01-19", vcc(POS, text="3+"))
c.obs(cc((LN, "16112-5")), "2024-01-19", vcc(POS, text="Positive 30%"))
for d in ("2024-02-05", "2024-02-26", "2024-03-18", "2024-04-08", "2024-04-29", "2024-05-20"):
    c.med("admin", hc("J9355"), d)
    c.med("admin", hc("J9306"), d)
    c.med("admin", hc("J9171"), d)
c.cond(cc((SCT, "94225005")), "2026-05-11", note="Three cerebellar and frontal metastases on MRI.")
c.progression("2026-05-11", note="Intracranial progression on maintenance trastuzumab + pertuzumab.")
c.ecog("2026-05-20", 1)
c.med("req", rx("2361285", "Tukysa 300 mg BID + trastuzumab + capecitabine"), "2026-05-27",
      status="draft", intent="proposal")

# b05 T-DXd HER2-low HR-negative: prior therapy record incomplete
c = case(5, "breast", "2026-04-21", svc(HCPCS, "J9358"), ND, ["prior_therapy"],
         "Fam-trastuzumab deruxtecan requested for HER2-low (IHC 2+, ISH not amplified), "
         "ER/PR-negative metastatic breast cancer in a patient transferring care; she 'had "
         "chemotherapy' elsewhere but neither the regimen, its setting (adjuvant or metastatic) "
         "nor its dates are in the record.",
         "Enhertu label 1.1: HER2-low disease requires a prior chemotherapy in the metastatic "
         "setting or recurrence during or within 6 months of completing adjuvant chemotherapy "
         "(DESTINY-Breast04); the endocrine-based HER2-low/ultralow route (DESTINY-Breast06) needs "
         "HR-positive disease. HER2-low, HR-negative and metastatic status are documented; "
         "whether and when chemotherapy was given is not: needs-documentation (prior_therapy).",
         "HR-negative HER2-low: prior chemotherapy setting/timing not documented",
         "female", "1966-04-06", ("Abbasi", "Nadia"))
c.cond(cc((ICD, "C50.911")), "2026-02-20",
       note="Metastatic breast carcinoma; original diagnosis 2020 at an outside hospital.")
c.cond(cc((ICD, "C79.51")), "2026-02-20")
c.cond(cc((ICD, "C78.7")), "2026-02-20")
c.obs(cc((LN, "16112-5")), "2026-03-02", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "16113-3")), "2026-03-02", vcc(NEG, text="Negative (0%)"))
c.obs(cc((LN, "85319-2")), "2026-03-02", vcc(text="2+ (equivocal)"))
c.obs(cc((LN, "85318-4")), "2026-03-04", vcc(NEG, text="Not amplified; HER2/CEP17 1.4"))
c.obs(cc((LN, "48676-1")), "2026-03-04", vcc(text="HER2-low (IHC 2+/ISH-)"))
c.doc("New-patient consult 2026-04-10: transferred from out of state. Reports 'chemotherapy' "
      "at her previous cancer centre; she cannot recall the drugs or whether it was given before "
      "or after the metastases were found. Outside records requested, not yet received. Liver "
      "biopsy here: ER/PR negative, HER2 2+/ISH non-amplified (HER2-low). Requesting Enhertu.",
      "2026-04-10", kind="11488-4")
c.ecog("2026-04-10", 1)

# b06 eribulin: anthracycline exposure not documented
c = case(6, "breast", "2026-05-19", svc(HCPCS, "J9179"), ND, ["prior_therapy"],
         "Eribulin (Halaven) for HR-positive, HER2-negative metastatic breast cancer after two "
         "chemotherapy lines for metastatic disease (capecitabine, then weekly paclitaxel); the "
         "2016 adjuvant chemotherapy regimen is recorded only as 'adjuvant chemotherapy, outside "
         "hospital' -- no anthracycline is documented anywhere.",
         "Halaven label 1.1: metastatic breast cancer in patients who have previously received at "
         "least two chemotherapeutic regimens for metastatic disease; prior therapy should have "
         "included an anthracycline and a taxane in either the adjuvant or metastatic setting "
         "(EMBRACE). Two metastatic regimens and a taxane are documented; anthracycline exposure "
         "is absent (adjuvant regimen unknown): needs-documentation (prior_therapy).",
         "anthracycline clause: adjuvant regimen unknown",
         "female", "1960-01-25", ("Moreno", "Pilar"))
c.cond(cc((ICD, "C50.912")), "2016-02-01")
c.cond(cc((ICD, "Z17.0")), "2016-02-01")
c.cond(cc((SCT, "94381002")), "2023-06-12")
c.obs(cc((LN, "85319-2")), "2023-06-20", vcc(NEG, text="IHC 0"))
c.postmeno("2023-06-12")
c.med("stmt", cc(text="adjuvant chemotherapy (outside hospital), regimen not recorded"),
      "2016-03-01", end="2016-08-01")
c.med("stmt", rx("84857"), "2023-07-01", end="2024-08-15")
c.med("stmt", rx("1873916"), "2023-07-01", end="2024-08-15")
c.med("stmt", rx("194000", "capecitabine (first chemotherapy for metastatic disease)"),
      "2024-09-01", end="2025-06-30")
for d in ("2025-07-14", "2025-07-21", "2025-07-28", "2025-08-04", "2025-08-18"):
    c.med("admin", hc("J9267", "paclitaxel 80 mg/m2 weekly (second chemotherapy, metastatic)"), d)
c.progression("2026-04-28", note="Hepatic progression on weekly paclitaxel.")
c.doc("Note 2026-05-12: two chemotherapy lines for metastatic disease completed. Adjuvant "
      "chemotherapy in 2016 at an outside hospital -- regimen unknown; records requested. "
      "Plan eribulin 1.4 mg/m2 d1,8 q21d.", "2026-05-12")

# b07 neratinib extended adjuvant: adjuvant regimen unknown
c = case(7, "breast", "2026-03-24", svc(RX, "1940643"), ND, ["prior_therapy"],
         "Neratinib (Nerlynx) requested as extended adjuvant therapy for HER2-positive stage IIA "
         "breast cancer after mastectomy; adjuvant systemic therapy was given at another centre "
         "and the record does not say whether it included trastuzumab.",
         "Nerlynx label 1.1: as a single agent for the extended adjuvant treatment of early-stage "
         "HER2-positive breast cancer, to follow adjuvant trastuzumab-based therapy (ExteNET). "
         "HER2 status, early stage and surgery are documented; prior adjuvant trastuzumab is "
         "neither documented nor excluded: needs-documentation (prior_therapy).",
         "prior adjuvant trastuzumab not documented",
         "female", "1975-08-30", ("Kaur", "Simran"))
c.cond(cc((ICD, "C50.411")), "2024-10-07")
c.obs(cc((LN, "85318-4")), "2024-10-11", vcc(POS, text="Amplified; HER2/CEP17 ratio 3.9"))
c.obs(cc((LN, "16112-5")), "2024-10-11", vcc(POS, text="Positive 80%"))
c.proc(cc((CPT, "19303")), "2024-11-04")
c.stage("2024-11-12", "Stage IIA (pT2 pN0 M0)")
c.doc("Note 2026-03-16: completed adjuvant therapy at another centre (Nov 2024 - Dec 2025); "
      "treatment summary not received and the patient is unsure which drugs were given. "
      "Now on tamoxifen. Requesting neratinib 240 mg daily x 1 year.", "2026-03-16")
c.med("req", rx("10324"), "2026-01-05")

# b08 alpelisib: PIK3CA never tested
c = case(8, "breast", "2026-06-16", svc(RX, "2169285"), ND, ["pik3ca"],
         "Alpelisib with fulvestrant requested for postmenopausal HR-positive, HER2-negative "
         "metastatic breast cancer after anastrozole + ribociclib; PIK3CA testing was never "
         "performed (recorded as not performed).",
         "Piqray label 1: PIK3CA-mutated disease as detected by an FDA-approved test, after "
         "progression on or after an endocrine-based regimen (SOLAR-1). HR/HER2 status, "
         "metastases and the prior endocrine regimen are documented; the PIK3CA result is absent "
         "(test not performed): needs-documentation (pik3ca).",
         "PIK3CA gate absent (never tested)",
         "female", "1952-03-14", ("Hughes", "Margaret"))
c.cond(cc((SCT, "254837009"), text="Lobular carcinoma of breast, metastatic"), "2022-05-16")
c.cond(cc((ICD, "Z17.0")), "2022-05-16")
c.cond(cc((SCT, "94222008")), "2024-02-01")
c.obs(cc((LN, "85319-2")), "2024-02-08", vcc(NEG, text="0"))
c.postmeno("2022-05-16")
c.med("stmt", rx("84857"), "2024-02-15", end="2026-05-01")
c.med("stmt", rx("1873916"), "2024-02-15", end="2026-05-01")
c.progression("2026-04-28")
c.obs(tcc("PIK3CA mutation analysis"), "2026-05-05", NOTDONE,
      note="Not performed: no tissue block available; plasma test not ordered.")
c.doc("Note 2026-06-09: progression on anastrozole + ribociclib. Plan fulvestrant + alpelisib.",
      "2026-06-09")

# b09 T-DXd HER2-low HR-negative, no chemo for metastatic disease, late recurrence
c = case(9, "breast", "2026-04-07", svc(HCPCS, "J9358"), RR, None,
         "Fam-trastuzumab deruxtecan requested first line for HER2-low (IHC 1+), ER/PR-negative "
         "breast cancer that recurred in bone and lung 38 months after completing adjuvant AC-T; "
         "no chemotherapy has been given for metastatic disease.",
         "Enhertu label 1.1: HER2-low disease after a prior chemotherapy in the metastatic setting "
         "or recurrence during or within 6 months of completing adjuvant chemotherapy "
         "(DESTINY-Breast04); the DESTINY-Breast06 route (endocrine progression) needs HR-positive "
         "disease and the other breast indications need HER2-positive disease. The record "
         "explicitly documents no metastatic-setting chemotherapy and a recurrence 38 months after "
         "adjuvant chemotherapy, contradicting the sequencing clause: refer-to-reviewer.",
         "HR-negative HER2-low, recurrence >6 months after adjuvant chemo, chemo-naive metastatic",
         "female", "1978-11-21", ("Nakagawa", "Yuki"))
c.cond(cc((ICD, "C50.911")), "2022-01-12")
c.cond(cc((ICD, "Z17.1")), "2022-01-15")
c.obs(cc((LN, "16113-3")), "2022-01-15", vcc(NEG, text="Negative (0%)"))
for d in ("2022-02-07", "2022-02-21", "2022-03-07", "2022-03-21"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002"), d)
for d in ("2022-04-04", "2022-05-02", "2022-06-13"):
    c.med("admin", hc("J9267"), d)
c.doc("Adjuvant chemotherapy (AC then weekly paclitaxel) completed 2022-06-27.", "2022-06-27")
c.cond(cc((ICD, "C79.51")), "2025-08-25")
c.cond(cc((ICD, "C78.01")), "2025-08-25")
c.obs(cc((LN, "85319-2")), "2025-09-02", vcc(text="1+ (HER2-low)"), note="Bone biopsy.")
c.doc("Consult 2026-03-30: HR-negative, HER2-low breast cancer recurred (bone, lung) in August "
      "2025, 38 months after completing adjuvant AC-paclitaxel. No systemic therapy has been "
      "given for metastatic disease. Requesting trastuzumab deruxtecan as first-line therapy.",
      "2026-03-30", kind="11488-4")

# b10 sacituzumab first line mTNBC, treatment-naive
c = case(10, "breast", "2026-05-26", svc(HCPCS, "J9317"), RR, None,
         "Sacituzumab govitecan requested as first-line therapy for de novo metastatic "
         "triple-negative breast cancer; no prior systemic therapy of any kind.",
         "Trodelvy label 1.1: TNBC after two or more prior systemic therapies, at least one for "
         "metastatic disease (ASCENT); the HR-positive/HER2-negative indication (TROPiCS-02) "
         "needs HR-positive disease after endocrine therapy and two further systemic therapies. "
         "The record documents a treatment-naive patient, contradicting the prior-therapy gate: "
         "refer-to-reviewer.",
         "TNBC treatment-naive: 0 of 2 required prior systemic therapies",
         "female", "1981-06-17", ("Mensah", "Abena"))
c.cond(cc((ICD, "C50.912"), text="Triple-negative breast carcinoma, metastatic at diagnosis"),
       "2026-04-20", stage=cc((SCT, "1222837003"), text="Stage IV"))
c.cond(cc((SCT, "94381002")), "2026-04-20")
c.obs(cc((LN, "16112-5")), "2026-04-24", vcc(NEG, text="<1%"))
c.obs(cc((LN, "16113-3")), "2026-04-24", vcc(NEG, text="<1%"))
c.obs(cc((LN, "85319-2")), "2026-04-24", vcc(NEG, text="IHC 0"))
c.doc("Consult 2026-05-18: de novo metastatic TNBC (liver). No prior chemotherapy, "
      "immunotherapy or other systemic therapy. PD-L1 CPS pending. Requesting sacituzumab "
      "govitecan first line.", "2026-05-18", kind="11488-4")
c.med("req", hc("J9317"), "2026-05-20", status="draft", intent="proposal")

# b11 alpelisib first line, endocrine-naive
c = case(11, "breast", "2026-03-31", svc(RX, "2169285"), RR, None,
         "Alpelisib with fulvestrant requested as initial therapy for de novo metastatic "
         "HR-positive, HER2-negative breast cancer with PIK3CA p.E545K in a postmenopausal woman "
         "who has never received endocrine therapy.",
         "Piqray label 1: PIK3CA-mutated HR+/HER2- advanced breast cancer following progression "
         "on or after an endocrine-based regimen (SOLAR-1 enrolled only patients with prior "
         "aromatase-inhibitor exposure). The record documents endocrine-naive disease, "
         "contradicting the sequencing clause: refer-to-reviewer.",
         "endocrine-naive: no progression on an endocrine-based regimen",
         "female", "1958-05-09", ("Byrne", "Siobhan"))
c.cond(cc((ICD, "C50.411")), "2026-02-10", stage=cc((SCT, "1222837003"), text="Stage IV (bone)"))
c.cond(cc((ICD, "Z17.0")), "2026-02-10")
c.cond(cc((ICD, "C79.51")), "2026-02-10")
c.obs(cc((LN, "85319-2")), "2026-02-13", vcc(NEG, text="1+"))
c.obs(cc((LN, "85318-4")), "2026-02-13", vcc(NEG, text="Not amplified"))
c.postmeno("2026-02-10")
c.variant("2026-03-06", "HGNC:8975", c="NM_006218.4:c.1633G>A", p="p.E545K",
          text="PIK3CA E545K detected")
c.doc("Consult 2026-03-24: newly diagnosed metastatic HR+/HER2- breast cancer; no prior "
      "endocrine therapy or other systemic therapy. Requesting fulvestrant + alpelisib first "
      "line because of the PIK3CA mutation.", "2026-03-24", kind="11488-4")
c.med("req", rx("2169285"), "2026-03-24", status="draft", intent="proposal")

# b12 tucatinib first line for metastatic disease; anti-HER2 only adjuvant
c = case(12, "breast", "2026-06-09", svc(RX, "2361285"), RR, None,
         "Tucatinib with trastuzumab and capecitabine requested as first-line therapy for "
         "HER2-positive breast cancer that recurred in the liver 4 years after adjuvant "
         "trastuzumab; no anti-HER2 therapy has been given for metastatic disease.",
         "Tukysa label 1.1: HER2-positive advanced/metastatic breast cancer after one or more "
         "prior anti-HER2-based regimens *in the metastatic setting* (HER2CLIMB). Adjuvant "
         "trastuzumab does not satisfy the clause; the record states explicitly that no "
         "anti-HER2 therapy has been given for metastatic disease: refer-to-reviewer.",
         "anti-HER2 only in the adjuvant setting; none in the metastatic setting",
         "female", "1973-10-02", ("Schmidt", "Katrin"))
c.cond(cc((ICD, "C50.912")), "2021-03-01")
c.obs(cc((LN, "85319-2")), "2021-03-05", vcc(POS, text="3+"))
for d in ("2021-04-05", "2021-04-26", "2021-05-17", "2021-06-07"):
    c.med("admin", hc("J9171"), d)
    c.med("admin", hc("J9045"), d)
    c.med("admin", hc("J9355", "trastuzumab (adjuvant)"), d)
c.med("stmt", rx("224905", "trastuzumab maintenance, adjuvant, to 1 year"), "2021-06-28",
      end="2022-03-28")
c.cond(cc((ICD, "C78.7")), "2026-05-04", note="Biopsy-proven HER2-positive hepatic recurrence.")
c.doc("Consult 2026-06-01: first recurrence (liver) 4 years after adjuvant TCH + trastuzumab. "
      "No treatment yet for metastatic disease. Requesting tucatinib + trastuzumab + "
      "capecitabine as first-line therapy.", "2026-06-01", kind="11488-4")
c.med("req", rx("2361285"), "2026-06-02", status="draft", intent="proposal")


# ================================================================ NSCLC
# n01 pemetrexed + cisplatin first line, adenocarcinoma documented
c = case(1, "nsclc", "2026-03-03", svc(HCPCS, "J9305"), S, None,
         "Pemetrexed with cisplatin, first line, for stage IVA lung adenocarcinoma "
         "(TTF-1 positive, p40 negative) with malignant pleural effusion.",
         "Pemetrexed (Alimta) label 1.1: in combination with cisplatin for the initial treatment "
         "of locally advanced or metastatic non-squamous NSCLC; Limitations of Use: not indicated "
         "for squamous cell NSCLC. Pivotal trial JMDB (benefit confined to non-squamous "
         "histology). Record: adenocarcinoma on pathology with immunostains, stage IVA, no prior "
         "therapy (EGFR/ALK negative as well): supported.",
         "non-squamous histology documented (adenocarcinoma, TTF-1+/p40-)",
         "male", "1959-09-14", ("Alvarez", "Ramon"))
c.cond(cc((ICD, "C34.31")), "2026-01-26")
path = c.obs(tcc("Histologic type"), "2026-01-30", vstr("Adenocarcinoma, acinar predominant"))
c.report(tcc("Surgical pathology - CT-guided core biopsy, right lower lobe"), "2026-01-30",
         "Invasive adenocarcinoma. TTF-1 positive, Napsin A positive, p40 negative.",
         results=[path])
c.stage("2026-02-03", "Stage IVA (cT2b cN2 M1a, malignant pleural effusion)", snomed_iv=True)
c.variant("2026-02-12", "HGNC:3236", present=False, text="No EGFR mutation detected")
c.variant("2026-02-12", "HGNC:427", present=False, text="No ALK fusion detected")
c.obs(cc((LN, "85147-7")), "2026-02-12", qty(0, "%", "%"), note="TPS <1% (22C3).")
c.ecog("2026-02-20", 1)
c.med("req", hc("J9060", "cisplatin 75 mg/m2 d1 q21d"), "2026-02-25", status="draft", intent="proposal")
c.med("req", hc("J9305", "pemetrexed 500 mg/m2 d1 q21d"), "2026-02-25", status="draft", intent="proposal")

# n02 pembrolizumab monotherapy first line, squamous, EGFR/ALK negative documented
c = case(2, "nsclc", "2026-04-28", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab (Keytruda) monotherapy, first line, for metastatic squamous NSCLC with "
         "PD-L1 TPS 80%; EGFR and ALK tested and negative.",
         "Keytruda label 1.x (NSCLC): as a single agent for the first-line treatment of NSCLC "
         "expressing PD-L1 (TPS >= 1%) as determined by an FDA-approved test, with no EGFR or ALK "
         "genomic tumor aberrations, and stage III not amenable to resection or definitive "
         "chemoradiation, or metastatic. Pivotal trials KEYNOTE-024/-042. The fine print is the "
         "'no EGFR or ALK aberrations' clause, which applies whatever the histology; here both "
         "are documented negative: supported.",
         "TPS 80%, EGFR and ALK documented negative, metastatic, first line",
         "male", "1951-01-30", ("Kowalski", "Jerzy"))
c.cond(cc((ICD, "C34.12"), text="Squamous cell carcinoma, left upper lobe"), "2026-03-09")
c.cond(cc((SCT, "94222008")), "2026-03-12")
c.stage("2026-03-16", "Stage IVB (M1c)", snomed_iv=True)
c.obs(cc((LN, "85147-7")), "2026-03-25", qty(80, "%", "%"), note="TPS 80% (22C3 pharmDx).")
egfr = c.variant("2026-04-01", "HGNC:3236", present=False)
alk = c.variant("2026-04-01", "HGNC:427", present=False)
c.report(cc((LN, "51969-4")), "2026-04-01",
         "DNA/RNA NGS: no EGFR mutation, no ALK/ROS1/RET fusion; no actionable alteration.",
         cat="GE", results=[egfr, alk])
c.ecog("2026-04-15", 1)
c.med("req", hc("J9271", "pembrolizumab 200 mg q3w"), "2026-04-22", status="draft", intent="proposal")

# n03 durvalumab consolidation after concurrent chemoradiation, no progression (PACIFIC)
c = case(3, "nsclc", "2026-05-12", svc(HCPCS, "J9173"), S, None,
         "Durvalumab (Imfinzi) consolidation for unresectable stage IIIB adenocarcinoma after "
         "concurrent carboplatin/paclitaxel with 60 Gy thoracic radiotherapy; post-treatment CT "
         "shows partial response without progression.",
         "Imfinzi label 1.1: unresectable stage III NSCLC whose disease has not progressed "
         "following concurrent platinum-based chemotherapy and radiation therapy. Pivotal trial "
         "PACIFIC. Record: tumour board calls the disease unresectable, weekly carboplatin/"
         "paclitaxel administrations concurrent with IMRT, post-chemoradiation CT with partial "
         "response and no new disease (EGFR/ALK negative): supported.",
         "unresectable stage III, concurrent platinum CRT completed, no progression",
         "female", "1962-08-08", ("Holm", "Kirsten"))
c.cond(cc((ICD, "C34.11"), text="Adenocarcinoma RUL"), "2025-12-08")
c.proc(cc((CPT, "31652")), "2025-12-15", note="EBUS: 4R and 7 positive (N2), 2R positive.")
c.stage("2025-12-22", "Stage IIIB (cT3 cN2 M0), unresectable per thoracic tumor board")
c.variant("2026-01-05", "HGNC:3236", present=False)
c.obs(tcc("ALK (D5F3) IHC"), "2026-01-05", vcc(NEG, text="Negative"))
c.proc(cc((CPT, "77301"), text="IMRT plan, 60 Gy in 30 fractions, concurrent with chemotherapy"),
       "2026-01-12")
for d in ("2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"):
    c.med("admin", hc("J9045", "carboplatin AUC 2 weekly with RT"), d)
    c.med("admin", hc("J9267", "paclitaxel 45 mg/m2 weekly with RT"), d)
c.report(cc((LN, "18748-4")), "2026-04-06",
         "CT chest 6 weeks after chemoradiation: partial response of the RUL primary and "
         "mediastinal nodes; no new lesions; no evidence of progression.", cat="RAD")
c.ecog("2026-04-20", 1)
c.med("req", hc("J9173", "durvalumab 1500 mg q4w x 12 months"), "2026-05-05", status="draft",
      intent="proposal")

# n04 osimertinib adjuvant, L858R, after resection and adjuvant chemotherapy (ADAURA)
c = case(4, "nsclc", "2026-06-23", svc(RX, "1721560"), S, None,
         "Osimertinib (Tagrisso) adjuvant therapy after lobectomy and four cycles of "
         "cisplatin/pemetrexed for stage IIB adenocarcinoma with EGFR p.Leu858Arg.",
         "Tagrisso label 1.1: adjuvant therapy after tumor resection in adult patients with NSCLC "
         "whose tumors have EGFR exon 19 deletions or exon 21 L858R mutations, as detected by an "
         "FDA-approved test. Pivotal trial ADAURA. Record: lobectomy, pathological stage IIB, "
         "EGFR L858R (c.2573T>G), adjuvant chemotherapy completed: supported.",
         "resected stage IIB, EGFR L858R, adjuvant",
         "female", "1963-04-17", ("Chen", "Mei-Ling"))
c.cond(cc((ICD, "C34.12"), (SCT, "254637007"), text="Adenocarcinoma, left upper lobe"), "2025-09-08")
c.proc(cc((CPT, "32663")), "2025-10-20")
c.obs(cc((LN, "21902-2")), "2025-10-27", vcc((SCT, "1222769001"), text="pT3 pN0 M0 - stage IIB"),
      cat="survey")
c.variant("2025-11-04", "HGNC:3236", c="NM_005228.5:c.2573T>G", p="NP_005219.2:p.(Leu858Arg)",
          text="EGFR L858R (exon 21)")
for d in ("2025-11-24", "2025-12-15", "2026-01-05", "2026-01-26"):
    c.med("admin", hc("J9060"), d)
    c.med("admin", hc("J9305"), d)
c.report(cc((LN, "18748-4")), "2026-05-28", "CT chest/abdomen: no evidence of recurrence.", cat="RAD")
c.med("req", rx("1721560", "Tagrisso 80 mg daily x 3 years"), "2026-06-15", status="draft",
      intent="proposal")

# n05 pemetrexed: histology not yet classified
c = case(5, "nsclc", "2026-03-17", svc(HCPCS, "J9305"), ND, ["histology"],
         "Pemetrexed with carboplatin and pembrolizumab requested for metastatic lung cancer "
         "whose biopsy shows 'malignant cells present, final histologic classification pending "
         "additional stains'; EGFR and ALK negative on plasma NGS.",
         "Pemetrexed label 1.1: non-squamous NSCLC only (with pembrolizumab and platinum, with "
         "cisplatin, maintenance, or after prior chemotherapy); Limitations of Use: not for "
         "squamous cell NSCLC. Stage, EGFR and ALK are documented; the histologic subtype is not "
         "yet known: needs-documentation (histology).",
         "histology gate absent: subtype pending",
         "male", "1957-02-02", ("Duarte", "Sergio"))
c.cond(cc((ICD, "C34.11"), text="Malignant neoplasm of right upper lobe, histology pending"),
       "2026-02-16")
c.cond(cc((ICD, "C79.51")), "2026-02-18")
c.stage("2026-02-20", "Stage IVB", snomed_iv=True)
c.report(tcc("Cytology - EBUS-TBNA station 4R"), "2026-02-24",
         "Malignant cells present. Final histologic classification pending additional "
         "immunostains on the cell block (insufficient material; re-cut requested).")
c.obs(tcc("Plasma ctDNA NGS - EGFR"), "2026-03-02", vstr("No EGFR mutation detected"))
c.obs(tcc("Plasma ctDNA NGS - ALK"), "2026-03-02", vstr("No ALK fusion detected"))
c.obs(cc((LN, "85147-7")), "2026-03-02", qty(20, "%", "%"))
c.med("req", cc(text="carboplatin AUC 5 + pemetrexed 500 mg/m2 + pembrolizumab 200 mg q3w"),
      "2026-03-10", status="draft", intent="proposal")

# n06 durvalumab consolidation: chemoradiation not documented
c = case(6, "nsclc", "2026-04-14", svc(HCPCS, "J9173"), ND, ["prior_therapy"],
         "Durvalumab consolidation requested for unresectable stage IIIA NSCLC; the patient "
         "'finished chemoradiation' at another hospital but the record holds no chemotherapy or "
         "radiotherapy entries and no treatment summary (concurrent vs sequential, platinum or "
         "not).",
         "Imfinzi label 1.1: unresectable stage III NSCLC whose disease has not progressed "
         "following *concurrent platinum-based* chemotherapy and radiation therapy (PACIFIC). "
         "Unresectable stage III and the post-treatment CT are documented; the qualifying "
         "chemoradiation is not: needs-documentation (prior_therapy).",
         "concurrent platinum chemoradiation not documented",
         "male", "1955-10-10", ("O'Brien", "Seamus"))
c.cond(cc((ICD, "C34.31"), text="Squamous cell carcinoma, right lower lobe"), "2025-11-03")
c.obs(cc((LN, "21908-9")), "2025-11-20", vcc((SCT, "1222802001"), text="Stage IIIA (cT4 cN0 M0)"),
      cat="survey")
c.doc("Thoracic tumor board 2025-11-24: unresectable (central T4, invasion of the carina). "
      "Refer to outside radiation centre for definitive chemoradiation.", "2025-11-24",
      kind="11488-4")
c.report(cc((LN, "18748-4")), "2026-03-30",
         "CT chest: interval decrease of the right lower lobe mass; no new lesions.", cat="RAD")
c.doc("Note 2026-04-07: returns after 'chemoradiation' elsewhere (completed ~February 2026). "
      "Treatment summary, chemotherapy agents and RT dose not yet received. Requesting "
      "durvalumab consolidation.", "2026-04-07")

# n07 atezolizumab adjuvant: PD-L1 never tested
c = case(7, "nsclc", "2026-05-05", svc(HCPCS, "J9022"), ND, ["pdl1"],
         "Atezolizumab (Tecentriq) requested as adjuvant therapy after lobectomy and four cycles "
         "of cisplatin/pemetrexed for stage IIIA adenocarcinoma; PD-L1 was never tested on the "
         "resection specimen.",
         "Tecentriq label 1.x (NSCLC): adjuvant treatment following resection and platinum-based "
         "chemotherapy for stage II to IIIA NSCLC whose tumors have PD-L1 expression on >= 1% of "
         "tumor cells, as determined by an FDA-approved test (IMpower010, SP263). Resection, "
         "stage and adjuvant platinum are documented; PD-L1 is absent (test not performed): "
         "needs-documentation (pdl1).",
         "PD-L1 TC gate absent (not tested)",
         "male", "1960-12-01", ("Yamamoto", "Kenji"))
c.cond(cc((ICD, "C34.11")), "2025-08-18")
c.proc(cc((CPT, "32663")), "2025-09-29")
c.obs(cc((LN, "21902-2")), "2025-10-06", vcc((SCT, "1222802001"), text="pT2a pN2 M0 - stage IIIA"),
      cat="survey")
c.variant("2025-10-14", "HGNC:3236", present=False)
c.variant("2025-10-14", "HGNC:427", present=False)
for d in ("2025-11-03", "2025-11-24", "2025-12-15", "2026-01-05"):
    c.med("admin", hc("J9060"), d)
    c.med("admin", hc("J9305"), d)
c.obs(tcc("PD-L1 (SP263) tumor cell staining"), "2026-04-20", NOTDONE,
      note="Not performed on the resection specimen; block at outside pathology.")
c.med("req", hc("J9022", "atezolizumab 1200 mg q3w x 1 year"), "2026-04-27", status="draft",
      intent="proposal")

# n08 pembrolizumab monotherapy first line: EGFR/ALK not resulted
c = case(8, "nsclc", "2026-06-09", svc(HCPCS, "J9271"), ND, ["egfr", "alk"],
         "Pembrolizumab monotherapy requested first line for metastatic lung adenocarcinoma in "
         "a never-smoker with PD-L1 TPS 60%; the tissue NGS panel (EGFR, ALK) is still pending.",
         "Keytruda label (NSCLC): single-agent first-line therapy requires PD-L1 TPS >= 1% and no "
         "EGFR or ALK genomic tumor aberrations (KEYNOTE-042); the chemotherapy combinations "
         "carry the same EGFR/ALK clause. PD-L1 and stage are documented; EGFR and ALK status "
         "are absent: needs-documentation (egfr, alk).",
         "EGFR/ALK clause: NGS pending",
         "female", "1970-07-07", ("Lim", "Hwee Ling"))
c.cond(cc((ICD, "C34.90"), text="Adenocarcinoma of lung"), "2026-05-04")
c.cond(cc((SCT, "94381002")), "2026-05-06")
c.stage("2026-05-08", "Stage IVB", snomed_iv=True)
c.obs(cc((LN, "85147-7")), "2026-05-20", qty(60, "%", "%"))
c.sreq(cc((CPT, "81455")), "2026-05-20", note="Comprehensive tissue NGS sent; result pending.")
c.doc("Note 2026-06-02: never-smoker, 55. PD-L1 60%. Wishes to start immunotherapy now; NGS "
      "pending. Requesting pembrolizumab monotherapy.", "2026-06-02")

# n09 pemetrexed for squamous cell carcinoma
c = case(9, "nsclc", "2026-03-24", svc(HCPCS, "J9305"), RR, None,
         "Pemetrexed with carboplatin requested first line for metastatic squamous cell "
         "carcinoma of the lung (p40 positive, TTF-1 negative).",
         "Pemetrexed label 1.1, Limitations of Use: not indicated for the treatment of patients "
         "with squamous cell non-small cell lung cancer (JMDB: inferior survival in squamous "
         "histology). Squamous histology on pathology contradicts the label: refer-to-reviewer.",
         "squamous histology (Limitations of Use)",
         "male", "1949-04-04", ("Fitzsimmons", "Brendan"))
c.cond(cc((ICD, "C34.11")), "2026-02-09")
c.cond(cc((ICD, "C78.7")), "2026-02-12")
c.report(tcc("Surgical pathology - bronchoscopic biopsy, right upper lobe"), "2026-02-13",
         "Squamous cell carcinoma, moderately differentiated. p40 positive, TTF-1 negative.")
c.obs(tcc("Histologic type"), "2026-02-13", vstr("Squamous cell carcinoma"))
c.stage("2026-02-16", "Stage IVB", snomed_iv=True)
c.ecog("2026-03-02", 1)
c.med("req", hc("J9305", "pemetrexed 500 mg/m2 + carboplatin AUC 5 q3w"), "2026-03-17",
      status="draft", intent="proposal")

# n10 bevacizumab for squamous NSCLC
c = case(10, "nsclc", "2026-04-21", svc(HCPCS, "J9035"), RR, None,
         "Bevacizumab (Avastin) with carboplatin and paclitaxel requested first line for "
         "recurrent, metastatic squamous NSCLC.",
         "Avastin label 1.x (NSCLC): first-line treatment of unresectable, locally advanced, "
         "recurrent or metastatic *non-squamous* NSCLC with carboplatin and paclitaxel (E4599 "
         "excluded squamous histology after fatal haemoptysis in the phase II study). Squamous "
         "histology contradicts the label: refer-to-reviewer.",
         "squamous histology (non-squamous only)",
         "female", "1958-12-24", ("Varga", "Eszter"))
c.cond(cc((ICD, "C34.31"), (SCT, "254637007"), text="Squamous cell carcinoma of lung"),
       "2024-05-06")
c.proc(cc((CPT, "32663")), "2024-06-10")
c.cond(cc((ICD, "C79.51")), "2026-03-09", note="Recurrence: bone and lung.")
c.cond(cc((ICD, "C78.01")), "2026-03-09")
c.report(tcc("Surgical pathology - CT-guided biopsy, iliac lesion"), "2026-03-16",
         "Metastatic squamous cell carcinoma, consistent with lung primary (p40 positive).")
c.ecog("2026-04-06", 1)
c.med("req", hc("J9035", "bevacizumab 15 mg/kg + carboplatin + paclitaxel q3w"), "2026-04-14",
      status="draft", intent="proposal")

# n11 osimertinib adjuvant for EGFR exon 20 insertion
c = case(11, "nsclc", "2026-05-26", svc(RX, "1721560"), RR, None,
         "Osimertinib requested as adjuvant therapy after lobectomy for stage IIIA "
         "adenocarcinoma whose EGFR alteration is an exon 20 insertion (p.Ala767_Val769dup).",
         "Tagrisso label 1.1: adjuvant use is limited to tumors with EGFR exon 19 deletions or "
         "exon 21 L858R mutations (ADAURA); every other Tagrisso indication is likewise "
         "restricted to exon 19 deletion / L858R (or T790M after an EGFR TKI). An exon 20 "
         "insertion contradicts the variant gate: refer-to-reviewer.",
         "EGFR exon 20 insertion, not ex19del/L858R",
         "male", "1966-03-03", ("Tanaka", "Hiroshi"))
c.cond(cc((ICD, "C34.12")), "2025-10-13")
c.proc(cc((CPT, "32663")), "2025-11-17")
c.obs(cc((LN, "21902-2")), "2025-11-24", vcc((SCT, "1222802001"), text="pT3 pN1 M0 - stage IIIA"),
      cat="survey")
egfr = c.variant("2025-12-02", "HGNC:3236", c="NM_005228.5:c.2300_2308dup",
                 p="NP_005219.2:p.(Ala767_Val769dup)", text="EGFR exon 20 insertion")
c.report(cc((LN, "51969-4")), "2025-12-02",
         "EGFR exon 20 insertion p.A767_V769dup detected. No exon 19 deletion, no L858R, no "
         "T790M.", cat="GE", results=[egfr])
for d in ("2025-12-22", "2026-01-12", "2026-02-02", "2026-02-23"):
    c.med("admin", hc("J9060"), d)
    c.med("admin", hc("J9305"), d)
c.med("req", rx("1721560"), "2026-05-18", status="draft", intent="proposal")

# n12 atezolizumab adjuvant with PD-L1 TC 0%
c = case(12, "nsclc", "2026-06-30", svc(HCPCS, "J9022"), RR, None,
         "Atezolizumab requested as adjuvant therapy after lobectomy and cisplatin/vinorelbine "
         "for stage IIB NSCLC whose PD-L1 SP263 tumour-cell staining is 0%.",
         "Tecentriq label (NSCLC): adjuvant use after resection and platinum-based chemotherapy "
         "for stage II-IIIA NSCLC with PD-L1 expression on >= 1% of tumor cells (IMpower010); "
         "its other NSCLC indications are metastatic. PD-L1 TC 0% contradicts the threshold: "
         "refer-to-reviewer.",
         "PD-L1 TC 0% (< 1%) contradicts adjuvant threshold",
         "male", "1957-11-11", ("Novotny", "Pavel"))
c.cond(cc((ICD, "C34.11"), text="Adenocarcinoma RUL"), "2025-11-17")
c.proc(cc((CPT, "32663")), "2025-12-22")
c.obs(cc((LN, "21902-2")), "2025-12-29", vcc((SCT, "1222769001"), text="pT2b pN1 M0 - stage IIB"),
      cat="survey")
c.variant("2026-01-06", "HGNC:3236", present=False)
c.obs(tcc("ALK (D5F3) IHC"), "2026-01-06", vcc(NEG))
c.obs(tcc("PD-L1 (SP263) tumor cell staining"), "2026-01-06", qty(0, "%", "%"),
      note="TC 0%: no membranous staining of tumor cells (VENTANA SP263).")
for d in ("2026-01-26", "2026-02-16", "2026-03-09", "2026-03-30"):
    c.med("admin", hc("J9060"), d)
c.med("stmt", cc(text="vinorelbine 30 mg/m2 d1,8 with cisplatin x4 (adjuvant)"), "2026-01-26",
      end="2026-04-06")
c.med("req", hc("J9022"), "2026-06-22", status="draft", intent="proposal")


# ================================================================ COLORECTAL
# c01 panitumumab + FOLFOX first line, extended RAS wild-type (PRIME)
c = case(1, "colorectal", "2026-03-10", svc(HCPCS, "J9303"), S, None,
         "Panitumumab (Vectibix) with FOLFOX, first line, for left-sided metastatic colon "
         "cancer that is wild-type across KRAS and NRAS exons 2, 3 and 4 and BRAF.",
         "Vectibix label 1: wild-type RAS (defined as wild-type in both KRAS and NRAS as "
         "determined by an FDA-approved test) metastatic colorectal cancer, first line with "
         "FOLFOX (PRIME) or as monotherapy after fluoropyrimidine, oxaliplatin and irinotecan; "
         "Limitations of Use: not indicated for RAS-mutant mCRC or when RAS status is unknown "
         "(the sotorasib combination aside). Record: extended RAS panel wild-type for KRAS and "
         "NRAS, liver metastases, first-line FOLFOX planned: supported.",
         "full RAS (KRAS + NRAS exons 2-4) wild-type, first line with FOLFOX",
         "male", "1964-05-21", ("Haddad", "Karim"))
c.cond(cc((ICD, "C18.7")), "2026-01-19")
c.cond(cc((ICD, "C78.7")), "2026-01-22")
c.stage("2026-01-26", "Stage IVA (M1a, liver)", snomed_iv=True)
k = c.variant("2026-02-09", "HGNC:6407", present=False, text="KRAS exons 2, 3, 4 wild-type")
n = c.variant("2026-02-09", "HGNC:7989", present=False, text="NRAS exons 2, 3, 4 wild-type")
b = c.variant("2026-02-09", "HGNC:1097", present=False, text="BRAF V600E not detected")
c.report(cc((LN, "51969-4")), "2026-02-09",
         "Extended RAS analysis (KRAS and NRAS codons 12, 13, 59, 61, 117, 146): no mutation "
         "detected. BRAF wild-type. MSS.", cat="GE", results=[k, n, b])
c.obs(cc((LN, "81695-9")), "2026-02-09", vcc(text="Microsatellite stable"))
c.ecog("2026-02-24", 0)
c.med("req", cc(text="mFOLFOX6 q2w"), "2026-03-03", status="draft", intent="proposal")
c.med("req", hc("J9303", "panitumumab 6 mg/kg q2w"), "2026-03-03", status="draft", intent="proposal")

# c02 regorafenib after every listed prerequisite (CORRECT)
c = case(2, "colorectal", "2026-04-07", svc(RX, "1312397"), S, None,
         "Regorafenib (Stivarga) for RAS wild-type metastatic rectal cancer after FOLFOX + "
         "bevacizumab and then FOLFIRI + cetuximab.",
         "Stivarga label 1.1: metastatic colorectal cancer previously treated with "
         "fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, "
         "and, if RAS wild-type, an anti-EGFR therapy. Pivotal trial CORRECT. Record documents "
         "each item of the list (5-FU, oxaliplatin, irinotecan, bevacizumab, cetuximab for a RAS "
         "wild-type tumour) and progression: supported.",
         "all five prerequisites documented (incl. anti-EGFR for RAS wild-type)",
         "female", "1961-10-30", ("Guerrero", "Lucia"))
c.cond(cc((ICD, "C20")), "2023-09-04")
c.cond(cc((ICD, "C78.01")), "2023-09-12")
c.variant("2023-09-25", "HGNC:6407", present=False, text="KRAS wild-type (exons 2-4)")
c.variant("2023-09-25", "HGNC:7989", present=False, text="NRAS wild-type (exons 2-4)")
for d in ("2023-10-09", "2023-10-23", "2023-11-06", "2023-11-20"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2024-08-12")
for d in ("2024-08-26", "2024-09-09", "2024-09-23", "2024-10-07"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9055"), d)
c.progression("2026-03-16", note="Progression in lungs on FOLFIRI + cetuximab.")
c.ecog("2026-03-25", 1)
c.med("req", rx("1312397", "Stivarga 160 mg daily d1-21 q28d (dose-escalation 80->160)"),
      "2026-03-31", status="draft", intent="proposal")

# c03 encorafenib + cetuximab after prior therapy (BEACON)
c = case(3, "colorectal", "2026-05-12", svc(RX, "2049106"), S, None,
         "Encorafenib (Braftovi) with cetuximab for BRAF V600E metastatic ascending-colon cancer "
         "that progressed on first-line FOLFOX.",
         "Braftovi label 1.2: in combination with cetuximab for metastatic colorectal cancer "
         "with a BRAF V600E mutation, as detected by an FDA-approved test, after prior therapy "
         "(BEACON CRC); the first-line route requires mFOLFOX6 (BREAKWATER). Record: BRAF V600E "
         "(text NGS result), peritoneal and liver metastases, FOLFOX administrations then "
         "progression: the 'after prior therapy' clause is met -- supported.",
         "BRAF V600E, progressed after FOLFOX; doublet with cetuximab",
         "female", "1957-01-08", ("Sorensen", "Birgit"))
c.cond(cc((SCT, "363406005"), text="Adenocarcinoma of ascending colon"), "2025-06-02")
c.cond(cc((ICD, "C78.6")), "2025-06-09")
c.cond(cc((ICD, "C78.7")), "2025-06-09")
c.obs(tcc("BRAF mutation analysis (NGS)"), "2025-06-20",
      vstr("BRAF c.1799T>A (p.V600E) detected, VAF 34%"))
c.obs(cc((LN, "81695-9")), "2025-06-20", vcc(text="MSS"))
for d in ("2025-07-07", "2025-07-21", "2025-08-04", "2025-08-18", "2025-09-01", "2025-09-15"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2026-04-20", note="Peritoneal progression after first-line FOLFOX.")
c.ecog("2026-04-30", 1)
c.med("req", hc("J9055", "cetuximab 500 mg/m2 q2w"), "2026-05-05", status="draft", intent="proposal")
c.med("req", rx("2049106", "Braftovi 300 mg daily with cetuximab"), "2026-05-05", status="draft",
      intent="proposal")

# c04 bevacizumab second line after first-line bevacizumab (ML18147)
c = case(4, "colorectal", "2026-06-16", svc(HCPCS, "J9035"), S, None,
         "Bevacizumab with FOLFIRI as second-line therapy for KRAS G12D metastatic sigmoid "
         "cancer that progressed on first-line FOLFOX + bevacizumab.",
         "Avastin label 1.1: metastatic colorectal cancer with IV fluorouracil-based chemotherapy "
         "for first- or second-line treatment, and with fluoropyrimidine-irinotecan- or "
         "fluoropyrimidine-oxaliplatin-based chemotherapy for second-line treatment in patients "
         "who have progressed on a first-line bevacizumab-containing regimen (ML18147); "
         "Limitations of Use: not for adjuvant treatment of colon cancer. Record: metastatic "
         "disease, first-line FOLFOX + bevacizumab, progression, FOLFIRI planned: supported.",
         "continuation beyond progression: 2nd line after 1st-line bevacizumab",
         "male", "1953-07-19", ("Rinaldi", "Paolo"))
c.cond(cc((ICD, "C18.7")), "2025-01-13")
c.cond(cc((SCT, "94381002")), "2025-01-20")
c.stage("2025-01-22", "Stage IVA", snomed_iv=True)
c.variant("2025-02-03", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)")
for d in ("2025-02-17", "2025-03-03", "2025-03-17", "2025-03-31", "2025-04-14", "2025-04-28"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2026-05-25", note="Hepatic progression on capecitabine/bevacizumab maintenance "
                                 "after first-line FOLFOX + bevacizumab.")
c.ecog("2026-06-02", 1)
c.med("req", cc(text="FOLFIRI q2w"), "2026-06-09", status="draft", intent="proposal")
c.med("req", hc("J9035", "bevacizumab 5 mg/kg q2w with FOLFIRI"), "2026-06-09", status="draft",
      intent="proposal")

# c05 panitumumab: only KRAS exon 2 tested (NRAS unknown)
c = case(5, "colorectal", "2026-03-17", svc(HCPCS, "J9303"), ND, ["ras"],
         "Panitumumab with FOLFOX requested first line for metastatic rectal cancer; the only "
         "molecular result is a KRAS codon 12/13 (exon 2) PCR assay reported wild-type -- NRAS "
         "and KRAS exons 3-4 were never tested.",
         "Vectibix label 1: 'wild-type RAS' means wild-type in both KRAS and NRAS as determined "
         "by an FDA-approved test; Limitations of Use: not indicated when RAS mutation status is "
         "unknown. A KRAS exon 2-only assay leaves RAS status incomplete (PRIME: about 17% of "
         "KRAS exon 2 wild-type tumours carried other RAS mutations): needs-documentation (ras).",
         "KRAS exon 2-only testing: full RAS status unknown",
         "male", "1968-11-05", ("Demir", "Emre"))
c.cond(cc((ICD, "C20")), "2026-01-26")
c.cond(cc((ICD, "C78.7")), "2026-02-02")
c.stage("2026-02-04", "Stage IVA", snomed_iv=True)
c.obs(tcc("KRAS codon 12/13 mutation analysis (PCR)"), "2026-02-16",
      vstr("No mutation detected in KRAS codons 12 and 13 (exon 2). Other RAS exons not tested."))
c.ecog("2026-03-02", 0)
c.med("req", hc("J9303"), "2026-03-09", status="draft", intent="proposal")

# c06 regorafenib: second-line regimen unknown (irinotecan / anti-EGFR not documented)
c = case(6, "colorectal", "2026-04-14", svc(RX, "1312397"), ND, ["prior_therapy"],
         "Regorafenib requested for RAS wild-type metastatic colon cancer after FOLFOX + "
         "bevacizumab; a second-line regimen was given at another centre but its agents are not "
         "recorded, so irinotecan and anti-EGFR exposure are unknown.",
         "Stivarga label 1.1: requires prior fluoropyrimidine-, oxaliplatin- and "
         "irinotecan-based chemotherapy, an anti-VEGF therapy and, if RAS wild-type, an "
         "anti-EGFR therapy (CORRECT). Fluoropyrimidine, oxaliplatin and bevacizumab are "
         "documented; irinotecan and anti-EGFR therapy are neither documented nor excluded: "
         "needs-documentation (prior_therapy).",
         "irinotecan and anti-EGFR exposure not documented",
         "female", "1959-06-12", ("Kristensen", "Hanne"))
c.cond(cc((ICD, "C18.2")), "2023-04-17")
c.cond(cc((ICD, "C78.7")), "2023-04-20")
c.variant("2023-05-02", "HGNC:6407", present=False)
c.variant("2023-05-02", "HGNC:7989", present=False)
for d in ("2023-05-15", "2023-05-29", "2023-06-12", "2023-06-26"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2024-05-06")
c.med("stmt", cc((SCT, "367336001"), text="second-line chemotherapy at outside centre, agents not "
                                          "recorded"), "2024-06-01", end="2025-12-15")
c.progression("2026-03-23")
c.doc("Note 2026-04-06: second-line treatment 2024-2025 at another hospital; records requested, "
      "not received. Patient recalls 'a different chemo and an antibody'. Requesting "
      "regorafenib.", "2026-04-06")

# c07 bevacizumab + FOLFOX after colectomy: metastatic status not documented
c = case(7, "colorectal", "2026-05-19", svc(HCPCS, "J9035"), ND, ["metastatic"],
         "Bevacizumab with FOLFOX requested after laparoscopic sigmoid colectomy; final "
         "pathology staging and postoperative staging CT are not in the record, so it is unknown "
         "whether this is metastatic disease or adjuvant treatment.",
         "Avastin label 1.1: metastatic colorectal cancer only; Limitations of Use: not "
         "indicated for adjuvant treatment of colon cancer (NSABP C-08, AVANT). Whether the "
         "disease is metastatic -- the fact that separates the labelled use from the excluded "
         "adjuvant use -- is not documented: needs-documentation (metastatic).",
         "metastatic vs adjuvant undetermined (no staging)",
         "female", "1967-02-25", ("Whitfield", "Joanne"))
c.cond(cc((ICD, "C18.7")), "2026-02-23")
c.proc(cc((CPT, "45380")), "2026-02-20")
c.proc(cc((CPT, "44204")), "2026-03-30")
c.doc("Surgical note 2026-03-30: laparoscopic sigmoid colectomy. Final pathology pending. "
      "Intraoperative findings recorded separately.", "2026-03-30")
c.doc("Medical oncology 2026-05-12: staging studies from outside imaging centre not yet "
      "received. Plan FOLFOX + bevacizumab.", "2026-05-12")
c.med("req", hc("J9035"), "2026-05-12", status="draft", intent="proposal")

# c08 sotorasib + panitumumab: prior chemotherapy agents unknown
c = case(8, "colorectal", "2026-06-23", svc(RX, "2550714"), ND, ["prior_therapy"],
         "Sotorasib (Lumakras) with panitumumab requested for KRAS G12C metastatic colon cancer "
         "previously treated 'with chemotherapy' elsewhere; no agents are recorded.",
         "Lumakras label 1.2: with panitumumab for KRAS G12C-mutated metastatic colorectal "
         "cancer after prior fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy "
         "(CodeBreaK 300). The variant and metastatic status are documented; which "
         "chemotherapies were given is not: needs-documentation (prior_therapy).",
         "which chemotherapy classes were given is unknown",
         "male", "1962-09-18", ("Laine", "Mikko"))
c.cond(cc((ICD, "C18.2")), "2024-07-01")
c.cond(cc((ICD, "C78.01")), "2024-07-08")
c.stage("2024-07-10", "Stage IVB", snomed_iv=True)
c.variant("2024-07-22", "HGNC:6407", c="NM_004985.5:c.34G>T", p="p.G12C", text="KRAS G12C")
c.med("stmt", cc(text="palliative chemotherapy (outside hospital)"), "2024-08-01", end="2026-05-01",
      note="Agents and number of lines not recorded.")
c.progression("2026-05-11")
c.doc("Transfer note 2026-06-15: 'received chemotherapy' 2024-2026 at another centre; records "
      "pending. Requesting sotorasib + panitumumab.", "2026-06-15", kind="11488-4")

# c09 cetuximab for KRAS G12V mCRC
c = case(9, "colorectal", "2026-03-24", svc(HCPCS, "J9055"), RR, None,
         "Cetuximab (Erbitux) with FOLFIRI requested first line for metastatic colon cancer "
         "with KRAS p.Gly12Val.",
         "Erbitux label 1.2: K-Ras wild-type, EGFR-expressing metastatic colorectal cancer as "
         "determined by an FDA-approved test; Limitations of Use: not indicated for Ras-mutant "
         "colorectal cancer or when Ras mutation status is unknown (CRYSTAL). The only other "
         "colorectal route (with encorafenib) needs BRAF V600E. KRAS G12V contradicts the RAS "
         "gate: refer-to-reviewer.",
         "KRAS G12V (Limitations of Use: Ras-mutant)",
         "female", "1970-04-22", ("Ionescu", "Ioana"))
c.cond(cc((ICD, "C18.7")), "2026-02-02")
c.cond(cc((SCT, "94381002")), "2026-02-05")
c.stage("2026-02-06", "Stage IVA", snomed_iv=True)
c.variant("2026-02-16", "HGNC:6407", c="NM_004985.5:c.35G>T", p="NP_004976.2:p.(Gly12Val)",
          text="KRAS G12V detected")
c.variant("2026-02-16", "HGNC:1097", present=False)
c.med("req", hc("J9055", "cetuximab 400 mg/m2 load then 250 mg/m2 weekly + FOLFIRI"), "2026-03-16",
      status="draft", intent="proposal")

# c10 bevacizumab adjuvant for resected stage III colon cancer
c = case(10, "colorectal", "2026-04-28", svc(HCPCS, "J9035"), RR, None,
         "Bevacizumab with FOLFOX requested as adjuvant therapy after right hemicolectomy for "
         "stage IIIB (pT3 pN1b M0) colon cancer with no distant disease on staging CT.",
         "Avastin label 1.1, Limitations of Use: not indicated for adjuvant treatment of colon "
         "cancer (NSABP C-08 showed no benefit); the colorectal indications are metastatic only. "
         "The record documents resected non-metastatic disease and an adjuvant intent: "
         "refer-to-reviewer.",
         "adjuvant colon cancer (Limitations of Use)",
         "male", "1965-08-14", ("Brennan", "Liam"))
c.cond(cc((ICD, "C18.2")), "2026-01-12")
c.proc(cc((CPT, "44160")), "2026-02-16")
c.obs(cc((LN, "21902-2")), "2026-02-23", vcc(text="pT3 pN1b (3/22) M0 - stage IIIB"), cat="survey")
c.report(cc((LN, "18748-4")), "2026-01-20",
         "CT chest/abdomen/pelvis: no distant metastatic disease.", cat="RAD")
c.doc("Oncology 2026-04-20: resected stage IIIB colon cancer. Plan adjuvant mFOLFOX6 x 6 months; "
      "requesting addition of bevacizumab.", "2026-04-20")
c.med("req", hc("J9035", "bevacizumab 5 mg/kg q2w with adjuvant FOLFOX"), "2026-04-20",
      status="draft", intent="proposal")

# c11 panitumumab: KRAS exon 2 wild-type but NRAS Q61K
c = case(11, "colorectal", "2026-05-26", svc(HCPCS, "J9303"), RR, None,
         "Panitumumab monotherapy requested for metastatic rectal cancer after FOLFOX and "
         "FOLFIRI; KRAS is wild-type but NRAS carries p.Gln61Lys.",
         "Vectibix label 1: wild-type RAS means wild-type in both KRAS and NRAS; Limitations of "
         "Use: not indicated for RAS-mutant mCRC (except with sotorasib for KRAS G12C). An NRAS "
         "Q61K mutation makes the tumour RAS-mutant although KRAS is wild-type: "
         "refer-to-reviewer.",
         "NRAS Q61K with KRAS wild-type = RAS-mutant",
         "female", "1955-12-09", ("Fournier", "Sylvie"))
c.cond(cc((ICD, "C20")), "2024-02-12")
c.cond(cc((ICD, "C78.7")), "2024-02-19")
c.variant("2024-03-04", "HGNC:6407", present=False, text="KRAS wild-type")
c.variant("2024-03-04", "HGNC:7989", c="NM_002524.5:c.181C>A", p="NP_002515.1:p.(Gln61Lys)",
          text="NRAS Q61K detected")
for d in ("2024-03-18", "2024-04-01", "2024-04-15"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
for d in ("2025-01-13", "2025-01-27", "2025-02-10"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2026-05-04")
c.med("req", hc("J9303", "panitumumab 6 mg/kg q2w monotherapy"), "2026-05-18", status="draft",
      intent="proposal")

# c12 regorafenib: irinotecan explicitly never given
c = case(12, "colorectal", "2026-06-30", svc(RX, "1312397"), RR, None,
         "Regorafenib requested for KRAS G13D metastatic colon cancer after FOLFOX + "
         "bevacizumab; the record states irinotecan was never given (UGT1A1*28 homozygous, "
         "patient declined).",
         "Stivarga label 1.1: mCRC previously treated with fluoropyrimidine-, oxaliplatin- and "
         "irinotecan-based chemotherapy and an anti-VEGF therapy (anti-EGFR only if RAS "
         "wild-type) -- CORRECT enrolled only patients after all standard therapies. A "
         "documented 'never received irinotecan' contradicts the prerequisite list: "
         "refer-to-reviewer.",
         "irinotecan-based chemotherapy explicitly never given",
         "male", "1950-03-27", ("Oyelaran", "Tunde"))
c.cond(cc((ICD, "C18.7")), "2024-09-09")
c.cond(cc((ICD, "C78.7")), "2024-09-16")
c.variant("2024-09-30", "HGNC:6407", c="NM_004985.5:c.38G>A", p="NP_004976.2:p.(Gly13Asp)")
for d in ("2024-10-14", "2024-10-28", "2024-11-11", "2024-11-25"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2026-06-01")
c.med("stmt", hc("J9206", "irinotecan (FOLFIRI second line) - not given"), "2026-06-08",
      status="not-taken", note="Not given: UGT1A1*28/*28; patient declined irinotecan.")
c.doc("Note 2026-06-22: progression after FOLFOX + bevacizumab. Irinotecan never given "
      "(UGT1A1*28 homozygous, patient declines). Requesting regorafenib as second-line "
      "therapy.", "2026-06-22")
c.med("req", rx("1312397"), "2026-06-22", status="draft", intent="proposal")


# ================================================================ PROSTATE
# p01 cabazitaxel after docetaxel (TROPIC)
c = case(1, "prostate", "2026-03-10", svc(HCPCS, "J9043"), S, None,
         "Cabazitaxel (Jevtana) with prednisone for metastatic CRPC progressing after six cycles "
         "of docetaxel and prior abiraterone.",
         "Jevtana label 1: in combination with prednisone for metastatic castration-resistant "
         "prostate cancer previously treated with a docetaxel-containing treatment regimen. "
         "Pivotal trial TROPIC. Record: PSA rising on leuprolide with testosterone 14 ng/dL "
         "(Z19.2), bone metastases, docetaxel administrations then progression: supported.",
         "mCRPC after a docetaxel-containing regimen",
         "male", "1950-06-06", ("Johansson", "Erik"))
c.cond(cc((ICD, "C61")), "2021-02-15")
c.cond(cc((ICD, "C79.51")), "2021-02-20")
c.cond(cc((ICD, "Z19.2")), "2024-03-01")
c.med("stmt", hc("J9217", "Lupron Depot 22.5 mg q3mo"), "2021-03-01")
c.med("stmt", rx("1100072", "abiraterone 1000 mg + prednisone"), "2024-03-15", end="2025-04-30")
for d in ("2025-05-12", "2025-06-02", "2025-06-23", "2025-07-14", "2025-08-04", "2025-08-25"):
    c.med("admin", hc("J9171", "docetaxel 75 mg/m2 q3w"), d)
c.testosterone("2026-02-02", 14)
for d, v in (("2025-11-03", 8.2), ("2025-12-22", 15.6), ("2026-02-02", 29.1)):
    c.psa(d, v)
c.progression("2026-02-09", note="New bone lesions and PSA progression after docetaxel.")
c.ecog("2026-02-24", 1)
c.med("req", hc("J9043", "cabazitaxel 20 mg/m2 q3w + prednisone 10 mg daily"), "2026-03-03",
      status="draft", intent="proposal")

# p02 radium-223: symptomatic bone metastases, no visceral disease (ALSYMPCA)
c = case(2, "prostate", "2026-04-14", svc(HCPCS, "A9606"), S, None,
         "Radium-223 (Xofigo) for castration-resistant prostate cancer with painful bone "
         "metastases requiring oxycodone; CT shows no visceral metastases and nodes < 3 cm.",
         "Xofigo label 1: castration-resistant prostate cancer, symptomatic bone metastases and "
         "no known visceral metastatic disease. Pivotal trial ALSYMPCA. Record: CRPC (PSA rise "
         "on degarelix, testosterone 11 ng/dL, Z19.2), bone metastases with opioid-requiring "
         "pain, CT negative for visceral disease: every fine-print fact documented -- supported.",
         "CRPC, symptomatic bone-only disease, visceral disease excluded on CT",
         "male", "1947-09-25", ("McAllister", "Duncan"))
c.cond(cc((ICD, "C61")), "2020-07-06")
c.cond(cc((SCT, "94222008")), "2023-01-16")
c.cond(cc((ICD, "Z19.2")), "2025-06-02")
for d in ("2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"):
    c.med("admin", hc("J9155"), d)
c.med("stmt", rx("1307298"), "2025-06-15", end="2026-02-20")
c.testosterone("2026-02-16", 11)
for d, v in (("2025-12-01", 6.8), ("2026-01-05", 10.9), ("2026-02-16", 17.3)):
    c.psa(d, v)
c.med("stmt", cc(text="oxycodone ER 10 mg BID for bone pain"), "2026-02-20")
c.report(cc((LN, "18748-4")), "2026-03-09",
         "Bone scan: multiple axial skeletal metastases. CT chest/abdomen/pelvis: no liver, lung "
         "or other visceral metastases; no lymph node > 2 cm.", cat="RAD")
c.ecog("2026-03-30", 1)
c.med("req", hc("A9606", "Xofigo 55 kBq/kg q4w x6"), "2026-04-06", status="draft", intent="proposal")

# p03 olaparib monotherapy, ATM-mutated mCRPC after enzalutamide (PROfound)
c = case(3, "prostate", "2026-05-19", svc(RX, "1597582"), S, None,
         "Olaparib (Lynparza) monotherapy for metastatic CRPC with a somatic ATM nonsense "
         "variant, progressing on enzalutamide.",
         "Lynparza label 1.x (mCRPC): deleterious or suspected deleterious germline or somatic "
         "homologous recombination repair (HRR) gene-mutated mCRPC, as determined by an "
         "FDA-approved test, in adults who have progressed following prior treatment with "
         "enzalutamide or abiraterone. Pivotal trial PROfound (ATM in cohort A). Record: ATM "
         "c.5932G>T p.(Glu1978Ter), mCRPC, enzalutamide then progression: supported (the "
         "abiraterone combination would instead need BRCA).",
         "HRR (ATM) mutated mCRPC after enzalutamide",
         "male", "1952-02-11", ("Castillo", "Andres"))
c.cond(cc((ICD, "C61")), "2022-04-04")
c.cond(cc((ICD, "C79.51")), "2022-04-11")
c.cond(cc((ICD, "Z19.2")), "2024-10-07")
c.med("stmt", hc("J9217"), "2022-04-20")
c.testosterone("2024-10-01", 16)
c.med("stmt", rx("1307298", "Xtandi 160 mg daily"), "2024-10-15", end="2026-03-30")
c.progression("2026-03-30", note="Radiographic progression on enzalutamide.")
atm = c.variant("2026-04-20", "HGNC:795", c="NM_000051.4:c.5932G>T",
                p="NP_000042.3:p.(Glu1978Ter)", text="ATM pathogenic variant (somatic)")
c.report(cc((LN, "51969-4")), "2026-04-20",
         "Tumor tissue HRR panel: ATM c.5932G>T p.(Glu1978*) pathogenic. BRCA1/BRCA2 no "
         "pathogenic variant.", cat="GE", results=[atm])
c.med("req", rx("1597582", "Lynparza 300 mg BID"), "2026-05-12", status="draft", intent="proposal")

# p04 Lu-177 PSMA-617 after ARPI and taxane (VISION)
c = case(4, "prostate", "2026-06-16", svc(HCPCS, "A9607"), S, None,
         "Lutetium Lu 177 vipivotide tetraxetan (Pluvicto) for PSMA-positive metastatic CRPC "
         "after abiraterone and docetaxel.",
         "Pluvicto label 1: PSMA-positive mCRPC in adults treated with an androgen receptor "
         "pathway inhibitor (ARPI) and either taxane-based chemotherapy or considered "
         "appropriate to delay taxane-based chemotherapy. Pivotal trials VISION / PSMAfore. "
         "Record: PSMA PET positive, castrate testosterone with rising PSA, abiraterone and "
         "docetaxel both documented: supported.",
         "PSMA-positive mCRPC after ARPI and taxane",
         "male", "1949-11-30", ("Weiss", "Gerhard"))
c.cond(cc((SCT, "399068003")), "2020-03-09")
c.cond(cc((SCT, "94222008")), "2022-08-15")
c.cond(cc((ICD, "Z19.2")), "2023-05-01")
c.med("stmt", hc("J9217"), "2020-04-01")
c.med("stmt", rx("1100072"), "2023-05-15", end="2024-12-20")
for d in ("2025-01-13", "2025-02-03", "2025-02-24", "2025-03-17", "2025-04-07", "2025-04-28"):
    c.med("admin", hc("J9171"), d)
c.testosterone("2026-04-27", 9)
for d, v in (("2026-01-26", 12.0), ("2026-03-23", 21.5), ("2026-04-27", 38.2)):
    c.psa(d, v)
c.proc(cc((CPT, "78815"), text="PSMA PET/CT (F-18 piflufolastat)"), "2026-05-11")
c.report(cc((LN, "18748-4")), "2026-05-11",
         "PSMA PET: PSMA-avid osseous and nodal metastases (uptake greater than liver); no "
         "PSMA-negative measurable lesions.", cat="RAD")
c.ecog("2026-05-25", 1)
c.med("req", hc("A9607", "Pluvicto 7.4 GBq q6w x6"), "2026-06-08", status="draft", intent="proposal")

# p05 olaparib: HRR never tested
c = case(5, "prostate", "2026-03-17", svc(RX, "1597582"), ND, ["hrr"],
         "Olaparib monotherapy requested for metastatic CRPC progressing after abiraterone; no "
         "germline or tumour HRR/BRCA testing has been performed.",
         "Lynparza label (mCRPC): HRR gene-mutated mCRPC after enzalutamide or abiraterone "
         "(PROfound); the abiraterone combination requires BRCA-mutated mCRPC (PROpel). mCRPC "
         "and prior abiraterone are documented; HRR status is absent (never tested): "
         "needs-documentation (hrr).",
         "HRR gate absent (not tested)",
         "male", "1954-08-08", ("Kelleher", "Brian"))
c.cond(cc((ICD, "C61")), "2021-09-13")
c.cond(cc((ICD, "C79.51")), "2021-09-20")
c.cond(cc((ICD, "Z19.2")), "2024-01-15")
c.med("stmt", hc("J9217"), "2021-10-01")
c.testosterone("2026-01-12", 19)
c.med("stmt", rx("1100072"), "2024-02-01", end="2026-02-10")
for d, v in (("2025-11-10", 4.4), ("2026-01-12", 9.7), ("2026-02-09", 15.2)):
    c.psa(d, v)
c.obs(tcc("HRR gene panel (tumor/germline)"), "2026-03-02", NOTDONE,
      note="Not performed; germline counselling referral placed.")
c.med("req", rx("1597582"), "2026-03-10", status="draft", intent="proposal")

# p06 cabazitaxel: prior chemotherapy agent unknown
c = case(6, "prostate", "2026-04-21", svc(HCPCS, "J9043"), ND, ["prior_therapy"],
         "Cabazitaxel requested for metastatic CRPC in a patient who 'had chemotherapy' at "
         "another hospital in 2025; the agent is not recorded, so prior docetaxel is unknown.",
         "Jevtana label 1: mCRPC previously treated with a docetaxel-containing regimen "
         "(TROPIC). mCRPC is documented; docetaxel exposure is neither documented nor excluded: "
         "needs-documentation (prior_therapy).",
         "docetaxel exposure not documented",
         "male", "1951-05-15", ("Rahman", "Abdul"))
c.cond(cc((ICD, "C61")), "2019-11-04")
c.cond(cc((SCT, "94222008")), "2023-02-06")
c.cond(cc((ICD, "Z19.2")), "2024-06-03")
c.med("stmt", hc("J9217"), "2023-02-15")
c.testosterone("2026-03-02", 21)
for d, v in (("2026-01-05", 11.2), ("2026-02-02", 18.0), ("2026-03-02", 27.5)):
    c.psa(d, v)
c.med("stmt", cc(text="chemotherapy at outside hospital (agent not recorded)"), "2025-02-01",
      end="2025-07-01")
c.doc("Transfer note 2026-04-13: received 'about six cycles of chemotherapy' in 2025 elsewhere; "
      "records requested. Requesting cabazitaxel.", "2026-04-13", kind="11488-4")

# p07 radium-223: castration status undocumented
c = case(7, "prostate", "2026-05-26", svc(HCPCS, "A9606"), ND, ["castration"],
         "Radium-223 requested for painful bone-only metastatic prostate cancer (no visceral "
         "disease on CT) in a new patient; no testosterone level, ADT history or "
         "castration-resistance statement is in the record.",
         "Xofigo label 1: *castration-resistant* prostate cancer with symptomatic bone "
         "metastases and no known visceral metastatic disease (ALSYMPCA). Symptomatic bone "
         "metastases and absence of visceral disease are documented; castration status is "
         "absent: needs-documentation (castration).",
         "castration gate absent (no testosterone or ADT record)",
         "male", "1946-12-19", ("Lambert", "Georges"))
c.cond(cc((ICD, "C61")), "2018-05-07")
c.cond(cc((ICD, "C79.51")), "2025-10-13")
c.psa("2026-04-27", 42.0)
c.report(cc((LN, "18748-4")), "2026-05-04",
         "Bone scan: diffuse axial osseous metastases. CT: no visceral metastases.", cat="RAD")
c.doc("New-patient note 2026-05-18: bone pain requiring hydromorphone. Previous treatment at "
      "another centre, details unavailable. Requesting radium-223.", "2026-05-18",
      kind="11488-4")

# p08 Lu-177 PSMA-617: prior ARPI not documented
c = case(8, "prostate", "2026-06-23", svc(HCPCS, "A9607"), ND, ["prior_therapy"],
         "Lutetium Lu 177 vipivotide tetraxetan requested for PSMA-positive metastatic CRPC; "
         "the record shows ADT only and a note that 'other hormonal tablets' were given "
         "elsewhere -- no ARPI is named.",
         "Pluvicto label 1: PSMA-positive mCRPC after an androgen receptor pathway inhibitor "
         "(with taxane, or taxane appropriately delayed) -- VISION / PSMAfore. PSMA positivity "
         "and castration resistance are documented; ARPI exposure is not: "
         "needs-documentation (prior_therapy).",
         "prior ARPI not documented",
         "male", "1953-04-01", ("Soto", "Manuel"))
c.cond(cc((ICD, "C61")), "2020-10-12")
c.cond(cc((SCT, "94222008")), "2022-03-07")
c.cond(cc((ICD, "Z19.2")), "2024-09-09")
for d in ("2025-10-06", "2026-01-05", "2026-04-06"):
    c.med("admin", hc("J9217"), d)
c.testosterone("2026-04-06", 17)
for d, v in (("2026-02-02", 9.1), ("2026-03-02", 14.8), ("2026-04-06", 24.4)):
    c.psa(d, v)
c.report(cc((LN, "18748-4")), "2026-05-18",
         "PSMA PET (Ga-68 gozetotide): PSMA-positive osseous metastases; meets uptake criteria.",
         cat="RAD")
c.doc("Note 2026-06-15: 'took other hormone tablets' at previous oncologist 2024-2025; name "
      "unknown, records requested. Taxane deferral discussed; requesting Pluvicto.", "2026-06-15")

# p09 radium-223 with lung metastases
c = case(9, "prostate", "2026-03-24", svc(HCPCS, "A9606"), RR, None,
         "Radium-223 requested for metastatic CRPC with painful bone metastases, but CT shows "
         "multiple right-lung metastases.",
         "Xofigo label 1: CRPC with symptomatic bone metastases and *no known visceral "
         "metastatic disease* (ALSYMPCA excluded visceral metastases). Documented lung "
         "metastases contradict that clause: refer-to-reviewer.",
         "visceral (lung) metastases",
         "male", "1948-02-29", ("Ferreira", "Antonio"))
c.cond(cc((ICD, "C61")), "2019-04-15")
c.cond(cc((ICD, "C79.51")), "2022-06-20")
c.cond(cc((ICD, "C78.01")), "2026-02-23", note="Multiple right-lung pulmonary nodules, largest "
                                                "1.8 cm; biopsy: metastatic prostate adenocarcinoma.")
c.cond(cc((ICD, "Z19.2")), "2023-11-06")
c.testosterone("2026-01-12", 12)
c.med("stmt", rx("1307298"), "2023-11-20", end="2026-01-30")
c.med("stmt", cc(text="morphine sulfate ER 15 mg BID for bone pain"), "2026-01-20")
c.report(cc((LN, "18748-4")), "2026-02-23",
         "CT chest: multiple new right-lung pulmonary metastases. Bone scan: progressive "
         "osseous metastases.", cat="RAD")
c.med("req", hc("A9606"), "2026-03-16", status="draft", intent="proposal")

# p10 cabazitaxel, docetaxel-naive
c = case(10, "prostate", "2026-04-28", svc(HCPCS, "J9043"), RR, None,
         "Cabazitaxel requested as first chemotherapy for metastatic CRPC after enzalutamide; "
         "the record states docetaxel has never been given.",
         "Jevtana label 1: mCRPC previously treated with a docetaxel-containing treatment "
         "regimen (TROPIC; the docetaxel-naive FIRSTANA trial did not lead to a label "
         "indication). A documented 'no prior docetaxel' contradicts the sequencing clause: "
         "refer-to-reviewer.",
         "docetaxel-naive (docetaxel documented as never given)",
         "male", "1955-07-07", ("Dubois", "Marcel"))
c.cond(cc((ICD, "C61")), "2021-01-11")
c.cond(cc((ICD, "C79.51")), "2021-01-18")
c.cond(cc((ICD, "Z19.2")), "2024-05-06")
c.med("stmt", hc("J9217"), "2021-02-01")
c.testosterone("2026-03-30", 10)
c.med("stmt", rx("1307298"), "2024-05-20", end="2026-03-16")
c.progression("2026-03-16")
c.med("stmt", hc("J9171", "docetaxel - not given"), "2026-04-06", status="not-taken",
      note="Docetaxel not given: patient declined after counselling on neuropathy risk (he is "
           "a professional violinist).")
c.doc("GU note 2026-04-20: mCRPC progressing on enzalutamide. No prior chemotherapy; docetaxel "
      "declined. Requesting cabazitaxel as first-line chemotherapy.", "2026-04-20")
c.med("req", hc("J9043"), "2026-04-20", status="draft", intent="proposal")

# p11 Lu-177 PSMA-617 without prior ARPI
c = case(11, "prostate", "2026-05-12", svc(HCPCS, "A9607"), RR, None,
         "Lutetium Lu 177 vipivotide tetraxetan requested for PSMA-positive metastatic CRPC "
         "progressing on leuprolide alone; no androgen receptor pathway inhibitor or taxane has "
         "been given.",
         "Pluvicto label 1: PSMA-positive mCRPC in adults who have been treated with an ARPI "
         "(and with taxane chemotherapy, or considered appropriate to delay it) -- VISION and "
         "PSMAfore both required prior ARPI. The record documents ARPI-naive disease: "
         "refer-to-reviewer.",
         "ARPI-naive (ADT only)",
         "male", "1957-10-17", ("Oduya", "Samuel"))
c.cond(cc((ICD, "C61")), "2022-11-07")
c.cond(cc((SCT, "94222008")), "2022-11-14")
c.cond(cc((ICD, "Z19.2")), "2026-02-02")
for d in ("2025-08-04", "2025-11-03", "2026-02-02"):
    c.med("admin", hc("J9217"), d)
c.testosterone("2026-02-02", 15)
for d, v in (("2025-11-03", 3.1), ("2025-12-29", 6.0), ("2026-02-02", 11.4)):
    c.psa(d, v)
c.report(cc((LN, "18748-4")), "2026-03-16",
         "PSMA PET: PSMA-positive osseous metastases.", cat="RAD")
c.doc("Consult 2026-05-04: mCRPC on leuprolide alone. Has never received abiraterone, "
      "enzalutamide, apalutamide, darolutamide or any chemotherapy. Requesting Pluvicto.",
      "2026-05-04", kind="11488-4")

# p12 olaparib + abiraterone for ATM-mutated (BRCA-negative), ARPI-naive mCRPC
c = case(12, "prostate", "2026-06-30", svc(RX, "1597582"), RR, None,
         "Olaparib with abiraterone requested first line for metastatic CRPC with a germline "
         "ATM pathogenic variant; BRCA1/BRCA2 negative; no prior ARPI.",
         "Lynparza label (mCRPC): with abiraterone only for BRCA-mutated mCRPC (PROpel); as "
         "monotherapy for HRR-mutated mCRPC only after progression on enzalutamide or "
         "abiraterone (PROfound). BRCA1/2 are documented negative and no ARPI has been given, "
         "so the record contradicts both routes: refer-to-reviewer.",
         "ATM (not BRCA) and ARPI-naive: neither PROpel nor PROfound route",
         "male", "1956-01-23", ("Pereira", "Joaquim"))
c.cond(cc((ICD, "C61")), "2023-03-13")
c.cond(cc((ICD, "C79.51")), "2023-03-20")
c.cond(cc((ICD, "Z19.2")), "2026-04-06")
for d in ("2025-10-06", "2026-01-05", "2026-04-06"):
    c.med("admin", hc("J9217"), d)
c.testosterone("2026-04-06", 13)
for d, v in (("2026-01-05", 2.6), ("2026-02-16", 5.3), ("2026-04-06", 10.8)):
    c.psa(d, v)
atm = c.variant("2026-05-04", "HGNC:795", c="NM_000051.4:c.7913G>A",
                p="NP_000042.3:p.(Trp2638Ter)", text="ATM pathogenic variant (germline)")
b1 = c.variant("2026-05-04", "HGNC:1100", present=False)
b2 = c.variant("2026-05-04", "HGNC:1101", present=False)
c.report(cc((LN, "51969-4")), "2026-05-04",
         "Germline panel: ATM c.7913G>A p.(Trp2638*) pathogenic. BRCA1 and BRCA2: no pathogenic "
         "variant.", cat="GE", results=[atm, b1, b2])
c.doc("Note 2026-06-22: first-line mCRPC; no prior abiraterone, enzalutamide, apalutamide or "
      "darolutamide. Requesting olaparib + abiraterone given the ATM mutation.", "2026-06-22")
c.med("req", rx("1100072"), "2026-06-22", status="draft", intent="proposal")
c.med("req", rx("1597582"), "2026-06-22", status="draft", intent="proposal")


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
        if not re.fullmatch(r"lab18-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]):
            e("bad as-of date")
        elif c["date"] > MAX_ASOF:
            e(f"as-of {c['date']} after {MAX_ASOF}")
        if not c["bundle"]["entry"][0]["resource"]["id"].startswith("nec18-" + cid[len("lab18-"):]):
            e("patient id does not match case id")
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
                if not r["id"].startswith("nec18-"):
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
        for exp, n in PER_CANCER:
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
    L.append("# Label cases 18: the label's fine print -- limitations, exclusions and sequencing")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-18.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates). Do not edit by hand; change the script and "
             "rerun it. `--check` regenerates in memory, validates (48 cases, 4/4/4 per cancer, "
             "collection Bundles with `urn:uuid:` fullUrls, every reference resolving, ISO dates "
             "no later than the as-of date, as-of dates no later than " + MAX_ASOF + ", exactly "
             "one Patient `nec18-*` per case, every coding in the verified table below) and diffs "
             "with the files on disk.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read, and nothing else in the repository: "
             "`tests/fixtures/necessity/README.md` (case format); `scripts/gen-label-cases-15.py` "
             "in full (its builders, validation and markdown renderer are reused, with the "
             "verified-code-table approach); the \"Code verification\" sections of "
             "`label-cases-12.md` through `label-cases-17.md` (every code used here is reused "
             "from those tables, with their sources). Not read: anything under `src/`, `crates/`, "
             "`pathways/`, the top-level `README.md`, any `tests/fixtures/necessity/*.json`, any "
             "other `scripts/gen-*.py`, and the rest of the label-cases-12..17 markdown (case "
             "tables, notes). Cargo and the oncotwin binary were neither built nor run, so no "
             "expected answer was checked against the engine. Expected answers come only from the "
             "FDA label Indications and Usage section (with its Limitations of Use) of the "
             "requested product as of 2025, and the pivotal trial named in each case's `basis`.")
    L.append("")
    L.append("Theme: the part of Indications and Usage a quick reader misses -- Limitations of "
             "Use (pemetrexed and bevacizumab not for squamous NSCLC, bevacizumab not adjuvant "
             "colon, anti-EGFR antibodies not for RAS-mutant or RAS-unknown mCRC), biomarker "
             "exclusions (pembrolizumab monotherapy only without EGFR/ALK aberrations, adjuvant "
             "atezolizumab only for PD-L1 TC >= 1%, adjuvant osimertinib only for exon 19 "
             "deletion / L858R, panitumumab needs KRAS *and* NRAS wild-type), and sequencing "
             "clauses (T-DXd HER2-low after metastatic chemotherapy or early adjuvant relapse, "
             "sacituzumab TNBC after two systemic therapies, eribulin after anthracycline and "
             "taxane, alpelisib after an endocrine regimen, tucatinib after anti-HER2 therapy *in "
             "the metastatic setting*, neratinib after adjuvant trastuzumab, the regorafenib "
             "prerequisite list, BEACON after prior therapy, sotorasib after chemotherapy, "
             "PACIFIC after concurrent platinum chemoradiation, cabazitaxel after docetaxel, "
             "Lu-177 PSMA-617 and olaparib monotherapy after an ARPI, radium-223 without "
             "visceral disease). refer-to-reviewer = the record contradicts the fine print "
             "(including a required prior therapy documented as never given); "
             "needs-documentation = the fine-print fact is simply absent (`expected_missing` "
             "lists facts that must be among the missing ones); supported = every fine-print "
             "fact documented.")
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
    order = [HCPCS, RX, ICD, SCT, LN, HGNC, CPT]
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
    L.append("No code was newly introduced in this set: every row above is a row of the "
             "label-cases-12..17 verification tables, with the sources those sets cite. "
             "Drugs without a confirmed ingredient RXCUI in those tables (vinorelbine, "
             "leucovorin, prednisone, oxycodone, morphine, hydromorphone) appear only as text; "
             "elacestrant, capivasertib, talazoparib, darolutamide, trifluridine/tipiracil and "
             "fruquintinib are not requested for the same reason.")
    L.append("")
    L.append("## Label verification")
    L.append("")
    L.append("Indication wording was checked with the `search` tool (docs and pages corpora) "
             "where an excerpt carried it; the rest rests on the author's reading of the 2025 "
             "labels and should be spot-checked by a reviewer.")
    L.append("")
    for drug, how in LABEL_CHECKS:
        L.append(f"- **{drug}**: {how}")
    L.append("")
    L.append("## Judgement calls for a reviewer")
    L.append("")
    for item in JUDGEMENT_CALLS:
        L.append(f"- {item}")
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
