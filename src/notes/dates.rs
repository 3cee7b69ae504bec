//! Dates in note text: absolute (`2020-03-14`, `03/14/2020`, `14 March 2020`, `March 14,
//! 2020`), partial (`March 2020`, `2020-03`, `in 2019`: the first day of the period), and
//! relative to the note's date (`3 weeks ago`, `yesterday`, `last month`, `two days later`).

use chrono::{Datelike, Duration, Months, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// How much of a date the text gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date written in a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range in the text searched.
    pub range: std::ops::Range<usize>,
    pub date: NaiveDate,
    pub precision: Precision,
    /// Read relative to the note's date.
    pub relative: bool,
}

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?";
const NUMBER: &str = r"(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?ix)
        \b(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})(?:-(?P<id>\d{{2}}))?)(?:T[\d:.]+(?:Z|[+-]\d{{2}}:\d{{2}})?)?\b
        | \b(?P<us>(?P<um>\d{{1,2}})/(?P<ud>\d{{1,2}})/(?P<uy>\d{{4}}|\d{{2}}))\b
        | \b(?P<dot>(?P<dm>\d{{1,2}})\.(?P<ddd>\d{{1,2}})\.(?P<dyy>\d{{4}}|\d{{2}}))\b(?:[^.\d]|\.(?:\D|$)|$)
        | \b(?P<umy>(?P<um2>\d{{1,2}})/(?P<uy2>(?:19|20)\d{{2}}))\b
        | \b(?:on|since|from|started|start|began|completed|finished|through|until|dated?)\s+(?P<umd>(?P<um3>\d{{1,2}})/(?P<ud3>\d{{1,2}})(?:/(?P<uy3>\d{{4}}|\d{{2}}))?)\b
        | \b(?P<umdc>(?P<um4>\d{{1,2}})/(?P<ud4>\d{{1,2}})):
        | \b(?P<dmy>(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:de\s+)?|-)(?P<dmon>{MONTH})(?:(?:\s+de)?,?\s+|-)(?P<dy>\d{{4}}))\b
        | \b(?P<mdy>(?P<mm>{MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}}))\b
        | \b(?P<mrange>(?P<rm1>{MONTH})(?:\s*[-–]\s*|\s+(?:to|through|thru|until)\s+){MONTH}\s+(?P<ry>\d{{4}}))\b
        | \b(?P<mapos>(?P<am>{MONTH})\s+['’](?P<ay>\d{{2}}))\b
        | \b(?P<monthyear>(?P<pm>{MONTH})(?:(?:\s+de)?,?\s+|-)(?P<py>\d{{4}}))\b
        | \b(?P<mdn>(?P<mm2>{MONTH})\s+(?P<md2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?:[^\d/%]|$)
        | \b(?:in|since|during|dx|diagnosed|en|desde|from)\s+(?P<year>(?:19|20)\d{{2}})(?:-(?P<ym>\d{{2}})(?:-(?P<yd>\d{{2}}))?)?\b
        | \b(?P<byear>(?:19|20)\d{{2}})(?:\s*[:;,)]|\s*$|[\x20\t]{{2,}}|\s+(?:for|with|at|by|then|treated|managed|underwent|s/p|status\s+post)\b|\s*(?:-+>|→|–|-)\s*(?:19|20)\d{{2}}\b)
        | \b(?P<ago>{NUMBER}\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|prior|before))\b
        | \b(?P<later>{NUMBER}\s+(?P<lunit>day|week|month|year)s?\s+(?:later|from\s+now))\b
        | \bin\s+(?P<within>{NUMBER}\s+(?P<wunit>day|week|month|year)s?)\b
        | \b(?P<word>yesterday|today|tomorrow|last\s+(?:week|month|year)|next\s+(?:week|month|year)|ayer|hoy)\b
        "
    );
    Regex::new(&pattern).expect("valid date pattern")
});

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let english = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let spanish = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    if let Some(i) = spanish.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    english.iter().position(|m| w.starts_with(m)).map(|i| i as u32 + 1)
}

