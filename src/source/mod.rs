//! Reading and writing files: the article corpus (`sources.yaml` + texts) and event files.
//! The only module that touches serde_yaml; everything else sees `model` types.

pub mod corpus;
pub mod events;
pub mod locate;

pub use corpus::{Article, Corpus, load_corpus};
pub use events::{LoadedTimeline, load_timeline, parse_timeline, to_yaml, validate, write_atomic};

use crate::model::Span;

/// The place and the message of a serde_yaml error, without serde_yaml's own
/// "at line N column M" suffix (the span says it).
pub(crate) fn span_of_yaml_error(path: &str, e: &serde_yaml::Error) -> (Span, String) {
    let (line, column) = e
        .location()
        .map(|l| (l.line(), l.column()))
        .unwrap_or((0, 0));
    let mut msg = e.to_string();
    if let Some(i) = msg.find(" at line ") {
        msg.truncate(i);
    }
    (
        Span {
            path: path.to_string(),
            line,
            column,
        },
        msg,
    )
}
