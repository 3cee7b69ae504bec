//! Oncology phrasings the dictionary cannot hold: stage groups and TNM strings as notes
//! write them (`Stage 3A`, `tnm stage 1`, `pT2N1a(2/15)M0`, `ypT0N0`), receptor and marker
//! results (`ER 95% strong`, `HER2 2+ by IHC, FISH not amplified`, `Ki-67 30%`, `PD-L1 TPS
//! 60%`), gene findings (`KRAS G12C (c.34G>T)`, `EML4-ALK fusion`, `negative for EGFR, ALK
//! and ROS1`), mismatch repair (`loss of MLH1 and PMS2`), performance status, radiotherapy
//! courses (`50 Gy/25 fx to the left breast`), disease status from impressions and
//! assessments, and regimen names (`4 cycles of AC`, `mFOLFOX6`, `carbo/pem`).
//!
//! Each finding becomes a [`Mention`] with the event the history twin's normaliser builds
//! for the same fact from structured data (same category, kind and value shape), so a note
//! and an Observation saying "ER positive" are one fact. Results follow the normaliser's
//! cut-offs: ER/PR ≥ 1 % positive (ASCO/CAP 2020), HER2 IHC 3+ positive / 2+ equivocal /
//! 0–1+ negative, an ISH result deciding an equivocal IHC (ASCO/CAP 2018).

use super::rules::{blank, Mention};
use crate::twin::history::codes::{self, Ingredient};
use crate::twin::history::event::{Category, Coding, EventValue, TimelineEvent};
use crate::twin::history::normalise::normalise_alteration;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid note pattern")
}

fn roman(token: &str) -> String {
    match token {
        "1" => "I".into(),
        "2" => "II".into(),
        "3" => "III".into(),
        "4" => "IV".into(),
        t => t.to_ascii_uppercase(),
    }
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The clause around `span`: the sentence, cut at `;`.
fn clause(text: &str, span: Range<usize>) -> Range<usize> {
    let s = super::context::sentence(text, span.clone());
    let start = text[s.start..span.start].rfind(';').map(|i| s.start + i + 1).unwrap_or(s.start);
    let end = text[span.end..s.end].find(';').map(|i| span.end + i).unwrap_or(s.end);
    start..end
}

// ---------------------------------------------------------------------------------------
// Staging

/// `Stage IIB`, `tnm stage 1`, `Stage 3A`, `pathologic stage IIIA`, `pStage IB`, `estadio IB`.
pub(super) static STAGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?P<pre>yp|yc|p|c)\s?)?(?:stage|estadio)\s*(?:group\s*)?[:=]?\s*(?P<g>0|IV|I{1,3}|[1-4])(?P<sub>[ABCabc][0-9]?)?\b",
    )
});

/// Staging words of other diseases near a stage ("stage 1 hypertension", "CKD stage 3").
const NOT_CANCER_STAGE: &[&str] = &[
    "hypertension",
    "ckd",
    "kidney",
    "renal",
    "pressure",
    "ulcer",
    "decubitus",
    "lymphedema",
    "lymphoedema",
    "sleep",
    "heart failure",
    "copd",
    "fibrosis",
    "liver disease",
    "injury",
];

/// A stage group event (as the normaliser builds `stage_group`).
pub(super) fn stage_event(group: &str, sub: &str, prefix: &str) -> TimelineEvent {
    let g = format!("{}{}", roman(group), sub.to_ascii_uppercase());
    let mut e = blank(Category::Staging, "stage_group", format!("Stage {g}"));
    e.value = Some(EventValue::Graded { text: g, prefix: prefix.to_ascii_lowercase() });
    e
}

/// TNM written as one string: `pT2N1a(2/15)M0`, `ypT0N0`, `cT3N2M1c`, `T2 N0 M0`, `pT1c pN0(sn)`.
static TNM_STRING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<tc>(?P<pre>yp|yc|p|c|r)?T(?P<t>is|[0-4xX])(?P<ts>[a-d]|mi)?(?:\([^)]{0,8}\))?)\s?(?P<nc>(?:yp|p|c)?N(?P<n>[0-3xX])(?P<ns>[a-c]|mi)?(?:\s?\(\s?\d+\s?/\s?\d+\s?\)|\((?:sn|i[+-]|mol[+-])\))?)(?:\s?(?P<mc>(?P<mpre>yp|p|c)?M(?P<m>[01xX])(?P<ms>[a-d])?))?",
    )
});
/// One TNM category with a prefix (`pT2`, `cN1mi`, `ypT0`, `cM0`).
static TNM_ONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?P<pre>yp|yc|p|c)(?P<axis>[TNM])(?P<v>is|[0-4xX])(?P<s>[a-d]|mi)?\b"));

fn tnm_event(axis: &str, value: &str, sub: &str, prefix: &str) -> TimelineEvent {
    let g = format!("{axis}{}{sub}", value.to_ascii_uppercase().replace("IS", "is"));
    let kind = axis.to_ascii_lowercase();
    let mut e = blank(Category::Staging, &kind, format!("{prefix}{g}"));
    e.value = Some(EventValue::Graded { text: g, prefix: prefix.to_string() });
    e
}

pub(super) fn staging(text: &str, out: &mut Vec<Mention>) {
    let lower = text.to_ascii_lowercase();
    for c in STAGE.captures_iter(text) {
        let (Some(whole), Some(g)) = (c.get(0), c.name("g")) else { continue };
        let whole = whole.range();
        let near = floor_slice(&lower, whole.start.saturating_sub(40), (whole.end + 40).min(lower.len())).unwrap_or("");
        if NOT_CANCER_STAGE.iter().any(|w| near.contains(w)) {
            continue;
        }
        let prefix = c.name("pre").map(|p| p.as_str()).unwrap_or("");
        let e = stage_event(g.as_str(), c.name("sub").map(|s| s.as_str()).unwrap_or(""), prefix);
        out.push(Mention::result(whole, e, 0.85));
    }
    for c in TNM_STRING.captures_iter(text) {
        let prefix = c.name("pre").map(|p| p.as_str()).unwrap_or("");
        let (Some(tc), Some(t), Some(nc), Some(n)) = (c.name("tc"), c.name("t"), c.name("nc"), c.name("n")) else {
            continue;
        };
        let sub = |name: &str| c.name(name).map(|s| s.as_str()).unwrap_or("");
        out.push(Mention::result(tc.range(), tnm_event("T", t.as_str(), sub("ts"), prefix), 0.85));
        out.push(Mention::result(nc.range(), tnm_event("N", n.as_str(), sub("ns"), prefix), 0.85));
        if let (Some(mc), Some(m)) = (c.name("mc"), c.name("m")) {
            // "pT2N0M0": M is clinical unless written otherwise (no pathological M0).
            let m_prefix = c.name("mpre").map(|p| p.as_str()).unwrap_or(if prefix == "p" { "c" } else { prefix });
            out.push(Mention::result(mc.range(), tnm_event("M", m.as_str(), sub("ms"), m_prefix), 0.85));
        }
    }
    for c in TNM_ONE.captures_iter(text) {
        let (Some(whole), Some(axis), Some(v)) = (c.get(0), c.name("axis"), c.name("v")) else { continue };
        let prefix = c.name("pre").map(|p| p.as_str()).unwrap_or("");
        let sub = c.name("s").map(|s| s.as_str()).unwrap_or("");
        out.push(Mention::result(whole.range(), tnm_event(axis.as_str(), v.as_str(), sub, prefix), 0.85));
    }
}

pub(super) fn floor_slice(s: &str, mut a: usize, mut b: usize) -> Option<&str> {
    while a > 0 && !s.is_char_boundary(a) {
        a -= 1;
    }
    while b < s.len() && !s.is_char_boundary(b) {
        b += 1;
    }
    s.get(a..b)
}

// ---------------------------------------------------------------------------------------
// Receptors and tumour markers

