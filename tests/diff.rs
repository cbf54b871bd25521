//! `timeline diff` between corpus versions and event files; exit codes like diff(1).

use std::fs;

use crate::{fresh_kabul, stderr, stdout, timeline};

/// A copy of the Kabul corpus with only the articles published in July 2021.
fn july_only(dir: &std::path::Path) -> std::path::PathBuf {
    let july = dir.parent().unwrap().join("kabul-july/sources");
    fs::create_dir_all(&july).unwrap();
    let index = fs::read_to_string(dir.join("sources/sources.yaml")).unwrap();
    let mut kept = String::new();
    for entry in index.split("\n- ").skip(1) {
        if entry.contains("published: 2021-07") {
            kept.push_str("- ");
            kept.push_str(entry.trim_end());
            kept.push('\n');
            let file = entry
                .lines()
                .find_map(|l| l.trim().strip_prefix("file: "))
                .unwrap();
            fs::copy(dir.join("sources").join(file), july.join(file)).unwrap();
        }
    }
    fs::write(july.join("sources.yaml"), kept).unwrap();
    july
}

#[test]
fn corpus_versions_report_exactly_the_events_added_articles_bring() {
    let (tmp, dir) = fresh_kabul();
    let july = july_only(&dir);
    let out = timeline(
        tmp.path(),
        &[
            "diff",
            july.to_str().unwrap(),
            dir.join("sources").to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let d: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    // Every event the full corpus has and July lacks, and nothing else.
    let full = timeline(
        tmp.path(),
        &[
            "extract",
            dir.join("sources").to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let full: serde_json::Value = serde_json::from_str(&stdout(&full)).unwrap();
    let july_docs = ["002_34d75bd835cb6d24", "003_43372784f9178734"];
    let mut expected: Vec<String> = full["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["sources"]
                .as_array()
                .unwrap()
                .iter()
                .all(|s| !july_docs.contains(&s["doc"].as_str().unwrap()))
        })
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    let mut added: Vec<String> = d["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    expected.sort();
    added.sort();
    assert_eq!(added, expected);
    assert!(d["removed"].as_array().unwrap().is_empty(), "{d:#}");
    for e in d["added"].as_array().unwrap() {
        assert!(e["date"].is_string() && e["title"].is_string());
    }
}

#[test]
fn identical_inputs_print_nothing_and_exit_0() {
    let (tmp, _) = fresh_kabul();
    assert!(
        timeline(tmp.path(), &["build", "timelines/kabul-embassy"])
            .status
            .success()
    );
    let out = timeline(
        tmp.path(),
        &[
            "diff",
            "timelines/kabul-embassy",
            "timelines/kabul-embassy/events.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn redating_retitling_and_new_sources_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let old = "title: t\nevents:\n  - id: a\n    date: 2021-07~\n    title: Old\n    status: happened\n    sources:\n      - doc: d1\n        quote: one two three four five\n";
    let new = "title: t\nevents:\n  - id: a\n    date: 2021-07-02\n    title: New\n    status: happened\n    sources:\n      - doc: d1\n        quote: one two three four five\n      - doc: d2\n        quote: six\n";
    fs::write(tmp.path().join("old.yaml"), old).unwrap();
    fs::write(tmp.path().join("new.yaml"), new).unwrap();
    let out = timeline(tmp.path(), &["diff", "old.yaml", "new.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("date: \"2021-07~\" → \"2021-07-02\" (refined)"),
        "{text}"
    );
    assert!(text.contains("title: \"Old\" → \"New\""), "{text}");
    assert!(text.contains("newly sourced from d2"), "{text}");
    let md = stdout(&timeline(
        tmp.path(),
        &["diff", "old.yaml", "new.yaml", "--format", "md"],
    ));
    assert!(md.contains("### Changed"), "{md}");
    assert_eq!(
        timeline(tmp.path(), &["diff", "old.yaml", "missing.yaml"])
            .status
            .code(),
        Some(2)
    );
}
