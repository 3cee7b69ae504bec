//! The CapabilityStatement served at `/fhir/metadata`, generated from what the code supports.

use super::params::{definition_url, params_of, ParamKind, COMMON_PARAMS};
use serde_json::{json, Value};

/// Builds the server's CapabilityStatement. `base_url` is the facade's absolute base;
/// `smart` is the server's SMART configuration document (`/.well-known/smart-configuration`),
/// from which `rest.security` declares SMART-on-FHIR and, when the authorization server is
/// known, its endpoints (the `oauth-uris` extension SMART clients read).
pub fn capability_statement(base_url: &str, software_version: &str, smart: &Value) -> Value {
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
                // If-Match on PUT (and a Bundle entry's ifMatch) is honoured: 412 on a stale version.
                "versioning": "versioned-update",
                // vread returns past versions.
                "readHistory": true,
                "updateCreate": true,
                "conditionalCreate": false,
                "conditionalUpdate": false,
                "conditionalDelete": "not-supported",
                "searchParam": search_params,
            });
            // `_include` of every reference parameter; `_revinclude` of the parameters that
            // point at this type (a patient's resources, an encounter's).
            let includes: Vec<String> = params_of(rt)
                .filter(|p| p.kind == ParamKind::Reference)
                .map(|p| format!("{rt}:{}", p.name))
                .collect();
            if !includes.is_empty() {
                resource["searchInclude"] = json!(includes);
            }
            let pointing: &[&str] = match *rt {
                "Patient" => &["patient", "subject", "beneficiary"],
                "Encounter" => &["encounter"],
                _ => &[],
            };
            let revincludes: Vec<String> = fhir_io::R4_RESOURCE_TYPES
                .iter()
                .flat_map(|src| {
                    params_of(src)
                        .filter(|p| p.kind == ParamKind::Reference && pointing.contains(&p.name))
                        .map(move |p| format!("{src}:{}", p.name))
                })
                .collect();
            if !revincludes.is_empty() {
                resource["searchRevInclude"] = json!(revincludes);
            }
            if *rt == "Patient" {
                resource["operation"] = json!([{
                    "name": "everything",
                    "definition": "http://hl7.org/fhir/OperationDefinition/Patient-everything"
                }]);
            }
            if *rt == "Claim" {
                // Da Vinci PAS: prior-authorization requests decided by the necessity twin.
                resource["operation"] = json!([
                    {"name": "submit", "definition": "http://hl7.org/fhir/us/davinci-pas/OperationDefinition/Claim-submit"},
                    {"name": "inquire", "definition": "http://hl7.org/fhir/us/davinci-pas/OperationDefinition/Claim-inquire"}
                ]);
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
            "security": security(smart),
            "documentation": "Read, vread, search and $everything over the stored patient data; transaction and batch ingest; Da Vinci PAS Claim/$submit and Claim/$inquire.",
            "resource": resources,
            "interaction": [{"code": "transaction"}, {"code": "batch"}],
            "operation": [{
                "name": "everything",
                "definition": "http://hl7.org/fhir/OperationDefinition/Patient-everything"
            }]
        }]
    })
}

fn security(smart: &Value) -> Value {
    let mut security = json!({
        "cors": true,
        "service": [{
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR"}],
            "text": "OAuth2 bearer tokens (SMART App Launch and Backend Services); SMART v1 and v2 scopes"
        }],
        "description": "Every PHI interaction needs a bearer JWT from a trusted issuer; scopes are enforced per resource type, interaction and patient compartment. See .well-known/smart-configuration."
    });
    let uri = |key: &str| smart.get(key).and_then(Value::as_str).map(str::to_string);
    if let (Some(authorize), Some(token)) = (uri("authorization_endpoint"), uri("token_endpoint")) {
        security["extension"] = json!([{
            "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
            "extension": [{"url": "authorize", "valueUri": authorize}, {"url": "token", "valueUri": token}]
        }]);
    }
    security
}