/// Marker names; the text after each (to the next name or the clause end) holds its result.
static MARKER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        \b(?P<name>
          (?i:estrogen|oestrogen)\s+receptors?(?:\s*\(ER\))?
        | (?i:progesterone)\s+receptors?(?:\s*\((?:PR|PgR)\))?
        | (?i:receptor\s+de\s+estr[oó]genos)(?:\s*\((?:RE|ER)\))?
        | (?i:receptor\s+de\s+progesterona)(?:\s*\((?:RP|PR)\))?
        | (?i:hormone\s+receptor)
        | ER/PR | ER/PgR | HR | ER | PR | PgR
        | (?i:her-?2(?:/neu)?|erbb2\s+\(her2\)) 
        | (?i:ki-?67|mib-?1)
        | (?i:pd-?l1)(?:\s+\(?(?:22C3|SP263|28-8|SP142)\)?)?
        | (?i:combined\s+positive\s+score|tumou?r\s+proportion\s+score)
        | (?i:psa|cea|ca\s?19-9|ca-?125|ca\s?15-3|ca\s?27[.-]29|testosterone)
        )")
});

/// Result words.
static POS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:positive|pos|positivo|amplified|overexpress(?:ed|ion))\b"));
static NEG: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:negative|neg|negativo|not\s+amplified|non-?amplified|unamplified|absent|no\s+amplification)\b")
});
static PERCENT: LazyLock<Regex> = LazyLock::new(|| re(r"(?P<lt>[<≤])?\s*(?P<v>\d{1,3}(?:[.,]\d+)?)\s*%"));
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?P<lt>[<≤])?\s*(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>ng/ml|ng/dl|u/ml|iu/ml)?"));
static IHC_SCORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[\s(:,])(?P<s>[0-3])\s?\+|\b(?:IHC|score)\s*(?P<z>0)\b"));
static ISH: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:fish|ish|cish|sish|ddish)\b"));

fn result_event(key: &str, label: &str, result: &str) -> TimelineEvent {
    let mut e = blank(Category::Biomarker, key, format!("{label} {result}"));
    e.value = Some(EventValue::Result { result: result.into() });
    e
}

fn quantity_event(key: &str, label: &str, v: f64, unit: Option<&str>) -> TimelineEvent {
    let shown = match unit {
        Some("%") => format!("{}%", format_number(v)),
        Some(u) => format!("{} {u}", format_number(v)),
        None => format_number(v),
    };
    let mut e = blank(Category::Biomarker, key, format!("{label} {shown}"));
    e.value = Some(EventValue::Quantity { value: v, unit: unit.map(str::to_string) });
    e
}

/// `+` or `-` right after the name ("ER+", "HER2-"), not a hyphen into a word ("HER2-low").
fn sign(after: &str) -> Option<&'static str> {
    let mut chars = after.chars();
    let first = chars.next()?;
    let next_is_word = chars.next().is_some_and(|c| c.is_alphanumeric());
    match first {
        '+' => Some("positive"),
        '-' | '−' if !next_is_word => Some("negative"),
        _ => None,
    }
}

/// Which comes first in `window`: a positive or a negative word.
fn first_result(window: &str) -> Option<(&'static str, usize)> {
    let p = POS.find(window).map(|m| ("positive", m.start()));
    let n = NEG.find(window).map(|m| ("negative", m.start()));
    match (p, n) {
        (Some(p), Some(n)) => Some(if n.1 <= p.1 { n } else { p }),
        (a, b) => a.or(b),
    }
}

fn receptor(key: &str, label: &str, window: &str) -> Option<TimelineEvent> {
    let trimmed = window.trim_start_matches([' ', ':']);
    let lower = window.to_ascii_lowercase();
    let pct = PERCENT.captures(window).and_then(|c| {
        let v: f64 = c["v"].replace(',', ".").parse().ok()?;
        Some(if c.name("lt").is_some() { 0.0 } else { v })
    });
    let word = sign(trimmed).or_else(|| first_result(window).map(|(r, _)| r));
    let result = match (word, pct) {
        (Some(r), _) => r,
        (None, Some(p)) => {
            if p >= 1.0 {
                "positive"
            } else {
                "negative"
            }
        }
        (None, None) if lower.contains("low positive") => "positive",
        _ => return None,
    };
    let mut e = result_event(key, label, result);
    if let Some(p) = pct {
        e.details.insert("percent".into(), format_number(p));
        e.label = format!("{label} {result} ({}%)", format_number(p));
    }
    for w in ["strong", "moderate", "weak"] {
        if lower.contains(w) {
            e.details.insert("intensity".into(), w.into());
            break;
        }
    }
    Some(e)
}

fn her2(window: &str, name_tail: &str) -> Option<TimelineEvent> {
    let lower = window.to_ascii_lowercase();
    let trimmed = window.trim_start_matches([' ', ':']);
    let mut details: Vec<(&str, String)> = Vec::new();
    if name_tail.starts_with("-low") || lower.starts_with("-low") || lower.trim_start().starts_with("low") {
        details.push(("her2_low", "true".into()));
    }
    if lower.contains("ultralow") || lower.contains("ultra-low") {
        details.push(("her2_ultralow", "true".into()));
    }
    let ihc = IHC_SCORE.captures(window).and_then(|c| c.name("s").or(c.name("z")).map(|m| m.as_str().to_string()));
    let ish_at = ISH.find(window).map(|m| m.start());
    let ish = ish_at.and_then(|at| first_result(&window[at..]).map(|(r, _)| r)).or_else(|| {
        // "ratio 2.4" after an ISH word: ≥ 2.0 amplified.
        let at = ish_at?;
        let l = &lower[at..];
        let r = l.find("ratio")?;
        let v: f64 = NUMBER.captures(&l[r + 5..])?.name("v")?.as_str().parse().ok()?;
        Some(if v >= 2.0 { "positive" } else { "negative" })
    });
    let before_ish = &window[..ish_at.unwrap_or(window.len())];
    let direct = sign(trimmed).or_else(|| first_result(before_ish).map(|(r, _)| r));
    let by_ihc = ihc.as_deref().map(|s| match s {
        "3" => "positive",
        "2" => "equivocal",
        _ => "negative",
    });
    if let Some(s) = &ihc {
        details.push(("ihc_score", s.clone()));
        if s == "1" || s == "2" {
            details.push(("her2_low", "true".into()));
        }
    }
    let result = if details.iter().any(|(k, _)| *k == "her2_low") && ihc.is_none() && direct.is_none() {
        Some("negative")
    } else {
        match (by_ihc, ish, direct) {
            (Some("equivocal"), Some(i), _) => Some(i),
            (Some(r), _, _) => Some(r),
            (None, Some(i), _) => Some(i),
            (None, None, d) => d,
        }
    }?;
    if ish == Some("positive") {
        details.retain(|(k, _)| *k != "her2_low");
    }
    let mut e = result_event("her2", "HER2", result);
    for (k, v) in details {
        e.details.insert(k.into(), v);
    }
    if e.details.contains_key("her2_low") && result == "negative" {
        e.label = "HER2 negative (HER2-low)".into();
    }
    Some(e)
}

fn pdl1(window: &str, name: &str) -> Option<TimelineEvent> {
    let lower = window.to_ascii_lowercase();
    let cps = lower.contains("cps")
        || lower.contains("combined positive")
        || name.to_ascii_lowercase().starts_with("combined positive");
    let (key, label) = if cps { ("pdl1_cps", "PD-L1 CPS") } else { ("pdl1_tps", "PD-L1 TPS") };
    let mut e = if let Some(c) = PERCENT.captures(window) {
        if c.name("lt").is_some() {
            result_event(key, label, "negative")
        } else {
            quantity_event(key, label, c["v"].replace(',', ".").parse().ok()?, Some("%"))
        }
    } else if cps {
        let at = lower.find("cps").map_or(0, |i| i + 3);
        let c = NUMBER.captures(&window[at..])?;
        let v: f64 = c["v"].parse().ok()?;
        if c.name("lt").is_some() {
            result_event(key, label, "negative")
        } else {
            quantity_event(key, label, v, None)
        }
    } else if lower.trim_start().starts_with("high") {
        result_event(key, label, "high")
    } else {
        result_event(key, label, first_result(window)?.0)
    };
    for clone in ["22C3", "SP263", "28-8", "SP142"] {
        if name.contains(clone) || window.contains(clone) {
            e.details.insert("assay".into(), clone.into());
        }
    }
    Some(e)
}

