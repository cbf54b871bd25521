//! `timeline`: turns a corpus of news articles into a trustworthy, hand-editable, diffable
//! timeline. Stages, each a module, depend rightward only:
//! `date -> model -> source, extract -> merge -> graph -> render, diff -> cli`.

pub mod cli;
pub mod date;
pub mod diff;
pub mod error;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod merge;
pub mod model;
pub mod render;
pub mod source;
pub mod timeml;
