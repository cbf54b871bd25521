//! The `timeline` command line: argument parsing (clap) and one function per subcommand.
//! Data goes to stdout, messages to stderr. Exit codes: 0 success, 1 problems found (`check`,
//! `diff`), 2 bad usage or input.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::error::{Error, Problem, Result};
use crate::extract::Extractor;
use crate::extract::lexicon::Lexicon;
use crate::model::Timeline;
use crate::source::{self, Corpus};
use crate::{graph, merge, render};

pub mod timex;

const EXAMPLES: &str = "\
Examples:
  timeline build timelines/kabul-embassy          extract, update events.yaml, write the page and TIMELINE.md
  timeline extract timelines/kabul-embassy/sources --format json
  timeline check timelines/kabul-embassy/events.yaml
  timeline fmt timelines/kabul-embassy/events.yaml
  timeline render timelines/kabul-embassy/events.yaml --format md -o TIMELINE.md
  timeline timex article.txt --dct 2021-08-10
  timeline eval timex --gold ../shared/corpora/timeml/te3-platinum --pred out.jsonl
  timeline completions bash > /etc/bash_completion.d/timeline";

/// Turn a corpus of news articles into a sourced, hand-editable, diffable timeline.
#[derive(Debug, Parser)]
#[command(name = "timeline", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract DIR/sources, update DIR/events.yaml, write DIR/site/index.html and DIR/TIMELINE.md
    #[command(
        after_help = "Example:\n  timeline build timelines/kabul-embassy\n\nEvents already in events.yaml keep every field a person set; events deleted by hand are not extracted again."
    )]
    Build(BuildArgs),
    /// Like build, but only update DIR/events.yaml (no page, no Markdown)
    #[command(
        after_help = "Example:\n  timeline update timelines/kabul-embassy\n\nNew events are marked `review: new`, events whose sentence changed `review: changed`,\nevents no article supports any more `review: obsolete`; a person's edits, comments and\ndeletions are kept."
    )]
    Update(BuildArgs),
    /// Extract events from a corpus folder and print them (nothing is written)
    #[command(
        after_help = "Examples:\n  timeline extract timelines/kabul-embassy/sources\n  timeline extract timelines/kabul-embassy/sources --format json -o events.json"
    )]
    Extract(ExtractArgs),
    /// Report every problem of event files (YAML, dates, ids, causes, quotes, contradictions)
    #[command(
        after_help = "Example:\n  timeline check timelines/kabul-embassy/events.yaml\n\nExit code 1 when problems are found."
    )]
    Check(CheckArgs),
    /// Rewrite event files in canonical order and layout (idempotent)
    #[command(
        after_help = "Example:\n  timeline fmt timelines/kabul-embassy/events.yaml\n  timeline fmt --check timelines/*/events.yaml"
    )]
    Fmt(FmtArgs),
    /// Render an event file as HTML, Markdown or a machine export
    #[command(
        after_help = "Examples:\n  timeline render timelines/kabul-embassy/events.yaml --format html -o page.html\n  timeline render timelines/kabul-embassy/events.yaml --format ics > events.ics"
    )]
    Render(RenderArgs),
    /// What changed between two timelines: event files, timeline or corpus folders, or REV:path
    #[command(
        after_help = "Examples:\n  timeline diff old/events.yaml timelines/kabul-embassy/events.yaml\n  timeline diff HEAD~1:timelines/kabul-embassy timelines/kabul-embassy\n  timeline diff corpus-july/ timelines/kabul-embassy/sources --format json\n\nExit code 0: no difference, 1: differences, 2: trouble (like diff)."
    )]
    Diff(DiffArgs),
    /// Tag temporal expressions (TIMEX3) and print them as JSON lines
    #[command(
        after_help = "Examples:\n  timeline timex article.txt --dct 2021-08-10\n  timeline timex --timeml ../shared/corpora/timeml/te3-platinum > pred.jsonl"
    )]
    Timex(timex::TimexArgs),
    /// Score predictions against gold data
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Print the JSON Schema of event files (or, with --export, of `render --format json`)
    #[command(after_help = "Example:\n  timeline schema > timelines/timeline.schema.json")]
    Schema {
        /// The schema of the JSON export instead
        #[arg(long)]
        export: bool,
    },
    /// Print shell completions
    #[command(
        after_help = "Example:\n  timeline completions bash > ~/.local/share/bash-completion/completions/timeline"
    )]
    Completions { shell: clap_complete::Shell },
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// TempEval-3 Task A: extents, types and values of TIMEX3
    #[command(
        after_help = "Example:\n  timeline eval timex --gold ../shared/corpora/timeml/te3-platinum --pred pred.jsonl"
    )]
    Timex(timex::EvalTimexArgs),
    /// Events: precision, recall, date and status accuracy against a gold event file
    #[command(
        after_help = "Example:\n  timeline extract timelines/kabul-embassy/sources -o /tmp/pred.yaml\n  timeline eval events --gold tests/gold/kabul-embassy.yaml --pred /tmp/pred.yaml --corpus timelines/kabul-embassy/sources"
    )]
    Events(EvalEventsArgs),
}

