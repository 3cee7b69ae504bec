//! The criteria language: a small boolean language over [`crate::facts`], parsed and
//! type-checked when a pathway loads, printed back canonically, and evaluated in three-valued
//! (Kleene) logic so that a missing fact yields Unknown rather than a wrong answer.
//!
//! ```text
//! expr    := and ("or" and)*
//! and     := unary ("and" unary)*
//! unary   := "not" unary | "unless" unary | "(" expr ")" | test | DEFINITION-NAME
//! test    := subject ("=" | "!=" | "<" | "<=" | ">" | ">=") value
//!          | subject ["not"] "in" "[" value ("," value)* "]"
//! subject := FACT | "since" "(" EVENT-FACT ")"
//! value   := NUMBER | WORD | STAGE | TNM | system:code | NUMBER UNIT | true | false
//! ```
//!
//! Examples: `her2 = positive and stage in [II, III]`, `egfr in [exon19del, l858r]`,
//! `pdl1_tps >= 50 and egfr = wildtype`, `since(surgery) <= 12 weeks`,
//! `prior_drugs not in [rxnorm:1721560]`, `dx = icd10:C50`.
//!
//! `unless X` holds unless the record shows X: it is not met only when X is met, and met when
//! X is not met *or unknown*. It is for what a label does not require but the pathway steers
//! away from when documented (`unless braf = v600e` on an anti-EGFR node: the cetuximab and
//! panitumumab labels name RAS only, so an untested BRAF is no gap, a documented V600E goes to
//! a reviewer). `not X` stays Kleene: unknown when X is.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::facts::{Fact, FactEntry, FactType, FactValue, Graded, PatientFacts, Relation};

/// A criterion over patient facts.
#[derive(Debug, Clone, PartialEq)]
pub enum Criterion {
    /// Every part must hold (an empty `All` always holds).
    All(Vec<Criterion>),
    /// At least one part must hold.
    Any(Vec<Criterion>),
    /// The part must not hold.
    Not(Box<Criterion>),
    /// The part must not be documented to hold: met when it is not met or unknown.
    Unless(Box<Criterion>),
    /// One test of one fact: a leaf.
    Test(Test),
}

/// A leaf criterion: one fact, one operator, one value or list.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    /// What is tested.
    pub subject: Subject,
    /// How.
    pub op: Op,
    /// Against what; `In`/`NotIn` hold a list, other operators exactly one value.
    pub values: Vec<Literal>,
}

/// The left-hand side of a test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Subject {
    /// The fact's value.
    Fact(Fact),
    /// Time elapsed from an event fact to the facts' as-of date.
    Since(Fact),
}

impl Subject {
    /// The fact tested.
    pub fn fact(self) -> Fact {
        match self {
            Subject::Fact(f) | Subject::Since(f) => f,
        }
    }
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `=` (for set-valued facts: the set contains the value).
    Eq,
    /// `!=`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
    /// `in [..]` (for set-valued facts: any element in the list).
    In,
    /// `not in [..]`.
    NotIn,
}

impl Op {
    fn symbol(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::In => "in",
            Op::NotIn => "not in",
        }
    }
    fn is_order(self) -> bool {
        matches!(self, Op::Lt | Op::Le | Op::Gt | Op::Ge)
    }
}

/// Unit of a duration literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeUnit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months (30.44 days when compared).
    Month,
    /// Years (365.25 days when compared).
    Year,
}

impl TimeUnit {
    /// Length in days.
    pub fn days(self) -> f64 {
        match self {
            TimeUnit::Day => 1.0,
            TimeUnit::Week => 7.0,
            TimeUnit::Month => 30.4375,
            TimeUnit::Year => 365.25,
        }
    }
    /// Parses `day(s)`, `week(s)`, `month(s)`, `year(s)`.
    pub fn parse(s: &str) -> Option<TimeUnit> {
        Some(match s {
            "day" | "days" => TimeUnit::Day,
            "week" | "weeks" => TimeUnit::Week,
            "month" | "months" => TimeUnit::Month,
            "year" | "years" => TimeUnit::Year,
            _ => return None,
        })
    }
    /// The name, singular or plural for `n`.
    pub fn name(self, n: u32) -> &'static str {
        match (self, n == 1) {
            (TimeUnit::Day, true) => "day",
            (TimeUnit::Day, false) => "days",
            (TimeUnit::Week, true) => "week",
            (TimeUnit::Week, false) => "weeks",
            (TimeUnit::Month, true) => "month",
            (TimeUnit::Month, false) => "months",
            (TimeUnit::Year, true) => "year",
            (TimeUnit::Year, false) => "years",
        }
    }
}

/// A whole number of days, weeks, months or years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Duration {
    /// How many.
    pub amount: u32,
    /// Of what.
    pub unit: TimeUnit,
}

impl Duration {
    /// Length in days.
    pub fn days(self) -> f64 {
        self.amount as f64 * self.unit.days()
    }
    /// Parses `12 weeks`.
    pub fn parse(s: &str) -> Option<Duration> {
        let mut it = s.split_whitespace();
        let amount = it.next()?.parse().ok()?;
        let unit = TimeUnit::parse(it.next()?)?;
        if it.next().is_some() {
            return None;
        }
        Some(Duration { amount, unit })
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.name(self.amount))
    }
}