/// Words that may stand between a marker's name and its value ("PSA today 9.2", "CEA at dx 8").
const VALUE_LEAD: &[&str] = &[
    "today",
    "now",
    "level",
    "levels",
    "was",
    "is",
    "of",
    "at",
    "dx",
    "diagnosis",
    "nadir",
    "rose",
    "from",
    "to",
    "increased",
    "decreased",
    "up",
    "down",
    "preop",
    "pre-op",
    "postop",
    "post-op",
    "value",
    "undetectable",
    "initial",
    "baseline",
    "rising",
    "has",
    "risen",
    "fell",
    "falling",
    "preoperatorio",
    "preoperative",
    "current",
    "most",
    "recent",
    "latest",
    "on",
    "repeat",
];
/// What may follow a number that is not a marker value ("6 months", "3 cycles").
const NOT_VALUE_UNIT: &[&str] = &[
    "month", "months", "mo", "week", "weeks", "wk", "wks", "day", "days", "year", "years", "yr", "cycles", "cycle",
    "cm", "mm", "mg", "x",
];

/// Every value of a serum marker in `window` ("PSA 0.24 (12/2024) and 0.41 (1/14/2025)",
/// "rose from 38 to 112"): (range in the window, event).
fn serum(key: &str, label: &str, window: &str) -> Vec<(Range<usize>, TimelineEvent)> {
    static VALUE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)(?P<lt>[<≤])?\s*(?P<v>\d+(?:[.,]\d+)?)\s*(?P<unit>ng/ml|ng/dl|nmol/l|u/ml|iu/ml)?"));
    // Dates inside the words between a name and its value or between two values ("PSA
    // 9/29/2026: 0.01", "4.1 (2022), 6.8 (1/2025)").
    static DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}|\d{4}-\d{2}(?:-\d{2})?|\b(?:19|20)\d{2}\b|\d{1,2}/\d{1,2}")
    });
    let lower = window.to_ascii_lowercase();
    let first_word = lower.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if ["doubling", "velocity", "density", "kinetics", "dt", "psadt"].contains(&first_word) {
        return Vec::new();
    }
    let bytes = window.as_bytes();
    let mut out = Vec::new();
    let mut last_end = 0;
    for c in VALUE.captures_iter(window) {
        let (Some(m), Some(v)) = (c.get(0), c.name("v")) else { continue };
        // Not part of a date, a dose schedule ("q3w") or a word.
        let before = v.start().checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(v.end()).copied();
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-')
            || after.is_some_and(|b| b == b'/' || b.is_ascii_alphabetic())
        {
            continue;
        }
        let next_word = lower[m.end()..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if c.name("unit").is_none()
            && (NOT_VALUE_UNIT.contains(&next_word) || lower[m.end()..].trim_start().starts_with('%'))
        {
            continue;
        }
        if m.start() < last_end {
            continue; // inside a date skipped below
        }
        let gap = DATE_WORDS.replace_all(&lower[last_end..m.start()], " ");
        let words: Vec<&str> =
            gap.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).collect();
        const JOINS: &[&str] = &["and", "to", "from", "prior", "previously", "then", "vs", "was", "pre", "in"];
        let ok = if out.is_empty() {
            // "PSA undetectable after surgery until 2025, now rising: 0.11 ng/mL": a value
            // after a colon closing a short phrase about the marker.
            let colon = gap.trim_end().ends_with(':') && gap.len() <= 70 && !gap.contains(". ");
            colon || words.iter().all(|w| VALUE_LEAD.contains(w))
        } else {
            // A further value: joined by "and", "to", "from", "prior", "vs" … past a date, or
            // a series ("4.1 (2022), 6.8 (1/2025)", "0.03 (3/2025) -> 0.08 (7/2025)").
            let series = (gap.contains(',') || gap.contains("->") || gap.contains('→'))
                && words.iter().all(|w| *w == "-" || JOINS.contains(w));
            gap.len() <= 30 && (series || words.iter().any(|w| JOINS.contains(w)))
        };
        if !ok {
            if out.is_empty() {
                break;
            }
            last_end = m.end();
            continue;
        }
        let Ok(value) = v.as_str().replace(',', ".").parse::<f64>() else { continue };
        if c.name("unit").is_none() && value.fract() == 0.0 && (1900.0..=2100.0).contains(&value) {
            continue; // a year ("up from 6.1 in 2022")
        }
        let unit = c.name("unit").map(|u| match u.as_str().to_ascii_lowercase().as_str() {
            "ng/ml" => "ng/mL",
            "ng/dl" => "ng/dL",
            "nmol/l" => "nmol/L",
            "u/ml" => "U/mL",
            _ => "IU/mL",
        });
        let mut e = quantity_event(key, label, value, unit);
        if c.name("lt").is_some() {
            e.details.insert("comparator".into(), "<".into());
            e.label = format!("{label} <{}", format_number(value));
        }
        out.push((m.start()..m.end(), e));
        // Skip a date in parentheses after the value: "(12/2024)".
        last_end = m.end();
        let rest = lower[m.end()..].trim_start();
        if let Some(inside) = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map(|(i, _)| i) {
            // "(12/2024)", "(2022)", "(06/22/2026, baseline)": a date, perhaps with a word.
            let date = inside.split(',').next().unwrap_or(inside).trim();
            let year = date.len() == 4 && (date.starts_with("19") || date.starts_with("20"));
            if (date.contains('/') || year)
                && date.chars().all(|c| c.is_ascii_digit() || c == '/' || c == '-' || c == ' ')
            {
                last_end = m.end() + (lower.len() - m.end() - rest.len()) + inside.len() + 2;
            }
        }
    }
    out
}

pub(super) fn markers(text: &str, out: &mut Vec<Mention>) {
    let names: Vec<regex::Captures> = MARKER_NAME.captures_iter(text).collect();
    for (i, c) in names.iter().enumerate() {
        let Some(name) = c.name("name") else { continue };
        let n = name.as_str().to_ascii_lowercase();
        // The result: after the name, up to the next name or the clause end (80 characters).
        let cl = clause(text, name.range());
        let next = names.get(i + 1).and_then(|m| m.get(0)).map(|m| m.start()).unwrap_or(text.len());
        let mut end = cl.end.min(next).min(name.end() + 80);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[name.end()..end.max(name.end())];
        // "ER/PR positive", "HR+": one result for both receptors.
        let events: Vec<TimelineEvent> = match n.as_str() {
            "hr" => {
                // "HR 76/min" is a heart rate: only a sign or a result word.
                match sign(window).or_else(|| first_result(&window[..window.len().min(12)]).map(|(r, _)| r)) {
                    Some(r) => vec![result_event("er_pr", "ER/PR", r)],
                    None => continue,
                }
            }
            "er/pr" | "er/pgr" => match receptor("er", "ER", window) {
                Some(er) => {
                    let r = er.result().unwrap_or("").to_string();
                    vec![er, result_event("pr", "PR", &r)]
                }
                None => continue,
            },
            _ if n.starts_with("hormone") => match receptor("er_pr", "ER/PR", window) {
                Some(e) => vec![e],
                None => continue,
            },
            "er" | "pr" | "pgr"
                if window.trim_start().starts_with(|c: char| c.is_ascii_alphabetic())
                    && !POS.is_match(window)
                    && !NEG.is_match(window) =>
            {
                continue
            }
            "er" => receptor("er", "ER", window).into_iter().collect(),
            "pr" | "pgr" => receptor("pr", "PR", window).into_iter().collect(),
            _ if n.contains("estr") => receptor("er", "ER", window).into_iter().collect(),
            _ if n.contains("progest") => receptor("pr", "PR", window).into_iter().collect(),
            _ if n.starts_with("her") || n.starts_with("erbb2") => her2(window, "").into_iter().collect(),
            _ if n.starts_with("ki") || n.starts_with("mib") => PERCENT
                .captures(window)
                .and_then(|c| c["v"].replace(',', ".").parse().ok())
                .map(|v| quantity_event("ki67", "Ki-67", v, Some("%")))
                .into_iter()
                .collect(),
            _ if n.starts_with("pd") || n.starts_with("combined") || n.starts_with("tumo") => {
                pdl1(window, name.as_str()).into_iter().collect()
            }
            "psa" | "cea" | "ca19-9" | "ca 19-9" | "ca-125" | "ca125" | "ca 125" | "ca 15-3" | "ca15-3"
            | "ca 27.29" | "ca27.29" | "ca 27-29" | "ca27-29" | "testosterone" => {
                let (key, label) = match n.as_str() {
                    "psa" => ("psa", "PSA"),
                    "testosterone" => ("testosterone", "Testosterone"),
                    "cea" => ("cea", "CEA"),
                    _ if n.contains("19-9") => ("ca19_9", "CA 19-9"),
                    _ if n.contains("125") => ("ca125", "CA-125"),
                    _ if n.contains("15-3") => ("ca15_3", "CA 15-3"),
                    _ => ("ca27_29", "CA 27.29"),
                };
                // Each value with its own span, so each takes the date written next to it.
                for (k, (range, e)) in serum(key, label, window).into_iter().enumerate() {
                    let start = if k == 0 { name.start() } else { name.end() + range.start };
                    out.push(Mention::result(start..name.end() + range.end, e, 0.8));
                }
                continue;
            }
            _ => continue,
        };
        // The evidence: the name and its result (to the first result word, sign or number).
        let span_end = result_end(window).map(|e| name.end() + e).unwrap_or(name.end());
        for e in events {
            out.push(Mention::result(name.start()..span_end, e, 0.8));
        }
    }
    triple_negative(text, out);
}

