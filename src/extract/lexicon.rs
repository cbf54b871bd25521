//! Word lists of the event extractor, read from the readable data files in `data/`:
//! trigger words by kind, a gazetteer of places and actors, factuality cues and page-furniture
//! prefixes. Files are compiled in; `Lexicon::with_gazetteer` adds a user's own entries.

use super::wordhash::HashMap;

use crate::model::Status;

const TRIGGERS: &str = include_str!("data/triggers.tsv");
const GAZETTEER: &str = include_str!("data/gazetteer.tsv");
const CUES: &str = include_str!("data/cues.tsv");
const NOISE: &str = include_str!("data/noise.txt");
const CAUSAL: &str = include_str!("data/causal.tsv");

/// One trigger form: its lowercase words, kind and headline form (`None` for a noun).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub kind: String,
    pub words: Vec<String>,
    pub headline: Option<String>,
    /// For a form with a gap ("taking … districts|cities"): the words one of which must
    /// follow within a few words for the verb to name this kind of event.
    pub object: Option<Vec<String>>,
}

/// How many words may stand between a verb and the object of a gapped trigger form.
const OBJECT_GAP: usize = 4;

impl Trigger {
    pub fn is_noun(&self) -> bool {
        self.headline.is_none()
    }
}

/// True for a verb form in the past (simple past or participle): "left", "ordered",
/// "withdrawn"; false for nouns, present and base forms ("leaves", "withdraw") and "-ing".
pub fn is_past_form(form: &str, headline: Option<&str>) -> bool {
    let Some(h) = headline else { return false };
    let first = form.split(' ').next().unwrap_or(form);
    let hfirst = h.split(' ').next().unwrap_or(h);
    if first.ends_with("ing") || first == hfirst {
        return false;
    }
    // The base form: "leaves" -> "leave", "flies" -> "fly", "reaches" -> "reach".
    let base_candidates = [
        hfirst.strip_suffix("ies").map(|s| format!("{s}y")),
        hfirst.strip_suffix("es").map(str::to_string),
        hfirst.strip_suffix('s').map(str::to_string),
    ];
    !base_candidates.iter().flatten().any(|b| b == first)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityType {
    Place,
    Actor,
}

/// A gazetteer alias: its words (case-sensitive) and the canonical entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub words: Vec<String>,
    pub entity: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityType,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueScope {
    Sentence,
    Clause,
    Near,
    /// Just after the trigger: "a statement to be issued", "talks scheduled for Monday".
    After,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub status: Status,
    pub scope: CueScope,
    pub words: Vec<String>,
}

/// Which side of a causal cue names the cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// "X because of Y": the effect comes first.
    EffectCause,
    /// "X led to Y": the cause comes first.
    CauseEffect,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CausalCue {
    pub direction: Direction,
    pub words: Vec<String>,
}

/// All word lists, indexed for lookup by first word.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub triggers: Vec<Trigger>,
    trigger_index: HashMap<String, Vec<usize>>,
    pub entities: Vec<Entity>,
    pub aliases: Vec<Alias>,
    alias_index: HashMap<String, Vec<usize>>,
    pub cues: Vec<Cue>,
    pub noise: Vec<String>,
    /// Causal cues, longest first.
    pub causal: Vec<CausalCue>,
}

/// Lines of a data file without comments and blank lines, with their 1-based numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end()))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn words(s: &str) -> Vec<String> {
    super::tokens(s)
        .into_iter()
        .map(|t| s[t.0..t.1].to_string())
        .collect()
}

fn status_of(s: &str) -> Option<Status> {
    Status::ALL.iter().copied().find(|x| x.as_str() == s)
}