/// A literal on the right of a test, already interpreted by the fact's type.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// `true` / `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// An enum word or a variant name (`wildtype` for "no alteration").
    Word(String),
    /// Stage group or TNM category.
    Graded(Graded),
    /// A code.
    Code(Code),
    /// A duration.
    Duration(Duration),
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Bool(b) => write!(f, "{b}"),
            Literal::Number(n) => write!(f, "{n}"),
            Literal::Word(w) => f.write_str(w),
            Literal::Graded(g) => write!(f, "{g}"),
            Literal::Code(c) => write!(f, "{c}"),
            Literal::Duration(d) => write!(f, "{d}"),
        }
    }
}

impl fmt::Display for Test {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.subject {
            Subject::Fact(fact) => write!(f, "{fact}")?,
            Subject::Since(fact) => write!(f, "since({fact})")?,
        }
        write!(f, " {} ", self.op.symbol())?;
        if matches!(self.op, Op::In | Op::NotIn) {
            f.write_str("[")?;
            for (i, v) in self.values.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{v}")?;
            }
            f.write_str("]")
        } else {
            write!(f, "{}", self.values[0])
        }
    }
}

impl fmt::Display for Criterion {
    /// The canonical text: parsing it gives back an equal criterion.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn part(f: &mut fmt::Formatter<'_>, c: &Criterion, parent_is_all: bool) -> fmt::Result {
            let paren = match c {
                Criterion::Any(_) => true,
                Criterion::All(_) => parent_is_all,
                _ => false,
            };
            if paren {
                write!(f, "({c})")
            } else {
                write!(f, "{c}")
            }
        }
        match self {
            Criterion::Test(t) => write!(f, "{t}"),
            Criterion::Not(inner) => match **inner {
                Criterion::Test(_) | Criterion::Not(_) => write!(f, "not {inner}"),
                _ => write!(f, "not ({inner})"),
            },
            Criterion::Unless(inner) => match **inner {
                Criterion::Test(_) | Criterion::Not(_) | Criterion::Unless(_) => write!(f, "unless {inner}"),
                _ => write!(f, "unless ({inner})"),
            },
            Criterion::All(parts) if parts.is_empty() => f.write_str("true"),
            Criterion::Any(parts) if parts.is_empty() => f.write_str("false"),
            Criterion::All(parts) => {
                for (i, c) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" and ")?;
                    }
                    part(f, c, true)?;
                }
                Ok(())
            }
            Criterion::Any(parts) => {
                for (i, c) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" or ")?;
                    }
                    // `a or (b or c)` keeps its grouping; an `All` binds tighter anyway.
                    match c {
                        Criterion::Any(_) => write!(f, "({c})")?,
                        _ => write!(f, "{c}")?,
                    }
                }
                Ok(())
            }
        }
    }
}

/// A parse or type error in a criterion, at a byte offset of the criterion text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriteriaError {
    /// Byte offset in the criterion text.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CriteriaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at character {})", self.message, self.offset + 1)
    }
}

impl std::error::Error for CriteriaError {}

// ---------------------------------------------------------------------------------------
// Lexer

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Number(String),
    Code(String),
    Op(&'static str),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    End,
}

fn lex(src: &str) -> Result<Vec<(Tok, usize)>, CriteriaError> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let tok = match c {
            b'(' => {
                i += 1;
                Tok::LParen
            }
            b')' => {
                i += 1;
                Tok::RParen
            }
            b'[' => {
                i += 1;
                Tok::LBracket
            }
            b']' => {
                i += 1;
                Tok::RBracket
            }
            b',' => {
                i += 1;
                Tok::Comma
            }
            b'=' => {
                i += if b.get(i + 1) == Some(&b'=') { 2 } else { 1 };
                Tok::Op("=")
            }
            b'!' if b.get(i + 1) == Some(&b'=') => {
                i += 2;
                Tok::Op("!=")
            }
            b'<' | b'>' => {
                let eq = b.get(i + 1) == Some(&b'=');
                i += if eq { 2 } else { 1 };
                Tok::Op(match (c, eq) {
                    (b'<', false) => "<",
                    (b'<', true) => "<=",
                    (_, false) => ">",
                    (_, true) => ">=",
                })
            }
            b'0'..=b'9' | b'-' | b'.' => {
                i += 1;
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                    i += 1;
                }
                let text = &src[start..i];
                if text.parse::<f64>().is_err() {
                    return Err(CriteriaError { offset: start, message: format!("`{text}` is not a number") });
                }
                Tok::Number(text.to_string())
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                if b.get(i) == Some(&b':') {
                    i += 1;
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'-') {
                        i += 1;
                    }
                    Tok::Code(src[start..i].to_string())
                } else {
                    Tok::Word(src[start..i].to_string())
                }
            }
            _ => {
                let ch = src[i..].chars().next().unwrap_or('?');
                return Err(CriteriaError { offset: i, message: format!("unexpected character `{ch}`") });
            }
        };
        out.push((tok, start));
    }
    out.push((Tok::End, src.len()));
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Parser and type checker

/// Named criteria a pathway defines (`[defs]`), usable by name in other criteria.
pub trait Definitions {
    /// The criterion called `name`, if defined.
    fn lookup(&self, name: &str) -> Option<&Criterion>;
}

impl Definitions for () {
    fn lookup(&self, _: &str) -> Option<&Criterion> {
        None
    }
}

impl Definitions for std::collections::BTreeMap<String, Criterion> {
    fn lookup(&self, name: &str) -> Option<&Criterion> {
        self.get(name)
    }
}

