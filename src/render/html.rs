//! The static HTML page: one self-contained file (inline CSS and script, no network request),
//! complete and readable with JavaScript off.

use askama::Template;

use crate::render::RenderInput;
use crate::render::view::{self, EventView, TimelineView};

#[derive(Template)]
#[template(path = "timeline.html", whitespace = "minimize")]
pub struct TimelinePage<'a> {
    pub v: &'a TimelineView,
    /// The events as compact JSON for the script, safe inside `<script>`.
    pub data_json: String,
}

/// One event as the script needs it: position on the axis, facets for the filters, causes.
#[derive(serde::Serialize)]
struct EventData<'a> {
    id: &'a str,
    /// First and last day as days since 1970-01-01; `null` for an open end.
    s: Option<i64>,
    e: Option<i64>,
    st: &'a str,
    k: Option<&'a str>,
    a: &'a [String],
    p: &'a [String],
    d: Vec<&'a str>,
    c: Vec<&'a str>,
}

/// JSON that cannot end the `<script>` element it sits in, nor start a comment or CDATA.
fn script_safe_json(v: &impl serde::Serialize) -> String {
    serde_json::to_string(v)
        .expect("view data serializes")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

fn data_json(v: &TimelineView) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid day");
    let day = |s: &Option<String>| {
        s.as_deref()
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
            .map(|d| (d - epoch).num_days())
    };
    let events: Vec<EventData<'_>> = v
        .groups
        .iter()
        .flat_map(|g| g.events.iter())
        .map(|e| EventData {
            id: &e.id,
            s: day(&e.start),
            e: day(&e.end),
            st: &e.status,
            k: e.kind.as_deref(),
            a: &e.actors,
            p: &e.places,
            d: e.sources
                .iter()
                .map(|s| s.outlet.as_str())
                .filter(|o| !o.is_empty())
                .collect(),
            c: e.causes.iter().map(|c| c.id.as_str()).collect(),
        })
        .collect();
    script_safe_json(&events)
}

/// `_event.html` reads `e`; kept as a type so the partial can also be rendered alone.
#[derive(Template)]
#[template(path = "_event.html", whitespace = "minimize")]
pub struct EventPartial<'a> {
    pub e: &'a EventView,
    pub v: &'a TimelineView,
}

/// Render the page.
pub fn html(input: &RenderInput) -> Result<String, askama::Error> {
    let v = view::build(input);
    let data_json = data_json(&v);
    TimelinePage { v: &v, data_json }.render().map(|mut s| {
        if !s.ends_with('\n') {
            s.push('\n');
        }
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_data_cannot_close_its_element() {
        let s = script_safe_json(&["</script><!-- & \u{2028}"]);
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&') && !s.contains('\u{2028}')
        );
        let back: Vec<String> = serde_json::from_str(&s).unwrap();
        assert_eq!(back, ["</script><!-- & \u{2028}"]);
    }
}
