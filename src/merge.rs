//! Updating an event file from a new extraction without losing a person's work.
//!
//! Like `msgmerge`, this is a three-way merge. *Base* is what extraction produced last time
//! (kept beside the event file as `extracted.yaml`), *ours* is the event file as people left
//! it, *theirs* is the new extraction. For each field of an event: if ours still equals base,
//! nobody edited it and the new extraction may change it; otherwise the person's value stays.
//! Sources are only ever added. Events a person added are kept untouched; events a person
//! deleted are remembered in `rejected` and not extracted again; extracted events no longer
//! supported by any article are marked `review: obsolete`, never removed.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Event, EventId, Review, Timeline};

/// What an update did, for the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateReport {
    pub added: Vec<EventId>,
    pub updated: Vec<EventId>,
    pub kept_edits: Vec<EventId>,
    pub rejected: Vec<EventId>,
    pub obsolete: Vec<EventId>,
}

/// A fingerprint of an extracted event that survives re-titling, re-dating and small changes
/// of wording: its kind, its first source article and the first content words of its quote.
pub fn fingerprint(e: &Event) -> String {
    let src = e.sources.first();
    let doc = src.map_or("", |s| s.doc.as_str());
    let words: Vec<String> = src
        .map(|s| {
            s.quote
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 3)
                .map(str::to_lowercase)
                .take(12)
                .collect()
        })
        .unwrap_or_default();
    format!(
        "{}:{}:{}",
        e.kind.as_deref().unwrap_or("event"),
        doc,
        words.join("-")
    )
}

/// True if two fingerprints name the same extracted event: same kind and article, and most
/// of the quote's words in common, so a corrected typo or a re-worded clause in the article
/// still matches (a deleted event stays deleted).
pub fn same_fingerprint(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let split = |s: &str| -> Option<(String, BTreeSet<String>)> {
        let mut it = s.splitn(3, ':');
        let head = format!("{}:{}", it.next()?, it.next()?);
        Some((
            head,
            it.next()?
                .split('-')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        ))
    };
    let (Some((ha, wa)), Some((hb, wb))) = (split(a), split(b)) else {
        return false;
    };
    if ha != hb || wa.is_empty() || wb.is_empty() {
        return false;
    }
    // Too few words to judge similarity: only an exact match counts.
    let union = wa.union(&wb).count();
    if union < 8 {
        return false;
    }
    wa.intersection(&wb).count() as f64 / union as f64 >= 0.6
}

/// Find the event matching `e` in `list`: same id, else the same or a similar fingerprint.
fn find<'a>(
    list: &'a [Event],
    by_id: &BTreeMap<&EventId, usize>,
    by_fp: &BTreeMap<String, usize>,
    e: &Event,
) -> Option<&'a Event> {
    let fp = fingerprint(e);
    by_id
        .get(&e.id)
        .or_else(|| by_fp.get(&fp))
        .map(|&i| &list[i])
        .or_else(|| list.iter().find(|x| same_fingerprint(&fingerprint(x), &fp)))
}

fn index(list: &[Event]) -> (BTreeMap<&EventId, usize>, BTreeMap<String, usize>) {
    let by_id = list.iter().enumerate().map(|(i, e)| (&e.id, i)).collect();
    let by_fp = list
        .iter()
        .enumerate()
        .map(|(i, e)| (fingerprint(e), i))
        .collect();
    (by_id, by_fp)
}

/// Take `theirs` where `ours` still equals `base`, else keep `ours`.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T, edited: &mut bool) -> T {
    if ours == base {
        theirs.clone()
    } else {
        *edited = true;
        ours.clone()
    }
}

