//! Value sets as data: which codes (LOINC, SNOMED CT, LOINC answer codes, ICD-10-CM, ICD-O-3,
//! CPT, AJCC, NCIt) and which written patterns mean what, read from the reviewed tables in
//! `pathways/valuesets/*.csv` — one table per concept family, one row per code, each row with
//! its source — so a clinician or terminologist reviews the knowledge, not the Rust.
//!
//! The tables are compiled in (`include_str!`) and parsed once, at first use; [`check`] parses
//! them up front, and the server refuses to start when one is bad. Every error names the file
//! and line and says why: a malformed row (wrong number of fields, empty code, no source), a
//! value or fact key the code does not understand, or one (system, code) mapped twice.
//!
//! Lookups take a `Coding.system` URI and a code. A coding whose system is absent or not one
//! the tables know is matched by its code alone (codes of different systems do not collide in
//! practice, and the fixtures carry such codings); a known system must match. Rows whose
//! system is `text`, `prefix` or `word` are patterns over lower-cased text, tried in file
//! order after the codes: `text` = the text contains it, `prefix` = the text starts with it
//! as whole words, `word` = one of the text's words.

use super::codes::{CancerConcept, ProcedureKind, RegimenDef};
use oncotwin_pathway::facts::{Graded, TnmAxis};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where the tables live in the repository (error messages name files by this path).
pub const DIR: &str = "pathways/valuesets";

/// The shipped tables: file name and text.
pub const FILES: &[(&str, &str)] = &[
    ("markers.csv", include_str!("../../../pathways/valuesets/markers.csv")),
    ("answers.csv", include_str!("../../../pathways/valuesets/answers.csv")),
    ("staging.csv", include_str!("../../../pathways/valuesets/staging.csv")),
    ("stage-values.csv", include_str!("../../../pathways/valuesets/stage-values.csv")),
    ("disease-status.csv", include_str!("../../../pathways/valuesets/disease-status.csv")),
    ("observations.csv", include_str!("../../../pathways/valuesets/observations.csv")),
    ("procedures.csv", include_str!("../../../pathways/valuesets/procedures.csv")),
    ("cancers.csv", include_str!("../../../pathways/valuesets/cancers.csv")),
    ("histology.csv", include_str!("../../../pathways/valuesets/histology.csv")),
    ("laterality.csv", include_str!("../../../pathways/valuesets/laterality.csv")),
    ("clinical-drugs.csv", include_str!("../../../pathways/valuesets/clinical-drugs.csv")),
    ("regimens.csv", include_str!("../../../pathways/valuesets/regimens.csv")),
    ("condition-facts.csv", include_str!("../../../pathways/valuesets/condition-facts.csv")),
];

// ---------------------------------------------------------------------------------------
// Vocabularies the code understands (a table naming anything else does not load)

/// Marker keys `normalise::biomarker` reads (event kinds; fact-aligned where a fact exists).
pub const MARKER_KEYS: &[&str] = &[
    "er",
    "pr",
    "er_pr",
    "her2",
    "egfr_protein",
    "egfr",
    "kras",
    "nras",
    "braf",
    "alk",
    "ros1",
    "ret",
    "met",
    "ntrk",
    "brca",
    "pik3ca",
    "esr1",
    "akt1",
    "pten",
    "msi",
    "mmr",
    "mmr_mlh1",
    "mmr_msh2",
    "mmr_msh6",
    "mmr_pms2",
    "tmb",
    "pdl1",
    "ki67",
    "psa",
    "testosterone",
    "cea",
    "ca15_3",
    "ca27_29",
    "ca19_9",
    "ca125",
    "afp",
    "oncotype",
];

/// How a marker's value is read (empty: by the value itself).
pub const MARKER_METHODS: &[&str] = &["", "ihc", "ish", "ratio", "copy_number", "percent", "tps", "cps", "ic"];

/// Result values of `answers.csv`.
pub const ANSWERS: &[&str] = &[
    "positive",
    "negative",
    "equivocal",
    "msi_high",
    "msi_low",
    "msi_stable",
    "ecog_0",
    "ecog_1",
    "ecog_2",
    "ecog_3",
    "ecog_4",
    "ecog_5",
    "her2_ihc_0",
    "her2_ihc_1",
    "her2_ihc_2",
    "her2_ihc_3",
    "mmr_deficient",
    "mmr_proficient",
];

/// Disease status values (the `disease_status` event's result).
pub const DISEASE_STATUSES: &[&str] = &["progression", "response", "stable", "remission", "undetermined"];

/// Kinds of observation and report codes in `observations.csv`.
pub const OBSERVATION_KINDS: &[&str] = &[
    "ecog",
    "karnofsky",
    "disease_status",
    "histology",
    "grade",
    "gleason",
    "genomic_variant",
    "gene_studied",
    "variant_description",
    "variant_type",
    "genomic_source",
    "pathology_report",
    "genomics_report",
];

/// Staging elements of `staging.csv`.
pub const STAGING_ELEMENTS: &[&str] =
    &["t", "n", "m", "group", "other", "tumor_size", "nodes", "metastatic_site", "method"];

/// Laterality words.
pub const LATERALITIES: &[&str] = &["left", "right", "bilateral"];

/// Facts `condition-facts.csv` may state, with their values.
pub const CONDITION_FACTS: &[(&str, &[&str])] = &[
    ("castration", &["resistant", "sensitive"]),
    ("menopause", &["pre", "post"]),
    ("er", &["positive", "negative"]),
    ("pr", &["positive", "negative"]),
    ("her2", &["positive", "negative"]),
    // A combined status: hormone receptors (ER or PR) and HER2.
    ("receptors", &["hr+her2+", "hr+her2-", "hr-her2+", "hr-her2-"]),
];

// ---------------------------------------------------------------------------------------
// Code systems

