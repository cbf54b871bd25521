//! Extraction: article text in, dated and sourced candidate events out.
//!
//! Per article: sentences ([`sentences`]), temporal expressions anchored on the publication
//! date ([`temporal`]), trigger words by kind and gazetteer entities ([`lexicon`]), then per
//! trigger a status from factuality cues, a date from the governing temporal expression, and a
//! headline-style title built from the words of its clause ([`title`]). Reports of the same
//! event across articles are clustered into one event with every source ([`cluster`]).
//! Everything here is driven by the data files in `extract/data/`; nothing is keyed to a
//! particular article.

pub mod cluster;
pub mod dating;
pub mod lexicon;
pub mod sentences;
pub mod temporal;
pub mod title;
mod wordhash;

use std::collections::BTreeSet;

use rayon::prelude::*;

use crate::date::EventDate;
use crate::model::{Event, EventId, Published, SourceRef, Status, Timeline};
use crate::source::{Article, Corpus};
use lexicon::{CueScope, EntityType, Lexicon};
use sentences::Sentence;
use temporal::{Dct, Tagger, Timex, TimexType};

/// Byte ranges of the words of `s`: letters and digits, joined by inner `-`, `.`, `'`, `’`
/// (`U.S`, `third-largest`, `don't`); a possessive `'s` and `n't` become words of their own.
pub fn tokens(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        if !b[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = b[i].0;
        let mut j = i + 1;
        while j < b.len() {
            let c = b[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if matches!(c, '-' | '.' | '\'' | '’')
                && j + 1 < b.len()
                && b[j + 1].1.is_alphanumeric()
            {
                j += 2;
            } else if c == ','
                && b[j - 1].1.is_ascii_digit()
                && j + 3 < b.len() + 1
                && b.get(j + 1..j + 4)
                    .is_some_and(|d| d.iter().all(|x| x.1.is_ascii_digit()))
                && b.get(j + 4).is_none_or(|x| !x.1.is_ascii_digit())
            {
                // "2,500": a number with thousands separators is one word.
                j += 4;
            } else {
                break;
            }
        }
        let end = b.get(j).map_or(s.len(), |x| x.0);
        let word = &s[start..end];
        let lower = word.to_lowercase();
        let split = ["'s", "’s", "n't", "n’t"]
            .iter()
            .find(|suf| lower.ends_with(*suf) && word.len() > suf.len());
        match split {
            Some(suf) => {
                let cut = end - suf.len();
                out.push((start, cut));
                out.push((cut, end));
            }
            None => out.push((start, end)),
        }
        i = j;
    }
    out
}

/// Words that open a subordinate or relative clause.
const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "because",
    "since",
    "although",
    "though",
    "while",
    "whereas",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "that",
    "if",
    "unless",
    "until",
    "whether",
    "following",
    "amid",
];

/// Clause openers whose clause dates something else than the main event ("after X").
const TEMPORAL_SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "since",
    "until",
    "following",
    "which",
    "who",
    "whose",
    "that",
    "when",
];

/// Verbs that make an infinitive happen: "forced consulates to shut down".
const CAUSATIVES: &[&str] = &[
    "forced",
    "forcing",
    "compelled",
    "tried",
    "attempted",
    "sought",
    "began",
    "begun",
    "started",
    "continued",
    "managed",
    "helped",
    "moved",
    "prompted",
    "caused",
];

/// Verbs that report speech: a "that" clause after them shares their date.
const REPORTING: &[&str] = &[
    "said",
    "told",
    "stated",
    "announced",
    "reported",
    "confirmed",
    "added",
    "claimed",
    "tweeted",
    "wrote",
    "declared",
];

/// Determiners and possessives after which a timex modifies a noun ("the 9/11 attacks").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this",
];

/// Lowercase words after which a timex is the date of its clause ("on Thursday").
fn adnominal(words: &[Word<'_>], first: usize, last: usize) -> bool {
    let before = first.checked_sub(1).map(|i| words[i].lower.as_str());
    let after = words.get(last + 1);
    matches!(before, Some(d) if DETERMINERS.contains(&d))
        && after.is_some_and(|w| {
            w.text.chars().next().is_some_and(|c| c.is_lowercase())
                && !matches!(
                    w.lower.as_str(),
                    "of" | "in" | "on" | "at" | "and" | "to" | "for" | "since" | "ago"
                )
                && !w.gap_before.contains(',')
        })
}

/// A word of a sentence with its clause and what lies between it and the previous word.
#[derive(Debug, Clone)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    lower: String,
    gap_before: &'a str,
    clause: usize,
    timex: Option<usize>,
}

/// A clause: word range and the subordinator that opens it, if any.
#[derive(Debug, Clone)]
struct Clause {
    first: usize,
    last: usize,
    intro: Option<String>,
}

/// One extracted mention of an event, before clustering.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub event: Event,
    /// Article id and byte range of the sentence in its text.
    pub doc: String,
    pub span: (usize, usize),
    /// Order of the mention in its article, for stable output.
    pub seq: usize,
    /// Causes stated by the text: `seq` of the cause's candidate in the same article, and the
    /// cue as written.
    pub causes: Vec<(usize, String)>,
}

/// The extractor: word lists and the temporal tagger, built once and shared by threads.
pub struct Extractor {
    pub lexicon: Lexicon,
    pub tagger: Tagger,
    /// Print why each trigger was kept or dropped (`timeline extract --explain`).
    pub explain: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(Lexicon::builtin())
    }
}

fn dct_of(p: &Published) -> Dct {
    Dct {
        year: p.year,
        month: p.month,
        day: p.day,
    }
}

fn words_in<'a>(text: &'a str, s: &Sentence, base_timexes: &[Timex]) -> Vec<Word<'a>> {
    let st = s.text(text);
    let mut prev_end = 0;
    tokens(st)
        .into_iter()
        .map(|(a, b)| {
            let abs = (s.start + a, s.start + b);
            let timex = base_timexes
                .iter()
                .position(|t| t.start <= abs.0 && abs.1 <= t.end);
            let w = Word {
                start: abs.0,
                end: abs.1,
                text: &st[a..b],
                lower: st[a..b].to_lowercase(),
                gap_before: &st[prev_end..a],
                clause: 0,
                timex,
            };
            prev_end = b;
            w
        })
        .collect()
}

