//! `timeline timex` and `timeline eval timex`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::eval::timex::{Scorer, read_jsonl};
use crate::extract::temporal::{Dct, Tagger, Timex};
use crate::timeml::{self, GoldTimex};

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TimexFormat {
    /// One JSON object per line: {"doc","start","end","text","type","value"[,"mod"]}
    Jsonl,
    /// Annotated .tml files, TempEval-3 style (needs --out)
    Timeml,
}

#[derive(Debug, Args)]
pub struct TimexArgs {
    /// A plain-text file to tag
    #[arg(required_unless_present = "timeml", conflicts_with = "timeml")]
    pub file: Option<PathBuf>,
    /// Document creation time of FILE (YYYY-MM-DD or YYYY-MM)
    #[arg(long)]
    pub dct: Option<String>,
    /// Tag every .tml file under DIR (DCT from its CREATION_TIME timex)
    #[arg(long, value_name = "DIR")]
    pub timeml: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: TimexFormat,
    /// Output folder for --format timeml
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EvalTimexArgs {
    /// Folder of gold .tml files
    #[arg(long)]
    pub gold: PathBuf,
    /// Predictions: a JSON-lines file from `timeline timex`, or a folder of .tml files
    #[arg(long)]
    pub pred: PathBuf,
    /// List the N worst errors
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    #[arg(long, value_enum, default_value = "text")]
    pub format: crate::cli::ReportFormat,
}

/// Byte offsets to code-point offsets, for every boundary of `timexes`, in one pass.
fn char_offsets(text: &str, timexes: &[Timex]) -> Vec<(usize, usize)> {
    let mut bounds: Vec<usize> = timexes.iter().flat_map(|t| [t.start, t.end]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut map = std::collections::HashMap::with_capacity(bounds.len());
    let mut bi = 0;
    for (chars, (b, _)) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .enumerate()
    {
        while bi < bounds.len() && bounds[bi] == b {
            map.insert(b, chars);
            bi += 1;
        }
    }
    timexes
        .iter()
        .map(|t| (map[&t.start], map[&t.end]))
        .collect()
}

fn json_lines(
    doc: &str,
    text: &str,
    timexes: &[Timex],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for (t, (s, e)) in timexes.iter().zip(char_offsets(text, timexes)) {
        let mut v = serde_json::json!({
            "doc": doc, "start": s, "end": e, "text": &text[t.start..t.end],
            "type": t.kind.as_str(), "value": t.value,
        });
        if let Some(m) = t.modifier {
            v["mod"] = m.into();
        }
        writeln!(out, "{v}")?;
    }
    Ok(())
}

pub fn run_timex(a: &TimexArgs, out: &mut dyn Write) -> Result<(), String> {
    let tagger = Tagger::new();
    let io = |e: std::io::Error| e.to_string();
    if a.format == TimexFormat::Timeml && a.out.is_none() {
        return Err("--format timeml needs --out DIR".into());
    }
    let emit = |id: &str,
                dct: Option<&str>,
                text: &str,
                tx: &[Timex],
                out: &mut dyn Write|
     -> Result<(), String> {
        match (&a.format, &a.out) {
            (TimexFormat::Timeml, Some(dir)) => {
                let safe = id.replace(['/', '\\'], "_");
                let path = dir.join(format!("{safe}.tml"));
                crate::source::write_atomic(&path, timeml::write(id, dct, text, tx).as_bytes())
                    .map_err(|e| e.to_string())
            }
            _ => json_lines(id, text, tx, out).map_err(io),
        }
    };
    if let Some(dir) = &a.timeml {
        // One document at a time: memory does not grow with the corpus.
        for path in timeml::files(dir)? {
            let doc = timeml::read(&path)?;
            let dct = doc.dct.as_deref().and_then(|d| d.parse::<Dct>().ok());
            let tx = tagger.tag(&doc.text, dct.as_ref());
            emit(&doc.id, doc.dct.as_deref(), &doc.text, &tx, out)?;
        }
        return Ok(());
    }
    let file = a.file.as_ref().ok_or("give a FILE or --timeml DIR")?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let dct = a.dct.as_deref().map(str::parse::<Dct>).transpose()?;
    let tx = tagger.tag(&text, dct.as_ref());
    let id = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    emit(&id, a.dct.as_deref(), &text, &tx, out)
}

pub fn run_eval_timex(a: &EvalTimexArgs, out: &mut dyn Write) -> Result<(), String> {
    let preds: Option<std::collections::BTreeMap<String, Vec<GoldTimex>>> = if a.pred.is_dir() {
        None
    } else {
        let text =
            std::fs::read_to_string(&a.pred).map_err(|e| format!("{}: {e}", a.pred.display()))?;
        Some(read_jsonl(&text).map_err(|e| format!("{}: {e}", a.pred.display()))?)
    };
    let mut scorer = Scorer::new(a.errors);
    for path in timeml::files(&a.gold)? {
        let gold = timeml::read(&path)?;
        let pred = match &preds {
            Some(m) => m.get(&gold.id).cloned().unwrap_or_default(),
            None => {
                let p = a.pred.join(path.strip_prefix(&a.gold).unwrap_or(&path));
                let p = if p.exists() {
                    p
                } else {
                    a.pred.join(format!("{}.tml", gold.id))
                };
                if p.exists() {
                    timeml::read(&p)?.timexes
                } else {
                    Vec::new()
                }
            }
        };
        scorer.add(&gold.id, &gold.text, &gold.timexes, &pred);
    }
    let s = scorer.finish();
    let text = match a.format {
        crate::cli::ReportFormat::Json => {
            serde_json::to_string_pretty(&s).map_err(|e| e.to_string())?
        }
        crate::cli::ReportFormat::Text => s.to_string(),
    };
    writeln!(out, "{text}").map_err(|e| e.to_string())
}
