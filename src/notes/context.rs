//! Sections, sentences and ConText-style modifiers (Harkema et al., "ConText: an algorithm
//! for determining negation, experiencer, and temporal status from clinical reports", JBI
//! 2009; trigger lists after medspacy's `context_rules.json`, trimmed to what oncology notes
//! need, plus Spanish triggers for pathology reports).
//!
//! A trigger modifies the concepts of its sentence in its direction (forward: after the
//! trigger; backward: before it) up to a termination term ("but", "however", ";"). Sections
//! modify everything in them: a family-history section is `family`, a medication list is
//! `historical` (drugs the patient is on, not given at this visit), allergies are `negated`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// Why a mention is not an event of this patient at this time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Modifier {
    Negated,
    Historical,
    Hypothetical,
    Family,
    Uncertain,
}

impl Modifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Negated => "negated",
            Modifier::Historical => "historical",
            Modifier::Hypothetical => "hypothetical",
            Modifier::Family => "family",
            Modifier::Uncertain => "uncertain",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
    Both,
}

/// What a trigger phrase does.
#[derive(Debug, Clone, Copy)]
enum Rule {
    Modifies(Modifier, Direction),
    /// Ends a trigger's scope.
    Terminate,
    /// Looks like a trigger but is not ("prior to", "not only").
    Pseudo,
}

use Direction::*;
use Modifier::*;

