//! The navigators' worklist page (`/ui/worklist`): every open care gap and upcoming step
//! across patients, with filters (cancer, kind, due before, open or addressed), counts beside
//! each choice, sort by due date or patient, paging; each row opens the patient's navigation
//! and can be marked addressed with a note (or reopened).

use super::patient::PatientCard;
use super::{csrf_field, escape, option, page, SignedIn, Workspace};
use crate::twin::navigation::{WorklistCounts, WorklistPage};
use serde_json::Value;
use std::collections::HashMap;

/// Rows per page.
pub const PAGE_SIZE: i64 = 25;

/// The kinds of work item, as the page names them.
pub const KINDS: &[(&str, &str)] = &[
    ("overdue_step", "Overdue step"),
    ("missing_workup", "Missing workup"),
    ("stale_fact", "Stale result"),
    ("upcoming_step", "Upcoming step"),
];

/// The choices of one worklist view, as the page's query string gives them (none is PHI).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorklistChoices {
    pub cancer: Option<String>,
    pub kind: Option<String>,
    pub due_before: Option<String>,
    /// A care-team member (`Practitioner/abc`): only that member's patients.
    pub team: Option<String>,
    /// `open` (default), `addressed` or `all`.
    pub status: String,
    /// `due` (default) or `patient`.
    pub sort: String,
    /// 1-based.
    pub page: i64,
}

impl WorklistChoices {
    /// The query string of this view (to link to it, or to come back after a form).
    pub fn query(&self) -> String {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in
            [("cancer", &self.cancer), ("kind", &self.kind), ("due_before", &self.due_before), ("team", &self.team)]
        {
            if let Some(v) = v {
                q.append_pair(k, v);
            }
        }
        if self.status != "open" {
            q.append_pair("status", &self.status);
        }
        if self.sort != "due" {
            q.append_pair("sort", &self.sort);
        }
        if self.page > 1 {
            q.append_pair("page", &self.page.to_string());
        }
        q.finish()
    }

    fn with_page(&self, page: i64) -> String {
        let mut other = self.clone();
        other.page = page;
        other.query()
    }
}

/// Everything the page shows.
pub struct WorklistView<'a> {
    pub who: &'a SignedIn,
    pub choices: &'a WorklistChoices,
    /// Pathway id and title of each cancer.
    pub cancers: Vec<(String, String)>,
    pub page: &'a WorklistPage,
    pub counts: &'a WorklistCounts,
    pub patients: &'a HashMap<String, PatientCard>,
    /// A line after a form was posted ("Marked addressed.").
    pub notice: Option<&'a str>,
}

fn kind_label(kind: &str) -> &str {
    KINDS.iter().find(|(k, _)| *k == kind).map_or(kind, |(_, label)| label)
}