struct Parser<'a> {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    defs: &'a dyn Definitions,
}

impl Criterion {
    /// Parses and type-checks a criterion with no definitions in scope.
    pub fn parse(src: &str) -> Result<Criterion, CriteriaError> {
        Criterion::parse_with(src, &())
    }

    /// Parses and type-checks a criterion; names in `defs` expand to their criteria.
    pub fn parse_with(src: &str, defs: &dyn Definitions) -> Result<Criterion, CriteriaError> {
        let toks = lex(src)?;
        let mut p = Parser { toks, pos: 0, defs };
        let c = p.expr(0)?;
        match p.peek() {
            Tok::End => Ok(c),
            t => Err(p.err(format!("unexpected {} after a complete criterion", describe(t)))),
        }
    }

    /// `All` of `parts`, without wrapping a single part.
    pub fn all(mut parts: Vec<Criterion>) -> Criterion {
        if parts.len() == 1 {
            parts.pop().unwrap_or(Criterion::All(Vec::new()))
        } else {
            Criterion::All(parts)
        }
    }

    /// `Any` of `parts`, without wrapping a single part.
    pub fn any(mut parts: Vec<Criterion>) -> Criterion {
        if parts.len() == 1 {
            parts.pop().unwrap_or(Criterion::Any(Vec::new()))
        } else {
            Criterion::Any(parts)
        }
    }

    /// The leaves, left to right.
    pub fn tests(&self) -> Vec<&Test> {
        let mut out = Vec::new();
        fn walk<'a>(c: &'a Criterion, out: &mut Vec<&'a Test>) {
            match c {
                Criterion::Test(t) => out.push(t),
                Criterion::Not(x) | Criterion::Unless(x) => walk(x, out),
                Criterion::All(xs) | Criterion::Any(xs) => xs.iter().for_each(|x| walk(x, out)),
            }
        }
        walk(self, &mut out);
        out
    }

    /// Names of the facts this criterion reads.
    pub fn facts(&self) -> BTreeSet<&'static str> {
        self.tests().into_iter().map(|t| t.subject.fact().name()).collect()
    }
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Word(w) => format!("`{w}`"),
        Tok::Number(n) => format!("`{n}`"),
        Tok::Code(c) => format!("`{c}`"),
        Tok::Op(o) => format!("`{o}`"),
        Tok::LParen => "`(`".into(),
        Tok::RParen => "`)`".into(),
        Tok::LBracket => "`[`".into(),
        Tok::RBracket => "`]`".into(),
        Tok::Comma => "`,`".into(),
        Tok::End => "end of criterion".into(),
    }
}

const MAX_DEPTH: usize = 64;

