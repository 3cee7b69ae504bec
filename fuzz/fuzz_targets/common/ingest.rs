//! Shared by the ingest targets: run `prepare_unit` both ways and check its invariants.

use oncotwin::ingest::entry::{is_valid_id, Unit, UnitMode};
use oncotwin::ingest::{prepare_unit, FailedTransaction};

/// One core for rayon: the fuzzer is single-threaded, and the machine is shared.
pub fn init() {
    std::env::set_var("RAYON_NUM_THREADS", "1");
}

/// Prepares `unit` as files are ingested (quarantine on a failed transaction) and as HTTP
/// is (reject), and checks that nothing is lost. Returns the prepared unit of the first.
pub fn check_unit(unit: Unit) -> oncotwin::ingest::PreparedUnit {
    let received = unit.entries.len() + unit.broken.len();
    let mode = unit.mode;

    match prepare_unit(unit.clone(), "fuzz", FailedTransaction::Reject) {
        Ok(p) => check_prepared(&p, received),
        Err(e) => {
            assert_eq!(mode, UnitMode::Transaction, "only a transaction is rejected whole");
            assert!(e.status == 400 || e.status == 409, "rejected with status {}", e.status);
            assert!(!e.issues.is_empty());
        }
    }

    let p = match prepare_unit(unit, "fuzz", FailedTransaction::Quarantine) {
        Ok(p) => p,
        Err(e) => panic!("FailedTransaction::Quarantine never rejects, got {} {:?}", e.status, e.issues),
    };
    check_prepared(&p, received);
    p
}

fn check_prepared(p: &oncotwin::ingest::PreparedUnit, received: usize) {
    // Stored + quarantined = received, each slot pointing at its own write or record.
    assert_eq!(p.slots.len(), received, "an entry was lost or duplicated");
    assert_eq!(p.writes.len() + p.quarantined.len(), received);
    assert_eq!(p.timeline.len(), p.writes.len());
    let mut writes = vec![false; p.writes.len()];
    let mut quarantined = vec![false; p.quarantined.len()];
    for (_, slot) in &p.slots {
        let seen = match *slot {
            Ok(i) => &mut writes[i],
            Err(i) => &mut quarantined[i],
        };
        assert!(!*seen, "two entries share one slot");
        *seen = true;
    }
    for w in &p.writes {
        assert!(is_valid_id(&w.id), "stored with an invalid id `{}`", w.id);
        assert_eq!(w.content["id"].as_str(), Some(w.id.as_str()));
        assert_eq!(w.content["resourceType"].as_str(), Some(w.resource_type.as_str()));
        assert_eq!(w.content_hash.len(), 64);
    }
    for q in &p.quarantined {
        assert!(!q.reason.is_empty());
        assert!(q.outcome["issue"].as_array().is_some_and(|a| !a.is_empty()), "quarantined without an issue");
    }
}
