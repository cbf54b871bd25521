//! Headline-style titles built only from words of the source sentence.
//!
//! A title is subject + verb + object from the trigger's clause: "The city of Herat falls to
//! the Taliban". The verb is put in the present tense (from the trigger list's headline form)
//! only for events reported as fact; for planned, hypothetical or denied events the verb group
//! is kept as written ("will not attack"), so a title never claims more than its quote. At most
//! twelve words; never text that is not in the sentence.

/// The words of a sentence as the title builder needs them.
pub struct Words<'a> {
    /// The document text the spans point into.
    pub src: &'a str,
    pub spans: Vec<(usize, usize)>,
    pub lower: Vec<&'a str>,
    pub in_timex: Vec<bool>,
    /// Clauses as inclusive word ranges.
    pub clauses: Vec<(usize, usize)>,
    /// The trigger reports speech: its title carries what was said.
    pub reporting: bool,
}

pub const MAX_WORDS: usize = 12;

/// Words that may open a clause but are not part of its subject.
const LEADERS: &[&str] = &[
    "however",
    "meanwhile",
    "but",
    "and",
    "also",
    "then",
    "now",
    "after",
    "before",
    "because",
    "since",
    "when",
    "while",
    "as",
    "that",
    "if",
    "so",
    "yet",
    "still",
    "instead",
    "already",
    "finally",
    "later",
    "earlier",
    "reportedly",
    "on",
    "in",
    "at",
    "by",
    "during",
    "of",
    "who",
    "which",
    "where",
    "whom",
];

/// Auxiliaries and adverbs between a subject and its verb, dropped in present-tense titles.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "did",
    "does",
    "do",
    "also",
    "already",
    "reportedly",
    "quickly",
    "quietly",
    "rapidly",
    "finally",
    "just",
    "then",
    "slowly",
    "repeatedly",
    "officially",
    "formally",
    "effectively",
];

/// Words a title must not end on.
const DANGLING: &[&str] = &[
    "of", "the", "a", "an", "to", "in", "for", "from", "and", "or", "with", "on", "at", "by",
    "its", "their", "his", "her", "as", "but", "that", "than", "into", "'s", "’s", "is", "are",
    "over", "about", "after", "before", "since", "during", "against", "toward", "towards",
    "through", "was", "were", "be", "some", "any", "all", "more", "most", "between", "until",
];

/// Verbs that make their object do something ("forced X to leave").
const CAUSATIVE: &[&str] = &[
    "forced",
    "forcing",
    "compelled",
    "prompted",
    "caused",
    "led",
    "helped",
    "allowed",
];

/// Prepositions that end the head of a long subject.
const PREPOSITIONS: &[&str] = &[
    "with", "of", "for", "from", "in", "on", "at", "by", "about", "who", "which", "that",
];

/// Words after which the object of a title stops.
const STOPS: &[&str] = &[
    "event",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "because",
    "after",
    "before",
    "while",
    "with",
    "according",
    "amid",
    "despite",
    "as",
    "since",
    "until",
    "although",
    "though",
    "where",
    "when",
    "if",
    "unless",
    "but",
    "including",
    "saying",
    "said",
    "per",
    "following",
];

