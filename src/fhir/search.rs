//! FHIR search: query strings into [`SearchQuery`], and result pages into searchset Bundles.

use super::dates::date_range;
use super::outcome::{FhirError, OutcomeIssue};
use super::params::{params_of, ParamKind};
use crate::store::{DateFilter, DatePrefix, SearchPage, SearchQuery, SearchSort, SystemMatch, TokenMatch};
use serde_json::{json, Value};

/// Default and maximum page sizes.
pub const DEFAULT_COUNT: i64 = 50;
/// Matches counted for `Bundle.total` unless `_total=accurate` asks for the exact number;
/// past it `total` is left out (FHIR makes it optional) and `next` links still page on.
pub const TOTAL_CAP: i64 = 10_000;
pub const MAX_COUNT: i64 = 1000;

/// A parsed search plus what the server ignored (reported back in the Bundle).
#[derive(Debug)]
pub struct ParsedSearch {
    pub query: SearchQuery,
    pub ignored: Vec<String>,
}

/// Parses `pairs` (already percent-decoded) as a search on `resource_type`.
///
/// `strict` (the `Prefer: handling=strict` header) turns unknown parameters into a 400.
pub fn parse_search(resource_type: &str, pairs: &[(String, String)], strict: bool) -> Result<ParsedSearch, FhirError> {
    let mut query = SearchQuery {
        types: vec![resource_type.to_string()],
        count: DEFAULT_COUNT,
        count_cap: Some(TOTAL_CAP),
        ..Default::default()
    };
    let mut ignored = Vec::new();
    for (raw_name, value) in pairs {
        // `_include` / `_revinclude` are read by [`parse_includes`].
        if raw_name == "_include" || raw_name == "_revinclude" {
            continue;
        }
        // Modifiers are not supported except none; say so rather than mis-answer.
        let (name, modifier) = match raw_name.split_once(':') {
            Some((n, m)) => (n, Some(m)),
            None => (raw_name.as_str(), None),
        };
        if let Some(modifier) = modifier {
            return Err(FhirError::bad_request(format!("search modifier `:{modifier}` on `{name}` is not supported")));
        }
        if value.is_empty() {
            return Err(FhirError::bad_request(format!("search parameter `{name}` has an empty value")));
        }
        match name {
            "_count" => query.count = parse_count(value)?,
            "_offset" => {
                query.offset = value.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
                    FhirError::bad_request(format!("_offset must be a non-negative integer, got `{value}`"))
                })?
            }
            "_sort" => query.sort = parse_sort(value)?,
            "_format" | "_pretty" => {}
            "_total" => match value.as_str() {
                "accurate" => query.count_cap = None,
                "none" | "estimate" => query.count_cap = Some(TOTAL_CAP),
                other => {
                    return Err(FhirError::bad_request(format!(
                        "_total=`{other}` is not one of none, estimate, accurate"
                    )))
                }
            },
            "_id" => query.ids.extend(value.split(',').map(str::to_string)),
            "_lastUpdated" => query.dates.push(parse_date_filter("_lastUpdated", value)?),
            _ => match params_of(resource_type).find(|p| p.name == name) {
                Some(param) => match param.kind {
                    ParamKind::Reference if name == "patient" || (name != "encounter" && is_patient_subject(value)) => {
                        let id = value.strip_prefix("Patient/").unwrap_or(value);
                        if id.contains('/') || id.contains(',') {
                            return Err(FhirError::bad_request(format!(
                                "`{name}` must name one Patient, got `{value}`"
                            )));
                        }
                        // Repeated parameters are AND-ed: two different patients match nothing.
                        if query.patient.as_deref().is_some_and(|asked| asked != id) {
                            query.matches_nothing = true;
                        } else {
                            query.patient = Some(id.to_string());
                        }
                    }
                    ParamKind::Reference => query.tokens.push((
                        name.to_string(),
                        value
                            .split(',')
                            .map(|v| {
                                // A bare id names a resource of the parameter's one target type.
                                let v = if name == "encounter" && !v.contains('/') {
                                    format!("Encounter/{v}")
                                } else {
                                    v.to_string()
                                };
                                TokenMatch { system: SystemMatch::Any, code: Some(v) }
                            })
                            .collect(),
                    )),
                    ParamKind::String => {
                        let alternatives: Vec<String> =
                            value.split(',').map(super::params::normalise_string).filter(|v| !v.is_empty()).collect();
                        if alternatives.is_empty() {
                            return Err(FhirError::bad_request(format!(
                                "search parameter `{name}` has an empty value"
                            )));
                        }
                        query.strings.push((name.to_string(), alternatives))
                    }
                    ParamKind::Token => {
                        query.tokens.push((name.to_string(), value.split(',').map(parse_token).collect()))
                    }
                    ParamKind::Date => query.dates.push(parse_date_filter(name, value)?),
                },
                None => {
                    if strict {
                        return Err(FhirError::bad_request(format!(
                            "unknown search parameter `{name}` for {resource_type}"
                        )));
                    }
                    ignored.push(name.to_string());
                }
            },
        }
    }
    Ok(ParsedSearch { query, ignored })
}

