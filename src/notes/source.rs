//! The text of a note-bearing resource: DocumentReference attachments (inline base64 or a
//! `Binary` reference), DiagnosticReport `presentedForm` and `conclusion`, Composition
//! section narratives. text/plain and markdown are kept as written; HTML is stripped to text.

use super::Note;
use crate::twin::history::normalise::fhir_date;
use base64::Engine;
use serde_json::Value;

/// The resource types notes are read from.
pub const NOTE_TYPES: &[&str] = &["DocumentReference", "DiagnosticReport", "Composition"];

/// One attachment: its data inline, or a reference to a stored Binary.
#[derive(Debug, Clone, PartialEq)]
pub enum Attachment {
    Inline { content_type: String, data: String },
    Binary { content_type: String, id: String },
}

/// Whether a resource holds note text worth a job (cheap: ingest calls it on every write).
pub fn has_note(resource_type: &str, resource: &Value) -> bool {
    match resource_type {
        "DocumentReference" => !attachments(resource_type, resource).is_empty(),
        "DiagnosticReport" => {
            resource["conclusion"].as_str().is_some_and(|c| !c.trim().is_empty())
                || !attachments(resource_type, resource).is_empty()
        }
        "Composition" => resource["section"].as_array().is_some_and(|s| !s.is_empty()),
        _ => false,
    }
}

/// The patient whose note extraction a resource queues: its compartment's patient, when it
/// holds note text (ingest's writes and `rebuild` both ask).
pub fn note_patient(resource_type: &str, patient_id: Option<&str>, resource: &Value) -> Option<String> {
    patient_id.filter(|_| has_note(resource_type, resource)).map(str::to_string)
}

/// The textual attachments of a DocumentReference or a DiagnosticReport's presentedForm.
pub fn attachments(resource_type: &str, resource: &Value) -> Vec<Attachment> {
    let forms: Vec<&Value> = match resource_type {
        "DocumentReference" => resource["content"].as_array().into_iter().flatten().map(|c| &c["attachment"]).collect(),
        "DiagnosticReport" => resource["presentedForm"].as_array().into_iter().flatten().collect(),
        _ => Vec::new(),
    };
    forms
        .into_iter()
        .filter_map(|a| {
            let content_type = a["contentType"].as_str().unwrap_or("text/plain").to_ascii_lowercase();
            if !is_text_type(&content_type) {
                return None;
            }
            if let Some(data) = a["data"].as_str() {
                return Some(Attachment::Inline { content_type, data: data.to_string() });
            }
            let url = a["url"].as_str()?;
            let id = url.rsplit_once("Binary/").map(|(_, id)| id.trim_end_matches('/'))?;
            (!id.is_empty() && !id.contains('/')).then(|| Attachment::Binary { content_type, id: id.to_string() })
        })
        .collect()
}

fn is_text_type(content_type: &str) -> bool {
    let base = content_type.split(';').next().unwrap_or("").trim();
    matches!(base, "text/plain" | "text/markdown" | "text/x-markdown" | "text/html" | "application/xhtml+xml" | "")
}

/// Why a resource gave no readable note.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum NoteError {
    #[error("no textual content (attachments must be text/plain, text/markdown or text/html)")]
    NoText,
    #[error("attachment data is not valid base64")]
    BadBase64,
    #[error("attachment is not UTF-8 text")]
    NotUtf8,
    #[error("referenced Binary/{0} is not stored")]
    MissingBinary(String),
    #[error("the resource has no date to read the note against")]
    NoDate,
    #[error("stored JSON: {0}")]
    StoredJson(String),
}

/// Decodes one attachment's data (base64) to text, stripping HTML.
pub fn decode(content_type: &str, data: &str) -> Result<String, NoteError> {
    let cleaned: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD.decode(cleaned).map_err(|_| NoteError::BadBase64)?;
    let text = String::from_utf8(bytes).map_err(|_| NoteError::NotUtf8)?;
    Ok(if is_html(content_type, &text) { strip_html(&text) } else { text })
}

fn is_html(content_type: &str, text: &str) -> bool {
    content_type.contains("html") || text.trim_start().starts_with("<div") || text.trim_start().starts_with("<html")
}