/// A code system as the tables name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum System {
    Loinc,
    Snomed,
    Ncit,
    Icd10,
    Icdo3,
    Rxnorm,
    Cpt,
    Gtr,
    Ajcc,
    /// FDA National Drug Code, keyed by its product (`00002-6216`; see `oncotwin_pathway::ndc_product`).
    Ndc,
    /// Pattern: the lower-cased text contains it.
    Text,
    /// Pattern: the lower-cased text starts with it, as whole words.
    Prefix,
    /// Pattern: one of the text's words.
    Word,
}

const SYSTEMS: &[(&str, System)] = &[
    ("loinc", System::Loinc),
    ("snomed", System::Snomed),
    ("ncit", System::Ncit),
    ("icd10", System::Icd10),
    ("icdo3", System::Icdo3),
    ("rxnorm", System::Rxnorm),
    ("cpt", System::Cpt),
    ("gtr", System::Gtr),
    ("ajcc", System::Ajcc),
    ("ndc", System::Ndc),
    ("text", System::Text),
    ("prefix", System::Prefix),
    ("word", System::Word),
];

impl System {
    fn parse(name: &str) -> Option<System> {
        SYSTEMS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }

    pub fn name(self) -> &'static str {
        SYSTEMS.iter().find(|(_, s)| *s == self).map(|(n, _)| *n).unwrap_or("?")
    }

    fn is_pattern(self) -> bool {
        matches!(self, System::Text | System::Prefix | System::Word)
    }

    /// The system a `Coding.system` URI (or OID) names; `None` when absent or unknown.
    pub fn of_uri(uri: &str) -> Option<System> {
        Some(match uri.trim().trim_end_matches('/') {
            "http://loinc.org" | "urn:oid:2.16.840.1.113883.6.1" => System::Loinc,
            "http://snomed.info/sct" | "urn:oid:2.16.840.1.113883.6.96" => System::Snomed,
            "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl" | "http://ncithesaurus-stage.nci.nih.gov" => {
                System::Ncit
            }
            "http://hl7.org/fhir/sid/icd-10-cm"
            | "http://hl7.org/fhir/sid/icd-10"
            | "urn:oid:2.16.840.1.113883.6.90" => System::Icd10,
            "http://terminology.hl7.org/CodeSystem/icd-o-3" | "urn:oid:2.16.840.1.113883.6.43.1" => System::Icdo3,
            "http://www.nlm.nih.gov/research/umls/rxnorm" | "urn:oid:2.16.840.1.113883.6.88" => System::Rxnorm,
            "http://www.ama-assn.org/go/cpt" | "urn:oid:2.16.840.1.113883.6.12" => System::Cpt,
            "http://www.ncbi.nlm.nih.gov/gtr" => System::Gtr,
            "http://cancerstaging.org" => System::Ajcc,
            "http://hl7.org/fhir/sid/ndc" | "urn:oid:2.16.840.1.113883.6.69" => System::Ndc,
            _ => return None,
        })
    }
}

/// A code as the tables key it: ICD-10-CM without its dot and in upper case (`Z19.2` = `Z192`);
/// an NDC as its product (`0002-6216-45` = `00002-6216`; ten digits without hyphens, which
/// read three ways, as written — [`CodeTable::get_in`] tries each reading); others as written.
fn normal_code(system: System, code: &str) -> std::borrow::Cow<'_, str> {
    let code = code.trim();
    match system {
        System::Icd10 => code.chars().filter(|c| *c != '.').collect::<String>().to_ascii_uppercase().into(),
        System::Ndc => match oncotwin_pathway::ndc_product(code).as_slice() {
            [one] => one.clone().into(),
            _ => code.into(),
        },
        _ => code.into(),
    }
}

// ---------------------------------------------------------------------------------------
// A table of codes and patterns

/// One row of a table.
#[derive(Debug, Clone)]
pub struct Row<V> {
    pub system: System,
    pub code: String,
    pub value: V,
    /// Line in its file (for diagnostics).
    pub line: usize,
}

/// The rows of one file, indexed by code; patterns and ranges kept in file order.
#[derive(Debug)]
pub struct CodeTable<V> {
    rows: Vec<Row<V>>,
    by_code: HashMap<String, Vec<usize>>,
    patterns: Vec<usize>,
    /// Inclusive numeric ranges (CPT `19301-19307`): (system, first, last, row).
    ranges: Vec<(System, u32, u32, usize)>,
}

impl<V> CodeTable<V> {
    fn new() -> Self {
        CodeTable { rows: Vec::new(), by_code: HashMap::new(), patterns: Vec::new(), ranges: Vec::new() }
    }

