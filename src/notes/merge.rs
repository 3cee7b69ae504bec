//! Reconciling note events with the structured timeline.
//!
//! A note event that says what a structured event already says — the same drug, procedure,
//! diagnosis, stage or marker result — within a date tolerance becomes evidence on that event
//! (one event, two sources). When the note wrote its own date and that date disagrees, the
//! evidence is marked `date_conflict`: shown, not hidden. What notes alone say is kept as a
//! note-derived event (`details.origin = "note"`, its evidence carrying the confidence).

use crate::twin::history::event::{sort_events, Category, EventValue, TimelineEvent};

/// How far apart two dates of the same treatment may be and still be one event (days).
pub const TREATMENT_TOLERANCE_DAYS: i64 = 3;
/// The same for diagnoses, stages and markers, which notes repeat long after the fact.
pub const FINDING_TOLERANCE_DAYS: i64 = 45;

fn tolerance(category: Category) -> i64 {
    match category {
        Category::SystemicTherapy
        | Category::Medication
        | Category::Surgery
        | Category::Radiotherapy
        | Category::Imaging => TREATMENT_TOLERANCE_DAYS,
        _ => FINDING_TOLERANCE_DAYS,
    }
}

/// Whether two events name the same thing (dates aside).
pub fn same_concept(a: &TimelineEvent, b: &TimelineEvent) -> bool {
    if a.category != b.category {
        return false;
    }
    // A gene finding is one fact whether filed as a genomic variant or as the gene's marker
    // ("variant" from a note, "kras" from a KRAS mutation Observation); a radiotherapy course
    // and its sessions are one radiotherapy.
    if let (
        Some(EventValue::Variant { gene: g1, present: p1, .. }),
        Some(EventValue::Variant { gene: g2, present: p2, .. }),
    ) = (&a.value, &b.value)
    {
        return g1 == g2 && p1 == p2;
    }
    let radiotherapy = |k: &str| k == "radiotherapy_course" || k == "radiotherapy_session";
    if a.kind != b.kind && !(radiotherapy(&a.kind) && radiotherapy(&b.kind)) {
        return false;
    }
    match (&a.value, &b.value) {
        (Some(EventValue::Quantity { value: x, .. }), Some(EventValue::Quantity { value: y, .. })) => {
            return (x - y).abs() < 1e-6
        }
        (Some(EventValue::Drug { rxcui: x, .. }), Some(EventValue::Drug { rxcui: y, .. })) => return x == y,
        (Some(EventValue::Graded { text: x, .. }), Some(EventValue::Graded { text: y, .. })) => return x == y,
        (Some(EventValue::Result { result: x }), Some(EventValue::Result { result: y })) => return x == y,
        (
            Some(EventValue::Variant { gene: g1, present: p1, .. }),
            Some(EventValue::Variant { gene: g2, present: p2, .. }),
        ) => return g1 == g2 && p1 == p2,
        _ => {}
    }
    match a.category {
        // A procedure matches by code when both have one, else by kind alone.
        Category::Surgery
        | Category::Radiotherapy
        | Category::Imaging
        | Category::SystemicTherapy
        | Category::Medication => match (&a.code, &b.code) {
            (Some(x), Some(y)) if x.system == y.system => x.code == y.code,
            _ => true,
        },
        // A diagnosis matches any cancer of the same kind (primary or metastasis).
        Category::Diagnosis => true,
        _ => a.label == b.label,
    }
}

/// Merges note events into structured events; returns the timeline in order.
pub fn merge(mut structured: Vec<TimelineEvent>, note_events: Vec<TimelineEvent>) -> Vec<TimelineEvent> {
    let mut extra: Vec<TimelineEvent> = Vec::new();
    for note_event in note_events {
        let written = matches!(note_event.detail("date_from"), Some("text" | "procedure_date"));
        let limit = tolerance(note_event.category);
        let target = structured
            .iter_mut()
            .filter(|s| same_concept(s, &note_event))
            .filter(|s| {
                let days = (s.date - note_event.date).num_days();
                // A finding stays true after it was first recorded: a later note repeating it
                // is the same finding.
                days.abs() <= limit || (tolerance(s.category) == FINDING_TOLERANCE_DAYS && days < 0 && !written)
            })
            .min_by_key(|s| (s.date - note_event.date).num_days().abs());
        match target {
            Some(s) => {
                for mut ev in note_event.notes {
                    ev.date_conflict =
                        written && ev.date != s.date && s.notes.iter().all(|n| n.document != ev.document);
                    if !s.sources.contains(&ev.document) {
                        s.sources.push(ev.document.clone());
                    }
                    s.notes.push(ev);
                }
            }
            None => {
                // Two notes saying the same new thing are one note-derived event.
                match extra.iter_mut().find(|e| {
                    same_concept(e, &note_event)
                        && (e.date - note_event.date).num_days().abs() <= limit.min(TREATMENT_TOLERANCE_DAYS)
                }) {
                    Some(e) => {
                        for ev in note_event.notes {
                            if !e.sources.contains(&ev.document) {
                                e.sources.push(ev.document.clone());
                            }
                            e.notes.push(ev);
                        }
                    }
                    None => extra.push(note_event),
                }
            }
        }
    }
    structured.extend(extra);
    sort_events(&mut structured);
    structured
}