/// Plural subjects take the verb without its `-s`: "US forces leave".
fn plural(subject_last: &str) -> bool {
    let w = subject_last.to_lowercase();
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !subject_last.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the subject ending at word `k` is plural; a capital at the start of the sentence
/// says nothing ("Envoys meet", but "US Forces Command").
fn plural_at(w: &Words<'_>, k: usize) -> bool {
    let word = &w.src[w.spans[k].0..w.spans[k].1];
    let lower = word.to_lowercase();
    // "11 were killed", "168 people", "Other Americans", "dozens": plural by meaning.
    let count = word.chars().all(|c| c.is_ascii_digit() || c == ',')
        && word.trim_start_matches('0') != "1"
        && word.chars().any(|c| c.is_ascii_digit());
    let irregular = matches!(
        lower.as_str(),
        "people"
            | "children"
            | "men"
            | "women"
            | "police"
            | "personnel"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "both"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "several"
            | "many"
            | "few"
            | "some"
    );
    let demonym = word.ends_with("ans") && word.len() > 4;
    count || irregular || demonym || plural(word) || (k == 0 && plural(&lower))
}

/// Prepositions that end the head noun of a subject when judging its number.
const HEAD_ENDS: &[&str] = &[
    "in", "of", "at", "from", "with", "on", "near", "outside", "inside", "across", "along",
    "around", "against", "by", "into", "over", "under", "between", "behind", "for",
];

/// Whether a subject is plural, judged on its head: the word before its first preposition
/// ("Other Americans in Kabul"), else its last word.
fn subject_plural(w: &Words<'_>, subj: &[usize]) -> bool {
    let head = subj
        .iter()
        .skip(1)
        .position(|&k| HEAD_ENDS.contains(&w.lower[k]))
        .map(|p| subj[p])
        .or(subj.last().copied());
    head.is_some_and(|k| plural_at(w, k))
}

fn base_form(headline: &str) -> String {
    let (verb, rest) = headline.split_once(' ').unwrap_or((headline, ""));
    let base = if let Some(s) = verb.strip_suffix("ies") {
        format!("{s}y")
    } else if ["ches", "shes", "sses", "xes", "zzes", "oes"]
        .iter()
        .any(|e| verb.ends_with(e))
    {
        verb[..verb.len() - 2].to_string()
    } else if let Some(s) = verb.strip_suffix('s') {
        s.to_string()
    } else {
        verb.to_string()
    };
    if rest.is_empty() {
        base
    } else {
        format!("{base} {rest}")
    }
}

/// When the trigger's clause has no subject before the trigger ("…, fell to the Taliban"),
/// the clause that supplies one: the first clause of the sentence that is not a subordinate or
/// a bare date.
pub fn subject_clause(
    clauses: &[(usize, usize)],
    lower: &[&str],
    in_timex: &[bool],
    c: usize,
    t: usize,
) -> Option<usize> {
    let (first, _) = clauses[c];
    // "…, on Aug. 7 killed 258 people": a date is not a subject.
    let before = (first..t)
        .filter(|&k| {
            !LEADERS.contains(&lower[k])
                && !AUXILIARIES.contains(&lower[k])
                && !in_timex.get(k).copied().unwrap_or(false)
        })
        .count();
    if before > 0 {
        return None;
    }
    (0..c).find(|&k| {
        let (f, l) = clauses[k];
        let content = (f..=l).filter(|&i| !LEADERS.contains(&lower[i])).count();
        // "Kimotho, who was hospitalized, said …": a one-word clause that is a name counts.
        let name = content == 1 && l == f && lower[f].len() > 2 && f == 0;
        (content >= 2 || name) && !LEADERS.contains(&lower[f])
    })
}

fn clean(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”'))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text of words `a..=b` as written in the sentence.
fn run(w: &Words<'_>, a: usize, b: usize) -> String {
    clean(&w.src[w.spans[a].0..w.spans[b].1])
}

/// Contiguous runs of the chosen word indices, as text. A run that opens with a function
/// word written with a capital (it began a sentence or a quotation) gets a small letter: it
/// may stand inside the title ("Police say another man …"); the title's own first letter is
/// capitalized at the end.
fn runs(w: &Words<'_>, idx: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && idx[j + 1] == idx[j] + 1 {
            j += 1;
        }
        let mut text = run(w, idx[i], idx[j]);
        if FUNCTION_WORDS.contains(&w.lower[idx[i]]) {
            let mut ch = text.chars();
            if let Some(c0) = ch.next() {
                text = c0.to_lowercase().collect::<String>() + ch.as_str();
            }
        }
        out.push(text);
        i = j + 1;
    }
    out
}

/// Words that are never capitalized for their own sake.
const FUNCTION_WORDS: &[&str] = &[
    "to", "another", "the", "a", "an", "it", "this", "that", "these", "those", "its", "their",
    "there", "we", "our", "they", "he", "she", "his", "her", "in", "on", "at", "for", "no", "all",
    "some", "any", "one", "if", "when", "after", "but", "and", "or", "as", "about", "more",
    "nearly", "almost", "over", "most", "many", "several", "both", "each", "every",
];

