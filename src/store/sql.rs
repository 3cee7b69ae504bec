//! A small SQL text builder with `$n` placeholders, shared by both backends.

/// One bound value.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Text(String),
    OptText(Option<String>),
    Int(i64),
}

/// SQL text plus its arguments in placeholder order.
#[derive(Debug, Default)]
pub(crate) struct Sql {
    pub text: String,
    pub args: Vec<Arg>,
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Sql { text: text.to_string(), args: Vec::new() }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder for `arg`.
    pub fn bind(&mut self, arg: Arg) -> &mut Self {
        self.args.push(arg);
        self.text.push('$');
        self.text.push_str(&self.args.len().to_string());
        self
    }

    pub fn bind_text(&mut self, value: impl Into<String>) -> &mut Self {
        self.bind(Arg::Text(value.into()))
    }

    /// `(a, b, …)` of placeholders for a list of texts.
    pub fn bind_list<I, S>(&mut self, values: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.text.push('(');
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.bind_text(value);
        }
        self.text.push(')');
        self
    }
}

/// Binds every argument of `$sql` to a `sqlx::query`/`query_as`/`query_scalar` call.
macro_rules! bound {
    ($query:expr, $sql:expr) => {{
        let mut query = $query;
        for arg in &$sql.args {
            query = match arg {
                $crate::store::sql::Arg::Text(v) => query.bind(v.as_str()),
                $crate::store::sql::Arg::OptText(v) => query.bind(v.as_deref()),
                $crate::store::sql::Arg::Int(v) => query.bind(*v),
            };
        }
        query
    }};
}
pub(crate) use bound;
