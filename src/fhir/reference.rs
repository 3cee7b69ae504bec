//! Reference resolution inside a Bundle: `urn:uuid:` and absolute fullUrls become `Type/id`.

use serde_json::Value;
use std::collections::HashMap;

/// fullUrl → `Type/id` for the entries of one Bundle.
pub type FullUrlMap = HashMap<String, String>;

/// Rewrites every `reference` that names a Bundle entry by its fullUrl.
///
/// Returns the references of the `urn:` form that no entry resolved (kept as they are; the
/// caller reports them as warnings).
pub fn rewrite_references(value: &mut Value, map: &FullUrlMap) -> Vec<String> {
    let mut unresolved = Vec::new();
    rewrite(value, map, &mut unresolved);
    unresolved
}

fn rewrite(value: &mut Value, map: &FullUrlMap, unresolved: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object.iter_mut() {
                if key == "reference" {
                    if let Value::String(reference) = child {
                        if let Some(target) = map.get(reference.as_str()) {
                            *reference = target.clone();
                        } else if reference.starts_with("urn:uuid:") || reference.starts_with("urn:oid:") {
                            unresolved.push(reference.clone());
                        }
                        continue;
                    }
                }
                rewrite(child, map, unresolved);
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite(item, map, unresolved);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rewrites_nested_and_reports_unresolved() {
        let mut map = FullUrlMap::new();
        map.insert("urn:uuid:abc".into(), "Patient/abc".into());
        let mut obs = json!({"subject": {"reference": "urn:uuid:abc"},
            "performer": [{"reference": "urn:uuid:missing"}, {"reference": "Practitioner/1"}],
            "component": [{"extension": [{"valueReference": {"reference": "urn:uuid:abc"}}]}]});
        let unresolved = rewrite_references(&mut obs, &map);
        assert_eq!(obs["subject"]["reference"], "Patient/abc");
        assert_eq!(obs["component"][0]["extension"][0]["valueReference"]["reference"], "Patient/abc");
        assert_eq!(obs["performer"][1]["reference"], "Practitioner/1");
        assert_eq!(unresolved, vec!["urn:uuid:missing".to_string()]);
    }
}
