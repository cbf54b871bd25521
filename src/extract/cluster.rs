//! Clustering mentions of the same real event, within and across articles, into one event
//! that keeps every source and quote; and giving events stable ids.
//!
//! Two mentions are the same event when their kinds agree, their dates may denote a common
//! day, their statuses agree on factuality, and they share at least two of: a named place or
//! actor, a content word of the title. A mention joins a cluster only if it is compatible with
//! every member (no transitive chaining). Mentions that agree on everything but a date that
//! cannot overlap are merged as `disputed`, with both readings in the note.

use std::collections::{BTreeMap, BTreeSet};

use crate::date::EventDate;
use crate::extract::Candidate;
use crate::model::{Event, EventId, SourceRef, Status};

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "and", "or", "with", "by",
    "its", "their", "his", "her", "all", "that", "this", "these", "those", "into", "over", "after",
    "will", "would", "not", "has", "have", "had", "was", "were", "is", "are", "be", "been",
];

/// A crude stem, so "evacuate", "evacuation" and "evacuated" count as one word.
fn stem(w: &str) -> String {
    for suf in ["ions", "ion", "ing", "ed", "es", "e", "s"] {
        if let Some(s) = w.strip_suffix(suf)
            && s.len() >= 4
        {
            return s.to_string();
        }
    }
    w.to_string()
}

fn content_words(title: &str) -> BTreeSet<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.len() > 2 && !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// Shared evidence between two events: named entities and title words in common.
fn shared(a: &Event, b: &Event) -> usize {
    let ents =
        |e: &Event| -> BTreeSet<String> { e.actors.iter().chain(&e.places).cloned().collect() };
    let (ea, eb) = (ents(a), ents(b));
    let entity_overlap = ea.intersection(&eb).count();
    let entity_words: BTreeSet<String> = ea.union(&eb).flat_map(|e| content_words(e)).collect();
    let words = content_words(&a.title)
        .intersection(&content_words(&b.title))
        .filter(|w| !entity_words.contains(*w))
        .count();
    entity_overlap + words
}

fn factual_class(s: Status) -> u8 {
    match s {
        Status::Happened | Status::Reported | Status::Disputed => 0,
        Status::Planned | Status::Expected => 1,
        Status::Hypothetical => 2,
        Status::Denied => 3,
    }
}

enum Fit {
    Same,
    DateConflict,
    No,
}

fn fit(a: &Event, b: &Event) -> Fit {
    if a.kind != b.kind || factual_class(a.status) != factual_class(b.status) {
        return Fit::No;
    }
    // What one article speculates about is its own: plans and conditionals merge only within
    // an article.
    if !a.status.is_factual()
        && a.sources.first().map(|s| &s.doc) != b.sources.first().map(|s| &s.doc)
    {
        return Fit::No;
    }
    // Different named places are different events ("Herat falls", "Ghazni falls").
    if !a.places.is_empty()
        && !b.places.is_empty()
        && a.places.iter().all(|p| !b.places.contains(p))
    {
        return Fit::No;
    }
    let s = shared(a, b);
    // A named place in common is strong evidence on its own; anything else needs two cues.
    let shares_place = a.places.iter().any(|p| b.places.contains(p));
    if s < 2 && !(s == 1 && shares_place) {
        return Fit::No;
    }
    if a.date.overlaps(&b.date)
        && recent_enough(&a.date, &b.date)
        && recent_enough(&b.date, &a.date)
    {
        Fit::Same
    } else if s >= 3 && a.date.exact_day().is_some() && b.date.exact_day().is_some() {
        Fit::DateConflict
    } else {
        Fit::No
    }
}

/// An event the text leaves undated ("on or before publication") is taken to be the same as a
/// dated one only if that one is recent: news reports undated events that are current. Without
/// this, "the Taliban's advance" would merge with an attack years before.
const RECENT_DAYS: i64 = 92;

fn recent_enough(open: &EventDate, other: &EventDate) -> bool {
    match (open.day_range(), other.day_range()) {
        ((None, Some(end)), (Some(_), Some(other_end))) => {
            (end - other_end).num_days() <= RECENT_DAYS
        }
        // Two undated mentions from articles published far apart are not one event.
        ((None, Some(a)), (None, Some(b))) => (a - b).num_days().abs() <= RECENT_DAYS,
        _ => true,
    }
}

/// How well a date pins the event down: narrower is better, closed beats open.
fn specificity(d: &EventDate) -> i64 {
    match d.day_range() {
        (Some(a), Some(b)) => -(b - a).num_days(),
        _ => i64::MIN / 2,
    }
}

