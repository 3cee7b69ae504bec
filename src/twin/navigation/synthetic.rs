//! Synthetic oncology patients for the worklist benchmark and the navigation tests: small
//! FHIR resources (the shapes Synthea and mCODE use) built from a seed, so they go through
//! the same normalisation as real data.

use chrono::{Days, NaiveDate};
use serde_json::{json, Value};

const SCT: &str = "http://snomed.info/sct";
const LOINC: &str = "http://loinc.org";
const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";

/// Builds the FHIR resources of one patient (every resource has an id and a subject).
#[derive(Debug, Clone)]
pub struct PatientBuilder {
    pub patient_id: String,
    pub resources: Vec<Value>,
    next: usize,
}

impl PatientBuilder {
    /// A patient with a sex and birth date.
    pub fn new(patient_id: &str, gender: &str, birth: &str) -> PatientBuilder {
        let patient = json!({"resourceType": "Patient", "id": patient_id, "gender": gender, "birthDate": birth});
        PatientBuilder { patient_id: patient_id.to_string(), resources: vec![patient], next: 0 }
    }

    fn id(&mut self, what: &str) -> String {
        self.next += 1;
        let id = format!("{}-{what}-{}", self.patient_id, self.next);
        id.chars().take(64).collect()
    }

    fn subject(&self) -> Value {
        json!({"reference": format!("Patient/{}", self.patient_id)})
    }

