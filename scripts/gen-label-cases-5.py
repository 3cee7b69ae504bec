#!/usr/bin/env python3
"""Generate the held-out necessity evaluation set label-cases-5 (40 cases).

Written from FDA label section 1 (Indications and Usage) text and the pivotal
trials only. Deterministic: all ids are uuid5 from a fixed namespace; no
randomness and no network access. Stdlib only.

Usage: python3 scripts/gen-label-cases-5.py
"""
import json
import os
import re
import uuid

NS = uuid.UUID("5c0f6a3e-8d21-4b57-a9e4-1f3b7c2d9e55")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "necessity")

LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
AJCC = "http://cancerstaging.org"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
MCODE_PCC = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition"
MCODE_SEC = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition"
MCODE_TMR = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-marker-test"
GEN_VAR = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"


def cc(system=None, code=None, display=None, text=None, extra=None):
    c = {}
    codings = []
    if system:
        d = {"system": system, "code": code}
        if display:
            d["display"] = display
        codings.append(d)
    for (s, k, dsp) in extra or []:
        codings.append({"system": s, "code": k, "display": dsp})
    if codings:
        c["coding"] = codings
    if text:
        c["text"] = text
    return c


# frequently used answers
POS_LA = cc(LOINC, "LA6576-8", "Positive")
NEG_LA = cc(LOINC, "LA6577-6", "Negative")
POS_SCT = cc(SCT, "10828004", "Positive (qualifier value)")
NEG_SCT = cc(SCT, "260385009", "Negative (qualifier value)")
PRESENT = cc(LOINC, "LA9633-4", "Present")
ABSENT = cc(LOINC, "LA9634-2", "Absent")