impl Parser<'_> {
    fn peek(&self) -> &Tok {
        &self.toks[self.pos].0
    }
    fn offset(&self) -> usize {
        self.toks[self.pos].1
    }
    fn bump(&mut self) -> Tok {
        let t = self.toks[self.pos].0.clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }
    fn err(&self, message: String) -> CriteriaError {
        CriteriaError { offset: self.offset(), message }
    }
    fn is_word(&self, w: &str) -> bool {
        matches!(self.peek(), Tok::Word(x) if x == w)
    }

    fn expr(&mut self, depth: usize) -> Result<Criterion, CriteriaError> {
        if depth > MAX_DEPTH {
            return Err(self.err("criterion nested too deeply".into()));
        }
        let mut parts = vec![self.and(depth)?];
        while self.is_word("or") {
            self.bump();
            parts.push(self.and(depth)?);
        }
        Ok(Criterion::any(parts))
    }

    fn and(&mut self, depth: usize) -> Result<Criterion, CriteriaError> {
        let mut parts = vec![self.unary(depth)?];
        while self.is_word("and") {
            self.bump();
            parts.push(self.unary(depth)?);
        }
        Ok(Criterion::all(parts))
    }

    fn unary(&mut self, depth: usize) -> Result<Criterion, CriteriaError> {
        if depth > MAX_DEPTH {
            return Err(self.err("criterion nested too deeply".into()));
        }
        if self.is_word("not") {
            self.bump();
            return Ok(Criterion::Not(Box::new(self.unary(depth + 1)?)));
        }
        if self.is_word("unless") {
            self.bump();
            return Ok(Criterion::Unless(Box::new(self.unary(depth + 1)?)));
        }
        match self.peek().clone() {
            Tok::LParen => {
                self.bump();
                let c = self.expr(depth + 1)?;
                if *self.peek() != Tok::RParen {
                    return Err(self.err(format!("expected `)`, found {}", describe(self.peek()))));
                }
                self.bump();
                Ok(c)
            }
            Tok::Word(w) if w == "true" => {
                self.bump();
                Ok(Criterion::All(Vec::new()))
            }
            Tok::Word(w) if w == "false" => {
                self.bump();
                Ok(Criterion::Any(Vec::new()))
            }
            Tok::Word(w) => self.test(&w),
            t => Err(self.err(format!("expected a fact, `not`, `unless` or `(`, found {}", describe(&t)))),
        }
    }

    fn test(&mut self, word: &str) -> Result<Criterion, CriteriaError> {
        let at = self.offset();
        let subject = if word == "since" {
            self.bump();
            if *self.peek() != Tok::LParen {
                return Err(self.err("expected `(` after `since`".into()));
            }
            self.bump();
            let at = self.offset();
            let Tok::Word(name) = self.bump() else {
                return Err(CriteriaError { offset: at, message: "expected an event fact inside since(…)".into() });
            };
            let fact = Fact::named(&name).ok_or_else(|| unknown_fact(&name, at))?;
            if fact.ty() != FactType::Event {
                return Err(CriteriaError {
                    offset: at,
                    message: format!("since(…) needs an event fact; `{name}` is not one"),
                });
            }
            if *self.peek() != Tok::RParen {
                return Err(self.err("expected `)`".into()));
            }
            self.bump();
            Subject::Since(fact)
        } else if let Some(fact) = Fact::named(word) {
            self.bump();
            Subject::Fact(fact)
        } else if let Some(def) = self.defs.lookup(word) {
            self.bump();
            return Ok(def.clone());
        } else {
            return Err(unknown_fact(word, at));
        };

        let op_at = self.offset();
        let op = match self.bump() {
            Tok::Op("=") => Op::Eq,
            Tok::Op("!=") => Op::Ne,
            Tok::Op("<") => Op::Lt,
            Tok::Op("<=") => Op::Le,
            Tok::Op(">") => Op::Gt,
            Tok::Op(">=") => Op::Ge,
            Tok::Word(w) if w == "in" => Op::In,
            Tok::Word(w) if w == "not" && self.is_word("in") => {
                self.bump();
                Op::NotIn
            }
            t => {
                return Err(CriteriaError {
                    offset: op_at,
                    message: format!(
                        "expected an operator (=, !=, <, <=, >, >=, in, not in) after `{}`, found {}",
                        subject.fact(),
                        describe(&t)
                    ),
                })
            }
        };
        check_op(subject, op, op_at)?;
        let values = if matches!(op, Op::In | Op::NotIn) {
            if *self.peek() != Tok::LBracket {
                return Err(self.err(format!("expected `[` after `{}`", op.symbol())));
            }
            self.bump();
            let mut vs = vec![self.literal(subject)?];
            while *self.peek() == Tok::Comma {
                self.bump();
                vs.push(self.literal(subject)?);
            }
            if *self.peek() != Tok::RBracket {
                return Err(self.err(format!("expected `,` or `]`, found {}", describe(self.peek()))));
            }
            self.bump();
            vs
        } else {
            vec![self.literal(subject)?]
        };
        if let (FactType::Variants(_), [Literal::Word(w)]) = (subject.fact().ty(), values.as_slice()) {
            if w == "wildtype" && op.is_order() {
                return Err(CriteriaError {
                    offset: op_at,
                    message: "wildtype can only be compared with = or !=".into(),
                });
            }
        }
        Ok(Criterion::Test(Test { subject, op, values }))
    }

    fn literal(&mut self, subject: Subject) -> Result<Literal, CriteriaError> {
        let at = self.offset();
        let tok = self.bump();
        let fact = subject.fact();
        let err = |message: String| CriteriaError { offset: at, message };
        let text = match &tok {
            Tok::Word(w) | Tok::Number(w) | Tok::Code(w) => w.clone(),
            t => return Err(err(format!("expected a value for `{fact}`, found {}", describe(t)))),
        };
        if let Subject::Since(_) = subject {
            let Tok::Number(n) = &tok else {
                return Err(err(format!("since({fact}) compares with a duration like `12 weeks`, not `{text}`")));
            };
            let amount: u32 =
                n.parse().map_err(|_| err(format!("`{n}` must be a whole number of days, weeks, months or years")))?;
            let unit_at = self.offset();
            let Tok::Word(u) = self.bump() else {
                return Err(CriteriaError {
                    offset: unit_at,
                    message: "expected a unit (days, weeks, months, years)".into(),
                });
            };
            let unit = TimeUnit::parse(&u).ok_or_else(|| CriteriaError {
                offset: unit_at,
                message: format!("`{u}` is not a unit (days, weeks, months, years)"),
            })?;
            return Ok(Literal::Duration(Duration { amount, unit }));
        }
        match fact.ty() {
            FactType::Bool | FactType::Event => match text.as_str() {
                "true" => Ok(Literal::Bool(true)),
                "false" => Ok(Literal::Bool(false)),
                _ => Err(err(format!("`{fact}` is true or false, not `{text}`"))),
            },
            FactType::Number => match tok {
                Tok::Number(n) => n
                    .parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite())
                    .map(Literal::Number)
                    .ok_or_else(|| err(format!("`{n}` is not a number"))),
                _ => Err(err(format!("`{fact}` is a number, not `{text}`"))),
            },
            FactType::Enum(words) => {
                if words.contains(&text.as_str()) {
                    Ok(Literal::Word(text))
                } else {
                    Err(err(format!("`{text}` is not a value of `{fact}` (expected one of: {})", words.join(", "))))
                }
            }
            FactType::Variants(words) => {
                if text == "wildtype" || words.contains(&text.as_str()) {
                    Ok(Literal::Word(text))
                } else {
                    Err(err(format!(
                        "`{text}` is not a `{fact}` alteration (expected wildtype or one of: {})",
                        words.join(", ")
                    )))
                }
            }
            FactType::Stage => Graded::parse_stage(&text)
                .filter(|_| text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
                .map(Literal::Graded)
                .ok_or_else(|| err(format!("`{text}` is not a stage group (0, I, IA, IIB, IIIC, IVA …)"))),
            FactType::Tnm(axis) => {
                Graded::parse_tnm(axis, &text).filter(|g| g.to_string() == text).map(Literal::Graded).ok_or_else(|| {
                    err(format!(
                        "`{text}` is not a {axis:?} category (e.g. {})",
                        match axis {
                            crate::facts::TnmAxis::T => "T1c, Tis, T4b",
                            crate::facts::TnmAxis::N => "N0, N1mi, N2",
                            crate::facts::TnmAxis::M => "M0, M1c",
                        }
                    ))
                })
            }
            FactType::Codes(systems) => {
                let Tok::Code(c) = tok else {
                    return Err(err(format!("`{fact}` takes codes like {}:…, not `{text}`", systems[0])));
                };
                let code = Code::parse(&c).map_err(|m| err(format!("malformed code: {m}")))?;
                if !systems.contains(&code.system) {
                    let names: Vec<_> = systems.iter().map(|s| s.prefix()).collect();
                    return Err(err(format!("`{fact}` takes {} codes, not {}", names.join(" or "), code.system)));
                }
                Ok(Literal::Code(code))
            }
        }
    }
}