    /// A primary cancer Condition (SNOMED CT).
    pub fn diagnosis(&mut self, date: &str, snomed: &str, display: &str) -> &mut Self {
        let id = self.id("dx");
        let c = json!({"resourceType": "Condition", "id": id, "subject": self.subject(),
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": SCT, "code": snomed, "display": display}]}, "onsetDateTime": date});
        self.resources.push(c);
        self
    }

    fn observation(&mut self, what: &str, date: &str, code: &str, display: &str, value: Value) -> &mut Self {
        let id = self.id(what);
        let mut o = json!({"resourceType": "Observation", "id": id, "status": "final", "subject": self.subject(),
            "code": {"coding": [{"system": LOINC, "code": code, "display": display}]}, "effectiveDateTime": date});
        for (k, v) in value.as_object().into_iter().flatten() {
            o[k] = v.clone();
        }
        self.resources.push(o);
        self
    }

    /// Clinical stage group (`IIA`) and TNM categories (`T2`, `N0`, `M0`).
    pub fn stage(&mut self, date: &str, group: &str, t: &str, n: &str, m: &str) -> &mut Self {
        self.observation(
            "stage",
            date,
            "21908-9",
            "Stage group.clinical Cancer",
            json!({"valueCodeableConcept": {"text": format!("Stage {group}")}}),
        );
        for (code, display, v) in [
            ("21905-5", "Primary tumor.clinical", t),
            ("21906-3", "Regional lymph nodes.clinical", n),
            ("21907-1", "Distant metastases.clinical", m),
        ] {
            if !v.is_empty() {
                self.observation(
                    "tnm",
                    date,
                    code,
                    display,
                    json!({"valueCodeableConcept": {"text": format!("c{v}")}}),
                );
            }
        }
        self
    }

    /// Pathological T and N (after surgery).
    pub fn pathological(&mut self, date: &str, t: &str, n: &str) -> &mut Self {
        self.observation(
            "pt",
            date,
            "21899-0",
            "Primary tumor.pathology",
            json!({"valueCodeableConcept": {"text": t}}),
        );
        self.observation(
            "pn",
            date,
            "21900-6",
            "Regional lymph nodes.pathology",
            json!({"valueCodeableConcept": {"text": n}}),
        )
    }

    /// A qualitative receptor result: `er`, `pr` or `her2`, `positive` / `negative`.
    pub fn receptor(&mut self, date: &str, marker: &str, positive: bool) -> &mut Self {
        let (code, display) = match marker {
            "er" => ("16112-5", "Estrogen receptor [Interpretation] in Tissue"),
            "pr" => ("16113-3", "Progesterone receptor [Interpretation] in Tissue"),
            _ => ("48676-1", "HER2 [Interpretation] in Tissue"),
        };
        let value = if positive {
            json!({"valueCodeableConcept": {"coding": [{"system": SCT, "code": "10828004", "display": "Positive"}]}})
        } else {
            json!({"valueCodeableConcept": {"coding": [{"system": SCT, "code": "260385009", "display": "Negative"}]}})
        };
        self.observation(marker, date, code, display, value)
    }

    /// A gene tested: found (`alteration` text such as `L858R`, or a fusion partner) or not.
    pub fn gene(&mut self, date: &str, gene: &str, found: Option<&str>) -> &mut Self {
        let mut components = vec![
            json!({"code": {"coding": [{"system": LOINC, "code": "48018-6"}]}, "valueCodeableConcept": {"coding": [{"display": gene}]}}),
        ];
        let value = match found {
            Some("fusion") => {
                components.push(json!({"code": {"coding": [{"system": LOINC, "code": "48019-4"}]}, "valueCodeableConcept": {"text": "fusion"}}));
                json!({"coding": [{"system": LOINC, "code": "LA9633-4", "display": "Present"}]})
            }
            Some(change) => {
                components.push(json!({"code": {"coding": [{"system": LOINC, "code": "48005-3"}]}, "valueCodeableConcept": {"coding": [{"code": change}]}}));
                json!({"coding": [{"system": LOINC, "code": "LA9633-4", "display": "Present"}]})
            }
            None => json!({"coding": [{"system": LOINC, "code": "LA9634-2", "display": "Absent"}]}),
        };
        self.observation(
            "gene",
            date,
            "69548-6",
            "Genetic variant assessment",
            json!({"valueCodeableConcept": value, "component": components}),
        )
    }

    /// PD-L1 tumour proportion score (%).
    pub fn pdl1_tps(&mut self, date: &str, percent: f64) -> &mut Self {
        self.observation(
            "pdl1",
            date,
            "85147-7",
            "PD-L1 tumor proportion score by immune stain",
            json!({"valueQuantity": {"value": percent, "unit": "%"}}),
        )
    }

    /// Serum PSA (ng/mL).
    pub fn psa(&mut self, date: &str, value: f64) -> &mut Self {
        self.observation(
            "psa",
            date,
            "2857-1",
            "Prostate specific Ag",
            json!({"valueQuantity": {"value": value, "unit": "ng/mL"}}),
        )
    }

    /// ECOG performance status.
    pub fn ecog(&mut self, date: &str, value: i64) -> &mut Self {
        self.observation("ecog", date, "89247-1", "ECOG Performance Status score", json!({"valueInteger": value}))
    }

    /// A drug given (RxNorm ingredient).
    pub fn drug(&mut self, date: &str, rxcui: &str, name: &str) -> &mut Self {
        let id = self.id("med");
        let m = json!({"resourceType": "MedicationAdministration", "id": id, "status": "completed", "subject": self.subject(),
            "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": rxcui, "display": name}]}, "effectiveDateTime": date});
        self.resources.push(m);
        self
    }

    /// A drug given every `every_days` days, `cycles` times from `start`.
    pub fn cycles(&mut self, start: &str, cycles: u64, every_days: u64, drugs: &[(&str, &str)]) -> &mut Self {
        let start = date(start);
        for c in 0..cycles {
            let d = (start + Days::new(c * every_days)).to_string();
            for (rxcui, name) in drugs {
                self.drug(&d, rxcui, name);
            }
        }
        self
    }

    /// A procedure (SNOMED CT): an operation, radiotherapy or imaging.
    pub fn procedure(&mut self, date: &str, snomed: &str, display: &str) -> &mut Self {
        let id = self.id("proc");
        let p = json!({"resourceType": "Procedure", "id": id, "status": "completed", "subject": self.subject(),
            "code": {"coding": [{"system": SCT, "code": snomed, "display": display}]}, "performedDateTime": date});
        self.resources.push(p);
        self
    }

    /// A transaction Bundle of everything (PUT, so re-sending changes nothing).
    pub fn bundle(&self) -> Value {
        json!({"resourceType": "Bundle", "type": "transaction", "entry": self.resources.iter().map(|r| json!({
            "resource": r,
            "request": {"method": "PUT", "url": format!("{}/{}", r["resourceType"].as_str().unwrap_or(""), r["id"].as_str().unwrap_or(""))}
        })).collect::<Vec<_>>()})
    }

    /// The timeline events of everything, as ingest would store them.
    pub fn events(&self) -> Vec<crate::twin::history::TimelineEvent> {
        let mut events: Vec<_> = self
            .resources
            .iter()
            .flat_map(|r| {
                crate::twin::history::normalise::normalise(
                    r["resourceType"].as_str().unwrap_or(""),
                    r["id"].as_str().unwrap_or(""),
                    r,
                )
            })
            .collect();
        crate::twin::history::event::sort_events(&mut events);
        events
    }
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
}

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same patients.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

