//! The patient-facts vocabulary: every fact a criterion may test, its type, and the values a
//! patient's twin fills in.
//!
//! The vocabulary is closed on purpose: a pathway that tests a fact not listed in [`FACTS`]
//! fails to load, so a typo (`her2_status`) cannot silently make a branch unreachable.
//! A fact that is absent from [`PatientFacts`] is *missing* (criteria on it evaluate to
//! Unknown); a negative finding is a present value (`her2 = negative`, `egfr = wildtype`,
//! `progression = false`).

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::code::{Code, CodeSystem};

/// The type of a fact, which fixes the operators and literals a criterion may use on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactType {
    /// `true` / `false`.
    Bool,
    /// A number (unit in [`FactDef::unit`]); compared with `=`, `<`, `>=` …
    Number,
    /// One word out of a fixed list.
    Enum(&'static [&'static str]),
    /// AJCC stage group (`0`, `I`, `IA`, `IIIB`, `IVA` …); ordered, and `II` covers `IIA`.
    Stage,
    /// A TNM category on one axis (`T1c`, `N2`, `M1b` …); ordered, and `T1` covers `T1c`.
    Tnm(TnmAxis),
    /// The alterations found by a test of one gene, out of a fixed list; an empty set is
    /// `wildtype` (tested, nothing actionable found).
    Variants(&'static [&'static str]),
    /// A set of codes in the given systems (diagnoses, prior drugs).
    Codes(&'static [CodeSystem]),
    /// The date an event happened, or a known "has not happened"; tested with
    /// `since(event) <= 12 weeks` or `event = true`.
    Event,
}

/// The axis of a TNM category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TnmAxis {
    /// Primary tumour.
    T,
    /// Regional nodes.
    N,
    /// Distant metastasis.
    M,
}

/// The variant word of a mutation reported without its variant ("BRAF-mutant", "EGFR mutation
/// positive"): not wildtype, but whether it is the variant a gate names is not known.
pub const UNSPECIFIED: &str = "unspecified";

/// One entry of the vocabulary.
#[derive(Debug)]
pub struct FactDef {
    /// The name used in criteria and in [`PatientFacts`].
    pub name: &'static str,
    /// Its type.
    pub ty: FactType,
    /// Unit for numbers.
    pub unit: Option<&'static str>,
    /// What the fact means, for the README and error messages.
    pub doc: &'static str,
}

const RECEPTOR: &[&str] = &["positive", "negative"];

/// Drug classes a label may require as prior therapy (derived from `prior_drugs` by the
/// history twin's drug-class table).
pub const PRIOR_CLASSES: &[&str] = &[
    "platinum",
    "fluoropyrimidine",
    "oxaliplatin",
    "irinotecan",
    "taxane",
    "anthracycline",
    "anti_vegf",
    "anti_egfr",
    "anti_her2",
    "pd1_pdl1",
    "egfr_tki",
    "alk_tki",
    "endocrine",
    "aromatase_inhibitor",
    "cdk46",
    "arpi",
    "adt",
    "parp",
    "kras_g12c",
];

