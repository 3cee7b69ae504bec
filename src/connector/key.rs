//! The client's private key for SMART Backend Services: loading it (PEM from a file or the
//! environment, never the command line), its public JWKS (to register with the EHR), and
//! the signed client assertion (`private_key_jwt`, ES384 or RS384).

use super::ConnectorError;
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p384::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::traits::PublicKeyParts;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The environment variable that may hold the private key's PEM text itself.
pub const KEY_ENV: &str = "ONCOTWIN_EHR_PRIVATE_KEY";

/// Lifetime of a client assertion (SMART Backend Services: at most five minutes).
const ASSERTION_SECONDS: i64 = 240;

/// A client signing key: P-384 (ES384) or RSA (RS384), as SMART Backend Services requires.
pub struct ClientKey {
    algorithm: Algorithm,
    kid: String,
    encoding: EncodingKey,
    public_jwk: Value,
}

impl std::fmt::Debug for ClientKey {
    // Never print key material.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientKey").field("algorithm", &self.algorithm).field("kid", &self.kid).finish()
    }
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The RFC 7638 thumbprint of a public JWK (its required members, in lexical order).
fn thumbprint(members: &[(&str, &str)]) -> String {
    let canonical =
        format!("{{{}}}", members.iter().map(|(k, v)| format!("\"{k}\":\"{v}\"")).collect::<Vec<_>>().join(","));
    b64(&Sha256::digest(canonical.as_bytes()))
}

impl ClientKey {
    /// Reads a PEM key file: PKCS#8 (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`) or PKCS#1
    /// (`RSA PRIVATE KEY`). `kid` defaults to the key's RFC 7638 thumbprint.
    pub fn from_file(path: &Path, kid: Option<&str>) -> Result<Self, ConnectorError> {
        let pem = std::fs::read_to_string(path)
            .map_err(|e| ConnectorError::Key(format!("cannot read the private key {}: {e}", path.display())))?;
        Self::from_pem(&pem, kid)
    }

    /// The key from `path`, or else from the `ONCOTWIN_EHR_PRIVATE_KEY` environment variable.
    pub fn load(path: Option<&Path>, kid: Option<&str>) -> Result<Self, ConnectorError> {
        match path {
            Some(path) => Self::from_file(path, kid),
            None => match std::env::var(KEY_ENV) {
                Ok(pem) if !pem.trim().is_empty() => Self::from_pem(&pem, kid),
                _ => Err(ConnectorError::Key(format!(
                    "no private key: give --key FILE (or ONCOTWIN_EHR_KEY_FILE, or private_key_file in the settings file), or put the PEM in {KEY_ENV}"
                ))),
            },
        }
    }