static TRIGGERS: &[(&str, Rule)] = &[
    // Negation
    ("no", Rule::Modifies(Negated, Forward)),
    ("not", Rule::Modifies(Negated, Forward)),
    ("denies", Rule::Modifies(Negated, Forward)),
    ("denied", Rule::Modifies(Negated, Forward)),
    ("without", Rule::Modifies(Negated, Forward)),
    ("negative for", Rule::Modifies(Negated, Forward)),
    ("no evidence of", Rule::Modifies(Negated, Forward)),
    ("no signs of", Rule::Modifies(Negated, Forward)),
    ("free of", Rule::Modifies(Negated, Forward)),
    ("absence of", Rule::Modifies(Negated, Forward)),
    ("never", Rule::Modifies(Negated, Forward)),
    ("declined", Rule::Modifies(Negated, Both)),
    ("declines", Rule::Modifies(Negated, Both)),
    ("declining", Rule::Modifies(Negated, Both)),
    ("refused", Rule::Modifies(Negated, Both)),
    ("refuses", Rule::Modifies(Negated, Both)),
    ("not interested in", Rule::Modifies(Negated, Forward)),
    ("opted against", Rule::Modifies(Negated, Forward)),
    ("elected not to", Rule::Modifies(Negated, Forward)),
    ("not a candidate for", Rule::Modifies(Negated, Forward)),
    ("contraindicated", Rule::Modifies(Negated, Backward)),
    ("not recommended", Rule::Modifies(Negated, Backward)),
    ("not indicated", Rule::Modifies(Negated, Backward)),
    ("not needed", Rule::Modifies(Negated, Backward)),
    ("not performed", Rule::Modifies(Negated, Backward)),
    ("not done", Rule::Modifies(Negated, Backward)),
    ("chemotherapy-naive", Rule::Modifies(Negated, Backward)),
    ("treatment-naive", Rule::Modifies(Negated, Backward)),
    ("on hold", Rule::Modifies(Negated, Backward)),
    ("deferred", Rule::Modifies(Negated, Both)),
    ("ruled out", Rule::Modifies(Negated, Backward)),
    ("was held", Rule::Modifies(Negated, Backward)),
    ("withheld", Rule::Modifies(Negated, Both)),
    ("not started", Rule::Modifies(Negated, Backward)),
    ("not administered", Rule::Modifies(Negated, Both)),
    ("never received", Rule::Modifies(Negated, Forward)),
    ("did not receive", Rule::Modifies(Negated, Forward)),
    ("not given", Rule::Modifies(Negated, Backward)),
    ("never given", Rule::Modifies(Negated, Backward)),
    ("never administered", Rule::Modifies(Negated, Backward)),
    ("never started", Rule::Modifies(Negated, Backward)),
    ("none", Rule::Modifies(Negated, Backward)),
    ("discontinued", Rule::Modifies(Negated, Backward)),
    // "Off triptorelin since 2025-08 (intermittent ADT)": stopped, not given.
    ("off", Rule::Modifies(Negated, Forward)),
    ("sin", Rule::Modifies(Negated, Forward)),
    ("niega", Rule::Modifies(Negated, Forward)),
    ("ausencia de", Rule::Modifies(Negated, Forward)),
    ("no se observa", Rule::Modifies(Negated, Forward)),
    // Historical
    ("history of", Rule::Modifies(Historical, Forward)),
    ("h/o", Rule::Modifies(Historical, Forward)),
    ("hx of", Rule::Modifies(Historical, Forward)),
    ("previous", Rule::Modifies(Historical, Forward)),
    ("previously", Rule::Modifies(Historical, Both)),
    ("prior", Rule::Modifies(Historical, Forward)),
    ("past", Rule::Modifies(Historical, Forward)),
    ("status post", Rule::Modifies(Historical, Forward)),
    ("s/p", Rule::Modifies(Historical, Forward)),
    ("in the past", Rule::Modifies(Historical, Backward)),
    ("years ago", Rule::Modifies(Historical, Backward)),
    ("antecedentes de", Rule::Modifies(Historical, Forward)),
    // Hypothetical and future
    ("if", Rule::Modifies(Hypothetical, Both)),
    ("otherwise", Rule::Modifies(Hypothetical, Forward)),
    ("should", Rule::Modifies(Hypothetical, Forward)),
    ("would", Rule::Modifies(Hypothetical, Forward)),
    ("could", Rule::Modifies(Hypothetical, Forward)),
    ("consider", Rule::Modifies(Hypothetical, Forward)),
    ("considering", Rule::Modifies(Hypothetical, Forward)),
    ("candidate for", Rule::Modifies(Hypothetical, Forward)),
    ("eligible for", Rule::Modifies(Hypothetical, Forward)),
    ("discuss", Rule::Modifies(Hypothetical, Forward)),
    ("discussed", Rule::Modifies(Hypothetical, Both)),
    ("recommend", Rule::Modifies(Hypothetical, Forward)),
    ("recommended", Rule::Modifies(Hypothetical, Both)),
    ("plan to", Rule::Modifies(Hypothetical, Forward)),
    ("plan for", Rule::Modifies(Hypothetical, Forward)),
    ("plans to", Rule::Modifies(Hypothetical, Forward)),
    ("planning", Rule::Modifies(Hypothetical, Forward)),
    ("will begin", Rule::Modifies(Hypothetical, Forward)),
    ("to begin", Rule::Modifies(Hypothetical, Forward)),
    ("will receive", Rule::Modifies(Hypothetical, Forward)),
    ("will add", Rule::Modifies(Hypothetical, Forward)),
    ("will be started", Rule::Modifies(Hypothetical, Backward)),
    ("to be started", Rule::Modifies(Hypothetical, Backward)),
    ("we request", Rule::Modifies(Hypothetical, Forward)),
    ("requesting", Rule::Modifies(Hypothetical, Forward)),
    ("request for", Rule::Modifies(Hypothetical, Forward)),
    ("consent for", Rule::Modifies(Hypothetical, Forward)),
    ("consented for", Rule::Modifies(Hypothetical, Forward)),
    ("consent discussion", Rule::Modifies(Hypothetical, Backward)),
    ("offered", Rule::Modifies(Hypothetical, Both)),
    ("offer", Rule::Modifies(Hypothetical, Forward)),
    ("alternatives", Rule::Modifies(Hypothetical, Forward)),
    ("is an alternative", Rule::Modifies(Hypothetical, Backward)),
    ("as an alternative", Rule::Modifies(Hypothetical, Both)),
    ("e.g.", Rule::Modifies(Hypothetical, Forward)),
    ("is a target for", Rule::Modifies(Hypothetical, Forward)),
    ("sensitivity to", Rule::Modifies(Hypothetical, Forward)),
    ("potential benefit", Rule::Modifies(Hypothetical, Both)),
    // "FDA-approved therapies: osimertinib …" names options; a result before it ("RAS wild-type
    // (extended panel, FDA-approved)") is the test's, and "is approved" looks back.
    ("fda-approved", Rule::Modifies(Hypothetical, Forward)),
    ("fda approved", Rule::Modifies(Hypothetical, Forward)),
    ("is approved", Rule::Modifies(Hypothetical, Backward)),
    ("is fda-approved", Rule::Modifies(Hypothetical, Both)),
    ("is fda approved", Rule::Modifies(Hypothetical, Both)),
    ("are fda-approved", Rule::Modifies(Hypothetical, Both)),
    ("are fda approved", Rule::Modifies(Hypothetical, Both)),
    ("are approved", Rule::Modifies(Hypothetical, Backward)),
    ("preferred by", Rule::Modifies(Hypothetical, Backward)),
    ("is preferred", Rule::Modifies(Hypothetical, Backward)),
    ("consideration", Rule::Modifies(Hypothetical, Backward)),
    ("versus", Rule::Modifies(Hypothetical, Both)),
    ("vs", Rule::Modifies(Hypothetical, Both)),
    ("pending", Rule::Modifies(Hypothetical, Both)),
    // A condition to be met ("renewal requires documentation of response or stable disease").
    ("requires", Rule::Modifies(Hypothetical, Forward)),
    ("required for", Rule::Modifies(Hypothetical, Forward)),
    ("awaiting", Rule::Modifies(Hypothetical, Forward)),
    // A test sent or ordered has no result yet ("EGFR testing (including T790M) sent 12/30").
    ("sent", Rule::Modifies(Hypothetical, Backward)),
    ("ordered", Rule::Modifies(Hypothetical, Backward)),
    ("in case of", Rule::Modifies(Hypothetical, Forward)),
    ("upon progression", Rule::Modifies(Hypothetical, Both)),
    ("at progression", Rule::Modifies(Hypothetical, Both)),
    ("reserve", Rule::Modifies(Hypothetical, Forward)),
    ("reserved for", Rule::Modifies(Hypothetical, Forward)),
    ("prior authorization", Rule::Modifies(Hypothetical, Both)),
    ("evaluate for", Rule::Modifies(Hypothetical, Forward)),
    ("refer to", Rule::Modifies(Hypothetical, Forward)),
    ("referred for", Rule::Modifies(Hypothetical, Forward)),
    ("next line", Rule::Modifies(Hypothetical, Both)),
    ("planned", Rule::Modifies(Hypothetical, Both)),
    ("will start", Rule::Modifies(Hypothetical, Both)),
    ("scheduled", Rule::Modifies(Hypothetical, Both)),
    ("to be scheduled", Rule::Modifies(Hypothetical, Both)),
    ("decide on", Rule::Modifies(Hypothetical, Forward)),
    ("to decide", Rule::Modifies(Hypothetical, Forward)),
    ("need for", Rule::Modifies(Hypothetical, Forward)),
    ("annual", Rule::Modifies(Hypothetical, Forward)),
    ("to start", Rule::Modifies(Hypothetical, Forward)),
    ("may benefit from", Rule::Modifies(Hypothetical, Forward)),
    ("option", Rule::Modifies(Hypothetical, Both)),
    ("options", Rule::Modifies(Hypothetical, Both)),
    ("referral for", Rule::Modifies(Hypothetical, Forward)),
    ("risk of", Rule::Modifies(Hypothetical, Forward)),
    ("screening for", Rule::Modifies(Hypothetical, Forward)),
    ("implicación terapéutica", Rule::Modifies(Hypothetical, Forward)),
    ("se recomienda", Rule::Modifies(Hypothetical, Forward)),
    ("valorar", Rule::Modifies(Hypothetical, Forward)),
    // Experiencer: family
    ("mother", Rule::Modifies(Family, Both)),
    ("father", Rule::Modifies(Family, Both)),
    ("sister", Rule::Modifies(Family, Both)),
    ("brother", Rule::Modifies(Family, Both)),
    ("aunt", Rule::Modifies(Family, Both)),
    ("uncle", Rule::Modifies(Family, Both)),
    ("grandmother", Rule::Modifies(Family, Both)),
    ("grandfather", Rule::Modifies(Family, Both)),
    ("cousin", Rule::Modifies(Family, Both)),
    ("daughter", Rule::Modifies(Family, Both)),
    ("son", Rule::Modifies(Family, Both)),
    ("family history", Rule::Modifies(Family, Forward)),
    ("fhx", Rule::Modifies(Family, Forward)),
    ("family hx", Rule::Modifies(Family, Forward)),
    ("mom", Rule::Modifies(Family, Both)),
    ("dad", Rule::Modifies(Family, Both)),
    ("sibling", Rule::Modifies(Family, Both)),
    ("niece", Rule::Modifies(Family, Both)),
    ("nephew", Rule::Modifies(Family, Both)),
    ("maternal", Rule::Modifies(Family, Forward)),
    ("paternal", Rule::Modifies(Family, Forward)),
    ("madre", Rule::Modifies(Family, Both)),
    ("padre", Rule::Modifies(Family, Both)),
    ("hermana", Rule::Modifies(Family, Both)),
    ("hermano", Rule::Modifies(Family, Both)),
    ("abuela", Rule::Modifies(Family, Both)),
    // Uncertainty
    ("possible", Rule::Modifies(Uncertain, Forward)),
    ("possibly", Rule::Modifies(Uncertain, Forward)),
    ("reportedly", Rule::Modifies(Uncertain, Both)),
    ("probable", Rule::Modifies(Uncertain, Forward)),
    ("suspected", Rule::Modifies(Uncertain, Forward)),
    ("suspects", Rule::Modifies(Uncertain, Forward)),
    ("suspect", Rule::Modifies(Uncertain, Forward)),
    ("suspicious for", Rule::Modifies(Uncertain, Forward)),
    ("suspicion of", Rule::Modifies(Uncertain, Forward)),
    ("concern for", Rule::Modifies(Uncertain, Forward)),
    ("questionable", Rule::Modifies(Uncertain, Forward)),
    ("rule out", Rule::Modifies(Uncertain, Forward)),
    ("r/o", Rule::Modifies(Uncertain, Forward)),
    ("cannot be excluded", Rule::Modifies(Uncertain, Backward)),
    ("probability of", Rule::Modifies(Uncertain, Forward)),
    ("likelihood of", Rule::Modifies(Uncertain, Forward)),
    ("cannot be ruled out", Rule::Modifies(Uncertain, Backward)),
    ("is suspected", Rule::Modifies(Uncertain, Backward)),
    ("sospecha de", Rule::Modifies(Uncertain, Forward)),
    ("posible", Rule::Modifies(Uncertain, Forward)),
    // Scope ends
    ("but", Rule::Terminate),
    ("however", Rule::Terminate),
    ("although", Rule::Terminate),
    ("though", Rule::Terminate),
    ("except", Rule::Terminate),
    ("apart from", Rule::Terminate),
    ("which", Rule::Terminate),
    ("pero", Rule::Terminate),
    ("sin embargo", Rule::Terminate),
    (";", Rule::Terminate),
    // Pseudo-triggers
    ("prior to", Rule::Pseudo),
    ("not only", Rule::Pseudo),
    ("no change", Rule::Pseudo),
    // "Stim day 1 was 2/28/26 as planned", "completed as planned": it happened.
    ("as planned", Rule::Pseudo),
    ("as scheduled", Rule::Pseudo),
    ("no longer", Rule::Modifies(Negated, Forward)),
    ("no new", Rule::Pseudo),
    ("off-label", Rule::Pseudo),
    ("off label", Rule::Pseudo),
    // An FDA-approved test names how a result was found, not a therapy option.
    ("fda-approved companion", Rule::Pseudo),
    ("fda approved companion", Rule::Pseudo),
    ("fda-approved test", Rule::Pseudo),
    ("fda approved test", Rule::Pseudo),
    ("fda-approved assay", Rule::Pseudo),
    ("fda-approved diagnostic", Rule::Pseudo),
    ("fda-approved cdx", Rule::Pseudo),
    ("if needed", Rule::Pseudo),
    ("start date", Rule::Pseudo),
    ("no evidence of disease", Rule::Pseudo),
    ("no evidence of recurrence", Rule::Pseudo),
    ("no complaints", Rule::Pseudo),
    ("gram negative", Rule::Pseudo),
];

static MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(TRIGGERS.iter().map(|(p, _)| p))
        .expect("valid trigger patterns")
});

/// What a section of a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Current,
    FamilyHistory,
    PastHistory,
    MedicationList,
    Allergies,
    Social,
    /// "Options:", "Treatment options:": what might be given, not what was.
    Options,
    /// A report's "NOT DETECTED" / "Pertinent negatives" list: every gene it names was
    /// tested and found unaltered.
    NotDetected,
}

impl SectionKind {
    /// The modifier every mention in the section takes.
    pub fn modifier(self) -> Option<Modifier> {
        match self {
            SectionKind::Current => None,
            SectionKind::FamilyHistory => Some(Family),
            SectionKind::PastHistory | SectionKind::MedicationList => Some(Historical),
            SectionKind::Allergies | SectionKind::Social => Some(Negated),
            SectionKind::Options => Some(Hypothetical),
            SectionKind::NotDetected => None,
        }
    }
}

fn section_kind(heading: &str) -> Option<SectionKind> {
    let h = heading.trim().trim_start_matches('#').trim().trim_end_matches(':').trim().to_ascii_lowercase();
    Some(if h.contains("family") || h == "fhx" || h == "fh" || h.contains("antecedentes familiares") {
        SectionKind::FamilyHistory
    } else if h.contains("past medical") || h.contains("past history") || h == "pmh" || h.contains("past surgical") {
        SectionKind::PastHistory
    } else if h == "medications" || h.contains("medication list") || h.contains("current medications") || h == "meds" {
        SectionKind::MedicationList
    } else if h.contains("allerg") {
        SectionKind::Allergies
    } else if h.contains("social history") || h == "social" || h == "sh" {
        SectionKind::Social
    } else if h == "not detected"
        || h.starts_with("not detected")
        || h.contains("pertinent negative")
        || h == "negative"
        || h.starts_with("negative results")
        || h.starts_with("negative findings")
        || h.starts_with("no alterations detected")
        || h.starts_with("no mutations detected")
        || h.starts_with("genes tested with no")
    {
        SectionKind::NotDetected
    } else if h == "options"
        || h.ends_with(" options")
        || h == "alternatives"
        || h.starts_with("options for")
        || h.starts_with("recommendation")
        || h == "rec"
        || h == "recs"
        || h == "consensus"
        || h.starts_with("future")
        || h.starts_with("subsequent")
        || h.contains("potential benefit")
        || h.contains("therapies associated")
        || h.contains("approved therapies")
        || h.contains("clinical trial")
        || h.contains("relevant therapies")
        || h.ends_with(" recommendations")
        || h.contains("alternative")
        || h.contains("association")
        || h.contains("consented")
        || h.starts_with("risks")
        || h.starts_with("proposed")
        || h.starts_with("planned")
    {
        SectionKind::Options
    } else if h.len() <= 40 && h.chars().all(|c| c.is_alphabetic() || " /&()-".contains(c)) {
        SectionKind::Current
    } else {
        return None;
    })
}