/// The facts vocabulary.
pub static FACTS: &[FactDef] = &[
    FactDef {
        name: "dx",
        ty: FactType::Codes(&[CodeSystem::Icd10, CodeSystem::Snomed]),
        unit: None,
        doc: "diagnosis codes (ICD-10-CM matches descendants by prefix; SNOMED CT exactly)",
    },
    FactDef { name: "age", ty: FactType::Number, unit: Some("years"), doc: "age in years on the as-of date" },
    FactDef { name: "sex", ty: FactType::Enum(&["female", "male"]), unit: None, doc: "administrative sex" },
    FactDef { name: "menopause", ty: FactType::Enum(&["pre", "post"]), unit: None, doc: "menopausal status" },
    FactDef { name: "stage", ty: FactType::Stage, unit: None, doc: "AJCC stage group" },
    FactDef {
        name: "t",
        ty: FactType::Tnm(TnmAxis::T),
        unit: None,
        doc: "T category (clinical or pathological, without prefix)",
    },
    FactDef { name: "n", ty: FactType::Tnm(TnmAxis::N), unit: None, doc: "N category" },
    FactDef { name: "m", ty: FactType::Tnm(TnmAxis::M), unit: None, doc: "M category" },
    FactDef {
        name: "histology",
        ty: FactType::Enum(&[
            "adenocarcinoma",
            "squamous",
            "large_cell",
            "nsclc_nos",
            "small_cell",
            "ductal",
            "lobular",
            "other",
        ]),
        unit: None,
        doc: "histologic type",
    },
    FactDef { name: "er", ty: FactType::Enum(RECEPTOR), unit: None, doc: "estrogen receptor status" },
    FactDef { name: "pr", ty: FactType::Enum(RECEPTOR), unit: None, doc: "progesterone receptor status" },
    FactDef {
        name: "history_pending",
        ty: FactType::Bool,
        unit: None,
        doc: "the record says prior treatment records are outstanding (outside records requested, not received): the prior-therapy facts list what is on record, a lower bound, so a prior therapy absent from them is not documented rather than not given",
    },
    FactDef {
        name: "hr",
        ty: FactType::Enum(RECEPTOR),
        unit: None,
        doc: "hormone receptor status: positive when ER or PR is, negative when both are (or as a combined status code states it)",
    },
    FactDef {
        name: "her2",
        ty: FactType::Enum(&["positive", "negative", "equivocal"]),
        unit: None,
        doc: "HER2 status (ASCO/CAP)",
    },
    FactDef {
        name: "her2_ihc",
        ty: FactType::Number,
        unit: Some("IHC score 0-3"),
        doc: "HER2 IHC score (HER2-low is IHC 1+ or 2+ with negative ISH)",
    },
    FactDef {
        name: "egfr",
        ty: FactType::Variants(&[
            "exon19del",
            "l858r",
            "t790m",
            "exon20ins",
            "g719x",
            "l861q",
            "s768i",
            "other",
            UNSPECIFIED,
        ]),
        unit: None,
        doc: "EGFR alterations found (`unspecified`: a mutation reported without its variant)",
    },
    FactDef { name: "alk", ty: FactType::Variants(&["fusion"]), unit: None, doc: "ALK rearrangement" },
    FactDef { name: "ros1", ty: FactType::Variants(&["fusion"]), unit: None, doc: "ROS1 rearrangement" },
    FactDef {
        name: "kras",
        ty: FactType::Variants(&["g12c", "g12d", "g12v", "g13d", "other", UNSPECIFIED]),
        unit: None,
        doc: "KRAS mutations found (`unspecified`: a mutation reported without its variant)",
    },
    FactDef { name: "nras", ty: FactType::Variants(&["mutated"]), unit: None, doc: "NRAS mutation (exons 2-4)" },
    FactDef {
        name: "braf",
        ty: FactType::Variants(&["v600e", "other", UNSPECIFIED]),
        unit: None,
        doc: "BRAF mutations found (`unspecified`: a mutation reported without its variant)",
    },
    FactDef {
        name: "brca",
        ty: FactType::Variants(&["brca1", "brca2"]),
        unit: None,
        doc: "germline BRCA1/2 pathogenic variant",
    },
    FactDef {
        name: "hrr",
        ty: FactType::Variants(&["brca1", "brca2", "atm", "cdk12", "chek2", "palb2", "other"]),
        unit: None,
        doc: "homologous-recombination-repair gene alterations (germline or somatic)",
    },
    FactDef { name: "pik3ca", ty: FactType::Variants(&["mutated"]), unit: None, doc: "PIK3CA activating mutation" },
    FactDef { name: "esr1", ty: FactType::Variants(&["mutated"]), unit: None, doc: "ESR1 mutation" },
    FactDef { name: "akt1", ty: FactType::Variants(&["mutated"]), unit: None, doc: "AKT1 activating mutation (E17K)" },
    FactDef {
        name: "pten",
        ty: FactType::Variants(&["altered"]),
        unit: None,
        doc: "PTEN loss-of-function alteration (mutation, deletion or loss by IHC)",
    },
    FactDef {
        name: "her2_class",
        ty: FactType::Enum(&["positive", "low", "ultralow", "zero"]),
        unit: None,
        doc: "HER2 expression class (ASCO/CAP 2023; DESTINY-Breast04/06): positive = IHC 3+ or ISH amplified; low = IHC 1+ or 2+ with ISH not amplified; ultralow = IHC 0 with membrane staining (>0 to <=10%); zero = IHC 0 without staining",
    },
    FactDef {
        name: "ret",
        ty: FactType::Variants(&["fusion", "mutation"]),
        unit: None,
        doc: "RET fusion or activating mutation",
    },
    FactDef {
        name: "met",
        ty: FactType::Variants(&["exon14skip", "amplification", "other"]),
        unit: None,
        doc: "MET alterations (exon 14 skipping, amplification)",
    },
    FactDef { name: "ntrk", ty: FactType::Variants(&["fusion"]), unit: None, doc: "NTRK1/2/3 gene fusion" },
    FactDef {
        name: "erbb2",
        ty: FactType::Variants(&["mutated"]),
        unit: None,
        doc: "activating ERBB2 (HER2) mutation in NSCLC (not HER2 overexpression)",
    },
    FactDef {
        name: "sidedness",
        ty: FactType::Enum(&["left", "right"]),
        unit: None,
        doc: "colon primary side (left: splenic flexure to rectum; right: caecum to transverse colon)",
    },
    FactDef {
        name: "positive_nodes",
        ty: FactType::Number,
        unit: Some("nodes"),
        doc: "number of pathologically involved regional lymph nodes",
    },
    FactDef {
        name: "cps_eg",
        ty: FactType::Number,
        unit: Some("score 0-6"),
        doc: "CPS+EG score after neoadjuvant therapy (clinical and post-treatment pathological stage, ER status, grade)",
    },
    FactDef {
        name: "psa_doubling_time",
        ty: FactType::Number,
        unit: Some("months"),
        doc: "PSA doubling time",
    },
    FactDef {
        name: "mcspc_risk",
        ty: FactType::Enum(&["high", "low"]),
        unit: None,
        doc: "LATITUDE risk of metastatic castration-sensitive prostate cancer: high = at least two of Gleason >= 8, >= 3 bone lesions, measurable visceral metastasis",
    },
    FactDef {
        name: "prior_classes",
        ty: FactType::Variants(PRIOR_CLASSES),
        unit: None,
        doc: "drug classes received for this cancer (from prior_drugs); `wildtype` = none",
    },
    FactDef { name: "pdl1_cps", ty: FactType::Number, unit: Some("CPS"), doc: "PD-L1 combined positive score" },
    FactDef { name: "pdl1_tps", ty: FactType::Number, unit: Some("%"), doc: "PD-L1 tumour proportion score" },
    FactDef {
        name: "msi",
        ty: FactType::Enum(&["high", "low", "stable"]),
        unit: None,
        doc: "microsatellite instability",
    },
    FactDef {
        name: "mmr",
        ty: FactType::Enum(&["deficient", "proficient"]),
        unit: None,
        doc: "mismatch-repair protein status",
    },
    FactDef { name: "psa", ty: FactType::Number, unit: Some("ng/mL"), doc: "latest serum PSA" },
    FactDef {
        name: "grade",
        ty: FactType::Number,
        unit: Some("histologic grade 1-3"),
        doc: "histologic grade of the primary tumour (Nottingham / Elston-Ellis for breast; 3 = poorly differentiated)",
    },
    FactDef {
        name: "grade_group",
        ty: FactType::Number,
        unit: Some("ISUP grade group 1-5"),
        doc: "prostate grade group",
    },
    FactDef {
        name: "castration",
        ty: FactType::Enum(&["sensitive", "resistant"]),
        unit: None,
        doc: "prostate cancer castration status",
    },
    FactDef {
        name: "volume",
        ty: FactType::Enum(&["high", "low"]),
        unit: None,
        doc: "metastatic disease volume (CHAARTED definition)",
    },
    FactDef { name: "psma", ty: FactType::Enum(RECEPTOR), unit: None, doc: "PSMA PET positivity" },
    FactDef { name: "ecog", ty: FactType::Number, unit: Some("ECOG 0-4"), doc: "ECOG performance status" },
    FactDef {
        name: "residual_disease",
        ty: FactType::Bool,
        unit: None,
        doc: "invasive residual disease at surgery after neoadjuvant therapy (no pathologic complete response)",
    },
    FactDef {
        name: "liver_only_metastases",
        ty: FactType::Bool,
        unit: None,
        doc: "distant metastases confined to the liver (EPOC's population for hepatic resection)",
    },
    FactDef {
        name: "resectable",
        ty: FactType::Bool,
        unit: None,
        doc: "disease judged resectable by the treating team",
    },
    FactDef {
        name: "prior_lines",
        ty: FactType::Number,
        unit: Some("lines"),
        doc: "lines of systemic therapy given for advanced/metastatic disease",
    },
    FactDef {
        name: "prior_therapies",
        ty: FactType::Number,
        unit: Some("lines"),
        doc: "lines of systemic therapy given in any setting (neoadjuvant, adjuvant, curative, advanced)",
    },
    FactDef {
        name: "prior_drugs",
        ty: FactType::Codes(&[CodeSystem::RxNorm]),
        unit: None,
        doc: "systemic drugs received (RxNorm ingredients)",
    },
    FactDef {
        name: "prior_procedures",
        ty: FactType::Codes(&[CodeSystem::Cpt, CodeSystem::Snomed]),
        unit: None,
        doc: "procedures received",
    },
    FactDef { name: "diagnosis", ty: FactType::Event, unit: None, doc: "date of diagnosis" },
    FactDef { name: "surgery", ty: FactType::Event, unit: None, doc: "date of definitive cancer surgery" },
    FactDef { name: "radiotherapy_end", ty: FactType::Event, unit: None, doc: "date radiotherapy ended" },
    FactDef { name: "chemotherapy_end", ty: FactType::Event, unit: None, doc: "date (neo)adjuvant chemotherapy ended" },
    FactDef {
        name: "disease_assessed",
        ty: FactType::Event,
        unit: None,
        doc: "date of the latest disease assessment (restaging: response, stable disease or progression)",
    },
    FactDef {
        name: "progression",
        ty: FactType::Event,
        unit: None,
        doc: "date of the latest progression on current therapy",
    },
    FactDef {
        name: "recurrence",
        ty: FactType::Event,
        unit: None,
        doc: "date of recurrence after curative-intent treatment",
    },
];