#[derive(Debug, Args)]
pub struct EvalEventsArgs {
    /// Gold event file
    #[arg(long)]
    pub gold: PathBuf,
    /// Predicted event file (from `timeline extract`), or a corpus folder to extract on the fly
    #[arg(long)]
    pub pred: PathBuf,
    /// Corpus folder the quotes come from
    #[arg(long)]
    pub corpus: PathBuf,
    /// List the N worst errors
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Timeline folder holding `sources/` (articles + sources.yaml)
    pub dir: PathBuf,
    /// Extra gazetteer file (type<TAB>name<TAB>alias|alias)
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
    /// Title of a new timeline (default: from the folder name)
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Old side: event file, timeline folder, corpus folder, or REV:path in git
    pub old: String,
    /// New side: same forms
    pub new: String,
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DiffFormat {
    /// For people: + added, - removed, ~ changed (coloured on a terminal unless NO_COLOR)
    Text,
    /// Markdown, for pull requests
    Md,
    /// {"added":[…],"removed":[…],"changed":[{"id","date","title","changes":[{"field","old","new","note"}]}]}
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DataFormat {
    Yaml,
    Json,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Corpus folder (articles + sources.yaml)
    pub corpus: PathBuf,
    #[arg(long, value_enum, default_value = "yaml")]
    pub format: DataFormat,
    /// Write here instead of stdout
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Extra gazetteer file (type<TAB>name<TAB>alias|alias)
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
    /// Print to stderr why each trigger word became an event or not
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Event files; quotes are checked against `sources/` beside each file
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Corpus folder to check quotes against (default: `sources/` beside the file)
    #[arg(long)]
    pub corpus: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Do not write; exit 1 if a file is not formatted
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Event file
    pub file: PathBuf,
    #[arg(long, value_enum, default_value = "html")]
    pub format: render::Format,
    /// Write here instead of stdout (atomically)
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Corpus folder for article titles and links (default: `sources/` beside the file)
    #[arg(long)]
    pub corpus: Option<PathBuf>,
}

/// JSON Schema of the event file, for editors (`# yaml-language-server: $schema=…`).
pub fn event_file_schema() -> String {
    let s = schemars::schema_for!(Timeline);
    serde_json::to_string_pretty(&s).expect("schemas serialize") + "\n"
}

/// Whether messages may use colour: a terminal and no `NO_COLOR`.
pub fn color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

fn warn(p: &Problem) {
    if color() {
        eprintln!("\x1b[33mwarning\x1b[0m: {p}");
    } else {
        eprintln!("warning: {p}");
    }
}

fn extractor(gazetteer: Option<&Path>) -> Result<Extractor> {
    let lexicon = match gazetteer {
        None => Lexicon::builtin(),
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            Lexicon::with_gazetteer(Some((&p.display().to_string(), &text)))
                .map_err(Error::Usage)?
        }
    };
    Ok(Extractor::new(lexicon))
}

fn load_corpus_warn(dir: &Path) -> Result<Corpus> {
    let c = source::load_corpus(dir)?;
    for w in &c.warnings {
        warn(w);
    }
    Ok(c)
}

fn progress(len: u64, what: &str) -> indicatif::ProgressBar {
    if std::io::stderr().is_terminal() && len > 20 {
        let pb = indicatif::ProgressBar::new(len);
        pb.set_message(what.to_string());
        pb
    } else {
        indicatif::ProgressBar::hidden()
    }
}

fn title_for(dir: &Path) -> String {
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "timeline".into());
    let t = name.replace(['-', '_'], " ");
    let mut c = t.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or(t)
}