    /// Every row, in file order.
    pub fn rows(&self) -> &[Row<V>] {
        &self.rows
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The value of a coding (see the module doc for how the system is matched).
    pub fn get(&self, system_uri: &str, code: &str) -> Option<&V> {
        match System::of_uri(system_uri) {
            Some(system) => self.get_in(system, code),
            None => {
                let code = code.trim();
                let row = self.by_code.get(code)?.iter().map(|i| &self.rows[*i]).next()?;
                Some(&row.value)
            }
        }
    }

    /// The value of a code of a known system.
    pub fn get_in(&self, system: System, code: &str) -> Option<&V> {
        let by_key = |key: &str| {
            self.by_code.get(key)?.iter().map(|i| &self.rows[*i]).find(|r| r.system == system).map(|r| &r.value)
        };
        if system == System::Ndc {
            return oncotwin_pathway::ndc_product(code).iter().find_map(|key| by_key(key));
        }
        let key = normal_code(system, code);
        if let Some(value) = by_key(&key) {
            return Some(value);
        }
        let n: u32 = key.parse().ok()?;
        self.ranges
            .iter()
            .find(|(s, lo, hi, _)| *s == system && (*lo..=*hi).contains(&n))
            .map(|(.., i)| &self.rows[*i].value)
    }

    /// Every place a text or word pattern of a row whose value passes `keep` matches `text`
    /// (byte ranges into `text`, in order; where two overlap, the earlier row in file order).
    /// Prefix patterns, which speak of a whole text, are left out.
    pub fn spans_in_text(&self, text: &str, keep: impl Fn(&V) -> bool) -> Vec<(std::ops::Range<usize>, &V)> {
        let lower = text.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let alnum = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
        let mut found: Vec<(std::ops::Range<usize>, &V)> = Vec::new();
        for row in self.patterns.iter().map(|i| &self.rows[*i]).filter(|r| keep(&r.value)) {
            for (at, m) in lower.match_indices(row.code.as_str()) {
                let end = at + m.len();
                let whole_word = (at == 0 || !alnum(at - 1)) && !alnum(end);
                let hit = match row.system {
                    System::Text => true,
                    System::Word => whole_word,
                    _ => false,
                };
                if hit && !found.iter().any(|(r, _)| r.start < end && at < r.end) {
                    found.push((at..end, &row.value));
                }
            }
        }
        found.sort_by_key(|(r, _)| r.start);
        found
    }

    /// The first pattern (in file order) that `text` matches among rows whose value passes
    /// `keep`.
    pub fn in_text(&self, text: &str, keep: impl Fn(&V) -> bool) -> Option<&V> {
        let lower = text.to_ascii_lowercase();
        let mut words: Option<Vec<&str>> = None;
        for row in self.patterns.iter().map(|i| &self.rows[*i]) {
            if !keep(&row.value) {
                continue;
            }
            let hit = match row.system {
                System::Text => lower.contains(row.code.as_str()),
                System::Prefix => {
                    let t = lower.trim_start();
                    t.starts_with(row.code.as_str())
                        && !t[row.code.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
                }
                System::Word => words
                    .get_or_insert_with(|| {
                        lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect()
                    })
                    .contains(&row.code.as_str()),
                _ => false,
            };
            if hit {
                return Some(&row.value);
            }
        }
        None
    }
}

/// The fields of one data row, by column name.
struct Fields<'a> {
    header: &'a [&'a str],
    values: &'a [String],
}

impl Fields<'_> {
    fn get(&self, column: &str) -> &str {
        let at = self.header.iter().position(|h| *h == column).expect("column of the table's own header");
        self.values[at].trim()
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// The `'static` word of a closed vocabulary, or an error naming the allowed ones.
fn one_of(what: &str, value: &str, allowed: &[&'static str]) -> Result<&'static str, String> {
    allowed.iter().copied().find(|a| *a == value).ok_or_else(|| {
        let list: Vec<&str> = allowed.iter().map(|a| if a.is_empty() { "(empty)" } else { a }).collect();
        format!("unknown {what} `{value}` (known: {})", list.join(", "))
    })
}

/// Data rows of a CSV table: `(line, fields)` after checking the header; errors name
/// `file:line`.
fn data_rows(file: &str, text: &str, header: &[&str], errors: &mut Vec<String>) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut seen_header = false;
    for record in oncotwin_pathway::codetable::csv_records(text) {
        let (line, fields) = match record {
            Ok(r) => r,
            Err((line, m)) => {
                errors.push(format!("{file}:{line}: {m}"));
                continue;
            }
        };
        if !seen_header {
            seen_header = true;
            if fields.iter().map(|f| f.trim()).ne(header.iter().copied()) {
                errors.push(format!("{file}:{line}: the header must be {}", header.join(",")));
                return out;
            }
            continue;
        }
        if fields.len() != header.len() {
            errors.push(format!(
                "{file}:{line}: malformed row: expected {} fields ({}), found {}",
                header.len(),
                header.join(","),
                fields.len()
            ));
            continue;
        }
        if fields.last().is_some_and(|s| s.trim().is_empty()) {
            errors.push(format!("{file}:{line}: a row needs a source"));
            continue;
        }
        out.push((line, fields));
    }
    if !seen_header {
        errors.push(format!("{file}:1: the file has no header ({})", header.join(",")));
    }
    out
}

/// Parses a `system,code,…,source` table: `value` turns a row into its value or says why not.
fn code_table<V: PartialEq + std::fmt::Debug>(
    file: &str,
    text: &str,
    header: &[&str],
    errors: &mut Vec<String>,
    value: impl Fn(&Fields) -> Result<V, String>,
) -> CodeTable<V> {
    let mut table = CodeTable::new();
    let mut keys: HashMap<(System, String), usize> = HashMap::new();
    for (line, values) in data_rows(file, text, header, errors) {
        let fields = Fields { header, values: &values };
        let system_name = fields.get("system");
        let Some(system) = System::parse(system_name) else {
            let known: Vec<&str> = SYSTEMS.iter().map(|(n, _)| *n).collect();
            errors.push(format!("{file}:{line}: unknown system `{system_name}` (known: {})", known.join(", ")));
            continue;
        };
        let raw_code = fields.get("code");
        if raw_code.is_empty() {
            errors.push(format!("{file}:{line}: malformed row: empty code"));
            continue;
        }
        if system.is_pattern() && raw_code != raw_code.to_ascii_lowercase() {
            errors.push(format!("{file}:{line}: a {} pattern must be lower case: `{raw_code}`", system.name()));
            continue;
        }
        let v = match value(&fields) {
            Ok(v) => v,
            Err(reason) => {
                errors.push(format!("{file}:{line}: {reason}"));
                continue;
            }
        };
        // A CPT range `first-last`.
        let range = (system == System::Cpt && raw_code.contains('-'))
            .then(|| {
                let (lo, hi) = raw_code.split_once('-')?;
                Some((lo.trim().parse::<u32>().ok()?, hi.trim().parse::<u32>().ok()?))
            })
            .map(|r| r.filter(|(lo, hi)| lo <= hi));
        let code = normal_code(system, raw_code).into_owned();
        let key = (system, code.clone());
        if let Some(&earlier) = keys.get(&key) {
            let before: &Row<V> = &table.rows[earlier];
            errors.push(if before.value == v {
                format!("{file}:{line}: `{} {code}` is listed twice (line {})", system.name(), before.line)
            } else {
                format!(
                    "{file}:{line}: `{} {code}` is mapped to {v:?} here but to {:?} at line {}",
                    system.name(),
                    before.value,
                    before.line
                )
            });
            continue;
        }
        let index = table.rows.len();
        match range {
            Some(None) => {
                errors.push(format!("{file}:{line}: malformed row: `{raw_code}` is not a CPT range first-last"));
                continue;
            }
            Some(Some((lo, hi))) => {
                if let Some((.., other)) = table.ranges.iter().find(|(s, a, b, _)| *s == system && lo <= *b && *a <= hi)
                {
                    errors.push(format!(
                        "{file}:{line}: `{raw_code}` overlaps `{}` (line {})",
                        table.rows[*other].code, table.rows[*other].line
                    ));
                    continue;
                }
                table.ranges.push((system, lo, hi, index));
            }
            None if system == System::Cpt => {
                // A single CPT code is a range of one, so that ranges may not hide it.
                if let Ok(n) = code.parse::<u32>() {
                    if let Some((.., other)) =
                        table.ranges.iter().find(|(s, a, b, _)| *s == system && (*a..=*b).contains(&n))
                    {
                        errors.push(format!(
                            "{file}:{line}: `{code}` lies in `{}` (line {})",
                            table.rows[*other].code, table.rows[*other].line
                        ));
                        continue;
                    }
                    table.ranges.push((system, n, n, index));
                }
            }
            None => {}
        }
        keys.insert(key, index);
        if system.is_pattern() {
            table.patterns.push(index);
        } else {
            table.by_code.entry(code.clone()).or_default().push(index);
        }
        table.rows.push(Row { system, code, value: v, line });
    }
    table
}

// ---------------------------------------------------------------------------------------
// The tables

/// A biomarker test: what it measures and how its value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkerDef {
    pub key: &'static str,
    pub method: &'static str,
    pub label: &'static str,
}

/// A staging observation code: which element, clinical or pathological, and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StagingDef {
    pub element: &'static str,
    /// `c`, `p` or empty.
    pub setting: &'static str,
    pub label: &'static str,
}

