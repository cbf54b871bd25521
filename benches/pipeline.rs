//! Extraction throughput (issue #4) and diff of two 100,000-event timelines (issue #6).
//!
//! `cargo bench --bench pipeline`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use timeline::extract::Extractor;
use timeline::model::{Event, EventId, SourceRef, Status, Timeline};
use timeline::source::{Article, Corpus};

fn corpus(copies: usize) -> Corpus {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/timelines/kabul-embassy/sources"
    );
    let seed = timeline::source::load_corpus(std::path::Path::new(dir)).expect("seed corpus");
    let mut articles = Vec::new();
    for k in 0..copies {
        for a in &seed.articles {
            let mut meta = a.meta.clone();
            meta.id = format!("{}-{k}", meta.id);
            articles.push(Article {
                meta,
                text: a.text.clone(),
            });
        }
    }
    Corpus {
        articles,
        ..Corpus::default()
    }
}

fn extraction(c: &mut Criterion) {
    let ex = Extractor::default();
    let one = corpus(1);
    let bytes: usize = one.articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    // One thread, per article: the per-core rate.
    g.bench_function("articles_single_thread", |b| {
        b.iter(|| {
            one.articles
                .iter()
                .map(|a| ex.extract_article(black_box(a)).len())
                .sum::<usize>()
        })
    });
    let many = corpus(40);
    let bytes: usize = many.articles.iter().map(|a| a.text.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    // The whole pipeline (parallel extraction, clustering, ids) on 200 articles.
    g.bench_function("corpus_200_articles_parallel", |b| {
        b.iter(|| ex.extract(black_box(&many), "bench").events.len())
    });
    g.finish();
}

fn big_timeline(n: usize, shift: usize) -> Timeline {
    let events = (0..n)
        .map(|i| {
            let j = i + shift;
            Event {
                id: EventId(format!("event-{i}")),
                date: format!(
                    "{:04}-{:02}-{:02}",
                    2000 + (j / 336) % 30,
                    1 + (j / 28) % 12,
                    1 + j % 28
                )
                .parse()
                .unwrap(),
                title: format!("Event number {i} happens"),
                status: if i % 7 == 0 {
                    Status::Planned
                } else {
                    Status::Happened
                },
                kind: Some("withdrawal".into()),
                actors: vec!["US military".into()],
                places: vec![format!("Place {}", i % 100)],
                causes: if i > 0 && i % 5 == 0 {
                    vec![EventId(format!("event-{}", i - 1))]
                } else {
                    vec![]
                },
                cause_evidence: vec![],
                sources: vec![SourceRef {
                    doc: format!("doc-{}", i % 1000),
                    quote: format!("Quote words for event {i} in the article"),
                    when: None,
                }],
                note: None,
                review: None,
            }
        })
        .collect();
    Timeline {
        title: "bench".into(),
        events,
        ..Timeline::default()
    }
}

fn diffing(c: &mut Criterion) {
    let old = big_timeline(100_000, 0);
    let mut new = big_timeline(100_000, 0);
    // 1% re-dated, 1% re-titled, 1% removed, 1% added.
    for i in (0..100_000).step_by(100) {
        new.events[i].date = "2021-07-02".parse().unwrap();
        new.events[i + 1].title.push_str(" again");
    }
    new.events.retain(|e| !e.id.as_str().ends_with("37"));
    new.events.extend(
        big_timeline(1_000, 200_000)
            .events
            .into_iter()
            .map(|mut e| {
                e.id = EventId(format!("new-{}", e.id));
                e.sources[0].quote.push_str(" new");
                e
            }),
    );
    let mut g = c.benchmark_group("diff");
    g.sample_size(10);
    g.bench_function("two_100k_event_timelines", |b| {
        b.iter(|| {
            timeline::diff::diff(black_box(&old), black_box(&new))
                .changed
                .len()
        })
    });
    g.finish();
}

criterion_group!(pipeline, extraction, diffing);
criterion_main!(pipeline);