/// Merge a new extraction into the current event file.
///
/// `current` is `None` on the first build; `base` is the previous extraction, if kept.
pub fn update(
    current: Option<&Timeline>,
    base: Option<&Timeline>,
    theirs: &Timeline,
) -> (Timeline, UpdateReport) {
    let mut report = UpdateReport::default();
    let Some(ours) = current else {
        let mut t = theirs.clone();
        t.sort();
        report.added = t.events.iter().map(|e| e.id.clone()).collect();
        return (t, report);
    };
    let empty = Timeline::default();
    let base = base.unwrap_or(&empty);
    let (base_id, base_fp) = index(&base.events);
    let (ours_id, ours_fp) = index(&ours.events);
    let mut rejected: BTreeSet<String> = ours.rejected.iter().cloned().collect();
    let mut out: Vec<Event> = Vec::new();
    let mut matched_ours: BTreeSet<EventId> = BTreeSet::new();
    let mut used_ids: BTreeSet<EventId> = ours.events.iter().map(|e| e.id.clone()).collect();
    for t in &theirs.events {
        let fp = fingerprint(t);
        let b = find(&base.events, &base_id, &base_fp, t);
        let o = find(&ours.events, &ours_id, &ours_fp, t);
        match (b, o) {
            (_, Some(o)) if matched_ours.contains(&o.id) => {
                // Two new extractions matched one event: keep the extra sources only.
                if let Some(e) = out.iter_mut().find(|e| e.id == o.id) {
                    add_sources(e, t, b);
                }
            }
            (Some(b), Some(o)) => {
                matched_ours.insert(o.id.clone());
                let mut edited = false;
                let mut e = o.clone();
                e.date = pick(&b.date, &o.date, &t.date, &mut edited);
                e.title = pick(&b.title, &o.title, &t.title, &mut edited);
                e.status = pick(&b.status, &o.status, &t.status, &mut edited);
                e.kind = pick(&b.kind, &o.kind, &t.kind, &mut edited);
                e.actors = pick(&b.actors, &o.actors, &t.actors, &mut edited);
                e.places = pick(&b.places, &o.places, &t.places, &mut edited);
                e.causes = pick(&b.causes, &o.causes, &t.causes, &mut edited);
                e.cause_evidence = pick(
                    &b.cause_evidence,
                    &o.cause_evidence,
                    &t.cause_evidence,
                    &mut edited,
                );
                e.note = pick(&b.note, &o.note, &t.note, &mut edited);
                // Quotes that changed under the same event: the article text changed.
                let quotes = |x: &Event| {
                    x.sources
                        .iter()
                        .map(|s| (s.doc.clone(), s.quote.clone()))
                        .collect::<BTreeSet<_>>()
                };
                if quotes(b) != quotes(t) && o.review.is_none() {
                    e.review = Some(Review::Changed);
                }
                if o.review == Some(Review::Obsolete) {
                    e.review = None;
                }
                add_sources(&mut e, t, Some(b));
                if edited {
                    report.kept_edits.push(e.id.clone());
                } else if &e != o {
                    report.updated.push(e.id.clone());
                }
                out.push(e);
            }
            (None, Some(o)) => {
                // A person's own event, or one from before base was kept: theirs only adds sources.
                matched_ours.insert(o.id.clone());
                let mut e = o.clone();
                add_sources(&mut e, t, None);
                if &e != o {
                    report.updated.push(e.id.clone());
                }
                out.push(e);
            }
            (Some(b), None) => {
                // Extracted before, gone from the file: a person deleted it.
                if rejected.insert(fingerprint(b)) {
                    report.rejected.push(b.id.clone());
                }
                rejected.insert(fp);
            }
            (None, None) if rejected.iter().any(|r| same_fingerprint(r, &fp)) => {}
            (None, None) => {
                let mut e = t.clone();
                let mut id = e.id.clone();
                let mut n = 2;
                while used_ids.contains(&id) {
                    id = EventId(format!("{}-{n}", e.id));
                    n += 1;
                }
                used_ids.insert(id.clone());
                e.id = id;
                e.review = Some(Review::New);
                report.added.push(e.id.clone());
                out.push(e);
            }
        }
    }
    // Events of the file that the new extraction did not produce.
    let (theirs_id, _) = index(&theirs.events);
    for o in &ours.events {
        if matched_ours.contains(&o.id) {
            continue;
        }
        let mut e = o.clone();
        let was_extracted = base_id.contains_key(&o.id) || base_fp.contains_key(&fingerprint(o));
        if was_extracted && !theirs_id.contains_key(&o.id) && e.review != Some(Review::Obsolete) {
            e.review = Some(Review::Obsolete);
            report.obsolete.push(e.id.clone());
        }
        out.push(e);
    }
    let mut t = Timeline {
        title: ours.title.clone(),
        description: ours.description.clone(),
        events: out,
        rejected: rejected.into_iter().collect(),
    };
    t.sort();
    (t, report)
}

