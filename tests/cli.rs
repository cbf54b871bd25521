//! The command line end to end: build, edits that survive, broken input, check and fmt.

use std::fs;

use crate::{fresh_kabul, root, stderr, stdout, timeline};

#[test]
fn build_writes_everything_and_a_second_run_changes_no_byte() {
    let (tmp, dir) = fresh_kabul();
    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = [
        "events.yaml",
        "extracted.yaml",
        "TIMELINE.md",
        "site/index.html",
    ];
    let first: Vec<Vec<u8>> = files
        .iter()
        .map(|f| fs::read(dir.join(f)).unwrap())
        .collect();
    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (f, before) in files.iter().zip(&first) {
        assert_eq!(
            &fs::read(dir.join(f)).unwrap(),
            before,
            "{f} changed on the second build"
        );
    }
}

#[test]
fn hand_edits_survive_a_rebuild() {
    let (tmp, dir) = fresh_kabul();
    assert!(
        timeline(tmp.path(), &["build", "timelines/kabul-embassy"])
            .status
            .success()
    );
    let path = dir.join("events.yaml");
    let text = fs::read_to_string(&path).unwrap();
    // Re-date and re-title the Herat event, as a person would in an editor.
    let start = text
        .find("title: The city of Herat")
        .expect("the Herat event");
    let line_end = start + text[start..].find('\n').unwrap();
    let mut edited = format!("{}title: Herat falls{}", &text[..start], &text[line_end..]);
    let date_at = edited[..start].rfind("date: 2021-08-12").expect("its date");
    edited.replace_range(
        date_at..date_at + "date: 2021-08-12".len(),
        "date: 2021-08-12~",
    );
    fs::write(&path, &edited).unwrap();
    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("title: Herat falls\n"), "{after}");
    assert!(after.contains("date: 2021-08-12~\n"));
    assert!(!after.contains("title: The city of Herat falls"));
    assert!(
        fs::read_to_string(dir.join("TIMELINE.md"))
            .unwrap()
            .contains("Herat falls")
    );
}

#[test]
fn broken_yaml_exits_2_with_place_and_leaves_the_file_untouched() {
    let (tmp, dir) = fresh_kabul();
    assert!(
        timeline(tmp.path(), &["build", "timelines/kabul-embassy"])
            .status
            .success()
    );
    let path = dir.join("events.yaml");
    let mut text = fs::read_to_string(&path).unwrap();
    let at = text.find("    status: happened").unwrap();
    text.insert_str(at, "    colour: red\n");
    fs::write(&path, &text).unwrap();
    let line = text[..at].lines().count() + 1;
    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("events.yaml:{line}:5: ")), "{err}");
    assert!(err.contains("unknown field `colour`"), "{err}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "the file must not change"
    );
}

#[test]
fn check_reports_every_problem_with_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("t.yaml");
    fs::write(
        &f,
        "title: t\nevents:\n  - id: a\n    date: 2021-08-02\n    title: A\n    status: happened\n    causes: [b, nope]\n\n  - id: b\n    date: 2021-08\n    title: B\n    status: happened\n    causes: [a]\n\n  - id: b\n    date: 2021\n    title: C\n    status: planned\n",
    )
    .unwrap();
    let out = timeline(tmp.path(), &["check", "t.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("t.yaml:15:9: events[2].id: duplicate id \"b\""),
        "{err}"
    );
    assert!(
        err.contains("t.yaml:7:13: events[0].causes: no event has the id \"nope\""),
        "{err}"
    );
    assert!(err.contains("cause cycle: a -> b -> a"), "{err}");
}

