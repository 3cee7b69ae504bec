//! SMART on FHIR scopes (v2 `.cruds` with query constraints, and the v1 `.read`/`.write`/`.*`).

use std::fmt;

/// Whose data a scope covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// One patient: the token's `patient` claim (patient compartment).
    Patient,
    /// What the user may see (no compartment limit here; the EHR decides the user's reach).
    User,
    /// A backend system.
    System,
}

/// A FHIR interaction, as SMART v2 permissions name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interaction {
    Create,
    Read,
    Update,
    Delete,
    Search,
}

impl Interaction {
    fn letter(self) -> char {
        match self {
            Interaction::Create => 'c',
            Interaction::Read => 'r',
            Interaction::Update => 'u',
            Interaction::Delete => 'd',
            Interaction::Search => 's',
        }
    }
}

/// One resource scope, e.g. `patient/Observation.rs?category=laboratory`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceScope {
    pub context: Context,
    /// A resource type, or `*`.
    pub resource_type: String,
    /// Subset of `cruds`.
    pub permissions: String,
    /// v2 query constraint: (parameter, value), e.g. (`category`, `laboratory`).
    pub constraint: Option<(String, String)>,
}

impl ResourceScope {
    /// Parses one scope; `None` for scopes that are not resource scopes (`openid`, `launch`…).
    pub fn parse(scope: &str) -> Option<ResourceScope> {
        let (context, rest) = scope.split_once('/')?;
        let context = match context {
            "patient" => Context::Patient,
            "user" => Context::User,
            "system" => Context::System,
            _ => return None,
        };
        let (rest, constraint) = match rest.split_once('?') {
            Some((r, q)) => {
                let (k, v) = q.split_once('=')?;
                (r, Some((k.to_string(), v.to_string())))
            }
            None => (rest, None),
        };
        let (resource_type, permissions) = rest.rsplit_once('.')?;
        if resource_type != "*" && !fhir_io::is_known_resource_type(resource_type) {
            return None;
        }
        let permissions = match permissions {
            "read" => "rs".to_string(),
            "write" => "cud".to_string(),
            "*" => "cruds".to_string(),
            p if !p.is_empty() && p.chars().all(|c| "cruds".contains(c)) => {
                // v2 requires the letters in order and without repeats.
                let ordered: String = "cruds".chars().filter(|c| p.contains(*c)).collect();
                if ordered != p {
                    return None;
                }
                ordered
            }
            _ => return None,
        };
        Some(ResourceScope { context, resource_type: resource_type.to_string(), permissions, constraint })
    }

    /// Whether this scope grants `interaction` on `resource_type`.
    pub fn grants(&self, resource_type: &str, interaction: Interaction) -> bool {
        (self.resource_type == "*" || self.resource_type == resource_type)
            && self.permissions.contains(interaction.letter())
    }
}

impl fmt::Display for ResourceScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let context = match self.context {
            Context::Patient => "patient",
            Context::User => "user",
            Context::System => "system",
        };
        write!(f, "{context}/{}.{}", self.resource_type, self.permissions)?;
        if let Some((k, v)) = &self.constraint {
            write!(f, "?{k}={v}")?;
        }
        Ok(())
    }
}

/// The admin scope: audit log and quarantine (they may hold PHI of many patients).
pub const ADMIN_SCOPE: &str = "oncotwin/admin";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_and_v2_forms() {
        let s = ResourceScope::parse("patient/Observation.read").unwrap();
        assert_eq!(s.permissions, "rs");
        assert!(s.grants("Observation", Interaction::Search));
        assert!(!s.grants("Condition", Interaction::Read));
        let s = ResourceScope::parse("system/*.cruds").unwrap();
        assert!(s.grants("Patient", Interaction::Delete));
        let s = ResourceScope::parse("user/Observation.rs?category=laboratory").unwrap();
        assert_eq!(s.constraint, Some(("category".into(), "laboratory".into())));
        assert_eq!(s.to_string(), "user/Observation.rs?category=laboratory");
        assert!(ResourceScope::parse("patient/Observation.sr").is_none(), "v2 letters are ordered");
        assert!(ResourceScope::parse("patient/Spaceship.read").is_none());
        assert!(ResourceScope::parse("openid").is_none());
        assert!(ResourceScope::parse("launch/patient").is_none());
    }
}
