#!/usr/bin/env python3
"""Third independent, held-out label-based eval set for the medical-necessity twin.

Writes tests/fixtures/necessity/label-cases-3.json ({"cases": [...]}) and
label-cases-3.md next to it. Stdlib only, deterministic, no network at run time.

Held out: written without reading the engine (src/), the pathway files (pathways/),
the crates, cases.json, or the other case generators. Expected answers come only from
the FDA label (section 1, Indications and Usage) of the requested drug and its pivotal
trial, cited in each case's `basis`. Drugs and situations were chosen to differ from
label-cases.json and label-cases-2.json.

Service codes (where each was checked; see label-cases-3.md):
  RX  RxNorm ingredient RXCUI
  HC  HCPCS Level II code (used where the RxNorm ingredient could not be confirmed)
"""

import json
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_JSON = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-3.json"
OUT_MD = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-3.md"

NS = uuid.UUID("6c3f1e52-7a1d-4c1b-9a57-3e0c2f7d9b13")

LN = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
AJCC = "http://cancerstaging.org"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"

MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
GENOMICS_VARIANT = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
US_CORE_LAB = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab"
US_CORE_PATIENT = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"

# ---------------------------------------------------------------------------------------
# Verified codes.  Service codes are the requested drug; the rest appear in histories.
#   RxNorm ingredient RXCUIs:
#     480167 lapatinib, 194000 capecitabine, 318341 cetuximab, 3002 cyclophosphamide,
#     3995 epirubicin, 12574 gemcitabine, 51499 irinotecan, 6313 leucovorin,
#     32592 oxaliplatin, 40048 carboplatin, 2555 cisplatin, 4492 fluorouracil,
#     10324 tamoxifen: CPIC drug table (cpicpgx/cpic-schema drug.sql, PharmGKB-backed).
#     2049106 encorafenib, 318341 cetuximab: VICC metakb test fixtures (rxcui:...).
#     1940643 neratinib, 1547545 pembrolizumab, 1601374 palbociclib, 1597582 olaparib,
#     2099704 talazoparib, 72962 docetaxel, 7005 mitoxantrone, 56946 paclitaxel,
#     3639 doxorubicin, 224905 trastuzumab, 1298944 pertuzumab, 253337 bevacizumab,
#     72965 letrozole, 282357 fulvestrant, 42375 leuprolide: RxNorm->SNOMED map in a
#     public breast-cancer trial-matching app (each pair consistent with SNOMED
#     substance codes); several also used by label-cases.json / label-cases-2.json.
#     2180325 darolutamide, 1307298 enzalutamide, 1100072 abiraterone: as used (and
#     verified) by label-cases.json; not re-confirmed here.
#   HCPCS: J9358 fam-trastuzumab deruxtecan-nxki 1 mg, J9179 eribulin mesylate 0.1 mg,
#     J9271 pembrolizumab 1 mg, J9119 cemiplimab-rwlc 1 mg, J9295 necitumumab 1 mg,
#     J9308 ramucirumab 5 mg, J9299 nivolumab 1 mg, J9035 bevacizumab 10 mg (billing
#     pages of the manufacturers / HCPCS code pages); J9173 durvalumab and A9607
#     lutetium Lu 177 vipivotide tetraxetan as in label-cases.json; J9400 ziv-aflibercept
#     1 mg (payer policy tables; weaker source, see the README).
# ---------------------------------------------------------------------------------------


def c(system, code, display=None):
    d = {"system": system, "code": code}
    if display:
        d["display"] = display
    return d


def cc(*codings, text=None):
    d = {}
    if codings:
        d["coding"] = list(codings)
    if text:
        d["text"] = text
    return d


def txt(text):
    return {"text": text}


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": "http://unitsofmeasure.org",
            "code": code or unit}


POS = c(SCT, "10828004", "Positive")
NEG = c(SCT, "260385009", "Negative")
DETECTED = c(SCT, "260373001", "Detected")
NOT_DETECTED = c(SCT, "260415000", "Not detected")
LA_POS = c(LN, "LA6576-8", "Positive")
LA_NEG = c(LN, "LA6577-6", "Negative")
LA_PRESENT = c(LN, "LA9633-4", "Present")
LA_ABSENT = c(LN, "LA9634-2", "Absent")
LA_GERMLINE = c(LN, "LA6683-2", "Germline")
LA_SOMATIC = c(LN, "LA6684-0", "Somatic")
LA_PATHOGENIC = c(LN, "LA6668-3", "Pathogenic")
HER2_IHC = {"0": c(LN, "LA6111-4", "0"), "1+": c(LN, "LA11841-6", "1+"),
            "2+": c(LN, "LA11842-4", "2+"), "3+": c(LN, "LA11843-2", "3+")}
ECOG_LA = {0: c(LN, "LA9622-7", "Fully active, able to carry on all pre-disease performance without restriction"),
           1: c(LN, "LA9623-5", "Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature, e.g., light house work, office work"),
           2: c(LN, "LA9624-3", "Ambulatory and capable of all selfcare but unable to carry out any work activities. Up and about more than 50% of waking hours")}
SCT_STAGE = {"1": c(SCT, "258215001", "Stage 1"), "2": c(SCT, "258219007", "Stage 2"),
             "3": c(SCT, "258224005", "Stage 3"), "4": c(SCT, "258228008", "Stage 4")}

GENES = {"EGFR": 3236, "ALK": 427, "ROS1": 10261, "KRAS": 6407, "NRAS": 7989, "BRAF": 1097,
         "ERBB2": 3430, "BRCA1": 1100, "BRCA2": 1101, "ATM": 795, "PIK3CA": 8975}

RX = {
    "trastuzumab": "224905", "pertuzumab": "1298944", "docetaxel": "72962",
    "paclitaxel": "56946", "doxorubicin": "3639", "cyclophosphamide": "3002",
    "epirubicin": "3995", "capecitabine": "194000", "lapatinib": "480167",
    "letrozole": "72965", "fulvestrant": "282357", "palbociclib": "1601374",
    "carboplatin": "40048", "cisplatin": "2555", "gemcitabine": "12574",
    "pembrolizumab": "1547545", "fluorouracil": "4492", "oxaliplatin": "32592",
    "irinotecan": "51499", "leucovorin": "6313", "bevacizumab": "253337",
    "cetuximab": "318341", "leuprolide": "42375", "enzalutamide": "1307298",
    "abiraterone": "1100072", "olaparib": "1597582", "neratinib": "1940643",
    "talazoparib": "2099704", "encorafenib": "2049106", "darolutamide": "2180325",
    "mitoxantrone": "7005", "tamoxifen": "10324",
}


def rx(name, text=None):
    return cc(c(RXN, RX[name], name), text=text)


def svc_rx(name):
    return {"system": RXN, "code": RX[name], "display": name}


def svc_hc(code, display):
    return {"system": HCPCS, "code": code, "display": display}


# ---------------------------------------------------------------------------------------
# Bundle builder
# ---------------------------------------------------------------------------------------

SUBJECT_TYPES = {"Condition", "Observation", "Procedure", "DiagnosticReport",
                 "MedicationRequest", "MedicationStatement", "MedicationAdministration",
                 "ServiceRequest"}


class Bundle:
    def __init__(self, n, gender, birth, btype="collection", family="Heldout"):
        self.n = n
        self.k = 0
        self.btype = btype
        self.entries = []
        self.pid = f"lab3-{n}"
        patient = {"resourceType": "Patient", "gender": gender, "birthDate": birth,
                   "name": [{"family": family, "given": [self.pid]}],
                   "meta": {"profile": [US_CORE_PATIENT]}}
        self.patient = self._put(patient, fixed_id=self.pid)

    def _put(self, res, fixed_id=None):
        if fixed_id is None:
            self.k += 1
            rid = f"{self.pid}-{self.k}"
        else:
            rid = fixed_id
        res["id"] = rid
        full = "urn:uuid:" + str(uuid.uuid5(NS, rid))
        if res["resourceType"] in SUBJECT_TYPES:
            res["subject"] = {"reference": self.patient}
        entry = {"fullUrl": full, "resource": res}
        if self.btype == "transaction":
            entry["request"] = {"method": "POST", "url": res["resourceType"]}
        self.entries.append(entry)
        return full

    def add(self, res):
        return self._put(res)

    def json(self):
        return {"resourceType": "Bundle", "id": f"{self.pid}-bundle", "type": self.btype,
                "entry": self.entries}


# ---------------------------------------------------------------------------------------
# Resource helpers
# ---------------------------------------------------------------------------------------

def condition(code, onset=None, profile=None, category="encounter-diagnosis", stage=None,
              body_site=None, histology=None, related=None, note=None, recorded=None,
              status="active", onset_key="onsetDateTime", verification=True):
    r = {"resourceType": "Condition",
         "clinicalStatus": cc(c(COND_CLIN, status))}
    if verification:
        r["verificationStatus"] = cc(c(COND_VER, "confirmed"))
    if category:
        r["category"] = [cc(c(COND_CAT, category))]
    r["code"] = code
    if profile:
        r["meta"] = {"profile": [MCODE + profile]}
    ext = []
    if histology:
        ext.append({"url": MCODE + "mcode-histology-morphology-behavior",
                    "valueCodeableConcept": histology})
    if related:
        ext.append({"url": MCODE + "mcode-related-primary-cancer-condition",
                    "valueReference": {"reference": related}})
    if ext:
        r["extension"] = ext
    if body_site:
        r["bodySite"] = [body_site]
    if onset:
        r[onset_key] = onset
    if recorded:
        r["recordedDate"] = recorded
    if stage:
        r["stage"] = [stage]
    if note:
        r["note"] = [{"text": note}]
    return r


def obs(code, date, value=None, category="laboratory", profile=None, components=None,
        focus=None, note=None, method=None, interpretation=None, status="final",
        body_site=None, specimen_text=None):
    r = {"resourceType": "Observation", "status": status}
    if category:
        cats = category if isinstance(category, list) else [category]
        r["category"] = [cc(c(OBSCAT, x)) if x != "GE" else cc(c(V2_0074, "GE", "Genetics"))
                         for x in cats]
    r["code"] = code
    if profile:
        r["meta"] = {"profile": [profile if profile.startswith("http") else MCODE + profile]}
    if date:
        if isinstance(date, tuple):
            r["effectivePeriod"] = {"start": date[0], "end": date[1]}
        else:
            r["effectiveDateTime"] = date
    if value is not None:
        key, val = value
        r[key] = val
    if interpretation:
        r["interpretation"] = [interpretation]
    if method:
        r["method"] = method
    if body_site:
        r["bodySite"] = body_site
    if specimen_text:
        r["specimen"] = {"display": specimen_text}
    if components:
        r["component"] = components
    if focus:
        r["focus"] = [{"reference": focus}]
    if note:
        r["note"] = [{"text": note}]
    return r


def comp(code, value):
    key, val = value
    return {"code": code, key: val}


def variant(gene, date, present=True, p=None, c_hgvs=None, discrete=None, source=None,
            profile="genomics", significance=None, value_text=None, method=None,
            note=None, focus=None, transcript=None):
    comps = [comp(cc(c(LN, "48018-6", "Gene studied [ID]")),
                  ("valueCodeableConcept", cc(c(HGNC, f"HGNC:{GENES[gene]}", gene))))]
    if c_hgvs:
        code = f"{transcript}:{c_hgvs}" if transcript else c_hgvs
        comps.append(comp(cc(c(LN, "48004-6", "DNA change (c.HGVS)")),
                          ("valueCodeableConcept", cc(c(HGVS, code, code)))))
    if p:
        comps.append(comp(cc(c(LN, "48005-3", "Amino acid change (pHGVS)")),
                          ("valueCodeableConcept", cc(c(HGVS, p, p)))))
    if discrete:
        comps.append(comp(cc(c(LN, "81252-9", "Discrete genetic variant")),
                          ("valueCodeableConcept", txt(discrete))))
    if source == "germline":
        comps.append(comp(cc(c(LN, "48002-0", "Genomic source class [Type]")),
                          ("valueCodeableConcept", cc(LA_GERMLINE))))
    elif source == "somatic":
        comps.append(comp(cc(c(LN, "48002-0", "Genomic source class [Type]")),
                          ("valueCodeableConcept", cc(LA_SOMATIC))))
    elif source:
        comps.append(comp(cc(c(LN, "48002-0", "Genomic source class [Type]")),
                          ("valueCodeableConcept", txt(source))))
    if significance:
        comps.append(comp(cc(c(LN, "53037-8", "Genetic variation clinical significance [Imp]")),
                          ("valueCodeableConcept", cc(LA_PATHOGENIC))))
    prof = {"genomics": GENOMICS_VARIANT, "mcode": MCODE + "mcode-genomic-variant",
            None: None}[profile]
    val = cc(LA_PRESENT if present else LA_ABSENT, text=value_text)
    return obs(cc(c(LN, "69548-6", "Genetic variant assessment")), date,
               ("valueCodeableConcept", val), category=["laboratory", "GE"],
               profile=prof, components=comps, method=method, note=note, focus=focus)


def stage_obs(kind, value, date, profile=True, focus=None, note=None):
    code = {"clinical": cc(c(LN, "21908-9", "Stage group.clinical Cancer")),
            "path": cc(c(LN, "21902-2", "Stage group.pathology Cancer"))}[kind]
    prof = None
    if profile:
        prof = {"clinical": "mcode-tnm-clinical-stage-group",
                "path": "mcode-tnm-pathological-stage-group"}[kind]
    return obs(code, date, ("valueCodeableConcept", value), category="survey", profile=prof,
               focus=focus, note=note)


def tnm(kind, axis, value, date, focus=None, profile=True):
    codes = {("clinical", "T"): ("21905-5", "Primary tumor.clinical Cancer", "mcode-tnm-primary-tumor-category"),
             ("clinical", "N"): ("21906-3", "Regional lymph nodes.clinical Cancer", "mcode-tnm-regional-nodes-category"),
             ("clinical", "M"): ("21907-1", "Distant metastases.clinical Cancer", "mcode-tnm-distant-metastases-category"),
             ("path", "T"): ("21899-0", "Primary tumor.pathology Cancer", "mcode-tnm-primary-tumor-category"),
             ("path", "N"): ("21900-6", "Regional lymph nodes.pathology Cancer", "mcode-tnm-regional-nodes-category"),
             ("path", "M"): ("21901-4", "Distant metastases.pathology Cancer", "mcode-tnm-distant-metastases-category")}
    code, disp, prof = codes[(kind, axis)]
    return obs(cc(c(LN, code, disp)), date,
               ("valueCodeableConcept", cc(c(AJCC, value, value), text=value)),
               category="survey", profile=prof if profile else None, focus=focus)


def ecog(date, score, style="int"):
    code = cc(c(LN, "89247-1", "ECOG Performance Status score"))
    if style == "int":
        value = ("valueInteger", score)
    else:
        value = ("valueCodeableConcept", cc(ECOG_LA[score]))
    return obs(code, date, value, category="survey", profile="mcode-ecog-performance-status")


def disease_status(date, progressing=True, focus=None, note=None):
    val = (cc(c(SCT, "271299001", "Patient's condition worsened")) if progressing
           else cc(c(SCT, "359746009", "Patient's condition stable")))
    return obs(cc(c(LN, "97509-4", "Cancer disease progression")), date,
               ("valueCodeableConcept", val), category="survey",
               profile="mcode-cancer-disease-status", focus=focus, note=note)