/// The stored note-bearing resource `resource_type/id` read as a note, with the Binary
/// resources its attachments point to (read from the store too); `None` when the resource
/// is not stored.
pub async fn stored_note(
    store: &crate::store::Store,
    resource_type: &str,
    id: &str,
) -> Result<Option<Result<Note, NoteError>>, crate::store::StoreError> {
    let Some(stored) = store.read(resource_type, id).await? else { return Ok(None) };
    let content: Value = match serde_json::from_str(&stored.content) {
        Ok(v) => v,
        Err(e) => return Ok(Some(Err(NoteError::StoredJson(e.to_string())))),
    };
    let mut binaries = std::collections::HashMap::new();
    for a in attachments(resource_type, &content) {
        if let Attachment::Binary { id, .. } = a {
            if let Some(b) = store.read("Binary", &id).await? {
                if let Ok(v) = serde_json::from_str::<Value>(&b.content) {
                    binaries.insert(id, v);
                }
            }
        }
    }
    Ok(Some(note_of(resource_type, id, &content, &|bid| binaries.get(bid).cloned())))
}

/// The note of a resource. `binary` answers a Binary id with its stored resource (the caller
/// reads the store); the text of several attachments or sections is joined by blank lines.
pub fn note_of(
    resource_type: &str,
    id: &str,
    resource: &Value,
    binary: &dyn Fn(&str) -> Option<Value>,
) -> Result<Note, NoteError> {
    let date = note_date(resource_type, resource).ok_or(NoteError::NoDate)?;
    let mut parts: Vec<String> = Vec::new();
    for a in attachments(resource_type, resource) {
        let text = match a {
            Attachment::Inline { content_type, data } => decode(&content_type, &data)?,
            Attachment::Binary { content_type, id } => {
                let stored = binary(&id).ok_or_else(|| NoteError::MissingBinary(id.clone()))?;
                let ct = stored["contentType"].as_str().map(str::to_ascii_lowercase).unwrap_or(content_type);
                if !is_text_type(&ct) {
                    continue;
                }
                decode(&ct, stored["data"].as_str().unwrap_or(""))?
            }
        };
        parts.push(text);
        // A DocumentReference often carries the same note in several formats: read one.
        if resource_type == "DocumentReference" {
            break;
        }
    }
    match resource_type {
        "DiagnosticReport" => {
            if let Some(c) = resource["conclusion"].as_str().filter(|c| !c.trim().is_empty()) {
                parts.push(format!("Conclusion: {c}"));
            }
        }
        "Composition" => composition_text(resource, &mut parts),
        _ => {}
    }
    parts.retain(|p| !p.trim().is_empty());
    if parts.is_empty() {
        return Err(NoteError::NoText);
    }
    Ok(Note { document: format!("{resource_type}/{id}"), date, text: parts.join("\n\n") })
}

fn composition_text(resource: &Value, parts: &mut Vec<String>) {
    fn walk(section: &Value, parts: &mut Vec<String>) {
        let title = section["title"].as_str().or_else(|| section["code"]["text"].as_str());
        let text = section["text"]["div"].as_str().map(strip_html).unwrap_or_default();
        if !text.trim().is_empty() {
            parts.push(match title {
                Some(t) => format!("# {t}\n{}", text.trim()),
                None => text.trim().to_string(),
            });
        }
        for s in section["section"].as_array().into_iter().flatten() {
            walk(s, parts);
        }
    }
    for s in resource["section"].as_array().into_iter().flatten() {
        walk(s, parts);
    }
}

/// The date a note is read against.
pub fn note_date(resource_type: &str, resource: &Value) -> Option<chrono::NaiveDate> {
    let paths: &[&str] = match resource_type {
        "DocumentReference" => &["context.period.start", "date"],
        "DiagnosticReport" => &["effectiveDateTime", "effectivePeriod.start", "issued"],
        "Composition" => &["date", "event.0.period.start"],
        _ => &[],
    };
    paths.iter().find_map(|p| {
        let mut v = resource;
        for part in p.split('.') {
            v = match part.parse::<usize>() {
                Ok(i) => v.get(i)?,
                Err(_) => v.get(part)?,
            };
        }
        fhir_date(v)
    })
}