/// The page.
pub fn render(view: &WorklistView<'_>) -> String {
    let mut main = String::from("<h1>Navigator worklist</h1>");
    let scope = match &view.who.patient {
        Some(p) => format!(" This session sees patient {} only.", escape(p)),
        None => String::new(),
    };
    main.push_str(&format!(
        r#"<p class="muted">Care gaps and due steps across patients as of {}, computed from each patient's record against the care pathway.{scope}</p>"#,
        view.page.as_of
    ));
    if let Some(notice) = view.notice {
        main.push_str(&format!(r#"<p class="notice" role="status">{}</p>"#, escape(notice)));
    }
    main.push_str(&filters(view));
    let shown = view.page.items.len() as i64;
    let first = if shown == 0 { 0 } else { view.page.offset + 1 };
    main.push_str(&format!(
        r#"<p id="summary" aria-live="polite"><b>{}</b> item{} match{}{}</p>"#,
        view.page.total,
        if view.page.total == 1 { "" } else { "s" },
        if view.page.total == 1 { "es" } else { "" },
        if shown > 0 { format!(" — showing {first}–{}", view.page.offset + shown) } else { String::new() }
    ));
    if shown == 0 {
        main.push_str(r#"<p class="muted">Nothing to do for this selection.</p>"#);
    } else {
        main.push_str(&table(view));
    }
    main.push_str(&pages(view));
    page("Navigator worklist", Workspace::Worklist, Some(view.who), &main)
}

fn filters(view: &WorklistView<'_>) -> String {
    let c = view.choices;
    let mut cancer = option("", "All cancers", c.cancer.is_none());
    for (id, title) in &view.cancers {
        let n = view.counts.by_cancer.get(id).copied().unwrap_or(0);
        cancer.push_str(&option(id, &format!("{title} ({n})"), c.cancer.as_deref() == Some(id)));
    }
    let gaps: i64 = view.counts.by_kind.iter().filter(|(k, _)| *k != "upcoming_step").map(|(_, n)| n).sum();
    let mut kind = option("", &format!("Every care gap ({gaps})"), c.kind.is_none());
    for (k, label) in KINDS {
        let n = view.counts.by_kind.get(*k).copied().unwrap_or(0);
        kind.push_str(&option(k, &format!("{label} ({n})"), c.kind.as_deref() == Some(k)));
    }
    // The care team, where the data has one (the members of active CareTeams and general
    // practitioners); a chosen member no longer in the selection stays choosable.
    let mut team = option("", "Every care team", c.team.is_none());
    for t in &view.counts.by_team {
        team.push_str(&option(&t.member, &format!("{} ({})", t.name, t.items), c.team.as_deref() == Some(&t.member)));
    }
    if let Some(chosen) = c.team.as_deref().filter(|t| !view.counts.by_team.iter().any(|x| x.member == *t)) {
        team.push_str(&option(chosen, &format!("{chosen} (0)"), true));
    }
    let status = [("open", "Open"), ("addressed", "Addressed"), ("all", "Open and addressed")]
        .iter()
        .map(|(v, l)| option(v, l, c.status == *v))
        .collect::<String>();
    let sort = [("due", "Due date"), ("patient", "Patient")]
        .iter()
        .map(|(v, l)| option(v, l, c.sort == *v))
        .collect::<String>();
    format!(
        r#"<form class="filters" method="get" action="/ui/worklist" aria-label="Filter the worklist">
<div><label for="f-cancer">Cancer</label><select id="f-cancer" name="cancer">{cancer}</select></div>
<div><label for="f-kind">Kind</label><select id="f-kind" name="kind">{kind}</select></div>
<div><label for="f-team">Care team</label><select id="f-team" name="team">{team}</select></div>
<div><label for="f-due">Due before</label><input id="f-due" name="due_before" type="date" value="{due}"></div>
<div><label for="f-status">Status</label><select id="f-status" name="status">{status}</select></div>
<div><label for="f-sort">Sort by</label><select id="f-sort" name="sort">{sort}</select></div>
<div><button type="submit">Apply</button></div>
<div><a href="/ui/worklist">Clear</a></div>
</form>"#,
        due = escape(c.due_before.as_deref().unwrap_or("")),
    )
}

fn table(view: &WorklistView<'_>) -> String {
    let mut out = String::from(
        r#"<table class="items"><caption class="visually-hidden">Work items</caption><thead><tr><th scope="col">Due</th><th scope="col">Patient</th><th scope="col">Cancer</th><th scope="col">What</th><th scope="col">Action</th></tr></thead><tbody>"#,
    );
    let titles: HashMap<&str, &str> = view.cancers.iter().map(|(id, t)| (id.as_str(), t.as_str())).collect();
    let back = view.choices.query();
    for item in &view.page.items {
        let s = |k: &str| item[k].as_str().unwrap_or("");
        let patient_id = s("patient_id");
        let card = view
            .patients
            .get(patient_id)
            .cloned()
            .unwrap_or_else(|| PatientCard { id: patient_id.into(), ..Default::default() });
        let days = item["days_overdue"].as_i64().unwrap_or(0);
        let due = if days > 0 {
            format!(
                r#"{}<br><span class="overdue">{days} day{} overdue</span>"#,
                escape(s("due")),
                if days == 1 { "" } else { "s" }
            )
        } else {
            escape(s("due"))
        };
        let mut who = format!(
            r#"<a href="/ui/patients/{id}#navigation">{name}</a>"#,
            id = escape(patient_id),
            name = escape(&card.display_name())
        );
        let born: Vec<String> =
            [card.birth_date.as_ref().map(|b| format!("born {b}")), card.mrn.as_ref().map(|m| format!("MRN {m}"))]
                .into_iter()
                .flatten()
                .collect();
        if !born.is_empty() {
            who.push_str(&format!(r#"<br><span class="muted">{}</span>"#, escape(&born.join(" · "))));
        }
        let severity = s("severity");
        let facts: Vec<&str> = item["facts"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let facts = if facts.is_empty() {
            String::new()
        } else {
            format!(r#"<br><span class="muted">Facts: {}</span>"#, escape(&facts.join(", ")))
        };
        let what = format!(
            r#"<span class="badge {sev}">{kind}</span> {summary}{facts}"#,
            sev = escape(severity),
            kind = escape(kind_label(s("kind"))),
            summary = escape(s("summary")),
        );
        let action = match item.get("addressed").filter(|a| !a.is_null()) {
            Some(a) => {
                let at = a["at"].as_str().unwrap_or("");
                format!(
                    r#"<span class="badge addressed">Addressed</span> {date} by {by}{note}
<form method="post" action="/ui/worklist/reopen" class="mark">{csrf}<input type="hidden" name="patient" value="{p}"><input type="hidden" name="key" value="{k}"><input type="hidden" name="back" value="{back}"><button class="quiet" type="submit">Reopen</button></form>"#,
                    date = escape(at.get(..10).unwrap_or(at)),
                    by = escape(a["by"].as_str().unwrap_or("")),
                    note = match a["note"].as_str().filter(|n| !n.is_empty()) {
                        Some(n) => format!(": “{}”", escape(n)),
                        None => String::new(),
                    },
                    csrf = csrf_field(&view.who.csrf),
                    p = escape(patient_id),
                    k = escape(s("key")),
                    back = escape(&back),
                )
            }
            None if view.who.patient.is_none() => {
                let field = format!("note-{}-{}", escape(patient_id), escape(s("key")));
                format!(
                    r#"<form method="post" action="/ui/worklist/addressed" class="mark">{csrf}<input type="hidden" name="patient" value="{p}"><input type="hidden" name="key" value="{k}"><input type="hidden" name="back" value="{back}"><label class="visually-hidden" for="{field}">What was done</label><input id="{field}" name="note" type="text" maxlength="500" placeholder="What was done (optional)"><button type="submit">Mark addressed</button></form>"#,
                    csrf = csrf_field(&view.who.csrf),
                    p = escape(patient_id),
                    k = escape(s("key")),
                    back = escape(&back),
                )
            }
            None => r#"<span class="muted">Open</span>"#.to_string(),
        };
        out.push_str(&format!(
            r#"<tr data-key="{key}"><td data-label="Due">{due}</td><td data-label="Patient">{who}</td><td data-label="Cancer">{cancer}</td><td data-label="What">{what}</td><td data-label="Action">{action}</td></tr>"#,
            key = escape(s("key")),
            cancer = escape(titles.get(s("pathway")).copied().unwrap_or(s("pathway"))),
        ));
    }
    out.push_str("</tbody></table>");
    out
}

fn pages(view: &WorklistView<'_>) -> String {
    let c = view.choices;
    super::pages_nav("/ui/worklist", c.page, view.page.total, PAGE_SIZE, |p| c.with_page(p))
}
