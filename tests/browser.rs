//! The generated page and exports in a real browser (issue #5): Debian's Chromium driven by
//! playwright-core, with axe-core, the real TimelineJS, ical.js and a GFM parser. Runs when
//! `.ci/run` (or `npm install` in tests/browser) has installed them; prints that it was skipped
//! otherwise.

use std::path::Path;
use std::process::Command;

use timeline::model::{Event, EventId, SourceRef, Status, Timeline};
use timeline::render::{self, Format, RenderInput};

fn available() -> bool {
    let modules = crate::root().join("tests/browser/node_modules/playwright-core");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !(modules.is_dir() && Path::new(&chromium).exists() && node) {
        println!(
            "skipped: browser checks need node, tests/browser/node_modules (npm install) and {chromium}"
        );
        return false;
    }
    true
}

/// A timeline of `n` events over 20 years with causes, uncertain dates and every status.
fn big(n: usize) -> Timeline {
    let statuses = Status::ALL;
    let events = (0..n)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2001, 1, 1).unwrap()
                + chrono::Duration::days((i * 7 / 10) as i64);
            let date = match i % 5 {
                0 => format!("{}~", day.format("%Y-%m-%d")),
                1 => day.format("%Y-%m").to_string(),
                2 => format!(
                    "{}/{}",
                    day.format("%Y-%m-%d"),
                    (day + chrono::Duration::days(6)).format("%Y-%m-%d")
                ),
                3 => format!("../{}", day.format("%Y-%m-%d")),
                _ => day.format("%Y-%m-%d").to_string(),
            };
            Event {
                id: EventId(format!("event-{i}")),
                date: date.parse().unwrap(),
                title: format!("Event {i} <b>happens</b> in place {}", i % 50),
                status: statuses[i % statuses.len()],
                kind: Some(["withdrawal", "fall", "attack", "talks"][i % 4].into()),
                actors: vec![format!("Actor {}", i % 30)],
                places: vec![format!("Place {}", i % 50)],
                causes: if i % 9 == 0 && i > 0 {
                    vec![EventId(format!("event-{}", i - 1))]
                } else {
                    vec![]
                },
                cause_evidence: vec![],
                sources: vec![SourceRef {
                    doc: format!("d{}", i % 20),
                    quote: format!("Quote of event {i}: \"it happened\" <script>x()</script>."),
                    when: None,
                }],
                note: None,
                review: None,
            }
        })
        .collect();
    let mut t = Timeline {
        title: "Ten thousand events".into(),
        events,
        ..Timeline::default()
    };
    t.sort();
    t
}

#[test]
fn pages_and_exports_pass_the_browser_checks() {
    if !available() {
        return;
    }
    let (tmp, dir) = crate::fresh_kabul();
    let out = crate::timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", crate::stderr(&out));
    let lt = timeline::source::load_timeline(&dir.join("events.yaml")).unwrap();
    let corpus = timeline::source::load_corpus(&dir.join("sources")).unwrap();
    let metas = corpus.metas();
    let t = timeline::cli::ordered(&lt.timeline);
    let input = RenderInput {
        timeline: &t,
        articles: &metas,
        command: "timeline build timelines/kabul-embassy",
    };
    let write = |name: &str, s: String| {
        let p = tmp.path().join(name);
        std::fs::write(&p, s).unwrap();
        p
    };
    let tl = write(
        "timelinejs.json",
        render::render(Format::Timelinejs, &input).unwrap(),
    );
    let ics = write("events.ics", render::render(Format::Ics, &input).unwrap());
    let md = dir.join("TIMELINE.md");
    let day_precise = t.events.iter().filter(|e| matches!(e.date, timeline::date::EventDate::Point(p) if p.precision() == timeline::date::Precision::Day)).count();
    let b = big(10_000);
    let big_input = RenderInput {
        timeline: &b,
        articles: &[],
        command: "generated",
    };
    let big_page = write("big.html", render::html(&big_input).unwrap());
    // A relative TIMELINE_SCREENSHOTS is taken from the project root (node runs elsewhere).
    let shots = std::env::var("TIMELINE_SCREENSHOTS")
        .map(|p| crate::root().join(p))
        .unwrap_or_else(|_| tmp.path().join("screenshots"));
    let cfg = serde_json::json!({
        "kabul": dir.join("site/index.html"), "kabulEvents": t.events.len(),
        "big": big_page, "bigEvents": b.events.len(),
        "timelinejs": tl, "timelinejsEvents": t.events.len(),
        "ics": ics, "icsEvents": day_precise,
        "md": md, "screenshots": shots,
    });
    let cfg_path = write("browser.json", cfg.to_string());
    let out = Command::new("node")
        .arg(crate::root().join("tests/browser/check.mjs"))
        .arg(&cfg_path)
        .current_dir(crate::root().join("tests/browser"))
        .output()
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{report}");
    assert!(out.status.success(), "{report}");
}

/// Writes the 10,000-event page to `$TIMELINE_BIG_PAGE` (for measuring by hand).
#[test]
fn write_big_page_when_asked() {
    if let Ok(p) = std::env::var("TIMELINE_BIG_PAGE") {
        let b = big(10_000);
        let input = RenderInput {
            timeline: &b,
            articles: &[],
            command: "generated",
        };
        std::fs::write(p, render::html(&input).unwrap()).unwrap();
    }
}
