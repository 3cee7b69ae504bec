//! The workspaces people use in a browser: the front door (what this server is, sign in),
//! the navigators' worklist, and the shell every workspace page shares (header, navigation,
//! who is signed in, sign-out). Server-rendered HTML with no outside assets: the pages work
//! offline and inside an EHR frame, and every form carries its session's CSRF token.
//!
//! No HTTP here (`api::ui` serves these pages); every text from data is escaped.

pub mod desk;
pub mod front;
pub mod patient;
pub mod worklist;

pub use crate::twin::history::page::html_escape as escape;

/// Who is signed in, as the shell shows them.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The user (token subject).
    pub user: String,
    /// The one patient the session may see, if it is patient-scoped.
    pub patient: Option<String>,
    /// The token forms post back.
    pub csrf: String,
}

/// The style every workspace page shares.
const STYLE: &str = r#"
:root { --ink: #1a1a1a; --muted: #595959; --rule: #d0d0d0; --bg: #fff; --accent: #0b5cad; --soft: #f3f6fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f2a900; outline-offset: 1px; }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 5; }
header.shell { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; padding: 10px 20px; border-bottom: 1px solid var(--rule); background: var(--soft); }
header.shell .brand { font-weight: 700; font-size: 18px; color: var(--ink); text-decoration: none; }
header.shell nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 0; padding: 0; }
header.shell nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
header.shell .who { margin-left: auto; display: flex; align-items: center; gap: 10px; color: var(--muted); }
main { padding: 14px 20px 30px; max-width: 1400px; }
h1 { font-size: 22px; margin: 4px 0 10px; } h2 { font-size: 17px; margin: 18px 0 8px; }
.muted { color: var(--muted); }
button, .button { font: inherit; padding: 5px 12px; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
button.quiet { background: #fff; color: var(--accent); }
input, select { font: inherit; padding: 4px 6px; border: 1px solid #8a8a8a; border-radius: 4px; }
label { font-weight: 600; }
form.filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: flex-end; padding: 10px 12px; background: var(--soft); border: 1px solid var(--rule); border-radius: 6px; }
form.filters > div { display: flex; flex-direction: column; gap: 2px; }
table.items { border-collapse: collapse; width: 100%; margin-top: 12px; }
table.items th, table.items td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid var(--rule); }
table.items th { font-size: 13px; color: var(--muted); border-bottom: 2px solid var(--rule); }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge.critical { background: #fde2e1; color: #8a1212; } .badge.warning { background: #fff0d6; color: #6b3d00; } .badge.info { background: #e3eefb; color: #0b3d75; }
.badge.addressed { background: #e2f3e5; color: #155724; }
.overdue { color: #8a1212; font-weight: 600; }
form.mark { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
form.mark input[type=text] { min-width: 12em; flex: 1; }
nav.pages { display: flex; gap: 14px; align-items: center; margin-top: 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 14px; margin: 14px 0; }
.card { border: 1px solid var(--rule); border-radius: 8px; padding: 12px 16px; background: #fff; }
.card h2 { margin-top: 0; }
.notice { padding: 8px 12px; border-radius: 6px; background: #e2f3e5; border: 1px solid #9fd3a9; }
.notice.error { background: #fde2e1; border-color: #f0a8a4; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 700px) {
  table.items thead { display: none; }
  table.items tr { display: block; border-bottom: 2px solid var(--rule); padding: 6px 0; }
  table.items td { display: block; border: 0; padding: 3px 4px; }
  table.items td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  header.shell .who { margin-left: 0; }
}
"#;

/// Which workspace a page belongs to (its link is marked current).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workspace {
    Home,
    Worklist,
    Desk,
    Patient,
}

/// A whole page: the shell around `main_html` (which must be safe HTML).
pub fn page(title: &str, current: Workspace, who: Option<&SignedIn>, main_html: &str) -> String {
    let current_attr = |w: Workspace| if w == current { r#" aria-current="page""# } else { "" };
    let mut nav = String::new();
    if who.is_some() {
        nav = format!(
            r#"<nav aria-label="Workspaces"><ul><li><a href="/ui/worklist"{}>Navigator worklist</a></li><li><a href="/ui/necessity"{}>Prior-authorization desk</a></li></ul></nav>"#,
            current_attr(Workspace::Worklist),
            current_attr(Workspace::Desk),
        );
    }
    let who_html = match who {
        Some(w) => {
            let scope = match &w.patient {
                Some(p) => format!(" · patient {} only", escape(p)),
                None => String::new(),
            };
            format!(
                r#"<div class="who"><span>Signed in as <b>{}</b>{scope}</span><form method="post" action="/ui/signout">{}<button class="quiet" type="submit">Sign out</button></form></div>"#,
                escape(&w.user),
                csrf_field(&w.csrf)
            )
        }
        None => String::new(),
    };
    format!(
        r##"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — oncotwin</title>
<style>{STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="shell"><a class="brand" href="/"{home}>oncotwin</a>{nav}{who_html}</header>
<main id="main">
{main_html}
</main>
</body>
</html>
"##,
        title = escape(title),
        home = current_attr(Workspace::Home),
    )
}

/// Previous / "Page n of m" / Next links of a paged list at `path`; `query_of(page)` is the
/// query string of that page (empty when there is one page).
pub fn pages_nav(path: &str, page: i64, total: i64, per_page: i64, query_of: impl Fn(i64) -> String) -> String {
    let last = ((total + per_page - 1) / per_page).max(1);
    if last <= 1 {
        return String::new();
    }
    let mut out = String::from(r#"<nav class="pages" aria-label="Pages">"#);
    if page > 1 {
        out.push_str(&format!(r#"<a href="{path}?{}" rel="prev">Previous</a>"#, escape(&query_of(page - 1))));
    }
    out.push_str(&format!("<span>Page {page} of {last}</span>"));
    if page < last {
        out.push_str(&format!(r#"<a href="{path}?{}" rel="next">Next</a>"#, escape(&query_of(page + 1))));
    }
    out.push_str("</nav>");
    out
}

/// One `<option>` of a filter's `<select>`.
pub fn option(value: &str, label: &str, selected: bool) -> String {
    format!(
        r#"<option value="{}"{}>{}</option>"#,
        escape(value),
        if selected { " selected" } else { "" },
        escape(label)
    )
}

/// The hidden field that carries the CSRF token in a form.
pub fn csrf_field(token: &str) -> String {
    format!(r#"<input type="hidden" name="csrf" value="{}">"#, escape(token))
}

/// A page that says what went wrong, in the shell (no stack trace, no detail beyond `message`).
pub fn problem(status: u16, message: &str, who: Option<&SignedIn>) -> String {
    let title = match status {
        400 | 422 => "This request cannot be answered",
        403 => "Not allowed",
        404 => "Not found",
        _ => "Something went wrong",
    };
    page(
        title,
        Workspace::Home,
        who,
        &format!(
            r#"<h1>{}</h1><p class="notice error" role="alert">{}</p><p><a href="/">Back to the start</a></p>"#,
            escape(title),
            escape(message)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_link_to_their_neighbours_only() {
        assert_eq!(pages_nav("/ui/worklist", 1, 25, 25, |p| format!("page={p}")), "", "one page: no links");
        let first = pages_nav("/ui/worklist", 1, 60, 25, |p| format!("cancer=breast&page={p}"));
        assert!(
            first.contains("Page 1 of 3")
                && first.contains(r#"href="/ui/worklist?cancer=breast&amp;page=2" rel="next""#),
            "{first}"
        );
        assert!(!first.contains("rel=\"prev\""), "{first}");
        let last = pages_nav("/ui/necessity", 3, 60, 25, |p| format!("page={p}"));
        assert!(last.contains(r#"href="/ui/necessity?page=2" rel="prev""#) && !last.contains("rel=\"next\""), "{last}");
    }

    #[test]
    fn every_page_escapes_what_it_is_given() {
        let who = SignedIn { user: "<b>Eve</b>".into(), patient: Some("p\"1".into()), csrf: "t<".into() };
        let html = page("A <title>", Workspace::Worklist, Some(&who), "<p>safe</p>");
        assert!(
            html.contains("&lt;b&gt;Eve&lt;/b&gt;")
                && html.contains("patient p&quot;1 only")
                && html.contains(r#"value="t&lt;""#)
        );
        assert!(
            html.contains("<title>A &lt;title&gt; — oncotwin</title>")
                && html.contains(r#"aria-current="page">Navigator worklist"#)
        );
        let problem = problem(404, "No <patient>", None);
        assert!(problem.contains("No &lt;patient&gt;") && !problem.contains("Sign out"));
    }
}
