//! What changed between two timelines: events added, removed, re-dated, re-titled, with a new
//! status, new or lost sources and causes, merged or split.
//!
//! Events are matched by id, then by fingerprint (`merge::fingerprint`), so an event whose id
//! changed with its title is reported as renamed, not as one removal and one addition. A
//! re-dating says how the date moved: "refined" (the new date lies within the old),
//! "widened" (the old lies within the new) or "moved by N days".

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::date::EventDate;
use crate::merge::fingerprint;
use crate::model::{Event, Timeline};

/// An event as a line of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventSummary {
    pub id: String,
    pub date: String,
    pub title: String,
}

/// One changed field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
    /// For dates: refined, widened, moved by N days; for lists: what was added or removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An event present on both sides with different content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedEvent {
    pub id: String,
    pub date: String,
    pub title: String,
    pub changes: Vec<FieldChange>,
}

/// The difference between two timelines. Empty when they hold the same events.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TimelineDiff {
    pub added: Vec<EventSummary>,
    pub removed: Vec<EventSummary>,
    pub changed: Vec<ChangedEvent>,
}

impl TimelineDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

fn summary(e: &Event) -> EventSummary {
    EventSummary {
        id: e.id.to_string(),
        date: e.date.to_string(),
        title: e.title.clone(),
    }
}

/// How a date changed, in words.
pub fn date_change(old: &EventDate, new: &EventDate) -> String {
    let (o0, o1) = old.day_range();
    let (n0, n1) = new.day_range();
    let within = |a0: Option<chrono::NaiveDate>,
                  a1: Option<chrono::NaiveDate>,
                  b0: Option<chrono::NaiveDate>,
                  b1: Option<chrono::NaiveDate>| {
        let lo = match (a0, b0) {
            (_, None) => true,
            (Some(a), Some(b)) => a >= b,
            (None, Some(_)) => false,
        };
        let hi = match (a1, b1) {
            (_, None) => true,
            (Some(a), Some(b)) => a <= b,
            (None, Some(_)) => false,
        };
        lo && hi
    };
    if within(n0, n1, o0, o1) {
        "refined".into()
    } else if within(o0, o1, n0, n1) {
        "widened".into()
    } else {
        let days = (new.anchor_day() - old.anchor_day()).num_days();
        let dir = if days >= 0 { "later" } else { "earlier" };
        let n = days.abs();
        format!("moved {n} day{} {dir}", if n == 1 { "" } else { "s" })
    }
}