/// What a stage value code means.
#[derive(Debug, Clone, PartialEq)]
pub enum StageValue {
    Group(Graded),
    /// A TNM category with its `c`/`p`/`yp` prefix (possibly empty).
    Tnm {
        axis: TnmAxis,
        prefix: &'static str,
        category: Graded,
    },
}

/// An observation or report code: its kind and label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObservationDef {
    pub kind: &'static str,
    pub label: &'static str,
}

/// A fact a Condition states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConditionFact {
    pub fact: &'static str,
    pub value: &'static str,
}

/// Every table, loaded.
#[derive(Debug)]
pub struct ValueSets {
    pub markers: CodeTable<MarkerDef>,
    pub answers: CodeTable<&'static str>,
    pub staging: CodeTable<StagingDef>,
    pub stage_values: CodeTable<StageValue>,
    pub disease_status: CodeTable<&'static str>,
    pub observations: CodeTable<ObservationDef>,
    pub procedures: CodeTable<ProcedureKind>,
    pub cancers: CodeTable<CancerConcept>,
    /// The cancers, in file order (for readers that walk them all).
    pub cancer_list: Vec<CancerConcept>,
    pub histology: CodeTable<&'static str>,
    pub laterality: CodeTable<&'static str>,
    /// Clinical drug (RxNorm SCD/SBD) or drug product (NDC) → ingredient RXCUIs.
    pub clinical_drugs: CodeTable<Vec<&'static str>>,
    pub regimens: Vec<RegimenDef>,
    pub condition_facts: CodeTable<ConditionFact>,
}

/// A stage value: a stage group (`IIIA`) or a TNM category with prefix (`cT3`, `ypN0`).
fn parse_stage_value(s: &str) -> Option<StageValue> {
    if let Some(g) = Graded::parse_stage(s) {
        return Some(StageValue::Group(g));
    }
    let (prefix, rest) = ["yp", "c", "p"]
        .iter()
        .find_map(|p| s.strip_prefix(p).filter(|r| r.starts_with(['T', 'N', 'M'])).map(|r| (*p, r)))
        .unwrap_or(("", s));
    let axis = match rest.chars().next()? {
        'T' => TnmAxis::T,
        'N' => TnmAxis::N,
        'M' => TnmAxis::M,
        _ => return None,
    };
    Graded::parse_tnm(axis, rest).map(|category| StageValue::Tnm { axis, prefix, category })
}