/// Events whose note evidence disagrees with their date.
pub fn conflicts(events: &[TimelineEvent]) -> impl Iterator<Item = &TimelineEvent> {
    events.iter().filter(|e| e.notes.iter().any(|n| n.date_conflict))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::rules::RuleExtractor;
    use crate::notes::Note;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn structured_drug(id: &str, date: &str) -> TimelineEvent {
        let note = Note { document: "x/y".into(), date: d(date), text: "tamoxifen".into() };
        let mut e = RuleExtractor.extract(&note).events.remove(0);
        e.id = id.into();
        e.sources = vec![id.into()];
        e.notes.clear();
        e.details.clear();
        e
    }

    fn note_events(text: &str, date: &str) -> Vec<TimelineEvent> {
        let note = Note { document: "DocumentReference/n".into(), date: d(date), text: text.into() };
        RuleExtractor.extract(&note).events
    }

    #[test]
    fn same_drug_within_tolerance_is_one_event_with_two_sources() {
        let merged = merge(
            vec![structured_drug("MedicationRequest/m", "2021-01-10")],
            note_events("Tamoxifen given.", "2021-01-11"),
        );
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].sources, ["MedicationRequest/m", "DocumentReference/n"]);
        assert!(!merged[0].notes[0].date_conflict, "an undated mention on the next day is no conflict");
    }

    #[test]
    fn a_written_date_that_disagrees_is_a_conflict() {
        let merged = merge(
            vec![structured_drug("MedicationRequest/m", "2021-01-10")],
            note_events("Tamoxifen on 2021-01-12.", "2021-01-20"),
        );
        assert_eq!(merged.len(), 1);
        assert!(merged[0].notes[0].date_conflict);
        assert_eq!(conflicts(&merged).count(), 1);
    }

    #[test]
    fn what_notes_add_is_kept_and_marked() {
        let merged = merge(
            vec![structured_drug("MedicationRequest/m", "2021-01-10")],
            note_events("Letrozole started.", "2021-03-01"),
        );
        assert_eq!(merged.len(), 2);
        let added = &merged[1];
        assert_eq!((added.label.as_str(), added.detail("origin")), ("letrozole", Some("note")));
        assert_eq!(added.id, "note:DocumentReference/n#1");
        assert!(added.notes[0].confidence > 0.0);
        // Far outside the tolerance, the same drug is another administration.
        let merged =
            merge(vec![structured_drug("MedicationRequest/m", "2021-01-10")], note_events("Tamoxifen.", "2021-02-10"));
        assert_eq!(merged.len(), 2);
    }

    fn structured(id: &str, category: Category, kind: &str, date: &str, value: EventValue) -> TimelineEvent {
        TimelineEvent {
            id: id.into(),
            category,
            kind: kind.into(),
            date: d(date),
            end: None,
            label: kind.into(),
            code: None,
            value: Some(value),
            details: Default::default(),
            sources: vec![id.into()],
            notes: Vec::new(),
        }
    }

    #[test]
    fn findings_filed_differently_are_one_fact() {
        // A KRAS mutation Observation (kind "kras") and a note's "KRAS G12C" (kind "variant").
        let kras = EventValue::Variant {
            gene: "KRAS".into(),
            present: true,
            alteration: Some("g12c".into()),
            description: None,
            origin: None,
        };
        let psa = EventValue::Quantity { value: 12.4, unit: Some("ng/mL".into()) };
        let merged = merge(
            vec![
                structured("Observation/k", Category::Biomarker, "kras", "2021-01-10", kras),
                structured("Observation/p", Category::Biomarker, "psa", "2021-01-10", psa),
            ],
            note_events("KRAS G12C (c.34G>T) detected. PSA 12.4 ng/mL.", "2021-01-20"),
        );
        assert_eq!(merged.len(), 2, "{merged:#?}");
        assert!(merged.iter().all(|e| e.sources.len() == 2), "{merged:#?}");
        // Another PSA value is another fact.
        let other = merge(
            vec![structured(
                "Observation/p",
                Category::Biomarker,
                "psa",
                "2021-01-10",
                EventValue::Quantity { value: 3.1, unit: None },
            )],
            note_events("PSA 12.4.", "2021-01-20"),
        );
        assert_eq!(other.len(), 2);
    }
}
