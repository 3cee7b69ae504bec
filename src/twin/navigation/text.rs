//! `oncotwin navigate PATIENT`: the navigation as readable text.

use super::core::{Navigation, Severity};
use oncotwin_pathway::Truth;
use std::fmt::Write;

/// Renders a navigation for a terminal.
pub fn render(nav: &Navigation) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Patient {} — care navigation as of {}", nav.patient_id, nav.as_of);
    if let Some(d) = nav.deceased {
        let _ = writeln!(out, "Deceased {d}: no next steps or gaps.");
    }
    if nav.cancers.is_empty() && nav.other_cancers.is_empty() {
        let _ = writeln!(out, "No cancer diagnosis recorded: nothing to navigate.");
    }
    for c in &nav.other_cancers {
        let _ = writeln!(out, "\n{} (diagnosed {}): no pathway loaded for this cancer.", c.label, c.diagnosed);
    }
    for c in &nav.cancers {
        let _ = writeln!(out, "\n== {} — {} (diagnosed {})", c.pathway_title, c.diagnosis.label, c.diagnosis.date);
        let _ = writeln!(out, "Position:");
        for n in &c.position.nodes {
            let since = n.last_service.map(|d| format!(" (last service {d})")).unwrap_or_default();
            let _ = writeln!(out, "  * {} [{}]{since}", n.node.title, n.node.id);
        }
        if !c.position.path.is_empty() {
            let _ = writeln!(out, "Route:");
            for s in &c.position.path {
                let titles: Vec<&str> = s.nodes.iter().map(|n| n.title.as_str()).collect();
                let _ = writeln!(out, "  {}  {}", s.date, titles.join(" / "));
            }
        }
        if !c.position.deviations.is_empty() {
            let _ = writeln!(out, "Deviations:");
            for d in &c.position.deviations {
                let _ = writeln!(out, "  ! {}  {}", d.date, d.summary);
            }
        }
        if !c.next_steps.is_empty() {
            let _ = writeln!(out, "Next steps:");
            for s in &c.next_steps {
                let status = match s.status {
                    Truth::Met => "criteria met",
                    _ => "needs facts",
                };
                let due = s.due.map(|d| format!(", due {d}")).unwrap_or_default();
                let _ = writeln!(out, "  -> {} [{}] ({status}{due})", s.node.title, s.node.id);
                if !s.missing.is_empty() {
                    let _ = writeln!(out, "     missing: {}", s.missing.join(", "));
                }
            }
        }
        if !c.gaps.is_empty() {
            let _ = writeln!(out, "Gaps:");
            for g in &c.gaps {
                let mark = match g.severity {
                    Severity::Critical => "!!",
                    Severity::Warning => "! ",
                    Severity::Info => "i ",
                };
                let _ = writeln!(out, "  {mark} {}  (due {})", g.summary, g.due);
            }
        }
    }
    out
}