/// Subject word indices: the words before the trigger in its clause (or in the clause that
/// supplies the subject), without leading connectives and dates, at most six words.
/// True for a word that only introduced a date the title leaves out ("on [Tuesday]", "in
/// [July]").
fn leads_into_date(w: &Words<'_>, k: usize) -> bool {
    w.in_timex.get(k + 1).copied().unwrap_or(false)
        && matches!(
            w.lower[k],
            "on" | "in" | "at" | "by" | "since" | "late" | "early" | "earlier" | "later" | "last"
        )
}

fn subject(w: &Words<'_>, c: usize, t: usize, factual: bool, borrow: bool) -> Vec<usize> {
    let (first, _) = w.clauses[c];
    let mut idx: Vec<usize> = (first..t)
        .filter(|&k| !w.in_timex[k] && !leads_into_date(w, k))
        .collect();
    // Leading connectives go, but "At least 82" keeps its "at".
    while idx.first().is_some_and(|&k| {
        LEADERS.contains(&w.lower[k])
            && !(w.lower[k] == "at"
                && matches!(w.lower.get(k + 1).copied(), Some("least" | "most")))
    }) {
        idx.remove(0);
    }
    if factual {
        while idx
            .last()
            .is_some_and(|&k| AUXILIARIES.contains(&w.lower[k]))
        {
            idx.pop();
        }
    }
    // "the embassy blast that killed 10 people": the subject is the noun the relative
    // pronoun stands for.
    if idx.is_empty()
        && first > 0
        && matches!(w.lower[first], "that" | "which" | "who")
        && (first..t).all(|k| LEADERS.contains(&w.lower[k]) || AUXILIARIES.contains(&w.lower[k]))
    {
        let mut k = first;
        let mut np = Vec::new();
        while k > 0 && np.len() < 4 {
            k -= 1;
            if w.in_timex[k] || PREPOSITIONS.contains(&w.lower[k]) || w.lower[k] == "," {
                break;
            }
            np.insert(0, k);
            if matches!(
                w.lower[k],
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            ) {
                break;
            }
        }
        if !np.is_empty() {
            return np;
        }
    }
    if idx.is_empty() && borrow {
        if let Some(sc) = subject_clause(&w.clauses, &w.lower, &w.in_timex, c, t) {
            let (f, l) = w.clauses[sc];
            idx = (f..=l).filter(|&k| !w.in_timex[k]).collect();
            while idx.first().is_some_and(|&k| LEADERS.contains(&w.lower[k])) {
                idx.remove(0);
            }
            idx.truncate(6);
        }
        if !factual {
            // Keep the modal or negation that stands between subject and verb.
            idx.extend((first..t).filter(|&k| !w.in_timex[k] && !LEADERS.contains(&w.lower[k])));
        }
    }
    // "…prepared in case they should evacuate": the subject follows the last subordinator.
    if let Some(p) = idx.iter().rposition(|&k| {
        matches!(
            w.lower[k],
            "if" | "unless"
                | "case"
                | "whether"
                | "because"
                | "while"
                | "whereas"
                | "although"
                | "when"
        )
    }) && p + 1 < idx.len()
    {
        idx.drain(..=p);
    }
    // "forced consulates and other missions to shut down": the subject is the forced one.
    if t > 0
        && w.lower[t - 1] == "to"
        && let Some(p) = idx.iter().rposition(|&k| CAUSATIVE.contains(&w.lower[k]))
    {
        idx.drain(..=p);
        idx.retain(|&k| k + 1 != t || w.lower[k] != "to");
    }
    if idx.len() > 7 {
        // A long subject keeps its head: up to the first preposition after its first word
        // ("A senior defense official with knowledge of …"), else its last six words.
        match idx
            .iter()
            .skip(1)
            .position(|&k| PREPOSITIONS.contains(&w.lower[k]))
        {
            Some(p) if p + 1 >= 2 => idx.truncate(p + 1),
            _ => {
                let keep = idx.len() - 6;
                idx.drain(..keep);
            }
        }
    }
    idx
}

