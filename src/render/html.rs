//! The static HTML page: one self-contained file (inline CSS and script, no network request),
//! complete and readable with JavaScript off.

use askama::Template;

use crate::render::RenderInput;
use crate::render::view::{self, EventView, TimelineView};

#[derive(Template)]
#[template(path = "timeline.html")]
pub struct TimelinePage<'a> {
    pub v: &'a TimelineView,
}

/// `_event.html` reads `e`; kept as a type so the partial can also be rendered alone.
#[derive(Template)]
#[template(path = "_event.html")]
pub struct EventPartial<'a> {
    pub e: &'a EventView,
}

/// Render the page.
pub fn html(input: &RenderInput) -> Result<String, askama::Error> {
    let v = view::build(input);
    TimelinePage { v: &v }.render().map(|mut s| {
        if !s.ends_with('\n') {
            s.push('\n');
        }
        s
    })
}