/// Serial values in a table whose header names the markers ("| date | PSA (ng/mL) |
/// testosterone (ng/dL) |" over "| 03/2026 | 0.04 | - |"): each number under a marker's column
/// is a result, dated by its row.
pub(super) fn lab_tables(text: &str, out: &mut Vec<Mention>) {
    fn cells(line: &str, at: usize) -> Vec<(Range<usize>, &str)> {
        let mut cells = Vec::new();
        let mut start = at + line.find('|').map_or(0, |i| i + 1);
        for part in line.trim_start().trim_start_matches('|').split('|') {
            let lead = part.len() - part.trim_start().len();
            let cell = part.trim();
            cells.push((start + lead..start + lead + cell.len(), cell));
            start += part.len() + 1;
        }
        cells
    }
    let marker = |header: &str| -> Option<(&'static str, &'static str, Option<&'static str>)> {
        let h = header.to_ascii_lowercase();
        let unit = if h.contains("ng/ml") {
            Some("ng/mL")
        } else if h.contains("ng/dl") {
            Some("ng/dL")
        } else if h.contains("nmol/l") {
            Some("nmol/L")
        } else if h.contains("u/ml") {
            Some("U/mL")
        } else {
            None
        };
        let name = h.split(['(', ',']).next().unwrap_or("").trim();
        let (key, label) = match name {
            "psa" => ("psa", "PSA"),
            "cea" => ("cea", "CEA"),
            "testosterone" | "total testosterone" => ("testosterone", "Testosterone"),
            "ca 19-9" | "ca19-9" => ("ca19_9", "CA 19-9"),
            "ca-125" | "ca 125" | "ca125" => ("ca125", "CA-125"),
            "ca 15-3" | "ca15-3" => ("ca15_3", "CA 15-3"),
            "ca 27.29" | "ca27.29" => ("ca27_29", "CA 27.29"),
            _ => return None,
        };
        Some((key, label, unit))
    };
    let mut at = 0;
    let mut columns: Vec<Option<(&str, &str, Option<&str>)>> = Vec::new();
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        if !body.trim_start().starts_with('|') {
            columns.clear();
        } else if body.chars().all(|c| "|-: ".contains(c)) {
            // the header's rule
        } else if columns.is_empty() {
            columns = cells(body, at).into_iter().map(|(_, c)| marker(c)).collect();
            if columns.iter().all(Option::is_none) {
                columns = vec![None];
            }
        } else {
            for ((range, cell), column) in cells(body, at).into_iter().zip(columns.iter()) {
                let Some((key, label, unit)) = column else { continue };
                let (lt, number) = match cell.strip_prefix('<') {
                    Some(rest) => (true, rest.trim()),
                    None => (false, cell),
                };
                let Ok(value) = number.replace(',', ".").parse::<f64>() else { continue };
                let mut e = quantity_event(key, label, value, *unit);
                if lt {
                    e.details.insert("comparator".into(), "<".into());
                    e.label = format!("{label} <{}", format_number(value));
                }
                out.push(Mention::result(range, e, 0.8));
            }
        }
        at += line.len();
    }
}

/// Where the first result in `window` ends (for the evidence span).
fn result_end(window: &str) -> Option<usize> {
    static END: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^[^;\n]*?(?:positive|negative|pos\b|neg\b|positivo|negativo|equivocal|amplified|high|low|\d+(?:\.\d+)?\s*(?:%|\+|ng/ml|u/ml)?|[+-])",
        )
    });
    END.find(window).map(|m| m.end())
}

/// "triple negative" / "triple-negative breast cancer": ER, PR and HER2 negative.
fn triple_negative(text: &str, out: &mut Vec<Mention>) {
    static TNBC: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\btriple[-\s]negative\b|\bTNBC\b"));
    for m in TNBC.find_iter(text) {
        for (k, l) in [("er", "ER"), ("pr", "PR"), ("her2", "HER2")] {
            out.push(Mention::result(m.range(), result_event(k, l, "negative"), 0.75));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Genes, MSI and mismatch repair

static GENE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<gene>EGFR|ALK|KRAS|NRAS|BRAF|PIK3CA|TP53|BRCA1/2|BRCA1|BRCA2|BRCA|ROS1|MET|RET|NTRK[123]?|ERBB2|ESR1|AKT1|PTEN|ATM|PALB2|CHEK2|HRAS|IDH1|FGFR[1-4]?|CDH1|CDKN2A|STK11|KEAP1|APC|RNF43|SMAD4|CDK12|RB1|ARID1A|NF1|RAD51[CD]|BARD1|BRIP1|FANCA)\b",
    )
});
/// What a gene's clause says after it (the first match wins).
static ALTERATION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^[^\n;]{0,60}?(?P<alt>
        p\.[A-Za-z]{3}\d+[A-Za-z]{3}(?:fs(?:Ter|\*)\d+|Ter\d*)?
      | p\.[A-Z]\d+[A-Z*]
      | [A-Z]\d{2,4}[A-Z*](?:/[A-Z])?\b
      | c\.\d+[+-]?\d*[ACGT]>[ACGT]
      | c\.\d+(?:_\d+)?(?:dup|del|ins)[ACGT]*
      | exon\s*\d+\s*(?:deletion|del|insertion|ins|skipping|mutation|alteration)
      | ex\d+(?:del|ins)
      | (?:likely\s+)?pathogenic\s+(?:variant|mutation) | (?:mutation\s+)?carrier
      | deleterious\s+(?:variant|mutation)
      | variant\s+of\s+(?:uncertain|unknown)\s+significance | VUS
      | rearrange(?:ment|d) | fusion | translocation
      | not\s+amplified | non-?amplified | unamplified | no\s+amplification | amplification | amplified
      | (?:homozygous\s+|heterozygous\s+|biallelic\s+)?(?:deletion|loss)\b
      | mutation\s+(?:not\s+detected|negative) | mutations?\s+detected | mutated | mutation | mutant | alteration | variant
      | wild[-\s]?type | wt\b | not\s+detected | not\s+identified | none\s+detected | negative | neg\b
      | positive | pos\b | detected | \+
      | no\s+detectad[oa] | detectad[oa] | fusi[oó]n | reordenamiento | mutaci[oó]n | negativ[oa] | positiv[oa]
    )")
});
static NEGATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:no|negative\s+for|without|absence\s+of|not\s+detected\s+in|wild[-\s]type\s+for|no\s+\w+\s+(?:alterations?|mutations?|variants?)\s+in)\b[^.;]*$",
    )
});

/// A negative result right after an alteration's kind or variant ("fusions not detected").
static NEGATION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^s?\)?\s*(?:(?:alterations?|mutations?|variants?)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:(?:assessed|tested|evaluated|examined|analy[sz]ed)\b\s*)?[:\-–—=]?\s*(?:not\s+(?:detected|identified|present|seen|found)|negative|neg\b|absent|none\s+detected)",
    )
});

