//! GitHub-flavoured Markdown: contents by month, each event with a status marker, sources as
//! footnotes, and a Mermaid block of the cause graph. Text from articles and event files is
//! escaped by the `md` filter so it cannot open links, HTML, headings, tables or footnotes.

use askama::Template;

use crate::render::RenderInput;
use crate::render::view::{self, TimelineView};

#[derive(Template)]
#[template(path = "timeline.md", escape = "none")]
pub struct MarkdownPage<'a> {
    pub v: &'a TimelineView,
    pub mermaid: String,
}

/// Escape text for an inline Markdown context: every ASCII punctuation character that could
/// start markup is backslash-escaped, `<`, `>` and `&` become entities, and line breaks become
/// spaces so a value can never start a block (heading, list, table, quote).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '!'
            | '|' | '~' | '^' | '=' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An http(s) URL made safe inside `<…>` link destinations.
pub fn escape_url(u: &str) -> String {
    u.chars()
        .map(|c| match c {
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            ' ' => "%20".to_string(),
            c => c.to_string(),
        })
        .collect()
}

mod filters {
    /// `{{ x|md }}`: Markdown-escape a value.
    #[askama::filter_fn]
    pub fn md(s: impl std::fmt::Display, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::escape(&s.to_string()))
    }

    /// `{{ url|mdurl }}`: a link destination.
    #[askama::filter_fn]
    pub fn mdurl(s: impl std::fmt::Display, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::escape_url(&s.to_string()))
    }
}

/// Render the Markdown timeline.
pub fn markdown(input: &RenderInput) -> Result<String, askama::Error> {
    let v = view::build(input);
    let mermaid = crate::render::export::mermaid(input.timeline);
    let mut s = MarkdownPage { v: &v, mermaid }.render()?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_is_inert() {
        let e = escape("# [x](javascript:alert(1)) <script>*a*|b|[^1]\n- item & `code`");
        assert_eq!(
            e,
            "\\# \\[x\\]\\(javascript\\:alert\\(1\\)\\) &lt;script&gt;\\*a\\*\\|b\\|\\[\\^1\\] \\- item &amp; \\`code\\`"
        );
    }
}
