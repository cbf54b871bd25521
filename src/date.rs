//! Fuzzy civil dates in EDTF (ISO 8601-2 / Extended Date/Time Format, level 1 subset).
//!
//! This stage owns the date type every other stage uses: a day, month, season or year,
//! optionally qualified as uncertain (`?`), approximate (`~`) or both (`%`), and intervals
//! between two such points whose ends may be open (`..`) or unknown (empty). It parses,
//! prints, orders and converts to the range of days a date may denote. It imports nothing
//! else from the crate.
//!
//! ```
//! use timeline::date::EventDate;
//! let d: EventDate = "2021-08-09/2021-08-15".parse().unwrap();
//! assert_eq!(d.to_string(), "2021-08-09/2021-08-15");
//! let (first, last) = d.day_range();
//! assert_eq!(first.unwrap().to_string(), "2021-08-09");
//! assert_eq!(last.unwrap().to_string(), "2021-08-15");
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

/// How much of a point in time is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Season,
    Month,
    Day,
}

/// EDTF qualification of a point: `?` uncertain, `~` approximate, `%` both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Qualifier {
    #[default]
    Exact,
    Uncertain,
    Approximate,
    UncertainApproximate,
}

impl Qualifier {
    fn suffix(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Uncertain => "?",
            Qualifier::Approximate => "~",
            Qualifier::UncertainApproximate => "%",
        }
    }

    /// True for `~` and `%`.
    pub fn is_approximate(self) -> bool {
        matches!(
            self,
            Qualifier::Approximate | Qualifier::UncertainApproximate
        )
    }

    /// True for `?` and `%`.
    pub fn is_uncertain(self) -> bool {
        matches!(self, Qualifier::Uncertain | Qualifier::UncertainApproximate)
    }
}

/// A season in EDTF level 1 numbering (21 spring … 24 winter), northern hemisphere months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Season {
    Spring = 21,
    Summer = 22,
    Autumn = 23,
    Winter = 24,
}

impl Season {
    fn from_code(code: u32) -> Option<Season> {
        match code {
            21 => Some(Season::Spring),
            22 => Some(Season::Summer),
            23 => Some(Season::Autumn),
            24 => Some(Season::Winter),
            _ => None,
        }
    }

    /// First and last month; winter runs into the next year (month 14 = February next year).
    fn months(self) -> (u32, u32) {
        match self {
            Season::Spring => (3, 5),
            Season::Summer => (6, 8),
            Season::Autumn => (9, 11),
            Season::Winter => (12, 14),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Winter => "winter",
        }
    }
}

/// A single calendar point at year, season, month or day precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Point {
    year: i32,
    /// 1-12, or `None` at year/season precision.
    month: Option<u32>,
    day: Option<u32>,
    season: Option<Season>,
    qualifier: Qualifier,
}

impl Point {
    /// A year, e.g. `2018`.
    pub fn year(year: i32) -> Point {
        Point {
            year,
            month: None,
            day: None,
            season: None,
            qualifier: Qualifier::Exact,
        }
    }

    /// A month; `None` when the month does not exist.
    pub fn month(year: i32, month: u32) -> Option<Point> {
        NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Point {
            month: Some(month),
            ..Point::year(year)
        })
    }

    /// A day; `None` when the day does not exist.
    pub fn day(year: i32, month: u32, day: u32) -> Option<Point> {
        NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Point {
            month: Some(month),
            day: Some(day),
            ..Point::year(year)
        })
    }

    /// A season of a year.
    pub fn season(year: i32, season: Season) -> Point {
        Point {
            season: Some(season),
            ..Point::year(year)
        }
    }

    /// The day of a `NaiveDate`.
    pub fn from_date(d: NaiveDate) -> Point {
        Point::day(d.year(), d.month(), d.day()).expect("a NaiveDate is a valid day")
    }

    pub fn with_qualifier(mut self, q: Qualifier) -> Point {
        self.qualifier = q;
        self
    }

    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    pub fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else if self.month.is_some() {
            Precision::Month
        } else if self.season.is_some() {
            Precision::Season
        } else {
            Precision::Year
        }
    }

    pub fn year_value(&self) -> i32 {
        self.year
    }

    pub fn month_value(&self) -> Option<u32> {
        self.month
    }

    pub fn day_value(&self) -> Option<u32> {
        self.day
    }

    pub fn season_value(&self) -> Option<Season> {
        self.season
    }

    /// First day the point may denote.
    pub fn first_day(&self) -> NaiveDate {
        let (y, m, d) = match (self.month, self.day, self.season) {
            (Some(m), Some(d), _) => (self.year, m, d),
            (Some(m), None, _) => (self.year, m, 1),
            (None, _, Some(s)) => (self.year, s.months().0, 1),
            (None, _, None) => (self.year, 1, 1),
        };
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// Last day the point may denote.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day, self.season) {
            (Some(_), Some(_), _) => self.first_day(),
            (Some(m), None, _) => last_of_month(self.year, m),
            (None, _, Some(s)) => {
                let end = s.months().1;
                if end > 12 {
                    last_of_month(self.year + 1, end - 12)
                } else {
                    last_of_month(self.year, end)
                }
            }
            (None, _, None) => last_of_month(self.year, 12),
        }
    }

    fn fmt_plain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}", -(self.year as i64))?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        if let Some(s) = self.season {
            write!(f, "-{}", s as u32)?;
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fmt_plain(f)?;
        f.write_str(self.qualifier.suffix())
    }
}

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// `..`: the interval runs without end on that side.
    Open,
    /// empty: the end exists but is unknown.
    Unknown,
    At(Point),
}

