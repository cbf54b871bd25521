//! Errors. Problems in user input carry a [`Span`] and print like
//! `timelines/war.yaml:14:9: events[3].date: expected …, found "spring"`, with the offending
//! line and a hint underneath. Every problem of every file is collected before giving up.

use std::fmt;
use std::path::PathBuf;

use crate::model::Span;

/// One problem in a user's file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub span: Span,
    /// Where in the document: `events[3].date`, or empty.
    pub field: String,
    pub message: String,
    /// The offending source line, if known.
    pub snippet: Option<String>,
    pub hint: Option<String>,
}

impl Problem {
    pub fn new(span: Span, field: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            span,
            field: field.into(),
            message: message.into(),
            snippet: None,
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }

    /// Attach the line of `text` the span points at.
    pub fn with_snippet_from(mut self, text: &str) -> Problem {
        if self.span.line > 0 {
            self.snippet = text
                .lines()
                .nth(self.span.line - 1)
                .map(|l| l.chars().take(200).collect());
        }
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.span)?;
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)?;
        if let Some(s) = &self.snippet {
            let n = self.span.line.to_string();
            write!(f, "\n {n} | {s}")?;
            if self.span.column > 0 {
                let pad = " ".repeat(n.len() + 3 + self.span.column.saturating_sub(1) + 1);
                write!(f, "\n{pad}^")?;
            }
        }
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad user input, each problem with its place.
    #[error("{}", join(.0))]
    Input(Vec<Problem>),
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
    #[error("rendering failed: {0}")]
    Render(String),
}

fn join(p: &[Problem]) -> String {
    p.iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn one(p: Problem) -> Error {
        Error::Input(vec![p])
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_prints_place_field_snippet_and_hint() {
        let p = Problem::new(
            Span {
                path: "t.yaml".into(),
                line: 2,
                column: 9,
            },
            "events[0].date",
            "bad date",
        )
        .with_snippet_from("title: x\n    date: spring\n")
        .with_hint("use 2021-04");
        assert_eq!(
            p.to_string(),
            "t.yaml:2:9: events[0].date: bad date\n 2 |     date: spring\n             ^\n  hint: use 2021-04"
        );
    }
}
