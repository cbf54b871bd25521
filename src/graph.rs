//! Ordering by time and by cause, with petgraph.
//!
//! Events are nodes, `causes` are edges from cause to effect. The display order is a
//! topological order in which, among the events whose causes are all placed, the earliest by
//! date (then id) comes next, so time order is kept wherever causes do not decide. A cycle, or
//! an effect dated wholly before its cause, is a contradiction: it is reported, and the edges
//! involved are left out of the ordering instead of silently reordering events.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::fmt;

use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{EventId, Timeline};

/// A contradiction in the cause graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Contradiction {
    /// Events that cause each other, in id order.
    Cycle(Vec<EventId>),
    /// `effect` is dated wholly before `cause`.
    EffectBeforeCause { cause: EventId, effect: EventId },
}

impl fmt::Display for Contradiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Contradiction::Cycle(ids) => {
                let names: Vec<&str> = ids.iter().map(EventId::as_str).collect();
                write!(f, "cause cycle: {} -> {}", names.join(" -> "), names[0])
            }
            Contradiction::EffectBeforeCause { cause, effect } => {
                write!(f, "event {effect} is dated wholly before its cause {cause}")
            }
        }
    }
}

/// The result of ordering: indices into `timeline.events` in display order, and the
/// contradictions found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ordering {
    pub order: Vec<usize>,
    pub contradictions: Vec<Contradiction>,
}

/// Order the events of a timeline by time and cause.
pub fn order(t: &Timeline) -> Ordering {
    // Nodes are added in date order so that ties and the graph itself are deterministic.
    let mut by_date: Vec<usize> = (0..t.events.len()).collect();
    by_date.sort_by(|&a, &b| t.events[a].display_cmp(&t.events[b]));
    let rank: BTreeMap<usize, usize> = by_date.iter().enumerate().map(|(r, &i)| (i, r)).collect();
    let mut g: DiGraph<usize, ()> = DiGraph::new();
    let nodes: Vec<NodeIndex> = by_date.iter().map(|&i| g.add_node(i)).collect();
    let node_of: BTreeMap<&EventId, NodeIndex> = by_date
        .iter()
        .zip(&nodes)
        .map(|(&i, &n)| (&t.events[i].id, n))
        .collect();
    let mut contradictions = Vec::new();
    let mut edges: Vec<(NodeIndex, NodeIndex)> = Vec::new();
    for &i in &by_date {
        let effect = &t.events[i];
        let mut causes: Vec<&EventId> = effect.causes.iter().collect();
        causes.sort();
        causes.dedup();
        for c in causes {
            let Some(&cn) = node_of.get(c) else { continue }; // dangling: `check` reports it
            let cause = &t.events[g[cn]];
            if cause.id == effect.id {
                contradictions.push(Contradiction::Cycle(vec![effect.id.clone()]));
                continue;
            }
            if effect.date.wholly_before(&cause.date) {
                contradictions.push(Contradiction::EffectBeforeCause {
                    cause: cause.id.clone(),
                    effect: effect.id.clone(),
                });
                continue;
            }
            edges.push((cn, node_of[&effect.id]));
        }
    }
    for &(a, b) in &edges {
        g.add_edge(a, b, ());
    }
    // Cycles: strongly connected components with more than one event.
    let mut cyclic = vec![false; g.node_count()];
    for scc in tarjan_scc(&g) {
        if scc.len() > 1 {
            let mut ids: Vec<EventId> = scc.iter().map(|&n| t.events[g[n]].id.clone()).collect();
            ids.sort();
            for n in scc {
                cyclic[n.index()] = true;
            }
            contradictions.push(Contradiction::Cycle(ids));
        }
    }
    // Kahn's algorithm with a heap keyed on date rank, ignoring edges inside cycles.
    let mut indegree = vec![0usize; g.node_count()];
    let usable = |a: NodeIndex, b: NodeIndex| !(cyclic[a.index()] && cyclic[b.index()]);
    for &(a, b) in &edges {
        if usable(a, b) {
            indegree[b.index()] += 1;
        }
    }
    let mut heap: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
    for n in g.node_indices() {
        if indegree[n.index()] == 0 {
            heap.push(Reverse((rank[&g[n]], n.index())));
        }
    }
    let mut order = Vec::with_capacity(g.node_count());
    while let Some(Reverse((_, n))) = heap.pop() {
        let n = NodeIndex::new(n);
        order.push(g[n]);
        for m in g.neighbors(n) {
            if usable(n, m) {
                indegree[m.index()] -= 1;
                if indegree[m.index()] == 0 {
                    heap.push(Reverse((rank[&g[m]], m.index())));
                }
            }
        }
    }
    contradictions.sort();
    contradictions.dedup();
    Ordering {
        order,
        contradictions,
    }
}