/// One `_include` or `_revinclude`: `SourceType:param[:TargetType]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Include {
    /// The type holding the reference.
    pub source: String,
    /// Its reference search parameter.
    pub param: String,
    /// The referenced type, when named.
    pub target: Option<String>,
    /// `_revinclude` (resources that reference the matches) rather than `_include`.
    pub reverse: bool,
}

/// The `_include` and `_revinclude` parameters of a search on `resource_type`: each must name
/// a reference parameter oncotwin indexes (`Observation:patient`, `Observation:encounter`,
/// `MedicationRequest:subject:Patient`); an `_include` starts from the searched type.
/// `:iterate` and `*` are refused rather than half-answered.
pub fn parse_includes(resource_type: &str, pairs: &[(String, String)]) -> Result<Vec<Include>, FhirError> {
    let mut out = Vec::new();
    for (name, value) in pairs {
        let reverse = match name.as_str() {
            "_include" => false,
            "_revinclude" => true,
            n if n.starts_with("_include:") || n.starts_with("_revinclude:") => {
                return Err(FhirError::bad_request(format!("`{n}` is not supported (no :iterate)")))
            }
            _ => continue,
        };
        let parts: Vec<&str> = value.split(':').collect();
        let (source, param, target) = match parts[..] {
            [s, p] => (s, p, None),
            [s, p, t] => (s, p, Some(t.to_string())),
            _ => return Err(FhirError::bad_request(format!("{name}=`{value}`: expected Type:parameter[:TargetType]"))),
        };
        if param == "*" {
            return Err(FhirError::bad_request(format!("{name}=`{value}`: `*` is not supported")));
        }
        if !reverse && source != resource_type {
            return Err(FhirError::bad_request(format!(
                "_include=`{value}` must start from the searched type {resource_type}"
            )));
        }
        let known = params_of(source).any(|p| p.name == param && p.kind == ParamKind::Reference);
        if !known {
            return Err(FhirError::bad_request(format!(
                "{name}=`{value}`: `{param}` is not a reference parameter of {source}"
            )));
        }
        out.push(Include { source: source.to_string(), param: param.to_string(), target, reverse });
    }
    Ok(out)
}

/// `subject=Patient/x` or a bare id is a patient-compartment search.
fn is_patient_subject(value: &str) -> bool {
    value.starts_with("Patient/") || !value.contains('/')
}

fn parse_count(value: &str) -> Result<i64, FhirError> {
    let n: i64 =
        value.parse().map_err(|_| FhirError::bad_request(format!("_count must be an integer, got `{value}`")))?;
    if n < 0 {
        return Err(FhirError::bad_request("_count must not be negative"));
    }
    Ok(n.min(MAX_COUNT))
}

fn parse_sort(value: &str) -> Result<SearchSort, FhirError> {
    match value {
        "_id" => Ok(SearchSort::Key),
        "_lastUpdated" => Ok(SearchSort::LastUpdatedAsc),
        "-_lastUpdated" => Ok(SearchSort::LastUpdatedDesc),
        other => Err(FhirError::bad_request(format!(
            "_sort=`{other}` is not supported (use _id, _lastUpdated or -_lastUpdated)"
        ))),
    }
}

/// `system|code`, `code`, `system|`, `|code`.
pub fn parse_token(value: &str) -> TokenMatch {
    match value.split_once('|') {
        None => TokenMatch { system: SystemMatch::Any, code: Some(value.to_string()) },
        Some(("", code)) => TokenMatch { system: SystemMatch::Absent, code: Some(code.to_string()) },
        Some((system, "")) => TokenMatch { system: SystemMatch::Is(system.to_string()), code: None },
        Some((system, code)) => {
            TokenMatch { system: SystemMatch::Is(system.to_string()), code: Some(code.to_string()) }
        }
    }
}

fn parse_date_filter(param: &str, value: &str) -> Result<DateFilter, FhirError> {
    let prefixes = [
        ("eq", DatePrefix::Eq),
        ("ne", DatePrefix::Ne),
        ("lt", DatePrefix::Lt),
        ("gt", DatePrefix::Gt),
        ("le", DatePrefix::Le),
        ("ge", DatePrefix::Ge),
        ("sa", DatePrefix::Sa),
        ("eb", DatePrefix::Eb),
        ("ap", DatePrefix::Ap),
    ];
    let (prefix, rest) = prefixes
        .iter()
        .find_map(|(p, kind)| value.strip_prefix(p).map(|rest| (*kind, rest)))
        .unwrap_or((DatePrefix::Eq, value));
    let range = date_range(rest).map_err(|e| FhirError::bad_request(format!("{param}: {e}")))?;
    Ok(DateFilter { param: param.to_string(), prefix, start: range.start, end: range.end })
}

/// What `_include` / `_revinclude` brought to a page (`search.mode` `include`), and a warning
/// when they were cut short.
#[derive(Debug, Default)]
pub struct Included {
    pub resources: Vec<crate::store::StoredResource>,
    pub warning: Option<String>,
}