/// Looks a fact up by name.
pub fn fact_def(name: &str) -> Option<&'static FactDef> {
    FACTS.iter().find(|f| f.name == name)
}

/// A fact of the vocabulary (compares by name).
#[derive(Clone, Copy)]
pub struct Fact(pub &'static FactDef);

impl Fact {
    /// Looks a fact up by name.
    pub fn named(name: &str) -> Option<Fact> {
        fact_def(name).map(Fact)
    }
    /// Its name.
    pub fn name(self) -> &'static str {
        self.0.name
    }
    /// Its type.
    pub fn ty(self) -> FactType {
        self.0.ty
    }
}

impl PartialEq for Fact {
    fn eq(&self, other: &Fact) -> bool {
        self.0.name == other.0.name
    }
}
impl Eq for Fact {}
impl fmt::Debug for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name)
    }
}
impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name)
    }
}

/// A stage group or TNM category: ordered by `rank`, with `sub` refining it (`IIIB` is rank 3,
/// sub `B`; `T1mi` is rank 2 (after T0 and Tis), sub `mi`). A category covers the ones that
/// refine it: `II` covers `IIA`, `T1` covers `T1c`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Graded {
    /// Which scale.
    pub scale: Scale,
    /// Main rank on the scale.
    pub rank: u8,
    /// Refinement (uppercase letters for stage, lowercase for TNM), possibly empty.
    pub sub: String,
}

