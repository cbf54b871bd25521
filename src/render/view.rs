//! View models shared by the renderers: everything the templates show, pre-formatted and in
//! display order, so templates only loop and branch.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::date::{EventDate, Precision, month_name};
use crate::graph;
use crate::model::{ArticleMeta, Event, Status};
use crate::render::{RenderInput, safe_url};

/// A link to another event.
#[derive(Debug, Clone, Serialize)]
pub struct EventLink {
    pub id: String,
    pub title: String,
}

/// A source of an event with its article.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// Footnote number, 1-based across the whole timeline.
    pub n: usize,
    pub doc: String,
    pub quote: String,
    pub when: Option<String>,
    pub article_title: String,
    pub outlet: String,
    pub published: String,
    /// Only http(s) URLs; anything else is not linked.
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub id: String,
    /// EDTF, as in the file.
    pub date: String,
    /// In words: "around July 2021", "between … and …".
    pub date_words: String,
    /// `datetime` attribute for `<time>` when the date is a plain day, month or year.
    pub datetime: Option<String>,
    /// First and last day (ISO) for the time axis; open ends are `None`.
    pub start: Option<String>,
    pub end: Option<String>,
    pub title: String,
    pub status: String,
    pub factual: bool,
    pub kind: Option<String>,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub causes: Vec<EventLink>,
    pub effects: Vec<EventLink>,
    pub cues: Vec<String>,
    pub sources: Vec<SourceView>,
    pub note: Option<String>,
    pub review: Option<String>,
}

/// Events of one month (or one year, or "undated start").
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub anchor: String,
    pub label: String,
    pub events: Vec<EventView>,
}

/// Corpus facts for the header.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub events: usize,
    pub facts: usize,
    pub articles: usize,
    pub outlets: Vec<String>,
    pub first: String,
    pub last: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineView {
    /// Sources are shown open on small timelines, folded on large ones.
    pub open_sources: bool,
    pub title: String,
    pub description: Option<String>,
    pub command: String,
    pub stats: Stats,
    pub groups: Vec<Group>,
    pub statuses: Vec<String>,
}

fn datetime(d: &EventDate) -> Option<String> {
    match d {
        EventDate::Point(p)
            if p.qualifier() == crate::date::Qualifier::Exact
                && p.precision() != Precision::Season =>
        {
            Some(p.to_string())
        }
        _ => None,
    }
}

/// Group key and label: the month of the event's anchor day, or its year when the date is a
/// year or spans more than a month.
fn group_of(e: &Event) -> (String, String) {
    let day = e.date.anchor_day();
    let (a, b) = e.date.day_range();
    let wide = match (a, b) {
        (Some(a), Some(b)) => (b - a).num_days() > 31,
        _ => false,
    };
    if e.date.precision() == Precision::Year || wide {
        (day.format("%Y").to_string(), day.format("%Y").to_string())
    } else {
        use chrono::Datelike;
        (
            day.format("%Y-%m").to_string(),
            format!("{} {}", month_name(day.month()), day.year()),
        )
    }
}

/// Build the view of an ordered timeline.
pub fn build(input: &RenderInput) -> TimelineView {
    let t = input.timeline;
    let metas: BTreeMap<&str, &ArticleMeta> =
        input.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let titles: BTreeMap<&str, &str> = t
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.title.as_str()))
        .collect();
    let effects = graph::effects(t);
    let link = |id: &str| EventLink {
        id: id.to_string(),
        title: titles
            .get(id)
            .map_or_else(|| id.to_string(), |s| s.to_string()),
    };
    let mut n = 0;
    let mut groups: Vec<Group> = Vec::new();
    for e in &t.events {
        let sources = e
            .sources
            .iter()
            .map(|s| {
                n += 1;
                let m = metas.get(s.doc.as_str());
                SourceView {
                    n,
                    doc: s.doc.clone(),
                    quote: s.quote.clone(),
                    when: s.when.clone(),
                    article_title: m
                        .map(|m| m.title.clone())
                        .filter(|t| !t.is_empty())
                        .unwrap_or_else(|| s.doc.clone()),
                    outlet: m.map(|m| m.outlet.clone()).unwrap_or_default(),
                    published: m
                        .and_then(|m| m.published)
                        .map(|p| p.to_string())
                        .unwrap_or_default(),
                    url: m.and_then(|m| safe_url(&m.url)).map(str::to_string),
                }
            })
            .collect();
        let (start, end) = e.date.day_range();
        let view = EventView {
            id: e.id.to_string(),
            date: e.date.to_string(),
            date_words: e.date.describe(),
            datetime: datetime(&e.date),
            start: start.map(|d| d.to_string()),
            end: end.map(|d| d.to_string()),
            title: e.title.clone(),
            status: e.status.to_string(),
            factual: e.status.is_factual(),
            kind: e.kind.clone(),
            actors: e.actors.clone(),
            places: e.places.clone(),
            causes: e.causes.iter().map(|c| link(c.as_str())).collect(),
            effects: effects
                .get(&e.id)
                .map(|v| v.iter().map(|c| link(c.as_str())).collect())
                .unwrap_or_default(),
            cues: e
                .cause_evidence
                .iter()
                .map(|c| format!("“{}” — {}", c.cue, c.quote))
                .collect(),
            sources,
            note: e.note.clone(),
            review: e.review.map(|r| format!("{r:?}").to_lowercase()),
        };
        let (anchor, label) = group_of(e);
        match groups.last_mut() {
            Some(g) if g.anchor == anchor => g.events.push(view),
            _ => groups.push(Group {
                anchor,
                label,
                events: vec![view],
            }),
        }
    }
    // The display order may revisit a month after a cause pulled an event forward: keep
    // groups as they come (anchors stay unique by suffixing).
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for g in &mut groups {
        let k = seen.entry(g.anchor.clone()).or_insert(0);
        *k += 1;
        if *k > 1 {
            g.anchor = format!("{}-{}", g.anchor, k);
        }
    }
    let used: BTreeSet<&str> = t
        .events
        .iter()
        .flat_map(|e| e.sources.iter().map(|s| s.doc.as_str()))
        .collect();
    let outlets: BTreeSet<String> = input
        .articles
        .iter()
        .filter(|a| used.contains(a.id.as_str()) || used.is_empty())
        .map(|a| a.outlet.clone())
        .filter(|o| !o.is_empty())
        .collect();
    let days: Vec<_> = t
        .events
        .iter()
        .flat_map(|e| {
            let (a, b) = e.date.day_range();
            [a, b]
        })
        .flatten()
        .collect();
    let statuses: BTreeSet<Status> = t.events.iter().map(|e| e.status).collect();
    TimelineView {
        open_sources: t.events.len() <= 300,
        title: t.title.clone(),
        description: t.description.clone(),
        command: input.command.to_string(),
        stats: Stats {
            events: t.events.len(),
            facts: t.events.iter().filter(|e| e.status.is_factual()).count(),
            articles: input.articles.len(),
            outlets: outlets.into_iter().collect(),
            first: days
                .iter()
                .min()
                .map(|d| EventDate::day(*d).describe())
                .unwrap_or_default(),
            last: days
                .iter()
                .max()
                .map(|d| EventDate::day(*d).describe())
                .unwrap_or_default(),
        },
        groups,
        statuses: statuses.iter().map(|s| s.to_string()).collect(),
    }
}
