//! Machine exports: JSON (documented schema), TimelineJS 3, iCalendar, Graphviz DOT, Mermaid
//! and CSV. Each escapes untrusted text for its own syntax.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use schemars::JsonSchema;
use serde::Serialize;

use crate::date::{EventDate, Precision};
use crate::model::{ArticleMeta, Event, Timeline};
use crate::render::{RenderInput, safe_url};

/// The JSON export: the timeline in display order with the articles it cites.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonExport<'a> {
    /// Version of this schema; bumped on incompatible changes.
    pub schema_version: u32,
    pub title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'a str>,
    /// Events in display order (time, then cause).
    pub events: &'a [Event],
    /// Articles of the corpus, by id.
    pub articles: BTreeMap<&'a str, &'a ArticleMeta>,
}

/// JSON export.
pub fn json(input: &RenderInput) -> String {
    let t = input.timeline;
    let e = JsonExport {
        schema_version: 1,
        title: &t.title,
        description: t.description.as_deref(),
        events: &t.events,
        articles: input.articles.iter().map(|a| (a.id.as_str(), a)).collect(),
    };
    serde_json::to_string_pretty(&e).expect("exports serialize") + "\n"
}

/// JSON Schema of the JSON export.
pub fn json_schema() -> String {
    let s = schemars::schema_for!(JsonExport<'static>);
    serde_json::to_string_pretty(&s).expect("schemas serialize") + "\n"
}

fn tl_date(d: chrono::NaiveDate, precision: Precision) -> serde_json::Value {
    use chrono::Datelike;
    let mut m = serde_json::Map::new();
    m.insert("year".into(), d.year().into());
    if precision >= Precision::Month {
        m.insert("month".into(), d.month().into());
    }
    if precision == Precision::Day {
        m.insert("day".into(), d.day().into());
    }
    serde_json::Value::Object(m)
}

fn html_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// TimelineJS 3 JSON. TimelineJS renders `headline` and `text` as HTML, so both are escaped.
pub fn timelinejs(input: &RenderInput) -> String {
    let t = input.timeline;
    let metas: BTreeMap<&str, &ArticleMeta> =
        input.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let events: Vec<serde_json::Value> = t
        .events
        .iter()
        .map(|e| {
            let (a, b) = e.date.day_range();
            let start = a.or(b).unwrap_or(chrono::NaiveDate::MIN);
            let mut text = format!(
                "<p><em>{}</em> · {}</p>",
                html_escape(&e.date.describe()),
                e.status
            );
            for s in &e.sources {
                let m = metas.get(s.doc.as_str());
                let title = m
                    .map(|m| m.title.as_str())
                    .filter(|t| !t.is_empty())
                    .unwrap_or(&s.doc);
                let cite = match m.and_then(|m| safe_url(&m.url)) {
                    Some(u) => format!("<a href=\"{}\">{}</a>", html_escape(u), html_escape(title)),
                    None => html_escape(title),
                };
                let _ = write!(
                    text,
                    "<blockquote>{}</blockquote><p>— {cite}</p>",
                    html_escape(&s.quote)
                );
            }
            let mut v = serde_json::json!({
                "unique_id": e.id.as_str(),
                "start_date": tl_date(start, e.date.precision()),
                "text": {"headline": html_escape(&e.title), "text": text},
                "group": e.status.as_str(),
            });
            if let (Some(a), Some(b)) = (a, b)
                && a != b
                && e.date.precision() == Precision::Day
            {
                v["end_date"] = tl_date(b, Precision::Day);
            }
            v
        })
        .collect();
    let doc = serde_json::json!({
        "title": {"text": {"headline": html_escape(&t.title), "text": ""}},
        "events": events,
    });
    serde_json::to_string_pretty(&doc).expect("json") + "\n"
}

/// Escape a TEXT value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => o.push(c),
        }
    }
    o
}

/// Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence.
fn fold(line: &str, out: &mut String) {
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
}

/// iCalendar: one all-day VEVENT per event dated to a single day (exact or approximate).
pub fn ics(input: &RenderInput) -> String {
    let t = input.timeline;
    let mut o = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline//timeline//EN",
        "CALSCALE:GREGORIAN",
    ] {
        fold(l, &mut o);
    }
    fold(&format!("X-WR-CALNAME:{}", ics_text(&t.title)), &mut o);
    for e in &t.events {
        let day = match (&e.date, e.date.day_range()) {
            (EventDate::Point(p), (Some(a), _)) if p.precision() == Precision::Day => a,
            _ => continue,
        };
        let next = day.succ_opt().unwrap_or(day);
        fold("BEGIN:VEVENT", &mut o);
        fold(&format!("UID:{}@timeline", e.id), &mut o);
        // DTSTAMP is required; the event's own day keeps the output deterministic.
        fold(&format!("DTSTAMP:{}T000000Z", day.format("%Y%m%d")), &mut o);
        fold(
            &format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")),
            &mut o,
        );
        fold(
            &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")),
            &mut o,
        );
        fold(&format!("SUMMARY:{}", ics_text(&e.title)), &mut o);
        let mut desc = format!("{} ({})", e.date.describe(), e.status);
        for s in &e.sources {
            let _ = write!(desc, "\n“{}” ({})", s.quote, s.doc);
        }
        fold(&format!("DESCRIPTION:{}", ics_text(&desc)), &mut o);
        if !e.status.is_factual() {
            fold("STATUS:TENTATIVE", &mut o);
        }
        fold("END:VEVENT", &mut o);
    }
    fold("END:VCALENDAR", &mut o);
    o
}

