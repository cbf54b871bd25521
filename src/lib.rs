//! `timeline`: turns a corpus of news articles into a trustworthy, hand-editable, diffable
//! timeline. Stages, each a module, depend rightward only:
//! `date -> model -> source, extract -> merge -> graph -> render, diff -> cli`.

pub mod date;
pub mod error;
pub mod model;
pub mod source;
