//! The pathway section of the patient page (`/ui/patients/{id}#navigation`): for each
//! cancer, the pathway graph with the patient's position highlighted, the route taken,
//! deviations, next steps and gaps. Server-rendered HTML, no outside assets.

use super::core::{Navigation, Severity};
use crate::twin::history::page::html_escape;
use crate::twin::necessity::evidence::{item_html, EvidenceIndex};
use oncotwin_pathway::{PathwaySet, Truth};
use std::fmt::Write;

/// Criteria evidence items shown per criterion; the rest are counted.
const EVIDENCE_SHOWN: usize = 4;

/// The evidence pointers the section shows (each next step's criteria): what the page's
/// [`EvidenceIndex`] needs to hold.
pub fn evidence_pointers(nav: &Navigation) -> Vec<String> {
    let steps = nav.cancers.iter().flat_map(|c| &c.next_steps);
    steps.flat_map(|s| &s.criteria).flat_map(|k| k.evidence.iter().take(EVIDENCE_SHOWN).cloned()).collect()
}

/// The `<section id="navigation">` for a navigation.
/// `evidence` shows the criteria's evidence as a reader reads it (value, date, kind, link).
pub fn section(nav: &Navigation, set: &PathwaySet, evidence: &EvidenceIndex) -> String {
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
        // What a navigator acts on first: the gaps, then the next steps with their criteria.
        if !c.gaps.is_empty() {
            out.push_str(r#"<h4>Care gaps</h4><ul class="gaps">"#);
            for g in &c.gaps {
                let class = match g.severity {
                    Severity::Critical => "gap-critical",
                    Severity::Warning => "gap-warning",
                    Severity::Info => "gap-info",
                };
                let _ = write!(
                    out,
                    r#"<li class="{class}">{} <span class="muted">(due {})</span></li>"#,
                    e(&g.summary),
                    g.due
                );
            }
            out.push_str("</ul>");
        }
        if !c.next_steps.is_empty() {
            out.push_str(r#"<h4>Next steps</h4><ul class="steps">"#);
            for s in &c.next_steps {
                let status = if s.status == Truth::Met { "criteria met" } else { "needs facts" };
                let due = match (s.due, &s.due_rule) {
                    (Some(d), Some(rule)) => format!(", due {d} <span class=\"muted\">({})</span>", e(rule)),
                    (Some(d), None) => format!(", due {d}"),
                    _ => String::new(),
                };
                let via = s
                    .via
                    .as_ref()
                    .map(|v| format!(" <span class=\"muted\">— an option of {}</span>", e(&v.title)))
                    .unwrap_or_default();
                let _ = write!(out, "<li><b>{}</b> ({status}{due}){via}", e(&s.node.title));
                if !s.criteria.is_empty() {
                    out.push_str(r#"<ul class="criteria">"#);
                    for k in &s.criteria {
                        let (mark, label) = match k.result {
                            Truth::Met => ("✓", "met"),
                            Truth::NotMet => ("✗", "not met"),
                            Truth::Unknown => ("?", "not documented"),
                        };
                        let why = if !k.missing.is_empty() {
                            format!(" — missing: {}", e(&k.missing.join(", ")))
                        } else if !k.evidence.is_empty() {
                            let shown: Vec<String> =
                                k.evidence.iter().take(EVIDENCE_SHOWN).map(|p| item_html(p, evidence)).collect();
                            let more = k.evidence.len().saturating_sub(EVIDENCE_SHOWN);
                            let more = if more > 0 {
                                format!(" <span class=\"muted\">and {more} more</span>")
                            } else {
                                String::new()
                            };
                            format!(" — {}{more}", shown.join(" "))
                        } else {
                            String::new()
                        };
                        let _ = write!(
                            out,
                            r#"<li><span class="crit-{label_class}" aria-hidden="true">{mark}</span><span class="visually-hidden">{label}:</span> <code>{}</code>{why}</li>"#,
                            e(&k.criterion),
                            label_class = label.replace(' ', "-"),
                        );
                    }
                    out.push_str("</ul>");
                }
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
        if let Some(p) = set.get(&c.pathway) {
            // The patient's route (every node passed) and where they are now, for the picture.
            let route: Vec<&str> = c.position.path.iter().flat_map(|s| s.nodes.iter().map(|n| n.id.as_str())).collect();
            let next: Vec<&str> = c.next_steps.iter().map(|s| s.node.id.as_str()).collect();
            // The SVG comes from our own renderer, which escapes every text it draws; it is
            // drawn at its own size (readable) in a viewport the page's script zooms and pans.
            let _ = write!(
                out,
                r#"<h4>Pathway</h4><div class="graph-tools" data-for="graph-{id}"><button type="button" data-zoom="1.25">Zoom in</button><button type="button" data-zoom="0.8">Zoom out</button><button type="button" data-zoom="fit">Whole graph</button><button type="button" data-zoom="here">Current position</button><label><input type="checkbox" data-focus checked> Dim steps off the patient's route</label></div><div class="graph focus" id="graph-{id}" tabindex="0" role="region" aria-label="{title} pathway: drag or scroll to pan" data-here="{here}" data-route="{route}" data-next="{next}">{svg}</div>"#,
                id = e(&c.pathway),
                title = e(&c.pathway_title),
                here = e(&here.join(" ")),
                route = e(&route.join(" ")),
                next = e(&next.join(" ")),
                svg = p.to_svg_highlighting(&here),
            );
        }
        if !c.position.path.is_empty() {
            out.push_str("<h4>Route taken</h4><ul>");
            for s in &c.position.path {
                let t: Vec<String> = s.nodes.iter().map(|n| e(&n.title)).collect();
                let _ = write!(out, "<li>{} — {}</li>", s.date, t.join(" / "));
            }
            out.push_str("</ul>");
        }
        if !c.position.deviations.is_empty() {
            out.push_str("<h4>Deviations</h4><ul>");
            for d in &c.position.deviations {
                let _ = write!(out, "<li>{} — {}</li>", d.date, e(&d.summary));
            }
            out.push_str("</ul>");
        }
        out.push_str("</div>");
    }
    out.push_str("</section>");
    out
}
