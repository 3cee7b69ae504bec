//! Authentication and authorization: bearer JWTs verified against configured issuers
//! (JWKS fetched and cached, key rotation), SMART scopes enforced per resource type,
//! interaction and patient compartment.
//!
//! - [`jwt`]: token verification ([`Verifier`]).
//! - [`scopes`]: SMART v1/v2 scope parsing.
//! - [`discovery`]: the SMART configuration document oncotwin serves.
//! - [`launch`]: SMART App Launch of the timeline page (PKCE, pending launches, sessions).
//! - [`dev`]: the local development issuer used by `oncotwin demo` and `oncotwin dev-token`.
//!
//! No HTTP here: `api::auth` turns a request into a [`Principal`] and a refusal into a
//! 401/403 OperationOutcome.

pub mod dev;
pub mod discovery;
pub mod jwt;
pub mod launch;
pub mod scopes;

pub use jwt::{AuthError, Verifier};
use scopes::{Context, Interaction, ResourceScope, ADMIN_SCOPE};
use serde::{Deserialize, Serialize};

/// An issuer whose tokens the server accepts.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct IssuerConfig {
    /// The `iss` claim.
    pub issuer: String,
    /// Where its signing keys are published (fetched, cached, refetched on an unknown `kid`).
    pub jwks_uri: Option<String>,
    /// Or a local JWKS file.
    pub jwks_file: Option<std::path::PathBuf>,
}

/// The resource types the twins derive their answers from (timeline events, facts,
/// navigation, necessity): a route that answers from them needs read on each.
pub const TWIN_SOURCES: &[&str] = &[
    "Patient",
    "Condition",
    "Observation",
    "Procedure",
    "MedicationRequest",
    "MedicationAdministration",
    "MedicationStatement",
    "ImagingStudy",
    "DiagnosticReport",
    "DocumentReference",
    "Composition",
];

/// The note-bearing resource types (and the patient) the note-extraction status reveals.
pub const NOTE_SOURCES: &[&str] = &["Patient", "DocumentReference", "DiagnosticReport", "Composition"];

/// Who is calling, and what they may do.
#[derive(Debug, Clone, PartialEq)]
pub struct Principal {
    pub issuer: String,
    /// `sub`.
    pub subject: String,
    /// `client_id` (or `azp`), when given.
    pub client_id: Option<String>,
    /// The launch patient (`patient` claim), which patient scopes are bound to.
    pub patient: Option<String>,
    pub scopes: Vec<ResourceScope>,
    pub admin: bool,
}

/// Why a principal may not do something (403).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct Forbidden(pub String);

impl Principal {
    /// The scopes that grant `interaction` on `resource_type`.
    pub fn granting(&self, resource_type: &str, interaction: Interaction) -> Vec<&ResourceScope> {
        self.scopes.iter().filter(|s| s.grants(resource_type, interaction)).collect()
    }

    /// Checks `interaction` on `resource_type` for a resource in `compartment` (the patient
    /// it belongs to, if any). Patient scopes only reach the token's own patient.
    pub fn check(
        &self,
        resource_type: &str,
        interaction: Interaction,
        compartment: Option<&str>,
    ) -> Result<(), Forbidden> {
        let granting = self.granting(resource_type, interaction);
        if granting.is_empty() {
            return Err(Forbidden(format!("no scope grants {interaction:?} on {resource_type}")));
        }
        if granting.iter().any(|s| s.context != Context::Patient) {
            return Ok(());
        }
        let Some(own) = self.patient.as_deref() else {
            return Err(Forbidden("patient scopes need a token with a patient claim".into()));
        };
        match compartment {
            Some(patient) if patient == own => Ok(()),
            Some(_) => Err(Forbidden("the token's patient scopes do not reach this patient".into())),
            None => Err(Forbidden(format!(
                "{resource_type} outside a patient compartment is not reachable with patient scopes"
            ))),
        }
    }

