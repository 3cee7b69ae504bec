//! Storage: the raw FHIR store, its search index and the quarantine, on SQLite or PostgreSQL.
//!
//! Both backends run the same SQL text: queries use `$n` placeholders, which sqlx's SQLite
//! driver maps by number just as PostgreSQL does. [`Store`] is an enum over the two pools;
//! the `dispatch!` macro expands one body per backend so each is type-checked on its own
//! without generic sqlx bounds. Nothing outside this module writes SQL.

mod audit;
mod navigation;
mod necessity;
mod notes;
mod resources;
mod sql;
mod sync;
mod timeline;

pub use audit::AuditRecord;
pub use navigation::{
    AddressedFilter, AddressedRow, NavigationItemRow, NavigationSummary, WorklistFilter, WorklistOrder, WorklistRow,
};
pub use necessity::{DecisionFilter, DecisionRow, Determination, FeedbackRecord, PasRecord};
pub use notes::{ClaimedJob, FinishedJob, NoteJob, NoteJobConflict};
pub use resources::{
    DateFilter, DatePrefix, IndexRows, IngestCounts, Precondition, QuarantineRecord, SearchPage, SearchQuery,
    SearchSort, StoredResource, SystemMatch, TokenMatch, WriteOutcome, WriteRequest,
};
pub use sync::SyncState;
pub use timeline::{EventFilter, EventRow};

use anyhow::Context;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, SqlitePool};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl(redact_url(url)))
        }
    }
}

/// Errors a caller can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL `{0}`: use sqlite:PATH or postgres://…")]
    UnsupportedUrl(String),
    /// The database cannot be reached right now; the request may succeed later (503).
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// Another writer changed the same resource concurrently (409).
    #[error("conflicting concurrent write: {0}")]
    Conflict(String),
    /// A search that did not finish within its budget (503, `too-costly`).
    #[error("{0}")]
    TooCostly(String),
    /// A conditional write's precondition (`If-Match`, `If-None-Match: *`) does not hold (412).
    #[error("precondition failed: {0}")]
    PreconditionFailed(String),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another writer holds the file.
            sqlx::Error::Database(db) if matches!(db.code().as_deref(), Some("5" | "6" | "517")) => {
                StoreError::Unavailable(db.message().to_string())
            }
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                StoreError::Unavailable(err.to_string())
            }
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(db.message().to_string()),
            sqlx::Error::Database(db) if db.code().is_some_and(|c| c.starts_with("57P") || c.starts_with("08")) => {
                StoreError::Unavailable(db.message().to_string())
            }
            _ => StoreError::Other(anyhow::Error::new(err)),
        }
    }
}

