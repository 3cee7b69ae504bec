//! The HTML timeline page (`/ui/patients/{id}`): the timeline document embedded as JSON and
//! drawn client-side as an SVG with swim lanes (diagnosis & staging, systemic therapy by
//! line, surgery, radiotherapy, biomarkers, imaging). Hover shows a tooltip; click opens the
//! details with links to the source FHIR resources. No outside assets: the page works
//! offline and inside an EHR frame.

use super::document::TimelineDocument;

const TEMPLATE: &str = include_str!("timeline.html");

/// Lane colours, shared with the tests that look for them in screenshots.
pub const LANE_COLOURS: &[(&str, &str)] = &[
    ("diagnosis", "#6a3d9a"),
    ("chemotherapy", "#e31a1c"),
    ("targeted", "#1f78b4"),
    ("immunotherapy", "#33a02c"),
    ("endocrine", "#ff7f00"),
    ("surgery", "#8c510a"),
    ("radiotherapy", "#e7298a"),
    ("biomarker", "#01665e"),
    ("imaging", "#737373"),
];

/// Renders the page for one patient.
pub fn render(doc: &TimelineDocument, fhir_base: &str) -> String {
    render_with(doc, fhir_base, "")
}

/// Renders the page with a server-rendered section below the timeline (the care-navigation
/// twin's pathway position), which must be safe HTML.
pub fn render_with(doc: &TimelineDocument, fhir_base: &str, section: &str) -> String {
    let json = serde_json::to_string(doc).unwrap_or_else(|_| "{}".into());
    // Inside <script>, "</" would end the element early.
    let json = json.replace("</", "<\\/");
    let colours = serde_json::to_string(
        &LANE_COLOURS.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<std::collections::BTreeMap<_, _>>(),
    )
    .unwrap_or_default();
    fill(
        TEMPLATE,
        &[
            ("{{PATIENT_ID}}", &html_escape(&doc.patient_id)),
            ("{{FHIR_BASE}}", &html_escape(fhir_base)),
            ("{{COLOURS}}", &colours),
            ("{{NAVIGATION}}", section),
            ("{{TIMELINE_JSON}}", &json),
        ],
    )
}

/// The template with its placeholders filled in one pass: a value is never scanned again,
/// so record text that reads like a placeholder (`{{TIMELINE_JSON}}` in a label) stays text.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(at) = rest.find("{{") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match values.iter().find(|(k, _)| rest.starts_with(k)) {
            Some((k, v)) => {
                out.push_str(v);
                rest = &rest[k.len()..];
            }
            None => {
                out.push_str("{{");
                rest = &rest[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod fill_tests {
    #[test]
    fn a_value_that_reads_like_a_placeholder_stays_text() {
        let filled = super::fill("<p>{{A}}</p><script>{{B}}</script>{{C}}", &[("{{A}}", "{{B}}"), ("{{B}}", "json")]);
        assert_eq!(filled, "<p>{{B}}</p><script>json</script>{{C}}");
    }
}
