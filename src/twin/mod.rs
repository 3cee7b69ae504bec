//! The twins: each reads patient facts and the care-pathway graph, never raw FHIR JSON.
//!
//! - [`history`]: the clinical-history twin — a patient's oncology timeline (diagnosis,
//!   staging, biomarkers, regimens and lines of therapy …) and the facts derived from it.

pub mod history;
