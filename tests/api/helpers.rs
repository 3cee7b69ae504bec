//! Spawning the real app on port 0 against a fresh database.

use oncotwin::config::Settings;
use oncotwin::startup::Application;
use oncotwin::store::Store;
use std::path::{Path, PathBuf};

/// Which database a test runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// A running server and a handle on its store.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    pub client: reqwest::Client,
    pub store: Store,
    pub database_url: String,
    /// The development issuer this app trusts (to mint other tokens).
    pub dev: std::sync::Arc<oncotwin::auth::dev::DevIssuer>,
    /// The token `client` sends: `system/*.cruds oncotwin/admin`.
    pub token: String,
    _dir: tempfile::TempDir,
}

/// The PostgreSQL server tests create their databases on.
pub fn postgres_admin_url() -> String {
    std::env::var("ONCOTWIN_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

/// A fresh, empty database URL of the given kind.
pub async fn fresh_database(db: Db, dir: &Path) -> String {
    match db {
        Db::Sqlite => format!("sqlite://{}", dir.join("oncotwin.db").display()),
        Db::Postgres => {
            let admin_url = postgres_admin_url();
            let admin = sqlx::PgPool::connect(&admin_url)
                .await
                .unwrap_or_else(|e| panic!("PostgreSQL must be running for the postgres tests ({admin_url}): {e}"));
            let name = format!("oncotwin_test_{}", uuid::Uuid::new_v4().simple());
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.expect("create test database");
            admin.close().await;
            let mut url = url::Url::parse(&admin_url).expect("valid admin URL");
            url.set_path(&name);
            url.to_string()
        }
    }
}

/// Runs one SQL statement on the database at `url` (a test's look under the hood).
pub async fn raw_sql_exec(url: &str, sql: &str) -> u64 {
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        let n = sqlx::query(sql).execute(&pool).await.unwrap().rows_affected();
        pool.close().await;
        n
    } else {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        let n = sqlx::query(sql).execute(&pool).await.unwrap().rows_affected();
        pool.close().await;
        n
    }
}

/// The first column of every row of a query, as text.
pub async fn raw_sql_strings(url: &str, sql: &str) -> Vec<String> {
    use sqlx::Row;
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
        pool.close().await;
        rows.iter().map(|r| r.get::<String, _>(0)).collect()
    } else {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
        pool.close().await;
        rows.iter().map(|r| r.get::<String, _>(0)).collect()
    }
}

/// A `SELECT COUNT(*) …`.
pub async fn raw_sql_count(url: &str, sql: &str) -> i64 {
    use sqlx::Row;
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        let n = sqlx::query(sql).fetch_one(&pool).await.unwrap().get::<i64, _>(0);
        pool.close().await;
        n
    } else {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        let n = sqlx::query(sql).fetch_one(&pool).await.unwrap().get::<i64, _>(0);
        pool.close().await;
        n
    }
}

/// Starts the app with default settings (body limit overridable) on a fresh database.
pub async fn spawn_app_with(db: Db, configure: impl FnOnce(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = fresh_database(db, dir.path()).await;
    spawn_app_on(database_url, dir, configure).await
}

/// Starts the app on an existing database (several instances may share one).
pub async fn spawn_app_on(
    database_url: String,
    dir: tempfile::TempDir,
    configure: impl FnOnce(&mut Settings),
) -> TestApp {
    let dev_key = dir.path().join("dev-issuer.pem");
    let mut settings = Settings {
        listen: "127.0.0.1:0".into(),
        database_url: database_url.clone(),
        dev_auth_key: Some(dev_key.clone()),
        ..Settings::default()
    };
    configure(&mut settings);
    let dev = oncotwin::auth::dev::DevIssuer::load_or_create(&dev_key).expect("dev issuer");
    let token = dev.mint("test-admin", "system/*.cruds oncotwin/admin", None, 3600).expect("token");
    let store = Store::open(&settings.database_url).await.expect("open store");
    let app = Application::build(settings, store.clone()).expect("build app");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().expect("header"));
    let client = reqwest::Client::builder().default_headers(headers).build().expect("client");
    TestApp { address, client, store, database_url, dev: std::sync::Arc::new(dev), token, _dir: dir }
}

pub async fn spawn_app(db: Db) -> TestApp {
    spawn_app_with(db, |_| {}).await
}

/// The repository's test fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fixture's text, un-gzipped.
pub fn fixture_text(relative: &str) -> String {
    let bytes = std::fs::read(fixtures().join(relative)).unwrap_or_else(|e| panic!("fixture {relative}: {e}"));
    String::from_utf8(oncotwin::ingest::source::read_maybe_gzip(&bytes).expect("gzip")).expect("utf-8")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self.client.get(self.url(path)).send().await.expect("request");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(serde_json::Value::Null);
        (status, body)
    }

    pub async fn post_fhir(&self, path: &str, body: impl Into<reqwest::Body>) -> (u16, serde_json::Value) {
        let response = self
            .client
            .post(self.url(path))
            .header("Content-Type", "application/fhir+json")
            .body(body)
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(serde_json::Value::Null))
    }

    /// Number of current resources in the store.
    pub async fn resource_count(&self) -> i64 {
        self.store.count_by_type().await.expect("count").iter().map(|(_, n)| n).sum()
    }

    pub async fn quarantine_count(&self) -> i64 {
        self.store.quarantine_counts().await.expect("count").iter().map(|(_, n)| n).sum()
    }
}

/// Asserts a body is an OperationOutcome with at least one error issue.
pub fn assert_outcome(body: &serde_json::Value) {
    assert_eq!(body["resourceType"], "OperationOutcome", "expected an OperationOutcome, got {body}");
    assert!(body["issue"].as_array().is_some_and(|i| !i.is_empty()), "OperationOutcome without issues: {body}");
}

/// Runs one async test body against both backends.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::helpers::Db::Sqlite).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::helpers::Db::Postgres).await
                }
            }
        )*
    };
}
