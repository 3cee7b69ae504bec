//! The HTML view of a decision: outcome, reasons, what to document, and the checklist tree
//! with every leaf's result and evidence — what a prior-authorization reviewer reads.

use super::checklist::{Check, Combine};
use super::evidence::EvidenceIndex;
use super::{Candidate, Decision, Verdict};
use crate::store::Determination;
use crate::twin::history::page::html_escape as esc;
use oncotwin_pathway::criteria::Truth;
use std::fmt::Write;

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:960px;color:#1d2430;padding:0 1rem}\
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #dde2ea;padding-bottom:.2rem}\
.badge{display:inline-block;padding:.15rem .6rem;border-radius:1rem;font-weight:600;font-size:.85rem}\
.supported{background:#dff3e4;color:#14532d}.needs-documentation{background:#fff1cc;color:#713f12}\
.refer-to-reviewer{background:#e5e9ff;color:#1e3a8a}ul.tree{list-style:none;padding-left:1.2rem;margin:.2rem 0}\
ul.tree>li{margin:.25rem 0}.r{display:inline-block;width:5.5rem;font-size:.78rem;font-weight:600;text-transform:uppercase}\
.met{color:#15803d}.not_met{color:#b91c1c}.unknown{color:#854d0e}.ev{color:#475569;font-size:.82rem;margin-left:5.7rem}\
code{background:#f1f4f9;padding:0 .25rem;border-radius:3px}details.candidate{border-top:1px solid #e2e8f0;padding:.4rem 0}details.candidate summary{cursor:pointer;font-weight:600}.meta{color:#475569;font-size:.85rem}\
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eef1f5;text-align:left;font-size:.9rem}\
.det-approved{background:#dff3e4;color:#14532d}.det-pended{background:#fff1cc;color:#713f12}.det-denied{background:#fde2e2;color:#7f1d1d}\
form.card{border:1px solid #dde2ea;border-radius:6px;padding:.6rem 1rem;margin:.6rem 0}fieldset{border:0;padding:0;margin:0}legend{font-weight:600}\
.evi{display:inline-block;margin-right:.8rem}.evi q{color:#1d2430}mark{background:#fff1a8;padding:0 .1rem}.notice.error{background:#fde2e2;color:#7f1d1d;padding:.4rem .8rem;border-radius:4px}button{font:inherit;padding:.3rem .9rem}";

fn truth_class(t: Truth) -> (&'static str, &'static str) {
    match t {
        Truth::Met => ("met", "met"),
        Truth::NotMet => ("not_met", "not met"),
        Truth::Unknown => ("unknown", "unknown"),
    }
}

/// Evidence items shown per criterion; the rest are counted (the JSON decision has them all).
pub(crate) const EVIDENCE_SHOWN: usize = 6;

/// A criterion's evidence: the first few items and how many more there are. A prior-therapy
/// criterion can rest on hundreds of administrations; listing each buried the page (2.4 MB,
/// 48,000 elements for one trastuzumab deruxtecan request on a Synthea patient).
fn evidence_list(evidence: &[String], index: &EvidenceIndex) -> String {
    let mut shown: Vec<String> =
        evidence.iter().take(EVIDENCE_SHOWN).map(|e| super::evidence::item_html(e, index)).collect();
    if evidence.len() > EVIDENCE_SHOWN {
        shown.push(format!("<span class=meta>and {} more</span>", evidence.len() - EVIDENCE_SHOWN));
    }
    shown.join(" ")
}

fn render_check(out: &mut String, c: &Check, index: &EvidenceIndex) {
    let (class, word) = truth_class(c.result);
    let label = match c.combine {
        Combine::Leaf => format!("<code>{}</code>", esc(&c.label)),
        Combine::All | Combine::Any | Combine::Not => format!("<b>{}</b>", esc(&c.label)),
    };
    let _ = write!(out, "<li data-check=\"{}\"><span class=\"r {class}\">{word}</span>{label}", esc(&c.id));
    if c.combine == Combine::Leaf {
        if !c.evidence.is_empty() {
            let _ = write!(out, "<div class=ev>evidence: {}</div>", evidence_list(&c.evidence, index));
        }
        if !c.missing.is_empty() {
            let _ = write!(out, "<div class=ev>missing: {}</div>", esc(&c.missing.join(", ")));
        }
    }
    if !c.children.is_empty() {
        out.push_str("<ul class=tree>");
        // "Any of" many alternatives (every route to a node: hundreds for a drug given in
        // many lines): the few that decide it — the ones with its own result — are shown,
        // the others counted (the JSON decision has them all).
        let shown: Vec<&Check> = if c.combine == Combine::Any && c.children.len() > ALTERNATIVES_SHOWN {
            c.children.iter().filter(|k| k.result == c.result).take(ALTERNATIVES_SHOWN).collect()
        } else {
            c.children.iter().collect()
        };
        for child in &shown {
            render_check(out, child, index);
        }
        if shown.len() < c.children.len() {
            let _ = write!(
                out,
                "<li class=meta>and {} other alternatives, not shown (all are in the decision's JSON)</li>",
                c.children.len() - shown.len()
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>");
}

/// Alternatives of an "any of" shown before the rest are counted.
const ALTERNATIVES_SHOWN: usize = 3;

fn render_candidate(out: &mut String, c: &Candidate, chosen: bool, index: &EvidenceIndex) {
    let (class, word) = truth_class(c.result);
    let _ = write!(
        out,
        "<h2>{}{} <span class=\"r {class}\">{word}</span></h2><p class=meta>Pathway <code>{}</code> {} · node <code>{}</code> · {:?}</p>",
        if chosen { "▶ " } else { "" },
        esc(&c.title),
        esc(&c.pathway),
        esc(&c.pathway_version),
        esc(&c.node),
        c.category
    );
    out.push_str("<ul class=tree>");
    render_check(out, &c.checklist, index);
    out.push_str("</ul><p class=meta>Sources: ");
    out.push_str(&c.sources.iter().map(|s| esc(s)).collect::<Vec<_>>().join("; "));
    out.push_str("</p>");
}

/// The reviewer's part of the page: the determinations recorded (oldest first) and, for a
/// signed-in reviewer, the form's CSRF token.
#[derive(Debug, Default)]
pub struct Review<'a> {
    pub determinations: &'a [Determination],
    /// `Some` when the reader may record a determination (a session with a reviewer's scopes).
    pub csrf: Option<&'a str>,
    /// A refusal of the last form post, shown above the form.
    pub error: Option<&'a str>,
    /// The evidence pointers as a reviewer reads them.
    pub evidence: EvidenceIndex,
}

fn render_review(out: &mut String, d: &Decision, review: &Review<'_>) {
    out.push_str("<section aria-labelledby=review-title class=review><h2 id=review-title>Reviewer determination</h2>");
    match review.determinations.last() {
        Some(h) => {
            let _ = write!(
                out,
                "<p id=determination><span class=\"badge det-{kind}\">{label}</span> by <b>{who}</b> on {at}: {reason}</p>",
                kind = esc(&h.determination),
                label = esc(super::determination::label(&h.determination)),
                who = esc(&h.reviewer),
                at = esc(&h.recorded_at[..h.recorded_at.len().min(16)].replace('T', " ")),
                reason = esc(&h.reason),
            );
            if review.determinations.len() > 1 {
                out.push_str("<details><summary>Earlier determinations</summary><ul>");
                for e in review.determinations.iter().rev().skip(1) {
                    let _ = write!(
                        out,
                        "<li>{} by {} on {}: {}</li>",
                        esc(super::determination::label(&e.determination)),
                        esc(&e.reviewer),
                        esc(&e.recorded_at[..e.recorded_at.len().min(16)].replace('T', " ")),
                        esc(&e.reason)
                    );
                }
                out.push_str("</ul></details>");
            }
        }
        None => out.push_str("<p id=determination class=meta>No reviewer has recorded a determination. The twin's outcome above is a recommendation.</p>"),
    }
    if let Some(error) = review.error {
        let _ = write!(out, "<p class=\"notice error\" role=alert>{}</p>", esc(error));
    }
    if let Some(csrf) = review.csrf {
        let mut choices = String::new();
        for (i, (kind, label)) in super::determination::KINDS.iter().enumerate() {
            let _ = write!(
                choices,
                "<div><input type=radio id=det-{i} name=determination value={kind} required> <label for=det-{i}>{label}</label></div>"
            );
        }
        let _ = write!(
            out,
            "<form method=post action=\"/ui/necessity/{id}/determination\" class=card aria-label=\"Record a determination\">\
             <input type=hidden name=csrf value=\"{csrf}\"><fieldset><legend>Your determination</legend>{choices}</fieldset>\
             <p><label for=det-reason>Reason</label><br><textarea id=det-reason name=reason required maxlength={max} rows=3 cols=70></textarea></p>\
             <p><button type=submit>Sign and record</button> <span class=meta>Signed with your name and the time; kept beside the twin's recommendation, which does not change.</span></p></form>",
            id = esc(&d.id),
            csrf = esc(csrf),
            max = super::determination::REASON_MAX,
        );
    }
    out.push_str("</section>");
}

/// The whole page.
pub fn render(d: &Decision) -> String {
    render_reviewed(d, &Review::default())
}

/// The whole page with the reviewer's part.
pub fn render_reviewed(d: &Decision, review: &Review<'_>) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let verdict = d.outcome.as_str();
    let _ = write!(
        out,
        "<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport content=\"width=device-width\">\
         <title>Necessity decision {id}</title><style>{STYLE}</style><body>\
         <nav class=meta aria-label=Workspaces><a href=\"/\">oncotwin</a> · <a href=\"/ui/necessity\">Prior-authorization desk</a> · <a href=\"/ui/worklist\">Navigator worklist</a></nav><main>\
         <p class=meta>oncotwin medical-necessity decision <code>{id}</code></p>\
         <h1>{name} <span class=\"badge {verdict}\" id=outcome>{verdict}</span></h1>\
         <p>{summary}</p><table><tr><th>Patient</th><td><code>{patient}</code></td></tr>\
         <tr><th>Service</th><td>{system} <code>{code}</code></td></tr><tr><th>As of</th><td>{as_of}</td></tr>\
         <tr><th>Pathways</th><td>{version}</td></tr><tr><th>Decided</th><td>{created} in {us} µs</td></tr>\
         <tr><th>Inputs hash</th><td><code>{hash}</code></td></tr></table>",
        id = esc(&d.id),
        name = esc(&d.service.name()),
        summary = esc(&d.summary),
        patient = esc(&d.patient_id),
        system = d.service.system_label(),
        code = esc(&d.service.code),
        as_of = d.as_of,
        version = esc(&d.pathway_version),
        created = esc(&d.created_at),
        us = d.elapsed_us,
        hash = esc(&d.inputs_hash),
    );
    render_review(&mut out, d, review);
    out.push_str("<h2>Why</h2><ul>");
    for r in &d.reasons {
        let _ = write!(out, "<li>{}</li>", esc(r));
    }
    out.push_str("</ul>");
    if d.outcome == Verdict::NeedsDocumentation {
        out.push_str("<h2>Documentation needed</h2><ul id=missing>");
        for m in &d.missing {
            let _ = write!(out, "<li>{} <span class=meta>(<code>{}</code>)</span></li>", esc(&m.message), esc(&m.fact));
        }
        out.push_str("</ul>");
    }
    if !d.contradicted.is_empty() {
        out.push_str("<h2>Contradicted by the record</h2><ul id=contradicted>");
        for c in &d.contradicted {
            let _ = write!(
                out,
                "<li><code>{}</code> — {}</li>",
                esc(&c.criterion),
                evidence_list(&c.evidence, &review.evidence)
            );
        }
        out.push_str("</ul>");
    }
    let inferred = d.inferred_facts();
    if !inferred.is_empty() {
        out.push_str("<h2>Inferred from the chart</h2><ul id=inferred>");
        for line in &inferred {
            let _ = write!(out, "<li>{}</li>", esc(line));
        }
        out.push_str("</ul>");
    }
    let conflicts = d.fact_conflicts();
    if !conflicts.is_empty() {
        out.push_str("<h2>Documented values the chart contradicts</h2><ul id=conflicts>");
        for line in &conflicts {
            let _ = write!(out, "<li>{}</li>", esc(line));
        }
        out.push_str("</ul>");
    }
    if d.candidates.is_empty() {
        out.push_str(
            "<h2>Checklist</h2><p>No pathway node supports this service: it is off-pathway, so a reviewer decides.</p>",
        );
    }
    // The node the decision rests on first and open; the other candidates folded (a drug on
    // many nodes would otherwise bury the one that matters under thousands of lines).
    let order: Vec<usize> =
        d.chosen.into_iter().chain((0..d.candidates.len()).filter(|i| d.chosen != Some(*i))).collect();
    for (n, i) in order.into_iter().enumerate() {
        let c = &d.candidates[i];
        let chosen = d.chosen == Some(i);
        if chosen || (d.chosen.is_none() && n == 0) {
            render_candidate(&mut out, c, chosen, &review.evidence);
        } else {
            let (class, word) = truth_class(c.result);
            let _ = write!(
                out,
                "<details class=candidate><summary>{} <span class=\"r {class}\">{word}</span> <span class=meta>{} · {}</span></summary>",
                esc(&c.title),
                esc(&c.pathway),
                esc(&c.node)
            );
            render_candidate(&mut out, c, false, &review.evidence);
            out.push_str("</details>");
        }
    }
    out.push_str("<p class=meta>oncotwin never denies: it supports, asks for documentation, or refers to a human reviewer.</p></main></body></html>");
    out
}

/// The decision as text for the terminal: outcome, reasons, what to document, the chosen
/// node's checklist with each leaf's evidence.
pub fn text(d: &Decision) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", d.summary);
    let _ = writeln!(out, "outcome   {}", d.outcome.as_str());
    let _ = writeln!(out, "decision  {} ({} µs)", d.id, d.elapsed_us);
    let _ = writeln!(out, "patient   {}   as of {}", d.patient_id, d.as_of);
    let _ = writeln!(out, "service   {} {} ({})", d.service.system_label(), d.service.code, d.service.name());
    let _ = writeln!(out, "pathways  {}", d.pathway_version);
    for r in &d.reasons {
        let _ = writeln!(out, "why       {r}");
    }
    for m in &d.missing {
        let _ = writeln!(out, "document  {} ({})", m.message, m.fact);
    }
    for line in d.inferred_facts() {
        let _ = writeln!(out, "inferred  {line}");
    }
    for line in d.fact_conflicts() {
        let _ = writeln!(out, "conflict  {line}");
    }
    if let Some(c) = d.chosen() {
        let _ = writeln!(out, "\nchecklist of {}/{} — {}", c.pathway, c.node, c.title);
        text_check(&mut out, &c.checklist, 0);
        let _ = writeln!(out, "sources   {}", c.sources.join("; "));
    }
    out
}

fn text_check(out: &mut String, c: &Check, depth: usize) {
    let mark = match c.result {
        Truth::Met => "[met]    ",
        Truth::NotMet => "[NOT MET]",
        Truth::Unknown => "[unknown]",
    };
    let _ = writeln!(out, "{mark} {:indent$}{} {}", "", c.id, c.label, indent = depth * 2);
    if c.combine == Combine::Leaf {
        if !c.evidence.is_empty() {
            let _ = writeln!(out, "{:indent$}evidence: {}", "", c.evidence.join(", "), indent = depth * 2 + 12);
        }
        if !c.missing.is_empty() {
            let _ = writeln!(out, "{:indent$}missing: {}", "", c.missing.join(", "), indent = depth * 2 + 12);
        }
    }
    for child in &c.children {
        text_check(out, child, depth + 1);
    }
}
