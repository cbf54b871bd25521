//! Rendering: snapshots of the Markdown and HTML of a small fixture, and untrusted text that
//! must come out inert in every format.

use std::path::Path;

use timeline::model::Timeline;
use timeline::render::{self, Format, RenderInput};
use timeline::source;

fn fixture() -> (Timeline, Vec<timeline::model::ArticleMeta>) {
    let dir = crate::root().join("tests/fixtures/render");
    let lt = source::load_timeline(&dir.join("events.yaml")).unwrap();
    let corpus = source::load_corpus(&dir.join("sources")).unwrap();
    let problems = source::validate(&lt, Some(&corpus));
    assert!(problems.is_empty(), "{problems:?}");
    (timeline::cli::ordered(&lt.timeline), corpus.metas())
}

fn render_all(format: Format) -> String {
    let (t, metas) = fixture();
    let input = RenderInput {
        timeline: &t,
        articles: &metas,
        command: "timeline render events.yaml",
    };
    render::render(format, &input).unwrap()
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!("fixture_markdown", render_all(Format::Md));
}

#[test]
fn html_snapshot() {
    // The page without its inline style and script, which have their own files.
    let html = render_all(Format::Html);
    let body = &html[html.find("<body>").unwrap()..html.find("<script>").unwrap()];
    insta::assert_snapshot!("fixture_html_body", body);
}

#[test]
fn rendering_is_deterministic() {
    for f in [
        Format::Html,
        Format::Md,
        Format::Json,
        Format::Timelinejs,
        Format::Ics,
        Format::Dot,
        Format::Mermaid,
        Format::Csv,
    ] {
        assert_eq!(render_all(f), render_all(f));
    }
}

#[test]
fn untrusted_text_is_inert_in_every_format() {
    let html = render_all(Format::Html);
    let before_script = &html[..html.rfind("<script>").unwrap()];
    assert!(
        !before_script.contains("<script>alert"),
        "raw script in HTML"
    );
    assert!(
        !html.contains("href=\"javascript:"),
        "javascript: link in HTML"
    );
    assert!(html.contains("&#60;script&#62;"));
    assert!(
        html.contains("href=\"https://example.org/b?x=1&#38;y=2\""),
        "escaped http link kept"
    );

    let md = render_all(Format::Md);
    assert!(!md.contains("<script>"));
    assert!(!md.contains("](javascript:"));
    assert!(!md.contains("[click]("), "a Markdown link from text");
    assert!(!md.contains("**now**"), "emphasis from text");

    let tl = render_all(Format::Timelinejs);
    assert!(!tl.contains("<script>") && !tl.contains("javascript:alert(1)\\\""));
    assert!(!tl.contains("href=\\\"javascript"));

    let ics = render_all(Format::Ics);
    assert!(ics.lines().all(|l| l.len() <= 76), "folded lines");
    assert!(!ics.contains(
        "SUMMARY:Embassy urges <script>alert(\"x\")</script> [click](javascript:alert(1)) **now**"
    ));

    let dot = render_all(Format::Dot);
    assert!(dot.contains("alert(\\\"x\\\")"), "DOT quotes escaped");

    let mermaid = render_all(Format::Mermaid);
    assert!(!mermaid.contains("\"x\"") && !mermaid.contains('`'));

    let csv = render_all(Format::Csv);
    assert!(
        csv.contains("\"Embassy urges <script>alert(\"\"x\"\")</script>"),
        "CSV quotes doubled"
    );
}

#[test]
fn json_export_matches_its_schema_shape() {
    let v: serde_json::Value = serde_json::from_str(&render_all(Format::Json)).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["events"].as_array().unwrap().len(), 3);
    assert!(v["articles"]["a"]["title"].is_string());
    let schema: serde_json::Value = serde_json::from_str(&render::export::json_schema()).unwrap();
    assert!(schema["properties"]["events"].is_object());
    let _ = Path::new("");
}