/// A line whose label says every gene on it was not found ("Not detected: EGFR (exons 18-21)
/// mutations; BRAF V600E; ALK, ROS1 and RET fusions", "Negative for: …").
static NEGATIVE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?im)^[ \t\-*•]*(?:not\s+detected|not\s+identified|negative(?:\s+for)?|none\s+detected|wild[-\s]?type|no\s+(?:reportable\s+|pathogenic\s+)?(?:alterations?|mutations?|variants?)\s+(?:detected|identified|found)(?:\s+in)?)\s*:[^\n]*",
    )
});

/// A negation between a gene and its alteration ("EGFR: no mutation detected").
/// An exon qualifier may come first: "NRAS exons 2-4: no mutations detected".
static NEGATION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[^a-z]*(?:(?:exons?|codons?)\s*\d+(?:\s*(?:-|–|,|/|and|to)\s*\d+)*[^a-z]*)?(?:no|without|negative\s+for|absence\s+of)\b",
    )
});

/// The exons a gene was tested at, written between genes of one list ("KRAS exons 2-4 and
/// NRAS exons 2-4: no mutations detected").
static EXON_QUALIFIER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*\(?\s*(?:exons?|codons?)\s*\d+(?:\s*(?:-|–|,|/|and|to)\s*\d+)*\s*\)?"));

fn is_negative(alt: &str) -> bool {
    let a = alt.to_ascii_lowercase();
    a.starts_with("wild")
        || a.starts_with("wt")
        || a.starts_with("not")
        || a.starts_with("none")
        || a.starts_with("neg")
        || a.starts_with("no ")
        || a.contains("not detected")
        || a.contains("negative")
}

fn variant_event(gene: &str, alt: &str, present: bool, origin: Option<&str>) -> TimelineEvent {
    let label = if present { format!("{gene} {alt}") } else { format!("{gene} not detected") };
    let mut e = blank(Category::Biomarker, "variant", label);
    let alteration = present.then(|| normalise_alteration(gene, alt));
    e.value = Some(EventValue::Variant {
        gene: gene.to_string(),
        present,
        alteration,
        description: Some(alt.to_string()),
        origin: origin.map(str::to_string),
    });
    e
}

pub(super) fn genes(text: &str, out: &mut Vec<Mention>) {
    let found: Vec<regex::Match> = GENE.find_iter(text).collect();
    let mut i = 0;
    while i < found.len() {
        // A list of genes shares one result: "EGFR, ALK and ROS1 negative".
        let mut j = i;
        while j + 1 < found.len() {
            let gap = &text[found[j].end()..found[j + 1].start()];
            let gap = EXON_QUALIFIER.find(gap).map_or(gap, |q| &gap[q.end()..]);
            let joined = gap.trim().trim_matches(|c: char| c == ',' || c == '/' || c == '-' || c.is_whitespace());
            if !(joined.is_empty() || joined == "and" || joined == "or" || joined == "nor") {
                break;
            }
            j += 1;
        }
        let last = found[j];
        let cl = clause(text, last.range());
        // Up to the next gene: its result is its own.
        let stop = found.get(j + 1).map(|g| g.start()).unwrap_or(cl.end).min(cl.end).max(last.end());
        let after = &text[last.end()..stop];
        // "EGFR (including exon 19 deletions, L858R …): not detected": the parenthesis says
        // what was tested, the result follows it.
        let tested = after.trim_start();
        let scope = tested.to_ascii_lowercase();
        let skip_scope = if scope.starts_with("(includ") || scope.starts_with("(incl.") || scope.starts_with("(e.g") {
            tested.find(')').map(|close| after.len() - tested.len() + close + 1).unwrap_or(0)
        } else {
            0
        };
        let skip =
            skip_scope + after[skip_scope..].len() - after[skip_scope..].trim_start_matches([' ', ':', '-', '(']).len();
        let alt = ALTERATION.captures(&after[skip..]).and_then(|c| c.name("alt"));
        // The list may open before the last gene's clause ("EGFR\nALK negative").
        let before = &text[cl.start.min(found[i].start())..found[i].start()];
        let lower_window = text[cl.clone()].to_ascii_lowercase();
        let origin = if lower_window.contains("germline") {
            Some("germline")
        } else if lower_window.contains("somatic") {
            Some("somatic")
        } else {
            None
        };
        let negated_before = NEGATION_BEFORE.is_match(before);
        let (alt_text, alt_end) = match alt {
            Some(a) => (a.as_str().to_string(), last.end() + skip + a.end()),
            None if negated_before => ("not detected".to_string(), last.end()),
            None => {
                i = j + 1;
                continue;
            }
        };
        let alt_lower = alt_text.to_ascii_lowercase();
        // "BRCA2 p.T2515I: variant of uncertain significance", "… classified as VUS", "likely
        // benign": no alteration a label asks for.
        let rest = text[alt_end.min(stop)..stop].to_ascii_lowercase();
        let not_actionable =
            ["uncertain signific", "unknown signific", "vus", "benign"].iter().any(|w| rest.contains(w));
        if alt_lower.contains("uncertain") || alt_lower.contains("unknown") || alt_lower == "vus" || not_actionable {
            i = j + 1;
            continue;
        }
        // "ALK, ROS1 and RET fusions not detected", "BRAF V600E not detected": the kind or
        // the variant first, the negative result after it.
        let negated_after = NEGATION_AFTER.is_match(&text[alt_end.min(stop)..stop])
            // "EGFR: no mutation detected", "MET: no exon 14 skipping", "ROS1: no fusions detected".
            || alt.is_some_and(|a| NEGATION_LEAD.is_match(&after[skip..skip + a.start()]));
        let on_negative_line = NEGATIVE_LINE.find_iter(text).any(|l| {
            let label_end = l.start() + l.as_str().find(':').unwrap_or(0);
            label_end < found[i].start() && found[i].start() < l.end()
        });
        let present = !(negated_before || negated_after || on_negative_line || is_negative(&alt_text));
        for g in &found[i..=j] {
            let genes: Vec<&str> = match g.as_str() {
                "BRCA1/2" | "BRCA" => vec!["BRCA1", "BRCA2"],
                other => vec![other],
            };
            // A fusion partner written first ("EML4-ALK") is ALK's.
            let alt = if alt_text == "+" { "positive".to_string() } else { alt_text.clone() };
            for gene in genes {
                let span = if i == j { g.start()..alt_end } else { g.range() };
                out.push(Mention::result(span.clone(), variant_event(gene, &alt, present, origin), 0.8));
                // ERBB2 amplified or not is the HER2 status (amplification, not a mutation).
                if gene == "ERBB2" && alt.to_ascii_lowercase().contains("amplif") {
                    let r = if present { "positive" } else { "negative" };
                    out.push(Mention::result(span, result_event("her2", "HER2", r), 0.8));
                }
            }
        }
        i = j + 1;
    }
    msi_mmr(text, out);
}

fn msi_mmr(text: &str, out: &mut Vec<Mention>) {
    static MSI: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?P<h>MSI[-\s]?H(?:igh)?|microsatellite[-\s]instability[-\s]high|high\s+microsatellite\s+instability)\b|\b(?P<s>MSS|microsatellite[-\s]stable|MSI[-\s]?stable)\b|\b(?P<l>MSI[-\s]?L(?:ow)?)\b",
        )
    });
    static MMR: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?ix)\b(?P<d>dMMR|MMR[-\s]?deficien(?:t|cy)|mismatch[-\s]repair[-\s]deficien(?:t|cy)|deficient\s+mismatch\s+repair
            |loss\s+of\s+(?:nuclear\s+)?(?:expression\s+of\s+)?(?:MLH1|MSH2|MSH6|PMS2))\b
          | \b(?P<p>pMMR|MMR[-\s]?proficient|mismatch[-\s]repair[-\s]proficient|proficient\s+mismatch\s+repair|MMR[-\s]?intact
            |intact\s+(?:MMR|mismatch\s+repair)|(?:intact|retained)\s+(?:nuclear\s+)?expression\s+of\s+(?:all\s+four\s+)?(?:MLH1|MMR|mismatch))\b",
        )
    });
    for c in MSI.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        // "MSI-High NOT DETECTED (microsatellite stable)": the stable result says it.
        let tail = text[m.end()..].trim_start().to_ascii_lowercase();
        if c.name("h").is_some()
            && ["not detected", "negative", "absent", "not identified"].iter().any(|w| tail.starts_with(w))
        {
            continue;
        }
        let r = if c.name("h").is_some() {
            "high"
        } else if c.name("s").is_some() {
            "stable"
        } else {
            "low"
        };
        let mut e = result_event("msi", "MSI", r);
        e.label = match r {
            "stable" => "MSI stable (MSS)".into(),
            "high" => "MSI high (MSI-H)".into(),
            _ => "MSI low (MSI-L)".into(),
        };
        out.push(Mention::result(m.range(), e, 0.8));
    }
    static NO_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:no|without|negative\s+for)\s+$"));
    for c in MMR.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        // "no loss of nuclear expression of MLH1, MSH2, MSH6 and PMS2": intact.
        let denied = NO_BEFORE.is_match(floor_slice(text, m.start().saturating_sub(12), m.start()).unwrap_or(""));
        let r = if c.name("d").is_some() && !denied { "deficient" } else { "proficient" };
        out.push(Mention::result(m.range(), result_event("mmr", "MMR", r), 0.8));
    }
}

