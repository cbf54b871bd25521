//! Event files: loading with positions, validation, canonical writing.
//!
//! The canonical layout is what `timeline fmt` and `timeline build` write: one block per
//! event separated by blank lines, keys in a fixed order, short lists in flow style. Files are
//! written atomically (temp file in the same folder, then rename), and only after the old
//! file loaded cleanly.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use crate::error::{Error, Problem, Result};
use crate::model::{Event, EventId, Span, Timeline};
use crate::source::corpus::Corpus;
use crate::source::locate::{self, Item};
use crate::source::span_of_yaml_error;

/// A parsed event file with what is needed to point at its parts.
#[derive(Debug, Clone)]
pub struct LoadedTimeline {
    pub path: String,
    pub text: String,
    pub timeline: Timeline,
    index: Item,
}

impl LoadedTimeline {
    /// Position of `events[i].key` (or of the event, or of the file).
    pub fn span(&self, event: usize, key: Option<&str>) -> Span {
        let pos = self
            .index
            .seqs
            .get("events")
            .and_then(|v| v.get(event))
            .map(|it| key.and_then(|k| it.keys.get(k).copied()).unwrap_or(it.pos))
            .unwrap_or((0, 0));
        Span {
            path: self.path.clone(),
            line: pos.0,
            column: pos.1,
        }
    }

    /// Position of `events[i].sources[j].key`.
    pub fn source_span(&self, event: usize, source: usize, key: &str) -> Span {
        let pos = self
            .index
            .seqs
            .get("events")
            .and_then(|v| v.get(event))
            .and_then(|it| it.seqs.get("sources"))
            .and_then(|s| s.get(source))
            .map(|it| it.keys.get(key).copied().unwrap_or(it.pos));
        match pos {
            Some((line, column)) => Span {
                path: self.path.clone(),
                line,
                column,
            },
            None => self.span(event, Some("sources")),
        }
    }

    /// Lines `(first, last)` (1-based, inclusive) of each event's block, by index.
    pub fn event_lines(&self) -> Vec<(usize, usize)> {
        self.index
            .seqs
            .get("events")
            .map(|v| v.iter().map(|it| (it.pos.0, it.end_line)).collect())
            .unwrap_or_default()
    }

    fn problem(&self, span: Span, field: String, msg: String) -> Problem {
        Problem::new(span, field, msg).with_snippet_from(&self.text)
    }
}

/// Parse an event file's text. `path` is only used in messages.
pub fn parse_timeline(path: &str, text: &str) -> Result<LoadedTimeline> {
    let timeline: Timeline = match serde_yaml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            let (span, msg) = span_of_yaml_error(path, &e);
            let hint = if msg.contains("unknown field") {
                Some("see the event-file format in README.md; `timeline check` lists every problem")
            } else if msg.contains("EDTF") {
                Some("dates look like 2021-07-02, 2021-04, 2021-07~ or 2021-08-09/2021-08-15")
            } else {
                None
            };
            let mut p = Problem::new(span, "", msg).with_snippet_from(text);
            if let Some(h) = hint {
                p = p.with_hint(h);
            }
            return Err(Error::one(p));
        }
    };
    Ok(LoadedTimeline {
        path: path.to_string(),
        text: text.to_string(),
        timeline,
        index: locate::root_mapping(text),
    })
}

/// Read and parse an event file.
pub fn load_timeline(path: &Path) -> Result<LoadedTimeline> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_timeline(&path.display().to_string(), &text)
}

/// Collapse runs of white space so a quote may wrap differently from its article.
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// True if every `…`-separated fragment of `quote` occurs in `text`, in order.
pub fn quote_found(quote: &str, text: &str) -> bool {
    let hay = squash(text);
    let mut from = 0;
    let mut any = false;
    for frag in quote.split(['…']).map(squash) {
        if frag.is_empty() {
            continue;
        }
        any = true;
        match hay[from..].find(frag.as_str()) {
            Some(i) => from += i + frag.len(),
            None => return false,
        }
    }
    any
}