fn count(word: &str) -> Option<i64> {
    let w = word.to_ascii_lowercase();
    let words =
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    if w == "an" {
        return Some(1);
    }
    if let Some(i) = words.iter().position(|n| *n == w) {
        return Some(i.max(1) as i64);
    }
    w.parse().ok()
}

fn shift(from: NaiveDate, n: i64, unit: &str) -> Option<NaiveDate> {
    match unit.to_ascii_lowercase().as_str() {
        "day" => from.checked_add_signed(Duration::try_days(n)?),
        "week" => from.checked_add_signed(Duration::try_weeks(n)?),
        "month" if n >= 0 => from.checked_add_months(Months::new(n as u32)),
        "month" => from.checked_sub_months(Months::new(n.unsigned_abs() as u32)),
        "year" if n >= 0 => from.checked_add_months(Months::new(n as u32 * 12)),
        "year" => from.checked_sub_months(Months::new(n.unsigned_abs() as u32 * 12)),
        _ => None,
    }
}

fn ymd(y: &str, m: u32, d: u32) -> Option<NaiveDate> {
    let y: i32 = y.parse().ok()?;
    (1900..=2200).contains(&y).then_some(())?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A year as written: two digits are this century's.
fn full_year(y: &str) -> String {
    if y.len() == 2 {
        format!("20{y}")
    } else {
        y.to_string()
    }
}

/// A month and day written without a year ("on 9/3", "Dec 1"): the note's year, or the year
/// before when that would be months ahead of the note.
fn year_less(note_date: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(note_date.year(), m, d)?;
    if this > note_date + Duration::days(62) {
        NaiveDate::from_ymd_opt(note_date.year() - 1, m, d)
    } else {
        Some(this)
    }
}

/// Every date mentioned in `text`, read against `note_date`.
pub fn find_dates(text: &str, note_date: NaiveDate) -> Vec<DateMention> {
    DATE.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
            let text_of = |name: &str| c.name(name).map(|m| m.as_str()).unwrap_or("");
            let (date, precision, relative) = if c.name("iso").is_some() {
                let m = num("im")?;
                match num("id") {
                    Some(d) => (ymd(text_of("iy"), m, d)?, Precision::Day, false),
                    None => (ymd(text_of("iy"), m, 1)?, Precision::Month, false),
                }
            } else if c.name("us").is_some() {
                // Two-digit years are this century's.
                (ymd(&full_year(text_of("uy")), num("um")?, num("ud")?)?, Precision::Day, false)
            } else if let Some(dot) = c.name("dot") {
                // "2.17.26", "11.3.2025": a US date written with dots.
                return Some(DateMention {
                    range: dot.range(),
                    date: ymd(&full_year(text_of("dyy")), num("dm")?, num("ddd")?)?,
                    precision: Precision::Day,
                    relative: false,
                });
            } else if let Some(mdn) = c.name("mdn") {
                // "the PET scan on June 3", "Dec 1": the note's year, or the year before when
                // that would be months ahead. "may 2" in lower case is the verb.
                if text_of("mm2") == "may" {
                    return None;
                }
                let date = year_less(note_date, month_number(text_of("mm2"))?, num("md2")?)?;
                return Some(DateMention { range: mdn.range(), date, precision: Precision::Day, relative: true });
            } else if c.name("umy").is_some() {
                (ymd(text_of("uy2"), num("um2")?, 1)?, Precision::Month, false)
            } else if c.name("umd").is_some() || c.name("umdc").is_some() {
                // "on 9/3", "MRI 2/20:": the note's year, or the year before when that would be
                // months ahead.
                let (m, d) =
                    if c.name("umd").is_some() { (num("um3")?, num("ud3")?) } else { (num("um4")?, num("ud4")?) };
                if let Some(y) = c.name("uy3") {
                    return Some(DateMention {
                        range: c.name("umd")?.range(),
                        date: ymd(&full_year(y.as_str()), m, d)?,
                        precision: Precision::Day,
                        relative: false,
                    });
                }
                (year_less(note_date, m, d)?, Precision::Day, true)
            } else if c.name("dmy").is_some() {
                (ymd(text_of("dy"), month_number(text_of("dmon"))?, num("dd")?)?, Precision::Day, false)
            } else if c.name("mdy").is_some() {
                (ymd(text_of("my"), month_number(text_of("mm"))?, num("md")?)?, Precision::Day, false)
            } else if c.name("mrange").is_some() {
                // "Jun-Jul 2017": from the first month.
                (ymd(text_of("ry"), month_number(text_of("rm1"))?, 1)?, Precision::Month, false)
            } else if c.name("mapos").is_some() {
                // "Dec '24": this century's year.
                (ymd(&full_year(text_of("ay")), month_number(text_of("am"))?, 1)?, Precision::Month, false)
            } else if c.name("monthyear").is_some() {
                (ymd(text_of("py"), month_number(text_of("pm"))?, 1)?, Precision::Month, false)
            } else if c.name("year").is_some() {
                match (num("ym"), num("yd")) {
                    (Some(m), Some(d)) => (ymd(text_of("year"), m, d)?, Precision::Day, false),
                    (Some(m), None) => (ymd(text_of("year"), m, 1)?, Precision::Month, false),
                    _ => (ymd(text_of("year"), 1, 1)?, Precision::Year, false),
                }
            } else if let Some(y) = c.name("byear") {
                // A year alone, closing its phrase ("RALP + PLND 2016:", "germline testing
                // negative (2022)"): the year, not the punctuation after it.
                return Some(DateMention {
                    range: y.range(),
                    date: ymd(y.as_str(), 1, 1)?,
                    precision: Precision::Year,
                    relative: false,
                });
            } else if let Some(ago) = c.name("ago") {
                let n = count(ago.as_str().split_whitespace().next()?)?;
                (shift(note_date, -n, text_of("unit"))?, Precision::Day, true)
            } else if let Some(within) = c.name("within") {
                // "in 2 weeks": ahead of the note.
                let n = count(within.as_str().split_whitespace().next()?)?;
                (shift(note_date, n, text_of("wunit"))?, Precision::Day, true)
            } else if let Some(later) = c.name("later") {
                let n = count(later.as_str().split_whitespace().next()?)?;
                (shift(note_date, n, text_of("lunit"))?, Precision::Day, true)
            } else {
                let w = text_of("word").to_ascii_lowercase();
                let w: Vec<&str> = w.split_whitespace().collect();
                let date = match w.as_slice() {
                    ["yesterday"] | ["ayer"] => shift(note_date, -1, "day")?,
                    ["tomorrow"] => shift(note_date, 1, "day")?,
                    ["today"] | ["hoy"] => note_date,
                    ["last", unit] => shift(note_date, -1, unit)?,
                    ["next", unit] => shift(note_date, 1, unit)?,
                    _ => return None,
                };
                (date, Precision::Day, true)
            };
            // A month/day without a year is the date alone, not the word before it.
            let range = c.name("umd").or(c.name("umdc")).map(|m| m.range()).unwrap_or(whole.range());
            Some(DateMention { range, date, precision, relative })
        })
        .collect()
}