/// `Heading:` labels that open a section about the present visit (SOAP and the like).
const CURRENT_HEADINGS: &[&str] = &[
    "s",
    "o",
    "a",
    "p",
    "subjective",
    "objective",
    "assessment",
    "plan",
    "assessment and plan",
    "impression",
    "hpi",
    "history of present illness",
    "diagnosis",
    "conclusion",
    "findings",
    "a/p",
    "a&p",
    "assessment/plan",
    "impression/plan",
    "exam",
    "physical exam",
    "labs",
    "imaging",
    "pathology",
    "interval history",
    "interval hx",
    "discussion",
    "cc",
    "chief complaint",
    "final diagnosis",
    "synoptic",
    "biomarkers",
    "course",
    "hospital course",
    "follow-up",
    "prior treatment",
    "oncologic history",
    "oncology history",
    "treatment history",
    "tx history",
    "molecular",
    "results",
    "comment",
    "comments",
    "clinical history",
    "history",
    "summary",
    "staging",
    "stage",
    "interpretation",
    "dx",
    "id",
    "germline",
    "response",
    "vitals",
    "procedure",
    "specimen",
];

/// The sections of a note: (byte where it starts, kind), in order; text before the first
/// heading is `Current`. Headings are markdown (`# …`) lines, or `Heading:` at a line start
/// when the heading is one of the known ones.
///
/// A `Heading: text` line with text after the colon ("PMH: HTN, DM", "FHx: mother with
/// breast cancer") is a section of that line only; a heading alone on its line opens a
/// section that runs to the next heading.
pub fn sections(text: &str) -> Vec<(usize, SectionKind)> {
    let mut out = vec![(0, SectionKind::Current)];
    let mut at = 0;
    // The section a one-line heading interrupts, resumed on the next line.
    let mut resume: Option<SectionKind> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start().trim_start_matches(['-', '*', '•']).trim_start();
        let mut inline = false;
        let kind = if trimmed.starts_with('#') {
            section_kind(trimmed).or(Some(SectionKind::Current))
        } else if let Some(head) = capital_heading(trimmed) {
            section_kind(head).or(Some(SectionKind::Current))
        } else if let Some((head, rest)) = trimmed.split_once(':') {
            let known = CURRENT_HEADINGS.contains(&head.trim().to_ascii_lowercase().as_str());
            inline = !rest.trim().is_empty();
            section_kind(head).filter(|k| *k != SectionKind::Current || known)
        } else {
            None
        };
        match kind {
            Some(k) => {
                let before = out.last().map(|(_, k)| *k).unwrap_or(SectionKind::Current);
                out.push((at, k));
                resume = inline.then_some(resume.unwrap_or(before));
            }
            None => {
                if let Some(k) = resume.take() {
                    out.push((at, k));
                }
            }
        }
        at += line.len();
    }
    out
}

