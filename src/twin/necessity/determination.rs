//! A reviewer's determination: the human decision beside the twin's recommendation. The twin
//! supports, asks for documentation or refers to a reviewer, and never denies; a reviewer may
//! approve, pend for documentation or deny, with a reason, signed by who and when. Every
//! determination is kept (the latest is in force); a PAS `$inquire` answers with it.

use super::Decision;
use crate::store::{Determination, Store, StoreError};
use chrono::{SecondsFormat, Utc};

/// The most a determination's reason may hold.
pub const REASON_MAX: usize = 1000;

/// What a reviewer may determine, as stored and shown.
pub const KINDS: &[(&str, &str)] =
    &[("approved", "Approved"), ("pended", "Pended for documentation"), ("denied", "Denied")];

/// Why a determination cannot be recorded.
#[derive(Debug, thiserror::Error)]
pub enum DeterminationError {
    #[error("`{0}` is not a determination: give approved, pended or denied")]
    UnknownKind(String),
    #[error("a determination needs a reason (what the reviewer based it on)")]
    NoReason,
    #[error("a reason is at most {REASON_MAX} characters")]
    ReasonTooLong,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The stored kind of what a form or a client wrote (`approve`, `Approved`, `deny`, `pend`).
pub fn kind_of(text: &str) -> Option<&'static str> {
    match text.trim().to_ascii_lowercase().as_str() {
        "approved" | "approve" => Some("approved"),
        "pended" | "pend" => Some("pended"),
        "denied" | "deny" => Some("denied"),
        _ => None,
    }
}

/// The page's label of a stored kind.
pub fn label(kind: &str) -> &str {
    KINDS.iter().find(|(k, _)| *k == kind).map_or(kind, |(_, l)| l)
}

/// Records `reviewer`'s determination on a stored decision; the PAS Claim the decision
/// answered (if any) is found so that `$inquire` on the Claim answers with it.
pub async fn record(
    store: &Store,
    decision: &Decision,
    kind: &str,
    reason: &str,
    reviewer: &str,
) -> Result<Determination, DeterminationError> {
    let determination =
        kind_of(kind).ok_or_else(|| DeterminationError::UnknownKind(kind.chars().take(40).collect()))?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(DeterminationError::NoReason);
    }
    if reason.chars().count() > REASON_MAX {
        return Err(DeterminationError::ReasonTooLong);
    }
    // The Claim item the decision answers in the Claim's current response (a decision a
    // later submission superseded answers none).
    let (claim_identifier, claim_item) = match store.claim_of_decision(&decision.patient_id, &decision.id).await? {
        Some((identifier, response)) => match super::pas::item_of_decision(&response, &decision.id) {
            Some(sequence) => (identifier, sequence),
            None => (String::new(), 0),
        },
        None => (String::new(), 0),
    };
    let d = Determination {
        id: uuid::Uuid::new_v4().to_string(),
        decision_id: decision.id.clone(),
        patient_id: decision.patient_id.clone(),
        service_system: decision.service.system.clone(),
        service_code: decision.service.code.clone(),
        claim_identifier,
        claim_item,
        determination: determination.to_string(),
        reason: reason.to_string(),
        reviewer: reviewer.to_string(),
        recorded_at: Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true),
    };
    store.put_determination(&d).await?;
    tracing::info!(decision = %d.decision_id, determination, "reviewer determination recorded");
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_as_people_write_them() {
        assert_eq!(kind_of(" Approve "), Some("approved"));
        assert_eq!(kind_of("DENIED"), Some("denied"));
        assert_eq!(kind_of("pend"), Some("pended"));
        assert_eq!(kind_of("reject"), None);
        assert_eq!(label("pended"), "Pended for documentation");
    }
}