/// Problems of a parsed timeline: ids, causes, and (with a corpus) sources and quotes.
pub fn validate(lt: &LoadedTimeline, corpus: Option<&Corpus>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let events = &lt.timeline.events;
    let mut first_of: BTreeMap<&EventId, usize> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        if !EventId::is_valid(e.id.as_str()) {
            problems.push(
                lt.problem(
                    lt.span(i, Some("id")),
                    format!("events[{i}].id"),
                    format!("{:?} is not a slug", e.id.as_str()),
                )
                .with_hint("use lowercase letters, digits and hyphens, e.g. bagram-exit"),
            );
        }
        if let Some(&j) = first_of.get(&e.id) {
            let first = lt.span(j, Some("id"));
            problems.push(lt.problem(
                lt.span(i, Some("id")),
                format!("events[{i}].id"),
                format!("duplicate id {:?}, first used at {first}", e.id.as_str()),
            ));
        } else {
            first_of.insert(&e.id, i);
        }
        if e.title.trim().is_empty() {
            problems.push(lt.problem(
                lt.span(i, Some("title")),
                format!("events[{i}].title"),
                "empty title".into(),
            ));
        }
    }
    for (i, e) in events.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for c in &e.causes {
            if !seen.insert(c) {
                problems.push(lt.problem(
                    lt.span(i, Some("causes")),
                    format!("events[{i}].causes"),
                    format!("cause {:?} is listed twice", c.as_str()),
                ));
            } else if c == &e.id {
                problems.push(lt.problem(
                    lt.span(i, Some("causes")),
                    format!("events[{i}].causes"),
                    format!("event {:?} names itself as its cause", c.as_str()),
                ));
            } else if !first_of.contains_key(c) {
                problems.push(
                    lt.problem(
                        lt.span(i, Some("causes")),
                        format!("events[{i}].causes"),
                        format!("no event has the id {:?}", c.as_str()),
                    )
                    .with_hint("causes name the ids of other events in this file"),
                );
            }
        }
        for (j, ev) in e.cause_evidence.iter().enumerate() {
            if !e.causes.contains(&ev.cause) {
                problems.push(
                    lt.problem(
                        lt.span(i, Some("cause_evidence")),
                        format!("events[{i}].cause_evidence[{j}].cause"),
                        format!("{:?} is not one of the event's causes", ev.cause.as_str()),
                    )
                    .with_hint("add it to `causes`, or remove this evidence"),
                );
            }
        }
        let Some(corpus) = corpus else { continue };
        for (j, s) in e.sources.iter().enumerate() {
            match corpus.article(&s.doc) {
                None => problems.push(
                    lt.problem(
                        lt.source_span(i, j, "doc"),
                        format!("events[{i}].sources[{j}].doc"),
                        format!("no article with id {:?} in {}", s.doc, corpus.dir.display()),
                    )
                    .with_hint("doc is an id from the corpus's sources.yaml"),
                ),
                Some(a) if !quote_found(&s.quote, &a.text) => problems.push(
                    lt.problem(
                        lt.source_span(i, j, "quote"),
                        format!("events[{i}].sources[{j}].quote"),
                        format!("quote not found verbatim in article {:?}", s.doc),
                    )
                    .with_hint("copy the text exactly; mark omissions with …"),
                ),
                Some(_) => {}
            }
        }
    }
    problems
}

/// A scalar as YAML writes it on one line: plain where safe, else quoted.
fn scalar(s: &str) -> String {
    if s.contains('\n') || s.contains('\r') {
        // JSON strings are valid YAML double-quoted scalars and stay on one line.
        return serde_json::to_string(s).expect("strings serialize");
    }
    let y = serde_yaml::to_string(s).expect("strings serialize");
    let y = y.trim_end_matches('\n');
    // serde_yaml may choose a block scalar for some strings; never in our layout.
    if y.starts_with('|') || y.starts_with('>') {
        serde_json::to_string(s).expect("strings serialize")
    } else {
        y.to_string()
    }
}

/// A list item safe in flow style (`[a, b]`) without quoting.
fn flow_safe(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '\'' | '&' | '/' | '(' | ')')
        })
        && !s.starts_with([' ', '-', '.', '\''])
        && !s.ends_with(' ')
        && scalar(s) == s
}