/// Run the command; `Ok(code)` is the exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Build(a) => build(&a, true),
        Command::Update(a) => build(&a, false),
        Command::Extract(a) => extract(&a),
        Command::Check(a) => check(&a),
        Command::Diff(a) => diff_cmd(&a),
        Command::Fmt(a) => fmt(&a),
        Command::Render(a) => render_cmd(&a),
        Command::Timex(a) => {
            let mut out = std::io::stdout().lock();
            timex::run_timex(&a, &mut out).map_err(Error::Usage)?;
            Ok(0)
        }
        Command::Eval(EvalCommand::Timex(a)) => {
            let mut out = std::io::stdout().lock();
            timex::run_eval_timex(&a, &mut out).map_err(Error::Usage)?;
            Ok(0)
        }
        Command::Eval(EvalCommand::Events(a)) => eval_events(&a),
        Command::Schema { export } => {
            let s = if export {
                render::export::json_schema()
            } else {
                event_file_schema()
            };
            write_out(None, &s)?;
            Ok(0)
        }
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "timeline",
                &mut std::io::stdout(),
            );
            Ok(0)
        }
    }
}

fn write_out(output: Option<&Path>, data: &str) -> Result<()> {
    match output {
        Some(p) => source::write_atomic(p, data.as_bytes()),
        None => {
            let mut o = std::io::stdout().lock();
            o.write_all(data.as_bytes())
                .map_err(|e| Error::io("<stdout>", e))
        }
    }
}

fn extract(a: &ExtractArgs) -> Result<i32> {
    let corpus = load_corpus_warn(&a.corpus)?;
    let mut ex = extractor(a.gazetteer.as_deref())?;
    ex.explain = a.explain;
    let pb = progress(corpus.articles.len() as u64, "extracting");
    let t = ex.extract(&corpus, &title_for(&a.corpus));
    pb.finish_and_clear();
    let data = match a.format {
        DataFormat::Yaml => source::to_yaml(&t),
        DataFormat::Json => serde_json::to_string_pretty(&t).expect("timelines serialize") + "\n",
    };
    write_out(a.output.as_deref(), &data)?;
    Ok(0)
}

/// The corpus beside an event file (`sources/` in the same folder), if there is one.
fn corpus_beside(file: &Path, explicit: Option<&Path>) -> Result<Option<Corpus>> {
    if let Some(p) = explicit {
        return load_corpus_warn(p).map(Some);
    }
    let dir = file.parent().unwrap_or(Path::new(".")).join("sources");
    if dir.join("sources.yaml").is_file() {
        load_corpus_warn(&dir).map(Some)
    } else {
        Ok(None)
    }
}