fn dot_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            '\n' | '\r' => vec![' '],
            c => vec![c],
        })
        .collect()
}

/// Graphviz DOT of the cause graph: every event a node, every cause an edge.
pub fn dot(input: &RenderInput) -> String {
    let t = input.timeline;
    let mut o =
        String::from("digraph timeline {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for e in &t.events {
        let style = if e.status.is_factual() {
            ""
        } else {
            ", style=\"rounded,dashed\""
        };
        let _ = writeln!(
            o,
            "  \"{}\" [label=\"{}\\n{}\"{style}];",
            dot_escape(e.id.as_str()),
            dot_escape(&e.date.to_string()),
            dot_escape(&e.title)
        );
    }
    for e in &t.events {
        for c in &e.causes {
            let _ = writeln!(
                o,
                "  \"{}\" -> \"{}\";",
                dot_escape(c.as_str()),
                dot_escape(e.id.as_str())
            );
        }
    }
    o.push_str("}\n");
    o
}

/// A Mermaid label: quotes and characters Mermaid or a Markdown code fence would read are
/// written as entity codes.
fn mermaid_label(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars() {
        match c {
            '"' => o.push_str("#quot;"),
            '`' => o.push_str("#96;"),
            '#' => o.push_str("#35;"),
            '<' => o.push_str("#lt;"),
            '>' => o.push_str("#gt;"),
            '[' | ']' | '(' | ')' | '{' | '}' | '*' | '_' | '|' => {
                o.push_str(&format!("#{};", c as u32))
            }
            '\n' | '\r' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// Mermaid flowchart of the events that take part in a cause link; empty if there are none.
pub fn mermaid(t: &Timeline) -> String {
    let involved: Vec<&Event> = t
        .events
        .iter()
        .filter(|e| !e.causes.is_empty() || t.events.iter().any(|x| x.causes.contains(&e.id)))
        .collect();
    if involved.is_empty() {
        return String::new();
    }
    let index: BTreeMap<&str, usize> = involved
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut o = String::from("flowchart LR\n");
    for (i, e) in involved.iter().enumerate() {
        let _ = writeln!(
            o,
            "  n{i}[\"{} · {}\"]",
            mermaid_label(&e.date.to_string()),
            mermaid_label(&e.title)
        );
    }
    for e in &involved {
        for c in &e.causes {
            if let Some(ci) = index.get(c.as_str()) {
                let _ = writeln!(o, "  n{ci} --> n{}", index[e.id.as_str()]);
            }
        }
    }
    o
}

/// One CSV field (RFC 4180), with cells that a spreadsheet would run as a formula defused.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// CSV: one row per event and source.
pub fn csv(input: &RenderInput) -> String {
    let mut o =
        String::from("id,date,start,end,title,status,kind,actors,places,causes,doc,quote\r\n");
    for e in &input.timeline.events {
        let (a, b) = e.date.day_range();
        let base = [
            e.id.to_string(),
            e.date.to_string(),
            a.map(|d| d.to_string()).unwrap_or_default(),
            b.map(|d| d.to_string()).unwrap_or_default(),
            e.title.clone(),
            e.status.to_string(),
            e.kind.clone().unwrap_or_default(),
            e.actors.join("; "),
            e.places.join("; "),
            e.causes
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        ];
        let sources: Vec<(String, String)> = if e.sources.is_empty() {
            vec![(String::new(), String::new())]
        } else {
            e.sources
                .iter()
                .map(|s| (s.doc.clone(), s.quote.clone()))
                .collect()
        };
        for (doc, quote) in sources {
            let row: Vec<String> = base
                .iter()
                .cloned()
                .chain([doc, quote])
                .map(|f| csv_field(&f))
                .collect();
            o.push_str(&row.join(","));
            o.push_str("\r\n");
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_lines_are_folded_at_75_octets_and_escaped() {
        let mut o = String::new();
        fold(
            &format!("SUMMARY:{}", ics_text(&"é, a; b\\".repeat(20))),
            &mut o,
        );
        for line in o.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert!(o.starts_with("SUMMARY:é\\, a\\; b\\\\"));
    }

    #[test]
    fn csv_defuses_formulas_and_quotes() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn mermaid_and_dot_labels_cannot_break_out() {
        assert_eq!(
            mermaid_label("a\"]-->x```"),
            "a#quot;#93;--#gt;x#96;#96;#96;"
        );
        assert_eq!(dot_escape("a\"b\\"), "a\\\"b\\\\");
    }
}