impl ValueSets {
    /// Parses the tables; `text_of(file)` gives a file's text (tests pass a broken copy).
    /// Needs the antineoplastic ingredient table (clinical drugs and regimens name
    /// ingredients).
    pub fn parse(text_of: impl Fn(&str) -> &'static str) -> Result<ValueSets, Vec<String>> {
        let mut e = Vec::new();
        let path = |name: &str| format!("{DIR}/{name}");
        let markers = code_table(
            &path("markers.csv"),
            text_of("markers.csv"),
            &["system", "code", "marker", "method", "label", "display", "source"],
            &mut e,
            |f| {
                let label = f.get("label");
                if label.is_empty() {
                    return Err("a marker needs a label".into());
                }
                Ok(MarkerDef {
                    key: one_of("marker", f.get("marker"), MARKER_KEYS)?,
                    method: one_of("method", f.get("method"), MARKER_METHODS)?,
                    label: leak(label),
                })
            },
        );
        let answers = code_table(
            &path("answers.csv"),
            text_of("answers.csv"),
            &["system", "code", "answer", "display", "source"],
            &mut e,
            |f| one_of("answer", f.get("answer"), ANSWERS),
        );
        let staging = code_table(
            &path("staging.csv"),
            text_of("staging.csv"),
            &["system", "code", "element", "setting", "label", "source"],
            &mut e,
            |f| {
                Ok(StagingDef {
                    element: one_of("staging element", f.get("element"), STAGING_ELEMENTS)?,
                    setting: one_of("setting", f.get("setting"), &["", "c", "p"])?,
                    label: leak(f.get("label")),
                })
            },
        );
        let stage_values = code_table(
            &path("stage-values.csv"),
            text_of("stage-values.csv"),
            &["system", "code", "value", "display", "source"],
            &mut e,
            |f| {
                let v = f.get("value");
                parse_stage_value(v)
                    .ok_or_else(|| format!("`{v}` is neither a stage group (IIIA) nor a TNM category (cT3)"))
            },
        );
        let disease_status = code_table(
            &path("disease-status.csv"),
            text_of("disease-status.csv"),
            &["system", "code", "status", "display", "source"],
            &mut e,
            |f| one_of("disease status", f.get("status"), DISEASE_STATUSES),
        );
        let observations = code_table(
            &path("observations.csv"),
            text_of("observations.csv"),
            &["system", "code", "kind", "label", "source"],
            &mut e,
            |f| {
                Ok(ObservationDef {
                    kind: one_of("observation kind", f.get("kind"), OBSERVATION_KINDS)?,
                    label: leak(f.get("label")),
                })
            },
        );
        let procedures = code_table(
            &path("procedures.csv"),
            text_of("procedures.csv"),
            &["system", "code", "kind", "display", "source"],
            &mut e,
            |f| {
                Ok(match f.get("kind") {
                    "surgery" => ProcedureKind::Surgery,
                    "biopsy" => ProcedureKind::Biopsy,
                    "radiotherapy" => ProcedureKind::Radiotherapy,
                    "chemoradiation" => ProcedureKind::Chemoradiation,
                    "chemotherapy" => ProcedureKind::Chemotherapy,
                    "imaging" => ProcedureKind::Imaging,
                    "endoscopy" => ProcedureKind::Endoscopy,
                    other => {
                        return Err(format!(
                            "unknown procedure kind `{other}` (known: surgery, biopsy, radiotherapy, chemoradiation, chemotherapy, imaging, endoscopy)"
                        ))
                    }
                })
            },
        );
        let cancers_file = path("cancers.csv");
        let cancers = code_table(
            &cancers_file,
            text_of("cancers.csv"),
            &["system", "code", "display", "icd10", "parent", "kind", "source"],
            &mut e,
            |f| {
                let icd10 = f.get("icd10");
                if !icd10.is_empty() && super::codes::icd10_cancer(icd10).is_none() {
                    return Err(format!("`{icd10}` is not an ICD-10-CM malignant neoplasm code (C00-C96, D00-D09)"));
                }
                let secondary = match f.get("kind") {
                    "primary" => false,
                    "secondary" => true,
                    other => return Err(format!("unknown kind `{other}` (known: primary, secondary)")),
                };
                let parent = f.get("parent");
                Ok(CancerConcept {
                    snomed: leak(f.get("code")),
                    display: leak(f.get("display")),
                    icd10: (!icd10.is_empty()).then(|| leak(icd10)),
                    parent: (!parent.is_empty()).then(|| leak(parent)),
                    secondary,
                })
            },
        );
        for row in cancers.rows() {
            if let Some(p) = row.value.parent {
                if cancers.get_in(System::Snomed, p).is_none() {
                    e.push(format!("{cancers_file}:{}: parent `{p}` is not a cancer of this file", row.line));
                }
            }
        }
        let cancer_list = cancers.rows().iter().map(|r| r.value).collect();
        let histology = code_table(
            &path("histology.csv"),
            text_of("histology.csv"),
            &["system", "code", "histology", "display", "source"],
            &mut e,
            |f| {
                let allowed = match oncotwin_pathway::facts::fact_def("histology").map(|d| &d.ty) {
                    Some(oncotwin_pathway::facts::FactType::Enum(words)) => *words,
                    _ => &[][..],
                };
                one_of("histology", f.get("histology"), allowed)
            },
        );
        let laterality = code_table(
            &path("laterality.csv"),
            text_of("laterality.csv"),
            &["system", "code", "laterality", "display", "source"],
            &mut e,
            |f| one_of("laterality", f.get("laterality"), LATERALITIES),
        );
        let clinical_drugs = code_table(
            &path("clinical-drugs.csv"),
            text_of("clinical-drugs.csv"),
            &["system", "code", "ingredient", "display", "source"],
            &mut e,
            |f| {
                if f.get("system") == "ndc" && !f.get("code").contains('-') {
                    return Err(format!("NDC `{}` must be written with its hyphens (labeler-product)", f.get("code")));
                }
                f.get("ingredient")
                    .split('+')
                    .map(|cui| {
                        let cui = cui.trim();
                        super::codes::ingredient_by_rxcui(cui)
                            .map(|i| i.rxcui)
                            .ok_or_else(|| format!("unknown ingredient `{cui}` (not in antineoplastics.csv)"))
                    })
                    .collect()
            },
        );
        let regimens = parse_regimens(&path("regimens.csv"), text_of("regimens.csv"), &mut e);
        let condition_facts = code_table(
            &path("condition-facts.csv"),
            text_of("condition-facts.csv"),
            &["system", "code", "fact", "value", "display", "source"],
            &mut e,
            |f| {
                let facts: Vec<&'static str> = CONDITION_FACTS.iter().map(|(n, _)| *n).collect();
                let fact = one_of("fact", f.get("fact"), &facts)?;
                let values = CONDITION_FACTS.iter().find(|(n, _)| *n == fact).map(|(_, v)| *v).unwrap_or(&[]);
                Ok(ConditionFact { fact, value: one_of(&format!("{fact} value"), f.get("value"), values)? })
            },
        );
        if !e.is_empty() {
            // In file order, line by line, however they were found.
            e.sort_by_key(|m| {
                let mut parts = m.splitn(3, ':');
                let file = parts.next().unwrap_or_default().to_string();
                let line: usize = parts.next().and_then(|l| l.parse().ok()).unwrap_or(0);
                (file, line)
            });
            return Err(e);
        }
        Ok(ValueSets {
            markers,
            answers,
            staging,
            stage_values,
            disease_status,
            observations,
            procedures,
            cancers,
            cancer_list,
            histology,
            laterality,
            clinical_drugs,
            regimens,
            condition_facts,
        })
    }
}