    /// For a search: the patient the search must be limited to (patient scopes), or `None`
    /// when the principal may search across patients.
    pub fn search_compartment(&self, resource_type: &str) -> Result<Option<&str>, Forbidden> {
        let granting = self.granting(resource_type, Interaction::Search);
        if granting.is_empty() {
            return Err(Forbidden(format!("no scope grants search on {resource_type}")));
        }
        if granting.iter().any(|s| s.context != Context::Patient) {
            return Ok(None);
        }
        self.patient
            .as_deref()
            .map(Some)
            .ok_or_else(|| Forbidden("patient scopes need a token with a patient claim".into()))
    }

    /// The v2 query constraints that must hold for `interaction` on `resource_type`: empty
    /// when some granting scope has none (an unconstrained grant wins).
    pub fn constraints(&self, resource_type: &str, interaction: Interaction) -> Vec<(String, String)> {
        let granting = self.granting(resource_type, interaction);
        if granting.iter().any(|s| s.constraint.is_none()) {
            return Vec::new();
        }
        granting.iter().filter_map(|s| s.constraint.clone()).collect()
    }

    /// Checks that the caller may read everything a twin derives from `patient`'s record
    /// ([`TWIN_SOURCES`]): the timeline, facts, navigation and necessity decisions reveal
    /// diagnoses, procedures, medications, observations and note content, so each route
    /// that answers them needs an unconstrained read grant on every one of those types
    /// (SMART v2: a scope narrowed by a query constraint does not reach derived data).
    pub fn check_twin(&self, patient: &str) -> Result<(), Forbidden> {
        self.check_types(TWIN_SOURCES, patient)
    }

    /// [`Principal::check_twin`] for the note-extraction status: the note-bearing types.
    pub fn check_notes(&self, patient: &str) -> Result<(), Forbidden> {
        self.check_types(NOTE_SOURCES, patient)
    }

    fn check_types(&self, types: &[&str], patient: &str) -> Result<(), Forbidden> {
        let mut missing = Vec::new();
        for t in types {
            if self.granting(t, Interaction::Read).is_empty() {
                missing.push(t.to_string());
            } else if !self.constraints(t, Interaction::Read).is_empty() {
                missing.push(format!("{t} (only a scope with a query constraint)"));
            } else {
                // Granted: what is left to fail is the compartment.
                self.check(t, Interaction::Read, Some(patient))?;
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Forbidden(format!(
                "this route reveals data derived from {}; the token grants no read on {}",
                types.join(", "),
                missing.join(", ")
            )))
        }
    }

    /// For a twin route across patients (the worklist): the patient it must be limited to
    /// (patient scopes), or `None`; every [`TWIN_SOURCES`] type must be searchable.
    pub fn twin_search_compartment(&self) -> Result<Option<&str>, Forbidden> {
        let mut compartment = None;
        let mut missing = Vec::new();
        for t in TWIN_SOURCES {
            if self.granting(t, Interaction::Search).is_empty() || !self.constraints(t, Interaction::Search).is_empty()
            {
                missing.push(*t);
            } else if let Some(p) = self.search_compartment(t)? {
                compartment = Some(p);
            }
        }
        if missing.is_empty() {
            Ok(compartment)
        } else {
            Err(Forbidden(format!(
                "this route reveals data derived from {}; the token grants no search on {}",
                TWIN_SOURCES.join(", "),
                missing.join(", ")
            )))
        }
    }

    pub fn require_admin(&self) -> Result<(), Forbidden> {
        if self.admin {
            Ok(())
        } else {
            Err(Forbidden(format!("this route needs the `{ADMIN_SCOPE}` scope")))
        }
    }