/// The scale of a [`Graded`] value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scale {
    /// AJCC stage group.
    Stage,
    /// TNM axis.
    Tnm(TnmAxis),
}

/// How a patient's graded value relates to a criterion's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Lower on the scale.
    Less,
    /// Equal to, or a refinement of, the criterion's category.
    Within,
    /// Higher on the scale.
    Greater,
    /// Less specific than the criterion (patient `II`, criterion `IIB`): cannot tell.
    Coarser,
}

const ROMAN: [&str; 5] = ["0", "I", "II", "III", "IV"];

impl Graded {
    /// Parses a stage group (`0`, `I`…`IV` with an optional refinement like `A`, `B`, `A1`).
    /// Accepts a leading `Stage ` and lowercase.
    pub fn parse_stage(s: &str) -> Option<Graded> {
        let s = s.trim();
        let s = s.strip_prefix("Stage ").or_else(|| s.strip_prefix("stage ")).unwrap_or(s);
        let up = s.to_ascii_uppercase();
        if up == "0" || up == "0IS" {
            return Some(Graded { scale: Scale::Stage, rank: 0, sub: String::new() });
        }
        let roman_len = up.bytes().take_while(|b| *b == b'I' || *b == b'V').count();
        let roman = &up[..roman_len];
        let rank = ROMAN.iter().position(|r| *r == roman).filter(|r| *r > 0)?;
        let sub = &up[roman_len..];
        let ok = sub.is_empty()
            || (sub.as_bytes()[0].is_ascii_uppercase()
                && sub.len() <= 2
                && sub[1..].bytes().all(|b| b.is_ascii_digit()));
        if !ok || (sub.len() == 1 && !matches!(sub, "A" | "B" | "C" | "D")) {
            return None;
        }
        Some(Graded { scale: Scale::Stage, rank: rank as u8, sub: sub.to_string() })
    }