fn list(out: &mut String, indent: &str, key: &str, items: &[&str]) {
    if items.is_empty() {
        return;
    }
    if items.iter().all(|s| flow_safe(s)) && items.iter().map(|s| s.len() + 2).sum::<usize>() < 80 {
        let _ = writeln!(out, "{indent}{key}: [{}]", items.join(", "));
    } else {
        let _ = writeln!(out, "{indent}{key}:");
        for s in items {
            let _ = writeln!(out, "{indent}  - {}", scalar(s));
        }
    }
}

/// One event in canonical layout, indented as an item of `events:`.
pub fn event_yaml(e: &Event) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "  - id: {}", scalar(e.id.as_str()));
    let ind = "    ";
    let _ = writeln!(o, "{ind}date: {}", scalar(&e.date.to_string()));
    let _ = writeln!(o, "{ind}title: {}", scalar(&e.title));
    let _ = writeln!(o, "{ind}status: {}", e.status);
    if let Some(r) = e.review {
        let _ = writeln!(
            o,
            "{ind}review: {}",
            serde_yaml::to_string(&r).unwrap_or_default().trim()
        );
    }
    if let Some(k) = &e.kind {
        let _ = writeln!(o, "{ind}kind: {}", scalar(k));
    }
    fn strs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    list(&mut o, ind, "actors", &strs(&e.actors));
    list(&mut o, ind, "places", &strs(&e.places));
    list(
        &mut o,
        ind,
        "causes",
        &e.causes.iter().map(EventId::as_str).collect::<Vec<_>>(),
    );
    if !e.cause_evidence.is_empty() {
        let _ = writeln!(o, "{ind}cause_evidence:");
        for c in &e.cause_evidence {
            let _ = writeln!(o, "{ind}  - cause: {}", scalar(c.cause.as_str()));
            let _ = writeln!(o, "{ind}    cue: {}", scalar(&c.cue));
            let _ = writeln!(o, "{ind}    doc: {}", scalar(&c.doc));
            let _ = writeln!(o, "{ind}    quote: {}", scalar(&c.quote));
        }
    }
    if !e.sources.is_empty() {
        let _ = writeln!(o, "{ind}sources:");
        for s in &e.sources {
            let _ = writeln!(o, "{ind}  - doc: {}", scalar(&s.doc));
            let _ = writeln!(o, "{ind}    quote: {}", scalar(&s.quote));
            if let Some(w) = &s.when {
                let _ = writeln!(o, "{ind}    when: {}", scalar(w));
            }
        }
    }
    if let Some(n) = &e.note {
        let _ = writeln!(o, "{ind}note: {}", scalar(n));
    }
    o
}

/// The header line that lets editors validate the file against the committed schema.
pub const SCHEMA_COMMENT: &str = "# yaml-language-server: $schema=../timeline.schema.json";

/// Shift every line of `block` from `from` to two spaces of indentation.
fn reindent(block: &[&str], from: usize) -> String {
    let mut o = String::new();
    for l in block {
        let lead = l.len() - l.trim_start_matches(' ').len();
        let keep = lead.saturating_sub(from);
        if l.trim().is_empty() {
            o.push('\n');
        } else {
            let _ = writeln!(o, "  {}{}", " ".repeat(keep), &l[lead..]);
        }
    }
    o
}

/// The comment lines before each event and the event's own lines, as written, keyed by id.
/// Used to keep what a person wrote where an update changes nothing.
fn event_blocks(lt: &LoadedTimeline) -> BTreeMap<EventId, (String, String)> {
    let lines: Vec<&str> = lt.text.lines().collect();
    let items = lt.index.seqs.get("events").cloned().unwrap_or_default();
    let events_line = lt.index.keys.get("events").map_or(0, |p| p.0);
    let mut out = BTreeMap::new();
    let mut prev_end = events_line; // 1-based line of the previous item's end (or `events:`)
    for (i, it) in items.iter().enumerate() {
        let Some(e) = lt.timeline.events.get(i) else {
            break;
        };
        let indent = it.pos.1.saturating_sub(1);
        let comments: Vec<&str> = lines
            .get(prev_end..it.pos.0.saturating_sub(1))
            .unwrap_or(&[])
            .iter()
            .copied()
            .filter(|l| l.trim_start().starts_with('#'))
            .collect();
        let mut body: Vec<&str> = lines.get(it.pos.0 - 1..it.end_line).unwrap_or(&[]).to_vec();
        while body.last().is_some_and(|l| l.trim().is_empty()) {
            body.pop();
        }
        out.insert(
            e.id.clone(),
            (reindent(&comments, indent), reindent(&body, indent)),
        );
        prev_end = it.end_line;
    }
    out
}

