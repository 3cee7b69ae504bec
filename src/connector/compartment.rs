//! The R4 patient compartment (CompartmentDefinition/patient, FHIR 4.0.1): which resource
//! types belong to a patient, and through which search parameters.

/// (resource type, search parameters that link it to the patient), from the R4 definition.
pub const PATIENT_COMPARTMENT: &[(&str, &[&str])] = &[
    ("Account", &["subject"]),
    ("AdverseEvent", &["subject"]),
    ("AllergyIntolerance", &["patient", "recorder", "asserter"]),
    ("Appointment", &["actor"]),
    ("AppointmentResponse", &["actor"]),
    ("AuditEvent", &["patient"]),
    ("Basic", &["patient", "author"]),
    ("BodyStructure", &["patient"]),
    ("CarePlan", &["patient", "performer"]),
    ("CareTeam", &["patient", "participant"]),
    ("ChargeItem", &["subject"]),
    ("Claim", &["patient", "payee"]),
    ("ClaimResponse", &["patient"]),
    ("ClinicalImpression", &["subject"]),
    ("Communication", &["subject", "sender", "recipient"]),
    ("CommunicationRequest", &["subject", "sender", "recipient", "requester"]),
    ("Composition", &["subject", "author", "attester"]),
    ("Condition", &["patient", "asserter"]),
    ("Consent", &["patient"]),
    ("Coverage", &["policy-holder", "subscriber", "beneficiary", "payor"]),
    ("CoverageEligibilityRequest", &["patient"]),
    ("CoverageEligibilityResponse", &["patient"]),
    ("DetectedIssue", &["patient"]),
    ("DeviceRequest", &["subject", "performer"]),
    ("DeviceUseStatement", &["subject"]),
    ("DiagnosticReport", &["subject"]),
    ("DocumentManifest", &["subject", "author", "recipient"]),
    ("DocumentReference", &["subject", "author"]),
    ("Encounter", &["subject"]),
    ("EnrollmentRequest", &["subject"]),
    ("EpisodeOfCare", &["patient"]),
    ("ExplanationOfBenefit", &["patient", "payee"]),
    ("FamilyMemberHistory", &["patient"]),
    ("Flag", &["patient"]),
    ("Goal", &["patient"]),
    ("Group", &["member"]),
    ("ImagingStudy", &["patient"]),
    ("Immunization", &["patient"]),
    ("ImmunizationEvaluation", &["patient"]),
    ("ImmunizationRecommendation", &["patient"]),
    ("Invoice", &["subject", "patient", "recipient"]),
    ("List", &["subject", "source"]),
    ("MeasureReport", &["patient"]),
    ("Media", &["subject"]),
    ("MedicationAdministration", &["patient", "performer", "subject"]),
    ("MedicationDispense", &["subject", "patient", "receiver"]),
    ("MedicationRequest", &["subject"]),
    ("MedicationStatement", &["subject"]),
    ("MolecularSequence", &["patient"]),
    ("NutritionOrder", &["patient"]),
    ("Observation", &["subject", "performer"]),
    ("Patient", &["link"]),
    ("Person", &["patient"]),
    ("Procedure", &["patient", "performer"]),
    ("Provenance", &["patient"]),
    ("QuestionnaireResponse", &["subject", "author"]),
    ("RelatedPerson", &["patient"]),
    ("RequestGroup", &["subject", "participant"]),
    ("ResearchSubject", &["individual"]),
    ("RiskAssessment", &["subject"]),
    ("Schedule", &["actor"]),
    ("ServiceRequest", &["subject", "performer"]),
    ("Specimen", &["subject"]),
    ("SupplyDelivery", &["patient"]),
    ("SupplyRequest", &["subject"]),
    ("Task", &["patient", "focus"]),
    ("VisionPrescription", &["patient"]),
];

/// Types outside the R4 compartment that still point at one patient, which `$everything` on
/// common servers returns and a pull must not miss: implanted devices (`Device.patient`,
/// US Core Implantable Device).
pub const PATIENT_LINKED: &[(&str, &[&str])] = &[("Device", &["patient"])];

/// Whether `resource_type` is in the patient compartment.
pub fn in_compartment(resource_type: &str) -> bool {
    PATIENT_COMPARTMENT.iter().any(|(t, _)| *t == resource_type)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compartment_has_the_clinical_types() {
        for t in ["Observation", "Condition", "Encounter", "MedicationRequest", "Procedure", "Provenance"] {
            assert!(in_compartment(t), "{t}");
        }
        for t in ["Practitioner", "Organization", "Location", "Medication", "Device"] {
            assert!(!in_compartment(t), "{t}");
        }
    }
}