    /// Parses a TNM category on `axis` (`T2`, `Tis`, `N1mi`, `M1c`); a `c`, `p` or `yp`
    /// prefix is accepted and dropped. `TX`/`NX` do not parse (they mean unknown).
    pub fn parse_tnm(axis: TnmAxis, s: &str) -> Option<Graded> {
        let s = s.trim();
        let s = s.strip_prefix("yp").or_else(|| s.strip_prefix('c')).or_else(|| s.strip_prefix('p')).unwrap_or(s);
        let letter = match axis {
            TnmAxis::T => 'T',
            TnmAxis::N => 'N',
            TnmAxis::M => 'M',
        };
        let rest = s.strip_prefix(letter)?;
        let (rank, sub) = if axis == TnmAxis::T && rest.starts_with("is") {
            (1u8, &rest[2..])
        } else {
            let d = rest.chars().next()?.to_digit(10)? as u8;
            let max = match axis {
                TnmAxis::T => 4,
                TnmAxis::N => 3,
                TnmAxis::M => 1,
            };
            if d > max {
                return None;
            }
            let rank = if axis == TnmAxis::T && d > 0 { d + 1 } else { d };
            (rank, &rest[1..])
        };
        if !sub.bytes().all(|b| b.is_ascii_lowercase()) || sub.len() > 2 {
            return None;
        }
        if (axis == TnmAxis::T && rank == 1 && !sub.is_empty()) || (rank == 0 && !sub.is_empty()) {
            return None;
        }
        Some(Graded { scale: Scale::Tnm(axis), rank, sub: sub.to_string() })
    }

    /// How `self` (the patient's value) relates to `criterion`.
    pub fn relate(&self, criterion: &Graded) -> Relation {
        match self.rank.cmp(&criterion.rank) {
            Ordering::Less => Relation::Less,
            Ordering::Greater => Relation::Greater,
            Ordering::Equal => {
                if self.sub.starts_with(&criterion.sub) {
                    Relation::Within
                } else if criterion.sub.starts_with(&self.sub) {
                    Relation::Coarser
                } else if self.sub < criterion.sub {
                    Relation::Less
                } else {
                    Relation::Greater
                }
            }
        }
    }
}

