//! The article corpus: a folder of plain-text articles plus `sources.yaml`.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Problem, Result};
use crate::model::{ArticleMeta, Span};
use crate::source::{locate, span_of_yaml_error};

/// One article: its metadata and full text.
#[derive(Debug, Clone)]
pub struct Article {
    pub meta: ArticleMeta,
    pub text: String,
}

/// A loaded corpus, articles in `sources.yaml` order.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub dir: PathBuf,
    pub articles: Vec<Article>,
    /// Things the user should know that do not stop the run.
    pub warnings: Vec<Problem>,
}

impl Corpus {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.meta.id == id)
    }

    pub fn metas(&self) -> Vec<ArticleMeta> {
        self.articles.iter().map(|a| a.meta.clone()).collect()
    }

    /// Total characters of article text.
    pub fn len_chars(&self) -> usize {
        self.articles.iter().map(|a| a.text.chars().count()).sum()
    }
}

/// A file name from `sources.yaml` that stays inside the corpus folder.
fn safe_relative(file: &str) -> bool {
    let p = Path::new(file);
    !file.is_empty()
        && p.components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// The article files a `sources.yaml` text lists (for materializing a corpus from git);
/// unsafe names are left out, and a malformed index lists nothing (loading reports it).
pub fn listed_files(index: &str) -> Vec<String> {
    serde_yaml::from_str::<Vec<ArticleMeta>>(index)
        .map(|v| {
            v.into_iter()
                .map(|m| m.file)
                .filter(|f| safe_relative(f))
                .collect()
        })
        .unwrap_or_default()
}

/// Read `dir/sources.yaml` and every article it lists. All problems are reported together.
pub fn load_corpus(dir: &Path) -> Result<Corpus> {
    let index = dir.join("sources.yaml");
    let shown = index.display().to_string();
    let text = std::fs::read_to_string(&index).map_err(|e| Error::io(&index, e))?;
    let mut metas: Vec<ArticleMeta> = match serde_yaml::from_str::<Option<Vec<ArticleMeta>>>(&text)
    {
        Ok(v) => v.unwrap_or_default(),
        Err(e) => {
            let (span, msg) = span_of_yaml_error(&shown, &e);
            return Err(Error::one(
                Problem::new(span, "", msg)
                    .with_snippet_from(&text)
                    .with_hint(
                        "sources.yaml is a list of {id, file, title, outlet, url, published}",
                    ),
            ));
        }
    };
    let items = locate::root_sequence(&text);
    let at = |i: usize, key: &str| -> Span {
        let (line, column) = items
            .get(i)
            .map(|it| it.keys.get(key).copied().unwrap_or(it.pos))
            .unwrap_or((0, 0));
        Span {
            path: shown.clone(),
            line,
            column,
        }
    };
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut articles = Vec::with_capacity(metas.len());
    for (i, meta) in metas.iter_mut().enumerate() {
        if !safe_relative(&meta.file) {
            problems.push(
                Problem::new(
                    at(i, "file"),
                    format!("[{i}].file"),
                    format!(
                        "{:?} is not a file name inside the corpus folder",
                        meta.file
                    ),
                )
                .with_snippet_from(&text),
            );
            continue;
        }
        if meta.id.trim().is_empty() {
            meta.id = Path::new(&meta.file)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
        }
        if let Some(first) = seen.insert(meta.id.clone(), i) {
            problems.push(
                Problem::new(
                    at(i, "id"),
                    format!("[{i}].id"),
                    format!("duplicate id {:?} (first used by entry {first})", meta.id),
                )
                .with_snippet_from(&text),
            );
        }
        if meta.published.is_none() {
            warnings.push(
                Problem::new(
                    at(i, "id"),
                    format!("[{i}].published"),
                    format!(
                        "article {:?} has no publication date: relative dates in it cannot be resolved",
                        meta.id
                    ),
                )
                .with_hint("add `published: YYYY-MM-DD` (or YYYY-MM)"),
            );
        }
        let path = dir.join(&meta.file);
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => articles.push(Article {
                    meta: meta.clone(),
                    text: t.replace("\r\n", "\n"),
                }),
                Err(e) => {
                    let off = e.utf8_error().valid_up_to();
                    let before = &e.as_bytes()[..off];
                    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
                    let col = off
                        - before
                            .iter()
                            .rposition(|&b| b == b'\n')
                            .map_or(0, |p| p + 1)
                        + 1;
                    problems.push(
                        Problem::new(
                            Span {
                                path: path.display().to_string(),
                                line,
                                column: col,
                            },
                            "",
                            format!("article is not valid UTF-8 (byte {off})"),
                        )
                        .with_hint("convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8`"),
                    );
                }
            },
            Err(e) => problems.push(
                Problem::new(
                    at(i, "file"),
                    format!("[{i}].file"),
                    format!("cannot read {}: {e}", path.display()),
                )
                .with_snippet_from(&text),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Input(problems));
    }
    Ok(Corpus {
        dir: dir.to_path_buf(),
        articles,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_with(yaml: &str, files: &[(&str, &[u8])]) -> (tempfile::TempDir, Result<Corpus>) {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("sources.yaml"), yaml).unwrap();
        for (name, body) in files {
            std::fs::write(d.path().join(name), body).unwrap();
        }
        let r = load_corpus(d.path());
        (d, r)
    }

    #[test]
    fn id_defaults_to_file_stem_and_missing_published_warns() {
        let (_d, r) = corpus_with("- file: a.txt\n", &[("a.txt", b"Hello.")]);
        let c = r.unwrap();
        assert_eq!(c.articles[0].meta.id, "a");
        assert_eq!(c.warnings.len(), 1);
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let yaml = "- id: x\n  file: a.txt\n  published: 2021-08-10\n- id: x\n  file: missing.txt\n- file: bad.txt\n  published: 2021-08-10\n- file: ../escape.txt\n";
        let (_d, r) = corpus_with(yaml, &[("a.txt", b"ok"), ("bad.txt", b"caf\xe9\n")]);
        let msg = r.unwrap_err().to_string();
        assert!(
            msg.contains("sources.yaml:4:7: [1].id: duplicate id \"x\""),
            "{msg}"
        );
        assert!(
            msg.contains("sources.yaml:5:9: [1].file: cannot read"),
            "{msg}"
        );
        assert!(
            msg.contains("bad.txt:1:4: article is not valid UTF-8"),
            "{msg}"
        );
        assert!(
            msg.contains("sources.yaml:8:9: [3].file: \"../escape.txt\" is not a file name inside"),
            "{msg}"
        );
    }

    #[test]
    fn bad_published_is_an_error_with_line_and_column() {
        let (_d, r) = corpus_with(
            "- file: a.txt\n  published: last week\n",
            &[("a.txt", b"x")],
        );
        let msg = r.unwrap_err().to_string();
        assert!(msg.contains("sources.yaml:2:"), "{msg}");
        assert!(
            msg.contains("expected YYYY-MM-DD or YYYY-MM, found \"last week\""),
            "{msg}"
        );
    }

    #[test]
    fn unknown_field_is_an_error() {
        let (_d, r) = corpus_with("- file: a.txt\n  autor: me\n", &[("a.txt", b"x")]);
        let msg = r.unwrap_err().to_string();
        assert!(msg.contains("unknown field `autor`"), "{msg}");
    }
}