/// `name,phases,source`: phases separated by `;`, drugs of a phase by `+`, each an ingredient
/// name of `antineoplastics.csv`.
fn parse_regimens(file: &str, text: &str, errors: &mut Vec<String>) -> Vec<RegimenDef> {
    let mut out: Vec<RegimenDef> = Vec::new();
    let mut lines: HashMap<String, usize> = HashMap::new();
    for (line, f) in data_rows(file, text, &["name", "phases", "source"], errors) {
        let name = f[0].trim();
        if name.is_empty() {
            errors.push(format!("{file}:{line}: malformed row: empty name"));
            continue;
        }
        if let Some(earlier) = lines.get(name) {
            errors.push(format!("{file}:{line}: regimen `{name}` is listed twice (line {earlier})"));
            continue;
        }
        let mut phases: Vec<&'static [&'static str]> = Vec::new();
        let mut bad = None;
        for phase in f[1].split(';') {
            let mut drugs: Vec<&'static str> = Vec::new();
            for drug in phase.split('+').map(str::trim) {
                match super::codes::ingredients().iter().find(|i| i.name == drug) {
                    Some(i) => drugs.push(i.name),
                    None => bad = Some(format!("unknown ingredient `{drug}` (not in antineoplastics.csv)")),
                }
            }
            phases.push(Box::leak(drugs.into_boxed_slice()));
        }
        if let Some(reason) = bad {
            errors.push(format!("{file}:{line}: {reason}"));
            continue;
        }
        lines.insert(name.to_string(), line);
        out.push(RegimenDef { name: leak(name), phases: Box::leak(phases.into_boxed_slice()) });
    }
    out
}

fn shipped(name: &str) -> &'static str {
    FILES.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).unwrap_or("")
}

/// The shipped tables, parsed at first use.
///
/// # Panics
/// When a shipped table does not load (with every `file:line` error). The server checks them
/// at start ([`check`]) and a test proves the committed files load, so this cannot happen in a
/// build that started.
pub fn get() -> &'static ValueSets {
    static TABLES: OnceLock<ValueSets> = OnceLock::new();
    TABLES.get_or_init(|| match ValueSets::parse(shipped) {
        Ok(t) => t,
        Err(errors) => panic!("the value-set tables do not load:\n{}", errors.join("\n")),
    })
}

/// Loads every shipped table (and the antineoplastic ingredient table), returning each
/// `file:line` error; the server calls it before binding.
pub fn check() -> Result<(), Vec<String>> {
    // Clinical drugs and regimens name ingredients: that table first.
    super::codes::parse_ingredients("pathways/valuesets/antineoplastics.csv", super::codes::INGREDIENTS_CSV)?;
    super::ajcc::parse(super::ajcc::FILE.0, super::ajcc::FILE.1)?;
    super::codes::parse_medications("pathways/valuesets/medications.csv", super::codes::MEDICATIONS_CSV)?;
    ValueSets::parse(shipped).map(|_| ())
}

/// Row counts per shipped file (for `oncotwin pathways lint` and the README).
pub fn counts() -> Vec<(&'static str, usize)> {
    let v = get();
    vec![
        ("markers.csv", v.markers.len()),
        ("answers.csv", v.answers.len()),
        ("staging.csv", v.staging.len()),
        ("stage-values.csv", v.stage_values.len()),
        ("disease-status.csv", v.disease_status.len()),
        ("observations.csv", v.observations.len()),
        ("procedures.csv", v.procedures.len()),
        ("cancers.csv", v.cancers.len()),
        ("histology.csv", v.histology.len()),
        ("laterality.csv", v.laterality.len()),
        ("clinical-drugs.csv", v.clinical_drugs.len()),
        ("regimens.csv", v.regimens.len()),
        ("condition-facts.csv", v.condition_facts.len()),
    ]
}

// ---------------------------------------------------------------------------------------
// Lookups

/// The marker a test code measures.
pub fn marker(system_uri: &str, code: &str) -> Option<MarkerDef> {
    get().markers.get(system_uri, code).copied()
}

/// The answer a result code means (`positive`, `msi_high`, `ecog_2` …).
pub fn answer(system_uri: &str, code: &str) -> Option<&'static str> {
    get().answers.get(system_uri, code).copied()
}

/// The answer of a result code or, failing that, of the result text, within one family of
/// answers (`keep`).
pub fn answer_of(system_uri: &str, code: &str, text: &str, keep: impl Fn(&str) -> bool) -> Option<&'static str> {
    let v = get();
    v.answers
        .get(system_uri, code)
        .copied()
        .filter(|a| keep(a))
        .or_else(|| v.answers.in_text(text, |a| keep(a)).copied())
}

/// Qualitative families: `positive`, `negative`, `equivocal`.
pub fn is_qualitative(answer: &str) -> bool {
    matches!(answer, "positive" | "negative" | "equivocal")
}

/// The ECOG grade an answer code means.
pub fn ecog_answer(system_uri: &str, code: &str) -> Option<f64> {
    answer(system_uri, code)?.strip_prefix("ecog_")?.parse().ok()
}

/// The staging element an observation code is.
pub fn staging(system_uri: &str, code: &str) -> Option<StagingDef> {
    get().staging.get(system_uri, code).copied()
}

/// The stage group or TNM category a value code means.
pub fn stage_value(system_uri: &str, code: &str) -> Option<&'static StageValue> {
    get().stage_values.get(system_uri, code)
}

/// The disease status a value code or, failing that, its text means.
pub fn disease_status(system_uri: &str, code: &str, text: &str) -> Option<&'static str> {
    let v = get();
    v.disease_status.get(system_uri, code).copied().or_else(|| v.disease_status.in_text(text, |_| true).copied())
}

/// What kind of observation or report a code is (`ecog`, `gene_studied`, `pathology_report` …).
pub fn observation_kind(system_uri: &str, code: &str) -> Option<&'static str> {
    get().observations.get(system_uri, code).map(|o| o.kind)
}