/// A heading written in capitals alone on its line ("RISKS DISCUSSED", "ALTERNATIVES
/// DISCUSSED (handout given)", "HOW WE GOT HERE"): the capitals before any parenthesis, two to
/// six words of letters, no digits and no sentence end.
fn capital_heading(line: &str) -> Option<&str> {
    let line = line.trim_end();
    let head = line.split('(').next().unwrap_or(line).trim();
    let words = head.split_whitespace().count();
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = head.chars().all(|c| c.is_ascii_uppercase() || " /&-".contains(c));
    // A gene alone on its line ("KRAS", "BRAF" in a report's list) is a result, not a heading.
    let gene = words == 1 && crate::twin::history::codes::marker_by_text(head).is_some();
    (capitals && letters >= 4 && (1..=6).contains(&words) && !line.ends_with('.') && !gene).then_some(head)
}

/// The kind of the section holding byte `at`.
pub fn section_at(sections: &[(usize, SectionKind)], at: usize) -> SectionKind {
    let i = sections.partition_point(|(start, _)| *start <= at);
    sections.get(i.saturating_sub(1)).map(|(_, k)| *k).unwrap_or(SectionKind::Current)
}

/// The sentence around `span`: bounded by line breaks and by `.`, `!`, `?` before whitespace.
pub fn sentence(text: &str, span: Range<usize>) -> Range<usize> {
    let bytes = text.as_bytes();
    let ends_sentence =
        |i: usize| matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
    let breaks = |i: usize| bytes[i] == b'\n' && !soft_wrap(text, i);
    let mut start = span.start.min(bytes.len());
    while start > 0 && !breaks(start - 1) && !ends_sentence(start - 1) {
        start -= 1;
    }
    let mut end = span.end.min(bytes.len());
    while end < bytes.len() && !breaks(end) && !ends_sentence(end) {
        end += 1;
    }
    start..end
}