impl fmt::Display for Graded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.scale {
            Scale::Stage => write!(f, "{}{}", ROMAN[self.rank as usize], self.sub),
            Scale::Tnm(axis) => {
                let (letter, body) = match axis {
                    TnmAxis::T => (
                        'T',
                        match self.rank {
                            0 => "0".to_string(),
                            1 => "is".to_string(),
                            r => (r - 1).to_string(),
                        },
                    ),
                    TnmAxis::N => ('N', self.rank.to_string()),
                    TnmAxis::M => ('M', self.rank.to_string()),
                };
                write!(f, "{letter}{body}{}", self.sub)
            }
        }
    }
}

/// A patient's value for one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum FactValue {
    /// For [`FactType::Bool`].
    Bool(bool),
    /// For [`FactType::Number`].
    Number(f64),
    /// For [`FactType::Enum`].
    Word(String),
    /// For [`FactType::Stage`] and [`FactType::Tnm`].
    Graded(Graded),
    /// For [`FactType::Variants`]; empty means wild-type / not detected.
    Variants(Vec<String>),
    /// For [`FactType::Codes`]; empty means none.
    Codes(Vec<Code>),
    /// For [`FactType::Event`]: the date it happened, or `None` for "known not to have happened".
    Event(Option<NaiveDate>),
}

/// A value as a reviewer reads it: `post`, `IIIA`, `wildtype`, `exon19del, t790m`, a date,
/// `none` for an empty code set or an event known not to have happened.
impl fmt::Display for FactValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactValue::Bool(b) => write!(f, "{b}"),
            FactValue::Number(n) => write!(f, "{n}"),
            FactValue::Word(w) => f.write_str(w),
            FactValue::Graded(g) => write!(f, "{g}"),
            FactValue::Variants(vs) if vs.is_empty() => f.write_str("wildtype"),
            FactValue::Variants(vs) => f.write_str(&vs.join(", ")),
            FactValue::Codes(cs) if cs.is_empty() => f.write_str("none"),
            FactValue::Codes(cs) => f.write_str(&cs.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ")),
            FactValue::Event(Some(d)) => write!(f, "{d}"),
            FactValue::Event(None) => f.write_str("none"),
        }
    }
}

impl FactValue {
    /// Whether this value has the shape `ty` asks for (and its words are in the vocabulary).
    pub fn fits(&self, ty: FactType) -> bool {
        match (self, ty) {
            (FactValue::Bool(_), FactType::Bool) => true,
            (FactValue::Number(n), FactType::Number) => n.is_finite(),
            (FactValue::Word(w), FactType::Enum(words)) => words.contains(&w.as_str()),
            (FactValue::Graded(g), FactType::Stage) => g.scale == Scale::Stage,
            (FactValue::Graded(g), FactType::Tnm(axis)) => g.scale == Scale::Tnm(axis),
            (FactValue::Variants(vs), FactType::Variants(words)) => vs.iter().all(|v| words.contains(&v.as_str())),
            (FactValue::Codes(cs), FactType::Codes(systems)) => cs.iter().all(|c| systems.contains(&c.system)),
            (FactValue::Event(_), FactType::Event) => true,
            _ => false,
        }
    }