/// Add the sources of `theirs` that `e` lacks, except those a person removed (in base, not
/// in `e`).
fn add_sources(e: &mut Event, theirs: &Event, base: Option<&Event>) {
    for s in &theirs.sources {
        let present = e
            .sources
            .iter()
            .any(|x| x.doc == s.doc && x.quote == s.quote);
        let removed = base.is_some_and(|b| {
            b.sources
                .iter()
                .any(|x| x.doc == s.doc && x.quote == s.quote)
        });
        if !present && !removed {
            e.sources.push(s.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SourceRef, Status};
    use proptest::prelude::*;

    fn ev(id: &str, title: &str, doc: &str, quote: &str) -> Event {
        Event {
            id: EventId(id.into()),
            date: "2021-07".parse().unwrap(),
            title: title.into(),
            status: Status::Happened,
            kind: Some("withdrawal".into()),
            actors: vec![],
            places: vec![],
            causes: vec![],
            sources: vec![SourceRef {
                doc: doc.into(),
                quote: quote.into(),
                when: None,
            }],
            note: None,
            review: None,
            cause_evidence: vec![],
        }
    }

    fn tl(events: Vec<Event>) -> Timeline {
        Timeline {
            title: "T".into(),
            events,
            ..Timeline::default()
        }
    }

    #[test]
    fn edits_survive_and_unedited_fields_follow_extraction() {
        let base = tl(vec![ev(
            "a",
            "Old title",
            "d1",
            "US forces left Bagram Airfield on Friday",
        )]);
        let mut ours = base.clone();
        ours.events[0].date = "2021-07-02".parse().unwrap(); // a person's correction
        let mut theirs = base.clone();
        theirs.events[0].title = "Better title".into();
        theirs.events[0].date = "2021-07-01/2021-07-03".parse().unwrap();
        let (t, r) = update(Some(&ours), Some(&base), &theirs);
        assert_eq!(t.events[0].date.to_string(), "2021-07-02");
        assert_eq!(t.events[0].title, "Better title");
        assert_eq!(r.kept_edits, [EventId("a".into())]);
    }

    #[test]
    fn deleted_events_do_not_come_back_and_manual_events_stay() {
        let base = tl(vec![
            ev("a", "A", "d1", "first quote words here"),
            ev("b", "B", "d1", "second quote words here"),
        ]);
        let mut ours = base.clone();
        ours.events.remove(1);
        ours.events
            .push(ev("manual", "Added by hand", "d2", "hand"));
        let (t1, r) = update(Some(&ours), Some(&base), &base);
        assert_eq!(r.rejected, [EventId("b".into())]);
        let ids: Vec<&str> = t1.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "manual"]);
        // Next run: base is the extraction again, `b` is rejected by fingerprint.
        let (t2, _) = update(Some(&t1), Some(&base), &base);
        assert_eq!(t2, t1);
    }

    #[test]
    fn new_events_are_marked_and_gone_ones_obsolete() {
        let base = tl(vec![ev("a", "A", "d1", "alpha quote words here")]);
        let theirs = tl(vec![ev("c", "C", "d3", "gamma quote words here")]);
        let (t, r) = update(Some(&base), Some(&base), &theirs);
        assert_eq!(r.added, [EventId("c".into())]);
        assert_eq!(r.obsolete, [EventId("a".into())]);
        assert_eq!(
            t.get(&EventId("c".into())).unwrap().review,
            Some(Review::New)
        );
        assert_eq!(
            t.get(&EventId("a".into())).unwrap().review,
            Some(Review::Obsolete)
        );
    }

    #[test]
    fn fingerprints_survive_small_wording_changes() {
        let a = ev(
            "a",
            "A",
            "d1",
            "The Taliban captured two strategic cities on Thursday, leaving the capital cut off",
        );
        let b = ev(
            "b",
            "B",
            "d1",
            "The Taliban captured two strategic cities on Thursday, leaving the capital isolated",
        );
        let c = ev(
            "c",
            "C",
            "d1",
            "Khalilzad left for Doha on Sunday to help formulate a joint response",
        );
        assert!(same_fingerprint(&fingerprint(&a), &fingerprint(&b)));
        assert!(!same_fingerprint(&fingerprint(&a), &fingerprint(&c)));
        // A deleted event does not come back when its sentence is lightly re-worded.
        let base = tl(vec![a.clone()]);
        let ours = tl(vec![]);
        let (t, _) = update(Some(&ours), Some(&base), &tl(vec![b]));
        assert!(t.events.is_empty(), "{t:?}");
    }

    #[test]
    fn sources_are_added_to_edited_events() {
        let base = tl(vec![ev("a", "A", "d1", "alpha quote words here")]);
        let mut ours = base.clone();
        ours.events[0].title = "Mine".into();
        let mut theirs = base.clone();
        theirs.events[0].sources.push(SourceRef {
            doc: "d2".into(),
            quote: "more".into(),
            when: None,
        });
        let (t, _) = update(Some(&ours), Some(&base), &theirs);
        assert_eq!(t.events[0].title, "Mine");
        assert_eq!(t.events[0].sources.len(), 2);
    }

    fn arb_event() -> impl Strategy<Value = Event> {
        (0u8..6, 0u8..3, 1u32..12, "[a-z ]{3,12}").prop_map(|(id, doc, m, title)| {
            let mut e = ev(
                &format!("e{id}"),
                &title,
                &format!("d{doc}"),
                &format!("quote number{id} here"),
            );
            e.date = format!("2021-{m:02}").parse().unwrap();
            e
        })
    }

    fn dedup(mut v: Vec<Event>) -> Timeline {
        let mut seen = BTreeSet::new();
        v.retain(|e| seen.insert(e.id.clone()) && seen.insert(EventId(fingerprint(e))));
        tl(v)
    }

    proptest! {
        #[test]
        fn update_is_idempotent_and_loses_nothing(
            base in prop::collection::vec(arb_event(), 0..5),
            ours in prop::collection::vec(arb_event(), 0..5),
            theirs in prop::collection::vec(arb_event(), 0..5),
        ) {
            let (base, ours, theirs) = (dedup(base), dedup(ours), dedup(theirs));
            let (once, _) = update(Some(&ours), Some(&base), &theirs);
            let (twice, _) = update(Some(&once), Some(&theirs), &theirs);
            prop_assert_eq!(&once, &twice);
            // No event of the file is ever lost, and edited fields never change.
            for o in &ours.events {
                let kept = once.events.iter().find(|e| e.id == o.id);
                prop_assert!(kept.is_some(), "lost {}", o.id);
                let kept = kept.unwrap();
                let in_base = base.events.iter().find(|b| b.id == o.id || fingerprint(b) == fingerprint(o));
                match in_base {
                    Some(b) => {
                        if o.title != b.title { prop_assert_eq!(&kept.title, &o.title); }
                        if o.date != b.date { prop_assert_eq!(&kept.date, &o.date); }
                    }
                    None => {
                        prop_assert_eq!(&kept.title, &o.title);
                        prop_assert_eq!(&kept.date, &o.date);
                    }
                }
            }
        }
    }
}
