//! Readable evidence for the checklist page: each evidence pointer of a decision
//! (`Observation/abc`, a timeline event id) as what a reviewer reads — the value, the date,
//! the kind of source and a link to it; for a fact read from a note, the sentence with the
//! span highlighted. Built from the patient's stored timeline; a pointer it does not know
//! (a PAS Bundle's own resources, a fact snapshot `facts#…`) is shown as it is.

use super::Decision;
use crate::store::{EventFilter, Store, StoreError};
use crate::twin::history::{self, TimelineEvent};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};

/// At most this many pointers are looked up for one page (the page shows six per criterion).
const LOOKUPS_MAX: usize = 400;
/// A quoted sentence is cut to about this many characters each side of the span.
const QUOTE_CONTEXT: usize = 160;
/// At most this many notes are read to quote from for one page.
const NOTES_MAX: usize = 300;

/// One evidence pointer as a reviewer reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceView {
    /// What the source says ("HER2 IHC 3+", "Stage IV", "trastuzumab").
    pub text: String,
    pub date: Option<NaiveDate>,
    /// The kind of source ("lab or observation", "diagnosis", "medication order", "note").
    pub kind: &'static str,
    /// The FHIR resource (`/fhir/Observation/abc`).
    pub href: String,
    /// For a fact read from a note: the sentence around the span, in three parts.
    pub quote: Option<(String, String, String)>,
    /// For a fact read from a note: the document and the span (code points), to quote.
    pub note: Option<(String, usize, usize)>,
}

/// Evidence views by pointer.
pub type EvidenceIndex = HashMap<String, EvidenceView>;

/// Every evidence pointer of a decision (checklist leaves, contradictions), in order, once.
pub fn pointers(d: &Decision) -> Vec<String> {
    fn walk(c: &super::checklist::Check, out: &mut Vec<String>, seen: &mut BTreeSet<String>) {
        for e in c.evidence.iter().take(super::page::EVIDENCE_SHOWN) {
            if seen.insert(e.clone()) {
                out.push(e.clone());
            }
        }
        for k in &c.children {
            walk(k, out, seen);
        }
    }
    let (mut out, mut seen) = (Vec::new(), BTreeSet::new());
    for c in &d.contradicted {
        for e in &c.evidence {
            if seen.insert(e.clone()) {
                out.push(e.clone());
            }
        }
    }
    for candidate in d.chosen().into_iter().chain(d.candidates.iter()) {
        walk(&candidate.checklist, &mut out, &mut seen);
    }
    out
}

/// The kind of source a resource type is, as the page names it.
pub fn source_kind(resource_type: &str) -> &'static str {
    match resource_type {
        "Observation" => "lab or observation",
        "DiagnosticReport" => "report",
        "Condition" => "diagnosis",
        "MedicationRequest" => "medication order",
        "MedicationAdministration" => "administration",
        "MedicationStatement" => "medication statement",
        "MedicationDispense" => "dispense",
        "Procedure" => "procedure",
        "DocumentReference" | "Composition" => "note",
        "Claim" | "ExplanationOfBenefit" => "claim",
        "Specimen" => "specimen",
        "Encounter" => "encounter",
        "CarePlan" => "care plan",
        _ => "record",
    }
}

fn view_of(event: &TimelineEvent, pointer: &str) -> EvidenceView {
    let source = if pointer.contains('/') { pointer.split('#').next().unwrap_or(pointer) } else { "" };
    let source = if source.is_empty() { event.sources.first().map(String::as_str).unwrap_or("") } else { source };
    let from_note =
        event.sources.is_empty() || source.starts_with("DocumentReference/") || source.starts_with("Composition/");
    let document = event.notes.first().map(|n| n.document.as_str());
    let href_of = if from_note { document.unwrap_or(source) } else { source };
    let rt = href_of.split('/').next().unwrap_or("");
    EvidenceView {
        text: event.label.clone(),
        date: Some(event.date),
        kind: if from_note && document.is_some() { "note" } else { source_kind(rt) },
        href: format!("/fhir/{href_of}"),
        quote: None,
        note: event.notes.first().filter(|_| from_note).map(|n| (n.document.clone(), n.start, n.end)),
    }
}

/// The views of the `wanted` pointers that events stand for (their ids and sources).
pub fn from_events(events: &[TimelineEvent], wanted: &[String]) -> EvidenceIndex {
    let mut by_key: HashMap<&str, &TimelineEvent> = HashMap::new();
    for e in events {
        by_key.entry(e.id.as_str()).or_insert(e);
        for s in &e.sources {
            by_key.entry(s.as_str()).or_insert(e);
        }
    }
    let mut out = EvidenceIndex::new();
    for pointer in wanted {
        let found = by_key.get(pointer.as_str()).or_else(|| by_key.get(pointer.split('#').next().unwrap_or("")));
        if let Some(event) = found {
            out.insert(pointer.clone(), view_of(event, pointer));
        }
    }
    out
}