/// The canonical text of a timeline: same timeline, same bytes.
pub fn to_yaml(t: &Timeline) -> String {
    write_yaml(t, None, false)
}

/// Write `t` keeping what a person wrote in `original`: the header, the comments before each
/// event, and, with `verbatim`, the exact text of every event the update left unchanged.
/// Everything else is laid out canonically.
pub fn to_yaml_preserving(t: &Timeline, original: &LoadedTimeline, verbatim: bool) -> String {
    write_yaml(t, Some(original), verbatim)
}

fn write_yaml(t: &Timeline, original: Option<&LoadedTimeline>, verbatim: bool) -> String {
    let blocks = original.map(event_blocks).unwrap_or_default();
    let old: BTreeMap<&EventId, &Event> = original
        .map(|o| o.timeline.events.iter().map(|e| (&e.id, e)).collect())
        .unwrap_or_default();
    let mut o = String::new();
    let lines: Vec<&str> = original
        .map(|o| o.text.lines().collect())
        .unwrap_or_default();
    let events_line = original
        .and_then(|o| o.index.keys.get("events"))
        .map_or(0, |p| p.0);
    let same_head = original.is_some_and(|orig| {
        t.title == orig.timeline.title && t.description == orig.timeline.description
    });
    if same_head && events_line > 1 {
        let head = &lines[..events_line - 1];
        if !head.iter().any(|l| l.contains("yaml-language-server")) {
            let _ = writeln!(o, "{SCHEMA_COMMENT}");
        }
        for l in head {
            let _ = writeln!(o, "{l}");
        }
    } else {
        let _ = writeln!(o, "{SCHEMA_COMMENT}");
        let _ = writeln!(o, "title: {}", scalar(&t.title));
        if let Some(d) = &t.description {
            let _ = writeln!(o, "description: {}", scalar(d));
        }
    }
    if t.events.is_empty() {
        let _ = writeln!(o, "events: []");
    } else {
        let _ = writeln!(o, "events:");
        for (i, e) in t.events.iter().enumerate() {
            if i > 0 {
                o.push('\n');
            }
            match blocks.get(&e.id) {
                Some((comments, body)) => {
                    o.push_str(comments);
                    if verbatim && old.get(&e.id) == Some(&e) {
                        o.push_str(body);
                    } else {
                        o.push_str(&event_yaml(e));
                    }
                }
                None => o.push_str(&event_yaml(e)),
            }
        }
    }
    if !t.rejected.is_empty() {
        let _ = writeln!(
            o,
            "\n# Fingerprints of extracted events deleted by hand; they are not extracted again."
        );
        let _ = writeln!(o, "rejected:");
        for r in &t.rejected {
            let _ = writeln!(o, "  - {}", scalar(r));
        }
    }
    o
}