/// The codes of one observation kind, in file order (`variant_description`: best first).
pub fn observation_codes(kind: &str) -> Vec<&'static str> {
    static BY_KIND: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    BY_KIND
        .get_or_init(|| {
            let mut m: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
            for row in get().observations.rows() {
                m.entry(row.value.kind).or_default().push(leak(&row.code));
            }
            m
        })
        .get(kind)
        .cloned()
        .unwrap_or_default()
}

/// The kind and label of a report code (`pathology_report`, `genomics_report`).
pub fn report(system_uri: &str, code: &str) -> Option<ObservationDef> {
    get().observations.get(system_uri, code).copied().filter(|o| o.kind.ends_with("_report"))
}

/// The kind of a procedure code (SNOMED CT, or CPT code or range).
pub fn procedure(system: System, code: &str) -> Option<ProcedureKind> {
    get().procedures.get_in(system, code).copied()
}

/// A cancer concept by SNOMED CT code.
pub fn cancer(code: &str) -> Option<&'static CancerConcept> {
    get().cancers.get_in(System::Snomed, code)
}

/// Every cancer concept, in file order.
pub fn cancers() -> &'static [CancerConcept] {
    &get().cancer_list
}

/// Histology of a morphology code (SNOMED CT, or the first four digits of ICD-O-3).
pub fn histology(system: System, code: &str) -> Option<&'static str> {
    get().histology.get_in(system, code).copied()
}

/// Laterality of a SNOMED CT qualifier or body structure.
pub fn laterality(code: &str) -> Option<&'static str> {
    get().laterality.get_in(System::Snomed, code).copied()
}

/// The ingredient RXCUIs of a clinical drug (RxNorm) or a drug product (NDC, any form).
pub fn clinical_drug_ingredients(system: System, code: &str) -> &'static [&'static str] {
    get().clinical_drugs.get_in(system, code).map(Vec::as_slice).unwrap_or(&[])
}

/// Named regimens, in file order.
pub fn regimens() -> &'static [RegimenDef] {
    &get().regimens
}

/// The fact a condition code states.
pub fn condition_fact(system_uri: &str, code: &str) -> Option<ConditionFact> {
    get().condition_facts.get(system_uri, code).copied()
}

/// The fact a condition's text states (first pattern in file order).
pub fn condition_fact_in_text(text: &str, fact: &str) -> Option<ConditionFact> {
    get().condition_facts.in_text(text, |f| f.fact == fact).copied()
}