impl Bound {
    fn point(&self) -> Option<&Point> {
        match self {
            Bound::At(p) => Some(p),
            _ => None,
        }
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Bound::Open => f.write_str(".."),
            Bound::Unknown => Ok(()),
            Bound::At(p) => p.fmt(f),
        }
    }
}

/// A date as found in an event file: a point or an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    Point(Point),
    Interval(Bound, Bound),
}

/// Why a string is not an EDTF date this crate understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub input: String,
    pub reason: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, optionally ending in ~ ? %, \
             or an interval A/B with .. for an open end), found {:?}",
            self.reason, self.input
        )
    }
}

impl std::error::Error for DateError {}

fn parse_point(s: &str, whole: &str) -> Result<Point, DateError> {
    let err = |reason: &str| DateError {
        input: whole.to_string(),
        reason: reason.to_string(),
    };
    let (body, qualifier) = match s.as_bytes().last() {
        Some(b'?') => (&s[..s.len() - 1], Qualifier::Uncertain),
        Some(b'~') => (&s[..s.len() - 1], Qualifier::Approximate),
        Some(b'%') => (&s[..s.len() - 1], Qualifier::UncertainApproximate),
        _ => (s, Qualifier::Exact),
    };
    let (negative, digits) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let mut parts = digits.split('-');
    let year_s = parts.next().unwrap_or("");
    if year_s.len() != 4 || !year_s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err("the year must have four digits"));
    }
    let mut year: i32 = year_s.parse().map_err(|_| err("bad year"))?;
    if negative {
        year = -year;
    }
    let two = |p: &str, what: &str| -> Result<u32, DateError> {
        if p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err(&format!("the {what} must have two digits")));
        }
        Ok(p.parse().expect("two ascii digits"))
    };
    let point = match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => Point::year(year),
        (Some(m), None, _) => {
            let m = two(m, "month")?;
            if let Some(season) = Season::from_code(m) {
                Point::season(year, season)
            } else {
                Point::month(year, m).ok_or_else(|| err("no such month"))?
            }
        }
        (Some(m), Some(d), None) => {
            let m = two(m, "month")?;
            let d = two(d, "day")?;
            Point::day(year, m, d).ok_or_else(|| err("no such day"))?
        }
        _ => return Err(err("too many parts")),
    };
    Ok(point.with_qualifier(qualifier))
}

impl FromStr for EventDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<EventDate, DateError> {
        let t = s.trim();
        if t.is_empty() {
            return Err(DateError {
                input: s.to_string(),
                reason: "empty date".into(),
            });
        }
        match t.split_once('/') {
            None => Ok(EventDate::Point(parse_point(t, s)?)),
            Some((a, b)) => {
                let bound = |x: &str| -> Result<Bound, DateError> {
                    match x {
                        ".." => Ok(Bound::Open),
                        "" => Ok(Bound::Unknown),
                        _ => Ok(Bound::At(parse_point(x, s)?)),
                    }
                };
                let (start, end) = (bound(a)?, bound(b)?);
                if start.point().is_none() && end.point().is_none() {
                    return Err(DateError {
                        input: s.to_string(),
                        reason: "an interval needs at least one dated end".into(),
                    });
                }
                if let (Some(p), Some(q)) = (start.point(), end.point())
                    && p.first_day() > q.last_day()
                {
                    return Err(DateError {
                        input: s.to_string(),
                        reason: "the interval ends before it starts".into(),
                    });
                }
                Ok(EventDate::Interval(start, end))
            }
        }
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Point(p) => p.fmt(f),
            EventDate::Interval(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl serde::Serialize for EventDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for EventDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EventDate, D::Error> {
        // YAML reads `2018` as a number; accept it and keep the text form.
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = EventDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an EDTF date such as 2021-07-02, 2021-07~ or 2021-08-09/2021-08-15")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<EventDate, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<EventDate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<EventDate, E> {
                self.visit_str(&v.to_string())
            }
        }
        d.deserialize_any(V)
    }
}

