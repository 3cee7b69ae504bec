//! The local development issuer: an ES256 key kept in a file, which `oncotwin demo` trusts
//! and `oncotwin dev-token` signs with. A server trusts it only in development mode.

use anyhow::Context;
use base64::Engine;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use std::path::Path;

/// The `iss` of development tokens.
pub const DEV_ISSUER: &str = "urn:oncotwin:dev";
/// The `aud` development tokens carry and a development server accepts.
pub const DEV_AUDIENCE: &str = "oncotwin";

/// A development signing key.
pub struct DevIssuer {
    pem: String,
    kid: String,
    public_jwk: serde_json::Value,
}

impl DevIssuer {
    /// Loads the key at `path`, creating it (mode 0600) when missing.
    pub fn load_or_create(path: &Path) -> anyhow::Result<Self> {
        let pem = if path.exists() {
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the development key {}", path.display()))?
        } else {
            let key = p256::SecretKey::random(&mut rand_core::OsRng);
            let pem = key.to_pkcs8_pem(LineEnding::LF).context("cannot encode the development key")?.to_string();
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            write_private(path, &pem)?;
            pem
        };
        Self::from_pem(pem)
    }

    fn from_pem(pem: String) -> anyhow::Result<Self> {
        let key = p256::SecretKey::from_pkcs8_pem(&pem).context("the development key is not a P-256 PKCS#8 key")?;
        let point = p256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&key.public_key(), false);
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let (x, y) = (point.x().context("no x")?, point.y().context("no y")?);
        let kid = blake3::hash(&[x.as_slice(), y.as_slice()].concat()).to_hex()[..16].to_string();
        let public_jwk = serde_json::json!({"kty": "EC", "crv": "P-256", "x": b64(x), "y": b64(y), "kid": kid, "alg": "ES256", "use": "sig"});
        Ok(DevIssuer { pem, kid, public_jwk })
    }

    /// The public key as a JWK (JSON).
    pub fn public_jwk(&self) -> &serde_json::Value {
        &self.public_jwk
    }

    /// The public key set a development server trusts.
    pub fn jwks(&self) -> anyhow::Result<JwkSet> {
        Ok(serde_json::from_value(serde_json::json!({"keys": [self.public_jwk]}))?)
    }

    /// Mints a token for `scope` (space-separated), optionally bound to `patient`.
    pub fn mint(&self, subject: &str, scope: &str, patient: Option<&str>, ttl_seconds: i64) -> anyhow::Result<String> {
        let now = chrono::Utc::now().timestamp();
        let mut claims = serde_json::json!({
            "iss": DEV_ISSUER, "aud": DEV_AUDIENCE, "sub": subject, "client_id": "oncotwin-dev",
            "scope": scope, "iat": now, "nbf": now, "exp": now + ttl_seconds,
        });
        if let Some(patient) = patient {
            claims["patient"] = serde_json::Value::String(patient.to_string());
        }
        self.sign(&claims)
    }

    /// Signs arbitrary claims with the development key (ES256, with its `kid`).
    pub fn sign(&self, claims: &serde_json::Value) -> anyhow::Result<String> {
        self.sign_with_jku(claims, None)
    }

    /// As [`DevIssuer::sign`], naming a JWKS URL in the `jku` header (CDS Hooks clients may).
    pub fn sign_with_jku(&self, claims: &serde_json::Value, jku: Option<&str>) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        header.jku = jku.map(str::to_string);
        let key = EncodingKey::from_ec_pem(self.pem.as_bytes()).context("cannot load the development key")?;
        jsonwebtoken::encode(&header, claims, &key).context("cannot sign the development token")
    }
}

/// Writes a secret file readable by its owner only (mode 0600), never replacing one.
pub fn write_private_file(path: &Path, text: &str) -> anyhow::Result<()> {
    write_private(path, text)
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    Ok(std::fs::write(path, text)?)
}