/// A connection pool to the configured database.
#[derive(Clone, Debug)]
pub enum Store {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to whichever pool the store holds.
macro_rules! dispatch {
    ($store:expr, $pool:ident => $body:expr) => {
        match $store {
            $crate::store::Store::Sqlite($pool) => $body,
            $crate::store::Store::Postgres($pool) => $body,
        }
    };
}
pub(crate) use dispatch;

impl Store {
    /// Connects (creating a SQLite file and its folder if needed). Does not migrate.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        match Backend::of_url(url)? {
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(url)
                    .with_context(|| format!("invalid SQLite URL `{url}`"))?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    // Full durability: a commit survives power loss, not just a crash.
                    .synchronous(SqliteSynchronous::Full)
                    .busy_timeout(Duration::from_secs(10))
                    .foreign_keys(true)
                    // Random-key B-tree inserts (uuids) thrash SQLite's default 2 MB page
                    // cache; 64 MB per connection and memory-mapped reads keep them in memory.
                    .pragma("cache_size", "-65536")
                    .pragma("mmap_size", "268435456")
                    .pragma("temp_store", "memory");
                if let Some(parent) = Path::new(options.get_filename()).parent() {
                    if !parent.as_os_str().is_empty() {
                        std::fs::create_dir_all(parent)
                            .with_context(|| format!("cannot create the folder {}", parent.display()))?;
                    }
                }
                let pool = SqlitePoolOptions::new()
                    .max_connections(4)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await?;
                Ok(Store::Sqlite(pool))
            }
            Backend::Postgres => {
                let options = PgConnectOptions::from_str(url)
                    .with_context(|| format!("invalid PostgreSQL URL `{}`", redact_url(url)))?;
                let pool = PgPoolOptions::new()
                    .max_connections(16)
                    // Fail fast while the database is down so callers get a 503, not a hang.
                    .acquire_timeout(Duration::from_secs(3))
                    .connect_with(options)
                    .await?;
                Ok(Store::Postgres(pool))
            }
        }
    }

    /// Connects and applies pending migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        match self {
            Store::Sqlite(_) => Backend::Sqlite,
            Store::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the migrations of this backend (`migrations/sqlite` or `migrations/postgres`).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(pool) => {
                sqlx::migrate!("./migrations/sqlite").run(pool).await.context("SQLite migration failed")?
            }
            Store::Postgres(pool) => {
                sqlx::migrate!("./migrations/postgres").run(pool).await.context("PostgreSQL migration failed")?
            }
        }
        Ok(())
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock up front
    /// (`BEGIN IMMEDIATE`): a deferred transaction that reads and then writes fails at once
    /// with SQLITE_BUSY, without waiting, when another connection committed in between.
    pub(crate) async fn begin_write<'c, DB: sqlx::Database>(
        &self,
        pool: &'c sqlx::Pool<DB>,
    ) -> Result<sqlx::Transaction<'c, DB>, sqlx::Error> {
        match self {
            Store::Sqlite(_) => pool.begin_with("BEGIN IMMEDIATE").await,
            Store::Postgres(_) => pool.begin().await,
        }
    }

    /// A second, small pool on the same database for work that must not queue behind the
    /// requests of the main pool: audit writes and the readiness probe. Searches that hold
    /// every connection of the main pool leave these free. Lazy: connects on first use.
    pub fn reserve(&self) -> Store {
        const RESERVE: u32 = 2;
        match self {
            Store::Sqlite(pool) => {
                let options = (*pool.connect_options()).clone();
                if options.get_filename().to_string_lossy().contains(":memory:") {
                    // A second pool would open a second, empty in-memory database.
                    return self.clone();
                }
                Store::Sqlite(
                    SqlitePoolOptions::new()
                        .max_connections(RESERVE)
                        .acquire_timeout(Duration::from_secs(10))
                        .connect_lazy_with(options),
                )
            }
            Store::Postgres(pool) => Store::Postgres(
                PgPoolOptions::new()
                    .max_connections(RESERVE)
                    .acquire_timeout(Duration::from_secs(3))
                    .connect_lazy_with((*pool.connect_options()).clone()),
            ),
        }
    }

    /// The pool's connections: (open, idle, maximum).
    pub fn pool_status(&self) -> (u32, usize, u32) {
        dispatch!(self, pool => (pool.size(), pool.num_idle(), pool.options().get_max_connections()))
    }

    /// Whether the database answers a trivial query (readiness).
    pub async fn ping(&self) -> Result<(), StoreError> {
        dispatch!(self, pool => {
            sqlx::query("SELECT 1").execute(pool).await?;
        });
        Ok(())
    }

    /// Refreshes the planner's statistics (`ANALYZE`). After a bulk load the tables' sizes and
    /// value spreads change by orders of magnitude; without fresh statistics PostgreSQL
    /// planned a date search over a million resources as if it matched 1,600 rows (5.5 s
    /// instead of 0.4 s), and autovacuum may be off or not yet run.
    pub async fn analyze(&self) -> Result<(), StoreError> {
        match self {
            // A sample of each index, not all of it (a full ANALYZE reads every index).
            Store::Sqlite(pool) => {
                let mut conn = pool.acquire().await?;
                sqlx::query("PRAGMA analysis_limit = 1000").execute(&mut *conn).await?;
                sqlx::query("ANALYZE").execute(&mut *conn).await?;
            }
            Store::Postgres(pool) => {
                sqlx::query("ANALYZE").execute(pool).await?;
            }
        }
        Ok(())
    }

    pub async fn close(&self) {
        dispatch!(self, pool => pool.close().await)
    }
}

/// A database URL with any password replaced, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}