fn unknown_fact(name: &str, offset: usize) -> CriteriaError {
    let near: Vec<_> = crate::facts::FACTS
        .iter()
        .map(|f| f.name)
        .filter(|f| f.starts_with(&name[..name.len().min(2)]) || name.contains(f))
        .collect();
    let hint = if near.is_empty() { String::new() } else { format!(" (did you mean {}?)", near.join(", ")) };
    CriteriaError { offset, message: format!("unknown fact `{name}`{hint}") }
}

fn check_op(subject: Subject, op: Op, offset: usize) -> Result<(), CriteriaError> {
    let fact = subject.fact();
    let ok = match (subject, fact.ty()) {
        (Subject::Since(_), _) => op.is_order(),
        (_, FactType::Number | FactType::Stage | FactType::Tnm(_)) => true,
        (_, FactType::Bool | FactType::Event) => matches!(op, Op::Eq | Op::Ne),
        (_, FactType::Enum(_) | FactType::Variants(_) | FactType::Codes(_)) => !op.is_order(),
    };
    if ok {
        Ok(())
    } else {
        let what = match subject {
            Subject::Since(_) => format!("since({fact}) is a duration"),
            Subject::Fact(_) => format!("`{fact}` is {}", type_name(fact.ty())),
        };
        Err(CriteriaError { offset, message: format!("operator `{}` does not apply: {what}", op.symbol()) })
    }
}

fn type_name(ty: FactType) -> &'static str {
    match ty {
        FactType::Bool => "true/false",
        FactType::Number => "a number",
        FactType::Enum(_) => "a category",
        FactType::Stage => "a stage group",
        FactType::Tnm(_) => "a TNM category",
        FactType::Variants(_) => "a set of gene alterations",
        FactType::Codes(_) => "a set of codes",
        FactType::Event => "an event (use since(…) or = true/false)",
    }
}

// ---------------------------------------------------------------------------------------
// Evaluation

/// Three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Truth {
    /// The criterion holds.
    Met,
    /// The criterion fails.
    NotMet,
    /// A fact it needs is missing (or too coarse, e.g. stage `II` against `IIB`).
    Unknown,
}

/// The result of evaluating a criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Met, NotMet or Unknown.
    pub truth: Truth,
    /// For Met, the evidence that supports it; for NotMet, the evidence that contradicts it.
    pub evidence: Vec<String>,
    /// For Unknown, the facts that are missing (or too coarse to decide).
    pub missing: Vec<String>,
}

impl Outcome {
    fn met(evidence: &[String]) -> Outcome {
        Outcome { truth: Truth::Met, evidence: evidence.to_vec(), missing: Vec::new() }
    }
    fn not_met(evidence: &[String]) -> Outcome {
        Outcome { truth: Truth::NotMet, evidence: evidence.to_vec(), missing: Vec::new() }
    }
    fn unknown(fact: &str) -> Outcome {
        Outcome { truth: Truth::Unknown, evidence: Vec::new(), missing: vec![fact.to_string()] }
    }
    fn from_bool(b: bool, entry: &FactEntry) -> Outcome {
        if b {
            Outcome::met(&entry.evidence)
        } else {
            Outcome::not_met(&entry.evidence)
        }
    }
    /// Whether the truth is Met.
    pub fn is_met(&self) -> bool {
        self.truth == Truth::Met
    }
}

/// A criterion's evaluation with every sub-criterion's, for showing a reviewer each leaf,
/// its result and its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// `all`, `any`, `not`, or the leaf's text.
    pub criterion: String,
    /// The result here.
    pub outcome: Outcome,
    /// Sub-criteria (empty for a leaf).
    pub children: Vec<Explanation>,
}

fn merge(outcomes: &[Outcome], truth: Truth) -> Outcome {
    let mut evidence = Vec::new();
    let mut missing = Vec::new();
    for o in outcomes.iter().filter(|o| o.truth == truth) {
        for e in &o.evidence {
            if !evidence.contains(e) {
                evidence.push(e.clone());
            }
        }
        for m in &o.missing {
            if !missing.contains(m) {
                missing.push(m.clone());
            }
        }
    }
    Outcome { truth, evidence, missing }
}