/// Events that each event led to, by id, for "led to" lists.
pub fn effects(t: &Timeline) -> BTreeMap<EventId, Vec<EventId>> {
    let mut out: BTreeMap<EventId, Vec<EventId>> = BTreeMap::new();
    for e in &t.events {
        for c in &e.causes {
            out.entry(c.clone()).or_default().push(e.id.clone());
        }
    }
    for v in out.values_mut() {
        v.sort();
        v.dedup();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, Status};

    fn ev(id: &str, date: &str, causes: &[&str]) -> Event {
        Event {
            id: EventId(id.into()),
            date: date.parse().unwrap(),
            title: id.into(),
            status: Status::Happened,
            kind: None,
            actors: vec![],
            places: vec![],
            causes: causes.iter().map(|c| EventId(c.to_string())).collect(),
            sources: vec![],
            note: None,
            review: None,
            cause_evidence: vec![],
        }
    }

    fn ids(t: &Timeline, o: &Ordering) -> Vec<String> {
        o.order.iter().map(|&i| t.events[i].id.0.clone()).collect()
    }

    #[test]
    fn time_order_with_causes_breaking_ties() {
        let t = Timeline {
            events: vec![
                ev("effect", "2021-07", &["cause"]),
                ev("cause", "2021-07", &[]),
                ev("early", "2021-04", &[]),
                ev("late", "2021-08-12", &[]),
            ],
            ..Timeline::default()
        };
        let o = order(&t);
        assert_eq!(ids(&t, &o), ["early", "cause", "effect", "late"]);
        assert!(o.contradictions.is_empty());
    }

    #[test]
    fn cycles_are_reported_with_both_ids_and_order_falls_back_to_time() {
        let t = Timeline {
            events: vec![
                ev("a", "2021-07", &["b"]),
                ev("b", "2021-07", &["a"]),
                ev("c", "2021-06", &[]),
            ],
            ..Timeline::default()
        };
        let o = order(&t);
        assert_eq!(ids(&t, &o), ["c", "a", "b"]);
        assert_eq!(
            o.contradictions,
            [Contradiction::Cycle(vec![
                EventId("a".into()),
                EventId("b".into())
            ])]
        );
        assert_eq!(o.contradictions[0].to_string(), "cause cycle: a -> b -> a");
    }

    #[test]
    fn effect_before_cause_is_reported_not_reordered() {
        let t = Timeline {
            events: vec![
                ev("effect", "2021-06-01", &["cause"]),
                ev("cause", "2021-07-01", &[]),
            ],
            ..Timeline::default()
        };
        let o = order(&t);
        assert_eq!(ids(&t, &o), ["effect", "cause"]);
        assert_eq!(
            o.contradictions[0].to_string(),
            "event effect is dated wholly before its cause cause"
        );
    }

    #[test]
    fn order_is_a_permutation_whatever_the_input() {
        let t = Timeline {
            events: vec![
                ev("x", "2021", &["x", "y"]),
                ev("y", "../2020", &["x"]),
                ev("z", "2021-08-10/..", &["nope"]),
            ],
            ..Timeline::default()
        };
        let mut o = order(&t).order;
        o.sort();
        assert_eq!(o, [0, 1, 2]);
    }
}
