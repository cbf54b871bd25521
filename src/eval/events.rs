//! Scoring extracted events against a hand-made gold event file.
//!
//! Events are matched by their evidence: a predicted and a gold event match when one of their
//! quotes overlaps in the same article (quotes are located in the article's text with white
//! space folded). Each gold event matches at most one predicted event and vice versa, greedily
//! by the largest overlap. Reported: precision, recall, date accuracy (same EDTF date) and date
//! overlap (dates that may denote a common day), status accuracy, and the two failures a reader
//! must never see: a non-factual gold event shown as fact, and an unmatched prediction (junk)
//! shown as fact.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::model::{Event, Timeline};
use crate::source::Corpus;
use crate::source::events::squash;

/// Span of a quote in the white-space-folded text of its article.
fn locate(quote: &str, text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut first = None;
    let mut last = 0;
    for frag in quote.split('…').map(squash) {
        if frag.is_empty() {
            continue;
        }
        let i = text[from..].find(frag.as_str())? + from;
        first.get_or_insert(i);
        last = i + frag.len();
        from = last;
    }
    first.map(|f| (f, last))
}

/// Located quotes of an event: (doc, start, end).
fn spans(e: &Event, texts: &BTreeMap<&str, String>) -> Vec<(String, usize, usize)> {
    e.sources
        .iter()
        .filter_map(|s| {
            let t = texts.get(s.doc.as_str())?;
            let (a, b) = locate(&s.quote, t)?;
            Some((s.doc.clone(), a, b))
        })
        .collect()
}

fn overlap(a: &[(String, usize, usize)], b: &[(String, usize, usize)]) -> usize {
    let mut best = 0;
    for (da, a0, a1) in a {
        for (db, b0, b1) in b {
            if da == db {
                let lo = (*a0).max(*b0);
                let hi = (*a1).min(*b1);
                if hi > lo {
                    best = best.max(hi - lo);
                }
            }
        }
    }
    best
}

fn title_words(t: &str) -> std::collections::BTreeSet<String> {
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(|w| w.to_lowercase().trim_end_matches('s').to_string())
        .collect()
}

/// One matched, missed or spurious event, for `--errors`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Pair {
    pub gold: Option<String>,
    pub pred: Option<String>,
    pub gold_date: Option<String>,
    pub pred_date: Option<String>,
    pub gold_status: Option<String>,
    pub pred_status: Option<String>,
}

/// Scores of one evaluation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventScores {
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Matched pairs with the same EDTF date.
    pub date_accuracy: f64,
    /// Matched pairs whose dates may denote a common day.
    pub date_overlap: f64,
    pub status_accuracy: f64,
    /// Gold events that are not facts (planned, hypothetical, …) predicted as fact.
    pub nonfactual_shown_as_fact: usize,
    /// Predicted facts that match no gold event.
    pub junk_shown_as_fact: usize,
    /// Gold events with a quote not found in its article (the gold file needs fixing).
    pub unlocated_gold: usize,
    pub pairs: Vec<Pair>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Score `pred` against `gold`, locating quotes in `corpus`.
pub fn score(gold: &Timeline, pred: &Timeline, corpus: &Corpus) -> EventScores {
    let texts: BTreeMap<&str, String> = corpus
        .articles
        .iter()
        .map(|a| (a.meta.id.as_str(), squash(&a.text)))
        .collect();
    let gs: Vec<_> = gold.events.iter().map(|e| spans(e, &texts)).collect();
    let ps: Vec<_> = pred.events.iter().map(|e| spans(e, &texts)).collect();
    // One sentence may report several events: among overlapping pairs, prefer the largest
    // overlap, then the titles sharing most words, then position (deterministic).
    let mut cands: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (i, g) in gs.iter().enumerate() {
        for (j, p) in ps.iter().enumerate() {
            let o = overlap(g, p);
            if o > 0 {
                let sim = title_words(&gold.events[i].title)
                    .intersection(&title_words(&pred.events[j].title))
                    .count();
                cands.push((o, sim, i, j));
            }
        }
    }
    cands.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut g_used = vec![None; gs.len()];
    let mut p_used = vec![None; ps.len()];
    for (_, _, i, j) in cands {
        if g_used[i].is_none() && p_used[j].is_none() {
            g_used[i] = Some(j);
            p_used[j] = Some(i);
        }
    }
    let mut pairs = Vec::new();
    let (mut same_date, mut date_overlap, mut same_status, mut nonfactual_fact) = (0, 0, 0, 0);
    for (i, g) in gold.events.iter().enumerate() {
        let p = g_used[i].map(|j| &pred.events[j]);
        if let Some(p) = p {
            same_date += usize::from(p.date == g.date);
            date_overlap += usize::from(p.date.overlaps(&g.date));
            same_status += usize::from(p.status == g.status);
            nonfactual_fact += usize::from(!g.status.is_factual() && p.status.is_factual());
        }
        pairs.push(Pair {
            gold: Some(g.title.clone()),
            pred: p.map(|p| p.title.clone()),
            gold_date: Some(g.date.to_string()),
            pred_date: p.map(|p| p.date.to_string()),
            gold_status: Some(g.status.to_string()),
            pred_status: p.map(|p| p.status.to_string()),
        });
    }
    let mut junk = 0;
    for (j, p) in pred.events.iter().enumerate() {
        if p_used[j].is_none() {
            junk += usize::from(p.status.is_factual());
            pairs.push(Pair {
                gold: None,
                pred: Some(p.title.clone()),
                gold_date: None,
                pred_date: Some(p.date.to_string()),
                gold_status: None,
                pred_status: Some(p.status.to_string()),
            });
        }
    }
    let matched = g_used.iter().filter(|x| x.is_some()).count();
    let precision = ratio(matched, pred.events.len());
    let recall = ratio(matched, gold.events.len());
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    EventScores {
        gold: gold.events.len(),
        pred: pred.events.len(),
        matched,
        precision,
        recall,
        f1,
        date_accuracy: ratio(same_date, matched),
        date_overlap: ratio(date_overlap, matched),
        status_accuracy: ratio(same_status, matched),
        nonfactual_shown_as_fact: nonfactual_fact,
        junk_shown_as_fact: junk,
        unlocated_gold: gs.iter().filter(|s| s.is_empty()).count(),
        pairs,
    }
}