// ---------------------------------------------------------------------------------------
// Outstanding treatment records

/// "Outside treatment records requested, not yet received": the record's treatment history is
/// incomplete (see [`codes::history_pending_in`]).
pub(super) fn history_pending(text: &str, out: &mut Vec<Mention>) {
    let mut from = 0;
    while let Some(r) = text.get(from..).and_then(codes::history_pending_in) {
        let span = from + r.start..from + r.end;
        let e = blank(Category::Diagnosis, "history_pending", "prior treatment records outstanding".into());
        // Not a result: a long result mention before it (a variant's description) must not
        // swallow it.
        out.push(Mention { span: span.clone(), event: e, confidence: 0.8, is_result: false, course: false });
        from = span.end;
    }
}

// ---------------------------------------------------------------------------------------
// Castration status (prostate)

/// "castration-resistant", "hormone-refractory", "mCRPC" / "castration-sensitive", "mHSPC",
/// "hormone-naive": the status a note states, by the same patterns the structured reader
/// takes from a diagnosis (`pathways/valuesets/condition-facts.csv`); a letter of medical
/// necessity often states it only in its text.
pub(super) fn castration_status(text: &str, out: &mut Vec<Mention>) {
    for (span, fact) in crate::twin::history::valuesets::condition_facts_in_text(text, "castration") {
        let mut e = blank(Category::Diagnosis, "castration_status", format!("castration-{}", fact.value));
        e.value = Some(EventValue::Result { result: fact.value.into() });
        out.push(Mention::result(span, e, 0.8));
    }
}

// ---------------------------------------------------------------------------------------
// Resectability and operability

/// "unresectable", "medically inoperable", "not a candidate for lobectomy", "prohibitive
/// operative risk", "declined surgery" / "resectable", "surgical candidate": what a surgeon's
/// consult or a tumour board states, and the pathways gate on (SBRT and definitive
/// chemoradiation for the inoperable, resection for the resectable). "Borderline resectable"
/// says neither.
/// A PSMA PET's result as reports and notes state it: "PSMA-positive metastatic disease",
/// "PSMA PET 10/20/2026 positive", "intensely PSMA-avid osseous metastases" (positive); "no
/// PSMA-avid disease", "PSMA PET negative", "non-PSMA-avid" (negative). A result, so a negation
/// in the phrase is its value. "PSMA-negative lesion" alone is left unsaid: VISION's exclusion
/// ("no PSMA-negative soft tissue lesion") reads both ways.
pub(super) fn psma_result(text: &str, out: &mut Vec<Mention>) {
    static PSMA: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?ix)
          \b(?P<neg>(?:no|without)\s+(?:\w+\s+){0,2}?psma[-\s]avid|non[-\s]psma[-\s]avid
            |psma[-\s]pet(?:/ct)?\s+(?:scan\s+)?(?:was\s+|is\s+)?negative|psma[-\s]negative\s+(?:pet|scan|study))
          | \b(?P<pos>psma[-\s]positive|psma[-\s]avid
            |psma[-\s]pet(?:/ct)?\s+(?:\d{1,2}/\d{1,2}/\d{4}\s+|\d{4}-\d{2}-\d{2}\s+)?(?:was\s+|is\s+)?positive)")
    });
    for c in PSMA.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let positive = c.name("pos").is_some();
        let mut e = blank(
            Category::Imaging,
            "psma_pet",
            format!("PSMA PET: {}", if positive { "positive" } else { "negative" }),
        );
        e.value = Some(EventValue::Result { result: if positive { "positive" } else { "negative" }.into() });
        e.details.insert("finding".into(), m.as_str().to_string());
        out.push(Mention::result(m.range(), e, 0.8));
    }
}

pub(super) fn resectability(text: &str, out: &mut Vec<Mention>) {
    const OPERATIONS: &str = r"(?:surgery|surgical\s+resection|resection|lobectomy|sublobar\s+resection|segmentectomy|pneumonectomy|an?\s+operation|operation|metastasectomy|hepatectomy|(?:hepatic|liver)\s+resection|curative[- ]intent\s+surgery)";
    static NOT: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:un-?resectable|non-?resectable|not\s+(?:surgically\s+)?resectable|(?:medically\s+|technically\s+)?inoperable|non-?operable|not\s+(?:medically\s+)?operable|not\s+(?:an?\s+)?(?:good\s+|suitable\s+)?(?:surgical\s+|operative\s+)?candidate\s+for\s+{OPERATIONS}|not\s+an?\s+(?:surgical|operative)\s+candidate|non-?surgical\s+candidate|poor\s+(?:surgical|operative)\s+candidate|prohibitive\s+(?:operative|surgical|perioperative)\s+risk|not\s+amenable\s+to\s+(?:surgical\s+)?(?:resection|surgery)|(?:declined|declines|refused|refuses)\s+{OPERATIONS}|not\s+(?:felt|thought|considered|deemed|believed|currently)\s+(?:to\s+be\s+)?(?:an?\s+)?(?:surgically\s+)?(?:resectable|operable|(?:surgical|operative)\s+candidate)|no\s+longer\s+(?:surgically\s+)?(?:resectable|operable|an?\s+(?:surgical\s+|operative\s+)?candidate))\b"
        ))
    });
    static YES: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:resectable|medically\s+operable|(?:good\s+|acceptable\s+|reasonable\s+)?(?:surgical|operative)\s+candidate|candidate\s+for\s+{OPERATIONS})\b"
        ))
    });
    let mut taken: Vec<Range<usize>> = Vec::new();
    let push = |span: Range<usize>, resectable: bool, out: &mut Vec<Mention>| {
        let mut e =
            blank(Category::Diagnosis, "resectability", if resectable { "Resectable" } else { "Unresectable" }.into());
        e.value = Some(EventValue::Result { result: resectable.to_string() });
        out.push(Mention::result(span, e, 0.8));
    };
    for m in NOT.find_iter(text) {
        taken.push(m.range());
        push(m.range(), false, out);
    }
    for m in YES.find_iter(text) {
        // Anything in the clause before it that doubts, negates or asks ("not felt to be",
        // "potentially", "to determine whether"), or a form's field after it ("Resectable: No",
        // "surgical candidate?"), leaves it unsaid.
        let clause_start = text[..m.start()].rfind(['.', ';', '\n', '?', '!']).map_or(0, |i| i + 1);
        let clause = text[clause_start..m.start()].to_ascii_lowercase();
        let doubted = clause.split(|c: char| !c.is_alphanumeric()).any(|w| {
            [
                "borderline",
                "not",
                "non",
                "no",
                "never",
                "if",
                "whether",
                "determine",
                "unless",
                "poor",
                "potentially",
                "assess",
                "evaluate",
                "evaluation",
                "question",
                "possibly",
                "possible",
                "maybe",
            ]
            .contains(&w)
        });
        let field = text[m.end()..].trim_start_matches([' ', '\t']).starts_with([':', '?']);
        let overlaps = taken.iter().any(|t| t.start < m.end() && m.start() < t.end);
        if overlaps || doubted || field {
            continue;
        }
        push(m.range(), true, out);
    }
}

// ---------------------------------------------------------------------------------------
// Performance status

