//! The pathway section of the patient page (`/ui/patients/{id}#navigation`): for each
//! cancer, the pathway graph with the patient's position highlighted, the route taken,
//! deviations, next steps and gaps. Server-rendered HTML, no outside assets.

use super::core::{Navigation, Severity};
use crate::twin::history::page::html_escape;
use oncotwin_pathway::{PathwaySet, Truth};
use std::fmt::Write;

/// The `<section id="navigation">` for a navigation.
pub fn section(nav: &Navigation, set: &PathwaySet) -> String {
    let e = |s: &str| html_escape(s);
    let mut out = String::from(r#"<section id="navigation"><h2>Care navigation</h2>"#);
    let _ = write!(out, r#"<p class="muted">As of {}."#, nav.as_of);
    if let Some(d) = nav.deceased {
        let _ = write!(out, " Deceased {d}: no next steps.");
    }
    out.push_str("</p>");
    if nav.cancers.is_empty() {
        out.push_str(r#"<p class="muted">No cancer on a loaded pathway: nothing to navigate.</p>"#);
    }
    for c in &nav.other_cancers {
        let _ =
            write!(out, "<p>{} (diagnosed {}): no pathway is loaded for this cancer.</p>", e(&c.label), c.diagnosed);
    }
    for c in &nav.cancers {
        let _ = write!(
            out,
            r#"<div class="cancer" data-pathway="{}"><h3>{} — {} (diagnosed {})</h3>"#,
            e(&c.pathway),
            e(&c.pathway_title),
            e(&c.diagnosis.label),
            c.diagnosis.date
        );
        let here: Vec<&str> = c.position.nodes.iter().map(|n| n.node.id.as_str()).collect();
        let titles: Vec<String> = c.position.nodes.iter().map(|n| e(&n.node.title)).collect();
        let _ = write!(out, "<p><b>Position:</b> {}</p>", titles.join(" / "));
        if let Some(p) = set.get(&c.pathway) {
            // The SVG comes from our own renderer, which escapes every text it draws.
            let _ = write!(out, r#"<div class="graph">{}</div>"#, p.to_svg_highlighting(&here));
        }
        if !c.position.path.is_empty() {
            out.push_str("<p><b>Route taken:</b></p><ul>");
            for s in &c.position.path {
                let t: Vec<String> = s.nodes.iter().map(|n| e(&n.title)).collect();
                let _ = write!(out, "<li>{} — {}</li>", s.date, t.join(" / "));
            }
            out.push_str("</ul>");
        }
        if !c.position.deviations.is_empty() {
            out.push_str("<p><b>Deviations:</b></p><ul>");
            for d in &c.position.deviations {
                let _ = write!(out, "<li>{} — {}</li>", d.date, e(&d.summary));
            }
            out.push_str("</ul>");
        }
        if !c.next_steps.is_empty() {
            out.push_str("<p><b>Next steps:</b></p><ul>");
            for s in &c.next_steps {
                let status = if s.status == Truth::Met { "criteria met" } else { "needs facts" };
                let due = s.due.map(|d| format!(", due {d}")).unwrap_or_default();
                let missing = if s.missing.is_empty() {
                    String::new()
                } else {
                    format!(" — missing: {}", e(&s.missing.join(", ")))
                };
                let _ = write!(out, "<li>{} ({status}{due}){missing}</li>", e(&s.node.title));
            }
            out.push_str("</ul>");
        }
        if !c.gaps.is_empty() {
            out.push_str("<p><b>Gaps:</b></p><ul>");
            for g in &c.gaps {
                let class = match g.severity {
                    Severity::Critical => "gap-critical",
                    Severity::Warning => "gap-warning",
                    Severity::Info => "gap-info",
                };
                let _ = write!(out, r#"<li class="{class}">{}</li>"#, e(&g.summary));
            }
            out.push_str("</ul>");
        }
        out.push_str("</div>");
    }
    out.push_str("</section>");
    out
}