/// A date as a model or a person writes it alone (`2020-03`, `March 2020`, `3 weeks ago`);
/// `None` when it is not a date. Empty means the note's date.
pub fn normalise(value: &str, note_date: NaiveDate) -> Option<NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        return Some(note_date);
    }
    if let Ok(y) = v.parse::<i32>() {
        return (v.len() == 4).then(|| NaiveDate::from_ymd_opt(y, 1, 1)).flatten();
    }
    let found = find_dates(v, note_date);
    // The whole value must be the date (a sentence holding a date is not a date).
    let first = found.first()?;
    let rest = format!("{}{}", &v[..first.range.start], &v[first.range.end..]);
    rest.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '.').is_empty().then_some(first.date)
}

/// Whether a date is plausible for an event in a note written on `note_date`.
pub fn plausible(date: NaiveDate, note_date: NaiveDate) -> bool {
    date.year() >= 1900 && date <= note_date + Duration::days(366)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn absolute_partial_and_relative() {
        let note = d("2020-06-15");
        let cases = [
            ("seen on 2020-03-14.", "2020-03-14", Precision::Day),
            ("on 03/14/2020 she", "2020-03-14", Precision::Day),
            ("14 March 2020", "2020-03-14", Precision::Day),
            ("Mar. 14, 2020", "2020-03-14", Precision::Day),
            ("el 14 de marzo de 2020", "2020-03-14", Precision::Day),
            ("in March 2019 she", "2019-03-01", Precision::Month),
            ("since 2018-07", "2018-07-01", Precision::Month),
            ("diagnosed in 2015", "2015-01-01", Precision::Year),
            ("3 weeks ago", "2020-05-25", Precision::Day),
            ("two months ago", "2020-04-15", Precision::Day),
            ("yesterday", "2020-06-14", Precision::Day),
            ("last year", "2019-06-15", Precision::Day),
            ("10 days later", "2020-06-25", Precision::Day),
            ("completed 8/2024", "2024-08-01", Precision::Month),
            ("C1D1 on 6/3", "2020-06-03", Precision::Day),
            ("started 11/20", "2019-11-20", Precision::Day),
            ("on 3/4/21", "2021-03-04", Precision::Day),
            ("start in 2 weeks", "2020-06-29", Precision::Day),
            ("Breast MRI 2/20: mass", "2020-02-20", Precision::Day),
            ("ADT (Lupron) from 2019; continuous", "2019-01-01", Precision::Year),
            ("RALP + bilateral PLND 2016: pT3b", "2016-01-01", Precision::Year),
            ("Germline testing negative (2022)", "2022-01-01", Precision::Year),
            ("- Mar-2014: TRUS bx", "2014-03-01", Precision::Month),
            ("Prior LUL wedge resection 2019 for squamous cell carcinoma", "2019-01-01", Precision::Year),
            ("seen 3-Jun-2019 in clinic", "2019-06-03", Precision::Day),
            ("Dx mammo + US 2.17.20 (Lakemont): mass", "2020-02-17", Precision::Day),
            ("the PET scan on June 3 as the worst day", "2020-06-03", Precision::Day),
            ("CT Dec 1: stable", "2019-12-01", Precision::Day),
            ("* Jun-Jul 2017  whole-breast RT.", "2017-06-01", Precision::Month),
            ("* Dec '19  Kisqali (ribociclib) + Faslodex", "2019-12-01", Precision::Month),
            ("Anastrozole 2017 -> 2019 (5 yrs)", "2017-01-01", Precision::Year),
            ("capecitabine for six months, May to October 2019, with", "2019-05-01", Precision::Month),
            (" 2019     IMRT to prostate + 18 months goserelin", "2019-01-01", Precision::Year),
            ("Prostate cancer 2014 treated with radical prostatectomy", "2014-01-01", Precision::Year),
        ];
        for (text, want, precision) in cases {
            let found = find_dates(text, note);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!((found[0].date, found[0].precision), (d(want), precision), "{text}");
        }
        assert!(find_dates("ER 95% 2+ no date here 13/45/2020", note).is_empty());
        assert!(find_dates("pT2N1a(2/15)M0, 50 Gy/25 fx", note).is_empty(), "node counts and fractions are not dates");
        assert!(find_dates("carboplatin 2000 mg total; CA 27-29 at 2020 U/mL", note).is_empty(), "doses are not years");
        assert!(find_dates("a 2.8 cm mass; version 1.2.3.4", note).is_empty(), "decimals are not dotted dates");
        assert!(find_dates("symptoms may 2 weeks", note).is_empty(), "the verb may is no month");
    }

    #[test]
    fn normalise_a_lone_value() {
        let note = d("2020-06-15");
        assert_eq!(normalise("2020-02", note), Some(d("2020-02-01")));
        assert_eq!(normalise("2019", note), Some(d("2019-01-01")));
        assert_eq!(normalise("", note), Some(note));
        assert_eq!(normalise("one week ago", note), Some(d("2020-06-08")));
        assert_eq!(normalise("soon", note), None);
        assert_eq!(normalise("2020-13-45", note), None);
        assert_eq!(normalise("started 2020-01-01 then stopped", note), None);
    }
}
