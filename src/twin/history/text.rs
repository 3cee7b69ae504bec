//! The timeline as readable text (`oncotwin timeline PATIENT`): the summary, the lines of
//! therapy, then the events in date order. Individual drug administrations are folded into
//! their regimens unless `all` is asked for.

use super::document::TimelineDocument;
use super::event::Category;
use std::fmt::Write;

/// Renders the document as plain text.
pub fn render(doc: &TimelineDocument, all: bool) -> String {
    let mut out = String::new();
    let s = &doc.summary;
    let _ = write!(out, "Patient {}", doc.patient_id);
    if let Some(sex) = &s.sex {
        let _ = write!(out, " — {sex}");
    }
    if let Some(b) = s.birth_date {
        let _ = write!(out, ", born {b}");
    }
    if let Some(d) = s.death_date {
        let _ = write!(out, ", died {d}");
    }
    out.push('\n');
    if s.cancers.is_empty() {
        out.push_str("No cancer diagnosis recorded.\n");
    }
    for c in &s.cancers {
        let _ = write!(out, "Diagnosis: {} ({})", c.label, c.date);
        if let Some(h) = &c.histology {
            let _ = write!(out, ", {h}");
        }
        if let Some(l) = &c.laterality {
            let _ = write!(out, ", {l}");
        }
        out.push('\n');
    }
    if s.stage.is_some() || s.tnm.is_some() {
        let _ = writeln!(
            out,
            "Stage: {}{}",
            s.stage.as_deref().unwrap_or("not recorded"),
            s.tnm.as_deref().map(|t| format!(" ({t})")).unwrap_or_default()
        );
    }
    if !s.markers.is_empty() {
        let _ = writeln!(out, "Markers: {}", s.markers.join(" · "));
    }
    if let Some(p) = &s.performance_status {
        let _ = writeln!(out, "Performance status: {p}");
    }
    if let Some(d) = &s.disease_status {
        let _ = writeln!(out, "Latest {}", d.to_lowercase());
    }

    if !doc.lines.is_empty() {
        out.push_str("\nLines of therapy:\n");
        for l in &doc.lines {
            let cycles: usize = doc.regimens.iter().filter(|r| r.line == l.number).map(|r| r.cycles.len()).sum();
            let _ = write!(
                out,
                "  Line {} [{}] {} → {}  {}  ({} cycle{})",
                l.number,
                l.setting,
                l.start,
                l.end,
                l.name,
                cycles,
                if cycles == 1 { "" } else { "s" }
            );
            if let Some(r) = &l.end_reason {
                let _ = write!(out, "  — ended: {r}");
            }
            out.push('\n');
            for r in doc.regimens.iter().filter(|r| r.line == l.number) {
                for c in &r.changes {
                    let _ = writeln!(out, "      {}  {}", c.date, c.note);
                }
            }
        }
    }
    if !doc.radiotherapy_courses.is_empty() {
        out.push_str("\nRadiotherapy:\n");
        for c in &doc.radiotherapy_courses {
            let _ = write!(out, "  {} → {}  {}", c.start, c.end, c.label);
            if let Some(d) = &c.dose {
                if !c.label.contains(d.as_str()) {
                    let _ = write!(out, "  {d}");
                }
            }
            out.push('\n');
        }
    }

    out.push_str("\nTimeline:\n");
    let mut folded = 0;
    let mut printed: Vec<(chrono::NaiveDate, Category, &str)> = Vec::new();
    for e in &doc.events {
        if e.category == Category::Patient {
            continue;
        }
        // Synthea records each scan as a Procedure and an ImagingStudy: one line, both sources.
        if printed.contains(&(e.date, e.category, e.label.as_str())) {
            continue;
        }
        printed.push((e.date, e.category, e.label.as_str()));
        let sources: Vec<&str> = doc
            .events
            .iter()
            .filter(|o| o.date == e.date && o.category == e.category && o.label == e.label)
            .flat_map(|o| o.sources.iter().map(String::as_str))
            .collect();
        let repetitive = matches!(
            e.kind.as_str(),
            "drug" | "chemotherapy_session" | "chemoradiation_session" | "radiotherapy_session"
        );
        if repetitive && !all {
            folded += 1;
            continue;
        }
        let date = match e.end {
            Some(end) if end != e.date => format!("{} → {}", e.date, end),
            _ => e.date.to_string(),
        };
        let _ = writeln!(out, "  {date:<12} {:<18} {}   [{}]", e.category.as_str(), e.label, sources.join(", "));
    }
    if folded > 0 {
        let _ = writeln!(
            out,
            "  ({folded} drug administrations and treatment sessions folded into the lines above; --all lists them)"
        );
    }
    out
}