    /// Parses a PEM private key.
    pub fn from_pem(pem: &str, kid: Option<&str>) -> Result<Self, ConnectorError> {
        let ec = p384::SecretKey::from_pkcs8_pem(pem).or_else(|_| p384::SecretKey::from_sec1_pem(pem));
        if let Ok(secret) = ec {
            let point = p384::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&secret.public_key(), false);
            let (x, y) = match (point.x(), point.y()) {
                (Some(x), Some(y)) => (b64(x), b64(y)),
                _ => return Err(ConnectorError::Key("the P-384 public key has no coordinates".into())),
            };
            let kid = kid
                .map(str::to_string)
                .unwrap_or_else(|| thumbprint(&[("crv", "P-384"), ("kty", "EC"), ("x", &x), ("y", &y)]));
            let pkcs8 = secret
                .to_pkcs8_pem(LineEnding::LF)
                .map_err(|e| ConnectorError::Key(format!("cannot encode the P-384 key: {e}")))?;
            let encoding = EncodingKey::from_ec_pem(pkcs8.as_bytes())
                .map_err(|e| ConnectorError::Key(format!("cannot load the P-384 key: {e}")))?;
            return Ok(ClientKey {
                algorithm: Algorithm::ES384,
                public_jwk: json!({"kty": "EC", "crv": "P-384", "x": x, "y": y, "kid": kid, "alg": "ES384", "use": "sig", "key_ops": ["verify"]}),
                kid,
                encoding,
            });
        }
        let rsa = rsa::RsaPrivateKey::from_pkcs8_pem(pem).or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(pem));
        if let Ok(secret) = rsa {
            if secret.size() < 256 {
                return Err(ConnectorError::Key("RSA keys must have at least 2048 bits".into()));
            }
            let (n, e) = (b64(&secret.n().to_bytes_be()), b64(&secret.e().to_bytes_be()));
            let kid = kid.map(str::to_string).unwrap_or_else(|| thumbprint(&[("e", &e), ("kty", "RSA"), ("n", &n)]));
            let pkcs1 = secret
                .to_pkcs1_pem(LineEnding::LF)
                .map_err(|e| ConnectorError::Key(format!("cannot encode the RSA key: {e}")))?;
            let encoding = EncodingKey::from_rsa_pem(pkcs1.as_bytes())
                .map_err(|e| ConnectorError::Key(format!("cannot load the RSA key: {e}")))?;
            return Ok(ClientKey {
                algorithm: Algorithm::RS384,
                public_jwk: json!({"kty": "RSA", "n": n, "e": e, "kid": kid, "alg": "RS384", "use": "sig", "key_ops": ["verify"]}),
                kid,
                encoding,
            });
        }
        Err(ConnectorError::Key(
            "the private key is neither a P-384 EC key nor an RSA key in PEM (PKCS#8, SEC1 or PKCS#1): SMART Backend Services signs with ES384 or RS384".into(),
        ))
    }

    /// `ES384` or `RS384`.
    pub fn algorithm_name(&self) -> &'static str {
        match self.algorithm {
            Algorithm::ES384 => "ES384",
            _ => "RS384",
        }
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key set to register with the EHR (`jwks` of the client registration).
    pub fn public_jwks(&self) -> Value {
        json!({"keys": [self.public_jwk]})
    }

    /// A signed client assertion for the token endpoint `audience`.
    pub fn client_assertion(&self, client_id: &str, audience: &str) -> Result<String, ConnectorError> {
        let now = chrono::Utc::now().timestamp();
        let claims = json!({
            "iss": client_id, "sub": client_id, "aud": audience,
            "iat": now, "exp": now + ASSERTION_SECONDS,
            "jti": uuid::Uuid::new_v4().to_string(),
        });
        let mut header = Header::new(self.algorithm);
        header.kid = Some(self.kid.clone());
        header.typ = Some("JWT".into());
        jsonwebtoken::encode(&header, &claims, &self.encoding)
            .map_err(|e| ConnectorError::Key(format!("cannot sign the client assertion: {e}")))
    }
}

/// A new P-384 private key in PKCS#8 PEM (for tests and first-time set-up).
pub fn generate_p384_pem() -> Result<String, ConnectorError> {
    let key = p384::SecretKey::random(&mut rand_core::OsRng);
    key.to_pkcs8_pem(LineEnding::LF)
        .map(|pem| pem.to_string())
        .map_err(|e| ConnectorError::Key(format!("cannot encode a new key: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p384_keys_sign_es384_with_a_thumbprint_kid() {
        let pem = generate_p384_pem().unwrap();
        let key = ClientKey::from_pem(&pem, None).unwrap();
        assert_eq!(key.algorithm_name(), "ES384");
        let jwks = key.public_jwks();
        assert_eq!(jwks["keys"][0]["kid"], key.kid());
        assert!(jwks["keys"][0].get("d").is_none(), "the public JWKS must not hold the private part");
        let token = key.client_assertion("client-1", "https://ehr.example/token").unwrap();
        let header = jsonwebtoken::decode_header(&token).unwrap();
        assert_eq!(header.alg, Algorithm::ES384);
        assert_eq!(header.kid.as_deref(), Some(key.kid()));
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(jwks["keys"][0].clone()).unwrap();
        let mut validation = jsonwebtoken::Validation::new(Algorithm::ES384);
        validation.set_audience(&["https://ehr.example/token"]);
        let claims =
            jsonwebtoken::decode::<Value>(&token, &jsonwebtoken::DecodingKey::from_jwk(&jwk).unwrap(), &validation)
                .unwrap()
                .claims;
        assert_eq!(claims["iss"], "client-1");
        assert_eq!(claims["sub"], "client-1");
        assert!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap() <= 300);
    }

    #[test]
    fn p256_keys_are_refused_with_a_reason() {
        let key = p256::SecretKey::random(&mut rand_core::OsRng);
        let pem = p256::pkcs8::EncodePrivateKey::to_pkcs8_pem(&key, LineEnding::LF).unwrap();
        let err = ClientKey::from_pem(&pem, None).unwrap_err().to_string();
        assert!(err.contains("ES384 or RS384"), "{err}");
    }
}
