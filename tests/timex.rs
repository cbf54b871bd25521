//! The temporal tagger on TimeML: the CLI output format, and scores on TBAQ and TE3 platinum
//! that must not fall below what the README reports. Skipped when ../shared is absent.

use std::path::PathBuf;

use crate::{root, stderr, stdout, timeline};

fn corpora() -> Option<PathBuf> {
    let p = root().join("../shared/corpora/timeml");
    if p.join("te3-platinum").is_dir() {
        Some(p)
    } else {
        println!("skipped: ../shared/corpora/timeml not found");
        None
    }
}

fn scores(set: &str) -> Option<serde_json::Value> {
    Some(score_dir(&corpora()?.join(set)))
}

/// Tag a folder of TimeML files and score the tags against the files' own TIMEX3s.
fn score_dir(dir: &std::path::Path) -> serde_json::Value {
    let tmp = tempfile::tempdir().unwrap();
    let pred = tmp.path().join("pred.jsonl");
    let out = timeline(&root(), &["timex", "--timeml", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(&pred, &out.stdout).unwrap();
    let out = timeline(
        &root(),
        &[
            "eval",
            "timex",
            "--gold",
            dir.to_str().unwrap(),
            "--pred",
            pred.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn platinum_scores_do_not_regress() {
    let Some(s) = scores("te3-platinum") else {
        return;
    };
    let f = |k: &str| {
        s[k].as_f64()
            .unwrap_or_else(|| s[k]["f1"].as_f64().unwrap())
    };
    // Floors a little under the measured scores (README): 138 timexes, one is 0.7 points.
    assert!(f("relaxed") >= 0.94, "{s:#}");
    assert!(f("strict") >= 0.89, "{s:#}");
    // (Rules are chosen on the development sets; one chosen there, a day framing its
    // sentence in a story long past, cost one platinum value: 82.35 -> 81.62; another, race
    // times with seconds, gained one back; in stop 21 "so long earlier than planned" as a
    // span gained two; in stop 23 ages in a range, "ages 8 months to 41 years", are no
    // spans: 83.82 -> 84.13.)
    assert!(f("value_f1") >= 0.84, "{s:#}");
    assert!(f("type_f1") >= 0.9, "{s:#}");
}

/// The project's own development set of recent-style news (always present, unlike
/// ../shared): scores must not fall below the README's.
#[test]
fn news_dev_scores_do_not_regress() {
    let s = score_dir(&root().join("tests/fixtures/news-dev"));
    assert_eq!(s["gold"], 224791, "{s:#}");
    assert!(s["relaxed"]["f1"].as_f64().unwrap() >= 0.98, "{s:#}");
    assert!(s["strict"]["f1"].as_f64().unwrap() >= 0.95, "{s:#}");
    assert!(s["type_f1"].as_f64().unwrap() >= 0.975, "{s:#}");
    assert!(s["value_f1"].as_f64().unwrap() >= 0.959, "{s:#}");
}

#[test]
fn tbaq_scores_do_not_regress() {
    let Some(s) = scores("tbaq") else { return };
    assert!(s["relaxed"]["f1"].as_f64().unwrap() >= 0.945, "{s:#}");
    assert!(s["strict"]["f1"].as_f64().unwrap() >= 0.885, "{s:#}");
    assert!(s["value_f1"].as_f64().unwrap() >= 0.8235, "{s:#}");
}

#[test]
fn timeml_output_round_trips_through_the_scorer() {
    let Some(c) = corpora() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let gold = c.join("te3-platinum");
    let out = timeline(
        &root(),
        &[
            "timex",
            "--timeml",
            gold.to_str().unwrap(),
            "--format",
            "timeml",
            "--out",
            tmp.path().to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let by_dir = timeline(
        &root(),
        &[
            "eval",
            "timex",
            "--gold",
            gold.to_str().unwrap(),
            "--pred",
            tmp.path().to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let jsonl = timeline(&root(), &["timex", "--timeml", gold.to_str().unwrap()]);
    let f = tmp.path().join("p.jsonl");
    std::fs::write(&f, &jsonl.stdout).unwrap();
    let by_lines = timeline(
        &root(),
        &[
            "eval",
            "timex",
            "--gold",
            gold.to_str().unwrap(),
            "--pred",
            f.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(stdout(&by_dir), stdout(&by_lines));
}

#[test]
fn plain_file_gives_code_point_offsets() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("a.txt");
    std::fs::write(&f, "Émigrés left on Sunday.").unwrap();
    let out = timeline(tmp.path(), &["timex", "a.txt", "--dct", "2021-08-10"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["doc"], "a");
    assert_eq!(
        (v["start"].as_u64(), v["end"].as_u64()),
        (Some(16), Some(22))
    );
    assert_eq!(
        (v["text"].as_str(), v["type"].as_str(), v["value"].as_str()),
        (Some("Sunday"), Some("DATE"), Some("2021-08-08"))
    );
}

#[test]
fn seed_corpus_weekdays_resolve_by_tense() {
    let dir = root().join("timelines/kabul-embassy/sources");
    for (file, dct, text, value) in [
        (
            "001_929899cbc689677f.txt",
            "2021-08-12",
            "Thursday",
            "2021-08-12",
        ),
        (
            "002_34d75bd835cb6d24.txt",
            "2021-07-05",
            "Sunday",
            "2021-07-04",
        ),
        (
            "002_34d75bd835cb6d24.txt",
            "2021-07-05",
            "Monday",
            "2021-07-05",
        ),
        (
            "000_219d7ab070006354.txt",
            "2021-08-10",
            "Sunday",
            "2021-08-08",
        ),
        (
            "000_219d7ab070006354.txt",
            "2021-08-10",
            "Tuesday",
            "2021-08-10",
        ),
        (
            "003_43372784f9178734.txt",
            "2021-07-03",
            "Saturday",
            "2021-07-03",
        ),
    ] {
        let out = timeline(&dir, &["timex", file, "--dct", dct]);
        assert!(out.status.success());
        for line in stdout(&out).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if v["text"].as_str().unwrap().starts_with(text) {
                assert!(
                    v["value"].as_str().unwrap().starts_with(value),
                    "{file}: {v}"
                );
            }
        }
    }
}