def psa(date, value):
    return obs(cc(c(LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")),
               date, ("valueQuantity", qty(value, "ng/mL")), profile=US_CORE_LAB)


def testosterone(date, value):
    return obs(cc(c(LN, "2986-8", "Testosterone [Mass/volume] in Serum or Plasma")),
               date, ("valueQuantity", qty(value, "ng/dL")), profile=US_CORE_LAB)


def procedure(code, when, status="completed", reason=None, note=None):
    r = {"resourceType": "Procedure", "status": status, "code": code}
    if isinstance(when, tuple):
        r["performedPeriod"] = {"start": when[0], "end": when[1]}
    else:
        r["performedDateTime"] = when
    if reason:
        r["reasonReference"] = [{"reference": reason}]
    if note:
        r["note"] = [{"text": note}]
    return r


def _med(r, med):
    if isinstance(med, str):
        r["medicationReference"] = {"reference": med}
    else:
        r["medicationCodeableConcept"] = med
    return r


def med_admin(med, when, status="completed", dose=None, note=None, reason=None):
    r = {"resourceType": "MedicationAdministration", "status": status}
    _med(r, med)
    if isinstance(when, tuple):
        r["effectivePeriod"] = {"start": when[0], "end": when[1]}
    else:
        r["effectiveDateTime"] = when
    if dose:
        r["dosage"] = {"text": dose}
    if reason:
        r["reasonReference"] = [{"reference": reason}]
    if note:
        r["note"] = [{"text": note}]
    return r


def med_request(med, authored, status="completed", intent="order", dose=None, note=None,
                reason=None):
    r = {"resourceType": "MedicationRequest", "status": status, "intent": intent}
    _med(r, med)
    r["authoredOn"] = authored
    if dose:
        r["dosageInstruction"] = [{"text": dose}]
    if reason:
        r["reasonReference"] = [{"reference": reason}]
    if note:
        r["note"] = [{"text": note}]
    return r


def med_statement(med, when, status="completed", note=None, reason=None):
    r = {"resourceType": "MedicationStatement", "status": status}
    _med(r, med)
    if isinstance(when, tuple):
        r["effectivePeriod"] = {"start": when[0]}
        if when[1] and status != "active":
            r["effectivePeriod"]["end"] = when[1]
    else:
        r["effectiveDateTime"] = when
    if reason:
        r["reasonReference"] = [{"reference": reason}]
    if note:
        r["note"] = [{"text": note}]
    return r


def medication(code):
    return {"resourceType": "Medication", "code": code}


def report(code, date, results, conclusion=None, category="GE"):
    cats = {"GE": c(V2_0074, "GE", "Genetics"),
            "PAT": c(V2_0074, "PAT", "Pathology (gross & histopath, not surgical)"),
            "RAD": c(V2_0074, "RAD", "Radiology")}
    r = {"resourceType": "DiagnosticReport", "status": "final",
         "category": [cc(cats[category])], "code": code, "effectiveDateTime": date,
         "issued": (date + "T16:00:00Z") if len(date) == 10 else date,
         "result": [{"reference": x} for x in results]}
    if conclusion:
        r["conclusion"] = conclusion
    return r


def service_request(code, authored, status="active", note=None):
    r = {"resourceType": "ServiceRequest", "status": status, "intent": "order",
         "code": code, "authoredOn": authored}
    if note:
        r["note"] = [{"text": note}]
    return r


def text_obs(label, date, value, category="laboratory", note=None, focus=None):
    """An observation coded by text only (local code, no standard coding)."""
    if isinstance(value, str):
        v = ("valueString", value)
    elif isinstance(value, dict) and "value" in value and "unit" in value:
        v = ("valueQuantity", value)
    else:
        v = ("valueCodeableConcept", value)
    return obs(txt(label), date, v, category=category, note=note, focus=focus)


GENOMICS_REPORT = cc(c(LN, "51969-4", "Genetic analysis report"))

CASES = []


def case(n, cid, cancer, expected, date, service, description, basis, bundle, encodings,
         missing=None):
    d = {"id": cid, "cancer": cancer, "description": description, "basis": basis,
         "date": date, "service": service, "expected": expected}
    if expected == "needs-documentation":
        d["expected_missing"] = list(missing or [])
    d["bundle"] = bundle.json()
    CASES.append((d, encodings))


# =======================================================================================
# Breast
# =======================================================================================

BREAST = c(SCT, "254837009", "Malignant neoplasm of breast")
IDC = cc(c(SCT, "82711006", "Infiltrating duct carcinoma"))
LEFT_BREAST = cc(c(SCT, "80248007", "Left breast structure"))
RIGHT_BREAST = cc(c(SCT, "73056007", "Right breast structure"))

B_TDXD = ("FDA label ENHERTU (fam-trastuzumab deruxtecan-nxki) 1 Indications (rev. 12/2025): "
          "unresectable or metastatic HER2-positive (IHC 3+ or ISH positive) breast cancer after "
          "a prior anti-HER2-based regimen in the metastatic setting (or recurrence during or "
          "within 6 months of neoadjuvant/adjuvant therapy); first line with pertuzumab since "
          "12/2025 (DESTINY-Breast09); pivotal trial DESTINY-Breast03 (NEJM 2022)")
B_TDXD_LOW = ("FDA label ENHERTU 1 Indications (rev. 01/2025): unresectable or metastatic "
              "HR-positive, HER2-low (IHC 1+ or IHC 2+/ISH-) or HER2-ultralow (IHC 0 with "
              "membrane staining) breast cancer, as determined by an FDA-approved test, that has "
              "progressed on one or more endocrine therapies in the metastatic setting; "
              "DESTINY-Breast06 (NEJM 2024)")
B_NERLYNX = ("FDA label NERLYNX (neratinib) 1.2 Indications (2020): in combination with "
             "capecitabine, advanced or metastatic HER2-positive breast cancer in adults who have "
             "received two or more prior anti-HER2 based regimens in the metastatic setting; NALA "
             "(J Clin Oncol 2020)")
B_HALAVEN = ("FDA label HALAVEN (eribulin mesylate) 1.1 Indications (rev. 09/2021): metastatic "
             "breast cancer after at least two chemotherapeutic regimens for metastatic disease; "
             "prior therapy should have included an anthracycline and a taxane (adjuvant or "
             "metastatic setting); EMBRACE (Lancet 2011)")
B_KN522 = ("FDA label KEYTRUDA (pembrolizumab) 1 Indications, TNBC (2021, current): high-risk "
           "early-stage triple-negative breast cancer, in combination with chemotherapy as "
           "neoadjuvant treatment, then continued as a single agent as adjuvant treatment after "
           "surgery; KEYNOTE-522 (NEJM 2020; trial high-risk = T1c N1-2 or T2-4 N0-2)")
B_KN355 = ("FDA label KEYTRUDA (pembrolizumab) 1 Indications, TNBC (2021, current): locally "
           "recurrent unresectable or metastatic TNBC, in combination with chemotherapy, whose "
           "tumors express PD-L1 (CPS >= 10) as determined by an FDA-approved test; KEYNOTE-355 "
           "(Lancet 2020, NEJM 2022)")
B_TYKERB = ("FDA label TYKERB (lapatinib) 1 Indications: in combination with capecitabine, "
            "advanced or metastatic breast cancer whose tumors overexpress HER2 and who have "
            "received prior therapy including an anthracycline, a taxane, and trastuzumab; "
            "EGF100151 (NEJM 2006)")
B_TALZENNA = ("FDA label TALZENNA (talazoparib) 1.1 Indications (2018, current): single agent for "
              "deleterious or suspected deleterious germline BRCA-mutated (gBRCAm) HER2-negative "
              "locally advanced or metastatic breast cancer, selected by an FDA-approved companion "
              "diagnostic; EMBRACA (NEJM 2018)")

SVC_TDXD = svc_hc("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg")
SVC_ERIBULIN = svc_hc("J9179", "Injection, eribulin mesylate, 0.1 mg")
SVC_PEMBRO_HC = svc_hc("J9271", "Injection, pembrolizumab, 1 mg")


def breast_1():
    n = 1
    b = Bundle(n, "female", "1971-08-19")
    prim = b.add(condition(cc(BREAST, c(ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")),
                           "2023-09-14", profile="mcode-primary-cancer-condition", body_site=LEFT_BREAST,
                           histology=IDC, recorded="2023-09-20"))
    b.add(condition(cc(c(SCT, "94381002", "Secondary malignant neoplasm of liver"),
                       c(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                    "2023-09-14", profile="mcode-secondary-cancer-condition", related=prim))
    b.add(stage_obs("clinical", cc(c(AJCC, "IV", "IV"), text="Stage IV (de novo)"), "2023-09-28", focus=prim))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2023-09-18",
              ("valueCodeableConcept", cc(HER2_IHC["3+"])), profile="mcode-tumor-marker-test", focus=prim))
    b.add(obs(cc(c(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2023-09-18", ("valueCodeableConcept", cc(LA_POS, text="Positive, 60% moderate")),
              profile="mcode-tumor-marker-test", focus=prim))
    b.add(obs(cc(c(LN, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2023-09-18", ("valueCodeableConcept", cc(LA_NEG)), profile="mcode-tumor-marker-test", focus=prim))
    for d in ("2023-10-05", "2023-10-26", "2023-11-16", "2023-12-07", "2023-12-28", "2024-01-18"):
        b.add(med_admin(rx("docetaxel"), d + "T09:30:00-05:00", dose="75 mg/m2 IV", reason=prim))
        b.add(med_admin(rx("trastuzumab"), d + "T10:40:00-05:00", reason=prim))
        b.add(med_admin(rx("pertuzumab"), d + "T11:30:00-05:00", reason=prim))
    b.add(med_statement(cc(c(RXN, RX["trastuzumab"], "trastuzumab"), c(RXN, RX["pertuzumab"], "pertuzumab"),
                           text="HP maintenance (trastuzumab + pertuzumab) q3w"),
                        ("2024-02-08", "2025-05-22"), status="completed", reason=prim))
    b.add(disease_status("2025-05-20", True, focus=prim, note="CT C/A/P: new and enlarging hepatic metastases"))
    b.add(ecog("2025-06-02", 1, "int"))
    case(n, "lab3-breast-tdxd-her2pos-after-thp", "breast", "supported", "2025-06-10", SVC_TDXD,
         "De novo HER2-positive (IHC 3+) ER+ metastatic breast cancer, liver metastases, progression on "
         "THP then HP maintenance: trastuzumab deruxtecan second line",
         B_TDXD, b,
         "mCODE PrimaryCancerCondition (SNOMED + ICD-10, bodySite, histology) + SecondaryCancerCondition liver; "
         "stage 21908-9 AJCC 'IV'; HER2 IHC 85319-2 LA11843-2; ER/PR 85337-4/85339-0 LOINC answers; "
         "THP per-cycle MedicationAdministration RxNorm with dateTime+offset; HP MedicationStatement two RxNorm codings; "
         "CancerDiseaseStatus worsened; ECOG valueInteger")


def breast_2():
    n = 2
    b = Bundle(n, "female", "1958-02-03")
    prim = b.add(condition(cc(c(ICD, "C50.911", "Malignant neoplasm of unspecified site of right female breast")),
                           "2016-04", category="problem-list-item", onset_key="onsetDateTime"))
    b.add(condition(cc(c(ICD, "Z17.0", "Estrogen receptor positive status [ER+]")), "2016-04"))
    b.add(condition(cc(c(ICD, "C79.51", "Secondary malignant neoplasm of bone")), "2023-02"))
    b.add(condition(cc(c(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                    "2025-01-21", note="New liver lesions on CT 2025-01-21 while on letrozole + palbociclib"))
    b.add(obs(cc(c(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2023-02-20", ("valueString", "POSITIVE (95%, strong intensity) - bone biopsy")))
    b.add(obs(cc(c(LN, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2023-02-20", ("valueString", "POSITIVE (20%, weak-moderate)")))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2025-02-04",
              ("valueCodeableConcept", cc(HER2_IHC["0"], text="HER2-ultralow: IHC 0 with faint, incomplete membrane "
                                                             "staining in <=10% of invasive tumor cells (PATHWAY 4B5)")),
              note="Liver core biopsy; scored per DESTINY-Breast06 criteria"))
    b.add(obs(cc(c(LN, "8678-5", "Menstrual status")), "2023-02-20", ("valueCodeableConcept", txt("Postmenopausal"))))
    b.add(procedure(txt("Right lumpectomy with sentinel node biopsy"), "2016-05-11"))
    b.add(med_statement(rx("tamoxifen"), ("2016-08-01", "2021-08-01"), status="completed",
                        note="Adjuvant endocrine therapy, 5 years"))
    b.add(med_statement(rx("letrozole"), ("2023-03-06", "2025-01-28"), status="stopped"))
    b.add(med_statement(rx("palbociclib"), ("2023-03-06", "2025-01-28"), status="stopped",
                        note="Stopped for progression (liver)"))
    case(n, "lab3-breast-tdxd-her2-ultralow-after-endocrine", "breast", "supported", "2025-03-04", SVC_TDXD,
         "HR+ metastatic breast cancer (bone, then liver) with HER2-ultralow (IHC 0 with membrane staining), "
         "progressed on first-line letrozole + palbociclib: trastuzumab deruxtecan",
         B_TDXD_LOW, b,
         "Condition ICD-10-CM only, month-precision onset; ER+ as Z17.0 Condition; metastases ICD-10 only; "
         "ER/PR 85337-4/85339-0 valueString with %; HER2 IHC LA6111-4 with ultralow text; menstrual status 8678-5 text; "
         "lumpectomy text-only Procedure; endocrine lines MedicationStatement RxNorm (completed / stopped)")


def breast_3():
    n = 3
    b = Bundle(n, "female", "1966-11-30", btype="transaction")
    prim = b.add(condition(cc(BREAST, text="Metastatic HER2-positive breast carcinoma (lung, bone)"),
                           "2021-11-08", stage={"summary": txt("Stage IV (de novo), AJCC 8th")}))
    b.add(obs(cc(c(LN, "85318-4", "HER2 [Presence] in Breast cancer specimen by FISH")), "2021-11-12",
              ("valueCodeableConcept", cc(POS, text="AMPLIFIED - HER2/CEP17 ratio 5.8, mean HER2 copy number 11.2")),
              focus=prim))
    b.add(obs(cc(c(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2021-11-12", ("valueCodeableConcept", cc(NEG)), focus=prim))
    b.add(med_request(txt("Herceptin + Perjeta + Taxotere (THP), then HP maintenance"), "2021-12-02",
                      status="completed", note="First-line metastatic; progression 2023-05 (lung)"))
    b.add(med_request(txt("Enhertu (fam-trastuzumab deruxtecan-nxki) 5.4 mg/kg q3w"), "2023-06-01",
                      status="stopped", note="Second-line metastatic; stopped 2025-04 for grade 2 ILD and new bone lesions"))
    b.add(condition(txt("Drug-induced interstitial lung disease (trastuzumab deruxtecan), grade 2"), "2025-04-09"))
    b.add(med_request(rx("capecitabine"), "2025-05-20", status="draft",
                      dose="750 mg/m2 PO BID days 1-14 q21d with neratinib 240 mg daily"))
    b.add(ecog("2025-05-14", 1, "la"))
    case(n, "lab3-breast-neratinib-cape-after-two-her2-regimens", "breast", "supported", "2025-05-20",
         svc_rx("neratinib"),
         "HER2-amplified metastatic breast cancer after two anti-HER2 regimens in the metastatic setting "
         "(THP/HP, then T-DXd stopped for ILD): neratinib + capecitabine",
         B_NERLYNX, b,
         "transaction Bundle; Condition SNOMED + text with Condition.stage.summary text only; HER2 FISH 85318-4 "
         "SNOMED Positive + ratio text; ER SNOMED Negative; prior regimens MedicationRequest completed/stopped with "
         "brand text only; ILD Condition text; capecitabine MedicationRequest draft RxNorm; ECOG LA9623-5")


def breast_4():
    n = 4
    b = Bundle(n, "female", "1969-05-22")
    prim = b.add(condition(cc(BREAST, c(ICD, "C50.212", "Malignant neoplasm of upper-inner quadrant of left female breast"),
                              text="Invasive ductal carcinoma left breast, ER+/HER2-, metastatic recurrence"),
                           "2017-03-02"))
    liver = b.add(condition(cc(c(SCT, "94381002", "Secondary malignant neoplasm of liver")), "2022-07-15",
                            profile="mcode-secondary-cancer-condition", related=prim))
    b.add(text_obs("Estrogen receptor (IHC)", "2022-07-20", "Positive, 80%"))
    b.add(text_obs("Progesterone receptor (IHC)", "2022-07-20", "Negative (<1%)"))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2022-07-20",
              ("valueCodeableConcept", cc(HER2_IHC["1+"]))))
    b.add(procedure(txt("Adjuvant chemotherapy: dose-dense AC x4 followed by weekly paclitaxel x12"),
                    ("2017-04-20", "2017-10-05"), reason=prim))
    b.add(med_statement(rx("doxorubicin"), ("2017-04-20", "2017-06-01"), status="completed",
                        note="Adjuvant AC (anthracycline)"))
    b.add(med_statement(rx("letrozole"), ("2022-08-01", "2023-05-30"), status="stopped",
                        note="First-line metastatic with ribociclib; progression"))
    b.add(med_statement(rx("capecitabine"), ("2023-06-12", "2024-05-20"), status="stopped",
                        note="Chemotherapy line 1 for metastatic disease; progression"))
    for d in ("2024-06-03", "2024-06-10", "2024-06-17", "2024-07-01", "2024-07-08", "2024-07-15",
              "2024-09-02", "2024-11-04", "2025-01-06", "2025-02-17"):
        b.add(med_admin(rx("paclitaxel"), d, dose="80 mg/m2 weekly", reason=liver))
    b.add(disease_status("2025-03-04", True, focus=prim,
                         note="Progression in liver on weekly paclitaxel (chemotherapy line 2 for metastatic disease)"))
    case(n, "lab3-breast-eribulin-after-two-chemo-lines", "breast", "supported", "2025-03-18", SVC_ERIBULIN,
         "ER+/HER2-negative breast cancer with liver metastases after adjuvant AC-T and two chemotherapy "
         "lines for metastatic disease (capecitabine, weekly paclitaxel): eribulin",
         B_HALAVEN, b,
         "Condition SNOMED + ICD-10 + text; liver mCODE SecondaryCancerCondition (SNOMED only); ER/PR text-coded "
         "Observations; HER2 IHC LA11841-6; adjuvant course as text-only Procedure with performedPeriod + doxorubicin "
         "MedicationStatement; capecitabine MedicationStatement; paclitaxel MedicationAdministration date-only; "
         "CancerDiseaseStatus")


def breast_5():
    n = 5
    b = Bundle(n, "female", "1983-12-09")
    prim = b.add(condition(cc(BREAST, c(ICD, "C50.911", "Malignant neoplasm of unspecified site of right female breast")),
                           "2025-08-11", profile="mcode-primary-cancer-condition", body_site=RIGHT_BREAST,
                           histology=IDC))
    b.add(obs(cc(c(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue")), "2025-08-14",
              ("valueQuantity", qty(0, "%")), focus=prim, note="No nuclear staining"))
    b.add(obs(cc(c(LN, "16113-3", "Progesterone receptor [Interpretation] in Tissue")), "2025-08-14",
              ("valueQuantity", qty(0, "%")), focus=prim))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2025-08-14",
              ("valueCodeableConcept", cc(HER2_IHC["0"])), focus=prim))
    b.add(obs(cc(c(LN, "21889-1", "Size Tumor")), "2025-08-20", ("valueQuantity", qty(34, "mm")),
              category="imaging", profile="mcode-tumor-size", focus=prim, note="Breast MRI"))
    b.add(tnm("clinical", "T", "cT2", "2025-08-25", focus=prim))
    b.add(tnm("clinical", "N", "cN1", "2025-08-25", focus=prim))
    b.add(tnm("clinical", "M", "cM0", "2025-08-25", focus=prim))
    b.add(stage_obs("clinical", cc(c(AJCC, "IIB", "IIB"), text="Stage IIB"), "2025-08-25", focus=prim))
    b.add(text_obs("Axillary lymph node FNA", "2025-08-18", "Metastatic carcinoma, consistent with breast primary"))
    b.add(med_request(rx("carboplatin"), "2025-09-04", status="draft", dose="AUC 5 q3w x4 with weekly paclitaxel"))
    b.add(med_request(rx("paclitaxel"), "2025-09-04", status="draft", dose="80 mg/m2 weekly x12"))
    case(n, "lab3-breast-pembro-kn522-stage2b-tnbc", "breast", "supported", "2025-09-04", svc_rx("pembrolizumab"),
         "Triple-negative breast cancer cT2 (34 mm) cN1 M0, stage IIB: neoadjuvant pembrolizumab with "
         "carboplatin/paclitaxel then AC (KEYNOTE-522 regimen)",
         B_KN522, b,
         "mCODE PrimaryCancerCondition with bodySite; ER/PR 16112-5/16113-3 valueQuantity 0 %; HER2 IHC LA6111-4; "
         "tumor size 21889-1 mm; clinical T/N/M 21905-5/21906-3/21907-1; stage 21908-9 AJCC 'IIB'; nodal FNA "
         "text Observation; partner chemo MedicationRequest draft RxNorm; service RxNorm pembrolizumab")


def breast_6():
    n = 6
    b = Bundle(n, "female", "1955-01-27")
    prim = b.add(condition(txt("Recurrent metastatic HER2-positive breast cancer (left), bone and liver metastases"),
                           "2020-02", category="problem-list-item"))
    b.add(obs(cc(c(LN, "48676-1", "HER2 [Interpretation] in Tissue")), "2020-02-19",
              ("valueCodeableConcept", cc(LA_POS, text="HER2 positive (IHC 3+)"))))
    for mid, drug in (("m1", "doxorubicin"), ("m2", "cyclophosphamide")):
        b.add({"resourceType": "MedicationStatement", "status": "completed",
               "contained": [{"resourceType": "Medication", "id": mid, "code": rx(drug)}],
               "medicationReference": {"reference": "#" + mid},
               "effectivePeriod": {"start": "2015-03-10", "end": "2015-05-12"},
               "note": [{"text": "Adjuvant AC x4 (doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2)"}]})
    b.add(med_statement(rx("paclitaxel"), ("2015-06-02", "2015-08-25"), status="completed",
                        note="Adjuvant weekly paclitaxel with trastuzumab"))
    b.add(med_statement(rx("trastuzumab"), ("2015-06-02", "2016-06-01"), status="completed",
                        note="Adjuvant trastuzumab 1 year"))
    m_p = b.add(medication(rx("pertuzumab")))
    b.add(med_statement(m_p, ("2020-03-05", "2022-01-20"), status="completed",
                        note="THP first-line metastatic, then HP maintenance"))
    b.add(med_statement(txt("Kadcyla (ado-trastuzumab emtansine)"), ("2022-02-10", "2023-03-30"), status="stopped"))
    b.add(med_statement(txt("Enhertu (fam-trastuzumab deruxtecan)"), ("2023-04-20", "2025-10-15"), status="stopped",
                        note="Progression in liver"))
    b.add(ecog("2025-11-03", 1, "la"))
    case(n, "lab3-breast-lapatinib-cape-after-trastuzumab", "breast", "supported", "2025-11-12", svc_rx("lapatinib"),
         "Recurrent HER2-positive metastatic breast cancer, previously treated with anthracycline, taxane, "
         "trastuzumab (adjuvant) and THP, T-DM1, T-DXd (metastatic): lapatinib + capecitabine",
         B_TYKERB, b,
         "Condition text only (month-precision onset, problem-list-item); HER2 48676-1 LA6576-8 Positive; "
         "MedicationStatement with contained Medication resources (#m1/#m2); bundle Medication via "
         "medicationReference; T-DM1/T-DXd brand text only; ECOG LA9623-5")


def breast_7():
    n = 7
    b = Bundle(n, "female", "1979-06-14")
    prim = b.add(condition(cc(BREAST, text="Metastatic hormone receptor-positive breast cancer, HER2-negative"),
                           "2022-10-03", category="encounter-diagnosis"))
    b.add(condition(cc(c(SCT, "94222008", "Secondary malignant neoplasm of bone")), "2022-10-03"))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2022-10-07",
              ("valueString", "0")))
    b.add(obs(cc(c(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2022-10-07", ("valueCodeableConcept", cc(LA_POS))))
    b.add(obs(cc(c(LN, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2022-10-07", ("valueCodeableConcept", cc(LA_POS))))
    b.add(med_statement(rx("fulvestrant"), ("2022-11-01", "2025-06-10"), status="stopped"))
    b.add(med_statement(rx("palbociclib"), ("2022-11-01", "2025-06-10"), status="stopped",
                        note="Progression (new liver and bone lesions)"))
    b.add(service_request(txt("Genetics referral - hereditary cancer counselling"), "2025-06-20",
                          note="Family history: maternal aunt with ovarian cancer; appointment not yet scheduled"))
    case(n, "lab3-breast-talazoparib-gbrca-untested", "breast", "needs-documentation", "2025-07-15",
         svc_rx("talazoparib"),
         "HR+/HER2-negative metastatic breast cancer after fulvestrant + palbociclib; germline BRCA status never "
         "tested (genetics referral only): talazoparib requested",
         B_TALZENNA, b,
         "Condition SNOMED + text; bone metastasis SNOMED only; HER2 IHC valueString '0'; ER/PR LOINC answers; "
         "endocrine line MedicationStatement stopped; ServiceRequest (genetics referral) with no result",
         missing=["brca"])


def breast_8():
    n = 8
    b = Bundle(n, "female", "1977-03-01")
    prim = b.add(condition(cc(c(ICD, "C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast")),
                           "2025-10-06"))
    b.add(condition(cc(c(ICD, "Z17.1", "Estrogen receptor negative status [ER-]")), "2025-10-06"))
    b.add(condition(cc(c(ICD, "C78.01", "Secondary malignant neoplasm of right lung"),
                       c(ICD, "C78.02", "Secondary malignant neoplasm of left lung")), "2025-10-06"))
    b.add(stage_obs("clinical", cc(SCT_STAGE["4"], text="IV"), "2025-10-14", profile=False))
    b.add(obs(cc(c(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2025-10-09", ("valueCodeableConcept", cc(LA_NEG)), profile=US_CORE_LAB))
    b.add(obs(cc(c(LN, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2025-10-09", ("valueCodeableConcept", cc(LA_NEG)), profile=US_CORE_LAB))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2025-10-09",
              ("valueCodeableConcept", cc(HER2_IHC["0"])), profile=US_CORE_LAB))
    b.add(med_request(rx("paclitaxel"), "2025-11-03", status="draft", dose="90 mg/m2 days 1, 8, 15 q28d"))
    b.add(ecog("2025-10-28", 0, "la"))
    case(n, "lab3-breast-pembro-kn355-pdl1-untested", "breast", "needs-documentation", "2025-11-03", SVC_PEMBRO_HC,
         "De novo metastatic triple-negative breast cancer (lung metastases), untreated; PD-L1 CPS never "
         "tested: pembrolizumab + paclitaxel requested",
         B_KN355, b,
         "service HCPCS J9271; Condition ICD-10-CM only + Z17.1; lung metastases ICD-10 (two codings); "
         "stage 21908-9 SNOMED 258228008 without mCODE profile; ER/PR/HER2 US Core lab Observations with LOINC "
         "answers; paclitaxel MedicationRequest draft; ECOG LA9622-7",
         missing=["pdl1"])


def breast_9():
    n = 9
    b = Bundle(n, "female", "1988-07-25")
    prim = b.add(condition(txt("Triple-negative invasive ductal carcinoma, left breast"), "2026-01-08"))
    b.add(procedure(txt("Ultrasound-guided core needle biopsy, left breast 2 o'clock"), "2026-01-06"))
    b.add(text_obs("ER (SP1) IHC", "2026-01-09", "0% - negative"))
    b.add(text_obs("PR (1E2) IHC", "2026-01-09", "0% - negative"))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2026-01-09",
              ("valueCodeableConcept", cc(HER2_IHC["1+"]))))
    b.add(obs(cc(c(LN, "85318-4", "HER2 [Presence] in Breast cancer specimen by FISH")), "2026-01-13",
              ("valueString", "Not amplified (HER2/CEP17 ratio 1.2)")))
    b.add(service_request(txt("MRI breast bilateral with and without contrast"), "2026-01-12",
                          note="Staging imaging ordered"))
    case(n, "lab3-breast-pembro-kn522-stage-missing", "breast", "needs-documentation", "2026-01-20", SVC_PEMBRO_HC,
         "Newly diagnosed triple-negative breast cancer on core biopsy; no tumor size, nodal status or stage in "
         "the record (staging MRI only ordered): neoadjuvant pembrolizumab requested",
         B_KN522, b,
         "service HCPCS J9271; Condition text only, no stage; core biopsy text-only Procedure; ER/PR text-coded "
         "valueString; HER2 IHC LA11841-6 + FISH valueString; staging MRI as ServiceRequest only",
         missing=["stage"])


def breast_10():
    n = 10
    b = Bundle(n, "female", "1962-10-10")
    prim = b.add(condition(cc(BREAST), "2021-02-18", recorded="2021-02-25"))
    b.add(condition(cc(c(ICD, "C78.01", "Secondary malignant neoplasm of right lung")), "2025-09-02",
                    note="Biopsy-proven recurrence, triple-negative"))
    for d, drug in (("2021-03-15", "doxorubicin"), ("2021-03-15", "cyclophosphamide"), ("2021-04-26", "doxorubicin"),
                    ("2021-04-26", "cyclophosphamide"), ("2021-05-24", "paclitaxel"), ("2021-07-19", "paclitaxel")):
        b.add(med_admin(rx(drug), d, reason=prim, note="Adjuvant AC-T"))
    b.add(procedure(cc(c(CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")),
                    "2021-09-01"))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2025-09-05",
              ("valueCodeableConcept", cc(HER2_IHC["0"]))))
    b.add(text_obs("ER/PR (lung biopsy)", "2025-09-05", "ER negative (<1%), PR negative"))
    b.add(text_obs("PD-L1 22C3 combined positive score (lung biopsy)", "2025-09-08", qty(3, "{score}"),
                   note="CPS 3"))
    case(n, "lab3-breast-eribulin-first-line-metastatic", "breast", "refer-to-reviewer", "2025-10-01", SVC_ERIBULIN,
         "Triple-negative breast cancer recurring in the lung four years after adjuvant AC-T; no chemotherapy "
         "given for metastatic disease: eribulin requested first line",
         B_HALAVEN, b,
         "Condition SNOMED only; lung recurrence ICD-10 with note; adjuvant AC-T MedicationAdministration RxNorm "
         "(date-only); lumpectomy CPT 19301; HER2 IHC LA6111-4; ER/PR combined text Observation; PD-L1 CPS "
         "text-coded valueQuantity {score}")


def breast_11():
    n = 11
    b = Bundle(n, "female", "1974-04-04")
    prim = b.add(condition(cc(BREAST, c(ICD, "C50.812", "Malignant neoplasm of overlapping sites of left female breast")),
                           "2024-04-22"))
    b.add(condition(cc(c(SCT, "94222008", "Secondary malignant neoplasm of bone"),
                       c(ICD, "C79.51", "Secondary malignant neoplasm of bone")), "2024-04-22"))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2024-04-26",
              ("valueCodeableConcept", cc(HER2_IHC["2+"]))))
    b.add(obs(cc(c(LN, "85318-4", "HER2 [Presence] in Breast cancer specimen by FISH")), "2024-04-30",
              ("valueCodeableConcept", cc(LA_POS, text="Amplified, ratio 2.6"))))
    for d in ("2024-05-13", "2024-06-03", "2024-06-24", "2024-07-15", "2024-08-05", "2024-08-26"):
        b.add(med_request(rx("docetaxel"), d, status="completed", reason=prim))
    b.add(med_request(cc(c(RXN, RX["trastuzumab"], "trastuzumab"), c(RXN, RX["pertuzumab"], "pertuzumab")),
                      "2024-05-13", status="stopped", note="THP then HP maintenance; stopped 2025-06-16 for progression",
                      reason=prim))
    b.add(disease_status("2025-06-16", True, focus=prim, note="New lytic bone lesions and liver lesion"))
    case(n, "lab3-breast-neratinib-cape-one-prior-her2-regimen", "breast", "refer-to-reviewer", "2025-07-08",
         svc_rx("neratinib"),
         "HER2-positive (IHC 2+, FISH amplified) metastatic breast cancer progressing after one anti-HER2 "
         "regimen (THP/HP) in the metastatic setting: neratinib + capecitabine requested",
         B_NERLYNX, b,
         "Condition SNOMED + ICD-10 (no text); bone metastasis SNOMED + ICD-10; HER2 IHC LA11842-4 + FISH LA6576-8 "
         "with ratio text; docetaxel MedicationRequest completed per cycle; HP MedicationRequest stopped with two "
         "RxNorm codings; CancerDiseaseStatus")


def breast_12():
    n = 12
    b = Bundle(n, "female", "1965-09-18")
    prim = b.add(condition(cc(BREAST, c(ICD, "C50.911", "Malignant neoplasm of unspecified site of right female breast")),
                           "2023-06-30", profile="mcode-primary-cancer-condition", histology=IDC))
    b.add(obs(cc(c(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2023-07-05",
              ("valueCodeableConcept", cc(HER2_IHC["1+"])), profile="mcode-tumor-marker-test"))
    b.add(obs(cc(c(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")),
              "2023-07-05", ("valueCodeableConcept", cc(LA_POS)), profile="mcode-tumor-marker-test"))
    g1 = b.add(variant("BRCA1", "2025-03-11", present=False, source="germline", profile="mcode",
                       value_text="No pathogenic variant detected"))
    g2 = b.add(variant("BRCA2", "2025-03-11", present=False, source="germline", profile="mcode",
                       value_text="No pathogenic variant detected"))
    b.add(report(GENOMICS_REPORT, "2025-03-11", [g1, g2],
                 conclusion="Germline 30-gene hereditary cancer panel (blood): NEGATIVE. No pathogenic or likely "
                            "pathogenic variants in BRCA1, BRCA2, PALB2, CHEK2, ATM."))
    s = b.add(variant("BRCA2", "2025-05-02", present=True, p="p.Arg2520Ter", c_hgvs="c.7558C>T",
                      transcript="NM_000059.4", source="somatic", significance=True, profile="mcode",
                      method=txt("Tumor NGS (liver biopsy), 324 genes; VAF 38%")))
    b.add(report(GENOMICS_REPORT, "2025-05-02", [s],
                 conclusion="Tumor-only NGS: BRCA2 p.Arg2520Ter (somatic; germline testing negative)."))
    b.add(med_statement(rx("letrozole"), ("2023-07-20", "2025-04-01"), status="stopped"))
    b.add(med_statement(rx("capecitabine"), ("2025-04-15", "2025-08-20"), status="stopped"))
    case(n, "lab3-breast-talazoparib-somatic-brca2-germline-negative", "breast", "refer-to-reviewer", "2025-09-09",
         svc_rx("talazoparib"),
         "HER2-negative metastatic breast cancer with a somatic (tumor-only) BRCA2 nonsense variant and a negative "
         "germline panel: talazoparib requested (label requires germline BRCA mutation)",
         B_TALZENNA, b,
         "mCODE PrimaryCancerCondition + TumorMarkerTest; germline BRCA1/BRCA2 Absent mCODE GenomicVariant (48002-0 "
         "LA6683-2) grouped in DiagnosticReport 51969-4; somatic BRCA2 three-letter HGVS with transcript c.HGVS, "
         "LA6684-0, 53037-8 LA6668-3, method text")


for f in (breast_1, breast_2, breast_3, breast_4, breast_5, breast_6, breast_7, breast_8, breast_9, breast_10,
          breast_11, breast_12):
    f()


# =======================================================================================
# NSCLC
# =======================================================================================

NSCLC = c(SCT, "254637007", "Non-small cell lung cancer")
LUAD = c(SCT, "254626006", "Adenocarcinoma of lung")
ADENO_MORPH = cc(c(SCT, "35917007", "Adenocarcinoma, no subtype specified"))

L_LIBTAYO = ("FDA label LIBTAYO (cemiplimab-rwlc) 1 Indications, NSCLC (2021, current): single agent, "
             "first-line, adults with NSCLC whose tumors have high PD-L1 expression (TPS >= 50%) by an "
             "FDA-approved test, with no EGFR, ALK or ROS1 aberrations, locally advanced (not a candidate for "
             "resection or definitive chemoradiation) or metastatic; EMPOWER-Lung 1 (Lancet 2021)")
L_KN671 = ("FDA label KEYTRUDA (pembrolizumab) 1 Indications, NSCLC (10/2023, current): resectable (tumors "
           ">= 4 cm or node positive) NSCLC, in combination with platinum-containing chemotherapy as "
           "neoadjuvant treatment, then continued as a single agent as adjuvant treatment after surgical "
           "resection; KEYNOTE-671 (NEJM 2023)")
L_PORTRAZZA = ("FDA label PORTRAZZA (necitumumab) 1 Indications (2015): in combination with gemcitabine and "
               "cisplatin, first-line treatment of metastatic squamous NSCLC; Limitation of Use: not indicated "
               "for non-squamous NSCLC; SQUIRE (Lancet Oncol 2015)")
L_TDXD = ("FDA label ENHERTU (fam-trastuzumab deruxtecan-nxki) 1 Indications, NSCLC (accelerated 08/2022): "
          "unresectable or metastatic NSCLC whose tumors have activating HER2 (ERBB2) mutations, as detected "
          "by an FDA-approved test, and who have received a prior systemic therapy; DESTINY-Lung02 "
          "(J Clin Oncol 2024)")
L_AEGEAN = ("FDA label IMFINZI (durvalumab) 1 Indications, NSCLC (08/2024): resectable (tumors >= 4 cm and/or "
            "node positive) NSCLC with no known EGFR mutations or ALK rearrangements, with platinum-containing "
            "chemotherapy as neoadjuvant treatment, then single agent adjuvant after surgery; AEGEAN (NEJM 2023)")
L_POSEIDON = ("FDA label IMFINZI (durvalumab) 1 Indications, NSCLC (11/2022, current): in combination with "
              "tremelimumab-actl and platinum-based chemotherapy, metastatic NSCLC with no sensitizing EGFR "
              "mutations or ALK genomic tumor aberrations; POSEIDON (J Clin Oncol 2023)")
L_BRAFTOVI = ("FDA label BRAFTOVI (encorafenib) 1 Indications, NSCLC (10/2023): in combination with "
              "binimetinib, adults with metastatic NSCLC with a BRAF V600E mutation, as detected by an "
              "FDA-approved test; PHAROS (J Clin Oncol 2023)")

SVC_CEMIPLIMAB = svc_hc("J9119", "Injection, cemiplimab-rwlc, 1 mg")
SVC_NECITUMUMAB = svc_hc("J9295", "Injection, necitumumab, 1 mg")
SVC_DURVALUMAB = svc_hc("J9173", "Injection, durvalumab, 10 mg")


def ngs_negative(b, date, genes, profile="genomics", conclusion=None, method=None):
    refs = [b.add(variant(g, date, present=False, profile=profile, method=method)) for g in genes]
    return b.add(report(GENOMICS_REPORT, date, refs, conclusion=conclusion))


def nsclc_13():
    n = 13
    b = Bundle(n, "male", "1956-01-12")
    prim = b.add(condition(cc(LUAD, c(ICD, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")),
                           "2025-03-10"))
    b.add(condition(cc(c(ICD, "J91.0", "Malignant pleural effusion")), "2025-03-10"))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVA", "IVA")), "2025-03-24", focus=prim))
    b.add(text_obs("PD-L1 IHC 22C3 pharmDx tumor proportion score", "2025-03-20", qty(70, "%"), focus=prim))
    ngs_negative(b, "2025-04-02", ["EGFR", "ALK", "ROS1"],
                 conclusion="Comprehensive DNA/RNA NGS: no EGFR, ALK, ROS1, BRAF, MET, RET, NTRK or KRAS G12C "
                            "alterations detected.")
    b.add(ecog("2025-04-15", 1, "int"))
    b.add(text_obs("Treatment plan", "2025-04-15", "Cemiplimab 350 mg IV q3w, single agent, first line",
                   category="survey"))
    case(n, "lab3-nsclc-cemiplimab-pdl1-70-first-line", "nsclc", "supported", "2025-04-22", SVC_CEMIPLIMAB,
         "Metastatic (pleural, M1a) lung adenocarcinoma, PD-L1 TPS 70%, no EGFR/ALK/ROS1 alteration on NGS, "
         "untreated: cemiplimab monotherapy",
         L_LIBTAYO, b,
         "service HCPCS J9119; Condition SNOMED + ICD-10 (no text); malignant effusion ICD-10 J91.0; stage 21908-9 "
         "AJCC 'IVA'; PD-L1 text-coded valueQuantity %; EGFR/ALK/ROS1 Absent Genomics Reporting variants grouped in "
         "DiagnosticReport 51969-4; ECOG valueInteger; plan as text Observation")


def nsclc_14():
    n = 14
    b = Bundle(n, "female", "1960-06-06")
    prim = b.add(condition(cc(LUAD, c(ICD, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung")),
                           "2025-07-02", profile="mcode-primary-cancer-condition", histology=ADENO_MORPH))
    b.add(obs(cc(c(LN, "21889-1", "Size Tumor")), "2025-07-08", ("valueQuantity", qty(5.2, "cm")),
              category="imaging", profile="mcode-tumor-size", focus=prim))
    b.add(tnm("clinical", "T", "cT3", "2025-07-15", focus=prim))
    b.add(tnm("clinical", "N", "cN0", "2025-07-15", focus=prim))
    b.add(tnm("clinical", "M", "cM0", "2025-07-15", focus=prim))
    b.add(stage_obs("clinical", cc(c(AJCC, "2B", "2B"), text="IIB"), "2025-07-15", focus=prim))
    b.add(text_obs("Thoracic tumor board", "2025-07-22",
                   "Resectable; plan 4 cycles neoadjuvant chemo-immunotherapy then right lower lobectomy",
                   category="survey"))
    b.add(obs(cc(c(LN, "85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report")), "2025-07-10",
              ("valueString", "TPS 5%")))
    b.add(text_obs("EGFR mutation analysis (PCR)", "2025-07-10", "Not detected"))
    b.add(med_request(rx("cisplatin"), "2025-08-12", status="draft", dose="75 mg/m2 q3w x4"))
    b.add(med_request(txt("pemetrexed 500 mg/m2 q3w x4"), "2025-08-12", status="draft"))
    case(n, "lab3-nsclc-pembro-kn671-stage2b-5cm", "nsclc", "supported", "2025-08-12", SVC_PEMBRO_HC,
         "Resectable lung adenocarcinoma 5.2 cm, cT3 N0 M0 stage IIB: perioperative pembrolizumab with "
         "cisplatin/pemetrexed (KEYNOTE-671)",
         L_KN671, b,
         "service HCPCS J9271; mCODE PrimaryCancerCondition + histology; tumor size 21889-1 cm; clinical T/N/M; stage "
         "21908-9 numeric-style AJCC '2B' with text 'IIB'; tumor board text Observation; PD-L1 85147-7 valueString; "
         "EGFR text Observation; partner chemo MedicationRequest draft (cisplatin RxNorm, pemetrexed text)")


def nsclc_15():
    n = 15
    b = Bundle(n, "male", "1951-09-29")
    prim = b.add(condition(cc(c(ICD, "C34.32", "Malignant neoplasm of lower lobe, left bronchus or lung")),
                           "2025-04-01",
                           stage={"summary": cc(c(AJCC, "IVB", "IVB"), text="Stage IVB (bone, left adrenal)")}))
    b.add(condition(cc(c(ICD, "C79.51", "Secondary malignant neoplasm of bone")), "2025-04-01"))
    b.add(condition(cc(c(ICD, "C79.72", "Secondary malignant neoplasm of left adrenal gland")), "2025-04-01"))
    b.add(text_obs("Surgical pathology diagnosis (EBUS-TBNA, station 11L)", "2025-04-08",
                   "Squamous cell carcinoma, keratinizing; p40 positive, TTF-1 negative", category="laboratory",
                   focus=prim))
    b.add(text_obs("PD-L1 (22C3) TPS", "2025-04-15", "10%"))
    b.add(med_request(rx("gemcitabine"), "2025-05-06", status="draft", dose="1250 mg/m2 days 1 and 8 q3w"))
    b.add(med_request(rx("cisplatin"), "2025-05-06", status="draft", dose="75 mg/m2 day 1 q3w"))
    b.add(ecog("2025-04-29", 1, "la"))
    case(n, "lab3-nsclc-necitumumab-squamous-first-line", "nsclc", "supported", "2025-05-06", SVC_NECITUMUMAB,
         "Metastatic (bone, adrenal) squamous NSCLC, untreated: necitumumab with gemcitabine and cisplatin",
         L_PORTRAZZA, b,
         "service HCPCS J9295; Condition ICD-10-CM only with Condition.stage.summary AJCC 'IVB'; histology only in a "
         "text-coded pathology Observation; metastases ICD-10 (C79.51, C79.72); PD-L1 text; gem/cis "
         "MedicationRequest draft RxNorm; ECOG LA9623-5")


def nsclc_16():
    n = 16
    b = Bundle(n, "female", "1968-12-02")
    prim = b.add(condition(cc(LUAD, c(ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")),
                           "2024-08-19", profile="mcode-primary-cancer-condition", histology=ADENO_MORPH))
    b.add(condition(cc(c(SCT, "94225005", "Secondary malignant neoplasm of brain")), "2024-08-19",
                    profile="mcode-secondary-cancer-condition", related=prim))
    b.add(condition(cc(c(SCT, "94222008", "Secondary malignant neoplasm of bone")), "2024-08-19",
                    profile="mcode-secondary-cancer-condition", related=prim))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVB", "IVB")), "2024-08-30", focus=prim))
    b.add(variant("ERBB2", "2024-09-04", present=True, p="p.Tyr772_Ala775dup", c_hgvs="c.2313_2324dup",
                  transcript="NM_004448.4", discrete="ERBB2 exon 20 insertion (YVMA)", source="somatic",
                  profile="mcode", focus=prim))
    b.add(variant("EGFR", "2024-09-04", present=False, profile="mcode"))
    b.add(variant("ALK", "2024-09-04", present=False, profile="mcode"))
    m_carbo = b.add(medication(rx("carboplatin")))
    m_pem = b.add(medication(txt("pemetrexed 500 mg/m2")))
    m_pembro = b.add(medication(rx("pembrolizumab")))
    for d in ("2024-09-12", "2024-10-03", "2024-10-24", "2024-11-14"):
        for m in (m_carbo, m_pem, m_pembro):
            b.add(med_admin(m, d, reason=prim))
    for d in ("2024-12-05", "2025-02-06", "2025-04-10", "2025-05-22"):
        for m in (m_pem, m_pembro):
            b.add(med_admin(m, d, reason=prim, note="maintenance"))
    b.add(disease_status("2025-06-10", True, focus=prim, note="Progression: enlarging RUL mass, new liver lesions"))
    case(n, "lab3-nsclc-tdxd-erbb2-ex20ins-after-chemo-io", "nsclc", "supported", "2025-07-01", SVC_TDXD,
         "Metastatic lung adenocarcinoma with ERBB2 exon 20 insertion (p.Tyr772_Ala775dup), progressed on "
         "carboplatin/pemetrexed/pembrolizumab: trastuzumab deruxtecan",
         L_TDXD, b,
         "service HCPCS J9358; mCODE Primary + Secondary (brain, bone) conditions; ERBB2 mCODE GenomicVariant three-letter "
         "HGVS + transcript c.HGVS + 81252-9 text, somatic; EGFR/ALK Absent; chemo-IO MedicationAdministration via "
         "Medication resources (pemetrexed text-coded); CancerDiseaseStatus")


def nsclc_17():
    n = 17
    b = Bundle(n, "male", "1959-03-17")
    prim = b.add(condition(cc(LUAD, c(ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"),
                              text="Adenocarcinoma RUL, cT2b N2 M0"), "2025-09-03"))
    b.add(procedure(cc(c(CPT, "39402", "Mediastinoscopy; with lymph node biopsy(ies) (eg, lymphoma)"),
                       text="Cervical mediastinoscopy"), "2025-09-16",
                    note="Station 4R positive for adenocarcinoma; 2R, 7 negative"))
    b.add(tnm("clinical", "T", "cT2b", "2025-09-22", focus=prim, profile=False))
    b.add(tnm("clinical", "N", "cN2", "2025-09-22", focus=prim, profile=False))
    b.add(stage_obs("clinical", cc(c(AJCC, "IIIA", "IIIA"), text="Stage IIIA"), "2025-09-22", focus=prim))
    b.add(obs(cc(c(LN, "21889-1", "Size Tumor")), "2025-09-05", ("valueQuantity", qty(4.8, "cm")),
              category="imaging", focus=prim))
    b.add(text_obs("EGFR mutation analysis, exons 18-21 (cobas v2)", "2025-09-10", "No mutation detected"))
    b.add(text_obs("ALK (D5F3) immunohistochemistry", "2025-09-10", cc(LA_NEG, text="Negative")))
    b.add(text_obs("Multidisciplinary thoracic conference", "2025-09-30",
                   "Single-station N2, resectable by lobectomy after neoadjuvant therapy", category="survey"))
    b.add(med_request(rx("carboplatin"), "2025-10-14", status="draft"))
    b.add(med_request(rx("paclitaxel"), "2025-10-14", status="draft"))
    case(n, "lab3-nsclc-durvalumab-aegean-stage3a", "nsclc", "supported", "2025-10-14", SVC_DURVALUMAB,
         "Resectable lung adenocarcinoma 4.8 cm with single-station N2 (stage IIIA), EGFR wild-type, ALK negative: "
         "perioperative durvalumab with carboplatin/paclitaxel (AEGEAN)",
         L_AEGEAN, b,
         "service HCPCS J9173; Condition SNOMED + ICD-10 + text; mediastinoscopy CPT 39402 with note; T/N without "
         "mCODE profiles; stage 21908-9 'IIIA'; tumor size cm; EGFR text valueString; ALK IHC text code with "
         "LA6577-6; MDT text Observation; partner chemo draft")


def nsclc_18():
    n = 18
    b = Bundle(n, "female", "1952-05-11")
    prim = b.add(condition(txt("Lung adenocarcinoma, left upper lobe, with malignant pleural effusion (M1a)"),
                           "2025-05-06"))
    b.add(stage_obs("clinical", cc(SCT_STAGE["4"], text="IVA"), "2025-05-14", profile=False, focus=prim))
    b.add(variant("BRAF", "2025-05-27", present=True, p="p.V600E", c_hgvs="c.1799T>A", source="somatic",
                  profile="genomics", method=txt("Oncomine Dx Target Test (NGS)"), focus=prim))
    b.add(text_obs("ALK rearrangement (FISH)", "2025-05-27", "Negative"))
    b.add(med_request(txt("Mektovi (binimetinib) 45 mg PO BID"), "2025-06-17", status="draft"))
    b.add(ecog("2025-06-10", 1, "int"))
    case(n, "lab3-nsclc-encorafenib-binimetinib-braf-v600e", "nsclc", "supported", "2025-06-17",
         svc_rx("encorafenib"),
         "Metastatic lung adenocarcinoma (M1a) with BRAF V600E on NGS, untreated: encorafenib + binimetinib",
         L_BRAFTOVI, b,
         "Condition text only; stage 21908-9 SNOMED 258228008 with text 'IVA', no profile; BRAF Genomics Reporting "
         "variant one-letter p.V600E + c.1799T>A, method text; ALK FISH text; binimetinib MedicationRequest draft "
         "brand text")


def nsclc_19():
    n = 19
    b = Bundle(n, "male", "1963-10-21", btype="transaction")
    prim = b.add(condition(cc(NSCLC, c(ICD, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung"),
                              text="Non-squamous NSCLC, metastatic to liver and bone"), "2025-11-04"))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVB", "IVB")), "2025-11-12", focus=prim))
    b.add(variant("EGFR", "2025-11-14", present=False, profile="genomics",
                  method=txt("cobas EGFR Mutation Test v2 (tissue)")))
    b.add(text_obs("PD-L1 IHC 22C3", "2025-11-14", "TPS 30%"))
    b.add(service_request(txt("Plasma cfDNA NGS panel (ALK/ROS1/RET/BRAF/MET)"), "2025-11-20",
                          note="Tissue exhausted after EGFR PCR; plasma sent"))
    b.add(med_request(txt("Imjudo (tremelimumab-actl) 75 mg IV"), "2025-12-02", status="draft"))
    b.add(med_request(rx("carboplatin"), "2025-12-02", status="draft"))
    b.add(med_request(txt("pemetrexed 500 mg/m2"), "2025-12-02", status="draft"))
    case(n, "lab3-nsclc-durvalumab-poseidon-alk-untested", "nsclc", "needs-documentation", "2025-12-02",
         SVC_DURVALUMAB,
         "Metastatic non-squamous NSCLC, EGFR negative by PCR, ALK never resulted (tissue exhausted, plasma NGS "
         "pending): durvalumab + tremelimumab + platinum chemotherapy requested",
         L_POSEIDON, b,
         "transaction Bundle; service HCPCS J9173; Condition SNOMED NSCLC + ICD-10 + text; stage 'IVB'; EGFR Absent "
         "Genomics Reporting variant with method; PD-L1 text; pending plasma NGS as ServiceRequest; tremelimumab "
         "brand text draft",
         missing=["alk"])


def nsclc_20():
    n = 20
    b = Bundle(n, "female", "1957-02-14")
    prim = b.add(condition(cc(LUAD), "2026-01-15"))
    b.add(procedure(txt("CT-guided percutaneous core biopsy, right upper lobe nodule"), "2026-01-13"))
    b.add(text_obs("EGFR/ALK", "2026-01-22", "EGFR not detected; ALK IHC negative"))
    b.add(text_obs("PD-L1 22C3 TPS", "2026-01-22", "40%"))
    b.add(text_obs("Thoracic surgery consult", "2026-01-27",
                   "Candidate for lobectomy; discussed perioperative chemo-immunotherapy", category="survey"))
    b.add(service_request(txt("PET/CT skull base to mid-thigh"), "2026-01-27", note="Staging PET not yet done"))
    case(n, "lab3-nsclc-pembro-kn671-size-nodes-missing", "nsclc", "needs-documentation", "2026-02-10",
         svc_rx("pembrolizumab"),
         "Biopsy-proven lung adenocarcinoma considered operable, but no tumor size, nodal status or stage in "
         "the record (staging PET pending): perioperative pembrolizumab requested",
         L_KN671, b,
         "Condition SNOMED only, no stage; CT-guided biopsy text-only Procedure; EGFR/ALK combined text Observation; "
         "PD-L1 text; surgery consult text Observation; staging PET as ServiceRequest only",
         missing=["stage"])


def nsclc_21():
    n = 21
    b = Bundle(n, "male", "1949-07-07")
    prim = b.add(condition(cc(c(ICD, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")),
                           "2025-08-20"))
    b.add(condition(cc(c(SCT, "94225005", "Secondary malignant neoplasm of brain"),
                       c(ICD, "C79.31", "Secondary malignant neoplasm of brain")), "2025-08-20",
                    note="Two lesions, treated with SRS 2025-09-05"))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVB", "IVB"), text="Stage IVB"), "2025-08-29", focus=prim))
    b.add(text_obs("Histology", "2025-08-22", "Adenocarcinoma, acinar predominant"))
    b.add(variant("EGFR", "2025-09-02", present=False, profile="mcode"))
    b.add(text_obs("ALK break-apart FISH", "2025-09-02", "Negative for ALK rearrangement (6% split signals)"))
    b.add(obs(cc(c(LN, "85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report")), "2025-09-02",
              ("valueString", "TPS 85%")))
    b.add(ecog("2025-09-16", 0, "la"))
    b.add(text_obs("Treatment plan", "2025-09-16", "Cemiplimab monotherapy (single agent), no chemotherapy",
                   category="survey"))
    case(n, "lab3-nsclc-cemiplimab-ros1-untested", "nsclc", "needs-documentation", "2025-09-23", SVC_CEMIPLIMAB,
         "Metastatic lung adenocarcinoma (brain), PD-L1 TPS 85%, EGFR and ALK negative, ROS1 never tested: "
         "cemiplimab monotherapy requested",
         L_LIBTAYO, b,
         "service HCPCS J9119; Condition ICD-10-CM only; brain met SNOMED + ICD-10; stage 'IVB'; histology text; EGFR "
         "Absent mCODE variant; ALK FISH text; PD-L1 85147-7 valueString; ECOG LA9622-7; no ROS1 result anywhere",
         missing=["ros1"])


def nsclc_22():
    n = 22
    b = Bundle(n, "female", "1961-04-30")
    prim = b.add(condition(cc(LUAD, c(ICD, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")),
                           "2025-04-14", profile="mcode-primary-cancer-condition", histology=ADENO_MORPH))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVA", "IVA")), "2025-04-25", focus=prim))
    e = b.add(variant("EGFR", "2025-05-09", present=True, p="p.Glu746_Ala750del", c_hgvs="c.2235_2249del",
                      transcript="NM_005228.5", discrete="EGFR exon 19 deletion", source="somatic",
                      profile="genomics"))
    a = b.add(variant("ALK", "2025-05-09", present=False, profile="genomics"))
    b.add(report(GENOMICS_REPORT, "2025-05-09", [e, a], conclusion="EGFR exon 19 deletion detected (VAF 31%)."))
    b.add(text_obs("PD-L1 22C3 TPS", "2025-04-30", qty(60, "%")))
    case(n, "lab3-nsclc-cemiplimab-egfr-ex19del", "nsclc", "refer-to-reviewer", "2025-05-27", SVC_CEMIPLIMAB,
         "Metastatic lung adenocarcinoma, PD-L1 TPS 60%, with an EGFR exon 19 deletion: cemiplimab monotherapy "
         "requested first line",
         L_LIBTAYO, b,
         "service HCPCS J9119; mCODE PrimaryCancerCondition; stage 'IVA'; EGFR Present Genomics Reporting variant "
         "three-letter HGVS + transcript c.HGVS + 81252-9 text; ALK Absent; DiagnosticReport grouping; PD-L1 "
         "text-coded valueQuantity")


def nsclc_23():
    n = 23
    b = Bundle(n, "male", "1958-08-08")
    prim = b.add(condition(cc(LUAD, c(ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")),
                           "2025-07-07", profile="mcode-primary-cancer-condition", histology=ADENO_MORPH))
    b.add(stage_obs("clinical", cc(c(AJCC, "4B", "4B")), "2025-07-18", focus=prim))
    b.add(text_obs("Immunohistochemistry", "2025-07-10", "TTF-1 positive, napsin A positive, p40 negative"))
    b.add(text_obs("EGFR / ALK", "2025-07-21", "EGFR wild-type (NGS); ALK not rearranged"))
    b.add(med_request(rx("gemcitabine"), "2025-08-05", status="draft"))
    b.add(med_request(rx("cisplatin"), "2025-08-05", status="draft"))
    case(n, "lab3-nsclc-necitumumab-adenocarcinoma", "nsclc", "refer-to-reviewer", "2025-08-05", SVC_NECITUMUMAB,
         "Metastatic lung adenocarcinoma (non-squamous, TTF-1+/p40-): necitumumab with gemcitabine/cisplatin "
         "requested (label: not indicated for non-squamous NSCLC)",
         L_PORTRAZZA, b,
         "service HCPCS J9295; mCODE PrimaryCancerCondition with adenocarcinoma histology extension; stage 21908-9 "
         "numeric-style '4B'; IHC and EGFR/ALK as text Observations; gem/cis MedicationRequest draft")


def nsclc_24():
    n = 24
    b = Bundle(n, "female", "1966-01-23")
    prim = b.add(condition(cc(LUAD, c(ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")),
                           "2025-10-20"))
    b.add(obs(cc(c(LN, "21889-1", "Size Tumor")), "2025-10-22", ("valueQuantity", qty(18, "mm")),
              category="imaging", focus=prim))
    b.add(tnm("clinical", "T", "cT1b", "2025-10-30", focus=prim))
    b.add(tnm("clinical", "N", "cN0", "2025-10-30", focus=prim))
    b.add(tnm("clinical", "M", "cM0", "2025-10-30", focus=prim))
    b.add(stage_obs("clinical", cc(c(AJCC, "IA2", "IA2"), text="Stage IA2"), "2025-10-30", focus=prim))
    b.add(text_obs("PET/CT impression", "2025-10-28", "FDG-avid 1.8 cm RUL nodule; no nodal or distant disease",
                   category="imaging"))
    case(n, "lab3-nsclc-pembro-kn671-stage1a2", "nsclc", "refer-to-reviewer", "2025-11-18", SVC_PEMBRO_HC,
         "Resectable lung adenocarcinoma 1.8 cm, cT1b N0 M0 (stage IA2): perioperative pembrolizumab requested "
         "(label requires tumor >= 4 cm or node positive)",
         L_KN671, b,
         "service HCPCS J9271; Condition SNOMED + ICD-10; tumor size 21889-1 mm without profile; clinical T/N/M; "
         "stage 'IA2'; PET impression text Observation (imaging)")


for f in (nsclc_13, nsclc_14, nsclc_15, nsclc_16, nsclc_17, nsclc_18, nsclc_19, nsclc_20, nsclc_21, nsclc_22,
          nsclc_23, nsclc_24):
    f()


# =======================================================================================
# Colorectal
# =======================================================================================

COLON = c(SCT, "363406005", "Malignant tumor of colon")
RECTUM = c(SCT, "363351006", "Malignant tumor of rectum")
LIVER_MET = c(SCT, "94381002", "Secondary malignant neoplasm of liver")
LIVER_MET_ICD = c(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")

C_BRAFTOVI = ("FDA label BRAFTOVI (encorafenib) 1 Indications, CRC (accelerated 12/2024, traditional 02/2026): "
              "in combination with cetuximab and mFOLFOX6 (02/2026 wording: fluorouracil-based chemotherapy), "
              "metastatic colorectal cancer with a BRAF V600E mutation, as detected by an FDA-approved test; "
              "(with cetuximab alone after prior therapy, BEACON); BREAKWATER (NEJM 2025)")
C_CYRAMZA = ("FDA label CYRAMZA (ramucirumab) 1 Indications, CRC (2015, current): in combination with FOLFIRI, "
             "metastatic colorectal cancer with disease progression on or after prior therapy with bevacizumab, "
             "oxaliplatin, and a fluoropyrimidine; RAISE (Lancet Oncol 2015)")
C_ZALTRAP = ("FDA label ZALTRAP (ziv-aflibercept) 1 Indications (2012, current): in combination with FOLFIRI, "
             "metastatic colorectal cancer that is resistant to or has progressed following an "
             "oxaliplatin-containing regimen; VELOUR (J Clin Oncol 2012)")
C_AVASTIN = ("FDA label AVASTIN (bevacizumab) 1.1 Indications, mCRC: in combination with intravenous "
             "fluorouracil-based chemotherapy for first- or second-line treatment of metastatic colorectal "
             "cancer; Limitation of Use: not indicated for adjuvant treatment of colon cancer; AVF2107g "
             "(NEJM 2004), NSABP C-08 (adjuvant, negative)")
C_OPDIVO = ("FDA labels OPDIVO (nivolumab) / YERVOY (ipilimumab) 1 Indications, CRC (04/2025): nivolumab in "
            "combination with ipilimumab for adult and pediatric patients 12 years and older with unresectable "
            "or metastatic MSI-H or dMMR colorectal cancer (first line included); CheckMate 8HW (NEJM 2024, "
            "Lancet 2025)")
C_ERBITUX = ("FDA label ERBITUX (cetuximab) 1.2 Indications (rev. 09/2021): K-Ras wild-type, EGFR-expressing "
             "metastatic colorectal cancer as determined by an FDA-approved test, in combination with FOLFIRI "
             "for first-line treatment; Limitation of Use: not indicated for Ras-mutant colorectal cancer or "
             "when the results of the Ras mutation tests are unknown; CRYSTAL (NEJM 2009; J Clin Oncol 2015 "
             "extended RAS analysis)")

SVC_RAMUCIRUMAB = svc_hc("J9308", "Injection, ramucirumab, 5 mg")
SVC_ZIV = svc_hc("J9400", "Injection, ziv-aflibercept, 1 mg")
SVC_BEV_HC = svc_hc("J9035", "Injection, bevacizumab, 10 mg")
SVC_NIVO = svc_hc("J9299", "Injection, nivolumab, 1 mg")


def egfr_ihc(b, date):
    return b.add(text_obs("EGFR immunohistochemistry (pharmDx)", date,
                          "Positive - membranous staining 2+ in 60% of tumor cells"))


def crc_25():
    n = 25
    b = Bundle(n, "female", "1964-02-28")
    prim = b.add(condition(cc(COLON, c(ICD, "C18.2", "Malignant neoplasm of ascending colon")), "2025-01-22",
                           profile="mcode-primary-cancer-condition", histology=ADENO_MORPH))
    b.add(condition(cc(LIVER_MET, LIVER_MET_ICD), "2025-01-22", profile="mcode-secondary-cancer-condition",
                    related=prim))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVA", "IVA")), "2025-02-04", focus=prim))
    b.add(text_obs("BRAF V600E mutation analysis (therascreen BRAF V600E RGQ PCR)", "2025-02-11",
                   cc(LA_PRESENT, text="BRAF V600E DETECTED"), focus=prim))
    b.add(text_obs("KRAS/NRAS exons 2-4 (NGS)", "2025-02-18", "No mutation detected"))
    b.add(text_obs("Mismatch repair IHC", "2025-02-07", "Proficient: MLH1, PMS2, MSH2, MSH6 expression retained"))
    b.add(med_request(rx("cetuximab"), "2025-03-11", status="draft", dose="500 mg/m2 IV q2w"))
    b.add(med_request(txt("mFOLFOX6 (oxaliplatin 85 mg/m2, leucovorin, fluorouracil bolus + 46-h infusion) q2w"),
                      "2025-03-11", status="draft"))
    b.add(ecog("2025-03-04", 1, "int"))
    case(n, "lab3-crc-encorafenib-breakwater-first-line", "colorectal", "supported", "2025-03-11",
         svc_rx("encorafenib"),
         "Untreated BRAF V600E-mutant, pMMR metastatic colon cancer (liver): encorafenib + cetuximab + mFOLFOX6 "
         "first line (BREAKWATER)",
         C_BRAFTOVI, b,
         "mCODE Primary (SNOMED + ICD-10, histology) + Secondary liver; stage 'IVA'; BRAF as text-coded PCR "
         "Observation with LA9633-4 + text; KRAS/NRAS and MMR as text Observations; cetuximab RxNorm and mFOLFOX6 "
         "text MedicationRequest draft; ECOG valueInteger")


def crc_26():
    n = 26
    b = Bundle(n, "male", "1958-07-19")
    prim = b.add(condition(cc(c(ICD, "C18.7", "Malignant neoplasm of sigmoid colon"), COLON), "2024-01-16"))
    b.add(condition(cc(LIVER_MET_ICD), "2024-01-16"))
    b.add(condition(cc(c(ICD, "C78.01", "Secondary malignant neoplasm of right lung")), "2024-01-16"))
    b.add(variant("KRAS", "2024-01-30", present=True, p="p.G12V", c_hgvs="c.35G>T", profile="genomics"))
    for d in ("2024-02-06", "2024-02-20", "2024-03-05", "2024-03-19", "2024-06-11", "2024-09-03",
              "2024-12-10", "2025-03-18"):
        for drug in ("oxaliplatin", "leucovorin", "fluorouracil", "bevacizumab"):
            b.add(med_admin(rx(drug), d, reason=prim))
    b.add(disease_status("2025-04-22", True, focus=prim, note="CT: enlarging liver metastases, new lung nodules"))
    b.add(med_request(rx("irinotecan"), "2025-05-13", status="draft", dose="FOLFIRI: irinotecan 180 mg/m2 q2w"))
    case(n, "lab3-crc-ramucirumab-folfiri-after-folfox-bev", "colorectal", "supported", "2025-05-13",
         SVC_RAMUCIRUMAB,
         "KRAS G12V metastatic sigmoid cancer (liver, lung) progressing on first-line FOLFOX + bevacizumab: "
         "ramucirumab + FOLFIRI",
         C_CYRAMZA, b,
         "service HCPCS J9308; Condition ICD-10 first + SNOMED; metastases ICD-10 only; KRAS Genomics Reporting "
         "one-letter p.G12V + c.35G>T; FOLFOX + bevacizumab MedicationAdministration RxNorm per cycle (leucovorin "
         "coded); CancerDiseaseStatus; irinotecan draft")


def crc_27():
    n = 27
    b = Bundle(n, "female", "1970-11-05")
    prim = b.add(condition(cc(RECTUM, c(ICD, "C20", "Malignant neoplasm of rectum"),
                              text="Rectal adenocarcinoma with liver metastases"), "2024-05-21",
                           stage={"summary": cc(c(AJCC, "IVA", "IVA"), text="Stage IVA")}))
    b.add(med_statement(rx("capecitabine"), ("2024-06-10", "2025-02-10"), status="completed",
                        note="CAPOX q3w x8 (first-line metastatic)"))
    b.add(med_statement(txt("Eloxatin (oxaliplatin) 130 mg/m2 IV q3w"), ("2024-06-10", "2025-01-20"),
                        status="completed"))
    b.add(text_obs("CT chest/abdomen/pelvis", "2025-02-26",
                   "Progressive disease per RECIST 1.1: enlarging and new hepatic metastases", category="imaging"))
    b.add(text_obs("RAS/BRAF", "2024-06-03", "NRAS p.Q61R detected; KRAS and BRAF wild-type"))
    b.add(med_request(rx("irinotecan"), "2025-03-25", status="draft"))
    b.add(med_request(rx("fluorouracil"), "2025-03-25", status="draft"))
    case(n, "lab3-crc-ziv-aflibercept-folfiri-after-capox", "colorectal", "supported", "2025-03-25", SVC_ZIV,
         "Metastatic rectal cancer (liver) progressing after first-line CAPOX: ziv-aflibercept + FOLFIRI",
         C_ZALTRAP, b,
         "service HCPCS J9400; Condition SNOMED + ICD-10 C20 + text with Condition.stage.summary AJCC 'IVA'; "
         "capecitabine MedicationStatement RxNorm, oxaliplatin as brand text 'Eloxatin'; progression as imaging text "
         "Observation; RAS/BRAF combined text; FOLFIRI drafts")


def crc_28():
    n = 28
    b = Bundle(n, "male", "1955-04-14")
    prim = b.add(condition(cc(c(ICD, "C19", "Malignant neoplasm of rectosigmoid junction")), "2025-06-24"))
    b.add(condition(cc(c(ICD, "C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum")),
                    "2025-06-24"))
    b.add(condition(cc(LIVER_MET_ICD), "2025-06-24"))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVC", "IVC")), "2025-07-08", focus=prim))
    b.add(variant("KRAS", "2025-07-10", present=True, p="p.Gly12Asp", c_hgvs="c.35G>A", profile="mcode",
                  source="somatic"))
    for drug in ("oxaliplatin", "leucovorin", "fluorouracil"):
        m = b.add(medication(rx(drug)))
        b.add(med_request(m, "2025-07-29", status="active", note="mFOLFOX6 cycle 1 planned 2025-08-04"))
    case(n, "lab3-crc-bevacizumab-folfox-first-line", "colorectal", "supported", "2025-07-29", svc_rx("bevacizumab"),
         "Untreated KRAS G12D metastatic rectosigmoid cancer (liver, peritoneum; stage IVC): bevacizumab + mFOLFOX6 "
         "first line",
         C_AVASTIN, b,
         "Condition ICD-10-CM only (C19); metastases ICD-10 only; stage 21908-9 'IVC'; KRAS mCODE GenomicVariant "
         "three-letter p.Gly12Asp; FOLFOX MedicationRequest active via Medication resources; service RxNorm "
         "bevacizumab")


def crc_29():
    n = 29
    b = Bundle(n, "female", "1972-09-09")
    prim = b.add(condition(cc(COLON, c(ICD, "C18.0", "Malignant neoplasm of cecum")), "2025-04-28"))
    b.add(condition(cc(LIVER_MET), "2025-04-28"))
    b.add(condition(cc(c(ICD, "C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes")),
                    "2025-04-28"))
    b.add(text_obs("Microsatellite instability (PCR, 5 mononucleotide markers)", "2025-05-09",
                   "MSI-H (4/5 markers unstable)", focus=prim))
    ihc = [b.add(text_obs(f"{g} immunohistochemistry", "2025-05-07", v))
           for g, v in (("MLH1", "Loss of nuclear expression"), ("PMS2", "Loss of nuclear expression"),
                        ("MSH2", "Retained"), ("MSH6", "Retained"))]
    b.add(report(txt("Mismatch repair protein IHC panel"), "2025-05-07", ihc, category="PAT",
                 conclusion="Deficient mismatch repair (MLH1/PMS2 loss); MLH1 promoter hypermethylation pending"))
    b.add(med_request(txt("Yervoy (ipilimumab) 1 mg/kg IV q3w x4"), "2025-06-03", status="draft"))
    case(n, "lab3-crc-nivolumab-ipilimumab-msih-first-line", "colorectal", "supported", "2025-06-03", SVC_NIVO,
         "Untreated MSI-H / dMMR (MLH1/PMS2 loss) metastatic cecal cancer: nivolumab + ipilimumab first line "
         "(CheckMate 8HW)",
         C_OPDIVO, b,
         "service HCPCS J9299; Condition SNOMED + ICD-10; liver met SNOMED only, nodal ICD-10 only; MSI as text-coded "
         "valueString; MMR IHC per-protein text Observations grouped in a pathology DiagnosticReport (v2-0074 PAT); "
         "ipilimumab brand text draft")


def crc_30():
    n = 30
    b = Bundle(n, "male", "1962-12-12")
    prim = b.add(condition(cc(COLON, c(ICD, "C18.6", "Malignant neoplasm of descending colon"),
                              text="Adenocarcinoma of descending colon (left-sided) with liver metastases"),
                           "2025-01-09"))
    refs = [b.add(variant(g, "2025-01-24", present=False, profile="genomics")) for g in ("KRAS", "NRAS", "BRAF")]
    b.add(report(GENOMICS_REPORT, "2025-01-24", refs,
                 conclusion="RAS/BRAF wild-type: no variants in KRAS or NRAS exons 2, 3, 4 or BRAF V600."))
    egfr_ihc(b, "2025-01-20")
    b.add(obs(cc(c(LN, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")),
              "2025-01-20", ("valueCodeableConcept", cc(NOT_DETECTED, text="MSS")), profile=US_CORE_LAB))
    for drug in ("irinotecan", "leucovorin", "fluorouracil"):
        b.add(med_request(rx(drug), "2025-02-18", status="draft"))
    case(n, "lab3-crc-cetuximab-folfiri-ras-wt-first-line", "colorectal", "supported", "2025-02-18",
         svc_rx("cetuximab"),
         "Untreated left-sided metastatic colon cancer, KRAS/NRAS/BRAF wild-type, EGFR-expressing, MSS: "
         "cetuximab + FOLFIRI first line",
         C_ERBITUX, b,
         "Condition SNOMED + ICD-10 + text (metastases only in text); KRAS/NRAS/BRAF Absent Genomics Reporting "
         "variants in DiagnosticReport 51969-4; EGFR IHC text Observation; MSI 81695-9 SNOMED Not detected + 'MSS'; "
         "FOLFIRI drafts RxNorm")


def crc_31():
    n = 31
    b = Bundle(n, "female", "1967-05-30")
    prim = b.add(condition(txt("Sigmoid colon adenocarcinoma, metastatic to liver (left-sided primary)"),
                           "2025-09-02"))
    egfr_ihc(b, "2025-09-12")
    b.add(text_obs("MMR IHC", "2025-09-12", "Intact (pMMR)"))
    b.add(service_request(txt("Solid tumor NGS panel (KRAS, NRAS, BRAF, HER2)"), "2025-09-15",
                          note="Specimen sent to reference lab; result pending"))
    for drug in ("irinotecan", "fluorouracil"):
        b.add(med_request(rx(drug), "2025-10-07", status="draft"))
    case(n, "lab3-crc-cetuximab-ras-untested", "colorectal", "needs-documentation", "2025-10-07",
         svc_rx("cetuximab"),
         "Left-sided metastatic colon cancer, EGFR-expressing, pMMR; RAS status not yet resulted (NGS pending): "
         "cetuximab + FOLFIRI requested",
         C_ERBITUX, b,
         "Condition text only; EGFR IHC and MMR as text Observations; pending NGS as ServiceRequest; FOLFIRI drafts",
         missing=["ras"])


def crc_32():
    n = 32
    b = Bundle(n, "male", "1960-10-01")
    prim = b.add(condition(cc(c(ICD, "C18.4", "Malignant neoplasm of transverse colon")), "2025-11-03"))
    b.add(condition(cc(LIVER_MET_ICD), "2025-11-03"))
    b.add(condition(cc(c(ICD, "C78.02", "Secondary malignant neoplasm of left lung")), "2025-11-03"))
    b.add(text_obs("KRAS/NRAS hotspot PCR panel (exons 2, 3, 4)", "2025-11-14",
                   "No mutation detected. BRAF not included in this panel."))
    b.add(obs(cc(c(LN, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")),
              "2025-11-14", ("valueCodeableConcept", cc(NOT_DETECTED, text="MSS"))))
    b.add(service_request(txt("Plasma ctDNA BRAF V600E"), "2025-11-20", note="Ordered; not resulted"))
    b.add(med_request(rx("cetuximab"), "2025-12-09", status="draft"))
    b.add(med_request(txt("mFOLFOX6"), "2025-12-09", status="draft"))
    case(n, "lab3-crc-encorafenib-braf-untested", "colorectal", "needs-documentation", "2025-12-09",
         svc_rx("encorafenib"),
         "Untreated metastatic transverse colon cancer (liver, lung), KRAS/NRAS wild-type, MSS; BRAF never "
         "resulted: encorafenib + cetuximab + mFOLFOX6 requested",
         C_BRAFTOVI, b,
         "Condition ICD-10-CM only; metastases ICD-10 only; KRAS/NRAS text Observation (BRAF explicitly not covered); "
         "MSI 81695-9 SNOMED Not detected without profile; BRAF ctDNA as ServiceRequest only",
         missing=["braf"])


def crc_33():
    n = 33
    b = Bundle(n, "female", "1975-03-21")
    prim = b.add(condition(cc(COLON), "2025-12-15"))
    b.add(condition(cc(LIVER_MET), "2025-12-15"))
    b.add(procedure(txt("Colonoscopy with biopsy of cecal mass"), "2025-12-12"))
    b.add(service_request(txt("Mismatch repair IHC (MLH1, PMS2, MSH2, MSH6) and MSI PCR"), "2025-12-22",
                          note="Add-on to biopsy block; pending"))
    b.add(ecog("2026-01-06", 1, "la"))
    case(n, "lab3-crc-nivolumab-ipilimumab-msi-pending", "colorectal", "needs-documentation", "2026-01-13",
         SVC_NIVO,
         "Newly diagnosed metastatic cecal adenocarcinoma (liver); MSI / MMR status not resulted: first-line "
         "nivolumab + ipilimumab requested",
         C_OPDIVO, b,
         "service HCPCS J9299; Condition SNOMED only; liver met SNOMED only; colonoscopy text-only Procedure; MMR/MSI "
         "as pending ServiceRequest; ECOG LA9623-5",
         missing=["msi"])


def crc_34():
    n = 34
    b = Bundle(n, "male", "1959-06-26")
    prim = b.add(condition(cc(c(ICD, "C20", "Malignant neoplasm of rectum"), RECTUM), "2025-03-03",
                           profile="mcode-primary-cancer-condition"))
    b.add(condition(cc(c(ICD, "C78.01", "Secondary malignant neoplasm of right lung"),
                       c(ICD, "C78.02", "Secondary malignant neoplasm of left lung")), "2025-03-03",
                    profile="mcode-secondary-cancer-condition", related=prim))
    b.add(variant("NRAS", "2025-03-19", present=True, p="p.Gln61Lys", c_hgvs="c.181C>A", transcript="NM_002524.5",
                  source="somatic", profile="mcode"))
    b.add(variant("KRAS", "2025-03-19", present=False, profile="mcode"))
    b.add(variant("BRAF", "2025-03-19", present=False, profile="mcode"))
    egfr_ihc(b, "2025-03-12")
    for drug in ("irinotecan", "leucovorin", "fluorouracil"):
        b.add(med_request(rx(drug), "2025-04-15", status="draft"))
    case(n, "lab3-crc-cetuximab-nras-q61k", "colorectal", "refer-to-reviewer", "2025-04-15", svc_rx("cetuximab"),
         "Metastatic rectal cancer (lung) with NRAS p.Gln61Lys, KRAS/BRAF wild-type: cetuximab + FOLFIRI requested "
         "first line (label: not indicated for Ras-mutant CRC)",
         C_ERBITUX, b,
         "mCODE Primary (ICD-10 + SNOMED) + Secondary (two ICD-10 codings); NRAS mCODE GenomicVariant three-letter "
         "with transcript c.HGVS; KRAS/BRAF Absent; EGFR IHC text; FOLFIRI drafts")


def crc_35():
    n = 35
    b = Bundle(n, "female", "1966-08-16")
    prim = b.add(condition(cc(COLON, c(ICD, "C18.7", "Malignant neoplasm of sigmoid colon"),
                              text="Metastatic sigmoid adenocarcinoma (liver)"), "2024-08-27"))
    b.add(condition(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2019-01-15",
                    note="Poorly controlled (180/105) at start of chemotherapy; bevacizumab withheld"))
    for d in ("2024-09-10", "2024-09-24", "2024-10-08", "2024-11-05", "2025-01-14", "2025-03-11", "2025-04-22"):
        for drug in ("oxaliplatin", "fluorouracil"):
            b.add(med_admin(rx(drug), d, reason=prim))
        b.add(med_admin(txt("leucovorin 400 mg/m2"), d, reason=prim))
    b.add(disease_status("2025-05-27", True, focus=prim))
    b.add(text_obs("KRAS", "2024-09-03", "p.G13D detected"))
    case(n, "lab3-crc-ramucirumab-no-prior-bevacizumab", "colorectal", "refer-to-reviewer", "2025-06-24",
         SVC_RAMUCIRUMAB,
         "Metastatic sigmoid cancer progressing on first-line FOLFOX given without bevacizumab (withheld for "
         "uncontrolled hypertension): ramucirumab + FOLFIRI requested (label requires prior bevacizumab)",
         C_CYRAMZA, b,
         "service HCPCS J9308; Condition SNOMED + ICD-10 + text; hypertension ICD-10 I10 with note; FOLFOX "
         "MedicationAdministration (oxaliplatin / fluorouracil RxNorm, leucovorin text); CancerDiseaseStatus; "
         "KRAS text")


def crc_36():
    n = 36
    b = Bundle(n, "male", "1971-01-31")
    prim = b.add(condition(cc(COLON, c(ICD, "C18.7", "Malignant neoplasm of sigmoid colon")), "2025-07-14",
                           profile="mcode-primary-cancer-condition", histology=ADENO_MORPH))
    b.add(procedure(cc(c(CPT, "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis")),
                    "2025-08-12", reason=prim))
    b.add(tnm("path", "T", "pT3", "2025-08-19", focus=prim))
    b.add(tnm("path", "N", "pN1b", "2025-08-19", focus=prim))
    b.add(tnm("clinical", "M", "cM0", "2025-07-25", focus=prim))
    b.add(obs(cc(c(LN, "21893-3", "Regional lymph nodes positive [#] Specimen")), "2025-08-19",
              ("valueInteger", 3), category="laboratory", focus=prim))
    b.add(obs(cc(c(LN, "21894-1", "Regional lymph nodes examined [#] Specimen")), "2025-08-19",
              ("valueInteger", 18), category="laboratory", focus=prim))
    b.add(stage_obs("path", cc(c(AJCC, "IIIB", "IIIB"), text="Stage IIIB"), "2025-08-19", focus=prim))
    b.add(text_obs("CT chest/abdomen/pelvis", "2025-07-25", "No evidence of distant metastatic disease",
                   category="imaging"))
    for drug in ("oxaliplatin", "fluorouracil", "leucovorin"):
        b.add(med_request(rx(drug), "2025-09-30", status="draft", note="Adjuvant FOLFOX x 6 months"))
    case(n, "lab3-crc-bevacizumab-adjuvant-stage3b", "colorectal", "refer-to-reviewer", "2025-09-30", SVC_BEV_HC,
         "Resected stage IIIB (pT3 pN1b M0) sigmoid colon cancer: bevacizumab added to adjuvant FOLFOX requested "
         "(label Limitation of Use: not for adjuvant treatment of colon cancer)",
         C_AVASTIN, b,
         "service HCPCS J9035; mCODE PrimaryCancerCondition + histology; colectomy CPT 44204; pathological T/N + "
         "clinical M; node counts 21893-3 / 21894-1 valueInteger; stage 21902-2 'IIIB'; CT text; adjuvant FOLFOX "
         "drafts with note")


for f in (crc_25, crc_26, crc_27, crc_28, crc_29, crc_30, crc_31, crc_32, crc_33, crc_34, crc_35, crc_36):
    f()


# =======================================================================================
# Prostate
# =======================================================================================

PROSTATE = c(SCT, "399068003", "Malignant tumor of prostate")
C61 = c(ICD, "C61", "Malignant neoplasm of prostate")
HRPC_SCT = c(SCT, "427492003", "Hormone refractory prostate cancer")
HRPC_ICD = c(ICD, "Z19.2", "Hormone resistant malignancy status")
HSPC_ICD = c(ICD, "Z19.1", "Hormone sensitive malignancy status")
BONE_MET = c(SCT, "94222008", "Secondary malignant neoplasm of bone")
BONE_MET_ICD = c(ICD, "C79.51", "Secondary malignant neoplasm of bone")

P_NUBEQA = ("FDA label NUBEQA (darolutamide) 1 Indications (rev. 06/2025): adults with non-metastatic "
            "castration-resistant prostate cancer (nmCRPC); metastatic castration-sensitive prostate cancer "
            "(mCSPC); mCSPC in combination with docetaxel; ARANOTE (J Clin Oncol 2024) for mCSPC without "
            "docetaxel")
P_LYNPARZA = ("FDA label LYNPARZA (olaparib) 1 Indications, prostate (rev. 05/2023): in combination with "
              "abiraterone and prednisone or prednisolone, adults with deleterious or suspected deleterious "
              "BRCA-mutated (BRCAm) mCRPC as determined by an FDA-approved companion diagnostic (the single-agent "
              "HRR-mutated indication requires prior enzalutamide or abiraterone, PROfound); PROpel (NEJM "
              "Evidence 2022)")
P_PLUVICTO = ("FDA label PLUVICTO (lutetium Lu 177 vipivotide tetraxetan) 1 Indications (rev. 03/2025): adults "
              "with PSMA-positive mCRPC who have been treated with an androgen receptor pathway inhibitor (ARPI) "
              "and are considered appropriate to delay taxane-based chemotherapy, or who have received prior "
              "taxane-based chemotherapy; selection by PSMA PET; PSMAfore (Lancet 2024), VISION (NEJM 2021)")
P_TAXOTERE = ("FDA label TAXOTERE (docetaxel) 1 Indications, prostate cancer: in combination with prednisone, "
              "metastatic castration-resistant prostate cancer; TAX 327 (NEJM 2004)")
P_MITOX = ("FDA label mitoxantrone injection 1 Indications: in combination with corticosteroids, initial "
           "chemotherapy for patients with pain related to advanced hormone-refractory prostate cancer; "
           "Tannock et al. (J Clin Oncol 1996), CALGB 9182")
P_XTANDI = ("FDA label XTANDI (enzalutamide) 1 Indications (rev. 11/2023): castration-resistant prostate cancer; "
            "metastatic castration-sensitive prostate cancer (mCSPC); non-metastatic castration-sensitive "
            "prostate cancer with biochemical recurrence at high risk for metastasis; ARCHES (J Clin Oncol 2019)")

SVC_LU = svc_hc("A9607", "Lutetium Lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie")


def prostate_37():
    n = 37
    b = Bundle(n, "male", "1954-10-02")
    prim = b.add(condition(cc(PROSTATE, C61), "2025-05-02", profile="mcode-primary-cancer-condition",
                           histology=ADENO_MORPH))
    b.add(condition(cc(BONE_MET), "2025-05-09", profile="mcode-secondary-cancer-condition", related=prim))
    b.add(condition(cc(HSPC_ICD), "2025-06-16"))
    b.add(obs(cc(c(LN, "35266-6", "Gleason score in Specimen Qualitative")), "2025-05-02", ("valueInteger", 8),
              focus=prim, note="Gleason 4+4=8, 10/12 cores"))
    b.add(text_obs("Bone scan (Tc-99m MDP)", "2025-05-09",
                   "Multiple osseous metastases: thoracolumbar spine, pelvis, left 6th rib", category="imaging"))
    b.add(stage_obs("clinical", cc(c(AJCC, "IVB", "IVB")), "2025-05-12", focus=prim))
    b.add(psa("2025-05-01", 86.4))
    b.add(psa("2025-06-16", 11.8))
    b.add(testosterone("2025-06-16", 18))
    b.add(med_admin(rx("leuprolide", text="leuprolide acetate 22.5 mg SC (3-month depot)"), "2025-05-20T14:05:00Z"))
    b.add(text_obs("Medical oncology note", "2025-06-17",
                   "Discussed docetaxel triplet; patient declines chemotherapy. Plan ADT + darolutamide.",
                   category="survey"))
    case(n, "lab3-prostate-darolutamide-aranote-mcspc", "prostate", "supported", "2025-06-24",
         svc_rx("darolutamide"),
         "De novo high-volume metastatic castration-sensitive prostate cancer (bone) on leuprolide, declines "
         "docetaxel: darolutamide without docetaxel (ARANOTE)",
         P_NUBEQA, b,
         "mCODE Primary (SNOMED + ICD-10, histology) + Secondary bone; castration-sensitive as ICD-10 Z19.1; Gleason "
         "35266-6 valueInteger; bone scan text; stage 'IVB'; PSA 2857-1 series; testosterone 2986-8; leuprolide "
         "MedicationAdministration RxNorm with UTC time; oncology note text")


def prostate_38():
    n = 38
    b = Bundle(n, "male", "1950-03-08")
    prim = b.add(condition(cc(PROSTATE), "2021-11-10"))
    b.add(condition(cc(HRPC_ICD), "2025-07-22"))
    b.add(condition(cc(BONE_MET), "2021-11-10"))
    b.add(variant("BRCA2", "2025-07-30", present=True, p="p.Ser1982ArgfsTer22", c_hgvs="c.5946del",
                  transcript="NM_000059.4", source="germline", significance=True, profile="mcode"))
    for d, v in (("2025-03-04", 4.1), ("2025-05-06", 8.7), ("2025-07-15", 17.9)):
        b.add(psa(d, v))
    b.add(testosterone("2025-07-15", 15))
    b.add(med_statement(rx("leuprolide"), ("2021-11-20", "2025-08-19"), status="active"))
    b.add(med_request(rx("abiraterone"), "2025-08-19", status="draft", dose="1000 mg PO daily"))
    b.add(med_request(txt("prednisone 5 mg PO BID"), "2025-08-19", status="draft"))
    case(n, "lab3-prostate-olaparib-abiraterone-gbrca2-mcrpc", "prostate", "supported", "2025-08-19",
         svc_rx("olaparib"),
         "First-line mCRPC (bone) with a germline BRCA2 frameshift (c.5946del), rising PSA on leuprolide with "
         "castrate testosterone: olaparib + abiraterone + prednisone (PROpel)",
         P_LYNPARZA, b,
         "Condition SNOMED only; castration resistance ICD-10 Z19.2 only; bone met SNOMED; BRCA2 mCODE GenomicVariant "
         "three-letter frameshift + transcript c.HGVS, germline LA6683-2, pathogenic LA6668-3; PSA series + "
         "testosterone; leuprolide MedicationStatement active; abiraterone RxNorm / prednisone text drafts")


def prostate_39():
    n = 39
    b = Bundle(n, "male", "1948-12-24")
    prim = b.add(condition(cc(C61), "2019-06-04"))
    b.add(condition(cc(HRPC_SCT), "2025-05-13"))
    b.add(med_statement(rx("enzalutamide"), ("2022-03-01", "2025-05-13"), status="stopped",
                        note="Stopped for PSA and radiographic progression"))
    b.add(med_statement(rx("leuprolide"), ("2019-07-01", "2025-07-08"), status="active"))
    b.add(testosterone("2025-05-13", 12))
    b.add(psa("2025-05-13", 24.6))
    b.add(text_obs("PSMA PET/CT (Ga 68 gozetotide, Locametz)", "2025-06-10",
                   cc(POS, text="PSMA-positive: multiple osseous and retroperitoneal nodal lesions, SUVmax 24; no "
                                "PSMA-negative measurable lesion"), category="imaging"))
    b.add(text_obs("GU oncology note", "2025-06-24",
                   "Taxane-naive. Considered appropriate to delay taxane-based chemotherapy (patient preference, "
                   "ECOG 1). Plan 177Lu-PSMA-617 q6w x6.", category="survey"))
    case(n, "lab3-prostate-lu177-psmafore-after-enzalutamide", "prostate", "supported", "2025-07-08", SVC_LU,
         "PSMA-positive mCRPC progressing on enzalutamide, taxane-naive and appropriate to delay chemotherapy: "
         "lutetium Lu 177 vipivotide tetraxetan (PSMAfore)",
         P_PLUVICTO, b,
         "service HCPCS A9607; Condition ICD-10-CM only; castration resistance SNOMED 427492003 only; enzalutamide "
         "MedicationStatement stopped RxNorm; PSMA PET text-coded with SNOMED Positive + text; oncology note "
         "documents taxane deferral")


def prostate_40():
    n = 40
    b = Bundle(n, "male", "1956-02-18")
    prim = b.add(condition(cc(PROSTATE, C61, text="Metastatic castration-resistant prostate adenocarcinoma "
                                                  "(bone, retroperitoneal nodes)"), "2020-09-14"))
    b.add(stage_obs("clinical", cc(SCT_STAGE["4"], text="IVB"), "2020-09-30", profile=False))
    b.add(med_statement(txt("Eligard 45 mg SC every 6 months"), ("2020-10-01", "2025-05-20"), status="active"))
    b.add(med_statement(rx("abiraterone"), ("2023-02-01", "2025-04-15"), status="stopped",
                        note="With prednisone; stopped for progression"))
    for d, v in (("2025-01-14", 9.2), ("2025-03-11", 15.6), ("2025-04-15", 27.3)):
        b.add(psa(d, v))
    b.add(testosterone("2025-04-15", 11))
    b.add(med_request(txt("prednisone 5 mg PO BID"), "2025-05-20", status="draft"))
    b.add(ecog("2025-05-13", 1, "int"))
    case(n, "lab3-prostate-docetaxel-prednisone-mcrpc", "prostate", "supported", "2025-05-20", svc_rx("docetaxel"),
         "mCRPC (bone, nodes) progressing on abiraterone with castrate testosterone: docetaxel + prednisone",
         P_TAXOTERE, b,
         "Condition SNOMED + ICD-10 + text ('castration-resistant' only in text); stage 21908-9 SNOMED 258228008 with "
         "text 'IVB'; ADT brand text MedicationStatement; abiraterone MedicationStatement stopped; PSA series + "
         "testosterone (castration resistance from labs); prednisone text draft; ECOG valueInteger")


def prostate_41():
    n = 41
    b = Bundle(n, "male", "1941-07-29")
    prim = b.add(condition(cc(C61, PROSTATE), "2016-02-02"))
    b.add(condition(cc(HRPC_SCT, HRPC_ICD), "2023-10-10"))
    b.add(condition(cc(BONE_MET_ICD), "2023-10-10"))
    b.add(condition(cc(c(ICD, "G89.3", "Neoplasm related pain (acute) (chronic)"),
                       text="Cancer-related bone pain (lumbar spine, pelvis)"), "2025-02-20"))
    b.add(med_statement(txt("OxyContin (oxycodone ER) 20 mg PO q12h"), ("2025-02-24", "2025-04-08"),
                        status="active"))
    b.add(med_statement(rx("enzalutamide"), ("2023-10-20", "2025-02-10"), status="stopped"))
    b.add(med_statement(rx("leuprolide"), ("2016-03-01", "2025-04-08"), status="active"))
    b.add(text_obs("GU oncology note", "2025-04-01",
                   "Chemotherapy-naive. Not a docetaxel candidate (baseline grade 2 neuropathy, frailty). Plan "
                   "mitoxantrone 12 mg/m2 q3w with prednisone for palliation of bone pain.", category="survey"))
    b.add(ecog("2025-04-01", 2, "la"))
    case(n, "lab3-prostate-mitoxantrone-painful-hrpc", "prostate", "supported", "2025-04-08",
         svc_rx("mitoxantrone"),
         "Chemotherapy-naive hormone-refractory metastatic prostate cancer with opioid-requiring bone pain, not a "
         "docetaxel candidate: mitoxantrone + prednisone as initial chemotherapy",
         P_MITOX, b,
         "Condition ICD-10 + SNOMED; HRPC SNOMED + ICD-10 in one Condition; bone met ICD-10 only; pain ICD-10 G89.3 + "
         "text; opioid brand text MedicationStatement; enzalutamide / leuprolide RxNorm; oncology note text; ECOG "
         "LA9624-3")


def prostate_42():
    n = 42
    b = Bundle(n, "male", "1959-04-11")
    prim = b.add(condition(txt("Prostate adenocarcinoma metastatic to bone and retroperitoneal nodes, "
                               "hormone-sensitive"), "2025-10-01"))
    b.add(procedure(cc(c(CPT, "54520", "Orchiectomy, simple (including subcapsular), with or without testicular "
                                      "prosthesis, scrotal or inguinal approach"), text="Bilateral orchiectomy"),
                    "2025-10-21"))
    b.add(text_obs("Whole-body bone scan", "2025-10-06", "Uptake in T9, L2, right iliac bone consistent with "
                                                         "metastases", category="imaging"))
    b.add(psa("2025-09-29", 54.0))
    b.add(psa("2025-11-18", 6.1))
    b.add(testosterone("2025-11-18", 9))
    case(n, "lab3-prostate-enzalutamide-arches-mcspc", "prostate", "supported", "2025-11-25",
         svc_rx("enzalutamide"),
         "Metastatic castration-sensitive prostate cancer (bone, nodes) after bilateral orchiectomy: enzalutamide "
         "(ARCHES)",
         P_XTANDI, b,
         "Condition text only ('hormone-sensitive' in text); orchiectomy CPT 54520 + text; bone scan text; PSA "
         "series; testosterone")


def prostate_43():
    n = 43
    b = Bundle(n, "male", "1952-08-30")
    prim = b.add(condition(cc(C61), "2020-04-14"))
    b.add(condition(cc(HRPC_ICD), "2025-08-12"))
    b.add(condition(cc(BONE_MET_ICD), "2025-08-05"))
    for d, v in (("2025-04-08", 3.3), ("2025-06-10", 7.4), ("2025-08-12", 14.8)):
        b.add(psa(d, v))
    b.add(testosterone("2025-08-12", 14))
    b.add(med_statement(txt("Firmagon (degarelix) 80 mg SC monthly"), ("2020-05-01", "2025-09-09"),
                        status="active"))
    b.add(med_request(rx("abiraterone"), "2025-09-09", status="draft"))
    case(n, "lab3-prostate-olaparib-abiraterone-brca-untested", "prostate", "needs-documentation", "2025-09-09",
         svc_rx("olaparib"),
         "First-line mCRPC (new bone metastases) on degarelix; no germline or tumor BRCA testing in the record: "
         "olaparib + abiraterone requested",
         P_LYNPARZA, b,
         "Condition ICD-10-CM only; Z19.2; bone met ICD-10; PSA series + testosterone; degarelix brand text "
         "MedicationStatement; abiraterone draft; no genomic Observation",
         missing=["brca"])


def prostate_44():
    n = 44
    b = Bundle(n, "male", "1949-01-19")
    prim = b.add(condition(cc(PROSTATE, C61), "2018-05-22"))
    b.add(condition(txt("mCRPC"), "2025-08-26"))
    b.add(med_statement(rx("abiraterone"), ("2022-01-10", "2025-08-26"), status="stopped",
                        note="Progression: PSA rise and new bone lesions"))
    b.add(procedure(cc(c(CPT, "78306", "Bone and/or joint imaging; whole body")), "2025-08-19"))
    b.add(text_obs("Bone scan impression", "2025-08-19", "Multiple new osseous metastases", category="imaging"))
    b.add(testosterone("2025-08-26", 16))
    b.add(text_obs("GU oncology note", "2025-09-30",
                   "Taxane-naive; appropriate to delay taxane chemotherapy. Candidate for 177Lu-PSMA-617 pending PSMA PET.",
                   category="survey"))
    b.add(service_request(txt("PSMA PET/CT (Ga 68 gozetotide)"), "2025-09-30", note="Scheduled; not performed"))
    case(n, "lab3-prostate-lu177-psma-pet-not-done", "prostate", "needs-documentation", "2025-10-21", SVC_LU,
         "mCRPC progressing on abiraterone, taxane-naive and appropriate to delay chemotherapy; PSMA PET never "
         "performed: lutetium Lu 177 vipivotide tetraxetan requested",
         P_PLUVICTO, b,
         "service HCPCS A9607; Condition SNOMED + ICD-10; castration resistance as text-only Condition 'mCRPC'; "
         "abiraterone MedicationStatement stopped; bone scan CPT 78306 + impression text; PSMA PET only as "
         "ServiceRequest",
         missing=["psma"])


def prostate_45():
    n = 45
    b = Bundle(n, "male", "1957-11-13")
    prim = b.add(condition(cc(PROSTATE, C61), "2026-01-05"))
    b.add(obs(cc(c(LN, "35266-6", "Gleason score in Specimen Qualitative")), "2026-01-05", ("valueString", "4+5=9"),
              focus=prim))
    b.add(psa("2025-12-18", 48.2))
    b.add(med_admin(rx("leuprolide"), "2026-01-12"))
    b.add(condition(cc(HSPC_ICD), "2026-01-12"))
    b.add(service_request(txt("PSMA PET/CT for initial staging"), "2026-01-08", note="Scheduled 2026-02-12"))
    case(n, "lab3-prostate-darolutamide-metastasis-undocumented", "prostate", "needs-documentation", "2026-02-03",
         svc_rx("darolutamide"),
         "Newly diagnosed Gleason 9 castration-sensitive prostate cancer, PSA 48, ADT started; no staging imaging "
         "or metastatic status in the record: darolutamide requested",
         P_NUBEQA, b,
         "Condition SNOMED + ICD-10, no stage; Gleason 35266-6 valueString '4+5=9'; single PSA; leuprolide "
         "MedicationAdministration date-only; Z19.1; staging PSMA PET as ServiceRequest only",
         missing=["stage"])


def prostate_46():
    n = 46
    b = Bundle(n, "male", "1951-05-05")
    prim = b.add(condition(cc(PROSTATE, C61), "2021-02-09", profile="mcode-primary-cancer-condition"))
    b.add(condition(cc(HRPC_SCT, HRPC_ICD), "2025-07-01"))
    b.add(condition(cc(BONE_MET, BONE_MET_ICD), "2021-02-20", profile="mcode-secondary-cancer-condition",
                    related=prim))
    b.add(med_statement(rx("leuprolide"), ("2021-03-01", "2025-08-26"), status="active"))
    b.add(med_statement(txt("bicalutamide 50 mg daily (flare protection, 4 weeks)"), ("2021-02-22", "2021-03-22"),
                        status="completed"))
    b.add(psa("2025-07-01", 12.9))
    b.add(testosterone("2025-07-01", 10))
    b.add(text_obs("PSMA PET/CT (F-18 piflufolastat)", "2025-07-29",
                   cc(POS, text="PSMA-avid osseous metastases (spine, pelvis)"), category="imaging"))
    case(n, "lab3-prostate-lu177-arpi-naive", "prostate", "refer-to-reviewer", "2025-08-26", SVC_LU,
         "PSMA-positive mCRPC after ADT alone (leuprolide, short bicalutamide flare cover); never treated with an "
         "ARPI or a taxane: lutetium Lu 177 vipivotide tetraxetan requested",
         P_PLUVICTO, b,
         "service HCPCS A9607; mCODE Primary + Secondary (bone, SNOMED + ICD-10); HRPC SNOMED + ICD-10; leuprolide "
         "RxNorm and bicalutamide text MedicationStatements; PSA + testosterone; PSMA PET SNOMED Positive + text")


def prostate_47():
    n = 47
    b = Bundle(n, "male", "1960-06-21")
    prim = b.add(condition(cc(C61, PROSTATE), "2020-11-03"))
    b.add(procedure(cc(c(CPT, "55866", "Laparoscopy, surgical prostatectomy, retropubic radical, including nerve "
                                      "sparing, includes robotic assistance, when performed")), "2021-01-12",
                    reason=prim))
    b.add(condition(cc(c(ICD, "R97.21", "Rising PSA following treatment for malignant neoplasm of prostate")),
                    "2025-06-03"))
    for d, v in (("2025-06-03", 0.21), ("2025-09-02", 0.48), ("2025-12-02", 0.91)):
        b.add(psa(d, v))
    b.add(testosterone("2025-12-02", 420))
    b.add(text_obs("PSMA PET/CT (Ga 68 gozetotide)", "2025-11-20",
                   cc(NEG, text="No PSMA-avid local, nodal or distant disease"), category="imaging"))
    b.add(tnm("clinical", "M", "cM0", "2025-11-20", focus=prim))
    case(n, "lab3-prostate-darolutamide-nmcspc-bcr", "prostate", "refer-to-reviewer", "2025-12-16",
         svc_rx("darolutamide"),
         "Biochemical recurrence after prostatectomy (PSA 0.91, PSADT ~3 months), negative PSMA PET, "
         "non-castrate testosterone, no ADT: darolutamide requested (label covers nmCRPC and mCSPC only)",
         P_NUBEQA, b,
         "Condition ICD-10 + SNOMED; robotic prostatectomy CPT 55866; rising PSA ICD-10 R97.21; PSA series; "
         "testosterone 420 ng/dL; PSMA PET SNOMED Negative + text; cM0 21907-1")


def prostate_48():
    n = 48
    b = Bundle(n, "male", "1947-09-15")
    prim = b.add(condition(cc(PROSTATE, C61), "2019-08-27", profile="mcode-primary-cancer-condition",
                           histology=ADENO_MORPH))
    b.add(condition(cc(HRPC_SCT, HRPC_ICD), "2025-04-29"))
    b.add(condition(cc(BONE_MET), "2025-04-22", profile="mcode-secondary-cancer-condition", related=prim))
    atm = b.add(variant("ATM", "2025-05-20", present=True, p="p.Arg2443Ter", c_hgvs="c.7327C>T",
                        transcript="NM_000051.4", source="somatic", significance=True, profile="mcode"))
    b1 = b.add(variant("BRCA1", "2025-05-20", present=False, profile="mcode"))
    b2 = b.add(variant("BRCA2", "2025-05-20", present=False, profile="mcode"))
    b.add(report(GENOMICS_REPORT, "2025-05-20", [atm, b1, b2],
                 conclusion="Tumor NGS (prostate biopsy): ATM p.Arg2443Ter (pathogenic). No BRCA1 or BRCA2 "
                            "alteration detected."))
    b.add(med_statement(rx("leuprolide"), ("2019-09-15", "2025-06-10"), status="active"))
    b.add(psa("2025-04-29", 22.4))
    b.add(testosterone("2025-04-29", 13))
    b.add(med_request(rx("abiraterone"), "2025-06-10", status="draft"))
    case(n, "lab3-prostate-olaparib-abiraterone-atm-only", "prostate", "refer-to-reviewer", "2025-06-10",
         svc_rx("olaparib"),
         "First-line mCRPC with a somatic ATM nonsense variant and no BRCA1/2 alteration, ARPI-naive: olaparib + "
         "abiraterone requested (PROpel label restricted to BRCAm)",
         P_LYNPARZA, b,
         "mCODE Primary + Secondary; HRPC SNOMED + ICD-10; DiagnosticReport 51969-4 grouping ATM Present (three-letter "
         "HGVS, somatic, pathogenic) and BRCA1/BRCA2 Absent mCODE variants; leuprolide MedicationStatement active; "
         "PSA + testosterone; abiraterone draft")


for f in (prostate_37, prostate_38, prostate_39, prostate_40, prostate_41, prostate_42, prostate_43, prostate_44,
          prostate_45, prostate_46, prostate_47, prostate_48):
    f()


# =======================================================================================
# Output
# =======================================================================================

HC_NAMES = {"J9358": "fam-trastuzumab deruxtecan", "J9179": "eribulin", "J9271": "pembrolizumab",
            "J9119": "cemiplimab", "J9295": "necitumumab", "J9173": "durvalumab", "J9308": "ramucirumab",
            "J9400": "ziv-aflibercept", "J9035": "bevacizumab", "J9299": "nivolumab",
            "A9607": "lutetium Lu 177 vipivotide tetraxetan"}
ORDER = ["breast", "nsclc", "colorectal", "prostate"]
OUTCOMES = ["supported", "needs-documentation", "refer-to-reviewer"]


def service_label(s):
    if s["system"] == RXN:
        return f"{s['display']} (RxNorm {s['code']})"
    return f"{HC_NAMES[s['code']]} (HCPCS {s['code']})"


def basis_label(basis):
    head = basis.split(":")[0]
    return head.replace("FDA labels ", "").replace("FDA label ", "")


README_HEAD = """# Label-based medical-necessity cases, held-out set 3

Written by `scripts/gen-label-cases-3.py` (stdlib Python, deterministic, no network); do not edit
`label-cases-3.json` or this file by hand. Same top-level schema as `label-cases-2.json`
(`{"cases": [...]}`, per case `id`, `cancer`, `description`, `basis`, `date`, `service`, `expected`,
`expected_missing` for needs-documentation cases, `bundle`); patients `lab3-<n>`.

## How it was written

Held out: written without reading the engine (`src/`), the pathway files (`pathways/`), the crates,
`cases.json` or the other generators (apart from the first five docstring lines of
`gen-label-cases-2.py`, seen by accident); only the two earlier README files and the first case of
`label-cases-2.json` (for the schema) were read. Every expected answer comes from section 1
(Indications and Usage) of the requested drug's current US label, checked against stored copies of
openFDA label records, FDA / manufacturer approval notices and payer policies (wording and dates
are in each case's `basis`), and from the pivotal trial named there. Drugs and situations differ
from sets 1 and 2: HER2-positive / HER2-ultralow trastuzumab deruxtecan, neratinib + capecitabine,
lapatinib + capecitabine, eribulin, KEYNOTE-522 / KEYNOTE-355 pembrolizumab, talazoparib in breast;
cemiplimab, KEYNOTE-671 perioperative pembrolizumab, necitumumab, HER2-mutant NSCLC trastuzumab
deruxtecan, AEGEAN / POSEIDON durvalumab, encorafenib + binimetinib in NSCLC; BREAKWATER encorafenib,
ramucirumab and ziv-aflibercept with FOLFIRI, bevacizumab (first line and adjuvant), first-line
nivolumab + ipilimumab, cetuximab + FOLFIRI in colorectal; ARANOTE darolutamide, PROpel olaparib +
abiraterone, PSMAfore lutetium-177, docetaxel, mitoxantrone and ARCHES enzalutamide in prostate.

Expected values: `supported` = the record documents what the label gate needs;
`needs-documentation` = one gate fact is simply absent (not tested, not resulted, not recorded;
`expected_missing` names it in plain words, an engine may list more); `refer-to-reviewer` = the
record contradicts the gate (wrong biomarker, wrong line, too few prior regimens, stage not matching,
germline vs somatic, a Limitation of Use) or the drug is not indicated in that setting.

Every record is internally consistent (diagnosis before therapy before request; request dates in
2025-2026, after the approval the case relies on); all references resolve inside the bundle;
every resource (and every contained resource) has `resourceType` and `id`.
"""

README_TAIL = """
## Encodings used (across the set)

- **Bundles**: `collection` (most) and `transaction` (2 cases, entries with `request` POST);
  `urn:uuid:` fullUrls (uuid5, stable between runs).
- **Conditions**: SNOMED only, ICD-10-CM only, both, both + `code.text`, text only; mCODE
  PrimaryCancerCondition (histology-morphology-behavior extension 82711006 / 35917007, bodySite
  left/right breast) and SecondaryCancerCondition (related-primary extension); `Condition.stage.summary`
  (AJCC code or text only); `category` encounter-diagnosis or problem-list-item; onset at day or month
  precision; status diagnoses ICD-10-CM Z17.0 / Z17.1 (ER+/ER-), Z19.1 / Z19.2 (hormone sensitive /
  resistant), SNOMED 427492003 (HRPC), R97.21 (rising PSA), G89.3 (cancer pain), I10, J91.0
  (malignant pleural effusion); metastases as SNOMED 94222008 / 94381002 / 94225005 or ICD-10-CM
  C79.51, C78.7, C78.01/.02, C79.31, C79.72, C78.6, C77.2, or only in condition text; castration
  resistance also as the bare text "mCRPC" or only in condition text.
- **Stage**: 21908-9 / 21902-2 with `cancerstaging.org` roman (IIB, IIIA, IIIB, IVA, IVB, IVC, IA2) or
  numeric-style (2B, 4B) codes, or SNOMED stage qualifiers (258228008) with text; with and without
  mCODE profiles; clinical and pathological T/N/M categories (cT1b...cM0, pT3, pN1b); tumor size
  21889-1 in cm or mm; node counts 21893-3 / 21894-1 valueInteger; several records have no stage at
  all (stage only in text, or absent by design).
- **Breast markers**: ER/PR 85337-4 / 85339-0 (LOINC answers LA6576-8 / LA6577-6, or valueString with
  %), 16112-5 / 16113-3 valueQuantity 0 %, text-coded ER/PR; HER2 IHC 85319-2 with LA6111-4 / LA11841-6
  / LA11842-4 / LA11843-2 or valueString "0", HER2-ultralow as LA6111-4 plus text; HER2 FISH 85318-4
  (SNOMED Positive, LA6576-8, or valueString ratio); HER2 interpretation 48676-1; menstrual status 8678-5.
- **Other markers**: PD-L1 22C3 as LOINC 85147-7 valueString, or text-coded with valueQuantity % or
  `{score}` (CPS); MSI 81695-9 SNOMED 260415000 + "MSS", MSI as text ("MSI-H (4/5 markers unstable)"),
  MMR IHC per protein grouped in a pathology DiagnosticReport; EGFR IHC text; Gleason 35266-6
  valueInteger or valueString "4+5=9"; PSA 2857-1 series; testosterone 2986-8; PSMA PET as a text-coded
  imaging Observation with SNOMED Positive / Negative + text.
- **Genomics**: Genomics Reporting `variant` and mCODE `mcode-genomic-variant` (69548-6, LA9633-4 /
  LA9634-2, category laboratory + v2-0074 GE); 48018-6 with HGNC ids (EGFR 3236, ALK 427, ROS1 10261,
  KRAS 6407, NRAS 7989, BRAF 1097, ERBB2 3430, BRCA1 1100, BRCA2 1101, ATM 795); 48005-3 one-letter
  (p.V600E, p.G12V) and three-letter (p.Glu746_Ala750del, p.Tyr772_Ala775dup, p.Gly12Asp, p.Gln61Lys,
  p.Arg2520Ter, p.Ser1982ArgfsTer22, p.Arg2443Ter); 48004-6 with and without transcript
  (NM_005228.5:c.2235_2249del, c.1799T>A); 81252-9 text; 48002-0 LA6683-2 / LA6684-0; 53037-8
  LA6668-3; method text; DiagnosticReport 51969-4 grouping; biomarkers also as plain text
  Observations ("BRAF V600E DETECTED", "KRAS/NRAS exons 2-4: no mutation detected").
- **Performance status**: 89247-1 valueInteger or LA9622-7 / LA9623-5 / LA9624-3.
- **Therapy**: MedicationAdministration per cycle (date-only, dateTime with offset, UTC), RxNorm
  ingredient or text; MedicationRequest completed / stopped / active / draft; MedicationStatement
  completed / stopped / active (open period); `medicationReference` to bundle Medication resources
  and to contained Medications (`#m1`); brand-only text (Herceptin/Perjeta/Taxotere, Kadcyla,
  Enhertu, Eloxatin, Eligard, Firmagon, Mektovi, Imjudo, Yervoy, OxyContin); a chemotherapy course as
  a text-only Procedure with performedPeriod; pending tests / referrals as ServiceRequest.
- **Procedures**: CPT 19301, 39402, 44204, 54520, 55866, 78306; text-only procedures (core biopsy,
  lumpectomy, CT-guided lung biopsy, colonoscopy).
- **Free text**: tumor board / oncology notes as text-coded survey Observations (resectability,
  taxane deferral, "single agent" plan, docetaxel ineligibility).
- **Service**: RxNorm ingredient RXCUI (neratinib, lapatinib, talazoparib, pembrolizumab, encorafenib,
  bevacizumab, cetuximab, darolutamide, olaparib, docetaxel, mitoxantrone, enzalutamide) or HCPCS
  (J9358, J9179, J9271, J9119, J9295, J9173, J9308, J9400, J9035, J9299, A9607).

## Code provenance and facts not fully verified

- RxNorm ingredients confirmed in stored public sources: lapatinib 480167, capecitabine 194000,
  cetuximab 318341, tamoxifen 10324 and the chemotherapy ingredients (CPIC drug table); encorafenib
  2049106 and cetuximab 318341 (VICC metakb normaliser fixtures); neratinib 1940643, pembrolizumab
  1547545, palbociclib 1601374, olaparib 1597582, talazoparib 2099704, docetaxel 72962, mitoxantrone
  7005, paclitaxel 56946, doxorubicin 3639, trastuzumab 224905, pertuzumab 1298944, bevacizumab 253337,
  letrozole 72965, fulvestrant 282357, leuprolide 42375 (an RxNorm-to-SNOMED table in a public
  trial-matching app).
- Not re-confirmed here, taken from sets 1/2: darolutamide 2180325, enzalutamide 1307298,
  abiraterone 1100072, durvalumab HCPCS J9173, lutetium-177 HCPCS A9607.
- HCPCS J9400 (ziv-aflibercept) was found only in a payer-policy style table, not on a CMS / HCPCS
  code page. Abemaciclib, adagrasib, brigatinib, tepotinib, pralsetinib, apalutamide and niraparib
  were not used because their ingredient RXCUIs could not be confirmed (one public table even gave
  abemaciclib's RXCUI to ziv-aflibercept).
- PD-L1: the HL7 Genomics Reporting IG example uses LOINC 85147-7 ("PD-L1 by clone 22C3 in Tissue by
  Immune stain Report"); 85147-9, used in sets 1 and 2, fails the LOINC mod-10 check digit.
- Label changes relied on: ENHERTU first line with pertuzumab (12/2025) and HER2-ultralow (01/2025);
  NUBEQA mCSPC without docetaxel (06/2025); PLUVICTO PSMAfore (03/2025); OPDIVO + YERVOY first-line
  MSI-H/dMMR CRC (04/2025); BRAFTOVI BREAKWATER (accelerated 12/2024, traditional 02/2026 with
  "fluorouracil-based chemotherapy"). No evidence of a PLUVICTO mHSPC (PSMAddition) approval was found.

## Known judgement calls

- `lab3-breast-tdxd-her2-ultralow-after-endocrine`: HER2 is coded LA6111-4 ("0") and only the text
  says "ultralow ... membrane staining"; an engine that reads the code alone will see HER2 0.
- `lab3-crc-cetuximab-ras-untested`: the ERBITUX Limitation of Use says "not indicated ... when the
  results of the Ras mutation tests are unknown"; by this set's contract an untested gate fact is
  needs-documentation (`ras`), not refer.
- `lab3-nsclc-cemiplimab-ros1-untested`: the record says "single agent"; the chemotherapy combination
  (EMPOWER-Lung 3) also requires no EGFR/ALK/ROS1 aberration, so ROS1 is missing either way.
- `lab3-nsclc-pembro-kn671-stage1a2`: neither KEYNOTE-671 (>= 4 cm or N+) nor KEYNOTE-091 adjuvant
  (stage IB >= 4 cm to IIIA, after resection and chemotherapy) fits a 1.8 cm N0 tumor.
- `lab3-nsclc-necitumumab-adenocarcinoma`, `lab3-crc-bevacizumab-adjuvant-stage3b`: refer rests on a
  label Limitation of Use.
- `lab3-breast-eribulin-first-line-metastatic`, `lab3-breast-neratinib-cape-one-prior-her2-regimen`,
  `lab3-crc-ramucirumab-no-prior-bevacizumab`, `lab3-prostate-lu177-arpi-naive`: refer rests on
  prior therapy that the record shows was not given (the record documents the whole course, with a
  reason where a drug was withheld); an engine cannot always tell "not given" from "not recorded".
- `lab3-breast-talazoparib-somatic-brca2-germline-negative`: TALZENNA needs a germline BRCA mutation;
  a somatic variant with a negative germline panel is a contradiction, not a gap.
- `lab3-prostate-olaparib-abiraterone-atm-only`: the single-agent HRR route (PROfound, includes ATM)
  needs prior enzalutamide or abiraterone; the patient is ARPI-naive, so neither route fits.
- `lab3-prostate-darolutamide-nmcspc-bcr`: high-risk biochemical recurrence is labelled for
  enzalutamide (EMBARK), not darolutamide.
- `lab3-prostate-darolutamide-metastasis-undocumented`, `lab3-breast-pembro-kn522-stage-missing`,
  `lab3-nsclc-pembro-kn671-size-nodes-missing`: the missing fact is named `stage` (extent / size /
  nodes / metastasis).
- `lab3-prostate-mitoxantrone-painful-hrpc`: "initial chemotherapy ... pain": the record shows no
  prior chemotherapy and opioid-requiring cancer pain.
- `lab3-prostate-docetaxel-prednisone-mcrpc`, `lab3-prostate-lu177-psma-pet-not-done`: castration
  resistance only from labs + condition text, or the bare text "mCRPC".
- `lab3-crc-ziv-aflibercept-folfiri-after-capox` carries an NRAS mutation and
  `lab3-breast-eribulin-first-line-metastatic` a PD-L1 CPS of 3: both irrelevant to the gate.
"""


def write_md(cases):
    out = [README_HEAD, "## Counts\n",
           "| cancer | supported | needs-documentation | refer-to-reviewer | total |",
           "|---|---|---|---|---|"]
    tot = {o: 0 for o in OUTCOMES}
    for cancer in ORDER:
        row = [sum(1 for d, _ in cases if d["cancer"] == cancer and d["expected"] == o) for o in OUTCOMES]
        for o, v in zip(OUTCOMES, row):
            tot[o] += v
        out.append(f"| {cancer} | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    out.append(f"| all | {tot['supported']} | {tot['needs-documentation']} | {tot['refer-to-reviewer']} | "
               f"{sum(tot.values())} |")
    for cancer in ORDER:
        for o in OUTCOMES:
            out.append(f"\n### {cancer} / {o}\n")
            out.append("| id | service | missing | label basis | encodings |")
            out.append("|---|---|---|---|---|")
            for d, enc in cases:
                if d["cancer"] != cancer or d["expected"] != o:
                    continue
                miss = ", ".join(d.get("expected_missing", []))
                out.append(f"| `{d['id']}` | {service_label(d['service'])} | {miss} | "
                           f"{basis_label(d['basis'])} | {enc} |")
    out.append(README_TAIL)
    return "\n".join(out)


def main():
    cases = CASES
    ids = [d["id"] for d, _ in cases]
    assert len(cases) == 48 and len(set(ids)) == 48, "48 unique cases expected"
    data = {"cases": [d for d, _ in cases]}
    OUT_JSON.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    OUT_MD.write_text(write_md(cases))
    print(f"wrote {OUT_JSON.relative_to(ROOT)} ({len(cases)} cases) and {OUT_MD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