fn plus(d: NaiveDate, days: u64) -> String {
    (d + Days::new(days)).to_string()
}

/// One synthetic patient, diagnosed within ~4 years before `today`, somewhere along the
/// pathway of a breast, lung, colorectal or prostate cancer (a few have two primaries, a
/// few have none).
pub fn patient(i: usize, rng: &mut Rng, today: NaiveDate) -> PatientBuilder {
    let id = format!("syn-{i:06}");
    let female = rng.chance(0.6);
    let age = 45 + rng.below(35);
    let birth = format!(
        "{}-0{}-1{}",
        today.format("%Y").to_string().parse::<u64>().unwrap_or(2026) - age,
        1 + rng.below(9),
        rng.below(9)
    );
    let mut b = PatientBuilder::new(&id, if female { "female" } else { "male" }, &birth);
    if rng.chance(0.04) {
        return b; // no cancer
    }
    let dx = today - Days::new(20 + rng.below(1400));
    let kind = if female { rng.below(3) } else { 1 + rng.below(3) };
    match kind {
        0 => breast(&mut b, rng, dx),
        1 => lung(&mut b, rng, dx),
        _ if !female && rng.chance(0.5) => prostate(&mut b, rng, dx),
        _ => colon(&mut b, rng, dx),
    }
    if rng.chance(0.03) {
        let second = dx + Days::new(rng.below(300));
        if female {
            colon(&mut b, rng, second)
        } else {
            prostate(&mut b, rng, second)
        }
    }
    b
}

fn breast(b: &mut PatientBuilder, rng: &mut Rng, dx: NaiveDate) {
    let d = dx.to_string();
    b.diagnosis(&d, "254837009", "Malignant neoplasm of breast (disorder)");
    let stage = ["IA", "IIA", "IIB", "IIIA", "IV"][rng.below(5) as usize];
    let (t, n) = match stage {
        "IA" => ("T1c", "N0"),
        "IIA" => ("T2", "N0"),
        "IIB" => ("T2", "N1"),
        "IIIA" => ("T3", "N1"),
        _ => ("T2", "N1"),
    };
    b.stage(&d, stage, t, n, if stage == "IV" { "M1" } else { "M0" });
    let (er, her2) = (rng.chance(0.7), rng.chance(0.2));
    b.receptor(&d, "er", er).receptor(&d, "pr", er && rng.chance(0.8)).receptor(&d, "her2", her2);
    let progress = rng.below(4);
    if stage == "IV" {
        if progress > 0 {
            if her2 {
                b.cycles(
                    &plus(dx, 21),
                    6,
                    21,
                    &[("224905", "trastuzumab"), ("1298944", "pertuzumab"), ("72962", "docetaxel")],
                );
            } else if er {
                b.cycles(&plus(dx, 21), 6, 28, &[("1601374", "palbociclib"), ("72965", "letrozole")]);
            } else {
                b.cycles(&plus(dx, 21), 6, 21, &[("56946", "paclitaxel")]);
            }
        }
        return;
    }
    if progress == 0 {
        return;
    }
    let mut at = dx;
    if her2 && n != "N0" {
        at = dx + Days::new(25);
        b.cycles(
            &at.to_string(),
            6,
            21,
            &[("72962", "docetaxel"), ("40048", "carboplatin"), ("224905", "trastuzumab"), ("1298944", "pertuzumab")],
        );
        at = at + Days::new(6 * 21 + 20);
    } else {
        at = at + Days::new(20 + rng.below(30));
    }
    b.procedure(&at.to_string(), "392021009", "Lumpectomy of breast (procedure)");
    b.pathological(&plus(at, 3), if rng.chance(0.3) { "ypT0" } else { "pT1c" }, "pN0");
    if progress == 1 {
        return;
    }
    let rt = at + Days::new(30);
    b.procedure(&rt.to_string(), "33195004", "External beam radiation therapy (procedure)");
    if progress == 2 || !er {
        return;
    }
    b.drug(&plus(rt, 40), "10324", "tamoxifen");
}