/// One event and the mentions (article id, sequence number) it was merged from.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub event: Event,
    pub members: Vec<(String, usize)>,
}

/// Merge candidates into events. Candidate order is the corpus order, which keeps the result
/// independent of threading.
pub fn cluster(cands: Vec<Candidate>) -> Vec<Cluster> {
    let mut clusters: Vec<Vec<Candidate>> = Vec::new();
    // Only clusters of the same kind can take a candidate: index them by kind.
    let mut by_kind: BTreeMap<Option<String>, Vec<usize>> = BTreeMap::new();
    for c in cands {
        let same_kind = by_kind.entry(c.event.kind.clone()).or_default();
        let target = same_kind.iter().copied().find(|&i| {
            clusters[i]
                .iter()
                .all(|m| !matches!(fit(&m.event, &c.event), Fit::No))
        });
        match target {
            Some(i) => clusters[i].push(c),
            None => {
                same_kind.push(clusters.len());
                clusters.push(vec![c]);
            }
        }
    }
    clusters
        .into_iter()
        .map(|m| Cluster {
            members: m.iter().map(|c| (c.doc.clone(), c.seq)).collect(),
            event: merge_cluster(m),
        })
        .collect()
}

fn merge_cluster(mut members: Vec<Candidate>) -> Event {
    // The representative: the most precisely dated factual mention, earliest in the corpus.
    members.sort_by_key(|m| (-specificity(&m.event.date), m.event.headline_rank(), m.seq));
    let mut ev = members[0].event.clone();
    let mut conflict = false;
    let mut date = ev.date;
    for m in &members[1..] {
        match date.intersection(&m.event.date) {
            Some(d) => date = d,
            None => conflict = true,
        }
    }
    let mut actors = BTreeSet::new();
    let mut places = BTreeSet::new();
    let mut sources: Vec<SourceRef> = Vec::new();
    let mut by_doc: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut ordered = members.clone();
    ordered.sort_by(|a, b| (&a.doc, a.span).cmp(&(&b.doc, b.span)));
    for m in &ordered {
        actors.extend(m.event.actors.iter().cloned());
        places.extend(m.event.places.iter().cloned());
        for s in &m.event.sources {
            if !sources.iter().any(|x| x.doc == s.doc && x.quote == s.quote) {
                sources.push(s.clone());
            }
        }
        by_doc
            .entry(m.doc.clone())
            .or_default()
            .push(m.event.date.to_string());
    }
    if conflict {
        let readings: Vec<String> = by_doc
            .iter()
            .map(|(doc, ds)| format!("{} ({doc})", ds.join(", ")))
            .collect();
        ev.status = Status::Disputed;
        ev.note = Some(format!(
            "Sources disagree on the date: {}",
            readings.join("; ")
        ));
        let days: Vec<_> = members
            .iter()
            .filter_map(|m| m.event.date.exact_day())
            .collect();
        if let (Some(a), Some(b)) = (days.iter().min(), days.iter().max()) {
            date = EventDate::between(*a, *b);
        }
    } else if members.iter().any(|m| m.event.status == Status::Happened) {
        ev.status = Status::Happened;
    }
    ev.date = date;
    ev.actors = actors.into_iter().collect();
    ev.places = places.into_iter().collect();
    ev.sources = sources;
    ev
}

impl Event {
    /// Titles with a verb read better than noun phrases: lower ranks first.
    fn headline_rank(&self) -> u8 {
        u8::from(!self.status.is_factual())
    }
}

/// A slug: lowercase ASCII letters and digits joined by hyphens.
pub fn slug(s: &str, max_words: usize) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()) || w.len() > 3)
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-")
}

/// The date part of an id: the anchor day at the date's precision.
fn date_slug(d: &EventDate) -> String {
    let day = d.anchor_day();
    match d.precision() {
        crate::date::Precision::Year => day.format("%Y").to_string(),
        crate::date::Precision::Month | crate::date::Precision::Season => {
            day.format("%Y-%m").to_string()
        }
        crate::date::Precision::Day => day.format("%Y-%m-%d").to_string(),
    }
}