class Case:
    def __init__(self, cid, cancer, expected, date, service, description, basis,
                 missing=None, prefix_patient=False):
        self.cid = cid
        self.cancer = cancer
        self.expected = expected
        self.date = date
        self.service = service
        self.description = description
        self.basis = basis
        self.missing = missing
        self.n = 0
        self.entries = []
        pu = self.uid()
        self.patient_url = "urn:uuid:" + pu
        self.patient_id = ("nec5-" + pu) if prefix_patient else pu

    def uid(self):
        self.n += 1
        return str(uuid.uuid5(NS, "%s/%d" % (self.cid, self.n)))

    def add(self, rtype, body, u=None):
        u = u or self.uid()
        res = {"resourceType": rtype, "id": u}
        res.update(body)
        self.entries.append({"fullUrl": "urn:uuid:" + u, "resource": res})
        return "urn:uuid:" + u

    def subj(self):
        return {"reference": self.patient_url}

    # ---- resources -------------------------------------------------------
    def patient(self, gender, birth, family, given):
        u = self.patient_url[len("urn:uuid:"):]
        res = {"resourceType": "Patient", "id": self.patient_id,
               "name": [{"family": family, "given": [given]}],
               "gender": gender, "birthDate": birth}
        self.entries.insert(0, {"fullUrl": self.patient_url, "resource": res})

    def condition(self, code, onset, stage=None, profile=None, body_site=None,
                  histology=None, category="problem-list-item"):
        body = {
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
            "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"),
            "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", category)],
            "code": code, "subject": self.subj(), "onsetDateTime": onset,
        }
        if profile:
            body["meta"] = {"profile": [profile]}
        if body_site:
            body["bodySite"] = [body_site]
        if histology:
            body["extension"] = [{
                "url": "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior",
                "valueCodeableConcept": histology}]
        if stage:
            body["stage"] = [stage]
        return self.add("Condition", body)

    def obs(self, code, date, value=None, interpretation=None, components=None,
            category="laboratory", profile=None, focus=None, note=None, method=None):
        body = {"status": "final"}
        if profile:
            body["meta"] = {"profile": [profile]}
        if category:
            body["category"] = [cc(OBSCAT, category)]
        body["code"] = code
        body["subject"] = self.subj()
        body["effectiveDateTime"] = date
        if focus:
            body["focus"] = [{"reference": focus}]
        if value:
            body.update(value)
        if interpretation:
            body["interpretation"] = [interpretation]
        if method:
            body["method"] = method
        if components:
            body["component"] = components
        if note:
            body["note"] = [{"text": note}]
        return self.add("Observation", body)

    def stage_obs(self, loinc, display, value, date, focus=None):
        return self.obs(cc(LOINC, loinc, display), date, value, category="survey",
                        focus=focus)

    def variant(self, gene, hgnc, present, date, phgvs=None, chgvs=None,
                text=None, germline=False, profile=True):
        comps = [{"code": cc(LOINC, "48018-6", "Gene studied [ID]"),
                  "valueCodeableConcept": cc(HGNC, hgnc, gene) if hgnc else cc(text=gene)}]
        if chgvs:
            comps.append({"code": cc(LOINC, "48004-6", "DNA change (c.HGVS)"),
                          "valueCodeableConcept": cc(HGVS, chgvs, chgvs)})
        if phgvs:
            comps.append({"code": cc(LOINC, "48005-3", "Amino acid change (pHGVS)"),
                          "valueCodeableConcept": cc(HGVS, phgvs, phgvs)})
        comps.append({"code": cc(LOINC, "48002-0", "Genomic source class"),
                      "valueCodeableConcept": cc(LOINC, "LA6683-2", "Germline") if germline
                      else cc(LOINC, "LA6684-0", "Somatic")})
        return self.obs(cc(LOINC, "69548-6", "Genetic variant assessment", text=text),
                        date, {"valueCodeableConcept": PRESENT if present else ABSENT},
                        components=comps, profile=GEN_VAR if profile else None)

    def report(self, code, date, conclusion=None, results=None, category="GE"):
        body = {"status": "final",
                "category": [cc("http://terminology.hl7.org/CodeSystem/v2-0074", category)],
                "code": code, "subject": self.subj(),
                "effectiveDateTime": date, "issued": date + "T12:00:00Z"}
        if results:
            body["result"] = [{"reference": r} for r in results]
        if conclusion:
            body["conclusion"] = conclusion
        return self.add("DiagnosticReport", body)

    def med(self, kind, med, start, end=None, status=None, reason=None, status_reason=None,
            note=None):
        """kind: admin | request | statement. med: CodeableConcept or reference url."""
        body = {}
        if kind == "admin":
            body["status"] = status or "completed"
        elif kind == "request":
            body["status"] = status or "completed"
            body["intent"] = "order"
        else:
            body["status"] = status or "completed"
        if isinstance(med, str):
            body["medicationReference"] = {"reference": med}
        else:
            body["medicationCodeableConcept"] = med
        body["subject"] = self.subj()
        if kind == "admin":
            body["effectivePeriod"] = {"start": start, "end": end or start}
        elif kind == "request":
            body["authoredOn"] = start
            if end:
                body["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        else:
            p = {"start": start}
            if end:
                p["end"] = end
            body["effectivePeriod"] = p
        if status_reason:
            body["statusReason"] = [cc(text=status_reason)] if kind == "admin" or kind == "statement" \
                else cc(text=status_reason)
        if reason:
            body["reasonReference" if kind != "statement" else "reasonReference"] = [{"reference": reason}]
        if note:
            body["note"] = [{"text": note}]
        rt = {"admin": "MedicationAdministration", "request": "MedicationRequest",
              "statement": "MedicationStatement"}[kind]
        return self.add(rt, body)

    def medication(self, code):
        return self.add("Medication", {"code": code, "status": "active"})

    def procedure(self, code, date, reason=None, note=None):
        body = {"status": "completed", "code": code, "subject": self.subj(),
                "performedDateTime": date}
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", body)

    def progression(self, date, focus=None, text=None, coded=True):
        if coded:
            return self.obs(cc(LOINC, "97509-4", "Cancer Disease Progression"), date,
                            {"valueCodeableConcept": cc(SCT, "271299001", "Patient's condition worsened (finding)")},
                            category="exam", focus=focus, note=text)
        return self.obs(cc(text="Disease status"), date,
                        {"valueCodeableConcept": cc(text=text or "Progressive disease")},
                        category="exam", focus=focus)

    def ecog(self, date, score):
        return self.obs(cc(LOINC, "89247-1", "ECOG Performance Status score"), date,
                        {"valueInteger": score}, category="survey")

    def karnofsky(self, date, score):
        return self.obs(cc(LOINC, "89243-0", "Karnofsky Performance Status score"), date,
                        {"valueInteger": score}, category="survey")

    def to_json(self):
        d = {"id": self.cid, "cancer": self.cancer, "description": self.description,
             "basis": self.basis, "date": self.date, "service": self.service,
             "expected": self.expected}
        if self.expected == "needs-documentation":
            d["expected_missing"] = self.missing
        d["bundle"] = {"resourceType": "Bundle", "type": "collection",
                       "entry": self.entries}
        return d


def svc_rx(code, display):
    return {"system": RX, "code": code, "display": display}


def svc_hcpcs(code, display):
    return {"system": HCPCS, "code": code, "display": display}


def q(v, unit, code=None):
    return {"valueQuantity": {"value": v, "unit": unit, "system": "http://unitsofmeasure.org",
                              "code": code or unit}}


def vs(s):
    return {"valueString": s}


def vcc(c):
    return {"valueCodeableConcept": c}


# Medication codings (see label-cases-5.md for verification)
def rx(code, display, text=None):
    return cc(RX, code, display, text=text)


def hc(code, display, text=None):
    return cc(HCPCS, code, display, text=text)


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


CODE_NOTES = [
    "Mirrors are read with `git --git-dir=/work/.mirror/<owner>+<name>/repo grep`; `find_string` is the public-GitHub exact-string index.",
    "",
    "**RxNorm ingredient RXCUIs** (service codes and some prior-therapy codings): NLM RxTerms ingredient map `assets/drug-ingredients.json` (`names`, built from RxTermsIngredients) in GiulianoTaliano/pill-o-clock: "
    "abemaciclib 1946825, ribociclib 1873916, alpelisib 2169285, pertuzumab 1298944, trastuzumab 224905, datopotamab deruxtecan 2703033, letrozole 72965, anastrozole 84857, capecitabine 194000, "
    "alectinib 1727455, osimertinib 1721560, amivantamab 2549199, lazertinib 2691150, dabrafenib 1424911, trametinib 1425099, tepotinib 2477103, repotrectinib 2670644, pemetrexed 68446, carboplatin 40048, "
    "tipiracil 1670304, panitumumab 263034, encorafenib 2049106, pembrolizumab 1547545, apalutamide 1999574, enzalutamide 1307298, olaparib 1597582, rucaparib 1862579.",
    "",
    "**RxNorm branded dose-form groups (SBDG)**: same repository, `assets/drug-db.json` (RxTerms SXDG_RXCUI column) and `drug-ingredients.json` `groups`: ZYTIGA Oral Pill 1186684 (-> abiraterone 1100072), XTANDI Oral Pill 1307308 (-> enzalutamide 1307298).",
    "",
    "**HCPCS Level II**: wamuir/hcpcs `_book.Rmd.bak` (2020 HCPCS release table): J9395 fulvestrant, J9202 goserelin implant, J9306 pertuzumab, J9355 trastuzumab, J9171 docetaxel, J9354 ado-trastuzumab emtansine, J9267 paclitaxel 1 mg, "
    "J9022 atezolizumab, J9299 nivolumab, J9228 ipilimumab, J9055 cetuximab, J9303 panitumumab, J9263 oxaliplatin, J9190 fluorouracil, J9206 irinotecan, J9035 bevacizumab, J9271 pembrolizumab, J8520 capecitabine oral 150 mg, "
    "J9217 leuprolide 7.5 mg, J9155 degarelix, A9606 radium-223, Q2043 sipuleucel-T.",
    "",
    "**LOINC** (HL7/fhir-mCODE-ig FSH and data dictionary; HL7/genomics-reporting): 21908-9, 21902-2, 21905-5, 21906-3, 21907-1, 21899-0, 21900-6 (stage/TNM); 16112-5, 16113-3, 85337-4, 85339-0 (ER/PR); 48676-1, 85318-4, 85319-2 (HER2, mCODE); "
    "18474-7 HER2 Ag IHC (genomics-reporting); 85147-7 PD-L1 22C3 report (mCODE); 2857-1, 83112-3 PSA; 97509-4 Cancer Disease Progression; 89247-1 ECOG; 89243-0 Karnofsky; 81695-9 MSI; 51969-4 Genetic analysis report; "
    "69548-6, 48018-6, 48004-6, 48005-3, 48002-0 (variant and components). 2986-8 Testosterone [Mass/volume] in Serum or Plasma: `find_string` (several public lab-mapping files agree).",
    "**LOINC answers**: LA6576-8 Positive, LA6577-6 Negative (mCODE); LA9633-4 Present, LA9634-2 Absent, LA6683-2 Germline, LA6684-0 Somatic, LA26203-2 MSI-H, LA14122-8 Stable (genomics-reporting / mCODE).",
    "",
    "**SNOMED CT** (mCODE FSH): 254837009 malignant neoplasm of breast, 254637007 NSCLC, 94225005 secondary malignant neoplasm of brain, 1187332001 adenocarcinoma (morphologic abnormality), 82711006 infiltrating duct carcinoma, "
    "64368001 excision of part of breast, 359615001 partial lobectomy of lung, 10828004 positive, 260385009 negative, 271299001 patient's condition worsened, 1222769001 AJCC stage IIB. "
    "Via `find_string` (public FHIR IGs/code): 363406005 malignant tumor of colon, 399068003 malignant tumor of prostate, 94381002 secondary malignant neoplasm of liver, 94222008 secondary malignant neoplasm of bone (older mCODE example AdamEveryman), "
    "94391008 secondary malignant neoplasm of lung, 1222837003 AJCC stage IV (one public IG example only). 35917007 (adenocarcinoma) was deliberately avoided: reported inactive; 1187332001 used instead.",
    "",
    "**ICD-10-CM**: mCODE data dictionary STU4 (ICD-10-CM value-set listing): C50.211, C50.412, C50.811, C50.911, C34.11, C34.12, C34.31, C34.90, C18.0, C18.2, C18.4, C18.7, C19, C20, C61, C78.01, C78.7, C79.31, C79.51, C77.2, C77.5. "
    "Z19.1 hormone sensitive / Z19.2 hormone resistant malignancy status: `find_string` (public repos using ICD-10-CM Z19.1/Z19.2 for prostate cancer hormone status).",
    "",
    "**HGNC**: HGNC:3236 EGFR, HGNC:427 ALK, HGNC:1097 BRAF, HGNC:7989 NRAS (mCODE/genomics-reporting examples); HGNC:6407 KRAS and HGNC:1101 BRCA2 (`find_string`, many sources incl. an MII molecular-tumor-board FSH example).",
    "",
    "**Other systems**: `http://cancerstaging.org` (AJCC) is the mCODE alias; AJCC stage values are not publicly enumerable, so values are written as AJCC stage-group / TNM strings (e.g. IIIA, 3B, cT2). "
    "HL7 v3 ObservationInterpretation POS/NEG: `find_string` (several IGs). HGVS expressions use `http://varnomen.hgvs.org` as in genomics-reporting.",
    "FHIR R4 base code systems (condition-clinical `active`, condition-ver-status `confirmed`, condition-category `problem-list-item`, observation-category, v2-0074 diagnostic service sections GE/SP/RAD/PAT) are core FHIR terminology.",
    "Profiles: mcode-primary-cancer-condition, mcode-secondary-cancer-condition, mcode-tumor-marker-test and the mcode-histology-morphology-behavior extension (HL7/fhir-mCODE-ig); genomics-reporting `variant` profile (HL7/genomics-reporting).",
    "",
    "**Not verified, therefore not coded**: CPT surgery codes (surgery written as SNOMED 64368001 / 359615001 or text), Ki-67 LOINC (not used), margetuximab HCPCS (drug not used), HGNC ids for PIK3CA/ESR1/RET/MET (not needed).",
]


# =========================================================================
# BREAST
# =========================================================================
def breast():
    # B1 supported: abemaciclib + AI first line (MONARCH 3)
    c = case("lab5-breast-01", "breast", "supported", "2025-03-18",
             svc_rx("1946825", "abemaciclib"),
             "Postmenopausal woman with de novo HR-positive, HER2-negative breast cancer metastatic to bone starting letrozole; abemaciclib requested as initial endocrine-based therapy.",
             "Verzenio (abemaciclib) label section 1: in combination with an aromatase inhibitor as initial endocrine-based therapy for HR-positive, HER2-negative advanced or metastatic breast cancer; MONARCH 3.")
    c.patient("female", "1960-07-02", "Okafor", "Grace")
    dx = c.condition(cc(ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), "2025-02-10",
                     profile=MCODE_PCC, histology=cc(SCT, "82711006", "Infiltrating duct carcinoma (morphologic abnormality)"))
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2025-02-20", profile=MCODE_SEC)
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(AJCC, "IV", "Stage IV")), "2025-02-24", dx)
    c.obs(cc(LOINC, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2025-02-12", vcc(POS_LA), profile=MCODE_TMR)
    c.obs(cc(LOINC, "16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2025-02-12", vcc(POS_LA), profile=MCODE_TMR)
    c.obs(cc(LOINC, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2025-02-12", vs("1+"),
          interpretation=cc(V3INT, "NEG", "Negative"), profile=MCODE_TMR)
    c.obs(cc(text="Menopausal status"), "2025-02-10", vcc(cc(text="Postmenopausal (LMP 2011)")), category="social-history")
    c.med("request", rx("72965", "letrozole"), "2025-03-01", status="active")
    c.ecog("2025-03-01", 1)

    # B2 supported: abemaciclib + fulvestrant after endocrine therapy (MONARCH 2)
    c = case("lab5-breast-02", "breast", "supported", "2025-09-05",
             svc_rx("1946825", "abemaciclib"),
             "Woman with HR-positive, HER2-negative metastatic breast cancer progressing on adjuvant anastrozole, starting fulvestrant; abemaciclib requested in combination.",
             "Verzenio (abemaciclib) label section 1: with fulvestrant for HR-positive, HER2-negative advanced or metastatic breast cancer with disease progression following endocrine therapy; MONARCH 2.",
             prefix_patient=True)
    c.patient("female", "1957-01-19", "Lindqvist", "Maja")
    dx = c.condition(cc(SCT, "254837009", "Malignant neoplasm of breast (disorder)"), "2021-04-02",
                     stage=None)
    c.condition(cc(SCT, "94391008", "Secondary malignant neoplasm of lung"), "2025-07-22")
    c.obs(cc(LOINC, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"), "2021-04-05", vcc(POS_SCT))
    c.obs(cc(LOINC, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain"), "2021-04-05", vs("Positive, 40% moderate"))
    c.obs(cc(LOINC, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain"), "2021-04-05", vs("IHC 0 (negative)"))
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vs("Stage IV (M1, pulmonary nodules, biopsy-proven recurrence)"), "2025-07-25", dx)
    c.med("statement", rx("84857", "anastrozole"), "2021-06-01", "2025-07-15", status="stopped",
          status_reason="Disease progression on adjuvant aromatase inhibitor")
    c.progression("2025-07-22", dx, "CT chest: new bilateral pulmonary nodules, biopsy ER+ recurrence")
    c.med("request", hc("J9395", "Injection, fulvestrant, 25 mg", text="Fulvestrant 500 mg IM"), "2025-08-28", status="active")

    # B3 supported: ribociclib + AI, premenopausal with ovarian suppression (MONALEESA-7)
    c = case("lab5-breast-03", "breast", "supported", "2026-01-12",
             svc_rx("1873916", "ribociclib"),
             "Premenopausal woman with de novo HR-positive, HER2-negative metastatic breast cancer on goserelin ovarian suppression plus letrozole; ribociclib requested first line.",
             "Kisqali (ribociclib) label section 1: with an aromatase inhibitor as initial endocrine-based therapy for HR-positive, HER2-negative advanced or metastatic breast cancer (pre/perimenopausal women also receive an LHRH agonist); MONALEESA-7.")
    c.patient("female", "1984-05-30", "Haddad", "Leila")
    c.condition(cc(text="Invasive ductal carcinoma of right breast, de novo metastatic (liver, bone)"), "2025-11-20",
                stage={"summary": cc(text="Stage IV")})
    c.condition(cc(SCT, "94381002", "Secondary malignant neoplasm of liver"), "2025-11-28")
    c.obs(cc(text="Estrogen receptor IHC"), "2025-11-22", vs("95%, strong"), interpretation=cc(V3INT, "POS", "Positive"))
    c.obs(cc(text="Progesterone receptor IHC"), "2025-11-22", vs("60%, moderate"), interpretation=cc(V3INT, "POS", "Positive"))
    c.obs(cc(LOINC, "48676-1", "HER2 [Interpretation] in Tissue"), "2025-11-22", vcc(NEG_LA), note="IHC 1+, reflex ISH not amplified")
    c.med("admin", hc("J9202", "Goserelin acetate implant, per 3.6 mg"), "2025-12-15")
    c.med("request", rx("72965", "letrozole", text="Femara 2.5 mg daily"), "2025-12-15", status="active")

    # B4 supported: pertuzumab neoadjuvant, cT2 cN1 HER2+
    c = case("lab5-breast-04", "breast", "supported", "2025-06-03",
             svc_hcpcs("J9306", "Injection, pertuzumab, 1 mg"),
             "Woman with newly diagnosed HER2-positive (IHC 3+) cT2 cN1 breast cancer; pertuzumab requested with trastuzumab and docetaxel as neoadjuvant therapy.",
             "Perjeta (pertuzumab) label section 1: with trastuzumab and chemotherapy as neoadjuvant treatment of HER2-positive locally advanced, inflammatory, or early-stage breast cancer (>2 cm or node positive); NeoSphere, TRYPHAENA.")
    c.patient("female", "1978-11-11", "Moreau", "Claire")
    dx = c.condition(cc(ICD, "C50.211", "Malignant neoplasm of upper-inner quadrant of right female breast",
                        extra=[(SCT, "254837009", "Malignant neoplasm of breast (disorder)")]), "2025-05-08", profile=MCODE_PCC)
    c.obs(cc(LOINC, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2025-05-12", vs("3+"))
    c.obs(cc(LOINC, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2025-05-12", vcc(NEG_SCT))
    c.obs(cc(LOINC, "16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2025-05-12", vcc(NEG_SCT))
    c.stage_obs("21905-5", "Primary tumor.clinical [Class] Cancer", vcc(cc(AJCC, "cT2", "cT2")), "2025-05-20", dx)
    c.stage_obs("21906-3", "Regional lymph nodes.clinical [Class] Cancer", vcc(cc(AJCC, "cN1", "cN1")), "2025-05-20", dx)
    c.stage_obs("21907-1", "Distant metastases.clinical [Class] Cancer", vcc(cc(AJCC, "cM0", "cM0")), "2025-05-20", dx)
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(SCT, "1222769001", "American Joint Committee on Cancer stage IIB (qualifier value)")), "2025-05-20", dx)
    c.obs(cc(text="Breast ultrasound tumor size"), "2025-05-06", q(3.4, "cm"), category="imaging")
    c.med("request", hc("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg"), "2025-05-29", status="active")
    c.med("request", hc("J9171", "Injection, docetaxel, 1 mg"), "2025-05-29", status="active")

    # B5 supported: T-DM1 adjuvant residual disease (KATHERINE)
    c = case("lab5-breast-05", "breast", "supported", "2025-11-14",
             svc_hcpcs("J9354", "Injection, ado-trastuzumab emtansine, 1 mg"),
             "Woman with HER2-amplified breast cancer with residual invasive disease at lumpectomy after neoadjuvant paclitaxel plus trastuzumab; adjuvant ado-trastuzumab emtansine requested.",
             "Kadcyla (ado-trastuzumab emtansine) label section 1: adjuvant treatment of HER2-positive early breast cancer with residual invasive disease after neoadjuvant taxane and trastuzumab-based treatment; KATHERINE.")
    c.patient("female", "1969-03-25", "Schulz", "Anke")
    dx = c.condition(cc(ICD, "C50.811", "Malignant neoplasm of overlapping sites of right female breast"), "2025-03-03")
    c.obs(cc(LOINC, "85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH"), "2025-03-07",
          vs("Amplified, HER2/CEP17 ratio 5.2"), interpretation=cc(V3INT, "POS", "Positive"))
    c.obs(cc(LOINC, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"), "2025-03-07", vcc(NEG_LA))
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(AJCC, "IIB", "IIB")), "2025-03-12", dx)
    tr = c.medication(rx("224905", "trastuzumab", text="Herceptin"))
    c.med("admin", hc("J9267", "Injection, paclitaxel, 1 mg", text="weekly paclitaxel x12"), "2025-03-24", "2025-06-09")
    c.med("admin", tr, "2025-03-24", "2025-06-09")
    c.procedure(cc(SCT, "64368001", "Excision of part of breast (procedure)", text="Right lumpectomy with sentinel node biopsy"), "2025-07-15", reason=dx)
    c.report(cc(text="Surgical pathology report"), "2025-07-18",
             "Residual invasive ductal carcinoma, 1.2 cm (ypT1c), 1/3 sentinel nodes positive (ypN1a). Not a pathologic complete response.",
             category="SP")
    c.stage_obs("21902-2", "Stage group.pathology Cancer", vs("ypT1c ypN1a M0"), "2025-07-18", dx)

    # B6 needs-documentation: alpelisib without PIK3CA
    c = case("lab5-breast-06", "breast", "needs-documentation", "2025-10-02",
             svc_rx("2169285", "alpelisib"),
             "Postmenopausal woman with HR-positive, HER2-negative metastatic breast cancer progressing on letrozole plus palbociclib; alpelisib with fulvestrant requested but no PIK3CA result is in the record.",
             "Piqray (alpelisib) label section 1: with fulvestrant for HR-positive, HER2-negative, PIK3CA-mutated advanced or metastatic breast cancer (FDA-approved test) following progression on or after an endocrine-based regimen; SOLAR-1.",
             missing=["pik3ca"])
    c.patient("female", "1956-09-14", "Brennan", "Siobhan")
    dx = c.condition(cc(ICD, "C50.911", "Malignant neoplasm of unspecified site of right female breast"), "2023-01-10", profile=MCODE_PCC,
                     stage={"summary": cc(SCT, "1222837003", "American Joint Committee on Cancer stage IV (qualifier value)")})
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2023-01-10")
    c.obs(cc(LOINC, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2023-01-14", vcc(POS_SCT))
    c.obs(cc(LOINC, "16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2023-01-14", vcc(POS_SCT))
    c.obs(cc(LOINC, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2023-01-14", vs("0"), interpretation=cc(V3INT, "NEG", "Negative"))
    c.med("statement", cc(text="Ibrance (palbociclib) 125 mg + letrozole"), "2023-02-01", "2025-08-30", status="stopped",
          status_reason="Progression: new liver lesions on CT")
    c.progression("2025-08-28", dx)
    c.obs(cc(text="Menopausal status"), "2023-01-10", vcc(cc(text="Postmenopausal")), category="social-history")

    # B7 needs-documentation: pertuzumab neoadjuvant, no tumor size / nodal status
    c = case("lab5-breast-07", "breast", "needs-documentation", "2026-02-20",
             svc_rx("1298944", "pertuzumab"),
             "Woman with HER2-positive (IHC 3+) early breast cancer referred for neoadjuvant pertuzumab, trastuzumab and chemotherapy; no tumor size, nodal status or stage is documented.",
             "Perjeta (pertuzumab) label section 1: neoadjuvant treatment, with trastuzumab and chemotherapy, of HER2-positive locally advanced, inflammatory, or early-stage breast cancer (>2 cm or node positive); NeoSphere.",
             missing=["stage"])
    c.patient("female", "1981-12-08", "Tanaka", "Yui")
    c.condition(cc(SCT, "254837009", "Malignant neoplasm of breast (disorder)", text="Left breast invasive ductal carcinoma, core biopsy"), "2026-01-28")
    c.obs(cc(LOINC, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2026-01-30", vs("3+"), interpretation=cc(V3INT, "POS", "Positive"))
    c.obs(cc(LOINC, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"), "2026-01-30", vcc(POS_LA))
    c.obs(cc(LOINC, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain"), "2026-01-30", vcc(NEG_LA))
    c.ecog("2026-02-10", 0)

    # B8 needs-documentation: datopotamab deruxtecan without HER2
    c = case("lab5-breast-08", "breast", "needs-documentation", "2025-12-09",
             svc_rx("2703033", "datopotamab deruxtecan"),
             "Woman with ER-positive metastatic breast cancer after endocrine therapy plus a CDK4/6 inhibitor and capecitabine; datopotamab deruxtecan requested but no HER2 result is documented.",
             "Datroway (datopotamab deruxtecan) label section 1: unresectable or metastatic HR-positive, HER2-negative (IHC 0, 1+, or 2+/ISH-) breast cancer after prior endocrine-based therapy and chemotherapy for unresectable or metastatic disease; TROPION-Breast01.",
             missing=["her2"])
    c.patient("female", "1963-04-17", "Alvarez", "Rosa")
    dx = c.condition(cc(ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), "2022-05-11")
    c.condition(cc(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2023-09-02")
    c.obs(cc(LOINC, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"), "2023-09-05", q(90, "%"),
          interpretation=cc(V3INT, "POS", "Positive"))
    c.obs(cc(LOINC, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain"), "2023-09-05", q(5, "%"),
          interpretation=cc(V3INT, "POS", "Positive"))
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(AJCC, "IV", "IV")), "2023-09-06", dx)
    c.med("statement", cc(text="Verzenio + fulvestrant"), "2023-09-20", "2025-03-10", status="stopped", status_reason="progression")
    c.med("request", rx("194000", "capecitabine"), "2025-03-25", "2025-11-20", status="stopped",
          note="Stopped for progression of liver metastases")
    c.progression("2025-11-18", dx, "Progressive liver metastases on capecitabine")

    # B9 refer: T-DM1 adjuvant for HER2-negative (IHC 1+, ISH not amplified)
    c = case("lab5-breast-09", "breast", "refer-to-reviewer", "2025-08-21",
             svc_hcpcs("J9354", "Injection, ado-trastuzumab emtansine, 1 mg"),
             "Woman with residual invasive disease after neoadjuvant chemotherapy whose tumor is HER2 IHC 1+ with non-amplified ISH; adjuvant ado-trastuzumab emtansine requested.",
             "Kadcyla (ado-trastuzumab emtansine) label section 1: adjuvant treatment is limited to HER2-positive early breast cancer with residual invasive disease after neoadjuvant taxane and trastuzumab; KATHERINE enrolled HER2-positive patients only. The record shows HER2-negative disease.")
    c.patient("female", "1975-02-02", "Novak", "Petra")
    dx = c.condition(cc(ICD, "C50.911", "Malignant neoplasm of unspecified site of right female breast"), "2025-01-06", profile=MCODE_PCC)
    c.obs(cc(LOINC, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2025-01-09", vs("1+"))
    c.obs(cc(LOINC, "48676-1", "HER2 [Interpretation] in Tissue"), "2025-01-12", vcc(NEG_SCT), note="Dual-probe ISH not amplified, ratio 1.3")
    c.obs(cc(LOINC, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2025-01-09", vcc(NEG_LA))
    c.med("admin", cc(text="Dose-dense AC followed by weekly paclitaxel"), "2025-01-20", "2025-06-02")
    c.procedure(cc(text="Right mastectomy with axillary dissection"), "2025-07-01", reason=dx)
    c.report(cc(text="Surgical pathology report"), "2025-07-04", "Residual invasive carcinoma 2.1 cm, ypT2 ypN1a.", category="SP")

    # B10 refer: pertuzumab neoadjuvant for T1c N0
    c = case("lab5-breast-10", "breast", "refer-to-reviewer", "2026-03-04",
             svc_hcpcs("J9306", "Injection, pertuzumab, 1 mg"),
             "Woman with a 1.4 cm node-negative (cT1c cN0, stage IA) HER2-positive breast cancer; neoadjuvant pertuzumab requested.",
             "Perjeta (pertuzumab) label section 1: neoadjuvant use is for HER2-positive locally advanced, inflammatory, or early-stage breast cancer either >2 cm or node positive; NeoSphere excluded T1 N0 tumors. The record documents T1c N0.")
    c.patient("female", "1972-10-19", "Rossi", "Giulia")
    dx = c.condition(cc(SCT, "254837009", "Malignant neoplasm of breast (disorder)", extra=[(ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")]),
                     "2026-02-03", stage={"summary": cc(AJCC, "IA", "Stage IA"), "type": cc(text="clinical")})
    c.obs(cc(LOINC, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2026-02-06", vs("3+"))
    c.stage_obs("21905-5", "Primary tumor.clinical [Class] Cancer", vcc(cc(AJCC, "cT1c", "cT1c")), "2026-02-12", dx)
    c.stage_obs("21906-3", "Regional lymph nodes.clinical [Class] Cancer", vcc(cc(AJCC, "cN0", "cN0")), "2026-02-12", dx)
    c.obs(cc(text="Breast MRI: index lesion size"), "2026-02-10", q(1.4, "cm"), category="imaging",
          note="Axilla: no suspicious lymph nodes")


# =========================================================================
# NSCLC
# =========================================================================
def nsclc():
    # N1 supported: alectinib adjuvant (ALINA)
    c = case("lab5-nsclc-01", "nsclc", "supported", "2025-05-27",
             svc_rx("1727455", "alectinib"),
             "Man after right upper lobectomy for pathologic stage IIIA (pT2a pN2) adenocarcinoma with an EML4::ALK fusion; adjuvant alectinib requested.",
             "Alecensa (alectinib) label section 1: adjuvant treatment following tumor resection of ALK-positive NSCLC (tumors >= 4 cm or node positive) as detected by an FDA-approved test; ALINA (stage IB >=4 cm to IIIA).")
    c.patient("male", "1971-08-03", "Nguyen", "Bao")
    dx = c.condition(cc(ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), "2025-02-14", profile=MCODE_PCC,
                     histology=cc(SCT, "1187332001", "Adenocarcinoma (morphologic abnormality)"))
    c.procedure(cc(text="Right upper lobectomy, VATS, with mediastinal lymph node dissection"), "2025-03-20", reason=dx)
    c.stage_obs("21899-0", "Primary tumor.pathology Cancer", vcc(cc(AJCC, "pT2a", "pT2a")), "2025-03-26", dx)
    c.stage_obs("21900-6", "Regional lymph nodes.pathology [Class] Cancer", vcc(cc(AJCC, "pN2", "pN2")), "2025-03-26", dx)
    c.stage_obs("21902-2", "Stage group.pathology Cancer", vcc(cc(AJCC, "IIIA", "Stage IIIA")), "2025-03-26", dx)
    c.report(cc(LOINC, "51969-4", "Genetic analysis report"), "2025-04-08",
             "RNA fusion panel on resection specimen: EML4::ALK fusion detected (variant 1, E13;A20). ALK IHC (D5F3) positive. EGFR: no mutation detected.")
    c.ecog("2025-05-10", 0)

    # N2 supported: osimertinib + pemetrexed/platinum first line (FLAURA2)
    c = case("lab5-nsclc-02", "nsclc", "supported", "2025-07-08",
             svc_rx("1721560", "osimertinib"),
             "Woman with treatment-naive stage IV lung adenocarcinoma with brain metastases and EGFR L858R; osimertinib requested with pemetrexed and carboplatin first line.",
             "Tagrisso (osimertinib) label section 1: with pemetrexed and platinum-based chemotherapy for first-line treatment of locally advanced or metastatic NSCLC whose tumors have EGFR exon 19 deletions or exon 21 L858R mutations; FLAURA2.",
             prefix_patient=True)
    c.patient("female", "1966-06-21", "Chen", "Mei")
    dx = c.condition(cc(SCT, "254637007", "Non-small cell lung cancer (disorder)"), "2025-06-02",
                     stage={"summary": cc(SCT, "1222837003", "American Joint Committee on Cancer stage IV (qualifier value)")},
                     histology=cc(SCT, "1187332001", "Adenocarcinoma (morphologic abnormality)"))
    c.condition(cc(SCT, "94225005", "Secondary malignant neoplasm of brain"), "2025-06-09")
    c.variant("EGFR", "HGNC:3236", True, "2025-06-18", phgvs="NP_005219.2:p.(Leu858Arg)", chgvs="NM_005228.5:c.2573T>G")
    c.med("request", rx("68446", "pemetrexed"), "2025-07-01", status="active")
    c.med("request", rx("40048", "carboplatin"), "2025-07-01", status="active")
    c.ecog("2025-06-25", 1)

    # N3 supported: amivantamab + lazertinib first line (MARIPOSA)
    c = case("lab5-nsclc-03", "nsclc", "supported", "2026-02-11",
             svc_rx("2549199", "amivantamab"),
             "Man with newly diagnosed metastatic lung adenocarcinoma whose comprehensive genomic profile shows an EGFR exon 19 deletion; amivantamab with lazertinib requested first line.",
             "Rybrevant (amivantamab-vmjw) label section 1: with lazertinib for first-line treatment of locally advanced or metastatic NSCLC with EGFR exon 19 deletions or exon 21 L858R substitution mutations; MARIPOSA.")
    c.patient("male", "1959-12-30", "Kowalski", "Marek")
    dx = c.condition(cc(ICD, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung",
                        extra=[(SCT, "254637007", "Non-small cell lung cancer (disorder)")]), "2026-01-05", profile=MCODE_PCC)
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2026-01-09")
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(AJCC, "4B", "Stage IVB")), "2026-01-12", dx)
    v1 = c.variant("EGFR", "HGNC:3236", True, "2026-01-22", phgvs="p.E746_A750del", chgvs="c.2235_2249del")
    v2 = c.variant("ALK", "HGNC:427", False, "2026-01-22", text="ALK rearrangement")
    v3 = c.variant("KRAS", "HGNC:6407", False, "2026-01-22")
    c.report(cc(text="Comprehensive genomic profiling (tissue NGS)"), "2026-01-22",
             "EGFR exon 19 deletion (p.E746_A750del), VAF 31%. No ALK, ROS1, RET fusion; KRAS wild-type.", results=[v1, v2, v3])
    c.med("request", rx("2691150", "lazertinib"), "2026-02-05", status="active")

    # N4 supported: atezolizumab monotherapy first line PD-L1 high (IMpower110)
    c = case("lab5-nsclc-04", "nsclc", "supported", "2025-04-16",
             svc_hcpcs("J9022", "Injection, atezolizumab, 10 mg"),
             "Man with untreated metastatic squamous NSCLC, PD-L1 tumor-cell staining 80% (SP263) and no EGFR or ALK alteration; first-line atezolizumab monotherapy requested.",
             "Tecentriq (atezolizumab) label section 1: first-line monotherapy of metastatic NSCLC with high PD-L1 expression (TC >= 50% or IC >= 10%) by an FDA-approved test, with no EGFR or ALK genomic tumor aberrations; IMpower110.")
    c.patient("male", "1952-03-09", "O'Neill", "Patrick")
    dx = c.condition(cc(text="Squamous cell carcinoma of left lung, metastatic to adrenal"), "2025-03-04",
                     stage={"summary": cc(text="Stage IVA (cT3 N2 M1b)")})
    c.obs(cc(text="PD-L1 (SP263) tumor cell staining"), "2025-03-14", q(80, "%"), category="laboratory")
    c.obs(cc(text="EGFR mutation analysis (PCR)"), "2025-03-18", vs("No mutation detected"), interpretation=cc(V3INT, "NEG", "Negative"))
    c.obs(cc(text="ALK (D5F3) immunohistochemistry"), "2025-03-18", vcc(NEG_LA))
    c.ecog("2025-04-01", 1)

    # N5 supported: dabrafenib + trametinib BRAF V600E
    c = case("lab5-nsclc-05", "nsclc", "supported", "2025-10-29",
             svc_rx("1424911", "dabrafenib"),
             "Woman with metastatic lung adenocarcinoma harboring BRAF V600E on a genomics report; dabrafenib with trametinib requested.",
             "Tafinlar (dabrafenib) label section 1: with trametinib for metastatic NSCLC with BRAF V600E mutation as detected by an FDA-approved test; BRF113928.")
    c.patient("female", "1958-05-05", "Dubois", "Helene")
    dx = c.condition(cc(ICD, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung"), "2025-09-08")
    c.condition(cc(ICD, "C78.01", "Secondary malignant neoplasm of right lung"), "2025-09-08")
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vs("IVA"), "2025-09-15", dx)
    c.report(cc(LOINC, "51969-4", "Genetic analysis report"), "2025-10-06",
             "Somatic variant detected: BRAF NM_004333.6:c.1799T>A p.(Val600Glu) (V600E), VAF 22%. EGFR, ALK, ROS1: negative.")
    c.med("request", rx("1425099", "trametinib"), "2025-10-20", status="active")

    # N6 needs-documentation: tepotinib without MET testing
    c = case("lab5-nsclc-06", "nsclc", "needs-documentation", "2025-12-02",
             svc_rx("2477103", "tepotinib"),
             "Elderly man with metastatic lung adenocarcinoma referred for tepotinib; no MET exon 14 skipping result is in the record.",
             "Tepmetko (tepotinib) label section 1: metastatic NSCLC harboring mesenchymal-epithelial transition (MET) exon 14 skipping alterations; VISION.",
             missing=["met"])
    c.patient("male", "1944-01-27", "Fischer", "Walter")
    dx = c.condition(cc(ICD, "C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung"), "2025-10-20", profile=MCODE_PCC,
                     histology=cc(SCT, "1187332001", "Adenocarcinoma (morphologic abnormality)"))
    c.condition(cc(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-10-25")
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(SCT, "1222837003", "American Joint Committee on Cancer stage IV (qualifier value)")), "2025-10-28", dx)
    c.karnofsky("2025-11-20", 70)

    # N7 needs-documentation: repotrectinib ROS1 without stage
    c = case("lab5-nsclc-07", "nsclc", "needs-documentation", "2026-04-14",
             svc_rx("2670644", "repotrectinib"),
             "Woman with CD74-ROS1 fusion-positive lung adenocarcinoma referred for repotrectinib; the record has no stage or extent-of-disease information.",
             "Augtyro (repotrectinib) label section 1: locally advanced or metastatic ROS1-positive NSCLC; TRIDENT-1.",
             missing=["stage"])
    c.patient("female", "1987-09-09", "Silva", "Ana")
    c.condition(cc(SCT, "254637007", "Non-small cell lung cancer (disorder)", text="Lung adenocarcinoma, bronchoscopic biopsy"), "2026-03-02")
    c.obs(cc(text="ROS1 fusion (RNA NGS)"), "2026-03-20", vs("CD74-ROS1 fusion detected"), category="laboratory")
    c.ecog("2026-04-01", 0)

    # N8 refer: alectinib adjuvant ALK-negative
    c = case("lab5-nsclc-08", "nsclc", "refer-to-reviewer", "2025-08-13",
             svc_rx("1727455", "alectinib"),
             "Woman after left lower lobectomy for stage IIB lung adenocarcinoma whose ALK IHC and fusion panel are negative; adjuvant alectinib requested.",
             "Alecensa (alectinib) label section 1: adjuvant use requires ALK-positive NSCLC by an FDA-approved test; ALINA enrolled ALK-positive patients only. The record documents ALK-negative disease.")
    c.patient("female", "1962-02-14", "Johansson", "Ingrid")
    dx = c.condition(cc(ICD, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung"), "2025-05-06")
    c.procedure(cc(SCT, "359615001", "Partial lobectomy of lung (procedure)", text="Lobectomy"), "2025-06-10", reason=dx)
    c.stage_obs("21902-2", "Stage group.pathology Cancer", vcc(cc(AJCC, "2B", "IIB")), "2025-06-16", dx)
    c.obs(cc(text="ALK (D5F3) IHC"), "2025-06-20", vs("Negative"), interpretation=cc(V3INT, "NEG", "Negative"))
    c.variant("ALK", "HGNC:427", False, "2025-06-27", text="ALK fusion (RNA NGS)")
    c.variant("EGFR", "HGNC:3236", False, "2025-06-27")

    # N9 refer: osimertinib first line with EGFR wild-type, KRAS G12C
    c = case("lab5-nsclc-09", "nsclc", "refer-to-reviewer", "2026-01-21",
             svc_rx("1721560", "osimertinib"),
             "Man with metastatic lung adenocarcinoma whose NGS shows KRAS G12C and no EGFR mutation; first-line osimertinib with chemotherapy requested.",
             "Tagrisso (osimertinib) label section 1: first-line use (alone or with pemetrexed/platinum) requires EGFR exon 19 deletion or exon 21 L858R by an FDA-approved test; FLAURA/FLAURA2. The record documents EGFR wild-type disease.")
    c.patient("male", "1955-07-18", "Petrov", "Ivan")
    dx = c.condition(cc(ICD, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung"), "2025-12-01", profile=MCODE_PCC,
                     stage={"summary": cc(AJCC, "IVB", "Stage IVB")})
    e = c.variant("EGFR", "HGNC:3236", False, "2025-12-18")
    k = c.variant("KRAS", "HGNC:6407", True, "2025-12-18", phgvs="p.G12C", chgvs="c.34G>T")
    c.report(cc(LOINC, "51969-4", "Genetic analysis report"), "2025-12-18", "KRAS p.G12C detected. EGFR: no alterations detected.", results=[e, k])

    # N10 refer: nivolumab + ipilimumab with EGFR L858R
    c = case("lab5-nsclc-10", "nsclc", "refer-to-reviewer", "2025-11-06",
             svc_hcpcs("J9299", "Injection, nivolumab, 1 mg"),
             "Woman with metastatic lung adenocarcinoma, PD-L1 60%, and an EGFR L858R mutation; first-line nivolumab plus ipilimumab requested.",
             "Opdivo (nivolumab) label section 1: with ipilimumab for first-line metastatic NSCLC with PD-L1 >= 1% and no EGFR or ALK genomic tumor aberrations; CheckMate 227. The record documents an EGFR L858R mutation.",
             prefix_patient=True)
    c.patient("female", "1964-11-23", "Park", "Soo-jin")
    dx = c.condition(cc(text="Adenocarcinoma of lung, stage IV"), "2025-09-22")
    c.condition(cc(ICD, "C79.31", "Secondary malignant neoplasm of brain"), "2025-09-26")
    c.obs(cc(LOINC, "85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report", text="PD-L1 tumor proportion score"), "2025-10-03", q(60, "%"))
    c.report(cc(text="Molecular pathology report"), "2025-10-10", "EGFR exon 21 p.L858R mutation detected by real-time PCR.", category="PAT")
    c.med("request", hc("J9228", "Injection, ipilimumab, 1 mg"), "2025-10-30", status="draft")


# =========================================================================
# COLORECTAL
# =========================================================================
def colorectal():
    # C1 supported: capecitabine adjuvant stage III colon (X-ACT)
    c = case("lab5-crc-01", "colorectal", "supported", "2025-02-24",
             svc_rx("194000", "capecitabine"),
             "Man after right hemicolectomy for pT3 pN1b M0 (stage IIIB) colon adenocarcinoma; adjuvant capecitabine requested.",
             "Xeloda (capecitabine) label section 1: adjuvant treatment of stage III colon cancer, as a single agent or as a component of a combination regimen; X-ACT.")
    c.patient("male", "1961-04-12", "Murphy", "Sean")
    dx = c.condition(cc(ICD, "C18.2", "Malignant neoplasm of ascending colon"), "2024-12-09", profile=MCODE_PCC,
                     histology=cc(SCT, "1187332001", "Adenocarcinoma (morphologic abnormality)"))
    c.procedure(cc(text="Laparoscopic right hemicolectomy"), "2025-01-08", reason=dx)
    c.stage_obs("21899-0", "Primary tumor.pathology Cancer", vcc(cc(AJCC, "pT3", "pT3")), "2025-01-14", dx)
    c.stage_obs("21900-6", "Regional lymph nodes.pathology [Class] Cancer", vcc(cc(AJCC, "pN1b", "pN1b")), "2025-01-14", dx)
    c.stage_obs("21902-2", "Stage group.pathology Cancer", vcc(cc(AJCC, "3B", "Stage IIIB")), "2025-01-14", dx)
    c.report(cc(text="CT chest/abdomen/pelvis"), "2024-12-20", "No evidence of distant metastatic disease.", category="RAD")
    c.ecog("2025-02-10", 0)

    # C2 supported: cetuximab + irinotecan after irinotecan failure, KRAS wild-type (BOND)
    c = case("lab5-crc-02", "colorectal", "supported", "2025-06-30",
             svc_hcpcs("J9055", "Injection, cetuximab, 10 mg"),
             "Woman with KRAS/NRAS wild-type, EGFR-expressing metastatic colon cancer refractory to FOLFIRI; cetuximab with irinotecan requested.",
             "Erbitux (cetuximab) label section 1: K-Ras wild-type, EGFR-expressing metastatic colorectal cancer, in combination with irinotecan in patients refractory to irinotecan-based chemotherapy; BOND.")
    c.patient("female", "1967-08-29", "Keller", "Sabine")
    dx = c.condition(cc(SCT, "363406005", "Malignant tumor of colon (disorder)"), "2023-10-02",
                     stage={"summary": cc(text="Stage IV, liver metastases")})
    c.condition(cc(SCT, "94381002", "Secondary malignant neoplasm of liver"), "2023-10-02")
    v1 = c.variant("KRAS", "HGNC:6407", False, "2023-10-20")
    v2 = c.variant("NRAS", "HGNC:7989", False, "2023-10-20")
    c.report(cc(text="RAS extended mutation panel"), "2023-10-20", "KRAS exons 2-4 and NRAS exons 2-4: no mutations detected (RAS wild-type).", results=[v1, v2])
    c.obs(cc(text="EGFR immunohistochemistry"), "2023-10-20", vs("EGFR expression detected (2+)"), interpretation=cc(V3INT, "POS", "Positive"))
    c.med("statement", cc(text="FOLFOX + bevacizumab"), "2023-11-01", "2024-09-15", status="completed")
    c.med("statement", cc(text="FOLFIRI (irinotecan, leucovorin, fluorouracil)"), "2024-10-01", "2025-06-01", status="stopped",
          status_reason="Progressive disease on irinotecan-based therapy")
    c.progression("2025-05-28", dx)

    # C3 supported: panitumumab monotherapy after FP/oxaliplatin/irinotecan
    c = case("lab5-crc-03", "colorectal", "supported", "2025-10-15",
             svc_hcpcs("J9303", "Injection, panitumumab, 10 mg"),
             "Man with RAS wild-type metastatic rectal cancer progressing after fluoropyrimidine, oxaliplatin and irinotecan regimens; panitumumab monotherapy requested.",
             "Vectibix (panitumumab) label section 1: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer, as monotherapy following disease progression after fluoropyrimidine-, oxaliplatin-, and irinotecan-containing chemotherapy; Study 20020408, ASPECCT.",
             prefix_patient=True)
    c.patient("male", "1958-02-01", "Yamamoto", "Kenji")
    dx = c.condition(cc(ICD, "C20", "Malignant neoplasm of rectum"), "2023-03-15", profile=MCODE_PCC)
    c.condition(cc(ICD, "C78.01", "Secondary malignant neoplasm of right lung"), "2023-03-20")
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(AJCC, "IVA", "IVA")), "2023-03-22", dx)
    v1 = c.variant("KRAS", "HGNC:6407", False, "2023-04-03")
    v2 = c.variant("NRAS", "HGNC:7989", False, "2023-04-03")
    v3 = c.variant("BRAF", "HGNC:1097", False, "2023-04-03")
    c.report(cc(text="Comprehensive genomic profiling"), "2023-04-03", "RAS/RAF wild-type; MSS.", results=[v1, v2, v3])
    c.med("admin", hc("J9263", "Injection, oxaliplatin, 0.5 mg"), "2023-04-15", "2023-12-20")
    c.med("admin", hc("J9190", "Injection, fluorouracil, 500 mg"), "2023-04-15", "2024-10-01")
    c.med("admin", hc("J9206", "Injection, irinotecan, 20 mg"), "2024-01-10", "2025-09-10", status_reason="Stopped: disease progression")
    c.report(cc(text="CT chest/abdomen/pelvis restaging"), "2025-09-05", "Progression of pulmonary metastases (RECIST PD).", category="RAD")

    # C4 supported: trifluridine/tipiracil + bevacizumab (SUNLIGHT), KRAS-mutant
    c = case("lab5-crc-04", "colorectal", "supported", "2026-03-10",
             svc_rx("1670304", "tipiracil"),
             "Woman with KRAS G12D metastatic colon cancer progressing after FOLFOX-bevacizumab and FOLFIRI-bevacizumab; trifluridine/tipiracil with bevacizumab requested.",
             "Lonsurf (trifluridine and tipiracil) label section 1: metastatic colorectal cancer previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF biological therapy, and, if RAS wild-type, an anti-EGFR therapy; alone or with bevacizumab; SUNLIGHT.")
    c.patient("female", "1970-12-12", "Ivanova", "Olga")
    dx = c.condition(cc(ICD, "C18.7", "Malignant neoplasm of sigmoid colon", extra=[(SCT, "363406005", "Malignant tumor of colon (disorder)")]), "2024-01-18")
    c.condition(cc(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2024-01-18")
    c.variant("KRAS", "HGNC:6407", True, "2024-02-01", phgvs="p.(Gly12Asp)", chgvs="c.35G>A")
    bev = c.medication(hc("J9035", "Injection, bevacizumab, 10 mg"))
    c.med("statement", cc(text="mFOLFOX6 (oxaliplatin, leucovorin, 5-FU)"), "2024-02-15", "2024-09-01")
    c.med("admin", bev, "2024-02-15", "2025-12-20")
    c.med("statement", cc(text="FOLFIRI"), "2024-09-20", "2026-02-01", status="stopped", status_reason="progression")
    c.progression("2026-01-28", dx, "Enlarging liver metastases")

    # C5 supported: pembrolizumab first line MSI-H (KEYNOTE-177)
    c = case("lab5-crc-05", "colorectal", "supported", "2025-05-19",
             svc_hcpcs("J9271", "Injection, pembrolizumab, 1 mg"),
             "Woman with untreated metastatic MSI-H, MLH1/PMS2-deficient colon cancer; first-line pembrolizumab requested.",
             "Keytruda (pembrolizumab) label section 1: first-line treatment of unresectable or metastatic MSI-H or dMMR colorectal cancer; KEYNOTE-177.")
    c.patient("female", "1949-06-06", "Andersen", "Karin")
    dx = c.condition(cc(ICD, "C18.0", "Malignant neoplasm of cecum"), "2025-03-28", profile=MCODE_PCC,
                     stage={"summary": cc(AJCC, "IVB", "Stage IVB")})
    c.condition(cc(ICD, "C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes"), "2025-03-28")
    c.condition(cc(SCT, "94381002", "Secondary malignant neoplasm of liver"), "2025-03-28")
    c.obs(cc(LOINC, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "2025-04-10", vcc(cc(LOINC, "LA26203-2", "MSI-H")))
    c.obs(cc(text="Mismatch repair protein IHC"), "2025-04-08", vs("Loss of MLH1 and PMS2 nuclear expression; MSH2/MSH6 retained (dMMR)"))
    c.ecog("2025-05-01", 1)

    # C6 needs-documentation: panitumumab without RAS testing
    c = case("lab5-crc-06", "colorectal", "needs-documentation", "2025-08-26",
             svc_rx("263034", "panitumumab"),
             "Man with metastatic colon cancer progressing after FOLFOX and FOLFIRI; panitumumab monotherapy requested but no KRAS/NRAS result is documented.",
             "Vectibix (panitumumab) label section 1: wild-type RAS (both KRAS and NRAS, FDA-approved test) metastatic colorectal cancer, as monotherapy after fluoropyrimidine, oxaliplatin and irinotecan chemotherapy; Study 20020408.",
             missing=["kras", "nras"])
    c.patient("male", "1963-10-10", "Garcia", "Luis")
    dx = c.condition(cc(ICD, "C18.4", "Malignant neoplasm of transverse colon"), "2023-06-12",
                     stage={"summary": cc(text="Stage IV (peritoneal and liver metastases)")})
    c.med("statement", cc(text="FOLFOX"), "2023-07-01", "2024-05-01")
    c.med("statement", cc(text="FOLFIRI"), "2024-06-01", "2025-07-30", status="stopped", status_reason="progression")
    c.progression("2025-07-28", dx)

    # C7 needs-documentation: encorafenib + cetuximab without BRAF
    c = case("lab5-crc-07", "colorectal", "needs-documentation", "2026-01-27",
             svc_rx("2049106", "encorafenib"),
             "Woman with metastatic colon cancer progressing after first-line FOLFOX; encorafenib with cetuximab requested but no BRAF result is in the record.",
             "Braftovi (encorafenib) label section 1: with cetuximab for metastatic colorectal cancer with a BRAF V600E mutation (FDA-approved test) after prior therapy; BEACON CRC.",
             missing=["braf"])
    c.patient("female", "1968-03-03", "Hughes", "Emma")
    dx = c.condition(cc(SCT, "363406005", "Malignant tumor of colon (disorder)"), "2025-02-02", profile=MCODE_PCC)
    c.condition(cc(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-02-02")
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vs("Stage IV"), "2025-02-05", dx)
    c.med("request", cc(text="mFOLFOX6"), "2025-02-20", "2025-12-30", status="stopped")
    c.progression("2025-12-22", dx, "New liver lesions; CEA rising")

    # C8 needs-documentation: capecitabine adjuvant without stage
    c = case("lab5-crc-08", "colorectal", "needs-documentation", "2025-09-30",
             svc_hcpcs("J8520", "Capecitabine, oral, 150 mg"),
             "Woman after sigmoid colectomy for colon adenocarcinoma referred for adjuvant capecitabine; pathologic stage and nodal status are not documented.",
             "Xeloda (capecitabine) label section 1: adjuvant treatment of stage III colon cancer; X-ACT.",
             missing=["stage"])
    c.patient("female", "1959-07-07", "Bianchi", "Lucia")
    dx = c.condition(cc(ICD, "C18.7", "Malignant neoplasm of sigmoid colon"), "2025-07-01")
    c.procedure(cc(text="Sigmoid colectomy"), "2025-08-05", reason=dx)
    c.ecog("2025-09-10", 1)

    # C9 refer: panitumumab in KRAS G12V
    c = case("lab5-crc-09", "colorectal", "refer-to-reviewer", "2025-04-09",
             svc_hcpcs("J9303", "Injection, panitumumab, 10 mg"),
             "Man with KRAS G12V-mutant metastatic colon cancer after FOLFOX and FOLFIRI; panitumumab monotherapy requested.",
             "Vectibix (panitumumab) label section 1: indicated only for wild-type RAS mCRC; the label states it is not indicated for RAS-mutant mCRC or when RAS status is unknown. The record documents KRAS G12V.")
    c.patient("male", "1954-09-19", "Bauer", "Klaus")
    dx = c.condition(cc(ICD, "C18.2", "Malignant neoplasm of ascending colon"), "2023-05-05",
                     stage={"summary": cc(SCT, "1222837003", "American Joint Committee on Cancer stage IV (qualifier value)")})
    c.report(cc(LOINC, "51969-4", "Genetic analysis report"), "2023-05-25", "KRAS c.35G>T p.(Gly12Val) detected. NRAS and BRAF wild-type.")
    c.med("statement", cc(text="FOLFOX"), "2023-06-01", "2024-02-01")
    c.med("statement", cc(text="FOLFIRI + bevacizumab"), "2024-03-01", "2025-03-20", status="stopped", status_reason="progression")

    # C10 refer: pembrolizumab first line in MSS / pMMR
    c = case("lab5-crc-10", "colorectal", "refer-to-reviewer", "2026-02-17",
             svc_rx("1547545", "pembrolizumab"),
             "Man with untreated metastatic colon cancer that is microsatellite stable with intact MMR proteins; first-line pembrolizumab monotherapy requested.",
             "Keytruda (pembrolizumab) label section 1: colorectal indications require MSI-H or dMMR tumors; KEYNOTE-177 enrolled only MSI-H/dMMR. The record documents MSS and proficient MMR.")
    c.patient("male", "1966-01-15", "Larsen", "Erik")
    dx = c.condition(cc(ICD, "C19", "Malignant neoplasm of rectosigmoid junction"), "2026-01-05", profile=MCODE_PCC)
    c.condition(cc(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2026-01-05")
    c.obs(cc(LOINC, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "2026-01-20", vcc(cc(LOINC, "LA14122-8", "Stable")))
    c.obs(cc(text="MMR IHC (MLH1, PMS2, MSH2, MSH6)"), "2026-01-20", vs("Intact nuclear expression of all four proteins (pMMR)"))


# =========================================================================
# PROSTATE
# =========================================================================
def psa(c, date, value, code="2857-1"):
    disp = {"2857-1": "Prostate specific Ag [Mass/volume] in Serum or Plasma",
            "83112-3": "Prostate specific Ag [Mass/volume] in Serum or Plasma by Immunoassay"}[code]
    return c.obs(cc(LOINC, code, disp), date, q(value, "ng/mL"))


def testosterone(c, date, value):
    return c.obs(cc(LOINC, "2986-8", "Testosterone [Mass/volume] in Serum or Plasma"), date, q(value, "ng/dL"))


def prostate():
    # P1 supported: apalutamide mCSPC (TITAN)
    c = case("lab5-prostate-01", "prostate", "supported", "2025-03-27",
             svc_rx("1999574", "apalutamide"),
             "Man with newly diagnosed castration-sensitive prostate cancer metastatic to bone, started on leuprolide; apalutamide requested.",
             "Erleada (apalutamide) label section 1: metastatic castration-sensitive prostate cancer (with continued ADT); TITAN.")
    c.patient("male", "1955-05-15", "Walker", "James")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate"), "2025-01-20", profile=MCODE_PCC,
                     histology=cc(SCT, "1187332001", "Adenocarcinoma (morphologic abnormality)"))
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2025-01-30")
    c.condition(cc(ICD, "Z19.1", "Hormone sensitive malignancy status"), "2025-02-01")
    c.stage_obs("21908-9", "Stage group.clinical Cancer", vcc(cc(AJCC, "IVB", "IVB")), "2025-02-01", dx)
    psa(c, "2025-01-18", 48.0)
    c.med("admin", hc("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), "2025-02-10")
    psa(c, "2025-03-20", 9.6)

    # P2 supported: apalutamide nmCRPC (SPARTAN)
    c = case("lab5-prostate-02", "prostate", "supported", "2025-09-16",
             svc_rx("1999574", "apalutamide"),
             "Man on leuprolide after prostatectomy with PSA rising from 2.1 to 6.8 ng/mL (doubling time about 5 months) at castrate testosterone and negative staging imaging; apalutamide requested for non-metastatic CRPC.",
             "Erleada (apalutamide) label section 1: non-metastatic castration-resistant prostate cancer; SPARTAN (PSA doubling time <= 10 months).",
             prefix_patient=True)
    c.patient("male", "1950-10-02", "Svensson", "Lars")
    dx = c.condition(cc(SCT, "399068003", "Malignant tumor of prostate (disorder)"), "2019-03-11")
    c.procedure(cc(text="Radical prostatectomy"), "2019-05-02", reason=dx)
    c.med("statement", cc(text="Lupron Depot (leuprolide) every 3 months"), "2022-06-01", status="active")
    psa(c, "2024-11-05", 2.1, "83112-3")
    psa(c, "2025-02-10", 3.3, "83112-3")
    psa(c, "2025-05-12", 4.6, "83112-3")
    psa(c, "2025-08-15", 6.8, "83112-3")
    testosterone(c, "2025-08-15", 14)
    c.report(cc(text="CT abdomen/pelvis and whole-body bone scan"), "2025-08-28",
             "No evidence of nodal, visceral or osseous metastatic disease.", category="RAD")

    # P3 supported: enzalutamide mCSPC (ARCHES)
    c = case("lab5-prostate-03", "prostate", "supported", "2026-01-08",
             svc_rx("1307298", "enzalutamide"),
             "Man with hormone-sensitive prostate cancer metastatic to bone and pelvic nodes, started on degarelix; enzalutamide requested.",
             "Xtandi (enzalutamide) label section 1: metastatic castration-sensitive prostate cancer; ARCHES.")
    c.patient("male", "1958-12-20", "Costa", "Paulo")
    dx = c.condition(cc(SCT, "399068003", "Malignant tumor of prostate (disorder)", extra=[(ICD, "C61", "Malignant neoplasm of prostate")]), "2025-11-10",
                     stage={"summary": cc(text="cT3a N1 M1b")})
    c.condition(cc(SCT, "94222008", "Secondary malignant neoplasm of bone"), "2025-11-18")
    c.condition(cc(ICD, "C77.5", "Secondary and unspecified malignant neoplasm of intrapelvic lymph nodes"), "2025-11-18")
    psa(c, "2025-11-08", 112.0)
    c.med("admin", hc("J9155", "Injection, degarelix, 1 mg", text="Firmagon 240 mg loading dose"), "2025-12-01")
    c.obs(cc(text="Castration status"), "2025-12-01", vs("Hormone-naive; ADT started 2025-12-01"), category="exam")

    # P4 supported: radium-223 (ALSYMPCA)
    c = case("lab5-prostate-04", "prostate", "supported", "2025-07-22",
             svc_hcpcs("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie"),
             "Man with castration-resistant prostate cancer and painful bone-only metastases (no visceral disease on CT) after abiraterone; radium-223 requested.",
             "Xofigo (radium Ra 223 dichloride) label section 1: castration-resistant prostate cancer with symptomatic bone metastases and no known visceral metastatic disease; ALSYMPCA.")
    c.patient("male", "1946-04-04", "Thompson", "Robert")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate"), "2018-02-12")
    c.condition(cc(ICD, "Z19.2", "Hormone resistant malignancy status"), "2024-10-01")
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2024-10-01")
    c.condition(cc(text="Bone pain due to osseous metastases, on scheduled oxycodone"), "2025-05-15", category="problem-list-item")
    c.med("statement", rx("1186684", "ZYTIGA (Oral Pill)", text="Zytiga + prednisone"), "2024-10-15", "2025-05-30", status="stopped",
          status_reason="PSA and radiographic progression")
    c.report(cc(text="CT chest/abdomen/pelvis"), "2025-06-20",
             "Multiple sclerotic osseous metastases. No hepatic, pulmonary or other visceral metastases. No lymphadenopathy > 3 cm.", category="RAD")
    psa(c, "2025-06-20", 38.5)

    # P5 supported: olaparib germline BRCA2 mCRPC after abiraterone (PROfound)
    c = case("lab5-prostate-05", "prostate", "supported", "2025-12-16",
             svc_rx("1597582", "olaparib"),
             "Man with metastatic CRPC carrying a germline pathogenic BRCA2 variant, progressing on abiraterone; olaparib requested.",
             "Lynparza (olaparib) label section 1: deleterious or suspected deleterious germline or somatic HRR gene-mutated metastatic CRPC after progression on enzalutamide or abiraterone; PROfound.")
    c.patient("male", "1953-08-08", "Cohen", "David")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate"), "2021-09-01", profile=MCODE_PCC)
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2023-04-01")
    c.obs(cc(text="BRCA1/2 germline testing"), "2023-05-10", vs("Pathogenic variant detected: BRCA2 c.5946delT (p.Ser1982fs)"), category="laboratory")
    zy = c.medication(rx("1186684", "ZYTIGA (Oral Pill)"))
    c.med("statement", zy, "2024-01-10", "2025-11-01", status="stopped", status_reason="Progression")
    c.med("statement", cc(text="ADT: leuprolide"), "2021-10-01", status="active")
    psa(c, "2025-07-01", 4.2)
    psa(c, "2025-09-01", 8.9)
    psa(c, "2025-10-28", 17.5)
    testosterone(c, "2025-10-28", 9)
    c.progression("2025-10-30", dx, "New bone lesions on bone scan; PSA progression on abiraterone")

    # P6 needs-documentation: sipuleucel-T without castration resistance
    c = case("lab5-prostate-06", "prostate", "needs-documentation", "2025-04-28",
             svc_hcpcs("Q2043", "Sipuleucel-t, minimum of 50 million autologous cd54+ cells activated with pap-gm-csf"),
             "Asymptomatic man with prostate cancer metastatic to bone on ADT referred for sipuleucel-T; no PSA trend, testosterone or castration-resistance statement is documented.",
             "Provenge (sipuleucel-T) label section 1: asymptomatic or minimally symptomatic metastatic castration-resistant (hormone-refractory) prostate cancer; IMPACT.",
             missing=["castration_resistant"])
    c.patient("male", "1957-03-30", "Richter", "Hans")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate"), "2022-01-14")
    c.condition(cc(SCT, "94222008", "Secondary malignant neoplasm of bone"), "2024-11-02")
    c.med("statement", cc(text="Eligard (leuprolide acetate) 45 mg q6 months"), "2022-02-01", status="active")
    c.obs(cc(text="Symptom review"), "2025-04-10", vs("No bone pain; no opioid use; asymptomatic"), category="exam")
    c.ecog("2025-04-10", 0)

    # P7 needs-documentation: rucaparib without BRCA testing
    c = case("lab5-prostate-07", "prostate", "needs-documentation", "2025-11-04",
             svc_rx("1862579", "rucaparib"),
             "Man with metastatic CRPC after enzalutamide and docetaxel referred for rucaparib; no BRCA or HRR test result is documented.",
             "Rubraca (rucaparib) label section 1: deleterious BRCA mutation (germline and/or somatic)-associated metastatic CRPC previously treated with androgen receptor-directed therapy and a taxane; TRITON2.",
             missing=["brca"])
    c.patient("male", "1949-06-17", "Ahmed", "Tariq")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate", extra=[(SCT, "399068003", "Malignant tumor of prostate (disorder)")]), "2019-08-08")
    c.condition(cc(ICD, "Z19.2", "Hormone resistant malignancy status"), "2023-02-01")
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2023-02-01")
    c.med("statement", rx("1307308", "XTANDI (Oral Pill)"), "2023-02-15", "2024-08-01", status="stopped", status_reason="progression")
    c.med("admin", hc("J9171", "Injection, docetaxel, 1 mg"), "2024-09-01", "2025-02-15")
    c.progression("2025-10-01", dx)

    # P8 refer: radium-223 with liver metastases
    c = case("lab5-prostate-08", "prostate", "refer-to-reviewer", "2026-03-24",
             svc_hcpcs("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie"),
             "Man with castration-resistant prostate cancer, symptomatic bone metastases and new liver metastases; radium-223 requested.",
             "Xofigo (radium Ra 223 dichloride) label section 1: CRPC with symptomatic bone metastases and no known visceral metastatic disease; ALSYMPCA excluded visceral metastases. The record documents liver metastases.")
    c.patient("male", "1951-11-11", "Kim", "Joon")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate"), "2020-04-20", profile=MCODE_PCC)
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2023-06-01")
    c.condition(cc(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2026-02-27", profile=MCODE_SEC)
    c.obs(cc(text="Castration status"), "2025-01-10", vs("Castration-resistant (PSA progression at testosterone < 50 ng/dL)"), category="exam")
    psa(c, "2026-02-20", 64.0)
    testosterone(c, "2026-02-20", 12)
    c.condition(cc(text="Cancer-related bone pain"), "2026-01-15")

    # P9 refer: rucaparib in castration-sensitive disease
    c = case("lab5-prostate-09", "prostate", "refer-to-reviewer", "2025-06-11",
             svc_rx("1862579", "rucaparib"),
             "Treatment-naive man with newly diagnosed metastatic hormone-sensitive prostate cancer and a germline BRCA2 variant (testosterone 410 ng/dL, no ADT yet); rucaparib requested.",
             "Rubraca (rucaparib) label section 1: BRCA-mutated metastatic castration-resistant prostate cancer after androgen receptor-directed therapy and a taxane; TRITON2. The record documents castration-sensitive, untreated disease.")
    c.patient("male", "1962-02-28", "Martin", "Pierre")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate"), "2025-05-02")
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2025-05-10")
    c.condition(cc(ICD, "Z19.1", "Hormone sensitive malignancy status"), "2025-05-10")
    c.variant("BRCA2", "HGNC:1101", True, "2025-05-30", chgvs="NM_000059.4:c.5946del", germline=True)
    testosterone(c, "2025-05-05", 410)
    psa(c, "2025-05-05", 86.0)

    # P10 refer: apalutamide in metastatic CRPC
    c = case("lab5-prostate-10", "prostate", "refer-to-reviewer", "2025-10-21",
             svc_rx("1999574", "apalutamide"),
             "Man with castration-resistant prostate cancer with rising PSA at castrate testosterone and new bone metastases on bone scan; apalutamide requested.",
             "Erleada (apalutamide) label section 1: indicated only for metastatic castration-sensitive and non-metastatic castration-resistant prostate cancer (TITAN, SPARTAN); metastatic CRPC is not a labeled indication. The record documents metastatic CRPC.")
    c.patient("male", "1948-07-25", "Hoffmann", "Dieter")
    dx = c.condition(cc(ICD, "C61", "Malignant neoplasm of prostate"), "2017-03-03")
    c.med("statement", cc(text="Leuprolide depot"), "2020-01-10", status="active")
    psa(c, "2025-04-02", 5.4)
    psa(c, "2025-06-30", 9.8)
    psa(c, "2025-09-29", 21.0)
    testosterone(c, "2025-09-29", 11)
    c.condition(cc(ICD, "Z19.2", "Hormone resistant malignancy status"), "2025-10-01")
    c.condition(cc(ICD, "C79.51", "Secondary malignant neoplasm of bone"), "2025-10-08")
    c.report(cc(text="Whole-body bone scan"), "2025-10-08", "New foci in L3 and right iliac bone consistent with osseous metastases.", category="RAD")


# =========================================================================
# validation and output
# =========================================================================
FACTS = {"stage", "her2", "er", "pr", "pdl1_tps", "egfr", "alk", "ros1", "braf", "kras", "nras",
         "msi", "mmr", "brca", "pik3ca", "esr1", "ret", "met", "ntrk", "erbb2", "psa",
         "castration_resistant", "metastatic", "histology"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def walk(o, fn):
    if isinstance(o, dict):
        for k, v in o.items():
            fn(k, v)
            walk(v, fn)
    elif isinstance(o, list):
        for v in o:
            walk(v, fn)


def validate(cases):
    ids = set()
    for c in cases:
        for f in ("id", "cancer", "description", "basis", "date", "service", "expected", "bundle"):
            assert f in c and c[f], (c.get("id"), f)
        assert c["id"].startswith("lab5-") and c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["cancer"] in ("breast", "nsclc", "colorectal", "prostate")
        assert c["expected"] in ("supported", "needs-documentation", "refer-to-reviewer")
        assert "2025-01-01" <= c["date"] <= "2026-12-31"
        s = c["service"]
        assert set(s) == {"system", "code", "display"} and s["system"] in (RX, HCPCS)
        if c["expected"] == "needs-documentation":
            assert c["expected_missing"] and set(c["expected_missing"]) <= FACTS, c["id"]
        else:
            assert "expected_missing" not in c
        b = c["bundle"]
        assert b["resourceType"] == "Bundle" and b["type"] == "collection"
        urls = set()
        patients = 0
        for e in b["entry"]:
            u = e["fullUrl"]
            assert u.startswith("urn:uuid:") and u not in urls
            urls.add(u)
            r = e["resource"]
            uid = u[len("urn:uuid:"):]
            uuid.UUID(uid)
            if r["resourceType"] == "Patient":
                patients += 1
                assert r["id"] in (uid, "nec5-" + uid), c["id"]
            else:
                assert r["id"] == uid, c["id"]
        assert patients == 1, c["id"]
        refs = []
        dates = []

        def fn(k, v):
            if k == "reference":
                refs.append(v)
            if isinstance(v, str) and DATE_RE.match(v) and k not in ("code", "display", "text", "value", "valueString"):
                dates.append(v)
        walk(b, fn)
        for r in refs:
            assert r in urls, (c["id"], r)
        for d in dates:
            assert d[:10] < c["date"], (c["id"], d)
    return True


def write_md(cases, path):
    lines = ["# Necessity label cases, set 5 (held out)", "",
             "Generated by `scripts/gen-label-cases-5.py` (deterministic, uuid5 namespace `%s`)." % NS,
             "Written from FDA label section 1 (Indications and Usage) and pivotal trials only, independently of the engine and earlier sets.",
             "Expected outcomes: `supported` (every label requirement documented), `needs-documentation` (a required fact absent), `refer-to-reviewer` (record contradicts the label).", "",
             "## Counts", "", "| cancer | supported | needs-documentation | refer-to-reviewer |", "|---|---|---|---|"]
    for ca in ("breast", "nsclc", "colorectal", "prostate"):
        n = [sum(1 for c in cases if c["cancer"] == ca and c["expected"] == e)
             for e in ("supported", "needs-documentation", "refer-to-reviewer")]
        lines.append("| %s | %d | %d | %d |" % (ca, *n))
    lines += ["", "## Cases", "", "| id | cancer | expected | description | label basis |", "|---|---|---|---|---|"]
    for c in cases:
        exp = c["expected"]
        if exp == "needs-documentation":
            exp += " (missing: %s)" % ", ".join(c["expected_missing"])
        lines.append("| %s | %s | %s | %s | %s |" % (c["id"], c["cancer"], exp,
                     c["description"].replace("|", "/"), c["basis"].replace("|", "/")))
    lines += ["", "## Codes used and where they were verified", ""]
    lines += CODE_NOTES
    used = {}

    def fn(k, v):
        if k == "coding":
            for cd in v:
                used.setdefault((cd.get("system"), cd.get("code")), cd.get("display"))
    for c in cases:
        walk(c["bundle"], fn)
        used.setdefault((c["service"]["system"], c["service"]["code"]), c["service"]["display"])
    lines += ["", "### Complete list of codings appearing in the set", "", "| system | code | display |", "|---|---|---|"]
    for (s, k), d in sorted(used.items(), key=lambda x: (x[0][0] or "", x[0][1] or "")):
        lines.append("| %s | %s | %s |" % (s, k, d or ""))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    breast()
    nsclc()
    colorectal()
    prostate()
    cases = [c.to_json() for c in CASES]
    validate(cases)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "label-cases-5.json"), "w") as f:
        json.dump({"cases": cases}, f, indent=2)
        f.write("\n")
    write_md(cases, os.path.join(OUT_DIR, "label-cases-5.md"))
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()
