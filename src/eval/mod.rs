//! Evaluation against gold data: events (the project's own gold file) and TIMEX3
//! (TempEval-3 Task A).

pub mod events;
pub mod timex;
