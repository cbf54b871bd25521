//! TimeML (`.tml`) documents: the text of `<TEXT>`, its TIMEX3 annotations and the DCT.
//!
//! Text convention (see `../shared/corpora/timeml/README.md`): the concatenated character
//! data of `<TEXT>` after XML entity decoding and line-end normalization, tags removed,
//! nothing stripped. Offsets are 0-based, end-exclusive, in Unicode code points.

use std::path::{Path, PathBuf};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::extract::temporal::Timex;

/// A gold TIMEX3 annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

/// One TimeML document.
#[derive(Debug, Clone, Default)]
pub struct TmlDoc {
    pub id: String,
    /// The `value` of the CREATION_TIME timex.
    pub dct: Option<String>,
    pub text: String,
    pub timexes: Vec<GoldTimex>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// Parse a TimeML document's text.
pub fn parse(id: &str, xml: &str) -> Result<TmlDoc, String> {
    let xml = xml.replace("\r\n", "\n").replace('\r', "\n");
    let mut reader = Reader::from_str(&xml);
    let mut doc = TmlDoc {
        id: id.to_string(),
        ..TmlDoc::default()
    };
    let mut in_text = false;
    let mut chars = 0usize;
    let mut open: Vec<(usize, String, String, bool)> = Vec::new(); // start, type, value, is_dct
    let push = |doc: &mut TmlDoc, chars: &mut usize, s: &str, in_text: bool| {
        if in_text {
            doc.text.push_str(s);
            *chars += s.chars().count();
        }
    };
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| format!("{id}: XML error at byte {}: {e}", reader.buffer_position()))?;
        match ev {
            Event::Start(e) => match e.name().as_ref() {
                "TEXT" => in_text = true,
                "TIMEX3" => {
                    let is_dct = attr(&e, "functionInDocument").as_deref() == Some("CREATION_TIME");
                    open.push((
                        chars,
                        attr(&e, "type").unwrap_or_default(),
                        attr(&e, "value").unwrap_or_default(),
                        is_dct,
                    ));
                }
                _ => {}
            },
            Event::Empty(e)
                if e.name().as_ref() == "TIMEX3"
                    && attr(&e, "functionInDocument").as_deref() == Some("CREATION_TIME") =>
            {
                doc.dct = attr(&e, "value");
            }
            Event::End(e) => match e.name().as_ref() {
                "TEXT" => in_text = false,
                "TIMEX3" => {
                    if let Some((start, kind, value, is_dct)) = open.pop() {
                        if is_dct {
                            doc.dct = Some(value);
                        } else if in_text {
                            doc.timexes.push(GoldTimex {
                                start,
                                end: chars,
                                kind,
                                value,
                            });
                        }
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                push(&mut doc, &mut chars, &t.xml10_content(), in_text);
            }
            Event::CData(t) => {
                push(&mut doc, &mut chars, &t.xml10_content(), in_text);
            }
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name: &str = &r;
                        quick_xml::escape::resolve_predefined_entity(name)
                            .map(str::to_string)
                            .ok_or_else(|| format!("{id}: unknown entity &{name};"))?
                    }
                };
                push(&mut doc, &mut chars, &s, in_text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    doc.timexes.sort_by_key(|t| (t.start, t.end));
    Ok(doc)
}

/// Read one `.tml` file; its id is the file stem.
pub fn read(path: &Path) -> Result<TmlDoc, String> {
    let xml = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    parse(&id, &xml).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every `.tml` file under `dir`, recursively, in sorted path order.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "tml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn escape_attr(s: &str) -> String {
    escape(s).replace('"', "&quot;")
}

/// A TE3-style annotated document: the DCT and the text with inline TIMEX3 tags.
/// `timexes` carry byte offsets into `text`.
pub fn write(id: &str, dct: Option<&str>, text: &str, timexes: &[Timex]) -> String {
    let mut o = String::from(
        "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n",
    );
    o.push_str(&format!("<DOCID>{}</DOCID>\n\n", escape(id)));
    if let Some(d) = dct {
        o.push_str(&format!(
            "<DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" temporalFunction=\"false\" tid=\"t0\" type=\"DATE\" value=\"{}\">{}</TIMEX3></DCT>\n\n",
            escape_attr(d),
            escape(d)
        ));
    }
    o.push_str("<TEXT>");
    let mut at = 0;
    for (n, t) in timexes.iter().enumerate() {
        o.push_str(&escape(&text[at..t.start]));
        o.push_str(&format!(
            "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
            n + 1,
            t.kind.as_str(),
            escape_attr(&t.value)
        ));
        if let Some(m) = t.modifier {
            o.push_str(&format!(" mod=\"{m}\""));
        }
        o.push('>');
        o.push_str(&escape(&text[t.start..t.end]));
        o.push_str("</TIMEX3>");
        at = t.end;
    }
    o.push_str(&escape(&text[at..]));
    o.push_str("</TEXT>\n\n</TimeML>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::temporal::TimexType;

    const DOC: &str = "<?xml version=\"1.0\" ?><TimeML><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">March 22, 2013</TIMEX3></DCT><TITLE>t</TITLE><TEXT>\r\nIt started <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1M\">a month</TIMEX3> earlier &amp; é <EVENT eid=\"e1\">ended</EVENT> <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2013-W11\">last week</TIMEX3>.</TEXT></TimeML>";

    #[test]
    fn text_offsets_are_code_points_after_decoding() {
        let d = parse("x", DOC).unwrap();
        assert_eq!(d.dct.as_deref(), Some("2013-03-22"));
        assert_eq!(d.text, "\nIt started a month earlier & é ended last week.");
        let t: Vec<(&str, &str)> = d
            .timexes
            .iter()
            .map(|t| {
                (
                    d.text
                        .chars()
                        .skip(t.start)
                        .take(t.end - t.start)
                        .collect::<String>(),
                    t.value.as_str(),
                )
            })
            .map(|(s, v)| (Box::leak(s.into_boxed_str()) as &str, v))
            .collect();
        assert_eq!(t, [("a month", "P1M"), ("last week", "2013-W11")]);
    }

    #[test]
    fn written_documents_read_back() {
        let text = "Due on Monday & <soon>";
        let tx = [Timex {
            start: 7,
            end: 13,
            kind: TimexType::Date,
            value: "2021-08-09".into(),
            modifier: None,
        }];
        let xml = write("d", Some("2021-08-10"), text, &tx);
        let d = parse("d", &xml).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(
            d.timexes,
            [GoldTimex {
                start: 7,
                end: 13,
                kind: "DATE".into(),
                value: "2021-08-09".into()
            }]
        );
        assert_eq!(d.dct.as_deref(), Some("2021-08-10"));
    }

    #[test]
    fn broken_xml_is_an_error() {
        assert!(parse("x", "<TimeML><TEXT>a</TIMEX3></TimeML>").is_err());
    }
}
