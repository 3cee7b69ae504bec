//! The FHIR boundary of the application: search parameters, dates, references,
//! OperationOutcome and the CapabilityStatement. Typed model checks live in `fhir-io`.

pub mod capability;
pub mod dates;
pub mod numbers;
pub mod outcome;
pub mod params;
pub mod reference;
pub mod search;