impl schemars::JsonSchema for EventDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EventDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "EDTF date: YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by ~ (approximate), ? (uncertain) or % (both); or an interval A/B where either end may be .. (open) or empty (unknown)",
            "pattern": r"^(\.\.|-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?)?(/(\.\.|-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?)?)?$",
            "examples": ["2021-07-02", "2021-04", "2021-07~", "2021-08-09/2021-08-15", "../2021-07-03"]
        })
    }
}

impl EventDate {
    /// The day of a `NaiveDate`.
    pub fn day(d: NaiveDate) -> EventDate {
        EventDate::Point(Point::from_date(d))
    }

    /// The interval between two days (a point if both are the same day).
    pub fn between(a: NaiveDate, b: NaiveDate) -> EventDate {
        if a == b {
            EventDate::day(a)
        } else {
            let (a, b) = if a <= b { (a, b) } else { (b, a) };
            EventDate::Interval(
                Bound::At(Point::from_date(a)),
                Bound::At(Point::from_date(b)),
            )
        }
    }

    /// Earliest and latest day the date may denote; `None` on an open or unknown end.
    pub fn day_range(&self) -> (Option<NaiveDate>, Option<NaiveDate>) {
        match self {
            EventDate::Point(p) => (Some(p.first_day()), Some(p.last_day())),
            EventDate::Interval(a, b) => (
                a.point().map(Point::first_day),
                b.point().map(Point::last_day),
            ),
        }
    }

    /// The day a date sorts on: its earliest possible day, or, when the start is open or
    /// unknown ("on or before 3 July"), the latest, so such events sit where the text puts
    /// them instead of before everything else.
    pub fn sort_key(&self) -> NaiveDate {
        self.anchor_day()
    }

    /// A day that stands for the date when one is needed (grouping, axis): the start,
    /// or the end of a half-open interval.
    pub fn anchor_day(&self) -> NaiveDate {
        match self {
            EventDate::Point(p) => p.first_day(),
            EventDate::Interval(a, b) => a
                .point()
                .map(Point::first_day)
                .or_else(|| b.point().map(Point::last_day))
                .unwrap_or(NaiveDate::MIN),
        }
    }

    /// Precision used to break ties: a month sorts before the days in that month.
    pub fn precision(&self) -> Precision {
        match self {
            EventDate::Point(p) => p.precision(),
            EventDate::Interval(a, b) => a
                .point()
                .or(b.point())
                .map(Point::precision)
                .unwrap_or(Precision::Year),
        }
    }

    /// The single day denoted, if the date is exactly one day (no qualifier, no interval).
    pub fn exact_day(&self) -> Option<NaiveDate> {
        match self {
            EventDate::Point(p)
                if p.precision() == Precision::Day && p.qualifier == Qualifier::Exact =>
            {
                Some(p.first_day())
            }
            _ => None,
        }
    }

    /// True if both dates may denote a common day.
    pub fn overlaps(&self, other: &EventDate) -> bool {
        let (a0, a1) = self.day_range();
        let (b0, b1) = other.day_range();
        let lo = a0.max(b0);
        let hi = match (a1, b1) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        match (lo, hi) {
            (Some(l), Some(h)) => l <= h,
            _ => true,
        }
    }

    /// True if every day of `self` is strictly before every day of `other`.
    pub fn wholly_before(&self, other: &EventDate) -> bool {
        match (self.day_range().1, other.day_range().0) {
            (Some(end), Some(start)) => end < start,
            _ => false,
        }
    }