pub(super) fn performance(text: &str, out: &mut Vec<Mention>) {
    static ECOG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:ECOG(?:\s+PS)?|ECOG\s+performance\s+status|Zubrod)\s*(?:score|of|is|was|:|=)?\s*(?P<v>[0-4])(?P<range>\s*(?:-|–|to)\s*[0-4])?\b",
        )
    });
    static KPS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:KPS|Karnofsky(?:\s+performance\s+(?:status|score))?)\s*(?:score|of|is|:|=)?\s*(?P<v>\d{2,3})\s*%?",
        )
    });
    for c in ECOG.captures_iter(text) {
        let (Some(m), Some(v)) = (c.get(0), c.name("v")) else { continue };
        if c.name("range").is_some() {
            continue; // "ECOG 0-1" (an eligibility range, not an assessment)
        }
        let v: f64 = v.as_str().parse().unwrap_or(0.0);
        let mut e = blank(Category::PerformanceStatus, "ecog", format!("ECOG {}", format_number(v)));
        e.value = Some(EventValue::Quantity { value: v, unit: None });
        out.push(Mention::result(m.range(), e, 0.85));
    }
    for c in KPS.captures_iter(text) {
        let (Some(m), Some(v)) = (c.get(0), c.name("v")) else { continue };
        let Ok(v) = v.as_str().parse::<f64>() else { continue };
        if !(0.0..=100.0).contains(&v) {
            continue;
        }
        let mut e = blank(Category::PerformanceStatus, "karnofsky", format!("Karnofsky {}", format_number(v)));
        e.value = Some(EventValue::Quantity { value: v, unit: None });
        out.push(Mention::result(m.range(), e, 0.85));
    }
}

// ---------------------------------------------------------------------------------------
// Radiotherapy courses

/// `50 Gy/25 fx`, `60 Gy in 30 fractions`, `SBRT 54 Gy x 3`, `8 Gy x1`, `4500 cGy`.
static RT_DOSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<dose>\d{1,4}(?:\.\d+)?)\s*(?P<unit>c?Gy)\b(?P<per>\s*(?:/|per)\s*(?:fx|fraction)\b)?(?:\s*(?:/|in|x|×|over)\s*(?P<fx>\d{1,2})\s*(?:fx|fxs|fractions?|daily\s+fractions)?)?(?:\s+(?:to|at)\s+(?:the\s+)?(?P<site>[a-z][a-z -]{2,40}?)(?:[,.;()\d]|\s+(?:with|and|completed|finished|on|in|from|ending|ended|starting|using|via|for)\b|$))?",
    )
});

pub(super) fn radiotherapy(text: &str, out: &mut Vec<Mention>) {
    for c in RT_DOSE.captures_iter(text) {
        let (Some(m), Some(dose)) = (c.get(0), c.name("dose")) else { continue };
        if c.name("per").is_some() {
            continue; // "1.8 Gy/fx": a fraction's dose, not a course
        }
        let Ok(mut gy) = dose.as_str().parse::<f64>() else { continue };
        if c["unit"].eq_ignore_ascii_case("cgy") {
            gy /= 100.0;
        }
        if !(0.5..=100.0).contains(&gy) {
            continue;
        }
        let mut text_dose = format!("{} Gy", format_number(gy));
        let fx = c.name("fx").and_then(|f| f.as_str().parse::<u32>().ok());
        if let Some(f) = fx {
            text_dose.push_str(&format!(" in {f} fraction{}", if f == 1 { "" } else { "s" }));
        }
        let site = c.name("site").map(|s| s.as_str().trim().to_string());
        let label = match &site {
            Some(s) => format!("Radiotherapy: {text_dose} ({s})"),
            None => format!("Radiotherapy: {text_dose}"),
        };
        let mut e = blank(Category::Radiotherapy, "radiotherapy_course", label);
        e.code =
            Some(Coding { system: "snomed".into(), code: "108290001".into(), display: Some("Radiotherapy".into()) });
        e.details.insert("dose".into(), text_dose);
        if let Some(f) = fx {
            e.details.insert("sessions".into(), f.to_string());
        }
        if let Some(s) = site {
            let lower = s.to_ascii_lowercase();
            if lower.starts_with("left") {
                e.details.insert("laterality".into(), "left".into());
            } else if lower.starts_with("right") {
                e.details.insert("laterality".into(), "right".into());
            }
            e.details.insert("body_site".into(), s);
        }
        let end =
            c.name("site").map(|s| s.end()).or(c.name("fx").map(|f| f.end())).unwrap_or(c["unit"].len() + dose.end());
        let end = end.max(dose.end()).min(m.end());
        out.push(Mention { span: dose.start()..end, event: e, confidence: 0.85, is_result: false, course: true });
    }
}

// ---------------------------------------------------------------------------------------
// Disease status

static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)
      \b(?P<ned>no\s+(?:clinical\s+|radiographic\s+|radiologic\s+)?evidence\s+of\s+(?:(?:recurrent|residual|active)(?:\s+or\s+metastatic)?\s+)?(?:disease|recurrence|malignancy)(?:\s+recurrence)?
        |without\s+evidence\s+of\s+(?:recurrent\s+)?disease|NED|complete\s+remission|in\s+remission|remains\s+in\s+remission)\b
      | \b(?P<stable>no\s+(?:evidence\s+of\s+)?(?:radiographic\s+|definite\s+)?(?:disease\s+)?progression|without\s+(?:evidence\s+of\s+)?progression
        |stable\s+disease|disease\s+(?:is\s+|remains\s+)?stable|stable\s+(?:(?:sclerotic|lytic|blastic|treated|known|small|subcentimeter|multiple|metastatic|osseous|hepatic|pulmonary|nodal|bone|liver|lung|brain|pleural)\s+){1,2}(?:disease|lesions?|metastases|metastatic\s+disease|nodules?|thickening)
        |best\s+(?:overall\s+)?response\s*(?:[:=]|was|of)?\s*(?:SD|stable)
        |(?:disease|tumou?r|lesions?|metastases|nodules?|mass|nodes)\s+(?:remains?|is|are)\s+stable|stable\s+in\s+size|SD\s+(?:per|by)\s+RECIST)\b
      | \b(?P<resp>(?:near[-\s])?complete\s+(?:metabolic\s+|pathologic(?:al)?\s+|radiographic\s+|imaging\s+)?response|partial\s+(?:metabolic\s+)?response|(?-i:pCR)
        |(?:metastases|lesions?|nodes?|mass|tumou?r|spots?|nodules?)\s+(?:have\s+|has\s+)?(?:decreased|shrinking|shrunk|smaller)\b|PSA\s?50\s+response
        |(?:good|excellent|favorable|marked|significant|robust|continued|deep)\s+(?:clinical\s+|radiographic\s+|treatment\s+|metabolic\s+|biochemical\s+|PSA\s+|serologic\s+)?response
        |best\s+(?:overall\s+)?response\s*(?:[:=]|was|of)?\s*(?:PR|CR|partial|complete)
        |(?:is|are|has\s+been|continues\s+to\s+be)\s+responding|responding\s+(?:well\s+)?to\s+(?:treatment|therapy|chemo\w*|immunotherapy|systemic\s+therapy)
        |interval\s+(?:decrease|improvement|resolution)|decreased\s+in\s+size|(?:PR|CR)\s+(?:per|by)\s+RECIST
        |response\s*(?:\(RECIST[^)\n]{0,10}\))?\s*:\s*(?-i:PR|CR)|(?:ongoing|continued|sustained|durable)\s+(?-i:PR|CR))\b
      | \b(?P<prog>progressive\s+disease|disease\s+progression|progression\s+of\s+disease|progressed|progressing|progression
        |PD\s+(?:per|by)\s+RECIST|(?-i:PD)\s+(?:on|by|per|at)\s+(?:CT|MRI|PET|imaging|scan|bone\s+scan)
        |(?:->|→|=)\s*(?:(?:intracranial|extracranial|radiographic|clinical|biochemical|CNS|hepatic|nodal)\s+)?(?-i:PD)
        |(?:intracranial|extracranial|radiographic|CNS)\s+(?-i:PD)|worsening\s+(?:metastatic\s+)?disease|biochemical\s+recurrence|recurrent\s+disease|local\s+recurrence|distant\s+recurrence
        |new\s+(?:hepatic|liver|osseous|bone|brain|pulmonary|lung|nodal|peritoneal|adrenal)\s+(?:metastases|metastasis|lesions?)
        |interval\s+(?:increase|enlargement|growth)|increased?\s+in\s+size)\b")
});

