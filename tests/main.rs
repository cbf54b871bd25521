//! Integration tests: one crate, one module per area. Shared helpers live here.

mod browser;
mod cli;
mod diff;
mod kabul;
mod render;
mod timex;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the `timeline` binary with `args` in `dir`.
pub fn timeline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the timeline binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Copy a folder tree (the Kabul timeline) into a temporary folder.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let dest = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), dest).unwrap();
        }
    }
}

/// A fresh copy of the bundled Kabul corpus alone (no events yet), at `timelines/kabul-embassy/`
/// inside a temporary folder, so commands run there read like the README.
pub fn fresh_kabul() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("timelines/kabul-embassy");
    copy_tree(
        &root().join("timelines/kabul-embassy/sources"),
        &dir.join("sources"),
    );
    (tmp, dir)
}