/// Parse `type <TAB> canonical <TAB> alias|alias` lines into entities and aliases.
pub fn parse_gazetteer(
    text: &str,
    file: &str,
    entities: &mut Vec<Entity>,
    aliases: &mut Vec<Alias>,
) -> Result<(), String> {
    for (no, line) in data_lines(text) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, name, alias_list] = cols[..] else {
            return Err(format!(
                "{file}:{no}: expected `type<TAB>name<TAB>alias|alias`, found {line:?}"
            ));
        };
        let kind = match kind {
            "place" => EntityType::Place,
            "actor" => EntityType::Actor,
            other => {
                return Err(format!(
                    "{file}:{no}: type must be place or actor, found {other:?}"
                ));
            }
        };
        let entity = entities.len();
        entities.push(Entity {
            kind,
            name: name.to_string(),
        });
        for a in alias_list.split('|').filter(|a| !a.trim().is_empty()) {
            aliases.push(Alias {
                words: words(a),
                entity,
            });
        }
    }
    Ok(())
}

impl Lexicon {
    /// The built-in lists. Panics only if a data file compiled into the binary is malformed,
    /// which the tests below rule out.
    pub fn builtin() -> Lexicon {
        Lexicon::with_gazetteer(None).expect("built-in lexicon files are valid")
    }

