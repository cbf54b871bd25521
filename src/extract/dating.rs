//! From TIMEX3 values to EDTF event dates. The temporal tagger speaks TIMEX3 (`2021-W31-WE`,
//! `2021-SU`, `PAST_REF`, mod `START`); event files speak EDTF. This is the one place that
//! translates, keeping the granularity the text gave.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::date::{Bound, EventDate, Point, Qualifier, Season};
use crate::model::Published;

fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn days(a: NaiveDate, b: NaiveDate) -> EventDate {
    EventDate::between(a, b)
}

/// First and last day of a TIMEX3 calendar value, with its natural EDTF form.
fn calendar(value: &str) -> Option<EventDate> {
    // Times: keep the day.
    let value = value.split('T').next().unwrap_or(value);
    let parts: Vec<&str> = value.split('-').collect();
    let year: i32 = match parts[0].len() {
        4 => num(parts[0])?,
        3 => {
            // A decade: "198" = the 1980s.
            let d: i32 = num(parts[0])?;
            return Some(EventDate::Interval(
                Bound::At(Point::year(d * 10)),
                Bound::At(Point::year(d * 10 + 9)),
            ));
        }
        2 => {
            let c: i32 = num(parts[0])?;
            return Some(EventDate::Interval(
                Bound::At(Point::year(c * 100)),
                Bound::At(Point::year(c * 100 + 99)),
            ));
        }
        _ => return None,
    };
    match parts.as_slice() {
        [_] => Some(EventDate::Point(Point::year(year))),
        [_, m] if m.starts_with('W') && m.len() == 3 => {
            let w: u32 = num(&m[1..])?;
            let mon = NaiveDate::from_isoywd_opt(year, w, Weekday::Mon)?;
            Some(days(mon, mon + Duration::days(6)))
        }
        [_, m, we] if m.starts_with('W') && *we == "WE" => {
            let w: u32 = num(&m[1..])?;
            let sat = NaiveDate::from_isoywd_opt(year, w, Weekday::Sat)?;
            Some(days(sat, sat + Duration::days(1)))
        }
        [_, m, d] if m.starts_with('W') => {
            let w: u32 = num(&m[1..])?;
            let n: u32 = num(d)?;
            let wd = Weekday::try_from(u8::try_from(n.checked_sub(1)?).ok()?).ok()?;
            Some(EventDate::day(NaiveDate::from_isoywd_opt(year, w, wd)?))
        }
        [_, "SP"] => Some(EventDate::Point(Point::season(year, Season::Spring))),
        [_, "SU"] => Some(EventDate::Point(Point::season(year, Season::Summer))),
        [_, "FA"] | [_, "AU"] => Some(EventDate::Point(Point::season(year, Season::Autumn))),
        [_, "WI"] => Some(EventDate::Point(Point::season(year, Season::Winter))),
        [_, q] if q.starts_with('Q') => {
            let q: u32 = num(&q[1..])?;
            if !(1..=4).contains(&q) {
                return None;
            }
            Some(EventDate::Interval(
                Bound::At(Point::month(year, q * 3 - 2)?),
                Bound::At(Point::month(year, q * 3)?),
            ))
        }
        [_, h] if h.starts_with('H') => {
            let h: u32 = num(&h[1..])?;
            if !(1..=2).contains(&h) {
                return None;
            }
            Some(EventDate::Interval(
                Bound::At(Point::month(year, h * 6 - 5)?),
                Bound::At(Point::month(year, h * 6)?),
            ))
        }
        [_, m] => Some(EventDate::Point(Point::month(year, num(m)?)?)),
        [_, m, d] => Some(EventDate::Point(Point::day(year, num(m)?, num(d)?)?)),
        _ => None,
    }
}

/// Narrow a date to its start, middle or end third (`early July`, `late 2021`).
fn part(date: EventDate, modifier: &str) -> EventDate {
    let (Some(a), Some(b)) = date.day_range() else {
        return date;
    };
    let span = (b - a).num_days() + 1;
    if span < 3 {
        return date;
    }
    let third = span / 3;
    match modifier {
        "START" => days(a, a + Duration::days(third - 1)),
        "MID" => days(a + Duration::days(third), b - Duration::days(third)),
        "END" => days(b - Duration::days(third - 1), b),
        _ => date,
    }
}

fn published_day_range(p: &Published) -> (NaiveDate, NaiveDate) {
    let first =
        NaiveDate::from_ymd_opt(p.year, p.month, p.day.unwrap_or(1)).unwrap_or(NaiveDate::MIN);
    (first, p.last_day())
}

/// The publication date as an EDTF point.
pub fn published_date(p: &Published) -> EventDate {
    let (a, b) = published_day_range(p);
    if a == b {
        EventDate::day(a)
    } else {
        EventDate::Point(Point::month(p.year, p.month).unwrap_or(Point::year(p.year)))
    }
}

