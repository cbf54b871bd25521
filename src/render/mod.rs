//! Renderers: the ordered timeline in, pages and exports out. Never reads YAML.
//!
//! `view` builds sorted, pre-formatted view models (dates in words, months, links, sources
//! with their article); the askama templates in `templates/` only loop over them. Every string
//! from a corpus or an event file is untrusted: HTML is escaped by askama, Markdown by the
//! `md` filter, links are kept only for http(s) URLs.

pub mod export;
pub mod html;
pub mod markdown;
pub mod view;

use crate::model::{ArticleMeta, Timeline};

/// What every renderer needs.
pub struct RenderInput<'a> {
    /// Events already in display order (by time, then cause).
    pub timeline: &'a Timeline,
    /// Corpus metadata; a `SourceRef.doc` names an `ArticleMeta.id`.
    pub articles: &'a [ArticleMeta],
    /// The command that generated the output, shown in the header.
    pub command: &'a str,
}

/// Output formats of `timeline render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Html,
    Md,
    Json,
    Timelinejs,
    Ics,
    Dot,
    Mermaid,
    Csv,
}

pub fn format_name(f: Format) -> &'static str {
    match f {
        Format::Html => "html",
        Format::Md => "md",
        Format::Json => "json",
        Format::Timelinejs => "timelinejs",
        Format::Ics => "ics",
        Format::Dot => "dot",
        Format::Mermaid => "mermaid",
        Format::Csv => "csv",
    }
}

pub use html::html;
pub use markdown::markdown;

/// Render in any format.
pub fn render(format: Format, input: &RenderInput) -> Result<String, String> {
    match format {
        Format::Html => html(input).map_err(|e| e.to_string()),
        Format::Md => markdown(input).map_err(|e| e.to_string()),
        Format::Json => Ok(export::json(input)),
        Format::Timelinejs => Ok(export::timelinejs(input)),
        Format::Ics => Ok(export::ics(input)),
        Format::Dot => Ok(export::dot(input)),
        Format::Mermaid => Ok(export::mermaid(input.timeline)),
        Format::Csv => Ok(export::csv(input)),
    }
}

/// A URL safe to link to: absolute http(s) without white space or control characters.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && u.len() > lower.find("://").unwrap_or(0) + 3
        && !u.chars().any(|c| {
            c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>' || c == '`'
        });
    ok.then_some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_are_links() {
        assert_eq!(
            safe_url("https://example.org/a?b=1"),
            Some("https://example.org/a?b=1")
        );
        assert_eq!(safe_url(" HTTP://x.y "), Some("HTTP://x.y"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "/relative",
            "https://",
            "https://a b",
            "http://x\"onmouseover=",
            "vbscript:x",
            "",
        ] {
            assert_eq!(safe_url(bad), None, "{bad}");
        }
    }
}