/// Object word indices after the trigger: up to a clause stop word, a date or the word limit.
fn object(w: &Words<'_>, c: usize, after: usize, budget: usize) -> Vec<usize> {
    let (_, last) = w.clauses[c];
    let mut idx = Vec::new();
    let mut k = after;
    while k <= last && k < w.lower.len() && idx.len() < budget {
        // "destroyed documents and lowered its flag": a second verb is another event.
        let second_verb = w.lower[k] == "and"
            && w.lower
                .get(k + 1)
                .is_some_and(|n| n.len() > 4 && n.ends_with("ed"));
        if w.in_timex[k] || STOPS.contains(&w.lower[k]) || second_verb {
            // "told CNN later [Saturday]": the words that lead into a date go with it.
            if w.in_timex[k] {
                while idx.last().is_some_and(|&j| {
                    matches!(w.lower[j], "later" | "earlier" | "late" | "early" | "on")
                        || leads_into_date(w, j)
                }) {
                    idx.pop();
                }
            }
            break;
        }
        idx.push(k);
        k += 1;
    }
    // What was said: "said in a statement [this week] that it continues to …" carries on into
    // the reported clause, past the date and the "that".
    if w.reporting && idx.len() < 4 {
        let mut j = k;
        while j < w.lower.len() && (w.in_timex[j] || w.lower[j] == "that") {
            j += 1;
        }
        if j > k && j < w.lower.len() && w.lower[j - 1] == "that" {
            let next = w
                .clauses
                .iter()
                .position(|&(f, l)| f <= j && j <= l)
                .unwrap_or(c);
            let end = w.clauses[next].1;
            let mut m = j;
            while m <= end && idx.len() < budget {
                if w.in_timex[m] {
                    break;
                }
                idx.push(m);
                m += 1;
            }
        }
    }
    trim_dangling(w, &mut idx);
    idx
}

/// Drops the words a title must not end on ("of", "the", "between" …) from the end of `idx`.
fn trim_dangling(w: &Words<'_>, idx: &mut Vec<usize>) {
    while idx.last().is_some_and(|&k| DANGLING.contains(&w.lower[k])) {
        idx.pop();
    }
}

/// What was said, when it stands before the saying: the clauses before the trigger's
/// clause, as long as the subject is the trigger's own ("…, an official said").
fn said_before(w: &Words<'_>, c: usize, subj: &[usize], budget: usize) -> Vec<usize> {
    let (first, _) = w.clauses[c];
    if c == 0 || subj.is_empty() || subj.iter().any(|&k| k < first) {
        return Vec::new();
    }
    let (_, l) = w.clauses[c - 1];
    let mut idx = Vec::new();
    for m in 0..=l {
        if idx.len() >= budget {
            break;
        }
        if !(w.in_timex[m] || idx.is_empty() && LEADERS.contains(&w.lower[m])) {
            idx.push(m);
        }
    }
    trim_dangling(w, &mut idx);
    // "For example, …": too little to be what was said.
    if idx.len() < 4 {
        idx.clear();
    }
    idx
}

/// What was said after a colon or an opening quotation mark that ends the trigger's clause.
fn said_after_colon(w: &Words<'_>, c: usize, budget: usize) -> Vec<usize> {
    let Some(&(f, l)) = w.clauses.get(c + 1) else {
        return Vec::new();
    };
    let (_, end) = w.clauses[c];
    let gap = &w.src[w.spans[end].1..w.spans[f].0];
    if !gap.contains([':', '"', '“']) {
        return Vec::new();
    }
    let mut idx: Vec<usize> = (f..=l).filter(|&k| !w.in_timex[k]).take(budget).collect();
    trim_dangling(w, &mut idx);
    idx
}