    /// Builds a principal from a verified token's claims.
    pub fn from_claims(issuer: &str, claims: &serde_json::Value) -> Principal {
        let scope_text: Vec<String> = match (&claims["scope"], &claims["scp"]) {
            (serde_json::Value::String(s), _) => s.split_whitespace().map(str::to_string).collect(),
            (_, serde_json::Value::Array(items)) => {
                items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect()
            }
            (_, serde_json::Value::String(s)) => s.split_whitespace().map(str::to_string).collect(),
            _ => Vec::new(),
        };
        Principal {
            issuer: issuer.to_string(),
            subject: claims["sub"].as_str().unwrap_or("").to_string(),
            client_id: claims["client_id"].as_str().or_else(|| claims["azp"].as_str()).map(str::to_string),
            patient: claims["patient"].as_str().map(str::to_string),
            scopes: scope_text.iter().filter_map(|s| ResourceScope::parse(s)).collect(),
            admin: scope_text.iter().any(|s| s == ADMIN_SCOPE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn patient_scopes_stay_in_the_compartment() {
        let p =
            Principal::from_claims("i", &json!({"sub": "u", "scope": "patient/*.rs launch openid", "patient": "p1"}));
        assert!(p.check("Observation", Interaction::Read, Some("p1")).is_ok());
        assert!(p.check("Observation", Interaction::Read, Some("p2")).is_err());
        assert!(p.check("Observation", Interaction::Update, Some("p1")).is_err());
        assert!(p.check("Practitioner", Interaction::Read, None).is_err());
        assert_eq!(p.search_compartment("Condition").unwrap(), Some("p1"));
        assert!(!p.admin);
        let s = Principal::from_claims("i", &json!({"sub": "svc", "scope": "system/*.cruds oncotwin/admin"}));
        assert!(s.check("Observation", Interaction::Read, Some("p2")).is_ok());
        assert_eq!(s.search_compartment("Condition").unwrap(), None);
        assert!(s.admin);
        let c = Principal::from_claims("i", &json!({"sub": "u", "scope": "user/Observation.rs?category=laboratory"}));
        assert!(c.check_twin("p1").is_err());
        assert_eq!(
            c.constraints("Observation", Interaction::Search),
            vec![("category".to_string(), "laboratory".to_string())]
        );
    }

    #[test]
    fn twin_routes_need_every_source_type() {
        let narrow = Principal::from_claims("i", &json!({"sub": "u", "scope": "patient/Patient.rs", "patient": "p1"}));
        let err = narrow.check_twin("p1").unwrap_err().0;
        assert!(err.contains("Condition") && err.contains("Observation"), "{err}");
        assert!(narrow.twin_search_compartment().is_err());
        let wide = Principal::from_claims("i", &json!({"sub": "u", "scope": "patient/*.rs", "patient": "p1"}));
        assert!(wide.check_twin("p1").is_ok());
        assert!(wide.check_twin("p2").is_err(), "patient scopes stay in the compartment");
        assert_eq!(wide.twin_search_compartment().unwrap(), Some("p1"));
        let constrained = Principal::from_claims(
            "i",
            &json!({"sub": "u", "scope": "patient/*.rs patient/Observation.rs?category=laboratory", "patient": "p1"}),
        );
        assert!(constrained.check_twin("p1").is_ok(), "an unconstrained grant wins");
        let lab_only = Principal::from_claims(
            "i",
            &json!({"sub": "u", "scope": "user/Patient.rs user/Condition.rs user/Procedure.rs user/MedicationRequest.rs \
                user/MedicationAdministration.rs user/MedicationStatement.rs user/ImagingStudy.rs user/DiagnosticReport.rs \
                user/DocumentReference.rs user/Composition.rs user/Observation.rs?category=laboratory"}),
        );
        let err = lab_only.check_twin("p1").unwrap_err().0;
        assert!(err.contains("Observation (only a scope with a query constraint)"), "{err}");
        let system = Principal::from_claims("i", &json!({"sub": "s", "scope": "system/*.rs"}));
        assert_eq!(system.twin_search_compartment().unwrap(), None);
        assert!(narrow.check_notes("p1").is_err());
    }
}