fn combine_all(outcomes: &[Outcome]) -> Outcome {
    if outcomes.iter().any(|o| o.truth == Truth::NotMet) {
        merge(outcomes, Truth::NotMet)
    } else if outcomes.iter().any(|o| o.truth == Truth::Unknown) {
        merge(outcomes, Truth::Unknown)
    } else {
        merge(outcomes, Truth::Met)
    }
}

fn combine_any(outcomes: &[Outcome]) -> Outcome {
    if outcomes.iter().any(|o| o.truth == Truth::Met) {
        merge(outcomes, Truth::Met)
    } else if outcomes.iter().any(|o| o.truth == Truth::Unknown) {
        merge(outcomes, Truth::Unknown)
    } else {
        merge(outcomes, Truth::NotMet)
    }
}

/// `unless`: met when the part is not met (its evidence) or unknown (the missing facts'
/// pointers: nothing documents what would exclude), not met when the part is met.
fn unless(o: Outcome) -> Outcome {
    match o.truth {
        Truth::Met => Outcome { truth: Truth::NotMet, ..o },
        Truth::NotMet => Outcome { truth: Truth::Met, ..o },
        Truth::Unknown => Outcome {
            truth: Truth::Met,
            evidence: o.missing.iter().map(|m| format!("facts#{m}")).collect(),
            missing: Vec::new(),
        },
    }
}

fn negate(o: Outcome) -> Outcome {
    let truth = match o.truth {
        Truth::Met => Truth::NotMet,
        Truth::NotMet => Truth::Met,
        Truth::Unknown => Truth::Unknown,
    };
    Outcome { truth, ..o }
}

impl Criterion {
    /// Evaluates against a patient's facts.
    pub fn evaluate(&self, facts: &PatientFacts) -> Outcome {
        match self {
            Criterion::Test(t) => t.evaluate(facts),
            Criterion::Not(x) => negate(x.evaluate(facts)),
            Criterion::Unless(x) => unless(x.evaluate(facts)),
            Criterion::All(xs) => combine_all(&xs.iter().map(|x| x.evaluate(facts)).collect::<Vec<_>>()),
            Criterion::Any(xs) => combine_any(&xs.iter().map(|x| x.evaluate(facts)).collect::<Vec<_>>()),
        }
    }

    /// Only the truth value of [`Criterion::evaluate`], short-circuiting and without
    /// gathering evidence: much cheaper on the large OR-of-routes criteria.
    pub fn truth(&self, facts: &PatientFacts) -> Truth {
        match self {
            Criterion::Test(t) => t.evaluate(facts).truth,
            Criterion::Not(x) => match x.truth(facts) {
                Truth::Met => Truth::NotMet,
                Truth::NotMet => Truth::Met,
                Truth::Unknown => Truth::Unknown,
            },
            Criterion::Unless(x) => match x.truth(facts) {
                Truth::Met => Truth::NotMet,
                Truth::NotMet | Truth::Unknown => Truth::Met,
            },
            Criterion::All(xs) => {
                let mut unknown = false;
                for x in xs {
                    match x.truth(facts) {
                        Truth::NotMet => return Truth::NotMet,
                        Truth::Unknown => unknown = true,
                        Truth::Met => {}
                    }
                }
                if unknown {
                    Truth::Unknown
                } else {
                    Truth::Met
                }
            }
            Criterion::Any(xs) => {
                let mut unknown = false;
                for x in xs {
                    match x.truth(facts) {
                        Truth::Met => return Truth::Met,
                        Truth::Unknown => unknown = true,
                        Truth::NotMet => {}
                    }
                }
                if unknown {
                    Truth::Unknown
                } else {
                    Truth::NotMet
                }
            }
        }
    }

    /// Evaluates and keeps every sub-result.
    pub fn explain(&self, facts: &PatientFacts) -> Explanation {
        match self {
            Criterion::Test(t) => {
                Explanation { criterion: t.to_string(), outcome: t.evaluate(facts), children: Vec::new() }
            }
            Criterion::Not(x) => {
                let child = x.explain(facts);
                Explanation { criterion: "not".into(), outcome: negate(child.outcome.clone()), children: vec![child] }
            }
            // One leaf for the reviewer: "unless braf = v600e", met with what was (not) found.
            Criterion::Unless(x) => {
                Explanation { criterion: self.to_string(), outcome: unless(x.evaluate(facts)), children: Vec::new() }
            }
            Criterion::All(xs) | Criterion::Any(xs) => {
                let children: Vec<_> = xs.iter().map(|x| x.explain(facts)).collect();
                let outcomes: Vec<_> = children.iter().map(|c| c.outcome.clone()).collect();
                let (name, outcome) = if matches!(self, Criterion::All(_)) {
                    ("all", combine_all(&outcomes))
                } else {
                    ("any", combine_any(&outcomes))
                };
                Explanation { criterion: name.into(), outcome, children }
            }
        }
    }
}

fn three(b: Option<bool>, entry: &FactEntry, fact: &str) -> Outcome {
    match b {
        Some(b) => Outcome::from_bool(b, entry),
        None => Outcome::unknown(fact),
    }
}

/// Kleene OR over per-value results.
fn any3(results: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    let mut unknown = false;
    for r in results {
        match r {
            Some(true) => return Some(true),
            None => unknown = true,
            Some(false) => {}
        }
    }
    if unknown {
        None
    } else {
        Some(false)
    }
}