    /// Parses the textual form of a value of type `ty`: `positive`, `42.5`, `IIIA`, `T2`,
    /// `exon19del,t790m` (or `wildtype`), `rxnorm:1,rxnorm:2` (or `none`), `2024-03-01`
    /// (or `none` for an event known not to have happened), `true`.
    pub fn parse(ty: FactType, text: &str) -> Result<FactValue, String> {
        let t = text.trim();
        let list =
            |t: &str| -> Vec<String> { t.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect() };
        let v = match ty {
            FactType::Bool => match t {
                "true" | "yes" => FactValue::Bool(true),
                "false" | "no" => FactValue::Bool(false),
                _ => return Err(format!("`{t}` is not true/false")),
            },
            FactType::Number => FactValue::Number(
                t.parse::<f64>().ok().filter(|n| n.is_finite()).ok_or_else(|| format!("`{t}` is not a number"))?,
            ),
            FactType::Enum(words) => {
                if words.contains(&t) {
                    FactValue::Word(t.to_string())
                } else {
                    return Err(format!("`{t}` is not one of {}", words.join(", ")));
                }
            }
            FactType::Stage => {
                FactValue::Graded(Graded::parse_stage(t).ok_or_else(|| format!("`{t}` is not a stage group"))?)
            }
            FactType::Tnm(axis) => FactValue::Graded(
                Graded::parse_tnm(axis, t).ok_or_else(|| format!("`{t}` is not a {axis:?} category"))?,
            ),
            FactType::Variants(words) => {
                if t == "wildtype" || t == "negative" || t == "none" {
                    FactValue::Variants(Vec::new())
                } else {
                    let vs = list(t);
                    if let Some(bad) = vs.iter().find(|v| !words.contains(&v.as_str())) {
                        return Err(format!("`{bad}` is not one of {} (or wildtype)", words.join(", ")));
                    }
                    FactValue::Variants(vs)
                }
            }
            FactType::Codes(systems) => {
                if t == "none" {
                    FactValue::Codes(Vec::new())
                } else {
                    let mut cs = Vec::new();
                    for s in list(t) {
                        let c = Code::parse(&s)?;
                        if !systems.contains(&c.system) {
                            return Err(format!("`{s}` is not in an allowed code system"));
                        }
                        cs.push(c);
                    }
                    FactValue::Codes(cs)
                }
            }
            FactType::Event => {
                if t == "none" || t == "false" {
                    FactValue::Event(None)
                } else {
                    FactValue::Event(Some(
                        NaiveDate::parse_from_str(t, "%Y-%m-%d")
                            .map_err(|_| format!("`{t}` is not a date (YYYY-MM-DD) or none"))?,
                    ))
                }
            }
        };
        Ok(v)
    }
}

/// A fact value with the evidence it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactEntry {
    /// The value.
    pub value: FactValue,
    /// Where it comes from: FHIR references (`Observation/abc`) or note spans
    /// (`DocumentReference/x#120-145`).
    pub evidence: Vec<String>,
    /// When the value was true (e.g. the specimen or report date).
    pub as_of: NaiveDate,
}

/// One service the patient received, used to place the patient on a pathway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceRecord {
    /// What was given or done.
    pub code: Code,
    /// When.
    pub date: NaiveDate,
    /// Until when, for a drug taken over a period (a statement's period, a dispense's supply).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// Where that is recorded (`MedicationAdministration/…`, `Procedure/…`).
    pub evidence: Vec<String>,
}

/// Error setting a fact.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FactError {
    /// The name is not in [`FACTS`].
    #[error("unknown fact `{0}`")]
    Unknown(String),
    /// The value does not fit the fact's type.
    #[error("fact `{name}`: {message}")]
    BadValue {
        /// The fact.
        name: String,
        /// What is wrong.
        message: String,
    },
}

/// Everything known about one patient, as of one date, for evaluating criteria.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PatientFacts {
    /// The evaluation date: `since(event)` is measured up to it.
    pub as_of: NaiveDate,
    /// Present facts by name; a fact not here is missing.
    pub facts: BTreeMap<String, FactEntry>,
    /// Services received, for [`crate::PathwaySet::place`].
    #[serde(default)]
    pub history: Vec<ServiceRecord>,
}

impl PatientFacts {
    /// No facts, evaluated as of `as_of`.
    pub fn new(as_of: NaiveDate) -> PatientFacts {
        PatientFacts { as_of, facts: BTreeMap::new(), history: Vec::new() }
    }

    /// Sets a fact, checking the name and the value's type.
    pub fn set<E: Into<String>>(
        &mut self,
        name: &str,
        value: FactValue,
        evidence: impl IntoIterator<Item = E>,
        as_of: NaiveDate,
    ) -> Result<&mut PatientFacts, FactError> {
        let def = fact_def(name).ok_or_else(|| FactError::Unknown(name.to_string()))?;
        if !value.fits(def.ty) {
            return Err(FactError::BadValue {
                name: name.to_string(),
                message: format!("{value:?} does not fit {:?}", def.ty),
            });
        }
        let evidence = evidence.into_iter().map(Into::into).collect();
        self.facts.insert(name.to_string(), FactEntry { value, evidence, as_of });
        Ok(self)
    }