    /// The built-in lists plus a user's gazetteer file contents.
    pub fn with_gazetteer(extra: Option<(&str, &str)>) -> Result<Lexicon, String> {
        let mut triggers = Vec::new();
        for (no, line) in data_lines(TRIGGERS) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [kind, form, headline] = cols[..] else {
                return Err(format!(
                    "triggers.tsv:{no}: expected 3 columns, found {line:?}"
                ));
            };
            let form = form.to_lowercase();
            let (head, object) = match form.split_once('…') {
                Some((head, obj)) => {
                    let alts: Vec<String> = obj
                        .trim()
                        .split('|')
                        .map(|a| a.trim().to_string())
                        .filter(|a| !a.is_empty() && !a.contains(' '))
                        .collect();
                    if alts.is_empty() || head.trim().is_empty() {
                        return Err(format!(
                            "triggers.tsv:{no}: a gap needs words before it and one-word objects after it, found {line:?}"
                        ));
                    }
                    (head.trim().to_string(), Some(alts))
                }
                None => (form, None),
            };
            triggers.push(Trigger {
                kind: kind.to_string(),
                words: words(&head),
                headline: (headline != "-").then(|| headline.to_string()),
                object,
            });
        }
        let mut entities = Vec::new();
        let mut aliases = Vec::new();
        parse_gazetteer(GAZETTEER, "gazetteer.tsv", &mut entities, &mut aliases)?;
        if let Some((name, text)) = extra {
            parse_gazetteer(text, name, &mut entities, &mut aliases)?;
        }
        // Longest alias first, so "Bagram Air Base" wins over "Bagram".
        aliases.sort_by_key(|a| std::cmp::Reverse(a.words.len()));
        let mut cues = Vec::new();
        for (no, line) in data_lines(CUES) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [status, scope, cue] = cols[..] else {
                return Err(format!("cues.tsv:{no}: expected 3 columns, found {line:?}"));
            };
            let status = status_of(status)
                .ok_or_else(|| format!("cues.tsv:{no}: unknown status {status:?}"))?;
            let scope = match scope {
                "sentence" => CueScope::Sentence,
                "clause" => CueScope::Clause,
                "near" => CueScope::Near,
                "after" => CueScope::After,
                other => return Err(format!("cues.tsv:{no}: unknown scope {other:?}")),
            };
            cues.push(Cue {
                status,
                scope,
                words: words(cue),
            });
        }
        let mut causal = Vec::new();
        for (no, line) in data_lines(CAUSAL) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [dir, cue] = cols[..] else {
                return Err(format!(
                    "causal.tsv:{no}: expected 2 columns, found {line:?}"
                ));
            };
            let direction = match dir {
                "effect-cause" => Direction::EffectCause,
                "cause-effect" => Direction::CauseEffect,
                other => return Err(format!("causal.tsv:{no}: unknown direction {other:?}")),
            };
            causal.push(CausalCue {
                direction,
                words: words(cue),
            });
        }
        causal.sort_by_key(|a| std::cmp::Reverse(a.words.len()));
        let noise = data_lines(NOISE)
            .map(|(_, l)| l.trim().to_lowercase())
            .collect();
        let mut trigger_index: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, t) in triggers.iter().enumerate() {
            if let Some(w) = t.words.first() {
                trigger_index.entry(w.clone()).or_default().push(i);
            }
        }
        // Longest form first within a first word, so "took control" beats "took".
        for v in trigger_index.values_mut() {
            v.sort_by(|&a, &b| {
                (triggers[b].words.len(), triggers[b].object.is_some())
                    .cmp(&(triggers[a].words.len(), triggers[a].object.is_some()))
            });
        }
        let mut alias_index: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, a) in aliases.iter().enumerate() {
            if let Some(w) = a.words.first() {
                alias_index.entry(w.clone()).or_default().push(i);
            }
        }
        Ok(Lexicon {
            triggers,
            trigger_index,
            entities,
            aliases,
            alias_index,
            cues,
            noise,
            causal,
        })
    }

    /// The longest trigger starting at `words[i]` (lowercase words): its index and length.
    pub fn trigger_at(&self, lower: &[&str], i: usize) -> Option<(usize, usize)> {
        let cands = self.trigger_index.get(lower[i])?;
        cands.iter().find_map(|&t| {
            let trig = &self.triggers[t];
            let w = &trig.words;
            let head = lower.len() >= i + w.len() && w.iter().zip(&lower[i..]).all(|(a, b)| a == b);
            let object = trig.object.as_ref().is_none_or(|objs| {
                lower[(i + w.len()).min(lower.len())..]
                    .iter()
                    .take(OBJECT_GAP + 1)
                    .any(|x| objs.iter().any(|o| o == x))
            });
            (head && object).then_some((t, w.len()))
        })
    }

    /// The longest gazetteer alias starting at `words[i]` (original case).
    pub fn alias_at(&self, words: &[&str], i: usize) -> Option<(usize, usize)> {
        let cands = self.alias_index.get(words[i])?;
        cands.iter().find_map(|&a| {
            let w = &self.aliases[a].words;
            (words.len() >= i + w.len() && w.iter().zip(&words[i..]).all(|(a, b)| a == b))
                .then_some((self.aliases[a].entity, w.len()))
        })
    }

    /// True if a line is page furniture by one of the listed prefixes.
    pub fn is_noise_prefix(&self, line: &str) -> bool {
        let l = line.trim().to_lowercase();
        let l = l.trim_end_matches('.');
        self.noise
            .iter()
            .any(|p| l.starts_with(p.as_str()) || l.ends_with(p.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_files_parse_and_every_trigger_is_found() {
        let lx = Lexicon::builtin();
        assert!(lx.triggers.len() > 100);
        for (i, t) in lx.triggers.iter().enumerate() {
            let mut w: Vec<&str> = t.words.iter().map(String::as_str).collect();
            let len_head = w.len();
            if let Some(objs) = &t.object {
                // "taking dozens of districts": the object a few words on.
                w.extend(["dozens", "of"]);
                w.push(objs[0].as_str());
            }
            let (found, len) = lx.trigger_at(&w, 0).unwrap();
            // The same form may be listed once only: the first listing wins.
            assert_eq!(len, len_head);
            assert!(
                found == i || lx.triggers[found].words == t.words,
                "{:?}",
                t.words
            );
        }
    }

    #[test]
    fn trigger_forms_are_unique() {
        let lx = Lexicon::builtin();
        let mut seen = std::collections::BTreeSet::new();
        for t in &lx.triggers {
            assert!(
                seen.insert((t.words.clone(), t.object.clone())),
                "duplicate trigger {:?}",
                t.words
            );
        }
    }

    #[test]
    fn gapped_forms_need_their_object_near() {
        let lx = Lexicon::builtin();
        let hit = |s: &str| {
            let w: Vec<&str> = s.split(' ').collect();
            lx.trigger_at(&w, 1)
                .map(|(t, len)| (lx.triggers[t].kind.clone(), len))
        };
        assert_eq!(
            hit("fighters taking dozens of districts"),
            Some(("fall".into(), 1))
        );
        assert_eq!(hit("fighters taking part in talks"), None);
        assert_eq!(hit("fighters taking a b c d e districts"), None);
        assert_eq!(hit("embassy will remain open"), None);
        assert_eq!(hit("will remain open"), Some(("reopening".into(), 2)));
    }

    #[test]
    fn longest_alias_wins() {
        let lx = Lexicon::builtin();
        let w = ["Bagram", "Air", "Base", "closed"];
        let (e, len) = lx.alias_at(&w, 0).unwrap();
        assert_eq!((lx.entities[e].name.as_str(), len), ("Bagram Airfield", 3));
        let (e, len) = lx.alias_at(&["Bagram"], 0).unwrap();
        assert_eq!((lx.entities[e].name.as_str(), len), ("Bagram Airfield", 1));
    }

    #[test]
    fn every_cue_and_alias_has_words() {
        let lx = Lexicon::builtin();
        assert!(lx.cues.iter().all(|c| !c.words.is_empty()));
        assert!(lx.aliases.iter().all(|a| !a.words.is_empty()));
    }

    #[test]
    fn user_gazetteer_extends_and_errors_name_the_line() {
        let lx = Lexicon::with_gazetteer(Some(("mine.tsv", "place\tSpin Boldak\tSpin Boldak\n")))
            .unwrap();
        assert!(lx.alias_at(&["Spin", "Boldak"], 0).is_some());
        let e = Lexicon::with_gazetteer(Some(("mine.tsv", "# c\ncity\tX\tX\n"))).unwrap_err();
        assert_eq!(e, "mine.tsv:2: type must be place or actor, found \"city\"");
    }

    #[test]
    fn causal_cues_exclude_temporal_words() {
        let lx = Lexicon::builtin();
        assert!(lx.causal.len() > 10);
        for w in ["after", "following", "amid", "since"] {
            assert!(
                lx.causal.iter().all(|c| c.words != [w]),
                "{w} is temporal, not causal"
            );
        }
        assert_eq!(
            lx.causal
                .iter()
                .find(|c| c.words == ["because", "of"])
                .unwrap()
                .direction,
            Direction::EffectCause
        );
        // Longest first, so "because of" is tried before "because".
        let i = lx
            .causal
            .iter()
            .position(|c| c.words == ["because", "of"])
            .unwrap();
        let j = lx
            .causal
            .iter()
            .position(|c| c.words == ["because"])
            .unwrap();
        assert!(i < j);
    }

    #[test]
    fn past_forms() {
        assert!(is_past_form("left", Some("leaves")));
        assert!(is_past_form("ordered", Some("orders")));
        assert!(is_past_form("withdrawn", Some("withdraws")));
        assert!(is_past_form("took control", Some("takes control")));
        assert!(!is_past_form("withdraw", Some("withdraws")));
        assert!(!is_past_form("leaves", Some("leaves")));
        assert!(!is_past_form("evacuating", Some("evacuates")));
        assert!(!is_past_form("reach", Some("reaches")));
        assert!(!is_past_form("withdrawal", None));
    }

    #[test]
    fn noise_prefixes() {
        let lx = Lexicon::builtin();
        assert!(lx.is_noise_prefix("Read more: Afghanistan: Two decades of conflict"));
        assert!(lx.is_noise_prefix("Credit: Reuters"));
        assert!(lx.is_noise_prefix("CNN's Barbara Starr contributed to this report."));
        assert!(!lx.is_noise_prefix("The Taliban captured two cities."));
    }
}