/// All problems of one event file: parsing, validation and graph contradictions.
fn problems_of(file: &Path, corpus: Option<&Path>) -> Result<Vec<Problem>> {
    let lt = match source::load_timeline(file) {
        Ok(lt) => lt,
        Err(Error::Input(p)) => return Ok(p),
        Err(e) => return Err(e),
    };
    let corpus = match corpus_beside(file, corpus) {
        Ok(c) => c,
        Err(Error::Input(p)) => return Ok(p),
        Err(e) => return Err(e),
    };
    let mut problems = source::validate(&lt, corpus.as_ref());
    let ord = graph::order(&lt.timeline);
    for c in ord.contradictions {
        let first = match &c {
            graph::Contradiction::Cycle(ids) => ids[0].clone(),
            graph::Contradiction::EffectBeforeCause { effect, .. } => effect.clone(),
        };
        let i = lt
            .timeline
            .events
            .iter()
            .position(|e| e.id == first)
            .unwrap_or(0);
        problems.push(
            Problem::new(
                lt.span(i, Some("causes")),
                format!("events[{i}].causes"),
                c.to_string(),
            )
            .with_snippet_from(&lt.text)
            .with_hint(
                "fix a date or remove a cause: the timeline cannot order these events by cause",
            ),
        );
    }
    Ok(problems)
}

fn check(a: &CheckArgs) -> Result<i32> {
    let mut all = Vec::new();
    for f in &a.files {
        all.extend(problems_of(f, a.corpus.as_deref())?);
    }
    for p in &all {
        eprintln!("{p}");
    }
    if all.is_empty() {
        eprintln!("{} file(s) checked, no problems", a.files.len());
        Ok(0)
    } else {
        eprintln!("{} problem(s) in {} file(s)", all.len(), a.files.len());
        Ok(1)
    }
}

fn fmt(a: &FmtArgs) -> Result<i32> {
    let mut problems = Vec::new();
    let mut loaded = Vec::new();
    for f in &a.files {
        match source::load_timeline(f) {
            Ok(lt) => loaded.push((f, lt)),
            Err(Error::Input(p)) => problems.extend(p),
            Err(e) => return Err(e),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Input(problems));
    }
    let mut unformatted = 0;
    for (f, lt) in loaded {
        let mut t = lt.timeline.clone();
        t.sort();
        // Canonical layout, but a person's comments stay with their events.
        let text = source::events::to_yaml_preserving(&t, &lt, false);
        if text != lt.text {
            unformatted += 1;
            if a.check {
                eprintln!("{}: not formatted", f.display());
            } else {
                source::write_atomic(f, text.as_bytes())?;
            }
        }
    }
    Ok(if a.check && unformatted > 0 { 1 } else { 0 })
}

/// Timeline in display order (time and cause) for the renderers.
pub fn ordered(t: &Timeline) -> Timeline {
    let o = graph::order(t);
    Timeline {
        events: o.order.iter().map(|&i| t.events[i].clone()).collect(),
        ..t.clone()
    }
}

fn render_cmd(a: &RenderArgs) -> Result<i32> {
    let lt = source::load_timeline(&a.file)?;
    let corpus = corpus_beside(&a.file, a.corpus.as_deref())?;
    let metas = corpus.map(|c| c.metas()).unwrap_or_default();
    let t = ordered(&lt.timeline);
    let command = format!(
        "timeline render {} --format {}",
        a.file.display(),
        render::format_name(a.format)
    );
    let input = render::RenderInput {
        timeline: &t,
        articles: &metas,
        command: &command,
    };
    let out = render::render(a.format, &input).map_err(Error::Render)?;
    write_out(a.output.as_deref(), &out)?;
    Ok(0)
}