fn lung(b: &mut PatientBuilder, rng: &mut Rng, dx: NaiveDate) {
    let d = dx.to_string();
    b.diagnosis(&d, "254637007", "Non-small cell lung cancer (disorder)");
    let stage = ["IB", "IIIA", "IV", "IV"][rng.below(4) as usize];
    b.stage(
        &d,
        stage,
        if stage == "IB" { "T2a" } else { "T3" },
        if stage == "IB" { "N0" } else { "N2" },
        if stage == "IV" { "M1a" } else { "M0" },
    );
    let tested = rng.chance(0.75);
    if tested {
        let t = plus(dx, 7);
        let egfr = rng.chance(0.15);
        b.gene(&t, "EGFR", egfr.then_some("L858R"))
            .gene(&t, "ALK", None)
            .pdl1_tps(&t, [5.0, 30.0, 60.0][rng.below(3) as usize]);
    }
    b.ecog(&d, rng.below(2) as i64);
    if rng.chance(0.4) {
        return;
    }
    let start = plus(dx, 20 + rng.below(20));
    match stage {
        "IV" => {
            b.cycles(&start, 4, 21, &[("40048", "carboplatin"), ("68446", "pemetrexed"), ("1547545", "pembrolizumab")]);
        }
        "IIIA" => {
            b.cycles(&start, 6, 7, &[("40048", "carboplatin"), ("56946", "paclitaxel")]);
        }
        _ => {
            b.procedure(&start, "173171007", "Lobectomy of lung (procedure)");
        }
    }
}

fn colon(b: &mut PatientBuilder, rng: &mut Rng, dx: NaiveDate) {
    let d = dx.to_string();
    b.diagnosis(&d, "363406005", "Malignant neoplasm of colon (disorder)");
    let stage = ["I", "IIA", "IIIB", "IV"][rng.below(4) as usize];
    b.stage(&d, stage, "T3", if stage == "IIIB" { "N1" } else { "N0" }, if stage == "IV" { "M1a" } else { "M0" });
    if rng.chance(0.3) || stage == "IV" {
        return;
    }
    let surgery = dx + Days::new(15 + rng.below(30));
    b.procedure(&surgery.to_string(), "43075005", "Partial resection of colon (procedure)");
    if stage == "IIIB" && rng.chance(0.6) {
        b.cycles(
            &plus(surgery, 35),
            8,
            14,
            &[("32592", "oxaliplatin"), ("4492", "fluorouracil"), ("6313", "leucovorin")],
        );
    }
}

fn prostate(b: &mut PatientBuilder, rng: &mut Rng, dx: NaiveDate) {
    let d = dx.to_string();
    b.diagnosis(&d, "399068003", "Malignant tumor of prostate (disorder)");
    b.psa(&d, 4.0 + rng.below(30) as f64);
    let stage = ["IIA", "IIC", "IVB"][rng.below(3) as usize];
    b.stage(&d, stage, "T2", "N0", if stage == "IVB" { "M1b" } else { "M0" });
    if rng.chance(0.5) {
        b.cycles(&plus(dx, 20), 4, 91, &[("42375", "leuprolide")]);
    }
}