/// Give every event an id from its date and title, unique within the list.
pub fn assign_ids(clusters: &mut [Cluster]) {
    clusters.sort_by(|a, b| {
        let (a, b) = (&a.event, &b.event);
        a.date
            .display_cmp(&b.date)
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.sources.cmp(&b.sources))
    });
    let mut used: BTreeSet<String> = BTreeSet::new();
    for e in clusters.iter_mut().map(|c| &mut c.event) {
        let base = format!("{}-{}", date_slug(&e.date), slug(&e.title, 6));
        let base = base.trim_end_matches('-').to_string();
        let mut id = base.clone();
        let mut n = 2;
        while used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used.insert(id.clone());
        e.id = EventId(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(
        doc: &str,
        date: &str,
        title: &str,
        kind: &str,
        places: &[&str],
        seq: usize,
    ) -> Candidate {
        Candidate {
            event: Event {
                id: EventId(String::new()),
                date: date.parse().unwrap(),
                title: title.into(),
                status: Status::Happened,
                kind: Some(kind.into()),
                actors: vec![],
                places: places.iter().map(|s| s.to_string()).collect(),
                causes: vec![],
                sources: vec![SourceRef {
                    doc: doc.into(),
                    quote: title.into(),
                    when: None,
                }],
                note: None,
                review: None,
                cause_evidence: vec![],
            },
            doc: doc.into(),
            span: (seq, seq + 1),
            seq,
            causes: vec![],
        }
    }

    fn events(c: Vec<Candidate>) -> Vec<Event> {
        cluster(c).into_iter().map(|c| c.event).collect()
    }

    #[test]
    fn same_event_from_two_articles_merges_with_both_sources() {
        let out = events(vec![
            cand(
                "a",
                "../2021-07-03",
                "Departure of all US forces from Bagram Air Base",
                "withdrawal",
                &["Bagram Airfield"],
                0,
            ),
            cand(
                "b",
                "2021-07-02~",
                "US military leaves Bagram Airfield",
                "withdrawal",
                &["Bagram Airfield"],
                1,
            ),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].sources.len(), 2);
        assert_eq!(out[0].date.to_string(), "2021-07-02~");
        assert_eq!(out[0].title, "US military leaves Bagram Airfield");
    }

    #[test]
    fn different_places_or_kinds_stay_apart() {
        let out = events(vec![
            cand(
                "a",
                "2021-08-12",
                "Herat falls to the Taliban",
                "fall",
                &["Herat"],
                0,
            ),
            cand(
                "a",
                "2021-08-12",
                "Ghazni falls to the Taliban",
                "fall",
                &["Ghazni"],
                1,
            ),
            cand(
                "b",
                "2021-08-12",
                "Taliban capture Herat",
                "capture",
                &["Herat"],
                2,
            ),
        ]);
        assert_eq!(out.len(), 3);
    }

    #[test]
    fn no_transitive_chaining() {
        // b fits a and c, but a and c do not fit each other: c must not join.
        let out = events(vec![
            cand(
                "a",
                "2021-07-01",
                "Troops leave Bagram Airfield",
                "withdrawal",
                &["Bagram Airfield"],
                0,
            ),
            cand(
                "b",
                "2021-07",
                "Troops leave Bagram Airfield and Kandahar",
                "withdrawal",
                &["Bagram Airfield", "Kandahar"],
                1,
            ),
            cand(
                "c",
                "2021-07-20",
                "Troops leave Kandahar airfield",
                "withdrawal",
                &["Kandahar"],
                2,
            ),
        ]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn undated_mentions_do_not_merge_with_old_events() {
        let out = events(vec![
            cand(
                "a",
                "../2021-08-12",
                "The Taliban advance on Kabul",
                "attack",
                &["Kabul"],
                0,
            ),
            cand(
                "b",
                "2018",
                "Taliban attack on a Kabul compound",
                "attack",
                &["Kabul"],
                1,
            ),
        ]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn conflicting_days_become_disputed() {
        let out = events(vec![
            cand(
                "a",
                "2021-08-12",
                "Herat falls to the Taliban",
                "fall",
                &["Herat"],
                0,
            ),
            cand(
                "b",
                "2021-08-13",
                "Herat falls to the Taliban",
                "fall",
                &["Herat"],
                1,
            ),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].status, Status::Disputed);
        assert_eq!(out[0].date.to_string(), "2021-08-12/2021-08-13");
        assert!(out[0].note.as_deref().unwrap().contains("2021-08-13 (b)"));
    }

    #[test]
    fn ids_are_unique_slugs() {
        let mut ev = cluster(vec![
            cand(
                "a",
                "2021-08-12",
                "Herat falls to the Taliban",
                "fall",
                &["Herat"],
                0,
            ),
            cand(
                "b",
                "2021-08-12",
                "Herat falls to the Taliban!",
                "attack",
                &["Herat"],
                1,
            ),
        ]);
        assign_ids(&mut ev);
        let ids: Vec<&str> = ev.iter().map(|c| c.event.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "2021-08-12-herat-falls-taliban",
                "2021-08-12-herat-falls-taliban-2"
            ]
        );
        assert!(ids.iter().all(|i| EventId::is_valid(i)));
    }
}