/// Whether the line break at `at` only wraps prose ("A week later, on\n5/9/25, she had a
/// core biopsy", "PSA 4.8\nng/mL (11/2024)"): a long line that ends mid-sentence (no
/// closing punctuation, no table) followed by a line that goes on in lower case or with a
/// number, not a list item or a heading.
fn soft_wrap(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let prev = line.trim_end();
    if prev.len() < 50 || prev.ends_with(['.', ':', ';', '!', '?', '|']) || prev.contains('|') {
        return false;
    }
    let after = &text[at + 1..];
    let next = after[..after.find('\n').unwrap_or(after.len())].trim_start();
    let Some(first) = next.chars().next() else { return false };
    let list = next.starts_with(['-', '*', '•', '#', '|'])
        || next
            .split_once(['.', ')'])
            .is_some_and(|(n, _)| !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()));
    // A line ending on a word that cannot end a sentence ("then the Lupron shot on" / "Jan 6
    // 2026") goes on whatever the next line starts with.
    let last_word = prev.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
    let open = matches!(
        last_word.as_str(),
        "on" | "in" | "of" | "the" | "a" | "an" | "and" | "or" | "to" | "at" | "with" | "from" | "for" | "by" | "since"
    );
    !list && (open || first.is_ascii_lowercase() || first.is_ascii_digit() || first == '(')
}