pub(super) fn disease_status(text: &str, out: &mut Vec<Mention>) {
    for c in STATUS.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let status = if c.name("ned").is_some() {
            "remission"
        } else if c.name("stable").is_some() {
            "stable"
        } else if c.name("resp").is_some() {
            "response"
        } else {
            "progression"
        };
        // "PSA progression", "clinical progression": progression; but "time to progression",
        // "progression-free survival" are not assessments.
        let tail = &text[m.end()..(m.end() + 6).min(text.len())];
        if tail.starts_with("-free") || tail.starts_with(" free") {
            continue;
        }
        let before = floor_slice(text, m.start().saturating_sub(12), m.start()).unwrap_or("").to_ascii_lowercase();
        if before.ends_with("time to ") || before.ends_with("risk of ") {
            continue;
        }
        // "no new osseous lesion", "without new liver metastases": the absence of new disease
        // is no progression (the note's trigger list keeps "no new" from negating whatever
        // follows it, so the phrase is judged here).
        let wider = floor_slice(text, m.start().saturating_sub(24), m.start()).unwrap_or("").to_ascii_lowercase();
        if status == "progression"
            && m.as_str().get(..3).is_some_and(|w| w.eq_ignore_ascii_case("new"))
            && [
                "no ",
                "no definite ",
                "no definitive ",
                "without ",
                "no evidence of ",
                "negative for ",
                "no suspicious ",
            ]
            .iter()
            .any(|n| wider.trim_end_matches(' ').ends_with(n.trim_end()))
        {
            continue;
        }
        let mut e = blank(Category::DiseaseStatus, "disease_status", format!("Disease status: {status}"));
        e.value = Some(EventValue::Result { result: status.into() });
        e.details.insert("finding".into(), m.as_str().to_string());
        // A negation written into the phrase ("no evidence of disease") is its meaning: the
        // phrase is a result; other negations ("no progression" is stable) are in the pattern.
        let is_result = status == "remission" || status == "stable";
        out.push(Mention { span: m.range(), event: e, confidence: 0.75, is_result, course: false });
    }
}

// ---------------------------------------------------------------------------------------
// Regimens and drug abbreviations

/// Regimen names as oncologists write them, to [`codes::regimens`] names.
const REGIMEN_ALIASES: &[(&str, &str)] = &[
    ("mFOLFOX6", "FOLFOX"),
    ("FOLFOX6", "FOLFOX"),
    ("FOLFOX-6", "FOLFOX"),
    ("FOLFIRINOX", "FOLFOXIRI"),
    ("mFOLFIRINOX", "FOLFOXIRI"),
    ("CAPEOX", "CAPOX"),
    ("XELOX", "CAPOX"),
    ("ddAC", "AC"),
    ("AC→T", "AC-T"),
    ("AC->T", "AC-T"),
    ("ddAC-T", "AC-T"),
];

static REGIMEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<name>ddAC-T|ddAC|AC-THP|AC-TH|AC-T|AC→T|AC->T|EC-T|TCHP|TCH|THP|mFOLFIRINOX|FOLFIRINOX|FOLFOXIRI|mFOLFOX6|FOLFOX-?6|FOLFOX|FOLFIRI|CAPOX|CAPEOX|XELOX|AC|EC|TC|T-DM1)\b",
    )
});
/// Short regimen names count only near words of treatment ("4 cycles of AC", "ddAC x4").
static THERAPY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bcycles?\b|\bx\s?\d|\bC\d+D\d+\b|dose[-\s]dense|\badjuvant|\bneoadjuvant|\bchemo|\bfollowed\s+by|→|\bthen\b|s/p|\bcompleted|\breceived|\bstart|\bregimen|\bq\d+\s?(?:w|wk|week)|\bon\s+(?:cycle|day)",
    )
});
/// Drug abbreviations in a slash chain: `carbo/pem/pembro`, `cis/etoposide`, `gem/cis`.
const ABBREVIATION: &str = r"carbo(?:platin)?|cis(?:platin)?|pem(?:etrexed)?|pembro(?:lizumab)?|gem(?:citabine)?|etop(?:oside)?|vp-?16|5-?fu|taxol|paclitaxel|alimta|nab-?paclitaxel|abraxane|bev(?:acizumab)?|cape(?:citabine)?";
static CHAIN: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b(?:{ABBREVIATION})(?:\s*/\s*(?:{ABBREVIATION}))+\b")));
static ABBREVIATION_ONE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b(?:{ABBREVIATION})\b")));

fn abbreviation(word: &str) -> Option<&'static str> {
    let w = word.to_ascii_lowercase().replace('-', "");
    Some(match w.as_str() {
        "carbo" | "carboplatin" => "carboplatin",
        "cis" | "cisplatin" => "cisplatin",
        "pem" | "pemetrexed" | "alimta" => "pemetrexed",
        "gem" | "gemcitabine" => "gemcitabine",
        "etop" | "etoposide" | "vp16" => "etoposide",
        "5fu" => "fluorouracil",
        "taxol" | "paclitaxel" | "nabpaclitaxel" | "abraxane" => "paclitaxel",
        "pembro" | "pembrolizumab" => "pembrolizumab",
        "bev" | "bevacizumab" => "bevacizumab",
        "cape" | "capecitabine" => "capecitabine",
        _ => return None,
    })
}

fn ingredient(name: &str) -> Option<&'static Ingredient> {
    codes::ingredients().iter().find(|i| i.name == name)
}

pub(super) fn drug_event(i: &'static Ingredient) -> TimelineEvent {
    let mut e = blank(Category::SystemicTherapy, "drug", i.name.to_string());
    e.code = Some(Coding { system: "rxnorm".into(), code: i.rxcui.into(), display: Some(i.name.into()) });
    e.value = Some(EventValue::Drug { rxcui: i.rxcui.into(), name: i.name.into(), class: i.class });
    e
}

pub(super) fn regimens(text: &str, out: &mut Vec<Mention>) {
    for c in REGIMEN.captures_iter(text) {
        let Some(m) = c.name("name") else { continue };
        let written = m.as_str();
        if written.len() <= 3 && !written.starts_with("T-") {
            let window = floor_slice(text, m.start().saturating_sub(40), (m.end() + 40).min(text.len())).unwrap_or("");
            if !THERAPY_WORDS.is_match(window) {
                continue;
            }
        }
        let name = REGIMEN_ALIASES.iter().find(|(a, _)| *a == written).map(|(_, n)| *n).unwrap_or(written);
        let Some(def) = codes::regimens().iter().find(|r| r.name == name) else { continue };
        for drug in def.phases.iter().flat_map(|p| p.iter()) {
            let Some(i) = ingredient(drug) else { continue };
            let mut e = drug_event(i);
            e.details.insert("regimen".into(), def.name.to_string());
            out.push(Mention { span: m.range(), event: e, confidence: 0.8, is_result: false, course: false });
        }
    }
    for chain in CHAIN.find_iter(text) {
        for p in ABBREVIATION_ONE.find_iter(chain.as_str()) {
            // Full names are the dictionary's; only abbreviations are read here.
            let Some(i) = abbreviation(p.as_str()).and_then(ingredient) else { continue };
            if i.name.eq_ignore_ascii_case(p.as_str()) || i.synonyms.iter().any(|s| s.eq_ignore_ascii_case(p.as_str()))
            {
                continue;
            }
            let span = chain.start() + p.start()..chain.start() + p.end();
            out.push(Mention { span, event: drug_event(i), confidence: 0.8, is_result: false, course: false });
        }
    }
}

/// Cycle notation in a sentence: `C3D1` → (3, 1).
pub(super) fn cycle(sentence: &str) -> Option<(u32, u32)> {
    static CYCLE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bC(?P<c>\d{1,2})\s?D(?P<d>\d{1,2})\b|(?i:\bcycle\s+(?P<n>\d{1,2})\b)"));
    let c = CYCLE.captures(sentence)?;
    let n = c.name("c").or(c.name("n"))?.as_str().parse().ok()?;
    let d = c.name("d").and_then(|d| d.as_str().parse().ok()).unwrap_or(1);
    Some((n, d))
}
