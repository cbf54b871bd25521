//! The temporal tagger: TIMEX3 expressions (DATE, TIME, DURATION, SET) in English news,
//! normalized against the document's creation time (DCT).
//!
//! One pass over a token stream; at each token a small set of rules, driven by the word
//! lists in `temporal_data/lexicon.tsv`, tries to match the longest expression. Relative
//! expressions are resolved against the DCT; bare weekdays and months by the tense of their
//! clause (a small verb-group analysis of the words around them); anaphoric ones ("that
//! morning", "the next day") against the last date the text mentioned. Granularity follows the
//! text: "in April" is a month, never a day.

use super::wordhash::{HashMap, HashSet};
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

const LEXICON: &str = include_str!("temporal_data/lexicon.tsv");

/// Document creation time: a day, or a month when only the month is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dct {
    pub year: i32,
    pub month: u32,
    pub day: Option<u32>,
}

impl FromStr for Dct {
    type Err = String;
    /// `YYYY-MM-DD`, `YYYY-MM`, or `YYYY-MM-DDTHH:MM[:SS]` (the time is ignored).
    fn from_str(s: &str) -> Result<Dct, String> {
        let bad = || format!("expected a DCT like 2021-08-10 or 2024-07, found {s:?}");
        let date = s.trim().split('T').next().unwrap_or("");
        let parts: Vec<&str> = date.split('-').collect();
        let num = |p: &str| -> Result<u32, String> {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        match parts.as_slice() {
            [y, m] if y.len() == 4 => {
                let (y, m) = (num(y)? as i32, num(m)?);
                NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
                Ok(Dct {
                    year: y,
                    month: m,
                    day: None,
                })
            }
            [y, m, d] if y.len() == 4 => {
                let (y, m, d) = (num(y)? as i32, num(m)?, num(d)?);
                NaiveDate::from_ymd_opt(y, m, d).ok_or_else(bad)?;
                Ok(Dct {
                    year: y,
                    month: m,
                    day: Some(d),
                })
            }
            _ => Err(bad()),
        }
    }
}

impl Dct {
    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day?)
    }
}

/// TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression: byte range in the text, type, TIMEX3 value and modifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    kind: Tk,
    /// Lowercase text (ASCII-lowercased, so offsets are those of the original).
    low: &'a str,
    /// White space before the token.
    space: bool,
}

/// Tokens of `text`; `lower` is `text` ASCII-lowercased (same byte offsets).
fn tokenize<'a>(text: &str, lower: &'a str) -> Vec<Tok<'a>> {
    let b = text.as_bytes();
    // About one token in five bytes of news text.
    let mut out = Vec::with_capacity(b.len() / 5 + 1);
    let mut i = 0;
    let mut space = true;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii = true;
        let kind = if c.is_ascii_digit() {
            // Digits with inner commas ("2,500") form one number.
            let group_of_three = |k: usize| {
                k + 3 < b.len() + 1
                    && b.len() >= k + 4
                    && b[k + 1..k + 4].iter().all(u8::is_ascii_digit)
            };
            while i < b.len() && (b[i].is_ascii_digit() || (b[i] == b',' && group_of_three(i))) {
                i += 1;
            }
            Tk::Num
        } else if c.is_ascii_alphabetic() || c >= 0x80 {
            // Letters, ASCII or not; a character that is not a letter ("’" in "Sunday’s",
            // "“" before "Tomorrow") ends the word and is a token of its own.
            while i < b.len() {
                if b[i].is_ascii_alphabetic() {
                    i += 1;
                } else if b[i] >= 0x80
                    && let Some(ch) = text[i..].chars().next()
                    && ch.is_alphabetic()
                {
                    ascii = false;
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            if i == start {
                // A character of its own: a curly quote, a dash, a symbol.
                i += text[start..].chars().next().map_or(1, char::len_utf8);
                ascii = false;
                Tk::Punct
            } else {
                Tk::Word
            }
        } else {
            i += 1;
            Tk::Punct
        };
        // Guard: never split a UTF-8 sequence (a run of letters takes every non-ASCII byte
        // after it, so only a run with such bytes can need it).
        while !ascii && i < b.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        let s = &text[start..i];
        // (An ASCII run of letters is a word; only a run with other characters is checked.)
        let is_word = kind == Tk::Word && (ascii || s.chars().all(char::is_alphabetic));
        out.push(Tok {
            start,
            end: i,
            kind: if kind == Tk::Word && !is_word {
                Tk::Punct
            } else {
                kind
            },
            // (Curly quotes read as straight ones: "New Year’s Day", “Today”.)
            low: match s {
                "\u{2019}" | "\u{2018}" => "'",
                "\u{201c}" | "\u{201d}" => "\"",
                _ => &lower[start..i],
            },
            space,
        });
        space = false;
    }
    out
}

/// How far back (in bytes) a time of day ("5 p.m.", "noon", "six o'clock") looks for
/// the day it is on.
const CLOCK_WINDOW: usize = 200;
/// How far back a time with no day near looks for the day its story is on: a day long past
/// or of the past week in a past clause, a day ahead in a future one.
const STORY_WINDOW: usize = 700;
/// A past clause's time of day goes on with a day told up to this many days before the DCT.
const CLOCK_DAYS: i64 = 7;

/// The word lists, parsed once.
#[derive(Debug, Default)]
struct Lexicon {
    month: HashMap<String, u32>,
    weekday: HashMap<String, u32>,
    number: HashMap<String, Option<u32>>,
    ordinal: HashMap<String, u32>,
    unit: HashMap<String, &'static str>,
    season: HashMap<String, &'static str>,
    part: HashMap<String, &'static str>,
    named: Vec<(Vec<String>, String)>,
    set: HashMap<String, String>,
    approx: Vec<(Vec<String>, &'static str)>,
    /// Verb-group classes of words (`FUTURE`, `PAST`, …), one lookup per word.
    verb_class: HashMap<String, u8>,
    refs: Vec<(Vec<String>, String)>,
    holidays: Vec<(Vec<String>, Holiday)>,
    /// The first words of the holidays' names, to pass over other words at once.
    holiday_first: HashSet<String>,
    /// Nouns a season word modifies without naming a time: "winter storm", "spring training".
    season_noun: HashSet<String>,
    /// Units of measure before "a"/"per" + a time unit make a rate: "145 miles an hour".
    measure: HashSet<String>,
    /// The Lunar New Year of each year of the table (the first day of the Chinese calendar).
    lunar: Vec<(i32, NaiveDate)>,
    /// Feasts of the Islamic, Hebrew and Hindu calendars and their days, from the `feast`
    /// table (kinds as in `FEASTS`).
    feasts: Vec<(u8, NaiveDate)>,
    /// Words by the groups that describe a sentence or a number's use: `GAME`, `MONEY`,
    /// `WEATHER`, `STREET`, `LABEL` bits.
    groups: HashMap<String, u32>,
}

/// Word groups of the lexicon (category `group`): a game is told ("scored", "halftime"), money
/// is ("profit", "revenue"), weather is ("highs", "degrees"), a street ("Ave"), a label before a
/// number that names a thing ("Post 1623", "House Bill 1801"); the small lists of the tense,
/// name and year rules after them (described in lexicon.tsv).
const GAME: u32 = 1;
const MONEY: u32 = 2;
const WEATHER: u32 = 4;
const STREET: u32 = 8;
const LABEL: u32 = 16;
const DIRECTIVE: u32 = 32;
const KIN: u32 = 64;
const EVENT: u32 = 128;
const ACCOUNTS: u32 = 256;
const FIGURES: u32 = 512;
const PRESENT: u32 = 1024;
const SAYING: u32 = 2048;
const WARNING: u32 = 4096;
const BUDGET: u32 = 8192;
const COMMODITY: u32 = 16384;
const DELIVERY: u32 = 1 << 15;
const OPENER: u32 = 1 << 16;
const SPAN: u32 = 1 << 17;
const HABIT: u32 = 1 << 18;
const TITLE: u32 = 1 << 19;
const DAYNAME: u32 = 1 << 20;
const MEASURE: u32 = 1 << 21;
const FESTIVE: u32 = 1 << 22;
const FUNCTION: u32 = 1 << 23;
const MOVE: u32 = 1 << 24;
const PAY: u32 = 1 << 25;

const FUTURE: u8 = 1;
const PAST: u8 = 2;
const NOT_VERB: u8 = 4;
const PLAN: u8 = 8;
const NOT_PAST: u8 = 16;
const DEFER: u8 = 32;
const SCHEDULE: u8 = 64;
const BARE_PAST: u8 = 128;

impl Lexicon {
    fn class(&self, w: &str) -> u8 {
        self.verb_class.get(w).copied().unwrap_or(0)
    }
}

/// When a holiday falls in a given year: a fixed day ("12-25"), the n-th weekday of a month
/// ("11:4:4", the fourth Thursday of November; "5:1:-1", the last Monday of May; "11:1:1+1",
/// the day after the first Monday of November), or Easter and days around it ("easter-2").
#[derive(Debug, Clone, Copy)]
enum Holiday {
    Fixed(u32, u32),
    Nth {
        month: u32,
        weekday: u32,
        n: i32,
        plus: i64,
    },
    Easter(i64),
    /// Days after the Lunar New Year (Spring Festival), from the lexicon's `lunar` table.
    Lunar(i64),
    /// A feast of a lunar or lunisolar calendar (the first of Ramadan, Eid al-Fitr, Diwali,
    /// Yom Kippur …; an index into `FEASTS`), from the lexicon's `feast` table.
    Feast(u8),
}

/// The feasts of the lexicon's `feast` table, by the names its rows and rules use.
const FEASTS: [&str; 8] = [
    "ramadan",
    "fitr",
    "adha",
    "diwali",
    "roshhashanah",
    "yomkippur",
    "passover",
    "hanukkah",
];
/// Ramadan's place in `FEASTS` (a month, not a day: see `holiday`).
const RAMADAN: u8 = 0;

impl Holiday {
    fn parse(rule: &str) -> Option<Holiday> {
        if let Some(kind) = rule.strip_prefix("feast:") {
            return Some(Holiday::Feast(feast_kind(kind)?));
        }
        if let Some(rest) = rule.strip_prefix("lunar") {
            let off = if rest.is_empty() {
                0
            } else {
                rest.parse().ok()?
            };
            return Some(Holiday::Lunar(off));
        }
        if let Some(rest) = rule.strip_prefix("easter") {
            let off = if rest.is_empty() {
                0
            } else {
                rest.parse().ok()?
            };
            return Some(Holiday::Easter(off));
        }
        if !rule.contains(':')
            && let Some((m, d)) = rule.split_once('-')
        {
            return Some(Holiday::Fixed(m.parse().ok()?, d.parse().ok()?));
        }
        let (main, plus) = match rule.split_once('+') {
            Some((a, b)) => (a, b.parse().ok()?),
            None => (rule, 0),
        };
        let mut it = main.split(':');
        let month = it.next()?.parse().ok()?;
        let weekday = it.next()?.parse().ok()?;
        let n = it.next()?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=7).contains(&weekday) && n != 0).then_some(
            Holiday::Nth {
                month,
                weekday,
                n,
                plus,
            },
        )
    }

    /// The day in year `y`; `lunar` is the lexicon's table of Lunar New Years.
    fn in_year(
        self,
        y: i32,
        lunar: &[(i32, NaiveDate)],
        feasts: &[(u8, NaiveDate)],
    ) -> Option<NaiveDate> {
        match self {
            // (Some years hold two: the first one.)
            Holiday::Feast(kind) => feasts
                .iter()
                .find(|(k, day)| *k == kind && day.year() == y)
                .map(|x| x.1),
            Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
            Holiday::Nth {
                month,
                weekday,
                n,
                plus,
            } => {
                let wd = Weekday::try_from((weekday - 1) as u8).ok()?;
                let day = if n > 0 {
                    NaiveDate::from_weekday_of_month_opt(y, month, wd, n as u8)?
                } else {
                    let (ny, nm) = if month == 12 {
                        (y + 1, 1)
                    } else {
                        (y, month + 1)
                    };
                    let mut d = NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()?;
                    while d.weekday() != wd {
                        d = d.pred_opt()?;
                    }
                    d
                };
                day.checked_add_signed(Duration::days(plus))
            }
            Holiday::Lunar(off) => lunar
                .iter()
                .find(|(year, _)| *year == y)?
                .1
                .checked_add_signed(Duration::days(off)),
            Holiday::Easter(off) => {
                // Anonymous Gregorian computus.
                let a = y % 19;
                let b = y / 100;
                let c = y % 100;
                let d = b / 4;
                let e = b % 4;
                let f = (b + 8) / 25;
                let g = (b - f + 1) / 3;
                let h = (19 * a + b - d - g + 15) % 30;
                let i = c / 4;
                let k = c % 4;
                let l = (32 + 2 * e + 2 * i - h - k) % 7;
                let m = (a + 11 * h + 22 * l) / 451;
                let month = (h + l - 7 * m + 114) / 31;
                let day = (h + l - 7 * m + 114) % 31 + 1;
                NaiveDate::from_ymd_opt(y, month as u32, day as u32)?
                    .checked_add_signed(Duration::days(off))
            }
        }
    }
}

fn intern(s: &str) -> &'static str {
    // The lexicon is parsed once per Tagger; the few distinct codes are leaked on purpose
    // so `Timex::modifier` can stay `&'static str`.
    const KNOWN: &[&str] = &[
        "Y",
        "M",
        "W",
        "D",
        "H",
        "MIN",
        "S",
        "DE",
        "CE",
        "WE",
        "FN",
        "Q",
        "SP",
        "SU",
        "FA",
        "WI",
        "MO",
        "AF",
        "EV",
        "NI",
        "APPROX",
        "MORE_THAN",
        "LESS_THAN",
        "EQUAL_OR_MORE",
        "EQUAL_OR_LESS",
    ];
    KNOWN
        .iter()
        .find(|k| **k == s)
        .copied()
        .unwrap_or_else(|| Box::leak(s.to_string().into_boxed_str()))
}

impl Lexicon {
    /// Whether word `w` belongs to the group `bit` (`GAME`, `MONEY`, …).
    fn in_group(&self, w: &str, bit: u32) -> bool {
        self.groups.get(w).is_some_and(|g| g & bit != 0)
    }

    fn parse(text: &str) -> Result<Lexicon, String> {
        let mut lx = Lexicon::default();
        for (no, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [cat, word, value] = cols[..] else {
                return Err(format!("lexicon.tsv:{}: expected 3 columns", no + 1));
            };
            let w = word.to_string();
            let words = || word.split(' ').map(str::to_string).collect::<Vec<_>>();
            let n = || {
                value
                    .parse::<u32>()
                    .map_err(|_| format!("lexicon.tsv:{}: bad number {value:?}", no + 1))
            };
            match cat {
                "month" => drop(lx.month.insert(w, n()?)),
                "weekday" => drop(lx.weekday.insert(w, n()?)),
                "number" => drop(
                    lx.number
                        .insert(w, if value == "X" { None } else { Some(n()?) }),
                ),
                "ordinal" => drop(lx.ordinal.insert(w, n()?)),
                "unit" => drop(lx.unit.insert(w, intern(value))),
                "season" => drop(lx.season.insert(w, intern(value))),
                "part" => drop(lx.part.insert(w, intern(value))),
                "named" => lx.named.push((words(), value.to_string())),
                "set" => drop(lx.set.insert(w, value.to_string())),
                "approx" => lx.approx.push((words(), intern(value))),
                "past" => *lx.verb_class.entry(w).or_default() |= PAST,
                "future" => *lx.verb_class.entry(w).or_default() |= FUTURE,
                "notverb" => *lx.verb_class.entry(w).or_default() |= NOT_VERB,
                "plan" => *lx.verb_class.entry(w).or_default() |= PLAN,
                "notpast" => *lx.verb_class.entry(w).or_default() |= NOT_PAST,
                "defer" => *lx.verb_class.entry(w).or_default() |= DEFER,
                "schedule" => *lx.verb_class.entry(w).or_default() |= SCHEDULE,
                "bare" => *lx.verb_class.entry(w).or_default() |= BARE_PAST,
                "seasonnoun" => drop(lx.season_noun.insert(w)),
                "measure" => drop(lx.measure.insert(w)),
                "ref" => lx.refs.push((words(), value.to_string())),
                "lunar" => {
                    let year: i32 = word
                        .parse()
                        .ok()
                        .ok_or_else(|| format!("lexicon.tsv:{}: bad year {word:?}", no + 1))?;
                    let day = value
                        .split_once('-')
                        .and_then(|(m, d)| {
                            NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
                        })
                        .ok_or_else(|| format!("lexicon.tsv:{}: bad day {value:?}", no + 1))?;
                    lx.lunar.push((year, day));
                }
                "feast" => {
                    let kind = feast_kind(word)
                        .ok_or_else(|| format!("lexicon.tsv:{}: bad feast {word:?}", no + 1))?;
                    let day = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                        .map_err(|_| format!("lexicon.tsv:{}: bad day {value:?}", no + 1))?;
                    lx.feasts.push((kind, day));
                }
                "group" => {
                    let bit = match value {
                        "game" => GAME,
                        "money" => MONEY,
                        "weather" => WEATHER,
                        "street" => STREET,
                        "label" => LABEL,
                        "directive" => DIRECTIVE,
                        "kin" => KIN,
                        "event" => EVENT,
                        "accounts" => ACCOUNTS,
                        "figures" => FIGURES,
                        "present" => PRESENT,
                        "saying" => SAYING,
                        "warning" => WARNING,
                        "budget" => BUDGET,
                        "commodity" => COMMODITY,
                        "delivery" => DELIVERY,
                        "opener" => OPENER,
                        "span" => SPAN,
                        "habit" => HABIT,
                        "title" => TITLE,
                        "dayname" => DAYNAME,
                        "measure" => MEASURE,
                        "festive" => FESTIVE,
                        "function" => FUNCTION,
                        "move" => MOVE,
                        "pay" => PAY,
                        _ => return Err(format!("lexicon.tsv:{}: bad group {value:?}", no + 1)),
                    };
                    *lx.groups.entry(w).or_default() |= bit;
                }
                "holiday" => {
                    let rule = Holiday::parse(value).ok_or_else(|| {
                        format!("lexicon.tsv:{}: bad holiday rule {value:?}", no + 1)
                    })?;
                    lx.holidays.push((words(), rule))
                }
                other => {
                    return Err(format!(
                        "lexicon.tsv:{}: unknown category {other:?}",
                        no + 1
                    ));
                }
            }
        }
        lx.approx.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
        lx.refs.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
        lx.holidays.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
        lx.holiday_first = lx.holidays.iter().map(|(w, _)| w[0].clone()).collect();
        Ok(lx)
    }
}

/// The words that can start an expression, with a filter in front of the table: for each
/// first letter, the lengths its words have. Most words of a text fail the filter and are
/// never hashed.
#[derive(Debug)]
struct Starters {
    words: HashSet<String>,
    /// Bit `n` of entry `c` is set when a word of length `n` starts with letter `c`.
    shapes: [u64; 26],
}

impl Starters {
    fn new(words: HashSet<String>) -> Starters {
        let mut shapes = [0u64; 26];
        for w in &words {
            if let Some(c) = Self::slot(w) {
                shapes[c] |= 1 << w.len();
            }
        }
        Starters { words, shapes }
    }

    /// The filter's entry for `w`: words of a lowercase ASCII letter and under 64 bytes.
    fn slot(w: &str) -> Option<usize> {
        let c = *w.as_bytes().first()?;
        (c.is_ascii_lowercase() && w.len() < 64).then(|| usize::from(c - b'a'))
    }

    fn contains(&self, w: &str) -> bool {
        match Self::slot(w) {
            Some(c) if self.shapes[c] & (1 << w.len()) == 0 => false,
            _ => self.words.contains(w),
        }
    }
}

/// The tagger. Build once, share between threads.
pub struct Tagger {
    lx: Lexicon,
    /// Every word that can start an expression; others are skipped at once.
    starters: Starters,
}

impl Default for Tagger {
    fn default() -> Self {
        Tagger::new()
    }
}

/// A match of a rule: tokens `[i, end)`, and what they mean.
#[derive(Debug, Clone)]
struct M {
    end: usize,
    kind: TimexType,
    value: String,
    modifier: Option<&'static str>,
}

fn m(end: usize, kind: TimexType, value: String) -> Option<M> {
    Some(M {
        end,
        kind,
        value,
        modifier: None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// How far (bytes) a story's year long past reaches over the dates after it.
const NARRATIVE_REACH: usize = 1500;
/// A date of a past clause this many days or more before the DCT may belong to a story long
/// past; a recent one is news ("reopened on Dec. 12" in January).
const NARRATIVE_AGE_DAYS: i64 = 120;
fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn shift_month(y: i32, m: u32, by: i32) -> (i32, u32) {
    let t = y * 12 + m as i32 - 1 + by;
    (t.div_euclid(12), (t.rem_euclid(12) + 1) as u32)
}

/// Per-document state while tagging.
struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok<'a>>,
    /// Where the first line ends (the text's length when it has one line): a headline's
    /// bound, asked by every tense cue after a plural subject.
    first_break: usize,
    dct: Option<Dct>,
    /// Last day-precise date mentioned, for anaphora.
    last_day: Option<NaiveDate>,
    /// Last quarter mentioned ("the quarter" refers back to it), and where it ended.
    last_quarter: Option<(i32, u32)>,
    last_quarter_at: usize,
    /// Year of the last calendar date mentioned at any precision ("later that year").
    last_year: Option<i32>,
    /// Year of the last date mentioned that lies before the DCT's year.
    last_past_year: Option<i32>,
    /// The last year written out as a number ("in 1973"), and where it ended.
    written_year: Option<(i32, usize)>,
    /// Whether that year was told by a season ("Last fall"), which dates only the rest of
    /// its sentence.
    written_by_season: bool,
    /// The year heading the current line of a chronology ("1996: The Taliban seize Kabul in
    /// September"), and where it ended: months and days on that line are that year's.
    story_year: Option<(i32, usize)>,
    /// A year named on its own ("Last year", "in 2015") and where it ends: a date without a
    /// year later in the same sentence is of that year.
    sentence_year: Option<(i32, usize)>,
    /// A year two or more before the DCT's, written as the time of what is told ("in the
    /// summer of 1957", "On July 9, 1965"; not "a 2009 conviction"), and where it ended, until
    /// a date of the DCT's time is told: the year of a story long past.
    narrative: Option<(i32, usize)>,
    /// The last date mentioned, when it is before the DCT and of month precision or finer
    /// ("on April 14, 2021", "in April 2021"), and where it ended: a plan told then in its
    /// sentence ("announced that the troops would leave by Sept. 11") is dated from it.
    anchor: Option<(NaiveDate, usize)>,
    /// Byte offset where the last day-precise date ended (times nearby take its day).
    last_day_at: usize,
    /// The last clock time told, its day and hour, and where it ended: "arrived at 10:30
    /// p.m. … left shortly before 1 a.m." passes midnight.
    last_clock: Option<(NaiveDate, u32, usize)>,
    /// A day of the last week told as a week ("last week", "the week to May 21"), and where
    /// it ended: "the previous week" after it is the week before that one.
    last_week: Option<(NaiveDate, usize)>,
    /// The year of the event a retrospective looks back on, from its headline and lead
    /// ("Thirty years after the levee broke", "A quarter-century after Pinatubo", "the 50th
    /// anniversary"): its bare past dates and the weekdays around them are that year's.
    /// Whether it says the days are the DCT's own of that year ("Ten years ago this week",
    /// "Twenty years ago this month", "Ten years ago Saturday").
    anniversary: Option<(i32, bool)>,
    /// Every day-precise date told so far, in order: "that Friday" is the last Friday told.
    days_told: Vec<NaiveDate>,
    /// Whether that date was told at a morning hour ("early this morning", "1 a.m. on June
    /// 13"): a midnight passed after it began that day, not the next.
    last_day_morning: bool,
    /// Whether that day was told as its night ("By Monday night").
    last_day_night: bool,
    /// Whether that day was told at noon or later ("noon Wednesday", "Tuesday afternoon").
    last_day_afternoon: bool,
    /// The last day told as its evening or night ("Friday night", "Sunday evening"), and
    /// where it ended.
    last_night: Option<(NaiveDate, usize)>,
    /// Whether that day dates a report of the story ("officials said Friday") rather than
    /// a thing in it.
    last_day_report: bool,
    /// The last day told of a thing in the story (not of a report), and where it ended.
    event_day: Option<(NaiveDate, usize)>,
    /// The days told that were not after the DCT: each with where it ended and its token.
    /// (Whether one stands in a quote is asked only when it is needed, see `past_day`.)
    past_days: Vec<(NaiveDate, usize, usize)>,
    /// Year and month of the last date mentioned at month precision or finer ("in March …
    /// the following month").
    last_month: Option<(i32, u32)>,
    /// Where the last date of month precision ended ("prices rose in December from a year
    /// earlier" compares with that month).
    last_month_at: usize,
    /// The last date told at year precision ("this year", "2012") and where it ended: "So
    /// far this year, 41 deals … compared with 37 in the same period a year earlier".
    year_only: Option<(i32, usize)>,
    /// Whether the last date told at month precision or finer was a month with its year
    /// written ("in March 2010", not "since April 2008"): "hired in March 2010 … fired a year
    /// earlier" counts from it when no day was told after it.
    last_month_written: bool,
    /// Month words the text uses as surnames ("Theresa May"), found on first need.
    surnames: std::cell::OnceCell<Vec<String>>,
    /// Whether the text is a sports story (words of games throughout), found on first need.
    game_story: std::cell::OnceCell<bool>,
    /// Whether the text is wrapped at a fixed width (a line break may fall inside a
    /// sentence), found on first need.
    wrapped: std::cell::OnceCell<bool>,
    /// The weekdays resolved so far: where the weekday's word starts, the tense its clause
    /// gave, and its day ahead (for a text that looks ahead throughout, `week_ahead`).
    weekdays: std::cell::RefCell<Vec<(usize, Tense, NaiveDate)>>,
}

impl Doc<'_> {
    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.low)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    fn adjacent(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }

    fn num(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != Tk::Num || t.low.len() > 9 || t.low.as_bytes().contains(&b',') {
            return None;
        }
        t.low.parse().ok()
    }

    /// The tense of the clause around token `i`: the nearest tense cue within the sentence,
    /// looking a few words both ways.
    fn tense(&self, lx: &Lexicon, i: usize, end: usize) -> Tense {
        self.tense_dir(lx, i, end, true)
    }

    /// Whether the expression at token `i` is a deadline: "until March 6", "by mid-May",
    /// "effective Feb. 1". A deadline lies ahead of the clause that sets it. ("Through
    /// January" is not one: "sales rose through January".)
    fn deadline(&self, i: usize) -> bool {
        let mut k = i;
        // "until 8 p.m. Thursday": the clock time before the day belongs to the deadline.
        while k > 0
            && (matches!(self.w(k - 1), "mid" | "-" | "early" | "late")
                || (i - k < 8 && self.clock_word(k - 1))
                // ("until 00:01 on Tuesday": the clock time told before its day.)
                || (k == i
                    && k > 2
                    && self.is(k - 1, "on")
                    // (A weekday: "did not reach a ward until 4.15am on 16 January" is
                    // no deadline.)
                    && self.w(i).ends_with("day")
                    && {
                    let c = if self.is(k - 2, ".") { k - 3 } else { k - 2 };
                    self.toks[c].kind == Tk::Num
                        || matches!(self.w(c), "m" | "am" | "pm" | "noon" | "midnight")
                        || self.is_zone(c)
                }))
        {
            k -= 1;
        }
        // "halted production until at least Monday".
        if k >= 2 && self.w(k - 1) == "least" && self.w(k - 2) == "at" {
            k -= 2;
        }
        // "by the end of March", "until the middle of next week".
        if k >= 3
            && self.w(k - 1) == "of"
            && matches!(self.w(k - 2), "end" | "middle" | "start" | "beginning")
            && self.w(k - 3) == "the"
        {
            k -= 3;
        }
        // "By April 1, when the snowpack peaks, it held half the water": a frame for a
        // sentence in the past, not a deadline set ahead.
        let opens_sentence = k >= 1
            && self.w(k - 1) == "by"
            && (k == 1 || matches!(self.w(k - 2), "." | "\"" | ";" | ":"))
            && self.toks[i..(i + 8).min(self.toks.len())]
                .iter()
                .any(|t| t.low == ",");
        if opens_sentence {
            return false;
        }
        // "until", "by", and "a deadline of noon Sunday", "the deadline Friday".
        let bound = |k: usize| {
            matches!(
                self.w(k),
                "until"
                    | "till"
                    | "by"
                    | "effective"
                    | "deadline"
                    | "ending"
                    | "starting"
                    | "beginning"
                    | "past"
            ) || (matches!(self.w(k), "of" | "on") && k > 0 && self.w(k - 1) == "deadline")
                // "set a provisional trial date of 9 September": a date appointed.
                || (self.w(k) == "of"
                    && k > 1
                    && self.w(k - 1) == "date"
                    && matches!(
                        self.w(k - 2),
                        "trial" | "hearing" | "target" | "start" | "launch" | "release"
                            | "provisional" | "tentative" | "new"
                    ))
                // "between now and the end of September".
                || (self.w(k) == "and"
                    && k > 1
                    && self.w(k - 1) == "now"
                    && self.w(k - 2) == "between")
        };
        // "until later this month or early March": the second of a pair shares the bound.
        let paired = k > 2
            && matches!(self.w(k - 1), "or" | "and")
            && (2..=7)
                .take_while(|&b| b <= k && !matches!(self.w(k - b), "." | ";" | ","))
                .any(|b| bound(k - b));
        // ("set Monday strike deadline", "a Friday deadline": a day naming a deadline; not
        // "by the Tuesday deadline", one already set, which may have passed.)
        let names_deadline = !(i > 0 && matches!(self.w(i - 1), "the" | "s" | "its" | "their"))
            && matches!(
                self.w(i),
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
            && (self.is(i + 1, "deadline")
                || (self.is(i + 2, "deadline")
                    && self.toks.get(i + 1).is_some_and(|t| t.kind == Tk::Word)
                    && !self.capitalized(i + 1)));
        self.bound_ahead(k) || (k > 0 && bound(k - 1)) || paired || names_deadline
    }

    /// Whether the past form at token `k` is the verb of a clause of time ("as it crossed",
    /// "when they reached") under a future told in the past: "would strengthen as it
    /// crossed the Rockies", "was likely to weaken as it crossed the Ohio Valley".
    fn backshifted_time_clause(&self, lx: &Lexicon, k: usize) -> bool {
        let w = self.w(k);
        if !(w.len() > 3 && w.ends_with("ed") || lx.class(w) & PAST != 0)
            || lx.class(w) & (FUTURE | PLAN) != 0
            || matches!(w, "was" | "were" | "had" | "said" | "told")
            || lx.in_group(w, SAYING)
        {
            return false;
        }
        // The conjunction, then a short subject: "as it", "when the storm".
        let Some(c) = (2..=4).filter_map(|b| k.checked_sub(b)).find(|&c| {
            matches!(
                self.w(c),
                "as" | "when" | "once" | "until" | "till" | "before"
            )
        }) else {
            return false;
        };
        let subject = (c + 1..k).all(|q| {
            let x = self.w(q);
            self.toks[q].kind == Tk::Word
                && lx.class(x) & (PAST | FUTURE | BARE_PAST) == 0
                && !x.ends_with("ed")
                && !matches!(x, "is" | "are" | "be" | "been" | "has" | "have" | "not")
        }) && matches!(
            self.w(c + 1),
            "it" | "they" | "he" | "she" | "we" | "the" | "its" | "their"
        );
        if !subject || c < 2 {
            return false;
        }
        // The clause it hangs on: a "would" or a "likely to" just before, in the sentence.
        // ("had been widely expected to order strikes until he announced on Saturday": a
        // plan as it stood, which the clause of time ended.)
        (c.saturating_sub(8)..c)
            .rev()
            .take_while(|&q| {
                !matches!(
                    self.w(q),
                    "." | ";" | "," | "said" | "says" | "told" | "had" | "been"
                )
            })
            .any(|q| {
                self.is(q, "would")
                    || self.is(q, "to")
                        && q > 0
                        && matches!(
                            self.w(q - 1),
                            "likely" | "expected" | "forecast" | "predicted" | "set" | "poised"
                        )
            })
    }

    /// Whether token `k` can be part of a clock time with its zone: a number, its colon or
    /// dots, "a.m."/"pm", "noon", "midnight", "GMT".
    fn clock_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.kind == Tk::Num
            || matches!(
                t.low,
                ":" | "." | "a" | "p" | "m" | "am" | "pm" | "noon" | "midnight"
            )
            || self.is_zone(k)
    }

    /// Whether the word of plan at token `k` tells the plan as it stood before: "had been
    /// scheduled to", "had hoped to have it by Christmas", "was originally scheduled for
    /// June". The date it named may lie on either side of the DCT.
    fn plan_as_it_stood(&self, k: usize) -> bool {
        // ("The vote, originally planned for Wednesday, was pushed back".)
        // (", first scheduled for Sunday and then for Monday, will instead convene".)
        if k >= 2
            && matches!(self.w(k - 1), "originally" | "initially" | "first")
            && self.is(k - 2, ",")
        {
            return true;
        }
        // ("It was supposed to return Sunday": a plan that may have failed.)
        if k >= 1 && self.w(k) == "supposed" && matches!(self.w(k - 1), "was" | "were") {
            return true;
        }
        (1..=3).any(|b| k.checked_sub(b).is_some_and(|p| self.w(p) == "had"))
            || (k >= 2
                && matches!(
                    self.w(k - 1),
                    "originally" | "initially" | "previously" | "once" | "first"
                )
                && matches!(self.w(k - 2), "was" | "were"))
    }

    /// Whether the expression at token `i` is the date of a plan told as it stood before
    /// ("Bids were due by 5 p.m. Thursday", "had been scheduled to rule by Dec. 28"): a
    /// bound of a plan that may have passed, on either side of the DCT.
    fn plan_then(&self, i: usize) -> bool {
        (1..=8)
            .take_while(|&b| i >= b && !matches!(self.w(i - b), "." | ";" | "\""))
            .map(|b| i - b)
            .any(|k| {
                let w = self.w(k);
                (matches!(w, "due" | "set") && k > 0 && matches!(self.w(k - 1), "was" | "were"))
                    || (matches!(
                        w,
                        "due"
                            | "scheduled"
                            | "expected"
                            | "planned"
                            | "slated"
                            | "set"
                            | "supposed"
                            | "hoped"
                            | "aimed"
                            | "intended"
                            | "wanted"
                    ) && self.plan_as_it_stood(k))
            })
    }

    /// "with snow forecast again for the weekend", "a warning valid from Friday morning":
    /// what is forecast for a time, or runs from it, lies ahead (token `i` starts the
    /// expression, or is the noun after its "the").
    fn forecast_for(&self, i: usize) -> bool {
        let i = if i > 0 && self.is(i - 1, "the") {
            i - 1
        } else {
            i
        };
        if i < 2 {
            return false;
        }
        let (p, mut p2) = (self.w(i - 1), self.w(i - 2));
        if matches!(p2, "again" | "also" | "now") && i >= 3 {
            p2 = self.w(i - 3);
        }
        (p == "for" && matches!(p2, "forecast" | "predicted" | "forecasted"))
            || (matches!(p, "from" | "until") && p2 == "valid")
            // ("More rain is forecast for the area over the weekend": past the place.)
            || matches!(p, "over" | "through" | "into" | "for" | "during" | "by" | "on")
                && (3..=8).any(|b| {
                    i.checked_sub(b).is_some_and(|q| {
                        q > 0
                            && matches!(self.w(q), "forecast" | "predicted" | "forecasted")
                            && matches!(self.w(q - 1), "is" | "are" | "again" | "also" | "now")
                            && (q + 1..i - 1).all(|x| {
                                self.toks[x].kind == Tk::Word
                                    && !matches!(self.w(x), "that" | "which" | "who" | "to")
                            })
                    })
                })
            // ("The forecast on Saturday called for clouds and showers in the New York area
            // Monday and Tuesday": what a forecast calls for lies ahead of it.)
            || (2..=14).any(|b| {
                i.checked_sub(b).is_some_and(|q| {
                    self.is(q, "called")
                        && self.is(q + 1, "for")
                        && (q.saturating_sub(8)..q)
                            .any(|x| matches!(self.w(x), "forecast" | "forecasts" | "outlook"))
                        && (q + 2..i).all(|x| {
                            !matches!(self.w(x), "." | ";" | "that" | "which" | "who" | "but")
                                && !self.w(x).ends_with("ed")
                        })
                })
            })
    }

    /// Whether the month at token `i` dates the figure a change is measured from: "down
    /// from 787 billion yuan in September", "up from 7.2 percent in March".
    /// Or the day: "down from 1.957% late Thursday".
    fn comparison_base(&self, i: usize) -> bool {
        let mut i = i;
        while i > 0 && matches!(self.w(i - 1), "late" | "early") {
            i -= 1;
        }
        // The amount ends before "in", or right before the date, where it must be a
        // price or a rate ("from 9am Thursday" is a clock time).
        let after = if i > 0 && self.is(i - 1, "in") {
            // ("to eight from 13 starting in April": a start, not the base's month.)
            if i < 2
                || self.toks[i - 2].kind == Tk::Punct
                || matches!(self.w(i - 2), "starting" | "beginning" | "effective")
            {
                return false;
            }
            i - 1
        } else {
            let money = |t: &Tok| {
                matches!(
                    t.low,
                    "%" | "$" | "percent" | "cents" | "points" | "billion" | "million"
                )
            };
            if i < 1
                || !(money(&self.toks[i - 1])
                    && self.toks[i.saturating_sub(4)..i].iter().any(money))
            {
                return false;
            }
            i
        };
        if after < 3 {
            return false;
        }
        // "from", an amount (a number and its unit words), then the date.
        (2..=6).any(|b| {
            after.checked_sub(b).is_some_and(|p| {
                self.is(p, "from")
                    && self.toks[p + 1..after].iter().any(|t| t.kind == Tk::Num)
                    && self.toks[p + 1..after].iter().all(|t| {
                        t.kind == Tk::Num
                            || matches!(t.low, "$" | "%" | "." | "," | "a" | "an" | "about")
                            || (t.kind == Tk::Word
                                && t.low.len() > 1
                                && !matches!(t.low, "the" | "in" | "to" | "and"))
                    })
            })
        })
    }

    /// "as early as Sunday", "as soon as Tuesday", "no earlier than August": a bound that
    /// lies ahead of the clause, even a past one ("officials said talks could take place as
    /// early as Sunday").
    fn bound_ahead(&self, k: usize) -> bool {
        // "not before Thursday at the earliest".
        (k >= 2 && self.w(k - 1) == "before" && matches!(self.w(k - 2), "not" | "no"))
            || k >= 3
                && ((self.w(k - 1) == "as"
                    && matches!(self.w(k - 2), "early" | "soon")
                    && self.w(k - 3) == "as")
                    || (self.w(k - 1) == "than"
                        && matches!(self.w(k - 2), "earlier" | "later" | "sooner")
                        && matches!(self.w(k - 3), "no" | "not")))
    }

    /// "ahead of the Labor Day holiday on Monday", "in advance of Tuesday's vote": the day
    /// lies after the clause, even a past one ("stocks rose ahead of the holiday on Monday").
    /// A clause of its own between dates the day by its own verb ("ahead of the date he set
    /// in April").
    /// ("running ahead of last year's pace by October", "ahead of forecasts in February": a
    /// comparison, or a bound of its own before the date, says nothing of when.)
    fn ahead_of(&self, k: usize) -> bool {
        if k > 0 && matches!(self.w(k - 1), "by" | "until" | "since" | "through" | "from") {
            return false;
        }
        (2..=8).any(|b| {
            k.checked_sub(b).is_some_and(|p| {
                matches!((self.w(p), self.w(p + 1)), ("ahead" | "advance", "of"))
                    && !(p + 2..k).any(|q| {
                        matches!(
                            self.w(q),
                            "schedule"
                                | "expectations"
                                | "forecast"
                                | "forecasts"
                                | "estimates"
                                | "pace"
                                | "plan"
                                | "target"
                                | "rivals"
                                | "competitors"
                        )
                    })
                    && !(p + 2..k).any(|q| {
                        matches!(
                            self.w(q),
                            "." | ";"
                                | ","
                                | "and"
                                | "he"
                                | "she"
                                | "they"
                                | "we"
                                | "i"
                                | "who"
                                | "which"
                                | "that"
                        )
                    })
            })
        })
    }

    /// A deadline set by a verb that moves something ahead: "postponed until Tuesday", "gave
    /// Cyprus until Monday", "extended the offer by a week". Such a deadline lies after the
    /// clause even when the clause is in the past.
    fn deferred(&self, lx: &Lexicon, i: usize) -> bool {
        if self.ahead_of(i) {
            return true;
        }
        // "said it would cut off funding unless a deal was in place by Monday": a deadline
        // in a condition of a future told in the past is ahead, its past a reported present.
        if i > 0 && matches!(self.w(i - 1), "by" | "until") {
            let stop = |q: usize| matches!(self.w(q), "." | ";" | "!" | "?");
            let cond = (i.saturating_sub(12)..i)
                .rev()
                .take_while(|&q| !stop(q))
                .find(|&q| matches!(self.w(q), "unless" | "if" | "once"));
            if let Some(q) = cond
                && (q.saturating_sub(20)..q)
                    .rev()
                    .take_while(|&p| !stop(p))
                    .any(|p| matches!(self.w(p), "would" | "will" | "could"))
            {
                return true;
            }
        }
        // "could take place as early as Sunday" lies ahead; "it started as early as
        // February" is told in the past and is past.
        if self.bound_ahead(i) {
            // The nearest verb before the bound decides: a modal or future looks ahead, a
            // plain past form does not.
            for b in 4..=12 {
                let Some(k) = i.checked_sub(b) else { break };
                let t = &self.toks[k];
                if matches!(t.low, "." | ";" | "!" | "?") {
                    break;
                }
                if t.kind != Tk::Word || matches!(t.low, "earlier" | "last" | "ago" | "been") {
                    continue;
                }
                if lx.class(t.low) & FUTURE != 0
                    || matches!(t.low, "could" | "can" | "may" | "might" | "should" | "must")
                {
                    return true;
                }
                if (lx.class(t.low) & PAST != 0 || (t.low.len() > 4 && t.low.ends_with("ed")))
                    && !matches!(t.low, "was" | "were" | "had" | "said" | "told")
                {
                    // ("would address the nation once a deal was reached, possibly as early
                    // as Sunday night": a past in a clause of condition or time says nothing
                    // of the bound.)
                    let subordinate = (k.saturating_sub(6)..k)
                        .rev()
                        .take_while(|&q| !matches!(self.w(q), "," | "." | ";"))
                        .any(|q| matches!(self.w(q), "once" | "when" | "if" | "until" | "unless"));
                    if subordinate {
                        continue;
                    }
                    return false;
                }
            }
            return true;
        }
        // "extended the loans through January" moves the end ahead as "until" does, and
        // "postponed to October 18", "has been set for June 7", "slipped into early May"
        // name the new date.
        // ("pushed back its forecast to early April": past the modifier.)
        let mut j = i;
        while j > 0 && matches!(self.w(j - 1), "early" | "late" | "mid" | "-") {
            j -= 1;
        }
        // ("rescheduled for 6 p.m. Tuesday", "moved to 4 p.m. Sunday": past the clock time
        // before the day.)
        let c = self.clock_before(j, 0);
        if c < j
            && c > 0
            && self.toks[c].kind == Tk::Num
            && (self.is(c - 1, "for")
                // (Not the end of a range: "restrictions from noon to 7 p.m. Saturday".)
                || self.is(c - 1, "to") && !(c.saturating_sub(8)..c).any(|q| self.is(q, "from")))
        {
            j = c;
        }
        // ("called a 60-hour strike from Sunday": the start ahead.)
        let new_date = j > 0 && matches!(self.w(j - 1), "through" | "to" | "for" | "from" | "into");
        if !(self.deadline(i) || new_date) {
            return false;
        }
        // ("A retrial scheduled for January was postponed twice": the plan as it stood, told
        // by the past verb after it.)
        if self
            .toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low, "was" | "were"))
            && (2..=4).any(|b| {
                i.checked_sub(b).is_some_and(|k| {
                    lx.class(self.toks[k].low) & DEFER != 0 && k > 0 && !auxiliary(self.w(k - 1))
                })
            })
        {
            return false;
        }
        // ("had been scheduled for 11 December": the plan as it stood, not a new date.)
        // ("a three-month extension to 31 January": a noun of deferral right before its
        // date; not "an extension that ran through Tuesday".)
        // ("has rescheduled the launch of its Delta IV Heavy rocket with a classified payload
        // for the National Reconnaissance Office for Thursday": a long object between.)
        let far = j > 0 && matches!(self.w(j - 1), "for" | "to" | "until");
        (2..=if far { 24 } else { 16 }).any(|b| {
            i.checked_sub(b).is_some_and(|k| {
                let t = &self.toks[k];
                let noun = matches!(t.low, "extension" | "postponement" | "adjournment");
                // ("A cold front moved through Saturday night": a motion, not a deferral.)
                let motion = matches!(t.low, "moved" | "pushed" | "brought" | "slipped")
                    && self.w(k + 1) == "through";
                // ("a relief fund set up by a local bank had raised $1 million by
                // Wednesday", "the strike, called off last week": a phrasal verb of another
                // sense.)
                // ("had been moved out of their homes by Monday evening": so is a move out;
                // not "moved up to Friday".)
                let phrasal = matches!(t.low, "set" | "called")
                    && matches!(
                        self.w(k + 1),
                        "up" | "out" | "aside" | "off" | "about" | "free" | "on"
                    )
                    || t.low == "moved" && matches!(self.w(k + 1), "out" | "in" | "away" | "home");
                // ("the session had been put back to Monday", "put off until June".)
                let put_off = t.low == "put" && matches!(self.w(k + 1), "back" | "off");
                // ("Trading was halted … and is expected to resume Monday, because markets
                // were closed for Good Friday": a clause of cause between has its own verb.)
                let other_clause = (k + 1..i).any(|q| {
                    self.is(q, "because") && !self.is(q + 1, "of")
                        || matches!(self.w(q), "whereas" | ";")
                });
                t.kind == Tk::Word
                    && (lx.class(t.low) & DEFER != 0 || put_off)
                    && !motion
                    && !phrasal
                    && !other_clause
                    // ("had been put back to Monday": a date moved is the new one, however
                    // far back the telling.)
                    && (put_off && !self.is(j - 1, "from")
                        || !self.is(j - 1, "from") && matches!(
                            t.low,
                            "postponed"
                                | "rescheduled"
                                | "moved"
                                | "pushed"
                                | "delayed"
                                | "adjourned"
                                | "deferred"
                        )
                        || !self.plan_as_it_stood(k))
                    && (!noun || b <= 3)
            }) && !(1..b).any(|c| {
                // (Not the dots of "10 a.m." before the day.)
                self.w(i - c) == ";" || self.w(i - c) == "." && !self.is_abbrev_dot(lx, i - c)
            })
        })
    }

    /// The tense from the words after the expression only: for an expression that modifies a
    /// noun ("Thursday's ruling"), the verb that follows is the one it belongs to.
    fn tense_after(&self, lx: &Lexicon, i: usize, end: usize) -> Tense {
        self.tense_dir(lx, i, end, false)
    }

    fn tense_dir(&self, lx: &Lexicon, i: usize, end: usize, look_back: bool) -> Tense {
        // "argued for waiting until December, when they will have more data": a time
        // described by what will happen then lies ahead, whatever the clause around it.
        if self.is(end, ",")
            && self.is(end + 1, "when")
            && (end + 2..(end + 6).min(self.toks.len()))
                .take_while(|&k| !matches!(self.w(k), "." | ";" | ","))
                .any(|k| matches!(self.w(k), "will" | "ll"))
        {
            return Tense::Future;
        }
        // ("could not go above the tree line until Thursday, when the weather briefly
        // cleared": and one described by what happened then lies behind.)
        if self.is(end, ",")
            && self.is(end + 1, "when")
            && (end + 2..(end + 7).min(self.toks.len()))
                .take_while(|&k| !matches!(self.w(k), "." | ";" | ","))
                .any(|k| {
                    let w = self.w(k);
                    // (A simple past of what happened, not a saying, a perfect or a
                    // pluperfect: "when Pollard said she would", "when the worst of it had
                    // moved offshore", "when commuters who have grown used".)
                    (lx.class(w) & PAST != 0 || w.len() > 4 && w.ends_with("ed"))
                        && lx.class(w) & (FUTURE | NOT_PAST) == 0
                        && !lx.in_group(w, SAYING)
                        && !matches!(w, "said" | "told" | "announced")
                        // (Not a name: "when the Fed says".)
                        && !self.capitalized(k)
                        && !(end + 2..k).any(|q| {
                            matches!(
                                self.w(q),
                                "is" | "are" | "be" | "been" | "have" | "has" | "had" | "ve"
                                    | "d" | "who" | "that" | "which"
                            )
                        })
                })
        {
            return Tense::Past;
        }
        // A full stop, a blank line (a headline or a paragraph has ended), or the start of
        // a list entry headed by a label ("29 March: UK leaves the EU").
        let sentence_break = |t: &Tok| {
            if t.kind == Tk::Punct && matches!(t.low, "." | "!" | "?" | ";") {
                return true;
            }
            let before = self.text[..t.start].trim_end_matches([' ', '\t', '\r']);
            before.ends_with("\n\n")
                || (before.ends_with('\n')
                    && self.text[t.start..]
                        .chars()
                        .take(24)
                        .take_while(|&c| c != '\n')
                        .any(|c| c == ':'))
        };
        // "Frederick County schools closed Tuesday as storm moves in": a headline's
        // participle is a passive present, not a past.
        let headline = if look_back { self.short_line(i) } else { None };
        let in_headline = headline.is_some();
        let prev_is_comma = |k: usize| k > 0 && self.toks[k - 1].low == ",";
        // A day after a bound ("voted to keep it open through Nov. 15").
        let bound_date = i > 0
            && matches!(
                self.w(i - 1),
                "through" | "until" | "till" | "by" | "from" | "starting" | "effective"
            );
        let cue = |k: usize| -> Option<Tense> {
            let t = &self.toks[k];
            if t.kind != Tk::Word {
                return None;
            }
            let w = t.low;
            // A past form or participle: "rebuilt", "announced".
            let past_form = || w.ends_with("ed") || lx.class(w) & PAST != 0;
            // ("The City Planning Commission on Wednesday approved": a word of the future
            // in a name is no verb.)
            if lx.class(w) & (FUTURE | PLAN) != 0
                && !in_headline
                && self.capitalized(k)
                && k > 0
                && self.toks[k - 1].kind == Tk::Word
            {
                return None;
            }
            // ("result seen by Friday": an irregular participle too.)
            if in_headline
                && ((w.ends_with("ed") && lx.class(w) & (PAST | FUTURE) == 0)
                    || (lx.class(w) & PAST != 0
                        && (w.ends_with('n') || matches!(w, "set" | "put" | "cut" | "hit"))))
            {
                return None;
            }
            // "will offer bills on Wednesday, followed on Thursday by bonds": the next in a
            // sequence, with no tense of its own. (", released Friday," dates the release.)
            if prev_is_comma(k) && w == "followed" {
                return None;
            }
            // ("forecasters warned of heavy, wet snow and damaging winds through Saturday
            // night": what is warned of up to a bound lies ahead.)
            if matches!(w, "warned" | "warn" | "warns" | "warning")
                && self.is(k + 1, "of")
                && k < i
                && i - k <= 14
                && i > 0
                && matches!(self.w(i - 1), "through" | "until" | "till" | "into")
                && !(k + 2..i).any(|q| {
                    let x = self.w(q);
                    matches!(x, "." | ";" | "that" | "which" | "who")
                        || lx.class(x) & (PAST | FUTURE) != 0
                })
            {
                return Some(Tense::Future);
            }
            // ("The trigger really goes back to Friday's jobs report": a cause traced back
            // to a day lies behind; not "the bill goes back to the House on Tuesday".)
            if matches!(
                w,
                "go" | "goes" | "date" | "dates" | "dating" | "trace" | "traces"
            ) && self.is(k + 1, "back")
                && self.is(k + 2, "to")
                && k + 3 == i
            {
                return Some(Tense::Past);
            }
            // "said the storm would weaken as it crossed the Ohio Valley on Monday night": a
            // past form in a clause of time under "would" or "likely to" is a future told in
            // the past (a backshift), no past of its own.
            if k < i && self.backshifted_time_clause(lx, k) {
                return Some(Tense::Future);
            }
            // "A wage board, set up in June, is due to report": a participle between commas
            // dates what it tells, in the past.
            if prev_is_comma(k)
                && (lx.class(w) & (BARE_PAST | PAST) != 0 || w.ends_with("ed") || w == "set")
                && lx.class(w) & FUTURE == 0
                && i > k
                && i - k <= 3
                && self.toks.get(end).is_some_and(|t| t.low == ",")
            {
                return Some(Tense::Past);
            }

            let prev = k.checked_sub(1).map_or("", |p| self.toks[p].low);
            let prev2 = k.checked_sub(2).map_or("", |p| self.toks[p].low);
            let next = self.toks.get(k + 1).map_or("", |n| n.low);
            // ("We've got a bitterly cold wind setting in from Monday": "have got" is "have",
            // a present.)
            if w == "got" && matches!(prev, "ve" | "have" | "has" | "s") {
                return None;
            }
            // ("would let travelers booked on Monday and Tuesday change their flights": the
            // day of a booking is the day travelled, with no tense of its own.)
            if matches!(w, "booked" | "ticketed")
                && matches!(next, "on" | "for")
                && !matches!(prev, "was" | "were" | "had" | "has" | "have" | "he" | "she")
                && k + 2 == i
            {
                return None;
            }
            // ("submitted a planning application on Friday", "the city planning commission":
            // "planning" naming a kind of thing is no plan.)
            if w == "planning"
                && matches!(
                    next,
                    "application"
                        | "applications"
                        | "permission"
                        | "committee"
                        | "commission"
                        | "board"
                        | "officers"
                        | "officials"
                        | "department"
                        | "inquiry"
                        | "appeal"
                        | "consent"
                        | "rules"
                        | "system"
                )
            {
                return None;
            }
            // ("The parade is being held on Saturday this year": a present progressive
            // passive tells an arrangement ahead.)
            if prev == "being" && matches!(prev2, "is" | "are" | "s") && k < i && past_form() {
                return Some(Tense::Future);
            }
            // ("may still hear its name called Sunday", "wants the bridge repaired by
            // Monday": a participle after the object of a verb of perceiving or causing is no
            // tense of its own; the verb before it tells.)
            if k < i
                && past_form()
                && lx.class(w) & (FUTURE | PLAN) == 0
                && (2..=4).any(|b| {
                    k.checked_sub(b).is_some_and(|v| {
                        matches!(
                            self.w(v),
                            "hear"
                                | "hears"
                                | "see"
                                | "sees"
                                | "get"
                                | "gets"
                                | "want"
                                | "wants"
                                | "need"
                                | "needs"
                        ) && (v + 1..k).all(|q| {
                            self.toks[q].kind == Tk::Word
                                && !auxiliary(self.w(q))
                                && lx.class(self.w(q)) & (PAST | FUTURE) == 0
                                && !self.w(q).ends_with("ed")
                        })
                    })
                })
            {
                return None;
            }
            // ("issued a flash flood watch for the burn area from 4 a.m. Wednesday through
            // Thursday afternoon": a warning's term lies ahead, unless a verb between tells
            // of it, "a warning was in effect from Sunday".)
            if matches!(
                w,
                "warning" | "watch" | "advisory" | "alert" | "warnings" | "watches"
            ) && k < i
                && i - k <= 14
                && {
                    // (Past a clock time before the day: "from 4 a.m. Wednesday".)
                    let b = self.clock_before(i, k + 1);
                    b > 0 && matches!(self.w(b - 1), "from" | "until" | "through" | "till")
                }
                && !(k + 1..i).any(|q| {
                    let x = self.w(q);
                    matches!(
                        x,
                        "was" | "were" | "is" | "are" | "had" | "been" | "that" | "which"
                    ) || lx.class(x) & (PAST | FUTURE) != 0
                        || x.len() > 4 && x.ends_with("ed")
                })
            {
                return Some(Tense::Future);
            }
            // ("set out Saturday morning on the Peralta Trail": "set out" and "set off" are
            // departures, past in a past story.)
            if w == "set"
                && matches!(next, "out" | "off")
                && !modal(prev)
                && !matches!(prev, "to" | "ll" | "is" | "are" | "be" | "s" | "not")
                && k < i
            {
                return Some(Tense::Past);
            }
            // "the cold would last into April", "is expected to last until June": the verb
            // "last" after a modal or "to" is no "last week"'s past; the modal tells.
            if w == "last"
                && (lx.class(prev) & FUTURE != 0
                    || matches!(prev, "to" | "could" | "might" | "may" | "should" | "can"))
            {
                return None;
            }
            // ("a charge in the second quarter related to the closing": a participle of
            // relation is an adjective, of no time.)
            if matches!(
                w,
                "related" | "linked" | "tied" | "associated" | "attributed"
            ) && matches!(next, "to" | "with")
            {
                return None;
            }
            // ("changes to school funding due to come into effect in April": what is due
            // to happen lies ahead; not "due to heavy rain".)
            if w == "due"
                && next == "to"
                && matches!(
                    self.w(k + 2),
                    "be" | "come" | "take" | "start" | "begin" | "open" | "close" | "end"
                        | "expire" | "arrive" | "launch" | "report" | "meet" | "resume"
                        | "return" | "finish" | "go" | "hold" | "vote" | "rule" | "appear"
                        | "face" | "reopen" | "publish" | "release" | "announce" | "decide"
                )
                // ("Polls had been due to close at 4 p.m.": a plan as it stood.)
                && !self.plan_as_it_stood(k)
                && k < i
            {
                return Some(Tense::Future);
            }
            // ("debt that came due in January": what fell due is past.)
            if w == "due" && matches!(prev, "came" | "fell" | "became") {
                return Some(Tense::Past);
            }
            // ("one more ship on order, due in the third quarter": what is due lies ahead.)
            // ("results from a study due in the fourth quarter": after its noun too.)
            if w == "due"
                && (prev == ","
                    || k > 0 && self.toks[k - 1].kind == Tk::Word
                        && !matches!(prev, "was" | "were" | "is" | "are" | "be" | "been")
                        // ("was originally due in March".)
                        && !self.plan_as_it_stood(k))
                && matches!(next, "in" | "on" | "by" | "for")
                && k < i
            {
                return Some(Tense::Future);
            }
            // ("have been urging homeowners to clear brush before summer": the present
            // perfect progressive runs up to now, either side of a date.)
            let perfect = |x: &str| matches!(x, "has" | "have" | "ve");
            if w == "been"
                && (perfect(prev)
                    || matches!(prev, "also" | "long" | "still" | "already" | "not")
                        && perfect(prev2))
                && next.len() > 4
                && next.ends_with("ing")
            {
                return Some(Tense::Unknown);
            }
            // ("another one later this year, probably announced in September": a participle
            // after a comma and an adverb of likelihood has no tense.)
            if prev2 == ","
                && matches!(
                    prev,
                    "probably" | "possibly" | "likely" | "perhaps" | "maybe"
                )
                && past_form()
            {
                return None;
            }
            // "may shower three times a week, according to testimony at a trial in
            // January": the source's date, not the clause's.
            if w == "according" && next == "to" && k < i {
                return Some(Tense::Past);
            }
            // "said the board typically makes its first payments in June": a habit told in
            // the present, whatever the saying's tense.
            // (The habit adverbs of the lexicon's `habit` group.)
            if matches!(w, "usually" | "normally" | "typically" | "routinely")
                && k < i
                && self.toks.get(k + 1).is_some_and(|n| n.kind == Tk::Word)
            {
                return Some(Tense::Unknown);
            }
            // "state-owned", "long-delayed": an adjective in a compound. "to have paid",
            // "will have finished": a perfect that looks from a later time. "will be played
            // tonight and released on Monday": a participle after "and" shares the verb
            // before it.
            // ("showed stronger-than-expected hiring in February": a word of the future in
            // a compound of comparison is no plan.)
            if prev == "-" && matches!(prev2, "than" | "as") {
                return None;
            }
            // ("will be packed away and brought back in the fall": an irregular participle
            // after "and" shares a modal before it.)
            let shared_modal = || {
                (k.saturating_sub(7)..k.saturating_sub(1)).any(|q| modal(self.w(q)))
                    && !matches!(w, "said" | "told")
            };
            // ("will be recorded and then covered over at the end of April".)
            let and = prev == "and" || prev == "then" && prev2 == "and";
            if (prev == "-"
                || and && (w.ends_with("ed") || lx.class(w) & PAST != 0 && shared_modal()))
                && past_form()
                && lx.class(w) & FUTURE == 0
                && !matches!(w, "was" | "were" | "had")
            {
                return None;
            }
            if prev == "have"
                && matches!(
                    prev2,
                    "to" | "will" | "ll" | "would" | "could" | "should" | "might" | "must"
                )
                && past_form()
            {
                return None;
            }
            // ("a public hearing on proposed Sunday service cuts in June", "new 140-litre
            // wheeled bins": a participle between a preposition, an article or a number and
            // its noun is an adjective.)
            // ("could fall to -10C in sheltered glens of the Highlands on Tuesday".)
            if w.ends_with("ed")
                && (matches!(
                    prev,
                    "on" | "of"
                        | "for"
                        | "with"
                        | "about"
                        | "new"
                        | "in"
                        | "at"
                        | "from"
                        | "into"
                        | "across"
                ) || determiner(prev)
                    || k > 0 && self.toks[k - 1].kind == Tk::Num
                    || prev2 == "-")
                && self.toks.get(k + 1).is_some_and(|n| {
                    n.kind == Tk::Word
                        && !self.capitalized(k + 1)
                        && lx.class(n.low) == 0
                        && !lx.month.contains_key(n.low)
                        && !matches!(
                            n.low,
                            "the"
                                | "a"
                                | "an"
                                | "to"
                                | "by"
                                | "in"
                                | "on"
                                | "at"
                                | "for"
                                | "from"
                                | "with"
                                | "and"
                                | "or"
                                | "as"
                                | "that"
                                | "it"
                                | "its"
                                | "their"
                                | "his"
                                | "her"
                                | "up"
                                | "out"
                                | "off"
                                | "down"
                                | "back"
                        )
                })
            {
                return None;
            }
            // "to have the boardwalk rebuilt by Memorial Day", "wants it finished by May": a
            // thing to be had done names no past.
            if past_form()
                && (2..=7).any(|b| {
                    k.checked_sub(b).is_some_and(|h| {
                        // ("may not have service restored until Tuesday": after a modal.)
                        let modal = |q: usize| self.w(q) == "to" || modal(self.w(q));
                        h > 0
                            && (matches!(self.w(h), "have" | "get")
                                && (modal(h - 1) || h > 1 && self.is(h - 1, "not") && modal(h - 2))
                                || matches!(self.w(h), "want" | "wants" | "need" | "needs"))
                            && (h + 1..k).all(|q| {
                                let x = self.w(q);
                                (self.toks[q].kind == Tk::Word || self.toks[q].kind == Tk::Num)
                                    && lx.class(x) & (PAST | FUTURE) == 0
                                    && !x.ends_with("ed")
                                    && !matches!(x, "been" | "be" | "to" | "that" | "which")
                            })
                    })
                })
            {
                return None;
            }
            // "She has a lunch Thursday", "they have a meeting on Monday": an engagement
            // held now is for a day ahead.
            // ("Conservative MPs have a choice on Wednesday", "we have a big game Friday":
            // whatever is held now for a day.)
            if matches!(w, "has" | "have")
                && matches!(next, "a" | "an")
                && !matches!(prev, "will" | "would" | "to" | "could" | "might" | "may")
                && (3..=4).any(|n| {
                    (k + n == i || self.is(k + n, "on") && k + n + 1 == i)
                        && (k + 2..k + n).all(|q| {
                            let x = self.w(q);
                            self.toks[q].kind == Tk::Word
                                && lx.class(x) & (PAST | FUTURE) == 0
                                && !x.ends_with("ed")
                                && !lx.in_group(x, FUNCTION)
                        })
                })
            {
                return Some(Tense::Future);
            }
            // ("The union plans a rally outside the plant gates Monday afternoon": what is
            // planned now lies ahead.)
            if (w == "plans" || w == "planning" && matches!(prev, "is" | "are" | "re"))
                && matches!(next, "a" | "an" | "the" | "its" | "their" | "another")
                && k < i
                && i - k <= 12
                && !(k + 1..i).any(|q| {
                    matches!(self.w(q), "," | "." | ";" | "that" | "which" | "who")
                        || lx.class(self.w(q)) & (PAST | FUTURE) != 0
                })
            {
                return Some(Tense::Future);
            }
            // "Democrats are bracing for losses in November", "contests are headed to runoffs
            // on May 24": a present progressive of getting ready looks ahead.
            if matches!(
                w,
                "bracing" | "preparing" | "gearing" | "headed" | "heading" | "poised" | "readying"
            ) && matches!(prev, "is" | "are" | "am" | "m" | "re" | "now")
                && k < i
            {
                return Some(Tense::Future);
            }
            // "Opposition leaders have called for a mass rally on Sunday", "investors braced
            // for the Fed's policy meeting Tuesday": what is called or braced for lies ahead.
            if next == "for"
                && k < i
                && i - k <= 9
                && (matches!(w, "braced" | "bracing" | "braces")
                    || matches!(w, "called" | "calling")
                        && matches!(prev, "have" | "has" | "ve" | "are" | "is" | "re"))
                && !(k + 2..i).any(|q| {
                    let x = self.w(q);
                    // (Not a name: "the Fed's policy meeting".)
                    matches!(x, "," | "." | ";" | "that" | "which" | "who")
                        || lx.class(x) & (PAST | FUTURE) != 0 && !self.capitalized(q)
                })
            {
                return Some(Tense::Future);
            }
            // ("A mediator has called both sides to a meeting on Friday": what one is
            // called, summoned or invited to now lies ahead.)
            if matches!(
                w,
                "called" | "summoned" | "invited" | "calling" | "inviting" | "convened"
            ) && k < i
            {
                let called_to = w != "convened"
                    && matches!(prev, "have" | "has" | "ve" | "are" | "is" | "re")
                    && i - k <= 10
                    && (k + 1..i)
                        .any(|q| self.is(q, "to") && matches!(self.w(q + 1), "a" | "an" | "the"))
                    && !(k + 1..i).any(|q| {
                        let x = self.w(q);
                        matches!(x, "," | "." | ";" | "that" | "which" | "who")
                            || lx.class(x) & (PAST | FUTURE) != 0 && !self.capitalized(q)
                    });
                // ("The commission has invited them back for fresh talks on Wednesday", "it
                // has called both sides to a meeting in Copiapo on Thursday": further, past a
                // place, to a meeting named within three words.)
                let called_to_meeting = !matches!(w, "calling" | "inviting")
                    && matches!(prev, "has" | "have" | "ve")
                    && i - k <= 14
                    && (k + 1..i).any(|q| {
                        matches!(self.w(q), "to" | "for")
                            && (q + 1..(q + 4).min(i)).any(|r| {
                                matches!(
                                    self.w(r),
                                    "meeting"
                                        | "meetings"
                                        | "talks"
                                        | "hearing"
                                        | "session"
                                        | "summit"
                                )
                            })
                    })
                    && !(k + 1..i)
                        .any(|q| matches!(self.w(q), "." | ";" | "that" | "which" | "who"));
                if called_to || called_to_meeting {
                    return Some(Tense::Future);
                }
            }
            // ("a premium over its closing stock price Friday": the price a market closed
            // at on a day is a past one.)
            if matches!(w, "price" | "prices" | "level")
                && (prev == "closing" || prev2 == "closing")
                && k < i
                && i - k <= 2
            {
                return Some(Tense::Past);
            }
            // "If you do not need to be on the road Friday, please stay home": a condition
            // told in the present is of a time ahead.
            if matches!(w, "if" | "unless") && k < i {
                return Some(Tense::Future);
            }
            // "said the best time is in April": a present "is" before the date is the clause's
            // own tense, not the saying's.
            if matches!(w, "is" | "are")
                && k < i
                && i - k <= 4
                && !matches!(
                    next,
                    "to" | "due" | "set" | "expected" | "scheduled" | "likely"
                )
                && !next.ends_with("ed")
                && !next.ends_with("ing")
                && (k.saturating_sub(8)..k).any(|q| matches!(self.w(q), "said" | "says"))
            {
                return Some(Tense::Unknown);
            }
            // ("several larger deals are lined up for April and May": arranged, ahead.)
            if w == "lined" && next == "up" && matches!(prev, "is" | "are" | "been" | "be") {
                return Some(Tense::Future);
            }
            // ("the river has a moderate chance of minor flooding in April": what may
            // come lies ahead.)
            // ("raising the prospect of a messy Monday morning commute".)
            if matches!(
                w,
                "chance"
                    | "chances"
                    | "risk"
                    | "possibility"
                    | "likelihood"
                    | "probability"
                    | "prospect"
                    | "prospects"
            ) && next == "of"
                && k < i
            {
                return Some(Tense::Future);
            }
            // "won't": will not.
            if w == "won"
                && matches!(next, "'" | "\u{2019}")
                && self.toks.get(k + 2).is_some_and(|t| t.low == "t")
            {
                return Some(Tense::Future);
            }
            // "I'd be surprised", "they'd go": would; "she'd left", "we'd seen": had.
            if w == "d" && prev == "'" {
                // ("he'd pretty much made up his mind": past an adverb or two.)
                let mut v = k + 1;
                while v < k + 4
                    && matches!(
                        self.w(v),
                        "pretty"
                            | "much"
                            | "already"
                            | "just"
                            | "long"
                            | "never"
                            | "all"
                            | "probably"
                            | "largely"
                            | "mostly"
                            | "since"
                            | "finally"
                    )
                {
                    v += 1;
                }
                let next = self.w(v);
                let participle = lx.class(next) & PAST != 0 || next.ends_with("ed");
                return Some(if participle {
                    Tense::Past
                } else {
                    Tense::Future
                });
            }
            // "its eye could reach the coast by Friday night": a modal leaves the clause
            // without a tense of its own (a deadline or the nearest day decides).
            if matches!(
                w,
                "could" | "might" | "can" | "cannot" | "should" | "may" | "must"
            ) && !self.capitalized(k)
            {
                // "could be close to 60 degrees on Sunday", "can vote from Wednesday": a
                // modal before a plain verb looks ahead; "could have" looks back.
                // ("could be located Wednesday": a passive says nothing of when.)
                // ("may not reopen as planned on Wednesday": the verb after "not".)
                let k = if next == "not" && !self.is(k + 2, "have") {
                    k + 1
                } else {
                    k
                };
                let next = self.w(k + 1);
                let after = self.toks.get(k + 2).map_or("", |n| n.low);
                let passive = lx.class(after) & PAST != 0 || after.ends_with("ed");
                // "could be sent home without pay on Tuesday": a passive after a modal of
                // possibility looks ahead too, but not a reporter's failed contact ("Neither
                // he nor his parents could be located Wednesday") nor a denial.
                let possible_passive = passive
                    && matches!(w, "could" | "might" | "may" | "should" | "must")
                    && !matches!(
                        after,
                        "reached" | "located" | "contacted" | "confirmed" | "verified" | "found"
                    )
                    && !(k.saturating_sub(6)..k).any(|q| {
                        matches!(self.w(q), "not" | "never" | "neither" | "nor" | "no" | "t")
                    });
                let plain_verb = (next == "be" && (!passive || possible_passive))
                    || matches!(next, "vote" | "see" | "come" | "go" | "get")
                    || lx.class(next) & SCHEDULE != 0;
                // "could hit southern China over the weekend", "could shave growth in the
                // fourth quarter": any plain verb after the modal looks ahead.
                let plain_verb = plain_verb
                    || (next != "have"
                        && next != "not"
                        && !passive
                        && lx.class(next) & (PAST | NOT_VERB) == 0
                        && !next.ends_with("ed")
                        && self.toks.get(k + 1).is_some_and(|n| n.kind == Tk::Word));
                // "may not have service until Tuesday", "could have a decision by Friday":
                // "have" before a noun is the main verb, which looks ahead.
                let have_at = if next == "have" {
                    Some(k + 1)
                } else if next == "not" && self.is(k + 2, "have") {
                    Some(k + 2)
                } else {
                    None
                };
                let main_have = have_at.is_some_and(|h| {
                    let o = self.w(h + 1);
                    self.toks.get(h + 1).is_some_and(|t| t.kind == Tk::Word)
                        && lx.class(o) & (PAST | BARE_PAST) == 0
                        && !o.ends_with("ed")
                        && !o.ends_with("ly")
                        && !matches!(
                            o,
                            "been" | "already" | "just" | "never" | "also" | "to" | "not"
                        )
                        && (matches!(
                            o,
                            "a" | "an" | "the" | "some" | "no" | "more" | "their" | "its"
                        ) || lx.class(o) & NOT_VERB != 0
                            || self.toks.get(h + 2).is_some_and(|t| t.low.ends_with("ed")))
                });
                let plain_verb = plain_verb || main_have;
                return if plain_verb && !matches!(prev, "as" | "than") {
                    Some(Tense::Future)
                } else if matches!(w, "should" | "may") {
                    // "temperatures should climb by Wednesday": ahead; "may have" is a perfect
                    // or a main verb, and the verbs around decide.
                    (next != "have" && next != "not" && !passive).then_some(Tense::Future)
                } else {
                    Some(Tense::Unknown)
                };
            }
            // "is retroactive to Jan. 1": back from the time of telling.
            if w == "retroactive" || w == "retroactively" {
                return Some(Tense::Past);
            }
            // ("won't realise what has happened until they see their first rent statement
            // in April": a present after "until" and its subject is a future's.)
            if k < i
                && prev2 == "until"
                && matches!(prev, "they" | "we" | "he" | "she" | "it" | "you" | "i")
                && lx.class(w) & (PAST | BARE_PAST | FUTURE) == 0
                && !w.ends_with("ed")
                && !auxiliary(w)
            {
                return Some(Tense::Future);
            }
            // "next to the embassy": a place.
            if w == "next" && next == "to" {
                return None;
            }
            // "cuts that take effect Jan. 1": scheduled, ahead.
            if w == "take" && next == "effect" && !matches!(prev, "did" | "didn" | "t" | "not") {
                return Some(Tense::Future);
            }
            // ("changes to benefits come into force from Monday, charities have warned".)
            if w == "come"
                && next == "into"
                && matches!(self.w(k + 2), "force" | "effect")
                && !matches!(prev, "did" | "didn" | "t" | "not" | "has" | "have" | "had")
            {
                return Some(Tense::Future);
            }
            // "with nine days left", "the time left": remaining, not a verb.
            if w == "left"
                && (lx.unit.contains_key(prev) || matches!(prev, "time" | "little" | "much"))
            {
                return None;
            }
            let mut cls = lx.class(w);
            // "the Fed", "Rose Kennedy": a past form with a capital inside a sentence is a name.
            if cls & (PAST | BARE_PAST) != 0
                && self.capitalized(k)
                && k > 0
                && self.toks[k - 1].kind == Tk::Word
            {
                cls &= !(PAST | BARE_PAST);
            }
            // "fell more than expected", "as forecast": a comparison, not a plan; "Easter
            // falls earlier than last year": not the clause's time either.
            if matches!(prev, "than" | "as") && (cls & (FUTURE | PLAN) != 0 || w == "last")
                || (w == "earlier" && next == "than")
            {
                return None;
            }
            // "the last week of May" orders; it does not date the clause as "last May" does.
            if w == "last" && matches!(prev, "the" | "its" | "their" | "his" | "her" | "one" | "a")
            {
                return None;
            }
            // "Elections are due in May", "the report is due Friday": owed, so ahead.
            let copula = |x: &str| matches!(x, "is" | "are" | "s" | "be" | "now");
            let adverb = |x: &str| {
                matches!(
                    x,
                    "also" | "still" | "now" | "already" | "originally" | "initially" | "then"
                )
            };
            if w == "due"
                && (copula(prev) || (adverb(prev) && copula(prev2)))
                && !matches!(next, "to" | "largely" | "mainly" | "partly")
            {
                return Some(Tense::Future);
            }
            // "On Wednesday, the committee is due to set out …": owed, a verb of a scheduled
            // act after "to" (not "due to bad weather").
            if w == "due"
                && (copula(prev) || (adverb(prev) && copula(prev2)))
                && next == "to"
                && scheduled_act(lx, self.w(k + 2))
            {
                return Some(Tense::Future);
            }
            // "Environment Canada is calling for a high of 2 C on Wednesday", "the schedule
            // still calls for …" (not "making calls for more than six hours on Friday").
            let calls_for = next == "for"
                && (w == "calling" && matches!(prev, "is" | "are")
                    || w == "calls"
                        && k > 0
                        && (self.capitalized(k - 1)
                            || matches!(
                                prev,
                                "forecast"
                                    | "service"
                                    | "office"
                                    | "outlook"
                                    | "schedule"
                                    | "plan"
                                    | "agreement"
                                    | "deal"
                                    | "still"
                                    | "also"
                                    | "now"
                            )));
            // "Forecasters predicted a chance of rain Wednesday": what a forecast names lies
            // ahead of it (not "predicted Tuesday that", the day of the forecast); a
            // weekday's, and not the noun ("its profit forecast for the year").
            if (matches!(
                w,
                "predicted" | "forecast" | "forecasted" | "predict" | "predicts"
            ) || calls_for)
                && k + 2 < i
                && lx.weekday.contains_key(self.w(i))
                && !matches!(
                    prev,
                    "its" | "their" | "the" | "a" | "his" | "her" | "our" | "profit" | "s"
                )
                // ("had forecast waves of 4 metres for Friday and Saturday": a forecast told
                // in the past perfect is of days that have come.)
                && (prev != "had" || calls_for)
                && (calls_for || !matches!(next, "that" | "to" | "in" | "on" | "last" | "this"))
                && !(k + 1..i).any(|q| {
                    matches!(self.w(q), "," | "that" | "which" | "who")
                        || lx.class(self.w(q)) & PAST != 0
                })
            {
                return Some(Tense::Future);
            }
            // "the consumer price report, due Wednesday at 8:30 a.m.,", "machinery orders
            // due on Wednesday": what is due on a day is owed then.
            // ("By law it was due on Feb. 4", "briefs were due Friday": owed then, past.)
            // ("Other data due during the holiday-shortened week include the survey on
            // Tuesday".)
            if w == "due"
                && (k + 1 == i
                    // ("A planned rise in fuel duty, due in September, has been cancelled".)
                    || matches!(next, "on" | "by" | "out" | "in") && k + 2 == i
                    || matches!(next, "during" | "this" | "next" | "later"))
                && !matches!(prev, "was" | "were" | "been" | "had")
                && !(adverb(prev) && matches!(prev2, "was" | "were" | "been" | "had"))
            {
                return Some(Tense::Future);
            }
            // "began going door to door": "going" looks ahead only in "going to".
            if w == "going" && next != "to" {
                return None;
            }
            // "The funeral is set for 11 a.m. Friday", "the test is now targeted for 8 a.m.
            // Sunday": scheduled, ahead.
            if matches!(w, "set" | "targeted")
                && (matches!(prev, "is" | "are" | "s") || adverb(prev) && copula(prev2))
                && next == "for"
            {
                return Some(Tense::Future);
            }
            // "a winter storm watch, in effect from 7 p.m. Saturday": a warning's term ("was
            // in effect" keeps its past).
            if w == "effect"
                && prev == "in"
                && k < i
                && !matches!(prev2, "was" | "were" | "been")
                && lx.class(prev2) & PAST == 0
                && !prev2.ends_with("ed")
            {
                return Some(Tense::Future);
            }
            // "with the deadline expiring on Wednesday": a term still running.
            if w == "expiring" && k < i {
                return Some(Tense::Future);
            }
            // "a slightly lower range than they forecast in December", "less than they had
            // expected in December": the forecast a result is measured against came before.
            if (cls & (FUTURE | BARE_PAST) != 0 || w.ends_with("ed"))
                && matches!(
                    w,
                    "forecast"
                        | "forecasted"
                        | "expected"
                        | "predicted"
                        | "projected"
                        | "estimated"
                )
                && k >= 2
                && {
                    let subject =
                        |x: &str| matches!(x, "they" | "we" | "i" | "you" | "he" | "she" | "it");
                    subject(prev) && matches!(prev2, "than" | "as")
                        || prev == "had"
                            && subject(prev2)
                            && k >= 3
                            && matches!(self.w(k - 3), "than" | "as")
                }
            {
                return Some(Tense::Past);
            }
            // "Cook has promised exciting new products in the fall", "pledged new aid in
            // January": what is promised lies ahead (not "promised in June to …", the
            // time of the promise).
            if matches!(
                w,
                "promised" | "promises" | "promise" | "pledged" | "pledges" | "vowed" | "vows"
            ) && k + 2 < i
                && !matches!(next, "in" | "on" | "last" | "this" | "that" | "to" | "at")
                // ("a promised reopening in March was reversed": an adjective.)
                && !matches!(prev, "a" | "an" | "the" | "its" | "their" | "his" | "her")
                && i - k <= 10
                && !(k + 1..i).any(|q| {
                    let x = self.w(q);
                    // ("pledged the full amount at a conference in Kuwait in January": the
                    // time of the pledge.)
                    matches!(
                        x,
                        "," | "." | ";" | "that" | "which" | "who" | "at" | "during" | "after"
                            | "before" | "when" | "with"
                    ) || lx.class(x) & (PAST | FUTURE) != 0
                        || x.len() > 4 && x.ends_with("ed")
                })
            {
                return Some(Tense::Future);
            }
            // "his expected crop", "the planned visit": an adjective.
            if cls & FUTURE != 0
                && w.ends_with("ed")
                && matches!(
                    prev,
                    "his" | "her" | "its" | "their" | "our" | "my" | "your" | "the" | "a" | "an"
                )
            {
                return None;
            }
            // "we're talking about whether we see $4 before Thanksgiving": a present.
            // ("If we're still talking about this in July": a condition, ahead.)
            if matches!(w, "re" | "m") && prev == "'" {
                let condition =
                    (k.saturating_sub(4)..k).any(|q| matches!(self.w(q), "if" | "unless"));
                return Some(if condition && k < i {
                    Tense::Future
                } else {
                    Tense::Unknown
                });
            }
            if cls & FUTURE != 0 {
                if self.plan_as_it_stood(k) {
                    return Some(Tense::Unknown);
                }
                // "A retrial scheduled for January was postponed": a participle after its
                // noun, the plan as it stood when the past verb after the date says so.
                if w.ends_with("ed")
                    && k < i
                    && !auxiliary(prev)
                    && prev != "s"
                    && self
                        .toks
                        .get(end)
                        .is_some_and(|t| matches!(t.low, "was" | "were"))
                {
                    return Some(Tense::Past);
                }
                return Some(Tense::Future);
            }
            // An infinitive after a word of intent, "agreed to buy … in January", "is to resume
            // trading Tuesday", "an agreement to acquire": what it names lies ahead. The word
            // after "to" must look like a verb: lowercase, not a determiner, pronoun or noun.
            // After "due to", "scheduled to", "set to" the word is a verb even when it can be
            // a noun ("is due to land on Tuesday"), unless a determiner shows the other
            // sense ("due to the storm"); "called off due to rain": "due to" without a copula
            // means "because of".
            let infinitive_of_intent = || {
                let prev3 = k.checked_sub(3).map_or("", |p| self.toks[p].low);
                let prev4 = k.checked_sub(4).map_or("", |p| self.toks[p].low);
                let be = |x: &str| matches!(x, "is" | "are" | "was" | "were" | "be" | "s" | "now");
                // "is due to", "is also due to".
                let copula = be(prev3) || (adverb(prev3) && be(prev4));
                let surely_verb = (matches!(
                    prev2,
                    "scheduled" | "set" | "slated" | "poised" | "expected" | "likely"
                ) || (prev2 == "due" && copula))
                    && !matches!(
                        w,
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "this"
                            | "that"
                            | "these"
                    );
                // "called off due to rain"; but "MPs due to vote at 7pm", "due to be
                // released": a verb of a scheduled event after "due to" is still a plan.
                let because_of = prev2 == "due" && !copula && !scheduled_act(lx, w);
                (cls & NOT_VERB == 0 || surely_verb) && !because_of
            };
            // "told jurors to return at 9 a.m. Monday", "urged residents to leave by
            // Friday": a directive's infinitive lies ahead of it.
            // ("told department heads Thursday to be ready": a day between the directive and
            // its infinitive is the day of the telling.)
            let directive = || {
                (3..=10).any(|b| {
                    k.checked_sub(b).is_some_and(|p| {
                        // ("called on the council to vote on Wednesday".)
                        (lx.in_group(self.toks[p].low, DIRECTIVE)
                            || self.toks[p].low == "on"
                                && p > 0
                                && matches!(self.w(p - 1), "called" | "calls" | "calling"))
                            && !(p < i && i < k)
                    }) && !(2..b).any(|c| {
                        matches!(self.w(k - c), "," | "." | ";" | "that")
                            // ("rank-and-file members": no conjunction.)
                            || (self.w(k - c) == "and" && !self.is(k - c - 1, "-"))
                    })
                })
            };
            // ("voted Friday to keep the government open through Nov. 15": the day of the
            // vote between.)
            // ("The EU agreed in January to ban imports from July 1": a date between too.)
            let datish = |x: &str| {
                lx.weekday.contains_key(x)
                    || lx.month.contains_key(x)
                    || matches!(
                        x,
                        "today"
                            | "yesterday"
                            | "in"
                            | "on"
                            | "last"
                            | "this"
                            | "week"
                            | "month"
                            | "earlier"
                            | "early"
                            | "late"
                            | "-"
                    )
                    || lx.part.contains_key(x)
            };
            // ("agreed Tuesday to excuse 212 people": the day between is the agreeing's, not
            // the infinitive's. "voted to hire him Monday night": a vote's infinitive looks
            // ahead only to a bound, `bound_date`.)
            let intent_word = |x: &str| {
                lx.class(x) & PLAN != 0
                    && (bound_date
                        || !matches!(x, "voted" | "votes")
                        // ("to close two schools in June", "at the end of July".)
                        || i > 0
                            && matches!(self.w(i - 1), "in" | "of" | "during" | "after")
                            && lx.month.contains_key(self.w(i)))
            };
            // ("expected the lockout to last only until Tuesday", "wants the bill to pass
            // by Friday": an expectation's object between.)
            let expects = |x: &str| {
                matches!(
                    x,
                    "expected"
                        | "expects"
                        | "expect"
                        | "wants"
                        | "want"
                        | "wanted"
                        | "predicted"
                        | "predicts"
                        | "projected"
                )
            };
            let intent = || {
                intent_word(prev2)
                    || (3..=8).any(|b| {
                        k.checked_sub(b).is_some_and(|p| {
                            intent_word(self.w(p))
                                && !(p < i && i < k)
                                && ((p + 1..k - 1)
                                    .all(|q| datish(self.w(q)) || self.toks[q].kind == Tk::Num)
                                    || expects(self.w(p))
                                        && (p + 1..k - 1).all(|q| {
                                            self.toks[q].kind == Tk::Word
                                            && lx.class(self.w(q)) & (PAST | FUTURE | PLAN) == 0
                                            && !self.w(q).ends_with("ed")
                                            // ("expect the figures to show inflation of 2
                                            // per cent in December": data of a time past.)
                                            && !lx.in_group(self.w(q), FIGURES)
                                        }))
                        })
                    })
            };
            // ("the package Cyprus agreed to early Saturday": a preposition before a date.)
            if prev == "to"
                && !matches!(w, "early" | "late" | "mid" | "by" | "in" | "on" | "at")
                && (intent() || directive())
                && self.text[t.start..].starts_with(|c: char| c.is_ascii_lowercase())
                && infinitive_of_intent()
            {
                // ("more promotional than we wanted to be in November": a wish or a plan
                // told in the past may have come due either side of the DCT. "deals we
                // expected to sign in late February": an expectation of a person, not "was
                // expected to arrive on Saturday", an expectation still standing.)
                // ("we fully expected to sign": past the adverb.)
                let mut b = 3;
                while k > b && self.w(k - b).len() > 4 && self.w(k - b).ends_with("ly") {
                    b += 1;
                }
                let before = k.checked_sub(b).map_or("", |p| self.w(p));
                let past_wish = (matches!(prev2, "wanted" | "hoped" | "intended" | "aimed")
                    && !matches!(before, "is" | "are" | "am" | "be" | "been"))
                    || (prev2 == "expected"
                        && matches!(before, "we" | "they" | "i" | "he" | "she" | "had"))
                    // ("They planned to spend Wednesday night at a trail shelter"; not "she
                    // said she planned to be in court on Tuesday", a plan still standing.)
                    || (matches!(prev2, "planned" | "meant")
                        && matches!(before, "we" | "they" | "i" | "he" | "she" | "had")
                        && !(k.saturating_sub(40)..k.saturating_sub(b))
                            .rev()
                            .take_while(|&q| !matches!(self.w(q), "." | ";"))
                            .any(|q| lx.in_group(self.w(q), SAYING) || self.w(q) == "told"));
                return Some(if self.plan_as_it_stood(k - 2) || past_wish {
                    Tense::Unknown
                } else {
                    Tense::Future
                });
            }
            // "Amazon.com Inc reports on Thursday", "Levi Strauss reports results after the
            // bell Wednesday": a company's report, scheduled (not "Media reports on Thursday",
            // "compliance reports by Wednesday").
            if w == "reports"
                && k >= 2
                && self.capitalized(k - 1)
                && self.toks[k - 2].kind == Tk::Word
                && !self.sentence_end(k - 2)
                && !matches!(next, "that" | "of" | "say" | "said" | "from")
            {
                return Some(Tense::Future);
            }
            // "Apple, which reports results on Thursday": the company's report, ahead.
            // ("HSBC, Europe's largest bank, reports 2012 results Monday".)
            let results = |x: &str| matches!(x, "results" | "earnings");
            if w == "reports"
                && (results(next)
                    || self.toks.get(k + 1).is_some_and(|t| t.kind == Tk::Num)
                        && results(self.w(k + 2)))
                && prev != "the"
            {
                return Some(Tense::Future);
            }
            // "Okafor plans one last session on Tuesday", "organizers plan the final
            // lighting on Tuesday": a plan with an object.
            let object = matches!(
                next,
                "a" | "an" | "one" | "two" | "three" | "his" | "her" | "its" | "their" | "the"
            );
            if w == "plans"
                && (matches!(prev, "he" | "she" | "it")
                    || k >= 1 && self.capital_word(k - 1) && !matches!(prev, "the" | "their"))
                && object
            {
                return Some(Tense::Future);
            }
            if w == "plan"
                && object
                && (matches!(prev, "they" | "we")
                    || k >= 1
                        && self.toks[k - 1].kind == Tk::Word
                        && prev.len() > 3
                        && prev.ends_with('s')
                        && !prev.ends_with("ss")
                        && lx.class(prev) & (PAST | FUTURE | PLAN) == 0)
            {
                return Some(Tense::Future);
            }
            // "the report comes out Thursday"; not "comes six weeks after the coronation on 6
            // May", "comes less than a month after Chinese New Year": a relation, no schedule.
            if w == "comes" && (k + 1..(k + 7).min(self.toks.len())).any(|q| self.w(q) == "after") {
                return None;
            }
            // "Oracle's miss follows weak reports from suppliers in January": a relation to
            // what came before, not a schedule (unlike "Apple follows on Wednesday").
            if w == "follows"
                && !matches!(next, "on" | "at" | "later" | "next" | "tomorrow")
                && !lx.weekday.contains_key(next)
            {
                return None;
            }
            // "Apple and Facebook follow on Wednesday" (not "Excerpts … follow.").
            if w == "follow" && next == "on" && !matches!(prev, "to" | "will" | "would" | "did") {
                return Some(Tense::Future);
            }
            // The present tense of a scheduled event: "the court hears arguments Monday",
            // "talks resume Tuesday", "the law takes effect in January".
            // "prying open the files", "kept the border open": "open" as an adjective.
            let open_adjective = w == "open"
                && (prev.ends_with("ing")
                    || prev.ends_with("ed")
                    || matches!(
                        prev,
                        "wide"
                            | "remain"
                            | "remains"
                            | "stay"
                            | "stays"
                            | "keep"
                            | "keeps"
                            | "kept"
                            | "broke"
                            | "threw"
                            | "blew"
                            | "swung"
                            | "burst"
                            | "still"
                    ));
            // "his four starts", "two opens": a noun after a number or a possessive.
            // ("The round of 64 begins Thursday": a number after "of" is a noun of its own.)
            let counted = || {
                k > 0
                && !(k > 1 && self.toks[k - 1].kind == Tk::Num && self.is(k - 2, "of"))
                && (self.toks[k - 1].kind == Tk::Num
                    || lx.number.contains_key(prev)
                    || matches!(
                        prev,
                        "his" | "her" | "our" | "my" | "your" | "these" | "those"
                    ))
            // ("reported 312 heat-related emergency visits Thursday": a number, then the
            // noun's modifiers.)
            // (Not a date's or a year's number: "Tickets for the July 4 cruise go on sale
            // Tuesday".)
            || (2..=6).any(|b| {
                    k.checked_sub(b).is_some_and(|p| {
                        self.toks[p].kind == Tk::Num
                            && !(p > 0 && lx.month.contains_key(self.w(p - 1)))
                            && !(self.toks[p].low.len() == 4
                                && self.num(p).is_some_and(|y| (1800..=2100).contains(&y)))
                            && (p + 1..k).all(|q| {
                                let x = self.w(q);
                                x == "-"
                                    || self.toks[q].kind == Tk::Word
                                        && !self.capitalized(q)
                                        && !matches!(
                                            x,
                                            "the"
                                                | "a"
                                                | "an"
                                                | "he"
                                                | "she"
                                                | "it"
                                                | "they"
                                                | "we"
                                                | "you"
                                                | "who"
                                                | "which"
                                                | "that"
                                                | "and"
                                                | "or"
                                                | "but"
                                                | "in"
                                                | "on"
                                                | "at"
                                                | "of"
                                                | "for"
                                                | "to"
                                                | "with"
                                                | "by"
                                                | "from"
                                                | "team"
                                                | "company"
                                        )
                                        && lx.class(x) & (PAST | FUTURE | PLAN) == 0
                            })
                    })
                })
            };
            // "told department heads Thursday": a noun of the telling's object.
            let object_of_directive = || {
                (2..=3).any(|b| {
                    k.checked_sub(b)
                        .is_some_and(|p| lx.in_group(self.toks[p].low, DIRECTIVE))
                        && !(1..b).any(|c| matches!(self.w(k - c), "," | "." | ";" | "that"))
                })
            };
            // "after a single inconclusive vote Tuesday evening": a noun after a determiner
            // and its adjectives.
            let adjective = |x: &str| {
                matches!(
                    x,
                    "single" | "first" | "second" | "third" | "final" | "new" | "last" | "next"
                ) || ["ive", "ous", "ful", "ble"]
                    .iter()
                    .any(|s| x.len() > s.len() + 3 && x.ends_with(s))
            };
            let noun_phrase = || {
                (2..=3).any(|b| {
                    k.checked_sub(b).is_some_and(|p| {
                        matches!(self.w(p), "a" | "an" | "the" | "its" | "their")
                            && (p + 1..k).all(|q| {
                                self.toks[q].kind == Tk::Word
                                    && adjective(self.w(q))
                                    && lx.class(self.w(q)) & (PAST | FUTURE | PLAN) == 0
                            })
                    })
                })
            };
            // "are heading out for Halloween on Saturday", "is traveling to Ohio on Friday":
            // the present progressive of a scheduled event's verb looks ahead.
            // ("he's heading"; not "Tuesday's meeting", "Cascade's closing price".)
            let contracted_be = matches!(prev, "s" | "re")
                && matches!(prev2, "'" | "\u{2019}")
                && k >= 3
                && matches!(
                    self.w(k - 3),
                    "he" | "she" | "it" | "that" | "there" | "who" | "we" | "they" | "you"
                );
            // (Not one after the date: "the heat wave that baked the Midwest over the weekend
            // is heading east". "is continuing to try" goes on now.)
            if (matches!(prev, "is" | "are" | "am") || contracted_be)
                && k < i
                && w != "continuing"
                && !self.capitalized(k)
                && self.progressive_of_schedule(lx, w)
            {
                return Some(Tense::Future);
            }
            // "We're watching Friday night into Sunday", "they are holding a vigil Sunday": a
            // present progressive before a day is an arrangement ahead.
            // (Near it, and not across "from", "after", "since" or "of": "is cooling from a
            // torrid pace in the spring"; but "a wind is setting in from Monday" starts then.)
            if w.len() > 5
                && w.ends_with("ing")
                && (matches!(prev, "is" | "are" | "am") || contracted_be)
                && k < i
                && i - k <= 5
                && !(k + 1..i).any(|q| {
                    matches!(self.w(q), "from" | "after" | "since" | "of")
                        && !(q + 1 == i && self.is(q, "from"))
                })
                && !w.ends_with("thing")
                && !matches!(
                    w,
                    "continuing" | "morning" | "evening" | "during" | "spring"
                )
                && !self.capitalized(k)
                && lx.class(w) & (PAST | FUTURE) == 0
            {
                return Some(Tense::Future);
            }
            // ("a win over Newton Falls on Sept. 13": a name.)
            let name = self.capitalized(k) && k > 0 && self.toks[k - 1].kind == Tk::Word;
            // ("Clocks move forward at 2 a.m. Sunday"; not "the maximum move allowed": a
            // bare "move" is a verb only after its plural subject.)
            let noun_move = w == "move"
                && !(matches!(prev, "we" | "they" | "i" | "you")
                    || prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss"));
            if cls & SCHEDULE != 0
                && !name
                && !noun_move
                && !open_adjective
                && !counted()
                && !object_of_directive()
                && !noun_phrase()
                // ("a round of visits on Thursday": a noun.)
                && !determiner(prev)
                // ("set off from the north face car park on Thursday": a side of a
                // mountain.)
                && !matches!(
                    prev,
                    "north" | "south" | "east" | "west" | "northern" | "southern" | "eastern"
                        | "western"
                )
                // ("sales got off to a slow start in February": a bare form after an article
                // and one word is a noun; "a company opens" would take an -s.)
                && !(matches!(prev2, "a" | "an")
                    && self.toks[k - 1].kind == Tk::Word
                    && !w.ends_with('s'))
                // ("died in separate falls on Snowdon in January": a noun after a preposition
                // and an adjective.)
                && !(preposition(prev2)
                    && self.toks[k - 1].kind == Tk::Word
                    && !self.capitalized(k - 1)
                    && lx.class(prev) == 0
                    && !prev.ends_with("ly"))
                // ("made unannounced visits in January": a form in -s right after a
                // participle or a past form is a noun; no verb of the present follows one.)
                && !(w.ends_with('s')
                    && k > 0
                    && self.toks[k - 1].kind == Tk::Word
                    && !self.capitalized(k - 1)
                    && (prev.len() > 4 && prev.ends_with("ed") && lx.class(prev) & NOT_PAST == 0
                        || lx.class(prev) & PAST != 0 && !matches!(prev, "was" | "were" | "had" | "did")))
                // ("buyers typically return to the market in late February": a habit.)
                && !lx.in_group(prev, HABIT)
                // ("Ford, which holds a 12.45% stake": a possession, not an event held.)
                && !(w == "holds" && matches!(prev, "which" | "who" | "that"))
                && !matches!(
                    prev,
                    "did"
                        | "didn"
                        | "not"
                        | "t"
                        | "to"
                        | "never"
                        | "of"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                )
            {
                return Some(Tense::Future);
            }
            // "The company cut 2,000 jobs", "the storm hit Florida": a past form spelled like
            // the present, known by the object after it ("a rate cut in June" is a noun,
            // "will cut", "to cut" are not past).
            // ("Transit workers set Monday strike deadline": a headline tells in the present,
            // after a plural subject.)
            let headline_present = prev.ends_with('s')
                && !prev.ends_with("ss")
                && self.toks[k].start < self.first_break;
            if cls & BARE_PAST != 0 && !headline_present {
                let next = self.toks.get(k + 1);
                let object = next.is_some_and(|n| {
                    n.kind == Tk::Num
                        || matches!(n.low, "the" | "a" | "an" | "its" | "their" | "his" | "her")
                        || (n.kind == Tk::Word && self.capitalized(k + 1))
                });
                let infinitive = matches!(
                    prev,
                    "to" | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "did"
                        | "do"
                        | "does"
                        | "not"
                        | "t"
                        | "ll"
                        | "a"
                        | "an"
                        | "the"
                        // ("will stay shut Tuesday": a state's adjective.)
                        | "stay"
                        | "stays"
                        | "stayed"
                        | "remain"
                        | "remains"
                        | "remained"
                );
                // ("has set a goal … by the end of March": a plan, still ahead.)
                let perfect_plan = w == "set" && matches!(prev, "has" | "have" | "ve");
                // ("would release an updated forecast Thursday": a noun after its determiner.)
                let infinitive =
                    infinitive || determiner(prev) || (prev.ends_with("ed") && determiner(prev2));
                if object && !infinitive && !perfect_plan && !self.capitalized(k) {
                    return Some(Tense::Past);
                }
                // "the $1.70 it forecast in November", "he cut": a singular subject
                // would give the present an -s.
                // ("Marsh set out alone Friday morning": a name, one person or thing.)
                let singular_name = k > 1
                    && self.capitalized(k - 1)
                    && self.toks[k - 1].kind == Tk::Word
                    && !prev.ends_with('s')
                    && !self.sentence_end(k - 2)
                    && !self.capitalized(k - 2)
                    && matches!(
                        self.w(k + 1),
                        "out" | "off" | "up" | "down" | "aside" | "back"
                    );
                if (matches!(prev, "he" | "she" | "it") || singular_name) && !self.capitalized(k) {
                    return Some(Tense::Past);
                }
            }
            // "plans to meet": a plan; "vacation plans": a noun.
            if matches!(w, "plans" | "plan" | "intends" | "expects")
                && self.toks.get(k + 1).is_some_and(|n| n.low == "to")
            {
                return Some(Tense::Future);
            }
            // ("They didn't have to mark things down in January": an obligation denied in
            // the past.)
            if w == "have"
                && next == "to"
                && (1..=3).any(|b| {
                    k.checked_sub(b)
                        .is_some_and(|p| matches!(self.w(p), "did" | "didn"))
                })
                && matches!(prev, "t" | "not" | "never")
            {
                return Some(Tense::Past);
            }
            // "Brazil still has to play on Saturday": an obligation, ahead.
            if matches!(w, "has" | "have")
                && next == "to"
                && !matches!(prev, "will" | "would" | "to")
                && self
                    .toks
                    .get(k + 2)
                    .is_some_and(|n| n.kind == Tk::Word && lx.class(n.low) & NOT_VERB == 0)
            {
                return Some(Tense::Future);
            }
            // "Showers are possible Friday", "said rain was likely Sunday evening": a forecast.
            let was = |x: &str| matches!(x, "was" | "were");
            if matches!(w, "possible" | "likely")
                && (copula(prev)
                    || was(prev)
                    || (adverb(prev) && (copula(prev2) || was(prev2)))
                    || prev == "also")
                && !matches!(next, "that" | "to")
            {
                return Some(Tense::Future);
            }
            // "With Christmas falling on Thursday": a date of the calendar, ahead.
            // ("Stocks kept falling on Thursday" is a move of prices.)
            if w == "falling"
                && next == "on"
                && (k >= 1 && self.capital_word(k - 1)
                    || matches!(
                        prev,
                        "day" | "holiday" | "anniversary" | "date" | "deadline"
                    ))
            {
                return Some(Tense::Future);
            }
            // "with the first two operations to be held in September": a passive infinitive
            // with no verb of its own before it is a plan ahead.
            if prev == "be"
                && prev2 == "to"
                && (w.ends_with("ed") || cls & PAST != 0)
                && k >= 3
                && (self.toks[k - 3].kind == Tk::Word
                    && lx.class(self.w(k - 3)) & (PLAN | PAST | FUTURE) == 0
                    && !lx.in_group(self.w(k - 3), DIRECTIVE)
                    && !self.w(k - 3).ends_with("ed"))
            {
                return Some(Tense::Future);
            }
            // "will be paid": an irregular participle after "be" takes the auxiliary's tense;
            // "is heard", "are held": the present passive has none.
            // ("The crop isn't made until …": "n't" between.)
            let negated_present = matches!(prev, "t" | "not")
                && (1..=3).any(|b| {
                    k.checked_sub(b + 1)
                        .is_some_and(|p| matches!(self.w(p), "is" | "isn" | "are" | "aren"))
                });
            if cls & PAST != 0
                && (matches!(prev, "be" | "being" | "is" | "are" | "am") || negated_present)
            {
                return None;
            }
            // "make up the lost days in June", "a broken window": an irregular participle
            // after a determiner is an adjective.
            if cls & PAST != 0
                && !w.ends_with("ed")
                && determiner(prev)
                && !matches!(w, "was" | "were" | "had" | "did" | "said")
            {
                return None;
            }

            if cls & PAST != 0 {
                // "were planning to", "was due to", "was to leave": a plan as it stood then,
                // still ahead when reported.
                // "was due Feb. 4", "was set for June 7": the date as it stood, either side
                // of the DCT.
                let after = self.toks.get(k + 2).map_or("", |n| n.low);
                if matches!(w, "was" | "were") && matches!(next, "due" | "set") && after != "to" {
                    return Some(Tense::Unknown);
                }
                // ("was supposed to be running by 1 April": a plan that may have failed,
                // its date either side of the DCT.)
                if matches!(w, "was" | "were") && next == "supposed" {
                    return Some(Tense::Unknown);
                }
                // ("were going door to door": "going" looks ahead only in "going to".)
                if matches!(w, "was" | "were")
                    && (lx.class(next) & FUTURE != 0 && (next != "going" || after == "to")
                        || matches!(next, "to" | "due" | "set"))
                {
                    return Some(Tense::Future);
                }
                return Some(Tense::Past);
            }
            // "-ed" marks a past form, but not in a name ("United States", "Ahmed") nor as an
            // adjective after a determiner ("the agreed date", "a planned visit", "a still
            // unspecified date", "the newly elected"), after an ordinal or the like ("his
            // first classified briefing") or in "to tour damaged areas".
            let adjective_slot = || {
                // ("would return every questioned contribution by Friday".)
                let determiner = |x: &str| {
                    determiner(x) || matches!(x, "this" | "every" | "each" | "any" | "no")
                };
                let adverb = |x: &str| {
                    (x.len() > 4 && x.ends_with("ly"))
                        || matches!(x, "still" | "yet" | "now" | "once")
                };
                // ("radar first picked up the balloon": "first" as an adverb, with no
                // determiner before it, leaves the verb a verb.)
                let ordinal_adverb = matches!(prev, "first" | "second" | "last")
                    && !determiner(prev2)
                    && !matches!(prev2, "my" | "your" | "whose" | "'s" | "s");
                // ("sales of previously occupied homes": an adverb's participle after a
                // preposition.)
                determiner(prev)
                    || (adverb(prev)
                        && (determiner(prev2) || matches!(prev2, "of" | "for" | "with")))
                    || (!ordinal_adverb
                        && matches!(
                            prev,
                            "first"
                            | "second"
                            | "last"
                            | "new"
                            | "most"
                            | "more"
                            | "less"
                            | "other"
                            | "all"
                            // "set out detailed plans", "drew up revised rules": after a
                            // verb's particle.
                            | "out"
                            | "up"
                            | "off"
                            // "with revised growth forecasts": after "with";
                            // "charges including attempted murder", "arrested for
                            // attempted robbery", "the number of reported cases".
                            | "with"
                            | "including"
                            | "for"
                            | "of"
                            // "maximum sustained winds".
                            | "maximum"
                            | "top"
                            // "may not reopen as planned on Wednesday": a set phrase.
                            | "as"
                        ))
                    // "to show revised figures", "will release updated projections": after
                    // a plain verb.
                    || matches!(
                        prev2,
                        "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should"
                            | "must" | "ll"
                    )
            };
            // ("Asked on Monday whether he would serve …": a participle opening its sentence
            // tells of the past.)
            let opens = || k == 0 || self.sentence_end(k - 1) || self.starts_line(k);
            if w.len() > 4
                && w.ends_with("ed")
                && cls & NOT_PAST == 0
                && (!self.capitalized(k)
                    || k < i && matches!(next, "on" | "about" | "by") && opens())
                && !adjective_slot()
            {
                // A participle after "be" or "to" ("must be returned", "to be issued") takes
                // its tense from the auxiliary further back.
                // "would be re-evaluated": the auxiliary stands before the prefix.
                let aux = if prev == "-"
                    && matches!(
                        prev2,
                        "re" | "pre" | "co" | "un" | "mis" | "over" | "under" | "out"
                    ) {
                    k.checked_sub(3).map_or("", |p| self.toks[p].low)
                } else if prev.len() > 4 && prev.ends_with("ly") {
                    // "would be formally installed on Tuesday": past the adverb.
                    prev2
                } else {
                    prev
                };
                // ("Keeping the banks closed on Tuesday": a state kept, no past.)
                let kept = (2..=4).any(|b| {
                    k.checked_sub(b).is_some_and(|p| {
                        matches!(
                            self.w(p),
                            "keep" | "keeps" | "keeping" | "kept" | "leave" | "leaving"
                        )
                    })
                });
                if kept
                    || matches!(
                        aux,
                        "be" | "being"
                            | "to"
                            | "been"
                            | "remain"
                            | "stay"
                            | "become"
                            | "get"
                            | "is"
                            | "are"
                            | "am"
                    )
                {
                    return None;
                }
                return Some(Tense::Past);
            }
            None
        };
        // A list entry headed by its date ("21 March: Final EU summit") starts afresh: the
        // line before it is another entry.
        let list_entry = self.list_heading(i, end);
        // "Cardinals to open conclave on Tuesday", "Obama to visit Israel next month": a
        // headline's "to" + verb after a noun is the future.
        if let Some((from, _)) = headline
            && self.headline_future(i, from)
        {
            return Tense::Future;
        }
        // Words quoted keep their own tense: "tweeted Wednesday morning: \"Flash Flood Watch
        // in effect … through Thursday evening\"".
        // (Whether the day is quoted is asked only at a quotation mark.)
        let quoted = std::cell::OnceCell::new();
        let quoted = || *quoted.get_or_init(|| self.in_quote(i));
        let quote_mark = |k: usize| {
            matches!(self.toks[k].low, "\"" | "\u{201c}" | "\u{201d}")
                || (matches!(self.toks[k].low, "`" | "'")
                    && (self.is(k + 1, self.toks[k].low)
                        || k > 0 && self.is(k - 1, self.toks[k].low)))
        };
        let mut back = None;
        // (", issued last month," between commas before the day: a participle phrase that
        // says nothing of the clause's tense; the scan skips it.)
        let appositive_start = |close: usize| {
            (close.saturating_sub(10)..close)
                .rev()
                .find(|&j| {
                    j > 0
                        && self.toks[j - 1].low == ","
                        && (self.w(j).ends_with("ed") || lx.class(self.w(j)) & PAST != 0)
                        && lx.class(self.w(j)) & FUTURE == 0
                        && !matches!(self.w(j), "was" | "were" | "had" | "said" | "did")
                        && (j..close).all(|q| self.toks[q].low != ",")
                })
                // (", a Franklin County commissioner who was unopposed,": an appositive with
                // a relative clause of its own.)
                .or_else(|| {
                    (close.saturating_sub(12)..close).rev().find(|&j| {
                        j > 0
                            && self.toks[j - 1].low == ","
                            && (j..close).all(|q| self.toks[q].low != ",")
                            && (j..close).any(|q| matches!(self.w(q), "who" | "which"))
                            && (j..close).any(|q| {
                                let w = self.w(q);
                                lx.class(w) & PAST != 0 || w.len() > 4 && w.ends_with("ed")
                            })
                    })
                })
        };
        let mut dist = 1;
        // (Twenty tokens back, not counting a clock time's: "will open a testing site in
        // the parking lot of its campus at 8 a.m. Monday".)
        let mut clock = 0;
        while dist <= 20 + clock && !list_entry {
            let Some(k) = i.checked_sub(dist) else { break };
            if dist <= 8
                && clock + 1 == dist
                && (self.toks[k].kind == Tk::Num
                    || matches!(self.toks[k].low, ":" | "." | "a" | "p" | "m" | "am" | "pm"))
            {
                clock += 1;
            }
            // ("That limit may prove too high: by Friday, fishermen had landed half": a
            // colon opens the clause a date framed by a comma belongs to.)
            if (sentence_break(&self.toks[k]) && !self.is_abbrev_dot(lx, k))
                || (quote_mark(k) && quoted())
                || (self.toks[k].low == ":"
                    && self.is(end, ",")
                    && k + 3 >= i
                    && k > 0
                    && self.toks[k - 1].kind == Tk::Word)
            {
                break;
            }
            if self.toks[k].low == ","
                && let Some(j) = appositive_start(k)
            {
                dist = i - (j - 1) + 1;
                continue;
            }
            if let Some(t) = cue(k) {
                back = Some((dist, t));
                break;
            }
            dist += 1;
        }
        let mut fwd = None;
        // "before Sunday's defeat, will be without Grant": a noun in a prepositional phrase
        // takes no verb from past its comma.
        let in_phrase = !look_back
            && i > 0
            && matches!(
                self.w(i - 1),
                "before" | "after" | "since" | "following" | "despite" | "during"
            );
        // ("On Friday, the anniversary of the 1848 revolution against Habsburg rule,
        // opposition groups are planning a march": past an appositive after the day.)
        // ("On Tuesday, the 640 registered voters of this town on the Down East coast will
        // decide": a frame's clause follows it, however long its subject.)
        // (Not past a verb the scan does not take for a cue: "On Friday, North Korean
        // leader Kim Jong-un ordered rocket units to be ready".)
        let subject_only = || {
            (end + 1..(end + 12).min(self.toks.len())).all(|q| {
                let w = self.w(q);
                !(w.ends_with("ed") || lx.class(w) & (PAST | BARE_PAST) != 0)
                    || self.toks[q - 1].kind == Tk::Num
                    || determiner(self.w(q - 1))
            })
        };
        // (A start framing its sentence as well: "From Monday, working-age tenants who are
        // judged to have a spare room will lose".)
        let framed = self.frame(i, end)
            || (i > 0
                && matches!(self.w(i - 1), "from" | "starting")
                && (i == 1 || self.sentence_end(i - 2) || self.starts_line(i - 1))
                && self.is(end, ","));
        let mut reach = if framed && subject_only() {
            end + 24
        } else {
            end + 12
        };
        if self.is(end, ",")
            && matches!(self.w(end + 1), "the" | "a" | "an")
            && let Some(c) = (end + 2..(end + 16).min(self.toks.len()))
                .take_while(|&q| {
                    self.toks[q].kind != Tk::Punct || matches!(self.w(q), "," | "'" | "-")
                })
                .find(|&q| self.is(q, ","))
            && (end + 1..c).all(|q| cue(q).is_none())
        {
            reach = c + 12;
        }
        for k in end..reach.min(self.toks.len()) {
            // ("in Monday's crop report that farmers will harvest": the clause after "that"
            // is what the report says, not when it came.)
            if (sentence_break(&self.toks[k]) && !self.is_abbrev_dot(lx, k))
                || (quote_mark(k) && quoted())
                || (in_phrase && self.toks[k].low == ",")
                || (!look_back && self.toks[k].low == "that")
                // ("will take charge for Tuesday night's trip to Castleford, and Haigh said":
                // the next clause's verb is not the day's.)
                || (!look_back
                    && self.toks[k].low == ","
                    && matches!(self.w(k + 1), "and" | "but" | "while" | "although" | "though"))
            {
                break;
            }
            if let Some(t) = cue(k) {
                fwd = Some((k + 1 - end, t));
                break;
            }
        }
        // ("From Monday, keeping the home she has decorated will cost her more", "On
        // Tuesday, tenants who are judged to have a spare room will lose": a fronted day's
        // clause is its main verb's, not a relative clause's inside its subject.)
        if let Some((f, Tense::Past)) = fwd
            && i > 0
            && matches!(self.w(i - 1), "on" | "from" | "starting" | "by")
            && (i == 1 || self.sentence_end(i - 2) || self.starts_line(i - 1))
            && self.is(end, ",")
        {
            let k = end + f - 1;
            let relative = (end + 1..k).any(|q| {
                matches!(self.w(q), "who" | "whose" | "which")
                    || (matches!(self.w(q), "she" | "he" | "they" | "we" | "i" | "you")
                        && self.toks[q - 1].kind == Tk::Word
                        && !self.capitalized(q - 1)
                        && !lx.in_group(self.w(q - 1), FUNCTION))
            })
                // ("From Monday, tenants judged to have a spare bedroom will lose": a
                // participle right after its noun.)
                || (self.w(k).len() > 4
                    && self.w(k).ends_with("ed")
                    && self.toks[k - 1].kind == Tk::Word
                    && !auxiliary(self.w(k - 1))
                    && !lx.in_group(self.w(k - 1), FUNCTION)
                    && matches!(self.w(k + 1), "to" | "by" | "as"));
            if relative
                && let Some(g) = (k + 1..(k + 16).min(self.toks.len()))
                    .take_while(|&q| !sentence_break(&self.toks[q]) && !quote_mark(q))
                    .find(|&q| matches!(self.w(q), "will" | "ll"))
            {
                fwd = Some((g + 1 - end, Tense::Future));
            }
        }
        if !look_back {
            return fwd.map_or(Tense::Unknown, |(_, t)| t);
        }
        // "…ready to leave as soon as Tuesday, Castro said": the attribution after a comma
        // frames the clause; it does not date what the clause says.
        let attribution = fwd.is_some_and(|(f, _)| {
            let k = end + f - 1;
            matches!(
                self.toks[k].low,
                "said" | "says" | "told" | "added" | "reported" | "announced" | "stated"
            ) && self.toks[end..k].iter().any(|t| t.low == ",")
        });
        // ("At 9:47 p.m., she said, Karen Whitcomb texted her sister": the verb past a
        // parenthetical attribution is the clause's.)
        let fwd = if attribution {
            let k = end + fwd.map_or(0, |(f, _)| f);
            // (Not a clause of its own after it: ", officials said, because ballots
            // postmarked by Monday …".)
            let parenthetical = self.is(k, ",")
                && !matches!(
                    self.w(k + 1),
                    "because"
                        | "as"
                        | "after"
                        | "before"
                        | "since"
                        | "while"
                        | "when"
                        | "which"
                        | "who"
                        | "although"
                        | "though"
                        | "but"
                        | "and"
                        | "adding"
                        | "citing"
                        | "saying"
                        | "noting"
                        | "in"
                        | "with"
                );
            (k + 1..(k + 10).min(self.toks.len()))
                .take_while(|&q| !sentence_break(&self.toks[q]) && !self.is(q, ","))
                .filter(|_| parenthetical)
                .find_map(|q| cue(q).map(|t| (q + 1 - end, t)))
        } else {
            fwd
        };
        // The nearer cue wins; a cue before the expression wins a tie, and one after it must
        // be clearly nearer and close (verbs usually come first in English clauses, and a
        // participle further on is often a modifier: "markets untouched by"). A cue past a
        // comma belongs to another clause when the one before is in the same clause: "who
        // celebrated Mass on Tuesday, will travel".
        let any_between = |from: usize, to: usize, words: &[&str]| {
            self.toks[from..to].iter().any(|t| words.contains(&t.low))
        };
        match (back, fwd) {
            (Some((b, t)), Some((f, u))) => {
                // "… that she would resign", "… if needed": a subordinate clause after the
                // day has its own verb.
                let fwd_other_clause = any_between(end, end + f - 1, &[",", "and", "but", "while", "whereas"])
                        && !any_between(i - b, i, &[","])
                        || any_between(end, end + f - 1, &["that", "if", "unless", "when"])
                        // ("will rise by 3.5% from April after councillors approved a
                        // budget": a clause of time or cause has its own verb.)
                        || any_between(end, end + f - 1, &["after", "once", "because"])
                        // ("had telephoned his predecessor, Benedict XVI, on Wednesday night
                        // and planned to visit him": a verb after "and" opens the next of a
                        // pair of verbs.)
                        || self.is(end, "and");
                // ("Visits in December were down": the date inside the subject, its verb
                // right after.)
                let subject_verb = f == 1
                    && matches!(self.w(end), "was" | "were")
                    && i > 0
                    && matches!(self.w(i - 1), "in" | "during" | "for" | "of")
                    && !(i.saturating_sub(5)..i)
                        .any(|q| matches!(self.w(q), "that" | "which" | "who"));
                // ("people who got sick after late February may not yet be counted": the
                // verb of a relative clause holding the date is its own.)
                // (Not past its comma, "For those who missed that window, getting outside
                // Monday morning can help"; nor a bound, "workers who did not report for duty
                // by Thursday could face dismissal".)
                // ("A storm that buried the Dakotas under a foot of snow Saturday was
                // expected to reach Minnesota": "that" before the verb opens one too.)
                // (Not "that" after a verb of saying: "warned that forced returns ahead of
                // the winter could put lives at risk".)
                let relative = i > b
                    && (matches!(self.w(i - b - 1), "who" | "which")
                        || (self.w(i - b - 1) == "that"
                            && i > b + 1
                            && self.toks[i - b - 2].kind == Tk::Word
                            && !lx.in_group(self.w(i - b - 2), SAYING)
                            && lx.class(self.w(i - b - 2)) & (PAST | FUTURE) == 0
                            && !self.w(i - b - 2).ends_with("ed")))
                    && !any_between(i - b, i, &[","])
                    && !self.deadline(i);
                // ("filed for bankruptcy protection Friday night with a plan to hand control
                // to its lenders": a plan word after a determiner is a noun, not the verb.)
                let noun_cue = f >= 2
                    && matches!(
                        self.w(end + f - 2),
                        "a" | "an" | "the" | "its" | "their" | "his" | "her"
                    );
                // ("the Met Office said Sunday morning could be colder still": a day right
                // after a verb of saying and right before a modal is the modal's subject.)
                // ("Agronomists said rain in April could still salvage a crop": the day or
                // month inside that subject, past its noun and preposition.)
                let modal_subject = f == 1
                    && b <= 4
                    && matches!(
                        self.w(end),
                        "could" | "would" | "will" | "might" | "may" | "should"
                    )
                    && lx.in_group(self.w(i - b), SAYING)
                    && (i - b + 1..i).all(|q| {
                        self.toks[q].kind == Tk::Word
                            && lx.class(self.w(q)) == 0
                            && !matches!(
                                self.w(q),
                                "that" | "on" | "last" | "this" | "it" | "he" | "she" | "they"
                            )
                    })
                    // (Not in a relative clause, whose noun the modal takes: "a deal that
                    // business owners said Friday would salvage what was left of October".)
                    && !(i.saturating_sub(16)..i - b)
                        .rev()
                        .take_while(|&q| !sentence_break(&self.toks[q]))
                        .any(|q| matches!(self.w(q), "that" | "which" | "who"));
                if subject_verb
                    || modal_subject
                    || (f <= 3 && f + 2 < b && !fwd_other_clause && !relative && !noun_cue)
                {
                    u
                } else {
                    t
                }
            }
            // "The IMF forecast in July that inflation would hit …": a verb past "that" or
            // "if" belongs to the clause it opens, not to the one holding the date.
            // ("By Thursday evening, that had grown": a pronoun, no clause.)
            (None, Some((f, _))) if f > 2 && matches!(self.w(end), "that" | "if" | "unless") => {
                Tense::Unknown
            }
            // ("demand picks up ahead of the wedding season in the fall, though the
            // government raised its duty": a clause of contrast has its own verb.)
            (None, Some((f, Tense::Past)))
                if (end..end + f - 1).any(|q| {
                    self.is(q, ",")
                        && matches!(
                            self.w(q + 1),
                            "though" | "although" | "but" | "while" | "whereas" | "even"
                        )
                }) =>
            {
                Tense::Unknown
            }
            // ("has a warning for ice in place until 10:00 GMT on Monday, after temperatures
            // fell overnight": a bound's clause of time or cause has its own verb.)
            (None, Some((f, Tense::Past)))
                if (end..end + f - 1).any(|q| {
                    self.is(q, ",")
                        && matches!(self.w(q + 1), "after" | "because" | "since" | "following")
                }) && self.deadline(i) =>
            {
                Tense::Unknown
            }
            // ("starting in April, continuing a pullback that began in December": nor a past
            // in a relative clause on a noun further on.)
            (None, Some((f, Tense::Past)))
                if (end + 1..end + f - 1).any(|q| {
                    matches!(self.w(q), "that" | "which" | "who")
                        && self.toks[q - 1].kind == Tk::Word
                        && lx.class(self.w(q - 1)) & (PAST | FUTURE | PLAN) == 0
                        && !lx.in_group(self.w(q - 1), SAYING)
                }) =>
            {
                Tense::Unknown
            }
            (Some((_, t)), None) | (None, Some((_, t))) => t,
            (None, None) => Tense::Unknown,
        }
    }

    fn is_abbrev_dot(&self, lx: &Lexicon, k: usize) -> bool {
        // "fell 2.5 percent": a decimal point.
        if self.toks[k].low == "."
            && k > 0
            && self.toks[k - 1].kind == Tk::Num
            && self
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == Tk::Num && !t.space)
            && !self.toks[k].space
        {
            return true;
        }
        // "4 a.m. EDT Thursday": the clock's dot, followed by a zone or a day.
        if self.toks[k].low == "."
            && k >= 3
            && self.toks[k - 1].low == "m"
            && matches!(self.toks[k - 3].low, "a" | "p")
            && self.toks.get(k + 1).is_some_and(|t| {
                self.is_zone(k + 1)
                    || t.low == "on"
                    || t.low.ends_with("day")
                    // "2 a.m. Jan. 11": the date of the time.
                    || lx.month.contains_key(t.low)
                    || t.kind != Tk::Word
                    || !self.capitalized(k + 1)
            })
        {
            return true;
        }
        // "U.N.", "U.S.": the dots inside initials.
        let initial = |j: usize| {
            self.toks
                .get(j)
                .is_some_and(|t| t.kind == Tk::Word && t.low.len() == 1)
        };
        if self.toks[k].low == "."
            && k > 0
            && initial(k - 1)
            && initial(k + 1)
            && !self.toks[k + 1].space
            && self
                .toks
                .get(k + 2)
                .is_some_and(|t| t.low == "." && !t.space)
        {
            return true;
        }
        // "the U.S. Supreme Court": the last dot of initials, before a name; not before a
        // word that opens sentences ("… in the U.S. The company said").
        if self.toks[k].low == "."
            && k >= 3
            && initial(k - 1)
            && !self.toks[k - 1].space
            && self.is(k - 2, ".")
            && !self.toks[k - 2].space
            && initial(k - 3)
            && self
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == Tk::Word && !lx.in_group(t.low, OPENER))
        {
            return true;
        }
        // "Sergey V. Lavrov", "John F. Kennedy": a middle initial between the parts of a
        // name (not "… under Plan B. The talks").
        if self.toks[k].low == "."
            && k >= 2
            && !self.toks[k].space
            && initial(k - 1)
            && self.capitalized(k - 1)
            && self.toks[k - 2].kind == Tk::Word
            && self.capitalized(k - 2)
            && self.toks.get(k + 1).is_some_and(|t| {
                t.kind == Tk::Word && self.capitalized(k + 1) && !lx.in_group(t.low, OPENER)
            })
        {
            return true;
        }
        // "Dr. Smith", "Sen. Ann Hale": a title's dot before a name; "5015 Connecticut Ave.
        // NW, on Saturday": a street's before its quarter or a comma.
        if self.toks[k].low == "."
            && k > 0
            && !self.toks[k].space
            && self.toks.get(k + 1).is_some_and(|t| {
                let prev = self.toks[k - 1].low;
                // ("in St. Paul", "the Basilica of St. Mary Major": a saint's, after a
                // word that is no name; "Main St. Police said" is a street's.)
                let saint = prev == "st"
                    && (k < 2 || self.toks[k - 2].kind != Tk::Word || !self.capitalized(k - 2));
                ((lx.in_group(prev, TITLE) || saint)
                    && t.kind == Tk::Word
                    && self.capitalized(k + 1)
                    && !lx.in_group(t.low, OPENER))
                    || (lx.in_group(prev, STREET)
                        && (t.low == "," || matches!(t.low, "nw" | "ne" | "sw" | "se")))
            })
        {
            return true;
        }
        self.toks[k].low == "."
            && k > 0
            && self.toks[k - 1].kind == Tk::Word
            && self.toks[k - 1].low.len() <= 4
            && !self.toks[k].space
            && self.toks.get(k + 1).is_some_and(|t| {
                !matches!(t.low, "'" | "\"" | "`" | "\u{201d}" | "\u{2019}" | ")")
                    && (!self.capitalized(k + 1) || t.kind != Tk::Word)
            })
    }

    /// A time zone after a clock time: "EDT", "GMT", "ET", "local time".
    fn is_zone(&self, k: usize) -> bool {
        match self.w(k) {
            "edt" | "est" | "cdt" | "cst" | "mdt" | "mst" | "pdt" | "pst" | "gmt" | "utc"
            | "bst" | "cet" | "cest" | "et" | "ct" | "pt" => true,
            // "local time", "Eastern time", "British time", "Kabul time".
            "local" => self.w(k + 1) == "time",
            "time" => k > 0 && (self.w(k - 1) == "local" || self.is_zone(k - 1)),
            w if self.w(k + 1) == "time" && self.capital_word(k) => {
                self.toks[k + 1].start == self.toks[k].end + 1
                    && !matches!(
                        w,
                        "the"
                            | "this"
                            | "that"
                            | "a"
                            | "an"
                            | "any"
                            | "some"
                            | "no"
                            | "every"
                            | "each"
                            | "one"
                            | "by"
                            | "at"
                            | "on"
                            | "in"
                            | "for"
                            | "it"
                            | "what"
                    )
            }
            _ => false,
        }
    }

    /// Whether token `k` ends a phrase: punctuation or a clause word follows it, not a noun
    /// it would count ("March 11 and 12 people").
    fn last_token_of_phrase(&self, k: usize) -> bool {
        match self.toks.get(k + 1) {
            None => true,
            Some(t) if t.kind == Tk::Punct => !matches!(t.low, "%" | "-" | "/"),
            Some(t) => matches!(
                t.low,
                "in" | "at"
                    | "on"
                    | "when"
                    | "as"
                    | "and"
                    | "but"
                    | "the"
                    | "with"
                    | "for"
                    | "after"
                    | "before"
                    | "while"
                    | "to"
                    | "that"
                    | "because"
            ),
        }
    }

    /// A year written with four digits at token `k`: "1998", "2021".
    fn year(&self, k: usize) -> Option<u32> {
        self.num(k)
            .filter(|y| (1000..=2099).contains(y) && self.toks[k].low.len() == 4)
            .filter(|_| !self.decimals(k))
    }

    /// Whether the number at `k` is the fraction of a decimal ("$3.1042 a gallon").
    fn decimals(&self, k: usize) -> bool {
        k >= 2
            && self.is(k - 1, ".")
            && self.adjacent(k)
            && self.adjacent(k - 1)
            && self.toks[k - 2].kind == Tk::Num
            // (not a date written with full stops: "5.6.1995")
            && !(k >= 3 && self.is(k - 3, ".") && self.adjacent(k - 2))
    }

    /// Whether token `k` stands in a line written in title case, as headlines are: no full
    /// stop at its end, and most of its words of four letters or more start with a capital.
    fn headline(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        // A headline is short: look no further than 300 bytes either way, so a long
        // paragraph costs no more than a short one.
        let (lo, hi) = self.window(t.start, 300);
        let (Some(from), Some(to)) = (
            self.text[lo..t.start]
                .rfind('\n')
                .map(|p| lo + p + 1)
                .or((lo == 0).then_some(0)),
            self.text[t.start..hi]
                .find('\n')
                .map(|p| t.start + p)
                .or((hi == self.text.len()).then_some(hi)),
        ) else {
            return false;
        };
        let line = self.text[from..to].trim_end();
        // A headline has no full stop.
        if line.ends_with(['.', '!', '?', '"', '\'']) {
            return false;
        }
        let (mut caps, mut words) = (0, 0);
        for w in line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() >= 4)
        {
            words += 1;
            caps += usize::from(w.starts_with(char::is_uppercase));
            if words > 40 {
                return false; // a paragraph, not a headline
            }
        }
        words > 0 && caps * 10 >= words * 7
    }

    /// The byte range from `n` bytes before byte `at` to `n` bytes after it, widened to
    /// character boundaries and clipped to the text: a bounded look around a token, so that a
    /// long paragraph costs no more than a short one.
    fn window(&self, at: usize, n: usize) -> (usize, usize) {
        let mut lo = at.saturating_sub(n);
        while !self.text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (at + n).min(self.text.len());
        while !self.text.is_char_boundary(hi) {
            hi += 1;
        }
        (lo, hi)
    }

    /// The byte range of the line holding token `i` when it is a short line without a full
    /// stop, followed by more text: a headline in any case style. (Only 130 bytes are looked
    /// at either way, so a long line costs no more than a short one.)
    fn short_line(&self, i: usize) -> Option<(usize, usize)> {
        let start = self.toks.get(i)?.start;
        let (lo, hi) = self.window(start, 130);
        let from = match self.text[lo..start].rfind('\n') {
            Some(p) => lo + p + 1,
            None if lo == 0 => 0,
            None => return None,
        };
        let to = start + self.text[start..hi].find('\n')?;
        let line = self.text[from..to].trim_end();
        (line.len() <= 120 && !line.ends_with(['.', '!', '?', '"', ':'])).then_some((from, to))
    }

    /// Whether token `i` is in a short line without a full stop (a headline, in any case
    /// style) whose verb is "to" + a plain verb after a noun: "Cardinals to open conclave on
    /// Tuesday". ("Sales rise to record in March": "to" after a verb of motion.)
    fn headline_future(&self, i: usize, from: usize) -> bool {
        let first = (0..i)
            .rev()
            .take_while(|&k| self.toks[k].start >= from)
            .last()
            .unwrap_or(i);
        (first + 1..i).any(|k| {
            let (prev, next) = (self.w(k - 1), self.w(k + 1));
            self.w(k) == "to"
                && self.toks[k - 1].kind == Tk::Word
                && self.toks.get(k + 1).is_some_and(|t| {
                    t.kind == Tk::Word
                        && self.text[t.start..].starts_with(|c: char| c.is_ascii_lowercase())
                })
                && !prev.ends_with("ed")
                && !matches!(
                    prev,
                    "rise"
                        | "rises"
                        | "fall"
                        | "falls"
                        | "climb"
                        | "climbs"
                        | "drop"
                        | "drops"
                        | "jump"
                        | "jumps"
                        | "slip"
                        | "slips"
                        | "go"
                        | "goes"
                        | "head"
                        | "heads"
                        | "return"
                        | "returns"
                        | "move"
                        | "moves"
                        | "back"
                        | "up"
                        | "down"
                        | "due"
                        | "close"
                        | "closer"
                        | "near"
                        | "how"
                        | "what"
                        | "where"
                )
                && !matches!(
                    next,
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "this"
                        | "that"
                        | "record"
                        | "power"
                        | "death"
                        | "date"
                        | "life"
                )
        })
    }

    /// Whether the expression at tokens `i..end` is alone on its line: a heading ("Tuesday"
    /// over the entries of a week ahead).
    fn alone_on_line(&self, i: usize, end: usize) -> bool {
        self.starts_line(i)
            && self
                .toks
                .get(end)
                .is_none_or(|t| self.text[self.toks[end - 1].end..t.start].contains('\n'))
    }

    /// Whether tokens `i..end` head a line of a list or a chronology, after an optional
    /// bullet: "-- March 16: Ministers agree …", "Monday:", "• 21 March: …".
    fn list_heading(&self, i: usize, end: usize) -> bool {
        self.toks.get(end).is_some_and(|t| t.low == ":")
            && before_bullet(&self.text[..self.toks[i].start]).ends_with('\n')
    }

    /// The year heading the chronology line of token `i`, when it is not the DCT's.
    fn story_year(&self, i: usize) -> Option<i32> {
        let heading = self.story_year.and_then(|(y, at)| {
            let start = self.toks.get(i)?.start;
            let same_line = start >= at && !self.text[at..start].contains('\n');
            (same_line && self.dct.is_none_or(|c| c.year != y)).then_some(y)
        });
        heading.or_else(|| self.year_of_sentence(i))
    }

    /// Whether the text is wrapped at a fixed width: a third or more of its long lines end
    /// inside a sentence (copy wrapped at 70 columns), so a line break is no boundary.
    fn wrapped(&self) -> bool {
        *self.wrapped.get_or_init(|| {
            let long: Vec<&str> = self
                .text
                .lines()
                .map(str::trim_end)
                .filter(|l| l.len() > 40)
                .collect();
            let open = long
                .iter()
                .filter(|l| l.ends_with(|c: char| c.is_alphanumeric() || c == ','))
                .count();
            !long.is_empty() && open * 3 >= long.len()
        })
    }

    /// Whether the sentence around token `i` tells of a habit or a timetable: "each day",
    /// "every night", "daily", "nightly", "on Fridays", "weekdays" (words of lexicon group
    /// habit, and "each"/"every" before a day or a part of one).
    fn habitual(&self, lx: &Lexicon, i: usize) -> bool {
        // The dots of "a.m." and "p.m." do not end the sentence.
        // (Nor does the dot of "12.30pm".)
        let stop = |k: usize| {
            matches!(self.w(k), "." | "!" | "?" | ";")
                && !(self.w(k) == "."
                    && self.adjacent(k)
                    && (matches!(self.w(k.wrapping_sub(1)), "a" | "p" | "m")
                        || (self.adjacent(k + 1)
                            && self.toks.get(k + 1).is_some_and(|t| t.kind == Tk::Num))))
        };
        let from = (i.saturating_sub(20)..i)
            .rev()
            .find(|&k| stop(k))
            .map_or(i.saturating_sub(20), |k| k + 1);
        let to = (i..(i + 15).min(self.toks.len()))
            .find(|&k| stop(k))
            .unwrap_or((i + 15).min(self.toks.len()));
        (from..to).any(|k| {
            let w = self.w(k);
            lx.in_group(w, HABIT)
                || (matches!(w, "each" | "every")
                    && (matches!(self.w(k + 1), "day" | "night" | "weekday" | "weeknight")
                        || lx.part.contains_key(self.w(k + 1))
                        // ("open every Saturday, 7 a.m. to 1 p.m.", "every other
                        // Saturday".)
                        || lx.weekday.contains_key(self.w(k + 1))
                        || (self.is(k + 1, "other") && lx.weekday.contains_key(self.w(k + 2)))))
                || (w.len() > 4
                    && self.capitalized(k)
                    && w.strip_suffix('s')
                        .is_some_and(|x| lx.weekday.contains_key(x)))
        }) || self.opening_hours(lx, i)
            || {
                // (The whole sentence, however long.)
                let from = (i.saturating_sub(80)..i)
                    .rev()
                    .find(|&k| stop(k))
                    .map_or(0, |k| k + 1);
                let to = (i..(i + 80).min(self.toks.len()))
                    .find(|&k| stop(k))
                    .unwrap_or(self.toks.len());
                self.generic_present(lx, from, to)
            }
    }

    /// Whether tokens `from..to` (a sentence) tell of what a kind of people or things do,
    /// in the present, on no one day: "Many high schools begin classes before 7:30 a.m.",
    /// "About 43 percent of high schools start before 8 a.m.", "children who are on their
    /// phones at midnight may differ". A quantity or a plural of people or schools, no past
    /// or future, and no day told.
    fn generic_present(&self, lx: &Lexicon, from: usize, to: usize) -> bool {
        let kind = (from..to).map(|k| self.w(k)).any(|w| {
            matches!(
                w,
                "many"
                    | "percent"
                    | "teenager"
                    | "adolescent"
                    | "schools"
                    | "classes"
                    | "students"
                    | "teens"
                    | "teenagers"
                    | "adolescents"
                    | "children"
                    | "kids"
                    | "adults"
                    | "pupils"
            )
        });
        kind && !(from..to).any(|k| {
            let w = self.w(k);
            lx.class(w) & (PAST | FUTURE) != 0
                || w.len() > 4 && w.ends_with("ed")
                || matches!(
                    w,
                    "will"
                        | "ll"
                        | "would"
                        | "today"
                        | "tonight"
                        | "tomorrow"
                        | "yesterday"
                        | "you"
                        | "s"
                )
                || lx.weekday.contains_key(w)
                || lx.month.contains_key(w)
                || self.year(k).is_some()
        })
    }

    /// Whether token `i` is part of opening hours: clock times and, after a comma, a range
    /// of weekdays ("open from 9 a.m. to 5 p.m., Monday through Friday", "staffed from 8am
    /// to 7pm, Monday to Friday"), or the range first ("Monday through Friday, 9 a.m. to 5
    /// p.m."). A range that is not set off so ("open to the public Tuesday through
    /// Thursday") is of one week.
    fn opening_hours(&self, lx: &Lexicon, i: usize) -> bool {
        let range = |k: usize| {
            self.capitalized(k)
                && lx.weekday.contains_key(self.w(k))
                && matches!(self.w(k + 1), "through" | "to" | "-" | "\u{2013}")
                && lx.weekday.contains_key(self.w(k + 2))
        };
        let clock = |k: usize| {
            self.toks[k].kind == Tk::Num
                && matches!(self.w(k + 1), "a" | "p" | "am" | "pm")
                && (self.w(k + 1).len() == 2 || self.is(k + 3, "m"))
        };
        let newline =
            |a: usize, b: usize| self.text[self.toks[a].start..self.toks[b].start].contains('\n');
        let lo = i.saturating_sub(14);
        let hi = (i + 14).min(self.toks.len().saturating_sub(3));
        (lo..hi).any(|k| {
            range(k)
                && (k > 0 && self.is(k - 1, ",") || self.is(k + 3, ","))
                // ("will go from house to house from Sunday through Thursday, working from
                // 7 a.m.": the days of one campaign.)
                && !(k > 0 && matches!(self.w(k - 1), "from" | "between"))
                && (k.saturating_sub(12)..(k + 14).min(self.toks.len().saturating_sub(4)))
                    .any(|c| clock(c) && !newline(c.min(k), c.max(k)))
                && !newline(k.min(i), k.max(i))
        })
    }

    /// Whether the expression at tokens `i..end` stands alone on its line, but for a zone
    /// ("12:41", "17:32 BST"): the time stamp of an entry of a live page.
    fn stamp_line(&self, i: usize, end: usize) -> bool {
        let Some(last) = end.checked_sub(1).and_then(|e| self.toks.get(e)) else {
            return false;
        };
        let after = self.text[last.end..]
            .split('\n')
            .next()
            .unwrap_or("")
            .trim();
        self.starts_line(i)
            && (after.is_empty()
                || (after.len() <= 4 && after.chars().all(|c| c.is_ascii_uppercase())))
    }

    /// Whether the sentence around token `i` names the afternoon or evening half of the day
    /// (`Some(true)`: "afternoon", "evening", "tonight", "night") or the morning
    /// (`Some(false)`), by the first such word: the half of an hour written without a.m./p.m.
    fn afternoon_told(&self, i: usize) -> Option<bool> {
        self.sentence_span(i, 25, 25).find_map(|k| match self.w(k) {
            "morning" => Some(false),
            "afternoon" | "evening" | "tonight" | "night" => Some(true),
            _ => None,
        })
    }

    /// Whether token `k` starts its line (only blanks before it on the line).
    fn starts_line(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            let before = self.text[..t.start].trim_end_matches([' ', '\t']);
            before.is_empty() || before.ends_with('\n')
        })
    }

    /// Whether token `k` ends a sentence or opens a quotation, so that the word after it
    /// opens a sentence.
    fn sentence_end(&self, k: usize) -> bool {
        matches!(self.w(k), "." | "\"" | "\u{201c}" | "!" | "?")
    }

    /// Whether token `i` is inside quotation marks opened earlier in its paragraph.
    fn in_quote(&self, i: usize) -> bool {
        let para = self.paragraph_before(i);
        // (TimeBank writes ``quotes''.)
        odd_quotes(para) || para.matches("``").count() > para.matches("''").count()
    }

    /// The text of token `i`'s paragraph before it, at most 400 bytes back.
    fn paragraph_before(&self, i: usize) -> &str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        let before = &self.text[self.window(t.start, 400).0..t.start];
        before.rsplit("\n\n").next().unwrap_or(before)
    }

    /// The day a quote holding token `i` was spoken: a day one or two before the DCT told
    /// just before it in the paragraph, when the token is inside quotation marks.
    fn spoken_day(&self, i: usize) -> Option<NaiveDate> {
        if !self.quoted_without_yesterday(i) {
            return None;
        }
        // (Further back when the quote tells the night as done: "\"They were the better
        // team tonight,\" the coach said", "\"We heard a lot tonight\"".)
        let past = || {
            self.sentence_span(i, 12, 12).any(|k| {
                let w = self.w(k);
                matches!(
                    w,
                    "was" | "were" | "did" | "didn" | "heard" | "paid" | "won" | "lost"
                ) || w.len() > 4 && w.ends_with("ed") && k < i
            })
        };
        let today = self.dct?.date()?;
        let day = self.day_near(i, 300).or_else(|| {
            self.day_near(i, 1500)
                .filter(|&x| self.is(i, "tonight") && (today - x).num_days() == 1 && past())
        })?;
        (1..=2).contains(&(today - day).num_days()).then_some(day)
    }

    /// Whether token `i` is inside quotation marks opened in its paragraph, and the
    /// paragraph says no "yesterday" ("\"I got here at 2 o'clock yesterday,\" Ruiz said.
    /// \"My mom's cooking dinner tomorrow.\"": a "yesterday" told in the paragraph dates the
    /// speaker to the DCT).
    fn quoted_without_yesterday(&self, i: usize) -> bool {
        let para = self.paragraph_before(i);
        odd_quotes(para)
            && !para
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.eq_ignore_ascii_case("yesterday"))
    }

    /// The day a quoted "today" was spoken, when the quote tells it as done ("\"Today was an
    /// important step\"", "\"What happened today does not change that\"", "\"Today's
    /// verdict shows …\"") and the day told last is the one before the DCT.
    fn spoken_today(&self, i: usize) -> Option<NaiveDate> {
        if !self.quoted_without_yesterday(i) {
            return None;
        }
        let done = matches!(self.w(i + 1), "was" | "were")
            || i > 0 && matches!(self.w(i - 1), "happened" | "decided" | "ruled")
            || self.is(i + 1, "'")
                && self.is(i + 2, "s")
                && matches!(
                    self.w(i + 3),
                    "verdict" | "sentence" | "sentencing" | "ruling" | "decision" | "vote"
                );
        let today = self.dct?.date()?;
        self.day_near(i, 1500)
            .filter(|&x| done && (today - x).num_days() == 1)
    }

    /// "Last year, the first freeze did not come until Nov. 19": the year named earlier in
    /// the same sentence, when it is not the DCT's.
    fn year_of_sentence(&self, i: usize) -> Option<i32> {
        let (y, at) = self.sentence_year?;
        self.sentence_since(at, i)?;
        self.dct.is_none_or(|c| c.year != y).then_some(y)
    }

    /// The text from byte `at` to token `i`, when both stand in one sentence
    /// ([`Doc::one_sentence`]) under 200 bytes apart.
    fn sentence_since(&self, at: usize, i: usize) -> Option<&str> {
        let start = self.toks.get(i)?.start;
        let between = self.text.get(at..start)?;
        (between.len() < 200 && self.one_sentence(at, i)).then_some(between)
    }

    /// Whether the text from byte `at` to token `i` stays in one sentence: no line break,
    /// semicolon, question or exclamation mark, no full stop before a capital, quotation
    /// marks aside ("U.S. banks" and "Jan. 5" go on; "U.S. Treasury" is taken for a break,
    /// which errs on the side of two sentences; so is `Chicago. "Mild`).
    fn one_sentence(&self, at: usize, i: usize) -> bool {
        let Some(between) = self.toks.get(i).and_then(|t| self.text.get(at..t.start)) else {
            return false;
        };
        between.len() < 300
            && !between.contains(['\n', ';', '?', '!'])
            && !between.match_indices('.').any(|(k, _)| {
                // A full stop, a closing quote, a space, an opening quote, a capital.
                let after =
                    between[k + 1..].trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}']);
                after.strip_prefix(' ').is_some_and(|a| {
                    a.trim_start_matches(['"', '\u{201c}', '`'])
                        .starts_with(|c: char| c.is_ascii_uppercase())
                })
            })
    }

    /// The past date earlier in the sentence of token `i` from which a plan is told ("the
    /// announcement on April 14, 2021 that the last forces would leave by Sept. 11").
    fn anchor_of_sentence(&self, i: usize) -> Option<NaiveDate> {
        let (a, at) = self.anchor?;
        let between = self.sentence_since(at, i)?;
        // Only a plan told then, in a clause of what was said or done at that date ("in April
        // 2021, when the White House announced that all troops would leave by 11
        // September"): not a clause of today's ("will join NATO on March 12", "have floated
        // an extension that would push the deadline to June 30", "held since August").
        let words: Vec<&str> = between
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |w: &str| words.contains(&w);
        let plan_then = has("would")
            && (has("that") || has("when"))
            && !["will", "since", "has", "have", "is", "are"]
                .iter()
                .any(|w| has(w))
            && !between.contains(", and");
        plan_then.then_some(a)
    }

    /// Whether the expression at tokens `i..end` frames its sentence: "On Feb. 4, …",
    /// "In November, …".
    fn frame(&self, i: usize, end: usize) -> bool {
        i > 0
            && matches!(self.w(i - 1), "on" | "in" | "by")
            && (i == 1 || self.sentence_end(i - 2) || self.starts_line(i - 1))
            && self.is(end, ",")
    }

    /// A number written with thousands separators ("2,000", "125,000").
    fn grouped_num(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != Tk::Num || !t.low.as_bytes().contains(&b',') {
            return None;
        }
        let mut parts = t.low.split(',');
        let head = parts.next()?;
        if head.is_empty() || head.len() > 3 {
            return None;
        }
        let mut n: u32 = head.parse().ok()?;
        for p in parts {
            if p.len() != 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            n = n.checked_mul(1000)?.checked_add(p.parse().ok()?)?;
        }
        Some(n)
    }

    /// Told on a Sunday, the value of the ISO week ending that day and of the one starting
    /// tomorrow: the rest of the week is gone, so a week still awaited ("later in the week",
    /// "by the end of the week", a "this week" ahead) is the next one.
    fn sunday_weeks(&self) -> Option<(String, String)> {
        let t = self.today().filter(|t| t.weekday() == Weekday::Sun)?;
        Some((iso_week(t), iso_week(t + Duration::days(1))))
    }

    /// The year that closed with a fourth quarter told just before "the" at token `the`
    /// ("lost $6.8 million in the fourth quarter. For the (full) year, it earned $4.2
    /// million", told in the first quarter); not a forecast for the year, still ahead.
    fn year_closed_by_q4(&self, the: usize) -> Option<i32> {
        let c = self.dct.filter(|c| c.month <= 3)?;
        let near = self.toks[the].start.saturating_sub(self.last_quarter_at) < 600;
        let forecast = (the.saturating_sub(2)..the).any(|k| {
            matches!(
                self.w(k),
                "forecast" | "forecasts" | "outlook" | "guidance" | "target" | "view"
            )
        });
        (self.last_quarter == Some((c.year - 1, 4)) && near && !forecast).then_some(c.year - 1)
    }

    /// The tokens of the sentence around token `i`, at most `back` tokens before it and
    /// `ahead` after it.
    fn sentence_span(&self, i: usize, back: usize, ahead: usize) -> std::ops::Range<usize> {
        let is_break = |k: usize| matches!(self.toks[k].low, "." | "!" | "?" | ";");
        let from = (i.saturating_sub(back)..i)
            .rev()
            .find(|&k| is_break(k))
            .map_or(i.saturating_sub(back), |k| k + 1);
        let last = (i + ahead).min(self.toks.len());
        let to = (i..last).find(|&k| is_break(k)).unwrap_or(last);
        from..to
    }

    /// Whether the sentence around token `i` tells of a game ("scored 12 points in the
    /// fourth quarter", "a goal early in the second half") and not of money: there "the
    /// fourth quarter" and "the second half" are parts of the game, not of the year.
    fn game_sentence(&self, lx: &Lexicon, i: usize) -> bool {
        let words = || {
            self.toks[self.sentence_span(i, 40, 40)]
                .iter()
                .map(|t| t.low)
        };
        // A sports story's "the first half", "the entire fourth quarter" are parts of a game
        // even in a sentence without a word of one.
        let story = || {
            *self.game_story.get_or_init(|| {
                let (mut game, mut money) = (0, 0);
                for t in self.toks.iter().filter(|t| t.kind == Tk::Word) {
                    if let Some(g) = lx.groups.get(t.low) {
                        game += usize::from(g & GAME != 0);
                        money += usize::from(g & MONEY != 0);
                    }
                }
                game >= 5 && game >= money
            })
        };
        !words().any(|w| lx.in_group(w, MONEY))
            && (words().any(|w| lx.in_group(w, GAME)) || story())
    }

    /// Whether `w` is the "-ing" form of a verb of scheduled events ("heading", "traveling",
    /// "flying", "meeting"), found from its third-person form in the lexicon.
    fn progressive_of_schedule(&self, lx: &Lexicon, w: &str) -> bool {
        let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 2) else {
            return false;
        };
        let schedule = |x: String| lx.class(&x) & SCHEDULE != 0;
        let b = stem.as_bytes();
        // "closing" -> "close", "running" -> "run", "flying" -> "flies".
        let undoubled = (b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2])
            .then(|| stem[..stem.len() - 1].to_string());
        [Some(stem.to_string()), Some(format!("{stem}e")), undoubled]
            .into_iter()
            .flatten()
            .any(|s| {
                schedule(format!("{s}s"))
                    || schedule(format!("{s}es"))
                    || s.strip_suffix('y')
                        .is_some_and(|r| schedule(format!("{r}ies")))
            })
    }

    /// Whether the date at `i` ends a state that holds now: "has been held until January",
    /// "have been suspended till March".
    fn perfect_until(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && matches!(self.w(k - 1), "early" | "late" | "mid" | "-") {
            k -= 1;
        }
        k >= 3
            && matches!(self.w(k - 1), "until" | "till")
            && (k.saturating_sub(7)..k - 1).any(|q| {
                matches!(self.w(q), "has" | "have")
                    && self.is(q + 1, "been")
                    && !(q..k).any(|x| matches!(self.w(x), "." | ";" | ","))
            })
    }

    /// Whether the day at `i` ends a state named by a passive or a copula just before
    /// "through", "until" or "till": "classes were canceled through Friday", "remained
    /// closed until Monday".
    fn state_until(&self, lx: &Lexicon, i: usize) -> bool {
        // ("to finance the government through the end of September": the month's bound.)
        let i = if i >= 4
            && self.is(i - 1, "of")
            && matches!(self.w(i - 2), "end" | "middle" | "start" | "beginning")
            && self.is(i - 3, "the")
        {
            i - 3
        } else {
            i
        };
        // ("have been cancelled until at least Tuesday".)
        let i = if i >= 3 && self.is(i - 1, "least") && self.is(i - 2, "at") {
            i - 2
        } else {
            i
        };
        // ("until 00:01 on Tuesday": past the clock time told before its day.)
        // (Not an "On" that opens a sentence.)
        let i = if i > 2 && self.is(i - 1, "on") && !self.capitalized(i - 1) {
            let mut k = i - 1;
            while k > 0 && i - k < 8 && self.clock_word(k - 1) {
                k -= 1;
            }
            if k < i - 1 { k } else { i }
        } else {
            i
        };
        if i < 4 || !matches!(self.w(i - 1), "through" | "until" | "till") {
            return false;
        }
        let v = i - 2;
        let participle = |w: &str| lx.class(w) & PAST != 0 || w.len() > 4 && w.ends_with("ed");
        // ("The Highways Agency has lifted roadworks on most motorways until 00:01 on
        // Tuesday": a present perfect holds its state up to the bound.)
        if self.w(i - 1) == "until"
            && (2..=20).any(|b| {
                (i - 1).checked_sub(b).is_some_and(|k| {
                    // ("The Highways Agency said it had lifted 95% of its roadworks until
                    // Tuesday": the perfect reported.)
                    let reported_had = self.is(k, "had")
                        && (k.saturating_sub(4)..k).any(|q| lx.in_group(self.w(q), SAYING));
                    (matches!(self.w(k), "has" | "have" | "ve") || reported_had)
                        && participle(self.w(k + 1))
                        && self.w(k + 1) != "been"
                        && (k + 2..i - 1).all(|q| {
                            !matches!(self.w(q), "," | "." | ";" | "that" | "which" | "who")
                                && lx.class(self.w(q)) & (PAST | FUTURE) == 0
                        })
                })
            })
        {
            return true;
        }
        // ("where lawmakers have until Thursday to raise the debt ceiling": a term held now.)
        if matches!(self.w(v), "have" | "has") && self.w(i - 1) == "until" {
            return true;
        }
        // "a bill that keeps agencies funded through Dec. 15", "a bill funding the government
        // through Nov. 15": a term kept or paid for, to a day ahead.
        // ("a spending bill that keeps the government running through Sept. 30".)
        let kept = (participle(self.w(v))
            || matches!(
                self.w(v),
                "running" | "open" | "going" | "operating" | "afloat"
            ))
            && (2..=4).any(|b| {
                v.checked_sub(b).is_some_and(|k| {
                    matches!(self.w(k), "keeps" | "keep" | "kept" | "keeping")
                        && (k + 1..v).all(|q| self.toks[q].kind == Tk::Word)
                })
            });
        let funding = (2..=5).any(|b| {
            (i - 1).checked_sub(b).is_some_and(|k| {
                // ("approved legislation to fund the government through Sept. 30".)
                // ("canceled 14 more voyages through mid-April".)
                (matches!(
                    self.w(k),
                    "funding" | "financing" | "extending" | "keeping" | "canceled" | "cancelled"
                ) || matches!(self.w(k), "fund" | "finance" | "extend" | "keep")
                    && k > 0
                    // ("a version that would fund agencies through the end of September".)
                    && matches!(self.w(k - 1), "to" | "would" | "will" | "could"))
                    && (k + 1..i - 1).all(|q| self.toks[q].kind == Tk::Word)
            })
        });
        if self.w(i - 1) == "through" && (kept || funding) {
            return true;
        }
        // ("with the West Coast Main Line closed until Tuesday morning": a state that holds
        // through the date.)
        let with_state = participle(self.w(v))
            && (2..=6).any(|b| {
                v.checked_sub(b).is_some_and(|k| {
                    self.is(k, "with") && (k + 1..v).all(|q| self.toks[q].kind == Tk::Word)
                })
            });
        if with_state && matches!(self.w(i - 1), "until" | "till") {
            return true;
        }
        participle(self.w(v))
            && matches!(
                self.w(v - 1),
                "was"
                    | "were"
                    | "been"
                    | "be"
                    | "is"
                    | "are"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "stay"
                    | "stays"
                    | "stayed"
            )
            && !matches!(self.w(v), "born" | "held")
    }

    /// Whether the "midnight" at `i` is one passed ("shortly after midnight", "since
    /// midnight", "around midnight"), which begins a day rather than ending one.
    fn after_midnight(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && matches!(self.w(k - 1), "shortly" | "just" | "soon" | "well" | "long") {
            k -= 1;
        }
        k > 0 && matches!(self.w(k - 1), "after" | "since" | "around" | "past")
    }

    /// The DCT as a day, when it names one.
    fn today(&self) -> Option<NaiveDate> {
        self.dct.and_then(|c| c.date())
    }

    /// The last day told before token `i` that was not after the DCT and stands outside a
    /// quote ("'I told the trainers Saturday night'" is not the story's); none that ended
    /// `STORY_WINDOW` bytes or more before `i`. (The quotes are looked at here, on the rare
    /// clause that asks, not for every day told.)
    fn past_day(&self, i: usize) -> Option<NaiveDate> {
        let start = self.toks[i].start;
        self.past_days
            .iter()
            .rev()
            .take_while(|&&(_, at, _)| start.saturating_sub(at) < STORY_WINDOW)
            .find(|&&(_, _, k)| !self.in_quote(k))
            .map(|&(day, _, _)| day)
    }

    /// Whether a quarter has begun by the DCT (true without a DCT): "a year earlier" is
    /// not counted from a quarter still ahead.
    fn quarter_begun(&self, y: i32, q: u32) -> bool {
        self.dct
            .is_none_or(|c| (y, q) <= (c.year, (c.month - 1) / 3 + 1))
    }

    /// The day the text is about: the last day told, else the DCT's.
    fn day_told(&self) -> Option<NaiveDate> {
        self.last_day.or_else(|| self.today())
    }

    /// Records `day` (its value `value`, ending at byte `at`) as the last day told, with
    /// whether it was told as its morning or its night.
    fn tell_day(&mut self, day: NaiveDate, at: usize, value: &str) {
        self.last_day = Some(day);
        self.last_day_at = at;
        self.last_day_morning = morning_of(value);
        self.last_day_night = value.ends_with("TNI");
        let time = value.split_once('T').map(|(_, t)| t);
        let hour = time.and_then(|t| t.get(..2)?.parse::<u32>().ok());
        self.last_day_afternoon = time == Some("AF") || hour >= Some(12);
        // (An evening's clock time tells its night too: "went down at 7:42 p.m.")
        if matches!(time, Some("NI" | "EV")) || hour.is_some_and(|h| (18..24).contains(&h)) {
            self.last_night = Some((day, at));
        }
        self.last_day_report = false;
    }

    /// The day-precise date the text mentioned within `within` bytes before token `i`.
    fn day_near(&self, i: usize, within: usize) -> Option<NaiveDate> {
        self.last_day
            .filter(|_| self.toks[i].start.saturating_sub(self.last_day_at) < within)
    }

    /// The first token of a clock time told right before token `i` ("4 a.m." in "from 4
    /// a.m. Wednesday"), or `i` itself: at most eight tokens back, and not before `floor`.
    fn clock_before(&self, i: usize, floor: usize) -> usize {
        let mut c = i;
        while c > floor
            && i - c < 8
            && (self.toks[c - 1].kind == Tk::Num
                || matches!(
                    self.w(c - 1),
                    ":" | "." | "a" | "p" | "m" | "am" | "pm" | "noon" | "midnight"
                ))
        {
            c -= 1;
        }
        c
    }

    /// Whether token `k` is a word that starts with a capital letter.
    fn capital_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == Tk::Word) && self.capitalized(k)
    }

    /// Whether token `k` starts with a capital letter in the text.
    fn capitalized(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| self.text[t.start..].starts_with(|c: char| c.is_uppercase()))
    }
}

impl Tagger {
    pub fn new() -> Tagger {
        let lx = Lexicon::parse(LEXICON).expect("the built-in temporal lexicon is valid");
        let mut starters: HashSet<String> = [
            "the",
            // ("AD 122".)
            "ad",
            "this",
            "last",
            "next",
            "past",
            "coming",
            "approaching",
            "upcoming",
            "earlier",
            "later",
            "recent",
            "previous",
            "early",
            "mid",
            "late",
            "every",
            "each",
            "that",
            "same",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "weekdays",
            "weekends",
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
            "fiscal",
            "year",
            "end",
            "beginning",
            "middle",
            "start",
            "day",
            "following",
            "noon",
            "midday",
            "midweek",
            "midnight",
            "q",
            "h",
            "once",
            "twice",
            "thrice",
            "half",
            "per",
            "overnight",
            "soon",
            "another",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let firsts = |v: &[(Vec<String>, String)]| {
            v.iter()
                .filter_map(|(w, _)| w.first().cloned())
                .collect::<Vec<_>>()
        };
        starters.extend(lx.holidays.iter().filter_map(|(w, _)| w.first().cloned()));
        starters.extend(lx.month.keys().cloned());
        starters.extend(lx.weekday.keys().cloned());
        starters.extend(lx.weekday.keys().map(|w| format!("{w}s")));
        starters.extend(lx.number.keys().cloned());
        starters.extend(lx.ordinal.keys().cloned());
        starters.extend(lx.unit.keys().cloned());
        starters.extend(lx.unit.keys().map(|u| format!("{u}long")));
        starters.extend(lx.season.keys().cloned());
        starters.extend(lx.part.keys().cloned());
        starters.extend(lx.part.keys().map(|p| format!("mid{p}")));
        starters.extend(lx.set.keys().cloned());
        starters.extend(firsts(&lx.named));
        starters.extend(firsts(&lx.refs));
        starters.extend(lx.approx.iter().filter_map(|(w, _)| w.first().cloned()));
        // Abbreviations are looked up with their period; the bare word starts them too.
        let bare: Vec<String> = starters
            .iter()
            .filter_map(|s| s.strip_suffix('.').map(str::to_string))
            .collect();
        starters.extend(bare);
        let starters = Starters::new(starters);
        Tagger { lx, starters }
    }

    /// Tag `text`. Byte offsets, sorted, non-overlapping.
    pub fn tag(&self, text: &str, dct: Option<&Dct>) -> Vec<Timex> {
        let lower = text.to_ascii_lowercase();
        let mut d = Doc {
            text,
            toks: tokenize(text, &lower),
            first_break: text.find('\n').unwrap_or(text.len()),
            dct: dct.copied(),
            last_day: None,
            last_quarter: None,
            last_quarter_at: 0,
            last_year: None,
            last_past_year: None,
            written_year: None,
            written_by_season: false,
            story_year: None,
            sentence_year: None,
            narrative: None,
            anchor: None,
            last_day_at: 0,
            last_week: None,
            last_clock: None,
            last_day_morning: false,
            last_day_night: false,
            last_day_afternoon: false,
            last_night: None,
            last_day_report: false,
            event_day: None,
            past_days: Vec::new(),
            days_told: Vec::new(),
            anniversary: None,
            last_month: None,
            last_month_written: false,
            last_month_at: 0,
            year_only: None,
            surnames: std::cell::OnceCell::new(),
            game_story: std::cell::OnceCell::new(),
            weekdays: std::cell::RefCell::new(Vec::new()),
            wrapped: std::cell::OnceCell::new(),
        };
        d.anniversary = self.anniversary(&d);
        let mut out = Vec::new();
        let mut i = 0;
        while i < d.toks.len() {
            // Most words cannot start a temporal expression: skip them with one lookup.
            let t = &d.toks[i];
            // An apostrophe starts an expression only before a number ("'90s", "since '86").
            let short_year = matches!(t.low, "'" | "\u{2019}")
                && d.toks.get(i + 1).is_some_and(|n| n.kind == Tk::Num);
            if (t.kind == Tk::Punct && !short_year)
                || (t.kind == Tk::Word && !self.starters.contains(t.low))
            {
                i += 1;
                continue;
            }
            match self
                .at(&d, i)
                .map(|mt| self.combine(&d, i, mt))
                .map(|mt| self.or_so(&d, mt))
                .filter(|mt| !self.name_or_fraction(&d, i, mt.end))
            {
                Some(mt) if mt.end > i => {
                    let start = d.toks[i].start;
                    let end = d.toks[mt.end - 1].end;
                    // ("its biggest drop since Feb. 3 … at 4:02 p.m.", "fiscal 2013, which
                    // ended Feb. 1": a day things are measured from or to is not the day the
                    // text goes on with.)
                    // (A small hour past midnight after a late one keeps the evening's day for
                    // what follows: "at 1:15 a.m. … the following morning".)
                    let past_midnight = mt.kind == TimexType::Time
                        && !(i..mt.end).any(|k| d.capital_word(k) && !d.is_zone(k))
                        && day_of(&mt.value).is_some_and(|day| {
                            d.last_clock.is_some_and(|(cd, ch, _)| {
                                ch >= 20
                                    && cd.succ_opt() == Some(day)
                                    && !morning_of(&mt.value[..10])
                            }) && morning_of(&mt.value)
                                && d.last_day.is_some_and(|l| l < day)
                                // (Or after a night told: "By Monday night … At 4:50 a.m.")
                                || d.last_day_night
                                    && d.last_day.and_then(|l| l.succ_opt()) == Some(day)
                                    && mt.value.as_bytes().get(11).is_some_and(u8::is_ascii_digit)
                                    && morning_of(&mt.value)
                        });
                    // ("had arrived the night before." looks back; the story stays on its day.)
                    let flashback = d.is(mt.end - 1, "before")
                        && self.lx.part.contains_key(d.w(mt.end.saturating_sub(2)));
                    if let Some(day) = day_of(&mt.value)
                        && !(i > 0 && matches!(d.w(i - 1), "since" | "ended" | "ending"))
                        && !past_midnight
                        && !flashback
                    {
                        d.tell_day(day, end, &mt.value);
                        // ("after late-night talks": a night before a noun tells no night
                        // the small hours after it follow.)
                        if d.is(mt.end - 2, "-")
                            && d.toks.get(mt.end).is_some_and(|t| t.kind == Tk::Word)
                        {
                            d.last_day_night = false;
                        }
                        d.days_told.push(day);
                        // ("…, officials said Friday.", "Hostetler said at a briefing
                        // Thursday morning", "told reporters Friday": the day of a report.)
                        let k = if i > 0 && d.is(i - 1, "on") { i - 1 } else { i };
                        let verb = |q: usize| {
                            matches!(
                                d.w(q),
                                "said"
                                    | "says"
                                    | "confirmed"
                                    | "announced"
                                    | "reported"
                                    | "added"
                                    | "acknowledged"
                                    | "disclosed"
                            )
                        };
                        d.last_day_report = k > 0
                            && (verb(k - 1)
                                || (2..=5).any(|b| {
                                    k.checked_sub(b).is_some_and(|q| {
                                        (verb(q) || d.is(q, "told"))
                                            && (q + 1..k).all(|x| d.toks[x].kind == Tk::Word)
                                            && (q + 1..k).any(|x| {
                                                matches!(
                                                    d.w(x),
                                                    "briefing"
                                                        | "conference"
                                                        | "statement"
                                                        | "interview"
                                                        | "release"
                                                        | "reporters"
                                                )
                                            })
                                    })
                                }));
                        if !d.last_day_report {
                            d.event_day = Some((day, end));
                        }
                        if d.today().is_some_and(|t| day <= t) {
                            d.past_days.push((day, end, i));
                        }
                    }
                    if mt.kind == TimexType::Date
                        && mt.value.len() == 4
                        && let Ok(y) = mt.value.parse::<i32>()
                    {
                        d.year_only = Some((y, end));
                    }
                    if mt.kind != TimexType::Duration
                        && let Some(ym) = month_of(&mt.value)
                    {
                        d.last_month = Some(ym);
                        // (A month with its year written, "in March 2010"; not "since April
                        // 2008", the start of a span.)
                        if mt.value.len() == 7 {
                            d.last_month_at = end;
                        }
                        d.last_month_written = mt.value.len() == 7
                            && d.toks[i..mt.end]
                                .iter()
                                .any(|t| t.kind == Tk::Num && t.low.len() == 4)
                            && !(i > 0 && d.is(i - 1, "since"));
                    }
                    if mt.kind == TimexType::Date
                        && let Some(monday) = week_monday(&mt.value)
                    {
                        d.last_week = Some((monday, end));
                    }
                    // ("left port at 9 p.m. (1300 GMT) on Friday": a time in another zone in
                    // brackets after a clock is that clock, not a later one.)
                    let conversion = i > 1
                        && d.is(i - 1, "(")
                        && d.last_clock
                            .is_some_and(|(_, _, at)| at == d.toks[i - 2].end);
                    if mt.kind == TimexType::Time
                        && !conversion
                        && let Some((day, t)) = mt.value.split_once('T')
                        && let (Some(day), Some(h)) = (
                            parse_ymd(day),
                            t.get(..2).and_then(|h| h.parse::<u32>().ok()),
                        )
                    {
                        d.last_clock = Some((day, h, end));
                    }
                    if mt.kind != TimexType::Duration
                        && let Some(y) = mt.value.get(..4).and_then(|y| y.parse::<i32>().ok())
                    {
                        d.last_year = Some(y);
                        if d.dct.is_some_and(|c| y < c.year) {
                            d.last_past_year = Some(y);
                        }
                        let written = d.toks[i..mt.end]
                            .iter()
                            .any(|t| t.kind == Tk::Num && t.low.len() == 4);
                        // ("bought 11 million last year, double the number sold three
                        // years earlier": a year told by its name counts too.)
                        let named = d.is(i, "last") && d.is(i + 1, "year") && mt.end == i + 2;
                        // ("Last fall, it killed off a service it had bought two years
                        // earlier": a season named by its year.)
                        let season = d.is(i, "last")
                            && self.lx.season.contains_key(d.w(i + 1))
                            && mt.end == i + 2;
                        if mt.value.len() == 4 && (written || named) || season {
                            d.written_year = Some((y, end));
                            d.written_by_season = season;
                        }
                        // A year heading a line of a chronology ("1989: Soviet troops
                        // leave"). (A full date with its year does not set the year of what
                        // follows: in TBAQ the next month named is as often this year's.)
                        let heading = mt.value.len() == 4
                            && d.is(mt.end, ":")
                            && d.text[..start]
                                .trim_end_matches([' ', '\t'])
                                .ends_with('\n');
                        if written && heading {
                            d.story_year = Some((y, end));
                        }
                        // A year that opens its sentence ("Last year, …", "In 2009 …") sets the
                        // year of the dates after it in that sentence.
                        let before = d.text[..start].trim_end_matches([' ', '\t']);
                        let before = ["In", "in", "By", "During", "Through", "Until"]
                            .iter()
                            .find_map(|p| before.strip_suffix(p))
                            .unwrap_or(before)
                            .trim_end_matches([' ', '\t']);
                        let opens = before.is_empty()
                            || before.ends_with(['.', '\n', '?', '!', '"', '\u{201c}']);
                        if mt.value.len() == 4 && mt.kind == TimexType::Date && opens {
                            d.sentence_year = Some((y, end));
                        }
                        // A year long past told as the time of what happens ("in the summer
                        // of 1957") opens a story long past; a year naming a thing ("a 2009
                        // conviction", "the 1986 team") does not. A date of the DCT's time
                        // closes it.
                        if let Some(c) = d.dct {
                            let adjective = i > 0
                                && matches!(
                                    d.w(i - 1),
                                    "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
                                );
                            // ("Fifty years ago this summer", "Twenty years ago Thursday":
                            // a time finer than a year, so many years back.)
                            let ago = mt.value.len() > 4
                                && d.toks[i..mt.end].iter().any(|t| t.low == "ago");
                            if (written || ago) && y <= c.year - 2 && !adjective {
                                d.narrative = Some((y, end));
                            } else if y >= c.year - 1 && mt.kind == TimexType::Date {
                                d.narrative = None;
                            }
                            // A past date at month precision or finer anchors a plan told
                            // in its sentence; any other date ends that.
                            if mt.kind == TimexType::Date {
                                let full = match mt.value.len() {
                                    10 => day_of(&mt.value),
                                    7 => month_of(&mt.value)
                                        .and_then(|(y, mo)| NaiveDate::from_ymd_opt(y, mo, 1)),
                                    _ => None,
                                };
                                d.anchor = full
                                    .filter(|a| c.date().is_some_and(|t| *a < t))
                                    .map(|a| (a, end));
                            }
                        }
                    }
                    // "a year ago", "the year-earlier quarter" compare with a quarter; they
                    // do not change the quarter the text is about.
                    let comparison = d.toks[i..mt.end]
                        .iter()
                        .any(|t| matches!(t.low, "ago" | "earlier"));
                    // Nor does a quarter a year or more before the DCT's ("the 1988 period").
                    let older = |q: (i32, u32)| {
                        d.dct.is_some_and(|c| {
                            let now = c.year * 4 + (c.month as i32 - 1) / 3;
                            now - (q.0 * 4 + q.1 as i32 - 1) >= 4
                        })
                    };
                    if let Some(q) = quarter_of(&mt.value).filter(|&q| !comparison && !older(q)) {
                        d.last_quarter = Some(q);
                        d.last_quarter_at = end;
                    }
                    let second = self.span_end(&d, &mt);
                    out.push(Timex {
                        start,
                        end,
                        kind: mt.kind,
                        value: mt.value,
                        modifier: mt.modifier,
                    });
                    i = mt.end;
                    if let Some((k, value)) = second {
                        if let Some(day) = day_of(&value) {
                            d.tell_day(day, d.toks[k].end, &value);
                            d.last_month = Some((day.year(), day.month()));
                        } else if let Ok(y) = value.parse() {
                            d.last_year = Some(y);
                        }
                        out.push(Timex {
                            start: d.toks[k].start,
                            end: d.toks[k].end,
                            kind: TimexType::Date,
                            value,
                            modifier: None,
                        });
                        i = k + 1;
                    }
                }
                _ => i += 1,
            }
        }
        clock_ranges(&self.lx, text, dct.and_then(|c| c.date()), &mut out);
        weekday_ranges(&self.lx, text, &mut out);
        range_years(text, dct.and_then(|c| c.date()), &mut out);
        if let Some(today) = dct.and_then(|c| c.date()) {
            ranges_around_today(&self.lx, text, today, &mut out);
            schedule_order(text, today, &mut out);
            week_ahead(&d.weekdays.borrow(), text, today, &mut out);
            weekday_order(&self.lx, text, today, &mut out);
            weekday_event(&self.lx, text, today, &mut out);
            month_pairs(text, today, &mut out);
            season_pairs(text, &mut out);
            heading_days(&self.lx, text, today, &mut out);
        }
        out
    }

    /// The year a retrospective looks back on: "N years after/ago/on/later/since", "a
    /// quarter-century after", "the Nth anniversary" in the headline or lead (the first
    /// 600 bytes), N at least five, counted back from the DCT.
    fn anniversary(&self, d: &Doc<'_>) -> Option<(i32, bool)> {
        let now = d.dct?.year;
        let lead = d.toks.iter().take_while(|t| t.start < 600).count();
        let count = |k: usize| -> Option<(u32, usize)> {
            if let Some(n) = d.num(k) {
                return Some((n, k + 1));
            }
            let n = self.lx.number.get(d.w(k)).copied().flatten()?;
            // "twenty-five".
            if d.is(k + 1, "-")
                && let Some(Some(u)) = self.lx.number.get(d.w(k + 2))
                && *u < 10
                && n % 10 == 0
            {
                return Some((n + u, k + 3));
            }
            Some((n, k + 1))
        };
        let after = |k: usize| matches!(d.w(k), "after" | "ago" | "on" | "later" | "since");
        // "… ago this week", "… ago today", "… ago Saturday".
        let near = |k: usize| {
            d.is(k, "ago")
                && (matches!(
                    (d.w(k + 1), d.w(k + 2)),
                    ("this", "week" | "month" | "weekend")
                ) || matches!(d.w(k + 1), "today" | "tonight")
                    || self.lx.weekday.contains_key(d.w(k + 1)))
        };
        for k in 0..lead {
            let mut close = false;
            let found = match d.w(k) {
                "quarter" | "half" if d.w(k + 1) == "century" || d.w(k + 2) == "century" => {
                    let e = if d.is(k + 1, "-") { k + 3 } else { k + 2 };
                    after(e).then_some(if d.is(k, "quarter") { 25 } else { 50 })
                }
                "anniversary" if k > 0 => {
                    // "the 50th anniversary", "the 25th anniversary".
                    let (j, suffix) = if matches!(d.w(k - 1), "st" | "nd" | "rd" | "th") {
                        (k - 2, true)
                    } else {
                        (k - 1, false)
                    };
                    let n = if suffix {
                        d.num(j)
                    } else {
                        self.lx.ordinal.get(d.w(j)).copied()
                    };
                    n.map(|n| n as i32)
                }
                _ => count(k).and_then(|(n, e)| {
                    let (unit, e) = match d.w(e) {
                        "years" | "year" => (1, e + 1),
                        "decades" | "decade" => (10, e + 1),
                        _ => return None,
                    };
                    close = near(e);
                    after(e).then_some((n * unit) as i32)
                }),
            };
            if let Some(n) = found.filter(|n| (5..=200).contains(n)) {
                return Some((now - n, close));
            }
        }
        None
    }

    /// The second end of a span written after a date, a date of its own: the day in "July 1-2",
    /// "Aug. 9–15", "March 11 and 12", "from March 5 to 7"; the year in "1998-99", "the 2013-14
    /// season". Its token and value.
    fn span_end(&self, d: &Doc<'_>, mt: &M) -> Option<(usize, String)> {
        if mt.kind != TimexType::Date {
            return None;
        }
        let k = mt.end;
        let n = d.num(k + 1)?;
        let dash = (d.is(k, "-") || d.is(k, "\u{2013}")) && d.adjacent(k) && d.adjacent(k + 1);
        // Not a score, a phone number or a fraction: "July 1-2-3", "1998-99999".
        let more_digits =
            d.adjacent(k + 2) && (d.num(k + 2).is_some() || matches!(d.w(k + 2), "-" | "%" | "/"));
        if let Some(first) = day_of(&mt.value) {
            // "March 11 and 12", "March 26 or 27": the second day ends the phrase.
            let joined =
                matches!(d.w(k), "and" | "or" | "to" | "through") && d.last_token_of_phrase(k + 1);
            // "19-20 August": the second day has its own month.
            let own_month = self.lx.month.contains_key(d.w(k + 2));
            if !(dash || joined)
                || d.toks[k + 1].low.len() > 2
                || n <= first.day()
                || more_digits
                || own_month
            {
                return None;
            }
            return first.with_day(n).map(|last| (k + 1, ymd(last)));
        }
        let first: u32 = mt.value.parse().ok().filter(|_| mt.value.len() == 4)?;
        let word_after = d.adjacent(k + 2) && d.toks.get(k + 2).is_some_and(|t| t.kind == Tk::Word);
        // "1998-99", "2011/12".
        let slash = d.is(k, "/") && d.adjacent(k) && d.adjacent(k + 1);
        if !((d.is(k, "-") && dash) || slash)
            || d.toks[k + 1].low.len() != 2
            || more_digits
            || word_after
        {
            return None;
        }
        let y = first / 100 * 100 + n;
        let y = if y > first { y } else { y + 100 };
        // "the 2013-14 school year", "the 2011/12 fiscal year", "the financial year 2014-15":
        // one year of accounts or of school named by the year it starts in, not two years.
        let accounts = |w: &str| self.lx.in_group(w, ACCOUNTS);
        // ("teaching grants for 2014-15", "a target of Rs 1,010 crore for 2012-13": a year
        // of money after "for", in a sentence of budgets.)
        let budget = || {
            k >= 2
                && matches!(d.w(k - 2), "for" | "from")
                && d.sentence_span(k, 40, 20)
                    .any(|x| self.lx.in_group(d.w(x), BUDGET))
        };
        if y == first + 1
            && (accounts(d.w(k + 2))
                // ("the financial year 2014-15": "year" before the year.)
                || (k >= 3 && d.w(k - 2) == "year" && accounts(d.w(k - 3)))
                || budget())
        {
            return None;
        }
        (y - first <= 10).then(|| (k + 1, format!("{y:04}")))
    }

    /// Two expressions that name one time together: "Monday, Oct. 26" (the day, its year
    /// chosen so that the weekday agrees), "noon Thursday", "June last year", "January nineteen
    /// ninety-seven", "the winter of 1994".
    fn combine(&self, d: &Doc<'_>, i: usize, mt: M) -> M {
        // "three years and eight months", "two hours and 41 minutes": one span. So are
        // hours, minutes and seconds after a comma or none: "3 minutes, 21 seconds", "5
        // minutes 12 seconds", "1 day, 9 hours, 15 minutes and 24 seconds".
        if mt.kind == TimexType::Duration {
            let clock = |v: &str| v.contains('T') || v.starts_with('P') && v.ends_with('D');
            let (at, by_comma) = if d.is(mt.end, "and") {
                (mt.end + 1, false)
            } else if d.is(mt.end, ",") {
                (mt.end + 1, true)
            } else {
                (mt.end, true)
            };
            if (!by_comma || d.num(at).is_some() || self.lx.number.contains_key(d.w(at)))
                && let Some(next) = self.core(d, at)
                && next.kind == TimexType::Duration
                && (!by_comma || clock(&mt.value) && next.value.starts_with("PT"))
                && let Some(value) = add_durations(&mt.value, &next.value)
            {
                return self.combine(
                    d,
                    i,
                    M {
                        end: next.end,
                        kind: TimexType::Duration,
                        value,
                        modifier: mt.modifier,
                    },
                );
            }
        }
        if mt.kind != TimexType::Date && mt.kind != TimexType::Time {
            return mt;
        }
        let first = d.w(i);
        // "this year's third quarter", "last year's quarter": that year's quarter.
        if mt.value.len() == 4
            && mt.kind == TimexType::Date
            && d.is(mt.end, "'")
            && d.is(mt.end + 1, "s")
            && d.adjacent(mt.end)
            && let Some(q) = self.quarter(d, mt.end + 2, true)
            && let Some((_, n)) = quarter_of(&q.value)
        {
            return M {
                end: q.end,
                kind: TimexType::Date,
                value: format!("{}-Q{n}", mt.value),
                modifier: mt.modifier,
            };
        }
        let j = if d.is(mt.end, ",") {
            mt.end + 1
        } else {
            mt.end
        };
        // Nothing joins across a line break ("Monday, Dec. 21" heading a blotter's entries,
        // "7:52 a.m." opening the first), unless the text is wrapped at a fixed width.
        if let (Some(a), Some(b)) = (d.toks.get(mt.end - 1), d.toks.get(j)) {
            let gap = &d.text[a.end..b.start.max(a.end)];
            if gap.contains("\n\n") || gap.contains('\n') && !d.wrapped() {
                return mt;
            }
        }
        // "noon Thursday", "midnight on Friday": that day at that hour. ("noon Eastern time
        // Wednesday": past its zone.)
        let mut j = j;
        if mt.end == i + 1 && matches!(first, "noon" | "midnight" | "midday") {
            while j < i + 4 && d.is_zone(j) {
                j += 1;
            }
        }
        if mt.kind == TimexType::Time
            && matches!(first, "noon" | "midnight" | "midday")
            && mt.end == i + 1
            && let Some(next) = self.core(d, if d.is(j, "on") { j + 1 } else { j })
            && next.kind == TimexType::Date
            && let Some(date) = day_of(&next.value)
        {
            // "midnight on Friday": two expressions, the time on that day. "Shortly after
            // midnight Sunday" began that day; "by midnight Friday" ends it.
            let value = if first == "midnight" && d.after_midnight(i) {
                format!("{}T00:00", ymd(date))
            } else {
                format!("{}T{}", ymd(date), noon_or_midnight(first))
            };
            return M {
                end: if d.is(j, "on") { mt.end } else { next.end },
                kind: TimexType::Time,
                value,
                modifier: None,
            };
        }
        // "November 17, 1996 17:07 GMT": a date and the clock time written right after it
        // make one time ("on Friday at 5 p.m." stays two).
        if mt.kind == TimexType::Date
            && let Some(date) = day_of(&mt.value)
            && d.num(j).is_some()
            && let Some(clock) = self.clock(d, j)
            && let Some((_, time)) = clock.value.split_once('T')
        {
            return M {
                end: clock.end,
                kind: TimexType::Time,
                value: format!("{}T{time}", ymd(date)),
                modifier: mt.modifier,
            };
        }
        let next_is_start = d.toks.get(j).is_some_and(|t| {
            t.kind == Tk::Num || self.starters.contains(t.low) || t.low == "the" || t.low == "of"
        });
        if !next_is_start {
            return mt;
        }
        let last = d.w(mt.end - 1);
        let is_weekday = |w: &str| self.lx.weekday.contains_key(w);
        // A weekday and the date it falls on.
        if (is_weekday(first) || is_weekday(last))
            && let Some(next) = self.core(d, j)
            && next.kind == TimexType::Date
            && let Some(date) = day_of(&next.value)
            // The date must be written out ("Oct. 26", "22 March", "10/26"), not another
            // weekday ("Thursday, late Wednesday").
            && (j..next.end).any(|k| d.num(k).is_some() || self.lx.month.contains_key(d.w(k)))
        {
            let wd = self.lx.weekday.get(last).or(self.lx.weekday.get(first));
            let explicit_year = (j..next.end).any(|k| d.num(k).is_some_and(|y| y >= 1000));
            let mut value = next.value.clone();
            if let (Some(&wd), false) = (wd, explicit_year) {
                // The year in which that date is that weekday, nearest the stated one; else
                // the year last written, when the weekday agrees ("in 1972 … On Wednesday,
                // June 21, …").
                // (Further back when none near agrees: "the evening of Sunday, February 9"
                // in a story of two years before.)
                let written = d.written_year.map(|(y, _)| y - date.year());
                let story = d.narrative.map(|(y, _)| y - date.year());
                let looked_back = d.anniversary.map(|(y, _)| y - date.year());
                let candidates = [Some(0), Some(-1), Some(1), looked_back, story, written]
                    .into_iter()
                    .chain([-2, -3, -4, -5, -6, 2].map(Some));
                for dy in candidates.flatten() {
                    if let Some(c) =
                        NaiveDate::from_ymd_opt(date.year() + dy, date.month(), date.day())
                        && c.weekday().number_from_monday() == wd
                    {
                        value = ymd(c);
                        break;
                    }
                }
            }
            // "08:00 GMT on Friday 22 March": the time of that day.
            let (kind, value) = match mt.value.split_once('T') {
                Some((_, time)) if mt.kind == TimexType::Time => {
                    (TimexType::Time, format!("{value}T{time}"))
                }
                _ => (TimexType::Date, value),
            };
            // "Friday 19 August 2016 10:04 BST": a dateline stamp with its clock time (on
            // its line).
            let same_line = d.toks.get(next.end).is_some_and(|t| {
                !d.text[d.toks[next.end - 1].end..t.start].contains('\n') || d.wrapped()
            });
            if kind == TimexType::Date
                && same_line
                && d.num(next.end).is_some()
                && let Some(clock) = self.clock(d, next.end)
                && let Some((_, time)) = clock.value.split_once('T')
            {
                return M {
                    end: clock.end,
                    kind: TimexType::Time,
                    value: format!("{value}T{time}"),
                    modifier: mt.modifier,
                };
            }
            return M {
                end: next.end,
                kind,
                value,
                modifier: mt.modifier,
            };
        }
        // A month (or season) and its year: "June last year", "January this year", "January
        // nineteen ninety-seven", "the winter of 1994".
        let month_like = mt.value.len() == 7
            && (self.lx.month.contains_key(last) || self.lx.season.contains_key(last));
        if month_like && j == mt.end {
            let k = if d.is(j, "of") { j + 1 } else { j };
            let year = if matches!(d.w(k), "last" | "this" | "next")
                && d.is(k + 1, "year")
                && !d.is(k + 2, "'")
            {
                self.core(d, k).filter(|y| y.end == k + 2)
            } else if d.w(k) == "nineteen" || (d.num(k).is_some() && d.is(k - 1, "of")) {
                self.core(d, k)
            } else {
                None
            };
            if let Some(y) = year.filter(|y| y.value.len() == 4 && y.kind == TimexType::Date) {
                return M {
                    end: y.end,
                    kind: TimexType::Date,
                    value: format!("{}{}", y.value, &mt.value[4..]),
                    modifier: mt.modifier,
                };
            }
        }
        // "29 March next year", "Dec. 3 last year": the day in that year.
        if mt.kind == TimexType::Date
            && j == mt.end
            && let Some(day) = day_of(&mt.value)
            && matches!(d.w(j), "last" | "this" | "next")
            && d.is(j + 1, "year")
            && !d.is(j + 2, "'")
            && (mt.end - i) <= 4
            && (i..mt.end).any(|k| self.lx.month.contains_key(d.w(k)))
            && let Some(y) = self
                .core(d, j)
                .filter(|y| y.end == j + 2 && y.value.len() == 4)
            && let Ok(y) = y.value.parse::<i32>()
            && let Some(date) = NaiveDate::from_ymd_opt(y, day.month(), day.day())
        {
            return M {
                end: j + 2,
                kind: TimexType::Date,
                value: ymd(date),
                modifier: mt.modifier,
            };
        }
        mt
    }

    /// "over the next year or so": a span that ends in a unit takes a trailing "or so"; a
    /// duration takes "or more" and "or less".
    fn or_so(&self, d: &Doc<'_>, mut mt: M) -> M {
        if mt.end == 0 || !self.lx.unit.contains_key(d.w(mt.end - 1)) || !d.is(mt.end, "or") {
            return mt;
        }
        // "a decade or more", "two weeks or less": a bound on a duration.
        let bound = match d.w(mt.end + 1) {
            "so" => Some("APPROX"),
            _ if mt.kind != TimexType::Duration || d.is(mt.end + 2, "than") => None,
            "more" | "longer" => Some("EQUAL_OR_MORE"),
            "less" | "fewer" | "shorter" => Some("EQUAL_OR_LESS"),
            _ => None,
        };
        if let Some(b) = bound {
            mt.end += 2;
            mt.modifier = mt.modifier.or(Some(b));
        }
        mt
    }

    /// The day a time or part of a day at token `i` falls on: the day-precise date the text
    /// mentioned within `within` bytes before it, else the DCT's day.
    fn day_in_context(&self, d: &Doc<'_>, i: usize, within: usize) -> String {
        d.day_near(i, within)
            .or_else(|| d.today())
            .map(ymd)
            .unwrap_or_else(|| "XXXX-XX-XX".into())
    }

    /// The longest expression starting at token `i`.
    fn at(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let lx = &self.lx;
        let w = d.w(i);
        // "Mon 11 Mar 2019", "Fri, March 13": an abbreviated weekday before a written date
        // (alone, "Sun" and "Wed" are other words).
        if matches!(
            w,
            "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
        ) && d.capitalized(i)
        {
            let j = if matches!(d.w(i + 1), "," | ".") {
                i + 2
            } else {
                i + 1
            };
            if let Some(inner) = self.core(d, j).map(|x| self.combine(d, j, x))
                && day_of(&inner.value).is_some()
                && (j..inner.end).any(|k| d.num(k).is_some())
            {
                return Some(inner);
            }
        }
        // "first half of 2013" (a headline drops the article): that half of that year.
        if matches!(w, "first" | "second")
            && let Some(mt) = self.half_of(d, i)
        {
            return Some(mt);
        }
        // "on a recent Tuesday", "one recent afternoon": a day of the kind, not told which.
        if matches!(w, "a" | "one") && d.is(i + 1, "recent") {
            if let Some(&wd) = lx.weekday.get(d.w(i + 2)) {
                return match lx.part.get(d.w(i + 3)) {
                    Some(p) => m(i + 4, TimexType::Time, format!("XXXX-WXX-{wd}T{p}")),
                    None => m(i + 3, TimexType::Date, format!("XXXX-WXX-{wd}")),
                };
            }
            if let Some(p) = lx.part.get(d.w(i + 2)) {
                return m(i + 3, TimexType::Time, format!("XXXX-XX-XXT{p}"));
            }
        }
        // British "a week on Saturday", "a fortnight on Friday", "a week today": that day
        // a week (two) after its next coming.
        if matches!(w, "a" | "one")
            && matches!(d.w(i + 1), "week" | "fortnight")
            && let Some(dct) = d.today()
        {
            let extra = if d.is(i + 1, "week") { 7 } else { 14 };
            let base = match (d.w(i + 2), d.w(i + 3)) {
                ("on", x) if d.capitalized(i + 3) => self
                    .lx
                    .weekday
                    .get(x)
                    .and_then(|&wd| weekday_gaps(dct, wd))
                    .map(|(_, fwd)| (dct + Duration::days(fwd), i + 4)),
                ("today", _) => Some((dct, i + 3)),
                ("tomorrow", _) => Some((dct + Duration::days(1), i + 3)),
                _ => None,
            };
            if let Some((day, end)) = base {
                return m(end, TimexType::Date, ymd(day + Duration::days(extra)));
            }
        }
        // "this time last year", "this time next year": the DCT's day a year away.
        if w == "this"
            && d.is(i + 1, "time")
            && matches!(d.w(i + 2), "last" | "next")
            && d.is(i + 3, "year")
        {
            let n = if d.is(i + 2, "last") { -1 } else { 1 };
            let value = d
                .dct
                .and_then(|c| c.date())
                .and_then(|day| {
                    NaiveDate::from_ymd_opt(day.year() + n, day.month(), day.day())
                        .or_else(|| NaiveDate::from_ymd_opt(day.year() + n, day.month(), 28))
                })
                .map(ymd)
                .unwrap_or_else(|| "XXXX-XX-XX".into());
            return m(i + 4, TimexType::Date, value);
        }
        // "a year-earlier loss": the adjective "year-earlier" is the date, without the article.
        if matches!(w, "a" | "an")
            && d.is(i + 1, "year")
            && d.is(i + 2, "-")
            && matches!(d.w(i + 3), "earlier" | "ago")
        {
            return None;
        }
        // Modifiers before a quantity or a date: "nearly two years ago", "about 650".
        for (words, modifier) in &lx.approx {
            if !words.iter().enumerate().all(|(k, x)| d.w(i + k) == x) {
                continue;
            }
            // "over" and "under" bound a quantity only ("over a week"); before a date they are
            // prepositions ("a premium over Thursday's price").
            let quantity_only = matches!(words[..], [ref x] if x == "over" || x == "under");
            // "the run-up to Christmas": no bound.
            if words.first().is_some_and(|x| x == "up") && i > 0 && d.is(i - 1, "-") {
                continue;
            }
            // "spread over seven years", "deliberated over two days": "over" as "across" is a
            // preposition; it bounds a quantity after a verb of lasting ("lasted over a week",
            // "for over a decade", "in over 20 years").
            if quantity_only
                && words[0] == "over"
                && !(i > 0
                    && matches!(
                        d.w(i - 1),
                        "for"
                            | "in"
                            | "last"
                            | "lasted"
                            | "lasting"
                            | "lasts"
                            | "take"
                            | "took"
                            | "takes"
                            | "taken"
                            | "after"
                            | "of"
                            | "spent"
                            | "served"
                            | "than"
                    ))
            {
                continue;
            }
            // "more than Wednesday's fireworks": a comparison, not a bound on a day.
            let named_day = {
                let x = d.w(i + words.len());
                self.lx.weekday.contains_key(x) || self.lx.month.contains_key(x)
            };
            if named_day && (modifier.contains("THAN") || modifier.contains("EQUAL")) {
                continue;
            }
            if let Some(mut inner) = self.core(d, i + words.len())
                && (inner.kind == TimexType::Duration
                    || (!quantity_only && (inner.value.contains('-') || inner.value.len() == 4)))
            {
                inner.modifier = Some(modifier);
                return Some(inner);
            }
        }
        // "the" opens relative and decade expressions: "the past year", "the 1990s"; an
        // adjective of length or of a quarter ("the 14-day period", "the third-quarter loss")
        // is tagged without it.
        let hyphen_adjective = |k: usize| {
            d.is(k + 1, "-")
                && d.adjacent(k + 1)
                && (d.num(k).is_some()
                    || lx.number.contains_key(d.w(k))
                    || lx.ordinal.contains_key(d.w(k)))
                && (lx.unit.contains_key(d.w(k + 2)) || d.is(k + 2, "quarter"))
                && (!d.is(k + 3, "-") || d.is(k + 4, "long"))
        };
        // "the month-long strike", "the decades-old conflict"
        let unit_adjective = |k: usize| {
            lx.unit.contains_key(d.w(k))
                && d.is(k + 1, "-")
                && d.adjacent(k + 1)
                && matches!(d.w(k + 2), "long" | "old")
        };
        let long_adjective = |k: usize| {
            d.w(k)
                .strip_suffix("long")
                .is_some_and(|stem| lx.unit.contains_key(stem))
        };
        if w == "the" && (hyphen_adjective(i + 1) || long_adjective(i + 1) || unit_adjective(i + 1))
        {
            return None;
        }
        // "over the years", "the first hours of the war", "the early years": unstated spans.
        {
            let k = if matches!(d.w(i + 1), "first" | "early" | "final" | "last") {
                i + 2
            } else {
                i + 1
            };
            let plural = matches!(
                d.w(k),
                "years" | "months" | "weeks" | "days" | "decades" | "hours" | "minutes"
            );
            // "the weeks ahead", like "the coming weeks": the time ahead. (TBAQ's one case is
            // a span, PXW; the writers of news-dev wrote FUTURE_REF 11 times in 11.)
            if w == "the" && plural && k == i + 1 && d.is(k + 1, "ahead") {
                return m(k + 2, TimexType::Date, "FUTURE_REF".into());
            }
            if w == "the"
                && plural
                && (k > i + 1 || matches!(d.w(i.wrapping_sub(1)), "over" | "during" | "through"))
                && !d.is(k + 1, "'")
                && !(d.is(k + 1, "of") && k == i + 1)
                && !d.is(k + 1, "ago")
            {
                let u = lx.unit[d.w(k)];
                return m(k + 1, TimexType::Duration, duration_value(None, u));
            }
        }
        if w == "the"
            && let Some(mt) = self.months_of_year(d, i + 1)
        {
            return Some(mt);
        }
        // "the first nine months": the opening stretch of a period.
        if w == "the"
            && matches!(d.w(i + 1), "first" | "final")
            && !matches!(d.w(i + 2), "a" | "an")
            && self.count_len(d, i + 2) > 0
            && let Some(inner) = self.duration(d, i + 2)
            && inner.kind == TimexType::Duration
        {
            return Some(inner);
        }
        if let Some(mt) = self.frequency(d, i) {
            return Some(mt);
        }
        if w == "the" {
            if let Some(mt) = self.after_the(d, i + 1) {
                return Some(mt);
            }
            return None;
        }
        self.core(d, i)
    }

    /// "the weekend", "this weekend" at token `i`: on a Saturday or Sunday, that weekend;
    /// on a weekday, the one before in a past clause, the coming one in a future clause, and
    /// without a tense the one before until Thursday, the coming one on a Friday.
    fn weekend(&self, d: &Doc<'_>, i: usize) -> Option<String> {
        let Some(day) = d.today() else {
            return Some("XXXX-WXX-WE".into());
        };
        let wd = day.weekday().num_days_from_monday();
        // (On a Sunday the weekend is ending: "temperatures could reach the low 40s by the
        // weekend", "a risk of further snow at the weekend" look to the next one.)
        // ("much colder air will follow, with brisk winds through the weekend", "likely to
        // last until at least the weekend" too.)
        // (Not a past telling of what was agreed or urged: "agreed to keep bargaining
        // through the weekend" is the one ending.)
        let bound = |k: usize| matches!(d.w(k), "by" | "until" | "till");
        let span = |k: usize| matches!(d.w(k), "through" | "into");
        let likely = || {
            d.sentence_span(i, 30, 0).any(|k| {
                matches!(d.w(k), "likely" | "expected" | "forecast") && d.is(k + 1, "to")
                    || matches!(d.w(k), "will" | "ll")
            })
        };
        if wd == 6
            && i > 1
            && d.is(i - 1, "the")
            && (((bound(i - 2)
                || d.w(i - 2) == "at" && !d.is(i + 1, ",")
                || i > 4 && d.is(i - 2, "least") && d.is(i - 3, "at") && bound(i - 4))
                && (d.forecast_for(i) || d.tense(&self.lx, i, i + 1) == Tense::Future || likely()))
                || span(i - 2) && (d.forecast_for(i) || likely()))
        {
            return Some(format!("{}-WE", iso_week(day + Duration::days(1))));
        }
        // (From Friday on no tense decides.)
        let tense = if wd < 5 && d.forecast_for(i) {
            Tense::Future
        } else if wd < 5 {
            d.tense(&self.lx, i, i + 1)
        } else {
            Tense::Unknown
        };
        // "this weekend" on a Friday is the one about to begin, whatever the verb; from
        // Tuesday on, too, unless a simple past tells of it ("This weekend, the embassy
        // urged …"): a perfect announces what is to come ("have announced public meetings
        // in Lahore this weekend").
        let this_coming = i > 0
            && d.is(i - 1, "this")
            && (wd == 4
                || (1..4).contains(&wd)
                    && (tense != Tense::Past
                        || (i.saturating_sub(16)..i).any(|k| {
                            matches!(d.w(k), "has" | "have")
                                && !(k..i).any(|x| matches!(d.w(x), "." | ";"))
                        })));
        // "heavy enough to send rivers over their banks by the weekend", "forecast more rain
        // through the weekend": a term that ends at a weekend ends at the coming one.
        let until = (1..=4).contains(&wd)
            && i > 1
            && d.is(i - 1, "the")
            && matches!(d.w(i - 2), "by" | "until" | "till" | "into" | "through")
            // ("Engineers worked through the weekend": a verb's particle; "most were allowed
            // back by the weekend": a past verb and its adverb.)
            && !(i > 2 && {
                let past = |v: &str| self.lx.class(v) & PAST != 0 || v.len() > 4 && v.ends_with("ed");
                past(d.w(i - 3))
                    || (i > 3
                        && matches!(d.w(i - 3), "back" | "home" | "out" | "up" | "down" | "off")
                        && past(d.w(i - 4)))
            });
        // "Trading was light ahead of the long weekend": the weekend still to come.
        let ahead = wd < 5
            && (i.saturating_sub(5)..i).any(|k| {
                d.is(k, "ahead")
                    && d.is(k + 1, "of")
                    && (k + 2..i).all(|x| matches!(d.w(x), "the" | "long" | "bank" | "holiday"))
            });
        // "on standby for the weekend", "bookings for the weekend were up 8%": what is set
        // or kept for a weekend is for the coming one. (Not figures reported "for the
        // weekend", nor what was planned for it as it stood.)
        let set_for = wd < 5
            && i > 1
            && d.is(i - 1, "the")
            && d.is(i - 2, "for")
            && !d.sentence_span(i, 20, 6).any(|k| {
                matches!(
                    d.w(k),
                    "had" | "sales" | "box" | "office" | "grossed" | "earned" | "originally"
                )
            })
            // (On a Monday, the one just over in a past clause: "lawmakers left the capital
            // for the weekend".)
            && !(wd == 0
                && d.sentence_span(i, 20, 0).any(|k| {
                    let v = d.w(k);
                    self.lx.class(v) & PAST != 0 || v.len() > 4 && v.ends_with("ed")
                }));
        let this_coming = this_coming || until || ahead || set_for;
        let previous = wd < 5
            && !this_coming
            && match tense {
                Tense::Past => true,
                Tense::Future => false,
                // ("had planned to take it down this weekend": "this weekend" with no tense
                // is the coming one.)
                Tense::Unknown => wd < 4 && !(i > 0 && d.is(i - 1, "this")),
            };
        let week_of = if previous {
            day - Duration::days(7)
        } else {
            day
        };
        Some(format!("{}-WE", iso_week(week_of)))
    }

    /// A bare season ("in the summer"): the DCT's year, or the year before when a past clause
    /// speaks of a season that has not begun by the DCT, or the year after when a future
    /// clause speaks of one already over.
    fn season_by_tense(&self, d: &Doc<'_>, i: usize, s: &str) -> String {
        let Some(c) = d.dct else {
            return format!("XXXX-{s}");
        };
        let start = season_start(s);
        // "since the summer": a start that lies behind.
        let since = (1..=2).any(|b| i >= b && d.is(i - b, "since"));
        let tense = if since {
            Tense::Past
        } else {
            d.tense(&self.lx, i, i + 1)
        };
        let y = match tense {
            Tense::Past if start > c.month => c.year - 1,
            Tense::Future if start + 2 < c.month => c.year + 1,
            _ => c.year,
        };
        format!("{y:04}-{s}")
    }

    /// The year of a quarter named by its months ("the December quarter", "the
    /// July-September period"), first chosen by the tense as its last month's (`y`): the
    /// quarter running at the DCT is this year's whatever the tense ("forecast growth in the
    /// July-September period" in August); figures "for" such a quarter are of the latest one
    /// begun ("the national accounts for the December quarter are published" in February).
    fn named_quarter_year(&self, d: &Doc<'_>, i: usize, y: i32, q: u32) -> i32 {
        let Some(c) = d.dct else { return y };
        let now = (c.month - 1) / 3 + 1;
        if q == now {
            return c.year;
        }
        if i > 1 && d.is(i - 1, "the") && d.is(i - 2, "for") {
            return if q < now { c.year } else { c.year - 1 };
        }
        y
    }

    /// "first half of 2013", "the second half of the year": H1/H2 of the year written after
    /// "of" (token `i` is "first", "second", "latter" or "last").
    fn half_of(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let h = match d.w(i) {
            // ("the back half of the year", business English.)
            "first" | "front" => 1,
            "second" | "latter" | "last" | "back" => 2,
            _ => return None,
        };
        if !(d.is(i + 1, "half") && d.is(i + 2, "of")) {
            return None;
        }
        let inner = self
            .date_at(d, i + 3)
            .filter(|x| x.kind == TimexType::Date && x.value.len() == 4)?;
        // ("Orders fell by 38% in the second half of the year", told in March: a half yet
        // to come cannot be told in the past; the year is the last one.)
        let year = match (d.dct, inner.value.parse::<i32>()) {
            (Some(c), Ok(y))
                if d.is(i + 3, "the")
                    && d.is(i + 4, "year")
                    && y == c.year
                    && h == 2
                    && c.month <= 6
                    // (Not a bound ahead, or a move into it: "no recovery before the second
                    // half of the year", "contracts had slipped into the second half".)
                    && i >= 2
                    && d.is(i - 1, "the")
                    && matches!(d.w(i - 2), "in" | "during" | "over" | "through" | "throughout")
                    // (Nor a purpose: "hiring in preparation for a launch in the second half
                    // of the year".)
                    && !(i.saturating_sub(6)..i - 2).any(|q| matches!(d.w(q), "for" | "to"))
                    && d.tense(&self.lx, i, inner.end) == Tense::Past =>
            {
                format!("{:04}", y - 1)
            }
            _ => inner.value,
        };
        m(inner.end, TimexType::Date, format!("{year}-H{h}"))
    }

    /// "the first six months of 2013", "the final three months of 2012", "the first two
    /// quarters of 1990" (token `i` is "first", "last" or "final"): that half or quarter of
    /// the year.
    fn months_of_year(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let w = d.w(i);
        if !matches!(w, "first" | "last" | "final") {
            return None;
        }
        let n = self.count_value(d, i + 1)?;
        if !(matches!(d.w(i + 2), "months" | "quarters") && d.is(i + 3, "of")) {
            return None;
        }
        let inner = self
            .date_at(d, i + 4)
            .filter(|x| x.kind == TimexType::Date && x.value.len() == 4)?;
        let months = if d.w(i + 2) == "quarters" { n * 3 } else { n };
        let part = match (w == "first", months) {
            (true, 3) => "Q1",
            (false, 3) => "Q4",
            (true, 6) => "H1",
            (false, 6) => "H2",
            _ => return None,
        };
        m(
            inner.end,
            TimexType::Date,
            format!("{}-{part}", inner.value),
        )
    }

    /// "$50,000 a year", "3 percent a month", "40 hours a week", "$900 per month": a rate,
    /// whose time unit is a set ("per" makes one on its own). Not a span that is counted on
    /// ("a year ago", "a week or two", "a month of talks").
    fn rate(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        if !matches!(d.w(i), "a" | "an" | "per") || i == 0 {
            return None;
        }
        // ("sleeping eight hours a night", "rooms at $900 a night": a night is a day's
        // rate.)
        let unit = if d.is(i + 1, "night") {
            &"D"
        } else {
            self.lx
                .unit
                .get(d.w(i + 1))
                .filter(|_| !d.w(i + 1).ends_with('s'))?
        };
        if matches!(d.w(i + 2), "of" | "ago" | "earlier" | "later" | "or" | "-") {
            return None;
        }
        let quantity = |k: usize| {
            d.toks.get(k).is_some_and(|t| t.kind == Tk::Num)
                || (self.lx.number.contains_key(d.w(k)) && !matches!(d.w(k), "a" | "an"))
                || matches!(
                    d.w(k),
                    "hundred" | "thousand" | "million" | "billion" | "trillion" | "percent" | "%"
                )
        };
        // "358,000 a month", "$2 million a year"; "four flights a week", "24 hours a day",
        // "200,000 asylum seekers a year", "80 trillion yen a year": a count of things.
        let noun = |k: usize| {
            let w = d.w(k);
            // ("rear-end crashes": a hyphen inside the noun)
            (w == "-" && d.adjacent(k) && d.adjacent(k + 1))
                || d.toks[k].kind == Tk::Word
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
                    && self.lx.class(w) == 0
                    && !matches!(
                        w,
                        "in" | "for"
                            | "the"
                            | "a"
                            | "an"
                            | "to"
                            | "at"
                            | "on"
                            | "by"
                            | "with"
                            | "of"
                            | "within"
                            | "over"
                            | "under"
                            | "about"
                            | "nearly"
                            | "almost"
                            | "than"
                            | "and"
                            | "or"
                            | "who"
                            | "that"
                            | "which"
                            | "it"
                            | "they"
                            | "he"
                            | "she"
                    )
        };
        // "980 yen ($8.07) a month": the amount before a conversion in brackets.
        let direct = quantity(i - 1)
            || (d.is(i - 1, ")")
                && (2..=7)
                    .find(|&b| i > b && d.is(i - b, "("))
                    .is_some_and(|b| i > b + 1 && (quantity(i - b - 1) || quantity(i - 2))));
        // ("1,500 tons of trash a day", "eight million cubic metres of gas a day": an "of"
        // inside the counted thing.)
        // ("$85 billion in bonds a month", "$85 billion of Treasury and mortgage bonds a
        // month" too.)
        let noun_or_of = |k: usize| noun(k) || (matches!(d.w(k), "of" | "in" | "and") && k + 1 < i);
        let counted = direct
            || (2..=6).any(|b| {
                i >= b
                    && quantity(i - b)
                    && (i - b + 1..i).all(noun_or_of)
                    && !self.lx.unit.contains_key(d.w(i - b + 1))
                    || (b == 2 && i >= 2 && quantity(i - 2) && d.w(i - 1).ends_with('s'))
            });
        if !counted && d.w(i) != "per" {
            return None;
        }
        // (A room's price a night, "between $35 and $55 a night", TimeBank leaves untagged.)
        if d.is(i + 1, "night") && (2..=4).any(|b| i >= b && matches!(d.w(i - b), "$" | "£" | "€"))
        {
            return None;
        }
        // "a week from Friday", "a day after the vote": a span counted on, unless an amount
        // stands right before it ("$85 a month from $30").
        if !direct && matches!(d.w(i + 2), "before" | "after" | "from") {
            return None;
        }
        m(i + 2, TimexType::Set, duration_value(Some(1), unit))
    }

    /// "twice a week", "once a month", "three times a year": a set of times.
    fn frequency(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        if let Some(mt) = self.rate(d, i) {
            return Some(mt);
        }
        // "four days a week", "three nights a week", "one day a week": so many days of
        // every week. ("40 hours a week" is a span and a rate, as most writers tag it.)
        // "24 hours a day" is round the clock: one set, every day, as writers tag it (any
        // other count of hours a day is a span and a rate: "power cuts of 20 hours a day").
        if (d.num(i) == Some(24) || d.is(i, "twenty-four"))
            && d.is(i + 1, "hours")
            && matches!(d.w(i + 2), "a" | "per" | "each" | "every")
            && d.is(i + 3, "day")
        {
            return m(i + 4, TimexType::Set, "P1D".into());
        }
        let one = d.is(i, "one") || d.num(i) == Some(1);
        if (matches!(d.w(i + 1), "days" | "nights" | "mornings" | "evenings")
            || one && matches!(d.w(i + 1), "day" | "night" | "morning" | "evening"))
            && (d.num(i).is_some() || self.lx.number.get(d.w(i)).is_some_and(|n| n.is_some()))
            && matches!(d.w(i + 2), "a" | "per" | "each" | "every")
            && let Some(unit) = self
                .lx
                .unit
                .get(d.w(i + 3))
                .filter(|_| !d.w(i + 3).ends_with('s'))
            && matches!(*unit, "W" | "M" | "Y")
        {
            return m(i + 4, TimexType::Set, duration_value(Some(1), unit));
        }
        let j = match d.w(i) {
            "once" | "twice" | "thrice" => i + 1,
            _ if d.is(i + 1, "times")
                && (d.num(i).is_some() || self.lx.number.contains_key(d.w(i))) =>
            {
                i + 2
            }
            _ => return None,
        };
        // "twice daily", "once every four years": the count joins the set.
        if (matches!(d.w(j), "every" | "each") || self.lx.set.contains_key(d.w(j)))
            && let Some(inner) = self.core(d, j).filter(|x| x.kind == TimexType::Set)
        {
            return m(inner.end, TimexType::Set, inner.value);
        }
        if !matches!(d.w(j), "a" | "an" | "per" | "each" | "every") {
            return None;
        }
        let unit = self
            .lx
            .unit
            .get(d.w(j + 1))
            .filter(|_| !d.w(j + 1).ends_with('s'))?;
        m(j + 2, TimexType::Set, duration_value(Some(1), unit))
    }

    fn after_the(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let lx = &self.lx;
        let w = d.w(i);
        // "the year just ended", "the fiscal year just ended": the last year to close.
        let k = if w == "fiscal" { i + 1 } else { i };
        if d.is(k, "year")
            && d.is(k + 1, "just")
            && d.is(k + 2, "ended")
            && let Some(c) = d.dct
        {
            return m(k + 3, TimexType::Date, format!("{:04}", c.year - 1));
        }
        // "the feast of St. Joseph": a feast takes its article; so does a holiday named
        // with "holiday", "the May bank holiday".
        if w == "feast" {
            return self.holiday(d, i);
        }
        if let Some(mt) = self.holiday(d, i)
            && mt.end > i
            && d.is(mt.end - 1, "holiday")
        {
            return Some(mt);
        }
        // "the first Monday in October", "the last Friday of March": that day of the month
        // the text means.
        let nth = lx
            .ordinal
            .get(w)
            .copied()
            .filter(|n| (1..=4).contains(n))
            .map(i64::from)
            .or((w == "last").then_some(-1));
        if let (Some(n), Some(&wd)) = (nth, lx.weekday.get(d.w(i + 1)))
            && matches!(d.w(i + 2), "in" | "of")
            && let Some(&month) = lx.month.get(d.w(i + 3))
            && let Some(mt) = self.month_expr(d, i + 3, month)
            && let Some((y, mo)) = month_of(&mt.value)
            && let Some(first) = NaiveDate::from_ymd_opt(y, mo, 1)
            && let Some((_, f)) = weekday_gaps(first, wd)
        {
            let day = if n > 0 {
                Some(first + Duration::days(f + 7 * (n - 1)))
            } else {
                // The last: back from the first of the next month.
                let (ny, nm) = shift_month(y, mo, 1);
                NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|next| {
                    let (b, _) = weekday_gaps(next, wd)?;
                    Some(next - Duration::days(if b == 0 { 7 } else { b }))
                })
            };
            if let Some(day) = day.filter(|x| x.month() == mo) {
                return m(mt.end, TimexType::Date, ymd(day));
            }
        }
        // "The week ahead" in a paper of Friday to Monday: the week of the coming Monday.
        // (Not a heading on its own line, a title more than a time.)
        let heading = || {
            let after = d.text[d.toks[i + 1].end..].trim_start_matches([' ', '\t']);
            d.starts_line(i.saturating_sub(1)) && (after.is_empty() || after.starts_with('\n'))
        };
        if w == "week"
            && d.is(i + 1, "ahead")
            && !heading()
            && let Some(dct) = d.today()
            && matches!(
                dct.weekday(),
                Weekday::Fri | Weekday::Sat | Weekday::Sun | Weekday::Mon
            )
        {
            let to_monday = (7 - i64::from(dct.weekday().num_days_from_monday())) % 7;
            return m(
                i + 2,
                TimexType::Date,
                iso_week(dct + Duration::days(to_monday)),
            );
        }
        // "in the new year" (lowercase; "New Year" is the holiday): the coming year late in
        // the year, this one early in it.
        if w == "new"
            && d.is(i + 1, "year")
            && !d.capitalized(i)
            && !d.is(i + 2, "'")
            && let Some(c) = d.dct
        {
            let y = if c.month >= 9 { c.year + 1 } else { c.year };
            return m(i + 2, TimexType::Date, format!("{y:04}"));
        }
        if let Some(mt) = self.deictic(d, i - 1).filter(|x| x.end > i) {
            return Some(mt);
        }
        // "the late 1970s", "the early 20th century": part of a decade or century; "the early
        // summer": of a season.
        if matches!(w, "early" | "mid" | "late")
            && let Some(mt) = self
                .part_of(d, i)
                .filter(|x| x.value.len() <= 3 || lx.season.contains_key(d.w(i + 1)))
        {
            return Some(mt);
        }
        // "placed orders in the morning", "late in the afternoon": that part of the day just
        // mentioned (else the DCT's), when nothing follows to make it a noun's modifier ("the
        // morning session") or another day's ("the morning of March 19").
        // ("work through the night", "open well into the night", "spent the night at
        // Dulles", "sunshine forecast for the afternoon" too.)
        if let Some(&p) = lx.part.get(w)
            && i >= 2
            && matches!(
                d.w(i - 2),
                "in" | "during" | "through" | "throughout" | "into" | "for" | "spent"
            )
            && d.toks.get(i + 1).is_none_or(|t| {
                t.kind != Tk::Word
                    || matches!(
                        t.low,
                        "to" | "and"
                            | "or"
                            | "but"
                            | "when"
                            | "as"
                            | "before"
                            | "after"
                            | "at"
                            | "with"
                            | "on"
                            | "in"
                            | "for"
                            | "by"
                            | "while"
                            | "because"
                    )
            })
        {
            // (Past the day of a report, the story's day, as for a clock time; and not a day
            // still to come in a past clause: "the first walk is due on 5 May. The promenade
            // was busy throughout the afternoon".)
            let day = match self.story_day(d, i, i + 1) {
                Some(x) => ymd(x),
                None => match (d.day_near(i, 400), d.today()) {
                    (Some(near), Some(today))
                        if near > today && d.tense(&self.lx, i, i + 1) == Tense::Past =>
                    {
                        ymd(today)
                    }
                    _ => self.day_in_context(d, i, 400),
                },
            };
            return m(i + 1, TimexType::Time, format!("{day}T{p}"));
        }
        // "the summer", "the winter of 1994": a season takes its article.
        if lx.season.contains_key(w) && w != "fall" {
            return self.core(d, i);
        }
        // "the 15th of January", "the first of March": that day.
        {
            let (day, k) = match (lx.ordinal.get(w), d.num(i)) {
                (Some(&n), _) => (Some(n), i + 1),
                (None, Some(n))
                    if matches!(d.w(i + 1), "st" | "nd" | "rd" | "th") && d.adjacent(i + 1) =>
                {
                    (Some(n), i + 2)
                }
                _ => (None, i),
            };
            if let Some(day) = day.filter(|n| (1..=31).contains(n))
                && d.is(k, "of")
                && let Some(&month) = lx.month.get(d.w(k + 1))
                && d.capitalized(k + 1)
            {
                let mut end = k + 2;
                let abbrev =
                    d.w(k + 1).len() <= 4 && !matches!(d.w(k + 1), "may" | "june" | "july");
                if abbrev && d.is(end, ".") && d.adjacent(end) {
                    end += 1;
                }
                return Some(self.month_day(d, k + 1, end, month, day));
            }
        }
        // "the week of March 6": that week; "the month of May": that month.
        if matches!(w, "week" | "month")
            && d.is(i + 1, "of")
            && let Some(inner) = self.core(d, i + 2).filter(|x| x.kind == TimexType::Date)
        {
            let value = match (w, day_of(&inner.value)) {
                ("week", Some(day)) => iso_week(day),
                ("month", _) if inner.value.len() >= 7 => inner.value[..7].to_string(),
                _ => return None,
            };
            return m(inner.end, TimexType::Date, value);
        }
        // "the week ended Friday", "the week ending June 29": the week of that day (the day
        // is tagged on its own).
        if w == "week"
            && matches!(d.w(i + 1), "ended" | "ending" | "through" | "to")
            && let Some(day) = self
                .core(d, i + 2)
                .filter(|x| x.kind == TimexType::Date)
                .and_then(|x| day_of(&x.value))
        {
            return m(i + 1, TimexType::Date, iso_week(day));
        }
        // the weekend: the one the tense points to; so is "the holiday weekend", "the long
        // weekend", "the bank holiday weekend".
        if w == "weekend" {
            // "the weekend of 19 January": the weekend of that day's week, one expression.
            if d.is(i + 1, "of")
                && let Some(inner) = self.core(d, i + 2).filter(|x| x.kind == TimexType::Date)
                && let Some(day) = day_of(&inner.value)
            {
                return m(inner.end, TimexType::Date, format!("{}-WE", iso_week(day)));
            }
            return m(i + 1, TimexType::Date, self.weekend(d, i)?);
        }
        let mut k = i;
        for x in ["long", "bank", "holiday"] {
            k += usize::from(d.is(k, x));
        }
        if k > i && d.is(k, "weekend") && !(k == i + 1 && w == "bank") {
            return m(k + 1, TimexType::Date, self.weekend(d, k)?);
        }
        if let Some(mt) = self.quarter(d, i, true) {
            return Some(mt);
        }
        // "the December quarter": the calendar quarter that month ends.
        if let Some(&mo) = lx.month.get(w)
            && d.is(i + 1, "quarter")
            && mo % 3 == 0
            && d.capitalized(i)
            && let Some(last) = self.month_expr(d, i, mo)
            && let Some((y, _)) = month_of(&last.value)
        {
            let y = self.named_quarter_year(d, i, y, mo / 3);
            return m(i + 2, TimexType::Date, format!("{y:04}-Q{}", mo / 3));
        }
        // "the January-March quarter", "the July-September period": a calendar quarter.
        if let Some(&m1) = lx.month.get(w)
            && d.is(i + 1, "-")
            && let Some(&m2) = lx.month.get(d.w(i + 2))
            && matches!(d.w(i + 3), "quarter" | "period")
            && m1 % 3 == 1
            && m2 == m1 + 2
            && let Some(last) = self.month_expr(d, i + 2, m2)
            && let Some((y, _)) = month_of(&last.value)
        {
            let y = self.named_quarter_year(d, i, y, m1 / 3 + 1);
            return m(i + 4, TimexType::Date, format!("{y:04}-Q{}", m1 / 3 + 1));
        }
        // the current year, the full year, the fiscal year, the latest fiscal year
        {
            let mut j = i;
            let mut back = 0;
            if matches!(d.w(j), "latest" | "previous") {
                back = 1;
                j += 1;
            } else if matches!(d.w(j), "current" | "full" | "present") {
                j += 1;
            }
            if d.is(j, "fiscal") {
                j += 1;
            }
            if j > i
                && d.is(j, "year")
                && !d.is(j + 1, "-")
                && let Some(c) = d.dct
            {
                // "234 abductions in 2020, three times as many as in the previous year": the
                // year before the one last mentioned (a fiscal year counts from the DCT's).
                let from = match d.last_year {
                    Some(y) if d.w(i) == "previous" && j == i + 1 => y,
                    _ => c.year,
                };
                // ("lost $6.8 million in the fourth quarter … For the full year, it earned
                // $4.2 million", told in March: the year that quarter closed, as for "the
                // year".)
                if d.w(i) == "full"
                    && j == i + 1
                    && let Some(y) = d.year_closed_by_q4(i - 1)
                {
                    return m(j + 1, TimexType::Date, format!("{y:04}"));
                }
                return m(j + 1, TimexType::Date, format!("{:04}", from - back));
            }
        }
        // "the past half century", "the last quarter-century": fifty or twenty-five years.
        if matches!(w, "past" | "last")
            && matches!(d.w(i + 1), "half" | "quarter")
            && (d.is(i + 2, "century") || d.is(i + 2, "-") && d.is(i + 3, "century"))
            && let Some(mt) = self.duration(d, i - 1)
        {
            return Some(mt);
        }
        // "in the past" (not "the past three years"): before now.
        if w == "past"
            && self.count_len(d, i + 1) == 0
            && !lx.unit.contains_key(d.w(i + 1))
            && !lx.season.contains_key(d.w(i + 1))
            && !matches!(d.w(i + 1), "few" | "several" | "couple" | "-")
            && !lx.number.contains_key(d.w(i + 1))
            && d.num(i + 1).is_none()
        {
            return m(i + 1, TimexType::Date, "PAST_REF".into());
        }
        // "the previous Friday", "the following Monday": counted from the day just mentioned.
        if matches!(w, "previous" | "following")
            && let Some(&wd) = lx.weekday.get(d.w(i + 1))
            && let Some(anchor) = d.day_told()
        {
            let (back, fwd) = weekday_gaps(anchor, wd)?;
            let date = if w == "previous" {
                anchor - Duration::days(if back == 0 { 7 } else { back })
            } else {
                anchor + Duration::days(if fwd == 0 { 7 } else { fwd })
            };
            return m(i + 2, TimexType::Date, ymd(date));
        }
        // "the year 2000": that year; "the year two thousand", "the year two thousand and
        // ten" in words.
        if w == "year" {
            if let Some(y) = d.year(i + 1) {
                return m(i + 2, TimexType::Date, format!("{y:04}"));
            }
            if d.is(i + 1, "two") && d.is(i + 2, "thousand") {
                let mut end = i + 3;
                let mut y = 2000;
                let k = if d.is(end, "and") { end + 1 } else { end };
                if let Some(Some(n)) = lx.number.get(d.w(k)).filter(|n| n.is_some_and(|n| n < 100))
                {
                    y += n;
                    end = k + 1;
                }
                return m(end, TimexType::Date, format!("{y:04}"));
            }
        }
        // "the morning of Aug. 12", "the night of Sept. 9, 1965", "the afternoon of Monday 7
        // September", "the morning of the 21st": that part of that day, one expression.
        if let Some(&p) = lx.part.get(w)
            && d.is(i + 1, "of")
            && let Some(inner) = self.date_at(d, i + 2)
            && inner.kind == TimexType::Date
            && let Some(day) = day_of(&inner.value)
        {
            return m(inner.end, TimexType::Time, format!("{}T{p}", ymd(day)));
        }
        // "the fall of 2012", "in the fall": the season ("the fall of Kabul" is an event).
        if w == "fall" {
            if d.is(i + 1, "of")
                && let Some(y) = d.year(i + 2)
            {
                return m(i + 3, TimexType::Date, format!("{y:04}-FA"));
            }
            if i >= 2
                && matches!(
                    d.w(i - 2),
                    "in" | "during"
                        | "by"
                        | "until"
                        | "through"
                        | "into"
                        | "till"
                        | "since"
                        | "before"
                        | "over"
                )
                && !d.is(i + 1, "of")
                && !d.is(i + 1, "in")
            {
                return m(i + 1, TimexType::Date, self.season_by_tense(d, i, "FA"));
            }
        }
        // "at the time": the time just spoken of, in the past. ("By the time the troops
        // left" is a conjunction.)
        if w == "time"
            && i >= 2
            && d.is(i - 2, "at")
            && !d.is(i + 1, "of")
            && !d.capital_word(i + 1)
        {
            return m(i + 1, TimexType::Date, "PAST_REF".into());
        }
        // "later in the day", "during the day": the day just mentioned, else the DCT's.
        if w == "day"
            && i >= 2
            && matches!(d.w(i - 2), "in" | "during" | "of")
            && matches!(d.w(i - 3), "later" | "earlier" | "late" | "early" | "rest")
        {
            return m(i + 1, TimexType::Date, self.day_in_context(d, i, 400));
        }
        // "for the year", "of the year", "the week's most active session": the DCT's year
        // or week in reports of results; "the year ended March 31" is a year-long period.
        // ("The index ended the week down 1.2 percent", "officers on shifts throughout the
        // week": the DCT's week.)
        if matches!(w, "year" | "week" | "month")
            && i >= 2
            && (matches!(d.w(i - 2), "for" | "of" | "in" | "through" | "during")
                || (w == "week"
                    && matches!(
                        d.w(i - 2),
                        "ended" | "ending" | "started" | "starting" | "throughout" | "finished"
                    ))
                // ("a slow start to the year", "is on track to end the year lower", "ended
                // the year with $310 million in cash".)
                || (w == "year"
                    && matches!(
                        d.w(i - 2),
                        "to" | "end"
                            | "ends"
                            | "ended"
                            | "ending"
                            | "start"
                            | "started"
                            | "began"
                            | "begin"
                            | "closed"
                            | "close"
                            | "finished"
                            | "finish"
                    )))
            && !d.is(i + 1, "-")
            && !matches!(d.w(i + 1), "before" | "after" | "earlier" | "later" | "ago")
        {
            // "the year to March 31", not "the end of the year to reach a compromise".
            let to_date = d.is(i + 1, "to")
                && (self.lx.month.contains_key(d.w(i + 2)) || d.num(i + 2).is_some());
            if w == "year" && (matches!(d.w(i + 1), "ended" | "ending") || to_date) {
                return m(i + 1, TimexType::Duration, "P1Y".into());
            }
            // ("earned $61 million in the latest quarter … For the year, it earned $212
            // million", told in March: the year that quarter closed.)
            if w == "year"
                && d.is(i - 2, "for")
                && let Some(y) = d.year_closed_by_q4(i - 1)
            {
                return m(i + 1, TimexType::Date, format!("{y:04}"));
            }
            // ("Many farmers ended the year with record income", told in March: the year
            // that has closed.)
            if w == "year"
                && matches!(d.w(i - 2), "ended" | "closed" | "finished")
                && let Some(c) = d.dct.filter(|c| c.month <= 3)
            {
                return m(i + 1, TimexType::Date, format!("{:04}", c.year - 1));
            }
            let unit = match w {
                "year" => "Y",
                "month" => "M",
                _ => "W",
            };
            return m(i + 1, TimexType::Date, calendar_unit(d.dct, 0, unit)?);
        }
        // "the nineties", "the twenties": a decade of the DCT's century.
        if let Some(dec) = decade_word(w) {
            let century = d.dct.map_or(19, |c| c.year / 100);
            let century = if century >= 20 && dec > 20 {
                19
            } else {
                century
            };
            return m(i + 1, TimexType::Date, format!("{century:02}{}", dec / 10));
        }
        // "the 20th century", "the twentieth century"
        if d.is(i + 1, "century") {
            let n = lx.ordinal.get(w).copied().or_else(|| {
                let t = d.toks.get(i)?;
                (t.kind == Tk::Num && matches!(d.w(i + 1), "century"))
                    .then(|| t.low.parse::<u32>().ok())
                    .flatten()
            });
            if let Some(n) = n.filter(|n| (1..=30).contains(n)) {
                return m(i + 2, TimexType::Date, format!("{:02}", n - 1));
            }
            if matches!(w, "th" | "st" | "nd" | "rd") {
                return None;
            }
        }
        if let Some(n) = d.num(i).filter(|n| (1..=30).contains(n))
            && matches!(d.w(i + 1), "th" | "st" | "nd" | "rd")
            && d.adjacent(i + 1)
            && d.is(i + 2, "century")
        {
            return m(i + 3, TimexType::Date, format!("{:02}", n - 1));
        }
        if let Some(mt) = self
            .short_decade(d, i)
            .filter(|x| x.value.len() == 3)
            .or_else(|| self.bare_decade(d, i))
        {
            return Some(mt);
        }
        // the 1990s; the 1800s, the 1900s (centuries; "the 2000s" is a decade)
        if let Some(y) = d.num(i)
            && (1000..=2099).contains(&y)
            && y % 10 == 0
            && d.is(i + 1, "s")
            && d.adjacent(i + 1)
        {
            if y % 100 == 0 && y < 2000 {
                return m(i + 2, TimexType::Date, format!("{}", y / 100));
            }
            return m(i + 2, TimexType::Date, format!("{}", y / 10));
        }
        // "before" or "after" that nothing after it could link to an event ("the year before
        // the war", "the afternoon after the vote" are told by the event): an adverb of the
        // expression, that unit before (after) the one the text is about. (A part of the day
        // keeps "before" also before "with" or "for".)
        let unlinked = |part: bool| {
            matches!(d.w(i + 1), "before" | "after")
                && d.toks.get(i + 2).is_none_or(|t| {
                    (t.kind == Tk::Punct && !matches!(t.low, "'" | "-" | "$"))
                        || matches!(t.low, "and" | "but" | "when" | "as" | "in" | "on" | "at")
                        || part && matches!(t.low, "with" | "for")
                })
        };
        let step = || if d.w(i + 1) == "before" { -1 } else { 1 };
        // "had arrived the night before.", "the morning after, said".
        if let Some(&p) = lx.part.get(w).filter(|_| w != "overnight")
            && unlinked(true)
            && let Some(a) = d.day_told()
        {
            return m(
                i + 2,
                TimexType::Time,
                format!("{}T{p}", ymd(a + Duration::days(step()))),
            );
        }
        // "down from the year before.", "the week before, he had …".
        if matches!(w, "week" | "month" | "year") && unlinked(false) {
            let n: i32 = step() as i32;
            let anchor = d.day_told();
            let value = match w {
                "year" => d
                    .last_year
                    .or(anchor.map(|a| a.year()))
                    .map(|y| format!("{:04}", y + n)),
                "month" => d
                    .last_month
                    .or_else(|| anchor.map(|a| (a.year(), a.month())))
                    .map(|(y, mo)| {
                        let (y, mo) = shift_month(y, mo, n);
                        format!("{y:04}-{mo:02}")
                    }),
                _ => anchor.map(|a| iso_week(a + Duration::weeks(n.into()))),
            };
            if let Some(v) = value {
                return m(i + 2, TimexType::Date, v);
            }
        }
        // the next/following/previous day, the same day/week, the day before
        if matches!(
            w,
            "next" | "following" | "previous" | "prior" | "same" | "day"
        ) && let Some(mt) = self.anaphoric(d, i)
        {
            return Some(mt);
        }
        // "the first week of April", "the last day of March", "the first day of 2013": a
        // week or day counted from either end of the month or year named.
        if let Some(nth) = lx
            .ordinal
            .get(w)
            .map(|&n| i64::from(n))
            .filter(|n| (1..=4).contains(n))
            .or(matches!(w, "last" | "final").then_some(0))
            && matches!(d.w(i + 1), "week" | "day")
            && d.is(i + 2, "of")
            && let Some(inner) = self.date_at(d, i + 3)
            && inner.kind == TimexType::Date
            && let Some((first, last)) = span_of(&inner.value)
        {
            let day = match (d.w(i + 1), nth) {
                ("day", 0) => last,
                ("day", n) => first + Duration::days(n - 1),
                // The week holding the middle of the seven days counted.
                ("week", 0) => last - Duration::days(3),
                (_, n) => first + Duration::days(7 * (n - 1) + 3),
            };
            if day <= last {
                let value = if d.w(i + 1) == "day" {
                    ymd(day)
                } else {
                    iso_week(day)
                };
                return m(inner.end, TimexType::Date, value);
            }
        }
        // the past/last/coming/next N units; the past year
        if matches!(
            w,
            "past"
                | "last"
                | "coming"
                | "approaching"
                | "upcoming"
                | "next"
                | "previous"
                | "first"
                | "current"
                | "latest"
                | "recent"
                | "early"
                | "end"
                | "beginning"
                | "middle"
                | "rest"
        ) && let Some(mt) = self.relative(d, i, true)
        {
            return Some(mt);
        }
        // "the first half of the year", "the second half of 2012": H1/H2 of that year.
        if (matches!(w, "first" | "second" | "latter" | "last")
            || (matches!(w, "back" | "front") && d.is(i + 2, "of")))
            && d.is(i + 1, "half")
            && (d.is(i + 2, "of") || !d.game_sentence(&self.lx, i))
        {
            if let Some(mt) = self.half_of(d, i) {
                return Some(mt);
            }
            let h = if matches!(w, "first" | "front") { 1 } else { 2 };
            // The latest such half begun by the DCT ("lending rose in the second half", told
            // in February, is last year's), unless the clause looks ahead.
            let y = d.dct.map_or_else(
                || "XXXX".to_string(),
                |c| {
                    // (The tense asked only when it decides.) ("not turning around until the
                    // second half at the earliest" in January: a bound ahead; "a pullback
                    // somewhere in the first half" told ahead in December: next year's, once
                    // the first half is not the one just reported.)
                    let deadline =
                        || d.deadline(i) || (i > 0 && d.is(i - 1, "the") && d.deadline(i - 1));
                    let y = if h == 2
                        && c.month <= 6
                        && d.tense(&self.lx, i, i + 2) != Tense::Future
                        && !deadline()
                    {
                        c.year - 1
                    } else if h == 1
                        && c.month >= 10
                        && d.tense(&self.lx, i, i + 2) == Tense::Future
                    {
                        c.year + 1
                    } else {
                        c.year
                    };
                    format!("{y:04}")
                },
            );
            return m(i + 2, TimexType::Date, format!("{y}-H{h}"));
        }
        // the end/beginning/middle of <date>
        if matches!(w, "end" | "beginning" | "start" | "middle" | "dawn") && d.is(i + 1, "of") {
            let modifier = match w {
                "end" => "END",
                "middle" => "MID",
                _ => "START",
            };
            if let Some(mut inner) = self.date_at(d, i + 2)
                && inner.kind == TimexType::Date
            {
                inner.modifier = Some(modifier);
                // "will feel normal again by the end of the week", told on a Sunday: the
                // week now ending has no more end to wait for; the one starting tomorrow's.
                // (So is its middle: "a clearer idea by the middle of the week".)
                if matches!(w, "end" | "middle")
                    && d.is(i + 2, "the")
                    && d.is(i + 3, "week")
                    && i >= 2
                    && d.is(i - 1, "the")
                    // (Past "at least": "to last until at least the end of the week".)
                    && (matches!(d.w(i - 2), "by" | "until" | "till" | "before" | "towards")
                        || i >= 4
                            && d.is(i - 2, "least")
                            && d.is(i - 3, "at")
                            && matches!(d.w(i - 4), "by" | "until" | "till"))
                    && let Some((this, next)) = d.sunday_weeks()
                    && inner.value == this
                {
                    inner.value = next;
                }
                return Some(inner);
            }
            // "the end of the decade", "the start of the century": the DCT's.
            if d.is(i + 2, "the")
                && let Some(unit) = match d.w(i + 3) {
                    "decade" => Some("DE"),
                    "century" => Some("CE"),
                    _ => None,
                }
            {
                return Some(M {
                    end: i + 4,
                    kind: TimexType::Date,
                    value: calendar_unit(d.dct, 0, unit)?,
                    modifier: Some(modifier),
                });
            }
        }
        // the 20 years (since …): a duration with its determiner
        if let Some(mt) = self.duration(d, i) {
            return Some(mt);
        }
        None
    }

    /// Fiscal quarters: "the third quarter", "third-quarter", "the quarter", "the year-earlier
    /// quarter", "the fourth quarter of 1988". A quarter without a year is the latest one of
    /// that number by the DCT (the next one in a future clause); "the quarter" is the last
    /// quarter mentioned, else the last complete one.
    fn quarter(&self, d: &Doc<'_>, i: usize, after_the: bool) -> Option<M> {
        let lx = &self.lx;
        let mut j = i;
        if d.is(j, "fiscal") {
            j += 1;
        }
        let mut back = 0;
        if d.is(j, "year") && d.is(j + 1, "-") && matches!(d.w(j + 2), "earlier" | "ago") {
            back = 1;
            j += 3;
        } else if d.is(j, "prior") && d.is(j + 1, "-") && d.is(j + 2, "year") {
            // "the prior-year period"
            back = 1;
            j += 3;
        }
        // "the 1988 second quarter", "the 1988 quarter", "the 1989 period": a year written
        // before the quarter.
        let lead_year = d
            .year(j)
            .map(|y| y as i32)
            .filter(|_| after_the && !d.adjacent(j + 1));
        if lead_year.is_some() {
            j += 1;
        }
        let mut which = "";
        if matches!(
            d.w(j),
            "latest" | "current" | "same" | "previous" | "prior" | "corresponding" | "comparable"
        ) {
            which = match d.w(j) {
                "current" => "current",
                "previous" | "prior" => "previous",
                _ => "latest",
            };
            j += 1;
        } else if d.is(j, "most") && d.is(j + 1, "recent") {
            which = "latest";
            j += 2;
        }
        // "the final quarter of 2015", "the last quarter of 2017" are the fourth.
        let of_year = d.is(j + 2, "of")
            && (d.year(j + 3).is_some() || matches!(d.w(j + 3), "last" | "this" | "next"));
        let ordinal = lx
            .ordinal
            .get(d.w(j))
            .copied()
            .or((d.w(j) == "final" || (d.w(j) == "last" && of_year && after_the)).then_some(4))
            .filter(|n| (1..=4).contains(n));
        if ordinal.is_some() {
            j += 1;
            if d.is(j, "-") {
                j += 1;
            }
        }
        let noun = d.w(j);
        // "the year-ago period"; "the latest period" in a report about a quarter.
        let quarter_near = d
            .last_quarter
            .is_some_and(|_| d.toks[i].start.saturating_sub(d.last_quarter_at) < 600);
        let is_period = noun == "period"
            && (back == 1 || ((which == "latest" || lead_year.is_some()) && quarter_near));
        if noun != "quarter" && !is_period {
            return None;
        }
        if !after_the && ordinal.is_none() {
            return None; // bare "quarter"
        }
        // "scored 12 points in the fourth quarter": a part of the game.
        if d.game_sentence(&self.lx, i) && !d.is(j + 1, "of") && d.year(j + 1).is_none() {
            return None;
        }
        j += 1;
        // "the third quarter of 1990", "the third quarter of last year".
        let relative_year = match (d.w(j + 1), d.w(j + 2), d.dct) {
            ("last", "year", Some(c)) => Some(c.year - 1),
            ("this", "year", Some(c)) => Some(c.year),
            ("next", "year", Some(c)) => Some(c.year + 1),
            _ => None,
        };
        let explicit_year = if d.is(j, "of") {
            d.num(j + 1)
                .filter(|y| (1000..=2099).contains(y))
                .map(|y| (y, 2))
                .or(relative_year
                    .and_then(|y| u32::try_from(y).ok())
                    .map(|y| (y, 3)))
        } else {
            d.year(j).map(|y| (y, 1))
        };
        let dct_q = d.dct.map(|c| (c.year, (c.month - 1) / 3 + 1));
        let (mut year, q) = match (ordinal, explicit_year, dct_q) {
            _ if let Some(y) = lead_year => {
                let q = ordinal
                    .or(d.last_quarter.map(|(_, q)| q))
                    .or(dct_q.map(|q| quarter_before(q).1));
                match q {
                    Some(q) => (y, q),
                    None => return m(j, TimexType::Date, format!("{y:04}-QX")),
                }
            }
            (Some(n), Some((y, len)), _) => {
                j += len;
                (y as i32, n)
            }
            (Some(n), None, Some((y, cq))) => {
                // A future clause about a quarter that has just ended ("expects to report a
                // third-quarter loss" in November) still means this year's.
                // ("will report fourth-quarter results" in February: last year's.)
                // ("instructors deploying by the end of the first quarter", in December: a
                // deadline lies ahead.)
                let tense = d.tense(lx, i, j);
                let deadline = d.deadline(i) || (i > 0 && d.is(i - 1, "the") && d.deadline(i - 1));
                // ("She cut her forecast for growth in the second quarter": what a forecast
                // is for lies ahead.)
                let forecast_for = (i.saturating_sub(6)..i).any(|k| {
                    matches!(d.w(k), "forecast" | "forecasts" | "outlook" | "projection")
                        && d.is(k + 1, "for")
                        && !(k..i).any(|q| matches!(d.w(q), "." | ";"))
                });
                // ("contracts have been pushed into the second quarter": a new date is
                // ahead, whatever the tense.)
                let pushed = i > 1
                    && d.is(i - 1, "the")
                    && matches!(d.w(i - 2), "into" | "to" | "until")
                    && (i.saturating_sub(6)..i - 2).any(|k| {
                        matches!(
                            d.w(k),
                            "pushed" | "slipped" | "postponed" | "delayed" | "deferred" | "moved"
                        )
                    });
                let future = tense == Tense::Future
                    || (tense == Tense::Unknown && deadline)
                    || forecast_for && n >= cq
                    || pushed && n >= cq;
                let just_ended = quarter_before((y, cq));
                // (Asked only of a quarter just ended told in a future clause.)
                let happens_in = || {
                    i > 1
                        && d.is(i - 1, "the")
                        && matches!(d.w(i - 2), "in" | "during")
                        && !d.is(j, "-")
                        // ("expect earnings to have risen 2.9% in the fourth quarter": a
                        // perfect looks back from the report.)
                        && !(i.saturating_sub(8)..i).any(|k| d.is(k, "have"))
                };
                // ("the fiscal first quarter ended Sept. 30", "its fiscal third quarter" in
                // March: a company's own quarters, numbered from its fiscal year's start, are
                // told by the year they end in, the DCT's.)
                let fiscal = d.is(i, "fiscal") || i > 0 && d.is(i - 1, "fiscal");
                (
                    // (A first half still ahead in the calendar's second half opens the
                    // fiscal year named by the next: "will report results for the fiscal
                    // first quarter on Oct. 24".)
                    if fiscal && future && n <= 2 && cq >= 3 {
                        y + 1
                    // (A fiscal fourth quarter told as past early in the calendar year closed
                    // a fiscal year named by the year before: "profit in the fiscal fourth
                    // quarter, which ended Feb. 2, fell", told in March.)
                    } else if fiscal && n == 4 && cq == 1 && tense == Tense::Past {
                        y - 1
                    } else if fiscal {
                        y
                    // ("expect the rate to fall to 7.3% by the fourth quarter" in March: a
                    // bound ahead is this year's.)
                    // ("expects results from the trial in the fourth quarter": a time a
                    // thing will happen in is ahead.)
                    } else if future && n == just_ended.1 && !deadline && !happens_in() {
                        just_ended.0
                    } else if future {
                        if n + 1 >= cq { y } else { y + 1 }
                    // ("they expected to complete the deal in the second quarter", told in
                    // March: a plan as it stood, the nearest such quarter.)
                    } else if n <= cq || (tense == Tense::Unknown && n == cq + 1) {
                        y
                    } else {
                        y - 1
                    },
                    n,
                )
            }
            (Some(n), None, None) => {
                return m(j, TimexType::Date, format!("XXXX-Q{n}"));
            }
            // "the quarter ended Sept. 30": the three months up to that day, named by the
            // calendar quarter that holds most of them.
            (None, _, _)
                if let Some(day) = matches!(d.w(j), "ended" | "ending")
                    .then(|| self.core(d, j + 1))
                    .flatten()
                    .and_then(|x| day_of(&x.value)) =>
            {
                let mid = day - Duration::days(45);
                (mid.year(), (mid.month() - 1) / 3 + 1)
            }
            (None, _, dct_q) => match (which, d.last_quarter, dct_q) {
                ("current", _, Some(q)) => q,
                // "the previous quarter" after "the third quarter": the second.
                ("previous", Some(q), _) if quarter_near => quarter_before(q),
                ("previous", _, Some(q)) => quarter_before(q),
                // "the latest quarter" has ended: not one just mentioned as ahead.
                ("latest", Some(q), Some(now)) if q >= now => quarter_before(now),
                // "expects growth in the current quarter … sales fell 3% in the quarter":
                // a past clause tells the quarter reported on, not one still running.
                // (Not at the quarter's close: "the Dow rose 11.3% for the quarter" on March
                // 31 is the quarter ending that day.)
                (_, Some(q), Some(now))
                    if q >= now
                        && d.tense(lx, i, j) == Tense::Past
                        && !(q == now
                            && d.dct.is_some_and(|c| {
                                c.month % 3 == 0 && c.day.is_some_and(|x| x >= 20)
                            })) =>
                {
                    quarter_before(now)
                }
                (_, Some(q), _) => q,
                // "rent reviews will come up at the end of the quarter": with none told, a
                // quarter ahead (or one whose end is still to come) is the one running.
                (_, None, Some(q))
                    if match d.tense(lx, i, j) {
                        Tense::Future => true,
                        Tense::Unknown => {
                            i >= 3 && d.is(i - 1, "the") && d.is(i - 2, "of") && d.is(i - 3, "end")
                        }
                        Tense::Past => false,
                    } =>
                {
                    q
                }
                (_, None, Some(q)) => quarter_before(q),
                _ => return m(j, TimexType::Date, "XXXX-QX".into()),
            },
        };
        year -= back;
        // "the same period last year", "the corresponding quarter a year ago": that quarter
        // a year back, as one expression.
        if back == 0 && lead_year.is_none() && explicit_year.is_none() {
            if d.is(j, "last") && d.is(j + 1, "year") {
                return m(j + 2, TimexType::Date, format!("{:04}-Q{q}", year - 1));
            }
            if d.is(j, "a") && d.is(j + 1, "year") && matches!(d.w(j + 2), "ago" | "earlier") {
                return m(j + 3, TimexType::Date, format!("{:04}-Q{q}", year - 1));
            }
        }
        m(j, TimexType::Date, format!("{year:04}-Q{q}"))
    }

    /// Whether tokens `i..end` are a title or a fraction rather than a time: a unit written
    /// with a capital inside the expression ("''60 Minutes''", ABC's "This Week"), "Today"
    /// after a name ("USA Today"), "three-quarters of its food", "the early hours of Friday"
    /// (the day is the time). Days and centuries are often
    /// capitalized in running text ("New Year's Day", "the 21st Century").
    fn name_or_fraction(&self, d: &Doc<'_>, i: usize, end: usize) -> bool {
        // ("NEXT WEEK:" heading a section is written in capitals throughout, as no title is.)
        let all_caps = d.is(end, ":")
            && d.text[d.toks[i].start..d.toks[end - 1].end]
                .chars()
                .all(|c| !c.is_lowercase());
        let capital_unit = !all_caps
            && (i + 1..end).any(|k| {
                let t = &d.toks[k];
                t.kind == Tk::Word
                    && d.capitalized(k)
                    && !matches!(t.low, "day" | "days" | "century" | "centuries")
                    && (self.lx.unit.contains_key(t.low)
                        || self.lx.part.contains_key(t.low)
                        || matches!(t.low, "today" | "tonight" | "tomorrow" | "yesterday"))
            });
        let after_name = matches!(d.w(i), "today" | "tomorrow" | "tonight" | "yesterday")
            && d.capitalized(i)
            && i > 0
            && self.name_word(d, i - 1);
        // "'Sunday Morning Rain'", "\"Friday Night Lights\"": a quoted title.
        // (Every word of a title has its capital: "\"Every month I ask\"" is a quote.)
        let quoted_title = i > 0
            && matches!(d.w(i - 1), "'" | "\"" | "\u{2018}" | "\u{201c}" | "`")
            && d.adjacent(i)
            && self.name_word(d, end)
            && d.w(end) != "i"
            && (i..end).all(|k| d.toks[k].kind != Tk::Word || d.capitalized(k));
        let fraction = end > i + 1
            && d.is(end - 1, "quarters")
            && d.is(end - 2, "-")
            && d.is(end, "of")
            && d.year(end + 1).is_none();
        // "145 miles an hour", "50 km per hour": a speed, not a time.
        // ("50 litres a day", "10 feet a year": a rate, which is a set.)
        // ("snow falling at 2 inches an hour", "advancing about 60 feet an hour": a rate of
        // a depth or a length gone, which writers tag as a time.)
        let speed = i > 0
            && matches!(d.w(i), "a" | "an" | "per")
            && self.lx.measure.contains(d.w(i - 1))
            && !(matches!(d.w(i - 1), "inches" | "feet" | "metres" | "meters")
                && matches!(d.w(i), "a" | "an")
                && d.is(i + 1, "hour"))
            && matches!(
                d.w(i + 1),
                "hour" | "minute" | "second" | "hours" | "minutes" | "seconds"
            );
        // "the early hours of Friday": a part of the day that follows, not a duration.
        let small_hours = d.is(end - 1, "hours")
            && end >= 2
            && matches!(d.w(end - 2), "early" | "small" | "wee")
            && d.is(end, "of");
        // Holidays are names that are times ("New Year's Day"); in a headline every word has
        // a capital.
        // "held them scoreless for three quarters": quarters of a game.
        let game_part = matches!(d.w(end - 1), "quarter" | "quarters" | "halves")
            && d.year(end).is_none()
            && !d.is(end, "of")
            && d.game_sentence(&self.lx, i);
        // "the Six-Day War", "the Thirty Years War": a war's name.
        let war = d.capitalized(i)
            && matches!(d.w(end), "war" | "wars")
            && d.capitalized(end)
            && !(i..end).any(|k| d.year(k).is_some());
        // "taught them in Sunday school", "in his Sunday best", "The Sunday Times": a
        // weekday naming a thing.
        let day_thing = end == i + 1
            && self.lx.weekday.contains_key(d.w(i))
            && self.lx.in_group(d.w(end), DAYNAME);
        fraction
            || day_thing
            || game_part
            || small_hours
            || speed
            || quoted_title
            || war
            || ((capital_unit || after_name)
                && !(i..end).any(|k| self.holiday(d, k).is_some())
                && !d.headline(i))
    }

    /// Whether token `k` is a capitalized word that names no month or weekday, as a name's
    /// other words do ("Theresa May", "Easter Island", "'Sunday Morning Rain'").
    fn name_word(&self, d: &Doc<'_>, k: usize) -> bool {
        d.capital_word(k)
            && !self.lx.month.contains_key(d.w(k))
            && !self.lx.weekday.contains_key(d.w(k))
    }

    /// An expression at token `k`, with or without its article: "2012", "the year".
    fn date_at(&self, d: &Doc<'_>, k: usize) -> Option<M> {
        self.core(d, k)
            .or_else(|| d.is(k, "the").then(|| self.after_the(d, k + 1)).flatten())
    }

    /// Expressions that do not start with "the" or a modifier.
    fn core(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let lx = &self.lx;
        let w = d.w(i);
        let tok = d.toks.get(i)?;
        if let Some(mt) = self.holiday(d, i) {
            return Some(mt);
        }
        // "AD 122", "AD 43": a year of the common era, written with its era.
        if w == "ad"
            && d.text[tok.start..tok.end].eq("AD")
            && let Some(n) = d.num(i + 1).filter(|n| (1..=2100).contains(n))
            && d.toks[i + 1].low.len() <= 4
        {
            return m(i + 2, TimexType::Date, format!("{n:04}"));
        }
        // Named dates ("9/11") by their raw text: the tokens of the name, side by side.
        for (words, value) in &lx.named {
            if words.len() == 1 && words[0].contains('/') {
                if words[0].split('/').next() != Some(d.w(i)) {
                    continue;
                }
                let parts: Vec<&str> = words[0].split('/').collect();
                let n = parts.len() * 2 - 1;
                let matches = parts.iter().enumerate().all(|(k, p)| d.w(i + 2 * k) == *p)
                    && (1..n).all(|k| d.adjacent(i + k) && (k % 2 == 0 || d.is(i + k, "/")));
                // "the 9/11 Memorial", "the 9/11 Commission": a name.
                let in_name = self.name_word(d, i + n) && d.toks[i + n].low != "i";
                let glued = d.adjacent(i + n) && d.num(i + n).is_some();
                if matches && !(glued || d.is(i + n, "/") || in_name) {
                    return m(i + n, TimexType::Date, value.clone());
                }
            } else if words.iter().enumerate().all(|(k, x)| d.w(i + k) == x) {
                return m(
                    i + words.len(),
                    TimexType::Date,
                    self.resolve_named(d, value),
                );
            }
        }
        match tok.kind {
            Tk::Num => self.numeric(d, i),
            Tk::Word => {
                if let Some(&month) = lx.month.get(w) {
                    return self.month_expr(d, i, month);
                }
                if let Some(&wd) = lx.weekday.get(w) {
                    return self.weekday_expr(d, i, wd);
                }
                // "on Mondays", "Saturday nights" said of many weeks: a set.
                if let Some(&wd) = w.strip_suffix('s').and_then(|x| lx.weekday.get(x))
                    && d.capitalized(i)
                {
                    if let Some(&p) = lx.part.get(d.w(i + 1).trim_end_matches('s')) {
                        return m(i + 2, TimexType::Set, format!("XXXX-WXX-{wd}T{p}"));
                    }
                    return m(i + 1, TimexType::Set, format!("XXXX-WXX-{wd}"));
                }
                if let Some(mt) = self.deictic(d, i) {
                    return Some(mt);
                }
                // "year-end", "year end", "year's end": the end of the DCT's year.
                if w == "year"
                    && let Some(len) = if d.is(i + 1, "-") && d.is(i + 2, "end") {
                        Some(3)
                    } else if d.is(i + 1, "end") {
                        Some(2)
                    } else if d.is(i + 1, "'") && d.is(i + 2, "s") && d.is(i + 3, "end") {
                        Some(4)
                    } else {
                        None
                    }
                    && let Some(c) = d.dct
                {
                    return Some(M {
                        end: i + len,
                        kind: TimexType::Date,
                        value: format!("{:04}", c.year),
                        modifier: Some("END"),
                    });
                }
                // "noon", "midnight": the hour of the day just mentioned, else of the DCT.
                // ("High Noon" is a film.)
                if matches!(w, "noon" | "midday" | "midnight") && !(i > 0 && d.is(i - 1, "high")) {
                    // ("Screenings are daily at noon": a time of no one day.)
                    if d.habitual(lx, i) && !matches!(d.w(i + 1), "today" | "tomorrow") {
                        let hour = noon_or_midnight(w);
                        return m(i + 1, TimexType::Time, format!("XXXX-XX-XXT{hour}"));
                    }
                    let mut day = self.day_in_context(d, i, CLOCK_WINDOW);
                    // ("would waive fees for travelers booked before Monday. … Homes were
                    // without power as of noon": a past clause's noon is not of a day ahead,
                    // as with a clock time.)
                    if let (Some(last), Some(today)) = (d.day_near(i, CLOCK_WINDOW), d.today())
                        && last > today
                        && d.toks[i].start > d.last_day_at + 8
                        && d.tense(lx, i, i + 1) == Tense::Past
                    {
                        day = ymd(today);
                    }
                    // "conceded shortly after midnight" with no day named: the midnight
                    // that began the DCT's day, the end of the day before.
                    if w == "midnight"
                        && d.day_near(i, CLOCK_WINDOW).is_none()
                        && d.tense(lx, i, i + 1) == Tense::Past
                        && let Some(today) = d.today()
                    {
                        day = ymd(today - Duration::days(1));
                    }
                    // "shortly after midnight", "since midnight": the start of the next day,
                    // or of the day a morning hour was told on.
                    // "between midnight and 9 a.m.", "from midnight to 6 a.m.": a range into
                    // a morning begins at the midnight that opens its day.
                    let opens_morning = matches!(d.w(i + 1), "and" | "to" | "until" | "till" | "-")
                        && self.clock(d, i + 2).is_some_and(|c| morning_of(&c.value));
                    if w == "midnight"
                        && (d.after_midnight(i) || opens_morning)
                        && let Some(day) = day_of(&day)
                    {
                        let morning = d.day_near(i, CLOCK_WINDOW).is_some() && d.last_day_morning;
                        // ("responded to 200 crashes between midnight and 9 a.m.", told in the
                        // past on the day: the midnight that opened the DCT's day.)
                        let today_past = opens_morning
                            && d.today() == Some(day)
                            && d.tense(lx, i, i + 1) == Tense::Past;
                        let start = if morning || today_past {
                            Some(day)
                        } else {
                            day.succ_opt()
                        };
                        if let Some(start) = start {
                            return m(i + 1, TimexType::Time, format!("{}T00:00", ymd(start)));
                        }
                    }
                    let hour = noon_or_midnight(w);
                    return m(i + 1, TimexType::Time, format!("{day}T{hour}"));
                }
                // "Q3", "Q3 2021", "Q3 of 2021", "H1 2023": a quarter or half written as in
                // financial tables (a full stop or comma may follow).
                let free_after = |k: usize| {
                    !d.adjacent(k)
                        || d.toks.get(k).is_some_and(|t| {
                            t.kind == Tk::Punct && matches!(t.low, "." | "," | ";" | ":" | ")")
                        })
                };
                if matches!(w, "q" | "h")
                    && d.capitalized(i)
                    && d.adjacent(i + 1)
                    && let Some(n) = d
                        .num(i + 1)
                        .filter(|n| (1..=if w == "q" { 4 } else { 2 }).contains(n))
                    && d.toks[i + 1].low.len() == 1
                    && free_after(i + 2)
                {
                    let (unit, per) = if w == "q" { ('Q', 3) } else { ('H', 6) };
                    let k = if d.is(i + 2, "of") { i + 3 } else { i + 2 };
                    if let Some(y) = d.year(k) {
                        return m(k + 1, TimexType::Date, format!("{y:04}-{unit}{n}"));
                    }
                    // The latest one begun by the DCT; the next one in a future clause ("GDP
                    // could shrink in Q2").
                    let modal = (i.saturating_sub(8)..i)
                        .any(|k| matches!(d.w(k), "could" | "may" | "might" | "should"));
                    let future = modal || d.tense(lx, i, i + 2) == Tense::Future;
                    let y = match d.dct {
                        Some(c) if future && n < (c.month - 1) / per + 1 => c.year + 1,
                        Some(c) if future || n <= (c.month - 1) / per + 1 => c.year,
                        Some(c) => c.year - 1,
                        None => return m(i + 2, TimexType::Date, format!("XXXX-{unit}{n}")),
                    };
                    return m(i + 2, TimexType::Date, format!("{y:04}-{unit}{n}"));
                }
                // "first-half profit": the half of the year the report covers, the latest
                // one begun by the DCT.
                if matches!(w, "first" | "second")
                    && d.is(i + 1, "-")
                    && d.is(i + 2, "half")
                    && d.adjacent(i + 1)
                    && d.adjacent(i + 2)
                {
                    let h = if w == "first" { 1 } else { 2 };
                    let value = match d.dct {
                        Some(c) if h == 2 && c.month <= 6 => format!("{:04}-H2", c.year - 1),
                        Some(c) => format!("{:04}-H{h}", c.year),
                        None => format!("XXXX-H{h}"),
                    };
                    return m(i + 3, TimexType::Date, value);
                }
                // "fiscal 1989": the fiscal year, named by its number.
                if w == "fiscal"
                    && let Some(y) = d.year(i + 1)
                {
                    return m(i + 2, TimexType::Date, format!("{y:04}"));
                }
                if (lx.ordinal.contains_key(w) || w == "fiscal" || w == "year")
                    && let Some(mt) = self.quarter(d, i, false)
                {
                    return Some(mt);
                }
                // "year-earlier results", "the year-ago period" (the period form is a quarter):
                // the year before, or the quarter a year before when one was just mentioned.
                if w == "year" && d.is(i + 1, "-") && matches!(d.w(i + 2), "earlier" | "ago") {
                    let near = d
                        .last_quarter
                        .filter(|_| d.toks[i].start.saturating_sub(d.last_quarter_at) < 400);
                    return match (near, d.dct) {
                        (Some((y, q)), _) => {
                            m(i + 3, TimexType::Date, format!("{:04}-Q{q}", y - 1))
                        }
                        (None, Some(c)) => m(i + 3, TimexType::Date, format!("{:04}", c.year - 1)),
                        _ => None,
                    };
                }
                // "seven o'clock", "six o'clock tonight": the hour in words.
                if let Some(Some(h)) = lx.number.get(w)
                    && (1..=12).contains(h)
                    && d.is(i + 1, "o")
                    && d.is(i + 2, "'")
                    && d.is(i + 3, "clock")
                {
                    return self.oclock(d, i, i + 4, *h);
                }
                // "nine a.m.", "two thirty this morning", "eight thirty tonight": an hour in
                // words with its minutes, made a time by a.m./p.m. or a part of the day.
                if let Some(Some(h)) = lx.number.get(w)
                    && (1..=12).contains(h)
                    && let Some(mt) = self.word_clock(d, i, *h)
                {
                    return Some(mt);
                }
                // A decade in words: "the nineteen nineties".
                if w == "nineteen"
                    && let Some(dec) = decade_word(d.w(i + 1))
                {
                    return m(i + 2, TimexType::Date, format!("19{}", dec / 10));
                }
                // Spoken years after a word that leads to a date: "in two thousand eight",
                // "back in twenty sixteen", "since two thousand and ten" (not "two thousand
                // people", "twenty fifteen-year-olds").
                if matches!(w, "two" | "twenty") && i > 0 && leads_to_date(d.w(i - 1)) {
                    let thousand = w == "two" && d.is(i + 1, "thousand");
                    let k = if thousand {
                        if d.is(i + 2, "and") { i + 3 } else { i + 2 }
                    } else {
                        i + 1
                    };
                    let n = match (
                        lx.number.get(d.w(k)),
                        d.is(k + 1, "-"),
                        lx.number.get(d.w(k + 2)),
                    ) {
                        (Some(Some(t)), true, Some(Some(u)))
                            if *t % 10 == 0 && *t >= 20 && *u < 10 =>
                        {
                            Some((t + u, k + 3))
                        }
                        (Some(Some(t)), _, _) if *t < 100 => Some((*t, k + 1)),
                        _ => None,
                    };
                    if let Some((n, end)) = n
                        && (thousand || n >= 10)
                        && !matches!(
                            d.w(end),
                            "hundred" | "thousand" | "million" | "-" | "percent"
                        )
                        && d.toks.get(end).is_none_or(|t| {
                            t.kind != Tk::Word
                                || !t.low.ends_with('s')
                                || matches!(t.low, "as" | "is" | "was")
                        })
                    {
                        return m(end, TimexType::Date, format!("20{n:02}"));
                    }
                }
                // Years in words: "nineteen ninety-six".
                if w == "nineteen"
                    && let Some(Some(tens)) = lx.number.get(d.w(i + 1))
                    && *tens >= 10
                {
                    let (units, end) = match (d.is(i + 2, "-"), lx.number.get(d.w(i + 3))) {
                        (true, Some(Some(u))) if *u < 10 && *tens % 10 == 0 => (*u, i + 4),
                        _ => (0, i + 2),
                    };
                    return m(end, TimexType::Date, format!("19{:02}", tens + units));
                }
                if matches!(w, "early" | "mid" | "late") {
                    return self.part_of(d, i);
                }
                // "by midweek": the week of the Wednesday ahead (behind, in a past clause).
                if w == "midweek"
                    && let Some(dct) = d.today()
                {
                    let (back, fwd) = weekday_gaps(dct, 3)?;
                    let day = if d.tense(lx, i, i + 1) == Tense::Past {
                        dct - Duration::days(back)
                    } else {
                        dct + Duration::days(fwd)
                    };
                    return m(i + 1, TimexType::Date, iso_week(day));
                }
                // "midafternoon", "midmorning"
                if let Some(&p) = w.strip_prefix("mid").and_then(|x| lx.part.get(x)) {
                    return self.part_of_day(d, i, i + 1, p, "MID");
                }
                // ("hourly workers", "hourly wages": a way of paying, not a time that recurs.)
                if w == "hourly" && lx.in_group(d.w(i + 1), PAY) {
                    return None;
                }
                if let Some(v) = lx.set.get(w) {
                    return m(i + 1, TimexType::Set, v.clone());
                }
                // "rained all week", "waited all day long": the whole of that unit.
                if w == "all"
                    && matches!(d.w(i + 1), "day" | "week" | "month" | "year")
                    && !d.is(i + 2, "-")
                {
                    let end = if d.is(i + 2, "long") { i + 3 } else { i + 2 };
                    return m(
                        end,
                        TimexType::Duration,
                        duration_value(Some(1), lx.unit[d.w(i + 1)]),
                    );
                }
                // "every single day", "every single winter": "single" only stresses the set.
                if w == "every" && d.is(i + 1, "single") {
                    let u = d.w(i + 2);
                    let value = if let Some(&p) = lx.part.get(u) {
                        format!("XXXX-XX-XXT{p}")
                    } else if let Some(&s) = lx.season.get(u) {
                        format!("XXXX-{s}")
                    } else {
                        duration_value(Some(1), lx.unit.get(u).filter(|_| !u.ends_with('s'))?)
                    };
                    return m(i + 3, TimexType::Set, value);
                }
                if matches!(w, "every" | "each") {
                    let (n, u) = self.count_unit(d, i + 1).unwrap_or((Some(1), ""));
                    let u = if u.is_empty() {
                        lx.unit.get(d.w(i + 1)).copied().unwrap_or("")
                    } else {
                        u
                    };
                    if !u.is_empty() {
                        let len = if self.count_unit(d, i + 1).is_some() {
                            self.count_len(d, i + 1)
                        } else {
                            1
                        };
                        // "every weekend": the weekend of every week.
                        let value = if u == "WE" {
                            "XXXX-WXX-WE".to_string()
                        } else {
                            duration_value(n, u)
                        };
                        return m(i + 1 + len, TimexType::Set, value);
                    }
                    if let Some(&wd) = lx.weekday.get(d.w(i + 1)) {
                        // "every Sunday afternoon"
                        if let Some(&p) = lx.part.get(d.w(i + 2)) {
                            return m(i + 3, TimexType::Set, format!("XXXX-WXX-{wd}T{p}"));
                        }
                        return m(i + 2, TimexType::Set, format!("XXXX-WXX-{wd}"));
                    }
                    // "every morning", "each night"
                    if let Some(&p) = lx.part.get(d.w(i + 1)) {
                        return m(i + 2, TimexType::Set, format!("XXXX-XX-XXT{p}"));
                    }
                    // "every other day", "every other week"
                    if d.is(i + 1, "other")
                        && let Some(&u) = lx.unit.get(d.w(i + 2)).filter(|u| **u != "WE")
                    {
                        return m(i + 3, TimexType::Set, duration_value(Some(2), u));
                    }
                    // "every fifth day", "every third year": one unit in so many.
                    if let Some(n) = lx
                        .ordinal
                        .get(d.w(i + 1))
                        .copied()
                        .filter(|n| (2..=12).contains(n))
                        && let Some(&u) = lx.unit.get(d.w(i + 2)).filter(|u| **u != "WE")
                        && !d.w(i + 2).ends_with('s')
                    {
                        return m(i + 3, TimexType::Set, duration_value(Some(n), u));
                    }
                    // "every other Sunday": that weekday, one week in two.
                    if d.is(i + 1, "other")
                        && let Some(&wd) = lx.weekday.get(d.w(i + 2))
                    {
                        return m(i + 3, TimexType::Set, format!("XXXX-WXX-{wd}"));
                    }
                    // "every June", "each summer", "every Christmas": that time of each year.
                    if let Some(&mo) = lx.month.get(d.w(i + 1)).filter(|_| d.capitalized(i + 1)) {
                        // "every Nov. 22", "every March 11": that day of each year.
                        let k = if d.is(i + 2, ".") { i + 3 } else { i + 2 };
                        if let Some(day) = d
                            .num(k)
                            .filter(|&n| (1..=31).contains(&n) && d.toks[k].low.len() <= 2)
                        {
                            return m(k + 1, TimexType::Set, format!("XXXX-{mo:02}-{day:02}"));
                        }
                        return m(i + 2, TimexType::Set, format!("XXXX-{mo:02}"));
                    }
                    if let Some(&se) = lx.season.get(d.w(i + 1)) {
                        return m(i + 2, TimexType::Set, format!("XXXX-{se}"));
                    }
                    if let Some(h) = self.holiday(d, i + 1)
                        && let Some(day) = day_of(&h.value)
                    {
                        return m(
                            h.end,
                            TimexType::Set,
                            format!("XXXX-{:02}-{:02}", day.month(), day.day()),
                        );
                    }
                }
                // "on weekdays", "at weekends": every such day.
                if matches!(w, "weekdays" | "weekends")
                    && i > 0
                    && matches!(d.w(i - 1), "on" | "at" | "during" | "over")
                {
                    let v = if w == "weekdays" {
                        "XXXX-WXX-WD"
                    } else {
                        "XXXX-WXX-WE"
                    };
                    return m(i + 1, TimexType::Set, v.into());
                }
                // "a winter storm", "spring training", "the Summer Olympics", "Summer Heat
                // Grips Europe", "Credit: Summer Haynes": a season describing something else,
                // or a name.
                if lx.season.contains_key(w)
                    && d.toks.get(i + 1).is_some_and(|t| t.kind == Tk::Word)
                    && (lx.season_noun.contains(d.w(i + 1))
                        || (d.capital_word(i + 1) && !lx.month.contains_key(d.w(i + 1))))
                {
                    return None;
                }
                // "Glasshouse Summer", "Indian Summer": a capital season after a capital word
                // inside a sentence is part of a name (a season is written lowercase).
                if lx.season.contains_key(w)
                    && d.capitalized(i)
                    && i > 0
                    && self.name_word(d, i - 1)
                    && !d.headline(i)
                    && !(i > 1 && matches!(d.w(i - 2), "." | "!" | "?" | ":"))
                {
                    return None;
                }
                if let Some(&s) = lx.season.get(w) {
                    // "summer 2021", or a bare season resolved to the DCT's year.
                    if let Some(y) = d.num(i + 1).filter(|y| (1000..=2099).contains(y)) {
                        return m(i + 2, TimexType::Date, format!("{y}-{s}"));
                    }
                    if w != "fall" {
                        return m(i + 1, TimexType::Date, self.season_by_tense(d, i, s));
                    }
                }
                // "Earlier that day", "later that month": one expression.
                if matches!(w, "earlier" | "later")
                    && d.is(i + 1, "that")
                    && let Some(mt) = self.anaphoric(d, i + 1)
                {
                    return Some(mt);
                }
                if matches!(
                    w,
                    "last"
                        | "next"
                        | "this"
                        | "past"
                        | "coming"
                        | "approaching"
                        | "upcoming"
                        | "earlier"
                        | "later"
                        | "recent"
                        | "previous"
                ) {
                    return self.relative(d, i, false);
                }
                if matches!(w, "that" | "same") {
                    return self.anaphoric(d, i);
                }
                if let Some(mt) = self.duration(d, i) {
                    return Some(mt);
                }
                None
            }
            Tk::Punct => self.short_decade(d, i),
        }
    }

    /// "'90s", "'80s": a decade with its century left out, the latest one not after the DCT.
    fn short_decade(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        if !matches!(d.w(i), "'" | "\u{2019}") || !d.adjacent(i + 1) {
            return None;
        }
        let n = d
            .num(i + 1)
            .filter(|n| *n < 100 && d.toks[i + 1].low.len() == 2)?;
        let century = two_digit_century(d, n);
        if d.is(i + 2, "s") && d.adjacent(i + 2) && n % 10 == 0 {
            return m(i + 3, TimexType::Date, format!("{century:02}{}", n / 10));
        }
        // "since '86", "the '90 campaign": a year with its century left out (not a quote
        // mark before a number: "''60 Minutes''").
        if (d.adjacent(i + 2) && d.toks.get(i + 2).is_some_and(|t| t.kind != Tk::Punct))
            || (i > 0 && d.adjacent(i) && matches!(d.w(i - 1), "'" | "`" | "\""))
            || self.lx.unit.contains_key(d.w(i + 2))
        {
            return None;
        }
        // "fiscal '14" in 2013: a year a few years ahead keeps the DCT's century.
        let now = d.dct.map_or(1999, |c| c.year) as u32;
        let century = if (now / 100) * 100 + n <= now + 5 {
            now / 100
        } else {
            century
        };
        m(i + 2, TimexType::Date, format!("{century:02}{n:02}"))
    }

    /// "the 90s": a decade without its century or apostrophe, after "the" ("in his 90s" is an
    /// age).
    fn bare_decade(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let n = d
            .num(i)
            .filter(|n| *n < 100 && n % 10 == 0 && d.toks[i].low.len() == 2)?;
        if !(d.is(i + 1, "s") && d.adjacent(i + 1)) {
            return None;
        }
        // "highs in the 60s", "temperatures in the low 40s", "Temperatures on the Plains
        // were expected to climb back into the 50s": degrees, not a decade.
        let weather = d.toks[d.sentence_span(i, 18, 6)]
            .iter()
            .any(|t| self.lx.in_group(t.low, WEATHER));
        if weather {
            return None;
        }
        let century = two_digit_century(d, n);
        m(i + 2, TimexType::Date, format!("{century:02}{}", n / 10))
    }

    /// "Thanksgiving Day", "last Christmas", "Easter 1998": the holiday's date in the year
    /// given, else the one the tense points to (a past clause: the latest on or before the
    /// DCT; a future one: the next).
    fn holiday(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let dir = match d.w(i) {
            "last" => Some(Tense::Past),
            "next" | "this" => Some(Tense::Future),
            _ => None,
        };
        let start = if dir.is_some() { i + 1 } else { i };
        // ("the feast of St. Joseph": a feast's name is in its saint's capitals.)
        let named = d.capitalized(start) || (d.is(start, "feast") && d.capitalized(start + 2));
        if !named || !self.lx.holiday_first.contains(d.w(start)) {
            return None;
        }
        let (words, rule) = self
            .lx
            .holidays
            .iter()
            .filter(|(w, _)| w.iter().enumerate().all(|(k, x)| d.w(start + k) == x))
            // The longest name: "Thanksgiving Day" before "Thanksgiving".
            .max_by_key(|(w, _)| w.len())?;
        // Britain keeps Mother's Day on Mothering Sunday, three weeks before Easter: so in a
        // text that prices in pounds, or told within a week of that Sunday.
        let mothering = Holiday::Easter(-21);
        let rule = match rule {
            Holiday::Nth { month: 5, .. }
                if words[0] == "mother"
                    && (d.text.contains('£')
                        || d.today().is_some_and(|t| {
                            mothering
                                .in_year(t.year(), &self.lx.lunar, &self.lx.feasts)
                                .is_some_and(|x| (x - t).num_days().abs() <= 7)
                        })) =>
            {
                mothering
            }
            _ => *rule,
        };
        let mut end = start + words.len();
        // "the Fourth" alone is the Fourth of July ("fireworks on the Fourth."); not "the
        // Fourth Amendment", "the Fourth quarter", "Fourth Street".
        if words.len() == 1
            && words[0] == "fourth"
            && !(start > 0
                && d.is(start - 1, "the")
                && d.toks
                    .get(end)
                    .is_none_or(|t| t.kind != Tk::Word || !d.capitalized(end))
                && !matches!(
                    d.w(end),
                    "of" | "quarter" | "time" | "straight" | "round" | "day"
                ))
        {
            return None;
        }
        // "a New Year's resolution": the possessive name before a noun is no day ("the New
        // Year's holiday", "through New Year's" are).
        if words.last().is_some_and(|w| w == "s")
            && d.toks
                .get(end)
                .is_some_and(|t| t.kind == Tk::Word && !d.capitalized(end))
            && !matches!(
                d.w(end),
                "holiday" | "holidays" | "weekend" | "break" | "and" | "or"
            )
        {
            return None;
        }
        // "the two-week Easter recess", "an Easter egg hunt", "Christmas trees": a holiday
        // naming a thing of its season is no day (the lexicon's `festive` group).
        // (Not "the Good Friday market holiday": a holiday of the market is the day.)
        if self.lx.in_group(d.w(end), FESTIVE)
            && !d.capitalized(end)
            && !matches!(d.w(end + 1), "holiday" | "holidays" | "closure" | "closing")
        {
            return None;
        }
        // "the Mardi Gras-style parade": a holiday describing a thing is no day.
        if d.is(end, "-") && d.adjacent(end) && !d.capitalized(end + 1) {
            return None;
        }
        // "on Tuesday, the feast of St. Joseph": a feast told beside its day names it.
        if words[0] == "feast" && start > 1 && d.is(start - 1, "the") && d.is(start - 2, ",") {
            return None;
        }
        // "Easter Island", "Christmas Island", "the Thanksgiving Parade": part of a name.
        // (Not the first word of the next line: a headline ending "ahead of Easter".)
        if self.name_word(d, end)
            && !d.starts_line(end)
            && !matches!(d.w(end), "week" | "weekend" | "eve" | "day")
        {
            return None;
        }
        // "Easter week", "Holy Week", "Thanksgiving week": the calendar week of the day;
        // "Labor Day weekend": the weekend next to it (before a Monday holiday).
        let week = words.last().is_some_and(|w| w == "week") || d.is(end, "week");
        // ("the Easter bank holiday weekend", "the Easter holiday weekend": the same.)
        let before_weekend = match (d.w(end), d.w(end + 1), d.w(end + 2)) {
            ("bank", "holiday", "weekend") => 2,
            ("holiday", "weekend", _) => 1,
            _ => 0,
        };
        end += before_weekend;
        let weekend = d.is(end, "weekend");
        if d.is(end, "week") || weekend {
            end += 1;
        }
        // "Thanksgiving morning", "Christmas Eve night": a part of the day.
        let part = (!week && !weekend)
            .then(|| self.lx.part.get(d.w(end)).copied())
            .flatten();
        if part.is_some() {
            end += 1;
        }
        // Ramadan is a month of the Islamic year: the calendar month that holds most of it.
        let ramadan = matches!(rule, Holiday::Feast(RAMADAN));
        let out = |date: NaiveDate| {
            if ramadan {
                let mid = date + Duration::days(14);
                return m(
                    end,
                    TimexType::Date,
                    format!("{:04}-{:02}", mid.year(), mid.month()),
                );
            }
            if let Some(p) = part {
                return m(end, TimexType::Time, format!("{}T{p}", ymd(date)));
            }
            let value = if weekend {
                let sunday_before = date.weekday() == chrono::Weekday::Mon;
                let base = if sunday_before {
                    date - Duration::days(1)
                } else {
                    date
                };
                format!("{}-WE", iso_week(base))
            } else if week {
                iso_week(date)
            } else {
                ymd(date)
            };
            m(end, TimexType::Date, value)
        };
        if !week
            && !weekend
            && let Some(y) = d.year(end)
        {
            end += 1;
            return m(
                end,
                TimexType::Date,
                ymd(rule.in_year(y as i32, &self.lx.lunar, &self.lx.feasts)?),
            );
        }
        let Some(dct) = d.today() else {
            let value = if weekend {
                "XXXX-WXX-WE"
            } else if week {
                "XXXX-WXX"
            } else {
                "XXXX-XX-XX"
            };
            return m(end, TimexType::Date, value.into());
        };
        // ("Easter Sunday could be colder than Christmas Day": a holiday a comparison is
        // measured against is one already had.)
        let compared =
            i > 0 && d.is(i - 1, "than") || i > 1 && d.is(i - 1, "the") && d.is(i - 2, "than");
        let tense = if compared {
            Tense::Past
        } else {
            dir.unwrap_or_else(|| self.clause_tense(d, i, end))
        };
        let in_year = |y: i32| rule.in_year(y, &self.lx.lunar, &self.lx.feasts);
        let this = in_year(dct.year())?;
        // ("We had a feeling something was coming before Christmas", told in March: a
        // future told in the past looks to the holiday just gone, when one is near behind;
        // not "would still have a job by Christmas", which may look to the next.)
        let said_ahead = tense == Tense::Future
            && dir.is_none()
            && (i.saturating_sub(12)..i)
                .rev()
                .take_while(|&q| !matches!(d.w(q), "." | ";" | "\"" | "\u{201c}"))
                .any(|q| {
                    matches!(d.w(q), "was" | "were")
                        && (d.w(q + 1).len() > 4 && d.w(q + 1).ends_with("ing")
                            // ("hours before its congregation was to gather for Palm Sunday
                            // services", "were due to meet at Easter".)
                            || d.is(q + 1, "to")
                            || matches!(d.w(q + 1), "due" | "set" | "scheduled")
                                && d.is(q + 2, "to"))
                });
        if said_ahead
            && let Some(last) = [Some(this), in_year(dct.year() - 1)]
                .into_iter()
                .flatten()
                .filter(|x| *x < dct)
                .max()
            && (dct - last).num_days() <= 120
        {
            return out(last);
        }
        // A week has begun by the DCT when its Monday has.
        let begun = if week {
            this - Duration::days(this.weekday().num_days_from_monday() as i64)
        } else {
            this
        };
        // "Last year, Eid al-Adha fell on July 10": the year named earlier in the sentence.
        // (Not across ", and now we're talking about … before Thanksgiving".)
        let joined = d.sentence_year.is_some_and(|(_, at)| {
            d.text
                .get(at..d.toks[i].start)
                .is_some_and(|b| b.contains(", and") || b.contains(", but"))
        });
        let story = d
            .story_year(i)
            .filter(|_| tense == Tense::Past && dir.is_none() && !joined);
        // A past clause may name a holiday up to a month ahead ("with two weeks left until
        // Christmas", "brace for a slowdown around the Lunar New Year holiday"), but one it
        // tells as kept is behind ("Crowds marked Pahela Baishakh", "closed on Christmas").
        let mut p = i;
        while p > 0 && matches!(d.w(p - 1), "the" | "this" | "next" | "last") {
            p -= 1;
        }
        let kept = p > 0
            && matches!(
                d.w(p - 1),
                "marked" | "celebrated" | "observed" | "commemorated" | "spent" | "during" | "on"
            );
        // "14 million cars on the roads between Good Friday and Easter Monday", told on the
        // Saturday: a range opened by a holiday of the past week runs through the DCT.
        let opens_range = p > 0
            && matches!(d.w(p - 1), "between" | "from")
            && matches!(
                d.w(end),
                "and" | "to" | "through" | "until" | "till" | "-" | "\u{2013}"
            );
        let date = match tense {
            _ if let Some(y) = story => in_year(y)?,
            Tense::Future if opens_range && this < dct && (dct - this).num_days() < 7 => this,
            // "last Easter", said on Easter Sunday: the one before; "next Easter", the one
            // after.
            Tense::Past if dir.is_some() && this >= dct => in_year(dct.year() - 1)?,
            Tense::Future if dir.is_some() && this <= dct && (p..=i).any(|q| d.is(q, "next")) => {
                in_year(dct.year() + 1)?
            }
            // "pushed east Tuesday, threatening plans of Americans heading home for
            // Thanksgiving": a past clause may name the holiday ahead. ("Last Christmas", said
            // before it, is the year before's.)
            Tense::Past
                if begun > dct
                    && ((begun - dct).num_days() > if kept { 10 } else { 31 } || dir.is_some()) =>
            {
                in_year(dct.year() - 1)?
            }
            // ("The index closed at 1569.19 on Thursday, ahead of the Good Friday
            // holiday", told on the Sunday: ahead of a past clause, this year's.)
            Tense::Future
                if this < dct
                    && (dct - this).num_days() < 31
                    && d.ahead_of(i)
                    && d.tense(&self.lx, i, end) == Tense::Past =>
            {
                this
            }
            // ("Revenue rose in the fourth quarter as manufacturers stocked up ahead of
            // Christmas", told in March: ahead of a past clause, a holiday five months off
            // or more is last year's; "a price cut aimed at winning share ahead of
            // Christmas", told in October, is this year's.)
            Tense::Future
                if (this - dct).num_days() > 150
                    && d.ahead_of(i)
                    && d.tense(&self.lx, i, end) == Tense::Past =>
            {
                in_year(dct.year() - 1)?
            }
            Tense::Future if this < dct => in_year(dct.year() + 1)?,
            // ("said he hoped to be back in the building by Christmas", told in March: a wish
            // with a bound looks to the next one.)
            Tense::Unknown if (this - dct).num_days() > 183 && !d.deadline(i) => {
                in_year(dct.year() - 1)?
            }
            Tense::Unknown if (dct - this).num_days() > 183 => in_year(dct.year() + 1)?,
            _ => this,
        };
        out(date)
    }

    fn resolve_named(&self, d: &Doc<'_>, value: &str) -> String {
        match (value.strip_prefix("XXXX"), d.dct) {
            (Some(rest), Some(c)) => format!("{}{rest}", c.year),
            _ => value.to_string(),
        }
    }

    /// Numbers: years, numeric dates, times, durations, "20th century".
    fn numeric(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let Some(n) = d.num(i) else {
            // "in 125,000 years": only a duration has a count this large.
            return d.grouped_num(i).and_then(|_| self.duration(d, i));
        };
        let raw = &d.toks[i].low;
        // "a 20th century democrat", "19th-century buildings": a century as an adjective.
        if (1..=30).contains(&n)
            && matches!(d.w(i + 1), "th" | "st" | "nd" | "rd")
            && d.adjacent(i + 1)
        {
            let k = if d.is(i + 2, "-") && d.adjacent(i + 2) {
                i + 3
            } else {
                i + 2
            };
            if d.is(k, "century") {
                return m(k + 1, TimexType::Date, format!("{:02}", n - 1));
            }
        }
        // Clock times: 5:00 PM, 9 a.m., 10:30
        if let Some(mt) = self.clock(d, i) {
            return Some(mt);
        }
        // "4-7 p.m. Friday", "9-11 a.m.": the first hour takes the second's half of the day
        // and its day; so does an hour after "from" or "between" ("from 6 to 10 p.m.",
        // "between 7 and 11 a.m."; not "6 to 10 days").
        let hyphen =
            (d.is(i + 1, "-") || d.is(i + 1, "\u{2013}")) && d.adjacent(i + 1) && d.adjacent(i + 2);
        let worded = i > 0
            && (d.is(i - 1, "from") && d.is(i + 1, "to")
                || d.is(i - 1, "between") && d.is(i + 1, "and"));
        if (1..=12).contains(&n)
            && raw.len() <= 2
            && (hyphen || worded)
            && d.num(i + 2).is_some_and(|x| (1..=12).contains(&x) && x > n)
            && matches!(d.w(i + 3), "a" | "p" | "am" | "pm")
            && let Some(second) = self.clock(d, i + 2)
            && let Some((day, time)) = second.value.split_once('T')
            && let Some(h2) = time.get(..2).and_then(|x| x.parse::<u32>().ok())
        {
            let hour = if h2 >= 12 && n < 12 { n + 12 } else { n };
            return m(i + 1, TimexType::Time, format!("{day}T{hour:02}:00"));
        }
        // Wire-service times: "1430 GMT", "0900 local time", and the conversion of a time
        // just given, "10:35 a.m. (0735 GMT)", "10:50 pm local time (0150 GMT Thursday)".
        if raw.len() == 4 && d.is_zone(i + 1) && n % 100 < 60 && n / 100 < 24 {
            let mut end = i + 2;
            if d.w(end - 1) == "local" {
                end += 1;
            }
            if let Some(&wd) = self.lx.weekday.get(d.w(end))
                && let Some(day) = self.weekday_expr(d, end, wd)
                && let Some(date) = day_of(&day.value)
            {
                return m(
                    end + 1,
                    TimexType::Time,
                    format!("{}T{:02}:{:02}", ymd(date), n / 100, n % 100),
                );
            }
            let day = self.day_in_context(d, i, CLOCK_WINDOW);
            return m(
                end,
                TimexType::Time,
                format!("{day}T{:02}:{:02}", n / 100, n % 100),
            );
        }
        // ISO date 2021-08-12
        if raw.len() == 4
            && d.is(i + 1, "-")
            && d.adjacent(i + 1)
            && d.adjacent(i + 2)
            && let (Some(mo), true) = (d.num(i + 2), d.is(i + 3, "-"))
            && let Some(day) = d.num(i + 4)
            && NaiveDate::from_ymd_opt(n as i32, mo, day).is_some()
            && d.adjacent(i + 4)
        {
            return m(i + 5, TimexType::Date, format!("{n:04}-{mo:02}-{day:02}"));
        }
        // Numeric M/D[/Y]; D/M/Y when the first number cannot be a month ("15/03/2013").
        if d.is(i + 1, "/") && d.adjacent(i + 1) && d.adjacent(i + 2) {
            if let Some(second) = d.num(i + 2)
                && (1..=31).contains(&n)
                && (1..=31).contains(&second)
                && (n <= 12 || second <= 12)
                && d.is(i + 3, "/")
                && d.adjacent(i + 3)
            {
                let (n, day) = if n <= 12 { (n, second) } else { (second, n) };
                if let Some(y) = d.num(i + 4) {
                    let y = if y < 100 {
                        if y < 50 { 2000 + y } else { 1900 + y }
                    } else {
                        y
                    };
                    if NaiveDate::from_ymd_opt(y as i32, n, day).is_some() {
                        return m(i + 5, TimexType::Date, format!("{y:04}-{n:02}-{day:02}"));
                    }
                }
                return None;
            }
            // "the 2011/12 fiscal year": a year and its successor, as "2011-12".
            let split_year = raw.len() == 4
                && (1000..=2099).contains(&n)
                && d.num(i + 2).is_some_and(|x| {
                    let len = d.toks[i + 2].low.len();
                    (len == 2 && (x + 100 - n % 100) % 100 == 1) || (len == 4 && x == n + 1)
                });
            if !split_year {
                return None;
            }
        }
        // Day Month [Year]: "12 August 2021", "22nd March"
        let at = if matches!(d.w(i + 1), "st" | "nd" | "rd" | "th") && d.adjacent(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if (1..=31).contains(&n)
            && raw.len() <= 2
            && let Some(&month) = self.lx.month.get(d.w(at))
            && (at == i + 1 || d.capitalized(at))
        {
            let mut end = at + 1;
            if d.is(end, ".")
                && d.adjacent(end)
                && d.w(at).len() <= 4
                && !matches!(d.w(at), "may" | "june" | "july")
            {
                end += 1;
            }
            let year = d.year(end);
            if let Some(y) = year
                && NaiveDate::from_ymd_opt(y as i32, month, n).is_some()
            {
                return m(
                    end + 1,
                    TimexType::Date,
                    format!("{y:04}-{month:02}-{n:02}"),
                );
            }
            return Some(self.month_day(d, i, end, month, n));
        }
        // "19-20 August", "19 and 20 August 2014": the first day of a pair takes the month
        // (and year) of the second.
        if (1..=31).contains(&n)
            && raw.len() <= 2
            && ((d.is(i + 1, "-") && d.adjacent(i + 1) && d.adjacent(i + 2))
                || matches!(d.w(i + 1), "and" | "to" | "or"))
            && d.num(i + 2).is_some_and(|x| (1..=31).contains(&x) && x > n)
            && d.toks[i + 2].low.len() <= 2
            && self.lx.month.contains_key(d.w(i + 3))
            && let Some(second) = self.numeric(d, i + 2)
            && second.kind == TimexType::Date
            && second.value.len() == 10
            && let Some(day) = parse_ymd(&second.value)
            && let Some(first) = day.with_day(n)
        {
            return m(i + 1, TimexType::Date, ymd(first));
        }
        // Years: 1000–2099 standing alone, and "2018" in "the 2018 election".
        // (A year of the next century only after a word that leads to a time: "warming by
        // 2100", "between 2175 and 2199"; not "the 2100 block".)
        let next_century = (2100..=2199).contains(&n)
            && i > 0
            && matches!(
                d.w(i - 1),
                "by" | "until" | "till" | "before" | "in" | "through" | "between" | "and" | "of"
            )
            && !matches!(d.w(i + 1), "block" | "%" | "-");
        if raw.len() == 4 && ((1000..=2099).contains(&n) || next_century) {
            let next = d.w(i + 1);
            // "closed at 2082.1": an index level, not a year.
            // ("$3.1042 a gallon": nor the fraction of one.)
            let decimal =
                next == "." && d.adjacent(i + 1) && d.adjacent(i + 2) && d.num(i + 2).is_some()
                    || d.decimals(i);
            // Addresses and numbers of things: "the 1300 block of Elm Street", "1801 Maple
            // Ave.", "VFW Post 1623", "case No. 14-CR-2071".
            let street = |w: &str| self.lx.in_group(w, STREET);
            let address = next == "block"
                || (1..=3).any(|k| {
                    street(d.w(i + k))
                        && (1..k).all(|j| d.capital_word(i + j))
                        && d.capital_word(i + k)
                });
            let numbered = i > 0
                && (self.lx.in_group(d.w(i - 1), LABEL) && d.capital_word(i - 1)
                    || (d.is(i - 1, "-")
                        && d.adjacent(i)
                        && i >= 2
                        && d.adjacent(i - 1)
                        // a code in capitals: "14-CR-2071" (not "pre-2008", "mid-2008")
                        && d.text[d.toks[i - 2].start..d.toks[i - 2].end]
                            .bytes()
                            .all(|b| b.is_ascii_uppercase())
                        && d.toks[i - 2].kind == Tk::Word));
            if next == "%"
                || decimal
                || address
                || numbered
                || d.is(i.wrapping_sub(1), "$")
                || (d.is(i + 1, "-") && d.adjacent(i + 1) && d.num(i + 2).is_some_and(|x| x > 2100))
            {
                return None;
            }
            if next == "s" && d.adjacent(i + 1) && n % 10 == 0 {
                // "1800s", "1900s": centuries; "2000s": the decade.
                if n % 100 == 0 && n < 2000 {
                    return m(i + 2, TimexType::Date, format!("{}", n / 100));
                }
                return m(i + 2, TimexType::Date, format!("{}", n / 10));
            }
            // Fiscal years and quarters: "Q3 2021" handled by the quarter rule.
            return m(i + 1, TimexType::Date, format!("{n:04}"));
        }
        // Durations and "N units ago"
        self.duration(d, i)
    }

    fn clock(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let h = d.num(i)?;
        let mut end = i + 1;
        let mut min = 0;
        if d.is(end, ":") && d.adjacent(end) && d.adjacent(end + 1) {
            min = d
                .num(end + 1)
                .filter(|m| *m < 60 && d.toks[end + 1].low.len() == 2)?;
            end += 2;
        } else if d.is(end, ".")
            && d.adjacent(end)
            && d.adjacent(end + 1)
            && (matches!(d.w(end + 2), "am" | "pm")
                || (matches!(d.w(end + 2), "a" | "p")
                    && d.is(end + 3, ".")
                    && d.is(end + 4, "m")
                    && d.adjacent(end + 3)
                    && d.adjacent(end + 4))
                // "18.02 GMT": a 24-hour time with its zone.
                || (h < 24 && d.is_zone(end + 2)))
            && let Some(m) = d
                .num(end + 1)
                .filter(|m| *m < 60 && d.toks[end + 1].low.len() == 2)
        {
            // "4.30pm", "10.15 a.m.": the British form, only with its am/pm.
            min = m;
            end += 2;
        } else if d.is(end, "o") && d.is(end + 1, "'") && d.is(end + 2, "clock") && h <= 12 {
            // "5 o'clock"
            return self.oclock(d, i, end + 3, h);
        }
        // "6:00:41 a.m.": seconds. Without a half of the day or a zone, "won in 2:15:02" is a
        // time taken, not a time of day.
        let mut sec = None;
        if end == i + 3
            && d.is(end, ":")
            && d.adjacent(end)
            && d.adjacent(end + 1)
            && let Some(s) = d
                .num(end + 1)
                .filter(|s| *s < 60 && d.toks[end + 1].low.len() == 2)
        {
            sec = Some(s);
            end += 2;
            let half = matches!(d.w(end), "am" | "pm" | "a" | "p") || d.is_zone(end);
            if !half && h < 10 && !(i > 0 && matches!(d.w(i - 1), "at" | "until" | "by")) {
                let mut v = format!("PT{h}H");
                if min > 0 {
                    v.push_str(&format!("{min}M"));
                }
                if s > 0 {
                    v.push_str(&format!("{s}S"));
                }
                return m(end, TimexType::Duration, v);
            }
        }
        let mins = match sec {
            Some(s) => format!("{min:02}:{s:02}"),
            None => format!("{min:02}"),
        };
        // "4 in the morning", "9 in the evening", "11 at night": the hour of that part.
        // ("7:06 in the evening" too.)
        let hour_or_minutes = end == i + 1 || end == i + 3 && sec.is_none();
        if hour_or_minutes
            && (1..=12).contains(&h)
            && !(i > 0 && d.is(i - 1, "$"))
            && let Some(off) = match (d.w(end), d.w(end + 1), d.w(end + 2)) {
                ("in", "the", "morning") => Some(0),
                ("in", "the", "afternoon" | "evening") => Some(12),
                ("at", "night", _) => Some(if h >= 8 { 12 } else { 0 }),
                _ => None,
            }
        {
            let len = if d.is(end, "at") { 2 } else { 3 };
            let day = self.day_in_context(d, i, CLOCK_WINDOW);
            return m(
                end + len,
                TimexType::Time,
                format!("{day}T{:02}:{mins}", h % 12 + off),
            );
        }
        // "5 this morning", "10 tonight", "9 tomorrow night": the hour of that part of a
        // day told by the DCT.
        if hour_or_minutes
            && (1..=12).contains(&h)
            && !(i > 0 && d.is(i - 1, "$"))
            && let Some((off, shift, len)) = match (d.w(end), d.w(end + 1)) {
                ("this", "morning") => Some((0, 0, 2)),
                ("this", "afternoon" | "evening") => Some((12, 0, 2)),
                ("tonight", _) => Some((if h >= 5 { 12 } else { 0 }, 0, 1)),
                ("tomorrow", "morning") => Some((0, 1, 2)),
                ("tomorrow", "afternoon" | "evening" | "night") => Some((12, 1, 2)),
                _ => None,
            }
            && let Some(today) = d.today()
        {
            let day = today + Duration::days(shift);
            return m(
                end + len,
                TimexType::Time,
                format!("{}T{:02}:{mins}", ymd(day), h % 12 + off),
            );
        }
        let ampm = match (d.w(end), d.w(end + 1), d.w(end + 2)) {
            ("a", ".", "m") | ("am", _, _) => Some(0),
            ("p", ".", "m") | ("pm", _, _) => Some(12),
            _ => None,
        };
        if ampm.is_none() && end == i + 1 {
            return None;
        }
        // "with 7:45 left", "2:10 remaining", "4:30 to play": a game clock.
        if ampm.is_none()
            && (matches!(d.w(end), "left" | "remaining")
                || (d.is(end, "to") && matches!(d.w(end + 1), "play" | "go")))
        {
            return None;
        }
        let mut hour = h;
        if let Some(off) = ampm {
            if !(1..=12).contains(&h) {
                return None;
            }
            hour = h % 12 + off;
            end += if d.w(end).len() == 2 { 1 } else { 3 };
            if d.is(end, ".") && d.adjacent(end) && d.w(end - 1) == "m" {
                end += 1;
            }
        } else if h > 23 {
            return None;
        } else if (1..=11).contains(&h)
            && d.toks[i].low.len() <= 2
            && !d.toks[i].low.starts_with('0')
            && !d.is_zone(end)
            && !d.stamp_line(i, end)
        {
            // "4:45 this afternoon": the half of the day that follows; without one, the
            // sentence's ("kickoff at 4:25 next Sunday" is in the afternoon, as an hour up
            // to six usually is in news).
            let follows = match (d.w(end), d.w(end + 1)) {
                ("this", "afternoon" | "evening") => Some((true, 2)),
                ("this", "morning") => Some((false, 2)),
                ("tonight", _) => Some((true, 1)),
                _ => None,
            };
            if let Some((pm, len)) = follows {
                let hour = if pm { h + 12 } else { h };
                let today = d
                    .dct
                    .and_then(|c| c.date())
                    .map_or_else(|| "XXXX-XX-XX".into(), ymd);
                return m(
                    end + len,
                    TimexType::Time,
                    format!("{today}T{hour:02}:{mins}"),
                );
            }
            let told = d.afternoon_told(i);
            if told.unwrap_or((1..=6).contains(&h)) {
                hour = h + 12;
            }
        }
        // A time alone on its line heads an entry of a live page: a time of the DCT's day,
        // as written.
        if d.stamp_line(i, end)
            && let Some(today) = d.today()
        {
            let mut zone_end = end;
            while d.is_zone(zone_end) {
                zone_end += 1;
            }
            return m(
                zone_end,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(today)),
            );
        }
        // "9 a.m. Tuesday", "4 a.m. EDT Thursday": the time of that day.
        let mut k = end;
        let mut zone_end = end;
        while d.is_zone(k) || matches!(d.w(k), "on") {
            k += 1;
            if d.w(k - 1) != "on" {
                zone_end = k;
            }
        }
        // A day on the next line is not this time's ("9:30 p.m.\nMarch 16 — at LA Galaxy").
        if d.toks
            .get(k)
            .is_some_and(|t| d.text[d.toks[end - 1].end..t.start].contains('\n'))
            && !d.wrapped()
        {
            k = d.toks.len();
        }
        // "10:35 a.m. (0735 GMT) Friday": the same time in another zone, in brackets, then
        // the day; the time takes the day, and the day is tagged on its own.
        // ("3:12 p.m. local time (10:12 a.m. ET) on Sunday"; and the time in the brackets
        // takes the day after them too.)
        let day_at = |c: usize| if d.is(c, "on") { c + 1 } else { c };
        if d.is(k, ")")
            && let Some(&wd) = self.lx.weekday.get(d.w(day_at(k + 1)))
            && let Some(day) = self.weekday_expr(d, day_at(k + 1), wd)
            && let Some(date) = day_of(&day.value)
        {
            return m(
                zone_end,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(date)),
            );
        }
        if d.is(k, "(")
            && let Some(close) = (k + 1..(k + 12).min(d.toks.len())).find(|&c| d.is(c, ")"))
            && (k + 1..close).any(|c| d.num(c).is_some())
            && let Some(&wd) = self.lx.weekday.get(d.w(day_at(close + 1)))
            && let Some(day) = self.weekday_expr(d, day_at(close + 1), wd)
            && let Some(date) = day_of(&day.value)
        {
            return m(
                zone_end,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(date)),
            );
        }
        // The hour of a part of the day named after it (an hour without a.m./p.m. in the
        // afternoon, evening or night is after noon); none when the word names no part.
        let part_hour = |w: &str| match self.lx.part.get(w).copied() {
            Some("AF" | "EV" | "NI") if ampm.is_none() && (1..=11).contains(&h) => Some(h + 12),
            Some(_) => Some(hour),
            None => None,
        };
        // "11:30 that night", "7 p.m. that day": one expression, the time of the day told
        // before.
        if d.is(k, "that")
            && k == zone_end
            && let Some(hour) = match d.w(k + 1) {
                "day" => Some(hour),
                w => part_hour(w),
            }
            && let Some(day) = d.last_day
        {
            return m(
                k + 2,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(day)),
            );
        }
        // "at 9:14 p.m. on that Saturday": the time of the day told before (the day is
        // tagged on its own).
        if d.is(k, "that")
            && k > end
            && self.lx.weekday.contains_key(d.w(k + 1))
            && let Some(day) = self.anaphoric(d, k).and_then(|x| day_of(&x.value))
        {
            return m(
                zone_end,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(day)),
            );
        }
        // "10:30 a.m. every Tuesday", "7 p.m. each Friday": a time of every such day.
        if matches!(d.w(k), "every" | "each")
            && let Some(&wd) = self.lx.weekday.get(d.w(k + 1))
        {
            return m(
                k + 2,
                TimexType::Set,
                format!("XXXX-WXX-{wd}T{hour:02}:{mins}"),
            );
        }
        if let Some(&wd) = self.lx.weekday.get(d.w(k))
            && let Some(day) = self.weekday_expr(d, k, wd)
        {
            // "on Friday 22 March": the weekday with its date.
            let day = self.combine(d, k, day);
            let date = day
                .value
                .split('T')
                .next()
                .unwrap_or("XXXX-XX-XX")
                .to_string();
            // "4.17pm local time on Tuesday": the preposition parts them; the time takes
            // the day, and the day is tagged on its own.
            let end = if d.is(k - 1, "on") { zone_end } else { k + 1 };
            return m(end, TimexType::Time, format!("{date}T{hour:02}:{mins}"));
        }
        // "10:30 a.m. EDT next Thursday": one time, on that day.
        if k == zone_end
            && matches!(d.w(k), "next" | "last" | "this")
            && self.lx.weekday.contains_key(d.w(k + 1))
            && let Some(x) = self.relative(d, k, false).filter(|x| x.end == k + 2)
            && let Some(day) = day_of(&x.value)
        {
            return m(
                k + 2,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(day)),
            );
        }
        // "10pm last night", "3am this morning", "7 PM this evening": one time, on the day
        // of that part (a small hour of last night is the DCT's).
        if k == zone_end
            && matches!(d.w(k), "this" | "last")
            && self.lx.part.contains_key(d.w(k + 1))
            && let Some(today) = d.today()
        {
            let day = if d.is(k, "last") && hour >= 12 {
                today - Duration::days(1)
            } else {
                today
            };
            return m(
                k + 2,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(day)),
            );
        }
        // "8 o'clock yesterday morning", "3 o'clock tomorrow morning", "11 o'clock the next
        // morning": one time, on that day.
        // (Not past the full stop of "a.m.": "stopped at about 2 a.m. The next morning".)
        if k == zone_end
            && !d.capitalized(k)
            && let Some((day, at)) = self.part_of_day_told(d, k)
            && let Some(hour) = part_hour(d.w(at))
        {
            return m(
                at + 1,
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(day)),
            );
        }
        // "2 p.m. today", "8pm tonight", "9 p.m. on New Year's Eve": the time of that day
        // (after "on", two expressions).
        if let Some(day) = self
            .deictic(d, k)
            .filter(|x| x.end == k + 1)
            .or_else(|| self.holiday(d, k))
            && let Some(date) = day_of(&day.value)
        {
            return m(
                if d.is(k - 1, "on") { zone_end } else { day.end },
                TimexType::Time,
                format!("{}T{hour:02}:{mins}", ymd(date)),
            );
        }
        // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6", "11:59 p.m. Nov. 7": the time of that
        // date.
        if k > end || d.is(k, ",") || ampm.is_some() {
            let mut j = if d.is(k, ",") { k + 1 } else { k };
            // "10:15 am EDT, Thu March 21, 2013": a web stamp names the weekday too.
            let weekday = |w: &str| {
                self.lx.weekday.contains_key(w)
                    || matches!(
                        w,
                        "mon"
                            | "tue"
                            | "tues"
                            | "wed"
                            | "thu"
                            | "thur"
                            | "thurs"
                            | "fri"
                            | "sat"
                            | "sun"
                    )
            };
            if weekday(d.w(j)) && self.lx.month.contains_key(d.w(j + 1)) {
                j += 1;
            } else if weekday(d.w(j))
                && matches!(d.w(j + 1), "," | ".")
                && self.lx.month.contains_key(d.w(j + 2))
            {
                j += 2;
            }
            if let Some(&month) = self.lx.month.get(d.w(j))
                && let Some(date) = self.month_expr(d, j, month)
                && let Some(day) = day_of(&date.value)
            {
                // "10:56 p.m. on July 20, 1969": the preposition parts them.
                return m(
                    if d.is(j - 1, "on") {
                        zone_end
                    } else {
                        date.end
                    },
                    TimexType::Time,
                    format!("{}T{hour:02}:{mins}", ymd(day)),
                );
            }
            // "shortly after 2am on 6 December 1967": the day written first.
            if d.is(j - 1, "on")
                && d.num(j).is_some()
                && self.lx.month.contains_key(d.w(j + 1))
                && let Some(date) = self.numeric(d, j)
                && date.kind == TimexType::Date
                && let Some(day) = day_of(&date.value)
            {
                return m(
                    zone_end,
                    TimexType::Time,
                    format!("{}T{hour:02}:{mins}", ymd(day)),
                );
            }
        }
        // A time of a habit or a timetable, "open at 9 a.m. each day", "closes nightly from
        // 8 p.m. to 6 a.m.", "on Fridays they close at 12:30pm": a time of no one day.
        if d.habitual(&self.lx, i) {
            return m(
                zone_end,
                TimexType::Time,
                format!("XXXX-XX-XXT{hour:02}:{mins}"),
            );
        }
        // A time shortly after a date in the text is on that date; otherwise on the DCT.
        // The zone is part of the time: "11:30 a.m. ET", "10 a.m. local time". A past clause
        // does not take a date still ahead ("will be sworn in on Jan. 20. … took the stage
        // just before 11 p.m."), nor a future one a day already past ("no breakthrough last
        // night … leaders were due to brief reporters at 3 p.m.").
        let mut day = self.day_in_context(d, i, CLOCK_WINDOW);
        // A story of a day long past goes on with its times: "the smash happened in the
        // early hours of 15 November 2009 … Stroud rang his assistant at 1.40am"; so does
        // the story of a day of the past week ("The fire was reported at 1:37 p.m. Tuesday
        // … Deputies ordered the first evacuations at 2:15 p.m.").
        // (Not the day of a market's trading, which a wrap stamps on the DCT: "priced the
        // shares Tuesday night … The stock first changed hands at 10:52 a.m.")
        // (The words after the clock are read from its end, past the dots of "a.m.": "in
        // 11:30 a.m. trading".)
        let trading = || {
            let span = d.sentence_span(i, 30, 0).start..d.sentence_span(zone_end, 0, 12).end;
            d.toks[span.clone()]
                .iter()
                .any(|t| matches!(t.low, "trading" | "composite"))
                || span
                    .clone()
                    .any(|k| d.is(k, "changed") && d.is(k + 1, "hands"))
        };
        // Whether the last day told is a weekday named in the clock's own sentence.
        let weekday_in_sentence = || {
            let at = d.last_day_at.min(d.toks[i].start);
            d.text[..at]
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .find(|w| !w.is_empty())
                .is_some_and(|w| weekday_named(&self.lx, w).is_some())
                // (A decimal point is no break: "Tuesday, after closing at $28.56, up 1.1%".)
                && d.one_sentence(at, i)
        };
        // ("160,000 customers were without electricity as of 2 p.m.": a status as it
        // stands, of the DCT's day, unless a day is told in its sentence.)
        let as_of = i >= 2
            && d.is(i - 1, "of")
            && d.is(i - 2, "as")
            && !(d.last_day.is_some() && weekday_in_sentence());
        let market = trading();
        let story = self.story_day(d, i, zone_end).filter(|_| !as_of);
        if let Some(last) = story {
            day = ymd(last);
        }
        if as_of && let Some(today) = d.today() {
            day = ymd(today);
        }
        if let (Some(today), Some(told)) = (d.today(), parse_ymd(&day))
            && told < today
            && told >= today - Duration::days(CLOCK_DAYS)
            // ("Trading was light Thursday, and the bond market closed early, at 2 p.m.":
            // not past a day told in the clock's own sentence.)
            && !(d.last_day == Some(told) && weekday_in_sentence())
            && market
        {
            day = ymd(trading_day(today));
        }
        // "in 4 p.m. composite trading on the New York Stock Exchange Friday": the weekday
        // told after the market is the clock's, the latest such day. A market's close told
        // on a weekend is Friday's.
        if market {
            let ahead = d.sentence_span(zone_end, 0, 12);
            let named = ahead
                .clone()
                .filter(|&k| d.capitalized(k))
                .find_map(|k| self.lx.weekday.get(d.w(k)).copied());
            if let (Some(wd), Some(today)) = (named, d.today())
                && let Some((back, _)) = weekday_gaps(today, wd)
            {
                day = ymd(today - Duration::days(back));
            } else if let (Some(today), Some(told)) = (d.today(), parse_ymd(&day))
                && told == today
            {
                day = ymd(trading_day(today));
            }
        }
        // A live-update entry, "4:05 p.m.: the sheriff said…", "UPDATE 5:55 a.m. ET: …",
        // is stamped on the day of publication.
        let line_start = {
            let before = d.text[..d.toks[i].start].trim_end_matches([' ', '\t']);
            let before = before
                .strip_suffix("UPDATE")
                .or_else(|| before.strip_suffix("Update"))
                .or_else(|| before.strip_suffix("UPDATED"))
                .or_else(|| before.strip_suffix("Updated"))
                .map_or(before, |b| b.trim_end_matches([' ', '\t', ':']));
            before.is_empty() || before.ends_with('\n')
        };
        // (Under a day heading, "SATURDAY, JUNE 11" on its line, or after an entry stamped
        // on that day, "7:30 a.m.: …", the entries are that day's.)
        let heading_day = || {
            d.day_near(i, 2 * CLOCK_WINDOW).filter(|_| {
                let rest = d.text[d.last_day_at..]
                    .split('\n')
                    .next()
                    .unwrap_or("")
                    .trim();
                let line = d.text[..d.last_day_at].rsplit('\n').next().unwrap_or("");
                let first = line
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .unwrap_or("")
                    .to_ascii_lowercase();
                // (A line that starts with its day: not a headline "Bridge collapses Sunday".)
                let day_first = first.starts_with(|c: char| c.is_ascii_digit())
                    || self.lx.weekday.contains_key(first.as_str())
                    || self.lx.month.contains_key(first.as_str());
                day_first && (rest.is_empty() || rest.starts_with(':'))
            })
        };
        if line_start
            && d.is(zone_end, ":")
            && let Some(today) = d.today()
        {
            day = ymd(heading_day().unwrap_or(today));
        }
        if let (Some(last), Some(today)) =
            (d.day_near(i, CLOCK_WINDOW), d.today())
            && last != today
            && d.toks[i].start > d.last_day_at + 8
            // ("28 February: Polls open from 07:00 to 22:00 GMT.": a day heading its line
            // dates the times on it, in any tense.)
            // (Not a weekday heading, which the week's order settles later.)
            && (heading_day().is_none()
                || d.text[..d.last_day_at]
                    .rsplit('\n')
                    .next()
                    .and_then(|l| l.split_whitespace().next())
                    .is_some_and(|w| {
                        self.lx
                            .weekday
                            .contains_key(w.trim_end_matches(',').to_ascii_lowercase().as_str())
                    }))
            && match d.tense(&self.lx, i, zone_end) {
                // (Not to the DCT when the story goes on with a day of the past week.)
                Tense::Past => last > today && story.is_none(),
                // ("On Saturday, he stood on the steps before the rally was scheduled to
                // begin at 11 a.m.": a plan as it stood that day, told in its sentence.)
                Tense::Future => {
                    let from = d.toks.partition_point(|t| t.start < d.last_day_at);
                    let other_sentence = d.text
                        [d.last_day_at.min(d.toks[i].start)..d.toks[i].start]
                        .contains('\n')
                        || (from..i).any(|k| {
                            matches!(d.w(k), "." | "!" | "?" | ";") && !d.is_abbrev_dot(&self.lx, k)
                        });
                    last < today
                        && (other_sentence
                            || !d
                                .sentence_span(i, 40, 0)
                                .any(|k| matches!(d.w(k), "was" | "were")))
                }
                // "… the heaviest since Labor Day. Officials plan a briefing at 5 p.m.":
                // without a tense, a day long past is not the clock's.
                // (But "on the night of April 14, 2011. Video shows a truck heading toward
                // the creek at 11:52 p.m.": an evening's time after a night told is of it.)
                Tense::Unknown => {
                    last < today - Duration::days(2)
                        && !(d.last_day_night && hour >= 18 && d.last_day == Some(last))
                }
            }
        {
            day = ymd(today);
        }
        // "A fire tore through the plant Friday night …, officials said Saturday. … The fire
        // was reported at about 9:40 p.m.": an evening's time in a past clause is of the
        // night told of the past week, not of a later day that told no evening.
        if hour >= 18
            && let Some((night, at)) = d.last_night
            && let (Some(today), Some(told)) = (d.today(), parse_ymd(&day))
            && night < told
            // (The DCT's day or that of a report, not a day of the story told since: "black
            // smoke appeared Tuesday night and again before noon Wednesday. … at 8:22 p.m.")
            && (told == today || (told < today && d.last_day_report))
            && !(d.last_day == Some(told) && d.last_day_afternoon)
            && night >= today - Duration::days(CLOCK_DAYS)
            && d.toks[i].start.saturating_sub(at) < 2 * STORY_WINDOW
            && !weekday_in_sentence()
            && d.tense(&self.lx, i, zone_end) == Tense::Past
        {
            day = ymd(night);
        }
        // "arrived at a bar at about 10:30 p.m. on Saturday, March 9. … she left shortly
        // before 1 a.m.": a small hour soon after a late one of the same day, with no day
        // told between, is past midnight.
        // ("By Monday night, officers had sealed off the block. … At 4:50 a.m., he agreed":
        // after a night told, too.)
        let late = d
            .last_clock
            .filter(|&(cd, ch, _)| ch >= 20 && d.last_day.is_none_or(|l| l == cd))
            .map(|(cd, _, at)| (cd, at));
        let night = d
            .last_day
            .filter(|_| d.last_day_night)
            .map(|l| (l, d.last_day_at));
        // (The one told last; the clock on a tie.)
        let after_late = night.into_iter().chain(late).max_by_key(|&(_, at)| at);
        // (And a morning's hour told as one, "9:12 a.m.", but not one after the DCT's day,
        // "investigators headed to Texas tonight. The encounter began about 11 a.m.", nor the
        // start of a wait, "had been waiting since 6 a.m.", nor the same time in another
        // zone, "at 11 p.m. (11 a.m. ET)".)
        let morning = hour < 12
            && ampm == Some(0)
            && !(i.saturating_sub(2)..i).any(|k| matches!(d.w(k), "since" | "("));
        if (hour < 6 || morning)
            && let Some((cd, at)) = after_late
            && ymd(cd) == day
            && d.toks[i].start.saturating_sub(at) < 400
            && !d.is(zone_end, "on")
            // (A story told in the past, not a timetable: "Trains leave at 10 p.m., 5 a.m.")
            && d.tense(&self.lx, i, zone_end) == Tense::Past
            && let Some(next) = cd.succ_opt()
            && (hour < 6 || d.today().is_none_or(|t| next <= t))
        {
            day = ymd(next);
        }
        // "The eclipse begins on Jan. 31. … The moon will enter the shadow at 3:48 a.m.": a
        // time ahead with no day near goes on with the last day told, when that day is
        // ahead too and told not long before.
        if let (Some(last), Some(today)) = (d.day_near(i, STORY_WINDOW), d.today())
            && last > today
            && d.day_near(i, CLOCK_WINDOW).is_none()
            && d.tense(&self.lx, i, zone_end) == Tense::Future
        {
            day = ymd(last);
        }
        m(zone_end, TimexType::Time, format!("{day}T{hour:02}:{mins}"))
    }

    /// A part of a day told by its relation after a clock time, from token `k`: "yesterday
    /// morning", "tomorrow morning", "the next morning" (the day after the one told). The
    /// day and the token of the part, which the caller checks is one.
    fn part_of_day_told(&self, d: &Doc<'_>, k: usize) -> Option<(NaiveDate, usize)> {
        // ("yesterday morning" may be one expression already: its part is its second word
        // either way.)
        if let Some(x) = self
            .deictic(d, k)
            .filter(|x| x.end == k + 1 || x.end == k + 2)
        {
            return day_of(&x.value).map(|day| (day, k + 1));
        }
        if d.is(k, "the") && matches!(d.w(k + 1), "next" | "following") {
            return d
                .day_told()
                .and_then(|x| x.succ_opt())
                .map(|day| (day, k + 2));
        }
        None
    }

    /// "5 o'clock", "six o'clock tonight", "three o'clock this afternoon": the hour, made
    /// afternoon or evening by the part of the day that follows; `end` is past "clock".
    fn oclock(&self, d: &Doc<'_>, i: usize, end: usize, h: u32) -> Option<M> {
        // "eight o'clock yesterday morning", "11 o'clock the next morning": the hour of that
        // part of that day.
        if let Some((day, at)) = self.part_of_day_told(d, end)
            && let Some(part) = self.lx.part.get(d.w(at))
        {
            let hour = match *part {
                "AF" | "EV" | "NI" if h < 12 => h + 12,
                _ if h == 12 => 0,
                _ => h,
            };
            return m(
                at + 1,
                TimexType::Time,
                format!("{}T{hour:02}:00", ymd(day)),
            );
        }
        let (pm, len) = match (d.w(end), d.w(end + 1), d.w(end + 2)) {
            ("tonight", _, _) => (Some(true), 1),
            ("this", "afternoon" | "evening", _) => (Some(true), 2),
            ("this", "morning", _) => (Some(false), 2),
            ("in", "the", "afternoon" | "evening") => (Some(true), 3),
            ("in", "the", "morning") => (Some(false), 3),
            ("at", "night", _) => (Some(h >= 6), 2),
            // No part of the day with it: the sentence's ("Good morning … It is seven
            // o'clock", "polls closed tonight … past nine o'clock"); without one, an hour up
            // to six is in the afternoon ("around 5 o'clock").
            _ => {
                let told = d.afternoon_told(i);
                (told.or((1..=6).contains(&h).then_some(true)), 0)
            }
        };
        let hour = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        // "I got here at 2 o'clock yesterday": the hour of that day, one expression.
        if len == 0
            && matches!(d.w(end), "yesterday" | "today" | "tomorrow")
            && let Some(x) = self.deictic(d, end).filter(|x| x.end == end + 1)
            && let Some(day) = day_of(&x.value)
        {
            return m(
                end + 1,
                TimexType::Time,
                format!("{}T{hour:02}:00", ymd(day)),
            );
        }
        let day = match pm {
            Some(_) if matches!(d.w(end), "tonight" | "this") => d
                .dct
                .and_then(|c| c.date())
                .map_or_else(|| "XXXX-XX-XX".into(), ymd),
            // ("had called her mother at five o'clock", told of a day long past: that
            // day's, as for a time in figures.)
            _ => self
                .story_day(d, i, end + len)
                .map(ymd)
                .unwrap_or_else(|| self.day_in_context(d, i, CLOCK_WINDOW)),
        };
        m(end + len, TimexType::Time, format!("{day}T{hour:02}:00"))
    }

    /// An hour in words at token `i` (`h`), with minutes in words ("thirty", "forty-five"),
    /// then "a.m."/"p.m." or a part of the day: "nine a.m.", "two thirty this morning".
    fn word_clock(&self, d: &Doc<'_>, i: usize, h: u32) -> Option<M> {
        let lx = &self.lx;
        let mut j = i + 1;
        let mut min = 0;
        match (
            lx.number.get(d.w(j)),
            d.is(j + 1, "-"),
            lx.number.get(d.w(j + 2)),
        ) {
            (Some(Some(t)), true, Some(Some(u)))
                if matches!(t, 20..=50) && t % 10 == 0 && *u < 10 =>
            {
                min = t + u;
                j += 3;
            }
            (Some(Some(t)), _, _) if matches!(t, 10..=59) => {
                min = *t;
                j += 1;
            }
            _ => {}
        }
        let ampm = match (d.w(j), d.w(j + 1), d.w(j + 2)) {
            ("a", ".", "m") => Some((false, 3)),
            ("p", ".", "m") => Some((true, 3)),
            ("am", _, _) if j > i + 1 || d.adjacent(j) => Some((false, 1)),
            ("pm", _, _) => Some((true, 1)),
            _ => None,
        };
        if let Some((pm, len)) = ampm {
            let mut end = j + len;
            if len == 3 && d.is(end, ".") && d.adjacent(end) {
                end += 1;
            }
            let hour = h % 12 + if pm { 12 } else { 0 };
            let day = self.day_in_context(d, i, CLOCK_WINDOW);
            return m(end, TimexType::Time, format!("{day}T{hour:02}:{min:02}"));
        }
        // Minutes and a part of the day: "two thirty this morning"; an hour alone with one
        // after a word of time ("at about three in the morning", "until five this
        // morning"), not a count ("two in the morning and three at night").
        if j == i + 1
            && !(i > 0
                && matches!(
                    d.w(i - 1),
                    "at" | "about"
                        | "around"
                        | "until"
                        | "till"
                        | "by"
                        | "before"
                        | "after"
                        | "since"
                        | "nearly"
                        | "roughly"
                        | "approximately"
                        | "past"
                )
                && matches!(
                    (d.w(j), d.w(j + 1)),
                    ("in", "the") | ("this", _) | ("tonight", _)
                ))
        {
            return None;
        }
        let mut mt = self.oclock(d, i, j, h)?;
        if mt.end == j {
            return None;
        }
        mt.value = format!("{}{min:02}", &mt.value[..mt.value.len() - 2]);
        Some(mt)
    }

    /// Month, Month Day, Month Day Year, Month Year.
    fn month_expr(&self, d: &Doc<'_>, i: usize, month: u32) -> Option<M> {
        let w = d.w(i);
        // "May" and "march" are also verbs/words: require a capital or a date next to them.
        if !d.capitalized(i) {
            return None;
        }
        // "the annual March for Life", "the March on Washington": a march, not a month.
        if w == "march"
            && i > 0
            && matches!(d.w(i - 1), "the" | "a" | "annual" | "big")
            && matches!(d.w(i + 1), "for" | "on" | "of" | "against" | "to")
            && d.year(i + 2).is_none()
        {
            return None;
        }
        // "a Long March 2F rocket": a rocket's name, its number glued to a letter.
        if w == "march"
            && i > 0
            && d.is(i - 1, "long")
            && d.capitalized(i - 1)
            && (d.num(i + 1).is_none()
                || d.adjacent(i + 2) && d.toks.get(i + 2).is_some_and(|t| t.kind == Tk::Word))
        {
            return None;
        }
        // Names: "Theresa May", "April Delacroix", "June Fisher", "March Madness". A month
        // after a capitalized word, or before one when no preposition leads to it; a day
        // or a year after it makes it a month again ("Monday May 3", "in June 2012").
        let lead = i > 0 && leads_to_date(d.w(i - 1));
        let name_word = |k: usize| self.name_word(d, k) && !self.lx.ordinal.contains_key(d.w(k));
        // "May 3", "May 2019", "May, 2019"; not "May, 62, told reporters".
        let day_or_year = |k: usize| {
            d.num(k)
                .is_some_and(|n| (1..=31).contains(&n) || d.year(k).is_some())
        };
        let dated_at = |i: usize| {
            day_or_year(i + 1)
                || (d.is(i + 1, ".") && day_or_year(i + 2))
                || (d.is(i + 1, ",") && d.year(i + 2).is_some())
        };
        let dated = dated_at(i);
        // "her sister May", "his daughter June": a kin word names her.
        let kin = |i: usize| i > 0 && self.lx.in_group(d.w(i - 1), KIN);
        let after_name = |i: usize| {
            kin(i)
                || i > 0
                    && name_word(i - 1)
                    && !leads_to_date(d.w(i - 1))
                    && !(i > 1
                    && matches!(d.w(i - 2), "." | "\"" | "'" | "`")
                    // "Dr. Nina May": the dot of a title.
                    && !(d.is(i - 2, ".")
                        && i > 2
                        && matches!(
                            d.w(i - 3),
                            "dr" | "mr" | "mrs" | "ms" | "sen" | "rep" | "gov" | "gen" | "prof"
                                | "col" | "lt" | "sgt" | "capt" | "rev" | "st"
                        ))
                    // "… months. Jennifer May, a paleontologist": an appositive names her.
                    && !(d.is(i + 1, ",") && matches!(d.w(i + 2), "a" | "an" | "the" | "who")))
                    && !d.headline(i)
        };
        // Once the text has named "Theresa May", "May's government" and "May said" are hers.
        let surname = !lead
            && d.surnames
                .get_or_init(|| {
                    let mut v: Vec<String> = (1..d.toks.len())
                        .filter(|&k| {
                            d.toks[k].kind == Tk::Word
                                && self.lx.month.contains_key(d.w(k))
                                && after_name(k)
                                && !dated_at(k)
                        })
                        .map(|k| d.w(k).to_string())
                        .collect();
                    v.sort();
                    v.dedup();
                    v
                })
                .iter()
                .any(|x| x == w);
        let joined = i > 0 && matches!(d.w(i - 1), "and" | "or" | "-" | "to");
        let before_name = name_word(i + 1) && (!lead || joined) && !d.headline(i);
        if (after_name(i) || before_name || surname) && !dated {
            return None;
        }
        let mut end = i + 1;
        let abbrev = w.len() <= 4 && w != "may" && w != "june" && w != "july";
        // "Jan" without its period and without a day or year is a name ("Jan Egeland").
        if abbrev && !d.is(end, ".") && d.num(end).is_none() {
            return None;
        }
        if d.is(end, ".") && d.adjacent(end) && abbrev {
            end += 1;
        }
        if let Some(day) = d
            .num(end)
            .filter(|x| (1..=31).contains(x) && d.toks[end].low.len() <= 2)
        {
            let mut e2 = end + 1;
            // ordinal suffix: "August 12th"
            if matches!(d.w(e2), "st" | "nd" | "rd" | "th") && d.adjacent(e2) {
                e2 += 1;
            }
            let comma = d.is(e2, ",");
            let yi = if comma { e2 + 1 } else { e2 };
            if let Some(y) = d.year(yi)
                && NaiveDate::from_ymd_opt(y as i32, month, day).is_some()
            {
                return m(
                    yi + 1,
                    TimexType::Date,
                    format!("{y:04}-{month:02}-{day:02}"),
                );
            }
            return Some(self.month_day(d, i, e2, month, day));
        }
        // "March eighth", "May twenty-first": the day as an ordinal word.
        let ordinal_day = match (self.lx.number.get(d.w(end)), d.is(end + 1, "-")) {
            (Some(Some(t @ (20 | 30))), true) => self
                .lx
                .ordinal
                .get(d.w(end + 2))
                .filter(|u| **u < 10)
                .map(|u| (t + u, end + 3)),
            _ => self.lx.ordinal.get(d.w(end)).map(|n| (*n, end + 1)),
        };
        if let Some((day, e2)) = ordinal_day.filter(|(n, _)| (1..=31).contains(n)) {
            return Some(self.month_day(d, i, e2, month, day));
        }
        let yi = if d.is(end, ",") { end + 1 } else { end };
        if let Some(y) = d.year(yi) {
            return m(yi + 1, TimexType::Date, format!("{y:04}-{month:02}"));
        }
        // "December of that year", "April of the same year": the year last mentioned.
        if d.is(end, "of")
            && matches!(d.w(end + 1), "that" | "the")
            && (d.is(end + 2, "year") || (d.is(end + 2, "same") && d.is(end + 3, "year")))
            && let Some(y) = d.last_year.or(d.last_day.map(|a| a.year()))
        {
            // ("traded in 2010 … ahead of announcements in July and August of that year":
            // past a bare month that took the DCT's year, the year last written.)
            let y = match (d.written_year, d.last_month, d.dct) {
                (Some((wy, at)), Some((my, _)), Some(c))
                    if !d.last_month_written
                        && at < d.last_month_at
                        && my == c.year
                        && wy != c.year
                        && d.last_year == Some(my) =>
                {
                    wy
                }
                _ => y,
            };
            let e = if d.is(end + 2, "year") {
                end + 3
            } else {
                end + 4
            };
            return m(e, TimexType::Date, format!("{y:04}-{month:02}"));
        }
        // Mid-sentence, a capital "May" is the month ("April and May", "a mild May", "the
        // wettest May") unless a verb follows ("Talks May Resume" in a headline).
        let modal_slot = i == 0
            || matches!(d.w(i - 1), "." | "\"" | "!" | "?" | ":" | ";" | "\u{201c}")
            || d.starts_line(i)
            || d.headline(i)
            || matches!(
                d.w(i + 1),
                "be" | "have" | "not" | "also" | "well" | "still" | "never"
            );
        if w == "may"
            && modal_slot
            && !d.toks.get(i + 1).is_some_and(|t| t.kind == Tk::Punct)
            && i > 0
            && !matches!(
                d.w(i - 1),
                "in" | "of"
                    | "since"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "from"
                    | "through"
                    | "between"
                    | "last"
                    | "next"
                    | "this"
                    | "during"
            )
        {
            return None; // "May" as a modal verb at a sentence start
        }
        // A bare month: the year by tense; "crude for February delivery", "the March
        // contract": a month of delivery, ahead.
        // ("Brent for February settlement", "U.S. crude for April rose 40 cents".)
        // ("December corn settled down 15 cents", "November soybeans fell": the contract.)
        let delivery = self.lx.in_group(d.w(end), DELIVERY)
            || (i > 1 && d.is(i - 1, "for") && self.lx.in_group(d.w(i - 2), COMMODITY))
            // ("the most actively traded contract, for delivery in May".)
            || (i > 2
                && d.is(i - 1, "in")
                && d.is(i - 2, "delivery")
                && matches!(d.w(i - 3), "for" | "the"))
            || self.lx.in_group(d.w(end), COMMODITY)
                && !matches!(d.w(end), "futures" | "delivery" | "intermediate");
        let value = match d.dct {
            Some(c) if delivery => {
                let y = if month >= c.month { c.year } else { c.year + 1 };
                format!("{y:04}-{month:02}")
            }
            Some(c) => {
                // "releases minutes of its October policy meeting", "the June meeting": a
                // month naming a thing is the nearest such month, whatever the verb.
                let modifier = i > 0
                    && !matches!(
                        d.w(i - 1),
                        "in" | "on"
                            | "by"
                            | "since"
                            | "until"
                            | "till"
                            | "from"
                            | "through"
                            | "during"
                            | "for"
                            | "last"
                            | "next"
                            | "this"
                            | "early"
                            | "late"
                            | "mid"
                            | "-"
                            | "before"
                            | "after"
                            | "of"
                            | "to"
                            | "between"
                            | "and"
                            | "or"
                            | "that"
                            | "each"
                            | "every"
                    )
                    && d.toks.get(end).is_some_and(|t| {
                        t.kind == Tk::Word
                            && !d.capitalized(end)
                            && !matches!(t.low, "of" | "and" | "or" | "to" | "through" | "until")
                    });
                // "releases its sales index for June": the month a figure is for.
                // ("The next set of figures, covering March, will be published".)
                // ("will report sales of previously occupied homes for February": the
                // figures a few words back.)
                let figures_for = i > 1
                    && (d.is(i - 1, "for")
                        && (2..=6).any(|b| {
                            i.checked_sub(b).is_some_and(|k| {
                                self.lx.in_group(d.w(k), FIGURES | MEASURE)
                                    && (k + 1..i - 1).all(|q| d.toks[q].kind == Tk::Word)
                            })
                        })
                        || d.is(i - 1, "covering"));
                // ("expect loans of 600 billion yuan, down from 787 billion yuan in
                // September": the figure compared with is past, by `clause_tense`.)
                let tense = self.clause_tense(d, i, end);
                // ("talks stalled ahead of the election in February", told in March: after
                // a past clause, but not necessarily after the DCT; the nearest such month.)
                let tense = if tense == Tense::Future
                    && month <= c.month
                    && d.ahead_of(i)
                    && d.tense(&self.lx, i, end) == Tense::Past
                {
                    Tense::Unknown
                } else {
                    tense
                };
                let ahead = month as i32 - c.month as i32;
                // A month a thing or a figure is named by, told in a future clause, is one
                // just past when it is at most two months back.
                // ("will release its December employment report" in January: a month of the
                // year before.)
                let back = (c.month as i32 - month as i32).rem_euclid(12);
                // ("staff would be paid in full for February", told on March 1: what is
                // for a month just ended.)
                let tense = if (modifier || figures_for || i > 0 && d.is(i - 1, "for"))
                    && tense == Tense::Future
                    && (1..=2).contains(&back)
                {
                    Tense::Unknown
                } else {
                    tense
                };
                // "remain 40% below their September peak": a peak, a high or a low is one
                // reached, a month past.
                let tense = if modifier
                    && matches!(
                        d.w(end),
                        "peak" | "high" | "highs" | "low" | "lows" | "record"
                    )
                    && month != c.month
                {
                    Tense::Past
                } else {
                    tense
                };
                // "The benchmark May arabica contract", "July corn futures": a contract's
                // month is a delivery month, this one or one ahead.
                let tense = if modifier
                    && (end..(end + 3).min(d.toks.len()))
                        .take_while(|&q| d.toks[q].kind == Tk::Word && !d.capitalized(q))
                        .any(|q| matches!(d.w(q), "contract" | "contracts" | "futures"))
                {
                    Tense::Future
                } else {
                    tense
                };
                let story = d.story_year(i).filter(|_| tense != Tense::Future);
                // "the third inmate put to death this year, after executions in January and
                // March": months of this year.
                // (Not across ", and": "later this year, and Rosetta is due to wake up in
                // January".)
                let this_year = d.sentence_span(i, 30, 30).any(|k| {
                    let (a, b) = if k < i { (k, i) } else { (i, k) };
                    d.is(k, "this")
                        && d.is(k + 1, "year")
                        && !d.is(k + 2, "'")
                        && !(a..b)
                            .any(|x| d.is(x, ",") && matches!(d.w(x + 1), "and" | "but" | "while"))
                });
                // (Not a month still ahead told in the past: "growth of 2.3% this year, lower
                // than they forecast in December" in March.)
                // ("Applications fell this year after spiking in November": nor one that
                // has not come yet.)
                let this_year = this_year && !(tense == Tense::Past && month > c.month);
                let story = story.or(this_year.then_some(c.year));
                let y = match tense {
                    // "1996: The Taliban seize Kabul in September."
                    _ if let Some(y) = story => y,
                    // A deadline ("until March", "by mid-November") lies ahead, or just past.
                    // In a past clause ("fell to $8 billion by October") it is a past month,
                    // or one just ahead.
                    // ("has been held until January": a state that goes on now ends ahead.)
                    Tense::Past if d.deadline(i) && d.perfect_until(i) => {
                        if ahead >= -1 {
                            c.year
                        } else {
                            c.year + 1
                        }
                    }
                    Tense::Past if d.deadline(i) => {
                        if ahead <= 2 {
                            c.year
                        } else {
                            c.year - 1
                        }
                    }
                    // ("is open every Saturday through October": a term told in the present
                    // runs on to a month ahead.)
                    Tense::Unknown if d.deadline(i) || i > 0 && d.is(i - 1, "through") => {
                        if ahead >= -1 { c.year } else { c.year + 1 }
                    }
                    Tense::Future if month < c.month => c.year + 1,
                    Tense::Past if month > c.month => c.year - 1,
                    // No tense: the nearest such month, the past one unless the next is
                    // only a few months ahead (news reports what happened).
                    Tense::Unknown if ahead > 3 => c.year - 1,
                    Tense::Unknown if ahead < -9 => c.year + 1,
                    _ => c.year,
                };
                let y = match d.anchor_of_sentence(i).filter(|_| story.is_none()) {
                    Some(a) => {
                        let at = a.year() * 12 + a.month() as i32;
                        (a.year() - 1..=a.year() + 1)
                            .min_by_key(|y| (y * 12 + month as i32 - at).abs())
                            .unwrap_or(y)
                    }
                    None => y,
                };
                format!("{y:04}-{month:02}")
            }
            None => format!("XXXX-{month:02}"),
        };
        m(end, TimexType::Date, value)
    }

    /// The tense of the clause around tokens `i..end`, looking ahead when a verb moves the
    /// date on ("postponed until Tuesday", "set for June 7"), though the clause is past.
    fn clause_tense(&self, d: &Doc<'_>, i: usize, end: usize) -> Tense {
        // "frozen since June", "closed since Monday": a start that lies behind.
        if i > 0 && d.is(i - 1, "since") {
            return Tense::Past;
        }
        // "a 27 percent premium to Prairie's closing price on Friday": a price the market
        // has set, whatever the deal will pay.
        let k = if i > 0 && d.is(i - 1, "on") { i - 1 } else { i };
        if k >= 2
            && matches!(d.w(k - 1), "price" | "prices" | "level" | "close")
            && matches!(d.w(k - 2), "closing" | "close" | "opening")
        {
            return Tense::Past;
        }
        if self.reduced_relative(d, i) {
            return Tense::Past;
        }
        // ("advised passengers travelling on Sunday morning to check with their airline": a
        // present participle after a plural names what the people do on that day, which has
        // no tense of its own.)
        // ("a bitterly cold wind setting in from Monday": one that starts then.)
        let particle = usize::from(
            i >= 4 && d.is(i - 1, "from") && matches!(d.w(i - 2), "in" | "up" | "out" | "off"),
        );
        if i >= 3 + particle
            && matches!(d.w(i - 1), "on" | "from")
            && let v = i - 2 - particle
            && d.w(v).len() > 5
            && d.w(v).ends_with("ing")
            && !matches!(
                d.w(v),
                "morning"
                    | "evening"
                    | "meeting"
                    | "building"
                    | "during"
                    | "starting"
                    | "beginning"
                    | "ending"
            )
            && d.toks[v - 1].kind == Tk::Word
            && (d.w(v - 1).len() > 3 && d.w(v - 1).ends_with('s')
                || matches!(
                    d.w(v - 1),
                    "people" | "wind" | "weather" | "air" | "rain" | "snow"
                ))
            && !d.capitalized(v - 1)
            && !auxiliary(d.w(v - 1))
            && !matches!(
                d.w(v - 1),
                "was" | "has" | "is" | "this" | "thus" | "always"
            )
        {
            return if d.is(i - 1, "from") {
                Tense::Future
            } else {
                Tense::Unknown
            };
        }
        // "to yield 1.926%, down from 1.957% late Thursday": the figure a change is measured
        // from is one already known.
        if d.comparison_base(i) {
            return Tense::Past;
        }
        if d.forecast_for(i) {
            return Tense::Future;
        }
        // ("now they say maybe Monday, maybe Tuesday": a day held out as possible lies
        // ahead.)
        if i > 0 && matches!(d.w(i - 1), "maybe" | "perhaps") {
            return Tense::Future;
        }
        // "holders of record as of March 1 are eligible to vote at a meeting that will
        // begin …": a reference date, the nearest one.
        if i > 1 && d.is(i - 1, "of") && d.is(i - 2, "as") {
            return Tense::Unknown;
        }
        match d.tense(&self.lx, i, end) {
            Tense::Past | Tense::Unknown if d.deferred(&self.lx, i) => Tense::Future,
            // ("Candidates have until Feb. 5 to file": a term held now, with no tense of
            // its own.)
            Tense::Past | Tense::Unknown if d.state_until(&self.lx, i) => Tense::Future,
            t => t,
        }
    }

    /// "The proposal unveiled by the Commission on Wednesday would phase out …": a past
    /// participle after a noun, with only its agent and "on" between, dates its own event,
    /// whatever the verb of the sentence.
    fn reduced_relative(&self, d: &Doc<'_>, i: usize) -> bool {
        if i < 3 || !d.is(i - 1, "on") {
            return false;
        }
        (2..=8).any(|b| {
            let Some(k) = i.checked_sub(b) else {
                return false;
            };
            let w = d.w(k);
            // ("would let travelers booked on Monday and Tuesday change their flights": a
            // booking names the day travelled, not the day booked.)
            let participle = (w.len() > 4 && w.ends_with("ed") || self.lx.class(w) & PAST != 0)
                && self.lx.class(w) & (FUTURE | PLAN) == 0
                && !matches!(
                    w,
                    "was" | "were" | "had" | "said" | "told" | "booked" | "ticketed" | "slated"
                );
            let noun_before = k > 0
                && d.toks[k - 1].kind == Tk::Word
                && !auxiliary(d.w(k - 1))
                // ("Banks will remain closed on Tuesday": a state, not a reduced relative.)
                && !matches!(
                    d.w(k - 1),
                    "remain"
                        | "remains"
                        | "stay"
                        | "stays"
                        | "become"
                        | "becomes"
                        | "seem"
                        | "seems"
                        | "get"
                        | "gets"
                )
                && !matches!(
                    d.w(k - 1),
                    "to" | "being"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "i"
                        | "you"
                        | "who"
                        | "which"
                        | "that"
                        | "and"
                        | "not"
                        | "also"
                        | "then"
                )
                && !d.capitalized(k - 1)
                && !d.w(k - 1).ends_with("ly")
                // ("Keeping the banks closed on Tuesday": what is kept so lies ahead.)
                && !(2..=4).any(|b| {
                    k >= b
                        && matches!(
                            d.w(k - b),
                            "keep" | "keeps" | "keeping" | "kept" | "leave" | "leaving"
                        )
                });
            // Between the participle and "on": nothing, or "by" and its agent.
            let agent = (k + 1..i - 1).all(|q| {
                d.toks[q].kind == Tk::Word
                    && (d.capitalized(q) || matches!(d.w(q), "the" | "by" | "of" | "s" | "'"))
            }) && (k + 1 == i - 1 || d.is(k + 1, "by"));
            participle && noun_before && agent
        })
    }

    /// "August 12" without a year: the year of the DCT, moved by a year when the tense says
    /// the date lies on the other side of it.
    fn month_day(&self, d: &Doc<'_>, i: usize, end: usize, month: u32, day: u32) -> M {
        // "the Sept. 11 attacks": the day of the attacks, not this year's.
        if (month, day) == (9, 11)
            && matches!(
                d.w(end),
                "attacks" | "attack" | "terrorist" | "terror" | "hijackers" | "hijackings"
            )
        {
            return M {
                end,
                kind: TimexType::Date,
                value: "2001-09-11".into(),
                modifier: None,
            };
        }
        let value = match d.dct {
            Some(c) => {
                // A chronology's entry ("-- March 21: The ECB says it will …") tells its
                // day in the present, whatever the verbs: the nearest such day.
                // "their effect on the Nov. 3 election": a day naming a thing is the nearest
                // such day, whatever past verb tells of it.
                let names_thing = i > 0
                    && matches!(d.w(i - 1), "the" | "its" | "their" | "his" | "her")
                    && d.toks.get(end).is_some_and(|t| {
                        t.kind == Tk::Word
                            && !d.capitalized(end)
                            && !matches!(
                                t.low,
                                "of" | "and"
                                    | "or"
                                    | "to"
                                    | "through"
                                    | "until"
                                    | "at"
                                    | "in"
                                    | "on"
                                    | "when"
                                    | "that"
                                    | "which"
                                    | "was"
                                    | "is"
                                    | "will"
                            )
                    });
                let tense = match self.clause_tense(d, i, end) {
                    _ if d.list_heading(i, end) => Tense::Unknown,
                    Tense::Past if names_thing => Tense::Unknown,
                    t => t,
                };
                let dct = c
                    .date()
                    .unwrap_or(NaiveDate::from_ymd_opt(c.year, c.month, 1).unwrap_or_default());
                let this = NaiveDate::from_ymd_opt(c.year, month, day);
                let story = d.story_year(i).filter(|_| tense != Tense::Future);
                // "compared with Jan. 23 in 2012": the year told right after.
                let year_after = d
                    .is(end, "in")
                    .then(|| d.year(end + 1))
                    .flatten()
                    .and_then(|y| i32::try_from(y).ok());
                let y = match (tense, this) {
                    _ if let Some(y) = year_after => y,
                    // "1989: Last Soviet troops leave on Feb. 15."
                    _ if let Some(y) = story => y,
                    // ("got a smaller paycheck starting Jan. 1": a start told in the past
                    // has come.)
                    (Tense::Past, Some(t))
                        if t <= dct && i > 0 && matches!(d.w(i - 1), "starting" | "beginning") =>
                    {
                        c.year
                    }
                    // A deadline ("until March 6", "by Jan. 14") lies ahead, or just past.
                    (Tense::Past | Tense::Unknown, Some(t))
                        if d.deadline(i) && !(tense == Tense::Unknown && d.plan_then(i)) =>
                    {
                        if (dct - t).num_days() > 60 {
                            c.year + 1
                        } else {
                            c.year
                        }
                    }
                    // A past clause may report a deadline a few weeks ahead ("said he must
                    // return by Jan. 14"): only a date well after the DCT is last year's.
                    (Tense::Past, Some(t)) if (t - dct).num_days() > 45 => c.year - 1,
                    // "PHOTO: Calloway arrives at the courthouse on March 4.": a present form
                    // with no word of the future is a caption's present for a day just past.
                    (Tense::Future, Some(t))
                        if t < dct
                            && (dct - t).num_days() <= 31
                            && !d.sentence_span(i, 20, 12).any(|k| {
                                matches!(
                                    d.w(k),
                                    "will" | "ll" | "shall" | "next" | "upcoming" | "coming"
                                )
                            }) =>
                    {
                        c.year
                    }
                    (Tense::Future, Some(t)) if t < dct => c.year + 1,
                    // No tense: the nearest such date, the past one unless the next is only a
                    // few months ahead (news reports what happened).
                    (Tense::Unknown, Some(t)) if (t - dct).num_days() > 120 => c.year - 1,
                    (Tense::Unknown, Some(t)) if (dct - t).num_days() > 183 => c.year + 1,
                    _ => c.year,
                };
                // "Her chance came in the summer of 1957 … On Aug. 22, a meter recorded …": a
                // past day months back, told soon after a year long past, is that year's;
                // not a deadline, nor a day "since" which something holds.
                // (A day that frames its sentence soon after the story's year, "In January
                // 1976, an outbreak swept Fort Dix. On Feb. 4, a recruit died", is the story's
                // however recent the DCT's such day.)
                let narrative = d.narrative.filter(|&(_, at)| {
                    let since = d.toks[i].start.saturating_sub(at);
                    tense == Tense::Past
                        && since < NARRATIVE_REACH
                        && !d.deadline(i)
                        && !(i > 0 && d.w(i - 1) == "since")
                        && (NaiveDate::from_ymd_opt(y, month, day)
                            .is_some_and(|t| (dct - t).num_days() > NARRATIVE_AGE_DAYS)
                            || (since < 400 && d.frame(i, end)))
                });
                let y = narrative.map_or(y, |(y, _)| y);
                // A day a few days from one told of a year long past is of that year ("at
                // 11:42 a.m. on Feb. 16, 2019 … issued a warning on the afternoon of Feb.
                // 13"), however recent the DCT's such day.
                let y = match d.days_told.iter().rev().find(|a| {
                    a.year() <= c.year - 2
                        && NaiveDate::from_ymd_opt(a.year(), month, day)
                            .is_some_and(|t| (t - **a).num_days().abs() <= 10)
                }) {
                    // (Not a day of the DCT's weeks: an anniversary falls near its day.)
                    Some(a)
                        if tense != Tense::Future
                            && story.is_none()
                            && !(i > 0 && d.w(i - 1) == "since")
                            && NaiveDate::from_ymd_opt(y, month, day)
                                .is_some_and(|t| (t - dct).num_days().abs() > 45) =>
                    {
                        a.year()
                    }
                    _ => y,
                };
                // A retrospective's past day is of the year it looks back on, when months
                // back, framing its sentence ("On June 10, the Air Force evacuated …") or in
                // one told "ten years ago this week".
                let y = match d.anniversary {
                    Some((a, near))
                        if narrative.is_none()
                            && story.is_none()
                            && tense == Tense::Past
                            && !d.deadline(i)
                            && !(i > 0 && d.w(i - 1) == "since")
                            && (near
                                || d.frame(i, end)
                                || NaiveDate::from_ymd_opt(y, month, day).is_some_and(|t| {
                                    (dct - t).num_days() > NARRATIVE_AGE_DAYS
                                })) =>
                    {
                        a
                    }
                    _ => y,
                };
                // A plan told at a past date of the same sentence ("announced on April 14
                // that the troops would leave by Sept. 11"): the such day nearest that date.
                // (A bound lies after it: "passed a bill on Wednesday that would keep
                // agencies open through Sept. 30".)
                let bound = i > 0 && matches!(d.w(i - 1), "through" | "until" | "till" | "by");
                let y = match d.anchor_of_sentence(i).filter(|_| story.is_none()) {
                    Some(a) => (a.year() - 1..=a.year() + 1)
                        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                        .filter(|t| !bound || *t >= a)
                        .min_by_key(|t| (*t - a).num_days().abs())
                        .map_or(y, |t| t.year()),
                    None => y,
                };
                format!("{y:04}-{month:02}-{day:02}")
            }
            None => format!("XXXX-{month:02}-{day:02}"),
        };
        M {
            end,
            kind: TimexType::Date,
            value,
            modifier: None,
        }
    }

    fn weekday_expr(&self, d: &Doc<'_>, i: usize, wd: u32) -> Option<M> {
        if !d.capitalized(i) {
            return None;
        }
        let mut end = i + 1;
        // "Saturday mornings", "Monday and Tuesday nights": every such part of that weekday.
        if let Some(&p) = d.w(end).strip_suffix('s').and_then(|x| self.lx.part.get(x)) {
            return m(end + 1, TimexType::Set, format!("XXXX-WXX-{wd}T{p}"));
        }
        if matches!(d.w(end), "and" | "or")
            && self.lx.weekday.contains_key(d.w(end + 1))
            && let Some(&p) = d
                .w(end + 2)
                .strip_suffix('s')
                .and_then(|x| self.lx.part.get(x))
        {
            return m(end, TimexType::Set, format!("XXXX-WXX-{wd}T{p}"));
        }
        // "open from 9 a.m. to 5 p.m., Monday through Friday": the days of opening hours.
        let range_start = matches!(d.w(end), "through" | "to" | "-" | "\u{2013}" | "until")
            && self.lx.weekday.contains_key(d.w(end + 1));
        let range_end = i > 1
            && matches!(d.w(i - 1), "through" | "to" | "-" | "\u{2013}" | "until")
            && self.lx.weekday.contains_key(d.w(i - 2));
        if (range_start || range_end) && d.opening_hours(&self.lx, i) {
            return m(end, TimexType::Set, format!("XXXX-WXX-{wd}"));
        }
        // "Wednesday the 13th": the day of that number, near the DCT, that falls on it.
        if d.is(end, "the")
            && let Some(n) = d.num(end + 1).filter(|n| (1..=31).contains(n))
            && matches!(d.w(end + 2), "st" | "nd" | "rd" | "th")
            && d.adjacent(end + 2)
            && let Some(c) = d.today()
        {
            let found = [-1i32, 0, 1].iter().find_map(|&dm| {
                let (y, mo) = shift_month(c.year(), c.month(), dm);
                NaiveDate::from_ymd_opt(y, mo, n)
                    .filter(|x| x.weekday().number_from_monday() == wd)
                    .filter(|x| (*x - c).num_days().abs() <= 45)
            });
            if let Some(date) = found {
                return m(end + 3, TimexType::Date, ymd(date));
            }
        }
        let part = self.lx.part.get(d.w(end)).copied();
        if part.is_some() {
            end += 1;
        }
        let day = match d.today() {
            Some(dct) => {
                let (back, fwd) = weekday_gaps(dct, wd)?;
                // "Thursday's ruling": the verb after it tells; without one, a past day.
                let possessive = d.is(end, "'") && d.is(end + 1, "s") && d.adjacent(end);
                let tense = if possessive {
                    match d.tense_after(&self.lx, i, end) {
                        // "ahead of Thursday's government reports".
                        _ if d.ahead_of(i) => Tense::Future,
                        // ("the scheme, unveiled in Wednesday's Budget, would help": a
                        // participle before the day dates what it tells, in the past.)
                        _ if i > 1
                            && matches!(d.w(i - 1), "in" | "at" | "during")
                            && d.w(i - 2).len() > 4
                            && d.w(i - 2).ends_with("ed")
                            && self.lx.class(d.w(i - 2)) & (FUTURE | NOT_PAST) == 0
                            && i > 2
                            && d.is(i - 3, ",") =>
                        {
                            Tense::Past
                        }
                        // "The main event is Friday's jobs report": a copula in the present
                        // schedules it.
                        _ if i > 0 && matches!(d.w(i - 1), "is" | "are") => Tense::Future,
                        // "before Friday's deadline": a deadline not yet missed lies ahead.
                        _ if d.is(end + 2, "deadline")
                            && !d.sentence_span(i, 20, 12).any(|k| {
                                matches!(d.w(k), "missed" | "passed" | "expired" | "met")
                            }) =>
                        {
                            Tense::Future
                        }
                        // "will take charge for Tuesday's trip to Leeds": an event still to
                        // come takes the tense of the clause it is in.
                        // ("will lead the Falcons in Thursday's second-round game": past
                        // the noun's modifiers.)
                        // ("will take caretaker charge for Tuesday night's home game": past
                        // a plain modifier or two.)
                        Tense::Unknown
                            if (end + 2..end + 5).any(|q| {
                                self.lx.in_group(d.w(q), EVENT)
                                    && (end + 2..q).all(|x| {
                                        d.toks[x].kind == Tk::Word
                                            && !self.lx.in_group(d.w(x), FUNCTION)
                                            && !d.capitalized(x)
                                            && self.lx.class(d.w(x))
                                                & (PAST | BARE_PAST | FUTURE | PLAN)
                                                == 0
                                            && !d.w(x).ends_with("ed")
                                    })
                            }) || d.is(end + 3, "-") && {
                                // The word after the last part of the compound.
                                let mut q = end + 4;
                                while d.is(q + 1, "-") {
                                    q += 2;
                                }
                                self.lx.in_group(d.w(q + 1), EVENT)
                            } =>
                        {
                            match d.tense(&self.lx, i, end) {
                                Tense::Unknown => Tense::Past,
                                t => t,
                            }
                        }
                        // ("will go to post for Friday's Cheltenham Gold Cup", "preparations
                        // for Sunday's Milan-San Remo": a named event takes the tense of its
                        // clause too.)
                        Tense::Unknown
                            if d.capitalized(end + 2)
                                && !d.headline(i)
                                && i > 0
                                && matches!(d.w(i - 1), "for" | "in" | "at") =>
                        {
                            match d.tense(&self.lx, i, end) {
                                Tense::Unknown => Tense::Past,
                                t => t,
                            }
                        }
                        // (The very next day stays open: "the outcome of Monday's vote is
                        // far from certain" on a Sunday; not after a past clause, "was
                        // sacked following Saturday's defeat" on a Friday.)
                        Tense::Unknown
                            if fwd == 1 && back > 1 && d.tense(&self.lx, i, end) != Tense::Past =>
                        {
                            Tense::Unknown
                        }
                        Tense::Unknown => Tense::Past,
                        t => t,
                    }
                } else {
                    // "The vote is Tuesday", "the hearing is on Monday": a copula that dates
                    // an event in the present tense schedules it.
                    let mut k = if i > 0 && d.is(i - 1, "on") { i - 1 } else { i };
                    // ("The funeral is at 10:30 a.m. Monday": past the clock time.)
                    let clockish = |x: usize| {
                        d.toks[x].kind == Tk::Num
                            || matches!(d.w(x), ":" | "." | "a" | "p" | "m" | "am" | "pm" | "noon")
                    };
                    let mut c = k;
                    while c > 0 && k - c < 8 && clockish(c - 1) {
                        c -= 1;
                    }
                    if c < k && c > 0 && d.is(c - 1, "at") {
                        k = c - 1;
                    }
                    // ("A backup opportunity is available Sunday": past an adjective of what
                    // can be had then.)
                    if k > 2
                        && matches!(
                            d.w(k - 1),
                            "available" | "open" | "possible" | "free" | "closed"
                        )
                        && matches!(d.w(k - 2), "is" | "are")
                    {
                        k -= 1;
                    }
                    let scheduled = k > 1
                        && matches!(d.w(k - 1), "is" | "are")
                        && !matches!(d.w(k - 2), "it" | "today" | "this" | "that");
                    // ("The government declared Wednesday a national day of mourning",
                    // "has declared Monday a school holiday": the day so declared is the
                    // nearest such, whatever the tense of declaring.)
                    let declared = i > 0
                        && matches!(
                            d.w(i - 1),
                            "declared" | "declares" | "declare" | "proclaimed"
                        )
                        && matches!(d.w(end), "a" | "an")
                        && (end + 1..(end + 6).min(d.toks.len()))
                            .any(|k| matches!(d.w(k), "day" | "holiday"));
                    let tense = match self.clause_tense(d, i, end) {
                        _ if declared => {
                            if fwd < back {
                                Tense::Future
                            } else {
                                Tense::Past
                            }
                        }
                        Tense::Unknown if scheduled => Tense::Future,
                        // "Monday:" heading a schedule of the week ahead; "TUESDAY: Pinecrest
                        // Foods, the maker of snack cakes, said it would cut 1,400 jobs" in a
                        // week in review.
                        Tense::Unknown if d.list_heading(i, end) => {
                            let past = (end..(end + 40).min(d.toks.len()))
                                .take_while(|&k| {
                                    !d.text[d.toks[end].start..d.toks[k].start].contains('\n')
                                })
                                .any(|k| self.lx.class(d.w(k)) & PAST != 0 && !d.capitalized(k));
                            if past { Tense::Past } else { Tense::Future }
                        }
                        // "Tuesday" alone on its line, heading the entries of a week: ahead,
                        // unless what follows it is told in the past.
                        Tense::Unknown if d.alone_on_line(i, end) => {
                            let (mut past, mut future) = (0, 0);
                            for k in end..(end + 40).min(d.toks.len()) {
                                let c = self.lx.class(d.w(k));
                                if d.capitalized(k) && k > end {
                                    continue;
                                }
                                let w = d.w(k);
                                if c & FUTURE != 0 {
                                    future += 1;
                                } else if c & PAST != 0
                                    || w.len() > 4 && w.ends_with("ed") && c & NOT_PAST == 0
                                {
                                    past += 1;
                                }
                            }
                            if past > future {
                                Tense::Past
                            } else {
                                Tense::Future
                            }
                        }
                        // "has until Monday", "by Friday": a deadline, ahead.
                        Tense::Unknown if d.deadline(i) && !d.plan_then(i) => Tense::Future,
                        // "frost advisory through Monday morning": untensed, ahead.
                        Tense::Unknown if i > 0 && d.is(i - 1, "through") => Tense::Future,
                        // "classes were canceled through Friday", "the road will remain
                        // closed until Monday": a state told in the past that lasts to a day
                        // (not "walkouts continued through Thursday").
                        Tense::Past if d.state_until(&self.lx, i) => Tense::Future,
                        t => t,
                    };
                    // "issued amber warnings for Wednesday", "a flood watch for Friday": a
                    // warning is for a day ahead, whatever verb issued it.
                    let k = if i > 0 && d.is(i - 1, "for") {
                        i - 1
                    } else {
                        i
                    };
                    // ("amber warnings for wind for Wednesday".)
                    let warning = k != i
                        && (1..=4)
                            .take_while(|&b| {
                                k >= b && !matches!(d.w(k - b), "," | "." | ";" | "and")
                            })
                            .any(|b| self.lx.in_group(d.w(k - b), WARNING));
                    // "issued a yellow warning for snow and ice covering much of Cumbria from
                    // 6pm Sunday": the warning's term, a few words on ("from 18:00 on Monday
                    // until midday on Tuesday" too).
                    let mut c = i;
                    while c > 0 && i - c < 6 && d.toks[c - 1].kind != Tk::Word
                        || c > 0
                            && i - c < 8
                            && matches!(
                                d.w(c - 1),
                                "a" | "p"
                                    | "m"
                                    | "am"
                                    | "pm"
                                    | "on"
                                    | "midday"
                                    | "noon"
                                    | "midnight"
                            )
                    {
                        c -= 1;
                    }
                    let warning = warning
                        || c > 0
                            // ("a yellow warning for snow covering Thursday and Friday".)
                            && matches!(d.w(c - 1), "from" | "until" | "through" | "covering")
                            && (2..=18)
                                .take_while(|&b| c >= b && !matches!(d.w(c - b), "." | ";"))
                                .any(|b| {
                                    // ("A wind advisory stayed in effect until 6 p.m.
                                    // Saturday": a past verb between.)
                                    self.lx.in_group(d.w(c - b), WARNING)
                                        && !(c - b + 1..c).any(|q| {
                                            let w = d.w(q);
                                            self.lx.class(w) & PAST != 0
                                                || w.len() > 4 && w.ends_with("ed")
                                        })
                                });
                    // "canceled classes for Monday morning", "organized a rally for
                    // Saturday": what is set for a day lies ahead of the setting, unless the
                    // plan is told as it stood before ("originally planned for Wednesday",
                    // "a service planned for Saturday was canceled").
                    let set_for = k != i
                        && !d.sentence_span(i, 12, 0).any(|q| {
                            matches!(d.w(q), "originally" | "initially" | "previously" | "had")
                                // (", first scheduled for Sunday and then for Monday,".)
                                || d.is(q, "first") && q > 0 && d.is(q - 1, ",")
                        })
                        && !(end..(end + 10).min(d.toks.len()))
                            .take_while(|&q| !matches!(d.w(q), "." | ";"))
                            .any(|q| {
                                matches!(
                                    d.w(q),
                                    "canceled"
                                        | "cancelled"
                                        | "scrapped"
                                        | "postponed"
                                        | "delayed"
                                        | "dropped"
                                ) || d.is(q, "put") && matches!(d.w(q + 1), "off" | "back")
                            });
                    // "will return on Wednesday for a three-day bus tour …, with stops on
                    // Thursday and a rally Friday evening": an untensed weekday after one
                    // told ahead in its sentence, later in the week, goes on from it.
                    // (Not past a past verb between: "a rally for Saturday morning, and a
                    // petition started last weekend had 1,100 signatures as of Thursday".)
                    let goes_on = || {
                        let span = d.sentence_span(i, 80, 0);
                        let from = d.toks[span.start].start;
                        d.weekdays
                            .borrow()
                            .iter()
                            .rev()
                            .take_while(|w| w.0 >= from)
                            .any(|&(at, t, ahead)| {
                                t == Tense::Future
                                    && dct + Duration::days(fwd) > ahead
                                    && !(span.start..i).any(|q| {
                                        let w = d.w(q);
                                        // (", followed by an auction on Wednesday": a
                                        // sequel, no past.)
                                        d.toks[q].start > at
                                            && !(w == "followed" && q > 0 && d.is(q - 1, ","))
                                            && !(q > 0 && d.is(q - 1, "-"))
                                            && (self.lx.class(w) & PAST != 0
                                                || w.len() > 4 && w.ends_with("ed"))
                                    })
                            })
                    };
                    // "raced to assemble a plan before a Monday deadline": a deadline not
                    // yet missed lies ahead.
                    // (In a past clause only one told as still ahead: "tendering 99% of the
                    // shares by the Tuesday deadline" is past.)
                    let deadline = d.is(end, "deadline")
                        && (i.saturating_sub(3)..i).any(|k| d.is(k, "before"))
                        && !d
                            .sentence_span(i, 20, 12)
                            .any(|k| matches!(d.w(k), "missed" | "passed" | "expired" | "met"));
                    // "Monday is a national holiday", "That's right, Monday is Presidents
                    // Day": a weekday told in the present as the subject of "is" is the
                    // coming one.
                    // ("Once the storm pulls away, Thursday and Friday look dry": so is one
                    // that looks, promises or brings.)
                    // ("The Met Office said Saturday and Sunday would be dry": a day that
                    // would be so lies ahead of the saying.)
                    let present = |k: usize| {
                        matches!(
                            d.w(k),
                            "is" | "looks"
                                | "look"
                                | "promises"
                                | "brings"
                                | "should"
                                | "will"
                                | "would"
                                | "could"
                                | "might"
                        )
                    };
                    let verb_at = if d.is(end, "and") && self.lx.weekday.contains_key(d.w(end + 1))
                    {
                        end + 2
                    } else {
                        end
                    };
                    let subject_is = present(verb_at)
                        && (verb_at > end || d.w(end) != "look")
                        && (i == 0
                            || d.sentence_end(i - 1)
                            || d.is(i - 1, ",")
                            // (A pair only: "owners said Friday would salvage" is the
                            // day of the saying.)
                            || verb_at > end
                                && matches!(d.w(verb_at), "would" | "could" | "might" | "will")
                                && matches!(
                                    d.w(i - 1),
                                    "said" | "says" | "predicted" | "forecast" | "warned"
                                ))
                        && !d.is(verb_at + 1, "when");
                    match tense {
                        _ if warning || set_for || deadline || subject_is => Tense::Future,
                        Tense::Unknown if goes_on() => Tense::Future,
                        t => t,
                    }
                };
                // A future clause naming the DCT's own weekday means that day: a paper
                // dated Thursday writes "will travel Thursday" for today, and says "next
                // Thursday" for a week ahead.
                // "Robinhood said on Thursday night it would allow buying again from Friday":
                // a future in the past counts from the day of the saying, when that day and
                // the one after it are both past.
                let said_day = d
                    .last_day
                    .filter(|&s| tense == Tense::Future && s < dct)
                    .filter(|_| {
                        let span = d.sentence_span(i, 40, 0);
                        let from = d.last_day_at;
                        span.start < i
                            && d.toks[span.start].start < from
                            && (span.start..i).any(|k| d.toks[k].start >= from && d.is(k, "would"))
                            // (The day of the saying: "said on Thursday night it would";
                            // not "a meeting on Thursday, he said, adding that … would".)
                            && (span.start..i).find(|&k| d.toks[k].end == from).is_some_and(|j| {
                                (j.saturating_sub(5)..j).any(|k| {
                                    matches!(d.w(k), "said" | "announced" | "told")
                                        && !(k..j).any(|q| matches!(d.w(q), "," | "that"))
                                })
                            })
                    })
                    .map(|s| {
                        let ahead =
                            (wd as i64 - s.weekday().number_from_monday() as i64).rem_euclid(7);
                        s + Duration::days(if ahead == 0 { 7 } else { ahead })
                    })
                    .filter(|&x| x <= dct);
                // ("Bond markets will close early Thursday and remain closed Friday" on a
                // Friday: the DCT's own weekday after a day ahead in its sentence is next
                // week's.)
                let after_ahead = tense == Tense::Future && fwd == 0 && {
                    let span = d.sentence_span(i, 40, 0);
                    let from = d.toks[span.start].start;
                    d.weekdays
                        .borrow()
                        .iter()
                        .rev()
                        .take_while(|w| w.0 >= from)
                        .any(|&(_, t, ahead)| t == Tense::Future && ahead > dct)
                };
                let date = match tense {
                    Tense::Future if let Some(x) = said_day => x,
                    Tense::Future if after_ahead => dct + Duration::days(7),
                    Tense::Future => dct + Duration::days(fwd),
                    Tense::Past => dct - Duration::days(back),
                    // No tense: news reports what happened; only the very next day is more
                    // likely ahead than nearly a week back.
                    Tense::Unknown if fwd == 1 && back > 1 => dct + Duration::days(fwd),
                    Tense::Unknown => dct - Duration::days(back),
                };
                // (An untensed next day counts as one ahead for the days after it: "Google
                // and IBM report Tuesday, followed by Apple on Wednesday" on a Monday.)
                let told = if tense == Tense::Unknown && date > dct {
                    Tense::Future
                } else {
                    tense
                };
                d.weekdays
                    .borrow_mut()
                    .push((d.toks[i].start, told, dct + Duration::days(fwd)));
                // A retrospective told day by day ("By Friday, July 30, the gauge read 47
                // feet … On Saturday, the sheriff ordered everyone out"): a past weekday soon
                // after a day of the year it looks back on is the such day nearest that one.
                let date = match (d.anniversary, d.last_day) {
                    (Some((y, _)), Some(a))
                        if tense != Tense::Future
                            && (a.year() - y).abs() <= 1
                            && d.toks[i].start.saturating_sub(d.last_day_at) < 600
                            // ("devoted its coverage to Tuesday's violence": a day named
                            // for what happened on it is news of the DCT's week.)
                            && !possessive
                            // ("Ten years ago Saturday, a bus rolled … On Saturday, the
                            // survivors sang": the weekday of the anniversary is the DCT's.)
                            && !(1..i).any(|k| d.is(k - 1, "ago") && d.is(k, d.w(i)))
                            // ("authorities have charged her stepfather, the Sheriff's
                            // Office said Friday": the day of the telling.)
                            // ("told reporters at a news conference Friday".)
                            && !(1..=6)
                                .take_while(|&b| {
                                    i >= b && !matches!(d.w(i - b), "," | "." | ";" | "that")
                                })
                                .any(|b| {
                                    matches!(
                                        d.w(i - b),
                                        "said" | "says" | "told" | "announced" | "reported"
                                    )
                                })
                            // ("Filipinos marked the 25th anniversary on Wednesday": today's.)
                            && !d.sentence_span(i, 40, 20).any(|k| {
                                matches!(
                                    d.w(k),
                                    "anniversary"
                                        | "marked"
                                        | "marks"
                                        | "commemorated"
                                        | "commemorate"
                                        | "remembered"
                                )
                            })
                            && let Some((b, f)) = weekday_gaps(a, wd) =>
                    {
                        if f <= 4 && f < b {
                            a + Duration::days(f)
                        } else {
                            a - Duration::days(b)
                        }
                    }
                    _ => date,
                };
                ymd(date)
            }
            None => format!("XXXX-WXX-{wd}"),
        };
        match part {
            Some(p) => m(end, TimexType::Time, format!("{day}T{p}")),
            None => m(end, TimexType::Date, day),
        }
    }

    /// yesterday, today, tomorrow, tonight, and the reference words of the lexicon (now,
    /// currently, recently, the future …).
    fn deictic(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let w = d.w(i);
        for (words, value) in &self.lx.refs {
            if words.iter().enumerate().all(|(k, x)| d.w(i + k) == x) {
                return m(i + words.len(), TimexType::Date, value.clone());
            }
        }
        let dct = d.dct;
        // In a quote spoken a day or two before the DCT ("Butler beat Bucknell Thursday
        // afternoon. \"Tonight it finally worked,\" …"), "tonight" and "tomorrow" are the
        // speaker's. ("today" and "yesterday" in quotes mostly keep the DCT.)
        let spoken = match w {
            "tonight" | "tomorrow" => d.spoken_day(i),
            "today" => d.spoken_today(i),
            _ => None,
        };
        let day = spoken.or(dct.and_then(|c| c.date()));
        let shift = |n: i64| {
            day.map(|x| ymd(x + Duration::days(n)))
                .unwrap_or_else(|| "XXXX-XX-XX".into())
        };
        // "yesterday morning", "tomorrow night", "last night": a part of that day.
        let part = self.lx.part.get(d.w(i + 1)).copied();
        // "USA Today": a newspaper.
        if w == "today" && i > 0 && d.is(i - 1, "usa") && d.capitalized(i) {
            return None;
        }
        // "BBC Radio 4's Today programme", "NBC's Today show": a programme's name.
        if w == "today"
            && d.capitalized(i)
            && matches!(d.w(i + 1), "programme" | "program" | "show")
        {
            return None;
        }
        // "will soon begin", "may soon seek", "healthy enough soon to": a time ahead told
        // in a clause that looks ahead (not "as soon as", "soon after", "was soon released",
        // "how soon they may need").
        if w == "soon"
            && !(i > 0 && matches!(d.w(i - 1), "as" | "how" | "too" | "so"))
            && !matches!(
                d.w(i + 1),
                "after" | "before" | "as" | "thereafter" | "enough"
            )
            && d.tense(&self.lx, i, i + 1) == Tense::Future
        {
            return m(i + 1, TimexType::Date, "FUTURE_REF".into());
        }
        match (w, part) {
            ("today", Some(p)) => m(i + 2, TimexType::Time, format!("{}T{p}", shift(0))),
            ("yesterday", Some(p)) => m(i + 2, TimexType::Time, format!("{}T{p}", shift(-1))),
            ("tomorrow", Some(p)) => m(i + 2, TimexType::Time, format!("{}T{p}", shift(1))),
            ("last", Some(p @ ("NI" | "EV"))) => {
                m(i + 2, TimexType::Time, format!("{}T{p}", shift(-1)))
            }
            ("today", None) if self.nowadays(d, i) => {
                m(i + 1, TimexType::Date, "PRESENT_REF".into())
            }
            ("today", None) => m(i + 1, TimexType::Date, shift(0)),
            ("yesterday", None) => m(i + 1, TimexType::Date, shift(-1)),
            ("tomorrow", None) => m(i + 1, TimexType::Date, shift(1)),
            ("tonight", _) => m(i + 1, TimexType::Time, format!("{}TNI", shift(0))),
            // "struck overnight", "overnight losses": the night before the day the text is
            // about, else before the DCT (not "an overnight stay").
            // ("the overnight shift", "with overnight lows near 20": an adjective before its
            // noun, a plain word that is neither a word of grammar nor a verb told past; but
            // "overnight losses in New York" tell what a market did that night.)
            ("overnight", _)
                if d.toks.get(i + 1).is_some_and(|t| t.kind == Tk::Word)
                    && !d.capitalized(i + 1)
                    && !self.lx.in_group(d.w(i + 1), FUNCTION | MOVE)
                    && self.lx.class(d.w(i + 1)) & (PAST | FUTURE) == 0
                    && !d.w(i + 1).ends_with("ed")
                    && !d.w(i + 1).ends_with("ly") =>
            {
                None
            }
            ("overnight", _) if !(i > 0 && matches!(d.w(i - 1), "a" | "an")) => {
                // ("Overnight, temperatures will fall": the coming night.)
                let back = if d.tense(&self.lx, i, i + 1) == Tense::Future {
                    0
                } else {
                    1
                };
                let night = d
                    .day_near(i, 400)
                    .filter(|x| day.is_none_or(|t| *x <= t))
                    .or(day)
                    .map_or_else(|| "XXXX-XX-XX".into(), |x| ymd(x - Duration::days(back)));
                m(i + 1, TimexType::Time, format!("{night}TNI"))
            }
            _ => None,
        }
    }

    /// Whether "today" at token `i` means nowadays: "worse today than ten years ago", or a
    /// sentence opened by "Today" whose verb is in the present after a time long past ("In
    /// 2011, about 35 percent owned one. Today the figure is more than half."; "When I
    /// started out in the 1980s … Today kids walk into school …").
    fn nowadays(&self, d: &Doc<'_>, i: usize) -> bool {
        if d.is(i + 1, "than") {
            return true;
        }
        // "It is known today as volleyball": a name of nowadays. "our commitment is
        // ironclad, today and in the future": now as against later.
        if i > 0 && d.is(i - 1, "known") && d.is(i + 1, "as")
            || d.is(i + 1, "and")
                && (d.is(i + 2, "the") && d.is(i + 3, "future")
                    || matches!(d.w(i + 2), "in" | "into" | "for")
                        && d.is(i + 3, "the")
                        && d.is(i + 4, "future"))
        {
            return true;
        }
        // ("the ash woods we know today", "the technology we use today is safer": what
        // people know or use of nowadays.)
        if i > 1
            && matches!(d.w(i - 2), "we" | "you" | "people")
            && matches!(
                d.w(i - 1),
                "know" | "use" | "see" | "have" | "live" | "understand" | "call" | "enjoy"
            )
        {
            return true;
        }
        // "Phones today carry a person's whole life": a plural subject opening the sentence,
        // then "today" and a present verb.
        if i > 1
            && d.sentence_end(i - 2)
            && d.capitalized(i - 1)
            && d.w(i - 1).len() > 3
            && d.w(i - 1).ends_with('s')
            && !d.w(i - 1).ends_with("ss")
            && !self.lx.month.contains_key(d.w(i - 1))
            && d.toks.get(i + 1).is_some_and(|t| {
                t.kind == Tk::Word
                    && !t.low.ends_with("ed")
                    && self.lx.class(t.low) & (PAST | FUTURE) == 0
            })
        {
            return true;
        }
        // "Customers today expect to see the whole timeline", "most security experts today
        // consider it outdated": people of nowadays, a plural before "today" and a present
        // verb after it (not "Protesters today are marching", a day's doing).
        if i > 0
            && d.toks[i - 1].kind == Tk::Word
            && !d.capitalized(i)
            && {
                let n = d.w(i - 1);
                n == "people"
                    || n.len() > 3
                        && n.ends_with('s')
                        && !n.ends_with("ss")
                        && !n.ends_with("ays")
                        && !self.lx.month.contains_key(n)
                        && self.lx.class(n) & (PAST | FUTURE) == 0
                        && !self.lx.in_group(n, PRESENT)
            }
            && d.toks.get(i + 1).is_some_and(|t| {
                t.kind == Tk::Word
                    && !t.low.ends_with("ed")
                    && self.lx.class(t.low) & PAST == 0
                    && !matches!(
                        t.low,
                        "could" | "may" | "might" | "should" | "can" | "must" | "will" | "would"
                    )
                    && !self.lx.month.contains_key(t.low)
            })
            && !d.w(i + 2).ends_with("ing")
            && (self.lx.in_group(d.w(i + 1), PRESENT)
                || (d.w(i + 1).len() > 3
                    && d.w(i + 1).ends_with('s')
                    && !d.w(i + 1).ends_with("ss"))
                || matches!(
                    d.w(i + 1),
                    "expect"
                        | "regard"
                        | "consider"
                        | "want"
                        | "know"
                        | "think"
                        | "believe"
                        | "see"
                        | "need"
                        | "use"
                        | "pay"
                        | "live"
                        | "work"
                        | "remember"
                        | "say"
                        | "do"
                        | "don"
                ))
        {
            return true;
        }
        // "A lot of habitat that was woods in 1996 is a parking lot today.": a present
        // clause ending with "today" after a year long past in its sentence.
        if matches!(d.w(i + 1), "." | "," | ";")
            && i > 0
            && !matches!(d.w(i - 1), "said" | "says" | "announced" | "reported")
        {
            let now = d.dct.map_or(i32::MAX, |c| c.year);
            let span = d.sentence_span(i, 30, 0);
            // A year long past, or "a decade ago", "20 years ago".
            // ("the highest level since 2008" measures from it.)
            let long_past = span.clone().any(|k| {
                d.year(k).is_some_and(|y| (y as i32) <= now - 5) && !d.is(k - 1, "since")
                    || d.is(k, "ago")
                        && k > span.start
                        && matches!(d.w(k - 1), "decade" | "decades" | "years" | "century")
            });
            let present = span
                .clone()
                .any(|k| self.lx.in_group(d.w(k), PRESENT) && !matches!(d.w(k), "has" | "have"))
                && !span.clone().any(|k| {
                    self.lx.class(d.w(k)) & (PAST | FUTURE) != 0 && k > i.saturating_sub(6)
                });
            if long_past && present {
                return true;
            }
        }
        // ("Today's Birthdays: … is 73": a possessive is the day's.)
        let opens = d.capitalized(i)
            && !d.is(i + 1, "'")
            && (i == 0 || d.sentence_end(i - 1) || d.is(i - 1, "'"));
        // "And today nobody thinks twice."
        let opens =
            opens || (i > 1 && d.is(i - 1, "and") && (d.sentence_end(i - 2) || d.is(i - 2, ":")));
        // ("Five years ago, one pound in 20 went through a website; today it is closer to one
        // in five": after a semicolon, against a time long past.)
        let opens = opens
            || (i > 1 && d.is(i - 1, ";") && {
                (i.saturating_sub(40).max(1)..i - 1)
                    .rev()
                    .take_while(|&k| !matches!(d.w(k), "." | "!" | "?"))
                    .any(|k| {
                        d.is(k, "ago")
                            && matches!(d.w(k - 1), "decade" | "decades" | "years" | "century")
                    })
            });
        if !opens {
            return false;
        }
        // A present verb first, or a sentence with no past or future in it at all ("Today
        // the seven account for roughly 40 percent", "Today he works as a carpenter").
        let words = (i + 1..(i + 25).min(d.toks.len()))
            .map(|k| d.w(k))
            .take_while(|w| !matches!(*w, "." | ";" | "?" | "!"));
        let mut present = None;
        let mut tensed = false;
        let mut prev = "";
        let mut any = false;
        for w in words {
            any = true;
            // (A modal, "Today could be worse", or a progressive, "Today I'm thinking about
            // the beach", tells of the day itself.)
            let modal = matches!(w, "could" | "may" | "might" | "should" | "can" | "must");
            let progressive =
                w.ends_with("ing") && matches!(prev, "m" | "am" | "re" | "is" | "are");
            if self.lx.class(w) & (PAST | FUTURE) != 0 || w.ends_with("ed") || modal || progressive
            {
                tensed = true;
                present.get_or_insert(false);
            } else if self.lx.in_group(w, PRESENT) {
                present.get_or_insert(true);
            }
            prev = w;
        }
        // ("Today" alone, a heading; "NBC's \"Today\" show", a name.)
        let alone = d.text[d.toks[i].end..].starts_with(['\n', '"', '\u{201d}']);
        let present = !alone && any && present.unwrap_or(!tensed);
        if !present {
            return false;
        }
        // A time long past told shortly before: a year two or more back, "ago", a decade.
        let start = d.toks[i].start;
        let before = &d.text[d.window(start, 400).0..start];
        let now = d.dct.map_or(i32::MAX, |c| c.year);
        let long_ago = before.match_indices(" ago").any(|(at, _)| {
            let unit = before[..at].rsplit(' ').next().unwrap_or("");
            matches!(
                unit,
                "year" | "years" | "decade" | "decades" | "century" | "centuries" | "generation"
            )
        });
        long_ago
            || before.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                let digits = w.trim_end_matches('s');
                (digits.len() == 4 || (w.ends_with('s') && digits.len() == 2))
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && (digits.len() == 2 || digits.parse::<i32>().is_ok_and(|y| y <= now - 2))
            })
    }

    /// The day a past clause goes on with when no day is told near: a day long past, or
    /// one of the past week, told up to `STORY_WINDOW` bytes back.
    fn story_day(&self, d: &Doc<'_>, i: usize, end: usize) -> Option<NaiveDate> {
        // "reached a deal late Friday night, less than three days before the walkout set
        // for 12:01 a.m. Monday. Negotiators emerged at about 11:30 p.m.": past a day still
        // to come, a past clause goes on with the last day told of the past week.
        if let Some(near) = d.day_near(i, CLOCK_WINDOW) {
            let today = d.today()?;
            if near > today && d.tense(&self.lx, i, end) == Tense::Past {
                return d
                    .past_day(i)
                    .filter(|&p| p >= today - Duration::days(CLOCK_DAYS));
            }
            // "The quake struck Thursday night …, officials said Friday. It struck at 10:47
            // p.m.": past the day of a report, the story goes on with the day of its events.
            return d
                .event_day
                .filter(|&(ev, at)| {
                    d.last_day_report
                        // (Not in the report's own sentence: "said Thursday morning that 130
                        // people had been brought out by 9 a.m.")
                        && d.text[d.last_day_at..d.toks[i].start].contains(['.', '\n'])
                        && ev < near
                        && ev >= today - Duration::days(CLOCK_DAYS)
                        && d.toks[i].start.saturating_sub(at) < STORY_WINDOW
                        && d.tense(&self.lx, i, end) == Tense::Past
                })
                .map(|(ev, _)| ev);
        }
        let (last, today) = (d.day_near(i, STORY_WINDOW)?, d.today()?);
        ((last < today - Duration::days(180)
            || (last < today && last >= today - Duration::days(CLOCK_DAYS)))
            && d.tense(&self.lx, i, end) == Tense::Past)
            .then_some(last)
    }

    /// A part of the day ending before token `end`: of the day named next ("yesterday",
    /// "Friday"), else of the day just mentioned, else of the DCT.
    fn part_of_day(
        &self,
        d: &Doc<'_>,
        i: usize,
        end: usize,
        part: &str,
        modifier: &'static str,
    ) -> Option<M> {
        let next = match d.w(end) {
            "yesterday" | "today" | "tomorrow" => self.deictic(d, end),
            w if self.lx.weekday.contains_key(w) => self.core(d, end),
            _ => None,
        };
        let (end, day) = match next
            .as_ref()
            .and_then(|n| day_of(&n.value).map(|x| (n.end, x)))
        {
            Some((e, x)) => (e, ymd(x)),
            // ("It had been a hot day, 91 degrees by midafternoon": the story's day.)
            None => match self.story_day(d, i, end) {
                Some(x) => (end, ymd(x)),
                // ("with results expected April 15. Shares rose in early afternoon
                // trading": a day still to come is not the day of a past clause.)
                None if d
                    .day_near(i, CLOCK_WINDOW)
                    .zip(d.today())
                    .is_some_and(|(near, today)| near > today)
                    && d.tense(&self.lx, i, end) == Tense::Past =>
                {
                    (end, ymd(d.today()?))
                }
                None => (end, self.day_in_context(d, i, CLOCK_WINDOW)),
            },
        };
        Some(M {
            end,
            kind: TimexType::Time,
            value: format!("{day}T{part}"),
            modifier: Some(modifier),
        })
    }

    /// early/mid/late + month, year or decade: "mid-July", "late 2021", "early August".
    fn part_of(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let modifier = match d.w(i) {
            "early" => "START",
            "mid" => "MID",
            _ => "END",
        };
        let mut j = i + 1;
        if d.is(j, "-") && d.adjacent(j) {
            j += 1;
        }
        // "mid-afternoon yesterday", "late afternoon", "early Friday morning": a part of
        // the day named after it, else of the day just mentioned.
        if let Some(&p) = self.lx.part.get(d.w(j)) {
            return self.part_of_day(d, i, j + 1, p, modifier);
        }
        let mut inner = self
            .core(d, j)
            .or_else(|| {
                if d.is(j, "the") {
                    self.after_the(d, j + 1)
                } else {
                    // "the late 19th century": a century has no form without "the".
                    self.after_the(d, j).filter(|x| x.value.len() == 2)
                }
            })
            // "late last night", "early this morning": a part of a day, itself bounded.
            .or_else(|| {
                matches!(d.w(j), "last" | "this")
                    .then(|| self.deictic(d, j).or_else(|| self.relative(d, j, false)))
                    .flatten()
                    .filter(|x| x.kind == TimexType::Time && part_only(&x.value))
            })?;
        let part = inner.kind == TimexType::Time && part_only(&inner.value);
        if (inner.kind != TimexType::Date && !part) || inner.value.len() < 2 {
            return None;
        }
        inner.modifier = Some(modifier);
        Some(inner)
    }

    /// A count and a unit: ("20", "years"), ("several", "months"), ("a", "year").
    fn count_unit(&self, d: &Doc<'_>, i: usize) -> Option<(Option<u32>, &'static str)> {
        let len = self.count_len(d, i);
        if len == 0 {
            return None;
        }
        let n = self.count_value(d, i);
        let unit = self.lx.unit.get(d.w(i + len - 1)).copied()?;
        Some((n, unit))
    }

    /// Tokens of "count unit" at `i`, 0 if none.
    /// A bare plural unit the words around make an unstated span of time: paired with
    /// another ("weeks, perhaps months", "in days, not months", "months or even years"),
    /// the object of a verb of waiting or lasting ("waited months", "would have taken my
    /// lab decades", "can go weeks without"), measured out ("months away", "decades too
    /// late", "booked months in advance", "years in the making"). ("the weeks before the
    /// shooting" stays untagged: TimeBank anchors it to the event, which is not known here.)
    fn bare_span(&self, d: &Doc<'_>, i: usize) -> bool {
        let plural = |k: usize| {
            matches!(
                d.w(k),
                "years" | "months" | "weeks" | "days" | "decades" | "hours" | "minutes"
            )
        };
        if i > 0
            && matches!(
                d.w(i - 1),
                "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
            )
        {
            return false;
        }
        // Paired: the other plural two or three words away across "or", "not", "," or a dash.
        let links = |a: usize, b: usize| {
            (a + 1..b).all(|k| {
                matches!(
                    d.w(k),
                    "," | "or"
                        | "not"
                        | "if"
                        | "even"
                        | "perhaps"
                        | "maybe"
                        | "rather"
                        | "than"
                        | "-"
                        | "\u{2014}"
                )
            }) && (a + 1..b)
                .any(|k| matches!(d.w(k), "," | "or" | "not" | "rather" | "-" | "\u{2014}"))
        };
        if (i + 2..=i + 4).any(|j| j < d.toks.len() && plural(j) && links(i, j))
            || (2..=4).any(|b| i >= b && plural(i - b) && links(i - b, i))
        {
            return true;
        }
        let next = d.w(i + 1);
        if matches!(next, "away" | "ahead" | "older" | "younger")
            || (next == "too" && matches!(d.w(i + 2), "late" | "early" | "soon" | "long"))
            || (next == "in" && matches!(d.w(i + 2), "advance" | "the") && {
                d.w(i + 2) == "advance" || d.is(i + 3, "making")
            })
            || (next == "without" && i > 0 && self.lx.in_group(d.w(i - 1), SPAN))
        {
            return true;
        }
        // A verb of waiting or lasting, perhaps with a short object between ("taken my lab
        // decades"): not after a determiner.
        if i > 0
            && (self.lx.in_group(d.w(i - 1), SPAN)
                || (matches!(d.w(i - 1), "had" | "has" | "have") && d.is(i + 1, "to")))
        {
            return true;
        }
        i > 2
            && matches!(d.w(i - 3), "take" | "takes" | "took" | "taken" | "taking")
            && matches!(
                d.w(i - 2),
                "my" | "his" | "her" | "their" | "our" | "your" | "its" | "the"
            )
    }

    fn count_len(&self, d: &Doc<'_>, i: usize) -> usize {
        let lx = &self.lx;
        let mut j = i;
        // "125,000 years": a count with thousands separators, before a unit only.
        if d.grouped_num(j).is_some() && lx.unit.contains_key(d.w(j + 1)) {
            return 2;
        }
        if d.num(j).is_some() {
            j += 1;
        } else if lx.number.contains_key(d.w(j)) {
            j += 1;
            // "twenty-five", "two and a half", "a few", "a couple of"
            if d.is(j, "-") && lx.number.contains_key(d.w(j + 1)) {
                j += 2;
            } else if self.tens_units(d, i).is_some() {
                // "twenty four hours"
                j += 1;
            }
            if matches!(d.w(i), "a" | "an") && matches!(d.w(j), "few" | "couple" | "dozen") {
                j += 1;
            }
            if d.is(j, "of") && matches!(d.w(j - 1), "couple" | "dozen") {
                j += 1;
            }
        } else {
            return 0;
        }
        if d.is(j, "-") && d.adjacent(j) {
            j += 1;
        }
        // "two more weeks", "an additional year", "eight trading days"
        if matches!(
            d.w(j),
            "more"
                | "additional"
                | "extra"
                | "further"
                | "trading"
                | "business"
                | "working"
                | "consecutive"
                | "straight"
                | "successive"
        ) && lx.unit.contains_key(d.w(j + 1))
            && !(d.w(j) == "more" && d.is(j + 2, "than"))
        {
            j += 1;
        }
        // "second", "quarter", "weekend" count only after a number ("two quarters").
        let counted = (lx.unit.contains_key(d.w(j))
            && !matches!(d.w(j), "second" | "quarter" | "weekend"))
            || (matches!(
                d.w(j),
                "quarter" | "quarters" | "weekend" | "weekends" | "second" | "seconds"
            ) && d.num(i).is_some())
            // "down from 80 million a quarter earlier".
            || (d.is(j, "quarter")
                && j == i + 1
                && d.is(i, "a")
                && matches!(d.w(j + 1), "earlier" | "ago"));
        if counted { j + 1 - i } else { 0 }
    }

    /// "twenty four": a multiple of ten in words followed by a unit digit in words.
    fn tens_units(&self, d: &Doc<'_>, i: usize) -> Option<u32> {
        let tens =
            (*self.lx.number.get(d.w(i))?).filter(|t| *t >= 20 && t % 10 == 0 && *t < 100)?;
        let units = (*self.lx.number.get(d.w(i + 1))?).filter(|u| (1..10).contains(u))?;
        Some(tens + units)
    }

    /// "5 1/2 hours", "two and a half years", "a year and a half": the count's half, as the
    /// TIMEX3 value of the next smaller unit.
    fn half_duration(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        // N 1/2 UNIT
        let (n, unit_at) = if let Some(n) = d.num(i)
            && d.num(i + 1) == Some(1)
            && d.is(i + 2, "/")
            && d.num(i + 3) == Some(2)
            && d.adjacent(i + 2)
            && d.adjacent(i + 3)
        {
            (n, i + 4)
        } else if let Some(n) = self
            .count_value(d, i)
            .filter(|_| !matches!(d.w(i), "a" | "an"))
            && d.is(i + 1, "and")
            && d.is(i + 2, "a")
            && d.is(i + 3, "half")
        {
            (n, i + 4)
        } else if let Some(n) = self
            .count_value(d, i)
            .filter(|_| !matches!(d.w(i), "a" | "an"))
            && (1..=5).all(|k| d.adjacent(i + k))
            && d.is(i + 1, "-")
            && d.is(i + 2, "and")
            && d.is(i + 3, "-")
            && d.is(i + 4, "a")
            && d.is(i + 5, "-")
            && d.is(i + 6, "half")
        {
            // "two-and-a-half years"
            (n, i + 7)
        } else if matches!(d.w(i), "a" | "an" | "one")
            && self.lx.unit.contains_key(d.w(i + 1))
            && d.is(i + 2, "and")
            && d.is(i + 3, "a")
            && d.is(i + 4, "half")
        {
            let unit = self.lx.unit[d.w(i + 1)];
            return m(i + 5, TimexType::Duration, one_and_a_half(unit)?);
        } else {
            return None;
        };
        let unit = *self.lx.unit.get(d.w(unit_at))?;
        m(unit_at + 1, TimexType::Duration, half_value(n, unit)?)
    }

    fn count_value(&self, d: &Doc<'_>, i: usize) -> Option<u32> {
        if let Some(n) = d.num(i).or_else(|| d.grouped_num(i)) {
            return Some(n);
        }
        let w = d.w(i);
        let base = *self.lx.number.get(w)?;
        if let Some(n) = self.tens_units(d, i) {
            return Some(n);
        }
        if d.is(i + 1, "-")
            && let (Some(a), Some(Some(b))) = (base, self.lx.number.get(d.w(i + 2)))
        {
            return Some(a + b);
        }
        if matches!(w, "a" | "an") {
            match d.w(i + 1) {
                "few" => return None,
                "couple" => return Some(2),
                "dozen" => return Some(12),
                _ => {}
            }
        }
        base
    }

    /// Durations ("20 years", "several months", "48 hours") and offsets ("two years ago").
    fn duration(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        if let Some(mt) = self.half_duration(d, i) {
            return Some(mt);
        }
        // "two summers ago", "three winters ago": that season so many back from the last one
        // to end by the DCT (a winter named by the year it begins).
        if let Some(n) = self.count_value(d, i).filter(|&n| (1..=50).contains(&n))
            && let Some(&s) = d
                .w(i + 1)
                .strip_suffix('s')
                .and_then(|x| self.lx.season.get(x))
            && d.is(i + 2, "ago")
            && let Some(c) = d.dct
        {
            let start = season_start(s) as i32;
            let done = if s == "WI" {
                c.year - if c.month >= 3 { 1 } else { 2 }
            } else if c.month as i32 >= start + 3 {
                c.year
            } else {
                c.year - 1
            };
            return m(
                i + 3,
                TimexType::Date,
                format!("{:04}-{s}", done - (n as i32 - 1)),
            );
        }
        // "a quarter-century", "a quarter century ago": 25 years.
        // (Not "its quarter-century low", an adjective.)
        // ("A quarter of a century", "a half-century": 25 and 50 years.)
        // ("the past half century", "the last quarter-century": that span up to now.)
        let q = if d.is(i, "the") && matches!(d.w(i + 1), "past" | "last") {
            i + 2
        } else {
            i + 1
        };
        if matches!(d.w(i), "a" | "the") && matches!(d.w(q), "quarter" | "half") {
            let c = if d.is(q + 1, "-") {
                q + 2
            } else if d.is(q + 1, "of") && d.is(q + 2, "a") {
                q + 3
            } else {
                q + 1
            };
            let years = if d.w(q) == "half" { 50 } else { 25 };
            if d.w(c) == "century" {
                if d.is(c + 1, "ago")
                    && let Some(dct) = d.dct
                {
                    return m(c + 2, TimexType::Date, format!("{:04}", dct.year - years));
                }
                return m(c + 1, TimexType::Duration, format!("P{years}Y"));
            }
        }
        // "a single day", "a full day", "an entire week", "another year": one unit.
        // ("another year passed" too; not "a full-day event", an adjective.)
        let one_more = match (d.w(i), d.w(i + 1)) {
            ("a" | "an", "single" | "full" | "whole" | "entire") => Some(i + 2),
            ("another", _) => Some(i + 1),
            _ => None,
        };
        if let Some(u) = one_more
            && let Some(&unit) = self.lx.unit.get(d.w(u)).filter(|_| !d.w(u).ends_with('s'))
            && !d.is(u + 1, "-")
        {
            return m(u + 1, TimexType::Duration, duration_value(Some(1), unit));
        }
        // "34.6 hours", "4.8 months": a count with a decimal fraction.
        if d.toks.get(i).is_some_and(|t| t.kind == Tk::Num)
            && d.is(i + 1, ".")
            && d.adjacent(i + 1)
            && d.adjacent(i + 2)
            && d.toks.get(i + 2).is_some_and(|t| t.kind == Tk::Num)
            && let Some(&unit) = self.lx.unit.get(d.w(i + 3))
        {
            // ("59.80 seconds" is PT59.8S: the value keeps no trailing zero.)
            let frac = d.w(i + 2).trim_end_matches('0');
            let n = if frac.is_empty() {
                d.w(i).to_string()
            } else {
                format!("{}.{frac}", d.w(i))
            };
            let value = match unit {
                "H" | "MIN" | "S" => format!("PT{n}{}", &unit[..1]),
                "Y" | "M" | "W" | "D" => format!("P{n}{unit}"),
                _ => return None,
            };
            return m(i + 4, TimexType::Duration, value);
        }
        let len = self.count_len(d, i);
        if len == 0 {
            // Bare plural units: "years", "decades" ("for years")
            let w = d.w(i);
            let plural = matches!(
                w,
                "years"
                    | "months"
                    | "weeks"
                    | "days"
                    | "decades"
                    | "hours"
                    | "centuries"
                    | "minutes"
                    | "seconds"
            );
            // "years ago", "just months ago": an unstated time back.
            if plural && d.is(i + 1, "ago") {
                return m(i + 2, TimexType::Date, "PAST_REF".into());
            }
            // "Hours later", "minutes before the quake", "days after the attack", "weeks of
            // talks": an unstated span. After a determiner or an adjective the plural belongs
            // to a longer phrase ("the heady days of", "a matter of days").
            // "Minutes of the Fed's March meeting": the record of a meeting.
            let record = w == "minutes"
                && (i + 1..(i + 13).min(d.toks.len())).any(|k| {
                    matches!(
                        d.w(k),
                        "meeting" | "meetings" | "session" | "committee" | "board" | "fomc"
                    )
                });
            if plural
                && !record
                && (d.is(i + 1, "later")
                    || (matches!(d.w(i + 1), "before" | "after" | "earlier" | "of")
                        && !(i > 0
                            && (d.toks[i - 1].kind != Tk::Word
                                && !matches!(d.w(i - 1), "," | "." | ";" | ":")
                                || matches!(
                                    d.w(i - 1),
                                    "the"
                                        | "a"
                                        | "an"
                                        | "these"
                                        | "those"
                                        | "its"
                                        | "their"
                                        | "his"
                                        | "her"
                                        | "our"
                                        | "my"
                                        | "your"
                                        | "of"
                                        | "early"
                                        | "first"
                                        | "last"
                                        | "final"
                                        | "few"
                                        | "many"
                                        | "some"
                                        | "more"
                                        | "than"
                                )))))
            {
                return m(
                    i + 1,
                    TimexType::Duration,
                    duration_value(None, self.lx.unit[w]),
                );
            }
            if plural && self.bare_span(d, i) {
                return m(
                    i + 1,
                    TimexType::Duration,
                    duration_value(None, self.lx.unit[w]),
                );
            }
            if plural
                && i > 0
                && matches!(
                    d.w(i - 1),
                    "for"
                        | "in"
                        | "over"
                        | "within"
                        | "just"
                        | "only"
                        | "last"
                        | "lasted"
                        | "lasts"
                        | "take"
                        | "takes"
                        | "took"
                        | "spent"
                )
            {
                let u = self.lx.unit[w];
                return m(i + 1, TimexType::Duration, duration_value(None, u));
            }
            // "half an hour", "half a day"
            if w == "half"
                && matches!(d.w(i + 1), "a" | "an")
                && let Some(&u) = self.lx.unit.get(d.w(i + 2))
            {
                // "half a century ago", "half a decade ago": the year so long before.
                if d.is(i + 3, "ago")
                    && let Some(c) = d.dct
                    && let Some(years) = match u {
                        "CE" => Some(50),
                        "DE" => Some(5),
                        _ => None,
                    }
                {
                    return m(i + 4, TimexType::Date, format!("{:04}", c.year - years));
                }
                return m(i + 3, TimexType::Duration, half_of(u)?.into());
            }
            // "a weeklong festival", "a yearlong probe"
            if let Some(stem) = w.strip_suffix("long")
                && let Some(&u) = self.lx.unit.get(stem).filter(|_| !stem.ends_with('s'))
            {
                return m(i + 1, TimexType::Duration, duration_value(Some(1), u));
            }
            // "a decades-long battle", "a day-long meeting", "a years-old slump"
            if let Some(&u) = self.lx.unit.get(w)
                && d.is(i + 1, "-")
                && d.adjacent(i + 1)
                && (d.w(i + 2) == "long" || (d.w(i + 2) == "old" && plural))
                && d.adjacent(i + 2)
                && !(i > 0 && d.is(i - 1, "-") && d.adjacent(i))
            {
                let n = if plural { None } else { Some(1) };
                return m(i + 3, TimexType::Duration, duration_value(n, u));
            }
            return None;
        }
        let n = self.count_value(d, i);
        let unit = self.lx.unit.get(d.w(i + len - 1)).copied()?;
        let mut end = i + len;
        // "a decade-long war": the adjective alone is the duration; "a two-week-long trial":
        // the whole adjective.
        if d.is(end, "-") && d.is(end + 1, "long") && d.adjacent(end) && d.adjacent(end + 1) {
            if matches!(d.w(i), "a" | "an") {
                return None;
            }
            end += 2;
        }
        // "6-year-old", "52 years old", "15 months of age" are ages, not times; so are
        // "aged 8 months", "range in age from 8 months to 41 years".
        let aged = (1..=8)
            .take_while(|&b| {
                i >= b
                    && (d.toks[i - b].kind == Tk::Num
                        || matches!(
                            d.w(i - b),
                            "age"
                                | "ages"
                                | "aged"
                                | "from"
                                | "between"
                                | "to"
                                | "and"
                                | "in"
                                | "months"
                                | "years"
                                | "weeks"
                                | "days"
                                | "-"
                                | "\u{2013}"
                        )
                        || self.lx.number.contains_key(d.w(i - b)))
            })
            // (Not the verb: "Gavin has aged ten years in the last year".)
            .any(|b| {
                matches!(d.w(i - b), "age" | "ages")
                    || d.is(i - b, "aged")
                        && !(i > b && matches!(d.w(i - b - 1), "has" | "have" | "had" | "ve"))
            });
        if (d.is(end, "-") && matches!(d.w(end + 1), "old" | "olds"))
            || d.is(end, "old")
            || (d.is(end, "of") && d.is(end + 1, "age"))
            || aged
        {
            return None;
        }
        // "2 hours 15 minutes", "three hours and 10 minutes": one span.
        if unit == "H"
            && let Some(h) = n
        {
            let k = if d.is(end, "and") { end + 1 } else { end };
            if let Some(mins) = d
                .num(k)
                .or_else(|| self.lx.number.get(d.w(k)).copied().flatten())
                .filter(|m| (1..60).contains(m))
                && matches!(d.w(k + 1), "minutes" | "minute" | "mins")
            {
                return m(k + 2, TimexType::Duration, format!("PT{h}H{mins}M"));
            }
        }
        // "a week or so", "a year or so ago": an approximate count.
        let approx = d.is(end, "or") && d.is(end + 1, "so");
        if approx {
            end += 2;
        }
        // "a week from Friday", "three days from tomorrow": counted from that day, to the day.
        // ("a year from now" stays a span and a PRESENT_REF, as annotated.)
        // (Not a rate: "will lose £22 a week from Monday".)
        if d.is(end, "from")
            && !(d.is(i, "a") && i > 0 && d.toks[i - 1].kind == Tk::Num)
            && let Some(n) = n
        {
            let forward = n as i64;
            // The day counted from lies ahead: "tomorrow", or the coming weekday.
            let ahead = match d.w(end + 1) {
                "tomorrow" => Some(1),
                w => self.lx.weekday.get(w).zip(d.today()).map(|(&wd, a)| {
                    (wd as i64 - a.weekday().num_days_from_monday() as i64 - 1).rem_euclid(7)
                }),
            };
            if let Some(ahead) = ahead
                && let Some(a) = d.today()
            {
                let day = a + Duration::days(ahead);
                let value = match unit {
                    "D" => ymd(day + Duration::days(forward)),
                    "W" => ymd(day + Duration::weeks(forward)),
                    _ => offset(day, forward, unit),
                };
                return m(end + 2, TimexType::Date, value).map(|x| with_approx(x, approx));
            }
        }
        // "a few years from now": an unstated time ahead (a counted one stays a span and
        // "now": "a year from now").
        if n.is_none() && d.is(end, "from") && d.is(end + 1, "now") {
            return m(end + 2, TimexType::Date, "FUTURE_REF".into());
        }
        // "two years back," "a few years back": spoken for "ago" when the clause ends there.
        // (Not "set us two years back on the plan", "moved a week back to Friday".)
        let back_for_ago = d.is(end, "back")
            && !matches!(
                d.w(end + 1),
                "to" | "into"
                    | "in"
                    | "on"
                    | "from"
                    | "up"
                    | "down"
                    | "at"
                    | "by"
                    | "with"
                    | "of"
                    | "for"
            );
        // "two years ago", "three days earlier". ("Three days later" stays a span: TimeBank
        // marks "three days" and leaves "later" as the signal relating it to the event before.)
        // ("three weeks earlier than planned": a comparison; the span is the expression.)
        // ("the last frost now comes about 10 days earlier", "breakup comes a week earlier,
        // on average", "moved peak bloom about three days earlier", "go to bed 15 minutes
        // earlier tonight": a shift against what is usual, not a date.)
        let comparison = d.w(end) == "earlier"
            && (d.is(end + 1, "than")
                || d.is(end + 1, "on") && d.is(end + 2, "average")
                || d.is(end + 1, ",") && d.is(end + 2, "on") && d.is(end + 3, "average")
                || matches!(d.w(end + 1), "tonight" | "each" | "every")
                || (1..=8).any(|b| {
                    i.checked_sub(b).is_some_and(|p| {
                        matches!(
                            d.w(p),
                            "now" | "moved" | "move" | "moves" | "shifted" | "shift" | "shifts"
                        ) && !(p + 1..i).any(|q| matches!(d.w(q), "." | ";" | "," | "that"))
                            // (Not a move of house: "had moved to Georgia two years earlier",
                            // "a flat he had moved out of a week earlier".)
                            && !(d.w(p) != "now"
                                && (p + 1..i).any(|q| {
                                    matches!(
                                        d.w(q),
                                        "to" | "out" | "from" | "into" | "in" | "away" | "back"
                                    )
                                }))
                    })
                }));
        if (matches!(d.w(end), "ago" | "earlier" | "hence") || back_for_ago) && !comparison {
            let back = d.w(end) != "hence";
            // "ago" and "hence" count from the DCT; "earlier" from the date just told, which
            // for years may be a year alone ("in 1973 … 40 years earlier").
            let year_told = d
                .written_year
                .filter(|(y, at)| {
                    // (Not when a date of another year was told since: "Starting in 2016 …
                    // In March, … more than it paid a year earlier.")
                    matches!(unit, "Y" | "DE")
                        && *at > d.last_day_at
                        && d.last_year == Some(*y)
                        && !(d.written_by_season
                            && d.text[*at..d.toks[i].start].contains(['.', '\n']))
                })
                .and_then(|(y, _)| NaiveDate::from_ymd_opt(y, 1, 1));
            // ("was hired in March 2010. She had been fired a year earlier": from the month
            // told, for years.)
            // ("Sales fell 10 percent in December from a year earlier": a comparison is with
            // the month of its sentence, with or without its year.)
            // ("from a year earlier", "from 7.9% a month earlier", "than $3.2 billion a year
            // earlier".)
            let comparison = (1..=5).any(|b| {
                i.checked_sub(b).is_some_and(|p| {
                    matches!(d.w(p), "from" | "than" | "with" | "over")
                        && (p + 1..i).all(|q| {
                            d.toks[q].kind != Tk::Word
                                || matches!(
                                    d.w(q),
                                    "percent" | "million" | "billion" | "trillion" | "cents"
                                )
                        })
                })
            });
            // ("narrowed to 3.41% in the fourth quarter from 3.55% a quarter earlier".)
            let quarter_told = d
                .last_quarter
                .filter(|_| {
                    unit == "Q"
                        && d.last_quarter_at > d.last_day_at
                        && d.last_quarter_at >= d.last_month_at
                })
                .and_then(|(y, q)| NaiveDate::from_ymd_opt(y, 3 * q - 2, 1));
            // ("fell to 7.7% in February from 7.9% a month earlier", "80 million at the end
            // of December, down from 80 million a quarter earlier".)
            let month_of_sentence = d.last_month.filter(|_| {
                (comparison || unit == "Q")
                    && matches!(unit, "Y" | "DE" | "M" | "Q")
                    && d.last_month_at > d.last_day_at
                    && d.text
                        .get(d.last_month_at..d.toks[i].start)
                        .is_some_and(|t| !t.contains(". ") && !t.contains('\n'))
            });
            // (A figure compared "from a year earlier" with no month in its sentence is the
            // latest figure's, not that of a month told before: "Unemployment peaked in
            // October 2009. Earnings were up 2.0 percent from a year earlier.")
            let data_comparison = comparison && n == Some(1);
            let month_told = month_of_sentence
                .or_else(|| {
                    d.last_month.filter(|_| {
                        d.last_month_written
                            && matches!(unit, "Y" | "DE" | "M")
                            && d.last_month_at > d.last_day_at
                            && !data_comparison
                    })
                })
                .and_then(|(y, mo)| NaiveDate::from_ymd_opt(y, mo, 1));
            // ("rose to 26 miles an hour in the fourth quarter from 23 two years earlier",
            // after "named chief operating officer in 2010": the quarter of the sentence.)
            let quarter_here = d
                .last_quarter
                .filter(|_| {
                    matches!(unit, "Y" | "DE")
                        && d.last_quarter_at > d.last_day_at
                        && d.written_year.is_none_or(|(_, at)| d.last_quarter_at > at)
                        && d.one_sentence(d.last_quarter_at, i)
                })
                // (Not a quarter still ahead.)
                .filter(|&(y, q)| d.quarter_begun(y, q))
                .and_then(|(y, q)| NaiveDate::from_ymd_opt(y, 3 * q - 2, 1));
            // ("So far this year, 41 deals were announced, compared with 37 in the same
            // period a year earlier", after "signed in July 2010": the year of the sentence.)
            let year_here = d
                .year_only
                .filter(|&(_, at)| {
                    matches!(unit, "Y" | "DE")
                        && at > d.last_day_at
                        && at > d.last_month_at
                        && d.last_quarter_at < at
                        && d.one_sentence(at, i)
                })
                .and_then(|(y, _)| NaiveDate::from_ymd_opt(y, 1, 1));
            // ("approved the bill on a party-line vote a week earlier", past a day ahead
            // told since, "ends June 30, 2015": a past clause counts from the last day told
            // not after the DCT.)
            let last_day = match (d.last_day, d.today()) {
                (Some(l), Some(t)) if l > t && d.tense(&self.lx, i, end + 1) == Tense::Past => {
                    d.past_days.last().map(|p| p.0).or(Some(t))
                }
                (l, _) => l,
            };
            let anchor = if d.w(end) != "earlier" {
                d.today()
            } else {
                quarter_here
                    .or(year_here)
                    .or(year_told)
                    .or(quarter_told)
                    .or(month_told)
                    .or(last_day)
                    .or(d.today())
            };
            // Quarterly reports: "a year ago" next to "the third quarter" is that quarter
            // a year before.
            // (Not a quarter still ahead: "a forecast for the first quarter of 2015 … down
            // from $3.27 a year ago" in December 2014.)
            // ("A year ago, the board surprised markets": a time of the story opening its
            // sentence, not a comparison of quarters.)
            let opens_sentence = d.is(end + 1, ",") && (i == 0 || d.sentence_end(i - 1));
            let near_quarter = d.last_quarter.filter(|&(y, q)| {
                unit == "Y"
                    && n == Some(1)
                    && !opens_sentence
                    && d.toks[i].start.saturating_sub(d.last_quarter_at) < 400
                    && d.quarter_begun(y, q)
            });
            if let Some((y, q)) = near_quarter {
                return m(end + 1, TimexType::Date, format!("{:04}-Q{q}", y - 1));
            }
            // "Twenty years ago today": that very day, so many years back.
            if d.w(end) == "ago"
                && d.is(end + 1, "today")
                && let (Some(a), Some(n)) = (anchor, n)
                && matches!(unit, "Y" | "M" | "W" | "D")
            {
                let day = match unit {
                    "Y" => a.with_year(a.year() - n as i32),
                    "M" => a.checked_sub_months(chrono::Months::new(n)),
                    "W" => a.checked_sub_signed(Duration::weeks(n as i64)),
                    _ => a.checked_sub_signed(Duration::days(n as i64)),
                };
                if let Some(day) = day {
                    return m(end + 2, TimexType::Date, ymd(day));
                }
            }
            // "Twenty years ago Thursday": the anniversary of the DCT's nearest such day (this
            // week's, past or ahead), so many years back.
            if d.w(end) == "ago"
                && let Some(&wd) = self.lx.weekday.get(d.w(end + 1))
                && let (Some(a), Some(n)) = (anchor, n)
                && matches!(unit, "Y" | "DE")
                && let Some((b, f)) = weekday_gaps(a, wd)
            {
                let years = if unit == "DE" { n * 10 } else { n } as i32;
                let near = if f < b {
                    a + Duration::days(f)
                } else {
                    a - Duration::days(b)
                };
                if let Some(day) = near.with_year(near.year() - years) {
                    return m(end + 2, TimexType::Date, ymd(day));
                }
            }
            // "Fifty years ago this summer", "a decade ago this week": that week, month or
            // season so many years back.
            if d.w(end) == "ago"
                && d.is(end + 1, "this")
                && let (Some(a), Some(n)) = (anchor, n)
                && matches!(unit, "Y" | "DE")
            {
                let years = if unit == "DE" { n * 10 } else { n } as i32;
                let y = a.year() - years;
                let value = match d.w(end + 2) {
                    "week" => a.with_year(y).map(iso_week),
                    "month" => Some(format!("{y:04}-{:02}", a.month())),
                    w => self.lx.season.get(w).map(|s| format!("{y:04}-{s}")),
                };
                if let Some(v) = value {
                    return m(end + 3, TimexType::Date, v);
                }
            }
            let value = match (anchor, n) {
                (Some(a), Some(n)) => offset(a, n as i64 * if back { -1 } else { 1 }, unit),
                (Some(_), None) => {
                    if back {
                        "PAST_REF".into()
                    } else {
                        "FUTURE_REF".into()
                    }
                }
                _ => "XXXX".into(),
            };
            return m(end + 1, TimexType::Date, value).map(|x| with_approx(x, approx));
        }
        let value = duration_value(n, unit);
        // "a day" alone is too vague to be useful ("a day of mourning"), except as a set or
        // offset handled above, a span ("for a day") or a distance from an event ("a day
        // after the storm", "a day later").
        if matches!(d.w(i), "a" | "an")
            && unit == "D"
            && !matches!(d.w(i.wrapping_sub(1)), "for" | "within" | "in" | "than")
            && !matches!(d.w(end), "after" | "before" | "later")
            && !comparison
        {
            return None;
        }
        m(end, TimexType::Duration, value).map(|x| with_approx(x, approx))
    }

    /// this/last/next/past/coming/earlier/later/recent + unit or season.
    fn relative(&self, d: &Doc<'_>, i: usize, after_the: bool) -> Option<M> {
        let lx = &self.lx;
        let w = d.w(i);
        let dct = d.dct;
        // "we should have found this years ago": "this" before a plural unit is no time.
        if w == "this"
            && matches!(
                d.w(i + 1),
                "years" | "months" | "weeks" | "days" | "decades"
            )
        {
            return None;
        }
        // A sports story's "this season", "last season": the year the season is played in.
        if matches!(w, "this" | "last" | "next")
            && d.is(i + 1, "season")
            // ("Last season", "this season" are the year's whatever the sentence tells; "the
            // last season of the show" orders; "next season" only in a game's story.)
            && (w != "next" || d.game_sentence(lx, i))
            && !(w == "last"
                && (after_the
                    || i > 0
                        && matches!(
                            d.w(i - 1),
                            "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your"
                        )))
            && let Some(c) = dct
        {
            let y = c.year
                + match w {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
            return m(i + 2, TimexType::Date, format!("{y:04}"));
        }
        // "the last day of classes", "his last year in office": "last" orders, it does not
        // point back from now (what the article makes of it was read with the article).
        // ("doctors had warned her last month that she risked damage": "her" the object of
        // a verb, when the clause goes on with no noun of the ordered thing.)
        let object_her = i > 1
            && d.is(i - 1, "her")
            && !d.w(i + 1).ends_with('s')
            && !matches!(
                d.w(i - 2),
                "in" | "on" | "at" | "of" | "for" | "during" | "since"
            )
            && matches!(
                d.w(i + 2),
                "that" | "," | "." | ";" | "and" | "when" | "to" | "about" | "after" | "before"
            );
        if w == "last"
            && !after_the
            && i > 0
            && !object_her
            && matches!(
                d.w(i - 1),
                "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your"
            )
        {
            return None;
        }
        // "Earlier yesterday", "later today": the adverb is part of the expression, as in
        // "earlier this week" (a weekday keeps it out: "Earlier Friday" tags "Friday").
        if matches!(w, "earlier" | "later")
            && matches!(d.w(i + 1), "today" | "yesterday" | "tomorrow" | "tonight")
        {
            return self.deictic(d, i + 1);
        }
        // "later in the week", "later this week", told on a Sunday: the rest of the ISO week
        // is gone, so the week meant is the one starting tomorrow.
        let sunday_later = |mut inner: M| {
            if w == "later"
                && let Some((this, next)) = d.sunday_weeks()
                && inner.value == this
            {
                inner.value = next;
            }
            inner
        };
        // earlier this year / later this month
        if matches!(w, "earlier" | "later") && matches!(d.w(i + 1), "this" | "that") {
            // "earlier this year" is the year up to now, not its first third: the value is
            // the year itself, as TimeML annotates it.
            let inner = sunday_later(self.relative(d, i + 1, false)?);
            // "later this afternoon": a part of the day as well.
            let part = inner.kind == TimexType::Time && part_only(&inner.value);
            if d.w(i + 1) == "this" && (inner.kind == TimexType::Date || part) {
                return Some(inner);
            }
            return None;
        }
        // "earlier in the year", "later in the week": that unit, by the DCT.
        if matches!(w, "earlier" | "later")
            && d.is(i + 1, "in")
            && d.is(i + 2, "the")
            && matches!(d.w(i + 3), "year" | "month" | "week" | "day")
            && let Some(inner) = self.after_the(d, i + 3)
            && inner.kind == TimexType::Date
        {
            return Some(sunday_later(inner));
        }
        // "recent months", "the past few years", "the coming days"
        let w = if w == "approaching" || w == "upcoming" {
            "coming"
        } else {
            w
        };
        if matches!(
            w,
            "recent" | "coming" | "past" | "last" | "next" | "previous"
        ) {
            let mut j = i + 1;
            let mut count: Option<Option<u32>> = None;
            if matches!(d.w(j), "few" | "several" | "couple") {
                // ("the next couple of years": two, as "a couple of years" is.)
                count = Some((d.w(j) == "couple").then_some(2));
                j += 1;
                if d.is(j, "of") {
                    j += 1;
                }
            } else if let Some(n) = d.num(j).or_else(|| {
                lx.number
                    .get(d.w(j))
                    .copied()
                    .flatten()
                    .filter(|_| !matches!(d.w(j), "a" | "an"))
            }) {
                // "the last twenty four hours", "the past twenty-five years"
                if let Some(n) = self.tens_units(d, j) {
                    count = Some(Some(n));
                    j += 2;
                } else if d.num(j).is_none()
                    && d.is(j + 1, "-")
                    && d.adjacent(j + 1)
                    && let Some(u) = lx.number.get(d.w(j + 2)).copied().flatten()
                    && n >= 20
                    && n % 10 == 0
                    && (1..10).contains(&u)
                {
                    count = Some(Some(n + u));
                    j += 3;
                } else {
                    count = Some(Some(n));
                    j += 1;
                }
            }
            // "could last two weeks", "could last weeks": the verb, not "the last" ("that
            // last year" is the adjective).
            let verb = w == "last"
                && (count.is_some() || d.w(j).ends_with('s'))
                && i > 0
                && matches!(
                    d.w(i - 1),
                    "could"
                        | "would"
                        | "will"
                        | "may"
                        | "might"
                        | "should"
                        | "can"
                        | "must"
                        | "to"
                        | "which"
                        | "that"
                        | "not"
                        | "t"
                        | "ll"
                        | "also"
                        | "only"
                        | "usually"
                        | "typically"
                        | "often"
                        | "normally"
                        | "generally"
                );
            if verb {
                return None;
            }
            let uw = d.w(j);
            if let Some(&unit) = lx.unit.get(uw) {
                let plural = uw.ends_with('s');
                if plural || count.is_some() {
                    // A span back from or forward of the DCT.
                    let kind_ref = match w {
                        "recent" | "past" | "last" | "previous" => "PAST_REF",
                        _ => "FUTURE_REF",
                    };
                    if w == "recent"
                        || (count.is_none() && matches!(w, "coming" | "next" | "past"))
                            && !after_the
                    {
                        return m(j + 1, TimexType::Date, kind_ref.into());
                    }
                    if count.is_none() && matches!(w, "coming") {
                        return m(j + 1, TimexType::Date, kind_ref.into());
                    }
                    let n = count.flatten();
                    return m(j + 1, TimexType::Duration, duration_value(n, unit));
                }
                // last/next/this/past + single unit
                let dir: i32 = match w {
                    "last" | "past" | "previous" => -1,
                    "next" | "coming" => 1,
                    _ => 0,
                };
                // "the last century": the one before the DCT's, a date.
                if w == "last" && unit == "CE" {
                    return m(j + 1, TimexType::Date, calendar_unit(dct, -1, unit)?);
                }
                if after_the && matches!(w, "past" | "last") {
                    // "the last day of classes", "the last year of his term": a part of
                    // something else, no span back from now.
                    if d.is(j + 1, "of") {
                        return None;
                    }
                    // ("the last year and a half": P18M, as "a year and a half".)
                    if d.is(j + 1, "and") && d.is(j + 2, "a") && d.is(j + 3, "half") {
                        return m(j + 4, TimexType::Duration, one_and_a_half(unit)?);
                    }
                    // "the past year" is a duration in TimeML
                    return m(j + 1, TimexType::Duration, duration_value(Some(1), unit));
                }
                // "over the next decade", "within the next century", "sell ships over the
                // next year": a span ahead. ("closed over the next year or so" is a year
                // ahead, about, as TimeBank tags it.)
                // ("would remain bitterly cold throughout the coming week": the calendar
                // week ahead, as writers tag it.)
                if after_the
                    && matches!(w, "next" | "coming")
                    && !(w == "coming" && unit == "W")
                    && (matches!(unit, "DE" | "CE") || !(d.is(j + 1, "or") && d.is(j + 2, "so")))
                    && i >= 2
                    && matches!(
                        d.w(i - 2),
                        "over" | "within" | "during" | "for" | "throughout"
                    )
                {
                    return m(j + 1, TimexType::Duration, duration_value(Some(1), unit));
                }
                return m(j + 1, TimexType::Date, calendar_unit(dct, dir, unit)?);
            }
            if let Some(&s) = lx.season.get(uw) {
                let Some(c) = dct else {
                    return m(j + 1, TimexType::Date, format!("XXXX-{s}"));
                };
                // A season is over once its third month has passed.
                let over = season_start(s) + 2 < c.month;
                let y = match w {
                    "next" | "coming" => {
                        if season_start(s) > c.month {
                            c.year
                        } else {
                            c.year + 1
                        }
                    }
                    // "last spring" in October is the year before's (TimeBank: "last
                    // spring" on 1989-10-26 is 1988-SP): "this spring" would name this
                    // year's; "the past summer" is the one just over.
                    "last" if s != "WI" && !after_the => c.year - 1,
                    _ => {
                        if over {
                            c.year
                        } else {
                            c.year - 1
                        }
                    }
                };
                return m(j + 1, TimexType::Date, format!("{y:04}-{s}"));
            }
            // "extending enrollment past March 31", "running past Sept. 30": "past" as a
            // preposition ("this past Monday", "the past March" keep it).
            if w == "past"
                && !after_the
                && !(i > 0 && matches!(d.w(i - 1), "this" | "the"))
                && (lx.weekday.contains_key(uw) || lx.month.contains_key(uw))
            {
                return None;
            }
            if let Some(&wd) = lx.weekday.get(uw) {
                let c = dct.and_then(|c| c.date())?;
                let (back, fwd) = weekday_gaps(c, wd)?;
                // ("next Thursday" on a Wednesday is not tomorrow either.)
                let date = if matches!(w, "next" | "coming" | "upcoming") {
                    c + Duration::days(if fwd == 0 || (fwd == 1 && w == "next") {
                        fwd + 7
                    } else {
                        fwd
                    })
                } else {
                    // "last Tuesday" on a Wednesday is not yesterday (that would be
                    // "yesterday"), but the Tuesday a week before.
                    c - Duration::days(if back <= 1 { back + 7 } else { back })
                };
                // "last Friday night", "next Monday morning"
                if let Some(&part) = lx.part.get(d.w(j + 1)) {
                    return m(j + 2, TimexType::Time, format!("{}T{part}", ymd(date)));
                }
                return m(j + 1, TimexType::Date, ymd(date));
            }
            if let Some(&month) = lx.month.get(uw) {
                let c = dct?;
                // "last Oct. 23", "next March 6": the nearest such day on that side of the DCT.
                if let Some(day) = self.month_expr(d, j, month).filter(|x| {
                    x.value.len() == 10 && !(j..x.end).any(|k| d.num(k).is_some_and(|y| y >= 1000))
                }) && let Some(date) = day_of(&day.value)
                    && let Some(today) = c.date()
                {
                    let this = date.with_year(c.year)?;
                    let y = match (w == "next", this < today) {
                        (true, true) => c.year + 1,
                        (false, false) => c.year - 1,
                        _ => c.year,
                    };
                    return m(day.end, TimexType::Date, ymd(this.with_year(y)?));
                }
                let y = if w == "next" {
                    if month > c.month { c.year } else { c.year + 1 }
                } else if month < c.month {
                    c.year
                } else {
                    c.year - 1
                };
                return m(j + 1, TimexType::Date, format!("{y:04}-{month:02}"));
            }
            return None;
        }
        if w == "this" {
            let uw = d.w(i + 1);
            if uw == "weekend" {
                return m(i + 2, TimexType::Date, self.weekend(d, i + 1)?);
            }
            // ("Forecasters have warned of more snow this week", told on a Sunday: a week
            // ahead is the one starting tomorrow.)
            if uw == "week"
                && let Some((_, next)) = d.sunday_weeks()
                // (Not "No. 3 in this week's poll": a week's ranking is the week's own.)
                && !d.is(i + 2, "'")
                && self.clause_tense(d, i, i + 2) == Tense::Future
            {
                return m(i + 2, TimexType::Date, next);
            }
            if let Some(&unit) = lx.unit.get(uw) {
                return m(i + 2, TimexType::Date, calendar_unit(dct, 0, unit)?);
            }
            if let Some(&s) = lx.season.get(uw) {
                let y = dct
                    .map(|c| c.year.to_string())
                    .unwrap_or_else(|| "XXXX".into());
                return m(i + 2, TimexType::Date, format!("{y}-{s}"));
            }
            if let Some(&part) = lx.part.get(uw) {
                let day = dct
                    .and_then(|c| c.date())
                    .map(ymd)
                    .unwrap_or_else(|| "XXXX-XX-XX".into());
                return m(i + 2, TimexType::Time, format!("{day}T{part}"));
            }
            if let Some(&month) = lx.month.get(uw).filter(|_| d.capitalized(i + 1)) {
                let y = dct
                    .map(|c| c.year.to_string())
                    .unwrap_or_else(|| "XXXX".into());
                return m(i + 2, TimexType::Date, format!("{y}-{month:02}"));
            }
            // "this Sunday": the Sunday of the DCT's week (Monday to Sunday).
            if let Some(&wd) = lx.weekday.get(uw) {
                if let Some(c) = dct.and_then(|c| c.date()) {
                    let monday = c - Duration::days(c.weekday().num_days_from_monday() as i64);
                    let part = lx.part.get(d.w(i + 2)).copied();
                    let day = ymd(monday + Duration::days(wd as i64 - 1));
                    return match part {
                        Some(p) => m(i + 3, TimexType::Time, format!("{day}T{p}")),
                        None => m(i + 2, TimexType::Date, day),
                    };
                }
                return self.weekday_expr(d, i + 1, wd).map(|mut x| {
                    x.end = x.end.max(i + 2);
                    x
                });
            }
            // "this past week" on a Saturday or Sunday: the week now ending.
            if uw == "past"
                && d.is(i + 2, "week")
                && let Some(day) = d.today()
                && day.weekday().num_days_from_monday() >= 5
            {
                return m(i + 3, TimexType::Date, iso_week(day));
            }
            // "this past Sunday", "this coming Sunday"
            if matches!(uw, "past" | "coming" | "upcoming")
                && (lx.weekday.contains_key(d.w(i + 2))
                    || matches!(d.w(i + 2), "weekend" | "week" | "month" | "year"))
            {
                return self.relative(d, i + 1, false);
            }
        }
        None
    }

    /// that morning, that day, the next day, the same week, the day before.
    fn anaphoric(&self, d: &Doc<'_>, i: usize) -> Option<M> {
        let anchor = d.day_told();
        // A month mentioned without a day ("In March … the following month") anchors months.
        let month_anchor = d
            .last_month
            .or_else(|| anchor.map(|a| (a.year(), a.month())))
            .or_else(|| d.dct.map(|c| (c.year, c.month)));
        // ("from the prior month": the previous one.)
        let w = match d.w(i) {
            "prior" => "previous",
            w => w,
        };
        let fmt = |day: Option<NaiveDate>| day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into());
        match w {
            "that" | "same" => {
                let uw = d.w(i + 1);
                // "that same day", "that same week": one expression.
                if w == "that"
                    && uw == "same"
                    && !self.lx.month.contains_key(d.w(i + 2))
                    && let Some(mt) = self.anaphoric(d, i + 1)
                {
                    return Some(mt);
                }
                // "the same weekend last year", "the same day a year ago": that unit, a
                // year back from the one the text is about.
                if w == "same"
                    && matches!(uw, "day" | "week" | "weekend" | "month")
                    && ((d.is(i + 2, "last") && d.is(i + 3, "year"))
                        || (d.is(i + 2, "a")
                            && d.is(i + 3, "year")
                            && matches!(d.w(i + 4), "ago" | "earlier")))
                    && let Some(a) = anchor
                {
                    let end = if d.is(i + 2, "last") { i + 4 } else { i + 5 };
                    // (Feb. 29 a year back is Feb. 28.)
                    let back = a
                        .with_year(a.year() - 1)
                        .or_else(|| a.pred_opt()?.with_year(a.year() - 1));
                    let value = match uw {
                        "day" => back.map(ymd),
                        // ("sales in February fell compared with the same month last year":
                        // the month told, a year back.)
                        "month" => month_anchor.map(|(y, mo)| format!("{:04}-{mo:02}", y - 1)),
                        _ => {
                            // The same week of the year: 52 weeks back.
                            let b = a - Duration::weeks(52);
                            let week = iso_week(b);
                            Some(if uw == "weekend" {
                                format!("{week}-WE")
                            } else {
                                week
                            })
                        }
                    };
                    if let Some(v) = value {
                        return m(end, TimexType::Date, v);
                    }
                }
                if let Some(&p) = self.lx.part.get(uw) {
                    return m(i + 2, TimexType::Time, format!("{}T{p}", fmt(anchor)));
                }
                // "that summer", "the same winter": the season of the year last mentioned.
                if let Some(&s) = self
                    .lx
                    .season
                    .get(uw)
                    .filter(|_| uw != "fall" || w == "that")
                {
                    let mut y = d.last_year.or(anchor.map(|a| a.year()));
                    // "compared the mood this week to the uncertainty of that summer" (after
                    // 1974): "that" points back, so a season of the DCT's year still ahead is
                    // not it; the last year told before the DCT's is.
                    if w == "that"
                        && s != "WI"
                        && let Some(c) = d.dct
                        && y == Some(c.year)
                        && season_start(s) > c.month
                        && d.last_past_year.is_some()
                        // ("will open in June. That summer, …": a month ahead was told.)
                        && !d
                            .last_month
                            .is_some_and(|(ly, lm)| ly == c.year && lm >= c.month)
                    {
                        y = d.last_past_year;
                    }
                    return m(
                        i + 2,
                        TimexType::Date,
                        y.map_or_else(|| format!("XXXX-{s}"), |y| format!("{y:04}-{s}")),
                    );
                }
                // "that Saturday", "that Friday evening": the such day nearest the day the
                // text is about (not "announced that Tuesday's classes …").
                if w == "that"
                    && let Some(&wd) = self.lx.weekday.get(uw)
                    && d.capitalized(i + 1)
                    && !d.is(i + 2, "'")
                    && let Some(a) = d.last_day
                    && !(i > 0 && self.lx.in_group(d.w(i - 1), SAYING))
                {
                    let (back, fwd) = weekday_gaps(a, wd)?;
                    let today = d.today();
                    // ("on Aug. 27, 2021 … The hearing began Wednesday … at 5:30 p.m. that
                    // Friday": the Friday told before, not one near the hearing.)
                    let told = d
                        .days_told
                        .iter()
                        .rev()
                        .find(|x| x.weekday().number_from_monday() == wd)
                        .copied();
                    let day = if let Some(t) = told {
                        t
                    } else if fwd <= 3
                        && fwd < back
                        && today.is_none_or(|t| a + Duration::days(fwd) <= t)
                    {
                        a + Duration::days(fwd)
                    } else {
                        a - Duration::days(back)
                    };
                    return match self.lx.part.get(d.w(i + 2)).copied() {
                        Some(p) => m(i + 3, TimexType::Time, format!("{}T{p}", ymd(day))),
                        None => m(i + 2, TimexType::Date, ymd(day)),
                    };
                }
                // "that November", "that same May": the month in the year last mentioned.
                let k = if uw == "same" { i + 2 } else { i + 1 };
                if let Some(&mo) = self.lx.month.get(d.w(k)).filter(|_| d.capitalized(k)) {
                    let y = d.last_year.or(anchor.map(|a| a.year()));
                    return m(
                        k + 1,
                        TimexType::Date,
                        y.map_or_else(|| format!("XXXX-{mo:02}"), |y| format!("{y:04}-{mo:02}")),
                    );
                }
                match uw {
                    "day" => m(i + 2, TimexType::Date, fmt(anchor)),
                    "week" => m(
                        i + 2,
                        TimexType::Date,
                        anchor.map(iso_week).unwrap_or_else(|| "XXXX-WXX".into()),
                    ),
                    "month" => m(
                        i + 2,
                        TimexType::Date,
                        month_anchor
                            .map(|(y, mo)| format!("{y:04}-{mo:02}"))
                            .unwrap_or_else(|| "XXXX-XX".into()),
                    ),
                    "year" => m(
                        i + 2,
                        TimexType::Date,
                        d.last_year
                            .or(anchor.map(|a| a.year()))
                            .map(|y| format!("{y:04}"))
                            .unwrap_or_else(|| "XXXX".into()),
                    ),
                    // "by the end of that decade": the decade of the year last mentioned.
                    // (Not "That decade-long conflict": an adjective of length.)
                    "decade" if w == "that" && !d.is(i + 2, "-") => m(
                        i + 2,
                        TimexType::Date,
                        d.last_year
                            .or(anchor.map(|a| a.year()))
                            .map(|y| format!("{:03}", y.div_euclid(10)))
                            .unwrap_or_else(|| "XXX".into()),
                    ),
                    _ => None,
                }
            }
            "next" | "following" | "previous" => {
                // "a meeting in Sochi the following January": the first such month after (or
                // before) the month last told.
                if (w != "next" || i > 0 && d.is(i - 1, "the"))
                    && let Some(&mo) = self
                        .lx
                        .month
                        .get(d.w(i + 1))
                        .filter(|_| d.capitalized(i + 1))
                    && let Some((y, last)) = match (month_anchor, d.last_year) {
                        // (After a year or a season told with no month, "lost his seat in
                        // 1978 … left Congress the following January": from mid-year.)
                        (Some((my, _)), Some(ly)) if my != ly => Some((ly, 6)),
                        (a, _) => a,
                    }
                {
                    let y = match w {
                        "previous" if mo >= last => y - 1,
                        "previous" => y,
                        _ if mo <= last => y + 1,
                        _ => y,
                    };
                    return m(i + 2, TimexType::Date, format!("{y:04}-{mo:02}"));
                }
                if d.w(i + 1) == "day" {
                    let n = if w == "previous" { -1 } else { 1 };
                    return m(
                        i + 2,
                        TimexType::Date,
                        fmt(anchor.map(|a| a + Duration::days(n))),
                    );
                }
                // "the following year", "the previous month": next to the last one mentioned;
                // so is "the next year" told in the past ("the tornado destroyed the church
                // in April 1974 … they had it rebuilt the next year").
                // ("banned it last November, and the state sued the city the next month":
                // a month told in the past too.)
                let next_told = w == "next"
                    && i > 0
                    && d.is(i - 1, "the")
                    && match d.w(i + 1) {
                        "year" => d
                            .last_year
                            .is_some_and(|y| d.dct.is_some_and(|c| y < c.year)),
                        "month" => month_anchor
                            .is_some_and(|m| d.dct.is_some_and(|c| m < (c.year, c.month))),
                        _ => false,
                    }
                    && d.tense(&self.lx, i, i + 2) == Tense::Past;
                if (matches!(w, "following" | "previous") || next_told)
                    && matches!(d.w(i + 1), "year" | "month" | "week")
                {
                    let n: i32 = if w == "previous" { -1 } else { 1 };
                    let value = match d.w(i + 1) {
                        "year" => d
                            .last_year
                            .or(d.dct.map(|c| c.year))
                            .map(|y| format!("{:04}", y + n)),
                        "month" => month_anchor.map(|(y, mo)| {
                            let (y, mo) = shift_month(y, mo, n);
                            format!("{y:04}-{mo:02}")
                        }),
                        // ("crude stocks fell last week, after rising in the previous week":
                        // a week told after the last day counts from that week.)
                        _ => d
                            .last_week
                            .filter(|&(_, at)| at > d.last_day_at)
                            .map(|(monday, _)| monday)
                            .or(anchor)
                            .map(|a| iso_week(a + Duration::weeks(n as i64))),
                    };
                    return m(
                        i + 2,
                        TimexType::Date,
                        value.unwrap_or_else(|| "XXXX".into()),
                    );
                }
                // "the following spring", "the previous winter": the season after (before) the
                // time last mentioned.
                if matches!(w, "following" | "previous")
                    && let Some(&s) = self.lx.season.get(d.w(i + 1))
                    && let Some(y) = d.last_year.or(anchor.map(|a| a.year()))
                {
                    // The month last mentioned, when it is of that year; else the year's end
                    // (or start) is the point to count from.
                    let mo = match month_anchor {
                        Some((my, mo)) if my == y => mo,
                        _ if w == "previous" => 1,
                        _ => 12,
                    };
                    let start = season_start(s);
                    let y = match w {
                        "following" if start > mo => y,
                        "following" => y + 1,
                        _ if start + 2 < mo => y,
                        _ => y - 1,
                    };
                    return m(i + 2, TimexType::Date, format!("{y:04}-{s}"));
                }
                // "the following weekend": the weekend of the week after a week told ("that
                // week … the following weekend"), or after a day of a weekend; after a weekday
                // it is the one that ends that day's week ("a tournament the following
                // weekend" after Feb. 19, a Tuesday). "the previous weekend": the week before.
                if matches!(w, "following" | "previous") && d.w(i + 1) == "weekend" {
                    let week = d.last_week.filter(|&(_, at)| at > d.last_day_at);
                    let n = match (w, week, anchor) {
                        ("previous", ..) => -1,
                        ("following", None, Some(a)) if a.weekday().number_from_monday() <= 5 => 0,
                        _ => 1,
                    };
                    return m(
                        i + 2,
                        TimexType::Date,
                        week.map(|(monday, _)| monday)
                            .or(anchor)
                            .map(|a| format!("{}-WE", iso_week(a + Duration::weeks(n))))
                            .unwrap_or_else(|| "XXXX-WXX-WE".into()),
                    );
                }
                if matches!(d.w(i + 1), "morning" | "afternoon" | "evening" | "night") {
                    let n = if w == "previous" { -1 } else { 1 };
                    let p = self.lx.part[d.w(i + 1)];
                    return m(
                        i + 2,
                        TimexType::Time,
                        format!("{}T{p}", fmt(anchor.map(|a| a + Duration::days(n)))),
                    );
                }
                None
            }
            "day" if matches!(d.w(i + 1), "before" | "after") => {
                let n = if d.w(i + 1) == "before" { -1 } else { 1 };
                // "the day before last Tuesday's hearing": a day from the date named.
                if let Some(next) = self.core(d, i + 2)
                    && let Some(day) = day_of(&next.value)
                {
                    return m(next.end, TimexType::Date, ymd(day + Duration::days(n)));
                }
                // "the day before the plunge", "the day after his death": "before" links the
                // day to an event; the expression is "the day". Right after a date and a comma
                // ("Nov. 3, the day before authorities issued a warrant") it is that date.
                // ("arrived the day before on a two-day trip": a preposition or a conjunction
                // after it leaves "before" an adverb of the expression.)
                let adverb = matches!(
                    d.w(i + 2),
                    "on" | "in" | "at" | "with" | "for" | "from" | "and" | "but" | "as" | "while"
                );
                if d.toks.get(i + 2).is_some_and(|t| t.kind != Tk::Punct) && !adverb {
                    let apposition = i >= 3
                        && d.is(i - 2, ",")
                        && d.last_day_at == d.toks[i - 3].end
                        && d.last_day.is_some();
                    let shift = if apposition { 0 } else { n };
                    return m(
                        i + 1,
                        TimexType::Date,
                        fmt(anchor.map(|a| a + Duration::days(shift))),
                    );
                }
                m(
                    i + 2,
                    TimexType::Date,
                    fmt(anchor.map(|a| a + Duration::days(n))),
                )
            }
            _ => None,
        }
    }
}

/// Days back to the latest weekday `wd` (1 = Monday) on or before `from`, and forward to the
/// next on or after it; both 0 when `from` is that weekday.
/// Whether `w` is an auxiliary before a participle ("was scheduled", "has been set"): after
/// none, the participle modifies the noun before it ("a retrial scheduled for January").
fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had"
    )
}

fn weekday_gaps(from: NaiveDate, wd: u32) -> Option<(i64, i64)> {
    let target = Weekday::try_from(wd.checked_sub(1)? as u8).ok()?;
    let gap = |a: Weekday, b: Weekday| {
        (7 + a.num_days_from_monday() as i64 - b.num_days_from_monday() as i64) % 7
    };
    Some((gap(from.weekday(), target), gap(target, from.weekday())))
}

/// Whether an expression's text ends by naming its year in words: "August of that year",
/// "April of the same year".
fn year_in_words(t: &str) -> bool {
    [" of that year", " of the same year"].iter().any(|s| {
        t.len() >= s.len()
            && t.is_char_boundary(t.len() - s.len())
            && t[t.len() - s.len()..].eq_ignore_ascii_case(s)
    })
}

/// The last day of trading on or before `day`: Friday for a weekend.
fn trading_day(day: NaiveDate) -> NaiveDate {
    match day.weekday() {
        Weekday::Sat => day - Duration::days(1),
        Weekday::Sun => day - Duration::days(2),
        _ => day,
    }
}

/// The feast named in the lexicon's `feast` table and rules.
fn feast_kind(name: &str) -> Option<u8> {
    FEASTS.iter().position(|&f| f == name).map(|k| k as u8)
}

/// The century of a year written with two digits ("'86", "the 90s"): the latest such year
/// not after the DCT.
fn two_digit_century(d: &Doc<'_>, n: u32) -> u32 {
    let now = d.dct.map_or(1999, |c| c.year) as u32;
    if 100 * (now / 100) + n > now {
        now / 100 - 1
    } else {
        now / 100
    }
}

fn with_approx(mut x: M, approx: bool) -> M {
    if approx {
        x.modifier = Some("APPROX");
    }
    x
}

fn season_start(s: &str) -> u32 {
    match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// `P20Y`, `PXM`, `PT48H`.
/// "nineties" → 90: a decade named in words.
fn decade_word(w: &str) -> Option<u32> {
    Some(match w {
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}

/// N and a half units, written in whole smaller units: P2Y6M, PT5H30M, PT1M30S.
fn half_value(n: u32, unit: &str) -> Option<String> {
    Some(match unit {
        "Y" => format!("P{n}Y6M"),
        "M" => format!("P{n}M15D"),
        "W" => format!("P{}D", n * 7 + 3),
        "D" => format!("P{n}DT12H"),
        "H" => format!("PT{n}H30M"),
        "MIN" => format!("PT{n}M30S"),
        "DE" => format!("P{}Y", n * 10 + 5),
        "CE" => format!("P{}Y", n * 100 + 50),
        "FN" => format!("P{}D", n * 14 + 7),
        _ => return None,
    })
}

/// Half of one unit: "half an hour" is PT30M.
fn half_of(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "Y" => "P6M",
        "M" => "P15D",
        "W" => "P3DT12H",
        "D" => "PT12H",
        "H" => "PT30M",
        "MIN" => "PT30S",
        "DE" => "P5Y",
        "FN" => "P1W",
        "CE" => "P50Y",
        _ => return None,
    })
}

fn duration_value(n: Option<u32>, unit: &str) -> String {
    let n = n.map(|n| n.to_string()).unwrap_or_else(|| "X".into());
    match unit {
        "H" => format!("PT{n}H"),
        "MIN" => format!("PT{n}M"),
        "S" => format!("PT{n}S"),
        "WE" => format!("P{n}WE"),
        // TimeML writes decades and centuries in years: "a decade" is P10Y.
        "DE" => match n.parse::<u32>() {
            Ok(k) => format!("P{}Y", k * 10),
            Err(_) => "PXDE".into(),
        },
        "CE" => match n.parse::<u32>() {
            Ok(k) => format!("P{}Y", k * 100),
            Err(_) => "PXCE".into(),
        },
        "Q" => format!("P{n}Q"),
        // A fortnight is two weeks.
        "FN" => match n.parse::<u32>() {
            Ok(k) => format!("P{}W", k * 2),
            Err(_) => "PXW".into(),
        },
        u => format!("P{n}{u}"),
    }
}

/// The calendar unit containing the DCT, moved by `dir` units: this week, last month …
fn calendar_unit(dct: Option<Dct>, dir: i32, unit: &str) -> Option<String> {
    let Some(c) = dct else {
        return Some(match unit {
            "Y" => "XXXX".into(),
            "M" => "XXXX-XX".into(),
            _ => "XXXX-WXX".into(),
        });
    };
    let day = c.date();
    Some(match unit {
        "Y" => format!("{:04}", c.year + dir),
        "M" => {
            let (y, mo) = shift_month(c.year, c.month, dir);
            format!("{y:04}-{mo:02}")
        }
        "W" => iso_week(day? + Duration::weeks(dir as i64)),
        "D" => ymd(day? + Duration::days(dir as i64)),
        "WE" => {
            let base = day? + Duration::weeks(dir as i64);
            // The weekend of a week that has not reached its Saturday is the one before, when
            // the text speaks of it as past; "this weekend" on a Tuesday is the last one.
            let wd = base.weekday().num_days_from_monday();
            let week_of = if dir == 0 && wd < 4 {
                base - Duration::days(7)
            } else {
                base
            };
            format!("{}-WE", iso_week(week_of))
        }
        "DE" => format!("{:03}", c.year / 10 + dir),
        "CE" => format!("{:02}", c.year / 100 + dir),
        "Q" => {
            let q = (c.month as i32 - 1) / 3 + dir;
            let (y, q) = (c.year + q.div_euclid(4), q.rem_euclid(4) + 1);
            format!("{y:04}-Q{q}")
        }
        _ => return None,
    })
}

/// A day moved by `n` units (negative: back), at the unit's granularity.
fn offset(a: NaiveDate, n: i64, unit: &str) -> String {
    match unit {
        "D" => ymd(a + Duration::days(n)),
        "W" => iso_week(a + Duration::weeks(n)),
        "FN" => iso_week(a + Duration::weeks(2 * n)),
        "M" => {
            let (y, mo) = shift_month(a.year(), a.month(), n as i32);
            format!("{y:04}-{mo:02}")
        }
        "Y" => format!("{:04}", a.year() as i64 + n),
        "Q" => {
            let (y, mo) = shift_month(a.year(), a.month(), 3 * n as i32);
            format!("{y:04}-Q{}", (mo - 1) / 3 + 1)
        }
        // ("two decades ago" is a decade, `199`, as the unit's granularity asks.)
        "DE" => format!("{:03}", (a.year() as i64 + 10 * n).div_euclid(10)),
        // ("a century ago" is a century, `19`.)
        "CE" => format!("{:02}", (a.year() as i64 + 100 * n).div_euclid(100)),
        "H" | "MIN" | "S" => ymd(a),
        _ => format!("{:04}", a.year()),
    }
}

/// Words that lead to a month named after them ("in May", "since June", "last March"): the
/// month is a date, not a name.
fn leads_to_date(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "during"
            | "of"
            | "from"
            | "through"
            | "before"
            | "after"
            | "last"
            | "next"
            | "this"
            | "early"
            | "late"
            | "mid"
            | "-"
            | "to"
            | "and"
            | "or"
            | "between"
            | "on"
            | "for"
            | "that"
            | "each"
            | "every"
    )
}

/// A schedule told in one sentence runs forward: "a day-night Test at the Gabba from 15
/// December, followed by the MCG on Boxing Day and the SCG Test starting on 3 January" (in
/// April) puts 3 January after 15 December, in the next year. A day without a written year,
/// resolved to the past, moves a year on when a day ahead of the DCT came before it in the
/// sentence and the move puts it within four months after that day.
fn schedule_order(text: &str, today: NaiveDate, out: &mut [Timex]) {
    let unwritten = |x: &Timex| !has_written_year(&text[x.start..x.end]);
    for j in 1..out.len() {
        let b = &out[j];
        let Some(db) = day_of(&b.value) else { continue };
        if b.kind != TimexType::Date || db >= today || !unwritten(b) {
            continue;
        }
        let ahead = out[..j].iter().rev().take(4).find_map(|a| {
            let between = text.get(a.end..b.start)?;
            // (Not across a clause told in the past: "set for 15 December, and the crash
            // happened on 3 January".)
            let past_verb = between.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                let w = w.to_ascii_lowercase();
                (w.len() > 3 && w.ends_with("ed") && w != "followed")
                    || matches!(w.as_str(), "was" | "were" | "had" | "did" | "said")
            });
            if between.len() > 300
                || between.contains(". ")
                || between.contains(['\n', ';'])
                || past_verb
            {
                return None;
            }
            let da = day_of(&a.value)?;
            (a.kind == TimexType::Date && da > today && unwritten(a)).then_some(da)
        });
        if let Some(da) = ahead
            && (da - db).num_days() > 60
            && let Some(moved) = db.with_year(db.year() + 1)
            && moved > da
            && (moved - da).num_days() < 120
        {
            set_day(&mut out[j], moved);
            // ("an auction on May 14 and a hearing the following week": a day or week told
            // from it in its sentence moves with it.)
            let shift = moved - db;
            let from = out[j].end;
            for x in out.iter_mut().skip(j + 1) {
                let between = text.get(from..x.start).unwrap_or(". ");
                if between.contains(". ") || between.contains(['\n', ';']) {
                    break;
                }
                let told = text[x.start..x.end].to_ascii_lowercase();
                if ![
                    "the following ",
                    "the next ",
                    "the previous ",
                    "the same ",
                    "that ",
                ]
                .iter()
                .any(|p| told.starts_with(p))
                {
                    continue;
                }
                if let Some(day) = day_of(&x.value) {
                    set_day(x, day + shift);
                } else if let Some(monday) = week_monday(&x.value) {
                    x.value = iso_week(monday + shift);
                }
            }
        }
    }
}

/// The weekday an expression's text starts with ("Friday", "Saturday morning").
fn weekday_named(lx: &Lexicon, text: &str) -> Option<u32> {
    let first = text.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    lx.weekday.get(first.to_ascii_lowercase().as_str()).copied()
}

/// Whether a timex is a weekday told without a number ("Friday", "Friday night"; not
/// "Friday, March 8").
fn weekday_told(lx: &Lexicon, text: &str, x: &Timex) -> bool {
    let t = &text[x.start..x.end];
    weekday_named(lx, t).is_some() && !t.contains(|c: char| c.is_ascii_digit())
}

/// A weekday told after one ahead of the DCT in the same sentence, and later in the week,
/// is ahead too: "highs of 29C on Friday, with the heat peaking on Saturday before showers
/// spread from the west on Sunday" (the past form "spread" does not take Sunday back), unless
/// a verb in the past stands between.
fn weekday_order(lx: &Lexicon, text: &str, today: NaiveDate, out: &mut [Timex]) {
    let weekday = |x: &Timex| weekday_told(lx, text, x);
    for j in 1..out.len() {
        let b = &out[j];
        let Some(db) = day_of(&b.value) else { continue };
        // "next Tuesday and Wednesday", "last Monday or Tuesday": the second day shares the
        // first one's week, the first such weekday after it.
        let a = &out[j - 1];
        if weekday(b)
            && let Some(da) = day_of(&a.value)
            && let Some(named) = text.get(a.start..a.end)
            && let Some((modifier, day)) = named.split_once(' ')
            && matches!(modifier.to_ascii_lowercase().as_str(), "next" | "last")
            && weekday_named(lx, day).is_some()
            && text
                .get(a.end..b.start)
                .is_some_and(|x| matches!(x.trim(), "and" | "or" | "through" | "to" | "-"))
            && let Some(wd) = weekday_named(lx, &text[b.start..b.end])
            && let Some((_, fwd)) = weekday_gaps(da, wd)
            && fwd > 0
        {
            set_day(&mut out[j], da + Duration::days(fwd));
            continue;
        }
        if db >= today || !weekday(b) {
            continue;
        }
        let Some(da) = day_of(&a.value) else { continue };
        let Some(between) = text.get(a.end..b.start) else {
            continue;
        };
        // (Asked last: the words between are looked up only for a candidate.)
        let past_verb = || {
            between.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                let w = w.to_ascii_lowercase();
                (w.len() > 3 && w.ends_with("ed")) || lx.class(&w) & PAST != 0
            })
        };
        let moved = db + Duration::days(7);
        // ("Schools canceled classes Monday and Tuesday", told on the Monday: a pair runs
        // forward from the DCT's own day, to a day soon after; not "statements made Friday
        // and Thursday", told on the Friday, a pair told backward.)
        if da == today
            && weekday(a)
            && matches!(between.trim(), "and" | "or" | "through" | "to" | "-")
            && moved > today
            && (moved - today).num_days() < 5
        {
            set_day(&mut out[j], moved);
            continue;
        }
        if da > today
            && weekday(a)
            && moved > da
            && (moved - da).num_days() < 7
            && between.len() < 200
            && !between.contains(". ")
            && !between.contains(['\n', ';'])
            && !past_verb()
        {
            set_day(&mut out[j], moved);
        }
    }
}

/// A weekday's event ("Thursday's vote", "Saturday's parade") told in a past clause names
/// the event the story told of earlier as ahead of the DCT, when it did: "House Republicans
/// will vote Thursday ... Democrats dismissed Thursday's vote as a waste of time." (What is
/// past of the event is said of it, not that it was held a week ago.) Not one of the last
/// two days, which is the news.
fn weekday_event(lx: &Lexicon, text: &str, today: NaiveDate, out: &mut [Timex]) {
    let bare = |x: &Timex| {
        let t = &text[x.start..x.end];
        weekday_named(lx, t).filter(|_| t.bytes().all(|b| b.is_ascii_alphabetic()))
    };
    for j in 1..out.len() {
        let b = &out[j];
        let rest = &text[b.end..];
        if !(rest.starts_with("'s ") || rest.starts_with("\u{2019}s ")) {
            continue;
        }
        let (Some(wd), Some(db)) = (bare(b), day_of(&b.value)) else {
            continue;
        };
        // (Yesterday's or the day before's event is news told in the past: "officials said
        // the number of tornadoes confirmed from Sunday's outbreak was likely to rise".)
        if (today - db).num_days() < 3 {
            continue;
        }
        let ahead = out[..j].iter().find_map(|a| {
            let da = day_of(&a.value)?;
            (bare(a) == Some(wd) && da > today && da == db + Duration::days(7)).then_some(da)
        });
        if let Some(da) = ahead {
            set_day(&mut out[j], da);
        }
    }
}

/// A month joined to a time of this month or one ahead ("concerns about flooding later this
/// month and in April") is ahead too, whatever the clause's tense: a pair runs forward.
fn month_pairs(text: &str, today: NaiveDate, out: &mut [Timex]) {
    for j in 1..out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let Some((ya, ma)) = month_of(&a.value) else {
            continue;
        };
        if b.value.len() != 7 || text[b.start..b.end].bytes().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let Some((yb, mb)) = month_of(&b.value) else {
            continue;
        };
        let between = text[a.end..b.start].trim();
        let joined = [
            "and",
            "or",
            "and in",
            "or in",
            "and again in",
            "and early",
            "and late",
        ]
        .iter()
        .any(|w| between.eq_ignore_ascii_case(w));
        let (ia, ib) = (ya * 12 + ma as i32, yb * 12 + mb as i32);
        let now = today.year() * 12 + today.month() as i32;
        // ("Sales rose this month and in February": only a time said to lie ahead.)
        let ahead = || {
            ia > now
                || text[a.start..a.end]
                    .split(' ')
                    .any(|w| w.eq_ignore_ascii_case("later"))
        };
        // ("in July and August of that year": the first of the pair shares the year told.)
        let year_told = joined && year_in_words(&text[b.start..b.end]) && a.value.len() == 7;
        if joined && ib < ia && ib + 12 > ia && ahead() {
            out[j].value = format!("{:04}-{mb:02}", yb + 1);
        }
        if year_told && ya != yb {
            out[j - 1].value = format!("{yb:04}-{ma:02}");
        }
    }
}

/// A season joined to the one before it ("coach holidays for this spring and summer",
/// "trimmed orders for spring and summer merchandise") is of that one's year.
fn season_pairs(text: &str, out: &mut [Timex]) {
    let season = |v: &str| {
        v.len() == 7
            && v.as_bytes()[4] == b'-'
            && matches!(&v[5..], "SP" | "SU" | "FA" | "WI")
            && v[..4].bytes().all(|c| c.is_ascii_digit())
    };
    for j in 1..out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        // (A bare season after one not a winter: "last summer and this spring" tell
        // their own years, and a winter's year is another count.)
        let bare = text[b.start..b.end]
            .split_whitespace()
            .filter(|w| !w.eq_ignore_ascii_case("the"))
            .count()
            == 1;
        if !season(&a.value)
            || !season(&b.value)
            || a.value[..4] == b.value[..4]
            || !bare
            || a.value.ends_with("WI")
            || b.value.ends_with("WI")
            || text[b.start..b.end].bytes().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let between = text[a.end..b.start].trim();
        if ["and", "or", "and the", "or the"]
            .iter()
            .any(|w| between.eq_ignore_ascii_case(w))
        {
            out[j].value = format!("{}{}", &a.value[..4], &b.value[4..]);
        }
    }
}

/// A text that looks ahead throughout (a preview, a forecast, a week-ahead calendar: most
/// of its weekdays told in a future clause, few in a past one) means its untensed weekdays
/// ahead too.
fn week_ahead(
    weekdays: &[(usize, Tense, NaiveDate)],
    text: &str,
    today: NaiveDate,
    out: &mut [Timex],
) {
    // (A weekday may be resolved more than once while the longest expression is sought:
    // the last resolution counts.)
    let mut last: std::collections::BTreeMap<usize, (Tense, NaiveDate)> = Default::default();
    for &(at, t, ahead) in weekdays {
        last.insert(at, (t, ahead));
    }
    // A day ahead heading its own line ("WED 16 SEPT", "Saturday, June 14:") is one more
    // entry of a schedule.
    let headed = out
        .iter()
        .filter(|x| day_of(&x.value).is_some_and(|d| d > today))
        .filter(|x| {
            let before = text[..x.start].trim_end_matches([' ', '\t']);
            let rest = text[x.end..].split('\n').next().unwrap_or("").trim();
            (before.is_empty() || before.ends_with('\n'))
                && (rest.is_empty() || rest.starts_with(':') || rest.len() <= 20)
        })
        .count();
    // A weekday written with its date ("On Saturday, March 24, 2018, at 11:42 p.m.") says
    // which it is: one past is a vote against a page that looks ahead, and none is moved.
    let dated = |x: &Timex| {
        x.kind == TimexType::Date && text[x.start..x.end].bytes().any(|b| b.is_ascii_digit())
    };
    let dated_past = last
        .keys()
        .filter(|&&at| {
            out.iter().any(|x| {
                x.start <= at
                    && at < x.end
                    && dated(x)
                    && day_of(&x.value).is_some_and(|day| day < today)
            })
        })
        .count();
    let future = last.values().filter(|(t, _)| *t == Tense::Future).count() + headed;
    let past = last.values().filter(|(t, _)| *t == Tense::Past).count() + dated_past;
    if future < 3 || future < 4 * past {
        return;
    }
    for (at, (t, ahead)) in last {
        if t != Tense::Unknown || ahead <= today {
            continue;
        }
        if let Some(x) = out.iter_mut().find(|x| x.start <= at && at < x.end)
            && !dated(x)
            && day_of(&x.value).is_some_and(|day| day < today)
        {
            set_day(x, ahead);
        }
    }
}

/// A schedule of days under weekday headings ("Tuesday: Gates open at 8 a.m. …",
/// "Wednesday: Senior Day …"): the first heading is the day that weekday was last told as
/// (the fair "opens next Tuesday"), each next heading the next such weekday after the one
/// before, and the times under a heading move with it.
fn heading_days(lx: &Lexicon, text: &str, today: NaiveDate, out: &mut [Timex]) {
    // (The colon first: most expressions head no line.) An entry may have a bullet: "-
    // Tuesday: A senator begins a floor speech".
    let heads = |x: &Timex| {
        let before = before_bullet(&text[..x.start]);
        (text[x.end..].starts_with(':')
            || text[x.end..]
                .trim_start_matches([' ', '\t'])
                .starts_with('\n'))
            && (before.is_empty() || before.ends_with('\n'))
    };
    // ("Saturday night:" heads an entry too.)
    let heading = |x: &Timex| {
        let t = &text[x.start..x.end];
        heads(x)
            && weekday_named(lx, t).is_some()
            && t.split_whitespace()
                .nth(1)
                .is_none_or(|p| lx.part.contains_key(p.to_ascii_lowercase().as_str()))
            && t.split_whitespace().count() <= 2
    };
    let weekday_of = |x: &Timex| weekday_named(lx, &text[x.start..x.end]);
    let mut prev: Option<(NaiveDate, usize)> = None;
    for j in 0..out.len() {
        if !heading(&out[j]) {
            // Any other day heading an entry starts the days that follow ("- Sept. 20: The
            // House passes a stopgap bill … - Tuesday: …"; "- Last weekend: …", by its
            // Sunday).
            if heads(&out[j])
                && let Some(day) = day_of(&out[j].value).or_else(|| weekend_sunday(&out[j].value))
            {
                prev = Some((day, out[j].end));
            }
            continue;
        }
        let (Some(old), Some(wd)) = (day_of(&out[j].value), weekday_of(&out[j])) else {
            continue;
        };
        let new = match prev.filter(|(_, at)| out[j].start.saturating_sub(*at) < 800) {
            Some((p, _)) => weekday_gaps(p, wd).map(|(_, fwd)| {
                let after = p + Duration::days(if fwd == 0 { 7 } else { fwd });
                match weekday_gaps(today, wd) {
                    // A day past after the entry before keeps its place; a chronology told
                    // in the present up to the DCT ("- May 12: The state reports 138
                    // cases. - Tuesday: The count reaches 155") goes on with the latest
                    // such day not after the DCT.
                    _ if old > p && old <= today => old,
                    Some((back, _)) if old > today && after <= today => {
                        today - Duration::days(back)
                    }
                    _ => after,
                }
            }),
            None => out[..j]
                .iter()
                .rev()
                .filter(|x| weekday_of(x) == Some(wd))
                .find_map(|x| day_of(&x.value))
                // "The past week in Gaza:" over the entries: a recap, whose first entry is
                // the latest such day not after the DCT.
                .or_else(|| {
                    let (back, fwd) = weekday_gaps(today, wd)?;
                    let before = &text[..out[j].start];
                    // "WHAT HAPPENS NEXT?" over the entries: a preview, whose first entry
                    // is the next such day.
                    if preview_intro(before) {
                        return Some(today + Duration::days(if fwd == 0 { 7 } else { fwd }));
                    }
                    recap_intro(before).then(|| today - Duration::days(back))
                }),
        };
        let Some(new) = new else {
            prev = Some((old, out[j].end));
            continue;
        };
        if new != old {
            set_day(&mut out[j], new);
            // The times under the heading, to the next heading or blank line.
            let block_end = text[out[j].end..]
                .find("\n\n")
                .map_or(text.len(), |k| out[j].end + k);
            for x in out.iter_mut().skip(j + 1) {
                if x.start >= block_end {
                    break;
                }
                if x.kind == TimexType::Time && day_of(&x.value) == Some(old) {
                    set_day(x, new);
                }
            }
        }
        prev = Some((new, out[j].end));
    }
}

/// Two clock times joined as a range ("from 10 p.m. to 5 a.m.", "between 8 a.m. and 8 p.m.
/// Sunday"): a day written on one end holds for the other, and an end earlier in the day than
/// its start falls on the next day.
/// Whether a text opens more double quotation marks than it closes (an odd count).
fn odd_quotes(s: &str) -> bool {
    !s.matches(['"', '\u{201c}', '\u{201d}'])
        .count()
        .is_multiple_of(2)
}

/// Whether an expression's text writes a year out in four digits.
fn has_written_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4)
}

/// Whether a word is a modal verb ("will", "'ll", "could", "may", …).
fn modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "ll" | "would" | "could" | "should" | "might" | "must" | "can" | "may"
    )
}

/// Moves a day-precise value (with or without a time) to `day`.
fn set_day(t: &mut Timex, day: NaiveDate) {
    t.value = format!("{}{}", ymd(day), &t.value[10..]);
}

/// A range of weekdays runs forward: "the line will be closed from 23:00 GMT on Friday
/// until 05:00 on Monday", told on the Saturday, opens on the Friday just past, not the next
/// one. (A clock time told with the opening day moves with it.)
fn weekday_ranges(lx: &Lexicon, text: &str, out: &mut [Timex]) {
    // (A weekday with its clock time, "6 p.m. Sunday", "noon Monday", too.)
    let weekday = |x: &Timex| {
        let parts = || {
            text[x.start..x.end]
                .split(|c: char| !c.is_ascii_alphabetic())
                .map(str::to_ascii_lowercase)
        };
        weekday_told(lx, text, x)
            || (x.kind == TimexType::Time
                && parts().any(|w| lx.weekday.contains_key(w.as_str()))
                && !parts().any(|w| lx.month.contains_key(w.as_str())))
    };
    // The words of a stretch of text but a joining "on".
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| !w.eq_ignore_ascii_case("on"))
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
    };
    for j in 0..out.len() {
        if !weekday(&out[j]) {
            continue;
        }
        let Some(da) = day_of(&out[j].value) else {
            continue;
        };
        // The clock time told with it ("23:00 GMT on Friday") and the word opening the range.
        let clock = (j > 0
            && out[j - 1].kind == TimexType::Time
            && day_of(&out[j - 1].value) == Some(da)
            && text[out[j - 1].end..out[j].start].trim().len() <= 3
            && words(&text[out[j - 1].end..out[j].start]).len() <= 1)
            .then_some(j - 1);
        let open = clock.map_or(out[j].start, |c| out[c].start);
        let before = text[..open].trim_end();
        // ("began waiving fees for travelers booked on flights Monday through Wednesday": a
        // bound's word joins a range without "from".)
        let opened = before.ends_with(" from") || before.ends_with(" between");
        let joiners: &[&str] = if opened {
            &["until", "till", "to", "through", "and", "-"]
        } else {
            &["until", "till", "through", "-"]
        };
        // (Past a conversion in brackets: "from 6 p.m. CST Monday (0000 GMT Tuesday) until
        // noon Wednesday".)
        let converted = |out: &[Timex], k: usize| text[out[k - 1].end..out[k].start].trim() == "(";
        let Some(k) =
            (j + 1..out.len().min(j + 4)).find(|&k| weekday(&out[k]) && !converted(out, k))
        else {
            continue;
        };
        let Some(db) = day_of(&out[k].value) else {
            continue;
        };
        // (Asked last: the words between, clock times left out, are gathered only for a
        // candidate.)
        let joined = || {
            let mut between = String::new();
            let mut at = out[j].end;
            for x in &out[j + 1..k] {
                between.push_str(&text[at..x.start]);
                at = x.end;
            }
            between.push_str(&text[at..out[k].start]);
            let between = between.replace("()", " ");
            matches!(words(&between).as_slice(), [w] if joiners.contains(&w.as_str()))
        };
        // The opening day a week back when it lies after the end, a week on when the end
        // lies a week or more after it ("a warning from Sunday until Monday", the end
        // ahead: the start is the Sunday before that Monday).
        let gap = (db - da).num_days();
        let shift = match gap {
            -6..=-1 => -7,
            7..=13 => 7,
            _ => continue,
        };
        if joined() {
            let moved = da + Duration::days(shift);
            set_day(&mut out[j], moved);
            if let Some(c) = clock {
                set_day(&mut out[c], moved);
            }
            // (The conversion moves with the day it converts.)
            for x in j + 1..k {
                if converted(out, x)
                    && let Some(dx) = day_of(&out[x].value)
                {
                    set_day(&mut out[x], dx + Duration::days(shift));
                }
            }
        }
    }
}

/// A span of days the DCT falls in: "expects 1.3 million passengers between Wednesday and
/// Monday", told on the Friday between, runs from the Wednesday just past to the coming
/// Monday, not over the next week's. (Spans of four to six days, opened a day or two before
/// the DCT and ending after it: the days of a holiday told while it runs.)
fn ranges_around_today(lx: &Lexicon, text: &str, today: NaiveDate, out: &mut [Timex]) {
    for j in 0..out.len().saturating_sub(1) {
        let k = j + 1;
        if !(weekday_told(lx, text, &out[j]) && weekday_told(lx, text, &out[k])) {
            continue;
        }
        let (Some(da), Some(db)) = (day_of(&out[j].value), day_of(&out[k].value)) else {
            continue;
        };
        let before = text[..out[j].start].trim_end();
        let between = text[out[j].end..out[k].start].trim().to_ascii_lowercase();
        let joined = if before.ends_with(" between") {
            between == "and"
        } else if before.ends_with(" from") {
            matches!(between.as_str(), "to" | "through" | "until" | "till")
        } else {
            false
        };
        let (a, b) = (da - Duration::days(7), db - Duration::days(7));
        if joined
            && da > today
            && (4..=6).contains(&(db - da).num_days())
            && a < today
            && (today - a).num_days() <= 2
            && b > today
        {
            set_day(&mut out[j], a);
            set_day(&mut out[k], b);
        }
    }
}

fn clock_ranges(lx: &Lexicon, text: &str, today: Option<NaiveDate>, out: &mut [Timex]) {
    // A clock time alone: digits, a.m./p.m., a zone; no day of its own.
    let bare = |x: &Timex| {
        text[x.start..x.end].split([' ', ':', '.']).all(|w| {
            w.is_empty()
                || w.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "a" | "p"
                        | "m"
                        | "am"
                        | "pm"
                        | "noon"
                        | "midnight"
                        | "local"
                        | "time"
                        | "about"
                        | "around"
                        | "approximately"
                        | "shortly"
                        | "just"
                        | "after"
                        | "before"
                )
                || (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_uppercase()))
        })
    };
    let clock = |x: &Timex| -> Option<(NaiveDate, u32)> {
        if x.kind != TimexType::Time {
            return None;
        }
        let (day, time) = x.value.split_once('T')?;
        let hour: u32 = time.get(..2)?.parse().ok()?;
        Some((parse_ymd(day)?, hour))
    };
    // A run of clock times told in order ("a caller reported a gun at 11:48 p.m. Friday …
    // they cleared the call at 12:09 a.m. … At 1:37 a.m. a second caller …"): a bare time
    // keeps the day of the clock time before it, or the next day once past midnight, until
    // a day is named again.
    let mut run: Option<(usize, NaiveDate, u32, bool)> = None;
    for j in 0..out.len() {
        let Some((db, hb)) = clock(&out[j]) else {
            if day_of(&out[j].value).is_some() {
                run = None;
            }
            continue;
        };
        let (mut day, mut night) = (db, false);
        if let Some((end, da, ha, past_midnight)) = run
            && bare(&out[j])
            && out[j].start.saturating_sub(end) < 800
            && !text[end..out[j].start]
                .to_ascii_lowercase()
                .contains("earlier")
        {
            // (Only through the night: by day a bare time is the DCT's or its context's.)
            let target = if past_midnight && hb >= ha && hb < 12 {
                Some(da)
            } else if ha >= 20
                && hb < 6
                && text[end..out[j].start]
                    .bytes()
                    .filter(u8::is_ascii_alphabetic)
                    .count()
                    > 3
            {
                da.succ_opt()
            } else {
                None
            };
            if let Some(t) = target {
                night = true;
                if t != db {
                    set_day(&mut out[j], t);
                    day = t;
                }
            }
        }
        run = Some((out[j].end, day, hb, night));
    }
    for j in 1..out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let between = text[a.end..b.start].trim();
        // "projected the winner at 11:15 p.m. Tuesday … conceded at about 1 a.m.": a small
        // hour told after a late one on the same day is past midnight.
        if let (Some((da, ha)), Some((db, hb))) = (clock(a), clock(b))
            && bare(b)
            && da == db
            && ha >= 20
            && hb < 6
            && between.len() < 400
            && between.bytes().filter(u8::is_ascii_alphabetic).count() > 3
            && !between.to_ascii_lowercase().contains("earlier")
            && let Some(next) = da.succ_opt()
        {
            set_day(&mut out[j], next);
            continue;
        }
        // "the 12-day period from Dec. 27 through Jan. 7 is projected to rise", told on Jan.
        // 2: a range around the DCT starts in the year before, not almost a year ahead.
        if matches!(
            between,
            "to" | "until" | "till" | "through" | "-" | "\u{2013}"
        ) && let (Some(da), Some(db)) = (day_of(&a.value), day_of(&b.value))
            && let Some(today) = today
            && !has_written_year(&text[a.start..a.end])
            && (da - today).num_days() > 300
            && let Some(back) = da.with_year(da.year() - 1).filter(|x| *x <= today)
            && (today - back).num_days() < 45
        {
            let b_written = has_written_year(&text[b.start..b.end]);
            set_day(&mut out[j - 1], back);
            if db > today
                && !b_written
                && let Some(end) = [db.year() - 1, db.year()]
                    .iter()
                    .find_map(|&y| db.with_year(y).filter(|x| *x > back && *x >= today))
            {
                set_day(&mut out[j], end);
            }
            continue;
        }
        // "winter break from Dec. 21 through Jan. 1": a range of written days ends after it
        // starts, in the next year when the end has none of its own.
        if matches!(
            between,
            "to" | "until" | "till" | "through" | "-" | "\u{2013}"
        ) && let (Some(da), Some(db)) = (day_of(&a.value), day_of(&b.value))
            && db < da
            && (da - db).num_days() > 31
            && !has_written_year(&text[b.start..b.end])
        {
            // (A holiday named, "from Christmas to Easter", falls on another day in another
            // year: when the end is not after the DCT, the start moves back a year instead.)
            let named = |x: &Timex| !text[x.start..x.end].bytes().any(|c| c.is_ascii_digit());
            if named(b) {
                if named(a)
                    && today.is_some_and(|t| db <= t)
                    && !has_written_year(&text[a.start..a.end])
                    && let Some(back) = da.with_year(da.year() - 1).filter(|x| *x < db)
                {
                    set_day(&mut out[j - 1], back);
                }
                continue;
            }
            if let Some(moved) = db.with_year(db.year() + 1).filter(|m| *m > da) {
                set_day(&mut out[j], moved);
                continue;
            }
        }
        if !matches!(between, "to" | "and" | "until" | "till" | "-" | "\u{2013}") {
            continue;
        }
        let opened = text[..a.start].trim_end().to_ascii_lowercase();
        if between == "and" && !opened.ends_with("between") {
            continue;
        }
        // "from 11 a.m. Monday until 9 p.m. Tuesday", "from Saturday to Monday": a range
        // ends after it starts; a weekday resolved into the week before moves a week on.
        if let (Some(da), Some(db)) = (day_of(&a.value), day_of(&b.value))
            && !bare(a)
            && db < da
            && (da - db).num_days() < 7
            && text[b.start..b.end]
                .split([' ', ','])
                .any(|w| lx.weekday.contains_key(w.to_ascii_lowercase().as_str()))
            // (a written date keeps its day: "Tuesday, Jan. 9")
            && !text[b.start..b.end].split([' ', ',', '.']).any(|w| {
                lx.month.contains_key(w.to_ascii_lowercase().as_str())
            })
        {
            // ("between Thursday evening and Easter Monday": a holiday keeps its day, and
            // the weekday before it moves a week back.)
            let holiday = text[b.start..b.end].split([' ', ',']).any(|w| {
                let low = w.to_ascii_lowercase();
                w.len() > 2
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && !w.bytes().all(|c| c.is_ascii_uppercase())
                    && !lx.weekday.contains_key(low.as_str())
                    && !lx.part.contains_key(low.as_str())
                    && !matches!(low.as_str(), "eastern" | "central" | "pacific" | "mountain")
            });
            if holiday {
                if text[a.start..a.end]
                    .split([' ', ','])
                    .any(|w| lx.weekday.contains_key(w.to_ascii_lowercase().as_str()))
                {
                    set_day(&mut out[j - 1], da - Duration::days(7));
                }
                continue;
            }
            let moved = db + Duration::days(7);
            set_day(&mut out[j], moved);
            continue;
        }
        let (Some((da, ha)), Some((db, hb))) = (clock(a), clock(b)) else {
            continue;
        };
        let (a_bare, b_bare) = (bare(a), bare(b));
        // "between noon and 4 p.m. on March 9": the day told after the range is both ends'.
        let day_after = || {
            out.get(j + 1).is_some_and(|c| {
                day_of(&c.value) == Some(db)
                    && matches!(
                        text[b.end..c.start].trim().to_ascii_lowercase().as_str(),
                        "on" | ","
                    )
            })
        };
        if a_bare && da != db && (!b_bare || day_after()) {
            // "from 8 a.m. to 8 p.m. Sunday": the start is on Sunday too; "from 10 p.m. to 5
            // a.m. Saturday": on the evening before.
            let start = if ha > hb {
                db.pred_opt().unwrap_or(db)
            } else {
                db
            };
            set_day(&mut out[j - 1], start);
        } else if b_bare && da == db && hb < ha {
            // "from 10 p.m. to 5 a.m.": the end is the next morning.
            if let Some(next) = da.succ_opt() {
                set_day(&mut out[j], next);
            }
        }
    }
}

/// Two single-unit spans, the larger unit first, as one: `P3Y` + `P8M` = `P3Y8M`, `PT2H` +
/// `PT41M` = `PT2H41M`, `P2D` + `PT3H` = `P2DT3H`.
fn add_durations(a: &str, b: &str) -> Option<String> {
    // The parts of a duration, larger units first: (count, unit, in the time part, rank).
    let parse = |v: &str| -> Option<Vec<(String, char, bool, u8)>> {
        let body = v.strip_prefix('P')?;
        let (date, time) = body.split_once('T').unwrap_or((body, ""));
        let mut parts = Vec::new();
        for (text, in_time) in [(date, false), (time, true)] {
            let mut count = String::new();
            for c in text.chars() {
                if c.is_ascii_digit() {
                    count.push(c);
                    continue;
                }
                if count.is_empty() {
                    return None;
                }
                let rank = match (in_time, c) {
                    (false, 'Y') => 0,
                    (false, 'M') => 1,
                    (false, 'W') => 2,
                    (false, 'D') => 3,
                    (true, 'H') => 4,
                    (true, 'M') => 5,
                    (true, 'S') => 6,
                    _ => return None,
                };
                parts.push((std::mem::take(&mut count), c, in_time, rank));
            }
            if !count.is_empty() {
                return None;
            }
        }
        (!parts.is_empty()).then_some(parts)
    };
    let (pa, pb) = (parse(a)?, parse(b)?);
    // Larger units first; weeks do not mix with other units in ISO 8601.
    if pa.last()?.3 >= pb.first()?.3 || pa.iter().chain(&pb).any(|p| p.1 == 'W' && !p.2) {
        return None;
    }
    // ("jailed for four years and 30 months respectively": a smaller unit that fills the
    // larger one is a second span, not a part of the first.)
    let whole = |rank: u8| match rank {
        1 => 12,
        3 => 31,
        4 => 24,
        _ => 60,
    };
    if pb
        .iter()
        .any(|(count, _, _, rank)| count.parse::<u32>().is_ok_and(|n| n >= whole(*rank)))
    {
        return None;
    }
    let mut out = String::from("P");
    let mut in_time = false;
    for (count, unit, time, _) in pa.iter().chain(&pb) {
        if *time && !in_time {
            out.push('T');
            in_time = true;
        }
        out.push_str(count);
        out.push(*unit);
    }
    Some(out)
}

/// The first and last days of a month (`YYYY-MM`) or a year (`YYYY`).
fn span_of(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let y: i32 = value.get(..4)?.parse().ok()?;
    match value.len() {
        4 => Some((
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y, 12, 31)?,
        )),
        7 => {
            let (_, mo) = month_of(value)?;
            let first = NaiveDate::from_ymd_opt(y, mo, 1)?;
            let (ny, nm) = shift_month(y, mo, 1);
            Some((
                first,
                NaiveDate::from_ymd_opt(ny, nm, 1)? - Duration::days(1),
            ))
        }
        _ => None,
    }
}

/// The year and month of a value at month precision or finer (`YYYY-MM`, `YYYY-MM-DD…`).
fn month_of(value: &str) -> Option<(i32, u32)> {
    let b = value.as_bytes();
    if b.len() < 7 || b[4] != b'-' || !b[..4].iter().chain(&b[5..7]).all(u8::is_ascii_digit) {
        return None;
    }
    if b.len() > 7 && b[7] != b'-' && b[7] != b'T' {
        return None;
    }
    let month: u32 = value[5..7].parse().ok()?;
    (1..=12)
        .contains(&month)
        .then(|| (value[..4].parse().ok(), month))
        .and_then(|(y, mo)| y.map(|y| (y, mo)))
}

/// Whether a value is a morning of a day: "TMO" or a clock hour before noon.
fn morning_of(value: &str) -> bool {
    value.split_once('T').is_some_and(|(_, t)| {
        t == "MO"
            || t.get(..2)
                .and_then(|h| h.parse::<u32>().ok())
                .is_some_and(|h| h < 12)
    })
}

/// The clock value of "noon" (or "midday") and "midnight", hours and minutes as TimeBank
/// writes clock times: midnight ends the day it belongs to.
fn noon_or_midnight(w: &str) -> &'static str {
    if w == "midnight" { "24:00" } else { "12:00" }
}

/// Whether a time value names a part of a day, not a clock time (`2000-01-07TNI`).
fn part_only(value: &str) -> bool {
    value
        .rsplit_once('T')
        .is_some_and(|(_, p)| p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The quarter before a (year, quarter).
fn quarter_before((y, q): (i32, u32)) -> (i32, u32) {
    if q == 1 { (y - 1, 4) } else { (y, q - 1) }
}

/// The year and quarter of a `YYYY-Qn` value.
fn quarter_of(value: &str) -> Option<(i32, u32)> {
    let (y, q) = value.split_once("-Q")?;
    Some((
        y.parse().ok()?,
        q.parse().ok().filter(|q| (1..=4).contains(q))?,
    ))
}

/// The day a value denotes, when it is day-precise (for anaphora).
/// Whether the last line before a list (`before` ends where the list's first entry
/// begins) introduces a recap of days past: "The past week in Gaza:", "How we got here:",
/// "What happened so far:".
fn recap_intro(before: &str) -> bool {
    let mut lines = before.trim_end().rsplit('\n');
    // (The entry's own bullet, if any, is on the entry's line.)
    let Some(intro) = lines.next().map(str::trim) else {
        return false;
    };
    intro.ends_with(':')
        && intro.len() < 80
        && intro.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "past" | "last" | "recent" | "happened" | "unfolded" | "far" | "got"
            )
        })
        && !intro.to_ascii_lowercase().contains("ahead")
        && !intro.to_ascii_lowercase().contains("coming")
}

/// Whether the last lines before a list introduce a preview of days ahead: "WHAT HAPPENS
/// NEXT?", "What happens next", "The week ahead:", "Coming up:" (a short line, possibly
/// followed by one short sentence such as "Three dates matter.").
fn preview_intro(before: &str) -> bool {
    before
        .trim_end()
        .rsplit('\n')
        .filter(|l| !l.trim().is_empty())
        .take(2)
        .any(|l| {
            let l = l.trim().to_ascii_lowercase();
            l.len() < 60
                && (l.contains("happens next")
                    || l.contains("week ahead")
                    || l.contains("coming up")
                    || l.contains("what's next")
                    || l.contains("what comes next"))
        })
}

/// The text before an expression, less the blanks and the bullet of a list entry ("- ",
/// "• ", "– ") that may stand between it and the start of its line.
fn before_bullet(before: &str) -> &str {
    before
        .trim_end_matches([' ', '\t'])
        .trim_end_matches(['-', '*', '\u{2022}', '\u{2013}', '\u{2014}'])
        .trim_end_matches([' ', '\t'])
}

/// "between Oct. 9 and Nov. 22, 2011", "from March to June 2011": the first end of a range
/// written without its year takes the year written at the second (the year before when it
/// comes later in the year).
fn range_years(text: &str, today: Option<NaiveDate>, out: &mut [Timex]) {
    // (A year told in words counts: "August of that year".)
    let written = |t: &Timex| {
        let s = &text[t.start..t.end];
        s.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4) || year_in_words(s)
    };
    for j in 1..out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let between = text.get(a.end..b.start).unwrap_or("").trim();
        let linked = matches!(
            between,
            "and" | "to" | "through" | "until" | "till" | "-" | "\u{2013}" | "\u{2014}"
        );
        let same_shape = a.value.len() == b.value.len() && matches!(a.value.len(), 7 | 10);
        // Neither end with its year: a range runs forward ("could lose 22 days of pay
        // between April and September"), the second end after the first.
        if linked
            && same_shape
            && a.kind == TimexType::Date
            && b.kind == TimexType::Date
            && a.value.len() == 7
            && month_of(&a.value).is_some()
            && month_of(&b.value).is_some()
            && !written(a)
            && !written(b)
            && b.value < a.value
            && let (Ok(y), Some(a_rest), Some(b_rest)) = (
                a.value[..4].parse::<i32>(),
                a.value.get(4..),
                b.value.get(4..),
            )
        {
            // The end further from the DCT gives way ("between April and September" in
            // March: September; "growth for January to March" read as next January:
            // January).
            let months = |v: &str| month_of(v).map(|(y, m)| y * 12 + m as i32);
            let now = today.map(|t| t.year() * 12 + t.month() as i32);
            let far = |v: &str| months(v).zip(now).map_or(0, |(x, n)| (x - n).abs());
            if far(&b.value) >= far(&a.value) {
                let y = if b_rest >= a_rest { y } else { y + 1 };
                out[j].value = format!("{y:04}{b_rest}");
            } else if let Ok(yb) = b.value[..4].parse::<i32>() {
                let y = if a_rest <= b_rest { yb } else { yb - 1 };
                out[j - 1].value = format!("{y:04}{a_rest}");
            }
            continue;
        }
        if !linked
            || !same_shape
            || a.kind != TimexType::Date
            || b.kind != TimexType::Date
            || written(a)
            || !written(b)
        {
            continue;
        }
        let (Ok(y), Some(a_rest), Some(b_rest)) = (
            b.value[..4].parse::<i32>(),
            a.value.get(4..),
            b.value.get(4..),
        ) else {
            continue;
        };
        let y = if a_rest <= b_rest { y } else { y - 1 };
        out[j - 1].value = format!("{y:04}{a_rest}");
    }
}

/// A verb of a scheduled act, after "due to" ("MPs due to vote at 7pm", "is due to set out
/// its plans", "due to be released"): the present-tense schedule verbs and a few more.
fn scheduled_act(lx: &Lexicon, w: &str) -> bool {
    lx.class(w) & SCHEDULE != 0
        || matches!(
            w,
            "be" | "set"
                | "publish"
                | "announce"
                | "release"
                | "report"
                | "vote"
                | "decide"
                | "rule"
                | "meet"
                | "hold"
                | "start"
                | "begin"
                | "arrive"
                | "sign"
                | "speak"
                | "testify"
                | "appear"
                | "deliver"
                | "return"
                | "launch"
                | "land"
                | "depart"
                | "finish"
                | "retire"
                | "step"
                | "leave"
        )
}

/// A preposition that opens a phrase of a noun, never a clause: "in", "during" … (not
/// "before markets open", "millions of people travel").
fn preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on" | "at" | "with" | "during" | "from" | "into" | "amid" | "despite"
    )
}

/// One unit and a half: "a year and a half" is written P18M, "an hour and a half" PT1H30M, as
/// the writers of news-dev write them (five to one for the hour).
fn one_and_a_half(unit: &str) -> Option<String> {
    match unit {
        "Y" => Some("P18M".into()),
        _ => half_value(1, unit),
    }
}

/// An article or a possessive before a noun: "the", "a", "its", "their" …
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
    )
}

/// A day of the ISO week a value names ("2013-W21"), or None for another value.
fn week_day(value: &str, day: Weekday) -> Option<NaiveDate> {
    let (y, w) = value.split_once("-W")?;
    if y.len() != 4 || w.len() != 2 {
        return None;
    }
    NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, day)
}

/// The Monday of a week's value ("2013-W21").
fn week_monday(value: &str) -> Option<NaiveDate> {
    week_day(value, Weekday::Mon)
}

/// The Sunday of a weekend's value ("2014-W19-WE").
fn weekend_sunday(value: &str) -> Option<NaiveDate> {
    week_day(value.strip_suffix("-WE")?, Weekday::Sun)
}

fn day_of(value: &str) -> Option<NaiveDate> {
    parse_ymd(value.get(..10)?)
}

/// A day written `YYYY-MM-DD` and nothing else. (The tagger reads back its own values many
/// times a document; chrono's general format parser cost several percent of the run.)
fn parse_ymd(v: &str) -> Option<NaiveDate> {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starters_filter_agrees_with_their_table() {
        let t = Tagger::new();
        let words = [
            "the", "monday", "mondays", "zebra", "", "a", "x", "Monday", "sept", "é",
        ];
        let long = "a".repeat(70);
        for w in words.iter().copied().chain([long.as_str()]) {
            assert_eq!(t.starters.contains(w), t.starters.words.contains(w), "{w}");
        }
        // Every word of the table passes its own filter.
        assert!(t.starters.words.iter().all(|w| t.starters.contains(w)));
        assert!(t.starters.contains("monday") && !t.starters.contains("zebra"));
    }

    #[test]
    fn days_are_read_back_as_chrono_reads_them() {
        for v in [
            "2021-07-02",
            "1990-02-29",
            "2000-02-29",
            "2021-13-01",
            "2021-00-10",
            "0000-01-01",
            "2021-7-02X",
            "2021-07-2T",
            "XXXX-WX-02",
            "199X-10-01",
            "2021-07-02T",
            "2021-W27-5",
        ] {
            assert_eq!(
                parse_ymd(v),
                NaiveDate::parse_from_str(v, "%Y-%m-%d").ok(),
                "{v}"
            );
        }
    }

    fn tag(text: &str, dct: &str) -> Vec<(String, String)> {
        let t = Tagger::new();
        let dct: Dct = dct.parse().unwrap();
        t.tag(text, Some(&dct))
            .into_iter()
            .map(|x| (text[x.start..x.end].to_string(), x.value))
            .collect()
    }

    /// The text, type and value of each expression.
    fn typed(text: &str, dct: &str) -> Vec<(String, TimexType, String)> {
        let dct: Dct = dct.parse().unwrap();
        Tagger::new()
            .tag(text, Some(&dct))
            .into_iter()
            .map(|x| (text[x.start..x.end].to_string(), x.kind, x.value))
            .collect()
    }

    /// The value of the last expression.
    fn last(text: &str, dct: &str) -> String {
        tag(text, dct).pop().unwrap().1
    }

    fn one(text: &str, dct: &str) -> (String, String) {
        let v = tag(text, dct);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].clone()
    }

    #[test]
    fn moving_through_a_day_is_no_deferral() {
        assert_eq!(
            last(
                "A cold front that moved through Saturday night brought cooler air.",
                "2013-04-14"
            ),
            "2013-04-13TNI"
        );
        assert_eq!(
            last("The vote was moved to Saturday.", "2013-04-10"),
            "2013-04-13"
        );
    }

    #[test]
    fn seconds_of_a_clock_and_times_taken() {
        assert_eq!(
            one("Kiprop won the race in 2:09:41.", "2018-04-15"),
            ("2:09:41".into(), "PT2H9M41S".into())
        );
        assert_eq!(
            one("The quake struck at 6:00:41 a.m.", "2015-08-27"),
            ("6:00:41 a.m.".into(), "2015-08-27T06:00:41".into())
        );
        assert_eq!(
            tag("A second was added at 23:59:59 UTC.", "2016-12-31"),
            [("23:59:59 UTC".into(), "2016-12-31T23:59:59".into())]
        );
        // After "at", a time of day.
        assert_eq!(
            last("Polls closed at 8:00:00 sharp.", "2016-11-08"),
            "2016-11-08T08:00:00"
        );
    }

    #[test]
    fn that_summer_is_not_one_still_ahead() {
        let text = "The island has been divided since 1974. Cypriots compared the mood this \
                    week to the uncertainty of that summer.";
        assert_eq!(last(text, "2013-03-23"), "1974-SU");
        // A season of the DCT's year that has begun, or a month ahead told before it, stays.
        assert_eq!(
            last(
                "He left in 1999. He came back in July. That summer was hot.",
                "2013-09-23"
            ),
            "2013-SU"
        );
        assert_eq!(
            last(
                "It was built in 1999. It will reopen in June. That summer …",
                "2013-03-23"
            ),
            "2013-SU"
        );
    }

    #[test]
    fn a_title_or_a_street_does_not_end_the_sentence_of_a_tense() {
        // (DCT a Tuesday: the Saturday ahead, as "will" says.)
        for text in [
            "Shah will read at Politics and Prose, 5015 Connecticut Ave. NW, on Saturday.",
            "The council will meet at the office of Dr. Smith on Saturday.",
            "Hearings will resume before Sen. Ann Hale on Saturday.",
        ] {
            assert_eq!(last(text, "2013-12-03"), "2013-12-07", "{text}");
        }
        // A dot that does end a sentence still does.
        assert_eq!(
            last("He will move to Elm St. He spoke Saturday.", "2013-12-03"),
            "2013-11-30"
        );
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("It happened on September 11, 2001.", "2021-08-10"),
            ("September 11, 2001".into(), "2001-09-11".into())
        );
        assert_eq!(
            one("on Aug. 12 they", "2021-08-14"),
            ("Aug. 12".into(), "2021-08-12".into())
        );
        assert_eq!(
            one("In 2018, a British employee", "2021-07-05"),
            ("2018".into(), "2018".into())
        );
        assert_eq!(
            one("since the 9/11 terror attacks", "2021-07-05"),
            ("9/11".into(), "2001-09-11".into())
        );
        assert_eq!(
            one("in the 1990s", "2021-07-05"),
            ("the 1990s".into(), "199".into())
        );
        assert_eq!(
            one("on 12 August 2021", "2021-07-05"),
            ("12 August 2021".into(), "2021-08-12".into())
        );
    }

    #[test]
    fn months_follow_tense_and_keep_month_granularity() {
        assert_eq!(
            one("In April, the division ordered the departure", "2021-08-10"),
            ("April".into(), "2021-04".into())
        );
        assert_eq!(
            one("The talks will resume in April.", "2021-08-10"),
            ("April".into(), "2022-04".into())
        );
        assert_eq!(
            one("He left in September.", "2021-08-10"),
            ("September".into(), "2020-09".into())
        );
    }

    #[test]
    fn weekdays_follow_tense() {
        assert_eq!(
            one(
                "The Taliban captured two strategic cities on Thursday.",
                "2021-08-12"
            ),
            ("Thursday".into(), "2021-08-12".into())
        );
        assert_eq!(
            one("In a statement on Sunday, the embassy said", "2021-07-05"),
            ("Sunday".into(), "2021-07-04".into())
        );
        assert_eq!(
            one("Khalilzad left for Doha on Sunday.", "2021-08-10"),
            ("Sunday".into(), "2021-08-08".into())
        );
        assert_eq!(
            one("They will meet on Thursday.", "2021-08-10"),
            ("Thursday".into(), "2021-08-12".into())
        );
        assert_eq!(
            one("fell on Thursday evening local time", "2021-08-12"),
            ("Thursday evening".into(), "2021-08-12TEV".into())
        );
    }

    #[test]
    fn relative_to_the_dct() {
        assert_eq!(
            one("Blinken said last month", "2021-08-10"),
            ("last month".into(), "2021-07".into())
        );
        assert_eq!(
            one("This weekend, the embassy urged", "2021-08-10"),
            ("This weekend".into(), "2021-W31-WE".into())
        );
        assert_eq!(
            one("the Taliban said this week", "2021-07-03"),
            ("this week".into(), "2021-W26".into())
        );
        assert_eq!(
            one("reduced earlier this year", "2021-08-10"),
            ("earlier this year".into(), "2021".into())
        );
        assert_eq!(
            one("talks began nearly two years ago", "2021-08-12"),
            ("nearly two years ago".into(), "2019".into())
        );
        assert_eq!(
            one("in the coming days", "2021-08-10"),
            ("the coming days".into(), "FUTURE_REF".into())
        );
        assert_eq!(
            one("in recent months", "2021-08-10"),
            ("recent months".into(), "PAST_REF".into())
        );
        assert_eq!(
            one("yesterday", "2021-08-10"),
            ("yesterday".into(), "2021-08-09".into())
        );
        assert_eq!(
            one("next week", "2021-08-10"),
            ("next week".into(), "2021-W33".into())
        );
    }

    #[test]
    fn anaphora_uses_the_last_date() {
        let v = tag(
            "Herat fell on Thursday evening. That morning, Ghazni fell.",
            "2021-08-12",
        );
        assert_eq!(v[1], ("That morning".into(), "2021-08-12TMO".into()));
        let v = tag(
            "They met on 3 March 2020. The next day they signed.",
            "2021-08-12",
        );
        assert_eq!(v[1], ("The next day".into(), "2020-03-04".into()));
    }

    #[test]
    fn durations_and_sets() {
        assert_eq!(
            one("for 20 years", "2021-08-10"),
            ("20 years".into(), "P20Y".into())
        );
        assert_eq!(
            one("for several months", "2021-08-10"),
            ("several months".into(), "PXM".into())
        );
        assert_eq!(
            one("within 48 hours", "2021-08-10"),
            ("48 hours".into(), "PT48H".into())
        );
        assert_eq!(
            one("evaluated every day", "2021-08-10"),
            ("every day".into(), "P1D".into())
        );
        assert_eq!(
            one("reported daily", "2021-08-10"),
            ("daily".into(), "P1D".into())
        );
        assert_eq!(
            one("in the 20 years since", "2021-08-10"),
            ("the 20 years".into(), "P20Y".into())
        );
    }

    #[test]
    fn parts_and_modifiers() {
        let t = Tagger::new();
        let dct: Dct = "2021-08-10".parse().unwrap();
        let x = &t.tag("by mid-July the", Some(&dct))[0];
        assert_eq!((x.value.as_str(), x.modifier), ("2021-07", Some("MID")));
        let x = &t.tag("in late 2021", Some(&dct))[0];
        assert_eq!((x.value.as_str(), x.modifier), ("2021", Some("END")));
        let x = &t.tag("summer 2021", Some(&dct))[0];
        assert_eq!(x.value, "2021-SU");
    }

    #[test]
    fn tense_from_verb_groups() {
        // "would" and an infinitive after a word of intent look ahead.
        assert_eq!(
            one(
                "The group would be ready to leave as soon as Tuesday, Castro said.",
                "2000-04-03"
            )
            .1,
            "2000-04-04"
        );
        assert_eq!(
            one(
                "The company agreed to acquire the bank in January.",
                "1989-11-02"
            )
            .1,
            "1990-01"
        );
        // A plan that is over is past.
        assert_eq!(
            one("The offer had been due to expire Friday.", "1989-10-30").1,
            "1989-10-27"
        );
        // "were planning to" is a plan still ahead.
        assert_eq!(
            one(
                "Protesters were planning to drive around the airport on Monday.",
                "2000-01-07"
            )
            .1,
            "2000-01-10"
        );
        // A possessive weekday takes the verb after it, else it is past.
        assert_eq!(
            one("They sought ways around Wednesday's ruling.", "2000-01-07").1,
            "2000-01-05"
        );
        assert_eq!(
            one("Sunday's vote will decide it.", "2000-01-07").1,
            "2000-01-09"
        );
        // The nearer verb wins: "the Aug. 7 blasts killed".
        assert_eq!(
            one(
                "She would bring aid to the countries where the Aug. 7 blasts killed 257 people.",
                "1998-08-18"
            )
            .1,
            "1998-08-07"
        );
        // A closing quote after a period ends the sentence: "how.'' Late Monday, … said".
        assert_eq!(
            tag(
                "``We will decide when and how.''  Late Monday, officials said it was over.",
                "2000-04-03"
            )[0]
            .1,
            "2000-04-03"
        );
    }

    #[test]
    fn combined_expressions() {
        assert_eq!(
            one(
                "The Times said in an editorial on Monday, Oct. 26: the",
                "1998-10-25"
            ),
            ("Monday, Oct. 26".into(), "1998-10-26".into())
        );
        // The weekday picks the year of a date given without one.
        assert_eq!(
            one("money seeped out Friday Oct. 13 alone", "1990-01-05").1,
            "1989-10-13"
        );
        assert_eq!(
            one("talks broke off at noon Thursday.", "1998-02-13"),
            ("noon Thursday".into(), "1998-02-12T12:00".into())
        );
        assert_eq!(
            one("The offer expired at midnight Friday.", "1989-10-30").1,
            "1989-10-27T24:00"
        );
        assert_eq!(
            one(
                "A man was shot shortly after midnight Sunday.",
                "1989-10-30"
            )
            .1,
            "1989-10-29T00:00"
        );
        assert_eq!(
            one("In July last year, Hun Sen staged a coup.", "1998-02-19"),
            ("July last year".into(), "1997-07".into())
        );
        assert_eq!(
            one(
                "January nineteen ninety-seven. Atlanta again.",
                "1998-02-27"
            ),
            ("January nineteen ninety-seven".into(), "1997-01".into())
        );
        assert_eq!(one("in the winter of 1994", "1998-02-27").1, "1994-WI");
    }

    #[test]
    fn halves_pairs_and_compound_numbers() {
        assert_eq!(
            one("about 5 1/2 hours in Nairobi", "1998-08-17").1,
            "PT5H30M"
        );
        assert_eq!(one("for two and a half years", "1998-08-17").1, "P2Y6M");
        assert_eq!(one("for a year and a half", "1998-08-17").1, "P18M");
        assert_eq!(one("for an hour and a half", "1998-08-17").1, "PT1H30M");
        assert_eq!(one("a minute and a half", "1998-08-17").1, "PT1M30S");
        assert_eq!(one("a couple of years", "1998-08-17").1, "P2Y");
        assert_eq!(
            one("in the last twenty four hours", "1998-08-17").1,
            "PT24H"
        );
        assert_eq!(
            one("troops within weeks", "1998-08-17"),
            ("weeks".into(), "PXW".into())
        );
    }

    #[test]
    fn holidays_parts_of_named_days_and_decades() {
        assert_eq!(
            one(
                "Elian was found Thanksgiving Day clinging to a tube.",
                "2000-01-07"
            )
            .1,
            "1999-11-25"
        );
        assert_eq!(
            one("He was found last Thanksgiving.", "2000-01-07").1,
            "1999-11-25"
        );
        assert_eq!(
            one("We will meet on Christmas Eve.", "2000-01-07").1,
            "2000-12-24"
        );
        assert_eq!(one("Easter 1998 was early.", "2000-01-07").1, "1998-04-12");
        assert_eq!(one("on Election Day", "1998-10-26").1, "1998-11-03");
        assert_eq!(one("on Memorial Day", "2021-05-01").1, "2021-05-31");
        // A lowercase word is not the holiday.
        assert!(tag("the easter egg", "2000-01-07").is_empty());
        assert_eq!(
            one("CBS first reported last night that", "1998-01-20"),
            ("last night".into(), "1998-01-19TNI".into())
        );
        assert_eq!(one("yesterday morning", "1998-01-20").1, "1998-01-19TMO");
        assert_eq!(
            one("in the past, Russia said", "1998-01-20"),
            ("the past".into(), "PAST_REF".into())
        );
        assert_eq!(one("over the past three years", "1998-01-20").1, "P3Y");
        assert_eq!(
            one("For the year, volume was flat", "1989-10-30"),
            ("the year".into(), "1989".into())
        );
        assert_eq!(
            tag("revenue for the year ended March 31", "1989-10-30")[0].1,
            "P1Y"
        );
        assert_eq!(one("music of the nineties", "1998-01-20").1, "199");
        assert_eq!(one("in the twentieth century", "1998-01-20").1, "19");
        assert_eq!(one("in the 11th century", "1998-01-20").1, "10");
    }

    #[test]
    fn holiday_rules_parse_and_fall_on_their_days() {
        let date = |r: &str, y| {
            Holiday::parse(r)
                .and_then(|h| h.in_year(y, &[], &[]))
                .map(ymd)
        };
        assert_eq!(date("11:4:4", 2021).as_deref(), Some("2021-11-25"));
        assert_eq!(date("5:1:-1", 2021).as_deref(), Some("2021-05-31"));
        assert_eq!(date("11:1:1+1", 2020).as_deref(), Some("2020-11-03"));
        assert_eq!(date("easter", 2021).as_deref(), Some("2021-04-04"));
        assert_eq!(date("easter-2", 2024).as_deref(), Some("2024-03-29"));
        assert_eq!(date("12-25", 2021).as_deref(), Some("2021-12-25"));
        // Black Friday, the day after Thanksgiving; Ash Wednesday, 46 days before Easter.
        assert_eq!(date("11:4:4+1", 2012).as_deref(), Some("2012-11-23"));
        assert_eq!(date("easter-46", 2013).as_deref(), Some("2013-02-13"));
        assert_eq!(
            one("Shoppers lined up on Black Friday.", "2013-03-22"),
            ("Black Friday".into(), "2012-11-23".into())
        );
        assert_eq!(
            one("Parades marked St. Patrick's Day.", "2013-03-22"),
            ("St. Patrick's Day".into(), "2013-03-17".into())
        );
        assert!(Holiday::parse("13:1:1").is_none());
        assert!(Holiday::parse("x").is_none());
    }

    #[test]
    fn financial_quarters_and_verb_forms() {
        assert_eq!(
            one("Net sales for this year's third quarter were", "1989-10-26"),
            ("this year's third quarter".into(), "1989-Q3".into())
        );
        // A comparison ("a year ago") does not become the quarter the text is about.
        let t = tag(
            "Profit rose in the third quarter from a year ago. In the quarter, sales fell.",
            "1989-11-02",
        );
        assert_eq!(t[2], ("the quarter".into(), "1989-Q3".into()));
        // A quarter just ended is this year's even in a future clause.
        assert_eq!(
            one("It expects to report a third-quarter loss.", "1989-11-02").1,
            "1989-Q3"
        );
        // "succeed" is not a past form; "will be paid" is future.
        assert_eq!(
            one("He will succeed Davison Feb. 1, soon after.", "1989-10-26").1,
            "1990-02-01"
        );
        assert_eq!(
            one(
                "The dividend will be paid Dec. 14 to holders.",
                "1989-10-26"
            )
            .1,
            "1989-12-14"
        );
        // Ages are not durations.
        assert!(tag("Mr. Reupke, 52 years old, said", "1989-10-26").is_empty());
    }

    #[test]
    fn spans_halves_and_deadlines() {
        assert_eq!(
            one(
                "In the second half of the year profits will fall.",
                "2013-03-21"
            ),
            ("the second half of the year".into(), "2013-H2".into())
        );
        // "on" parts a time from its day: two expressions, the time on that day.
        assert_eq!(
            tag(
                "The market closed at 08:00 GMT on Friday 22 March.",
                "2013-03-21"
            ),
            [
                ("08:00 GMT".into(), "2013-03-22T08:00".into()),
                ("Friday 22 March".into(), "2013-03-22".into())
            ]
        );
        assert_eq!(
            one("At the time, officials declined to comment.", "2013-03-21").1,
            "PAST_REF"
        );
        assert_eq!(
            one("Later in the day, the embassy closed.", "2013-03-21").1,
            "2013-03-21"
        );
        // A deadline is ahead; "will remain closed" is future.
        assert_eq!(
            one("Cyprus has until Monday to raise the money.", "2013-03-21").1,
            "2013-03-25"
        );
        assert_eq!(
            one("The bank will remain closed until Tuesday.", "2013-03-21").1,
            "2013-03-26"
        );
        assert_eq!(one("at least 20 more years", "1998-02-27").1, "P20Y");
        assert_eq!(one("an additional year", "1998-02-27").1, "P1Y");
        assert_eq!(
            one("Eight trading days after the crash", "1989-10-30").1,
            "P8D"
        );
        assert_eq!(
            one("the government's decades-long battle", "2000-01-15").1,
            "PXDE"
        );
        assert_eq!(one("a day-long meeting", "2000-01-15").1, "P1D");
        assert!(tag("the 6-year-old boy", "2000-01-15").is_empty());
        assert_eq!(
            one("over the years many", "1998-03-31"),
            ("the years".into(), "PXY".into())
        );
        assert_eq!(one("in the first hours of the war", "1991-02-25").1, "PTXH");
        assert_eq!(one("the 14-day waiting period", "2000-01-15").0, "14-day");
        assert_eq!(
            tag("for the first nine months of 1997", "1998-02-06")[0].0,
            "the first nine months"
        );
    }

    #[test]
    fn names_attributions_and_year_ends() {
        // "United" is a name, not a past verb.
        assert_eq!(
            one(
                "The father would be traveling to the United States Thursday with his wife.",
                "2000-04-05"
            )
            .1,
            "2000-04-06"
        );
        // The attribution after a comma does not date the clause before it.
        assert_eq!(
            one(
                "The group would be ready to leave as soon as Tuesday, Castro said.",
                "2000-04-05"
            )
            .1,
            "2000-04-11"
        );
        assert_eq!(one("complete the deal by year-end", "1989-10-26").1, "1989");
        assert_eq!(one("at the end of the month", "1989-10-26").1, "1989-10");
        assert_eq!(
            tag(
                "In 1995 he was promoted, and the following year he was appointed.",
                "2000-01-01"
            )[1],
            ("the following year".into(), "1996".into())
        );
    }

    #[test]
    fn quarters_in_tables_and_day_ranges() {
        assert_eq!(one("profits in Q3 2021 rose", "2021-11-02").1, "2021-Q3");
        assert_eq!(one("Q4 results", "2021-11-02").1, "2021-Q4");
        assert_eq!(one("Q4 results", "2021-05-02").1, "2020-Q4");
        assert_eq!(
            one("sales in fiscal 1989 rose", "1989-11-02"),
            ("fiscal 1989".into(), "1989".into())
        );
        assert_eq!(
            tag("Talks ran July 1-2 and Aug. 9\u{2013}15.", "2021-08-13"),
            [
                ("July 1".into(), "2021-07-01".into()),
                ("2".into(), "2021-07-02".into()),
                ("Aug. 9".into(), "2021-08-09".into()),
                ("15".into(), "2021-08-15".into()),
            ]
        );
        // Not a range: a score, a phone number.
        assert_eq!(tag("On July 1-2-3 they", "2021-08-13").len(), 1);
    }

    #[test]
    fn bare_months_without_a_verb_lean_to_the_past() {
        // Nine months back is more likely than three ahead when no verb tells.
        assert_eq!(
            tag("In January, a week after the anniversary.", "1998-10-25")[0].1,
            "1998-01"
        );
        // A month just ahead stays ahead.
        assert_eq!(
            tag("In December, a week after the vote.", "1998-10-25")[0].1,
            "1998-12"
        );
        // A past in a relative clause on a noun after the month is not the month's tense.
        assert_eq!(
            tag(
                "Economists expect policymakers to cut bond purchases by another $10 billion, \
                 to $55 billion a month, starting in April, continuing a pullback that began \
                 in December.",
                "2014-03-17"
            )[1..],
            [
                ("April".to_string(), "2014-04".to_string()),
                ("December".to_string(), "2013-12".to_string())
            ]
        );
    }

    #[test]
    fn deadlines_lie_ahead_and_last_names_the_past_date() {
        // "until", "by": ahead of a past clause, or just past the DCT.
        assert_eq!(
            one(
                "and gave Merieux until mid-November to reply.",
                "1989-10-30"
            )
            .1,
            "1989-11"
        );
        assert_eq!(
            one("It agreed to pay down the loan by February.", "1989-10-30").1,
            "1990-02"
        );
        assert_eq!(
            one(
                "the INS ordered the child repatriated by Jan. 14.",
                "2000-01-15"
            )
            .1,
            "2000-01-14"
        );
        // A state that holds now ends ahead; one told in the past ended before.
        assert_eq!(
            one("The comedy has been held until January.", "2011-08-10").1,
            "2012-01"
        );
        assert_eq!(
            one("The comedy was held until January.", "2011-08-10").1,
            "2011-01"
        );
        // "by" as the agent is no deadline: the accord was signed before the DCT.
        assert_eq!(
            one("as laid down by the Feb. 23 accord", "1998-03-06").1,
            "1998-02-23"
        );
        // Without a deadline, a month well after the DCT in a past clause is last year's.
        assert_eq!(
            one("the record high it set on Aug. 6.", "1998-02-06").1,
            "1997-08-06"
        );
        assert_eq!(
            one("He was shot last Oct. 23 at home.", "1999-04-19"),
            ("last Oct. 23".into(), "1998-10-23".into())
        );
        assert_eq!(one("next March 6", "2000-01-15").1, "2000-03-06");
        assert_eq!(one("last March 6", "2000-01-15").1, "1999-03-06");
    }

    #[test]
    fn a_short_word_and_a_period_end_the_sentence_before_a_capital() {
        // "days." ends a sentence: its verb does not set the tense of the next one.
        assert_eq!(
            tag(
                "The bank was closed for 10 days. Cyprus has until Monday to raise money.",
                "2013-03-22"
            )[1],
            ("Monday".into(), "2013-03-25".into())
        );
        // "Gen." before a name does not.
        assert_eq!(
            tag("He met Gen. Smith and left Friday.", "2013-03-21")[0].1,
            "2013-03-15"
        );
        // A trailing attribution does not date the clause: the deadline still lies ahead.
        assert_eq!(
            one(
                "Cyprus has until Monday to raise money, he said.",
                "2013-03-22"
            )
            .1,
            "2013-03-25"
        );
    }

    #[test]
    fn future_weekdays_deferrals_and_latest_periods() {
        // A paper dated Thursday: "will travel Thursday" is today, not a week ahead.
        assert_eq!(
            one(
                "He will travel to the United States on Thursday.",
                "2000-04-06"
            )
            .1,
            "2000-04-06"
        );
        assert_eq!(
            one("He will travel on Friday.", "2000-04-06").1,
            "2000-04-07"
        );
        // A deadline moved ahead by the verb, though the clause is past.
        assert_eq!(
            one(
                "Officials postponed until Tuesday any action.",
                "2000-03-30"
            )
            .1,
            "2000-04-04"
        );
        assert_eq!(
            one(
                "The euro zone gave Cyprus until Monday to pay.",
                "2013-03-22"
            )
            .1,
            "2013-03-25"
        );
        // A past clause with "until" and no such verb stays in the past.
        assert_eq!(
            one(
                "Until Thursday, they had not called him a suspect.",
                "1999-05-08"
            )
            .1,
            "1999-05-06"
        );
        // "the latest period" in a report about a quarter is that quarter.
        assert_eq!(
            tag(
                "Net fell in the third quarter. Sales in the latest period rose.",
                "1989-11-02"
            )[1],
            ("the latest period".into(), "1989-Q3".into())
        );
        assert!(tag("the latest period of calm", "1989-11-02").is_empty());
    }

    #[test]
    fn long_adjectives_halves_and_parts_of_the_day() {
        assert_eq!(
            tag("The weeklong festival, a yearlong probe.", "2013-03-22"),
            [
                ("weeklong".into(), "P1W".into()),
                ("yearlong".into(), "P1Y".into())
            ]
        );
        assert_eq!(
            one("a decade-long war", "2013-03-22"),
            ("decade-long".into(), "P10Y".into())
        );
        assert_eq!(
            one("the two-week-long trial", "2013-03-22"),
            ("two-week-long".into(), "P2W".into())
        );
        assert_eq!(
            one("Two-and-a-half years passed.", "2013-03-22"),
            ("Two-and-a-half years".into(), "P2Y6M".into())
        );
        assert_eq!(
            one(
                "In London at mid-afternoon yesterday, shares fell.",
                "1989-11-02"
            ),
            ("mid-afternoon yesterday".into(), "1989-11-01TAF".into())
        );
        assert_eq!(
            one("By midmorning, prices rose.", "1989-11-02"),
            ("midmorning".into(), "1989-11-02TMO".into())
        );
        assert_eq!(
            one("By late afternoon Friday, prices rose.", "2013-03-21"),
            ("late afternoon Friday".into(), "2013-03-15TAF".into())
        );
        // "Belong" and "along" are no durations.
        assert!(tag("They belong along the way.", "2013-03-22").is_empty());
    }

    #[test]
    fn frequencies_runs_and_halves() {
        assert_eq!(
            tag(
                "Once a month and three times a week, 4 times per day.",
                "2013-03-22"
            ),
            [
                ("Once a month".into(), "P1M".into()),
                ("three times a week".into(), "P1W".into()),
                ("4 times per day".into(), "P1D".into()),
            ]
        );
        // "three times the size" is no frequency.
        assert!(tag("three times the size", "2013-03-22").is_empty());
        assert_eq!(
            one("It rose for 18 consecutive months.", "2013-03-22"),
            ("18 consecutive months".into(), "P18M".into())
        );
        assert_eq!(
            one("Its first-half profit rose.", "2013-08-22").1,
            "2013-H1"
        );
        assert_eq!(
            one("Its second-half profit rose.", "2013-03-22").1,
            "2012-H2"
        );
    }

    #[test]
    fn the_day_before_an_event() {
        // In apposition to a date: that date.
        assert_eq!(
            tag(
                "He was last seen Nov. 3, the day before authorities issued a warrant.",
                "1998-11-10"
            )[1],
            ("the day".into(), "1998-11-03".into())
        );
        // After a date told earlier: the day after it.
        assert_eq!(
            tag(
                "He died on Oct. 23. Two men came to the house the day after his death.",
                "1998-11-10"
            )[1],
            ("the day".into(), "1998-10-24".into())
        );
        assert_eq!(
            one(
                "The day before last Tuesday's hearing, talks failed.",
                "2000-02-24"
            ),
            ("The day before last Tuesday".into(), "2000-02-21".into())
        );
        assert_eq!(
            tag("They met on May 4 and left the day after.", "1998-05-10")[1],
            ("the day after".into(), "1998-05-05".into())
        );
        assert_eq!(
            one("It rained the day before.", "1998-05-10").1,
            "1998-05-09"
        );
    }

    #[test]
    fn or_so_is_approximate() {
        assert_eq!(
            one("Then, a week or so ago, he chose.", "1991-02-25"),
            ("a week or so ago".into(), "1991-W08".into())
        );
        assert_eq!(
            one("It lasted a year or so.", "1991-02-25"),
            ("a year or so".into(), "P1Y".into())
        );
    }

    #[test]
    fn a_participle_after_a_determiner_is_no_verb() {
        // "the agreed date" does not make the clause past: "would" does.
        assert_eq!(
            one(
                "troops would no longer be welcome after September 11, the agreed date.",
                "2021-07-05"
            )
            .1,
            "2021-09-11"
        );
    }

    #[test]
    fn weekends_and_deadlines_follow_the_clause() {
        // DCT Friday 2013-03-22.
        assert_eq!(
            one("Depositors rushed to ATMs over the weekend.", "2013-03-22").1,
            "2013-W11-WE"
        );
        assert_eq!(
            one("Ministers will meet over the weekend.", "2013-03-22").1,
            "2013-W12-WE"
        );
        assert_eq!(
            one("Ministers will meet this weekend.", "2013-03-19").1,
            "2013-W12-WE"
        );
        assert_eq!(
            one(
                "This weekend, the embassy urged citizens to leave.",
                "2021-08-10"
            )
            .1,
            "2021-W31-WE"
        );
        assert_eq!(one("over the weekend", "2013-03-24").1, "2013-W12-WE");
        // A perfect announces the coming weekend; a term ends at it.
        assert_eq!(
            one(
                "Both parties have announced public meetings in Lahore this weekend.",
                "2013-04-16"
            )
            .1,
            "2013-W16-WE"
        );
        assert_eq!(
            one(
                "Forecasters warned of rain heavy enough to flood rivers by the weekend.",
                "2013-04-17"
            )
            .1,
            "2013-W16-WE"
        );
        assert_eq!(
            one(
                "The mayor extended a curfew through the weekend.",
                "2021-05-20"
            )
            .1,
            "2021-W20-WE"
        );
        assert_eq!(
            one("Engineers worked through the weekend.", "2012-04-25").1,
            "2012-W16-WE"
        );
    }

    #[test]
    fn present_tense_of_scheduled_events_points_ahead() {
        // DCT Friday 2013-03-22.
        assert_eq!(one("It meets again Monday.", "2013-03-22").1, "2013-03-25");
        assert_eq!(
            one("Talks resume Tuesday in Brussels.", "2013-03-22").1,
            "2013-03-26"
        );
        assert_eq!(
            one("The new school term begins in January.", "2013-03-22").1,
            "2014-01"
        );
        // A past clause keeps its day.
        assert_eq!(one("Parliament met Monday.", "2013-03-22").1, "2013-03-18");
        // Irregular past forms: a month after the DCT's is last year's.
        assert_eq!(one("Google bought one in May.", "2013-03-21").1, "2012-05");
        assert_eq!(
            one("The storm had struck in June.", "2013-03-21").1,
            "2012-06"
        );
    }

    #[test]
    fn over_bounds_quantities_only_and_or_so_extends_spans() {
        assert_eq!(
            one("a tour likely to last over a week", "1998-03-06"),
            ("over a week".into(), "P1W".into())
        );
        assert_eq!(
            one("a premium over Thursday's closing price", "1989-11-03"),
            ("Thursday".into(), "1989-11-02".into())
        );
        assert_eq!(
            one(
                "will be closed over the next year or so, he said",
                "1989-11-03"
            ),
            ("the next year or so".into(), "1990".into())
        );
    }

    #[test]
    fn unstated_times_back_halves_and_weekend_sets() {
        assert_eq!(
            one("The company was founded years ago.", "2013-03-22"),
            ("years ago".into(), "PAST_REF".into())
        );
        assert_eq!(
            one("Decades ago, it was a farm.", "2013-03-22"),
            ("Decades ago".into(), "PAST_REF".into())
        );
        assert_eq!(
            one("It lasted half an hour.", "2013-03-22"),
            ("half an hour".into(), "PT30M".into())
        );
        assert_eq!(
            one("He works every weekend.", "2013-03-22"),
            ("every weekend".into(), "XXXX-WXX-WE".into())
        );
        // Frequency adjectives of financial reports are not annotated.
        assert!(tag("raised its quarterly dividend", "1989-11-02").is_empty());
    }

    #[test]
    fn verbs_seasons_and_adjectives() {
        // "last" as a verb.
        assert_eq!(
            one("The strike could last two weeks.", "2013-03-22"),
            ("two weeks".into(), "P2W".into())
        );
        assert_eq!(
            tag(
                "The talks, which last three days, begin Monday.",
                "2013-03-22"
            ),
            [
                ("three days".into(), "P3D".into()),
                ("Monday".into(), "2013-03-25".into())
            ]
        );
        assert_eq!(
            one("In the last two weeks, it rained.", "2013-03-22").0,
            "the last two weeks"
        );
        assert_eq!(
            one("Computers failed in the year 2000.", "2013-03-22"),
            ("the year 2000".into(), "2000".into())
        );
        // "fall" is a season only with a year or after "in the", "since the" and the like.
        assert_eq!(
            one("It closed in the fall of 2012.", "2013-03-22"),
            ("the fall of 2012".into(), "2012-FA".into())
        );
        assert_eq!(one("Sales rose in the fall.", "2013-03-22").1, "2012-FA");
        // ("since the fall", "before the fall" too; not "since the fall of the regime".)
        assert_eq!(
            one(
                "Volunteers have knocked on doors since the fall.",
                "2016-01-18"
            )
            .1,
            "2015-FA"
        );
        assert!(
            tag(
                "Prices have risen since the fall of the regime.",
                "2016-01-18"
            )
            .is_empty()
        );
        assert_eq!(
            one(
                "If this pace holds through the fall, rates rise.",
                "2014-08-01"
            )
            .1,
            "2014-FA"
        );
        assert!(tag("Markets slid into the fall in prices.", "2014-08-01").is_empty());
        assert!(tag("After the fall of Kabul, many fled.", "2021-08-20").is_empty());
        // A season in a past clause that has not begun by the DCT is last year's.
        assert_eq!(
            one("It snowed heavily in winter.", "2013-03-22").1,
            "2012-WI"
        );
        assert_eq!(one("We will go in summer.", "2013-03-22").1, "2013-SU");
        assert_eq!(
            one("In the run-up to Christmas, shops filled.", "2013-03-22"),
            ("Christmas".into(), "2012-12-25".into())
        );
        assert_eq!(
            one("The month-long strike ended.", "2013-03-22"),
            ("month-long".into(), "P1M".into())
        );
        assert_eq!(
            one("This past weekend, it snowed.", "2013-03-22"),
            ("This past weekend".into(), "2013-W11-WE".into())
        );
    }

    #[test]
    fn coordinated_days_and_parts_of_named_days() {
        assert_eq!(
            tag("Banks shut on March 11 and 12.", "2013-03-22"),
            [
                ("March 11".into(), "2013-03-11".into()),
                ("12".into(), "2013-03-12".into())
            ]
        );
        assert_eq!(
            tag("From March 5 to 7, talks ran.", "2013-03-22")[1],
            ("7".into(), "2013-03-07".into())
        );
        // A count after "and" is no day.
        assert_eq!(
            tag("On March 11 and 12 people died.", "2013-03-22").len(),
            1
        );
        assert_eq!(
            tag("It was issued at noon on Thursday.", "2013-03-22"),
            [
                ("noon".into(), "2013-03-21T12:00".into()),
                ("Thursday".into(), "2013-03-21".into())
            ]
        );
        assert_eq!(
            one("Gunfire erupted last Friday night.", "2013-03-22"),
            ("last Friday night".into(), "2013-03-15TNI".into())
        );
        assert_eq!(
            one("He arrives next Monday morning.", "2013-03-22"),
            ("next Monday morning".into(), "2013-03-25TMO".into())
        );
    }

    #[test]
    fn decades_centuries_and_quarters_ended() {
        assert_eq!(
            one("By the end of the decade, it grows.", "2013-03-22"),
            ("the end of the decade".into(), "201".into())
        );
        assert_eq!(
            one("It was founded in the last century.", "2013-03-22"),
            ("the last century".into(), "19".into())
        );
        assert_eq!(one("It grew in the 1800s.", "2013-03-22").1, "18");
        assert_eq!(one("It grew in the 2000s.", "2013-03-22").1, "200");
        assert_eq!(
            one("Crime soared in the 90s.", "2013-03-22"),
            ("the 90s".into(), "199".into())
        );
        // An age is no decade.
        assert!(tag("a man in his 90s", "2013-03-22").is_empty());
        // The quarter ended on a day: the calendar quarter that holds most of it.
        assert_eq!(
            tag("a loss for the quarter ended Sept. 30.", "1989-11-02")[0].1,
            "1989-Q3"
        );
        assert_eq!(
            tag("In the quarter ended July 31, it lost.", "1989-11-02")[0].1,
            "1989-Q2"
        );
    }

    #[test]
    fn sets_of_weekdays_and_parts_of_days() {
        assert_eq!(
            tag("Flights leave on Monday and Tuesday nights.", "1998-02-13"),
            [
                ("Monday".into(), "XXXX-WXX-1TNI".into()),
                ("Tuesday nights".into(), "XXXX-WXX-2TNI".into())
            ]
        );
        assert_eq!(
            one("The market is open on Saturday mornings.", "2013-03-22"),
            ("Saturday mornings".into(), "XXXX-WXX-6TMO".into())
        );
        assert_eq!(
            one("It closes on Mondays.", "2013-03-22"),
            ("Mondays".into(), "XXXX-WXX-1".into())
        );
        assert_eq!(
            one("He visits every Sunday afternoon.", "2013-03-22"),
            ("every Sunday afternoon".into(), "XXXX-WXX-7TAF".into())
        );
        assert_eq!(
            one("It is filed every morning.", "2013-03-22"),
            ("every morning".into(), "XXXX-XX-XXTMO".into())
        );
        assert_eq!(
            one("Take one every other day.", "2013-03-22"),
            ("every other day".into(), "P2D".into())
        );
    }

    #[test]
    fn wire_service_times() {
        assert_eq!(
            one("The market opens at 1430 GMT.", "2013-03-22"),
            ("1430 GMT".into(), "2013-03-22T14:30".into())
        );
        assert_eq!(
            one("It left at 0900 local time.", "2013-03-22"),
            ("0900 local time".into(), "2013-03-22T09:00".into())
        );
        // The conversion in brackets is a time too (TimeML tags every time; TimeBank left
        // its one such conversion untagged).
        assert_eq!(
            tag("It blew up at 10:35 a.m. (0735 GMT).", "1998-08-08"),
            [
                ("10:35 a.m.".into(), "1998-08-08T10:35".into()),
                ("0735 GMT".into(), "1998-08-08T07:35".into())
            ]
        );
        // A year before a zone-like word is still a year.
        assert_eq!(one("In 1998 ET was a film.", "2013-03-22").1, "1998");
    }

    #[test]
    fn spans_from_a_day_are_dates() {
        assert_eq!(
            one("The final is a week from Friday.", "2013-03-20"),
            ("a week from Friday".into(), "2013-03-29".into())
        );
        assert_eq!(
            tag("The vote is a year from now.", "2013-03-22"),
            [
                ("a year".into(), "P1Y".into()),
                ("now".into(), "PRESENT_REF".into())
            ]
        );
        assert_eq!(
            one("It starts three days from tomorrow.", "2013-03-22"),
            ("three days from tomorrow".into(), "2013-03-26".into())
        );
        // A span counted from a year is not a date.
        assert_eq!(
            tag("It grew 20 years from 1990 to 2010.", "2013-03-22")[0].0,
            "20 years"
        );
    }

    #[test]
    fn clock_ranges_share_a_day_and_cross_midnight() {
        assert_eq!(
            tag("The curfew runs from 10 p.m. to 5 a.m.", "2021-08-10"),
            [
                ("10 p.m.".into(), "2021-08-10T22:00".into()),
                ("5 a.m.".into(), "2021-08-11T05:00".into())
            ]
        );
        assert_eq!(
            tag(
                "Polls were open from 8 a.m. to 8 p.m. Sunday.",
                "2021-08-10"
            ),
            [
                ("8 a.m.".into(), "2021-08-08T08:00".into()),
                ("8 p.m. Sunday".into(), "2021-08-08T20:00".into())
            ]
        );
        // Not a range: two times in a row of a list.
        assert_eq!(
            tag("Trains leave at 10 p.m., 5 a.m.", "2021-08-10")[1].1,
            "2021-08-10T05:00"
        );
    }

    #[test]
    fn earlier_today_keeps_its_adverb() {
        assert_eq!(
            one("Earlier yesterday, the exchange was closed.", "1989-11-01"),
            ("Earlier yesterday".into(), "1989-10-31".into())
        );
        assert_eq!(
            one("She will speak later tonight.", "1989-11-01"),
            ("later tonight".into(), "1989-11-01TNI".into())
        );
        assert_eq!(
            one("Earlier Friday, lawyers filed a petition.", "2000-01-07"),
            ("Friday".into(), "2000-01-07".into())
        );
    }

    #[test]
    fn a_span_later_is_a_duration() {
        assert_eq!(
            one("Three days later, the Nasdaq fell.", "1989-10-20"),
            ("Three days".into(), "P3D".into())
        );
        assert_eq!(
            one("Hours later, the building collapsed.", "2013-03-22"),
            ("Hours".into(), "PTXH".into())
        );
        // A bare plural before "before/after/of" is an unstated span too, unless a
        // determiner or adjective makes it part of a longer phrase.
        assert_eq!(
            one(
                "Trading ended minutes before the quake struck.",
                "2011-03-12"
            ),
            ("minutes".into(), "PTXM".into())
        );
        assert_eq!(
            one("The deal follows months of talks.", "2011-03-12"),
            ("months".into(), "PXM".into())
        );
        assert_eq!(
            one("He was arrested days after the attack.", "2011-03-12"),
            ("days".into(), "PXD".into())
        );
        assert_eq!(
            one("It came seconds after the blast.", "2011-03-12"),
            ("seconds".into(), "PTXS".into())
        );
        assert!(tag("It is a matter of days before he leaves.", "2011-03-12").is_empty());
        assert!(tag("In the days after the attack, he hid.", "2011-03-12").is_empty());
    }

    #[test]
    fn year_spans() {
        assert_eq!(
            tag("He was mayor in 1998-99.", "2013-03-22"),
            [("1998".into(), "1998".into()), ("99".into(), "1999".into())]
        );
        assert_eq!(
            tag("He served from 1999-00 onward.", "2013-03-22")[1],
            ("00".into(), "2000".into())
        );
        // A budget year is one year, named by its start.
        assert_eq!(
            tag("the 1999-00 budget", "2013-03-22"),
            [("1999".into(), "1999".into())]
        );
        // A phone number is no span.
        assert!(
            tag("Call 1998-99999.", "2013-03-22")
                .iter()
                .all(|t| t.1 != "1999")
        );
    }

    #[test]
    fn latter_and_last_halves() {
        assert_eq!(
            one("They meet in the latter half of the year.", "2013-03-22"),
            ("the latter half of the year".into(), "2013-H2".into())
        );
        assert_eq!(
            one("sales in the last half of 1989", "1989-11-02"),
            ("the last half of 1989".into(), "1989-H2".into())
        );
    }

    #[test]
    fn british_and_spoken_clock_times() {
        assert_eq!(
            one("The vote is at 4.30pm.", "2013-03-22"),
            ("4.30pm".into(), "2013-03-22T16:30".into())
        );
        assert_eq!(
            one("It ends at 5 o'clock.", "2013-03-22"),
            ("5 o'clock".into(), "2013-03-22T17:00".into())
        );
        // A decimal is no time.
        assert!(tag("Prices rose 4.30 percent.", "2013-03-22").is_empty());
        assert!(tag("earned $1.61 a share", "2013-03-22").is_empty());
        assert_eq!(
            one("He left at 10.15 a.m. sharp.", "2013-03-22").1,
            "2013-03-22T10:15"
        );
    }

    #[test]
    fn spans_ahead() {
        assert_eq!(
            one("It may slow in the weeks ahead.", "1989-10-27"),
            ("the weeks ahead".into(), "FUTURE_REF".into())
        );
    }

    #[test]
    fn the_nth_of_a_month() {
        assert_eq!(
            one("It occurred on the 15th of January.", "2013-03-22"),
            ("the 15th of January".into(), "2013-01-15".into())
        );
        assert_eq!(
            one("It takes effect on the first of April.", "2013-03-22"),
            ("the first of April".into(), "2013-04-01".into())
        );
        assert!(tag("the first of many", "2013-03-22").is_empty());
    }

    #[test]
    fn the_week_of_a_date() {
        assert_eq!(
            one("a hearing the week of March 6, he said", "2000-02-24"),
            ("the week of March 6".into(), "2000-W10".into())
        );
        assert_eq!(
            one("in the month of May", "2013-03-22"),
            ("the month of May".into(), "2013-05".into())
        );
    }

    #[test]
    fn earlier_counts_from_a_year_just_written() {
        assert_eq!(
            tag(
                "He left in 1973. Nearly 40 years earlier, he came.",
                "2013-03-22"
            )[1]
            .1,
            "1933"
        );
        // A year counted from a day told is that year, not a year from the DCT.
        assert_eq!(
            tag(
                "On Oct. 2, 1987, it rose; a year earlier it fell.",
                "1989-10-30"
            )[1]
            .1,
            "1986"
        );
    }

    #[test]
    fn zones_and_short_decades() {
        assert_eq!(
            tag(
                "The deadline passed at 11:30 a.m. ET yesterday.",
                "2013-03-22"
            )[0],
            ("11:30 a.m. ET yesterday".into(), "2013-03-21T11:30".into())
        );
        assert_eq!(
            one("at 10 a.m. local time", "2013-03-22"),
            ("10 a.m. local time".into(), "2013-03-22T10:00".into())
        );
        assert_eq!(
            one("During the '90s, it grew.", "2013-03-22"),
            ("the '90s".into(), "199".into())
        );
        assert_eq!(one("in the \u{2019}00s", "2013-03-22").1, "200");
        // A year with its century left out; an apostrophe that is no date.
        assert_eq!(
            tag(
                "the '90 campaign and rock 'n' roll, since '86",
                "2013-03-22"
            ),
            [("'90".into(), "1990".into()), ("'86".into(), "1986".into())]
        );
        assert_eq!(one("in the '12 race", "2013-03-22").1, "2012");
        assert!(
            tag("he said on CBS's ''60 Minutes.''", "2000-04-17")
                .iter()
                .all(|t| t.1 != "1960")
        );
    }

    #[test]
    fn weekday_and_date_combine_only_with_a_written_date() {
        assert_eq!(
            tag(
                "Earlier Thursday, late Wednesday shots were fired.",
                "2013-03-21"
            ),
            [
                ("Thursday".into(), "2013-03-21".into()),
                ("late Wednesday".into(), "2013-03-20".into()),
            ]
        );
        assert_eq!(
            one("on Monday, Oct. 26", "1998-10-28"),
            ("Monday, Oct. 26".into(), "1998-10-26".into())
        );
    }

    #[test]
    fn parts_of_decades_and_centuries() {
        assert_eq!(
            one("in the late 1970s", "1998-10-28"),
            ("the late 1970s".into(), "197".into())
        );
        assert_eq!(
            one("peaked in early 1980s", "1998-10-28"),
            ("early 1980s".into(), "198".into())
        );
        assert_eq!(
            one("since the mid-2000s", "2013-03-21"),
            ("the mid-2000s".into(), "200".into())
        );
        assert_eq!(
            one("in the late 19th century", "2013-03-21"),
            ("the late 19th century".into(), "18".into())
        );
    }

    #[test]
    fn previous_and_following_weekdays_count_from_the_day_mentioned() {
        let t = tag(
            "Shares closed Friday, down 4.5% from the previous Friday; the following Monday they rose.",
            "1989-10-30",
        );
        assert_eq!(t[0].1, "1989-10-27");
        assert_eq!(t[1], ("the previous Friday".into(), "1989-10-20".into()));
        assert_eq!(t[2], ("the following Monday".into(), "1989-10-23".into()));
    }

    #[test]
    fn this_weekday_and_ordinal_days() {
        assert_eq!(
            one(
                "Women's Day is this coming Sunday, March eighth.",
                "1998-03-05"
            ),
            (
                "this coming Sunday, March eighth".into(),
                "1998-03-08".into()
            )
        );
        assert_eq!(one("They meet this Sunday.", "1998-03-05").1, "1998-03-08");
        assert_eq!(
            one("They met this past Sunday.", "1998-03-05").1,
            "1998-03-01"
        );
        assert_eq!(one("on May twenty-first", "1998-03-05").1, "1998-05-21");
    }

    #[test]
    fn a_clock_time_with_its_date() {
        assert_eq!(
            one("extended the offer until 5 p.m. EST Nov. 9.", "1989-11-02"),
            ("5 p.m. EST Nov. 9".into(), "1989-11-09T17:00".into())
        );
        assert_eq!(
            one("until 5 p.m. EST, Nov. 6.", "1989-10-30").1,
            "1989-11-06T17:00"
        );
    }

    #[test]
    fn times_and_not_times() {
        assert!(tag("a poster from the film High Noon", "1999-03-12").is_empty());
        assert_eq!(
            one("talks broke off at noon", "1999-03-12").1,
            "1999-03-12T12:00"
        );
        assert_eq!(
            tag("David Strom 5:00 PM | May 23, 2024", "2024-05-23"),
            [
                ("5:00 PM".into(), "2024-05-23T17:00".into()),
                ("May 23, 2024".into(), "2024-05-23".into())
            ]
        );
        assert!(tag("2,500-3,500 US troops", "2021-07-05").is_empty());
        assert!(tag("You may continue", "2021-07-05").is_empty());
        assert!(tag("10 percent", "2021-07-05").is_empty());
    }

    #[test]
    fn fiscal_years_quarters_and_years_in_words() {
        assert_eq!(
            one("profit for the third quarter rose", "1989-10-27"),
            ("the third quarter".into(), "1989-Q3".into())
        );
        assert_eq!(
            one("third-quarter profit", "1989-10-27"),
            ("third-quarter".into(), "1989-Q3".into())
        );
        let v = tag(
            "Profit in the third quarter rose from year-earlier levels.",
            "1989-10-27",
        );
        assert_eq!(v[1], ("year-earlier".into(), "1988-Q3".into()));
        assert_eq!(
            one("results for the fiscal year", "1989-10-27"),
            ("the fiscal year".into(), "1989".into())
        );
        assert_eq!(
            one("in the latest fiscal year", "1989-10-27"),
            ("the latest fiscal year".into(), "1988".into())
        );
        assert_eq!(
            one("born in nineteen ninety-six", "2021-08-10"),
            ("nineteen ninety-six".into(), "1996".into())
        );
    }

    #[test]
    fn month_precision_dct() {
        let v = tag("the June report and this year", "2024-07");
        assert_eq!(
            v,
            [
                ("June".into(), "2024-06".into()),
                ("this year".into(), "2024".into())
            ]
        );
    }

    #[test]
    fn dct_parsing() {
        assert_eq!("2021-08-10T12:00".parse::<Dct>().unwrap().day, Some(10));
        assert_eq!("2024-07".parse::<Dct>().unwrap().day, None);
        assert!("2021-13-01".parse::<Dct>().is_err());
        assert!("yesterday".parse::<Dct>().is_err());
    }

    #[test]
    fn lexicon_parses() {
        let lx = Lexicon::parse(LEXICON).unwrap();
        assert_eq!(lx.month["sept."], 9);
        assert_eq!(lx.weekday["sunday"], 7);
        assert!(Lexicon::parse("nonsense\tx\ty\n").is_err());
        // The Lunar New Year table and the word groups are checked as they are read.
        assert_eq!(
            lx.lunar
                .iter()
                .find(|(y, _)| *y == 2018)
                .map(|x| ymd(x.1))
                .as_deref(),
            Some("2018-02-16")
        );
        assert!(Lexicon::parse("lunar\t2018\t02-30\n").is_err());
        assert!(Lexicon::parse("group\tgoal\tsports\n").is_err());
        assert!(lx.in_group("halftime", GAME) && lx.in_group("ave", STREET));
        assert!(lx.in_group("dr", TITLE) && !lx.in_group("st", TITLE));
        assert!(!lx.in_group("halftime", MONEY));
        // The Islamic and Hebrew feasts: each of 1990-2040 has each of its feasts; Diwali
        // each of 2001-2035.
        for y in 1990..=2040 {
            for kind in FEASTS {
                let years = if kind == "diwali" {
                    2001..=2035
                } else {
                    1990..=2040
                };
                let k = feast_kind(kind).unwrap();
                assert!(
                    !years.contains(&y) || lx.feasts.iter().any(|(f, d)| *f == k && d.year() == y),
                    "{y} {kind}"
                );
            }
        }
        assert!(Lexicon::parse("feast	lent	2013-07-09\n").is_err());
        assert!(Lexicon::parse("feast	fitr	2013-13-09\n").is_err());
    }

    #[test]
    fn islamic_feasts() {
        let v = tag(
            "Refugees marked Eid al-Fitr on Thursday, at the close of Ramadan.",
            "2013-08-09",
        );
        assert_eq!(v[0], ("Eid al-Fitr".into(), "2013-08-08".into()));
        assert_eq!(v[2], ("Ramadan".into(), "2013-07".into()));
        assert_eq!(
            tag("The Eid al-Adha holiday starts Friday.", "2012-10-20")[0].1,
            "2012-10-26"
        );
        assert_eq!(
            tag("Shops close for Eid-ul-Fitr next month.", "2013-07-20")[0].1,
            "2013-08-08"
        );
    }

    #[test]
    fn hebrew_and_hindu_feasts() {
        assert_eq!(
            one(
                "Diwali, the festival of lights, is expected to be quiet.",
                "2020-10-29"
            )
            .1,
            "2020-11-14"
        );
        assert_eq!(
            one("Nobody drives on Yom Kippur.", "2015-09-18").1,
            "2015-09-23"
        );
        assert_eq!(
            one("Synagogues reopened after Rosh Hashanah.", "2015-09-18").1,
            "2015-09-14"
        );
        assert_eq!(
            one("Families held seders online for Passover.", "2020-04-20").1,
            "2020-04-09"
        );
        assert_eq!(
            one("Menorahs will be lit for Hanukkah.", "2014-12-10").1,
            "2014-12-17"
        );
    }

    #[test]
    fn year_led_quarters_and_year_earlier_adjectives() {
        // A year before the quarter names that year's quarter, not a duration of 1988 seconds.
        assert_eq!(
            one(
                "a $415 million charge in the 1988 second quarter",
                "1989-10-26"
            ),
            ("the 1988 second quarter".into(), "1988-Q2".into())
        );
        // Without an ordinal, the quarter the report is about, a year back.
        let t = tag(
            "Net rose in the third quarter. It earned $3 million in the 1988 quarter.",
            "1989-10-26",
        );
        assert_eq!(t[1], ("the 1988 quarter".into(), "1988-Q3".into()));
        // "the 1989 period" is a quarter only in a report about one.
        assert_eq!(tag("in the 1989 period", "1989-10-26")[0].0, "1989");
        // "a year-earlier loss": the adjective is the date, the article is not.
        assert_eq!(
            tag(
                "Net fell in the third quarter, against a year-earlier loss.",
                "1989-10-26"
            )[1],
            ("year-earlier".into(), "1988-Q3".into())
        );
        // An older quarter does not become the one the report is about.
        let t = tag(
            "Net rose in the third quarter. In the 1988 period, it lost money. \
             In the quarter, sales rose.",
            "1989-10-26",
        );
        assert_eq!(t[2], ("the quarter".into(), "1989-Q3".into()));
    }

    #[test]
    fn effective_dates_deferrals_and_months_as_anchors() {
        // "effective Feb. 1" lies ahead, as a deadline does.
        assert_eq!(
            one(
                "It created an office of the chairman, effective Feb. 1.",
                "1989-11-02"
            )
            .1,
            "1990-02-01"
        );
        // "extended … through January" moves the end ahead.
        assert_eq!(
            one(
                "The banks extended the loans through January.",
                "1989-11-02"
            )
            .1,
            "1990-01"
        );
        assert_eq!(
            one("Sales rose through January.", "1989-11-02").1,
            "1989-01"
        );
        // An adjective after an adverb is no past verb: "a still unspecified date".
        assert_eq!(
            tag(
                "It would be paid on a still unspecified date to holders of record Dec. 21.",
                "1989-11-02"
            )[0]
            .1,
            "1989-12-21"
        );
        // "the following month" counts from the last month mentioned, not the DCT.
        let t = tag(
            "In March, it received an offer. The following month, it was put up for sale.",
            "1989-11-02",
        );
        assert_eq!(t[1], ("The following month".into(), "1989-04".into()));
        let t = tag(
            "On May 3 it was sold. That month, prices fell.",
            "1989-11-02",
        );
        assert_eq!(t[1], ("That month".into(), "1989-05".into()));
    }

    #[test]
    fn titles_fractions_index_levels_and_marches_are_not_times() {
        let none = |text: &str| assert!(tag(text, "1990-08-20").is_empty(), "{text}");
        none("He said on CBS's ''60 Minutes'' that he was sad.");
        none("Baker, speaking on ABC News' \"This Week,\" said the request was valid.");
        none("This is VOA Today.");
        none("Iraq imports about three-quarters of its foodstuffs.");
        none("The index shed 47.3 points to close at 2082.1, down 4.5%.");
        none("Protesters gathered at the annual March for Life on Capitol Hill.");
        none("He was arrested at this march in each city.");
        // A headline is written in title case; its times are times.
        assert_eq!(
            tag(
                "Two Years After the Flood, Town Rebuilds\n\nIt rained.",
                "2013-03-22"
            )[0],
            ("Two Years".into(), "P2Y".into())
        );
        // Holidays and centuries take capitals in running text.
        assert_eq!(
            one("On New Year's Day he left.", "2013-03-22").1,
            "2013-01-01"
        );
        assert_eq!(
            one("In the 21st Century, things changed.", "2013-03-22").1,
            "20"
        );
        assert_eq!(
            one("It will be paid in March of 2014.", "2013-03-22").1,
            "2014-03"
        );
    }

    #[test]
    fn centuries_as_adjectives_holiday_weeks_and_day_first_ordinals() {
        assert_eq!(
            one("She is a 20th century democrat.", "2000-04-17"),
            ("20th century".into(), "19".into())
        );
        assert_eq!(
            one("They restored 19th-century buildings.", "2000-04-17"),
            ("19th-century".into(), "18".into())
        );
        // The week of a holiday: the calendar week that holds it, begun by the DCT or not.
        assert_eq!(
            one("Protesters prayed as Easter week began.", "2000-04-17"),
            ("Easter week".into(), "2000-W16".into())
        );
        assert_eq!(
            one("Pilgrims will come during Holy Week.", "2013-03-22").1,
            "2013-W13"
        );
        // "22nd March": a day first, with its ordinal suffix.
        assert_eq!(
            one("He left on 22nd March.", "2013-03-25"),
            ("22nd March".into(), "2013-03-22".into())
        );
    }

    #[test]
    fn years_in_words_present_passives_and_the_latest_quarter() {
        assert_eq!(
            one(
                "The approach of the year two thousand worries them.",
                "1998-03-03"
            ),
            ("the year two thousand".into(), "2000".into())
        );
        assert_eq!(
            one("It ends in the year two thousand and ten.", "1998-03-03").1,
            "2010"
        );
        // "is heard" is a present passive, not a past: the next May.
        assert_eq!(
            one("They lose if the case is heard in May.", "2000-04-10").1,
            "2000-05"
        );
        assert_eq!(one("The case was heard in May.", "2000-04-10").1, "1999-05");
        // "the latest quarter" has ended, whatever quarter was just named as ahead.
        let t = tag(
            "It expects a fourth-quarter gain. In the latest quarter, earnings fell.",
            "1989-11-02",
        );
        assert_eq!(t[1], ("the latest quarter".into(), "1989-Q3".into()));
    }

    #[test]
    fn fortnights_small_hours_and_far_deferrals() {
        assert_eq!(
            one("The talks will resume in a fortnight.", "2013-03-22"),
            ("a fortnight".into(), "P2W".into())
        );
        assert_eq!(one("It lasted three fortnights.", "2013-03-22").1, "P6W");
        assert_eq!(one("He left a fortnight ago.", "2013-03-22").1, "2013-W10");
        // The day is the time in "the early hours of Friday morning".
        assert_eq!(
            tag(
                "He was arrested in the early hours of Friday morning.",
                "2013-03-22"
            ),
            vec![("Friday morning".into(), "2013-03-22TMO".into())]
        );
        // A deferral reaches past the words between the verb and its date.
        assert_eq!(
            one(
                "The bank has extended the company up to $90 million in revolving loans \
                 through January.",
                "1989-11-02"
            )
            .1,
            "1990-01"
        );
    }

    #[test]
    fn weeks_and_days_of_a_month_month_range_quarters_and_bounds() {
        let t = tag(
            "The vote is set for the first week of April and the last week of May.",
            "2013-03-22",
        );
        assert_eq!(t[0], ("the first week of April".into(), "2013-W14".into()));
        // "the last week of" does not make the clause past.
        assert_eq!(t[1], ("the last week of May".into(), "2013-W22".into()));
        assert_eq!(
            one(
                "The law took effect on the first day of 2013.",
                "2013-03-22"
            )
            .1,
            "2013-01-01"
        );
        assert_eq!(
            one("It ends on the last day of February.", "2012-01-10").1,
            "2012-02-29"
        );
        // Months that make up a calendar quarter name it.
        assert_eq!(
            one("Profit rose in the January-March quarter.", "2013-05-02"),
            ("the January-March quarter".into(), "2013-Q1".into())
        );
        assert_eq!(
            one("Profit rose in the April-June period.", "2013-03-22").1,
            "2012-Q2"
        );
        // A duration takes "or more" and "or less" as a bound.
        let t = Tagger::new().tag(
            "The conflict has lasted a decade or more.",
            Some(&"2013-03-22".parse().unwrap()),
        );
        assert_eq!(t[0].value, "P10Y");
        assert_eq!(t[0].modifier, Some("EQUAL_OR_MORE"));
        assert_eq!(t[0].end, "The conflict has lasted a decade or more".len());
        assert_eq!(
            one("It took two weeks or less.", "2013-03-22").0,
            "two weeks or less"
        );
    }

    #[test]
    fn guideline_shapes_bounds_clock_phrases_and_names() {
        let dct = "2013-03-20";
        // "no more than" bounds from above.
        let t = Tagger::new().tag(
            "Troops must leave in no more than 60 days.",
            Some(&dct.parse().unwrap()),
        );
        assert_eq!(t[0].modifier, Some("EQUAL_OR_LESS"));
        assert_eq!(
            one("in no more than 60 days", dct).0,
            "no more than 60 days"
        );
        // A holiday's name inside a proper name is no date.
        assert!(tag("They sailed to Easter Island.", dct).is_empty());
        // "late last night", "early this morning": bounded parts of a day.
        assert_eq!(
            one("He called late last night.", dct),
            ("late last night".into(), "2013-03-19TNI".into())
        );
        assert_eq!(
            one("He called early this morning.", dct).0,
            "early this morning"
        );
        // Spoken hours.
        assert_eq!(
            one("He will leave at 4 in the morning.", dct),
            ("4 in the morning".into(), "2013-03-20T04:00".into())
        );
        assert_eq!(
            one("It ended at 9 in the evening.", dct).1,
            "2013-03-20T21:00"
        );
        assert_eq!(one("It ended at 11 at night.", dct).1, "2013-03-20T23:00");
        // A date and the clock time written right after it are one time.
        assert_eq!(
            one("The attack came on November 17, 1996 17:07 GMT.", dct),
            (
                "November 17, 1996 17:07 GMT".into(),
                "1996-11-17T17:07".into()
            )
        );
        // A season takes its article.
        assert_eq!(
            one("They met in the summer of 1964.", dct),
            ("the summer of 1964".into(), "1964-SU".into())
        );
        // A time, its conversion in brackets, then its day.
        assert_eq!(
            tag(
                "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
                "1998-08-08"
            ),
            vec![
                ("about 10:35 a.m.".into(), "1998-08-07T10:35".into()),
                ("0735 GMT".into(), "1998-08-07T07:35".into()),
                ("Friday".into(), "1998-08-07".into())
            ]
        );
        // "the dawn of 2000": its start.
        assert_eq!(
            one("It began at the dawn of 2000.", dct),
            ("the dawn of 2000".into(), "2000".into())
        );
        assert!(tag("It was the dawn of a new era.", dct).is_empty());
        assert_eq!(
            one("Prices are higher than this time last year.", dct),
            ("this time last year".into(), "2012-03-20".into())
        );
        // "analysts expect more losses on Tuesday": expecting looks ahead.
        assert_eq!(
            tag(
                "The Dow dropped last week, and analysts expect more losses on Tuesday.",
                dct
            )[1]
            .1,
            "2013-03-26"
        );
        // "The vote is Tuesday": a copula schedules the day ahead.
        assert_eq!(one("The vote is Tuesday.", dct).1, "2013-03-26");
        assert_eq!(one("The vote is on Friday.", dct).1, "2013-03-22");
        assert_eq!(tag("Today is Wednesday.", dct)[1].1, "2013-03-20");
    }

    #[test]
    fn market_news_tense_bare_pasts_and_reschedulings() {
        let dct = "2021-08-10";
        // A decimal point ends no sentence.
        assert_eq!(
            one("Shares fell 2.5 percent on Wednesday.", dct).1,
            "2021-08-04"
        );
        // "than expected" compares; it plans nothing.
        assert_eq!(
            one("Retail sales fell more than expected in February.", dct).1,
            "2021-02"
        );
        // Past forms spelled like the present, known by their object.
        assert_eq!(
            one("The government shut the border on Saturday.", dct).1,
            "2021-08-07"
        );
        assert_eq!(
            one("The company cut 2,000 jobs in September.", dct).1,
            "2020-09"
        );
        assert_eq!(
            one(
                "The Fed is expected to announce a rate cut in September.",
                dct
            )
            .1,
            "2021-09"
        );
        // A blank line ends a headline; "June" keeps its full stop out of the extent.
        let t = tag(
            "Britain will hold a referendum on 23 June.\n\nCameron announced it on Saturday.",
            dct,
        );
        assert_eq!(t[0], ("23 June".into(), "2022-06-23".into()));
        assert_eq!(t[1].1, "2021-08-07");
        // Moving a date names the new one, ahead.
        assert_eq!(
            one("A sentencing hearing has been set for June 7.", dct).1,
            "2022-06-07"
        );
        assert_eq!(
            one("The launch was pushed back to October 18.", dct).1,
            "2021-10-18"
        );
        // Fixtures in the present tense lie ahead.
        assert_eq!(
            one("Liverpool play Sheffield United on Thursday.", dct).1,
            "2021-08-12"
        );
        // The clock time before a deadline's day belongs to the deadline.
        assert_eq!(
            tag(
                "A heat advisory is in effect from noon Wednesday until 8 p.m. Thursday.",
                dct
            )[1]
            .1,
            "2021-08-12T20:00"
        );
    }

    #[test]
    fn clock_days_numeric_day_first_centuries_ago_and_season_nouns() {
        let dct = "2019-12-30";
        assert_eq!(
            one("He will brief reporters at 2 p.m. today.", dct),
            ("2 p.m. today".into(), "2019-12-30T14:00".into())
        );
        assert_eq!(
            one("It kicks off at 8pm tonight.", dct).1,
            "2019-12-30T20:00"
        );
        assert_eq!(
            tag("Fireworks start at 9 p.m. on New Year's Eve.", dct)[0].1,
            "2019-12-31T21:00"
        );
        assert_eq!(one("It was filed on 15/03/2013.", dct).1, "2013-03-15");
        assert_eq!(one("It was filed on 3/15/2013.", dct).1, "2013-03-15");
        assert_eq!(
            one("Profit fell in the final quarter of 2015.", dct).1,
            "2015-Q4"
        );
        // A century ago is a century, as a decade ago is a decade (news-dev writers and
        // TimeBank's granularity agree).
        assert_eq!(one("A century ago, it was a village.", dct).1, "19");
        assert_eq!(
            one("Glaciers were larger three centuries ago.", dct).1,
            "17"
        );
        assert_eq!(one("On Mar 25 it rained.", dct).1, "2019-03-25");
        assert_eq!(
            tag("Independence Day fell on a Thursday.", dct)[0].1,
            "2019-07-04"
        );
        let none = |text: &str| assert!(tag(text, dct).is_empty(), "{text}");
        none("A winter storm warning was issued.");
        none("Spring training starts in a while.");
        none("The Summer Olympics drew crowds.");
        assert_eq!(one("Prices rose in the spring.", dct).0, "the spring");
    }

    #[test]
    fn clauses_past_deadlines_counted_sets_and_named_attacks() {
        // A cue past a comma belongs to the next clause.
        assert_eq!(
            tag(
                "Pope Francis, who celebrated his inaugural Mass on Tuesday, will travel on \
                 Saturday.",
                "2013-03-22"
            )[0]
            .1,
            "2013-03-19"
        );
        // "by October" in a past clause is a past month.
        assert_eq!(
            tag(
                "Its valuation fell from $47 billion in January to less than $8 billion by \
                 October.",
                "2019-12-30"
            )[1]
            .1,
            "2019-10"
        );
        assert_eq!(
            one("The deal must close by October.", "2019-12-30").1,
            "2020-10"
        );
        // A leap day a year back is the 28th.
        assert_eq!(
            one("They were bottom this time last year.", "2016-02-29").1,
            "2015-02-28"
        );
        // A rate after a quantity is a set: "$50,000 a year", "40 hours a week", "per month".
        let kinds = |text: &str| typed(text, "2016-03-10");
        assert_eq!(
            kinds("He earns $50,000 a year and rent is $900 per month."),
            [
                ("a year".into(), TimexType::Set, "P1Y".into()),
                ("per month".into(), TimexType::Set, "P1M".into())
            ]
        );
        assert_eq!(
            kinds("She works 40 hours a week; sales grow 3 percent annually.")[1..],
            [
                ("a week".into(), TimexType::Set, "P1W".into()),
                ("annually".into(), TimexType::Set, "P1Y".into())
            ]
        );
        // A counted span is not: "within a week", "a year ago", "for a month or two".
        assert_eq!(
            kinds("It ended within a week, 20 a year ago.")[0].1,
            TimexType::Duration
        );
        assert_eq!(kinds("Prices rose 5 a year ago.")[0].1, TimexType::Date);
        // A speed is not a time: "145 miles an hour".
        assert!(kinds("Winds of 145 miles an hour.").is_empty());
        assert_eq!(
            one("The ferry runs twice daily.", "2016-02-29"),
            ("twice daily".into(), "P1D".into())
        );
        assert_eq!(
            one("It comes once every four years.", "2016-02-29"),
            ("once every four years".into(), "P4Y".into())
        );
        let t = tag(
            "The anniversary of the Sept. 11 attacks falls on Saturday, Sept. 11.",
            "2021-08-10",
        );
        assert_eq!(t[0].1, "2001-09-11");
        assert_eq!(t[1].1, "2021-09-11");
    }

    #[test]
    fn earlier_and_later_parts_seasons_with_articles_and_compound_counts() {
        let dct = "1998-02-22";
        assert_eq!(
            one("He will meet Aziz later this afternoon.", dct),
            ("later this afternoon".into(), "1998-02-22TAF".into())
        );
        assert_eq!(
            one("It was delayed earlier in the year.", dct),
            ("earlier in the year".into(), "1998".into())
        );
        assert_eq!(
            one("Orders rose from the low levels of the early summer.", dct).0,
            "the early summer"
        );
        assert_eq!(
            one("Prices fell in the last twenty four hours.", dct),
            ("the last twenty four hours".into(), "PT24H".into())
        );
        // "the Fed" is no past form.
        assert_eq!(
            one("The Fed signals a rate rise in June.", "2013-03-22").1,
            "2013-06"
        );
        assert_eq!(
            one("It grew over the past twenty-five years.", dct),
            ("the past twenty-five years".into(), "P25Y".into())
        );
    }

    #[test]
    fn article_level_names_bounds_adjectives_chronologies_and_quarters() {
        let none = |text: &str, dct: &str| assert!(tag(text, dct).is_empty(), "{text}");
        // Months and parts of day in names and titles.
        none("Theresa May's government fell.", "2019-01-16");
        assert_eq!(one("The report is due in May.", "2019-01-16").1, "2019-05");
        assert_eq!(one("The rent is due Friday.", "2019-01-16").1, "2019-01-18");
        // Once named, "May" is her name at the start of a sentence and before a verb too.
        none(
            "Theresa May lost the vote. May's spokesman said May would stay.",
            "2019-01-16",
        );
        assert_eq!(
            tag(
                "Theresa May lost the vote. Elections are due in May.",
                "2019-01-16"
            ),
            [("May".into(), "2019-05".into())]
        );
        none("April Delacroix and June Fisher spoke.", "2019-01-16");
        none("March Madness began.", "2019-01-16");
        none(
            "Her single Sunday Morning Rain topped the charts.",
            "2019-01-16",
        );
        none("They sang Wait Till Tomorrow.", "2019-01-16");
        none(
            "Soul Singer Behind 'Sunday Morning Rain,' Dies at 74",
            "2016-04-22",
        );
        none("Credit: Summer Haynes for The New York Times", "2016-04-22");
        assert_eq!(
            tag("He said \"Monday,\" and left.", "2016-04-22")[0].1,
            "2016-04-18"
        );
        none("The wind reached 145 miles an hour.", "2019-01-16");
        assert_eq!(one("Sales rose in May.", "2019-07-16").1, "2019-05");
        assert_eq!(
            one("In June Apple launched a phone.", "2019-07-16").1,
            "2019-06"
        );
        // Bounds that lie ahead even in a past clause.
        assert_eq!(
            one(
                "Officials said talks could take place as early as Sunday.",
                "2022-02-26"
            )
            .1,
            "2022-02-27"
        );
        assert_eq!(
            one("The launch will come no earlier than August.", "2022-02-26").1,
            "2022-08"
        );
        // An adjective in -ed after an ordinal or in "to tour damaged areas".
        assert_eq!(
            one(
                "Obama will receive his first classified briefing on Thursday.",
                "2008-11-05"
            )
            .1,
            "2008-11-06"
        );
        assert_eq!(
            one(
                "Obama will travel on Thursday to tour damaged areas.",
                "2012-10-30"
            )
            .1,
            "2012-11-01"
        );
        // A chronology line takes its heading year.
        let t = tag(
            "Key dates:\n1989: Soviet troops leave on Feb. 15.\n1996: The Taliban seize Kabul \
             in September.\nTalks began in March.",
            "2019-12-27",
        );
        assert_eq!(t[1].1, "1989-02-15");
        assert_eq!(t[3].1, "1996-09");
        assert_eq!(t[4].1, "2019-03");
        // Quarters named by a month, and the quarter before one just named.
        assert_eq!(
            one("Revenue rose in the December quarter.", "2019-03-11").1,
            "2018-Q4"
        );
        assert_eq!(
            tag(
                "Growth slowed in the third quarter from 27% in the previous quarter.",
                "2023-10-25"
            )[1]
            .1,
            "2023-Q2"
        );
        assert_eq!(
            one("Posted 11 Mar 2019 18.02 GMT", "2019-03-11").1,
            "2019-03-11T18:02"
        );
    }

    #[test]
    fn parts_of_the_day_in_context_and_times_in_past_clauses() {
        let t = tag(
            "Shares fell Friday. Dealers placed buy orders in the morning to start trading.",
            "1989-10-30",
        );
        assert_eq!(t[1], ("the morning".into(), "1989-10-27TMO".into()));
        // "a day after the storm": a distance from an event; "a day of mourning" is none.
        assert_eq!(
            one("It came a day after the storm.", "2013-03-22"),
            ("a day".into(), "P1D".into())
        );
        assert_eq!(
            one("It came less than a day after launch.", "2013-03-22").0,
            "less than a day"
        );
        assert!(tag("It was a day of mourning.", "2013-03-22").is_empty());
        // "By the time the troops left" is a conjunction.
        assert!(tag("By the time the troops left, it was over.", "2013-03-22").is_empty());
        // Abbreviated weekdays before a written date; alone they are other words.
        assert_eq!(
            one("Heather Stewart Wed 16 Jan 2019 20.13 GMT", "2019-01-16"),
            (
                "Wed 16 Jan 2019 20.13 GMT".into(),
                "2019-01-16T20:13".into()
            )
        );
        assert!(
            tag(
                "The Sun reported it. Sat on a bench, he waited.",
                "2019-01-16"
            )
            .is_empty()
        );
        // The weekend of a Monday holiday is the one before it.
        assert_eq!(
            one(
                "Americans will travel over Labor Day weekend.",
                "2021-08-10"
            ),
            ("Labor Day weekend".into(), "2021-W35-WE".into())
        );
        // The time right after a date ahead is on it, whatever the tense.
        assert_eq!(
            tag("A hearing has been set for June 7 at 10 a.m.", "2021-08-10")[1].1,
            "2022-06-07T10:00"
        );
        // "is due to land on Tuesday morning": a verb after "due to", though also a noun.
        assert_eq!(
            tag(
                "The team flew out on Monday and is due to land in Berlin on Tuesday morning.",
                "2014-07-14"
            )[1]
            .1,
            "2014-07-15TMO"
        );
        assert_eq!(
            one(
                "The match was called off due to rain on Saturday.",
                "2014-07-14"
            )
            .1,
            "2014-07-12"
        );
        // "the morning session" is a noun's modifier.
        assert!(tag("He spoke in the morning session.", "1989-10-30").is_empty());
        // A past clause does not take the date ahead just mentioned.
        let t = tag(
            "He will be sworn in on Jan. 20. Obama took the stage just before 11 p.m.",
            "2008-11-05",
        );
        assert_eq!(t[1].1, "2008-11-05T23:00");
    }

    #[test]
    fn finance_tables_yearly_sets_long_counts_and_prepositions() {
        let dct = "2023-12-31";
        assert_eq!(one("Sales rose 10 percent in Q2.", dct).1, "2023-Q2");
        assert_eq!(
            one("GDP could shrink at a 10 percent rate in Q2.", "2020-03-16").1,
            "2020-Q2"
        );
        assert_eq!(
            one("Profit in H1 2023 rose.", dct),
            ("H1 2023".into(), "2023-H1".into())
        );
        assert_eq!(
            one("Profit in the prior-year period fell.", dct).1,
            "2022-Q3"
        );
        // Schedules lie ahead even without a verb of tense.
        assert_eq!(
            one("The retrial is set for November 6.", "2017-06-30").1,
            "2017-11-06"
        );
        // A cue after "and" belongs to the next clause.
        assert_eq!(
            tag(
                "The court heard arguments in the case in May and is expected to rule soon.",
                "2017-06-30"
            )[0]
            .1,
            "2017-05"
        );
        // Each year's month, season or holiday.
        assert_eq!(
            one(
                "The Masters, held every April, was postponed.",
                "2020-03-16"
            ),
            ("every April".into(), "XXXX-04".into())
        );
        assert_eq!(one("Each summer, tourists come.", dct).1, "XXXX-SU");
        assert_eq!(one("They visit every Christmas.", dct).1, "XXXX-12-25");
        // "could last weeks" is a verb and a span.
        assert_eq!(
            one("The strike could last weeks.", dct),
            ("weeks".into(), "PXW".into())
        );
        assert_eq!(
            one("It is the highest in 125,000 years.", dct).1,
            "P125000Y"
        );
        assert!(tag("It cost 2,000 dollars.", dct).is_empty());
        // "over" as "across" is a preposition.
        assert_eq!(
            one("It will be phased out over seven years.", dct).0,
            "seven years"
        );
        assert_eq!(one("It lasted over a week.", dct).0, "over a week");
        assert_eq!(
            tag("It is open on Saturdays from May through October.", dct)[1],
            ("May".into(), "2023-05".into())
        );
        assert_eq!(one("He landed on D-Day.", dct).1, "1944-06-06");
        // Entries of a list of dates do not take each other's tense.
        let t = tag(
            "Key dates ahead\n14 February: More votes if no deal has been approved\n\
             21 March: Final EU summit\n29 March: UK leaves the EU at 11pm\n",
            "2019-01-16",
        );
        assert_eq!(t[1].1, "2019-03-21");
        assert_eq!(t[3].1, "2019-03-29T23:00");
        assert_eq!(
            one("Passes can be picked up on weekdays.", dct),
            ("weekdays".into(), "XXXX-WXX-WD".into())
        );
        assert_eq!(one("The shop is closed at weekends.", dct).1, "XXXX-WXX-WE");
        // A quarter a year back, as one expression.
        let t = tag(
            "Net rose in the third quarter, against a loss in the same period last year.",
            "2015-11-02",
        );
        assert_eq!(t[1], ("the same period last year".into(), "2014-Q3".into()));
        assert_eq!(
            tag(
                "Net rose in the third quarter. For the quarter a year ago, it lost money.",
                "2015-11-02"
            )[1],
            ("the quarter a year ago".into(), "2014-Q3".into())
        );
        // A past midnight with no day named began the DCT's day.
        assert_eq!(
            one("He conceded shortly after midnight.", "2012-11-07").1,
            "2012-11-07T00:00"
        );
        assert_eq!(
            one("The polls closed at midnight.", "2012-11-07").1,
            "2012-11-06T24:00"
        );
        assert_eq!(
            one("The store stays open until midnight.", "2012-11-07").1,
            "2012-11-07T24:00"
        );
        // After midnight following a day told: the start of the next one.
        assert_eq!(
            tag(
                "She went out on Friday evening and came home after midnight.",
                "2012-11-07"
            )[1]
            .1,
            "2012-11-03T00:00"
        );
    }

    use proptest::prelude::*;
    proptest! {
        #[test]
        fn never_panics_and_offsets_are_sound(s in "\\PC{0,80}|[0-9/:., a-zA-Z-]{0,60}") {
            let t = Tagger::new();
            let dct: Dct = "2021-08-10".parse().unwrap();
            let mut last = 0;
            for x in t.tag(&s, Some(&dct)) {
                prop_assert!(x.start >= last && x.start < x.end && x.end <= s.len());
                prop_assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
                last = x.end;
            }
            let _ = t.tag(&s, None);
        }
    }

    #[test]
    fn short_past_forms_open_as_adjective_travel_plans_and_last_seasons() {
        // "died" is past though too short for the "-ed" test; "prying open" is no schedule.
        assert_eq!(
            one(
                "Marsh, who waged a campaign prying open residencies to women, died on Saturday.",
                "2016-12-27"
            )
            .1,
            "2016-12-24"
        );
        assert_eq!(
            one("The firm sued on Monday.", "2016-12-27").1,
            "2016-12-26"
        );
        // "They travel to Westport on Wednesday": a scheduled trip, ahead.
        assert_eq!(
            one("They travel to Westport on Wednesday.", "2018-10-22").1,
            "2018-10-24"
        );
        // A noun after a name is no verb: "Alarcon, head of the assembly, said".
        assert_eq!(
            one(
                "On Wednesday, Alarcon, head of the assembly, said so.",
                "2000-02-10"
            )
            .1,
            "2000-02-09"
        );
        // "last spring" is the year before's even once this spring is over.
        assert_eq!(one("It rose last spring.", "1989-10-26").1, "1988-SP");
        assert_eq!(one("It rose last summer.", "2012-09-14").1, "2011-SU");
        assert_eq!(one("It rose this summer.", "2012-09-14").1, "2012-SU");
    }

    #[test]
    fn contractions_paired_deadlines_conversions_zones_and_late_nights() {
        // "I'd be surprised … before the March meeting": would, ahead; "she'd left": had.
        assert_eq!(
            one(
                "I'd be surprised to see a hike before the March meeting.",
                "2015-12-16"
            )
            .1,
            "2016-03"
        );
        assert_eq!(one("She'd left on Monday.", "2014-02-11").1, "2014-02-10");
        assert_eq!(
            one("I'll see another hike in March.", "2015-12-16").1,
            "2016-03"
        );
        // "on track to end them in October": a plan.
        assert_eq!(
            one(
                "The Fed remained on track to end them in October.",
                "2014-08-01"
            )
            .1,
            "2014-10"
        );
        // "until later this month or early March": both share the bound.
        assert_eq!(
            tag(
                "She said it might not peak until later this month or early March.",
                "2014-02-11"
            )[1]
            .1,
            "2014-03"
        );
        // "had hoped to have a government by Christmas": the plan's date is still ahead.
        assert_eq!(
            one(
                "Merkel had hoped to have a government by Christmas.",
                "2017-11-10"
            )
            .1,
            "2017-12-25"
        );
        // A wire-service conversion in brackets is a time, never a year.
        assert_eq!(
            tag(
                "At 11 a.m. EDT (1500 GMT), the storm was 520 miles off.",
                "2012-09-14"
            )[1],
            ("1500 GMT".into(), "2012-09-14T15:00".into())
        );
        assert_eq!(
            tag(
                "Liftoff came at 10:50 pm (0150 GMT Thursday).",
                "2019-03-28"
            )[1],
            ("0150 GMT Thursday".into(), "2019-03-28T01:50".into())
        );
        // "British time", "Eastern time" are zones; the day after them is the time's.
        assert_eq!(
            tag(
                "Polls close at 10 p.m. British time on Sunday.",
                "2019-05-25"
            ),
            [
                ("10 p.m. British time".into(), "2019-05-26T22:00".into()),
                ("Sunday".into(), "2019-05-26".into())
            ]
        );
        // A future clause does not take a day already past for its time.
        assert_eq!(
            tag(
                "There was no breakthrough last night. Leaders were due to brief reporters at 3 p.m. local time.",
                "2017-11-10"
            )[1]
            .1,
            "2017-11-10T15:00"
        );
        // A small hour told after a late one is past midnight.
        assert_eq!(
            tag(
                "Networks called it at about 11:15 p.m. Tuesday. Romney conceded at about 1 a.m.",
                "2012-11-07"
            )[1]
            .1,
            "2012-11-07T01:00"
        );
    }

    #[test]
    fn initials_next_to_complements_and_years_to_a_date() {
        // The dots of "U.N." end no sentence; "is also due to" is a plan.
        assert_eq!(
            one(
                "Merkel is also due to address the U.N. climate conference in Bonn on Wednesday.",
                "2017-11-10"
            )
            .1,
            "2017-11-15"
        );
        // "next to the U.S. embassy" is a place, not a future.
        assert_eq!(
            one(
                "A bomb ripped through a building next to the U.S. embassy in Nairobi Friday.",
                "1998-08-08"
            )
            .1,
            "1998-08-07"
        );
        // A "would" in a "that" clause after the day is that clause's.
        assert_eq!(
            one(
                "She told reporters outside her office at about 10 a.m. Friday that she would resign.",
                "2019-05-25"
            )
            .1,
            "2019-05-24T10:00"
        );
        // "the end of the year to reach a compromise"; "the year to March 31" is a span.
        assert_eq!(
            tag(
                "Lawmakers have until the end of the year to reach a deal.",
                "2012-11-07"
            ),
            [("the end of the year".into(), "2012".into())]
        );
        assert_eq!(
            tag("Profit for the year to March 31 rose.", "2012-11-07")[0].1,
            "P1Y"
        );
        // "May, 62, told reporters": an age after the comma, not a date.
        assert!(
            tag(
                "Theresa May quit. May, 62, told reporters she was sad.",
                "2019-05-25"
            )
            .is_empty()
        );
    }

    #[test]
    fn rates_of_counted_things_times_before_dates_and_phrases_before_commas() {
        // A rate after a count of things: "200,000 asylum seekers a year", "80 trillion
        // yen a year"; an amount right before it keeps "from": "$85 a month from $30".
        for (text, value) in [
            ("They allow 200,000 asylum seekers a year.", "P1Y"),
            ("The bank buys 80 trillion yen a year.", "P1Y"),
            ("Premiums rise to $85 a month from $30.", "P1M"),
        ] {
            let x = typed(text, "2015-12-16");
            assert_eq!(x.len(), 1, "{text}");
            assert_eq!((x[0].1, x[0].2.as_str()), (TimexType::Set, value), "{text}");
        }
        // Not after a verb: "Two men stayed a week" is a span.
        assert_eq!(
            typed("Two men stayed a week.", "2015-12-16")[0].1,
            TimexType::Duration
        );
        // "11:59 p.m. Nov. 7": the time of that date.
        assert_eq!(
            one("The contract expired at 11:59 p.m. Nov. 7.", "2012-11-18"),
            ("11:59 p.m. Nov. 7".into(), "2012-11-07T23:59".into())
        );
        // "before Sunday's defeat, will be without": the verb past the comma is not the
        // noun's; "Ahead of Sunday's vote, the party will rally" still looks ahead.
        assert_eq!(
            one(
                "Millbrook, unbeaten before Sunday's defeat, will be without Grant.",
                "2018-10-22"
            )
            .1,
            "2018-10-21"
        );
        assert_eq!(
            one(
                "Ahead of Sunday's vote, the party will rally.",
                "2018-10-22"
            )
            .1,
            "2018-10-28"
        );
    }

    #[test]
    fn spoken_years_and_hours_deadlines_subordinate_clauses_and_titles() {
        // Broadcast transcripts spell years and hours out.
        assert_eq!(
            tag(
                "Back in two thousand eight it crashed. In twenty sixteen he won. Since two thousand and ten.",
                "2018-02-05"
            ),
            [
                ("two thousand eight".into(), "2008".into()),
                ("twenty sixteen".into(), "2016".into()),
                ("two thousand and ten".into(), "2010".into())
            ]
        );
        assert!(tag("In two thousand people marched.", "2018-02-05").is_empty());
        assert_eq!(
            one("It grew in the early nineteen nineties.", "2018-02-05").1,
            "199"
        );
        assert_eq!(
            tag(
                "It ends at six o'clock tonight. It fell around three o'clock this afternoon.",
                "2018-02-05"
            ),
            [
                ("six o'clock tonight".into(), "2018-02-05T18:00".into()),
                (
                    "around three o'clock this afternoon".into(),
                    "2018-02-05T15:00".into()
                )
            ]
        );
        // "a deadline of noon Sunday" lies ahead.
        assert_eq!(
            one("The attackers set a deadline of noon Sunday.", "2015-06-20").1,
            "2015-06-21T12:00"
        );
        // "… including Saturday if needed": the "if" clause's participle is not the day's.
        assert_eq!(
            tag(
                "They will deliberate every day, including Saturday if needed.",
                "2012-03-25"
            )[1]
            .1,
            "2012-03-31"
        );
        // "Dr. Nina May … May says": a surname after a title.
        assert!(tag("Dr. Nina May is here. May says it plainly.", "2019-08-14").is_empty());
    }

    #[test]
    fn seasons_by_anaphora_day_first_pairs_since_and_spans_ahead() {
        // "The following winter", "that summer": from the time last mentioned.
        assert_eq!(
            tag(
                "It began in the winter of 2015. The following winter was worse, and that year the council acted.",
                "2018-02-14"
            ),
            [
                ("the winter of 2015".into(), "2015-WI".into()),
                ("The following winter".into(), "2016-WI".into()),
                ("that year".into(), "2016".into())
            ]
        );
        assert_eq!(
            tag(
                "The firm was founded in 2006. The following spring it hired. That summer it grew.",
                "2015-10-22"
            )[1..],
            [
                ("The following spring".into(), "2007-SP".into()),
                ("That summer".into(), "2007-SU".into())
            ]
        );
        // "19-20 August": the first day takes the second's month.
        assert_eq!(
            tag("More rain is due on 19-20 August.", "2014-08-18"),
            [
                ("19".into(), "2014-08-19".into()),
                ("20 August".into(), "2014-08-20".into())
            ]
        );
        // "since June" lies behind, whatever the clause.
        assert_eq!(
            one("The tranche, frozen since June, is due.", "2012-10-10").1,
            "2012-06"
        );
        // "over the next decade" is a span; "a generation ago" a past reference.
        assert_eq!(
            one("It will spend 2bn over the next decade.", "2018-02-14").1,
            "P10Y"
        );
        assert_eq!(
            one("A generation ago it was a village.", "2018-02-14").1,
            "PAST_REF"
        );
        // "more than Wednesday's fireworks" compares; "more than two weeks" bounds.
        assert_eq!(
            one(
                "Those dates, more than Wednesday's fireworks, matter.",
                "2015-10-22"
            )
            .0,
            "Wednesday"
        );
        // A quote that starts with a time is no title: "\"Every month I ask…\"".
        assert_eq!(
            one("She said: \"Every month I ask myself.\"", "2012-10-10").1,
            "P1M"
        );
    }

    #[test]
    fn quarters_of_a_year_split_years_and_clock_times_in_words() {
        assert_eq!(
            tag(
                "Use dropped in the last quarter of 2017. It shrank in the third quarter of last year.",
                "2018-02-14"
            ),
            [
                ("the last quarter of 2017".into(), "2017-Q4".into()),
                ("the third quarter of last year".into(), "2017-Q3".into())
            ]
        );
        // "the 2011/12 fiscal year": one year of accounts, named by the year it starts in;
        // "the 1998-99 figures": two years. A ratio is no year.
        assert_eq!(
            tag("Output rose in the 2011/12 fiscal year.", "2015-09-13"),
            [("2011".into(), "2011".into())]
        );
        assert_eq!(
            tag("The 1998-99 figures were revised.", "2015-09-13"),
            [("1998".into(), "1998".into()), ("99".into(), "1999".into())]
        );
        assert_eq!(
            tag(
                "Borrowing in the financial year 2014-15 was high.",
                "2015-09-13"
            ),
            [("2014".into(), "2014".into())]
        );
        assert!(tag("The ratio was 2011/45.", "2015-09-13").is_empty());
        // Hours and minutes in words, with a.m./p.m. or a part of the day.
        assert_eq!(
            tag(
                "It hit around two thirty this morning. Come at eight forty-five p.m.",
                "2015-09-13"
            ),
            [
                (
                    "around two thirty this morning".into(),
                    "2015-09-13T02:30".into()
                ),
                ("eight forty-five p.m.".into(), "2015-09-13T20:45".into())
            ]
        );
        assert!(tag("Trading opens at nine thirty.", "2015-09-13").is_empty());
    }

    #[test]
    fn web_stamps_live_updates_names_overnight_and_scheduled_deadlines() {
        // Web stamps: the clock, the weekday and the date make one time.
        assert_eq!(
            one("Updated 10:15 am EDT, Thu March 21, 2013", "2013-03-21"),
            (
                "10:15 am EDT, Thu March 21, 2013".into(),
                "2013-03-21T10:15".into()
            )
        );
        assert_eq!(
            one("Friday 19 August 2016 10:04 BST", "2016-08-19").1,
            "2016-08-19T10:04"
        );
        // A live-update entry is stamped on the DCT, whatever day the text spoke of.
        assert_eq!(
            tag(
                "It began on Sept. 3, 2013 at the plant.\n\n4:05 p.m.: The sheriff spoke.",
                "2016-06-13"
            )[1]
            .1,
            "2016-06-13T16:05"
        );
        // Names: "the 9/11 Memorial", "the Six-Day War", "USA Today".
        assert_eq!(
            tag("They met at the 9/11 Memorial at 3:10pm.", "2012-09-29"),
            [("3:10pm".into(), "2012-09-29T15:10".into())]
        );
        assert!(tag("The Six-Day War ended. USA Today said so.", "2012-09-29").is_empty());
        // "overnight": the night before the day spoken of.
        assert_eq!(
            one("Planes struck overnight.", "2014-08-11").1,
            "2014-08-10TNI"
        );
        assert!(tag("He booked an overnight stay.", "2014-08-11").is_empty());
        // Scheduled deadlines: "runs out Thursday morning", "take effect Jan. 1", "ending
        // Wednesday", "was due Feb. 4" (either side), "supposed to begin in April".
        for (text, dct, value) in [
            (
                "The deadline runs out Thursday morning.",
                "2014-11-26",
                "2014-11-27TMO",
            ),
            (
                "Cuts that take effect Jan. 1 loom.",
                "2012-12-28",
                "2013-01-01",
            ),
            (
                "The Fed holds a meeting ending Wednesday.",
                "2015-12-14",
                "2015-12-16",
            ),
            (
                "The budget, which was due Feb. 4, is late.",
                "2013-03-02",
                "2013-02-04",
            ),
            (
                "Work was supposed to begin in April.",
                "2012-03-13",
                "2012-04",
            ),
            (
                "With nine days left before Election Day, polls tighten.",
                "2014-10-26",
                "2014-11-04",
            ),
            (
                "U.S. crude for February delivery fell.",
                "2016-01-20",
                "2016-02",
            ),
        ] {
            let v = tag(text, dct);
            assert_eq!(v.last().map(|x| x.1.as_str()), Some(value), "{text}: {v:?}");
        }
        // "will report fourth-quarter results" in February: the quarter just ended.
        assert_eq!(
            tag("It reports fourth-quarter results next week.", "2012-02-14")[0].1,
            "2011-Q4"
        );
    }

    #[test]
    fn days_of_a_week_and_clock_days_long_past() {
        // "four days a week": so many days of every week, one set.
        assert_eq!(
            tag(
                "They work four days a week. He spent four days in jail.",
                "2012-11-18"
            ),
            [
                ("four days a week".into(), "P1W".into()),
                ("four days".into(), "P4D".into())
            ]
        );
        // A clock time in an untensed clause does not take a day long past ("since Labor
        // Day … a briefing at 5 p.m.").
        assert_eq!(
            tag(
                "Traffic was the heaviest since Labor Day. Officials plan another briefing at 5 p.m.",
                "2012-09-14"
            )[1]
            .1,
            "2012-09-14T17:00"
        );
    }

    #[test]
    fn games_lunar_new_year_local_news_and_british_phrasings() {
        // Parts of a game are not parts of the year; a game clock is no time of day.
        assert!(
            tag(
                "Banks scored 12 points in the fourth quarter. Okafor headed a goal early in the second half. Banks hit a 3-pointer with 7:45 left.",
                "2018-12-11"
            )
            .is_empty()
        );
        assert_eq!(
            one("Profit rose in the fourth quarter.", "2018-12-11").1,
            "2018-Q4"
        );
        // The Lunar New Year from the lexicon's table.
        assert_eq!(
            one("Trips will peak before the Spring Festival.", "2017-11-17").1,
            "2018-02-16"
        );
        // Addresses and numbered things are not years.
        assert!(
            tag(
                "In case No. 14-CR-2071, a resident of the 1300 block of Elm Street, at 1801 Maple Ave., Post 1623.",
                "2017-10-13"
            )
            .is_empty()
        );
        assert_eq!(one("The pre-2008 rules.", "2017-10-13").1, "2008");
        // "4-7 p.m. Friday": the first hour takes the second's half of the day and its day;
        // "10:30 a.m. every Tuesday" is a set.
        assert_eq!(
            tag("Visitation is 4-7 p.m. Friday.", "2018-02-08"),
            [
                ("4".into(), "2018-02-09T16:00".into()),
                ("7 p.m. Friday".into(), "2018-02-09T19:00".into())
            ]
        );
        assert_eq!(
            one("Story time is at 10:30 a.m. every Tuesday.", "2017-10-13").1,
            "XXXX-WXX-2T10:30"
        );
        // British: "a week on Saturday", "a fortnight on Friday"; Hogmanay.
        assert_eq!(
            tag(
                "The replay is a week on Saturday, and the final a fortnight on Friday.",
                "2016-12-26"
            ),
            [
                ("a week on Saturday".into(), "2017-01-07".into()),
                ("a fortnight on Friday".into(), "2017-01-13".into())
            ]
        );
        // "MPs due to vote at 7pm": a plan; "called off due to rain" is a cause.
        assert_eq!(
            tag(
                "There was no deal last night. MPs are due to vote at 7pm.",
                "2019-01-16"
            )[1]
            .1,
            "2019-01-16T19:00"
        );
        // "had originally been scheduled for 11 December": the plan as it stood.
        assert_eq!(
            one(
                "The vote had originally been scheduled for 11 December.",
                "2019-01-16"
            )
            .1,
            "2018-12-11"
        );
        // "through Monday morning" with no verb lies ahead; "the small hours of Monday"
        // is Monday ("hours" is no span of its own).
        assert_eq!(
            one("Frost advisory through Monday morning", "2016-11-05").1,
            "2016-11-07TMO"
        );
        assert_eq!(
            tag(
                "Gales battered the coast in the small hours of Monday.",
                "2016-03-27"
            ),
            [("Monday".into(), "2016-03-21".into())]
        );
        // "Overnight, temperatures will fall": the coming night.
        assert_eq!(
            one("Overnight, temperatures will fall to 25.", "2016-11-05").1,
            "2016-11-05TNI"
        );
    }

    #[test]
    fn a_year_opening_the_sentence_a_day_next_year_and_years_ago_today() {
        // A year that opens its sentence dates what follows in it; one inside a clause
        // ("approved in 1987 that …") does not.
        assert_eq!(
            tag(
                "Last year, the first freeze did not arrive until Nov. 19. In 2009 the storm came in October.",
                "2016-11-05"
            ),
            [
                ("Last year".into(), "2015".into()),
                ("Nov. 19".into(), "2015-11-19".into()),
                ("2009".into(), "2009".into()),
                ("October".into(), "2009-10".into())
            ]
        );
        assert_eq!(
            tag(
                "Under a program approved in 1987, Nashua had purchased 481,000 shares through Sept. 29.",
                "1989-10-30"
            )[1]
            .1,
            "1989-09-29"
        );
        assert_eq!(
            tag("The deadline is 29 March next year.", "2018-04-10"),
            [("29 March next year".into(), "2019-03-29".into())]
        );
        assert_eq!(
            tag("Twenty years ago today, the deal was signed.", "2018-04-10"),
            [("Twenty years ago today".into(), "1998-04-10".into())]
        );
    }

    #[test]
    fn the_last_day_of_something_and_the_new_year() {
        // "the last day of classes" orders; it is no span and no date.
        assert!(
            tag(
                "The school closes after the last day of classes.",
                "2013-05-15"
            )
            .is_empty()
        );
        assert!(tag("In his last year in office he travelled.", "2013-05-15").is_empty());
        assert_eq!(
            one("The last day of March was warm.", "2013-05-15").1,
            "2013-03-31"
        );
        assert_eq!(one("In the last day, prices rose.", "2013-05-15").1, "P1D");
        // "in the new year": the coming one late in the year.
        assert_eq!(one("Talks resume in the new year.", "2015-11-26").1, "2016");
        assert_eq!(one("Talks resume in the new year.", "2016-01-04").1, "2016");
    }

    #[test]
    fn compound_spans_past_bounds_changed_plans_and_numbered_names() {
        assert_eq!(
            tag(
                "He served three years and eight months. It lasted two hours and 41 minutes.",
                "2017-04-29"
            ),
            [
                ("three years and eight months".into(), "P3Y8M".into()),
                ("two hours and 41 minutes".into(), "PT2H41M".into())
            ]
        );
        assert_eq!(add_durations("P2D", "PT3H").as_deref(), Some("P2DT3H"));
        assert_eq!(add_durations("P2W", "P3D"), None);
        assert_eq!(add_durations("P8M", "P3Y"), None);
        assert_eq!(
            add_durations("P1DT9H", "PT15M").as_deref(),
            Some("P1DT9H15M")
        );
        assert_eq!(add_durations("PT9H15M", "PT1H"), None);
        assert_eq!(add_durations("P4Y", "P30M"), None);
        assert_eq!(add_durations("PT2H", "PT90M"), None);
        // Spans of the clock run on after a comma or none.
        assert_eq!(
            tag("She ran it in 3 minutes, 21 seconds.", "2013-03-10"),
            [("3 minutes, 21 seconds".into(), "PT3M21S".into())]
        );
        assert_eq!(
            tag(
                "It took 1 day, 9 hours, 15 minutes and 24 seconds.",
                "2013-03-10"
            ),
            [(
                "1 day, 9 hours, 15 minutes and 24 seconds".into(),
                "P1DT9H15M24S".into()
            )]
        );
        assert_eq!(tag("Three weeks, two days later.", "2013-03-10").len(), 2);
        // "it started as early as February": told in the past, past; "could take place as
        // early as Sunday" still looks ahead.
        assert_eq!(
            one(
                "Agencies warn it started as early as February.",
                "2012-05-22"
            )
            .1,
            "2012-02"
        );
        assert_eq!(
            one(
                "Officials said talks could take place as early as Sunday.",
                "2012-05-22"
            )
            .1,
            "2012-05-27"
        );
        // "was originally scheduled for June": the plan as it stood.
        assert_eq!(
            tag("Trial was originally scheduled for June.", "2015-10-20")[0].1,
            "2015-06"
        );
        // Numbered names are not years.
        assert!(tag("House Bill 1801 passed under Section 1983.", "2016-08-05").is_empty());
        // "Jennifer May, a paleontologist": a name even at a sentence start; "this years
        // ago" is no time of this year.
        assert_eq!(
            tag(
                "It took months. Jennifer May, a paleontologist, agreed. \"No,\" May said. We saw this years ago.",
                "2013-06-09"
            ),
            [
                ("months".into(), "PXM".into()),
                ("years ago".into(), "PAST_REF".into())
            ]
        );
    }

    #[test]
    fn clock_dates_headline_halves_and_bracketed_rates() {
        assert_eq!(
            one("He was killed shortly after 2 a.m. Jan. 11.", "2015-10-20").1,
            "2015-01-11T02:00"
        );
        assert_eq!(
            one(
                "Casualties up 23 per cent in first half of 2013",
                "2013-07-31"
            )
            .1,
            "2013-H1"
        );
        assert_eq!(
            one("It offers games for 980 yen ($8.07) a month.", "2015-03-16").1,
            "P1M"
        );
        assert_eq!(
            one(
                "It will prevent about 2,100 rear-end crashes a year.",
                "2015-03-16"
            )
            .1,
            "P1Y"
        );
    }

    #[test]
    fn spoken_ago_vague_ahead_ranges_modals_and_temperatures() {
        assert_eq!(
            tag(
                "A few years back, it rose. Two years back, it fell. A few years from now it ends.",
                "2016-02-29"
            ),
            [
                ("A few years back".into(), "PAST_REF".into()),
                ("Two years back".into(), "2014".into()),
                ("A few years from now".into(), "FUTURE_REF".into())
            ]
        );
        assert_eq!(
            tag(
                "A few years back the Fed raised rates. It set us two years back on the plan.",
                "2018-12-21"
            ),
            [
                ("A few years back".into(), "PAST_REF".into()),
                ("two years".into(), "P2Y".into())
            ]
        );
        // A counted span "from now" stays a span and "now".
        assert_eq!(tag("A year from now it ends.", "2016-02-29").len(), 2);
        assert_eq!(one("The other day I saw him.", "2016-02-29").1, "PAST_REF");
        // A range ends after it starts.
        assert_eq!(
            tag(
                "The Weather Service issued a warning from 11 a.m. Monday until 9 p.m. Tuesday.",
                "2018-07-30"
            )[1]
            .1,
            "2018-07-31T21:00"
        );
        // "could reach the coast by Friday night": the modal leaves the deadline to decide.
        assert_eq!(
            one(
                "Forecasters warned that its eye could reach the coast by Friday night.",
                "2012-08-30"
            )
            .1,
            "2012-08-31TNI"
        );
        assert_eq!(
            one("The airline rebooked her for Saturday.", "2018-01-03").1,
            "2018-01-06"
        );
        // Degrees are not decades.
        assert_eq!(
            tag(
                "Highs reach the 60s, with lows in the 40s. Music of the 80s was loud.",
                "2014-11-14"
            ),
            [("the 80s".into(), "198".into())]
        );
    }

    #[test]
    fn on_parts_a_time_from_its_date() {
        assert_eq!(
            tag(
                "He stepped off at 10:56 p.m. Eastern time on July 20, 1969.",
                "2019-07-14"
            ),
            [
                ("10:56 p.m. Eastern time".into(), "1969-07-20T22:56".into()),
                ("July 20, 1969".into(), "1969-07-20".into())
            ]
        );
        assert_eq!(
            one("It launched at 9:32 a.m. July 16, 1969.", "2019-07-14").1,
            "1969-07-16T09:32"
        );
    }

    #[test]
    fn clauses_after_that_and_captions_in_the_present() {
        // The verb past "that" opens its own clause: "in July" is the month just past.
        assert_eq!(
            one(
                "The IMF forecast in July that inflation would hit a million percent.",
                "2018-09-08"
            )
            .1,
            "2018-07"
        );
        // "By Thursday evening, that had grown": "that" is a pronoun, the clause is past.
        assert_eq!(
            one(
                "By Thursday evening, that had grown to nine ships.",
                "2016-08-19"
            )
            .1,
            "2016-08-18TEV"
        );
        // A caption's present tense for a day just past; a plain future still looks ahead.
        assert_eq!(
            one(
                "PHOTO: Calloway arrives at the courthouse on March 4.",
                "2013-03-21"
            )
            .1,
            "2013-03-04"
        );
        assert_eq!(
            one(
                "Calloway will arrive at the courthouse on March 4.",
                "2013-03-21"
            )
            .1,
            "2014-03-04"
        );
    }

    #[test]
    fn modals_plans_bounds_ahead_and_runs_of_clock_times() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        // "going" looks ahead only in "going to".
        assert_eq!(
            t(
                "Deputies began going door to door at 4 p.m. Tuesday.",
                "2013-06-12"
            ),
            "2013-06-11T16:00"
        );
        assert_eq!(
            t("The funeral is set for 11 a.m. Friday.", "2013-01-08"),
            "2013-01-11T11:00"
        );
        // "ahead of …" and "not before …": the day lies after the clause.
        assert_eq!(
            tag(
                "Stocks rose ahead of the Labor Day holiday on Monday.",
                "2013-08-28"
            ),
            [
                ("Labor Day".into(), "2013-09-02".into()),
                ("Monday".into(), "2013-09-02".into())
            ]
        );
        assert_eq!(
            t(
                "Officials say not before Thursday at the earliest.",
                "2013-07-16"
            ),
            "2013-07-18"
        );
        // A modal before a plain verb looks ahead; before a passive it says nothing.
        assert_eq!(
            t(
                "Washington could be close to 60 degrees on Sunday.",
                "2013-03-14"
            ),
            "2013-03-17"
        );
        assert_eq!(
            t(
                "He could not be located Wednesday in Cardenas.",
                "2000-01-06"
            ),
            "2000-01-05"
        );
        // A run of clock times keeps its day, and passes midnight.
        let v: Vec<String> = tag(
            "A caller reported a gun at 11:48 p.m. Friday. Officers arrived about six minutes \
             later and cleared the call at 12:09 a.m. At 1:37 a.m., a second caller reported a \
             man with a gun. The officer arrived four minutes later, police said, and found a \
             man beside a parked car. At 1:43 a.m., he radioed that shots had been fired.",
            "2013-08-05",
        )
        .into_iter()
        .map(|x| x.1)
        .filter(|v| v.starts_with("2013"))
        .collect();
        assert_eq!(
            v,
            [
                "2013-08-02T23:48",
                "2013-08-03T00:09",
                "2013-08-03T01:37",
                "2013-08-03T01:43"
            ]
        );
    }

    #[test]
    fn nouns_singular_subjects_recent_plans_holidays_and_delivery_months() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        // "his four starts" is a noun, not a scheduled present.
        assert_eq!(
            t(
                "He has won three of his four starts since taking over in November.",
                "2013-12-09"
            ),
            "2013-11"
        );
        // "it forecast in November": a singular subject with no -s is past.
        assert_eq!(
            t(
                "Profit fell short of the $1.70 it forecast in November.",
                "2013-01-10"
            ),
            "2012-11"
        );
        // A plan told in the past for a day a few weeks back is that day.
        assert_eq!(
            t(
                "The cuts were set to take effect Jan. 1 before Congress acted.",
                "2013-01-10"
            ),
            "2013-01-01"
        );
        assert_eq!(
            t(
                "Kerry announced the agreement to resume talks on July 19.",
                "2013-07-30"
            ),
            "2013-07-19"
        );
        // ("will" still looks ahead.)
        assert_eq!(
            t(
                "Kerry will announce the agreement on July 19.",
                "2013-07-30"
            ),
            "2014-07-19"
        );
        // A holiday a few days ahead of a past clause; a holiday with a part of the day.
        assert_eq!(
            t(
                "The storm pushed east, threatening travelers heading home for Thanksgiving.",
                "2013-11-26"
            ),
            "2013-11-28"
        );
        assert_eq!(
            typed(
                "The storm should move off by Thanksgiving morning.",
                "2013-11-26"
            )[0],
            (
                "Thanksgiving morning".into(),
                TimexType::Time,
                "2013-11-28TMO".into()
            )
        );
        // "October crude" is a delivery month; "slipped to October" lies ahead.
        assert_eq!(
            t("In London, October crude rose 2 percent.", "2013-08-28"),
            "2013-10"
        );
        assert_eq!(
            t("Shipping dates quickly slipped to October.", "2013-09-20"),
            "2013-10"
        );
    }

    #[test]
    fn reported_quarters_meeting_minutes_and_longest_holiday_names() {
        // After "the current quarter", a past clause's "the quarter" is the one reported on.
        let t = tag(
            "It expects growth in the current quarter. Sales in Europe fell 3% in the quarter.",
            "2013-10-22",
        );
        assert_eq!(t[1], ("the quarter".into(), "2013-Q3".into()));
        // "Minutes of the Fed's meeting" are a record, not a span.
        assert_eq!(
            tag(
                "Minutes of the Fed's April 30-May 1 meeting showed officials were divided.",
                "2013-05-22"
            )
            .iter()
            .filter(|x| x.1.starts_with('P'))
            .count(),
            0
        );
        assert_eq!(one("It took minutes of searching.", "2013-05-22").1, "PTXM");
        // "the Macy's Thanksgiving Day Parade" is a name.
        assert!(
            tag(
                "Organizers of the Macy's Thanksgiving Day Parade watched the wind.",
                "2013-11-26"
            )
            .is_empty()
        );
        assert_eq!(
            one("Stores open on Thanksgiving Day.", "2013-11-26").1,
            "2013-11-28"
        );
    }

    #[test]
    fn headline_infinitives_orders_through_a_day_and_deadlines_ahead() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        // A headline's "to" + verb is the future; "rise to record" is not.
        assert_eq!(
            t(
                "Cardinals to open conclave on Tuesday to elect new pope\n\nText.",
                "2013-03-08"
            ),
            "2013-03-12"
        );
        assert_eq!(
            t("Sales rise to record on Tuesday\n\nText.", "2013-03-08"),
            "2013-03-05"
        );
        // An order sets an end ahead of it.
        assert_eq!(
            t(
                "Weidman ordered flags lowered to half-staff through Friday.",
                "2013-01-08"
            ),
            "2013-01-11"
        );
        // "before Friday's deadline" lies ahead; "missed Friday's deadline" does not.
        assert_eq!(
            t(
                "He said he had no plans to meet them before Friday's deadline.",
                "2013-02-26"
            ),
            "2013-03-01"
        );
        assert_eq!(
            t("The company missed Friday's deadline.", "2013-02-26"),
            "2013-02-22"
        );
    }

    #[test]
    fn hours_without_a_half_of_the_day_and_clock_times_of_a_story_long_past() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        assert_eq!(
            t("We got the call around 5 o'clock.", "2013-06-12"),
            "2013-06-12T17:00"
        );
        assert_eq!(
            t(
                "Good morning, everyone. It is seven o'clock here.",
                "2013-11-08"
            ),
            "2013-11-08T07:00"
        );
        assert_eq!(
            tag(
                "Polls closed tonight, and it is just past nine o'clock.",
                "2014-11-04"
            )[1]
            .1,
            "2014-11-04T21:00"
        );
        // A story of a day long past goes on with its times in the next paragraph.
        let v = tag(
            "The court was told the smash happened in the early hours of 15 November 2009, when \
             his car hit a stationary Ford Fiesta on the King's Road. The owner was sitting in \
             the car and suffered a broken collarbone. He spent two days in hospital.\n\n\
             The prosecutor said Stroud rang his assistant at 1.40am, and again at 3am.",
            "2013-10-16",
        );
        assert_eq!(v[2], ("1.40am".into(), "2009-11-15T01:40".into()));
        // A date a few weeks back does not take the day's times.
        assert_eq!(
            last(
                "The cuts began taking effect March 1, and hiring slowed. Retailers cut 24,000 jobs \
             last month, while construction added 18,000 and health care added 22,000 jobs, \
             the report showed. Economists had expected far more. Stock futures fell sharply \
             before the market opened at 9:30 a.m.",
                "2013-04-05",
            ),
            "2013-04-05T09:30"
        );
    }

    #[test]
    fn a_month_of_the_year_last_mentioned() {
        let v = tag(
            "She won in 2006. That November she ran again.",
            "2013-09-08",
        );
        assert_eq!(v[1], ("That November".into(), "2006-11".into()));
        let v = tag(
            "The fund was frozen in 2010, and in December of that year it closed.",
            "2013-05-20",
        );
        assert_eq!(v[1], ("December of that year".into(), "2010-12".into()));
    }

    #[test]
    fn schedules_chronologies_and_headline_participles() {
        // A weekday heading a schedule of the week ahead, and the times under it.
        let v = tag(
            "Here is the schedule for next week:\n\nMonday:\n-- Pending home sales, 10 a.m.\n",
            "2013-07-27",
        );
        assert_eq!(v[1], ("Monday".into(), "2013-07-29".into()));
        assert_eq!(v[2], ("10 a.m.".into(), "2013-07-29T10:00".into()));
        // A chronology's entry is told in the present: the nearest such day.
        let v = tag(
            "Key events:\n\n-- March 21: The ECB says it will cut off funding.\n",
            "2013-04-01",
        );
        assert_eq!(v[0], ("March 21".into(), "2013-03-21".into()));
        // A headline's participle is no past.
        assert_eq!(
            one(
                "Schools closed Tuesday as second storm moves in\n\nText.",
                "2013-12-09"
            )
            .1,
            "2013-12-10"
        );
    }

    #[test]
    fn sports_stories_parts_of_games_and_seasons() {
        let story = "Fairview 42, Grant 0: The quarterback threw four touchdowns and ran for 80 \
                     yards, and the coach praised the defense after the playoff win. The \
                     starters sat for the entire fourth quarter. Brandt, who missed most of last \
                     season, scored twice this season.";
        let v = tag(story, "2013-10-20");
        assert_eq!(
            v,
            [
                ("last season".into(), "2012".into()),
                ("this season".into(), "2013".into())
            ]
        );
        // Outside a sports story a quarter is a quarter of the year.
        assert_eq!(
            one(
                "The starters' sales fell in the third quarter.",
                "2013-10-20"
            )
            .1,
            "2013-Q3"
        );
    }

    #[test]
    fn directives_sequences_and_deadlines_at_the_end_of_a_month() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        // A directive's infinitive lies ahead.
        assert_eq!(
            tag(
                "The judge told jurors on Friday to return at 9 a.m. Monday.",
                "2013-10-19"
            )[1]
            .1,
            "2013-10-21T09:00"
        );
        // ", followed on Thursday by …" goes on with the clause before it.
        assert_eq!(
            tag(
                "Rome will offer bills on Wednesday, followed on Thursday by bonds.",
                "2013-03-26"
            )[1]
            .1,
            "2013-03-28"
        );
        // (", released Friday," dates the release.)
        assert_eq!(
            t(
                "The governor's plan, released Friday, would close the gap.",
                "2016-02-29"
            ),
            "2016-02-26"
        );
        // "by the end of March" is a deadline.
        assert_eq!(
            t(
                "The administration has set a goal of enrolling seven million people by the end of March.",
                "2013-09-27"
            ),
            "2014-03"
        );
    }

    #[test]
    fn earlier_counts_from_the_date_told_last() {
        let v = tag(
            "Starting in 2016, the state can withhold funds. In March, Moody's cut the rating. \
             Two weeks later, the city paid a point more than it paid a year earlier.",
            "2013-05-20",
        );
        assert_eq!(v.last().unwrap(), &("a year earlier".into(), "2012".into()));
    }

    #[test]
    fn compound_adjectives_coordinated_participles_perfect_infinitives_and_modals() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        // "state-owned" is an adjective, not a past verb.
        assert_eq!(
            tag(
                "He will meet executives of state-owned firms, before flying home on Saturday.",
                "2013-03-21"
            )[0]
            .1,
            "2013-03-23"
        );
        // A participle after "and" shares the verb before it.
        assert_eq!(
            tag(
                "The single will be played tonight and released on Monday.",
                "2013-11-06"
            )[1]
            .1,
            "2013-11-11"
        );
        assert_eq!(
            t(
                "He said he had sold out and expected a shipment Saturday.",
                "2014-11-14"
            ),
            "2014-11-15"
        );
        // "to have paid" looks from a later time.
        assert_eq!(
            t(
                "The party plans to have paid staff in every county by Friday.",
                "2014-10-26"
            ),
            "2014-10-31"
        );
        // "should" and "may" before a verb look ahead.
        assert_eq!(
            t(
                "Forecasters said temperatures should climb by Wednesday afternoon.",
                "2013-12-09"
            ),
            "2013-12-11TAF"
        );
        // "since the summer" lies behind.
        assert_eq!(
            t(
                "Swansea, on their second manager since the summer, may look for a striker.",
                "2016-12-26"
            ),
            "2016-SU"
        );
    }

    #[test]
    fn modals_week_reviews_capital_headings_and_months_that_name_things() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        // "last Tuesday" on a Wednesday is a week back.
        assert_eq!(t("He testified last Tuesday.", "2013-06-12"), "2013-06-04");
        assert_eq!(t("He testified last Monday.", "2013-06-12"), "2013-06-10");
        // Any plain verb after "could" looks ahead.
        assert_eq!(
            t(
                "The storm could hit southern China over the weekend.",
                "2013-10-28"
            ),
            "2013-W44-WE"
        );
        // So does a passive after a modal of possibility, but not a failed contact.
        assert_eq!(
            t(
                "Federal workers could be sent home without pay on Tuesday.",
                "2013-09-26"
            ),
            "2013-10-01"
        );
        assert_eq!(
            t(
                "Neither he nor his parents could be located Wednesday.",
                "2000-01-06"
            ),
            "2000-01-05"
        );
        assert_eq!(
            t("The lawyer could not be reached Tuesday.", "2013-09-26"),
            "2013-09-24"
        );
        // A time told by what will happen then lies ahead.
        assert_eq!(
            t(
                "A few officials have argued for waiting until December, when they will have more data.",
                "2013-09-14"
            ),
            "2013-12"
        );
        // What is set for a day lies ahead, unless told as the plan stood.
        assert_eq!(
            t(
                "School president Linda Marsh canceled classes for Monday morning.",
                "2013-03-17"
            ),
            "2013-03-18TMO"
        );
        assert_eq!(
            t(
                "A memorial service planned for Saturday was canceled after the plans leaked.",
                "1999-10-24"
            ),
            "1999-10-23"
        );
        // A state told in the past lasts to a day ahead; an action does not.
        assert_eq!(
            t(
                "He said classes were canceled through Friday.",
                "2013-11-05"
            ),
            "2013-11-08"
        );
        assert_eq!(
            t("Smaller walkouts continued through Thursday.", "2013-11-05"),
            "2013-10-31"
        );
        // An expectation's object stands between it and the infinitive.
        assert_eq!(
            t(
                "She expected the lockout to last only until Tuesday.",
                "2013-11-14"
            ),
            "2013-11-19"
        );
        // "the next year" told in the past follows the year last told.
        assert_eq!(
            last(
                "A tornado destroyed the church in April 1974. They had it rebuilt the next year.",
                "2013-05-26"
            ),
            "1975"
        );
        assert_eq!(t("Sales will grow the next year.", "2013-05-26"), "2014");
        // An appositive's relative clause says nothing of the date's tense.
        assert_eq!(
            t(
                "She will face Luis Carvajal, a county commissioner who was unopposed, in the Nov. 6 general election.",
                "2012-03-07"
            ),
            "2012-11-06"
        );
        // An engagement held now is for a day ahead; "a recent Tuesday" is not told.
        assert_eq!(
            t("She has a lunch Thursday with three friends.", "2013-10-08"),
            "2013-10-10"
        );
        assert_eq!(
            t("On Thursday, Scotland elects its members.", "2014-05-18"),
            "2014-05-22"
        );
        assert_eq!(
            tag("On a recent Tuesday, he tuned two pianos.", "2012-01-25"),
            [("a recent Tuesday".into(), "XXXX-WXX-2".into())]
        );
        assert_eq!(
            tag("One recent afternoon, the hall was empty.", "2012-01-25"),
            [("One recent afternoon".into(), "XXXX-XX-XXTAF".into())]
        );
        assert_eq!(
            t(
                "He will face Andrea Pike, who took 38 percent, in a July 22 runoff.",
                "2014-05-24"
            ),
            "2014-07-22"
        );
        // What a forecast names lies ahead of it; the day of the forecast does not.
        assert_eq!(
            t(
                "Forecasters predicted a chance of rain Wednesday.",
                "2012-09-24"
            ),
            "2012-09-26"
        );
        assert_eq!(
            t(
                "The company raised its profit forecast after the close on Thursday.",
                "2021-07-09"
            ),
            "2021-07-08"
        );
        // A condition told in the present is of a time ahead; officials gather ahead.
        assert_eq!(
            t(
                "\"If you do not need to be on the road Friday, please stay home,\" Brennan said.",
                "2013-02-06"
            ),
            "2013-02-08"
        );
        assert_eq!(
            t(
                "Federal Reserve officials gather here Tuesday for a policy meeting.",
                "2013-03-17"
            ),
            "2013-03-19"
        );
        assert_eq!(
            t(
                "Environment Canada is calling for a high of 2 C on Wednesday.",
                "2015-03-03"
            ),
            "2015-03-04"
        );
        assert_eq!(
            last(
                "The outage kept users from making calls for more than six hours on Friday.",
                "2021-03-20"
            ),
            "2021-03-19"
        );
        assert_eq!(
            t(
                "Investors remained focused on Washington, where lawmakers have until Thursday to act.",
                "2013-10-14"
            ),
            "2013-10-17"
        );
        // A closing price is one the market has set.
        assert_eq!(
            t(
                "Harlan will pay $38 a share, a 27 percent premium to Prairie's closing price on Friday.",
                "2015-08-16"
            ),
            "2015-08-14"
        );
        // What is due on a day is owed then, unless it was.
        assert_eq!(
            tag(
                "That makes the price report, due Wednesday, the main event.",
                "2018-02-11"
            ),
            [("Wednesday".into(), "2018-02-14".into())]
        );
        assert_eq!(
            t("Friend-of-the-court briefs were due Friday.", "2019-09-29"),
            "2019-09-27"
        );
        assert_eq!(
            t(
                "Other data due during the holiday-shortened week include the services index on Thursday.",
                "2013-09-01"
            ),
            "2013-09-05"
        );
        // A counted noun is no verb of a schedule.
        assert_eq!(
            t(
                "Hospitals reported 312 heat-related emergency visits Thursday.",
                "2013-07-19"
            ),
            "2013-07-18"
        );
        // A week in review: the entry's verbs are past.
        let v = tag(
            "Stocks rose.\n\nTUESDAY: Pinecrest Foods, the maker of frozen dinners and snack cakes, said it would cut 1,400 jobs.\n",
            "2013-11-15",
        );
        assert_eq!(v[0], ("TUESDAY".into(), "2013-11-12".into()));
        // A section heading in capitals; a month naming a thing just past.
        let v = tag(
            "Stocks rose.\n\nNEXT WEEK: The Fed releases minutes of its October policy meeting on Wednesday.",
            "2013-11-15",
        );
        assert_eq!(
            v,
            [
                ("NEXT WEEK".into(), "2013-W47".into()),
                ("October".into(), "2013-10".into()),
                ("Wednesday".into(), "2013-11-20".into())
            ]
        );
        // A headline's irregular participle is no past.
        assert_eq!(
            t(
                "Kenya vote count slows; result seen by Friday\n\nText.",
                "2013-03-05"
            ),
            "2013-03-08"
        );
    }

    #[test]
    fn short_years_ahead_adjectives_of_plans_contractions_and_reports_that() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        assert_eq!(
            t("We expect fiscal '14 revenue to grow.", "2013-04-24"),
            "2014"
        );
        assert_eq!(t("It has been closed since '86.", "2013-04-24"), "1986");
        // "his expected crop" is an adjective; the clause is past.
        assert_eq!(
            t(
                "He sold a third of his expected crop in the spring.",
                "2013-08-13"
            ),
            "2013-SP"
        );
        // "isn't made until … September": a present passive.
        assert_eq!(
            t(
                "The crop isn't made until the combines roll in September, he said.",
                "2013-08-13"
            ),
            "2013-09"
        );
        // "we're talking about … before Thanksgiving": a present.
        assert_eq!(
            tag(
                "A year ago we were at $8, and now we're talking about $4 before Thanksgiving.",
                "2013-08-13"
            )[2]
            .1,
            "2013-11-28"
        );
        // "cannot sell until mid-January" looks ahead.
        assert_eq!(
            t(
                "They agreed to a lock-up, meaning they cannot sell until mid-January.",
                "2013-07-18"
            ),
            "2014-01"
        );
        // "in Monday's report that farmers will harvest": the report came Monday.
        assert_eq!(
            t(
                "The department said in Monday's report that farmers will harvest more.",
                "2013-08-13"
            ),
            "2013-08-12"
        );
        assert_eq!(
            t(
                "We see a recovery in the back half of the year.",
                "2013-04-24"
            ),
            "2013-H2"
        );
    }

    #[test]
    fn years_ago_this_week_or_season_and_half_a_century_ago() {
        let t = |text: &str, dct: &str| one(text, dct);
        assert_eq!(
            t("Fifty years ago this summer, they marched.", "2013-08-25"),
            ("Fifty years ago this summer".into(), "1963-SU".into())
        );
        assert_eq!(
            t("A decade ago this week, the levees failed.", "2015-08-29"),
            ("A decade ago this week".into(), "2005-W35".into())
        );
        assert_eq!(
            t("Ten years ago this month, I was in Kuwait.", "2013-03-19"),
            ("Ten years ago this month".into(), "2003-03".into())
        );
        assert_eq!(
            t("It happened half a century ago.", "2013-08-25"),
            ("half a century ago".into(), "1963".into())
        );
    }

    #[test]
    fn particles_events_ahead_comparisons_reference_dates_and_weekends_on_a_friday() {
        let t = |text: &str, dct: &str| one(text, dct).1;
        // "set out detailed plans": an adjective after a particle.
        assert_eq!(
            t(
                "He will set out detailed plans in a review on 26 June.",
                "2013-03-20"
            ),
            "2013-06-26"
        );
        // "will take charge for Tuesday's trip": an event still to come.
        assert_eq!(
            t(
                "Parry will take charge for Tuesday's trip to Leeds.",
                "2013-04-14"
            ),
            "2013-04-16"
        );
        // ("They can treat Tuesday's vote as the end": a vote already held.)
        assert_eq!(
            t(
                "They can treat Tuesday's vote as the end of the discussion.",
                "2013-04-17"
            ),
            "2013-04-16"
        );
        // "earlier than last year" is a comparison.
        assert_eq!(
            tag("Easter falls earlier than last year.", "2013-03-07")[0].1,
            "2013-03-31"
        );
        // "as of March 1": a reference date.
        assert_eq!(
            t(
                "Holders of record as of March 1 are eligible to vote at a meeting that will begin shortly.",
                "2013-03-26"
            ),
            "2013-03-01"
        );
        // "this weekend" on a Friday; "booked … through Saturday" lies ahead.
        assert_eq!(
            t(
                "Airlines waived fees for passengers booked to fly this weekend.",
                "2013-03-22"
            ),
            "2013-W12-WE"
        );
        assert_eq!(
            t(
                "Delta says anyone booked through Saturday can change plans.",
                "2013-11-08"
            ),
            "2013-11-09"
        );
        assert_eq!(
            t(
                "The service has pushed back its forecast to early April.",
                "2013-03-22"
            ),
            "2013-04"
        );
    }

    #[test]
    fn the_first_or_last_months_of_a_year() {
        let t = |text: &str, dct: &str| one(text, dct);
        assert_eq!(
            t(
                "Growth slowed in the final three months of 2012.",
                "2013-05-02"
            ),
            ("the final three months of 2012".into(), "2012-Q4".into())
        );
        assert_eq!(
            t(
                "It expects a loss in the first two quarters of 1990.",
                "1989-11-02"
            ),
            ("the first two quarters of 1990".into(), "1990-H1".into())
        );
        // Nine months name no half or quarter: a span and a year.
        assert_eq!(
            tag("Sales rose in the first nine months of 2013.", "2013-11-02")[0].1,
            "P9M"
        );
    }

    #[test]
    fn the_fourth_alone_is_the_fourth_of_july() {
        assert_eq!(
            last(
                "Riverside will set off fireworks on the Fourth.",
                "2013-06-20"
            ),
            "2013-07-04"
        );
        for text in [
            "It violates the Fourth Amendment.",
            "Sales fell in the Fourth Quarter.",
            "She lives on Fourth Street.",
            "It rained for the fourth time.",
        ] {
            assert!(tag(text, "2013-06-20").is_empty(), "{text}");
        }
    }

    #[test]
    fn a_weekday_written_with_its_date_is_never_moved_ahead() {
        let text = "Police Arrest Suspect in Saturday Night Shooting\n\nOn Saturday, March 24, \
                    2018, at 11:42 p.m., officers responded. The suspect will be arraigned \
                    Monday. A vigil will be held Tuesday. Police will brief reporters Wednesday. \
                    The council will meet Thursday.";
        // (The page looks ahead, so the headline's bare "Saturday Night" is moved; the date
        // written out is not.)
        let t = tag(text, "2018-03-25");
        assert_eq!(
            t[1],
            ("Saturday, March 24, 2018".into(), "2018-03-24".into())
        );
    }

    #[test]
    fn the_week_ahead_of_a_weekend_paper() {
        assert_eq!(
            one("Investors will watch data in the week ahead.", "2020-12-20"),
            ("the week ahead".into(), "2020-W52".into())
        );
        assert_eq!(last("The week ahead: earnings.", "2021-08-09"), "2021-W32");
    }

    #[test]
    fn joining_an_index_is_a_schedule() {
        assert_eq!(
            last(
                "Tesla joins the index before the opening bell on Monday.",
                "2020-12-20"
            ),
            "2020-12-21"
        );
    }

    #[test]
    fn a_day_heading_and_the_entries_under_it() {
        let text = "Police blotter\n\nMonday, Dec. 21\n\n7:52 a.m.: A resident reported a \
                    stolen bike.\n\n4:15 p.m.: A car was broken into.\n";
        assert_eq!(
            tag(text, "2015-12-27"),
            [
                ("Monday, Dec. 21".into(), "2015-12-21".into()),
                ("7:52 a.m.".into(), "2015-12-21T07:52".into()),
                ("4:15 p.m.".into(), "2015-12-21T16:15".into())
            ]
        );
        // A live page's entries after a headline that merely names a day are the DCT's.
        assert_eq!(
            last(
                "Bridge collapses Sunday\n\n4:05 p.m.: A fourth body was found.",
                "2016-06-13"
            ),
            "2016-06-13T16:05"
        );
    }

    #[test]
    fn a_term_kept_or_paid_for_runs_to_a_day_ahead() {
        assert_eq!(
            last(
                "The House will pass a bill that keeps agencies funded through Dec. 15.",
                "2013-09-19"
            ),
            "2013-12-15"
        );
        assert_eq!(
            last(
                "The Senate on Friday passed a bill funding the government through Nov. 15.",
                "2013-09-29"
            ),
            "2013-11-15"
        );
    }

    #[test]
    fn a_present_progressive_before_a_day_is_an_arrangement_ahead() {
        assert_eq!(
            tag("We're watching Friday night into Sunday.", "2013-12-17"),
            [
                ("Friday night".into(), "2013-12-20TNI".into()),
                ("Sunday".into(), "2013-12-22".into())
            ]
        );
        // Not across "from": the spring is the one past.
        assert_eq!(
            last(
                "The market is cooling from a torrid pace in the spring.",
                "2013-09-24"
            ),
            "2013-SP"
        );
    }

    #[test]
    fn a_past_clause_names_a_holiday_up_to_a_month_ahead() {
        assert_eq!(
            last(
                "Retailers had been counting on strong sales, with less than two weeks left \
                 until Christmas.",
                "2013-12-13"
            ),
            "2013-12-25"
        );
        // "Last Christmas" said before it is the year before's; a past holiday months ahead
        // is too.
        assert_eq!(
            last("Last Christmas we were in Ohio.", "2013-12-11"),
            "2012-12-25"
        );
        assert_eq!(last("Sales rose at Christmas.", "2013-10-01"), "2012-12-25");
        // A holiday told as kept is behind.
        assert_eq!(
            last("The store was closed on Christmas.", "2013-12-13"),
            "2012-12-25"
        );
    }

    #[test]
    fn deferred_into_a_month_ahead() {
        assert_eq!(
            last("Delivery estimates slipped into early May.", "2020-04-19"),
            "2020-05"
        );
    }

    #[test]
    fn a_time_on_a_day_written_first_is_on_that_day() {
        assert_eq!(
            tag(
                "The rescue began shortly after 2am on 6 December 1967.",
                "2019-01-20"
            ),
            [
                ("2am".into(), "1967-12-06T02:00".into()),
                ("6 December 1967".into(), "1967-12-06".into())
            ]
        );
        assert_eq!(
            tag("It was called in at 9.45pm on 2 June.", "2022-06-05")[0].1,
            "2022-06-02T21:45"
        );
    }

    #[test]
    fn ages_of_months_and_years_are_no_times() {
        assert!(
            tag(
                "The first dose is given at 12 to 15 months of age.",
                "2019-01-15"
            )
            .is_empty()
        );
        assert!(tag("Children under 5 years of age are at risk.", "2019-01-15").is_empty());
    }

    #[test]
    fn a_schedule_goes_on_through_the_week() {
        let text = "Whitcomb will return to Iowa on Wednesday for a three-day bus tour of the \
                    state's eastern counties, with stops in Dubuque and Davenport on Thursday \
                    and a rally in Cedar Rapids Friday evening.";
        assert_eq!(
            tag(text, "2016-01-18")[2..],
            [
                ("Thursday".to_string(), "2016-01-21".to_string()),
                ("Friday evening".to_string(), "2016-01-22TEV".to_string())
            ]
        );
        // Not past a past verb.
        assert_eq!(
            last(
                "Parents organized a rally for Saturday morning, and a petition started last \
                 weekend had 1,100 signatures as of Thursday.",
                "2012-03-16"
            ),
            "2012-03-15"
        );
    }

    #[test]
    fn getting_ready_looks_ahead() {
        assert_eq!(
            last(
                "Democrats are bracing for losses in November.",
                "2022-03-07"
            ),
            "2022-11"
        );
        // (A year long past told before does not reach over it.)
        assert_eq!(
            last(
                "It rejected 13 percent, against 2 percent in 2018. Several contests are \
                 headed to runoffs on May 24.",
                "2022-03-07"
            ),
            "2022-05-24"
        );
    }

    #[test]
    fn decades_ago_are_decades() {
        assert_eq!(
            one("The probe was launched two decades ago.", "2017-09-22"),
            ("two decades ago".into(), "199".into())
        );
        assert_eq!(last("A decade ago, the plant closed.", "2013-05-02"), "200");
        // A year is still a year.
        assert_eq!(
            last("Ten years ago, the plant closed.", "2013-05-02"),
            "2003"
        );
    }

    #[test]
    fn last_season_is_the_one_before() {
        assert_eq!(
            one(
                "Ruiz, who hit .301 with 19 home runs last season, was dropped.",
                "2015-04-28"
            ),
            ("last season".into(), "2014".into())
        );
        assert!(tag("It was the last season of the show.", "2015-04-28").is_empty());
        assert_eq!(
            last("He has allowed two earned runs this season.", "2019-11-02"),
            "2019"
        );
    }

    #[test]
    fn today_as_nowadays_of_people_and_of_contrasts() {
        let t = |text: &str, dct: &str| tag(text, dct).last().unwrap().1.clone();
        // People of nowadays: a plural before "today" and a present verb after it.
        for text in [
            "\"Customers today expect to see the whole timeline,\" she said.",
            "\"People today don't remember how bad it was.\"",
            "It is advice that most security experts today consider outdated.",
        ] {
            assert_eq!(t(text, "2019-06-13"), "PRESENT_REF", "{text}");
        }
        // A day's doing, a past, a river's day.
        for text in [
            "Protesters today are marching on the capitol.",
            "Officials today announced the closure.",
            "Rescue crews are continuing to evacuate residents today as the river rises.",
        ] {
            assert_eq!(t(text, "2019-06-13"), "2019-06-13", "{text}");
        }
        // A sentence opening with "Today" after a time long past, with no past or future in it.
        assert_eq!(
            t(
                "Edge was rebuilt on Chrome's engine in January 2020. Today, Internet Explorer \
                 accounts for less than 1 percent of desktop browsing.",
                "2022-05-16"
            ),
            "PRESENT_REF"
        );
        // A modal or a progressive tells of the day itself; so does a heading.
        assert_eq!(
            t(
                "The old mark was set in 1874. Today could be worse.",
                "2012-07-07"
            ),
            "2012-07-07"
        );
        assert_eq!(
            t(
                "It was set in 1998. \"Today I'm thinking about the beach.\"",
                "2013-12-22"
            ),
            "2013-12-22"
        );
        assert_eq!(
            t(
                "Concerts since 2009, July 23-31\n\nToday\n\nBlock party: open studios.",
                "2016-07-23"
            ),
            "2016-07-23"
        );
    }

    #[test]
    fn today_as_nowadays() {
        let t = |text: &str, dct: &str| tag(text, dct).last().unwrap().1.clone();
        assert_eq!(
            t(
                "In 2011, about 35 percent owned a smartphone. Today the figure is more than half.",
                "2013-03-24"
            ),
            "PRESENT_REF"
        );
        assert_eq!(
            t(
                "\"When I started out in the 1980s, soda was a treat. Today kids walk in with a bottle.\"",
                "2013-05-08"
            ),
            "PRESENT_REF"
        );
        assert_eq!(
            tag("It is worse today than it was ten years ago.", "2013-04-02")[0].1,
            "PRESENT_REF"
        );
        assert_eq!(
            t(
                "A lot of habitat that was woods in 1996 is a parking lot today.",
                "2013-07-02"
            ),
            "PRESENT_REF"
        );
        assert_eq!(
            t(
                "A decade ago the grant was worth three times what it is today.",
                "2014-07-17"
            ),
            "PRESENT_REF"
        );
        assert_eq!(
            t(
                "The district adopted her maps in 1975, and they remain in use today.",
                "2019-02-18"
            ),
            "PRESENT_REF"
        );
        // A level measured since a year is not a time long past told.
        assert_eq!(
            t(
                "The list has risen to its highest level since 2008, figures published today show.",
                "2014-04-10"
            ),
            "2014-04-10"
        );
        assert_eq!(
            t(
                "In 1895 he invented a game. It is known today as volleyball.",
                "2018-02-09"
            ),
            "PRESENT_REF"
        );
        assert_eq!(
            t(
                "Cameras on phones were scary in the early 2000s. And today nobody is worried.",
                "2013-05-30"
            ),
            "PRESENT_REF"
        );
        // The day itself: a past verb, a possessive, or no time long past before it.
        assert_eq!(
            t(
                "In 1998 they left. Today, hundreds of people began to arrive.",
                "1998-01-20"
            ),
            "1998-01-20"
        );
        assert_eq!(
            t("Today the committee is meeting.", "2013-05-08"),
            "2013-05-08"
        );
        assert_eq!(
            tag(
                "In 1861 the war began.\n\nToday's Birthdays: Herbie Hancock is 73.",
                "2013-04-12"
            )[1]
            .1,
            "2013-04-12"
        );
    }

    #[test]
    fn prepositions_past_and_between_deadlines_next_day_names_and_bare_afternoon_hours() {
        let t = |text: &str, dct: &str| one(text, dct);
        // "past March 31" is a preposition and a day ahead.
        assert_eq!(
            t(
                "Colleagues called for extending enrollment past March 31.",
                "2013-11-17"
            ),
            ("March 31".into(), "2014-03-31".into())
        );
        assert_eq!(
            t("Prices rose this past Monday.", "2013-11-17"),
            ("this past Monday".into(), "2013-11-11".into())
        );
        assert_eq!(
            tag(
                "The FAA must cut $637 million between now and the end of September.",
                "2013-04-23"
            )[1]
            .1,
            "2013-09"
        );
        assert_eq!(
            t("There's effectively a deadline on Friday.", "2013-04-23").1,
            "2013-04-26"
        );
        assert_eq!(
            t(
                "It wasn't until Tuesday that Microsoft said it.",
                "2013-05-30"
            )
            .1,
            "2013-05-28"
        );
        // "next Thursday" on a Wednesday is a week and a day ahead.
        assert_eq!(t("We vote next Thursday.", "2013-10-09").1, "2013-10-17");
        // A bare hour and minutes: the half of the day that follows or the sentence names.
        assert_eq!(
            t("The vote is at 4:45 this afternoon.", "2013-10-09"),
            ("4:45 this afternoon".into(), "2013-10-09T16:45".into())
        );
        // (The time of that next Sunday, one expression.)
        assert_eq!(
            tag("Kickoff is at 4:25 next Sunday.", "2013-12-08")[0].1,
            "2013-12-15T16:25"
        );
        assert_eq!(
            t("The train left at 10:30.", "2013-12-08").1,
            "2013-12-08T10:30"
        );
        assert_eq!(
            t("Landing was at 02:58 GMT.", "2013-10-20").1,
            "2013-10-20T02:58"
        );
    }

    #[test]
    fn the_same_unit_last_year() {
        let t = |text: &str, dct: &str| one(text, dct);
        assert_eq!(
            t(
                "Ticket sales were up from the same weekend last year.",
                "2013-11-18"
            ),
            ("the same weekend last year".into(), "2012-W47-WE".into())
        );
        assert_eq!(
            t("Prices rose from the same day last year.", "2013-03-12"),
            ("the same day last year".into(), "2012-03-12".into())
        );
        assert_eq!(
            t(
                "Sales fell from the same month a year earlier.",
                "2013-03-12"
            ),
            ("the same month a year earlier".into(), "2012-03".into())
        );
    }

    #[test]
    fn a_weekday_with_its_day_of_the_month() {
        let t = |text: &str, dct: &str| one(text, dct);
        assert_eq!(
            t("The vote is on Wednesday the 13th.", "2013-02-05"),
            ("Wednesday the 13th".into(), "2013-02-13".into())
        );
        assert_eq!(
            tag(
                "It opens tonight, fittingly on Friday the 13th.",
                "2017-10-13"
            )[1],
            ("Friday the 13th".into(), "2017-10-13".into())
        );
    }

    #[test]
    fn through_into_and_for_the_part_of_a_day() {
        let last = |text: &str, dct: &str| tag(text, dct).last().unwrap().clone();
        assert_eq!(
            last(
                "Storms hit Saturday evening, and hundreds of passengers spent the night at Dulles.",
                "2016-07-31"
            ),
            ("the night".into(), "2016-07-30TNI".into())
        );
        assert_eq!(
            last("Search teams will work through the night.", "2016-06-13"),
            ("the night".into(), "2016-06-13TNI".into())
        );
        // ("the night shift" names a shift.)
        assert!(tag("She worked through the night shift.", "2016-06-13").is_empty());
    }

    #[test]
    fn rates_of_measured_things_and_speeds() {
        let set = |text: &str| {
            typed(text, "2013-01-08")
                .into_iter()
                .map(|x| (x.1, x.2))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            set("The landfill takes in about 1,500 tons of trash a day."),
            [(TimexType::Set, "P1D".to_string())]
        );
        assert_eq!(
            set("Households use no more than 50 litres a day."),
            [(TimexType::Set, "P1D".to_string())]
        );
        assert_eq!(
            set("The water table drops more than 10 feet a year."),
            [(TimexType::Set, "P1Y".to_string())]
        );
        // A speed is no set.
        assert!(set("Winds of 145 miles an hour hit the coast.").is_empty());
    }

    #[test]
    fn may_mid_sentence_is_the_month_and_kin_name_people() {
        let t = |text: &str, dct: &str| tag(text, dct);
        assert_eq!(
            t(
                "It revised its estimates for April and May by 70,000.",
                "2013-07-11"
            )[1]
            .1,
            "2013-05"
        );
        assert_eq!(
            t(
                "It was the wettest May in Missouri on record.",
                "2019-06-01"
            )[0]
            .1,
            "2019-05"
        );
        // The modal at a sentence's start or in a headline, and a sister named May.
        assert!(
            t("May God give her another year of work.", "2013-07-11")
                .iter()
                .all(|x| x.0 != "May")
        );
        assert_eq!(
            t("Talks May Resume Next Week\n\ntext", "2013-07-11").len(),
            1
        );
        assert!(t("Her sister May died young.", "2016-07-31").is_empty());
    }

    #[test]
    fn that_decade() {
        assert_eq!(
            tag(
                "He enlisted in 1942 and was discharged by the end of that decade.",
                "2014-06-06"
            )[1],
            ("the end of that decade".into(), "194".into())
        );
    }

    #[test]
    fn this_past_week_at_the_weekend() {
        assert_eq!(
            one("Let's start with this past week.", "2013-11-17").1,
            "2013-W46"
        );
        assert_eq!(
            one("Let's start with this past week.", "2013-11-13").1,
            "2013-W45"
        );
    }

    #[test]
    fn rates_of_amounts_in_and_of_things() {
        for text in [
            "The Fed is buying $85 billion of Treasury and mortgage bonds a month.",
            "The Fed will keep buying $85 billion in bonds a month.",
        ] {
            assert_eq!(typed(text, "2013-07-11")[0].1, TimexType::Set, "{text}");
        }
        // ("in under a week": a span, not a rate.)
        assert_eq!(
            typed("It sold 500 copies in under a week.", "2017-09-12"),
            [("under a week".into(), TimexType::Duration, "P1W".into())]
        );
    }

    #[test]
    fn tonight_in_a_quote_spoken_the_day_before() {
        let v = tag(
            "Butler beat Bucknell in the first game Thursday afternoon. \"We practice that play every day,\" Barlowe said. \"Tonight it finally worked.\"",
            "2013-03-22",
        );
        assert_eq!(
            v.last().unwrap(),
            &("Tonight".into(), "2013-03-21TNI".into())
        );
        // Outside a quote, tonight is the DCT's.
        assert_eq!(
            tag(
                "Butler won Thursday afternoon. Davidson plays tonight.",
                "2013-03-22"
            )[1]
            .1,
            "2013-03-22TNI"
        );
    }

    #[test]
    fn a_story_long_past_keeps_its_year() {
        // A past day months back, told soon after a year long past, is that year's.
        let v = tag(
            "Her chance came in the summer of 1957, when a technician fell ill. On Aug. 22, a meter recorded water moving south. That night she wrote to her mother.",
            "2013-01-17",
        );
        assert_eq!(v[1], ("Aug. 22".into(), "1957-08-22".into()));
        assert_eq!(v[2], ("That night".into(), "1957-08-22TNI".into()));
        // A recent day is news, whatever year came before.
        assert_eq!(
            tag(
                "The unit was created in 2009. The case was reopened on Dec. 12.",
                "2013-01-17"
            )[1]
            .1,
            "2012-12-12"
        );
        // A year naming a thing opens no story ("a 2009 conviction").
        assert_eq!(
            tag(
                "The DNA matched a profile from a 2009 conviction. The case was reopened on Aug. 12.",
                "2013-01-17"
            )[1]
            .1,
            "2012-08-12"
        );
        // Nor does a day ahead, or a day since which something holds.
        assert_eq!(
            tag(
                "The trading system, launched in 2005, has been in its third phase since Jan. 1.",
                "2013-07-16"
            )[1]
            .1,
            "2013-01-01"
        );
        // A year told in the sentence wins.
        assert_eq!(
            tag(
                "The team won the title in 1986. Last year it lost the opener on Sept. 5.",
                "2013-09-13"
            )[2]
            .1,
            "2012-09-05"
        );
        // A date of the DCT's time closes the story.
        assert_eq!(
            tag(
                "The team won the title in 1986. It hired a new coach on March 4, 2013. The coach quit on May 5.",
                "2013-09-13"
            )[2]
            .1,
            "2013-05-05"
        );
    }

    #[test]
    fn a_weekday_with_its_date_finds_the_year_written_before() {
        assert_eq!(
            tag(
                "The flood of 1972 began slowly. On Wednesday, June 21, the river rose.",
                "2013-06-20"
            )[1]
            .1,
            "1972-06-21"
        );
    }

    #[test]
    fn a_count_with_a_decimal_fraction() {
        assert_eq!(
            tag("The workweek averaged 34.6 hours in May.", "2013-06-07")[0],
            ("34.6 hours".into(), "PT34.6H".into())
        );
        assert_eq!(
            one("The average stay fell to 4.8 months.", "2013-06-07"),
            ("4.8 months".into(), "P4.8M".into())
        );
    }

    #[test]
    fn intent_and_directives_around_the_day_of_the_telling() {
        // The day between a vote and its infinitive is the vote's; the date after is ahead.
        let v = tag(
            "The Senate voted Friday to keep the federal government running through Nov. 15.",
            "2013-09-27",
        );
        assert_eq!(v[0].1, "2013-09-27");
        assert_eq!(v[1].1, "2013-11-15");
        // "told department heads Thursday": "heads" is a noun, Thursday the day of telling.
        assert_eq!(
            one(
                "The budget office told department heads Thursday to be ready.",
                "2013-09-27"
            )
            .1,
            "2013-09-26"
        );
        // A directive's infinitive further on ("rank-and-file" is no conjunction).
        let v = tag(
            "Leaders told rank-and-file members Friday afternoon to plan on staying through Sunday.",
            "2013-09-27",
        );
        assert_eq!(v[1].1, "2013-09-29");
        assert_eq!(
            one(
                "Officials told half of all government vehicles to stay off the roads until Wednesday.",
                "2013-12-09"
            )
            .1,
            "2013-12-11"
        );
    }

    #[test]
    fn times_go_on_with_the_day_of_the_past_week_told_before() {
        assert_eq!(
            last(
                "A wildfire grew to 14 square miles by Thursday morning.\n\nThe fire was reported at 1:37 p.m. Tuesday near the intersection of Shoup Road and Highway 83, and within an hour a column of smoke was visible from downtown Colorado Springs, about 15 miles to the south.\n\nDeputies ordered the first evacuations at 2:15 p.m., covering about 400 homes.",
                "2013-06-13",
            ),
            "2013-06-11T14:15"
        );
        // "arrived the day before on a trip": "before" is the expression's.
        assert_eq!(
            tag(
                "Kennedy had arrived in Texas the day before on a two-day trip.",
                "2013-11-22"
            )[0]
            .0,
            "the day before"
        );
    }

    #[test]
    fn a_time_and_its_bracketed_twin_take_the_day_after_the_brackets() {
        let v = tag(
            "The plane landed at Shannon at 3:12 p.m. local time (10:12 a.m. ET) on Sunday, the airline said.",
            "2013-06-03",
        );
        assert_eq!(
            v[0],
            ("3:12 p.m. local time".into(), "2013-06-02T15:12".into())
        );
        assert_eq!(v[1], ("10:12 a.m. ET".into(), "2013-06-02T10:12".into()));
        assert_eq!(v[2], ("Sunday".into(), "2013-06-02".into()));
    }

    #[test]
    fn months_of_this_year_participles_between_commas_and_scheduled_presents() {
        let v = tag(
            "He would be the third inmate put to death in Oklahoma this year, after executions in January and March.",
            "2013-04-10",
        );
        assert_eq!(v[1].1, "2013-01");
        assert_eq!(v[2].1, "2013-03");
        // Not across ", and".
        assert_eq!(
            tag(
                "China will send a lander later this year, and Rosetta is due to wake up in January.",
                "2013-10-21"
            )[1]
            .1,
            "2014-01"
        );
        assert_eq!(
            tag(
                "A wage board, set up in June, is due to make its recommendation early next month.",
                "2013-10-23"
            )[0]
            .1,
            "2013-06"
        );
        assert_eq!(
            tag(
                "Foal Eagle started on March 1 and continues through April 30.",
                "2013-03-11"
            )[1]
            .1,
            "2013-04-30"
        );
        assert_eq!(
            tag(
                "Brandt, who turns 28 in August, signed in March.",
                "2013-06-26"
            )[0]
            .1,
            "2013-08"
        );
    }

    #[test]
    fn quotes_keep_their_tense_wont_and_days_called_ahead() {
        // A quoted forecast keeps its own (absent) tense: the nearest Thursday.
        assert_eq!(
            tag(
                "The weather service tweeted Wednesday morning: \"Flash Flood Watch in effect through Thursday evening.\"",
                "2013-04-17"
            )[1]
            .1,
            "2013-04-18TEV"
        );
        assert_eq!(
            one(
                "Investors won't be able to react until Thursday.",
                "2013-06-09"
            )
            .1,
            "2013-06-13"
        );
        assert_eq!(
            one(
                "Another demonstration has been called for Friday in Mombasa.",
                "2013-05-15"
            )
            .1,
            "2013-05-17"
        );
        assert_eq!(
            tag(
                "The opposition has called a 60-hour general strike from Sunday.",
                "2013-10-23"
            )[1]
            .1,
            "2013-10-27"
        );
    }

    #[test]
    fn more_of_today_as_nowadays_and_the_dot_of_initials_before_a_name() {
        let t = |text: &str, dct: &str| {
            tag(text, dct)
                .into_iter()
                .find(|(w, _)| w.eq_ignore_ascii_case("today"))
                .unwrap()
                .1
        };
        assert_eq!(
            t(
                "\"Phones today carry a person's whole life,\" she said.",
                "2013-02-27"
            ),
            "PRESENT_REF"
        );
        assert_eq!(
            t(
                "\"Our commitment is ironclad, today and in the future,\" the official said.",
                "2013-03-11"
            ),
            "PRESENT_REF"
        );
        // A time just past is no time long past: today is the day.
        assert_eq!(
            t(
                "Just two weeks ago the prime minister said there would be no cap. Today we learn that officials were drawing one up.",
                "2013-03-22"
            ),
            "2013-03-22"
        );
        // The clause goes on past "the U.S. Supreme Court" to its verb.
        assert_eq!(
            one(
                "The attorneys filed a last-minute appeal with the U.S. Supreme Court Tuesday, arguing that it should stop the execution.",
                "2013-04-10"
            )
            .1,
            "2013-04-09"
        );
    }

    #[test]
    fn a_plan_as_it_stood_keeps_the_day_of_its_sentence() {
        assert_eq!(
            tag(
                "On Saturday, he stood on the steps an hour before the rally was scheduled to begin at 11 a.m.",
                "2013-03-17"
            )[2]
            .1,
            "2013-03-16T11:00"
        );
        // Another sentence's plan is today's.
        assert_eq!(
            tag(
                "There was no breakthrough on Saturday. Leaders were due to brief reporters at 3 p.m.",
                "2013-03-17"
            )[1]
            .1,
            "2013-03-17T15:00"
        );
    }

    #[test]
    fn contract_months_wishes_passive_infinitives_and_plans_as_they_stood() {
        let v = |text: &str, dct: &str, n: usize| tag(text, dct)[n].1.clone();
        // A month of delivery lies ahead.
        assert_eq!(
            v("U.S. crude for April rose 40 cents.", "2012-03-16", 0),
            "2012-04"
        );
        assert_eq!(
            v("Brent for February settlement fell $1.83.", "2014-12-12", 0),
            "2015-02"
        );
        // A wish told in the past: the nearest such month.
        assert_eq!(
            v(
                "\"We were more promotional than we wanted to be in November and December,\" she said.",
                "2014-03-05",
                0
            ),
            "2013-11"
        );
        // A passive infinitive is a plan ahead; so is an intent past a date.
        assert_eq!(
            v(
                "Policy makers announced loans, with the first two operations to be held in September and December.",
                "2014-06-06",
                1
            ),
            "2014-12"
        );
        assert_eq!(
            v(
                "The EU agreed in January to ban imports of Iranian crude from July 1.",
                "2012-03-16",
                1
            ),
            "2012-07-01"
        );
        assert_eq!(
            v(
                "571,000 people had applied to start courses in September.",
                "2014-07-17",
                0
            ),
            "2014-09"
        );
        // A plan as it stood, told by the past verb after it.
        assert_eq!(
            v(
                "A retrial scheduled for January was postponed twice.",
                "2015-11-05",
                0
            ),
            "2015-01"
        );
        // The month figures cover is one just past.
        assert_eq!(
            v(
                "The next set of figures, covering March, will be published on 8 May.",
                "2014-04-10",
                0
            ),
            "2014-03"
        );
    }

    #[test]
    fn the_week_ended_friday_and_days_measured_from() {
        assert_eq!(
            tag(
                "The lira tumbled 4.4 percent in the week ended Friday.",
                "2014-01-27"
            )[0],
            ("the week".into(), "2014-W04".into())
        );
        // A day things are measured from or to is not the day of the next clock time.
        let v = tag(
            "The S&P 500 had its biggest drop since Feb. 3. It slid 2.1 percent to 1,833.08 at 4:02 p.m. in New York.",
            "2014-04-10",
        );
        assert_eq!(v[1].1, "2014-04-10T16:02");
        assert_eq!(
            last(
                "For fiscal 2013, which ended Feb. 1, profit fell. Shares fell 5.8 percent at 11:15 a.m. in New York.",
                "2014-03-05",
            ),
            "2014-03-05T11:15"
        );
    }

    #[test]
    fn warnings_for_a_day_and_plans_originally_made() {
        assert_eq!(
            one(
                "The Met Office has issued amber warnings for wind for Wednesday, when gusts are expected.",
                "2014-02-10"
            )
            .1,
            "2014-02-12"
        );
        assert_eq!(
            one(
                "The vote, originally planned for Wednesday, was pushed back by a day.",
                "2012-12-20"
            )
            .1,
            "2012-12-19"
        );
    }

    #[test]
    fn a_budget_year_after_for_and_ages_in_the_plural() {
        assert_eq!(
            tag(
                "Universities face a cut in teaching grants for 2014-15.",
                "2014-07-17"
            ),
            [("2014".to_string(), "2014".to_string())]
        );
        // Two years of a drought stay two.
        assert_eq!(
            tag("The worst droughts, in 1976-77, were short.", "2013-05-01").len(),
            2
        );
        assert!(tag("Applications from 18-year-olds rose.", "2014-07-17").is_empty());
    }

    #[test]
    fn quarters_ahead_and_a_year_ago_from_a_reported_quarter_only() {
        assert_eq!(
            one(
                "Instructors deploying by the end of the first quarter.",
                "2012-12-20"
            )
            .1,
            "2013-Q1"
        );
        // A quarter forecast ahead is no quarter "a year ago" compares with.
        assert_eq!(
            last(
                "Goldman cut its forecast for the first quarter of 2015 to $70. Gasoline averaged $2.61, down from $3.27 a year ago.",
                "2014-12-12",
            ),
            "2013"
        );
        assert_eq!(
            one(
                "Saudi Arabia lowered its selling price for January shipments to Asia.",
                "2014-12-12"
            )
            .1,
            "2015-01"
        );
    }

    #[test]
    fn a_range_of_written_days_ends_in_the_next_year() {
        assert_eq!(
            last(
                "Fall break runs Oct. 5-9, and winter break from Dec. 21 through Jan. 1.",
                "2015-02-19",
            ),
            "2016-01-01"
        );
        // An end with its own year keeps it.
        assert_eq!(
            last(
                "The exhibit ran from Dec. 21, 2014 to Jan. 1, 2014.",
                "2015-02-19",
            ),
            "2014-01-01"
        );
    }

    #[test]
    fn this_weekend_without_a_tense_is_the_coming_one() {
        assert_eq!(
            one(
                "The family had planned to take the tree down this weekend.",
                "2015-12-28"
            )
            .1,
            "2015-W53-WE"
        );
        assert_eq!(
            one("Storms this weekend knocked out power.", "2015-12-28").1,
            "2015-W52-WE"
        );
    }

    #[test]
    fn that_saturday_is_the_day_of_the_story() {
        let v = tag(
            "Lindqvist was found shot in the bar on Jan. 22, 2012. Video shows Pruitt walking into the bar at 9:14 p.m. on that Saturday. He left at 11:40 p.m.",
            "2014-02-12",
        );
        assert_eq!(v[1].1, "2012-01-21T21:14");
        assert_eq!(v[2], ("that Saturday".into(), "2012-01-21".into()));
        assert_eq!(v[3].1, "2012-01-21T23:40");
        // "announced that Tuesday's classes": no anaphora.
        let v = tag(
            "The district announced Monday that Tuesday's classes were canceled.",
            "2013-12-09",
        );
        assert_eq!(v[1].0, "Tuesday");
    }

    #[test]
    fn every_day_of_a_year_and_a_night_range_before_its_end() {
        assert_eq!(
            one(
                "They gathered on the grassy knoll every Nov. 22.",
                "2013-11-22"
            ),
            ("every Nov. 22".into(), "XXXX-11-22".into())
        );
        let v = tag(
            "A second round will be flown from 10 p.m. to 5 a.m. Saturday.",
            "2012-08-17",
        );
        assert_eq!(v[0].1, "2012-08-17T22:00");
        assert_eq!(v[1].1, "2012-08-18T05:00");
    }

    #[test]
    fn quarters_named_by_their_months() {
        assert_eq!(
            tag(
                "The board meets a day before the national accounts for the December quarter are published.",
                "2016-02-02"
            )
            .last()
            .unwrap()
            .1,
            "2015-Q4"
        );
        assert_eq!(
            one(
                "Economists forecast an expansion of 3.5 percent in the July-September period.",
                "2014-08-13"
            )
            .1,
            "2014-Q3"
        );
    }

    #[test]
    fn adjectives_after_with_nouns_after_adjectives_and_days_of_agreeing() {
        assert_eq!(
            one(
                "The bank will publish its Statement on Monetary Policy, with revised growth and inflation forecasts, on Friday.",
                "2016-02-02"
            )
            .1,
            "2016-02-05"
        );
        assert_eq!(
            tag(
                "The cardinals cast two ballots, after a single inconclusive vote Tuesday evening.",
                "2013-03-13"
            )[0]
            .1,
            "2013-03-12TEV"
        );
        assert_eq!(
            one(
                "Lawyers reviewed the answers and agreed Tuesday to excuse 212 people.",
                "2014-10-30"
            )
            .1,
            "2014-10-28"
        );
        assert_eq!(
            one("The trustees voted to hire him Monday night.", "2013-12-04").1,
            "2013-12-02TNI"
        );
    }

    #[test]
    fn a_participle_phrase_between_commas_is_skipped() {
        assert_eq!(
            tag(
                "The outlook, issued last month, calls for rain through April.",
                "2013-02-14"
            )[1]
            .1,
            "2013-04"
        );
    }

    #[test]
    fn a_schedule_in_one_sentence_runs_forward() {
        assert_eq!(
            last(
                "The series opens at the Gabba from 15 December, followed by the MCG on Boxing Day and the SCG Test starting on 3 January.",
                "2016-04-20",
            ),
            "2017-01-03"
        );
        // A day long past told after a day ahead stays in the past.
        assert_eq!(
            last(
                "The hearing is set for 15 December, and the crash happened on 3 January.",
                "2016-04-20",
            ),
            "2016-01-03"
        );
    }

    #[test]
    fn holidays_of_the_commonwealth_and_france() {
        assert_eq!(
            one(
                "The series ends in Adelaide on Australia Day.",
                "2016-04-20"
            ),
            ("Australia Day".into(), "2017-01-26".into())
        );
        assert_eq!(
            one("Canada Day celebrations were cancelled.", "2016-05-05").1,
            "2015-07-01"
        );
        assert_eq!(
            one("Veterans marched on Anzac Day.", "2016-05-05").1,
            "2016-04-25"
        );
    }

    #[test]
    fn a_year_ago_opening_its_sentence_is_the_year() {
        let v = tag(
            "Accounts for the December quarter are published in March. A year ago, the board surprised markets by cutting at its February meeting.",
            "2016-02-02",
        );
        assert_eq!(v[2], ("A year ago".into(), "2015".into()));
        assert_eq!(v[3].1, "2015-02");
        // Beside a quarter, "a year ago" is that quarter a year back.
        let v = tag(
            "Profit rose in the third quarter from $4 million a year ago.",
            "1989-10-30",
        );
        assert_eq!(v[1].1, "1988-Q3");
    }

    #[test]
    fn that_same_day_is_one_expression() {
        let v = tag(
            "He was arrested Thursday. He was released that same day.",
            "1999-02-06",
        );
        assert_eq!(v[1], ("that same day".into(), "1999-02-04".into()));
    }

    #[test]
    fn earlier_that_day_is_one_expression() {
        let v = tag(
            "Slepian was killed on Oct. 23, 1998. Earlier that day, the family went to synagogue.",
            "1999-10-24",
        );
        assert_eq!(v[1], ("Earlier that day".into(), "1998-10-23".into()));
    }

    #[test]
    fn the_next_afternoon_and_the_following_weekend() {
        let v = tag(
            "The quake struck on March 11, 2011. The next afternoon, the first explosion hit.",
            "2013-03-11",
        );
        assert_eq!(v[1], ("The next afternoon".into(), "2011-03-12TAF".into()));
        let v = tag(
            "She vanished on Sept. 28, 1984. The following weekend, volunteers searched the fields.",
            "2014-09-23",
        );
        // (Sept. 28, 1984 was a Friday: the weekend that follows it ends its week.)
        assert_eq!(v[1].1, "1984-W39-WE");
    }

    #[test]
    fn a_quarter_century() {
        assert_eq!(
            one(
                "It was the worst disaster in a quarter-century.",
                "2013-03-11"
            ),
            ("a quarter-century".into(), "P25Y".into())
        );
        assert_eq!(
            one("A quarter century ago the plant opened.", "2013-03-11").1,
            "1988"
        );
        assert!(
            tag(
                "Unemployment is near its quarter-century low.",
                "1998-02-06"
            )
            .is_empty()
        );
    }

    #[test]
    fn bare_plural_spans_by_their_neighbours() {
        let v = |t: &str| tag(t, "2013-03-22");
        assert_eq!(
            v("The campaign would take \"weeks, perhaps months.\""),
            [
                ("weeks".into(), "PXW".into()),
                ("months".into(), "PXM".into())
            ]
        );
        assert_eq!(
            v("He urged a ceasefire in days, not months."),
            [
                ("days".into(), "PXD".into()),
                ("months".into(), "PXM".into())
            ]
        );
        assert_eq!(
            v("Such requests can sit for months or even years.")[1],
            ("years".into(), "PXY".into())
        );
        for (text, span, value) in [
            (
                "The company waited months to tell customers.",
                "months",
                "PXM",
            ),
            ("The surface can go weeks without a spot.", "weeks", "PXW"),
            ("A deal is months away.", "months", "PXM"),
            ("The petition comes decades too late.", "decades", "PXDE"),
            ("Drillers are booked months in advance.", "months", "PXM"),
            ("The troubles were years in the making.", "years", "PXY"),
            ("It would have taken my lab decades.", "decades", "PXDE"),
            (
                "The defense had months to name its expert.",
                "months",
                "PXM",
            ),
        ] {
            assert_eq!(v(text), [(span.into(), value.into())], "{text}");
        }
        // Not a span: plain objects and phrases with a determiner.
        assert!(
            v("He had years of fun in the days after.")
                .iter()
                .all(|t| t.0 != "days")
        );
        assert!(v("Their years ahead of us.").iter().all(|t| t.0 != "years"));
        assert_eq!(
            v("Cases rose weeks ahead of the usual schedule."),
            [("weeks".into(), "PXW".into())]
        );
    }

    #[test]
    fn a_relative_clause_keeps_its_own_past() {
        // "set" spelled like the present is past after "he"; the clause "he set in April"
        // dates April, not the "would" of the sentence nor "ahead of" before it.
        assert_eq!(
            tag(
                "The mission would end on Aug. 31, ahead of the Sept. 11 date he set in April.",
                "2021-07-10"
            )[2]
            .1,
            "2021-04"
        );
        assert_eq!(
            one(
                "It would end before the date he set in April.",
                "2021-07-10"
            )
            .1,
            "2021-04"
        );
        // "has set a goal … by the end of March": a plan, ahead.
        assert_eq!(
            one(
                "The administration has set a goal of enrolling seven million people by the end of March.",
                "2013-09-27"
            )
            .1,
            "2014-03"
        );
        // "ahead of the holiday on Monday" still lies ahead of a past clause.
        assert_eq!(
            one("Stocks rose ahead of the holiday on Monday.", "2013-08-30").1,
            "2013-09-02"
        );
    }

    #[test]
    fn a_plan_told_at_a_past_date_is_dated_from_it() {
        // "announced on/in <past date> that … would … by <day>": the day nearest that date,
        // not the next one after the DCT.
        assert_eq!(
            tag(
                "The announcement on April 14, 2021 that the last forces would leave by Sept. 11 came as a surprise.",
                "2022-10-27"
            )[1]
            .1,
            "2021-09-11"
        );
        assert_eq!(
            tag(
                "The administration announced on April 14 that the last troops would leave by Sept. 11.",
                "2021-12-20"
            )[1]
            .1,
            "2021-09-11"
        );
        assert_eq!(
            tag(
                "In April 2021, the president confirmed that all troops would be gone by September.",
                "2023-04-22"
            )[1]
            .1,
            "2021-09"
        );
        // A clause of today's keeps the DCT's reading.
        assert_eq!(
            tag(
                "The three countries, invited in July 1997, will officially join NATO on March 12.",
                "1999-02-27"
            )[1]
            .1,
            "1999-03-12"
        );
        assert_eq!(
            tag(
                "Congress has passed eight extensions since the law expired in September 2009, and lawmakers have floated one that would push the deadline to June 30.",
                "2012-03-13"
            )[1]
            .1,
            "2012-06-30"
        );
    }

    #[test]
    fn a_day_naming_a_thing_and_a_present_wish() {
        // "the Nov. 3 election" in a past clause: the nearest such day.
        assert_eq!(
            one(
                "The changes were made without regard for their effect on the Nov. 3 election.",
                "2020-09-18"
            )
            .1,
            "2020-11-03"
        );
        // A past clause about a day without a noun after it keeps the past.
        assert_eq!(
            one("The law was signed on Nov. 3.", "2020-09-18").1,
            "2019-11-03"
        );
        // "has said it wants all pupils back in September": the wish looks ahead.
        assert_eq!(
            one(
                "The government has said it wants all pupils back in classrooms in September.",
                "2020-07-23"
            )
            .1,
            "2020-09"
        );
    }

    #[test]
    fn eid_spellings_and_the_year_of_the_sentence() {
        let v = tag(
            "Four days of holidays for Eidul Azha. Last year, Eid-ul-Azha fell on July 10.",
            "2023-06-21",
        );
        assert_eq!(v[1], ("Eidul Azha".into(), "2023-06-28".into()));
        assert_eq!(v[3], ("Eid-ul-Azha".into(), "2022-07-09".into()));
        assert_eq!(v[4], ("July 10".into(), "2022-07-10".into()));
    }

    #[test]
    fn a_time_alone_on_its_line_stamps_a_live_entry() {
        let v = tag(
            "Covid live\n\n18:05\nThat's all from us. Tier 3 starts on Friday.\n\n11:58 BST\nTalks ended on Christmas Eve last year.\n",
            "2020-10-20",
        );
        assert_eq!(v[0], ("18:05".into(), "2020-10-20T18:05".into()));
        assert_eq!(v[2], ("11:58 BST".into(), "2020-10-20T11:58".into()));
        // In a sentence, the time still takes the day told near it.
        assert_eq!(
            tag("The curfew starts at 00:01 on Friday.", "2020-10-20")[0].1,
            "2020-10-23T00:01"
        );
    }

    #[test]
    fn a_reduced_relative_dates_its_own_event() {
        assert_eq!(
            tag(
                "The proposal unveiled by the European Commission on Wednesday would phase out imports.",
                "2022-05-05"
            )[0]
            .1,
            "2022-05-04"
        );
        assert_eq!(
            tag(
                "The rules published on Monday will apply from June.",
                "2022-05-05"
            )[0]
            .1,
            "2022-05-02"
        );
        // Not a verb after an auxiliary: "is expected on Monday" looks ahead.
        assert_eq!(
            one("A ruling is expected on Monday.", "2022-05-05").1,
            "2022-05-09"
        );
    }

    #[test]
    fn the_previous_year_and_a_far_deferral() {
        // "the previous year": before the year last mentioned.
        assert_eq!(
            tag(
                "Police recorded 234 abductions in 2020, three times as many as in the previous year.",
                "2021-02-27"
            )[1]
            .1,
            "2019"
        );
        // Without a year mentioned, the DCT's year before.
        assert_eq!(
            one("Sales fell from the previous year.", "2021-02-27").1,
            "2020"
        );
        // "postponed the elections, which had been scheduled for April 30, to October 8": the
        // new date lies ahead, however long the clause between.
        assert_eq!(
            tag(
                "On Wednesday the commission postponed the Punjab Assembly elections, which had been scheduled for April 30, to October 8.",
                "2023-03-23"
            )[2]
            .1,
            "2023-10-08"
        );
    }

    #[test]
    fn times_of_a_habit_or_timetable_have_no_day() {
        let v = tag(
            "Vendor booths open at 9 a.m. each day. One lane will close nightly from 8 p.m. to 6 a.m.. Workers get a break between 12.30pm and 3pm every day.",
            "2022-10-12",
        );
        let values: Vec<&str> = v.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(
            values,
            [
                "XXXX-XX-XXT09:00",
                "P1D",
                "P1D",
                "XXXX-XX-XXT20:00",
                "XXXX-XX-XXT06:00",
                "XXXX-XX-XXT12:30",
                "XXXX-XX-XXT15:00",
                "P1D"
            ]
        );
        // A time with its own day keeps it, and so does a time of the DCT.
        assert_eq!(
            tag(
                "The store, which usually opens at 9 a.m., opened at 11 a.m. Tuesday.",
                "2022-10-12"
            )[1]
            .1,
            "2022-10-11T11:00"
        );
        assert_eq!(
            one("The vote is at 4.30pm.", "2013-03-22").1,
            "2013-03-22T16:30"
        );
    }

    #[test]
    fn a_company_reports_and_others_follow_on_a_day_ahead() {
        let v = tag(
            "Microsoft kicks off the rush on Tuesday. Apple Inc and Facebook Inc follow on Wednesday, and Amazon.com Inc reports on Thursday.",
            "2021-04-23",
        );
        assert_eq!(v[1].1, "2021-04-28");
        assert_eq!(v[2].1, "2021-04-29");
        // Reports as a noun keep the past.
        assert_eq!(
            one(
                "Media reports on Thursday said the deal was close.",
                "2012-03-16"
            )
            .1,
            "2012-03-15"
        );
        assert_eq!(
            one("Excerpts from the Monday briefing follow.", "2022-08-09").1,
            "2022-08-08"
        );
    }

    #[test]
    fn a_time_does_not_take_the_date_of_the_next_line() {
        let v = tag(
            "Five of the first six matches are on the road:\n\nMarch 2 \u{2014} at Vancouver, BC Place, 9 p.m.\nMarch 9 \u{2014} at San Jose, Avaya Stadium, 9:30 p.m.\n",
            "2019-02-27",
        );
        let got: Vec<(&str, &str)> = v.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("March 2", "2019-03-02"),
                ("9 p.m.", "2019-03-02T21:00"),
                ("March 9", "2019-03-09"),
                ("9:30 p.m.", "2019-03-09T21:30")
            ]
        );
    }

    #[test]
    fn schedules_of_services_and_forecasts() {
        assert_eq!(
            one(
                "The funeral is at 10:30 a.m. Monday at the church.",
                "2023-12-08"
            )
            .1,
            "2023-12-11T10:30"
        );
        assert_eq!(
            tag(
                "Rain chances return Tuesday, and a freeze is possible Thursday morning.",
                "2022-11-06"
            )[0]
            .1,
            "2022-11-08"
        );
        // A past copula before the time keeps the past.
        assert_eq!(
            one("The funeral was at 10:30 a.m. Monday.", "2023-12-08").1,
            "2023-12-04T10:30"
        );
    }

    #[test]
    fn years_of_the_next_century_after_a_time_word() {
        let v = tag(
            "It may strike Earth between 2175 and 2199, or warm 2.8 degrees by 2100, near the 2100 block of Elm Street.",
            "2020-10-11",
        );
        let got: Vec<&str> = v.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(got, ["2175", "2199", "2100"]);
    }

    #[test]
    fn a_day_framing_its_sentence_in_a_story_long_past() {
        let v = tag(
            "In January 1976, an outbreak swept through Fort Dix. On Feb. 4, a recruit collapsed and died.",
            "2020-04-25",
        );
        assert_eq!(v[1], ("Feb. 4".into(), "1976-02-04".into()));
        // Not a day that does not frame its sentence, recent as it is.
        let v = tag(
            "In January 1976, an outbreak swept through Fort Dix. The agency said it reopened on Feb. 4.",
            "2020-04-25",
        );
        assert_eq!(v[1].1, "2020-02-04");
    }

    #[test]
    fn a_part_of_day_goes_on_with_the_story_day() {
        let v = tag(
            "At 6:05 p.m. on Wednesday, Aug. 1, 2007, the main span of the bridge gave way under \
             rush-hour traffic. In about 10 seconds, 111 vehicles fell as far as 108 feet. \
             Thirteen people died.\n\nIt had been a hot day, 91 degrees by midafternoon. Crews \
             had been resurfacing the deck, and that afternoon 290 tons of sand sat on it.",
            "2023-10-23",
        );
        assert_eq!(v[3], ("midafternoon".into(), "2007-08-01TAF".into()));
        assert_eq!(v[4], ("that afternoon".into(), "2007-08-01TAF".into()));
    }

    #[test]
    fn a_part_of_a_dated_day_is_one_time() {
        let v = tag(
            "Leaders agreed on the evening of 29 June, and on the night of Sept. 9, 1965 the storm hit.",
            "2012-07-02",
        );
        assert_eq!(
            v[0],
            ("the evening of 29 June".into(), "2012-06-29TEV".into())
        );
        assert_eq!(
            v[1],
            ("the night of Sept. 9, 1965".into(), "1965-09-09TNI".into())
        );
        // Not an event's part: "the morning of the attack" has no date in it.
        assert!(tag("He spoke on the morning of the attack.", "2012-07-02").is_empty());
    }

    #[test]
    fn a_time_and_that_night_are_one_expression() {
        let v = tag(
            "The bar closed on Oct. 17, 1986. She left at 11:30 that night. The match starts at 7 p.m. that day.",
            "2022-07-17",
        );
        assert_eq!(v[1], ("11:30 that night".into(), "1986-10-17T23:30".into()));
        assert_eq!(v[2], ("7 p.m. that day".into(), "1986-10-17T19:00".into()));
    }

    #[test]
    fn a_later_weekday_after_one_ahead_is_ahead() {
        let v = tag(
            "Forecasters expect highs of 29C on Friday, with the heat peaking on Saturday before showers spread from the west on Sunday.",
            "2023-06-14",
        );
        assert_eq!(v[2].1, "2023-06-18");
        // Not across a verb in the past.
        let v = tag(
            "It would announce the result by Friday, after the system broke down on Monday night.",
            "2013-03-05",
        );
        assert_eq!(v[1].1, "2013-03-04TNI");
        assert_eq!(
            one("The Senate reconvenes Tuesday.", "2023-08-31").1,
            "2023-09-05"
        );
    }

    #[test]
    fn an_adverb_first_and_a_noun_of_deferral() {
        // "first picked up": "first" as an adverb leaves the verb a past.
        assert_eq!(
            one(
                "Radar first picked up the balloon near the Aleutian Islands on Jan. 28.",
                "2023-12-17"
            )
            .1,
            "2023-01-28"
        );
        // "an extension to 31 January": ahead; "an extension that ran through Tuesday": past.
        assert_eq!(
            tag(
                "He wrote on Saturday requesting a three-month extension to 31 January.",
                "2019-10-24"
            )[2]
            .1,
            "2020-01-31"
        );
        assert_eq!(
            one(
                "Workers stayed on the job under an extension that ran through Tuesday.",
                "2013-02-27"
            )
            .1,
            "2013-02-26"
        );
    }

    #[test]
    fn reports_come_out_and_meetings_conclude_ahead() {
        assert_eq!(
            one(
                "The Labor Department's report on jobless claims comes out Thursday.",
                "2013-11-15"
            )
            .1,
            "2013-11-21"
        );
        assert_eq!(
            one("The Fed's meeting concludes on Wednesday.", "2021-04-23").1,
            "2021-04-28"
        );
        // "comes six weeks after the coronation on 6 May": no schedule.
        assert_eq!(
            tag(
                "The parade comes six weeks after the coronation on 6 May.",
                "2023-06-14"
            )[1]
            .1,
            "2023-05-06"
        );
    }

    #[test]
    fn a_schedule_under_weekday_headings_runs_forward() {
        let v = tag(
            "The fair opens next Tuesday.\n\nTuesday: Gates open at 8 a.m.\n\nWednesday: Senior Day. The derby starts at 7 p.m.\n\nSunday: Kids Day.\n",
            "2015-07-29",
        );
        let got: Vec<(&str, &str)> = v.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("next Tuesday", "2015-08-04"),
                ("Tuesday", "2015-08-04"),
                ("8 a.m.", "2015-08-04T08:00"),
                ("Wednesday", "2015-08-05"),
                ("7 p.m.", "2015-08-05T19:00"),
                ("Sunday", "2015-08-09")
            ]
        );
    }

    #[test]
    fn a_quarter_of_a_century_and_a_half_century() {
        assert_eq!(
            one("Dolly was born a quarter of a century ago.", "2021-07-04").1,
            "1996"
        );
        assert_eq!(
            one(
                "The flood is remembered after a half-century.",
                "2022-06-09"
            )
            .1,
            "P50Y"
        );
    }

    #[test]
    fn a_range_around_the_dct_and_a_relation_after_a_holiday() {
        let v = tag(
            "Travel during the 12-day period from Dec. 27 through Jan. 7 is projected to rise.",
            "2020-01-02",
        );
        assert_eq!(v[1].1, "2019-12-27");
        assert_eq!(v[2].1, "2020-01-07");
        // "comes less than a month after Chinese New Year": the holiday just past.
        assert_eq!(
            tag(
                "The Budget comes less than a month after Chinese New Year.",
                "2023-02-10"
            )[1]
            .1,
            "2023-01-22"
        );
        assert_eq!(
            tag("Orthodox Christmas fell on Saturday.", "2023-01-08")[0],
            ("Orthodox Christmas".into(), "2023-01-07".into())
        );
    }

    #[test]
    fn soon_in_a_clause_that_looks_ahead() {
        assert_eq!(
            one("Prosecutors may soon seek an indictment.", "1989-11-01"),
            ("soon".into(), "FUTURE_REF".into())
        );
        for text in [
            "He was soon released.",
            "The boy should be returned as soon as possible.",
            "He died soon after being captured.",
        ] {
            assert!(tag(text, "1989-11-01").is_empty(), "{text}");
        }
    }

    #[test]
    fn one_unit_with_single_full_or_another() {
        let v = tag(
            "She served for a single day; another year passed; a full day of debate; an entire week.",
            "2013-03-22",
        );
        let got: Vec<(&str, &str)> = v.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("a single day", "P1D"),
                ("another year", "P1Y"),
                ("a full day", "P1D"),
                ("an entire week", "P1W")
            ]
        );
        // "a full-day event" is an adjective; "another" before a count keeps the count.
        assert!(tag("It was a full-day event.", "2013-03-22").is_empty());
        assert_eq!(one("He stayed another two weeks.", "2013-03-22").1, "P2W");
    }

    #[test]
    fn new_years_alone_is_the_day() {
        assert_eq!(
            one("Cases have climbed since New Year's.", "2013-01-15"),
            ("New Year's".into(), "2013-01-01".into())
        );
        assert!(tag("It was a New Year's resolution.", "2013-01-15").is_empty());
    }

    #[test]
    fn a_market_ended_the_week() {
        assert_eq!(
            one(
                "The benchmark index ended the week down 0.1%.",
                "2021-04-23"
            ),
            ("the week".into(), "2021-W16".into())
        );
    }

    #[test]
    fn midweek_is_the_week_of_the_wednesday_ahead() {
        assert_eq!(
            one(
                "Snow levels will fall to 4,500 feet by midweek.",
                "2016-11-05"
            )
            .1,
            "2016-W45"
        );
        assert_eq!(
            one("Prices fell sharply midweek.", "2016-11-05").1,
            "2016-W44"
        );
    }

    #[test]
    fn hours_and_minutes_are_one_span() {
        assert_eq!(
            one("The flight took 2 hours 15 minutes.", "2013-03-22"),
            ("2 hours 15 minutes".into(), "PT2H15M".into())
        );
        assert_eq!(
            one("It lasted three hours and 10 minutes.", "2013-03-22").1,
            "PT3H10M"
        );
    }

    #[test]
    fn progressives_obligations_forecasts_and_company_reports_look_ahead() {
        // Wednesday 2015-10-28.
        let d = "2015-10-28";
        assert_eq!(
            tag(
                "If your kids are heading out for Halloween on Saturday, no umbrellas needed.",
                d
            )[1]
            .1,
            "2015-10-31"
        );
        assert_eq!(one("He's flying to Ohio on Friday.", d).1, "2015-10-30");
        // Not a possessive's noun, nor a verb that goes on now.
        assert_eq!(tag("Tuesday's meeting drew a crowd.", d)[0].1, "2015-10-27");
        assert_eq!(
            one("Brazil still has to play on Saturday.", d).1,
            "2015-10-31"
        );
        assert_eq!(one("Showers are possible Friday.", d).1, "2015-10-30");
        assert_eq!(
            one("Apple, which reports results on Thursday, has warned.", d).1,
            "2015-10-29"
        );
        assert_eq!(
            one("Okafor plans one last sharpening session on Tuesday.", d).1,
            "2015-11-03"
        );
        assert_eq!(
            one("The squad moves into the athletes' village on Friday.", d).1,
            "2015-10-30"
        );
        // "beat" with an object is past.
        assert_eq!(
            tag(
                "England, who beat Moldova on Friday, host Ukraine on Tuesday.",
                d
            )[0]
            .1,
            "2015-10-23"
        );
        // A long participle phrase between commas is skipped.
        assert_eq!(
            one(
                "The office plans to release a sketch, based on the trucker's original \
                 description, on Tuesday.",
                d
            )
            .1,
            "2015-11-03"
        );
        // "retroactive to" looks back.
        assert_eq!(
            one(
                "A raise, negotiated to replace a contract that ended, is retroactive to Jan. 1.",
                "2016-08-05"
            )
            .1,
            "2016-01-01"
        );
    }

    #[test]
    fn deadlines_possessives_ahead_of_and_second_days_of_a_week() {
        // Wednesday 2011-03-30.
        let d = "2011-03-30";
        assert_eq!(
            tag(
                "Corn edged higher on Wednesday ahead of Thursday's government reports.",
                d
            )[1]
            .1,
            "2011-03-31"
        );
        assert_eq!(
            one(
                "Officials said churches must hold services online until Sunday.",
                d
            )
            .1,
            "2011-04-03"
        );
        assert_eq!(
            tag("The test is now targeted for 8 a.m. EST Sunday.", d)[1].1,
            "2011-04-03T08:00"
        );
        assert_eq!(
            one(
                "With the deadline expiring on Friday, tribunals worked late.",
                d
            )
            .1,
            "2011-04-01"
        );
        assert_eq!(
            one(
                "United Launch Alliance has rescheduled the launch of its Delta IV Heavy rocket \
                 with a classified payload for the National Reconnaissance Office for Friday.",
                d
            )
            .1,
            "2011-04-01"
        );
        let t = tag(
            "Advisers are scheduled to meet next Tuesday and Wednesday.",
            d,
        );
        assert_eq!(t[0].1, "2011-04-05");
        assert_eq!(t[1].1, "2011-04-06");
        // An adjective in un-…-ed is no past verb.
        assert_eq!(
            tag(
                "Saxony said on Monday that it would bar unvaccinated people on Friday.",
                d
            )[1]
            .1,
            "2011-04-01"
        );
        assert_eq!(
            one("Schools will be shut on Gandhi Jayanti.", d).1,
            "2011-10-02"
        );
        assert_eq!(one("Crowds marked Pahela Baishakh.", d).1, "2010-04-14");
    }

    #[test]
    fn clock_times_before_days_and_the_terms_of_warnings() {
        // Friday 2020-03-27.
        let d = "2020-03-27";
        // A clock time before the day does not push the verb out of reach.
        assert_eq!(
            one(
                "MetroHealth will open a drive-through testing site in the parking lot of its \
                 Old Brooklyn campus at 8 a.m. Monday.",
                d
            )
            .1,
            "2020-03-30T08:00"
        );
        // Nor do its dots end the clause of a deferral.
        assert_eq!(
            one(
                "The service has extended its advisory until 10 a.m. Thursday.",
                d
            )
            .1,
            "2020-04-02T10:00"
        );
        assert_eq!(
            one("A winter storm watch is in effect from 7 p.m. Saturday.", d).1,
            "2020-03-28T19:00"
        );
        assert_eq!(
            one("A wind advisory stayed in effect until 6 p.m. Thursday.", d).1,
            "2020-03-26T18:00"
        );
        assert_eq!(
            tag(
                "The Met Office has issued a yellow warning for snow and ice covering much of \
                 Cumbria from 6pm Sunday.",
                d
            )
            .last()
            .unwrap()
            .1,
            "2020-03-29T18:00"
        );
        // A possessive day of an event takes the tense of its clause.
        assert_eq!(
            one("Parties will boycott Monday's elections.", d).1,
            "2020-03-30"
        );
    }

    #[test]
    fn texts_that_look_ahead_and_clock_times_of_a_part_of_the_day() {
        // Thursday 2019-05-16: a weekend preview, every other day told ahead.
        let t = tag(
            "Heavy rain will spread on Friday. Winds will ease on Saturday, and the \
             sun will return by Monday. The festival opens on Tuesday. Sunday: dry.",
            "2019-05-16",
        );
        assert_eq!(t.last().unwrap().1, "2019-05-19");
        // One told in the past is enough to keep the untensed one back.
        let t = tag(
            "Rain fell on Monday. Winds will ease on Saturday, and the sun will return by \
             Monday. Sunday: dry.",
            "2019-05-16",
        );
        assert_eq!(t.last().unwrap().1, "2019-05-12");
        assert_eq!(
            one(
                "They were reported missing at 10pm last night.",
                "2021-04-03"
            )
            .1,
            "2021-04-02T22:00"
        );
        assert_eq!(
            one("I was lying awake at 3am this morning.", "2022-10-13").1,
            "2022-10-13T03:00"
        );
    }

    #[test]
    fn weekdays_of_a_story_told_years_before() {
        // A weekday and a date agree in the year of the story, however far back.
        assert_eq!(
            one("Rain had been falling by Sunday, February 9.", "2022-06-07").1,
            "2020-02-09"
        );
        // "that Friday" is the last Friday told, not one near the days told since.
        let t = tag(
            "She was riding home on Aug. 27, 2021. The hearing began Wednesday. He left \
             work early that Friday.",
            "2023-04-14",
        );
        assert_eq!(t.last().unwrap().1, "2021-08-27");
    }

    #[test]
    fn weekdays_heading_lines_of_a_week_ahead() {
        // Monday 2020-06-08.
        let t = tag(
            "The week ahead\n\nToday\n\nNew rules come into force.\n\nWednesday\n\nThe \
             minister is expected to speak at noon.\n\nThursday\n\nFigures are due.\n",
            "2020-06-08",
        );
        let v: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            v,
            ["2020-06-08", "2020-06-10", "2020-06-10T12:00", "2020-06-11"]
        );
        // A heading over what was done is past.
        let t = tag(
            "The week in review\n\nWednesday\n\nThe minister resigned and the party \
             collapsed.\n",
            "2020-06-08",
        );
        assert_eq!(t[0].1, "2020-06-03");
        // Times of a weekly habit, a noon of every day, and a term running on to a month.
        let t = tag(
            "The market is open every Saturday through October, 7 a.m. to 1 p.m. Screenings \
             are daily at noon.",
            "2014-06-14",
        );
        let v: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            v,
            [
                "XXXX-WXX-6",
                "2014-10",
                "XXXX-XX-XXT07:00",
                "XXXX-XX-XXT13:00",
                "P1D",
                "XXXX-XX-XXT12:00"
            ]
        );
        // Opening hours are of no one day; a range of days of one week is.
        let t = tag(
            "The docket office is open from 9 a.m. to 5 p.m., Monday through Friday.",
            "2012-02-02",
        );
        let v: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            v,
            [
                "XXXX-XX-XXT09:00",
                "XXXX-XX-XXT17:00",
                "XXXX-WXX-1",
                "XXXX-WXX-5"
            ]
        );
        let t = tag(
            "Practices are open to the public Tuesday through Thursday.",
            "2014-08-20",
        );
        assert_eq!(t[0].1, "2014-08-19");
        // Dates ahead heading their lines make a schedule: its untensed weekdays are ahead.
        let t = tag(
            "What's on\n\nWED 16 SEPT\nA talk at the library.\n\nTHU 17 SEPT\nThe \
             museum stays open late.\n\nFRI 18 SEPT\nThe food festival opens. The bar \
             stays open late on Saturday.\n",
            "2015-09-15",
        );
        assert_eq!(t.last().unwrap().1, "2015-09-19");
    }

    #[test]
    fn the_first_hour_of_a_range_takes_the_second_hours_half_of_the_day() {
        let t = tag(
            "The party fills the alley from 6 to 10 p.m. Doors open between 7 and 11 a.m. \
             Repairs take from 6 to 10 days.",
            "2014-06-14",
        );
        let v: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            v,
            [
                "2014-06-14T18:00",
                "2014-06-14T22:00",
                "2014-06-14T07:00",
                "2014-06-14T11:00",
                "P10D"
            ]
        );
    }

    #[test]
    fn an_hour_with_a_part_of_a_day_told_by_the_dct() {
        let t = tag(
            "The water came at about three in the morning. We start at five this morning. \
             The show is at 10 tonight. It opens at 9 tomorrow night. There were two in the \
             morning session.",
            "2013-08-25",
        );
        let v: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            v,
            [
                "2013-08-25T03:00",
                "2013-08-25T05:00",
                "2013-08-25T22:00",
                "2013-08-26T21:00"
            ]
        );
    }

    #[test]
    fn an_hour_in_words_told_of_a_day_long_past_is_that_days() {
        let t = tag(
            "It was 5:12 p.m. on Monday, June 16, 1969, when the bridge fell. Her father had \
             called at five o'clock to say he was stopping for bread.",
            "2019-06-19",
        );
        assert_eq!(t[2], ("five o'clock".into(), "1969-06-16T17:00".into()));
    }

    #[test]
    fn contract_months_of_commodities() {
        let t = tag(
            "December corn settled down 15 cents. November soybeans fell 7 cents.",
            "2013-09-30",
        );
        assert_eq!(t[0].1, "2013-12");
        assert_eq!(t[1].1, "2013-11");
        // Not a month followed by the word "futures" alone ("June futures" stays a month
        // by tense), nor one without a commodity.
        assert_eq!(one("Corn rose in August.", "2013-09-30").1, "2013-08");
    }

    #[test]
    fn retrospectives_tell_the_year_they_look_back_on() {
        let text = "Thirty years after the levee broke, the town looks back\n\nThe water had \
                    been rising for weeks. By Friday, July 30, the gauge read 47 feet. On \
                    Saturday, the sheriff ordered everyone out. On June 2, a dam had held.\n\n\
                    The village marked the anniversary on Tuesday.";
        let t = tag(text, "2023-07-31");
        let v: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            v,
            [
                "P30Y",
                "PXW",
                "1993-07-30",
                "1993-07-31",
                "1993-06-02",
                "2023-07-25"
            ]
        );
        // "a quarter-century after", "the 50th anniversary" name the years back too; a
        // text with none keeps the DCT's weekdays.
        assert_eq!(
            tag(
                "A quarter-century after Pinatubo\n\nOn June 10, the Air Force evacuated Clark.",
                "2016-06-16"
            )
            .last()
            .unwrap()
            .1,
            "1991-06-10"
        );
        assert_eq!(
            one("By Friday, July 30, the gauge read 47 feet.", "2023-07-31").1,
            "2021-07-30"
        );
        // "… ago this week": the days near the DCT's are the story's too.
        assert_eq!(
            tag(
                "Ten years ago this week, a blizzard shut the airport\n\nSnow began on the \
                 evening of Dec. 20.",
                "2016-12-24"
            )
            .last()
            .unwrap()
            .1,
            "2006-12-20TEV"
        );
    }

    #[test]
    fn days_near_one_told_of_a_year_long_past() {
        let t = tag(
            "The roof gave way at 11:42 a.m. on Feb. 16, 2019. The inquiry opened in \
             January and resumes Tuesday. A warning was issued on Feb. 13.",
            "2022-04-16",
        );
        assert_eq!(t.last().unwrap().1, "2019-02-13");
        // Not a day of the DCT's own weeks, near an anniversary of the one told.
        let t = tag(
            "The first debate was held on Sept. 26, 1960. Candidates met again on Sept. 26.",
            "2016-10-10",
        );
        assert_eq!(t.last().unwrap().1, "2016-09-26");
    }

    #[test]
    fn clock_times_of_a_day_ahead_told_a_little_before() {
        let t = tag(
            "The total lunar eclipse on Jan. 31 will be the first in the Americas since 1982, \
             and skies are expected to be clear across most of the West for it, forecasters \
             said. Observers should find a spot with a clear view of the western horizon well \
             before the event. The moon will enter the dark part of the shadow at 4:51 a.m.",
            "2018-01-15",
        );
        assert_eq!(t.last().unwrap().1, "2018-01-31T04:51");
        // A past time keeps the DCT's day.
        let t = tag(
            "The total lunar eclipse on Jan. 31 will be the first since 1982, and skies are \
             expected to be clear across most of the West, forecasters said. Observers tested \
             their cameras at 4:51 a.m.",
            "2018-01-15",
        );
        assert_eq!(t.last().unwrap().1, "2018-01-15T04:51");
    }

    #[test]
    fn a_bare_second_half_is_the_latest_begun() {
        assert_eq!(
            one("Lending rose in the second half.", "2014-02-20").1,
            "2013-H2"
        );
        assert_eq!(
            one("Growth will pick up in the second half.", "2014-02-20").1,
            "2014-H2"
        );
        assert_eq!(
            one("Lending rose in the second half.", "2014-09-20").1,
            "2014-H2"
        );
    }
    #[test]
    fn a_bulleted_chronology_runs_forward_to_the_dct() {
        let text = "How we got here:\n- Sept. 20: The House passes a stopgap bill.\n- Tuesday: A \
                    senator begins a floor speech.\n- Saturday night: The Senate votes.";
        let got = tag(text, "2013-09-26");
        assert_eq!(got[1], ("Tuesday".into(), "2013-09-24".into()));
        // A day ahead stays ahead.
        assert_eq!(got[2], ("Saturday night".into(), "2013-09-28TNI".into()));
        let text = "- Last weekend: Two stores are robbed.\n- Saturday night: Deputies add \
                    patrols.\n- Sunday: An arrest.";
        let got = tag(text, "2014-05-18");
        assert_eq!(got[1], ("Saturday night".into(), "2014-05-17TNI".into()));
        assert_eq!(got[2], ("Sunday".into(), "2014-05-18".into()));
        // A recap's entries are days past.
        let text = "The past week in Gaza:\n\nThursday: Qatar announces an extension.\n\nFriday: \
                    The truce expires.\n\nTuesday: Troops reach the centre.";
        let got = tag(text, "2023-12-06");
        assert_eq!(got[1], ("Thursday".into(), "2023-11-30".into()));
        assert_eq!(got[2], ("Friday".into(), "2023-12-01".into()));
        assert_eq!(got[3], ("Tuesday".into(), "2023-12-05".into()));
        // A preview's entries are days ahead.
        let text = "WHAT HAPPENS NEXT?\n\nThree dates matter.\n\nTuesday: Talks resume at 10 \
                    a.m.\n\nWednesday: The board meets.";
        let got = tag(text, "2012-01-29");
        assert_eq!(got[0], ("Tuesday".into(), "2012-01-31".into()));
        assert_eq!(got[2], ("Wednesday".into(), "2012-02-01".into()));
        // The latest such day, when the entry before is more than a week back.
        let text = "- May 12: The state reports 138 cases.\n- Tuesday: The count reaches 155.";
        assert_eq!(last(text, "2014-05-22"), "2014-05-20");
    }

    #[test]
    fn a_middle_initial_does_not_end_the_sentence() {
        // DCT Wednesday 2013-08-07: "will go ahead … on Friday" is ahead.
        assert_eq!(
            last(
                "Kerry will go ahead with a meeting with Sergey V. Lavrov and Sergei K. Shoigu \
                 in Washington on Friday.",
                "2013-08-07"
            ),
            "2013-08-09"
        );
        // A single capital ending a sentence still ends it.
        assert_eq!(
            last(
                "Talks will resume under Plan B. The envoy left on Friday.",
                "2013-08-07"
            ),
            "2013-08-02"
        );
    }

    #[test]
    fn an_adjective_in_ed_after_including_or_maximum_is_no_past_verb() {
        assert_eq!(
            last(
                "She said she expects to file charges including attempted capital murder \
                 Monday.",
                "2013-08-16"
            ),
            "2013-08-19"
        );
        assert_eq!(
            last(
                "The storm was expected to come ashore with maximum sustained winds near 60 \
                 mph, then race up the East Coast Friday.",
                "2013-06-06"
            ),
            "2013-06-07"
        );
        // A past verb in -ed still tells the past.
        assert_eq!(
            last("Police arrested three men Monday.", "2013-08-16"),
            "2013-08-12"
        );
    }

    #[test]
    fn set_up_and_allowed_back_are_no_deadline_ahead() {
        // DCT Thursday 2013-06-20.
        assert_eq!(
            last(
                "A relief fund set up by a local bank had raised more than $1 million by \
                 Wednesday.",
                "2013-06-20"
            ),
            "2013-06-19"
        );
        assert_eq!(
            one("Most were allowed back by the weekend.", "2013-06-20").1,
            "2013-W24-WE"
        );
        // A deadline set is still ahead.
        assert_eq!(
            last("The vote was set for Wednesday.", "2013-06-20"),
            "2013-06-26"
        );
        assert_eq!(
            one("Rivers could crest by the weekend.", "2013-06-20").1,
            "2013-W25-WE"
        );
    }

    #[test]
    fn the_previous_week_counts_from_a_week_told() {
        let got = tag(
            "Stocks fell last week, after rising to a high in the previous week.",
            "2013-05-29",
        );
        assert_eq!(got[0].1, "2013-W21");
        assert_eq!(got[1].1, "2013-W20");
        // After a day told, from that day's week.
        assert_eq!(
            last(
                "The vote came on March 3. The previous week, talks had stalled.",
                "2013-05-29"
            ),
            "2013-W08"
        );
    }

    #[test]
    fn a_report_named_by_a_month_just_ended_is_of_that_month() {
        // In January, "its December report" is last year's December.
        assert_eq!(
            tag(
                "The Labor Department will release its December employment report on Friday.",
                "2013-01-03"
            )[0]
            .1,
            "2012-12"
        );
        // A forecast's comparison base is a month known.
        assert_eq!(
            one(
                "Analysts expect loans of about 600 billion yuan, down from 787 billion yuan \
                 in September.",
                "2013-11-09"
            )
            .1,
            "2013-09"
        );
        // A move from one place to another in a month ahead stays ahead.
        assert_eq!(
            one(
                "The plant will move from Ohio to Texas in September.",
                "2013-11-09"
            )
            .1,
            "2014-09"
        );
    }

    #[test]
    fn a_verb_after_and_is_the_next_of_a_pair() {
        // DCT Friday 2013-03-15.
        assert_eq!(
            tag(
                "The Vatican said Francis had telephoned his predecessor, Benedict XVI, on \
                 Wednesday night and planned to visit him in the coming days.",
                "2013-03-15"
            )[0]
            .1,
            "2013-03-13TNI"
        );
        // A plan's day after "planned for" is still ahead.
        assert_eq!(
            last(
                "The Vatican said Francis, who arrived Tuesday, planned to visit him on \
                 Wednesday.",
                "2013-03-12"
            ),
            "2013-03-13"
        );
    }

    #[test]
    fn a_year_earlier_counts_from_a_month_told() {
        // A month with its year told after the last day.
        assert_eq!(
            last(
                "Pruitt was hired in March 2010. She had been fired from a home in Dayton a \
                 year earlier.",
                "2013-04-06"
            ),
            "2009"
        );
        // A comparison with the month of its sentence, its year not written.
        assert_eq!(
            last(
                "Tourist arrivals fell 10 percent in December from a year earlier.",
                "2014-01-12"
            ),
            "2012"
        );
        // Not the start of a span ("since April 2008"), nor a month of another sentence
        // for a comparison.
        assert_eq!(
            last(
                "The rate held at 5%, its lowest since April 2008. It stood at 5.8% a year \
                 earlier.",
                "2015-12-14"
            ),
            "2014"
        );
        assert_eq!(
            last(
                "Unemployment peaked at 10 percent in October 2009. Earnings were up 2.0 \
                 percent from a year earlier.",
                "2013-12-06"
            ),
            "2012"
        );
    }

    #[test]
    fn a_range_takes_the_year_written_at_its_end() {
        let got = tag(
            "She gave the injections between Oct. 9 and Nov. 22, 2011.",
            "2013-04-06",
        );
        assert_eq!(got[0].1, "2011-10-09");
        let got = tag(
            "The shootings ran from Dec. 20 to Jan. 3, 2011.",
            "2013-04-06",
        );
        assert_eq!(got[0].1, "2010-12-20");
        let got = tag("The exhibit ran from March to June 2011.", "2013-04-06");
        assert_eq!(got[0].1, "2011-03");
        // Not across other words.
        let got = tag(
            "He left on Oct. 9 and came back in Nov. 22, 2011.",
            "2013-04-06",
        );
        assert_eq!(got[0].1, "2012-10-09");
    }

    #[test]
    fn a_bill_to_fund_the_government_runs_to_a_day_ahead() {
        // DCT Thursday 2013-03-21.
        assert_eq!(
            last(
                "The House Thursday approved legislation to fund the federal government \
                 through Sept. 30.",
                "2013-03-21"
            ),
            "2013-09-30"
        );
        assert_eq!(
            last(
                "The Senate approved a measure to finance the government through the end of \
                 September.",
                "2013-03-21"
            ),
            "2013-09"
        );
        // A past term stays past.
        assert_eq!(
            last("Schools were closed through Sept. 30.", "2013-10-21"),
            "2013-09-30"
        );
    }

    #[test]
    fn participles_as_adjectives_and_forecasts_compared_with() {
        // DCT Wednesday 2013-03-20.
        assert_eq!(
            one(
                "Officials will release updated projections after their meeting in June.",
                "2013-03-20"
            )
            .1,
            "2013-06"
        );
        assert_eq!(
            one(
                "Students may have to make up the lost days in June.",
                "2013-03-20"
            )
            .1,
            "2013-06"
        );
        assert_eq!(
            one(
                "Sales of previously owned homes, due out Thursday, are expected to rise.",
                "2013-03-20"
            )
            .1,
            "2013-03-21"
        );
        // A result compared with a forecast made before.
        assert_eq!(
            last(
                "Officials expect growth of 2.3% this year, a slightly lower range than they \
                 forecast in December.",
                "2013-03-20"
            ),
            "2012-12"
        );
        assert_eq!(
            last(
                "Growth was 2.3 percent, slightly less than they had expected in December.",
                "2013-03-20"
            ),
            "2012-12"
        );
        // "this year" still dates a month ahead told with a participle of a plan.
        assert_eq!(
            last(
                "We'll look at another one later this year, probably announced in September.",
                "2013-04-24"
            ),
            "2013-09"
        );
    }

    #[test]
    fn plans_as_they_stood_deadlines_ahead_and_a_future_in_the_past() {
        // DCT Monday 2013-03-18: a plan first made for Sunday is past.
        let got = tag(
            "The session, first scheduled for Sunday and then for Monday, will instead \
             convene at 6 p.m. Tuesday, he said.",
            "2013-03-18",
        );
        assert_eq!(got[0].1, "2013-03-17");
        // DCT Friday 2013-03-22: a deadline the clause works before lies ahead.
        assert_eq!(
            one(
                "The government raced to assemble a plan before a Monday deadline.",
                "2013-03-22"
            )
            .1,
            "2013-03-25"
        );
        assert_eq!(
            one("The company missed a Monday deadline.", "2013-03-22").1,
            "2013-03-18"
        );
        // DCT Saturday 2021-01-30: "would" counts from the day of the saying.
        assert_eq!(
            last(
                "Robinhood said on Thursday night it would allow buying again from Friday.",
                "2021-01-30"
            ),
            "2021-01-29"
        );
        // Not from a day of another event the saying reports.
        assert_eq!(
            last(
                "The decisions were taken at a meeting on Thursday, he said, adding that police \
                 would be deployed from Saturday night.",
                "2019-04-07"
            ),
            "2019-04-13TNI"
        );
    }

    #[test]
    fn quarters_and_months_earlier_in_comparisons() {
        // A bound ahead names this year's quarter, though the fourth has just ended.
        assert_eq!(
            one(
                "They expect the rate to fall to 7.3% by the fourth quarter.",
                "2013-03-20"
            )
            .1,
            "2013-Q4"
        );
        assert_eq!(
            tag(
                "The company will report fourth-quarter results on Thursday.",
                "2013-02-20"
            )[0]
            .1,
            "2012-Q4"
        );
        // "a quarter earlier" counts from the quarter or month just told.
        assert_eq!(
            last(
                "Its margin narrowed to 3.41% in the fourth quarter from 3.55% a quarter \
                 earlier.",
                "2013-01-19"
            ),
            "2012-Q3"
        );
        assert_eq!(
            last(
                "It had 79 million subscribers at the end of December, down from 80 million a \
                 quarter earlier.",
                "2013-03-22"
            ),
            "2012-Q3"
        );
        assert_eq!(
            one("Sales rose two quarters ago.", "2013-03-19").1,
            "2012-Q3"
        );
        // A figure compared across a number with the month of its sentence.
        assert_eq!(
            last(
                "The unemployment rate fell to 7.7% in February from 7.9% a month earlier.",
                "2013-03-19"
            ),
            "2013-01"
        );
        // A count told years back from a month with its year in the sentence before.
        assert_eq!(
            last(
                "The last election, in February 2008, was held after an assassination. \
                 Turnout was 44 percent, up from 41 percent six years earlier.",
                "2013-05-09"
            ),
            "2002"
        );
    }

    #[test]
    fn rates_of_days_a_week_are_sets() {
        let got = typed(
            "Workers will be furloughed one day a week. She works 30 hours a week.",
            "2013-03-04",
        );
        assert_eq!(
            got,
            vec![
                ("one day a week".into(), TimexType::Set, "P1W".into()),
                ("30 hours".into(), TimexType::Duration, "PT30H".into()),
                ("a week".into(), TimexType::Set, "P1W".into()),
            ]
        );
        // A span of one day stays a span.
        assert_eq!(
            typed("The strike lasted one day.", "2013-03-04")[0].1,
            TimexType::Duration
        );
    }

    #[test]
    fn sequels_conditions_schedules_and_quarter_ends() {
        // DCT Monday 2013-03-11: ", followed by an auction … on Wednesday" goes on from a
        // day ahead.
        let got = tag(
            "The Treasury will sell bills on Tuesday, followed by an auction of longer-dated \
             bonds on Wednesday.",
            "2013-03-11",
        );
        assert_eq!(got[1].1, "2013-03-13");
        // DCT Sunday 2013-03-24.
        assert_eq!(
            one(
                "On Wednesday, the committee is due to set out how much capital banks need.",
                "2013-03-24"
            )
            .1,
            "2013-03-27"
        );
        // ("due to" as "because of" says nothing of when.)
        assert_eq!(
            one(
                "The game on Wednesday was called off due to rain.",
                "2013-03-24"
            )
            .1,
            "2013-03-20"
        );
        assert_eq!(
            one(
                "\"If we're still talking about this in July, that's a different story.\"",
                "2013-03-01"
            )
            .1,
            "2013-07"
        );
        assert_eq!(
            last(
                "HSBC, Europe's largest bank by assets, reports 2012 results Monday.",
                "2013-03-02"
            ),
            "2013-03-04"
        );
        assert_eq!(
            tag(
                "The main event is Friday's February jobs report.",
                "2013-03-06"
            )[0]
            .1,
            "2013-03-08"
        );
        assert_eq!(
            tag(
                "She cut her forecast for growth in the second quarter to 1.5%.",
                "2013-03-01"
            )[0]
            .1,
            "2013-Q2"
        );
        // At a quarter's close, "the quarter" told in the past is the one ending.
        assert_eq!(
            last(
                "The index gained 10% in the first quarter. The Dow rose 11.3% for the quarter.",
                "2013-03-31"
            ),
            "2013-Q1"
        );
        assert_eq!(
            last(
                "The company expects growth in the current quarter. Sales fell 3% in the quarter.",
                "2013-04-20"
            ),
            "2013-Q1"
        );
    }

    #[test]
    fn the_verb_past_a_parenthetical_attribution_tells_the_tense() {
        assert_eq!(
            last(
                "On September 8, Karen left. At 9:47 p.m., she said, Karen texted her sister.",
                "2013-03-04"
            ),
            "2012-09-08T21:47"
        );
        // An attribution closing the clause still frames it; a clause after it has its own
        // verb.
        assert_eq!(
            tag(
                "Results may not be known until late Tuesday night, officials said, because \
                 ballots postmarked by Monday can be counted.",
                "2022-04-29"
            )[0]
            .1,
            "2022-05-03TNI"
        );
    }

    #[test]
    fn a_small_hour_after_a_late_one_is_past_midnight() {
        let got = tag(
            "Kessler arrived at a bar at about 10:30 p.m. on Saturday, March 9. Her friends \
             said she left shortly before 1 a.m. She was seen the next morning.",
            "2013-03-16",
        );
        assert_eq!(got[2].1, "2013-03-10T01:00");
        // What follows counts from the evening's day.
        assert_eq!(got[3].1, "2013-03-10TMO");
        // A day written with the hour keeps it.
        let got = tag(
            "Buses are free from 8 p.m. New Year's Eve to 6 a.m. New Year's Day, with trains \
             until 2 a.m.",
            "2019-12-28",
        );
        assert_eq!(got.last().unwrap().1, "2020-01-01T02:00");
    }

    #[test]
    fn curly_quotes_and_dashes_glued_to_words_are_tokens_of_their_own() {
        assert_eq!(
            one(
                "Service resumed since Sunday\u{2019}s derailment.",
                "2013-12-04"
            )
            .1,
            "2013-12-01"
        );
        assert_eq!(
            one(
                "\u{201c}Tomorrow I will go to the same desk.\u{201d}",
                "2013-09-03"
            )
            .1,
            "2013-09-04"
        );
        assert_eq!(
            one("He said\u{2014}Now we wait.", "2013-09-03").1,
            "PRESENT_REF"
        );
        // Letters outside ASCII stay in their word.
        assert_eq!(
            tag(
                "Caf\u{e9} owners in Z\u{fc}rich met on Tuesday.",
                "2013-09-05"
            ),
            [("Tuesday".into(), "2013-09-03".into())]
        );
    }

    #[test]
    fn follows_with_an_object_is_a_relation_not_a_schedule() {
        assert_eq!(
            one(
                "Oracle's miss follows weak reports from several suppliers in January.",
                "2013-03-21"
            )
            .1,
            "2013-01"
        );
        assert_eq!(
            last(
                "Amazon reports Tuesday and Apple follows on Wednesday.",
                "2013-01-21"
            ),
            "2013-01-23"
        );
    }

    #[test]
    fn promises_peaks_and_clauses_of_contrast() {
        assert_eq!(
            tag(
                "Tim Cook has promised \"exciting new products\" in the fall.",
                "2013-07-21"
            )[0]
            .1,
            "2013-FA"
        );
        // The time of the promise, or of a pledge made somewhere, is past.
        assert_eq!(
            one("He promised in June to cut taxes.", "2013-07-21").1,
            "2013-06"
        );
        assert_eq!(
            one(
                "Donors pledged the full amount at a conference in Kuwait in January.",
                "2013-03-06"
            )
            .1,
            "2013-01"
        );
        assert_eq!(
            one("A promised reopening in March was reversed.", "2022-10-20").1,
            "2022-03"
        );
        // A peak is one reached.
        assert_eq!(
            one(
                "Apple's shares remain about 40% below their September peak.",
                "2013-07-21"
            )
            .1,
            "2012-09"
        );
        // A past verb in a clause of contrast does not date the clause before it.
        assert_eq!(
            tag(
                "Demand typically picks up ahead of the wedding season in the fall, though the \
                 government raised its duty earlier this month.",
                "2013-06-27"
            )[0]
            .1,
            "2013-FA"
        );
    }

    #[test]
    fn a_long_march_rocket_is_no_month() {
        assert_eq!(
            tag(
                "The crew will lift off atop a Long March 2F rocket at 5:38 p.m. on Tuesday.",
                "2013-06-10"
            ),
            [
                ("5:38 p.m.".into(), "2013-06-11T17:38".into()),
                ("Tuesday".into(), "2013-06-11".into())
            ]
        );
        assert_eq!(
            one("The vote came on March 2.", "2013-06-10").1,
            "2013-03-02"
        );
    }

    #[test]
    fn used_with_an_object_is_a_past_verb() {
        assert_eq!(
            one(
                "Obama used the conference Monday to warn Republicans that he would not \
                 negotiate.",
                "2013-01-15"
            )
            .1,
            "2013-01-14"
        );
        // Not "used to", a "used-book sale", nor a passive.
        assert_eq!(
            last(
                "Saturday, Oct. 2: Friends of the Library used-book sale, starting at 10 a.m.",
                "2021-09-25"
            ),
            "2021-10-02T10:00"
        );
    }

    #[test]
    fn an_opening_participle_tells_the_past_and_decade_long_is_a_length() {
        assert_eq!(
            tag(
                "Asked on Monday whether he would serve out his term, Christie declined.",
                "2013-11-05"
            )[0]
            .1,
            "2013-11-04"
        );
        assert_eq!(
            typed("That decade-long conflict ended in 2002.", "2013-01-22")[0],
            ("decade-long".into(), TimexType::Duration, "P10Y".into())
        );
    }

    #[test]
    fn halves_bounded_or_told_ahead() {
        assert_eq!(
            one(
                "We don't see that turning around until the second half at the earliest.",
                "2013-01-29"
            )
            .1,
            "2013-H2"
        );
        assert_eq!(
            one(
                "I would not be surprised if we get a pullback somewhere in the first half.",
                "2013-12-28"
            )
            .1,
            "2014-H1"
        );
        // A half just reported stays this year's; one told in the past, last year's.
        assert_eq!(
            tag(
                "The company will report results for the first half on Tuesday.",
                "2013-08-10"
            )[0]
            .1,
            "2013-H1"
        );
        assert_eq!(
            one("Lending rose in the second half.", "2013-02-10").1,
            "2012-H2"
        );
    }

    #[test]
    fn what_is_called_or_braced_for_lies_ahead() {
        assert_eq!(
            one(
                "Opposition leaders have called for another mass rally on Sunday.",
                "2013-12-09"
            )
            .1,
            "2013-12-15"
        );
        assert_eq!(
            tag(
                "Stocks fell as investors braced for the Fed's policy meeting Tuesday.",
                "2013-12-12"
            )[0]
            .1,
            "2013-12-17"
        );
        // "calls" as a noun says nothing of when.
        assert_eq!(
            last(
                "It answered more than 900 calls for downed lines between Friday and Sunday.",
                "2023-03-06"
            ),
            "2023-03-05"
        );
        // A noun after its determiner is no past verb before its object.
        assert_eq!(
            one(
                "Kessler said it would release an updated forecast Thursday.",
                "2013-04-06"
            )
            .1,
            "2013-04-11"
        );
        assert_eq!(
            one("The company cut 2,000 jobs Thursday.", "2013-04-06").1,
            "2013-04-04"
        );
    }

    #[test]
    fn an_anniversary_told_by_its_weekday_dates_the_story_after_it() {
        let t = tag(
            "Twenty years ago Thursday, the roof fell. By Monday morning, 150 rescuers had \
             gathered. On Tuesday, a borehole broke through.",
            "2013-04-22",
        );
        assert_eq!(
            t[0],
            ("Twenty years ago Thursday".into(), "1993-04-25".into())
        );
        assert_eq!(t[1].1, "1993-04-26TMO");
        assert_eq!(t[2].1, "1993-04-27");
        // A time finer than a year, so many years back, opens the story long past.
        assert_eq!(
            last(
                "Fifty years ago this summer, Harper was 19. On Aug. 27, the bus pulled out.",
                "2013-08-25"
            ),
            "1963-08-27"
        );
        // The weekday of the anniversary, told again, is the DCT's.
        let t = tag(
            "Ten years ago Saturday, a bus rolled off the highway on Aug. 3, 2009. On \
             Saturday, the survivors sang.",
            "2019-08-05",
        );
        assert_eq!(t.last().unwrap().1, "2019-08-03");
    }

    #[test]
    fn a_weekday_naming_a_thing_is_no_date() {
        assert!(tag("She taught two of them in Sunday school.", "2013-08-25").is_empty());
        assert!(tag("He wore his Sunday best.", "2013-08-25").is_empty());
        assert!(
            tag(
                "A YouGov poll for the Sunday Times put Ukip on 12%.",
                "2013-01-07"
            )
            .is_empty()
        );
        assert_eq!(tag("The Friday Senate vote failed.", "2013-08-25").len(), 1);
    }

    #[test]
    fn states_plans_and_modals_before_a_weekday() {
        // A schedule word after "of" or a determiner is a noun.
        assert_eq!(
            one(
                "Obama wrapped up a round of visits on Thursday.",
                "2013-03-15"
            )
            .1,
            "2013-03-14"
        );
        // "remain closed" is a state, not a reduced relative of the past.
        assert_eq!(
            one("Banks will remain closed on Tuesday.", "2013-03-17").1,
            "2013-03-19"
        );
        assert_eq!(
            one(
                "The bank told them to remain closed on Tuesday.",
                "2013-03-17"
            )
            .1,
            "2013-03-19"
        );
        // "as planned" is a set phrase; "may not" + verb looks ahead as "may" does.
        assert_eq!(
            one(
                "The banks may not be able to reopen as planned on Wednesday.",
                "2013-03-17"
            )
            .1,
            "2013-03-20"
        );
        assert_eq!(
            one("He may not attend on Wednesday.", "2013-03-17").1,
            "2013-03-20"
        );
        // A date moved to is the new one, however far back the telling; the one moved
        // from is the old.
        assert_eq!(
            last(
                "Officials said this evening that the session had been put back to Monday.",
                "2013-03-16"
            ),
            "2013-03-18"
        );
        assert_eq!(
            one("The vote was put off until Monday.", "2013-03-16").1,
            "2013-03-18"
        );
        assert_eq!(
            one(
                "The ceremony had been postponed from Tuesday to allow delegations to attend.",
                "2019-01-24"
            )
            .1,
            "2019-01-22"
        );
    }

    #[test]
    fn a_day_heading_its_line_dates_its_times_and_what_is_due_lies_ahead() {
        let t = tag(
            "Timeline:\n28 February: Polls open from 07:00 to 22:00 GMT.\n1 March: Counting begins.",
            "2013-03-01",
        );
        assert_eq!(t[1].1, "2013-02-28T07:00");
        assert_eq!(t[2].1, "2013-02-28T22:00");
        // What is due in a month is owed then, though its clause is past; what "was
        // originally due" is the plan as it stood.
        assert_eq!(
            one(
                "A planned 3p-a-litre rise in fuel duty, due in September, has been cancelled.",
                "2013-03-20"
            )
            .1,
            "2013-09"
        );
        assert_eq!(
            one("The decision was originally due in March.", "2021-05-25").1,
            "2021-03"
        );
    }

    #[test]
    fn the_verb_past_an_appositive_and_the_day_of_a_telling_in_a_retrospective() {
        assert_eq!(
            tag(
                "On Friday, the anniversary of the 1848 revolution against Habsburg rule, \
                 opposition groups are planning a march.",
                "2013-03-13"
            )[0]
            .1,
            "2013-03-15"
        );
        // A story long past keeps its weekdays near its days, but not the day of the
        // telling ("told reporters at a news conference Friday").
        let t = tag(
            "Nearly 19 years after Amber vanished on Aug. 5, 1994, her stepfather was \
             charged. Her body was found Friday. The sheriff told reporters at a news \
             conference Friday that the family had waited long enough.",
            "2013-04-12",
        );
        assert_eq!(t[2].1, "1994-08-05");
        assert_eq!(t.last().unwrap().1, "2013-04-12");
    }

    #[test]
    fn fiscal_quarters_are_told_by_the_year_they_end_in() {
        assert_eq!(
            tag(
                "Harbor Lane said its profit rose in the fiscal third quarter.",
                "2013-03-12"
            )[0]
            .1,
            "2013-Q3"
        );
        // A fiscal first quarter still ahead in the calendar's second half is next year's.
        assert_eq!(
            tag(
                "Quillon will report results for the fiscal first quarter on Oct. 24.",
                "2013-09-10"
            )[0]
            .1,
            "2014-Q1"
        );
        // A calendar quarter told in the past stays last year's.
        assert_eq!(
            tag("Profit rose in the third quarter.", "2013-03-12")[0].1,
            "2012-Q3"
        );
        // A fiscal fourth quarter told as past early in the year closed last year's.
        assert_eq!(
            tag(
                "The retailer said profit in the fiscal fourth quarter fell 12%.",
                "2013-03-07"
            )[0]
            .1,
            "2012-Q4"
        );
    }

    #[test]
    fn prepositions_adverbs_and_states_around_a_weekday() {
        // "agreed to" before a date is a preposition, not an infinitive of intent.
        assert_eq!(
            one(
                "The levy was a condition of a package that Cyprus agreed to early Saturday.",
                "2013-03-19"
            )
            .1,
            "2013-03-16"
        );
        // An adverb between the auxiliary and the participle.
        assert_eq!(
            last(
                "He said Francis would celebrate Mass on Thursday and would be formally \
                 installed on Tuesday.",
                "2013-03-13"
            ),
            "2013-03-19"
        );
        // A possessive of the very next day, with no tense after it, stays open.
        assert_eq!(
            one(
                "The outcome of Monday's vote is far from certain.",
                "2013-03-17"
            )
            .1,
            "2013-03-18"
        );
        assert_eq!(
            one(
                "Officials blamed Tuesday's bombings on militants.",
                "2013-03-20"
            )
            .1,
            "2013-03-19"
        );
        // A plan told as it stood before it was put off.
        assert_eq!(
            tag(
                "A procedural vote planned for Thursday afternoon was put off until Monday.",
                "2013-03-15"
            )[0]
            .1,
            "2013-03-14TAF"
        );
        // What is kept so lies ahead.
        assert_eq!(
            tag(
                "Keeping the banks closed on Tuesday and Wednesday is meant to prevent a run.",
                "2013-03-18"
            )[0]
            .1,
            "2013-03-19"
        );
    }

    #[test]
    fn a_range_runs_forward_and_a_bound_lies_after_the_day_it_was_set() {
        // The end further from the DCT gives way.
        assert_eq!(
            last(
                "Officials said employees could each lose 22 days of pay between April and \
                 September.",
                "2013-03-11"
            ),
            "2013-09"
        );
        let t = tag(
            "The government will publish the first estimate of growth for January to March, \
             due on 25 April.",
            "2013-03-20",
        );
        assert_eq!(t[0].1, "2013-01");
        assert_eq!(t[1].1, "2013-03");
        // A plan told at a past day of its sentence, bounded ("through"), ends after it.
        assert_eq!(
            last(
                "The House on Wednesday passed a bill that would keep agencies open through \
                 Sept. 30.",
                "2013-03-11"
            ),
            "2013-09-30"
        );
    }

    #[test]
    fn nth_weekdays_of_a_month_and_weekdays_told_in_the_present() {
        assert_eq!(
            tag(
                "The court returns on the first Monday in October.",
                "2014-07-01"
            )[0],
            ("the first Monday in October".into(), "2014-10-06".into())
        );
        assert_eq!(
            tag(
                "The deadline was the first Monday in February.",
                "2013-03-27"
            )[0]
            .1,
            "2013-02-04"
        );
        assert_eq!(
            tag(
                "Talks resume on the last Friday of April 2013.",
                "2013-03-27"
            )[0]
            .1,
            "2013-04-26"
        );
        // "holds" an event is a schedule; "which holds a stake" is no event.
        assert_eq!(
            one(
                "City Council holds its first meeting at 7 p.m. Monday.",
                "2019-01-02"
            )
            .1,
            "2019-01-07T19:00"
        );
        assert_eq!(
            one(
                "The GM move follows Tuesday's declaration by Ford, which holds a 12.45% stake.",
                "1989-10-27"
            )
            .1,
            "1989-10-24"
        );
        // A weekday that is the subject of "is" is the coming one.
        assert_eq!(
            one("Monday is a national holiday.", "2013-03-20").1,
            "2013-03-25"
        );
    }

    #[test]
    fn a_clock_before_a_day_moved_to_and_the_dct_weekday_after_a_day_ahead() {
        assert_eq!(
            one(
                "The session has been rescheduled for 6 p.m. Tuesday.",
                "2013-03-18"
            )
            .1,
            "2013-03-19T18:00"
        );
        // "stay shut" is a state's adjective, no past form.
        assert_eq!(
            last(
                "Cyprus' banks, closed Monday for a public holiday, will stay shut Tuesday and \
                 Wednesday.",
                "2013-03-18"
            ),
            "2013-03-20"
        );
        // The DCT's own weekday after a later day ahead in its sentence is next week's.
        assert_eq!(
            last(
                "Bond markets will close early Thursday and remain closed Friday.",
                "2013-03-22"
            ),
            "2013-03-29"
        );
        assert_eq!(
            one("The minister will travel Friday.", "2013-03-22").1,
            "2013-03-22"
        );
    }

    #[test]
    fn a_past_in_a_clause_of_condition_does_not_date_a_bound() {
        assert_eq!(
            one(
                "Aides said he would address the nation once a deal was reached, possibly as \
                 early as Sunday night.",
                "2013-03-22"
            )
            .1,
            "2013-03-24TNI"
        );
        // A past verb of the clause itself still does.
        assert_eq!(
            one("It started as early as Sunday night.", "2013-03-22").1,
            "2013-03-17TNI"
        );
    }

    #[test]
    fn midnight_opening_a_range_into_the_morning_begins_the_day() {
        let text = "Troopers responded to 400 crashes between midnight and 9 a.m.";
        assert_eq!(tag(text, "2013-03-18")[0].1, "2013-03-18T00:00");
        assert_eq!(
            tag(
                "The road closes Friday from midnight to 6 a.m.",
                "2013-03-18"
            )[1]
            .1,
            "2013-03-23T00:00"
        );
        // Alone, a midnight passed ends the day before.
        assert_eq!(
            one("The polls closed at midnight.", "2012-11-07").1,
            "2012-11-06T24:00"
        );
    }

    #[test]
    fn an_ed_adjective_after_every_or_each_is_no_past() {
        assert_eq!(
            one(
                "He said the campaign would return every questioned contribution by Friday.",
                "2013-03-19"
            )
            .1,
            "2013-03-22"
        );
    }

    #[test]
    fn last_as_a_verb_after_a_modal_looks_ahead() {
        assert_eq!(
            one("The cold would last into April.", "2013-03-22").1,
            "2013-04"
        );
        assert_eq!(
            one(
                "It said the cold could last into the first week of April.",
                "2013-03-22"
            )
            .1,
            "2013-W14"
        );
        // "last" before a participle still tells a past.
        assert_eq!(one("He was last seen in April.", "2013-03-22").1, "2012-04");
    }

    #[test]
    fn a_persons_past_expectation_may_fall_either_side() {
        assert_eq!(
            tag(
                "A number of large deals we expected to sign in late February slipped.",
                "2013-03-18"
            )[0]
            .1,
            "2013-02"
        );
        // An expectation still standing looks ahead.
        assert_eq!(
            one("The ship was expected to arrive on Saturday.", "2012-02-07").1,
            "2012-02-11"
        );
        // The nearest quarter: one just ahead.
        assert_eq!(
            one(
                "They said they expected to complete the deal in the second quarter.",
                "2013-03-18"
            )
            .1,
            "2013-Q2"
        );
    }

    #[test]
    fn a_start_told_in_the_past_has_come() {
        assert_eq!(
            one(
                "The customer got a smaller paycheck starting Jan. 1.",
                "2013-03-19"
            )
            .1,
            "2013-01-01"
        );
        // An office created effective a day ahead still takes effect then.
        assert_eq!(
            one("The bank created an office effective Feb. 1.", "1989-11-02").1,
            "1990-02-01"
        );
    }

    #[test]
    fn a_programme_named_today_is_no_date() {
        assert_eq!(
            tag(
                "Speaking on BBC Radio 4's Today programme, the Chancellor said it was absurd.",
                "2013-03-21"
            ),
            vec![]
        );
        assert!(tag("She told NBC's Today show she was fine.", "2013-03-21").is_empty());
    }

    #[test]
    fn a_source_or_a_habit_keeps_its_own_tense() {
        assert_eq!(
            last(
                "He may shower three times a week, according to testimony at a bench trial \
                 in January.",
                "2013-03-15"
            ),
            "2013-01"
        );
        assert_eq!(
            one(
                "A spokesman said the board typically makes its first payments in June.",
                "2013-03-19"
            )
            .1,
            "2013-06"
        );
    }

    #[test]
    fn church_feasts_and_civic_days() {
        let dct = "2013-03-19";
        assert_eq!(
            one(
                "Pope Francis was installed on the feast of St. Joseph.",
                dct
            ),
            ("the feast of St. Joseph".into(), "2013-03-19".into())
        );
        assert_eq!(
            one("Mardi Gras crowds filled the streets.", dct).1,
            "2013-02-12"
        );
        assert_eq!(
            one("The marathon is run on Patriots' Day.", dct).1,
            "2013-04-15"
        );
        assert_eq!(one("Offices close for Ascension Day.", dct).1, "2013-05-09");
        assert_eq!(one("They met on Inauguration Day.", dct).1, "2013-01-20");
        // A holiday describing a thing, or a feast named beside its day, is no other day.
        assert!(tag("It ends with a Mardi Gras-style parade.", dct).is_empty());
        assert_eq!(
            tag("The Mass is on Tuesday, the feast of St. Joseph.", dct),
            vec![("Tuesday".to_string(), "2013-03-19".to_string())]
        );
    }

    #[test]
    fn a_rate_compared_from_a_day_is_a_day_past() {
        assert_eq!(
            tag(
                "The note gained 9/32 point, or $2.81 per $1,000 in face value, to yield \
                 1.926%, down from 1.957% late Thursday.",
                "2013-03-22"
            )[0]
            .1,
            "2013-03-21"
        );
        // A clock time after "from" is no figure.
        assert_eq!(
            last("The ramp will close from 9am Thursday.", "2013-03-22"),
            "2013-03-28T09:00"
        );
    }

    #[test]
    fn a_clause_of_time_after_the_date_keeps_its_own_verb() {
        assert_eq!(
            one(
                "Council tax will rise by 3.5% from April after councillors approved a budget.",
                "2013-03-22"
            )
            .1,
            "2013-04"
        );
    }

    #[test]
    fn a_month_not_yet_come_told_in_the_past_is_not_this_years() {
        assert_eq!(
            last(
                "Applications fell this year after spiking in November.",
                "2013-03-19"
            ),
            "2012-11"
        );
        assert_eq!(
            last(
                "Executions this year came in January and March.",
                "2013-03-19"
            ),
            "2013-03"
        );
    }

    #[test]
    fn figures_for_a_month_just_past_and_participles_after_adverbs() {
        let text = "The Realtors will report sales of previously occupied homes for February \
                    on Thursday.";
        assert_eq!(
            tag(text, "2013-03-19"),
            vec![
                ("February".to_string(), "2013-02".to_string()),
                ("Thursday".to_string(), "2013-03-21".to_string())
            ]
        );
    }

    #[test]
    fn years_earlier_count_from_last_year() {
        assert_eq!(
            last(
                "Americans bought 11 million last year, double the number sold three years \
                 earlier.",
                "2013-03-19"
            ),
            "2009"
        );
    }

    #[test]
    fn the_year_or_week_before_with_nothing_after() {
        assert_eq!(
            last(
                "Even on Black Friday, customer traffic was down from the year before.",
                "2013-03-07"
            ),
            "2011"
        );
        assert_eq!(
            last(
                "Sales rose in March, up from the month before.",
                "2013-04-19"
            ),
            "2013-02"
        );
        assert_eq!(
            last(
                "He was arrested Friday. The week before, he had bought a gun.",
                "2013-03-19"
            ),
            "2013-W10"
        );
        // Before an event it is a span, not a date.
        assert_eq!(
            tag("In the year before the war, prices rose.", "2013-03-19"),
            vec![]
        );
    }

    #[test]
    fn a_sunday_paper_is_no_day() {
        assert_eq!(
            tag(
                "Three journalists from the defunct Sunday Courier will stand trial in \
                 September.",
                "2013-03-28"
            ),
            vec![("September".to_string(), "2013-09".to_string())]
        );
    }

    #[test]
    fn an_appointed_date_and_a_year_told_after_a_day() {
        assert_eq!(
            one(
                "The judge set a provisional trial date of 9 September and adjourned.",
                "2013-03-28"
            )
            .1,
            "2013-09-09"
        );
        assert_eq!(
            tag(
                "The holiday fell on Feb. 10, compared with Jan. 23 in 2012.",
                "2013-03-21"
            )[1]
            .1,
            "2012-01-23"
        );
        // A participle after a comma and "probably" has no tense.
        assert_eq!(
            last(
                "We'll look at another one later this year, probably announced in September.",
                "2013-04-24"
            ),
            "2013-09"
        );
    }

    #[test]
    fn a_small_hour_after_a_night_told_is_past_midnight() {
        let text = "Search teams worked through Thursday night. They stopped at about 2 a.m. \
                    The next morning, the sky was clear.";
        let t = tag(text, "1999-04-10");
        assert_eq!(t[1].1, "1999-04-09T02:00");
        // The night keeps its day for what follows.
        assert_eq!(t[2].1, "1999-04-09TMO");
    }

    #[test]
    fn the_year_of_results_just_closed() {
        let text = "The airline earned $61 million in the fourth quarter. For the year, it earned \
                    $212 million.";
        assert_eq!(last(text, "2013-03-21"), "2012");
        // A forecast for the year looks ahead.
        let text = "Profit fell in the fourth quarter. It kept its forecast for the year.";
        assert_eq!(last(text, "2013-03-21"), "2013");
    }

    #[test]
    fn curly_quotes_read_as_straight_ones() {
        assert_eq!(
            one("He took office on New Year\u{2019}s Day.", "2013-03-18").1,
            "2013-01-01"
        );
    }

    #[test]
    fn a_deadline_in_a_condition_of_a_future_told_in_the_past() {
        assert_eq!(
            last(
                "The bank said it would cut off funding unless a deal was in place by Monday.",
                "2013-03-22"
            ),
            "2013-03-25"
        );
        // A plain past deadline stays past.
        assert_eq!(
            last("The deal was in place by Monday.", "2013-03-22"),
            "2013-03-18"
        );
    }

    #[test]
    fn the_present_perfect_progressive_runs_up_to_now() {
        assert_eq!(
            one(
                "Fire managers have also been urging homeowners to clear brush before summer.",
                "2013-03-18"
            )
            .1,
            "2013-SU"
        );
    }

    #[test]
    fn ahead_of_a_month_already_past_after_a_past_clause() {
        assert_eq!(
            last(
                "Talks stalled ahead of the presidential election in February.",
                "2013-03-22"
            ),
            "2013-02"
        );
        // A month still ahead keeps looking ahead.
        assert_eq!(
            last(
                "Prices rose, raising concern ahead of November's presidential election.",
                "2012-03-15"
            ),
            "2012-11"
        );
        assert_eq!(
            one(
                "Voters went to the polls on Town Meeting Day.",
                "2013-03-22"
            )
            .1,
            "2013-03-05"
        );
    }

    #[test]
    fn a_holiday_ending_a_headline_is_no_name() {
        assert_eq!(
            tag(
                "Rail strike strands commuters ahead of Easter\n\nWalkout is the fourth.",
                "2013-03-27"
            ),
            vec![("Easter".to_string(), "2013-03-31".to_string())]
        );
        // On one line a capital after it still makes a name.
        assert!(tag("They sailed to Easter Island.", "2013-03-27").is_empty());
    }

    #[test]
    fn forecast_for_or_valid_from_a_day_lies_ahead() {
        assert_eq!(
            last(
                "The Met Office said last week it was cold, with snow forecast again for the \
                 weekend.",
                "2013-03-19"
            ),
            "2013-W12-WE"
        );
        assert_eq!(
            last(
                "The Met Office has issued a warning valid from Friday morning.",
                "2013-03-21"
            ),
            "2013-03-22TMO"
        );
    }

    #[test]
    fn the_past_half_century() {
        assert_eq!(
            one(
                "Rainfall has risen over the past half century.",
                "2013-03-21"
            ),
            ("the past half century".into(), "P50Y".into())
        );
    }

    #[test]
    fn a_date_in_the_subject_takes_the_verb_right_after() {
        assert_eq!(
            last(
                "Revenue fell 22% in the quarter, and visits in December were still down.",
                "2013-03-05"
            ),
            "2012-12"
        );
        // Not a date that is the subject of what was said.
        assert_eq!(
            one("The RAC said Friday was expected to be busy.", "2022-08-27").1,
            "2022-08-26"
        );
    }

    #[test]
    fn so_long_earlier_than_planned_is_a_span() {
        assert_eq!(
            tag(
                "Classes will end on May 10, three weeks earlier than planned.",
                "2013-03-21"
            )[1],
            ("three weeks".to_string(), "P3W".to_string())
        );
        assert_eq!(
            tag(
                "The report is due Thursday, a day earlier than usual.",
                "2014-06-09"
            )[1],
            ("a day".to_string(), "P1D".to_string())
        );
        // Without "than" it is the date so long before.
        assert_eq!(
            last(
                "He left on May 10. She had left three weeks earlier.",
                "2013-06-21"
            ),
            "2013-W16"
        );
    }

    #[test]
    fn due_after_a_comma_and_an_expectation_past_an_adverb() {
        assert_eq!(
            one(
                "The company has one more ship on order, due in the third quarter.",
                "2013-03-22"
            )
            .1,
            "2013-Q3"
        );
        assert_eq!(
            one(
                "We had three deals that we fully expected to sign in February.",
                "2013-03-18"
            )
            .1,
            "2013-02"
        );
    }

    #[test]
    fn the_year_just_ended() {
        assert_eq!(
            one("Sales in the fiscal year just ended rose 3%.", "2013-03-18"),
            ("the fiscal year just ended".into(), "2012".into())
        );
        assert_eq!(
            one("For the year just ended, sales rose.", "2013-03-18").1,
            "2012"
        );
    }

    #[test]
    fn a_part_of_the_day_before_or_after() {
        // A flashback does not move the day the story is on.
        assert_eq!(
            tag(
                "On Saturday he was arrested. He had argued with her the night before. At 1 p.m. he appeared in court.",
                "2013-03-18"
            ),
            vec![
                ("Saturday".into(), "2013-03-16".into()),
                ("the night before".into(), "2013-03-15TNI".into()),
                ("1 p.m.".into(), "2013-03-16T13:00".into()),
            ]
        );
        assert_eq!(
            one(
                "The senator called it a stunt the morning after, aides said.",
                "2013-03-22"
            ),
            ("the morning after".into(), "2013-03-23TMO".into())
        );
        // Linked to an event, "before" is no part of the expression.
        assert!(
            tag("They met the night before the vote.", "2013-03-22")
                .iter()
                .all(|(t, _)| t != "the night before")
        );
    }

    #[test]
    fn holiday_and_long_weekends() {
        assert_eq!(
            one(
                "Traffic deaths rose over the holiday weekend.",
                "2013-04-02"
            ),
            ("the holiday weekend".into(), "2013-W13-WE".into())
        );
        assert_eq!(
            one(
                "Banks will close for the bank holiday weekend.",
                "2013-08-20"
            )
            .1,
            "2013-W34-WE"
        );
        // "ahead of" a weekend in a past clause: the one to come.
        assert_eq!(
            one("Trading was light ahead of the long weekend.", "2013-01-18"),
            ("the long weekend".into(), "2013-W03-WE".into())
        );
    }

    #[test]
    fn all_of_a_unit_and_every_single_one() {
        assert_eq!(
            typed("It rained all week.", "2013-03-22"),
            vec![("all week".into(), TimexType::Duration, "P1W".into())]
        );
        assert_eq!(one("They waited all day long.", "2013-03-22").1, "P1D");
        assert!(tag("an all-day meeting", "2013-03-22").is_empty());
        assert_eq!(
            typed("We train every single day.", "2013-03-22"),
            vec![("every single day".into(), TimexType::Set, "P1D".into())]
        );
        assert_eq!(
            one("Every single winter the pipes freeze.", "2013-03-22").1,
            "XXXX-WI"
        );
    }

    #[test]
    fn a_thing_to_be_had_done_and_a_pace_compared() {
        assert_eq!(
            one(
                "The goal is to have the boardwalk rebuilt by Memorial Day.",
                "2013-03-25"
            )
            .1,
            "2013-05-27"
        );
        assert_eq!(
            one("They want it finished by July.", "2013-03-25").1,
            "2013-07"
        );
        // "ahead of" a pace is a comparison; the month is past by its own clause.
        assert_eq!(
            last(
                "Sales were running well ahead of last year's pace by October.",
                "2013-03-20"
            ),
            "2012-10"
        );
        assert_eq!(
            one("Stocks rose ahead of the holiday on Monday.", "2013-03-20").1,
            "2013-03-25"
        );
    }

    #[test]
    fn the_quarter_ahead_the_prior_unit_and_measures_for_a_month() {
        assert_eq!(
            one(
                "Rent reviews will come up at the end of the quarter.",
                "2013-05-21"
            )
            .1,
            "2013-Q2"
        );
        assert_eq!(one("Sales rose in the quarter.", "2013-05-21").1, "2013-Q1");
        assert_eq!(
            tag(
                "Prices rose 0.7% in February from the prior month.",
                "2013-03-14"
            ),
            vec![
                ("February".into(), "2013-02".into()),
                ("the prior month".into(), "2013-01".into()),
            ]
        );
        assert_eq!(
            last(
                "Profit rose in the fourth quarter. The prior quarter was weak.",
                "2013-03-14"
            ),
            "2012-Q3"
        );
        // The figures of a month just past, released ahead.
        assert_eq!(
            tag(
                "More data are due Friday morning, when the department releases consumer prices for February.",
                "2013-03-14"
            ),
            vec![
                ("Friday morning".into(), "2013-03-15TMO".into()),
                ("February".into(), "2013-02".into()),
            ]
        );
        // An expectation of a measure still looks ahead.
        assert_eq!(
            last(
                "They expected prices to ease in the second quarter as maintenance in Asia trims crude demand, before recovering in the second half.",
                "2013-03-21"
            ),
            "2013-H2"
        );
    }

    #[test]
    fn clock_times_after_a_report_day_and_years_before_a_season() {
        // Past the day of a report, the story goes on with the day of its events; not in
        // the report's own sentence.
        let t = tag(
            "The quake struck Thursday night, killing nine people, officials said Friday.\n\nThe quake struck at 10:47 p.m. near Arequipa.",
            "2013-03-22",
        );
        assert_eq!(t[2], ("10:47 p.m.".into(), "2013-03-21T22:47".into()));
        let t = tag(
            "The bomb struck on Wednesday afternoon. An official said Thursday morning that 130 people had been brought out by 9 a.m.",
            "2013-03-17",
        );
        assert_eq!(t[2], ("9 a.m.".into(), "2013-03-14T09:00".into()));
        assert_eq!(
            last(
                "In January, the company shuttered an app. Last fall, it killed off a service it had bought two years earlier.",
                "2013-03-15"
            ),
            "2010"
        );
        // (Only in the season's sentence.)
        assert_eq!(
            last(
                "A strike began last spring.\n\nFor the nine months, it earned $18.9 million, compared with a loss a year earlier.",
                "1989-10-20"
            ),
            "1988"
        );
        assert_eq!(
            last(
                "The House passed a version that would fund agencies through September.",
                "2013-03-11"
            ),
            "2013-09"
        );
    }

    #[test]
    fn holidays_naming_things_reports_at_briefings_and_adverbs_after_had() {
        assert_eq!(
            tag(
                "Congress left for its two-week Easter recess.",
                "2013-03-22"
            ),
            vec![("two-week".into(), "P2W".into())]
        );
        assert!(tag("Volunteers sold Christmas trees.", "2013-12-02").is_empty());
        assert_eq!(
            one("Stores were busy before Christmas.", "2013-12-27").1,
            "2013-12-25"
        );
        let t = tag(
            "Homes were emptied by 6 p.m. Wednesday. Hostetler said at a briefing Thursday morning that more was needed. Crews stopped both leaks by about 11 p.m., he said.",
            "2013-03-21",
        );
        assert_eq!(t[2], ("about 11 p.m.".into(), "2013-03-20T23:00".into()));
        assert_eq!(
            one(
                "By February, I think he'd pretty much made up his mind.",
                "2013-03-27"
            )
            .1,
            "2013-02"
        );
        assert_eq!(
            one(
                "He backed a bill that keeps the government running through Sept. 30.",
                "2013-03-22"
            )
            .1,
            "2013-09-30"
        );
    }

    #[test]
    fn threats_look_ahead_holy_days_and_days_told_to_reporters() {
        assert_eq!(
            one(
                "Air traffic controllers have threatened action in April.",
                "2013-03-28"
            )
            .1,
            "2013-04"
        );
        assert_eq!(
            one(
                "Processions fill the streets on Holy Thursday.",
                "2013-03-19"
            )
            .1,
            "2013-03-28"
        );
        assert_eq!(
            one("The brotherhood marches on Holy Wednesday.", "2013-03-19").1,
            "2013-03-27"
        );
        let t = tag(
            "The two men escaped early Thursday. \"They had a head start,\" the sheriff told reporters Friday morning. A deputy found the truck at 5 a.m., the sheriff said.",
            "2013-03-22",
        );
        assert_eq!(t[2], ("5 a.m.".into(), "2013-03-21T05:00".into()));
    }

    #[test]
    fn weekdays_that_look_states_with_with_and_the_following_month() {
        assert_eq!(
            tag(
                "Once the storm pulls away, Thursday and Friday look dry but chilly.",
                "2013-03-18"
            ),
            vec![
                ("Thursday".into(), "2013-03-21".into()),
                ("Friday".into(), "2013-03-22".into()),
            ]
        );
        assert_eq!(
            one(
                "Crews are working at 200 sites, with the main line closed until Tuesday morning.",
                "2013-03-29"
            )
            .1,
            "2013-04-02TMO"
        );
        assert_eq!(
            last(
                "The two presidents last met in June 2011. A meeting in Sochi the following January produced only a pledge.",
                "2013-03-20"
            ),
            "2012-01"
        );
        // After a year told with no month.
        assert_eq!(
            last(
                "He lost his seat in 1978 and left Congress the following January.",
                "2015-04-20"
            ),
            "1979-01"
        );
        assert_eq!(
            last(
                "The war ended in May 1945. The previous October, he had fled.",
                "2013-03-20"
            ),
            "1944-10"
        );
    }

    #[test]
    fn deadlines_at_the_least_and_a_midnight_that_opened_today() {
        assert_eq!(
            one(
                "The company halted production until at least Monday.",
                "2013-03-29"
            )
            .1,
            "2013-04-01"
        );
        assert_eq!(
            tag(
                "Drivers were told to stay off the roads until noon, and police said they responded to 200 crashes between midnight and 9 a.m.",
                "2013-03-19"
            )[1..],
            [
                ("midnight".to_string(), "2013-03-19T00:00".to_string()),
                ("9 a.m.".to_string(), "2013-03-19T09:00".to_string()),
            ]
        );
    }

    #[test]
    fn habits_are_no_schedule_and_seasons_ago() {
        assert_eq!(
            tag(
                "Chinese buyers typically return to the market in late February, after the Lunar New Year break.",
                "2013-03-06"
            ),
            vec![
                ("late February".into(), "2013-02".into()),
                ("Lunar New Year".into(), "2013-02-10".into()),
            ]
        );
        // (Without the habit, a schedule ahead.)
        assert_eq!(one("Buyers return in February.", "2013-03-06").1, "2014-02");
        assert_eq!(one("It closed two summers ago.", "2013-03-27").1, "2011-SU");
        assert_eq!(
            one("Two summers ago, the lake dried up.", "2019-07-23").1,
            "2017-SU"
        );
        assert_eq!(
            one("It snowed hard two winters ago.", "2014-11-14").1,
            "2012-WI"
        );
    }

    #[test]
    fn a_present_complement_after_a_saying() {
        assert_eq!(
            tag(
                "Forecasters said the most likely window is between mid-April and early May.",
                "2013-03-14"
            ),
            vec![
                ("mid-April".into(), "2013-04".into()),
                ("early May".into(), "2013-05".into()),
            ]
        );
        // (The saying's own past still dates what it tells.)
        assert_eq!(
            one("He said sales fell in April.", "2013-03-14").1,
            "2012-04"
        );
    }

    #[test]
    fn round_the_clock_is_one_set() {
        let kinds = |text: &str| typed(text, "2013-03-21");
        assert_eq!(
            kinds("The hotline is staffed 24 hours a day."),
            [("24 hours a day".into(), TimexType::Set, "P1D".into())]
        );
        // (Any other count of hours a day is a span and a rate.)
        assert_eq!(
            kinds("Towns suffer power cuts of 20 hours a day."),
            [
                ("20 hours".into(), TimexType::Duration, "PT20H".into()),
                ("a day".into(), TimexType::Set, "P1D".into())
            ]
        );
    }

    #[test]
    fn a_part_of_the_day_in_a_past_clause_after_a_day_ahead() {
        let v = tag(
            "Results are expected April 15. Shares rose 4.6% in early afternoon trading.",
            "2013-03-14",
        );
        assert_eq!(v[1], ("early afternoon".into(), "2013-03-14TAF".into()));
        // (A day still to come keeps a part of the day told in the future.)
        let v = tag(
            "The vote is set for Friday. Polls will close in the evening.",
            "2013-03-14",
        );
        assert_eq!(v[1], ("the evening".into(), "2013-03-15TEV".into()));
    }

    #[test]
    fn a_range_opened_by_a_holiday_just_past_and_mothering_sunday() {
        let v = tag(
            "The AA expects 14 million cars on the roads between Good Friday and Easter Monday.",
            "2013-03-30",
        );
        assert_eq!(v[0], ("Good Friday".into(), "2013-03-29".into()));
        assert_eq!(v[1], ("Easter Monday".into(), "2013-04-01".into()));
        // (Alone, a holiday past looks a year ahead in a future clause.)
        assert_eq!(
            one("Stores will shut on Good Friday.", "2013-03-30").1,
            "2014-04-18"
        );
        // Britain's Mother's Day is Mothering Sunday, three weeks before Easter.
        assert_eq!(
            one(
                "Florists expect a busy Mother's Day, with bouquets at £30.",
                "2013-03-07"
            )
            .1,
            "2013-03-10"
        );
        assert_eq!(
            tag("Mothering Sunday falls this weekend.", "2019-03-27")[0].1,
            "2019-03-31"
        );
        assert_eq!(
            one("Florists expect a busy Mother's Day.", "2013-04-07").1,
            "2013-05-12"
        );
        // (Told within a week of Mothering Sunday, it is that Sunday.)
        assert_eq!(
            one(
                "Many people were out enjoying the sunshine on Mother's Day.",
                "2013-03-10"
            )
            .1,
            "2013-03-10"
        );
    }

    #[test]
    fn the_fraction_of_a_decimal_is_no_year() {
        assert!(tag("Gasoline settled at $3.1042 a gallon.", "2013-03-19").is_empty());
        assert!(tag("The yield was 2.1995 percent.", "2013-03-19").is_empty());
        // (A date written with full stops keeps its year.)
        assert_eq!(one("He was born on 5.6.1995.", "2013-03-19").1, "1995");
    }

    #[test]
    fn a_span_ahead_after_over_or_within() {
        let v = typed(
            "It plans to sell ships over the next year and hire within the coming month.",
            "2013-03-06",
        );
        assert_eq!(
            v[0],
            ("the next year".into(), TimexType::Duration, "P1Y".into())
        );
        assert_eq!(
            v[1],
            ("the coming month".into(), TimexType::Duration, "P1M".into())
        );
        // (Without the preposition of a span, the unit ahead.)
        assert_eq!(
            one("The plant will reopen in the next week.", "2013-03-06").1,
            "2013-W11"
        );
    }

    #[test]
    fn a_warnings_term_past_a_clock_time_on_a_day() {
        let v = tag(
            "The Met Office has issued a yellow warning for rain across Devon and Cornwall from 18:00 on Monday until midday on Tuesday.",
            "2013-03-03",
        );
        assert_eq!(
            v,
            vec![
                ("18:00".into(), "2013-03-04T18:00".into()),
                ("Monday".into(), "2013-03-04".into()),
                ("midday".into(), "2013-03-05T12:00".into()),
                ("Tuesday".into(), "2013-03-05".into()),
            ]
        );
        // (A past verb between keeps the term told in the past.)
        assert_eq!(
            tag(
                "A wind advisory stayed in effect until noon on Saturday.",
                "2013-03-03"
            )[1]
            .1,
            "2013-03-02"
        );
    }

    #[test]
    fn a_past_clock_after_a_day_ahead_goes_on_with_the_day_past() {
        let v = tag(
            "The union reached a deal late Friday night, days before the walkout set for 12:01 a.m. Monday. Negotiators emerged at about 11:30 p.m., looking tired.",
            "2013-03-02",
        );
        assert_eq!(
            v[2],
            ("12:01 a.m. Monday".into(), "2013-03-04T00:01".into())
        );
        assert_eq!(v[3], ("about 11:30 p.m.".into(), "2013-03-01T23:30".into()));
        // (A day told in a quote is not the story's: the DCT's.)
        let v = tag(
            "\"I told the trainers Saturday night I would play,\" Fields said. He will have an MRI on Monday. The game did not end until 4:58 p.m.",
            "2013-11-24",
        );
        assert_eq!(v[2], ("4:58 p.m.".into(), "2013-11-24T16:58".into()));
    }

    #[test]
    fn have_after_a_modal_as_a_main_verb_looks_ahead() {
        for text in [
            "The utility warned that some may not have service restored until Tuesday.",
            "They could have a decision by Friday.",
        ] {
            assert!(
                tag(text, "2013-03-31")[0].1.as_str() > "2013-03-31",
                "{text}"
            );
        }
        // (A perfect after a modal looks back.)
        assert_eq!(
            one("He may have left on Tuesday.", "2013-03-31").1,
            "2013-03-26"
        );
    }

    #[test]
    fn ages_in_a_range_are_no_spans() {
        for text in [
            "They range in age from 8 months to 41 years.",
            "The victims, ages 8 months to 41 years, were treated.",
            "The boy, aged 8 months, was treated.",
        ] {
            assert!(tag(text, "2013-03-19").is_empty(), "{text}");
        }
        // (The verb "aged" counts a span.)
        assert_eq!(one("Gavin has aged ten years.", "2013-10-16").1, "P10Y");
    }

    #[test]
    fn a_season_naming_a_thing_of_its_own_is_no_time() {
        for text in [
            "Clocks spring forward.",
            "Students leave for spring break.",
            "The winter session of parliament opened.",
            "Crews prepared for the spring thaw.",
            "The summer holidays are busy for resorts.",
            "Visitors had not expected to find winter conditions.",
            "Stations must sell the cleaner summer blend.",
            "The weather service will release its spring flood outlook.",
            "It is one of the best-known winter routes.",
        ] {
            assert!(tag(text, "2013-03-10").is_empty(), "{text}");
        }
        // (A season alone is one.)
        assert_eq!(
            one("Planting begins in the spring.", "2013-03-10").1,
            "2013-SP"
        );
    }

    #[test]
    fn degrees_far_from_their_word_and_last_easter_on_easter() {
        assert_eq!(
            tag(
                "Temperatures on the Plains were expected to climb back into the 50s by the weekend. He grew up in the 50s.",
                "2013-03-05"
            ),
            vec![
                ("the weekend".into(), "2013-W10-WE".into()),
                ("the 50s".into(), "195".into()),
            ]
        );
        assert_eq!(
            one("Crowds were smaller than last Easter.", "2013-03-31").1,
            "2012-04-08"
        );
        assert_eq!(
            one("Crowds were smaller than last Easter.", "2013-04-10").1,
            "2013-03-31"
        );
    }

    #[test]
    fn a_weekdays_event_told_ahead_keeps_its_day() {
        let days = |text: &str, dct: &str| -> Vec<String> {
            tag(text, dct).into_iter().map(|(_, v)| v).collect()
        };
        // (Told on Tuesday 2013-05-14: Thursday ahead, then its vote dismissed.)
        assert_eq!(
            days(
                "House Republicans will vote Thursday to repeal the law. Democrats dismissed Thursday's vote as a waste of time.",
                "2013-05-14"
            ),
            ["2013-05-16", "2013-05-16"]
        );
        // (Yesterday's outbreak is the news, whatever was told of next Sunday.)
        assert_eq!(
            days(
                "A new system will arrive Sunday. Officials said the count from Sunday's outbreak was likely to rise.",
                "2013-11-18"
            ),
            ["2013-11-24", "2013-11-17"]
        );
        // (With no day told ahead, the past clause decides.)
        assert_eq!(
            days(
                "Democrats dismissed Thursday's vote as a waste of time.",
                "2013-05-14"
            ),
            ["2013-05-09"]
        );
    }

    #[test]
    fn a_day_after_a_clock_range_and_a_plan_that_was_supposed() {
        assert_eq!(
            tag(
                "Anyone who visited the mall between noon and 4 p.m. on March 9 may have been exposed.",
                "2013-03-21"
            ),
            vec![
                ("noon".into(), "2013-03-09T12:00".into()),
                ("4 p.m.".into(), "2013-03-09T16:00".into()),
                ("March 9".into(), "2013-03-09".into()),
            ]
        );
        // (Told on a Monday: the plan may have failed, its day the nearest.)
        assert_eq!(
            one("It was supposed to return Sunday.", "2013-03-25").1,
            "2013-03-24"
        );
        assert_eq!(
            one("It is supposed to return Sunday.", "2013-03-25").1,
            "2013-03-31"
        );
    }

    #[test]
    fn pairs_ahead_debts_fallen_due_quarters_to_come_and_zoned_noons() {
        assert_eq!(
            tag(
                "That warm-up has raised concerns about flooding later this month and in April.",
                "2013-03-04"
            )[1]
            .1,
            "2013-04"
        );
        // (Not after a time that is not said to lie ahead.)
        assert_eq!(
            tag("Sales rose this month and in February.", "2013-03-04")[1].1,
            "2013-02"
        );
        assert_eq!(
            one(
                "It restructured debt that came due in January.",
                "2013-03-01"
            )
            .1,
            "2013-01"
        );
        assert_eq!(
            one(
                "The company expects results from that trial in the fourth quarter.",
                "2013-03-12"
            )
            .1,
            "2013-Q4"
        );
        // (A report of the quarter just ended, and a perfect, still look back.)
        assert_eq!(
            one("It will report fourth-quarter results.", "2013-02-14").1,
            "2012-Q4"
        );
        assert_eq!(
            tag(
                "Analysts expect earnings to have risen 2.9% in the fourth quarter.",
                "2013-01-21"
            )[0]
            .1,
            "2012-Q4"
        );
        assert_eq!(
            one(
                "Trading resumes at noon Eastern time Wednesday.",
                "2013-03-21"
            ),
            (
                "noon Eastern time Wednesday".into(),
                "2013-03-27T12:00".into()
            )
        );
        assert_eq!(
            tag(
                "The Met Office has issued a yellow warning for snow covering Thursday and Friday.",
                "2013-03-18"
            ),
            vec![
                ("Thursday".into(), "2013-03-21".into()),
                ("Friday".into(), "2013-03-22".into()),
            ]
        );
    }

    #[test]
    fn sources_past_plans_that_stood_and_years_before_a_quarter() {
        // (Told on Sunday 2013-03-10.)
        assert_eq!(
            one(
                "The company plans to sell 9.4 million shares, according to a regulatory filing Friday.",
                "2013-03-10"
            )
            .1,
            "2013-03-08"
        );
        assert_eq!(
            one(
                "The agency had been scheduled to rule by Dec. 28.",
                "2013-03-25"
            )
            .1,
            "2012-12-28"
        );
        assert_eq!(
            one("The agency is scheduled to rule by Dec. 28.", "2013-03-25").1,
            "2013-12-28"
        );
        // (A plan that stood and still lies ahead keeps its month ahead.)
        assert_eq!(
            one(
                "The trust had planned to add six schools by September.",
                "2013-03-15"
            )
            .1,
            "2013-09"
        );
        assert_eq!(
            tag(
                "She was named chief operating officer in 2010. Train speed rose to 26 miles an hour in the fourth quarter from 23 miles an hour two years earlier.",
                "2013-03-28"
            )[2]
                .1,
            "2010"
        );
    }

    #[test]
    fn compounds_of_comparison_and_participles_sharing_a_modal() {
        assert_eq!(
            tag(
                "The report showed stronger-than-expected hiring in February.",
                "2013-03-11"
            )[0]
            .1,
            "2013-02"
        );
        assert_eq!(
            one(
                "Some heavier styles will be packed away and brought back in the fall.",
                "2013-03-07"
            )
            .1,
            "2013-FA"
        );
        // (Not a reporting verb after "and": "has urged Congress to act and said Tuesday".)
        assert_eq!(
            one(
                "Biden, who will take office, has urged Congress to act quickly and said Tuesday that it matters.",
                "2020-11-25"
            )
            .1,
            "2020-11-24"
        );
    }

    #[test]
    fn terms_at_least_delivery_months_plans_of_events_and_years_of_a_sentence() {
        // (Told on Sunday 2013-03-03.)
        assert_eq!(
            one(
                "Sailings have been cancelled until at least Tuesday.",
                "2013-03-03"
            )
            .1,
            "2013-03-05"
        );
        assert_eq!(
            tag(
                "On Friday, the most actively traded contract, for delivery in May, settled at $1.39 a pound.",
                "2013-03-02"
            )[1]
                .1,
            "2013-05"
        );
        assert_eq!(
            one(
                "The union plans a rally outside the plant gates Monday afternoon.",
                "2013-03-01"
            )
            .1,
            "2013-03-04TAF"
        );
        assert_eq!(
            tag(
                "The law was signed in July 2010. So far this year, 41 deals involving U.S. banks have been announced, compared with 37 in the same period a year earlier.",
                "2013-03-02"
            )[2]
                .1,
            "2012"
        );
    }

    #[test]
    fn a_next_days_event_after_a_past_clause_and_a_name_that_set_out() {
        // (Told on Friday 2013-03-22.)
        assert_eq!(
            one(
                "The manager was sacked following Saturday's defeat.",
                "2013-03-22"
            )
            .1,
            "2013-03-16"
        );
        assert_eq!(
            one(
                "The outcome of Saturday's vote is far from certain.",
                "2013-03-22"
            )
            .1,
            "2013-03-23"
        );
        // (Told on Thursday 2013-03-14.)
        assert_eq!(
            one("Marsh set out alone Tuesday morning.", "2013-03-14").1,
            "2013-03-12TMO"
        );
    }

    #[test]
    fn participles_of_relation_and_what_is_due_after_its_noun() {
        assert_eq!(
            one(
                "It expects to take a charge of about $85 million in the second quarter related to the closing.",
                "2013-03-07"
            )
            .1,
            "2013-Q2"
        );
        assert_eq!(
            one(
                "Veridian is testing Lumexa, with results from a study due in the fourth quarter.",
                "2013-03-20"
            )
            .1,
            "2013-Q4"
        );
        // (A plan as it stood: "was originally due in March", told in May.)
        assert_eq!(
            one("The decision was originally due in March.", "2021-05-25").1,
            "2021-03"
        );
        assert_eq!(
            tag(
                "They were jailed for four years and 30 months respectively.",
                "2013-03-21"
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_clock_of_trading_is_the_dcts() {
        assert_eq!(
            tag(
                "The company priced 9.3 million shares at $20 apiece Tuesday night. The stock first changed hands at 10:52 a.m. and closed at $27.61.",
                "2013-03-13"
            )[1]
                .1,
            "2013-03-13T10:52"
        );
        // (Not a clock of another story told the day before.)
        assert_eq!(
            tag(
                "The fire was reported Tuesday night. Crews arrived at 10:52 p.m.",
                "2013-03-13"
            )[1]
            .1,
            "2013-03-12T22:52"
        );
    }

    #[test]
    fn a_day_declared_a_holiday_and_a_participle_after_and_then() {
        // (Told on Monday 2013-03-25 and on Tuesday 2013-03-19.)
        assert_eq!(
            one(
                "The government declared Wednesday a national day of mourning.",
                "2013-03-25"
            )
            .1,
            "2013-03-27"
        );
        assert_eq!(
            one("Authorities declared Monday a bank holiday.", "2013-03-19").1,
            "2013-03-18"
        );
        assert_eq!(
            one(
                "The remains will be recorded in detail and then covered over at the end of April.",
                "2013-03-16"
            )
            .1,
            "2013-04"
        );
    }

    #[test]
    fn an_hour_of_a_part_of_a_day_told_by_its_relation() {
        for (text, want) in [
            (
                "He left at 8 o'clock yesterday morning.",
                ("8 o'clock yesterday morning", "2013-03-10T08:00"),
            ),
            (
                "He will leave at 3 o'clock tomorrow morning.",
                ("3 o'clock tomorrow morning", "2013-03-12T03:00"),
            ),
            (
                "He left at 5 o'clock yesterday afternoon.",
                ("5 o'clock yesterday afternoon", "2013-03-10T17:00"),
            ),
            (
                "He left at 8 a.m. yesterday morning.",
                ("8 a.m. yesterday morning", "2013-03-10T08:00"),
            ),
        ] {
            assert_eq!(
                one(text, "2013-03-11"),
                (want.0.into(), want.1.into()),
                "{text}"
            );
        }
        // ("the next morning": the day after the one told.)
        assert_eq!(
            tag(
                "The fire broke out on Feb. 23. He left at 11 o'clock the next morning.",
                "2013-03-11"
            )[1],
            (
                "11 o'clock the next morning".into(),
                "2013-02-24T11:00".into()
            )
        );
    }

    #[test]
    fn a_quotation_after_a_full_stop_opens_a_sentence() {
        // The year told in the paragraph before does not reach into the next sentence of
        // the quote.
        assert_eq!(
            last(
                "Yields rose to 158 bushels an acre, up from 123.4 bushels last year, when the worst drought in half a century scorched the Midwest.\n\n\"A year ago we were talking about $8 corn, and now we are talking about $4 before Thanksgiving,\" said Dale Hoffner, a broker in Chicago. \"Mild weather in July made this crop.\"",
                "2013-08-13",
            ),
            "2013-07"
        );
    }

    #[test]
    fn what_becomes_due_or_matures_is_scheduled() {
        for text in [
            "The company's contract with its pilots becomes amendable in October.",
            "The bond matures in October.",
        ] {
            assert_eq!(last(text, "2013-03-26"), "2013-10", "{text}");
        }
    }

    #[test]
    fn a_vote_to_act_in_a_month_looks_ahead() {
        // A vote's infinitive with a month: the month of the act, ahead ("voted to hire
        // him Monday night" keeps the day of the vote).
        for text in [
            "The board voted to close two elementary schools in June.",
            "The school board voted earlier this month to close two elementary schools in June.",
        ] {
            assert_eq!(last(text, "2013-03-20"), "2013-06", "{text}");
        }
        assert_eq!(
            last("The council voted to hire him Monday night.", "2013-03-20"),
            "2013-03-18TNI"
        );
    }

    #[test]
    fn a_verb_of_schedule_after_a_preposition_and_an_adjective_is_a_noun() {
        assert_eq!(
            last(
                "Last year, two walkers died in separate falls on Snowdon within a week of each other in January.",
                "2013-03-30",
            ),
            "2012-01"
        );
        // A clause after a conjunction keeps its verb: "before showers return on Tuesday".
        assert_eq!(
            last(
                "The forecast is for a fine evening tonight before showers return on Tuesday.",
                "2013-06-09",
            ),
            "2013-06-11"
        );
    }

    #[test]
    fn they_want_to_is_an_intent_ahead() {
        assert_eq!(
            last(
                "Democratic leaders have said they want to finish by Saturday.",
                "2013-03-19",
            ),
            "2013-03-23"
        );
    }

    #[test]
    fn a_contract_month_is_a_delivery_month_ahead() {
        assert_eq!(
            last(
                "The benchmark May arabica contract settled down 4.15 cents at $1.3410 per lb.",
                "2013-03-27",
            ),
            "2013-05"
        );
        assert_eq!(
            last(
                "Traders rolled their positions forward before the March contract expired.",
                "2013-03-27"
            ),
            "2013-03"
        );
    }

    #[test]
    fn a_start_is_no_base_of_comparison() {
        assert_eq!(
            last(
                "SkyNord will cut daily flights to eight from 13 starting in April.",
                "2013-03-07",
            ),
            "2013-04"
        );
        // (The base of a change stays past: "down from 7.2 percent in March".)
        assert_eq!(
            last(
                "Unemployment fell to 6.9 percent, down from 7.2 percent in October.",
                "2013-03-07"
            ),
            "2012-10"
        );
    }

    #[test]
    fn a_vote_and_its_tally_and_day_before_the_infinitive() {
        assert_eq!(
            last(
                "The board voted 6-3 Monday night to close two elementary schools in June and lay off 85 teachers.",
                "2013-03-26",
            ),
            "2013-06"
        );
    }

    #[test]
    fn a_report_on_a_weekday_takes_the_tense_of_its_clause() {
        assert_eq!(
            one(
                "Investors will also be watching Friday's report on jobs.",
                "2013-03-31"
            ),
            ("Friday".into(), "2013-04-05".into())
        );
        assert_eq!(
            one("Stocks fell after Friday's report on jobs.", "2013-04-07"),
            ("Friday".into(), "2013-04-05".into())
        );
    }

    #[test]
    fn saint_is_a_title_before_a_name() {
        // "St. Paul" does not end the sentence: the plan before it still dates the day.
        assert_eq!(
            last(
                "The union will hold a rally at the State Capitol in St. Paul on Saturday.",
                "2013-03-04"
            ),
            "2013-03-09"
        );
        // A street's "St." after its name may end a sentence.
        assert_eq!(
            last(
                "The fire was on Main St. Firefighters arrived Saturday.",
                "2013-03-04"
            ),
            "2013-03-02"
        );
    }

    #[test]
    fn a_chance_of_a_thing_lies_ahead() {
        assert_eq!(
            last(
                "The weather service said there is a chance of flooding in April.",
                "2013-03-14"
            ),
            "2013-04"
        );
    }

    #[test]
    fn a_participle_before_its_noun_is_an_adjective() {
        for (text, dct, want) in [
            (
                "Households in the district will receive new 140-litre wheeled bins during May, along with a leaflet.",
                "2013-03-22",
                "2013-05",
            ),
            (
                "The board will hold a public hearing on proposed service cuts in June.",
                "2013-03-29",
                "2013-06",
            ),
        ] {
            assert_eq!(last(text, dct), want, "{text}");
        }
        // (A verb before a day keeps its tense: "The S&P 500 ended Friday at 1691.65".)
        assert_eq!(
            last("The S&P 500 ended Friday at 1691.65.", "2013-07-28"),
            "2013-07-26"
        );
    }

    #[test]
    fn a_relative_clause_keeps_the_tense_of_its_verb() {
        assert_eq!(
            last(
                "People who got sick after late February may not yet be counted.",
                "2013-03-15"
            ),
            "2013-02"
        );
        // (Not a bound in it: "workers who did not report for duty by Thursday could face
        // dismissal".)
        assert_eq!(
            last(
                "It warned that workers who did not report for duty by Thursday could face dismissal.",
                "2013-03-26"
            ),
            "2013-03-28"
        );
    }

    #[test]
    fn what_is_for_a_month_just_ended_is_past() {
        assert_eq!(
            tag(
                "Ms Marsh said all staff would be paid in full for February, and that wages for March would be paid as normal.",
                "2013-03-01"
            )[0]
            .1,
            "2013-02"
        );
    }

    #[test]
    fn what_is_due_to_happen_lies_ahead() {
        assert_eq!(
            last(
                "The association said small schools were under pressure, with changes to school funding due to come into effect in April.",
                "2013-03-26"
            ),
            "2013-04"
        );
        // (As it stood: "Polls had been due to close at 4 p.m.", of the day before.)
        assert_eq!(
            last(
                "Voters cast ballots on Saturday. Polls had been due to close at 4 p.m., but voting was extended.",
                "2014-04-06"
            ),
            "2014-04-05T16:00"
        );
    }

    #[test]
    fn a_number_after_of_is_a_noun_of_its_own() {
        assert_eq!(
            last("The round of 64 begins Thursday.", "2013-03-16"),
            "2013-03-21"
        );
    }

    #[test]
    fn a_frame_reaches_the_verb_past_a_long_subject() {
        assert_eq!(
            tag(
                "The bell has rung since 1911. On Tuesday, the 640 registered voters of this town on the Down East coast will decide whether it rings after June.",
                "2013-03-10"
            )[1]
            .1,
            "2013-03-12"
        );
    }

    #[test]
    fn a_vote_to_act_at_the_end_of_a_month_looks_ahead() {
        assert_eq!(
            last(
                "The cabinet voted on Friday to shut three primary schools at the end of July.",
                "2013-03-16"
            ),
            "2013-07"
        );
    }

    #[test]
    fn a_holiday_just_past_ahead_of_a_past_clause_is_this_years() {
        assert_eq!(
            last(
                "The index closed at 1569.19 on Thursday, ahead of the Good Friday holiday.",
                "2013-03-31"
            ),
            "2013-03-29"
        );
        // (Ahead of a clause of the future, next year's: "will close ahead of Good Friday".)
        assert_eq!(
            last(
                "Markets will close early ahead of Good Friday.",
                "2013-03-31"
            ),
            "2014-04-18"
        );
    }

    #[test]
    fn what_is_lined_up_lies_ahead() {
        assert_eq!(
            last(
                "Eleven companies have priced IPOs this month, and several larger deals are lined up for April.",
                "2013-03-24"
            ),
            "2013-04"
        );
    }

    #[test]
    fn a_range_of_weekdays_runs_forward() {
        let v = tag(
            "The line will be closed from 23:00 GMT on Friday until 05:00 on Monday, Network Rail said.",
            "2013-03-09",
        );
        let values: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            values,
            [
                "2013-03-08T23:00",
                "2013-03-08",
                "2013-03-11T05:00",
                "2013-03-11"
            ]
        );
    }

    #[test]
    fn a_bare_form_after_an_article_and_a_word_is_a_noun() {
        assert_eq!(
            last(
                "Last week, Wal-Mart said sales got off to a slow start in February, citing the tax increase.",
                "2013-03-01"
            ),
            "2013-02"
        );
    }

    #[test]
    fn minutes_in_a_part_of_the_day_are_one_time() {
        assert_eq!(
            one("White smoke rose at 7:06 in the evening.", "2013-03-13"),
            ("7:06 in the evening".into(), "2013-03-13T19:06".into())
        );
        assert_eq!(
            one("The launch is set for 9:30 tonight.", "2013-03-31"),
            ("9:30 tonight".into(), "2013-03-31T21:30".into())
        );
    }

    #[test]
    fn weekends_of_a_day_spans_rather_than_and_nights_of_a_story() {
        // "the weekend of 19 January": one expression, that day's weekend.
        assert_eq!(
            tag(
                "He asked anyone walking on the hills on the weekend of 19 January to call.",
                "2013-03-09"
            ),
            [("the weekend of 19 January".into(), "2013-W03-WE".into())]
        );
        // "within weeks rather than months": a pair of unstated spans.
        assert_eq!(
            tag(
                "We hope to conclude a sale within weeks rather than months.",
                "2013-03-18"
            ),
            [
                ("weeks".into(), "PXW".into()),
                ("months".into(), "PXM".into())
            ]
        );
        // "were going door to door": no "going to", so a past clause.
        let t = tag(
            "Firefighters were called shortly before 9 p.m. Friday after a motorist reported flames. By 10:30 p.m., police officers were going door to door.",
            "2013-03-02",
        );
        assert_eq!(t[1], ("10:30 p.m.".into(), "2013-03-01T22:30".into()));
        // Past the day of a report, "through the night" is the story's night, and a small
        // hour after it is past its midnight, however far on.
        let t = tag(
            "Firefighters were called shortly before 9 p.m. Friday. The warehouse held fertilizer, Dorsey told reporters at a briefing Saturday. His biggest worry through the night, he said, was a storage room at the back of the building that held several tons of ammonium nitrate. \"We were very concerned about that room,\" Dorsey said. \"Once we knew the fire wasn't going to reach it, we could breathe.\" Crews had the blaze under control by about 1 a.m.",
            "2013-03-02",
        );
        assert_eq!(t[2], ("the night".into(), "2013-03-01TNI".into()));
        assert_eq!(t[3], ("about 1 a.m.".into(), "2013-03-02T01:00".into()));
        // (A night before a noun, "after late-night talks", is no such night.)
        let t = tag(
            "A deal has been struck after late-night talks on the charter between the three main parties, which had met for many hours at the office of the Labour leader in Westminster. The breakthrough came at about 02:30 GMT.",
            "2013-03-18",
        );
        assert_eq!(
            t.last().unwrap(),
            &("about 02:30 GMT".into(), "2013-03-18T02:30".into())
        );
    }

    #[test]
    fn a_couple_of_units_past_or_next_and_nouns_in_s_after_a_participle() {
        // "the next couple of years" is two, as "a couple of years" is.
        assert_eq!(
            tag(
                "Prices will rise over the next couple of years and fell over the past couple of days.",
                "2013-03-11"
            ),
            [
                ("the next couple of years".into(), "P2Y".into()),
                ("the past couple of days".into(), "P2D".into())
            ]
        );
        // ("the next few years" stays unstated.)
        assert_eq!(
            one("It will grow in the next few years.", "2013-03-11").1,
            "PXY"
        );
        // "made unannounced visits in January": a noun, no present verb of a schedule.
        assert_eq!(
            one(
                "Inspectors made unannounced visits to two hospitals in January.",
                "2013-03-07"
            )
            .1,
            "2013-01"
        );
        // (Not after a noun: "The president visits Ohio on Tuesday" looks ahead.)
        assert_eq!(
            one("The president visits Ohio on Tuesday.", "2013-03-07").1,
            "2013-03-12"
        );
    }

    #[test]
    fn obligations_denied_bookings_and_the_terms_of_watches() {
        // "didn't have to" tells of a past obligation, not one ahead.
        assert_eq!(
            one(
                "They didn't have to mark things down as much in January.",
                "2013-03-07"
            )
            .1,
            "2013-01"
        );
        assert_eq!(
            one("Brazil still has to play in April.", "2013-03-07").1,
            "2013-04"
        );
        // What passengers are booked or ticketed to do lies ahead.
        assert_eq!(
            one("Carriers said they would waive fees for passengers ticketed to fly through Wednesday.", "2013-03-04").1,
            "2013-03-06"
        );
        // A watch's term lies ahead of its issuing, a clock time before its day too.
        assert_eq!(
            tag(
                "The weather service issued a flash flood watch for the burn area from 4 a.m. Wednesday through Thursday afternoon.",
                "2018-12-04"
            ),
            [
                ("4 a.m. Wednesday".into(), "2018-12-05T04:00".into()),
                ("Thursday afternoon".into(), "2018-12-06TAF".into())
            ]
        );
        // (Not one told as it was: "a warning was in effect from Sunday".)
        assert_eq!(
            one("A flood warning was in effect from Sunday.", "2013-03-20").1,
            "2013-03-17"
        );
        // A range with its end a week or more after its start starts in the end's week.
        let lx = Lexicon::parse(LEXICON).unwrap();
        let text = "closed from 6 p.m. Sunday until noon Monday";
        let at = |x: &str| text.find(x).unwrap();
        let timex = |x: &str, value: &str| Timex {
            start: at(x),
            end: at(x) + x.len(),
            kind: TimexType::Time,
            value: value.into(),
            modifier: None,
        };
        let mut out = [
            timex("6 p.m. Sunday", "2013-03-17T18:00"),
            timex("noon Monday", "2013-03-25T12:00"),
        ];
        weekday_ranges(&lx, text, &mut out);
        assert_eq!(out[0].value, "2013-03-24T18:00");
    }

    #[test]
    fn summons_closing_prices_frames_after_a_colon_and_a_wraps_day_told() {
        // What one has been called to lies ahead.
        assert_eq!(
            one(
                "A government mediator has called both sides to a meeting in Santiago on Friday.",
                "2013-03-07"
            )
            .1,
            "2013-03-08"
        );
        // A closing price on a day is a past one, in a clause ahead too.
        assert_eq!(
            one("The buyer will pay $34 a share, a 27 percent premium over the closing stock price Friday.", "2013-03-25").1,
            "2013-03-22"
        );
        // A colon opens the clause of a date framed by a comma.
        assert_eq!(
            one(
                "That limit may prove too high: by Friday, fishermen had landed only half of it.",
                "2013-03-17"
            )
            .1,
            "2013-03-15"
        );
        // (Not a clock time's colon: "will begin at 21:00 on Monday, with diversions".)
        assert_eq!(
            tag(
                "The first closure will begin at 21:00 on Monday, with diversions signed.",
                "2013-03-09"
            )[1]
            .1,
            "2013-03-11"
        );
        // A wrap's trading day stays the one told in the clock's own sentence.
        let t = tag(
            "Markets were closed Friday for Good Friday. Trading was light Thursday, and the bond market closed early, at 2 p.m., as many traders left.",
            "2013-03-30",
        );
        assert_eq!(
            t.last().unwrap(),
            &("2 p.m.".into(), "2013-03-28T14:00".into())
        );
    }

    #[test]
    fn seasons_joined_and_possessive_days_of_a_compound_event() {
        // A bare season joined to the one before takes its year.
        assert_eq!(
            tag(
                "About 600 customers who had booked coach holidays for this spring and summer have been affected.",
                "2013-03-02"
            ),
            [
                ("this spring".into(), "2013-SP".into()),
                ("summer".into(), "2013-SU".into())
            ]
        );
        // (Not one that tells its own: "between last summer and this spring".)
        assert_eq!(
            tag(
                "Voters were dropped from the rolls between last summer and this spring.",
                "2016-04-20"
            )[1]
            .1,
            "2016-SP"
        );
        // A possessive day of an event past its hyphenated modifiers takes the clause's
        // tense.
        assert_eq!(
            one("Landry will lead the 13th-seeded Falcons against fourth-seeded Northern Valley in Thursday's second-round game.", "2013-03-19").1,
            "2013-03-21"
        );
    }

    #[test]
    fn departures_deadlines_on_a_weekday_and_possessives_after_a_participle() {
        // "set out" is a departure, past in a past story; not after a modal.
        assert_eq!(
            one(
                "The two hikers set out Saturday morning on the Peralta Trail.",
                "2013-03-15"
            )
            .1,
            "2013-03-09TMO"
        );
        assert_eq!(
            one(
                "The government should set out a long-term plan in the state budget in May.",
                "2023-02-02"
            )
            .1,
            "2023-05"
        );
        // "until 00:01 on Tuesday": a deadline past its clock time; not a full date.
        assert_eq!(
            tag(
                "The drugmaker has until 5 p.m. on Monday to make a firm offer.",
                "2014-05-30"
            )[1]
            .1,
            "2014-06-02"
        );
        assert_eq!(
            tag(
                "She did not reach a ward until 4.15am on 16 January.",
                "2019-04-07"
            )[1]
            .1,
            "2019-01-16"
        );
        // A participle before a possessive day dates it, in the past.
        assert_eq!(
            one(
                "He said the scheme, unveiled in Wednesday's Budget, would help families.",
                "2013-03-24"
            )
            .1,
            "2013-03-20"
        );
    }

    #[test]
    fn the_next_month_told_in_the_past_and_aims() {
        // "the next month" after a month told in a past clause is the month after it.
        assert_eq!(
            tag(
                "Voters banned fracking last November, and the state sued the city the next month.",
                "2013-03-09"
            )[1]
            .1,
            "2012-12"
        );
        // (Not in a clause that looks ahead: "expects to recover the next month" is the
        // DCT's next, whatever month was told before.)
        assert_eq!(
            tag(
                "Sales fell in January, and the company expects to recover the next month.",
                "2013-03-09"
            )[1]
            .1,
            "2013-04"
        );
        // What one is aiming, hoping or seeking to do lies ahead.
        assert_eq!(
            one("People familiar with the matter said it is aiming to price the offering in late April.", "2013-03-16").1,
            "2013-04"
        );
    }

    #[test]
    fn overnight_before_its_noun_is_no_time() {
        // An adjective of a habit or a thing, not a night.
        assert!(tag("He worked the overnight shift at the plant.", "2013-03-02").is_empty());
        assert!(tag("Expect overnight lows near 20.", "2013-03-02").is_empty());
        // A night told: alone, before a word of grammar, or what a market did that night.
        assert_eq!(
            one(
                "The storm passed overnight and the roads reopened.",
                "2013-03-02"
            ),
            ("overnight".into(), "2013-03-01TNI".into())
        );
        assert_eq!(
            one("Shares fell on overnight losses in New York.", "2013-03-02"),
            ("overnight".into(), "2013-03-01TNI".into())
        );
    }

    #[test]
    fn an_evening_time_goes_with_the_night_told() {
        // Past a day of a report, the evening's time of a past clause is of the night told.
        let t = tag(
            "A fire tore through a plant Friday night, officials said Saturday. Two firefighters \
             were released early Saturday. The fire was reported at about 9:40 p.m. and was \
             under control at 5:10 a.m.",
            "2013-03-02",
        );
        assert_eq!(t[3], ("about 9:40 p.m.".into(), "2013-03-01T21:40".into()));
        assert_eq!(t[4], ("5:10 a.m.".into(), "2013-03-02T05:10".into()));
        // Not past a day of the story told at noon or later: "black smoke appeared Tuesday
        // night and again before noon Wednesday. … at 8:22 p.m." is Wednesday's.
        let t = tag(
            "Black smoke appeared Tuesday night and again shortly before noon Wednesday. The \
             new pope appeared on the balcony at 8:22 p.m.",
            "2013-03-13",
        );
        assert_eq!(t[2], ("8:22 p.m.".into(), "2013-03-13T20:22".into()));
    }

    #[test]
    fn same_month_a_year_back_holidays_behind_and_hours_of_yesterday() {
        // "the same month last year": the month told, a year back.
        assert_eq!(
            last(
                "Like-for-like sales in February fell 1.1% compared with the same month last \
                 year.",
                "2013-03-27"
            ),
            "2012-02"
        );
        // Ahead of a past clause, a holiday five months off or more is last year's; one
        // weeks off is this year's.
        assert_eq!(
            one(
                "Manufacturers stocked up on components ahead of Christmas.",
                "2013-03-27"
            ),
            ("Christmas".into(), "2012-12-25".into())
        );
        assert_eq!(
            one(
                "It cut prices to win share ahead of Christmas.",
                "2013-10-31"
            ),
            ("Christmas".into(), "2013-12-25".into())
        );
        // "2 o'clock yesterday": one time; a "yesterday" in the paragraph dates the speaker
        // to the DCT, so "tomorrow" is the DCT's next day.
        assert_eq!(
            tag(
                "\"I got here at 2 o'clock yesterday,\" Ruiz said. \"My mom is cooking dinner \
                 tomorrow.\"",
                "2013-03-30"
            ),
            [
                ("2 o'clock yesterday".into(), "2013-03-29T14:00".into()),
                ("tomorrow".into(), "2013-03-31".into())
            ]
        );
    }

    #[test]
    fn a_day_moved_ahead_takes_its_followers_and_a_plan_noun_is_no_verb() {
        // The auction moves into the year ahead; the week after it goes with it.
        assert_eq!(
            tag(
                "The company proposed a deadline of May 10 for bids, with an auction on May 14 \
                 and a hearing the following week.",
                "2013-03-23"
            )[2],
            ("the following week".into(), "2013-W21".into())
        );
        // "with a plan to hand control": a noun; "filed" dates the night.
        assert_eq!(
            one(
                "The chain filed for bankruptcy protection Friday night with a plan to hand \
                 control to its lenders.",
                "2013-03-23"
            ),
            ("Friday night".into(), "2013-03-22TNI".into())
        );
    }

    #[test]
    fn an_evening_time_after_a_night_long_past_is_of_it() {
        // With no tense of its own ("video shows"), an evening's time right after a night
        // told is of that night, not of the DCT.
        let t = tag(
            "Phone records place him near the marina on the night of April 14, 2011. Video \
             from a gas station shows a truck heading toward the creek at 11:52 p.m., \
             prosecutors say.",
            "2013-03-10",
        );
        assert_eq!(t[1], ("11:52 p.m.".into(), "2011-04-14T23:52".into()));
        // A morning's time is not: "Court convenes at 9 a.m." stays on the DCT's day.
        let t = tag(
            "He was seen on the night of April 14, 2011. The hearing is at 9 a.m.",
            "2013-03-10",
        );
        assert_eq!(t[1].0, "9 a.m.");
        assert_ne!(&t[1].1[..10], "2011-04-14");
    }

    #[test]
    fn hourly_pay_and_the_clock_of_a_market_close() {
        // "hourly workers": a way of paying; "hourly readings": a set.
        assert!(tag("The mill employs 280 hourly workers.", "2013-03-03").is_empty());
        assert_eq!(
            one("The station takes hourly readings.", "2013-03-03"),
            ("hourly".into(), "PT1H".into())
        );
        // "in 11:30 a.m. trading": the market's day is the DCT's, past a day told before.
        assert_eq!(
            last(
                "Kessler shares closed Thursday at $20. They jumped 24% to $25.95 in 11:30 \
                 a.m. trading on the Nasdaq Stock Market.",
                "2013-03-15"
            ),
            "2013-03-15T11:30"
        );
        // Told on a Saturday, the close is Friday's; a weekday after the market is the day.
        assert_eq!(
            last(
                "Shares fell 18% to $31.40 in 4 p.m. composite trading on the Nasdaq Stock \
                 Market.",
                "2013-03-23"
            ),
            "2013-03-22T16:00"
        );
        assert_eq!(
            tag(
                "The shares rose 24% to $37.05 in 4 p.m. composite trading on the New York \
                 Stock Exchange Friday.",
                "2013-03-09"
            )[0]
            .1,
            "2013-03-08T16:00"
        );
        // A decimal point does not end the sentence of the weekday told before the clock.
        assert_eq!(
            tag(
                "Shares fell in after-hours trading Tuesday, after closing at $28.56, up 1.1%, \
                 in 4 p.m. composite trading.",
                "2013-03-06"
            )[1]
            .1,
            "2013-03-05T16:00"
        );
    }

    #[test]
    fn an_evening_clock_tells_its_night() {
        // A crash at 7:42 p.m. Friday, told Saturday; "shortly before 11 p.m." is Friday's,
        // a long paragraph later.
        let t = tag(
            "A commuter plane crashed Friday evening, killing three people, authorities said \
             Saturday. It went down at 7:42 p.m., a spokeswoman said. The names of the dead \
             were being withheld Saturday until relatives could be told. Villagers set out on \
             snowmachines and reached the wreckage in less than an hour, and they kept the \
             four survivors warm in a nearby cabin, a tribal administrator said, sheltering \
             them through the storm while they waited for help from Bethel. A helicopter \
             arrived shortly before 11 p.m.",
            "2013-03-16",
        );
        assert_eq!(t.last().unwrap().1, "2013-03-15T23:00");
    }

    #[test]
    fn a_status_as_of_a_clock_a_deadline_named_by_its_day_and_present_headlines() {
        // "as of 2 p.m.": a status as it stands, the DCT's day, past a night told before.
        assert_eq!(
            last(
                "The governor declared an emergency on Tuesday night. About 160,000 customers \
                 were without electricity as of 2 p.m.",
                "2013-03-06"
            ),
            "2013-03-06T14:00"
        );
        // "a Friday deadline" lies ahead; "by the Tuesday deadline", one set before, may
        // have passed.
        assert_eq!(
            one("The union set a Friday deadline for talks.", "2013-03-20"),
            ("Friday".into(), "2013-03-22".into())
        );
        assert_eq!(
            one(
                "Shareholders tendered 99.3% of the shares by the Tuesday deadline.",
                "1989-11-02"
            ),
            ("Tuesday".into(), "1989-10-31".into())
        );
        // A headline tells in the present after a plural subject.
        assert_eq!(
            tag(
                "Transit workers set Monday strike deadline\n\nThe workers rejected the offer.",
                "2013-03-29"
            )[0]
            .1,
            "2013-04-01"
        );
    }

    #[test]
    fn relative_that_and_the_face_of_a_mountain() {
        // "that buried … Saturday": the verb of the relative clause dates the day.
        assert_eq!(
            tag(
                "A storm that buried the Dakotas under a foot of snow Saturday was expected to \
                 reach Minnesota.",
                "2013-03-03"
            )[0]
            .1,
            "2013-03-02"
        );
        // Not "that" after a verb of saying.
        assert_eq!(
            one(
                "Aid groups warned that forced returns ahead of the winter could put lives at \
                 risk.",
                "2023-10-26"
            ),
            ("the winter".into(), "2023-WI".into())
        );
        // "the north face": a side of a mountain, no verb of a schedule.
        assert_eq!(
            one(
                "The men got into difficulty on the mountain's north face on Saturday \
                 afternoon.",
                "2013-03-10"
            ),
            ("Saturday afternoon".into(), "2013-03-09TAF".into())
        );
    }

    #[test]
    fn months_of_that_year_after_a_bare_month() {
        // "of that year" names the year last written, past a bare month that took the
        // DCT's; the first month of the pair shares it.
        assert_eq!(
            tag(
                "He traded shares in 2010. He traded ahead of announcements in July and August \
                 of that year.",
                "2013-03-21"
            )[1..],
            [
                ("July".into(), "2010-07".into()),
                ("August of that year".into(), "2010-08".into())
            ]
        );
    }

    #[test]
    fn earlier_in_a_past_clause_and_a_market_holiday() {
        // Past a day ahead told since, "a week earlier" in a past clause counts from the
        // last day told not after the DCT.
        assert_eq!(
            last(
                "The Senate approved the tax Friday. The budget period ends June 30, 2015. A \
                 committee approved the bill a week earlier.",
                "2013-03-15"
            ),
            "2013-W10"
        );
        // "the Good Friday market holiday": the holiday, not a market named by it.
        assert_eq!(
            last(
                "Shares closed at $18.62 on Thursday, ahead of the Good Friday market holiday.",
                "2013-03-31"
            ),
            "2013-03-29"
        );
    }

    #[test]
    fn a_clock_in_another_zone_in_brackets_is_the_same_time() {
        // "(1300 GMT)" restates "9 p.m."; "about 2:30 a.m." after it is past midnight.
        assert_eq!(
            last(
                "The ferry left port at 9 p.m. (1300 GMT) on Friday for a crossing that takes \
                 about eight hours. It sent a distress call at about 2:30 a.m.",
                "2013-03-09"
            ),
            "2013-03-09T02:30"
        );
    }

    #[test]
    fn names_of_the_future_moves_out_and_pairs_from_the_dct() {
        // "Planning" in a name is no verb of the future.
        assert_eq!(
            one(
                "The City Planning Commission on Wednesday approved a plan.",
                "2013-03-28"
            ),
            ("Wednesday".into(), "2013-03-27".into())
        );
        // "moved out … by Monday evening": a move out, no deferral.
        assert_eq!(
            one(
                "About 3,000 people had been moved out of their homes by Monday evening.",
                "2013-03-26"
            ),
            ("Monday evening".into(), "2013-03-25TEV".into())
        );
        // A pair runs forward from the DCT's own day, not backward.
        let t = tag("Schools canceled classes Monday and Tuesday.", "2013-03-11");
        assert_eq!(t[1].1, "2013-03-12");
        let t = tag(
            "Following are statements made Friday and Thursday.",
            "1998-02-06",
        );
        assert_eq!(t[1].1, "1998-02-05");
    }

    #[test]
    fn every_other_weekday_is_a_set_and_a_habit() {
        assert_eq!(
            one("She visited her son every other Sunday.", "2013-03-10"),
            ("every other Sunday".into(), "XXXX-WXX-7".into())
        );
        // Its clock times are of no one day.
        assert_eq!(
            last(
                "The market opens every other Saturday at 9 a.m.",
                "2013-12-31"
            ),
            "XXXX-XX-XXT09:00"
        );
    }

    #[test]
    fn a_wish_bound_by_a_holiday_looks_to_the_next() {
        assert_eq!(
            one(
                "He said he hoped to be back in the building by Christmas.",
                "2013-03-31"
            ),
            ("Christmas".into(), "2013-12-25".into())
        );
        // Without a bound, a holiday months ahead of an untensed clause is last year's.
        assert_eq!(
            one("He said he wanted to be home at Christmas.", "2013-03-31").1,
            "2012-12-25"
        );
    }

    #[test]
    fn easter_weekends_saturdays_and_a_clock_next_thursday() {
        assert_eq!(
            tag(
                "Roads will be busy over the Easter bank holiday weekend and on Easter \
                 Saturday.",
                "2013-03-28"
            ),
            [
                ("Easter bank holiday weekend".into(), "2013-W13-WE".into()),
                ("Easter Saturday".into(), "2013-03-30".into())
            ]
        );
        assert_eq!(
            one(
                "The hearing is at 10:30 a.m. EDT next Thursday.",
                "2013-03-14"
            ),
            (
                "10:30 a.m. EDT next Thursday".into(),
                "2013-03-21T10:30".into()
            )
        );
    }

    #[test]
    fn next_easter_on_easter_and_a_clock_moved_to() {
        // Said on Easter Sunday, "next Easter" is the one after; "this Easter" is today.
        assert_eq!(
            tag(
                "We will be back next Easter, not this Easter.",
                "2013-03-31"
            ),
            [
                ("next Easter".into(), "2014-04-20".into()),
                ("this Easter".into(), "2013-03-31".into())
            ]
        );
        // "moved to 4 p.m. Sunday": the new date lies ahead; not the end of a range.
        assert_eq!(
            one("The departure was moved to 4 p.m. Sunday.", "2013-03-30").1,
            "2013-03-31T16:00"
        );
        assert_eq!(
            last(
                "Amtrak imposed speed restrictions from noon to 7 p.m. Saturday.",
                "2016-07-31"
            ),
            "2016-07-30T19:00"
        );
    }

    #[test]
    fn backshifted_clauses_modal_subjects_and_forecasts_look_ahead() {
        // A clause of time under "would" or "likely to" is a future told in the past.
        assert_eq!(
            one(
                "Forecasters said the system was likely to weaken as it crossed the Ohio \
                 Valley on Monday night.",
                "2013-03-02"
            )
            .1,
            "2013-03-04TNI"
        );
        assert_eq!(
            one(
                "The service said the system would strengthen as it crossed the Rockies and \
                 reach the Dakotas by Monday night.",
                "2013-03-03"
            )
            .1,
            "2013-03-04TNI"
        );
        // Not a plan as it stood, which the clause ended.
        assert_eq!(
            one(
                "Obama had been widely expected to order strikes until he announced on \
                 Saturday that he would seek a vote.",
                "2013-09-04"
            )
            .1,
            "2013-08-31"
        );
        // A day between a verb of saying and a modal is the modal's subject; not in a
        // relative clause, where the day is the saying's.
        assert_eq!(
            one(
                "The Met Office said Sunday morning could be colder still.",
                "2013-03-30"
            )
            .1,
            "2013-03-31TMO"
        );
        assert_eq!(
            one(
                "It was a deal that business owners in the state said Friday would salvage \
                 the season.",
                "2013-10-11"
            )
            .1,
            "2013-10-11"
        );
        // A possessive day before a modified event noun takes the clause's tense.
        assert_eq!(
            one(
                "Brandt will take caretaker charge for Tuesday night's home game.",
                "2013-03-10"
            )
            .1,
            "2013-03-12TNI"
        );
        assert_eq!(
            one(
                "She expected more announcements like Monday's when companies report.",
                "2013-03-19"
            )
            .1,
            "2013-03-18"
        );
        // A cause traced back to a day lies behind.
        assert_eq!(
            one(
                "The trigger really goes back to Friday's jobs report.",
                "2018-02-05"
            )
            .1,
            "2018-02-02"
        );
        // What is forecast for a place over a weekend lies ahead.
        assert_eq!(
            one(
                "More rain is forecast for the area over the weekend.",
                "2013-03-21"
            )
            .1,
            "2013-W12-WE"
        );
    }

    #[test]
    fn bank_holidays_of_may_and_august_take_their_article() {
        // The early May bank holiday is May's first Monday; the spring one its last; the
        // August (summer) one August's last Monday.
        assert_eq!(
            tag(
                "The line should reopen in time for the May bank holiday.",
                "2013-03-21"
            ),
            [("the May bank holiday".into(), "2013-05-06".into())]
        );
        assert_eq!(
            one("Work ends before the Spring Bank Holiday.", "2013-03-21").1,
            "2013-05-27"
        );
        assert_eq!(
            one(
                "Roads were quiet over the August bank holiday.",
                "2013-09-02"
            )
            .1,
            "2013-08-26"
        );
        // "the Fourth" alone keeps its own rule; "May Day" is May 1.
        assert_eq!(
            one("Fireworks lit the sky on May Day.", "2013-05-02").1,
            "2013-05-01"
        );
    }

    #[test]
    fn a_week_ahead_told_on_a_sunday_is_the_next_iso_week() {
        // Sunday 17 March 2013 ends ISO week 11: what is later in the week, or set for this
        // week, is in week 12.
        assert_eq!(
            tag(
                "More snow is expected later in the week. Talks resume later this week.",
                "2013-03-17"
            ),
            [
                ("later in the week".into(), "2013-W12".into()),
                ("later this week".into(), "2013-W12".into())
            ]
        );
        assert_eq!(
            one("The mayor is set to go on trial this week.", "2013-03-10").1,
            "2013-W11"
        );
        // A past clause keeps the week now ending; so does a week's own ranking.
        assert_eq!(one("Prices rose this week.", "2013-03-10").1, "2013-W10");
        assert_eq!(
            one(
                "Cedar Ridge, No. 3 in this week's poll, hosts Fairview.",
                "2013-10-20"
            )
            .1,
            "2013-W42"
        );
        // On a weekday, "later this week" is this week.
        assert_eq!(
            one("Talks resume later this week.", "2013-03-13").1,
            "2013-W11"
        );
    }

    #[test]
    fn bounds_held_by_a_perfect_rates_a_night_and_dates_before_a_schedule_verb() {
        // A bound's clause of cause after a comma has its own verb.
        assert_eq!(
            tag(
                "The Met Office has a warning for ice in place until 10:00 GMT on Monday, \
                 after temperatures fell to -6C.",
                "2013-03-24"
            )[1]
            .1,
            "2013-03-25"
        );
        // A present perfect holds its state up to the bound, past a clock time.
        assert_eq!(
            tag(
                "The Highways Agency has lifted roadworks on most motorways until 00:01 on \
                 Tuesday.",
                "2013-03-30"
            ),
            [
                ("00:01".into(), "2013-04-02T00:01".into()),
                ("Tuesday".into(), "2013-04-02".into())
            ]
        );
        // (Not across a sentence: "until 2026. On Tuesday evening, residents gathered".)
        assert_eq!(
            last(
                "The last will not be finished until 2026. On Tuesday evening, a dozen \
                 residents gathered in the hall.",
                "2014-06-27"
            ),
            "2014-06-24TEV"
        );
        // A night is a day's rate.
        assert_eq!(
            tag("Teens got fewer than eight hours a night.", "2013-03-30"),
            [
                ("eight hours".into(), "PT8H".into()),
                ("a night".into(), "P1D".into())
            ]
        );
        assert!(tag("Rooms cost $900 a night.", "2013-03-30").is_empty());
        assert!(tag("They spent a night in the cold.", "2013-03-30").is_empty());
        // A date's number is no count of the noun before a verb of schedule.
        assert_eq!(
            last(
                "Tickets for the July 4 cruise go on sale Tuesday.",
                "2014-06-14"
            ),
            "2014-06-17"
        );
    }

    #[test]
    fn the_coming_week_the_last_year_and_a_half_and_a_month_in_a_modals_subject() {
        // "throughout the coming week": the calendar week ahead ("over the next week" stays a
        // span).
        assert_eq!(
            one(
                "Conditions would remain cold throughout the coming week.",
                "2013-03-24"
            )
            .1,
            "2013-W13"
        );
        assert_eq!(
            one("Prices may rise over the next week.", "2013-03-24").1,
            "P1W"
        );
        // "the last year and a half", "the past hour and a half".
        assert_eq!(
            tag(
                "He served the last year and a half in prison; the past hour and a half was tense.",
                "2013-03-25"
            ),
            [
                ("the last year and a half".into(), "P18M".into()),
                ("the past hour and a half".into(), "PT1H30M".into())
            ]
        );
        // A month inside the subject of a modal after a verb of saying.
        assert_eq!(
            one(
                "Agronomists said rain in April could still salvage an average crop.",
                "2013-03-10"
            )
            .1,
            "2013-04"
        );
        assert_eq!(
            one("Officials said sales in February were weak.", "2013-03-10").1,
            "2013-02"
        );
    }

    #[test]
    fn plans_told_in_the_past_adjectives_after_in_and_a_sunday_weekend_ahead() {
        // A plan told in the past may have fallen on either side of the DCT: the story's
        // Wednesday.
        assert_eq!(
            tag(
                "The pair set out Wednesday morning. They planned to spend Wednesday night \
                 at a shelter and hike out Thursday.",
                "2013-03-24"
            )[1..],
            [
                ("Wednesday night".into(), "2013-03-20TNI".into()),
                ("Thursday".into(), "2013-03-21".into())
            ]
        );
        // A participle after "in" before its noun is an adjective.
        assert_eq!(
            tag(
                "Temperatures could fall to -10C in sheltered glens on Tuesday and \
                 Wednesday, forecasters said.",
                "2013-03-02"
            ),
            [
                ("Tuesday".into(), "2013-03-05".into()),
                ("Wednesday".into(), "2013-03-06".into())
            ]
        );
        // On a Sunday a weekend still to come by a bound is the next one; a weekend told
        // in the past is the one now ending.
        assert_eq!(
            one(
                "Temperatures could reach the low 40s by the weekend.",
                "2013-03-03"
            )
            .1,
            "2013-W10-WE"
        );
        assert_eq!(
            one(
                "Both sides agreed to keep bargaining through the weekend.",
                "2013-03-03"
            )
            .1,
            "2013-W09-WE"
        );
        assert_eq!(
            tag(
                "St Patrick's Day falls at the weekend, and Monday is a holiday.",
                "2013-03-17"
            )[1]
            .1,
            "2013-W11-WE"
        );
    }

    #[test]
    fn a_term_held_now_runs_to_the_next_such_date() {
        // "have until Feb. 5", told in March: the next Feb. 5.
        assert_eq!(
            tag(
                "Two legislators are considering running.\n\nCandidates have until Feb. 5 to \
                 file papers.",
                "2013-03-25"
            )[0]
            .1,
            "2014-02-05"
        );
    }

    #[test]
    fn years_of_the_common_era_written_with_ad() {
        assert_eq!(
            tag(
                "The wall was begun in AD 122, and the town was sacked in about AD 410 by \
                 the AD team.",
                "2013-03-20"
            ),
            [
                ("AD 122".into(), "0122".into()),
                ("about AD 410".into(), "0410".into())
            ]
        );
        // (Not an "ad" in lower case, nor a count after it.)
        assert!(
            tag("The ad 30 seconds long ran.", "2013-03-20")
                .iter()
                .all(|(t, _)| !t.contains("ad 30"))
        );
    }

    #[test]
    fn the_next_clauses_verb_and_a_clause_of_cause_keep_their_own_tense() {
        // A possessive day's verb is not the next clause's after ", and".
        assert_eq!(
            tag(
                "Intro.\n\nThe assistant manager, Steve Ludlow, will take charge of the team \
                 for Tuesday night's trip to Castleford, and Haigh said the club hoped to \
                 appoint a successor.",
                "2013-03-03"
            )[0]
            .1,
            "2013-03-05TNI"
        );
        // A deferral's date is not one in a clause of cause after it.
        assert_eq!(
            tag(
                "Intro.\n\nTrading was halted during the meeting and is expected to resume \
                 Monday, because U.S. stock markets were closed for Good Friday.",
                "2013-03-30"
            ),
            [
                ("Monday".into(), "2013-04-01".into()),
                ("Good Friday".into(), "2013-03-29".into())
            ]
        );
    }

    #[test]
    fn one_unit_in_so_many_is_a_set() {
        assert_eq!(
            tag(
                "He pitches every fifth day, the fair comes every third year, and the light \
                 flashes every second.",
                "2013-03-20"
            ),
            [
                ("every fifth day".into(), "P5D".into()),
                ("every third year".into(), "P3Y".into()),
                ("every second".into(), "PT1S".into())
            ]
        );
    }

    #[test]
    fn what_is_available_on_a_day_and_clocks_that_move_forward_lie_ahead() {
        assert_eq!(
            one(
                "Intro.\n\nA backup opportunity is available Sunday.",
                "2013-03-21"
            )
            .1,
            "2013-03-24"
        );
        assert_eq!(
            tag(
                "Intro.\n\nClocks move forward one hour at 2 a.m. Sunday.",
                "2013-03-09"
            )[1]
            .1,
            "2013-03-10T02:00"
        );
        // (A noun "move" after its adjective is no verb of schedule.)
        assert_eq!(
            one(
                "Intro.\n\nThe won fell 10 percent from Tuesday's close, the maximum move \
                 allowed.",
                "1997-12-12"
            )
            .1,
            "1997-12-09"
        );
    }

    #[test]
    fn a_day_held_out_as_possible_lies_ahead() {
        assert_eq!(
            tag(
                "Intro.\n\n\"Our flight was canceled yesterday, and now they say maybe \
                 Monday, maybe Tuesday.\"",
                "2013-03-31"
            )[2..],
            [
                ("Monday".into(), "2013-04-01".into()),
                ("Tuesday".into(), "2013-04-02".into())
            ]
        );
    }

    #[test]
    fn her_as_the_object_before_last_month() {
        assert_eq!(
            one(
                "Intro.\n\nDoctors had warned her last month that she risked damage.",
                "2013-03-08"
            )
            .1,
            "2013-02"
        );
        // "her last year in office", "in her last days" order; they do not point back.
        assert!(tag("Intro.\n\nIt was her last year in office.", "2013-03-08").is_empty());
        assert!(
            tag("Intro.\n\nIn her last days, nurses sang.", "2013-03-08")
                .iter()
                .all(|(t, _)| !t.contains("last"))
        );
    }

    #[test]
    fn a_depth_or_length_an_hour_is_a_rate_but_a_speed_is_not() {
        assert_eq!(
            one("Snow could fall at 2 inches an hour.", "2013-03-20"),
            ("an hour".into(), "PT1H".into())
        );
        assert_eq!(
            one("The drill advanced about 60 feet an hour.", "2013-03-20"),
            ("an hour".into(), "PT1H".into())
        );
        assert!(tag("Winds reached 145 miles an hour.", "2013-03-20").is_empty());
        assert!(tag("The river ran at 900 cubic feet per second.", "2013-03-20").is_empty());
    }

    #[test]
    fn what_is_warned_of_to_a_bound_and_a_reported_perfect_to_a_bound_lie_ahead() {
        assert_eq!(
            last(
                "Intro.\n\nThe storm was churning toward New England on Friday, where \
                 forecasters warned of heavy snow and damaging winds through Saturday night.",
                "2013-03-08"
            ),
            "2013-03-09TNI"
        );
        assert_eq!(
            one(
                "Intro.\n\nThe Highways Agency said it had lifted 95% of its roadworks \
                 until Tuesday.",
                "2013-03-28"
            )
            .1,
            "2013-04-02"
        );
        // (Not a perfect told in the past with no saying: "the road had been shut until
        // Tuesday".)
        assert_eq!(
            one(
                "Intro.\n\nThe road had been shut until Tuesday.",
                "2013-03-28"
            )
            .1,
            "2013-03-26"
        );
    }

    #[test]
    fn holidays_compared_against_and_awaited_in_a_past_progressive() {
        assert_eq!(
            last(
                "Intro.\n\nEaster Sunday could be colder than Christmas Day.",
                "2013-03-30"
            ),
            "2012-12-25"
        );
        assert_eq!(
            one(
                "Intro.\n\n\"We had a feeling something was coming before Christmas.\"",
                "2013-03-15"
            )
            .1,
            "2012-12-25"
        );
        // A future told with "would" may look to the next one.
        assert_eq!(
            one(
                "Intro.\n\nThey did not know whether they would still have a job by Christmas.",
                "2013-03-04"
            )
            .1,
            "2013-12-25"
        );
    }

    #[test]
    fn the_prospect_of_a_day_lies_ahead() {
        assert_eq!(
            one(
                "Intro.\n\nSnow was forecast for the Twin Cities, raising the prospect of a \
                 messy Monday morning commute.",
                "2013-03-03"
            )
            .1,
            "2013-03-04TMO"
        );
    }

    #[test]
    fn a_decimal_count_keeps_no_trailing_zero() {
        assert_eq!(
            tag(
                "He breezed in 59.80 seconds, then 36.00 seconds, then 1.05 hours.",
                "2013-03-13"
            ),
            [
                ("59.80 seconds".into(), "PT59.8S".into()),
                ("36.00 seconds".into(), "PT36S".into()),
                ("1.05 hours".into(), "PT1.05H".into())
            ]
        );
    }

    #[test]
    fn a_fronted_day_takes_its_main_verb_past_a_relative_clause() {
        // DCT Thursday 2013-03-28.
        for text in [
            "Intro.\n\nFrom Monday, keeping the home she has decorated will cost her more.",
            "Intro.\n\nFrom Monday, working-age tenants in council and association homes who \
             are judged to have a spare room will lose money.",
        ] {
            assert_eq!(one(text, "2013-03-28").1, "2013-04-01", "{text}");
        }
        // The relative clause's past does not overrule a past main verb.
        assert_eq!(
            one(
                "Intro.\n\nOn Monday, the woman who was charged appeared in court.",
                "2013-03-28"
            )
            .1,
            "2013-03-25"
        );
    }

    #[test]
    fn a_forecast_in_the_past_perfect_is_of_days_come() {
        // DCT Saturday 2013-03-09.
        assert_eq!(
            tag(
                "Intro.\n\nThe agency had forecast waves of 4 metres in the Flores Sea for Friday \
                 and Saturday and advised small boats to stay in port.",
                "2013-03-09"
            ),
            [
                ("Friday".into(), "2013-03-08".into()),
                ("Saturday".into(), "2013-03-09".into())
            ]
        );
        // A forecast in the simple past still looks ahead.
        assert_eq!(
            one(
                "Intro.\n\nForecasters predicted a chance of rain Wednesday.",
                "2013-03-09"
            )
            .1,
            "2013-03-13"
        );
    }

    #[test]
    fn the_end_of_the_week_and_the_following_weekend() {
        // Told on a Sunday (2013-03-10, ISO week 10), the end of the week still awaited is
        // next week's.
        for text in [
            "Intro.\n\nMost adults will feel normal again by the end of the week.",
            "Intro.\n\nThe cold is expected to last until at least the end of the week.",
        ] {
            assert_eq!(one(text, "2013-03-10").1, "2013-W11", "{text}");
        }
        // Not on a weekday: Wednesday 2013-03-13's week is its own.
        assert_eq!(
            one(
                "Intro.\n\nIt will be over by the end of the week.",
                "2013-03-13"
            )
            .1,
            "2013-W11"
        );
        // After a weekday the following weekend ends that day's week; after a week told,
        // it is the next week's.
        assert_eq!(
            last(
                "Intro.\n\nThe first case was reported on Feb. 19. Others stemmed from a \
                 tournament the following weekend.",
                "2013-03-13"
            ),
            "2013-W08-WE"
        );
        assert_eq!(
            last(
                "Intro.\n\nA carnival had been set up at the fairgrounds that week, and it moved \
                 on the following weekend.",
                "2013-03-13"
            ),
            "2013-W12-WE"
        );
    }

    #[test]
    fn participles_of_objects_and_progressive_passives_and_bare_ranges() {
        // DCT Friday 2013-03-15.
        for (text, want) in [
            // A participle after a verb of perceiving and its object: the modal tells.
            (
                "Intro.\n\nWestern Ridge may still hear its name called Sunday as an at-large \
                 team.",
                "2013-03-17",
            ),
            // A present progressive passive: an arrangement ahead.
            (
                "Intro.\n\nThe parade is being held on Saturday.",
                "2013-03-16",
            ),
            // Its past stays past.
            (
                "Intro.\n\nThe suspect was being held on Saturday in the county jail.",
                "2013-03-09",
            ),
        ] {
            assert_eq!(one(text, "2013-03-15").1, want, "{text}");
        }
        // "Monday through Wednesday" without "from": the range runs within a week.
        assert_eq!(
            tag(
                "Intro.\n\nAirlines began waiving change fees Sunday for travelers booked on \
                 flights Monday through Wednesday.",
                "2013-03-17"
            ),
            [
                ("Sunday".into(), "2013-03-17".into()),
                ("Monday".into(), "2013-03-18".into()),
                ("Wednesday".into(), "2013-03-20".into())
            ]
        );
    }

    #[test]
    fn a_past_clauses_noon_is_not_of_a_day_ahead() {
        let v = tag(
            "Intro.\n\nCarriers said they would waive change fees for travelers booked to fly \
             before Monday.\n\nAbout 40,000 homes were without power as of noon, utilities \
             reported.",
            "2013-03-02",
        );
        assert_eq!(v[1], ("noon".into(), "2013-03-02T12:00".into()));
        // A noon ahead in a future clause stays with the day told.
        let v = tag(
            "Intro.\n\nThe plows will be out Monday. Crews will start at noon.",
            "2013-03-02",
        );
        assert_eq!(v[1], ("noon".into(), "2013-03-04T12:00".into()));
    }

    #[test]
    fn a_range_of_weekdays_past_a_conversion_in_brackets() {
        assert_eq!(
            tag(
                "Intro.\n\nWinter storm warnings were in effect for much of the region from 6 \
                 p.m. CST Monday (0000 GMT Tuesday) until noon Wednesday.",
                "2013-03-03"
            ),
            [
                ("6 p.m. CST Monday".into(), "2013-03-04T18:00".into()),
                ("0000 GMT Tuesday".into(), "2013-03-05T00:00".into()),
                ("noon Wednesday".into(), "2013-03-06T12:00".into())
            ]
        );
    }

    #[test]
    fn today_as_nowadays_of_what_we_know_and_after_a_semicolon() {
        for text in [
            "Intro.\n\nThe ash woods our grandchildren walk through will look different from \
             the ones we know today.",
            "Intro.\n\n\"The technology we use today is safer and quieter,\" he said.",
            "Intro.\n\n\"Five years ago, perhaps one pound in 20 went through a website; today \
             it is closer to one in five,\" he said.",
        ] {
            assert_eq!(last(text, "2013-03-18"), "PRESENT_REF", "{text}");
        }
        // A day's news after a semicolon stays the day's.
        assert_eq!(
            last(
                "Intro.\n\nThe storm hit on Sunday; today it is sunny.",
                "2013-03-18"
            ),
            "2013-03-18"
        );
    }

    #[test]
    fn what_is_held_now_for_a_day_and_the_middle_of_the_week_on_a_sunday() {
        // DCT Monday 2013-03-11.
        for text in [
            "Intro.\n\nShe said: \"Conservative MPs have a choice on Wednesday.\"",
            "Intro.\n\nWe have a big game Wednesday.",
        ] {
            assert_eq!(one(text, "2013-03-11").1, "2013-03-13", "{text}");
        }
        // A perfect is no such holding.
        assert_eq!(
            one(
                "Intro.\n\nThey have played a game on Wednesday.",
                "2013-03-11"
            )
            .1,
            "2013-03-06"
        );
        // Told on Sunday 2013-03-03, the middle of the week awaited is next week's.
        assert_eq!(
            one(
                "Intro.\n\nWe will have a much clearer idea by the middle of the week.",
                "2013-03-03"
            )
            .1,
            "2013-W10"
        );
    }

    #[test]
    fn meetings_called_now_changes_coming_into_force_and_rates_from_a_day() {
        // DCT Monday 2013-03-25.
        for (text, want) in [
            (
                "Intro.\n\nThe commission has invited them back for fresh talks on Wednesday.",
                "2013-03-27",
            ),
            (
                "Intro.\n\nThe ministry has called both sides to a meeting in Copiapo on \
                 Thursday.",
                "2013-03-28",
            ),
        ] {
            assert_eq!(one(text, "2013-03-25").1, want, "{text}");
        }
        // DCT Sunday 2013-03-31.
        assert_eq!(
            one(
                "Intro.\n\nChanges to benefits come into force from Monday, a coalition of \
                 charities has warned.",
                "2013-03-31"
            )
            .1,
            "2013-04-01"
        );
        assert_eq!(
            tag(
                "Intro.\n\nShe will lose £22 a week from Monday.",
                "2013-03-31"
            ),
            [
                ("a week".into(), "P1W".into()),
                ("Monday".into(), "2013-04-01".into())
            ]
        );
    }

    #[test]
    fn a_shift_against_the_usual_is_a_span_not_a_date() {
        for (text, want) in [
            (
                "Intro.\n\nThe last frost now comes about 10 days earlier.",
                "P10D",
            ),
            (
                "Intro.\n\nBreakup comes about a week earlier, on average, than in the past.",
                "P1W",
            ),
            (
                "Intro.\n\nEach degree of warming moved peak bloom about three days earlier.",
                "P3D",
            ),
            ("Intro.\n\nGo to bed 15 minutes earlier tonight.", "PT15M"),
        ] {
            let v = tag(text, "2013-03-20");
            assert!(
                v.iter().any(|(t, x)| x == want && !t.contains("earlier")),
                "{text}: {v:?}"
            );
        }
        // A move of house, and a narrative's past, count back from the date told.
        assert_eq!(
            last(
                "Intro.\n\nHe was shot on Oct. 9, 1994. He had moved to Georgia from India two \
                 years earlier.",
                "2013-03-20"
            ),
            "1992"
        );
        assert_eq!(
            last(
                "Intro.\n\nThe study was published on March 12. He had visited the site two \
                 days earlier.",
                "2013-03-20"
            ),
            "2013-03-10"
        );
    }

    #[test]
    fn planning_naming_a_kind_of_thing_is_no_plan() {
        // DCT Sunday 2013-03-03.
        assert_eq!(
            one(
                "Intro.\n\nThe firm submitted a planning application to the council on Friday.",
                "2013-03-03"
            )
            .1,
            "2013-03-01"
        );
        // A plan still looks ahead.
        assert_eq!(
            one(
                "Intro.\n\nThe firm is planning a launch on Friday.",
                "2013-03-03"
            )
            .1,
            "2013-03-08"
        );
    }

    #[test]
    fn the_year_after_verbs_of_starting_and_ending_and_a_half_told_in_the_past() {
        for (text, want) in [
            ("Intro.\n\nIt comes after a slow start to the year.", "2013"),
            ("Intro.\n\nGold is on track to end the year lower.", "2013"),
            // Told in March, a year ended is the last one.
            (
                "Intro.\n\nMany farmers ended the year with record income.",
                "2012",
            ),
            (
                "Intro.\n\nOrders fell by 38% in the second half of the year.",
                "2012-H2",
            ),
            // A half still to come stays this year's.
            (
                "Intro.\n\nThey see no recovery before the second half of the year.",
                "2013-H2",
            ),
        ] {
            assert_eq!(one(text, "2013-03-05").1, want, "{text}");
        }
    }

    #[test]
    fn a_call_on_someone_to_act_lies_ahead() {
        // DCT Monday 2013-03-18.
        assert_eq!(
            one(
                "Intro.\n\nHe called on the council to vote on Wednesday.",
                "2013-03-18"
            )
            .1,
            "2013-03-20"
        );
        // A call made on a day keeps that day.
        assert_eq!(
            one("Intro.\n\nHe called on Wednesday for a vote.", "2013-03-18").1,
            "2013-03-13"
        );
    }

    #[test]
    fn a_booking_names_the_day_travelled() {
        // DCT Sunday 2013-03-03.
        assert_eq!(
            tag(
                "Intro.\n\nAirlines said they would let travelers booked on Monday and Tuesday \
                 change their flights without paying a fee.",
                "2013-03-03"
            ),
            [
                ("Monday".into(), "2013-03-04".into()),
                ("Tuesday".into(), "2013-03-05".into())
            ]
        );
        // A booking made on a day keeps its past.
        assert_eq!(
            one(
                "Intro.\n\nShe had booked on Friday a flight home.",
                "2013-03-03"
            )
            .1,
            "2013-03-01"
        );
    }

    #[test]
    fn clock_times_of_what_a_kind_does_in_the_present() {
        for text in [
            "Intro.\n\nMany high schools start classes before 7:30 a.m., researchers say.",
            "Intro.\n\nAdolescents find it hard to fall asleep before 11 p.m.",
        ] {
            assert_eq!(last(text, "2013-03-20")[..11], *"XXXX-XX-XXT", "{text}");
        }
        // A day's doing keeps its day.
        assert_eq!(
            last(
                "Intro.\n\nMany students left the building at 7:30 a.m.",
                "2013-03-20"
            ),
            "2013-03-20T07:30"
        );
        assert_eq!(
            last(
                "Intro.\n\nMany schools will open at 10 a.m. on Monday.",
                "2013-03-20"
            ),
            "2013-03-25"
        );
    }

    #[test]
    fn the_full_year_closed_by_a_fourth_quarter_told_in_the_first() {
        let v = tag(
            "Intro.\n\nIn the fourth quarter, Ridgeline lost $6.8 million. For the full year, it \
             earned $4.2 million.",
            "2013-03-12",
        );
        assert_eq!(v[1], ("the full year".into(), "2012".into()));
        // A forecast for the full year looks ahead.
        let v = tag(
            "Intro.\n\nIn the fourth quarter, Ridgeline lost $6.8 million. It cut its forecast \
             for the full year.",
            "2013-03-12",
        );
        assert_eq!(v[1], ("the full year".into(), "2013".into()));
    }

    #[test]
    fn named_events_until_clauses_and_quarters_pushed_ahead() {
        // DCT Sunday 2013-03-10: a named event after "for" takes its clause's tense.
        assert_eq!(
            one(
                "Intro.\n\nThe horse will go to post for Friday's Cheltenham Gold Cup.",
                "2013-03-10"
            )
            .1,
            "2013-03-15"
        );
        // DCT Wednesday 2013-03-27: a present after "until" and its subject is a future's.
        assert_eq!(
            one(
                "Intro.\n\nTenants won't realise what has happened until they see their first \
                 rent statement in April.",
                "2013-03-27"
            )
            .1,
            "2013-04"
        );
        // DCT 2013-03-19: a quarter a deal is pushed into lies ahead.
        assert_eq!(
            one(
                "Intro.\n\nSeveral large contracts have been pushed into the second quarter.",
                "2013-03-19"
            )
            .1,
            "2013-Q2"
        );
        // A quarter told in the past stays behind.
        assert_eq!(
            one("Intro.\n\nSales fell in the second quarter.", "2013-03-19").1,
            "2012-Q2"
        );
    }

    #[test]
    fn wont_is_will_not() {
        // (The tense cue reads "won't" as "will not", not "won", the past of "win".)
        assert_eq!(
            one("Intro.\n\nThe shop won't reopen in April.", "2013-03-27").1,
            "2013-04"
        );
        assert_eq!(
            one("Intro.\n\nThe shop won the award in April.", "2013-03-27").1,
            "2012-04"
        );
    }

    #[test]
    fn a_fronted_day_past_a_participle_after_its_noun() {
        // DCT Wednesday 2013-03-27.
        assert_eq!(
            one(
                "Intro.\n\nFrom Monday, working-age social housing tenants judged to have one \
                 spare bedroom will lose 14% of their housing benefit.",
                "2013-03-27"
            )
            .1,
            "2013-04-01"
        );
    }

    #[test]
    fn a_span_of_days_the_dct_falls_in() {
        // DCT Friday 2013-03-29.
        assert_eq!(
            tag(
                "Intro.\n\nThe authority expects about 1.3 million passengers to pass through \
                 the seaports between Wednesday and Monday.",
                "2013-03-29"
            ),
            [
                ("Wednesday".into(), "2013-03-27".into()),
                ("Monday".into(), "2013-04-01".into())
            ]
        );
        // A short span ahead stays ahead.
        assert_eq!(
            tag(
                "Intro.\n\nThe road will close between Monday and Wednesday.",
                "2013-03-29"
            ),
            [
                ("Monday".into(), "2013-04-01".into()),
                ("Wednesday".into(), "2013-04-03".into())
            ]
        );
    }

    #[test]
    fn a_holiday_a_past_plan_was_to_keep_is_the_one_just_gone() {
        // DCT Monday 2013-03-25; Palm Sunday 2013 was March 24.
        assert_eq!(
            one(
                "Intro.\n\nThe fire broke out before the congregation was to gather for Palm \
                 Sunday services.",
                "2013-03-25"
            )
            .1,
            "2013-03-24"
        );
        // A plan still ahead looks to the next one.
        assert_eq!(
            one(
                "Intro.\n\nThe congregation will gather for Palm Sunday services.",
                "2013-03-25"
            )
            .1,
            "2014-04-13"
        );
    }

    #[test]
    fn tonight_told_as_done_in_a_quote_far_from_its_day() {
        // DCT Sunday 2013-03-10; the game was Saturday night, told well before the quote.
        let text = "Intro.\n\nState beat Central 71-66 on Saturday night in the semifinals of \
                    the conference tournament at the Civic Center in front of a sellout crowd \
                    of 5,200.\n\nOkafor scored 19 of his 26 points in the second half, and the \
                    Knights held Central without a field goal for the final four minutes. \
                    Central had led by 11 at halftime and by nine with eight minutes left, \
                    before the press turned the game.\n\nCentral, which won the regular-season \
                    title and has been ranked in the top 25 for most of the season, will \
                    likely have to settle for a bid to the NIT, and its coach said he would not \
                    lobby for an at-large berth.\n\n\"They were the better team tonight, and \
                    they deserve it,\" he said.";
        assert_eq!(last(text, "2013-03-10"), "2013-03-09TNI");
        // A night ahead in a quote so far from the day stays the DCT's.
        let ahead = text.replace("They were the better team tonight", "We play again tonight");
        assert_eq!(last(&ahead, "2013-03-10"), "2013-03-10TNI");
    }

    #[test]
    fn a_quoted_today_told_as_done_is_the_day_spoken() {
        // DCT Saturday 2013-03-16; the panel voted on the Friday.
        assert_eq!(
            last(
                "Intro.\n\nAn advisory panel voted 9-2 on Friday to back the drug.\n\n\"Today \
                 was an important step,\" the company said.",
                "2013-03-16"
            ),
            "2013-03-15"
        );
        // A "today" not told as done keeps the DCT.
        assert_eq!(
            last(
                "Intro.\n\nAn advisory panel voted 9-2 on Friday to back the drug.\n\n\"Today \
                 we start selling it,\" the company said.",
                "2013-03-16"
            ),
            "2013-03-16"
        );
    }

    #[test]
    fn a_morning_told_after_a_night_is_the_next_days() {
        // "voted Thursday night … submitted … at 9:12 a.m.": the morning after that night.
        assert_eq!(
            last(
                "Intro.\n\nThe council voted 4-1 Thursday night to authorize the filing, and the \
                 city attorney submitted the petition at 9:12 a.m.",
                "2013-03-29"
            ),
            "2013-03-29T09:12"
        );
        // Not past the DCT in a past clause ("tonight" is the DCT's night) …
        assert_eq!(
            last(
                "Intro.\n\n\"We have investigators headed to Texas tonight.\"\n\nThe encounter \
                 began about 11 a.m. when a deputy pulled the car over.",
                "2013-03-21"
            ),
            "2013-03-21T11:00"
        );
        // … nor the start of a wait, nor the same time in another zone.
        assert_eq!(
            last(
                "Intro.\n\nRescuers searched the rubble Tuesday night. His wife had been waiting \
                 for news since 6 a.m.",
                "2013-03-20"
            ),
            "2013-03-19T06:00"
        );
        assert_eq!(
            last(
                "Intro.\n\nThe ferry left port at 7 p.m. Saturday and radioed a distress call at \
                 9:45 p.m. (9:45 a.m. ET).",
                "2013-03-24"
            ),
            "2013-03-23T09:45"
        );
    }

    #[test]
    fn a_clock_of_what_people_regularly_do_is_of_no_one_day() {
        assert_eq!(
            one(
                "Students who regularly sent texts after 10 p.m. slept less.",
                "2013-03-20"
            )
            .1,
            "XXXX-XX-XXT22:00"
        );
        assert_eq!(
            one(
                "The doors are generally locked at midnight, the manager said.",
                "2013-03-20"
            )
            .1,
            "XXXX-XX-XXT24:00"
        );
    }

    #[test]
    fn have_got_is_a_present_and_people_doing_on_a_day_have_no_tense() {
        // "We've got … from Monday": no past.
        assert_eq!(
            one(
                "\"We've got a bitterly cold easterly wind setting in from Monday,\" she said.",
                "2013-03-16"
            )
            .1,
            "2013-03-18"
        );
        // "advised passengers travelling on Sunday morning": the day of the travel.
        assert_eq!(
            one(
                "Airports advised passengers travelling on Sunday morning to check with their \
                 airline.",
                "2013-03-16"
            )
            .1,
            "2013-03-17TMO"
        );
        // (A bound is not such a participle: "would run shuttles every 15 minutes starting
        // on Tuesday" told on a Friday is the coming Tuesday.)
        assert_eq!(
            last(
                "The agency said it would run free shuttle buses every 15 minutes starting on \
                 Tuesday.",
                "2013-03-29"
            ),
            "2013-04-02"
        );
    }

    #[test]
    fn a_range_of_holidays_moves_its_start_back_not_its_end_on() {
        // Told on Easter Sunday 2013: the opening was pushed back from the Christmas before.
        assert_eq!(
            tag(
                "Delays pushed back the planned opening from Christmas to Easter.",
                "2013-03-31"
            ),
            [
                ("Christmas".into(), "2012-12-25".into()),
                ("Easter".into(), "2013-03-31".into())
            ]
        );
        // A written day still moves on: "winter break from Dec. 21 through Jan. 1".
        assert_eq!(
            tag(
                "Schools close for winter break from Dec. 21 through Jan. 1.",
                "2012-12-10"
            )[1]
            .1,
            "2013-01-01"
        );
    }

    #[test]
    fn a_range_to_a_holiday_named_by_its_weekday_keeps_the_holiday() {
        // Told on Good Friday 2013.
        assert_eq!(
            tag(
                "The AA estimated that 14 million cars would be on the roads between Thursday \
                 evening and Easter Monday.",
                "2013-03-29"
            ),
            [
                ("Thursday evening".into(), "2013-03-28TEV".into()),
                ("Easter Monday".into(), "2013-04-01".into())
            ]
        );
    }

    #[test]
    fn a_pair_of_days_said_to_be_so_lies_ahead() {
        // Told on Good Friday: the weekend ahead.
        assert_eq!(
            tag(
                "The Met Office said Saturday and Sunday would be dry but bitterly cold.",
                "2013-03-29"
            ),
            [
                ("Saturday".into(), "2013-03-30".into()),
                ("Sunday".into(), "2013-03-31".into())
            ]
        );
        // One day after "said" is the day of the saying.
        assert_eq!(
            one(
                "It was a deal that owners said Friday would salvage the season.",
                "2013-10-11"
            )
            .1,
            "2013-10-11"
        );
    }

    #[test]
    fn what_a_forecast_called_for_lies_ahead() {
        // Told on a Sunday.
        assert_eq!(
            tag(
                "The National Weather Service forecast on Saturday called for clouds and showers \
                 in the New York area Monday and Tuesday.",
                "2013-03-10"
            ),
            [
                ("Saturday".into(), "2013-03-09".into()),
                ("Monday".into(), "2013-03-11".into()),
                ("Tuesday".into(), "2013-03-12".into())
            ]
        );
    }

    #[test]
    fn weekends_set_for_and_weekends_awaited_on_a_sunday() {
        // On a weekday, what is set for the weekend is for the coming one.
        assert_eq!(
            one(
                "At Dover, ferry operators said bookings for the weekend were up by about 8%.",
                "2013-03-28"
            )
            .1,
            "2013-W13-WE"
        );
        // (On a Monday, not the one just left for.)
        assert_eq!(
            one(
                "Democrats stalled the measure before lawmakers left the capital for the weekend.",
                "2013-03-18"
            )
            .1,
            "2013-W11-WE"
        );
        // On a Sunday, a term a forecast ends at the weekend is the next one's …
        assert_eq!(
            one(
                "Forecasters said the cold weather was likely to last until at least the weekend.",
                "2013-03-03"
            )
            .1,
            "2013-W10-WE"
        );
        // … but not what was agreed to go on through the weekend now ending.
        assert_eq!(
            one(
                "Both sides agreed to keep bargaining through the weekend.",
                "2013-03-03"
            )
            .1,
            "2013-W09-WE"
        );
    }

    #[test]
    fn a_part_of_the_day_in_a_past_clause_is_not_of_a_day_ahead() {
        assert_eq!(
            last(
                "Intro.\n\nThe first walk is due to take place on 5 May.\n\nThe promenade was busy \
                 throughout the afternoon, with temperatures reaching just 4C.",
                "2013-03-31"
            ),
            "2013-03-31TAF"
        );
        // A day past still dates it.
        assert_eq!(
            last(
                "Intro.\n\nThe first walk took place on 5 March.\n\nThe promenade was busy in the \
                 afternoon.",
                "2013-03-31"
            ),
            "2013-03-05TAF"
        );
    }

    #[test]
    fn a_day_told_by_what_happened_then_and_a_plan_hoped_for() {
        // ", when" and a simple past: the day lies behind.
        assert_eq!(
            one(
                "Crews could not safely go above the tree line until Thursday, when the weather \
                 briefly cleared.",
                "2013-03-24"
            )
            .1,
            "2013-03-21"
        );
        // (Not a saying, a perfect, or a name: "comes Thursday, when the Fed says".)
        assert_eq!(
            one(
                "The tougher test comes Thursday, when the Fed says whether it approves the plans.",
                "2013-03-10"
            )
            .1,
            "2013-03-14"
        );
        // A hope told as it stood: the day may have passed.
        assert_eq!(
            one(
                "Officials had hoped to reach the men by Friday.",
                "2013-03-24"
            )
            .1,
            "2013-03-22"
        );
    }
}