/// Run git and return its stdout.
fn git(args: &[&str]) -> Result<Vec<u8>> {
    let out = std::process::Command::new("git")
        .args(args)
        .output()
        .map_err(|e| Error::Usage(format!("cannot run git: {e}")))?;
    if !out.status.success() {
        return Err(Error::Usage(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(out.stdout)
}

/// One side of a diff as a timeline.
fn diff_side(spec: &str) -> Result<Timeline> {
    let local = Path::new(spec);
    if !local.exists()
        && let Some((rev, path)) = spec.split_once(':')
        && !rev.is_empty()
    {
        let path = path.trim_end_matches('/');
        let exists = |p: &str| git(&["cat-file", "-e", &format!("{rev}:{p}")]).is_ok();
        let corpus_dir = if exists(&format!("{path}/sources.yaml")) {
            Some(path.to_string())
        } else if !exists(&format!("{path}/events.yaml"))
            && exists(&format!("{path}/sources/sources.yaml"))
        {
            Some(format!("{path}/sources"))
        } else {
            None
        };
        if let Some(dir) = corpus_dir {
            // Materialize the corpus of that revision and extract it.
            let tmp = tempfile::tempdir().map_err(|e| Error::io("temporary folder", e))?;
            let index = git(&["show", &format!("{rev}:{dir}/sources.yaml")])?;
            std::fs::write(tmp.path().join("sources.yaml"), &index)
                .map_err(|e| Error::io(tmp.path(), e))?;
            for file in source::corpus::listed_files(&String::from_utf8_lossy(&index)) {
                let body = git(&["show", &format!("{rev}:{dir}/{file}")])?;
                let dest = tmp.path().join(&file);
                if let Some(parent) = dest.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                std::fs::write(&dest, body).map_err(|e| Error::io(&dest, e))?;
            }
            let corpus = load_corpus_warn(tmp.path())?;
            return Ok(extractor(None)?.extract(&corpus, spec));
        }
        let file = if path.ends_with(".yaml") || path.ends_with(".yml") {
            path.to_string()
        } else {
            format!("{path}/events.yaml")
        };
        let text = String::from_utf8(git(&["show", &format!("{rev}:{file}")])?)
            .map_err(|_| Error::Usage(format!("{spec}: not UTF-8")))?;
        return Ok(source::parse_timeline(&format!("{rev}:{file}"), &text)?.timeline);
    }
    if local.is_file() {
        return Ok(source::load_timeline(local)?.timeline);
    }
    if local.join("events.yaml").is_file() {
        return Ok(source::load_timeline(&local.join("events.yaml"))?.timeline);
    }
    let corpus = if local.join("sources.yaml").is_file() {
        local.to_path_buf()
    } else if local.join("sources/sources.yaml").is_file() {
        local.join("sources")
    } else {
        return Err(Error::Usage(format!(
            "{spec}: not an event file, a timeline folder, a corpus folder or REV:path"
        )));
    };
    let corpus = load_corpus_warn(&corpus)?;
    Ok(extractor(None)?.extract(&corpus, spec))
}

fn diff_cmd(a: &DiffArgs) -> Result<i32> {
    let old = diff_side(&a.old)?;
    let new = diff_side(&a.new)?;
    let d = crate::diff::diff(&old, &new);
    let out = match a.format {
        DiffFormat::Json => serde_json::to_string_pretty(&d).expect("diffs serialize") + "\n",
        DiffFormat::Md => crate::diff::to_markdown(&d),
        DiffFormat::Text => {
            let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal();
            crate::diff::to_text(&d, crate::diff::Style { color })
        }
    };
    write_out(None, &out)?;
    Ok(if d.is_empty() { 0 } else { 1 })
}

fn eval_events(a: &EvalEventsArgs) -> Result<i32> {
    let corpus = load_corpus_warn(&a.corpus)?;
    let gold = source::load_timeline(&a.gold)?.timeline;
    let pred = if a.pred.is_dir() {
        let c = load_corpus_warn(&a.pred)?;
        extractor(None)?.extract(&c, "extracted")
    } else {
        source::load_timeline(&a.pred)?.timeline
    };
    let s = crate::eval::events::score(&gold, &pred, &corpus);
    let out = match a.format {
        ReportFormat::Json => {
            let mut v = serde_json::to_value(&s).expect("scores serialize");
            v["errors"] = serde_json::to_value(s.errors(a.errors)).expect("pairs serialize");
            if let Some(o) = v.as_object_mut() {
                o.remove("pairs");
            }
            serde_json::to_string_pretty(&v).expect("json") + "\n"
        }
        ReportFormat::Text => {
            let mut t = format!("{s}\n");
            for p in s.errors(a.errors) {
                let what = match (&p.gold, &p.pred) {
                    (Some(_), None) => "missed",
                    (None, Some(_)) => "spurious",
                    _ if p.gold_status != p.pred_status => "status",
                    _ => "date",
                };
                t.push_str(&format!(
                    "{what:9} gold: {} [{} {}]  pred: {} [{} {}]\n",
                    p.gold.as_deref().unwrap_or("-"),
                    p.gold_date.as_deref().unwrap_or(""),
                    p.gold_status.as_deref().unwrap_or(""),
                    p.pred.as_deref().unwrap_or("-"),
                    p.pred_date.as_deref().unwrap_or(""),
                    p.pred_status.as_deref().unwrap_or(""),
                ));
            }
            t
        }
    };
    write_out(None, &out)?;
    Ok(0)
}

fn build(a: &BuildArgs, render_outputs: bool) -> Result<i32> {
    let dir = &a.dir;
    let events_path = dir.join("events.yaml");
    let base_path = dir.join("extracted.yaml");
    // Load what people edited first: a file that fails to load is never overwritten.
    let current = if events_path.exists() {
        Some(source::load_timeline(&events_path)?)
    } else {
        None
    };
    // Duplicate ids, dangling causes and bad slugs are errors too: stop before writing.
    // (Quotes are not checked here: an article may have changed, which the update marks.)
    if let Some(c) = &current {
        let problems = source::validate(c, None);
        if !problems.is_empty() {
            return Err(Error::Input(problems));
        }
    }
    let base = if base_path.exists() {
        Some(source::load_timeline(&base_path)?)
    } else {
        None
    };
    let corpus = load_corpus_warn(&dir.join("sources"))?;
    let ex = extractor(a.gazetteer.as_deref())?;
    let title = a
        .title
        .clone()
        .or_else(|| current.as_ref().map(|c| c.timeline.title.clone()))
        .unwrap_or_else(|| title_for(dir));
    let pb = progress(corpus.articles.len() as u64, "extracting");
    let theirs = ex.extract(&corpus, &title);
    pb.finish_and_clear();
    let (mut merged, report) = merge::update(
        current.as_ref().map(|c| &c.timeline),
        base.as_ref().map(|b| &b.timeline),
        &theirs,
    );
    if let Some(t) = &a.title {
        merged.title = t.clone();
    }
    // Keep the comments and the exact text of every event the update left alone.
    let events_text = match &current {
        Some(c) => source::events::to_yaml_preserving(&merged, c, true),
        None => source::to_yaml(&merged),
    };
    // Validate what is about to be written, as `check` would read it back.
    let lt = source::parse_timeline(&events_path.display().to_string(), &events_text)?;
    for p in source::validate(&lt, Some(&corpus)) {
        warn(&p);
    }
    source::write_atomic(&events_path, events_text.as_bytes())?;
    source::write_atomic(&base_path, source::to_yaml(&theirs).as_bytes())?;
    let t = ordered(&merged);
    for c in graph::order(&merged).contradictions {
        warn(&Problem::new(
            crate::model::Span {
                path: events_path.display().to_string(),
                line: 0,
                column: 0,
            },
            "",
            c.to_string(),
        ));
    }
    if render_outputs {
        let metas = corpus.metas();
        let command = format!("timeline build {}", dir.display());
        let input = render::RenderInput {
            timeline: &t,
            articles: &metas,
            command: &command,
        };
        let html = render::html(&input).map_err(|e| Error::Render(e.to_string()))?;
        let md = render::markdown(&input).map_err(|e| Error::Render(e.to_string()))?;
        source::write_atomic(&dir.join("site").join("index.html"), html.as_bytes())?;
        source::write_atomic(&dir.join("TIMELINE.md"), md.as_bytes())?;
    }
    eprintln!(
        "{}: {} events ({} new, {} updated, {} with hand edits kept, {} rejected, {} obsolete) from {} articles",
        events_path.display(),
        merged.events.len(),
        if current.is_some() {
            report.added.len()
        } else {
            merged.events.len()
        },
        report.updated.len(),
        report.kept_edits.len(),
        report.rejected.len(),
        report.obsolete.len(),
        corpus.articles.len()
    );
    Ok(0)
}
