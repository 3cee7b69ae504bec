//! A small SQL text builder with `$n` placeholders, shared by both backends.

use std::borrow::Cow;

/// One bound value.
#[derive(Debug, Clone)]
pub(crate) enum Arg<'a> {
    /// Borrowed where it can be: bulk inserts bind megabytes of resource JSON.
    Text(Cow<'a, str>),
    OptText(Option<Cow<'a, str>>),
    Int(i64),
}

/// SQL text plus its arguments in placeholder order.
///
/// The text is kept twice: with `$1, $2, …` (PostgreSQL) and with plain `?` (SQLite).
/// sqlx-sqlite looks every `$N` up by name, and SQLite's name lookup is a linear scan, so a
/// 3,500-parameter INSERT became quadratic (profiled: ingest 10× slower).
#[derive(Debug, Default)]
pub(crate) struct Sql<'a> {
    text: String,
    sqlite_text: String,
    pub args: Vec<Arg<'a>>,
}

impl<'a> Sql<'a> {
    pub fn new(text: &str) -> Self {
        Sql { text: text.to_string(), sqlite_text: text.to_string(), args: Vec::new() }
    }

    /// `prefix` (which has no placeholders) followed by `inner`.
    pub fn wrap(prefix: &str, inner: &Sql<'a>) -> Self {
        Sql {
            text: format!("{prefix}{}", inner.text),
            sqlite_text: format!("{prefix}{}", inner.sqlite_text),
            args: inner.args.clone(),
        }
    }

    /// The text for `store`'s backend.
    pub fn text_for(&self, store: &super::Store) -> &str {
        match store {
            super::Store::Postgres(_) => &self.text,
            super::Store::Sqlite(_) => &self.sqlite_text,
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self.sqlite_text.push_str(text);
        self
    }

    /// Appends a placeholder for `arg`.
    pub fn bind(&mut self, arg: Arg<'a>) -> &mut Self {
        self.args.push(arg);
        self.text.push('$');
        self.text.push_str(&self.args.len().to_string());
        self.sqlite_text.push('?');
        self
    }

    pub fn bind_text(&mut self, value: impl Into<Cow<'a, str>>) -> &mut Self {
        self.bind(Arg::Text(value.into()))
    }

    /// `(a, b, …)` of placeholders for a list of texts.
    pub fn bind_list<I, S>(&mut self, values: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<Cow<'a, str>>,
    {
        self.push("(");
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind_text(value);
        }
        self.push(")");
        self
    }
}

/// Binds every argument of `$sql` to a `sqlx::query`/`query_as`/`query_scalar` call.
macro_rules! bound {
    ($query:expr, $sql:expr) => {{
        let mut query = $query;
        for arg in &$sql.args {
            query = match arg {
                $crate::store::sql::Arg::Text(v) => query.bind(v.as_ref()),
                $crate::store::sql::Arg::OptText(v) => query.bind(v.as_deref()),
                $crate::store::sql::Arg::Int(v) => query.bind(*v),
            };
        }
        query
    }};
}
pub(crate) use bound;