fn graded_op(rel: Relation, op: Op) -> Option<bool> {
    use Relation::*;
    match (rel, op) {
        (Coarser, _) => None,
        (Within, Op::Eq | Op::In | Op::Ge | Op::Le) => Some(true),
        (Within, Op::Ne | Op::NotIn | Op::Gt | Op::Lt) => Some(false),
        (Less, Op::Lt | Op::Le | Op::Ne | Op::NotIn) => Some(true),
        (Less, _) => Some(false),
        (Greater, Op::Gt | Op::Ge | Op::Ne | Op::NotIn) => Some(true),
        (Greater, _) => Some(false),
    }
}

fn cmp_num(a: f64, op: Op, b: f64) -> bool {
    match op {
        Op::Eq | Op::In => a == b,
        Op::Ne | Op::NotIn => a != b,
        Op::Lt => a < b,
        Op::Le => a <= b,
        Op::Gt => a > b,
        Op::Ge => a >= b,
    }
}

/// The prior-therapy facts of a record that says its treatment history is incomplete
/// (`history_pending`): they hold what is on record, a lower bound.
pub const OPEN_HISTORY_FACTS: &[&str] = &["prior_drugs", "prior_classes", "prior_lines", "prior_therapies"];

/// Whether `name` is a prior-therapy fact of a record whose treatment history is pending.
pub fn history_open(name: &str, facts: &PatientFacts) -> bool {
    OPEN_HISTORY_FACTS.contains(&name)
        && facts.get("history_pending").is_some_and(|e| matches!(e.value, FactValue::Bool(true)))
}