/// Every place `text` states `fact` by the text and word patterns of `condition-facts.csv`
/// ("castration-resistant", "mHSPC" …), with its byte range.
pub fn condition_facts_in_text(text: &str, fact: &str) -> Vec<(std::ops::Range<usize>, ConditionFact)> {
    get().condition_facts.spans_in_text(text, |f| f.fact == fact).into_iter().map(|(r, f)| (r, *f)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(name: &'static str, text: &'static str) -> impl Fn(&str) -> &'static str {
        move |n: &str| if n == name { text } else { shipped(n) }
    }

    #[test]
    fn every_shipped_valueset_loads() {
        check().unwrap_or_else(|e| panic!("{}", e.join("\n")));
        for (name, rows) in counts() {
            assert!(rows > 0, "{name} is empty");
        }
        // Every file on disk is compiled in, and the compiled copy is the file.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            if name == "antineoplastics.csv" || !name.ends_with(".csv") {
                continue;
            }
            // Two tables are compiled in by their own readers.
            let compiled = FILES.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).or(match name.as_str() {
                "ajcc-anatomic-stage.csv" => Some(super::super::ajcc::FILE.1),
                "medications.csv" => Some(super::super::codes::MEDICATIONS_CSV),
                _ => None,
            });
            assert_eq!(compiled, Some(std::fs::read_to_string(dir.join(&name)).unwrap().as_str()), "{name}");
        }
    }

    #[test]
    fn a_code_mapped_to_two_values_fails_with_file_and_line() {
        let bad = "# comment\nsystem,code,answer,display,source\n\
                   loinc,LA6576-8,positive,Positive,LOINC\n\
                   loinc,LA6576-8,negative,Negative,LOINC\n\
                   snomed,10828004,positive,Positive,SNOMED\n\
                   snomed,10828004,positive,Positive,SNOMED\n";
        let errors = ValueSets::parse(with("answers.csv", bad)).expect_err("duplicates fail");
        let joined = errors.join("\n");
        assert!(joined.contains("pathways/valuesets/answers.csv:4: `loinc LA6576-8` is mapped to \"negative\" here but to \"positive\" at line 3"), "{joined}");
        assert!(
            joined.contains("pathways/valuesets/answers.csv:6: `snomed 10828004` is listed twice (line 5)"),
            "{joined}"
        );
    }

    #[test]
    fn an_unknown_value_or_fact_key_fails_with_file_and_line() {
        let markers = "system,code,marker,method,label,display,source\n\
                       loinc,85337-4,er,,ER,x,LOINC\n\
                       loinc,99999-9,estrogen,,ER,x,LOINC\n\
                       loinc,99999-8,her2,fluorescence,HER2,x,LOINC\n";
        let joined = ValueSets::parse(with("markers.csv", markers)).expect_err("unknown keys fail").join("\n");
        assert!(joined.contains("pathways/valuesets/markers.csv:3: unknown marker `estrogen`"), "{joined}");
        assert!(joined.contains("pathways/valuesets/markers.csv:4: unknown method `fluorescence`"), "{joined}");
        let facts = "system,code,fact,value,display,source\n\
                     icd10,Z19.2,castration,resistant,x,ICD\n\
                     icd10,Z19.1,hormone_status,sensitive,x,ICD\n\
                     text,postmenopaus,menopause,after,x,pattern\n";
        let joined = ValueSets::parse(with("condition-facts.csv", facts)).expect_err("unknown facts fail").join("\n");
        assert!(joined.contains("pathways/valuesets/condition-facts.csv:3: unknown fact `hormone_status`"), "{joined}");
        assert!(
            joined.contains("pathways/valuesets/condition-facts.csv:4: unknown menopause value `after`"),
            "{joined}"
        );
        let stages = "system,code,value,display,source\nsnomed,1,IIIZ,x,SNOMED\n";
        let joined = ValueSets::parse(with("stage-values.csv", stages)).expect_err("bad stage fails").join("\n");
        assert!(joined.contains("pathways/valuesets/stage-values.csv:2: `IIIZ` is neither"), "{joined}");
    }

    #[test]
    fn a_malformed_row_fails_with_file_and_line() {
        let bad = "system,code,status,display,source\n\
                   snomed,271299001,progression,Worsened,mCODE\n\
                   snomed,,response,Improved,mCODE\n\
                   snomed,359746009,stable\n\
                   snomed,709137006,undetermined,Undetermined,\n\
                   sct,268910001,response,Improved,mCODE\n\
                   text,Worse,progression,x,pattern\n";
        let joined = ValueSets::parse(with("disease-status.csv", bad)).expect_err("bad rows fail").join("\n");
        for (line, what) in [
            (3, "malformed row: empty code"),
            (4, "malformed row: expected 5 fields"),
            (5, "a row needs a source"),
            (6, "unknown system `sct`"),
            (7, "a text pattern must be lower case"),
        ] {
            assert!(
                joined.contains(&format!("pathways/valuesets/disease-status.csv:{line}: {what}")),
                "line {line}:\n{joined}"
            );
        }
        let header = "system,code,kind\nsnomed,1,surgery\n";
        let joined = ValueSets::parse(with("procedures.csv", header)).expect_err("bad header fails").join("\n");
        assert!(
            joined.contains("pathways/valuesets/procedures.csv:1: the header must be system,code,kind,display,source"),
            "{joined}"
        );
        let overlap = "system,code,kind,display,source\ncpt,44140-44160,surgery,x,CPT\ncpt,44150-44170,surgery,x,CPT\ncpt,44145,biopsy,x,CPT\n";
        let joined = ValueSets::parse(with("procedures.csv", overlap)).expect_err("overlaps fail").join("\n");
        assert!(joined.contains("procedures.csv:3: `44150-44170` overlaps `44140-44160` (line 2)"), "{joined}");
        assert!(joined.contains("procedures.csv:4: `44145` lies in `44140-44160` (line 2)"), "{joined}");
    }

    #[test]
    fn lookups_answer_as_the_old_statics_did() {
        const SNOMED: &str = "http://snomed.info/sct";
        const LOINC: &str = "http://loinc.org";
        // MARKERS
        assert_eq!(marker(LOINC, "85319-2").map(|m| (m.key, m.label)), Some(("her2", "HER2 (IHC)")));
        assert_eq!(marker("", "2857-1").map(|m| m.key), Some("psa"), "a coding without a system matches by code");
        assert_eq!(marker(SNOMED, "2857-1"), None, "a known, different system does not");
        // ecog_answer, disease_status_of, STAGING, PROCEDURES, CPT ranges, CANCERS, histology, laterality
        assert_eq!(ecog_answer(LOINC, "LA9624-3"), Some(2.0));
        assert_eq!(disease_status(SNOMED, "271299001", ""), Some("progression"));
        assert_eq!(disease_status("", "", "Patient's condition improved"), Some("response"));
        assert_eq!(staging(LOINC, "21902-2").map(|s| (s.element, s.setting)), Some(("group", "p")));
        assert_eq!(procedure(System::Snomed, "392021009"), Some(ProcedureKind::Surgery));
        assert_eq!(procedure(System::Cpt, "45396"), Some(ProcedureKind::Surgery), "45395-45397 stays surgery");
        assert_eq!(procedure(System::Cpt, "45380"), Some(ProcedureKind::Endoscopy));
        assert_eq!(procedure(System::Cpt, "77385"), Some(ProcedureKind::Radiotherapy));
        assert_eq!(cancer("353431000119107").map(|c| (c.icd10, c.parent)), Some((Some("C50.912"), Some("254837009"))));
        assert!(cancer("94222008").is_some_and(|c| c.secondary));
        assert_eq!(histology(System::Icdo3, "8140"), Some("adenocarcinoma"));
        assert_eq!(laterality("80248007"), Some("left"));
        assert_eq!(clinical_drug_ingredients(System::Rxnorm, "2119714"), &["224905"]);
        assert_eq!(regimens().first().map(|r| r.name), Some("AC-T"));
        assert_eq!(observation_codes("variant_description"), ["48005-3", "81252-9", "48004-6", "81290-9"]);
        assert_eq!(report("", "51969-4").map(|r| r.label), Some("Genetic analysis report"));
        // Condition facts: ICD-10-CM with or without the dot, then patterns.
        assert_eq!(condition_fact("http://hl7.org/fhir/sid/icd-10-cm", "Z192").map(|f| f.value), Some("resistant"));
        assert_eq!(condition_fact_in_text("metastatic CRPC", "castration").map(|f| f.value), Some("resistant"));
        assert_eq!(condition_fact_in_text("Postmenopausal state", "menopause").map(|f| f.value), Some("post"));
        // Answers: code first, then the family's patterns in file order.
        assert_eq!(answer_of(LOINC, "LA6577-6", "", is_qualitative), Some("negative"));
        assert_eq!(answer_of("", "", "No pathogenic variant detected", is_qualitative), Some("negative"));
        assert_eq!(answer_of("", "", "none", is_qualitative), Some("negative"));
        assert_eq!(
            answer_of("", "", "nonetheless present", is_qualitative),
            Some("positive"),
            "prefix matches whole words"
        );
        assert_eq!(answer_of("", "", "No loss of MLH1 expression", |a| a.starts_with("mmr_")), Some("mmr_proficient"));
        // Stage values.
        assert_eq!(
            stage_value("http://cancerstaging.org", "3A"),
            Some(&StageValue::Group(Graded::parse_stage("IIIA").unwrap()))
        );
        assert!(matches!(stage_value(SNOMED, "1228938002"), Some(StageValue::Tnm { prefix: "c", .. })));
    }
}
