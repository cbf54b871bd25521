//! Where things are in a block-style YAML file. serde_yaml reports positions of syntax and
//! type errors but not of values that parse fine and are wrong together (a duplicate id, a
//! dangling cause, a quote missing from its article). This indexer reads the indentation
//! structure of the file once so such problems can still be reported as `file:line:column`.
//! It understands the block layout this tool writes and people usually edit; anything else
//! (flow mappings, anchors) just yields no position, never a wrong one.

use std::collections::BTreeMap;

/// A 1-based line and column.
pub type Pos = (usize, usize);

/// One item of a block sequence whose items are mappings.
#[derive(Debug, Clone, Default)]
pub struct Item {
    /// Position of the `-` that starts the item.
    pub pos: Pos,
    /// Position of each key's value (or of the key, when the value is on later lines).
    pub keys: BTreeMap<String, Pos>,
    /// Nested sequences under a key of this item.
    pub seqs: BTreeMap<String, Vec<Item>>,
    /// Last line that belongs to the item.
    pub end_line: usize,
}

struct Line<'a> {
    no: usize,
    indent: usize,
    body: &'a str,
}

fn significant_lines(text: &str) -> Vec<Line<'_>> {
    text.lines()
        .enumerate()
        .filter_map(|(i, raw)| {
            let body = raw.trim_start_matches(' ');
            if body.trim().is_empty() || body.starts_with('#') {
                return None;
            }
            Some(Line {
                no: i + 1,
                indent: raw.len() - body.len(),
                body,
            })
        })
        .collect()
}

fn is_dash(body: &str) -> bool {
    body == "-" || body.starts_with("- ")
}

/// The key of a `key: value` line and the column offset of its value within `body`.
fn key_of(body: &str) -> Option<(&str, usize)> {
    let colon = body.find(':')?;
    let key = &body[..colon];
    if key.is_empty()
        || !key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return None;
    }
    let rest = &body[colon + 1..];
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let value_off = colon + 1 + (rest.len() - rest.trim_start().len());
    Some((key, value_off))
}

/// Parse a sequence of mappings whose dashes sit at `indent`, starting at `lines[i]`.
fn parse_seq(lines: &[Line<'_>], mut i: usize, indent: usize) -> (Vec<Item>, usize) {
    let mut items = Vec::new();
    while i < lines.len() && lines[i].indent == indent && is_dash(lines[i].body) {
        let dash = &lines[i];
        let mut item = Item {
            pos: (dash.no, dash.indent + 1),
            end_line: dash.no,
            ..Item::default()
        };
        let after = &dash.body[1..];
        let content = after.trim_start();
        let map_indent = dash.indent + 1 + (after.len() - content.len());
        i += 1;
        // The first key may share the dash's line; the rest are deeper-indented lines.
        let mut first = (!content.is_empty()).then_some((dash.no, map_indent, content));
        loop {
            let (no, ind, body) = if let Some(f) = first.take() {
                f
            } else if i < lines.len() && lines[i].indent > indent {
                let l = &lines[i];
                i += 1;
                (l.no, l.indent, l.body)
            } else {
                break;
            };
            item.end_line = item.end_line.max(no);
            if ind != map_indent {
                continue;
            }
            if let Some((key, off)) = key_of(body) {
                item.keys.insert(key.to_string(), (no, ind + off + 1));
                // A nested block sequence may sit at the key's indent or deeper.
                if body[off..].is_empty()
                    && i < lines.len()
                    && is_dash(lines[i].body)
                    && lines[i].indent >= map_indent
                {
                    let (sub, next) = parse_seq(lines, i, lines[i].indent);
                    if let Some(last) = sub.last() {
                        item.end_line = item.end_line.max(last.end_line);
                    }
                    item.seqs.insert(key.to_string(), sub);
                    i = next;
                }
            }
        }
        items.push(item);
    }
    (items, i)
}

/// Index of a document whose root is a sequence of mappings (`sources.yaml`).
pub fn root_sequence(text: &str) -> Vec<Item> {
    let lines = significant_lines(text);
    match lines.first() {
        Some(first) if is_dash(first.body) => parse_seq(&lines, 0, first.indent).0,
        _ => Vec::new(),
    }
}

/// Index of a document whose root is a mapping: top-level keys and their sequences.
pub fn root_mapping(text: &str) -> Item {
    let lines = significant_lines(text);
    let mut root = Item::default();
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        i += 1;
        if l.indent != 0 {
            continue;
        }
        if let Some((key, off)) = key_of(l.body) {
            root.keys.insert(key.to_string(), (l.no, off + 1));
            if l.body[off..].is_empty() && i < lines.len() && is_dash(lines[i].body) {
                let (sub, next) = parse_seq(&lines, i, lines[i].indent);
                root.seqs.insert(key.to_string(), sub);
                i = next;
            }
        }
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
# comment
title: T
events:
  - id: a
    date: 2021-07
    causes: [b]
    sources:
      - doc: d1
        quote: \"x\"
      - doc: d2
        quote: y

  - id: b # trailing
    date: 2021
rejected:
- fp1
";

    #[test]
    fn finds_items_keys_and_nested_sequences() {
        let root = root_mapping(DOC);
        assert_eq!(root.keys["title"], (2, 8));
        let ev = &root.seqs["events"];
        assert_eq!(ev.len(), 2);
        assert_eq!(ev[0].pos, (4, 3));
        assert_eq!(ev[0].keys["id"], (4, 9));
        assert_eq!(ev[0].keys["date"], (5, 11));
        let src = &ev[0].seqs["sources"];
        assert_eq!(src.len(), 2);
        assert_eq!(src[1].keys["quote"], (11, 16));
        assert_eq!(ev[0].end_line, 11);
        assert_eq!(ev[1].keys["date"], (14, 11));
        assert_eq!(ev[1].end_line, 14);
    }

    #[test]
    fn sequence_at_key_indent() {
        let root = root_mapping("events:\n- id: a\n  date: 2021\n- id: b\n");
        let ev = &root.seqs["events"];
        assert_eq!(ev.len(), 2);
        assert_eq!(ev[1].keys["id"], (4, 7));
    }

    #[test]
    fn root_sequence_of_sources() {
        let items = root_sequence("# c\n- id: x\n  file: a.txt\n- file: b.txt\n");
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].keys["file"], (4, 9));
    }

    #[test]
    fn odd_input_gives_no_positions_and_no_panic() {
        for t in [
            "",
            "-",
            "- -\n  - :",
            "{a: [1,2]}",
            "\t- x: y",
            "events:\n  - \n  -",
        ] {
            let _ = root_mapping(t);
            let _ = root_sequence(t);
        }
    }
}