/// Renders a result page as a searchset Bundle with `self` and `next`/`previous` links.
pub fn searchset(
    page: &SearchPage,
    query: &SearchQuery,
    (base_url, path): (&str, &str),
    pairs: &[(String, String)],
    ignored: &[String],
    included: Included,
) -> String {
    let link_with_offset = |offset: i64| {
        let mut serializer = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs.iter().filter(|(k, _)| k != "_offset" && k != "_count") {
            serializer.append_pair(k, v);
        }
        serializer.append_pair("_count", &query.count.to_string());
        serializer.append_pair("_offset", &offset.to_string());
        format!("{base_url}{path}?{}", serializer.finish())
    };
    let mut links = vec![json!({"relation": "self", "url": link_with_offset(query.offset)})];
    let more = if page.total_capped {
        page.resources.len() as i64 == query.count
    } else {
        query.offset + query.count < page.total
    };
    if query.count > 0 && more {
        links.push(json!({"relation": "next", "url": link_with_offset(query.offset + query.count)}));
    }
    if query.offset > 0 {
        links.push(json!({"relation": "previous", "url": link_with_offset((query.offset - query.count).max(0))}));
    }
    // Each stored resource goes in as its stored text (decimals as written), through a
    // placeholder no stored string can hold (control characters are refused on ingest).
    let stored: Vec<(&crate::store::StoredResource, &str)> =
        page.resources.iter().map(|r| (r, "match")).chain(included.resources.iter().map(|r| (r, "include"))).collect();
    let mut entries: Vec<Value> = stored
        .iter()
        .enumerate()
        .map(|(i, (r, mode))| {
            json!({"fullUrl": format!("{base_url}/{}/{}", r.resource_type, r.id), "resource": format!("{RAW_MARK}{i}"), "search": {"mode": mode}})
        })
        .collect();
    if let Some(warning) = included.warning {
        let outcome = super::outcome::operation_outcome(&[OutcomeIssue::warning("too-costly", warning)]);
        entries.push(json!({"resource": outcome, "search": {"mode": "outcome"}}));
    }
    if !ignored.is_empty() {
        let outcome = super::outcome::operation_outcome(&[OutcomeIssue::warning(
            "not-supported",
            format!("search parameters ignored: {}", ignored.join(", ")),
        )]);
        entries.push(json!({"resource": outcome, "search": {"mode": "outcome"}}));
    }
    let mut bundle = json!({
        "resourceType": "Bundle",
        "type": "searchset",
        "total": page.total,
        "link": links,
    });
    if page.total_capped {
        // More than TOTAL_CAP match: no number rather than a wrong one (`_total=accurate` counts).
        if let Some(b) = bundle.as_object_mut() {
            b.remove("total");
        }
    }
    // FHIR JSON has no empty arrays: an empty page has no `entry` at all.
    if !entries.is_empty() {
        bundle["entry"] = Value::Array(entries);
    }
    with_stored_texts(&bundle.to_string(), &stored.iter().map(|(r, _)| r.content.as_str()).collect::<Vec<_>>())
}

/// Marks where a stored resource's text goes in a searchset being written.
const RAW_MARK: &str = "\u{0}stored:";

/// `json` with each placeholder string `"\u0000stored:N"` replaced by `texts[N]`.
fn with_stored_texts(json: &str, texts: &[&str]) -> String {
    let quoted = "\"\\u0000stored:";
    let mut out = String::with_capacity(json.len() + texts.iter().map(|t| t.len()).sum::<usize>());
    let mut rest = json;
    while let Some(at) = rest.find(quoted) {
        out.push_str(&rest[..at]);
        let after = &rest[at + quoted.len()..];
        let end = after.find('"').unwrap_or(after.len());
        match after[..end].parse::<usize>().ok().and_then(|i| texts.get(i)) {
            Some(text) => out.push_str(text),
            None => out.push_str("null"),
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn parses_patient_code_date() {
        let parsed = parse_search(
            "Observation",
            &pairs(&[
                ("patient", "Patient/p1"),
                ("code", "http://loinc.org|85319-2,1234-5"),
                ("date", "ge2021-01"),
                ("_count", "5000"),
            ]),
            true,
        )
        .unwrap();
        assert_eq!(parsed.query.patient.as_deref(), Some("p1"));
        assert_eq!(parsed.query.tokens[0].1.len(), 2);
        assert_eq!(parsed.query.dates[0].prefix, DatePrefix::Ge);
        assert_eq!(parsed.query.dates[0].start, "2021-01-01T00:00:00.000000Z");
        assert_eq!(parsed.query.count, MAX_COUNT);
    }

    #[test]
    fn unknown_param_is_ignored_or_refused() {
        let lenient = parse_search("Condition", &pairs(&[("flavour", "x")]), false).unwrap();
        assert_eq!(lenient.ignored, vec!["flavour"]);
        assert_eq!(parse_search("Condition", &pairs(&[("flavour", "x")]), true).unwrap_err().status, 400);
        assert_eq!(parse_search("Condition", &pairs(&[("_count", "many")]), false).unwrap_err().status, 400);
        assert_eq!(parse_search("Observation", &pairs(&[("date", "ge-yesterday")]), false).unwrap_err().status, 400);
    }
}
