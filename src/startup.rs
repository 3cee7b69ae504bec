//! Building and running the HTTP server (one place, so tests start it exactly as `serve` does).

use crate::api;
use crate::audit::AuditSink;
use crate::auth::dev::{DevIssuer, DEV_AUDIENCE, DEV_ISSUER};
use crate::auth::Verifier;
use crate::config::Settings;
use crate::store::Store;
use actix_web::dev::Server;
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use oncotwin_pathway::PathwaySet;
use std::net::TcpListener;
use std::sync::Arc;

/// State shared by every handler.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub settings: Arc<Settings>,
    /// The care-pathway graph every twin queries (loaded and linted once at start-up).
    pub pathways: Arc<PathwaySet>,
    /// Bearer-token verification.
    pub verifier: Arc<Verifier>,
    /// Where PHI accesses are recorded.
    pub audit: AuditSink,
    /// SMART App Launch: pending launches and the browser sessions they open (in memory).
    pub launches: Arc<crate::auth::launch::LaunchSessions>,
    /// CDS Hooks: who may call the hook services.
    pub cds: Arc<crate::cds::jwt::CdsAuth>,
    /// Outbound HTTP (CDS Hooks fetches from the EHR's fhirServer).
    pub http: reqwest::Client,
    /// Where hook decisions are stored (batched).
    pub decisions: crate::twin::necessity::sink::DecisionSink,
}

/// A bound, not yet running server.
pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    /// Binds `settings.listen` (port 0 picks a free port) and builds the server over `store`.
    pub fn build(settings: Settings, store: Store) -> anyhow::Result<Self> {
        let listener =
            TcpListener::bind(&settings.listen).with_context(|| format!("cannot listen on {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let started = std::time::Instant::now();
        let pathways = crate::pathway::load(settings.pathways_dir.as_deref())?;
        tracing::info!(
            pathways = pathways.pathways().len(),
            ms = started.elapsed().as_secs_f64() * 1e3,
            "pathways loaded and linted"
        );
        // The value-set tables (which code means what) are compiled in; a bad edit must stop
        // the server here, with its file:line, not at the first resource that needs them.
        crate::twin::history::valuesets::check()
            .map_err(|errors| anyhow::anyhow!("the value-set tables do not load:\n{}", errors.join("\n")))?;
        let (verifier, dev_keys) = build_verifier(&settings)?;
        let verifier = Arc::new(verifier);
        let cds = Arc::new(crate::cds::jwt::CdsAuth::new(&settings.cds, dev_keys)?);
        if settings.cds.allow_unauthenticated {
            tracing::warn!(
                "CDS Hooks: calls without a JWT are accepted (cds.allow_unauthenticated); never in production"
            );
        }
        if !verifier.has_issuers() {
            tracing::warn!("no token issuer configured: every PHI request will be refused (configure --auth-issuer, or --dev-auth for development)");
        }
        // Audit records go through a reserve pool: a burst of costly searches cannot starve them.
        let audit = AuditSink::start(store.reserve());
        let decisions = crate::twin::necessity::sink::DecisionSink::start(store.clone());
        let pathways = Arc::new(pathways);
        crate::twin::navigation::spawn_daily_refresh(store.clone(), pathways.clone());
        let state = AppState {
            store,
            settings: Arc::new(settings),
            pathways,
            verifier,
            audit,
            launches: Default::default(),
            cds,
            http: crate::cds::fetch::http_client(),
            decisions,
        };
        let server = HttpServer::new(move || {
            App::new()
                .app_data(web::Data::new(state.clone()))
                .wrap(actix_web::middleware::from_fn(api::auth::authenticate))
                .wrap(actix_web::middleware::from_fn(api::middleware::limit_headers))
                .wrap(actix_web::middleware::from_fn(api::middleware::record_metrics))
                .configure(api::configure)
        })
        .listen(listener)?
        // Finish in-flight requests on SIGTERM/SIGINT, then stop.
        .shutdown_timeout(20)
        .run();
        Ok(Application { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs until the process receives SIGINT or SIGTERM (graceful shutdown).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// The token verifier for these settings: the configured issuers, plus the development
/// issuer when development mode is on (its keys are returned too: in development mode the
/// development issuer may also sign CDS Hooks JWTs).
fn build_verifier(settings: &Settings) -> anyhow::Result<(Verifier, Vec<(String, jsonwebtoken::jwk::JwkSet)>)> {
    let mut audiences = settings.auth_audiences.clone();
    let mut static_keys = Vec::new();
    if let Some(key) = &settings.dev_auth_key {
        let dev = DevIssuer::load_or_create(key)?;
        static_keys.push((DEV_ISSUER.to_string(), dev.jwks()?));
        audiences.push(DEV_AUDIENCE.to_string());
        tracing::warn!(key = %key.display(), "development mode: tokens from the local development issuer are accepted");
    }
    let verifier = Verifier::new(settings.auth_issuers.clone(), audiences, static_keys.clone())?;
    Ok((verifier, static_keys))
}