impl EventScores {
    /// The worst cases first: misses, junk, wrong status, wrong date.
    pub fn errors(&self, n: usize) -> Vec<&Pair> {
        let rank = |p: &Pair| -> u8 {
            match (&p.gold, &p.pred) {
                (Some(_), None) => 0,
                (None, Some(_)) => 1,
                _ if p.gold_status != p.pred_status => 2,
                _ if p.gold_date != p.pred_date => 3,
                _ => 9,
            }
        };
        let mut v: Vec<&Pair> = self.pairs.iter().filter(|p| rank(p) < 9).collect();
        v.sort_by_key(|p| rank(p));
        v.truncate(n);
        v
    }
}

impl fmt::Display for EventScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "events: gold {}, predicted {}, matched {}",
            self.gold, self.pred, self.matched
        )?;
        writeln!(f, "precision        {:.3}", self.precision)?;
        writeln!(f, "recall           {:.3}", self.recall)?;
        writeln!(f, "f1               {:.3}", self.f1)?;
        writeln!(
            f,
            "date accuracy    {:.3}  (same EDTF date)",
            self.date_accuracy
        )?;
        writeln!(
            f,
            "date overlap     {:.3}  (dates share a day)",
            self.date_overlap
        )?;
        writeln!(f, "status accuracy  {:.3}", self.status_accuracy)?;
        writeln!(
            f,
            "non-factual shown as fact  {}",
            self.nonfactual_shown_as_fact
        )?;
        write!(f, "junk shown as fact         {}", self.junk_shown_as_fact)?;
        if self.unlocated_gold > 0 {
            write!(
                f,
                "\nwarning: {} gold quote(s) not found in the corpus",
                self.unlocated_gold
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleMeta, EventId, SourceRef, Status};
    use crate::source::Article;

    fn ev(title: &str, date: &str, status: Status, quote: &str) -> Event {
        Event {
            id: EventId(crate::extract::cluster::slug(title, 4)),
            date: date.parse().unwrap(),
            title: title.into(),
            status,
            kind: None,
            actors: vec![],
            places: vec![],
            causes: vec![],
            cause_evidence: vec![],
            sources: vec![SourceRef {
                doc: "d".into(),
                quote: quote.into(),
                when: None,
            }],
            note: None,
            review: None,
        }
    }

    #[test]
    fn matches_by_overlapping_quotes_and_counts_failures() {
        let corpus = Corpus {
            articles: vec![Article {
                meta: ArticleMeta {
                    id: "d".into(),
                    file: "d.txt".into(),
                    title: String::new(),
                    outlet: String::new(),
                    url: String::new(),
                    published: None,
                },
                text: "Herat fell on Thursday. If an evacuation is ordered, troops would go. A footer.".into(),
            }],
            ..Corpus::default()
        };
        let tl = |e: Vec<Event>| Timeline {
            title: "t".into(),
            events: e,
            ..Timeline::default()
        };
        let gold = tl(vec![
            ev(
                "Herat falls",
                "2021-08-12",
                Status::Happened,
                "Herat fell on Thursday.",
            ),
            ev(
                "Evacuation",
                "2021-08-10/..",
                Status::Hypothetical,
                "If an evacuation is ordered",
            ),
        ]);
        let pred = tl(vec![
            ev("Herat fell", "2021-08", Status::Happened, "Herat fell"),
            ev(
                "Evacuation ordered",
                "2021-08-10",
                Status::Happened,
                "an evacuation is ordered, troops would go.",
            ),
            ev("Footer", "2021", Status::Happened, "A footer."),
        ]);
        let s = score(&gold, &pred, &corpus);
        assert_eq!((s.matched, s.gold, s.pred), (2, 2, 3));
        assert!((s.precision - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.recall, 1.0);
        assert_eq!(s.date_accuracy, 0.0);
        assert_eq!(s.date_overlap, 1.0);
        assert_eq!(s.status_accuracy, 0.5);
        assert_eq!(s.nonfactual_shown_as_fact, 1);
        assert_eq!(s.junk_shown_as_fact, 1);
        assert_eq!(s.errors(10)[0].pred.as_deref(), Some("Footer"));
    }
}