    /// Sets a fact from its textual form (see [`FactValue::parse`]), dated `self.as_of`.
    pub fn set_text<E: Into<String>>(
        &mut self,
        name: &str,
        text: &str,
        evidence: impl IntoIterator<Item = E>,
    ) -> Result<&mut PatientFacts, FactError> {
        let def = fact_def(name).ok_or_else(|| FactError::Unknown(name.to_string()))?;
        let value = FactValue::parse(def.ty, text)
            .map_err(|message| FactError::BadValue { name: name.to_string(), message })?;
        let as_of = self.as_of;
        self.set(name, value, evidence, as_of)
    }

    /// Builds facts from `name=value` pairs separated by `;`, each with evidence `test/NAME`
    /// — a compact form for tests and examples (`"stage=IV; her2=positive"`). A pair
    /// `history=CODE@DATE,CODE@DATE` records services.
    pub fn from_text(as_of: NaiveDate, text: &str) -> Result<PatientFacts, FactError> {
        let mut facts = PatientFacts::new(as_of);
        for pair in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = pair
                .split_once('=')
                .ok_or_else(|| FactError::BadValue { name: pair.to_string(), message: "expected name=value".into() })?;
            let (name, value) = (name.trim(), value.trim());
            if name == "history" {
                for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    let bad = |m: String| FactError::BadValue { name: "history".into(), message: m };
                    let (code, date) =
                        item.split_once('@').ok_or_else(|| bad(format!("`{item}`: expected CODE@YYYY-MM-DD")))?;
                    let code = Code::parse(code).map_err(bad)?;
                    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|e| bad(e.to_string()))?;
                    facts.record_service(code.clone(), date, [format!("test/history/{code}")]);
                }
            } else {
                facts.set_text(name, value, [format!("test/{name}")])?;
            }
        }
        Ok(facts)
    }

    /// Records a service the patient received.
    pub fn record_service<E: Into<String>>(
        &mut self,
        code: Code,
        date: NaiveDate,
        evidence: impl IntoIterator<Item = E>,
    ) -> &mut PatientFacts {
        self.history.push(ServiceRecord {
            code,
            date,
            end: None,
            evidence: evidence.into_iter().map(Into::into).collect(),
        });
        self
    }

    /// Records a drug the patient took over a period, from `date` to `end`.
    pub fn record_course<E: Into<String>>(
        &mut self,
        code: Code,
        date: NaiveDate,
        end: Option<NaiveDate>,
        evidence: impl IntoIterator<Item = E>,
    ) -> &mut PatientFacts {
        let end = end.filter(|e| *e > date);
        self.history.push(ServiceRecord { code, date, end, evidence: evidence.into_iter().map(Into::into).collect() });
        self
    }

    /// A fact's entry, if present.
    pub fn get(&self, name: &str) -> Option<&FactEntry> {
        self.facts.get(name)
    }

    /// The hormone receptor status when none is set: positive when ER or PR is positive,
    /// negative when both are negative (with their evidence), else unknown.
    pub fn hormone_receptors_from_er_pr(&self) -> Option<FactEntry> {
        let word = |f: &str| match self.get(f).map(|e| &e.value) {
            Some(FactValue::Word(w)) => Some(w.as_str()),
            _ => None,
        };
        let (er, pr) = (word("er"), word("pr"));
        let value = if er == Some("positive") || pr == Some("positive") {
            "positive"
        } else if er == Some("negative") && pr == Some("negative") {
            "negative"
        } else {
            return None;
        };
        let from: Vec<&FactEntry> = ["er", "pr"]
            .iter()
            .filter_map(|f| self.get(f))
            .filter(|e| e.value == FactValue::Word(value.into()))
            .collect();
        Some(FactEntry {
            value: FactValue::Word(value.into()),
            evidence: from.iter().flat_map(|e| e.evidence.iter().cloned()).collect(),
            as_of: from.iter().map(|e| e.as_of).max().unwrap_or(self.as_of),
        })
    }
}