/// One pointer as HTML: readable when the index knows it ("HER2 IHC 3+, 2017-01-12, lab or
/// observation", linked; a note's sentence with the span marked), else the pointer itself.
pub fn item_html(pointer: &str, index: &EvidenceIndex) -> String {
    use crate::twin::history::page::html_escape as esc;
    let Some(v) = index.get(pointer) else {
        return format!("<code>{}</code>", esc(pointer));
    };
    let date = v.date.map(|d| format!(", {d}")).unwrap_or_default();
    let quote = match &v.quote {
        Some((before, span, after)) => format!(" <q>{}<mark>{}</mark>{}</q>", esc(before), esc(span), esc(after)),
        None => String::new(),
    };
    format!(
        "<span class=evi><a href=\"{href}\" title=\"{pointer}\">{text}</a>{date}, {kind}{quote}</span>",
        href = esc(&v.href),
        pointer = esc(pointer),
        text = esc(&v.text),
        date = esc(&date),
        kind = v.kind,
    )
}

/// The sentence around a span (code-point offsets) of a note, cut to a readable length.
pub fn quote(text: &str, start: usize, end: usize) -> Option<(String, String, String)> {
    let byte =
        |cp: usize| text.char_indices().nth(cp).map(|(b, _)| b).or((cp == text.chars().count()).then_some(text.len()));
    let (s, e) = (byte(start)?, byte(end)?);
    if s >= e {
        return None;
    }
    let sentence = crate::notes::context::sentence(text, s..e);
    let from = sentence.start.min(s);
    let to = sentence.end.max(e).min(text.len());
    let before: String =
        text[from..s].chars().rev().take(QUOTE_CONTEXT).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = text[e..to].chars().take(QUOTE_CONTEXT).collect();
    let tidy = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    Some((tidy(&before) + if before.ends_with(char::is_whitespace) { " " } else { "" }, tidy(&text[s..e]), {
        let a = tidy(&after);
        if after.starts_with(char::is_whitespace) {
            format!(" {a}")
        } else {
            a
        }
    }))
}

/// Note texts read for quoting, by document (`None`: not readable as a note).
#[derive(Default)]
struct NoteTexts(HashMap<String, Option<String>>);

impl NoteTexts {
    async fn text(&mut self, store: &Store, document: &str) -> Result<Option<&str>, StoreError> {
        if !self.0.contains_key(document) {
            let text = match document.split_once('/') {
                Some((rt, id)) if self.0.len() < NOTES_MAX => {
                    crate::notes::source::stored_note(store, rt, id).await?.and_then(Result::ok).map(|n| n.text)
                }
                _ => None,
            };
            self.0.insert(document.to_string(), text);
        }
        Ok(self.0[document].as_deref())
    }
}

/// Fills in the sentence each note evidence of `events` quotes (the timeline page's detail
/// shows it with the span highlighted).
pub async fn quote_notes(store: &Store, events: &mut [TimelineEvent]) -> Result<(), StoreError> {
    let mut notes = NoteTexts::default();
    for e in events.iter_mut() {
        for n in e.notes.iter_mut() {
            n.quote = notes.text(store, &n.document).await?.and_then(|t| quote(t, n.start, n.end));
        }
    }
    Ok(())
}

/// The readable views of a decision's evidence, from the patient's stored timeline and notes.
pub async fn index(store: &Store, d: &Decision) -> Result<EvidenceIndex, StoreError> {
    let wanted: Vec<String> = pointers(d).into_iter().take(LOOKUPS_MAX).collect();
    if wanted.is_empty() {
        return Ok(EvidenceIndex::new());
    }
    let events = history::load_events(store, &d.patient_id, &EventFilter::default()).await?;
    let mut out = from_events(&events, &wanted);
    let mut notes = NoteTexts::default();
    for view in out.values_mut() {
        let Some((document, start, end)) = view.note.clone() else { continue };
        view.quote = notes.text(store, &document).await?.and_then(|t| quote(t, start, end));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_the_sentence_with_the_span() {
        let text =
            "History reviewed.\nPathology: invasive ductal carcinoma, HER2 IHC 3+ by the outside lab. Plan: TCHP.";
        let start = text.find("HER2").unwrap();
        let (before, span, after) = quote(text, start, start + "HER2 IHC 3+".len()).unwrap();
        assert_eq!(span, "HER2 IHC 3+");
        assert_eq!(before, "Pathology: invasive ductal carcinoma, ");
        assert_eq!(after, " by the outside lab");
        assert_eq!(quote(text, 5, 5), None);
        assert_eq!(quote(text, 5, 10_000), None);
        let accented = "Résumé: ER négatif.";
        let at = accented.chars().position(|c| c == 'E').unwrap();
        assert_eq!(quote(accented, at, at + 2).unwrap().1, "ER");
        assert_eq!(source_kind("Condition"), "diagnosis");
    }
}