/// HTML to text: tags dropped (block tags become line breaks), `script`/`style` content
/// dropped, the common entities decoded.
pub fn strip_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        rest = &rest[lt + gt + 1..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}");
            rest = match rest.to_ascii_lowercase().find(&close) {
                Some(at) => rest[at..].find('>').map(|g| &rest[at + g + 1..]).unwrap_or(""),
                None => "",
            };
            continue;
        }
        if matches!(
            name.as_str(),
            "br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table" | "ul" | "ol"
        ) && !out.ends_with('\n')
            && !out.is_empty()
        {
            out.push('\n');
        }
        if name == "td" || name == "th" {
            out.push(' ');
        }
    }
    out.push_str(&decode_entities(rest));
    out.trim().to_string()
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn b64(s: &str) -> String {
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    #[test]
    fn document_reference_inline_and_binary() {
        let doc = json!({"resourceType": "DocumentReference", "date": "2020-03-04T10:00:00Z",
            "content": [{"attachment": {"contentType": "text/plain; charset=utf-8", "data": b64("Started tamoxifen.")}}]});
        let note = note_of("DocumentReference", "d1", &doc, &|_| None).unwrap();
        assert_eq!(note.text, "Started tamoxifen.");
        assert_eq!(note.date.to_string(), "2020-03-04");
        assert_eq!(note.document, "DocumentReference/d1");

        let by_ref = json!({"resourceType": "DocumentReference", "date": "2020-03-04",
            "content": [{"attachment": {"contentType": "text/html", "url": "Binary/b1"}}]});
        let binary = json!({"resourceType": "Binary", "contentType": "text/html",
            "data": b64("<div><p>Lumpectomy &amp; SLNB</p><script>x()</script><p>done</p></div>")});
        let note = note_of("DocumentReference", "d2", &by_ref, &|id| (id == "b1").then(|| binary.clone())).unwrap();
        assert_eq!(note.text, "Lumpectomy & SLNB\ndone");
        assert_eq!(note_of("DocumentReference", "d2", &by_ref, &|_| None), Err(NoteError::MissingBinary("b1".into())));
    }

    #[test]
    fn diagnostic_report_and_composition() {
        let report = json!({"resourceType": "DiagnosticReport", "effectiveDateTime": "2021-05-01",
            "presentedForm": [{"contentType": "text/plain", "data": b64("ER positive.")}],
            "conclusion": "HER2 negative"});
        let note = note_of("DiagnosticReport", "r", &report, &|_| None).unwrap();
        assert_eq!(note.text, "ER positive.\n\nConclusion: HER2 negative");
        let comp = json!({"resourceType": "Composition", "date": "2021-05-02", "section": [
            {"title": "Plan", "text": {"div": "<div xmlns='http://www.w3.org/1999/xhtml'>Start <b>letrozole</b></div>"}},
            {"title": "Empty", "section": [{"title": "Family history", "text": {"div": "<div>Mother had breast cancer</div>"}}]}]});
        let note = note_of("Composition", "c", &comp, &|_| None).unwrap();
        assert_eq!(note.text, "# Plan\nStart letrozole\n\n# Family history\nMother had breast cancer");
        assert!(has_note("Composition", &comp));
    }

    #[test]
    fn unreadable_notes_say_why() {
        let pdf = json!({"date": "2020-01-01", "content": [{"attachment": {"contentType": "application/pdf", "data": "AAAA"}}]});
        assert!(!has_note("DocumentReference", &pdf));
        assert_eq!(note_of("DocumentReference", "p", &pdf, &|_| None), Err(NoteError::NoText));
        let bad =
            json!({"date": "2020-01-01", "content": [{"attachment": {"contentType": "text/plain", "data": "!!!"}}]});
        assert_eq!(note_of("DocumentReference", "b", &bad, &|_| None), Err(NoteError::BadBase64));
        let undated = json!({"content": [{"attachment": {"contentType": "text/plain", "data": b64("x")}}]});
        assert_eq!(note_of("DocumentReference", "u", &undated, &|_| None), Err(NoteError::NoDate));
    }
}
