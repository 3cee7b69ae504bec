//! Building and running the HTTP server (one place, so tests start it exactly as `serve` does).

use crate::api;
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
        let state = AppState { store, settings: Arc::new(settings), pathways: Arc::new(pathways) };
        let server = HttpServer::new(move || {
            App::new()
                .app_data(web::Data::new(state.clone()))
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
