//! The plain data every stage passes around: a `Timeline` of `Event`s, each dated with an
//! EDTF [`EventDate`], sourced by verbatim quotes from corpus articles, and linked to the
//! events that caused it. Serde derives here define the hand-edited YAML format; reading
//! and writing files is left to `source`.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::EventDate;

/// A stable slug naming an event, unique within a timeline.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct EventId(pub String);

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl EventId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for a lowercase slug of letters, digits and single hyphens, as `slug` makes.
    pub fn is_valid(s: &str) -> bool {
        !s.is_empty()
            && s.len() <= 120
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            && !s.starts_with('-')
            && !s.ends_with('-')
    }
}

/// Whether an event is reported as fact, and how.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Reported as having happened.
    Happened,
    /// Attributed to a source ("officials said…") without the outlet's own confirmation.
    Reported,
    /// Intended or scheduled by an actor.
    Planned,
    /// Forecast by someone ("is likely", "expected to").
    Expected,
    /// Conditional or speculative ("if an evacuation is ordered").
    Hypothetical,
    /// Negated or denied ("no decision has been made").
    Denied,
    /// Sources disagree on the date or on whether it happened.
    Disputed,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Happened,
        Status::Reported,
        Status::Planned,
        Status::Expected,
        Status::Hypothetical,
        Status::Denied,
        Status::Disputed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Happened => "happened",
            Status::Reported => "reported",
            Status::Planned => "planned",
            Status::Expected => "expected",
            Status::Hypothetical => "hypothetical",
            Status::Denied => "denied",
            Status::Disputed => "disputed",
        }
    }

    /// Shown as fact on a timeline.
    pub fn is_factual(self) -> bool {
        matches!(self, Status::Happened | Status::Reported)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A verbatim quote from one article of the corpus.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Corpus id of the article (its `id` in `sources.yaml`).
    pub doc: String,
    /// Text copied from the article. `…` at either end, or between fragments, stands for
    /// omitted text; every fragment must appear verbatim, in order.
    pub quote: String,
    /// The temporal expression in the article that dated the event, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
}

/// The text behind one cause link: "X because of Y".
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct CauseEvidence {
    /// The cause, one of the event's `causes`.
    pub cause: EventId,
    /// The causal cue as written ("because of", "led to").
    pub cue: String,
    pub doc: String,
    /// The sentence that states the link.
    pub quote: String,
}

/// Why an event needs a person's look after an update.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Added by extraction since a person last looked.
    New,
    /// Its source text changed since it was extracted.
    Changed,
    /// No article supports it any more.
    Obsolete,
}

/// One dated happening with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique slug, stable across runs.
    pub id: EventId,
    /// EDTF date.
    pub date: EventDate,
    pub title: String,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// Events that led to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<EventId>,
    /// Where the text says why: the cue and sentence behind each extracted cause.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cause_evidence: Vec<CauseEvidence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

impl Event {
    /// Display order: date (earliest day, then precision), then id.
    pub fn display_cmp(&self, other: &Event) -> std::cmp::Ordering {
        self.date
            .display_cmp(&other.date)
            .then_with(|| self.id.cmp(&other.id))
    }
}

/// A titled list of events: the content of an event file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Fingerprints of extracted events a person deleted; they are not extracted again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<String>,
}

impl Timeline {
    /// Events in display order.
    pub fn sort(&mut self) {
        self.events.sort_by(Event::display_cmp);
    }

    pub fn get(&self, id: &EventId) -> Option<&Event> {
        self.events.iter().find(|e| &e.id == id)
    }
}

/// A position in a file, 1-based, for messages like `events.yaml:14:9`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.path)
        } else {
            write!(f, "{}:{}:{}", self.path, self.line, self.column)
        }
    }
}

/// Metadata of one corpus article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    #[serde(default)]
    pub id: String,
    pub file: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub outlet: String,
    #[serde(default)]
    pub url: String,
    /// `YYYY-MM-DD` or `YYYY-MM`; anchors relative dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
}

/// Publication date of an article: a day or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
pub struct Published {
    pub year: i32,
    pub month: u32,
    pub day: Option<u32>,
}

impl Published {
    /// Last day the article may have been published on.
    pub fn last_day(&self) -> chrono::NaiveDate {
        let d = match self.day {
            Some(d) => format!("{:04}-{:02}-{:02}", self.year, self.month, d),
            None => format!("{:04}-{:02}", self.year, self.month),
        };
        d.parse::<EventDate>()
            .ok()
            .and_then(|e| e.day_range().1)
            .unwrap_or(chrono::NaiveDate::MAX)
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)?;
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Published {
    type Err = String;
    fn from_str(s: &str) -> Result<Published, String> {
        let bad = || format!("expected YYYY-MM-DD or YYYY-MM, found {s:?}");
        let s = s.trim();
        let ok_shape = matches!(s.len(), 7 | 10)
            && s.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !ok_shape {
            return Err(bad());
        }
        let date: EventDate = s.parse().map_err(|_| bad())?;
        match date {
            EventDate::Point(p) => Ok(Published {
                year: p.year_value(),
                month: p.month_value().ok_or_else(bad)?,
                day: p.day_value(),
            }),
            EventDate::Interval(..) => Err(bad()),
        }
    }
}

impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Published, D::Error> {
        // Parse inside the visitor so serde_yaml reports the value's line and column.
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Published;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a publication date YYYY-MM-DD or YYYY-MM")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Published, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_accepts_day_or_month_only() {
        assert_eq!("2021-08-10".parse::<Published>().unwrap().day, Some(10));
        assert_eq!("2024-07".parse::<Published>().unwrap().day, None);
        for bad in ["2021", "2021-8-1", "2021-02-30", "yesterday", "2021-07~"] {
            assert!(bad.parse::<Published>().is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_event_fields_are_errors() {
        let y = "id: a\ndate: 2021\ntitle: t\nstatus: happened\ncolour: red\n";
        let e = serde_yaml::from_str::<Event>(y).unwrap_err();
        assert!(e.to_string().contains("colour"), "{e}");
    }

    #[test]
    fn slugs() {
        assert!(EventId::is_valid("bagram-exit"));
        assert!(EventId::is_valid("2021-08-12-herat-falls"));
        assert!(!EventId::is_valid("Bagram exit"));
        assert!(!EventId::is_valid(""));
    }
}