fn list_change<T: Ord + Clone + ToString>(
    field: &str,
    old: &[T],
    new: &[T],
    out: &mut Vec<FieldChange>,
) {
    let o: BTreeSet<&T> = old.iter().collect();
    let n: BTreeSet<&T> = new.iter().collect();
    if o == n {
        return;
    }
    let added: Vec<String> = n.difference(&o).map(|x| x.to_string()).collect();
    let removed: Vec<String> = o.difference(&n).map(|x| x.to_string()).collect();
    let mut note = Vec::new();
    if !added.is_empty() {
        note.push(format!("added {}", added.join(", ")));
    }
    if !removed.is_empty() {
        note.push(format!("removed {}", removed.join(", ")));
    }
    let join = |v: &[T]| {
        v.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push(FieldChange {
        field: field.into(),
        old: join(old),
        new: join(new),
        note: Some(note.join("; ")),
    });
}

fn field(name: &str, old: String, new: String, out: &mut Vec<FieldChange>) {
    if old != new {
        out.push(FieldChange {
            field: name.into(),
            old,
            new,
            note: None,
        });
    }
}

fn source_keys(e: &Event) -> Vec<String> {
    e.sources
        .iter()
        .map(|s| format!("{}: {}", s.doc, s.quote))
        .collect()
}

/// Compare two events matched to each other.
fn compare(o: &Event, n: &Event) -> Vec<FieldChange> {
    let mut ch = Vec::new();
    field("id", o.id.to_string(), n.id.to_string(), &mut ch);
    if o.date != n.date {
        ch.push(FieldChange {
            field: "date".into(),
            old: o.date.to_string(),
            new: n.date.to_string(),
            note: Some(date_change(&o.date, &n.date)),
        });
    }
    field("title", o.title.clone(), n.title.clone(), &mut ch);
    field(
        "status",
        o.status.to_string(),
        n.status.to_string(),
        &mut ch,
    );
    field(
        "kind",
        o.kind.clone().unwrap_or_default(),
        n.kind.clone().unwrap_or_default(),
        &mut ch,
    );
    list_change("actors", &o.actors, &n.actors, &mut ch);
    list_change("places", &o.places, &n.places, &mut ch);
    list_change("causes", &o.causes, &n.causes, &mut ch);
    let (os, ns) = (source_keys(o), source_keys(n));
    if os.iter().collect::<BTreeSet<_>>() != ns.iter().collect::<BTreeSet<_>>() {
        let docs = |v: &Event| v.sources.iter().map(|s| s.doc.clone()).collect::<Vec<_>>();
        let mut c = Vec::new();
        list_change("sources", &os, &ns, &mut c);
        if let Some(mut c) = c.pop() {
            // The report names articles; the JSON keeps the quotes in old/new.
            let (od, nd): (BTreeSet<String>, BTreeSet<String>) =
                (docs(o).into_iter().collect(), docs(n).into_iter().collect());
            let added: Vec<&String> = nd.difference(&od).collect();
            let removed: Vec<&String> = od.difference(&nd).collect();
            let mut note = vec![format!("{} → {} quotes", os.len(), ns.len())];
            if !added.is_empty() {
                note.push(format!(
                    "newly sourced from {}",
                    added
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if !removed.is_empty() {
                note.push(format!(
                    "no longer in {}",
                    removed
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            c.note = Some(note.join("; "));
            ch.push(c);
        }
    }
    field(
        "note",
        o.note.clone().unwrap_or_default(),
        n.note.clone().unwrap_or_default(),
        &mut ch,
    );
    ch
}

/// The difference from `old` to `new`.
pub fn diff(old: &Timeline, new: &Timeline) -> TimelineDiff {
    let new_by_id: BTreeMap<&str, usize> = new
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let new_by_fp: BTreeMap<String, usize> = new
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (fingerprint(e), i))
        .collect();
    let mut matched_new = vec![false; new.events.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut removed_idx = Vec::new();
    // By id first for every event, then by fingerprint for what is left.
    let mut pending = Vec::new();
    for (i, o) in old.events.iter().enumerate() {
        match new_by_id.get(o.id.as_str()) {
            Some(&j) => {
                matched_new[j] = true;
                pairs.push((i, j));
            }
            None => pending.push(i),
        }
    }
    for i in pending {
        match new_by_fp.get(&fingerprint(&old.events[i])) {
            Some(&j) if !matched_new[j] => {
                matched_new[j] = true;
                pairs.push((i, j));
            }
            _ => removed_idx.push(i),
        }
    }
    let mut d = TimelineDiff::default();
    for &(i, j) in &pairs {
        let ch = compare(&old.events[i], &new.events[j]);
        if !ch.is_empty() {
            let n = &new.events[j];
            d.changed.push(ChangedEvent {
                id: n.id.to_string(),
                date: n.date.to_string(),
                title: n.title.clone(),
                changes: ch,
            });
        }
    }
    // Merges and splits: a removed event whose quotes all live on in one new event was merged
    // into it; an added event whose quotes all come from one old event was split from it.
    // Indexed by quote, so this stays linear in the number of events.
    let by_quote = |t: &Timeline| {
        let mut m: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, e) in t.events.iter().enumerate() {
            for k in source_keys(e) {
                m.entry(k).or_default().push(i);
            }
        }
        m
    };
    // The one event of the other side that holds every quote of `e`, if any.
    let holder = |e: &Event, index: &BTreeMap<String, Vec<usize>>| -> Option<usize> {
        let keys = source_keys(e);
        let first = index.get(keys.first()?)?;
        first.iter().copied().find(|&cand| {
            keys.iter()
                .all(|k| index.get(k).is_some_and(|v| v.contains(&cand)))
        })
    };
    let new_quotes = by_quote(new);
    let old_quotes = by_quote(old);
    for &i in &removed_idx {
        let o = &old.events[i];
        let mut s = summary(o);
        if let Some(j) = holder(o, &new_quotes) {
            s.title = format!("{} (merged into {})", s.title, new.events[j].id);
        }
        d.removed.push(s);
    }
    for (j, n) in new.events.iter().enumerate() {
        if matched_new[j] {
            continue;
        }
        let mut s = summary(n);
        if let Some(i) = holder(n, &old_quotes) {
            s.title = format!("{} (split from {})", s.title, old.events[i].id);
        }
        d.added.push(s);
    }
    let key = |s: &EventSummary| (s.date.clone(), s.id.clone());
    d.added.sort_by_key(key);
    d.removed.sort_by_key(key);
    d.changed
        .sort_by(|a, b| (&a.date, &a.id).cmp(&(&b.date, &b.id)));
    d
}

/// Colours for the text report.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// A report for people, like `diff`'s: `+` added, `-` removed, `~` changed.
pub fn to_text(d: &TimelineDiff, style: Style) -> String {
    let mut o = String::new();
    for e in &d.added {
        let _ = writeln!(
            o,
            "{}",
            style.paint("32", &format!("+ {} {}  {}", e.date, e.id, e.title))
        );
    }
    for e in &d.removed {
        let _ = writeln!(
            o,
            "{}",
            style.paint("31", &format!("- {} {}  {}", e.date, e.id, e.title))
        );
    }
    for e in &d.changed {
        let _ = writeln!(
            o,
            "{}",
            style.paint("33", &format!("~ {} {}  {}", e.date, e.id, e.title))
        );
        for c in &e.changes {
            let note = c
                .note
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            if c.field == "sources"
                || c.field == "causes"
                || c.field == "actors"
                || c.field == "places"
            {
                let _ = writeln!(o, "    {}:{note}", c.field);
            } else {
                let _ = writeln!(o, "    {}: {:?} → {:?}{note}", c.field, c.old, c.new);
            }
        }
    }
    if !d.is_empty() {
        let _ = writeln!(
            o,
            "{} added, {} removed, {} changed",
            d.added.len(),
            d.removed.len(),
            d.changed.len()
        );
    }
    o
}

fn md_cell(s: &str) -> String {
    crate::render::markdown::escape(s)
}

/// A Markdown report (for pull requests).
pub fn to_markdown(d: &TimelineDiff) -> String {
    let mut o = String::new();
    if d.is_empty() {
        return o;
    }
    let _ = writeln!(
        o,
        "**{} added, {} removed, {} changed**\n",
        d.added.len(),
        d.removed.len(),
        d.changed.len()
    );
    let section = |o: &mut String, head: &str, v: &[EventSummary]| {
        if v.is_empty() {
            return;
        }
        let _ = writeln!(o, "### {head}\n");
        for e in v {
            let _ = writeln!(
                o,
                "- `{}` **{}** ({})",
                e.date,
                md_cell(&e.title),
                md_cell(&e.id)
            );
        }
        o.push('\n');
    };
    section(&mut o, "Added", &d.added);
    section(&mut o, "Removed", &d.removed);
    if !d.changed.is_empty() {
        let _ = writeln!(o, "### Changed\n");
        for e in &d.changed {
            let _ = writeln!(
                o,
                "- `{}` **{}** ({})",
                e.date,
                md_cell(&e.title),
                md_cell(&e.id)
            );
            for c in &e.changes {
                let note = c
                    .note
                    .as_deref()
                    .map(|n| format!(" — {}", md_cell(n)))
                    .unwrap_or_default();
                let _ = writeln!(
                    o,
                    "  - {}: {} → {}{note}",
                    c.field,
                    md_cell(&c.old),
                    md_cell(&c.new)
                );
            }
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, SourceRef, Status};
    use proptest::prelude::*;

    fn ev(id: &str, date: &str, title: &str, quotes: &[&str]) -> Event {
        Event {
            id: EventId(id.into()),
            date: date.parse().unwrap(),
            title: title.into(),
            status: Status::Happened,
            kind: Some("withdrawal".into()),
            actors: vec![],
            places: vec![],
            causes: vec![],
            cause_evidence: vec![],
            sources: quotes
                .iter()
                .map(|q| SourceRef {
                    doc: "d".into(),
                    quote: q.to_string(),
                    when: None,
                })
                .collect(),
            note: None,
            review: None,
        }
    }

    fn tl(e: Vec<Event>) -> Timeline {
        Timeline {
            title: "t".into(),
            events: e,
            ..Timeline::default()
        }
    }

    #[test]
    fn redating_is_described() {
        let d = |s: &str| s.parse::<EventDate>().unwrap();
        assert_eq!(date_change(&d("2021-07~"), &d("2021-07-02")), "refined");
        assert_eq!(date_change(&d("2021-07-02"), &d("2021-07")), "widened");
        assert_eq!(
            date_change(&d("2021-07-02"), &d("2021-07-05")),
            "moved 3 days later"
        );
        assert_eq!(
            date_change(&d("../2021-07-05"), &d("2021-07-02")),
            "refined"
        );
    }

    #[test]
    fn added_removed_changed_and_renamed() {
        let old = tl(vec![
            ev("a", "2021-07", "Old title", &["alpha quote sentence here"]),
            ev("gone", "2021-06", "Gone", &["gamma words somewhere else"]),
        ]);
        let new = tl(vec![
            ev(
                "a-renamed",
                "2021-07-02",
                "New title",
                &["alpha quote sentence here", "beta"],
            ),
            ev("new", "2021-08", "New", &["delta other words entirely"]),
        ]);
        let d = diff(&old, &new);
        assert_eq!(
            d.added.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["new"]
        );
        assert_eq!(
            d.removed.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["gone"]
        );
        let c = &d.changed[0];
        let fields: Vec<&str> = c.changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["id", "date", "title", "sources"]);
        assert_eq!(c.changes[1].note.as_deref(), Some("refined"));
        let text = to_text(&d, Style { color: false });
        assert!(text.contains("+ 2021-08 new  New\n"), "{text}");
        assert!(text.ends_with("1 added, 1 removed, 1 changed\n"));
    }

    #[test]
    fn merges_and_splits_are_named() {
        let old = tl(vec![
            ev("a", "2021-07", "A", &["q1 words here now"]),
            ev("b", "2021-07", "B", &["q2 other text there"]),
        ]);
        let new = tl(vec![ev(
            "a",
            "2021-07",
            "A",
            &["q1 words here now", "q2 other text there"],
        )]);
        let d = diff(&old, &new);
        assert!(d.removed[0].title.contains("merged into a"), "{d:?}");
        let back = diff(&new, &old);
        assert!(back.added[0].title.contains("split from a"), "{back:?}");
    }

    proptest! {
        #[test]
        fn diff_with_itself_is_empty(n in 0usize..6, m in 1u32..12) {
            let t = tl((0..n).map(|i| ev(&format!("e{i}"), &format!("2021-{m:02}"), "T", &[&format!("quote {i} words")])).collect());
            prop_assert!(diff(&t, &t).is_empty());
        }
    }
}