fn word_bounded(text: &[u8], at: Range<usize>) -> bool {
    let alnum = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let first_alnum = text.get(at.start).is_some_and(|b| alnum(*b));
    let last_alnum = at.end > 0 && text.get(at.end - 1).is_some_and(|b| alnum(*b));
    (!first_alnum || at.start == 0 || !alnum(text[at.start - 1]))
        && (!last_alnum || at.end >= text.len() || !alnum(text[at.end]))
}

/// Triggers found in a sentence: where each starts, and its rule.
type Found = Vec<(usize, Rule)>;

/// The triggers of the sentence around `span`, before and after it (position, rule).
fn triggers(lower: &str, span: Range<usize>) -> (Found, Found) {
    let sentence = sentence(lower, span.clone());
    let bytes = lower.as_bytes();
    let mut before: Vec<(usize, Rule)> = Vec::new();
    let mut after: Vec<(usize, Rule)> = Vec::new();
    for m in MATCHER.find_iter(&lower[sentence.clone()]) {
        let at = sentence.start + m.start()..sentence.start + m.end();
        if !word_bounded(bytes, at.clone()) || (at.start < span.end && at.end > span.start) {
            continue;
        }
        let rule = TRIGGERS[m.pattern().as_usize()].1;
        if at.end <= span.start {
            before.push((at.start, rule));
        } else {
            after.push((at.start, rule));
        }
    }
    // A list a trigger introduces ("Therapies associated with potential benefit: osimertinib;
    // erlotinib; afatinib"): after the colon, ";" separates the list's items, it does not end
    // the trigger's scope.
    if let Some(colon) = lower[sentence.start..span.start].find(':').map(|i| sentence.start + i) {
        let introduced = before.iter().any(|(at, r)| *at < colon && matches!(r, Rule::Modifies(_, Forward | Both)));
        if introduced {
            before.retain(|(at, r)| !(matches!(r, Rule::Terminate) && *at > colon && bytes[*at] == b';'));
        }
    }
    (before, after)
}

