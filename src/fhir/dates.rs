//! FHIR date, dateTime and instant values as UTC ranges.
//!
//! A FHIR date is a range at its precision: `2021` is the whole year. Ranges are written as
//! fixed-width RFC 3339 UTC instants with microseconds, so they compare correctly as text
//! in both SQLite and PostgreSQL.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, TimeZone, Utc,
};

/// An inclusive UTC range `[start, end]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRange {
    pub start: String,
    pub end: String,
}

impl DateRange {
    pub const MIN: &'static str = "0001-01-01T00:00:00.000000Z";
    pub const MAX: &'static str = "9999-12-31T23:59:59.999999Z";
}

/// Why a date value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a FHIR date, dateTime or instant")]
pub struct BadDate(pub String);

fn fmt(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn day_range(first: NaiveDate, last: NaiveDate) -> DateRange {
    let start = Utc.from_utc_datetime(&first.and_time(NaiveTime::MIN));
    let end = Utc.from_utc_datetime(&last.and_time(NaiveTime::MIN)) + Duration::days(1) - Duration::microseconds(1);
    DateRange { start: fmt(start), end: fmt(end) }
}

/// Reads a FHIR date/dateTime/instant (or a search value of that form) as a UTC range.
///
/// Values without a time zone are taken as UTC (FHIR leaves them to the server).
pub fn date_range(text: &str) -> Result<DateRange, BadDate> {
    let bad = || BadDate(text.to_string());
    let text = text.trim();
    // Years, months and days.
    match text.len() {
        4 => {
            let year: i32 = text.parse().map_err(|_| bad())?;
            let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?;
            let last = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad)?;
            return Ok(day_range(first, last));
        }
        7 => {
            let first = NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d").map_err(|_| bad())?;
            let next = if first.month() == 12 {
                NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
            }
            .ok_or_else(bad)?;
            return Ok(day_range(first, next.pred_opt().ok_or_else(bad)?));
        }
        10 => {
            let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())?;
            return Ok(day_range(day, day));
        }
        _ => {}
    }
    if !text.contains('T') || text.len() < 16 {
        return Err(bad());
    }
    // Split off the zone, if any.
    let (local, zone) = if let Some(stripped) = text.strip_suffix('Z') {
        (stripped, Some("+00:00".to_string()))
    } else if text.len() > 19 && (text[text.len() - 6..].starts_with('+') || text[text.len() - 6..].starts_with('-')) {
        (&text[..text.len() - 6], Some(text[text.len() - 6..].to_string()))
    } else {
        (text, None)
    };
    let (naive, precision_us) = if local.len() == 16 {
        (NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M").map_err(|_| bad())?, 60_000_000 - 1)
    } else if local.len() == 19 {
        (NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S").map_err(|_| bad())?, 999_999)
    } else {
        (NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S%.f").map_err(|_| bad())?, 0)
    };
    let start: DateTime<Utc> = match zone {
        Some(zone) => {
            let offset: FixedOffset = zone.parse().map_err(|_| bad())?;
            offset.from_local_datetime(&naive).single().ok_or_else(bad)?.with_timezone(&Utc)
        }
        None => Utc.from_utc_datetime(&naive),
    };
    let end = start + Duration::microseconds(precision_us);
    Ok(DateRange { start: fmt(start), end: fmt(end) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precisions() {
        assert_eq!(date_range("2021").unwrap().end, "2021-12-31T23:59:59.999999Z");
        assert_eq!(date_range("2020-02").unwrap().end, "2020-02-29T23:59:59.999999Z");
        assert_eq!(date_range("2020-12").unwrap().end, "2020-12-31T23:59:59.999999Z");
        let r = date_range("2021-03-01T10:00:00+02:00").unwrap();
        assert_eq!(r.start, "2021-03-01T08:00:00.000000Z");
        assert_eq!(r.end, "2021-03-01T08:00:00.999999Z");
        assert_eq!(date_range("2021-03-01T10:00:00.123Z").unwrap().end, "2021-03-01T10:00:00.123000Z");
        assert!(date_range("yesterday").is_err());
        assert!(date_range("2021-13-01").is_err());
        assert!(date_range("2021-03-01T25:00:00Z").is_err());
    }
}