/// An EDTF date for a TIMEX3 value and modifier; `None` for durations, sets and values with
/// unresolved parts (`XXXX-08-12`).
pub fn timex_to_date(
    value: &str,
    modifier: Option<&str>,
    dct: Option<&Published>,
) -> Option<EventDate> {
    let date = match value {
        "PRESENT_REF" => published_date(dct?),
        "PAST_REF" => {
            let end = dct.map(published_date)?;
            return Some(EventDate::Interval(Bound::Open, end_bound(end)));
        }
        "FUTURE_REF" => {
            let start = dct.map(published_date)?;
            return Some(EventDate::Interval(start_bound(start), Bound::Open));
        }
        v if v.starts_with('P') || v.contains('X') => return None,
        v => calendar(v)?,
    };
    Some(match modifier {
        Some(m @ ("START" | "MID" | "END")) => part(date, m),
        // "about", "nearly", "more than two years ago": a date known roughly.
        Some("APPROX" | "LESS_THAN" | "MORE_THAN") => match date {
            EventDate::Point(p) => EventDate::Point(p.with_qualifier(Qualifier::Approximate)),
            other => other,
        },
        Some("BEFORE") | Some("ON_OR_BEFORE") => EventDate::Interval(Bound::Open, end_bound(date)),
        Some("AFTER") | Some("ON_OR_AFTER") => EventDate::Interval(start_bound(date), Bound::Open),
        _ => date,
    })
}

fn end_bound(d: EventDate) -> Bound {
    match d {
        EventDate::Point(p) => Bound::At(p),
        EventDate::Interval(_, b) => b,
    }
}

fn start_bound(d: EventDate) -> Bound {
    match d {
        EventDate::Point(p) => Bound::At(p),
        EventDate::Interval(a, _) => a,
    }
}

/// "On or before publication": the date of a past event the text does not date.
pub fn before_publication(p: &Published) -> EventDate {
    EventDate::Interval(Bound::Open, end_bound(published_date(p)))
}

/// "On or after publication": the date of an undated planned or expected event.
pub fn after_publication(p: &Published) -> EventDate {
    EventDate::Interval(start_bound(published_date(p)), Bound::Open)
}

/// A date shifted back by a vague number of days ("days after"), as an approximate day.
pub fn days_before(d: &EventDate, n: i64) -> Option<EventDate> {
    let day = d.exact_day().or_else(|| match d.day_range() {
        (Some(a), Some(b)) if a == b => Some(a),
        _ => None,
    })?;
    let shifted = day.checked_sub_signed(Duration::days(n))?;
    Some(EventDate::Point(
        Point::day(shifted.year(), shifted.month(), shifted.day())?
            .with_qualifier(Qualifier::Approximate),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(v: &str, m: Option<&str>) -> String {
        let p: Published = "2021-08-10".parse().unwrap();
        timex_to_date(v, m, Some(&p))
            .map(|d| d.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn granularity_follows_the_value() {
        assert_eq!(t("2021-04", None), "2021-04");
        assert_eq!(t("2021-08-12", None), "2021-08-12");
        assert_eq!(t("2021-08-12TEV", None), "2021-08-12");
        assert_eq!(t("2018", None), "2018");
        assert_eq!(t("198", None), "1980/1989");
    }

    #[test]
    fn weeks_weekends_seasons_quarters() {
        assert_eq!(t("2021-W31-WE", None), "2021-08-07/2021-08-08");
        assert_eq!(t("2021-W32", None), "2021-08-09/2021-08-15");
        assert_eq!(t("2021-SU", None), "2021-22");
        assert_eq!(t("2021-Q3", None), "2021-07/2021-09");
    }

    #[test]
    fn modifiers() {
        assert_eq!(t("2021-07", Some("START")), "2021-07-01/2021-07-10");
        assert_eq!(t("2021", Some("END")), "2021-09-02/2021-12-31");
        assert_eq!(t("2019", Some("APPROX")), "2019~");
        assert_eq!(t("2019", Some("LESS_THAN")), "2019~");
        assert_eq!(t("2021-07-03", Some("BEFORE")), "../2021-07-03");
    }

    #[test]
    fn references_and_unresolved() {
        assert_eq!(t("PRESENT_REF", None), "2021-08-10");
        assert_eq!(t("PAST_REF", None), "../2021-08-10");
        assert_eq!(t("FUTURE_REF", None), "2021-08-10/..");
        assert_eq!(t("P20Y", None), "");
        assert_eq!(t("XXXX-08-12", None), "");
        assert_eq!(t("2021-W99", None), "");
        assert_eq!(t("garbage", None), "");
    }

    #[test]
    fn month_precision_publication() {
        let p: Published = "2024-07".parse().unwrap();
        assert_eq!(before_publication(&p).to_string(), "../2024-07");
        assert_eq!(
            timex_to_date("PRESENT_REF", None, Some(&p))
                .unwrap()
                .to_string(),
            "2024-07"
        );
    }

    #[test]
    fn vague_days_before() {
        let d: EventDate = "2021-07-05".parse().unwrap();
        assert_eq!(days_before(&d, 3).unwrap().to_string(), "2021-07-02~");
        assert!(days_before(&"2021-07".parse().unwrap(), 3).is_none());
    }
}