    /// Compare for display: earliest possible day, then precision (coarser first), then text.
    /// Callers break the remaining ties on the event id.
    pub fn display_cmp(&self, other: &EventDate) -> Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then(self.precision().cmp(&other.precision()))
            .then_with(|| self.to_string().cmp(&other.to_string()))
    }

    /// The earliest and latest days that bound both dates, as the narrowest EDTF date
    /// that contains both (used when several reports of one event disagree slightly).
    pub fn intersection(&self, other: &EventDate) -> Option<EventDate> {
        if !self.overlaps(other) {
            return None;
        }
        let (a0, a1) = self.day_range();
        let (b0, b1) = other.day_range();
        let lo = a0.max(b0);
        let hi = match (a1, b1) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        // Prefer one of the inputs when it is already the intersection: it keeps
        // the precision and qualifiers the text gave.
        for d in [self, other] {
            if d.day_range() == (lo, hi) {
                return Some(*d);
            }
        }
        Some(match (lo, hi) {
            (Some(l), Some(h)) => EventDate::between(l, h),
            (Some(l), None) => EventDate::Interval(Bound::At(Point::from_date(l)), Bound::Open),
            (None, Some(h)) => EventDate::Interval(Bound::Open, Bound::At(Point::from_date(h))),
            (None, None) => *self,
        })
    }

    /// Words for readers: "around July 2021", "between 9 and 15 August 2021", "before 3 July 2021".
    pub fn describe(&self) -> String {
        match self {
            EventDate::Point(p) => describe_point(p),
            EventDate::Interval(a, b) => match (a, b) {
                (Bound::At(p), Bound::At(q)) => {
                    format!("between {} and {}", describe_point(p), describe_point(q))
                }
                (Bound::Open, Bound::At(q)) => format!("on or before {}", describe_point(q)),
                (Bound::Unknown, Bound::At(q)) => format!("until {}", describe_point(q)),
                (Bound::At(p), Bound::Open) => format!("on or after {}", describe_point(p)),
                (Bound::At(p), Bound::Unknown) => format!("from {}", describe_point(p)),
                _ => "undated".to_string(),
            },
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English name of a month (1-12).
pub fn month_name(m: u32) -> &'static str {
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}

fn describe_point(p: &Point) -> String {
    let base = match (p.month, p.day, p.season) {
        (Some(m), Some(d), _) => format!("{d} {} {}", month_name(m), p.year),
        (Some(m), None, _) => format!("{} {}", month_name(m), p.year),
        (None, _, Some(s)) => format!("{} {}", s.name(), p.year),
        (None, _, None) => p.year.to_string(),
    };
    match p.qualifier {
        Qualifier::Exact => base,
        Qualifier::Approximate => format!("around {base}"),
        Qualifier::Uncertain => format!("{base} (uncertain)"),
        Qualifier::UncertainApproximate => format!("around {base} (uncertain)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> EventDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_every_documented_form() {
        for s in [
            "2021-07-02",
            "2021-04",
            "2018",
            "2021-07~",
            "2021-07-02?",
            "2021-07%",
            "2021-08-09/2021-08-15",
            "../2021-07-03",
            "2021-08-10/..",
            "/2021-08",
            "2021-22",
            "-0044-03-15",
        ] {
            assert_eq!(d(s).to_string(), s, "{s}");
        }
    }

    #[test]
    fn rejects_bad_dates_with_the_input_in_the_message() {
        for s in [
            "spring",
            "2021-13",
            "2021-02-30",
            "21-07-02",
            "2021-7-2",
            "../..",
            "2021-08-15/2021-08-09",
            "",
            "2021-07-02-01",
        ] {
            let e = s.parse::<EventDate>().unwrap_err();
            assert!(e.to_string().contains(&format!("{s:?}")), "{e}");
        }
    }

    #[test]
    fn day_ranges() {
        assert_eq!(
            d("2021-02").day_range(),
            (
                NaiveDate::from_ymd_opt(2021, 2, 1),
                NaiveDate::from_ymd_opt(2021, 2, 28)
            )
        );
        assert_eq!(
            d("2021-24").day_range().1,
            NaiveDate::from_ymd_opt(2022, 2, 28)
        );
        assert_eq!(d("../2021-07-03").day_range().0, None);
        assert_eq!(
            d("2021-08-10/..").day_range(),
            (NaiveDate::from_ymd_opt(2021, 8, 10), None)
        );
    }

    #[test]
    fn month_sorts_before_days_in_that_month() {
        let mut v = [d("2021-07-02"), d("2021-07"), d("2021-06-30"), d("2021")];
        v.sort_by(|a, b| a.display_cmp(b));
        let s: Vec<String> = v.iter().map(|x| x.to_string()).collect();
        assert_eq!(s, ["2021", "2021-06-30", "2021-07", "2021-07-02"]);
    }

    #[test]
    fn open_start_sorts_at_its_known_end() {
        assert_eq!(
            d("../2021-07-03").display_cmp(&d("2021-07-02")),
            Ordering::Greater
        );
        assert_eq!(
            d("../2021-07-03").display_cmp(&d("2021-07-04")),
            Ordering::Less
        );
        assert_eq!(
            d("../2021-07-03").display_cmp(&d("2021-07-03")),
            Ordering::Less
        );
    }

    #[test]
    fn overlap_and_before() {
        assert!(d("2021-07").overlaps(&d("../2021-07-03")));
        assert!(!d("2021-06").overlaps(&d("2021-07-02")));
        assert!(d("2021-06").wholly_before(&d("2021-07-02")));
        assert!(!d("2021-07").wholly_before(&d("2021-07-02")));
        assert!(!d("../2021-07-03").wholly_before(&d("2021-07-02")));
    }

    #[test]
    fn intersection_keeps_the_narrower_input() {
        assert_eq!(
            d("2021-07")
                .intersection(&d("../2021-07-03"))
                .unwrap()
                .to_string(),
            "2021-07-01/2021-07-03"
        );
        assert_eq!(
            d("2021-07")
                .intersection(&d("2021-07-02"))
                .unwrap()
                .to_string(),
            "2021-07-02"
        );
        assert!(d("2021-06").intersection(&d("2021-07")).is_none());
    }

    #[test]
    fn describes_uncertainty_in_words() {
        assert_eq!(d("2021-07~").describe(), "around July 2021");
        assert_eq!(
            d("2021-08-09/2021-08-15").describe(),
            "between 9 August 2021 and 15 August 2021"
        );
        assert_eq!(d("../2021-07-03").describe(), "on or before 3 July 2021");
    }

    #[test]
    fn yaml_number_is_a_year() {
        let v: EventDate = serde_yaml::from_str("2018").unwrap();
        assert_eq!(v.to_string(), "2018");
    }

    fn arb_point() -> impl Strategy<Value = Point> {
        let q = prop_oneof![
            Just(Qualifier::Exact),
            Just(Qualifier::Uncertain),
            Just(Qualifier::Approximate),
            Just(Qualifier::UncertainApproximate)
        ];
        (1i32..=9999, 0u32..=12, 0u32..=31, 0u32..5, q).prop_map(|(y, m, dd, s, q)| {
            let p = if s > 0 && m == 0 {
                Point::season(y, Season::from_code(20 + s).unwrap())
            } else if m == 0 {
                Point::year(y)
            } else if dd == 0 {
                Point::month(y, m).unwrap()
            } else {
                Point::day(y, m, dd.min(28)).unwrap()
            };
            p.with_qualifier(q)
        })
    }

    fn arb_date() -> impl Strategy<Value = EventDate> {
        prop_oneof![
            arb_point().prop_map(EventDate::Point),
            (arb_point(), arb_point()).prop_map(|(a, b)| {
                let (a, b) = if a.first_day() <= b.last_day() {
                    (a, b)
                } else {
                    (b, a)
                };
                if a.first_day() <= b.last_day() {
                    EventDate::Interval(Bound::At(a), Bound::At(b))
                } else {
                    EventDate::Point(a)
                }
            }),
            arb_point().prop_map(|p| EventDate::Interval(Bound::Open, Bound::At(p))),
            arb_point().prop_map(|p| EventDate::Interval(Bound::At(p), Bound::Open)),
        ]
    }

    proptest! {
        #[test]
        fn parse_display_round_trips(date in arb_date()) {
            let s = date.to_string();
            prop_assert_eq!(s.parse::<EventDate>().unwrap(), date);
        }

        #[test]
        fn order_is_total_and_consistent(a in arb_date(), b in arb_date(), c in arb_date()) {
            prop_assert_eq!(a.display_cmp(&b), b.display_cmp(&a).reverse());
            if a.display_cmp(&b) != Ordering::Greater && b.display_cmp(&c) != Ordering::Greater {
                prop_assert_ne!(a.display_cmp(&c), Ordering::Greater);
            }
            prop_assert_eq!(a.display_cmp(&b) == Ordering::Equal, a == b);
        }

        #[test]
        fn parser_never_panics(s in "\\PC{0,30}") {
            let _ = s.parse::<EventDate>();
        }
    }
}
