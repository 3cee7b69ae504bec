//! What each drug is to a regimen, from the shared antineoplastic table
//! (`pathways/valuesets/antineoplastics.csv`): a chemotherapy backbone or companion drug that
//! other drugs of a node may replace, or a partner (targeted, immunotherapy, endocrine) that
//! defines the regimen. Placement uses it: a history of carboplatin and paclitaxel is the
//! platinum doublet, not "pembrolizumab with carboplatin and paclitaxel" without its
//! pembrolizumab.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::codetable::csv_records;

/// A drug's role and its prior-therapy classes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DrugRole {
    /// Targeted, immunotherapy or endocrine: defines the regimen it is part of.
    pub partner: bool,
    /// Classes (`arpi`, `pd1_pdl1`, `anti_vegf` …); drugs sharing one are alternatives.
    pub classes: Vec<String>,
}

const TABLE: &str = include_str!("../../../pathways/valuesets/antineoplastics.csv");

/// RxNorm code → role, for every ingredient of the shipped table (rows that do not parse are
/// skipped here; the history twin's loader reports them with file and line, and a test
/// requires the file to load).
pub fn roles() -> &'static HashMap<String, DrugRole> {
    static ROLES: OnceLock<HashMap<String, DrugRole>> = OnceLock::new();
    ROLES.get_or_init(|| {
        let mut out = HashMap::new();
        for (ix, record) in csv_records(TABLE).into_iter().enumerate() {
            let Ok((_, f)) = record else { continue };
            if ix == 0 || f.len() < 5 {
                continue;
            }
            let class = f[2].trim();
            let mut classes: Vec<String> =
                f[4].split(';').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect();
            if let Some(group) = Some(f[3].trim()).filter(|g| !g.is_empty()) {
                classes.push(format!("group:{group}"));
            }
            let partner = matches!(class, "targeted" | "immunotherapy" | "endocrine");
            out.insert(f[0].trim().to_string(), DrugRole { partner, classes });
        }
        out
    })
}
