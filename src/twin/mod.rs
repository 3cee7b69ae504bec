//! The twins: each reads patient facts and the care-pathway graph, never raw FHIR JSON.
//!
//! - [`history`]: the clinical-history twin — a patient's oncology timeline (diagnosis,
//!   staging, biomarkers, regimens and lines of therapy …) and the facts derived from it.
//! - [`necessity`]: the medical-necessity twin — a service request checked against the pathway
//!   criteria that support it, as a checklist with evidence.
//! - [`navigation`]: the care-navigation twin — where each patient is on the pathway of
//!   each cancer, what is next, what is overdue; the navigators' worklist.

pub mod history;
pub mod navigation;
pub mod necessity;