fn split_clauses(words: &mut [Word<'_>], verb_at: &[bool]) -> Vec<Clause> {
    let mut clauses = vec![Clause {
        first: 0,
        last: 0,
        intro: None,
    }];
    for i in 0..words.len() {
        let gap = words[i].gap_before;
        let lower = words[i].lower.as_str();
        let punct = i > 0
            && (gap.contains([',', ';', ':', '—', '–', '(', ')'])
                || gap.contains("--")
                || gap.contains(['"', '“', '”']) && gap.trim().len() > 1);
        let sub = i > 0
            && SUBORDINATORS.contains(&lower)
            && words[i].timex.is_none()
            // "so that", "such that": keep together; "that" after a noun is relative, after a
            // verb a complement: both open a clause.
            && !(lower == "that" && matches!(words[i - 1].lower.as_str(), "so" | "such" | "now"));
        // "…, and": a new clause; "entered Kabul and President Ghani fled": a verb trigger on
        // both sides, a new subject right after the "and" and no comma before the next verb.
        let verb = |k: usize| verb_at.get(k).copied().unwrap_or(false);
        let clause_start = clauses.last().map_or(0, |c| c.first);
        let next_verb = (i + 2..(i + 7).min(words.len())).find(|&k| verb(k));
        let and_subject = i > 0
            && lower == "and"
            && (clause_start..i).any(verb)
            && !verb(i + 1)
            && next_verb.is_some_and(|v| (i + 1..=v).all(|k| !words[k].gap_before.contains(',')));
        let and_clause = i > 0 && lower == "and" && (gap.contains(',') || and_subject);
        // "as US forces withdraw": a clause; "such as", "as well as", "as a result": not.
        let as_clause = i > 0
            && lower == "as"
            && !matches!(
                words[i - 1].lower.as_str(),
                "such" | "well" | "known" | "so" | "same" | "just" | "soon" | "far" | "long"
            )
            && words.get(i + 1).is_some_and(|n| {
                !matches!(
                    n.lower.as_str(),
                    "a" | "an"
                        | "well"
                        | "of"
                        | "part"
                        | "much"
                        | "many"
                        | "soon"
                        | "long"
                        | "far"
                        | "if"
                        | "to"
                        | "for"
                        | "it"
                        | "such"
                )
            });
        if (punct || sub || and_clause || as_clause)
            && words[i]
                .timex
                .is_none_or(|t| i == 0 || words[i - 1].timex != Some(t))
        {
            let last = clauses.last_mut().expect("one clause");
            last.last = i.saturating_sub(1);
            clauses.push(Clause {
                first: i,
                last: i,
                intro: SUBORDINATORS.contains(&lower).then(|| lower.to_string()),
            });
        }
        let n = clauses.len() - 1;
        words[i].clause = n;
    }
    if let Some(last) = clauses.last_mut() {
        last.last = words.len().saturating_sub(1);
    }
    clauses
}

/// The two ends of a range the timex `ti` belongs to: "July 1-2", "from April to June",
/// "between Monday and Wednesday".
fn range_partner<'t>(
    text: &str,
    timexes: &'t [Timex],
    ti: usize,
) -> Option<(&'t Timex, &'t Timex)> {
    let joined = |a: &Timex, b: &Timex| {
        let gap = text.get(a.end..b.start)?.trim();
        if gap.len() > 8 {
            return Some(false);
        }
        let gap = gap.to_lowercase();
        // Only the word before the range matters: no need to look further back.
        let before = text.get(..a.start)?.trim_end();
        let between = before
            .get(before.len().saturating_sub(7)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("between"));
        let ok = matches!(
            gap.as_str(),
            "-" | "\u{2013}" | "to" | "through" | "until" | "till"
        ) || (gap == "and" && between);
        Some(ok && a.kind != TimexType::Duration && b.kind != TimexType::Duration)
    };
    if let Some(b) = timexes.get(ti + 1)
        && joined(&timexes[ti], b) == Some(true)
    {
        return Some((&timexes[ti], b));
    }
    if ti > 0 && joined(&timexes[ti - 1], &timexes[ti]) == Some(true) {
        return Some((&timexes[ti - 1], &timexes[ti]));
    }
    None
}

/// Adds `more` to a sorted list of names, keeping it sorted and without repeats.
fn merge_names(names: &mut Vec<String>, more: Vec<String>) {
    names.extend(more);
    names.sort();
    names.dedup();
}

