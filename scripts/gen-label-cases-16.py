#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-16.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: the pharmacy and claims view -- the same facts as a specialty pharmacy, a
payer's claim history and a lab interface send them.  Requested services arrive
the way pharmacy-benefit requests do: by NDC (10-digit hyphenated product-package
"0002-4815-54", product-only "0310-1248", or the 11-digit HIPAA 5-4-2 form with no
hyphens "50419017103"), by RxNorm clinical drug (SCD) or branded drug (SBD) with
the strength in the display, by RxNorm ingredient, and (infused drugs) by HCPCS
J-code.  Prior therapy is written as MedicationDispense fills (whenHandedOver,
daysSupply, quantity; NDC- or SCD-coded), a stopped fill history meaning therapy
ended, and a declined dispense meaning the drug was never given, beside claim
line items (ExplanationOfBenefit) and the usual MedicationRequest /
MedicationStatement / MedicationAdministration.  Diagnoses come as ICD-10-CM only
Conditions (some claim-derived), biomarkers as LOINC Observations with LOINC
answer codes, valueString, or DiagnosticReport.conclusion / conclusionCode.

Written blind: the author did not read src/, crates/, pathways/, README.md, any
tests/fixtures/necessity/*.json or any scripts/gen-*.py other than
scripts/gen-label-cases-15.py (read in full as the format model), plus
tests/fixtures/necessity/README.md and the "Code verification" sections of
label-cases-12..15.md.

Usage:
    python3 scripts/gen-label-cases-16.py           # write the .json and .md
    python3 scripts/gen-label-cases-16.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Codes: every coding written is looked up in VERIFIED below (system, code ->
display, source tags); the .md code-verification table is generated from the
codings actually used.  NDCs and RxNorm SCD/SBD codes were verified for this set
against openFDA NDC-directory records (api.fda.gov/drug/ndc.json, the query is
given per code) and, for RxNorm names, a public Synthea-derived code list; the
rest reuse the sources cited by label-cases-12..15.
"""
import argparse
import base64
import datetime
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-16.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-16.md"
NS = uuid.UUID("9d3f6a16-2c4e-4b8a-a116-16a1c0de5eed")

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
NDC = "http://hl7.org/fhir/sid/ndc"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
CPT = "http://www.ama-assn.org/go/cpt"
UCUM = "http://unitsofmeasure.org"
TH = "http://terminology.hl7.org/CodeSystem/"
LOCAL = "http://pharmacy.example-specialty-rx.org/fhir/CodeSystem/local-claim-codes"
SYSNAME = {RX: "RxNorm", NDC: "NDC", HCPCS: "HCPCS", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", HGNC: "HGNC", CPT: "CPT", HGVS: "HGVS"}
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology"}

# (system, code) -> (display, sources)
VERIFIED = {}
# RxNorm term type of each RxNorm code used (for the .md table)
RXTTY = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


def OQ(field, value):
    """openFDA NDC query string, as cited in the source column."""
    return f'OFDA16 api.fda.gov/drug/ndc.json?search={field}:"{value}"'


# ---- NDC (http://hl7.org/fhir/sid/ndc).  Three forms: 10-digit hyphenated
# product-package (as the openFDA record prints it), product-only (labeler-product)
# and the 11-digit HIPAA 5-4-2 billing form (leading zero added to the short
# segment, hyphens dropped) -- the 11-digit form is derived mechanically from the
# verified 10-digit package code named in the source column.
for code, disp, src in [
    ("0002-4815-54", "Verzenio (abemaciclib) 100 mg tablet, 14 tablets in 1 blister pack, 1 blister pack in 1 carton",
     OQ("packaging.package_ndc", "0002-4815-62") + " (product 0002-4815, Eli Lilly; package 0002-4815-54 listed)"),
    ("00078086742", "Kisqali (ribociclib) 200 mg film-coated tablet, 3 blister packs of 14 in 1 carton",
     OQ("packaging.package_ndc", "0078-0867-42") + " (11-digit 5-4-2 form of 0078-0867-42; openfda.rxcui lists 1873983)"),
    ("00310056960", "Lynparza (olaparib) 100 mg film-coated tablet, 60 tablets in 1 bottle",
     OQ("product_ndc", "0310-0569") + " (11-digit 5-4-2 form of 0310-0569-60, AstraZeneca)"),
    ("0069-0231-01", "Lorbrena (lorlatinib) 100 mg film-coated tablet, 30 tablets in 1 bottle",
     OQ("product_ndc", "0069-0231") + " (package 0069-0231-01, Pfizer)"),
    ("0069-0231", "Lorbrena (lorlatinib) 100 mg film-coated tablet",
     OQ("product_ndc", "0069-0231") + " (product-only form)"),
    ("0310-1248", "Tagrisso (osimertinib) 40 mg film-coated tablet",
     OQ("product_ndc", "0310-1248") + " (product-only form, AstraZeneca)"),
    ("0310-1248-30", "Tagrisso (osimertinib) 40 mg film-coated tablet, 30 tablets in 1 bottle",
     OQ("product_ndc", "0310-1248") + " (package 0310-1248-30)"),
    ("50419017103", "Stivarga (regorafenib) 40 mg film-coated tablet, 3 bottles of 28 in 1 box",
     OQ("packaging.package_ndc", "50419-171-00") + " (11-digit 5-4-2 form of 50419-171-03, Bayer; package listed in the record)"),
    ("50419-171", "Stivarga (regorafenib) 40 mg film-coated tablet",
     OQ("packaging.package_ndc", "50419-171-00") + " (product-only form)"),
    ("64842-1020-2", "Lonsurf (trifluridine 20 mg / tipiracil 8.19 mg) film-coated tablet, 40 tablets in 1 bottle",
     OQ("packaging.package_ndc", "64842-1020-2") + " (Taiho)"),
    ("63020-210", "Fruzaqla (fruquintinib) 1 mg capsule",
     OQ("product_ndc", "63020-210") + " (product-only form, Takeda; package 63020-210-21, 21 capsules)"),
    ("00093747489", "capecitabine 500 mg film-coated tablet (Teva), 120 tablets in 1 bottle",
     OQ("packaging.package_ndc", "0093-7474-89") + " (11-digit 5-4-2 form of 0093-7474-89)"),
    ("0093-7474-89", "capecitabine 500 mg film-coated tablet (Teva), 120 tablets in 1 bottle",
     OQ("packaging.package_ndc", "0093-7474-89")),
    ("00469072560", "Xtandi (enzalutamide) 80 mg tablet, 60 tablets in 1 bottle, 1 bottle in 1 carton",
     OQ("product_ndc", "0469-0725") + " (11-digit 5-4-2 form of 0469-0725-60, Astellas)"),
    ("0469-0725-60", "Xtandi (enzalutamide) 80 mg tablet, 60 tablets in 1 bottle, 1 bottle in 1 carton",
     OQ("product_ndc", "0469-0725")),
    ("59676-604-30", "Erleada (apalutamide) 240 mg film-coated tablet, 30 tablets in 1 bottle",
     OQ("packaging.package_ndc", "59676-604-14") + " (package 59676-604-30 listed, Janssen)"),
    ("59676-600-12", "Erleada (apalutamide) 60 mg film-coated tablet, 120 tablets in 1 bottle",
     OQ("packaging.package_ndc", "59676-600-12")),
    ("72974-120", "Orgovyx (relugolix) 120 mg film-coated tablet",
     OQ("product_ndc", "72974-120") + " (product-only form, Sumitomo Pharma America)"),
    ("24979-726-07", "letrozole 2.5 mg film-coated tablet (Upsher-Smith), 90 tablets in 1 bottle",
     OQ("packaging.package_ndc", "24979-726-07") + " (openfda.rxcui 200064 only)"),
    ("24979-725-06", "anastrozole 1 mg tablet (Upsher-Smith), 30 tablets in 1 bottle",
     OQ("packaging.package_ndc", "24979-725-06") + " (openfda.rxcui 199224 only)"),
    ("0078-0249-15", "Femara (letrozole) 2.5 mg film-coated tablet, 30 tablets in 1 bottle",
     OQ("packaging.package_ndc", "0078-0249-15") + " (openfda.rxcui 153124, 200064)"),
]:
    V(NDC, code, disp, src)

# ---- RxNorm clinical / branded drugs (SCD, SBD)
for code, disp, tty, src in [
    ("200328", "capecitabine 500 MG Oral Tablet", "SCD",
     "OFDA16: the only openfda.rxcui of 500-mg-only capecitabine products "
     + 'api.fda.gov/drug/ndc.json?search=product_ndc:"72485-205" (Armas) and '
     + 'packaging.package_ndc:"60687-149-94" (American Health Packaging); both-strength '
     + "generic records list 200327 and 200328"),
    ("200064", "letrozole 2.5 MG Oral Tablet", "SCD",
     "SYN (find_string ids 6997450488 / 58898647874 / 61199953741); OFDA16: sole openfda.rxcui of "
     + 'letrozole 2.5 mg generics (packaging.package_ndc:"24979-726-07", product_ndc:"69117-0004")'),
    ("199224", "anastrozole 1 MG Oral Tablet", "SCD",
     "SYN (find_string ids 6997450488 / 61199953741); OFDA16: sole openfda.rxcui of anastrozole "
     + '1 mg generics (packaging.package_ndc:"24979-725-06", product_ndc:"68071-1543")'),
    ("1873983", "ribociclib 200 MG Oral Tablet", "SCD",
     'SYN (find_string id 6997450488); OFDA16: openfda.rxcui of Kisqali packaging.package_ndc:"0078-0867-42"'),
    ("1946840", "Verzenio 100 MG Oral Tablet", "SBD",
     "SYN (find_string id 6997450488: '1946840, // Verzenio 100 MG Oral Tablet'); OFDA16: openfda.rxcui "
     + 'of Verzenio product_ndc:"0002-4483" (list 1946830 ... 1946848, also on pharmacy-near-me.com '
     + "Abemaciclib-0002-4483)"),
]:
    V(RX, code, disp, src)
    RXTTY[code] = tty

# ---- RxNorm ingredients (reused from label-cases-12..15)
for code, disp, src in [
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("2361285", "tucatinib", "RXL, RXV"),
    ("2169285", "alpelisib", "RXL, TRM"),
    ("1940643", "neratinib", "RXL, RXV, TRM, OMOPL"),
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1727455", "alectinib", "RXL, TRL"),
    ("2550714", "sotorasib", "RXL, OFDA"),
    ("1148495", "crizotinib", "RXL, RXV, OMOPL"),
    ("1424911", "dabrafenib", "RXL, RXV, CPIC"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("1312397", "regorafenib", "RXL, OMOPL"),
    ("1100072", "abiraterone", "RXL, TRL"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
    ("224905", "trastuzumab", "TRM, OMOPL, GEN 61430868925"),
    ("6809", "metformin", "CPIC, RXL"),
    ("83367", "atorvastatin", "CPIC, RXL"),
    ("77492", "tamsulosin", "CPIC, RXL"),
]:
    V(RX, code, disp, src)
    RXTTY[code] = "IN"

# ---- HCPCS (requested services and claim lines; reused)
for code, disp, src in [
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9354", "Injection, ado-trastuzumab emtansine, 1 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9000", "Injection, doxorubicin hydrochloride, 10 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
]:
    V(HCPCS, code, disp, src)

# ---- ICD-10-CM (reused)
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

# ---- SNOMED CT (reused)
for code, disp, src in [
    ("1222837003", "American Joint Committee on Cancer stage IV (qualifier value)", "GEN 18131229102 / 18115121853"),
    ("254637007", "Non-small cell lung cancer (disorder)", "MCODE"),
    ("254837009", "Malignant neoplasm of breast (disorder)", "MCODE"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("76498008", "Postmenopausal state", "GEN 53237695867 / 54523174829"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("94381002", "Secondary malignant neoplasm of liver", "GEN 70248098329 / 67516913204"),
]:
    V(SCT, code, disp, src)

# ---- LOINC (reused)
for code, disp, src in [
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("11488-4", "Consult note", "GEN 54149578163 / 57160072403"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
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
    V(LN, code, disp, src)

# ---- HGNC (reused)
for code, disp, src in [
    ("HGNC:1097", "BRAF", "GEN 69512973287"),
    ("HGNC:1100", "BRCA1", "GEN15 48499960154 / 8530574144"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:3430", "ERBB2", "GEN 66036805935 / 59660611392"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:7989", "NRAS", "GEN15 59660611392 / 14300782392"),
    ("HGNC:8975", "PIK3CA", "GEN 41597822208 / 57284591633"),
    ("HGNC:427", "ALK", "GEN15 68309973542 / 16105278727"),
    ("HGNC:10261", "ROS1", "GEN15 59660611392 / 68290097721"),
    ("HGNC:795", "ATM", "GEN 59658408810 / 68290097721"),
]:
    V(HGNC, code, disp, src)

# ---- CPT (CPT rows of CMS OPPS Addendum B; reused)
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("19307", "Mastectomy, modified radical"),
    ("32663", "Thoracoscopy, surgical; with lobectomy"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"),
    ("55866", "Laparoscopy, surgical prostatectomy, retropubic radical"),
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
    ("condition-ver-status", "confirmed", "Confirmed"),
    ("condition-category", "problem-list-item", "Problem List Item"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis"),
    ("observation-category", "laboratory", "Laboratory"),
    ("observation-category", "imaging", "Imaging"),
    ("observation-category", "survey", "Survey"),
    ("observation-category", "social-history", "Social History"),
    ("v2-0074", "GE", "Genetics"),
    ("v2-0074", "PAT", "Pathology (gross & histopath, not surgical)"),
    ("v2-0074", "RAD", "Radiology"),
    ("claim-type", "pharmacy", "Pharmacy"),
    ("claim-type", "professional", "Professional"),
    ("claim-type", "institutional", "Institutional"),
    ("medicationdispense-category", "community", "Community"),
    ("medicationdispense-category", "outpatient", "Outpatient"),
]:
    V(TH + sysname, code, disp, "FHIR")

SOURCE_TAGS = [
    ("OFDA16", "openFDA NDC directory record read for this set with the search tool (docs corpus), "
               "api.fda.gov/drug/ndc.json with the query given in the source column (records last_updated "
               "2026-09/10): product_ndc, packaging[].package_ndc and description, openfda.rxcui"),
    ("SYN", "public Synthea-derived oncology medication code list pairing each RXCUI with its RxNorm name "
            "(find_string id 6997450488, an mCODE extraction module: '200064 letrozole 2.5 MG Oral Tablet', "
            "'199224 anastrozole 1 MG Oral Tablet', '1873983 ribociclib 200 MG Oral Tablet', "
            "'1946840 Verzenio 100 MG Oral Tablet'), with independent pairings in ids 58898647874 "
            "and 61199953741 (the latter also pairs 199224 with Arimidex NDC 00310020130)"),
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..15"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..15"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12/14/15"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12..15"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12..15"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12..15"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12..15"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13..15"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12..15"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12/14/15"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12/14/15"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..15"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..15"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..15"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14/15"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol (find_string ids listed), as cited in label-cases-15"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification: "
             "condition-*, observation-category, v2-0074, claim-type, medicationdispense-category)"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
    ("LOC", "fictitious local code of this fixture set, always beside a standard coding or text"),
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
        q.update({"system": UCUM, "code": code})
    return {"valueQuantity": q}


def vcc(*codings, text=None):
    return {"valueCodeableConcept": cc(*codings, text=text)}


def vstr(s):
    return {"valueString": s}


def ocat(code):
    return [cc((TH + "observation-category", code))]


def add_days(d, n):
    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=n)).isoformat()


POS = (LN, "LA6576-8")
NEG = (LN, "LA6577-6")
PRESENT = (LN, "LA9633-4")
ABSENT = (LN, "LA9634-2")


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, description,
                 basis, reason, gender, birth, name):
        self.cid = f"lab16-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.pid = "nec16-" + self.cid[len("lab16-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.16",
                            "value": f"MRN16{num:02d}{cancer[:2].upper()}"},
                           {"system": "urn:oid:2.16.840.1.113883.19.5.99.16",
                            "value": f"MBR-{cancer[:3].upper()}-{7700 + num}"}],
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

    def cond(self, code, onset, *, cat="problem-list-item", body=None, stage=None, note=None,
             recorded=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc((TH + "condition-clinical", "active")),
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

    def claim_dx(self, icd, onset, *, claim_date=None, note=None, stage=None):
        """Claim-derived diagnosis: ICD-10-CM only, encounter-diagnosis category."""
        return self.cond(cc((ICD, icd)), onset, cat="encounter-diagnosis", recorded=claim_date,
                         stage=stage,
                         note=note or "Derived from payer claim history (diagnosis code on a "
                                      "professional claim line).")

    def obs(self, code, date, value=None, *, cat="laboratory", comps=None, note=None,
            method=None, status="final"):
        r = {"resourceType": "Observation", "status": status}
        if cat:
            r["category"] = ocat(cat)
        r.update({"code": code, "subject": self.subj, "effectiveDateTime": date,
                  "issued": date + "T12:00:00Z"})
        if value:
            r.update(value)
        if method:
            r["method"] = tcc(method)
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
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

    def med(self, kind, med, date, *, status=None, end=None, note=None, dose=None,
            intent="order"):
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
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def dispense(self, med, date, *, days=28, qty_=None, unit="tablet", status="completed",
                 rx=None, note=None, reason=None, cat="community"):
        """Pharmacy fill as a MedicationDispense."""
        r = {"resourceType": "MedicationDispense", "status": status,
             "category": cc((TH + "medicationdispense-category", cat)),
             "medicationCodeableConcept": med, "subject": self.subj}
        if rx:
            r["authorizingPrescription"] = [{"reference": rx}]
        if qty_ is not None:
            r["quantity"] = {"value": qty_, "unit": unit}
        r["daysSupply"] = {"value": days, "unit": "day", "system": UCUM, "code": "d"}
        r["whenPrepared"] = date
        if status == "completed":
            r["whenHandedOver"] = date
        if reason:
            r["statusReasonCodeableConcept"] = tcc(reason)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def fills(self, med, start, n, *, every=28, days=28, qty_=None, unit="tablet", rx=None,
              note_last=None):
        """n consecutive completed fills, every `every` days from start; returns last date."""
        d = start
        for i in range(n):
            d = add_days(start, i * every)
            self.dispense(med, d, days=days, qty_=qty_, unit=unit, rx=rx,
                          note=note_last if (i == n - 1 and note_last) else None)
        return d

    def eob(self, date, ctype, diagnoses, items):
        """Adjudicated claim (ExplanationOfBenefit) with diagnosis references and lines."""
        r = {"resourceType": "ExplanationOfBenefit", "status": "active",
             "type": cc((TH + "claim-type", ctype)), "use": "claim",
             "patient": self.subj, "billablePeriod": {"start": items[0][1], "end": items[-1][1]},
             "created": date, "insurer": {"display": "Example Health Plan (commercial PPO)"},
             "provider": {"display": "Example Specialty Pharmacy" if ctype == "pharmacy"
                          else "Example Oncology Associates"},
             "outcome": "complete",
             "diagnosis": [{"sequence": i + 1, "diagnosisReference": {"reference": u}}
                           for i, u in enumerate(diagnoses)],
             "insurance": [{"focal": True, "coverage": {"display": "Commercial PPO, member plan"}}],
             "item": [{"sequence": i + 1, "productOrService": code, "servicedDate": d,
                       **({"diagnosisSequence": [1]} if diagnoses else {})}
                      for i, (code, d) in enumerate(items)]}
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

    def report(self, code, date, conclusion, *, cat="PAT", results=None, concl_codes=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc((TH + "v2-0074", cat))], "code": code,
             "subject": self.subj, "effectiveDateTime": date,
             "issued": date + "T15:00:00Z", "conclusion": conclusion}
        if concl_codes:
            r["conclusionCode"] = concl_codes
        if results:
            r["result"] = [{"reference": u} for u in results]
        return self.add(r)

    # common shortcuts --------------------------------------------------
    def ecog(self, date, score):
        return self.obs(cc((LN, "89247-1")), date, {"valueInteger": score}, cat="survey")

    def stage(self, date, text, *, snomed_iv=False):
        val = vcc((SCT, "1222837003"), text=text) if snomed_iv else vcc(text=text)
        return self.obs(cc((LN, "21908-9")), date, val, cat="survey")

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

    def imaging(self, date, text):
        return self.report(cc((LN, "18748-4")), date, text, cat="RAD")

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


def ndc(code, text=None):
    return cc((NDC, code), text=text)


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"


# ================================================================ BREAST
# b01 abemaciclib adjuvant (monarchE) -- 10-digit package NDC, re-authorisation at 100 mg
c = case(1, "breast", "2026-03-16", svc(NDC, "0002-4815-54"), S, None,
         "Verzenio (abemaciclib) 100 mg tablets requested by the specialty pharmacy by package NDC "
         "(re-authorisation after a dose reduction to 100 mg twice daily for diarrhoea) as adjuvant "
         "therapy with anastrozole for HR-positive, HER2-negative breast cancer with 5 of 14 axillary "
         "nodes involved.",
         "Verzenio label 1.1 (Indications and Usage, 2023 onward): in combination with endocrine "
         "therapy (tamoxifen or an aromatase inhibitor) for the adjuvant treatment of adults with "
         "HR-positive, HER2-negative, node-positive early breast cancer at high risk of recurrence. "
         "Pivotal trial monarchE (high risk: >= 4 positive axillary nodes, or 1-3 with grade 3 or "
         "tumour >= 5 cm). Record: ER 90%/PR 20%, HER2 IHC 1+ (negative), modified radical mastectomy "
         "with pN2a (5/14 nodes), anastrozole fills ongoing: every gate met, supported. The NDC is "
         "the 100 mg strength; the strength does not change the indication.",
         "HR+/HER2- pN2a, adjuvant with AI; service as 10-digit package NDC",
         "female", "1966-08-19", ("Lindqvist", "Annika"))
c.cond(cc((ICD, "C50.411")), "2025-02-03",
       stage=tcc("pT2 pN2a M0, stage IIIA (AJCC 8th anatomic)"),
       note="Invasive ductal carcinoma, grade 2, right breast upper-outer quadrant.")
c.obs(cc((LN, "16112-5")), "2025-02-06", vcc(POS, text="Positive, 90% strong"))
c.obs(cc((LN, "16113-3")), "2025-02-06", vcc(POS, text="Positive, 20%"))
c.obs(cc((LN, "85319-2")), "2025-02-06", vcc(NEG, text="IHC 1+ (HER2-negative)"))
c.proc(cc((CPT, "19307")), "2025-03-04")
c.report(tcc("Surgical pathology - right modified radical mastectomy"), "2025-03-07",
         "Invasive ductal carcinoma 3.1 cm, grade 2. Metastatic carcinoma in 5 of 14 axillary lymph "
         "nodes (largest deposit 9 mm). Margins negative. pT2 pN2a.")
c.postmeno("2025-02-03")
for d in ("2025-04-01", "2025-04-22", "2025-05-13", "2025-06-03"):
    c.med("admin", hc("J9171"), d)
    c.med("admin", rx("3002"), d)
arx = c.med("req", rx("199224", "anastrozole 1 mg PO daily"), "2025-07-10")
c.fills(ndc("24979-725-06"), "2025-07-12", 8, every=30, days=30, qty_=30, rx=arx)
c.med("stmt", rx("1946825", "abemaciclib 150 mg PO BID"), "2025-07-14", end="2026-02-19",
      note="Held 2026-02-12 to 2026-02-19 for grade 3 diarrhoea.")
vrx = c.med("req", rx("1946840", "Verzenio 100 mg PO BID (dose level -1)"), "2026-02-20")
c.fills(ndc("0002-4815-54", "Verzenio 100 mg #14"), "2026-02-24", 3, every=7, days=7, qty_=14,
        rx=vrx)
c.ecog("2026-03-02", 1)

# b02 ribociclib first line with letrozole (MONALEESA-2) -- 11-digit NDC; ICD-only claims
c = case(2, "breast", "2026-04-08", svc(NDC, "00078086742"), S, None,
         "Kisqali (ribociclib) requested by 11-digit NDC with letrozole as initial endocrine-based "
         "therapy for postmenopausal HR-positive, HER2-negative breast cancer with bone metastases; "
         "diagnoses reach the payer only as ICD-10-CM codes on claims.",
         "Kisqali label 1.1 (advanced or metastatic breast cancer): in combination with an aromatase "
         "inhibitor as initial endocrine-based therapy for adults with HR-positive, HER2-negative "
         "advanced or metastatic breast cancer. Pivotal trial MONALEESA-2. Record: C50.912 + C79.51 + "
         "Z17.0 claim diagnoses, HER2 negative (IHC 0 in the pathology conclusion, LOINC Negative "
         "answer), no prior endocrine therapy, letrozole fills started: supported.",
         "HR+/HER2- metastatic, first line with AI; ICD-10-CM only; service as 11-digit NDC",
         "female", "1957-12-02", ("Okonkwo", "Grace"))
d1 = c.claim_dx("C50.912", "2026-02-20", claim_date="2026-02-27")
d2 = c.claim_dx("C79.51", "2026-02-25", claim_date="2026-03-04")
d3 = c.claim_dx("Z17.0", "2026-02-20", claim_date="2026-02-27")
c.eob("2026-03-06", "professional", [d1, d2, d3],
      [(cc((CPT, "78306")), "2026-02-25"), (cc((CPT, "78815")), "2026-02-26")])
her2 = c.obs(cc((LN, "85319-2")), "2026-02-24", vcc(NEG, text="IHC 0"))
er = c.obs(cc((LN, "16112-5")), "2026-02-24", vcc(POS, text="95%"))
c.report(tcc("Core biopsy left breast - breast prognostic panel"), "2026-02-24",
         "Invasive lobular carcinoma. ER positive (95%), PR positive (30%), HER2 negative (IHC 0).",
         results=[her2, er])
c.postmeno("2026-02-20")
lrx = c.med("req", rx("200064", "letrozole 2.5 mg PO daily"), "2026-03-30")
c.dispense(ndc("24979-726-07"), "2026-04-01", days=90, qty_=90, rx=lrx)
c.ecog("2026-03-30", 1)

# b03 palbociclib + fulvestrant after endocrine therapy (PALOMA-3) -- ingredient; stopped AI fills
c = case(3, "breast", "2026-05-12", svc(RX, "1601374"), S, None,
         "Palbociclib (Ibrance) with fulvestrant for HR-positive, HER2-negative breast cancer that "
         "recurred in the liver while on adjuvant letrozole; the pharmacy fill history shows letrozole "
         "fills ending in December 2025.",
         "Ibrance label 1 (Indications and Usage): HR-positive, HER2-negative advanced or metastatic "
         "breast cancer in combination with an aromatase inhibitor as initial endocrine-based therapy, "
         "or with fulvestrant in patients with disease progression following endocrine therapy. "
         "Pivotal trial PALOMA-3. Record: ER+/PR+, HER2 2+ with ISH not amplified, liver metastasis, "
         "letrozole dispensed 2023-2025 then stopped at recurrence: supported (fulvestrant branch).",
         "HR+/HER2- recurrence on adjuvant AI (stopped fill history), with fulvestrant",
         "female", "1963-03-27", ("Harrington", "Claire"))
c.cond(cc((ICD, "C50.911")), "2022-11-14", stage=tcc("Stage IIA at diagnosis (pT2 pN0)"))
c.cond(cc((ICD, "C78.7")), "2026-01-20")
c.obs(cc((LN, "16112-5")), "2026-01-28", vcc(POS, text="Positive 80% (liver core)"))
c.obs(cc((LN, "16113-3")), "2026-01-28", vcc(POS, text="Positive 10%"))
c.obs(cc((LN, "85319-2")), "2026-01-28", vcc(text="2+ (equivocal)"))
c.obs(cc((LN, "85318-4")), "2026-01-30", vcc(NEG, text="Not amplified, HER2/CEP17 1.2"))
c.postmeno("2022-11-14")
c.proc(cc((CPT, "19303")), "2022-12-12")
last = c.fills(rx("200064"), "2023-01-10", 13, every=90, days=90, qty_=90,
               note_last="Last fill; prescriber discontinued letrozole at recurrence.")
c.progression("2026-01-20", note="Liver metastases on CT while on adjuvant letrozole.")
c.ecog("2026-04-28", 0)
c.med("req", cc(text="fulvestrant 500 mg IM days 1, 15, 29 then monthly"), "2026-05-04",
      status="draft", intent="proposal")

# b04 olaparib gBRCA1 metastatic TNBC after chemo (OlympiAD) -- ingredient; claims J-codes
c = case(4, "breast", "2026-06-02", svc(RX, "1597582"), S, None,
         "Olaparib (Lynparza) for germline BRCA1-mutated, HER2-negative, hormone-receptor-negative "
         "metastatic breast cancer after neoadjuvant anthracycline/taxane chemotherapy; prior "
         "chemotherapy known from paid professional claims.",
         "Lynparza label 1.3 (breast): gBRCAm HER2-negative metastatic breast cancer in patients "
         "previously treated with chemotherapy in the neoadjuvant, adjuvant or metastatic setting "
         "(HR-positive disease must also have had endocrine therapy). Pivotal trial OlympiAD. Record: "
         "germline BRCA1 c.68_69del pathogenic, ER/PR negative, HER2 IHC 0, lung metastases, "
         "doxorubicin/cyclophosphamide then paclitaxel on claims: supported.",
         "gBRCA1 TNBC metastatic, prior neoadjuvant chemo on claims",
         "female", "1984-09-09", ("Kaplan", "Miriam"))
dx = c.claim_dx("C50.411", "2023-03-01", claim_date="2023-03-10")
c.cond(cc((ICD, "Z17.1")), "2023-03-01")
c.obs(cc((LN, "16113-3")), "2023-03-03", vcc(NEG))
c.obs(cc((LN, "85319-2")), "2023-03-03", vcc(NEG, text="IHC 0"))
c.variant("2023-03-20", "HGNC:1100", c="NM_007294.4:c.68_69del", p="NP_009225.1:p.(Glu23fs)",
          text="Pathogenic germline BRCA1 variant", note="Germline testing (CPT 81162).")
c.eob("2023-08-30", "professional", [dx],
      [(hc("J9000"), "2023-04-03"), (rx("3002"), "2023-04-03"), (hc("J9000"), "2023-04-17"),
       (hc("J9267"), "2023-06-12"), (hc("J9267"), "2023-07-10")])
c.proc(cc((CPT, "19303")), "2023-09-18")
c.cond(cc((ICD, "C78.01")), "2026-04-10")
c.progression("2026-04-10", note="Bilateral pulmonary nodules, biopsy-proven recurrence.")
c.ecog("2026-05-20", 1)

# b05 tucatinib + trastuzumab + capecitabine (HER2CLIMB) -- ingredient; brain mets
c = case(5, "breast", "2026-06-18", svc(RX, "2361285"), S, None,
         "Tucatinib (Tukysa) with trastuzumab and capecitabine for HER2-positive metastatic breast "
         "cancer with new brain metastases after THP and T-DM1 in the metastatic setting.",
         "Tukysa label 1.1: with trastuzumab and capecitabine for adults with advanced unresectable "
         "or metastatic HER2-positive breast cancer, including brain metastases, who have received "
         "one or more prior anti-HER2-based regimens in the metastatic setting. Pivotal trial "
         "HER2CLIMB. Record: HER2 IHC 3+, brain metastases, pertuzumab/trastuzumab/docetaxel and "
         "ado-trastuzumab emtansine administered for metastatic disease: supported.",
         "HER2+ metastatic with brain mets, after two anti-HER2 regimens",
         "female", "1971-01-30", ("Moreau", "Sylvie"))
c.cond(cc((ICD, "C50.912")), "2023-10-02", stage=tcc("Stage IV de novo (liver)"))
c.cond(cc((ICD, "C78.7")), "2023-10-02")
c.cond(cc((SCT, "94225005")), "2026-05-28")
c.obs(cc((LN, "85319-2")), "2023-10-05", vcc(POS, text="3+"))
c.obs(cc((LN, "16112-5")), "2023-10-05", vcc(NEG))
for d in ("2023-10-23", "2023-11-13", "2023-12-04"):
    c.med("admin", hc("J9355"), d)
    c.med("admin", hc("J9306"), d)
    c.med("admin", hc("J9171"), d)
c.progression("2025-06-30")
for d in ("2025-07-14", "2025-08-04", "2025-08-25"):
    c.med("admin", hc("J9354"), d)
c.progression("2026-05-28", note="MRI brain: three new parenchymal metastases, largest 11 mm.")
c.ecog("2026-06-08", 1)
c.med("req", rx("194000", "capecitabine 1000 mg/m2 BID d1-14 q21d"), "2026-06-12", status="draft",
      intent="proposal")

# b06 capecitabine single agent after anthracycline and taxane -- SCD
c = case(6, "breast", "2026-07-07", svc(RX, "200328"), S, None,
         "Capecitabine 500 mg tablets (RxNorm clinical drug) as a single agent for HER2-negative "
         "metastatic breast cancer after adjuvant doxorubicin/cyclophosphamide and paclitaxel and two "
         "endocrine-based lines; further anthracycline is not indicated.",
         "Xeloda/capecitabine label 1.2 (breast cancer): as a single agent for advanced or metastatic "
         "breast cancer if an anthracycline- or taxane-containing chemotherapy is not indicated "
         "(and, with docetaxel, after anthracycline). Record: metastatic HR+/HER2- disease, prior "
         "doxorubicin (cumulative 240 mg/m2) and paclitaxel with grade 2 neuropathy, progression on "
         "endocrine therapy: supported.",
         "metastatic HER2-, anthracycline/taxane not indicated; service as SCD",
         "female", "1959-04-21", ("Varga", "Eszter"))
c.cond(cc((ICD, "C50.911")), "2019-05-06")
c.cond(cc((ICD, "C79.51")), "2023-02-14")
c.cond(cc((ICD, "C78.7")), "2026-06-01")
c.obs(cc((LN, "16112-5")), "2019-05-08", vcc(POS))
c.obs(cc((LN, "48676-1")), "2023-02-20", vcc(NEG, text="HER2 negative"))
for d in ("2019-06-03", "2019-06-24", "2019-07-15", "2019-08-05"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002"), d)
for d in ("2019-08-26", "2019-09-16", "2019-10-07", "2019-10-28"):
    c.med("admin", hc("J9267"), d)
c.fills(rx("199224"), "2023-03-01", 8, every=90, days=90, qty_=90)
c.progression("2025-01-15")
c.med("stmt", rx("10324", "tamoxifen 20 mg daily"), "2025-02-01", end="2026-05-20")
c.progression("2026-06-01", note="New liver lesions; endocrine resistance.")
c.doc("Oncology note 2026-06-20: prior AC (cumulative doxorubicin 240 mg/m2) and weekly "
      "paclitaxel with persistent grade 2 neuropathy; further anthracycline or taxane not "
      "indicated. Plan single-agent capecitabine 1000 mg/m2 BID d1-14.", "2026-06-20")
c.ecog("2026-06-20", 1)

# b07 alpelisib: PIK3CA not documented
c = case(7, "breast", "2026-08-11", svc(RX, "2169285"), ND, ["pik3ca"],
         "Alpelisib (Piqray) with fulvestrant requested for HR-positive, HER2-negative metastatic "
         "breast cancer that progressed on anastrozole + palbociclib; the PIK3CA tissue test was "
         "sent but no result is in the record.",
         "Piqray label 1: with fulvestrant for postmenopausal women and men with HR-positive, "
         "HER2-negative, PIK3CA-mutated advanced or metastatic breast cancer, as detected by an "
         "FDA-approved test, following progression on or after an endocrine-based regimen. Pivotal "
         "trial SOLAR-1. Every gate but PIK3CA is documented; the PIK3CA result is simply absent: "
         "needs-documentation (pik3ca).",
         "PIK3CA result absent (test sent)",
         "female", "1955-10-17", ("Petersen", "Karin"))
c.cond(cc((ICD, "C50.912")), "2024-01-08", stage=tcc("Stage IV (bone)"))
c.cond(cc((ICD, "C79.51")), "2024-01-08")
c.cond(cc((ICD, "Z17.0")), "2024-01-08")
c.obs(cc((LN, "85319-2")), "2024-01-12", vcc(NEG, text="IHC 1+"))
c.postmeno("2024-01-08")
c.fills(ndc("24979-725-06"), "2024-02-01", 20, every=30, days=30, qty_=30)
c.med("stmt", rx("1601374", "palbociclib 125 mg d1-21"), "2024-02-01", end="2025-09-30")
c.progression("2025-10-02", note="Progression in bone and new lung nodules.")
c.sreq(cc((CPT, "81445")), "2026-07-20", note="Tissue NGS including PIK3CA sent; pending.")
c.ecog("2026-07-28", 1)

# b08 abemaciclib SBD first line: HER2 not documented
c = case(8, "breast", "2026-08-25", svc(RX, "1946840"), ND, ["her2"],
         "Verzenio 100 mg tablets (RxNorm branded drug) with letrozole requested as initial "
         "endocrine-based therapy for ER-positive metastatic breast cancer; the outside pathology "
         "report gives ER and PR but HER2 was never reported.",
         "Verzenio label 1.2: in combination with an aromatase inhibitor as initial endocrine-based "
         "therapy for HR-positive, HER2-negative advanced or metastatic breast cancer (MONARCH 3). "
         "HER2 status is absent from the record (no IHC or ISH, outside report silent): "
         "needs-documentation (her2).",
         "HER2 result absent; service as SBD",
         "female", "1960-06-06", ("Aguilar", "Rosa"))
c.cond(cc((ICD, "C50.411")), "2026-07-01")
c.cond(cc((ICD, "C79.51")), "2026-07-08")
c.obs(cc((LN, "16112-5")), "2026-07-03", vcc(POS, text="ER 85%"))
c.obs(cc((LN, "16113-3")), "2026-07-03", vcc(POS, text="PR 40%"))
c.report(tcc("Outside pathology (scanned) - left breast core biopsy"), "2026-07-03",
         "Invasive ductal carcinoma, grade 2. ER positive 85%, PR positive 40%. Additional studies "
         "not performed at this institution.")
c.postmeno("2026-07-01")
c.stage("2026-07-10", "Stage IV (bone)", snomed_iv=True)
c.med("req", rx("200064"), "2026-08-18", status="draft", intent="proposal")

# b09 neratinib extended adjuvant: prior trastuzumab not documented
c = case(9, "breast", "2026-09-08", svc(RX, "1940643"), ND, ["prior_therapy"],
         "Neratinib (Nerlynx) requested as extended adjuvant therapy for HER2-positive stage II "
         "breast cancer by a patient new to the plan; no record of the adjuvant trastuzumab-based "
         "therapy (no claims, administrations or notes before enrolment).",
         "Nerlynx label 1.1: as a single agent for the extended adjuvant treatment of adults with "
         "early-stage HER2-positive breast cancer, to follow adjuvant trastuzumab-based therapy "
         "(ExteNET). HER2, stage and surgery are documented; whether trastuzumab-based therapy was "
         "given is simply absent: needs-documentation (prior_therapy).",
         "prior trastuzumab-based adjuvant therapy absent (new enrollee, no claim history)",
         "female", "1970-02-14", ("Nakashima", "Yuki"))
c.cond(cc((ICD, "C50.912")), "2024-09-02", stage=tcc("Stage IIB (pT2 pN1a)"))
c.obs(cc((LN, "85319-2")), "2024-09-05", vcc(POS, text="3+"))
c.obs(cc((LN, "16112-5")), "2024-09-05", vcc(POS, text="ER 60%"))
c.proc(cc((CPT, "19303")), "2024-10-07")
c.doc("Intake note 2026-08-30 (new to plan, records requested from previous oncologist): "
      "HER2-positive left breast cancer, mastectomy 10/2024. Patient reports 'a year of IV "
      "treatment'; no treatment records received yet. Taking letrozole.", "2026-08-30")
c.fills(rx("200064"), "2026-06-01", 4, every=30, days=30, qty_=30)

# b10 ribociclib SCD for HER2-positive disease
c = case(10, "breast", "2026-09-22", svc(RX, "1873983"), RR, None,
         "Ribociclib 200 mg tablets (RxNorm clinical drug) with letrozole requested for HR-positive "
         "metastatic breast cancer, but HER2 is amplified by FISH (HER2/CEP17 5.8) and IHC 3+.",
         "Kisqali label 1.1: HR-positive, HER2-negative advanced or metastatic breast cancer (with an "
         "AI or fulvestrant) and HR-positive, HER2-negative high-risk early breast cancer "
         "(MONALEESA-2/-3/-7, NATALEE). HER2-positive disease contradicts the HER2-negative gate: "
         "refer-to-reviewer.",
         "HER2 amplified contradicts HER2-negative gate; service as SCD",
         "female", "1962-07-29", ("Bianchi", "Lucia"))
c.cond(cc((ICD, "C50.911")), "2026-06-15")
c.cond(cc((ICD, "C78.7")), "2026-06-20")
c.cond(cc((ICD, "Z17.0")), "2026-06-15")
c.obs(cc((LN, "85319-2")), "2026-06-18", vcc(POS, text="3+"))
c.obs(cc((LN, "85318-4")), "2026-06-22", vcc(POS, text="Amplified, HER2/CEP17 ratio 5.8"))
c.postmeno("2026-06-15")
c.ecog("2026-09-10", 0)

# b11 olaparib NDC 11-digit: germline BRCA negative
c = case(11, "breast", "2026-10-06", svc(NDC, "00310056960"), RR, None,
         "Lynparza (olaparib) 100 mg tablets requested by 11-digit NDC for metastatic triple-negative "
         "breast cancer, but germline BRCA1/BRCA2 sequencing and deletion/duplication analysis found "
         "no pathogenic variant.",
         "Lynparza label 1.3: breast indications require deleterious or suspected deleterious "
         "germline BRCA-mutated HER2-negative breast cancer (OlympiAD, OlympiA). A negative germline "
         "BRCA1/2 test contradicts the BRCA gate: refer-to-reviewer.",
         "germline BRCA1/2 negative contradicts gBRCAm gate; service as 11-digit NDC",
         "female", "1979-05-03", ("Sorensen", "Ida"))
c.cond(cc((ICD, "C50.912")), "2024-04-02")
c.cond(cc((ICD, "Z17.1")), "2024-04-02")
c.cond(cc((ICD, "C78.01")), "2026-08-14")
c.obs(cc((LN, "85319-2")), "2024-04-05", vcc(NEG, text="IHC 0"))
b1 = c.variant("2024-05-01", "HGNC:1100", present=False, text="No pathogenic variant")
b2 = c.variant("2024-05-01", "HGNC:1101", present=False, text="No pathogenic variant")
c.report(cc((LN, "51969-4")), "2024-05-01",
         "Germline BRCA1 and BRCA2 full sequencing and del/dup analysis (CPT 81162): NEGATIVE - no "
         "pathogenic or likely pathogenic variant identified.", cat="GE", results=[b1, b2],
         concl_codes=[cc(NEG, text="Negative")])
for d in ("2024-05-13", "2024-06-03", "2024-06-24", "2024-07-15"):
    c.med("admin", hc("J9000"), d)
c.ecog("2026-09-28", 1)

# b12 tucatinib for HER2-low
c = case(12, "breast", "2026-10-20", svc(RX, "2361285"), RR, None,
         "Tucatinib with trastuzumab and capecitabine requested for metastatic breast cancer after "
         "trastuzumab deruxtecan, but HER2 is IHC 1+ (HER2-low) with ISH not amplified.",
         "Tukysa label 1.1: HER2-positive advanced or metastatic breast cancer (HER2CLIMB required "
         "HER2 IHC 3+ or ISH amplification). HER2 IHC 1+ with non-amplified ISH is HER2-negative; the "
         "record contradicts the HER2 gate: refer-to-reviewer.",
         "HER2-low (IHC 1+, ISH not amplified) contradicts HER2-positive gate",
         "female", "1968-11-25", ("Castro", "Beatriz"))
c.cond(cc((ICD, "C50.411")), "2022-05-10")
c.cond(cc((ICD, "C79.51")), "2024-08-19")
c.obs(cc((LN, "85319-2")), "2024-08-25", vcc(NEG, text="IHC 1+ (HER2-low)"))
c.obs(cc((LN, "85318-4")), "2024-08-27", vcc(NEG, text="Not amplified, ratio 1.4"))
c.obs(cc((LN, "16112-5")), "2024-08-25", vcc(POS))
c.progression("2026-09-30", note="Progression after fam-trastuzumab deruxtecan (HER2-low indication).")
c.ecog("2026-10-12", 1)


# ================================================================ NSCLC
# n01 osimertinib first line EGFR L858R (FLAURA) -- ingredient; LOINC answer codes
c = case(1, "nsclc", "2026-03-10", svc(RX, "1721560"), S, None,
         "Osimertinib (Tagrisso) first line for metastatic lung adenocarcinoma with EGFR exon 21 "
         "L858R, reported by the lab interface as a LOINC variant Observation with a 'Present' "
         "answer and a report conclusion.",
         "Tagrisso label 1.1 (first-line metastatic): adults with metastatic NSCLC whose tumors have "
         "EGFR exon 19 deletions or exon 21 L858R mutations, as detected by an FDA-approved test. "
         "Pivotal trial FLAURA. Record: adenocarcinoma, stage IVB, EGFR c.2573T>G p.(Leu858Arg) "
         "present, no prior systemic therapy: supported.",
         "EGFR L858R metastatic, first line",
         "female", "1964-12-12", ("Chen", "Li"))
c.cond(cc((ICD, "C34.12"), text="Adenocarcinoma of left upper lobe"), "2026-02-02")
c.cond(cc((ICD, "C79.51")), "2026-02-05")
c.stage("2026-02-06", "Stage IVB (M1c)", snomed_iv=True)
v = c.variant("2026-02-18", "HGNC:3236", c="NM_005228.5:c.2573T>G",
              p="NP_005219.2:p.(Leu858Arg)", text="EGFR L858R detected")
c.report(cc((LN, "51969-4")), "2026-02-18",
         "EGFR exon 21 p.L858R detected (VAF 28%). ALK, ROS1, RET fusions not detected.", cat="GE",
         results=[v], concl_codes=[cc(PRESENT, text="EGFR L858R present")])
c.ecog("2026-02-25", 1)
c.med("req", rx("1721560", "osimertinib 80 mg PO daily"), "2026-03-03", status="draft",
      intent="proposal")

# n02 lorlatinib ALK+ first line (CROWN) -- 10-digit package NDC
c = case(2, "nsclc", "2026-03-24", svc(NDC, "0069-0231-01"), S, None,
         "Lorbrena (lorlatinib) 100 mg tablets requested by package NDC, first line, for metastatic "
         "ALK-rearranged lung adenocarcinoma (ALK FISH positive, EML4-ALK on RNA NGS).",
         "Lorbrena label 1: adults with metastatic NSCLC whose tumors are ALK-positive as detected by "
         "an FDA-approved test. Pivotal trial CROWN (first line). Record documents ALK positivity "
         "(FISH Positive answer code and NGS report conclusion), metastatic disease: supported.",
         "ALK+ metastatic, first line; service as 10-digit NDC",
         "male", "1983-04-04", ("Haddad", "Karim"))
c.cond(cc((ICD, "C34.11")), "2026-02-12")
c.cond(cc((SCT, "94225005")), "2026-02-16")
c.stage("2026-02-18", "Stage IVB (brain, bone)", snomed_iv=True)
f = c.obs(tcc("ALK (2p23) gene rearrangement by FISH"), "2026-02-26", vcc(POS, text="Positive, 62% split signals"))
c.report(cc((LN, "51969-4")), "2026-03-02", "EML4-ALK fusion (variant 3a/b) detected by RNA NGS. "
         "EGFR, KRAS, BRAF, ROS1, RET, MET negative.", cat="GE", results=[f])
c.ecog("2026-03-05", 1)

# n03 alectinib adjuvant (ALINA) -- ingredient
c = case(3, "nsclc", "2026-04-14", svc(RX, "1727455"), S, None,
         "Alectinib (Alecensa) as adjuvant therapy after right upper lobectomy for ALK-positive "
         "pT2b pN1 (stage IIB) adenocarcinoma.",
         "Alecensa label 1.1 (April 2024): adjuvant treatment following tumor resection of "
         "ALK-positive NSCLC (tumors >= 4 cm or node positive), as detected by an FDA-approved test. "
         "Pivotal trial ALINA. Record: lobectomy, 4.6 cm tumour with N1 nodes, ALK IHC (D5F3) "
         "positive: supported.",
         "ALK+ resected stage IIB, adjuvant",
         "female", "1975-06-19", ("Ivanova", "Elena"))
c.cond(cc((ICD, "C34.11")), "2026-01-08", stage=tcc("pT2b pN1 M0, stage IIB"))
c.proc(cc((CPT, "32663")), "2026-02-10")
c.report(tcc("Surgical pathology - right upper lobectomy"), "2026-02-13",
         "Invasive adenocarcinoma, acinar predominant, 4.6 cm. 2 of 9 hilar (N1) lymph nodes "
         "positive. Margins negative. pT2b pN1.")
c.obs(tcc("ALK (D5F3) immunohistochemistry"), "2026-02-20", vcc(POS, text="Positive (strong granular)"))
c.ecog("2026-04-02", 0)

# n04 sotorasib after chemo-immunotherapy (CodeBreaK 100) -- ingredient; claims J-codes
c = case(4, "nsclc", "2026-05-05", svc(RX, "2550714"), S, None,
         "Sotorasib (Lumakras) for KRAS G12C metastatic lung adenocarcinoma progressing after "
         "carboplatin, pemetrexed and pembrolizumab (known from paid claims).",
         "Lumakras label 1.1: adults with KRAS G12C-mutated locally advanced or metastatic NSCLC, as "
         "determined by an FDA-approved test, who have received at least one prior systemic therapy. "
         "Pivotal trial CodeBreaK 100 (confirmatory CodeBreaK 200). Record: KRAS p.G12C, metastatic, "
         "four cycles of platinum/pemetrexed/pembrolizumab on adjudicated claims: supported.",
         "KRAS G12C after one prior systemic therapy (claims)",
         "male", "1955-02-08", ("Novak", "Pavel"))
dx = c.claim_dx("C34.31", "2025-06-02", claim_date="2025-06-09")
c.cond(cc((ICD, "C78.7")), "2025-06-05")
c.variant("2025-06-20", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          text="KRAS G12C")
c.eob("2025-10-01", "professional", [dx],
      [(hc("J9045"), "2025-07-07"), (hc("J9305"), "2025-07-07"), (hc("J9271"), "2025-07-07"),
       (hc("J9045"), "2025-07-28"), (hc("J9305"), "2025-07-28"), (hc("J9271"), "2025-07-28"),
       (hc("J9305"), "2025-09-08"), (hc("J9271"), "2025-09-08")])
c.progression("2026-04-14", note="Enlarging liver metastases on pemetrexed/pembrolizumab maintenance.")
c.ecog("2026-04-22", 1)

# n05 crizotinib ROS1 fusion -- ingredient; DiagnosticReport conclusionCode
c = case(5, "nsclc", "2026-05-26", svc(RX, "1148495"), S, None,
         "Crizotinib (Xalkori) for metastatic lung adenocarcinoma with a CD74-ROS1 fusion, reported "
         "only in a DiagnosticReport conclusion with a 'Present' conclusion code.",
         "Xalkori label 1.1: adults with metastatic NSCLC whose tumors are ALK- or ROS1-positive as "
         "detected by an FDA-approved test. Pivotal study PROFILE 1001 (ROS1 cohort). Record: "
         "metastatic adenocarcinoma, ROS1 fusion present: supported.",
         "ROS1 fusion (report conclusion only)",
         "female", "1988-08-30", ("Santos", "Ana"))
c.cond(cc((ICD, "C34.90"), text="Lung adenocarcinoma"), "2026-04-20",
       stage=cc((SCT, "1222837003"), text="Stage IV"))
c.cond(cc((SCT, "94222008")), "2026-04-22")
c.report(cc((LN, "51969-4")), "2026-05-11",
         "Targeted RNA fusion panel: CD74(exon 6)-ROS1(exon 34) fusion DETECTED. No ALK, RET or NTRK "
         "fusion. EGFR, KRAS, BRAF wild-type on DNA panel.", cat="GE",
         concl_codes=[cc(PRESENT, text="ROS1 fusion present")])
c.ecog("2026-05-18", 1)

# n06 dabrafenib + trametinib BRAF V600E -- ingredient; valueString lab result
c = case(6, "nsclc", "2026-06-09", svc(RX, "1424911"), S, None,
         "Dabrafenib (Tafinlar) with trametinib for metastatic NSCLC with BRAF V600E reported by the "
         "reference lab as a text result.",
         "Tafinlar label 1 (NSCLC): in combination with trametinib for adults with metastatic NSCLC "
         "with BRAF V600E mutation as detected by an FDA-approved test. Pivotal study BRF113928. "
         "Record: metastatic adenocarcinoma, 'BRAF V600E mutation detected': supported.",
         "BRAF V600E metastatic, with trametinib",
         "male", "1952-03-15", ("Kowalski", "Marek"))
c.cond(cc((ICD, "C34.12")), "2026-04-28")
c.cond(cc((ICD, "C78.01")), "2026-04-28")
c.stage("2026-05-01", "Stage IVA (M1a, contralateral lung)", snomed_iv=True)
c.obs(tcc("BRAF gene mutation analysis (tissue, NGS)"), "2026-05-19",
      vstr("BRAF V600E (c.1799T>A) mutation DETECTED"))
c.ecog("2026-05-28", 1)
c.med("req", cc(text="trametinib 2 mg PO daily"), "2026-06-02", status="draft", intent="proposal")

# n07 osimertinib adjuvant: EGFR not documented -- product-only NDC
c = case(7, "nsclc", "2026-07-14", svc(NDC, "0310-1248"), ND, ["egfr"],
         "Tagrisso 40 mg tablets requested by product NDC (reduced dose for QTc prolongation) as "
         "adjuvant therapy after lobectomy for stage IIIA adenocarcinoma; EGFR testing was ordered "
         "on the resection specimen but no result is recorded.",
         "Tagrisso label 1.1 (adjuvant): after tumor resection in adults with NSCLC whose tumors have "
         "EGFR exon 19 deletions or exon 21 L858R mutations (ADAURA); every other Tagrisso NSCLC "
         "indication also requires an EGFR mutation. The EGFR result is absent: "
         "needs-documentation (egfr).",
         "EGFR result absent; service as product-only NDC",
         "female", "1961-10-10", ("Yamamoto", "Keiko"))
c.cond(cc((ICD, "C34.31")), "2026-04-06", stage=tcc("pT3 pN1 M0, stage IIIA"))
c.proc(cc((CPT, "32663")), "2026-05-12")
c.sreq(cc((CPT, "81445")), "2026-05-20", note="EGFR/ALK panel on resection specimen; pending.")
c.doc("Note 2026-07-08: recovering from lobectomy; cardiology advises osimertinib 40 mg given "
      "baseline QTc 478 ms. Molecular results not yet returned.", "2026-07-08")

# n08 sotorasib: prior systemic therapy absent
c = case(8, "nsclc", "2026-07-28", svc(RX, "2550714"), ND, ["prior_therapy"],
         "Sotorasib requested for KRAS G12C metastatic NSCLC by a patient transferring care; the "
         "record holds no systemic therapy (no fills, administrations, claims or notes on "
         "treatment before enrolment).",
         "Lumakras label 1.1: KRAS G12C-mutated locally advanced or metastatic NSCLC after at least "
         "one prior systemic therapy (CodeBreaK 100). KRAS and stage are documented; prior systemic "
         "therapy is simply absent: needs-documentation (prior_therapy).",
         "prior systemic therapy absent (transfer of care)",
         "male", "1958-09-01", ("Dumont", "Alain"))
c.cond(cc((ICD, "C34.11")), "2025-11-03")
c.cond(cc((ICD, "C79.51")), "2025-11-10")
c.stage("2025-11-12", "Stage IVB", snomed_iv=True)
c.variant("2025-11-25", "HGNC:6407", p="p.G12C", text="KRAS G12C detected")
c.doc("Transfer note 2026-07-20: previously treated at an out-of-network centre; records "
      "requested. Patient unsure of prior regimen.", "2026-07-20")

# n09 dabrafenib: BRAF pending
c = case(9, "nsclc", "2026-08-18", svc(RX, "1424911"), ND, ["braf"],
         "Dabrafenib with trametinib requested for metastatic NSCLC 'presumed BRAF-mutant' from a "
         "liquid biopsy that is still pending; no BRAF result in the record.",
         "Tafinlar label 1 (NSCLC): with trametinib for metastatic NSCLC with BRAF V600E mutation "
         "(BRF113928). The BRAF result is absent: needs-documentation (braf).",
         "BRAF result absent (liquid biopsy pending)",
         "female", "1949-01-22", ("Lombardi", "Giulia"))
c.cond(cc((ICD, "C34.90")), "2026-07-15", stage=tcc("Stage IVB"))
c.cond(cc((ICD, "C78.7")), "2026-07-15")
c.sreq(tcc("Plasma cfDNA NGS panel"), "2026-08-04", note="Drawn 2026-08-04; result pending.")
c.ecog("2026-08-10", 1)

# n10 osimertinib EGFR exon 20 insertion -- 10-digit package NDC
c = case(10, "nsclc", "2026-09-01", svc(NDC, "0310-1248-30"), RR, None,
         "Tagrisso 40 mg tablets (package NDC) requested for metastatic NSCLC whose only EGFR "
         "alteration is an exon 20 insertion (p.A767_V769dup).",
         "Tagrisso label 1.1: EGFR exon 19 deletion or exon 21 L858R (first line, adjuvant, after "
         "chemoradiation, with chemotherapy) or EGFR T790M after EGFR-TKI therapy (FLAURA, ADAURA, "
         "LAURA, FLAURA2, AURA3). An exon 20 insertion without any of these contradicts the EGFR "
         "gate: refer-to-reviewer.",
         "EGFR exon 20 insertion contradicts sensitising-EGFR gate; service as 10-digit NDC",
         "male", "1966-05-05", ("Park", "Jun-ho"))
c.cond(cc((ICD, "C34.12")), "2026-07-06")
c.stage("2026-07-10", "Stage IVA", snomed_iv=True)
v = c.variant("2026-07-24", "HGNC:3236", c="NM_005228.5:c.2300_2308dup",
              p="NP_005219.2:p.(Ala767_Val769dup)", text="EGFR exon 20 insertion")
c.report(cc((LN, "51969-4")), "2026-07-24",
         "EGFR exon 20 insertion p.A767_V769dup detected. No exon 19 deletion, no L858R, no T790M.",
         cat="GE", results=[v])
c.ecog("2026-08-20", 1)

# n11 lorlatinib ALK negative -- product-only NDC
c = case(11, "nsclc", "2026-09-15", svc(NDC, "0069-0231"), RR, None,
         "Lorbrena requested by product NDC for metastatic adenocarcinoma in a never-smoker, but ALK "
         "is negative by IHC, FISH and RNA NGS.",
         "Lorbrena label 1: metastatic NSCLC whose tumors are ALK-positive (CROWN). Three negative "
         "ALK assays contradict the ALK gate: refer-to-reviewer.",
         "ALK negative on three assays; service as product-only NDC",
         "female", "1980-12-01", ("Mendes", "Carla"))
c.cond(cc((ICD, "C34.11")), "2026-07-20")
c.stage("2026-07-25", "Stage IVB", snomed_iv=True)
c.obs(tcc("ALK (D5F3) immunohistochemistry"), "2026-08-03", vcc(NEG))
c.obs(tcc("ALK (2p23) gene rearrangement by FISH"), "2026-08-05", vcc(NEG, text="Negative (3% split signals)"))
c.variant("2026-08-12", "HGNC:427", present=False, text="No ALK fusion (RNA NGS)")
c.variant("2026-08-12", "HGNC:10261", present=False, text="No ROS1 fusion")

# n12 sotorasib for KRAS G12D
c = case(12, "nsclc", "2026-10-13", svc(RX, "2550714"), RR, None,
         "Sotorasib requested after carboplatin/pemetrexed/pembrolizumab, but the KRAS variant is "
         "p.G12D, not G12C.",
         "Lumakras label 1.1: KRAS G12C-mutated NSCLC (CodeBreaK 100/200). KRAS G12D contradicts the "
         "KRAS G12C gate: refer-to-reviewer.",
         "KRAS G12D contradicts G12C gate",
         "male", "1957-07-07", ("O'Brien", "Sean"))
c.cond(cc((ICD, "C34.31")), "2025-09-01")
c.cond(cc((ICD, "C79.51")), "2025-09-04")
c.variant("2025-09-18", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)",
          text="KRAS G12D; KRAS G12C not detected")
for d in ("2025-10-06", "2025-10-27", "2025-11-17", "2025-12-08"):
    c.med("admin", hc("J9045"), d)
    c.med("admin", hc("J9305"), d)
    c.med("admin", hc("J9271"), d)
c.progression("2026-09-21")


# ================================================================ COLORECTAL
# c01 regorafenib third line (CORRECT) -- 11-digit NDC; claims
c = case(1, "colorectal", "2026-03-17", svc(NDC, "50419017103"), S, None,
         "Stivarga (regorafenib) requested by 11-digit NDC for KRAS G12D metastatic sigmoid cancer "
         "after FOLFOX + bevacizumab and FOLFIRI + bevacizumab, all known from adjudicated claims.",
         "Stivarga label 1.1: metastatic colorectal cancer previously treated with fluoropyrimidine-, "
         "oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, and, if RAS "
         "wild-type, an anti-EGFR therapy. Pivotal trial CORRECT. Record: RAS-mutant (KRAS G12D), so "
         "no anti-EGFR requirement; all other prior classes on claims; progression: supported.",
         "RAS-mutant mCRC after FOLFOX/FOLFIRI + bevacizumab; service as 11-digit NDC",
         "male", "1960-01-19", ("Schneider", "Klaus"))
d1 = c.claim_dx("C18.7", "2024-03-04", claim_date="2024-03-11")
d2 = c.claim_dx("C78.7", "2024-03-04", claim_date="2024-03-11")
c.variant("2024-03-22", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)")
c.eob("2024-09-30", "professional", [d1, d2],
      [(hc("J9263"), "2024-04-01"), (hc("J9190"), "2024-04-01"), (hc("J9035"), "2024-04-01"),
       (hc("J9263"), "2024-04-15"), (hc("J9190"), "2024-04-15"), (hc("J9035"), "2024-04-15")])
c.eob("2026-01-31", "professional", [d1, d2],
      [(hc("J9206"), "2025-05-05"), (hc("J9190"), "2025-05-05"), (hc("J9035"), "2025-05-05"),
       (hc("J9206"), "2025-05-19"), (hc("J9190"), "2025-05-19"), (hc("J9035"), "2025-05-19")])
c.progression("2026-02-23", note="Progression in liver on FOLFIRI/bevacizumab.")
c.ecog("2026-03-05", 1)

# c02 trifluridine/tipiracil + bevacizumab (SUNLIGHT) -- 10-digit package NDC; RAS wt with anti-EGFR
c = case(2, "colorectal", "2026-04-21", svc(NDC, "64842-1020-2"), S, None,
         "Lonsurf (trifluridine/tipiracil) requested by package NDC with bevacizumab for RAS "
         "wild-type metastatic rectal cancer after FOLFOX + panitumumab and FOLFIRI + bevacizumab; "
         "capecitabine maintenance fills stopped in 2025.",
         "Lonsurf label 1.1: alone or with bevacizumab for metastatic colorectal cancer previously "
         "treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF "
         "biological therapy, and, if RAS wild-type, an anti-EGFR therapy. Pivotal trials RECOURSE "
         "and SUNLIGHT. Record: KRAS/NRAS wild-type, panitumumab given, all chemotherapy classes and "
         "bevacizumab given, progression: supported.",
         "RAS wt mCRC after all prior classes incl. anti-EGFR; service as 10-digit NDC",
         "female", "1967-07-23", ("Fischer", "Anja"))
c.cond(cc((ICD, "C20")), "2023-09-05", stage=tcc("Stage IVA (liver)"))
c.cond(cc((ICD, "C78.7")), "2023-09-05")
c.variant("2023-09-20", "HGNC:6407", present=False, text="KRAS exons 2-4 wild-type")
c.variant("2023-09-20", "HGNC:7989", present=False, text="NRAS exons 2-4 wild-type")
c.variant("2023-09-20", "HGNC:1097", present=False, text="BRAF V600E not detected")
for d in ("2023-10-02", "2023-10-16", "2023-10-30", "2023-11-13"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9303"), d)
c.fills(ndc("0093-7474-89"), "2024-02-05", 6, every=21, days=21, qty_=84,
        note_last="Final fill; capecitabine maintenance stopped for progression.")
c.progression("2024-06-10")
for d in ("2024-06-24", "2024-07-08", "2024-07-22", "2024-08-05"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2026-03-30", note="Progression on FOLFIRI/bevacizumab.")
c.ecog("2026-04-08", 1)
c.med("req", hc("J9035", "bevacizumab 5 mg/kg d1, d15 with Lonsurf"), "2026-04-14", status="draft",
      intent="proposal")

# c03 fruquintinib (FRESCO-2) -- product-only NDC; stopped Lonsurf fills
c = case(3, "colorectal", "2026-05-19", svc(NDC, "63020-210"), S, None,
         "Fruzaqla (fruquintinib) 1 mg capsules requested by product NDC (re-authorisation at a "
         "reduced 4 mg daily dose) for NRAS-mutant metastatic colon cancer after FOLFOX, FOLFIRI + "
         "bevacizumab and trifluridine/tipiracil (Lonsurf fills ended December 2025).",
         "Fruzaqla label 1: adults with metastatic colorectal cancer previously treated with "
         "fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, "
         "and, if RAS wild-type and medically appropriate, an anti-EGFR therapy. Pivotal trials "
         "FRESCO-2 and FRESCO. Record: NRAS Q61K (RAS-mutant), all required prior classes given: "
         "supported.",
         "RAS-mutant mCRC after all prior classes; service as product-only NDC",
         "male", "1954-11-11", ("Andersson", "Lars"))
c.cond(cc((ICD, "C18.2")), "2023-01-16")
c.cond(cc((ICD, "C78.01")), "2023-01-20")
c.stage("2023-01-20", "Stage IVA (lung)", snomed_iv=True)
c.variant("2023-02-01", "HGNC:7989", p="p.Q61K", text="NRAS Q61K")
for d in ("2023-02-13", "2023-02-27", "2023-03-13"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2023-09-04")
for d in ("2023-09-18", "2023-10-02", "2023-10-16"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2025-05-12")
c.fills(ndc("64842-1020-2"), "2025-06-02", 8, every=28, days=28, qty_=40,
        note_last="Last Lonsurf fill before progression.")
c.progression("2026-01-26")
c.med("stmt", cc(text="fruquintinib 5 mg daily d1-21 (started at outside specialty pharmacy)"),
      "2026-02-09", end="2026-04-30", note="Hand-foot reaction grade 3; reduced to 4 mg.")
c.ecog("2026-05-11", 1)

# c04 capecitabine adjuvant stage III colon (X-ACT) -- SCD
c = case(4, "colorectal", "2026-06-16", svc(RX, "200328"), S, None,
         "Capecitabine 500 mg tablets (RxNorm clinical drug) as adjuvant single-agent therapy after "
         "laparoscopic sigmoid colectomy for pT3 pN1b (stage IIIB) colon cancer.",
         "Xeloda/capecitabine label 1.1 (colorectal): adjuvant treatment of adults with stage III "
         "colon cancer as a single agent or as a component of a combination chemotherapy regimen. "
         "Pivotal trial X-ACT. Record: resection with pN1b, no distant disease: supported.",
         "resected stage III colon, adjuvant; service as SCD",
         "female", "1958-02-27", ("Novakova", "Jana"))
c.cond(cc((ICD, "C18.7")), "2026-04-06", stage=tcc("pT3 pN1b M0, stage IIIB"))
c.proc(cc((CPT, "44204")), "2026-04-27")
c.report(tcc("Surgical pathology - sigmoid colectomy"), "2026-04-30",
         "Adenocarcinoma, moderately differentiated, invading pericolorectal tissue (pT3). 3 of 19 "
         "lymph nodes involved (pN1b). Margins negative. MMR proteins retained.")
c.imaging("2026-04-02", "CT chest/abdomen/pelvis: no distant metastasis.")
c.ecog("2026-06-05", 0)

# c05 encorafenib + cetuximab after prior therapy (BEACON) -- ingredient; valueString
c = case(5, "colorectal", "2026-07-21", svc(RX, "2049106"), S, None,
         "Encorafenib (Braftovi) with cetuximab for BRAF V600E metastatic ascending-colon cancer "
         "after first-line FOLFOX; BRAF result sent as a text lab value.",
         "Braftovi label 1 (colorectal): in combination with cetuximab for adults with metastatic "
         "colorectal cancer with a BRAF V600E mutation, as detected by an FDA-approved test, after "
         "prior therapy (BEACON CRC); first-line use with cetuximab and mFOLFOX6 is a separate "
         "indication (BREAKWATER). Record: BRAF V600E, metastatic, FOLFOX given and progressed: "
         "supported.",
         "BRAF V600E mCRC after prior therapy, with cetuximab",
         "male", "1969-09-17", ("Laurent", "Pierre"))
c.cond(cc((ICD, "C18.2")), "2025-08-11")
c.cond(cc((ICD, "C78.6")), "2025-08-15", stage=tcc("Stage IVC (peritoneum)"))
c.obs(tcc("BRAF V600 mutation analysis"), "2025-08-25", vstr("BRAF c.1799T>A (V600E) POSITIVE"))
c.obs(cc((LN, "81695-9")), "2025-08-25", vcc(text="Microsatellite stable"))
for d in ("2025-09-08", "2025-09-22", "2025-10-06", "2025-10-20"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2026-06-29")
c.ecog("2026-07-10", 1)
c.med("req", hc("J9055", "cetuximab 500 mg/m2 q2w"), "2026-07-14", status="draft", intent="proposal")

# c06 panitumumab first line with FOLFOX (PRIME) -- HCPCS
c = case(6, "colorectal", "2026-08-11", svc(HCPCS, "J9303"), S, None,
         "Panitumumab (Vectibix) with FOLFOX, first line, for KRAS and NRAS wild-type metastatic "
         "left-sided colon cancer.",
         "Vectibix label 1.1: wild-type RAS (both KRAS and NRAS, as determined by an FDA-approved "
         "test) metastatic colorectal cancer, in combination with FOLFOX as first-line treatment "
         "(PRIME) or as monotherapy after progression. Record: KRAS and NRAS exons 2-4 wild-type, "
         "metastatic, untreated: supported.",
         "RAS wild-type mCRC, first line with FOLFOX",
         "female", "1972-04-08", ("Romero", "Isabel"))
c.cond(cc((ICD, "C18.7")), "2026-06-22")
c.cond(cc((ICD, "C78.7")), "2026-06-25")
c.stage("2026-06-26", "Stage IVA (liver)", snomed_iv=True)
k = c.variant("2026-07-10", "HGNC:6407", present=False, text="KRAS wild-type (exons 2, 3, 4)")
n = c.variant("2026-07-10", "HGNC:7989", present=False, text="NRAS wild-type (exons 2, 3, 4)")
c.report(cc((LN, "51969-4")), "2026-07-10", "RAS/BRAF panel: KRAS, NRAS and BRAF wild-type.",
         cat="GE", results=[k, n], concl_codes=[cc(ABSENT, text="No RAS mutation")])
c.ecog("2026-07-30", 0)
c.med("req", cc(text="mFOLFOX6 q2w"), "2026-08-04", status="draft", intent="proposal")

# c07 regorafenib: RAS status not documented -- ingredient
c = case(7, "colorectal", "2026-09-01", svc(RX, "1312397"), ND, ["ras"],
         "Regorafenib requested after FOLFOX + bevacizumab and FOLFIRI + bevacizumab for metastatic "
         "rectal cancer; RAS was never tested and no anti-EGFR therapy was given.",
         "Stivarga label 1.1: previously treated mCRC, with anti-EGFR therapy required if RAS "
         "wild-type (CORRECT). RAS status is absent, so whether the anti-EGFR requirement applies "
         "cannot be decided: needs-documentation (ras).",
         "RAS status absent (decides the anti-EGFR requirement)",
         "male", "1963-06-30", ("Horvat", "Ivan"))
c.cond(cc((ICD, "C20")), "2024-10-01", stage=tcc("Stage IV (liver, lung)"))
c.cond(cc((ICD, "C78.7")), "2024-10-01")
for d in ("2024-10-14", "2024-10-28", "2024-11-11"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2025-05-05")
for d in ("2025-05-19", "2025-06-02", "2025-06-16"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2026-08-10")
c.ecog("2026-08-20", 1)

# c08 encorafenib: BRAF not documented
c = case(8, "colorectal", "2026-09-15", svc(RX, "2049106"), ND, ["braf"],
         "Encorafenib with cetuximab requested after FOLFOX for metastatic colon cancer; the "
         "requesting note says 'BRAF-mutant per outside report' but no BRAF result is in the record.",
         "Braftovi label 1 (colorectal): BRAF V600E-mutated mCRC (BEACON CRC, BREAKWATER). The BRAF "
         "result itself is absent: needs-documentation (braf).",
         "BRAF result absent (outside report not received)",
         "female", "1965-03-03", ("Weiss", "Hannah"))
c.cond(cc((SCT, "363406005"), text="Adenocarcinoma of transverse colon"), "2025-10-06",
       stage=tcc("Stage IVB (liver, bone)"))
c.cond(cc((ICD, "C78.7")), "2025-10-06")
for d in ("2025-10-20", "2025-11-03", "2025-11-17"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2026-08-24")
c.doc("Request note 2026-09-08: BRAF-mutant per outside report (not in chart). Requesting "
      "encorafenib + cetuximab.", "2026-09-08")

# c09 capecitabine adjuvant: stage not documented -- 11-digit NDC
c = case(9, "colorectal", "2026-10-06", svc(NDC, "00093747489"), ND, ["stage"],
         "Capecitabine 500 mg (generic, 11-digit NDC) requested as adjuvant therapy two weeks after "
         "right hemicolectomy; the final pathology (nodal status, pT) is not yet in the record.",
         "Xeloda/capecitabine label 1.1: adjuvant use is limited to stage III colon cancer (X-ACT); "
         "metastatic use needs metastatic disease. Neither stage nor nodal status is documented "
         "(pathology pending): needs-documentation (stage).",
         "stage absent (pathology pending); service as 11-digit NDC",
         "male", "1961-12-20", ("Petrov", "Dimitar"))
c.cond(cc((ICD, "C18.2")), "2026-08-24")
c.proc(cc((CPT, "44204")), "2026-09-21")
c.doc("Post-op note 2026-10-01: uncomplicated laparoscopic right hemicolectomy. Final pathology "
      "pending. Oncology wishes to pre-authorise adjuvant capecitabine.", "2026-10-01")

# c10 panitumumab for KRAS G12V
c = case(10, "colorectal", "2026-10-20", svc(HCPCS, "J9303"), RR, None,
         "Panitumumab with FOLFOX requested first line for metastatic rectal cancer with KRAS "
         "p.G12V.",
         "Vectibix label 1.1: wild-type RAS mCRC only; the label states it is not indicated for RAS-"
         "mutant mCRC or unknown RAS status (PRIME). KRAS G12V contradicts the RAS gate: "
         "refer-to-reviewer.",
         "KRAS G12V contradicts RAS wild-type gate",
         "male", "1970-10-10", ("Kim", "Dae-jung"))
c.cond(cc((ICD, "C20")), "2026-08-17")
c.cond(cc((ICD, "C78.7")), "2026-08-20")
c.obs(tcc("KRAS mutation analysis"), "2026-09-04", vstr("KRAS c.35G>T p.G12V DETECTED"))
c.ecog("2026-10-05", 1)

# c11 encorafenib for BRAF wild-type
c = case(11, "colorectal", "2026-11-03", svc(RX, "2049106"), RR, None,
         "Encorafenib with cetuximab requested after FOLFOX for metastatic colon cancer, but the "
         "BRAF V600E assay is negative (BRAF wild-type).",
         "Braftovi label 1 (colorectal): BRAF V600E mutation required (BEACON CRC). A negative BRAF "
         "V600E result contradicts the gate: refer-to-reviewer.",
         "BRAF wild-type contradicts V600E gate",
         "female", "1959-08-08", ("Becker", "Ursula"))
c.cond(cc((ICD, "C18.2")), "2025-12-01")
c.cond(cc((ICD, "C78.6")), "2025-12-04")
b = c.obs(tcc("BRAF V600E (tissue)"), "2025-12-15", vcc(NEG, text="Not detected"))
c.report(cc((LN, "51969-4")), "2025-12-15", "BRAF V600E not detected. KRAS G13D detected.",
         cat="GE", results=[b], concl_codes=[cc(NEG, text="BRAF V600E negative")])
for d in ("2026-01-05", "2026-01-19", "2026-02-02"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2026-10-12")

# c12 regorafenib for non-metastatic stage II -- product-only NDC
c = case(12, "colorectal", "2026-11-17", svc(NDC, "50419-171"), RR, None,
         "Stivarga requested by product NDC as 'adjuvant' therapy after resection of stage IIA "
         "colon cancer; staging CT shows no metastatic disease.",
         "Stivarga label 1.1: metastatic colorectal cancer previously treated with the listed "
         "therapies (CORRECT); there is no adjuvant indication. Non-metastatic resected stage II "
         "disease contradicts the metastatic gate: refer-to-reviewer.",
         "non-metastatic stage II contradicts metastatic gate; service as product-only NDC",
         "male", "1950-05-15", ("Jensen", "Erik"))
c.cond(cc((ICD, "C18.7")), "2026-08-03", stage=tcc("pT3 pN0 M0, stage IIA"))
c.proc(cc((CPT, "44204")), "2026-09-01")
c.imaging("2026-10-28", "CT chest/abdomen/pelvis: no evidence of metastatic disease.")


# ================================================================ PROSTATE
# p01 abiraterone high-risk mCSPC (LATITUDE) -- ingredient
c = case(1, "prostate", "2026-03-03", svc(RX, "1100072"), S, None,
         "Abiraterone acetate with prednisone for newly diagnosed high-risk metastatic "
         "castration-sensitive prostate cancer (Gleason 4+5, 7 bone lesions) started on leuprolide.",
         "Zytiga label 1: with prednisone for metastatic castration-resistant prostate cancer and "
         "for metastatic high-risk castration-sensitive prostate cancer. Pivotal trial LATITUDE "
         "(high risk: >= 2 of Gleason >= 8, >= 3 bone lesions, measurable visceral metastasis). "
         "Record: Gleason 9, seven bone lesions on bone scan, Z19.1 hormone-sensitive, ADT claims: "
         "supported.",
         "high-risk mCSPC (Gleason 9, 7 bone lesions) with ADT",
         "male", "1956-04-11", ("Mensah", "Kofi"))
d1 = c.claim_dx("C61", "2026-01-12", claim_date="2026-01-19")
d2 = c.claim_dx("C79.51", "2026-01-22", claim_date="2026-01-29")
c.cond(cc((ICD, "Z19.1")), "2026-01-22")
c.report(tcc("Prostate needle biopsy"), "2026-01-14",
         "Acinar adenocarcinoma, Gleason score 4+5=9 (Grade Group 5), 10 of 12 cores.")
c.proc(cc((CPT, "78306")), "2026-01-22", note="Seven osseous metastases (spine, pelvis, ribs).")
c.psa("2026-01-10", 148.0)
c.eob("2026-02-15", "professional", [d1, d2], [(hc("J9217"), "2026-02-02")])
c.ecog("2026-02-20", 1)
c.med("req", cc(text="prednisone 5 mg PO daily"), "2026-02-24", status="draft", intent="proposal")

# p02 enzalutamide mCRPC (PREVAIL) -- 11-digit NDC
c = case(2, "prostate", "2026-04-07", svc(NDC, "00469072560"), S, None,
         "Xtandi (enzalutamide) 80 mg tablets requested by 11-digit NDC for metastatic "
         "castration-resistant prostate cancer: PSA rising on leuprolide with castrate testosterone "
         "and bone metastases.",
         "Xtandi label 1: castration-resistant prostate cancer; metastatic castration-sensitive "
         "prostate cancer; non-metastatic castration-sensitive prostate cancer with biochemical "
         "recurrence at high risk for metastasis. Pivotal trials PREVAIL/AFFIRM (CRPC). Record: "
         "testosterone 18 ng/dL on ADT with three rising PSAs, Z19.2, bone metastases: supported.",
         "mCRPC (PSA rise on ADT, castrate testosterone); service as 11-digit NDC",
         "male", "1949-10-02", ("Sato", "Hiroshi"))
c.cond(cc((ICD, "C61")), "2021-03-01")
c.cond(cc((ICD, "C79.51")), "2025-11-05")
c.cond(cc((ICD, "Z19.2")), "2026-02-20")
for d in ("2025-06-02", "2025-09-02", "2025-12-01", "2026-03-02"):
    c.med("admin", hc("J9217"), d)
c.testosterone("2026-02-16", 18)
for d, v in (("2025-10-06", 3.1), ("2025-12-08", 5.4), ("2026-02-16", 9.8)):
    c.psa(d, v)
c.ecog("2026-03-20", 1)

# p03 apalutamide mCSPC (TITAN) -- 10-digit package NDC
c = case(3, "prostate", "2026-05-05", svc(NDC, "59676-604-30"), S, None,
         "Erleada (apalutamide) 240 mg tablets requested by package NDC for metastatic "
         "castration-sensitive prostate cancer on relugolix.",
         "Erleada label 1: metastatic castration-sensitive prostate cancer and non-metastatic "
         "castration-resistant prostate cancer. Pivotal trial TITAN (mCSPC). Record: bone "
         "metastases on PSMA PET, Z19.1, ADT started with relugolix fills: supported.",
         "mCSPC on ADT; service as 10-digit NDC",
         "male", "1958-06-21", ("Rahman", "Tariq"))
c.cond(cc((ICD, "C61")), "2026-02-23")
c.cond(cc((ICD, "C79.51")), "2026-03-09")
c.cond(cc((ICD, "Z19.1")), "2026-03-09")
c.proc(cc((CPT, "78815")), "2026-03-09", note="PSMA PET: multiple osseous metastases.")
c.psa("2026-02-20", 36.5)
orx = c.med("req", ndc("72974-120", "Orgovyx 360 mg day 1 then 120 mg daily"), "2026-03-20")
c.fills(ndc("72974-120"), "2026-03-21", 2, every=30, days=30, qty_=30, rx=orx)
c.ecog("2026-04-27", 0)

# p04 relugolix advanced prostate cancer (HERO) -- product-only NDC
c = case(4, "prostate", "2026-06-02", svc(NDC, "72974-120"), S, None,
         "Orgovyx (relugolix) requested by product NDC as androgen deprivation for newly "
         "diagnosed prostate cancer with nodal and bone metastases.",
         "Orgovyx label 1: adults with advanced prostate cancer. Pivotal trial HERO. Metastatic "
         "hormone-naive disease is advanced prostate cancer: supported.",
         "metastatic hormone-naive (advanced) prostate cancer; service as product-only NDC",
         "male", "1953-09-09", ("Walsh", "Patrick"))
c.cond(cc((ICD, "C61")), "2026-04-13")
c.cond(cc((ICD, "C79.51")), "2026-04-27")
c.stage("2026-04-28", "cT3b cN1 cM1b, stage IVB", snomed_iv=True)
c.psa("2026-04-10", 62.0)
c.testosterone("2026-04-10", 455)
c.ecog("2026-05-20", 1)

# p05 olaparib BRCA2 mCRPC after enzalutamide (PROfound) -- ingredient; stopped Xtandi fills
c = case(5, "prostate", "2026-07-14", svc(RX, "1597582"), S, None,
         "Olaparib (Lynparza) for BRCA2-mutated metastatic castration-resistant prostate cancer "
         "that progressed on enzalutamide; the specialty-pharmacy fill history shows Xtandi fills "
         "from April 2024 until February 2026.",
         "Lynparza label 1 (prostate): adults with deleterious or suspected deleterious germline or "
         "somatic HRR gene-mutated mCRPC who have progressed following prior treatment with "
         "enzalutamide or abiraterone (PROfound); BRCA-mutated mCRPC with abiraterone and prednisone "
         "(PROpel). Record: somatic BRCA2 frameshift, castrate testosterone, bone metastases, "
         "enzalutamide fills then progression: supported.",
         "BRCA2 mCRPC after enzalutamide (stopped fill history)",
         "male", "1951-12-30", ("Fernandes", "Paulo"))
c.cond(cc((ICD, "C61")), "2019-05-20")
c.cond(cc((ICD, "C79.51")), "2024-03-11")
c.cond(cc((ICD, "Z19.2")), "2024-03-11")
c.testosterone("2026-04-20", 12)
xrx = c.med("req", rx("1307298", "enzalutamide 160 mg daily"), "2024-03-25", status="completed")
c.fills(ndc("0469-0725-60"), "2024-04-01", 24, every=30, days=30, qty_=60, rx=xrx,
        note_last="Final fill; discontinued for progression.")
c.progression("2026-04-20", note="Rising PSA and new rib lesions on enzalutamide.")
v = c.variant("2026-05-26", "HGNC:1101", c="NM_000059.4:c.5946del", p="NP_000050.3:p.(Ser1982fs)",
              text="BRCA2 pathogenic frameshift (tissue)")
c.report(cc((LN, "51969-4")), "2026-05-26", "Tumor HRR panel: BRCA2 c.5946del pathogenic, tier I.",
         cat="GE", results=[v])
c.ecog("2026-06-30", 1)

# p06 docetaxel + prednisone mCRPC -- HCPCS; abiraterone dispenses before
c = case(6, "prostate", "2026-08-04", svc(HCPCS, "J9171"), S, None,
         "Docetaxel with prednisone for metastatic castration-resistant prostate cancer progressing "
         "after abiraterone (abiraterone fills ended June 2026).",
         "Docetaxel label 1 (prostate cancer): in combination with prednisone for metastatic "
         "castration-resistant prostate cancer. Pivotal trial TAX 327. Record: castrate testosterone "
         "on ADT, rising PSA, Z19.2, bone and nodal metastases: supported.",
         "mCRPC, with prednisone",
         "male", "1955-03-17", ("Kovac", "Milan"))
c.cond(cc((ICD, "C61")), "2020-08-10")
c.cond(cc((ICD, "C79.51")), "2025-01-13")
c.cond(cc((ICD, "Z19.2")), "2025-06-02")
c.testosterone("2026-06-29", 14)
c.fills(rx("1100072", "abiraterone acetate 1000 mg daily"), "2025-06-16", 13, every=30, days=30,
        qty_=120, note_last="Last fill; progression.")
for d, v in (("2026-04-27", 11.0), ("2026-05-25", 17.5), ("2026-06-29", 26.3)):
    c.psa(d, v)
c.progression("2026-06-29")
c.ecog("2026-07-20", 1)

# p07 apalutamide nmCRPC: castration status not documented -- ingredient
c = case(7, "prostate", "2026-08-18", svc(RX, "1999574"), ND, ["castration"],
         "Apalutamide requested for rising PSA after prostatectomy with negative PSMA PET and bone "
         "scan; there is no testosterone value and no record of androgen deprivation therapy.",
         "Erleada label 1: metastatic castration-sensitive and non-metastatic castration-resistant "
         "prostate cancer (TITAN, SPARTAN). Imaging shows no metastases, so only the nmCRPC "
         "indication could apply, and castration status (testosterone, ADT) is simply absent: "
         "needs-documentation (castration).",
         "castration status absent (no testosterone, no ADT)",
         "male", "1957-01-05", ("Dubois", "Marc"))
c.cond(cc((ICD, "C61")), "2019-02-11")
c.proc(cc((CPT, "55866")), "2019-04-15")
for d, v in (("2025-12-01", 0.9), ("2026-03-02", 1.8), ("2026-06-01", 3.4)):
    c.psa(d, v)
c.imaging("2026-07-06", "PSMA PET/CT and bone scan: no evidence of metastatic disease.")

# p08 olaparib: HRR status not documented -- ingredient
c = case(8, "prostate", "2026-09-08", svc(RX, "1597582"), ND, ["hrr"],
         "Olaparib requested for mCRPC progressing after abiraterone; germline and tumour HRR "
         "testing were sent but no result is recorded.",
         "Lynparza label 1 (prostate): HRR gene-mutated mCRPC after enzalutamide or abiraterone "
         "(PROfound) or BRCA-mutated mCRPC with abiraterone (PROpel). The HRR/BRCA result is absent: "
         "needs-documentation (hrr).",
         "HRR result absent (testing pending)",
         "male", "1950-07-27", ("Nielsen", "Henrik"))
c.cond(cc((ICD, "C61")), "2018-10-01")
c.cond(cc((ICD, "C79.51")), "2024-05-06")
c.cond(cc((ICD, "Z19.2")), "2024-05-06")
c.testosterone("2026-07-13", 16)
c.fills(rx("1100072"), "2024-06-03", 24, every=30, days=30, qty_=120)
c.progression("2026-07-13")
c.sreq(cc((CPT, "81455")), "2026-07-20", note="Tumour and germline HRR panel; pending.")

# p09 abiraterone: metastatic status not documented -- ingredient
c = case(9, "prostate", "2026-09-29", svc(RX, "1100072"), ND, ["metastatic"],
         "Abiraterone requested for castration-resistant prostate cancer (PSA rising on "
         "leuprolide, testosterone 20 ng/dL); no imaging has been done since 2022.",
         "Zytiga label 1: metastatic CRPC and metastatic high-risk CSPC only. Castration resistance "
         "is documented; metastatic status is simply absent (no current imaging): "
         "needs-documentation (metastatic).",
         "metastatic status absent (no imaging since 2022)",
         "male", "1948-11-02", ("Moretti", "Franco"))
c.cond(cc((ICD, "C61")), "2017-06-19")
c.cond(cc((ICD, "Z19.2")), "2026-08-10")
for d in ("2025-11-03", "2026-02-02", "2026-05-04", "2026-08-03"):
    c.med("admin", hc("J9217"), d)
c.testosterone("2026-08-10", 20)
for d, v in (("2026-04-06", 4.2), ("2026-06-08", 6.9), ("2026-08-10", 11.6)):
    c.psa(d, v)

# p10 olaparib ATM mCRPC, ARPI declined at the pharmacy (never given)
c = case(10, "prostate", "2026-10-13", svc(RX, "1597582"), RR, None,
         "Olaparib requested for ATM-mutated mCRPC after docetaxel; abiraterone was prescribed but "
         "the dispense was declined (patient refused) and no androgen-receptor pathway inhibitor "
         "was ever taken.",
         "Lynparza label 1 (prostate): HRR gene-mutated mCRPC following prior enzalutamide or "
         "abiraterone (PROfound); the PROpel indication is for BRCA-mutated disease with "
         "abiraterone. ATM is not BRCA, and the record states no ARPI was ever given (declined "
         "dispense): the prior-therapy gate is contradicted, refer-to-reviewer.",
         "ARPI never given (declined dispense) contradicts prior-therapy gate; ATM not BRCA",
         "male", "1954-02-22", ("Ortiz", "Rafael"))
c.cond(cc((ICD, "C61")), "2022-03-07")
c.cond(cc((ICD, "C79.51")), "2025-02-10")
c.cond(cc((ICD, "Z19.2")), "2025-02-10")
c.testosterone("2026-08-31", 11)
arx = c.med("req", rx("1100072", "abiraterone acetate 1000 mg daily + prednisone"), "2025-02-24",
            status="cancelled")
c.dispense(rx("1100072"), "2025-02-26", days=30, qty_=120, status="declined", rx=arx,
           reason="Patient declined", note="Patient declined abiraterone (cost, pill burden); "
                                           "never dispensed.")
for d in ("2025-03-17", "2025-04-07", "2025-04-28", "2025-05-19", "2025-06-09", "2025-06-30"):
    c.med("admin", hc("J9171"), d)
c.variant("2026-09-14", "HGNC:795", c="NM_000051.4:c.7630-2A>C", text="ATM pathogenic splice variant")
c.variant("2026-09-14", "HGNC:1101", present=False)
c.doc("Note 2026-10-06: mCRPC after docetaxel. Has never received enzalutamide, abiraterone, "
      "apalutamide or darolutamide. ATM mutation; requesting olaparib.", "2026-10-06")

# p11 abiraterone for non-metastatic CRPC
c = case(11, "prostate", "2026-10-27", svc(RX, "1100072"), RR, None,
         "Abiraterone requested for castration-resistant prostate cancer with a rising PSA, but "
         "PSMA PET and bone scan show no metastatic disease.",
         "Zytiga label 1: metastatic CRPC and metastatic high-risk CSPC (COU-AA-301/302, LATITUDE). "
         "Negative PSMA PET and bone scan contradict the metastatic gate: refer-to-reviewer.",
         "non-metastatic (PSMA PET negative) contradicts metastatic gate",
         "male", "1952-08-14", ("Nowak", "Tadeusz"))
c.cond(cc((ICD, "C61")), "2018-01-15")
c.cond(cc((ICD, "Z19.2")), "2026-09-07")
for d in ("2025-12-01", "2026-03-02", "2026-06-01", "2026-09-01"):
    c.med("admin", hc("J9217"), d)
c.testosterone("2026-09-07", 15)
c.psa("2026-09-07", 4.8)
c.proc(cc((CPT, "78815")), "2026-10-05", note="PSMA PET/CT: no PSMA-avid metastatic disease.")
c.imaging("2026-10-05", "PSMA PET/CT and whole-body bone scan: no evidence of metastatic disease.")

# p12 apalutamide for mCRPC -- 10-digit package NDC
c = case(12, "prostate", "2026-11-24", svc(NDC, "59676-600-12"), RR, None,
         "Erleada 60 mg tablets requested by package NDC for metastatic castration-resistant prostate "
         "cancer (bone metastases, PSA rising with castrate testosterone on ADT).",
         "Erleada label 1: metastatic castration-SENSITIVE (TITAN) and NON-metastatic castration-"
         "resistant (SPARTAN) prostate cancer only. Metastatic castration-resistant disease "
         "contradicts both indications: refer-to-reviewer.",
         "mCRPC contradicts mCSPC / nmCRPC gates; service as 10-digit NDC",
         "male", "1950-03-30", ("Greene", "Howard"))
c.cond(cc((ICD, "C61")), "2019-09-09")
c.cond(cc((ICD, "C79.51")), "2026-09-14")
c.cond(cc((ICD, "Z19.2")), "2026-09-14")
for d in ("2026-02-02", "2026-05-04", "2026-08-03", "2026-11-02"):
    c.med("admin", hc("J9217"), d)
c.testosterone("2026-09-14", 13)
for d, v in (("2026-05-11", 2.2), ("2026-07-13", 4.0), ("2026-09-14", 7.9)):
    c.psa(d, v)


# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "recordedDate", "issued",
             "authoredOn", "performedDateTime", "date", "dateAsserted", "start", "end",
             "birthDate", "occurrenceDateTime", "whenHandedOver", "whenPrepared", "created",
             "servicedDate"}
URN_RE = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# NDC shapes: 10-digit hyphenated package (4-4-2, 5-3-2, 5-4-1), product-only (4-4, 5-3,
# 5-4) and the 11-digit HIPAA 5-4-2 form without hyphens
NDC_RES = {"package": re.compile(r"^(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1})$"),
           "product": re.compile(r"^(\d{4}-\d{4}|\d{5}-\d{3}|\d{5}-\d{4})$"),
           "11-digit": re.compile(r"^\d{11}$")}


def ndc_form(code):
    for name, rx_ in NDC_RES.items():
        if rx_.match(code):
            return name
    return None


def ndc11(code):
    """HIPAA 11-digit (5-4-2) form of a 10-digit hyphenated package NDC."""
    a, b, c = code.split("-")
    return a.zfill(5) + b.zfill(4) + c.zfill(2)


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
    # every NDC in the table has a recognised shape
    for (s, code) in VERIFIED:
        if s == NDC and not ndc_form(code):
            errs.append(f"bad NDC shape {code}")
    tally = {}
    all_urls = set()
    for c in cases:
        cid = c["id"]
        e = lambda m: errs.append(f"{cid}: {m}")
        if not re.fullmatch(r"lab16-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]) or c["date"] > "2026-11-30":
            e("bad as-of date")
        s = c["service"]
        if s["system"] not in (RX, HCPCS, NDC) or (s["system"], s["code"]) not in VERIFIED:
            e("service not a verified RxNorm/NDC/HCPCS code")
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
                if r["id"] != "nec16-" + cid[len("lab16-"):]:
                    e("patient id")
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
            if r["resourceType"] == "MedicationDispense":
                if r["status"] == "completed" and not r.get("whenHandedOver"):
                    e("completed dispense without whenHandedOver")
                if "daysSupply" not in r:
                    e("dispense without daysSupply")
        all_urls |= urls
        if patients != 1:
            e(f"{patients} patients")

        def chk(k, v, path):
            if k == "reference" and isinstance(v, str) and v not in urls:
                e(f"dangling reference {v}")
            if k in DATE_KEYS and isinstance(v, str):
                if not (DATE_RE.match(v) or DT_RE.match(v)):
                    e(f"bad date {k}={v}")
                elif v[:10] > c["date"] and k != "birthDate":
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
    # the 11-digit NDCs equal the 5-4-2 conversion of a package code named in their source
    for (s, code), (disp, src) in VERIFIED.items():
        if s == NDC and ndc_form(code) == "11-digit":
            named = re.findall(r"\b(\d{4,5}-\d{3,4}-\d{1,2})\b", src)
            if not any(ndc11(p) == code for p in named):
                errs.append(f"11-digit NDC {code} does not convert from a named package code")
    return errs


# ---------------------------------------------------------------- markdown
def encoding(system, code):
    if system == NDC:
        return {"package": "NDC 10-digit package", "product": "NDC product-only",
                "11-digit": "NDC 11-digit (5-4-2)"}[ndc_form(code)]
    if system == RX:
        return "RxNorm " + RXTTY[code]
    return SYSNAME[system]


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
    L.append("# Label cases 16: the pharmacy and claims view")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-16.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates). Do not edit by hand; change the script and "
             "rerun it. `--check` regenerates in memory, validates (48 cases, 6/3/3 per cancer, "
             "collection Bundles with `urn:uuid:` fullUrls, every reference resolving, ISO dates "
             "no later than the as-of date (itself no later than 2026-11-30), exactly one Patient "
             "`nec16-*` per case, every coding in the verified table below with its display, NDC "
             "shapes, every 11-digit NDC equal to the 5-4-2 conversion of a verified package code, "
             "completed dispenses with whenHandedOver and daysSupply) and diffs with the files on "
             "disk.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read: `tests/fixtures/necessity/README.md` (case format); "
             "`scripts/gen-label-cases-15.py` in full (format, builders, validation and verified-code "
             "table approach copied from it); the \"Code verification\" sections of "
             "`label-cases-12.md`, `label-cases-13.md`, `label-cases-14.md` and `label-cases-15.md` "
             "(codes and sources reused). Not read: anything under `src/`, `crates/`, `pathways/`, "
             "the top-level `README.md`, any `tests/fixtures/necessity/*.json`, any other "
             "`scripts/gen-*.py`. Cargo and the oncotwin binary were neither built nor run. "
             "Expected answers come only from the FDA label Indications and Usage section "
             "(section 1) of the requested product, as of the 2025 labels, and the pivotal trial "
             "named in each case's `basis`.")
    L.append("")
    L.append("## Theme")
    L.append("")
    L.append("How specialty pharmacies, payer claim histories and lab interfaces encode the same "
             "facts. Requested services: NDC (`http://hl7.org/fhir/sid/ndc`) in its three shapes "
             "-- 10-digit hyphenated product-package, product-only, and the 11-digit HIPAA 5-4-2 "
             "billing form without hyphens --, RxNorm clinical drug (SCD) and branded drug (SBD) "
             "with the strength in the display, RxNorm ingredient, and HCPCS J-codes for infused "
             "drugs. Prior therapy: MedicationDispense fills (whenHandedOver, daysSupply, quantity, "
             "status completed; NDC- or SCD-coded, some linked to a MedicationRequest by "
             "authorizingPrescription), stopped fill histories (last fill months before the request: "
             "therapy ended), a `declined` dispense (never given: lab16-prostate-10), and paid "
             "professional claims as ExplanationOfBenefit line items (HCPCS/CPT) pointing at "
             "claim-derived ICD-10-CM-only Conditions (category encounter-diagnosis). Biomarkers: "
             "LOINC Observations with LOINC answer codes (Positive/Negative/Present/Absent), "
             "valueString text results, mCODE-style variant Observations, and DiagnosticReport "
             "conclusion / conclusionCode only (lab16-nsclc-05). Stage as Condition.stage.summary "
             "text, a stage-group Observation or the SNOMED AJCC stage IV qualifier.")
    L.append("")
    L.append("refer-to-reviewer = the record contradicts a label gate; needs-documentation = a gate "
             "fact is simply absent (`expected_missing` lists facts that must be among the missing "
             "ones); supported = every gate documented. Where the requested NDC is a lower tablet "
             "strength (Verzenio 100 mg, Tagrisso 40 mg, Lynparza 100 mg, Fruzaqla 1 mg), the case "
             "says why (dose reduction); strength never changes the expected answer.")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total |")
    L.append("|---|---|---|---|---|")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        cs = [c for c in doc["cases"] if c["cancer"] == cancer]
        n = lambda x: sum(1 for c in cs if c["expected"] == x)
        L.append(f"| {cancer} | {n('supported')} | {n('needs-documentation')} | "
                 f"{n('refer-to-reviewer')} | {len(cs)} |")
    L.append("")
    enc_tally = {}
    for c in doc["cases"]:
        k = encoding(c["service"]["system"], c["service"]["code"])
        enc_tally[k] = enc_tally.get(k, 0) + 1
    L.append("Service encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(enc_tally.items())) + ".")
    L.append("")
    reasons = {c.cid: c.reason for c in CASES}
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        L.append(f"## {cancer}")
        L.append("")
        L.append("| id | service | code | encoding | expected | reason |")
        L.append("|---|---|---|---|---|---|")
        for c in doc["cases"]:
            if c["cancer"] != cancer:
                continue
            s = c["service"]
            exp = c["expected"]
            if exp == "needs-documentation":
                exp += " (" + ", ".join(c["expected_missing"]) + ")"
            L.append(f"| {c['id']} | {s['display']} | {SYSNAME[s['system']]} {s['code']} | "
                     f"{encoding(s['system'], s['code'])} | {exp} | {reasons[c['id']]} |")
        L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services. NDC and RxNorm "
             "SCD/SBD rows were verified for this set (tags OFDA16, SYN); the other rows reuse the "
             "sources of label-cases-12..15.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codings(doc)
    order = [NDC, RX, HCPCS, ICD, SCT, LN, HGNC, CPT]
    for sysurl in order + sorted({k[0] for k in used} - set(order) - {HGVS, LOCAL}):
        for (s, code) in sorted((k for k in used if k[0] == sysurl), key=lambda k: k[1]):
            disp, src = VERIFIED[(s, code)]
            name = SYSNAME.get(s, "FHIR " + s.replace(TH, ""))
            if s == RX:
                name += " " + RXTTY[code]
            if s == NDC:
                name += " (" + ndc_form(code) + ")"
            L.append(f"| {name} | {code} | {disp}{' [service]' if used[(s, code)] else ''} | {src} |")
    if (HGVS, "*") in used:
        L.append("| HGVS | (expressions) | c./p. variant descriptions in genomic-variant components | HGVS |")
    if (LOCAL, "*") in used:
        L.append(f"| local | LOCAL | fictitious local codes ({LOCAL}), always beside a standard coding or text | LOC |")
    L.append("")
    L.append("Source tags:")
    L.append("")
    for tag, text in SOURCE_TAGS:
        L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("## Not verified, so not used")
    L.append("")
    L.append("- NDCs not looked up or not found as openFDA records here, so not written: Verzenio "
             "150 mg (0002-5337 / 0002-6216 appear in a DailyMed listing but their strengths were "
             "not confirmed), Lynparza 150 mg, Tagrisso 80 mg, Ibrance capsules, Nubeqa, Zytiga, "
             "Tukysa, Lumakras packages, Fruzaqla 5 mg. Lower-strength products that were verified "
             "are used instead, with a dose-reduction story.")
    L.append("- RxNorm SCD/SBD codes without two agreeing public sources were not used: "
             "osimertinib 80 MG Oral Tablet (public code disagrees: 1721581 vs 1732461), neratinib "
             "40 MG Oral Tablet (1940648: one source only), palbociclib 100 MG Oral Capsule "
             "(1601380: one source only). Capecitabine 150/500 MG: one public drug list pairs "
             "'capecitabine 500 MG Oral Tablet' with PSN-200327, but the openFDA records of "
             "500-mg-only products carry only 200328 and both-strength records carry 200327 and "
             "200328; 200328 is used as the 500 mg SCD on the openFDA evidence.")
    L.append("- Darolutamide, relugolix, trifluridine/tipiracil and fruquintinib ingredient RXCUIs "
             "remain unverified (as in label-cases-12..15); relugolix, trifluridine/tipiracil and "
             "fruquintinib are requested here by verified NDC instead; darolutamide is not used. "
             "Prednisone, trametinib, fulvestrant, cetuximab-with-encorafenib companions and "
             "mFOLFOX6 appear only as text or HCPCS.")
    L.append("")
    return "\n".join(L)


def build():
    doc = {"cases": [c.to_json() for c in CASES]}
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n", render_md(doc), doc)


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