#[test]
fn check_reports_effect_dated_before_cause() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(
        tmp.path().join("t.yaml"),
        "title: t\nevents:\n  - id: effect\n    date: 2021-06\n    title: E\n    status: happened\n    causes: [cause]\n  - id: cause\n    date: 2021-07-02\n    title: C\n    status: happened\n",
    )
    .unwrap();
    let out = timeline(tmp.path(), &["check", "t.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("event effect is dated wholly before its cause cause"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn fmt_is_idempotent_and_check_mode_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("t.yaml");
    fs::write(&f, "title: t\nevents:\n- {id: b, date: '2021-08', title: B, status: happened}\n- id: a\n  title: A\n  date: 2021-07-02\n  status: planned\n").unwrap();
    let out = timeline(tmp.path(), &["fmt", "--check", "t.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(timeline(tmp.path(), &["fmt", "t.yaml"]).status.success());
    let once = fs::read_to_string(&f).unwrap();
    assert!(
        once.find("id: a").unwrap() < once.find("id: b").unwrap(),
        "{once}"
    );
    assert!(timeline(tmp.path(), &["fmt", "t.yaml"]).status.success());
    assert_eq!(fs::read_to_string(&f).unwrap(), once);
    assert_eq!(
        timeline(tmp.path(), &["fmt", "--check", "t.yaml"])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn bad_usage_exits_2() {
    let out = timeline(&root(), &["extract", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no/such/folder/sources.yaml"),
        "{}",
        stderr(&out)
    );
    assert_eq!(timeline(&root(), &["frobnicate"]).status.code(), Some(2));
}

#[test]
fn help_has_examples_and_completions_are_generated() {
    let out = timeline(&root(), &["--help"]);
    assert!(stdout(&out).contains("Examples:"));
    let out = timeline(&root(), &["completions", "bash"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("timeline"));
}

#[test]
fn committed_kabul_outputs_are_up_to_date() {
    let (tmp, dir) = fresh_kabul();
    let committed = root().join("timelines/kabul-embassy");
    for f in ["events.yaml", "extracted.yaml"] {
        if committed.join(f).exists() {
            fs::copy(committed.join(f), dir.join(f)).unwrap();
        }
    }
    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for f in [
        "events.yaml",
        "extracted.yaml",
        "TIMELINE.md",
        "site/index.html",
    ] {
        let want = fs::read_to_string(dir.join(f)).unwrap();
        let have = fs::read_to_string(committed.join(f)).unwrap_or_default();
        assert!(
            have == want,
            "timelines/kabul-embassy/{f} is stale: run `cargo run --release -- build timelines/kabul-embassy`"
        );
    }
}

#[test]
fn committed_schema_is_up_to_date() {
    let out = timeline(&root(), &["schema"]);
    assert!(out.status.success());
    let committed = fs::read_to_string(root().join("timelines/timeline.schema.json")).unwrap();
    assert!(
        committed == stdout(&out),
        "timelines/timeline.schema.json is stale: run `timeline schema > timelines/timeline.schema.json`"
    );
    let v: serde_json::Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(v["properties"]["events"]["type"], "array");
}

/// Issue #6: edits, a comment, a manual event and a deletion all survive two rebuilds, and the
/// second rebuild changes no byte.
#[test]
fn hand_edits_comments_and_deletions_survive_rebuilds() {
    let (tmp, dir) = fresh_kabul();
    assert!(
        timeline(tmp.path(), &["build", "timelines/kabul-embassy"])
            .status
            .success()
    );
    let path = dir.join("events.yaml");
    let mut text = fs::read_to_string(&path).unwrap();
    // Re-date the Herat event.
    let herat = text.find("title: The city of Herat").unwrap();
    let date_at = text[..herat].rfind("date: 2021-08-12").unwrap();
    text.replace_range(date_at..date_at + 16, "date: 2021-08-12?");
    // Retitle the Doha trip.
    let doha = text.find("leaves for Doha").unwrap();
    let line_start = text[..doha].rfind('\n').unwrap() + 1;
    let line_end = doha + text[doha..].find('\n').unwrap();
    text.replace_range(line_start..line_end, "    title: Khalilzad flies to Doha");
    // Delete the Crocus City Hall event (a whole block).
    let crocus = text.find("Crocus").unwrap();
    let start = text[..crocus].rfind("\n  - id: ").unwrap() + 1;
    let end = text[crocus..]
        .find("\n  - id: ")
        .map_or(text.len(), |p| crocus + p + 1);
    let deleted_id = text[start + 8..start + text[start..].find('\n').unwrap()].to_string();
    text.replace_range(start..end, "");
    // Add a manual event with a comment.
    let at = text.find("\nevents:\n").unwrap() + "\nevents:\n".len();
    text.insert_str(at, "  # Added by hand from the State Department press briefing.\n  - id: manual-briefing\n    date: 2021-08-13\n    title: State Department announces a further drawdown\n    status: happened\n\n");
    fs::write(&path, &text).unwrap();

    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let once = fs::read_to_string(&path).unwrap();
    assert!(
        once.contains("date: 2021-08-12?\n    title: The city of Herat"),
        "re-dating lost"
    );
    assert!(
        once.contains("title: Khalilzad flies to Doha\n"),
        "retitling lost"
    );
    assert!(
        once.contains(
            "  # Added by hand from the State Department press briefing.\n  - id: manual-briefing\n"
        ),
        "comment or manual event lost"
    );
    assert!(!once.contains("Crocus"), "a deleted event came back");
    assert!(once.contains("rejected:\n"), "the deletion is remembered");
    assert!(!once.contains(&format!("id: {deleted_id}\n")));

    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        once,
        "the second build changed bytes"
    );
}

#[test]
fn update_writes_only_the_event_file() {
    let (tmp, dir) = fresh_kabul();
    let out = timeline(tmp.path(), &["update", "timelines/kabul-embassy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("events.yaml").is_file());
    assert!(!dir.join("TIMELINE.md").exists() && !dir.join("site").exists());
}

#[test]
fn build_refuses_a_file_with_a_dangling_cause_and_leaves_it_untouched() {
    let (tmp, dir) = fresh_kabul();
    assert!(
        timeline(tmp.path(), &["build", "timelines/kabul-embassy"])
            .status
            .success()
    );
    let path = dir.join("events.yaml");
    let mut text = fs::read_to_string(&path).unwrap();
    let at = text.find("    status: happened\n").unwrap();
    text.insert_str(at, "    causes: [no-such-event]\n");
    fs::write(&path, &text).unwrap();
    let out = timeline(tmp.path(), &["build", "timelines/kabul-embassy"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no event has the id \"no-such-event\""),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}