fn contains_seq(words: &[Word<'_>], range: std::ops::Range<usize>, cue: &[String]) -> bool {
    if cue.is_empty() || range.end < range.start + cue.len() {
        return false;
    }
    (range.start..=range.end - cue.len()).any(|i| {
        cue.iter()
            .zip(&words[i..])
            .all(|(c, w)| w.timex.is_none() && *c == w.lower)
    })
}

/// For each word of a sentence, whether it stands inside a quotation.
fn sentence_quotes(sentence: &str, words: &[Word<'_>], base: usize) -> Vec<bool> {
    let mut inside = false;
    let mut out = Vec::with_capacity(words.len());
    let mut at = 0;
    for w in words {
        for c in sentence[at..w.start - base].chars() {
            match c {
                '“' => inside = true,
                '”' => inside = false,
                '"' => inside = !inside,
                _ => {}
            }
        }
        at = w.start - base;
        out.push(inside);
    }
    out
}

/// A date the text gives is kept only if it fits the status: a fact cannot lie after
/// publication ("has put embassies on high alert for a surge in coming months" does not date
/// the alert in the future), and a plan is not dated by "now".
fn plausible_date(
    d: &EventDate,
    value: &str,
    status: Status,
    published: Option<&Published>,
) -> bool {
    if status.is_factual() {
        if value == "FUTURE_REF" {
            return false;
        }
        if let (Some(p), (Some(first), _)) = (published, d.day_range()) {
            return first <= p.last_day();
        }
        true
    } else {
        !matches!(value, "PRESENT_REF" | "PAST_REF")
    }
}

/// Nouns that an event noun may modify rather than name an event ("evacuation plans").
const MODIFIED_HEADS: &[&str] = &[
    "plan",
    "plans",
    "planning",
    "planners",
    "option",
    "options",
    "procedure",
    "procedures",
    "capability",
    "capabilities",
    "team",
    "teams",
    "flight",
    "flights",
    "route",
    "routes",
    "scenario",
    "scenarios",
    "drill",
    "drills",
    "order",
    "orders",
    "officials",
    "official",
];

/// A trigger found in a sentence.
struct Hit {
    trigger: usize,
    first: usize,
    len: usize,
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor {
            lexicon,
            tagger: Tagger::new(),
            explain: false,
        }
    }

    /// False for trigger words that do not name an event where they stand: a participle used
    /// as an adjective ("the agreed date", "a negotiated settlement"), an event noun
    /// modifying another noun ("evacuation plans"), a state after a present copula ("Bagram is
    /// closed"), and present or base verb forms inside a quotation (claims, not reports).
    fn plausible_trigger(
        &self,
        words: &[Word<'_>],
        lower: &[&str],
        quoted: Vec<bool>,
        i: usize,
        len: usize,
        t: usize,
    ) -> bool {
        let trig = &self.lexicon.triggers[t];
        let prev = i.checked_sub(1).map(|p| lower[p]);
        let next = lower.get(i + len).copied();
        // "the last major city in the north to fall": an infinitive that describes a noun.
        if prev == Some("to")
            && (i.saturating_sub(8)..i).any(|k| {
                lower[k] == "the"
                    && matches!(
                        lower.get(k + 1).copied(),
                        Some("last" | "first" | "only" | "latest")
                    )
            })
        {
            return false;
        }
        if trig.is_noun() {
            // "according to a statement" names a source; "such a decision" a kind of thing.
            let before = |n: usize| i.checked_sub(n).map(|p| lower[p]);
            // "left by the Kabul blast": an undated agent noun another clause leans on.
            let clause_dated = words
                .iter()
                .any(|w| w.timex.is_some() && w.clause == words[i].clause);
            if (1..=3).any(|n| before(n) == Some("according"))
                || (!clause_dated && (1..=3).any(|n| before(n) == Some("by")))
                || (matches!(prev, Some("a" | "an" | "the"))
                    && matches!(before(2), Some("such" | "any" | "every" | "no")))
            {
                return false;
            }
            // "evacuation plans" modifies; "an envoy in talks" describes; "those talks" refers
            // back; "will deal" is a verb; a quoted noun is a claim. None of them reports an
            // event.
            if matches!(
                prev,
                Some(
                    "those"
                        | "these"
                        | "such"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "can"
                        | "shortly"
                        | "for"
                )
            ) {
                return false;
            }
            let quoted_undated = quoted.get(i).copied().unwrap_or(false)
                && !words
                    .iter()
                    .any(|w| w.timex.is_some() && w.clause == words[i].clause);
            return !next.is_some_and(|n| MODIFIED_HEADS.contains(&n))
                && prev != Some("in")
                && !quoted_undated;
        }
        if matches!(prev, Some("a" | "an" | "the")) {
            return false;
        }
        // "Of those killed, …", "the wounded": a participle used as a noun names people.
        if matches!(prev, Some("those" | "these")) {
            return false;
        }
        // "a deal struck with the Taliban": a participle after "determiner noun", followed by
        // its agent or instrument, is a reduced relative clause, not the clause's verb.
        if i >= 2
            && matches!(lower[i - 2], "a" | "an" | "the")
            && matches!(lower.get(i + len).copied(), Some("by" | "with"))
        {
            return false;
        }
        let form = trig.words.join(" ");
        let past = lexicon::is_past_form(&form, trig.headline.as_deref());
        if past && matches!(prev, Some("is" | "are" | "remains" | "remain")) && form.ends_with("ed")
        {
            return false;
        }
        if quoted.get(i).copied().unwrap_or(false) && !past {
            return false;
        }
        true
    }

    /// Status of the trigger at word `t` from the cues around it.
    fn status(
        &self,
        words: &[Word<'_>],
        clauses: &[Clause],
        t: usize,
        kind: &str,
        question: bool,
    ) -> Status {
        if question {
            return Status::Hypothetical;
        }
        // "It is likely that X", "officials expect that X": the cues of the governing clause
        // reach into its "that" clause.
        let ci = words[t].clause;
        let governed = clauses[ci].intro.as_deref() == Some("that") && ci > 0;
        let c = &if governed {
            Clause {
                first: clauses[ci - 1].first,
                last: clauses[ci].last,
                intro: None,
            }
        } else {
            clauses[ci].clone()
        };
        // An infinitive names an intention or a possibility ("to evacuate the embassy"),
        // unless a verb of force or aspect makes it happen ("forced … to shut down").
        if t > 0 && words[t - 1].lower == "to" {
            let made_to = (c.first..t).any(|k| CAUSATIVES.contains(&words[k].lower.as_str()));
            if !made_to {
                // Keep a stronger cue (if, would, no …) when there is one.
                for cue in &self.lexicon.cues {
                    if matches!(cue.status, Status::Hypothetical | Status::Denied)
                        && (contains_seq(words, c.first..t, &cue.words)
                            || cue.scope == CueScope::Sentence
                                && contains_seq(words, 0..t, &cue.words))
                    {
                        return cue.status;
                    }
                }
                return Status::Planned;
            }
        }
        for cue in &self.lexicon.cues {
            if cue.status == Status::Reported && kind == "statement" {
                continue; // a statement is not "reported" by its own verb
            }
            let found = match cue.scope {
                CueScope::Sentence if cue.status == Status::Reported => {
                    contains_seq(words, 0..words.len(), &cue.words)
                }
                CueScope::Sentence => contains_seq(words, 0..t, &cue.words),
                CueScope::Clause => contains_seq(words, c.first..t, &cue.words),
                CueScope::Near => contains_seq(words, t.saturating_sub(3)..t, &cue.words),
                CueScope::After => {
                    let end = (t + 2 + cue.words.len()).min(c.last + 1).max(t + 1);
                    contains_seq(words, t + 1..end, &cue.words)
                }
            };
            if found {
                return cue.status;
            }
        }
        Status::Happened
    }

    /// The TIMEX that dates the trigger at `t`: same clause first (nearest), then the
    /// sentence's main clauses. Returns the timex index.
    fn governing_timex(
        &self,
        words: &[Word<'_>],
        clauses: &[Clause],
        timexes: &[Timex],
        t: usize,
    ) -> Option<usize> {
        let usable = |ti: usize| -> bool {
            let x = &timexes[ti];
            matches!(x.kind, TimexType::Date | TimexType::Time)
        };
        let timex_words = |ti: usize| -> (usize, usize) {
            let f = words.iter().position(|w| w.timex == Some(ti)).unwrap_or(0);
            let l = words.iter().rposition(|w| w.timex == Some(ti)).unwrap_or(f);
            (f, l)
        };
        let in_clause = |c: usize| -> Vec<usize> {
            let mut v: Vec<usize> = words
                .iter()
                .filter(|w| w.clause == c)
                .filter_map(|w| w.timex)
                .filter(|&ti| usable(ti))
                .collect();
            v.dedup();
            v.retain(|&ti| {
                let (f, l) = timex_words(ti);
                !adnominal(words, f, l)
            });
            v
        };
        let c = words[t].clause;
        let own = in_clause(c);
        if let Some(&best) = own.iter().min_by_key(|&&ti| {
            let (f, _) = timex_words(ti);
            (f as i64 - t as i64).abs()
        }) {
            return Some(best);
        }
        // Reported speech: "told CNN on Saturday that the military is updating its plans"
        // shares the date of the telling.
        if clauses[c].intro.as_deref() == Some("that")
            && c > 0
            && (clauses[c - 1].first..=clauses[c - 1].last)
                .any(|k| REPORTING.contains(&words[k].lower.as_str()))
            && let Some(&ti) = in_clause(c - 1).first()
        {
            return Some(ti);
        }
        // A clause that opens with "after"/"which" dates its own event, not ours, and ours
        // does not date it either.
        if clauses[c]
            .intro
            .as_deref()
            .is_some_and(|i| TEMPORAL_SUBORDINATORS.contains(&i))
        {
            return None;
        }
        // A short adverbial just before our clause ("…that as of Saturday afternoon, there was
        // no need…", "That morning, …") dates it.
        if c > 0
            && clauses[c - 1].last + 1 - clauses[c - 1].first <= 6
            && let Some(&ti) = in_clause(c - 1).first()
        {
            return Some(ti);
        }
        // Otherwise only a main clause lends its date: a subordinate one ("because …
        // in April", "after …", "if …") dates its own event.
        for (ci, cl) in clauses.iter().enumerate() {
            if ci == c || cl.intro.is_some() {
                continue;
            }
            if let Some(&ti) = in_clause(ci).first() {
                return Some(ti);
            }
        }
        None
    }

    fn entities(
        &self,
        words: &[Word<'_>],
        range: std::ops::RangeInclusive<usize>,
    ) -> (Vec<String>, Vec<String>) {
        let texts: Vec<&str> = words.iter().map(|w| w.text).collect();
        let mut actors = BTreeSet::new();
        let mut places = BTreeSet::new();
        let mut i = *range.start();
        while i <= *range.end() && i < words.len() {
            if let Some((e, len)) = self.lexicon.alias_at(&texts, i) {
                let ent = &self.lexicon.entities[e];
                match ent.kind {
                    EntityType::Place => places.insert(ent.name.clone()),
                    EntityType::Actor => actors.insert(ent.name.clone()),
                };
                i += len;
            } else {
                i += 1;
            }
        }
        (actors.into_iter().collect(), places.into_iter().collect())
    }

    fn is_noise(&self, line: &str, meta_title: &str) -> bool {
        let l = line.trim();
        if self.lexicon.is_noise_prefix(l) {
            return true;
        }
        // The headline repeats the article: its claims are taken from the body.
        if !meta_title.is_empty() && (l == meta_title.trim() || meta_title.trim().starts_with(l)) {
            return true;
        }
        // A byline or widget: a clock time and a `|` or a date on a short line.
        let has_clock = l.split_whitespace().any(|w| {
            let w = w.trim_end_matches(['.', ',']);
            w.len() >= 4
                && w.contains(':')
                && w.split(':')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        });
        has_clock
            && l.split_whitespace().count() <= 12
            && (l.contains('|') || l.contains("AM") || l.contains("PM"))
    }

    /// Candidate events of one article, in text order.
    pub fn extract_article(&self, article: &Article) -> Vec<Candidate> {
        let text = article.text.as_str();
        let meta = &article.meta;
        let dct = meta.published.as_ref().map(dct_of);
        let mut timexes = self.tagger.tag(text, dct.as_ref());
        // ("has tried to attack nine countries over the past year": the twelve months up to
        // publication, not the calendar year before it that TimeBank's value names.)
        for x in &mut timexes {
            if let Some(span) = Tagger::span_back(text, x) {
                x.kind = TimexType::Duration;
                x.value = span.to_string();
            }
        }
        let sents = sentences::split(text);
        let mut out: Vec<Candidate> = Vec::new();
        // Dates of earlier sentences in the paragraph, for sentences without their own.
        let mut paragraph_date: Option<(usize, EventDate, String)> = None;
        // Whether each line (paragraph) is page furniture, decided once per line.
        let mut line_verdict: Option<(usize, bool)> = None;
        for s in &sents {
            let line_start = text[..s.start].rfind('\n').map_or(0, |p| p + 1);
            let skip = match line_verdict {
                Some((at, skip)) if at == line_start => skip,
                _ => {
                    let line_end = text[s.start..]
                        .find('\n')
                        .map_or(text.len(), |p| s.start + p);
                    // A photo caption: the line just before a credit line.
                    let next_line = text[line_end..].trim_start();
                    let head = next_line
                        .get(..next_line.len().min(12))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    let caption = ["credit:", "photo:", "image:", "photograph:"]
                        .iter()
                        .any(|p| head.starts_with(p));
                    let skip = caption || self.is_noise(&text[line_start..line_end], &meta.title);
                    line_verdict = Some((line_start, skip));
                    skip
                }
            };
            if skip {
                continue;
            }
            if paragraph_date
                .as_ref()
                .is_some_and(|(p, _, _)| *p != s.paragraph)
            {
                paragraph_date = None;
            }
            let sentence_timexes: Vec<Timex> = timexes
                .iter()
                .filter(|t| t.start >= s.start && t.end <= s.end)
                .cloned()
                .collect();
            let mut words = words_in(text, s, &sentence_timexes);
            if words.is_empty() {
                continue;
            }
            // Where a verb trigger stands: "X entered Kabul and President Ghani fled" holds two
            // clauses, split at the "and" that opens a new subject.
            let raw_triggers: Vec<Option<(usize, usize)>> = {
                let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
                (0..words.len())
                    .map(|i| {
                        if words[i].timex.is_some() {
                            None
                        } else {
                            self.lexicon.trigger_at(&lower, i)
                        }
                    })
                    .collect()
            };
            let verb_at: Vec<bool> = raw_triggers
                .iter()
                .map(|r| r.is_some_and(|(t, _)| !self.lexicon.triggers[t].is_noun()))
                .collect();
            let clauses = split_clauses(&mut words, &verb_at);
            let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
            // Triggers, at most one per clause: the first non-statement one, else a statement.
            let mut hits: Vec<Hit> = Vec::new();
            let mut i = 0;
            while i < words.len() {
                if words[i].timex.is_some() {
                    i += 1;
                    continue;
                }
                if let Some((t, len)) = raw_triggers[i] {
                    if self.plausible_trigger(
                        &words,
                        &lower,
                        sentence_quotes(s.text(text), &words, s.start),
                        i,
                        len,
                        t,
                    ) {
                        hits.push(Hit {
                            trigger: t,
                            first: i,
                            len,
                        });
                    }
                    i += len;
                } else {
                    i += 1;
                }
            }
            // One event per clause: its finite verb in the past if there is one ("rejected a
            // proposal … to deploy"), else the first trigger that is not a statement.
            let mut chosen: Vec<&Hit> = Vec::new();
            for c in 0..clauses.len() {
                let in_c: Vec<&Hit> = hits.iter().filter(|h| words[h.first].clause == c).collect();
                let past_verb = |h: &&&Hit| {
                    let t = &self.lexicon.triggers[h.trigger];
                    lexicon::is_past_form(&t.words.join(" "), t.headline.as_deref())
                        && !(h.first > 0 && lower[h.first - 1] == "to")
                };
                // "in a joint statement to be issued": the trigger a plan cue follows is the
                // event the clause is about.
                let planned_after = |h: &&&Hit| {
                    let k = h.first + h.len;
                    k + 2 < lower.len() && lower[k] == "to" && lower[k + 1] == "be"
                };
                let pick = in_c
                    .iter()
                    .find(planned_after)
                    .or_else(|| in_c.iter().find(past_verb))
                    .or_else(|| {
                        in_c.iter()
                            .find(|h| self.lexicon.triggers[h.trigger].kind != "statement")
                    })
                    .or(in_c.first());
                if let Some(h) = pick {
                    chosen.push(h);
                }
            }
            let sentence_text = s.text(text);
            // (trigger word, seq) of the candidates of this sentence, for cause links.
            let mut here: Vec<(usize, usize)> = Vec::new();
            // (seq, clause, is a statement, dated by its own clause) of those candidates.
            let mut reported: Vec<(usize, usize, bool, bool)> = Vec::new();
            if chosen.is_empty() {
                continue;
            }
            // The sentence as the title builder sees it, built once for all its triggers.
            let mut tw = title::Words {
                src: text,
                spans: words.iter().map(|w| (w.start, w.end)).collect(),
                lower: lower.clone(),
                in_timex: words.iter().map(|w| w.timex.is_some()).collect(),
                clauses: clauses.iter().map(|c| (c.first, c.last)).collect(),
                reporting: false,
            };
            for h in chosen {
                let trig = &self.lexicon.triggers[h.trigger];
                let c = words[h.first].clause;
                let clause_text_end = words[clauses[c].last].end;
                let question = text[clause_text_end..s.end]
                    .trim_start_matches(['"', '”', '\'', '’', ')'])
                    .starts_with('?')
                    || (c + 1 == clauses.len()
                        && sentence_text
                            .trim_end_matches(['"', '”', '\'', '’', ')'])
                            .ends_with('?'));
                let status = self.status(&words, &clauses, h.first, &trig.kind, question);
                let timex = self.governing_timex(&words, &clauses, &sentence_timexes, h.first);
                // A fact cannot lie after publication: a happening dated in the future by its
                // own clause ("happens in the coming days") is expected.
                let status = match timex.map(|ti| &sentence_timexes[ti]) {
                    Some(x) if status.is_factual() => {
                        // Only a date that stands by the trigger speaks of it ("happens in the
                        // coming days"), not one that modifies another noun further on.
                        let at = words.iter().position(|w| {
                            w.timex
                                .is_some_and(|t| sentence_timexes[t].start == x.start)
                        });
                        let near =
                            at.is_some_and(|k| words[k].clause == c && k.abs_diff(h.first) <= 6);
                        let future = x.value == "FUTURE_REF"
                            || dating::timex_to_date(&x.value, x.modifier, meta.published.as_ref())
                                .zip(meta.published.as_ref())
                                .and_then(|(d, p)| {
                                    d.day_range().0.map(|first| first > p.last_day())
                                })
                                .unwrap_or(false);
                        if near && future {
                            Status::Expected
                        } else {
                            status
                        }
                    }
                    _ => status,
                };
                let mut when = None;
                let mut date = timex.and_then(|ti| {
                    let x = &sentence_timexes[ti];
                    let d = dating::timex_to_date(&x.value, x.modifier, meta.published.as_ref())?;
                    if !plausible_date(&d, &x.value, status, meta.published.as_ref()) {
                        return None;
                    }
                    when = Some(text[x.start..x.end].to_string());
                    // "July 1-2", "from April to June", "between Monday and Wednesday": the
                    // range the two dates make.
                    if let Some((a, b)) = range_partner(text, &sentence_timexes, ti)
                        && let (Some(EventDate::Point(p)), Some(EventDate::Point(q))) = (
                            dating::timex_to_date(&a.value, a.modifier, meta.published.as_ref()),
                            dating::timex_to_date(&b.value, b.modifier, meta.published.as_ref()),
                        )
                        && p.first_day() < q.first_day()
                    {
                        when = Some(text[a.start..b.end].to_string());
                        return Some(EventDate::Interval(
                            crate::date::Bound::At(p),
                            crate::date::Bound::At(q),
                        ));
                    }
                    Some(d)
                });
                // "X came days after <event>": our event lies a few days before X.
                let intro = clauses[c].intro.as_deref();
                if date.is_none() && intro == Some("after") && c > 0 {
                    let main = &clauses[c - 1];
                    let vague_days = (main.first..=main.last)
                        .rev()
                        .take(3)
                        .any(|k| words[k].lower == "days");
                    if let Some(anchor) = self.main_clause_anchor(
                        &words,
                        &clauses,
                        &sentence_timexes,
                        c - 1,
                        &out,
                        meta.published.as_ref(),
                    ) {
                        date = if vague_days {
                            dating::days_before(&anchor, 3)
                        } else {
                            anchor.day_range().1.map(|d| {
                                EventDate::Interval(
                                    crate::date::Bound::Open,
                                    crate::date::Bound::At(crate::date::Point::from_date(d)),
                                )
                            })
                        };
                        when = Some(
                            format!("{} after", if vague_days { "days" } else { "" })
                                .trim()
                                .to_string(),
                        );
                    }
                }
                let clause_dated = date.is_some();
                if date.is_none()
                    && intro.is_none_or(|i| !TEMPORAL_SUBORDINATORS.contains(&i))
                    && let Some((_, d, w)) = &paragraph_date
                {
                    date = Some(*d);
                    when = Some(w.clone());
                }
                let subject_clause =
                    title::subject_clause(&tw.clauses, &tw.lower, &tw.in_timex, c, h.first);
                let (mut actors, mut places) =
                    self.entities(&words, clauses[c].first..=clauses[c].last);
                if let Some(sc) = subject_clause {
                    let (a, p) = self.entities(&words, clauses[sc].first..=clauses[sc].last);
                    merge_names(&mut actors, a);
                    merge_names(&mut places, p);
                }
                // Keep only what a reader would call an event: dated by the text, or a
                // happening that names who or where.
                let located = !actors.is_empty() || !places.is_empty();
                // Dated in its own clause, or by a short adverbial just before it ("Earlier this
                // week, the Taliban said …").
                // "…, for U.S.-led meetings with the militants": a short prepositional phrase
                // with an event noun and no verb of its own is a circumstance, not an event.
                let pp = trig.is_noun()
                    && clauses[c].last + 1 - clauses[c].first <= 8
                    && matches!(
                        lower[clauses[c].first],
                        "for"
                            | "with"
                            | "in"
                            | "on"
                            | "at"
                            | "by"
                            | "from"
                            | "of"
                            | "to"
                            | "during"
                            | "amid"
                            | "despite"
                    );
                if pp {
                    if self.explain {
                        eprintln!(
                            "{}: {:?}: dropped: an event noun in a prepositional phrase",
                            meta.id,
                            trig.words.join(" ")
                        );
                    }
                    continue;
                }
                let own_clause_timex = timex.is_some_and(|ti| {
                    words.iter().any(|w| {
                        w.timex == Some(ti)
                            && (w.clause == c
                                || (c > 0
                                    && w.clause == c - 1
                                    && clauses[c - 1].last + 1 - clauses[c - 1].first <= 6))
                    })
                });
                let why = |reason: &str| {
                    if self.explain {
                        eprintln!(
                            "{}: {:?} ({}, {status}): {reason}",
                            meta.id,
                            trig.words.join(" "),
                            trig.kind
                        );
                    }
                };
                // A verb may lean on the sentence for its who and where ("The Taliban's advance …
                // forced consulates … to shut down"); a noun may not.
                let sentence_located = || {
                    let (a, p) = self.entities(&words, 0..=words.len() - 1);
                    !a.is_empty() || !p.is_empty()
                };
                let forced = h.first > 1
                    && lower[h.first - 1] == "to"
                    && (clauses[c].first..h.first).any(|k| CAUSATIVES.contains(&lower[k]));
                if date.is_none() && !located && (!forced || !sentence_located()) {
                    why("dropped: no date and no named actor or place");
                    continue;
                }
                // "the last forced exit from a capital", "the next evacuation": an undated noun
                // after "last", "previous", "next" names some other occasion, not a report.
                let other_occasion = trig.is_noun()
                    && !own_clause_timex
                    && (h.first.saturating_sub(3)..h.first).any(|k| {
                        matches!(
                            lower[k],
                            "last" | "previous" | "next" | "earlier" | "future" | "past"
                        )
                    });
                if other_occasion {
                    why("dropped: an undated noun naming another occasion (last/next …)");
                    continue;
                }
                if trig.is_noun() && !located && !own_clause_timex {
                    why("dropped: an event noun needs a named actor or place, or its own date");
                    continue;
                }
                // "…, the sources said": a statement is an event only when the text dates the
                // saying itself ("said on Tuesday").
                let calendar_date =
                    timex.is_some_and(|ti| !sentence_timexes[ti].value.ends_with("_REF"));
                // "a joint statement to be issued after their last session Thursday": a
                // statement still to come is an event when the sentence says when.
                let next_clause_dated = clauses.get(c + 1).is_some_and(|nc| {
                    matches!(
                        nc.intro.as_deref(),
                        Some("after" | "before" | "until" | "when")
                    ) && (nc.first..=nc.last).any(|k| {
                        words[k]
                            .timex
                            .is_some_and(|t| !sentence_timexes[t].value.ends_with("_REF"))
                    })
                });
                let planned_statement = matches!(status, Status::Planned | Status::Expected)
                    && (calendar_date || next_clause_dated);
                if trig.kind == "statement"
                    && !(own_clause_timex && calendar_date)
                    && !planned_statement
                {
                    why("dropped: a statement needs its own date");
                    continue;
                }
                why("kept");
                let date = match date {
                    Some(d) => d,
                    None => match (&meta.published, status) {
                        (Some(p), Status::Planned | Status::Expected | Status::Hypothetical) => {
                            dating::after_publication(p)
                        }
                        // "no plans to withdraw": what is denied is a future act.
                        (Some(p), Status::Denied) if h.first > 0 && lower[h.first - 1] == "to" => {
                            dating::after_publication(p)
                        }
                        (Some(p), _) => dating::before_publication(p),
                        (None, _) => continue, // nothing bounds it
                    },
                };
                // A date a main clause gives carries to later sentences of the paragraph.
                if clause_dated && (c == 0 || intro.is_none()) {
                    paragraph_date = Some((s.paragraph, date, when.clone().unwrap_or_default()));
                }
                tw.reporting = trig.kind == "statement";
                let Some(title) = title::build(
                    &tw,
                    c,
                    h.first,
                    h.len,
                    trig.headline.as_deref(),
                    status.is_factual(),
                ) else {
                    continue;
                };
                let quote = crate::source::events::squash(sentence_text);
                let event = Event {
                    id: EventId(String::new()),
                    date,
                    title,
                    status,
                    kind: Some(trig.kind.clone()),
                    actors,
                    places,
                    causes: Vec::new(),
                    sources: vec![SourceRef {
                        doc: meta.id.clone(),
                        quote,
                        when,
                    }],
                    note: None,
                    review: None,
                    cause_evidence: vec![],
                };
                let seq = out.len();
                here.push((h.first, seq));
                let timex_in_clause = timex
                    .is_some_and(|ti| words.iter().any(|w| w.timex == Some(ti) && w.clause == c));
                reported.push((seq, c, trig.kind == "statement", timex_in_clause));
                out.push(Candidate {
                    event,
                    doc: meta.id.clone(),
                    span: (s.start, s.end),
                    seq,
                    causes: Vec::new(),
                });
            }
            // "A Taliban spokesman tweeted Thursday that the city had been seized": one event,
            // the dated saying, which keeps the who and where of what it reports. What the
            // statement reports becomes an event of its own only when the text dates it.
            let absorbed: Vec<usize> = reported
                .iter()
                .filter(|&&(_, c, statement, dated)| {
                    !statement && !dated && reported.iter().any(|&(_, sc, st, _)| st && sc != c)
                })
                .map(|&(seq, ..)| seq)
                .collect();
            if !absorbed.is_empty() {
                for &(seq, c, ..) in reported.iter().filter(|r| absorbed.contains(&r.0)) {
                    let Some(&(st, ..)) = reported
                        .iter()
                        .rev()
                        .find(|&&(_, sc, is_st, _)| is_st && sc < c)
                        // else the attribution after it: "X will happen, Kirby said Thursday".
                        .or_else(|| reported.iter().find(|&&(_, sc, is_st, _)| is_st && sc > c))
                    else {
                        continue;
                    };
                    let (actors, places) =
                        (out[seq].event.actors.clone(), out[seq].event.places.clone());
                    merge_names(&mut out[st].event.actors, actors);
                    merge_names(&mut out[st].event.places, places);
                    if self.explain {
                        eprintln!(
                            "{}: {:?}: dropped: reported by the statement of its sentence",
                            meta.id, out[seq].event.title
                        );
                    }
                }
                // Candidates are numbered by their place in `out`: drop the absorbed ones and
                // close the gaps.
                let renumber = |seq: usize| seq - absorbed.iter().filter(|&&a| a < seq).count();
                let mut k = 0;
                out.retain(|_| {
                    k += 1;
                    !absorbed.contains(&(k - 1))
                });
                let first_here = reported.first().map_or(out.len(), |r| r.0);
                for cand in out.iter_mut().skip(first_here) {
                    cand.seq = renumber(cand.seq);
                }
                here.retain_mut(|(_, seq)| {
                    let keep = !absorbed.contains(seq);
                    *seq = renumber(*seq);
                    keep
                });
            }
            self.link_causes(&words, &lower, &here, &mut out);
        }
        out
    }

    /// Cause links stated in one sentence by an explicit cue: "X because of Y", "X led to Y".
    /// When the cause side names no event of this sentence but the cue opens the sentence
    /// ("In response to the Taliban statement, …"), the cause is the latest earlier event of
    /// the kind named after the cue that shares an actor with it.
    fn link_causes(
        &self,
        words: &[Word<'_>],
        lower: &[&str],
        here: &[(usize, usize)],
        out: &mut [Candidate],
    ) {
        let mut k = 0;
        while k < words.len() {
            let cue = self.lexicon.causal.iter().find(|c| {
                lower.len() >= k + c.words.len()
                    && c.words.iter().zip(&lower[k..]).all(|(a, b)| a == b)
                    && words[k..k + c.words.len()]
                        .iter()
                        .all(|w| w.timex.is_none())
            });
            let Some(cue) = cue else {
                k += 1;
                continue;
            };
            let end = k + cue.words.len();
            let cue_text = words[k..end]
                .iter()
                .map(|w| w.text)
                .collect::<Vec<_>>()
                .join(" ");
            let before = here
                .iter()
                .filter(|(w, _)| *w < k)
                .max_by_key(|(w, _)| *w)
                .map(|x| x.1);
            let after = here
                .iter()
                .filter(|(w, _)| *w >= end)
                .min_by_key(|(w, _)| *w)
                .map(|x| x.1);
            let first_seq = here.iter().map(|x| x.1).min().unwrap_or(out.len());
            // The earlier event the words right after the cue name ("In response to the
            // Taliban statement, …"): same kind and a shared actor.
            let named_earlier = || -> Option<usize> {
                let cue_clause = words[end.min(words.len() - 1)].clause;
                let span_end = words
                    .iter()
                    .rposition(|w| w.clause == cue_clause)
                    .unwrap_or(end);
                let kind = (end..=span_end)
                    .find_map(|i| self.lexicon.trigger_at(lower, i))
                    .map(|(t, _)| &self.lexicon.triggers[t].kind)?;
                let (actors, _) = self.entities(words, end..=span_end);
                out[..first_seq]
                    .iter()
                    .rev()
                    .find(|c| {
                        c.event.kind.as_deref() == Some(kind.as_str())
                            && c.event.actors.iter().any(|a| actors.contains(a))
                    })
                    .map(|c| c.seq)
            };
            let (effect, cause) = match cue.direction {
                // "Because of X, Y" / "In response to X, Y": the cause is named after the cue,
                // the effect is the main clause that follows.
                lexicon::Direction::EffectCause if k <= 1 => {
                    let cue_clause = words[end.min(words.len() - 1)].clause;
                    let in_cue_clause = here
                        .iter()
                        .find(|(w, _)| words[*w].clause == cue_clause)
                        .map(|x| x.1);
                    let main = here
                        .iter()
                        .filter(|(w, _)| words[*w].clause != cue_clause && *w >= end)
                        .min_by_key(|(w, _)| *w)
                        .map(|x| x.1);
                    (main, in_cue_clause.or_else(named_earlier))
                }
                lexicon::Direction::EffectCause => (before, after),
                lexicon::Direction::CauseEffect => (after, before),
            };
            if let (Some(e), Some(c)) = (effect, cause)
                && e != c
                && !out[e].causes.iter().any(|(x, _)| *x == c)
            {
                out[e].causes.push((c, cue_text));
            }
            k = end;
        }
    }

    /// The date of a main clause that has no temporal expression of its own: the date of the
    /// latest earlier event of the same kind sharing an actor ("The spokesman's comments came
    /// days after…" is dated by the spokesman's statement reported before).
    fn main_clause_anchor(
        &self,
        words: &[Word<'_>],
        clauses: &[Clause],
        timexes: &[Timex],
        c: usize,
        earlier: &[Candidate],
        published: Option<&Published>,
    ) -> Option<EventDate> {
        let cl = &clauses[c];
        // A span ("came days after") says how far apart, not when.
        if let Some(x) = (cl.first..=cl.last)
            .filter_map(|k| words[k].timex)
            .map(|w| &timexes[w])
            .find(|x| !matches!(x.kind, TimexType::Duration | TimexType::Set))
        {
            return dating::timex_to_date(&x.value, x.modifier, published);
        }
        let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
        let kind = (cl.first..=cl.last).find_map(|k| {
            self.lexicon
                .trigger_at(&lower, k)
                .map(|(t, _)| &self.lexicon.triggers[t].kind)
        })?;
        let (actors, _) = self.entities(words, cl.first..=cl.last);
        earlier
            .iter()
            .rev()
            .find(|e| {
                e.event.kind.as_deref() == Some(kind.as_str())
                    && e.event.actors.iter().any(|a| actors.contains(a))
                    && e.event.date.exact_day().is_some()
            })
            .map(|e| e.event.date)
    }

    /// Extract every article (in parallel) and cluster the mentions into a timeline.
    /// The result does not depend on the number of threads.
    pub fn extract(&self, corpus: &Corpus, title: &str) -> Timeline {
        let per_doc: Vec<Vec<Candidate>> = corpus
            .articles
            .par_iter()
            .map(|a| self.extract_article(a))
            .collect();
        let candidates: Vec<Candidate> = per_doc.into_iter().flatten().collect();
        let links: Vec<(String, usize, usize, String, String)> = candidates
            .iter()
            .flat_map(|c| {
                c.causes.iter().map(move |(cause, cue)| {
                    (
                        c.doc.clone(),
                        c.seq,
                        *cause,
                        cue.clone(),
                        c.event.sources[0].quote.clone(),
                    )
                })
            })
            .collect();
        let mut clusters = cluster::cluster(candidates);
        cluster::assign_ids(&mut clusters);
        let mut owner: std::collections::BTreeMap<(String, usize), usize> = Default::default();
        for (i, cl) in clusters.iter().enumerate() {
            for m in &cl.members {
                owner.insert(m.clone(), i);
            }
        }
        let mut events: Vec<Event> = clusters.iter().map(|c| c.event.clone()).collect();
        for (doc, effect, cause, cue, quote) in links {
            let (Some(&e), Some(&c)) = (
                owner.get(&(doc.clone(), effect)),
                owner.get(&(doc.clone(), cause)),
            ) else {
                continue;
            };
            if e == c {
                continue;
            }
            let cause_id = events[c].id.clone();
            let ev = &mut events[e];
            if !ev.causes.contains(&cause_id) {
                ev.causes.push(cause_id.clone());
                ev.causes.sort();
            }
            let evidence = crate::model::CauseEvidence {
                cause: cause_id,
                cue,
                doc,
                quote,
            };
            if !ev.cause_evidence.contains(&evidence) {
                ev.cause_evidence.push(evidence);
                ev.cause_evidence.sort();
            }
        }
        let mut t = Timeline {
            title: title.to_string(),
            events,
            ..Timeline::default()
        };
        t.sort();
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(s: &str) -> Vec<&str> {
        tokens(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn tokens_keep_abbreviations_and_split_possessives() {
        assert_eq!(
            words_of("U.S. Embassy's third-largest city, don't 2,500-3,500 9/11"),
            [
                "U.S",
                "Embassy",
                "'s",
                "third-largest",
                "city",
                "do",
                "n't",
                "2,500-3,500",
                "9",
                "11"
            ]
        );
    }

    /// An untitled article published on `published`.
    fn article(text: &str, published: &str) -> Article {
        Article {
            meta: crate::model::ArticleMeta {
                id: "x".into(),
                file: "x.txt".into(),
                title: String::new(),
                outlet: String::new(),
                url: String::new(),
                published: published.parse().ok(),
            },
            text: text.into(),
        }
    }

    fn extract_text(text: &str) -> Vec<Event> {
        Extractor::default()
            .extract_article(&article(text, "2022-03-10"))
            .into_iter()
            .map(|c| c.event)
            .collect()
    }

    #[test]
    fn a_dated_statement_absorbs_the_undated_event_it_reports() {
        let ev = extract_text(
            "A rebel spokesman said on Tuesday that Mosul had been captured by his fighters.",
        );
        assert_eq!(ev.len(), 1, "{ev:#?}");
        assert_eq!(ev[0].kind.as_deref(), Some("statement"));
        assert_eq!(ev[0].date.to_string(), "2022-03-08");
        // What is said keeps its own event when the text dates it separately.
        let ev = extract_text(
            "The ministry said on Tuesday that troops withdrew from Kherson on Friday.",
        );
        assert_eq!(ev.len(), 2, "{ev:#?}");
    }

    #[test]
    fn gapped_triggers_modals_and_cues_after_the_trigger() {
        let ev = extract_text(
            "Taliban fighters have been taking dozens of districts from the army in Kandahar.",
        );
        assert_eq!(ev.len(), 1, "{ev:#?}");
        assert_eq!(ev[0].kind.as_deref(), Some("fall"));
        assert!(ev[0].status.is_factual());
        // An obligation is not a fact.
        let ev = extract_text(
            "The envoy told the Taliban on Monday that the embassy in Kabul must remain open.",
        );
        assert!(
            ev.iter()
                .all(|e| e.kind.as_deref() != Some("reopening") || !e.status.is_factual()),
            "{ev:#?}"
        );
        // "a statement to be issued": planned.
        let ev =
            extract_text("In Doha, a joint statement to be issued on Friday sets out the terms.");
        assert!(
            ev.iter()
                .any(|e| e.kind.as_deref() == Some("statement") && e.status == Status::Planned),
            "{ev:#?}"
        );
    }

    #[test]
    fn titles_on_unseen_news() {
        let t = |s: &str| {
            extract_text(s)
                .into_iter()
                .map(|e| e.title)
                .collect::<Vec<_>>()
        };
        // Counts and demonyms are plural; "at least" stays whole.
        assert_eq!(
            t("At least 82 were killed in Kabul on Saturday."),
            ["At least 82 are killed in Kabul"]
        );
        assert_eq!(
            t("Other Americans in Kabul were urged to leave on Sunday."),
            ["Other Americans in Kabul are urged to leave"]
        );
        // A date between subject and verb does not hide the subject.
        assert_eq!(
            t("Bombings at the embassy in Kabul, on Aug. 7 killed 258 people."),
            ["Bombings at the embassy in Kabul kill 258 people"]
        );
        // The relative pronoun stands for the noun before it.
        assert_eq!(
            t(
                "She laid a wreath by the crater left by the Kabul blast that killed 10 people on Friday."
            ),
            ["The Kabul blast kills 10 people"]
        );
        // "those killed" names people, not an event.
        assert!(t("Of those killed in Kabul on Friday, most were Afghans.").is_empty());
        // A saying with nothing said, or only a pronoun, is no event; a colon leads to it.
        assert!(t("Taliban spokesman Zabihullah Mujahid said on Friday.").is_empty());
        assert!(t("The Taliban said it on Friday.").is_empty());
        assert_eq!(
            t("The embassy in Kabul stated on Monday: \"All staff must leave now.\""),
            ["The embassy in Kabul states all staff must leave"]
        );
        // Sources and kinds of things are not events.
        assert!(
            t("According to a statement by the Taliban on Friday, talks resume.")
                .iter()
                .all(|x| !x.contains("statement"))
        );
        assert!(t("Such a decision by the Taliban on Friday would surprise no one.").is_empty());
        // What was said comes first.
        assert_eq!(
            t("The Taliban had the right to enter Kabul, a spokesman said Friday."),
            ["A spokesman says the Taliban had the right to enter Kabul"]
        );
    }

    #[test]
    fn drawdown_news_vocabulary_and_coordinated_clauses() {
        let ev = extract_text(
            "Taliban fighters entered Kabul on Sunday and President Ashraf Ghani fled the country.\n\n\
             The U.S. embassy destroyed sensitive documents and lowered its flag on Sunday.\n\n\
             The United States handed over Bagram Airfield to Afghan forces on July 2.",
        );
        let titles: Vec<&str> = ev.iter().map(|e| e.title.as_str()).collect();
        assert!(
            titles.contains(&"Taliban fighters enter Kabul"),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"President Ashraf Ghani flees the country"),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"The U.S. embassy destroys sensitive documents"),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"The United States hands over Bagram Airfield to Afghan forces"),
            "{titles:?}"
        );
        // "Herat and Kandahar fell": one clause, the "and" opens no new subject with a verb.
        let ev = extract_text("Herat and Kandahar fell to the Taliban on Friday.");
        assert_eq!(ev.len(), 1, "{ev:#?}");
    }

    #[test]
    fn a_wire_story_reads_as_headlines() {
        let ev = extract_text(
            "WASHINGTON (AP) \u{2014} The State Department on Tuesday ordered most staff at the U.S. Embassy in Kabul to leave Afghanistan, as the Taliban closed in on the capital.\n\n\
             About 3,000 U.S. troops will be sent to Kabul's airport, Pentagon spokesman John Kirby said Thursday.\n\n\
             The Taliban captured Mazar-i-Sharif on Saturday, the last major city in the north to fall.\n\n\
             If the Taliban attack the capital, the embassy could close within days, officials warned.\n\n\
             President Joe Biden had said in July that a Taliban takeover in Kabul was not inevitable.",
        );
        let titles: Vec<&str> = ev.iter().map(|e| e.title.as_str()).collect();
        for want in [
            "The State Department orders most staff at the U.S. Embassy in Kabul",
            "The Taliban closes in on the capital",
            "Pentagon spokesman John Kirby says about 3,000 U.S. troops will be sent",
            "The Taliban captures Mazar-i-Sharif",
            "The Taliban attack the capital",
            "President Joe Biden says a Taliban takeover in Kabul was not inevitable",
        ] {
            assert!(titles.contains(&want), "{want:?} not in {titles:?}");
        }
        // No closure from "closed in on", no event from "the last … to fall", and the
        // deployment is told once, by its dated attribution.
        assert_eq!(ev.len(), 6, "{titles:?}");
        let attack = ev
            .iter()
            .find(|e| e.title == "The Taliban attack the capital")
            .unwrap();
        assert_eq!(attack.status, Status::Hypothetical);
    }

    #[test]
    fn date_ranges_become_intervals() {
        let ev = extract_text(
            "Taliban and US envoys held talks in Doha on March 1-2.\n\n\
             The Taliban seized Kunduz between Monday and Wednesday, officials in Kabul said.\n\n\
             The Taliban took control of Herat from Feb. 9 to Feb. 12.",
        );
        let dates: Vec<String> = ev.iter().map(|e| e.date.to_string()).collect();
        assert!(
            dates.contains(&"2022-03-01/2022-03-02".to_string()),
            "{dates:?}"
        );
        assert!(
            dates.contains(&"2022-03-07/2022-03-09".to_string()),
            "{dates:?}"
        );
        assert!(
            dates.contains(&"2022-02-09/2022-02-12".to_string()),
            "{dates:?}"
        );
        assert!(ev.iter().all(|e| !e.title.ends_with("between")), "{ev:#?}");
    }

    #[test]
    fn plural_subjects_at_the_start_of_a_sentence() {
        let ev = extract_text("Envoys met in Doha on Tuesday.");
        assert_eq!(ev[0].title, "Envoys meet in Doha");
    }

    #[test]
    fn stances_past_occasions_and_statements_to_come() {
        // Rejecting an argument is a stance (a statement), which needs its own date.
        let ev = extract_text(
            "Officials in Kabul rejected such arguments, while Taliban fighters seized Kunduz on Sunday.",
        );
        assert!(
            ev.iter().all(|e| e.kind.as_deref() != Some("order")),
            "{ev:#?}"
        );
        // "America's last forced exit": another occasion, not a report.
        let ev =
            extract_text("The US should study America's last forced exit from a capital in Kabul.");
        assert!(ev.is_empty(), "{ev:#?}");
        // A statement still to come, dated by its sentence.
        let ev = extract_text(
            "Envoys met in Doha. A joint Taliban statement is to be issued after their last session Thursday.",
        );
        assert!(
            ev.iter()
                .any(|e| e.kind.as_deref() == Some("statement") && e.status == Status::Planned),
            "{ev:#?}"
        );
    }

    #[test]
    fn no_panic_on_odd_text() {
        let ex = Extractor::default();
        for t in [
            "",
            "?",
            "If.",
            "Kabul fell?!",
            "\u{0}\u{feff}é’s",
            "- - -\n\n",
            "On Monday",
        ] {
            let _ = ex.extract_article(&article(t, "2021-08-10"));
        }
    }
}