/// Write `contents` to `path` atomically: a temporary file in the same folder, then rename.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    if std::fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(()); // unchanged: keep the file's timestamp too
    }
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
    tmp.write_all(contents).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SourceRef, Status};

    fn ev(id: &str) -> Event {
        Event {
            id: EventId(id.into()),
            date: "2021-07-02~".parse().unwrap(),
            title: "US forces leave Bagram Airfield".into(),
            status: Status::Happened,
            kind: Some("withdrawal".into()),
            actors: vec!["US military".into()],
            places: vec!["Bagram Airfield".into(), "a, b: [c]".into()],
            causes: vec![],
            sources: vec![SourceRef {
                doc: "002".into(),
                quote: "…days after the US military left Bagram Airfield…".into(),
                when: Some("days after".into()),
            }],
            note: Some("line one\nline two: \"quoted\"".into()),
            review: None,
            cause_evidence: vec![],
        }
    }

    #[test]
    fn canonical_yaml_round_trips() {
        let mut t = Timeline {
            title: "Kabul: drawdown #1".into(),
            events: vec![ev("bagram-exit"), ev("b")],
            ..Timeline::default()
        };
        t.events[1].causes = vec![EventId("bagram-exit".into())];
        t.events[1].cause_evidence = vec![crate::model::CauseEvidence {
            cause: EventId("bagram-exit".into()),
            cue: "because of".into(),
            doc: "002".into(),
            quote: "x because of y".into(),
        }];
        t.events[1].date = "2018".parse().unwrap();
        t.rejected = vec!["abc".into()];
        let y = to_yaml(&t);
        let back = parse_timeline("t.yaml", &y).unwrap();
        assert_eq!(back.timeline, t, "{y}");
        assert_eq!(to_yaml(&back.timeline), y);
        assert!(y.contains("    actors: [US military]\n"), "{y}");
    }

    #[test]
    fn comments_and_untouched_events_survive_a_rewrite() {
        let y = "# my notes\ntitle: T\nevents:\n# about a\n- id: a\n  date: 2021-07   # rough\n  title: A\n  status: happened\n\n- {id: b, date: '2021-08', title: B, status: planned}\n";
        let lt = parse_timeline("t.yaml", y).unwrap();
        let mut t = lt.timeline.clone();
        t.events[1].title = "B2".into();
        let out = to_yaml_preserving(&t, &lt, true);
        assert!(out.starts_with(&format!("{SCHEMA_COMMENT}\n# my notes\ntitle: T\nevents:\n  # about a\n  - id: a\n    date: 2021-07   # rough\n")), "{out}");
        assert!(
            out.contains("  - id: b\n    date: 2021-08\n    title: B2\n"),
            "{out}"
        );
        let back = parse_timeline("t.yaml", &out).unwrap();
        assert_eq!(back.timeline, t);
        // Writing again changes nothing.
        assert_eq!(to_yaml_preserving(&back.timeline, &back, true), out);
        // fmt: canonical layout, comments kept.
        let f = to_yaml_preserving(&t, &lt, false);
        assert!(
            f.contains("  # about a\n  - id: a\n    date: 2021-07\n"),
            "{f}"
        );
    }

    #[test]
    fn yaml_error_has_line_and_column_and_text() {
        let y =
            "title: t\nevents:\n  - id: a\n    date: spring\n    title: x\n    status: happened\n";
        let e = parse_timeline("t.yaml", y).unwrap_err().to_string();
        assert!(e.starts_with("t.yaml:4:11: events[0].date: "), "{e}");
        assert!(e.contains("\"spring\""), "{e}");
        assert!(e.contains(" 4 |     date: spring"), "{e}");
    }

    #[test]
    fn validation_finds_duplicates_dangling_causes_and_missing_quotes() {
        let y = "title: t\nevents:\n  - id: a\n    date: 2021\n    title: x\n    status: happened\n    causes: [zz]\n    sources:\n      - doc: d\n        quote: not there\n\n  - id: a\n    date: 2021\n    title: y\n    status: planned\n";
        let lt = parse_timeline("t.yaml", y).unwrap();
        let corpus = Corpus {
            articles: vec![crate::source::Article {
                meta: crate::model::ArticleMeta {
                    id: "d".into(),
                    file: "d.txt".into(),
                    title: String::new(),
                    outlet: String::new(),
                    url: String::new(),
                    published: None,
                },
                text: "Something else.".into(),
            }],
            ..Corpus::default()
        };
        let p: Vec<String> = validate(&lt, Some(&corpus))
            .iter()
            .map(|p| p.to_string())
            .collect();
        let all = p.join("\n");
        assert!(
            all.contains("t.yaml:12:9: events[1].id: duplicate id \"a\", first used at t.yaml:3:9"),
            "{all}"
        );
        assert!(
            all.contains("t.yaml:7:13: events[0].causes: no event has the id \"zz\""),
            "{all}"
        );
        assert!(
            all.contains("t.yaml:10:16: events[0].sources[0].quote: quote not found"),
            "{all}"
        );
    }

    #[test]
    fn quotes_allow_ellipses_and_rewrapping() {
        let text = "The Taliban spokesman's comments came days after\nthe US military left Bagram Airfield, one of the key bases.";
        assert!(quote_found(
            "…days after the US military left Bagram Airfield…",
            text
        ));
        assert!(quote_found("comments came … key bases.", text));
        assert!(!quote_found("key bases … comments came", text));
        assert!(!quote_found("…", text));
    }

    #[test]
    fn atomic_write_replaces_content() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("x.yaml");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }
}
