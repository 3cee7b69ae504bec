//! The rule-based extractor: deterministic, no network, the default.
//!
//! One pass of an Aho-Corasick automaton over the lower-cased note finds dictionary
//! concepts — antineoplastic drugs (to their RxNorm ingredient, from the history twin's
//! [`codes::INGREDIENTS`]), oncology procedures (SNOMED CT, kinds as [`codes::PROCEDURES`]),
//! cancer diagnoses ([`codes::CANCERS`] and common phrasings) — and regular expressions find
//! stages, TNM categories, receptor and tumour-marker results and gene variants. Each mention
//! is checked for ConText modifiers ([`super::context`]) in its sentence and section; a
//! modified mention never becomes an event. Its date is the nearest date written in its
//! sentence, else the note's date.

use super::context::{self, Modifier};
use super::dates;
use super::{evidence, note_event, Extraction, Note};
use crate::twin::history::codes::{self, DrugClass, Ingredient, ProcedureKind};
use crate::twin::history::event::{Category, Coding, EventValue, TimelineEvent};
use crate::twin::history::normalise::normalise_alteration;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;
use regex::Regex;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

/// Version of the rules: part of every event's provenance.
pub const RULES_VERSION: &str = "rules-1";

/// A concept the dictionary knows.
#[derive(Debug, Clone, Copy)]
enum Concept {
    Drug(&'static Ingredient),
    Procedure { snomed: &'static str, kind: ProcedureKind, label: &'static str },
    Cancer { snomed: Option<&'static str>, label: &'static str, secondary: bool },
}

/// Procedure phrases (English, and Spanish for pathology reports) → SNOMED CT code, kind and
/// label. Codes are those of [`codes::PROCEDURES`], so note and structured events agree.
static PROCEDURE_TERMS: &[(&str, &str, ProcedureKind, &str)] = &[
    ("lumpectomy", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("lumpectomy of breast", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("breast-conserving surgery", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("tumorectomía", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("partial mastectomy", "64368001", ProcedureKind::Surgery, "Partial mastectomy"),
    ("mastectomy", "69031006", ProcedureKind::Surgery, "Mastectomy"),
    ("mastectomía", "69031006", ProcedureKind::Surgery, "Mastectomy"),
    ("simple mastectomy", "172043006", ProcedureKind::Surgery, "Simple mastectomy"),
    ("modified radical mastectomy", "428564008", ProcedureKind::Surgery, "Modified radical mastectomy"),
    ("sentinel lymph node biopsy", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("sentinel node biopsy", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("slnb", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("biopsia selectiva de ganglio centinela", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("excision of sentinel lymph node", "443497002", ProcedureKind::Surgery, "Excision of sentinel lymph node"),
    ("axillary lymph node dissection", "234262008", ProcedureKind::Surgery, "Axillary lymph node dissection"),
    ("axillary dissection", "234262008", ProcedureKind::Surgery, "Axillary lymph node dissection"),
    ("partial resection of colon", "43075005", ProcedureKind::Surgery, "Partial resection of colon"),
    ("colectomy", "23968004", ProcedureKind::Surgery, "Colectomy"),
    ("colectomía", "23968004", ProcedureKind::Surgery, "Colectomy"),
    ("total colectomy", "26390003", ProcedureKind::Surgery, "Total colectomy"),
    ("hemicolectomy", "174041007", ProcedureKind::Surgery, "Hemicolectomy"),
    ("right hemicolectomy", "174041007", ProcedureKind::Surgery, "Hemicolectomy"),
    ("hemicolectomía", "174041007", ProcedureKind::Surgery, "Hemicolectomy"),
    ("lobectomy", "173171007", ProcedureKind::Surgery, "Lobectomy of lung"),
    ("lobectomy of lung", "173171007", ProcedureKind::Surgery, "Lobectomy of lung"),
    ("lobectomía", "173171007", ProcedureKind::Surgery, "Lobectomy of lung"),
    ("wedge resection", "359615001", ProcedureKind::Surgery, "Partial lobectomy of lung"),
    ("partial lobectomy of lung", "359615001", ProcedureKind::Surgery, "Partial lobectomy of lung"),
    ("pneumonectomy", "49795001", ProcedureKind::Surgery, "Pneumonectomy"),
    ("radical prostatectomy", "26294005", ProcedureKind::Surgery, "Radical prostatectomy"),
    ("prostatectomía radical", "26294005", ProcedureKind::Surgery, "Radical prostatectomy"),
    ("prostatectomy", "90470006", ProcedureKind::Surgery, "Prostatectomy"),
    ("prostatectomía", "90470006", ProcedureKind::Surgery, "Prostatectomy"),
    ("orchiectomy", "41845008", ProcedureKind::Surgery, "Orchiectomy"),
    ("biopsy of breast", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("breast biopsy", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    (
        "fine needle aspiration biopsy of lung",
        "432231006",
        ProcedureKind::Biopsy,
        "Fine needle aspiration biopsy of lung",
    ),
    ("biopsy of prostate", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("prostate biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("bone marrow aspiration", "49401003", ProcedureKind::Biopsy, "Bone marrow aspiration"),
    ("radiotherapy", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("radiation therapy", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("radioterapia", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("external beam radiation therapy", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("teleradiotherapy", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("stereotactic body radiation therapy", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("sbrt", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("imrt", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("brachytherapy", "152198000", ProcedureKind::Radiotherapy, "Brachytherapy"),
    (
        "combined chemotherapy and radiation therapy",
        "703423002",
        ProcedureKind::Chemoradiation,
        "Combined chemotherapy and radiation therapy",
    ),
    ("chemoradiation", "703423002", ProcedureKind::Chemoradiation, "Combined chemotherapy and radiation therapy"),
    ("chemoradiotherapy", "703423002", ProcedureKind::Chemoradiation, "Combined chemotherapy and radiation therapy"),
    ("quimiorradioterapia", "703423002", ProcedureKind::Chemoradiation, "Combined chemotherapy and radiation therapy"),
    ("chemotherapy", "367336001", ProcedureKind::Chemotherapy, "Chemotherapy"),
    ("quimioterapia", "367336001", ProcedureKind::Chemotherapy, "Chemotherapy"),
    ("oral chemotherapy", "266719004", ProcedureKind::Chemotherapy, "Oral chemotherapy"),
    ("screening mammography", "24623002", ProcedureKind::Imaging, "Screening mammography"),
    ("mammography", "71651007", ProcedureKind::Imaging, "Mammography"),
    ("mammogram", "71651007", ProcedureKind::Imaging, "Mammography"),
    ("mri of breast", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    ("breast mri", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    ("ct of chest", "169069000", ProcedureKind::Imaging, "CT of chest"),
    ("ct chest", "169069000", ProcedureKind::Imaging, "CT of chest"),
    ("pet/ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("pet-ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("bone scan", "41747008", ProcedureKind::Imaging, "Bone scan"),
    (
        "high resolution computed tomography of chest without contrast",
        "16335031000119103",
        ProcedureKind::Imaging,
        "HRCT of chest without contrast",
    ),
    ("computed tomography of chest and abdomen", "418891003", ProcedureKind::Imaging, "CT of chest and abdomen"),
    ("ct of chest and abdomen", "418891003", ProcedureKind::Imaging, "CT of chest and abdomen"),
    ("computed tomography of chest", "169069000", ProcedureKind::Imaging, "CT of chest"),
    ("plain x-ray of chest", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("plain chest x-ray", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("chest x-ray", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("magnetic resonance imaging of breast", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    (
        "magnetic resonance imaging for measurement of brain volume",
        "698354004",
        ProcedureKind::Imaging,
        "MRI for measurement of brain volume",
    ),
    ("colonoscopy", "73761001", ProcedureKind::Endoscopy, "Colonoscopy"),
    ("bronchoscopy", "10847001", ProcedureKind::Endoscopy, "Bronchoscopy"),
];

/// Cancer phrasings besides the [`codes::CANCERS`] displays.
static CANCER_TERMS: &[(&str, Option<&str>, &str, bool)] = &[
    ("breast cancer", Some("254837009"), "Malignant neoplasm of breast", false),
    ("carcinoma of breast", Some("254837009"), "Malignant neoplasm of breast", false),
    ("carcinoma de mama", Some("254837009"), "Malignant neoplasm of breast", false),
    ("lung cancer", Some("363358000"), "Malignant tumor of lung", false),
    ("non-small cell lung cancer", Some("254637007"), "Non-small cell lung cancer", false),
    ("nsclc", Some("254637007"), "Non-small cell lung cancer", false),
    ("small cell lung cancer", Some("254632001"), "Small cell carcinoma of lung", false),
    ("colon cancer", Some("363406005"), "Malignant neoplasm of colon", false),
    ("colorectal cancer", Some("363406005"), "Malignant neoplasm of colon", false),
    ("carcinoma de colon", Some("363406005"), "Malignant neoplasm of colon", false),
    ("rectal cancer", Some("363351006"), "Malignant neoplasm of rectum", false),
    ("prostate cancer", Some("399068003"), "Malignant tumor of prostate", false),
    ("adenocarcinoma of prostate", Some("399068003"), "Malignant tumor of prostate", false),
    ("adenocarcinoma de próstata", Some("399068003"), "Malignant tumor of prostate", false),
    ("metastatic disease", Some("128462008"), "Metastatic malignant neoplasm", true),
    ("metastases", Some("128462008"), "Metastatic malignant neoplasm", true),
    ("metastasis", Some("128462008"), "Metastatic malignant neoplasm", true),
    ("bone metastases", Some("94222008"), "Secondary malignant neoplasm of bone", true),
    ("brain metastases", Some("94225005"), "Secondary malignant neoplasm of brain", true),
    ("liver metastases", Some("94381002"), "Secondary malignant neoplasm of liver", true),
];

struct Dictionary {
    matcher: AhoCorasick,
    concepts: Vec<Concept>,
}

static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut concepts: Vec<Concept> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut add = |p: &str, c: Concept, patterns: &mut Vec<String>, concepts: &mut Vec<Concept>| {
        let p = p.to_ascii_lowercase();
        if seen.insert(p.clone()) {
            patterns.push(p);
            concepts.push(c);
        }
    };
    for i in codes::INGREDIENTS {
        add(i.name, Concept::Drug(i), &mut patterns, &mut concepts);
        for s in i.synonyms {
            add(s, Concept::Drug(i), &mut patterns, &mut concepts);
        }
    }
    for (p, snomed, kind, label) in PROCEDURE_TERMS {
        add(p, Concept::Procedure { snomed, kind: *kind, label }, &mut patterns, &mut concepts);
    }
    for (p, snomed, label, secondary) in CANCER_TERMS {
        add(p, Concept::Cancer { snomed: *snomed, label, secondary: *secondary }, &mut patterns, &mut concepts);
    }
    for c in codes::CANCERS {
        let display = c.display.to_ascii_lowercase();
        add(
            &display,
            Concept::Cancer { snomed: Some(c.snomed), label: c.display, secondary: c.secondary },
            &mut patterns,
            &mut concepts,
        );
    }
    let matcher = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("valid dictionary patterns");
    Dictionary { matcher, concepts }
});

/// `Stage IIIA`, `estadio IB`.
static STAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:stage|estadio)\s+(0|IV|I{1,3})([ABC][0-9]?)?\b").expect("valid stage pattern")
});
/// TNM categories with a prefix (`pT2`, `cN1mi`, `ypT0`) or written together (`T2 N0 M0`).
static TNM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(yp|p|c)?([TNM])(is|[0-4xX])([a-d]|mi)?\b").expect("valid TNM pattern"));
/// Receptor and tumour-marker results.
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)\b(?P<name>er|pr|her2|her-2|her2/neu|estrogen\s+receptors?|progesterone\s+receptors?|receptor\s+de\s+estrógenos|receptor\s+de\s+progesterona|pd-l1|psa|cea|ca\s?19-9|ca-?125|msi)\b
        (?:\s*\((?:re|rp|er|pr)\))?
        [^\n;.\d]{0,30}?
        (?P<result>positive|negative|positivo|negativo|equivocal|pos|neg|\+|-|high|low|msi-h|mss|(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>ng/ml|%|u/ml)?)(?:\W|$)",
    )
    .expect("valid marker pattern")
});
/// Gene variants: `EGFR L858R`, `KRAS G12C`, `PIK3CA … (p.His1047Arg)`, `ALK rearrangement`.
static VARIANT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?P<gene>EGFR|ALK|KRAS|NRAS|BRAF|PIK3CA|TP53|BRCA1|BRCA2|ROS1|MET|RET|NTRK[123]?|ERBB2)\b[^\n;]{0,60}?(?P<alt>p\.[A-Za-z]{3}\d+[A-Za-z]{3}(?:fsTer\d+|Ter\d*)?|p\.[A-Z]\d+[A-Z*]|[A-Z]\d{2,4}[A-Z]\b|exon\s+\d+\s+(?:deletion|insertion)|rearrangement|fusion|amplification|mutation|wild[- ]type|not\s+detected)",
    )
    .expect("valid variant pattern")
});

/// The rule-based extractor.
#[derive(Debug, Default, Clone)]
pub struct RuleExtractor;

/// One mention before its modifiers are checked.
struct Mention {
    span: Range<usize>,
    event: TimelineEvent,
    confidence: f32,
    /// Negation words are results for markers ("HER2 negative"): only other modifiers count.
    is_result: bool,
}

fn blank(category: Category, kind: &str, label: String) -> TimelineEvent {
    TimelineEvent {
        id: String::new(),
        category,
        kind: kind.to_string(),
        date: NaiveDate::MIN,
        end: None,
        label,
        code: None,
        value: None,
        details: BTreeMap::new(),
        sources: Vec::new(),
        notes: Vec::new(),
    }
}

fn coding(system: &str, code: &str, display: &str) -> Option<Coding> {
    Some(Coding { system: system.into(), code: code.into(), display: Some(display.into()) })
}

fn concept_event(concept: Concept) -> TimelineEvent {
    match concept {
        Concept::Drug(i) => {
            let mut e = blank(Category::SystemicTherapy, "drug", i.name.to_string());
            e.code = coding("rxnorm", i.rxcui, i.name);
            e.value = Some(EventValue::Drug { rxcui: i.rxcui.into(), name: i.name.into(), class: i.class });
            e
        }
        Concept::Procedure { snomed, kind, label } => {
            let (category, kind_name) = procedure_category(kind);
            let mut e = blank(category, kind_name, label.to_string());
            e.code = coding("snomed", snomed, label);
            e
        }
        Concept::Cancer { snomed, label, secondary } => {
            let kind = if secondary { "metastasis" } else { "primary_cancer" };
            let mut e = blank(Category::Diagnosis, kind, label.to_string());
            e.code = snomed.and_then(|s| coding("snomed", s, label));
            e
        }
    }
}

/// The category and kind of a procedure, as the structured normaliser files them.
pub fn procedure_category(kind: ProcedureKind) -> (Category, &'static str) {
    match kind {
        ProcedureKind::Surgery => (Category::Surgery, "surgery"),
        ProcedureKind::Biopsy => (Category::Diagnosis, "biopsy"),
        ProcedureKind::Radiotherapy => (Category::Radiotherapy, "radiotherapy_session"),
        ProcedureKind::Chemoradiation => (Category::Radiotherapy, "chemoradiation_session"),
        ProcedureKind::Chemotherapy => (Category::SystemicTherapy, "chemotherapy_session"),
        ProcedureKind::Imaging => (Category::Imaging, "imaging"),
        ProcedureKind::Endoscopy => (Category::Imaging, "endoscopy"),
    }
}

fn bounded(lower: &[u8], span: &Range<usize>) -> bool {
    let alnum = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    (span.start == 0 || !alnum(lower[span.start - 1])) && (span.end >= lower.len() || !alnum(lower[span.end]))
}

fn dictionary_mentions(lower: &str, out: &mut Vec<Mention>) {
    let bytes = lower.as_bytes();
    for m in DICTIONARY.matcher.find_iter(lower) {
        let span = m.start()..m.end();
        if !bounded(bytes, &span) {
            continue;
        }
        let concept = DICTIONARY.concepts[m.pattern().as_usize()];
        out.push(Mention { span, event: concept_event(concept), confidence: 0.9, is_result: false });
    }
}

fn staging_mentions(text: &str, out: &mut Vec<Mention>) {
    for c in STAGE.captures_iter(text) {
        let (Some(whole), Some(group)) = (c.get(0), c.get(1)) else { continue };
        let g = format!("{}{}", group.as_str().to_ascii_uppercase(), c.get(2).map(|s| s.as_str()).unwrap_or(""));
        let mut e = blank(Category::Staging, "stage_group", format!("Stage {g}"));
        e.value = Some(EventValue::Graded { text: g, prefix: String::new() });
        out.push(Mention { span: whole.range(), event: e, confidence: 0.85, is_result: true });
    }
    for c in TNM.captures_iter(text) {
        let (Some(whole), Some(axis), Some(value)) = (c.get(0), c.get(2), c.get(3)) else { continue };
        let prefix = c.get(1).map(|p| p.as_str()).unwrap_or("");
        // A bare "T2" is too ambiguous (T2 vertebra, T2-weighted) unless next to N or M.
        let tail = &text[whole.end()..text.len().min(whole.end() + 4)];
        if prefix.is_empty() && !(axis.as_str() == "T" && tail.trim_start().starts_with('N')) {
            continue;
        }
        let g = format!(
            "{}{}{}",
            axis.as_str(),
            value.as_str().to_ascii_uppercase(),
            c.get(4).map(|s| s.as_str()).unwrap_or("")
        );
        let kind = axis.as_str().to_ascii_lowercase();
        let mut e = blank(Category::Staging, &kind, format!("{prefix}{g}"));
        e.value = Some(EventValue::Graded { text: g, prefix: prefix.to_string() });
        out.push(Mention { span: whole.range(), event: e, confidence: 0.85, is_result: true });
    }
}

fn marker_mentions(text: &str, out: &mut Vec<Mention>) {
    for c in MARKER.captures_iter(text) {
        let (Some(name), Some(result)) = (c.name("name"), c.name("result")) else { continue };
        let n = name.as_str().to_ascii_lowercase();
        let (key, label) = match n.as_str() {
            "er" => ("er", "ER"),
            "pr" => ("pr", "PR"),
            "her2" | "her-2" | "her2/neu" => ("her2", "HER2"),
            "pd-l1" => ("pdl1", "PD-L1"),
            "psa" => ("psa", "PSA"),
            "cea" => ("cea", "CEA"),
            "msi" => ("msi", "MSI"),
            _ if n.contains("estr") => ("er", "ER"),
            _ if n.contains("progest") => ("pr", "PR"),
            _ if n.contains("19-9") => ("ca19_9", "CA 19-9"),
            _ if n.contains("125") => ("ca125", "CA-125"),
            _ => continue,
        };
        let r = result.as_str().trim().to_ascii_lowercase();
        let (value, shown) = if let Some(num) = c.name("num") {
            let Ok(v) = num.as_str().replace(',', ".").parse::<f64>() else { continue };
            let unit = c
                .name("unit")
                .map(|u| u.as_str().to_ascii_lowercase().replace("ng/ml", "ng/mL").replace("u/ml", "U/mL"));
            let shown = format!("{} {}", num.as_str().replace(',', "."), unit.clone().unwrap_or_default());
            (EventValue::Quantity { value: v, unit }, shown.trim().to_string())
        } else {
            let word = match r.as_str() {
                "positive" | "positivo" | "pos" | "+" => "positive",
                "negative" | "negativo" | "neg" | "-" => "negative",
                "msi-h" => "high",
                "mss" => "stable",
                other => other,
            };
            (EventValue::Result { result: word.to_string() }, word.to_string())
        };
        let end = result.end();
        let mut e = blank(Category::Biomarker, key, format!("{label} {shown}"));
        e.value = Some(value);
        out.push(Mention { span: name.start()..end, event: e, confidence: 0.8, is_result: true });
    }
    for c in VARIANT.captures_iter(text) {
        let (Some(gene), Some(alt)) = (c.name("gene"), c.name("alt")) else { continue };
        let a = alt.as_str().to_ascii_lowercase();
        let present = !(a.starts_with("wild") || a.starts_with("not"));
        let gene_name = gene.as_str().to_string();
        let label = if present { format!("{gene_name} {}", alt.as_str()) } else { format!("{gene_name} not detected") };
        let mut e = blank(Category::Biomarker, "variant", label);
        e.value = Some(EventValue::Variant {
            alteration: present.then(|| normalise_alteration(&gene_name, alt.as_str())),
            gene: gene_name,
            present,
            description: Some(alt.as_str().to_string()),
            origin: None,
        });
        out.push(Mention { span: gene.start()..alt.end(), event: e, confidence: 0.8, is_result: true });
    }
}

/// A key for "the same concept twice in one note" (dates aside).
fn same_key(e: &TimelineEvent) -> String {
    format!("{}|{}|{}|{}", e.category.as_str(), e.kind, e.code.as_ref().map(|c| c.code.as_str()).unwrap_or(""), e.label)
}

/// The concepts of a short phrase (a model's "name value"), without modifiers or dates.
pub fn read_phrase(phrase: &str) -> Vec<TimelineEvent> {
    let mut mentions = Vec::new();
    dictionary_mentions(&phrase.to_ascii_lowercase(), &mut mentions);
    staging_mentions(phrase, &mut mentions);
    marker_mentions(phrase, &mut mentions);
    if !mentions.iter().any(|m| m.event.category == Category::Staging) {
        // A model may answer a stage group alone ("IIIA").
        let bare = phrase.trim().trim_start_matches("Stage").trim();
        let staged = format!("stage {bare}");
        let whole = |c: &regex::Captures| c.get(0).is_some_and(|m| m.len() == staged.len());
        if let Some(c) = STAGE.captures(&staged).filter(whole) {
            let g = format!("{}{}", c[1].to_ascii_uppercase(), c.get(2).map(|s| s.as_str()).unwrap_or(""));
            let mut e = blank(Category::Staging, "stage_group", format!("Stage {g}"));
            e.value = Some(EventValue::Graded { text: g, prefix: String::new() });
            mentions.push(Mention { span: 0..0, event: e, confidence: 0.8, is_result: true });
        }
    }
    mentions.sort_by_key(|m| m.span.start);
    mentions.into_iter().map(|m| m.event).collect()
}

/// A procedure of a known kind whose name the dictionary lacks (no code).
pub fn generic_procedure(kind: ProcedureKind, name: &str) -> Option<TimelineEvent> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let (category, kind_name) = procedure_category(kind);
    Some(blank(category, kind_name, name.to_string()))
}

/// A cancer diagnosis the dictionary lacks, when its words read as one.
pub fn generic_cancer(name: &str) -> Option<TimelineEvent> {
    let secondary = codes::cancer_by_text(name)?;
    Some(blank(Category::Diagnosis, if secondary { "metastasis" } else { "primary_cancer" }, name.trim().to_string()))
}

impl RuleExtractor {
    /// Reads the events of one note.
    pub fn extract(&self, note: &Note) -> Extraction {
        let text = note.text.as_str();
        let lower = text.to_ascii_lowercase();
        let sections = context::sections(text);
        let mut mentions: Vec<Mention> = Vec::new();
        dictionary_mentions(&lower, &mut mentions);
        staging_mentions(text, &mut mentions);
        marker_mentions(text, &mut mentions);
        mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        // A mention inside another (a drug inside a variant's text …) is the outer one's.
        let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            if kept.last().is_some_and(|k| m.span.start < k.span.end && k.is_result == m.is_result) {
                continue;
            }
            kept.push(m);
        }
        let mut out = Extraction::default();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for m in kept {
            let section = context::section_at(&sections, m.span.start);
            let modifiers = context::modifiers(&lower, m.span.clone(), section);
            let blocking =
                modifiers.iter().any(|x| !(m.is_result && *x == Modifier::Negated && section.modifier().is_none()));
            if blocking {
                out.suppressed += 1;
                continue;
            }
            let sentence = context::sentence(text, m.span.clone());
            let mentioned = dates::find_dates(&text[sentence.clone()], note.date);
            let nearest = mentioned.iter().filter(|d| dates::plausible(d.date, note.date)).min_by_key(|d| {
                let at = sentence.start + d.range.start;
                at.abs_diff(m.span.start)
            });
            let mut event = m.event;
            event.date = nearest.map(|d| d.date).unwrap_or(note.date);
            event.details.insert("date_from".into(), if nearest.is_some() { "text" } else { "note" }.into());
            let ev = evidence(note, m.span.clone(), "rules", None, RULES_VERSION, m.confidence, event.date);
            // The same concept again in this note: one event with both spans as evidence, dated
            // where the note wrote a date ("Lumpectomy … received 2018-01-19" and
            // "Procedure: lumpectomy" are one surgery). Two written dates are two events.
            let written = nearest.is_some();
            let same = seen.get(&same_key(&event)).copied().filter(|&i| {
                let other: &TimelineEvent = &out.events[i];
                other.date == event.date || !written || other.detail("date_from") == Some("note")
            });
            if let Some(i) = same {
                let other = &mut out.events[i];
                if written && other.detail("date_from") == Some("note") {
                    other.date = event.date;
                    other.details.insert("date_from".into(), "text".into());
                }
                other.notes.push(ev);
                continue;
            }
            seen.insert(same_key(&event), out.events.len());
            let n = out.events.len() + 1;
            out.events.push(note_event(note, n, event, ev));
        }
        // Prednisone counts only next to an antineoplastic drug (it is also an asthma drug).
        let oncology_drug = out.events.iter().any(|e| {
            matches!(&e.value, Some(EventValue::Drug { class, rxcui, .. }) if *class != DrugClass::Companion || rxcui == "6313")
        });
        if !oncology_drug {
            out.events.retain(|e| !matches!(&e.value, Some(EventValue::Drug { rxcui, .. }) if rxcui == "8640"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(text: &str) -> Note {
        Note {
            document: "DocumentReference/n1".into(),
            date: NaiveDate::from_ymd_opt(2021, 6, 15).unwrap(),
            text: text.into(),
        }
    }

    fn labels(text: &str) -> Vec<String> {
        let x = RuleExtractor.extract(&note(text));
        x.events.iter().map(|e| format!("{} {} {}", e.kind, e.label, e.date)).collect()
    }

    #[test]
    fn synthea_plan_items() {
        let text = "2021-06-15\n\n# History of Present Illness\nPatient has a history of malignant neoplasm of breast (disorder).\n\n# Medications\ntamoxifen 10 mg oral tablet\n\n# Assessment and Plan\n\n## Plan\nThe following procedures were conducted:\n- chemotherapy (procedure)\n- lumpectomy of breast (procedure)\nThe patient was prescribed the following medications:\n- 100 ml epirubicin hydrochloride 2 mg/ml injection\n";
        let x = RuleExtractor.extract(&note(text));
        let got: Vec<String> = x.events.iter().map(|e| format!("{} {}", e.kind, e.label)).collect();
        assert_eq!(got, ["chemotherapy_session Chemotherapy", "surgery Lumpectomy of breast", "drug epirubicin"]);
        assert_eq!(x.suppressed, 2, "the history and the medication list");
        let drug = &x.events[2];
        assert_eq!(drug.code.as_ref().unwrap().code, "3995");
        assert_eq!(drug.sources, ["DocumentReference/n1"]);
        let ev = &drug.notes[0];
        assert_eq!(&text[ev.start..ev.end], "epirubicin");
        assert_eq!((ev.extractor.as_str(), ev.prompt_version.as_str()), ("rules", RULES_VERSION));
    }

    #[test]
    fn modifiers_keep_non_events_out() {
        assert!(labels("CT chest/abdomen: no evidence of metastatic disease.").iter().all(|l| !l.contains("metasta")));
        assert!(labels("Her mother had breast cancer at 52.").is_empty());
        assert!(labels("If she progresses we would consider docetaxel.").is_empty());
        assert!(labels("Suspected lung cancer, biopsy pending.").is_empty());
        assert_eq!(labels("She started letrozole 2.5 mg daily 3 weeks ago."), ["drug letrozole 2021-05-25"]);
        assert!(labels("Prednisone 40 mg for COPD flare.").is_empty());
    }

    #[test]
    fn dates_stages_and_markers() {
        assert_eq!(
            labels("Right hemicolectomy on 03/02/2021. Pathology pT3 pN1b cM0, stage IIIB."),
            [
                "surgery Hemicolectomy 2021-03-02",
                "t pT3 2021-06-15",
                "n pN1b 2021-06-15",
                "m cM0 2021-06-15",
                "stage_group Stage IIIB 2021-06-15",
            ]
        );
        assert_eq!(
            labels("ER positive, PR negative, HER2 negative (IHC 1+). PSA 4.5 ng/mL."),
            [
                "er ER positive 2021-06-15",
                "pr PR negative 2021-06-15",
                "her2 HER2 negative 2021-06-15",
                "psa PSA 4.5 ng/mL 2021-06-15"
            ]
        );
        assert_eq!(labels("Receptor de estrógenos (RE): positivo, inmunohistoquímica"), ["er ER positive 2021-06-15"]);
        let v = RuleExtractor.extract(&note("EGFR exon 19 deletion detected; KRAS wild-type."));
        let genes: Vec<(String, bool)> = v
            .events
            .iter()
            .filter_map(|e| match &e.value {
                Some(EventValue::Variant { gene, present, .. }) => Some((gene.clone(), *present)),
                _ => None,
            })
            .collect();
        assert_eq!(genes, [("EGFR".to_string(), true), ("KRAS".to_string(), false)]);
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "Tumorectomía de mama izquierda; después radioterapia.";
        let x = RuleExtractor.extract(&note(text));
        let rt = x.events.iter().find(|e| e.kind == "radiotherapy_session").expect("radiotherapy");
        let ev = &rt.notes[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[ev.start..ev.end].iter().collect::<String>(), "radioterapia");
    }
}