impl Test {
    /// Evaluates this leaf.
    pub fn evaluate(&self, facts: &PatientFacts) -> Outcome {
        let fact = self.subject.fact();
        let name = fact.name();
        // `hr` is ER or PR when no combined status was given.
        let derived =
            (name == "hr" && facts.get("hr").is_none()).then(|| facts.hormone_receptors_from_er_pr()).flatten();
        let Some(entry) = facts.get(name).or(derived.as_ref()) else {
            return Outcome::unknown(name);
        };
        if !entry.value.fits(fact.ty()) {
            // A value of the wrong shape is as good as missing; the filler must fix it.
            return Outcome::unknown(name);
        }
        let negated = matches!(self.op, Op::Ne | Op::NotIn);
        let result: Option<bool> = match (&self.subject, &entry.value) {
            (Subject::Since(_), FactValue::Event(None)) => Some(false),
            (Subject::Since(_), FactValue::Event(Some(date))) => {
                let days = (facts.as_of - *date).num_days() as f64;
                let Some(Literal::Duration(d)) = self.values.first() else {
                    return Outcome::unknown(name);
                };
                Some(cmp_num(days, self.op, d.days()))
            }
            (_, FactValue::Event(date)) => match self.values.first() {
                Some(Literal::Bool(b)) => Some((date.is_some() == *b) != negated),
                _ => None,
            },
            (_, FactValue::Bool(v)) => match self.values.first() {
                Some(Literal::Bool(b)) => Some((v == b) != negated),
                _ => None,
            },
            (_, FactValue::Number(v)) => {
                if matches!(self.op, Op::In | Op::NotIn) {
                    let hit = self.values.iter().any(|l| matches!(l, Literal::Number(n) if n == v));
                    Some(hit != negated)
                } else {
                    match self.values.first() {
                        Some(Literal::Number(n)) => Some(cmp_num(*v, self.op, *n)),
                        _ => None,
                    }
                }
            }
            (_, FactValue::Word(v)) => {
                let hit = self.values.iter().any(|l| matches!(l, Literal::Word(w) if w == v));
                Some(hit != negated)
            }
            (_, FactValue::Graded(g)) => {
                if self.op.is_order() {
                    match self.values.first() {
                        Some(Literal::Graded(c)) => graded_op(g.relate(c), self.op),
                        _ => None,
                    }
                } else {
                    let hit = any3(self.values.iter().map(|l| match l {
                        Literal::Graded(c) => graded_op(g.relate(c), Op::Eq),
                        _ => Some(false),
                    }));
                    hit.map(|h| h != negated)
                }
            }
            (_, FactValue::Variants(found)) => {
                let hit = self.values.iter().any(|l| match l {
                    Literal::Word(w) if w == "wildtype" => found.is_empty(),
                    Literal::Word(w) => found.contains(w),
                    _ => false,
                });
                // A mutation reported without its variant is not wildtype, but whether it is the
                // variant asked for is not known.
                let asks_a_variant = self.values.iter().any(|l| matches!(l, Literal::Word(w) if w != "wildtype"));
                let unspecified = found.iter().any(|v| v == crate::facts::UNSPECIFIED);
                // The drug classes of an open history (`prior_classes`): a lower bound too.
                if !hit && (history_open(name, facts) || (unspecified && asks_a_variant)) {
                    None
                } else {
                    Some(hit != negated)
                }
            }
            (_, FactValue::Codes(codes)) => {
                let hit = self.values.iter().any(|l| match l {
                    Literal::Code(c) => codes.iter().any(|p| c.covers(p)),
                    _ => false,
                });
                // A history that is a lower bound says what was given, never what was not.
                if !hit && history_open(name, facts) {
                    None
                } else {
                    Some(hit != negated)
                }
            }
        };
        // The number of prior lines on an open history is a lower bound too.
        let result = match (&entry.value, self.values.first()) {
            (FactValue::Number(v), Some(Literal::Number(n))) if history_open(name, facts) => match self.op {
                Op::Ge | Op::Gt if result == Some(true) => Some(true),
                Op::Lt | Op::Le | Op::Eq if cmp_num(*v, Op::Gt, *n) => Some(false),
                _ => None,
            },
            _ => result,
        };
        three(result, entry, name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn facts(text: &str) -> PatientFacts {
        PatientFacts::from_text(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), text).unwrap()
    }

    #[test]
    fn parses_and_prints() {
        for src in [
            "her2 = positive and stage in [II, III]",
            "egfr in [exon19del, l858r]",
            "pdl1_tps >= 50 and egfr = wildtype and alk = wildtype",
            "since(surgery) <= 12 weeks",
            "prior_drugs not in [rxnorm:1721560]",
            "not (er = positive or pr = positive)",
            "t >= T3 or n in [N1, N2] or m = M1",
            "stage = 0",
            "progression = true",
        ] {
            let c = Criterion::parse(src).unwrap();
            assert_eq!(c.to_string(), src);
        }
    }

    #[test]
    fn type_errors() {
        let e = Criterion::parse("her2 = yes").unwrap_err();
        assert!(e.message.contains("not a value of `her2`"), "{e}");
        let e = Criterion::parse("her2_status = positive").unwrap_err();
        assert!(e.message.contains("unknown fact `her2_status`"), "{e}");
        assert!(Criterion::parse("dx = icd10:C5").unwrap_err().message.contains("malformed code"));
        assert!(Criterion::parse("er > positive").unwrap_err().message.contains("does not apply"));
        assert!(Criterion::parse("pdl1_tps >= high").is_err());
        assert!(Criterion::parse("since(stage) < 3 weeks").is_err());
    }

    #[test]
    fn an_open_treatment_history_is_a_lower_bound() {
        let needs =
            Criterion::parse("prior_drugs = rxnorm:72962 and prior_classes = arpi and prior_lines >= 2").unwrap();
        let closed = "prior_drugs=rxnorm:1307298; prior_classes=arpi; prior_lines=1";
        assert_eq!(needs.evaluate(&facts(closed)).truth, Truth::NotMet);
        // Outside records outstanding: what is absent is not documented, never contradicted.
        let open = format!("{closed}; history_pending=true");
        let o = needs.evaluate(&facts(&open));
        assert_eq!(o.truth, Truth::Unknown);
        assert_eq!(o.missing, vec!["prior_drugs", "prior_lines"]);
        // What is on record still counts, both ways.
        let given = Criterion::parse("prior_classes = arpi and not prior_drugs = rxnorm:1307298").unwrap();
        assert_eq!(given.evaluate(&facts(&open)).truth, Truth::NotMet);
        assert_eq!(Criterion::parse("prior_lines <= 0").unwrap().evaluate(&facts(&open)).truth, Truth::NotMet);
        assert_eq!(Criterion::parse("prior_lines >= 1").unwrap().evaluate(&facts(&open)).truth, Truth::Met);
    }

    #[test]
    fn three_valued() {
        let c = Criterion::parse("her2 = positive and (er = positive or pr = positive)").unwrap();
        let o = c.evaluate(&facts("her2=positive; er=positive"));
        assert_eq!(o.truth, Truth::Met);
        assert_eq!(o.evidence, vec!["test/her2", "test/er"]);
        let o = c.evaluate(&facts("her2=positive; er=negative"));
        assert_eq!(o.truth, Truth::Unknown);
        assert_eq!(o.missing, vec!["pr"]);
        let o = c.evaluate(&facts("her2=negative"));
        assert_eq!(o.truth, Truth::NotMet);
        assert_eq!(o.evidence, vec!["test/her2"]);
        let s = Criterion::parse("stage >= IIB").unwrap();
        assert_eq!(s.evaluate(&facts("stage=II")).truth, Truth::Unknown);
        assert_eq!(s.evaluate(&facts("stage=IIIA")).truth, Truth::Met);
        assert_eq!(s.evaluate(&facts("stage=IIA")).truth, Truth::NotMet);
        let e = Criterion::parse("egfr in [exon19del, l858r]").unwrap();
        assert_eq!(e.evaluate(&facts("egfr=wildtype")).truth, Truth::NotMet);
        assert_eq!(e.evaluate(&facts("egfr=l858r,t790m")).truth, Truth::Met);
        // "EGFR mutation positive" without the variant: not wildtype, the variant unknown.
        assert_eq!(e.evaluate(&facts("egfr=unspecified")).truth, Truth::Unknown);
        assert_eq!(e.evaluate(&facts("egfr=unspecified,l858r")).truth, Truth::Met);
        let wt = Criterion::parse("egfr = wildtype").unwrap();
        assert_eq!(wt.evaluate(&facts("egfr=unspecified")).truth, Truth::NotMet);
        let d = Criterion::parse("since(surgery) <= 12 weeks").unwrap();
        assert_eq!(d.evaluate(&facts("surgery=2024-11-01")).truth, Truth::Met);
        assert_eq!(d.evaluate(&facts("surgery=2024-01-01")).truth, Truth::NotMet);
        assert_eq!(d.evaluate(&facts("surgery=none")).truth, Truth::NotMet);
        let dx = Criterion::parse("dx = icd10:C50").unwrap();
        assert_eq!(dx.evaluate(&facts("dx=icd10:C50.911")).truth, Truth::Met);
    }
}
