//! The CapabilityStatement served at `/fhir/metadata`, generated from what the code supports.

use super::params::{definition_url, params_of, COMMON_PARAMS};
use serde_json::{json, Value};

/// Builds the server's CapabilityStatement. `base_url` is the facade's absolute base.
pub fn capability_statement(base_url: &str, software_version: &str) -> Value {
    let resources: Vec<Value> = fhir_io::R4_RESOURCE_TYPES
        .iter()
        .map(|rt| {
            let mut search_params: Vec<Value> = COMMON_PARAMS
                .iter()
                .map(|(name, kind, def)| json!({"name": name, "type": kind.as_str(), "definition": def}))
                .collect();
            search_params.extend(
                params_of(rt)
                    .map(|p| json!({"name": p.name, "type": p.kind.as_str(), "definition": definition_url(p)})),
            );
            let mut resource = json!({
                "type": rt,
                "profile": format!("http://hl7.org/fhir/StructureDefinition/{rt}"),
                "interaction": [
                    {"code": "read"}, {"code": "vread"}, {"code": "update"}, {"code": "create"}, {"code": "search-type"}
                ],
                "versioning": "versioned",
                "readHistory": false,
                "updateCreate": true,
                "conditionalCreate": false,
                "conditionalUpdate": false,
                "conditionalDelete": "not-supported",
                "searchParam": search_params,
            });
            if *rt == "Patient" {
                resource["operation"] = json!([{
                    "name": "everything",
                    "definition": "http://hl7.org/fhir/OperationDefinition/Patient-everything"
                }]);
            }
            resource
        })
        .collect();
    json!({
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": chrono::Utc::now().format("%Y-%m-%d").to_string(),
        "publisher": "oncotwin",
        "kind": "instance",
        "software": {"name": "oncotwin", "version": software_version},
        "implementation": {"description": "oncotwin FHIR R4 facade", "url": base_url},
        "fhirVersion": "4.0.1",
        "format": ["application/fhir+json", "json"],
        "rest": [{
            "mode": "server",
            "documentation": "Read, vread, search and $everything over the stored patient data; transaction and batch ingest.",
            "resource": resources,
            "interaction": [{"code": "transaction"}, {"code": "batch"}],
            "operation": [{
                "name": "everything",
                "definition": "http://hl7.org/fhir/OperationDefinition/Patient-everything"
            }]
        }]
    })
}