/// The modifiers of the mention at `span` of `lower` (the note lower-cased in ASCII), from
/// the triggers of its sentence and its section.
pub fn modifiers(lower: &str, span: Range<usize>, section: SectionKind) -> Vec<Modifier> {
    let mut found: Vec<Modifier> = section.modifier().into_iter().collect();
    let (before, after) = triggers(lower, span);
    // Forward triggers after the last terminator before the mention.
    let from = before.iter().rposition(|(_, r)| matches!(r, Rule::Terminate)).map(|i| i + 1).unwrap_or(0);
    for (_, rule) in &before[from..] {
        if let Rule::Modifies(m, Forward | Both) = rule {
            found.push(*m);
        }
    }
    // Backward triggers before the first terminator after it.
    for (_, rule) in &after {
        match rule {
            Rule::Terminate => break,
            Rule::Modifies(m, Backward | Both) => found.push(*m),
            _ => {}
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Where the first hypothetical trigger after the mention at `span` reaching back to it
/// starts, if one does.
pub fn first_hypothetical_after(lower: &str, span: Range<usize>) -> Option<usize> {
    let (_, after) = triggers(lower, span);
    after
        .iter()
        .take_while(|(_, r)| !matches!(r, Rule::Terminate))
        .find(|(_, r)| matches!(r, Rule::Modifies(Hypothetical, Backward | Both)))
        .map(|(at, _)| *at)
}

/// A hypothetical trigger before the mention at `span` reaches it.
pub fn hypothetical_before(lower: &str, span: Range<usize>) -> bool {
    let (before, _) = triggers(lower, span);
    let from = before.iter().rposition(|(_, r)| matches!(r, Rule::Terminate)).map(|i| i + 1).unwrap_or(0);
    before[from..].iter().any(|(_, r)| matches!(r, Rule::Modifies(Hypothetical, Forward | Both)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mods(text: &str, concept: &str) -> Vec<Modifier> {
        let lower = text.to_ascii_lowercase();
        let at = lower.find(concept).expect("concept in text");
        let secs = sections(text);
        modifiers(&lower, at..at + concept.len(), section_at(&secs, at))
    }

    #[test]
    fn context_modifiers() {
        assert_eq!(mods("CT: no evidence of metastatic disease.", "metastatic disease"), vec![Negated]);
        assert_eq!(mods("Her mother had breast cancer.", "breast cancer"), vec![Family]);
        assert_eq!(mods("Breast cancer in her sister at 40.", "breast cancer"), vec![Family]);
        assert_eq!(mods("History of colon cancer in 2001.", "colon cancer"), vec![Historical]);
        assert_eq!(mods("If progression, consider docetaxel.", "docetaxel"), vec![Hypothetical]);
        assert_eq!(mods("Possible lung cancer; biopsy pending.", "lung cancer"), vec![Uncertain]);
        assert_eq!(mods("Metastasis cannot be excluded.", "metastasis"), vec![Uncertain]);
        assert_eq!(mods("Started tamoxifen 20 mg daily.", "tamoxifen"), vec![]);
        // Scope: a terminator ends the trigger; a new sentence is out of reach.
        assert_eq!(mods("No nausea, but she started letrozole.", "letrozole"), vec![]);
        assert_eq!(mods("No fever. Lumpectomy performed.", "lumpectomy"), vec![]);
        assert_eq!(mods("Prior to surgery she received paclitaxel.", "paclitaxel"), vec![]);
        assert_eq!(mods("Implicación terapéutica: olaparib.", "olaparib"), vec![Hypothetical]);
        assert_eq!(mods("Oxaliplatin never given for the colorectal cancer.", "oxaliplatin"), vec![Negated]);
    }

    #[test]
    fn section_modifiers() {
        let note = "# Family History\nBreast cancer.\n# Medications\ntamoxifen 10 mg\n## Plan\n- tamoxifen 10 mg";
        let lower = note.to_ascii_lowercase();
        let secs = sections(note);
        let first = lower.find("tamoxifen").unwrap();
        let last = lower.rfind("tamoxifen").unwrap();
        let cancer = lower.find("breast cancer").unwrap();
        assert_eq!(modifiers(&lower, cancer..cancer + 13, section_at(&secs, cancer)), vec![Family]);
        assert_eq!(modifiers(&lower, first..first + 9, section_at(&secs, first)), vec![Historical]);
        assert_eq!(modifiers(&lower, last..last + 9, section_at(&secs, last)), vec![]);
        let soap = "S: follow-up\nAllergies: penicillin\nP: continue letrozole";
        let secs = sections(soap);
        assert_eq!(section_at(&secs, soap.find("penicillin").unwrap()), SectionKind::Allergies);
        assert_eq!(section_at(&secs, soap.find("letrozole").unwrap()), SectionKind::Current);
    }
}