/// Build the title for the trigger at word `t` (length `len`) in clause `c`. `headline` is
/// the present-tense form for a verb trigger, `None` for an event noun. `factual` events get
/// the present tense; others keep their verb group as written.
pub fn build(
    w: &Words<'_>,
    c: usize,
    t: usize,
    len: usize,
    headline: Option<&str>,
    factual: bool,
) -> Option<String> {
    let trig_end = t + len;
    let mut parts: Vec<String> = Vec::new();
    // "was killed": a passive keeps its participle ("is killed"), never the active "kills".
    let passive = headline.is_some()
        && (w.clauses[c].0..t)
            .rev()
            .take(3)
            .map(|k| w.lower[k])
            .find(|x| !matches!(*x, "also" | "reportedly" | "already" | "not" | "n't"))
            .is_some_and(|x| matches!(x, "was" | "were" | "been" | "is" | "are" | "be" | "being"));
    // "tried to attack", "to evacuate": an infinitive keeps its words as written.
    let infinitive = t > 0 && w.lower[t - 1] == "to";
    let is_noun = headline.is_none() && !infinitive;
    let headline = if infinitive { None } else { headline };
    // An event noun that opens its clause is its own subject ("…, talks resume").
    let subj = subject(w, c, t, factual && headline.is_some(), !is_noun);
    match headline {
        Some(_) if factual && passive => {
            let budget = MAX_WORDS.saturating_sub(subj.len() + 1 + len);
            let obj = object(w, c, t + len, budget);
            parts.extend(runs(w, &subj));
            let plural_subject = subject_plural(w, &subj);
            parts.push(if plural_subject {
                "are".into()
            } else {
                "is".into()
            });
            let mut idx: Vec<usize> = (t..t + len).collect();
            idx.extend(obj);
            parts.extend(runs(w, &idx));
        }
        Some(_) if factual && subj.is_empty() => return None,
        Some(h) if factual => {
            let budget = MAX_WORDS.saturating_sub(subj.len() + h.split(' ').count());
            let mut obj = object(w, c, trig_end, budget);
            // "says he", "says it": a pronoun is not what was said; "stated Price" is who.
            let named = obj.len() == 1
                && w.src[w.spans[obj[0]].0..].starts_with(|ch: char| ch.is_uppercase());
            if w.reporting && obj.len() == 1 && !named {
                obj.clear();
            }
            if w.reporting && obj.is_empty() {
                // "The embassy may have prevented …, an official said": what was said comes
                // first, when the saying has its own subject; "stated: “…”" after a colon.
                obj = said_before(w, c, &subj, budget);
                if obj.is_empty() {
                    obj = said_after_colon(w, c, budget);
                }
                // A saying without what was said ("Clinton said.") is not worth a title.
                if obj.is_empty() {
                    return None;
                }
            }
            parts.extend(runs(w, &subj));
            let verb = if subject_plural(w, &subj) || subj.iter().any(|&k| w.lower[k] == "and") {
                base_form(h)
            } else {
                h.to_string()
            };
            parts.push(verb);
            parts.extend(runs(w, &obj));
        }
        _ => {
            // Nouns, and verbs of non-factual events: the words as written. A noun with its
            // own complement ("the departure of all US forces from Bagram") stands alone.
            let budget = MAX_WORDS.saturating_sub(subj.len() + len);
            let obj = object(w, c, trig_end, budget);
            // "Castro said.": a saying without what was said; "divulge the evidence": a verb
            // with no one doing it. Neither makes a title.
            if headline.is_some() && subj.is_empty() && !infinitive {
                return None;
            }
            if w.reporting && obj.is_empty() && !is_noun {
                return None;
            }
            // "If the Taliban attack the capital": a noun trigger with a subject before it and
            // a determiner after it is a verb; the subject stays.
            let used_as_verb = is_noun
                && !subj.is_empty()
                && matches!(
                    w.lower.get(trig_end).copied(),
                    Some("the" | "a" | "an" | "its" | "their" | "his" | "her")
                );
            let noun_phrase = is_noun && obj.len() >= 2 && !used_as_verb;
            let mut idx = if noun_phrase {
                Vec::new()
            } else {
                subj.clone()
            };
            let obj = if noun_phrase {
                object(w, c, trig_end, MAX_WORDS - len)
            } else {
                obj
            };
            idx.extend(t..trig_end);
            idx.extend(obj);
            // Words that are not side by side in the sentence are joined by an ellipsis, as
            // in a quotation.
            parts.push(runs(w, &idx).join(" … "));
        }
    }
    let title = parts.join(" ");
    let title = title.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '—' | '–')
    });
    if title.split_whitespace().count() < 2 {
        return None;
    }
    let mut ch = title.chars();
    let first = ch.next()?;
    Some(first.to_uppercase().collect::<String>() + ch.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens;

    /// Title of the first occurrence of `trigger` in `s`, with clauses split at commas.
    fn title_of(
        s: &str,
        trigger: &str,
        len: usize,
        headline: Option<&str>,
        factual: bool,
    ) -> String {
        let toks = tokens(s);
        let lower: Vec<String> = toks.iter().map(|&(a, b)| s[a..b].to_lowercase()).collect();
        let mut clauses = vec![];
        let mut start = 0;
        for i in 1..toks.len() {
            if s[toks[i - 1].1..toks[i].0].contains(',') || lower[i] == "after" {
                clauses.push((start, i - 1));
                start = i;
            }
        }
        clauses.push((start, toks.len() - 1));
        let t = lower.iter().position(|w| w == trigger).unwrap();
        let c = clauses.iter().position(|&(f, l)| f <= t && t <= l).unwrap();
        let w = Words {
            src: s,
            spans: toks.clone(),
            lower: lower.iter().map(String::as_str).collect(),
            in_timex: lower
                .iter()
                .map(|w| w == "thursday" || w == "evening")
                .collect(),
            clauses,
            reporting: false,
        };
        build(&w, c, t, len, headline, factual).unwrap()
    }

    #[test]
    fn present_tense_subject_verb_object() {
        assert_eq!(
            title_of(
                "The city of Herat, Afghanistan's third-largest city, fell to the Taliban on Thursday evening, with the group",
                "fell",
                1,
                Some("falls"),
                true
            ),
            "The city of Herat falls to the Taliban"
        );
        assert_eq!(
            title_of(
                "The comments came days after the US military left Bagram Airfield, one of the bases",
                "left",
                1,
                Some("leaves"),
                true
            ),
            "The US military leaves Bagram Airfield"
        );
        assert_eq!(
            title_of(
                "US forces have left Bagram",
                "left",
                1,
                Some("leaves"),
                true
            ),
            "US forces leave Bagram"
        );
    }

    #[test]
    fn passives_stay_passive() {
        assert_eq!(
            title_of(
                "In 2018, a British employee of G4S was killed in a Taliban attack",
                "killed",
                1,
                Some("kills"),
                true
            ),
            "A British employee of G4S is killed in a Taliban attack"
        );
    }

    #[test]
    fn non_factual_keeps_the_verb_group() {
        assert_eq!(
            title_of(
                "They will not attack the U.S. Embassy in Kabul if the group overruns the capital",
                "attack",
                1,
                Some("attacks"),
                false
            ),
            "They will not attack the U.S. Embassy in Kabul"
        );
    }

    #[test]
    fn nouns_and_limits() {
        let t = title_of(
            "One major factor is the departure of all US forces from Bagram Air Base because it means a great deal more for everybody",
            "departure",
            1,
            None,
            true,
        );
        assert_eq!(t, "Departure of all US forces from Bagram Air Base");
        assert!(t.split_whitespace().count() <= MAX_WORDS);
    }

    #[test]
    fn verb_forms() {
        assert_eq!(base_form("falls"), "fall");
        assert_eq!(base_form("flies"), "fly");
        assert_eq!(base_form("pulls out"), "pull out");
        assert_eq!(base_form("reaches"), "reach");
        assert_eq!(base_form("seizes"), "seize");
        assert_eq!(base_form("closes"), "close");
        assert!(plural("forces") && !plural("Forces") && !plural("status") && !plural("its"));
    }
}
